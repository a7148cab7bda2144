"""Module 2 of the public mediator course: the mediation process."""

MODULE = {
    "slug": "the-mediation-process",
    "title": {
        "kk": "Медиация барысы: алғашқы байланыстан келісімге дейін",
        "ru": "Процесс медиации: от первого контакта до соглашения",
        "en": "The mediation process: from first contact to agreement",
    },
    "summary": {
        "kk": (
            "Қоғамдық медиатор медиацияны қалай өткізеді: тараптарды дайындау, кездесуді ашу, екі "
            "жақты тыңдау, мәселелер мен мүдделерден қарапайым жазбаша келісімге дейін "
            "қадам-қадаммен."
        ),
        "ru": (
            "Шаг за шагом через медиацию так, как её проводит общественный медиатор: подготовка "
            "сторон, начало встречи, рассказы обеих сторон и путь от вопросов и интересов к "
            "простому письменному соглашению."
        ),
        "en": (
            "A step-by-step walk through a mediation as a public mediator runs it: preparing the "
            "parties, opening the meeting, hearing both sides, and moving from issues and "
            "interests to a simple written agreement."
        ),
    },
    "academic_hours": 10,
    "learning_outcomes": [
        {
            "kk": (
                "Медиацияға дайындалу: әр тараппен сөйлесу, даудың медиацияға жарамдылығын "
                "тексеру, бейтарап орын мен уақытты таңдау."
            ),
            "ru": (
                "Готовить медиацию: говорить с каждой стороной, проверять, подходит ли спор для "
                "медиации, выбирать нейтральное место и время."
            ),
            "en": (
                "Prepare a mediation: talk to each party, check whether the dispute suits "
                "mediation, and choose a neutral place and time."
            ),
        },
        {
            "kk": "Ортақ кездесуді ашып, әр тараптың өз әңгімесін толық айтуына жағдай жасау.",
            "ru": (
                "Открывать общую встречу и помогать каждой стороне полностью рассказать свою "
                "историю."
            ),
            "en": "Open a joint meeting and help each party tell its story in full.",
        },
        {
            "kk": (
                "Тараптарды мәселелер мен мүдделерден шынайы нұсқаларға және қарапайым келісімге "
                "жеткізу немесе келісім болмаса, медиацияны дұрыс аяқтау."
            ),
            "ru": (
                "Вести стороны от вопросов и интересов к реалистичным вариантам и простому "
                "соглашению, а если соглашения нет — правильно завершать медиацию."
            ),
            "en": (
                "Guide the parties from issues and interests to realistic options and a simple "
                "agreement, or close the mediation well when there is no agreement."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "before-and-opening",
            "title": {
                "kk": "Кездесуге дейін және кездесудің басталуы",
                "ru": "До встречи и её начало",
                "en": "Before the meeting and the opening",
            },
            "summary": {
                "kk": (
                    "Қоғамдық медиатор ортақ кездесуге дейін және оның басында не істейді: "
                    "алғашқы байланыс, даудың жарамдылығын тексеру, орын мен уақыт, кіріспе сөз "
                    "және тараптардың әңгімесі."
                ),
                "ru": (
                    "Что делает общественный медиатор до общей встречи и в её начале: первый "
                    "контакт, проверка спора, выбор места и времени, вступительное слово и "
                    "рассказы сторон."
                ),
                "en": (
                    "What a public mediator does before and at the start of a joint meeting: "
                    "first contact, checking the dispute, choosing a place and time, the opening "
                    "words and the parties' stories."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": (
                        "Әр тараппен алғашқы әңгімені өткізіп, дау медиацияға жарамды ма, соны "
                        "шешу."
                    ),
                    "ru": (
                        "Проводить первый разговор с каждой стороной и решать, подходит ли спор "
                        "для медиации."
                    ),
                    "en": (
                        "Hold a first conversation with each party and decide whether the dispute "
                        "suits mediation."
                    ),
                },
                {
                    "kk": (
                        "Рөлді, еріктілікті, құпиялылықты және ережелерді қамтитын кіріспе сөз "
                        "айту және әр тараптың әңгімесін әділ түйіндеу."
                    ),
                    "ru": (
                        "Произносить вступительное слово о роли, добровольности, "
                        "конфиденциальности и правилах и справедливо резюмировать рассказ каждой "
                        "стороны."
                    ),
                    "en": (
                        "Give opening words that cover the mediator's role, voluntariness, "
                        "confidentiality and the rules, and summarise each party's story fairly."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Жұмыс неге кездесуден бұрын басталады</h3><p>Көп медиация "
                            "тараптар бір үстелге отырмай жатып-ақ сәтсіз аяқталады. Егер "
                            "қоғамдық медиатор екі көршіні сол күні кешке әкімдікке «ара-жігін "
                            "ажырату үшін» шақырса, әрқайсысы сотқа келгендей, жеңіп шығуға дайын "
                            "болып келеді. Дайындық ашу-ызаны басады, медиаторға деген сенімді "
                            "нығайтады және бұл жағдайда медиация жалпы қолайлы ма, соны "
                            "көрсетеді.</p><h3>Әр тараппен алғашқы байланыс</h3><p>Әр тараппен "
                            "жеке сөйлесіңіз, мүмкін болса бір күнде: ешкім медиатор «екінші "
                            "жақтың нұсқасын» бұрын естіп, соның сөзіне иланып қойды деп ойламауы "
                            "керек. Әсіресе егде адамдармен телефон соққаннан гөрі үйіне қысқа "
                            "уақытқа барған жөн; чаттағы хабарлама — ең әлсіз жол, өйткені оны "
                            "басқаларға тарату оңай.</p><ol><li><strong>Кім екеніңізді және дау "
                            "туралы қайдан естігеніңізді айтыңыз.</strong> «Мен жергілікті "
                            "қоғамдастығымыз сайлаған қоғамдық медиатормын. Әкім маған су "
                            "ағызатын құбырға байланысты келіспеушілік туралы айтты, сіз мұны "
                            "қалай көретініңізді естігім келеді».</li><li><strong>Сөйлегеннен "
                            "гөрі көбірек тыңдаңыз.</strong> Айыптауларға қосылмаңыз («Иә, онымен "
                            "сөйлесу мүмкін емес») және екінші жақты қорғамаңыз («Бірақ ол былай "
                            "дейді…»). Адамның сезімін мойындаңыз: «Бұл сізді бірнеше ай бойы "
                            "мазалап жүргенін түсініп отырмын».</li><li><strong>Медиацияны "
                            "бірнеше сөйлеммен түсіндіріңіз.</strong> Сіз соттамайсыз да, шешім "
                            "шығармайсыз да; тараптар сіздің көмегіңізбен сөйлесіп, шешімді "
                            "өздері қабылдайды; қатысу ерікті, айтылған сөз құпия "
                            "сақталады.</li><li><strong>Шақырыңыз, бірақ қысым "
                            "жасамаңыз.</strong> «Мен қатысатын кездесуге келіп, бірге шешім "
                            "іздеуге дайынсыз ба?» Егер «Ойланып көрейін» немесе «Отбасыммен "
                            "ақылдасуым керек» деген жауап естісеңіз, мұны қабылдап, қашан қайта "
                            "хабарласатыныңызды келісіп алыңыз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Почему работа начинается до встречи</h3><p>Многие медиации "
                            "проваливаются ещё до того, как стороны сели за один стол. Если "
                            "общественный медиатор в тот же вечер зовёт двух соседей в акимат "
                            "«разобраться», каждый приходит как на суд и настроен победить. "
                            "Подготовка снижает накал, укрепляет доверие к медиатору и "
                            "показывает, подходит ли медиация в этом случае вообще.</p><h3>Первый "
                            "контакт с каждой стороной</h3><p>Поговорите с каждой стороной "
                            "отдельно, лучше в один день, чтобы никто не решил, что медиатор уже "
                            "выслушал и принял «версию другой стороны». С пожилыми людьми "
                            "короткий визит обычно лучше звонка; сообщение в чате — самый слабый "
                            "канал, потому что его легко переслать "
                            "другим.</p><ol><li><strong>Скажите, кто вы и как узнали о "
                            "споре.</strong> «Я общественный медиатор, меня избрало наше местное "
                            "сообщество. Аким рассказал мне о разногласии из-за водосточной "
                            "трубы, и я хотел бы услышать, как вы это "
                            "видите».</li><li><strong>Больше слушайте, чем говорите.</strong> Не "
                            "соглашайтесь с обвинениями («Да, с ним невозможно говорить») и не "
                            "защищайте другую сторону («Но он говорит…»). Признайте чувство: «Я "
                            "понимаю, что это беспокоит вас уже несколько "
                            "месяцев».</li><li><strong>Объясните медиацию в нескольких "
                            "фразах.</strong> Вы не судите и не выносите решений; стороны "
                            "разговаривают с вашей помощью и сами принимают решение; участие "
                            "добровольное, а сказанное остаётся "
                            "конфиденциальным.</li><li><strong>Приглашайте, а не давите.</strong> "
                            "«Готовы ли вы встретиться при мне, чтобы вместе поискать решение?» "
                            "Если вы слышите «Мне надо подумать» или «Нужно посоветоваться с "
                            "семьёй», примите это и договоритесь, когда перезвоните.</li></ol>"
                        ),
                        "en": (
                            "<h3>Why the work starts before the meeting</h3><p>Many mediations "
                            "fail before the parties ever sit at one table. If a public mediator "
                            "calls two neighbours to the akimat “to sort things out” that same "
                            "evening, each arrives as if to a trial, ready to win. Preparation "
                            "lowers the temperature, builds trust in the mediator and shows "
                            "whether mediation suits this case at all.</p><h3>First contact with "
                            "each party</h3><p>Talk to each party separately, ideally on the same "
                            "day, so that nobody feels the mediator has already heard and "
                            "accepted “the other version”. With older people a short visit is "
                            "usually better than a phone call; a message in a chat is the weakest "
                            "channel, because it is easy to forward.</p><ol><li><strong>Say who "
                            "you are and how you heard of the dispute.</strong> “I am a public "
                            "mediator elected by our local community. The akim told me about the "
                            "disagreement over the drainpipe, and I would like to hear how you "
                            "see it.”</li><li><strong>Listen more than you speak.</strong> Do not "
                            "agree with accusations (“Yes, it is impossible to talk to him”) and "
                            "do not defend the other side (“But he says…”). Acknowledge the "
                            "feeling: “I understand this has worried you for "
                            "months.”</li><li><strong>Explain mediation in a few "
                            "sentences.</strong> You do not judge or decide; the parties talk "
                            "with your help and make their own decision; taking part is "
                            "voluntary, and what is said stays "
                            "confidential.</li><li><strong>Invite, do not pressure.</strong> "
                            "“Would you be ready to meet, with me present, to look for a solution "
                            "together?” If you hear “I need to think” or “I must talk to my "
                            "family”, accept it and agree when you will call back.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бұл дау медиацияға жарай ма?</h3><p>Медиация адамдар қауіпсіз "
                            "сөйлесе алатын және шешімді еркін қабылдайтын жағдайда нәтиже "
                            "береді. Ортақ кездесуге дейін мыналарды "
                            "тексеріңіз:</p><ul><li><strong>Қауіпсіздік.</strong> Қазір "
                            "зорлық-зомбылық немесе нақты қауіп бар ма? Тұрмыстық "
                            "зорлық-зомбылық, қарумен қорқыту немесе қылмыс — алдымен полицияның "
                            "ісі; медиация ешқашан қорғаудың орнын "
                            "баспайды.</li><li><strong>Ерік.</strong> Әр тарап өз қалауымен келе "
                            "ме, әлде оған әкім, жұмыс беруші немесе ақсақалдар бұйырды "
                            "ма?</li><li><strong>Шешім қабылдай алу және керекті "
                            "адамдар.</strong> Әркім жағдайды түсініп, шешім қабылдай ала ма (мас "
                            "емес, ауыр күйзелісте емес)? Кездесуге шынында шешім қабылдайтын "
                            "адамдар келе ме: тек пәтер жалдаушы емес, үй иесі; тек күзетші емес, "
                            "базар әкімшілігі? Дауға жасөспірім қатысса, оның ата-анасы да "
                            "қатысады.</li><li><strong>Өзіңіздің бейтараптығыңыз.</strong> Сіз "
                            "тараптардың біріне туыс, дос немесе серіктес емессіз бе? Олай болса, "
                            "оны ашық айтыңыз немесе істі басқа медиаторға "
                            "беріңіз.</li><li><strong>Тараптардың өздері шеше алатын "
                            "мәселе.</strong> Учаске заң бойынша кімдікі екенін құжаттар мен "
                            "уәкілетті органдар анықтайды; ал көршілер ортақ өтпе жолды қалай "
                            "пайдаланатынын өздері келісе алады.</li></ul><p>Егер медиация "
                            "жарамаса, адамдарға қайда жүгінуге болатынын түсіндіріңіз: "
                            "полицияға, әкімдікке, заңгерге, сотқа, әлеуметтік қызметтерге. Дұрыс "
                            "бағыт беру де — көмек.</p><h3>Бейтарап орын және қолайлы "
                            "уақыт</h3><p>Орын тараптардың ешқайсысына тиесілі болмауы керек. Бір "
                            "тараптың үйі, мешіт не шіркеу, бір этномәдени бірлестіктің кеңсесі, "
                            "біреудің туысының кафесі — мұның бәрі белгі береді. Медиация "
                            "кабинеті, татуластыру кабинеті, сабақтан кейінгі мектеп сыныбы, "
                            "кітапхана немесе Достық үйі әдетте қолайлырақ; әкімдікте екі тарап "
                            "та сенім білдірсе ғана өткізіңіз, мұны олардан сұраңыз. Бөлме тыныш "
                            "болсын, онда бөгде көрермен болмасын; тараптар сізден бірдей "
                            "қашықтықта отыратын үстел және бәріне бірдей су не шай "
                            "дайындаңыз.</p><p>Екі тарапқа да ыңғайлы уақытты таңдаңыз: базардағы "
                            "сатушы үшін сауда кезінде емес, ғибадат уақытында емес, ауылда "
                            "жаназа не той болатын күні емес, егін жинаудың қызған шағында емес. "
                            "Шамамен екі сағат уақыт бөліп, кездесу қай тілде немесе қай тілдерде "
                            "өтетінін алдын ала келісіңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Подходит ли спор для медиации?</h3><p>Медиация работает, когда "
                            "люди могут безопасно говорить и свободно принимать решения. Перед "
                            "общей встречей проверьте:</p><ul><li><strong>Безопасность.</strong> "
                            "Есть ли сейчас насилие или реальная угроза? Домашнее насилие, угрозы "
                            "оружием или преступление — сначала дело полиции; медиация никогда не "
                            "заменяет защиту.</li><li><strong>Свободная воля.</strong> Приходит "
                            "ли каждая сторона по своему выбору, а не потому, что так велели "
                            "аким, работодатель или аксакалы?</li><li><strong>Способность решать "
                            "и нужные люди.</strong> Может ли каждый понимать ситуацию и "
                            "принимать решения (не пьян, не в остром кризисе)? Будут ли на "
                            "встрече те, кто действительно решает: хозяин дома, а не только "
                            "квартирант; администрация рынка, а не только охранник? Если в споре "
                            "участвует подросток, приходят и его родители.</li><li><strong>Ваша "
                            "собственная беспристрастность.</strong> Вы родственник, друг или "
                            "деловой партнёр одной из сторон? Тогда скажите об этом открыто или "
                            "передайте дело другому медиатору.</li><li><strong>Есть что решать "
                            "самим сторонам.</strong> Кому по закону принадлежит участок, "
                            "устанавливают документы и уполномоченные органы; как соседи "
                            "пользуются общим проходом, они могут договориться "
                            "сами.</li></ul><p>Если медиация не подходит, объясните, куда "
                            "обратиться: в полицию, акимат, к юристу, в суд, в социальные службы. "
                            "Правильно направить — тоже помощь.</p><h3>Нейтральное место и "
                            "удобное время</h3><p>Место не должно принадлежать ни одной из "
                            "сторон. Дом одной стороны, мечеть или церковь, офис одного "
                            "этнокультурного объединения, кафе чьего-то родственника — всё это "
                            "посылает сигнал. Кабинет медиации, кабинет примирения, школьный "
                            "класс после уроков, библиотека или Дом дружбы обычно подходят лучше; "
                            "в акимате встречайтесь, только если ему доверяют обе стороны, — "
                            "спросите их. В комнате должно быть тихо и без посторонних зрителей; "
                            "нужен стол, за которым обе стороны сидят на одинаковом расстоянии от "
                            "вас, и одинаково вода или чай для всех.</p><p>Выберите время, "
                            "удобное обоим: не в торговые часы для продавца с рынка, не во время "
                            "молитвы, не в день похорон или свадьбы в селе, не в разгар уборки "
                            "урожая. Заложите около двух часов и заранее договоритесь, на каком "
                            "языке или языках пройдёт встреча.</p>"
                        ),
                        "en": (
                            "<h3>Does the dispute suit mediation?</h3><p>Mediation works when "
                            "people can talk safely and are free to decide. Before a joint "
                            "meeting, check:</p><ul><li><strong>Safety.</strong> Is there "
                            "violence or a real threat now? Domestic violence, threats with a "
                            "weapon or a crime are first a matter for the police; mediation never "
                            "replaces protection.</li><li><strong>Free will.</strong> Does each "
                            "party come by its own choice, not because the akim, an employer or "
                            "the elders told it to?</li><li><strong>Capacity and the right "
                            "people.</strong> Can each person understand the situation and decide "
                            "(not drunk, not in acute crisis)? Will those who really decide be "
                            "present: the owner of the house, not only a tenant; the market "
                            "administration, not only a guard? If a teenager is involved, the "
                            "parents come too.</li><li><strong>Your own impartiality.</strong> "
                            "Are you a relative, friend or business partner of one side? Then say "
                            "so openly or hand the case to another "
                            "mediator.</li><li><strong>Something the parties can decide.</strong> "
                            "Who legally owns a plot is established by documents and the "
                            "competent authorities; how neighbours use a shared passage, they can "
                            "agree themselves.</li></ul><p>If mediation does not fit, explain "
                            "where to turn instead: the police, the akimat, a lawyer, the court, "
                            "social services. A good referral is also help.</p><h3>A neutral "
                            "place and a good time</h3><p>The place should belong to neither "
                            "side. One party's home, a mosque or a church, the office of one "
                            "ethnocultural association or a café owned by someone's relative all "
                            "send a signal. A mediation office, a reconciliation room, a school "
                            "classroom after lessons, a library or a House of Friendship usually "
                            "work better; meet at the akimat only if both sides trust it, so ask "
                            "them. The room should be quiet, with no onlookers, a table where "
                            "both parties sit at the same distance from you, and the same water "
                            "or tea for everyone.</p><p>Choose a time that suits both: not during "
                            "trading hours for a market seller, not at prayer time, not on the "
                            "day of a funeral or a wedding in the village, not at the height of "
                            "the harvest. Allow about two hours, and agree in advance on the "
                            "language or languages of the meeting.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Кіріспе сөз</h3><p>Алғашқы минуттар тараптарға бұл кездесудің "
                            "қауіпсіз әрі әділ екенін не емес екенін көрсетеді. Әркіммен атын "
                            "атап, бірдей жылы амандасыңыз, келгені үшін алғыс айтыңыз да, өз "
                            "сөзіңізбен мынаны жеткізіңіз:</p><ol><li><strong>Кім екеніңізді және "
                            "рөліңізді.</strong> «Менің атым Сәуле, мен қоғамдық медиатормын. Мен "
                            "сот та, шенеунік те емеспін, кімнің дұрыс екенін "
                            "шешпеймін».</li><li><strong>Еріктілік.</strong> «Сіздер мұнда өз "
                            "еріктеріңізбен келдіңіздер. Кез келген адам кез келген сәтте үзіліс "
                            "сұрай алады немесе медиацияны тоқтата "
                            "алады».</li><li><strong>Құпиялылық.</strong> «Мұнда айтылған сөз осы "
                            "бөлмеде қалады. Мен оны көршілерге де, әкімдікке де, әлеуметтік "
                            "желіге де жеткізбеймін және сіздерден де осыны уәде етуді сұраймын». "
                            "Шегін де адал айтыңыз: біреудің өміріне қауіп төнгенін білсеңіз, "
                            "үндемей қала алмайсыз.</li><li><strong>Ережелер.</strong> Бір "
                            "мезгілде бір адам сөйлейді; ешкім ешкімді қорламайды, соның ішінде "
                            "ұлтына, тіліне немесе дініне тиіспейді; телефондар дыбыссыз режимде; "
                            "дыбыс пен бейнеге жазуға болмайды.</li><li><strong>Жоспар.</strong> "
                            "«Әуелі әрқайсыңыз өз әңгімеңізді айтасыз, сосын мәселелердің тізімін "
                            "бірге жасап, шешім іздейміз».</li></ol><p>Әр тараптан осылай жұмыс "
                            "істеуге келісетінін дауыстап растауын сұраңыз; бас изеу жеткіліксіз. "
                            "«Медиация туралы» Заң бойынша тараптар мен медиатор медиация туралы "
                            "жазбаша шарт жасасады; оның қарапайым үлгісін медиация кабинетінен "
                            "алуға болады.</p><h3>Әр тараптың әңгімесі</h3><p>Кім бастайтынын "
                            "және неге екенін түсіндіріңіз: әдетте алғаш көмек сұраған адам "
                            "бастайды немесе тараптар қалай келіссе, солай болады. Біреуі сөйлеп "
                            "жатқанда екіншісі тыңдайды, кейін не айтқысы келетінін қағазға жазып "
                            "отыра алады. Қысқа сөздермен демеп отырыңыз («Жалғастырыңыз», «Одан "
                            "кейін не болды?»), ал соңында фактілерді де, сезімдерді де "
                            "түйіндеңіз: «Сонда жаңа гараждың шатырынан аққан су сіздің аулаңызға "
                            "құйылады, ал алдымен сізден ешкім сұрамағаны көңіліңізге тиген. "
                            "Дұрыс түсіндім бе?» Содан кейін екінші тарапқа да шамамен сондай "
                            "уақыт пен сондай назар бөліңіз. Кездесу екі тілде өтсе, әр тарап "
                            "бәрін түсінуі үшін екі тілде де түйіндеңіз.</p><p><strong>Жиі "
                            "кездесетін қателер:</strong> осы кезеңде фактілер туралы дауласу; "
                            "сөзді бөлуге жол беру; бір тараптың сөзін екіншісінікінен жылырақ "
                            "түйіндеу; нәтижеге уәде беру («Бір сағатта бәрін шешеміз»).</p>"
                        ),
                        "ru": (
                            "<h3>Вступительное слово</h3><p>Первые минуты показывают сторонам, "
                            "безопасна и справедлива ли эта встреча. Поприветствуйте каждого по "
                            "имени и одинаково тепло, поблагодарите за то, что пришли, и своими "
                            "словами скажите:</p><ol><li><strong>Кто вы и в чём ваша "
                            "роль.</strong> «Меня зовут Сауле, я общественный медиатор. Я не "
                            "судья и не чиновник и не буду решать, кто "
                            "прав».</li><li><strong>Добровольность.</strong> «Вы пришли по своей "
                            "воле. Любой из вас в любой момент может попросить перерыв или "
                            "прекратить медиацию».</li><li><strong>Конфиденциальность.</strong> "
                            "«Всё, что сказано здесь, остаётся здесь. Я не передам это ни "
                            "соседям, ни в акимат, ни в соцсети и прошу вас пообещать то же "
                            "самое». Честно назовите и предел: если вы узнаете об угрозе чьей-то "
                            "жизни, молчать вы не сможете.</li><li><strong>Правила.</strong> "
                            "Говорит один человек; никто никого не оскорбляет, в том числе по "
                            "поводу национальности, языка или веры; телефоны на беззвучном "
                            "режиме; без аудио- и видеозаписи.</li><li><strong>План.</strong> "
                            "«Сначала каждый из вас расскажет свою историю, потом мы вместе "
                            "составим список вопросов и будем искать "
                            "решения».</li></ol><p>Попросите каждую сторону вслух подтвердить, "
                            "что она согласна так работать; кивка недостаточно. По Закону «О "
                            "медиации» стороны и медиатор заключают письменный договор о "
                            "медиации; простую форму можно получить в кабинете "
                            "медиации.</p><h3>Рассказ каждой стороны</h3><p>Объясните, кто "
                            "начинает и почему: обычно тот, кто первым обратился за помощью, или "
                            "так, как договорятся стороны. Пока один говорит, другой слушает и "
                            "может записывать на листке, что хочет ответить потом. Поддерживайте "
                            "короткими фразами («Продолжайте», «Что было дальше?»), а в конце "
                            "резюмируйте и факты, и чувства: «Значит, вода с крыши нового гаража "
                            "стекает к вам во двор, и вас задело, что никто сначала не спросил "
                            "вас. Я правильно понял?» Затем дайте другой стороне примерно столько "
                            "же времени и столько же внимания. Если встреча идёт на двух языках, "
                            "резюмируйте на обоих, чтобы каждая сторона понимала "
                            "всё.</p><p><strong>Типичные ошибки:</strong> спорить о фактах на "
                            "этом этапе; пропускать перебивания; резюмировать одну сторону "
                            "теплее, чем другую; обещать результат («За час всё решим»).</p>"
                        ),
                        "en": (
                            "<h3>The opening words</h3><p>The first minutes show the parties "
                            "whether this meeting is safe and fair. Greet each person by name and "
                            "with the same warmth, thank them for coming, and then say in your "
                            "own words:</p><ol><li><strong>Who you are and what your role "
                            "is.</strong> “My name is Saule, I am a public mediator. I am not a "
                            "judge or an official, and I will not decide who is "
                            "right.”</li><li><strong>Voluntariness.</strong> “You came of your "
                            "own free will. Either of you may ask for a break or end the "
                            "mediation at any moment.”</li><li><strong>Confidentiality.</strong> "
                            "“What is said here stays here. I will not pass it on to neighbours, "
                            "the akimat or social media, and I ask you to promise the same.” Be "
                            "honest about the limit too: if you learn of a danger to someone's "
                            "life, you cannot keep silent.</li><li><strong>Rules.</strong> One "
                            "person speaks at a time; nobody insults anyone, including about "
                            "nationality, language or faith; phones on silent; no audio or video "
                            "recording.</li><li><strong>The plan.</strong> “First each of you "
                            "will tell your story, then we will list the questions together and "
                            "look for solutions.”</li></ol><p>Ask each party to confirm aloud "
                            "that they agree to work this way; a nod is not enough. Under the Law "
                            "“On Mediation” the parties and the mediator conclude a written "
                            "agreement to mediate; your mediation office can give you a simple "
                            "form.</p><h3>Letting each party tell their story</h3><p>Explain who "
                            "begins and why: usually the person who first asked for help, or as "
                            "the parties agree. While one speaks, the other listens and may note "
                            "on paper what to answer later. Encourage with short phrases (“Go "
                            "on”, “What happened next?”), and at the end summarise both facts and "
                            "feelings: “So water from the roof of the new garage runs into your "
                            "yard, and it hurt you that nobody asked you first. Have I understood "
                            "correctly?” Then give the other party about the same time and the "
                            "same attention. If the meeting runs in two languages, summarise in "
                            "both so that each party follows everything.</p><p><strong>Common "
                            "mistakes:</strong> arguing about facts at this stage; letting "
                            "interruptions pass; summarising one side more warmly than the other; "
                            "promising a result (“We will settle everything in an hour”).</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Базардағы екі сөре",
                            "ru": "Два прилавка на базаре",
                            "en": "Two counters at the bazaar",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Жамбыл облысындағы бір аудан орталығының "
                                "базарында Дилноза мен Марат көп жылдан бері көршілес сөрелерде "
                                "көкөніс сатады. Биыл көктемде базар әкімшілігі сөрелердің орнын "
                                "ауыстырып, Мараттың кіреберістегі орны Дилнозаның жас туысына "
                                "берілді. Марат ол біреуге ақша төлеген деп есептейді; Дилноза "
                                "орын әділ бөлінді дейді.</p><p>Мараттың ұлы Дилнозаның "
                                "туыстарының әкесімен дауласып жатқанын телефонға түсіріп, "
                                "бейнені жергілікті Telegram-арнаға «Келімсектер базарымызды "
                                "басып алып жатыр» деген жазумен салды. Қазақ және орыс "
                                "тілдеріндегі пікірлер ұлтқа тиісетін балағатқа ұласты, ал "
                                "алдыңғы күні кешке екі отбасының жігіттері көлік тұрағында "
                                "бір-біріне айғайласты. Ешкім зардап шеккен жоқ.</p><p>Базар "
                                "директоры қоғамдық медиатор Ерланнан мәселені «тез арада реттеп "
                                "беруді» сұрайды. Ол ертең сағат 11-де өз кабинетін ұсынып, "
                                "«тәртіп болу үшін» өзі де отырғысы келеді. Ерланның немере ағасы "
                                "базар әкімшілігінде бухгалтер болып істейді.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. На базаре районного центра в Жамбылской "
                                "области Дильноза и Марат много лет торгуют овощами за соседними "
                                "прилавками. Этой весной администрация рынка переставила "
                                "прилавки, и место Марата у входа досталось молодому родственнику "
                                "Дильнозы. Марат считает, что тот кому-то заплатил; Дильноза "
                                "говорит, что место распределили честно.</p><p>Сын Марата снял на "
                                "телефон, как родственники Дильнозы спорят с его отцом, и выложил "
                                "видео в местный Telegram-канал с подписью «Приезжие захватывают "
                                "наш базар». Комментарии на казахском и русском языках перешли в "
                                "оскорбления по национальности, а позавчера вечером молодые люди "
                                "из обеих семей накричали друг на друга на парковке. Никто не "
                                "пострадал.</p><p>Директор рынка просит общественного медиатора "
                                "Ерлана «быстро всё уладить». Он предлагает свой кабинет завтра в "
                                "11 часов и хочет сам присутствовать, «чтобы был порядок». "
                                "Двоюродный брат Ерлана работает бухгалтером в администрации "
                                "рынка.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. At the bazaar of a district "
                                "centre in Zhambyl region, Dilnoza and Marat have sold vegetables "
                                "at neighbouring counters for years. This spring the market "
                                "administration rearranged the counters, and Marat's place by the "
                                "entrance went to a young relative of Dilnoza's. Marat believes "
                                "the young man paid someone; Dilnoza says the places were "
                                "allocated fairly.</p><p>Marat's son filmed Dilnoza's relatives "
                                "arguing with his father and posted the video on a local Telegram "
                                "channel with the caption “Newcomers are taking over our bazaar”. "
                                "Comments in Kazakh and Russian turned into insults about "
                                "nationality, and two evenings ago young men from both families "
                                "shouted at each other in the car park. Nobody was "
                                "hurt.</p><p>The market director asks Yerlan, a public mediator, "
                                "to “settle it quickly”. He offers his own office for tomorrow at "
                                "11 o'clock and wants to sit in himself “to keep order”. Yerlan's "
                                "cousin works as an accountant in the market administration.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Ерлан Маратпен және Дилнозамен алғашқы әңгімеде не айтуы "
                                    "керек және оларға қандай ретпен хабарласқаны дұрыс?"
                                ),
                                "ru": (
                                    "Что Ерлану сказать в первом разговоре с Маратом и с "
                                    "Дильнозой и в каком порядке с ними связаться?"
                                ),
                                "en": (
                                    "What should Yerlan say in his first conversation with Marat "
                                    "and with Dilnoza, and in what order should he contact them?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл дау медиацияға жарай ма? Ерлан алдымен нені тексеруі "
                                    "керек және немере ағасының базарда істейтініне қатысты не "
                                    "істеуі тиіс?"
                                ),
                                "ru": (
                                    "Подходит ли этот спор для медиации? Что Ерлану нужно "
                                    "проверить в первую очередь и как поступить с тем, что его "
                                    "двоюродный брат работает на рынке?"
                                ),
                                "en": (
                                    "Is this dispute suitable for mediation? What must Yerlan "
                                    "check first, and what should he do about his cousin's job at "
                                    "the market?"
                                ),
                            },
                            {
                                "kk": (
                                    "Директордың орын, уақыт және өзінің қатысуы туралы "
                                    "ұсынысында не дұрыс емес? Ерлан оның көңіліне тимей, орнына "
                                    "не ұсына алады?"
                                ),
                                "ru": (
                                    "Что не так в предложении директора о месте, времени и его "
                                    "присутствии? Что Ерлан может предложить взамен, не обидев "
                                    "его?"
                                ),
                                "en": (
                                    "What is wrong with the director's offer of place, time and "
                                    "his own presence, and what could Yerlan propose instead "
                                    "without offending him?"
                                ),
                            },
                            {
                                "kk": (
                                    "Ерланның ортақ кездесудегі кіріспе сөзінің алғашқы үш "
                                    "сөйлемін жазыңыз."
                                ),
                                "ru": (
                                    "Напишите первые три фразы вступительного слова Ерлана на "
                                    "общей встрече."
                                ),
                                "en": (
                                    "Write the first three sentences of Yerlan's opening words at "
                                    "the joint meeting."
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
                                "Өз ауылыңыздағы, көшеңіздегі немесе бірлестігіңіздегі өзіңіз "
                                "жақсы білетін бір дауды ойлаңыз. Алдымен кімге хабарласар "
                                "едіңіз, әр тарапқа айтатын ең алғашқы сөйлеміңіз қандай болар "
                                "еді және сіздің қауымыңызда қай орынды екі жақ та бейтарап деп "
                                "қабылдайды? Кіріспе сөзіңізді өзіңіз жиі қолданатын тілде жазып, "
                                "оны дауыстап айтып, қанша уақыт кететінін өлшеңіз."
                            ),
                            "ru": (
                                "Подумайте о споре в вашем селе, на вашей улице или в вашем "
                                "объединении, который вы хорошо знаете. С кем бы вы связались "
                                "первым, какой была бы ваша самая первая фраза каждой стороне и "
                                "какое место в вашей общине обе стороны приняли бы как "
                                "нейтральное? Запишите своё вступительное слово на языке, который "
                                "вы чаще всего используете, произнесите его вслух и засеките, "
                                "сколько времени оно занимает."
                            ),
                            "en": (
                                "Think of a dispute in your village, street or association that "
                                "you know well. Whom would you contact first, what would be your "
                                "very first sentence to each party, and which place in your "
                                "community would both sides accept as neutral? Write down your "
                                "opening words in the language you use most, say them aloud and "
                                "time how long they take."
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
                                        "Медиация қағидаты: тараптар медиацияға тек өз еркімен "
                                        "қатысады, келісімге өз еркімен келеді және кез келген "
                                        "кезеңде одан шыға алады."
                                    ),
                                    "ru": (
                                        "Принцип медиации: стороны участвуют в медиации и "
                                        "приходят к соглашению только по своей воле и могут выйти "
                                        "из неё на любом этапе."
                                    ),
                                    "en": (
                                        "A principle of mediation: the parties take part and "
                                        "reach agreement only of their own free will, and may "
                                        "leave at any stage."
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
                                        "Медиация қағидаты: медиация кезінде айтылған мәлімет "
                                        "тараптардың келісімінсіз жария етілмейді; медиатор оның "
                                        "шегін басында түсіндіреді."
                                    ),
                                    "ru": (
                                        "Принцип медиации: сведения, прозвучавшие в ходе "
                                        "медиации, не разглашаются без согласия сторон; медиатор "
                                        "объясняет её пределы в самом начале."
                                    ),
                                    "en": (
                                        "A principle of mediation: what is said during mediation "
                                        "is not disclosed without the parties' consent; the "
                                        "mediator explains its limits at the start."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бейтараптық",
                                    "ru": "Беспристрастность",
                                    "en": "Impartiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатор ешбір тараптың жағына шықпайды, екеуіне бірдей "
                                        "қарайды және олардың біреуімен жеке байланысы болса, оны "
                                        "ашық айтады."
                                    ),
                                    "ru": (
                                        "Медиатор не встаёт ни на чью сторону, относится к обеим "
                                        "сторонам одинаково и открыто сообщает о личной связи с "
                                        "любой из них."
                                    ),
                                    "en": (
                                        "The mediator takes no side, treats both parties equally "
                                        "and openly declares any personal link to either of them."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиация туралы шарт",
                                    "ru": "Договор о медиации",
                                    "en": "Agreement to mediate",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар мен медиатордың медиация жүргізу туралы рәсім "
                                        "басталар алдында жасалатын жазбаша шарты."
                                    ),
                                    "ru": (
                                        "Письменный договор сторон и медиатора о проведении "
                                        "медиации, заключаемый до начала процедуры."
                                    ),
                                    "en": (
                                        "A written agreement between the parties and the mediator "
                                        "to hold a mediation, concluded before the procedure "
                                        "begins."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Түйіндеу",
                                    "ru": "Резюмирование",
                                    "en": "Summarising",
                                },
                                "definition": {
                                    "kk": (
                                        "Тарап айтқан негізгі фактілер мен сезімдерді өз "
                                        "сөзіңізбен қысқаша қайталап, дұрыс түсінгеніңізді одан "
                                        "сұрап тексеру."
                                    ),
                                    "ru": (
                                        "Краткий пересказ своими словами главных фактов и чувств, "
                                        "высказанных стороной, с проверкой у неё, верно ли вы "
                                        "поняли."
                                    ),
                                    "en": (
                                        "Briefly repeating in your own words the main facts and "
                                        "feelings a party has expressed, and checking with them "
                                        "that you understood correctly."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "from-issues-to-agreement",
            "title": {
                "kk": "Мәселелерден келісімге дейін",
                "ru": "От вопросов к соглашению",
                "en": "From issues to agreement",
            },
            "summary": {
                "kk": (
                    "Тараптардың әңгімесін мәселелер тізіміне айналдыру, ұстанымдардың артындағы "
                    "мүдделерді табу, нұсқаларды ойлап тауып тексеру және қарапайым келісім жазу "
                    "немесе онсыз медиацияны лайықты аяқтау."
                ),
                "ru": (
                    "Как превратить рассказы сторон в список вопросов, найти интересы за "
                    "позициями, придумать и проверить варианты и написать простое соглашение — "
                    "или достойно завершить медиацию без него."
                ),
                "en": (
                    "How to turn the parties' stories into a list of issues, find the interests "
                    "behind positions, build and test options, and write a simple agreement, or "
                    "close well without one."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": (
                        "Күн тәртібінің тармақтарын бейтарап тұжырымдап, мүдделерді ашатын "
                        "сұрақтар қою."
                    ),
                    "ru": (
                        "Нейтрально формулировать пункты повестки и задавать вопросы, которые "
                        "раскрывают интересы."
                    ),
                    "en": "Word the issues neutrally and ask questions that reveal interests.",
                },
                {
                    "kk": (
                        "Нұсқалардың шынайылығын тексеріп, екі тарапқа да түсінікті қысқа келісім "
                        "жазу."
                    ),
                    "ru": (
                        "Проверять варианты на реалистичность и составлять короткое соглашение, "
                        "понятное обеим сторонам."
                    ),
                    "en": (
                        "Test options for realism and write a short agreement that both parties "
                        "understand."
                    ),
                },
                {
                    "kk": "Келісімге қол жеткізілмесе, медиацияны құрметпен аяқтау.",
                    "ru": "Уважительно завершать медиацию, если соглашение не достигнуто.",
                    "en": "Close a mediation respectfully when no agreement is reached.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Мәселелер тізімі</h3><p>Екі әңгімені де тыңдап болған соң "
                            "медиатор оларды шешілуге тиіс мәселелердің қысқа тізіміне, яғни күн "
                            "тәртібіне айналдырады. Әр мәселе бейтарап, екі тарапқа ортақ сұрақ "
                            "ретінде тұжырымдалады: «Виктордың құбырынан ауламызды су басып "
                            "жатыр» емес, «Гараж шатырынан ағатын жаңбыр суын қайда бұру керек». "
                            "Тізімді бәрі көретіндей үлкен параққа кездесу тілінде немесе "
                            "тілдерінде жазып, сұраңыз: «Ештеңе қалып қойған жоқ па? Әділ "
                            "тұжырымдалған ба?» Оңайырақ көрінетін мәселеден бастаңыз: алғашқы "
                            "шағын уағдаластық келісуге болатынын көрсетеді.</p><h3>Мүдделерді "
                            "табу</h3><p>Ұстаным — адамның талап етіп отырған нәрсесі: «Құбырды "
                            "алып тастаңыз», «Чатта кешірім сұрасын». Мүдде — бұл оған неге керек "
                            "екені: құрғақ жертөле, түнгі тыныштық, көшедегі құрмет. Ұстанымдар "
                            "жиі қақтығысады, ал мүдделерді әдетте бірге қанағаттандыруға болады. "
                            "Мына сұрақтар көмектеседі:</p><ul><li>«Бұл сіз үшін неге "
                            "маңызды?»</li><li>«Егер ештеңе өзгермесе, сізді ең қатты не "
                            "алаңдатады?»</li><li>«Бір жылдан кейін отбасыңыз үшін жақсы нәтиже "
                            "қандай болар еді?»</li></ul><p>Жасырын мүдделерге құлақ салыңыз: "
                            "ар-намыс пен қадір-қасиет, өзіңе «жат» ретінде емес, тең көрші "
                            "ретінде қарағанын қалау, өз тіліңде сөйлеу құқығы, балалардың "
                            "қауіпсіздігі. Екі тарапқа ортақ мүддені естісеңіз, оны дауыстап "
                            "атаңыз: «Екеуіңіз де осында тыныш өмір сүріп, бір-біріңізбен "
                            "сәлемдесіп жүргіңіз келеді».</p>"
                        ),
                        "ru": (
                            "<h3>Список вопросов</h3><p>Выслушав обе истории, медиатор превращает "
                            "их в короткий список вопросов, которые предстоит решить, — повестку. "
                            "Каждый вопрос формулируется нейтрально, как общий для обеих сторон: "
                            "не «Труба Виктора заливает наш двор», а «Куда отводить дождевую воду "
                            "с крыши гаража». Запишите список на большом листе, чтобы его видели "
                            "все, на языке или языках встречи, и спросите: «Ничего не упущено? "
                            "Это сформулировано справедливо?» Начните с вопроса, который кажется "
                            "проще: первая маленькая договорённость показывает, что договориться "
                            "возможно.</p><h3>Поиск интересов</h3><p>Позиция — это то, чего "
                            "человек требует: «Уберите трубу», «Пусть извинятся в чате». Интерес "
                            "— это то, зачем ему это нужно: сухой погреб, тишина ночью, уважение "
                            "на улице. Позиции часто сталкиваются, а интересы обычно можно "
                            "удовлетворить вместе. Помогают вопросы:</p><ul><li>«Почему это для "
                            "вас важно?»</li><li>«Что больше всего беспокоит вас, если ничего не "
                            "изменится?»</li><li>«Каким был бы хороший результат для вашей семьи "
                            "через год?»</li></ul><p>Прислушивайтесь к скрытым интересам: честь и "
                            "достоинство, желание, чтобы к тебе относились как к равному соседу, "
                            "а не как к «чужим», право говорить на своём языке, безопасность "
                            "детей. Услышав интерес, общий для обеих сторон, назовите его вслух: "
                            "«Вы оба хотите спокойно жить здесь и по-прежнему здороваться друг с "
                            "другом».</p>"
                        ),
                        "en": (
                            "<h3>Listing the issues</h3><p>After hearing both stories, the "
                            "mediator turns them into a short list of questions to be solved: the "
                            "agenda. Each issue is worded neutrally, as a question that belongs "
                            "to both sides: not “Viktor's pipe floods our yard” but “Where should "
                            "the rainwater from the garage roof go?” Write the list on a large "
                            "sheet that everyone can see, in the language or languages of the "
                            "meeting, and ask: “Is anything missing? Is this worded fairly?” "
                            "Start with the issue that seems easiest: a first small agreement "
                            "shows that agreement is possible.</p><h3>Finding interests</h3><p>A "
                            "position is what a person demands: “Remove the pipe”, “They must "
                            "apologise in the chat”. An interest is why they need it: a dry "
                            "cellar, quiet at night, respect in the street. Positions often "
                            "clash, while interests can usually be met together. Helpful "
                            "questions:</p><ul><li>“Why is this important to you?”</li><li>“What "
                            "worries you most if nothing changes?”</li><li>“What would a good "
                            "result look like for your family a year from "
                            "now?”</li></ul><p>Listen for hidden interests: honour and dignity, "
                            "the wish to be treated as an equal neighbour and not as an "
                            "“outsider”, the right to speak one's own language, the safety of "
                            "children. When you hear an interest both sides share, name it aloud: "
                            "“You both want to live here in peace and keep greeting each other in "
                            "the street.”</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Нұсқалар және оларды шындықпен тексеру</h3><p>Ешбір нұсқаны "
                            "бағаламас бұрын тараптардан шешудің мүмкіндігінше көп жолын ұсынуды "
                            "сұраңыз. Барлық идеяны, тіпті әдеттен тыс болса да, жазып отырыңыз; "
                            "медиатор өз ойын тек сұрақ түрінде қоса алады («Осыған ұқсас "
                            "жағдайда басқалар былай істеп көрген бе?»), «менің шешімім» ретінде "
                            "емес. Содан кейін әр нұсқаны бірге тексеріңіз:</p><ol><li>Нақты кім, "
                            "не істейді және қай мерзімге дейін?</li><li>Бұл қанша тұрады және "
                            "кім төлейді?</li><li>Бұл заңға сай ма және біреудің рұқсаты керек "
                            "пе: әкімдіктің, үй иесінің, мектептің?</li><li>Мұны отбасы, "
                            "ақсақалдар, көршілер қабылдай ма?</li><li>Орындалмаса, не "
                            "болады?</li></ol><p>Сондай-ақ әр тараптан, қажет болса оңаша, "
                            "сұраңыз: «Бүгін келісімге келмесек, не болады?» Сот, айлар бойы "
                            "созылатын шиеленіс, мектептегі балалардың төбелесі — баламаға адал "
                            "көзбен қарау қарапайым мәмілені тартымдырақ етеді.</p>"
                        ),
                        "ru": (
                            "<h3>Варианты и проверка реальностью</h3><p>Прежде чем оценивать "
                            "любой вариант, попросите стороны предложить как можно больше путей "
                            "решения. Записывайте все идеи, даже необычные; медиатор может "
                            "добавлять свои мысли только в форме вопроса («Пробовали ли другие в "
                            "похожем случае поступить так?»), а не как «моё решение». Затем "
                            "проверьте каждый вариант вместе:</p><ol><li>Кто именно, что сделает "
                            "и к какому сроку?</li><li>Сколько это стоит и кто "
                            "платит?</li><li>Законно ли это и нужно ли чьё-то разрешение: "
                            "акимата, хозяина жилья, школы?</li><li>Примут ли это семья, "
                            "аксакалы, соседи?</li><li>Что будет, если это не "
                            "выполнят?</li></ol><p>Спросите также каждую сторону, при "
                            "необходимости наедине: «Что будет, если сегодня мы не договоримся?» "
                            "Суд, месяцы напряжения, драки детей в школе: честный взгляд на "
                            "альтернативу часто делает скромный компромисс привлекательнее.</p>"
                        ),
                        "en": (
                            "<h3>Options and a reality check</h3><p>Before judging any option, "
                            "ask the parties to suggest as many ways forward as possible. Write "
                            "every idea down, even unusual ones; the mediator may add thoughts "
                            "only as questions (“Have others in a similar case tried doing it "
                            "this way?”), never as “my solution”. Then test each option "
                            "together:</p><ol><li>Who exactly will do what, and by "
                            "when?</li><li>How much will it cost, and who pays?</li><li>Is it "
                            "legal, and does it need anyone's permission: the akimat, the "
                            "landlord, the school?</li><li>Will the family, the elders and the "
                            "neighbours accept it?</li><li>What happens if it is not "
                            "done?</li></ol><p>Also ask each party, in private if needed: “What "
                            "will happen if we do not agree today?” A court case, months of "
                            "tension, children fighting at school: an honest look at the "
                            "alternative often makes a modest compromise look better.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қарапайым келісім жазу</h3><p>Тараптар түсінбейтін келісім "
                            "орындалмайды. Оны бірге, қысқа сөйлемдермен, әр тарап ең жақсы "
                            "оқитын тілде жазыңыз; екі тіл қолданылса, екі мәтіннің мазмұны "
                            "бірдей болуы керек. «Медиация туралы» Заң бойынша дауды реттеу "
                            "туралы келісім жазбаша нысанда жасалады және оған тараптар қол "
                            "қояды. Онда мыналарды көрсетіңіз:</p><ul><li>күні, орны, тараптар "
                            "мен медиатордың аты-жөні;</li><li>дау не туралы болғаны — бір "
                            "бейтарап сөйлеммен;</li><li>әр міндеттеме: кім, не істейді, қай "
                            "мерзімге дейін, мысалы: «15 мамырға дейін Виктор су ағызатын құбырды "
                            "жаңбыр суы көше арығына ағатындай етіп ауыстырады»;</li><li>жаңа "
                            "мәселе туындаса, тараптар қалай әрекет ететіні, мысалы: «Алдымен "
                            "бір-бірімен сөйлеседі, содан кейін медиаторға қоңырау "
                            "шалады»;</li><li>қолдар және әр тарапқа бір "
                            "данадан.</li></ul><p>Бұлыңғыр сөздерден («сыпайы болу», «жақын "
                            "арада», «мүмкіндігінше») және бір тарапты немесе бір халықты "
                            "айыптайтын кез келген тұжырымнан аулақ болыңыз. Мәтінді дауыстап "
                            "оқып, әр тараптан оны өз сөзімен қайталап беруін "
                            "сұраңыз.</p><h3>Келісім болмаса</h3><p>Келісімнің болмауы "
                            "тараптардың да, медиатордың да сәтсіздігі емес. Неге қол жеткенін "
                            "белгілеп алыңыз: мүмкін, тараптар бірін-бірі жақсырақ түсінген шығар "
                            "немесе бір тармақ бойынша келіскен болар. Үзіліс пен екінші "
                            "кездесуді, заңгердің немесе тиісті органның кеңесін не тәжірибелі "
                            "әріптеспен бірлескен медиацияны ұсыныңыз. Екі тарапқа да алғыс "
                            "айтып, құпиялылық әлі де сақталатынын еске салыңыз және ауылға "
                            "кімнің «бас тартқанын» ешқашан айтпаңыз. Шиеленіс көшеге немесе "
                            "әлеуметтік желіге шығуы мүмкін болса, құпия мәліметтерді ашпай, "
                            "медиация кабинетіне немесе Ассамблеяның өңірлік құрылымына "
                            "хабарлаңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Простое соглашение</h3><p>Соглашение, которого стороны не "
                            "понимают, не будет выполнено. Пишите его вместе, короткими фразами, "
                            "на языке, на котором каждая сторона лучше всего читает; если "
                            "используются два языка, оба текста должны говорить одно и то же. По "
                            "Закону «О медиации» соглашение об урегулировании спора заключается в "
                            "письменной форме и подписывается сторонами. "
                            "Укажите:</p><ul><li>дату, место, имена сторон и медиатора;</li><li>о "
                            "чём был спор — одной нейтральной фразой;</li><li>каждое "
                            "обязательство: кто, что, к какому сроку, например: «До 15 мая Виктор "
                            "переносит водосточную трубу так, чтобы дождевая вода стекала в "
                            "уличный арык»;</li><li>как стороны поступят, если возникнет новая "
                            "проблема, например: «Сначала поговорить друг с другом, затем "
                            "позвонить медиатору»;</li><li>подписи и по экземпляру для каждой "
                            "стороны.</li></ul><p>Избегайте расплывчатых слов («быть вежливыми», "
                            "«в ближайшее время», «по возможности») и любых формулировок, которые "
                            "обвиняют одну сторону или один народ. Прочитайте текст вслух и "
                            "попросите каждую сторону пересказать его своими словами.</p><h3>Если "
                            "соглашения нет</h3><p>Отсутствие соглашения — не провал ни сторон, "
                            "ни медиатора. Отметьте, чего удалось достичь: возможно, стороны "
                            "лучше поняли друг друга или договорились по одному пункту. "
                            "Предложите паузу и вторую встречу, консультацию юриста или "
                            "профильного органа либо ко-медиацию с более опытным коллегой. "
                            "Поблагодарите обе стороны, напомните, что конфиденциальность "
                            "сохраняется и дальше, и никогда не рассказывайте селу, кто "
                            "«отказался». Если напряжение может выплеснуться на улицу или в "
                            "соцсети, сообщите в кабинет медиации или в региональную структуру "
                            "Ассамблеи, не раскрывая конфиденциальных подробностей.</p>"
                        ),
                        "en": (
                            "<h3>Writing a simple agreement</h3><p>An agreement the parties do "
                            "not understand will not be kept. Write it together, in short "
                            "sentences, in the language each party reads best; if two languages "
                            "are used, both texts must say the same thing. Under the Law “On "
                            "Mediation” an agreement settling the dispute is made in writing and "
                            "signed by the parties. Include:</p><ul><li>the date, the place, and "
                            "the names of the parties and the mediator;</li><li>what the dispute "
                            "was about, in one neutral sentence;</li><li>each commitment: who, "
                            "what, by when, for example “By 15 May Viktor moves the drainpipe so "
                            "that rainwater flows into the street gutter”;</li><li>what the "
                            "parties will do if a new problem arises, for example “First talk to "
                            "each other, then call the mediator”;</li><li>signatures, and a copy "
                            "for each party.</li></ul><p>Avoid vague words (“be polite”, “soon”, "
                            "“as far as possible”) and any wording that blames one side or one "
                            "people. Read the text aloud and ask each party to explain it back in "
                            "their own words.</p><h3>If there is no agreement</h3><p>No agreement "
                            "is not a failure of the parties or of the mediator. Note what was "
                            "achieved: perhaps the parties now understand each other better, or "
                            "they agreed on one point. Offer a pause and a second meeting, advice "
                            "from a lawyer or the relevant authority, or co-mediation with a more "
                            "experienced colleague. Thank both sides, remind them that "
                            "confidentiality continues, and never tell the village who “refused”. "
                            "If tension may spill into the street or onto social media, inform "
                            "your mediation office or the Assembly's regional structure without "
                            "revealing confidential details.</p>"
                        ),
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Су құбыры мен той әуені",
                            "ru": "Водосток и свадебная музыка",
                            "en": "The drainpipe and the wedding music",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Алматы облысындағы шағын қалада Виктор мен "
                                "Айгерім он екі жылдан бері көрші тұрады. Сәуірде Виктор ортақ "
                                "қоршаудың бойына гараж салды; енді оның шатырынан ағатын жаңбыр "
                                "суы Айгерімнің ауласына құйылады, жертөлесін екі рет су басты. "
                                "Маусымда Айгерімнің отбасы ұлының үйлену тойын үйде өткізді: "
                                "музыка түнгі сағат екіге дейін ойнады, ал қонақтардың көліктері "
                                "Виктордың қақпасын бөгеп тастады.</p><p>Айгерімнің ұлы көшенің "
                                "WhatsApp тобына «кейбіреулер бүкіл көше өздерінікі деп ойлайды» "
                                "деп жазды. Виктордың қызы «олардың салт-дәстүрі» туралы сөзбен "
                                "жауап қайтарды. Содан бері екі отбасы сәлемдеспейді, ал басқа "
                                "көршілер чатта екіге бөлініп, бірі ана жақты, бірі мына жақты "
                                "жақтап жүр. Көшедегі сыйлы ақсақалдардың бірі қоғамдық "
                                "медиатордан көмек сұрады. Алғашқы жеке әңгімелер өтті, екі тарап "
                                "та медиацияға келісіп, медиация туралы шартқа қол қойды. Ортақ "
                                "кездесу жергілікті мектептің сыныбында сабақтан кейін орыс және "
                                "қазақ тілдерінде өтеді; медиатор екі тілде де "
                                "түйіндейді.</p><p>Ортақ кездесуді тараптардың әңгімесінен бастап "
                                "жазбаша келісімге дейін, ал келісім болмаса — құрметпен аяқтауға "
                                "дейін ойнаңыз. Шамамен 40 минут, содан кейін 15 минут кері "
                                "байланыс.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. В небольшом городе Алматинской области "
                                "Виктор и Айгерим двенадцать лет живут по соседству. В апреле "
                                "Виктор построил гараж вдоль общего забора; дождевая вода с его "
                                "крыши теперь стекает во двор Айгерим, и её погреб дважды "
                                "затопило. В июне семья Айгерим праздновала дома свадьбу сына: "
                                "музыка играла до двух часов ночи, а машины гостей перегородили "
                                "ворота Виктора.</p><p>Сын Айгерим написал в WhatsApp-группе "
                                "улицы, что «некоторые думают, будто вся улица принадлежит им». "
                                "Дочь Виктора ответила замечанием про «их обычаи». С тех пор "
                                "семьи не здороваются, а другие соседи в чате разделились и "
                                "встают то на одну, то на другую сторону. Один из уважаемых "
                                "аксакалов улицы попросил общественного медиатора помочь. Первые "
                                "отдельные разговоры уже прошли, обе стороны согласились на "
                                "медиацию и подписали договор о медиации. Общая встреча проходит "
                                "в классе местной школы после уроков, на русском и казахском "
                                "языках; медиатор резюмирует на обоих.</p><p>Разыграйте общую "
                                "встречу от рассказов сторон до письменного соглашения, а если "
                                "его не будет, — до уважительного завершения. Около 40 минут, "
                                "затем 15 минут обратной связи.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. In a small town in Almaty region, "
                                "Viktor and Aigerim have been neighbours for twelve years. In "
                                "April Viktor built a garage along the shared fence; rainwater "
                                "from its roof now runs into Aigerim's yard, and her cellar has "
                                "flooded twice. In June Aigerim's family held their son's wedding "
                                "at home: the music played until two in the morning, and guests' "
                                "cars blocked Viktor's gate.</p><p>Aigerim's son wrote in the "
                                "street's WhatsApp group that “some people think the whole street "
                                "belongs to them”. Viktor's daughter replied with a remark about "
                                "“their customs”. Since then the two families have not greeted "
                                "each other, and other neighbours in the chat have split into "
                                "camps. A respected elder of the street asked a public mediator "
                                "to help. The separate first conversations have taken place; both "
                                "parties agreed to mediate and signed an agreement to mediate. "
                                "The joint meeting is held in a classroom of the local school "
                                "after lessons, in Russian and Kazakh; the mediator summarises in "
                                "both.</p><p>Play the joint meeting from the parties' stories to "
                                "a written agreement or, if none is reached, to a respectful "
                                "close. About 40 minutes, then 15 minutes of feedback.</p>"
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
                                        "Қысқа кіріспе сөз айтыңыз, әр тарапқа өз әңгімесін "
                                        "айтуға мүмкіндік беріп, оны түйіндеңіз, мәселелер "
                                        "тізімін бейтарап жасаңыз, мүдделер туралы сұраңыз және "
                                        "тараптарға нұсқаларды ойлап табуға әрі тексеруге "
                                        "көмектесіңіз. Өз шешіміңізді ұсынбаңыз. Тараптар "
                                        "келіссе, келісімді олармен бірге қарапайым сөздермен "
                                        "жазыңыз; келіспесе, кездесуді құрметпен аяқтаңыз."
                                    ),
                                    "ru": (
                                        "Произнесите короткое вступительное слово, дайте каждой "
                                        "стороне рассказать свою историю и резюмируйте её, "
                                        "нейтрально составьте список вопросов, спрашивайте об "
                                        "интересах и помогите сторонам придумать и проверить "
                                        "варианты. Не предлагайте своё решение. Если стороны "
                                        "договорятся, запишите соглашение вместе с ними простыми "
                                        "словами; если нет — уважительно завершите встречу."
                                    ),
                                    "en": (
                                        "Give short opening words, let each party tell their "
                                        "story and summarise it, list the issues neutrally, ask "
                                        "about interests and help the parties come up with and "
                                        "test options. Do not offer your own solution. If the "
                                        "parties agree, write the agreement with them in plain "
                                        "words; if not, close the meeting respectfully."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Виктор, 63 жаста",
                                    "ru": "Виктор, 63 года",
                                    "en": "Viktor, 63",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз зейнеткерсіз, бұрын автобус жүргізуші болғансыз. "
                                        "Гаражды өз жеріңізге салдыңыз және ешбір ережені бұзған "
                                        "жоқпын деп есептейсіз; құбырды қоршауға қарай бұру ең "
                                        "оңай шешім болды. Оны ауыстыруға дайынсыз, бірақ көшеге "
                                        "дейінгі ұзын науа қымбат, ал сіз зейнетақымен күн "
                                        "көресіз. Сізге той түні көбірек батты: немерелеріңіз "
                                        "ұйықтай алмады, өзіңіз қақпадан көлікпен шыға алмадыңыз; "
                                        "чаттағы хабарламаны да өзіңізге арналған деп "
                                        "қабылдадыңыз. Сіз осы көшеде туып-өстіңіз және қазақ "
                                        "салт-дәстүрін ұнатпайтын адам болып көрінгіңіз келмейді: "
                                        "көршілердің талай тойына өзіңіз де барғансыз."
                                    ),
                                    "ru": (
                                        "Вы на пенсии, раньше работали водителем автобуса. Вы "
                                        "построили гараж на своей земле и считаете, что ничего не "
                                        "нарушили; вывести трубу в сторону забора было проще "
                                        "всего. Вы готовы её перенести, но длинный жёлоб до улицы "
                                        "стоит денег, а вы живёте на пенсию. Сильнее вас задела "
                                        "свадебная ночь: внуки не могли уснуть, а вы не могли "
                                        "выехать из ворот; сообщение в чате вы тоже приняли на "
                                        "свой счёт. Вы родились на этой улице и не хотите "
                                        "выглядеть человеком, которому не нравятся казахские "
                                        "обычаи: вы сами бывали на многих свадьбах у соседей."
                                    ),
                                    "en": (
                                        "You are retired and used to drive a bus. You built the "
                                        "garage on your own land and believe you broke no rule; "
                                        "turning the pipe towards the fence was the simplest "
                                        "solution. You are willing to move it, but a long gutter "
                                        "to the street costs money and you live on a pension. "
                                        "What hurt you more was the wedding night: your "
                                        "grandchildren could not sleep and you could not drive "
                                        "out of your gate; you also took the message in the chat "
                                        "as aimed at you. You were born on this street and do not "
                                        "want to look like someone who dislikes Kazakh customs: "
                                        "you have been to many of your neighbours' weddings "
                                        "yourself."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Айгерім, 48 жаста",
                                    "ru": "Айгерим, 48 лет",
                                    "en": "Aigerim, 48",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз мектеп мұғалімісіз. Жертөлеңізді екі рет су басып, "
                                        "қысқа дайындаған картоп пен банкаға жапқан "
                                        "консервілеріңіз бүлінді. Виктор гаражды салмас бұрын "
                                        "сізге бір ауыз сөз айтпағанына ренжіп жүрсіз. Музыканың "
                                        "тым ұзаққа созылғанын білесіз және сәл ыңғайсызданасыз, "
                                        "бірақ «олардың салт-дәстүрі» туралы сөз бүкіл "
                                        "отбасыңызды қорлады, сол сөздің кері алынғанын қалайсыз. "
                                        "Су мәселесін күзгі жаңбырға дейін шешкіңіз келеді. Шу "
                                        "үшін кешірім сұрауға дайынсыз, бірақ оны бүкіл көшенің "
                                        "алдында кінәні мойындау ретінде талап етсе, келіспейсіз."
                                    ),
                                    "ru": (
                                        "Вы учительница в школе. Ваш погреб дважды затопило, и "
                                        "пропали картофель и банки с заготовками на зиму. Вас "
                                        "обижает, что Виктор даже словом не обмолвился о гараже, "
                                        "прежде чем его строить. Вы знаете, что музыка играла "
                                        "слишком долго, и вам немного неловко, но замечание про "
                                        "«их обычаи» оскорбило всю вашу семью, и вы хотите, чтобы "
                                        "эти слова забрали назад. Вы хотите решить вопрос с водой "
                                        "до осенних дождей. Вы готовы извиниться за шум, но не "
                                        "согласитесь, если этого потребуют как признания вины "
                                        "перед всей улицей."
                                    ),
                                    "en": (
                                        "You are a schoolteacher. Your cellar flooded twice, and "
                                        "the potatoes and jars of preserves you had put by for "
                                        "the winter were spoiled. You are hurt that Viktor did "
                                        "not say a word to you before building the garage. You "
                                        "know the music went on too long and feel a little "
                                        "awkward about it, but the remark about “their customs” "
                                        "insulted your whole family, and you want those words "
                                        "taken back. You want the water problem solved before the "
                                        "autumn rains. You are ready to apologise for the noise, "
                                        "but you will refuse if it is demanded as a confession of "
                                        "guilt in front of the whole street."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Кіріспе сөзде медиатордың рөлі, еріктілік, құпиялылық және "
                                    "ережелер айтылды, екі тарап та оларды дауыстап растады."
                                ),
                                "ru": (
                                    "Во вступительном слове прозвучали роль медиатора, "
                                    "добровольность, конфиденциальность и правила, и обе стороны "
                                    "вслух их подтвердили."
                                ),
                                "en": (
                                    "The opening covered the mediator's role, voluntariness, "
                                    "confidentiality and the rules, and both parties confirmed "
                                    "them aloud."
                                ),
                            },
                            {
                                "kk": (
                                    "Екі тарапқа да шамамен тең уақыт берілді, медиатор "
                                    "әрқайсысының фактілері мен сезімдерін түйіндеді."
                                ),
                                "ru": (
                                    "Обе стороны получили примерно равное время, и медиатор "
                                    "резюмировал факты и чувства каждой."
                                ),
                                "en": (
                                    "Both parties had about equal time, and the mediator "
                                    "summarised the facts and feelings of each."
                                ),
                            },
                            {
                                "kk": (
                                    "Мәселелер бейтарап жазылды: ешбір адам, отбасы немесе ұлт "
                                    "айыпталмады."
                                ),
                                "ru": (
                                    "Вопросы были записаны нейтрально, без обвинений в адрес "
                                    "человека, семьи или национальности."
                                ),
                                "en": (
                                    "The issues were written down neutrally, without blaming a "
                                    "person, a family or a nationality."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор бұның неге маңызды екенін сұрап, тараптардың "
                                    "кемінде бір ортақ мүддесін атады."
                                ),
                                "ru": (
                                    "Медиатор спрашивал, почему это важно, и назвал хотя бы один "
                                    "общий интерес сторон."
                                ),
                                "en": (
                                    "The mediator asked why things mattered and named at least "
                                    "one interest the parties share."
                                ),
                            },
                            {
                                "kk": (
                                    "Нұсқаларды тараптардың өздері ұсынды және олар тексерілді: "
                                    "кім, не істейді, қай мерзімге дейін, кімнің есебінен, "
                                    "орындалмаса не болады."
                                ),
                                "ru": (
                                    "Варианты предлагали сами стороны, и их проверили: кто, что, "
                                    "к какому сроку, за чей счёт, что будет, если не выполнят."
                                ),
                                "en": (
                                    "The options came from the parties and were tested: who, "
                                    "what, by when, at whose cost, and what happens if it is not "
                                    "done."
                                ),
                            },
                            {
                                "kk": (
                                    "Келісім немесе онсыз аяқтау әр тарап қайталап айта алатындай "
                                    "қарапайым сөздермен тұжырымдалды."
                                ),
                                "ru": (
                                    "Соглашение — или завершение без него — было сформулировано "
                                    "простыми словами, которые каждая сторона могла повторить."
                                ),
                                "en": (
                                    "The agreement, or the close without one, was put in plain "
                                    "words that each party could repeat."
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
                                "Көршілер, әріптестер немесе туыстар арасындағы, кейін бұзылғанын "
                                "өзіңіз білетін бір уағдаластықты еске түсіріңіз. Онда не "
                                "жетіспеді: нақты міндеттемелер ме, шынайы мерзім бе, үстел "
                                "басындағы керекті адамдар ма, әлде екі тарапқа да түсінікті "
                                "тұжырым ба? Сол уағдаластықтың бір сөйлемін оның орындалғанын "
                                "кез келген адам тексере алатындай етіп қайта жазыңыз."
                            ),
                            "ru": (
                                "Вспомните договорённость между соседями, коллегами или "
                                "родственниками, которая, как вы знаете, потом была нарушена. "
                                "Чего в ней не хватало: чётких обязательств, реального срока, "
                                "нужных людей за столом или формулировок, понятных обеим "
                                "сторонам? Перепишите одну фразу этой договорённости так, чтобы "
                                "любой мог проверить, выполнена ли она."
                            ),
                            "en": (
                                "Recall an agreement between neighbours, colleagues or relatives "
                                "that you know was later broken. What was missing: clear "
                                "commitments, a realistic deadline, the right people at the "
                                "table, or wording both sides understood? Rewrite one sentence of "
                                "that agreement so that anyone could check whether it has been "
                                "kept."
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
                                    "kk": "Күн тәртібі",
                                    "ru": "Повестка",
                                    "en": "Agenda",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар талқылайтын мәселелердің келісілген ретпен, "
                                        "бейтарап сөздермен жазылған қысқа тізімі."
                                    ),
                                    "ru": (
                                        "Короткий нейтрально сформулированный список вопросов, "
                                        "над которыми работают стороны, в согласованном порядке."
                                    ),
                                    "en": (
                                        "A short, neutrally worded list of the issues the parties "
                                        "will work on, in an agreed order."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ұстаным",
                                    "ru": "Позиция",
                                    "en": "Position",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың ашық талабы, көбіне дайын шешім түрінде: "
                                        "«Құбырды алып тастаңыз»."
                                    ),
                                    "ru": (
                                        "То, чего сторона открыто требует, часто в виде готового "
                                        "решения: «Уберите трубу»."
                                    ),
                                    "en": (
                                        "What a party openly demands, often as a ready-made "
                                        "solution: “Remove the pipe”."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мүдде",
                                    "ru": "Интерес",
                                    "en": "Interest",
                                },
                                "definition": {
                                    "kk": (
                                        "Ұстанымның артындағы қажеттілік, алаңдаушылық немесе "
                                        "құндылық: тарап талап еткен нәрсе оған неге керек екені."
                                    ),
                                    "ru": (
                                        "Потребность, опасение или ценность за позицией: почему "
                                        "стороне нужно то, чего она требует."
                                    ),
                                    "en": (
                                        "The need, worry or value behind a position: why a party "
                                        "needs what it demands."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Шындыққа тексеру",
                                    "ru": "Проверка реальностью",
                                    "en": "Reality check",
                                },
                                "definition": {
                                    "kk": (
                                        "Нұсқаны бірге тексеру: кім, не істейді және қай мерзімге "
                                        "дейін, қанша тұрады, кімнің рұқсаты керек, орындалмаса "
                                        "не болады."
                                    ),
                                    "ru": (
                                        "Совместная проверка варианта: кто, что и к какому сроку "
                                        "делает, сколько это стоит, чьё разрешение нужно и что "
                                        "будет, если не выполнят."
                                    ),
                                    "en": (
                                        "Testing an option together: who does what and by when, "
                                        "what it costs, whose permission it needs, and what "
                                        "happens if it is not done."
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
                                        "Сәтті медиацияның тараптар қол қойған жазбаша нәтижесі: "
                                        "онда кім, не және қай мерзімге дейін істейтіні "
                                        "көрсетіледі."
                                    ),
                                    "ru": (
                                        "Письменный итог успешной медиации, подписанный "
                                        "сторонами: в нём указано, кто, что и к какому сроку "
                                        "сделает."
                                    ),
                                    "en": (
                                        "The written result of a successful mediation, signed by "
                                        "the parties, stating who will do what and by when."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Келісімге балама",
                                    "ru": "Альтернатива соглашению",
                                    "en": "Alternative to agreement",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар келіспесе, шын мәнінде не болатыны, мысалы сот "
                                        "немесе шиеленістің жалғасуы; оны нұсқалармен салыстыру "
                                        "тарапқа шешім қабылдауға көмектеседі."
                                    ),
                                    "ru": (
                                        "Что реально произойдёт, если стороны не договорятся, "
                                        "например суд или продолжение напряжённости; сравнение с "
                                        "вариантами помогает стороне решить."
                                    ),
                                    "en": (
                                        "What will realistically happen if the parties do not "
                                        "agree, such as a court case or continuing tension; "
                                        "comparing it with the options helps a party decide."
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
