"""Module 8 quiz of the negotiator-ethnomediator course: ethics and professional standards."""

QUIZ = {
    "module": "ethics",
    "title": {"kk": "8-модуль бойынша тест", "ru": "Тест по модулю 8", "en": "Module 8 test"},
    "intro": {
        "kk": (
            "<p>Бұл тест бейтараптық пен алаламаушылықты, мүдделер қақтығысын, мүмкіндіктер "
            "теңсіздігін, құпиялылықты, сыйлықтарды, іс жазбаларын және өз күшіңізді сақтауды "
            "күнделікті жұмыста қалай қолданатыныңызды тексереді. Әр жағдаятта этномедиатордың "
            "тараптар сенімін сақтайтын қадамын таңдаңыз.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, как вы применяете в повседневной работе нейтральность и "
            "беспристрастность, правила о конфликте интересов, неравенстве сил, "
            "конфиденциальности, подарках, записях о делах и заботе о себе. В каждой ситуации "
            "выберите шаг, который сохраняет доверие сторон к этномедиатору.</p>"
        ),
        "en": (
            "<p>This test checks how you apply neutrality and impartiality, conflicts of "
            "interest, power imbalance, confidentiality, gifts, case records and looking after "
            "yourself in everyday work. In each situation choose the step that keeps the parties' "
            "trust in the ethnomediator.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "disclose-a-tie-at-school",
            "text": {
                "kk": (
                    "<p>Солтүстік Қазақстан облысындағы аудан орталығы. Мектеп директоры сабақтан "
                    "кейін төбелескен екі оқушының отбасыларымен кездесу өткізу үшін келіссөз "
                    "жүргізуші-этномедиаторды шақырды; интернетте ұлдардың ұлтына қатысты "
                    "пікірлер жазылған. Медиатор кітапханаға келгенде өткен жылы ұлдардың бірін "
                    "мектептің волейбол секциясында жаттықтырғанын және оның анасын жақсы "
                    "танитынын түсінеді. Кездесу басталғалы тұр. Ол не істеуі керек?</p>"
                ),
                "ru": (
                    "<p>Районный центр в Северо-Казахстанской области. Директор школы пригласил "
                    "переговорщика-этномедиатора провести встречу с семьями двух учеников, "
                    "подравшихся после уроков; в интернете появились комментарии о национальности "
                    "мальчиков. Придя в библиотеку, медиатор понимает, что в прошлом году "
                    "тренировала одного из мальчиков в школьной секции волейбола и хорошо знает "
                    "его маму. Встреча вот-вот начнётся. Что ей следует сделать?</p>"
                ),
                "en": (
                    "<p>A district town in North Kazakhstan region. A school principal has "
                    "invited a negotiator-ethnomediator to hold a meeting with the families of "
                    "two pupils who fought after school; comments about the boys' nationalities "
                    "have appeared online. On arrival in the library, the mediator realises that "
                    "last year she coached one of the boys in the school volleyball club and "
                    "knows his mother well. The meeting is about to start. What should she do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Дау талқыланбай тұрып, байланысты екі отбасына бірге, қарапайым "
                            "сөзбен айтып, әр отбасынан жұмысты жалғастыруға келісетінін сұрау "
                            "және қарсылығын, оның ішінде оңаша айтуға шынайы мүмкіндік беру."
                        ),
                        "ru": (
                            "До обсуждения спора сообщить о связи обеим семьям вместе простыми "
                            "словами, спросить каждую семью, согласна ли она продолжать, и дать "
                            "реальную возможность возразить, в том числе наедине."
                        ),
                        "en": (
                            "Before the dispute is discussed, tell both families together about "
                            "the tie in plain words, ask each family whether they agree to "
                            "continue, and give a real chance to object, including in private."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Ашып айту, сұрау, шешу: жұмысты жалғастыру-жалғастырмауды "
                            "тараптардың өздері шешеді."
                        ),
                        "ru": (
                            "Верно. Раскрыть, спросить, решить: продолжать ли работу, решают сами "
                            "стороны."
                        ),
                        "en": (
                            "Right. Disclose, ask, decide: it is the parties who decide whether "
                            "the work goes on."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ештеңе айтпау: байланыс шағын әрі ескі, ол туралы айтсаңыз, екінші "
                            "отбасы тек күдіктене бастайды."
                        ),
                        "ru": (
                            "Ничего не говорить: связь небольшая и давняя, а упоминание о ней "
                            "только вызовет подозрения у другой семьи."
                        ),
                        "en": (
                            "Say nothing: the tie is small and old, and mentioning it would only "
                            "make the other family suspicious."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "«Ешкім байқамас» деп шағын байланысты жасыру — жиі кездесетін қате. "
                            "Кейін белгілі болса, сенім толық жоғалады."
                        ),
                        "ru": (
                            "Скрыть небольшую связь в надежде, что никто не заметит, — типичная "
                            "ошибка. Если она откроется позже, доверие будет потеряно."
                        ),
                        "en": (
                            "Hiding a small tie in the hope that nobody will notice is a common "
                            "mistake. If it comes out later, trust is lost."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Байланыс туралы тек өзін шақырған мектеп директорына айтып, "
                            "жалғастыру керек пе, жоқ па — соны директордың шешуіне қалдыру."
                        ),
                        "ru": (
                            "Сообщить о связи только директору школы, который её пригласил, и "
                            "оставить ему решение, продолжать ли."
                        ),
                        "en": (
                            "Tell only the school principal, who invited her, and leave it to him "
                            "to decide whether she continues."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жалғастыру туралы мектеп емес, тараптар шешеді, сондықтан байланыс "
                            "туралы екі отбасына да айту керек."
                        ),
                        "ru": (
                            "Решают не в школе, а сами стороны, поэтому о связи нужно сказать "
                            "обеим семьям."
                        ),
                        "en": (
                            "The parties, not the school, decide whether to continue, so both "
                            "families must be told about the tie."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Байланыс туралы ұлдың анасына оңаша айтып, оны басқаларға айтпауын "
                            "өтіну."
                        ),
                        "ru": (
                            "Сказать о связи маме мальчика наедине и попросить её никому об этом "
                            "не говорить."
                        ),
                        "en": (
                            "Mention the tie to the boy's mother in private and ask her to keep "
                            "it to herself."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл бір тараппен ортақ құпия жасайды және алаламаушылықты бұзады. "
                            "Байланыс екі тарапқа бірге айтылады."
                        ),
                        "ru": (
                            "Так возникает общий секрет с одной стороной, а это нарушает "
                            "беспристрастность. О связи говорят обеим сторонам вместе."
                        ),
                        "en": (
                            "This creates a secret shared with one side and breaks impartiality. "
                            "A tie is disclosed to both parties together."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Байланысты ашып айту — тараптарға ол туралы алдын ала немесе анықталған "
                    "сәтте айту, сонда олар жұмысты жалғастыру-жалғастырмауды өздері шешеді. Егер "
                    "тарап қарсы болса, басқа медиатор немесе бірлескен медиация ұсынылады."
                ),
                "ru": (
                    "Раскрытие связи — сообщить о ней сторонам заранее или сразу, как только она "
                    "обнаружилась, чтобы они сами решили, продолжать ли работу. Если сторона "
                    "возражает, предлагают другого медиатора или ко-медиацию."
                ),
                "en": (
                    "Disclosure means telling both parties about a tie in advance, or as soon as "
                    "it appears, so that they can decide whether to continue. If a party objects, "
                    "another mediator or co-mediation is offered."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "conflict-of-interest-ties",
            "text": {
                "kk": (
                    "<p>Жамбыл облысындағы ауылда қоғамдық медиатордан су кезегі туралы екі үйдің "
                    "дауына көмектесуді сұрайды. Төмендегі жағдайлардың қайсысы ол ашып айтуы "
                    "немесе істен өздігінен бас тартуы тиіс <strong>мүдделер қақтығысы</strong> "
                    "болып табылады?</p>"
                ),
                "ru": (
                    "<p>В селе Жамбылской области общественного медиатора просят помочь в споре "
                    "двух дворов об очереди полива. Какие из этих обстоятельств — "
                    "<strong>конфликт интересов</strong>, который она должна раскрыть или из-за "
                    "которого должна взять самоотвод?</p>"
                ),
                "en": (
                    "<p>In a village in Zhambyl region a public mediator is asked to help in a "
                    "dispute between two households over their turn for watering. Which of these "
                    "circumstances are <strong>conflicts of interest</strong> that she must "
                    "disclose or withdraw over?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ол су кестесін бекітетін су пайдаланушылар кооперативінде есепші "
                            "болып істейді."
                        ),
                        "ru": (
                            "Она работает бухгалтером в кооперативе водопользователей, который "
                            "утверждает график полива."
                        ),
                        "en": (
                            "She works as an accountant for the water users' cooperative that "
                            "approves the watering schedule."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Жұмыс берушісі дауға қатысты мәселені шешеді — бұл нақты байланыс."
                        ),
                        "ru": (
                            "Да. Её работодатель решает вопрос, связанный со спором, — это "
                            "реальная связь."
                        ),
                        "en": (
                            "Yes. Her employer decides a question related to the dispute: this is "
                            "a real tie."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Үйлердің бірі одан жер телімін жалға алады.",
                        "ru": "Один из дворов арендует у неё земельный участок.",
                        "en": "One of the households rents a plot of land from her.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә. Ақша мен көмекке байланысты қатынас — мүдделер қақтығысы.",
                        "ru": "Да. Денежные отношения и услуги — конфликт интересов.",
                        "en": (
                            "Yes. Money and favours between her and a party are a conflict of "
                            "interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өткен аптада ол осы ұрыс туралы ауыл чатында пікір жазған.",
                        "ru": "На прошлой неделе она прокомментировала эту ссору в сельском чате.",
                        "en": "Last week she commented on this quarrel in the village chat.",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Дау туралы әлеуметтік желіде бұрын пікір білдіру — бұрынғы рөл, "
                            "ол әділдігіңізге күмән тудырады."
                        ),
                        "ru": (
                            "Да. Прежние комментарии о споре в соцсетях — это прежняя роль, она "
                            "вызывает сомнения в вашей беспристрастности."
                        ),
                        "en": (
                            "Yes. Having commented on the dispute on social media is an earlier "
                            "role that makes people doubt your impartiality."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ол үйлердің бірі жататын қауымның этномәдени бірлестігінде төрағаның "
                            "орынбасары."
                        ),
                        "ru": (
                            "Она заместитель председателя этнокультурного объединения общины, к "
                            "которой относится один из дворов."
                        ),
                        "en": (
                            "She is deputy head of the ethnocultural association of the community "
                            "one of the households belongs to."
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә. Қауымның этномәдени бірлестігінде лауазым атқару — нақты байланыс."
                        ),
                        "ru": (
                            "Да. Должность в этнокультурном объединении общины — реальная связь."
                        ),
                        "en": (
                            "Yes. Holding office in that community's ethnocultural association is "
                            "a real tie."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ол үйлердің бірімен бір этностық топқа жатады, басқа ешқандай "
                            "байланыс жоқ."
                        ),
                        "ru": (
                            "Она принадлежит к той же этнической группе, что и один из дворов, "
                            "других связей нет."
                        ),
                        "en": (
                            "She belongs to the same ethnic group as one of the households, with "
                            "no other tie."
                        ),
                    },
                    "fraction": 0,
                    "feedback": {
                        "kk": (
                            "Мұның өзі мүдделер қақтығысы емес, бірақ екінші тарап оны солай "
                            "қабылдауы мүмкін; басқа қауымнан шыққан әріптеспен бірлескен "
                            "медиация көмектеседі."
                        ),
                        "ru": (
                            "Само по себе это не конфликт интересов, но другая сторона может так "
                            "это воспринять; поможет ко-медиация с коллегой из другой общины."
                        ),
                        "en": (
                            "This is not in itself a conflict of interest, but the other party "
                            "may see it as one; co-mediation with a colleague from the other "
                            "community helps."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ол екі үйдің де тілінде еркін сөйлейді.",
                        "ru": "Она свободно говорит на языках обоих дворов.",
                        "en": "She speaks the languages of both households fluently.",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Бұл байланыс емес, мүмкіндік: екі тарапқа бірдей қарауға көмектеседі."
                        ),
                        "ru": (
                            "Это не связь, а ресурс: он помогает одинаково относиться к обеим "
                            "сторонам."
                        ),
                        "en": (
                            "This is a resource, not a tie: it helps her treat both parties "
                            "equally."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Мүдделер қақтығысы — шешіміңізге әсер етуі немесе сырттағы адамды "
                    "әділдігіңізге күмәндандыруы мүмкін кез келген байланыс: туыстық, жұмыс "
                    "беруші, ақша мен көмек, бірлестіктегі лауазым, бұрынғы рөл. Бір қауымнан "
                    "болудың өзі қақтығыс емес, бірақ оны ескеру керек."
                ),
                "ru": (
                    "Конфликт интересов — любая связь, которая может повлиять на ваше суждение "
                    "или заставить разумного человека в нём усомниться: родство, работодатель, "
                    "деньги и услуги, должность в объединении, прежняя роль. Принадлежность к той "
                    "же общине сама по себе конфликтом не является, но её нужно учитывать."
                ),
                "en": (
                    "A conflict of interest is any link that could affect your judgement or make "
                    "a reasonable person doubt it: family, employer, money and favours, office in "
                    "an association, an earlier role. Belonging to the same community is not in "
                    "itself a conflict, but it must be taken into account."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "unequal-parties-same-treatment",
            "text": {
                "kk": (
                    "<p>Тараптардың бірі — су сорғысының иесі әрі лауазымы бар жергілікті тұрғын, "
                    "ал екіншісі — жер жалға алатын, кездесу тілін нашар білетін жас әйел. "
                    "Медиатор алаламаушылықты ең жақсы сақтау үшін екеуіне дәл бірдей қарап, "
                    "ешқайсысына қосымша қолдау көрсетпеуі керек.</p>"
                ),
                "ru": (
                    "<p>Одна сторона — местный житель с должностью, владелец водяного насоса, "
                    "другая — молодая женщина, которая арендует землю и плохо владеет языком "
                    "встречи. Лучше всего медиатор сохранит беспристрастность, если будет "
                    "обращаться с обеими совершенно одинаково и не окажет дополнительной "
                    "поддержки ни одной из них.</p>"
                ),
                "en": (
                    "<p>One party is a local man with an official post who owns the water pump; "
                    "the other is a young woman who rents land and speaks the language of the "
                    "meeting poorly. The mediator keeps impartiality best by treating both in "
                    "exactly the same way and giving neither any extra support.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Қате. Тең емес тараптарға дәл бірдей қарасаңыз, әлсізі үндемей қалады, ал "
                    "үнсіздікпен жасалған келісім ұзаққа бармайды. Медиатор нәтижені емес, "
                    "рәсімді теңестіреді: аудармашы, ашық сұрақтар, жеке кездесулер, кеңесуге "
                    "уақыт — әлсіз тараптың адвокаты болмай."
                ),
                "ru": (
                    "Неверно. Если обращаться с неравными сторонами совершенно одинаково, слабая "
                    "промолчит, а соглашение, достигнутое в молчании, долго не живёт. Медиатор "
                    "выравнивает процесс, а не результат: переводчик, открытые вопросы, "
                    "раздельные встречи, время на консультацию — не становясь адвокатом слабой "
                    "стороны."
                ),
                "en": (
                    "False. If you treat unequal parties in exactly the same way, the weaker one "
                    "stays silent, and an agreement reached in silence does not last. The "
                    "mediator balances the process, not the outcome: an interpreter, open "
                    "questions, separate meetings, time to consult, without becoming the weaker "
                    "party's advocate."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "recusal-term",
            "text": {
                "kk": (
                    "<p>Алғашқы кездесуге дейін медиатор тараптардың бірі өзінің жақын туысы "
                    "екенін анықтап, істен шығып, оны әріптесіне беруге шешім қабылдайды. "
                    "Медиатордың мұндай шешімі қалай аталады?</p>"
                ),
                "ru": (
                    "<p>Перед первой встречей медиатор выясняет, что одна из сторон — его близкий "
                    "родственник, и решает выйти из дела и передать его коллеге. Как называется "
                    "такое решение медиатора?</p>"
                ),
                "en": (
                    "<p>Before the first meeting a mediator finds out that one of the parties is "
                    "a close relative and decides to step out of the case and hand it to a "
                    "colleague. What is this decision of the mediator called?</p>"
                ),
            },
            "answers": {
                "kk": [
                    {"text": "*өздігінен бас тарт*", "fraction": 1.0},
                    {"text": "істен бас тарт*", "fraction": 1.0},
                ],
                "ru": [{"text": "самоотвод*", "fraction": 1.0}],
                "en": [
                    {"text": "withdraw*", "fraction": 1.0},
                    {"text": "*recus*", "fraction": 1.0},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Өздігінен бас тарту — мүдделер қақтығысына байланысты медиатордың істен "
                    "шығып, оны әріптесіне немесе медиация кабинетіне беру туралы шешімі. "
                    "Байланыс тікелей болса, тарап қарсы болса немесе өзіңіз әділ бола "
                    "алмайтыныңызды сезсеңіз, осылай әрекет етесіз."
                ),
                "ru": (
                    "Самоотвод — решение медиатора выйти из дела из-за конфликта интересов и "
                    "передать его коллеге или в кабинет медиации. Так поступают, если связь "
                    "прямая, если сторона возражает или если вы чувствуете, что не сможете "
                    "остаться беспристрастным."
                ),
                "en": (
                    "Withdrawal (recusal) is the mediator's decision to step out of a case "
                    "because of a conflict of interest and hand it to a colleague or the "
                    "mediation office. You withdraw if the tie is direct, if a party objects, or "
                    "if you feel you cannot stay impartial."
                ),
            },
        },
        {
            "type": "matching",
            "name": "standards-in-practice",
            "text": {
                "kk": (
                    "<p>Әр жағдаятты кәсіби стандарттарға сай келетін әрекетпен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": (
                    "<p>Соотнесите каждую ситуацию с действием, которое соответствует "
                    "профессиональным стандартам.</p>"
                ),
                "en": (
                    "<p>Match each situation with the action that follows professional "
                    "standards.</p>"
                ),
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": (
                            "Іс аяқталғаннан кейін тараптың әкесі қошқар мен «жанармайға» деп "
                            "конверт әкеледі"
                        ),
                        "ru": (
                            "После завершения дела отец одной из сторон приносит барана и конверт "
                            "«на бензин»"
                        ),
                        "en": (
                            "After the case, a party's father brings a ram and an envelope “for "
                            "petrol”"
                        ),
                    },
                    "answer": {
                        "kk": (
                            "Алғыс айтып, бас тарту, жұмыс екі тараптың сеніміне сүйенетінін "
                            "түсіндіру және үйлестірушіге хабарлау"
                        ),
                        "ru": (
                            "Поблагодарить и отказаться, объяснить, что работа держится на "
                            "доверии обеих сторон, и сообщить координатору"
                        ),
                        "en": (
                            "Thank him and decline, explain that the work depends on both sides' "
                            "trust, and tell the coordinator"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Бірлестік жетекшісі «есеп үшін» отбасылардың бір-бірі туралы не "
                            "айтқанын сұрайды"
                        ),
                        "ru": (
                            "Руководитель объединения спрашивает «для отчёта», что семьи говорили "
                            "друг о друге"
                        ),
                        "en": (
                            "An association leader asks “for a report” what the families said "
                            "about each other"
                        ),
                    },
                    "answer": {
                        "kk": "Тараптар жария етуге келіскен нәрсені ғана айту",
                        "ru": "Сообщить только то, что стороны согласились сделать публичным",
                        "en": "Share only what the parties agreed to make public",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Дау жер учаскесінің шекарасына және құқық белгілейтін құжаттарға "
                            "байланысты"
                        ),
                        "ru": (
                            "Спор касается границ земельного участка и правоустанавливающих "
                            "документов"
                        ),
                        "en": (
                            "The dispute turns on the boundaries of a land plot and title documents"
                        ),
                    },
                    "answer": {
                        "kk": (
                            "Тараптарға маман керек екенін айтып, бір тарапқа заң кеңесін бермеу"
                        ),
                        "ru": (
                            "Сказать сторонам, что нужен специалист, и не давать юридических "
                            "советов одной стороне"
                        ),
                        "en": (
                            "Tell the parties they need a specialist and give no legal advice to "
                            "one side"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Медиатор үнемі шаршайды, тараптарға ашуланады, қоңырауларға жауап "
                            "бергісі келмейді"
                        ),
                        "ru": (
                            "Медиатор постоянно устаёт, раздражается на стороны и не хочет "
                            "отвечать на звонки"
                        ),
                        "en": (
                            "The mediator is always tired, irritated with the parties and does "
                            "not want to answer calls"
                        ),
                    },
                    "answer": {
                        "kk": (
                            "Хабарласу уақытын белгілеу, бірнеше ауыр істі қатар алмау, "
                            "әріптеспен сөйлесу және үзіліс сұрау"
                        ),
                        "ru": (
                            "Установить часы, когда с ним можно связаться, не брать несколько "
                            "тяжёлых дел сразу, поговорить с коллегой и попросить перерыв"
                        ),
                        "en": (
                            "Set the hours when he can be reached, not take several hard cases at "
                            "once, talk to a colleague and ask for a break"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Медиация кабинеті тоқсан бойынша істер туралы есеп сұрайды",
                        "ru": "Кабинет медиации просит отчёт о делах за квартал",
                        "en": "The mediation office asks for a quarterly report on cases",
                    },
                    "answer": {
                        "kk": (
                            "Күнін, ауданын, дау түрін, кезеңін және нәтижесін аты-жөнсіз, "
                            "ЖСН-сіз жазу"
                        ),
                        "ru": "Указать дату, район, вид спора, этап и результат, без имён и ИИН",
                        "en": (
                            "Record the date, district, type of dispute, stage and outcome, "
                            "without names or IIN"
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Сыйлық бойынша ереже: екінші тараптың көзінше алуға ұялмайтын нәрсені ғана "
                    "алыңыз. Құпиялылық — тараптар келіскенді ғана жария ету. Құзырет туралы "
                    "шындық — судья, заңгер немесе жерге орналастырушы емес екеніңізді айту. "
                    "Күйіп қалудан сақтану бейтараптықты сақтайды. Есепке дербес деректер қажет "
                    "емес."
                ),
                "ru": (
                    "Правило о подарках: принимайте только то, что не стыдно принять при другой "
                    "стороне. Конфиденциальность — публично только то, на что согласны стороны. "
                    "Честность о компетенции — вы не судья, не юрист и не землеустроитель. Защита "
                    "от выгорания сохраняет нейтральность. Для отчёта персональные данные не "
                    "нужны."
                ),
                "en": (
                    "On gifts: accept only what you would not be embarrassed to accept in front "
                    "of the other party. Confidentiality: only what the parties agreed is made "
                    "public. Honesty about competence: you are not a judge, a lawyer or a land "
                    "surveyor. Guarding against burnout protects neutrality. Reports need no "
                    "personal data."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "pressure-to-sign-today",
            "text": {
                "kk": (
                    "<p>Ауылдық округ әкімдігінде екі көршінің қоршау туралы дауы шешілуге жақын. "
                    "Әкімнің өкілі: «Әкім бүгін қол қойылуын күтіп отыр», — дейді. Тараптардың "
                    "бірі ойланып, отбасымен ақылдасқысы келетінін айтады. Медиатор не істеуі "
                    "керек?</p>"
                ),
                "ru": (
                    "<p>В акимате сельского округа спор двух соседей о заборе близок к "
                    "разрешению. Представитель акима говорит: «Аким ждёт подписи сегодня». Одна "
                    "из сторон колеблется и просит время посоветоваться с семьёй. Что должен "
                    "сделать медиатор?</p>"
                ),
                "en": (
                    "<p>At the akimat of a rural district, a dispute between two neighbours over "
                    "a fence is close to settlement. The akim's representative says: “The akim "
                    "expects a signature today.” One party hesitates and asks for time to talk to "
                    "his family. What should the mediator do?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Медиация ерікті екенін және шешімді тараптар қабылдайтынын еске "
                            "салып, тарапқа отбасымен ақылдасуға уақыт беру және келісімнің әр "
                            "жолын екеуі де өз тілінде түсінгеніне көз жеткізу."
                        ),
                        "ru": (
                            "Напомнить, что медиация добровольна и решение принимают стороны, "
                            "дать стороне время посоветоваться с семьёй и убедиться, что оба "
                            "понимают каждую строку соглашения на своём языке."
                        ),
                        "en": (
                            "Remind everyone that mediation is voluntary and the parties decide, "
                            "give the party time to talk to his family, and make sure both "
                            "understand every line of the agreement in their own language."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс. Қысыммен қол қойылған келісім алғашқы мүмкіндікте бұзылады.",
                        "ru": (
                            "Верно. Соглашение, подписанное под давлением, нарушают при первой "
                            "возможности."
                        ),
                        "en": (
                            "Right. An agreement signed under pressure is broken at the first "
                            "opportunity."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі тараптан да қазір қол қоюды сұрау: отбасы қарсы болса, келісімді "
                            "кейін түзетуге болады."
                        ),
                        "ru": (
                            "Попросить обе стороны подписать сейчас: если семья будет против, "
                            "соглашение можно потом исправить."
                        ),
                        "en": (
                            "Ask both parties to sign now: if the family objects, the agreement "
                            "can be corrected later."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — қысым. Тараптарға ойлануға және отбасымен кеңесуге уақыт "
                            "беріңіз."
                        ),
                        "ru": (
                            "Это давление. Дайте сторонам время подумать и посоветоваться с семьёй."
                        ),
                        "en": (
                            "This is pressure. Give the parties time to think and to consult "
                            "their family."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әкімнің өкілімен келісу: әкімдіктің қолдауы келісімді берік етеді.",
                        "ru": (
                            "Согласиться с представителем акима: поддержка акимата сделает "
                            "соглашение прочным."
                        ),
                        "en": (
                            "Agree with the akim's representative: the akimat's backing will make "
                            "the agreement last."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жақсы ниетпен айтылса да, «Әкім бүгін қол қойылуын күтіп отыр» — "
                            "қысым; медиатор ешбір институттың жағын ұстамайды."
                        ),
                        "ru": (
                            "Даже из лучших побуждений «Аким ждёт подписи сегодня» — это "
                            "давление; медиатор не принимает сторону ни одного института."
                        ),
                        "en": (
                            "However well meant, “The akim expects a signature today” is "
                            "pressure; the mediator does not take the side of any institution."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Медиацияны дереу тоқтатып, өкілдің әрекеті туралы әкімге шағымдану."
                        ),
                        "ru": (
                            "Немедленно прекратить медиацию и пожаловаться акиму на его "
                            "представителя."
                        ),
                        "en": (
                            "Stop the mediation at once and complain to the akim about his "
                            "representative."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тым қатаң: еріктілікті еске салып, уақыт беру жеткілікті. Медиация "
                            "тарапты қорқытқанда немесе еркін шешім мүмкін болмағанда тоқтатылады."
                        ),
                        "ru": (
                            "Слишком резко: достаточно напомнить о добровольности и дать время. "
                            "Медиацию прекращают, когда стороне угрожают или свободное решение "
                            "невозможно."
                        ),
                        "en": (
                            "Too drastic: restating voluntariness and giving time is enough. "
                            "Mediation is stopped when a party is threatened or a free decision "
                            "is impossible."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қысым көбіне жақсы ниеттен туады: «Ақсақалдар шешіп қойды», «Бүкіл ауылды "
                    "масқара қыласыз», «Әкім бүгін қол қойылуын күтіп отыр». Медиатор тараптарға "
                    "уақыт беріп, олардың рәсімнің кез келген кезеңінде одан шыға алатынын еске "
                    "салады."
                ),
                "ru": (
                    "Давление часто звучит из лучших побуждений: «Аксакалы уже решили», "
                    "«Опозорите всё село», «Аким ждёт подписи сегодня». Медиатор даёт сторонам "
                    "время и напоминает, что они могут выйти из процедуры на любом этапе."
                ),
                "en": (
                    "Pressure is often well meant: “The aksakals have already decided”, “You will "
                    "shame the whole village”, “The akim expects a signature today”. The mediator "
                    "gives the parties time and reminds them that they may leave the procedure at "
                    "any stage."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "anonymised-case-record",
            "text": {
                "kk": (
                    "<p>Қоғамдық медиатор базардағы екі отбасының сауда орны туралы реттелген "
                    "дауы бойынша медиация кабинетіне тоқсандық есеп толтырып отыр. Жазбаға нені "
                    "енгізу керек?</p>"
                ),
                "ru": (
                    "<p>Общественный медиатор заполняет квартальный отчёт для кабинета медиации "
                    "об урегулированном споре двух семей о торговом месте на базаре. Что следует "
                    "внести в запись?</p>"
                ),
                "en": (
                    "<p>A public mediator is filling in the quarterly report for the mediation "
                    "office on a settled dispute between two families over a stall at the bazaar. "
                    "What belongs in the record?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Күні мен ауданы",
                        "ru": "Дата и район",
                        "en": "The date and the district",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл есепке керек және ешкімді анықтамайды.",
                        "ru": "Да, это нужно для отчёта и никого не идентифицирует.",
                        "en": "Yes, the report needs this and it identifies nobody.",
                    },
                },
                {
                    "text": {
                        "kk": "Дау түрі (сауда орнының шекарасы) және қатысушылар саны",
                        "ru": "Вид спора (граница торгового места) и число участников",
                        "en": (
                            "The type of dispute (a stall boundary) and the number of participants"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл иесіздендірілген есептің бөлігі.",
                        "ru": "Да, это часть обезличенного отчёта.",
                        "en": "Yes, this is part of an anonymised record.",
                    },
                },
                {
                    "text": {
                        "kk": "Рәсімнің қай кезеңге жеткені және нәтижесі",
                        "ru": "До какого этапа дошла процедура и её результат",
                        "en": "The stage the procedure reached and its outcome",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, ұйымға дәл осы керек.",
                        "ru": "Да, организации нужно именно это.",
                        "en": "Yes, this is exactly what the organisation needs.",
                    },
                },
                {
                    "text": {
                        "kk": "Кейінгі қадамдар",
                        "ru": "Следующие шаги",
                        "en": "The next steps",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, кейінгі қадамдарды да жазады.",
                        "ru": "Да, следующие шаги тоже записывают.",
                        "en": "Yes, next steps are recorded too.",
                    },
                },
                {
                    "text": {
                        "kk": "Екі отбасы басшыларының аты-жөні мен ЖСН-і",
                        "ru": "Фамилии, имена и ИИН глав обеих семей",
                        "en": "The names and IIN of the heads of both families",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ. Есепке дербес деректер қажет емес: аты-жөн, ЖСН, мекенжай және "
                            "телефон жазылмайды."
                        ),
                        "ru": (
                            "Нет. Для отчёта персональные данные не нужны: имена, ИИН, адреса и "
                            "телефоны не пишут."
                        ),
                        "en": (
                            "No. A report needs no personal data: names, IIN, addresses and phone "
                            "numbers are left out."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әр тараптың ұлты, аты-жөнінің жанында",
                        "ru": "Национальность каждой стороны рядом с её именем",
                        "en": "Each party's ethnicity, next to their name",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ. Даудың этносаралық сипатын жеке адамдардың ұлты арқылы емес, "
                            "жалпы сөзбен («екі қауым») сипаттаңыз."
                        ),
                        "ru": (
                            "Нет. Межэтническую сторону спора описывают в общих словах («две "
                            "общины»), а не через национальность конкретных людей."
                        ),
                        "en": (
                            "No. Describe the interethnic side in general terms (“two "
                            "communities”), not through the ethnicity of particular people."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Иесіздендірілген жазба бойынша нақты адамды анықтау мүмкін емес. «Дербес "
                    "деректер және оларды қорғау туралы» Заң оларға мұқият қарауды талап етеді; "
                    "жұмыс жазбаларын бөлек әрі қауіпсіз сақтаңыз, ал қол қойылған келісімнің "
                    "суретін мессенджер арқылы жібермеңіз."
                ),
                "ru": (
                    "По обезличенной записи нельзя установить конкретного человека. Закон «О "
                    "персональных данных и их защите» требует бережного обращения с ними; рабочие "
                    "заметки храните отдельно и надёжно, а фото подписанного соглашения не "
                    "отправляйте через мессенджеры."
                ),
                "en": (
                    "An anonymised record identifies no particular person. The Law “On Personal "
                    "Data and Their Protection” requires care with such data; keep working notes "
                    "separately and securely, and do not send photos of signed agreements through "
                    "messengers."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "confidentiality-limits",
            "text": {
                "kk": (
                    "<p>Жеке кездесуде ана медиаторға жасөспірім ұлын үлкен балалар "
                    "зорлық-зомбылықпен қорқытып жүргенін айтады. Құпиялылық «Медиация туралы» "
                    "Заңның қағидаты болғандықтан, медиатор бұл ақпаратты ана рұқсат бермейінше "
                    "ешкімге айтпауы тиіс.</p>"
                ),
                "ru": (
                    "<p>На раздельной встрече мать рассказывает медиатору, что её сыну-подростку "
                    "угрожают расправой старшие ребята. Поскольку конфиденциальность — принцип "
                    "Закона «О медиации», медиатор должен держать это при себе, пока мать не "
                    "разрешит передать.</p>"
                ),
                "en": (
                    "<p>In a separate meeting a mother tells the mediator that older boys are "
                    "threatening her teenage son with violence. Because confidentiality is a "
                    "principle of the Law “On Mediation”, the mediator must keep this to himself "
                    "unless she allows him to pass it on.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Қате. Құпиялылықтың шектері бар және оларды басында түсіндіру керек: "
                    "біреудің өміріне не денсаулығына қауіп төнгенін немесе бала қауіпте екенін "
                    "білсеңіз, оны жасыра алмайсыз. Мұндай жағдайдағы ұйымыңыздың тәртібін алдын "
                    "ала біліп алыңыз."
                ),
                "ru": (
                    "Неверно. У конфиденциальности есть пределы, и их объясняют в самом начале: "
                    "если вы узнали об угрозе жизни или здоровью человека или о том, что ребёнок "
                    "в опасности, скрывать это нельзя. Порядок действий вашей организации для "
                    "таких случаев узнайте заранее."
                ),
                "en": (
                    "False. Confidentiality has limits, explained at the very start: if you learn "
                    "of a threat to someone's life or health, or that a child is in danger, you "
                    "cannot keep it secret. Find out your organisation's procedure for such cases "
                    "in advance."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "disclose-ask-decide",
            "text": {
                "kk": (
                    "<p>Медиатор тараптардың бірімен байланысы болуы мүмкін екенін байқады. «Ашып "
                    "айту, сұрау, шешу» қадамдарын дұрыс ретпен орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Медиатор заметил, что может быть связан с одной из сторон. Расположите "
                    "шаги «раскрыть, спросить, решить» в правильном порядке.</p>"
                ),
                "en": (
                    "<p>A mediator notices that he may have a tie to one of the parties. Put the "
                    "steps “disclose, ask, decide” in the right order.</p>"
                ),
            },
            "items": [
                {
                    "kk": "Тараптардың аты-жөні мен дау нысанын өз байланыстарымен салыстыру",
                    "ru": "Сверить имена сторон и предмет спора со своими связями",
                    "en": (
                        "Check the parties' names and the subject of the dispute against his own "
                        "ties"
                    ),
                },
                {
                    "kk": "Байланыс туралы екі тарапқа бірге, қарапайым сөзбен айту",
                    "ru": "Сообщить о связи обеим сторонам вместе, простыми словами",
                    "en": "Tell both parties together about the tie, in plain words",
                },
                {
                    "kk": (
                        "Әр тараптан жұмысты жалғастыруға келісетінін сұрап, «жоқ» деуге, оның "
                        "ішінде оңаша айтуға мүмкіндік беру"
                    ),
                    "ru": (
                        "Спросить каждую сторону, согласна ли она продолжать, и дать возможность "
                        "сказать «нет», в том числе наедине"
                    ),
                    "en": (
                        "Ask each party whether they agree to continue, with a real chance to say "
                        "no, including in private"
                    ),
                },
                {
                    "kk": (
                        "Келісімді жазбаға түсіру немесе тарап қарсы болса, істен өздігінен бас "
                        "тартып, оны әріптеске беру"
                    ),
                    "ru": (
                        "Записать согласие в заметки или, если сторона возражает, взять самоотвод "
                        "и передать дело коллеге"
                    ),
                    "en": (
                        "Record the consent in his notes, or, if a party objects, withdraw and "
                        "hand the case to a colleague"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Алдымен байланыстарды тексеру, содан кейін екі тарапқа бірге ашып айту, әр "
                    "тараптан еркін келісім сұрау және шешімді жазу. Байланыс тікелей болса "
                    "немесе тарап қарсы болса, медиатор істен өздігінен бас тартады."
                ),
                "ru": (
                    "Сначала проверка связей, затем раскрытие обеим сторонам вместе, свободное "
                    "согласие каждой стороны и запись решения. Если связь прямая или сторона "
                    "возражает, медиатор берёт самоотвод."
                ),
                "en": (
                    "First check the ties, then disclose to both parties together, ask each party "
                    "for free consent and record the decision. If the tie is direct or a party "
                    "objects, the mediator withdraws."
                ),
            },
        },
        {
            "type": "essay",
            "name": "power-imbalance-water-pump",
            "text": {
                "kk": (
                    "<p>Ақмола облысындағы ауыл (ойдан алынған мысал). Көшедегі жалғыз су "
                    "сорғысының иесі, аудандық мекемеде лауазымы бар фермер жерін жалға береді. "
                    "Екі жыл бұрын ауылға көшіп келген, басқа қауымнан шыққан жас әйел, оның "
                    "жалға алушысы, жалдау ақысы туралы ұрыстан кейін фермер суын жауып "
                    "тастағанын айтады. Алғашқы бірлескен кездесуде ол аз сөйлейді, фермердің "
                    "ұсынғанының бәріне «жарайды» деп, жерге қарап отырады. Кездесу тілін ол "
                    "жартылай ғана түсінеді.</p><p>Бір тараптың адвокаты болмай, рәсімді қалай "
                    "теңестіретініңізді түсіндіріңіз. Осы кездесуде және одан кейін не істейсіз "
                    "және медиацияны қай жағдайда тоқтатасыз?</p>"
                ),
                "ru": (
                    "<p>Село в Акмолинской области (вымышленный пример). Фермер, владелец "
                    "единственного на улице водяного насоса, занимающий должность в районном "
                    "учреждении, сдаёт землю в аренду. Его арендатор — молодая женщина из другой "
                    "общины, переехавшая в село два года назад, — говорит, что после ссоры из-за "
                    "арендной платы он перекрыл ей воду. На первой совместной встрече она говорит "
                    "мало, на всё, что предлагает фермер, отвечает «хорошо» и смотрит в пол. Язык "
                    "встречи она понимает лишь частично.</p><p>Объясните, как вы выровняете "
                    "процесс, не становясь адвокатом одной стороны. Что вы сделаете на этой "
                    "встрече и после неё и в каком случае прекратите медиацию?</p>"
                ),
                "en": (
                    "<p>A village in Akmola region (an invented example). A farmer who owns the "
                    "only water pump on the street and holds a post in a district office rents "
                    "out land. His tenant, a young woman from another community who moved to the "
                    "village two years ago, says that after a quarrel over the rent he cut off "
                    "her water. At the first joint meeting she says little, answers “fine” to "
                    "everything the farmer proposes and looks at the floor. She understands the "
                    "language of the meeting only in part.</p><p>Explain how you would balance "
                    "the process without becoming either party's advocate. What would you do at "
                    "this meeting and afterwards, and when would you stop the mediation?</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Мүмкіндіктер теңсіздігін және оның белгілерін таниды: мәртебе, жер "
                            "мен сорғыға иелік, тіл, жаңадан келген адам болу; бәріне тым тез "
                            "келісу."
                        ),
                        "ru": (
                            "Распознаёт неравенство сил и его признаки: статус, владение землёй и "
                            "насосом, язык, положение новосёла; слишком быстрое согласие со всем."
                        ),
                        "en": (
                            "Recognises the power imbalance and its signs: status, ownership of "
                            "the land and the pump, language, being a newcomer; agreeing to "
                            "everything too quickly."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Рәсімді теңестіреді: аудармашы және ашық сұрақтар, жеке кездесулер, "
                            "ойлануға және отбасымен немесе заңгермен кеңесуге уақыт, екі тарап "
                            "келіссе — сенімді адамның қатысуы, ережелер."
                        ),
                        "ru": (
                            "Выравнивает процесс: переводчик и открытые вопросы, раздельные "
                            "встречи, время подумать и посоветоваться с семьёй или юристом, "
                            "доверенное лицо рядом с согласия обеих сторон, правила встречи."
                        ),
                        "en": (
                            "Balances the process: an interpreter and open questions, separate "
                            "meetings, time to think and consult family or a lawyer, a trusted "
                            "person present if both parties agree, ground rules."
                        ),
                    },
                    "points": 4,
                },
                {
                    "criterion": {
                        "kk": (
                            "Бейтарап қалады: нәтижені емес, рәсімді теңестіреді; жалға алушыны "
                            "жақтамайды, фермерді айыптамайды; екеуіне бірдей уақыт пен құрмет "
                            "береді."
                        ),
                        "ru": (
                            "Остаётся нейтральным: выравнивает процесс, а не результат; не "
                            "защищает арендатора и не осуждает фермера; даёт обоим равное время и "
                            "уважение."
                        ),
                        "en": (
                            "Stays neutral: balances the process, not the outcome; does not "
                            "defend the tenant or condemn the farmer; gives both equal time and "
                            "respect."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Шекті біледі: тарапты қорқытса немесе ол еркін шешім қабылдай "
                            "алмаса, медиацияны тоқтатып, құқығын қорғаудың басқа жолдарын "
                            "түсіндіреді."
                        ),
                        "ru": (
                            "Знает предел: если стороне угрожают или она не может решать "
                            "свободно, прекращает медиацию и рассказывает о других способах "
                            "защитить свои права."
                        ),
                        "en": (
                            "Knows the limit: if the party is threatened or cannot decide freely, "
                            "stops the mediation and tells her about other ways to protect her "
                            "rights."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауап теңсіздікті және тым тез келісуді ерте белгі ретінде атайды, "
                    "аудармашы, ашық сұрақтар, жеке кездесулер және кеңесуге уақыт сияқты нақты "
                    "тәсілдерді ұсынады, бірақ медиатор әлсіз тараптың адвокатына айналмайды. "
                    "Сондай-ақ тарапты қорқытқан немесе еркін шешім мүмкін болмаған жағдайда "
                    "медиацияны тоқтату керектігі айтылады."
                ),
                "ru": (
                    "Хороший ответ называет неравенство и слишком быстрое согласие ранним "
                    "сигналом, предлагает конкретные приёмы — переводчика, открытые вопросы, "
                    "раздельные встречи, время на консультацию, — но медиатор не становится "
                    "адвокатом слабой стороны. Также сказано, что при угрозах или невозможности "
                    "свободного решения медиацию прекращают."
                ),
                "en": (
                    "A good answer names the imbalance and the too-quick agreement as warning "
                    "signs, offers concrete techniques (an interpreter, open questions, separate "
                    "meetings, time to consult) without the mediator becoming the weaker party's "
                    "advocate, and says that the mediation stops if a party is threatened or "
                    "cannot decide freely."
                ),
            },
        },
    ],
}
