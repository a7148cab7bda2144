"""Public mediator course, module 1: what mediation is and its five principles."""

MODULE = {
    "slug": "what-is-mediation",
    "title": {
        "kk": "Медиация деген не",
        "ru": "Что такое медиация",
        "en": "What is mediation",
    },
    "summary": {
        "kk": (
            "Дауды шешу жолдары және олардың арасындағы медиацияның орны, қоғамдық медиатордың "
            "рөлі және медиацияның бес қағидаты — күнделікті өмірден алынған мысалдармен."
        ),
        "ru": (
            "Способы урегулирования споров и место медиации среди них, роль общественного "
            "медиатора и пять принципов медиации на житейских примерах."
        ),
        "en": (
            "Ways of settling disputes and the place of mediation among them, the role of the "
            "public mediator and the five principles of mediation, explained with everyday "
            "examples."
        ),
    },
    "academic_hours": 8,
    "learning_outcomes": [
        {
            "kk": (
                "Даудан жалтаруды, келіссөзді, медиацияны, арбитраж бен сотты салыстырып, "
                "тұрғынға оның дауына қайсысы сай келетінін түсіндіру."
            ),
            "ru": (
                "Сравнивать избегание, переговоры, медиацию, арбитраж и суд и объяснять жителю, "
                "какой способ подходит для его спора."
            ),
            "en": (
                "Compare avoidance, negotiation, mediation, arbitration and court, and explain to "
                "a resident which of them fits their dispute."
            ),
        },
        {
            "kk": (
                "Даудың қоғамдық медиаторға сай келетін-келмейтінін және оны қашан басқаларға "
                "жіберу керектігін анықтау."
            ),
            "ru": (
                "Определять, подходит ли спор для общественного медиатора и когда его нужно "
                "передать другим."
            ),
            "en": (
                "Decide whether a dispute suits a public mediator and when to refer it elsewhere."
            ),
        },
        {
            "kk": (
                "Медиацияның бес қағидатын қарапайым тілмен түсіндіріп, оларды бұзудың әдеттегі "
                "түрлерін тану."
            ),
            "ru": (
                "Простыми словами объяснять пять принципов медиации и распознавать их типичные "
                "нарушения."
            ),
            "en": (
                "Explain the five principles of mediation in plain words and recognise their "
                "typical violations."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "mediation-and-other-ways",
            "title": {
                "kk": "Медиация және дауды шешудің басқа жолдары",
                "ru": "Медиация и другие способы урегулирования споров",
                "en": "Mediation and other ways of settling disputes",
            },
            "summary": {
                "kk": (
                    "Адамдар дауды шешетін бес жол, медиацияның ерекшелігі, оған қандай даулар "
                    "сай келетіні және қоғамдық медиатордың орны."
                ),
                "ru": (
                    "Пять способов, которыми люди справляются со спорами, чем отличается "
                    "медиация, какие споры ей подходят и каково место общественного медиатора."
                ),
                "en": (
                    "Five ways people deal with disputes, what makes mediation different, which "
                    "disputes suit it, and where the public mediator stands."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Дауды шешудің бес жолын сипаттап, әрқайсысында шешімді кім қабылдайтынын "
                        "атау."
                    ),
                    "ru": (
                        "Описывать пять способов разрешения спора и называть, кто принимает "
                        "решение в каждом из них."
                    ),
                    "en": (
                        "Describe five ways of dealing with a dispute and say who decides in each."
                    ),
                },
                {
                    "kk": (
                        "Даудың медиацияға сай келетінін тексеріп, басқаларға жіберілетін істерді "
                        "тану."
                    ),
                    "ru": (
                        "Проверять, подходит ли спор для медиации, и распознавать дела, которые "
                        "нужно передать другим."
                    ),
                    "en": (
                        "Check whether a dispute suits mediation and recognise cases to refer "
                        "elsewhere."
                    ),
                },
                {
                    "kk": "Қоғамдық медиатордың рөлі мен өкілеттігінің шегін түсіндіру.",
                    "ru": "Объяснять роль общественного медиатора и пределы его полномочий.",
                    "en": "Explain the role and the limits of a public mediator.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Дауды шешудің бес жолы</h3><p>Адамдар дауды әдетте бес жолдың "
                            "бірімен шешеді. Алматы облысындағы бір ауылда тұратын Серік пен "
                            "Виктор есімді көршілерді елестетейік: олар екі бақшаның арасындағы "
                            "жер жолағы үшін дауласып жүр.</p><ol><li><strong>Даудан "
                            "жалтару.</strong> Тараптар сөйлесуді тоқтатып, мәселе өздігінен "
                            "шешіледі деп үміттенеді. Серік Викторға сәлем бермейтін болды, "
                            "Виктор дүкенге басқа жолмен барады. Алғашында бұл ешқандай шығын "
                            "әкелмейді, бірақ өкпе өседі, ал келесі тойда не қаралы жиында "
                            "шиеленісті бүкіл көше сезеді.</li><li><strong>Келіссөз.</strong> "
                            "Тараптар бір-бірімен тікелей сөйлесіп, уағдаластыққа келуге "
                            "тырысады. Бұл — ең жылдам әрі арзан жол; екеуі де сабырлы болып, "
                            "бір-бірін тыңдауға дайын болғанда нәтиже "
                            "береді.</li><li><strong>Медиация.</strong> Бейтарап үшінші тұлға — "
                            "медиатор — тараптарға сөйлесуге және өз шешімін табуға көмектеседі. "
                            "Медиатор кімнің дұрыс екенін шешпейді: шешім Серік пен Викторда "
                            "қалады.</li><li><strong>Арбитраж.</strong> Тараптар өзара келісім "
                            "бойынша дауды арбитрге немесе арбитражға береді; ол екі жақты "
                            "тыңдап, міндетті шешім шығарады. Бұл жол көбінесе кәсіпкерлік "
                            "дауларда қолданылады және екі тараптың келісімінсіз мүмкін "
                            "емес.</li><li><strong>Сот.</strong> Судья істі заң бойынша шешеді. "
                            "Сот шешімі міндетті және оны мәжбүрлеп орындатуға болады, бірақ бұл "
                            "уақыт пен қаражатты талап етеді, әдетте бір тарап жеңіліп "
                            "шығады.</li></ol><p>Екі сұрақ қойыңыз: <em>шешімді кім "
                            "қабылдайды</em> және <em>қарым-қатынас не болады</em>. Даудан "
                            "жалтарғанда және келіссөзде тараптар бақылауды өз қолында ұстайды, "
                            "бірақ ешқандай нәтижеге жетпеуі мүмкін; арбитраж бен сотта шешімді "
                            "бөгде адам қабылдайды. Медиация осылардың ортасында тұр: шешім "
                            "тараптарда қалады, бірақ әңгімеге медиатор көмектеседі.</p>"
                        ),
                        "ru": (
                            "<h3>Пять способов справиться со спором</h3><p>Обычно люди "
                            "справляются со спором одним из пяти способов. Представим Серика и "
                            "Виктора, соседей в селе Алматинской области, которые спорят о полосе "
                            "земли между огородами.</p><ol><li><strong>Избегание.</strong> "
                            "Стороны перестают разговаривать и надеются, что проблема исчезнет "
                            "сама. Серик больше не здоровается с Виктором, Виктор ходит в магазин "
                            "другой дорогой. Сначала это ничего не стоит, но обида растёт, и на "
                            "ближайшем тое или поминках напряжение чувствует вся "
                            "улица.</li><li><strong>Переговоры.</strong> Стороны сами говорят "
                            "друг с другом и ищут договорённость. Это самый быстрый и дешёвый "
                            "путь, и он работает, когда оба спокойны и готовы "
                            "слушать.</li><li><strong>Медиация.</strong> Нейтральное третье лицо "
                            "— медиатор — помогает сторонам разговаривать и найти собственное "
                            "решение. Медиатор не решает, кто прав: решение остаётся за Сериком и "
                            "Виктором.</li><li><strong>Арбитраж.</strong> Стороны по взаимному "
                            "соглашению передают спор арбитру или в арбитраж, который выслушивает "
                            "обе стороны и выносит обязательное решение. Чаще всего так решают "
                            "деловые споры, и без согласия обеих сторон арбитраж "
                            "невозможен.</li><li><strong>Суд.</strong> Судья разрешает дело по "
                            "закону. Решение обязательно и может быть исполнено принудительно, но "
                            "это требует времени и денег, и обычно одна сторона "
                            "проигрывает.</li></ol><p>Задайте два вопроса: <em>кто принимает "
                            "решение</em> и <em>что будет с отношениями</em>. При избегании и "
                            "переговорах стороны сохраняют контроль, но могут ни к чему не "
                            "прийти; в арбитраже и суде решает посторонний человек. Медиация — "
                            "посередине: решение остаётся за сторонами, но разговор идёт с "
                            "помощью медиатора.</p>"
                        ),
                        "en": (
                            "<h3>Five ways to deal with a dispute</h3><p>People usually deal with "
                            "a dispute in one of five ways. Imagine Serik and Viktor, neighbours "
                            "in a village in Almaty region, arguing over a strip of land between "
                            "their gardens.</p><ol><li><strong>Avoidance.</strong> The two stop "
                            "talking and hope the problem will go away. Serik no longer greets "
                            "Viktor; Viktor takes another road to the shop. At first this costs "
                            "nothing, but resentment grows, and at the next toi or memorial "
                            "gathering the whole street feels the "
                            "tension.</li><li><strong>Negotiation.</strong> The parties talk to "
                            "each other directly and look for a deal. This is the quickest and "
                            "cheapest way, and it works when both are calm and ready to "
                            "listen.</li><li><strong>Mediation.</strong> A neutral third person, "
                            "the mediator, helps the parties talk and find their own solution. "
                            "The mediator does not decide who is right: the decision stays with "
                            "Serik and Viktor.</li><li><strong>Arbitration.</strong> By mutual "
                            "agreement the parties hand their dispute to an arbitrator, who hears "
                            "both sides and makes a binding decision. It is used mostly in "
                            "business disputes and is impossible without the consent of both "
                            "sides.</li><li><strong>Court.</strong> A judge decides under the "
                            "law. The judgment is binding and can be enforced, but it takes time "
                            "and money, and usually one side loses.</li></ol><p>Ask two "
                            "questions: <em>who decides</em> and <em>what happens to the "
                            "relationship</em>. In avoidance and negotiation the parties keep "
                            "control but may reach nothing; in arbitration and court an outsider "
                            "decides. Mediation sits in the middle: the decision stays with the "
                            "parties, but the conversation has a helper.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Медиацияның басқа жолдардан "
                            "айырмашылығы</h3><ul><li><strong>Шешімді тараптар "
                            "қабылдайды.</strong> Келісім — олардың өз келісімі, сондықтан оны "
                            "жиі орындайды.</li><li><strong>Болашақ өткеннен маңызды.</strong> "
                            "Сот кімнің қандай ережені бұзғанын анықтайды. Медиация адамдар ертең "
                            "қатар қалай өмір сүретінін сұрайды: көршілер, туыстар, бір базардың "
                            "саудагерлері, бір мектептегі ата-аналар.</li><li><strong>Ұстаным "
                            "ғана емес, мүдде.</strong> Виктор: «Бұл жолақ менікі», — дейді. Бұл "
                            "— ұстаным. Оның артында мүдде болуы мүмкін: оған учаскесінің "
                            "түкпіріне тракторымен өту керек. Мүддені көбінесе ешкімнің абыройына "
                            "нұқсан келтірмей қанағаттандыруға болады.</li></ul><h3>Медиацияға "
                            "қандай даулар сай келеді</h3><p>Медиация адамдар бұдан кейін де "
                            "кездесіп тұратын жерде жақсы нәтиже береді: "
                            "<strong>отбасылық</strong> даулар (қарт ата-ананы бағу, ортақ үй, "
                            "немерелермен араласу), <strong>көршілер арасындағы</strong> даулар "
                            "(қоршау, бақшаға түскен мал, суару кезегі, шу, көлік қою), "
                            "<strong>шағын азаматтық</strong> істер (таныстар арасындағы қарыз, "
                            "бүлінген мүлік, пәтер жалдаушы мен үй иесі) және "
                            "<strong>қауымдағы</strong> даулар (жайылым не спорт алаңы, жастар "
                            "топтары арасындағы жанжал, әлеуметтік желідегі қорлайтын жазбадан "
                            "кейінгі ашу-ыза).</p><p>Мына жағдайларда тоқтап, медиация "
                            "кабинетінен кеңес сұраңыз:</p><ul><li>зорлық-зомбылық немесе адамның "
                            "өміріне, денсаулығына қауіп бар: қауіпсіздік бәрінен маңызды, "
                            "полиция шақырыңыз;</li><li>бір тарап екіншісінен қорқады немесе оны "
                            "кездесуге мәжбүрлеп әкеледі;</li><li>дау оған қатыспайтын адамдардың "
                            "немесе әрекетке қабілетсіз деп танылған адамның құқықтарын қозғайды: "
                            "заң мұндайда медиацияға жол бермейді;</li><li>іс қылмысқа қатысты "
                            "болуы мүмкін: татуласудың мүмкін-мүмкін еместігін медиатор емес, "
                            "қылмыстық процесті жүргізетін орган немесе сот шешеді;</li><li>шешім "
                            "мемлекеттік органның құзыретіне жатады, мысалы, әкімдіктің жер "
                            "туралы шешімі: медиатор адамдардың сөйлесуіне көмектесе алады, бірақ "
                            "ол шешімді өзгерте алмайды.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Чем медиация отличается от других "
                            "способов</h3><ul><li><strong>Решают стороны.</strong> Соглашение — "
                            "их собственное, поэтому его чаще выполняют.</li><li><strong>Будущее "
                            "важнее прошлого.</strong> Суд выясняет, кто какое правило нарушил. "
                            "Медиация спрашивает, как людям завтра жить рядом: соседям, "
                            "родственникам, торговцам одного рынка, родителям из одной "
                            "школы.</li><li><strong>Интересы, а не только позиции.</strong> "
                            "Виктор говорит: «Эта полоса моя» — это позиция. За ней может стоять "
                            "интерес: ему нужно проезжать на тракторе в конец участка. Интерес "
                            "часто можно удовлетворить так, чтобы никто не потерял "
                            "лицо.</li></ul><h3>Какие споры подходят для медиации</h3><p>Медиация "
                            "лучше всего работает там, где людям и дальше предстоит встречаться: "
                            "<strong>семейные</strong> споры (уход за пожилыми родителями, общий "
                            "дом, общение с внуками), <strong>соседские</strong> (заборы, скот в "
                            "огороде, очерёдность полива, шум, парковка), <strong>небольшие "
                            "гражданские</strong> дела (долг между знакомыми, повреждённое "
                            "имущество, жилец и хозяин квартиры) и <strong>споры в "
                            "сообществе</strong> (пастбище или спортивная площадка, ссора между "
                            "группами молодёжи, возмущение после оскорбительного поста в "
                            "соцсетях).</p><p>Остановитесь и посоветуйтесь с кабинетом медиации, "
                            "если:</p><ul><li>есть насилие или угроза жизни и здоровью: "
                            "безопасность прежде всего, вызовите полицию;</li><li>одна сторона "
                            "боится другой или её вынуждают прийти на встречу;</li><li>спор "
                            "затрагивает права людей, которые в нём не участвуют, или лица, "
                            "признанного недееспособным: закон не допускает здесь "
                            "медиацию;</li><li>речь может идти о преступлении: возможно ли "
                            "примирение, решает не медиатор, а орган, ведущий уголовный процесс, "
                            "или суд;</li><li>решение относится к полномочиям государственного "
                            "органа, например решение акимата о земле: медиатор может помочь "
                            "людям поговорить, но не может изменить это решение.</li></ul>"
                        ),
                        "en": (
                            "<h3>What makes mediation different</h3><ul><li><strong>The parties "
                            "decide.</strong> The agreement is their own, so they are more likely "
                            "to keep it.</li><li><strong>The future matters more than the "
                            "past.</strong> A court asks who broke which rule. Mediation asks how "
                            "people will live side by side tomorrow: as neighbours, relatives, "
                            "traders at one market or parents at one "
                            "school.</li><li><strong>Interests, not only positions.</strong> "
                            "Viktor says “this strip is mine”: that is a position. Behind it may "
                            "be an interest: he needs to drive his tractor to the back of his "
                            "plot. An interest can often be met without anyone losing "
                            "face.</li></ul><h3>Which disputes suit mediation</h3><p>Mediation "
                            "works best where people will keep meeting each other: "
                            "<strong>family</strong> disputes (care for elderly parents, a shared "
                            "house, contact with grandchildren), <strong>neighbour</strong> "
                            "disputes (fences, livestock in a garden, irrigation turns, noise, "
                            "parking), <strong>small civil</strong> matters (a debt between "
                            "acquaintances, damaged property, a tenant and a landlord) and "
                            "<strong>community</strong> disputes (a pasture or a sports ground, a "
                            "quarrel between groups of young people, anger after an offensive "
                            "post on social media).</p><p>Stop and ask the mediation office for "
                            "advice when:</p><ul><li>there is violence or a threat to someone's "
                            "life or health: safety comes first, call the police;</li><li>one "
                            "party is afraid of the other or is being pushed into the "
                            "meeting;</li><li>the dispute affects the rights of people who are "
                            "not taking part, or of a person declared legally incapable: the law "
                            "does not allow mediation here;</li><li>the matter may be a crime: "
                            "whether reconciliation is possible is decided not by the mediator "
                            "but by the body conducting the criminal case or by the "
                            "court;</li><li>the decision belongs to a state body, such as the "
                            "akimat's decision on land: a mediator can help people talk, but "
                            "cannot change that decision.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қоғамдық медиатордың орны</h3><p>«Медиация туралы» Заң "
                            "медиатордың кәсіби және кәсіби емес негізде қызмет етуіне жол "
                            "береді. Қоғамдық медиатор кәсіби емес негізде, әдетте ақы алмай "
                            "жұмыс істейді. Қолданыстағы қағидалар бойынша қоғамдық медиатордың "
                            "жасы қырықтан кем болмауы, ол жазбаша келісімін беруі және қоғамдық "
                            "медиаторлар тізіліміне енгізілуі тиіс. Қоғамдық медиаторларды "
                            "жергілікті қоғамдастық жиналысы сайлайды; өтінішке медиация тілдері "
                            "мен медиация саласы жазылады, медициналық анықтамалар қоса беріледі. "
                            "Қағидалар анда-санда өзгеріп тұрады, сондықтан қолданыстағы "
                            "талаптарды өз өңіріңіздегі медиация кабинетінен "
                            "нақтылаңыз.</p><p>Қазақстан халқы Ассамблеясы жүйесінде қоғамдық "
                            "медиаторлар өңірлік медиация кабинеттерімен бірге, татуластыру "
                            "кабинеттерінде, этномәдени бірлестіктерде, өз ауылдары мен "
                            "аудандарында жұмыс істейді. Адамдар оларды танитындықтан және "
                            "сенетіндіктен жүгінеді: құрметті мұғалім, этномәдени бірлестіктің "
                            "жетекшісі, зейнеткер дәрігер.</p><p>Қоғамдық медиатор — судья да, "
                            "заңгер де, полиция қызметкері де, үкім айтатын ақсақал да "
                            "<strong>емес</strong>. Сіздің міндеттеріңіз:</p><ol><li>әр тарапты "
                            "тыңдап, медиацияның не екенін түсіндіру;</li><li>дау медиацияға сай "
                            "келе ме, екі тарап та өз еркімен келе ме — соны "
                            "тексеру;</li><li>бейтарап жерде сабырлы кездесу "
                            "ұйымдастыру;</li><li>тараптарға өз ойын айтуға, бір-бірін естуге "
                            "және өз шешімін табуға көмектесу;</li><li>олардың неге уағдаласқанын "
                            "анық әрі қарапайым етіп жазып алуға көмектесу;</li><li>іс сіздің "
                            "рөліңізден асып кетсе, оны кәсіби медиаторға, заңгерге, полицияға "
                            "немесе әкімдікке жіберу.</li></ol><p><strong>Жиі кездесетін "
                            "қателер</strong>: кімнің дұрыс екенін айту; нәтижеге уәде беру («мен "
                            "оған ақысын төлетемін»); өз туысыңызға қатысты істі алу; дау ушығып "
                            "кеткенде жалғыз әрекет ету.</p>"
                        ),
                        "ru": (
                            "<h3>Место общественного медиатора</h3><p>Закон «О медиации» "
                            "допускает деятельность медиатора на профессиональной и на "
                            "непрофессиональной основе. Общественный медиатор работает на "
                            "непрофессиональной основе, как правило без вознаграждения. По "
                            "действующим правилам общественный медиатор должен быть не моложе "
                            "сорока лет, дать письменное согласие и быть включён в реестр "
                            "общественных медиаторов. Общественных медиаторов избирает собрание "
                            "местного сообщества; в заявлении указываются языки медиации и "
                            "область медиации, к нему прилагаются медицинские справки. Правила "
                            "время от времени меняются, поэтому уточняйте действующие требования "
                            "в кабинете медиации своего региона.</p><p>В системе Ассамблеи народа "
                            "Казахстана общественные медиаторы работают вместе с региональными "
                            "кабинетами медиации, в кабинетах примирения, в этнокультурных "
                            "объединениях, в своих сёлах и районах. К ним обращаются, потому что "
                            "их знают и им доверяют: уважаемый учитель, руководитель "
                            "этнокультурного объединения, врач на пенсии.</p><p>Общественный "
                            "медиатор — <strong>не</strong> судья, не юрист, не полицейский и не "
                            "аксакал, выносящий вердикт. Ваши задачи:</p><ol><li>выслушать каждую "
                            "сторону и объяснить, что такое медиация;</li><li>проверить, подходит "
                            "ли спор для медиации и приходят ли обе стороны "
                            "добровольно;</li><li>организовать спокойную встречу в нейтральном "
                            "месте;</li><li>помочь сторонам высказаться, услышать друг друга и "
                            "найти собственное решение;</li><li>помочь ясно и просто записать, о "
                            "чём они договорились;</li><li>передать дело профессиональному "
                            "медиатору, юристу, полиции или акимату, если оно выходит за рамки "
                            "вашей роли.</li></ol><p><strong>Типичные ошибки</strong>: говорить, "
                            "кто прав; обещать результат («я заставлю его заплатить»); браться за "
                            "дело своего родственника; действовать в одиночку, когда спор стал "
                            "серьёзным.</p>"
                        ),
                        "en": (
                            "<h3>The public mediator's place</h3><p>The Law “On Mediation” allows "
                            "a mediator to work on a professional or a non-professional basis. A "
                            "public mediator works on a non-professional basis, usually without a "
                            "fee. Under the current rules a public mediator must be at least "
                            "forty years old, give written consent and be entered in the register "
                            "of public mediators. Public mediators are elected by a local "
                            "community assembly; the application records the languages of "
                            "mediation and the area of mediation, and medical certificates are "
                            "attached. The rules are amended from time to time, so check the "
                            "current requirements with the mediation office of your "
                            "region.</p><p>In the system of the Assembly of People of Kazakhstan, "
                            "public mediators work with the regional mediation offices, in "
                            "reconciliation rooms, in ethnocultural associations and in their own "
                            "villages and districts. People turn to them because they know and "
                            "trust them: a respected teacher, the head of an ethnocultural "
                            "association, a retired doctor.</p><p>A public mediator is "
                            "<strong>not</strong> a judge, a lawyer, a police officer or an elder "
                            "who pronounces a verdict. Your tasks are:</p><ol><li>listen to each "
                            "side and explain what mediation is;</li><li>check that the dispute "
                            "suits mediation and that both sides come freely;</li><li>arrange a "
                            "calm meeting in a neutral place;</li><li>help the parties speak, "
                            "hear each other and find their own solution;</li><li>help them write "
                            "down what they agreed, clearly and simply;</li><li>refer the case to "
                            "a professional mediator, a lawyer, the police or the akimat when it "
                            "goes beyond your role.</li></ol><p><strong>Common mistakes</strong>: "
                            "saying who is right; promising a result (“I will make him pay”); "
                            "taking a case that involves your own relative; working alone when "
                            "the dispute has grown serious.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Түн ортасынан кейінгі музыка",
                            "ru": "Музыка после полуночи",
                            "en": "Music after midnight",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан алынған мысал. Жамбыл облысындағы бір ауылда "
                                "Әбдірахмановтар отбасы ауласында той жасады, музыка түнгі сағат "
                                "екіге дейін ойналды. Элеваторда таңғы ауысымға ерте шығатын "
                                "көршісі Олег шағымданып келді. «Сендердің салттарың», «сендер "
                                "сияқтылар» деген ащы сөздер айтылды. Ертеңінде қалыңдықтың "
                                "немере ағасы ауылдық WhatsApp тобына жанжалдың бейнежазбасын "
                                "«Кейбір көршілер біздің дәстүрімізді осылай құрметтейді» деген "
                                "жазумен салды. Ондаған пікір жазылды, олардың кейбірі қорлайтын "
                                "сөздер болды.</p><p>Бір аптадан кейін Олегтің әйелі Наталья ауыл "
                                "мектебінің мұғалімі әрі қоғамдық медиатор Гүлнарадан көмек "
                                "сұрайды. Олег «жұрт алдында кешірім сұрауды» талап етеді. Ерлан "
                                "Әбдірахманов сөйлесуге дайын, бірақ: «Той — той, мен дәстүріміз "
                                "үшін кешірім сұрамаймын», — дейді. Учаскелік полиция инспекторы "
                                "екі отбасына да барып, арыз жазғысы келетін-келмейтінін сұрап "
                                "кетті.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманный пример. В селе Жамбылской области семья "
                                "Абдрахмановых сыграла свадьбу во дворе, музыка играла до двух "
                                "часов ночи. Сосед Олег, которому рано утром на смену на "
                                "элеватор, пришёл жаловаться. Прозвучали резкие слова о «ваших "
                                "обычаях» и «таких, как вы». На следующий день двоюродный брат "
                                "невесты выложил видео ссоры в сельский WhatsApp-чат с подписью "
                                "«Вот как некоторые соседи уважают наши традиции». Появились "
                                "десятки комментариев, часть из них оскорбительные.</p><p>Через "
                                "неделю жена Олега Наталья просит о помощи Гульнару — "
                                "общественного медиатора и учительницу сельской школы. Олег "
                                "требует «публичных извинений». Ерлан Абдрахманов готов "
                                "поговорить, но «свадьба есть свадьба, и за наши традиции я "
                                "извиняться не буду». Участковый инспектор полиции уже побывал у "
                                "обеих семей и спросил, не хотят ли они написать заявления.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Zhambyl region "
                                "the Abdrakhmanov family held a wedding in their yard, and the "
                                "music played until two in the morning. Their neighbour Oleg, who "
                                "starts an early shift at the grain elevator, came over to "
                                "complain. Harsh words were said about “your customs” and “people "
                                "like you”. The next day a cousin of the bride posted a video of "
                                "the argument in the village WhatsApp group with the caption "
                                "“This is how some neighbours respect our traditions”. Dozens of "
                                "comments followed, some of them insulting.</p><p>A week later "
                                "Oleg's wife Natalia asks Gulnara, a public mediator and a "
                                "teacher at the village school, for help. Oleg wants “a public "
                                "apology”. Yerlan Abdrakhmanov is ready to talk, but says “a "
                                "wedding is a wedding, and I will not apologise for our "
                                "tradition”. The local police inspector has already visited both "
                                "families and asked whether they want to file complaints.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Тараптар дауды шешудің қандай жолдарын қолданып көрді және "
                                    "одан не шықты?"
                                ),
                                "ru": (
                                    "Какими способами стороны уже пытались справиться со спором и "
                                    "что из этого вышло?"
                                ),
                                "en": (
                                    "Which ways of dealing with the dispute have the sides "
                                    "already tried, and what came of them?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл дау медиацияға сай келе ме? Көмектесуге келіспес бұрын "
                                    "Гүлнара нені тексеруі керек?"
                                ),
                                "ru": (
                                    "Подходит ли этот спор для медиации? Что Гульнаре нужно "
                                    "проверить, прежде чем согласиться помочь?"
                                ),
                                "en": (
                                    "Is this dispute suitable for mediation? What should Gulnara "
                                    "check before she agrees to help?"
                                ),
                            },
                            {
                                "kk": (
                                    "Салт-дәстүр мен ұлт туралы сөздер бүкіл әңгімені басып "
                                    "кетпеуі үшін медиатор не істей алады?"
                                ),
                                "ru": (
                                    "Как медиатору не дать словам об обычаях и национальности "
                                    "захватить весь разговор?"
                                ),
                                "en": (
                                    "How can the mediator keep the remarks about customs and "
                                    "nationality from taking over the conversation?"
                                ),
                            },
                            {
                                "kk": (
                                    "Тағы кімді тарту қажет болуы мүмкін (бейнежазбаны салған "
                                    "туысты, учаскелік инспекторды, әкімді), ал кім медиация "
                                    "бөлмесінен тыс қалуы керек?"
                                ),
                                "ru": (
                                    "Кого ещё, возможно, нужно привлечь (брата, выложившего "
                                    "видео, участкового, акима), а кто должен остаться за дверью "
                                    "комнаты медиации?"
                                ),
                                "en": (
                                    "Who else may need to be involved (the cousin who posted the "
                                    "video, the police inspector, the akim), and who should stay "
                                    "outside the mediation room?"
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
                                "Соңғы жылдары отбасыңызда, көшеңізде немесе ұйымыңызда болған "
                                "бір дауды еске түсіріңіз. Ол бес жолдың қайсысымен шешілді және "
                                "адамдардың қарым-қатынасы не болды? Бейтарап медиатор "
                                "көмектессе, не өзгерер еді? Қоғамдық медиатор ретінде сол "
                                "жағдайда жасайтын екі қадамыңызды жазыңыз."
                            ),
                            "ru": (
                                "Вспомните спор в вашей семье, на улице или в организации за "
                                "последние годы. Каким из пяти способов его решали и что стало с "
                                "отношениями людей? Что могло бы измениться, если бы помог "
                                "нейтральный медиатор? Запишите два шага, которые вы сделали бы в "
                                "этой ситуации как общественный медиатор."
                            ),
                            "en": (
                                "Recall a dispute in your family, street or organisation in "
                                "recent years. Which of the five ways did people use, and what "
                                "happened to their relationship? What might have changed if a "
                                "neutral mediator had helped? Write down two steps you would take "
                                "in that situation as a public mediator."
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
                                        "Бейтарап үшінші тұлға — медиатор — тараптарға дауды "
                                        "өздерінің ерікті келісімімен реттеуге көмектесетін рәсім."
                                    ),
                                    "ru": (
                                        "Процедура, в которой нейтральное третье лицо — медиатор "
                                        "— помогает сторонам урегулировать спор по их "
                                        "добровольному согласию."
                                    ),
                                    "en": (
                                        "A procedure in which a neutral third person, the "
                                        "mediator, helps the parties settle their dispute by "
                                        "their own voluntary agreement."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Келіссөз",
                                    "ru": "Переговоры",
                                    "en": "Negotiation",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың үшінші тұлғасыз, уағдаласу мақсатында "
                                        "тікелей сөйлесуі."
                                    ),
                                    "ru": (
                                        "Прямой разговор сторон без третьего лица с целью "
                                        "договориться."
                                    ),
                                    "en": (
                                        "Direct talks between the parties, without a third "
                                        "person, aimed at reaching an agreement."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Арбитраж",
                                    "ru": "Арбитраж",
                                    "en": "Arbitration",
                                },
                                "definition": {
                                    "kk": (
                                        "Дауды тараптардың келісімі бойынша таңдалған арбитрдің "
                                        "шешуі; ол міндетті шешім шығарады."
                                    ),
                                    "ru": (
                                        "Разрешение спора арбитром, выбранным по соглашению "
                                        "сторон, который выносит обязательное решение."
                                    ),
                                    "en": (
                                        "Settlement of a dispute by an arbitrator chosen under "
                                        "the parties' agreement, who makes a binding decision."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ұстаным және мүдде",
                                    "ru": "Позиция и интерес",
                                    "en": "Position and interest",
                                },
                                "definition": {
                                    "kk": (
                                        "Ұстаным — тараптың талабы; мүдде — сол талаптың артында "
                                        "тұрған қажеттілік немесе алаңдаушылық."
                                    ),
                                    "ru": (
                                        "Позиция — то, чего сторона требует; интерес — "
                                        "потребность или забота, которая стоит за этим "
                                        "требованием."
                                    ),
                                    "en": (
                                        "A position is what a party demands; an interest is the "
                                        "need or concern behind that demand."
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
                                        "Кәсіби емес негізде жұмыс істейтін, жергілікті "
                                        "қоғамдастық жиналысы сайлаған және қоғамдық медиаторлар "
                                        "тізіліміне енгізілген медиатор."
                                    ),
                                    "ru": (
                                        "Медиатор, работающий на непрофессиональной основе, "
                                        "избранный собранием местного сообщества и включённый в "
                                        "реестр общественных медиаторов."
                                    ),
                                    "en": (
                                        "A mediator working on a non-professional basis, elected "
                                        "by a local community assembly and entered in the "
                                        "register of public mediators."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "principles-of-mediation",
            "title": {
                "kk": "Медиация қағидаттары",
                "ru": "Принципы медиации",
                "en": "Principles of mediation",
            },
            "summary": {
                "kk": (
                    "Еріктілік, тараптардың тең құқықтылығы, бейтараптық пен алаламаушылық, "
                    "араласпау және құпиялылық: олардың іс жүзіндегі мәні және қалай бұзылатыны."
                ),
                "ru": (
                    "Добровольность, равноправие сторон, нейтральность и беспристрастность, "
                    "невмешательство и конфиденциальность: что они означают на практике и как их "
                    "нарушают."
                ),
                "en": (
                    "Voluntariness, equality of the parties, neutrality and impartiality, "
                    "non-interference and confidentiality: what they mean in practice and how "
                    "they are broken."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": "Кездесуді ашқанда әр қағидатты тараптарға қарапайым тілмен түсіндіру.",
                    "ru": (
                        "Простыми словами объяснять сторонам каждый принцип при открытии встречи."
                    ),
                    "en": (
                        "Explain each principle to the parties in plain words when opening a "
                        "meeting."
                    ),
                },
                {
                    "kk": (
                        "Өз жұмысыңыздағы және өзгелердің жұмысындағы қағидаттарды бұзудың "
                        "әдеттегі түрлерін байқап, оларды түзету."
                    ),
                    "ru": (
                        "Замечать типичные нарушения принципов в своей и чужой работе и "
                        "исправлять их."
                    ),
                    "en": (
                        "Recognise typical violations of the principles in your own and others' "
                        "work and correct them."
                    ),
                },
                {
                    "kk": (
                        "Мүдделер қақтығысы туралы айтып, бөгде адамдардың қысымын сыпайы, бірақ "
                        "батыл тоқтату."
                    ),
                    "ru": (
                        "Сообщать о конфликте интересов и вежливо, но твёрдо отклонять давление "
                        "посторонних."
                    ),
                    "en": (
                        "Disclose a conflict of interest and turn away outside pressure politely "
                        "but firmly."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қағидаттар не үшін маңызды</h3><p>«Медиация туралы» Заң бес "
                            "қағидатты атайды: еріктілік, тараптардың тең құқықтылығы, "
                            "медиатордың тәуелсіздігі мен бейтараптығы, медиация рәсіміне "
                            "араласуға жол бермеу және құпиялылық. Бұл — құр рәсімділік емес. "
                            "Олардың біреуі бұзылса, келісім берік болмайды: қысым көрген немесе "
                            "медиатор екінші жақтың жағында деп сезген адам оны орындамайды, ал "
                            "қауым ішіндегі сіздің беделіңізге нұқсан "
                            "келеді.</p><h3>Еріктілік</h3><p>Адамдар медиацияға өз таңдауымен "
                            "келеді, кез келген сәтте кете алады және шын келіскен нәрсесіне ғана "
                            "қол қояды. Сіз медиацияны ұсынып, оның пайдасын түсіндіре аласыз, "
                            "бірақ оны бұйыра алмайсыз.</p><ul><li><em>Мысал:</em> Шымкентте екі "
                            "оқушы төбелескеннен кейін біреуінің әкесі екінші отбасымен "
                            "кездесуден бас тартады. Медиатор онымен жеке сөйлесіп, әңгімені кез "
                            "келген сәтте тоқтатуға болатынын түсіндіреді, сонда ол келуге "
                            "келіседі.</li><li><em>Әдеттегі бұзушылықтар:</em> «келмесеңіз, "
                            "әкімге айтамын»; бас тарту ұят болып көрінетіндей етіп, бүкіл "
                            "көшенің көзінше шақыру; адамдар «тезірек бітсе екен» деп қол "
                            "қойғанша оларды түн ортасына дейін үстел басында "
                            "ұстау.</li></ul><h3>Тараптардың тең құқықтылығы</h3><p>Екі тараптың "
                            "да құқығы бірдей: сөйлеуге тең уақыт, бірдей ақпарат және шешімде "
                            "тең дауыс — жасына, жынысына, ұлтына, тіліне, табысына немесе "
                            "лауазымына қарамастан.</p><ul><li><em>Мысал:</em> фермер мен қарт "
                            "жесір әйел арық үшін дауласады. Фермер тез әрі қатты сөйлейді, әйел "
                            "ұялшақ. Медиатор әрқайсысына сөзін бөлмей сөйлеуге уақыт береді, "
                            "әйелге ашық сұрақтар қояды және әр ұсынысты түсінгенін "
                            "тексереді.</li><li><em>Әдеттегі бұзушылықтар:</em> кездесуді тек бір "
                            "тарап жақсы білетін тілде өткізу; үлкенге не ауқаттыға құрметпен, ал "
                            "жасы кішіге жеңіл-желпі сөйлеу; құжатты тек бір тарапқа "
                            "көрсету.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Зачем нужны принципы</h3><p>Закон «О медиации» называет пять "
                            "принципов: добровольность, равноправие сторон, независимость и "
                            "беспристрастность медиатора, недопустимость вмешательства в "
                            "процедуру медиации и конфиденциальность. Это не формальность. Если "
                            "нарушен хотя бы один, соглашение становится хрупким: человек, на "
                            "которого давили или который почувствовал, что медиатор на стороне "
                            "другого, не станет его выполнять, а ваше доброе имя в сообществе "
                            "пострадает.</p><h3>Добровольность</h3><p>Люди приходят на медиацию "
                            "по собственному выбору, могут уйти в любой момент и подписывают "
                            "только то, с чем действительно согласны. Вы можете предложить "
                            "медиацию и объяснить её пользу, но не можете её "
                            "приказать.</p><ul><li><em>Пример:</em> после драки двух школьников в "
                            "Шымкенте отец одного из них отказывается встречаться с другой "
                            "семьёй. Медиатор беседует с ним отдельно, объясняет, что разговор "
                            "можно прекратить в любой момент, и тот соглашается "
                            "прийти.</li><li><em>Типичные нарушения:</em> «не придёте — скажу "
                            "акиму»; приглашение при всей улице, так что отказ выглядит позором; "
                            "удерживать людей за столом до позднего вечера, пока они не подпишут "
                            "«лишь бы закончить».</li></ul><h3>Равноправие сторон</h3><p>У обеих "
                            "сторон одинаковые права: равное время, одинаковая информация и "
                            "равный голос в решении — независимо от возраста, пола, "
                            "национальности, языка, достатка или "
                            "должности.</p><ul><li><em>Пример:</em> фермер и пожилая вдова спорят "
                            "из-за арыка. Фермер говорит быстро и громко, вдова стесняется. "
                            "Медиатор даёт каждому время без перебиваний, задаёт вдове открытые "
                            "вопросы и проверяет, что она понимает каждое "
                            "предложение.</li><li><em>Типичные нарушения:</em> встреча идёт на "
                            "языке, которым хорошо владеет только одна сторона; к старшему или "
                            "богатому обращаются уважительно, а к младшему — запанибрата; "
                            "документ показывают только одной стороне.</li></ul>"
                        ),
                        "en": (
                            "<h3>Why the principles matter</h3><p>The Law “On Mediation” names "
                            "five principles: voluntariness, equality of the parties, "
                            "independence and impartiality of the mediator, non-interference in "
                            "the mediation procedure, and confidentiality. They are not a "
                            "formality. If one of them is broken, the agreement becomes fragile: "
                            "a person who was pushed, or who felt the mediator was on the other "
                            "side, will not keep it, and your good name in the community "
                            "suffers.</p><h3>Voluntariness</h3><p>People come to mediation by "
                            "their own choice, may leave at any moment and sign only what they "
                            "truly accept. You may suggest mediation and explain its benefits, "
                            "but you cannot order it.</p><ul><li><em>Example:</em> after a fight "
                            "between two schoolboys in Shymkent, one father refuses to meet the "
                            "other family. The mediator talks to him alone, explains that the "
                            "conversation can be stopped at any time, and he agrees to "
                            "come.</li><li><em>Typical violations:</em> “if you don't come, I'll "
                            "tell the akim”; inviting someone in front of the whole street so "
                            "that refusing looks shameful; keeping people at the table late into "
                            "the evening until they sign “just to get it over "
                            "with”.</li></ul><h3>Equality of the parties</h3><p>Both sides have "
                            "the same rights: equal time to speak, the same information and an "
                            "equal say in the result, whatever their age, sex, nationality, "
                            "language, wealth or position.</p><ul><li><em>Example:</em> a farmer "
                            "and an elderly widow disagree about an irrigation channel. The "
                            "farmer speaks fast and loud; the widow is shy. The mediator gives "
                            "each of them time without interruption, asks the widow open "
                            "questions and checks that she understands every "
                            "proposal.</li><li><em>Typical violations:</em> holding the meeting "
                            "in a language only one side speaks well; addressing the older or "
                            "richer party with respect and the younger one casually; showing a "
                            "document to one side only.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бейтараптық және алаламаушылық</h3><p>Бейтараптық — нәтижеге "
                            "ешқандай мүддеңіздің болмауы; алаламаушылық — екі тарапқа әділ "
                            "қарап, ешқайсысын артық көрмеу. Заң сондай-ақ медиатордың "
                            "тараптардан тәуелсіз болуын талап етеді. Егер сіз тараптардың "
                            "бірінің туысы, әріптесі, борышкері немесе жақын досы болсаңыз, бұл "
                            "туралы екі тарапқа да айтыңыз. Байланыс жақын болса, істен бас "
                            "тартып, оны әріптесіңізге беріңіз.</p><ul><li><em>Мысал:</em> "
                            "базардағы екі саудагер қатардағы орын үшін дауласады, олардың бірі "
                            "медиатормен бір этномәдени бірлестіктің мүшесі. Медиатор бұл туралы "
                            "алғашқы кездесуде айтып, басқа қауымнан екінші медиатор шақыруды "
                            "ұсынады.</li><li><em>Әдеттегі бұзушылықтар:</em> бір тарап "
                            "сөйлегенде ғана бас изеу; кездесуге бір тараптың көлігімен келу; «өз "
                            "арамызда айтайын, көршіңіз қиын адам ғой»; кімнің салты «дұрыс» "
                            "екенін айту.</li></ul><h3>Рәсімге араласуға жол бермеу</h3><p>Ешкім "
                            "— шенеунік те, туыс та, бірлестік жетекшісі де, блогер де — "
                            "медиацияға араласуға және медиаторға не тараптарға қысым көрсетуге "
                            "құқылы емес. Медиатор рәсімді қорғайды.</p><ul><li><em>Мысал:</em> "
                            "әкімнің орынбасары «отырып, бәрі дұрыс өтуін қадағалағысы» келеді. "
                            "Медиатор оған алғыс айтып, кездесуге тек тараптар және екеуі де "
                            "келіскен адамдар, мысалы, аудармашы қатысатынын түсіндіреді. "
                            "Тараптар келіссе, кейін оған нәтижесі "
                            "хабарланады.</li><li><em>Әдеттегі бұзушылықтар:</em> туысы "
                            "медиаторға қоңырау шалып, оның «кімнің жағында екенін» ескертеді; "
                            "бірлестік жетекшісі келісімде не жазылуы керектігін нұсқайды; біреу "
                            "кездесуді телефонға жазып алады.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Нейтральность и беспристрастность</h3><p>Нейтральность означает, "
                            "что у вас нет интереса в исходе; беспристрастность — что вы "
                            "относитесь к обеим сторонам справедливо и никому не отдаёте "
                            "предпочтения. Закон также требует, чтобы медиатор был независим от "
                            "сторон. Если вы родственник, коллега, должник или близкий друг одной "
                            "из сторон, скажите об этом обеим. Если связь близкая, откажитесь от "
                            "дела и передайте его коллеге.</p><ul><li><em>Пример:</em> два "
                            "торговца на базаре спорят о месте в ряду, и один из них состоит в "
                            "том же этнокультурном объединении, что и медиатор. Она сообщает об "
                            "этом на первой встрече и предлагает пригласить второго медиатора из "
                            "другой общины.</li><li><em>Типичные нарушения:</em> кивать, только "
                            "когда говорит одна сторона; приехать на встречу в машине одной из "
                            "сторон; «между нами, ваш сосед — человек трудный»; говорить, чей "
                            "обычай «правильный».</li></ul><h3>Недопустимость "
                            "вмешательства</h3><p>Никто — ни чиновники, ни родственники, ни "
                            "руководители объединений, ни блогеры — не вправе вмешиваться в "
                            "медиацию и давить на медиатора или стороны. Медиатор оберегает "
                            "процедуру.</p><ul><li><em>Пример:</em> заместитель акима хочет "
                            "«посидеть и проследить, чтобы всё прошло как надо». Медиатор "
                            "благодарит его и объясняет, что участвуют только стороны и те, на "
                            "кого согласны обе, например переводчик. С согласия сторон ему потом "
                            "сообщат результат.</li><li><em>Типичные нарушения:</em> родственник "
                            "звонит медиатору и напоминает, «на чьей он стороне»; руководитель "
                            "объединения диктует, что должно быть в соглашении; кто-то записывает "
                            "встречу на телефон.</li></ul>"
                        ),
                        "en": (
                            "<h3>Neutrality and impartiality</h3><p>Neutrality means you have no "
                            "stake in the outcome; impartiality means you treat both sides fairly "
                            "and favour neither. The law also requires the mediator to be "
                            "independent of the parties. If you are a relative, colleague, debtor "
                            "or close friend of one party, tell both sides. If the link is close, "
                            "step aside and pass the case to a "
                            "colleague.</p><ul><li><em>Example:</em> two traders at a bazaar "
                            "argue over a place in the row, and one of them belongs to the same "
                            "ethnocultural association as the mediator. She says so at the first "
                            "meeting and offers to invite a co-mediator from another "
                            "community.</li><li><em>Typical violations:</em> nodding only when "
                            "one side speaks; arriving at the meeting in one party's car; "
                            "“between us, your neighbour is a difficult man”; saying whose custom "
                            "is “right”.</li></ul><h3>Non-interference</h3><p>No one, whether "
                            "officials, relatives, heads of associations or bloggers, may "
                            "interfere in the mediation or put pressure on the mediator or the "
                            "parties. The mediator guards the "
                            "process.</p><ul><li><em>Example:</em> a deputy akim wants to “sit in "
                            "and make sure everything goes well”. The mediator thanks him and "
                            "explains that only the parties take part, plus anyone both of them "
                            "accept, such as an interpreter. With the parties' consent, he can be "
                            "told the outcome afterwards.</li><li><em>Typical violations:</em> a "
                            "relative phones the mediator to remind him “whose side he is on”; an "
                            "association leader dictates what the agreement must say; someone "
                            "records the meeting on a phone.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Құпиялылық</h3><p>Медиацияда айтылған сөз тараптардың "
                            "келісімінсіз жария етілмейді. Қазақстан заңдары бойынша медиатордан "
                            "медиация барысында өзіне белгілі болған мән-жайлар туралы куә "
                            "ретінде жауап алуға болмайды, заңда көзделген жағдайларды "
                            "қоспағанда. Дәл құпиялылық адамдарға қателігін мойындауға, қарызы "
                            "мен отбасындағы қиындықтары туралы айтуға мүмкіндік "
                            "береді.</p><ul><li><em>Мысал:</em> екі отбасы татуласқаннан кейін "
                            "базарда бір көрші медиатордан: «Сонымен кім кінәлі болды?» — деп "
                            "сұрайды. Жауап: «Мен өз істерімді талқыламаймын. Айтқысы келсе, "
                            "өздерінен сұраңыз».</li><li><em>Әдеттегі бұзушылықтар:</em> ауылдық "
                            "чатқа «бүгін Абай көшесіндегі отбасыларды татуластырдық» деп жазу; "
                            "егжей-тегжейін жұбайыңызға айтып беру; татуластыру кабинетінде "
                            "жазбаларды үстел үстінде қалдырып кету; келісімнің суретін топтық "
                            "чатқа жіберу.</li></ul><p>Бір шекті есте сақтаңыз: біреудің, әсіресе "
                            "баланың, өміріне не денсаулығына қауіп төніп тұрғанын білсеңіз, "
                            "қауіпсіздік құпиядан маңызды. Кездесуді тоқтатып, медиация "
                            "кабинетінен немесе полициядан көмек сұраңыз. Бұл шек туралы "
                            "тараптарға ең басында айтыңыз.</p><h3>Кездесудің басында "
                            "қағидаттарды қалай түсіндіру керек</h3><ol><li>Амандасыңыз, өзіңізді "
                            "таныстырып, келгендері үшін тараптарға алғыс айтыңыз.</li><li>Өз "
                            "рөліңізді түсіндіріңіз: «Мен судья емеспін, кімнің дұрыс екенін "
                            "шешпеймін».</li><li>Еріктілік: «Әрқайсыңыз кез келген сәтте тоқтата "
                            "аласыз».</li><li>Тең құқықтылық: «Әрқайсыңыз сөзіңіз бөлінбей, "
                            "бірдей уақыт сөйлейсіз».</li><li>Алаламаушылық: тараптардың кез "
                            "келгенімен байланысыңыз болса, оны атап айтыңыз.</li><li>Құпиялылық "
                            "және оның шегі; телефондар мен жазбалар туралы бірге "
                            "уағдаласыңыз.</li><li>«Бәрі түсінікті ме? Әрі қарай жалғастыруға "
                            "келісесіз бе?» — деп сұраңыз да, екеуінен де «иә» деген жауапты "
                            "күтіңіз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Конфиденциальность</h3><p>Сказанное в медиации не разглашается "
                            "без согласия сторон. По законам Казахстана медиатора нельзя "
                            "допрашивать в качестве свидетеля об обстоятельствах, ставших ему "
                            "известными в ходе медиации, кроме случаев, предусмотренных законом. "
                            "Именно конфиденциальность позволяет людям признать ошибку, "
                            "рассказать о долгах и семейных "
                            "трудностях.</p><ul><li><em>Пример:</em> после того как две семьи "
                            "помирились, сосед на базаре спрашивает медиатора: «Ну и кто был "
                            "виноват?» Ответ: «Я не обсуждаю свои дела. Спросите у них, если они "
                            "захотят рассказать».</li><li><em>Типичные нарушения:</em> пост в "
                            "сельском чате «сегодня помирили семьи с улицы Абая»; пересказ "
                            "подробностей супругу; записи, оставленные на столе в кабинете "
                            "примирения; фото соглашения, отправленное в групповой "
                            "чат.</li></ul><p>Помните об одном пределе: если вы узнали, что "
                            "чья-то жизнь или здоровье, особенно ребёнка, в опасности, "
                            "безопасность важнее тайны. Остановите встречу и обратитесь за "
                            "помощью в кабинет медиации или в полицию. Скажите сторонам об этом "
                            "пределе в самом начале.</p><h3>Как объяснить принципы в начале "
                            "встречи</h3><ol><li>Поздоровайтесь, представьтесь и поблагодарите "
                            "стороны за то, что пришли.</li><li>Объясните свою роль: «Я не судья "
                            "и не буду решать, кто прав».</li><li>Добровольность: «Каждый из вас "
                            "может остановиться в любой момент».</li><li>Равноправие: «Каждый "
                            "будет говорить без перебиваний и одинаковое "
                            "время».</li><li>Беспристрастность: назовите любую свою связь с "
                            "кем-либо из сторон.</li><li>Конфиденциальность и её предел; "
                            "договоритесь вместе о телефонах и записях.</li><li>Спросите: «Всё ли "
                            "понятно? Согласны ли вы продолжать?» — и дождитесь «да» от "
                            "обоих.</li></ol>"
                        ),
                        "en": (
                            "<h3>Confidentiality</h3><p>What is said in mediation is not "
                            "disclosed without the parties' consent. Under Kazakhstan's laws a "
                            "mediator may not be questioned as a witness about what became known "
                            "to them during mediation, except in cases provided by law. "
                            "Confidentiality is what allows people to admit a mistake or talk "
                            "about debts and family troubles.</p><ul><li><em>Example:</em> after "
                            "two families have made peace, a neighbour at the bazaar asks the "
                            "mediator: “So who was to blame?” The answer: “I don't discuss my "
                            "cases. Ask them, if they want to tell you.”</li><li><em>Typical "
                            "violations:</em> a post in the village chat saying “today we "
                            "reconciled the families from Abai Street”; telling your spouse the "
                            "details; leaving notes on the table in the reconciliation room; "
                            "sending a photo of the agreement to a group "
                            "chat.</li></ul><p>Remember one limit: if you learn that someone's "
                            "life or health is in danger, especially a child's, safety comes "
                            "before secrecy. Stop the meeting and ask the mediation office or the "
                            "police for help. Tell the parties about this limit at the very "
                            "start.</p><h3>Explaining the principles at the start of a "
                            "meeting</h3><ol><li>Greet the parties, introduce yourself and thank "
                            "them for coming.</li><li>Explain your role: “I am not a judge and I "
                            "will not decide who is right.”</li><li>Voluntariness: “Either of you "
                            "may stop at any time.”</li><li>Equality: “Each of you will speak "
                            "without interruption and for the same time.”</li><li>Impartiality: "
                            "mention any connection you have with either "
                            "side.</li><li>Confidentiality and its limit; agree together about "
                            "phones and notes.</li><li>Ask: “Is this clear? Do you agree to "
                            "continue?” and wait for a “yes” from both.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Бір кештегі қателер",
                            "ru": "Ошибки одного вечера",
                            "en": "Mistakes of one evening",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан алынған мысал. Қостанай облысындағы бір ауылда "
                                "Ивановтардың ауласынан шыққан сиырлар Сейтқалилардың бақшасына "
                                "түсіп, картопты таптап кетті. Екі отбасы араздасып қалды. "
                                "Қоғамдық медиатор Мұрат көмектеспек болды. Ол екі отбасына да "
                                "телефон соғып: «Әкім мұны жексенбіге дейін реттеуді талап етіп "
                                "отыр, сондықтан жұма күні біздің үйге келіңіздер», — деді. "
                                "Сейтқалилар — Мұраттың әйелінің туыстары, бірақ ол бұл туралы "
                                "айтпады.</p><p>Жұма күні ауылдың ақсақалдар кеңесінің төрағасы "
                                "«қолдау үшін» бірге келіп, Ивановтарға екі рет залалды солар "
                                "төлеуі керек екенін айтты. Түнге қарай Ивановтар картоптың "
                                "ақысын төлеуге келісті. Содан кейін Мұрат ауылдық чатқа: "
                                "«Отбасылар татуласты, Ивановтар залалды өтеді», — деп жазды.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманный пример. В селе Костанайской области коровы со "
                                "двора Ивановых зашли в огород Сейткали и потоптали картошку. "
                                "Семьи поссорились. Общественный медиатор Мурат решил помочь. Он "
                                "позвонил обеим семьям и сказал: «Аким требует уладить это до "
                                "воскресенья, так что в пятницу приходите ко мне домой». Сейткали "
                                "— родственники жены Мурата, но он об этом не упомянул.</p><p>В "
                                "пятницу вместе со всеми пришёл председатель совета аксакалов "
                                "села «для поддержки» и дважды сказал Ивановым, что платить за "
                                "ущерб должны они. Ближе к ночи Ивановы согласились заплатить за "
                                "картошку. После этого Мурат написал в сельском чате: «Семьи "
                                "помирились, Ивановы возместили ущерб».</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Kostanay region, "
                                "cows from the Ivanovs' yard got into the Seitkali family's "
                                "garden and trampled the potatoes. The two families fell out. "
                                "Murat, a public mediator, decided to help. He phoned both "
                                "families and said: “The akim wants this settled by Sunday, so "
                                "come to my house on Friday.” The Seitkalis are relatives of "
                                "Murat's wife, but he did not mention it.</p><p>On Friday the "
                                "chairman of the village council of elders came along “to "
                                "support” and twice told the Ivanovs that they were the ones who "
                                "should pay for the damage. Late in the evening the Ivanovs "
                                "agreed to pay for the potatoes. Murat then wrote in the village "
                                "chat: “The families have made peace, the Ivanovs have paid for "
                                "the damage.”</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": "Мұрат қандай қағидаттарды және қай сәтте бұзды?",
                                "ru": "Какие принципы нарушил Мурат и в какой момент?",
                                "en": "Which principles did Murat break, and at which moment?",
                            },
                            {
                                "kk": "Әр қадамда ол қалай басқаша әрекет етуі керек еді?",
                                "ru": "Что ему следовало сделать иначе на каждом шаге?",
                                "en": "What should he have done differently at each step?",
                            },
                            {
                                "kk": (
                                    "Мұндай келісім қанша уақытқа шыдайды және Мұраттың беделі не "
                                    "болуы мүмкін?"
                                ),
                                "ru": (
                                    "Сколько продержится такое соглашение и что может случиться с "
                                    "репутацией Мурата?"
                                ),
                                "en": (
                                    "How long is such an agreement likely to hold, and what may "
                                    "happen to Murat's reputation?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Базардағы кездесуді ашу",
                            "ru": "Открытие встречи на рынке",
                            "en": "Opening a meeting at the market",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — ойдан алынған мысал. Шымкенттегі бір базарда Ділшод пен "
                                "Марина көрші сауда орындарында кепкен жеміс-жидек сатады. Ділшод "
                                "жәшіктерін Маринаның сауда орнының алдындағы өткелге қояды, "
                                "сондықтан оның сатып алушылары өте алмайды. Өткен аптада олар "
                                "қатты ұрсысып қалды; біреу оны телефонға түсіріп, бейнежазба "
                                "қалалық чатта «келімсектер» туралы пікірлермен тарап кетті. "
                                "Базар әкімшілігі медиацияны ұсынды, екі саудагер де әкімшілік "
                                "ғимаратындағы татуластыру кабинетіне келуге "
                                "келісті.</p><p>Кездесу басталған кезде базар директорының "
                                "орынбасары Бақыт кіріп, «тәртіп үшін» осында қалатынын айтады. "
                                "Медиатордың міндеті — кездесуді ашу: бес қағидатты қарапайым "
                                "сөзбен түсіндіру, директордың орынбасарына қатысты мәселені шешу "
                                "және әр саудагерге сөз беру. Ойын 15 минутқа созылады, содан "
                                "кейін бақылаушылар кері байланыс береді.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманный пример. На рынке в Шымкенте Дильшод и Марина "
                                "торгуют сухофруктами за соседними прилавками. Дильшод ставит "
                                "ящики в проходе перед прилавком Марины, и её покупатели не могут "
                                "подойти. На прошлой неделе они громко поссорились; кто-то снял "
                                "это на телефон, и видео разошлось по городскому чату с "
                                "комментариями о «приезжих». Администрация рынка предложила "
                                "медиацию, и оба торговца согласились прийти в кабинет примирения "
                                "в здании администрации.</p><p>Когда встреча начинается, входит "
                                "заместитель директора рынка Бахыт и говорит, что останется «для "
                                "порядка». Задача медиатора — открыть встречу: простыми словами "
                                "объяснить пять принципов, решить вопрос с заместителем директора "
                                "и дать слово каждому торговцу. Игра длится 15 минут, затем "
                                "наблюдатели дают обратную связь.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. At a market in Shymkent, Dilshod "
                                "and Marina sell dried fruit at neighbouring stalls. Dilshod "
                                "stacks his crates in the passage in front of Marina's stall, and "
                                "her customers cannot get through. Last week they had a loud "
                                "quarrel; someone filmed it on a phone, and the video spread in a "
                                "city chat with comments about “newcomers”. The market "
                                "administration suggested mediation, and both traders agreed to "
                                "come to the reconciliation room in the administration "
                                "building.</p><p>As the meeting begins, Bakhyt, the market's "
                                "deputy director, walks in and says he will stay “to keep order”. "
                                "The mediator's task is to open the meeting: explain the five "
                                "principles in simple words, deal with the deputy director and "
                                "give each trader the floor. Play for 15 minutes; then the "
                                "observers give feedback.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Қоғамдық медиатор",
                                    "ru": "Общественный медиатор",
                                    "en": "Public mediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Кездесуді ашып, өз рөліңізді және бес қағидатты "
                                        "қарапайым сөзбен түсіндіріңіз, директордың орынбасарына "
                                        "батыл, бірақ сыпайы жауап беріп, әр саудагерге сөйлеуге "
                                        "уақыт беріңіз. Әзірге дауды шешуге тырыспаңыз."
                                    ),
                                    "ru": (
                                        "Откройте встречу, простыми словами объясните свою роль и "
                                        "пять принципов, твёрдо, но вежливо ответьте заместителю "
                                        "директора и дайте каждому торговцу время высказаться. "
                                        "Пока не пытайтесь решить спор."
                                    ),
                                    "en": (
                                        "Open the meeting, explain your role and the five "
                                        "principles in simple words, answer the deputy director "
                                        "firmly but politely, and give each trader time to speak. "
                                        "Do not try to solve the dispute yet."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Ділшод, саудагер",
                                    "ru": "Дильшод, торговец",
                                    "en": "Dilshod, trader",
                                },
                                "brief": {
                                    "kk": (
                                        "Бейнежазба сізді масқара етті деп санайсыз. Өткел бәріне "
                                        "ортақ деп ойлайсыз. Басында медиаторды сынап көріңіз: "
                                        "«Сіз менің нағашымды танисыз ғой, демек мені түсінесіз, "
                                        "солай ма?»"
                                    ),
                                    "ru": (
                                        "Вы чувствуете себя униженным из-за видео. Вы считаете, "
                                        "что проход общий. В начале проверьте медиатора: «Вы же "
                                        "знаете моего дядю, значит, понимаете меня, так?»"
                                    ),
                                    "en": (
                                        "You feel humiliated by the video. You believe the "
                                        "passage belongs to everyone. Early on, test the "
                                        "mediator: “You know my uncle, so you understand me, "
                                        "right?”"
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Марина, саудагер",
                                    "ru": "Марина, торговка",
                                    "en": "Marina, trader",
                                },
                                "brief": {
                                    "kk": (
                                        "Сатып алушыларыңыз азайып, табысыңызға алаңдайсыз. "
                                        "Сөйлесуге дайынсыз, бірақ рәсімге сенбейсіз. Сауда "
                                        "орнының жалдау ақысы бойынша қарызыңыз бар, сондықтан "
                                        "айтқан сөзіңіз әкімшілікке жете ме, соны білгіңіз келеді."
                                    ),
                                    "ru": (
                                        "Вы теряете покупателей и переживаете за доход. Вы готовы "
                                        "говорить, но не доверяете процедуре. У вас долг по "
                                        "аренде места, и вы хотите знать, дойдёт ли сказанное до "
                                        "администрации."
                                    ),
                                    "en": (
                                        "You are losing customers and worry about your income. "
                                        "You are ready to talk but do not trust the process. You "
                                        "are behind with the stall rent and want to know whether "
                                        "what you say will reach the administration."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Бақыт, базар директорының орынбасары",
                                    "ru": "Бахыт, заместитель директора рынка",
                                    "en": "Bakhyt, deputy market director",
                                },
                                "brief": {
                                    "kk": (
                                        "Базардағы тәртіпке жауаптысыз және осында қалғыңыз "
                                        "келеді. Медиатор себебін құрметпен түсіндіріп, екі "
                                        "саудагер келіссе, нәтижесін сізге хабарлауды ұсынғанда "
                                        "ғана шығып кетесіз."
                                    ),
                                    "ru": (
                                        "Вы отвечаете за порядок на рынке и хотите остаться. Вы "
                                        "уйдёте, только если медиатор уважительно объяснит "
                                        "причину и предложит сообщить вам результат с согласия "
                                        "обоих торговцев."
                                    ),
                                    "en": (
                                        "You are responsible for order at the market and want to "
                                        "stay. You leave only if the mediator explains the reason "
                                        "respectfully and offers to tell you the outcome if both "
                                        "traders agree."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": "Медиатор кімнің дұрыс екенін өзі шешпейтінін түсіндірді.",
                                "ru": "Медиатор объяснил, что не решает, кто прав.",
                                "en": (
                                    "The mediator explained that he or she does not decide who is "
                                    "right."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор қатысу ерікті екенін және кез келген саудагер кез "
                                    "келген сәтте тоқтата алатынын айтты."
                                ),
                                "ru": (
                                    "Медиатор сказал, что участие добровольное и любой из "
                                    "торговцев может остановиться в любой момент."
                                ),
                                "en": (
                                    "The mediator said that taking part is voluntary and either "
                                    "trader may stop at any time."
                                ),
                            },
                            {
                                "kk": (
                                    "Ділшодтың нағашысы туралы сұраққа медиатор қолдау уәде "
                                    "етпей, шынайы жауап берді."
                                ),
                                "ru": (
                                    "На вопрос о дяде Дильшода медиатор ответил честно, не обещая "
                                    "поддержки."
                                ),
                                "en": (
                                    "The mediator answered the question about Dilshod's uncle "
                                    "honestly, without promising support."
                                ),
                            },
                            {
                                "kk": (
                                    "Директордың орынбасары араласпау қағидаты құрметпен "
                                    "түсіндірілгеннен кейін бөлмеден шықты."
                                ),
                                "ru": (
                                    "Заместитель директора вышел после уважительного объяснения "
                                    "принципа невмешательства."
                                ),
                                "en": (
                                    "The deputy director left the room after a respectful "
                                    "explanation of non-interference."
                                ),
                            },
                            {
                                "kk": (
                                    "Құпиялылық пен оның шегі түсіндірілді, Маринаның әкімшілікке "
                                    "қатысты алаңдаушылығына жауап берілді."
                                ),
                                "ru": (
                                    "Конфиденциальность и её предел объяснены, на тревогу Марины "
                                    "об администрации дан ответ."
                                ),
                                "en": (
                                    "Confidentiality and its limit were explained, and Marina's "
                                    "worry about the administration was answered."
                                ),
                            },
                            {
                                "kk": (
                                    "Екі саудагерге бірдей уақыт берілді және екеуі де "
                                    "жалғастыруға дауыстап келісті."
                                ),
                                "ru": (
                                    "У обоих торговцев было равное время, и оба вслух согласились "
                                    "продолжать."
                                ),
                                "en": (
                                    "Both traders had equal time, and both agreed aloud to "
                                    "continue."
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
                                "Лауазымыңызды, туыстық байланыстарыңызды және беделіңізді "
                                "ескергенде, өз қауымыңызда бес қағидаттың қайсысын сақтау сізге "
                                "бәрінен қиын болады? Оны бұзғыңыз келіп кетуі мүмкін бір "
                                "жағдайды сипаттап, оның орнына не айтып, не істейтініңізді "
                                "жазыңыз."
                            ),
                            "ru": (
                                "Какой из пяти принципов вам будет труднее всего соблюдать в "
                                "своём сообществе с учётом вашей должности, родственных связей и "
                                "репутации? Опишите одну ситуацию, в которой может возникнуть "
                                "соблазн его нарушить, и запишите, что вы скажете или сделаете "
                                "вместо этого."
                            ),
                            "en": (
                                "Which of the five principles will be hardest for you to keep in "
                                "your own community, given your position, family ties and "
                                "reputation? Describe one situation in which you might be tempted "
                                "to break it, and write down what you will say or do instead."
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
                                    "kk": "Еріктілік",
                                    "ru": "Добровольность",
                                    "en": "Voluntariness",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар медиацияға тек өз еркімен кіреді, оған қатысады "
                                        "және келісімге қол қояды, кез келген кезеңде одан шыға "
                                        "алады."
                                    ),
                                    "ru": (
                                        "Стороны вступают в медиацию, участвуют в ней и "
                                        "подписывают соглашение только по своей воле и могут "
                                        "выйти на любом этапе."
                                    ),
                                    "en": (
                                        "The parties enter mediation, take part in it and sign an "
                                        "agreement only of their own free will, and may leave at "
                                        "any stage."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Тараптардың тең құқықтылығы",
                                    "ru": "Равноправие сторон",
                                    "en": "Equality of the parties",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың рәсімдегі тең құқықтары: сөйлеу, ақпарат алу "
                                        "және нәтижеге ықпал ету."
                                    ),
                                    "ru": (
                                        "Равные права сторон в процедуре: высказываться, получать "
                                        "информацию и влиять на результат."
                                    ),
                                    "en": (
                                        "Equal rights of the parties in the procedure: to speak, "
                                        "to receive information and to shape the result."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Алаламаушылық",
                                    "ru": "Беспристрастность",
                                    "en": "Impartiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатордың екі тарапқа да әділ әрі тең қарауы, "
                                        "ешқайсысын артық көрмеуі."
                                    ),
                                    "ru": (
                                        "Справедливое и равное отношение медиатора к обеим "
                                        "сторонам, без предпочтения кому-либо."
                                    ),
                                    "en": (
                                        "The mediator's fair and equal treatment of both parties, "
                                        "without favouring either of them."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мүдделер қақтығысы",
                                    "ru": "Конфликт интересов",
                                    "en": "Conflict of interest",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатордың алаламаушылығына әсер етуі мүмкін жеке "
                                        "байланысы немесе мүддесі (туыстық, жұмыс, ақша); ол "
                                        "туралы тараптарға айту керек, ал елеулі болса, істен бас "
                                        "тарту қажет."
                                    ),
                                    "ru": (
                                        "Личная связь или интерес медиатора (родство, работа, "
                                        "деньги), способные повлиять на его беспристрастность; о "
                                        "нём нужно сказать сторонам, а если он серьёзен, "
                                        "отказаться от дела."
                                    ),
                                    "en": (
                                        "A personal link or interest of the mediator (family, "
                                        "work, money) that may affect impartiality; it must be "
                                        "disclosed to the parties, and if it is serious, the "
                                        "mediator steps aside."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Рәсімге араласуға жол бермеу",
                                    "ru": "Недопустимость вмешательства",
                                    "en": "Non-interference",
                                },
                                "definition": {
                                    "kk": (
                                        "Рәсімге қатыспайтын ешкім, соның ішінде лауазымды "
                                        "адамдар мен қауым жетекшілері де, медиацияға араласуға "
                                        "немесе медиатор мен тараптарға қысым жасауға құқылы емес."
                                    ),
                                    "ru": (
                                        "Никто вне процедуры, включая должностных лиц и лидеров "
                                        "сообществ, не вправе вмешиваться в медиацию или давить "
                                        "на медиатора и стороны."
                                    ),
                                    "en": (
                                        "No one outside the procedure, including officials and "
                                        "community leaders, may interfere in mediation or "
                                        "pressure the mediator or the parties."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Құпиялылық",
                                    "ru": "Конфиденциальность",
                                    "en": "Confidentiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиацияда айтылған мәліметтер тараптардың келісімінсіз "
                                        "жария етілмейді; біреудің өміріне не денсаулығына қауіп "
                                        "төнсе, қауіпсіздік бірінші орында тұрады."
                                    ),
                                    "ru": (
                                        "Сведения из медиации не разглашаются без согласия "
                                        "сторон; если под угрозой чья-то жизнь или здоровье, на "
                                        "первом месте безопасность."
                                    ),
                                    "en": (
                                        "Information from mediation is not disclosed without the "
                                        "parties' consent; when someone's life or health is in "
                                        "danger, safety comes first."
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
