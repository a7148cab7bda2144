"""Quiz for the public mediator course, module 2: the mediation process."""

QUIZ = {
    "module": "the-mediation-process",
    "title": {
        "kk": "2-модуль тесті: медиация барысы",
        "ru": "Тест по модулю 2: процесс медиации",
        "en": "Module 2 test: the mediation process",
    },
    "intro": {
        "kk": (
            "<p>Тест медиацияның алғашқы байланыстан бастап келісімге дейінгі барысын "
            "тексереді: дайындық, кіріспе сөз, тараптардың әңгімесі, мәселелер мен мүдделер, "
            "нұсқалар және қарапайым жазбаша келісім. Өту шегі — 70 пайыз.</p>"
        ),
        "ru": (
            "<p>Тест проверяет, как вы знаете ход медиации от первого контакта до соглашения: "
            "подготовку, вступительное слово, рассказы сторон, вопросы и интересы, варианты и "
            "простое письменное соглашение. Проходной балл — 70 процентов.</p>"
        ),
        "en": (
            "<p>This test checks the course of a mediation from first contact to agreement: "
            "preparation, the opening words, the parties' stories, issues and interests, "
            "options and a simple written agreement. The pass mark is 70 per cent.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "first-contact-elderly-neighbours",
            "text": {
                "kk": (
                    "<p>Алматы облысындағы шағын қаланың қоғамдық медиаторы Айгүл әкімнен екі "
                    "егде көршінің — 71 жастағы Петр мен 68 жастағы Жұмабектің — су ағызатын "
                    "құбыр үшін ұрысып қалғанын естіді. Ол алғашқы байланысты қалай бастағаны "
                    "жөн?</p>"
                ),
                "ru": (
                    "<p>Айгуль, общественный медиатор в небольшом городе Алматинской области, "
                    "узнала от акима, что двое пожилых соседей — Пётр, 71 год, и Жумабек, 68 "
                    "лет, — поссорились из-за водосточной трубы. Как ей лучше начать первый "
                    "контакт?</p>"
                ),
                "en": (
                    "<p>Aigul, a public mediator in a small town in Almaty region, hears from "
                    "the akim that two elderly neighbours, Pyotr, 71, and Zhumabek, 68, have "
                    "quarrelled over a drainpipe. How should she make first contact?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Әрқайсысына жеке, мүмкін болса бір күнде барып, сөйлегеннен гөрі "
                            "көбірек тыңдау және қысым жасамай кездесуге шақыру."
                        ),
                        "ru": (
                            "Навестить каждого отдельно, лучше в один день, больше слушать, чем "
                            "говорить, и пригласить на встречу без давления."
                        ),
                        "en": (
                            "Visit each of them separately, ideally on the same day, listen "
                            "more than she speaks and invite them to meet without pressure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: жеке әңгіме ешкімге медиатор екінші жақтың нұсқасын "
                            "қабылдап қойған деген ой салмайды, ал егде адамдармен үйіне барған "
                            "телефоннан жақсы."
                        ),
                        "ru": (
                            "Верно: отдельный разговор не даёт никому решить, что медиатор уже "
                            "принял версию другой стороны, а с пожилыми людьми визит лучше "
                            "звонка."
                        ),
                        "en": (
                            "Right: separate talks keep anyone from thinking the mediator has "
                            "already accepted the other version, and with older people a visit "
                            "works better than a call."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Көшенің чатына екеуіне де жазып, сол күні кешке әкімдікте "
                            "кездесуді ұсыну."
                        ),
                        "ru": (
                            "Написать обоим в чат улицы и предложить встретиться в тот же вечер "
                            "в акимате."
                        ),
                        "en": (
                            "Write to both in the street's group chat and suggest meeting at "
                            "the akimat that same evening."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: чаттағы хабарлама — ең әлсіз жол, оны басқаларға тарату оңай; "
                            "ал сол күні кешке әкімдікке шақырса, әрқайсысы сотқа келгендей "
                            "келеді."
                        ),
                        "ru": (
                            "Нет: сообщение в чате — самый слабый канал, его легко переслать; а "
                            "приглашение в акимат в тот же вечер заставит каждого прийти как на "
                            "суд."
                        ),
                        "en": (
                            "No: a chat message is the weakest channel and easy to forward, and "
                            "a call to the akimat that same evening makes each arrive as if to "
                            "a trial."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Алдымен шағымданған Петрге барып, онымен деректерді келісіп алу, "
                            "содан кейін ғана Жұмабекке хабарласу."
                        ),
                        "ru": (
                            "Сначала пойти к Петру, который пожаловался, согласовать с ним "
                            "факты и только потом связаться с Жумабеком."
                        ),
                        "en": (
                            "First visit Pyotr, who complained, agree the facts with him, and "
                            "only then contact Zhumabek."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: Жұмабек медиатор Петрдің нұсқасын қабылдап қойған деп ойлауы "
                            "мүмкін; алғашқы әңгімеде айыптауларға қосылуға болмайды."
                        ),
                        "ru": (
                            "Нет: Жумабек может решить, что медиатор уже принял версию Петра; в "
                            "первом разговоре нельзя соглашаться с обвинениями."
                        ),
                        "en": (
                            "No: Zhumabek may think the mediator has already accepted Pyotr's "
                            "version; in the first talk the mediator must not agree with "
                            "accusations."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Екеуін бірден өз үйіне шайға шақырып, мәселені тез шешу.",
                        "ru": "Сразу позвать обоих к себе домой на чай и быстро всё уладить.",
                        "en": (
                            "Invite both to her home for tea straight away and settle the "
                            "matter quickly."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: ортақ кездесуге дейін әр тараппен жеке сөйлесу керек; "
                            "дайындық ашу-ызаны басып, медиацияның бұл іске жарайтынын "
                            "көрсетеді."
                        ),
                        "ru": (
                            "Нет: до общей встречи нужно поговорить с каждым отдельно; "
                            "подготовка снижает накал и показывает, подходит ли медиация."
                        ),
                        "en": (
                            "No: before any joint meeting she must talk to each party "
                            "separately; preparation lowers the temperature and shows whether "
                            "mediation suits the case."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Көп медиация тараптар бір үстелге отырмай жатып-ақ сәтсіз аяқталады. Әр "
                    "тараппен жеке, мүмкін болса бір күнде сөйлесіңіз; кім екеніңізді айтыңыз, "
                    "көбірек тыңдаңыз, медиацияны бірнеше сөйлеммен түсіндіріп, қысым жасамай "
                    "шақырыңыз."
                ),
                "ru": (
                    "Многие медиации проваливаются ещё до того, как стороны сели за один стол. "
                    "Поговорите с каждой стороной отдельно, лучше в один день; скажите, кто вы, "
                    "больше слушайте, объясните медиацию в нескольких фразах и приглашайте, а "
                    "не давите."
                ),
                "en": (
                    "Many mediations fail before the parties ever sit at one table. Talk to "
                    "each party separately, ideally on the same day; say who you are, listen "
                    "more than you speak, explain mediation in a few sentences and invite "
                    "without pressure."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "suitability-checks-before-meeting",
            "text": {
                "kk": (
                    "<p>Пәтер жалдаушы мен оның көршісі аула арқылы өтетін жол үшін дауласып "
                    "жүр. Ортақ кездесуге дейін қоғамдық медиатор нені тексеруі керек? Барлық "
                    "дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Квартирант и его сосед спорят о проходе через двор. Что общественный "
                    "медиатор должен проверить до общей встречи? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>A tenant and his neighbour are in dispute about a passage through the "
                    "yard. What should the public mediator check before a joint meeting? Choose "
                    "all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Қазір зорлық-зомбылық немесе нақты қауіп бар ма.",
                        "ru": "Есть ли сейчас насилие или реальная угроза.",
                        "en": "Whether there is violence or a real threat now.",
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә: медиация ешқашан қорғаудың орнын баспайды.",
                        "ru": "Да: медиация никогда не заменяет защиту.",
                        "en": "Yes: mediation never replaces protection.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әр тарап әкімнің, жұмыс берушінің не ақсақалдардың бұйрығымен "
                            "емес, өз қалауымен келе ме."
                        ),
                        "ru": (
                            "Приходит ли каждая сторона по своему выбору, а не по велению "
                            "акима, работодателя или аксакалов."
                        ),
                        "en": (
                            "Whether each party comes by its own choice, not because the akim, "
                            "an employer or the elders told it to."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә: ерік — медиацияның шарты.",
                        "ru": "Да: свободная воля — условие медиации.",
                        "en": "Yes: free will is a condition of mediation.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Кездесуге шынында шешім қабылдайтын адам, мысалы, тек жалдаушы "
                            "емес, үй иесі де келе ме."
                        ),
                        "ru": (
                            "Будет ли на встрече тот, кто действительно решает, например хозяин "
                            "дома, а не только квартирант."
                        ),
                        "en": (
                            "Whether the person who really decides will be there, for example "
                            "the owner of the house and not only the tenant."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә: керекті адамдарсыз жасалған келісім орындалмауы мүмкін.",
                        "ru": "Да: соглашение без нужных людей может не выполниться.",
                        "en": "Yes: an agreement made without the right people may not hold.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиатордың өзі тараптардың біріне туыс, дос немесе серіктес емес пе."
                        ),
                        "ru": (
                            "Не является ли сам медиатор родственником, другом или партнёром "
                            "одной из сторон."
                        ),
                        "en": (
                            "Whether the mediator is a relative, friend or business partner of "
                            "either party."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": (
                            "Иә: олай болса, оны ашық айту немесе істі басқа медиаторға беру керек."
                        ),
                        "ru": (
                            "Да: если так, об этом нужно сказать открыто или передать дело "
                            "другому медиатору."
                        ),
                        "en": "Yes: if so, say it openly or hand the case to another mediator.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Мәселені тараптардың өздері шеше ала ма, әлде оны тек құжаттар мен "
                            "уәкілетті органдар анықтай ма."
                        ),
                        "ru": (
                            "Могут ли стороны решить вопрос сами или его устанавливают только "
                            "документы и уполномоченные органы."
                        ),
                        "en": (
                            "Whether the parties can decide the matter themselves or only "
                            "documents and the competent authorities can settle it."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": (
                            "Иә: өтпе жолды қалай пайдалану керегін көршілер келісе алады, ал "
                            "жердің заңды иесін олар шеше алмайды."
                        ),
                        "ru": (
                            "Да: как пользоваться проходом, соседи договорятся сами, а кому по "
                            "закону принадлежит земля, решают не они."
                        ),
                        "en": (
                            "Yes: neighbours can agree how to use a passage, but not who "
                            "legally owns the land."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Заң бойынша тараптардың қайсысы дұрыс екені, кездесуді соны "
                            "хабарлаудан бастау үшін."
                        ),
                        "ru": (
                            "Кто из сторон прав по закону, чтобы начать встречу с этого объявления."
                        ),
                        "en": (
                            "Which party is legally right, so that the meeting can start by "
                            "announcing it."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Жоқ: медиатор кімнің дұрыс екенін шешпейді және жарияламайды.",
                        "ru": "Нет: медиатор не решает и не объявляет, кто прав.",
                        "en": "No: the mediator neither decides nor announces who is right.",
                    },
                },
                {
                    "text": {
                        "kk": "Тараптар болған оқиғаның деректерін бірдей көре ме.",
                        "ru": "Одинаково ли стороны видят факты того, что произошло.",
                        "en": (
                            "Whether the parties already see the facts of what happened in the "
                            "same way."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: әр тараптың өз көзқарасы болуы — қалыпты жағдай; оны "
                            "кездесуде әркім өз әңгімесінде айтады."
                        ),
                        "ru": (
                            "Нет: разные взгляды сторон — это нормально; каждая изложит их в "
                            "своём рассказе на встрече."
                        ),
                        "en": (
                            "No: different views are normal; each party gives its own in its "
                            "story at the meeting."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация адамдар қауіпсіз сөйлесе алатын және шешімді еркін қабылдайтын "
                    "жағдайда нәтиже береді. Тексеріңіз: қауіпсіздік, ерік, шешім қабылдай алу "
                    "және керекті адамдар, өзіңіздің бейтараптығыңыз, тараптардың өздері шеше "
                    "алатын мәселе. Медиация жарамаса, қайда жүгінуге болатынын түсіндіріңіз: "
                    "дұрыс бағыт беру де — көмек."
                ),
                "ru": (
                    "Медиация работает, когда люди могут безопасно говорить и свободно "
                    "принимать решения. Проверьте: безопасность, свободную волю, способность "
                    "решать и нужных людей, собственную беспристрастность и то, что есть что "
                    "решать самим сторонам. Если медиация не подходит, объясните, куда "
                    "обратиться: правильно направить — тоже помощь."
                ),
                "en": (
                    "Mediation works when people can talk safely and are free to decide. Check "
                    "safety, free will, capacity and the right people, your own impartiality, "
                    "and that there is something the parties can decide. If mediation does not "
                    "fit, explain where to turn instead: a good referral is also help."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "neutral-place-village-families",
            "text": {
                "kk": (
                    "<p>Ауылдағы екі отбасы жастар арасындағы жанжалдан кейін медиацияға "
                    "келісті. Отбасылардың бірі этномәдени бірлестікке мүше, ал екіншісінің "
                    "туысы ауылда кафе ұстайды. Кездесу үшін мына орындардың қайсысы әдетте ең "
                    "қолайлы?</p>"
                ),
                "ru": (
                    "<p>Две семьи в селе после ссоры между молодёжью согласились на медиацию. "
                    "Одна семья состоит в этнокультурном объединении, а родственник другой "
                    "держит в селе кафе. Какое из этих мест для встречи обычно подходит лучше "
                    "всего?</p>"
                ),
                "en": (
                    "<p>Two families in a village have agreed to mediation after a quarrel "
                    "between young people. One family belongs to an ethnocultural association, "
                    "and a relative of the other runs a café in the village. Which of these "
                    "places usually works best for the meeting?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Сабақтан кейінгі мектеп сыныбы",
                        "ru": "Школьный класс после уроков",
                        "en": "A school classroom after lessons",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл орын тараптардың ешқайсысына тиесілі емес, онда тыныш "
                            "әрі бөгде көрермен жоқ."
                        ),
                        "ru": (
                            "Верно: это место не принадлежит ни одной из сторон, там тихо и нет "
                            "посторонних."
                        ),
                        "en": (
                            "Right: it belongs to neither side, and it is quiet, with no onlookers."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бір отбасы мүше болып тұрған этномәдени бірлестіктің кеңсесі",
                        "ru": "Офис этнокультурного объединения, в котором состоит одна из семей",
                        "en": "The office of the ethnocultural association one family belongs to",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бір бірлестіктің кеңсесі екінші отбасына «бөтен аумаққа "
                            "келдің» деген белгі береді."
                        ),
                        "ru": (
                            "Нет: офис одного объединения посылает другой семье сигнал «вы на "
                            "чужой территории»."
                        ),
                        "en": (
                            "No: one association's office tells the other family it is on "
                            "someone else's ground."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бір отбасының туысына тиесілі кафе",
                        "ru": "Кафе родственника одной из семей",
                        "en": "The café run by a relative of one family",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: біреудің туысының кафесі бейтарап орын емес.",
                        "ru": "Нет: кафе чьего-то родственника — не нейтральное место.",
                        "en": "No: a café owned by someone's relative is not neutral.",
                    },
                },
                {
                    "text": {
                        "kk": "Медиацияны сұраған отбасының үйі",
                        "ru": "Дом семьи, которая попросила о медиации",
                        "en": "The home of the family that asked for mediation",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бір тараптың үйінде екінші тарап қонақ сияқты, тең емес "
                            "жағдайда отырады."
                        ),
                        "ru": "Нет: в доме одной стороны другая сидит как гость, не на равных.",
                        "en": (
                            "No: in one party's home the other side sits as a guest, not as an "
                            "equal."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Орын тараптардың ешқайсысына тиесілі болмауы керек. Медиация кабинеті, "
                    "татуластыру кабинеті, сабақтан кейінгі мектеп сыныбы, кітапхана немесе "
                    "Достық үйі әдетте қолайлырақ; әкімдікте екі тарап та сенім білдірсе ғана "
                    "өткізіңіз. Бөлме тыныш болсын, тараптар сізден бірдей қашықтықта отырсын, "
                    "бәріне бірдей шай берілсін."
                ),
                "ru": (
                    "Место не должно принадлежать ни одной из сторон. Кабинет медиации, кабинет "
                    "примирения, школьный класс после уроков, библиотека или Дом дружбы обычно "
                    "подходят лучше; в акимате встречайтесь, только если ему доверяют обе "
                    "стороны. В комнате тихо, стороны сидят на одинаковом расстоянии от вас, "
                    "чай для всех одинаковый."
                ),
                "en": (
                    "The place should belong to neither side. A mediation office, a "
                    "reconciliation room, a school classroom after lessons, a library or a "
                    "House of Friendship usually work better; meet at the akimat only if both "
                    "sides trust it. The room is quiet, both parties sit at the same distance "
                    "from you, and everyone gets the same tea."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "opening-confirm-aloud",
            "text": {
                "kk": (
                    "<p>Кіріспе сөздің соңында медиатор тараптардан осы ережелермен жұмыс "
                    "істеуге келісетінін сұрайды. Әр тараптың бас изеуі жеткілікті.</p>"
                ),
                "ru": (
                    "<p>В конце вступительного слова медиатор спрашивает стороны, согласны ли "
                    "они работать по этим правилам. Кивка каждой стороны достаточно.</p>"
                ),
                "en": (
                    "<p>At the end of the opening words, the mediator asks the parties whether "
                    "they agree to work by these rules. A nod from each party is enough.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Әр тарап осылай жұмыс істеуге келісетінін дауыстап "
                    "растауы керек; бас изеу жеткіліксіз. «Медиация туралы» Заң бойынша "
                    "тараптар мен медиатор медиация туралы жазбаша шарт та жасасады."
                ),
                "ru": (
                    "Утверждение неверно. Каждая сторона должна вслух подтвердить, что согласна "
                    "так работать; кивка недостаточно. По Закону «О медиации» стороны и "
                    "медиатор также заключают письменный договор о медиации."
                ),
                "en": (
                    "False. Each party must confirm aloud that it agrees to work this way; a "
                    "nod is not enough. Under the Law “On Mediation” the parties and the "
                    "mediator also conclude a written agreement to mediate."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "process-steps-order",
            "text": {
                "kk": "<p>Медиацияның қадамдарын сабақта сипатталған ретпен орналастырыңыз.</p>",
                "ru": (
                    "<p>Расположите шаги медиации в том порядке, в каком они описаны в занятии.</p>"
                ),
                "en": "<p>Put the steps of a mediation in the order described in the lesson.</p>",
            },
            "items": [
                {
                    "kk": "Әр тараппен жеке алғашқы әңгіме",
                    "ru": "Первый отдельный разговор с каждой стороной",
                    "en": "A first separate conversation with each party",
                },
                {
                    "kk": "Кіріспе сөз: рөл, еріктілік, құпиялылық, ережелер, жоспар",
                    "ru": (
                        "Вступительное слово: роль, добровольность, конфиденциальность, "
                        "правила, план"
                    ),
                    "en": "Opening words: role, voluntariness, confidentiality, rules, plan",
                },
                {
                    "kk": "Әр тараптың әңгімесі және оны түйіндеу",
                    "ru": "Рассказ каждой стороны и резюме",
                    "en": "Each party's story and its summary",
                },
                {
                    "kk": (
                        "Мәселелердің бейтарап тізімі (күн тәртібі) және мүдделер туралы сұрақтар"
                    ),
                    "ru": "Нейтральный список вопросов (повестка) и вопросы об интересах",
                    "en": "A neutral list of issues (the agenda) and questions about interests",
                },
                {
                    "kk": "Тараптардың нұсқалары және оларды шындыққа тексеру",
                    "ru": "Варианты от сторон и их проверка реальностью",
                    "en": "Options from the parties and a reality check",
                },
                {
                    "kk": "Қарапайым жазбаша келісім немесе онсыз құрметпен аяқтау",
                    "ru": "Простое письменное соглашение или уважительное завершение без него",
                    "en": "A simple written agreement, or a respectful close without one",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жұмыс кездесуден бұрын, әр тараппен жеке әңгімеден басталады. Кіріспе сөз "
                    "қауіпсіз әрі әділ кездесудің негізін қалайды, содан кейін әр тарап өз "
                    "әңгімесін айтады. Екі әңгімеден мәселелер тізімі жасалып, ұстанымдардың "
                    "артындағы мүдделер ізделеді; нұсқалар тексеріліп, ең соңында келісім "
                    "жазылады."
                ),
                "ru": (
                    "Работа начинается до встречи, с отдельного разговора с каждой стороной. "
                    "Вступительное слово закладывает безопасную и справедливую встречу, затем "
                    "каждая сторона рассказывает свою историю. Из двух рассказов составляется "
                    "список вопросов и ищутся интересы за позициями; варианты проверяются, и в "
                    "конце пишется соглашение."
                ),
                "en": (
                    "The work starts before the meeting, with a separate conversation with each "
                    "party. The opening words set up a safe and fair meeting, and then each "
                    "party tells its story. The two stories become a list of issues, and the "
                    "interests behind positions are explored; options are tested, and an "
                    "agreement is written at the end."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "agenda-term",
            "text": {
                "kk": (
                    "<p>Екі әңгімені тыңдаған соң медиатор шешілуге тиіс мәселелерді бейтарап "
                    "сөздермен, келісілген ретпен үлкен параққа жазады. Бұл қысқа тізім қалай "
                    "аталады? Бір-екі сөзбен жауап беріңіз.</p>"
                ),
                "ru": (
                    "<p>Выслушав оба рассказа, медиатор записывает на большом листе вопросы, "
                    "которые предстоит решить, нейтральными словами и в согласованном порядке. "
                    "Как называется этот короткий список? Ответьте одним-двумя словами.</p>"
                ),
                "en": (
                    "<p>After hearing both stories, the mediator writes on a large sheet the "
                    "issues to be solved, in neutral words and in an agreed order. What is this "
                    "short list called? Answer in one or two words.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "күн тәртібі", "fraction": 1.0},
                    {"text": "күнтәртібі", "fraction": 1.0},
                    {"text": "мәселелер тізімі", "fraction": 0.5},
                ],
                "ru": [
                    {"text": "повестка", "fraction": 1.0},
                    {"text": "повестка дня", "fraction": 1.0},
                    {"text": "список вопросов", "fraction": 0.5},
                ],
                "en": [
                    {"text": "agenda", "fraction": 1.0},
                    {"text": "the agenda", "fraction": 1.0},
                    {"text": "an agenda", "fraction": 1.0},
                    {"text": "list of issues", "fraction": 0.5},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — күн тәртібі: тараптар талқылайтын мәселелердің бейтарап сөздермен "
                    "жазылған қысқа тізімі. Тізімді бәрі көретіндей етіп жазып, «Ештеңе қалып "
                    "қойған жоқ па? Әділ тұжырымдалған ба?» деп сұраңыз және оңайырақ мәселеден "
                    "бастаңыз."
                ),
                "ru": (
                    "Это повестка: короткий, нейтрально сформулированный список вопросов, над "
                    "которыми будут работать стороны. Запишите его так, чтобы видели все, "
                    "спросите: «Ничего не упущено? Это сформулировано справедливо?» — и начните "
                    "с более простого вопроса."
                ),
                "en": (
                    "This is the agenda: a short, neutrally worded list of the issues the "
                    "parties will work on. Write it where everyone can see it, ask “Is anything "
                    "missing? Is this worded fairly?”, and start with the issue that seems "
                    "easiest."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "neutral-issue-wording-water",
            "text": {
                "kk": (
                    "<p>Нұрлан Павелдің отбасы ортақ арықтан суды кезегінен тыс алады деп "
                    "шағымданады; Павел кестені ешкім түсіндірмегенін айтады. Күн тәртібіне "
                    "енгізілетін мәселенің қай тұжырымы ең дұрыс?</p>"
                ),
                "ru": (
                    "<p>Нурлан жалуется, что семья Павла берёт воду из общего арыка вне "
                    "очереди; Павел говорит, что график никто не объяснил. Какая формулировка "
                    "вопроса для повестки лучше всего?</p>"
                ),
                "en": (
                    "<p>Nurlan complains that Pavel's family takes water from the shared ditch "
                    "out of turn; Pavel says nobody ever explained the schedule. Which wording "
                    "of the issue for the agenda is best?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Ортақ арықтан су алу кезегін қалай ұйымдастыру керек?",
                        "ru": "Как организовать очерёдность полива из общего арыка?",
                        "en": "How should the watering turns on the shared ditch be arranged?",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл — екі тарапқа ортақ, ешкімді айыптамайтын бейтарап сұрақ."
                        ),
                        "ru": (
                            "Верно: это нейтральный вопрос, общий для обеих сторон и никого не "
                            "обвиняющий."
                        ),
                        "en": (
                            "Right: it is a neutral question that belongs to both sides and "
                            "blames no one."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Павелдің отбасы суды кезегінен тыс алуды қашан тоқтатады?",
                        "ru": "Когда семья Павла перестанет брать воду вне очереди?",
                        "en": "When will Pavel's family stop taking water out of turn?",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл тұжырым бір тарапты кінәлі деп алдын ала айтып тұр.",
                        "ru": "Нет: эта формулировка заранее объявляет одну сторону виноватой.",
                        "en": "No: this wording declares one side guilty in advance.",
                    },
                },
                {
                    "text": {
                        "kk": "Шілдеде су кестесін кім бұзды?",
                        "ru": "Кто нарушил график полива в июле?",
                        "en": "Who broke the watering schedule in July?",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл сұрақ болашақ туралы емес, кінәлі іздеу туралы.",
                        "ru": "Нет: этот вопрос ищет виноватого, а не решение на будущее.",
                        "en": (
                            "No: this looks for someone to blame, not for a solution for the "
                            "future."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келімсектер неге жергілікті суару тәртібін сыйламайды?",
                        "ru": "Почему приезжие не уважают местный порядок полива?",
                        "en": "Why do newcomers not respect the local watering order?",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл тұжырым тұтас бір топты айыптайды және дауды ушықтырады.",
                        "ru": "Нет: формулировка обвиняет целую группу людей и разжигает спор.",
                        "en": "No: it blames a whole group of people and inflames the dispute.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Күн тәртібіндегі әр мәселе бейтарап, екі тарапқа ортақ сұрақ ретінде "
                    "тұжырымдалады: онда ешбір адам, отбасы немесе ұлт айыпталмайды. Мысалы, "
                    "«Виктордың құбырынан ауламызды су басып жатыр» емес, «Гараж шатырынан "
                    "ағатын жаңбыр суын қайда бұру керек?»."
                ),
                "ru": (
                    "Каждый вопрос повестки формулируется нейтрально, как общий для обеих "
                    "сторон, без обвинения человека, семьи или национальности. Например, не "
                    "«Труба Виктора заливает наш двор», а «Куда отводить дождевую воду с крыши "
                    "гаража?»."
                ),
                "en": (
                    "Each issue on the agenda is worded neutrally, as a question that belongs "
                    "to both sides, without blaming a person, a family or a nationality. For "
                    "example, not “Viktor's pipe floods our yard” but “Where should the "
                    "rainwater from the garage roof go?”"
                ),
            },
        },
        {
            "type": "matching",
            "name": "mediator-phrases-and-steps",
            "text": {
                "kk": (
                    "<p>Медиатордың әр сөзін ол қолданылатын қадаммен немесе тәсілмен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Соотнесите каждую фразу медиатора с шагом или приёмом, к которому она "
                    "относится.</p>"
                ),
                "en": (
                    "<p>Match each phrase of the mediator with the step or technique it belongs "
                    "to.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": (
                            "«Сонда гараж шатырынан аққан су сіздің аулаңызға құйылады, ал "
                            "сізден алдын ала ешкім сұрамағаны көңіліңізге тиген. Дұрыс "
                            "түсіндім бе?»"
                        ),
                        "ru": (
                            "«Значит, вода с крыши гаража стекает к вам во двор, и вас задело, "
                            "что вас никто не спросил заранее. Я правильно понял?»"
                        ),
                        "en": (
                            "“So water from the garage roof runs into your yard, and it hurt "
                            "you that nobody asked you first. Have I understood correctly?”"
                        ),
                    },
                    "answer": {
                        "kk": "Тараптың әңгімесін түйіндеу",
                        "ru": "Резюме рассказа стороны",
                        "en": "Summarising a party's story",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Бұл сіз үшін неге маңызды?»",
                        "ru": "«Почему это для вас важно?»",
                        "en": "“Why is this important to you?”",
                    },
                    "answer": {
                        "kk": "Ұстанымның артындағы мүддені табу",
                        "ru": "Поиск интереса за позицией",
                        "en": "Finding the interest behind a position",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Нақты кім, не істейді және қай мерзімге дейін? Кім төлейді?»",
                        "ru": "«Кто именно, что сделает и к какому сроку? Кто платит?»",
                        "en": "“Who exactly will do what, and by when? Who pays?”",
                    },
                    "answer": {
                        "kk": "Нұсқаны шындыққа тексеру",
                        "ru": "Проверка варианта реальностью",
                        "en": "Reality check of an option",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Бүгін келісімге келмесек, не болады?»",
                        "ru": "«Что будет, если сегодня мы не договоримся?»",
                        "en": "“What will happen if we do not agree today?”",
                    },
                    "answer": {
                        "kk": "Келісімге баламаны қарастыру",
                        "ru": "Взгляд на альтернативу соглашению",
                        "en": "Looking at the alternative to agreement",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "«Кез келгеніңіз кез келген сәтте үзіліс сұрай аласыз немесе "
                            "медиацияны тоқтата аласыз»."
                        ),
                        "ru": (
                            "«Любой из вас в любой момент может попросить перерыв или "
                            "прекратить медиацию»."
                        ),
                        "en": (
                            "“Either of you may ask for a break or end the mediation at any "
                            "moment.”"
                        ),
                    },
                    "answer": {
                        "kk": "Кіріспе сөз: еріктілік",
                        "ru": "Вступительное слово: добровольность",
                        "en": "Opening words: voluntariness",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Түйіндеу фактілерді де, сезімдерді де қайтарып, дұрыс түсінгеніңізді "
                    "тексереді. «Неге маңызды?» деген сұрақ мүддені ашады. Шындыққа тексеру — "
                    "кім, не, қашан, қанша тұрады, орындалмаса не болады. Келісімге баламаға "
                    "адал қарау қарапайым мәмілені тартымдырақ етеді. Еріктілік туралы сөз "
                    "кіріспеде айтылады."
                ),
                "ru": (
                    "Резюме возвращает и факты, и чувства и проверяет, правильно ли вы поняли. "
                    "Вопрос «Почему это важно?» раскрывает интерес. Проверка реальностью — кто, "
                    "что, когда, сколько стоит, что будет при невыполнении. Честный взгляд на "
                    "альтернативу соглашению делает скромный компромисс привлекательнее. О "
                    "добровольности говорят во вступительном слове."
                ),
                "en": (
                    "A summary gives back both facts and feelings and checks that you "
                    "understood. “Why is this important?” uncovers an interest. A reality check "
                    "asks who, what, by when, at what cost and what happens if it is not done. "
                    "An honest look at the alternative to agreement makes a modest compromise "
                    "look better. Voluntariness is stated in the opening words."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "settlement-agreement-clauses",
            "text": {
                "kk": (
                    "<p>Виктор мен Айгерім жаңбыр суы мен той туралы уағдаласты. Дауды реттеу "
                    "туралы келісімге мына сөйлемдердің қайсысы дұрыс жазылған? Барлық дұрыс "
                    "жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Виктор и Айгерим договорились о дождевой воде и о свадьбах. Какие из "
                    "этих фраз хорошо написаны для соглашения об урегулировании спора? Выберите "
                    "все верные ответы.</p>"
                ),
                "en": (
                    "<p>Viktor and Aigerim have reached agreement about the rainwater and the "
                    "weddings. Which of these sentences are well written for the settlement "
                    "agreement? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«1 қыркүйекке дейін Виктор гараж шатырынан аққан су көше арығына "
                            "ағатындай етіп науа орнатады»."
                        ),
                        "ru": (
                            "«До 1 сентября Виктор устанавливает жёлоб так, чтобы вода с крыши "
                            "гаража стекала в уличный арык»."
                        ),
                        "en": (
                            "“By 1 September Viktor fits a gutter so that water from the garage "
                            "roof flows into the street ditch.”"
                        ),
                    },
                    "fraction": 0.5,
                    "feedback": {
                        "kk": "Иә: кім, не істейді және қай мерзімге дейін — бәрі нақты.",
                        "ru": "Да: кто, что и к какому сроку — всё конкретно.",
                        "en": "Yes: who does what and by when is clear.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Жаңа мәселе туындаса, тараптар алдымен бір-бірімен сөйлеседі, "
                            "содан кейін медиаторға қоңырау шалады»."
                        ),
                        "ru": (
                            "«Если возникнет новая проблема, стороны сначала говорят друг с "
                            "другом, затем звонят медиатору»."
                        ),
                        "en": (
                            "“If a new problem arises, the parties first talk to each other, "
                            "then call the mediator.”"
                        ),
                    },
                    "fraction": 0.5,
                    "feedback": {
                        "kk": (
                            "Иә: жаңа мәселе туындағанда не істейтінін жазу — жақсы келісімнің "
                            "бөлігі."
                        ),
                        "ru": (
                            "Да: порядок действий при новой проблеме — часть хорошего соглашения."
                        ),
                        "en": (
                            "Yes: saying what to do if a new problem arises is part of a good "
                            "agreement."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Тараптар бір-біріне сыпайы болады».",
                        "ru": "«Стороны будут вежливы друг с другом».",
                        "en": "“The parties will be polite to each other.”",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: «сыпайы болу» — бұлыңғыр сөз, оның орындалғанын тексеру "
                            "мүмкін емес."
                        ),
                        "ru": (
                            "Нет: «быть вежливыми» — расплывчатые слова, выполнение не проверить."
                        ),
                        "en": (
                            "No: “be polite” is vague; nobody can check whether it has been kept."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Виктор су мәселесін жақын арада, мүмкіндігінше шешеді».",
                        "ru": "«Виктор решит вопрос с водой в ближайшее время, по возможности».",
                        "en": "“Viktor will deal with the water soon, as far as possible.”",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: «жақын арада» және «мүмкіндігінше» — нақты мерзім мен "
                            "міндеттеме емес."
                        ),
                        "ru": (
                            "Нет: «в ближайшее время» и «по возможности» — не срок и не "
                            "обязательство."
                        ),
                        "en": (
                            "No: “soon” and “as far as possible” are neither a deadline nor a "
                            "commitment."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Айгерімнің отбасы өз салт-дәстүрі көшеге кедергі келтіретінін "
                            "мойындайды»."
                        ),
                        "ru": "«Семья Айгерим признаёт, что её обычаи мешают улице».",
                        "en": "“Aigerim's family admits that its customs disturb the street.”",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: бір тарапты немесе бір халықтың дәстүрін айыптайтын тұжырымға "
                            "келісімде орын жоқ."
                        ),
                        "ru": (
                            "Нет: формулировкам, обвиняющим одну сторону или обычаи народа, в "
                            "соглашении не место."
                        ),
                        "en": (
                            "No: wording that blames one side or a people's customs has no "
                            "place in an agreement."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Келісім қысқа сөйлемдермен, әр тарап жақсы оқитын тілде жазылады. Онда "
                    "күні, орны, аты-жөндер, даудың бір бейтарап сөйлеммен сипаттамасы, әр "
                    "міндеттеме (кім, не, қай мерзімге дейін), жаңа мәселе туындаса не "
                    "істейтіні және қолдар болады. Бұлыңғыр сөздерден және бір тарапты не бір "
                    "халықты айыптайтын тұжырымдардан аулақ болыңыз."
                ),
                "ru": (
                    "Соглашение пишется короткими фразами на языке, на котором каждая сторона "
                    "лучше читает. В нём дата, место, имена, одна нейтральная фраза о предмете "
                    "спора, каждое обязательство (кто, что, к какому сроку), порядок действий "
                    "при новой проблеме и подписи. Избегайте расплывчатых слов и формулировок, "
                    "обвиняющих одну сторону или один народ."
                ),
                "en": (
                    "The agreement is written in short sentences, in the language each party "
                    "reads best. It has the date, the place, the names, one neutral sentence on "
                    "what the dispute was about, each commitment (who, what, by when), what to "
                    "do if a new problem arises, and signatures. Avoid vague words and any "
                    "wording that blames one side or one people."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "no-agreement-confidentiality-continues",
            "text": {
                "kk": (
                    "<p>Екі сағаттық кездесуден кейін тараптар келісімге келмеді. Медиация "
                    "аяқталғандықтан, құпиялылық та аяқталды, сондықтан медиатор көршілерге "
                    "кімнің бас тартқанын айта алады.</p>"
                ),
                "ru": (
                    "<p>После двухчасовой встречи стороны не пришли к соглашению. Раз медиация "
                    "закончилась, закончилась и конфиденциальность, поэтому медиатор может "
                    "рассказать соседям, кто отказался.</p>"
                ),
                "en": (
                    "<p>After a two-hour meeting the parties have not reached an agreement. "
                    "Since the mediation is over, confidentiality is over too, so the mediator "
                    "may tell the neighbours who refused.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Келісімнің болмауы — тараптардың да, медиатордың да "
                    "сәтсіздігі емес. Медиатор неге қол жеткенін белгілеп, үзіліс пен екінші "
                    "кездесуді, заңгердің кеңесін немесе бірлескен медиацияны ұсынады, "
                    "құпиялылық әлі де сақталатынын еске салады және ауылға кімнің «бас "
                    "тартқанын» ешқашан айтпайды."
                ),
                "ru": (
                    "Утверждение неверно. Отсутствие соглашения — не провал ни сторон, ни "
                    "медиатора. Медиатор отмечает, чего удалось достичь, предлагает паузу и "
                    "вторую встречу, консультацию юриста или ко-медиацию, напоминает, что "
                    "конфиденциальность сохраняется, и никогда не рассказывает селу, кто "
                    "«отказался»."
                ),
                "en": (
                    "False. No agreement is not a failure of the parties or of the mediator. "
                    "The mediator notes what was achieved, offers a pause and a second meeting, "
                    "legal advice or co-mediation, reminds both sides that confidentiality "
                    "continues, and never tells the village who “refused”."
                ),
            },
        },
    ],
}
