"""Module 2 of the negotiator-ethnomediator course: conflictology and conflict mapping."""

MODULE = {
    "slug": "conflictology",
    "title": {
        "kk": "Конфликтология: түрлері, динамикасы, ушығуы, конфликт картасы",
        "ru": "Конфликтология: типы, динамика, эскалация, картирование конфликта",
        "en": "Conflictology: types, dynamics, escalation, conflict mapping",
    },
    "summary": {
        "kk": (
            "Конфликтінің қалай туындап, дамып, ушығатыны және келіссөз жүргізуші дауға "
            "араласпас бұрын оның картасын қалай сызатыны туралы модуль."
        ),
        "ru": (
            "Как конфликты возникают, развиваются и обостряются и как переговорщику "
            "составить карту конфликта, прежде чем в него вмешиваться."
        ),
        "en": (
            "How conflicts arise, develop and escalate, and how a negotiator draws a map of "
            "a conflict before stepping into it."
        ),
    },
    "academic_hours": 8,
    "learning_outcomes": [
        {
            "kk": "Конфликтінің көздері мен түрін және оның қай кезеңге жеткенін анықтау.",
            "ru": "Определять источники и тип конфликта и стадию, на которой он находится.",
            "en": "Identify the sources and type of a conflict and the stage it has reached.",
        },
        {
            "kk": "Ушығу белгілерін танып, кезеңге сай бәсеңдету қадамдарын таңдау.",
            "ru": "Распознавать признаки эскалации и выбирать шаги деэскалации по стадии.",
            "en": (
                "Recognise signs of escalation and choose de-escalation steps that fit the stage."
            ),
        },
        {
            "kk": (
                "Жергілікті даудың конфликт картасы мен актор картасын сызып, оларды алғашқы "
                "байланыстарды жоспарлауға пайдалану."
            ),
            "ru": (
                "Составлять карту конфликта и карту акторов местного спора и планировать по "
                "ним первые контакты."
            ),
            "en": (
                "Draw a conflict map and an actor map of a local dispute and use them to plan "
                "the first contacts."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "conflict-types-and-dynamics",
            "title": {
                "kk": "Конфликт түрлері және динамикасы",
                "ru": "Типы и динамика конфликтов",
                "en": "Conflict types and dynamics",
            },
            "summary": {
                "kk": (
                    "Конфликт деген не, ол неден туындайды, қандай түрлері бар және өз циклі "
                    "бойынша қалай дамиды; конфликт неге зиянды ғана емес, пайдалы да болуы мүмкін."
                ),
                "ru": (
                    "Что такое конфликт, откуда он берётся, какими бывает и как проходит свой "
                    "цикл; почему конфликт может быть не только вредным, но и полезным."
                ),
                "en": (
                    "What a conflict is, where it comes from, what forms it takes and how it "
                    "moves through its cycle; why a conflict can be useful as well as harmful."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Нақты даудың көздерін атау және жасырын конфликтіні ашық "
                        "конфликттен ажырату."
                    ),
                    "ru": (
                        "Называть источники конкретного спора и отличать скрытый конфликт "
                        "от открытого."
                    ),
                    "en": (
                        "Name the sources of a specific dispute and tell a latent conflict "
                        "from an open one."
                    ),
                },
                {
                    "kk": (
                        "Конфликтінің циклдегі орнын анықтау және оның сындарлы әрі "
                        "бүлдіргіш әлеуетін сипаттау."
                    ),
                    "ru": (
                        "Определять место конфликта в его цикле и описывать его "
                        "конструктивный и деструктивный потенциал."
                    ),
                    "en": (
                        "Place a conflict in the conflict cycle and describe its constructive "
                        "and destructive potential."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Конфликт деген не</h3>"
                            "<p>Конфликт — екі немесе одан көп тарап өз мүдделері, "
                            "қажеттіліктері не құндылықтары бір-біріне сыйыспайды деп есептеп, "
                            "осы түсінік бойынша әрекет ететін жағдай. Мұнда үш элемент "
                            "маңызды: <strong>тараптар</strong> (адамдар, топтар, мекемелер), "
                            "олар келіспейтін <strong>мәселе</strong> және сыйыспаушылықты "
                            "<strong>қабылдау</strong>, яғни тараптардың жағдайды қалай "
                            "көретіні. Соңғысы аса маңызды: көршілер бір арықтан жылдар бойы "
                            "су алып, ешқандай дау болмауы мүмкін, ал бір отбасы «артық алып "
                            "жатыр» деген қауесет шыққан соң дәл сол жағдай дауға айналады.</p>"
                            "<p>Келіспеушілік әлі конфликт емес. Тараптар бір-біріне қарсы "
                            "әрекет ете бастағанда ол конфликтке айналады: әкімдікке "
                            "шағымданады, жолды жабады, желіде айып тағады, бір-бірімен "
                            "амандаспай қояды. Этномедиатор үшін бұл айырмашылықтың "
                            "практикалық мәні бар: келіспеушіліктің әрекетке ауысқанын "
                            "неғұрлым ерте байқасаңыз, мүмкіндігіңіз соғұрлым көп болады.</p>"
                            "<h3>Конфликт көздері</h3>"
                            "<p>Конфликтологтар (мысалы, Кристофер Мур өзінің «конфликт "
                            "шеңбері» үлгісінде) конфликт көздерін бес топқа бөледі. Көзін "
                            "дұрыс атау қандай жұмыс көмектесетінін көрсетеді.</p>"
                            "<ul>"
                            "<li><strong>Ресурстар</strong>: жер, суару суы, жайылым, "
                            "базардағы сауда орны, жұмыс, балабақшадағы орын. Жұмыс: нақты "
                            "ережелер, әділ рәсім, кейде қосымша ресурс табу.</li>"
                            "<li><strong>Құндылықтар</strong>: не дұрыс, не бұрыс деген "
                            "түсініктер — дін, салт-дәстүр, мерекені тойлау тәсілі, тіл "
                            "қолдану. Құндылықпен саудаласуға болмайды; сенімді өзгертуге "
                            "емес, өзара құрметке және бірге өмір сүру ережелеріне назар "
                            "аударыңыз.</li>"
                            "<li><strong>Қарым-қатынас</strong>: ескі реніш, сенімсіздік, "
                            "стереотиптер, бір-бірімен дұрыс сөйлесе алмау. Жұмыс: байланысты "
                            "және сөйлесуді қалпына келтіру.</li>"
                            "<li><strong>Құрылым</strong>: биліктің теңсіздігі, өкілеттіктің "
                            "анық болмауы, біреулерді қолайсыз жағдайға қоятын рәсімдер "
                            "(мысалы, жер бөлу туралы шешімді кім қабылдайды). Жұмыс: жауапты "
                            "органды тарту, рәсімдерді нақтылау.</li>"
                            "<li><strong>Ақпарат</strong>: жетіспейтін, қате немесе әртүрлі "
                            "түсіндірілген деректер, WhatsApp пен Instagram-дағы қауесет. "
                            "Жұмыс: фактілерді бірлесіп анықтау, екі тарап та сенетін ақпарат "
                            "көзі.</li>"
                            "</ul>"
                            "<p>Нақты дауларда бірнеше көз әдетте араласып жүреді. Ұлты "
                            "әртүрлі екі отбасы арасындағы жер шекарасы туралы дауды (ресурс) "
                            "ескі реніш (қарым-қатынас) пен қауесет (ақпарат) өршітуі мүмкін. "
                            "Жиі кездесетін қате — тек этникалық белгіні көру. Жергілікті "
                            "даулардың көбінде ұлт — себеп емес, жеке жанжалды «біз бен олар» "
                            "тартысына айналдыратын <em>күшейткіш</em>.</p>"
                        ),
                        "ru": (
                            "<h3>Что такое конфликт</h3>"
                            "<p>Конфликт — это ситуация, в которой две или больше сторон "
                            "считают свои интересы, потребности или ценности несовместимыми "
                            "и действуют исходя из этого. Важны три элемента: "
                            "<strong>стороны</strong> (люди, группы, учреждения), "
                            "<strong>предмет</strong>, о котором они спорят, и "
                            "<strong>восприятие</strong> несовместимости, то есть то, как "
                            "стороны видят ситуацию. Восприятие особенно важно: соседи могут "
                            "годами брать воду из одного арыка без всяких споров, а после "
                            "слуха, что одна семья «берёт больше», та же самая ситуация "
                            "превращается в спор.</p>"
                            "<p>Разногласие — ещё не конфликт. Конфликтом оно становится, "
                            "когда стороны начинают действовать друг против друга: жалуются "
                            "в акимат, перекрывают дорогу, обвиняют в соцсетях, перестают "
                            "здороваться. Для этномедиатора это различие практическое: чем "
                            "раньше вы заметите переход от разногласия к действиям, тем "
                            "больше у вас возможностей.</p>"
                            "<h3>Источники конфликта</h3>"
                            "<p>Конфликтологи (например, Кристофер Мур в модели «круг "
                            "конфликта») делят источники конфликтов на пять групп. Правильно "
                            "названный источник подсказывает, какая работа поможет.</p>"
                            "<ul>"
                            "<li><strong>Ресурсы</strong>: земля, поливная вода, пастбища, "
                            "торговые места на базаре, работа, места в детском саду. Работа: "
                            "ясные правила, справедливая процедура, иногда поиск "
                            "дополнительного ресурса.</li>"
                            "<li><strong>Ценности</strong>: представления о том, что "
                            "правильно, — религия, традиции, то, как отмечают праздники, "
                            "использование языка. Ценностями не торгуют; работайте не над "
                            "изменением убеждений, а над взаимным уважением и правилами "
                            "совместной жизни.</li>"
                            "<li><strong>Отношения</strong>: старые обиды, недоверие, "
                            "стереотипы, неумение нормально разговаривать друг с другом. "
                            "Работа: восстановить контакт и общение.</li>"
                            "<li><strong>Структура</strong>: неравенство сил, неясные "
                            "полномочия, процедуры, ставящие кого-то в невыгодное положение "
                            "(например, кто решает вопрос о распределении земли). Работа: "
                            "привлечь ответственный орган, прояснить процедуры.</li>"
                            "<li><strong>Информация</strong>: недостающие, неверные или "
                            "по-разному понятые факты, слухи в WhatsApp и Instagram. Работа: "
                            "совместное выяснение фактов, источник информации, которому "
                            "доверяют обе стороны.</li>"
                            "</ul>"
                            "<p>В реальных спорах источники обычно переплетаются. Спор о "
                            "границе участка (ресурс) между двумя семьями разной "
                            "национальности может подпитываться старой обидой (отношения) и "
                            "слухом (информация). Частая ошибка — видеть только этническую "
                            "метку. В большинстве местных споров национальность — не "
                            "причина, а <em>усилитель</em>, который превращает частную ссору "
                            "в противостояние «мы против них».</p>"
                        ),
                        "en": (
                            "<h3>What a conflict is</h3>"
                            "<p>A conflict is a situation in which two or more parties believe "
                            "that their interests, needs or values are incompatible and act on "
                            "that belief. Three elements matter: the <strong>parties</strong> "
                            "(people, groups, institutions), the <strong>issue</strong> they "
                            "disagree about, and the <strong>perception</strong> of "
                            "incompatibility, that is, how the parties see the situation. "
                            "Perception is crucial: neighbours may take water from one "
                            "irrigation ditch for years without any dispute, and then a rumour "
                            'that one family "takes more" turns the very same situation into '
                            "a quarrel.</p>"
                            "<p>A disagreement is not yet a conflict. It becomes one when the "
                            "parties start acting against each other: complaining to the "
                            "akimat, blocking a road, making accusations online, no longer "
                            "greeting each other. For an ethnomediator the difference is "
                            "practical: the earlier you notice the shift from disagreement to "
                            "action, the more options you have.</p>"
                            "<h3>Sources of conflict</h3>"
                            "<p>Conflict specialists (for example, Christopher Moore in his "
                            '"circle of conflict") group the sources of conflict into five '
                            "families. Naming the source correctly tells you what kind of work "
                            "will help.</p>"
                            "<ul>"
                            "<li><strong>Resources</strong>: land, irrigation water, pasture, "
                            "market stalls, jobs, kindergarten places. Work: clear rules, a "
                            "fair procedure, sometimes finding an additional resource.</li>"
                            "<li><strong>Values</strong>: beliefs about what is right, such as "
                            "religion, traditions, the way holidays are celebrated, language "
                            "use. Values are not traded; work on mutual respect and on rules "
                            "for living together, not on changing beliefs.</li>"
                            "<li><strong>Relations</strong>: old grievances, mistrust, "
                            "stereotypes, an inability to talk to each other properly. Work: "
                            "restore contact and communication.</li>"
                            "<li><strong>Structure</strong>: unequal power, unclear authority, "
                            "procedures that put some people at a disadvantage (for example, "
                            "who decides how land is allocated). Work: involve the responsible "
                            "body, clarify the procedures.</li>"
                            "<li><strong>Information</strong>: missing, wrong or differently "
                            "understood facts, rumours on WhatsApp and Instagram. Work: joint "
                            "fact-finding, a source of information that both sides trust.</li>"
                            "</ul>"
                            "<p>In real disputes the sources are usually intertwined. A dispute "
                            "over a plot boundary (resource) between two families of different "
                            "ethnic backgrounds may be fed by an old grievance (relations) and "
                            "by a rumour (information). A common mistake is to see only the "
                            "ethnic label. In most local disputes ethnicity is not the cause "
                            "but an <em>amplifier</em> that turns a private quarrel into a "
                            'confrontation of "us against them".</p>'
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Конфликт түрлері</h3>"
                            "<p>Қатысушылары бойынша:</p>"
                            "<ul>"
                            "<li><strong>Тұлғааралық</strong>: жеке адамдар арасында — екі "
                            "көрші, мұғалім мен ата-ана, екі саудагер.</li>"
                            "<li><strong>Топтық (топаралық)</strong>: топтар арасында — екі "
                            "әулет, екі көшенің жастары, екі этномәдени бірлестік.</li>"
                            "<li><strong>Қауымдық</strong>: бүкіл ауылды, ауданды не қаланы "
                            "қамтиды; көбіне бір жағында тұрғындар, екінші жағында мекеме не "
                            "басқа қауым болады.</li>"
                            "</ul>"
                            "<p>Туыстар мен достар араласқанда тұлғааралық конфликт топтық "
                            "конфликтке, ал топтық конфликт этникалық деп қабылданғанда "
                            "қауымдық конфликтке ұласуы мүмкін. Осындай «кеңеюді» қадағалау — "
                            "келіссөз жүргізушінің басты міндеттерінің бірі.</p>"
                            "<p>Көрінуі бойынша:</p>"
                            "<ul>"
                            "<li><strong>Жасырын (латентті)</strong> конфликт бар, бірақ ашық "
                            "айтылмайды: үнсіз реніш, бір-бірін айналып өту, астарлы әзіл, "
                            "балаларды бірге ойнатпау.</li>"
                            "<li><strong>Ашық</strong> конфликт әрекетпен көрінеді: шағым, "
                            "жұрт алдындағы ұрыс-керіс, төбелес, бойкот.</li>"
                            "</ul>"
                            "<p>Алдын алу үшін жасырын конфликтілердің маңызы зор: әлі ешкім "
                            "жұрт алдында ұятқа қалмаған кезде оларды диалог арқылы шешуге "
                            "болады.</p>"
                        ),
                        "ru": (
                            "<h3>Типы конфликтов</h3>"
                            "<p>По участникам:</p>"
                            "<ul>"
                            "<li><strong>Межличностный</strong>: между отдельными людьми — "
                            "двое соседей, учитель и родитель, двое торговцев.</li>"
                            "<li><strong>Групповой (межгрупповой)</strong>: между группами — "
                            "две большие семьи, молодёжь двух улиц, два этнокультурных "
                            "объединения.</li>"
                            "<li><strong>Общинный</strong>: охватывает целое село, район или "
                            "город; часто с одной стороны жители, с другой — учреждение или "
                            "другая община.</li>"
                            "</ul>"
                            "<p>Межличностный конфликт может перерасти в групповой, когда "
                            "вмешиваются родственники и друзья, а групповой — в общинный, "
                            "когда его начинают воспринимать как этнический. Следить за таким "
                            "«расширением» — одна из главных задач переговорщика.</p>"
                            "<p>По степени проявления:</p>"
                            "<ul>"
                            "<li><strong>Скрытый (латентный)</strong> конфликт существует, но "
                            "открыто не выражается: молчаливая обида, избегание, колкие "
                            "шутки, детям не разрешают играть вместе.</li>"
                            "<li><strong>Открытый</strong> конфликт проявляется в действиях: "
                            "жалобы, публичные ссоры, драки, бойкот.</li>"
                            "</ul>"
                            "<p>Для профилактики скрытые конфликты важнее всего: с ними можно "
                            "работать через диалог, пока никто ещё не потерял лицо "
                            "публично.</p>"
                        ),
                        "en": (
                            "<h3>Types of conflict</h3>"
                            "<p>By participants:</p>"
                            "<ul>"
                            "<li><strong>Interpersonal</strong>: between individuals, such as "
                            "two neighbours, a teacher and a parent, two traders.</li>"
                            "<li><strong>Group (intergroup)</strong>: between groups, such as "
                            "two extended families, the young people of two streets, two "
                            "ethnocultural associations.</li>"
                            "<li><strong>Community</strong>: involves a whole village, district "
                            "or town; often residents stand on one side and an institution or "
                            "another community on the other.</li>"
                            "</ul>"
                            "<p>An interpersonal conflict can grow into a group conflict when "
                            "relatives and friends join in, and a group conflict can become a "
                            "community conflict once it is seen as ethnic. Watching for this "
                            '"widening" is one of the negotiator\'s main tasks.</p>'
                            "<p>By visibility:</p>"
                            "<ul>"
                            "<li><strong>Latent</strong> conflict exists but is not expressed "
                            "openly: silent resentment, avoidance, barbed jokes, children not "
                            "allowed to play together.</li>"
                            "<li><strong>Open</strong> conflict shows itself in actions: "
                            "complaints, public quarrels, fights, boycotts.</li>"
                            "</ul>"
                            "<p>Latent conflicts matter most for prevention: they can be "
                            "addressed through dialogue while no one has yet lost face in "
                            "public.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Конфликт циклі</h3>"
                            "<ol>"
                            "<li><strong>Жасырын кезең</strong>: қайшылықтар бар, шиеленіс "
                            "жинақталады.</li>"
                            "<li><strong>Түрткі</strong>: бір оқиға конфликтіні ашық етеді — "
                            "тойдағы төбелес, әлеуметтік желідегі жазба, жер туралы "
                            "шешім.</li>"
                            "<li><strong>Ушығу</strong>: қатысушылар көбейеді, тәсілдер "
                            "қатаяды, даулы мәселелердің саны артады.</li>"
                            "<li><strong>Тығырық</strong>: ешбір тарап жеңе алмайды, шығын "
                            "өседі, сөйлесуге дайындық пайда болады.</li>"
                            "<li><strong>Бәсеңдеу және реттеу</strong>: келіссөз, медиация, "
                            "келісім.</li>"
                            "<li><strong>Конфликттен кейінгі кезең</strong>: келісімді "
                            "орындау, қарым-қатынасты қалпына келтіру. Бұл кезең назардан тыс "
                            "қалса, конфликт қайтадан жасырын кезеңге оралады.</li>"
                            "</ol>"
                            "<p>Цикл түзу сызық емес: конфликт кейбір кезеңдерден секіріп "
                            "өтуі немесе кері қайтуы мүмкін. Оны диагностикалық сұрақ ретінде "
                            "пайдаланыңыз: «Біз қазір қай кезеңдеміз және осы кезеңде не "
                            "істеуге болады?» Жасырын кезеңде — диалог пен алдын алу; ушығу "
                            "кезінде — алдымен зорлықты тоқтатып, жұртты сабырға шақыру; "
                            "тығырық кезінде — келіссөз ұсыну; келісімнен кейін — орындалуын "
                            "қадағалау.</p>"
                            "<h3>Сындарлы және бүлдіргіш қызметтер</h3>"
                            "<p>Конфликт тек зиян емес. Сындарлы жағынан ол шешуді қажет "
                            "ететін мәселе бар екенін білдіреді, жасырын мүдделерді ашады, "
                            "әділетті ережелер қабылдауға түрткі болады (мысалы, суару "
                            "суының кестесі), ал тараптар оны бірге шешсе, қарым-қатынасты "
                            "нығайтуы мүмкін. Бүлдіргіш жағынан ол қарым-қатынасты бұзады, "
                            "қауымды ұлттық белгі бойынша бөледі, зорлық пен шығынға әкеледі "
                            "және ұзақ жылдар бойы өкпе-реніш қалдырады. Келіссөз "
                            "жүргізушінің мақсаты — конфликтіні басып тастау емес, оны "
                            "сындарлы арнаға бұру.</p>"
                            "<h3>Жиі кездесетін қателер</h3>"
                            "<ul>"
                            "<li>Конфликтіні «жай эмоция» деп санап, оның нақты көзін "
                            "елемеу.</li>"
                            "<li>Дауды тым асығыс «этносаралық» деп атап, сол арқылы оны "
                            "шынымен этносаралық дауға айналдыру.</li>"
                            "<li>Конфликт ашық сипат алғанша әрекет етпей күту.</li>"
                            "<li>Келісімге қол қойылған соң жұмысты тоқтату.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Цикл конфликта</h3>"
                            "<ol>"
                            "<li><strong>Скрытая стадия</strong>: противоречия есть, "
                            "напряжение накапливается.</li>"
                            "<li><strong>Повод</strong>: какое-то событие делает конфликт "
                            "открытым — драка на свадьбе, пост в соцсетях, решение по "
                            "земле.</li>"
                            "<li><strong>Эскалация</strong>: участников становится больше, "
                            "средства жёстче, спорных вопросов всё больше.</li>"
                            "<li><strong>Тупик</strong>: ни одна сторона не может победить, "
                            "потери растут, появляется готовность к разговору.</li>"
                            "<li><strong>Деэскалация и урегулирование</strong>: переговоры, "
                            "медиация, соглашение.</li>"
                            "<li><strong>Постконфликтная стадия</strong>: выполнение "
                            "соглашения, восстановление отношений. Если её упустить, "
                            "конфликт возвращается в скрытую стадию.</li>"
                            "</ol>"
                            "<p>Цикл — не прямая линия: конфликт может перескакивать через "
                            "стадии или возвращаться назад. Используйте его как "
                            "диагностический вопрос: «Где мы сейчас и что возможно на этой "
                            "стадии?» На скрытой стадии — диалог и профилактика; при "
                            "эскалации — сначала остановить насилие и успокоить людей; в "
                            "тупике — предложить переговоры; после соглашения — следить за "
                            "его выполнением.</p>"
                            "<h3>Конструктивные и деструктивные функции</h3>"
                            "<p>Конфликт — не только вред. Конструктивно он сигнализирует о "
                            "проблеме, которую нужно решать, выводит на свет скрытые "
                            "интересы, подталкивает к более справедливым правилам (например, "
                            "к графику полива), а если стороны решают его вместе, может "
                            "укрепить отношения. Деструктивно он разрушает отношения, "
                            "раскалывает общину по национальному признаку, ведёт к насилию и "
                            "потерям и оставляет обиду на долгие годы. Цель переговорщика — "
                            "не подавить конфликт, а направить его в конструктивное "
                            "русло.</p>"
                            "<h3>Частые ошибки</h3>"
                            "<ul>"
                            "<li>Считать конфликт «просто эмоциями» и не видеть его реального "
                            "источника.</li>"
                            "<li>Слишком быстро назвать спор «межэтническим» и тем самым "
                            "действительно сделать его таким.</li>"
                            "<li>Ждать, пока конфликт станет открытым, и только тогда "
                            "действовать.</li>"
                            "<li>Прекращать работу сразу после подписания соглашения.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>The conflict cycle</h3>"
                            "<ol>"
                            "<li><strong>Latent stage</strong>: contradictions exist and "
                            "tension builds up.</li>"
                            "<li><strong>Trigger</strong>: an incident brings the conflict "
                            "into the open, such as a fight at a wedding, a social media post "
                            "or a decision about land.</li>"
                            "<li><strong>Escalation</strong>: more people take part, the means "
                            "become harsher, the disputed issues multiply.</li>"
                            "<li><strong>Stalemate</strong>: neither side can win, losses "
                            "grow, a readiness to talk appears.</li>"
                            "<li><strong>De-escalation and settlement</strong>: negotiation, "
                            "mediation, agreement.</li>"
                            "<li><strong>Post-conflict stage</strong>: carrying out the "
                            "agreement, restoring relations. If this stage is neglected, the "
                            "conflict slips back into the latent stage.</li>"
                            "</ol>"
                            "<p>The cycle is not a straight line: a conflict may skip stages "
                            'or loop back. Use it as a diagnostic question: "Where are we now, '
                            'and what is possible at this stage?" At the latent stage, '
                            "dialogue and prevention; during escalation, first stop the "
                            "violence and calm people down; at a stalemate, offer negotiation; "
                            "after the agreement, follow up on how it is kept.</p>"
                            "<h3>Constructive and destructive functions</h3>"
                            "<p>Conflict is not only harmful. Constructively, it signals a "
                            "problem that needs solving, brings hidden interests into the "
                            "open, pushes people towards fairer rules (for example, a watering "
                            "schedule), and, if the parties solve it together, it can "
                            "strengthen their relations. Destructively, it damages relations, "
                            "splits a community along ethnic lines, leads to violence and "
                            "losses, and leaves resentment for many years. The negotiator's "
                            "aim is not to suppress conflict but to steer it into a "
                            "constructive channel.</p>"
                            "<h3>Common mistakes</h3>"
                            "<ul>"
                            '<li>Treating a conflict as "just emotions" and missing its real '
                            "source.</li>"
                            '<li>Calling a dispute "interethnic" too quickly and thereby '
                            "actually making it one.</li>"
                            "<li>Waiting until the conflict becomes open before acting.</li>"
                            "<li>Stopping work as soon as the agreement is signed.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Мектептегі қауесет",
                            "ru": "Слух в школе",
                            "en": "A rumour at school",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу үшін ойдан құрастырылған мысал. Алматы "
                                "облысындағы аудан орталығының мектебінде үзіліс кезінде "
                                "төртінші сыныптың екі оқушысы төбелесіп қалады. Біреуі — "
                                "қазақ отбасынан, екіншісі — дүнген отбасынан. Төбелестің "
                                "қысқа видеосы ата-аналардың WhatsApp тобына «біздің "
                                "балаларды ұрып жатыр» деген жазумен жарияланады.</p>"
                                "<p>Бір күннің ішінде топта жүздеген хабарлама жиналады; "
                                "кейбір ата-аналар «өз» балаларын басқа сыныпқа ауыстыруды "
                                "талап етеді; жергілікті Instagram парақшасы видеоны қайта "
                                "жариялайды. Екі баланың ата-аналары бір-бірімен "
                                "сөйлеспейді, ал сынып жетекшісі не істерін білмей отыр. "
                                "Мектеп директоры көмек сұрап аудандағы этномәдени "
                                "бірлестіктерге жүгінеді.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный вымышленный пример. В школе районного "
                                "центра Алматинской области на перемене дерутся два "
                                "четвероклассника. Один из казахской семьи, другой из "
                                "дунганской. Короткое видео драки выкладывают в "
                                "родительский чат WhatsApp с подписью «наших детей "
                                "бьют».</p>"
                                "<p>За сутки в чате набираются сотни сообщений; некоторые "
                                "родители требуют перевести «своих» детей в другой класс; "
                                "местная страница в Instagram перепощивает видео. Родители "
                                "двух мальчиков не разговаривают друг с другом, а классный "
                                "руководитель не знает, что делать. Директор школы "
                                "обращается за помощью к районным этнокультурным "
                                "объединениям.</p>"
                            ),
                            "en": (
                                "<p>This is an invented training example. In a school in a "
                                "district centre of Almaty region, two fourth-grade pupils "
                                "get into a fight during a break. One comes from a Kazakh "
                                "family, the other from a Dungan family. A short video of "
                                "the fight is posted in the parents' WhatsApp group with the "
                                'caption "they are beating our children".</p>'
                                "<p>Within a day the group has hundreds of messages; some "
                                'parents demand that "their" children be moved to another '
                                "class; a local Instagram page reposts the video. The two "
                                "boys' parents are not speaking to each other, and the "
                                "class teacher does not know what to do. The head teacher "
                                "asks the district's ethnocultural associations for "
                                "help.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Бұл конфликтінің көздері қандай (ресурстар, "
                                    "құндылықтар, қарым-қатынас, құрылым, ақпарат)? Қазір "
                                    "қайсысы басым?"
                                ),
                                "ru": (
                                    "Каковы источники этого конфликта (ресурсы, ценности, "
                                    "отношения, структура, информация)? Какой из них "
                                    "сейчас преобладает?"
                                ),
                                "en": (
                                    "What are the sources of this conflict (resources, "
                                    "values, relations, structure, information)? Which one "
                                    "dominates now?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл тұлғааралық, топтық әлде қауымдық конфликт пе? Ол "
                                    "бір түрден екіншісіне қалай ауысты?"
                                ),
                                "ru": (
                                    "Это межличностный, групповой или общинный конфликт? "
                                    "Как он переходил из одного типа в другой?"
                                ),
                                "en": (
                                    "Is this an interpersonal, group or community conflict? "
                                    "How did it move from one type to another?"
                                ),
                            },
                            {
                                "kk": (
                                    "Конфликт циклінің қай кезеңінде тұр және сіздің "
                                    "алғашқы үш қадамыңыз қандай болар еді?"
                                ),
                                "ru": (
                                    "На какой стадии цикла находится конфликт и какими "
                                    "были бы ваши первые три шага?"
                                ),
                                "en": (
                                    "Which stage of the conflict cycle has it reached, and "
                                    "what would your first three steps be?"
                                ),
                            },
                            {
                                "kk": (
                                    "Мектеп қауымы бұл конфликттен қандай сындарлы нәтиже "
                                    "ала алады?"
                                ),
                                "ru": (
                                    "Какой конструктивный результат может получить из "
                                    "этого конфликта школьное сообщество?"
                                ),
                                "en": (
                                    "What constructive outcome could the school community "
                                    "gain from this conflict?"
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
                                "Өз қауымыңызда басынан бастап бақылаған бір конфликтіні "
                                "еске түсіріңіз. Ол қандай көзден туындады, қашан ашық "
                                "сипат алды және қай сәтте біреудің араласуы ең оңай болар "
                                "еді?"
                            ),
                            "ru": (
                                "Вспомните конфликт в вашем сообществе, за которым вы "
                                "наблюдали с самого начала. Из какого источника он вырос, "
                                "когда стал открытым и в какой момент вмешаться было бы "
                                "легче всего?"
                            ),
                            "en": (
                                "Think of a conflict in your own community that you watched "
                                "from the start. Which source did it grow from, when did it "
                                "become open, and at what moment would it have been easiest "
                                "for someone to step in?"
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {"kk": "Конфликт", "ru": "Конфликт", "en": "Conflict"},
                                "definition": {
                                    "kk": (
                                        "Екі немесе одан көп тарап өз мүдделерін, "
                                        "қажеттіліктерін не құндылықтарын сыйыспайды деп "
                                        "санап, бір-біріне қарсы әрекет ететін жағдай."
                                    ),
                                    "ru": (
                                        "Ситуация, в которой две или больше сторон считают "
                                        "свои интересы, потребности или ценности "
                                        "несовместимыми и действуют друг против друга."
                                    ),
                                    "en": (
                                        "A situation in which two or more parties see their "
                                        "interests, needs or values as incompatible and act "
                                        "against each other."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Конфликт көзі",
                                    "ru": "Источник конфликта",
                                    "en": "Source of conflict",
                                },
                                "definition": {
                                    "kk": (
                                        "Конфликтінің түп негізі: ресурстар, құндылықтар, "
                                        "қарым-қатынас, құрылым немесе ақпарат."
                                    ),
                                    "ru": (
                                        "Глубинная основа конфликта: ресурсы, ценности, "
                                        "отношения, структура или информация."
                                    ),
                                    "en": (
                                        "The root of a conflict: resources, values, "
                                        "relations, structure or information."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жасырын конфликт",
                                    "ru": "Скрытый конфликт",
                                    "en": "Latent conflict",
                                },
                                "definition": {
                                    "kk": (
                                        "Бар, бірақ әлі ашық әрекетпен көрінбеген конфликт: "
                                        "үнсіз реніш, бір-бірін айналып өту, астарлы сөз."
                                    ),
                                    "ru": (
                                        "Конфликт, который существует, но ещё не проявился "
                                        "в открытых действиях: молчаливая обида, избегание, "
                                        "намёки."
                                    ),
                                    "en": (
                                        "A conflict that exists but has not yet shown itself "
                                        "in open actions: silent resentment, avoidance, "
                                        "veiled remarks."
                                    ),
                                },
                            },
                            {
                                "term": {"kk": "Түрткі", "ru": "Повод", "en": "Trigger"},
                                "definition": {
                                    "kk": (
                                        "Жасырын конфликтіні ашық ететін немесе оны келесі "
                                        "кезеңге итеретін оқиға."
                                    ),
                                    "ru": (
                                        "Событие, которое делает скрытый конфликт открытым "
                                        "или подталкивает его к следующей стадии."
                                    ),
                                    "en": (
                                        "An event that brings a latent conflict into the "
                                        "open or pushes it to the next stage."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Конфликт циклі",
                                    "ru": "Цикл конфликта",
                                    "en": "Conflict cycle",
                                },
                                "definition": {
                                    "kk": (
                                        "Конфликтінің жасырын кезеңнен түрткі, ушығу, "
                                        "тығырық және реттеу арқылы конфликттен кейінгі "
                                        "кезеңге дейінгі дамуы."
                                    ),
                                    "ru": (
                                        "Развитие конфликта от скрытой стадии через повод, "
                                        "эскалацию, тупик и урегулирование к "
                                        "постконфликтной стадии."
                                    ),
                                    "en": (
                                        "The development of a conflict from the latent stage "
                                        "through trigger, escalation, stalemate and "
                                        "settlement to the post-conflict stage."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "escalation-and-conflict-mapping",
            "title": {
                "kk": "Конфликтінің ушығуы және картасы",
                "ru": "Эскалация и картирование конфликта",
                "en": "Escalation and conflict mapping",
            },
            "summary": {
                "kk": (
                    "Конфликт қалай ушығады, оны не өршітеді және не бәсеңдетеді; келіссөзді "
                    "бастамас бұрын тараптардың, олардың мүдделерінің, қорқыныштары мен "
                    "ықпалының картасын қалай жасауға болады."
                ),
                "ru": (
                    "Как конфликт обостряется, что его разжигает и что успокаивает; как до "
                    "начала переговоров составить карту сторон, их интересов, страхов и "
                    "влияния."
                ),
                "en": (
                    "How a conflict escalates, what inflames it and what calms it down; how to "
                    "map the parties, their interests, fears and power before negotiations "
                    "begin."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Глазл үлгісі бойынша ушығу сатысын танып, араласудың лайықты түрін таңдау."
                    ),
                    "ru": (
                        "Распознавать стадию эскалации по модели Гласла и выбирать "
                        "подходящую форму вмешательства."
                    ),
                    "en": (
                        "Recognise the stage of escalation using Glasl's model and choose a "
                        "suitable form of intervention."
                    ),
                },
                {
                    "kk": (
                        "Конфликт картасы мен актор картасын сызып, оларды алғашқы қадамдарды "
                        "жоспарлауға пайдалану."
                    ),
                    "ru": (
                        "Составлять карту конфликта и карту акторов и планировать по ним "
                        "первые шаги."
                    ),
                    "en": (
                        "Draw a conflict map and an actor map and use them to plan the first steps."
                    ),
                },
                {
                    "kk": "Шиеленісті кездесуде ушығуды бәсеңдетудің негізгі тәсілдерін қолдану.",
                    "ru": "Применять основные приёмы деэскалации на напряжённой встрече.",
                    "en": "Apply basic de-escalation techniques in a tense meeting.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Конфликт қалай ушығады</h3>"
                            "<p>Ушығу (эскалация) — конфликтінің күшеюі. Оның әдеттегі "
                            "белгілері: даулы мәселелер көбейеді («қоршау» туралы даудан "
                            "«олардың бұрын істегенінің бәріне» дейін); назар мәселеден "
                            "адамға, кейін бүкіл топқа ауысады («олардың бәрі сондай»); "
                            "қатысушылар саны артады; тәсілдер қатаяды (сөзден қоқан-лоққыға, "
                            "одан күш қолдануға дейін); тараптар сөйлесуді тоқтатып, оның "
                            "орнын қауесет басады.</p>"
                            "<p>Австриялық конфликттанушы Фридрих Глазл ушығудың тоғыз "
                            "сатысын сипаттап, оларды үш деңгейге топтастырған. Бұл үлгі "
                            "шындықты жеңілдетеді, бірақ қандай көмек шынымен мүмкін екенін "
                            "анықтауға жәрдемдеседі.</p>"
                            "<ol>"
                            "<li><strong>Қатаю</strong>: ұстанымдар қатаяды, шиеленіс бар, "
                            "бірақ тараптар мәселені сөйлесу арқылы шешуге болады деп "
                            "сенеді.</li>"
                            "<li><strong>Пікірталас және полемика</strong>: дәлел айту сөз "
                            "жарысына айналады; тек «ақ пен қара» ғана көрінеді.</li>"
                            "<li><strong>Сөз емес, іс</strong>: тараптар сөйлесуді доғарып, "
                            "біржақты әрекет етеді; бір-бірін түсінуге ұмтылыс сөнеді.</li>"
                            "<li><strong>Бейнелер мен одақтар</strong>: қарсы тарап туралы "
                            "стереотиптер қалыптасады, жақтастар ізделеді.</li>"
                            "<li><strong>Беделден айыру</strong>: қарсы тарапты жұрт алдында "
                            "масқаралау, оны моральдық тұрғыдан айыптау.</li>"
                            "<li><strong>Қорқыту стратегиялары</strong>: қоқан-лоққы мен "
                            "ультиматумдар.</li>"
                            "<li><strong>Шектеулі соққылар</strong>: қарсы тарап енді адам "
                            "ретінде көрінбейді, оған зиян келтіру «орынды» саналады.</li>"
                            "<li><strong>Жауды ыдырату</strong>: қарсы тараптың тірегін "
                            "құртуға ұмтылу.</li>"
                            "<li><strong>Бірге тұңғиыққа</strong>: өзіне зиян келсе де, "
                            "қарсы тарапты жою.</li>"
                            "</ol>"
                            "<p>1–3 сатыларда екі тарап та ұта алады, көбіне олар жеңіл "
                            "фасилитация арқылы мәселені өздері шешеді. 4–6 сатыларда "
                            "біреудің ұтысы екіншісінің ұтылысы болып көрінеді; дәл осы кезде "
                            "медиатор не келіссөз жүргізуші ең қажет. 7-сатыдан бастап екі "
                            "тарап та ұтылады: алдымен билік органдары мен полиция зорлықты "
                            "тоқтатып, адамдарды қорғауы керек, келіссөз тек содан кейін "
                            "мүмкін. Глазлдың сатылары қатаң шкала емес, бағдар ретінде "
                            "ұсынылған.</p>"
                        ),
                        "ru": (
                            "<h3>Как обостряется конфликт</h3>"
                            "<p>Эскалация — это нарастание конфликта. Её типичные признаки: "
                            "спорных вопросов становится больше (от спора о «заборе» до "
                            "«всего, что они когда-либо сделали»); внимание смещается с "
                            "проблемы на человека, а затем на всю группу («они все такие»); "
                            "растёт число участников; средства ужесточаются (от слов к "
                            "угрозам, а от угроз к силе); стороны перестают разговаривать, и "
                            "их место занимают слухи.</p>"
                            "<p>Австрийский конфликтолог Фридрих Гласл описал девять ступеней "
                            "эскалации, сгруппированных в три уровня. Модель упрощает "
                            "реальность, но помогает понять, какая помощь действительно "
                            "возможна.</p>"
                            "<ol>"
                            "<li><strong>Ужесточение</strong>: позиции твердеют, есть "
                            "напряжение, но стороны верят, что вопрос можно решить "
                            "разговором.</li>"
                            "<li><strong>Дебаты и полемика</strong>: обмен доводами "
                            "превращается в словесное состязание; мир видится чёрно-белым.</li>"
                            "<li><strong>Действия вместо слов</strong>: стороны перестают "
                            "говорить и действуют в одностороннем порядке; стремление понять "
                            "другого угасает.</li>"
                            "<li><strong>Образы и коалиции</strong>: складываются стереотипы "
                            "о другой стороне, идёт поиск союзников.</li>"
                            "<li><strong>Потеря лица</strong>: публичные нападки, чтобы "
                            "опозорить другую сторону, её моральное осуждение.</li>"
                            "<li><strong>Стратегии угроз</strong>: угрозы и "
                            "ультиматумы.</li>"
                            "<li><strong>Ограниченные разрушительные удары</strong>: другую "
                            "сторону уже не воспринимают как людей, причинить ей вред "
                            "считается «допустимым».</li>"
                            "<li><strong>Раздробление врага</strong>: стремление разрушить "
                            "опору другой стороны.</li>"
                            "<li><strong>Вместе в пропасть</strong>: уничтожение противника "
                            "даже ценой собственной гибели.</li>"
                            "</ol>"
                            "<p>На ступенях 1–3 выиграть могут обе стороны, и нередко они "
                            "решают проблему сами при лёгкой фасилитации. На ступенях 4–6 "
                            "выигрыш одного воспринимается как проигрыш другого; именно здесь "
                            "медиатор или переговорщик нужнее всего. С 7-й ступени "
                            "проигрывают обе стороны: сначала власти и полиция должны "
                            "остановить насилие и защитить людей, и только потом возможны "
                            "переговоры. Ступени Гласла предложены как ориентир, а не как "
                            "строгая шкала.</p>"
                        ),
                        "en": (
                            "<h3>How conflicts escalate</h3>"
                            "<p>Escalation is the growth of a conflict in intensity. Its "
                            'typical signs: the issues multiply (from a dispute about "the '
                            'fence" to "everything they have ever done"); attention shifts '
                            "from the problem to the person and then to the whole group "
                            '("they are all like that"); the number of participants grows; '
                            "the means become harsher (from words to threats, and from threats "
                            "to force); the parties stop talking, and rumours take the place of "
                            "conversation.</p>"
                            "<p>The Austrian conflict researcher Friedrich Glasl described nine "
                            "stages of escalation, grouped into three levels. The model "
                            "simplifies reality, but it helps you judge what kind of help is "
                            "realistic.</p>"
                            "<ol>"
                            "<li><strong>Hardening</strong>: positions harden and there is "
                            "tension, but the parties believe the issue can be solved by "
                            "talking.</li>"
                            "<li><strong>Debate and polemics</strong>: exchanging arguments "
                            "turns into a verbal contest; the world looks black and white.</li>"
                            "<li><strong>Actions, not words</strong>: the parties stop talking "
                            "and act unilaterally; the wish to understand the other fades.</li>"
                            "<li><strong>Images and coalitions</strong>: stereotypes of the "
                            "other side take shape, and supporters are recruited.</li>"
                            "<li><strong>Loss of face</strong>: public attacks meant to "
                            "disgrace the other side, moral condemnation of it.</li>"
                            "<li><strong>Strategies of threats</strong>: threats and "
                            "ultimatums.</li>"
                            "<li><strong>Limited destructive blows</strong>: the other side "
                            "is no longer seen as human, and harming it is considered "
                            '"acceptable".</li>'
                            "<li><strong>Fragmentation of the enemy</strong>: the aim is to "
                            "destroy what the other side stands on.</li>"
                            "<li><strong>Together into the abyss</strong>: destroying the "
                            "opponent even at the cost of one's own ruin.</li>"
                            "</ol>"
                            "<p>At stages 1 to 3 both sides can still win, and they often "
                            "solve the problem themselves with light facilitation. At stages "
                            "4 to 6 one side's gain is seen as the other's loss; this is where "
                            "a mediator or negotiator is needed most. From stage 7 both sides "
                            "lose: first the authorities and the police must stop the violence "
                            "and protect people, and only then is negotiation possible. Glasl "
                            "offered his stages as a guide, not as a strict scale.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Түрткілер және ушығуды бәсеңдету</h3>"
                            "<p>Түрткі — жасырын конфликтіні ашыққа шығаратын немесе оны "
                            "келесі сатыға итеретін оқиға. Жергілікті жердегі әдеттегі "
                            "түрткілер: тойда не кафеде жастар арасындағы төбелес; жол-көлік "
                            "оқиғасы; әлеуметтік желідегі видео не жалған хабар; жер немесе "
                            "жайылым бөлу туралы шешім; базардағы оқиға; дүкенде не мекемеде "
                            "тілге қатысты айтылған сөз; көршілердің ашуын туғызатындай "
                            "тойланған мереке. Түрткілер көбіне кездейсоқ болады, ал олардың "
                            "артындағы шиеленіс кездейсоқ емес. Сондықтан тек түрткі туралы "
                            "таласпаңыз.</p>"
                            "<p>Бәсеңдету тәсілдері:</p>"
                            "<ul>"
                            "<li><strong>Жылдам әрі нақты ақпарат.</strong> Фактілерді "
                            "полициядан, мектептен, әкімдіктен тексеріп, тексерілген "
                            "ақпаратты қауесеттен бұрын сенімді адамдар арқылы "
                            "таратыңыз.</li>"
                            "<li><strong>Адамдарды ажыратып, сабасына түсіру.</strong> "
                            "Тараптарды тыныш жерге апарыңыз; алдымен әрқайсысымен жеке "
                            "сөйлесіңіз.</li>"
                            "<li><strong>Деңгейді төмендету.</strong> Конфликтіні «топтар» "
                            "деңгейінен нақты адамдар мен нақты оқиғаға қайтарыңыз: «Бұл — "
                            "екі халық туралы емес, екі жігіт пен бір көлік туралы "
                            "әңгіме».</li>"
                            "<li><strong>Беделді адамдарды тарту.</strong> Ақсақалдар, "
                            "этномәдени бірлестіктердің жетекшілері, имамдар мен басқа діни "
                            "қызметкерлер, мұғалімдер — екі тарап та тыңдайтын адамдар.</li>"
                            "<li><strong>Сабырлы тіл.</strong> Сезімді мойындаңыз, жапсырма "
                            "тақпаңыз, орындай алмайтын нәрсеге уәде бермеңіз.</li>"
                            "<li><strong>Шағын қадамдар.</strong> Бірлескен мәлімдеме, "
                            "ақсақалдар жиыны, бір тәулік бойы желіде ештеңе жарияламау "
                            "туралы уағдаластық.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Поводы и деэскалация</h3>"
                            "<p>Повод — событие, которое выводит скрытый конфликт наружу или "
                            "толкает его на следующую ступень. Типичные местные поводы: драка "
                            "молодёжи на свадьбе или в кафе; ДТП; видео или ложное сообщение "
                            "в соцсетях; решение о распределении земли или пастбищ; инцидент "
                            "на базаре; замечание о языке в магазине или учреждении; праздник, "
                            "отмеченный так, что это раздражает соседей. Поводы часто "
                            "случайны, а напряжение за ними — нет. Поэтому не спорьте только о "
                            "поводе.</p>"
                            "<p>Приёмы деэскалации:</p>"
                            "<ul>"
                            "<li><strong>Быстрая и точная информация.</strong> Проверьте "
                            "факты в полиции, школе, акимате и распространите проверенную "
                            "информацию через людей, которым доверяют, раньше, чем "
                            "распространится слух.</li>"
                            "<li><strong>Развести людей и дать им остыть.</strong> Уведите "
                            "стороны в спокойное место; сначала поговорите с каждой "
                            "отдельно.</li>"
                            "<li><strong>Снизить уровень.</strong> Верните конфликт с уровня "
                            "«групп» к конкретным людям и конкретному случаю: «Речь не о двух "
                            "народах, а о двух парнях и одной машине».</li>"
                            "<li><strong>Привлечь уважаемых людей.</strong> Аксакалы, "
                            "руководители этнокультурных объединений, имамы и другие "
                            "священнослужители, учителя — те, кого слушают обе стороны.</li>"
                            "<li><strong>Спокойный язык.</strong> Признавайте чувства, не "
                            "навешивайте ярлыков, не обещайте того, что не сможете "
                            "выполнить.</li>"
                            "<li><strong>Небольшие шаги.</strong> Совместное заявление, "
                            "встреча аксакалов, договорённость сутки ничего не публиковать в "
                            "сети.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Triggers and de-escalation</h3>"
                            "<p>A trigger is an event that brings a latent conflict into the "
                            "open or pushes it to the next stage. Typical local triggers: a "
                            "fight among young people at a wedding or in a café; a road "
                            "accident; a video or a false report on social media; a decision "
                            "on allocating land or pasture; an incident at the market; a "
                            "remark about language in a shop or an office; a holiday "
                            "celebrated in a way that irritates the neighbours. Triggers are "
                            "often random; the tension behind them is not. So do not argue "
                            "only about the trigger.</p>"
                            "<p>De-escalation techniques:</p>"
                            "<ul>"
                            "<li><strong>Fast and accurate information.</strong> Check the "
                            "facts with the police, the school or the akimat, and spread the "
                            "verified information through trusted people before the rumour "
                            "spreads.</li>"
                            "<li><strong>Separate people and let them cool down.</strong> Move "
                            "the parties to a quiet place; talk to each one separately "
                            "first.</li>"
                            "<li><strong>Lower the level.</strong> Bring the conflict back "
                            'from the level of "groups" to specific people and a specific '
                            'incident: "This is not about two peoples, it is about two young '
                            'men and one car."</li>'
                            "<li><strong>Involve respected people.</strong> Aksakals, leaders "
                            "of ethnocultural associations, imams and other clergy, teachers: "
                            "people both sides listen to.</li>"
                            "<li><strong>Calm language.</strong> Acknowledge feelings, do not "
                            "attach labels, do not promise what you cannot deliver.</li>"
                            "<li><strong>Small steps.</strong> A joint statement, a meeting of "
                            "elders, an agreement to post nothing online for a day.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Конфликт картасын жасау</h3>"
                            "<p>Конфликт картасы — конфликтінің бір парақ қағаздағы бейнесі. "
                            "Ол алғашқы кездесуге дейін сызылады және жаңа мәлімет түскен "
                            "сайын толықтырылады. Карта екі қатеден сақтайды: тек ең қатты "
                            "дауыстап жүрген тараптарды көру және ұстаным мен мүддені "
                            "шатастыру.</p>"
                            "<p>Қадам-қадаммен:</p>"
                            "<ol>"
                            "<li><strong>Тараптар.</strong> Негізгі тараптарды (тікелей "
                            "қатысатындар), қосалқы тараптарды (дау оларға әсер етеді, "
                            "олардың өз мүддесі бар) және үшінші тараптарды (ықпал ете "
                            "алатындар: әкімдік, полиция, мектеп, бірлестіктер, діни "
                            "жетекшілер, блогерлер) тізіп жазыңыз.</li>"
                            "<li><strong>Қарым-қатынас.</strong> Тараптарды шеңбер етіп "
                            "салыңыз (шеңбердің көлемі — оның күші мен ықпалы) және оларды "
                            "сызықпен қосыңыз: тұтас сызық — жақын қарым-қатынас; үзік сызық — "
                            "әлсіз байланыс; ирек сызық — конфликт; сызылып тасталған сызық — "
                            "үзілген байланыс; нұсқар — ықпал.</li>"
                            "<li><strong>Мәселелер.</strong> Не туралы дауласып жатқанын "
                            "бейтарап сөзбен жазыңыз: «олардың суды ұрлауы» емес, «шілдеде "
                            "арықты пайдалану».</li>"
                            "<li><strong>Ұстанымдар, мүдделер, қажеттіліктер.</strong> "
                            "Ұстаным — тараптың талабы; мүдде — ол неге соны талап етеді; "
                            "қажеттілік — негізгі тірек: қауіпсіздік, мойындалу, бірегейлік, "
                            "күнкөріс.</li>"
                            "<li><strong>Қорқыныштар.</strong> Әр тарап неден қорқады: "
                            "өнімнен айырылудан, абыройдан айырылудан, ығыстырылып "
                            "шығарылудан, балаларының қауіпсіз болмауынан. Ушығуды көбіне "
                            "мүдделерден гөрі қорқыныштар қозғайды.</li>"
                            "<li><strong>Күш пен ықпал.</strong> Әр тарап күшінің көздері: "
                            "саны, қаражаты, лауазымы, байланыстары, ақпараты, моральдық "
                            "беделі, желіде адамдарды жұмылдыру қабілеті.</li>"
                            "</ol>"
                            "<p>Актор картасы — картаның адамдарға арналған бөлігі: кім "
                            "негізгі тұлға, кім кіммен сөйлеседі, кім көпір бола алады, "
                            "конфликтінің жалғасуынан кім пайда көреді (бүлдірушілер). "
                            "Әсіресе <em>байланыстырушыларды</em> — екі тарап та сенетін "
                            "адамдарды іздеңіз.</p>"
                            "<h3>Карта жасаудағы жиі қателер</h3>"
                            "<ul>"
                            "<li>Тек екі тарапты сызу: нақты конфликтілерде тараптар әрдайым "
                            "дерлік көбірек болады.</li>"
                            "<li>Картаны бір ғана тараптың әңгімесі бойынша жасау.</li>"
                            "<li>Картаға өз бағаңызды жазу («кінәлі тарап»).</li>"
                            "<li>Картаны түпкілікті деп санау: ол — жұмыс болжамы ғана.</li>"
                            "<li>Картаны кез келген жерде қалдыру: онда нәзік мәліметтер бар, "
                            "сондықтан оны құпия сақтаңыз.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Картирование конфликта</h3>"
                            "<p>Карта конфликта — это изображение конфликта на одном листе "
                            "бумаги. Её рисуют до первой встречи и дополняют по мере того, "
                            "как появляются новые сведения. Карта защищает от двух ошибок: "
                            "видеть только тех, кто громче всех кричит, и путать позиции с "
                            "интересами.</p>"
                            "<p>Шаг за шагом:</p>"
                            "<ol>"
                            "<li><strong>Стороны.</strong> Выпишите основные стороны "
                            "(непосредственные участники), второстепенные (спор их "
                            "затрагивает, у них есть свой интерес) и третьи стороны (те, кто "
                            "может повлиять: акимат, полиция, школа, объединения, религиозные "
                            "лидеры, блогеры).</li>"
                            "<li><strong>Отношения.</strong> Нарисуйте стороны кругами "
                            "(размер круга — сила и влияние) и соедините их линиями: "
                            "сплошная — близкие отношения; пунктир — слабая связь; зигзаг — "
                            "конфликт; перечёркнутая линия — разорванная связь; стрелка — "
                            "влияние.</li>"
                            "<li><strong>Предмет спора.</strong> Запишите нейтральными "
                            "словами, о чём спор: не «их воровство воды», а «пользование "
                            "арыком в июле».</li>"
                            "<li><strong>Позиции, интересы, потребности.</strong> Позиция — "
                            "то, что сторона требует; интерес — зачем она это требует; "
                            "потребность — базовая опора: безопасность, признание, "
                            "идентичность, средства к жизни.</li>"
                            "<li><strong>Страхи.</strong> Чего боится каждая сторона: "
                            "потерять урожай, потерять лицо, оказаться вытесненной, что её "
                            "дети будут в опасности. Эскалацию чаще двигают страхи, чем "
                            "интересы.</li>"
                            "<li><strong>Сила и влияние.</strong> Источники силы каждой "
                            "стороны: численность, деньги, должность, связи, информация, "
                            "моральный авторитет, способность мобилизовать людей в сети.</li>"
                            "</ol>"
                            "<p>Карта акторов — часть карты, посвящённая людям: кто ключевые "
                            "фигуры, кто с кем разговаривает, кто может стать мостом, кому "
                            "выгодно продолжение конфликта (спойлеры). Особенно ищите "
                            "<em>связующих</em> — людей, которым доверяют обе стороны.</p>"
                            "<h3>Частые ошибки при картировании</h3>"
                            "<ul>"
                            "<li>Рисовать только две стороны: в реальных конфликтах их почти "
                            "всегда больше.</li>"
                            "<li>Составлять карту по рассказу одной стороны.</li>"
                            "<li>Вписывать в карту собственные оценки («виноватая "
                            "сторона»).</li>"
                            "<li>Считать карту окончательной: это лишь рабочая гипотеза.</li>"
                            "<li>Оставлять карту где попало: в ней чувствительные сведения, "
                            "поэтому храните её конфиденциально.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Conflict mapping</h3>"
                            "<p>A conflict map is a picture of a conflict on a single sheet of "
                            "paper. It is drawn before the first meeting and updated as new "
                            "information comes in. The map guards against two mistakes: "
                            "seeing only the parties who shout the loudest, and confusing "
                            "positions with interests.</p>"
                            "<p>Step by step:</p>"
                            "<ol>"
                            "<li><strong>Parties.</strong> List the primary parties (directly "
                            "involved), the secondary parties (affected by the dispute, with a "
                            "stake of their own) and the third parties (those who can "
                            "influence it: the akimat, the police, the school, associations, "
                            "religious leaders, bloggers).</li>"
                            "<li><strong>Relations.</strong> Draw the parties as circles (the "
                            "size of a circle shows its power and influence) and connect them "
                            "with lines: a solid line for close relations; a dashed line for "
                            "weak contact; a zigzag for conflict; a crossed-out line for "
                            "broken contact; an arrow for influence.</li>"
                            "<li><strong>Issues.</strong> Write down what the dispute is about "
                            'in neutral words: not "their theft of water" but "use of the '
                            'irrigation ditch in July".</li>'
                            "<li><strong>Positions, interests, needs.</strong> A position is "
                            "what a party demands; an interest is why it demands it; a need is "
                            "the basic ground beneath: security, recognition, identity, "
                            "livelihood.</li>"
                            "<li><strong>Fears.</strong> What each party is afraid of: losing "
                            "the harvest, losing face, being pushed out, their children not "
                            "being safe. Fears drive escalation more often than interests "
                            "do.</li>"
                            "<li><strong>Power and influence.</strong> The sources of each "
                            "party's power: numbers, money, official position, connections, "
                            "information, moral authority, the ability to mobilise people "
                            "online.</li>"
                            "</ol>"
                            "<p>Actor mapping is the part of the map that deals with people: "
                            "who the key figures are, who talks to whom, who can act as a "
                            "bridge, who gains from the conflict going on (spoilers). Look in "
                            "particular for <em>connectors</em>: people trusted on both "
                            "sides.</p>"
                            "<h3>Common mistakes in mapping</h3>"
                            "<ul>"
                            "<li>Drawing only two sides: real conflicts almost always have "
                            "more.</li>"
                            "<li>Building the map from one party's account alone.</li>"
                            '<li>Writing your own judgements into the map ("the guilty '
                            'side").</li>'
                            "<li>Treating the map as final: it is only a working "
                            "hypothesis.</li>"
                            "<li>Leaving the map lying around: it holds sensitive information, "
                            "so keep it confidential.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Арықтағы су: карта жасау жаттығуы",
                            "ru": "Вода в арыке: упражнение по картированию",
                            "en": "Water in the ditch: a mapping exercise",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу үшін ойдан құрастырылған мысал. Түркістан "
                                "облысындағы бір ауылда екі көшенің шаруалары бір суару "
                                "арығынан су алады. Жоғарғы көшеде көбіне қазақ отбасылары, "
                                "төменгі көшеде көбіне өзбек отбасылары тұрады. Олар ондаған "
                                "жыл қатар өмір сүріп, бір-бірінің тойына барып келеді, "
                                "балалары бір мектепте оқиды.</p>"
                                "<p>Құрғақ шілдеде төменгі көшеге су аз жетеді. Төменгі "
                                "көшедегі шаруа Рустам арықтағы су қақпасының жабылып "
                                "қалғанын көріп, көршісі Серікті кезексіз су алды деп "
                                "айыптайды. Серік суару кестесі ешқашан келісілмегенін, өз "
                                "егінін ғана суарғанын айтады. Кешке олар қатты айқайласады, "
                                "туыстары араласады. Біреу ауылдың WhatsApp тобына: «Бізді "
                                "әдейі сусыз қалдырып отыр», — деп жазады. Жоғарғы көшедегі "
                                "бір жігіт оған балағат сөзбен жауап береді. Екі ақсақал "
                                "жұртты сабырға шақырмақ болады, бірақ кімнің кезегі екені "
                                "туралы өздері келісе алмайды. Ауыл әкімі әлі араласқан жоқ; "
                                "суды бөлуді әдетте тұрғындар сайлаған су пайдаланушылардың "
                                "өкілі реттейді, бірақ ол бір айдан бері ауырып жүр.</p>"
                                "<p>Тапсырма: үш адамнан тұратын топта осы сабақтағы "
                                "қадамдар бойынша конфликт картасы мен актор картасын "
                                "сызыңыз, содан кейін алдымен кіммен және неге "
                                "кездесетініңізді жоспарлаңыз.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный вымышленный пример. В одном селе "
                                "Туркестанской области фермеры двух улиц берут воду из "
                                "одного поливного арыка. На верхней улице живут в основном "
                                "казахские семьи, на нижней — в основном узбекские. "
                                "Десятилетиями они живут бок о бок, ходят друг к другу на "
                                "свадьбы, их дети учатся в одной школе.</p>"
                                "<p>В засушливом июле до нижней улицы доходит мало воды. "
                                "Фермер с нижней улицы Рустам обнаруживает, что заслонка на "
                                "арыке перекрыта, и обвиняет соседа Серика в том, что тот "
                                "брал воду вне очереди. Серик отвечает, что график полива "
                                "никогда не согласовывали и он поливал только свой участок. "
                                "Вечером они громко ругаются, вмешиваются родственники. "
                                "Кто-то пишет в сельском чате WhatsApp: «Нас специально "
                                "оставляют без воды». Парень с верхней улицы отвечает "
                                "оскорблением. Двое аксакалов пытаются успокоить людей, но "
                                "сами не могут договориться, чья сейчас очередь. Сельский "
                                "аким пока не вмешивался; распределением воды обычно "
                                "занимается выбранный жителями представитель "
                                "водопользователей, но он уже месяц болеет.</p>"
                                "<p>Задание: в группах по три человека нарисуйте карту "
                                "конфликта и карту акторов по шагам этого занятия, затем "
                                "спланируйте, с кем вы встретитесь первым и почему.</p>"
                            ),
                            "en": (
                                "<p>This is an invented training example. In a village in "
                                "Turkistan region, farmers on two streets take water from the "
                                "same irrigation ditch. The upper street is home mostly to "
                                "Kazakh families, the lower street mostly to Uzbek families. "
                                "They have lived side by side for decades, go to each "
                                "other's weddings, and their children attend the same "
                                "school.</p>"
                                "<p>In a dry July too little water reaches the lower street. "
                                "Rustam, a farmer on the lower street, finds the gate on the "
                                "ditch closed and accuses his neighbour Serik of taking water "
                                "out of turn. Serik replies that a watering schedule was "
                                "never agreed and he only watered his own plot. In the "
                                "evening they shout at each other, and relatives join in. "
                                'Someone writes in the village WhatsApp group: "They are '
                                'leaving us without water on purpose." A young man from the '
                                "upper street replies with an insult. Two elders try to calm "
                                "people down but cannot agree between themselves whose turn "
                                "it is. The village akim has not yet stepped in; water is "
                                "usually shared out by a water users' representative chosen "
                                "by the residents, but he has been ill for a month.</p>"
                                "<p>Task: in groups of three, draw a conflict map and an "
                                "actor map following the steps of this lesson, then plan "
                                "whom you would meet first and why.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Негізгі, қосалқы және үшінші тараптар кімдер? Кім "
                                    "байланыстырушы, кім бүлдіруші бола алады?"
                                ),
                                "ru": (
                                    "Кто здесь основные, второстепенные и третьи стороны? "
                                    "Кто может стать связующим, а кто спойлером?"
                                ),
                                "en": (
                                    "Who are the primary, secondary and third parties? Who "
                                    "could be a connector, and who a spoiler?"
                                ),
                            },
                            {
                                "kk": (
                                    "Рустам мен Серіктің ұстанымдарын, мүдделерін, "
                                    "қажеттіліктері мен қорқыныштарын бейтарап сөзбен "
                                    "жазыңыз."
                                ),
                                "ru": (
                                    "Запишите нейтральными словами позиции, интересы, "
                                    "потребности и страхи Рустама и Серика."
                                ),
                                "en": (
                                    "Write down the positions, interests, needs and fears "
                                    "of Rustam and Serik in neutral words."
                                ),
                            },
                            {
                                "kk": (
                                    "Конфликт Глазлдың қай сатысында тұр және мұны қандай "
                                    "белгілер көрсетеді?"
                                ),
                                "ru": (
                                    "На какой ступени по Гласлу находится конфликт и какие "
                                    "признаки на это указывают?"
                                ),
                                "en": (
                                    "Which of Glasl's stages has the conflict reached, and "
                                    "what signs show it?"
                                ),
                            },
                            {
                                "kk": (
                                    "Алғашқы 24 сағатта қандай үш бәсеңдету қадамын және "
                                    "қандай ретпен жасар едіңіз?"
                                ),
                                "ru": (
                                    "Какие три шага деэскалации вы сделали бы в первые "
                                    "24 часа и в каком порядке?"
                                ),
                                "en": (
                                    "Which three de-escalation steps would you take in the "
                                    "first 24 hours, and in what order?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Ауылдық клубтағы кездесу",
                            "ru": "Встреча в сельском клубе",
                            "en": "A meeting at the village club",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл рөлдік ойын алдыңғы мысалды жалғастырады. Жанжалдан "
                                "кейінгі күні ауыл әкімі Ассамблеяның аудандық құрылымындағы "
                                "келіссөз жүргізуші-этномедиатордан ауылдық клубта Рустам, "
                                "Серік және бір ақсақалмен қысқа кездесу өткізуді "
                                "сұрайды.</p>"
                                "<p>Кездесудің мақсаты — су дауын бірден шешу емес, "
                                "шиеленісті басу: фактілер бойынша келісу, желідегі өзара "
                                "айтысты тоқтату және келесі қадамды белгілеу. Кездесуге 20 "
                                "минут беріледі. Қалған тыңдаушылар бақылаушы ретінде тізім "
                                "бойынша ескертпе жазады.</p>"
                            ),
                            "ru": (
                                "<p>Эта ролевая игра продолжает предыдущий пример. На "
                                "следующий день после ссоры сельский аким просит "
                                "переговорщика-этномедиатора из районной структуры "
                                "Ассамблеи провести в сельском клубе короткую встречу с "
                                "Рустамом, Сериком и одним аксакалом.</p>"
                                "<p>Цель встречи — не решить спор о воде сразу, а снизить "
                                "напряжение: договориться о фактах, прекратить перепалку в "
                                "сети и наметить следующий шаг. На встречу отводится 20 "
                                "минут. Остальные слушатели наблюдают и делают заметки по "
                                "чек-листу.</p>"
                            ),
                            "en": (
                                "<p>This role-play continues the previous example. The day "
                                "after the quarrel, the village akim asks a "
                                "negotiator-ethnomediator from the district structure of the "
                                "Assembly to hold a short meeting at the village club with "
                                "Rustam, Serik and one elder.</p>"
                                "<p>The aim of the meeting is not to settle the water dispute "
                                "at once but to lower the tension: agree on the facts, stop "
                                "the exchange online and set the next step. The meeting has "
                                "20 minutes. The other trainees observe and take notes using "
                                "the checklist.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Келіссөз жүргізуші-этномедиатор",
                                    "ru": "Переговорщик-этномедиатор",
                                    "en": "Negotiator-ethnomediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз конфликт картасын жасап қойдыңыз. Мақсатыңыз: "
                                        "кездесуді сабырлы ашып, оның мақсаты мен "
                                        "ережелерін айту, әр тарапқа сөз беру, оқиғаны ұлт "
                                        "мәселесінен ажырату және екі-үш шағын қадам "
                                        "бойынша уағдаласу (мысалы, желіде ештеңе "
                                        "жарияламау, әкіммен кездесуге дейін уақытша суару "
                                        "кезегі, келесі кездесу күні). Бейтарап болыңыз."
                                    ),
                                    "ru": (
                                        "Вы уже составили карту конфликта. Ваша задача: "
                                        "спокойно открыть встречу, назвать её цель и "
                                        "правила, дать слово каждой стороне, отделить "
                                        "случай от национального вопроса и договориться о "
                                        "двух-трёх небольших шагах (например, ничего не "
                                        "публиковать в сети, временная очерёдность полива "
                                        "до встречи с акимом, дата следующей встречи). "
                                        "Сохраняйте нейтральность."
                                    ),
                                    "en": (
                                        "You have already drawn a conflict map. Your task: "
                                        "open the meeting calmly, state its purpose and "
                                        "ground rules, give each party the floor, separate "
                                        "the incident from the question of ethnicity, and "
                                        "agree on two or three small steps (for example, "
                                        "posting nothing online, a temporary watering order "
                                        "until the meeting with the akim, a date for the "
                                        "next meeting). Stay neutral."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Рустам, төменгі көшедегі шаруа",
                                    "ru": "Рустам, фермер с нижней улицы",
                                    "en": "Rustam, a farmer on the lower street",
                                },
                                "brief": {
                                    "kk": (
                                        "Қызанағыңыз солып барады, шығынға батып "
                                        "жатырсыз. Ашулысыз, желідегі балағат сөз сізді "
                                        "қорлады. Кешірім сұрауды және судың кепілді "
                                        "үлесін талап етесіз. Қазір жол берсеңіз, енді "
                                        "әрдайым кезектің соңында қаламын деп қорқасыз."
                                    ),
                                    "ru": (
                                        "Ваши помидоры вянут, вы теряете деньги. Вы злы, "
                                        "оскорбление в сети вас унизило. Вы требуете "
                                        "извинений и гарантированной доли воды. Вы "
                                        "боитесь, что если уступите сейчас, то всегда "
                                        "будете последним в очереди."
                                    ),
                                    "en": (
                                        "Your tomatoes are wilting and you are losing "
                                        "money. You are angry, and the insult online "
                                        "humiliated you. You demand an apology and a "
                                        "guaranteed share of water. You fear that if you "
                                        "give way now, you will always be last in line."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Серік, жоғарғы көшедегі шаруа",
                                    "ru": "Серик, фермер с верхней улицы",
                                    "en": "Serik, a farmer on the upper street",
                                },
                                "brief": {
                                    "kk": (
                                        "Ешқандай қате істемедім деп санайсыз: кесте "
                                        "болған жоқ. Бүкіл ауылдың алдында сізді ұры деп "
                                        "атағанына ренжулісіз, атыңызды ақтағыңыз келеді. "
                                        "«Берік тұр» деп күтіп отырған туыстарыңыздың "
                                        "алдында абыройдан айырылудан қорқасыз. Кесте "
                                        "әділ әрі ашық болса, оған келісуге дайынсыз."
                                    ),
                                    "ru": (
                                        "Вы считаете, что ничего плохого не сделали: "
                                        "графика не было. Вы обижены, что вас назвали "
                                        "вором перед всем селом, и хотите восстановить "
                                        "доброе имя. Вы боитесь потерять лицо перед "
                                        "родственниками, которые ждут, что вы «будете "
                                        "стоять на своём». Вы готовы на график, если он "
                                        "будет справедливым и открытым."
                                    ),
                                    "en": (
                                        "You believe you did nothing wrong: there was no "
                                        "schedule. You are hurt at being called a thief in "
                                        "front of the whole village and want to clear your "
                                        "name. You fear losing face before relatives who "
                                        'expect you to "stand firm". You are ready to '
                                        "accept a schedule if it is fair and public."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Төлеген ата, екі көшеде де сыйлы ақсақал",
                                    "ru": "Толеген-ата, аксакал, которого уважают на обеих улицах",
                                    "en": "Tolegen-ata, an elder respected on both streets",
                                },
                                "brief": {
                                    "kk": (
                                        "Тыныштықты қалайсыз және екі көшенің арықты бірге "
                                        "қазғанын есіңізде сақтайсыз. Жастарға ақыл айтып, "
                                        "«жай ғана қол алысыңдар» деп талап етуге "
                                        "бейімсіз. Келіссөз жүргізуші сізге нақты рөл "
                                        "берсе, көмектесесіз."
                                    ),
                                    "ru": (
                                        "Вы хотите мира и помните, как две улицы вместе "
                                        "копали этот арык. Вы склонны поучать молодых и "
                                        "настаивать: «просто пожмите друг другу руки». "
                                        "Если переговорщик даст вам понятную роль, вы "
                                        "помогаете."
                                    ),
                                    "en": (
                                        "You want peace and remember how the two streets "
                                        "dug this ditch together. You tend to lecture the "
                                        'young and to insist: "just shake hands". If the '
                                        "negotiator gives you a clear role, you help."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Келіссөз жүргізуші кездесуді анық әрі бейтарап "
                                    "мақсатпен және ережелермен ашты."
                                ),
                                "ru": (
                                    "Переговорщик открыл встречу, ясно и нейтрально назвав "
                                    "её цель и правила."
                                ),
                                "en": (
                                    "The negotiator opened the meeting with a clear, "
                                    "neutral purpose and ground rules."
                                ),
                            },
                            {
                                "kk": (
                                    "Әр тарап сөзі бөлінбей сөйлей алды және тыңдалғанын "
                                    "сезінді: сезімдері мойындалды."
                                ),
                                "ru": (
                                    "Каждая сторона смогла высказаться без перебиваний и "
                                    "почувствовала, что её услышали: чувства признаны."
                                ),
                                "en": (
                                    "Each party could speak without interruption and felt "
                                    "heard: feelings were acknowledged."
                                ),
                            },
                            {
                                "kk": (
                                    "Келіссөз жүргізуші әңгімені этникалық арнадан су "
                                    "туралы нақты мәселеге бұрды."
                                ),
                                "ru": (
                                    "Переговорщик перевёл разговор из этнической плоскости "
                                    "в конкретный вопрос о воде."
                                ),
                                "en": (
                                    "The negotiator moved the talk away from ethnicity to "
                                    "the concrete issue of water."
                                ),
                            },
                            {
                                "kk": (
                                    "Келіссөз жүргізуші тек ұстанымдарды емес, мүдделер мен "
                                    "қорқыныштарды да сұрады."
                                ),
                                "ru": (
                                    "Переговорщик спрашивал не только о позициях, но и об "
                                    "интересах и страхах."
                                ),
                                "en": (
                                    "The negotiator asked about interests and fears, not "
                                    "only positions."
                                ),
                            },
                            {
                                "kk": (
                                    "Ақсақалға әңгімені билеп алуға емес, сындарлы рөл "
                                    "атқаруға мүмкіндік берілді."
                                ),
                                "ru": (
                                    "Аксакалу дали конструктивную роль и не позволили "
                                    "ему завладеть разговором."
                                ),
                                "en": (
                                    "The elder was given a constructive role rather than "
                                    "being left to dominate the conversation."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу нақты шағын қадамдармен және келесі байланыс "
                                    "күнімен аяқталды."
                                ),
                                "ru": (
                                    "Встреча закончилась конкретными небольшими шагами и "
                                    "датой следующего контакта."
                                ),
                                "en": (
                                    "The meeting ended with concrete small steps and a date "
                                    "for the next contact."
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
                                "Өзіңізге таныс бір жергілікті шиеленісті таңдаңыз. Қағазға "
                                "жылдам карта сызыңыз: тараптар, олардың қарым-қатынасы, әр "
                                "тараптың бір қорқынышы. Картадан бұрын байқамаған нені "
                                "көрдіңіз және кім байланыстырушы бола алады?"
                            ),
                            "ru": (
                                "Выберите знакомую вам местную напряжённую ситуацию. Быстро "
                                "нарисуйте на бумаге карту: стороны, отношения между ними, "
                                "по одному страху каждой стороны. Что вы увидели на карте "
                                "такого, чего не замечали раньше, и кто мог бы стать "
                                "связующим?"
                            ),
                            "en": (
                                "Choose a local tension you know. Draw a quick map on paper: "
                                "the parties, the relations between them, one fear of each "
                                "party. What did the map show you that you had not noticed "
                                "before, and who could be a connector?"
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
                                    "kk": "Ушығу (эскалация)",
                                    "ru": "Эскалация",
                                    "en": "Escalation",
                                },
                                "definition": {
                                    "kk": (
                                        "Конфликтінің күшеюі: мәселелер мен қатысушылар "
                                        "көбейеді, тәсілдер қатаяды, сөйлесу тоқтайды."
                                    ),
                                    "ru": (
                                        "Нарастание конфликта: вопросов и участников "
                                        "становится больше, средства ужесточаются, "
                                        "разговор прекращается."
                                    ),
                                    "en": (
                                        "The intensification of a conflict: issues and "
                                        "participants multiply, the means harden, talking "
                                        "stops."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бәсеңдету (деэскалация)",
                                    "ru": "Деэскалация",
                                    "en": "De-escalation",
                                },
                                "definition": {
                                    "kk": (
                                        "Шиеленісті төмендетіп, конфликтіні сөйлесуге "
                                        "болатын деңгейге қайтаратын әрекеттер."
                                    ),
                                    "ru": (
                                        "Действия, которые снижают напряжение и "
                                        "возвращают конфликт на уровень, где возможен "
                                        "разговор."
                                    ),
                                    "en": (
                                        "Actions that lower tension and bring a conflict "
                                        "back to a level where talking is possible."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Конфликт картасы",
                                    "ru": "Карта конфликта",
                                    "en": "Conflict map",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптарды, олардың қарым-қатынасын, мәселелерді, "
                                        "мүдделерді, қажеттіліктерді, қорқыныштар мен "
                                        "күшті бір парақта көрсететін жұмыс сызбасы."
                                    ),
                                    "ru": (
                                        "Рабочая схема на одном листе, показывающая "
                                        "стороны, их отношения, предмет спора, интересы, "
                                        "потребности, страхи и силу."
                                    ),
                                    "en": (
                                        "A working diagram on one sheet that shows the "
                                        "parties, their relations, the issues, interests, "
                                        "needs, fears and power."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Актор картасы",
                                    "ru": "Карта акторов",
                                    "en": "Actor map",
                                },
                                "definition": {
                                    "kk": (
                                        "Конфликтідегі негізгі тұлғаларды, олардың "
                                        "байланыстары мен ықпалын көрсететін картаның "
                                        "бөлігі."
                                    ),
                                    "ru": (
                                        "Часть карты, показывающая ключевых людей в "
                                        "конфликте, их связи и влияние."
                                    ),
                                    "en": (
                                        "The part of the map that shows the key people in "
                                        "a conflict, their links and their influence."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Байланыстырушы",
                                    "ru": "Связующий",
                                    "en": "Connector",
                                },
                                "definition": {
                                    "kk": (
                                        "Екі тарап та сенетін және олардың арасында көпір "
                                        "бола алатын адам."
                                    ),
                                    "ru": (
                                        "Человек, которому доверяют обе стороны и который "
                                        "может стать мостом между ними."
                                    ),
                                    "en": (
                                        "A person trusted by both sides who can act as a "
                                        "bridge between them."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бүлдіруші",
                                    "ru": "Спойлер",
                                    "en": "Spoiler",
                                },
                                "definition": {
                                    "kk": (
                                        "Конфликтінің жалғасуынан пайда көретін және "
                                        "келісімге кедергі келтіруі мүмкін адам не топ."
                                    ),
                                    "ru": (
                                        "Человек или группа, которым выгодно продолжение "
                                        "конфликта и которые могут помешать соглашению."
                                    ),
                                    "en": (
                                        "A person or group that gains from the conflict "
                                        "going on and may block an agreement."
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
