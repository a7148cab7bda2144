"""Quiz for the public mediator course, module 5: course review and final test."""

QUIZ = {
    "module": "final-review",
    "title": {
        "kk": "Курстың қорытынды тесті",
        "ru": "Итоговый тест курса",
        "en": "Course final test",
    },
    "intro": {
        "kk": (
            "<p>Қорытынды тест бүкіл курс бойынша білімді тексереді: ұғымдар мен заң туралы "
            "қысқа сұрақтар және ең дұрыс әрекетті таңдау керек шағын жағдаяттар. Өту шегі — 70 "
            "пайыз, ең көбі үш талпыныс беріледі. Сәтсіз талпыныстан кейін қате жіберген "
            "тақырыптарыңызды қайталап, жаттықтырушымен талқылаңыз.</p>"
        ),
        "ru": (
            "<p>Итоговый тест проверяет знания по всему курсу: короткие вопросы о понятиях и "
            "законе и небольшие ситуации, в которых нужно выбрать лучшее действие. Проходной "
            "балл — 70 процентов, даётся не более трёх попыток. После неудачной попытки "
            "повторите темы, в которых были ошибки, и обсудите их с тренером.</p>"
        ),
        "en": (
            "<p>The final test checks your knowledge of the whole course: short questions on "
            "concepts and the law, and small situations in which you choose the best action. "
            "The pass mark is 70 per cent, and you have up to three attempts. After an "
            "unsuccessful attempt, revise the topics where you made mistakes and discuss them "
            "with the trainer.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "mediator-and-aksakal",
            "text": {
                "kk": (
                    "<p>Ауыл тұрғыны: «Бізде бұрыннан ақсақалдар бар, олар даулы істерді шешіп "
                    "береді. Медиатордың олардан айырмашылығы не?» — деп сұрайды. Қай жауап ең "
                    "дәл?</p>"
                ),
                "ru": (
                    "<p>Житель села спрашивает: «У нас издавна есть аксакалы, они решают споры. "
                    "Чем медиатор от них отличается?» Какой ответ точнее всего?</p>"
                ),
                "en": (
                    "<p>A villager asks: “We have always had aksakals who settle disputes. How "
                    "is a mediator different from them?” Which answer is most accurate?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ақсақал көбіне не істеу керегін айтады, ал медиатор адамдардың "
                            "шешімді өздері табуына көмектеседі."
                        ),
                        "ru": (
                            "Аксакал чаще говорит, как поступить, а медиатор помогает людям "
                            "самим найти решение."
                        ),
                        "en": (
                            "An elder often tells people what to do, while a mediator helps "
                            "them find the solution themselves."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: медиатор кімнің дұрыс екенін шешпейді, шешім тараптарда қалады."
                        ),
                        "ru": (
                            "Верно: медиатор не решает, кто прав; решение остаётся за сторонами."
                        ),
                        "en": (
                            "Right: a mediator does not decide who is right; the decision stays "
                            "with the parties."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиатор ақсақалдан айырмашылығы — заң бойынша шешім шығарып, оны "
                            "орындауға міндеттей алады."
                        ),
                        "ru": (
                            "В отличие от аксакала, медиатор выносит решение по закону и может "
                            "обязать его выполнить."
                        ),
                        "en": (
                            "Unlike an elder, a mediator makes a decision under the law and can "
                            "require it to be carried out."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл — соттың сипаттамасы; сотта шешімді судья шығарады.",
                        "ru": "Нет: это описание суда; там решение выносит судья.",
                        "en": "No: that describes a court, where a judge decides.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиатор тараптар таңдаған арбитр сияқты, екі жақты тыңдап, "
                            "міндетті шешім шығарады."
                        ),
                        "ru": (
                            "Медиатор, как выбранный сторонами арбитр, выслушивает обоих и "
                            "выносит обязательное решение."
                        ),
                        "en": (
                            "Like an arbitrator chosen by the parties, a mediator hears both "
                            "sides and makes a binding decision."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл — арбитраж; медиатор шешім шығармайды.",
                        "ru": "Нет: это арбитраж; медиатор решений не выносит.",
                        "en": "No: that is arbitration; a mediator makes no decision.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Айырмашылық жоқ: медиатор да жасы үлкен сыйлы адам ретінде үкім "
                            "айтады."
                        ),
                        "ru": (
                            "Разницы нет: медиатор тоже как старший и уважаемый человек выносит "
                            "вердикт."
                        ),
                        "en": (
                            "There is no difference: a mediator, too, pronounces a verdict as a "
                            "respected senior person."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: медиатор үкім айтпайды; тараптарға сөйлесуге және өз шешімін "
                            "табуға көмектеседі."
                        ),
                        "ru": (
                            "Нет: медиатор не выносит вердиктов; он помогает сторонам говорить "
                            "и найти своё решение."
                        ),
                        "en": (
                            "No: a mediator pronounces no verdict; they help the parties talk "
                            "and find their own solution."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация — бейтарап үшінші тұлға тараптарға екеуіне де қолайлы шешім "
                    "табуға көмектесетін ерікті әрі құпия рәсім. Сотта шешімді судья, төрелікте "
                    "төреші шығарады; ақсақал көбіне не істеу керегін айтады; ал медиатор "
                    "адамдардың шешімді өздері табуына жағдай жасайды."
                ),
                "ru": (
                    "Медиация — добровольная и конфиденциальная процедура, в которой "
                    "нейтральное третье лицо помогает сторонам найти решение, приемлемое для "
                    "обеих. В суде решает судья, в арбитраже — арбитр; аксакал чаще говорит, "
                    "как поступить, а медиатор помогает людям самим найти решение."
                ),
                "en": (
                    "Mediation is a voluntary and confidential procedure in which a neutral "
                    "third person helps the parties find a solution both can accept. In court a "
                    "judge decides, in arbitration an arbitrator; an elder often tells people "
                    "what to do, while a mediator helps them find the solution themselves."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "stages-of-mediation",
            "text": {
                "kk": "<p>Медиация кезеңдерін дұрыс ретпен орналастырыңыз.</p>",
                "ru": "<p>Расположите этапы медиации в правильном порядке.</p>",
                "en": "<p>Put the stages of mediation in the correct order.</p>",
            },
            "items": [
                {
                    "kk": "Дайындық: әр тараппен жеке сөйлесу, келісім алу, орын, уақыт және тіл",
                    "ru": "Подготовка: отдельно с каждой стороной, согласие, место, время и язык",
                    "en": "Preparation: each party separately, consent, place, time and language",
                },
                {
                    "kk": "Кіріспе: өзіңізді таныстыру, қағидаттар мен ережелер",
                    "ru": "Вступление: представиться, принципы и правила",
                    "en": "Opening: introducing yourself, the principles and the rules",
                },
                {
                    "kk": "Тараптардың әңгімесі және түйіндеу",
                    "ru": "Рассказы сторон и резюме",
                    "en": "The parties' stories and summaries",
                },
                {
                    "kk": "Мәселелер мен мүдделер",
                    "ru": "Вопросы и интересы",
                    "en": "Issues and interests",
                },
                {
                    "kk": "Тараптар ұсынған нұсқалар және оларды тексеру",
                    "ru": "Варианты от сторон и их проверка",
                    "en": "Options from the parties and testing them",
                },
                {
                    "kk": "Жазбаша келісім және қол қою",
                    "ru": "Письменное соглашение и подписи",
                    "en": "Written agreement and signatures",
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиация дайындықтан басталып, кіріспеге, тараптардың әңгімесіне, "
                    "мәселелер мен мүдделерге, нұсқаларға және келісімге өтеді; соңынан "
                    "орындалуын қадағалау келеді. Алдыңғы кезеңге қайта оралуға болады, бірақ "
                    "бір кезеңді аттап кетсеңіз, кейін уақыт көбірек кетеді."
                ),
                "ru": (
                    "Медиация начинается с подготовки и идёт через вступление, рассказы сторон, "
                    "вопросы и интересы, варианты к соглашению; после него следует контроль "
                    "исполнения. К предыдущему этапу можно вернуться, но пропущенный этап потом "
                    "обойдётся дороже по времени."
                ),
                "en": (
                    "A mediation starts with preparation and moves through the opening, the "
                    "parties' stories, issues and interests and options to the agreement; "
                    "follow-up comes after it. You may return to an earlier stage, but skipping "
                    "one usually costs more time later."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "follow-up-after-agreement",
            "text": {
                "kk": (
                    "<p>Тараптар келісімге қол қойып, әрқайсысы бір данасын алды. Осымен "
                    "медиатордың жұмысы толық аяқталады: келісімнің қалай орындалып жатқанын "
                    "тексеру оның міндетіне кірмейді.</p>"
                ),
                "ru": (
                    "<p>Стороны подписали соглашение, каждая получила свой экземпляр. На этом "
                    "работа медиатора полностью завершена: проверять, как выполняется "
                    "соглашение, — не его задача.</p>"
                ),
                "en": (
                    "<p>The parties have signed the agreement and each has a copy. The "
                    "mediator's work is now completely over: checking how the agreement is "
                    "being kept is not part of it.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұл тұжырым қате. Медиацияның соңғы кезеңі — орындалуын қадағалау: "
                    "келісілген мерзімнен кейін медиатор келісімнің қалай орындалып жатқанын "
                    "тексереді."
                ),
                "ru": (
                    "Утверждение неверно. Последний этап медиации — контроль исполнения: через "
                    "оговорённый срок медиатор проверяет, как выполняется соглашение."
                ),
                "en": (
                    "False. The last stage of mediation is follow-up: after an agreed period "
                    "the mediator checks how the agreement is working."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "after-the-certificate",
            "text": {
                "kk": (
                    "<p>Гүлжан қорытынды тесттен өтті, сертификаты профиліне жазылды. Оның "
                    "қоғамдық медиатор болуы үшін тағы не қажет? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Гульжан сдала итоговый тест, сертификат записан в её профиль. Что ещё "
                    "нужно, чтобы она стала общественным медиатором? Выберите все верные "
                    "ответы.</p>"
                ),
                "en": (
                    "<p>Gulzhan has passed the final test, and the certificate is recorded in "
                    "her profile. What else is needed for her to become a public mediator? "
                    "Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {"kk": "Оның келісімі", "ru": "Её согласие", "en": "Her consent"},
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, келісім қажет.",
                        "ru": "Да, согласие необходимо.",
                        "en": "Yes, consent is needed.",
                    },
                },
                {
                    "text": {
                        "kk": "Жергілікті қоғамдастық жиналысында сайлануы",
                        "ru": "Избрание на собрании местного сообщества",
                        "en": "Election by a local community assembly",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, қоғамдық медиаторды жергілікті қоғамдастық жиналысы сайлайды.",
                        "ru": "Да, общественного медиатора избирает собрание местного сообщества.",
                        "en": "Yes, a public mediator is elected by a local community assembly.",
                    },
                },
                {
                    "text": {
                        "kk": "Медиация тілдері мен саласы көрсетілген өтініш",
                        "ru": "Заявление с указанием языков и сферы медиации",
                        "en": "An application stating her languages and area of mediation",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, өтініште тілдер мен сала көрсетіледі.",
                        "ru": "Да, в заявлении указываются языки и сфера.",
                        "en": "Yes, the application states the languages and area.",
                    },
                },
                {
                    "text": {
                        "kk": "Қоғамдық медиаторлар тізіліміне енгізілуі",
                        "ru": "Внесение в реестр общественных медиаторов",
                        "en": "An entry in the register of public mediators",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, тізілімге енгізу міндетті.",
                        "ru": "Да, внесение в реестр обязательно.",
                        "en": "Yes, the register entry is required.",
                    },
                },
                {
                    "text": {
                        "kk": "Ештеңе: сертификаттың өзі қоғамдық медиатор мәртебесін береді",
                        "ru": "Ничего: сертификат сам по себе даёт статус общественного медиатора",
                        "en": (
                            "Nothing: the certificate by itself gives the status of a public "
                            "mediator"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: сертификат оқығаныңызды растайды, бірақ өздігінен медиатор "
                            "етпейді."
                        ),
                        "ru": (
                            "Нет: сертификат подтверждает обучение, но сам по себе медиатором "
                            "не делает."
                        ),
                        "en": (
                            "No: the certificate confirms your training but does not by itself "
                            "make you a mediator."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Жоғары заң білімі туралы диплом",
                        "ru": "Диплом о высшем юридическом образовании",
                        "en": "A diploma in higher legal education",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Жоқ: курста мұндай талап аталмаған.",
                        "ru": "Нет: такого требования в курсе не называлось.",
                        "en": "No: the course named no such requirement.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Сертификат оқығаныңызды растайды, бірақ өздігінен сізді қоғамдық медиатор "
                    "етпейді: бұған қоса келісіміңіз, жергілікті қоғамдастық жиналысында "
                    "сайлануыңыз, медиация тілдері мен саласы көрсетілген өтінішіңіз және "
                    "қоғамдық медиаторлар тізіліміне енгізілуіңіз қажет."
                ),
                "ru": (
                    "Сертификат подтверждает обучение, но сам по себе не делает вас "
                    "общественным медиатором: нужны также ваше согласие, избрание на собрании "
                    "местного сообщества, заявление с указанием языков и сферы медиации и "
                    "внесение в реестр общественных медиаторов."
                ),
                "en": (
                    "The certificate confirms your training but does not by itself make you a "
                    "public mediator: you also need your consent, election by a local community "
                    "assembly, an application stating your languages and area of mediation, and "
                    "an entry in the register of public mediators."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "register-term",
            "text": {
                "kk": (
                    "<p>Қоғамдық медиатор сайланғаннан кейін енгізілетін ресми тізім қалай "
                    "аталады? Бір-екі сөзбен жауап беріңіз (мысалы, «... қоғамдық "
                    "медиаторлар»).</p>"
                ),
                "ru": (
                    "<p>Как называется официальный список, в который вносят общественного "
                    "медиатора после избрания? Ответьте одним-двумя словами (например, «... "
                    "общественных медиаторов»).</p>"
                ),
                "en": (
                    "<p>What is the official list called in which a public mediator is entered "
                    "after being elected? Answer in one or two words (for example, “... of "
                    "public mediators”).</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "тізілім", "fraction": 1.0},
                    {"text": "тізілімі", "fraction": 1.0},
                    {"text": "медиаторлар тізілімі", "fraction": 1.0},
                    {"text": "қоғамдық медиаторлар тізілімі", "fraction": 1.0},
                    {"text": "тізім", "fraction": 0.5},
                ],
                "ru": [
                    {"text": "реестр", "fraction": 1.0},
                    {"text": "реестр медиаторов", "fraction": 1.0},
                    {"text": "реестр общественных медиаторов", "fraction": 1.0},
                    {"text": "список", "fraction": 0.5},
                ],
                "en": [
                    {"text": "register", "fraction": 1.0},
                    {"text": "the register", "fraction": 1.0},
                    {"text": "register of mediators", "fraction": 1.0},
                    {"text": "register of public mediators", "fraction": 1.0},
                    {"text": "registry", "fraction": 1.0},
                    {"text": "list", "fraction": 0.5},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бұл — медиаторлар тізілімі: медиаторлардың ресми тізімі. Қоғамдық медиатор "
                    "жергілікті қоғамдастық сайлағаннан кейін қоғамдық медиаторлар тізіліміне "
                    "енгізіледі."
                ),
                "ru": (
                    "Это реестр медиаторов — официальный список медиаторов. Общественного "
                    "медиатора вносят в реестр общественных медиаторов после избрания местным "
                    "сообществом."
                ),
                "en": (
                    "This is the register of mediators, the official list of mediators. A "
                    "public mediator is entered in the register of public mediators after being "
                    "elected by the local community."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "akim-deadline-principles",
            "text": {
                "kk": (
                    "<p>Ауылдық округ әкімі қоғамдық медиаторға қоңырау шалып: «Жұмаға дейін "
                    "осы екі отбасының ара-жігін ажыратып, бір қағазға қол қойғыз», — дейді. "
                    "Медиатордың қай жауабы ең дұрыс?</p>"
                ),
                "ru": (
                    "<p>Аким сельского округа звонит общественному медиатору: «До пятницы "
                    "разберись с этими двумя семьями и заставь их подписать какую-нибудь "
                    "бумагу». Какой ответ медиатора лучше всего?</p>"
                ),
                "en": (
                    "<p>The akim of the rural district phones a public mediator: “Sort out "
                    "these two families by Friday and get them to sign something.” Which answer "
                    "of the mediator is best?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Алғыс айтып, отбасылардың медиацияға өз еркімен келетінін және "
                            "шешімді өздері қабылдайтынын түсіндіру; мерзімге уәде бермеу және "
                            "тараптар келіссе, нәтижесін хабарлауды ұсыну."
                        ),
                        "ru": (
                            "Поблагодарить, объяснить, что семьи приходят в медиацию "
                            "добровольно и сами принимают решение; не обещать срок и предложить "
                            "сообщить результат, если стороны согласятся."
                        ),
                        "en": (
                            "Thank the akim, explain that the families come to mediation of "
                            "their own free will and make their own decision; promise no "
                            "deadline, and offer to report the outcome if the parties agree."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: еріктілік пен рәсімге араласуға жол бермеу сақталады, "
                            "әкімдікпен қарым-қатынас та бұзылмайды."
                        ),
                        "ru": (
                            "Верно: соблюдены добровольность и недопустимость вмешательства, и "
                            "отношения с акиматом не испорчены."
                        ),
                        "en": (
                            "Right: voluntariness and non-interference are protected, and "
                            "relations with the akimat stay good."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келісу: әкімнің өтініші тараптарды тезірек келісуге ынталандырады.",
                        "ru": (
                            "Согласиться: просьба акима подстегнёт стороны быстрее договориться."
                        ),
                        "en": "Agree: the akim's request will push the parties to agree faster.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: қысыммен алынған қолтаңба берік келісім бермейді; бұл "
                            "еріктілікті бұзады."
                        ),
                        "ru": (
                            "Нет: подпись под давлением не даёт прочного соглашения; это "
                            "нарушает добровольность."
                        ),
                        "en": (
                            "No: a signature obtained under pressure does not make a lasting "
                            "agreement; it breaks voluntariness."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Отбасыларға: «Әкім жұмаға дейін қол қойылуын талап етіп отыр», — "
                            "деп айту."
                        ),
                        "ru": (
                            "Сказать семьям: «Аким требует, чтобы до пятницы всё было подписано»."
                        ),
                        "en": (
                            "Tell the families: “The akim demands that everything is signed by "
                            "Friday.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: бұл — тараптарға тікелей қысым және рәсімге бөгде адамның "
                            "араласуы."
                        ),
                        "ru": (
                            "Нет: это прямое давление на стороны и вмешательство постороннего в "
                            "процедуру."
                        ),
                        "en": (
                            "No: this is direct pressure on the parties and outside "
                            "interference in the procedure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Істен бірден бас тартып, әкімге енді хабарласпау.",
                        "ru": "Сразу отказаться от дела и больше не выходить на связь с акимом.",
                        "en": "Refuse the case at once and stop talking to the akim.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жоқ: әкімдік — маңызды серіктес; оның рөлін сыпайы түсіндіріп, "
                            "істі медиация қағидаттарымен жүргізуге болады."
                        ),
                        "ru": (
                            "Нет: акимат — важный партнёр; достаточно вежливо объяснить его "
                            "роль и вести дело по принципам медиации."
                        ),
                        "en": (
                            "No: the akimat is an important partner; explain its role politely "
                            "and run the case by the principles of mediation."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Еріктілік: тараптар өз еркімен келеді және кез келген кезеңде бас тарта "
                    "алады. Рәсімге араласуға жол бермеу: ешбір лауазымды адам медиаторға да, "
                    "тараптарға да қысым көрсетпеуге тиіс. Әкімдік не істейтінін уәде ету де, "
                    "адамдарды асықтыру да — жиі кездесетін қателер."
                ),
                "ru": (
                    "Добровольность: стороны приходят по своей воле и могут отказаться на любом "
                    "этапе. Недопустимость вмешательства: ни одно должностное лицо не должно "
                    "давить на медиатора или стороны. Обещать за акимат и торопить людей — "
                    "типичные ошибки."
                ),
                "en": (
                    "Voluntariness: the parties come of their own free will and may leave at "
                    "any stage. Non-interference: no official may put pressure on the mediator "
                    "or the parties. Making promises for the akimat and hurrying people are "
                    "common mistakes."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "failed-attempt-next-step",
            "text": {
                "kk": (
                    "<p>Ерболат қорытынды тесттің бірінші талпынысында 62 пайыз жинады. Курс "
                    "ережелері бойынша оған не істеген дұрыс?</p>"
                ),
                "ru": (
                    "<p>Ерболат набрал 62 процента на первой попытке итогового теста. Как ему "
                    "лучше поступить по правилам курса?</p>"
                ),
                "en": (
                    "<p>Yerbolat scored 62 per cent on his first attempt at the final test. "
                    "What should he do under the course rules?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Қай тақырыптарда қате жібергенін қарап, оларды қайталау және "
                            "келесі талпыныс алдында жаттықтырушымен талқылау."
                        ),
                        "ru": (
                            "Посмотреть, в каких темах были ошибки, повторить их и обсудить с "
                            "тренером перед следующей попыткой."
                        ),
                        "en": (
                            "Look at the topics where he made mistakes, revise them and discuss "
                            "them with the trainer before the next attempt."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: ең көбі үш талпыныс бар, сондықтан келесісіне дайындалған жөн."
                        ),
                        "ru": (
                            "Верно: попыток не больше трёх, поэтому к следующей стоит "
                            "подготовиться."
                        ),
                        "en": (
                            "Right: there are at most three attempts, so the next one is worth "
                            "preparing for."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Есте тұрғанда сол күні кешке бірден қайта тапсыру.",
                        "ru": "Сразу пересдать тем же вечером, пока всё свежо в памяти.",
                        "en": "Retake it that same evening while everything is fresh in his mind.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: курс сол күні кешке қайта тапсыруға асықпауға кеңес береді.",
                        "ru": "Нет: курс советует не спешить с пересдачей в тот же вечер.",
                        "en": (
                            "No: the course advises against rushing into a retake the same evening."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ештеңе істемеу: 62 пайыз өту үшін жеткілікті.",
                        "ru": "Ничего не делать: 62 процентов достаточно.",
                        "en": "Do nothing: 62 per cent is enough to pass.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: өту шегі — 70 пайыз.",
                        "ru": "Нет: проходной балл — 70 процентов.",
                        "en": "No: the pass mark is 70 per cent.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бүкіл курсты басынан қайта оқу керек, өйткені екінші талпыныс "
                            "берілмейді."
                        ),
                        "ru": "Пройти весь курс заново, потому что второй попытки не дают.",
                        "en": "Take the whole course again, because no second attempt is allowed.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: ең көбі үш талпыныс беріледі.",
                        "ru": "Нет: даётся до трёх попыток.",
                        "en": "No: up to three attempts are allowed.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Өту шегі — 70 пайыз, ең көбі үш талпыныс беріледі. Сәтсіз талпыныстан "
                    "кейін қате жіберген тақырыптарды қарап, қайталап, жаттықтырушымен "
                    "талқылаңыз; сол күні кешке қайта тапсыруға асықпаңыз."
                ),
                "ru": (
                    "Проходной балл — 70 процентов, попыток не больше трёх. После неудачной "
                    "попытки посмотрите темы с ошибками, повторите их и обсудите с тренером; не "
                    "спешите с пересдачей в тот же вечер."
                ),
                "en": (
                    "The pass mark is 70 per cent, with up to three attempts. After an "
                    "unsuccessful attempt, look at the topics where you made mistakes, revise "
                    "them and discuss them with the trainer; do not rush into a retake the same "
                    "evening."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "qualification-rules",
            "text": {
                "kk": (
                    "<p>Біліктілік пен оның жарамдылығы туралы мына тұжырымдардың қайсысы курс "
                    "бағдарламасының ережелеріне сай келеді? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Какие из этих утверждений о квалификации и сроке её действия "
                    "соответствуют правилам программы курса? Выберите все верные ответы.</p>"
                ),
                "en": (
                    "<p>Which of these statements about the qualification and its validity "
                    "match the rules of the course programme? Choose all correct answers.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Біліктілік үшін курс сағаттарының кемінде 80 пайызына қатысу қажет."
                        ),
                        "ru": "Для квалификации нужно посетить не менее 80 процентов часов курса.",
                        "en": (
                            "The qualification requires attendance of at least 80 per cent of "
                            "the course hours."
                        ),
                    },
                    "fraction": 0.34,
                    "feedback": {"kk": "Иә.", "ru": "Да.", "en": "Yes."},
                },
                {
                    "text": {
                        "kk": "Біліктілік үш жыл жарамды.",
                        "ru": "Квалификация действует три года.",
                        "en": "The qualification is valid for three years.",
                    },
                    "fraction": 0.33,
                    "feedback": {"kk": "Иә.", "ru": "Да.", "en": "Yes."},
                },
                {
                    "text": {
                        "kk": (
                            "Жаңарту үшін әр үш жыл ішінде кемінде 16 академиялық сағат "
                            "біліктілікті арттыру қажет."
                        ),
                        "ru": (
                            "Для продления нужно не менее 16 академических часов повышения "
                            "квалификации за каждые три года."
                        ),
                        "en": (
                            "Renewal needs at least 16 academic hours of continuing training in "
                            "every three-year period."
                        ),
                    },
                    "fraction": 0.33,
                    "feedback": {"kk": "Иә.", "ru": "Да.", "en": "Yes."},
                },
                {
                    "text": {
                        "kk": "Тізілімге енгізілгеннен кейін біліктілік өмір бойы жарамды.",
                        "ru": "После внесения в реестр квалификация действует пожизненно.",
                        "en": "Once entered in the register, the qualification is valid for life.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: біліктілік үш жыл жарамды және біліктілікті арттыру арқылы "
                            "жаңартылады."
                        ),
                        "ru": (
                            "Нет: квалификация действует три года и продлевается через "
                            "повышение квалификации."
                        ),
                        "en": (
                            "No: it is valid for three years and is renewed through continuing "
                            "training."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Біліктілікті арттыру әр жыл сайын кемінде 16 сағат болуы керек.",
                        "ru": (
                            "Повышение квалификации должно составлять не менее 16 часов каждый год."
                        ),
                        "en": "Continuing training must be at least 16 hours every year.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Жоқ: 16 академиялық сағат әр жыл сайын емес, әр үш жыл ішінде.",
                        "ru": (
                            "Нет: 16 академических часов нужны не каждый год, а за каждые три года."
                        ),
                        "en": "No: the 16 academic hours are per three-year period, not per year.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Тестпен қатар курс сағаттарының кемінде 80 пайызына қатысу қажет. "
                    "Бағдарлама ережелері бойынша біліктілік үш жыл жарамды; оны жаңарту үшін "
                    "әр үш жыл ішінде кемінде 16 академиялық сағат біліктілікті арттырудан өту "
                    "керек, мысалы, Ассамблея мен медиаторлар ұйымдарының семинарлары мен қысқа "
                    "курстары. Медициналық анықтамалардың мерзімін де қадағалаңыз."
                ),
                "ru": (
                    "Помимо теста, нужно посетить не менее 80 процентов часов курса. По "
                    "правилам программы квалификация действует три года; для продления нужно за "
                    "каждые три года пройти не менее 16 академических часов повышения "
                    "квалификации, например семинары и короткие курсы Ассамблеи и организаций "
                    "медиаторов. Следите и за сроками медицинских справок."
                ),
                "en": (
                    "Alongside the test, you need attendance of at least 80 per cent of the "
                    "course hours. Under the programme rules the qualification is valid for "
                    "three years; to renew it you need at least 16 academic hours of continuing "
                    "training in every three-year period, for example seminars and short "
                    "courses run by the Assembly and organisations of mediators. Keep an eye on "
                    "your medical certificates too."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "reframe-water-at-night",
            "text": {
                "kk": (
                    "<p>Суару маусымында Мұрат: «Олар түнде біздің суымызды бөгеп тастайды!» — "
                    "дейді. Медиатордың қай сөзі бұл айыптауды бейтарап мүддеге айналдырады?</p>"
                ),
                "ru": (
                    "<p>В сезон полива Мурат говорит: «Они по ночам перекрывают нашу воду!» "
                    "Какие слова медиатора превращают это обвинение в нейтральный интерес?</p>"
                ),
                "en": (
                    "<p>During the watering season Murat says: “They block our water at night!” "
                    "Which words of the mediator turn this accusation into a neutral "
                    "interest?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "«Суару кезінде, түнде де, сізге әділ әрі тұрақты су үлесі керек».",
                        "ru": (
                            "«Вам нужна справедливая и надёжная доля воды во время полива, в "
                            "том числе ночью»."
                        ),
                        "en": (
                            "“You need a fair and reliable share of water during irrigation, at "
                            "night too.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: фактілер қалды, шабуыл кетті, ал сөз қажеттілікке бағытталды."
                        ),
                        "ru": (
                            "Верно: факты остались, нападение ушло, а слова указывают на "
                            "потребность."
                        ),
                        "en": (
                            "Right: the facts stay, the attack goes, and the words point to a need."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Сонда олар түнде сіздің суыңызды бөгейді».",
                        "ru": "«Значит, они по ночам перекрывают вашу воду».",
                        "en": "“So they block your water at night.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл айыптауды және «олар» деген айдарды қайталайды.",
                        "ru": "Нет: это повторяет обвинение и ярлык «они».",
                        "en": "No: this repeats the accusation and the label “they”.",
                    },
                },
                {
                    "text": {
                        "kk": "«Сіз көршіңіздің отбасы адал емес деп айтып отырсыз».",
                        "ru": "«Вы хотите сказать, что семья соседа нечестна».",
                        "en": "“You are saying your neighbour's family is dishonest.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: бұл айыптауды күшейтіп, тұтас отбасыға жапсырады.",
                        "ru": "Нет: это усиливает обвинение и переносит его на всю семью.",
                        "en": "No: this sharpens the accusation and pins it on a whole family.",
                    },
                },
                {
                    "text": {
                        "kk": "«Уайымдамаңыз, су мәселесі барлық жерде бар».",
                        "ru": "«Не переживайте, проблемы с водой есть везде».",
                        "en": "“Don't worry, there are water problems everywhere.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Жоқ: асығыс жұбату адамның мәселесін байыпқа алмайды.",
                        "ru": "Нет: поспешное утешение не принимает проблему человека всерьёз.",
                        "en": (
                            "No: hurrying to comfort does not take the person's problem seriously."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қайта тұжырымдау ауыр сөзді бейтарап сөзге айналдырады: «Олар біздің "
                    "суымызды үнемі ұрлайды» деген сөз «Суару кезінде сізге әділ әрі тұрақты су "
                    "үлесі керек» болып өзгереді. Нақты мәселе мен нақты адамдар туралы "
                    "сөйлесіп, бүтін қауымдастықтарды жалпылап айтпаңыз."
                ),
                "ru": (
                    "Рефрейминг превращает резкую фразу в нейтральную: «Они вечно воруют нашу "
                    "воду» становится «Вам нужна справедливая и надёжная доля воды во время "
                    "полива». Говорите о реальной проблеме и конкретных людях, а не о целых "
                    "общинах."
                ),
                "en": (
                    "Reframing turns a loaded phrase into a neutral one: “They always steal our "
                    "water” becomes “You need a fair and reliable share of water during "
                    "irrigation”. Keep the conversation about the real problem and the "
                    "particular people, not whole communities."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-shared-driveway",
            "text": {
                "kk": (
                    "<p>Бұл — ойдан шығарылған мысал. Қызылорда облысындағы ауылда Асан мен "
                    "Виктор он бес жылдан бері ортақ өтпе жолды пайдаланады. Виктордың қауын "
                    "тиеген жүк көлігі жолды жиі бөгейді; өткен аптада Асанның ұлы көлігімен "
                    "өте алмай, Виктордың қоршауын сындырып кетті. Асанның жиені екі көршінің "
                    "ұрысын телефонға түсіріп, ауылдың WhatsApp тобына «Біздің жерде бізге "
                    "осылай қарайды» деген жазумен салды. Пікірлер ұлтқа ауысты; екі отбасында "
                    "да келесі айда той болады.</p><p>Ауылдық округ әкімі: «Дүйсенбіге дейін "
                    "бір қағазға қол қойғыз», — дейді. Ал сіз Виктордың әйелімен Достық үйінің "
                    "хорында бірге ән айтасыз.</p><p>200–300 сөзбен жазыңыз: (1) әкімнің "
                    "өтініші мен хордағы таныстығыңыз қай қағидаттарға қатер төндіреді және "
                    "әрқайсысы туралы не істейсіз; (2) алғашқы 48 сағатта бейне мен пікірлер "
                    "туралы не істейсіз және кімді тартасыз; (3) Асан мен Виктордың ұстанымдары "
                    "мен мүдделері қандай, «олар жолымызды бөгейді» деген сөзді бейтарап "
                    "мүддеге айналдырыңыз; (4) жазбаша келісімде не болуы керек және тойлардан "
                    "кейін оның орындалуын қалай қадағалайсыз.</p>"
                ),
                "ru": (
                    "<p>Это вымышленный пример. В селе Кызылординской области Асан и Виктор "
                    "пятнадцать лет пользуются общим проездом. Грузовик Виктора с дынями часто "
                    "перегораживает проезд; на прошлой неделе сын Асана, не сумев проехать, "
                    "сломал Виктору забор. Племянник Асана снял ссору двух соседей на телефон и "
                    "выложил в сельскую WhatsApp-группу с подписью «Вот как к нам относятся на "
                    "нашей земле». Комментарии перешли на национальность; в обеих семьях через "
                    "месяц свадьбы.</p><p>Аким сельского округа говорит: «До понедельника "
                    "заставь их подписать бумагу». А вы вместе с женой Виктора поёте в хоре "
                    "Дома дружбы.</p><p>Напишите 200–300 слов: (1) каким принципам угрожают "
                    "просьба акима и ваше знакомство по хору и что вы сделаете в каждом случае; "
                    "(2) что вы сделаете в первые 48 часов с видео и комментариями и кого "
                    "привлечёте; (3) каковы позиции и интересы Асана и Виктора; "
                    "переформулируйте «они перекрывают нам проезд» в нейтральный интерес; (4) "
                    "что должно быть в письменном соглашении и как вы проверите его выполнение "
                    "после свадеб.</p>"
                ),
                "en": (
                    "<p>This is an invented example. In a village in Kyzylorda region, Asan and "
                    "Viktor have shared a driveway for fifteen years. Viktor's truck loaded "
                    "with melons often blocks it; last week Asan's son, unable to get through, "
                    "broke Viktor's fence. Asan's nephew filmed the two neighbours quarrelling "
                    "and posted the clip in the village WhatsApp group with the words “This is "
                    "how they treat us on our own land”. The comments turned to nationality, "
                    "and both families have weddings next month.</p><p>The akim of the rural "
                    "district says: “Get them to sign a paper by Monday.” And you sing in the "
                    "House of Friendship choir together with Viktor's wife.</p><p>Write 200–300 "
                    "words: (1) which principles the akim's request and your choir acquaintance "
                    "put at risk, and what you will do about each; (2) what you will do in the "
                    "first 48 hours about the video and the comments, and whom you will "
                    "involve; (3) what positions and interests Asan and Viktor have; reframe "
                    "“they block our driveway” as a neutral interest; (4) what the written "
                    "agreement should contain and how you will follow it up after the "
                    "weddings.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Қағидаттар: әкімнің мерзімі еріктілікке және рәсімге араласуға жол "
                            "бермеуге қатер төндіретінін, ал хордағы таныстық бейтараптыққа "
                            "қатысты екенін көреді; әкімге сыпайы жауап береді, байланысты екі "
                            "тарапқа да ашық айтады және тараптардың келісімін сұрайды."
                        ),
                        "ru": (
                            "Принципы: видно, что срок акима угрожает добровольности и "
                            "недопустимости вмешательства, а знакомство по хору касается "
                            "беспристрастности; акиму дан вежливый ответ, о связи сказано обеим "
                            "сторонам открыто и спрошено их согласие."
                        ),
                        "en": (
                            "Principles: sees that the akim's deadline threatens voluntariness "
                            "and non-interference and that the choir acquaintance concerns "
                            "impartiality; answers the akim politely, discloses the link openly "
                            "to both sides and asks for their agreement."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Бейне мен чат: деректерді тез әрі сабырмен тексереді, жазбаның "
                            "авторынан оны түзетуді сұрайды, әкімдікпен және екі қауымдастықтың "
                            "сыйлы адамдарымен бір нақты хабарламаны келіседі; қорқыту немесе "
                            "зорлыққа шақыру болса, полицияға және өңірлік медиация кабинетіне "
                            "хабарлайды."
                        ),
                        "ru": (
                            "Видео и чат: факты проверены быстро и спокойно, автора поста "
                            "просят его исправить, с акиматом и уважаемыми людьми обеих общин "
                            "согласовано одно ясное сообщение; при угрозах или призывах к "
                            "насилию сообщено в полицию и региональный кабинет медиации."
                        ),
                        "en": (
                            "Video and chat: checks the facts quickly and calmly, asks the "
                            "author of the post to correct it, agrees one clear message with "
                            "the akimat and respected people from both communities; if there "
                            "are threats or calls to violence, informs the police and the "
                            "regional mediation office."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Ұстанымдар мен мүдделер: ұстанымдардың артындағы мүдделерді "
                            "(кедергісіз өту, сауда табысы, сынған қоршаудың орнын толтыру, "
                            "құрмет, тыныш той) атайды және айыптауды бейтарап мүддеге "
                            "айналдырады."
                        ),
                        "ru": (
                            "Позиции и интересы: названы интересы за позициями (свободный "
                            "проезд, доход от торговли, возмещение забора, уважение, спокойные "
                            "свадьбы), обвинение переформулировано в нейтральный интерес."
                        ),
                        "en": (
                            "Positions and interests: names the interests behind the positions "
                            "(free passage, trading income, the fence put right, respect, "
                            "peaceful weddings) and reframes the accusation as a neutral "
                            "interest."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Келісім және қадағалау: келісімде кім, не істейтіні және қай "
                            "мерзімге дейін орындайтыны, жаңа мәселе туындаса не істейтіні "
                            "жазылады, бұлыңғыр сөздер жоқ; тойлардан кейін келісілген мерзімде "
                            "орындалуын тексереді."
                        ),
                        "ru": (
                            "Соглашение и контроль: в соглашении кто, что и к какому сроку, "
                            "порядок действий при новой проблеме, без расплывчатых слов; после "
                            "свадеб в оговорённый срок проверено выполнение."
                        ),
                        "en": (
                            "Agreement and follow-up: the agreement states who does what and by "
                            "when and what happens if a new problem arises, with no vague "
                            "words; after the weddings the mediator checks at the agreed time "
                            "how it is working."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауапта: әкімге алғыс айтылып, тараптар өз еркімен келетіні және "
                    "мерзімді медиатор емес, тараптар анықтайтыны түсіндіріледі; хордағы "
                    "таныстық екі тарапқа да ашық айтылып, олар келіспесе, іс басқа медиаторға "
                    "беріледі. 48 сағат ішінде медиатор әр отбасымен жеке сөйлеседі, бейненің "
                    "авторынан жазбаны түзетуді сұрайды, әкімдікпен және екі қауымдастықтың "
                    "сыйлы адамдарымен бір хабарламаны келіседі, ақсақалдар кеңесі мен "
                    "этномәдени бірлестікті қолдаушы ретінде тартады; қорқыту болса, полицияға "
                    "хабарлайды. Ұстанымдар: «жолды бөгемесін», «қоршауды жөндесін»; мүдделер: "
                    "кедергісіз өту, сауда табысы, қауіпсіздік, құрмет. Мысалы: «Сізге "
                    "отбасыңыздың көлігі кез келген уақытта кедергісіз өтуі керек». Келісімде, "
                    "мысалы, жүк түсіру уақыты мен орны, қоршауды кім, қашан жөндейтіні және "
                    "тойлар күндері жолды қалай пайдаланатыны жазылады; тойлардан кейін "
                    "медиатор келісімнің орындалуын тексереді."
                ),
                "ru": (
                    "Хороший ответ: акима благодарят и объясняют, что стороны приходят "
                    "добровольно и срок определяют они, а не медиатор; о знакомстве по хору "
                    "открыто говорят обеим сторонам, и если они не согласны, дело передают "
                    "другому медиатору. В первые 48 часов медиатор отдельно говорит с каждой "
                    "семьёй, просит автора видео исправить пост, согласует одно сообщение с "
                    "акиматом и уважаемыми людьми обеих общин, привлекает совет аксакалов и "
                    "этнокультурное объединение как поддержку; при угрозах сообщает в полицию. "
                    "Позиции: «пусть не перегораживает проезд», «пусть починит забор»; "
                    "интересы: свободный проезд, доход от торговли, безопасность, уважение. "
                    "Например: «Вам нужно, чтобы машина вашей семьи могла проехать в любое "
                    "время». В соглашении, например, время и место разгрузки, кто и когда чинит "
                    "забор, как пользоваться проездом в дни свадеб; после свадеб медиатор "
                    "проверяет, как оно выполняется."
                ),
                "en": (
                    "A good answer: the mediator thanks the akim and explains that the parties "
                    "come freely and set the pace themselves, not the mediator; the choir "
                    "acquaintance is disclosed openly to both sides, and if they object, the "
                    "case goes to another mediator. Within 48 hours the mediator talks to each "
                    "family separately, asks the author of the video to correct the post, "
                    "agrees one message with the akimat and respected people from both "
                    "communities, and involves the council of elders and the ethnocultural "
                    "association as supporters; threats are reported to the police. Positions: "
                    "“stop blocking the driveway”, “repair the fence”; interests: free passage, "
                    "trading income, safety, respect. For example: “You need your family's car "
                    "to be able to get through at any time.” The agreement might set the time "
                    "and place for unloading, who repairs the fence and by when, and how the "
                    "driveway is used on the wedding days; after the weddings the mediator "
                    "checks how it is working."
                ),
            },
        },
    ],
}
