"""Module 5 of the public mediator course: course review, the final test and next steps."""

MODULE = {
    "slug": "final-review",
    "title": {
        "kk": "Курсты қорытындылау және қорытынды тест",
        "ru": "Повторение курса и итоговый тест",
        "en": "Course review and final test",
    },
    "summary": {
        "kk": (
            "Бүкіл курсты бір сабақта қайталау: медиация, қағидаттар, кезеңдер, коммуникация және "
            "этномедиация негіздері; өзін-өзі тексеру, қорытынды тестке дайындық және курстан "
            "кейінгі қадамдар."
        ),
        "ru": (
            "Повторение всего курса в одном занятии: медиация, принципы, этапы, коммуникация и "
            "основы этномедиации; самопроверка, подготовка к итоговому тесту и следующие шаги "
            "после курса."
        ),
        "en": (
            "The whole course reviewed in one lesson: mediation, its principles, stages, "
            "communication and ethnomediation basics; a self-check, preparation for the final "
            "test and the steps after the course."
        ),
    },
    "academic_hours": 4,
    "learning_outcomes": [
        {
            "kk": (
                "Курстың негізгі идеяларын қысқаша түсіндіру: медиация дегеніміз не, оның "
                "қағидаттары, кезеңдері, коммуникация тәсілдері және этномедиация негіздері."
            ),
            "ru": (
                "Кратко объяснять ключевые идеи курса: что такое медиация, её принципы, этапы, "
                "приёмы коммуникации и основы этномедиации."
            ),
            "en": (
                "Summarise the key ideas of the course: what mediation is, its principles, "
                "stages, communication techniques and ethnomediation basics."
            ),
        },
        {
            "kk": (
                "Өзін-өзі тексеру тізімі арқылы өз дайындығын бағалап, қорытынды тестке дайындалу."
            ),
            "ru": (
                "Оценивать свою готовность по списку самопроверки и готовиться к итоговому тесту."
            ),
            "en": (
                "Assess your own readiness with the self-check list and prepare for the final test."
            ),
        },
        {
            "kk": (
                "Курстан кейін не болатынын түсіндіру: сертификат, тізілімге енгізу және "
                "біліктілікті арттыру."
            ),
            "ru": (
                "Объяснять, что происходит после курса: сертификат, внесение в реестр и повышение "
                "квалификации."
            ),
            "en": (
                "Explain what happens after the course: the certificate, the register entry and "
                "continuing training."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "course-review",
            "title": {
                "kk": "Курсқа шолу: медиациядан этномедиацияға дейін",
                "ru": "Обзор курса: от медиации к этномедиации",
                "en": "Course review: from mediation to ethnomediation",
            },
            "summary": {
                "kk": (
                    "Курстың төрт модулін бір жерге жинап, өзін-өзі тексеру тізімімен жұмыс "
                    "істейміз, қорытынды тесттің тәртібін және сертификаттан кейінгі қадамдарды "
                    "қарастырамыз."
                ),
                "ru": (
                    "Собираем вместе четыре модуля курса, работаем со списком самопроверки, "
                    "разбираем порядок итогового теста и шаги после получения сертификата."
                ),
                "en": (
                    "We bring the four modules of the course together, work through a self-check "
                    "list and look at how the final test works and what follows the certificate."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Курстың барлық білімін дайындықтан бастап келісімнің орындалуын "
                        "қадағалауға дейінгі кешенді жағдаятқа қолдану."
                    ),
                    "ru": (
                        "Применять знания всего курса к комплексному случаю: от подготовки до "
                        "контроля исполнения соглашения."
                    ),
                    "en": (
                        "Apply the whole course to a combined case, from preparation to follow-up "
                        "of the agreement."
                    ),
                },
                {
                    "kk": (
                        "Өзін-өзі тексеру тізімі арқылы білімдегі олқылықтарды анықтап, тест "
                        "алдында қайталау жоспарын құру."
                    ),
                    "ru": (
                        "Находить пробелы в знаниях по списку самопроверки и составлять план "
                        "повторения перед тестом."
                    ),
                    "en": (
                        "Find gaps in your knowledge with the self-check list and plan your "
                        "revision before the test."
                    ),
                },
                {
                    "kk": (
                        "Сертификаттан тізілімге енгізуге және біліктілікті жаңартуға дейінгі "
                        "қадамдарды сипаттау."
                    ),
                    "ru": (
                        "Описывать шаги от сертификата до внесения в реестр и продления "
                        "квалификации."
                    ),
                    "en": (
                        "Describe the steps from the certificate to the register entry and "
                        "renewal of the qualification."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Курс бір көзқараста</h3><p>Өткен төрт модульде сіз даулармен "
                            "жұмыс істеудің біртұтас тәсілін үйрендіңіз. Бұл сабақ соның бәрін "
                            "бір жерге жинайды: қорытынды тест алдында, ең бастысы, алғашқы нақты "
                            "іс алдында өзіңізді тексеруге көмектеседі. Әр бөлімді асықпай оқып, "
                            "өзіңізден сұраңыз: мұны көршіме өз сөзіммен түсіндіре аламын "
                            "ба?</p><h3>Медиация дегеніміз не</h3><p>Медиация — бейтарап үшінші "
                            "тұлға, яғни медиатор, тараптарға екеуіне де қолайлы шешім табуға "
                            "көмектесетін ерікті әрі құпия рәсім. Медиатор кімнің дұрыс, кімнің "
                            "бұрыс екенін шешпейді. Соттан басты айырмашылығы осында: сотта "
                            "шешімді судья шығарады, төрелікте — төреші. Медиация сыйлы "
                            "ақсақалдың кеңесінен де өзгеше: ақсақал көбіне не істеу керегін "
                            "айтады, ал медиатор адамдардың шешімді өздері табуына жағдай "
                            "жасайды. Қазақстанда медиация Қазақстан Республикасының 2011 жылғы "
                            "28 қаңтардағы № 401-IV «Медиация туралы» Заңымен (өзгерістерімен "
                            "қоса) реттеледі. Қоғамдық медиатор кәсіби емес негізде жұмыс "
                            "істейді; заң ол үшін ең төменгі жасты 40 деп белгілейді, ал "
                            "медиатордың өзі қоғамдық медиаторлар тізіліміне "
                            "енгізіледі.</p><h3>Бес қағидат</h3><p>Заң әрбір медиацияның "
                            "негізінде жататын қағидаттарды "
                            "атайды:</p><ul><li><strong>Еріктілік</strong>: тараптар өз еркімен "
                            "келеді және кез келген кезеңде медиациядан бас тарта "
                            "алады.</li><li><strong>Тараптардың тең құқықтылығы</strong>: екі "
                            "жақтың да сөйлеуге, ұсыныс жасауға және келіспеуге мүмкіндігі "
                            "бірдей.</li><li><strong>Медиатордың тәуелсіздігі мен "
                            "бейтараптығы</strong>: нәтижеге сіздің мүддеңіз жоқ; адамның тіліне, "
                            "ұлтына немесе лауазымына қарамай, ешкімді "
                            "жақтамайсыз.</li><li><strong>Медиация рәсіміне араласуға жол "
                            "бермеу</strong>: ешбір лауазымды адам, туыс немесе ұйым медиаторға "
                            "да, тараптарға да қысым көрсетпеуге "
                            "тиіс.</li><li><strong>Құпиялылық</strong>: тараптар басқаша "
                            "келіспесе, медиацияда айтылған сөз сол бөлмеден "
                            "шықпайды.</li></ul><p>Не істеу керегін білмей тұрған сәтте осы бес "
                            "қағидатқа оралыңыз. Жаңа медиаторлардың қателіктерінің көбі солардың "
                            "біреуін бұзудан туады.</p>"
                        ),
                        "ru": (
                            "<h3>Курс одним взглядом</h3><p>За четыре модуля вы освоили целостный "
                            "способ работы со спорами. Это занятие собирает всё вместе и помогает "
                            "проверить себя перед итоговым тестом, а главное — перед первым "
                            "настоящим делом. Читайте каждую часть не спеша и спрашивайте себя: "
                            "смогу ли я объяснить это соседу своими словами?</p><h3>Что такое "
                            "медиация</h3><p>Медиация — добровольная и конфиденциальная "
                            "процедура, в которой нейтральное третье лицо, медиатор, помогает "
                            "сторонам найти решение, приемлемое для обеих. Медиатор не решает, "
                            "кто прав, а кто виноват. В этом главное отличие от суда, где решение "
                            "выносит судья, и от арбитража, где решает арбитр. Медиация "
                            "отличается и от привычного совета уважаемого аксакала: аксакал чаще "
                            "говорит, как поступить, а медиатор помогает людям самим найти "
                            "решение. В Казахстане медиацию регулирует Закон Республики Казахстан "
                            "«О медиации» от 28 января 2011 года № 401-IV (с изменениями и "
                            "дополнениями). Общественный медиатор работает на непрофессиональной "
                            "основе; закон устанавливает для него минимальный возраст 40 лет, а "
                            "сам медиатор вносится в реестр общественных медиаторов.</p><h3>Пять "
                            "принципов</h3><p>Закон называет принципы, на которых строится любая "
                            "медиация:</p><ul><li><strong>Добровольность</strong>: стороны "
                            "приходят по своей воле и могут отказаться от медиации на любом "
                            "этапе.</li><li><strong>Равноправие сторон</strong>: у обеих "
                            "одинаковые возможности говорить, предлагать и не "
                            "соглашаться.</li><li><strong>Независимость и беспристрастность "
                            "медиатора</strong>: у вас нет интереса в исходе, и вы никому не "
                            "отдаёте предпочтения, каким бы ни был язык, национальность или "
                            "должность человека.</li><li><strong>Недопустимость вмешательства в "
                            "процедуру медиации</strong>: ни чиновник, ни родственник, ни "
                            "организация не должны давить на медиатора или на "
                            "стороны.</li><li><strong>Конфиденциальность</strong>: сказанное в "
                            "медиации не выходит за пределы комнаты, если стороны не договорились "
                            "иначе.</li></ul><p>Когда не знаете, как поступить, вернитесь к этим "
                            "пяти принципам. Большинство ошибок начинающих медиаторов — это "
                            "нарушение одного из них.</p>"
                        ),
                        "en": (
                            "<h3>The course at a glance</h3><p>Over the past four modules you "
                            "have learned one coherent way of working with disputes. This lesson "
                            "brings it all together so that you can check yourself before the "
                            "final test and, more importantly, before your first real case. Read "
                            "each part slowly and ask yourself: could I explain this to a "
                            "neighbour in my own words?</p><h3>What mediation is</h3><p>Mediation "
                            "is a voluntary and confidential procedure in which a neutral third "
                            "person, the mediator, helps the parties find a solution that both "
                            "can accept. The mediator does not decide who is right and who is "
                            "wrong. That is the main difference from a court, where a judge "
                            "decides, and from arbitration, where an arbitrator decides. "
                            "Mediation also differs from the familiar advice of a respected "
                            "aksakal: an elder often tells people what to do, while a mediator "
                            "helps them find the solution themselves. In Kazakhstan mediation is "
                            "governed by the Law of the Republic of Kazakhstan “On Mediation” No. "
                            "401-IV of 28 January 2011, as amended. A public mediator works on a "
                            "non-professional basis; the law sets a minimum age of 40 for public "
                            "mediators, and each public mediator is entered in the register of "
                            "public mediators.</p><h3>The five principles</h3><p>The law names "
                            "the principles on which every mediation "
                            "rests:</p><ul><li><strong>Voluntariness</strong>: the parties come "
                            "of their own free will and may leave the mediation at any "
                            "stage.</li><li><strong>Equality of the parties</strong>: both have "
                            "the same opportunity to speak, to propose and to "
                            "disagree.</li><li><strong>Independence and impartiality of the "
                            "mediator</strong>: you have no stake in the outcome and favour no "
                            "one, whatever their language, ethnicity or "
                            "position.</li><li><strong>Non-interference in the mediation "
                            "procedure</strong>: no official, relative or organisation may put "
                            "pressure on the mediator or the "
                            "parties.</li><li><strong>Confidentiality</strong>: what is said in "
                            "mediation stays in the room unless the parties agree "
                            "otherwise.</li></ul><p>Whenever you are unsure what to do, go back "
                            "to these five. Most mistakes made by new mediators break one of "
                            "them.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Медиация кезеңдері</h3><p>Медиация бірнеше кезең арқылы өтеді. "
                            "Алдыңғы кезеңге қайта оралуға болады, бірақ бір кезеңді аттап "
                            "кетсеңіз, кейін уақыт көбірек "
                            "кетеді.</p><ol><li><strong>Дайындық</strong>: әр тараппен жеке "
                            "кездесіп немесе телефонмен сөйлесіп, медиацияның не екенін "
                            "түсіндіресіз, олардың келісімін аласыз, бейтарап орынды, уақытты "
                            "және кездесу тілін келісесіз.</li><li><strong>Кіріспе</strong>: "
                            "өзіңізді таныстырып, қағидаттар мен қарапайым ережелерді "
                            "түсіндіресіз: бір уақытта бір адам сөйлейді, балағат сөзге жол "
                            "берілмейді, телефондар былай қойылады.</li><li><strong>Тараптардың "
                            "әңгімесі</strong>: әр тарап болған жайды ешкім сөзін бөлмей айтып "
                            "береді; сіз тыңдап, айтылғанды "
                            "түйіндейсіз.</li><li><strong>Мәселелер мен мүдделер</strong>: "
                            "шешілуге тиіс сұрақтардың қысқа тізімін бірге жасап, ұстанымдардың "
                            "артындағы қажеттіліктерді іздейсіз: қауіпсіздік, табыс, құрмет, "
                            "балалардың болашағы.</li><li><strong>Нұсқалар</strong>: ұсыныстарды "
                            "тараптардың өздері айтады; сіз әрқайсысын тексеруге көмектесесіз: "
                            "бұл орындалатын нәрсе ме, кім не істейді, орындалмаса не "
                            "болады?</li><li><strong>Келісім</strong>: нәтиже қарапайым сөзбен "
                            "жазылып, қол қойылады, әр тарапта бір данасы "
                            "қалады.</li><li><strong>Орындалуын қадағалау</strong>: келісілген "
                            "мерзімнен кейін келісімнің қалай орындалып жатқанын "
                            "тексересіз.</li></ol><p>Эмоция тым қызып кетсе, үзіліс жасаңыз "
                            "немесе әр тараппен жеке кездесіңіз. Жеке кездесуде естігеніңізді "
                            "екінші тарапқа рұқсатсыз жеткізбеңіз.</p><h3>Коммуникация — негізгі "
                            "құрал</h3><p><strong>Белсенді тыңдау</strong> дегеніміз "
                            "бет-жүзіңізбен, отырысыңызбен және қысқа сөздермен адамды тыңдап "
                            "отырғаныңызды көрсету. <strong>Ашық сұрақтар</strong> («Сіз үшін бұл "
                            "жерде ең маңыздысы не?») әңгімені ашады, ал жабық сұрақтар "
                            "деректерді нақтылайды. <strong>Өз сөзіңізбен қайталау мен "
                            "түйіндеу</strong> адамды дұрыс түсінгеніңізді көрсетеді. "
                            "<strong>Қайта тұжырымдау</strong> ауыр сөзді бейтарап сөзге "
                            "айналдырады: «Олар біздің суымызды үнемі ұрлайды» деген сөз «Суару "
                            "кезінде сізге әділ әрі тұрақты су үлесі керек» болып өзгереді. "
                            "<strong>Сезімді атау</strong> («Бұл сізге қатты батқанын көріп "
                            "отырмын») кез келген дәлелден гөрі адамды тезірек сабасына "
                            "түсіреді.</p>"
                        ),
                        "ru": (
                            "<h3>Этапы медиации</h3><p>Медиация проходит через несколько этапов. "
                            "К предыдущему этапу можно вернуться, но если пропустить этап, позже "
                            "уйдёт больше времени.</p><ol><li><strong>Подготовка</strong>: вы "
                            "встречаетесь или созваниваетесь с каждой стороной отдельно, "
                            "объясняете, что такое медиация, получаете согласие, договариваетесь "
                            "о нейтральном месте, времени и языке "
                            "встречи.</li><li><strong>Вступление</strong>: вы представляетесь, "
                            "объясняете принципы и простые правила: говорит один человек, без "
                            "оскорблений, телефоны откладываем.</li><li><strong>Рассказы "
                            "сторон</strong>: каждая сторона рассказывает, что произошло, и её "
                            "никто не перебивает; вы слушаете и подводите итог "
                            "сказанного.</li><li><strong>Вопросы и интересы</strong>: вместе вы "
                            "составляете короткий список вопросов, которые нужно решить, и ищете "
                            "за позициями потребности: безопасность, доход, уважение, будущее "
                            "детей.</li><li><strong>Варианты</strong>: идеи предлагают сами "
                            "стороны; вы помогаете проверить каждую: выполнимо ли это, кто что "
                            "делает, что будет, если не "
                            "получится?</li><li><strong>Соглашение</strong>: результат "
                            "записывается простыми словами и подписывается, экземпляр остаётся у "
                            "каждой стороны.</li><li><strong>Контроль исполнения</strong>: через "
                            "оговорённый срок вы проверяете, как выполняется "
                            "соглашение.</li></ol><p>Если эмоции слишком накалились, сделайте "
                            "перерыв или встретьтесь с каждой стороной отдельно. Услышанное на "
                            "отдельной встрече не передаётся другой стороне без "
                            "разрешения.</p><h3>Коммуникация — главный "
                            "инструмент</h3><p><strong>Активное слушание</strong> — это когда "
                            "выражением лица, позой и короткими словами вы показываете, что "
                            "следите за рассказом. <strong>Открытые вопросы</strong> («Что для "
                            "вас здесь самое важное?») раскрывают историю, а закрытые уточняют "
                            "факты. <strong>Перефразирование и резюмирование</strong> показывают, "
                            "что вы поняли человека правильно. <strong>Рефрейминг</strong> "
                            "превращает резкую фразу в нейтральную: «Они вечно воруют нашу воду» "
                            "становится «Вам нужна справедливая и надёжная доля воды во время "
                            "полива». <strong>Называние чувства</strong> («Вижу, что вас это "
                            "сильно задело») часто успокаивает человека быстрее любого довода.</p>"
                        ),
                        "en": (
                            "<h3>The stages of mediation</h3><p>A mediation moves through stages. "
                            "You may return to an earlier stage, but skipping one usually costs "
                            "more time later.</p><ol><li><strong>Preparation</strong>: meet or "
                            "call each party separately, explain what mediation is, obtain their "
                            "consent and agree on a neutral place, a time and the language of the "
                            "meeting.</li><li><strong>Opening</strong>: introduce yourself and "
                            "explain the principles and a few simple rules: one person speaks at "
                            "a time, no insults, phones put away.</li><li><strong>The parties’ "
                            "stories</strong>: each side tells what happened without being "
                            "interrupted; you listen and summarise what was "
                            "said.</li><li><strong>Issues and interests</strong>: together you "
                            "make a short list of questions to solve and look behind positions to "
                            "needs: safety, income, respect, the children’s "
                            "future.</li><li><strong>Options</strong>: the parties themselves "
                            "propose ideas; you help them test each one: is it workable, who does "
                            "what, what happens if it fails?</li><li><strong>Agreement</strong>: "
                            "the result is written down in plain words and signed, and each party "
                            "keeps a copy.</li><li><strong>Follow-up</strong>: after an agreed "
                            "period you check how the agreement is working.</li></ol><p>If "
                            "emotions run too high, take a break or meet each side separately. "
                            "What you hear in a separate meeting is not passed on to the other "
                            "side without permission.</p><h3>Communication is your main "
                            "tool</h3><p><strong>Active listening</strong> means showing with "
                            "your face, your posture and short words that you are following. "
                            "<strong>Open questions</strong> (“What matters most to you here?”) "
                            "open up the story, while closed questions check facts. "
                            "<strong>Paraphrasing and summarising</strong> show that you have "
                            "understood correctly. <strong>Reframing</strong> turns a loaded "
                            "phrase into a neutral one: “They always steal our water” becomes "
                            "“You need a fair and reliable share of water during irrigation”. "
                            "<strong>Naming the emotion</strong> (“I can see this has hurt you "
                            "deeply”) often calms a person faster than any argument.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Этномедиация негіздері</h3><p>Қоғамдық медиаторға келетін "
                            "даулардың көбі — тұрмыстық даулар: екі ауланың арасындағы шекара, "
                            "базардағы сауда орны, тойдың шуы, арықтан су жіберу кезегі. Адамдар "
                            "оларды ұлтпен түсіндіре бастағанда («олар сондай халық») дау "
                            "этносаралық сипат алады. Сіздің бірінші міндетіңіз — әңгімені бүтін "
                            "қауымдастықтар туралы емес, нақты мәселе мен нақты адамдар туралы "
                            "әңгіме күйінде сақтау.</p><ul><li>Ерте белгілерді байқаңыз: бір ұлт "
                            "туралы жалпылама сөздер, WhatsApp немесе Telegram топтарындағы өсек "
                            "пен монтаждалған бейнелер, жастардың топтасуы, жергілікті жанжалдың "
                            "көрші ауылдарға таралуы.</li><li>Өсекке тез әрі байсалды жауап "
                            "беріңіз: деректерді тексеріңіз, жалған жазбаның авторынан оны "
                            "түзетуді сұраңыз, әкімдікпен және екі қауымдастықтың сыйлы "
                            "адамдарымен бір нақты хабарламаны келісіңіз.</li><li>Ақсақалдар "
                            "кеңестері мен этномәдени бірлестіктерді үкім шығаратын төрешілер "
                            "ретінде емес, процесті қолдаушылар ретінде тартыңыз.</li><li>Тілді "
                            "құрметтеңіз: әр тарап өзі еркін сөйлейтін тілде сөйлесін; қажет "
                            "болса, аудармашы табыңыз.</li><li>Қорқыту, қару немесе "
                            "зорлық-зомбылыққа шақыру болса, алдымен қоғамдық қауіпсіздік туралы "
                            "ойлаңыз: полицияға және өңірлік медиация кабинетіне дереу "
                            "хабарлаңыз. Медиация полицияның орнын баспайды.</li></ul><h3>Жиі "
                            "кездесетін қателіктер</h3><p>Мыналардан сақ болыңыз: өз үкіміңізді "
                            "айту; адамдарды «қол алысып, ұмытыңдар» деп асықтыру; қандай да бір "
                            "ұлт туралы жалпылама сөйлеу; әкімдік немесе мектеп не істейтінін "
                            "уәде ету; істі ауыл чатында әңгімелеп беру; «тараптар татулықта өмір "
                            "сүреді» сияқты бұлыңғыр келісім жазу. Келісімде кім, не істейтіні "
                            "және қай мерзімге дейін орындайтыны жазылуға тиіс.</p>"
                        ),
                        "ru": (
                            "<h3>Основы этномедиации</h3><p>Большинство споров, которые доходят "
                            "до общественного медиатора, — бытовые: граница между двумя дворами, "
                            "торговое место на базаре, шум от свадьбы, очередь полива из арыка. "
                            "Межэтническими они становятся, когда люди начинают объяснять их "
                            "национальностью: «они такой народ». Ваша первая задача — удерживать "
                            "разговор на реальной проблеме и конкретных людях, а не на целых "
                            "общинах.</p><ul><li>Замечайте ранние признаки: обобщения о целом "
                            "народе, слухи и смонтированные видео в группах WhatsApp или "
                            "Telegram, сбор молодёжи, распространение местной ссоры на соседние "
                            "сёла.</li><li>Реагируйте на слухи быстро и спокойно: проверьте "
                            "факты, попросите автора ложного поста исправить его, согласуйте с "
                            "акиматом и уважаемыми людьми обеих общин одно ясное "
                            "сообщение.</li><li>Привлекайте советы аксакалов и этнокультурные "
                            "объединения как тех, кто поддерживает процесс, а не как судей, "
                            "выносящих приговор.</li><li>Уважайте язык: пусть каждая сторона "
                            "говорит на том языке, на котором ей удобно; при необходимости "
                            "найдите переводчика.</li><li>Если звучат угрозы, появляется оружие "
                            "или призывы к насилию, на первом месте общественная безопасность: "
                            "немедленно сообщите в полицию и в региональный кабинет медиации. "
                            "Медиация не заменяет полицию.</li></ul><h3>Частые "
                            "ошибки</h3><p>Избегайте этого: выносить собственный вердикт; "
                            "торопить людей: «пожмите руки и забудьте»; говорить о любом народе "
                            "обобщениями; обещать, что сделает акимат или школа; пересказывать "
                            "дело в сельском чате; писать расплывчатое соглашение вроде «стороны "
                            "будут жить в мире». В соглашении должно быть записано, кто, что и к "
                            "какому сроку делает.</p>"
                        ),
                        "en": (
                            "<h3>Ethnomediation basics</h3><p>Most disputes that reach a public "
                            "mediator are everyday ones: the boundary between two yards, a stall "
                            "at the bazaar, noise from a wedding, the order of watering from the "
                            "irrigation ditch. They become interethnic when people start to "
                            "explain them by nationality: “that is what they are like”. Your "
                            "first task is to keep the conversation about the real problem and "
                            "the particular people involved, not about whole "
                            "communities.</p><ul><li>Watch for early signs: generalisations about "
                            "a whole people, rumours and edited videos in WhatsApp or Telegram "
                            "groups, young people gathering, a local quarrel spreading to "
                            "neighbouring villages.</li><li>Respond to rumours quickly and "
                            "calmly: check the facts, ask the author of a false post to correct "
                            "it, and agree on one clear message with the akimat and respected "
                            "people from both communities.</li><li>Involve aksakal councils and "
                            "ethnocultural associations as supporters of the process, not as "
                            "judges who announce a verdict.</li><li>Respect language: let each "
                            "party speak the language in which they feel comfortable, and find an "
                            "interpreter if needed.</li><li>If there are threats, weapons or "
                            "calls to violence, public safety comes first: inform the police and "
                            "the regional mediation office at once. Mediation does not replace "
                            "the police.</li></ul><h3>Common mistakes</h3><p>Avoid these: giving "
                            "your own verdict; hurrying people to “shake hands and forget it”; "
                            "talking about any people in sweeping terms; promising what the "
                            "akimat or the school will do; retelling the case in the village "
                            "chat; writing a vague agreement such as “the parties will live in "
                            "peace”. An agreement must say who does what and by when.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Өзін-өзі тексеру тізімі</h3><p>Тест алдында мына сұрақтарға "
                            "шынайы жауап беріңіз. Ойланып қалсаңыз, жақшада көрсетілген модульді "
                            "қайта оқыңыз.</p><ul><li>Медиацияның соттан айырмашылығын екі "
                            "минутта түсіндіре аламын ба? (1-модуль)</li><li>Бес қағидатты атап, "
                            "әрқайсысының бұзылуына мысал келтіре аламын ба? "
                            "(1-модуль)</li><li>Кезеңдерді атап, әр кезеңде не істейтінімді айта "
                            "аламын ба? (2-модуль)</li><li>Балағат сөзді бейтарап қажеттілікке "
                            "айналдыра аламын ба? (3-модуль)</li><li>Жеке дау этносаралық сипат "
                            "ала бастағанын байқап, кімге хабарласатынымды білемін бе? "
                            "(4-модуль)</li></ul><h3>Қорытынды тест қалай өтеді</h3><p>Тест бүкіл "
                            "курс бойынша білімді тексереді: ұғымдар мен заң туралы қысқа "
                            "сұрақтар және ең дұрыс әрекетті таңдау керек шағын жағдаяттар. "
                            "Тестпен қатар біліктілік үшін курс сағаттарының кемінде 80 пайызына "
                            "қатысу қажет. Өту шегі — 70 пайыз. Ең көбі үш талпыныс беріледі. "
                            "Сәтсіз талпыныстан кейін қай тақырыптарда қате жібергеніңізді қарап, "
                            "оларды қайталаңыз және келесі талпыныс алдында жаттықтырушымен "
                            "талқылаңыз; сол күні кешке қайта тапсыруға асықпаңыз.</p><h3>Курстан "
                            "кейін</h3><p>Тесттен өткенде курс сертификаты сіздің профиліңізге "
                            "жазылады. Сертификат оқығаныңызды растайды, бірақ өздігінен сізді "
                            "қоғамдық медиатор етпейді: бұған қоса сіздің келісіміңіз, жергілікті "
                            "қоғамдастық жиналысында сайлануыңыз, медиация тілдері мен саласы "
                            "көрсетілген өтінішіңіз және қоғамдық медиаторлар тізіліміне "
                            "енгізілуіңіз қажет. Бағдарлама ережелері бойынша біліктілік үш жыл "
                            "жарамды болады. Оны жаңарту үшін әр үш жыл ішінде кемінде 16 "
                            "академиялық сағат біліктілікті арттырудан өту керек: бұл Ассамблея "
                            "мен медиаторлар ұйымдары өткізетін семинарлар мен қысқа курстар "
                            "болуы мүмкін. Медициналық анықтамалар сияқты құжаттарыңыздың "
                            "мерзімін де қадағалап отырыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Список самопроверки</h3><p>Перед тестом честно ответьте на эти "
                            "вопросы. Если сомневаетесь, перечитайте модуль, указанный в "
                            "скобках.</p><ul><li>Могу ли я за две минуты объяснить, чем медиация "
                            "отличается от суда? (модуль 1)</li><li>Могу ли я назвать пять "
                            "принципов и привести пример нарушения каждого? (модуль "
                            "1)</li><li>Могу ли я перечислить этапы и сказать, что делаю на "
                            "каждом? (модуль 2)</li><li>Могу ли я превратить оскорбительную фразу "
                            "в нейтральную потребность? (модуль 3)</li><li>Замечу ли я, что "
                            "частный спор становится межэтническим, и знаю ли, кому звонить? "
                            "(модуль 4)</li></ul><h3>Как проходит итоговый тест</h3><p>Тест "
                            "проверяет знания по всему курсу: короткие вопросы о понятиях и "
                            "законе и небольшие ситуации, в которых нужно выбрать лучшее "
                            "действие. Помимо теста, для квалификации нужно посетить не менее 80 "
                            "процентов часов курса. Проходной балл — 70 процентов. Даётся не "
                            "более трёх попыток. После неудачной попытки посмотрите, в каких "
                            "темах были ошибки, повторите их и обсудите с тренером перед "
                            "следующей попыткой; не спешите с пересдачей в тот же "
                            "вечер.</p><h3>После курса</h3><p>Когда вы сдадите тест, сертификат о "
                            "прохождении курса будет записан в ваш профиль. Сертификат "
                            "подтверждает обучение, но сам по себе не делает вас общественным "
                            "медиатором: нужны также ваше согласие, избрание на собрании местного "
                            "сообщества, заявление с указанием языков и сферы медиации и внесение "
                            "в реестр общественных медиаторов. По правилам программы квалификация "
                            "действует три года. Чтобы продлить её, нужно за каждые три года "
                            "пройти не менее 16 академических часов повышения квалификации: это "
                            "могут быть семинары и короткие курсы Ассамблеи и организаций "
                            "медиаторов. Следите также за сроками своих документов, например "
                            "медицинских справок.</p>"
                        ),
                        "en": (
                            "<h3>Self-check list</h3><p>Before the test, answer these questions "
                            "honestly. If you hesitate, reread the module shown in "
                            "brackets.</p><ul><li>Can I explain in two minutes how mediation "
                            "differs from a court? (Module 1)</li><li>Can I name the five "
                            "principles and give an example of breaking each one? (Module "
                            "1)</li><li>Can I list the stages and say what I do at each? (Module "
                            "2)</li><li>Can I turn an insulting phrase into a neutral need? "
                            "(Module 3)</li><li>Will I notice when a private dispute is becoming "
                            "interethnic, and do I know whom to call? (Module 4)</li></ul><h3>How "
                            "the final test works</h3><p>The test checks your knowledge of the "
                            "whole course: short questions on concepts and the law, and small "
                            "situations in which you choose the best action. Alongside the test, "
                            "the qualification requires attendance of at least 80 per cent of the "
                            "course hours. The pass mark is 70 per cent. You have up to three "
                            "attempts. After an unsuccessful attempt, look at the topics where "
                            "you made mistakes, revise them and discuss them with the trainer "
                            "before the next attempt; do not rush into a retake the same "
                            "evening.</p><h3>After the course</h3><p>When you pass, the course "
                            "certificate is recorded in your profile. The certificate confirms "
                            "your training, but it does not by itself make you a public mediator: "
                            "you also need your consent, election by a local community assembly, "
                            "an application stating your languages and area of mediation, and an "
                            "entry in the register of public mediators. Under the programme rules "
                            "the qualification is valid for three years. To renew it you need "
                            "continuing training of at least 16 academic hours in every "
                            "three-year period, for example seminars and short courses run by the "
                            "Assembly and by organisations of mediators. Keep an eye on the "
                            "validity of your documents, such as medical certificates, too.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Су, бейне және той маусымы",
                            "ru": "Вода, видео и сезон свадеб",
                            "en": "Water, a video and the wedding season",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл ойдан шығарылған мысал. Түркістан облысындағы бір ауылда "
                                "екі көрші отбасы, қазақ және өзбек отбасылары, жиырма жыл бойы "
                                "бір суару арығын ортақ пайдаланып келеді. Биыл жазда су сирек "
                                "келетін болды. Мұрат көршісі Фарход түнде арықты бөгеп, суды өз "
                                "бағына бұрып алады дейді. Фарход болса, өз қаражатына салған "
                                "шағын бөгетін Мұраттың ұлдары бұзып тастады дейді. Өткен "
                                "жексенбіде екеуі көшеде бір-біріне айғайласты.</p><p>Мұраттың "
                                "жиені жанжалды телефонға түсіріп, қысқа бейнені ауылдың WhatsApp "
                                "тобына «Өз жерімізде бізге қалай қарайтынын көріңдер» деген "
                                "сөзбен салды. Бір тәулік ішінде бейнені жүздеген адам көрді, "
                                "пікірлер ұлт тақырыбына ауысты, біреу тіпті өзбек отбасыларына "
                                "«сабақ беру керек» деп жазды. Келесі айда екі отбасында да той "
                                "болмақ, қонақтар көп күтілуде.</p><p>Ауылдық округтің әкімі "
                                "сізге, жергілікті қоғамдық медиаторға, қоңырау шалып: «Жұмаға "
                                "дейін осыны реттеп, оларға бір қағазға қол қойғызыңыз», — дейді. "
                                "Фарходтың ағасы аудандағы өзбек этномәдени орталығын басқарады "
                                "және көмектесуге дайын. Ал сіз Мұраттың үлкен ағасымен бір "
                                "мектепте оқығансыз.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В одном селе Туркестанской области "
                                "две соседние семьи, казахская и узбекская, двадцать лет "
                                "пользуются одним поливным арыком. Этим летом вода стала "
                                "приходить реже. Мурат говорит, что сосед Фарход по ночам "
                                "перекрывает арык и отводит воду в свой сад. Фарход отвечает, что "
                                "сыновья Мурата сломали небольшую запруду, которую он построил на "
                                "свои деньги. В прошлое воскресенье мужчины накричали друг на "
                                "друга прямо на улице.</p><p>Племянник Мурата снял ссору на "
                                "телефон и выложил короткое видео в сельскую группу WhatsApp с "
                                "подписью «Смотрите, как к нам относятся на нашей же земле». За "
                                "сутки видео посмотрели сотни людей, комментарии перешли на "
                                "национальность, а кто-то даже написал, что узбекские семьи надо "
                                "«проучить». В следующем месяце в обеих семьях намечены свадьбы, "
                                "ждут много гостей.</p><p>Аким сельского округа звонит вам, "
                                "местному общественному медиатору, и говорит: «Уладьте это до "
                                "пятницы, и пусть что-нибудь подпишут». Старший брат Фархода "
                                "возглавляет узбекский этнокультурный центр района и готов "
                                "помочь. А со старшим братом Мурата вы учились в одной школе.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Turkistan region "
                                "two neighbouring families, one Kazakh and one Uzbek, have shared "
                                "an irrigation ditch for twenty years. This summer the water has "
                                "come less often. Murat says that his neighbour Farhod blocks the "
                                "ditch at night and turns the water into his own orchard. Farhod "
                                "says that Murat’s sons broke the small dam he built with his own "
                                "money. Last Sunday the two men shouted at each other in the "
                                "street.</p><p>Murat’s nephew filmed the quarrel on his phone and "
                                "posted a short clip in the village WhatsApp group with the words "
                                "“Look how they treat us on our own land”. Within a day hundreds "
                                "of people had watched it, the comments turned to nationality, "
                                "and someone even wrote that the Uzbek families should be “taught "
                                "a lesson”. Both families have weddings planned for next month, "
                                "and many guests are expected.</p><p>The akim of the rural "
                                "district phones you, the local public mediator, and says: “Sort "
                                "this out by Friday and get them to sign something.” Farhod’s "
                                "elder brother heads the Uzbek ethnocultural centre in the "
                                "district and is ready to help. And you went to school with "
                                "Murat’s elder brother.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Әкімнің өтініші мен сіздің Мұраттың отбасымен мектептегі "
                                    "таныстығыңыз медиацияның қай қағидаттарына қатер төндіреді? "
                                    "Әрқайсысы бойынша не айтасыз немесе не істейсіз?"
                                ),
                                "ru": (
                                    "Каким принципам медиации угрожают просьба акима и ваше "
                                    "школьное знакомство с семьёй Мурата? Что вы скажете или "
                                    "сделаете в каждом случае?"
                                ),
                                "en": (
                                    "Which principles of mediation are put at risk by the akim’s "
                                    "request and by your school tie with Murat’s family? What "
                                    "will you say or do about each?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бейне мен пікірлерге қатысты алғашқы 48 сағатта не істейсіз "
                                    "және кімді тартасыз?"
                                ),
                                "ru": (
                                    "Что вы сделаете в первые 48 часов с видео и комментариями и "
                                    "кого привлечёте?"
                                ),
                                "en": (
                                    "What will you do in the first 48 hours about the video and "
                                    "the comments, and whom will you involve?"
                                ),
                            },
                            {
                                "kk": (
                                    "Мұрат пен Фарходтың сөздерінің артында қандай ұстанымдар мен "
                                    "мүдделерді көріп тұрсыз? «Олар түнде суымызды бөгеп "
                                    "тастайды» деген сөзді бейтарап мүдде ретінде қайта "
                                    "тұжырымдаңыз."
                                ),
                                "ru": (
                                    "Какие позиции и какие интересы вы видите за словами Мурата и "
                                    "Фархода? Переформулируйте фразу «они по ночам перекрывают "
                                    "нам воду» как нейтральный интерес."
                                ),
                                "en": (
                                    "Which positions and which interests do you see behind the "
                                    "words of Murat and Farhod? Reframe “they block our water at "
                                    "night” as a neutral interest."
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл іс бойынша жазбаша келісімде не болуға тиіс және "
                                    "тойлардан кейін оның орындалуын қалай қадағалайсыз?"
                                ),
                                "ru": (
                                    "Что должно быть в письменном соглашении по этому делу и как "
                                    "вы проконтролируете его исполнение после свадеб?"
                                ),
                                "en": (
                                    "What should a written agreement in this case contain, and "
                                    "how will you follow it up after the weddings?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Мектептегі Наурыз концерті",
                            "ru": "Концерт к Наурызу в школе",
                            "en": "The Nauryz concert at school",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл ойдан шығарылған мысал. Павлодар облысындағы аудан "
                                "орталығының бір мектебінде қазақ және орыс тілінде оқитын "
                                "сыныптар Наурызға арналған ортақ концертке дайындалып жатыр. "
                                "Ұйымдастырушы құрған бағдарламада нөмірлердің көбі қазақ "
                                "тілінде, ал орыс тілінде оқитын сыныптардың екі нөмірі уақыт "
                                "жетпегендіктен концертке екі күн қалғанда алынып тасталды. "
                                "Ата-аналар чатында бір ана «біздің балаларымыз мұнда керек емес» "
                                "деп жазды, екіншісі оған өткір жауап берді, ал скриншоттар "
                                "мектептен тыс таралып кетті.</p><p>Директор ата-аналар кеңесінен "
                                "қоғамдық медиатор шақыруды сұрады. Кездесу сабақтан кейін мектеп "
                                "кітапханасында өтеді және 40 минутқа созылады. Жаттығудың "
                                "мақсаты: рәсімді кіріспеден жазбаша келісімге дейін қысқа түрде "
                                "толық өткізу.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В школе районного центра Павлодарской "
                                "области классы с казахским и русским языком обучения готовят "
                                "общий концерт к Наурызу. В программе, которую составил "
                                "организатор, большинство номеров на казахском языке, а два "
                                "номера классов с русским языком обучения сняли из-за нехватки "
                                "времени за два дня до концерта. В родительском чате одна мама "
                                "написала, что «наши дети здесь не нужны», другая резко ответила, "
                                "и скриншоты разошлись за пределы школы.</p><p>Директор попросил "
                                "родительский совет пригласить общественного медиатора. Встреча "
                                "проходит в школьной библиотеке после уроков и длится 40 минут. "
                                "Цель упражнения: провести всю процедуру в сокращённом виде, от "
                                "вступления до письменного соглашения.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a school in a district town "
                                "in Pavlodar region, the Kazakh-medium and Russian-medium classes "
                                "are preparing a joint Nauryz concert. In the programme drawn up "
                                "by the organiser most numbers are in Kazakh, and two numbers "
                                "from the Russian-medium classes were cut for lack of time two "
                                "days before the concert. In the parents’ chat one mother wrote "
                                "that “our children are not wanted here”, another answered "
                                "sharply, and screenshots spread beyond the school.</p><p>The "
                                "director asked the parents’ council to invite a public mediator. "
                                "The meeting takes place in the school library after lessons and "
                                "lasts 40 minutes. The aim of the exercise is to run the whole "
                                "procedure in short form, from the opening to a written "
                                "agreement.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Медиатор",
                                    "ru": "Медиатор",
                                    "en": "Mediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Рәсімді қысқа түрде өткізіңіз: қағидаттар мен ережелер "
                                        "айтылатын кіріспе, әр тараптың әңгімесі, мүдделер, "
                                        "нұсқалар және қарапайым жазбаша келісім. Бейтарап "
                                        "болыңыз, концерт қай тілде өтуі керек екенін бағаламаңыз."
                                    ),
                                    "ru": (
                                        "Проведите процедуру в сокращённом виде: вступление с "
                                        "принципами и правилами, рассказ каждой стороны, "
                                        "интересы, варианты и простое письменное соглашение. "
                                        "Сохраняйте нейтральность и не оценивайте, на каком языке "
                                        "должен идти концерт."
                                    ),
                                    "en": (
                                        "Run the procedure in short form: an opening with the "
                                        "principles and rules, each party’s story, interests, "
                                        "options and a simple written agreement. Stay neutral and "
                                        "do not judge which language the concert should be in."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Әйгерім, қазақ тілінде оқитын сыныптағы оқушының анасы",
                                    "ru": (
                                        "Айгерим, мама ученика класса с казахским языком обучения"
                                    ),
                                    "en": "Aigerim, mother of a pupil in a Kazakh-medium class",
                                },
                                "brief": {
                                    "kk": (
                                        "Наурыздың қазақ әндерімен және салт-дәстүрімен "
                                        "тойланғанын қалайсыз, мұның «біреуге қарсы» деп "
                                        "айтылуынан шаршадыңыз. Чаттағы сөз сізді ренжітті. "
                                        "Мейрам өз мәнін сақтаса, ортақ бағдарламаға келісуге "
                                        "дайынсыз."
                                    ),
                                    "ru": (
                                        "Вы хотите, чтобы Наурыз праздновали с казахскими песнями "
                                        "и традициями, и устали слышать, что это «против "
                                        "кого-то». Вас задела фраза в чате. Вы согласитесь на "
                                        "общую программу, если праздник сохранит свой смысл."
                                    ),
                                    "en": (
                                        "You want Nauryz to be celebrated with Kazakh songs and "
                                        "traditions, and you are tired of hearing that this is "
                                        "“against someone”. The remark in the chat hurt you. You "
                                        "will accept a shared programme if the holiday keeps its "
                                        "meaning."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Светлана, орыс тілінде оқитын сыныптағы оқушының анасы",
                                    "ru": (
                                        "Светлана, мама ученицы класса с русским языком обучения"
                                    ),
                                    "en": "Svetlana, mother of a pupil in a Russian-medium class",
                                },
                                "brief": {
                                    "kk": (
                                        "Қызыңыз бір ай бойы би дайындады, ал концертке екі күн "
                                        "қалғанда оның нөмірі алынып тасталды. Ашулы хабарламаны "
                                        "сіз жаздыңыз және біраз өкінесіз, бірақ балаларыңызға "
                                        "бөтен адамдардай қарады деп ойлайсыз. Қызыңыздың сахнаға "
                                        "шыққанын қалайсыз және түсініктеме алғыңыз келеді."
                                    ),
                                    "ru": (
                                        "Ваша дочь месяц репетировала танец, и её номер сняли за "
                                        "два дня до концерта. Резкое сообщение написали вы и "
                                        "отчасти жалеете об этом, но чувствуете, что к вашим "
                                        "детям отнеслись как к чужим. Вы хотите, чтобы дочь "
                                        "выступила, и хотите получить объяснение."
                                    ),
                                    "en": (
                                        "Your daughter rehearsed a dance for a month, and her "
                                        "number was cut two days before the concert. You wrote "
                                        "the angry message and partly regret it, but you feel "
                                        "your children were treated as outsiders. You want your "
                                        "daughter to perform, and you want an explanation."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": (
                                        "Данияр, директордың орынбасары, концертті ұйымдастырушы"
                                    ),
                                    "ru": "Данияр, заместитель директора, организатор концерта",
                                    "en": "Daniyar, deputy director and concert organiser",
                                },
                                "brief": {
                                    "kk": (
                                        "Залға бір сағат қана уақыт берілді, нөмірлер тым көп "
                                        "болды, сіз сыныптарды ойламай, тізімнің реті бойынша "
                                        "қысқарттыңыз. Мектептің беделіне алаңдайсыз және "
                                        "мейрамға дейін чаттағы шу басылғанын қалайсыз."
                                    ),
                                    "ru": (
                                        "Зал дали всего на час, номеров было слишком много, и вы "
                                        "сокращали по порядку списка, не думая о классах. Вы "
                                        "беспокоитесь о репутации школы и хотите, чтобы чат "
                                        "успокоился до праздника."
                                    ),
                                    "en": (
                                        "You had the hall for only one hour and too many numbers, "
                                        "so you cut by the order of the list without thinking "
                                        "about classes. You worry about the school’s reputation "
                                        "and want the chat to calm down before the holiday."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор кіріспеде еріктілікті, құпиялылықты және кездесу "
                                    "ережелерін түсіндірді."
                                ),
                                "ru": (
                                    "Медиатор во вступлении объяснил добровольность, "
                                    "конфиденциальность и правила встречи."
                                ),
                                "en": (
                                    "In the opening the mediator explained voluntariness, "
                                    "confidentiality and the rules of the meeting."
                                ),
                            },
                            {
                                "kk": (
                                    "Әр тарап өз әңгімесін ешкім сөзін бөлмей айтып, оның қысқаша "
                                    "түйіндемесін естіді."
                                ),
                                "ru": (
                                    "Каждая сторона рассказала свою историю без перебиваний и "
                                    "услышала её краткое резюме."
                                ),
                                "en": (
                                    "Each party told their story without interruption and heard a "
                                    "short summary of it."
                                ),
                            },
                            {
                                "kk": (
                                    "Тіл мен ұлт туралы сөздер мүдделерге айналдырылды: мейрамның "
                                    "мәні, балалардың еңбегі, әділ іріктеу."
                                ),
                                "ru": (
                                    "Слова о языке и национальности переформулированы в интересы: "
                                    "смысл праздника, труд детей, справедливый отбор."
                                ),
                                "en": (
                                    "Words about language and nationality were reframed into "
                                    "interests: the meaning of the holiday, the children’s "
                                    "effort, a fair selection."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор бағдарлама туралы өз пікірін айтпады және ешкімді "
                                    "жақтамады."
                                ),
                                "ru": (
                                    "Медиатор не высказывал личного мнения о программе и не "
                                    "занимал ничью сторону."
                                ),
                                "en": (
                                    "The mediator gave no personal opinion about the programme "
                                    "and took no side."
                                ),
                            },
                            {
                                "kk": "Нұсқаларды медиатор емес, тараптардың өздері ұсынды.",
                                "ru": "Варианты предложили сами стороны, а не медиатор.",
                                "en": (
                                    "The options came from the parties themselves, not from the "
                                    "mediator."
                                ),
                            },
                            {
                                "kk": (
                                    "Келісімде кім, не істейтіні және қашанға дейін орындайтыны, "
                                    "соның ішінде ата-аналар чатына не жазылатыны көрсетілген."
                                ),
                                "ru": (
                                    "В соглашении указано, кто, что и к какому сроку делает, в "
                                    "том числе что будет написано в родительском чате."
                                ),
                                "en": (
                                    "The agreement states who does what and by when, including "
                                    "what will be posted in the parents’ chat."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "prompt": {
                            "kk": (
                                "Бүкіл курсқа көз жүгіртіңіз. Өз ауылыңызда, ауданыңызда немесе "
                                "бірлестігіңізде қай қағидатты немесе тәсілді қолдану сізге "
                                "бәрінен қиын болады және неліктен? Алдағы үш айда оны жаттықтыру "
                                "үшін жасайтын бір нақты қадамыңызды сипаттаңыз және біліктілікті "
                                "арттыру барысында оқығыңыз келетін бір тақырыпты атаңыз."
                            ),
                            "ru": (
                                "Оглянитесь на весь курс. Какой принцип или приём вам будет "
                                "труднее всего применять в своём селе, районе или объединении и "
                                "почему? Опишите один конкретный шаг, который вы сделаете в "
                                "ближайшие три месяца, чтобы его отработать, и назовите тему, "
                                "которую хотели бы изучить в рамках повышения квалификации."
                            ),
                            "en": (
                                "Look back at the whole course. Which principle or technique will "
                                "be hardest for you to apply in your own village, district or "
                                "association, and why? Describe one concrete step you will take "
                                "in the next three months to practise it, and name one topic you "
                                "would like to study in your continuing training."
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {
                                    "kk": "Қорытынды тест",
                                    "ru": "Итоговый тест",
                                    "en": "Final test",
                                },
                                "definition": {
                                    "kk": (
                                        "Курс соңында тапсырылатын, бүкіл курс бойынша білімді "
                                        "тексеретін тест; өту шегі — 70 пайыз."
                                    ),
                                    "ru": (
                                        "Тест по материалу всего курса, который сдаётся в конце "
                                        "обучения; проходной балл — 70 процентов."
                                    ),
                                    "en": (
                                        "A test of knowledge of the whole course, taken at the "
                                        "end; the pass mark is 70 per cent."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Талпыныс және қайта тапсыру",
                                    "ru": "Попытка и пересдача",
                                    "en": "Attempt and retake",
                                },
                                "definition": {
                                    "kk": (
                                        "Тестті бір рет тапсыру — талпыныс, ал сәтсіз талпыныстан "
                                        "кейін тестті тағы тапсыру — қайта тапсыру. Бұл курста ең "
                                        "көбі үш талпыныс беріледі."
                                    ),
                                    "ru": (
                                        "Одна сдача теста — это попытка, а повторная сдача после "
                                        "неудачной попытки — пересдача. В этом курсе даётся не "
                                        "более трёх попыток."
                                    ),
                                    "en": (
                                        "One sitting of the test is an attempt; taking it again "
                                        "after a failed attempt is a retake. This course allows "
                                        "up to three attempts."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Сертификат",
                                    "ru": "Сертификат",
                                    "en": "Certificate",
                                },
                                "definition": {
                                    "kk": (
                                        "Курсты аяқтап, қорытынды тесттен өткеніңізді растайтын "
                                        "құжат. Ол оқуды растайды, бірақ өздігінен қоғамдық "
                                        "медиатор мәртебесін бермейді."
                                    ),
                                    "ru": (
                                        "Документ, подтверждающий, что вы прошли курс и сдали "
                                        "итоговый тест. Он подтверждает обучение, но сам по себе "
                                        "не даёт статуса общественного медиатора."
                                    ),
                                    "en": (
                                        "A document confirming that you completed the course and "
                                        "passed the final test. It confirms your training but "
                                        "does not by itself give the status of a public mediator."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиаторлар тізілімі",
                                    "ru": "Реестр медиаторов",
                                    "en": "Register of mediators",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиаторлардың ресми тізімі; қоғамдық медиатор "
                                        "жергілікті қоғамдастық сайлағаннан кейін қоғамдық "
                                        "медиаторлар тізіліміне енгізіледі."
                                    ),
                                    "ru": (
                                        "Официальный перечень медиаторов; общественный медиатор "
                                        "вносится в реестр общественных медиаторов после избрания "
                                        "местным сообществом."
                                    ),
                                    "en": (
                                        "The official list of mediators; a public mediator is "
                                        "entered in the register of public mediators after being "
                                        "elected by the local community."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Біліктілікті арттыру",
                                    "ru": "Повышение квалификации",
                                    "en": "Continuing training (CPD)",
                                },
                                "definition": {
                                    "kk": (
                                        "Курстан кейінгі оқу, ол біліктіліктің күшін сақтайды: "
                                        "бағдарлама ережелері бойынша әр үш жыл ішінде кемінде 16 "
                                        "академиялық сағат."
                                    ),
                                    "ru": (
                                        "Обучение после курса, которое сохраняет квалификацию "
                                        "действующей: по правилам программы не менее 16 "
                                        "академических часов за каждые три года."
                                    ),
                                    "en": (
                                        "Training after the course that keeps the qualification "
                                        "valid: under the programme rules, at least 16 academic "
                                        "hours in every three years."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Дауды реттеу туралы келісім",
                                    "ru": "Соглашение об урегулировании спора",
                                    "en": "Settlement agreement",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиацияның тараптар қол қойған жазбаша нәтижесі; онда "
                                        "кім, не істейтіні және қай мерзімге дейін орындайтыны "
                                        "қарапайым сөзбен жазылады."
                                    ),
                                    "ru": (
                                        "Письменный итог медиации, подписанный сторонами; в нём "
                                        "простыми словами записано, кто, что и к какому сроку "
                                        "делает."
                                    ),
                                    "en": (
                                        "The written result of a mediation, signed by the "
                                        "parties; it states in plain words who does what and by "
                                        "when."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
