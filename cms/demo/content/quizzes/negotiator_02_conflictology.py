"""Quiz for module 2 of the negotiator-ethnomediator course: conflictology."""

QUIZ = {
    "module": "conflictology",
    "title": {
        "kk": "2-модуль тесті: конфликтология",
        "ru": "Тест по модулю 2: конфликтология",
        "en": "Module 2 test: conflictology",
    },
    "intro": {
        "kk": (
            "<p>Бұл тест конфликт көздерін, түрлерін, циклін және ушығу сатыларын тани "
            "білуіңізді, ушығуды бәсеңдету тәсілдерін таңдай алуыңызды және конфликт картасын "
            "жасай алуыңызды тексереді. Тестте 10 сұрақ бар; соңғысы — оқытушы бағалайтын кейс. "
            "Өту шегі — 70%.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, умеете ли вы распознавать источники, типы, цикл и ступени "
            "эскалации конфликта, выбирать приёмы деэскалации и составлять карту конфликта. В "
            "тесте 10 вопросов; последний — кейс, который оценивает преподаватель. Проходной балл "
            "— 70%.</p>"
        ),
        "en": (
            "<p>This test checks whether you can recognise the sources, types, cycle and "
            "escalation stages of a conflict, choose de-escalation steps and draw a conflict map. "
            "It has 10 questions; the last one is a case study graded by a trainer. The pass mark "
            "is 70%.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "source-of-conflict-information",
            "text": {
                "kk": (
                    "<p>Ауылда суару кестесі тұрғындар жиналысында келісіліп, мектепке ілінген, "
                    "ал су пайдаланушылардың өкілі екі көшенің де кезегі тең екенін тексерген. "
                    "Кейін WhatsApp-та жоғарғы көше «түнде екі есе көп су алады» деген хабар "
                    "тарайды, ал төменгі көшедегі отбасылар оған сенеді. Қазір конфликтінің қай "
                    "көзі басым және қандай жұмыс көмектеседі?</p>"
                ),
                "ru": (
                    "<p>В селе график полива согласовали на собрании жителей и вывесили в школе, "
                    "а представитель водопользователей проверил, что обе улицы получают равные "
                    "очереди. Затем в WhatsApp появляется сообщение, что верхняя улица «ночью "
                    "берёт вдвое больше», и семьи с нижней улицы в это верят. Какой источник "
                    "конфликта сейчас главный и какая работа поможет?</p>"
                ),
                "en": (
                    "<p>In a village, the watering schedule was agreed at a residents' meeting "
                    "and posted at the school, and the water users' representative has checked "
                    "that both streets get equal turns. Then a WhatsApp message claims that the "
                    "upper street “takes twice as much at night”, and families on the lower "
                    "street believe it. Which source of conflict dominates now, and what kind of "
                    "work will help?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ақпарат: фактілерді бірлесіп анықтау және екі тарап та сенетін "
                            "ақпарат көзі"
                        ),
                        "ru": (
                            "Информация: совместное выяснение фактов и источник информации, "
                            "которому доверяют обе стороны"
                        ),
                        "en": (
                            "Information: joint fact-finding and a source of information both "
                            "sides trust"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: кесте мен үлестер тәртіпте; дауды қозғап отырған — қауесет, "
                            "яғни қате немесе тексерілмеген деректер."
                        ),
                        "ru": (
                            "Верно: график и доли в порядке; ссору движет слух, то есть неверные "
                            "или непроверенные факты."
                        ),
                        "en": (
                            "Right: the schedule and the shares are in order; what drives the "
                            "quarrel is a rumour, that is, wrong or unchecked facts."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ресурстар: төменгі көшеге қосымша су көзін табу",
                        "ru": "Ресурсы: найти дополнительный источник воды для нижней улицы",
                        "en": "Resources: find an additional source of water for the lower street",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Үлестер тексерілген және тең; қосымша су қауесетке жауап бола алмайды."
                        ),
                        "ru": "Доли проверены и равны; дополнительная вода не ответит на слух.",
                        "en": (
                            "The shares have been checked and are equal; more water would not "
                            "answer a rumour."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Құндылықтар: өзара құрметпен жұмыс істеу, себебі құндылықпен "
                            "саудаласуға болмайды"
                        ),
                        "ru": (
                            "Ценности: работать над взаимным уважением, потому что ценностями не "
                            "торгуют"
                        ),
                        "en": "Values: work on mutual respect, because values are not traded",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мұнда ешкімнің сенімі немесе салт-дәстүрі талас тудырып отырған жоқ; "
                            "дау фактілерге қатысты."
                        ),
                        "ru": (
                            "Ничьи убеждения или традиции здесь не затронуты; спор идёт о фактах."
                        ),
                        "en": (
                            "Nobody's beliefs or traditions are in question here; the dispute is "
                            "about facts."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Құрылым: жауапты органды тартып, суды кім бөлетінін нақтылау",
                        "ru": (
                            "Структура: привлечь ответственный орган и прояснить, кто "
                            "распределяет воду"
                        ),
                        "en": (
                            "Structure: involve the responsible body and clarify who decides how "
                            "water is shared"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Рәсім анық: кесте келісілген, оны өкіл тексереді. Мәселе ақпаратта."
                        ),
                        "ru": (
                            "Процедура ясна: график согласован, представитель его проверяет. "
                            "Проблема — в информации."
                        ),
                        "en": (
                            "The procedure is clear: the schedule was agreed and a representative "
                            "checks it. The problem lies in the information."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Көзін дұрыс атау қандай жұмыс көмектесетінін көрсетеді. Ережелер мен үлестер "
                    "анық болып, қауесет тарап жатса, көзі — ақпарат: фактілерді бірлесіп "
                    "тексеріп, екі көше де сенетін дереккөзді пайдаланыңыз."
                ),
                "ru": (
                    "Правильно названный источник подсказывает, какая работа поможет. Если "
                    "правила и доли ясны, а распространяется слух, источник — информация: "
                    "проверьте факты вместе и опирайтесь на источник, которому доверяют обе улицы."
                ),
                "en": (
                    "Naming the source correctly tells you what work will help. Where the rules "
                    "and shares are clear but a rumour spreads, the source is information: check "
                    "the facts together and use a source that both streets trust."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "glasl-stage-loss-of-face",
            "text": {
                "kk": (
                    "<p>Ауылдағы екі әулет бір-бірімен сөйлесуді қойды. Біреуі екіншісін жұрт "
                    "алдында масқаралау үшін ауыл чатына ұятқа қалдыратын әңгіме жариялады, екеуі "
                    "де туыстарының арасынан жақтастар жинап жатыр. Әзірге қоқан-лоққы да, зорлық "
                    "та жоқ. Глазл үлгісі бойынша бұл сіздің жұмысыңыз үшін нені білдіреді?</p>"
                ),
                "ru": (
                    "<p>Две большие семьи в селе перестали разговаривать друг с другом. Одна из "
                    "них опубликовала в сельском чате историю, чтобы опозорить другую перед "
                    "всеми, и обе ищут сторонников среди родни. Угроз и насилия пока нет. Что это "
                    "означает для вашей работы по модели Гласла?</p>"
                ),
                "en": (
                    "<p>Two extended families in a village have stopped talking to each other. "
                    "One of them has posted a story in the village chat to disgrace the other in "
                    "front of everyone, and both are recruiting supporters among their relatives. "
                    "There have been no threats or violence so far. According to Glasl's model, "
                    "what does this mean for your work?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "4–6 сатылар: біреудің ұтысы екіншісінің ұтылысы болып көрінеді; дәл "
                            "осы кезде медиатор не келіссөз жүргізуші ең қажет"
                        ),
                        "ru": (
                            "Ступени 4–6: выигрыш одного воспринимается как проигрыш другого; "
                            "именно здесь медиатор или переговорщик нужнее всего"
                        ),
                        "en": (
                            "Stages 4 to 6: one side's gain is seen as the other's loss; this is "
                            "where a mediator or negotiator is needed most"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бейнелер мен одақтар және жұрт алдында беделден айыру — 4 "
                            "және 5-сатылар."
                        ),
                        "ru": (
                            "Верно: образы и коалиции и публичная потеря лица — это ступени 4 и 5."
                        ),
                        "en": (
                            "Right: images and coalitions and public loss of face are stages 4 "
                            "and 5."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "1–3 сатылар: отбасылар мәселені жеңіл фасилитация арқылы әлі де "
                            "өздері шеше алады"
                        ),
                        "ru": (
                            "Ступени 1–3: семьи ещё могут решить проблему сами при лёгкой "
                            "фасилитации"
                        ),
                        "en": (
                            "Stages 1 to 3: the families can still solve the problem themselves "
                            "with light facilitation"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Отбасылар бұл кезеңнен өтіп кетті: олар жақтас жинап, бірін-бірі "
                            "жұрт алдында масқаралауға тырысады."
                        ),
                        "ru": (
                            "Семьи уже прошли этот этап: они ищут сторонников и пытаются публично "
                            "опозорить друг друга."
                        ),
                        "en": (
                            "The families are past that point: they recruit supporters and try to "
                            "disgrace each other in public."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "7-саты және одан жоғары: алдымен билік органдары мен полиция "
                            "зорлықты тоқтатуы керек"
                        ),
                        "ru": (
                            "Ступень 7 и выше: сначала власти и полиция должны остановить насилие"
                        ),
                        "en": (
                            "Stage 7 or higher: first the authorities and the police must stop "
                            "the violence"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Әзірге қоқан-лоққы да, зорлық та жоқ, қарсы тарап әлі адам ретінде "
                            "көрінеді."
                        ),
                        "ru": (
                            "Угроз и насилия пока нет, другую сторону ещё воспринимают как людей."
                        ),
                        "en": (
                            "There are no threats or violence yet, and the other side is still "
                            "seen as human."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бұл әлі конфликт емес, жай келіспеушілік, сондықтан ештеңе істеудің "
                            "қажеті жоқ"
                        ),
                        "ru": (
                            "Это ещё не конфликт, а лишь разногласие, поэтому делать ничего не "
                            "нужно"
                        ),
                        "en": (
                            "It is not yet a conflict, only a disagreement, so there is nothing "
                            "to do"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Отбасылар бір-біріне қарсы әрекет етіп жатыр: сөйлесуді қойып, "
                            "бірін-бірі жұрт алдында айыптайды. Демек, бұл — конфликт."
                        ),
                        "ru": (
                            "Семьи действуют друг против друга: перестали разговаривать и "
                            "нападают публично. Значит, это уже конфликт."
                        ),
                        "en": (
                            "The families act against each other: they stopped talking and attack "
                            "each other in public. So it is already a conflict."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Глазлдың 4–6 сатыларында (бейнелер мен одақтар, беделден айыру, қорқыту "
                    "стратегиялары) біреудің ұтысы екіншісінің ұтылысы болып көрінеді, сондықтан "
                    "медиатор не келіссөз жүргізуші ең қажет. Бұл үлгі қатаң шкала емес, бағдар."
                ),
                "ru": (
                    "На ступенях Гласла 4–6 (образы и коалиции, потеря лица, стратегии угроз) "
                    "выигрыш одного кажется проигрышем другого, и медиатор или переговорщик "
                    "нужнее всего. Модель — ориентир, а не строгая шкала."
                ),
                "en": (
                    "At Glasl's stages 4 to 6 (images and coalitions, loss of face, strategies of "
                    "threats) one side's gain looks like the other's loss, and a mediator or "
                    "negotiator is needed most. The model is a guide, not a strict scale."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "conflict-widening-market",
            "text": {
                "kk": (
                    "<p>Базарда екі саудагер сауда орындарының шекарасы туралы ұрсысып қалады. "
                    "Ертесіне екеуінің де туыстары базарға келіп, айқайға қосылады. Апта соңында "
                    "жергілікті парақша «олар біздің базарды басып алып жатыр» деп жазады, ал "
                    "бүкіл қала тұрғындары екі жаққа бөлінеді. Конфликтіге не болды?</p>"
                ),
                "ru": (
                    "<p>На базаре двое торговцев ссорятся из-за границы между своими местами. На "
                    "следующий день на рынок приходят родственники обоих и присоединяются к "
                    "крикам. К концу недели местная страница пишет, что «они захватывают наш "
                    "рынок», и жители всего города встают на ту или другую сторону. Что произошло "
                    "с конфликтом?</p>"
                ),
                "en": (
                    "<p>At a bazaar, two traders quarrel over the boundary between their stalls. "
                    "The next day relatives of both come to the market and join the shouting. By "
                    "the end of the week a local page writes that “they are taking over our "
                    "market”, and residents across the town take sides. What has happened to the "
                    "conflict?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Туыстар араласқанда тұлғааралық конфликт топтық конфликтке, ал "
                            "этникалық деп қабылданғанда қауымдық конфликтке ұласты"
                        ),
                        "ru": (
                            "Межличностный конфликт перерос в групповой, когда вмешались "
                            "родственники, а в общинный — когда его стали воспринимать как "
                            "этнический"
                        ),
                        "en": (
                            "An interpersonal conflict grew into a group conflict when relatives "
                            "joined in, and into a community conflict once it was seen as ethnic"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: келіссөз жүргізуші дәл осындай «кеңеюді» қадағалауы керек.",
                        "ru": "Верно: именно за таким «расширением» должен следить переговорщик.",
                        "en": (
                            "Right: this “widening” is exactly what a negotiator must watch for."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бұл басынан-ақ қауымдық конфликт еді, себебі саудагерлердің ұлты "
                            "әртүрлі"
                        ),
                        "ru": (
                            "Это с самого начала был общинный конфликт, потому что торговцы "
                            "разной национальности"
                        ),
                        "en": (
                            "It was a community conflict from the start, because the traders "
                            "belong to different ethnic groups"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Дау екі адам арасында сауда орнының шекарасы туралы басталды. Тек "
                            "этникалық белгіні көру — жиі кездесетін қате: мұнда ұлт — себеп "
                            "емес, күшейткіш."
                        ),
                        "ru": (
                            "Спор начался между двумя людьми из-за границы места. Видеть только "
                            "этническую метку — частая ошибка: национальность здесь усилитель, а "
                            "не причина."
                        ),
                        "en": (
                            "The dispute began between two people over a stall boundary. Seeing "
                            "only the ethnic label is a common mistake: ethnicity here is an "
                            "amplifier, not the cause."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бұл әлі де тұлғааралық конфликт, себебі шынайы дау тек екі "
                            "саудагердің арасында"
                        ),
                        "ru": (
                            "Это по-прежнему межличностный конфликт, ведь реальный спор только у "
                            "двух торговцев"
                        ),
                        "en": (
                            "It is still an interpersonal conflict, because only two traders have "
                            "a real dispute"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бастапқы мәселе екі адамның арасында, бірақ тарап ретінде алдымен "
                            "туыстар, кейін бүкіл қала қосылды; конфликт түрі өзгерді."
                        ),
                        "ru": (
                            "Исходный вопрос — между двумя людьми, но сторонами стали сначала "
                            "родственники, а затем весь город; тип конфликта изменился."
                        ),
                        "en": (
                            "The original issue is between two people, but first the relatives "
                            "and then the whole town became parties; the type of conflict has "
                            "changed."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұл жасырын конфликт, себебі ешкім дене жарақатын алған жоқ",
                        "ru": "Это скрытый конфликт, потому что никто физически не пострадал",
                        "en": "It is a latent conflict, because nobody has been physically hurt",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жұрт алдындағы ұрыс-керіс пен жазбалар — ашық әрекеттер, сондықтан "
                            "жарақат болмаса да, конфликт ашық."
                        ),
                        "ru": (
                            "Публичные ссоры и посты — открытые действия, поэтому конфликт "
                            "открытый, даже без пострадавших."
                        ),
                        "en": (
                            "Public quarrels and posts are open actions, so the conflict is open "
                            "even without injuries."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қатысушылары бойынша конфликт тұлғааралық, топтық немесе қауымдық болады. "
                    "Туыстар мен достар араласқанда тұлғааралық конфликт топтық конфликтке, ал ол "
                    "этникалық деп қабылданғанда қауымдық конфликтке ұласуы мүмкін. Осы кеңеюді "
                    "қадағалау — келіссөз жүргізушінің басты міндеттерінің бірі."
                ),
                "ru": (
                    "По участникам конфликты бывают межличностными, групповыми и общинными. "
                    "Межличностный конфликт может перерасти в групповой, когда вмешиваются "
                    "родственники и друзья, а в общинный — когда его начинают воспринимать как "
                    "этнический. Следить за таким расширением — одна из главных задач "
                    "переговорщика."
                ),
                "en": (
                    "By participants, conflicts are interpersonal, group or community conflicts. "
                    "An interpersonal conflict can become a group conflict when relatives and "
                    "friends join in, and a community conflict once it is seen as ethnic. "
                    "Watching for this widening is one of the negotiator's main tasks."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "de-escalation-after-wedding-fight",
            "text": {
                "kk": (
                    "<p>Ауылдағы тойда екі жігіт төбелескеннен кейін туыстар көшеге жиналып, "
                    "«солар» қонақтарға шабуыл жасады деген қауесет тарайды. Алғашқы сағаттарда "
                    "ушығуды бәсеңдетудің қандай қадамдары орынды? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>После драки двух парней на свадьбе в селе родственники собираются на "
                    "улице, и расходится слух, что «они» напали на гостей. Какие шаги деэскалации "
                    "подходят для первых часов? Выберите все подходящие варианты.</p>"
                ),
                "en": (
                    "<p>After a fight between two young men at a wedding in a village, relatives "
                    "gather in the street and a rumour spreads that “they” attacked the guests. "
                    "Which de-escalation steps fit the first hours? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Фактілерді полиция мен әкімдіктен тексеріп, тексерілген ақпаратты "
                            "қауесеттен бұрын сенімді адамдар арқылы тарату"
                        ),
                        "ru": (
                            "Проверить факты в полиции и акимате и распространить проверенную "
                            "информацию через людей, которым доверяют, раньше, чем разойдётся слух"
                        ),
                        "en": (
                            "Check the facts with the police and the akimat and spread the "
                            "verified information through trusted people before the rumour spreads"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: жылдам әрі нақты ақпарат.",
                        "ru": "Да: быстрая и точная информация.",
                        "en": "Yes: fast and accurate information.",
                    },
                },
                {
                    "text": {
                        "kk": "Екі жақты тыныш жерге апарып, алдымен әрқайсысымен жеке сөйлесу",
                        "ru": (
                            "Развести стороны по спокойным местам и сначала поговорить с каждой "
                            "отдельно"
                        ),
                        "en": (
                            "Move the two sides to a quiet place and first talk to each one "
                            "separately"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: адамдарды ажыратып, сабасына түсіру.",
                        "ru": "Да: развести людей и дать им остыть.",
                        "en": "Yes: separate people and let them cool down.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Бұл — екі халық туралы емес, екі жігіт пен бір ұрыс-керіс туралы "
                            "әңгіме» деп айту"
                        ),
                        "ru": "Сказать: «Речь не о двух народах, а о двух парнях и одной ссоре»",
                        "en": (
                            "Say: “This is not about two peoples, it is about two young men and "
                            "one quarrel”"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: бұл конфликтіні «топтар» деңгейінен нақты адамдар мен нақты "
                            "оқиғаға қайтарады."
                        ),
                        "ru": (
                            "Да: так конфликт возвращается с уровня «групп» к конкретным людям и "
                            "конкретному случаю."
                        ),
                        "en": (
                            "Yes: this lowers the level from “groups” back to specific people and "
                            "a specific incident."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі тарап та тыңдайтын ақсақалдардан, бірлестік жетекшілерінен және "
                            "имамнан жұртты сабырға шақыруға көмектесуді сұрау"
                        ),
                        "ru": (
                            "Попросить аксакалов, руководителей объединений и имама, которых "
                            "слушают обе стороны, помочь успокоить людей"
                        ),
                        "en": (
                            "Ask the aksakals, association leaders and the imam, whom both sides "
                            "listen to, to help calm people down"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: екі тарап та тыңдайтын беделді адамдарды тарту.",
                        "ru": "Да: привлечь уважаемых людей, которых слушают обе стороны.",
                        "en": "Yes: involve respected people whom both sides listen to.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Билік органдары мән берсін деп, ауыл чатында этносаралық конфликт "
                            "басталды деп жариялау"
                        ),
                        "ru": (
                            "Объявить в сельском чате, что вспыхнул межэтнический конфликт, чтобы "
                            "власти отнеслись к этому серьёзно"
                        ),
                        "en": (
                            "Announce in the village chat that an interethnic conflict has broken "
                            "out, so that the authorities take it seriously"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: дауды тым асығыс «этносаралық» деп атау оны шынымен сондай "
                            "дауға айналдыруы мүмкін."
                        ),
                        "ru": (
                            "Нет: слишком быстро назвав спор «межэтническим», можно действительно "
                            "сделать его таким."
                        ),
                        "en": (
                            "No: calling a dispute “interethnic” too quickly can actually make it "
                            "one."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Екі отбасына кінәлі жігіт ертеңге дейін жазаланады деп уәде беру",
                        "ru": (
                            "Пообещать обеим семьям, что виновный парень будет наказан к "
                            "завтрашнему дню"
                        ),
                        "en": (
                            "Promise both families that the guilty young man will be punished by "
                            "tomorrow"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: орындай алмайтын нәрсеге уәде бермеңіз; жазалау келіссөз "
                            "жүргізушінің шешімі емес."
                        ),
                        "ru": (
                            "Нет: не обещайте того, что не сможете выполнить; наказание — не "
                            "решение переговорщика."
                        ),
                        "en": (
                            "No: do not promise what you cannot deliver; punishment is not the "
                            "negotiator's decision."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ушығуды бәсеңдету — жылдам әрі нақты ақпарат, адамдарды ажыратып, сабасына "
                    "түсіру, «топтар» деңгейінен нақты адамдарға қайту, беделді адамдарды тарту, "
                    "жапсырмасыз және бос уәдесіз сабырлы тіл және шағын қадамдар."
                ),
                "ru": (
                    "Деэскалация — это быстрая и точная информация, разведение людей, чтобы они "
                    "остыли, возвращение с уровня «групп» к конкретным людям, привлечение "
                    "уважаемых людей, спокойный язык без ярлыков и пустых обещаний и небольшие "
                    "шаги."
                ),
                "en": (
                    "De-escalation means fast and accurate information, separating people and "
                    "letting them cool down, lowering the level from “groups” to specific people, "
                    "involving respected people, calm language without labels or empty promises, "
                    "and small steps."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "latent-conflict-wait",
            "text": {
                "kk": (
                    "<p>Аудан орталығында екі көшенің отбасылары бір-бірін айналып өтіп, "
                    "балаларын бірге ойнатпайтын болды, астарлы әзілдер айтылады, бірақ әзірге "
                    "шағым да, жұрт алдындағы ұрыс-керіс те жоқ. Дұрыс па, бұрыс па: мұндай "
                    "жасырын конфликтіні ашық сипат алғанша қозғамаған дұрыс, себебі тараптардың "
                    "талаптары тек сонда ғана анық болады.</p>"
                ),
                "ru": (
                    "<p>В районном центре семьи с двух улиц избегают друг друга, не разрешают "
                    "детям играть вместе и отпускают колкие шутки, но жалоб и публичных ссор пока "
                    "нет. Верно или неверно: такой скрытый конфликт лучше не трогать, пока он не "
                    "станет открытым, потому что только тогда станут ясны требования сторон.</p>"
                ),
                "en": (
                    "<p>In a district town, families from two streets avoid each other, no longer "
                    "let their children play together and make barbed jokes, but there have been "
                    "no complaints or public quarrels yet. True or false: it is best to leave "
                    "such a latent conflict alone until it becomes open, because only then are "
                    "the parties' demands clear.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Алдын алу үшін жасырын конфликтілердің маңызы зор: әлі ешкім жұрт "
                    "алдында ұятқа қалмаған кезде оларды диалог арқылы шешуге болады. Конфликт "
                    "ашық сипат алғанша күту — жиі кездесетін қате."
                ),
                "ru": (
                    "Неверно. Для профилактики скрытые конфликты важнее всего: с ними можно "
                    "работать через диалог, пока никто ещё не потерял лицо публично. Ждать, пока "
                    "конфликт станет открытым, — частая ошибка."
                ),
                "en": (
                    "False. Latent conflicts matter most for prevention: they can be addressed "
                    "through dialogue while no one has yet lost face in public. Waiting until a "
                    "conflict becomes open is a common mistake."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "constructive-function-of-conflict",
            "text": {
                "kk": (
                    "<p>Дұрыс па, бұрыс па: суару суы туралы конфликт сындарлы рөл атқаруы "
                    "мүмкін, мысалы, жасырын мүдделерді ашып, ауылды әділ суару кестесін "
                    "қабылдауға итермелейді.</p>"
                ),
                "ru": (
                    "<p>Верно или неверно: конфликт из-за поливной воды может сыграть "
                    "конструктивную роль — например, вывести на свет скрытые интересы и "
                    "подтолкнуть село к справедливому графику полива.</p>"
                ),
                "en": (
                    "<p>True or false: a conflict over irrigation water can play a constructive "
                    "role, for example by bringing hidden interests into the open and pushing the "
                    "village towards a fair watering schedule.</p>"
                ),
            },
            "answer": True,
            "general_feedback": {
                "kk": (
                    "Дұрыс. Конфликт шешуді қажет ететін мәселе бар екенін білдіреді, жасырын "
                    "мүдделерді ашады, әділетті ережелер қабылдауға түрткі болады, ал тараптар "
                    "оны бірге шешсе, қарым-қатынасты нығайтуы мүмкін. Келіссөз жүргізушінің "
                    "мақсаты — конфликтіні басып тастау емес, оны сындарлы арнаға бұру."
                ),
                "ru": (
                    "Верно. Конфликт сигнализирует о проблеме, которую нужно решать, выводит на "
                    "свет скрытые интересы, подталкивает к более справедливым правилам, а если "
                    "стороны решают его вместе, может укрепить отношения. Цель переговорщика — не "
                    "подавить конфликт, а направить его в конструктивное русло."
                ),
                "en": (
                    "True. Conflict signals a problem that needs solving, brings hidden interests "
                    "into the open, pushes people towards fairer rules and, if the parties solve "
                    "it together, can strengthen their relations. The negotiator's aim is not to "
                    "suppress conflict but to steer it into a constructive channel."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "actor-map-connector",
            "text": {
                "kk": (
                    "<p>Екі көше арасындағы арық дауының картасын жасап отырып, Төлеген атаны екі "
                    "көшеде де сыйлайтынын және екі тарап та оны тыңдайтынын білесіз. Актор "
                    "картасында екі тарап та сенетін және олардың арасында көпір бола алатын "
                    "мұндай адам қалай аталады? Бір сөзбен жазыңыз.</p>"
                ),
                "ru": (
                    "<p>Составляя карту спора двух улиц из-за арыка, вы узнаёте, что Толеген-ата "
                    "уважают на обеих улицах и его слушают обе стороны. Как на карте акторов "
                    "называется такой человек, которому доверяют обе стороны и который может "
                    "стать мостом между ними? Ответьте одним словом.</p>"
                ),
                "en": (
                    "<p>While mapping a dispute between two streets over a ditch, you learn that "
                    "Tolegen-ata is respected on both streets and both sides listen to him. On an "
                    "actor map, what is such a person, trusted by both sides and able to act as a "
                    "bridge between them, called? Answer in one word.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "байланыстырушы",
                        "fraction": 1.0,
                    },
                ],
                "ru": [
                    {
                        "text": "связующий",
                        "fraction": 1.0,
                    },
                    {
                        "text": "связующ*",
                        "fraction": 1.0,
                    },
                ],
                "en": [
                    {
                        "text": "connector",
                        "fraction": 1.0,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "Байланыстырушы — екі тарап та сенетін және олардың арасында көпір бола "
                    "алатын адам. Оған қарама-қарсы тұлға — конфликтінің жалғасуынан пайда "
                    "көретін бүлдіруші."
                ),
                "ru": (
                    "Связующий — человек, которому доверяют обе стороны и который может стать "
                    "мостом между ними. Противоположная фигура — спойлер, которому выгодно "
                    "продолжение конфликта."
                ),
                "en": (
                    "A connector: a person trusted on both sides who can act as a bridge between "
                    "them. The opposite figure is a spoiler, who gains from the conflict going on."
                ),
            },
        },
        {
            "type": "matching",
            "name": "conflict-map-rustam",
            "text": {
                "kk": (
                    "<p>Төменгі көшедегі шаруа Рустам суару суы туралы дауға қатысып жүр. Оның "
                    "конфликт картасындағы әр элементті тиісті санатпен сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Рустам, фермер с нижней улицы, участвует в споре о поливной воде. "
                    "Соотнесите каждый элемент его карты конфликта с нужной категорией.</p>"
                ),
                "en": (
                    "<p>Rustam, a farmer on the lower street, is in a dispute over irrigation "
                    "water. Match each element of his conflict map with the right category.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "«Маған судың кепілді үлесін беріңдер және кешірім сұраңдар!»",
                        "ru": "«Дайте мне гарантированную долю воды и извинитесь!»",
                        "en": "“Give me a guaranteed share of the water and an apology!”",
                    },
                    "answer": {
                        "kk": "Ұстаным",
                        "ru": "Позиция",
                        "en": "Position",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Сатуға өсірген қызанақтары солып қалмауы үшін судың оның егініне "
                            "уақытында жетуі керек"
                        ),
                        "ru": (
                            "Ему нужно, чтобы вода вовремя доходила до участка и помидоры, "
                            "которые он продаёт, не завяли"
                        ),
                        "en": (
                            "He needs the water to reach his plot in time so that the tomatoes he "
                            "sells do not wilt"
                        ),
                    },
                    "answer": {
                        "kk": "Мүдде",
                        "ru": "Интерес",
                        "en": "Interest",
                    },
                },
                {
                    "prompt": {
                        "kk": "Мұның бәрінің түбінде — отбасының күнкөрісі",
                        "ru": "В основе всего — средства к жизни для его семьи",
                        "en": "Underneath it all, his family must be able to make a living",
                    },
                    "answer": {
                        "kk": "Қажеттілік",
                        "ru": "Потребность",
                        "en": "Need",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Қазір жол берсем, мәңгі кезектің соңында қаламын.»",
                        "ru": "«Если сейчас уступлю, всегда буду последним в очереди.»",
                        "en": "“If I give way now, I will always be last in line.”",
                    },
                    "answer": {
                        "kk": "Қорқыныш",
                        "ru": "Страх",
                        "en": "Fear",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Төменгі көшеде туыстары көп және олар ауыл чатында адамдарды тез "
                            "жұмылдыра алады"
                        ),
                        "ru": (
                            "У него много родственников на нижней улице, и они быстро поднимают "
                            "людей в сельском чате"
                        ),
                        "en": (
                            "He has many relatives on the lower street who can quickly rally "
                            "people in the village chat"
                        ),
                    },
                    "answer": {
                        "kk": "Күш пен ықпал көзі",
                        "ru": "Источник силы и влияния",
                        "en": "Source of power and influence",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ұстаным — тараптың талабы; мүдде — ол неге соны талап етеді; қажеттілік — "
                    "негізгі тірек (қауіпсіздік, мойындалу, бірегейлік, күнкөріс); қорқыныш — "
                    "тарап неден қорқады; күш саннан, қаражаттан, лауазымнан, байланыстардан, "
                    "ақпараттан, моральдық беделден және желіде адамдарды жұмылдыру қабілетінен "
                    "туады."
                ),
                "ru": (
                    "Позиция — то, что сторона требует; интерес — зачем она это требует; "
                    "потребность — базовая опора (безопасность, признание, идентичность, средства "
                    "к жизни); страх — то, чего сторона боится; сила складывается из численности, "
                    "денег, должности, связей, информации, морального авторитета и способности "
                    "мобилизовать людей в сети."
                ),
                "en": (
                    "A position is what a party demands; an interest is why it demands it; a need "
                    "is the basic ground beneath (security, recognition, identity, livelihood); a "
                    "fear is what it is afraid of; power comes from numbers, money, official "
                    "position, connections, information, moral authority and the ability to "
                    "mobilise people online."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "conflict-cycle",
            "text": {
                "kk": (
                    "<p>Конфликт циклінің кезеңдерін біріншісінен соңғысына дейін ретімен "
                    "орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Расположите стадии цикла конфликта по порядку — от первой к последней.</p>"
                ),
                "en": "<p>Put the stages of the conflict cycle in order, from first to last.</p>",
            },
            "items": [
                {
                    "kk": "Жасырын кезең: қайшылықтар бар, шиеленіс жинақталады",
                    "ru": "Скрытая стадия: противоречия есть, напряжение накапливается",
                    "en": "Latent stage: contradictions exist and tension builds up",
                },
                {
                    "kk": "Түрткі: бір оқиға конфликтіні ашық етеді",
                    "ru": "Повод: событие делает конфликт открытым",
                    "en": "Trigger: an incident brings the conflict into the open",
                },
                {
                    "kk": "Ушығу: қатысушылар көбейеді, тәсілдер қатаяды, даулы мәселелер артады",
                    "ru": "Эскалация: участников больше, средства жёстче, спорных вопросов больше",
                    "en": "Escalation: more participants, harsher means, more disputed issues",
                },
                {
                    "kk": "Тығырық: ешбір тарап жеңе алмайды, сөйлесуге дайындық пайда болады",
                    "ru": (
                        "Тупик: ни одна сторона не может победить, появляется готовность к "
                        "разговору"
                    ),
                    "en": "Stalemate: neither side can win, and a readiness to talk appears",
                },
                {
                    "kk": "Бәсеңдеу және реттеу: келіссөз, медиация, келісім",
                    "ru": "Деэскалация и урегулирование: переговоры, медиация, соглашение",
                    "en": "De-escalation and settlement: negotiation, mediation, agreement",
                },
                {
                    "kk": (
                        "Конфликттен кейінгі кезең: келісімді орындау, қарым-қатынасты қалпына "
                        "келтіру"
                    ),
                    "ru": (
                        "Постконфликтная стадия: выполнение соглашения, восстановление отношений"
                    ),
                    "en": "Post-conflict stage: carrying out the agreement, restoring relations",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Цикл жасырын кезеңнен түрткі, ушығу және тығырық арқылы реттеуге және "
                    "конфликттен кейінгі кезеңге дейін жүреді. Шын өмірде конфликт кейбір "
                    "кезеңдерден секіріп өтуі немесе кері қайтуы мүмкін, ал конфликттен кейінгі "
                    "кезең назардан тыс қалса, ол қайтадан жасырын кезеңге оралады."
                ),
                "ru": (
                    "Цикл идёт от скрытой стадии через повод, эскалацию и тупик к урегулированию "
                    "и постконфликтной стадии. В жизни конфликт может перескакивать через стадии "
                    "или возвращаться назад, а если упустить постконфликтную стадию, он снова "
                    "уходит в скрытую."
                ),
                "en": (
                    "The cycle runs from the latent stage through trigger, escalation and "
                    "stalemate to settlement and the post-conflict stage. In real life a conflict "
                    "may skip stages or loop back, and if the post-conflict stage is neglected it "
                    "slips back into the latent stage."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-market-stalls-conflict-map",
            "text": {
                "kk": (
                    "<p><strong>Кейс.</strong> Түркістан облысындағы аудан орталығының базарында "
                    "әкімшілік жаңа саудагерлерге орын босату үшін бірнеше сауда орнын ауыстырды. "
                    "Ескі қатарлардағы саудагерлер (олардың көбі бір қауымнан) жаңадан келгендер "
                    "(олардың көбі басқа қауымнан) ең жақсы орындарды таныстық арқылы алды дейді. "
                    "Екі саудагер қатты айқайласып қалды, ал жергілікті Instagram парақшасы: "
                    "«Олар бізді базардан ығыстырып жатыр», — деп жазды. Базар директоры "
                    "үндемейді. Сыйлы ақсақал Әзиз ата екі қатарда да сауда "
                    "жасайды.</p><p><strong>Тапсырма.</strong> Конфликт картасын сөзбен "
                    "сипаттаңыз: (1) негізгі, қосалқы және үшінші тараптар, ықтимал "
                    "байланыстырушы және ықтимал бүлдіруші; (2) бейтарап сөзбен жазылған дау мәні "
                    "және саудагерлердің екі тобының ұстанымдары, мүдделері, қажеттіліктері мен "
                    "қорқыныштары; (3) конфликтінің негізгі көздері және оның кезеңі, мұны "
                    "көрсететін белгілер; (4) сіздің алғашқы үш қадамыңыз.</p>"
                ),
                "ru": (
                    "<p><strong>Кейс.</strong> На рынке районного центра Туркестанской области "
                    "администрация перенесла несколько торговых мест, чтобы освободить место для "
                    "новых торговцев. Торговцы из старых рядов, в основном из одной общины, "
                    "говорят, что новички, в основном из другой общины, получили лучшие места по "
                    "знакомству. Двое торговцев громко поругались, а местная страница в Instagram "
                    "написала: «Они выживают нас с рынка». Директор рынка молчит. Уважаемый "
                    "аксакал Азиз-ата торгует в обоих рядах.</p><p><strong>Задание.</strong> "
                    "Опишите словами карту конфликта: (1) основные, второстепенные и третьи "
                    "стороны, возможного связующего и возможного спойлера; (2) предмет спора "
                    "нейтральными словами и позиции, интересы, потребности и страхи двух групп "
                    "торговцев; (3) главные источники конфликта и его стадию с признаками, "
                    "которые на это указывают; (4) ваши первые три шага.</p>"
                ),
                "en": (
                    "<p><strong>Case.</strong> At the market of a district centre in Turkistan "
                    "region, the administration moved several stalls to make room for new "
                    "traders. Traders in the old rows, most of them from one community, say the "
                    "newcomers, most of them from another community, got the best places through "
                    "connections. Two traders had a shouting match, and a local Instagram page "
                    "posted: “They are pushing us out of the market.” The market director says "
                    "nothing. Aziz-ata, a respected elder, trades in both "
                    "rows.</p><p><strong>Task.</strong> Describe a conflict map in words: (1) the "
                    "primary, secondary and third parties, a possible connector and a possible "
                    "spoiler; (2) the issue in neutral words and the positions, interests, needs "
                    "and fears of the two groups of traders; (3) the main sources of the conflict "
                    "and its stage, with the signs that show it; (4) your first three steps.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Тараптарды үш деңгейде анықтайды (екі қатардың саудагерлері; олардың "
                            "отбасылары мен сатып алушылар; базар әкімшілігі, әкімдік, "
                            "бірлестіктер, Instagram парақшасы), байланыстырушы ретінде Әзиз "
                            "атаны немесе басқа адамды және ықтимал бүлдірушіні атайды, екіден "
                            "көп тарапты көрсетеді."
                        ),
                        "ru": (
                            "Определяет стороны на всех трёх уровнях (торговцы обоих рядов; их "
                            "семьи и покупатели; администрация рынка, акимат, объединения, "
                            "страница в Instagram), называет связующим Азиз-ата или другого "
                            "человека, а также правдоподобного спойлера, показывает больше двух "
                            "сторон."
                        ),
                        "en": (
                            "Identifies parties at all three levels (traders of both rows; their "
                            "families and customers; the market administration, the akimat, "
                            "associations, the Instagram page), names Aziz-ata or another person "
                            "as a connector and a plausible spoiler, and shows more than two "
                            "sides."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Дау мәнін бейтарап сөзбен жазады (мысалы, «базарда сауда орындары "
                            "қалай бөлінеді») және екі топ үшін де ұстанымдарды мүдделерден, "
                            "қажеттіліктерден (күнкөріс, мойындалу) және қорқыныштардан "
                            "(ығыстырылу, табыстан айырылу) ажыратады, кімнің кінәлі екенін "
                            "бағаламайды."
                        ),
                        "ru": (
                            "Формулирует предмет спора нейтрально (например, «как распределяются "
                            "торговые места на рынке») и для обеих групп отделяет позиции от "
                            "интересов, потребностей (средства к жизни, признание) и страхов "
                            "(быть вытесненными, потерять доход), не оценивая, кто виноват."
                        ),
                        "en": (
                            "States the issue in neutral words (for example, “how stalls are "
                            "allocated at the market”) and, for both groups, separates positions "
                            "from interests, needs (livelihood, recognition) and fears (being "
                            "pushed out, losing income), without judging who is guilty."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Бір-бірімен астасқан көздерді атайды (ресурстар: сауда орындары; "
                            "құрылым: бөлу рәсімінің анық болмауы; ақпарат: таныстық туралы "
                            "қауесет) және конфликтінің циклдегі немесе Глазл сатыларындағы орнын "
                            "белгілер арқылы дәлелдейді."
                        ),
                        "ru": (
                            "Называет переплетённые источники (ресурсы: торговые места; "
                            "структура: неясная процедура распределения; информация: слухи о "
                            "знакомствах) и обосновывает по признакам место конфликта в цикле или "
                            "на ступенях Гласла."
                        ),
                        "en": (
                            "Names the intertwined sources (resources: the stalls; structure: an "
                            "unclear allocation procedure; information: rumours about "
                            "connections) and places the conflict in the cycle or on Glasl's "
                            "stages, citing the signs."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Кезеңге сай және бейтарап алғашқы қадамдарды ұсынады: әр тараппен "
                            "жеке кездесу, базар әкімшілігін жауапты орган ретінде тарту, "
                            "тексерілген ақпаратты тарату және әңгімені «олардан» нақты адамдар "
                            "мен сауда орындарына қайтару."
                        ),
                        "ru": (
                            "Предлагает первые шаги, соответствующие стадии и нейтральные: "
                            "встретиться с каждой стороной отдельно, привлечь администрацию рынка "
                            "как ответственный орган, распространить проверенную информацию и "
                            "вернуть разговор от «них» к конкретным людям и местам."
                        ),
                        "en": (
                            "Proposes first steps that fit the stage and stay neutral: meeting "
                            "each side separately, involving the market administration as the "
                            "responsible body, getting verified information out and bringing the "
                            "talk back from “them” to specific people and stalls."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауап екіден көп тарапты көрсетеді, соның ішінде ықпалы бар тарап "
                    "ретінде базар әкімшілігін және ықтимал бүлдіруші ретінде Instagram "
                    "парақшасын; Әзиз ата сияқты байланыстырушыны табады; дау мәнін бейтарап "
                    "жазады; саудагерлердің не талап ететінін олардың неге талап ететінінен және "
                    "неден қорқатынынан ажыратады; ресурстар, анық емес рәсім (құрылым) және "
                    "қауесет (ақпарат) араласып жүргенін, ал ұлттың себеп емес, күшейткіш екенін "
                    "көреді; бейтарап алғашқы қадамдарды жоспарлайды: жеке кездесулер, жауапты "
                    "орган, тексерілген ақпарат."
                ),
                "ru": (
                    "Хороший ответ показывает больше двух сторон, в том числе администрацию рынка "
                    "как сторону, обладающую силой, и страницу в Instagram как возможного "
                    "спойлера; находит связующего, например Азиз-ата; нейтрально формулирует "
                    "предмет спора; отличает то, что торговцы требуют, от того, зачем они это "
                    "требуют и чего боятся; видит, что ресурсы, неясная процедура (структура) и "
                    "слухи (информация) переплетены, а национальность — усилитель, а не причина; "
                    "планирует нейтральные первые шаги: отдельные встречи, ответственный орган, "
                    "проверенная информация."
                ),
                "en": (
                    "A good answer shows more than two sides, including the market administration "
                    "as a party with power and the Instagram page as a possible spoiler; finds a "
                    "connector such as Aziz-ata; writes the issue neutrally; tells what the "
                    "traders demand from why they demand it and what they fear; sees that "
                    "resources, an unclear procedure (structure) and rumours (information) are "
                    "intertwined and that ethnicity is an amplifier, not the cause; and plans "
                    "neutral first steps: separate meetings, the responsible body, verified "
                    "information."
                ),
            },
        },
    ],
}
