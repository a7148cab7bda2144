"""Module 9 quiz of the negotiator-ethnomediator course: final test and assessed role-play."""

QUIZ = {
    "module": "assessment",
    "title": {"kk": "9-модуль бойынша тест", "ru": "Тест по модулю 9", "en": "Module 9 test"},
    "intro": {
        "kk": (
            "<p>Бұл тест қорытынды тест пен бағаланатын рөлдік ойынның қалай өтетінін "
            "білетініңізді және рубрика өлшемдерін қысқа жағдаяттарға қолдана алатыныңызды "
            "тексереді. Күмәнданғанда тараптардың еріктілігін, тең құқықтылығын және құпиялылықты "
            "сақтайтын жауапты таңдаңыз.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, знаете ли вы, как проходят итоговый тест и оцениваемая "
            "ролевая игра, и умеете ли применять критерии рубрики к коротким ситуациям. Если "
            "сомневаетесь, выбирайте ответ, который сохраняет добровольность, равноправие сторон "
            "и конфиденциальность.</p>"
        ),
        "en": (
            "<p>This test checks that you know how the final test and the assessed role-play work "
            "and can apply the rubric criteria to short situations. When unsure, prefer the "
            "answer that keeps the parties' voluntariness, equality and confidentiality.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "elder-ready-made-solution",
            "text": {
                "kk": (
                    "<p>Бағаланатын рөлдік ойын, «Бақшадағы сиырлар» сценарийі. Тараптардың "
                    "келісімімен кездесуге қатысып отырған ақсақалдар кеңесінің мүшесі Амангелді: "
                    "«Бақыт, бір қошқар әкел де, бүгін бітірейік», — дейді. Медиатордың ең дұрыс "
                    "әрекеті қайсы?</p>"
                ),
                "ru": (
                    "<p>Оцениваемая ролевая игра, сценарий «Коровы в огороде». Член совета "
                    "аксакалов Амангельды, который присутствует на встрече с согласия сторон, "
                    "говорит: «Бахыт, приведи барана, и закончим сегодня». Какое действие "
                    "медиатора лучшее?</p>"
                ),
                "en": (
                    "<p>An assessed role-play, the scenario “Cows in the garden”. Amangeldy, a "
                    "member of the council of elders who attends with the parties' consent, says: "
                    "“Bakhyt, bring a ram and let us finish this today.” What is the mediator's "
                    "best action?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Амангелдіге қамқорлығы үшін алғыс айтып, кез келген шешім "
                            "тараптардың өз еркі екенін еске салу, мәселені Валентина мен "
                            "Бақыттың өздеріне қайтару және ақсақалдан нақты көмек сұрау, мысалы, "
                            "чаттағы жастармен сөйлесу."
                        ),
                        "ru": (
                            "Поблагодарить Амангельды за заботу, напомнить, что любое решение — "
                            "свободный выбор сторон, вернуть вопрос Валентине и Бахыту и "
                            "попросить аксакала о конкретной помощи, например поговорить с "
                            "молодёжью в чате."
                        ),
                        "en": (
                            "Thank Amangeldy for his concern, remind everyone that any decision "
                            "is the parties' free choice, return the question to Valentina and "
                            "Bakhyt, and ask the elder for concrete help, such as talking to the "
                            "young people in the chat."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Бұл еріктілікті ешкімді қорламай қорғайды, ал ақсақал "
                            "процесті қолдайтын құрметті рөл алады."
                        ),
                        "ru": (
                            "Верно. Так добровольность защищена без унижения кого-либо, а аксакал "
                            "получает почётную роль, в которой поддерживает процесс."
                        ),
                        "en": (
                            "Right. This protects voluntariness without humiliating anyone, and "
                            "the elder gets a respected role in which he supports the process."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ақсақалмен келісу: ескі салтты ұстану — құрмет белгісі, оның үстіне "
                            "екі тарап та оның қатысуына келіскен."
                        ),
                        "ru": (
                            "Согласиться с аксакалом: следовать старому обычаю — знак уважения, к "
                            "тому же обе стороны согласились на его присутствие."
                        ),
                        "en": (
                            "Agree with the elder: following the old custom shows respect, and "
                            "both parties agreed to his presence anyway."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Құрмет белгісі сияқты көрінгендіктен жасы үлкен адаммен келісе салу "
                            "— бейтараптық өлшемі бойынша әлсіз жұмыс. Қатысуға келісу оның "
                            "шешіміне келісу емес."
                        ),
                        "ru": (
                            "Соглашаться со старшим, потому что так кажется уважительнее, — "
                            "слабая работа по критерию нейтральности. Согласие на присутствие — "
                            "не согласие с его решением."
                        ),
                        "en": (
                            "Agreeing with the older person because it feels respectful is weak "
                            "on the neutrality criterion. Consent to his presence is not consent "
                            "to his solution."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Сыйлы адамды ұятқа қалдырмау үшін ештеңе демей, кездесуді жалғастыра "
                            "беру."
                        ),
                        "ru": (
                            "Промолчать и продолжить встречу, чтобы не ставить уважаемого "
                            "человека в неловкое положение."
                        ),
                        "en": (
                            "Say nothing and carry on, so as not to embarrass a respected person."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Сөзді елемеу қысымды бөлмеде қалдырады: екі тарап та дайын шешімді "
                            "естіді, ал медиатор оны тараптарға қайтармады."
                        ),
                        "ru": (
                            "Если не отреагировать, давление остаётся в комнате: обе стороны "
                            "услышали готовое решение, а медиатор не вернул решение им."
                        ),
                        "en": (
                            "Ignoring it leaves the pressure in the room: both parties heard a "
                            "ready-made solution, and the mediator did not hand the decision back "
                            "to them."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ақсақал еріктілікті бұзды деп, кездесуді бірден тоқтату.",
                        "ru": (
                            "Сразу прекратить встречу, потому что аксакал нарушил добровольность."
                        ),
                        "en": (
                            "End the meeting at once, because the elder has broken voluntariness."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл шешімді болып естілгенімен, әлсіздеу: еріктілікті құрметпен "
                            "қорғап, қажет болса, үзіліс жариялауға болады."
                        ),
                        "ru": (
                            "Звучит решительно, но слабее: добровольность можно защитить "
                            "уважительно и при необходимости объявить перерыв."
                        ),
                        "en": (
                            "It sounds decisive but is weaker: voluntariness can be protected "
                            "respectfully, with a break if needed."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Алдымен қатерде тұрған қағидатты атаңыз — бұл жерде еріктілік. Содан кейін "
                    "оны ешкімді қорламай қорғайтын жауапты таңдаңыз: алғыс айту, шешім "
                    "тараптардікі екенін еске салу, ақсақалға мәнді міндет беру немесе қысқа "
                    "үзіліс ұсыну."
                ),
                "ru": (
                    "Сначала назовите принцип под угрозой — здесь это добровольность. Затем "
                    "выберите ответ, который защищает его, никого не унижая: поблагодарить, "
                    "напомнить, что решение за сторонами, дать аксакалу значимую задачу или "
                    "предложить короткий перерыв."
                ),
                "en": (
                    "First name the principle at stake: here it is voluntariness. Then choose the "
                    "answer that protects it without humiliating anyone: thank the elder, remind "
                    "everyone the decision belongs to the parties, give the elder a meaningful "
                    "task or offer a short break."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "critical-errors",
            "text": {
                "kk": (
                    "<p>Бағаланатын рөлдік ойында қандай әрекеттер жалпы балға қарамастан "
                    "<strong>сәтсіздікке әкеледі</strong>? Барлық сәйкес нұсқаны таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Какие действия в оцениваемой ролевой игре означают <strong>провал "
                    "независимо от суммы баллов</strong>? Выберите все подходящие.</p>"
                ),
                "en": (
                    "<p>Which actions in the assessed role-play <strong>fail it whatever the "
                    "total score</strong>? Select all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Ашықтан-ашық бір тараптың жағын басу",
                        "ru": "Открыто принять сторону одного из участников",
                        "en": "Openly taking one party's side",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл — өрескел қате.",
                        "ru": "Да, это критическая ошибка.",
                        "en": "Yes, this is a critical error.",
                    },
                },
                {
                    "text": {
                        "kk": "Тарапты қол қоюға мәжбүрлеу",
                        "ru": "Давить на сторону, чтобы она подписала",
                        "en": "Pressing a party to sign",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл еріктілікті бұзады және өрескел қате болып саналады.",
                        "ru": "Да, это нарушает добровольность и считается критической ошибкой.",
                        "en": "Yes, this breaks voluntariness and counts as a critical error.",
                    },
                },
                {
                    "text": {
                        "kk": "Жеке кездесуде айтылған сөзді рұқсатсыз екінші тарапқа жеткізу",
                        "ru": "Передать сказанное на раздельной встрече без разрешения",
                        "en": "Passing on what was said in a separate meeting without permission",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл құпиялылықты бұзады және өрескел қате болып саналады.",
                        "ru": (
                            "Да, это нарушает конфиденциальность и считается критической ошибкой."
                        ),
                        "en": "Yes, this breaks confidentiality and counts as a critical error.",
                    },
                },
                {
                    "text": {
                        "kk": "Тарап туралы стереотиппен сөйлеу",
                        "ru": "Говорить о стороне через стереотипы",
                        "en": "Speaking about a party through stereotypes",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә, тарапты қорлау немесе ол туралы стереотиппен сөйлеу — өрескел "
                            "қате."
                        ),
                        "ru": (
                            "Да, оскорбить сторону или говорить о ней через стереотипы — "
                            "критическая ошибка."
                        ),
                        "en": (
                            "Yes, insulting a party or speaking about them through stereotypes is "
                            "a critical error."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Себебін түсіндіріп, қысқа үзіліс жариялап, екі тарапқа да жеке "
                            "кездесу ұсыну"
                        ),
                        "ru": (
                            "Объявить короткий перерыв, объяснив зачем, и предложить раздельную "
                            "встречу обеим сторонам"
                        ),
                        "en": (
                            "Calling a short break with a reason and offering a separate meeting "
                            "to both parties"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ. Себебі түсіндіріліп, екі тарапқа да ұсынылса, үзіліс немесе "
                            "жеке кездесу сәтсіздік емес, құрал болып табылады."
                        ),
                        "ru": (
                            "Нет. Перерыв или раздельная встреча — инструмент, а не провал, если "
                            "объяснить зачем и предложить это обеим сторонам."
                        ),
                        "en": (
                            "No. A break or a separate meeting is a tool, not a failure, if you "
                            "explain why and offer it to both parties."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келісімсіз аяқтап, қол жеткізілген нәтижені атап, қандай "
                            "мүмкіндіктер қалғанын айту"
                        ),
                        "ru": (
                            "Завершить без соглашения, назвав достигнутое и оставшиеся возможности"
                        ),
                        "en": (
                            "Closing without an agreement, naming the progress made and the "
                            "options that remain"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ. Бұл — дұрыс аяқтау; «біраз алға жылжыдық, тағы бір рет "
                            "кездесейік» деген адал сөз жоғары бағалануы мүмкін."
                        ),
                        "ru": (
                            "Нет. Это корректное завершение; честное «мы продвинулись, давайте "
                            "встретимся ещё раз» может получить высокую оценку."
                        ),
                        "en": (
                            "No. This is a proper closing; an honest “we have made progress, let "
                            "us meet again” can score well."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Өрескел қате — жалпы балға қарамастан рөлдік ойынды сәтсіз ететін әрекет: "
                    "бір тараптың жағын басу, тарапты қол қоюға мәжбүрлеу, жеке кездесудегі сөзді "
                    "рұқсатсыз жеткізу, тарапты қорлау немесе ол туралы стереотиппен сөйлеу. "
                    "Үзіліс пен келісімсіз дұрыс аяқтау қате емес."
                ),
                "ru": (
                    "Критическая ошибка — действие, из-за которого ролевая игра не засчитывается "
                    "независимо от суммы баллов: принять одну из сторон, давить на сторону, чтобы "
                    "она подписала, передать сказанное на раздельной встрече без разрешения, "
                    "оскорбить сторону или говорить о ней через стереотипы. Перерыв и корректное "
                    "завершение без соглашения ошибками не являются."
                ),
                "en": (
                    "A critical error fails the role-play whatever the total: openly taking a "
                    "side, pressing a party to sign, passing on what was said in a separate "
                    "meeting without permission, insulting a party or speaking about them through "
                    "stereotypes. A break and a proper closing without agreement are not errors."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "test-alone-not-enough",
            "text": {
                "kk": (
                    "<p>Әдепкі бойынша қорытынды тесттен өткен тыңдаушы келіссөз "
                    "жүргізуші-этномедиатордың құзыреттілік куәлігін алады, басқа ештеңе қажет "
                    "емес.</p>"
                ),
                "ru": (
                    "<p>По умолчанию слушатель, сдавший итоговый тест, получает подтверждение "
                    "компетенции переговорщика-этномедиатора, и больше ничего не требуется.</p>"
                ),
                "en": (
                    "<p>By default, a trainee who passes the final test receives the "
                    "negotiator-ethnomediator competency credential, and nothing else is "
                    "required.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Қате. Тест — талаптардың бірі ғана. Әдепкі бойынша сабақтарға кемінде 80 "
                    "пайыз қатысу, екі бағаланатын рөлдік ойыннан сәтті өту және 12 ай ішінде "
                    "бақылаумен немесе бірлескен медиация түрінде жүргізілген кемінде екі нақты "
                    "іс те қажет."
                ),
                "ru": (
                    "Неверно. Тест — лишь одно из требований. По умолчанию также нужны "
                    "посещаемость не ниже 80 процентов, две успешно пройденные оцениваемые "
                    "ролевые игры и не менее двух реальных случаев под наблюдением или в "
                    "ко-медиации в течение 12 месяцев."
                ),
                "en": (
                    "False. The test is only one requirement. By default the credential also "
                    "needs at least 80 per cent attendance, two passed assessed role-plays and at "
                    "least two observed or co-mediated real cases within 12 months."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "observer-role",
            "text": {
                "kk": (
                    "<p>Бағаланатын рөлдік ойында кім оған қатыспай, медиатордың не айтып, не "
                    "істегенін уақытын белгілеп жазып отырады, содан кейін әр өлшемді рубрика "
                    "бойынша бағалайды? (бір сөз)</p>"
                ),
                "ru": (
                    "<p>Кто в оцениваемой ролевой игре, не участвуя в ней, записывает с отметками "
                    "времени, что говорит и делает медиатор, а затем оценивает каждый критерий по "
                    "рубрике? (одно слово)</p>"
                ),
                "en": (
                    "<p>In the assessed role-play, who does not take part but writes down, with "
                    "times, what the mediator says and does, and then scores each criterion "
                    "against the rubric? (one word)</p>"
                ),
            },
            "answers": {
                "kk": [{"text": "бақылаушы*", "fraction": 1.0}],
                "ru": [{"text": "наблюдател*", "fraction": 1.0}],
                "en": [
                    {"text": "observer*", "fraction": 1.0},
                    {"text": "the observer", "fraction": 1.0},
                ],
            },
            "general_feedback": {
                "kk": (
                    "Бақылаушы, әдетте оқытушы, кездесу кезінде үнсіз отырып, дәлелдерді жазады, "
                    "ал кері байланыс кезінде әр бағаны жалпы әсермен емес, нақты сөзбен немесе "
                    "сәтпен дәлелдейді."
                ),
                "ru": (
                    "Наблюдатель, обычно преподаватель, во время встречи молчит и записывает "
                    "доказательства, а на обратной связи подтверждает каждую оценку не общим "
                    "впечатлением, а цитатой или конкретным моментом."
                ),
                "en": (
                    "The observer, usually the trainer, stays silent during the meeting and "
                    "records evidence, then supports each score in the feedback with a quotation "
                    "or a specific moment rather than a general impression."
                ),
            },
        },
        {
            "type": "matching",
            "name": "rubric-criteria",
            "text": {
                "kk": (
                    "<p>Рубрика өлшемін оған сай келетін жақсы жұмыс белгісімен "
                    "сәйкестендіріңіз.</p>"
                ),
                "ru": "<p>Соотнесите критерий рубрики с признаком хорошей работы по нему.</p>",
                "en": "<p>Match each rubric criterion with what good work on it looks like.</p>",
            },
            "pairs": [
                {
                    "prompt": {"kk": "Кіріспе", "ru": "Вступление", "en": "Opening"},
                    "answer": {
                        "kk": (
                            "Тараптарға атымен жүгінеді, шешім қабылдамайтынын түсіндіреді, "
                            "қағидаттарды атайды, ережелер мен тілді келіседі"
                        ),
                        "ru": (
                            "Обращается к сторонам по имени, объясняет, что не принимает решений, "
                            "называет принципы, договаривается о правилах и языке"
                        ),
                        "en": (
                            "Greets each party by name, explains that the mediator does not "
                            "decide, states the principles, agrees the ground rules and language"
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Тыңдау", "ru": "Слушание", "en": "Listening"},
                    "answer": {
                        "kk": (
                            "Әр тарап сөзі бөлінбей, шамамен бірдей уақыт сөйлейді; фактілер өз "
                            "сөзімен қайталанып, сезімдер аталады, түйінделеді"
                        ),
                        "ru": (
                            "Каждая сторона говорит без перебиваний примерно одинаковое время; "
                            "факты перефразируются, чувства называются, делаются резюме"
                        ),
                        "en": (
                            "Each party speaks without interruption for about the same time; "
                            "facts are paraphrased, feelings named, summaries made"
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Рефрейминг", "ru": "Рефрейминг", "en": "Reframing"},
                    "answer": {
                        "kk": "Айыптауды қорлауды қайталамай, алаңдаушылыққа айналдырады",
                        "ru": "Превращает обвинение в озабоченность, не повторяя оскорбления",
                        "en": "Turns an accusation into a concern without repeating the insult",
                    },
                },
                {
                    "prompt": {"kk": "Нұсқалар", "ru": "Варианты", "en": "Options"},
                    "answer": {
                        "kk": (
                            "Ешқайсысын бағаламай тұрып бірнеше идея жинап, әрқайсысының "
                            "орындалатынын тексереді"
                        ),
                        "ru": (
                            "Собирает несколько идей, прежде чем оценивать любую, и проверяет "
                            "каждую на реалистичность"
                        ),
                        "en": (
                            "Collects several ideas before judging any and tests each for realism"
                        ),
                    },
                },
                {
                    "prompt": {"kk": "Келісім", "ru": "Соглашение", "en": "Agreement"},
                    "answer": {
                        "kk": (
                            "Тараптардың өз сөздерімен нақты шарттар — кім, не істейді, қай "
                            "мерзімге дейін — әр тараптың тілінде дауыстап тексеріледі"
                        ),
                        "ru": (
                            "Конкретные условия словами самих сторон — кто, что, к какому сроку — "
                            "проверяются вслух на языке каждой стороны"
                        ),
                        "en": (
                            "Concrete terms in the parties' own words (who, what, by when) are "
                            "checked aloud in each party's language"
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Рубрикада сегіз өлшем бар: дайындық, кіріспе, тыңдау, рефрейминг, "
                    "бейтараптық, нұсқалар, келісім және аяқтау. Әрқайсысы 0-ден 3-ке дейін "
                    "бағаланады, ал бақылаушы бағаны нақты сәтпен дәлелдейді."
                ),
                "ru": (
                    "В рубрике восемь критериев: подготовка, вступление, слушание, рефрейминг, "
                    "нейтральность, варианты, соглашение и завершение. Каждый оценивается от 0 до "
                    "3, а наблюдатель подтверждает оценку конкретным моментом."
                ),
                "en": (
                    "The rubric has eight criteria: preparation, opening, listening, reframing, "
                    "neutrality, options, agreement and closing. Each is scored from 0 to 3, and "
                    "the observer supports the score with a specific moment."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "role-play-stages",
            "text": {
                "kk": (
                    "<p>Бағаланатын рөлдік ойынның кезеңдерін олардың өту ретімен "
                    "орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Расположите этапы оцениваемой ролевой игры в том порядке, в котором они "
                    "проходят.</p>"
                ),
                "en": (
                    "<p>Put the stages of the assessed role-play in the order in which they take "
                    "place.</p>"
                ),
            },
            "items": [
                {
                    "kk": "Дайындық: бір беттік жоспар жасалып, бақылаушыға тапсырылады",
                    "ru": "Подготовка: план на одну страницу, который отдают наблюдателю",
                    "en": "Preparation: a one-page plan, handed to the observer",
                },
                {
                    "kk": "Медиация: 35–45 минут, бақылаушы үнсіз отырып, жазып алады",
                    "ru": "Медиация: 35–45 минут, наблюдатель молча ведёт записи",
                    "en": "Mediation: 35–45 minutes while the observer silently takes notes",
                },
                {
                    "kk": (
                        "Өзін-өзі бағалау: не сәтті шыққанын және нені басқаша істейтініңізді айту"
                    ),
                    "ru": "Самооценка: что получилось и что вы сделали бы иначе",
                    "en": "Self-assessment: what worked and what you would do differently",
                },
                {
                    "kk": (
                        "Кері байланыс: алдымен ойыншылар сөйлейді, содан кейін бақылаушы әр "
                        "өлшемге дәлелмен баға қояды"
                    ),
                    "ru": (
                        "Обратная связь: сначала говорят игроки, затем наблюдатель оценивает "
                        "каждый критерий с опорой на факты"
                    ),
                    "en": (
                        "Feedback: first the players speak, then the observer scores each "
                        "criterion with evidence"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Дайындық (шамамен 15 минут), медиация (35–45 минут), өзін-өзі бағалау "
                    "(шамамен 5 минут), кері байланыс (шамамен 15 минут). Өзін-өзі бағалау "
                    "бақылаушының кері байланысынан бұрын өтеді."
                ),
                "ru": (
                    "Подготовка (около 15 минут), медиация (35–45 минут), самооценка (около 5 "
                    "минут), обратная связь (около 15 минут). Самооценка идёт до обратной связи "
                    "наблюдателя."
                ),
                "en": (
                    "Preparation (about 15 minutes), mediation (35–45 minutes), self-assessment "
                    "(about 5 minutes), feedback (about 15 minutes). Self-assessment comes before "
                    "the observer's feedback."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "after-a-failed-attempt",
            "text": {
                "kk": (
                    "<p>Әйгерім қорытынды тесттің бірінші талпынысында 68 пайыз жинады. Тестпен "
                    "бірге көрсетілген өту шегі — 75 пайыз, үш талпыныс берілген. Оның келесі "
                    "дұрыс қадамы қайсы?</p>"
                ),
                "ru": (
                    "<p>На первой попытке итогового теста Айгерим набрала 68 процентов. Проходной "
                    "балл, указанный вместе с тестом, — 75 процентов, разрешено три попытки. "
                    "Какой её следующий шаг самый разумный?</p>"
                ),
                "en": (
                    "<p>Aigerim scored 68 per cent on her first attempt at the final test. The "
                    "pass mark shown with the test is 75 per cent, and three attempts are "
                    "allowed. What is her best next step?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Ұйымдастырушы белгілеген күту мерзімі өткенше ұпай жоғалтқан "
                            "модульдерді қайталап, содан кейін қайта тапсыру."
                        ),
                        "ru": (
                            "Пока не истечёт срок ожидания, установленный организатором, "
                            "повторить модули, в которых она потеряла баллы, а затем пересдать."
                        ),
                        "en": (
                            "Use the waiting time set by the provider to revisit the modules "
                            "where she lost points, and then retake the test."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс. Күту уақыты дәл осыған арналған.",
                        "ru": "Верно. Срок ожидания нужен именно для этого.",
                        "en": "Right. This is exactly what the waiting time is for.",
                    },
                },
                {
                    "text": {
                        "kk": "Сұрақтар есінде тұрғанда екінші талпынысты дереу бастау.",
                        "ru": "Сразу начать вторую попытку, пока вопросы ещё свежи в памяти.",
                        "en": (
                            "Start a second attempt straight away while the questions are fresh "
                            "in her mind."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қайта тапсыру күту мерзімі өткен соң ғана мүмкін, ал талпыныстар "
                            "шектеулі: оларды дайындықсыз жұмсамаңыз."
                        ),
                        "ru": (
                            "Пересдача возможна только после срока ожидания, а число попыток "
                            "ограничено: не тратьте их без подготовки."
                        ),
                        "en": (
                            "A retake is possible only after the waiting time, and attempts are "
                            "limited: do not spend them without preparing."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Медиация туралы» Заңның бап нөмірлерін жаттап алу, өйткені тест "
                            "заңды білуді тексереді."
                        ),
                        "ru": (
                            "Выучить номера статей Закона «О медиации», ведь тест проверяет "
                            "знание закона."
                        ),
                        "en": (
                            "Memorise the article numbers of the Law “On Mediation”, since the "
                            "test checks knowledge of the law."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — жиі кездесетін қате. Тест заңды жатқа айтуды емес, қысқа "
                            "жағдаятта ережелерді қолдана білуді тексереді."
                        ),
                        "ru": (
                            "Это типичная ошибка. Тест проверяет не пересказ закона, а умение "
                            "применять правила в короткой ситуации."
                        ),
                        "en": (
                            "This is a common mistake. The test checks whether you can apply the "
                            "rules in a short situation, not whether you can recite the law."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оқытушыдан өзі үшін өту шегін 65 пайызға дейін төмендетуді сұрау.",
                        "ru": (
                            "Попросить преподавателя снизить для неё проходной балл до 65 "
                            "процентов."
                        ),
                        "en": "Ask the trainer to lower the pass mark to 65 per cent for her.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Өту шегі біліктілік талабында белгіленіп, тестпен бірге көрсетіледі; "
                            "ол жеке тыңдаушы үшін өзгертілмейді."
                        ),
                        "ru": (
                            "Проходной балл задан в квалификационном требовании и указан вместе с "
                            "тестом; для отдельного слушателя его не меняют."
                        ),
                        "en": (
                            "The pass mark is set in the qualification requirement and shown with "
                            "the test; it is not changed for an individual trainee."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Талпыныстар саны шектеулі (әдепкі бойынша үшеу), ал сәтсіз талпыныстан кейін "
                    "ұйымдастырушы белгілеген күту мерзімі өткен соң қайта тапсыруға болады. Бұл "
                    "уақытты ұпай жоғалтқан модульдерді қайталауға жұмсаңыз."
                ),
                "ru": (
                    "Число попыток ограничено (по умолчанию три), а после неудачной попытки тест "
                    "можно пересдать по истечении срока ожидания, установленного организатором. "
                    "Используйте это время, чтобы повторить модули, где вы потеряли баллы."
                ),
                "en": (
                    "The number of attempts is limited (three by default), and after a failed "
                    "attempt you can retake the test once the waiting time set by the provider "
                    "has passed. Use that time to revisit the modules where you lost points."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "observer-notes-evidence",
            "text": {
                "kk": (
                    "<p>Жаттығу раунды, Қарағанды: медиатор Марат көпқабатты үйдің ауласында "
                    "балаларды қорқытқан ит туралы көршілер дауы бойынша медиация жүргізеді. "
                    "Бақылаушының жазбалары: «Салтанат пен Олегке аттарымен жүгінеді, еріктілік "
                    "пен құпиялылықты түсіндірді; ережелер мен кездесу тілі келісілмеді. Салтанат "
                    "10 минут сөйледі, Олег — 3 минут, оның сөзі екі рет бөлінді. 8-минут: Марат "
                    "Олегке итті аулада тек қарғыбаумен серуендетуді ұсынады. Келісім: „Тараптар "
                    "татулықта өмір сүреді“». Бұл жазбалар қандай олқылықтарды дәлелдейді?</p>"
                ),
                "ru": (
                    "<p>Тренировочный раунд, Караганда: медиатор Марат ведёт спор соседей о "
                    "собаке, которая напугала детей во дворе многоквартирного дома. Записи "
                    "наблюдателя: «Обращается к Салтанат и Олегу по именам, объяснил "
                    "добровольность и конфиденциальность; правила и язык встречи не согласованы. "
                    "Салтанат говорила 10 минут, Олег — 3 минуты, его дважды перебили. 8-я "
                    "минута: Марат предлагает Олегу выгуливать собаку во дворе только на поводке. "
                    "Соглашение: „Стороны будут жить в мире“». Какие недостатки подтверждаются "
                    "этими записями?</p>"
                ),
                "en": (
                    "<p>A practice round in Karaganda: mediator Marat handles a dispute between "
                    "neighbours in a block of flats about a dog that frightened children in the "
                    "courtyard. The observer's notes: “Greets Saltanat and Oleg by name, "
                    "explained voluntariness and confidentiality; ground rules and the language "
                    "of the meeting not agreed. Saltanat spoke for 10 minutes, Oleg for 3, and he "
                    "was interrupted twice. Minute 8: Marat proposes that Oleg keep the dog on a "
                    "lead in the courtyard. Agreement: ‘The parties will live in peace.’” Which "
                    "weaknesses do these notes support?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Кіріспеде ережелер мен кездесу тілі келісілмеген",
                        "ru": "Во вступлении не согласованы правила и язык встречи",
                        "en": (
                            "The opening did not agree the ground rules and the language of the "
                            "meeting"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл кіріспе өлшемінің бөлігі және жазбада тікелей айтылған.",
                        "ru": (
                            "Да, это часть критерия «вступление», и в записях это сказано прямо."
                        ),
                        "en": (
                            "Yes, this is part of the opening criterion, and the notes say so "
                            "directly."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Сөйлеу уақыты тең болмаған, бір тараптың сөзі бөлінген",
                        "ru": "Время выступлений было неравным, одну сторону перебивали",
                        "en": "Speaking time was unequal and one party was interrupted",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: 10 минутқа қарсы 3 минут және екі рет сөз бөлу — тыңдау өлшемі "
                            "бойынша әлсіз жұмыс."
                        ),
                        "ru": (
                            "Да: 10 минут против 3 и два перебивания — слабая работа по критерию "
                            "«слушание»."
                        ),
                        "en": (
                            "Yes: 10 minutes against 3 and two interruptions are weak on the "
                            "listening criterion."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Медиатор өз шешімін тым ерте ұсынған",
                        "ru": "Медиатор слишком рано предложил собственное решение",
                        "en": "The mediator offered his own solution too early",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: алғашқы он минутта өз шешіміңізді ұсыну — нұсқалар өлшемі "
                            "бойынша әлсіз жұмыс."
                        ),
                        "ru": (
                            "Да: предложить своё решение в первые десять минут — слабая работа по "
                            "критерию «варианты»."
                        ),
                        "en": (
                            "Yes: offering your own solution in the first ten minutes is weak on "
                            "the options criterion."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келісімде нақты шарттар жоқ: кім, не істейді, қай мерзімге дейін",
                        "ru": "В соглашении нет конкретных условий: кто, что, к какому сроку",
                        "en": "The agreement has no concrete terms: who does what by when",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: «Тараптар татулықта өмір сүреді» — келісім өлшемі бойынша әлсіз "
                            "жұмыстың мысалы."
                        ),
                        "ru": (
                            "Да: «Стороны будут жить в мире» — пример слабой работы по критерию "
                            "«соглашение»."
                        ),
                        "en": (
                            "Yes: “The parties will live in peace” is an example of weak work on "
                            "the agreement criterion."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Құпиялылық түсіндірілмеген",
                        "ru": "Конфиденциальность не объяснена",
                        "en": "Confidentiality was not explained",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: жазбада құпиялылық түсіндірілгені айтылған. Баға жалпы әсерге "
                            "емес, дәлелге сүйенеді."
                        ),
                        "ru": (
                            "Нет: в записях сказано, что конфиденциальность объяснена. Оценка "
                            "опирается на факты, а не на общее впечатление."
                        ),
                        "en": (
                            "No: the notes say confidentiality was explained. A score rests on "
                            "evidence, not on a general impression."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Медиатор тараптарға аттарымен жүгінбеген",
                        "ru": "Медиатор не обращался к сторонам по имени",
                        "en": "The mediator did not address the parties by name",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": "Жоқ: жазбада ол екеуіне де аттарымен жүгінгені айтылған.",
                        "ru": "Нет: в записях сказано, что он обращался к обоим по имени.",
                        "en": "No: the notes say he greeted both parties by name.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Бақылаушы әр бағаны нақты сөзбен немесе сәтпен дәлелдейді. Бұл жазбалар "
                    "кіріспе, тыңдау, нұсқалар және келісім өлшемдері бойынша олқылықтарды "
                    "көрсетеді, ал құпиялылық пен аттарымен жүгіну орындалған."
                ),
                "ru": (
                    "Наблюдатель подтверждает каждую оценку цитатой или конкретным моментом. Эти "
                    "записи показывают пробелы по критериям «вступление», «слушание», «варианты» "
                    "и «соглашение», а конфиденциальность и обращение по имени выполнены."
                ),
                "en": (
                    "The observer supports every score with a quotation or a specific moment. "
                    "These notes show gaps on opening, listening, options and agreement, while "
                    "confidentiality and greeting by name were done."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "reframe-a-generalisation",
            "text": {
                "kk": (
                    "<p>Рөлдік ойында Бақыт: «Бұл тек менің сиырларым емес. Мұнда бәрі көшіп "
                    "келгендерді кінәлайды», — дейді. Қай жауап ең жақсы "
                    "<strong>рефрейминг</strong>?</p>"
                ),
                "ru": (
                    "<p>В ролевой игре Бахыт говорит: «Это не только мои коровы. Здесь все винят "
                    "приезжих». Какой ответ — лучший <strong>рефрейминг</strong>?</p>"
                ),
                "en": (
                    "<p>In the role-play Bakhyt says: “It is not only my cows. Everyone here "
                    "blames the newcomers.” Which reply is the best "
                    "<strong>reframing</strong>?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Сіз үшін ережелер барлық үйге бірдей болғаны және сізге көшіп "
                            "келген адам ретінде баға берілмегені маңызды»."
                        ),
                        "ru": (
                            "«Вам важно, чтобы правила были одинаковыми для всех дворов и чтобы о "
                            "вас не судили как о приезжем»."
                        ),
                        "en": (
                            "“It matters to you that the rules are the same for every household "
                            "and that you are not judged as a newcomer.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Жалпылау қайталанбайды, бірақ оның астындағы сезім мен мүдде "
                            "аталады."
                        ),
                        "ru": (
                            "Верно. Обобщение не повторяется, но чувство и интерес за ним названы."
                        ),
                        "en": (
                            "Right. The generalisation is not repeated, but the feeling and "
                            "interest behind it are named."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Бұл шындық емес, мұнда ешкім көшіп келгендерді кінәламайды».",
                        "ru": "«Это неправда, здесь никто не винит приезжих».",
                        "en": "“That is not true, nobody here blames newcomers.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тарапты түзету («бұл шындық емес») — рефрейминг бойынша әлсіз жұмыс; "
                            "ол тарапты тұйықтап тастайды."
                        ),
                        "ru": (
                            "Поправлять сторону («это неправда») — слабая работа по рефреймингу; "
                            "так сторона закрывается."
                        ),
                        "en": (
                            "Correcting the party (“that is not true”) is weak reframing; it "
                            "makes the party close down."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Яғни мұнда бәрі көшіп келгендерді кінәлай ма?»",
                        "ru": "«То есть здесь все винят приезжих?»",
                        "en": "“So everyone here blames the newcomers?”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл жалпылауды қайталап, оны күшейтеді. Рефрейминг айыптауды "
                            "алаңдаушылыққа айналдырады."
                        ),
                        "ru": (
                            "Это повторяет обобщение и усиливает его. Рефрейминг превращает "
                            "обвинение в озабоченность."
                        ),
                        "en": (
                            "This repeats the generalisation and reinforces it. Reframing turns "
                            "an accusation into a concern."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Сезімдерді былай қойып, тек тапталған картоп туралы сөйлесейік».",
                        "ru": (
                            "«Давайте оставим чувства и поговорим только о потоптанной картошке»."
                        ),
                        "en": (
                            "“Let us leave feelings aside and talk only about the trampled "
                            "potatoes.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл сөздің астындағы сезімді елемейді: Бақыт үшін құрмет пен әділ "
                            "қарым маңызды."
                        ),
                        "ru": (
                            "Так игнорируется чувство за словами: Бахыту важны уважение и "
                            "справедливое отношение."
                        ),
                        "en": (
                            "This ignores the feeling behind the words: respect and fair "
                            "treatment matter to Bakhyt."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Рефрейминг айыптау мен жалпылауды бейтарап алаңдаушылық пен мүддеге "
                    "айналдырады: медиатор қорлауды ешқашан қайталамайды, бірақ оның астындағы "
                    "сезімді де елемейді."
                ),
                "ru": (
                    "Рефрейминг превращает обвинения и обобщения в нейтральные формулировки "
                    "озабоченностей и интересов: медиатор никогда не повторяет оскорбление, но и "
                    "не игнорирует чувство, которое за ним стоит."
                ),
                "en": (
                    "Reframing turns accusations and generalisations into neutral statements of "
                    "concerns and interests: the mediator never repeats an insult but does not "
                    "ignore the feeling behind it."
                ),
            },
        },
        {
            "type": "essay",
            "name": "one-page-preparation-plan",
            "text": {
                "kk": (
                    "<p>Сіз «Бақшадағы сиырлар» бағалау сценарийі бойынша медиация жүргізгелі "
                    "отырсыз (Қостанай облысы: Бақыттың сиырлары көршісі Валентинаның бақшасына "
                    "екі рет түсті; ауыл чатындағы жазба мен балағат жауап, жасөспірімдердің "
                    "қоқан-лоққысы, алда бітіру кеші; Валентина орысша, Бақыт қазақша сөйлейді; "
                    "кездесуге ақсақалдар кеңесінің мүшесі Амангелді қатысады). Дайындыққа "
                    "шамамен 15 минут бар.</p><p>Бір беттік жоспарыңызды жазыңыз: қысқаша "
                    "конфликт картасы, ұстанымдардың артындағы ықтимал мүдделер, тәуекелдер және "
                    "оларға қалай жауап беретініңіз, кездесу тілі немесе тілдері, орны мен отыру "
                    "тәртібі және кіріспе сөзіңіздің алғашқы сөйлемдері.</p>"
                ),
                "ru": (
                    "<p>Вам предстоит провести медиацию по сценарию оценивания «Коровы в огороде» "
                    "(Костанайская область: коровы Бахыта дважды зашли в огород его соседки "
                    "Валентины; пост в сельском чате и оскорбительный ответ, угрозы между "
                    "подростками, впереди выпускной вечер; Валентина говорит по-русски, Бахыт — "
                    "по-казахски; на встрече будет Амангельды, член совета аксакалов). На "
                    "подготовку около 15 минут.</p><p>Напишите свой план на одну страницу: "
                    "короткую карту конфликта, вероятные интересы за позициями, риски и как вы "
                    "будете на них отвечать, язык или языки встречи, место и рассадку, первые "
                    "фразы вступительного слова.</p>"
                ),
                "en": (
                    "<p>You are about to mediate the assessment scenario “Cows in the garden” "
                    "(Kostanay region: Bakhyt's cows twice got into his neighbour Valentina's "
                    "garden; a post in the village chat and an insulting reply, threats between "
                    "teenagers, a graduation evening ahead; Valentina speaks Russian, Bakhyt "
                    "speaks Kazakh; Amangeldy, a member of the council of elders, will attend). "
                    "You have about 15 minutes to prepare.</p><p>Write your one-page plan: a "
                    "short conflict map, the likely interests behind the positions, the risks and "
                    "how you will respond to them, the language or languages of the meeting, the "
                    "place and seating, and the first sentences of your opening.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Конфликт картасы және мүдделер: тараптар мен басқа қатысушылар "
                            "аталады (немере, жиен, жасөспірімдер, мектеп директоры, әкім, "
                            "Амангелді), ұстанымдардың артындағы мүдделер туралы негізді болжам "
                            "жасалады; жоспарда дайын шешім жоқ."
                        ),
                        "ru": (
                            "Карта конфликта и интересы: названы стороны и другие участники "
                            "(внук, племянник, подростки, директор школы, аким, Амангельды), "
                            "высказаны обоснованные предположения об интересах за позициями; в "
                            "плане нет готового решения."
                        ),
                        "en": (
                            "Conflict map and interests: names the parties and other actors (the "
                            "grandson, the nephew, the teenagers, the school director, the akim, "
                            "Amangeldy) and makes reasoned guesses about the interests behind the "
                            "positions; the plan contains no ready-made solution."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Тәуекелдер: ақсақалдың дайын шешімі, чаттағы жазба, жасөспірімдер "
                            "мен бітіру кеші ескеріліп, оларға жауап жоспарланады (алғыс айтып, "
                            "шешімді тараптарға қайтару, үзіліс немесе жеке кездесу)."
                        ),
                        "ru": (
                            "Риски: учтены готовое решение аксакала, пост в чате, подростки и "
                            "выпускной, и запланирован ответ (поблагодарить и вернуть решение "
                            "сторонам, перерыв или раздельная встреча)."
                        ),
                        "en": (
                            "Risks: foresees the elder's ready-made solution, the chat post, the "
                            "teenagers and the graduation evening, and plans a response (thank "
                            "him and return the decision to the parties, a break or a separate "
                            "meeting)."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Тіл, орын және отыру тәртібі: екі тілге бірдей құрмет (аударма "
                            "немесе әр тілде түсінгенін тексеру), бейтарап орын, тараптардың тең "
                            "орналасуы."
                        ),
                        "ru": (
                            "Язык, место и рассадка: одинаковое уважение к обоим языкам (перевод "
                            "или проверка понимания на каждом языке), нейтральное место, равная "
                            "рассадка сторон."
                        ),
                        "en": (
                            "Language, place and seating: equal respect for both languages "
                            "(interpretation or checking understanding in each language), a "
                            "neutral place, balanced seating."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Кіріспе: өзін таныстырып, шешім қабылдамайтынын түсіндіреді, "
                            "еріктілікті, құпиялылықты және бейтараптықты атайды, ережелер мен "
                            "тілді ұсынады және әр тараптан, соның ішінде Амангелдінің рөліне, "
                            "келісім сұрайды."
                        ),
                        "ru": (
                            "Вступление: представляется, объясняет, что не принимает решений, "
                            "называет добровольность, конфиденциальность и нейтральность, "
                            "предлагает правила и язык и просит согласия каждой стороны, в том "
                            "числе на роль Амангельды."
                        ),
                        "en": (
                            "Opening: introduces themselves, explains that they do not decide, "
                            "states voluntariness, confidentiality and neutrality, proposes "
                            "ground rules and the language, and asks each party for consent, "
                            "including to Amangeldy's role."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жоспар қысқа әрі нақты: онда барлық қатысушылар мен олардың ықтимал "
                    "мүдделері (қауіпсіз бақша, құрмет, мектептегі балалар, бітіру кешіне дейінгі "
                    "тыныштық) бар, ақсақалдың қысымына және чаттағы жазбаға жауап алдын ала "
                    "ойластырылған, екі тілге тең құрмет көрсетіледі, ал кіріспе медиатордың "
                    "рөлін, қағидаттарды, ережелерді және әр тараптың келісімін қамтиды. Жоспарда "
                    "дайын шешім болмайды."
                ),
                "ru": (
                    "Хороший план короткий и конкретный: в нём есть все участники и их вероятные "
                    "интересы (огород в сохранности, уважение, дети в школе, спокойствие перед "
                    "выпускным), заранее продуман ответ на давление аксакала и пост в чате, обоим "
                    "языкам оказано равное уважение, а вступление включает роль медиатора, "
                    "принципы, правила и согласие каждой стороны. Готового решения в плане нет."
                ),
                "en": (
                    "A good plan is short and concrete: it lists all the actors and their likely "
                    "interests (a safe garden, respect, the children at school, calm before the "
                    "graduation evening), prepares a response to the elder's pressure and the "
                    "chat post, gives both languages equal respect, and has an opening that "
                    "covers the mediator's role, the principles, the ground rules and each "
                    "party's consent. It contains no ready-made solution."
                ),
            },
        },
    ],
}
