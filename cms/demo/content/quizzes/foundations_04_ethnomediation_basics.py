"""Quiz for the public mediator course, module 4: basics of ethnomediation."""

QUIZ = {
    "module": "ethnomediation-basics",
    "title": {
        "kk": "4-модуль тесті: этномедиация негіздері",
        "ru": "Тест по модулю 4: основы этномедиации",
        "en": "Module 4 test: basics of ethnomediation",
    },
    "intro": {
        "kk": (
            "<p>Тест мәдениеттің дауға ықпалын, дау этникалық реңк алатын жолдарды, айдар "
            "тақпай сөйлеуді, серіктестермен жұмысты, істі басқаға беруді және шиеленістің ерте "
            "белгілері туралы хабарлауды тексереді. Өту шегі — 70 пайыз.</p>"
        ),
        "ru": (
            "<p>Тест проверяет, как вы понимаете влияние культуры на спор, пути, которыми спор "
            "приобретает этническую окраску, речь без ярлыков, работу с партнёрами, передачу "
            "дела и сообщения о ранних признаках напряжённости. Проходной балл — 70 "
            "процентов.</p>"
        ),
        "en": (
            "<p>This test checks how culture shapes a dispute, how a dispute acquires an ethnic "
            "colouring, speaking without labels, working with partners, passing a case on and "
            "reporting early signs of tension. The pass mark is 70 per cent.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "back-to-the-real-subject",
            "text": {
                "kk": (
                    "<p>Жамбыл облысындағы ауылда Ерлан малын Иванның шабындығына кезегінен тыс "
                    "жайып жіберді. Екі күннен кейін ауыл чатында бұл «бір қауымның екінші "
                    "қауымның жайылымын басып алуы» деп сипатталып, пікірлер көбейіп жатыр. "
                    "Қоғамдық медиатордың бірінші міндеті қандай?</p>"
                ),
                "ru": (
                    "<p>В селе Жамбылской области Ерлан выпустил скот на сенокос Ивана не в "
                    "свою очередь. Через два дня в сельском чате это описали как «захват» "
                    "пастбища одной общиной у другой, и комментариев становится всё больше. "
                    "Какая первая задача общественного медиатора?</p>"
                ),
                "en": (
                    "<p>In a village in Zhambyl region, Yerlan let his cattle graze on Ivan's "
                    "hayfield out of turn. Two days later the village chat described it as one "
                    "community “seizing” another's pasture, and the comments keep multiplying. "
                    "What is the public mediator's first task?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Дауды шын мәніне қайтару: Ерланмен және Иванмен жеке кездесіп, не "
                            "болғанын тексеру, қажеттіліктерін сұрау және қажет болса, чатқа "
                            "арналған сабырлы хабарламаны екеуімен келісу."
                        ),
                        "ru": (
                            "Вернуть спор к его настоящему предмету: встретиться с Ерланом и "
                            "Иваном по отдельности, проверить, что произошло, спросить о "
                            "потребностях и при необходимости согласовать с обоими спокойное "
                            "сообщение для чата."
                        ),
                        "en": (
                            "Bring the dispute back to its real subject: meet Yerlan and Ivan "
                            "separately, check what happened, ask about their needs and, if "
                            "necessary, agree with both on a calm message for the chat."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл — осы екі адам, осы шабындық және осы кезек туралы "
                            "нақты дау."
                        ),
                        "ru": (
                            "Верно: это конкретный спор двух людей об этом сенокосе и этой "
                            "очерёдности."
                        ),
                        "en": (
                            "Right: this is a concrete dispute between two people about this "
                            "hayfield and these turns."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі қауымның өкілдерін халықтар арасындағы қарым-қатынасты "
                            "талқылайтын ашық жиналысқа шақыру."
                        ),
                        "ru": (
                            "Созвать представителей двух общин на открытое собрание об "
                            "отношениях между народами."
                        ),
                        "en": (
                            "Call representatives of the two communities to an open meeting "
                            "about relations between peoples."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: дауласып отырған адамдардың өзін емес, «қауымдардың "
                            "өкілдерін» шақыру — жиі кездесетін қате; ол дауды этникалық деп "
                            "растайды."
                        ),
                        "ru": (
                            "Нет: приглашать «представителей общин» вместо самих спорящих — "
                            "типичная ошибка; так спор признаётся этническим."
                        ),
                        "en": (
                            "No: inviting “community representatives” instead of the people "
                            "actually in the dispute is a common mistake; it confirms the "
                            "dispute as ethnic."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Чатқа қай қауымның кінәлі екенін жазып, өсекті тоқтату.",
                        "ru": "Написать в чат, какая община виновата, чтобы прекратить слухи.",
                        "en": "Post in the chat which community is to blame, to stop the rumours.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: медиатор топтардың атын көпшілік алдында атамайды және "
                            "кінәліні жарияламайды."
                        ),
                        "ru": (
                            "Нет: медиатор не называет группы публично и не объявляет виноватых."
                        ),
                        "en": (
                            "No: a mediator does not name groups in public or announce who is "
                            "to blame."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ашу басылғанша бірнеше апта күтіп, содан кейін ғана тараптармен "
                            "сөйлесу."
                        ),
                        "ru": (
                            "Подождать несколько недель, пока страсти улягутся, и только потом "
                            "говорить со сторонами."
                        ),
                        "en": (
                            "Wait a few weeks until tempers cool, and only then talk to the "
                            "parties."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: чаттағы қауесет деректен жылдам тарайды; күту шиеленісті "
                            "күшейтеді."
                        ),
                        "ru": (
                            "Нет: слухи в чатах расходятся быстрее фактов; ожидание усиливает "
                            "напряжение."
                        ),
                        "en": (
                            "No: rumours in chats spread faster than the facts; waiting lets "
                            "the tension grow."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Кейін «этносаралық» деп аталатын қақтығыстардың көбі су, жайылым, қарыз, "
                    "шу сияқты қарапайым даудан басталады. Медиатордың міндеті — дауды оның шын "
                    "мәніне қайтару: нақты адамдар, нақты мәселе. Әр тараппен жеке кездесіп, "
                    "деректерді тексеріп, топтар туралы емес, қажеттіліктер туралы сұраңыз."
                ),
                "ru": (
                    "Большинство конфликтов, которые потом называют «межэтническими», "
                    "начинаются с обычных споров о воде, пастбище, долге, шуме. Задача "
                    "медиатора — вернуть спор к настоящему предмету: конкретные люди, "
                    "конкретная проблема. Встретьтесь с каждой стороной отдельно, проверьте "
                    "факты и спрашивайте о потребностях, а не о группах."
                ),
                "en": (
                    "Most conflicts later called “interethnic” start as ordinary disputes over "
                    "water, pasture, a debt or noise. The mediator's task is to bring the "
                    "dispute back to its real subject: these people, this problem. Meet each "
                    "party separately, check the facts and ask about needs rather than about "
                    "groups."
                ),
            },
        },
        {
            "type": "matching",
            "name": "paths-to-ethnic-colouring",
            "text": {
                "kk": (
                    "<p>Қарапайым даудың этникалық реңк алатын әр жолын оның мысалымен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Соотнесите каждый путь, которым обычный спор приобретает этническую "
                    "окраску, с его примером.</p>"
                ),
                "en": (
                    "<p>Match each path by which an ordinary dispute acquires an ethnic "
                    "colouring with its example.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {"kk": "Жалпылау", "ru": "Обобщение", "en": "Generalisation"},
                    "answer": {
                        "kk": (
                            "«Ол менің суымды бөгеді» деген сөз «олар біздің суымызды үнемі "
                            "тартып алады» болып шығады."
                        ),
                        "ru": (
                            "«Он перекрыл мне воду» превращается в «они всегда забирают нашу воду»."
                        ),
                        "en": "“He blocked my water” becomes “they always take our water”.",
                    },
                },
                {
                    "prompt": {"kk": "Қауесет", "ru": "Слухи", "en": "Rumour"},
                    "answer": {
                        "kk": (
                            "Мәнмәтінінен жұлып алынған бейне мессенджер чаттарында деректен "
                            "жылдам тарайды."
                        ),
                        "ru": "Вырванное из контекста видео расходится по чатам быстрее фактов.",
                        "en": (
                            "A video taken out of context spreads through messenger chats "
                            "faster than the facts."
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Жұмылдыру", "ru": "Мобилизация", "en": "Mobilisation"},
                    "answer": {
                        "kk": (
                            "Туыстар мен достар «өзімізді қолдау» үшін келіп, екі адамның "
                            "ұрсысы ондаған адамның қарсы тұруына айналады."
                        ),
                        "ru": (
                            "Родственники и друзья приходят «поддержать своих», и ссора двоих "
                            "становится противостоянием десятков."
                        ),
                        "en": (
                            "Relatives and friends come to “support our own”, and a quarrel "
                            "between two becomes a standoff between dozens."
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Ескі өкпе", "ru": "Старые обиды", "en": "Old grievances"},
                    "answer": {
                        "kk": (
                            "Бұрынғы оқиғалар «олар әрқашан осындай» дегеннің дәлелі ретінде "
                            "алға тартылады."
                        ),
                        "ru": (
                            "Прошлые случаи приводят как доказательство того, что «они всегда "
                            "такие»."
                        ),
                        "en": (
                            "Past incidents are brought up as proof that “this is how they are”."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Адамдар нақты мәселесі бар екі адамды емес, екі топты көре бастағанда, дау "
                    "этникалық реңк алады. Жалпылау, қауесет, жұмылдыру және ескі өкпе — осыған "
                    "апаратын әдеттегі жолдар."
                ),
                "ru": (
                    "Спор приобретает этническую окраску, когда люди перестают видеть двух "
                    "человек с конкретной проблемой и начинают видеть две группы. Обобщение, "
                    "слухи, мобилизация и старые обиды — типичные пути к этому."
                ),
                "en": (
                    "A dispute acquires an ethnic colouring when people stop seeing two persons "
                    "with a concrete problem and start seeing two groups. Generalisation, "
                    "rumour, mobilisation and old grievances are the typical paths."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "speaking-without-labels",
            "text": {
                "kk": (
                    "<p>Ерлан мен Иван арасындағы кездесуде Иван: «Сіздікілер әрқашан біздің "
                    "шабындыққа мал жаяды», — дейді. Медиатордың қай сөзі дауды айдар тақпай, "
                    "нақты мәселеге қайтарады?</p>"
                ),
                "ru": (
                    "<p>На встрече Ерлана и Ивана Иван говорит: «Ваши всегда пасут скот на "
                    "нашем сенокосе». Какие слова медиатора возвращают спор к конкретной "
                    "проблеме без ярлыков?</p>"
                ),
                "en": (
                    "<p>At the meeting between Yerlan and Ivan, Ivan says: “Your lot always "
                    "graze cattle on our hayfield.” Which words of the mediator bring the "
                    "dispute back to the concrete problem without labels?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Шабындығыңызға әділетсіз қарады деп ойлайсыз. Дүйсенбі күні кешке "
                            "не болғанын бірге қарайық»."
                        ),
                        "ru": (
                            "«Вы чувствуете, что с вашим сенокосом поступили несправедливо. "
                            "Давайте посмотрим, что произошло в понедельник вечером»."
                        ),
                        "en": (
                            "“You feel your hayfield was treated unfairly. Let's look at what "
                            "happened on Monday evening.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: медиатор сезімді мойындап, жалпылауды нақты күн мен нақты "
                            "әрекетке қайтарады."
                        ),
                        "ru": (
                            "Верно: медиатор признаёт чувство и возвращает обобщение к "
                            "конкретному дню и действию."
                        ),
                        "en": (
                            "Right: the mediator acknowledges the feeling and brings the "
                            "generalisation back to a concrete day and action."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Иә, бұл ауылда жайылым мәселесі ежелден бар ғой».",
                        "ru": "«Да, с пастбищами в этом селе всегда были проблемы».",
                        "en": (
                            "“Yes, there have always been problems with pastures in this village.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл жалпылауды растап, ескі өкпені оятады.",
                        "ru": "Нет: это подтверждает обобщение и будит старые обиды.",
                        "en": "No: this confirms the generalisation and wakes old grievances.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Сіздер еңбекқор халықсыздар, сондықтан міндетті түрде келісесіздер»."
                        ),
                        "ru": "«Вы трудолюбивый народ, поэтому обязательно договоритесь».",
                        "en": (
                            "“You are a hard-working people, so you will surely come to an "
                            "agreement.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: халықтарды, тіпті мақтау түрінде болса да, салыстырудан және "
                            "сипаттаудан аулақ болу керек."
                        ),
                        "ru": (
                            "Нет: нужно избегать характеристик и сравнений народов, даже лестных."
                        ),
                        "en": (
                            "No: avoid describing and comparing peoples, even in flattering terms."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Ешкімнің атын атамаймын, бірақ кімнің бастағанын бәріміз білеміз»."
                        ),
                        "ru": "«Не буду называть имён, но все мы знаем, кто начал».",
                        "en": "“I won't name names, but we all know who started it.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл — жасырын айыптау және бір тараптың жағына шығу.",
                        "ru": "Нет: это скрытое обвинение и переход на одну из сторон.",
                        "en": "No: this is a hidden accusation and taking one side.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Адамдарды есімімен атап, әрекетті сипаттаңыз; тарап жалпыласа, сөзін қайта "
                    "тұжырымдаңыз. Мәселе үшін шынымен маңызды болмаса, этникалық топтардың "
                    "атын атамаңыз, ұлтқа қатысты әзілдерден және халықтарды салыстырудан аулақ "
                    "болыңыз."
                ),
                "ru": (
                    "Называйте людей по именам и описывайте действия; когда сторона обобщает, "
                    "переформулируйте. Не называйте этнические группы, если это не важно для "
                    "сути вопроса, избегайте шуток о национальности и сравнений народов."
                ),
                "en": (
                    "Use names and describe actions; when a party generalises, reframe. Do not "
                    "name ethnic groups unless it truly matters to the issue, and avoid jokes "
                    "about nationality and comparisons between peoples."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "early-signs-of-tension",
            "text": {
                "kk": (
                    "<p>Аудан орталығында тұратын қоғамдық медиатор бір айда мына жайттарды "
                    "байқады. Олардың қайсысы шиеленістің ерте белгілері? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Общественный медиатор в райцентре за месяц заметил следующее. Что из "
                    "этого — ранние признаки напряжённости? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>A public mediator in a district centre noticed the following within one "
                    "month. Which of these are early signs of tension? Choose all correct "
                    "answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Жергілікті чатта бір жасөспірімнің ісі үшін бүкіл бір топты "
                            "кінәлаған жазбалар тарап жүр."
                        ),
                        "ru": (
                            "В местном чате расходятся посты, которые винят целую группу за "
                            "поступок одного подростка."
                        ),
                        "en": (
                            "Posts in the local chat blame a whole group for what one teenager did."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: бір адамның әрекеті үшін тұтас топты кінәлау — ерте белгі.",
                        "ru": "Да: обвинение целой группы за поступок одного — ранний признак.",
                        "en": "Yes: blaming a whole group for one person's act is an early sign.",
                    },
                },
                {
                    "text": {
                        "kk": "Футболдан кейінгі төбелесте жасөспірімдер ұлтына қарай бөлінді.",
                        "ru": (
                            "В драке после футбола подростки разделились по национальному признаку."
                        ),
                        "en": "In a fight after football, the teenagers split along ethnic lines.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: ұлтына қарай бөлінген төбелестер — қауіпті белгі.",
                        "ru": (
                            "Да: драки, где стороны делятся по национальности, — тревожный знак."
                        ),
                        "en": (
                            "Yes: fights in which the sides split along ethnic lines are a "
                            "warning sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Көршілер бір-бірінің тойы мен жаназасына келмей қойды.",
                        "ru": "Соседи перестали приходить друг к другу на тои и похороны.",
                        "en": (
                            "Neighbours have stopped coming to each other's weddings and funerals."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: ортақ мерекелерден және көршілердің қуанышы мен қайғысынан "
                            "алшақтау — ерте белгі."
                        ),
                        "ru": (
                            "Да: отказ от общих праздников, тоев и похорон соседей — ранний "
                            "признак."
                        ),
                        "en": (
                            "Yes: people staying away from shared celebrations and neighbours' "
                            "funerals is an early sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Базарда «барып, жөнге салайық» деген шақырулар естіле бастады.",
                        "ru": "На базаре стали звучать призывы «пойти разобраться».",
                        "en": (
                            "Calls to “go and sort them out” have started to be heard at the "
                            "bazaar."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: мұндай шақыру естілсе, дереу полицияға, әкімдікке және "
                            "Ассамблеяның өңірлік құрылымына хабарлау керек."
                        ),
                        "ru": (
                            "Да: при таких призывах нужно сразу сообщить в полицию, акимат и "
                            "региональную структуру Ассамблеи."
                        ),
                        "en": (
                            "Yes: such calls must be reported at once to the police, the akimat "
                            "and the Assembly's regional structure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Этномәдени бірлестік Наурызға ортақ концерт дайындап жатыр.",
                        "ru": "Этнокультурное объединение готовит общий концерт к Наурызу.",
                        "en": "An ethnocultural association is preparing a shared Nauryz concert.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Жоқ: ортақ мереке — шиеленістің емес, бірліктің белгісі.",
                        "ru": "Нет: общий праздник — признак не напряжённости, а единства.",
                        "en": "No: a shared celebration is a sign of togetherness, not tension.",
                    },
                },
                {
                    "text": {
                        "kk": "Екі көрші қоршау туралы бір рет дауласып, сөйлесуге келісті.",
                        "ru": "Двое соседей один раз поспорили о заборе и согласились поговорить.",
                        "en": "Two neighbours argued once about a fence and agreed to talk.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл — медиацияға сай келетін қарапайым дау, шиеленістің "
                            "белгісі емес."
                        ),
                        "ru": (
                            "Нет: это обычный спор, подходящий для медиации, а не признак "
                            "напряжённости."
                        ),
                        "en": (
                            "No: this is an ordinary dispute suited to mediation, not a sign of "
                            "tension."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ерте белгілер: тұтас топты кінәлайтын қауесет пен жазбалар; сол бір "
                    "отбасылар не көшелер арасында қайталанатын ұсақ шатақтар; ұлтына қарай "
                    "бөлінген төбелестер; қорлайтын жазулар, базардағы дөрекілік, «оларға» "
                    "сатудан не үй жалға беруден бас тарту; ортақ мерекелерге, тойға не "
                    "жаназаға келмеу; «жөнге салайық» деген шақырулар, жігіттердің топтасуы."
                ),
                "ru": (
                    "Ранние признаки: слухи и посты, обвиняющие целую группу; повторяющиеся "
                    "мелкие стычки между одними и теми же семьями или улицами; драки с "
                    "разделением по национальности; оскорбительные надписи, грубость на базаре, "
                    "отказ продавать или сдавать жильё «им»; отказ приходить на общие "
                    "праздники, тои и похороны; призывы «пойти разобраться», сборища молодых "
                    "парней."
                ),
                "en": (
                    "Early signs: rumours and posts blaming a whole group; repeated petty "
                    "incidents between the same families or streets; fights split along ethnic "
                    "lines; offensive graffiti, rudeness at the market, refusals to sell or "
                    "rent to “them”; people staying away from shared holidays, weddings and "
                    "funerals; calls to “go and sort them out” and gatherings of young men."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "association-leader-role",
            "text": {
                "kk": (
                    "<p>Этномәдени бірлестіктің жетекшісі адамдарды сабырға шақырып, тарапты "
                    "келіссөз үстеліне әкелуге көмектесе алады, бірақ тараптардың орнына "
                    "келіссөз жүргізбеуі тиіс.</p>"
                ),
                "ru": (
                    "<p>Руководитель этнокультурного объединения может помочь успокоить людей и "
                    "привести сторону за стол переговоров, но не должен вести переговоры вместо "
                    "сторон.</p>"
                ),
                "en": (
                    "<p>The leader of an ethnocultural association can help calm people down "
                    "and bring a party to the table, but should not negotiate instead of the "
                    "parties.</p>"
                ),
            },
            "answer": True,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым дұрыс. Этномәдени бірлестіктер өз қауымын жақсы біледі, оның "
                    "тілінде сөйлейді және салт-дәстүрін түсіндіре алады. Олар — процесті "
                    "қолдаушылар, бірақ шешімді тараптардың өздері қабылдайды."
                ),
                "ru": (
                    "Утверждение верно. Этнокультурные объединения хорошо знают свои общины, "
                    "говорят на их языке и могут объяснить обычаи. Они поддерживают процесс, но "
                    "решение принимают сами стороны."
                ),
                "en": (
                    "True. Ethnocultural associations know their communities well, speak their "
                    "languages and can explain customs. They support the process, but the "
                    "parties make the decision themselves."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "handing-over-a-case",
            "text": {
                "kk": (
                    "<p>Медиатор ауылдағы күрделі жер дауын әкімдікке және кәсіби медиаторға "
                    "бермек. Істі беру қадамдарын дұрыс ретпен орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Медиатор собирается передать сложный земельный спор в акимат и "
                    "профессиональному медиатору. Расположите шаги передачи дела в правильном "
                    "порядке.</p>"
                ),
                "en": (
                    "<p>A mediator is going to pass a complex land dispute on to the akimat and "
                    "a professional mediator. Put the steps of handing over the case in the "
                    "correct order.</p>"
                ),
            },
            "items": [
                {
                    "kk": (
                        "Тараптарға басқа адам немесе орган оларға неліктен жақсырақ көмектесе "
                        "алатынын түсіндіру"
                    ),
                    "ru": "Объяснить сторонам, почему другой человек или орган поможет им лучше",
                    "en": "Explain to the parties why another person or body can help them better",
                },
                {
                    "kk": "Байланыс деректері мен мән-жайды беруге олардың келісімін алу",
                    "ru": "Получить их согласие на передачу контактов и подробностей",
                    "en": "Get their consent to pass on their contacts and the details",
                },
                {
                    "kk": "Қабылдаушыға өз бағаңызсыз, деректердің қысқаша мазмұнын беру",
                    "ru": "Дать получателю краткое изложение фактов без собственных оценок",
                    "en": (
                        "Give the recipient a short summary of the facts, without your own "
                        "judgements"
                    ),
                },
                {
                    "kk": "Келесі қадам туралы тараптарға кім хабарлайтынын келісу",
                    "ru": "Договориться, кто сообщит сторонам о следующем шаге",
                    "en": "Agree who will tell the parties about the next step",
                },
                {
                    "kk": "Бірнеше күннен кейін іспен шынымен айналыса бастағанын тексеру",
                    "ru": "Через несколько дней проверить, что делом действительно занялись",
                    "en": "A few days later, check that the case has actually been taken up",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Өз рөліңіздің шегін білу — кәсіби дағды. Істі тараптардың келісімімен ғана "
                    "береді: алдымен себебін түсіндіріп, келісім алып, содан кейін ғана "
                    "деректерді береді. Беру ісі тексерумен аяқталады: іс шынымен қолға алынды "
                    "ма."
                ),
                "ru": (
                    "Знать пределы своей роли — профессиональный навык. Дело передают только с "
                    "согласия сторон: сначала объясняют причину и получают согласие, потом "
                    "передают факты. Передача заканчивается проверкой: действительно ли делом "
                    "занялись."
                ),
                "en": (
                    "Knowing the limits of your role is a professional skill. A case is handed "
                    "over only with the parties' consent: first explain why and get consent, "
                    "then pass on the facts. The handover ends with a check that the case has "
                    "really been taken up."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "stall-overturned-pass-on",
            "text": {
                "kk": (
                    "<p>Аудандық базардағы саудагер медиаторға кеше түнде бір топ жігіт оның "
                    "ұлтын қорлап айқайлап, дүңгіршегін аударып кеткенін айтады. Ол полицияға "
                    "баруға қорқады. Қоғамдық медиатор не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>Торговец с районного рынка рассказывает медиатору, что вчера вечером "
                    "группа парней перевернула его прилавок, выкрикивая оскорбления о его "
                    "национальности. Он боится идти в полицию. Что должен сделать общественный "
                    "медиатор?</p>"
                ),
                "en": (
                    "<p>A trader at the district market tells the mediator that last night a "
                    "group of young men overturned his stall, shouting insults about his "
                    "nationality. He is afraid to go to the police. What should the public "
                    "mediator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Зорлық-зомбылық пен мүлікті бүлдіру ең алдымен полицияның ісі "
                            "екенін түсіндіріп, саудагердің келісімімен оған учаскелік "
                            "инспекторға жүгінуге көмектесу және Ассамблеяның өңірлік "
                            "құрылымына не медиация кабинетіне хабарлау."
                        ),
                        "ru": (
                            "Объяснить, что насилие и порча имущества — прежде всего дело "
                            "полиции, с согласия торговца помочь ему обратиться к участковому "
                            "инспектору и сообщить в региональную структуру Ассамблеи или "
                            "кабинет медиации."
                        ),
                        "en": (
                            "Explain that violence and damage to property are first a matter "
                            "for the police, help the trader, with his consent, to turn to the "
                            "district police inspector, and inform the Assembly's regional "
                            "structure or the mediation office."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: медиация біреудің қауіпсіздігіне қатер төнгенде полицияның "
                            "орнын баспайды, ал іс тараптың келісімімен беріледі."
                        ),
                        "ru": (
                            "Верно: медиация не заменяет полицию, когда под угрозой "
                            "безопасность, а дело передаётся с согласия человека."
                        ),
                        "en": (
                            "Right: mediation does not replace the police when someone's safety "
                            "is at risk, and the case is passed on with the person's consent."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Полицияны араластырмау үшін саудагер мен жігіттер арасында "
                            "медиация ұйымдастыру."
                        ),
                        "ru": (
                            "Организовать медиацию между торговцем и парнями, чтобы не "
                            "вмешивать полицию."
                        ),
                        "en": (
                            "Arrange a mediation between the trader and the young men so that "
                            "the police need not be involved."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл — ықтимал құқық бұзушылық; медиация полицияның орнын "
                            "баспайды."
                        ),
                        "ru": "Нет: это возможное правонарушение; медиация не заменяет полицию.",
                        "en": "No: this may be an offence; mediation does not replace the police.",
                    },
                },
                {
                    "text": {
                        "kk": "Жігіттерді өзі тауып, не болғанын сұрап-тергеу.",
                        "ru": "Самому найти парней и расспросить их о случившемся.",
                        "en": "Find the young men himself and question them about what happened.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: медиатор өз бетінше тергеу жүргізбейді.",
                        "ru": "Нет: медиатор не ведёт собственное расследование.",
                        "en": "No: a mediator does not investigate on their own.",
                    },
                },
                {
                    "text": {
                        "kk": "Аудан чатына кінәлі топ туралы ескерту жазу.",
                        "ru": "Написать в районный чат предупреждение о виновной группе.",
                        "en": "Post a warning about the guilty group in the district chat.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: топтардың атын көпшілік алдында атауға және қауесет таратуға "
                            "болмайды."
                        ),
                        "ru": "Нет: нельзя публично называть группы и распространять слухи.",
                        "en": "No: never name groups in public or spread rumours.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Зорлық-зомбылық, қоқан-лоқы, мүлікті бүлдіру немесе өзге ықтимал құқық "
                    "бұзушылық болса, бұл ең алдымен полицияның ісі. Медиатор рөлінің шегін "
                    "біледі: себебін түсіндіреді, тараптың келісімін алады, Ассамблеяның "
                    "өңірлік құрылымына не медиация кабинетіне хабарлайды; қауіп тікелей болса, "
                    "102 немесе 112 нөміріне қоңырау шалады."
                ),
                "ru": (
                    "Насилие, угрозы, порча имущества или другое возможное правонарушение — "
                    "прежде всего дело полиции. Медиатор знает пределы своей роли: объясняет "
                    "причину, получает согласие человека, сообщает в региональную структуру "
                    "Ассамблеи или кабинет медиации; при непосредственной угрозе звонит 102 или "
                    "112."
                ),
                "en": (
                    "Violence, threats, damage to property or another possible offence are "
                    "first a matter for the police. The mediator knows the limits of the role: "
                    "explains why, gets the person's consent, and informs the Assembly's "
                    "regional structure or the mediation office; in case of immediate danger, "
                    "calls 102 or 112."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "labelling-term",
            "text": {
                "kk": (
                    "<p>Медиатор «Рустам сейсенбіде су қақпасын ашты» деудің орнына «сіздікілер "
                    "суды тартып алды» деп айтпауға тырысады. Адамды есімі мен әрекеті арқылы "
                    "емес, тобы арқылы («олар», «сіздікілер») сипаттау қалай аталады? Бір-екі "
                    "сөзбен жауап беріңіз.</p>"
                ),
                "ru": (
                    "<p>Медиатор старается говорить «Рустам открыл шлюз во вторник», а не «ваши "
                    "забрали воду». Как называется описание человека через его группу («они», "
                    "«ваши»), а не через имя и поступки? Ответьте одним-двумя словами.</p>"
                ),
                "en": (
                    "<p>A mediator says “Rustam opened the sluice on Tuesday”, not “your people "
                    "took the water”. What is describing a person by their group (“they”, “your "
                    "people”) instead of by their name and actions called? Answer in one or two "
                    "words.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "айдар тағу", "fraction": 1.0},
                    {"text": "айдар тағушылық", "fraction": 1.0},
                    {"text": "айдар", "fraction": 0.5},
                ],
                "ru": [
                    {"text": "навешивание ярлыков", "fraction": 1.0},
                    {"text": "навешивание ярлыка", "fraction": 1.0},
                    {"text": "ярлыки", "fraction": 0.5},
                    {"text": "ярлык", "fraction": 0.5},
                ],
                "en": [
                    {"text": "labelling", "fraction": 1.0},
                    {"text": "labeling", "fraction": 1.0},
                    {"text": "labels", "fraction": 0.5},
                    {"text": "label", "fraction": 0.5},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — айдар тағу: адамды есімі мен әрекеті арқылы емес, тобы арқылы "
                    "сипаттау. Ол стереотипті күшейтіп, екі адамның дауын екі топтың дауына "
                    "айналдырады. Есімдерді атап, әрекетті сипаттаңыз."
                ),
                "ru": (
                    "Это навешивание ярлыков: описание человека через его группу, а не через "
                    "имя и поступки. Оно укрепляет стереотипы и превращает спор двух людей в "
                    "спор двух групп. Называйте имена и описывайте действия."
                ),
                "en": (
                    "This is labelling: describing a person by their group instead of by their "
                    "name and actions. It feeds stereotypes and turns a dispute between two "
                    "people into one between two groups. Use names and describe actions."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "useful-early-warning-report",
            "text": {
                "kk": (
                    "<p>Футбол матчынан кейін екі көшенің жасөспірімдері төбелесті, бір бала "
                    "жеңіл жарақат алды. Медиатор Ассамблеяның өңірлік құрылымына хабарлама "
                    "жазбақ. Қай хабарлама пайдалы?</p>"
                ),
                "ru": (
                    "<p>После футбольного матча подростки с двух улиц подрались, один мальчик "
                    "получил лёгкую травму. Медиатор пишет сообщение в региональную структуру "
                    "Ассамблеи. Какое сообщение полезно?</p>"
                ),
                "en": (
                    "<p>After a football match, teenagers from two streets had a fight, and one "
                    "boy was slightly hurt. The mediator is writing a report to the Assembly's "
                    "regional structure. Which report is useful?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Жексенбі кешкі 19:00 шамасында ауыл стадионында матчтан кейін екі "
                            "көшенің жасөспірімдері төбелесті, бір бала жеңіл жарақат алды. "
                            "Қорлауы бар бейнені жергілікті Telegram арнасынан өзім көрдім; "
                            "сенбіде жиналуға шақыру туралы екі ата-анадан естідім, "
                            "тексерілмеген. Мектеп директорымен сөйлестім; жаңа жиын болуы "
                            "мүмкін»."
                        ),
                        "ru": (
                            "«В воскресенье около 19:00 на сельском стадионе после матча "
                            "подрались подростки с двух улиц, один мальчик получил лёгкую "
                            "травму. Видео с оскорблением в местном Telegram-канале я видел "
                            "сам; о призыве собраться в субботу слышал от двух родителей, не "
                            "проверено. С директором школы поговорил; возможен новый сбор»."
                        ),
                        "en": (
                            "“On Sunday at about 7 pm, at the village stadium, teenagers from "
                            "two streets fought after a match; one boy was slightly hurt. I saw "
                            "the video with an insult in the local Telegram channel myself; I "
                            "heard about a call to gather on Saturday from two parents, not "
                            "checked. I have spoken to the school director; a new gathering is "
                            "possible.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: не, қайда, қашан, кім (рөлімен), дереккөз, не тексерілді, "
                            "не істелді және не болуы мүмкін — бәрі бейтарап сөздермен айтылған."
                        ),
                        "ru": (
                            "Верно: что, где, когда, кто (по роли), источник, что проверено, "
                            "что сделано и что может произойти — всё нейтральными словами."
                        ),
                        "en": (
                            "Right: what, where, when, who (by role), the source, what has been "
                            "checked, what has been done and what may happen, all in neutral "
                            "words."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Олардың балалары біздің балаларға тағы шабуыл жасады, мұны бүкіл "
                            "ауыл біледі. Кеш болмай тұрып шара қолдану керек!»"
                        ),
                        "ru": (
                            "«Их дети опять напали на наших, это знает всё село. Нужно принять "
                            "меры, пока не поздно!»"
                        ),
                        "en": (
                            "“Their kids attacked ours again; the whole village knows it. "
                            "Something must be done before it is too late!”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: хабарлама топтарды айыптайды, дереккөзі жоқ және тексерілгені "
                            "белгісіз."
                        ),
                        "ru": (
                            "Нет: сообщение обвиняет группы, в нём нет источника и не ясно, что "
                            "проверено."
                        ),
                        "en": (
                            "No: the report blames groups, gives no source and does not say "
                            "what has been checked."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Түсініктемесіз, «мәлімет үшін» бейне мен чаттағы пікірлердің "
                            "скриншоттарын жіберу."
                        ),
                        "ru": (
                            "Переслать видео и скриншоты комментариев из чата «для информации», "
                            "без пояснений."
                        ),
                        "en": (
                            "Forward the video and screenshots of chat comments “for "
                            "information”, with no explanation."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: қауесетті «мәлімет үшін» қайта таратуға болмайды; хабарлама "
                            "қысқа әрі деректерге негізделуі керек."
                        ),
                        "ru": (
                            "Нет: слухи нельзя пересылать «для информации»; сообщение должно "
                            "быть коротким и фактическим."
                        ),
                        "en": (
                            "No: do not forward rumours “for information”; a report should be "
                            "short and factual."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Ауылда шиеленіс күшейіп барады, шара қолдануларыңызды сұраймын».",
                        "ru": "«В селе растёт напряжённость, прошу принять меры».",
                        "en": "“Tension in the village is rising; please take measures.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл тым бұлыңғыр: не, қайда, қашан болғаны және дереккөз "
                            "көрсетілмеген."
                        ),
                        "ru": (
                            "Нет: слишком расплывчато: нет ни что, ни где, ни когда, ни источника."
                        ),
                        "en": (
                            "No: this is too vague: it says nothing about what, where, when or "
                            "the source."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Пайдалы хабарлама қысқа әрі нақты: не болды (бейтарап сөздермен), қайда "
                    "және қашан, кім қатысты (ұлтымен емес, рөлімен), дереккөз және не "
                    "тексерілді, не істелді және әрі қарай не болуы мүмкін. Хабарлама — айыптау "
                    "емес, алдын алуға арналған белгі. Қауіпсіздікке қатер болса, бірден "
                    "полицияға қоңырау шалыңыз."
                ),
                "ru": (
                    "Полезное сообщение короткое и фактическое: что произошло (нейтрально), где "
                    "и когда, кто участвует (по роли, а не по национальности), источник и что "
                    "проверено, что сделано и что может произойти дальше. Сообщение — сигнал "
                    "для профилактики, а не обвинение. При угрозе безопасности сразу звоните в "
                    "полицию."
                ),
                "en": (
                    "A useful report is short and factual: what happened (in neutral words), "
                    "where and when, who is involved (by role, not nationality), the source and "
                    "what has been checked, what has been done and what may happen next. It is "
                    "a signal for prevention, not an accusation. If there is a threat to "
                    "safety, call the police at once."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-kurban-ait-courtyard",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан шығарылған мысал. Алматы облысындағы кентте екі қабатты "
                    "үйдің ортақ ауласында Құрбан айт күні бір отбасы мал шалды. Көрші Людмила "
                    "Петровна наразылық білдірді, сөз қызып кетті. Оның немересі сол күні "
                    "ауланың суретін «Қараңдар, олар біздің аулада не істейді» деген жазумен "
                    "кент чатына салды. Пікірлер ұлтқа ауысып, біреулер «жұмада барып, жөнге "
                    "салайық» деп жазды.</p><p>Ауылдық округ әкімі сізден, қоғамдық "
                    "медиатордан, көмек сұрайды. 150–250 сөзбен жазыңыз: (1) бұл даудың қай "
                    "бөлігі нақты оқиға, ал қай бөлігін жалпылау мен чат қосты, әр отбасының "
                    "қандай мәдени күтулері болуы мүмкін; (2) алғашқы күндері не істейсіз, "
                    "кімге хабарлайсыз және кімді тартасыз, әрқайсысының рөлі қандай; (3) "
                    "тараптармен айдар тақпай қалай сөйлесесіз: екі мысал сөйлем келтіріңіз.</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В посёлке Алматинской области в общем дворе "
                    "двухэтажного дома одна семья в Курбан айт совершила жертвоприношение. "
                    "Соседка Людмила Петровна возмутилась, слово за слово — и вышла ссора. Её "
                    "внук в тот же день выложил в чат посёлка фото двора с подписью «Смотрите, "
                    "что они творят в нашем дворе». Комментарии перешли на национальность, "
                    "кто-то написал: «В пятницу пойдём разберёмся».</p><p>Аким сельского округа "
                    "просит вас, общественного медиатора, помочь. Напишите 150–250 слов: (1) "
                    "какая часть спора — сам случай, а какую добавили обобщение и чат, какие "
                    "культурные ожидания могут быть у каждой семьи; (2) что вы сделаете в "
                    "первые дни, кому сообщите и кого привлечёте, какова роль каждого; (3) как "
                    "вы будете говорить со сторонами без ярлыков: приведите две фразы.</p>"
                ),
                "en": (
                    "<p>This is an invented example. In a settlement in Almaty region, one "
                    "family performed the Kurban Ait sacrifice in the shared courtyard of a "
                    "two-storey building. Their neighbour Lyudmila Petrovna objected, one word "
                    "led to another, and a quarrel broke out. That same day her grandson posted "
                    "a photo of the courtyard in the settlement chat with the caption “Look "
                    "what they do in our yard”. The comments turned to nationality, and someone "
                    "wrote: “On Friday we'll go and sort them out.”</p><p>The akim of the rural "
                    "district asks you, a public mediator, to help. Write 150–250 words: (1) "
                    "which part of the dispute is the incident itself and which was added by "
                    "generalisation and the chat, and what cultural expectations each family "
                    "may hold; (2) what you will do in the first days, whom you will inform and "
                    "involve, and what each of them does; (3) how you will talk to the parties "
                    "without labels: give two example sentences.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Дауды талдау: нақты оқиғаны (ортақ аулада мал шалу және ұрыс) "
                            "жалпылаудан, қауесеттен және жұмылдырудан ажыратады; екі отбасының "
                            "мәдени және діни күтулерін құрметпен сипаттайды."
                        ),
                        "ru": (
                            "Анализ спора: сам случай (жертвоприношение в общем дворе и ссора) "
                            "отделён от обобщения, слухов и мобилизации; культурные и "
                            "религиозные ожидания обеих семей описаны уважительно."
                        ),
                        "en": (
                            "Analysing the dispute: separates the incident itself (the "
                            "sacrifice in a shared courtyard and the quarrel) from "
                            "generalisation, rumour and mobilisation; describes both families' "
                            "cultural and religious expectations with respect."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Серіктестер мен хабарлау: «жөнге салайық» деген шақыру туралы "
                            "дереу полицияға, әкімдікке және Ассамблеяның өңірлік құрылымына "
                            "хабарлайды; ақсақалдар кеңесінің, этномәдени бірлестіктердің, "
                            "әкімдіктің және полицияның рөлін ажыратып, ешкімге тараптардың "
                            "орнына шешім қабылдатпайды."
                        ),
                        "ru": (
                            "Партнёры и сообщение: о призыве «разберёмся» сразу сообщено в "
                            "полицию, акимат и региональную структуру Ассамблеи; роли совета "
                            "аксакалов, этнокультурных объединений, акимата и полиции "
                            "разграничены, никто не решает за стороны."
                        ),
                        "en": (
                            "Partners and reporting: reports the call to “sort them out” at "
                            "once to the police, the akimat and the Assembly's regional "
                            "structure; distinguishes the roles of the council of elders, "
                            "ethnocultural associations, the akimat and the police, and lets no "
                            "one decide for the parties."
                        ),
                    },
                    "points": 4,
                },
                {
                    "criterion": {
                        "kk": (
                            "Айдар тақпай сөйлеу: есімдер мен әрекеттерді атайтын, жалпылауды "
                            "қайта тұжырымдайтын екі сөйлем келтіреді; чаттағы жазба туралы "
                            "тараптармен бірге сабырлы хабарламаны келісуді ұсынады."
                        ),
                        "ru": (
                            "Речь без ярлыков: приведены две фразы с именами и действиями, "
                            "переформулирующие обобщение; предложено вместе со сторонами "
                            "согласовать спокойное сообщение по поводу поста в чате."
                        ),
                        "en": (
                            "Speaking without labels: gives two sentences that use names and "
                            "actions and reframe the generalisation; proposes agreeing a calm "
                            "message about the chat post together with the parties."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта: нақты дау — ортақ аулада мал шалу және көршілердің ұрысы; "
                    "«олар» деген жазу мен ұлтқа ауысқан пікірлер — жалпылау мен қауесет, ал "
                    "«жұмада барайық» — жұмылдыру. Бір отбасы үшін Құрбан айт — қасиетті "
                    "мереке, көршісі үшін ортақ аулада мал шалу мазасыздық тудыруы мүмкін; "
                    "екеуіне де құрметпен қарау керек. Ұжымдық әрекетке шақыру туралы дереу "
                    "полицияға, әкімдікке және Ассамблеяның өңірлік құрылымына хабарланады. "
                    "Медиатор әр отбасымен жеке кездеседі; ақсақалдар кеңесін (түрлі этнос "
                    "өкілдерімен) және этномәдени бірлестікті үкім шығарушы емес, қолдаушы "
                    "ретінде тартады. Мысал сөйлем: «Людмила Петровна, сіз үшін ауладағы "
                    "тыныштық пен тазалық маңызды. Айт күні таңертең не болғанын бірге қарайық»."
                ),
                "ru": (
                    "Хороший ответ: сам спор — жертвоприношение в общем дворе и ссора соседей; "
                    "подпись «они» и комментарии о национальности — обобщение и слухи, а «в "
                    "пятницу пойдём» — мобилизация. Для одной семьи Курбан айт — священный "
                    "праздник, для соседки жертвоприношение в общем дворе может быть тяжёлым; "
                    "уважения заслуживают обе. О призыве к коллективным действиям сразу "
                    "сообщают в полицию, акимат и региональную структуру Ассамблеи. Медиатор "
                    "встречается с каждой семьёй отдельно, привлекает совет аксакалов (из "
                    "представителей разных этносов) и этнокультурное объединение как поддержку, "
                    "а не как судей. Пример фразы: «Людмила Петровна, для вас важны покой и "
                    "чистота во дворе. Давайте посмотрим, что произошло утром в день айта»."
                ),
                "en": (
                    "A good answer: the dispute itself is the sacrifice in a shared courtyard "
                    "and the neighbours' quarrel; the caption about “they” and the comments on "
                    "nationality are generalisation and rumour, and “on Friday we'll go” is "
                    "mobilisation. For one family Kurban Ait is a sacred holiday; for the "
                    "neighbour a sacrifice in a shared courtyard may be distressing; both "
                    "deserve respect. The call for collective action is reported at once to the "
                    "police, the akimat and the Assembly's regional structure. The mediator "
                    "meets each family separately and involves the council of elders (of "
                    "different backgrounds) and the ethnocultural association as supporters, "
                    "not judges. An example sentence: “Lyudmila Petrovna, peace and cleanliness "
                    "in the courtyard matter to you. Let's look at what happened on the morning "
                    "of the holiday.”"
                ),
            },
        },
    ],
}
