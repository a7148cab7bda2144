"""Module 9 of the negotiator-ethnomediator course: final test and assessed role-play."""

MODULE = {
    "slug": "assessment",
    "title": {
        "kk": "Бағалау: қорытынды тест және бағаланатын рөлдік ойын",
        "ru": "Оценивание: итоговый тест и оцениваемая ролевая игра",
        "en": "Assessment: final test and assessed role-play",
    },
    "summary": {
        "kk": (
            "Курстың қорытынды модулі: 1–8-модульдерді жүйелі қайталау және қорытынды тесттің "
            "ережелері, содан кейін бағаланатын рөлдік ойын — онда сіз шынайы этносаралық дау "
            "бойынша медиация жүргізесіз, ал бақылаушы сізді рубрика бойынша бағалайды."
        ),
        "ru": (
            "Завершающий модуль курса: структурированное повторение модулей 1–8 и правила "
            "итогового теста, затем оцениваемая ролевая игра, в которой вы проводите медиацию "
            "реалистичного межэтнического спора, а наблюдатель оценивает вас по рубрике."
        ),
        "en": (
            "The closing module of the course: a structured review of modules 1–8 and the rules "
            "of the final test, then an assessed role-play in which you mediate a realistic "
            "interethnic dispute while an observer scores you against a rubric."
        ),
    },
    "academic_hours": 8,
    "learning_outcomes": [
        {
            "kk": (
                "1–8-модульдердің негізгі идеяларын қорытынды тесттегідей қысқа практикалық "
                "жағдаяттарға қолдану."
            ),
            "ru": (
                "Применять ключевые идеи модулей 1–8 к коротким практическим ситуациям, подобным "
                "заданиям итогового теста."
            ),
            "en": (
                "Apply the key ideas of modules 1–8 to short practical situations of the kind "
                "used in the final test."
            ),
        },
        {
            "kk": (
                "Рөлдік ойында этносаралық дау бойынша медиацияны кіріспе сөзден аяқтауға дейін "
                "толық жүргізу."
            ),
            "ru": (
                "Провести полную медиацию межэтнического спора в ролевой игре — от вступительного "
                "слова до завершения."
            ),
            "en": (
                "Conduct a complete mediation of an interethnic dispute in a role-play, from the "
                "opening to the closing."
            ),
        },
        {
            "kk": (
                "Бағалау рубрикасы арқылы өз жұмысыңыз бен әріптесіңіздің жұмысын бағалап, бұдан "
                "кейінгі оқуды жоспарлау."
            ),
            "ru": (
                "Пользоваться рубрикой оценивания, чтобы оценить собственную работу и работу "
                "коллеги и спланировать дальнейшее обучение."
            ),
            "en": (
                "Use the assessment rubric to judge your own and a colleague's performance and to "
                "plan further learning."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "preparing-for-the-final-test",
            "title": {
                "kk": "Қорытынды тестке дайындық",
                "ru": "Подготовка к итоговому тесту",
                "en": "Preparing for the final test",
            },
            "summary": {
                "kk": (
                    "Сегіз мазмұндық модульді жүйелі қайталау және меңгеру қажет негізгі идеялар, "
                    "қорытынды тесттің өту тәртібі мен оған дайындалу жолы."
                ),
                "ru": (
                    "Структурированное повторение восьми содержательных модулей с ключевыми "
                    "идеями, которые нужно усвоить, порядок итогового теста и советы по "
                    "подготовке."
                ),
                "en": (
                    "A structured review of the eight content modules with the ideas you must "
                    "master, how the final test works, and how to prepare for it."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "1–8-модульдердің әрқайсысының негізгі идеяларын өз сөзіңізбен баяндап, "
                        "оларды өз өңіріңіздегі мысалдармен байланыстыру."
                    ),
                    "ru": (
                        "Своими словами излагать ключевые идеи каждого из модулей 1–8 и связывать "
                        "их с примерами из своего региона."
                    ),
                    "en": (
                        "Summarise in your own words the key ideas of each of modules 1–8 and "
                        "link them to examples from your region."
                    ),
                },
                {
                    "kk": (
                        "Қорытынды тесттің қалай өтетінін — уақыт шектеуі, өту шегі, талпыныстар "
                        "мен қайта тапсыру — түсіндіріп, жеке дайындық жоспарын құру."
                    ),
                    "ru": (
                        "Объяснять, как устроен итоговый тест — ограничение по времени, проходной "
                        "балл, попытки и пересдачи, — и составить личный план подготовки."
                    ),
                    "en": (
                        "Explain how the final test works — time limit, pass mark, attempts and "
                        "retakes — and make a personal study plan."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бұл қайталауды қалай пайдалану керек</h3><p>Қорытынды тест заңды "
                            "жатқа айта алатыныңызды тексермейді. Ол қысқа жағдаятта не болып "
                            "жатқанын көріп, келіссөз жүргізуші-этномедиатордың келесі қадамын "
                            "дұрыс таңдай алатыныңызды тексереді. Модульдерді бір-бірлеп өтіңіз: "
                            "қысқаша мазмұнын оқыңыз, бетті жабыңыз да, негізгі идеяларды өз "
                            "ауылыңыздан, ауданыңыздан немесе қалаңыздан алынған мысалмен "
                            "дауыстап түсіндіріңіз. Қай жерде тоқтап қалсаңыз, сол модульге қайта "
                            "оралыңыз.</p><h3>1–4-модульдер</h3><ul><li><strong>Құқық және "
                            "институттар.</strong> 2011 жылғы 28 қаңтардағы № 401-IV «Медиация "
                            "туралы» Заң (өзгерістері мен толықтыруларымен) және оның бес "
                            "қағидаты: еріктілік, тараптардың тең құқықтылығы, медиатордың "
                            "тәуелсіздігі мен бейтараптығы, медиация рәсіміне араласуға жол "
                            "бермеу, құпиялылық. Кәсіби және қоғамдық медиаторлар және олардың "
                            "тізілімдері; медиация туралы шарт және дауды реттеу туралы жазбаша "
                            "келісім. Есіңізде болсын: бұл курс заңды мәртебе емес, құзыреттілік "
                            "куәлігін береді, сондықтан әкімдік қызметкері оқытылған келіссөз "
                            "жүргізуші бола тұра, медиатор ретінде әрекет ете алмауы "
                            "мүмкін.</li><li><strong>Конфликт.</strong> Конфликт көздері, түрткі "
                            "мен себептің айырмашылығы, ушығу сатылары — мәселе туралы даудан "
                            "«біз және олар» дегенге және қоқан-лоққыға дейін. Конфликт картасы "
                            "мен актор картасы кімнің қатысып отырғанын, кімнің ықпалы бар "
                            "екенін, кім адамдарды байланыстыратынын және кім келісімді бұзуы "
                            "мүмкін екенін көрсетеді.</li><li><strong>Этносаралық "
                            "контекст.</strong> Су, базардағы орын немесе мектептегі төбелес "
                            "туралы тұрмыстық даудың қалай этностық реңкке ие болатыны; "
                            "стереотиптер, алдын ала теріс көзқарас және кемсітушілік; әлеуметтік "
                            "желідегі қауесеттер; ерте ескерту белгілері және мониторинг "
                            "журналы.</li><li><strong>Коммуникация.</strong> Белсенді тыңдау "
                            "(перефраз, сезімді атау, түйіндеу), сұрақ түрлері, екі тілде жұмыс "
                            "істеу, айыптауды алаңдаушылыққа айналдыратын рефрейминг, "
                            "эмоциялармен жұмыс, сондай-ақ қашан үзіліс жариялау немесе "
                            "тараптармен жеке кездесу керек екені.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Как работать с этим повторением</h3><p>Итоговый тест не "
                            "проверяет, можете ли вы пересказать закон наизусть. Он проверяет, "
                            "умеете ли вы увидеть, что происходит в короткой ситуации, и выбрать, "
                            "что переговорщику-этномедиатору следует сделать дальше. Идите по "
                            "модулям по одному: прочитайте краткое изложение, закройте страницу и "
                            "расскажите вслух ключевые идеи с примером из своего села, района или "
                            "города. Где запнулись — вернитесь к этому модулю.</p><h3>Модули "
                            "1–4</h3><ul><li><strong>Право и институты.</strong> Закон «О "
                            "медиации» № 401-IV от 28 января 2011 года (с изменениями и "
                            "дополнениями) и его пять принципов: добровольность, равноправие "
                            "сторон, независимость и беспристрастность медиатора, недопустимость "
                            "вмешательства в процедуру медиации, конфиденциальность. "
                            "Профессиональные и общественные медиаторы и их реестры; договор о "
                            "медиации и письменное соглашение об урегулировании спора. Помните: "
                            "этот курс даёт подтверждение компетенции, а не правовой статус, "
                            "поэтому сотрудник акимата может быть обученным переговорщиком и при "
                            "этом не иметь права выступать "
                            "медиатором.</li><li><strong>Конфликт.</strong> Источники конфликта, "
                            "различие между поводом и причиной, ступени эскалации — от спора о "
                            "проблеме к «мы и они» и угрозам. Карта конфликта и карта акторов "
                            "показывают, кто вовлечён, у кого есть влияние, кто связывает людей, "
                            "а кто может сорвать соглашение.</li><li><strong>Межэтнический "
                            "контекст.</strong> Как бытовой спор из-за воды, места на рынке или "
                            "драки в школе приобретает этническую окраску; стереотипы, "
                            "предубеждения и дискриминация; слухи в социальных сетях; признаки "
                            "раннего предупреждения и журнал "
                            "мониторинга.</li><li><strong>Коммуникация.</strong> Активное "
                            "слушание (перефразирование, называние чувств, резюмирование), виды "
                            "вопросов, работа на двух языках, рефрейминг, превращающий обвинение "
                            "в озабоченность, работа с эмоциями, а также когда объявить перерыв "
                            "или встретиться со сторонами раздельно.</li></ul>"
                        ),
                        "en": (
                            "<h3>How to use this review</h3><p>The final test does not check "
                            "whether you can recite the law. It checks whether you can see what "
                            "is happening in a short situation and choose what a "
                            "negotiator-ethnomediator should do next. Take the modules one at a "
                            "time: read the summary, close the page and explain the key ideas "
                            "aloud with an example from your own village, district or city. Where "
                            "you get stuck, go back to that module.</p><h3>Modules "
                            "1–4</h3><ul><li><strong>Law and institutions.</strong> The Law “On "
                            "Mediation” No. 401-IV of 28 January 2011 (as amended) and its five "
                            "principles: voluntariness, equality of the parties, independence and "
                            "impartiality of the mediator, non-interference in the procedure, "
                            "confidentiality. Professional and public mediators and their "
                            "registers; the contract on mediation and the written settlement "
                            "agreement. Remember: this course gives a competency credential, not "
                            "a legal status, so an akimat official may be a trained negotiator "
                            "and still be barred from acting as a "
                            "mediator.</li><li><strong>Conflict.</strong> Sources of conflict, "
                            "the difference between a trigger and a cause, and the stages of "
                            "escalation from a dispute about a problem to “us and them” and "
                            "threats. Conflict and actor maps show who is involved, who has "
                            "influence, who connects people and who may spoil an "
                            "agreement.</li><li><strong>The interethnic context.</strong> How an "
                            "everyday dispute over water, a market stall or a school fight "
                            "acquires an ethnic colouring; stereotypes, prejudice and "
                            "discrimination; rumours in social media; early warning signs and the "
                            "monitoring log.</li><li><strong>Communication.</strong> Active "
                            "listening (paraphrase, naming feelings, summaries), types of "
                            "questions, working in two languages, reframing an accusation into a "
                            "concern, working with emotions, and when to take a break or meet the "
                            "parties separately.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>5–8-модульдер</h3><ul><li><strong>Келіссөз.</strong> Ұстанымдар "
                            "мен мүдделер; BATNA, кету нүктесі және объективті өлшемдер; көп "
                            "тарап қатысатын келіссөз және кім кімнің атынан сөйлейтіні туралы "
                            "мәселе; жұрт жиналған кездегі дағдарыстық келіссөз және одан кейін "
                            "істі ресми медиацияға беру.</li><li><strong>Медиация "
                            "рәсімі.</strong> Дайындық пен медиация туралы шарттан бастап "
                            "аяқтауға дейінгі кезеңдер; бірлескен медиация; жеке кездесулер "
                            "(кокус); құпиялылық және оның шектері; кім не істейтінін және қай "
                            "мерзімге дейін орындайтынын көрсететін келісім "
                            "жазу.</li><li><strong>Этномедиация тәжірибесі.</strong> Ең алдымен "
                            "алдын алу; оқиғадан кейінгі алғашқы сағаттарға арналған жедел ден "
                            "қою жоспары; әкімдікпен, учаскелік полиция инспекторымен, этномәдени "
                            "бірлестіктермен және ақсақалдар кеңесімен жұмыс; еріктілікті "
                            "сақтайтын татуластырудың дәстүрлі нысандары; рөліңіздің шектері — "
                            "сіз тергеу жүргізбейсіз, жазаламайсыз және мемлекеттік органдардың "
                            "орнын баспайсыз.</li><li><strong>Әдеп.</strong> Бейтараптық пен "
                            "алаламаушылық; мүдделер қақтығысын ашып айту немесе өздігінен бас "
                            "тарту; мүмкіндіктер теңсіздігі және өз алдын ала көзқарастарыңыз; "
                            "сыйлықтар мен қонақжайлық, иесіздендірілген жазбалар, супервизия "
                            "және кәсіби күйіп қалу.</li></ul><h3>Сұраққа қалай ойлану "
                            "керек</h3><p>Әдеттегі сұрақ: <em>«Бірлескен кездесу кезінде құрметті "
                            "ақсақал тараптардың біріне: қазір қол қой, әйтпесе отбасыңның "
                            "абыройын төгесің, — дейді. Медиатор не істеуі керек?»</em> Алдымен "
                            "қай қағидат қатерде тұрғанын атаңыз: бұл жерде — еріктілік. Содан "
                            "кейін оны ешкімді қорламай қорғайтын жауапты іздеңіз: ақсақалға "
                            "қамқорлығы үшін алғыс айту, қол қою әркімнің өз еркі екенін бәріне "
                            "еске салу және қысқа үзіліс ұсыну. Медиатор ақсақалмен келісетін, "
                            "оның сөзін елемейтін немесе кездесуді бірден тоқтататын нұсқалар "
                            "шешімді болып естілсе де, әлсіздеу.</p>"
                        ),
                        "ru": (
                            "<h3>Модули 5–8</h3><ul><li><strong>Переговоры.</strong> Позиции и "
                            "интересы; НАОС (BATNA), точка отказа и объективные критерии; "
                            "переговоры с участием многих сторон и вопрос о том, кто за кого "
                            "говорит; кризисные переговоры, когда собирается толпа, и последующая "
                            "передача дела в формальную медиацию.</li><li><strong>Процедура "
                            "медиации.</strong> Этапы — от подготовки и договора о медиации до "
                            "завершения; ко-медиация; раздельные встречи (кокус); "
                            "конфиденциальность и её пределы; составление соглашения, в котором "
                            "сказано, кто, что и к какому сроку делает.</li><li><strong>Практика "
                            "этномедиации.</strong> Профилактика прежде всего; план оперативного "
                            "реагирования на первые часы после инцидента; работа с акиматом, "
                            "участковым инспектором полиции, этнокультурными объединениями и "
                            "советами аксакалов; традиционные формы примирения, сохраняющие "
                            "добровольность; пределы вашей роли — вы не расследуете, не "
                            "наказываете и не подменяете государственные "
                            "органы.</li><li><strong>Этика.</strong> Нейтральность и "
                            "беспристрастность; раскрытие конфликта интересов или самоотвод; "
                            "неравенство сил и собственные предубеждения; подарки и "
                            "гостеприимство, обезличенные записи, супервизия и профессиональное "
                            "выгорание.</li></ul><h3>Как рассуждать над вопросом</h3><p>Типичный "
                            "вопрос: <em>«Во время совместной встречи уважаемый аксакал говорит "
                            "одной из сторон: подпиши сейчас, иначе опозоришь свою семью. Что "
                            "должен сделать медиатор?»</em> Сначала назовите принцип, который "
                            "оказался под угрозой: здесь это добровольность. Затем ищите ответ, "
                            "который защищает его, никого не унижая: поблагодарить аксакала за "
                            "заботу, напомнить всем, что подпись — свободный выбор каждого, и "
                            "предложить короткий перерыв. Варианты, в которых медиатор "
                            "соглашается с аксакалом, не замечает его слов или сразу прекращает "
                            "встречу, слабее, даже если звучат решительно.</p>"
                        ),
                        "en": (
                            "<h3>Modules 5–8</h3><ul><li><strong>Negotiation.</strong> Positions "
                            "and interests; BATNA, the reservation point and objective criteria; "
                            "talks with many parties and the question of who speaks for whom; "
                            "crisis negotiation when a crowd gathers, and the hand-over to formal "
                            "mediation afterwards.</li><li><strong>Mediation procedure.</strong> "
                            "The stages from preparation and the agreement to mediate to closing; "
                            "co-mediation; separate meetings (caucus); confidentiality and its "
                            "limits; drafting an agreement that says who does what and by "
                            "when.</li><li><strong>Ethnomediation practice.</strong> Prevention "
                            "first; a rapid-response plan for the first hours after an incident; "
                            "work with the akimat, the local police inspector, ethnocultural "
                            "associations and aksakal councils; traditional forms of "
                            "reconciliation that keep voluntariness; the limits of your role — "
                            "you do not investigate, punish or replace state "
                            "bodies.</li><li><strong>Ethics.</strong> Neutrality and "
                            "impartiality; disclosing a conflict of interest or withdrawing; "
                            "power imbalance and your own biases; gifts and hospitality, "
                            "anonymised records, supervision and burnout.</li></ul><h3>How to "
                            "reason through a question</h3><p>A typical question: <em>“During a "
                            "joint meeting a respected elder tells one party: sign now, or you "
                            "will shame your family. What should the mediator do?”</em> First "
                            "name the principle at stake: here it is voluntariness. Then look for "
                            "the answer that protects it without humiliating anyone: thank the "
                            "elder for his concern, remind everyone that signing is each party's "
                            "free choice and offer a short break. Options in which the mediator "
                            "agrees with the elder, ignores the remark or ends the meeting at "
                            "once are weaker, even if they sound decisive.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қорытынды тест қалай өтеді</h3><p>Қорытынды тест — барлық сегіз "
                            "модуль бойынша уақыты шектелген тест. Сұрақтардың көбі қысқа "
                            "жағдаятты сипаттап, ең дұрыс әрекетті, қозғалып тұрған қағидатты "
                            "немесе жіберілген қатені таңдауды сұрайды; кейбір сұрақтардың "
                            "бірнеше дұрыс жауабы болады.</p><ul><li><strong>Уақыт.</strong> "
                            "Берілетін уақыт пен сұрақтар саны тест басталмай тұрып көрсетіледі. "
                            "Тыныш орын, зарядталған телефон немесе компьютер және ешкім "
                            "бөлмейтін жеткілікті уақыт болғанда ғана "
                            "бастаңыз.</li><li><strong>Өту шегі.</strong> Ассамблея пулына "
                            "арналған әдепкі біліктілік талабында өту шегі — 75 пайыз. Оқуды "
                            "ұйымдастырушы басқа мән белгілеуі мүмкін; сізге қолданылатын мән "
                            "тестпен бірге көрсетіледі.</li><li><strong>Талпыныстар.</strong> "
                            "Талпыныстар саны шектеулі, әдепкі бойынша — үшеу. Талпынысты "
                            "«сұрақтарды жай көріп алу үшін» жұмсамаңыз.</li><li><strong>Қайта "
                            "тапсыру.</strong> Сәтсіз талпыныстан кейін ұйымдастырушы белгілеген "
                            "күту мерзімі өткен соң тестті қайта тапсыруға болады. Бұл уақытты "
                            "ұпай жоғалтқан модульдерді қайталауға жұмсаңыз.</li></ul><p>Тест — "
                            "талаптардың бірі ғана. Әдепкі бойынша құзыреттілік куәлігін алу үшін "
                            "сабақтарға кемінде 80 пайыз қатысу, екі бағаланатын рөлдік ойыннан "
                            "сәтті өту және 12 ай ішінде бақылаумен немесе бірлескен медиация "
                            "түрінде жүргізілген кемінде екі нақты іс қажет.</p><h3>Дайындалу "
                            "бойынша кеңестер</h3><ol><li>Тест алдындағы бір ұзақ кештің орнына "
                            "бір апта ішінде бірнеше қысқа сабақ жоспарлаңыз.</li><li>Әр модульді "
                            "әріптесіңізге немесе отбасы мүшесіне түсіндіріп көріңіз; қарапайым "
                            "түсіндіре алмасаңыз, оны тағы бір рет қайталаңыз.</li><li>Өз "
                            "мысалдарыңызды жинаңыз — суару кезегі, базардағы жанжал, мектептегі "
                            "төбелес, аудандық чаттағы қауесет — және әрқайсысы үшін қағидатты, "
                            "медиация кезеңін және өзіңіз қолданатын тәсілді атаңыз.</li><li>Әр "
                            "сұрақты соңына дейін оқыңыз. «Әрқашан», «ешқашан», «дереу» сияқты "
                            "сөздер көбіне қате нұсқаны білдіреді.</li><li>Күмәнданғанда "
                            "тараптардың еріктілігін, тең құқықтылығын және құпиялылықты "
                            "сақтайтын жауапты таңдаңыз: медиатор тараптардың орнына сирек шешім "
                            "қабылдайды.</li></ol><h3>Жиі кездесетін "
                            "қателер</h3><ul><li>Ережелердің қалай қолданылатынын түсінудің "
                            "орнына бап нөмірлерін жаттау.</li><li>Ұстанымды мүддемен немесе "
                            "перефразды рефреймингпен шатастыру.</li><li>Оқытылған келіссөз "
                            "жүргізуші автоматты түрде тізілімге енгізілген медиатор болады деп "
                            "ойлау.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Как устроен итоговый тест</h3><p>Итоговый тест — это тест с "
                            "ограничением по времени по всем восьми модулям. Большинство вопросов "
                            "описывают короткую ситуацию и просят выбрать лучшее действие, "
                            "затронутый принцип или допущенную ошибку; в некоторых вопросах "
                            "несколько правильных ответов.</p><ul><li><strong>Время.</strong> "
                            "Отведённое время и число вопросов показываются до начала. Начинайте, "
                            "только когда у вас есть тихое место, заряженный телефон или "
                            "компьютер и достаточно времени, чтобы вас никто не "
                            "прерывал.</li><li><strong>Проходной балл.</strong> В "
                            "квалификационном требовании по умолчанию для пула Ассамблеи "
                            "проходной балл — 75 процентов. Организатор обучения может установить "
                            "другое значение; то, что действует для вас, указано вместе с "
                            "тестом.</li><li><strong>Попытки.</strong> Число попыток ограничено, "
                            "по умолчанию — три. Не тратьте попытку на то, чтобы «просто "
                            "посмотреть вопросы».</li><li><strong>Пересдача.</strong> После "
                            "неудачной попытки тест можно пересдать, когда пройдёт срок ожидания, "
                            "установленный организатором. Используйте это время, чтобы повторить "
                            "модули, в которых вы потеряли баллы.</li></ul><p>Тест — лишь одно из "
                            "требований. По умолчанию для подтверждения компетенции также нужны "
                            "посещаемость не ниже 80 процентов, две успешно пройденные "
                            "оцениваемые ролевые игры и не менее двух реальных случаев, "
                            "проведённых под наблюдением или в ко-медиации, в течение 12 "
                            "месяцев.</p><h3>Советы по подготовке</h3><ol><li>Запланируйте "
                            "несколько коротких занятий в течение недели вместо одного долгого "
                            "вечера перед тестом.</li><li>Объясните каждый модуль коллеге или "
                            "члену семьи; если не получается объяснить просто, повторите его ещё "
                            "раз.</li><li>Соберите свои примеры — очередь полива, ссора на рынке, "
                            "драка в школе, слух в районном чате — и для каждого назовите "
                            "принцип, этап медиации и приём, который вы бы "
                            "применили.</li><li>Читайте каждый вопрос до конца. Слова «всегда», "
                            "«никогда» и «немедленно» часто указывают на неверный "
                            "вариант.</li><li>Если сомневаетесь, выбирайте ответ, который "
                            "сохраняет добровольность, равноправие сторон и конфиденциальность: "
                            "медиатор редко решает за стороны.</li></ol><h3>Типичные "
                            "ошибки</h3><ul><li>Заучивать номера статей вместо того, чтобы "
                            "понимать, как применяются правила.</li><li>Путать позиции с "
                            "интересами или перефразирование с рефреймингом.</li><li>Считать, что "
                            "обученный переговорщик автоматически становится медиатором, "
                            "внесённым в реестр.</li></ul>"
                        ),
                        "en": (
                            "<h3>How the final test works</h3><p>The final test is a timed quiz "
                            "covering all eight modules. Most questions describe a short "
                            "situation and ask for the best action, the principle at stake or the "
                            "mistake made; some have more than one correct "
                            "answer.</p><ul><li><strong>Time limit.</strong> The time allowed and "
                            "the number of questions are shown before you start. Begin only when "
                            "you have a quiet place, a charged phone or a computer, and enough "
                            "time without interruptions.</li><li><strong>Pass mark.</strong> In "
                            "the default qualification requirement for the Assembly pool the pass "
                            "mark is 75 per cent. Your training provider may set a different "
                            "value; the one that applies to you is shown with the "
                            "test.</li><li><strong>Attempts.</strong> The number of attempts is "
                            "limited, by default to three. Do not spend an attempt “just to see "
                            "the questions”.</li><li><strong>Retake.</strong> After a failed "
                            "attempt you can retake the test once the waiting time set by the "
                            "provider has passed. Use that time to revisit the modules where you "
                            "lost points.</li></ul><p>The test is only one requirement. By "
                            "default the credential also needs at least 80 per cent attendance, "
                            "two passed assessed role-plays and at least two observed or "
                            "co-mediated real cases within 12 months.</p><h3>Study "
                            "advice</h3><ol><li>Plan several short review sessions over a week "
                            "rather than one long evening before the test.</li><li>Explain each "
                            "module to a colleague or a family member; if you cannot explain it "
                            "simply, review it again.</li><li>Collect your own examples — a water "
                            "turn, a market quarrel, a school fight, a rumour in the district "
                            "chat — and for each name the principle, the stage of mediation and "
                            "the technique you would use.</li><li>Read every question to the end. "
                            "Words such as “always”, “never” and “immediately” often mark a wrong "
                            "option.</li><li>When unsure, prefer the answer that keeps the "
                            "parties' voluntariness, equality and confidentiality: the mediator "
                            "rarely decides for the parties.</li></ol><h3>Common "
                            "mistakes</h3><ul><li>Memorising article numbers instead of "
                            "understanding how the rules apply.</li><li>Confusing positions with "
                            "interests, or paraphrase with reframing.</li><li>Assuming that a "
                            "trained negotiator is automatically a registered mediator.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Қайталауға арналған кейс: Наурыз концертінен кейінгі жазба",
                            "ru": "Кейс для повторения: пост после концерта на Наурыз",
                            "en": "Review case: a post after the Nauryz concert",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан алынған мысал. Шығыс Қазақстан облысындағы бір "
                                "ауылда клубта өткен Наурыз концерті тек қазақ тілінде "
                                "жүргізілді. Орыс тілінде сөйлейтін бірнеше егде тұрғын концерт "
                                "аяқталмай жатып кетіп қалды. Кешке солардың бірі Людмила ауыл "
                                "чатына: «Өз мерекемізде бөтен болып қалдық», — деп жазды. Бір "
                                "сағаттың ішінде жазбаның астында ондаған жауап пайда болды. "
                                "Біреулер онымен келісті, енді біреулер бәріне мемлекеттік тілді "
                                "үйренетін уақыт келді деп жазды, ал бірнеше пікір тұтас "
                                "халықтарды қорлады. Ертеңіне дүкеннің алдында екі жігіт сөзге "
                                "келіп қалды; ешкім зардап шеккен жоқ.</p><p>Сіз — оқытылған "
                                "келіссөз жүргізуші-этномедиатор әрі ауыл мектебінің мұғалімісіз. "
                                "Концертті жүргізген Жанар — сіздің әріптесіңіз және досыңыз. "
                                "Ауылдық округ әкімі сізге қоңырау шалады: «Мұны жұмаға дейін "
                                "реттеңіз, жазбаны өшіртіңіз және бұл туралы ауданда ешкім "
                                "білмейтін болсын».</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В селе Восточно-Казахстанской области "
                                "концерт к Наурызу в сельском клубе вели только на казахском "
                                "языке. Несколько пожилых русскоязычных жителей ушли до конца. "
                                "Вечером одна из них, Людмила, написала в сельском чате: «Мы "
                                "чужие на собственном празднике». Через час под постом были "
                                "десятки ответов. Одни соглашались с ней, другие писали, что всем "
                                "пора выучить государственный язык, а несколько комментариев "
                                "оскорбляли целые народы. На следующий день двое молодых людей "
                                "поругались у магазина; никто не пострадал.</p><p>Вы — обученный "
                                "переговорщик-этномедиатор и работаете учителем в сельской школе. "
                                "Ведущая концерта Жанар — ваша коллега и подруга. Вам звонит аким "
                                "сельского округа: «Уладьте это до пятницы, добейтесь, чтобы пост "
                                "удалили, и чтобы в районе об этом никто не узнал».</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in East Kazakhstan "
                                "region the Nauryz concert in the village club was hosted only in "
                                "Kazakh. Several older Russian-speaking residents left before the "
                                "end. That evening one of them, Lyudmila, wrote in the village "
                                "chat: “We are strangers at our own holiday.” Within an hour "
                                "there were dozens of replies. Some agreed with her, others wrote "
                                "that it was time everyone learned the state language, and a few "
                                "comments insulted whole peoples. The next day two young men "
                                "quarrelled outside the shop; nobody was hurt.</p><p>You are a "
                                "trained negotiator-ethnomediator and you teach at the village "
                                "school. The concert host, Zhanar, is your colleague and friend. "
                                "The akim of the rural district calls you: “Settle this by "
                                "Friday, get that post deleted, and make sure nobody in the "
                                "district hears about it.”</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Мұнда ерте ескертудің қандай белгілерін және ушығудың қай "
                                    "сатысын көріп отырсыз? (2 және 3-модульдер)"
                                ),
                                "ru": (
                                    "Какие признаки раннего предупреждения и какую стадию "
                                    "эскалации вы здесь видите? (модули 2 и 3)"
                                ),
                                "en": (
                                    "Which early warning signs and which stage of escalation do "
                                    "you see here? (modules 2 and 3)"
                                ),
                            },
                            {
                                "kk": (
                                    "Әкімнің өтініші заңның қай қағидаттарына қауіп төндіреді "
                                    "және сіз оған не деп жауап бересіз? (1 және 7-модульдер)"
                                ),
                                "ru": (
                                    "Какие принципы закона ставит под угрозу просьба акима и что "
                                    "вы ему ответите? (модули 1 и 7)"
                                ),
                                "en": (
                                    "Which principles of the law are put at risk by the akim's "
                                    "request, and what would you answer him? (modules 1 and 7)"
                                ),
                            },
                            {
                                "kk": (
                                    "Сізде мүдделер қақтығысы бар ма? Нені, кімге ашып айтар "
                                    "едіңіз және бұл істі қолға алар ма едіңіз? (8-модуль)"
                                ),
                                "ru": (
                                    "Есть ли у вас конфликт интересов? Что и кому вы бы раскрыли "
                                    "и взялись бы вы за это дело? (модуль 8)"
                                ),
                                "en": (
                                    "Do you have a conflict of interest? What would you disclose, "
                                    "to whom, and would you take the case? (module 8)"
                                ),
                            },
                            {
                                "kk": (
                                    "«Өз мерекемізде бөтен болып қалдық» деген жазбаны екі тарап "
                                    "та талқылай алатын мүдде ретінде қайта тұжырымдап, келесі "
                                    "жылғы мерекеге арналған екі нұсқа ұсыныңыз. (4 және "
                                    "5-модульдер)"
                                ),
                                "ru": (
                                    "Переформулируйте пост «Мы чужие на собственном празднике» "
                                    "как интерес, который могут обсуждать обе стороны, и "
                                    "предложите два варианта для праздника в следующем году. "
                                    "(модули 4 и 5)"
                                ),
                                "en": (
                                    "Reframe the post “We are strangers at our own holiday” as an "
                                    "interest both sides could discuss, and suggest two options "
                                    "for next year's celebration. (modules 4 and 5)"
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
                                "Сегіз модульдің қайсысында өзіңізді ең аз сенімді сезінесіз? Өз "
                                "өңіріңізден әзірге жақсы шеше алмайтын үш жағдаятты жазып, "
                                "әрқайсысы қай модульге жататынын белгілеңіз және оны тестке "
                                "дейін қашан қайталайтыныңызды шешіңіз."
                            ),
                            "ru": (
                                "В каком из восьми модулей вы чувствуете себя наименее уверенно? "
                                "Запишите три ситуации из своего региона, с которыми вы пока не "
                                "справились бы хорошо, отметьте, к какому модулю относится "
                                "каждая, и решите, когда повторите его до теста."
                            ),
                            "en": (
                                "Which of the eight modules do you feel least sure about? Write "
                                "down three situations from your own region that you could not "
                                "yet handle well, note which module each belongs to, and decide "
                                "when you will review it before the test."
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
                                        "Курс соңында барлық модуль бойынша өтетін, уақыты "
                                        "шектелген тест; оны қажетті нәтижемен тапсыру — "
                                        "біліктілік талаптарының бірі."
                                    ),
                                    "ru": (
                                        "Тест с ограничением по времени в конце курса по всем "
                                        "модулям; сдать его с нужным результатом — одно из "
                                        "квалификационных требований."
                                    ),
                                    "en": (
                                        "A timed quiz at the end of the course covering all "
                                        "modules; passing it with the required score is one of "
                                        "the qualification requirements."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Өту шегі",
                                    "ru": "Проходной балл",
                                    "en": "Pass mark",
                                },
                                "definition": {
                                    "kk": (
                                        "Тесттен өту үшін қажет дұрыс жауаптардың ең аз үлесі; "
                                        "Ассамблея пулы үшін әдепкі бойынша — 75 пайыз."
                                    ),
                                    "ru": (
                                        "Минимальная доля правильных ответов, необходимая для "
                                        "сдачи теста; по умолчанию для пула Ассамблеи — 75 "
                                        "процентов."
                                    ),
                                    "en": (
                                        "The minimum share of correct answers needed to pass the "
                                        "test; by default 75 per cent for the Assembly pool."
                                    ),
                                },
                            },
                            {
                                "term": {"kk": "Талпыныс", "ru": "Попытка", "en": "Attempt"},
                                "definition": {
                                    "kk": (
                                        "Тестті басынан бастап жауаптарды жібергенге дейін бір "
                                        "рет толық тапсыру; талпыныстар саны шектеулі."
                                    ),
                                    "ru": (
                                        "Одно полное прохождение теста — от начала до отправки "
                                        "ответов; число попыток ограничено."
                                    ),
                                    "en": (
                                        "One complete sitting of the test, from the start to "
                                        "submitting the answers; the number of attempts is "
                                        "limited."
                                    ),
                                },
                            },
                            {
                                "term": {"kk": "Қайта тапсыру", "ru": "Пересдача", "en": "Retake"},
                                "definition": {
                                    "kk": (
                                        "Сәтсіз талпыныстан кейінгі жаңа талпыныс; ол оқуды "
                                        "ұйымдастырушы белгілеген күту мерзімі өткен соң "
                                        "қолжетімді болады."
                                    ),
                                    "ru": (
                                        "Новая попытка после неудачной, доступная по истечении "
                                        "срока ожидания, установленного организатором обучения."
                                    ),
                                    "en": (
                                        "A new attempt after a failed one, available once the "
                                        "waiting time set by the training provider has passed."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Біліктілік талабы",
                                    "ru": "Квалификационное требование",
                                    "en": "Qualification requirement",
                                },
                                "definition": {
                                    "kk": (
                                        "Куәлікті алу немесе сақтау үшін орындалуы тиіс шарт: "
                                        "мысалы, сабақтарға қатысу, тапсырылған тест немесе сәтті "
                                        "өткен бағаланатын рөлдік ойындар."
                                    ),
                                    "ru": (
                                        "Условие, которое нужно выполнить, чтобы получить или "
                                        "сохранить подтверждение квалификации: например, "
                                        "посещаемость, сданный тест или пройденные оцениваемые "
                                        "ролевые игры."
                                    ),
                                    "en": (
                                        "A condition that must be met to receive or keep a "
                                        "credential, such as attendance, a passed test or passed "
                                        "assessed role-plays."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Құзыреттілік куәлігі",
                                    "ru": "Подтверждение компетенции",
                                    "en": "Competency credential",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамның оқудан өтіп, келіссөз жүргізуші-этномедиатордың "
                                        "дағдыларын көрсеткенін растау; медиаторлар тізіліміндегі "
                                        "жазбадан айырмашылығы — ол медиатордың заңды мәртебесін "
                                        "бермейді."
                                    ),
                                    "ru": (
                                        "Подтверждение того, что человек прошёл обучение и "
                                        "показал навыки переговорщика-этномедиатора; в отличие от "
                                        "записи в реестре медиаторов, оно не даёт правового "
                                        "статуса медиатора."
                                    ),
                                    "en": (
                                        "Confirmation that a person has completed the training "
                                        "and shown the skills of a negotiator-ethnomediator; "
                                        "unlike an entry in a register of mediators, it does not "
                                        "give the legal status of a mediator."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "assessed-role-play",
            "title": {
                "kk": "Бағаланатын рөлдік ойын",
                "ru": "Оцениваемая ролевая игра",
                "en": "Assessed role-play",
            },
            "summary": {
                "kk": (
                    "Бағаланатын рөлдік ойынның қалай ұйымдастырылып, бағаланатыны, сегіз "
                    "өлшемнің әрқайсысы бойынша жақсы медиацияның қандай болатыны, сондай-ақ "
                    "бақылаушы тізімі бар толық бағалау сценарийі."
                ),
                "ru": (
                    "Как организована и оценивается ролевая игра, как выглядит хорошая медиация "
                    "по каждому из восьми критериев, а также полный сценарий для оценивания с "
                    "чек-листом наблюдателя."
                ),
                "en": (
                    "How the assessed role-play is organised and scored, what good mediation "
                    "looks like against each of the eight criteria, and the full assessment "
                    "scenario with an observer checklist."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Бағаланатын рөлдік ойынның қалай өтетінін және рубриканың сегіз "
                        "өлшемінің әрқайсысы қалай бағаланатынын сипаттау."
                    ),
                    "ru": (
                        "Описывать, как проходит оцениваемая ролевая игра и как оценивается "
                        "каждый из восьми критериев рубрики."
                    ),
                    "en": (
                        "Describe how the assessed role-play runs and how each of the eight "
                        "rubric criteria is scored."
                    ),
                },
                {
                    "kk": (
                        "Бағалау сценарийі бойынша медиацияны кіріспеден бастап жазбаша келісімге "
                        "немесе дұрыс аяқтауға дейін толық жүргізу."
                    ),
                    "ru": (
                        "Провести полную медиацию по сценарию оценивания — от вступления до "
                        "письменного соглашения или корректного завершения."
                    ),
                    "en": (
                        "Conduct a complete mediation of the assessment scenario, from the "
                        "opening to a written agreement or a proper closing."
                    ),
                },
                {
                    "kk": (
                        "Бақылаушы тізімі арқылы нақты дәлелге негізделген кері байланыс беру "
                        "және оны пайдалану."
                    ),
                    "ru": (
                        "Давать и использовать обратную связь, основанную на фактах, с помощью "
                        "чек-листа наблюдателя."
                    ),
                    "en": "Give and use evidence-based feedback with the observer checklist.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бағаланатын рөлдік ойын не үшін керек</h3><p>Тест сіздің не "
                            "білетініңізді көрсетеді; рөлдік ойын алдыңызда ашуланған екі адам "
                            "отырғанда не істей алатыныңызды көрсетеді. Бағаланатын рөлдік ойында "
                            "сіз шынайы этносаралық дау бойынша медиацияны кіріспе сөзден бастап "
                            "аяқтауға дейін жүргізесіз. Басқа тыңдаушылар құпия нұсқаулықтар "
                            "бойынша тараптардың рөлін ойнайды, ал бақылаушы, әдетте оқытушы, "
                            "сізді сегіз өлшемнен тұратын рубрика бойынша бағалайды. Әдепкі "
                            "бойынша құзыреттілік куәлігі үшін екі бағаланатын рөлдік ойыннан "
                            "сәтті өту қажет; әдетте олар әртүрлі сценарийлер бойынша "
                            "өтеді.</p><h3>Ол қалай өтеді</h3><ol><li><strong>Дайындық (шамамен "
                            "15 минут).</strong> Сіз жағдаяттың жалпы сипаттамасын және "
                            "медиатордың нұсқаулығын аласыз; ойыншылар өздерінің құпия "
                            "нұсқаулықтарын алады. Сіз бір беттік жоспар дайындайсыз: қысқаша "
                            "конфликт картасы, ықтимал мүдделер, кездесу тілі немесе тілдері, "
                            "отыру тәртібі және кіріспе сөздің алғашқы сөйлемдері. Жоспарды "
                            "бақылаушыға тапсырасыз.</li><li><strong>Медиация (35–45 "
                            "минут).</strong> Кездесуді сіз жүргізесіз. Бақылаушы үн-түнсіз "
                            "отырып, сіздің не айтып, не істегеніңізді уақытын белгілей отырып "
                            "жазып алады. Оқытушы ойынды біреу шын мәнінде қатты күйзелсе немесе "
                            "ойын сценарийден ауытқып кетсе ғана "
                            "тоқтатады.</li><li><strong>Өзін-өзі бағалау (шамамен 5 "
                            "минут).</strong> Не сәтті шыққанын, нені басқаша істегіңіз келетінін "
                            "және қай жерде тұйыққа тірелгеніңізді айтасыз.</li><li><strong>Кері "
                            "байланыс (шамамен 15 минут).</strong> Ойыншылар оларға ашылуға не "
                            "көмектескенін және не тұйықтап тастағанын айтады. Содан кейін "
                            "бақылаушы әр өлшем бойынша баға қойып, оны жалпы әсермен емес, нақты "
                            "сөзбен немесе сәтпен дәлелдейді.</li></ol><p>Он адамға дейінгі топта "
                            "рөлдік ойындар әдетте шағын топтарда қатар өтеді, ал рөлдер ауысып "
                            "отырады: әркім медиатор да, тарап та, бақылаушы да "
                            "болады.</p><h3>Баға қалай қойылады</h3><p>Әр өлшем 0-ден 3-ке дейін "
                            "бағаланады: 0 — көрінбеді, 1 — елеулі олқылықтары бар талпыныс, 2 — "
                            "тиісті деңгейде, 3 — жоғары деңгейде. Өту шегін оқытушы бағалау "
                            "басталғанға дейін жариялайды; әдетте өлшемдердің көпшілігі бойынша "
                            "кемінде 2 балл алу қажет. Кейбір әрекеттер жалпы балға қарамастан "
                            "сәтсіздікке әкеледі: ашықтан-ашық бір тараптың жағын басу, тарапты "
                            "қол қоюға мәжбүрлеу, жеке кездесуде айтылған сөзді рұқсатсыз екінші "
                            "тарапқа жеткізу, тарапты қорлау немесе ол туралы стереотиппен "
                            "сөйлеу.</p>"
                        ),
                        "ru": (
                            "<h3>Зачем нужна оцениваемая ролевая игра</h3><p>Тест показывает, что "
                            "вы знаете; ролевая игра показывает, что вы умеете, когда перед вами "
                            "сидят двое рассерженных людей. В оцениваемой ролевой игре вы "
                            "проводите медиацию реалистичного межэтнического спора — от "
                            "вступительного слова до завершения. Другие слушатели играют стороны "
                            "по конфиденциальным вводным, а наблюдатель, обычно преподаватель, "
                            "оценивает вас по рубрике из восьми критериев. По умолчанию для "
                            "подтверждения компетенции нужно успешно пройти две оцениваемые "
                            "ролевые игры, как правило, по разным сценариям.</p><h3>Как она "
                            "проходит</h3><ol><li><strong>Подготовка (около 15 минут).</strong> "
                            "Вы получаете общее описание ситуации и вводную медиатора; игроки "
                            "получают свои конфиденциальные вводные. Вы готовите план на одну "
                            "страницу: короткую карту конфликта, вероятные интересы, язык или "
                            "языки встречи, рассадку и первые фразы вступительного слова. План вы "
                            "отдаёте наблюдателю.</li><li><strong>Медиация (35–45 "
                            "минут).</strong> Встречу ведёте вы. Наблюдатель молчит и записывает, "
                            "что вы говорите и делаете, с отметками времени. Преподаватель "
                            "останавливает игру, только если кто-то по-настоящему расстроился или "
                            "игра ушла от сценария.</li><li><strong>Самооценка (около 5 "
                            "минут).</strong> Вы говорите, что получилось, что вы хотели бы "
                            "сделать иначе и где почувствовали, что "
                            "застряли.</li><li><strong>Обратная связь (около 15 минут).</strong> "
                            "Игроки рассказывают, что помогло им раскрыться, а что заставило "
                            "закрыться. Затем наблюдатель выставляет оценку по каждому критерию и "
                            "подтверждает её не общим впечатлением, а цитатой или конкретным "
                            "моментом.</li></ol><p>В группе до десяти человек ролевые игры обычно "
                            "идут параллельно в малых группах, а роли меняются, чтобы каждый "
                            "побывал медиатором, стороной и наблюдателем.</p><h3>Как выставляются "
                            "оценки</h3><p>Каждый критерий оценивается от 0 до 3: 0 — не "
                            "проявлено, 1 — попытка с серьёзными пробелами, 2 — на должном "
                            "уровне, 3 — на высоком уровне. Проходной порог преподаватель "
                            "объявляет до начала оценивания; как правило, нужно получить не "
                            "меньше 2 баллов по большинству критериев. Некоторые действия "
                            "означают провал независимо от суммы баллов: открыто принять одну из "
                            "сторон, давить на сторону, чтобы она подписала, передать сказанное "
                            "на раздельной встрече без разрешения, оскорбить сторону или говорить "
                            "о ней через стереотипы.</p>"
                        ),
                        "en": (
                            "<h3>What the assessed role-play is for</h3><p>A test shows what you "
                            "know; a role-play shows what you can do when two angry people sit in "
                            "front of you. In the assessed role-play you mediate a realistic "
                            "interethnic dispute from the opening to the closing. Other trainees "
                            "play the parties from confidential briefs, and an observer, usually "
                            "the trainer, scores you against a rubric of eight criteria. By "
                            "default the credential requires two passed assessed role-plays, "
                            "usually on different scenarios.</p><h3>How it "
                            "runs</h3><ol><li><strong>Preparation (about 15 minutes).</strong> "
                            "You receive the general situation and the mediator's brief; the "
                            "players receive their confidential briefs. You prepare a one-page "
                            "plan: a short conflict map, the likely interests, the language or "
                            "languages of the meeting, the seating and the first sentences of "
                            "your opening. You hand the plan to the "
                            "observer.</li><li><strong>Mediation (35–45 minutes).</strong> You "
                            "run the meeting. The observer stays silent and writes down what you "
                            "say and do, with times. The trainer stops the scene only if someone "
                            "becomes genuinely distressed or the play leaves the "
                            "scenario.</li><li><strong>Self-assessment (about 5 "
                            "minutes).</strong> You say what worked, what you would like to do "
                            "differently and where you felt stuck.</li><li><strong>Feedback "
                            "(about 15 minutes).</strong> The players say what helped them open "
                            "up and what made them close down. The observer then scores each "
                            "criterion and supports the score not with a general impression but "
                            "with a quotation or a specific moment.</li></ol><p>In a group of up "
                            "to ten, role-plays usually run in parallel in small groups, and "
                            "roles rotate so that everyone mediates, plays a party and "
                            "observes.</p><h3>How you are scored</h3><p>Each criterion is scored "
                            "from 0 to 3: 0 means not shown, 1 attempted with serious gaps, 2 "
                            "competent, 3 strong. The trainer announces the pass threshold before "
                            "the assessment; as a rule you need at least 2 on most criteria. Some "
                            "actions fail the role-play whatever the total: openly taking a side, "
                            "pressing a party to sign, passing on what was said in a separate "
                            "meeting without permission, insulting a party or speaking about them "
                            "through stereotypes.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Сегіз өлшем: жақсы жұмыс қандай "
                            "болады</h3><ul><li><strong>Дайындық.</strong> Жоспарда тараптар мен "
                            "басқа қатысушылар аталған, ұстанымдардың артындағы мүдделер туралы "
                            "болжам жасалған, тәуекелдер (қысым көрсететін ақсақал, чаттағы "
                            "жазба) ескерілген, бейтарап орын мен тіл таңдалған. Әлсіз: жоспар "
                            "жоқ немесе жоспарда дайын шешім жазылып "
                            "қойған.</li><li><strong>Кіріспе.</strong> Әр тарапқа атымен "
                            "жүгінесіз, шешім қабылдамайтыныңызды түсіндіресіз, қағидаттарды "
                            "(еріктілік, құпиялылық, бейтараптық) атайсыз, ережелер мен кездесу "
                            "тілін келісесіз және әр тараптан келісімін растауды сұрайсыз. Әлсіз: "
                            "ұзақ дәріс оқу немесе кездесуді «Ал, кім кінәлі?» деп "
                            "бастау.</li><li><strong>Тыңдау.</strong> Әр тарап сөзі бөлінбей "
                            "сөйлейді және шамамен бірдей уақыт алады. Сіз фактілерді өз "
                            "сөзіңізбен қайталайсыз, сезімдерді атайсыз («…кезде сіз қорқып "
                            "кеттіңіз») және әрі қарай өтпес бұрын түйіндейсіз. Әлсіз: шын "
                            "мәнінде кеңес болып шығатын сұрақтар немесе тек бір тарапты ғана "
                            "мұқият тыңдау.</li><li><strong>Рефрейминг.</strong> «Олар ауылды "
                            "өздерінікі деп ойлайды» деген сөз «Сіз үшін ережелер бәріне бірдей "
                            "екенін сезіну маңызды» дегенге айналады. Сіз қорлауды ешқашан "
                            "қайталамайсыз, бірақ оның астындағы сезімді де елемей қоймайсыз. "
                            "Әлсіз: тарапты түзету («бұл шындық емес») немесе ақыл "
                            "айту.</li><li><strong>Бейтараптық.</strong> Бірдей назар, екі тілге "
                            "бірдей құрмет, кім дұрыс деген үкім жоқ. Ақсақал немесе лауазымды "
                            "адам дайын шешім ұсынғанда, сіз оған алғыс айтып, шешім қабылдауды "
                            "тараптардың өздеріне қайтарасыз. Әлсіз: құрмет белгісі сияқты "
                            "көрінгендіктен жасы үлкен немесе ықпалды тараппен келісе "
                            "салу.</li><li><strong>Нұсқалар.</strong> Ұстанымдардан мүдделерге "
                            "көшесіз, ешқайсысын бағаламай тұрып бірнеше идея жинайсыз және "
                            "әрқайсысын тексересіз: бұл шынымен орындала ма, оны кім орындайды, "
                            "шықпай қалса не болады? Әлсіз: алғашқы он минутта өз шешіміңізді "
                            "ұсыну.</li><li><strong>Келісім.</strong> Тараптардың өз сөздері, "
                            "нақты шарттар (кім, не істейді, қай мерзімге дейін), ең қатты "
                            "жаралаған мәселе бойынша тармақ және әр тараптың тілінде дауыстап "
                            "тексеру. Әлсіз: «Тараптар татулықта өмір "
                            "сүреді».</li><li><strong>Аяқтау.</strong> Не келісілгенін және не "
                            "ашық қалғанын қорытындылайсыз, келесі байланысты уағдаласасыз және "
                            "тараптарға алғыс айтасыз. Келісім болмаса, кездесуді сабырмен "
                            "аяқтап, қол жеткізілген нәтижені атайсыз және қандай мүмкіндіктер "
                            "қалғанын айтасыз. Әлсіз: уақыт бітті деп кездесуді кілт "
                            "үзу.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Восемь критериев: как выглядит хорошая "
                            "работа</h3><ul><li><strong>Подготовка.</strong> В плане названы "
                            "стороны и другие участники, высказаны предположения об интересах за "
                            "позициями, предусмотрены риски (аксакал, который давит, пост в "
                            "чате), выбраны нейтральное место и язык. Слабо: плана нет или в "
                            "плане уже записано готовое "
                            "решение.</li><li><strong>Вступление.</strong> Вы обращаетесь к "
                            "каждой стороне по имени, объясняете, что не принимаете решений, "
                            "называете принципы (добровольность, конфиденциальность, "
                            "нейтральность), договариваетесь о правилах и языке встречи и просите "
                            "каждую сторону подтвердить согласие. Слабо: длинная лекция или "
                            "начало со слов «Ну, кто "
                            "виноват?».</li><li><strong>Слушание.</strong> Каждая сторона говорит "
                            "без перебиваний и получает примерно одинаковое время. Вы "
                            "перефразируете факты, называете чувства («вам стало страшно, "
                            "когда…») и резюмируете, прежде чем идти дальше. Слабо: вопросы, "
                            "которые на деле оказываются советами, или внимательное слушание "
                            "только одной стороны.</li><li><strong>Рефрейминг.</strong> «Они "
                            "думают, что село принадлежит им» превращается в «Вам важно "
                            "чувствовать, что правила для всех одинаковы». Вы никогда не "
                            "повторяете оскорбление, но и не игнорируете чувство, которое за ним "
                            "стоит. Слабо: поправлять сторону («это неправда») или читать "
                            "мораль.</li><li><strong>Нейтральность.</strong> Равное внимание, "
                            "одинаковое уважение к обоим языкам, никаких суждений о том, кто "
                            "прав. Когда аксакал или чиновник предлагает готовое решение, вы "
                            "благодарите его и возвращаете решение сторонам. Слабо: соглашаться "
                            "со старшей или более влиятельной стороной, потому что так кажется "
                            "уважительнее.</li><li><strong>Варианты.</strong> Вы переходите от "
                            "позиций к интересам, собираете несколько идей, прежде чем оценивать "
                            "любую из них, и проверяете каждую: реальна ли она, кто её выполнит, "
                            "что будет, если не получится? Слабо: предложить собственное решение "
                            "в первые десять минут.</li><li><strong>Соглашение.</strong> Слова "
                            "самих сторон, конкретные условия (кто, что, к какому сроку), пункт о "
                            "том, что задело больше всего, и проверка вслух на языке каждой "
                            "стороны. Слабо: «Стороны будут жить в "
                            "мире».</li><li><strong>Завершение.</strong> Вы подводите итог — что "
                            "согласовано и что остаётся открытым, — договариваетесь о следующем "
                            "контакте и благодарите стороны. Если соглашения нет, вы спокойно "
                            "завершаете встречу, называете достигнутое и говорите, какие "
                            "возможности остаются. Слабо: оборвать встречу, потому что кончилось "
                            "время.</li></ul>"
                        ),
                        "en": (
                            "<h3>The eight criteria: what good looks "
                            "like</h3><ul><li><strong>Preparation.</strong> Your plan names the "
                            "parties and other actors, makes guesses about the interests behind "
                            "the positions, foresees risks (an elder who pushes, a post in the "
                            "chat) and chooses a neutral place and language. Weak: no plan, or a "
                            "plan that already contains the "
                            "solution.</li><li><strong>Opening.</strong> You greet each party by "
                            "name, explain that you do not decide, state the principles "
                            "(voluntariness, confidentiality, neutrality), agree the ground rules "
                            "and the language of the meeting, and ask each party to confirm. "
                            "Weak: a long lecture, or starting with “So, who is to "
                            "blame?”.</li><li><strong>Listening.</strong> Each party speaks "
                            "without interruption and gets about the same time. You paraphrase "
                            "facts, name feelings (“you were frightened when…”) and summarise "
                            "before moving on. Weak: questions that are really advice, or "
                            "listening closely to one party "
                            "only.</li><li><strong>Reframing.</strong> “They think the village "
                            "belongs to them” becomes “It matters to you that the rules are the "
                            "same for everyone.” You never repeat an insult, but you do not "
                            "ignore the feeling behind it. Weak: correcting the party (“that is "
                            "not true”) or moralising.</li><li><strong>Neutrality.</strong> Equal "
                            "attention, equal respect for both languages, no judgement about who "
                            "is right. When an elder or an official proposes a ready-made "
                            "solution, you thank them and return the decision to the parties. "
                            "Weak: agreeing with the older or more powerful party because it "
                            "feels respectful.</li><li><strong>Options.</strong> You move from "
                            "positions to interests, collect several ideas before judging any of "
                            "them, and test each: is it realistic, who will do it, what happens "
                            "if it fails? Weak: offering your own solution in the first ten "
                            "minutes.</li><li><strong>Agreement.</strong> The parties' own words, "
                            "concrete terms (who, what, by when), a point on the issue that hurt "
                            "most, and a check aloud in each party's language. Weak: “The parties "
                            "will live in peace.”</li><li><strong>Closing.</strong> You summarise "
                            "what is agreed and what is still open, agree the next contact and "
                            "thank the parties. If there is no agreement, you close calmly, name "
                            "the progress made and say what options remain. Weak: cutting the "
                            "meeting off because time has run out.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бағалау күні</h3><ul><li>Жоспарыңыз қысқа әрі көз алдыңызда "
                            "болсын: ол — тірек, оқып шығатын сценарий емес.</li><li>Ойыңыздың "
                            "желісін жоғалтып алсаңыз, түйіндеңіз. Жақсы түйіндеме сізге уақыт "
                            "береді және тараптарға олардың сөзі естілгенін "
                            "көрсетеді.</li><li>Егер себебін түсіндіріп, екі тарапқа да "
                            "ұсынсаңыз, үзіліс немесе жеке кездесу сәтсіздік емес, құрал болып "
                            "табылады.</li><li>Уақытты қадағалаңыз, бірақ уақыт бітіп барады деп "
                            "тараптарды қол қоюға асықтырмаңыз: «біраз алға жылжыдық, тағы бір "
                            "рет кездесейік» деген адал сөз жоғары бағалануы "
                            "мүмкін.</li></ul><h3>Кері байланыстан кейін</h3><p>Ең төмен балл "
                            "алған екі өлшемді және келесі жолы басқаша істейтін бір нақты "
                            "әрекетті жазып алыңыз. Егер өтпей қалсаңыз, қосымша жаттығудан кейін "
                            "рөлдік ойынды жаңа сценариймен қайталай аласыз; күнін оқытушы "
                            "келіседі. Екінші талпыныс көбіне сәттірек болады, өйткені сіз "
                            "бақылаушының неге назар аударатынын енді білесіз. Рөлдік ойындардан "
                            "өту — соңғы нүкте емес: құзыреттілік куәлігі үшін бақылаумен немесе "
                            "бірлескен медиация түрінде жүргізілген нақты істер де қажет, ал "
                            "куәлік біліктілікті арттыру арқылы сақталады — әдепкі бойынша жылына "
                            "кемінде 8 академиялық сағат.</p>"
                        ),
                        "ru": (
                            "<h3>В день оценивания</h3><ul><li>Пусть план будет коротким и лежит "
                            "перед глазами: это опора, а не сценарий, который нужно "
                            "зачитать.</li><li>Если потеряли нить, резюмируйте. Хорошее резюме "
                            "даёт вам время и показывает сторонам, что их "
                            "услышали.</li><li>Перерыв или раздельная встреча — это инструмент, а "
                            "не провал, если вы объясняете зачем и предлагаете это обеим "
                            "сторонам.</li><li>Следите за временем, но не торопите стороны с "
                            "подписью только потому, что время кончается: честное «мы "
                            "продвинулись, давайте встретимся ещё раз» может получить высокую "
                            "оценку.</li></ul><h3>После обратной связи</h3><p>Запишите два "
                            "критерия с самыми низкими баллами и одно конкретное действие, "
                            "которое в следующий раз сделаете иначе. Если вы не прошли, после "
                            "дополнительной практики вы сможете повторить ролевую игру с новым "
                            "сценарием; дату согласует преподаватель. Вторая попытка часто "
                            "удаётся лучше, потому что вы уже знаете, на что смотрит наблюдатель. "
                            "Пройденные ролевые игры — не конец пути: для подтверждения "
                            "компетенции нужны также реальные случаи под наблюдением или в "
                            "ко-медиации, а сохраняется оно благодаря повышению квалификации — по "
                            "умолчанию не менее 8 академических часов в год.</p>"
                        ),
                        "en": (
                            "<h3>On the day</h3><ul><li>Keep your plan short and in front of you: "
                            "it is a support, not a script to read out.</li><li>If you lose the "
                            "thread, summarise. A good summary gives you time and shows the "
                            "parties they were heard.</li><li>A break or a separate meeting is a "
                            "tool, not a failure, if you explain why and offer it to both "
                            "parties.</li><li>Watch the clock, but do not rush the parties into "
                            "signing just because time is running out: an honest “we have made "
                            "progress, let us meet again” can score well.</li></ul><h3>After the "
                            "feedback</h3><p>Write down the two criteria where you scored lowest "
                            "and one concrete thing you will do differently next time. If you did "
                            "not pass, you can repeat the role-play with a new scenario after "
                            "further practice; the trainer agrees the date. The second attempt "
                            "often goes better because you now know what the observer looks for. "
                            "Passing the role-plays is not the end: the credential also requires "
                            "real cases that are observed or co-mediated, and it is kept up "
                            "through qualification upgrade, by default at least 8 academic hours "
                            "a year.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Жаттығу раундындағы бақылаушының жазбалары",
                            "ru": "Записи наблюдателя с тренировочного раунда",
                            "en": "Observer notes from a practice round",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — бағалау алдындағы жаттығу раундынан алынған ойдан "
                                "шығарылған мысал. Павлодардағы этномәдени бірлестіктің мүшесі "
                                "Айдос көпқабатты үйдегі дау бойынша медиация жүргізді. Элчиннің "
                                "пәтеріндегі жөндеу кезінде төменгі қабаттағы көршісі Айжанның "
                                "пәтерін екі рет су басқан. Екінші реттен кейін үй чатындағы "
                                "хабарламалар төбе туралы әңгімеден ұлт туралы әңгімеге "
                                "ауысқан.</p><p>Бақылаушының жазбалары: «Кіріспе жылы, аттарымен "
                                "жүгінеді, ережелер келісілді; құпиялылық туралы айтпады. Айжан 9 "
                                "минут сөйледі, оның бүлінген төбеге байланысты ашуын өз сөзімен "
                                "жақсы қайталады. Элчиннің сөзін үш рет бөлді, ол 4 минут "
                                "сөйледі. Элчин: „Ол бәрімізді жек көреді“. Айдос: „Бұл шындық "
                                "емес, Айжан ондай адам емес“. 22-минут: Айдос Элчиннің жөндеу "
                                "ақысын төлеуін және тараптардың қол алысуын ұсынады. Келісімді "
                                "Айдос өзі жазады: „Тараптар татуласты“. Екі тарап тез қол қояды; "
                                "Элчин шығып бара жатып Айжанға қарамайды».</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример с тренировочного раунда перед "
                                "оцениванием. Айдос, член этнокультурного объединения из "
                                "Павлодара, проводил медиацию спора в многоквартирном доме. Во "
                                "время ремонта в квартире Эльчина дважды затопило квартиру его "
                                "соседки снизу, Айжан. После второго раза сообщения в чате дома "
                                "перешли с разговора о потолке на разговор о "
                                "национальности.</p><p>Записи наблюдателя: «Вступление тёплое, "
                                "обращается по именам, правила согласованы; о конфиденциальности "
                                "не сказал. Айжан говорила 9 минут, хорошо перефразировал её "
                                "злость из-за испорченного потолка. Эльчина перебил трижды, тот "
                                "говорил 4 минуты. Эльчин: „Она ненавидит всех нас“. Айдос: „Это "
                                "неправда, Айжан не такая“. 22-я минута: Айдос предлагает, чтобы "
                                "Эльчин оплатил ремонт и стороны пожали друг другу руки. "
                                "Соглашение Айдос пишет сам: „Стороны помирились“. Обе стороны "
                                "быстро подписывают; уходя, Эльчин не смотрит на Айжан».</p>"
                            ),
                            "en": (
                                "<p>This is an invented example from a practice round before the "
                                "assessment. Aidos, a member of an ethnocultural association in "
                                "Pavlodar, mediated a dispute in a block of flats. Renovation "
                                "work in Elchin's flat had twice flooded the flat of his "
                                "downstairs neighbour, Aizhan. After the second flood, the "
                                "messages in the building chat moved from the ceiling to "
                                "nationality.</p><p>The observer's notes: “Opening warm, uses "
                                "names, ground rules agreed; confidentiality not mentioned. "
                                "Aizhan spoke for 9 minutes, good paraphrase of her anger about "
                                "the ruined ceiling. Interrupted Elchin three times; Elchin spoke "
                                "for 4 minutes. Elchin: ‘She hates all of us.’ Aidos: ‘That is "
                                "not true, Aizhan is not like that.’ Minute 22: Aidos proposes "
                                "that Elchin pays for the repair and the parties shake hands. "
                                "Aidos writes the agreement himself: ‘The parties have "
                                "reconciled.’ Both sign quickly; leaving, Elchin does not look at "
                                "Aizhan.”</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Айдосқа кіріспе, тыңдау, бейтараптық және келісім бойынша "
                                    "0-ден 3-ке дейін қандай баға қояр едіңіз және әр бағаны "
                                    "бақылаушының қай жазбасы дәлелдейді?"
                                ),
                                "ru": (
                                    "Какую оценку от 0 до 3 вы бы поставили Айдосу за вступление, "
                                    "слушание, нейтральность и соглашение и какие записи "
                                    "наблюдателя подтверждают каждую оценку?"
                                ),
                                "en": (
                                    "What score from 0 to 3 would you give Aidos for opening, "
                                    "listening, neutrality and agreement, and which evidence in "
                                    "the notes supports each score?"
                                ),
                            },
                            {
                                "kk": (
                                    "Айдос өрескел қате жіберді ме? Жауабыңызды заң қағидаттарына "
                                    "сүйеніп негіздеңіз."
                                ),
                                "ru": (
                                    "Допустил ли Айдос критическую ошибку? Обоснуйте ответ, "
                                    "опираясь на принципы закона."
                                ),
                                "en": (
                                    "Did Aidos make a critical error? Explain your answer with "
                                    "reference to the principles of the law."
                                ),
                            },
                            {
                                "kk": (
                                    "Элчин «Ол бәрімізді жек көреді» дегенде жақсы жұмыс қандай "
                                    "болар еді? Рефрейминг сөздерін жазыңыз."
                                ),
                                "ru": (
                                    "Как выглядела бы хорошая работа в момент, когда Эльчин "
                                    "говорит «Она ненавидит всех нас»? Напишите слова "
                                    "рефрейминга."
                                ),
                                "en": (
                                    "What would good look like at the moment when Elchin says "
                                    "“She hates all of us”? Write the words of a reframing."
                                ),
                            },
                            {
                                "kk": (
                                    "Келесі рөлдік ойында Айдосқа қай екі ескерту көбірек "
                                    "көмектеседі және ол оларды іске асыра алатындай етіп қалай "
                                    "тұжырымдар едіңіз?"
                                ),
                                "ru": (
                                    "Какие два замечания больше всего помогут Айдосу в следующей "
                                    "ролевой игре и как сформулировать их так, чтобы он мог их "
                                    "применить?"
                                ),
                                "en": (
                                    "Which two pieces of feedback would help Aidos most in his "
                                    "next role-play, and how would you phrase them so that he can "
                                    "act on them?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Бағалау сценарийі: бақшадағы сиырлар",
                            "ru": "Сценарий для оценивания: коровы в огороде",
                            "en": "Assessment scenario: cows in the garden",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — ойдан алынған сценарий. Қостанай облысындағы 1 500-ге "
                                "жуық тұрғыны бар ауыл. Мұнда қазақ, орыс, неміс және украин "
                                "отбасылары бірнеше ұрпақ бойы көрші болып тұрып келеді; соңғы "
                                "жылдары ауылдың шетіне шетелден оралған этникалық қазақтар — "
                                "қандастардың бірнеше отбасы қоныстанды.</p><p>Маусымда төрт жыл "
                                "бұрын Моңғолиядан көшіп келген Бақыттың сиырлары ауыл табынынан "
                                "қайтып келе жатып, көршісі Валентинаның бақшасына екі рет түсті. "
                                "Олар картопты таптап, жылыжайдың үлдірін жыртып кетті. Екінші "
                                "реттен кейін Валентинаның немересі ауыл чатына суреттерді: "
                                "«Көшіп келгендер малын қайда болса сонда жібереді. Оларды мұнда "
                                "ешкім шақырған жоқ», — деген жазумен салды. Бақыттың жиені оған "
                                "қазақ тілінде балағаттап жауап берді. Жазба аудандық топқа тарап "
                                "кетті, ауылдың екі шетіндегі жасөспірімдер бір-біріне "
                                "қоқан-лоққы көрсетті, ал мектеп директоры ай соңындағы бітіру "
                                "кешіне алаңдап отыр.</p><p>Ауылдық округ әкімі Ассамблеяның "
                                "медиация кабинетіне көмек сұрап жүгінді. Сіз — кезекші келіссөз "
                                "жүргізуші-этномедиаторсыз. Алдын ала жеке әңгімелерде Валентина "
                                "мен Бақыт мектеп кітапханасындағы бірлескен кездесуге және "
                                "ақсақалдар кеңесінің мүшесі Амангелдінің қатысуына келісті. "
                                "Валентина орысша сөйлейді және қазақшаны аздап түсінеді; Бақыт "
                                "қазақша сөйлейді және қарапайым орыс сөзін түсінеді. Кездесу "
                                "35–45 минутқа созылады.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный сценарий. Село в Костанайской области, около "
                                "1 500 жителей. Казахские, русские, немецкие и украинские семьи "
                                "живут здесь по соседству не одно поколение; в последние годы на "
                                "краю села поселились несколько семей кандасов — этнических "
                                "казахов, вернувшихся из-за рубежа.</p><p>В июне коровы Бахыта, "
                                "который четыре года назад приехал из Монголии, возвращаясь из "
                                "сельского стада, дважды зашли в огород его соседки Валентины. "
                                "Они потоптали картофель и порвали плёнку на теплице. После "
                                "второго раза внук Валентины выложил в сельском чате фотографии с "
                                "подписью: «Приезжие пускают скот куда хотят. Их сюда никто не "
                                "звал». Племянник Бахыта ответил на казахском языке "
                                "оскорблениями. Пост разошёлся по районной группе, подростки с "
                                "двух концов села обменялись угрозами, а директор школы "
                                "беспокоится за выпускной вечер в конце месяца.</p><p>Аким "
                                "сельского округа обратился за помощью в кабинет медиации "
                                "Ассамблеи. Вы — дежурный переговорщик-этномедиатор. На "
                                "предварительных раздельных беседах Валентина и Бахыт согласились "
                                "на совместную встречу в школьной библиотеке и на присутствие "
                                "Амангельды, члена совета аксакалов. Валентина говорит по-русски "
                                "и немного понимает по-казахски; Бахыт говорит по-казахски и "
                                "понимает простую русскую речь. Встреча длится 35–45 минут.</p>"
                            ),
                            "en": (
                                "<p>This is an invented scenario. A village of about 1,500 people "
                                "in Kostanay region. Kazakh, Russian, German and Ukrainian "
                                "families have lived here side by side for generations; in recent "
                                "years several families of kandas, ethnic Kazakhs who have "
                                "returned from abroad, have settled on the edge of the "
                                "village.</p><p>In June the cows of Bakhyt, who came from "
                                "Mongolia four years ago, twice got into the garden of his "
                                "neighbour Valentina on their way back from the village herd. "
                                "They trampled her potatoes and tore the film on her greenhouse. "
                                "After the second time Valentina's grandson posted photos in the "
                                "village chat with the caption: “Newcomers let their cattle go "
                                "wherever they like. Nobody invited them here.” Bakhyt's nephew "
                                "replied in Kazakh with insults. The post was shared in a "
                                "district group, teenagers from the two ends of the village have "
                                "exchanged threats, and the school director is worried about the "
                                "graduation evening at the end of the month.</p><p>The akim of "
                                "the rural district asked the Assembly's mediation office for "
                                "help. You are the negotiator-ethnomediator on duty. In separate "
                                "preliminary conversations Valentina and Bakhyt agreed to a joint "
                                "meeting in the school library and to the presence of Amangeldy, "
                                "a member of the council of elders. Valentina speaks Russian and "
                                "understands some Kazakh; Bakhyt speaks Kazakh and understands "
                                "simple Russian. The meeting lasts 35–45 minutes.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Медиатор (бағаланатын тыңдаушы)",
                                    "ru": "Медиатор (оцениваемый слушатель)",
                                    "en": "The mediator (the trainee being assessed)",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз — аудандық медиация кабинетінің кезекші келіссөз "
                                        "жүргізуші-этномедиаторысыз. Сіз тек жағдаяттың жалпы "
                                        "сипаттамасында айтылғанды білесіз; тараптардың "
                                        "нұсқаулықтары сізге беймәлім. Кездесуді ашып, тіл немесе "
                                        "тілдер мен ережелерді келісіңіз және Амангелдінің рөлін "
                                        "түсіндіріңіз. Екі тарапты да тыңдап, олардың "
                                        "ұстанымдарының артындағы мүдделерді анықтаңыз, нұсқалар "
                                        "іздеуге көмектесіңіз және, егер тараптар қаласа, "
                                        "келісімнің негізгі тармақтарын жазып алыңыз. Сіз олардың "
                                        "орнына шешпейсіз. Қысқа үзіліс жариялауға немесе әр "
                                        "тараппен жеке кездесуге болады. Кездесу кезінде "
                                        "бақылаушы сізге көмектеспейді."
                                    ),
                                    "ru": (
                                        "Вы — дежурный переговорщик-этномедиатор районного "
                                        "кабинета медиации. Вы знаете только то, что сказано в "
                                        "общем описании ситуации; вводные сторон вам неизвестны. "
                                        "Откройте встречу, договоритесь о языке или языках и "
                                        "правилах, объясните роль Амангельды. Выслушайте обе "
                                        "стороны, найдите интересы за их позициями, помогите им "
                                        "искать варианты и, если они захотят, запишите основные "
                                        "пункты соглашения. Вы не решаете за них. Вы можете "
                                        "объявить короткий перерыв или провести раздельную "
                                        "встречу с каждой стороной. Во время встречи наблюдатель "
                                        "вам не помогает."
                                    ),
                                    "en": (
                                        "You are the negotiator-ethnomediator on duty at the "
                                        "district mediation office. You know only what is in the "
                                        "general situation; the parties' briefs are closed to "
                                        "you. Open the meeting, agree the language or languages "
                                        "and the rules, and explain Amangeldy's role. Hear both "
                                        "parties, find the interests behind their positions, help "
                                        "them look for options and, if they wish, write down the "
                                        "main points of an agreement. You do not decide for them. "
                                        "You may call a short break or hold a separate meeting "
                                        "with each party. The observer will not help you during "
                                        "the meeting."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Валентина, көрші, 68 жаста",
                                    "ru": "Валентина, соседка, 68 лет",
                                    "en": "Valentina, the neighbour, 68",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз зейнеткер мұғалімсіз, ауыл мектебінде отыз жыл сабақ "
                                        "бергенсіз және жалғыз тұрасыз. Бақша мен жылыжай сізді "
                                        "қыс бойы асырайды және шағын зейнетақыңызға көмек "
                                        "болады. Екі рет картопыңыздың едәуір бөлігінен "
                                        "айырылдыңыз. Жазбаны сіз емес, немереңіз жазды, және "
                                        "«оларды мұнда ешкім шақырған жоқ» деген сөз үшін сізге "
                                        "ұят. Бірақ балағат сөзбен берілген жауап көңіліңізге "
                                        "қатты тиді, енді ауылдың арғы шетіндегі дүкенге барудың "
                                        "өзі сізге ыңғайсыз. Отбасы көшіп келген алғашқы жылы сіз "
                                        "Бақыттың үлкен ұлымен тегін орыс тілінен айналыстыңыз "
                                        "және ол баланы әлі де жақсы көресіз. Шын мәнінде не "
                                        "қалайсыз: сиырлар бұдан былай бақшаға кірмесін, "
                                        "жылыжайды жөндеуге көмек немесе белгілі бір өтемақы "
                                        "берілсін және чаттағы жанжал тоқтасын. Көшіп келгендерге "
                                        "қарсылығыңыз жоқ. Әңгімені өткір бастайсыз: «Олар не "
                                        "істегісі келсе, соны істейді, оларға ешкім тыйым сала "
                                        "алмайды». Сізді тыңдап жатқанын сезсеңіз және ешкім "
                                        "сізді көшіп келгендерге қарсы адам етіп көрсетпесе, "
                                        "жұмсарасыз."
                                    ),
                                    "ru": (
                                        "Вы учительница на пенсии, тридцать лет проработали в "
                                        "сельской школе и живёте одна. Огород и теплица кормят "
                                        "вас всю зиму и помогают при небольшой пенсии. Дважды вы "
                                        "потеряли значительную часть картофеля. Пост писали не "
                                        "вы, а внук, и вам стыдно за слова «их сюда никто не "
                                        "звал». Но оскорбительный ответ вас сильно задел, и "
                                        "теперь вам не по себе ходить в магазин на другом конце "
                                        "села. В первый год после приезда семьи вы бесплатно "
                                        "занимались русским языком со старшим сыном Бахыта и до "
                                        "сих пор любите этого мальчика. Чего вы на самом деле "
                                        "хотите: чтобы коровы больше не заходили в огород, чтобы "
                                        "вам помогли отремонтировать теплицу или дали какую-то "
                                        "компенсацию и чтобы ссора в чате прекратилась. Против "
                                        "приезжих вы ничего не имеете. Начинаете резко: «Они "
                                        "делают что хотят, на них никакой управы нет». Вы "
                                        "смягчаетесь, если чувствуете, что вас слышат и никто не "
                                        "выставляет вас противницей приезжих."
                                    ),
                                    "en": (
                                        "You are a retired teacher who worked in the village "
                                        "school for thirty years, and you live alone. Your garden "
                                        "and greenhouse feed you through the winter and help your "
                                        "small pension. Twice you lost a large part of your "
                                        "potatoes. You did not write the post; your grandson did, "
                                        "and you are ashamed of the words “nobody invited them”. "
                                        "But the insulting reply hurt you badly, and now you feel "
                                        "uneasy walking to the shop at the other end of the "
                                        "village. In the family's first year you taught Bakhyt's "
                                        "eldest son Russian for free, and you are still fond of "
                                        "the boy. What you really want: the cows must not get "
                                        "into the garden again, you want help repairing the "
                                        "greenhouse or some compensation, and the quarrel in the "
                                        "chat must stop. You have nothing against newcomers. You "
                                        "start sharply: “They do whatever they want, nobody can "
                                        "control them.” You soften if you feel heard and nobody "
                                        "casts you as an enemy of newcomers."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Бақыт, сиырлардың иесі, 41 жаста",
                                    "ru": "Бахыт, владелец коров, 41 год",
                                    "en": "Bakhyt, the owner of the cows, 41",
                                },
                                "brief": {
                                    "kk": (
                                        "Төрт жыл бұрын әйеліңізбен және үш балаңызбен "
                                        "Моңғолиядан көшіп келдіңіз, шаруашылықта тракторшы болып "
                                        "істейсіз — жазда таң сәріден кеш батқанша. Сиырларыңыз "
                                        "ауыл табынымен кешкі сегіздер шамасында қайтады, оларды "
                                        "14 жастағы үлкен ұлыңыз қарсы алуы керек; ол футбол "
                                        "жаттығуына байланысты екі рет кешігіп қалды. "
                                        "Сиырларыңыздың зиян келтіргенін мойындайсыз, бірақ "
                                        "Валентинаның қоршауы ескі, онда тесік бар, және сіздің "
                                        "ойыңызша, бақшаға басқалардың малы да кірген. Жазба "
                                        "бүкіл отбасыңызға батты: мектепте балаларыңызға "
                                        "«Моңғолияға қайтыңдар» деген. Сізге «кінәлі көшіп "
                                        "келген» деген таңба басылады, әкімдік жергілікті "
                                        "тұрғындардың жағын алады деп қорқасыз. Не қалайсыз: "
                                        "құрмет, жазбаның өшірілуі және ондағы сөздер үшін "
                                        "кешірім сұралуы, ауылдың сізге кез келген басқа тұрғын "
                                        "сияқты қарауы. Қоршау мен жылыжайды өз қолыңызбен "
                                        "жөндеуге дайынсыз, ал жиеніңіз өз жауабына қазір "
                                        "өкінеді. Әңгімені қазақша, қысқа сөйлемдермен бастайсыз: "
                                        "«Бұл тек менің сиырларым емес»."
                                    ),
                                    "ru": (
                                        "Четыре года назад вы приехали из Монголии с женой и "
                                        "тремя детьми и работаете трактористом в хозяйстве — "
                                        "летом с раннего утра до позднего вечера. Ваши коровы "
                                        "возвращаются с сельским стадом около восьми вечера, "
                                        "встречать их должен старший сын, ему 14 лет; дважды он "
                                        "опоздал из-за футбольной тренировки. Вы признаёте, что "
                                        "коровы причинили ущерб, но забор у Валентины старый, в "
                                        "нём дыра, и, по-вашему, в огород заходил и чужой скот. "
                                        "Пост задел всю вашу семью: в школе вашим детям говорили "
                                        "«уезжайте обратно в Монголию». Вы боитесь, что на вас "
                                        "повесят ярлык виноватого приезжего и что акимат встанет "
                                        "на сторону местных. Чего вы хотите: уважения, чтобы пост "
                                        "удалили и извинились за его слова и чтобы в селе к вам "
                                        "относились как к любому другому жителю. Вы готовы своими "
                                        "руками починить забор и теплицу, а племянник уже жалеет "
                                        "о своём ответе. Начинаете по-казахски, короткими "
                                        "фразами: «Это не только мои коровы»."
                                    ),
                                    "en": (
                                        "Four years ago you came from Mongolia with your wife and "
                                        "three children, and you work as a tractor driver on a "
                                        "farm, in summer from early morning until late evening. "
                                        "Your cows come back with the village herd at about eight "
                                        "in the evening, and your eldest son, who is 14, is "
                                        "supposed to meet them; twice he was late because of "
                                        "football practice. You accept that your cows did damage, "
                                        "but Valentina's fence is old and has a gap, and you "
                                        "think other people's cattle have got in too. The post "
                                        "hurt your whole family: at school your children were "
                                        "told to “go back to Mongolia”. You fear being labelled "
                                        "the guilty newcomer and that the akimat will take the "
                                        "side of the locals. What you want: respect, the post "
                                        "removed and an apology for its words, and to be treated "
                                        "like any other villager. You are ready to repair the "
                                        "fence and the greenhouse with your own hands, and your "
                                        "nephew already regrets his reply. You start in Kazakh, "
                                        "in short sentences: “It is not only my cows.”"
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Амангелді, ақсақалдар кеңесінің мүшесі, 72 жаста",
                                    "ru": "Амангельды, член совета аксакалов, 72 года",
                                    "en": "Amangeldy, a member of the council of elders, 72",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз ауылдық округтің ақсақалдар кеңесінің құрметті "
                                        "мүшесісіз. Екі тарап та сіздің қатысуыңызға келісті. Сіз "
                                        "екі отбасын да білесіз және бітіру кешіне дейін татулық "
                                        "орнағанын шын жүректен қалайсыз. Сіздің ойыңызша, ең "
                                        "дұрысы — ескі салт: малы зиян келтірген тарап сыйлықпен "
                                        "келеді, ақсақалдар батасын береді, іс бүгін-ақ жабылады. "
                                        "Осыны екі рет талап етесіз: «Бақыт, бір қошқар әкел де, "
                                        "бүгін бітірейік» және «Валентина, сіз ақылды әйелсіз, "
                                        "жастарды кешіріңіз». Егер медиатор сіздің рөліңізді "
                                        "құрметпен түсіндіріп, нақты бір көмек сұраса, мысалы, "
                                        "чаттағы жастармен сөйлесуді немесе келісімге қол "
                                        "жеткізілгенде дастарқан жаюды, сіз келісесіз және "
                                        "процесті қолдайсыз."
                                    ),
                                    "ru": (
                                        "Вы уважаемый член совета аксакалов сельского округа. Обе "
                                        "стороны согласились на ваше присутствие. Вы знаете обе "
                                        "семьи и искренне хотите мира до выпускного вечера. Вы "
                                        "уверены, что лучше всего старый обычай: сторона, чей "
                                        "скот причинил ущерб, приходит с подарком, аксакалы дают "
                                        "благословение, и дело закрывается сегодня же. Дважды вы "
                                        "настаиваете на этом: «Бахыт, приведи барана, и закончим "
                                        "сегодня» и «Валентина, вы мудрая женщина, простите "
                                        "молодых». Если медиатор уважительно объяснит вашу роль и "
                                        "попросит о конкретной помощи — например, поговорить с "
                                        "молодёжью в чате или собрать дастархан, когда соглашение "
                                        "будет достигнуто, — вы соглашаетесь и поддерживаете "
                                        "процесс."
                                    ),
                                    "en": (
                                        "You are a respected member of the council of elders of "
                                        "the rural district. Both parties agreed that you attend. "
                                        "You know both families and sincerely want peace before "
                                        "the graduation evening. You believe the old custom is "
                                        "best: the side whose animals did the damage comes with a "
                                        "gift, the elders give their blessing, and the matter is "
                                        "closed today. Twice you push for this: “Bakhyt, bring a "
                                        "ram and let us finish this today” and “Valentina, you "
                                        "are a wise woman, forgive the young ones.” If the "
                                        "mediator respectfully explains your role and asks for "
                                        "your help with something concrete, for example talking "
                                        "to the young people in the chat or laying a dastarkhan "
                                        "once an agreement is reached, you accept and support the "
                                        "process."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Дайындық және кіріспе: өзін таныстырып, медиатордың рөлін, "
                                    "еріктілікті, құпиялылықты және бейтараптықты түсіндіреді; "
                                    "кездесу тілін немесе тілдерін және қарапайым ережелерді "
                                    "келіседі; әр тараптың келісімін, соның ішінде Амангелдінің "
                                    "рөліне қатысты келісімін алады."
                                ),
                                "ru": (
                                    "Подготовка и вступление: представляется и объясняет роль "
                                    "медиатора, добровольность, конфиденциальность и "
                                    "нейтральность; договаривается о языке или языках встречи и "
                                    "простых правилах; получает согласие каждой стороны, в том "
                                    "числе на роль Амангельды."
                                ),
                                "en": (
                                    "Preparation and opening: introduces themselves and explains "
                                    "the mediator's role, voluntariness, confidentiality and "
                                    "neutrality; agrees the language or languages of the meeting "
                                    "and simple ground rules; obtains each party's consent, "
                                    "including to Amangeldy's role."
                                ),
                            },
                            {
                                "kk": (
                                    "Тыңдау: Валентина мен Бақытқа өз оқиғасын сөзін бөлмей және "
                                    "шамамен бірдей уақыт ішінде айтуға мүмкіндік береді; "
                                    "фактілерді өз сөзімен қайталап, қорқыныш, ұят, реніш сияқты "
                                    "сезімдерді атайды; әрі қарай өтпес бұрын түйіндейді."
                                ),
                                "ru": (
                                    "Слушание: даёт Валентине и Бахыту рассказать свою историю "
                                    "без перебиваний и примерно за равное время; перефразирует "
                                    "факты и называет чувства — страх, стыд, обиду; резюмирует, "
                                    "прежде чем идти дальше."
                                ),
                                "en": (
                                    "Listening: lets Valentina and Bakhyt each tell their story "
                                    "without interruption and with roughly equal time; "
                                    "paraphrases facts and names feelings such as fear, shame and "
                                    "hurt; summarises before moving on."
                                ),
                            },
                            {
                                "kk": (
                                    "Рефрейминг: «олар не істегісі келсе, соны істейді» немесе "
                                    "«бұл тек менің сиырларым емес» сияқты айыптаулар мен "
                                    "жалпылауларды чаттағы балағат сөздерді қайталамай, "
                                    "алаңдаушылықтар мен мүдделердің бейтарап тұжырымына "
                                    "айналдырады."
                                ),
                                "ru": (
                                    "Рефрейминг: превращает обвинения и обобщения вроде «они "
                                    "делают что хотят» или «это не только мои коровы» в "
                                    "нейтральные формулировки озабоченностей и интересов, не "
                                    "повторяя оскорблений из чата."
                                ),
                                "en": (
                                    "Reframing: turns accusations and generalisations such as "
                                    "“they do whatever they want” or “it is not only my cows” "
                                    "into neutral statements of concerns and interests, without "
                                    "repeating the insults from the chat."
                                ),
                            },
                            {
                                "kk": (
                                    "Бейтараптық және процесті басқару: ешкімнің жағын баспайды "
                                    "және жазба туралы үкім шығармайды; екі тілге бірдей қарайды; "
                                    "Амангелдінің дайын шешіміне құрметпен, бірақ нық жауап "
                                    "беріп, шешімді тараптардың өздеріне қайтарады; қажет болса, "
                                    "үзіліс немесе жеке кездесу пайдаланады."
                                ),
                                "ru": (
                                    "Нейтральность и управление процессом: не принимает ничью "
                                    "сторону и не выносит суждений о посте; одинаково относится к "
                                    "обоим языкам; уважительно, но твёрдо отвечает на готовое "
                                    "решение Амангельды и возвращает решение сторонам; при "
                                    "необходимости использует перерыв или раздельную встречу."
                                ),
                                "en": (
                                    "Neutrality and control of the process: takes no side and "
                                    "passes no judgement on the post; treats both languages "
                                    "equally; answers Amangeldy's ready-made solution "
                                    "respectfully but firmly and returns the decision to the "
                                    "parties; uses a break or a separate meeting when needed."
                                ),
                            },
                            {
                                "kk": (
                                    "Нұсқалар: ұстанымдардан мүдделерге көшеді (бақшаның аман "
                                    "болуы, құрмет, мектептегі балалар, бітіру кеші алдындағы "
                                    "тыныштық); ешқайсысын бағаламай тұрып бірнеше нұсқа жинайды; "
                                    "әрқайсысын шынайылыққа тексереді."
                                ),
                                "ru": (
                                    "Варианты: переходит от позиций к интересам (сохранность "
                                    "огорода, уважение, дети в школе, спокойствие перед "
                                    "выпускным); собирает несколько вариантов, прежде чем "
                                    "оценивать; проверяет каждый на реалистичность."
                                ),
                                "en": (
                                    "Options: moves from positions to interests (a safe garden, "
                                    "respect, the children at school, calm before the graduation "
                                    "evening); collects several options before judging any; tests "
                                    "each for realism."
                                ),
                            },
                            {
                                "kk": (
                                    "Келісім және аяқтау: тараптарға нақты шарттарды тұжырымдауға "
                                    "көмектеседі (кім, не істейді, қай мерзімге дейін: қоршау, "
                                    "табынды қарсы алу, жазба және кешірім, көмек немесе "
                                    "өтемақы); әр тарап мәтінді өз тілінде түсінетінін тексереді; "
                                    "келесі байланысты уағдаласып, тараптарға алғыс айтады немесе "
                                    "келісімсіз кездесуді дұрыс аяқтайды."
                                ),
                                "ru": (
                                    "Соглашение и завершение: помогает сторонам сформулировать "
                                    "конкретные условия (кто, что и к какому сроку: забор, "
                                    "встреча стада, пост и извинение, помощь или компенсация); "
                                    "проверяет, что каждая сторона понимает текст на своём языке; "
                                    "договаривается о следующем контакте и благодарит стороны "
                                    "либо корректно завершает встречу без соглашения."
                                ),
                                "en": (
                                    "Agreement and closing: helps the parties word concrete terms "
                                    "(who does what by when: the fence, meeting the herd, the "
                                    "post and an apology, help or compensation); checks that each "
                                    "party understands the text in their language; agrees the "
                                    "next contact and thanks the parties, or closes properly "
                                    "without an agreement."
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
                                "Амангелді: «Бақыт, бір қошқар әкел де, бүгін бітірейік», — деген "
                                "сәтті елестетіңіз. Осыдан кейін айтатын сөздеріңізді дәл жазып, "
                                "оларды бейтараптық пен еріктілік тұрғысынан тексеріңіз. "
                                "Бағаланатын рөлдік ойыннан кейін алғашқы нақты ісіңізге ала "
                                "баратын бір әдетті қосып жазыңыз."
                            ),
                            "ru": (
                                "Представьте момент, когда Амангельды говорит: «Бахыт, приведи "
                                "барана, и закончим сегодня». Запишите точные слова, которые вы "
                                "скажете следом, и проверьте их на нейтральность и "
                                "добровольность. После оцениваемой ролевой игры допишите одну "
                                "привычку, которую вы хотите взять в свой первый реальный случай."
                            ),
                            "en": (
                                "Imagine the moment when Amangeldy says: “Bakhyt, bring a ram and "
                                "let us finish this today.” Write down the exact words you would "
                                "say next and check them against neutrality and voluntariness. "
                                "After your assessed role-play, add one habit you want to take "
                                "into your first real case."
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
                                    "kk": "Бағаланатын рөлдік ойын",
                                    "ru": "Оцениваемая ролевая игра",
                                    "en": "Assessed role-play",
                                },
                                "definition": {
                                    "kk": (
                                        "Тыңдаушы шынайы дау бойынша медиация жүргізетін, ал "
                                        "бақылаушы оны рубрика бойынша бағалайтын оқу медиациясы."
                                    ),
                                    "ru": (
                                        "Учебная медиация, в которой слушатель проводит медиацию "
                                        "реалистичного спора, а наблюдатель оценивает его по "
                                        "рубрике."
                                    ),
                                    "en": (
                                        "A practice mediation in which a trainee mediates a "
                                        "realistic dispute and an observer scores the trainee "
                                        "against a rubric."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бағалау рубрикасы",
                                    "ru": "Рубрика оценивания",
                                    "en": "Assessment rubric",
                                },
                                "definition": {
                                    "kk": (
                                        "Әр орындау деңгейінің сипаттамасы берілген өлшемдер "
                                        "кестесі; бағаны жүйелі әрі әділ қоюға көмектеседі."
                                    ),
                                    "ru": (
                                        "Таблица критериев с описанием каждого уровня выполнения; "
                                        "помогает ставить оценки последовательно и справедливо."
                                    ),
                                    "en": (
                                        "A table of criteria with a description of each level of "
                                        "performance, used to make scores consistent and fair."
                                    ),
                                },
                            },
                            {
                                "term": {"kk": "Бақылаушы", "ru": "Наблюдатель", "en": "Observer"},
                                "definition": {
                                    "kk": (
                                        "Рөлдік ойынға қатыспай, оны бақылап, дәлелдерді жазып "
                                        "алатын және медиаторды рубрика бойынша бағалайтын адам."
                                    ),
                                    "ru": (
                                        "Человек, который наблюдает за ролевой игрой, не участвуя "
                                        "в ней, записывает доказательства и оценивает медиатора "
                                        "по рубрике."
                                    ),
                                    "en": (
                                        "The person who watches the role-play without taking "
                                        "part, records evidence and scores the mediator against "
                                        "the rubric."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Өрескел қате",
                                    "ru": "Критическая ошибка",
                                    "en": "Critical error",
                                },
                                "definition": {
                                    "kk": (
                                        "Жалпы балға қарамастан рөлдік ойынды сәтсіз ететін "
                                        "әрекет: мысалы, бір тараптың жағын басу, тарапты қол "
                                        "қоюға мәжбүрлеу немесе құпиялылықты бұзу."
                                    ),
                                    "ru": (
                                        "Действие, из-за которого ролевая игра не засчитывается "
                                        "независимо от суммы баллов: например, принять одну из "
                                        "сторон, давить на сторону, чтобы она подписала, или "
                                        "нарушить конфиденциальность."
                                    ),
                                    "en": (
                                        "An action that fails the role-play whatever the total "
                                        "score, such as taking sides, pressing a party to sign or "
                                        "breaking confidentiality."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кері байланыс",
                                    "ru": "Обратная связь",
                                    "en": "Feedback",
                                },
                                "definition": {
                                    "kk": (
                                        "Бақыланған нақты сәттерге негізделген, тыңдаушыға не "
                                        "сәтті шыққанын және нені өзгерту керектігін көрсететін "
                                        "пікірлер."
                                    ),
                                    "ru": (
                                        "Конкретные замечания, основанные на наблюдённых "
                                        "моментах, которые показывают слушателю, что получилось и "
                                        "что стоит изменить."
                                    ),
                                    "en": (
                                        "Specific comments based on observed moments that tell "
                                        "the trainee what worked and what to change."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Өзін-өзі бағалау",
                                    "ru": "Самооценка",
                                    "en": "Self-assessment",
                                },
                                "definition": {
                                    "kk": (
                                        "Бақылаушы кері байланыс бергенге дейін тыңдаушының өз "
                                        "жұмысын рубрика бойынша өзі талдауы."
                                    ),
                                    "ru": (
                                        "Разбор слушателем собственной работы по рубрике, который "
                                        "он делает до обратной связи наблюдателя."
                                    ),
                                    "en": (
                                        "The trainee's own review of their performance against "
                                        "the rubric, given before the observer's feedback."
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
