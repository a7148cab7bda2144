"""Module 4 of the public mediator foundations course: basics of ethnomediation."""

MODULE = {
    "slug": "ethnomediation-basics",
    "title": {
        "kk": "Этномедиация негіздері",
        "ru": "Основы этномедиации",
        "en": "Basics of ethnomediation",
    },
    "summary": {
        "kk": (
            "Мәдениет, тіл, дін және дәстүр дауларға қалай әсер етеді және қоғамдық медиатор "
            "қоғамдастықтағы әріптестерімен бірге тұрмыстық ұрыс-керістің этносаралық дауға "
            "ұласуына қалай жол бермейді."
        ),
        "ru": (
            "Как культура, язык, религия и традиции влияют на споры и как общественный медиатор "
            "вместе с партнёрами в сообществе не даёт бытовым ссорам перерасти в "
            "межэтнические."
        ),
        "en": (
            "How culture, language, religion and tradition shape disputes, and how a public "
            "mediator works with community partners to keep everyday quarrels from turning "
            "into interethnic ones."
        ),
    },
    "academic_hours": 6,
    "learning_outcomes": [
        {
            "kk": (
                "Мәдениеттің, тілдің, діннің және дәстүрдің дауға әсерін түсіндіру және "
                "даудың этникалық реңк ала бастаған сәтін тану."
            ),
            "ru": (
                "Объяснять, как культура, язык, религия и традиции влияют на спор, и "
                "распознавать момент, когда он приобретает этническую окраску."
            ),
            "en": (
                "Explain how culture, language, religion and tradition shape a dispute and "
                "recognise when it acquires an ethnic colouring."
            ),
        },
        {
            "kk": (
                "Дау туралы топтарға айдар тақпай сөйлеу және жалпылауды нақты мәселелерге "
                "айналдыру."
            ),
            "ru": "Говорить о споре без ярлыков и переводить обобщения в конкретные вопросы.",
            "en": (
                "Speak about a dispute without labelling groups and turn generalisations into "
                "concrete issues."
            ),
        },
        {
            "kk": (
                "Ассамблеяның өңірлік құрылымдарымен, этномәдени бірлестіктермен, ақсақалдар "
                "кеңестерімен, әкімдікпен және жергілікті полициямен жұмыс істеу, істі қашан "
                "басқаға беру керектігін шешу."
            ),
            "ru": (
                "Работать с региональными структурами Ассамблеи, этнокультурными объединениями, "
                "советами аксакалов, акиматом и местной полицией и решать, когда передать дело."
            ),
            "en": (
                "Work with the Assembly's regional structures, ethnocultural associations, "
                "councils of elders, the akimat and local police, and decide when to pass a "
                "case on."
            ),
        },
        {
            "kk": (
                "Шиеленістің ерте белгілерін байқап, олар туралы қауесет таратпай, дәл хабарлау."
            ),
            "ru": (
                "Замечать ранние признаки напряжённости и сообщать о них точно и без "
                "распространения слухов."
            ),
            "en": (
                "Notice early signs of tension and report them accurately, without spreading "
                "rumours."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "culture-and-conflict",
            "title": {
                "kk": "Мәдениет және қақтығыс",
                "ru": "Культура и конфликт",
                "en": "Culture and conflict",
            },
            "summary": {
                "kk": (
                    "Мәдениет, тіл, дін және дәстүр дауға қалай әсер етеді, қарапайым дау қашан "
                    "этникалық реңк алады және ол туралы топтарға айдар тақпай қалай сөйлеу "
                    "керек."
                ),
                "ru": (
                    "Как культура, язык, религия и традиции влияют на споры, когда обычный спор "
                    "приобретает этническую окраску и как говорить о нём без ярлыков."
                ),
                "en": (
                    "How culture, language, religion and tradition shape disputes, when an "
                    "ordinary dispute acquires an ethnic colouring, and how to speak about it "
                    "without labelling groups."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Мәдениеттің, тілдің, діннің және дәстүрдің даудың барысына әсерін "
                        "жергілікті мысалдармен көрсету."
                    ),
                    "ru": (
                        "Приводить местные примеры того, как культура, язык, религия и "
                        "традиции влияют на ход спора."
                    ),
                    "en": (
                        "Give local examples of how culture, language, religion and tradition "
                        "influence the course of a dispute."
                    ),
                },
                {
                    "kk": "Даудың этникалық реңк алу жолдарын танып, оны нақты мәніне қайтару.",
                    "ru": (
                        "Распознавать, как спор приобретает этническую окраску, и возвращать "
                        "его к конкретному предмету."
                    ),
                    "en": (
                        "Recognise how a dispute acquires an ethnic colouring and bring it back "
                        "to its concrete subject."
                    ),
                },
                {
                    "kk": (
                        "Топтық айдардың орнына есімдерді, әрекетті сипаттауды және қайта "
                        "тұжырымдауды қолдану."
                    ),
                    "ru": (
                        "Использовать имена, описание действий и переформулирование вместо "
                        "групповых ярлыков."
                    ),
                    "en": (
                        "Use names, descriptions of actions and reframing instead of group labels."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Әр дауда мәдениет бар</h3><p>Ешбір дау бос кеңістікте "
                            "туындамайды. Екі көрші қоршау үшін таласқанда, әрқайсысы өзімен "
                            "бірге не әділ, не әдепті, кім бірінші сөйлеуі керек және шын "
                            "кешірім қандай болатыны туралы түсінігін ала келеді. Бұл "
                            "түсініктер отбасынан, тілден, діннен және дәстүрден бастау алады. "
                            "Олар басқа біреудің түсінігімен қақтығысқанша, біз оларды "
                            "байқамаймыз.</p><p>Түрлі этнос өкілдері ұрпақтан ұрпаққа қатар "
                            "өмір сүріп келе жатқан Қазақстанда мәдени айырмашылықтар әдетте "
                            "қақтығыстың емес, байлықтың көзі. Дегенмен олар даудың қалай "
                            "өрбитініне әсер етеді:</p><ul><li><strong>Құрмет пен "
                            "мәртебе.</strong> Көп отбасында үй атынан үлкен кісі сөйлейді; оған "
                            "қарсы сөз айтқан жас адам бүкіл әулетті қорлағандай көрінуі "
                            "мүмкін.</li><li><strong>Намыс пен ұят.</strong> Көпшілік алдында "
                            "айтылған сөгіс, тіпті әділ болса да, материалдық шығыннан қаттырақ "
                            "батуы мүмкін. Келісімге келмес бұрын тарапқа беделін сақтап қалуға "
                            "мүмкіндік керек болады.</li><li><strong>Тіл.</strong> Адаммен ол "
                            "нашар білетін тілде сөйлессе, ол өзін шет қалғандай сезінуі мүмкін, "
                            "ал сөзбе-сөз аударылған әзіл қорлау болып естілуі ықтимал.</li>"
                            "<li><strong>Дін.</strong> Ораза, намаз уақыты, жерлеу рәсімі, еске "
                            "алу күндері мен зират — нәзік тақырыптар. Көршісі қаралы болып "
                            "отырғанда шулы той жасау — дауға әкелетін белгілі себеп.</li>"
                            "<li><strong>Дәстүр мен мерекелер.</strong> Түн ортасына дейін "
                            "созылған той, ортақ аулада Құрбан айтта мал шалу, Наурыз немесе "
                            "Жаңа жылдағы отшашу: бір отбасы үшін бұл қалыпты жағдай, екіншісі "
                            "үшін — мазасыздық.</li></ul><p>Қоғамдық медиатор барлық "
                            "мәдениеттің білгірі болуы міндетті емес. Қызығушылық танытып, "
                            "болжамай, сұрап білу және «қалыпты» деген ұғым әрқашан біреудің "
                            "ғана қалыптысы екенін есте сақтау жеткілікті.</p>"
                        ),
                        "ru": (
                            "<h3>Культура присутствует в каждом споре</h3><p>Ни один спор не "
                            "возникает в пустоте. Когда двое соседей спорят из-за забора, каждый "
                            "приносит с собой представления о том, что справедливо, что вежливо, "
                            "кто должен говорить первым и как выглядит настоящее извинение. Эти "
                            "представления идут от семьи, языка, религии и традиций. Мы редко их "
                            "замечаем, пока они не столкнутся с чужими.</p><p>В Казахстане, где "
                            "люди разных этносов поколениями живут бок о бок, культурные "
                            "различия обычно обогащают, а не разделяют. Но они влияют на то, как "
                            "развивается спор:</p><ul><li><strong>Уважение и статус.</strong> Во "
                            "многих семьях от имени дома говорит старший; младший, который ему "
                            "возражает, может восприниматься как оскорбляющий всю семью.</li>"
                            "<li><strong>Честь и стыд.</strong> Публичный упрёк, даже "
                            "справедливый, может ранить сильнее материального ущерба. Стороне "
                            "бывает нужна возможность сохранить лицо, прежде чем согласиться."
                            "</li><li><strong>Язык.</strong> Человек, к которому обращаются на "
                            "плохо знакомом ему языке, может почувствовать себя лишним, а шутка, "
                            "переведённая дословно, может прозвучать как оскорбление.</li><li>"
                            "<strong>Религия.</strong> Пост, время молитвы, похороны, поминальные "
                            "дни и кладбища — чувствительные темы. Шумное веселье, когда у "
                            "соседей траур, — классический повод для ссоры.</li><li><strong>"
                            "Традиции и праздники.</strong> Той, затянувшийся до ночи, "
                            "жертвоприношение на Курбан айт в общем дворе, салют на Наурыз или "
                            "Новый год: для одной семьи это норма, для другой — беспокойство."
                            "</li></ul><p>Общественному медиатору не нужно быть знатоком всех "
                            "культур. Достаточно проявлять любопытство, спрашивать, а не "
                            "додумывать, и помнить, что «нормально» — это всегда чьё-то "
                            "«нормально».</p>"
                        ),
                        "en": (
                            "<h3>Culture is present in every dispute</h3><p>No dispute happens "
                            "in a vacuum. When two neighbours argue over a fence, each brings "
                            "along ideas of what is fair, what is polite, who should speak first "
                            "and what a proper apology looks like. These ideas come from family, "
                            "language, religion and tradition. We rarely notice them until they "
                            "clash with someone else's.</p><p>In Kazakhstan, where people of "
                            "many ethnic groups have lived side by side for generations, "
                            "cultural differences are usually a source of richness, not "
                            "conflict. Yet they shape how a dispute unfolds:</p><ul><li><strong>"
                            "Respect and status.</strong> In many families the eldest speaks for "
                            "the household; a younger person who answers back may be seen as "
                            "insulting the whole family.</li><li><strong>Honour and shame."
                            "</strong> A public reproach, even a fair one, can hurt more than "
                            "the material loss. A party may need a way to save face before "
                            "agreeing.</li><li><strong>Language.</strong> A person addressed in "
                            "a language they speak poorly may feel left out, and a joke "
                            "translated word for word may sound like an insult.</li><li><strong>"
                            "Religion.</strong> Fasting, prayer times, funerals, memorial days "
                            "and cemeteries are sensitive. Loud celebration while the neighbours "
                            "are in mourning is a classic trigger.</li><li><strong>Tradition and "
                            "holidays.</strong> A toi (a wedding feast) that goes on late into "
                            "the night, a sacrifice on Kurban Ait in a shared courtyard, "
                            "fireworks at Nauryz or New Year: normal for one family, disturbing "
                            "for another.</li></ul><p>A public mediator need not be an expert in "
                            "every culture. It is enough to be curious, to ask rather than "
                            "assume, and to remember that “normal” is always someone's normal."
                            "</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қарапайым дау этникалық реңк алғанда</h3><p>Кейін "
                            "«этносаралық» деп аталатын қақтығыстардың көбі қарапайым даудан "
                            "басталады: суармалы су, жайылымның шекарасы, қарыз, шу немесе "
                            "жасөспірімдердің төбелесі. Адамдар нақты мәселесі бар екі адамды "
                            "емес, екі топты көре бастағанда, дау этникалық реңк алады. Әдеттегі "
                            "жолдары:</p><ol><li><strong>Жалпылау:</strong> «ол менің суымды "
                            "бөгеді» деген сөз «олар біздің суымызды үнемі тартып алады» "
                            "дегенге айналады.</li><li><strong>Қауесет:</strong> бұрмаланған "
                            "әңгіме, көбіне мәнмәтінінен жұлып алынған бейне, мессенджер "
                            "чаттарында деректен жылдам тарайды.</li><li><strong>Жұмылдыру:"
                            "</strong> туыстар мен достар «өзімізді қолдау» үшін келеді де, екі "
                            "адамның ұрсысы ондаған адамның бір-біріне қарсы тұруына айналады."
                            "</li><li><strong>Ескі өкпе:</strong> бұрынғы оқиғалар «олар әрқашан "
                            "осындай» дегеннің дәлелі ретінде алға тартылады.</li></ol><p><em>"
                            "Мысал.</em> Түркістан облысындағы бір ауылда екі фермер, Бақыт пен "
                            "Рустам, бір арықтан су алады. Құрғақ шілдеде олардың бірі су "
                            "қақпасын кезегінен тыс ашып жіберді. Екі күннен кейін ауыл "
                            "чатындағы хабарлама мұны бір қауымның екінші қауымның суын «басып "
                            "алуы» деп сипаттады, арық басына жастар жинала бастады. Ал "
                            "бастапқы даудың этникалық мәселеге ешқандай қатысы жоқ еді.</p>"
                            "<p>Медиатордың міндеті — <strong>дауды оның шын мәніне қайтару"
                            "</strong>: осы екі адам, осы арық, осы суару кестесі. Әр тараппен "
                            "жеке кездесіңіз, шын мәнінде не болғанын тексеріңіз, топтар туралы "
                            "емес, қажеттіліктер туралы сұраңыз («егініңізге неше сағат су "
                            "керек?»), қажет болса, екеуімен бірге чатқа жазылатын сабырлы "
                            "хабарламаны келісіп алыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Когда обычный спор приобретает этническую окраску</h3><p>"
                            "Большинство конфликтов, которые потом называют «межэтническими», "
                            "начинаются как обычные споры: из-за поливной воды, границы "
                            "пастбища, долга, шума или драки подростков. Спор приобретает "
                            "этническую окраску, когда люди перестают видеть двух человек с "
                            "конкретной проблемой и начинают видеть две группы. Типичные пути:"
                            "</p><ol><li><strong>Обобщение:</strong> «он перекрыл мне воду» "
                            "превращается в «они всегда забирают нашу воду».</li><li><strong>"
                            "Слухи:</strong> искажённая история, часто видео, вырванное из "
                            "контекста, расходится по чатам в мессенджерах быстрее фактов.</li>"
                            "<li><strong>Мобилизация:</strong> родственники и друзья приходят "
                            "«поддержать своих», и ссора двоих превращается в противостояние "
                            "десятков.</li><li><strong>Старые обиды:</strong> прошлые случаи "
                            "приводят как доказательство того, что «они всегда такие».</li></ol>"
                            "<p><em>Пример.</em> В селе Туркестанской области двое фермеров, "
                            "Бахыт и Рустам, берут воду из одного арыка. Засушливым июлем один "
                            "из них открыл шлюз не в свою очередь. Через два дня сообщение в "
                            "сельском чате описало это как «захват» воды одной общиной у другой, "
                            "и у арыка начала собираться молодёжь. Сам спор не имел никакого "
                            "отношения к этничности.</p><p>Задача медиатора — <strong>вернуть "
                            "спор к его настоящему предмету</strong>: эти два человека, этот "
                            "арык, этот график полива. Встретьтесь с каждой стороной отдельно, "
                            "проверьте, что произошло на самом деле, спрашивайте о потребностях "
                            "(«сколько часов воды нужно вашему полю?»), а не о группах, и при "
                            "необходимости согласуйте с обоими спокойное сообщение для чата.</p>"
                        ),
                        "en": (
                            "<h3>When an ordinary dispute acquires an ethnic colouring</h3><p>"
                            "Most conflicts later called “interethnic” start as ordinary "
                            "disputes over irrigation water, a pasture boundary, a debt, noise "
                            "or a fight between teenagers. A dispute acquires an ethnic "
                            "colouring when people stop seeing two persons with a concrete "
                            "problem and start seeing two groups. Typical paths are:</p><ol><li>"
                            "<strong>Generalisation:</strong> “he blocked my water” becomes "
                            "“they always take our water”.</li><li><strong>Rumour:</strong> a "
                            "distorted story, often a video taken out of context, spreads "
                            "through messenger chats faster than the facts.</li><li><strong>"
                            "Mobilisation:</strong> relatives and friends come to “support our "
                            "own”, and a quarrel between two people becomes a standoff between "
                            "dozens.</li><li><strong>Old grievances:</strong> past incidents are "
                            "brought up as proof that “this is how they are”.</li></ol><p><em>"
                            "Example.</em> In a village in Turkistan region, two farmers, Bakhyt "
                            "and Rustam, take water from the same irrigation ditch. In a dry "
                            "July one of them opened the sluice out of turn. Two days later a "
                            "message in the village chat described it as one community "
                            "“seizing” another's water, and young men began to gather by the "
                            "ditch. The original dispute had nothing to do with ethnicity.</p>"
                            "<p>The mediator's task is to <strong>bring the dispute back to its "
                            "real subject</strong>: these two people, this ditch, this watering "
                            "schedule. Meet each party separately, check what actually happened, "
                            "ask about needs (“how many hours of water does your field need?”) "
                            "rather than about groups, and, if necessary, agree with both of "
                            "them on a calm message for the chat.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Стереотиптер және айдар тақпай сөйлеу</h3><p>Стереотип "
                            "(таптаурын) — топтың әр мүшесіне телінетін, сол топ туралы "
                            "жеңілдетілген түсінік. Стереотип бәрінде бар; оның қаупі — бізді "
                            "тек өзін растайтын деректерді ғана байқауға итермелейді. Дауда "
                            "екінші тараптың кез келген әрекеті «дәлелге» айналады. Медиаторда "
                            "да стереотиптер болады: іске кіріспес бұрын әр тараптан не "
                            "күтетініңізді және неліктен күтетініңізді өзіңізден адал сұраңыз."
                            "</p><ul><li>Адамдарды есімімен атап, әрекетті сипаттаңыз: "
                            "«сіздікілер суды тартып алды» емес, «Рустам сейсенбіде су қақпасын "
                            "ашты».</li><li>Тарап жалпылай бастаса, сөзін қайта тұжырымдаңыз: "
                            "«Сіз отбасыңызға әділетсіз қарады деп ойлайсыз. Сейсенбіде не "
                            "болғанын бірге қарайық».</li><li>Мәселенің мәні үшін шынымен "
                            "маңызды болмаса, этникалық топтардың атын атамаңыз, ал қорлайтын "
                            "сөзді, тіпті дәйексөз ретінде де, ешқашан қайталамаңыз.</li><li>"
                            "Ұлтқа қатысты әзілдерден және халықтарды, тіпті мақтау түрінде "
                            "болса да, салыстырудан аулақ болыңыз.</li><li>Біреу ренжітетін сөз "
                            "айтса, оны сабырмен тоқтатып, барлығы үшін құрметпен сөйлеу "
                            "ережесін келісіп алыңыз.</li></ul><p><strong>Жиі кездесетін "
                            "қателер:</strong> дауды басынан-ақ этникалық деп санап, тараптардың "
                            "қорқынышын растау; нақты мәдени қажеттіліктерді елемеу, мысалы, "
                            "кездесуді жұма намазы немесе ас беру уақытына белгілеу; дауласып "
                            "отырған адамдардың өзін емес, «қауымдардың өкілдерін» шақыру.</p>"
                        ),
                        "ru": (
                            "<h3>Стереотипы и речь без ярлыков</h3><p>Стереотип — это "
                            "упрощённый образ группы, который переносят на каждого её члена. "
                            "Стереотипы есть у всех; опасность в том, что они заставляют "
                            "замечать только подтверждающие их факты. В споре любое действие "
                            "другой стороны становится «доказательством». Стереотипы есть и у "
                            "медиатора: перед началом дела честно спросите себя, чего вы ждёте "
                            "от каждой стороны и почему.</p><ul><li>Называйте людей по именам и "
                            "описывайте действия: «Рустам открыл шлюз во вторник», а не «ваши "
                            "забрали воду».</li><li>Когда сторона обобщает, переформулируйте: "
                            "«Вы чувствуете, что с вашей семьёй поступили несправедливо. Давайте "
                            "посмотрим, что произошло во вторник».</li><li>Не называйте "
                            "этнические группы, если это действительно не важно для сути "
                            "вопроса, и никогда не повторяйте оскорблений, даже в виде цитаты."
                            "</li><li>Избегайте шуток о национальности и сравнений народов, даже "
                            "лестных.</li><li>Если кто-то употребил обидное слово, спокойно "
                            "остановите это и договоритесь со всеми о правилах уважительной "
                            "речи.</li></ul><p><strong>Типичные ошибки:</strong> с самого начала "
                            "считать спор этническим и тем самым подтверждать страхи сторон; "
                            "игнорировать реальные культурные потребности, например назначать "
                            "встречу на время пятничной молитвы или поминального обеда; "
                            "приглашать «представителей общин» вместо людей, которые на самом "
                            "деле спорят.</p>"
                        ),
                        "en": (
                            "<h3>Stereotypes and speaking without labels</h3><p>A stereotype is "
                            "a simplified picture of a group applied to each of its members. "
                            "Everyone has stereotypes; the danger is that they make us notice "
                            "only the facts that confirm them. In a dispute, every action of the "
                            "other side becomes “proof”. The mediator has stereotypes too: "
                            "before taking a case, ask yourself honestly what you expect from "
                            "each party and why.</p><ul><li>Use names and describe actions: "
                            "“Rustam opened the sluice on Tuesday”, not “your people took the "
                            "water”.</li><li>When a party generalises, reframe: “You feel your "
                            "family was treated unfairly. Let's look at what happened on "
                            "Tuesday.”</li><li>Do not name ethnic groups unless it truly matters "
                            "to the issue, and never repeat an insult, even as a quotation.</li>"
                            "<li>Avoid jokes about nationality and comparisons between peoples, "
                            "even flattering ones.</li><li>If someone uses an offensive word, "
                            "stop it calmly and agree with everyone on rules of respectful "
                            "speech.</li></ul><p><strong>Common mistakes:</strong> treating a "
                            "dispute as ethnic from the start and so confirming the parties' "
                            "fears; ignoring real cultural needs, such as setting a meeting "
                            "during Friday prayer or a memorial meal; inviting “representatives "
                            "of the communities” instead of the people actually in the dispute."
                            "</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Аза үйінің қасындағы той",
                            "ru": "Той по соседству с трауром",
                            "en": "A wedding next door to a house in mourning",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Алматы облысындағы үлкен бір ауылда Нұрланның отбасы сенбі "
                                "күні кешке аулада үйлену тойын өткізіп жатты. Көрші үйде "
                                "Галинаның отбасы үш күн бұрын оның әкесін жерлеген еді. Түнгі "
                                "сағат он бірде Галинаның ұлы Денис келіп, музыканы "
                                "бәсеңдетуді өтінді; сөз сөзге жалғасып, қонақтардың бірі оған "
                                "«келген жеріңе қайт» деді.</p><p>Жексенбі күні таңертең Денис "
                                "ұрыс-керістің бейнесін «Бізге мұнда осылай қарайды» деген "
                                "жазумен ауыл чатына салды. Ондаған пікір жазылды, кейбірі "
                                "тұтас халықтарды қорлайтын. Нұрланның әкесі отбасы жерлеу "
                                "туралы білмегенін айтып, айыптауларға ренжіп отыр. Галина "
                                "жанжал шығарғысы келмейді, бірақ отбасын қорлады дейді. "
                                "Ауылдық округ әкімі сізден қоғамдық медиатор ретінде "
                                "көмектесуді сұрады.</p>"
                            ),
                            "ru": (
                                "<p>В большом селе Алматинской области семья Нурлана в субботу "
                                "вечером справляла во дворе свадьбу. По соседству семья Галины "
                                "три дня назад похоронила её отца. В одиннадцать вечера сын "
                                "Галины Денис пришёл попросить сделать музыку тише; слово за "
                                "слово, и кто-то из гостей сказал ему: «Уезжай туда, откуда "
                                "приехал».</p><p>В воскресенье утром Денис выложил видео ссоры "
                                "в сельский чат с подписью «Вот как к нам здесь относятся». "
                                "Появились десятки комментариев, некоторые — с оскорблениями "
                                "целых народов. Отец Нурлана говорит, что семья не знала о "
                                "похоронах, и обижен обвинениями. Галина не хочет скандала, но "
                                "говорит, что её семью унизили. Аким сельского округа попросил "
                                "вас как общественного медиатора помочь.</p>"
                            ),
                            "en": (
                                "<p>In a large village in Almaty region, Nurlan's family was "
                                "holding a wedding in their yard on a Saturday evening. Next "
                                "door, Galina's family had buried her father three days "
                                "earlier. At eleven at night Galina's son Denis came over and "
                                "asked them to turn the music down; one word led to another, "
                                "and one of the guests told him to “go back where you came "
                                "from”.</p><p>On Sunday morning Denis posted a video of the "
                                "quarrel in the village chat with the caption “This is how they "
                                "treat us here”. Dozens of comments followed, some insulting "
                                "whole peoples. Nurlan's father says the family did not know "
                                "about the funeral and is offended by the accusations. Galina "
                                "does not want a scandal but says her family was humiliated. "
                                "The akim of the rural district has asked you, as a public "
                                "mediator, to help.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Бұл даудың қай тұстары оқиғаның өзіне қатысты, ал "
                                    "қайсысын жалпылау мен чат қосты?"
                                ),
                                "ru": (
                                    "Какие стороны этого спора касаются самого случая, а какие "
                                    "добавлены обобщением и чатом?"
                                ),
                                "en": (
                                    "Which parts of this dispute are about the incident itself, "
                                    "and which were added by generalisation and the chat?"
                                ),
                            },
                            {
                                "kk": "Алдымен кіммен кездесесіз және қандай ретпен? Неліктен?",
                                "ru": "С кем вы встретитесь сначала и в каком порядке? Почему?",
                                "en": "Whom would you meet first, and in what order? Why?",
                            },
                            {
                                "kk": (
                                    "Әр отбасының қаза, той және кешірім сұрау туралы қандай "
                                    "мәдени күтулері болуы мүмкін?"
                                ),
                                "ru": (
                                    "Какие культурные ожидания насчёт траура, праздника и "
                                    "извинения могут быть у каждой семьи?"
                                ),
                                "en": (
                                    "What cultural expectations about mourning, celebration and "
                                    "apology might each family hold?"
                                ),
                            },
                            {
                                "kk": (
                                    "Шиеленіс бәсеңдеуі үшін тараптар чаттағы бейне мен "
                                    "пікірлерге қатысты не істей алады?"
                                ),
                                "ru": (
                                    "Как стороны могли бы поступить с видео и комментариями в "
                                    "чате, чтобы напряжение спало?"
                                ),
                                "en": (
                                    "What could the parties do about the video and the comments "
                                    "in the chat so that the tension goes down?"
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
                                "Өз ортаңызда адамдар ұлт тұрғысынан сипаттай бастаған бір "
                                "дауды еске түсіріңіз. Бұл қай сәтте болды, әңгімені кім "
                                "таратты және оны нақты мәселеге қайтару үшін медиатор қандай "
                                "бір сөйлем айта алар еді?"
                            ),
                            "ru": (
                                "Вспомните спор в вашем окружении, который люди начали "
                                "описывать через национальность. В какой момент это произошло, "
                                "кто распространял историю и какую одну фразу мог бы сказать "
                                "медиатор, чтобы вернуть разговор к настоящей проблеме?"
                            ),
                            "en": (
                                "Recall a dispute in your community that people began to "
                                "describe in terms of nationality. At what moment did that "
                                "happen, who spread the story, and what one sentence could a "
                                "mediator have said to bring the conversation back to the real "
                                "problem?"
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {"kk": "Мәдениет", "ru": "Культура", "en": "Culture"},
                                "definition": {
                                    "kk": (
                                        "Адам отбасы мен қауымда меңгеретін, оның нені әділ "
                                        "әрі әдепті деп санайтынын айқындайтын ортақ "
                                        "түсініктер, құндылықтар, салт-дәстүр мен сөйлеу "
                                        "мәнері."
                                    ),
                                    "ru": (
                                        "Общие представления, ценности, обычаи и манера речи, "
                                        "которые человек усваивает в семье и общине и которые "
                                        "определяют, что он считает справедливым и вежливым."
                                    ),
                                    "en": (
                                        "Shared ideas, values, customs and ways of speaking "
                                        "that a person learns in the family and community and "
                                        "that shape what they see as fair and polite."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Даудың этникалық реңкі",
                                    "ru": "Этническая окраска спора",
                                    "en": "Ethnic colouring of a dispute",
                                },
                                "definition": {
                                    "kk": (
                                        "Нақты адамдар арасындағы дау этникалық топтар "
                                        "арасындағы қақтығыс ретінде қабылданып, сипаттала "
                                        "бастайтын жағдай."
                                    ),
                                    "ru": (
                                        "Ситуация, когда спор между конкретными людьми "
                                        "начинают воспринимать и описывать как конфликт между "
                                        "этническими группами."
                                    ),
                                    "en": (
                                        "The situation in which a dispute between particular "
                                        "people starts to be seen and described as a conflict "
                                        "between ethnic groups."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Стереотип (таптаурын)",
                                    "ru": "Стереотип",
                                    "en": "Stereotype",
                                },
                                "definition": {
                                    "kk": (
                                        "Деректерге қарамастан топтың әр мүшесіне телінетін, "
                                        "сол топ туралы жеңілдетілген, жалпыланған түсінік."
                                    ),
                                    "ru": (
                                        "Упрощённый, обобщённый образ группы, который "
                                        "переносят на каждого её члена независимо от фактов."
                                    ),
                                    "en": (
                                        "A simplified, generalised picture of a group that is "
                                        "applied to each of its members regardless of the "
                                        "facts."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Айдар тағу",
                                    "ru": "Навешивание ярлыков",
                                    "en": "Labelling",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамды есімі мен әрекеті арқылы емес, тобы арқылы "
                                        "(«олар», «сіздікілер») сипаттау."
                                    ),
                                    "ru": (
                                        "Описание человека через его группу («они», «ваши») "
                                        "вместо имени и поступков."
                                    ),
                                    "en": (
                                        "Describing a person by their group (“they”, “your "
                                        "people”) instead of by their name and actions."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Қайта тұжырымдау",
                                    "ru": "Переформулирование",
                                    "en": "Reframing",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың сөзін мағынасы мен сезімін сақтай отырып, "
                                        "бірақ айыптау мен жалпылаусыз бейтарап сөздермен "
                                        "қайталау."
                                    ),
                                    "ru": (
                                        "Пересказ слов стороны нейтральными словами, которые "
                                        "сохраняют смысл и чувство, но убирают обвинения и "
                                        "обобщения."
                                    ),
                                    "en": (
                                        "Restating a party's words in neutral terms that keep "
                                        "the meaning and the feeling but remove accusation and "
                                        "generalisation."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "public-mediator-in-the-community",
            "title": {
                "kk": "Қоғамдастықтағы қоғамдық медиатор",
                "ru": "Общественный медиатор в сообществе",
                "en": "The public mediator in the community",
            },
            "summary": {
                "kk": (
                    "Қоғамдық медиатор кіммен жұмыс істейді, істі қашан басқаға береді және "
                    "шиеленістің ерте белгілерін қалай байқап, хабарлайды."
                ),
                "ru": (
                    "С кем работает общественный медиатор, когда передавать дело и как "
                    "замечать ранние признаки напряжённости и сообщать о них."
                ),
                "en": (
                    "Who the public mediator works with, when to pass a case on, and how to "
                    "notice and report early signs of tension."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Ассамблеяның өңірлік құрылымдары, этномәдени бірлестіктер, ақсақалдар "
                        "кеңестері, әкімдік және жергілікті полиция дауда не істей алатынын "
                        "және не істей алмайтынын сипаттау."
                    ),
                    "ru": (
                        "Описывать, что могут и чего не могут сделать в споре региональные "
                        "структуры Ассамблеи, этнокультурные объединения, советы аксакалов, "
                        "акимат и местная полиция."
                    ),
                    "en": (
                        "Describe what the Assembly's regional structures, ethnocultural "
                        "associations, councils of elders, the akimat and local police can and "
                        "cannot do in a dispute."
                    ),
                },
                {
                    "kk": (
                        "Істі қашан басқаға беру керектігін шешіп, оны тараптардың келісімімен "
                        "тапсыру."
                    ),
                    "ru": "Решать, когда передать дело, и передавать его с согласия сторон.",
                    "en": (
                        "Decide when to pass a case on and hand it over with the parties' consent."
                    ),
                },
                {
                    "kk": "Шиеленістің ерте белгілерін танып, қысқа әрі нақты хабарлама жазу.",
                    "ru": (
                        "Распознавать ранние признаки напряжённости и составлять краткое "
                        "фактическое сообщение."
                    ),
                    "en": "Recognise early signs of tension and write a short, factual report.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қоғамдық медиатор жалғыз емес</h3><p>Қоғамдық медиаторды "
                            "жергілікті қоғамдастық сайлайды, ол қоғамдық негізде жұмыс істейді. "
                            "Сіздің күшіңіз — сенім: адамдар сізге шенеунік болғандықтан емес, "
                            "өз арасындағы адам болғандықтан келеді. Бірақ көп дауды бір адам "
                            "шеше алмайды, сондықтан медиатор аумақта тағы кім көмектесе "
                            "алатынын, әрқайсысы не істей алатынын және не істей алмайтынын "
                            "білуі керек.</p><ul><li><strong>Қазақстан халқы Ассамблеясының "
                            "өңірлік құрылымдары.</strong> Облыстық ассамблея, Достық үйі және "
                            "медиация кабинеті әдістемелік қолдау көрсетеді, оқыту "
                            "ұйымдастырады, кәсіби медиаторлармен байланыстырады және өңірдегі "
                            "ахуал туралы мәлімет жинайды. Күрделі істер бойынша алдымен "
                            "соларға жүгініңіз.</li><li><strong>Этномәдени бірлестіктер."
                            "</strong> Олар өз қауымын жақсы біледі, сол қауымның тілінде "
                            "сөйлейді және салт-дәстүрін түсіндіре алады. Олардың жетекшілері "
                            "адамдарды сабырға шақырып, тарапты келіссөз үстеліне әкелуге "
                            "көмектесе алады, бірақ тараптардың орнына келіссөз жүргізбеуі тиіс."
                            "</li><li><strong>Ақсақалдар кеңестері.</strong> Олардың сөзі, "
                            "әсіресе жастар үшін және отбасылық істерде, салмақты. Кеңес ортақ "
                            "деп қабылдануы үшін түрлі этнос өкілдерінен шыққан қариялардың "
                            "басын бірге қосыңыз.</li><li><strong>Әкімдік.</strong> Ауылдық "
                            "округтің немесе қаланың әкімдігі көптеген практикалық мәселемен "
                            "айналысады: жер және учаске шекаралары, су бөлу, көше жарығы, "
                            "көпшілік іс-шараларын өткізу. Тұрмыстық не әкімшілік мәселе "
                            "шешілгенде, көптеген «этникалық» дау өзінен-өзі басылады.</li><li>"
                            "<strong>Жергілікті полиция.</strong> Учаскелік полиция инспекторы "
                            "құқық бұзушылықпен, қоқан-лоқымен және зорлық-зомбылықпен "
                            "айналысады. Біреудің қауіпсіздігіне қатер төнгенде медиация "
                            "полицияның орнын баспайды.</li></ul><p>Өз рөліңізді анық ұстаңыз. "
                            "Сіз әкімдіктің не полицияның агенті де, қандай да бір қауымның "
                            "өкілі де емессіз. Медиация ерікті және құпия: тараптардың сізге "
                            "айтқаны, олар басқаша келіспесе, сізде қалады. Әріптестерге нені "
                            "және қандай түрде айта алатыныңызды тараптармен алдын ала келісіп "
                            "алыңыз. Адамның өміріне немесе денсаулығына тікелей қатер төнсе, "
                            "қауіпсіздік бәрінен маңызды: полицияға (102) немесе бірыңғай 112 "
                            "нөміріне қоңырау шалыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Общественный медиатор не один</h3><p>Общественного медиатора "
                            "избирает местное сообщество, и он работает на общественных "
                            "началах. Ваша сила — доверие: люди приходят к вам потому, что вы "
                            "свой, а не чиновник. Но многие споры одному человеку не решить, и "
                            "медиатору нужно знать, кто ещё в округе может помочь, что каждый "
                            "может сделать и чего не может.</p><ul><li><strong>Региональные "
                            "структуры Ассамблеи народа Казахстана.</strong> Областная "
                            "ассамблея, Дом дружбы и кабинет медиации оказывают методическую "
                            "поддержку, организуют обучение, связывают с профессиональными "
                            "медиаторами и собирают сведения об обстановке в регионе. По "
                            "сложным делам обращайтесь к ним в первую очередь.</li><li><strong>"
                            "Этнокультурные объединения.</strong> Они хорошо знают свои общины, "
                            "говорят на их языках и могут объяснить обычаи. Их руководители "
                            "способны успокоить людей и помочь привести сторону за стол "
                            "переговоров, но не должны вести переговоры вместо сторон.</li><li>"
                            "<strong>Советы аксакалов.</strong> Их слово весомо, особенно для "
                            "молодёжи и в семейных делах. Приглашайте вместе старейшин разного "
                            "происхождения, чтобы совет воспринимался как общий.</li><li><strong>"
                            "Акимат.</strong> Акимат сельского округа или города занимается "
                            "многими практическими вопросами: землёй и границами участков, "
                            "распределением воды, освещением улиц, проведением массовых "
                            "мероприятий. Многие «этнические» споры утихают сами, когда решена "
                            "бытовая или административная проблема.</li><li><strong>Местная "
                            "полиция.</strong> Участковый инспектор полиции занимается "
                            "правонарушениями, угрозами и насилием. Медиация не заменяет "
                            "полицию, когда под угрозой чья-то безопасность.</li></ul><p>Держите "
                            "свою роль ясной. Вы не агент акимата или полиции и не представитель "
                            "какой-либо общины. Медиация добровольна и конфиденциальна: то, что "
                            "стороны рассказали вам, остаётся у вас, если они не согласились на "
                            "иное. Заранее договоритесь со сторонами, что и в какой форме вы "
                            "можете сообщить партнёрам. Если есть непосредственная угроза жизни "
                            "или здоровью, безопасность людей важнее всего: звоните в полицию "
                            "(102) или по единому номеру 112.</p>"
                        ),
                        "en": (
                            "<h3>The public mediator is not alone</h3><p>A public mediator is "
                            "elected by the local community and works on a voluntary basis. "
                            "Your strength is trust: people come to you because you are one of "
                            "them, not an official. But many disputes cannot be settled by one "
                            "person, and a mediator needs to know who else in the area can help "
                            "and what each of them can and cannot do.</p><ul><li><strong>"
                            "Regional structures of the Assembly of People of Kazakhstan."
                            "</strong> The regional assembly, the House of Friendship and the "
                            "mediation office give methodological support, organise training, "
                            "put you in touch with professional mediators and collect "
                            "information about the situation in the region. Turn to them first "
                            "with difficult cases.</li><li><strong>Ethnocultural associations."
                            "</strong> They know their communities well, speak their languages "
                            "and can explain customs. Their leaders can calm people down and "
                            "help bring a party to the table, but they should not negotiate "
                            "instead of the parties.</li><li><strong>Councils of elders."
                            "</strong> Their word carries weight, especially with young people "
                            "and in family matters. Bring together elders of different "
                            "backgrounds, so that the council is seen as shared by all.</li><li>"
                            "<strong>The akimat.</strong> The akimat of a rural district or town "
                            "deals with many practical matters: land and plot boundaries, water "
                            "distribution, street lighting, public events. Many “ethnic” "
                            "disputes die down once an everyday or administrative problem is "
                            "solved.</li><li><strong>Local police.</strong> The district police "
                            "inspector deals with offences, threats and violence. Mediation does "
                            "not replace the police when someone's safety is at risk.</li></ul>"
                            "<p>Keep your role clear. You are not an agent of the akimat or the "
                            "police, nor a representative of any community. Mediation is "
                            "voluntary and confidential: what the parties tell you stays with "
                            "you unless they agree otherwise. Agree with the parties in advance "
                            "what you may share with partners and in what form. If there is an "
                            "immediate threat to someone's life or health, safety comes first: "
                            "call the police (102) or the single emergency number 112.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Істі қашан басқаға беру керек</h3><p>Өз рөліңіздің шегін білу "
                            "— әлсіздік емес, кәсіби дағды. Мына жағдайларда істі басқаға "
                            "беріңіз немесе басқаларды тартыңыз:</p><ul><li>зорлық-зомбылық, "
                            "қоқан-лоқы, мүлікті бүлдіру немесе өзге ықтимал құқық бұзушылық "
                            "болса: бұл ең алдымен полицияның ісі;</li><li>топ жиналып жатса "
                            "немесе ұжымдық әрекетке шақырулар естілсе: дереу полицияға, "
                            "әкімдікке және Ассамблеяның өңірлік құрылымына хабарлаңыз;</li><li>"
                            "сізде мүдделер қақтығысы болса: тарап — сіздің туысыңыз, көршіңіз, "
                            "серіктесіңіз немесе өз бірлестігіңіздің мүшесі, не екінші тарап "
                            "сізді қарсы жақтың адамы деп санайды;</li><li>дау тек мемлекеттік "
                            "орган шеше алатын мәселеге, мысалы, жерге құқыққа, рұқсаттарға "
                            "немесе жәрдемақыға қатысты болса: тараптарға тиісті мекемеге "
                            "жетуге көмектесіңіз;</li><li>іс тым күрделі немесе тараптары көп "
                            "болса және кәсіби медиатор не келіссөз жүргізуші-этномедиатор "
                            "қажет болса;</li><li>тараптардың бірі медиацияны қаламаса: қатысу "
                            "ерікті, оған мәжбүрлеуге болмайды.</li></ul><h3>Қалай беру керек"
                            "</h3><ol><li>Тараптарға басқа адам немесе орган оларға неліктен "
                            "жақсырақ көмектесе алатынын түсіндіріңіз.</li><li>Байланыс "
                            "деректері мен мән-жайды беруге олардың келісімін алыңыз.</li><li>"
                            "Қабылдаушыға өз бағаңызсыз, деректердің қысқаша мазмұнын беріңіз."
                            "</li><li>Келесі қадам туралы тараптарға кім хабарлайтынын "
                            "келісіңіз.</li><li>Бірнеше күннен кейін іспен шынымен айналыса "
                            "бастағанын тексеріңіз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Когда передать дело</h3><p>Знать пределы своей роли — это "
                            "профессиональный навык, а не слабость. Передайте дело или "
                            "привлеките других, если:</p><ul><li>было насилие, угроза, порча "
                            "имущества или другое возможное правонарушение: это прежде всего "
                            "дело полиции;</li><li>собирается толпа или звучат призывы к "
                            "коллективным действиям: немедленно сообщите в полицию, акимат и "
                            "региональную структуру Ассамблеи;</li><li>у вас конфликт "
                            "интересов: сторона — ваш родственник, сосед, деловой партнёр или "
                            "член вашего объединения, либо другая сторона считает вас человеком "
                            "оппонента;</li><li>спор касается того, что может решить только "
                            "государственный орган, например прав на землю, разрешений или "
                            "пособий: помогите сторонам попасть в нужное учреждение;</li><li>"
                            "дело слишком сложное или в нём много сторон, и нужен "
                            "профессиональный медиатор или переговорщик-этномедиатор;</li><li>"
                            "одна из сторон не хочет медиации: участие добровольно, заставить "
                            "нельзя.</li></ul><h3>Как передать</h3><ol><li>Объясните сторонам, "
                            "почему другой человек или орган поможет им лучше.</li><li>Получите "
                            "их согласие на передачу контактов и подробностей.</li><li>Дайте "
                            "получателю краткое изложение фактов, без собственных оценок.</li>"
                            "<li>Договоритесь, кто сообщит сторонам о следующем шаге.</li><li>"
                            "Через несколько дней проверьте, что делом действительно занялись."
                            "</li></ol>"
                        ),
                        "en": (
                            "<h3>When to pass a case on</h3><p>Knowing the limits of your role "
                            "is a professional skill, not a weakness. Pass the case on, or bring "
                            "others in, when:</p><ul><li>there has been violence, a threat, "
                            "damage to property or another possible offence: that is a matter "
                            "for the police first;</li><li>a crowd is gathering or people are "
                            "calling for collective action: inform the police, the akimat and "
                            "the Assembly's regional structure at once;</li><li>you have a "
                            "conflict of interest: a party is your relative, neighbour, business "
                            "partner or a member of your own association, or the other side "
                            "sees you as being on their opponent's side;</li><li>the dispute is "
                            "about something only a state body can decide, such as land rights, "
                            "permits or benefits: help the parties reach the right office;</li>"
                            "<li>the case is too complex or involves many parties, and a "
                            "professional mediator or a negotiator-ethnomediator is needed;</li>"
                            "<li>one party does not want mediation: taking part is voluntary and "
                            "cannot be forced.</li></ul><h3>How to hand over</h3><ol><li>Explain "
                            "to the parties why another person or body can help them better."
                            "</li><li>Get their consent to pass on their contacts and the "
                            "details.</li><li>Give the recipient a short summary of the facts, "
                            "without your own judgements.</li><li>Agree who will tell the "
                            "parties about the next step.</li><li>A few days later, check that "
                            "the case has actually been taken up.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Шиеленістің ерте белгілері</h3><p>Ашық қақтығыс сирек жағдайда "
                            "ғана жоқ жерден пайда болады. Бірнеше апта бұрын қоғамдастықта "
                            "тұратын адамдар белгілерді байқай алады. Мыналарға назар "
                            "аударыңыз:</p><ul><li>бір адамның әрекеті үшін тұтас топты "
                            "кінәлайтын жергілікті чаттар мен әлеуметтік желілердегі қауесет "
                            "пен жазбалар;</li><li>сол бір отбасылар, көшелер немесе жастар "
                            "топтары арасында қайталанып тұратын ұсақ шатақтар;</li><li>"
                            "тараптар ұлтына қарай бөлінетін мектептегі немесе футболдан "
                            "кейінгі төбелестер;</li><li>қабырғадағы қорлайтын жазулар, "
                            "базардағы дөрекілік, «оларға» тауар сатудан немесе үй жалға "
                            "беруден бас тарту;</li><li>адамдардың ортақ мерекелерге, "
                            "көршілердің тойына немесе жаназасына келмей қоюы;</li><li>«барып, "
                            "жөнге салайық» деген шақырулар, жігіттердің топтасып жиналуы, "
                            "отбасылардың көшіп кетуі туралы әңгімелер.</li></ul><h3>Қалай "
                            "хабарлау керек</h3><p>Ассамблеяның өңірлік құрылымына немесе "
                            "медиация кабинетіне, сондай-ақ әкімдікке хабарлаңыз; қауіпсіздікке "
                            "қатер болса, бірден полицияға қоңырау шалыңыз. Пайдалы хабарлама "
                            "қысқа әрі нақты деректерге негізделеді:</p><ol><li><strong>Не"
                            "</strong> болды немесе не айтылып жүр — бейтарап сөздермен.</li>"
                            "<li><strong>Қайда және қашан.</strong></li><li><strong>Кім</strong> "
                            "қатысты — ұлтымен емес, рөлімен (көршілер, оқушылар, саудагерлер), "
                            "егер ұлты аса маңызды болмаса.</li><li><strong>Дереккөз:</strong> "
                            "өзіңіз көрдіңіз бе, кімнен естідіңіз, қай чаттан таптыңыз; не "
                            "тексерілді, не тексерілмеді.</li><li><strong>Не істелді</strong> "
                            "және сіздің ойыңызша, әрі қарай не болуы мүмкін.</li></ol><p><strong>"
                            "Есте сақтаңыз:</strong> қауесетті «мәлімет үшін» деп қайта "
                            "таратпаңыз, топтардың атын көпшілік алдында атамаңыз, өз бетіңізше "
                            "тергеу жүргізбеңіз және басқаларға байланысты нәтижелерді адамдарға "
                            "уәде етпеңіз. Сіздің хабарламаңыз — айыптау емес, алдын алуға "
                            "арналған белгі.</p>"
                        ),
                        "ru": (
                            "<h3>Ранние признаки напряжённости</h3><p>Открытые конфликты редко "
                            "возникают на пустом месте. За недели до них люди, живущие в "
                            "сообществе, могут заметить сигналы. Обращайте внимание на:</p><ul>"
                            "<li>слухи и посты в местных чатах и соцсетях, которые винят целую "
                            "группу за поступок одного человека;</li><li>повторяющиеся мелкие "
                            "стычки между одними и теми же семьями, улицами или компаниями "
                            "молодёжи;</li><li>драки в школе или после футбола, в которых "
                            "стороны делятся по национальному признаку;</li><li>оскорбительные "
                            "надписи на стенах, грубость на базаре, отказы продавать товар или "
                            "сдавать жильё «им»;</li><li>то, что люди перестают приходить на "
                            "общие праздники, на тои или похороны соседей;</li><li>призывы "
                            "«пойти разобраться», сборища молодых парней, разговоры о том, что "
                            "семьи уезжают.</li></ul><h3>Как сообщать</h3><p>Сообщайте в "
                            "региональную структуру Ассамблеи или в кабинет медиации, а также в "
                            "акимат; если есть угроза безопасности, сразу звоните в полицию. "
                            "Полезное сообщение — короткое и фактическое:</p><ol><li><strong>Что"
                            "</strong> произошло или о чём говорят — нейтральными словами.</li>"
                            "<li><strong>Где и когда.</strong></li><li><strong>Кто</strong> "
                            "участвует — по роли (соседи, школьники, торговцы), а не по "
                            "национальности, если она не существенна.</li><li><strong>Источник:"
                            "</strong> видели сами, слышали от кого, нашли в каком чате; что "
                            "проверено, а что нет.</li><li><strong>Что уже сделано</strong> и "
                            "что, по вашему мнению, может произойти дальше.</li></ol><p><strong>"
                            "Помните:</strong> не пересылайте слухи «для информации», не "
                            "называйте группы публично, не ведите собственное расследование и "
                            "не обещайте людям результатов, которые зависят от других. Ваше "
                            "сообщение — сигнал для профилактики, а не обвинение.</p>"
                        ),
                        "en": (
                            "<h3>Early signs of tension</h3><p>Open conflicts rarely come out of "
                            "nowhere. Weeks before, people who live in the community can notice "
                            "signals. Pay attention to:</p><ul><li>rumours and posts in local "
                            "chats and social media that blame a whole group for what one person "
                            "did;</li><li>the same petty incidents repeating between the same "
                            "families, streets or groups of young people;</li><li>fights at "
                            "school or after football in which the sides split along ethnic "
                            "lines;</li><li>offensive graffiti, rudeness at the market, refusals "
                            "to sell goods or rent housing to “them”;</li><li>people no longer "
                            "coming to shared holidays or to their neighbours' weddings and "
                            "funerals;</li><li>calls to “go and sort them out”, gatherings of "
                            "young men, talk of families moving away.</li></ul><h3>How to "
                            "report</h3><p>Report to the Assembly's regional structure or "
                            "mediation office, and to the akimat; if there is a threat to "
                            "safety, call the police at once. A useful report is short and "
                            "factual:</p><ol><li><strong>What</strong> happened or is being "
                            "said, in neutral words.</li><li><strong>Where and when.</strong>"
                            "</li><li><strong>Who</strong> is involved, by role (neighbours, "
                            "pupils, traders) rather than by nationality, unless nationality is "
                            "essential.</li><li><strong>Source:</strong> seen yourself, heard "
                            "from whom, found in which chat; what has been checked and what has "
                            "not.</li><li><strong>What has been done</strong> already and what "
                            "you think may happen next.</li></ol><p><strong>Remember:</strong> "
                            "do not forward rumours “for information”, do not name groups in "
                            "public, do not investigate on your own and do not promise people "
                            "results that depend on others. Your report is a signal for "
                            "prevention, not an accusation.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Өзіңіз аласыз ба, әлде басқаға бересіз бе?",
                            "ru": "Взяться самому или передать?",
                            "en": "Take it on or pass it on?",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бір апта ішінде Шығыс Қазақстан облысының бір ауданындағы "
                                "қоғамдық медиаторға үш өтініш түседі.</p><p><strong>1-жағдай."
                                "</strong> Көршілер Айгүл мен Татьяна ортақ қоршау және қораны "
                                "бұзып жатқан терек тамырлары үшін дауласып жүр. Екеуі де "
                                "сөйлесуге дайын.</p><p><strong>2-жағдай.</strong> Аудандық "
                                "базардағы саудагер Фаррух кеше кешке бір топ жігіт оның ұлтын "
                                "қорлап айқайлап, сөресін аударып тастағанын айтады. Ол "
                                "полицияға баруға қорқады.</p><p><strong>3-жағдай.</strong> "
                                "Медиатордың өзі белсенді мүшесі болып табылатын жергілікті "
                                "этномәдени бірлестіктің төрағасы бірлестік пен кафе иесі "
                                "арасындағы мерекеге зал жалдау туралы дауды реттеп беруді "
                                "сұрайды.</p>"
                            ),
                            "ru": (
                                "<p>За одну неделю к общественному медиатору в одном из районов "
                                "Восточно-Казахстанской области поступают три обращения.</p><p>"
                                "<strong>Ситуация 1.</strong> Соседки Айгуль и Татьяна спорят "
                                "из-за общего забора и корней тополя, которые разрушают сарай. "
                                "Обе готовы разговаривать.</p><p><strong>Ситуация 2.</strong> "
                                "Торговец с районного базара Фаррух рассказывает, что вчера "
                                "вечером группа парней перевернула его прилавок, выкрикивая "
                                "оскорбления в адрес его национальности. Он боится идти в "
                                "полицию.</p><p><strong>Ситуация 3.</strong> Председатель "
                                "местного этнокультурного объединения, активным членом которого "
                                "является сам медиатор, просит урегулировать спор объединения с "
                                "владельцем кафе об аренде зала для праздника.</p>"
                            ),
                            "en": (
                                "<p>In one week a public mediator in a district of East "
                                "Kazakhstan region receives three requests.</p><p><strong>"
                                "Situation 1.</strong> Two neighbours, Aigul and Tatyana, are "
                                "arguing about a shared fence and the roots of a poplar tree "
                                "that are damaging a shed. Both are willing to talk.</p><p>"
                                "<strong>Situation 2.</strong> Farrukh, a trader at the district "
                                "market, says that last night a group of young men overturned "
                                "his stall, shouting insults about his nationality. He is afraid "
                                "to go to the police.</p><p><strong>Situation 3.</strong> The "
                                "chair of a local ethnocultural association, of which the "
                                "mediator is an active member, asks the mediator to settle a "
                                "dispute between the association and a café owner over renting a "
                                "hall for a holiday.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Осы жағдайлардың қайсысын қоғамдық медиатор өзі ала "
                                    "алады, ал қайсысын басқаға беру керек? Кімге?"
                                ),
                                "ru": (
                                    "За какие из этих ситуаций общественный медиатор может "
                                    "взяться сам, а какие следует передать? Кому?"
                                ),
                                "en": (
                                    "Which of these situations can the public mediator take on, "
                                    "and which should be passed on? To whom?"
                                ),
                            },
                            {
                                "kk": (
                                    "2-жағдайда Фаррухқа не айтасыз және алдағы бірнеше "
                                    "сағатта қандай қадамдар жасайсыз?"
                                ),
                                "ru": (
                                    "Что вы скажете Фарруху в ситуации 2 и какие шаги "
                                    "предпримете в ближайшие часы?"
                                ),
                                "en": (
                                    "What would you say to Farrukh in situation 2, and what "
                                    "steps would you take in the next few hours?"
                                ),
                            },
                            {
                                "kk": (
                                    "3-жағдайда мүдделер қақтығысын нақты не тудырады және "
                                    "сіздің орныңызға медиацияны кім өткізе алар еді?"
                                ),
                                "ru": (
                                    "Что именно создаёт конфликт интересов в ситуации 3 и кто "
                                    "мог бы провести медиацию вместо вас?"
                                ),
                                "en": (
                                    "What exactly creates the conflict of interest in situation "
                                    "3, and who could mediate instead of you?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Матчтан кейінгі кездесу",
                            "ru": "Встреча после матча",
                            "en": "A meeting after the match",
                        },
                        "situation": {
                            "kk": (
                                "<p>Қостанай облысындағы үлкен бір ауылда көрші екі көшенің "
                                "командалары арасындағы футбол матчы жасөспірімдердің "
                                "төбелесімен аяқталды. Бір бала жеңіл жарақат алды. Кешке "
                                "жергілікті Telegram-арнада ұлтқа тиісетін қорлау сөзі бар "
                                "қысқа бейне пайда болды, ал ата-аналар чаттарында «өзімізді "
                                "қорғауымыз керек» деп жазып, сенбі күні стадион жанына "
                                "жиналуға шақыра бастады.</p><p>Қоғамдық медиатор бейсенбі "
                                "күні ауылдық округ әкімдігінде қысқа жұмыс кеңесін өткізуді "
                                "ұйымдастырды. Кеңеске медиатор, жергілікті этномәдени "
                                "бірлестіктің төрағасы, ақсақалдар кеңесінің мүшесі және "
                                "учаскелік полиция инспекторы қатысады. Мақсат — алдағы үш "
                                "күнде кім не істейтінін келісу, бұл ретте ешкім басқаның "
                                "рөлін иемденбеуі тиіс.</p>"
                            ),
                            "ru": (
                                "<p>В большом селе Костанайской области футбольный матч между "
                                "командами двух соседних улиц закончился дракой подростков. "
                                "Один мальчик получил лёгкую травму. Вечером в местном "
                                "Telegram-канале появилось короткое видео с оскорблением по "
                                "национальному признаку, а в родительских чатах начали писать, "
                                "что «своих надо защищать», и звать на сбор у стадиона в "
                                "субботу.</p><p>Общественный медиатор организовал в четверг "
                                "короткое рабочее совещание в акимате сельского округа. "
                                "Присутствуют медиатор, председатель местного этнокультурного "
                                "объединения, член совета аксакалов и участковый инспектор "
                                "полиции. Цель — договориться, кто что делает в ближайшие три "
                                "дня, и при этом никто не должен подменять других.</p>"
                            ),
                            "en": (
                                "<p>In a large village in Kostanay region, a football match "
                                "between teams from two neighbouring streets ended in a fight "
                                "between teenagers. One boy was slightly injured. That evening "
                                "a short video with an ethnic insult appeared in a local "
                                "Telegram channel, and in the parents' chats people began "
                                "writing that “we must protect our own” and calling for a "
                                "gathering at the stadium on Saturday.</p><p>The public "
                                "mediator has arranged a short working meeting at the rural "
                                "district akimat on Thursday. Present are the mediator, the "
                                "chair of a local ethnocultural association, a member of the "
                                "council of elders and the district police inspector. The goal "
                                "is to agree who does what over the next three days, without "
                                "anyone taking over another's role.</p>"
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
                                        "Кеңесті сіз шақырдыңыз. Талқылауды деректер мен "
                                        "әрекеттер төңірегінде ұстаңыз, ешбір топқа айып "
                                        "тағуға жол бермеңіз, әркімнің рөлі құрметтелуін "
                                        "қадағалаңыз және кездесуді кім, не және қай мерзімге "
                                        "дейін істейтіні туралы нақты тізіммен аяқтаңыз."
                                    ),
                                    "ru": (
                                        "Вы созвали совещание. Держите обсуждение на фактах и "
                                        "действиях, не допускайте обвинений в адрес какой-либо "
                                        "группы, следите, чтобы роль каждого уважалась, и "
                                        "завершите встречу чётким списком: кто, что и к какому "
                                        "сроку делает."
                                    ),
                                    "en": (
                                        "You called the meeting. Keep the discussion on facts "
                                        "and actions, do not allow any group to be blamed, make "
                                        "sure everyone's role is respected, and end with a clear "
                                        "list of who does what and by when."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Этномәдени бірлестіктің төрағасы",
                                    "ru": "Председатель этнокультурного объединения",
                                    "en": "Chair of the ethnocultural association",
                                },
                                "brief": {
                                    "kk": (
                                        "Барлық кінәні сіздің қауымыңыздың балаларына артады "
                                        "деп алаңдайсыз. Бейнедегі қорлау үшін көпшілік "
                                        "алдында кешірім сұралуын қалайсыз және полицияға "
                                        "күдікпен қарайсыз. Сіз отбасылармен сөйлесіп, "
                                        "жастарды сабырға шақыруға көмектесе аласыз."
                                    ),
                                    "ru": (
                                        "Вы опасаетесь, что во всём обвинят мальчиков из вашей "
                                        "общины. Вы хотите публичного извинения за оскорбление "
                                        "в видео и настороженно относитесь к полиции. Вы можете "
                                        "поговорить с семьями и помочь успокоить молодёжь."
                                    ),
                                    "en": (
                                        "You fear that the boys from your community will be "
                                        "blamed for everything. You want a public apology for "
                                        "the insult in the video and you are wary of the "
                                        "police. You can talk to the families and help calm "
                                        "the young people."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Ақсақалдар кеңесінің мүшесі",
                                    "ru": "Член совета аксакалов",
                                    "en": "Member of the council of elders",
                                },
                                "brief": {
                                    "kk": (
                                        "Ауылда сізді сыйлайды, екі отбасыны да танисыз. "
                                        "Мәселені «ескі жолмен», тек ақсақалдардың күшімен, "
                                        "тез әрі полициясыз шешу керек деп ойлайсыз. Сіз "
                                        "отбасыларға барып, ата-аналардың ортақ жиынын "
                                        "ұйымдастыра аласыз."
                                    ),
                                    "ru": (
                                        "Вас уважают в селе, вы знаете обе семьи. Вы считаете, "
                                        "что дело надо решить «по-старому», силами старейшин, "
                                        "быстро и без полиции. Вы можете побывать в семьях и "
                                        "собрать общую встречу родителей."
                                    ),
                                    "en": (
                                        "You are respected in the village and know both "
                                        "families. You believe the matter should be settled "
                                        "“the old way”, by the elders alone, quickly and without "
                                        "the police. You can visit the families and organise a "
                                        "joint meeting of parents."
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
                                        "Сіз жарақатты және құқық бұзушылық белгісі болуы "
                                        "мүмкін бейнені тексеруге міндеттісіз. Сенбідегі "
                                        "жиынға жол бергіңіз келмейді, ұйымдастырушыларды "
                                        "білуіңіз керек. Ақсақалдармен жұмыс істеуге "
                                        "дайынсыз, бірақ тексеруден бас тарта алмайсыз."
                                    ),
                                    "ru": (
                                        "Вы обязаны проверить травму и видео, в котором может "
                                        "быть правонарушение. Вы не хотите сборища в субботу, "
                                        "и вам нужно знать организаторов. Вы готовы работать "
                                        "со старейшинами, но не можете отказаться от проверки."
                                    ),
                                    "en": (
                                        "You must look into the injury and the video, which "
                                        "may contain an offence. You do not want a gathering on "
                                        "Saturday and you need to know who is organising it. "
                                        "You are willing to work with the elders but cannot "
                                        "drop the check."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор кездесуді мақсатын және кеңестің ережелерін "
                                    "айтудан бастады."
                                ),
                                "ru": (
                                    "Медиатор открыл встречу, назвав её цель и правила совещания."
                                ),
                                "en": (
                                    "The mediator opened by stating the goal and the ground "
                                    "rules of the meeting."
                                ),
                            },
                            {
                                "kk": "Деректер (не болды, не расталды) қауесеттен ажыратылды.",
                                "ru": (
                                    "Факты (что произошло, что подтверждено) были отделены от "
                                    "слухов."
                                ),
                                "en": (
                                    "Facts (what happened, what is confirmed) were separated "
                                    "from rumours."
                                ),
                            },
                            {
                                "kk": (
                                    "Біреу оқиғаны тұтас ұлт тұрғысынан сипаттаған сайын, оны "
                                    "сыпайы түрде түзетті."
                                ),
                                "ru": (
                                    "Каждый раз, когда кто-то описывал случай через целую "
                                    "национальность, его мягко поправляли."
                                ),
                                "en": (
                                    "Whenever someone described the incident in terms of a "
                                    "whole nationality, they were gently corrected."
                                ),
                            },
                            {
                                "kk": (
                                    "Учаскелік инспектордың заңды міндеттері де, "
                                    "ақсақалдардың рөлі де мойындалды."
                                ),
                                "ru": (
                                    "Были признаны и законные обязанности участкового, и роль "
                                    "старейшин."
                                ),
                                "en": (
                                    "Both the inspector's legal duties and the elders' role "
                                    "were acknowledged."
                                ),
                            },
                            {
                                "kk": (
                                    "Жоспарда тек төбелеске ғана емес, бейне мен чаттарға да "
                                    "жауап қарастырылды."
                                ),
                                "ru": (
                                    "План предусматривал ответ не только на драку, но и на "
                                    "видео и чаты."
                                ),
                                "en": (
                                    "The plan included a response to the video and the chats, "
                                    "not only to the fight."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу нақты тапсырмалармен, жауапты адамдармен және "
                                    "мерзімдермен аяқталды."
                                ),
                                "ru": (
                                    "Встреча закончилась чёткими задачами, ответственными и "
                                    "сроками."
                                ),
                                "en": (
                                    "The meeting ended with clear tasks, named people "
                                    "responsible and deadlines."
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
                                "Өз қоғамдастығыңыздың картасын сызыңыз: шиеленіс пайда болса, "
                                "алдымен қай ұйымдарға және қай адамдарға хабарласар едіңіз, "
                                "олардың байланыс деректері сізде бар ма? Дағдарыс болғанға "
                                "дейін олардың қайсысымен әлі танысуыңыз керек?"
                            ),
                            "ru": (
                                "Нарисуйте карту своего сообщества: в какие организации и к "
                                "каким людям вы обратились бы в первую очередь при появлении "
                                "напряжённости и есть ли у вас уже их контакты? С кем из них "
                                "вам ещё нужно познакомиться до того, как случится кризис?"
                            ),
                            "en": (
                                "Draw a map of your community: which organisations and people "
                                "would you contact first if tension appeared, and do you "
                                "already have their contacts? Which of them do you still need "
                                "to meet before a crisis happens?"
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
                                    "kk": "Ақсақалдар кеңесі",
                                    "ru": "Совет аксакалов",
                                    "en": "Council of elders (aksakal council)",
                                },
                                "definition": {
                                    "kk": (
                                        "Сөзі отбасылық және көршілік істерде салмақты "
                                        "болатын, құрметті қариялардан құралған қоғамдық алқа."
                                    ),
                                    "ru": (
                                        "Общественный орган из уважаемых старших людей, чьё "
                                        "слово имеет вес в семейных и соседских делах."
                                    ),
                                    "en": (
                                        "A community body of respected older people whose word "
                                        "carries weight in family and neighbourhood matters."
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
                                        "Этностың тілін, мәдениетін және дәстүрін сақтайтын "
                                        "қоғамдық бірлестік; олардың көбі Қазақстан халқы "
                                        "Ассамблеясымен бірге жұмыс істейді."
                                    ),
                                    "ru": (
                                        "Общественное объединение, сохраняющее язык, культуру "
                                        "и традиции этнической группы; многие из них работают "
                                        "вместе с Ассамблеей народа Казахстана."
                                    ),
                                    "en": (
                                        "A public association that preserves the language, "
                                        "culture and traditions of an ethnic group; many work "
                                        "together with the Assembly of People of Kazakhstan."
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
                                        "Медиатордың тараппен жеке байланысы немесе нәтижеге "
                                        "мүдделілігі, соның салдарынан ол біржақты болуы "
                                        "немесе біржақты болып көрінуі мүмкін."
                                    ),
                                    "ru": (
                                        "Личная связь медиатора со стороной или его "
                                        "заинтересованность в исходе, из-за которой он может "
                                        "быть или казаться пристрастным."
                                    ),
                                    "en": (
                                        "A mediator's personal tie to a party or interest in "
                                        "the outcome that may make them partial or make them "
                                        "look partial."
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
                                        "Қақтығыстың алдын алу үшін өсіп келе жатқан "
                                        "шиеленістің белгілерін байқап, олар туралы уақтылы "
                                        "хабарлау."
                                    ),
                                    "ru": (
                                        "Умение замечать признаки растущей напряжённости и "
                                        "вовремя сообщать о них, чтобы конфликт можно было "
                                        "предотвратить."
                                    ),
                                    "en": (
                                        "Noticing signs of rising tension and reporting them in "
                                        "time so that a conflict can be prevented."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Істі басқаға беру",
                                    "ru": "Передача дела",
                                    "en": "Passing a case on",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың келісімімен істі онымен жақсырақ "
                                        "айналыса алатын органға немесе маманға тапсырып, оның "
                                        "қолға алынғанын тексеру."
                                    ),
                                    "ru": (
                                        "Передача дела с согласия сторон органу или "
                                        "специалисту, который лучше с ним справится, и "
                                        "проверка того, что им действительно занялись."
                                    ),
                                    "en": (
                                        "Handing a case, with the parties' consent, to a body "
                                        "or specialist better placed to deal with it, and "
                                        "checking that it has been taken up."
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
