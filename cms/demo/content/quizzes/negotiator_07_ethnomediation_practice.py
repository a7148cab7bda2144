"""Module 7 quiz of the negotiator-ethnomediator course: ethnomediation practice."""

QUIZ = {
    "module": "ethnomediation-practice",
    "title": {"kk": "7-модуль бойынша тест", "ru": "Тест по модулю 7", "en": "Module 7 test"},
    "intro": {
        "kk": (
            "<p>Бұл тест этномедиация тәжірибесі модулінің идеяларын қалай қолданатыныңызды "
            "тексереді: алдын алу және ерте ескерту, оқиғадан кейінгі алғашқы сағаттар, "
            "жергілікті институттармен жұмыс және татуластырудың дәстүрлі нысандары. Сұрақтардың "
            "көбі Қазақстандағы ауылдағы немесе қаладағы қысқа жағдаятты сипаттайды.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, как вы применяете идеи модуля о практике этномедиации: "
            "профилактику и раннее предупреждение, первые часы после инцидента, работу с местными "
            "институтами и традиционные формы примирения. Большинство вопросов описывают короткую "
            "ситуацию в казахстанском селе или городе.</p>"
        ),
        "en": (
            "<p>This test checks how you apply the ideas of the module on ethnomediation "
            "practice: prevention and early warning, the first hours after an incident, work with "
            "local institutions and traditional forms of reconciliation. Most questions describe "
            "a short situation in a Kazakhstan village or town.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "market-video-first-hours",
            "text": {
                "kk": (
                    "<p>Сенбі күні кешке, аудан орталығы. Базарда екі саудагер мен олардың ұлдары "
                    "төбелескеннен кейін бір жігіт ауруханаға түсті. Төбелестің бейнежазбасы "
                    "жергілікті WhatsApp топтарында «Олар біздікілерді ұрды. Ертең таңертең "
                    "бәріміз базарға жиналамыз» деген жазумен тарап жатыр. Аудан әкімінің "
                    "орынбасары ертең түстен кейін ғана оралады. Этномедиатор <strong>бүгін "
                    "кешке</strong> не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>Суббота, вечер, районный центр. После драки двух торговцев и их сыновей "
                    "на рынке один молодой человек попал в больницу. Видео драки расходится по "
                    "местным группам WhatsApp с подписью «Наших избили. Все завтра утром на "
                    "рынок». Заместитель акима района вернётся только завтра после обеда. Что "
                    "этномедиатору следует сделать <strong>сегодня вечером</strong>?</p>"
                ),
                "en": (
                    "<p>Saturday evening, a district centre. After a fight between two traders "
                    "and their sons at the market, one young man is in hospital. A video of the "
                    "fight is spreading in local WhatsApp groups with the caption “They beat up "
                    "ours. Everyone to the market tomorrow morning.” The deputy akim of the "
                    "district is away until tomorrow afternoon. What should the ethnomediator do "
                    "<strong>tonight</strong>?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Жедел ден қою жоспары бойынша әрекет ету: келісілген қоңырау "
                            "тізіміндегі адамдарға хабарлау, расталмаған ақпаратты белгілеп, "
                            "деректер парағын жасау және әр тараптың сыйлы адамдарынан өз "
                            "адамдарын сабырға шақыруды жеке-жеке өтіну."
                        ),
                        "ru": (
                            "Действовать по плану оперативного реагирования: сообщить людям из "
                            "согласованного списка звонков, составить справку о фактах с "
                            "пометкой, что не подтверждено, и попросить уважаемых людей каждой "
                            "стороны, по отдельности, успокоить своих."
                        ),
                        "en": (
                            "Follow the rapid-response plan: inform the people on the agreed call "
                            "list, write a fact sheet that marks what is not confirmed, and ask "
                            "the respected people of each side, separately, to calm their own "
                            "people."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Оқиғаның жергілікті күйінде қалуын алғашқы сағаттар шешеді; "
                            "күтіп отырсаңыз, бос орынды қауесет толтырады."
                        ),
                        "ru": (
                            "Верно. Первые часы решают, останется ли инцидент местным; если "
                            "ждать, тишину заполнят слухи."
                        ),
                        "en": (
                            "Right. The first hours decide whether the incident stays local; if "
                            "you wait, rumours fill the silence."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жағдай анықталғанша ештеңе айтпау үшін аудан әкімінің орынбасары "
                            "ертең оралғанша күту."
                        ),
                        "ru": (
                            "Дождаться завтрашнего возвращения заместителя акима, чтобы ничего не "
                            "говорить, пока ситуация не прояснится."
                        ),
                        "en": (
                            "Wait until the deputy akim is back tomorrow, so that nothing is said "
                            "before the situation becomes clear."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "«Жағдай анықталғанша» күту — жиі кездесетін қателік: бос орынды "
                            "қауесет толтырады, ал жұрт ертең таңертең жиналуға шақырылып отыр."
                        ),
                        "ru": (
                            "Ждать, «пока всё прояснится», — типичная ошибка: тишину заполняют "
                            "слухи, а людей зовут на рынок уже завтра утром."
                        ),
                        "en": (
                            "Waiting “until things become clear” is a common mistake: rumours "
                            "fill the silence, and people are being called to the market tomorrow "
                            "morning."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бәрі не болғанын көруі үшін бейнежазбаны зорлық-зомбылықты "
                            "айыптайтын жазумен бірлестік жетекшілеріне жіберу."
                        ),
                        "ru": (
                            "Переслать видео руководителям объединений с комментарием, осуждающим "
                            "насилие, чтобы все видели, что произошло."
                        ),
                        "en": (
                            "Forward the video to the association leaders with a note condemning "
                            "the violence, so that everyone sees what happened."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бейнежазбаларды және расталмаған хабарларды, тіпті айыптау үшін "
                            "болса да, қайта таратпаңыз: бұл оларды одан әрі таратады."
                        ),
                        "ru": (
                            "Не пересылайте видео и неподтверждённые сообщения, даже чтобы их "
                            "осудить: так они распространяются дальше."
                        ),
                        "en": (
                            "Do not forward videos or unconfirmed messages, even to condemn them: "
                            "this spreads them further."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Аудандық чатқа бұл екі ұлттың арасындағы қақтығыс екенін және екі "
                            "қауымдастық та сабыр сақтауы керектігін жазу."
                        ),
                        "ru": (
                            "Написать в районном чате, что это конфликт двух национальностей и "
                            "обеим общинам нужно успокоиться."
                        ),
                        "en": (
                            "Post in the district chat that this is a conflict between two "
                            "nationalities and that both communities must calm down."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл көлік қоятын орын туралы дауды этносаралық дау деп атайды. "
                            "Адамдарды ұлтымен емес, әрекетімен атаңыз: «екі саудагер»."
                        ),
                        "ru": (
                            "Так спор из-за места для парковки называют межэтническим. Описывайте "
                            "людей по действиям («двое торговцев»), а не по национальности."
                        ),
                        "en": (
                            "This labels a parking dispute as interethnic. Describe people by "
                            "their actions (“two traders”), not by their ethnicity."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жедел ден қою жоспары кім кімге хабарласатынын белгілейді, расталған "
                    "деректерді қауесеттен ажыратады және әр тараптың жетекшілерімен жеке-жеке "
                    "жұмыс істеуге мүмкіндік береді. Күту, бейнежазбаны тарату және ұлттық "
                    "белгілер оқиғаның кеңінен таралуына жол ашады."
                ),
                "ru": (
                    "План оперативного реагирования определяет, кто кому звонит, отделяет "
                    "подтверждённые факты от слухов и позволяет работать с лидерами каждой "
                    "стороны по отдельности. Ожидание, пересылка видео и этнические ярлыки "
                    "помогают инциденту разрастись."
                ),
                "en": (
                    "The rapid-response plan sets who calls whom, separates confirmed facts from "
                    "rumours and lets you work with the leaders of each side separately. Waiting, "
                    "forwarding the video and ethnic labels all help the incident spread."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "early-warning-signs",
            "text": {
                "kk": (
                    "<p>Ауылдық округ диалог алаңы үшін белгілерді қарапайым журналға жазып "
                    "отырады. Төмендегі жазбалардың қайсысы шиеленіс өсіп келе жатқанының "
                    "<strong>ерте ескерту белгілері</strong> болып табылады?</p>"
                ),
                "ru": (
                    "<p>Сельский округ ведёт простой журнал сигналов для диалоговой площадки. "
                    "Какие из этих записей — <strong>признаки раннего предупреждения</strong> "
                    "растущей напряжённости?</p>"
                ),
                "en": (
                    "<p>A rural district keeps a simple log of signals for its dialogue platform. "
                    "Which of these entries are <strong>early warning signs</strong> of growing "
                    "tension?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Бір көшенің тұрғындары үшінші ай қатарынан жайылымның қалай "
                            "бөлінетініне шағымданып жүр."
                        ),
                        "ru": (
                            "Жители одной улицы третий месяц подряд жалуются на то, как делят "
                            "пастбище."
                        ),
                        "en": (
                            "For the third month running, residents of one street complain about "
                            "how the pasture is shared."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Бір ресурсқа (су, жайылым, жер) қатысты қайталанатын шағымдар — "
                            "ерте ескертудің айқын белгісі."
                        ),
                        "ru": (
                            "Да. Повторяющиеся жалобы на один и тот же ресурс (вода, пастбище, "
                            "земля) — типичный признак раннего предупреждения."
                        ),
                        "en": (
                            "Yes. Repeated complaints about the same resource (water, pasture, "
                            "land) are a typical early warning sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ауыл чатындағы жазбалардың астында бір қауымдастықты қорлайтын "
                            "пікірлер пайда болды."
                        ),
                        "ru": (
                            "Под постами в сельском чате появляются оскорбительные комментарии об "
                            "одной из общин."
                        ),
                        "en": (
                            "Insulting comments about one community appear under posts in the "
                            "village chat."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Жергілікті чаттардағы қорлайтын жазбалар мен пікірлер — ескерту "
                            "белгісі."
                        ),
                        "ru": (
                            "Да. Оскорбительные посты и комментарии в местных чатах — тревожный "
                            "признак."
                        ),
                        "en": (
                            "Yes. Insulting posts and comments in local chats are a warning sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ауылдың екі шетінен келетін балалар мектепте енді бірге футбол "
                            "ойнамайды."
                        ),
                        "ru": (
                            "Мальчики с двух концов села больше не играют вместе в футбол в школе."
                        ),
                        "en": (
                            "Boys from the two ends of the village no longer play football "
                            "together at school."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Мектепте немесе спортта бір-бірімен араласуды қойған жастар "
                            "топтары — ескерту белгісі."
                        ),
                        "ru": (
                            "Да. Молодёжные группы, которые перестали общаться в школе или в "
                            "спорте, — тревожный признак."
                        ),
                        "en": (
                            "Yes. Youth groups that stop mixing at school or in sport are a "
                            "warning sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әкімдіктен бір қауымдастық «көбірек алады» деген қауесет тарап жүр."
                        ),
                        "ru": "Ходит слух, что одна из общин «получает больше» от акимата.",
                        "en": (
                            "A rumour is going round that one community “gets more” from the "
                            "akimat."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Әкімдіктен кім «көбірек алады» деген қауесет — ескерту белгісі."
                        ),
                        "ru": (
                            "Да. Слухи о том, кто «получает больше» от акимата, — тревожный "
                            "признак."
                        ),
                        "en": (
                            "Yes. Rumours about who “gets more” from the akimat are a warning sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әр түрлі ұлт отбасылары Наурызға ортақ дастарқан әзірлеп жатыр.",
                        "ru": (
                            "Семьи разных национальностей вместе готовят общий дастархан к Наурызу."
                        ),
                        "en": (
                            "Families of different backgrounds are preparing a shared dastarkhan "
                            "for Nauryz."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл ескерту белгісі емес, алдын алу жұмысы: ортақ іс адамдарды "
                            "жақындастырады."
                        ),
                        "ru": (
                            "Это профилактика, а не тревожный признак: общее дело сближает людей."
                        ),
                        "en": (
                            "This is prevention work, not a warning sign: a shared task brings "
                            "people closer."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тоқсан сайынғы диалог алаңында су кестесі талқыланды.",
                        "ru": "На ежеквартальной диалоговой площадке обсуждали график полива.",
                        "en": "The quarterly dialogue platform discussed the irrigation schedule.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Нақты күн тәртібі бар тұрақты кездесу — шиеленістің белгісі емес, "
                            "алдын алу жұмысы."
                        ),
                        "ru": (
                            "Регулярная встреча с практической повесткой — это профилактика, а не "
                            "признак напряжённости."
                        ),
                        "en": (
                            "A regular meeting with a practical agenda is prevention, not a sign "
                            "of tension."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ерте ескерту белгілері: бір ресурсқа қатысты қайталанатын шағымдар, "
                    "қорлайтын жазбалар, бір-бірінен оқшауланған жастар топтары, әділетсіздік "
                    "туралы қауесет, қабырғадағы жазулар және отбасылардың көшіп кетуі. Бір белгі "
                    "әлі дағдарыс емес, бірақ тізімнің өсуі — әрекет етуге себеп."
                ),
                "ru": (
                    "Признаки раннего предупреждения: повторяющиеся жалобы на один ресурс, "
                    "оскорбительные посты, обособленные молодёжные группы, слухи о "
                    "несправедливости, надписи на стенах и отъезд семей. Один сигнал — ещё не "
                    "кризис, но растущий список — повод действовать."
                ),
                "en": (
                    "Early warning signs include repeated complaints about one resource, "
                    "insulting posts, youth groups that keep apart, rumours of unfair treatment, "
                    "graffiti and families moving away. One signal is not yet a crisis, but a "
                    "growing list is a reason to act."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "elders-decision-not-binding",
            "text": {
                "kk": (
                    "<p>Ауылда ақсақалдар кеңесі екі отбасының татуласу шарттарын мақұлдады. "
                    "Ақсақалдар сөзінің моральдық салмағы зор болғандықтан, екі отбасы да енді "
                    "бұл шарттарды қабылдауға міндетті.</p>"
                ),
                "ru": (
                    "<p>В селе совет аксакалов одобрил условия примирения двух семей. Поскольку "
                    "слово аксакалов имеет большой моральный вес, обе семьи теперь обязаны "
                    "принять эти условия.</p>"
                ),
                "en": (
                    "<p>In a village, the council of elders has approved the terms of "
                    "reconciliation between two families. Because the elders' word carries great "
                    "moral weight, both families are now obliged to accept these terms.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Қате. Үлкеннің рөлі — шарт қою емес, қолдау көрсету. Дәстүрлі нысандар "
                    "«Медиация туралы» Заңның қағидаттарына, соның ішінде еріктілікке сай болуы "
                    "тиіс: «ақсақалдар шешті» деген сөз адамның өзі келіспейтін шарттарды "
                    "қабылдауына негіз емес."
                ),
                "ru": (
                    "Неверно. Роль старейшины — поддержать, а не диктовать условия. Традиционные "
                    "формы должны соответствовать принципам Закона «О медиации», в том числе "
                    "добровольности: «аксакалы решили» — не повод принимать условия, с которыми "
                    "человек не согласен."
                ),
                "en": (
                    "False. The elder's role is to support, not to dictate terms. Traditional "
                    "forms must fit the principles of the Law “On Mediation”, including "
                    "voluntariness: “the elders have decided” is no reason for anyone to accept "
                    "terms they disagree with."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "dialogue-platform-term",
            "text": {
                "kk": (
                    "<p>Ауданда этномәдени бірлестіктердің басшылары, әкімдік өкілі, учаскелік "
                    "полиция инспекторы, мектеп директорлары, ақсақалдар мен діни жетекшілер "
                    "тоқсанына бір рет жиналып, су кестесін, жолдарды және алдағы іс-шараларды "
                    "талқылайды. Мұндай тұрақты кездесу қалай аталады? (екі сөз)</p>"
                ),
                "ru": (
                    "<p>В районе руководители этнокультурных объединений, представитель акимата, "
                    "участковый инспектор полиции, директора школ, аксакалы и религиозные лидеры "
                    "раз в квартал встречаются и обсуждают график полива, дороги и ближайшие "
                    "мероприятия. Как называется такая регулярная встреча? (два слова)</p>"
                ),
                "en": (
                    "<p>In a district, the heads of ethnocultural associations, a representative "
                    "of the akimat, the local police inspector, school principals, aksakals and "
                    "religious leaders meet once a quarter to discuss the irrigation schedule, "
                    "roads and coming events. What is such a regular meeting called? (two "
                    "words)</p>"
                ),
            },
            "answers": {
                "kk": [{"text": "диалог алаң*", "fraction": 1.0}],
                "ru": [
                    {"text": "диалогов* площадк*", "fraction": 1.0},
                    {"text": "площадк* диалога", "fraction": 1.0},
                ],
                "en": [{"text": "dialog* platform*", "fraction": 1.0}],
            },
            "general_feedback": {
                "kk": (
                    "Диалог алаңы — қауымдастық жетекшілерінің, жергілікті биліктің, полицияның, "
                    "мектептердің және діни жетекшілердің тұрақты кездесуі. Бір-бірінің жүзін "
                    "және телефон нөмірін бұрыннан білетін адамдар қиын сәтте сабырмен сөйлеседі."
                ),
                "ru": (
                    "Диалоговая площадка — регулярная встреча лидеров общин, местной власти, "
                    "полиции, школ и религиозных лидеров. Люди, которые уже знают друг друга в "
                    "лицо и по телефону, в трудный момент разговаривают спокойно."
                ),
                "en": (
                    "A dialogue platform is a regular meeting of community leaders, local "
                    "authorities, police, schools and religious leaders. People who already know "
                    "each other's faces and phone numbers talk calmly when trouble starts."
                ),
            },
        },
        {
            "type": "matching",
            "name": "local-institutions-roles",
            "text": {
                "kk": (
                    "<p>Әр жергілікті институтты оның дауда не істей алатынымен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Соотнесите каждый местный институт с тем, что он может сделать в споре.</p>"
                ),
                "en": "<p>Match each local institution with what it can do in a dispute.</p>",
            },
            "pairs": [
                {
                    "prompt": {"kk": "Әкімдік", "ru": "Акимат", "en": "Akimat"},
                    "answer": {
                        "kk": (
                            "Жер телімдері, суару кестесі, базарлар сияқты нақты мәселелерді "
                            "шешеді, орын мен ресурс бере алады"
                        ),
                        "ru": (
                            "Решает практические вопросы — земельные участки, график полива, "
                            "рынки — и может предоставить помещение и ресурсы"
                        ),
                        "en": (
                            "Decides practical questions such as land plots, irrigation schedules "
                            "and markets, and can provide a venue and resources"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Учаскелік полиция инспекторы",
                        "ru": "Участковый инспектор полиции",
                        "en": "Local police inspector",
                    },
                    "answer": {
                        "kk": (
                            "Қоғамдық тәртіп пен тұрғындардың қауіпсіздігіне жауап береді, құқық "
                            "бұзушылықтармен жұмыс істейді"
                        ),
                        "ru": (
                            "Отвечает за общественный порядок и безопасность жителей, работает с "
                            "правонарушениями"
                        ),
                        "en": (
                            "Is responsible for public order and residents' safety and deals with "
                            "offences"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Этномәдени бірлестік",
                        "ru": "Этнокультурное объединение",
                        "en": "Ethnocultural association",
                    },
                    "answer": {
                        "kk": (
                            "Өз қауымдастығының тілін, салт-дәстүрін және алаңдаушылығын біледі, "
                            "шешімді адамдар қабылдайтындай етіп түсіндіре алады"
                        ),
                        "ru": (
                            "Знает язык, обычаи и заботы своей общины и может объяснить решение "
                            "так, чтобы люди его приняли"
                        ),
                        "en": (
                            "Knows its community's language, customs and worries and can explain "
                            "a decision in a way people accept"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Ақсақалдар кеңесі",
                        "ru": "Совет аксакалов",
                        "en": "Council of elders (aksakals)",
                    },
                    "answer": {
                        "kk": "Келісімге моральдық салмақ береді, бірақ оны тараптарға таңбайды",
                        "ru": "Придаёт договорённости моральный вес, но не навязывает её сторонам",
                        "en": (
                            "Gives an agreement moral weight but does not impose it on the parties"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Діни жетекші",
                        "ru": "Религиозный лидер",
                        "en": "Religious leader",
                    },
                    "answer": {
                        "kk": "Дінге сенушілер құрметтейтін сөзбен сабыр мен кешірімге шақырады",
                        "ru": (
                            "Призывает к спокойствию и прощению словами, которые уважают верующие"
                        ),
                        "en": "Calls for calm and forgiveness in words that believers respect",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Әр дау өз өкілеттігі мен шегі бар институттарды қозғайды. Әкімдікке нақты "
                    "мәселені жеткізіңіз, полиция инспекторына ертерек хабарлаңыз, дауға қатысты "
                    "барлық бірлестіктің жетекшілерімен жұмыс істеңіз, әр қауымдастықтан "
                    "ақсақалдарды шақырыңыз, ал діни жетекшімен әңгімені нақты дау төңірегінде "
                    "ұстаңыз."
                ),
                "ru": (
                    "Каждый спор затрагивает институты со своими полномочиями и пределами. Несите "
                    "в акимат практическую проблему, сообщайте участковому заранее, работайте с "
                    "лидерами всех затронутых объединений, приглашайте аксакалов от каждой "
                    "общины, а разговор с религиозным лидером держите в рамках практического "
                    "спора."
                ),
                "en": (
                    "Every dispute touches institutions with their own powers and limits. Bring "
                    "the akimat the practical problem, inform the police inspector early, work "
                    "with the leaders of all the associations concerned, invite elders from every "
                    "community and keep the conversation with a religious leader on the practical "
                    "dispute."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "incident-response-sequence",
            "text": {
                "kk": (
                    "<p>Аялдамада жігіттер төбелескеннен кейін аудандық чатта қауесет тарай "
                    "бастады. Этномедиатордың қадамдарын сабақта ұсынылған ретпен "
                    "орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>После драки молодых людей на автобусной остановке в районном чате "
                    "поползли слухи. Расположите шаги этномедиатора в порядке, который "
                    "рекомендует урок.</p>"
                ),
                "en": (
                    "<p>After a fight between young men at a bus stop, rumours are spreading in "
                    "the district chat. Put the ethnomediator's steps in the order the lesson "
                    "recommends.</p>"
                ),
            },
            "items": [
                {
                    "kk": (
                        "Келісілген қоңырау тізіміндегі адамдарға хабарлап, расталған деректер "
                        "парағын жасау"
                    ),
                    "ru": (
                        "Сообщить людям из согласованного списка звонков и составить справку о "
                        "подтверждённых фактах"
                    ),
                    "en": (
                        "Inform the people on the agreed call list and write a fact sheet of "
                        "confirmed facts"
                    ),
                },
                {
                    "kk": (
                        "Әр тараптың сыйлы адамдарымен жеке-жеке кездесіп, өз адамдарын сабырға "
                        "шақыруды өтіну"
                    ),
                    "ru": (
                        "Встретиться с уважаемыми людьми каждой стороны по отдельности и "
                        "попросить их успокоить своих"
                    ),
                    "en": (
                        "Meet the respected people of each side separately and ask them to calm "
                        "their own people"
                    ),
                },
                {
                    "kk": "Эмоция басылған соң екі тараптың жетекшілерін бір үстел басына жинау",
                    "ru": "Когда эмоции позволят, собрать лидеров обеих сторон за одним столом",
                    "en": "When emotions allow, bring the leaders of both sides to one table",
                },
                {
                    "kk": (
                        "Келесі апталарда нақты себепке (мысалы, аялдамадағы жарыққа) қайта "
                        "оралып, екі қауымдастықпен бірге ортақ іс-шара дайындау"
                    ),
                    "ru": (
                        "В следующие недели вернуться к практической причине (например, освещению "
                        "на остановке) и вместе с обеими общинами подготовить общее мероприятие"
                    ),
                    "en": (
                        "In the following weeks, return to the practical cause (for example, "
                        "lighting at the bus stop) and prepare a joint event with both communities"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Алдымен қоңырау тізімі мен деректер, содан кейін әр тараптың сыйлы "
                    "адамдарымен жеке кездесу, эмоция басылған соң бірлескен кездесу. Жұрт "
                    "тарағанымен, дағдарыс бітпейді: кейінгі жұмыс нақты себепті шешіп, "
                    "қарым-қатынастың жалғасып жатқанын көрсетеді."
                ),
                "ru": (
                    "Сначала список звонков и факты, затем раздельные встречи с уважаемыми людьми "
                    "каждой стороны, затем совместная встреча, когда эмоции позволят. Кризис не "
                    "заканчивается, когда толпа расходится: последующая работа решает "
                    "практическую причину и показывает, что отношения продолжаются."
                ),
                "en": (
                    "First the call list and the facts, then separate meetings with each side's "
                    "respected people, then a joint meeting when emotions allow. The crisis is "
                    "not over when the crowd goes home: follow-up deals with the practical cause "
                    "and shows that relations go on."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "aksakal-dastarkhan-tonight",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы ауыл. Жаңа суару кестесіне байланысты екі фермер су "
                    "бөлгіштің жанында бірін-бірі итеріп жіберді, ал ауыл чатында «олар біздің "
                    "суымызды алып жатыр» деген жазбалар шықты. Алғашқы кездесуде сыйлы ақсақал: "
                    "«Бүгін кешке дастарқан басында қол алыссын, сонымен бітсін», — деп ұсынады. "
                    "Этномедиатордың ең дұрыс жауабы қайсы?</p>"
                ),
                "ru": (
                    "<p>Село в Туркестанской области. Из-за нового графика полива двое фермеров "
                    "толкнули друг друга у водораспределителя, а в сельском чате появились посты "
                    "«они забирают нашу воду». На первой встрече уважаемый аксакал предлагает: "
                    "«Пусть сегодня вечером пожмут руки за дастарханом, и дело закрыто». Какой "
                    "ответ этномедиатора лучший?</p>"
                ),
                "en": (
                    "<p>A village in Turkistan region. Over the new irrigation schedule two "
                    "farmers pushed each other at the sluice gate, and posts in the village chat "
                    "say “they are taking our water”. At the first meeting a respected aksakal "
                    "proposes: “Let them shake hands at a dastarkhan this evening, and the matter "
                    "is closed.” What is the ethnomediator's best response?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ақсақалға алғыс айтып, оған құрметті рөл беру, әр фермерден ақсақал "
                            "мен дастарқанды қатыстырғысы келе ме деп жеке-жеке сұрау, ал "
                            "дастарқанды кесте туралы келісімге қол жеткізілгеннен кейін оның "
                            "соңғы нүктесі ретінде қалдыру."
                        ),
                        "ru": (
                            "Поблагодарить аксакала и дать ему почётную роль, спросить каждого "
                            "фермера отдельно, хочет ли он участия аксакала и дастархана, а "
                            "дастархан оставить как завершение договорённости о графике, когда "
                            "она будет достигнута."
                        ),
                        "en": (
                            "Thank the aksakal and give him a respected role, ask each farmer "
                            "separately whether he wants the elder and a dastarkhan involved, and "
                            "keep the dastarkhan to crown an agreement on the schedule once it is "
                            "reached."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Дастарқан әңгіменің орнын баспай, келісімнің соңғы нүктесі "
                            "болуы керек, ал оны қатыстыру-қатыстырмауды әр тарап өзі еркін "
                            "таңдайды."
                        ),
                        "ru": (
                            "Верно. Трапеза должна венчать договорённость, а не заменять "
                            "разговор, и каждая сторона свободно решает, нужна ли она."
                        ),
                        "en": (
                            "Right. The meal should crown the agreement, not replace the "
                            "conversation, and each party freely decides whether to involve it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келісу: той маусымына дейін тез қол алысу — бүкіл ауыл үшін ең жақсы "
                            "нәтиже."
                        ),
                        "ru": (
                            "Согласиться: быстро пожать руки до сезона свадеб — лучший исход для "
                            "всего села."
                        ),
                        "en": (
                            "Agree: a quick handshake before the wedding season is the best "
                            "outcome for the whole village."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мәселе шешілмей тұрып берілген ас зардап шеккен тарапта өкпесі "
                            "жуып-шайылды деген сезім қалдыруы мүмкін; кесте мәселесі шешілмей "
                            "қалады."
                        ),
                        "ru": (
                            "Угощение до того, как вопрос решён, может оставить у пострадавшей "
                            "стороны чувство, что её обиду «замяли»; проблема графика остаётся "
                            "нерешённой."
                        ),
                        "en": (
                            "A meal served before the issue is settled can leave the injured side "
                            "feeling that its grievance was “hushed up”; the schedule problem "
                            "remains unsolved."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ақсақалға заң бойынша медиацияда дәстүрлі нысандарға орын жоқ екенін "
                            "айтып, кетуін өтіну."
                        ),
                        "ru": (
                            "Сказать аксакалу, что по закону традиционным формам нет места в "
                            "медиации, и попросить его уйти."
                        ),
                        "en": (
                            "Tell the aksakal that under the law traditional forms have no place "
                            "in mediation, and ask him to leave."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Дәстүрлі нысандар келісімге салмақ бере алады; оларды алып тастау "
                            "емес, заң қағидаттарына сай қолдану керек. Ақсақалды шеттетсеңіз, "
                            "маңызды одақтастан айырыласыз."
                        ),
                        "ru": (
                            "Традиционные формы могут придать договорённости вес; их нужно не "
                            "исключать, а применять в соответствии с принципами закона. Отстранив "
                            "аксакала, вы теряете ценного союзника."
                        ),
                        "en": (
                            "Traditional forms can give an agreement weight; they should be used "
                            "in line with the law's principles, not excluded. Pushing the elder "
                            "aside also loses a valuable ally."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі отбасы да құрметтейтіндіктен, жаңа суару кестесін ақсақалдың өзі "
                            "белгілеуін сұрау."
                        ),
                        "ru": (
                            "Попросить аксакала самому установить новый график полива, раз его "
                            "уважают обе семьи."
                        ),
                        "en": (
                            "Ask the aksakal to set the new irrigation schedule himself, since "
                            "both families respect him."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Суармалы суды уәкілетті органдар бөледі, ал үлкеннің рөлі — "
                            "тараптардың орнына шешу емес, олардың келісімін қолдау."
                        ),
                        "ru": (
                            "Поливную воду распределяют уполномоченные органы, а роль старейшины "
                            "— поддержать договорённость сторон, а не решать за них."
                        ),
                        "en": (
                            "Irrigation water is allocated by the competent authorities, and the "
                            "elder's role is to support the parties' agreement, not to decide for "
                            "them."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Татуластырудың дәстүрлі нысандары тараптардың келісімімен және еріктілік пен "
                    "бейтараптық қағидаттары шегінде қолданылады. Үлкен қолдайды, тараптар "
                    "шешеді, ал нақты себеп (суару кестесі) оны өзгерте алатындарға жеткізіледі."
                ),
                "ru": (
                    "Традиционные формы примирения используются с согласия сторон и в рамках "
                    "принципов добровольности и нейтральности. Старейшина поддерживает, стороны "
                    "решают, а практическая причина (график полива) передаётся тем, кто может её "
                    "изменить."
                ),
                "en": (
                    "Traditional forms of reconciliation are used with the parties' consent and "
                    "within the principles of voluntariness and neutrality. The elder supports, "
                    "the parties decide, and the practical cause (the irrigation schedule) is "
                    "taken to those who can change it."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "limits-of-the-role",
            "text": {
                "kk": (
                    "<p>Даулы жер телімі үшін көршілер төбелесіп, бір адам жарақат алды; полиция "
                    "тексеру бастады. Төмендегі қадамдардың қайсысы этномедиатор рөлінің "
                    "<strong>шегінен шығады</strong>? Барлық сәйкес нұсқаны таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Соседи подрались из-за спорного земельного участка, один человек получил "
                    "травму; полиция начала проверку. Какие из этих шагов <strong>выходят за "
                    "пределы</strong> роли этномедиатора? Выберите все подходящие.</p>"
                ),
                "en": (
                    "<p>Neighbours fought over a disputed land plot and one man was injured; the "
                    "police have started a check. Which of these steps go <strong>beyond</strong> "
                    "the ethnomediator's role? Select all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Көршісін ұрған адамның отбасына қылмыстық іс жабылады деп уәде беру"
                        ),
                        "ru": (
                            "Пообещать семье того, кто ударил соседа, что уголовное дело закроют"
                        ),
                        "en": (
                            "Promise the family of the man who hit his neighbour that the "
                            "criminal case will be closed"
                        ),
                    },
                    "fraction": 0.34,
                    "feedback": {
                        "kk": (
                            "Иә, бұл рөлден тыс. Іс жабылады деп ешқашан уәде бермеңіз: сіз "
                            "басқалардың атынан кепілдік бермейсіз."
                        ),
                        "ru": (
                            "Да, это за пределами роли. Никогда не обещайте, что дело закроют: вы "
                            "не даёте гарантий от имени других."
                        ),
                        "en": (
                            "Yes, this is beyond the role. Never promise that a case will be "
                            "closed: you give no guarantees on behalf of others."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Даулы телімді тараптардың қайсысы алуы керектігін айту",
                        "ru": "Сказать сторонам, кому из них должен достаться спорный участок",
                        "en": "Tell the parties which of them should get the disputed plot",
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": (
                            "Иә, бұл рөлден тыс. Жер телімдерін уәкілетті органдар бөледі, ал "
                            "олар бойынша дауды сот шешеді."
                        ),
                        "ru": (
                            "Да, это за пределами роли. Земельные участки распределяют "
                            "уполномоченные органы, а споры о них решает суд."
                        ),
                        "en": (
                            "Yes, this is beyond the role. Land plots are allocated by the "
                            "competent authorities, and disputes over them are decided by the "
                            "courts."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Учаскелік полиция инспекторынан мәселені тіркемей, «бейресми шешуді» "
                            "сұрау"
                        ),
                        "ru": (
                            "Попросить участкового инспектора «решить всё по-тихому», без записи"
                        ),
                        "en": (
                            "Ask the local police inspector to “settle things quietly”, without a "
                            "record"
                        ),
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": (
                            "Иә, бұл рөлден тыс. Полициядан құқық бұзушылықты жасыруды немесе "
                            "«бейресми шешуді» сұрамаңыз."
                        ),
                        "ru": (
                            "Да, это за пределами роли. Не просите полицию скрыть правонарушение "
                            "или «решить всё по-тихому»."
                        ),
                        "en": (
                            "Yes, this is beyond the role. Do not ask the police to hide an "
                            "offence or to “settle things quietly”."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Тараптарға телім туралы әкімдікке қоятын сұрақтарын дайындауға "
                            "көмектесу"
                        ),
                        "ru": "Помочь сторонам подготовить вопросы к акимату об участке",
                        "en": (
                            "Help the parties prepare their questions to the akimat about the plot"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл рөл шегінде: тараптарға сұрақтарын дайындауға және шешімді қалай "
                            "орындайтынын келісуге көмектесе аласыз."
                        ),
                        "ru": (
                            "Это в пределах роли: можно помочь сторонам подготовить вопросы и "
                            "договориться, как они будут выполнять решение."
                        ),
                        "en": (
                            "This is within the role: you can help the parties prepare their "
                            "questions and agree how they will carry out a decision."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тараптардың бірі туысыңыз болғандықтан, істі әріптесіңізге беру",
                        "ru": "Передать дело коллеге, потому что одна из сторон — ваш родственник",
                        "en": (
                            "Hand the case to a colleague because one of the parties is your "
                            "relative"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл рөл шегінде: бейтараптығыңызға күмән болғанда сабақ дәл осыны "
                            "ұсынады."
                        ),
                        "ru": (
                            "Это в пределах роли: именно так советует поступить урок, когда ваша "
                            "нейтральность под сомнением."
                        ),
                        "en": (
                            "This is within the role: it is exactly what the lesson advises when "
                            "your neutrality is in doubt."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Этномедиатор тергеуші де, сот та емес, жер мен суды бөлмейді және "
                    "басқалардың атынан кепілдік бермейді. Зорлық-зомбылық болған жерде алдымен "
                    "заң әрекет етеді; медиация заң жол беретін шекте ғана қатар жүруі мүмкін."
                ),
                "ru": (
                    "Этномедиатор — не следователь и не судья, он не распределяет землю и воду и "
                    "не даёт гарантий от имени других. Где было насилие, сначала действует закон; "
                    "медиация может идти параллельно только в пределах, которые закон допускает."
                ),
                "en": (
                    "The ethnomediator is not an investigator or a judge, does not allocate land "
                    "or water and gives no guarantees on behalf of others. Where there has been "
                    "violence, the law acts first; mediation may run alongside only within what "
                    "the law allows."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "trained-official-not-mediator",
            "text": {
                "kk": (
                    "<p>Келіссөз жүргізуші-этномедиатор бағдарламасынан өткен әкімдік қызметкері "
                    "тек осы себеппен ауданның кез келген дауында медиатор ретінде әрекет ете "
                    "алады.</p>"
                ),
                "ru": (
                    "<p>Сотрудник акимата, прошедший обучение по программе "
                    "переговорщика-этномедиатора, уже только поэтому может выступать медиатором в "
                    "любом споре в районе.</p>"
                ),
                "en": (
                    "<p>An akimat employee who has completed the negotiator-ethnomediator "
                    "training may, for that reason alone, act as a mediator in any dispute in the "
                    "district.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Қате. Лауазымды адам келіссөз дағдыларын өз жұмысында пайдаланады, бірақ заң "
                    "оған медиатор ретінде әрекет етуге рұқсат бермеуі мүмкін. Келіссөз жүргізуші "
                    "ретінде оқудан өту мен медиатор болуға құқылы болу — әр түрлі нәрсе."
                ),
                "ru": (
                    "Неверно. Должностное лицо использует навыки переговоров в своей работе, но "
                    "закон может не позволять ему выступать медиатором. Пройти обучение "
                    "переговорщика и иметь право быть медиатором — разные вещи."
                ),
                "en": (
                    "False. An official uses negotiation skills in their work, but the law may "
                    "not allow them to act as a mediator. Being trained as a negotiator and being "
                    "eligible to act as a mediator are different things."
                ),
            },
        },
        {
            "type": "essay",
            "name": "school-fight-public-apology",
            "text": {
                "kk": (
                    "<p>Алматы облысындағы ауыл (ойдан алынған мысал). Футбол матчынан кейін әр "
                    "түрлі қауымдастықтан шыққан тоғызыншы сыныптың екі оқушысы төбелесіп қалды, "
                    "біреуі екіншісін ұлтына байланысты қорлады. Енді ата-аналар бір-бірін "
                    "айыптап жатыр, ал дау ауыл чатына ауысты. Мектеп директоры мен бір "
                    "этномәдени бірлестіктің басшысы сізден, келіссөз жүргізуші-этномедиатордан, "
                    "көмек сұрайды. Ақсақалдар кеңесінің бір мүшесі қорлаған баланың әкесі "
                    "ертеңіне бүкіл ауылдың алдында кешірім сұрап, содан кейін ортақ дастарқан "
                    "жайылсын деп ұсынады. Әкесі кешірім сұрауға дайын, бірақ бүкіл ауылдың "
                    "алдында емес.</p><p>Еріктілік пен бейтараптықты сақтай отырып, дәстүрлі "
                    "нысандарды қолданып татуласуды қалай дайындап, өткізетініңізді сипаттаңыз. "
                    "Кімді тартасыз, кешірім мен дастарқанды қалай келісесіз және нені жазбаша "
                    "ресімдейсіз?</p>"
                ),
                "ru": (
                    "<p>Село в Алматинской области (вымышленный пример). После футбольного матча "
                    "двое девятиклассников из разных общин подрались, и один оскорбил другого по "
                    "национальному признаку. Теперь родители обвиняют друг друга, а ссора перешла "
                    "в сельский чат. Директор школы и руководитель одного из этнокультурных "
                    "объединений просят вас, переговорщика-этномедиатора, о помощи. Член совета "
                    "аксакалов предлагает, чтобы отец мальчика, который оскорбил другого, на "
                    "следующий день извинился перед всем селом, а затем был накрыт общий "
                    "дастархан. Отец готов извиниться, но не перед всем селом.</p><p>Опишите, как "
                    "вы подготовите и проведёте примирение с использованием традиционных форм, "
                    "сохраняя добровольность и нейтральность. Кого вы привлечёте, как согласуете "
                    "извинение и дастархан и что оформите письменно?</p>"
                ),
                "en": (
                    "<p>A village in Almaty region (an invented example). After a football match, "
                    "two ninth-grade pupils from different communities had a fight, and one "
                    "insulted the other about his nationality. The parents now accuse each other, "
                    "and the quarrel has moved to the village chat. The school principal and the "
                    "head of one ethnocultural association ask you, a negotiator-ethnomediator, "
                    "for help. A member of the council of elders proposes that the father of the "
                    "boy who gave the insult apologise the next day in front of the whole "
                    "village, followed by a shared dastarkhan. The father is ready to apologise, "
                    "but not in front of the whole village.</p><p>Describe how you would prepare "
                    "and hold the reconciliation using traditional forms while keeping "
                    "voluntariness and neutrality. Whom would you involve, how would you agree "
                    "the apology and the dastarkhan, and what would you put in writing?</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Еріктілік: әр тараптан ақсақалдар, кешірім және дастарқан туралы "
                            "жеке-жеке сұрайды; кешірімнің нысанын (кім, кімнен, қандай сөзбен, "
                            "кімнің алдында) екі тараппен алдын ала келіседі; мәжбүрлеп кешірім "
                            "сұратпайды."
                        ),
                        "ru": (
                            "Добровольность: отдельно спрашивает каждую сторону об участии "
                            "аксакалов, извинении и дастархане; заранее согласует с обеими "
                            "сторонами форму извинения (кто, перед кем, какими словами, в чьём "
                            "присутствии); не принуждает к извинению."
                        ),
                        "en": (
                            "Voluntariness: asks each party separately about the elders, the "
                            "apology and the dastarkhan; agrees the form of the apology with both "
                            "sides in advance (who apologises, to whom, in what words, in front "
                            "of whom); no forced apology."
                        ),
                    },
                    "points": 4,
                },
                {
                    "criterion": {
                        "kk": (
                            "Бейтараптық және жергілікті институттар: екі қауымдастықтан да "
                            "ақсақалдар шақырылады, үлкен шарт қоймай, қолдау көрсетеді; мектеп "
                            "(директор, психолог, мектеп медиациясы қызметі) және дауға қатысты "
                            "барлық бірлестіктің жетекшілері тартылады; әйелдер мен жастардың да "
                            "үні естіледі."
                        ),
                        "ru": (
                            "Нейтральность и местные институты: аксакалы приглашены от обеих "
                            "общин, старейшина поддерживает, а не диктует; привлечены школа "
                            "(директор, психолог, школьная служба медиации) и лидеры всех "
                            "затронутых объединений; услышаны женщины и молодёжь."
                        ),
                        "en": (
                            "Neutrality and local institutions: elders from both communities, the "
                            "elder supports rather than dictates; the school (principal, "
                            "psychologist, school mediation service) and the leaders of all the "
                            "associations concerned are involved; women and young people are "
                            "heard."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Келісім және кейінгі жұмыс: дастарқан әңгіменің орнын баспай, "
                            "келісімнің соңғы нүктесі болады; қажет болса, жазбаша келісім "
                            "жасалады; көпшілікке, соның ішінде чатқа не айтылатыны және не құпия "
                            "қалатыны келісіледі; келесі қадамдар белгіленеді."
                        ),
                        "ru": (
                            "Соглашение и дальнейшая работа: дастархан венчает договорённость, а "
                            "не заменяет разговор; при необходимости составлено письменное "
                            "соглашение; согласовано, что говорится публично, в том числе в чате, "
                            "и что остаётся конфиденциальным; определены следующие шаги."
                        ),
                        "en": (
                            "Agreement and follow-up: the dastarkhan crowns the agreement rather "
                            "than replacing the conversation; a written agreement where needed; "
                            "agreed what is said in public, including in the chat, and what stays "
                            "confidential; next steps set."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта әр отбасынан қандай дәстүрлі нысандарды қалайтыны жеке-жеке "
                    "сұралады; кешірім қорлайтын емес, шынайы болуы үшін оның нысаны алдын ала "
                    "келісіледі; екі қауымдастықтан да ақсақалдар шақырылып, мектеп тартылады; "
                    "дастарқан келісімнен кейінге қалдырылады; көпшілікке және чатқа не "
                    "айтылатыны келісіледі, ал шарттар міндетті болуы керек болса, жазбаша "
                    "келісіммен ресімделеді."
                ),
                "ru": (
                    "Хороший ответ: каждую семью отдельно спрашивают, какие традиционные формы "
                    "она хочет; форму извинения согласуют заранее, чтобы оно было искренним, а не "
                    "унизительным; приглашают аксакалов от обеих общин и привлекают школу; "
                    "дастархан откладывают до договорённости; согласуют, что будет сказано "
                    "публично и в чате, а если условия должны быть обязательными, оформляют их "
                    "письменным соглашением."
                ),
                "en": (
                    "A good answer asks each family separately which traditional forms they want; "
                    "agrees the form of the apology in advance so that it is sincere, not "
                    "humiliating; invites elders from both communities and involves the school; "
                    "keeps the dastarkhan until after the agreement; agrees what will be said in "
                    "public and in the chat; and, where the terms must bind, records them in a "
                    "written agreement."
                ),
            },
        },
    ],
}
