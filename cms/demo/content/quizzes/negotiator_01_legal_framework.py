"""Quiz for module 1 of the negotiator-ethnomediator course: legal and institutional framework."""

QUIZ = {
    "module": "legal-framework",
    "title": {
        "kk": "1-модуль тесті: құқықтық және институционалдық негіздер",
        "ru": "Тест по модулю 1: правовые и институциональные основы",
        "en": "Module 1 test: legal and institutional framework",
    },
    "intro": {
        "kk": (
            "<p>Бұл тест «Медиация туралы» Заңды, медиатор кім бола алатыны туралы ережелерді "
            "және Ассамблеяның медиация құрылымдарын күнделікті жағдайларға қолдана білуіңізді "
            "тексереді. Тестте 10 сұрақ бар; соңғысы — оқытушы бағалайтын кейс. Өту шегі — "
            "70%.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, как вы применяете Закон «О медиации», правила о том, кто "
            "может быть медиатором, и структуры медиации Ассамблеи к повседневным ситуациям. В "
            "тесте 10 вопросов; последний — кейс, который оценивает преподаватель. Проходной балл "
            "— 70%.</p>"
        ),
        "en": (
            "<p>This test checks how you apply the Law “On Mediation”, the rules on who may act "
            "as a mediator and the Assembly's mediation structures to everyday situations. It has "
            "10 questions; the last one is a case study graded by a trainer. The pass mark is "
            "70%.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "principle-confidentiality-chat-post",
            "text": {
                "kk": (
                    "<p>Аудан орталығында қоғамдық медиатор базардағы ұрыс-керістен басталған "
                    "дауды реттеуге екі отбасына көмектесті. Сол күні кешке ол аудандық чатқа: "
                    "«Бүгін базардағы төбелестен кейін Ахметовтер мен Каримовтердің отбасыларын "
                    "татуластырдық», — деп жазады. Ол медиацияның қай қағидатын бұзды?</p>"
                ),
                "ru": (
                    "<p>В районном центре общественный медиатор помог двум семьям урегулировать "
                    "спор, начавшийся со ссоры на рынке. Вечером он пишет в районном чате: "
                    "«Сегодня помирили семьи Ахметовых и Каримовых после драки на базаре». Какой "
                    "принцип медиации он нарушил?</p>"
                ),
                "en": (
                    "<p>In a district town, a public mediator helped two families settle a "
                    "dispute that began with a quarrel at the market. That evening he posts in "
                    "the district chat: “Today we reconciled the Akhmetov and Karimov families "
                    "after the fight at the bazaar.” Which principle of mediation has he "
                    "broken?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Құпиялылық",
                        "ru": "Конфиденциальность",
                        "en": "Confidentiality",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Медиацияда айтылған нәрсе тараптардың келісімінсіз жария "
                            "етілмейді; отбасыларды көпшілік чатта атау осы қағидатты бұзады."
                        ),
                        "ru": (
                            "Верно. Сказанное в медиации не разглашается без согласия сторон; "
                            "назвать семьи в общем чате — нарушение этого принципа."
                        ),
                        "en": (
                            "Right. What is said in mediation is not disclosed without the "
                            "parties' consent; naming the families in a public chat breaks this "
                            "principle."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Еріктілік",
                        "ru": "Добровольность",
                        "en": "Voluntariness",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ешкім қатысуға немесе қол қоюға мәжбүрленген жоқ; мәселе — "
                            "тараптардың келісімінсіз жария ету."
                        ),
                        "ru": (
                            "Никого не принуждали участвовать или подписывать; проблема — в "
                            "разглашении без согласия сторон."
                        ),
                        "en": (
                            "No one was forced to take part or to sign; the problem is disclosure "
                            "without the parties' consent."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тараптардың тең құқықтылығы",
                        "ru": "Равноправие сторон",
                        "en": "Equality of the parties",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тең құқықтылық рәсімдегі бірдей уақытқа, ақпаратқа және шешімдегі "
                            "бірдей дауысқа қатысты; ал бұл жазба — жария ету мәселесі."
                        ),
                        "ru": (
                            "Равноправие касается равного времени, информации и голоса в "
                            "процедуре; этот пост — вопрос разглашения."
                        ),
                        "en": (
                            "Equality concerns equal time, information and say in the procedure; "
                            "this post is a matter of disclosure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Медиация рәсіміне араласуға жол бермеу",
                        "ru": "Недопустимость вмешательства в процедуру медиации",
                        "en": "Non-interference in the procedure",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл қағидат медиацияны лауазымды адамдар мен жетекшілердің сырттан "
                            "қысымынан қорғайды; мұнда ақпаратты медиатордың өзі жария етті."
                        ),
                        "ru": (
                            "Этот принцип защищает медиацию от давления извне — со стороны "
                            "должностных лиц или лидеров; здесь информацию разгласил сам медиатор."
                        ),
                        "en": (
                            "That principle protects mediation from outside pressure by officials "
                            "or leaders; here the mediator himself disclosed the information."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Құпиялылық: медиацияда айтылған нәрсе тараптардың келісімінсіз жария "
                    "етілмейді. «Татуластырдық» деген ізгі ниетті жазбаның өзі адамдарды атайды "
                    "және осы қағидатты бұзады."
                ),
                "ru": (
                    "Конфиденциальность: сказанное в медиации не разглашается без согласия "
                    "сторон. Даже доброжелательный пост о «примирении» называет людей и нарушает "
                    "этот принцип."
                ),
                "en": (
                    "Confidentiality: what is said in mediation is not disclosed without the "
                    "parties' consent. Even a well-meant post about a “reconciliation” names "
                    "people and breaks this principle."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "public-mediator-eligibility",
            "text": {
                "kk": (
                    "<p>Түркістан облысындағы ауылдың қоғамдастық жиналысы көршілік даулар "
                    "бойынша қоғамдық медиатор ұсынғысы келеді. Заң бойынша қай үміткер қоғамдық "
                    "медиатор бола алады?</p>"
                ),
                "ru": (
                    "<p>Собрание местного сообщества в селе Туркестанской области хочет выдвинуть "
                    "общественного медиатора по соседским спорам. Кто из кандидатов по закону "
                    "может быть общественным медиатором?</p>"
                ),
                "en": (
                    "<p>A village community assembly in Turkistan region wants to put forward a "
                    "public mediator for neighbour disputes. Which candidate may act as a public "
                    "mediator under the law?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Гүлмира, 46 жаста, мектеп кітапханашысы: оны қоғамдастық жиналысы "
                            "сайлаған, ол жазбаша келісімін берген және қоғамдық медиаторлар "
                            "тізіліміне енгізілген"
                        ),
                        "ru": (
                            "Гульмира, 46 лет, школьный библиотекарь: избрана собранием местного "
                            "сообщества, дала письменное согласие и внесена в реестр общественных "
                            "медиаторов"
                        ),
                        "en": (
                            "Gulmira, 46, a school librarian, elected by the community assembly, "
                            "who gave her written consent and is entered in the register of "
                            "public mediators"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: жасы 40-тан асқан, жазбаша келісімін берген, оны жергілікті "
                            "қоғамдастық жиналысы сайлаған және ол тізілімге енгізілген."
                        ),
                        "ru": (
                            "Верно: ей больше 40 лет, она дала письменное согласие, избрана "
                            "собранием местного сообщества и внесена в реестр."
                        ),
                        "en": (
                            "Correct: she is over 40, has given written consent, was elected by "
                            "the local community assembly and has a register entry."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Данияр, 34 жаста, жоғары білімі бар, оны қоғамдастық жиналысы сайлаған"
                        ),
                        "ru": (
                            "Данияр, 34 года, с высшим образованием, избран собранием местного "
                            "сообщества"
                        ),
                        "en": (
                            "Daniyar, 34, with higher education, elected by the community assembly"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қоғамдық медиатордың жасы 40-тан кем болмауы керек. Жоғары білімі, "
                            "оқыту сертификаты және тізілімдегі жазбасы болса, Данияр кәсіби "
                            "медиатор (25 жастан) бола алады."
                        ),
                        "ru": (
                            "Общественному медиатору должно быть не меньше 40 лет. С высшим "
                            "образованием, сертификатом об обучении и записью в реестре Данияр "
                            "мог бы стать профессиональным медиатором (с 25 лет)."
                        ),
                        "en": (
                            "A public mediator must be at least 40. With higher education, a "
                            "training certificate and a register entry, Daniyar could become a "
                            "professional mediator (from 25)."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ерлан ата, 68 жаста, келіссөз жүргізуші-этномедиатор курсын "
                            "бітірген, бірақ ешбір тізілімге енгізілмеген сыйлы ақсақал"
                        ),
                        "ru": (
                            "Ерлан-ата, 68 лет, уважаемый аксакал, окончил курс "
                            "переговорщика-этномедиатора, но не внесён ни в один реестр"
                        ),
                        "en": (
                            "Yerlan-ata, 68, a respected elder who completed the "
                            "negotiator-ethnomediator course but is not entered in any register"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бедел мен оқу жеткіліксіз: тізілімде жазбасы болмаса, заң тұрғысынан "
                            "ол медиатор емес. Бірақ ол тараптарды келіссөз үстеліне шақыруға "
                            "көмектесе алады."
                        ),
                        "ru": (
                            "Авторитета и обучения недостаточно: без записи в реестре он не "
                            "медиатор в глазах закона. Но он может помочь собрать стороны за "
                            "столом переговоров."
                        ),
                        "en": (
                            "Respect and training are not enough: without a register entry he is "
                            "not a mediator in the eyes of the law. He can still help bring the "
                            "parties to the table."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Сәуле, 52 жаста, екі отбасы да сенетін аудандық сот судьясы",
                        "ru": "Сауле, 52 года, судья районного суда, которой доверяют обе семьи",
                        "en": "Saule, 52, a judge of the district court whom both families trust",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Заң судьяларды медиатор бола алмайтын адамдардың қатарында атайды, "
                            "оларға қаншалықты сенім артылса да."
                        ),
                        "ru": (
                            "Закон называет судей среди тех, кто не может быть медиатором, каким "
                            "бы доверием они ни пользовались."
                        ),
                        "en": (
                            "The law names judges among the people who cannot be mediators, "
                            "however much they are trusted."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қоғамдық медиатордың жасы 40-тан кем емес, ол жазбаша келісімін береді, оны "
                    "жергілікті қоғамдастық жиналысы сайлайды және ол қоғамдық медиаторлар "
                    "тізіліміне енгізіледі. Судьялар, мемлекеттік қызметшілер, әрекетке "
                    "қабілетсіз деп танылған адамдар және өтелмеген немесе алынбаған "
                    "сотталғандығы бар адамдар медиатор бола алмайды."
                ),
                "ru": (
                    "Общественный медиатор — не моложе 40 лет, даёт письменное согласие, "
                    "избирается собранием местного сообщества и вносится в реестр общественных "
                    "медиаторов. Судьи, государственные служащие, лица, признанные "
                    "недееспособными, и лица с непогашенной или неснятой судимостью медиаторами "
                    "быть не могут."
                ),
                "en": (
                    "A public mediator is at least 40, gives written consent, is elected by a "
                    "local community assembly and is entered in the register of public mediators. "
                    "Judges, state servants, persons declared legally incapable and persons with "
                    "an unexpunged criminal record cannot be mediators."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "settlement-agreement-concrete-term",
            "text": {
                "kk": (
                    "<p>Ауылда бір арықты пайдаланатын екі көрші отбасы медиацияда уағдаласты. "
                    "Олардың дауды реттеу туралы келісіміне қай тұжырым шарт ретінде ең "
                    "қолайлы?</p>"
                ),
                "ru": (
                    "<p>Две соседние семьи в селе пользуются одним арыком и договорились в "
                    "медиации. Какая формулировка лучше всего подходит как условие их соглашения "
                    "об урегулировании спора?</p>"
                ),
                "en": (
                    "<p>Two neighbouring families in a village share one irrigation channel and "
                    "have reached agreement in mediation. Which wording works best as a term of "
                    "their settlement agreement?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«1 маусымнан бастап төменгі бақшаға баратын су қақпасы дүйсенбі және "
                            "бейсенбі күндері таңғы сағат 5-тен 8-ге дейін ашылады; сағат 8-де "
                            "оны Рустамның отбасы жабады.»"
                        ),
                        "ru": (
                            "«С 1 июня заслонка на нижний сад открывается по понедельникам и "
                            "четвергам с 5 до 8 утра; в 8 утра её закрывает семья Рустама.»"
                        ),
                        "en": (
                            "“From 1 June the gate to the lower garden is opened on Mondays and "
                            "Thursdays from 5 to 8 a.m.; Rustam's family closes it at 8 a.m.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: нақты шарт кім, не, қашан және қандай тәртіппен істейтінін "
                            "көрсетеді, сондықтан екі тарап та оның орындалуын тексере алады."
                        ),
                        "ru": (
                            "Верно: конкретное условие говорит, кто, что, когда и в каком порядке "
                            "делает, поэтому обе стороны могут проверить его выполнение."
                        ),
                        "en": (
                            "Right: a concrete term says who does what, when and in what order, "
                            "so both sides can check that it is kept."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Екі отбасы бір-бірін құрметтеп, тату өмір сүретін болады.»",
                        "ru": "«Две семьи будут уважать друг друга и жить в мире.»",
                        "en": "“The two families will respect each other and live in peace.”",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жақсы тілек, бірақ шарт емес: оның қашан орындалғанын не бұзылғанын "
                            "ешкім айта алмайды."
                        ),
                        "ru": (
                            "Хорошее пожелание, но не условие: никто не сможет сказать, когда оно "
                            "выполнено или нарушено."
                        ),
                        "en": (
                            "A good wish, but not a term: nobody can tell when it has been kept "
                            "or broken."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Ауылдық округ әкімдігі күзге дейін төменгі көшеге екінші арық "
                            "салады.»"
                        ),
                        "ru": "«Сельский акимат до осени построит второй арык для нижней улицы.»",
                        "en": (
                            "“The rural akimat will build a second channel for the lower street "
                            "by autumn.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Медиация нәтижесіндегі келісім мемлекеттік органды өз өкілеттігін "
                            "белгілі бір түрде жүзеге асыруға міндеттей алмайды; әкімдік өз "
                            "тәртібімен шешеді."
                        ),
                        "ru": (
                            "Соглашение по итогам медиации не может обязать государственный орган "
                            "осуществлять полномочия определённым образом; акимат решает в своём "
                            "порядке."
                        ),
                        "en": (
                            "A mediation agreement cannot oblige a state body to use its powers "
                            "in a particular way; the akimat decides through its own procedure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Болашақта су туралы кез келген дау туындаса, кімнің дұрыс екенін "
                            "медиатор шешеді.»"
                        ),
                        "ru": "«В любом будущем споре о воде медиатор решит, кто прав.»",
                        "en": (
                            "“In any future dispute over water, the mediator will decide who is "
                            "right.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Медиатор шешім шығармайды және өз шешімін таңбайды; шарттарды "
                            "тараптардың өздері келіседі."
                        ),
                        "ru": (
                            "Медиатор не решает и не навязывает решение; условия согласовывают "
                            "сами стороны."
                        ),
                        "en": (
                            "The mediator does not decide and does not impose a solution; the "
                            "parties themselves agree on the terms."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Дауды реттеу туралы келісімде нақты шарттар, оларды орындаудың тәртібі мен "
                    "мерзімі және орындамаудың салдары көрсетіледі. Ол мемлекеттік органдарды "
                    "емес, тараптарды міндеттейді, ал медиатор олардың орнына шешім қабылдамайды."
                ),
                "ru": (
                    "В соглашении об урегулировании спора указываются конкретные условия, порядок "
                    "и сроки их выполнения и последствия невыполнения. Оно обязывает стороны, а "
                    "не государственные органы, и медиатор не решает за них."
                ),
                "en": (
                    "A settlement agreement sets out concrete terms, the order and deadlines for "
                    "carrying them out and the consequences of failure. It binds the parties, not "
                    "state bodies, and the mediator does not decide for them."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "checking-a-mediator",
            "text": {
                "kk": (
                    "<p>Ауылдағы отбасылық дау өзбек және қазақ тілдерінде жүргізілуі тиіс. Бір "
                    "адам отбасыларға өзін медиатор деп таныстырып, істі алуды ұсынады. Оны "
                    "тексеру үшін қандай қадамдар жасау керек? Барлық дұрыс жауапты таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>Семейный спор в селе нужно вести на узбекском и казахском языках. Мужчина "
                    "представляется семьям медиатором и предлагает взять дело. Какие шаги нужно "
                    "сделать, чтобы его проверить? Выберите все подходящие варианты.</p>"
                ),
                "en": (
                    "<p>A family dispute in a village is to be conducted in Uzbek and Kazakh. A "
                    "man introduces himself to the families as a mediator and offers to take the "
                    "case. Which steps should you take to check him? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Оның толық аты-жөнін, қай тізілімде тұрғанын, жазбаның нөмірі мен "
                            "күнін сұрау"
                        ),
                        "ru": (
                            "Спросить его полное имя, реестр, в котором он состоит, номер и дату "
                            "записи"
                        ),
                        "en": (
                            "Ask for his full name, the register he is in, and the number and "
                            "date of the entry"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә, бұл — бірінші қадам.",
                        "ru": "Да, это первый шаг.",
                        "en": "Yes, this is the first step.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жазбаны тізілімді жүргізетін органнан немесе өңірлік медиация "
                            "кабинеті арқылы растау"
                        ),
                        "ru": (
                            "Подтвердить запись в органе, который ведёт реестр, или через "
                            "региональный кабинет медиации"
                        ),
                        "en": (
                            "Confirm the entry with the body that keeps the register or through "
                            "the regional mediation office"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: оның сөзі жеткіліксіз, жазбаны растау керек.",
                        "ru": "Да: его слов недостаточно, запись нужно подтвердить.",
                        "en": "Yes: his word is not enough; the entry must be confirmed.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оның тілдері мен медиация саласы өзбек және қазақ тілдеріндегі "
                            "отбасылық дауға сай келетінін тексеру"
                        ),
                        "ru": (
                            "Проверить, подходят ли его языки и сфера медиации для семейного "
                            "спора на узбекском и казахском"
                        ),
                        "en": (
                            "Check that his languages and area of mediation fit a family dispute "
                            "in Uzbek and Kazakh"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: тізілімдегі жазбада медиация тілдері мен саласы көрсетіледі.",
                        "ru": "Да: в записи реестра указаны языки и сфера медиации.",
                        "en": (
                            "Yes: the register entry records the languages and area of mediation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оның отбасылардың бірімен туыстық, жұмыс, кәсіп немесе мүшелік "
                            "байланысы бар-жоғын сұрау"
                        ),
                        "ru": (
                            "Спросить, нет ли у него родственных, рабочих, деловых связей или "
                            "общего членства с одной из семей"
                        ),
                        "en": (
                            "Ask whether he has family, work, business or membership ties with "
                            "either family"
                        ),
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: мүдделер қақтығысы медиатордың тәуелсіздігі мен бейтараптығын "
                            "бұзады."
                        ),
                        "ru": (
                            "Да: конфликт интересов нарушил бы независимость и беспристрастность "
                            "медиатора."
                        ),
                        "en": (
                            "Yes: a conflict of interest would break the mediator's independence "
                            "and impartiality."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оның келіссөз жүргізуші-этномедиатор курсының сертификатын медиация "
                            "жүргізу құқығының дәлелі ретінде қабылдау"
                        ),
                        "ru": (
                            "Принять его сертификат курса переговорщика-этномедиатора как "
                            "доказательство права вести медиацию"
                        ),
                        "en": (
                            "Accept his certificate from the negotiator-ethnomediator course as "
                            "proof that he may mediate"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: курс медиатордың заңды мәртебесін емес, құзыреттілік куәлігін "
                            "береді; заң алдында медиатор болу үшін тізілімдегі жазба қажет."
                        ),
                        "ru": (
                            "Нет: курс даёт подтверждение компетенции, а не правовой статус "
                            "медиатора; для этого нужна запись в реестре."
                        ),
                        "en": (
                            "No: the course gives a competency credential, not the legal status "
                            "of a mediator; that needs a register entry."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оны таңдау, себебі ол отбасылардың бірімен бір этномәдени "
                            "бірлестікке мүше, сондықтан сол отбасы оған сенеді"
                        ),
                        "ru": (
                            "Выбрать его, потому что он состоит в том же этнокультурном "
                            "объединении, что и одна из семей, и эта семья ему доверяет"
                        ),
                        "en": (
                            "Prefer him because he belongs to the same ethnocultural association "
                            "as one of the families, so that family trusts him"
                        ),
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: тараптардың бірімен бір бірлестікке мүше болу — мүдделер "
                            "қақтығысы; сабақта бұл жиі кездесетін қате ретінде аталған."
                        ),
                        "ru": (
                            "Нет: членство в одном объединении с одной из сторон — конфликт "
                            "интересов; урок называет это типичной ошибкой."
                        ),
                        "en": (
                            "No: sharing membership with one party is a conflict of interest; the "
                            "lesson names it as a common mistake."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Медиаторды төрт қадаммен тексеріңіз: тізілім, жазбаның нөмірі мен күні; "
                    "тізілімді жүргізетін органнан немесе өңірлік медиация кабинетінен растау; "
                    "медиация тілдері мен саласы; мүдделер қақтығысы. Курс сертификатының өзі "
                    "медиация жүргізуге рұқсат емес."
                ),
                "ru": (
                    "Проверяйте медиатора в четыре шага: реестр, номер и дата записи; "
                    "подтверждение у того, кто ведёт реестр, или в региональном кабинете "
                    "медиации; языки и сфера медиации; конфликт интересов. Сертификат курса сам "
                    "по себе не даёт права вести медиацию."
                ),
                "en": (
                    "Check a mediator in four steps: the register and the number and date of the "
                    "entry; confirmation with the keeper of the register or the regional "
                    "mediation office; languages and area of mediation; conflicts of interest. A "
                    "course certificate alone is not a licence to mediate."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "trained-is-not-legally-able",
            "text": {
                "kk": (
                    "<p>Ауылдық округ әкімінің орынбасары Әйгерім келіссөз жүргізуші-этномедиатор "
                    "курсын жаңа ғана бітірді. Дұрыс па, бұрыс па: курс сертификаты оған екі "
                    "көрші отбасы арасындағы медиацияны жүргізуге және олардың келісіміне "
                    "медиатор ретінде қол қоюға құқық береді.</p>"
                ),
                "ru": (
                    "<p>Айгерим, заместитель акима сельского округа, только что окончила курс "
                    "переговорщика-этномедиатора. Верно или неверно: сертификат курса даёт ей "
                    "право провести медиацию между двумя соседскими семьями и подписать их "
                    "соглашение как медиатор.</p>"
                ),
                "en": (
                    "<p>Aigerim, deputy akim of a rural district, has just completed the "
                    "negotiator-ethnomediator course. True or false: the course certificate "
                    "entitles her to conduct a mediation between two neighbouring families and to "
                    "sign their agreement as the mediator.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Курс медиатордың заңды мәртебесін емес, құзыреттілік куәлігін береді. "
                    "Медиатор ретінде әрекет ету үшін заң талаптарына сай болып, тізілімге "
                    "енгізілу керек, ал әкімнің орынбасары сияқты мемлекеттік қызметшіге "
                    "лауазымда тұрған кезде медиатор болуға тыйым салынуы мүмкін. Әйгерім диалог "
                    "ұйымдастырып, тізілімдегі медиаторды шақыра алады."
                ),
                "ru": (
                    "Неверно. Курс даёт подтверждение компетенции, а не правовой статус "
                    "медиатора. Чтобы выступать медиатором, нужно отвечать требованиям закона и "
                    "быть внесённым в реестр, а государственному служащему, например заместителю "
                    "акима, это может быть запрещено, пока он занимает должность. Айгерим может "
                    "организовать диалог и пригласить медиатора из реестра."
                ),
                "en": (
                    "False. The course gives a competency credential, not the legal status of a "
                    "mediator. To act as a mediator one must meet the law's requirements and be "
                    "entered in a register, and a state servant such as a deputy akim may be "
                    "barred while in office. Aigerim can organise dialogue and call in a "
                    "registered mediator."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "court-approves-mediation-agreement",
            "text": {
                "kk": (
                    "<p>Екі көрші қоршау туралы азаматтық дауын сотқа берді. Судья оларға дауды "
                    "медиация тәртібімен реттеу құқығын түсіндіреді, ал олар келісімге келеді. "
                    "Дұрыс па, бұрыс па: сот келісімді бекітіп, іс бойынша іс жүргізуді "
                    "тоқтатады, ал бекітілген келісім басқа сот актілері сияқты мәжбүрлеп "
                    "орындалуы мүмкін.</p>"
                ),
                "ru": (
                    "<p>Двое соседей обратились в суд с гражданским спором о заборе. Судья "
                    "разъясняет им право урегулировать спор в порядке медиации, и они приходят к "
                    "соглашению. Верно или неверно: суд утверждает соглашение и прекращает "
                    "производство по делу, а утверждённое соглашение может быть исполнено "
                    "принудительно, как любой другой судебный акт.</p>"
                ),
                "en": (
                    "<p>Two neighbours have taken a civil dispute over a fence to court. The "
                    "judge explains their right to settle through mediation, and they reach an "
                    "agreement. True or false: the court approves the agreement and ends the "
                    "case, and the approved agreement can be enforced like any other court "
                    "act.</p>"
                ),
            },
            "answer": True,
            "general_feedback": {
                "kk": (
                    "Дұрыс. Сотта судья тараптарға медиация құқығын түсіндіреді; тараптар "
                    "келіссе, сот келісімді бекітіп, іс жүргізуді тоқтатады, ал бекітілген "
                    "келісім басқа сот актілері сияқты мәжбүрлеп орындалуы мүмкін."
                ),
                "ru": (
                    "Верно. В суде судья разъясняет сторонам право на медиацию; если стороны "
                    "договорились, суд утверждает соглашение и прекращает дело, а утверждённое "
                    "соглашение может быть исполнено принудительно, как любой другой судебный акт."
                ),
                "en": (
                    "True. In court the judge explains the parties' right to mediation; if they "
                    "agree, the court approves the agreement and ends the case, and the approved "
                    "agreement can be enforced like any other court act."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "register-of-mediators",
            "text": {
                "kk": (
                    "<p>Әсел 30 жаста, оның жоғары білімі және медиаторларды оқыту бағдарламасын "
                    "аяқтағаны туралы сертификаты бар. Заң оны медиатор деп тануы үшін ол қандай "
                    "ресми тізімге енгізілуі керек? Бір-екі сөзбен жауап беріңіз.</p>"
                ),
                "ru": (
                    "<p>Асель 30 лет, у неё высшее образование и сертификат об окончании "
                    "программы обучения медиаторов. В какой официальный список она должна быть "
                    "внесена, чтобы закон признал её медиатором? Ответьте одним-двумя словами.</p>"
                ),
                "en": (
                    "<p>Asel is 30 and has higher education and a certificate of completing a "
                    "mediator training programme. What official list must she be entered in "
                    "before the law recognises her as a mediator? Answer in one or two words.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "тізілім",
                        "fraction": 1.0,
                    },
                    {
                        "text": "*тізілім*",
                        "fraction": 1.0,
                    },
                ],
                "ru": [
                    {
                        "text": "реестр",
                        "fraction": 1.0,
                    },
                    {
                        "text": "*реестр*",
                        "fraction": 1.0,
                    },
                ],
                "en": [
                    {
                        "text": "register",
                        "fraction": 1.0,
                    },
                    {
                        "text": "*register*",
                        "fraction": 1.0,
                    },
                    {
                        "text": "*registry*",
                        "fraction": 1.0,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "Медиаторлар тізілімі (бұл жағдайда — кәсіби медиаторлар тізілімі). Оқудан "
                    "өткен адамды жұмысын заң мойындайтын медиаторға айналдыратын нәрсе — "
                    "тізілімдегі жазба."
                ),
                "ru": (
                    "Реестр медиаторов (в данном случае — реестр профессиональных медиаторов). "
                    "Именно запись в реестре превращает обученного человека в медиатора, чью "
                    "работу признаёт закон."
                ),
                "en": (
                    "The register of mediators (here, the register of professional mediators). An "
                    "entry in a register is what turns a trained person into a mediator whose "
                    "work the law recognises."
                ),
            },
        },
        {
            "type": "matching",
            "name": "assembly-mediation-structures",
            "text": {
                "kk": "<p>Әр құрылымды оның медиация жүйесіндегі қызметімен сәйкестендіріңіз.</p>",
                "ru": (
                    "<p>Соотнесите каждую структуру с тем, что она делает в системе медиации.</p>"
                ),
                "en": "<p>Match each structure with what it does in the mediation system.</p>",
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "Республикалық медиация кеңесі",
                        "ru": "Республиканский совет по медиации",
                        "en": "Republican Mediation Council",
                    },
                    "answer": {
                        "kk": (
                            "Басымдықтарды айқындайды, қоғамдық және кәсіби медиаторларды "
                            "біріктіреді, оларды оқытуды ұйымдастырады"
                        ),
                        "ru": (
                            "Определяет приоритеты, объединяет общественных и профессиональных "
                            "медиаторов и организует их обучение"
                        ),
                        "en": (
                            "Sets priorities, brings public and professional mediators together "
                            "and organises their training"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Өңірлік медиация кабинеті",
                        "ru": "Региональный кабинет медиации",
                        "en": "Regional mediation office",
                    },
                    "answer": {
                        "kk": (
                            "Өтініштерді қабылдайды, лайықты медиатор іріктейді және есеп жүргізеді"
                        ),
                        "ru": "Принимает обращения, подбирает подходящего медиатора и ведёт учёт",
                        "en": "Receives applications, finds a suitable mediator and keeps records",
                    },
                },
                {
                    "prompt": {
                        "kk": "Татуластыру кабинеті",
                        "ru": "Кабинет примирения",
                        "en": "Reconciliation room",
                    },
                    "answer": {
                        "kk": (
                            "Көбіне сотта орналасқан, адамдар үйіне жақын жерде медиатормен "
                            "кездесетін медиация алаңы"
                        ),
                        "ru": (
                            "Площадка медиации, часто в суде, где люди встречаются с медиатором "
                            "недалеко от дома"
                        ),
                        "en": (
                            "A mediation site, often in a court, where people meet a mediator "
                            "close to home"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Медиаторлар ұйымы",
                        "ru": "Организация медиаторов",
                        "en": "Organisation of mediators",
                    },
                    "answer": {
                        "kk": (
                            "Әдеп қағидаларын қабылдайтын және медиаторларға қатысты шағымдарды "
                            "қарайтын коммерциялық емес ұйым"
                        ),
                        "ru": (
                            "Некоммерческая организация, которая принимает правила этики и "
                            "рассматривает жалобы на медиаторов"
                        ),
                        "en": (
                            "A non-commercial organisation that adopts ethics rules and considers "
                            "complaints about mediators"
                        ),
                    },
                },
                {
                    "prompt": {
                        "kk": "Ақсақалдар кеңесі",
                        "ru": "Совет аксакалов",
                        "en": "Aksakal council",
                    },
                    "answer": {
                        "kk": (
                            "Медиацияны өзі жүргізбейді, бірақ шиеленісті ерте байқап, тараптарды "
                            "келіссөз үстеліне шақырады"
                        ),
                        "ru": (
                            "Сам медиацию не проводит, но рано замечает напряжённость и "
                            "приглашает стороны за стол переговоров"
                        ),
                        "en": (
                            "Does not conduct mediation itself, but notices tension early and "
                            "brings the parties to the table"
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Республикалық медиация кеңесі ел көлемінде қоғамдық медиацияны жүргізеді; "
                    "өңірлік кабинеттер өтініштерді қабылдап, медиатор іріктейді; татуластыру "
                    "кабинеттері сияқты алаңдарда кездесулер өтеді; медиаторлар ұйымдары әдеп пен "
                    "шағымдарға жауап береді; ақсақалдар кеңесі сияқты қауымдық құрылымдар "
                    "алғашқы белгілерді байқап, адамдарды келіссөзге шақырады."
                ),
                "ru": (
                    "Республиканский совет по медиации руководит общественной медиацией по всей "
                    "стране; региональные кабинеты принимают обращения и подбирают медиатора; на "
                    "площадках, таких как кабинеты примирения, проходят встречи; организации "
                    "медиаторов отвечают за этику и жалобы; общественные структуры вроде советов "
                    "аксакалов замечают первые сигналы и приглашают людей к переговорам."
                ),
                "en": (
                    "The Republican Mediation Council runs public mediation across the country; "
                    "regional offices receive applications and find a mediator; sites such as "
                    "reconciliation rooms host the meetings; organisations of mediators look "
                    "after ethics and complaints; community structures such as aksakal councils "
                    "pick up early signals and bring people to talks."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "from-contract-to-settlement",
            "text": {
                "kk": (
                    "<p>Заң бойынша медиацияның қадамдарын біріншісінен соңғысына дейін дұрыс "
                    "ретпен орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>Расположите шаги медиации по закону в правильном порядке — от первого к "
                    "последнему.</p>"
                ),
                "en": (
                    "<p>Put the steps of a mediation under the law in the right order, from first "
                    "to last.</p>"
                ),
            },
            "items": [
                {
                    "kk": "Тараптар мен медиатор жазбаша медиация туралы шартқа қол қояды",
                    "ru": "Стороны и медиатор подписывают письменный договор о медиации",
                    "en": "The parties and the mediator sign a written contract on mediation",
                },
                {
                    "kk": (
                        "Медиатор тараптарға өз ойын айтуға, бір-бірін естуге, мүдделерін табуға "
                        "және шешу жолдарын іздеуге көмектеседі"
                    ),
                    "ru": (
                        "Медиатор помогает сторонам высказаться, услышать друг друга, найти свои "
                        "интересы и варианты решения"
                    ),
                    "en": (
                        "The mediator helps the parties speak, hear each other, find their "
                        "interests and look for options"
                    ),
                },
                {
                    "kk": (
                        "Тараптар нақты шарттар мен мерзімдер көрсетілген дауды реттеу туралы "
                        "жазбаша келісімге қол қояды"
                    ),
                    "ru": (
                        "Стороны подписывают письменное соглашение об урегулировании спора с "
                        "конкретными условиями и сроками"
                    ),
                    "en": (
                        "The parties sign a written settlement agreement with concrete terms and "
                        "deadlines"
                    ),
                },
                {
                    "kk": (
                        "Тараптар келісімді өздері таңдаған тәртіппен және мерзімде ерікті түрде "
                        "орындайды"
                    ),
                    "ru": (
                        "Стороны добровольно исполняют соглашение в выбранном ими порядке и в "
                        "выбранные сроки"
                    ),
                    "en": (
                        "The parties carry out the agreement voluntarily, in the order and within "
                        "the time they chose"
                    ),
                },
                {
                    "kk": (
                        "Бір тарап келісімді орындамаса, екіншісі өз құқықтарын сотта қорғай алады"
                    ),
                    "ru": (
                        "Если одна сторона его не исполняет, другая может защитить свои права в "
                        "суде"
                    ),
                    "en": (
                        "If one side does not carry it out, the other may protect its rights in "
                        "court"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Рәсім медиация туралы шарттан басталады, медиатор жүргізетін келіссөзбен "
                    "жалғасады және тараптар ерікті түрде орындайтын дауды реттеу туралы "
                    "келісіммен аяқталады; бір тарап оны орындамаса, екіншісі сотқа жүгіне алады."
                ),
                "ru": (
                    "Процедура начинается с договора о медиации, продолжается переговорами с "
                    "помощью медиатора и завершается соглашением об урегулировании спора, которое "
                    "стороны исполняют добровольно; если одна сторона его не исполняет, другая "
                    "может обратиться в суд."
                ),
                "en": (
                    "The procedure starts with the contract on mediation, continues with talks "
                    "helped by the mediator and ends with a settlement agreement that the parties "
                    "carry out voluntarily; if one side fails to do so, the other may go to court."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-market-quarrel-who-mediates",
            "text": {
                "kk": (
                    "<p><strong>Кейс.</strong> Алматы облысындағы аудан орталығының базарында "
                    "сатушы мен сатып алушы баға туралы дауласып, дау ұлтқа тіл тигізуге ұласты. "
                    "Оның бейнежазбасы аудандық чатқа тарады. Енді екі тарап та татуласқысы "
                    "келеді. Олар келіссөз жүргізуші-этномедиатор курсын бітірген учаскелік "
                    "полиция инспекторы Нұрланнан «медиатор болып, қағазға бүгін қол қоюын» "
                    "сұрайды. Сатушы мүшесі болып табылатын этномәдени бірлестіктің төрағасы "
                    "медиацияны өзі жүргізуді ұсынады.</p><p><strong>Тапсырма.</strong> "
                    "Түсіндіріңіз: (1) Нұрлан бұл істе не істей алады, не істей алмайды және "
                    "неге; (2) бірлестік төрағасы медиацияны жүргізуі керек пе және мұнда "
                    "медиацияның қай қағидаттары қозғалады; (3) лайықты медиаторды қалай тауып, "
                    "қалай тексересіз; (4) келесі қадамдар қандай болуы керек.</p>"
                ),
                "ru": (
                    "<p><strong>Кейс.</strong> На рынке районного центра Алматинской области "
                    "продавец и покупатель поспорили о цене, и спор перешёл в оскорбления по "
                    "национальному признаку. Видео разошлось по районному чату. Теперь обе "
                    "стороны хотят помириться. Они просят участкового инспектора полиции Нурлана, "
                    "окончившего курс переговорщика-этномедиатора, «быть медиатором и подписать "
                    "бумагу сегодня же». Председатель этнокультурного объединения, членом "
                    "которого является продавец, предлагает провести медиацию "
                    "сам.</p><p><strong>Задание.</strong> Объясните: (1) что Нурлан может и чего "
                    "не может делать в этом деле и почему; (2) следует ли председателю "
                    "объединения проводить медиацию и какие принципы медиации здесь затронуты; "
                    "(3) как вы найдёте и проверите подходящего медиатора; (4) какими должны быть "
                    "следующие шаги.</p>"
                ),
                "en": (
                    "<p><strong>Case.</strong> At the market of a district town in Almaty region, "
                    "a trader and a customer argued about a price, and the argument turned into "
                    "insults about nationality. A video of it spread through the district chat. "
                    "Both sides now want to settle. They ask Nurlan, the district police "
                    "inspector, who completed the negotiator-ethnomediator course, to “be the "
                    "mediator and sign the paper today”. The chairman of the ethnocultural "
                    "association of which the trader is a member offers to conduct the mediation "
                    "himself.</p><p><strong>Task.</strong> Explain (1) what Nurlan can and cannot "
                    "do in this case and why; (2) whether the chairman of the association should "
                    "mediate, and which principles of mediation are at stake; (3) how you would "
                    "find and check a suitable mediator; (4) what the next steps should be.</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Нұрланның келіссөз жүргізуші ретіндегі оқуын медиатордың заңды "
                            "мәртебесінен ажыратады: мемлекеттік қызметші ретінде оған медиатор "
                            "болуға тыйым салынуы мүмкін; ол тараптарды сабырға шақырып, диалог "
                            "ұйымдастыра алады, бірақ медиация туралы шартқа немесе келісімге "
                            "медиатор ретінде қол қоймайды."
                        ),
                        "ru": (
                            "Разделяет подготовку Нурлана как переговорщика и правовой статус "
                            "медиатора: как государственному служащему ему может быть запрещено "
                            "быть медиатором; он может успокоить стороны и организовать диалог, "
                            "но не подписывает договор о медиации или соглашение как медиатор."
                        ),
                        "en": (
                            "Separates Nurlan's negotiator training from the legal status of a "
                            "mediator: as a state servant he may be barred from mediating; he can "
                            "calm the parties and organise dialogue, but does not sign a contract "
                            "on mediation or an agreement as the mediator."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Қағидаттарды қолданады: бірлестік төрағасында мүдделер қақтығысы бар "
                            "(тәуелсіздік пен бейтараптық); ешкім бүгін қол қоюға мәжбүрленбейді "
                            "(еріктілік); екі тарапқа бірдей уақыт пен дауыс беріледі (тең "
                            "құқықтылық); айтылған нәрсе құпия сақталады."
                        ),
                        "ru": (
                            "Применяет принципы: у председателя объединения конфликт интересов "
                            "(независимость и беспристрастность); никого не принуждают подписать "
                            "сегодня (добровольность); у обеих сторон равное время и голос "
                            "(равноправие); сказанное остаётся конфиденциальным."
                        ),
                        "en": (
                            "Applies the principles: the association chairman has a conflict of "
                            "interest (independence and impartiality); no one is pressed to sign "
                            "today (voluntariness); both sides get equal time and say (equality); "
                            "what is said stays confidential."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Тізілімдегі медиаторды өңірлік медиация кабинеті арқылы табуды және "
                            "оның тізілімдегі жазбасын, тілдерін, медиация саласын және "
                            "тараптармен байланысын тексеруді сипаттайды."
                        ),
                        "ru": (
                            "Описывает, как найти медиатора из реестра через региональный кабинет "
                            "медиации и проверить его запись в реестре, языки, сферу медиации и "
                            "связи со сторонами."
                        ),
                        "en": (
                            "Describes finding a registered mediator through the regional "
                            "mediation office and checking the register entry, languages, area of "
                            "mediation and ties with the parties."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Шынайы келесі қадамдарды ұсынады: медиация туралы шарт, күні, орны "
                            "және тілі; ешкім өз өкілеттігінен тыс уәде бермейді; бейнежазба мен "
                            "балағат пікірлер басқа қадамдарды қажет етуі мүмкін екенін ескереді."
                        ),
                        "ru": (
                            "Предлагает реалистичные следующие шаги: договор о медиации, дата, "
                            "место и язык; никто не обещает ничего сверх своих полномочий; "
                            "учитывает, что видео и оскорбительные комментарии могут потребовать "
                            "иных мер."
                        ),
                        "en": (
                            "Proposes realistic next steps: a contract on mediation, a date, a "
                            "place and a language; no one promises anything beyond their powers; "
                            "notes that the video and the insulting comments may need other steps."
                        ),
                    },
                    "points": 2,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауап: Нұрлан тараптарды сабырға шақырып, кездесуді ұйымдастырады, "
                    "бірақ құзыреттілік куәлігі ғана бар мемлекеттік қызметші ретінде медиатор "
                    "болмайды; бірлестік төрағасы сатушымен байланысы болғандықтан медиацияны "
                    "жүргізбеуі керек, бірақ тараптарды келіссөз үстеліне шақыруға көмектесе "
                    "алады; тізілімдегі медиатор өңірлік медиация кабинеті арқылы табылып, "
                    "тексеріледі (тізілімдегі жазба, тілдер, сала, мүдделер қақтығысы); ешкім "
                    "бүгін қол қоюға мәжбүрленбейді; келесі қадам — күні, орны және тілі "
                    "көрсетілген медиация туралы шарт."
                ),
                "ru": (
                    "Хороший ответ: Нурлан успокаивает стороны и организует встречу, но как "
                    "государственный служащий, у которого есть лишь подтверждение компетенции, "
                    "медиатором не выступает; председателю объединения не следует проводить "
                    "медиацию из-за связи с продавцом, но он может помочь собрать стороны за "
                    "столом переговоров; медиатора из реестра находят через региональный кабинет "
                    "медиации и проверяют (запись в реестре, языки, сфера, конфликт интересов); "
                    "никого не принуждают подписывать сегодня; следующий шаг — договор о медиации "
                    "с датой, местом и языком."
                ),
                "en": (
                    "A good answer: Nurlan calms the parties and organises the meeting but, as a "
                    "state servant with only a competency credential, does not act as the "
                    "mediator; the association chairman should not mediate because of his tie "
                    "with the trader, though he can help bring the parties to the table; a "
                    "registered mediator is found through the regional mediation office and "
                    "checked (register entry, languages, area, conflicts of interest); nobody is "
                    "pressed to sign today; the next step is a contract on mediation with a date, "
                    "a place and a language."
                ),
            },
        },
    ],
}
