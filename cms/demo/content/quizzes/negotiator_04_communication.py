"""Quiz for module 4 of the negotiator-ethnomediator course: communication."""

QUIZ = {
    "module": "communication",
    "title": {
        "kk": "4-модуль бойынша тест",
        "ru": "Тест по модулю 4",
        "en": "Module 4 test",
    },
    "intro": {
        "kk": (
            "<p>Тест белсенді тыңдауды, сұрақ түрлерін, екі тілде және аудармашы арқылы жұмыс "
            "істеуді, рефрейминг пен эмоциялармен жұмысты қамтиды. Тесттен өту үшін кемінде 70 % "
            "жинау керек. Кейс бойынша жазбаша жауапты жаттықтырушы бағалайды.</p>"
        ),
        "ru": (
            "<p>Тест охватывает активное слушание, виды вопросов, работу на двух языках и через "
            "переводчика, рефрейминг и работу с эмоциями. Для сдачи нужно набрать не менее 70 %. "
            "Письменный ответ по кейсу оценивает тренер.</p>"
        ),
        "en": (
            "<p>The test covers active listening, types of questions, working in two languages "
            "and through an interpreter, reframing and working with emotions. You need at least "
            "70 % to pass. The written case-study answer is graded by the trainer.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "paraphrase-neutral-market",
            "text": {
                "kk": (
                    "<p>Шымкенттегі базарда Дана келіссөз жүргізушіге былай дейді: «Оның "
                    "жәшіктері күн сайын өткелде тұрады, сатып алушылар маған жете алмайды, мен "
                    "ақшадан қағылып жатырмын». Қай жауап <strong>бейтарап перефраз</strong> "
                    "болып табылады?</p>"
                ),
                "ru": (
                    "<p>На рынке в Шымкенте Дана говорит переговорщику: «Его ящики каждый день "
                    "стоят в проходе, покупатели не могут до меня дойти, и я теряю деньги». Какой "
                    "ответ является <strong>нейтральным перефразированием</strong>?</p>"
                ),
                "en": (
                    "<p>At a market in Shymkent, Dana tells the negotiator: “His crates stand in "
                    "the aisle every day, customers can't reach me, and I am losing money.” Which "
                    "reply is a <strong>neutral paraphrase</strong>?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Яғни өткелдегі жәшіктер сатып алушылардың сізге жетуін қиындатып, "
                            "табысыңызға әсер етіп жатыр»."
                        ),
                        "ru": (
                            "«То есть ящики в проходе мешают покупателям дойти до вас, и это "
                            "сказывается на вашем доходе»."
                        ),
                        "en": (
                            "“So the crates in the aisle make it hard for customers to reach you, "
                            "and that affects your income.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: мәні бейтарап сөздермен қайталанды, Дана оны растай немесе "
                            "түзете алады."
                        ),
                        "ru": (
                            "Верно: суть передана нейтральными словами, и Дана может подтвердить "
                            "или поправить вас."
                        ),
                        "en": (
                            "Correct: the essence is restated in neutral words, and Dana can "
                            "confirm or correct it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Яғни ол сізді базардан әдейі ығыстырып жатыр».",
                        "ru": "«То есть он намеренно выживает вас с рынка».",
                        "en": "“So he is deliberately pushing you out of the market.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мұнда Дана айтпаған бір жақты баға қосылған. Сабақ перефразды бір "
                            "жақты сөздермен жасамауды ескертеді."
                        ),
                        "ru": (
                            "Здесь добавлена оценка, которой Дана не давала. Урок предостерегает "
                            "от перефразирования оценочными словами."
                        ),
                        "en": (
                            "This adds a loaded judgement Dana did not make. The lesson warns "
                            "against paraphrasing with loaded words."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Одан жәшіктерін жылжытуды сыпайы сұраңыз, сонымен бітті».",
                        "ru": "«Просто вежливо попросите его убрать ящики, и всё».",
                        "en": (
                            "“Just ask him politely to move the crates, and that's the end of it.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — тым ерте берілген кеңес, жиі кездесетін қате: Дана әлі өзін "
                            "тыңдағанын сезінген жоқ."
                        ),
                        "ru": (
                            "Это слишком ранний совет, частая ошибка: Дана ещё не почувствовала, "
                            "что её услышали."
                        ),
                        "en": (
                            "This is advice given too early, a common mistake: Dana does not yet "
                            "feel heard."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Түсінемін, менің де бір көршім көлігін үнемі қақпамның алдына "
                            "қоятын»."
                        ),
                        "ru": (
                            "«Понимаю, у меня тоже был сосед, который вечно ставил машину у моих "
                            "ворот»."
                        ),
                        "en": (
                            "“I know how it is: I once had a neighbour who always parked his car "
                            "in front of my gate.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Өз басыңыздан өткенді айту назарды тараптан өзіңізге аударады; бұл "
                            "сабақта аталған қателердің бірі."
                        ),
                        "ru": (
                            "Рассказ о собственном опыте переводит внимание со стороны на вас; "
                            "это одна из ошибок, названных в уроке."
                        ),
                        "en": (
                            "Telling your own story moves the attention from the party to you; it "
                            "is one of the mistakes named in the lesson."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Перефраз айтылғанның мәнін келіссөз жүргізушінің өз бейтарап сөзімен "
                    "қайталайды, сонда сөйлеуші оны растай немесе түзете алады. Онда баға, кеңес "
                    "немесе жеке тәжірибе болмайды."
                ),
                "ru": (
                    "Перефразирование передаёт суть сказанного своими нейтральными словами, чтобы "
                    "говорящий мог подтвердить или поправить. В нём нет оценок, советов и личных "
                    "историй."
                ),
                "en": (
                    "A paraphrase restates the essence in the negotiator's own neutral words so "
                    "that the speaker can confirm or correct it. It adds no judgements, advice or "
                    "personal stories."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "interpreter-good-practice",
            "text": {
                "kk": (
                    "<p>Жамбыл облысындағы бір ауылда Гүлнар апа қазақша, ал көршісі Виктор "
                    "орысша сөйлейді. Келіссөз жүргізуші қазақ тілін жетік білмейді, сондықтан "
                    "аудармашымен жұмыс істейді. Қай әрекеттер сабақтағы ұсыныстарға сәйкес "
                    "келеді? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>В селе Жамбылской области Гульнар апа говорит по-казахски, а её сосед "
                    "Виктор — по-русски. Переговорщик плохо владеет казахским и работает с "
                    "переводчиком. Какие действия соответствуют рекомендациям урока? Выберите все "
                    "верные ответы.</p>"
                ),
                "en": (
                    "<p>In a village in Zhambyl region, Gulnar apa speaks Kazakh and her "
                    "neighbour Viktor speaks Russian. The negotiator's Kazakh is weak, so he "
                    "works with an interpreter. Which actions follow the lesson? Choose all that "
                    "apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Екі тарап та сенетін, ешқайсысына туыс емес аудармашыны таңдап, оған "
                            "құпиялылық пен бейтараптық талаптарын алдын ала түсіндіру."
                        ),
                        "ru": (
                            "Выбрать переводчика, которому доверяют обе стороны и который не "
                            "родственник ни одной из них, и заранее объяснить ему требования "
                            "конфиденциальности и нейтральности."
                        ),
                        "en": (
                            "Choose an interpreter both parties trust who is related to neither "
                            "of them, and explain confidentiality and neutrality to them "
                            "beforehand."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: аудармашыға екі тарап та сенуі керек.",
                        "ru": "Верно: переводчику должны доверять обе стороны.",
                        "en": "Correct: both parties must trust the interpreter.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Аудармашыға емес, Гүлнар апаның өзіне қарата сөйлеу және сөзі "
                            "аударылып жатқанда оған қарап отыру."
                        ),
                        "ru": (
                            "Обращаться не к переводчику, а к самой Гульнар апа и смотреть на "
                            "неё, пока переводят её слова."
                        ),
                        "en": (
                            "Speak to Gulnar apa herself, not to the interpreter, and look at her "
                            "while her words are being translated."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: әңгіме аудармашымен емес, тараппен жүреді.",
                        "ru": "Верно: разговор идёт со стороной, а не с переводчиком.",
                        "en": (
                            "Correct: the conversation is with the party, not with the interpreter."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бәрі, соның ішінде эмоциялы сөздер де аударылуы үшін қысқа "
                            "сөйлемдермен сөйлеп, үзіліс жасап отыру."
                        ),
                        "ru": (
                            "Говорить короткими фразами и делать паузы, чтобы переводилось всё, "
                            "включая эмоциональные слова."
                        ),
                        "en": (
                            "Use short sentences and pause, so that everything is translated, "
                            "including emotional words."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: эмоциялы сөздер де тараптың сезімі туралы ақпарат береді.",
                        "ru": (
                            "Верно: эмоциональные слова тоже несут информацию о чувствах стороны."
                        ),
                        "en": "Correct: emotional words also tell you what the party feels.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Дұрыс түсінгенін тексеру үшін тараптан негізгі ойларды өз сөзімен "
                            "қайталауын өтіну."
                        ),
                        "ru": (
                            "Попросить сторону пересказать ключевые моменты своими словами, чтобы "
                            "проверить понимание."
                        ),
                        "en": (
                            "Ask the party to restate the key points in their own words to check "
                            "understanding."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: аударма арқылы жұмыс істегенде түсінікті тексеру ерекше "
                            "маңызды."
                        ),
                        "ru": "Верно: при работе через перевод проверка понимания особенно важна.",
                        "en": (
                            "Correct: checking understanding matters even more when you work "
                            "through translation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі тілді де білетіндіктен және апа оған сенетіндіктен, аударуды "
                            "Гүлнар апаның немересіне тапсыру."
                        ),
                        "ru": (
                            "Поручить перевод внуку Гульнар апа: он знает оба языка, и она ему "
                            "доверяет."
                        ),
                        "en": (
                            "Ask Gulnar apa's grandson to interpret, since he knows both "
                            "languages and she trusts him."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бір тараптың туысы екінші тарап үшін бейтарап емес. Аудармашыға екі "
                            "тарап та сенуі керек."
                        ),
                        "ru": (
                            "Родственник одной стороны не нейтрален в глазах другой. Переводчику "
                            "должны доверять обе стороны."
                        ),
                        "en": (
                            "A relative of one party is not neutral in the other party's eyes. "
                            "Both sides must trust the interpreter."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Уақытты үнемдеу үшін аудармашыдан әр тараптың сөзін қысқаша ғана "
                            "жеткізуді сұрау."
                        ),
                        "ru": (
                            "Чтобы сэкономить время, просить переводчика передавать слова сторон "
                            "лишь вкратце."
                        ),
                        "en": (
                            "To save time, ask the interpreter to give only a short version of "
                            "what each party says."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Қысқаша аударма сезімді жоғалтады, ал тарап өзін тыңдамағандай "
                            "сезінеді. Ерлан «Су келмей жатыр дейді» деп қана аударғанда дәл "
                            "осылай болды."
                        ),
                        "ru": (
                            "Краткий перевод теряет чувства, и сторона ощущает, что её не слышат. "
                            "Так и случилось, когда Ерлан перевёл лишь «Она говорит, вода не "
                            "идёт»."
                        ),
                        "en": (
                            "A short version loses the feelings, and the party feels unheard. "
                            "This is what happened when Yerlan translated only “She says the "
                            "water isn't coming.”"
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Аудармашыға екі тарап та сенуі және ол құпиялылық пен бейтараптық туралы "
                    "білуі керек. Келіссөз жүргізуші тараптың өзіне қарата сөйлейді, қысқа "
                    "сөйлемдермен, үзіліс жасап сөйлейді және түсінікті тексереді."
                ),
                "ru": (
                    "Переводчику должны доверять обе стороны, и он должен знать о "
                    "конфиденциальности и нейтральности. Переговорщик обращается к самой стороне, "
                    "говорит короткими фразами с паузами и проверяет понимание."
                ),
                "en": (
                    "Both sides must trust the interpreter, who is briefed on confidentiality and "
                    "neutrality. The negotiator speaks to the party, uses short sentences with "
                    "pauses and checks understanding."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "acknowledging-is-not-agreeing",
            "text": {
                "kk": (
                    "<p>Арман ауыл чатындағы қорлайтын жазбаға қатты ашулы. Келіссөз жүргізуші: "
                    "«Осы жазбаға қатты ашуланып отырғаныңызды көріп тұрмын», — дейді. Бұл сөз "
                    "арқылы келіссөз жүргізуші Арманның екінші отбасына деген ашуы орынды деп "
                    "келіседі. Дұрыс па?</p>"
                ),
                "ru": (
                    "<p>Арман в ярости из-за оскорбительного сообщения в сельском чате. "
                    "Переговорщик говорит: «Я вижу, что вы очень рассержены из-за этого "
                    "сообщения». Этими словами переговорщик соглашается, что гнев Армана на "
                    "другую семью оправдан. Верно?</p>"
                ),
                "en": (
                    "<p>Arman is furious about an insulting post in the village chat. The "
                    "negotiator says: “I can see that you are very angry about this post.” By "
                    "saying this, the negotiator agrees that Arman's anger at the other family is "
                    "justified. True or false?</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Мойындау келісу дегенді білдірмейді: сезімді атау оны тану ғана, "
                    "айыптауларды қолдау емес. Мойындалған сезім әдетте басылады, ал елеусіз "
                    "қалған сезім күшейе түседі."
                ),
                "ru": (
                    "Неверно. Признать не значит согласиться: назвать чувство — значит признать "
                    "его, а не поддержать обвинения. Признанное чувство обычно утихает, а "
                    "проигнорированное нарастает."
                ),
                "en": (
                    "False. Acknowledging is not agreeing: naming a feeling recognises it without "
                    "endorsing the accusations. An acknowledged feeling usually settles; an "
                    "ignored one grows."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "term-reframing",
            "text": {
                "kk": (
                    "<p>Сатушы: «Базардың бәрін келімсектер басып алды», — дейді. Келіссөз "
                    "жүргізуші: «Сіз табысыңызға және көп жылдан бері сауда жасап келе жатқан "
                    "орныңызды сақтап қалуға алаңдайсыз», — деп жауап береді. Айыптауды мүддеге "
                    "айналдыратын бұл тәсіл қалай аталады? (бір-екі сөз)</p>"
                ),
                "ru": (
                    "<p>Торговец говорит: «Приезжие захватили весь рынок». Переговорщик отвечает: "
                    "«Вы беспокоитесь о своём доходе и о том, чтобы сохранить место, где торгуете "
                    "много лет». Как называется этот приём, превращающий обвинение в интерес? "
                    "(одно-два слова)</p>"
                ),
                "en": (
                    "<p>A trader says: “Newcomers have taken over the whole market.” The "
                    "negotiator replies: “You are worried about your income and about keeping the "
                    "trading place you have had for many years.” What is this technique of "
                    "turning an accusation into an interest called? (one or two words)</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "рефрейминг",
                        "fraction": 1.0,
                    },
                    {
                        "text": "қайта тұжырымдау",
                        "fraction": 1.0,
                    },
                ],
                "ru": [
                    {
                        "text": "рефрейминг",
                        "fraction": 1.0,
                    },
                    {
                        "text": "переформулирование",
                        "fraction": 1.0,
                    },
                ],
                "en": [
                    {
                        "text": "reframing",
                        "fraction": 1.0,
                    },
                    {
                        "text": "reframe",
                        "fraction": 1.0,
                    },
                    {
                        "text": "re-framing",
                        "fraction": 1.0,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — рефрейминг (қайта тұжырымдау): сөздің мағынасы мен сезімі сақталады, "
                    "ал жапсырма («келімсектер») мен жалпылау («бәрін») алынып, артындағы мүдде — "
                    "табыс пен сауда орны — көрінеді."
                ),
                "ru": (
                    "Это рефрейминг (переформулирование): смысл и чувство сохранены, а ярлык "
                    "(«приезжие») и обобщение («весь») убраны, и виден стоящий за ними интерес — "
                    "доход и торговое место."
                ),
                "en": (
                    "This is reframing: the meaning and feeling are kept, the label (“newcomers”) "
                    "and the generalisation (“the whole market”) are removed, and the interest "
                    "behind them, income and the trading place, becomes visible."
                ),
            },
        },
        {
            "type": "matching",
            "name": "question-types-water",
            "text": {
                "kk": (
                    "<p>Келіссөз жүргізуші екі шаруа отбасы арасындағы суармалы су дауымен жұмыс "
                    "істеп жатыр. Әр сұрақты оның түрімен сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Переговорщик работает со спором двух фермерских семей о поливной воде. "
                    "Сопоставьте каждый вопрос с его типом.</p>"
                ),
                "en": (
                    "<p>A negotiator is working on a dispute between two farming families over "
                    "irrigation water. Match each question to its type.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "«Бұл дауда сіз үшін ең маңыздысы не?»",
                        "ru": "«Что для вас важнее всего в этом споре?»",
                        "en": "“What matters most to you in this dispute?”",
                    },
                    "answer": {
                        "kk": "Ашық сұрақ",
                        "ru": "Открытый вопрос",
                        "en": "Open question",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Сейсенбі күні су учаскеңізге жетті ме?»",
                        "ru": "«Во вторник вода дошла до вашего участка?»",
                        "en": "“Did the water reach your plot on Tuesday?”",
                    },
                    "answer": {
                        "kk": "Жабық сұрақ",
                        "ru": "Закрытый вопрос",
                        "en": "Closed question",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "«Көршіңіздің отбасы арық басындағы бейнені қалай қабылдады деп "
                            "ойлайсыз?»"
                        ),
                        "ru": "«Как, по-вашему, семья соседа восприняла видео у арыка?»",
                        "en": (
                            "“How do you think your neighbour's family saw the video at the canal?”"
                        ),
                    },
                    "answer": {
                        "kk": "Шеңберлі сұрақ",
                        "ru": "Циркулярный вопрос",
                        "en": "Circular question",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "«Қақпақты бейтарап адам бақылайтын болса, сіз үшін не өзгерер еді?»"
                        ),
                        "ru": (
                            "«Допустим, за затвором следил бы нейтральный человек — что "
                            "изменилось бы для вас?»"
                        ),
                        "en": (
                            "“Suppose a neutral person were in charge of the gate; what would "
                            "change for you?”"
                        ),
                    },
                    "answer": {
                        "kk": "Болжамды сұрақ",
                        "ru": "Гипотетический вопрос",
                        "en": "Hypothetical question",
                    },
                },
                {
                    "prompt": {
                        "kk": "«Қақпақты түнде ашу дұрыс болмағанымен келісесіз ғой?»",
                        "ru": "«Вы же согласны, что открывать затвор ночью было неправильно?»",
                        "en": "“You agree it was wrong to open the gate at night, don't you?”",
                    },
                    "answer": {
                        "kk": "Жетелейтін сұрақ (одан аулақ болу керек)",
                        "ru": "Наводящий вопрос (его следует избегать)",
                        "en": "Leading question (to be avoided)",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ашық сұрақ әңгімелеуге шақырады, жабық сұрақ фактіні тексереді, шеңберлі "
                    "сұрақ жағдайға басқаның көзімен қаратады, болжамды сұрақ нұсқаны "
                    "міндеттемесіз сынайды. Жетелейтін сұрақ жауапты алдын ала көрсетеді, "
                    "сондықтан одан аулақ болу керек."
                ),
                "ru": (
                    "Открытый вопрос приглашает к рассказу, закрытый проверяет факт, циркулярный "
                    "предлагает взглянуть глазами другого, гипотетический проверяет вариант без "
                    "обязательств. Наводящий вопрос подсказывает ответ, поэтому его избегают."
                ),
                "en": (
                    "An open question invites a story, a closed one checks a fact, a circular one "
                    "asks the person to look through someone else's eyes, and a hypothetical one "
                    "tests an option without commitment. A leading question suggests the answer, "
                    "so avoid it."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "reframing-steps",
            "text": {
                "kk": (
                    "<p>Айыптауды қайта тұжырымдау қадамдарын сабақтағы ретпен орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Расположите шаги переформулирования обвинения в том порядке, как они даны "
                    "в уроке.</p>"
                ),
                "en": (
                    "<p>Put the steps of reframing an accusation in the order given in the "
                    "lesson.</p>"
                ),
            },
            "items": [
                {
                    "kk": "Сезімді (ашу, қорқыныш, өкпе) аңғарып, оны атау",
                    "ru": "Услышать чувство (гнев, страх, обиду) и назвать его",
                    "en": "Listen for the feeling (anger, fear, offence) and name it",
                },
                {
                    "kk": "Айыптаудың артындағы мүддені немесе құндылықты табу",
                    "ru": "Найти интерес или ценность, стоящие за обвинением",
                    "en": "Find the interest or value behind the accusation",
                },
                {
                    "kk": (
                        "Жапсырмаларды, жалпылауды және қажетсіз этникалық сілтемелерді алып тастау"
                    ),
                    "ru": "Убрать ярлыки, обобщения и ненужные упоминания национальности",
                    "en": (
                        "Remove labels, generalisations and unnecessary references to nationality"
                    ),
                },
                {
                    "kk": "Әңгімені өткеннен болашаққа бұру",
                    "ru": "Повернуть разговор от прошлого к будущему",
                    "en": "Turn the conversation from the past to the future",
                },
                {
                    "kk": "Сөйлеушіден тексеру: «Сізді дұрыс түсіндім бе?»",
                    "ru": "Проверить у говорящего: «Я правильно вас понял?»",
                    "en": "Check with the speaker: “Have I understood you correctly?”",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Рефрейминг сезімнен басталып, мүддеге өтеді, тілді жапсырмалардан тазартады, "
                    "әңгімені болашаққа бұрады және сөйлеушіден тексерумен аяқталады, сонда адам "
                    "өз сөзін таниды."
                ),
                "ru": (
                    "Рефрейминг идёт от чувства к интересу, очищает речь от ярлыков, поворачивает "
                    "разговор к будущему и заканчивается проверкой у говорящего, чтобы тот узнал "
                    "свои слова."
                ),
                "en": (
                    "Reframing moves from the feeling to the interest, clears the language of "
                    "labels, turns the talk to the future and ends with a check, so that the "
                    "speaker still recognises their own words."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "when-to-call-a-break",
            "text": {
                "kk": (
                    "<p>Ауылдағы тойдан кейінгі жанжал бойынша бірлескен кездесу жүріп жатыр. "
                    "Сабақ бойынша қай жағдайларда үзіліс жариялау керек? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Идёт совместная встреча по ссоре в селе после свадьбы. В каких ситуациях, "
                    "согласно уроку, следует объявить перерыв? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>A joint meeting is under way about a village quarrel after a wedding. In "
                    "which situations does the lesson say you should call a break? Choose all "
                    "that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Дауыстар көтеріле береді, ескертуден кейін де ережелер сақталмайды."
                        ),
                        "ru": (
                            "Голоса звучат всё громче, и правила не соблюдаются даже после "
                            "напоминания."
                        ),
                        "en": (
                            "Voices keep rising, and the ground rules are not kept even after a "
                            "reminder."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: ескерту көмектеспесе, үзіліс қажет.",
                        "ru": "Верно: если напоминание не помогло, нужен перерыв.",
                        "en": "Correct: if a reminder does not help, a break is needed.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бір тарап екінші тараптың ұлтын не дінін қорлайтын сөз айтуға шақ тұр."
                        ),
                        "ru": "Одна сторона вот-вот оскорбит национальность или религию другой.",
                        "en": (
                            "One party is about to insult the other side's nationality or religion."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: кейін қайтып алуға болмайтын сөздің алдын алу керек.",
                        "ru": (
                            "Верно: нужно не допустить слов, которые потом нельзя забрать назад."
                        ),
                        "en": "Correct: prevent words that cannot be taken back.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Тарапқа ұсынысқа жауап бермес бұрын туыстарымен немесе ақсақалдармен "
                            "ақылдасу керек."
                        ),
                        "ru": (
                            "Стороне нужно посоветоваться с родственниками или аксакалами, прежде "
                            "чем ответить на предложение."
                        ),
                        "en": (
                            "A party needs to consult relatives or elders before answering a "
                            "proposal."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: ақылдасуға уақыт беру шешімді берік етеді.",
                        "ru": "Верно: время на совет делает решение прочнее.",
                        "en": "Correct: time to consult makes the decision sounder.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келіссөз жүргізуші өз шыдамының немесе бейтараптығының таусылып бара "
                            "жатқанын байқайды."
                        ),
                        "ru": "Переговорщик замечает, что сам теряет терпение или нейтральность.",
                        "en": (
                            "The negotiator notices that he himself is losing patience or "
                            "neutrality."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: үзіліс келіссөз жүргізушінің өзіне де керек болуы мүмкін.",
                        "ru": "Верно: перерыв может понадобиться и самому переговорщику.",
                        "en": "Correct: the negotiator may need the break too.",
                    },
                },
                {
                    "text": {
                        "kk": "Қиын сұрақтан кейін тарап біраз уақыт үнсіз отыр.",
                        "ru": "После трудного вопроса сторона какое-то время молчит.",
                        "en": "After a difficult question a party stays silent for a while.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Үнсіздік ойлануды білдіруі мүмкін, ол міндетті түрде келісім де, "
                            "дағдарыс та емес. Адамға ойлануға уақыт беріңіз."
                        ),
                        "ru": (
                            "Молчание может означать раздумье, а не согласие или кризис. Дайте "
                            "человеку подумать."
                        ),
                        "en": (
                            "Silence may mean thinking, not agreement or a crisis. Give the "
                            "person time to think."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бір отбасының үлкені қатты дауыспен сөйлейді, бірақ бұл оның "
                            "әдеттегі сөйлеу мәнері және ол ережені сақтайды."
                        ),
                        "ru": (
                            "Старший одной из семей говорит громко, но это его обычная манера, и "
                            "он соблюдает правила."
                        ),
                        "en": (
                            "An elder from one family speaks loudly, but that is his usual way of "
                            "speaking and he keeps the rules."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Қатты дауыс бір отбасында кәдімгі сөйлеу мәнері болуы мүмкін. Үзіліс "
                            "дауыс қаттылығы үшін емес, ережелер бұзылғанда керек."
                        ),
                        "ru": (
                            "Громкий голос в одной семье может быть обычной речью. Перерыв нужен, "
                            "когда нарушаются правила, а не из-за громкости."
                        ),
                        "en": (
                            "A loud voice may be ordinary speech in one family. A break is needed "
                            "when the rules break down, not because of volume."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Үзіліс — жеңіліс емес, құрал. Ол ережелер бұзылғанда, қайтып алуға болмайтын "
                    "сөз айтылуға шақ тұрғанда, тарапқа ақылдасу керек болғанда немесе келіссөз "
                    "жүргізуші бейтараптығын жоғалтып бара жатқанда жарияланады — бейтарап түрде "
                    "және екі тарапқа бірдей."
                ),
                "ru": (
                    "Перерыв — инструмент, а не поражение. Его объявляют, когда нарушаются "
                    "правила, когда вот-вот прозвучит то, что нельзя забрать назад, когда стороне "
                    "нужно посоветоваться или когда переговорщик теряет нейтральность, — "
                    "нейтрально и для обеих сторон сразу."
                ),
                "en": (
                    "A break is a tool, not a defeat. Call it when the rules break down, when "
                    "something that cannot be taken back is about to be said, when a party needs "
                    "to consult, or when you are losing neutrality, and announce it neutrally to "
                    "both sides at once."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "separate-meeting-confidentiality",
            "text": {
                "kk": (
                    "<p>Жеке кездесуде Әлімжан ұлының бір рет кезексіз су қақпағын ашқанын "
                    "мойындайды. Ол бұған ұялады және Қайратқа айтпауды өтінеді. Келіссөз "
                    "жүргізуші не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>На отдельной встрече Алимжан признаётся, что однажды его сын открыл "
                    "затвор не в свою очередь. Ему стыдно, и он просит не говорить об этом "
                    "Кайрату. Что должен сделать переговорщик?</p>"
                ),
                "en": (
                    "<p>In a separate meeting, Alimjan admits that once his son opened the canal "
                    "gate out of turn. He is ashamed and asks the negotiator not to tell Kairat. "
                    "What should the negotiator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Айтылғанды құпия сақтап, Қайратқа не жеткізуге болатынын Әлімжанмен "
                            "келісу және тек мүдделер мен ұсыныстарды жеткізу."
                        ),
                        "ru": (
                            "Сохранить сказанное в тайне, согласовать с Алимжаном, что можно "
                            "передать Кайрату, и передавать только интересы и предложения."
                        ),
                        "en": (
                            "Keep what was said confidential, agree with Alimjan what may be "
                            "passed on to Kairat, and carry only interests and proposals."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: жеке кездесудің соңында не жеткізуге болатыны келісіледі, "
                            "қалғанының бәрі құпия болып қалады."
                        ),
                        "ru": (
                            "Верно: в конце отдельной встречи договариваются, что можно передать; "
                            "всё остальное остаётся конфиденциальным."
                        ),
                        "en": (
                            "Correct: at the end of a separate meeting you agree what may be "
                            "passed on; everything else stays confidential."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келесі бірлескен кездесуде Қайратқа айту, өйткені қақпақ туралы "
                            "шындық келісімді тездетеді."
                        ),
                        "ru": (
                            "Рассказать Кайрату на следующей совместной встрече: правда о затворе "
                            "ускорит соглашение."
                        ),
                        "en": (
                            "Tell Kairat at the next joint meeting, because the truth about the "
                            "gate will speed up an agreement."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл құпиялылықты бұзып, Әлімжанды жұрт алдында ұятқа қалдырады; "
                            "сонда ол кез келген келісімнен бас тартуы мүмкін."
                        ),
                        "ru": (
                            "Это нарушает конфиденциальность и публично стыдит Алимжана; после "
                            "этого он может отказаться от любого соглашения."
                        ),
                        "en": (
                            "This breaks confidentiality and shames Alimjan in public; he may "
                            "then refuse any agreement."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қайрат жұрт алдында кешірім сұрауды талап етпейді деп Әлімжанға уәде "
                            "беру."
                        ),
                        "ru": "Пообещать Алимжану, что Кайрат не потребует публичных извинений.",
                        "en": "Promise Alimjan that Kairat will not demand a public apology.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Келіссөз жүргізуші екінші тараптың атынан уәде бермейді.",
                        "ru": "Переговорщик не даёт обещаний от имени другой стороны.",
                        "en": "The negotiator makes no promises on behalf of the other party.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Негізгі факт енді белгілі, сондықтан Қайратпен жеке кездесу өткізбеу."
                        ),
                        "ru": (
                            "Не проводить отдельную встречу с Кайратом: главный факт уже известен."
                        ),
                        "en": (
                            "Skip the separate meeting with Kairat, since the key fact is now "
                            "known."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ешкім жасырын келісім бар деп күдіктенбеуі үшін екі тараппен де "
                            "шамамен бірдей уақыт кездесу керек."
                        ),
                        "ru": (
                            "С обеими сторонами нужно встречаться примерно одинаковое время, "
                            "чтобы никто не заподозрил тайного сговора."
                        ),
                        "en": (
                            "Meet both parties for roughly equal time, so that nobody suspects a "
                            "secret deal."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жеке кездесу ережелері: екі тараппен де шамамен бірдей уақыт; соңында не "
                    "жеткізуге болатынын келісу, қалғаны құпия; қорлау емес, мүдделер мен "
                    "ұсыныстарды жеткізу; екінші тараптың атынан уәде бермеу."
                ),
                "ru": (
                    "Правила раздельных встреч: примерно равное время с обеими сторонами; в конце "
                    "договориться, что можно передать, остальное конфиденциально; передавать "
                    "интересы и предложения, а не оскорбления; не обещать ничего от имени другой "
                    "стороны."
                ),
                "en": (
                    "Rules for separate meetings: roughly equal time with both parties; agree at "
                    "the end what may be passed on, the rest stays confidential; carry interests "
                    "and proposals, not insults; make no promises on behalf of the other party."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "honour-face-saving",
            "text": {
                "kk": (
                    "<p>Тойдан кейінгі жанжалда Бахтияр ака орынды ұсыныстан бас тартады: бүкіл "
                    "ауылдың алдында келісу ол үшін отбасының «беделін түсіру» дегенді білдіреді. "
                    "Сабаққа қай қадам ең жақсы сәйкес келеді?</p>"
                ),
                "ru": (
                    "<p>В ссоре после свадьбы Бахтияр ака отказывается от разумного предложения: "
                    "согласиться на глазах у всего села для него значит «потерять лицо» перед "
                    "семьёй. Какой шаг лучше всего соответствует уроку?</p>"
                ),
                "en": (
                    "<p>In a quarrel after a wedding, Bakhtiyar aka turns down a reasonable "
                    "offer: agreeing in front of the whole village would mean “losing face” for "
                    "his family. Which step best fits the lesson?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Абыройды сақтайтын жол ұсыну: оңаша сөйлесу, кімнің кінәлі екенін "
                            "атамайтын тұжырым және бір жақты кешірімнің орнына құрметті "
                            "ақсақалдың батасымен бірлескен мәлімдеме."
                        ),
                        "ru": (
                            "Предложить путь с сохранением лица: разговор наедине, формулировки "
                            "без указания виноватого и совместное заявление с благословения "
                            "уважаемого аксакала вместо односторонних извинений."
                        ),
                        "en": (
                            "Offer a face-saving path: a private talk, wording that does not say "
                            "who was to blame, and a joint statement with the blessing of a "
                            "respected aksakal instead of a one-sided apology."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: бұлар — сабақта аталған абыройды сақтау тәсілдері.",
                        "ru": "Верно: это способы сохранения лица, названные в уроке.",
                        "en": "Correct: these are the face-saving ways named in the lesson.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ұсыныстың шын мәнінде тиімді екенін және намыс кедергі болмауы "
                            "керектігін түсіндіру."
                        ),
                        "ru": (
                            "Объяснить, что предложение объективно выгодное и гордость не должна "
                            "мешать."
                        ),
                        "en": (
                            "Explain that the offer is objectively good and that pride should not "
                            "stand in the way."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Көп отбасы үшін намыс материалдық пайдадан да ауыр; онымен дауласу "
                            "ұстанымды тек қатайтады."
                        ),
                        "ru": (
                            "Для многих семей честь весит больше материальной выгоды; спор с этим "
                            "только ужесточит позицию."
                        ),
                        "en": (
                            "For many families honour weighs more than material gain; arguing "
                            "with it only hardens the position."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өкпесі үшін екінші отбасы оған ақшалай өтемақы төлесін деп ұсыну.",
                        "ru": (
                            "Предложить, чтобы другая семья выплатила ему денежную компенсацию за "
                            "обиду."
                        ),
                        "en": "Suggest that the other family pay him money for the offence.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Өкпені ақша емес, мойындау және көбіне ізгі ниет белгісі шешеді.",
                        "ru": "Обиду снимают не деньги, а признание и часто жест доброй воли.",
                        "en": (
                            "Offence is settled not by money but by recognition and often a "
                            "gesture of goodwill."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ол жеңген болып көрінуі үшін екінші отбасынан ауыл чатында бірінші "
                            "болып кешірім сұрауды талап ету."
                        ),
                        "ru": (
                            "Потребовать, чтобы другая семья первой извинилась в сельском чате и "
                            "он выглядел победителем."
                        ),
                        "en": (
                            "Demand that the other family apologise first in the village chat, so "
                            "that he looks like the winner."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл бір тараптың абыройын екіншісінің есебінен сақтайды. Сабақ бір "
                            "жақты кешірімнің орнына бірлескен мәлімдемені ұсынады."
                        ),
                        "ru": (
                            "Так лицо одной стороны сохраняется за счёт другой. Урок предлагает "
                            "совместное заявление вместо односторонних извинений."
                        ),
                        "en": (
                            "This saves one side's face at the other's expense. The lesson "
                            "suggests a joint statement instead of a one-sided apology."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Көп отбасы үшін ар-намыс пен туыстар және ауыл алдында ұятқа қалу қаупі "
                    "материалдық шығыннан да ауыр. Келіссөз жүргізуші адамдарға абыройын сақтай "
                    "отырып келісуге мүмкіндік береді."
                ),
                "ru": (
                    "Для многих семей честь и страх опозориться перед родственниками и селом "
                    "весят больше материальных потерь. Переговорщик даёт людям возможность "
                    "согласиться, сохранив лицо."
                ),
                "en": (
                    "For many families honour and the fear of being shamed before relatives and "
                    "the village weigh more than material loss. The negotiator gives people ways "
                    "to agree while keeping face."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-school-fight",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан құрастырылған мысал. Қостанай облысындағы аудан орталығының "
                    "мектебінде үзіліс кезінде қазақ тілінде оқитын сынып пен орыс тілінде оқитын "
                    "сыныптың екі оқушысы төбелесіп қалды. Бейне ата-аналардың WhatsApp тобына "
                    "тарап, астына «олардың бәрі сондай» деген түсініктемелер жазылды. Мектеп "
                    "директоры Ассамблеяның өңірлік құрылымынан келіссөз жүргізуші шақырды. "
                    "Бірлескен кездесуде Айгүл қазақша: «Төбелесті үнемі солардың балалары "
                    "бастайды, ал мектеп оларды қорғайды», — дейді. Сергей орысша: «Ұлымды "
                    "жұрттың көзінше ұрды, енді біздің отбасы көшіп кетуі керек деп жазып жатыр. "
                    "Олармен қол алыспаймын», — дейді.</p><p>Жазбаша талдаңыз: (1) әр ата-ананың "
                    "сөзінің артында қандай сезім мен мүдде тұр және әрқайсысының сөзін қалай "
                    "қайта тұжырымдар едіңіз; (2) екі отбасының абыройын сақтауға қандай қадамдар "
                    "көмектеседі; (3) бірлескен кездесуді жалғастырасыз ба, үзіліс жасайсыз ба, "
                    "әлде жеке кездесулер өткізесіз бе және мұны қалай әділ өткізесіз; (4) "
                    "кездесуді екі тілде қалай ұйымдастырасыз.</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В школе районного центра Костанайской области на "
                    "перемене подрались два ученика — из класса с казахским языком обучения и из "
                    "класса с русским. Видео разошлось по родительскому чату в WhatsApp, под ним "
                    "появились комментарии «они все такие». Директор школы пригласил "
                    "переговорщика из региональной структуры Ассамблеи. На совместной встрече "
                    "Айгуль говорит по-казахски: «Драки всегда начинают их дети, а школа их "
                    "защищает». Сергей говорит по-русски: «Моего сына избили на глазах у всех, а "
                    "теперь пишут, что нашей семье надо уехать. Я им руки не "
                    "подам».</p><p>Письменно разберите: (1) какие чувства и интересы стоят за "
                    "словами каждого родителя и как бы вы переформулировали высказывание каждого; "
                    "(2) какие шаги помогут обеим семьям сохранить лицо; (3) продолжите ли вы "
                    "совместную встречу, объявите перерыв или проведёте раздельные встречи и как "
                    "сделать это справедливо; (4) как вы организуете встречу на двух языках.</p>"
                ),
                "en": (
                    "<p>This is an invented example. At a school in a district centre in Kostanay "
                    "region, two pupils, one from a Kazakh-medium class and one from a "
                    "Russian-medium class, got into a fight during a break. A video spread in the "
                    "parents' WhatsApp group, with comments such as “they are all like that”. The "
                    "head teacher invited a negotiator from the regional structure of the "
                    "Assembly. At the joint meeting Aigul says in Kazakh: “Their children always "
                    "start the fights, and the school protects them.” Sergei says in Russian: “My "
                    "son was beaten in front of everyone, and now people write that our family "
                    "should leave. I will not shake hands with them.”</p><p>Analyse in writing: "
                    "(1) what feelings and interests lie behind each parent's words, and how you "
                    "would reframe each statement; (2) which steps would help both families keep "
                    "face; (3) whether you would continue the joint meeting, call a break or hold "
                    "separate meetings, and how you would do it fairly; (4) how you would run the "
                    "meeting in two languages.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Екі ата-ананың да сөзі бейтарап тілде, жапсырма мен жалпылаусыз "
                            "мүддеге айналдырылған және сөйлеушіден тексеру көзделген."
                        ),
                        "ru": (
                            "Высказывания обоих родителей переформулированы в интересы "
                            "нейтральным языком, без ярлыков и обобщений, предусмотрена проверка "
                            "у говорящего."
                        ),
                        "en": (
                            "Both parents' statements are reframed into interests in neutral "
                            "language, without labels or generalisations, with a check with the "
                            "speaker."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Екі тараптың сезімі (ашу, өкпе, намыс, ұят) айыптаулармен келіспей "
                            "мойындалған; абыройды сақтайтын нақты қадамдар ұсынылған."
                        ),
                        "ru": (
                            "Чувства обеих сторон (гнев, обида, честь, стыд) признаны без "
                            "согласия с обвинениями; предложены конкретные шаги для сохранения "
                            "лица."
                        ),
                        "en": (
                            "The feelings of both sides (anger, offence, honour, shame) are "
                            "acknowledged without agreeing with the accusations; concrete "
                            "face-saving steps are suggested."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Үзіліс немесе жеке кездесу туралы шешім негізделген, оны әділ өткізу "
                            "жолы сипатталған: бірдей уақыт, құпиялылық, екінші тарап атынан уәде "
                            "бермеу."
                        ),
                        "ru": (
                            "Решение о перерыве или раздельных встречах обосновано, описано, как "
                            "провести их справедливо: равное время, конфиденциальность, никаких "
                            "обещаний от имени другой стороны."
                        ),
                        "en": (
                            "The decision on a break or separate meetings is justified, and fair "
                            "conduct is described: equal time, confidentiality, no promises on "
                            "behalf of the other side."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Екі тілге бірдей құрмет көрсетілген: кездесу тілі келісілген, әр "
                            "тілге бірдей уақыт беріліп, негізгі ойлар екі тілде түйінделген."
                        ),
                        "ru": (
                            "Проявлено равное уважение к двум языкам: язык встречи согласован, "
                            "каждому языку дано равное время, главное резюмировано на обоих."
                        ),
                        "en": (
                            "Equal respect for both languages: the language of the meeting is "
                            "agreed, each language gets equal time, and key points are summarised "
                            "in both."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауап екі сөздің артынан да өкпені, баланың қауіпсіздігіне алаңдауды "
                    "және отбасының абыройын көреді. Мысалы, Айгүлдің сөзі: «Кімнің баласы болса "
                    "да, төбелес әділ қаралғанын қалайсыз»; Сергейдің сөзі: «Ұлыңыздың "
                    "қауіпсіздігі сіз үшін маңызды, ал отбасыңызға мұнда орын жоқ дегендей "
                    "жазылғаны қатты батып тұр». Жауапта сезімдер айыптаулармен келіспей "
                    "мойындалады, абыройды сақтау жолдары (оңаша әңгіме, кінәліні атамайтын "
                    "тұжырым, бір жақты кешірімнің орнына бірлескен мәлімдеме) ұсынылады, үзіліс "
                    "немесе жеке кездесу таңдауы негізделеді және екі тілге бірдей уақыт беріледі."
                ),
                "ru": (
                    "Хороший ответ слышит за обоими высказываниями обиду, тревогу за безопасность "
                    "ребёнка и достоинство семьи. Например, Айгуль: «Вы хотите, чтобы драки "
                    "разбирали справедливо, чей бы ребёнок ни был замешан»; Сергей: «Безопасность "
                    "сына для вас важна, и вам очень больно, что о вашей семье пишут, будто ей "
                    "здесь не место». В ответе чувства признаются без согласия с обвинениями, "
                    "предложены способы сохранить лицо (разговор наедине, формулировки без "
                    "виноватого, совместное заявление вместо односторонних извинений), обоснован "
                    "выбор перерыва или раздельных встреч, и обоим языкам дано равное время."
                ),
                "en": (
                    "A good answer hears offence, worry for the child's safety and the family's "
                    "dignity behind both statements. For example, Aigul: “You want fights to be "
                    "dealt with fairly, whoever's child is involved”; Sergei: “Your son's safety "
                    "matters to you, and it hurts that people write as if your family does not "
                    "belong here.” The answer acknowledges feelings without agreeing with the "
                    "accusations, suggests face-saving steps (a private talk, wording that names "
                    "no culprit, a joint statement instead of a one-sided apology), justifies the "
                    "choice of a break or separate meetings, and gives both languages equal time."
                ),
            },
        },
    ],
}
