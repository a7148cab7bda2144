"""Quiz for the public mediator course, module 1: what mediation is and its principles."""

QUIZ = {
    "module": "what-is-mediation",
    "title": {
        "kk": "1-модуль тесті: медиация деген не",
        "ru": "Тест по модулю 1: что такое медиация",
        "en": "Module 1 test: what is mediation",
    },
    "intro": {
        "kk": (
            "<p>Тест дауды шешу жолдарын, қоғамдық медиатордың рөлін және медиацияның бес "
            "қағидатын қаншалықты түсінгеніңізді тексереді. Сұрақтардың көбі — күнделікті "
            "өмірден алынған шағын жағдаяттар. Өту шегі — 70 пайыз.</p>"
        ),
        "ru": (
            "<p>Тест проверяет, как вы поняли способы урегулирования споров, роль общественного "
            "медиатора и пять принципов медиации. Большинство вопросов — короткие житейские "
            "ситуации. Проходной балл — 70 процентов.</p>"
        ),
        "en": (
            "<p>This test checks how well you understand the ways of settling disputes, the "
            "role of the public mediator and the five principles of mediation. Most questions "
            "are short everyday situations. The pass mark is 70 per cent.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "ways-arbitration-binding-decision",
            "text": {
                "kk": (
                    "<p>Аудан орталығындағы екі дүкен иесі ортақ шатырды жөндеуге кім ақы "
                    "төлейтінін келісе алмай жүр. Олар дауды екеуі бірге таңдаған адамға беру "
                    "туралы келісімге қол қояды; ол әр тарапты тыңдап, екеуі үшін міндетті "
                    "шешім шығарады. Бұл дауды шешудің қай жолы?</p>"
                ),
                "ru": (
                    "<p>Два владельца магазинов в райцентре не могут договориться, кто оплатит "
                    "ремонт общей крыши. Они подписывают соглашение передать спор человеку, "
                    "которого выбрали вместе; он выслушает каждую сторону и вынесет "
                    "обязательное для обоих решение. Какой это способ урегулирования спора?</p>"
                ),
                "en": (
                    "<p>Two shop owners in a district centre cannot agree who should pay for "
                    "repairing their shared roof. They sign an agreement to hand the dispute to "
                    "a person they chose together, who will hear each side and make a decision "
                    "binding on both. Which way of settling the dispute is this?</p>"
                ),
            },
            "options": [
                {
                    "text": {"kk": "Арбитраж", "ru": "Арбитраж", "en": "Arbitration"},
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: тараптар өзара келісім бойынша дауды арбитрге береді, ал ол "
                            "міндетті шешім шығарады."
                        ),
                        "ru": (
                            "Верно: по взаимному соглашению стороны передают спор арбитру, и он "
                            "выносит обязательное решение."
                        ),
                        "en": (
                            "Right: by mutual agreement the parties hand the dispute to an "
                            "arbitrator, who makes a binding decision."
                        ),
                    },
                },
                {
                    "text": {"kk": "Медиация", "ru": "Медиация", "en": "Mediation"},
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: медиатор шешім шығармайды, шешім тараптардың өзінде қалады. "
                            "Мұнда шешімді бөгде адам қабылдайды."
                        ),
                        "ru": (
                            "Нет: медиатор не выносит решения, оно остаётся за сторонами. Здесь "
                            "решает посторонний человек."
                        ),
                        "en": (
                            "No: a mediator does not decide; the decision stays with the "
                            "parties. Here an outsider decides."
                        ),
                    },
                },
                {
                    "text": {"kk": "Сот", "ru": "Суд", "en": "Court"},
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: сотта істі заң бойынша судья шешеді, тараптар оны өз "
                            "келісімімен таңдамайды."
                        ),
                        "ru": (
                            "Нет: в суде дело по закону разрешает судья, и стороны не выбирают "
                            "его по своему соглашению."
                        ),
                        "en": (
                            "No: in court a judge decides under the law, and the parties do not "
                            "choose the judge by agreement."
                        ),
                    },
                },
                {
                    "text": {"kk": "Келіссөз", "ru": "Переговоры", "en": "Negotiation"},
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: келіссөзде тараптар үшінші тұлғасыз, бір-бірімен тікелей "
                            "сөйлеседі."
                        ),
                        "ru": (
                            "Нет: на переговорах стороны говорят друг с другом напрямую, без "
                            "третьего лица."
                        ),
                        "en": (
                            "No: in negotiation the parties talk to each other directly, "
                            "without a third person."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Шешімді кім қабылдайтынын сұраңыз. Арбитраж бен сотта шешімді бөгде адам "
                    "қабылдайды; арбитраж екі тараптың келісімінсіз мүмкін емес және көбінесе "
                    "кәсіпкерлік дауларда қолданылады. Медиацияда шешімді тараптардың өздері "
                    "қабылдайды, ал медиатор әңгімеге көмектеседі."
                ),
                "ru": (
                    "Спросите, кто принимает решение. В арбитраже и суде решает посторонний "
                    "человек; арбитраж невозможен без согласия обеих сторон и чаще всего "
                    "применяется в деловых спорах. В медиации решают сами стороны, а медиатор "
                    "помогает разговору."
                ),
                "en": (
                    "Ask who decides. In arbitration and court an outsider decides; arbitration "
                    "is impossible without the consent of both sides and is used mostly in "
                    "business disputes. In mediation the parties decide themselves, and the "
                    "mediator helps the conversation."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "suitability-stop-and-ask",
            "text": {
                "kk": (
                    "<p>Жамбыл облысындағы ауылдың қоғамдық медиаторы Гүлнараға бір айда "
                    "бірнеше өтініш түсті. Солардың қайсысында ол медиацияны бірден бастамай, "
                    "<strong>тоқтап, медиация кабинетінен кеңес сұрауы</strong> керек? Барлық "
                    "дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>К Гульнаре, общественному медиатору в селе Жамбылской области, за месяц "
                    "поступило несколько обращений. В каких случаях ей нужно не начинать "
                    "медиацию сразу, а <strong>остановиться и посоветоваться с кабинетом "
                    "медиации</strong>? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>Gulnara, a public mediator in a village in Zhambyl region, receives "
                    "several requests in one month. In which of them should she not simply "
                    "start a mediation but <strong>stop and ask the mediation office for "
                    "advice</strong>? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Бір әйел көршісі тағы шағымданса, ұрамын деп қорқытқанын айтады.",
                        "ru": (
                            "Женщина рассказывает, что сосед пригрозил её избить, если она "
                            "снова пожалуется."
                        ),
                        "en": (
                            "A woman says her neighbour threatened to beat her if she complains "
                            "again."
                        ),
                    },
                    "fraction": 0.34,
                    "feedback": {
                        "kk": (
                            "Иә: адамның денсаулығына қауіп төніп тұр, сондықтан қауіпсіздік "
                            "бәрінен маңызды, полиция шақыру керек."
                        ),
                        "ru": (
                            "Да: есть угроза здоровью, значит, безопасность прежде всего, нужно "
                            "вызвать полицию."
                        ),
                        "en": (
                            "Yes: there is a threat to someone's health, so safety comes first "
                            "and the police must be called."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ұлы қарт әкесін кездесуге ертіп келеді, ал әкесі келгісі "
                            "келмегенін ақырын айтады."
                        ),
                        "ru": (
                            "Сын привозит на встречу пожилого отца, а тот тихо говорит, что не "
                            "хотел приходить."
                        ),
                        "en": (
                            "A son brings his elderly father to the meeting, and the father "
                            "quietly says he did not want to come."
                        ),
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": "Иә: тарапты кездесуге мәжбүрлеп әкелген, яғни еріктілік жоқ.",
                        "ru": (
                            "Да: сторону вынуждают прийти на встречу, значит, добровольности нет."
                        ),
                        "en": (
                            "Yes: the party is being pushed into the meeting, so there is no "
                            "voluntariness."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Тұрғындар медиатордан әкімдіктің жер учаскесін беру туралы шешімін "
                            "өзгертуді сұрайды."
                        ),
                        "ru": (
                            "Жители просят медиатора изменить решение акимата о выделении "
                            "земельного участка."
                        ),
                        "en": (
                            "Residents ask the mediator to change the akimat's decision to "
                            "allot a plot of land."
                        ),
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": (
                            "Иә: бұл шешім мемлекеттік органның құзыретінде. Медиатор "
                            "адамдардың сөйлесуіне көмектесе алады, бірақ шешімді өзгерте "
                            "алмайды."
                        ),
                        "ru": (
                            "Да: это решение в полномочиях государственного органа. Медиатор "
                            "может помочь людям поговорить, но изменить решение не может."
                        ),
                        "en": (
                            "Yes: the decision belongs to a state body. A mediator can help "
                            "people talk but cannot change that decision."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі көрші суару кезегі үшін дауласып жүр, екеуі де сөйлесуге дайын."
                        ),
                        "ru": (
                            "Двое соседей спорят об очерёдности полива, и оба готовы поговорить."
                        ),
                        "en": (
                            "Two neighbours argue about irrigation turns, and both are ready to "
                            "talk."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл — медиацияға әбден сай келетін, көршілер арасындағы әдеттегі дау."
                        ),
                        "ru": "Это обычный соседский спор, который хорошо подходит для медиации.",
                        "en": "This is an ordinary neighbour dispute that suits mediation well.",
                    },
                },
                {
                    "text": {
                        "kk": "Екі таныс шағын қарызды қашан қайтару керегін келісе алмай жүр.",
                        "ru": "Двое знакомых не могут договориться, когда вернуть небольшой долг.",
                        "en": "Two acquaintances cannot agree when a small debt should be repaid.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Таныстар арасындағы шағын азаматтық іс медиацияға жақсы сай келеді."
                        ),
                        "ru": (
                            "Небольшое гражданское дело между знакомыми хорошо подходит для "
                            "медиации."
                        ),
                        "en": (
                            "A small civil matter between acquaintances is a good case for "
                            "mediation."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация адамдар бұдан кейін де кездесіп тұратын жерде жақсы нәтиже "
                    "береді. Зорлық-зомбылық не қауіп болса, тарап қорқса не оны мәжбүрлесе, "
                    "дау оған қатыспайтын адамдардың құқықтарын қозғаса, іс қылмысқа қатысты "
                    "болуы мүмкін болса немесе шешім мемлекеттік органның құзыретінде болса, "
                    "тоқтап, медиация кабинетінен кеңес сұраңыз."
                ),
                "ru": (
                    "Медиация лучше всего работает там, где людям и дальше предстоит "
                    "встречаться. Остановитесь и посоветуйтесь с кабинетом медиации, если есть "
                    "насилие или угроза, если сторона боится или её вынуждают, если спор "
                    "затрагивает права тех, кто в нём не участвует, если речь может идти о "
                    "преступлении или если решение относится к полномочиям государственного "
                    "органа."
                ),
                "en": (
                    "Mediation works best where people will keep meeting each other. Stop and "
                    "ask the mediation office for advice when there is violence or a threat, "
                    "when a party is afraid or pushed, when the dispute affects the rights of "
                    "people not taking part, when the matter may be a crime, or when the "
                    "decision belongs to a state body."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "role-mediator-does-not-judge",
            "text": {
                "kk": (
                    "<p>Тараздағы базарда қоғамдық медиатор екі саудагерді тыңдап, олардың бірі "
                    "базар ережесін бұзғанын анық көрді. Деректер анық болғандықтан, медиатор "
                    "саудагерлерге кімнің дұрыс екенін және әрқайсысы не істеуі керектігін айта "
                    "алады.</p>"
                ),
                "ru": (
                    "<p>На рынке в Таразе общественный медиатор выслушал обоих торговцев и ясно "
                    "видит, что один из них нарушил правила рынка. Раз факты ясны, медиатор "
                    "может сказать торговцам, кто прав и что каждый должен сделать.</p>"
                ),
                "en": (
                    "<p>At a market in Taraz, a public mediator has heard both traders and sees "
                    "clearly that one of them broke the market rules. Since the facts are "
                    "clear, the mediator may tell the traders who is right and what each of "
                    "them must do.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Қоғамдық медиатор — судья да, заңгер де, үкім айтатын "
                    "ақсақал да емес. Кімнің дұрыс екенін айту — жиі кездесетін қате: медиатор "
                    "тараптарға өз шешімін табуға көмектеседі, ал шешім тараптарда қалады."
                ),
                "ru": (
                    "Утверждение неверно. Общественный медиатор — не судья, не юрист и не "
                    "аксакал, выносящий вердикт. Говорить, кто прав, — типичная ошибка: "
                    "медиатор помогает сторонам найти собственное решение, и решение остаётся "
                    "за ними."
                ),
                "en": (
                    "False. A public mediator is not a judge, a lawyer or an elder who "
                    "pronounces a verdict. Saying who is right is a common mistake: the "
                    "mediator helps the parties find their own solution, and the decision stays "
                    "with them."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "position-and-interest-tractor",
            "text": {
                "kk": (
                    "<p>Виктор: «Бұл жер жолағы менікі», — деп қасарысады. Әңгіме барысында "
                    "оған учаскесінің түкпіріне тракторымен өту керек екені анықталады. "
                    "Медиацияда талаптың артында тұрған осы қажеттілік қалай аталады? Бір "
                    "сөзбен жауап беріңіз.</p>"
                ),
                "ru": (
                    "<p>Виктор настаивает: «Эта полоса земли — моя». В разговоре выясняется, "
                    "что ему нужно проезжать на тракторе в конец участка. Как в медиации "
                    "называется эта потребность, которая стоит за требованием? Ответьте одним "
                    "словом.</p>"
                ),
                "en": (
                    "<p>Viktor insists: “This strip of land is mine.” In the conversation it "
                    "turns out that he needs to drive his tractor to the back of his plot. In "
                    "mediation, what is this need behind the demand called? Answer with one "
                    "word.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "мүдде", "fraction": 1.0},
                    {"text": "мүддесі", "fraction": 1.0},
                    {"text": "мүдделер", "fraction": 1.0},
                ],
                "ru": [
                    {"text": "интерес", "fraction": 1.0},
                    {"text": "интересы", "fraction": 1.0},
                ],
                "en": [
                    {"text": "interest", "fraction": 1.0},
                    {"text": "interests", "fraction": 1.0},
                    {"text": "an interest", "fraction": 1.0},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Талап («жолақ менікі») — ұстаным, ал оның артындағы қажеттілік — мүдде. "
                    "Мүддені көбінесе ешкімнің абыройына нұқсан келтірмей қанағаттандыруға "
                    "болады, мысалы, тракторға өтетін жол туралы уағдаласу арқылы."
                ),
                "ru": (
                    "Требование («полоса моя») — это позиция, а потребность за ним — интерес. "
                    "Интерес часто можно удовлетворить так, чтобы никто не потерял лицо, "
                    "например договорившись о проезде для трактора."
                ),
                "en": (
                    "The demand (“the strip is mine”) is a position; the need behind it is an "
                    "interest. An interest can often be met without anyone losing face, for "
                    "example by agreeing on a way through for the tractor."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "non-interference-deputy-akim",
            "text": {
                "kk": (
                    "<p>Татуластыру кабинетінде екі отбасы арасындағы медиация басталғалы тұр. "
                    "Ауылдық округ әкімінің орынбасары кіріп, «бәрі дұрыс өтуін қадағалау үшін» "
                    "отыра тұратынын айтады. Қоғамдық медиатор не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>В кабинете примирения вот-вот начнётся медиация между двумя семьями. "
                    "Входит заместитель акима сельского округа и говорит, что посидит, «чтобы "
                    "всё прошло как надо». Что должен сделать общественный медиатор?</p>"
                ),
                "en": (
                    "<p>A mediation between two families is about to start in a reconciliation "
                    "room. The deputy akim of the rural district walks in and says he will sit "
                    "in “to make sure everything goes well”. What should the public mediator "
                    "do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Алғыс айтып, кездесуге тек тараптар және екеуі де келіскен адамдар "
                            "қатысатынын түсіндіру, тараптар келіссе, нәтижесін кейін "
                            "хабарлауды ұсыну."
                        ),
                        "ru": (
                            "Поблагодарить, объяснить, что участвуют только стороны и те, на "
                            "кого согласны обе, и предложить сообщить ему результат, если "
                            "стороны согласятся."
                        ),
                        "en": (
                            "Thank him, explain that only the parties take part, plus anyone "
                            "both of them accept, and offer to tell him the outcome afterwards "
                            "if the parties agree."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: осылайша рәсімге араласуға жол бермеу қағидаты құрметпен "
                            "сақталады, әкімдікпен қарым-қатынас та бұзылмайды."
                        ),
                        "ru": (
                            "Верно: так принцип недопустимости вмешательства соблюдён "
                            "уважительно, и отношения с акиматом не портятся."
                        ),
                        "en": (
                            "Right: this protects non-interference respectfully and keeps good "
                            "relations with the akimat."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Қалдыру: лауазымды адамның қатысуы тараптарды тәртіпке келтіреді.",
                        "ru": (
                            "Разрешить остаться: присутствие должностного лица дисциплинирует "
                            "стороны."
                        ),
                        "en": (
                            "Let him stay: an official's presence will make the parties more "
                            "disciplined."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бөлмедегі лауазымды адам тараптарға қысым жасайды; рәсімнен "
                            "тыс ешкім медиацияға араласпауға тиіс."
                        ),
                        "ru": (
                            "Нет: должностное лицо в комнате давит на стороны; никто извне не "
                            "вправе вмешиваться в медиацию."
                        ),
                        "en": (
                            "No: an official in the room puts pressure on the parties; no one "
                            "outside the procedure may interfere."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Үндемей отыруға уәде берсе, қалдыру.",
                        "ru": "Разрешить остаться, если он пообещает молчать.",
                        "en": "Let him stay if he promises to keep silent.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: үнсіз отырған шенеуніктің өзі қысым болып табылады, ал кім "
                            "қатысатынын медиатор жалғыз шешпейді, оған екі тарап та келісуі "
                            "керек."
                        ),
                        "ru": (
                            "Нет: даже молчащий чиновник давит на стороны, а кто присутствует, "
                            "медиатор не решает в одиночку: согласиться должны обе стороны."
                        ),
                        "en": (
                            "No: even a silent official is pressure, and the mediator does not "
                            "decide alone who may be present: both parties must agree."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Кездесуді кейінге қалдырып, ол туралы әкімге шағымдану.",
                        "ru": "Отложить встречу и пожаловаться на него акиму.",
                        "en": "Postpone the meeting and complain about him to the akim.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: сыпайы түсіндіру жеткілікті; шағым қарым-қатынасты бұзып, "
                            "тараптарды бекер күттіреді."
                        ),
                        "ru": (
                            "Нет: достаточно вежливого объяснения; жалоба испортит отношения и "
                            "заставит стороны ждать впустую."
                        ),
                        "en": (
                            "No: a polite explanation is enough; a complaint would sour "
                            "relations and keep the parties waiting for nothing."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Рәсімге араласуға жол бермеу: ешбір шенеунік, туыс, бірлестік жетекшісі не "
                    "блогер медиацияға араласып, медиаторға не тараптарға қысым көрсете "
                    "алмайды. Медиатор рәсімді сыпайы, бірақ батыл қорғайды."
                ),
                "ru": (
                    "Недопустимость вмешательства: ни чиновники, ни родственники, ни "
                    "руководители объединений, ни блогеры не вправе вмешиваться в медиацию и "
                    "давить на медиатора или стороны. Медиатор оберегает процедуру вежливо, но "
                    "твёрдо."
                ),
                "en": (
                    "Non-interference: no official, relative, association leader or blogger may "
                    "interfere in mediation or put pressure on the mediator or the parties. The "
                    "mediator guards the process politely but firmly."
                ),
            },
        },
        {
            "type": "matching",
            "name": "principles-typical-violations",
            "text": {
                "kk": "<p>Әр жағдайды ол бұзатын медиация қағидатымен сәйкестендіріңіз.</p>",
                "ru": (
                    "<p>Соотнесите каждую ситуацию с принципом медиации, который в ней нарушен.</p>"
                ),
                "en": "<p>Match each situation with the principle of mediation it breaks.</p>",
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": (
                            "Медиатор бір тарапқа: «Кездесуге келмесеңіз, әкімге айтамын», — дейді."
                        ),
                        "ru": (
                            "Медиатор говорит одной из сторон: «Не придёте на встречу — скажу "
                            "акиму»."
                        ),
                        "en": (
                            "The mediator tells one party: “If you don't come to the meeting, "
                            "I'll tell the akim.”"
                        ),
                    },
                    "answer": {"kk": "Еріктілік", "ru": "Добровольность", "en": "Voluntariness"},
                },
                {
                    "prompt": {
                        "kk": "Кездесу тек бір тарап жақсы білетін тілде өтеді.",
                        "ru": "Встреча идёт на языке, которым хорошо владеет только одна сторона.",
                        "en": "The meeting is held in a language only one side speaks well.",
                    },
                    "answer": {
                        "kk": "Тараптардың тең құқықтылығы",
                        "ru": "Равноправие сторон",
                        "en": "Equality of the parties",
                    },
                },
                {
                    "prompt": {
                        "kk": "Медиатор кездесуге бір тараптың көлігімен келеді.",
                        "ru": "Медиатор приезжает на встречу в машине одной из сторон.",
                        "en": "The mediator arrives at the meeting in one party's car.",
                    },
                    "answer": {
                        "kk": "Медиатордың тәуелсіздігі мен бейтараптығы",
                        "ru": "Независимость и беспристрастность медиатора",
                        "en": "Independence and impartiality of the mediator",
                    },
                },
                {
                    "prompt": {
                        "kk": "Бірлестік жетекшісі келісімде не жазылуы керектігін нұсқайды.",
                        "ru": "Руководитель объединения диктует, что должно быть в соглашении.",
                        "en": "An association leader dictates what the agreement must say.",
                    },
                    "answer": {
                        "kk": "Рәсімге араласуға жол бермеу",
                        "ru": "Недопустимость вмешательства",
                        "en": "Non-interference",
                    },
                },
                {
                    "prompt": {
                        "kk": "Қол қойылған келісімнің суреті ауылдың топтық чатына жіберіледі.",
                        "ru": "Фото подписанного соглашения отправляют в сельский групповой чат.",
                        "en": "A photo of the signed agreement is sent to the village group chat.",
                    },
                    "answer": {
                        "kk": "Құпиялылық",
                        "ru": "Конфиденциальность",
                        "en": "Confidentiality",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "«Медиация туралы» Заң бес қағидатты атайды: еріктілік, тараптардың тең "
                    "құқықтылығы, медиатордың тәуелсіздігі мен бейтараптығы, медиация рәсіміне "
                    "араласуға жол бермеу және құпиялылық. Олардың біреуі бұзылса, келісім "
                    "берік болмайды."
                ),
                "ru": (
                    "Закон «О медиации» называет пять принципов: добровольность, равноправие "
                    "сторон, независимость и беспристрастность медиатора, недопустимость "
                    "вмешательства в процедуру медиации и конфиденциальность. Если нарушен хотя "
                    "бы один, соглашение становится хрупким."
                ),
                "en": (
                    "The Law “On Mediation” names five principles: voluntariness, equality of "
                    "the parties, independence and impartiality of the mediator, "
                    "non-interference in the mediation procedure, and confidentiality. If one "
                    "of them is broken, the agreement becomes fragile."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "public-mediator-requirements",
            "text": {
                "kk": (
                    "<p>Қостанай облысындағы ауылда тұратын 52 жастағы зейнеткер медбике Әлия "
                    "қоғамдық медиатор болғысы келеді. Сабақта сипатталған қолданыстағы "
                    "қағидалар бойынша мыналардың қайсысы дұрыс? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Алия, 52 года, медсестра на пенсии из села Костанайской области, хочет "
                    "стать общественным медиатором. Что из перечисленного верно по действующим "
                    "правилам, описанным в занятии? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>Aliya, 52, a retired nurse from a village in Kostanay region, wants to "
                    "become a public mediator. Which of these are true under the current rules "
                    "described in the lesson? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Жасы бойынша ол талапқа сай: қоғамдық медиатор кемінде қырық жаста "
                            "болуы керек."
                        ),
                        "ru": (
                            "По возрасту она подходит: общественный медиатор должен быть не "
                            "моложе сорока лет."
                        ),
                        "en": (
                            "Her age is no obstacle: a public mediator must be at least forty "
                            "years old."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә, қырық жас — ең төменгі жас.",
                        "ru": "Да, сорок лет — это минимальный возраст.",
                        "en": "Yes, forty is the minimum age.",
                    },
                },
                {
                    "text": {
                        "kk": "Ол жазбаша келісімін беруі керек.",
                        "ru": "Она должна дать письменное согласие.",
                        "en": "She must give her written consent.",
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә, жазбаша келісім қажет.",
                        "ru": "Да, нужно письменное согласие.",
                        "en": "Yes, written consent is required.",
                    },
                },
                {
                    "text": {
                        "kk": "Оны жергілікті қоғамдастық жиналысы сайлауы керек.",
                        "ru": "Её должно избрать собрание местного сообщества.",
                        "en": "She must be elected by a local community assembly.",
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": (
                            "Иә, қоғамдық медиаторларды жергілікті қоғамдастық жиналысы сайлайды."
                        ),
                        "ru": "Да, общественных медиаторов избирает собрание местного сообщества.",
                        "en": "Yes, public mediators are elected by a local community assembly.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Өтінішінде медиация тілдері мен саласы көрсетіліп, оған "
                            "медициналық анықтамалар қоса беріледі."
                        ),
                        "ru": (
                            "В её заявлении указываются языки и область медиации, к нему "
                            "прилагаются медицинские справки."
                        ),
                        "en": (
                            "Her application records her languages and area of mediation, with "
                            "medical certificates attached."
                        ),
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә, бұл өтінішке қойылатын талап.",
                        "ru": "Да, это требование к заявлению.",
                        "en": "Yes, this is what the application must contain.",
                    },
                },
                {
                    "text": {
                        "kk": "Ол қоғамдық медиаторлар тізіліміне енгізілуі керек.",
                        "ru": "Она должна быть включена в реестр общественных медиаторов.",
                        "en": "She must be entered in the register of public mediators.",
                    },
                    "fraction": 0.2,
                    "feedback": {
                        "kk": "Иә, тізілімге енгізу міндетті.",
                        "ru": "Да, включение в реестр обязательно.",
                        "en": "Yes, the register entry is required.",
                    },
                },
                {
                    "text": {
                        "kk": "Ол кәсіби негізде жұмыс істеп, әр іс үшін ақы алуы керек.",
                        "ru": (
                            "Она должна работать на профессиональной основе и брать плату за "
                            "каждое дело."
                        ),
                        "en": (
                            "She must work on a professional basis and charge a fee for each case."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: қоғамдық медиатор кәсіби емес негізде, әдетте ақы алмай жұмыс "
                            "істейді."
                        ),
                        "ru": (
                            "Нет: общественный медиатор работает на непрофессиональной основе, "
                            "как правило без вознаграждения."
                        ),
                        "en": (
                            "No: a public mediator works on a non-professional basis, usually "
                            "without a fee."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қоғамдық медиатор кәсіби емес негізде жұмыс істейді. Қолданыстағы "
                    "қағидалар бойынша ол кемінде қырық жаста болуы, жазбаша келісімін беруі "
                    "және қоғамдық медиаторлар тізіліміне енгізілуі тиіс; оны жергілікті "
                    "қоғамдастық жиналысы сайлайды, өтінішке медиация тілдері мен саласы "
                    "жазылып, медициналық анықтамалар қоса беріледі. Қағидалар өзгеріп тұрады, "
                    "сондықтан оларды өңіріңіздегі медиация кабинетінен нақтылаңыз."
                ),
                "ru": (
                    "Общественный медиатор работает на непрофессиональной основе. По "
                    "действующим правилам он должен быть не моложе сорока лет, дать письменное "
                    "согласие и быть включён в реестр общественных медиаторов; его избирает "
                    "собрание местного сообщества, в заявлении указываются языки и область "
                    "медиации, прилагаются медицинские справки. Правила меняются, поэтому "
                    "уточняйте их в кабинете медиации своего региона."
                ),
                "en": (
                    "A public mediator works on a non-professional basis. Under the current "
                    "rules a public mediator must be at least forty, give written consent and "
                    "be entered in the register of public mediators; public mediators are "
                    "elected by a local community assembly, and the application records the "
                    "languages and area of mediation, with medical certificates attached. The "
                    "rules change, so check them with the mediation office of your region."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "conflict-of-interest-cousin",
            "text": {
                "kk": (
                    "<p>Павлодардағы қоғамдық медиатор Әселден ортақ аула үшін ұрысып қалған "
                    "екі көршіге көмектесуді сұрады. Олардың бірі Әселдің немере ағасы болып "
                    "шықты, олар әр отбасылық жиында кездесіп тұрады. Әсел не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>Асель, общественного медиатора в Павлодаре, просят помочь двум соседям, "
                    "которые поссорились из-за общего двора. Один из них оказался её двоюродным "
                    "братом, они встречаются на каждом семейном торжестве. Что должна сделать "
                    "Асель?</p>"
                ),
                "en": (
                    "<p>Asel, a public mediator in Pavlodar, is asked to help two neighbours "
                    "who have quarrelled over a shared yard. One of them turns out to be her "
                    "cousin, whom she sees at every family gathering. What should Asel do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Туыстық байланысын екі көршіге де айтып, істі әріптесіне беру.",
                        "ru": "Сказать обоим соседям о родстве и передать дело коллеге.",
                        "en": (
                            "Tell both neighbours about the family link and pass the case to a "
                            "colleague."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: байланысты екі тарапқа да айту керек, ал ол жақын болса, "
                            "медиатор істен бас тартады."
                        ),
                        "ru": (
                            "Верно: о связи нужно сказать обеим сторонам, а если она близкая, "
                            "медиатор отказывается от дела."
                        ),
                        "en": (
                            "Right: the link must be disclosed to both sides, and if it is "
                            "close, the mediator steps aside."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ешкімге айтпай, ерекше әділ болуға тырысу.",
                        "ru": "Никому не говорить и особенно стараться быть справедливой.",
                        "en": "Say nothing and take special care to be fair.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: жасырылған байланыс кейін белгілі болса, сенім жоғалады; ол "
                            "екі тарапқа да ашық айтылуы тиіс."
                        ),
                        "ru": (
                            "Нет: скрытая связь, когда она откроется, разрушит доверие; о ней "
                            "нужно открыто сказать обеим сторонам."
                        ),
                        "en": (
                            "No: a hidden link destroys trust once it comes out; it must be "
                            "disclosed openly to both sides."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ағасы ренжімес үшін, тек екінші көршіге айту.",
                        "ru": "Сказать только второму соседу, чтобы брат не обиделся.",
                        "en": "Tell only the other neighbour, so that her cousin is not offended.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл туралы екі тарап та білуі керек, ал байланыс жақын "
                            "болғанда тек айту жеткіліксіз."
                        ),
                        "ru": (
                            "Нет: знать должны обе стороны, а при близкой связи одного "
                            "сообщения недостаточно."
                        ),
                        "en": (
                            "No: both parties must know, and when the link is close, disclosure "
                            "alone is not enough."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Істі алып, теңгерім үшін ағасына екінші болып сөйлеуге рұқсат беру."
                        ),
                        "ru": "Взяться за дело, а для равновесия дать брату слово вторым.",
                        "en": (
                            "Take the case and let her cousin speak second, to balance things out."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: сөйлеу реті мүдделер қақтығысын жоймайды.",
                        "ru": "Нет: порядок выступлений не устраняет конфликт интересов.",
                        "en": "No: the order of speaking does not remove a conflict of interest.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Егер сіз тараптардың бірінің туысы, әріптесі, борышкері немесе жақын досы "
                    "болсаңыз, бұл туралы екі тарапқа да айтыңыз; байланыс жақын болса, істен "
                    "бас тартып, оны әріптесіңізге беріңіз. Өз туысыңызға қатысты істі алу — "
                    "жиі кездесетін қате."
                ),
                "ru": (
                    "Если вы родственник, коллега, должник или близкий друг одной из сторон, "
                    "скажите об этом обеим; если связь близкая, откажитесь от дела и передайте "
                    "его коллеге. Браться за дело своего родственника — типичная ошибка."
                ),
                "en": (
                    "If you are a relative, colleague, debtor or close friend of one party, "
                    "tell both sides; if the link is close, step aside and pass the case to a "
                    "colleague. Taking a case that involves your own relative is a common "
                    "mistake."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "confidentiality-limit-child-safety",
            "text": {
                "kk": (
                    "<p>Ортақ үй туралы медиация кезінде медиатор отбасылардың бірінде баланың "
                    "өміріне қауіп төніп тұрғанын біліп қалды. Құпиялылықтың ешқандай шегі "
                    "болмағандықтан, медиатор бұл жайды бәрібір құпия сақтауы керек.</p>"
                ),
                "ru": (
                    "<p>Во время медиации об общем доме медиатор узнаёт, что в одной из семей "
                    "жизнь ребёнка в опасности. Поскольку конфиденциальность не знает "
                    "исключений, медиатор всё равно должен сохранить это в тайне.</p>"
                ),
                "en": (
                    "<p>During a mediation about a shared house, the mediator learns that a "
                    "child in one of the families is in danger. Since confidentiality has no "
                    "exceptions, the mediator must still keep this secret.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Құпиялылықтың бір шегі бар: біреудің, әсіресе баланың, "
                    "өміріне не денсаулығына қауіп төнсе, қауіпсіздік құпиядан маңызды. "
                    "Медиатор кездесуді тоқтатып, медиация кабинетінен немесе полициядан көмек "
                    "сұрайды. Бұл шек туралы тараптарға ең басында айтылады."
                ),
                "ru": (
                    "Утверждение неверно. У конфиденциальности есть предел: если чья-то жизнь "
                    "или здоровье, особенно ребёнка, в опасности, безопасность важнее тайны. "
                    "Медиатор останавливает встречу и обращается за помощью в кабинет медиации "
                    "или в полицию. Об этом пределе сторонам говорят в самом начале."
                ),
                "en": (
                    "False. Confidentiality has one limit: if someone's life or health, "
                    "especially a child's, is in danger, safety comes before secrecy. The "
                    "mediator stops the meeting and asks the mediation office or the police for "
                    "help. The parties are told about this limit at the very start."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-sheep-in-the-garden",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан шығарылған мысал. Түркістан облысындағы бір ауылда "
                    "Сергейдің қойлары Бақыттың бақшасына қайта-қайта түсіп жүр. Көшедегі "
                    "айқайдан кейін Бақыттың жиені ауыл чатына «бұлар бөтеннің мүлкін ешқашан "
                    "сыйламайды» деп жазды.</p><p>Ауылдық округ әкімі қоғамдық медиатор Данаға "
                    "қоңырау шалып: «Ертең екеуін жинап, татуласу туралы қағазға қол қойғыз», — "
                    "дейді. Сергей: «Әкім бұйырса ғана барамын», — дейді.</p><p>150–250 сөзбен "
                    "жазыңыз: (1) бұл дау медиацияға сай келе ме және Дана нені тексеруі керек; "
                    "(2) әкімнің өтінішінде қай қағидаттарға қатер бар және Дана оған не деп "
                    "жауап береді; (3) Дана алғашқы кездесудің басында қағидаттарды қарапайым "
                    "тілмен қалай түсіндіреді.</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В селе Туркестанской области овцы Сергея то и "
                    "дело забредают в огород Бахыта. После перебранки на улице племянник Бахыта "
                    "написал в сельском чате: «Эти никогда не уважают чужое добро».</p><p>Аким "
                    "сельского округа звонит общественному медиатору Дане: «Собери их завтра и "
                    "заставь подписать бумагу о примирении». Сергей говорит: «Приду, только "
                    "если аким прикажет».</p><p>Напишите 150–250 слов: (1) подходит ли этот "
                    "спор для медиации и что Дане нужно проверить; (2) каким принципам угрожает "
                    "просьба акима и что Дана ему ответит; (3) как Дана простыми словами "
                    "объяснит принципы в начале первой встречи.</p>"
                ),
                "en": (
                    "<p>This is an invented example. In a village in Turkistan region, Sergei's "
                    "sheep keep getting into Bakhyt's garden. After a shouting match in the "
                    "street, Bakhyt's nephew wrote in the village chat: “These people never "
                    "respect other people's property.”</p><p>The akim of the rural district "
                    "phones Dana, a public mediator: “Get the two of them together tomorrow and "
                    "make them sign a paper saying they have made peace.” Sergei says: “I'll "
                    "come only if the akim orders me to.”</p><p>Write 150–250 words: (1) "
                    "whether this dispute suits mediation and what Dana should check; (2) which "
                    "principles the akim's request puts at risk and what Dana will answer him; "
                    "(3) how Dana will explain the principles in plain words at the start of "
                    "the first meeting.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Дауды бағалау: көршілер арасындағы мал туралы дау медиацияға сай "
                            "келетінін көрсетеді; қауіп не зорлық-зомбылық жоқ екенін, екі "
                            "тараптың да өз еркімен келетінін және өзінің тараптармен байланысы "
                            "жоқ екенін тексеруді атайды."
                        ),
                        "ru": (
                            "Оценка спора: показано, что соседский спор о скоте подходит для "
                            "медиации; названа проверка отсутствия угроз и насилия, "
                            "добровольности обеих сторон и отсутствия собственной связи со "
                            "сторонами."
                        ),
                        "en": (
                            "Assessing the dispute: shows that a neighbour dispute about "
                            "livestock suits mediation; names checking for threats or violence, "
                            "whether both sides come freely, and the mediator's own links to "
                            "the parties."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Қағидаттар мен әкімге жауап: әкімнің мерзімі мен «қол қойғыз» "
                            "деген талабы еріктілікке және араласуға жол бермеу қағидатына "
                            "қатер төндіретінін көреді; әкімге сыпайы, бірақ батыл жауап "
                            "береді; Сергеймен жеке сөйлесіп, қатысудың ерікті екенін "
                            "түсіндіреді."
                        ),
                        "ru": (
                            "Принципы и ответ акиму: видно, что срок и требование «заставь "
                            "подписать» угрожают добровольности и недопустимости вмешательства; "
                            "ответ акиму вежливый, но твёрдый; с Сергеем медиатор говорит "
                            "отдельно и объясняет, что участие добровольно."
                        ),
                        "en": (
                            "Principles and the reply to the akim: sees that the deadline and "
                            "“make them sign” threaten voluntariness and non-interference; "
                            "answers the akim politely but firmly; talks to Sergei alone and "
                            "explains that taking part is voluntary."
                        ),
                    },
                    "points": 4,
                },
                {
                    "criterion": {
                        "kk": (
                            "Кіріспе сөз: медиатордың рөлін (судья емес), еріктілікті, тең "
                            "құқықтылықты, бейтараптықты және құпиялылық пен оның шегін "
                            "қарапайым сөзбен түсіндіреді, екі тараптан да келісімін сұрайды."
                        ),
                        "ru": (
                            "Вступительное слово: простыми словами объяснены роль медиатора (не "
                            "судья), добровольность, равноправие, беспристрастность, "
                            "конфиденциальность и её предел; у обеих сторон спрошено согласие."
                        ),
                        "en": (
                            "Opening words: explains in plain words the mediator's role (not a "
                            "judge), voluntariness, equality, impartiality, and confidentiality "
                            "with its limit, and asks both parties for their agreement."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта: бақшаға түскен мал туралы дау — медиацияға сай келетін "
                    "әдеттегі көршілер дауы, бірақ алдымен қауіп жоқ екенін, Сергейдің өз "
                    "еркімен келетінін және Дананың тараптармен байланысы жоқ екенін тексеру "
                    "керек. Әкімнің мерзімі мен «қол қойғыз» деген талабы еріктілікке және "
                    "рәсімге араласуға жол бермеу қағидатына қайшы: Дана әкімге алғыс айтып, "
                    "шешімді тараптардың өздері қабылдайтынын түсіндіреді, тараптар келіссе, "
                    "нәтижесін хабарлауды ұсынады. Чаттағы «бұлар» туралы сөз әңгімені жаулап "
                    "алмауы керек. Кіріспеде: «Мен судья емеспін», кез келген сәтте тоқтатуға "
                    "болады, әрқайсысы бірдей уақыт сөйлейді, байланыстар ашық айтылады, "
                    "айтылған сөз құпия, бірақ өмірге қауіп болса, қауіпсіздік бірінші; соңында "
                    "екі тараптан да «иә» деген жауап күтіледі."
                ),
                "ru": (
                    "Хороший ответ: спор о скоте в огороде — обычный соседский спор, подходящий "
                    "для медиации, но сначала нужно проверить, нет ли угроз, приходит ли Сергей "
                    "добровольно и нет ли у Даны связи со сторонами. Срок и требование акима "
                    "«заставь подписать» противоречат добровольности и недопустимости "
                    "вмешательства: Дана благодарит акима, объясняет, что решение принимают "
                    "сами стороны, и предлагает сообщить результат с их согласия. Слова «эти» "
                    "из чата не должны захватить разговор. Во вступлении: «Я не судья», "
                    "остановиться можно в любой момент, каждый говорит одинаковое время, связи "
                    "раскрываются, сказанное конфиденциально, но при угрозе жизни безопасность "
                    "прежде всего; в конце медиатор ждёт «да» от обеих сторон."
                ),
                "en": (
                    "A good answer: livestock in a garden is an ordinary neighbour dispute that "
                    "suits mediation, but first Dana checks that there are no threats, that "
                    "Sergei comes of his own free will and that she has no link to either side. "
                    "The akim's deadline and “make them sign” go against voluntariness and "
                    "non-interference: Dana thanks the akim, explains that the parties make "
                    "their own decision and offers to tell him the outcome if they agree. The "
                    "remark about “these people” must not take over the conversation. The "
                    "opening covers “I am not a judge”, stopping at any time, equal time to "
                    "speak, disclosure of any links, and confidentiality with its limit when a "
                    "life is in danger; at the end Dana waits for a “yes” from both parties."
                ),
            },
        },
    ],
}
