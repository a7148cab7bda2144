"""Quiz for the public mediator course, module 3: communication basics."""

QUIZ = {
    "module": "communication-basics",
    "title": {
        "kk": "3-модуль тесті: қарым-қатынас негіздері",
        "ru": "Тест по модулю 3: основы коммуникации",
        "en": "Module 3 test: communication basics",
    },
    "intro": {
        "kk": (
            "<p>Тест тыңдау, өз сөзіңізбен қайталау, түйіндеу, ашық сұрақтар және қиын "
            "әңгімелер дағдыларын тексереді: ашу, көз жасы, қорлау, үнсіздік, ертіп келген "
            "туыстар және сессияны қауіпсіз тоқтату. Өту шегі — 70 пайыз.</p>"
        ),
        "ru": (
            "<p>Тест проверяет навыки слушания, пересказа своими словами, резюмирования, "
            "открытых вопросов и ведения трудного разговора: гнев, слёзы, оскорбления, "
            "молчание, приведённые родственники и безопасная остановка сессии. Проходной балл — "
            "70 процентов.</p>"
        ),
        "en": (
            "<p>This test checks the skills of listening, repeating in your own words, "
            "summarising, open questions and difficult conversations: anger, tears, insults, "
            "silence, relatives who come along and stopping a session safely. The pass mark is "
            "70 per cent.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "paraphrase-ditch-complaint",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы ауылда Рустам медиаторға: «Болат әр түні арықты "
                    "әдейі бөгеп тастайды, біздің учаскеге су жетпейді! Үш апта болды!» — "
                    "дейді. Өз сөзіңізбен қайталаудың қай нұсқасы ең дұрыс?</p>"
                ),
                "ru": (
                    "<p>В селе Туркестанской области Рустам говорит медиатору: «Болат каждую "
                    "ночь нарочно перекрывает арык, и до нашего участка вода не доходит! Уже "
                    "три недели!» Какой пересказ своими словами лучше всего?</p>"
                ),
                "en": (
                    "<p>In a village in Turkistan region, Rustam tells the mediator: “Bolat "
                    "blocks the ditch on purpose every night, and no water reaches our plot! "
                    "It's been three weeks!” Which repetition in your own words is best?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Яғни үш аптадан бері түнде су учаскеңізге жетпей жүр, бұл сізді "
                            "алаңдатады»."
                        ),
                        "ru": (
                            "«Значит, уже три недели ночью вода не доходит до вашего участка, и "
                            "это вас тревожит»."
                        ),
                        "en": (
                            "“So for three weeks the water has not reached your plot at night, "
                            "and that worries you.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: медиатор фактіні, мерзімді және сезімді сақтап, «әдейі» "
                            "деген сөзді қайталамайды, өйткені ниет әлі белгісіз."
                        ),
                        "ru": (
                            "Верно: медиатор сохраняет факт, срок и чувство, но не повторяет "
                            "«нарочно», ведь намерение ещё не известно."
                        ),
                        "en": (
                            "Right: the mediator keeps the fact, the time and the feeling but "
                            "drops “on purpose”, because the intention is not yet known."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Яғни Болат сізге су жетпесін деп арықты әдейі бөгейді».",
                        "ru": (
                            "«Значит, Болат нарочно перекрывает арык, чтобы вам не досталось воды»."
                        ),
                        "en": "“So Bolat blocks the ditch on purpose so that you get no water.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: «әдейі» деген сөзді қайталау Болатты кінәлі деп мойындағанмен "
                            "бірдей, ал оның ниеті әлі белгісіз."
                        ),
                        "ru": (
                            "Нет: повторив «нарочно», медиатор фактически признаёт Болата "
                            "виноватым, хотя его намерение не известно."
                        ),
                        "en": (
                            "No: repeating “on purpose” as good as declares Bolat guilty, "
                            "though his intention is not known."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Уайымдамаңыз, бұл жазда бәрінің де суы жетпей жүр».",
                        "ru": "«Не переживайте, этим летом у всех проблемы с водой».",
                        "en": "“Don't worry, everyone has trouble with water this summer.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: асығыс жұбату адамға мәселесін ешкім байыпқа алмады деген "
                            "сезім береді."
                        ),
                        "ru": (
                            "Нет: поспешное утешение даёт человеку понять, что его проблему не "
                            "приняли всерьёз."
                        ),
                        "en": (
                            "No: hurrying to comfort tells the person that the problem was not "
                            "taken seriously."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Мен сіздің орныңызда болсам, бүгін кешке Болатпен өзім сөйлесер "
                            "едім»."
                        ),
                        "ru": "«Я бы на вашем месте сегодня же вечером сам поговорил с Болатом».",
                        "en": "“If I were you, I would talk to Bolat myself this evening.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл — өз сөзіңізбен қайталау емес, ақыл айту; ол шешімді "
                            "тараптың қолынан алады."
                        ),
                        "ru": "Нет: это не пересказ, а совет; он забирает решение у стороны.",
                        "en": (
                            "No: this is advice, not a repetition in your own words; it takes "
                            "the decision away from the party."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Өз сөзіңізбен қайталау — айтылғанның негізгі мәнін байсалдырақ сөзбен, өз "
                    "пікіріңізді қоспай қайтару. Адам өзін тыңдағанын көреді, қате түсінсеңіз "
                    "түзете алады, ал өткір сөздер әңгімеден түсіп қалады. Бір-екі сөйлеммен "
                    "шектеліп, адамның растауын күтіңіз."
                ),
                "ru": (
                    "Пересказ своими словами — это краткий возврат главного смысла сказанного "
                    "более спокойными словами и без вашего мнения. Человек видит, что его "
                    "услышали, может поправить вас, а самые резкие слова уходят из разговора. "
                    "Ограничьтесь одной-двумя фразами и дождитесь подтверждения."
                ),
                "en": (
                    "Repeating in your own words means giving back the main point of what was "
                    "said, in calmer words and without your own opinion. The person sees they "
                    "were heard, can correct you, and the sharpest words drop out. Keep it to "
                    "one or two sentences, then wait for the person to confirm."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "open-questions-without-blame",
            "text": {
                "kk": (
                    "<p>Шымкент базарындағы екі саудагер арасындағы медиацияда мына сұрақтардың "
                    "қайсысы адамды әңгімелеп беруге шақыратын және айыптау сияқты естілмейтін "
                    "ашық сұрақ? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>В медиации между двумя торговцами на рынке в Шымкенте какие из этих "
                    "вопросов — открытые, приглашают человека рассказать свою историю и не "
                    "звучат как обвинение? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>In a mediation between two traders at a market in Shymkent, which of "
                    "these questions are open, invite the person to tell their story and do not "
                    "sound like an accusation? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "«Сол күні не болды?»",
                        "ru": "«Что произошло в тот день?»",
                        "en": "“What happened that day?”",
                    },
                    "fraction": 0.34,
                    "feedback": {
                        "kk": "Иә: бұл — әңгімеге шақыратын ашық сұрақ.",
                        "ru": "Да: открытый вопрос, приглашающий к рассказу.",
                        "en": "Yes: an open question that invites the story.",
                    },
                },
                {
                    "text": {
                        "kk": "«Бұл жағдай сіздің саудаңызға қалай әсер етіп жүр?»",
                        "ru": "«Как эта ситуация сказывается на вашей торговле?»",
                        "en": "“How is this situation affecting your trade?”",
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": "Иә: «қалай» деп басталатын ашық сұрақ.",
                        "ru": "Да: открытый вопрос, начинающийся с «как».",
                        "en": "Yes: an open question starting with “how”.",
                    },
                },
                {
                    "text": {
                        "kk": "«Мұнда сіз үшін ең маңыздысы не?»",
                        "ru": "«Что для вас здесь важнее всего?»",
                        "en": "“What matters most to you here?”",
                    },
                    "fraction": 0.33,
                    "feedback": {
                        "kk": "Иә: ол адамның мүддесін ашуға көмектеседі.",
                        "ru": "Да: он помогает раскрыть интерес человека.",
                        "en": "Yes: it helps to uncover the person's interest.",
                    },
                },
                {
                    "text": {
                        "kk": "«Неге жәшіктеріңізді өтпе жолға қойдыңыз?»",
                        "ru": "«Почему вы поставили ящики в проходе?»",
                        "en": "“Why did you put your crates in the passage?”",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: «Неге олай істедіңіз?» айыптау сияқты естіледі; «Сізді бұл "
                            "шешімге не әкелді?» деп сұрағаныңыз жөн."
                        ),
                        "ru": (
                            "Нет: «Почему вы так сделали?» звучит как обвинение; лучше "
                            "спросить: «Что привело вас к этому решению?»"
                        ),
                        "en": (
                            "No: “Why did you do that?” sounds like an accusation; ask “What "
                            "led you to that decision?” instead."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Базар әкімшілігіне бардыңыз ба?»",
                        "ru": "«Вы ходили в администрацию рынка?»",
                        "en": "“Did you go to the market administration?”",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл — жабық сұрақ; фактіні тексеруге пайдалы, бірақ әңгімеге "
                            "шақырмайды."
                        ),
                        "ru": (
                            "Нет: это закрытый вопрос; он полезен для проверки факта, но не "
                            "приглашает к рассказу."
                        ),
                        "en": (
                            "No: this is a closed question; useful to check a fact, but it does "
                            "not invite a story."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ашық сұраққа «иә» немесе «жоқ» деп жауап беруге болмайды; ол «не», "
                    "«қалай», «айтып беріңізші» деп басталады. Жабық сұрақ фактіні тексеруге "
                    "пайдалы, бірақ тек жабық сұрақтардан тұратын әңгіме тергеуге ұқсайды. "
                    "«Неге?» деген сұрақпен абай болыңыз."
                ),
                "ru": (
                    "На открытый вопрос нельзя ответить «да» или «нет»; он начинается с «что», "
                    "«как», «расскажите». Закрытый вопрос полезен для проверки факта, но "
                    "разговор из одних закрытых вопросов похож на допрос. Осторожнее с «почему»."
                ),
                "en": (
                    "An open question cannot be answered with “yes” or “no”; it starts with "
                    "“what”, “how” or “tell me”. A closed question is useful to check a fact, "
                    "but a conversation made only of closed questions feels like an "
                    "interrogation. Be careful with “why”."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "silence-is-not-agreement",
            "text": {
                "kk": (
                    "<p>Медиатор ұсынысты оқып шықты, ал тараптардың бірі үнсіз отыр. Егер адам "
                    "қарсылық білдірмесе, медиатор оның үнсіздігін келісім деп қабылдай "
                    "алады.</p>"
                ),
                "ru": (
                    "<p>Медиатор зачитал предложение, а одна из сторон молчит. Если человек не "
                    "возражает, медиатор может считать его молчание согласием.</p>"
                ),
                "en": (
                    "<p>The mediator has read out a proposal, and one of the parties says "
                    "nothing. If the person does not object, the mediator may take the silence "
                    "as agreement.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Үнсіздік түрлі нәрсені білдіруі мүмкін: адам ойланып "
                    "отыр, үлкеннің не лауазымды адамның алдында қысылады, кездесу тілін жетік "
                    "білмейді, қорқады немесе наразылығын білдіреді. Жұмсақ ашық сұрақ қойыңыз, "
                    "тілді тексеріңіз, жеке әңгіме ұсыныңыз және үнсіздікті ешқашан келісім деп "
                    "санамаңыз."
                ),
                "ru": (
                    "Утверждение неверно. Молчание может означать разное: человек думает, "
                    "стесняется старшего или должностного лица, плохо владеет языком встречи, "
                    "боится или так протестует. Задайте мягкий открытый вопрос, проверьте язык, "
                    "предложите отдельный разговор и никогда не принимайте молчание за согласие."
                ),
                "en": (
                    "False. Silence can mean many things: the person is thinking, feels shy in "
                    "front of an elder or an official, does not speak the language of the "
                    "meeting well, is afraid, or is protesting. Ask a soft open question, check "
                    "the language, offer a separate talk, and never take silence for agreement."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "reframing-term",
            "text": {
                "kk": (
                    "<p>Тарап: «Олардың балалары бұзақы, тереземді сындырды!» Медиатор: «Сізге "
                    "үйіңіздің қауіпсіз болуы және зиянның орны толуы керек». Айыптауды "
                    "қажеттілікке бағыттап, басқа сөзбен айтудың бұл тәсілі қалай аталады? "
                    "Бір-екі сөзбен жауап беріңіз.</p>"
                ),
                "ru": (
                    "<p>Сторона: «Их дети — хулиганы, разбили мне окно!» Медиатор: «Вам нужно, "
                    "чтобы ваш дом был в безопасности и ущерб был возмещён». Как называется "
                    "этот приём, когда обвинение переводят в другие слова, указывающие на "
                    "потребность? Ответьте одним-двумя словами.</p>"
                ),
                "en": (
                    "<p>A party says: “Their children are hooligans, they broke my window!” The "
                    "mediator: “You need your home to be safe and the damage to be put right.” "
                    "What is this technique of putting blame into other words that point to a "
                    "need called? Answer in one or two words.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "рефрейминг", "fraction": 1.0},
                    {"text": "қайта тұжырымдау", "fraction": 1.0},
                ],
                "ru": [
                    {"text": "рефрейминг", "fraction": 1.0},
                    {"text": "переформулирование", "fraction": 1.0},
                    {"text": "переформулировка", "fraction": 1.0},
                ],
                "en": [
                    {"text": "reframing", "fraction": 1.0},
                    {"text": "reframe", "fraction": 1.0},
                    {"text": "a reframe", "fraction": 1.0},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — рефрейминг (қайта тұжырымдау): сол мәселені басқа сөзбен айтып, оны "
                    "кінәлі адамға емес, қажеттілікке бағыттау. Фактілер қалады, шабуыл кетеді. "
                    "Әр рефреймингті тараппен тексеріңіз: «Дұрыс түсіндім бе?»"
                ),
                "ru": (
                    "Это рефрейминг (переформулирование): та же проблема другими словами, "
                    "которые указывают на потребность, а не на виноватого. Факты остаются, "
                    "нападение уходит. Проверяйте каждую переформулировку у стороны: «Я "
                    "правильно понял?»"
                ),
                "en": (
                    "This is reframing: putting the same problem into other words so that it "
                    "points to a need rather than to a guilty person. The facts stay; the "
                    "attack goes. Check every reframe with the party: “Have I got that right?”"
                ),
            },
        },
        {
            "type": "matching",
            "name": "habits-that-stop-people-talking",
            "text": {
                "kk": (
                    "<p>Адамдарды сөйлеуден тоқтататын әр әдетті оның мысалымен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Соотнесите каждую привычку, которая мешает людям говорить, с её "
                    "примером.</p>"
                ),
                "en": "<p>Match each habit that stops people talking with an example of it.</p>",
            },
            "pairs": [
                {
                    "prompt": {"kk": "Сөзді бөлу", "ru": "Перебивать", "en": "Interrupting"},
                    "answer": {
                        "kk": "Тарап ойын аяқтамай жатып, медиатор келесі сұраққа өтеді.",
                        "ru": (
                            "Сторона ещё не закончила мысль, а медиатор уже переходит к "
                            "следующему вопросу."
                        ),
                        "en": (
                            "The party has not finished the thought, and the mediator moves to "
                            "the next question."
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Ақыл айту", "ru": "Советовать", "en": "Advising"},
                    "answer": {
                        "kk": "«Мен сіздің орныңызда болсам...»",
                        "ru": "«Я бы на вашем месте...»",
                        "en": "“If I were you, I would...”",
                    },
                },
                {
                    "prompt": {"kk": "Сынау", "ru": "Осуждать", "en": "Judging"},
                    "answer": {
                        "kk": "«Сіз олай демеуіңіз керек еді».",
                        "ru": "«Зря вы так сказали».",
                        "en": "“You shouldn't have said that.”",
                    },
                },
                {
                    "prompt": {
                        "kk": "Өз басыңыздан өткенді айту",
                        "ru": "Рассказывать о себе",
                        "en": "Telling your own story",
                    },
                    "answer": {
                        "kk": "«Менің көршіммен де дәл осындай болған...»",
                        "ru": "«У меня с соседом было точно так же...»",
                        "en": "“The same thing happened with my neighbour...”",
                    },
                },
                {
                    "prompt": {
                        "kk": "Асығыс жұбату",
                        "ru": "Торопиться утешать",
                        "en": "Hurrying to comfort",
                    },
                    "answer": {
                        "kk": "«Уайымдамаңыз, бұл түк емес».",
                        "ru": "«Не переживайте, это ерунда».",
                        "en": "“Don't worry, it's nothing.”",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Сөзді бөлу, ақыл айту, сынау, өз басыңыздан өткенді айту және асығыс "
                    "жұбату тарапқа оны тыңдамағаныңызды немесе біреудің жағына шыққаныңызды "
                    "білдіреді. Тоқтату қажет болса, рұқсат сұраңыз; шешімді тараптардың өздері "
                    "табуына көмектесіңіз."
                ),
                "ru": (
                    "Перебивания, советы, осуждение, рассказы о себе и поспешное утешение "
                    "показывают стороне, что её не слушают или что вы встали на чью-то сторону. "
                    "Если нужно остановить человека, спросите разрешения; помогайте сторонам "
                    "найти собственное решение."
                ),
                "en": (
                    "Interrupting, advising, judging, telling your own story and hurrying to "
                    "comfort tell a party that you are not listening or have taken sides. If "
                    "you must stop someone, ask permission; help the parties find their own "
                    "solution."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "angry-party-response",
            "text": {
                "kk": (
                    "<p>Жасөспірімдер арасындағы төбелес туралы кездесуде бір әке дауысын "
                    "көтеріп: «Менің ұлымды бүкіл ауылдың алдында масқаралады!» — дейді. "
                    "Медиатордың қай жауабы ең дұрыс?</p>"
                ),
                "ru": (
                    "<p>На встрече о драке подростков отец одного из них повышает голос: «Моего "
                    "сына опозорили перед всем селом!» Какой ответ медиатора лучше всего?</p>"
                ),
                "en": (
                    "<p>At a meeting about a fight between teenagers, one father raises his "
                    "voice: “My son was shamed in front of the whole village!” Which response "
                    "of the mediator is best?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Баяу әрі ақырын: «Бұл сізді қатты ашуландырып тұрғанын көріп "
                            "отырмын. Сіз үшін отбасыңызға құрметпен қарау маңызды. Бәрін "
                            "ретімен қарастырайық»."
                        ),
                        "ru": (
                            "Медленно и тихо: «Я вижу, что это вас очень злит. Для вас важно, "
                            "чтобы к вашей семье относились с уважением. Давайте разберём всё "
                            "по порядку»."
                        ),
                        "en": (
                            "Slowly and quietly: “I can see this makes you very angry. It "
                            "matters to you that your family is treated with respect. Let's go "
                            "through it step by step.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: медиатор сезімді бағаламай атайды, оның артындағы мүддені "
                            "мойындайды және рәсімге қайта оралады."
                        ),
                        "ru": (
                            "Верно: медиатор называет чувство без оценки, признаёт то, что за "
                            "ним стоит, и возвращается к процессу."
                        ),
                        "en": (
                            "Right: the mediator names the feeling without judging it, "
                            "acknowledges what lies behind it and returns to the process."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Тынышталыңызшы, айқайлайтын жер емес».",
                        "ru": "«Успокойтесь, пожалуйста, здесь не место для крика».",
                        "en": "“Please calm down, this is no place for shouting.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: «тынышталыңыз» деген сөз көбіне сөгіс сияқты естіліп, ашуды "
                            "күшейтеді."
                        ),
                        "ru": (
                            "Нет: «успокойтесь» обычно звучит как упрёк и только усиливает гнев."
                        ),
                        "en": (
                            "No: “calm down” usually sounds like a reproach and only makes the "
                            "anger stronger."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оны басу үшін медиатор да дауысын көтереді.",
                        "ru": "Медиатор тоже повышает голос, чтобы его перекрыть.",
                        "en": "The mediator raises their voice too, to be heard over him.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: жауап ретінде дауысты көтермей, тараптан баяуырақ әрі "
                            "ақырынырақ сөйлеу керек."
                        ),
                        "ru": (
                            "Нет: не повышайте голос в ответ; говорите медленнее и тише, чем "
                            "сторона."
                        ),
                        "en": (
                            "No: do not raise your voice in reply; speak more slowly and more "
                            "quietly than the party."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оның сөзін елемей, екінші тараптың нұсқасын тыңдауға көшу.",
                        "ru": "Не реагировать и перейти к версии другой стороны.",
                        "en": "Ignore it and move on to the other party's version.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: сезімді елемеу оны күшейтеді; эмоция адам үшін не маңызды "
                            "екенін көрсетеді."
                        ),
                        "ru": (
                            "Нет: если не замечать чувство, оно усилится; эмоции показывают, "
                            "что для человека важно."
                        ),
                        "en": (
                            "No: ignoring the feeling makes it stronger; emotions show what "
                            "matters to the person."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ашуланған тараппен: дауысты көтермеңіз, баяу әрі ақырын сөйлеңіз, сезімді "
                    "бағаламай атаңыз, оның артында не тұрғанын мойындаңыз және рәсімге қайта "
                    "оралыңыз. «Тынышталыңыз» деген сөзден аулақ болыңыз."
                ),
                "ru": (
                    "С рассерженной стороной: не повышайте голос, говорите медленнее и тише, "
                    "назовите чувство без оценки, признайте то, что за ним стоит, и вернитесь к "
                    "процессу. Избегайте слова «успокойтесь»."
                ),
                "en": (
                    "With an angry party: do not raise your voice, speak slowly and quietly, "
                    "name the feeling without judging it, acknowledge what lies behind it and "
                    "return to the process. Avoid the words “calm down”."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "relative-takes-over",
            "text": {
                "kk": (
                    "<p>Көршісімен кездесуге Марат нағашысы Серікті ертіп келді. Кездесу "
                    "басында туыстың рөлі келісілмеген еді; енді Серік Маратты сөйлетпей, оның "
                    "орнына жауап беріп отыр. Медиатор не істегені жөн?</p>"
                ),
                "ru": (
                    "<p>На встречу с соседкой Марат пришёл с дядей Сериком. В начале роль "
                    "родственника не обсуждали, и теперь Серик отвечает вместо Марата, не давая "
                    "ему сказать. Как лучше поступить медиатору?</p>"
                ),
                "en": (
                    "<p>Marat has come to a meeting with his neighbour together with his uncle "
                    "Serik. The relative's role was not agreed at the start, and now Serik "
                    "keeps answering for Marat and does not let him speak. What should the "
                    "mediator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Серікке құрметпен алғыс айтып, шешімді тараптар қабылдайтынын "
                            "түсіндіріп, оның рөлін екі тараппен бірге келісу; ол әңгімені "
                            "қолына ала берсе, үзіліс жариялап, Маратпен оңаша сөйлесу."
                        ),
                        "ru": (
                            "Уважительно поблагодарить Серика, объяснить, что решение принимают "
                            "стороны, и вместе с обеими сторонами договориться о его роли; если "
                            "он продолжит перехватывать разговор, объявить перерыв и поговорить "
                            "с Маратом наедине."
                        ),
                        "en": (
                            "Thank Serik respectfully, explain that the parties make the "
                            "decision, and agree his role with both parties; if he keeps taking "
                            "over, call a break and talk to Marat alone."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: туыстың рөлі құрметпен келісіледі, ал оңаша кездесуде «Дәл "
                            "осыны өзіңіз айтқыңыз келе ме?» деп сұрауға болады."
                        ),
                        "ru": (
                            "Верно: роль родственника согласуется уважительно, а наедине можно "
                            "спросить: «Это то, что вы сами хотите сказать?»"
                        ),
                        "en": (
                            "Right: the relative's role is agreed respectfully, and in private "
                            "the mediator can ask: “Is this what you yourself want to say?”"
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Сыйлы үлкен кісі болғандықтан, Серікке Мараттың атынан сөйлеуге "
                            "рұқсат беру."
                        ),
                        "ru": "Позволить Серику говорить за Марата, раз он старший и уважаемый.",
                        "en": "Let Serik speak for Marat, since he is an elder and respected.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: үлкенді құрметтеу оның бәрі үшін шешетінін білдірмейді; шешім "
                            "қабылдайтын және қол қоятын — тараптар."
                        ),
                        "ru": (
                            "Нет: уважение к старшему не означает, что он решает за всех; "
                            "решают и подписывают стороны."
                        ),
                        "en": (
                            "No: respect for an elder does not mean he decides for everyone; "
                            "the parties decide and sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Серікті түсіндірмей-ақ бірден бөлмеден шығарып жіберу.",
                        "ru": "Сразу, без объяснений, выставить Серика из комнаты.",
                        "en": "Send Serik out of the room at once, without explanation.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: туыстарға құрметпен амандасып, жанашырлығы үшін алғыс айту "
                            "керек; қатаң шығару отбасын қорлап, шиеленісті күшейтеді."
                        ),
                        "ru": (
                            "Нет: родственников приветствуют и благодарят за заботу; резкое "
                            "выдворение оскорбит семью и усилит напряжение."
                        ),
                        "en": (
                            "No: relatives are greeted and thanked for their concern; throwing "
                            "him out would offend the family and raise the tension."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Теңгерім үшін екінші тарапқа да туыстарын шақыруды ұсыну.",
                        "ru": (
                            "Для равновесия предложить другой стороне тоже позвать родственников."
                        ),
                        "en": "Offer the other party to bring relatives too, to balance things.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: туыстар көбейсе, екі көршінің ұрысы екі әулеттің дауына "
                            "айналуы мүмкін."
                        ),
                        "ru": (
                            "Нет: чем больше родственников, тем легче ссора двух соседей "
                            "превращается в спор двух родов."
                        ),
                        "en": (
                            "No: more relatives can turn a quarrel between two neighbours into "
                            "a dispute between two families."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Туыстар қолдау көрсете алады, бірақ тараптың орнына сөйлеп, шиеленісті "
                    "күшейтуі де мүмкін. Тараптар кім екенін түсіндіріңіз, туыстардың рөлін "
                    "келісіңіз (сыртта күтеді, үнсіз отырады немесе тараптың келісімімен бір "
                    "рет сөйлейді), екінші тарап та келісуі тиіс. Туыс әңгімені қолына ала "
                    "берсе, үзіліс жариялап, тараппен оңаша сөйлесіңіз."
                ),
                "ru": (
                    "Родственники могут поддержать, но могут и говорить вместо стороны, и "
                    "усилить напряжение. Объясните, кто стороны, договоритесь о роли "
                    "родственников (ждут снаружи, сидят молча или говорят один раз с согласия "
                    "стороны); согласиться должна и другая сторона. Если родственник "
                    "перехватывает разговор, объявите перерыв и поговорите со стороной наедине."
                ),
                "en": (
                    "Relatives can give support, but they can also speak instead of the party "
                    "and raise the tension. Explain who the parties are, agree the relatives' "
                    "role (wait outside, sit in quietly or speak once with the party's "
                    "consent), and the other side must agree too. If a relative keeps taking "
                    "over, call a break and talk with the party alone."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "when-to-pause-or-stop",
            "text": {
                "kk": (
                    "<p>Мына жағдайлардың қайсысында медиатор сессияны үзуі немесе тоқтатуы "
                    "керек? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>В каких из этих случаев медиатор должен прервать или остановить сессию? "
                    "Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>In which of these situations should the mediator pause or stop the "
                    "session? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Дәліздің сыртында бейнені көрген ата-аналар жинала бастады.",
                        "ru": "За дверью начинают собираться родители, видевшие видео.",
                        "en": "Parents who have seen the video are gathering outside the door.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: сыртта жиналған топ — қауіптің белгісі.",
                        "ru": "Да: толпа снаружи — признак опасности.",
                        "en": "Yes: a crowd gathering outside is a sign of danger.",
                    },
                },
                {
                    "text": {
                        "kk": "Тараптың аузынан арақ иісі шығып, ол ойын жинай алмай отыр.",
                        "ru": "От стороны пахнет алкоголем, и она не может собраться с мыслями.",
                        "en": "A party smells of alcohol and cannot think clearly.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: мас адам шешім қабылдай алмайды.",
                        "ru": "Да: пьяный человек не может принимать решения.",
                        "en": "Yes: a drunk person cannot make decisions.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ескертуден кейін де бір тарап екіншісінің ұлтын қорлауын "
                            "жалғастырып отыр."
                        ),
                        "ru": (
                            "После предупреждения одна сторона продолжает оскорблять "
                            "национальность другой."
                        ),
                        "en": (
                            "After a warning, one party keeps insulting the other's nationality."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: ескертуден кейін де қорлау тоқтамаса, сессияны үзу керек.",
                        "ru": (
                            "Да: если оскорбления продолжаются после предупреждения, сессию "
                            "прерывают."
                        ),
                        "en": "Yes: if insults continue after a warning, the session is paused.",
                    },
                },
                {
                    "text": {
                        "kk": "Әйел күйеуінің оны ұрып жүргенін ақырын айтып қалды.",
                        "ru": "Женщина вскользь говорит, что муж её бьёт.",
                        "en": "A woman mentions quietly that her husband beats her.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: отбасылық зорлық-зомбылықты қоғамдық медиатор шешпейді; бұл — "
                            "полицияның ісі."
                        ),
                        "ru": (
                            "Да: семейно-бытовое насилие общественный медиатор не урегулирует; "
                            "это дело полиции."
                        ),
                        "en": (
                            "Yes: domestic violence is not for a public mediator to settle; it "
                            "is a matter for the police."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тараптардың бірі екіншісінің ұсынысымен келіспейді.",
                        "ru": "Одна сторона не согласна с предложением другой.",
                        "en": "One party disagrees with the other's proposal.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: келіспеу — медиацияның қалыпты бөлігі; тараптың келіспеуге "
                            "құқығы бар."
                        ),
                        "ru": (
                            "Нет: несогласие — обычная часть медиации; сторона вправе не "
                            "соглашаться."
                        ),
                        "en": (
                            "No: disagreement is a normal part of mediation; a party has the "
                            "right to disagree."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тарап ана тілінде сөйлеуді өтінеді.",
                        "ru": "Сторона просит разрешения говорить на родном языке.",
                        "en": "A party asks to speak in their native language.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: тілді келісіп, қажет болса, бейтарап аудармашы шақыру керек; "
                            "бұл тоқтатуға себеп емес."
                        ),
                        "ru": (
                            "Нет: нужно договориться о языке и при необходимости позвать "
                            "нейтрального переводчика; это не причина останавливаться."
                        ),
                        "en": (
                            "No: agree on the language and bring a neutral interpreter if "
                            "needed; this is no reason to stop."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қоқан-лоқы, күш көрсету, қару немесе сыртта жиналған топ; мас не қатты "
                    "толқыған тарап; ескертуден кейін де жалғасқан қорлау; отбасылық "
                    "зорлық-зомбылықтың не қылмыстың белгілері болса, сессияны үзіңіз немесе "
                    "тоқтатыңыз. Үзілісті ешкімді кінәламай жариялаңыз, тараптарды әртүрлі "
                    "уақытта шығарыңыз; біреуге қауіп төнсе, 102 немесе 112 нөміріне "
                    "хабарласыңыз."
                ),
                "ru": (
                    "Прервите или остановите сессию, если есть угрозы, насилие, оружие или "
                    "снаружи собирается толпа; если сторона пьяна или слишком взволнована; если "
                    "оскорбления продолжаются после предупреждения; если звучат признаки "
                    "семейно-бытового насилия или преступления. Объявите перерыв, никого не "
                    "обвиняя, отпустите стороны в разное время; если кому-то грозит опасность, "
                    "звоните 102 или 112."
                ),
                "en": (
                    "Pause or stop the session if there are threats, violence, a weapon or a "
                    "crowd gathering outside; if a party is drunk or too upset to think; if "
                    "insults continue after a warning; or if you hear signs of domestic "
                    "violence or a crime. Announce the break without blaming anyone, let the "
                    "parties leave at different times, and if anyone is in danger call 102 or "
                    "112."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "interpreter-not-a-relative",
            "text": {
                "kk": (
                    "<p>Тараптар әртүрлі тілде сөйлейді. Бір тараптың ұлы екі тілді де жақсы "
                    "біледі, сондықтан медиатор оны аудармашы ете алады.</p>"
                ),
                "ru": (
                    "<p>Стороны говорят на разных языках. Сын одной из сторон хорошо знает оба "
                    "языка, поэтому медиатор может сделать его переводчиком.</p>"
                ),
                "en": (
                    "<p>The parties speak different languages. The son of one party speaks both "
                    "languages well, so the mediator may use him as the interpreter.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Бір тараптың туысын аудармашы етпеңіз. Негізгі ойларды "
                    "медиатордың өзі немесе екі тарап та сенетін бейтарап аудармашы екі тілде "
                    "қайталайды; қысқа сөйлеммен сөйлеп, түсінікті тексеріңіз."
                ),
                "ru": (
                    "Утверждение неверно. Не делайте переводчиком родственника одной из сторон. "
                    "Главное на двух языках повторяет сам медиатор или нейтральный переводчик, "
                    "которому доверяют обе стороны; говорите короткими фразами и проверяйте "
                    "понимание."
                ),
                "en": (
                    "False. Do not use a relative of one party as the interpreter. The "
                    "mediator, or a neutral interpreter whom both sides trust, repeats the main "
                    "points in both languages; speak in short sentences and check understanding."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-broken-window",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан шығарылған мысал. Павлодар облысындағы ауылда Игордың "
                    "жасөспірім ұлы доппен Жанна апайдың терезесін сындырды. Медиация ауылдың "
                    "медиация кабинетінде өтіп жатыр. Игорь ағасын ертіп келген, ол Игордың "
                    "орнына сөйлей береді. Жанна: «Олардың балаларының бәрі бұзақы!» — дейді. "
                    "Игордың ағасы Жаннаның ұлтына қатысты қорлайтын сөз айтады, Жанна жылап "
                    "жібереді, ал Игорь мүлдем үндемей қалады.</p><p>150–250 сөзбен жазыңыз: "
                    "медиатор әр сәтте не айтады және не істейді — қорлау, көз жасы, ағаның "
                    "рөлі, Игордың үнсіздігі; Жаннаның сөзін қажеттілікке айналдырыңыз; қандай "
                    "жағдайда сессияны үзесіз немесе тоқтатасыз және одан кейін не істейсіз?</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В селе Павлодарской области сын-подросток Игоря "
                    "разбил мячом окно у Жанны-апай. Медиация идёт в сельском кабинете "
                    "медиации. Игорь пришёл со старшим братом, который всё время говорит вместо "
                    "него. Жанна говорит: «Их дети все хулиганы!» Брат Игоря отвечает "
                    "оскорблением в адрес национальности Жанны, Жанна плачет, а Игорь совсем "
                    "замолкает.</p><p>Напишите 150–250 слов: что медиатор говорит и делает в "
                    "каждый момент — оскорбление, слёзы, роль брата, молчание Игоря; "
                    "переформулируйте слова Жанны в потребность; в каком случае вы прервёте или "
                    "остановите сессию и что сделаете после этого?</p>"
                ),
                "en": (
                    "<p>This is an invented example. In a village in Pavlodar region, Igor's "
                    "teenage son broke Zhanna-apa's window with a ball. The mediation is taking "
                    "place in the village mediation office. Igor has brought his elder brother, "
                    "who keeps speaking instead of him. Zhanna says: “Their children are all "
                    "hooligans!” Igor's brother answers with an insult about Zhanna's "
                    "nationality; Zhanna bursts into tears, and Igor falls completely "
                    "silent.</p><p>Write 150–250 words: what the mediator says and does at each "
                    "moment (the insult, the tears, the brother's role, Igor's silence); "
                    "reframe Zhanna's words into a need; say when you would pause or stop the "
                    "session and what you would do afterwards.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Қорлау мен көз жасы: қорлауды кездесу ережелеріне сілтеме жасап, "
                            "сабырмен дереу тоқтатады және оны қайталамайды; жылаған тарапқа су "
                            "ұсынып, асықтырмайды, қаласа үзіліс береді, екінші тараптың бұл "
                            "сәтті пайдаланбауын қадағалайды."
                        ),
                        "ru": (
                            "Оскорбление и слёзы: оскорбление остановлено сразу и спокойно со "
                            "ссылкой на правила встречи и не повторено; плачущей стороне "
                            "предложены вода и время, при желании — перерыв; медиатор следит, "
                            "чтобы другая сторона не воспользовалась моментом."
                        ),
                        "en": (
                            "Insult and tears: stops the insult at once and calmly by referring "
                            "to the ground rules and does not repeat it; offers water and time "
                            "to the party in tears and a break if she wants it; makes sure the "
                            "other side does not use the moment."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Ағаның рөлі мен үнсіздік: ағаның рөлін екі тараппен құрметпен "
                            "келіседі; Игордың үнсіздігін келісім деп санамай, жұмсақ ашық "
                            "сұрақ қояды немесе жеке кездесу ұсынады."
                        ),
                        "ru": (
                            "Роль брата и молчание: роль брата уважительно согласована с обеими "
                            "сторонами; молчание Игоря не принято за согласие, задан мягкий "
                            "открытый вопрос или предложена отдельная встреча."
                        ),
                        "en": (
                            "The brother's role and the silence: agrees the brother's role "
                            "respectfully with both parties; does not take Igor's silence for "
                            "agreement, asks a soft open question or offers a separate meeting."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Рефрейминг: Жаннаның сөзін кінәлі адамға емес, қажеттілікке "
                            "бағыттайды (үйдің қауіпсіздігі, зиянның орнын толтыру) және оны "
                            "Жаннамен тексереді."
                        ),
                        "ru": (
                            "Рефрейминг: слова Жанны переведены в потребность, а не в вину "
                            "(безопасность дома, возмещение ущерба), и переформулировка "
                            "проверена у Жанны."
                        ),
                        "en": (
                            "Reframing: turns Zhanna's words into a need rather than blame (a "
                            "safe home, the damage put right) and checks the reframe with her."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Қауіпсіз тоқтату: ескертуден кейін де қорлау жалғасса үзілісті "
                            "ешкімді кінәламай жариялайды, тараптарды әртүрлі уақытта шығарады, "
                            "құпия сөздерді жазбай тоқтатылғанын белгілейді, үйлестірушіге "
                            "хабарлайды және жаңа күн ұсынады."
                        ),
                        "ru": (
                            "Безопасная остановка: если оскорбления продолжаются после "
                            "предупреждения, перерыв объявлен без обвинений; стороны уходят в "
                            "разное время; остановка отмечена без записи конфиденциального; "
                            "сообщено координатору, предложена новая дата."
                        ),
                        "en": (
                            "Stopping safely: if insults continue after a warning, announces a "
                            "break without blaming anyone, lets the parties leave at different "
                            "times, notes the stop without recording what was said in "
                            "confidence, tells the coordinator and offers a new date."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта медиатор дауысын көтермейді: «Біз бір-бірімізді қорламай "
                    "сөйлесуге келістік» деп қорлауды тоқтатады және оны қайталамайды; Жаннаға "
                    "су мен уақыт ұсынады. Ағаға алғыс айтып, шешімді Игорь мен Жанна "
                    "қабылдайтынын түсіндіреді, оның рөлін екі тараппен келіседі. Игордан «Сіз "
                    "не қосқыңыз келеді?» деп сұрайды немесе жеке әңгіме ұсынады. Жаннаның "
                    "сөзін былай айналдыруға болады: «Сізге үйіңіздің қауіпсіз болуы және "
                    "терезенің орны толуы керек. Дұрыс түсіндім бе?» Қорлау ескертуден кейін де "
                    "жалғасса, үзіліс жарияланады, тараптар әртүрлі уақытта шығады, "
                    "үйлестірушіге хабарланады және жаңа күн ұсынылады."
                ),
                "ru": (
                    "В хорошем ответе медиатор не повышает голос: останавливает оскорбление "
                    "словами «Мы договорились говорить без оскорблений» и не повторяет его; "
                    "предлагает Жанне воду и время. Благодарит брата, объясняет, что решают "
                    "Игорь и Жанна, и согласует его роль с обеими сторонами. Спрашивает Игоря: "
                    "«Что бы вы хотели добавить?» — или предлагает отдельный разговор. Слова "
                    "Жанны можно переформулировать так: «Вам нужно, чтобы ваш дом был в "
                    "безопасности и окно было возмещено. Я правильно понял?» Если оскорбления "
                    "продолжаются после предупреждения, объявляется перерыв, стороны уходят в "
                    "разное время, координатор получает сообщение, предлагается новая дата."
                ),
                "en": (
                    "A good answer: the mediator does not raise their voice, stops the insult "
                    "with “We agreed to speak without insults” and does not repeat it, and "
                    "offers Zhanna water and time. The mediator thanks the brother, explains "
                    "that Igor and Zhanna make the decision and agrees his role with both "
                    "parties, then asks Igor “What would you like to add?” or offers a separate "
                    "talk. Zhanna's words can be reframed as “You need your home to be safe and "
                    "the window to be put right. Have I got that right?” If insults continue "
                    "after a warning, the mediator calls a break, lets the parties leave at "
                    "different times, tells the coordinator and offers a new date."
                ),
            },
        },
    ],
}
