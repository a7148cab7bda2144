"""Quiz for module 6 of the negotiator-ethnomediator course: the mediation procedure."""

QUIZ = {
    "module": "mediation-procedure",
    "title": {
        "kk": "6-модуль бойынша тест",
        "ru": "Тест по модулю 6",
        "en": "Module 6 test",
    },
    "intro": {
        "kk": (
            "<p>Тест медиация кезеңдерін, бірлескен медиацияны, құпиялылық пен оның шектерін, "
            "келісім жазуды және медиацияны келісімсіз аяқтауды қамтиды. Тесттен өту үшін кемінде "
            "70 % жинау керек. Кейс бойынша жазбаша жауапты жаттықтырушы бағалайды.</p>"
        ),
        "ru": (
            "<p>Тест охватывает этапы медиации, ко-медиацию, конфиденциальность и её пределы, "
            "составление соглашения и завершение медиации без соглашения. Для сдачи нужно набрать "
            "не менее 70 %. Письменный ответ по кейсу оценивает тренер.</p>"
        ),
        "en": (
            "<p>The test covers the stages of mediation, co-mediation, confidentiality and its "
            "limits, drafting agreements and closing a mediation without an agreement. You need "
            "at least 70 % to pass. The written case-study answer is graded by the trainer.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "ordering",
            "name": "stages-of-mediation",
            "text": {
                "kk": (
                    "<p>Медиация кезеңдерін дұрыс ретпен орналастырыңыз. (Олардың алдындағы "
                    "дайындық кезеңі мен қажет болғанда өткізілетін жеке кездесулер тізімде "
                    "жоқ.)</p>"
                ),
                "ru": (
                    "<p>Расположите этапы медиации в правильном порядке. (Подготовка, которая "
                    "идёт перед ними, и раздельные встречи, которые проводят при необходимости, в "
                    "списке не указаны.)</p>"
                ),
                "en": (
                    "<p>Put these stages of a mediation in the right order. (Preparation, which "
                    "comes before them, and separate meetings, held when needed, are not "
                    "listed.)</p>"
                ),
            },
            "items": [
                {
                    "kk": "Медиатордың кіріспе сөзі",
                    "ru": "Вступительное слово медиатора",
                    "en": "The mediator's opening statement",
                },
                {
                    "kk": "Тараптардың әңгімесі",
                    "ru": "Рассказы сторон",
                    "en": "The parties' stories",
                },
                {
                    "kk": "Мәселелерді анықтау (күн тәртібі)",
                    "ru": "Определение вопросов (повестка)",
                    "en": "Identifying the issues (the agenda)",
                },
                {
                    "kk": "Мүдделерді зерттеу",
                    "ru": "Исследование интересов",
                    "en": "Exploring interests",
                },
                {
                    "kk": "Нұсқаларды іздеу және тексеру",
                    "ru": "Поиск и проверка вариантов",
                    "en": "Generating and testing options",
                },
                {
                    "kk": "Аяқтау: жазбаша келісім немесе келесі қадамдар",
                    "ru": "Завершение: письменное соглашение или следующие шаги",
                    "en": "Closing: a written agreement or agreed next steps",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиатор процеске, ал тараптар нәтижеге жауап береді. Кіріспе сөз көңіл "
                    "күйді анықтайды, әңгімелерден күн тәртібі құрылады, мүдделер нұсқалардан "
                    "бұрын зерттеледі, ал аяқтау кезеңінде келісілген мен ашық қалған мәселе "
                    "қорытылады. Аттап кеткен кезең кейін көбірек уақыт алады."
                ),
                "ru": (
                    "Медиатор отвечает за процесс, стороны — за результат. Вступительное слово "
                    "задаёт тон, из рассказов составляется повестка, интересы исследуют до поиска "
                    "вариантов, а при завершении подводят итог согласованному и открытому. "
                    "Пропущенный этап потом отнимает больше времени."
                ),
                "en": (
                    "The mediator is responsible for the process and the parties for the outcome. "
                    "The opening statement sets the tone, the agenda is drawn from the stories, "
                    "interests are explored before options, and closing sums up what is agreed "
                    "and what remains open. A skipped stage usually costs more time later."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "neutral-venue",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы бір ауылда жоғарғы жақтағы отбасылар мен төменгі "
                    "көшедегі отбасылар арасында су кезегі туралы медиацияға дайындық жүріп "
                    "жатыр. Ортақ кездесуді қай жерде өткізген дұрыс?</p>"
                ),
                "ru": (
                    "<p>В селе Туркестанской области идёт подготовка к медиации между семьями "
                    "верхней части села и нижней улицы об очерёдности полива. Где лучше провести "
                    "совместную встречу?</p>"
                ),
                "en": (
                    "<p>In a village in Turkistan region, a mediation about watering turns "
                    "between the families of the upper part of the village and those of the lower "
                    "street is being prepared. Where is it best to hold the joint meeting?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Мектеп залында, кітапханада немесе татуластыру кабинетінде",
                        "ru": "В школьном зале, библиотеке или кабинете примирения",
                        "en": "In the school hall, the library or a reconciliation room",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: мұндай орындар екі тарапқа да бейтарап болып көрінеді.",
                        "ru": "Верно: такие места выглядят нейтральными для обеих сторон.",
                        "en": "Correct: such places feel neutral to both sides.",
                    },
                },
                {
                    "text": {
                        "kk": "Әкімдіктегі әкімнің кабинетінде — ресми әрі тәртіпті",
                        "ru": "В кабинете акима в акимате — официально и дисциплинирует",
                        "en": (
                            "In the akim's office at the akimat, as it is official and keeps order"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Әкімдіктегі бөлме «билік жағы» болып көрінуі мүмкін.",
                        "ru": "Кабинет в акимате может восприниматься как «сторона власти».",
                        "en": "A room in the akimat may look like “the authorities' side”.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бір тараптың ақсақалдары баратын мешітте — онда бәрі сабырлы болады"
                        ),
                        "ru": (
                            "В мечети, куда ходят старейшины одной из сторон, — там все будут "
                            "сдержанны"
                        ),
                        "en": (
                            "In the mosque attended by one side's elders, since everyone will "
                            "stay calm there"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Мешіт не шіркеу бір қауымның аумағы сияқты сезілуі мүмкін.",
                        "ru": (
                            "Мечеть или церковь может восприниматься как территория одной общины."
                        ),
                        "en": "A mosque or a church may feel like one community's ground.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиацияға өтініш берген тараптың ақсақалының үйінде — қонақжайлық "
                            "көрсету үшін"
                        ),
                        "ru": (
                            "В доме аксакала стороны, обратившейся за медиацией, — чтобы проявить "
                            "гостеприимство"
                        ),
                        "en": (
                            "At the home of the elder of the side that asked for mediation, as a "
                            "gesture of hospitality"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бір тараптың үйі оның аумағы болып саналады; қонақжайлықты екі "
                            "тарапқа бірдей бейтарап жерде көрсеткен дұрыс."
                        ),
                        "ru": (
                            "Дом одной стороны — её территория; гостеприимство лучше проявить к "
                            "обеим сторонам одинаково в нейтральном месте."
                        ),
                        "en": (
                            "One party's home is its own ground; show hospitality equally to both "
                            "sides in a neutral place."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Дайындық кезеңінде кім, қай тілде, қай жерде және қашан қатысатыны "
                    "келісіледі. Орын бейтарап болуы керек: мектеп залы, кітапхана немесе "
                    "татуластыру кабинеті әкімдіктен немесе діни орыннан жиі қолайлырақ."
                ),
                "ru": (
                    "На этапе подготовки договариваются, кто, на каком языке, где и когда будет "
                    "участвовать. Место должно быть нейтральным: школьный зал, библиотека или "
                    "кабинет примирения часто подходят лучше акимата или культового здания."
                ),
                "en": (
                    "During preparation you agree who takes part, in which language, where and "
                    "when. The place should be neutral: a school hall, a library or a "
                    "reconciliation room often works better than the akimat or a place of worship."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "confidentiality-not-absolute",
            "text": {
                "kk": (
                    "<p>Тараптарды сендіру үшін медиатор кіріспе сөзде медиацияда айтылғанның "
                    "бәрі кез келген жағдайда құпия қалатынына уәде беруі керек. Дұрыс па?</p>"
                ),
                "ru": (
                    "<p>Чтобы успокоить стороны, медиатор во вступительном слове должен "
                    "пообещать, что всё сказанное в медиации при любых обстоятельствах останется "
                    "в тайне. Верно?</p>"
                ),
                "en": (
                    "<p>To reassure the parties, the mediator should promise in the opening "
                    "statement that everything said in the mediation will stay secret in all "
                    "circumstances. True or false?</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Құпиялылық шексіз емес, медиатор оны шексіз деп ешқашан уәде "
                    "бермейді. Мәліметтер барлық тараптың келісімімен және заңда көзделген "
                    "жағдайларда ашылуы мүмкін, ал біреудің өміріне не денсаулығына нақты қауіп "
                    "төнсе, қауіпсіздік бірінші орында. Бұл шектер басында түсіндіріледі."
                ),
                "ru": (
                    "Неверно. Конфиденциальность не абсолютна, и медиатор никогда не обещает "
                    "обратного. Сведения могут быть раскрыты с согласия всех сторон и в случаях, "
                    "предусмотренных законом, а при реальной угрозе жизни или здоровью на первом "
                    "месте безопасность. Эти пределы объясняют в самом начале."
                ),
                "en": (
                    "False. Confidentiality is not absolute, and a mediator must never promise "
                    "that it is. Information may be disclosed with the consent of all parties and "
                    "in cases provided by law, and if someone's life or health is really "
                    "threatened, safety comes first. These limits are explained at the start."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "confidentiality-after-session",
            "text": {
                "kk": (
                    "<p>Алматы облысындағы базарда сауда орны туралы дау бойынша бірінші кездесу "
                    "келісімсіз, бірақ ілгерілеумен аяқталды. Ольга мен Нұрлан атты "
                    "әріптес-медиаторлардың келесі кездесуге дейінгі қай әрекеттері құпиялылыққа "
                    "сәйкес келеді? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Первая сессия по спору о торговом месте на рынке в Алматинской области "
                    "закончилась без соглашения, но с продвижением. Какие действия ко-медиаторов "
                    "Ольги и Нурлана до следующей встречи соответствуют конфиденциальности? "
                    "Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>The first session on a dispute over a stall at a market in Almaty region "
                    "ended with progress but no agreement. Which actions of the co-mediators, "
                    "Olga and Nurlan, before the next meeting are consistent with "
                    "confidentiality? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Әкім орынбасарына тек рәсімнің өткені мен нәтижесі туралы, "
                            "тараптармен келісілген түрде, жеке мәліметтерсіз есеп беру."
                        ),
                        "ru": (
                            "Дать заместителю акима отчёт только о факте процедуры и её "
                            "результате, в согласованной со сторонами форме, без личных "
                            "подробностей."
                        ),
                        "en": (
                            "Give the deputy akim a report with only the fact that the procedure "
                            "took place and its result, in a form agreed with the parties, "
                            "without personal details."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: есептің мазмұнын тараптармен келісу керек.",
                        "ru": "Верно: содержание отчёта согласуется со сторонами.",
                        "en": "Correct: the content of the report is agreed with the parties.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жаңалық арнасына саудагерлердің не айтқанын және кімнің кінәлі "
                            "екенін айтудан бас тарту."
                        ),
                        "ru": (
                            "Отказаться рассказывать новостному каналу, что говорили торговцы и "
                            "кто виноват."
                        ),
                        "en": (
                            "Decline to tell the news channel what the traders said or who is to "
                            "blame."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: рәсім барысында белгілі болған мәліметтер тараптардың "
                            "келісімінсіз жария етілмейді."
                        ),
                        "ru": "Верно: сведения из процедуры не разглашаются без согласия сторон.",
                        "en": (
                            "Correct: what became known in the procedure is not disclosed without "
                            "the parties' consent."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қол алысқан суретті екі саудагердің де жазбаша келісімі болғанда "
                            "ғана жариялау."
                        ),
                        "ru": (
                            "Публиковать фото рукопожатия только с письменного согласия обоих "
                            "торговцев."
                        ),
                        "en": (
                            "Publish the handshake photo only with the written consent of both "
                            "traders."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: тараптардың жазбаша келісімінсіз ешқандай сурет не жазба "
                            "жарияланбайды; нәтижені жария ету туралы тараптардың өздері шешеді."
                        ),
                        "ru": (
                            "Верно: без письменного согласия сторон никаких фото и постов; "
                            "решение о публичности принимают сами стороны."
                        ),
                        "en": (
                            "Correct: no photos or posts without the parties' written consent; "
                            "the parties themselves decide about making things public."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жазбаларды қауіпсіз сақтап, рәсім аяқталған соң ұйымның ережелеріне "
                            "сай жою."
                        ),
                        "ru": (
                            "Надёжно хранить записи и уничтожить их после процедуры по правилам "
                            "организации."
                        ),
                        "en": (
                            "Keep the notes safe and dispose of them after the procedure "
                            "according to the organisation's rules."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: бұл сабақта аталған талап.",
                        "ru": "Верно: это требование названо в уроке.",
                        "en": "Correct: this is one of the rules named in the lesson.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бәрі ілгерілеуді көруі үшін флипчартты суретке түсіріп, "
                            "саудагерлердің чатына жіберу."
                        ),
                        "ru": (
                            "Сфотографировать флипчарт и отправить в чат торговцев, чтобы все "
                            "видели продвижение."
                        ),
                        "en": (
                            "Photograph the flipchart and send it to the traders' chat, so that "
                            "everyone can see the progress."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Флипчартты суретке түсіріп, топтық чатқа ешқашан жібермеңіз.",
                        "ru": "Никогда не фотографируйте флипчарт для группового чата.",
                        "en": "Never photograph the flipchart for a group chat.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әкімдік мемлекеттік орган болғандықтан, әкім орынбасарына әр "
                            "саудагердің айтқанын толық жазып беру."
                        ),
                        "ru": (
                            "Поскольку акимат — государственный орган, подробно изложить "
                            "заместителю акима, что говорил каждый торговец."
                        ),
                        "en": (
                            "Since the akimat is a public body, give the deputy akim a full "
                            "account of what each trader said."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Ассамблеяға немесе әкімдікке берілетін есепте тек рәсімнің өткені "
                            "мен нәтижесі, жеке мәліметтерсіз көрсетіледі."
                        ),
                        "ru": (
                            "В отчёте для Ассамблеи или акимата — только факт процедуры и "
                            "результат, без личных подробностей."
                        ),
                        "en": (
                            "A report to the Assembly or the akimat contains only the fact of the "
                            "procedure and its result, without personal details."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Құпиялылық — «Медиация туралы» Заңда бекітілген медиация қағидаты. Ол "
                    "тарапқа ертең бүкіл ауыл естиді деп қорықпай, «мен де қателестім» деп айтуға "
                    "мүмкіндік береді. Есептер, суреттер мен жазбалар тек тараптармен келісілген "
                    "шекте жарияланады."
                ),
                "ru": (
                    "Конфиденциальность — принцип медиации, закреплённый в Законе «О медиации». "
                    "Она позволяет стороне сказать «я тоже был неправ», не боясь, что завтра "
                    "узнает всё село. Отчёты, фото и записи выходят наружу только в согласованных "
                    "со сторонами пределах."
                ),
                "en": (
                    "Confidentiality is a principle of mediation set out in the Law “On "
                    "Mediation”. It lets a party say “I was wrong too” without fearing that the "
                    "whole village will hear it tomorrow. Reports, photos and notes go out only "
                    "within limits agreed with the parties."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "threat-heard-in-caucus",
            "text": {
                "kk": (
                    "<p>Жеке кездесуде Фаридпен бірге келген немере ағасы: «Бұл нәтиже бермесе, "
                    "сенбі күні біздің жігіттер мәселені өздері шешеді», — деді. "
                    "Әріптес-медиаторлар не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>На раздельной встрече двоюродный брат Фарида, пришедший вместе с ним, "
                    "сказал: «Если ничего не выйдет, в субботу наши парни сами разберутся». Что "
                    "должны сделать ко-медиаторы?</p>"
                ),
                "en": (
                    "<p>In a caucus, Farid's cousin, who came with him, said: “If this does not "
                    "work, our lads will sort it out themselves on Saturday.” What should the "
                    "co-mediators do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Мұны адамдардың қауіпсіздігіне ықтимал қауіп ретінде қарап, не істеу "
                            "керегін үйлестірушімен дереу ақылдасу: құпиялылық шексіз емес."
                        ),
                        "ru": (
                            "Отнестись к этому как к возможной угрозе безопасности людей и сразу "
                            "посоветоваться с координатором, как действовать: конфиденциальность "
                            "не абсолютна."
                        ),
                        "en": (
                            "Treat it as a possible threat to people's safety and consult their "
                            "coordinator at once on what to do: confidentiality is not absolute."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: біреудің өміріне немесе денсаулығына нақты қауіп төнсе, "
                            "адамдардың қауіпсіздігі бірінші орында."
                        ),
                        "ru": (
                            "Верно: при реальной угрозе чьей-либо жизни или здоровью безопасность "
                            "людей на первом месте."
                        ),
                        "en": (
                            "Correct: when someone's life or health is really at risk, people's "
                            "safety comes first."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ешкімге айтпау: жеке кездесуде айтылғанның бәрі кез келген жағдайда "
                            "құпия қалады."
                        ),
                        "ru": (
                            "Никому не говорить: всё сказанное на раздельной встрече остаётся "
                            "тайной при любых обстоятельствах."
                        ),
                        "en": (
                            "Tell no one: everything said in a caucus stays secret in all "
                            "circumstances."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Құпиялылықтың шектері бар; өмір мен денсаулыққа нақты қауіп болса, "
                            "қауіпсіздік бірінші тұрады."
                        ),
                        "ru": (
                            "У конфиденциальности есть пределы; при реальной угрозе жизни и "
                            "здоровью безопасность важнее."
                        ),
                        "en": (
                            "Confidentiality has limits; with a real threat to life or health, "
                            "safety comes first."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өзін қорғай алуы үшін келесі кездесуде Ерланға айту.",
                        "ru": (
                            "Рассказать Ерлану на следующей встрече, чтобы он мог себя защитить."
                        ),
                        "en": "Tell Yerlan at the next session, so that he can protect himself.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл жеке кездесудің құпиясын ашып, шиеленісті күшейтеді. Қауіп "
                            "туралы мәселе тараптар арасында емес, үйлестірушімен және ұйымның "
                            "тәртібі бойынша шешіледі."
                        ),
                        "ru": (
                            "Это раскрывает сказанное на раздельной встрече и разжигает "
                            "напряжение. Вопрос об угрозе решают не между сторонами, а с "
                            "координатором."
                        ),
                        "en": (
                            "This discloses what was said in the caucus and fuels tension. A "
                            "threat is handled with the coordinator, not between the parties."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Мән бермеу: немере ағасы медиацияның тарапы емес.",
                        "ru": "Не придавать значения: двоюродный брат не сторона медиации.",
                        "en": "Ignore it: the cousin is not a party to the mediation.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Қауіпті кім айтса да, адамдардың қауіпсіздігі бірінші орында.",
                        "ru": "Кто бы ни высказал угрозу, безопасность людей на первом месте.",
                        "en": "Whoever voices a threat, people's safety comes first.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация барысында біреудің өміріне немесе денсаулығына нақты қауіп төніп "
                    "тұрғаны белгілі болса, кездесуді тоқтатып, не істеу керегін үйлестірушімен "
                    "ақылдасу керек. Сондықтан құпиялылықтың шектері тараптарға басында "
                    "түсіндіріледі."
                ),
                "ru": (
                    "Если в ходе медиации стало известно о реальной угрозе чьей-либо жизни или "
                    "здоровью, нужно остановить встречу и посоветоваться с координатором. Поэтому "
                    "пределы конфиденциальности объясняют сторонам в самом начале."
                ),
                "en": (
                    "If during a mediation you learn of a real threat to someone's life or "
                    "health, stop the session and consult your coordinator on what to do. That is "
                    "why the limits of confidentiality are explained to the parties at the start."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "co-mediation-school-fight",
            "text": {
                "kk": (
                    "<p>Павлодар облысындағы мектепте екі жетінші сынып оқушысы Данияр мен Максим "
                    "төбелескен. Ата-аналармен кездесуді екі әріптес-медиатор жүргізеді: біреуі "
                    "негізінен қазақша, екіншісі негізінен орысша жұмыс істейді. Қай тәсілдер "
                    "сабаққа сәйкес келеді? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>В школе Павлодарской области подрались двое семиклассников, Данияр и "
                    "Максим. Встречу с родителями ведут два ко-медиатора: один работает в "
                    "основном по-казахски, другой — по-русски. Какие приёмы соответствуют уроку? "
                    "Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>At a school in Pavlodar region, two seventh-graders, Daniyar and Maxim, "
                    "had a fight. Two co-mediators lead the meeting with the parents: one works "
                    "mainly in Kazakh, the other mainly in Russian. Which practices follow the "
                    "lesson? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Кіріспе сөзде екі медиатор да екі отбасына бірдей бейтарап екенін "
                            "айтады."
                        ),
                        "ru": (
                            "Во вступительном слове оба медиатора говорят, что беспристрастны к "
                            "обеим семьям."
                        ),
                        "en": (
                            "In the opening statement both mediators say that they are impartial "
                            "towards both families."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: әріптес-медиатор «өз» қауымының өкілі емес.",
                        "ru": "Верно: ко-медиатор — не представитель «своей» общины.",
                        "en": (
                            "Correct: a co-mediator is not the representative of “his” or “her” "
                            "community."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Кездесуге дейін кім ашатынын, әр кезеңді кім жүргізетінін, "
                            "флипчартқа кім жазатынын және уақытты кім қадағалайтынын келісу."
                        ),
                        "ru": (
                            "До встречи договориться, кто открывает, кто ведёт каждый этап, кто "
                            "пишет на флипчарте и кто следит за временем."
                        ),
                        "en": (
                            "Agree before the meeting who opens, who leads each stage, who writes "
                            "on the flipchart and who keeps time."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: рөлдер алдын ала бөлінеді.",
                        "ru": "Верно: роли распределяют заранее.",
                        "en": "Correct: roles are divided in advance.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ата-аналар екеуін тең көруі үшін кезеңнен кезеңге жетекші рөлді "
                            "ауыстырып отыру."
                        ),
                        "ru": (
                            "Меняться ролью ведущего от этапа к этапу, чтобы родители видели в "
                            "медиаторах равных."
                        ),
                        "en": (
                            "Swap the lead from stage to stage, so that the parents see the "
                            "mediators as equals."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: бұл жиі қолданылатын үлгі.",
                        "ru": "Верно: это распространённая схема.",
                        "en": "Correct: this is a common pattern.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиаторлар арасындағы келіспеушілікті ата-аналардың көзінше емес, "
                            "үзіліс кезінде талқылау."
                        ),
                        "ru": (
                            "Обсуждать разногласия между медиаторами в перерыве, а не при "
                            "родителях."
                        ),
                        "en": (
                            "Discuss disagreements between the mediators during a break, not in "
                            "front of the parents."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: тараптардың көзінше әріптесіңізбен ешқашан дауласпаңыз.",
                        "ru": "Верно: никогда не спорьте с коллегой при сторонах.",
                        "en": (
                            "Correct: never argue with your co-mediator in front of the parties."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қазақша сөйлейтін медиатор Данияр отбасының, ал орысша сөйлейтін "
                            "медиатор Максим отбасының мүддесін қорғайды."
                        ),
                        "ru": (
                            "Казахоязычный медиатор защищает интересы семьи Данияра, а "
                            "русскоязычный — семьи Максима."
                        ),
                        "en": (
                            "The Kazakh-speaking mediator looks after Daniyar's family and the "
                            "Russian-speaking one after Maxim's."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл — басты ереженің бұзылуы: медиатор бір отбасының адвокаты емес, "
                            "екеуі де екі тарапқа бірдей бейтарап."
                        ),
                        "ru": (
                            "Это нарушение главного правила: медиатор — не адвокат одной семьи, "
                            "оба беспристрастны к обеим сторонам."
                        ),
                        "en": (
                            "This breaks the main rule: a mediator is not one family's advocate; "
                            "both are impartial towards both sides."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Уақыт үнемдеу үшін аударып жатқан медиатор ата-аналардың ұзақ, "
                            "эмоциялы сөздерін қысқартып жеткізеді."
                        ),
                        "ru": (
                            "Чтобы сэкономить время, переводящий медиатор сокращает длинные "
                            "эмоциональные речи родителей."
                        ),
                        "en": (
                            "To save time, the mediator who interprets shortens the parents' "
                            "long, emotional speeches."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Медиатор айтылғанды қысқартпай және мағынасын өзгертпей, толық әрі "
                            "бейтарап аударады."
                        ),
                        "ru": (
                            "Медиатор переводит полностью и нейтрально, не сокращая и не меняя "
                            "смысла."
                        ),
                        "en": (
                            "A mediator interprets fully and neutrally, without shortening or "
                            "changing the meaning."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Этносаралық дауларда бірлескен медиация көбіне ең тиімді формат: әр тарап "
                    "үстел басында өзін түсінетін адамды көреді. Бірақ екі медиатор да екі "
                    "тарапқа бірдей бейтарап, рөлдері алдын ала бөлінеді, келіспеушілік үзілісте "
                    "талқыланады, аударма толық әрі бейтарап болады."
                ),
                "ru": (
                    "В межэтнических спорах ко-медиация часто самый сильный формат: каждая "
                    "сторона видит за столом человека, который её понимает. Но оба медиатора "
                    "беспристрастны к обеим сторонам, роли распределены заранее, разногласия "
                    "обсуждают в перерыве, а перевод полный и нейтральный."
                ),
                "en": (
                    "In interethnic disputes co-mediation is often the strongest format: each "
                    "side sees someone at the table who understands it. But both mediators are "
                    "impartial towards both sides, roles are divided in advance, disagreements "
                    "are discussed in a break, and interpreting is full and neutral."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "term-caucus",
            "text": {
                "kk": (
                    "<p>Су кезегі туралы медиацияда Бақыт аға бір маңызды нәрсені айтпай отырған "
                    "сияқты. Медиатор Гүлнара онымен оңаша, құпия сөйлесуді шешеді. Рәсім "
                    "барысында медиатордың бір тараппен өткізетін мұндай құпия кездесуі қалай "
                    "аталады? (бір-екі сөз)</p>"
                ),
                "ru": (
                    "<p>В медиации об очерёдности полива кажется, что Бахыт-ага умалчивает о "
                    "чём-то важном. Медиатор Гульнара решает поговорить с ним наедине и "
                    "конфиденциально. Как называется такая конфиденциальная встреча медиатора с "
                    "одной стороной в ходе процедуры? (одно-два слова)</p>"
                ),
                "en": (
                    "<p>In a mediation about watering turns, Bakhyt-aga seems to be holding back "
                    "something important. The mediator, Gulnara, decides to talk to him alone and "
                    "in confidence. What is such a confidential meeting of the mediator with one "
                    "party during the procedure called? (one or two words)</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "кокус",
                        "fraction": 1.0,
                    },
                    {
                        "text": "жеке кездесу",
                        "fraction": 1.0,
                    },
                ],
                "ru": [
                    {
                        "text": "кокус",
                        "fraction": 1.0,
                    },
                    {
                        "text": "раздельная встреча",
                        "fraction": 1.0,
                    },
                    {
                        "text": "отдельная встреча",
                        "fraction": 1.0,
                    },
                ],
                "en": [
                    {
                        "text": "caucus",
                        "fraction": 1.0,
                    },
                    {
                        "text": "separate meeting",
                        "fraction": 1.0,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — жеке кездесу (кокус). Оны эмоция тым күшейгенде, тарап маңызды нәрсені "
                    "айтпай отырғанда немесе нұсқаны оңаша тексеру үшін өткізеді. Екі тарапқа да "
                    "шамамен бірдей уақыт беріледі, ал соңында не жеткізуге болатыны сұралады."
                ),
                "ru": (
                    "Это раздельная встреча (кокус). Её проводят, когда эмоции слишком сильны, "
                    "когда сторона умалчивает о важном или чтобы проверить вариант без "
                    "свидетелей. Обеим сторонам дают примерно равное время, а в конце спрашивают, "
                    "что можно передать."
                ),
                "en": (
                    "This is a caucus (separate meeting). It is used when emotions are too high, "
                    "when a party seems to hold something back, or to test an option in private. "
                    "Both parties get roughly equal time, and at the end you ask what may be "
                    "shared."
                ),
            },
        },
        {
            "type": "matching",
            "name": "fixing-agreement-clauses",
            "text": {
                "kk": (
                    "<p>Суару арығы туралы келісімнің жобасында әлсіз тармақтар бар. Әр тармақты "
                    "оны қалай түзету керектігімен сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>В проекте соглашения об оросительном канале есть слабые пункты. "
                    "Сопоставьте каждый пункт с тем, как его исправить.</p>"
                ),
                "en": (
                    "<p>A draft agreement about an irrigation canal has weak points. Match each "
                    "clause with the way to fix it.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "«Төменгі көше кестені сақтайды»",
                        "ru": "«Нижняя улица соблюдает график»",
                        "en": "“The lower street keeps to the schedule”",
                    },
                    "answer": {
                        "kk": "Тармақты орындайтын адамдардың аты-жөнін жазу (Кім?)",
                        "ru": "Назвать по имени людей, которые выполняют пункт (Кто?)",
                        "en": "Name the people who carry out the point (Who?)",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Тату тұрамыз»",
                        "ru": "«Будем жить дружно»",
                        "en": "“We will live in friendship”",
                    },
                    "answer": {
                        "kk": "Тілекті нақты әрекетпен алмастыру (Не?)",
                        "ru": "Заменить пожелание конкретным действием (Что?)",
                        "en": "Replace a wish with a concrete action (What?)",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Арық жақын арада тазаланады»",
                        "ru": "«Арык будет вскоре очищен»",
                        "en": "“The canal will be cleaned soon”",
                    },
                    "answer": {
                        "kk": "Күнін немесе мерзімін белгілеу (Қашан?)",
                        "ru": "Указать дату или срок (Когда?)",
                        "en": "Set a date or deadline (When?)",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Мәселе туындаса, өзіміз реттейміз»",
                        "ru": "«Если возникнет проблема, разберёмся»",
                        "en": "“If a problem comes up, we will sort it out”",
                    },
                    "answer": {
                        "kk": (
                            "Қалай әрекет ететінін жазу: чатқа жазбай, алдымен бір-біріне немесе "
                            "медиаторға хабарласу (Қалай?)"
                        ),
                        "ru": (
                            "Описать, как действовать: сначала звонить друг другу или медиатору, "
                            "а не писать в чат (Как?)"
                        ),
                        "en": (
                            "Say how: first call each other or the mediator instead of posting in "
                            "the chat (How?)"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "«Әкімдік жаңа шлюз орнатады» (әкімдік өкілі кездесуге қатыспаған)",
                        "ru": (
                            "«Акимат установит новый шлюз» (представителя акимата на встрече не "
                            "было)"
                        ),
                        "en": (
                            "“The akimat will install a new sluice gate” (no one from the akimat "
                            "took part)"
                        ),
                    },
                    "answer": {
                        "kk": (
                            "Үстел басында болмағандарға міндет жүктемей, бірлескен өтініш "
                            "ретінде жазу"
                        ),
                        "ru": (
                            "Не возлагать обязанность на отсутствующих, а оформить как совместную "
                            "просьбу"
                        ),
                        "en": (
                            "Do not oblige those who were not at the table; phrase it as a joint "
                            "request"
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Орындалатын келісім алты сұраққа жауап береді: кім, не, қашан, қалай, "
                    "тексеруге бола ма және қай тілде. Үстел басында болмаған адамдарға міндет "
                    "жүктелмейді, ал әр тармақ бойынша кез келген адам «орындалды» немесе "
                    "«орындалмады» деп айта алуы керек."
                ),
                "ru": (
                    "Работающее соглашение отвечает на шесть вопросов: кто, что, когда, как, "
                    "можно ли проверить и на каком языке. На тех, кого не было за столом, "
                    "обязанности не возлагают, а по каждому пункту любой должен мочь сказать "
                    "«выполнено» или «не выполнено»."
                ),
                "en": (
                    "A workable agreement answers six questions: who, what, when, how, can it be "
                    "checked, and in which language. No obligations are placed on people who were "
                    "not at the table, and for every point anyone can say “done” or “not done”."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "closing-without-agreement",
            "text": {
                "kk": (
                    "<p>Үш кездесуден кейін Рустам ака төменгі көше медиацияны жалғастырмайтынын "
                    "айтады. Екі тарап бір мәселе — шлюз басындағы түнгі кезекшілік бойынша ғана "
                    "келісті. Медиатор не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>После трёх встреч Рустам-ака говорит, что нижняя улица не будет "
                    "продолжать медиацию. Стороны договорились только по одному вопросу — о "
                    "ночном дежурстве у шлюза. Что должен сделать медиатор?</p>"
                ),
                "en": (
                    "<p>After three sessions, Rustam-aka says that the lower street will not "
                    "continue the mediation. The parties have agreed on only one issue: night "
                    "duty at the sluice. What should the mediator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Тараптарға алғыс айтып, қол жеткізілгенді (ішінара келісімді) "
                            "қорыту, құпиялылықты еске салу, басқа жолдарды түсіндіру және "
                            "медиацияға қайта оралу мүмкіндігін ашық қалдыру."
                        ),
                        "ru": (
                            "Поблагодарить стороны, подвести итог достигнутого (частичной "
                            "договорённости), напомнить о конфиденциальности, объяснить другие "
                            "возможности и оставить дверь открытой для возвращения к медиации."
                        ),
                        "en": (
                            "Thank the parties, sum up what was achieved (the partial agreement), "
                            "remind them of confidentiality, explain the other ways open to them "
                            "and leave the door open for a return to mediation."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: бас тарту — тараптың құқығы, ал ішінара келісім де нәтиже.",
                        "ru": (
                            "Верно: отказ — право стороны, а частичная договорённость — тоже "
                            "результат."
                        ),
                        "en": (
                            "Correct: withdrawing is the party's right, and a partial agreement "
                            "is also a result."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бейбітшілікке кім кедергі болғанын жұрт білуі үшін ауыл чатына "
                            "төменгі көшенің бас тартқанын жазу."
                        ),
                        "ru": (
                            "Написать в сельский чат, что отказалась нижняя улица, чтобы все "
                            "знали, кто помешал миру."
                        ),
                        "en": (
                            "Post in the village chat that the lower street refused, so that "
                            "everyone knows who blocked peace."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қауымға кімнің «бас тартқанын» ешқашан айтпаңыз; бұл құпиялылықты "
                            "бұзып, шиеленісті өршітеді."
                        ),
                        "ru": (
                            "Никогда не рассказывайте сообществу, кто «отказался»: это нарушает "
                            "конфиденциальность и разжигает напряжение."
                        ),
                        "en": (
                            "Never tell the community who “refused”: it breaks confidentiality "
                            "and fuels tension."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келісім жасалмай кету сәтсіздік болады деп, келісімге қол қойылғанша "
                            "қалуды талап ету."
                        ),
                        "ru": (
                            "Настаивать, чтобы он остался до подписания соглашения, ведь уход без "
                            "соглашения — провал."
                        ),
                        "en": (
                            "Insist that he stay until an agreement is signed, since leaving "
                            "without one would be a failure."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Медиация ерікті, ал одан шығу — тараптың құқығы. Адамдар сабыр "
                            "тауып, бірін-бірі жақсырақ түсінсе, бұл сәтсіздік емес."
                        ),
                        "ru": (
                            "Медиация добровольна, и выход из неё — право стороны. Если люди "
                            "уходят спокойнее и лучше понимают друг друга, это не провал."
                        ),
                        "en": (
                            "Mediation is voluntary, and withdrawing is the party's right. If "
                            "people leave calmer and understand each other better, it is not a "
                            "failure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Талқыланғанның негізінде келісімді өзі жазып, оған жоғарғы жақтың "
                            "қол қоюын сұрау."
                        ),
                        "ru": (
                            "Самому составить соглашение по итогам обсуждений и попросить верхнюю "
                            "сторону его подписать."
                        ),
                        "en": (
                            "Write an agreement yourself from what was discussed and ask the "
                            "upper side to sign it."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Келісім — тараптардың құжаты: медиатор тұжырымдауға көмектеседі, "
                            "бірақ өз шарттарын қоспайды, ал бір тарапсыз келісім болмайды."
                        ),
                        "ru": (
                            "Соглашение — документ сторон: медиатор помогает сформулировать, но "
                            "не добавляет своих условий, и без одной из сторон соглашения нет."
                        ),
                        "en": (
                            "The agreement is the parties' document: the mediator helps word it "
                            "but adds no conditions, and there is no agreement without one of the "
                            "parties."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация келісімсіз де аяқталуы мүмкін. Рәсімді дұрыс аяқтау: алғыс айту, "
                    "қол жеткізілгенді қорыту, құпиялылықты еске салу, сот, әкімдік немесе "
                    "ақсақалдар кеңесі сияқты басқа жолдарды түсіндіру және медиацияға қайта "
                    "оралу мүмкіндігін қалдыру."
                ),
                "ru": (
                    "Медиация может закончиться и без соглашения. Правильное завершение: "
                    "поблагодарить, подвести итог достигнутого, напомнить о конфиденциальности, "
                    "объяснить другие возможности — суд, акимат, совет аксакалов — и оставить "
                    "дверь открытой для возвращения к медиации."
                ),
                "en": (
                    "A mediation can end without an agreement. Close properly: thank the parties, "
                    "sum up what was achieved, remind them of confidentiality, explain the other "
                    "ways open to them, such as the court, the akimat or a council of elders, and "
                    "leave the door open for a return to mediation."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-drafting-canal-agreement",
            "text": {
                "kk": (
                    "<p>Бұл — оқу мысалы. Түркістан облысындағы ауылда су кезегі туралы "
                    "медиацияға жоғарғы жақтан Бақыт аға, төменгі көшеден Рустам ака және ауыл "
                    "мирабы (су бөлуші) Серік қатысты. Соңғы кездесуде Рустам аканың жиені Дилшод "
                    "та болды. Ауызша келісілгені: шілде мен тамызда су апта күндері бойынша "
                    "кезекпен беріледі; шлюзді тек мираб ашып-жабады; Дилшод өз еркімен WhatsApp "
                    "тобындағы бейнені өшіруді ұсынды; әкімдіктен шлюзді жөндеуді сұрау керек; "
                    "мәселе туындаса, тараптар бір-біріне хабарласады. Бақыт аға мәтінге «төменгі "
                    "көше бейне өтірік екенін мойындайды» деген тармақ қосуды талап етеді. Бақыт "
                    "аға қазақша, Рустам ака өзбекше және орысша жақсы түсінеді.</p><p>Тапсырма: "
                    "келісімнің 4–6 тармағын жазыңыз және әкімдікке қатысты тармақты, Бақыт "
                    "ағаның талабын және келісімге қол қоюды (тілі, оқу, даналары, кейінгі "
                    "байланыс) қалай рәсімдейтініңізді түсіндіріңіз.</p>"
                ),
                "ru": (
                    "<p>Это учебный пример. В медиации об очерёдности полива в селе Туркестанской "
                    "области участвовали Бахыт-ага от верхней части села, Рустам-ака от нижней "
                    "улицы и сельский мираб (распорядитель воды) Серик. На последней встрече был "
                    "и племянник Рустама-аки Дильшод. Устно договорились: в июле и августе вода "
                    "идёт по очереди по дням недели; шлюз открывает и закрывает только мираб; "
                    "Дильшод сам предложил удалить видео из группы в WhatsApp; нужно попросить "
                    "акимат отремонтировать шлюз; при проблемах стороны связываются друг с "
                    "другом. Бахыт-ага требует добавить пункт «нижняя улица признаёт, что видео "
                    "было ложью». Бахыт-ага хорошо понимает казахский, Рустам-ака — узбекский и "
                    "русский.</p><p>Задание: напишите 4–6 пунктов соглашения и объясните, как вы "
                    "оформите пункт об акимате, как поступите с требованием Бахыта-аги и как "
                    "проведёте подписание (язык, чтение вслух, экземпляры, последующая связь).</p>"
                ),
                "en": (
                    "<p>This is a training example. A mediation about watering turns in a village "
                    "in Turkistan region was attended by Bakhyt-aga for the upper part of the "
                    "village, Rustam-aka for the lower street and the village mirab (water "
                    "master), Serik. Rustam-aka's nephew Dilshod also came to the last session. "
                    "Orally they agreed: in July and August the water goes in turns by day of the "
                    "week; only the mirab opens and closes the sluice; Dilshod himself offered to "
                    "delete the video from the WhatsApp group; the akimat should be asked to "
                    "repair the sluice; if problems arise, the parties contact each other. "
                    "Bakhyt-aga demands a clause saying “the lower street admits the video was a "
                    "lie”. Bakhyt-aga is at home in Kazakh, Rustam-aka in Uzbek and "
                    "Russian.</p><p>Task: write 4 to 6 points of the agreement and explain how "
                    "you would word the point about the akimat, how you would deal with "
                    "Bakhyt-aga's demand, and how you would organise the signing (language, "
                    "reading aloud, copies, follow-up).</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Тармақтар нақты және тексерілетін: аты аталған адамдар, тілек емес "
                            "әрекет, күндер мен мерзімдер; әр тармақ бойынша «орындалды» не "
                            "«орындалмады» деп айтуға болады."
                        ),
                        "ru": (
                            "Пункты конкретны и проверяемы: названы люди, действия вместо "
                            "пожеланий, даты и сроки; по каждому пункту можно сказать «выполнено» "
                            "или «не выполнено»."
                        ),
                        "en": (
                            "The points are specific and checkable: named people, actions rather "
                            "than wishes, dates and deadlines; for each point one can say “done” "
                            "or “not done”."
                        ),
                    },
                    "points": 4,
                },
                {
                    "criterion": {
                        "kk": (
                            "«Қалай?» сұрағына жауап бар: мәселе туындағанда алдымен бір-біріне "
                            "немесе медиаторға хабарласу, чатқа жазбау."
                        ),
                        "ru": (
                            "Есть ответ на вопрос «Как?»: при проблеме сначала связаться друг с "
                            "другом или с медиатором, а не писать в чат."
                        ),
                        "en": (
                            "The “How?” question is answered: when a problem arises, the parties "
                            "first contact each other or the mediator instead of posting in the "
                            "chat."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Әкімдікке міндет жүктелмей, бірлескен өтініш ретінде жазылған; "
                            "айыптайтын сөз жоқ, мойындау не кешірім тармағы тарап оны өз еркімен "
                            "ұсынса ғана енгізіледі; медиатор өз шартын қоспайды."
                        ),
                        "ru": (
                            "Акимат не обязывается, пункт оформлен как совместная просьба; нет "
                            "обвиняющих слов, признание или извинение включается, только если "
                            "сторона предлагает его добровольно; медиатор не добавляет своих "
                            "условий."
                        ),
                        "en": (
                            "The akimat is not given obligations; the point is a joint request; "
                            "there are no words of blame, and an admission or apology is included "
                            "only if the party offers it freely; the mediator adds no conditions."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Қол қою дұрыс ұйымдастырылған: тараптар жақсы түсінетін тілде (екі "
                            "нұсқа болса, мазмұны бірдей екені тексеріледі), мәтін дауыстап "
                            "оқылады, әр тарап бір дана алады, кейінгі байланыс келісіледі."
                        ),
                        "ru": (
                            "Подписание организовано правильно: на языке, который стороны хорошо "
                            "понимают (при двух версиях проверено их совпадение), текст прочитан "
                            "вслух, каждая сторона получает экземпляр, согласована последующая "
                            "связь."
                        ),
                        "en": (
                            "The signing is organised properly: in a language the parties "
                            "understand well (with two versions checked against each other), read "
                            "aloud, a copy for each party, and follow-up contact agreed."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта тармақтар кім, не, қашан, қалай деген сұрақтарға жауап береді: "
                    "мысалы, «Мираб Серік шілде мен тамызда шлюзді ілулі кесте бойынша "
                    "ашып-жабады», «Дилшод бейнені белгілі бір күнге дейін өшіреді». Шлюзді "
                    "жөндеу — әкімдікке бірлескен өтініш. Бақыт ағаның талабы — айыптау; оның "
                    "артындағы мүддені (абыройды қалпына келтіру) талқылап, тараптардың өзі "
                    "ұсынса ғана бірлескен тұжырым іздеу керек, медиатор өз шартын қоспайды. "
                    "Мәтін екі тілде дайындалып, салыстырылады, дауыстап оқылады, әр тарап бір "
                    "дана алады, тексеру кездесуі белгіленеді."
                ),
                "ru": (
                    "В хорошем ответе пункты отвечают на вопросы кто, что, когда, как: например, "
                    "«Мираб Серик в июле и августе открывает и закрывает шлюз по вывешенному "
                    "графику», «Дильшод удаляет видео до определённой даты». Ремонт шлюза — "
                    "совместная просьба к акимату. Требование Бахыта-аги — обвинение: нужно "
                    "обсудить интерес за ним (восстановление достоинства) и искать совместную "
                    "формулировку, только если её предложат сами стороны; медиатор своих условий "
                    "не добавляет. Текст готовят на двух языках, сверяют, читают вслух, каждая "
                    "сторона получает экземпляр, назначается встреча для проверки."
                ),
                "en": (
                    "In a good answer the points say who, what, when and how: for example, “Mirab "
                    "Serik opens and closes the sluice in July and August according to the posted "
                    "schedule”, “Dilshod deletes the video by a set date”. Repairing the sluice "
                    "is a joint request to the akimat. Bakhyt-aga's demand is an accusation: "
                    "explore the interest behind it (restoring dignity) and look for joint "
                    "wording only if the parties themselves offer it; the mediator adds no "
                    "conditions. The text is prepared in two languages, checked against each "
                    "other, read aloud, a copy goes to each party, and a check-in meeting is set."
                ),
            },
        },
    ],
}
