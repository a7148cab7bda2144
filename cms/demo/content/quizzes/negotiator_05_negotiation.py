"""Quiz for module 5 of the negotiator-ethnomediator course: negotiation."""

QUIZ = {
    "module": "negotiation",
    "title": {
        "kk": "5-модуль бойынша тест",
        "ru": "Тест по модулю 5",
        "en": "Module 5 test",
    },
    "intro": {
        "kk": (
            "<p>Тест ұстанымдар мен мүдделерді, BATNA мен кету нүктесін, нұсқалар іздеуді, "
            "көпжақты келіссөзді, дағдарыстық келіссөзді және дауды медиацияға беруді қамтиды. "
            "Тесттен өту үшін кемінде 70 % жинау керек. Кейс бойынша жазбаша жауапты жаттықтырушы "
            "бағалайды.</p>"
        ),
        "ru": (
            "<p>Тест охватывает позиции и интересы, НАОС и точку отказа, поиск вариантов, "
            "многосторонние и кризисные переговоры и передачу спора в медиацию. Для сдачи нужно "
            "набрать не менее 70 %. Письменный ответ по кейсу оценивает тренер.</p>"
        ),
        "en": (
            "<p>The test covers positions and interests, BATNA and the reservation point, "
            "generating options, multi-party and crisis negotiation, and handing a dispute over "
            "to mediation. You need at least 70 % to pass. The written case-study answer is "
            "graded by the trainer.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "position-or-interest-cafe",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы бір қалада тұрғын көршісінің дәмханасын кешкі сағат "
                    "онда жабуды талап етеді. Жеке әңгімеде ол: «Мен жұмысқа таңғы алтыда "
                    "шығамын, ал музыка ұйықтатпайды», — дейді. Төмендегінің қайсысы оның "
                    "<strong>мүддесі</strong>?</p>"
                ),
                "ru": (
                    "<p>В городе Туркестанской области житель требует, чтобы соседнее кафе "
                    "закрывалось в десять вечера. В личной беседе он говорит: «Я выхожу на работу "
                    "в шесть утра, а музыка не даёт спать». Что из перечисленного — его "
                    "<strong>интерес</strong>?</p>"
                ),
                "en": (
                    "<p>In a town in Turkistan region, a resident demands that his neighbour's "
                    "café close at ten in the evening. In a private talk he says: “I start work "
                    "at six in the morning, and the music keeps me awake.” Which of the following "
                    "is his <strong>interest</strong>?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Таңертеңгі ерте ауысым алдында ұйықтап алу",
                        "ru": "Выспаться перед ранней сменой",
                        "en": "Getting enough sleep before an early shift",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл — оның неге мұны талап ететіні, ұстанымның астындағы "
                            "қажеттілік."
                        ),
                        "ru": "Верно: это то, почему он этого требует, — потребность за позицией.",
                        "en": (
                            "Correct: this is why he makes the demand, the need behind the "
                            "position."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Дәмхана кешкі сағат онда жабылуы керек",
                        "ru": "Кафе должно закрываться в десять вечера",
                        "en": "The café must close at ten in the evening",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Бұл — оның ұстанымы: ол алдын ала таңдап қойған жалғыз шешім.",
                        "ru": "Это его позиция: единственное решение, которое он уже выбрал.",
                        "en": "This is his position: the single solution he has already chosen.",
                    },
                },
                {
                    "text": {
                        "kk": "Ештеңе өзгермесе, әкімдікке шағымдану",
                        "ru": "Жалоба в акимат, если ничего не изменится",
                        "en": "A complaint to the akimat if nothing changes",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Бұл — оның баламасы (BATNA): келісім болмаса, не істей алатыны.",
                        "ru": "Это его альтернатива (НАОС): что он может сделать без соглашения.",
                        "en": (
                            "This is his alternative (BATNA): what he can do without an agreement."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Түнгі шуға қатысты санитариялық нормалар",
                        "ru": "Санитарные нормы о ночном шуме",
                        "en": "The sanitary norms on night-time noise",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — нұсқаларды бағалауға болатын объективті өлшем, оның мүддесі "
                            "емес."
                        ),
                        "ru": "Это объективный критерий для оценки вариантов, а не его интерес.",
                        "en": (
                            "This is an objective criterion for judging options, not his interest."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ұстаным — тараптың талап ететіні, мүдде — оның неге мұны талап ететіні. "
                    "Дәмхананы кешкі онда жабу талабының астарында иесіне деген өшпенділік емес, "
                    "ерте ауысым алдында ұйықтап алу тілегі жатуы мүмкін. Ұстанымдар әдетте "
                    "бірін-бірі жоққа шығарады, ал мүдделер көбіне үйлесе алады."
                ),
                "ru": (
                    "Позиция — то, чего сторона требует, интерес — почему. За требованием "
                    "закрывать кафе в десять вечера может стоять желание выспаться перед ранней "
                    "сменой, а не неприязнь к владельцу. Позиции обычно исключают друг друга, "
                    "интересы — нередко нет."
                ),
                "en": (
                    "A position is what a party demands; an interest is why. Behind a demand to "
                    "close a café at ten there may be a wish to sleep before an early shift, not "
                    "hostility towards the owner. Positions usually exclude each other; interests "
                    "often do not."
                ),
            },
        },
        {
            "type": "matching",
            "name": "canal-example-concepts",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы суару арығы туралы мысалды еске түсіріңіз. Әр "
                    "үзіндіні ол көрсететін ұғыммен сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Вспомните разобранный пример об оросительном канале в Туркестанской "
                    "области. Сопоставьте каждый фрагмент с понятием, которое он иллюстрирует.</p>"
                ),
                "en": (
                    "<p>Recall the worked example about the irrigation canal in Turkistan region. "
                    "Match each item with the concept it illustrates.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "«Арықты тазалауға біз ақша төледік, сондықтан су алдымен біздікі»",
                        "ru": (
                            "«Мы заплатили за очистку канала, значит, вода в первую очередь наша»"
                        ),
                        "en": "“We paid for cleaning the canal, so the water is ours first”",
                    },
                    "answer": {
                        "kk": "Ұстаным",
                        "ru": "Позиция",
                        "en": "Position",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Шешуші апталарда қауын-қарбыз егістігіне су және жұмсалған ақшаның "
                            "мойындалуы"
                        ),
                        "ru": "Вода для бахчи в решающие недели и признание потраченных денег",
                        "en": (
                            "Water for the melon fields in the critical weeks and recognition of "
                            "the money spent"
                        ),
                    },
                    "answer": {
                        "kk": "Мүдде",
                        "ru": "Интерес",
                        "en": "Interest",
                    },
                },
                {
                    "prompt": {
                        "kk": "Айларға созылып, артық су бермейтін ауданға шағым",
                        "ru": "Жалоба в район, которая растянется на месяцы и не даст лишней воды",
                        "en": (
                            "A complaint to the district that would drag on for months and bring "
                            "no extra water"
                        ),
                    },
                    "answer": {
                        "kk": "BATNA (ең жақсы балама)",
                        "ru": "НАОС (BATNA)",
                        "en": "BATNA",
                    },
                },
                {
                    "prompt": {
                        "kk": "Ауылға бекітілген су көлемі",
                        "ru": "Объём воды, утверждённый для села",
                        "en": "The volume of water approved for the village",
                    },
                    "answer": {
                        "kk": "Объективті өлшем",
                        "ru": "Объективный критерий",
                        "en": "Objective criterion",
                    },
                },
                {
                    "prompt": {
                        "kk": "Келесі жылғы тазалауға екі көше де ақша салатын ортақ қор",
                        "ru": (
                            "Общий фонд на очистку в следующем году, в который вносят деньги обе "
                            "улицы"
                        ),
                        "en": (
                            "A shared fund for next year's cleaning to which both streets "
                            "contribute"
                        ),
                    },
                    "answer": {
                        "kk": "Өзара тиімді нұсқа",
                        "ru": "Взаимовыгодный вариант",
                        "en": "Option for mutual gain",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ұстаным — тараптың талабы, мүдде — оның астындағы қажеттілік, BATNA — "
                    "келісім болмаса, қолдан келетін ең жақсы шынайы әрекет, объективті өлшем — "
                    "тараптардың еркіне тәуелсіз өлшем, ал өзара тиімді нұсқа екі тараптың да "
                    "мүддесіне жауап береді."
                ),
                "ru": (
                    "Позиция — требование стороны, интерес — потребность за ним, НАОС — лучший "
                    "реалистичный путь без соглашения, объективный критерий — мерка, не зависящая "
                    "от воли сторон, а взаимовыгодный вариант отвечает интересам обеих сторон."
                ),
                "en": (
                    "A position is a party's demand and an interest the need behind it; the BATNA "
                    "is the best realistic course without an agreement; an objective criterion "
                    "does not depend on the parties' will; and an option for mutual gain meets "
                    "the interests of both sides."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "reservation-point-stays-private",
            "text": {
                "kk": (
                    "<p>Шымкент базарындағы жеке кездесуде Рустам келіссөз жүргізушіге өзі әлі де "
                    "келісетін ең тиімсіз шарттарды айтады. Істі тездету үшін келіссөз жүргізуші "
                    "Рустамнан сұрамай-ақ мұны Гүлнараға айта алады. Дұрыс па?</p>"
                ),
                "ru": (
                    "<p>На отдельной встрече на рынке в Шымкенте Рустам называет переговорщику "
                    "наименее выгодные условия, на которые он ещё согласится. Чтобы ускорить "
                    "дело, переговорщик может сообщить их Гульнаре, не спрашивая Рустама. "
                    "Верно?</p>"
                ),
                "en": (
                    "<p>In a private meeting at the Shymkent market, Rustam tells the negotiator "
                    "the least favourable terms he would still accept. To speed things up, the "
                    "negotiator may tell Gulnara about them without asking Rustam. True or "
                    "false?</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Бұл — Рустамның кету нүктесі. Мызғымас ереже: бір тараптың кету "
                    "нүктесін екінші тарапқа ешқашан ашпаңыз; тараптың оңаша айтқаны оның "
                    "рұқсатынсыз жеткізілмейді."
                ),
                "ru": (
                    "Неверно. Это точка отказа Рустама. Твёрдое правило: никогда не раскрывайте "
                    "точку отказа одной стороны другой; сказанное наедине не передаётся без "
                    "разрешения стороны."
                ),
                "en": (
                    "False. These terms are Rustam's reservation point. The firm rule: never "
                    "reveal one party's reservation point to the other; what a party says in "
                    "private is not passed on without its permission."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "batna-reality-check-market",
            "text": {
                "kk": (
                    "<p>Базардағы кіреберістен бұрышқа ауыстырылған Гүлнара: «Сот бұрынғы орнымды "
                    "қайтарып береді», — дейді. Базар ережелері бойынша орындарды әкімшілік "
                    "жазбаша жалдау шарттары негізінде бөледі. Келіссөз жүргізушінің қай "
                    "әрекеттері сабаққа сәйкес келеді? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Гульнара, которую перевели от входа на рынок в угол, говорит: «Суд вернёт "
                    "мне моё старое место». По правилам рынка места распределяет администрация на "
                    "основании письменных договоров аренды. Какие действия переговорщика "
                    "соответствуют уроку? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>Gulnara, who was moved from the market entrance to a corner, says: “The "
                    "court will give me my old place back.” Under the market's rules, places are "
                    "allocated by the administration on the basis of written lease agreements. "
                    "Which actions of the negotiator follow the lesson? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Жеке әңгімеде сот ісі қанша уақытқа созылатынын, қаншаға түсетінін "
                            "және осы уақыт бойы көршілерімен қатар қалай сауда жасайтынын сұрау."
                        ),
                        "ru": (
                            "В личной беседе спросить, сколько времени займёт суд, во что он "
                            "обойдётся и как она будет торговать рядом с соседями всё это время."
                        ),
                        "en": (
                            "In a private conversation, ask how long a court case would take, "
                            "what it would cost and how she would trade next to her neighbours "
                            "meanwhile."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: адамдар баламаларын жиі асыра бағалайды, жұмсақ түрде "
                            "шындықпен салыстыру көмектеседі."
                        ),
                        "ru": (
                            "Верно: люди часто переоценивают свои альтернативы, и мягкая проверка "
                            "реальностью помогает."
                        ),
                        "en": (
                            "Correct: people often overestimate their alternatives, and a gentle "
                            "reality check helps."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Талабының астындағы мүддені табу үшін бұрыштағы орында оны ең көп не "
                            "алаңдататынын сұрау."
                        ),
                        "ru": (
                            "Спросить, что её больше всего беспокоит в месте в углу, чтобы найти "
                            "интерес за её требованием."
                        ),
                        "en": (
                            "Ask what worries her most about the corner place, to find the "
                            "interest behind her demand."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: мұндай сұрақ ұстанымнан мүддеге өтуге көмектеседі.",
                        "ru": "Верно: такой вопрос помогает перейти от позиции к интересу.",
                        "en": (
                            "Correct: such a question helps move from the position to the interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Нұсқаларды бағалау үшін базар ережелері мен жазбаша жалдау шарттарын "
                            "объективті өлшем ретінде қолдануды ұсыну."
                        ),
                        "ru": (
                            "Предложить использовать правила рынка и письменные договоры аренды "
                            "как объективный критерий для оценки вариантов."
                        ),
                        "en": (
                            "Suggest using the market's rules and the written lease agreements as "
                            "an objective criterion for judging options."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: өлшем тарапқа жеңіліп қалғандай көрінбей келісуге мүмкіндік "
                            "береді."
                        ),
                        "ru": "Верно: критерий позволяет согласиться и не выглядеть уступившей.",
                        "en": (
                            "Correct: a criterion lets a party agree without looking as if it "
                            "gave in."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Кез келген ұсынылған келісім ол үшін өз BATNA-сынан жақсы екенін "
                            "тексеру."
                        ),
                        "ru": (
                            "Проверить, что любое предлагаемое соглашение для неё лучше её НАОС."
                        ),
                        "en": (
                            "Check that any proposed agreement is better for her than her BATNA."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: келісім әр тарап оны өз BATNA-сынан жақсы деп есептегенде "
                            "ғана берік болады."
                        ),
                        "ru": (
                            "Верно: соглашение долговечно, только если каждая сторона считает его "
                            "лучше своей НАОС."
                        ),
                        "en": (
                            "Correct: an agreement lasts only if each side sees it as better than "
                            "its own BATNA."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ескерту: «Келіспесеңіз, әкімшілік жалдау шартыңызды жай ғана бұзады»."
                        ),
                        "ru": (
                            "Предупредить: «Не согласитесь — администрация просто расторгнет ваш "
                            "договор аренды»."
                        ),
                        "en": (
                            "Warn her: “If you do not agree, the administration will simply "
                            "cancel your lease.”"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Баламаларды ешқашан қорқыту құралы ретінде қолданбаңыз. Қысыммен "
                            "алынған келісімді тарап кейін өзі бұзуы мүмкін."
                        ),
                        "ru": (
                            "Никогда не используйте альтернативы как угрозу. Соглашение, принятое "
                            "под давлением, сторона может потом сама нарушить."
                        ),
                        "en": (
                            "Never use alternatives as threats. A party pushed into an agreement "
                            "may later break it itself."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өзіңіз әділ деп санайтын нәтижені айтып, оны қабылдауға көмектесу.",
                        "ru": (
                            "Сказать ей, какой итог вы считаете справедливым, и помочь его принять."
                        ),
                        "en": "Tell her which result you consider fair and help her accept it.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Міндет — тараптарға ықтимал келісім аймағын табуға көмектесу, оларды "
                            "өз түсінігіңізге қарай тарту емес."
                        ),
                        "ru": (
                            "Задача — помочь сторонам найти зону возможного соглашения, а не "
                            "тянуть их к своему представлению о справедливости."
                        ),
                        "en": (
                            "Your task is to help the parties find the zone of possible "
                            "agreement, not to pull them towards your own idea of a fair result."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Адамдар өз баламаларын жиі асыра бағалайды («Сот бәрін бізге береді»). Жеке "
                    "әңгімедегі жұмсақ тексеру, мүддеге бағытталған сұрақтар және объективті "
                    "өлшемдер тарапқа келісімді өз BATNA-сымен шынайы салыстыруға көмектеседі. "
                    "Қорқыту мен өз шешіміңізді таңу келісімді әлсіретеді."
                ),
                "ru": (
                    "Люди часто переоценивают свои альтернативы («Суд присудит нам всё»). Мягкая "
                    "проверка в личной беседе, вопросы об интересах и объективные критерии "
                    "помогают стороне честно сравнить соглашение со своей НАОС. Угрозы и "
                    "навязывание своего решения делают соглашение непрочным."
                ),
                "en": (
                    "People often overestimate their alternatives (“The court will give us "
                    "everything”). A gentle private reality check, questions about interests and "
                    "objective criteria help a party compare an agreement honestly with its "
                    "BATNA. Threats and pushing your own solution make an agreement fragile."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "generating-options-steps",
            "text": {
                "kk": "<p>Нұсқаларды іздеу қадамдарын сабақтағы ретпен орналастырыңыз.</p>",
                "ru": (
                    "<p>Расположите шаги поиска вариантов в том порядке, как они даны в уроке.</p>"
                ),
                "en": (
                    "<p>Put the steps of generating options in the order given in the lesson.</p>"
                ),
            },
            "items": [
                {
                    "kk": (
                        "Әр тараптың мүдделерін бейтарап сөздермен тұжырымдап, бәріне көрінетін "
                        "етіп жазу"
                    ),
                    "ru": (
                        "Кратко изложить интересы каждой стороны нейтральными словами и записать "
                        "их на виду у всех"
                    ),
                    "en": (
                        "Summarise each side's interests in neutral words and write them where "
                        "everyone can see them"
                    ),
                },
                {
                    "kk": (
                        "Екі тараптан да мүдделердің екі тізіміне де жауап беретін нұсқаларды "
                        "сынсыз ұсынуды сұрау"
                    ),
                    "ru": (
                        "Попросить обе стороны предложить варианты, отвечающие обоим спискам "
                        "интересов, без критики"
                    ),
                    "en": (
                        "Ask both parties for options that meet both lists of interests, with no "
                        "criticism"
                    ),
                },
                {
                    "kk": (
                        "Уақыты, орны, көлемі, кезектілігі және жұмысты кім атқаратыны бойынша "
                        "түрлендірулер қосу"
                    ),
                    "ru": (
                        "Добавить вариации по времени, месту, объёму, очерёдности и исполнителю "
                        "работы"
                    ),
                    "en": "Add variations by time, place, amount, sequence and who does the work",
                },
                {
                    "kk": (
                        "Нұсқаларды объективті өлшемдермен тексеріп, әр тараптың BATNA-сымен "
                        "салыстыру"
                    ),
                    "ru": (
                        "Проверить варианты объективными критериями и сравнить с НАОС каждой "
                        "стороны"
                    ),
                    "en": (
                        "Test the options against objective criteria and compare them with each "
                        "party's BATNA"
                    ),
                },
                {
                    "kk": (
                        "Ең күшті бөліктерді бір топтамаға біріктіріп, «Бұл шешім сізге тиімді "
                        "болуы үшін не қажет?» деп тексеру"
                    ),
                    "ru": (
                        "Собрать самые сильные части в один пакет и проверить: «Что нужно, чтобы "
                        "это решение вас устроило?»"
                    ),
                    "en": (
                        "Combine the strongest parts into one package and check: “What is needed "
                        "for this to work for you?”"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Негізгі ереже — алдымен ойлап табамыз, содан кейін бағалаймыз. Мүдделер "
                    "жазылғаннан кейін нұсқалар сынсыз жиналады, түрлендіріледі, тек содан кейін "
                    "өлшемдермен және BATNA-мен тексеріліп, бір топтамаға біріктіріледі."
                ),
                "ru": (
                    "Главное правило — сначала придумываем, потом оцениваем. Когда интересы "
                    "записаны, варианты собирают без критики, добавляют вариации и только затем "
                    "проверяют критериями и НАОС и собирают в один пакет."
                ),
                "en": (
                    "The key rule is: first invent, then evaluate. Once the interests are written "
                    "down, options are collected without criticism and varied, and only then "
                    "tested against criteria and the BATNA and combined into one package."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "representative-legitimacy",
            "text": {
                "kk": (
                    "<p>Аудан орталығындағы спорт алаңы туралы дауда бір көшенің ақсақалы «біздің "
                    "барлық жігіттеріміздің» атынан сөйлейтінін айтады. Ал дау ортасында жүрген "
                    "жас жігіттер ол олардың мәселесін білмейтінін және олардан ешнәрсе "
                    "сұрамағанын айтады. Келіссөз жүргізуші не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>В споре о спортивной площадке в районном центре аксакал одной из улиц "
                    "заявляет, что будет говорить от имени «всех наших парней». А молодые люди, "
                    "которые находятся в центре конфликта, говорят, что он не знает их проблем и "
                    "ничего у них не спрашивал. Что должен сделать переговорщик?</p>"
                ),
                "en": (
                    "<p>In a dispute over a sports ground in a district centre, the aksakal of "
                    "one street says he will speak for “all our young men”. But the young men at "
                    "the centre of the conflict say he does not know their problems and never "
                    "asked them. What should the negotiator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Легитимділікті тексеру: жігіттерден кімді өз өкілі деп мойындайтынын "
                            "сұрап, ақсақалмен қатар сол адамды да үстел басына шақыру."
                        ),
                        "ru": (
                            "Проверить легитимность: спросить молодых людей, кого они признают "
                            "своим представителем, и пригласить этого человека за стол наряду с "
                            "аксакалом."
                        ),
                        "en": (
                            "Check legitimacy: ask the young men whom they accept as their "
                            "representative, and invite that person to the table alongside the "
                            "aksakal."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: өкілді топтың өзі мойындауы керек.",
                        "ru": "Верно: представителя должна признавать сама группа.",
                        "en": "Correct: a representative must be accepted by the group itself.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ақсақалды олардың өкілі ретінде қабылдау: ауылда үлкеннің беделі "
                            "жеткілікті."
                        ),
                        "ru": (
                            "Принять аксакала их представителем: авторитета старшего в селе "
                            "достаточно."
                        ),
                        "en": (
                            "Accept the aksakal as their representative: an elder's authority in "
                            "the village is enough."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ақсақалдың беделі зор, бірақ дау ортасындағы жігіттер оны өз өкілі "
                            "деп санамауы мүмкін. Бедел легитимділікпен бірдей емес."
                        ),
                        "ru": (
                            "Аксакала очень уважают, но молодёжь в центре конфликта может не "
                            "считать его своим представителем. Авторитет — не то же самое, что "
                            "легитимность."
                        ),
                        "en": (
                            "An aksakal enjoys great respect, but the young men at the centre of "
                            "the conflict may not see him as their representative. Respect is not "
                            "the same as legitimacy."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әр көшенің өкілін тағайындауды әкімдік өкіліне тапсыру.",
                        "ru": (
                            "Поручить представителю акимата назначить представителей каждой улицы."
                        ),
                        "en": (
                            "Ask the akimat's representative to appoint a representative for each "
                            "street."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Әкімдік бейтарап бақылаушы емес, көбіне өзі де тарап. Оны төреші "
                            "емес, міндеттері айқын қатысушы ретінде шақырады."
                        ),
                        "ru": (
                            "Акимат не нейтральный наблюдатель и часто сам является стороной. Его "
                            "приглашают как участника с ясными обязанностями, а не как судью."
                        ),
                        "en": (
                            "The akimat is not a neutral observer and is often a party itself. It "
                            "is invited as a participant with clear responsibilities, not as a "
                            "judge."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Этномәдени бірлестік төрағасынан өз ұлтының барлық жігіттерінің "
                            "атынан сөйлеуді сұрау."
                        ),
                        "ru": (
                            "Попросить председателя этнокультурного объединения говорить от имени "
                            "всей молодёжи своей национальности."
                        ),
                        "en": (
                            "Ask the chair of the ethnocultural association to speak for all the "
                            "young men of his ethnicity."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бірлестік төрағасы оның мүшелерінің атынан сөйлейді, сол ұлттың "
                            "әрбір адамының атынан емес."
                        ),
                        "ru": (
                            "Председатель объединения говорит от имени его членов, а не каждого "
                            "человека этой национальности."
                        ),
                        "en": (
                            "The chair of an association speaks for its members, not for every "
                            "person of that ethnicity."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Мәселенің мәніне көшпес бұрын әр өкілдің легитимділігін (оны кім таңдады, "
                    "топ оны мойындай ма), өкілеттігін (бірден неге келісе алады) және есеп "
                    "беруін (келісімді өз адамдарына түсіндіре ала ма) тексеру керек."
                ),
                "ru": (
                    "До переговоров по существу нужно проверить у каждого представителя "
                    "легитимность (кто его выбрал и признаёт ли его группа), полномочия (на что "
                    "он может согласиться сразу) и подотчётность (сможет ли он объяснить "
                    "соглашение своим)."
                ),
                "en": (
                    "Before talks on substance, check each representative's legitimacy (who chose "
                    "them and does the group accept them), mandate (what they can agree to on the "
                    "spot) and accountability (can they explain the agreement to their own "
                    "people)."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "multi-party-meeting-setup",
            "text": {
                "kk": (
                    "<p>Сіз спорт алаңын кешкі уақытта пайдалану туралы ортақ кездесуге "
                    "дайындалып жатырсыз: екі көшенің тұрғындары, мектеп, ақсақалдар кеңесі, жас "
                    "ойыншылар және ауылдық округ әкімдігі. Қай қадамдар сабаққа сәйкес келеді? "
                    "Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Вы готовите совместную встречу об использовании спортивной площадки по "
                    "вечерам: жители двух улиц, школа, совет старейшин, молодые игроки и акимат "
                    "сельского округа. Какие шаги соответствуют уроку? Выберите все верные "
                    "ответы.</p>"
                ),
                "en": (
                    "<p>You are preparing a joint meeting about the evening use of a sports "
                    "ground: residents of two streets, the school, a council of elders, the young "
                    "players and the akimat of the rural district. Which steps follow the lesson? "
                    "Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ортақ кездесуге дейін әр тараптың мәселелерін жеке әңгімелерде жинау."
                        ),
                        "ru": (
                            "До совместной встречи собрать вопросы каждой стороны в отдельных "
                            "беседах."
                        ),
                        "en": (
                            "Collect every party's issues in separate conversations before the "
                            "joint meeting."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: күн тәртібі мәселенің мәнін талқылаудан бұрын келісіледі.",
                        "ru": "Верно: повестку согласуют до обсуждения существа.",
                        "en": "Correct: the agenda is agreed before the substance is discussed.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Алдымен шұғыл қауіпсіздік мәселелерін, содан кейін келісім ықтимал "
                            "мәселені қойып, ең қиын мәселелерді кейінге қалдыру."
                        ),
                        "ru": (
                            "Сначала поставить срочные вопросы безопасности, затем вопрос, где "
                            "согласие вероятно, а самые трудные оставить на потом."
                        ),
                        "en": (
                            "Put urgent safety questions first, then an issue on which agreement "
                            "is likely, and leave the hardest questions for later."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: топ алғашқы нәтижені сезінеді, ал қиын мәселелер сенім "
                            "нығайғанда талқыланады."
                        ),
                        "ru": (
                            "Верно: группа почувствует первый успех, а трудные вопросы обсудят, "
                            "когда вырастет доверие."
                        ),
                        "en": (
                            "Correct: the group feels early progress, and the hard questions come "
                            "once trust has grown."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ережелерге, соның ішінде кездесуден кейін әлеуметтік желілерде не "
                            "жариялауға болатынына уағдаласу."
                        ),
                        "ru": (
                            "Договориться о правилах, в том числе о том, что можно публиковать в "
                            "соцсетях после встречи."
                        ),
                        "en": (
                            "Agree ground rules, including what may be posted on social media "
                            "after the meeting."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Дұрыс: әлеуметтік желідегі жазбалар туралы ереже де керек.",
                        "ru": "Верно: нужно правило и о публикациях в соцсетях.",
                        "en": "Correct: a rule on social media posts is needed too.",
                    },
                },
                {
                    "text": {
                        "kk": "Шешімдердің бір жазбаша мәтінін жүргізіп, оны ашық түзету.",
                        "ru": "Вести один письменный текст решений и открыто его дорабатывать.",
                        "en": "Keep one written text of decisions and revise it openly.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бірнеше бәсекелес нұсқаның орнына бір жоба біртіндеп "
                            "жетілдіріледі."
                        ),
                        "ru": (
                            "Верно: вместо нескольких конкурирующих версий дорабатывается один "
                            "проект."
                        ),
                        "en": (
                            "Correct: one draft is improved step by step instead of several "
                            "competing versions."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әр көше бір-бірін көріп отыруы үшін екі көшенің тұрғындарын "
                            "қарама-қарсы отырғызу."
                        ),
                        "ru": (
                            "Посадить жителей двух улиц друг напротив друга, чтобы каждая сторона "
                            "видела другую."
                        ),
                        "en": (
                            "Seat the residents of the two streets facing each other, so that "
                            "each side can see the other."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Топтарды екі команда сияқты қарама-қарсы отырғызбаңыз: оларды "
                            "араластырыңыз немесе орындықтарды шеңбер етіп қойыңыз."
                        ),
                        "ru": (
                            "Не сажайте группы друг напротив друга, как две команды: перемешайте "
                            "их или расставьте стулья по кругу."
                        ),
                        "en": (
                            "Do not seat the groups facing each other like two teams: mix them or "
                            "set the chairs in a circle."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Уақытты үнемдеу үшін даулы мәселелерді қатысушылардың көпшілік "
                            "дауысымен шешу."
                        ),
                        "ru": (
                            "Чтобы сэкономить время, решать спорные вопросы большинством голосов "
                            "участников."
                        ),
                        "en": (
                            "To save time, settle disputed points by a majority vote of the "
                            "participants."
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Көпшілік дауыс беру «біз оларға қарсы» блогын күшейтуі мүмкін. Әр "
                            "тармақ бойынша ортақ келісімге ұмтылыңыз, әсіресе бірегейлікке "
                            "қатысты мәселелерде."
                        ),
                        "ru": (
                            "Голосование большинством может укрепить блок «мы против них». "
                            "Добивайтесь общего согласия по каждому пункту, особенно в вопросах "
                            "идентичности."
                        ),
                        "en": (
                            "A majority vote can strengthen an “us against them” bloc. Seek "
                            "general agreement on each point, especially on questions of identity."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Көпжақты келіссөзде күн тәртібінің өзі келіссөз тақырыбы болады: мәселелер "
                    "алдын ала жиналып, бейтарап аталады, қауіпсіздік пен жеңіл мәселелер алдымен "
                    "қойылады, ережелер мен бір жазбаша мәтін келісіледі, отырғызу тәртібі "
                    "топтарды бір-біріне қарсы қоймайды."
                ),
                "ru": (
                    "В многосторонних переговорах сама повестка становится предметом переговоров: "
                    "вопросы собирают заранее и называют нейтрально, безопасность и более лёгкие "
                    "вопросы ставят первыми, согласуют правила и один письменный текст, а "
                    "рассадка не противопоставляет группы."
                ),
                "en": (
                    "In multi-party talks the agenda itself is negotiated: issues are collected "
                    "in advance and named neutrally, safety and easier issues come first, ground "
                    "rules and one written text are agreed, and the seating does not set the "
                    "groups against each other."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "crisis-first-step",
            "text": {
                "kk": (
                    "<p>Футбол матчынан кейінгі төбелестен соң дәмхананың алдына алпысқа жуық "
                    "адам, негізінен жас жігіттер, жиналды. Оқиға орнында екі полиция қызметкері "
                    "бар. Аудан әкімінің орынбасары сізді шақырды. Келген бойда алдымен не "
                    "істейсіз?</p>"
                ),
                "ru": (
                    "<p>После драки на футбольном матче у кафе собрались около шестидесяти "
                    "человек, в основном молодые мужчины. На месте двое сотрудников полиции. "
                    "Заместитель акима района вызвал вас. Что вы делаете первым делом по "
                    "прибытии?</p>"
                ),
                "en": (
                    "<p>After a fight at a football match, about sixty people, mostly young men, "
                    "have gathered outside a café. Two police officers are on site. The deputy "
                    "akim of the district has called you in. What do you do first on arrival?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Полицияның аға қызметкеріне келгеніңізді хабарлап, өз рөліңізді және "
                            "жұртқа кім сөйлейтінін келісу."
                        ),
                        "ru": (
                            "Сообщить старшему сотруднику полиции о своём прибытии, согласовать "
                            "свою роль и то, кто будет обращаться к людям."
                        ),
                        "en": (
                            "Tell the senior police officer you have arrived, and agree on your "
                            "role and on who will speak to the people."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: қоғамдық тәртіп — полицияның міндеті, ал «бір дауыс» өсектің "
                            "өршуіне жол бермейді."
                        ),
                        "ru": (
                            "Верно: общественный порядок — дело полиции, а «один голос» не даёт "
                            "разрастись слухам."
                        ),
                        "en": (
                            "Correct: public order is the job of the police, and “one voice” "
                            "keeps rumours from spreading."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ең ашулы жігіттерді тауып, олармен бетпе-бет сөйлесу үшін жұрттың "
                            "ортасына кіру."
                        ),
                        "ru": (
                            "Войти в толпу, чтобы найти самых разгневанных парней и поговорить с "
                            "ними лицом к лицу."
                        ),
                        "en": (
                            "Walk into the crowd to find the angriest young men and talk to them "
                            "face to face."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жиналған жұрттың ортасына жалғыз кірмеңіз және шығатын жолды біліп "
                            "жүріңіз: ең алдымен қауіпсіздік."
                        ),
                        "ru": (
                            "Не входите в толпу в одиночку и знайте, где выход: безопасность "
                            "прежде всего."
                        ),
                        "en": (
                            "Do not go into a crowd alone, and know where the way out is: safety "
                            "comes first."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бәрі шындықты естуі үшін «кома» туралы өсекті дауыстап қайталап, оны "
                            "егжей-тегжейлі теріске шығару."
                        ),
                        "ru": (
                            "Громко повторить слух о «коме» и подробно его опровергнуть, чтобы "
                            "все услышали правду."
                        ),
                        "en": (
                            "Repeat the rumour about the “coma” out loud and refute it in detail, "
                            "so that everyone hears the truth."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Өсекті, тіпті теріске шығару үшін болса да, қайталамаңыз. Оған ресми "
                            "органдар растаған фактілермен, қысқа әрі сабырлы хабарламалармен "
                            "жауап беріледі."
                        ),
                        "ru": (
                            "Не повторяйте слух, даже чтобы опровергнуть. На него отвечают "
                            "короткими спокойными сообщениями с фактами, подтверждёнными "
                            "официальными органами."
                        ),
                        "en": (
                            "Do not repeat a rumour, even to refute it. It is answered with "
                            "short, calm messages containing facts confirmed by official bodies."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Жұрт әділдікті көруі үшін төбелесті кім бастағанын анықтай бастау.",
                        "ru": (
                            "Начать выяснять, кто начал драку, чтобы толпа увидела справедливость."
                        ),
                        "en": (
                            "Start finding out who began the fight, so that the crowd sees "
                            "justice being done."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Алдымен сабыр, содан кейін мазмұн. Ашулы жұртпен даудың мәнін "
                            "талқылау — жиі кездесетін қате, ал зорлық-зомбылық полицияның ісі."
                        ),
                        "ru": (
                            "Сначала спокойствие, потом содержание. Обсуждать существо спора с "
                            "разгневанной толпой — типичная ошибка, а насилие — дело полиции."
                        ),
                        "en": (
                            "Calm first, content later. Discussing the substance with an angry "
                            "crowd is a common mistake, and violence is a matter for the police."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Дағдарыстық келіссөздің мақсаты — дауды шешу емес, адамдардың қауіпсіздігін "
                    "сақтап, дауды кейін шешуге жағдай жасау. Алдымен полициямен рөлді және «бір "
                    "дауысты» келісу, содан кейін сабырға шақыру, өкілдерді сайлату және нақты "
                    "келесі қадамды ұсыну керек."
                ),
                "ru": (
                    "Цель кризисных переговоров — не решить спор, а сохранить людей в "
                    "безопасности и создать условия, чтобы решить его позже. Сначала роль и «один "
                    "голос» согласуют с полицией, затем успокаивают людей, просят выбрать "
                    "представителей и предлагают конкретный следующий шаг."
                ),
                "en": (
                    "The aim of crisis negotiation is not to settle the dispute but to keep "
                    "people safe and create the conditions for settling it later. First agree "
                    "your role and “one voice” with the police; then calm people, ask them to "
                    "choose representatives and offer a concrete next step."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "term-batna",
            "text": {
                "kk": (
                    "<p>Рустам: «Әкімшілік мені ауыстырса, сотқа барамын», — дейді. Келіссөз "
                    "теориясында келіссөз сәтсіз аяқталса, тараптың қолынан келетін ең жақсы "
                    "шынайы әрекет жолы қалай аталады? Қысқартуын жазыңыз.</p>"
                ),
                "ru": (
                    "<p>Рустам говорит: «Если администрация меня переведёт, я пойду в суд». Как в "
                    "теории переговоров называется лучший реалистичный путь стороны, если "
                    "переговоры не удадутся? Напишите аббревиатуру.</p>"
                ),
                "en": (
                    "<p>Rustam says: “If the administration moves me, I will go to court.” In "
                    "negotiation theory, what is the best realistic course of action a party has "
                    "if the talks fail called? Give the abbreviation.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "BATNA",
                        "fraction": 1.0,
                    },
                ],
                "ru": [
                    {
                        "text": "НАОС",
                        "fraction": 1.0,
                    },
                    {
                        "text": "BATNA",
                        "fraction": 1.0,
                    },
                ],
                "en": [
                    {
                        "text": "BATNA",
                        "fraction": 1.0,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "BATNA — келісілген шешімнің ең жақсы баламасы: сотқа жүгіну, әкімдікке "
                    "шағымдану, күту. Парасатты тарап кету нүктесін өз BATNA-сына қарап "
                    "белгілейді, ал келіссөз жүргізуші оның қаншалықты шынайы екенін жеке "
                    "әңгімеде тексеруге көмектеседі."
                ),
                "ru": (
                    "НАОС (BATNA) — наилучшая альтернатива обсуждаемому соглашению: суд, жалоба в "
                    "акимат, ожидание. Разумная сторона определяет точку отказа по своей НАОС, а "
                    "переговорщик помогает в личной беседе проверить, насколько она реалистична."
                ),
                "en": (
                    "BATNA is the best alternative to a negotiated agreement: going to court, "
                    "complaining to the akimat, waiting. A sensible party sets its reservation "
                    "point by its BATNA, and the negotiator helps check in private how realistic "
                    "it is."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-handover-after-crisis",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан құрастырылған мысал. Алматы облысындағы бір ауылда бір "
                    "қауымның жас жігіті жүргізген көлік екінші қауымның мопед мінген "
                    "жасөспірімін қағып кетті, жасөспірім жарақат алды. Кешке туыстары әкімдіктің "
                    "алдына жиналды; сіз полициямен және әкімдікпен бірге жұртты сабырға шақыруға "
                    "көмектестіңіз. Дағдарыс кезінде сіз көбіне жасөспірімнің туыстарының қасында "
                    "тұрдыңыз, сол сәттегі суретіңіз ауыл чаттарына тарады. Әкімнің орынбасары "
                    "оқиға орнында бір ай ішінде көшеге жылдамдықты шектейтін кедергілер "
                    "орнатылатынын уәде етті. Бір аптадан кейін көше тынышталды, бірақ екі отбасы "
                    "сөйлеспейді: жасөспірімнің туыстары жүргізушінің отбасы ауылдан кетсін деп "
                    "талап етеді, ал жүргізушінің отбасы чаттардағы қорқытуларға "
                    "шағымданады.</p><p>Алдағы апталарда дауды ресми медиацияға қалай "
                    "беретініңізді сипаттаңыз: нені жазып алып, қадағалайсыз, нені полиция мен "
                    "сотқа қалдырасыз, отбасыларға медиацияны қалай ұсынасыз, медиатор кім болуы "
                    "керек және қауыммен байланысты қалай сақтайсыз.</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В селе Алматинской области машина, которой "
                    "управлял молодой человек из одной общины, сбила подростка на мопеде из "
                    "другой общины; подросток получил травму. Вечером родственники собрались у "
                    "акимата; вместе с полицией и акиматом вы помогли успокоить людей. Во время "
                    "кризиса вы в основном стояли рядом с родственниками подростка, и фотография "
                    "с вами разошлась по сельским чатам. Заместитель акима на месте пообещал, что "
                    "в течение месяца на улице установят лежачих полицейских. Через неделю на "
                    "улице спокойно, но семьи не разговаривают: родственники подростка требуют, "
                    "чтобы семья водителя уехала из села, а семья водителя жалуется на угрозы в "
                    "чатах.</p><p>Опишите, как вы в ближайшие недели передадите спор в формальную "
                    "медиацию: что запишете и проконтролируете, что оставите полиции и суду, как "
                    "предложите медиацию семьям, кто должен быть медиатором и как вы сохраните "
                    "связь с общиной.</p>"
                ),
                "en": (
                    "<p>This is an invented example. In a village in Almaty region, a car driven "
                    "by a young man from one community hit a teenager on a moped from another "
                    "community, and the teenager was injured. That evening relatives gathered "
                    "outside the akimat; together with the police and the akimat you helped calm "
                    "the people. During the crisis you stood mostly next to the teenager's "
                    "relatives, and a photo of you with them spread in the village chats. At the "
                    "scene the deputy akim promised that speed bumps would be put on the street "
                    "within a month. A week later the street is calm, but the two families do not "
                    "speak: the teenager's relatives demand that the driver's family leave the "
                    "village, and the driver's family complains of threats in the "
                    "chats.</p><p>Describe how you would hand the dispute over to formal "
                    "mediation in the coming weeks: what you would record and follow up, what you "
                    "would leave to the police and the courts, how you would offer mediation to "
                    "the families, who should be the mediator, and how you would keep in touch "
                    "with the community.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Дағдарыс кезіндегі уәделер (кім, не, қай мерзімге дейін, соның "
                            "ішінде кедергілер туралы уәде) жазылып, орындалуы қадағаланады; "
                            "басқалар орындауы тиіс нәрсеге уәде берілмейді."
                        ),
                        "ru": (
                            "Обещания, данные во время кризиса (кто, что, к какому сроку, включая "
                            "лежачих полицейских), записаны, их выполнение контролируется; не "
                            "обещается то, что должны выполнить другие."
                        ),
                        "en": (
                            "The promises made during the crisis (who, what, by when, including "
                            "the speed bumps) are recorded and followed up; nothing is promised "
                            "that others have to deliver."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Полиция мен сотқа қатысты мәселелер (қорқыту, зорлық-зомбылық, "
                            "мүлікке зиян) қарым-қатынас пен даудың өзінен ажыратылған."
                        ),
                        "ru": (
                            "Вопросы полиции и суда (угрозы, насилие, ущерб имуществу) отделены "
                            "от отношений и самого спора."
                        ),
                        "en": (
                            "Matters for the police and the courts (threats, violence, damage to "
                            "property) are separated from the relationship and the dispute itself."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Медиация ерікті түрде ұсынылады: әр отбасына рәсім, құпиялылық және "
                            "медиатордың рөлі түсіндіріледі, ешкімге қысым жасалмайды."
                        ),
                        "ru": (
                            "Медиация предлагается как добровольная: каждой семье объяснены "
                            "процедура, конфиденциальность и роль медиатора, ни на кого не давят."
                        ),
                        "en": (
                            "Mediation is offered as voluntary: each family has the procedure, "
                            "confidentiality and the mediator's role explained, and no one is "
                            "pressed."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Барлық тарап қабылдай алатын медиатор ұсынылады: сізді бір топтың "
                            "қасында көргендіктен, іс әріптеске (мысалы, медиация кабинеті "
                            "арқылы) беріледі; өкілдермен байланыс пен келесі кездесулер "
                            "жоспарланған."
                        ),
                        "ru": (
                            "Предложен медиатор, приемлемый для всех: поскольку вас видели рядом "
                            "с одной группой, дело передаётся коллеге (например, через кабинет "
                            "медиации); запланированы связь с представителями и последующие "
                            "встречи."
                        ),
                        "en": (
                            "A mediator acceptable to all is proposed: since you were seen next "
                            "to one group, the case goes to a colleague (for example through a "
                            "mediation office); contact with representatives and follow-up "
                            "meetings are planned."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта әкім орынбасарының уәдесі мен оның мерзімі жазылып, орындалуы "
                    "қадағаланады; чаттардағы қорқытулар мен оқиғаның мән-жайы полицияға "
                    "қалдырылады; «Медиация туралы» Заң бойынша медиация ерікті екені ескеріліп, "
                    "әр отбасына рәсім, құпиялылық және медиатордың рөлі түсіндіріледі; сізді "
                    "дағдарыста бір топтың қасында көргендіктен, іс қоғамдық немесе кәсіби "
                    "медиатор әріптеске беріледі; өкілдермен байланыс сақталып, келесі кездесулер "
                    "белгіленеді. Камера алдындағы асығыс қол алысу келісім емес."
                ),
                "ru": (
                    "В хорошем ответе записано обещание заместителя акима со сроком и "
                    "контролируется его выполнение; угрозы в чатах и обстоятельства происшествия "
                    "оставлены полиции; учтено, что по Закону «О медиации» медиация добровольна, "
                    "и каждой семье объяснены процедура, конфиденциальность и роль медиатора; "
                    "поскольку во время кризиса вас видели рядом с одной группой, дело передаётся "
                    "коллеге — общественному или профессиональному медиатору; связь с "
                    "представителями сохраняется и назначены последующие встречи. Быстрое "
                    "рукопожатие перед камерами — ещё не соглашение."
                ),
                "en": (
                    "A good answer records the deputy akim's promise and its deadline and follows "
                    "it up; leaves the threats in the chats and the circumstances of the accident "
                    "to the police; recognises that under the Law “On Mediation” mediation is "
                    "voluntary and explains the procedure, confidentiality and the mediator's "
                    "role to each family; passes the case to a colleague, a public or "
                    "professional mediator, because you were seen next to one group during the "
                    "crisis; and keeps in touch with the representatives, with follow-up "
                    "meetings. A quick handshake in front of cameras is not an agreement."
                ),
            },
        },
    ],
}
