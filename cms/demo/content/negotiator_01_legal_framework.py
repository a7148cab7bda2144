"""Module 1 of the negotiator-ethnomediator course: legal and institutional framework."""

MODULE = {
    "slug": "legal-framework",
    "title": {
        "kk": (
            "Құқықтық және институционалдық негіздер: медиация туралы заң, тізілімдер, Ассамблея "
            "және оның кеңестері"
        ),
        "ru": (
            "Правовые и институциональные основы: закон о медиации, реестры, Ассамблея и её советы"
        ),
        "en": (
            "Legal and institutional framework: the mediation law, registers, the Assembly and "
            "its councils"
        ),
    },
    "summary": {
        "kk": (
            "«Медиация туралы» Заң нені рұқсат етеді және нені талап етеді, кім медиатор бола "
            "алады және Қазақстан халқы Ассамблеясы қоғамдық медиация мен этномедиацияны қалай "
            "ұйымдастырады."
        ),
        "ru": (
            "Что разрешает и чего требует Закон «О медиации», кто вправе быть медиатором и как "
            "Ассамблея народа Казахстана организует общественную медиацию и этномедиацию."
        ),
        "en": (
            "What the Law “On Mediation” allows and requires, who may act as a mediator, and how "
            "the Assembly of People of Kazakhstan organises public mediation and ethnomediation."
        ),
    },
    "academic_hours": 6,
    "learning_outcomes": [
        {
            "kk": (
                "Дау тараптарына «Медиация туралы» Заңның қолданылу аясы мен қағидаттарын "
                "қарапайым тілмен түсіндіру."
            ),
            "ru": (
                "Простыми словами объяснять сторонам спора сферу действия и принципы Закона «О "
                "медиации»."
            ),
            "en": (
                "Explain the scope and principles of the Law “On Mediation” to the parties of a "
                "dispute in plain words."
            ),
        },
        {
            "kk": (
                "Кәсіби және қоғамдық медиаторларды ажырату және нақты адамның заң бойынша "
                "медиатор бола алатынын тексеру."
            ),
            "ru": (
                "Различать профессиональных и общественных медиаторов и проверять, может ли "
                "конкретный человек по закону быть медиатором."
            ),
            "en": (
                "Tell professional and public mediators apart and check whether a given person "
                "may legally act as a mediator."
            ),
        },
        {
            "kk": (
                "Ассамблеяның медиация құрылымдарын сипаттау және дауды тиісті кабинетке, "
                "тізілімге немесе медиаторға бағыттау."
            ),
            "ru": (
                "Описывать структуры медиации Ассамблеи и направлять спор в нужный кабинет, "
                "реестр или к нужному медиатору."
            ),
            "en": (
                "Describe the Assembly's mediation structures and direct a dispute to the right "
                "office, register or mediator."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "mediation-law",
            "title": {
                "kk": (
                    "«Медиация туралы» Заң: қолданылу аясы, қағидаттар, медиаторлар және келісімдер"
                ),
                "ru": "Закон «О медиации»: сфера действия, принципы, медиаторы и соглашения",
                "en": "The Law “On Mediation”: scope, principles, mediators and agreements",
            },
            "summary": {
                "kk": (
                    "«Медиация туралы» Заң нені қамтиды және нені қамтымайды, оның бес қағидаты, "
                    "медиаторлардың екі түрі және медиация нәтижесіндегі келісім сотта және "
                    "соттан тыс қалай жасалып, орындалады."
                ),
                "ru": (
                    "Что охватывает и чего не касается Закон «О медиации», его пять принципов, "
                    "два вида медиаторов и как заключается и исполняется соглашение по итогам "
                    "медиации в суде и вне суда."
                ),
                "en": (
                    "What the Law “On Mediation” covers and excludes, its five principles, the "
                    "two kinds of mediators, and how a mediation agreement is reached and carried "
                    "out in and out of court."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Медиацияның бес қағидатын атау және олардың бірі бұзылып жатқанын байқау."
                    ),
                    "ru": (
                        "Называть пять принципов медиации и замечать, когда один из них нарушается."
                    ),
                    "en": (
                        "Name the five principles of mediation and recognise when one of them is "
                        "being broken."
                    ),
                },
                {
                    "kk": (
                        "Кім кәсіби немесе қоғамдық медиатор бола алатынын, ал кім бола "
                        "алмайтынын түсіндіру."
                    ),
                    "ru": (
                        "Объяснять, кто может быть профессиональным или общественным медиатором, "
                        "а кто не может."
                    ),
                    "en": (
                        "Explain who may act as a professional or a public mediator and who may "
                        "not."
                    ),
                },
                {
                    "kk": (
                        "Дауды реттеу туралы келісімнің сотта және соттан тыс қалай жасалатынын "
                        "және орындалатынын сипаттау."
                    ),
                    "ru": (
                        "Описывать, как составляется и исполняется соглашение об урегулировании "
                        "спора в суде и вне суда."
                    ),
                    "en": (
                        "Describe how a settlement agreement is drafted and carried out in and "
                        "out of court."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Заң не үшін қажет</h3>"
                            "<p>Қазақстан Республикасының 2011 жылғы 28 қаңтардағы № 401-IV "
                            "«Медиация туралы» Заңы (өзгерістері мен толықтыруларымен) дауды "
                            "бейтарап үшінші тұлғаның — медиатордың — көмегімен, тараптардың өз "
                            "еркімен жасалған келісімі негізінде қалай реттеуге болатынын "
                            "белгілейді. Бұл — келіссөз жүргізуші-этномедиатор ретіндегі бүкіл "
                            "жұмысыңыздың құқықтық негізі: заң медиацияның не екенін, оны кім "
                            "жүргізе алатынын және оның нәтижесінің қандай күші бар екенін "
                            "айқындайды.</p>"
                            "<p>Заң азаматтар мен ұйымдар арасындағы азаматтық, еңбек, отбасылық "
                            "және өзге де қатынастардан туындайтын дауларға қолданылады. "
                            "Сондай-ақ заң жәбірленуші мен құқық бұзушының татуласуына рұқсат "
                            "етілген кейбір қылмыстық істер бойынша да медиацияны қолдануға "
                            "мүмкіндік береді. Біздің жұмысымыздағы әдеттегі даулар: Түркістан "
                            "облысындағы бір ауылда көршілердің суару кезегі туралы таласы; "
                            "базарда бағаға қатысты дауы ұлтқа тіл тигізуге ұласқан сатушы мен "
                            "сатып алушы; мектеп ауласындағы төбелестен кейінгі екі оқушының "
                            "ата-анасы.</p>"
                            "<h3>Медиацияның шектері</h3>"
                            "<ul>"
                            "<li>Егер дау медиацияға қатыспайтын үшінші тұлғалардың құқықтарын "
                            "немесе әрекетке қабілетсіз деп танылған адамдардың мүдделерін "
                            "қозғаса немесе қозғауы мүмкін болса, медиация қолданылмайды.</li>"
                            "<li>Қылмыстық істерде татуласудың мүмкін-мүмкін еместігін медиатор "
                            "шешпейді: бұл құқық бұзушылықтың санатына байланысты және оны "
                            "қылмыстық процесті жүргізетін орган немесе сот шешеді.</li>"
                            "<li>Медиация нәтижесіндегі келісім мемлекеттік органды өз "
                            "өкілеттігін белгілі бір түрде жүзеге асыруға міндеттей алмайды. Ауыл "
                            "тұрғындары әкімдіктің жайылым туралы шешімін өзгерткісі келсе, "
                            "келіссөз жүргізуші диалог ұйымдастыра алады, ал шешімнің өзі "
                            "әкімшілік тәртіппен қабылданады.</li></ul>"
                            "<h3>Бес қағидат</h3>"
                            "<ul>"
                            "<li><strong>Еріктілік.</strong> Ешкімді медиацияны бастауға, оны "
                            "жалғастыруға немесе келісімге қол қоюға мәжбүрлеуге болмайды. Екі "
                            "отбасына «жұмаға дейін татуласыңдар» деп бұйырған ақсақал немесе "
                            "шенеунік медиация жүргізіп отырған жоқ.</li>"
                            "<li><strong>Тараптардың тең құқықтылығы.</strong> Рәсімде "
                            "тараптардың құқықтары тең: сөйлеуге бірдей уақыт, ақпаратқа бірдей "
                            "қол жеткізу, шешім қабылдауда бірдей дауыс — жасына, ұлтына, тіліне "
                            "немесе лауазымына қарамастан.</li>"
                            "<li><strong>Медиатордың тәуелсіздігі мен бейтараптығы.</strong> "
                            "Медиатор тараптардың ешқайсысына тәуелді емес және ешкімнің жағын "
                            "баспайды. Егер сіз тараптардың біріне туыс болсаңыз немесе істің "
                            "нәтижесіне мүдделі болсаңыз, бұл туралы айтып, істен бас "
                            "тартыңыз.</li>"
                            "<li><strong>Медиация рәсіміне араласуға жол бермеу.</strong> Ешкім, "
                            "соның ішінде лауазымды адамдар мен қауым жетекшілері де, медиацияға "
                            "араласуға және медиаторға немесе тараптарға қысым көрсетуге құқылы "
                            "емес.</li>"
                            "<li><strong>Құпиялылық.</strong> Медиацияда айтылған нәрсе "
                            "тараптардың келісімінсіз жария етілмейді. Аудандық чаттағы «бүгін "
                            "Абай көшесіндегі екі отбасын ұлдарының төбелесінен кейін "
                            "татуластырдық» деген жазба осы қағидатты бұзады.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Для чего нужен закон</h3>"
                            "<p>Закон Республики Казахстан «О медиации» № 401-IV от 28 января "
                            "2011 года (с изменениями и дополнениями) определяет, как спор может "
                            "быть урегулирован с помощью нейтрального третьего лица — медиатора — "
                            "по свободному согласию самих сторон. Это правовая основа всего, что "
                            "вы делаете как переговорщик-этномедиатор: закон говорит, что такое "
                            "медиация, кто вправе её проводить и какую силу имеет её "
                            "результат.</p>"
                            "<p>Закон распространяется на споры, возникающие из гражданских, "
                            "трудовых, семейных и иных отношений между гражданами и "
                            "организациями. Он также допускает медиацию по некоторым уголовным "
                            "делам — там, где закон разрешает примирение потерпевшего и "
                            "правонарушителя. Типичные споры в нашей работе: соседи в селе "
                            "Туркестанской области спорят об очерёдности полива; продавец и "
                            "покупатель на рынке, чей спор о цене перешёл в оскорбления по "
                            "национальному признаку; родители двух школьников после драки во "
                            "дворе школы.</p>"
                            "<h3>Границы медиации</h3>"
                            "<ul>"
                            "<li>Медиация не применяется, если спор затрагивает или может "
                            "затронуть права третьих лиц, не участвующих в ней, либо интересы "
                            "лиц, признанных недееспособными.</li>"
                            "<li>В уголовных делах не медиатор решает, возможно ли примирение: "
                            "это зависит от категории правонарушения и решается органом, ведущим "
                            "уголовный процесс, или судом.</li>"
                            "<li>Соглашение по итогам медиации не может обязать государственный "
                            "орган осуществлять свои полномочия определённым образом. Если "
                            "сельчане хотят, чтобы акимат изменил решение о пастбищах, "
                            "переговорщик может организовать диалог, но само решение принимается "
                            "в административном порядке.</li></ul>"
                            "<h3>Пять принципов</h3>"
                            "<ul>"
                            "<li><strong>Добровольность.</strong> Никого нельзя принудить начать "
                            "медиацию, продолжать её или подписать соглашение. Аксакал или "
                            "чиновник, который велит двум семьям «помириться к пятнице», медиацию "
                            "не проводит.</li>"
                            "<li><strong>Равноправие сторон.</strong> У сторон равные права в "
                            "процедуре: равное время для выступления, равный доступ к информации, "
                            "равный голос в решении — независимо от возраста, национальности, "
                            "языка или положения.</li>"
                            "<li><strong>Независимость и беспристрастность медиатора.</strong> "
                            "Медиатор не зависит ни от одной из сторон и не принимает ничью "
                            "сторону. Если вы родственник одной из сторон или заинтересованы в "
                            "исходе, скажите об этом и откажитесь от дела.</li>"
                            "<li><strong>Недопустимость вмешательства в процедуру "
                            "медиации.</strong> Никто, в том числе должностные лица и лидеры "
                            "общин, не вправе вмешиваться в медиацию и давить на медиатора или "
                            "стороны.</li>"
                            "<li><strong>Конфиденциальность.</strong> Сказанное в медиации не "
                            "разглашается без согласия сторон. Пост в районном чате «сегодня "
                            "помирили две семьи с улицы Абая после драки их сыновей» нарушает "
                            "этот принцип.</li></ul>"
                        ),
                        "en": (
                            "<h3>What the law is for</h3>"
                            "<p>The Law of the Republic of Kazakhstan “On Mediation” No. 401-IV "
                            "of 28 January 2011 (as amended) sets out how a dispute can be "
                            "settled with the help of a neutral third person, the mediator, by "
                            "the free agreement of the parties themselves. It is the legal ground "
                            "under everything you do as a negotiator-ethnomediator: it says what "
                            "mediation is, who may conduct it and what its result is worth.</p>"
                            "<p>The law covers disputes arising from civil, labour, family and "
                            "other relations between citizens and organisations. It also allows "
                            "mediation in some criminal cases, where the law permits the victim "
                            "and the offender to reconcile. Typical disputes in our work: "
                            "neighbours in a village in Turkistan region quarrelling over the "
                            "order of irrigation water; a market trader and a customer whose "
                            "argument about a price turned into insults about nationality; the "
                            "parents of two schoolboys after a fight in the schoolyard.</p>"
                            "<h3>Limits of mediation</h3>"
                            "<ul>"
                            "<li>Mediation is not used where the dispute affects, or may affect, "
                            "the rights of third persons who do not take part in it, or the "
                            "interests of persons declared legally incapable.</li>"
                            "<li>In criminal matters the mediator does not decide whether "
                            "reconciliation is possible: that depends on the category of the "
                            "offence and is decided by the body conducting the criminal process "
                            "or by the court.</li>"
                            "<li>A mediation agreement cannot oblige a state body to use its "
                            "powers in a particular way. If villagers want the akimat to change a "
                            "decision on pasture land, a negotiator can organise dialogue, but "
                            "the decision itself follows administrative procedure.</li></ul>"
                            "<h3>The five principles</h3>"
                            "<ul>"
                            "<li><strong>Voluntariness.</strong> Nobody may be forced to enter "
                            "mediation, to stay in it or to sign an agreement. An elder or an "
                            "official who orders two families to “make peace by Friday” is not "
                            "mediating.</li>"
                            "<li><strong>Equality of the parties.</strong> Both sides have equal "
                            "rights in the procedure: equal time to speak, equal access to "
                            "information and an equal say in the result, whatever their age, "
                            "nationality, language or status.</li>"
                            "<li><strong>Independence and impartiality of the mediator.</strong> "
                            "The mediator depends on neither party and takes no side. If you are "
                            "related to a party or have an interest in the outcome, say so and "
                            "step aside.</li>"
                            "<li><strong>Non-interference in the procedure.</strong> No one, "
                            "including officials and community leaders, may interfere in the "
                            "mediation or put pressure on the mediator or the parties.</li>"
                            "<li><strong>Confidentiality.</strong> What is said in mediation is "
                            "not disclosed without the parties' consent. A post in a district "
                            "chat saying “today we reconciled two families from Abai Street after "
                            "their sons' fight” breaks this principle.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Кәсіби және қоғамдық медиаторлар</h3>"
                            "<p>Заң медиатор қызметін кәсіби және кәсіби емес негізде жүзеге "
                            "асыруға мүмкіндік береді. Кәсіби емес негізде жұмыс істейтін "
                            "медиаторларды әдетте қоғамдық медиаторлар деп атайды; Ассамблея "
                            "жүйесіндегі этномедиаторлардың көпшілігі осылай жұмыс істейді.</p>"
                            "<ul>"
                            "<li><strong>Кәсіби медиатор:</strong> жасы 25-тен кем емес, жоғары "
                            "білімі бар, медиаторларды оқыту бағдарламасын аяқтағаны туралы "
                            "сертификаты бар және кәсіби медиаторлар тізіліміне енгізілген адам. "
                            "Қолданыстағы оқыту қағидалары бойынша жалпы курс кемінде 72 "
                            "академиялық сағатқа созылады.</li>"
                            "<li><strong>Қоғамдық медиатор:</strong> жасы 40-тан кем емес, "
                            "жазбаша келісімін берген және қоғамдық медиаторлар тізіліміне "
                            "енгізілген адам. Қоғамдық медиаторларды жергілікті қоғамдастық "
                            "жиналысы сайлайды; өтінішке медиация тілдері мен медиация саласы "
                            "жазылады, медициналық анықтамалар қоса беріледі.</li></ul>"
                            "<p>Заң медиатор бола алмайтын адамдарды да атайды, мысалы, әрекетке "
                            "қабілетсіз деп танылған адамдар, өтелмеген немесе алынбаған "
                            "сотталғандығы бар адамдар, судьялар және мемлекеттік қызметшілер. "
                            "Бұл нормалар бірнеше рет өзгерді, сондықтан нақты талапқа сүйенбес "
                            "бұрын заңның қолданыстағы редакциясын тексеріңіз.</p>"
                            "<h3>Жиі кездесетін қателер</h3>"
                            "<ul>"
                            "<li>Ешбір тізілімде жоқ бола тұра, хатта немесе келісімде өзіңізді "
                            "медиатор деп атау.</li>"
                            "<li>Тарап ретінде туысыңыз, әріптесіңіз немесе өзіңіз мүше "
                            "этномәдени бірлестік қатысатын істі алу.</li>"
                            "<li>Бір тарапқа заң кеңесін беру немесе оның атынан сөйлеу: медиатор "
                            "ешбір тараптың өкілі емес.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Профессиональные и общественные медиаторы</h3>"
                            "<p>Закон допускает деятельность медиатора на профессиональной и на "
                            "непрофессиональной основе. Медиаторов, работающих на "
                            "непрофессиональной основе, обычно называют общественными; так "
                            "работает большинство этномедиаторов в системе Ассамблеи.</p>"
                            "<ul>"
                            "<li><strong>Профессиональный медиатор:</strong> не моложе 25 лет, "
                            "высшее образование, сертификат об окончании программы обучения "
                            "медиаторов и запись в реестре профессиональных медиаторов. По "
                            "действующим правилам обучения общий курс длится не менее 72 "
                            "академических часов.</li>"
                            "<li><strong>Общественный медиатор:</strong> не моложе 40 лет, "
                            "письменное согласие и запись в реестре общественных медиаторов. "
                            "Общественных медиаторов избирает собрание местного сообщества; в "
                            "заявлении указываются языки медиации и сфера медиации, к нему "
                            "прилагаются медицинские справки.</li></ul>"
                            "<p>Закон также называет тех, кто не может быть медиатором, например "
                            "лиц, признанных недееспособными, лиц с непогашенной или неснятой "
                            "судимостью, судей и государственных служащих. Эти нормы не раз "
                            "менялись, поэтому, прежде чем ссылаться на конкретное требование, "
                            "сверьтесь с действующей редакцией закона.</p>"
                            "<h3>Типичные ошибки</h3>"
                            "<ul>"
                            "<li>Называть себя медиатором в письме или соглашении, не состоя ни в "
                            "одном реестре.</li>"
                            "<li>Брать дело, в котором стороной выступает ваш родственник, "
                            "коллега или этнокультурное объединение, членом которого вы "
                            "являетесь.</li>"
                            "<li>Давать одной стороне юридические советы или говорить от её "
                            "имени: медиатор не является представителем ни одной из сторон.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Professional and public mediators</h3>"
                            "<p>The law allows a mediator to work on a professional or a "
                            "non-professional basis. Non-professional mediators are usually "
                            "called public mediators; most ethnomediators in the Assembly's "
                            "system work this way.</p>"
                            "<ul>"
                            "<li><strong>Professional mediator:</strong> at least 25 years old, "
                            "higher education, a certificate of completing a mediator training "
                            "programme, and an entry in the register of professional mediators. "
                            "Under the current training rules the general course lasts at least "
                            "72 academic hours.</li>"
                            "<li><strong>Public mediator:</strong> at least 40 years old, written "
                            "consent, and an entry in the register of public mediators. Public "
                            "mediators are elected by a local community assembly; the application "
                            "records the languages of mediation and the area of mediation, and "
                            "medical certificates are attached.</li></ul>"
                            "<p>The law also names people who cannot be mediators, for example "
                            "persons declared legally incapable, persons with an unexpunged "
                            "criminal record, judges and state servants. These rules have been "
                            "amended more than once, so check the current text before you rely on "
                            "a specific requirement.</p>"
                            "<h3>Common mistakes</h3>"
                            "<ul>"
                            "<li>Calling yourself a mediator in a letter or an agreement when you "
                            "are not entered in any register.</li>"
                            "<li>Taking a case in which a party is your relative, your colleague "
                            "or the ethnocultural association you belong to.</li>"
                            "<li>Giving one side legal advice or speaking for it: a mediator is "
                            "not the representative of either party.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Медиация туралы шарттан келісімге дейін</h3>"
                            "<ol>"
                            "<li><strong>Медиация туралы шарт.</strong> Рәсім тараптар мен "
                            "медиатор жазбаша медиация туралы шартқа қол қойған кезде басталады. "
                            "Онда медиатордың кім екені, даудың мәні, рәсімнің тілі мен "
                            "қағидалары, құпиялылық және, егер болса, шығыстар көрсетіледі.</li>"
                            "<li><strong>Рәсім.</strong> Медиатор тараптарға өз ойын айтуға, "
                            "бір-бірін естуге, өз мүдделерін және шешу жолдарын табуға "
                            "көмектеседі. Медиатор шешім шығармайды және өз шешімін таңбайды. Заң "
                            "рәсімнің мерзімін шектейді, сондықтан кездесулерді алдын ала "
                            "жоспарлаңыз.</li>"
                            "<li><strong>Дауды реттеу туралы келісім.</strong> Тараптар "
                            "уағдаласса, медиация тәртібімен дауды реттеу туралы жазбаша "
                            "келісімге қол қояды. Онда тараптар мен медиатор, даудың мәні, "
                            "келісілген шарттар, оларды орындаудың тәртібі мен мерзімі, "
                            "орындамаудың салдары көрсетіледі. Нақты жазыңыз: «отбасылар "
                            "бір-бірін құрметтейтін болады» емес, «1 мамырдан бастап арық екінші "
                            "бақшаға сейсенбі және жұма күндері таңғы сағат 6-дан 9-ға дейін "
                            "ашылады».</li>"
                            "<li><strong>Орындау.</strong> Тараптар келісімді өздері таңдаған "
                            "тәртіппен және мерзімде ерікті түрде орындайды. Егер бір тарап оны "
                            "орындамаса, екіншісі өз құқықтарын сотта қорғай алады.</li></ol>"
                            "<h3>Сотта және соттан тыс</h3>"
                            "<p><strong>Соттан тыс</strong> медиация сотқа немесе полицияға "
                            "жүгінгенге дейін өтуі мүмкін: медиация кабинетінде, татуластыру "
                            "кабинетінде немесе басқа бейтарап орында. <strong>Сотта</strong> "
                            "судья азаматтық іс тараптарына дауды медиация тәртібімен реттеу "
                            "құқығын түсіндіреді. Тараптар келісімге келсе, сот оны бекітіп, іс "
                            "бойынша іс жүргізуді тоқтатады, ал бекітілген келісім басқа сот "
                            "актілері сияқты мәжбүрлеп орындалуы мүмкін. Қылмыстық істе "
                            "медиацияда қол жеткізілген татуласу, заң рұқсат еткен жағдайда, "
                            "қылмыстық жауаптылықтан босатуға әкелуі мүмкін; бұл шешімді медиатор "
                            "емес, қылмыстық процесті жүргізетін орган немесе сот қабылдайды.</p>"
                        ),
                        "ru": (
                            "<h3>От договора о медиации до соглашения</h3>"
                            "<ol>"
                            "<li><strong>Договор о медиации.</strong> Процедура начинается, когда "
                            "стороны и медиатор подписывают письменный договор о медиации. В нём "
                            "указываются, кто медиатор, о чём спор, язык и правила процедуры, "
                            "конфиденциальность и расходы, если они есть.</li>"
                            "<li><strong>Процедура.</strong> Медиатор помогает сторонам "
                            "высказаться, услышать друг друга, найти свои интересы и варианты "
                            "решения. Медиатор не выносит решения и не навязывает его. Закон "
                            "ограничивает срок процедуры, поэтому планируйте встречи заранее.</li>"
                            "<li><strong>Соглашение об урегулировании спора.</strong> Если "
                            "стороны договорились, они подписывают письменное соглашение об "
                            "урегулировании спора в порядке медиации. В нём указываются стороны и "
                            "медиатор, предмет спора, согласованные условия, порядок и сроки их "
                            "выполнения, последствия неисполнения. Пишите конкретно: не «семьи "
                            "будут уважать друг друга», а «с 1 мая арык открывается для второго "
                            "огорода по вторникам и пятницам с 6 до 9 утра».</li>"
                            "<li><strong>Исполнение.</strong> Стороны исполняют соглашение "
                            "добровольно, в порядке и в сроки, которые выбрали сами. Если одна "
                            "сторона его не исполняет, другая может защитить свои права в "
                            "суде.</li></ol>"
                            "<h3>В суде и вне суда</h3>"
                            "<p><strong>Вне суда</strong> медиация возможна ещё до обращения в "
                            "суд или полицию: в кабинете медиации, кабинете примирения или другом "
                            "нейтральном месте. <strong>В суде</strong> судья разъясняет сторонам "
                            "гражданского дела их право урегулировать спор в порядке медиации. "
                            "Если они достигли соглашения, суд утверждает его и прекращает "
                            "производство по делу, а утверждённое соглашение может быть исполнено "
                            "принудительно, как и другие судебные акты. В уголовном деле "
                            "примирение, достигнутое в медиации, может повлечь освобождение от "
                            "уголовной ответственности, если это допускает закон; решение "
                            "принимает не медиатор, а орган, ведущий уголовный процесс, или "
                            "суд.</p>"
                        ),
                        "en": (
                            "<h3>From the agreement to mediate to the settlement</h3>"
                            "<ol>"
                            "<li><strong>Contract on mediation.</strong> The procedure starts "
                            "when the parties and the mediator sign a written contract on "
                            "mediation. It states who the mediator is, what the dispute is about, "
                            "the language and rules of the procedure, confidentiality and any "
                            "costs.</li>"
                            "<li><strong>The procedure.</strong> The mediator helps the parties "
                            "speak, hear each other, find their interests and look for options. "
                            "The mediator does not decide and does not impose a solution. The law "
                            "limits how long a procedure may last, so plan the meetings "
                            "early.</li>"
                            "<li><strong>Settlement agreement.</strong> If the parties agree, "
                            "they sign a written agreement settling the dispute through "
                            "mediation. It names the parties and the mediator, describes the "
                            "dispute and sets out the agreed terms, the order and deadlines for "
                            "carrying them out and the consequences of failure. Write concrete "
                            "terms: not “the families will respect each other” but “from 1 May "
                            "the channel is opened to the second garden on Tuesdays and Fridays "
                            "from 6 to 9 a.m.”.</li>"
                            "<li><strong>Carrying it out.</strong> The parties carry out the "
                            "agreement voluntarily, in the order and within the time they chose. "
                            "If one side does not, the other may protect its rights in court.</li>"
                            "</ol>"
                            "<h3>In court and out of court</h3>"
                            "<p><strong>Out of court</strong>, mediation can take place before "
                            "anyone goes to court or to the police: in a mediation office, a "
                            "reconciliation room or another neutral place. <strong>In "
                            "court</strong>, the judge explains to the parties of a civil case "
                            "their right to settle through mediation. If they reach an agreement, "
                            "the court approves it and ends the case, and the approved agreement "
                            "can be enforced like any other court act. In a criminal case, "
                            "reconciliation reached through mediation may lead to release from "
                            "criminal liability where the law allows it; that decision belongs to "
                            "the body conducting the criminal process or to the court, not to the "
                            "mediator.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Су, бейнежазба және әкімнің орынбасары",
                            "ru": "Вода, видео и заместитель акима",
                            "en": "Water, a video and a deputy akim",
                        },
                        "scenario": {
                            "kk": (
                                "<p><em>Ойдан шығарылған мысал.</em> Түркістан облысындағы бір "
                                "ауылда көрші екі үй бір арықты пайдаланады. Бақтияр отбасы мұнда "
                                "жиырма жыл бойы көкөніс өсіріп келеді; Серік отбасы өткен жылы "
                                "көрші үйді сатып алып, бақ отырғызды. Құрғақ шілденің бір "
                                "кешінде екі отбасы арықты бір мезгілде ашты. Бақтиярдың ұлы мен "
                                "Серік ұрсысып қалды, ал бір көрші мұның бір бөлігін телефонға "
                                "түсіріп алды. «Жерді өздерінікі деп ойлайды» деген жазуы бар "
                                "бейнежазба ауыл чатына тарап, ұлтқа қатысты пікірлер жинады.</p>"
                                "<p>Ауылдық округ әкімінің орынбасары Әйгерім келіссөз "
                                "жүргізуші-этномедиатор курсын жаңа ғана бітірді. Ол әкімдікте "
                                "«медиацияны өзі жүргізіп», келісімге медиатор ретінде қол қоюды "
                                "ұсынады. Сыйлы ақсақал Қасым ата Бақтиярдың ұлы мен Серік жұма "
                                "намазынан кейін жай ғана қол алысып, «бәрін ұмытсын» деп "
                                "ұсынады. Бақтияр отбасы сөйлесуге келіседі, бірақ бейнежазба "
                                "өшірілсе ғана; Серік қасында заңгері болса ғана келетінін "
                                "айтады.</p>"
                            ),
                            "ru": (
                                "<p><em>Вымышленный пример.</em> В селе Туркестанской области два "
                                "соседних двора пользуются одним арыком. Семья Бахтияра двадцать "
                                "лет выращивает здесь овощи; семья Серика в прошлом году купила "
                                "соседний дом и посадила сад. Засушливым июльским вечером обе "
                                "семьи открыли арык одновременно. Сын Бахтияра и Серик "
                                "поссорились, а сосед снял часть ссоры на телефон. Видео с "
                                "подписью «думают, что земля их» разошлось по сельскому чату и "
                                "собрало комментарии о национальности.</p>"
                                "<p>Айгерим, заместитель акима сельского округа, только что "
                                "окончила курс переговорщика-этномедиатора. Она предлагает «самой "
                                "провести медиацию» в акимате и подписать соглашение как "
                                "медиатор. Уважаемый аксакал Касым-ата предлагает, чтобы мужчины "
                                "просто пожали друг другу руки после пятничной молитвы и «обо "
                                "всём забыли». Семья Бахтияра согласна говорить, но только если "
                                "видео удалят; Серик придёт, только если рядом будет его "
                                "юрист.</p>"
                            ),
                            "en": (
                                "<p><em>An invented example.</em> In a village in Turkistan "
                                "region two neighbouring households share one irrigation channel. "
                                "Bakhtiyar's family has grown vegetables there for twenty years; "
                                "Serik's family bought the house next door last year and planted "
                                "an orchard. On a dry July evening both families opened the "
                                "channel at the same time. Bakhtiyar's son and Serik quarrelled, "
                                "and a neighbour filmed part of it on his phone. The video, "
                                "captioned “they think the land is theirs”, spread through the "
                                "village chat and drew comments about nationality.</p>"
                                "<p>Aigerim, deputy akim of the rural district, has just "
                                "completed the negotiator-ethnomediator course. She offers to "
                                "“conduct the mediation herself” in the akimat and sign the "
                                "agreement as the mediator. Kasym-ata, a respected elder, "
                                "suggests that the two men simply shake hands after Friday "
                                "prayers and “forget about it”. Bakhtiyar's family is ready to "
                                "talk, but only if the video is removed; Serik says he will come "
                                "only if his lawyer is present.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Әйгерімнің ұсынысында және Қасым атаның ұсынысында "
                                    "медиацияның қай қағидаттары қатерге түсіп тұр?"
                                ),
                                "ru": (
                                    "Какие принципы медиации под угрозой в предложении Айгерим и "
                                    "в предложении Касым-ата?"
                                ),
                                "en": (
                                    "Which principles of mediation are at risk in Aigerim's offer "
                                    "and in Kasym-ata's suggestion?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл жанжалдың қай бөліктерін заң бойынша медиация арқылы "
                                    "реттеуге болады, ал қайсысы (бейнежазба, чаттағы пікірлер) "
                                    "үшін басқа қадамдар қажет болуы мүмкін?"
                                ),
                                "ru": (
                                    "Какие части этого конфликта можно урегулировать медиацией по "
                                    "закону, а для каких (видео, комментарии в чате) могут "
                                    "понадобиться другие шаги?"
                                ),
                                "en": (
                                    "Which parts of this conflict can be settled through "
                                    "mediation under the law, and which (the video, the comments "
                                    "in the chat) may need other steps?"
                                ),
                            },
                            {
                                "kk": (
                                    "Мұнда заң бойынша кім медиатор бола алар еді және сіз ол "
                                    "адамды қалай тауып, қалай тексересіз?"
                                ),
                                "ru": (
                                    "Кто мог бы по закону быть здесь медиатором и как вы найдёте "
                                    "и проверите этого человека?"
                                ),
                                "en": (
                                    "Who could legally act as the mediator here, and how would "
                                    "you find and check that person?"
                                ),
                            },
                            {
                                "kk": (
                                    "Отбасылар арасындағы келісімге енуі мүмкін екі нақты шартты "
                                    "жазыңыз."
                                ),
                                "ru": (
                                    "Сформулируйте два конкретных условия, которые могли бы войти "
                                    "в соглашение между семьями."
                                ),
                                "en": (
                                    "Draft two concrete terms that a settlement agreement between "
                                    "the families could contain."
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
                                "Қауымыңызда тараптардың өз келісімімен емес, біреудің беделімен "
                                "«шешілген» бір дауды еске түсіріңіз. Бес қағидаттың қайсысы "
                                "сақталды, қайсысы сақталмады? Егер бұл заң бойынша медиация "
                                "болса, не өзгерер еді?"
                            ),
                            "ru": (
                                "Вспомните спор в вашем сообществе, который «уладили» чьим-то "
                                "авторитетом, а не собственным согласием сторон. Какие из пяти "
                                "принципов были соблюдены, а какие нет? Что изменилось бы, если "
                                "бы это была медиация по закону?"
                            ),
                            "en": (
                                "Recall a dispute in your community that was “settled” by "
                                "someone's authority rather than by the parties' own agreement. "
                                "Which of the five principles were respected and which were not? "
                                "What would have been different if it had been a mediation under "
                                "the law?"
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
                                    "kk": "Медиация",
                                    "ru": "Медиация",
                                    "en": "Mediation",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар медиатордың көмегімен өз еркімен өзара қолайлы "
                                        "шешім іздейтін рәсім."
                                    ),
                                    "ru": (
                                        "Процедура, в которой стороны с помощью медиатора "
                                        "добровольно ищут взаимоприемлемое решение."
                                    ),
                                    "en": (
                                        "A procedure in which the parties, with the help of a "
                                        "mediator, look for a mutually acceptable solution of "
                                        "their own free will."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиатор",
                                    "ru": "Медиатор",
                                    "en": "Mediator",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар дауды реттеуге көмектесу үшін таңдаған тәуелсіз "
                                        "әрі бейтарап адам; олардың орнына шешім қабылдамайды."
                                    ),
                                    "ru": (
                                        "Независимое и беспристрастное лицо, которое стороны "
                                        "выбрали, чтобы оно помогло им урегулировать спор; не "
                                        "принимает решение за них."
                                    ),
                                    "en": (
                                        "An independent, impartial person chosen by the parties "
                                        "to help them settle a dispute; does not decide for them."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Қоғамдық медиатор",
                                    "ru": "Общественный медиатор",
                                    "en": "Public mediator",
                                },
                                "definition": {
                                    "kk": (
                                        "Кәсіби емес негізде жұмыс істейтін медиатор: жасы 40-тан "
                                        "кем емес, оны жергілікті қоғамдастық жиналысы сайлаған "
                                        "және ол қоғамдық медиаторлар тізіліміне енгізілген."
                                    ),
                                    "ru": (
                                        "Медиатор, работающий на непрофессиональной основе: не "
                                        "моложе 40 лет, избран собранием местного сообщества и "
                                        "внесён в реестр общественных медиаторов."
                                    ),
                                    "en": (
                                        "A mediator working on a non-professional basis: at least "
                                        "40 years old, elected by a local community assembly and "
                                        "entered in the register of public mediators."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кәсіби медиатор",
                                    "ru": "Профессиональный медиатор",
                                    "en": "Professional mediator",
                                },
                                "definition": {
                                    "kk": (
                                        "Жасы 25-тен кем емес, жоғары білімі мен медиаторларды "
                                        "оқыту сертификаты бар және кәсіби медиаторлар тізіліміне "
                                        "енгізілген медиатор."
                                    ),
                                    "ru": (
                                        "Медиатор не моложе 25 лет с высшим образованием, "
                                        "сертификатом об обучении медиаторов и записью в реестре "
                                        "профессиональных медиаторов."
                                    ),
                                    "en": (
                                        "A mediator aged at least 25 with higher education, a "
                                        "mediator training certificate and an entry in the "
                                        "register of professional mediators."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиация туралы шарт",
                                    "ru": "Договор о медиации",
                                    "en": "Contract on mediation",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар мен медиатор рәсімді бастайтын және оның "
                                        "қағидаларын бекітетін жазбаша шарт."
                                    ),
                                    "ru": (
                                        "Письменный договор, которым стороны и медиатор начинают "
                                        "процедуру и закрепляют её правила."
                                    ),
                                    "en": (
                                        "The written agreement by which the parties and the "
                                        "mediator start the procedure and fix its rules."
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
                                        "Сәтті медиацияның жазбаша нәтижесі: тараптар қол қойған "
                                        "нақты шарттар, мерзімдер және оларды орындау тәртібі."
                                    ),
                                    "ru": (
                                        "Письменный итог успешной медиации: подписанные сторонами "
                                        "конкретные условия, сроки и порядок их исполнения."
                                    ),
                                    "en": (
                                        "The written result of a successful mediation: concrete "
                                        "terms, deadlines and the order of carrying them out, "
                                        "signed by the parties."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "institutions-and-registers",
            "title": {
                "kk": (
                    "Тізілімдер, ұйымдар және Ассамблея: келіссөз жүргізуші-этномедиатордың орны"
                ),
                "ru": "Реестры, организации и Ассамблея: место переговорщика-этномедиатора",
                "en": (
                    "Registers, organisations and the Assembly: where the "
                    "negotiator-ethnomediator stands"
                ),
            },
            "summary": {
                "kk": (
                    "Медиаторлар тізілімдері мен ұйымдары қалай жұмыс істейді, Қазақстан халқы "
                    "Ассамблеясы медиацияны қалай ұйымдастырады және келіссөз жүргізуші ретінде "
                    "оқу неліктен медиатор болу құқығын бермейді."
                ),
                "ru": (
                    "Как устроены реестры и организации медиаторов, как Ассамблея народа "
                    "Казахстана организует медиацию и почему обучение переговорщика ещё не даёт "
                    "права быть медиатором."
                ),
                "en": (
                    "How registers and organisations of mediators work, how the Assembly of "
                    "People of Kazakhstan organises mediation, and why being trained as a "
                    "negotiator is not the same as being entitled to act as a mediator."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Медиаторлар тізілімдері мен ұйымдарының не үшін қажет екенін түсіндіру "
                        "және медиатордың тізілімдегі жазбасын тексеру."
                    ),
                    "ru": (
                        "Объяснять назначение реестров и организаций медиаторов и проверять "
                        "запись медиатора в реестре."
                    ),
                    "en": (
                        "Explain what registers and organisations of mediators are for and check "
                        "a mediator's register entry."
                    ),
                },
                {
                    "kk": (
                        "Ассамблеяның медиация құрылымдарын сипаттау және істі солардың "
                        "тиістісіне бағыттау."
                    ),
                    "ru": (
                        "Описывать структуры медиации Ассамблеи и направлять дело в нужную из них."
                    ),
                    "en": (
                        "Describe the Assembly's mediation structures and route a case to the "
                        "right one."
                    ),
                },
                {
                    "kk": (
                        "Келіссөз жүргізуші-этномедиатордың құзыреттілік куәлігін медиатордың "
                        "заңды мәртебесінен ажырату және өз рөліңіз шегінде әрекет ету."
                    ),
                    "ru": (
                        "Отличать подтверждение компетенции переговорщика-этномедиатора от "
                        "правового статуса медиатора и действовать в рамках своей роли."
                    ),
                    "en": (
                        "Separate the negotiator-ethnomediator credential from the legal status "
                        "of a mediator and act within your own role."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Тізілімдер: заң тұрғысынан медиатор кім</h3>"
                            "<p>Тізілім — ресми тізім. Оқудан өткен адамды жұмысын заң "
                            "мойындайтын медиаторға айналдыратын нәрсе — дәл осы тізілімдегі "
                            "жазба. Тізілімнің екі түрі бар: кәсіби медиаторлар тізілімі және "
                            "қоғамдық медиаторлар тізілімі. Қоғамдық медиатордың жазбасы оны "
                            "сайлаған жергілікті қоғамдастық жиналысының шешіміне негізделеді, "
                            "онда медиация тілдері мен медиация саласы, мысалы, отбасылық, "
                            "көршілік немесе этносаралық даулар көрсетіледі. Тізілімдерді жүргізу "
                            "тәртібі заңға енгізілген түзетулермен бірге өзгеріп отырды, "
                            "сондықтан өз өңіріңізде тізілімді қай орган жүргізетінін біліп "
                            "алыңыз.</p>"
                            "<p>Медиаторлар ұйымдары — медиаторларды біріктіретін коммерциялық "
                            "емес ұйымдар. Олар өз мүшелерін оқытады және қолдайды, кәсіби әдеп "
                            "қағидаларын қабылдайды, мүшелерінің тізімін жүргізеді, медиаторларға "
                            "қатысты шағымдарды қарайды және адамдарға медиатор табуға "
                            "көмектеседі.</p>"
                            "<h3>Медиаторды тексерудің төрт қадамы</h3>"
                            "<ol>"
                            "<li>Адамның толық аты-жөнін, қай тізілімде тұрғанын, жазбаның нөмірі "
                            "мен күнін сұраңыз.</li>"
                            "<li>Жазбаны тізілімді жүргізетін органнан немесе ұйымнан не өңірлік "
                            "медиация кабинеті арқылы растаңыз.</li>"
                            "<li>Медиатордың тілдері мен медиация саласы дауға сай келетінін "
                            "тексеріңіз: өзбек және қазақ тілдеріндегі отбасылық дауға осы "
                            "тілдерде жұмыс істейтін медиатор керек.</li>"
                            "<li>Мүдделер қақтығысы туралы сұраңыз: оның тараптардың бірімен "
                            "туыстық, жұмыс, кәсіп немесе мүшелік байланысы бар ма.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Реестры: кто медиатор с точки зрения закона</h3>"
                            "<p>Реестр — это официальный список. Именно запись в реестре "
                            "превращает обученного человека в медиатора, чью работу признаёт "
                            "закон. Реестров два: реестр профессиональных медиаторов и реестр "
                            "общественных медиаторов. Запись общественного медиатора основана на "
                            "решении собрания местного сообщества, которое его избрало; в ней "
                            "указываются языки медиации и сфера медиации, например семейные, "
                            "соседские или межэтнические споры. Порядок ведения реестров менялся "
                            "вместе с поправками к закону, поэтому узнайте, какой орган ведёт "
                            "реестр в вашем регионе.</p>"
                            "<p>Организации медиаторов — некоммерческие организации, объединяющие "
                            "медиаторов. Они обучают и поддерживают своих членов, принимают "
                            "правила профессиональной этики, ведут списки членов, рассматривают "
                            "жалобы на медиаторов и помогают людям найти медиатора.</p>"
                            "<h3>Как проверить медиатора: четыре шага</h3>"
                            "<ol>"
                            "<li>Спросите полное имя, в каком реестре состоит человек, номер и "
                            "дату записи.</li>"
                            "<li>Подтвердите запись у органа или организации, которые ведут "
                            "реестр, либо через региональный кабинет медиации.</li>"
                            "<li>Проверьте, подходят ли к спору языки и сфера медиации: для "
                            "семейного спора на узбекском и казахском нужен медиатор, работающий "
                            "на этих языках.</li>"
                            "<li>Спросите о конфликте интересов: связывают ли его с одной из "
                            "сторон родство, работа, бизнес или членство в организации.</li></ol>"
                        ),
                        "en": (
                            "<h3>Registers: who is a mediator in the eyes of the law</h3>"
                            "<p>A register is an official list. An entry in a register is what "
                            "turns a trained person into a mediator whose work the law "
                            "recognises. There are two: the register of professional mediators "
                            "and the register of public mediators. A public mediator's entry "
                            "rests on the decision of the local community assembly that elected "
                            "them, and it records the languages of mediation and the area of "
                            "mediation, for example family, neighbour or interethnic disputes. "
                            "Who keeps each register has changed with amendments to the law, so "
                            "find out which body keeps it in your region.</p>"
                            "<p>Organisations of mediators are non-commercial organisations that "
                            "bring mediators together. They train and support their members, "
                            "adopt rules of professional ethics, keep lists of members, consider "
                            "complaints about mediators and help people find a mediator.</p>"
                            "<h3>Checking a mediator in four steps</h3>"
                            "<ol>"
                            "<li>Ask for the full name, the register the person is in, and the "
                            "number and date of the entry.</li>"
                            "<li>Confirm the entry with the body or organisation that keeps the "
                            "register, or through the regional mediation office.</li>"
                            "<li>Check that the mediator's languages and area of mediation fit "
                            "the dispute: a family dispute conducted in Uzbek and Kazakh needs a "
                            "mediator who works in those languages.</li>"
                            "<li>Ask about conflicts of interest: family, work, business or "
                            "membership ties with either party.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қазақстан халқы Ассамблеясы және оның медиация құрылымдары</h3>"
                            "<p>Қазақстан халқы Ассамблеясы — этномедиация саласындағы, яғни "
                            "этносаралық сипаты бар немесе сондай сипат алуы мүмкін дауларды "
                            "медиациялау саласындағы жетекші орган. Ол қоғамдық медиацияны "
                            "Республикалық медиация кеңесі арқылы жүргізеді: кеңес басымдықтарды "
                            "айқындайды, қоғамдық және кәсіби медиаторларды біріктіреді және "
                            "оларды оқытуды ұйымдастырады. Ассамблеяның өз деректері бойынша оның "
                            "жүйесінде 2000-ға жуық қоғамдық және 100-ден астам кәсіби медиатор "
                            "жұмыс істейді.</p>"
                            "<ul>"
                            "<li><strong>Өңірлік медиация кабинеттері</strong> (Ассамблея есебі "
                            "бойынша 17) өтініштерді қабылдайды, лайықты медиатор іріктейді, есеп "
                            "жүргізеді және өңірде оқыту ұйымдастырады.</li>"
                            "<li><strong>Медиация алаңдары</strong> (300-ден астам), соның ішінде "
                            "соттардағы алаңдар мен татуластыру кабинеттері, — адамдар үйіне "
                            "жақын жерде медиатормен кездесе алатын орындар.</li>"
                            "<li><strong>Этномәдени бірлестіктер, аналар кеңестері, ақсақалдар "
                            "кеңестері, қоғамдық келісім кеңестері және Достық үйлері</strong> "
                            "медиацияны өздері жүргізбейді, бірақ шиеленісті ерте байқайды, "
                            "қауымның сенімін арқалайды және тараптарды келіссөз үстеліне "
                            "шақырады.</li></ul>"
                            "<p>Тәжірибелік ереже: құрылым жанжалға неғұрлым жақын болса, ол "
                            "туралы соғұрлым ерте естиді. Аудандық чаттағы «келгендер зауыттағы "
                            "жұмыс орындарын тартып алады» деген өсек сотқа жеткенше этномәдени "
                            "бірлестікке әлдеқайда ерте жетеді. Сіздің міндетіңіз — ауданыңызда "
                            "мұндай белгіні кім қабылдап, оны тиісті жерге жеткізе алатынын "
                            "білу.</p>"
                        ),
                        "ru": (
                            "<h3>Ассамблея народа Казахстана и её структуры медиации</h3>"
                            "<p>Ассамблея народа Казахстана — ведущий орган в сфере этномедиации, "
                            "то есть медиации споров, которые имеют или могут приобрести "
                            "межэтническое измерение. Общественную медиацию она ведёт через "
                            "Республиканский совет по медиации, который определяет приоритеты, "
                            "объединяет общественных и профессиональных медиаторов и организует "
                            "их обучение. По данным самой Ассамблеи, в её системе работают около "
                            "2000 общественных и более 100 профессиональных медиаторов.</p>"
                            "<ul>"
                            "<li><strong>Региональные кабинеты медиации</strong> (по данным "
                            "Ассамблеи, 17) принимают обращения, подбирают подходящего медиатора, "
                            "ведут учёт и организуют обучение в регионе.</li>"
                            "<li><strong>Площадки медиации</strong> (более 300), в том числе в "
                            "судах, и кабинеты примирения — места, где можно встретиться с "
                            "медиатором недалеко от дома.</li>"
                            "<li><strong>Этнокультурные объединения, советы матерей, советы "
                            "аксакалов, советы общественного согласия и Дома дружбы</strong> сами "
                            "медиацию не проводят, но рано замечают напряжённость, пользуются "
                            "доверием людей и приводят стороны за стол переговоров.</li></ul>"
                            "<p>Практическое правило: чем ближе структура к конфликту, тем раньше "
                            "она о нём узнаёт. Слух в районном чате о том, что «приезжие заберут "
                            "рабочие места на заводе», доходит до этнокультурного объединения "
                            "гораздо раньше, чем до суда. Ваша задача — знать, кто в вашем районе "
                            "может принять такой сигнал и передать его туда, куда нужно.</p>"
                        ),
                        "en": (
                            "<h3>The Assembly of People of Kazakhstan and its mediation "
                            "structures</h3>"
                            "<p>The Assembly of People of Kazakhstan is the lead body for "
                            "ethnomediation, that is, mediation of disputes that have, or may "
                            "take on, an interethnic dimension. It runs public mediation through "
                            "the Republican Mediation Council, which sets priorities, brings "
                            "public and professional mediators together and organises their "
                            "training. By the Assembly's own figures, about 2,000 public "
                            "mediators and more than 100 professional mediators work in its "
                            "system.</p>"
                            "<ul>"
                            "<li><strong>Regional mediation offices</strong> (17 by the "
                            "Assembly's count) receive applications, find a suitable mediator, "
                            "keep records and organise training in the region.</li>"
                            "<li><strong>Mediation sites</strong> (more than 300), including "
                            "sites in courts and reconciliation rooms, are places where people "
                            "can meet a mediator close to home.</li>"
                            "<li><strong>Ethnocultural associations, councils of mothers, aksakal "
                            "councils, public consent councils and Houses of Friendship</strong> "
                            "do not conduct mediation themselves, but they notice tension early, "
                            "carry people's trust and bring the parties to the table.</li></ul>"
                            "<p>A practical rule: the closer a structure is to the conflict, the "
                            "earlier it hears about it. A rumour in a district chat that "
                            "“newcomers will take the jobs at the plant” reaches an ethnocultural "
                            "association long before it reaches a court. Your task is to know who "
                            "in your district can pick up such a signal and pass it to the right "
                            "place.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Келіссөз жүргізуші-этномедиатордың орны</h3>"
                            "<p>Келіссөз жүргізуші-этномедиатор — Ассамблея бағдарламасы бойынша "
                            "этносаралық шиеленістің алдын алуға және оны бәсеңдетуге, күрделі "
                            "жағдайларда келіссөз жүргізуге үйретілген адам. Іс жүзінде сіз:</p>"
                            "<ul>"
                            "<li>ерте белгілерді байқайсыз: өсек, өткір жазба, базардағы "
                            "ұрыс-керіс, мектеп іс-шарасының тіліне қатысты шағым;</li>"
                            "<li>әр тараппен алғашқы байланыс орнатып, ашу-ызаны басасыз және "
                            "адамдарға шын мәнінде не қажет екенін анықтайсыз;</li>"
                            "<li>ресми дау әлі жоқ жерде келіссөз жүргізесіз, мысалы, ауыл мен "
                            "инвестор арасында жайылым туралы немесе ата-аналар мен мектеп "
                            "арасында мерекелік концерт туралы;</li>"
                            "<li>тараптарды тізілімдегі медиаторға әкелесіз, рұқсат етілген жерде "
                            "онымен бірге қосалқы медиатор ретінде жұмыс істейсіз және келісімнің "
                            "орындалуын қадағалайсыз.</li></ul>"
                            "<h3>Оқудан өту — медиатор болу құқығы емес</h3>"
                            "<p>Бұл бағдарламаны аяқтаған соң сіз медиатордың заңды мәртебесін "
                            "емес, Ассамблея пулындағы <strong>құзыреттілік куәлігін</strong> "
                            "аласыз. Заң бойынша медиатор ретінде әрекет ету үшін оның "
                            "талаптарына сай болып, тізілімге енгізілу де қажет. Кейбір "
                            "тыңдаушылар, мысалы, әкімдер мен олардың орынбасарлары немесе "
                            "учаскелік полиция инспекторлары мемлекеттік қызметшілер болып "
                            "табылады, сондықтан лауазымда тұрған кезде оларға медиатор болуға "
                            "тыйым салынуы мүмкін. Олар алған дағдыларын бәрібір пайдаланады: "
                            "әкім диалог ұйымдастырады, учаскелік инспектор көшедегі ұрыс-керісті "
                            "басады. Бірақ екеуі де медиация туралы шартқа немесе келісімге "
                            "медиатор ретінде қол қоймайды: олар тізілімдегі медиаторды "
                            "шақырады.</p>"
                            "<p>Жиі кездесетін қате — курс сертификатын медиация жүргізуге "
                            "берілген рұқсат ретінде көрсету. Әр іс алдында өзіңізге төрт сұрақ "
                            "қойыңыз: мен тізілімге енгізілгенмін бе? Менің тілдерім мен медиация "
                            "саласым осы іске сай келе ме? Лауазымым маған тыйым салмай ма? Мен "
                            "бұл істе бейтараппын ба?</p>"
                        ),
                        "ru": (
                            "<h3>Место переговорщика-этномедиатора</h3>"
                            "<p>Переговорщик-этномедиатор — человек, обученный по программе "
                            "Ассамблеи предупреждать и снижать межэтническую напряжённость и "
                            "вести переговоры в сложных ситуациях. На практике вы будете:</p>"
                            "<ul>"
                            "<li>замечать ранние признаки: слух, резкий пост, ссору на рынке, "
                            "жалобу на язык школьного мероприятия;</li>"
                            "<li>устанавливать первый контакт с каждой стороной, снижать накал "
                            "эмоций и выяснять, что людям на самом деле нужно;</li>"
                            "<li>вести переговоры там, где формального спора ещё нет, например "
                            "между селом и инвестором из-за пастбищ или между родителями и школой "
                            "из-за праздничного концерта;</li>"
                            "<li>приводить стороны к медиатору из реестра, работать вместе с ним "
                            "как комедиатор, где это допустимо, и следить за исполнением "
                            "соглашения.</li></ul>"
                            "<h3>Обучен — ещё не значит вправе</h3>"
                            "<p>Окончив эту программу, вы получаете <strong>подтверждение "
                            "компетенции</strong> в пуле Ассамблеи, а не правовой статус "
                            "медиатора. Чтобы по закону выступать медиатором, нужно также "
                            "соответствовать его требованиям и состоять в реестре. Некоторые "
                            "слушатели, например акимы и их заместители или участковые инспекторы "
                            "полиции, являются государственными служащими, и быть медиаторами, "
                            "пока они занимают должность, им может быть запрещено. Полученные "
                            "навыки они всё равно применяют: аким организует диалог, участковый "
                            "гасит ссору на улице. Но ни тот ни другой не подписывает договор о "
                            "медиации или соглашение как медиатор: они приглашают медиатора из "
                            "реестра.</p>"
                            "<p>Типичная ошибка — выдавать сертификат курса за право проводить "
                            "медиацию. Перед каждым делом задайте себе четыре вопроса: состою ли "
                            "я в реестре? Подходят ли мои языки и сфера медиации к этому делу? Не "
                            "запрещает ли мне это моя должность? Нейтрален ли я в этом деле?</p>"
                        ),
                        "en": (
                            "<h3>Where the negotiator-ethnomediator fits</h3>"
                            "<p>A negotiator-ethnomediator is a person trained in the Assembly's "
                            "programme to prevent and de-escalate interethnic tension and to lead "
                            "negotiations in difficult situations. In practice you will:</p>"
                            "<ul>"
                            "<li>notice early signs: a rumour, a sharp post, a quarrel at the "
                            "market, a complaint about the language of a school event;</li>"
                            "<li>make first contact with each side, calm emotions and find out "
                            "what people actually need;</li>"
                            "<li>lead talks where there is no formal dispute yet, for example "
                            "between a village and an investor over pasture, or between parents "
                            "and a school over a holiday concert;</li>"
                            "<li>bring the parties to a registered mediator, work alongside one "
                            "as a co-mediator where that is allowed, and follow up on how the "
                            "agreement is kept.</li></ul>"
                            "<h3>Trained is not the same as legally able</h3>"
                            "<p>Completing this programme gives you a <strong>competency "
                            "credential</strong> in the Assembly's pool, not the legal status of "
                            "a mediator. To act as a mediator under the law you must also meet "
                            "its requirements and be entered in a register. Some trainees, such "
                            "as akims and their deputies or district police inspectors, are state "
                            "servants and may be barred from acting as mediators while they hold "
                            "office. They still use what they learn: an akim organises dialogue, "
                            "a police inspector defuses a quarrel in the street. But neither "
                            "signs a contract on mediation or a settlement agreement as the "
                            "mediator; they call in a registered mediator.</p>"
                            "<p>A common mistake is to present the course certificate as a "
                            "licence to mediate. Before each case, ask yourself four questions. "
                            "Am I entered in a register? Do my languages and area of mediation "
                            "fit this case? Does my job bar me? Am I neutral in this case?</p>"
                        ),
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Келісімге кім қол қояды?",
                            "ru": "Кто подпишет соглашение?",
                            "en": "Who signs the agreement?",
                        },
                        "situation": {
                            "kk": (
                                "<p><em>Ойдан шығарылған мысал.</em> Алматы облысындағы бір аудан "
                                "орталығында тоғызыншы сынып оқушылары Тимур мен Артём мектептегі "
                                "футбол матчынан кейін төбелесіп қалды. Төбелестің бейнежазбасы "
                                "ата-аналар чатына екі баланың да ұлтына тіл тигізетін "
                                "пікірлермен тарады. Тимурдың анасы Гүлнара Артёмды мектептен "
                                "шығаруды талап етеді; Артёмның әкесі Сергей ұлын арандатты деп "
                                "санайды және мектеп әрдайым бір жақты жақтайды дейді.</p>"
                                "<p>Аудан әкімінің әлеуметтік мәселелер жөніндегі орынбасары "
                                "Марат өткен айда келіссөз жүргізуші-этномедиатор курсын бітірді. "
                                "Ол екі ата-ананы мектеп кітапханасындағы кездесуге шақырды. "
                                "Екеуі де одан «медиатор болып, қағазға бүгін қол қоюын» сұрайды. "
                                "Өңірлік медиация кабинетімен жұмыс істейтін, тізілімге "
                                "енгізілген қоғамдық медиатор Әлия жолда келеді және шамамен он "
                                "минуттан кейін қосылады.</p>"
                            ),
                            "ru": (
                                "<p><em>Вымышленный пример.</em> В райцентре Алматинской области "
                                "девятиклассники Тимур и Артём подрались после футбольного матча "
                                "в школе. Видео драки разошлось по родительскому чату с "
                                "оскорбительными комментариями о национальности обоих мальчиков. "
                                "Мать Тимура Гульнара требует исключить Артёма из школы; отец "
                                "Артёма Сергей считает, что сына спровоцировали, и говорит, что "
                                "школа всегда на одной стороне.</p>"
                                "<p>Марат, заместитель акима района по социальным вопросам, в "
                                "прошлом месяце окончил курс переговорщика-этномедиатора. Он "
                                "пригласил обоих родителей на встречу в школьную библиотеку. Оба "
                                "просят его «быть медиатором и подписать бумагу сегодня же». "
                                "Алия, общественный медиатор из реестра, работающая с "
                                "региональным кабинетом медиации, уже в пути и присоединится "
                                "примерно через десять минут.</p>"
                            ),
                            "en": (
                                "<p><em>An invented example.</em> In a district town in Almaty "
                                "region two ninth-graders, Timur and Artyom, fought after a "
                                "football match at school. A video of the fight spread through "
                                "the parents' chat with insulting comments about both boys' "
                                "nationalities. Timur's mother, Gulnara, wants Artyom expelled; "
                                "Artyom's father, Sergei, believes his son was provoked and says "
                                "the school always takes one side.</p>"
                                "<p>Marat, deputy akim of the district for social affairs, "
                                "completed the negotiator-ethnomediator course last month. He has "
                                "invited both parents to a meeting in the school library. Both "
                                "ask him to “be the mediator and sign the paper today”. Aliya, a "
                                "public mediator from the register who works with the regional "
                                "mediation office, is on her way and will join in about ten "
                                "minutes.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Марат, аудан әкімінің орынбасары",
                                    "ru": "Марат, заместитель акима района",
                                    "en": "Marat, deputy akim of the district",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз мемлекеттік қызметшісіз. Ата-аналарды сабырға "
                                        "шақырыңыз, әрқайсысына сөйлеуге бірдей уақыт беріңіз "
                                        "және диалогқа неге қатыса алатыныңызды, бірақ неге "
                                        "медиатор бола алмайтыныңызды және келісімге қол қоя "
                                        "алмайтыныңызды анық түсіндіріңіз. Мектеп, полиция немесе "
                                        "әкімдік шешпеген нәрсені уәде етпеңіз. Әлия келгенде оны "
                                        "таныстырып, рәсімді соған тапсырыңыз."
                                    ),
                                    "ru": (
                                        "Вы государственный служащий. Успокойте родителей, дайте "
                                        "каждому равное время и ясно объясните, почему вы можете "
                                        "участвовать в диалоге, но не можете быть медиатором и "
                                        "подписывать соглашение. Не обещайте того, чего не решили "
                                        "школа, полиция или акимат. Когда придёт Алия, "
                                        "представьте её и передайте ей процедуру."
                                    ),
                                    "en": (
                                        "You are a state servant. Calm the parents, give each "
                                        "equal time, and explain clearly why you can take part in "
                                        "the dialogue but cannot act as the mediator or sign the "
                                        "agreement. Do not promise anything the school, the "
                                        "police or the akimat has not decided. When Aliya "
                                        "arrives, introduce her and hand the procedure over to "
                                        "her."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Гүлнара, Тимурдың анасы",
                                    "ru": "Гульнара, мать Тимура",
                                    "en": "Gulnara, Timur's mother",
                                },
                                "brief": {
                                    "kk": (
                                        "Ұлыңыз бірінші соққы алды, оның ерні жарылды. Сіз жария "
                                        "түрде кешірім сұралуын, бейнежазбаның чаттан өшірілуін "
                                        "және Артёмның басқа мектепке ауыстырылуын қалайсыз. "
                                        "Әкімдіктен келген ешкімге сенбейсіз, бірақ шаршадыңыз "
                                        "және ұлыңыз мектепте өзін қауіпсіз сезінгенін қалайсыз."
                                    ),
                                    "ru": (
                                        "Вашего сына ударили первым, у него разбита губа. Вы "
                                        "хотите публичных извинений, удаления видео из чата и "
                                        "перевода Артёма в другую школу. Вы не доверяете никому "
                                        "из акимата, но устали и хотите, чтобы сын чувствовал "
                                        "себя в школе в безопасности."
                                    ),
                                    "en": (
                                        "Your son was hit first and his lip was split. You want a "
                                        "public apology, the video removed from the chat and "
                                        "Artyom moved to another school. You distrust anyone from "
                                        "the akimat, but you are tired and want your son to feel "
                                        "safe at school."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Сергей, Артёмның әкесі",
                                    "ru": "Сергей, отец Артёма",
                                    "en": "Sergei, Artyom's father",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз Тимурдың достары ұлыңызды балағат сөздермен "
                                        "арандатты деп есептейсіз. Мектептен шығарылудан және "
                                        "полиция есебіне қойылудан қорқасыз. Әкімдік қызметкері "
                                        "неге бейтарап болуы керек екенін және мұнда айтқаныңыз "
                                        "полицияға жетпей ме деп сұрайсыз."
                                    ),
                                    "ru": (
                                        "Вы считаете, что друзья Тимура спровоцировали вашего "
                                        "сына оскорблениями. Вы боитесь исключения и постановки "
                                        "на учёт в полиции. Вы спрашиваете, почему сотрудник "
                                        "акимата должен быть нейтральным и не передадут ли "
                                        "сказанное здесь в полицию."
                                    ),
                                    "en": (
                                        "You believe Timur's friends provoked your son with "
                                        "insults. You fear expulsion and a police record. You ask "
                                        "why an akimat official should be neutral and whether "
                                        "what you say here will be passed to the police."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Әлия, қоғамдық медиатор",
                                    "ru": "Алия, общественный медиатор",
                                    "en": "Aliya, public mediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз қоғамдық медиаторлар тізіліміне енгізілгенсіз, қазақ "
                                        "және орыс тілдерінде жұмыс істейсіз. Екі отбасымен де "
                                        "байланысыңыз жоқ екенін тексеріңіз; еріктілікті, "
                                        "теңдікті және құпиялылықты, соның ішінде мектепке не "
                                        "айтылатынын және не айтылмайтынын түсіндіріңіз. Келесі "
                                        "қадамды ұсыныңыз: медиация туралы шарт, күні, орны және "
                                        "тілі."
                                    ),
                                    "ru": (
                                        "Вы внесены в реестр общественных медиаторов, работаете "
                                        "на казахском и русском языках. Проверьте, что у вас нет "
                                        "связей ни с одной из семей; объясните добровольность, "
                                        "равноправие и конфиденциальность, в том числе что будет "
                                        "и что не будет сообщено школе. Предложите следующий шаг: "
                                        "договор о медиации, дату, место и язык."
                                    ),
                                    "en": (
                                        "You are in the register of public mediators and work in "
                                        "Kazakh and Russian. Check that you have no ties to "
                                        "either family; explain voluntariness, equality and "
                                        "confidentiality, including what will and will not be "
                                        "shared with the school. Propose the next step: a "
                                        "contract on mediation, a date, a place and a language."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Марат өз оқуы мен медиатордың заңды мәртебесі арасындағы "
                                    "айырмашылықты ата-аналардың сенімін жоғалтпай түсіндірді."
                                ),
                                "ru": (
                                    "Марат объяснил разницу между своим обучением и правовым "
                                    "статусом медиатора, не потеряв доверия родителей."
                                ),
                                "en": (
                                    "Marat explained the difference between his training and the "
                                    "legal status of a mediator without losing the parents' trust."
                                ),
                            },
                            {
                                "kk": (
                                    "Ешкімді келісуге немесе сол күні бірдеңеге қол қоюға "
                                    "мәжбүрлеген жоқ."
                                ),
                                "ru": (
                                    "Никого не принуждали соглашаться или подписывать что-либо в "
                                    "тот же день."
                                ),
                                "en": "No one was pressed to agree or to sign anything that day.",
                            },
                            {
                                "kk": (
                                    "Екі ата-ана шамамен бірдей уақыт алды және оларға бірдей "
                                    "құрметпен қаралды."
                                ),
                                "ru": (
                                    "Оба родителя получили примерно равное время, к ним "
                                    "обращались с равным уважением."
                                ),
                                "en": (
                                    "Both parents had roughly equal time and were treated with "
                                    "equal respect."
                                ),
                            },
                            {
                                "kk": (
                                    "Әлия мүдделер қақтығысын тексеріп, құпиялылықты қарапайым "
                                    "тілмен түсіндірді және Сергейдің полиция туралы сұрағына "
                                    "жауап берді."
                                ),
                                "ru": (
                                    "Алия проверила конфликт интересов, простыми словами "
                                    "объяснила конфиденциальность и ответила на вопрос Сергея о "
                                    "полиции."
                                ),
                                "en": (
                                    "Aliya checked for a conflict of interest, explained "
                                    "confidentiality in plain words and answered Sergei's "
                                    "question about the police."
                                ),
                            },
                            {
                                "kk": (
                                    "Ешкім мектеп, полиция немесе әкімдік атынан өз өкілеттігінен "
                                    "тыс уәде берген жоқ."
                                ),
                                "ru": (
                                    "Никто не давал обещаний от имени школы, полиции или акимата "
                                    "сверх своих полномочий."
                                ),
                                "en": (
                                    "No one made promises on behalf of the school, the police or "
                                    "the akimat beyond their powers."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу келісілген келесі қадамдармен аяқталды: медиация "
                                    "туралы шарт, күні, орны және тілі."
                                ),
                                "ru": (
                                    "Встреча закончилась согласованными следующими шагами: "
                                    "договор о медиации, дата, место и язык."
                                ),
                                "en": (
                                    "The meeting ended with agreed next steps: a contract on "
                                    "mediation, a date, a place and a language."
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
                                "Өз жағдайыңызды жазып шығыңыз. Сіз тізілімге енгізілгенсіз бе, "
                                "қай тілдер мен медиация саласы бойынша? Лауазымыңыз сізге "
                                "медиатор болуға тыйым салуы мүмкін бе? Ауданыңызда келіссөз "
                                "жүргізуші ретінде әрекет ететін екі жағдайды және тізілімдегі "
                                "медиаторды шақыратын бір жағдайды атап, себебін түсіндіріңіз."
                            ),
                            "ru": (
                                "Запишите своё положение. Состоите ли вы в реестре, с какими "
                                "языками и сферой медиации? Может ли ваша должность запрещать вам "
                                "быть медиатором? Назовите две ситуации в вашем районе, где вы "
                                "будете действовать как переговорщик, и одну, где пригласите "
                                "медиатора из реестра, и объясните почему."
                            ),
                            "en": (
                                "Write down your own position. Are you entered in a register, and "
                                "with which languages and area of mediation? Could your job bar "
                                "you from acting as a mediator? Name two situations in your "
                                "district where you would act as a negotiator and one where you "
                                "would call in a registered mediator, and say why."
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
                                    "kk": "Медиаторлар тізілімі",
                                    "ru": "Реестр медиаторов",
                                    "en": "Register of mediators",
                                },
                                "definition": {
                                    "kk": (
                                        "Кәсіби немесе қоғамдық медиаторлардың ресми тізімі; заң "
                                        "бойынша медиатор ретінде әрекет ету үшін оған енгізілу "
                                        "қажет."
                                    ),
                                    "ru": (
                                        "Официальный список профессиональных или общественных "
                                        "медиаторов; запись в нём необходима, чтобы выступать "
                                        "медиатором по закону."
                                    ),
                                    "en": (
                                        "An official list of professional or public mediators; an "
                                        "entry in it is needed to act as a mediator under the law."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиаторлар ұйымы",
                                    "ru": "Организация медиаторов",
                                    "en": "Organisation of mediators",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиаторларды біріктіретін коммерциялық емес ұйым: "
                                        "мүшелерін оқытады және қолдайды, әдеп қағидаларын "
                                        "қабылдайды, шағымдарды қарайды."
                                    ),
                                    "ru": (
                                        "Некоммерческая организация, объединяющая медиаторов: "
                                        "обучает и поддерживает членов, принимает правила этики, "
                                        "рассматривает жалобы."
                                    ),
                                    "en": (
                                        "A non-commercial organisation uniting mediators: it "
                                        "trains and supports members, adopts ethics rules and "
                                        "considers complaints."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Республикалық медиация кеңесі",
                                    "ru": "Республиканский совет по медиации",
                                    "en": "Republican Mediation Council",
                                },
                                "definition": {
                                    "kk": (
                                        "Қазақстан халқы Ассамблеясы ел көлемінде қоғамдық "
                                        "медиация мен этномедиацияны ұйымдастыратын орган."
                                    ),
                                    "ru": (
                                        "Орган, через который Ассамблея народа Казахстана "
                                        "организует общественную медиацию и этномедиацию по всей "
                                        "стране."
                                    ),
                                    "en": (
                                        "The body through which the Assembly of People of "
                                        "Kazakhstan organises public mediation and ethnomediation "
                                        "across the country."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиация кабинеті",
                                    "ru": "Кабинет медиации",
                                    "en": "Mediation office",
                                },
                                "definition": {
                                    "kk": (
                                        "Ассамблеяның медиация жүйесіндегі өңірлік кабинет: "
                                        "өтініштерді қабылдайды, медиатор іріктейді және есеп "
                                        "жүргізеді."
                                    ),
                                    "ru": (
                                        "Региональный кабинет в системе медиации Ассамблеи: "
                                        "принимает обращения, подбирает медиатора и ведёт учёт."
                                    ),
                                    "en": (
                                        "A regional office in the Assembly's mediation system "
                                        "that receives applications, finds a mediator and keeps "
                                        "records."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Татуластыру кабинеті",
                                    "ru": "Кабинет примирения",
                                    "en": "Reconciliation room",
                                },
                                "definition": {
                                    "kk": (
                                        "Көбіне сотта немесе қоғамдық ғимаратта орналасқан "
                                        "медиация алаңы, онда тараптар медиатормен кездесе алады."
                                    ),
                                    "ru": (
                                        "Площадка медиации, часто в суде или общественном здании, "
                                        "где стороны могут встретиться с медиатором."
                                    ),
                                    "en": (
                                        "A mediation site, often in a court or a public building, "
                                        "where the parties can meet a mediator."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Келіссөз жүргізуші-этномедиатор",
                                    "ru": "Переговорщик-этномедиатор",
                                    "en": "Negotiator-ethnomediator",
                                },
                                "definition": {
                                    "kk": (
                                        "Ассамблея бағдарламасы бойынша этносаралық шиеленістің "
                                        "алдын алуға және келіссөз жүргізуге үйретілген адам; бұл "
                                        "медиатордың заңды мәртебесі емес, құзыреттілік куәлігі."
                                    ),
                                    "ru": (
                                        "Человек, обученный по программе Ассамблеи предупреждать "
                                        "межэтническую напряжённость и вести переговоры; это "
                                        "подтверждение компетенции, а не правовой статус "
                                        "медиатора."
                                    ),
                                    "en": (
                                        "A person trained in the Assembly's programme to prevent "
                                        "interethnic tension and lead negotiations; a competency "
                                        "credential, not the legal status of a mediator."
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
