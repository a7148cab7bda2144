"""Module 3 of the negotiator-ethnomediator course: interethnic relations and early warning."""

MODULE = {
    "slug": "interethnic-relations",
    "title": {
        "kk": "Этносаралық қатынастар: Қазақстан контексі, стереотиптер, ерте ескерту",
        "ru": "Межэтнические отношения: казахстанский контекст, стереотипы, раннее предупреждение",
        "en": "Interethnic relations: the Kazakhstan context, stereotypes, early warning",
    },
    "summary": {
        "kk": (
            "Көпэтносты Қазақстан мен Ассамблея желісі қалай жұмыс істейді, тұрмыстық дау қалай "
            "этностық реңкке ие болады, стереотиптерді, қауесетті және шиеленістің ерте "
            "белгілерін қалай танып, оларға қалай әрекет ету керек."
        ),
        "ru": (
            "Как устроены многонациональный Казахстан и сеть Ассамблеи, как бытовой спор "
            "приобретает этническую окраску и как распознавать стереотипы, слухи и ранние "
            "признаки напряжённости и реагировать на них."
        ),
        "en": (
            "How multiethnic Kazakhstan and the Assembly's network work, how an everyday dispute "
            "acquires an ethnic colouring, and how to recognise and respond to stereotypes, "
            "rumours and early signs of tension."
        ),
    },
    "academic_hours": 8,
    "learning_outcomes": [
        {
            "kk": (
                "Қазақстанды көпэтносты қоғам ретінде сипаттап, қоғамдық келісімді сақтаудағы "
                "Ассамблеяның, этномәдени бірлестіктердің және Достық үйлерінің рөлін түсіндіру."
            ),
            "ru": (
                "Описывать Казахстан как многонациональное общество и объяснять роль Ассамблеи, "
                "этнокультурных объединений и Домов дружбы в сохранении общественного согласия."
            ),
            "en": (
                "Describe Kazakhstan as a multiethnic society and explain the role of the "
                "Assembly, ethnocultural associations and Houses of Friendship in maintaining "
                "public accord."
            ),
        },
        {
            "kk": (
                "Тұрмыстық даудың этностық реңкке қалай ие болатынын түсіндіріп, оны нақты мәніне "
                "қайтару."
            ),
            "ru": (
                "Объяснять, как бытовой спор приобретает этническую окраску, и возвращать его к "
                "конкретному предмету."
            ),
            "en": (
                "Explain how an everyday dispute acquires an ethnic colouring and bring it back "
                "to its concrete subject."
            ),
        },
        {
            "kk": (
                "Стереотиптерді, қауесетті және шиеленістің ерте белгілерін танып, алғашқы "
                "қадамдарды жасау."
            ),
            "ru": (
                "Распознавать стереотипы, слухи и ранние признаки напряжённости и делать первые "
                "шаги в ответ."
            ),
            "en": (
                "Recognise stereotypes, rumours and early-warning signs of tension and take the "
                "first steps in response."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "kazakhstan-context",
            "title": {
                "kk": "Көпэтносты Қазақстан: келісім институттары және тұрмыстық даулар",
                "ru": "Многонациональный Казахстан: институты согласия и бытовые споры",
                "en": "Multiethnic Kazakhstan: institutions of accord and everyday disputes",
            },
            "summary": {
                "kk": (
                    "Қазақстанның әралуандығы медиация үшін неге маңызды, Ассамблея мен оның "
                    "желісі қоғамдық келісімді қалай қолдайды және тұрмыстық дау қалай этностық "
                    "реңкке ие болады."
                ),
                "ru": (
                    "Почему многообразие Казахстана важно для медиации, как Ассамблея и её сеть "
                    "поддерживают общественное согласие и как бытовой спор приобретает этническую "
                    "окраску."
                ),
                "en": (
                    "Why Kazakhstan's diversity matters for mediation, how the Assembly and its "
                    "network support public accord, and how an everyday dispute acquires an "
                    "ethnic colouring."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Қоғамдық келісімді сақтаудағы Ассамблеяның, этномәдени бірлестіктердің "
                        "және Достық үйлерінің рөлін сипаттау."
                    ),
                    "ru": (
                        "Описывать роль Ассамблеи, этнокультурных объединений и Домов дружбы в "
                        "сохранении общественного согласия."
                    ),
                    "en": (
                        "Describe the role of the Assembly, ethnocultural associations and Houses "
                        "of Friendship in maintaining public accord."
                    ),
                },
                {
                    "kk": (
                        "Жер, су, жастар төбелесі немесе базар туралы даудың этностық реңкке "
                        "қалай ие болатынын түсіндіріп, оны нақты мәніне қайтаратын қадамдарды "
                        "атау."
                    ),
                    "ru": (
                        "Объяснять, как спор о земле, воде, драка молодёжи или конфликт на рынке "
                        "приобретают этническую окраску, и называть шаги, возвращающие спор к его "
                        "конкретному предмету."
                    ),
                    "en": (
                        "Explain how a dispute over land or water, a fight among youths or a "
                        "market quarrel can acquire an ethnic colouring, and name the steps that "
                        "bring it back to its concrete subject."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Көп халықтың елі</h3><p>Қазақстанда көптеген этностың өкілдері "
                            "тұрады: ресми дереккөздер жүзден астам этнос туралы айтады. Ең ірі "
                            "этнос — қазақтар; олармен қатар орыстар, өзбектер, украиндар, "
                            "ұйғырлар, татарлар, немістер, корейлер, әзербайжандар, түріктер және "
                            "басқа да көптеген халықтар өмір сүреді. Бұл әралуандықтың бірнеше "
                            "тарихи қабаты бар: далада және оазистерде ғасырлар бойы тұрған "
                            "халықтар, XIX–XX ғасырлардағы қоныс аударулар, 1930–1940 жылдары "
                            "тұтас халықтардың жер аударылуы, соғыс жылдарындағы эвакуация және "
                            "тың игеру. Көп отбасы үшін ата-бабасының Қазақстанға қалай келгені "
                            "және жергілікті халықтың оларды қалай қабылдағаны туралы естелік — "
                            "өз болмысының бір бөлігі.</p><p>Этномедиатор үшін бұл тарих — жай "
                            "ғана академиялық тақырып емес. Ол бір сөздің, көше атауының немесе "
                            "мерекенің әр көршіге неге әртүрлі мағына беретінін, кейбір топтардың "
                            "жер, тіл немесе өкілдік мәселелеріне неге ерекше сезімтал екенін "
                            "түсіндіреді. Сандар әр санақ сайын өзгереді, сондықтан цифр қажет "
                            "болса, оны жадыңыздан немесе әлеуметтік желіден емес, соңғы ресми "
                            "санақ деректерінен алыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Страна многих народов</h3><p>В Казахстане живут представители "
                            "множества этносов: официальные источники говорят о более чем ста "
                            "этнических группах. Самая большая группа — казахи; рядом с ними "
                            "живут русские, узбеки, украинцы, уйгуры, татары, немцы, корейцы, "
                            "азербайджанцы, турки и многие другие народы. У этого многообразия "
                            "несколько исторических слоёв: народы, веками жившие в степи и "
                            "оазисах, переселения XIX–XX веков, депортации целых народов в "
                            "1930–1940-е годы, эвакуация военных лет и освоение целины. Для "
                            "многих семей память о том, как их предки оказались в Казахстане и "
                            "как их приняли местные жители, — часть их идентичности.</p><p>Для "
                            "этномедиатора эта история — не академическая тема. Она объясняет, "
                            "почему одно и то же слово, название улицы или праздник значат разное "
                            "для разных соседей и почему некоторые группы особенно чувствительны "
                            "к вопросам земли, языка или представительства. Цифры меняются от "
                            "переписи к переписи, поэтому, если нужны данные, берите их из "
                            "последней официальной переписи, а не по памяти и не из социальных "
                            "сетей.</p>"
                        ),
                        "en": (
                            "<h3>A country of many peoples</h3><p>Kazakhstan is home to people of "
                            "many ethnic origins: official sources speak of more than a hundred "
                            "ethnic groups. Kazakhs are the largest group; alongside them live "
                            "Russians, Uzbeks, Ukrainians, Uyghurs, Tatars, Germans, Koreans, "
                            "Azerbaijanis, Turks and many other peoples. This diversity has "
                            "several historical layers: peoples who have lived in the steppe and "
                            "the oases for centuries, the resettlements of the nineteenth and "
                            "twentieth centuries, the deportation of whole peoples in the 1930s "
                            "and 1940s, wartime evacuation and the Virgin Lands campaign. For "
                            "many families, the memory of how their ancestors came to Kazakhstan "
                            "and how local people received them is part of who they "
                            "are.</p><p>For an ethnomediator this history is not an academic "
                            "subject. It explains why the same word, street name or holiday means "
                            "different things to different neighbours, and why some groups are "
                            "especially sensitive about land, language or representation. Numbers "
                            "change from one census to the next, so when you need figures, take "
                            "them from the latest official census, not from memory or social "
                            "media.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қазақстан халқы Ассамблеясы және келісім "
                            "инфрақұрылымы</h3><p>Қазақстан халқы Ассамблеясы 1995 жылы "
                            "этномәдени бірлестіктерді біріктіру және этностарға қоғамдық өмірде "
                            "өз үнін жеткізу мүмкіндігін беру үшін құрылды. Оның негізгі идеялары "
                            "— <strong>әралуандықтағы бірлік</strong> және <strong>қоғамдық "
                            "келісім</strong>: шыққан тегіне қарамастан әрбір азамат бір "
                            "азаматтық қауымдастықтың тең мүшесі, ал әр этнос өз тілін, "
                            "мәдениетін және салт-дәстүрін сақтап, дамыта алады. Келіссөз "
                            "жүргізуші-этномедиатор үшін бұдан бір практикалық қағида шығады: сіз "
                            "бір топтың мүддесіне емес, адамдар арасындағы келісімге қызмет "
                            "етесіз.</p><ul><li><strong>Этномәдени бірлестіктер</strong> — ерікті "
                            "қоғамдық ұйымдар. Олар тіл курстары мен ансамбльдерді ұйымдастырады, "
                            "мерекелерді атап өтеді, мүшелеріне қолдау көрсетеді. Адамдар өздерін "
                            "қорланған немесе әділетсіздікке ұшыраған деп сезінсе, бұл туралы "
                            "көбіне алдымен бірлестік жетекшілері естиді.</li><li><strong>Достық "
                            "үйлері</strong> көптеген өңірде бірлестіктерге, іс-шаралар мен "
                            "курстарға орын береді және кездесулер үшін табиғи бейтарап алаң бола "
                            "алады.</li><li><strong>Ассамблея құрылымдары</strong> — медиация "
                            "кеңестері, медиация кабинеттері, ақсақалдар кеңестері мен аналар "
                            "кеңестері — Ассамблеяны аудандармен және ауылдармен "
                            "байланыстырады.</li></ul><p><strong>Тіл.</strong> Конституция қазақ "
                            "тілін мемлекеттік тіл деп белгілейді; мемлекеттік ұйымдарда және "
                            "жергілікті өзін-өзі басқару органдарында орыс тілі қазақ тілімен тең "
                            "ресми қолданылады. Орыс тілі ұзақ уақыт бойы түрлі топтар арасындағы "
                            "ортақ тіл қызметін атқарып келеді, ал мемлекеттік саясат барлық "
                            "азаматтарды біріктіретін тіл ретінде қазақ тілін меңгеруге "
                            "ынталандырады. Көп отбасы үйде өзбек, ұйғыр, корей, неміс, татар "
                            "және басқа тілдерде сөйлейді. Тәжірибеде тараптардан қай тілде "
                            "сөйлескісі келетінін сұраңыз, сол тілде жұмыс істеңіз немесе сол "
                            "тілді білетін серіктес медиаторды шақырыңыз. Адамның тіл таңдауын "
                            "ешқашан адалдықтың жоқтығы деп қабылдамаңыз және акцентке "
                            "күлмеңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Ассамблея народа Казахстана и инфраструктура "
                            "согласия</h3><p>Ассамблея народа Казахстана была создана в 1995 "
                            "году, чтобы объединить этнокультурные объединения и дать этносам "
                            "голос в общественной жизни. Её ведущие идеи — <strong>единство в "
                            "многообразии</strong> и <strong>общественное согласие</strong>: "
                            "каждый гражданин, независимо от происхождения, — равноправный член "
                            "одного гражданского сообщества, а каждый этнос может сохранять и "
                            "развивать свой язык, культуру и традиции. Для "
                            "переговорщика-этномедиатора отсюда следует одно практическое "
                            "правило: вы служите согласию между людьми, а не интересам какой-то "
                            "одной группы.</p><ul><li><strong>Этнокультурные объединения</strong> "
                            "— добровольные общественные организации. Они ведут языковые курсы и "
                            "ансамбли, отмечают праздники, поддерживают своих членов. Когда люди "
                            "чувствуют себя оскорблёнными или несправедливо обиженными, об этом "
                            "часто первыми узнают руководители объединений.</li><li><strong>Дома "
                            "дружбы</strong> во многих регионах дают место объединениям, "
                            "мероприятиям и курсам и могут служить естественной нейтральной "
                            "площадкой для встреч.</li><li><strong>Структуры Ассамблеи</strong> — "
                            "советы по медиации, кабинеты медиации, советы аксакалов и советы "
                            "матерей — связывают Ассамблею с районами и "
                            "сёлами.</li></ul><p><strong>Язык.</strong> Конституция закрепляет "
                            "казахский язык как государственный; в государственных организациях и "
                            "органах местного самоуправления наравне с казахским официально "
                            "употребляется русский язык. Русский язык давно служит общим языком "
                            "между разными группами, а государственная политика побуждает всех "
                            "граждан овладевать казахским как языком, объединяющим народ. Дома "
                            "многие семьи говорят на узбекском, уйгурском, корейском, немецком, "
                            "татарском и других языках. На практике спросите стороны, на каком "
                            "языке им удобнее говорить, работайте на нём или пригласите второго "
                            "медиатора, владеющего этим языком. Никогда не воспринимайте выбор "
                            "языка как нелояльность и не шутите над акцентом.</p>"
                        ),
                        "en": (
                            "<h3>The Assembly of People of Kazakhstan and the infrastructure of "
                            "accord</h3><p>The Assembly of People of Kazakhstan was founded in "
                            "1995 to bring ethnocultural associations together and give ethnic "
                            "groups a voice in public life. Its guiding ideas are <strong>unity "
                            "in diversity</strong> and <strong>public accord</strong>: every "
                            "citizen, whatever their origin, is an equal member of one civic "
                            "community, and every ethnic group may keep and develop its language, "
                            "culture and traditions. For a negotiator-ethnomediator this leads to "
                            "one practical rule: you serve accord between people, not the "
                            "interests of any one group.</p><ul><li><strong>Ethnocultural "
                            "associations</strong> are voluntary public organisations. They run "
                            "language classes and ensembles, mark holidays and support their "
                            "members. When people feel insulted or unfairly treated, association "
                            "leaders are often the first to hear about it.</li><li><strong>Houses "
                            "of Friendship</strong> in many regions give space to associations, "
                            "events and courses, and can serve as a natural neutral venue for "
                            "meetings.</li><li><strong>The Assembly's structures</strong>, such "
                            "as mediation councils, mediation offices, aksakal councils and "
                            "councils of mothers, link the Assembly with districts and "
                            "villages.</li></ul><p><strong>Language.</strong> The Constitution "
                            "establishes Kazakh as the state language; in state organisations and "
                            "local self-government bodies Russian is officially used on a par "
                            "with Kazakh. Russian has long served as a common language between "
                            "groups, and state policy encourages all citizens to master Kazakh as "
                            "the language that unites them. At home many families speak Uzbek, "
                            "Uyghur, Korean, German, Tatar and other languages. In practice, ask "
                            "the parties which language they prefer, work in it or bring in a "
                            "co-mediator who speaks it. Never treat a person's choice of language "
                            "as disloyalty, and never make fun of an accent.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Тұрмыстық дау қалай этностық реңкке ие болады</h3><p>Кейін "
                            "«ұлтаралық» деп аталатын қақтығыстардың көбі көршілер, фермерлер, "
                            "саудагерлер немесе жастар арасындағы қарапайым даудан басталады. "
                            "Этнос сирек себеп болады; көбіне ол болған оқиғаны түсіндірудің "
                            "<em>дайын үлгісіне</em> айналады: оның көмегімен өкпені ақтайды және "
                            "жақтастар жинайды. Мысалы:</p><ul><li><strong>Жер және "
                            "жайылым</strong>: бір фермердің малы көршісінің егінін таптап "
                            "кетеді; ауыл маңындағы жайылым басқа этнос өкілінің шаруашылығына "
                            "жалға беріледі.</li><li><strong>Су</strong>: оңтүстік өңірлерде "
                            "ортақ арықтағы су кезегі; жоғары жақтағы ауылды өз үлесінен көп су "
                            "алады деп айыптайды.</li><li><strong>Жастар төбелесі</strong>: тойда "
                            "немесе кафеде екі жігіт ұрсысып қалады, достары араласады, ал "
                            "ертесіне мессенджерлерде «біздікілерді соларлар ұрыпты» деген хабар "
                            "тарайды.</li><li><strong>Базар</strong>: сауда орны, баға немесе "
                            "саудагерлер арасындағы қарыз туралы дау.</li></ul><p>Даудың бағыты "
                            "өзгеріп жатқанын мына белгілерден байқауға болады: адамдар есімдерді "
                            "айтуды қойып, «олар», «анау халық» дей бастайды; біреу ескі "
                            "өкпелерді еске алады; басқа ауылдардан туыстар келеді; желіде «барып "
                            "жөнге салайық» деген шақырулар пайда болады. Механизм әрдайым дерлік "
                            "бірдей: жеке дау, одан кейін топқа жалпылау, одан кейін "
                            "жұмылдыру.</p><ol><li>Дауды нақты мәніне қайтарыңыз: кім, не, қашан, "
                            "қандай зиян келді.</li><li>Қатысушыларды олардың қауымдастықтарынан "
                            "ажыратыңыз: «қазақтар мен өзбектер төбелесті» емес, «Айбек пен "
                            "Рустам төбелесті».</li><li>Екі жақтың да беделді адамдарын — "
                            "ақсақалдарды, бірлестік жетекшілерін, дін қызметкерлерін — ерте "
                            "тартыңыз, бірақ адвокат ретінде емес, сабырға шақыратын үн "
                            "ретінде.</li><li>Құқықтық тетіктердің (полиция, әкімдік, сот) әділ "
                            "әрі көзге көрінетіндей жұмыс істеуіне көз жеткізіңіз, сонда адамдар "
                            "әділдікті өз қолымен орнатуға ұмтылмайды.</li><li>Көпшілік алдында "
                            "тек тексерілген фактілерді айтыңыз.</li></ol><p><strong>Жиі "
                            "кездесетін қателіктер.</strong> Біріншісі — этностық қырын мүлде "
                            "жоққа шығару («бізде ұлтаралық мәселе жоқ»): адамдар сезімдерін "
                            "елемейді деп ойлап, ашуы күшейе түседі. Екіншісі — керісінше, әр "
                            "дауды ұлтаралық деп санап, бірлестік жетекшілерін тараптардың "
                            "«өкілдері» ретінде шақыру: осылай көршілер дауы екі топтың дауына "
                            "айналады.</p>"
                        ),
                        "ru": (
                            "<h3>Как бытовой спор приобретает этническую "
                            "окраску</h3><p>Большинство конфликтов, которые потом называют "
                            "«межнациональными», начинаются как обычный спор соседей, фермеров, "
                            "торговцев или молодёжи. Этничность редко бывает причиной; чаще она "
                            "становится <em>готовой схемой объяснения</em>: с её помощью "
                            "объясняют случившееся, оправдывают обиду и собирают сторонников. "
                            "Например:</p><ul><li><strong>Земля и пастбища</strong>: скот одного "
                            "фермера потравил посевы соседа; пастбище возле села сдали в аренду "
                            "хозяйству, владелец которого принадлежит к другому "
                            "этносу.</li><li><strong>Вода</strong>: в южных регионах — "
                            "очерёдность полива из общего арыка; село выше по течению обвиняют в "
                            "том, что оно забирает больше своей доли.</li><li><strong>Драка "
                            "молодёжи</strong>: на свадьбе или в кафе повздорили двое парней, "
                            "вмешались друзья, а наутро в мессенджерах расходится: «наших избили "
                            "ихние».</li><li><strong>Рынок</strong>: спор о торговом месте, ценах "
                            "или долге между торговцами.</li></ul><p>То, что спор меняет "
                            "направление, видно по признакам: люди перестают называть имена и "
                            "говорят «они», «этот народ»; кто-то вспоминает старые обиды; "
                            "приезжает родня из других сёл; в сети появляются призывы «поехать "
                            "разобраться». Механизм почти всегда один: личный спор, затем "
                            "обобщение на группу, затем мобилизация.</p><ol><li>Верните спор к "
                            "его конкретному предмету: кто, что, когда, какой "
                            "ущерб.</li><li>Отделите участников от их общин: не «казахи подрались "
                            "с узбеками», а «Айбек и Рустам подрались».</li><li>Рано подключите "
                            "уважаемых людей с обеих сторон — аксакалов, руководителей "
                            "объединений, священнослужителей — не как адвокатов, а как голоса, "
                            "призывающие к спокойствию.</li><li>Убедитесь, что правовые механизмы "
                            "(полиция, акимат, суд) работают справедливо и заметно, тогда людям "
                            "не придётся искать справедливости самим.</li><li>Публично говорите "
                            "только проверенные факты.</li></ol><p><strong>Типичные "
                            "ошибки.</strong> Первая — полностью отрицать этническое измерение "
                            "(«у нас межнациональных проблем нет»): люди чувствуют, что их "
                            "переживания игнорируют, и злятся сильнее. Вторая — наоборот, считать "
                            "любой спор межнациональным и приглашать руководителей объединений "
                            "как «представителей» сторон: так конфликт соседей превращается в "
                            "конфликт двух групп.</p>"
                        ),
                        "en": (
                            "<h3>How an everyday dispute acquires an ethnic colouring</h3><p>Most "
                            "conflicts that are later called “interethnic” begin as an ordinary "
                            "dispute between neighbours, farmers, traders or young people. "
                            "Ethnicity is rarely the cause; more often it becomes a "
                            "<em>ready-made explanation</em>, used to account for what happened, "
                            "justify a grievance and gather supporters. For "
                            "example:</p><ul><li><strong>Land and pasture</strong>: one farmer's "
                            "cattle trample a neighbour's crops; a pasture near the village is "
                            "leased to a farm whose owner belongs to another ethnic "
                            "group.</li><li><strong>Water</strong>: in the southern regions, the "
                            "order of irrigation from a shared canal; the village upstream is "
                            "accused of taking more than its share.</li><li><strong>A fight among "
                            "youths</strong>: two young men quarrel at a wedding or a café, "
                            "friends join in, and the next morning the messengers say “theirs "
                            "beat up ours”.</li><li><strong>The market</strong>: a dispute over a "
                            "trading place, prices or a debt between traders.</li></ul><p>You can "
                            "see the dispute changing direction: people stop using names and say "
                            "“they”, “those people”; someone brings up old grievances; relatives "
                            "arrive from other villages; calls to “go and sort them out” appear "
                            "online. The mechanism is almost always the same: a personal dispute, "
                            "then generalisation to the group, then "
                            "mobilisation.</p><ol><li>Bring the dispute back to its concrete "
                            "subject: who, what, when, what damage.</li><li>Separate the "
                            "participants from their communities: not “Kazakhs fought Uzbeks” but "
                            "“Aibek and Rustam had a fight”.</li><li>Involve respected people "
                            "from both sides early (aksakals, association leaders, clergy), not "
                            "as advocates but as voices of calm.</li><li>Make sure the legal "
                            "mechanisms (police, akimat, court) work fairly and visibly, so that "
                            "people do not feel they must take justice into their own "
                            "hands.</li><li>In public, state only verified "
                            "facts.</li></ol><p><strong>Common mistakes.</strong> The first is to "
                            "deny any ethnic dimension (“we have no interethnic problems here”): "
                            "people feel their concerns are being ignored and grow angrier. The "
                            "second is the opposite: treating every dispute as interethnic and "
                            "inviting association leaders as “representatives” of the sides, "
                            "which turns a quarrel between neighbours into a conflict between two "
                            "groups.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Түркістан облысындағы ауылдағы су кезегі",
                            "ru": "Очерёдность полива в селе Туркестанской области",
                            "en": "The water turn in a village in Turkistan region",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Түркістан облысындағы бір "
                                "ауылда фермерлер ортақ суару арығын пайдаланады. Су кезегін "
                                "ауылдық округ белгілейді, әр шаруашылықтың өз кезегі бар. Құрғақ "
                                "шілдеде арықтың төменгі жағында жері бар қазақ фермері Ерлан өз "
                                "кезегінде арықпен су әрең келетінін байқайды. Ол жоғары жақтағы "
                                "өзбек фермері Бахтиёр су қақпасын кезексіз ашып жүр деп "
                                "ойлайды.</p><p>Екеуі арық басында ұрсысып қалады. Сол күні кешке "
                                "олардың шамамен 19 жастағы ұлдары ауыл дүкенінің жанында "
                                "кездеседі; сөз төбелеске ұласып, Бахтиёрдің ұлының беті "
                                "жарақаттанады. Таңертең облыстық мессенджер тобында «Біздің "
                                "балаларға не істеп жатқанын қараңдар» деген жазуы бар төбелес "
                                "видеосы тарайды, ал біреу көрші ауылдан адамдар «сенбіде келеді» "
                                "деп жазады. Сізге жергілікті өзбек этномәдени бірлестігінің "
                                "жетекшісі де, ақсақалдар кеңесінің төрағасы да қоңырау "
                                "шалады.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманный пример. В одном селе Туркестанской области "
                                "фермеры пользуются общим оросительным арыком. График полива "
                                "устанавливает сельский округ, у каждого хозяйства своя очередь. "
                                "Засушливым июлем Ерлан, фермер-казах, чей участок находится ниже "
                                "по арыку, замечает, что в его очередь вода едва доходит. Он "
                                "считает, что Бахтиёр, фермер-узбек выше по течению, открывает "
                                "свой шлюз вне очереди.</p><p>Мужчины ругаются у арыка. Вечером "
                                "их сыновья, обоим около 19 лет, встречаются у сельского "
                                "магазина; слово за слово — и начинается драка, у сына Бахтиёра "
                                "рассечено лицо. К утру в областной группе в мессенджере "
                                "расходится видео драки с подписью «Смотрите, что делают с нашими "
                                "ребятами», а кто-то пишет, что люди из соседнего села «приедут в "
                                "субботу». Вам звонят и руководитель местного узбекского "
                                "этнокультурного объединения, и председатель совета аксакалов.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Turkistan "
                                "region, farmers share an irrigation canal. The rural district "
                                "sets the watering schedule, and each household has its turn. In "
                                "a dry July, Erlan, a Kazakh farmer whose plot lies downstream, "
                                "notices that during his turn the water barely reaches him. He "
                                "believes that Bakhtiyor, an Uzbek farmer upstream, has been "
                                "opening his sluice out of turn.</p><p>The two men quarrel at the "
                                "canal. That evening their sons, both about 19, meet near the "
                                "village shop; words turn into a fight, and Bakhtiyor's son gets "
                                "a cut on his face. By morning a video of the fight is "
                                "circulating in a regional messenger group with the caption “Look "
                                "what they are doing to our boys”, and someone writes that people "
                                "from a neighbouring village “will come on Saturday”. Both the "
                                "leader of the local Uzbek ethnocultural association and the "
                                "chairman of the aksakal council call you.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Даудың бастапқы мәні не және ол қай сәттерден бастап "
                                    "этностық реңкке ие бола бастады?"
                                ),
                                "ru": (
                                    "Каков исходный предмет спора и в какие моменты он начал "
                                    "приобретать этническую окраску?"
                                ),
                                "en": (
                                    "What is the original subject of the dispute, and at which "
                                    "moments did it begin to acquire an ethnic colouring?"
                                ),
                            },
                            {
                                "kk": (
                                    "Алдымен кімге және қандай ретпен хабарласар едіңіз: "
                                    "отбасыларға, полицияға, әкімдікке, бірлестік жетекшісіне, "
                                    "ақсақалдар кеңесіне? Неліктен?"
                                ),
                                "ru": (
                                    "С кем вы свяжетесь в первую очередь и в каком порядке: с "
                                    "семьями, полицией, акиматом, руководителем объединения, "
                                    "советом аксакалов? Почему?"
                                ),
                                "en": (
                                    "Whom would you contact first, and in what order: the "
                                    "families, the police, the akimat, the association leader, "
                                    "the aksakal council? Why?"
                                ),
                            },
                            {
                                "kk": (
                                    "Мессенджер тобындағы хабарламамен оны одан әрі таратпай "
                                    "қалай жұмыс істер едіңіз?"
                                ),
                                "ru": (
                                    "Как вы поработаете с сообщением в группе мессенджера, не "
                                    "распространяя его дальше?"
                                ),
                                "en": (
                                    "How would you deal with the post in the messenger group "
                                    "without spreading it further?"
                                ),
                            },
                            {
                                "kk": (
                                    "Су туралы қандай практикалық уағдаластық қақтығыстың себебін "
                                    "жоя алады?"
                                ),
                                "ru": (
                                    "Какая практическая договорённость о воде может устранить "
                                    "причину конфликта?"
                                ),
                                "en": (
                                    "What practical arrangement about the water could remove the "
                                    "cause of the conflict?"
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
                                "Қалаңызда, ауылыңызда немесе жұмыс орныңызда адамдар «біз» және "
                                "«олар» деп сипаттай бастаған бір дауды еске түсіріңіз. Оның "
                                "бастапқы мәні не еді? Қандай сөздер, адамдар немесе хабарламалар "
                                "оған этностық реңк берді және сол сәтте оны нақты мәселеге "
                                "қайтару үшін не істеуге болар еді?"
                            ),
                            "ru": (
                                "Вспомните спор в вашем городе, селе или на работе, который люди "
                                "начали описывать словами «мы» и «они». Каков был его исходный "
                                "предмет? Какие слова, люди или сообщения придали ему этническую "
                                "окраску и что можно было сделать в тот момент, чтобы вернуть его "
                                "к конкретному вопросу?"
                            ),
                            "en": (
                                "Recall a dispute in your town, village or workplace that people "
                                "began to describe in terms of “us” and “them”. What was its "
                                "original subject? Which words, people or messages gave it an "
                                "ethnic colouring, and what could have been done at that moment "
                                "to bring it back to the concrete issue?"
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
                                    "kk": "Әралуандықтағы бірлік",
                                    "ru": "Единство в многообразии",
                                    "en": "Unity in diversity",
                                },
                                "definition": {
                                    "kk": (
                                        "Түрлі этностан шыққан азаматтар бір азаматтық "
                                        "қауымдастықты құрайды, ал әр топ өз тілін, мәдениеті мен "
                                        "дәстүрін сақтайды деген идея."
                                    ),
                                    "ru": (
                                        "Идея о том, что граждане разного этнического "
                                        "происхождения составляют одно гражданское сообщество, а "
                                        "каждая группа сохраняет свой язык, культуру и традиции."
                                    ),
                                    "en": (
                                        "The idea that citizens of different ethnic origins form "
                                        "one civic community while each group keeps its language, "
                                        "culture and traditions."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Қоғамдық келісім",
                                    "ru": "Общественное согласие",
                                    "en": "Public accord",
                                },
                                "definition": {
                                    "kk": (
                                        "Топтар келіспеушіліктерін өшпенділік пен "
                                        "зорлық-зомбылықсыз, диалог пен заң арқылы шешетін "
                                        "қоғамдағы қарым-қатынас күйі."
                                    ),
                                    "ru": (
                                        "Состояние отношений в обществе, при котором группы "
                                        "разрешают разногласия через диалог и закон, без вражды и "
                                        "насилия."
                                    ),
                                    "en": (
                                        "A state of relations in society in which groups settle "
                                        "their differences through dialogue and the law, without "
                                        "hostility or violence."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Этномәдени бірлестік",
                                    "ru": "Этнокультурное объединение",
                                    "en": "Ethnocultural association",
                                },
                                "definition": {
                                    "kk": (
                                        "Белгілі бір этнос өкілдерін тілін, мәдениеті мен "
                                        "дәстүрін сақтау және дамыту үшін біріктіретін ерікті "
                                        "қоғамдық ұйым; Ассамблея желісінің бөлігі."
                                    ),
                                    "ru": (
                                        "Добровольная общественная организация, объединяющая "
                                        "представителей этноса для сохранения и развития языка, "
                                        "культуры и традиций; часть сети Ассамблеи."
                                    ),
                                    "en": (
                                        "A voluntary public organisation that brings together "
                                        "members of an ethnic group to preserve and develop their "
                                        "language, culture and traditions; part of the Assembly's "
                                        "network."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Достық үйі",
                                    "ru": "Дом дружбы",
                                    "en": "House of Friendship",
                                },
                                "definition": {
                                    "kk": (
                                        "Этномәдени бірлестіктер жұмыс істейтін және Ассамблея "
                                        "іс-шаралары өтетін қоғамдық ғимарат; көбіне диалог үшін "
                                        "бейтарап алаң."
                                    ),
                                    "ru": (
                                        "Общественное здание, где работают этнокультурные "
                                        "объединения и проходят мероприятия Ассамблеи; часто "
                                        "нейтральная площадка для диалога."
                                    ),
                                    "en": (
                                        "A public building where ethnocultural associations work "
                                        "and Assembly events take place; often a neutral venue "
                                        "for dialogue."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Даудың этностық реңкке ие болуы",
                                    "ru": "Этническая окраска спора",
                                    "en": "Ethnic colouring of a dispute",
                                },
                                "definition": {
                                    "kk": (
                                        "Жеке адамдар арасындағы тұрмыстық дауды этникалық топтар "
                                        "арасындағы қақтығыс ретінде қабылдап, сипаттай бастау "
                                        "үдерісі."
                                    ),
                                    "ru": (
                                        "Процесс, при котором бытовой спор между отдельными "
                                        "людьми начинают воспринимать и описывать как конфликт "
                                        "между этническими группами."
                                    ),
                                    "en": (
                                        "The process by which an everyday dispute between "
                                        "individuals comes to be seen and described as a conflict "
                                        "between ethnic groups."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "stereotypes-and-early-warning",
            "title": {
                "kk": "Стереотиптер, қауесет және ерте ескерту",
                "ru": "Стереотипы, слухи и раннее предупреждение",
                "en": "Stereotypes, rumours and early warning",
            },
            "summary": {
                "kk": (
                    "Стереотиптер мен қауесет жеке оқиғаны қалай топтық айыптауға айналдырады, "
                    "шиеленістің қандай ерте белгілеріне назар аудару керек және оларды "
                    "байқағанда алдымен не істеу қажет."
                ),
                "ru": (
                    "Как стереотипы и слухи превращают частный случай в обвинение целой группы, "
                    "на какие ранние признаки напряжённости обращать внимание и что делать в "
                    "первую очередь, заметив их."
                ),
                "en": (
                    "How stereotypes and rumours turn a private incident into an accusation "
                    "against a whole group, which early signs of tension to watch for, and what "
                    "to do first when you notice them."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Стереотипті, алдын ала теріс көзқарасты және кемсітушілікті ажыратып, "
                        "топтық белгілерді нақты фактілерге айналдырып қайта тұжырымдау."
                    ),
                    "ru": (
                        "Различать стереотипы, предубеждения и дискриминацию и переформулировать "
                        "групповые ярлыки в конкретные факты."
                    ),
                    "en": (
                        "Distinguish stereotypes, prejudice and discrimination, and reframe group "
                        "labels into concrete facts."
                    ),
                },
                {
                    "kk": (
                        "Шиеленістің ерте белгілерін, соның ішінде әлеуметтік желілердегі "
                        "қауесетті танып, қарапайым мониторинг журналын жүргізу."
                    ),
                    "ru": (
                        "Распознавать ранние признаки напряжённости, в том числе слухи в "
                        "социальных сетях, и вести простой журнал мониторинга."
                    ),
                    "en": (
                        "Recognise early-warning signs of tension, including rumours on social "
                        "media, and keep a simple monitoring log."
                    ),
                },
                {
                    "kk": (
                        "Шиеленіс пайда болғанда алғашқы қадамдарды жасау: фактілерді тексеру, "
                        "қауіпті бағалау, тиісті адамдарға хабарлау және қоғамдық кеңістікті "
                        "тыныштандыру."
                    ),
                    "ru": (
                        "Делать первые шаги при появлении напряжённости: проверить факты, оценить "
                        "риск, сообщить нужным людям и успокоить публичное пространство."
                    ),
                    "en": (
                        "Take the first steps when tension appears: check the facts, assess the "
                        "risk, inform the right people and calm the public space."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Стереотиптер, алдын ала теріс көзқарас және "
                            "кемсітушілік</h3><p><strong>Стереотип</strong> — белгілі бір топ "
                            "туралы жеңілдетілген, жалпыланған түсінік: «олардың бәрі саудагер», "
                            "«олар қызба», «олар әрдайым бір-бірін жақтайды». Стереотиптер ойлау "
                            "күшін үнемдейді және әрдайым теріс бола бермейді, бірақ нақты адамды "
                            "көлегейлеп тастайды. <strong>Алдын ала теріс көзқарас</strong> — "
                            "эмоциямен астасқан стереотип: адаммен танысқанға дейін қалыптасып "
                            "қойған теріс пиғыл. <strong>Кемсітушілік</strong> — іс-әрекетке "
                            "айналған теріс көзқарас: адамды шыққан тегіне байланысты жұмысқа "
                            "алмау, пәтер жалға бермеу, базардан орын бермеу немесе мекемеде оған "
                            "нашар қызмет көрсету.</p><p>Ең қауіпті қадам — <em>бір адамнан бүкіл "
                            "топқа жалпылау</em>. «Өзіміздің» біреу жаман іс істесе, біз оны "
                            "жағдаймен түсіндіреміз: оны арандатты, ол шаршап жүрді. «Олардың» "
                            "біреуі дәл солай істесе, біз оны топтың мінезімен түсіндіреміз. "
                            "Осылайша базардағы бір ұрлық «олардың бәрі ұры» деген пікірге, ал "
                            "бір төбелес «олар агрессивті» деген қорытындыға айналады. "
                            "Психологтар мұны топтық атрибуция қатесі деп атайды. Жеке оқиға дәл "
                            "осылай ұжымдық айыптауға айналады.</p><p>Этномедиатордың да "
                            "стереотиптері бар, олардан толық арылған адам жоқ. Маңыздысы — "
                            "оларды байқап, жұмысыңызға ықпал етуіне жол бермеу:</p><ul><li>Тарап "
                            "туралы алғашқы ойыңызды байқап, өзіңізден сұраңыз: бұл адам менің өз "
                            "тобымнан болса, мен дәл солай ойлар ма едім?</li><li>Адамдарды "
                            "атымен атаңыз және ұлтын емес, әрекетін сипаттаңыз: «орыс ақшаны "
                            "төлемеді» емес, «Сергей ақшаны қайтармады».</li><li>Кездесуде топтық "
                            "белгілерді елеусіз қалдырмаңыз, оларды сыпайы түрде қайта "
                            "тұжырымдаңыз: «Базарда олар бізді үнемі алдайды» деген сөзді «Сіз "
                            "бір саудагермен жағымсыз жағдайға тап болдыңыз; осы сатып алуда не "
                            "болғанын айтып беріңізші» деп өзгертуге болады.</li><li>Ұлттық "
                            "әзілдерден, тіпті достық ниеттегісінен де аулақ болыңыз және бір "
                            "топты екіншісіне қарсы қойып мақтамаңыз.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Стереотипы, предубеждения и "
                            "дискриминация</h3><p><strong>Стереотип</strong> — упрощённое, "
                            "обобщённое представление о группе: «они все торговцы», «они "
                            "вспыльчивые», «они всегда друг за друга». Стереотипы экономят усилия "
                            "мышления и не всегда бывают негативными, но заслоняют конкретного "
                            "человека. <strong>Предубеждение</strong> — стереотип, заряженный "
                            "эмоцией: негативное отношение, сложившееся заранее, ещё до "
                            "знакомства с человеком. <strong>Дискриминация</strong> — "
                            "предубеждение, превратившееся в действие: человеку из-за его "
                            "происхождения отказывают в работе, в аренде квартиры или в месте на "
                            "рынке либо хуже обслуживают в учреждении.</p><p>Самый опасный шаг — "
                            "<em>обобщение от одного человека на всю группу</em>. Когда плохо "
                            "поступает «наш», мы объясняем это обстоятельствами: его "
                            "спровоцировали, он устал. Когда так же поступает «один из них», мы "
                            "объясняем это характером группы. Так одна кража на базаре "
                            "превращается в «они все воруют», а одна драка — в «они агрессивные». "
                            "Психологи называют это групповой ошибкой атрибуции. Именно так "
                            "частный случай становится коллективным обвинением.</p><p>У "
                            "этномедиатора тоже есть стереотипы, полностью свободных от них людей "
                            "нет. Важно замечать их и не позволять им управлять вашей "
                            "работой:</p><ul><li>Поймайте свою первую мысль о стороне и спросите "
                            "себя: подумал бы я так же, если бы этот человек был из моей "
                            "группы?</li><li>Называйте людей по именам и описывайте поведение, а "
                            "не национальность: не «русский не заплатил», а «Сергей не вернул "
                            "деньги».</li><li>Не пропускайте групповые ярлыки на встрече, мягко "
                            "переформулируйте их: фразу «На рынке они нас вечно обманывают» можно "
                            "превратить в «У вас был неприятный случай с одним продавцом; "
                            "расскажите, что произошло с этой покупкой».</li><li>Избегайте "
                            "этнических шуток, даже дружеских, и не хвалите одну группу, "
                            "противопоставляя её другой.</li></ul>"
                        ),
                        "en": (
                            "<h3>Stereotypes, prejudice and discrimination</h3><p>A "
                            "<strong>stereotype</strong> is a simplified, generalised picture of "
                            "a group: “they are all traders”, “they are hot-tempered”, “they "
                            "always stick together”. Stereotypes save mental effort and are not "
                            "always negative, but they hide the real person. "
                            "<strong>Prejudice</strong> is a stereotype charged with emotion: a "
                            "negative attitude formed in advance, before we have even met the "
                            "person. <strong>Discrimination</strong> is prejudice turned into "
                            "action: because of their origin, a person is refused a job, a flat "
                            "to rent or a place at the market, or is served worse in an "
                            "office.</p><p>The most dangerous step is <em>generalising from one "
                            "person to a whole group</em>. When “one of ours” behaves badly, we "
                            "explain it by circumstances: he was provoked, he was tired. When "
                            "“one of them” does the same, we explain it by the character of the "
                            "group. So one theft at the bazaar becomes “they all steal”, and one "
                            "fight becomes “they are aggressive”. Psychologists call this a "
                            "group-level attribution error. This is exactly how a private "
                            "incident becomes a collective accusation.</p><p>An ethnomediator has "
                            "stereotypes too; nobody is completely free of them. What matters is "
                            "to notice them and not let them steer your work:</p><ul><li>Catch "
                            "your first thought about a party and ask yourself: would I think the "
                            "same if this person belonged to my own group?</li><li>Call people by "
                            "their names and describe behaviour, not ethnicity: not “the Russian "
                            "did not pay” but “Sergei did not return the money”.</li><li>Do not "
                            "let group labels pass unnoticed in a meeting; reframe them gently. "
                            "“They always cheat us at the market” can become “You had an "
                            "unpleasant experience with one trader; tell me what happened with "
                            "this purchase.”</li><li>Avoid ethnic jokes, even friendly ones, and "
                            "do not praise one group by contrasting it with another.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қауесет және әлеуметтік желілер</h3><p>Қауесет оқиға адамдар "
                            "үшін маңызды, ал фактілер түсініксіз болғанда ең жылдам тарайды. "
                            "Бүгін ол мессенджер топтары, қысқа видеолар және әлеуметтік "
                            "желілердегі жергілікті парақшалар арқылы таралады: бір сағат ішінде "
                            "хабар ауданның әр үйіне жетуі мүмкін. Қауіпті қауесеттің әдеттегі "
                            "белгілері:</p><ul><li>тексеруге болатын дереккөзі жоқ («немере "
                            "ағамның досы көріпті»);</li><li>күшті эмоция: қорқыныш, қорлану, "
                            "ашу;</li><li>басқа жерде, тіпті басқа елде түсірілген ескі видео "
                            "немесе фото «біздегі» жаңалық ретінде беріледі;</li><li>әрекетке "
                            "шақыру: «өшіріп тастамай тұрғанда таратыңдар», «бүгін кешке бәріміз "
                            "алаңға жиналайық»;</li><li>бір адамның ісі үшін бүкіл топ "
                            "кінәланады.</li></ul><p>Этномедиатор не істей алады: тексерілмеген "
                            "хабарламаларды, тіпті «ескерту үшін» болса да, ешкімге жібермеңіз; "
                            "дереккөзін, күнін және орнын тексеріңіз; полициядан немесе "
                            "әкімдіктен ресми ақпарат сұраңыз; қысқа әрі нақты ақпараттың сол "
                            "арналар арқылы және әр қауымдастық сенетін адамдар арқылы тез "
                            "таралуына көмектесіңіз. Қауесетті теріске шығарғанда жалған "
                            "мәлімдемені толық қайталамай, алдымен фактілерді айтыңыз. "
                            "Жазбалардың астындағы көпшілік пікірталасында дауласпаңыз; жазба "
                            "авторларымен және топ әкімшілерімен тікелей "
                            "сөйлесіңіз.</p><p>Қазақстан заңнамасы ұлттық араздықты қоздырғаны "
                            "және көрінеу жалған ақпарат таратқаны үшін жауапкершілік көздейді. "
                            "Жазбаның заң бұзатын-бұзбайтынын шешу — медиатордың емес, полиция "
                            "мен прокуратураның ісі; сіздің міндетіңіз — көргеніңізді тиісті "
                            "адамдарға жеткізу және жұртты сабырға шақыру.</p>"
                        ),
                        "ru": (
                            "<h3>Слухи и социальные сети</h3><p>Слухи распространяются быстрее "
                            "всего, когда событие важно для людей, а факты неясны. Сегодня они "
                            "идут через группы в мессенджерах, короткие видео и местные страницы "
                            "в социальных сетях, и за час история может дойти до каждого дома в "
                            "районе. Типичные признаки опасного слуха:</p><ul><li>нет "
                            "проверяемого источника («друг моего двоюродного брата "
                            "видел»);</li><li>сильные эмоции: страх, унижение, "
                            "гнев;</li><li>старое видео или фото из другого места или даже другой "
                            "страны выдаётся за новость «у нас»;</li><li>призыв к действию: "
                            "«распространите, пока не удалили», «вечером все на "
                            "площадь»;</li><li>за поступок одного человека обвиняют всю "
                            "группу.</li></ul><p>Что может сделать этномедиатор: не пересылать "
                            "непроверенные сообщения, даже «просто чтобы предупредить»; проверять "
                            "источник, дату и место; запрашивать официальную информацию в полиции "
                            "или акимате; помогать быстро донести короткую и точную информацию "
                            "через те же каналы и через людей, которым доверяет каждая община. "
                            "Опровергая слух, начинайте с фактов и не пересказывайте ложное "
                            "утверждение целиком. Не спорьте в публичных комментариях под "
                            "постами; говорите с авторами и администраторами групп "
                            "напрямую.</p><p>Законодательство Казахстана предусматривает "
                            "ответственность за разжигание национальной розни и за "
                            "распространение заведомо ложной информации. Решать, нарушает ли "
                            "публикация закон, — дело полиции и прокуратуры, а не медиатора; ваша "
                            "задача — передать увиденное тем, кому следует, и успокоить людей.</p>"
                        ),
                        "en": (
                            "<h3>Rumours and social media</h3><p>Rumours spread fastest when an "
                            "event matters to people and the facts are unclear. Today they travel "
                            "through messenger groups, short videos and local pages on social "
                            "media, and within an hour a story can reach every household in a "
                            "district. Typical signs of a dangerous rumour:</p><ul><li>no source "
                            "that can be checked (“a friend of my cousin saw it”);</li><li>strong "
                            "emotion: fear, humiliation, anger;</li><li>an old video or photo "
                            "from another place, or even another country, presented as news from "
                            "“here”;</li><li>a call to action: “share it before they delete it”, "
                            "“everyone to the square tonight”;</li><li>a whole group blamed for "
                            "what one person did.</li></ul><p>What an ethnomediator can do: do "
                            "not forward unverified messages, even “just to warn people”; check "
                            "the source, date and place; ask the police or the akimat for "
                            "official information; and help get short, accurate information out "
                            "quickly through the same channels and through people each community "
                            "trusts. When you correct a rumour, lead with the facts rather than "
                            "repeating the false claim in full. Do not argue in public comment "
                            "threads; talk to the authors and to the group administrators "
                            "directly.</p><p>Kazakhstan law makes incitement of national discord "
                            "and knowingly spreading false information punishable. Deciding "
                            "whether a post breaks the law is the job of the police and "
                            "prosecutors, not the mediator; your task is to pass on what you have "
                            "seen to the right people and to calm people down.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Ерте ескерту: белгілер, мониторинг және алғашқы "
                            "қадамдар</h3><p>Ашық қақтығыс сирек жағдайда кенеттен туады. Әдетте "
                            "одан бірнеше апта немесе ай бұрын зейінді адам байқай алатын "
                            "белгілер пайда болады. Мыналарға назар "
                            "аударыңыз:</p><ul><li>қабырғаларда, мектептердің, ғибадат "
                            "орындарының жанында немесе зираттарда қорлайтын жазулар мен "
                            "граффити;</li><li>жоспарланған «есеп айырысу» туралы қауесет және "
                            "жергілікті чаттардағы дұшпандық пікірлер;</li><li>жастардың ұлттық "
                            "белгісі бойынша топтасуы, мектепте, дискотекада немесе спорт "
                            "алаңында болатын төбелестер;</li><li>әкімдікке, полицияға немесе "
                            "бірлестіктерге түсетін шағымдардың көбеюі, әсіресе жер, су, жұмыс "
                            "немесе әділетсіздік туралы;</li><li>сатудан, жалға беруден немесе "
                            "жұмысқа алудан бас тарту, «олардың» дүкендеріне бойкот жариялауға "
                            "шақыру;</li><li>той, жаназа және мерекелер кезіндегі оқиғалар, "
                            "ауылға бөгде адамдардың "
                            "келуі.</li></ul><p><strong>Мониторинг</strong> — дабыл қағылуын "
                            "күтпей, жүйелі түрде бақылау. Қарапайым журнал жүргізіңіз: күні, "
                            "орны, не болғаны, дереккөзі, тексерілген-тексерілмегені және кімге "
                            "хабарлағаныңыз. Бірлестік жетекшілерімен, мектеп директорларымен, "
                            "учаскелік полиция инспекторымен, дін өкілдерімен, жастармен жұмыс "
                            "істейтін мамандармен және әкімдікпен тұрақты байланыста болыңыз. "
                            "Үрдістерді қадағалаңыз: бір жазу бұзақылық болуы мүмкін, бірақ бір "
                            "ай ішінде бір шағынауданда болған үш оқиға — дабыл "
                            "белгісі.</p><p><strong>Кімге хабарлау керек.</strong> Өмірге тікелей "
                            "қауіп немесе жаппай зорлық-зомбылық қаупі болса, бірден полицияның "
                            "102 нөміріне немесе шұғыл қызметтердің бірыңғай 112 нөміріне қоңырау "
                            "шалыңыз. Басқа жағдайларда өңіріңізде келісілген тәртіп бойынша "
                            "әкімдікке, Ассамблеяның өңірлік құрылымдарына және медиация кеңесіне "
                            "хабарлаңыз.</p><ol><li>Фактілерді өзіңіз тексеріңіз: кім, не, қайда, "
                            "қашан.</li><li>Зорлық-зомбылық қаупін бағалаңыз; қауіп жоғары болса, "
                            "алдымен полицияны тартыңыз.</li><li>Келісілген байланыстағы "
                            "адамдарға хабарлаңыз, жалғыз әрекет етпеңіз.</li><li>Әр тараптың "
                            "негізгі адамдарымен жеке-жеке кездесіп, бірдеңе ұсынбас бұрын оларды "
                            "тыңдаңыз.</li><li>Қоғамдық кеңістікті тыныштандырыңыз: жазуларды тез "
                            "өшіртіңіз, тексерілген ақпаратты жариялаңыз, беделді адамдардың "
                            "бірлескен үндеуін ұйымдастырыңыз.</li><li>Бастапқы дау бойынша "
                            "диалог форматын, мысалы, кездесу немесе медиация ұсыныңыз және бір "
                            "аптадан, бір айдан кейін жағдайға қайта "
                            "оралыңыз.</li></ol><p><strong>Жиі кездесетін қателіктер:</strong> "
                            "«бәрі анықталғанша» күту, жалғыз әрекет ету, көпшілік алдындағы "
                            "мәлімдемелерде этностарды атау, орындай алмайтын уәде беру және "
                            "сізге сеніп келген адамдардың сенімін ақтамау.</p>"
                        ),
                        "ru": (
                            "<h3>Раннее предупреждение: признаки, мониторинг и первые "
                            "шаги</h3><p>Открытый конфликт редко возникает на пустом месте. "
                            "Обычно за недели или месяцы до него появляются сигналы, которые "
                            "внимательный человек мог бы заметить. Обращайте внимание "
                            "на:</p><ul><li>оскорбительные надписи и граффити на стенах, у школ, "
                            "мест поклонения или на кладбищах;</li><li>слухи о готовящихся "
                            "«разборках» и враждебные комментарии в местных "
                            "чатах;</li><li>группировки молодёжи по национальному признаку, драки "
                            "в школах, на дискотеках или спортплощадках;</li><li>рост жалоб в "
                            "акимат, полицию или объединения, особенно о земле, воде, работе или "
                            "несправедливом отношении;</li><li>отказы продать, сдать в аренду или "
                            "взять на работу, призывы бойкотировать «их» "
                            "магазины;</li><li>инциденты на свадьбах, похоронах и праздниках, "
                            "появление в селе чужих "
                            "людей.</li></ul><p><strong>Мониторинг</strong> — это систематическое "
                            "наблюдение, а не ожидание тревоги. Ведите простой журнал: дата, "
                            "место, что произошло, источник, проверено ли и кого вы "
                            "проинформировали. Поддерживайте регулярную связь с руководителями "
                            "объединений, директорами школ, участковым инспектором полиции, "
                            "религиозными лидерами, специалистами по работе с молодёжью и "
                            "акиматом. Следите за тенденциями: одна надпись может оказаться "
                            "хулиганством, но три случая за месяц в одном микрорайоне — это "
                            "сигнал.</p><p><strong>Кому сообщать.</strong> Если есть прямая "
                            "угроза жизни или массового насилия, сразу звоните в полицию по "
                            "номеру 102 или по единому номеру экстренных служб 112. В остальных "
                            "случаях сообщите в акимат, региональные структуры Ассамблеи и свой "
                            "совет по медиации в порядке, согласованном в вашем "
                            "регионе.</p><ol><li>Проверьте факты лично: кто, что, где, "
                            "когда.</li><li>Оцените риск насилия; если он высок, в первую очередь "
                            "подключите полицию.</li><li>Проинформируйте согласованные контакты и "
                            "не действуйте в одиночку.</li><li>Встретьтесь с ключевыми людьми "
                            "каждой стороны по отдельности и выслушайте их, прежде чем что-то "
                            "предлагать.</li><li>Успокойте публичное пространство: добейтесь "
                            "быстрого удаления надписей, опубликуйте проверенную информацию, "
                            "организуйте совместное обращение уважаемых людей.</li><li>Предложите "
                            "формат диалога по исходному спору, например встречу или медиацию, и "
                            "вернитесь к ситуации через неделю и через "
                            "месяц.</li></ol><p><strong>Типичные ошибки:</strong> ждать, пока "
                            "«всё прояснится», действовать в одиночку, называть этносы в "
                            "публичных заявлениях, обещать то, чего не можете выполнить, и "
                            "обманывать доверие людей, которые к вам обратились.</p>"
                        ),
                        "en": (
                            "<h3>Early warning: signs, monitoring and first steps</h3><p>Open "
                            "conflict rarely comes out of nowhere. Weeks or months before it, "
                            "there are usually signals that an attentive person could notice. "
                            "Watch for:</p><ul><li>insulting graffiti and inscriptions on walls, "
                            "near schools, places of worship or in cemeteries;</li><li>rumours of "
                            "a planned “showdown” and hostile comments in local "
                            "chats;</li><li>young people grouping along ethnic lines, fights at "
                            "schools, discos or sports grounds;</li><li>a rise in complaints to "
                            "the akimat, the police or associations, especially about land, "
                            "water, jobs or unfair treatment;</li><li>refusals to sell, rent or "
                            "hire, calls to boycott “their” shops;</li><li>incidents at weddings, "
                            "funerals and holidays, strangers arriving in a "
                            "village.</li></ul><p><strong>Monitoring</strong> means watching "
                            "systematically, not waiting for an alarm. Keep a simple log: date, "
                            "place, what happened, the source, whether it has been checked, and "
                            "whom you informed. Stay in regular touch with association leaders, "
                            "school heads, the district police inspector, religious leaders, "
                            "youth workers and the akimat. Look for trends: one inscription may "
                            "be hooliganism, but three incidents in one neighbourhood within a "
                            "month are a signal.</p><p><strong>Who to tell.</strong> If there is "
                            "a direct threat to life or of mass violence, call the police on 102 "
                            "or the single emergency number 112 at once. Otherwise, inform the "
                            "akimat, the Assembly's regional structures and your mediation "
                            "council, following the procedure agreed in your "
                            "region.</p><ol><li>Check the facts in person: who, what, where, "
                            "when.</li><li>Assess the risk of violence; if it is high, involve "
                            "the police first.</li><li>Inform the agreed contacts and do not act "
                            "alone.</li><li>Meet key people from each side separately and listen "
                            "to them before you propose anything.</li><li>Calm the public space: "
                            "have inscriptions removed quickly, publish verified information, "
                            "arrange a joint appeal by respected people.</li><li>Offer a format "
                            "for dialogue on the original dispute, such as a meeting or a "
                            "mediation, and come back to the situation a week and a month "
                            "later.</li></ol><p><strong>Common mistakes:</strong> waiting until "
                            "“everything is clear”, acting alone, naming ethnic groups in public "
                            "statements, promising what you cannot deliver, and betraying the "
                            "trust of people who came to you.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Базардағы таразы",
                            "ru": "Весы на рынке",
                            "en": "The scales at the market",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Алматы облысындағы бір "
                                "қаланың базарында сатып алушы Гүлнар сатушы Ілхоммен сатып алған "
                                "көкөнісінің салмағы туралы дауласады. Ол таразыны телефонына "
                                "түсіріп, видеоны жергілікті топқа «Бұл базарда олар бізді үнемі "
                                "алдайды, оларды орнына қоятын уақыт келді» деген пікірмен "
                                "жариялайды. Бір тәулік ішінде жазба жүздеген реакция жинайды; "
                                "кейбір пікірлер Ілхомның бүкіл этносын қорлайды, ал басқалары "
                                "оған өз қорлауларымен жауап береді.</p><p>Базар әкімшілігі "
                                "таразылар өткен айда тексерілгенін айтады. Ілхомның "
                                "қауымдастығынан бірнеше саудагер өз этномәдени бірлестігінің "
                                "жетекшісіне сатып алушылар олардың дүңгіршектерін айналып өте "
                                "бастағанын, ал екі жігіт базарға келіп, «алаяқтар қайда» деп "
                                "сұрастырғанын айтады. Бірлестік жетекшісі сізден кеңес "
                                "сұрайды.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманный пример. На рынке в одном из городов "
                                "Алматинской области покупательница Гульнара спорит с продавцом "
                                "Илхомом о весе купленных овощей. Она снимает весы на телефон и "
                                "публикует видео в местной группе с комментарием: «На этом рынке "
                                "они нас вечно обманывают, пора поставить их на место». За сутки "
                                "пост набирает сотни реакций; часть комментариев оскорбляет весь "
                                "этнос Илхома, другие отвечают собственными "
                                "оскорблениями.</p><p>Администрация рынка говорит, что весы "
                                "проверяли в прошлом месяце. Несколько торговцев из общины Илхома "
                                "рассказывают руководителю своего этнокультурного объединения, "
                                "что покупатели стали обходить их прилавки, а двое парней "
                                "приходили на рынок и спрашивали, «где тут обманщики». "
                                "Руководитель объединения просит у вас совета.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. At a market in a town in Almaty "
                                "region, a customer, Gulnara, argues with a trader, Ilkhom, about "
                                "the weight of the vegetables she has bought. She films the "
                                "scales on her phone and posts the video in a local group with "
                                "the comment: “They always cheat us at this market, it's time to "
                                "put them in their place.” Within a day the post has hundreds of "
                                "reactions; some comments insult Ilkhom's whole ethnic group, and "
                                "others reply with insults of their own.</p><p>The market "
                                "administration says the scales were checked last month. Several "
                                "traders from Ilkhom's community tell the head of their "
                                "ethnocultural association that customers have started avoiding "
                                "their stalls, and that two young men came to the market asking "
                                "“where the cheats are”. The head of the association asks you for "
                                "advice.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Бұл оқиғадан стереотипті, алдын ала теріс көзқарасты және "
                                    "кемсітушілікті қай жерден көресіз? Әрқайсысына бір мысал "
                                    "келтіріңіз."
                                ),
                                "ru": (
                                    "Где в этой истории вы видите стереотип, предубеждение и "
                                    "дискриминацию? Приведите по одному примеру каждого."
                                ),
                                "en": (
                                    "Where in this story do you see a stereotype, prejudice and "
                                    "discrimination? Give one example of each."
                                ),
                            },
                            {
                                "kk": (
                                    "Мұнда ерте ескертудің қандай белгілері бар және осы кезеңде "
                                    "қауіп қаншалықты жоғары?"
                                ),
                                "ru": (
                                    "Какие признаки для раннего предупреждения здесь есть и "
                                    "насколько высок риск на этом этапе?"
                                ),
                                "en": (
                                    "Which early-warning signs are present, and how high is the "
                                    "risk at this stage?"
                                ),
                            },
                            {
                                "kk": (
                                    "Гүлнар мен Ілхом арасындағы дауды қалай нақты мәніне "
                                    "қайтаруға болады?"
                                ),
                                "ru": (
                                    "Как вернуть спор между Гульнарой и Илхомом к его конкретному "
                                    "предмету?"
                                ),
                                "en": (
                                    "How could the dispute between Gulnara and Ilkhom be brought "
                                    "back to its concrete subject?"
                                ),
                            },
                            {
                                "kk": (
                                    "Алдағы 48 сағатта бірлестік жетекшісіне не істеуге және не "
                                    "істемеуге кеңес берер едіңіз?"
                                ),
                                "ru": (
                                    "Что вы посоветуете руководителю объединения сделать и чего "
                                    "не делать в ближайшие 48 часов?"
                                ),
                                "en": (
                                    "What would you advise the head of the association to do, and "
                                    "not to do, in the next 48 hours?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Қауесеттен кейінгі кездесу",
                            "ru": "Встреча после слуха",
                            "en": "A meeting after the rumour",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған жаттығу. Павлодар облысындағы бір "
                                "аудан орталығында екі жасөспірім, Данияр мен Артём, сабақтан "
                                "кейін аялдамада төбелесіп қалды. Ешкім ауыр жарақат алған жоқ. "
                                "Екі күннен кейін анонимді аккаунт басқа жерде түсірілген ескі, "
                                "қатыгез төбелестің видеосын «біздің балаларды өз қаламызда ұрып "
                                "жатыр» деген жазумен және жұма күні кешке мектеп алдына жиналуға "
                                "шақырумен жариялады. Ата-аналар алаңдап отыр, ал мектеп "
                                "қоршауында қорлайтын жазулар пайда болды.</p><p>Этномедиатор "
                                "мектеп директорынан бейсенбі күні түстен кейін қысқа кездесу "
                                "өткізу үшін мектеп кітапханасын беруді сұрады. Мақсат — кімнің "
                                "кінәлі екенін анықтау емес, фактілер бойынша келісу, жұмаға "
                                "дейін жағдайды тыныштандыру және келесі қадамдарды жоспарлау.</p>"
                            ),
                            "ru": (
                                "<p>Это придуманное упражнение. В одном из районных центров "
                                "Павлодарской области двое подростков, Данияр и Артём, подрались "
                                "после уроков на остановке. Серьёзно никто не пострадал. Через "
                                "два дня анонимный аккаунт опубликовал старое видео жестокой "
                                "драки, снятое в другом месте, с подписью «наших ребят избивают в "
                                "нашем же городе» и призывом собраться в пятницу вечером у школы. "
                                "Родители встревожены, а на школьном заборе появились "
                                "оскорбительные надписи.</p><p>Этномедиатор попросил директора "
                                "школы предоставить библиотеку для короткой встречи в четверг "
                                "после обеда. Цель — не решить, кто виноват, а договориться о "
                                "фактах, успокоить ситуацию до пятницы и спланировать следующие "
                                "шаги.</p>"
                            ),
                            "en": (
                                "<p>This is an invented exercise. In a district town in Pavlodar "
                                "region, two teenagers, Daniyar and Artyom, got into a fight at a "
                                "bus stop after school. Nobody was seriously hurt. Two days later "
                                "an anonymous account posted an old video of a brutal fight "
                                "filmed somewhere else, with the caption “our boys are being "
                                "beaten in our own town” and a call to gather outside the school "
                                "on Friday evening. Parents are alarmed, and insulting "
                                "inscriptions have appeared on the school fence.</p><p>The "
                                "ethnomediator has asked the school head for the school library "
                                "for a short meeting on Thursday afternoon. The aim is not to "
                                "decide who is to blame but to agree on the facts, calm the "
                                "situation before Friday and plan the next steps.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Этномедиатор",
                                    "ru": "Этномедиатор",
                                    "en": "Ethnomediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз кездесуді ашып, оның мақсаты мен ережелерін "
                                        "түсіндіресіз және талқылауды фактілер мен келесі "
                                        "қадамдар төңірегінде ұстайсыз. Ешкімнің жағына шықпаңыз "
                                        "және этностарды атамаңыз. Жауаптылары мен мерзімдері "
                                        "көрсетілген, келісілген іс-әрекеттердің қысқа тізімін "
                                        "жасауға ұмтылыңыз."
                                    ),
                                    "ru": (
                                        "Вы открываете встречу, объясняете её цель и правила и "
                                        "удерживаете обсуждение на фактах и следующих шагах. Не "
                                        "занимайте ничью сторону и не называйте этносы. "
                                        "Стремитесь к короткому списку согласованных действий с "
                                        "ответственными и сроками."
                                    ),
                                    "en": (
                                        "You open the meeting, explain its purpose and ground "
                                        "rules, and keep the discussion on facts and next steps. "
                                        "Do not take sides and do not name ethnic groups. Aim for "
                                        "a short list of agreed actions with responsible persons "
                                        "and deadlines."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Даниярдың әкесі",
                                    "ru": "Отец Данияра",
                                    "en": "Daniyar's father",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз ашулысыз: ұлыңыз үйге беті көгеріп келді, ал сіз "
                                        "«олардың» жұма күні бірдеңе ұйымдастырмақ екенін "
                                        "естідіңіз. Екінші баланың жазалануын талап етесіз және "
                                        "полицияға сенбейсіз. Сізді тыңдағанын сезініп, ұлыңыздың "
                                        "қауіпсіз болатынын көрсеңіз, сабырға келе аласыз."
                                    ),
                                    "ru": (
                                        "Вы злитесь: сын пришёл домой с синяком на лице, и вы "
                                        "слышали, что «они» что-то готовят на пятницу. Вы "
                                        "требуете наказать второго мальчика и не доверяете "
                                        "полиции. Вы можете успокоиться, если почувствуете, что "
                                        "вас услышали, и увидите, что сын будет в безопасности."
                                    ),
                                    "en": (
                                        "You are angry: your son came home with a bruise on his "
                                        "face, and you have heard that “they” are planning "
                                        "something for Friday. You demand that the other boy be "
                                        "punished, and you do not trust the police. You can calm "
                                        "down if you feel heard and see that your son will be "
                                        "safe."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Этномәдени бірлестік жетекшісі",
                                    "ru": "Руководитель этнокультурного объединения",
                                    "en": "Head of an ethnocultural association",
                                },
                                "brief": {
                                    "kk": (
                                        "Бірлестігіңіздегі бірнеше отбасы жазба мен қоршаудағы "
                                        "сөздерден қорқып отыр. Бір жасөспірімнің қылығы үшін "
                                        "бүкіл қауымдастығыңыз кінәлі болып қалады деп "
                                        "қауіптенесіз. Бұл халықтар арасындағы қақтығыс емес "
                                        "екені туралы көпшілік алдында мәлімдеме жасалғанын "
                                        "қалайсыз және өз қауымдастығыңыздағы жастармен сөйлесуге "
                                        "дайынсыз."
                                    ),
                                    "ru": (
                                        "Несколько семей вашего объединения напуганы публикацией "
                                        "и надписями на заборе. Вы опасаетесь, что за поступок "
                                        "одного подростка обвинят всю вашу общину. Вы хотите "
                                        "публичного заявления о том, что это не конфликт между "
                                        "народами, и готовы поговорить с молодёжью своей общины."
                                    ),
                                    "en": (
                                        "Several families in your association are frightened by "
                                        "the post and the inscriptions on the fence. You fear "
                                        "that your whole community will be blamed for one "
                                        "teenager's behaviour. You want a public statement that "
                                        "this is not a conflict between peoples, and you are "
                                        "ready to talk to the young people in your community."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Учаскелік полиция инспекторы",
                                    "ru": "Участковый инспектор полиции",
                                    "en": "District police inspector",
                                },
                                "brief": {
                                    "kk": (
                                        "Видеоның ескі екенін және басқа жерде түсірілгенін "
                                        "білесіз, екі баламен де, олардың ата-аналарымен де "
                                        "сөйлесіп үлгердіңіз. Ата-аналардың жазбаны таратуды "
                                        "тоқтатқанын қалайсыз және жұма күні мектеп маңында "
                                        "боласыз. Жүргізіліп жатқан тексерістің мәліметтерін ашып "
                                        "айта алмайсыз, бұл басқа қатысушылардың наразылығын "
                                        "тудыруы мүмкін."
                                    ),
                                    "ru": (
                                        "Вы знаете, что видео старое и снято в другом месте, и "
                                        "уже поговорили с обоими мальчиками и их родителями. Вы "
                                        "хотите, чтобы родители перестали пересылать публикацию, "
                                        "и в пятницу будете рядом со школой. Вы не можете "
                                        "раскрывать подробности идущей проверки, и это может "
                                        "раздражать остальных."
                                    ),
                                    "en": (
                                        "You know that the video is old and was filmed elsewhere, "
                                        "and you have already spoken to both boys and their "
                                        "parents. You want parents to stop sharing the post, and "
                                        "you will be near the school on Friday. You cannot "
                                        "disclose details of the ongoing check, which may "
                                        "frustrate the others."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор басында кездесудің мақсаты мен ережелерін түсіндірді."
                                ),
                                "ru": "В начале медиатор объяснил цель и правила встречи.",
                                "en": (
                                    "At the start, the mediator explained the purpose and ground "
                                    "rules of the meeting."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор адамдарды атымен атап, «олар» туралы айтылған "
                                    "сөздерді нақты фактілерге айналдырып қайта тұжырымдады."
                                ),
                                "ru": (
                                    "Медиатор называл людей по именам и переформулировал "
                                    "высказывания о «них» в конкретные факты."
                                ),
                                "en": (
                                    "The mediator used people's names and reframed statements "
                                    "about “them” into concrete facts."
                                ),
                            },
                            {
                                "kk": (
                                    "Әр қатысушы сөз алып, өзін тыңдағанын сезінді; эмоциялар "
                                    "назардан тыс қалмады."
                                ),
                                "ru": (
                                    "Каждый участник смог высказаться и почувствовал, что его "
                                    "услышали; эмоции были признаны."
                                ),
                                "en": (
                                    "Every participant could speak and felt heard; emotions were "
                                    "acknowledged."
                                ),
                            },
                            {
                                "kk": (
                                    "Тексерілген фактілер қауесеттен ажыратылды, ал ескі видео "
                                    "одан әрі таратылмай талқыланды."
                                ),
                                "ru": (
                                    "Проверенные факты были отделены от слухов, а старое видео "
                                    "обсудили, не распространяя его дальше."
                                ),
                                "en": (
                                    "Verified facts were separated from rumours, and the old "
                                    "video was discussed without being shared further."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу нақты іс-әрекеттермен, жауаптылармен және "
                                    "мерзімдермен аяқталды (қоршаудағы жазуларды өшіру, "
                                    "ата-аналарға хабарлама, келесі кездесу)."
                                ),
                                "ru": (
                                    "Встреча завершилась конкретными действиями, ответственными и "
                                    "сроками (убрать надписи с забора, сообщение родителям, "
                                    "повторная встреча)."
                                ),
                                "en": (
                                    "The meeting ended with concrete actions, responsible persons "
                                    "and deadlines (removing the inscriptions on the fence, a "
                                    "message to parents, a follow-up meeting)."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор бейтарап қалып, өз өкілеттігінен тыс ештеңеге уәде "
                                    "бермеді."
                                ),
                                "ru": (
                                    "Медиатор сохранял нейтральность и не обещал ничего сверх "
                                    "своих полномочий."
                                ),
                                "en": (
                                    "The mediator stayed neutral and promised nothing beyond his "
                                    "or her authority."
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
                                "Өз ортаңызда естіген бір топ туралы (өз тобыңызды қоса алғанда) "
                                "бір стереотипті жазып алыңыз. Ол қайдан шыққан, этномедиатор "
                                "ретінде бейтараптығыңызға қалай әсер етуі мүмкін және "
                                "жұмысыңызда оны қалай байқап, тексересіз? Содан кейін шиеленіс "
                                "белгілерін байқасаңыз, алдымен хабарласатын өз өңіріңіздегі үш "
                                "адамды атаңыз."
                            ),
                            "ru": (
                                "Запишите один стереотип о какой-либо группе, в том числе о "
                                "своей, который вы слышали в своём окружении. Откуда он взялся, "
                                "как он может повлиять на вашу нейтральность как этномедиатора и "
                                "как вы будете замечать и проверять его в работе? Затем назовите "
                                "трёх людей в вашей местности, к которым вы обратитесь первыми, "
                                "если заметите признаки напряжённости."
                            ),
                            "en": (
                                "Write down one stereotype about a group, your own included, that "
                                "you have heard around you. Where does it come from, how could it "
                                "affect your neutrality as an ethnomediator, and how will you "
                                "notice and check it in your work? Then name three people in your "
                                "area whom you would contact first if you noticed signs of "
                                "tension."
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {"kk": "Стереотип", "ru": "Стереотип", "en": "Stereotype"},
                                "definition": {
                                    "kk": (
                                        "Белгілі бір топ туралы оның әрбір мүшесіне телінетін "
                                        "жеңілдетілген, жалпыланған түсінік."
                                    ),
                                    "ru": (
                                        "Упрощённое, обобщённое представление о группе, которое "
                                        "переносится на каждого её члена."
                                    ),
                                    "en": (
                                        "A simplified, generalised picture of a group that is "
                                        "applied to every one of its members."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Алдын ала теріс көзқарас",
                                    "ru": "Предубеждение",
                                    "en": "Prejudice",
                                },
                                "definition": {
                                    "kk": (
                                        "Шынайы танысуға дейін стереотип негізінде қалыптасқан "
                                        "адамға немесе топқа деген теріс көзқарас."
                                    ),
                                    "ru": (
                                        "Негативное отношение к человеку или группе, сложившееся "
                                        "заранее, до реального знакомства, на основе стереотипа."
                                    ),
                                    "en": (
                                        "A negative attitude towards a person or group formed in "
                                        "advance, before real acquaintance, on the basis of a "
                                        "stereotype."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кемсітушілік",
                                    "ru": "Дискриминация",
                                    "en": "Discrimination",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамға шыққан тегіне, тіліне, дініне немесе басқа "
                                        "белгісіне байланысты жұмыста, тұрғын үй мәселесінде, "
                                        "қызмет көрсетуде немесе күнделікті өмірде тең емес қарау."
                                    ),
                                    "ru": (
                                        "Неравное отношение к человеку из-за его происхождения, "
                                        "языка, религии или другого признака при найме на работу, "
                                        "аренде жилья, обслуживании или в повседневной жизни."
                                    ),
                                    "en": (
                                        "Unequal treatment of a person because of origin, "
                                        "language, religion or another characteristic, in work, "
                                        "housing, services or everyday life."
                                    ),
                                },
                            },
                            {
                                "term": {"kk": "Қауесет", "ru": "Слух", "en": "Rumour"},
                                "definition": {
                                    "kk": (
                                        "Адамнан адамға берілетін тексерілмеген ақпарат; оқиға "
                                        "маңызды, ал фактілер түсініксіз болғанда әсіресе тез "
                                        "тарайды."
                                    ),
                                    "ru": (
                                        "Непроверенная информация, передаваемая от человека к "
                                        "человеку; особенно быстро распространяется, когда "
                                        "событие важно, а факты неясны."
                                    ),
                                    "en": (
                                        "Unverified information passed from person to person; it "
                                        "spreads especially fast when an event matters and the "
                                        "facts are unclear."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ерте ескерту",
                                    "ru": "Раннее предупреждение",
                                    "en": "Early warning",
                                },
                                "definition": {
                                    "kk": (
                                        "Шиеленістің күшейіп келе жатқанын білдіретін белгілерді "
                                        "уақытында байқап, қақтығыс зорлық-зомбылыққа ұласпай "
                                        "тұрып оның алдын ала алатын адамдарға жеткізу."
                                    ),
                                    "ru": (
                                        "Своевременное выявление признаков растущей напряжённости "
                                        "и передача сведений тем, кто может предотвратить "
                                        "конфликт, прежде чем он перейдёт в насилие."
                                    ),
                                    "en": (
                                        "Noticing signs of rising tension in time and passing "
                                        "them on to those who can prevent a conflict before it "
                                        "turns violent."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мониторинг журналы",
                                    "ru": "Журнал мониторинга",
                                    "en": "Monitoring log",
                                },
                                "definition": {
                                    "kk": (
                                        "Байқалған оқиғалардың қарапайым есебі: күні, орны, не "
                                        "болғаны, дереккөзі, тексерілген-тексерілмегені және "
                                        "кімге хабарланғаны."
                                    ),
                                    "ru": (
                                        "Простая запись замеченных случаев: дата, место, что "
                                        "произошло, источник, проверено ли и кому сообщено."
                                    ),
                                    "en": (
                                        "A simple record of observed incidents: date, place, what "
                                        "happened, the source, whether it was checked and who was "
                                        "informed."
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
