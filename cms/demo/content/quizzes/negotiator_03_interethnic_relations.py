"""Quiz for module 3 of the negotiator-ethnomediator course: interethnic relations."""

QUIZ = {
    "module": "interethnic-relations",
    "title": {
        "kk": "3-модуль тесті: этносаралық қатынастар",
        "ru": "Тест по модулю 3: межэтнические отношения",
        "en": "Module 3 test: interethnic relations",
    },
    "intro": {
        "kk": (
            "<p>Бұл тест тұрмыстық даудың этностық реңкке қалай ие болатынын түсінуіңізді, "
            "стереотиптер мен қауесеттерді тани білуіңізді және шиеленістің ерте белгілеріне "
            "дұрыс әрекет ете алуыңызды тексереді. Тестте 10 сұрақ бар; соңғысы — оқытушы "
            "бағалайтын кейс. Өту шегі — 70%.</p>"
        ),
        "ru": (
            "<p>Этот тест проверяет, понимаете ли вы, как бытовой спор приобретает этническую "
            "окраску, умеете ли распознавать стереотипы и слухи и правильно реагировать на ранние "
            "признаки напряжённости. В тесте 10 вопросов; последний — кейс, который оценивает "
            "преподаватель. Проходной балл — 70%.</p>"
        ),
        "en": (
            "<p>This test checks whether you understand how an everyday dispute acquires an "
            "ethnic colouring, can recognise stereotypes and rumours, and can respond well to "
            "early signs of tension. It has 10 questions; the last one is a case study graded by "
            "a trainer. The pass mark is 70%.</p>"
        ),
    },
    "pass_mark": 70,
    "questions": [
        {
            "type": "single_choice",
            "name": "back-to-concrete-subject",
            "text": {
                "kk": (
                    "<p>Сенбі күні бір ауылдың екі жігіті Айбек пен Рустам кафенің сыртында "
                    "төбелесіп қалды. Жексенбі күні таңертең мессенджерлерде «біздікілерді "
                    "соларлар ұрыпты» деген хабар тарайды. Екі отбасымен кездесуде Айбектің "
                    "ағасы: «Өзбектер бізге тағы шабуыл жасады», — дейді. Этномедиатор бұдан "
                    "кейін не айтуы керек?</p>"
                ),
                "ru": (
                    "<p>В субботу двое парней из одного села, Айбек и Рустам, подрались у кафе. К "
                    "утру воскресенья в мессенджерах расходится: «наших избили ихние». На встрече "
                    "с обеими семьями старший брат Айбека говорит: «Узбеки опять на нас напали». "
                    "Что этномедиатору стоит сказать дальше?</p>"
                ),
                "en": (
                    "<p>On Saturday two young men from the same village, Aibek and Rustam, had a "
                    "fight outside a café. By Sunday morning a message in the messenger groups "
                    "says “theirs beat up ours”. At a meeting with both families, Aibek's elder "
                    "brother says: “The Uzbeks have attacked us again.” What should the "
                    "ethnomediator say next?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "«Сенбі күні Айбек пен Рустамның арасында не болғаны туралы "
                            "сөйлесейік: кім қатысты, қашан болды және қандай зиян келді.»"
                        ),
                        "ru": (
                            "«Давайте поговорим о том, что произошло в субботу между Айбеком и "
                            "Рустамом: кто участвовал, когда это было и какой ущерб нанесён.»"
                        ),
                        "en": (
                            "“Let's talk about what happened on Saturday between Aibek and "
                            "Rustam: who was involved, when it happened and what damage was done.”"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл дауды нақты мәніне қайтарып, екі жігітті олардың "
                            "қауымдастықтарынан ажыратады."
                        ),
                        "ru": (
                            "Верно: так спор возвращается к конкретному предмету, а двое парней "
                            "отделяются от своих общин."
                        ),
                        "en": (
                            "Right: this brings the dispute back to its concrete subject and "
                            "separates the two young men from their communities."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Бізде ұлтаралық мәселе жоқ; ештеңе болған жоқ, бәріміз үйге "
                            "қайтайық.»"
                        ),
                        "ru": (
                            "«У нас межнациональных проблем нет; ничего не случилось, давайте "
                            "расходиться.»"
                        ),
                        "en": (
                            "“We have no interethnic problems here; nothing happened, let's all "
                            "go home.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Этностық қырын мүлде жоққа шығару — жиі кездесетін қате: адамдар "
                            "сезімдерін елемейді деп ойлап, ашуы күшейеді."
                        ),
                        "ru": (
                            "Полностью отрицать этническое измерение — типичная ошибка: люди "
                            "чувствуют, что их переживания игнорируют, и злятся сильнее."
                        ),
                        "en": (
                            "Denying any ethnic dimension is a common mistake: people feel their "
                            "concerns are ignored and grow angrier."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Әр тараптың атынан сөйлеу үшін қазақ және өзбек бірлестіктерінің "
                            "жетекшілерін шақырайық.»"
                        ),
                        "ru": (
                            "«Давайте пригласим руководителей казахского и узбекского "
                            "объединений, чтобы они говорили от имени каждой стороны.»"
                        ),
                        "en": (
                            "“Let's invite the leaders of the Kazakh and Uzbek associations to "
                            "speak for each side.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бірлестік жетекшілерін тараптардың «өкілдері» ретінде шақыру екі "
                            "жігіттің ұрысын екі топтың дауына айналдырады. Беделді адамдарды "
                            "адвокат ретінде емес, сабырға шақыратын үн ретінде тартыңыз."
                        ),
                        "ru": (
                            "Приглашать руководителей объединений как «представителей» сторон — "
                            "значит превратить ссору двух парней в конфликт двух групп. "
                            "Привлекайте уважаемых людей как голоса спокойствия, а не как "
                            "адвокатов."
                        ),
                        "en": (
                            "Inviting association leaders as “representatives” of the sides turns "
                            "a quarrel between two young men into a conflict between two groups. "
                            "Involve respected people as voices of calm, not as advocates."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Полиция тексеруін аяқтағанша ештеңе талқыламайық; сонда бәрі "
                            "анықталады.»"
                        ),
                        "ru": (
                            "«Давайте ничего не обсуждать, пока полиция не закончит; тогда всё "
                            "прояснится.»"
                        ),
                        "en": (
                            "“Let's not discuss anything until the police have finished; then "
                            "everything will be clear.”"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "«Бәрі анықталғанша» күту — жиі кездесетін қате: бұл уақытта қауесет "
                            "тарай береді. Құқықтық тетіктер өз жұмысын жасайды, ал медиатор "
                            "адамдармен жұмысын жалғастырады."
                        ),
                        "ru": (
                            "Ждать, пока «всё прояснится», — типичная ошибка: тем временем слух "
                            "продолжает расходиться. Правовые механизмы работают своим чередом, а "
                            "медиатор продолжает работать с людьми."
                        ),
                        "en": (
                            "Waiting until “everything is clear” is a common mistake: meanwhile "
                            "the rumour keeps spreading. The legal mechanisms do their work, and "
                            "the mediator goes on working with the people."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Механизм: жеке дау, одан кейін топқа жалпылау, одан кейін жұмылдыру. Дауды "
                    "нақты мәніне (кім, не, қашан, қандай зиян) қайтарып, қатысушыларды "
                    "қауымдастықтарынан ажыратыңыз: «қазақтар мен өзбектер төбелесті» емес, "
                    "«Айбек пен Рустам төбелесті»."
                ),
                "ru": (
                    "Механизм: личный спор, затем обобщение на группу, затем мобилизация. Верните "
                    "спор к конкретному предмету (кто, что, когда, какой ущерб) и отделите "
                    "участников от их общин: не «казахи подрались с узбеками», а «Айбек и Рустам "
                    "подрались»."
                ),
                "en": (
                    "The mechanism is a personal dispute, then generalisation to the group, then "
                    "mobilisation. Bring the dispute back to its concrete subject (who, what, "
                    "when, what damage) and separate the participants from their communities: not "
                    "“Kazakhs fought Uzbeks” but “Aibek and Rustam had a fight”."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "serve-accord-not-a-group",
            "text": {
                "kk": (
                    "<p>Екі фермердің жайылым туралы дауы бойынша кездесу алдында этномәдени "
                    "бірлестіктің жетекшісі сізге қоңырау шалады: «Сіз біздің адамсыз, сондықтан "
                    "кездесуде біздің халықты қорғаңыз». Қалай жауап берген дұрыс?</p>"
                ),
                "ru": (
                    "<p>Перед встречей по спору двух фермеров о пастбище вам звонит руководитель "
                    "этнокультурного объединения: «Вы наш человек, так что на встрече защищайте "
                    "наших». Как правильно ответить?</p>"
                ),
                "en": (
                    "<p>Before a meeting about a dispute over pasture between two farmers, the "
                    "head of an ethnocultural association calls you: “You are one of us, so "
                    "defend our people at the meeting.” What is the right response?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Этномедиатор бір топтың мүддесіне емес, адамдар арасындағы келісімге "
                            "қызмет ететінін түсіндіріп, оны сабырға шақыратын үн ретінде "
                            "көмектесуге шақыру"
                        ),
                        "ru": (
                            "Объяснить, что этномедиатор служит согласию между людьми, а не "
                            "интересам какой-то одной группы, и пригласить его помочь как голос "
                            "спокойствия"
                        ),
                        "en": (
                            "Explain that an ethnomediator serves accord between people, not the "
                            "interests of any one group, and invite him to help as a voice of calm"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс: бұл әралуандықтағы бірлік пен қоғамдық келісім идеяларынан "
                            "шығатын практикалық қағида."
                        ),
                        "ru": (
                            "Верно: это практическое правило, которое следует из идей единства в "
                            "многообразии и общественного согласия."
                        ),
                        "en": (
                            "Right: this is the practical rule that follows from the ideas of "
                            "unity in diversity and public accord."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келісу, себебі этномәдени бірлестіктер Ассамблея желісінің бөлігі "
                            "және олардың мүшелері сізге сенеді"
                        ),
                        "ru": (
                            "Согласиться, ведь этнокультурные объединения входят в сеть Ассамблеи "
                            "и их члены вам доверяют"
                        ),
                        "en": (
                            "Agree, because ethnocultural associations are part of the Assembly's "
                            "network and their members trust you"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бірлестіктер желінің бөлігі, бірақ бір топты қорғаған этномедиатор "
                            "бейтараптығын және екінші тараптың сенімін жоғалтады."
                        ),
                        "ru": (
                            "Объединения действительно входят в сеть, но этномедиатор, защищающий "
                            "одну группу, теряет нейтральность и доверие другой стороны."
                        ),
                        "en": (
                            "Associations are part of the network, but an ethnomediator who "
                            "defends one group loses neutrality and the other side's trust."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келісіп, кездесу теңгерімді болуы үшін екінші қауымнан өз жағын "
                            "қорғайтын адам табуды сұрау"
                        ),
                        "ru": (
                            "Согласиться и попросить другую общину найти человека, который будет "
                            "защищать её сторону, чтобы встреча была сбалансированной"
                        ),
                        "en": (
                            "Agree, and ask the other community to find someone to defend its "
                            "side, so that the meeting is balanced"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл екі фермердің дауын екі топтың тартысына айналдырады — тұрмыстық "
                            "дау этностық реңкке дәл осылай ие болады."
                        ),
                        "ru": (
                            "Так спор двух фермеров превращается в состязание двух групп — именно "
                            "так бытовой спор приобретает этническую окраску."
                        ),
                        "en": (
                            "This turns a dispute between two farmers into a contest between two "
                            "groups, which is exactly how an everyday dispute acquires an ethnic "
                            "colouring."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Біржақты көрінбеу үшін бірлестікпен барлық байланысты үзу",
                        "ru": (
                            "Прекратить всякие контакты с объединением, чтобы не выглядеть "
                            "пристрастным"
                        ),
                        "en": "Cut off all contact with the association so as not to look biased",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бірлестік жетекшілері өкпе-реніш туралы көбіне бірінші естиді және "
                            "жұртты сабырға шақыра алады; оларды адвокат ретінде емес, сабырға "
                            "шақыратын үн ретінде ерте тартыңыз."
                        ),
                        "ru": (
                            "Руководители объединений часто первыми узнают об обидах и могут "
                            "успокоить людей; привлекайте их рано — как голоса спокойствия, а не "
                            "как адвокатов."
                        ),
                        "en": (
                            "Association leaders are often the first to hear about grievances and "
                            "can calm people; involve them early, as voices of calm rather than "
                            "advocates."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Ассамблеяның негізгі идеялары — әралуандықтағы бірлік және қоғамдық келісім. "
                    "Келіссөз жүргізуші-этномедиатор үшін бұдан бір практикалық қағида шығады: "
                    "сіз бір топтың мүддесіне емес, адамдар арасындағы келісімге қызмет етесіз."
                ),
                "ru": (
                    "Ведущие идеи Ассамблеи — единство в многообразии и общественное согласие. "
                    "Для переговорщика-этномедиатора отсюда следует одно практическое правило: вы "
                    "служите согласию между людьми, а не интересам какой-то одной группы."
                ),
                "en": (
                    "The Assembly's guiding ideas are unity in diversity and public accord. For a "
                    "negotiator-ethnomediator this leads to one practical rule: you serve accord "
                    "between people, not the interests of any one group."
                ),
            },
        },
        {
            "type": "single_choice",
            "name": "language-of-the-meeting",
            "text": {
                "kk": (
                    "<p>Алматы облысындағы ауылда сіз ұйғыр отбасы мен олардың қазақ көршісі "
                    "арасындағы кездесуге дайындалып жатырсыз. Отбасының әжесі негізінен ұйғырша "
                    "сөйлейді. Кездесу тілін қалай шешесіз?</p>"
                ),
                "ru": (
                    "<p>В селе Алматинской области вы готовите встречу уйгурской семьи и их "
                    "соседа-казаха. Бабушка в этой семье говорит в основном по-уйгурски. Как вы "
                    "решите вопрос о языке встречи?</p>"
                ),
                "en": (
                    "<p>In a village in Almaty region, you are preparing a meeting between a "
                    "Uyghur family and their Kazakh neighbour. The family's grandmother speaks "
                    "mostly Uyghur. How do you handle the language of the meeting?</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": (
                            "Тараптардан қай тілде сөйлескісі келетінін сұрап, сол тілде жұмыс "
                            "істеу немесе сол тілді білетін серіктес медиаторды шақыру"
                        ),
                        "ru": (
                            "Спросить стороны, на каком языке им удобнее говорить, и работать на "
                            "нём или пригласить второго медиатора, владеющего этим языком"
                        ),
                        "en": (
                            "Ask the parties which language they prefer, and work in it or bring "
                            "in a co-mediator who speaks it"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс: сабақ дәл осыны ұсынады.",
                        "ru": "Верно: именно это рекомендует урок.",
                        "en": "Right: this is what the lesson recommends.",
                    },
                },
                {
                    "text": {
                        "kk": "Кездесуді тек қазақ тілінде өткізу, себебі ол — мемлекеттік тіл",
                        "ru": (
                            "Провести встречу только на казахском, потому что это государственный "
                            "язык"
                        ),
                        "en": "Hold the meeting only in Kazakh, because it is the state language",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қазақ тілі — мемлекеттік тіл, бірақ медиацияда тараптардан қай тілді "
                            "қалайтынын сұрайсыз; әже кездесуге толық қатыса алуы керек."
                        ),
                        "ru": (
                            "Казахский — государственный язык, но в медиации вы спрашиваете "
                            "стороны, какой язык им удобнее; бабушка должна иметь возможность "
                            "полноценно участвовать."
                        ),
                        "en": (
                            "Kazakh is the state language, but in mediation you ask the parties "
                            "which language they prefer; the grandmother must be able to take "
                            "full part."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Кездесуді орыс тілінде өткізу, себебі орыс тілі әрдайым топтар "
                            "арасындағы ортақ тіл"
                        ),
                        "ru": (
                            "Провести её на русском, потому что русский всегда служит общим "
                            "языком между группами"
                        ),
                        "en": (
                            "Hold it in Russian, because Russian always serves as the common "
                            "language between groups"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Орыс тілі ұзақ уақыт ортақ тіл қызметін атқарып келеді, бірақ өзіңіз "
                            "шешпеңіз: тараптардан сұраңыз. Әжеге орыс тілі де қолайсыз болуы "
                            "мүмкін."
                        ),
                        "ru": (
                            "Русский давно служит общим языком, но не решайте за стороны: "
                            "спросите их. Бабушке может быть неудобно и на русском."
                        ),
                        "en": (
                            "Russian has long served as a common language, but do not decide for "
                            "the parties: ask them. The grandmother may not be at ease in Russian "
                            "either."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әженің ұйғырша сөйлегісі келуін оның ынтымақтасқысы келмейтінінің "
                            "белгісі деп қабылдау"
                        ),
                        "ru": (
                            "Воспринять желание бабушки говорить по-уйгурски как знак того, что "
                            "она не хочет сотрудничать"
                        ),
                        "en": (
                            "Treat the grandmother's wish to speak Uyghur as a sign that she does "
                            "not want to cooperate"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Адамның тіл таңдауын ешқашан адалдықтың жоқтығы деп қабылдамаңыз.",
                        "ru": "Никогда не воспринимайте выбор языка как нелояльность.",
                        "en": "Never treat a person's choice of language as disloyalty.",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қазақ тілі — мемлекеттік тіл, мемлекеттік ұйымдарда орыс тілі онымен тең "
                    "ресми қолданылады, ал көп отбасы үйде басқа тілдерде сөйлейді. Тәжірибеде "
                    "тараптардан қай тілде сөйлескісі келетінін сұраңыз, сол тілде жұмыс істеңіз "
                    "немесе сол тілді білетін серіктес медиаторды шақырыңыз; тіл таңдауын ешқашан "
                    "адалдықтың жоқтығы деп қабылдамаңыз."
                ),
                "ru": (
                    "Казахский — государственный язык, в государственных организациях наравне с "
                    "ним официально употребляется русский, а дома многие семьи говорят на других "
                    "языках. На практике спросите стороны, на каком языке им удобнее, работайте "
                    "на нём или пригласите второго медиатора, владеющего этим языком; никогда не "
                    "воспринимайте выбор языка как нелояльность."
                ),
                "en": (
                    "Kazakh is the state language, Russian is officially used on a par with it in "
                    "state organisations, and many families speak other languages at home. In "
                    "practice, ask the parties which language they prefer, work in it or bring in "
                    "a co-mediator who speaks it; never treat a choice of language as disloyalty."
                ),
            },
        },
        {
            "type": "multiple_choice",
            "name": "signs-of-a-dangerous-rumour",
            "text": {
                "kk": (
                    "<p>Аудандық мессенджер тобында бейнежазбамен бірге мынадай жазба пайда "
                    "болады: «Немере ағамның досы өз көзімен көріпті! Қараңыздар, ОЛАР біздің "
                    "балаларымызға не істеп жатыр. Өшіріп тастамай тұрғанда таратыңдар, бүгін "
                    "кешке бәріміз алаңға жиналайық!» Бұл жазбаның қандай ерекшеліктері қауіпті "
                    "қауесеттің әдеттегі белгілері болып табылады? Барлық дұрыс жауапты "
                    "таңдаңыз.</p>"
                ),
                "ru": (
                    "<p>В районной группе в мессенджере появляется пост с видео: «Друг моего "
                    "двоюродного брата сам видел! Смотрите, что ОНИ делают с нашими детьми. "
                    "Распространите, пока не удалили, вечером все на площадь!» Какие особенности "
                    "этого поста — типичные признаки опасного слуха? Выберите все подходящие "
                    "варианты.</p>"
                ),
                "en": (
                    "<p>A post with a video appears in a district messenger group: “A friend of "
                    "my cousin saw it himself! Look what THEY are doing to our children. Share it "
                    "before they delete it, everyone to the square tonight!” Which features of "
                    "this post are typical signs of a dangerous rumour? Choose all that apply.</p>"
                ),
            },
            "options": [
                {
                    "text": {
                        "kk": "Тексеруге болатын дереккөзі жоқ",
                        "ru": "Нет источника, который можно проверить",
                        "en": "There is no source that can be checked",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: «немере ағамның досын» тексеру мүмкін емес.",
                        "ru": "Да: «друга двоюродного брата» проверить невозможно.",
                        "en": "Yes: “a friend of my cousin” cannot be checked.",
                    },
                },
                {
                    "text": {
                        "kk": "Ол күшті эмоцияларға — қорқыныш пен ашуға сүйенеді",
                        "ru": "Он играет на сильных эмоциях — страхе и гневе",
                        "en": "It plays on strong emotions: fear and anger",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: күшті эмоция — әдеттегі белгі.",
                        "ru": "Да: сильные эмоции — типичный признак.",
                        "en": "Yes: strong emotion is a typical sign.",
                    },
                },
                {
                    "text": {
                        "kk": "Ол әрекетке шақырады: таратуға және алаңға жиналуға",
                        "ru": "Он призывает к действию: распространить и собраться на площади",
                        "en": "It calls for action: to share it and to gather on the square",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": "Иә: әрекетке шақыру — ең қауіпті белгілердің бірі.",
                        "ru": "Да: призыв к действию — один из самых опасных признаков.",
                        "en": "Yes: a call to action is one of the most dangerous signs.",
                    },
                },
                {
                    "text": {
                        "kk": "Біреудің ісі үшін бүкіл топты («ОЛАРДЫ») кінәлайды",
                        "ru": "Он обвиняет целую группу («ОНИ») в том, что сделал кто-то один",
                        "en": "It blames a whole group (“THEY”) for what someone did",
                    },
                    "fraction": 0.25,
                    "feedback": {
                        "kk": (
                            "Иә: бүкіл топты кінәлау жеке оқиғаны ұжымдық айыптауға айналдырады."
                        ),
                        "ru": (
                            "Да: обвинение целой группы превращает частный случай в коллективное "
                            "обвинение."
                        ),
                        "en": (
                            "Yes: blaming a whole group turns a private incident into a "
                            "collective accusation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Онда бейнежазбаның күні, орны және ресми дереккөзі көрсетілген",
                        "ru": "В нём указаны дата, место и официальный источник видео",
                        "en": "It gives the date, the place and an official source for the video",
                    },
                    "fraction": -0.5,
                    "feedback": {
                        "kk": (
                            "Жоқ: жазбада бұлардың ешқайсысы жоқ; дәл сондықтан бейнежазбаны "
                            "сенбес бұрын тексеру керек — ол басқа жерде түсірілген ескі видео "
                            "болуы мүмкін."
                        ),
                        "ru": (
                            "Нет: ничего из этого в посте нет; именно поэтому видео нужно "
                            "проверить, прежде чем ему верить, — это может быть старая запись из "
                            "другого места."
                        ),
                        "en": (
                            "No: the post gives none of these; that is exactly why the video must "
                            "be checked before anyone believes it: it may be old footage from "
                            "elsewhere."
                        ),
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Қауіпті қауесеттің әдеттегі белгілері: тексеруге болатын дереккөзі жоқ; "
                    "күшті эмоция; басқа жерде түсірілген ескі видео не фото «біздегі» жаңалық "
                    "ретінде беріледі; әрекетке шақыру; бір адамның ісі үшін бүкіл топ "
                    "кінәланады. Мұндай жазбаны ешкімге жібермеңіз; дереккөзін, күнін және орнын "
                    "тексеріп, полициядан немесе әкімдіктен ресми ақпарат сұраңыз."
                ),
                "ru": (
                    "Типичные признаки опасного слуха: нет проверяемого источника; сильные "
                    "эмоции; старое видео или фото из другого места выдаётся за новость «у нас»; "
                    "призыв к действию; за поступок одного обвиняют всю группу. Не пересылайте "
                    "такой пост; проверьте источник, дату и место и запросите официальную "
                    "информацию в полиции или акимате."
                ),
                "en": (
                    "Typical signs of a dangerous rumour: no checkable source; strong emotion; an "
                    "old video or photo from elsewhere presented as news from “here”; a call to "
                    "action; a whole group blamed for what one person did. Do not forward such a "
                    "post; check the source, date and place, and ask the police or the akimat for "
                    "official information."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "legal-assessment-is-for-police",
            "text": {
                "kk": (
                    "<p>Жергілікті Instagram парақшасы бүкіл бір этносты қорлайтын жазба "
                    "жариялады. Дұрыс па, бұрыс па: бұл жазбаның заң бұзатын-бұзбайтынын шешу — "
                    "полиция мен прокуратураның ісі; этномедиатордың міндеті — көргенін тиісті "
                    "адамдарға жеткізу және жұртты сабырға шақыру.</p>"
                ),
                "ru": (
                    "<p>Местная страница в Instagram опубликовала пост, оскорбляющий целый этнос. "
                    "Верно или неверно: решать, нарушает ли этот пост закон, — дело полиции и "
                    "прокуратуры; задача этномедиатора — передать увиденное тем, кому следует, и "
                    "успокоить людей.</p>"
                ),
                "en": (
                    "<p>A local Instagram page has published a post insulting a whole ethnic "
                    "group. True or false: deciding whether this post breaks the law is the job "
                    "of the police and prosecutors; the ethnomediator's task is to pass on what "
                    "they have seen to the right people and to calm people down.</p>"
                ),
            },
            "answer": True,
            "general_feedback": {
                "kk": (
                    "Дұрыс. Қазақстан заңнамасы ұлттық араздықты қоздырғаны және көрінеу жалған "
                    "ақпарат таратқаны үшін жауапкершілік көздейді, бірақ жазбаның заң "
                    "бұзатын-бұзбайтынын медиатор емес, полиция мен прокуратура шешеді."
                ),
                "ru": (
                    "Верно. Законодательство Казахстана предусматривает ответственность за "
                    "разжигание национальной розни и за распространение заведомо ложной "
                    "информации, но нарушает ли публикация закон, решают полиция и прокуратура, а "
                    "не медиатор."
                ),
                "en": (
                    "True. Kazakhstan law makes incitement of national discord and knowingly "
                    "spreading false information punishable, but it is the police and "
                    "prosecutors, not the mediator, who decide whether a post breaks the law."
                ),
            },
        },
        {
            "type": "true_false",
            "name": "direct-threat-call-police",
            "text": {
                "kk": (
                    "<p>Жергілікті чаттағы хабарламада жастардың басқа қауымнан шыққан бір "
                    "отбасымен «есеп айырысу» үшін жиналатын уақыты мен орны аталады, кейбіреулер "
                    "қару алып келетінін жазады. Дұрыс па, бұрыс па: этномедиатор алдымен "
                    "медиация кеңесіне хабарлап, полицияға жүгінбес бұрын оның шешімін күтуі "
                    "керек.</p>"
                ),
                "ru": (
                    "<p>В местном чате называют время и место, где парни соберутся, чтобы "
                    "«разобраться» с семьёй из другой общины, а некоторые пишут, что принесут "
                    "оружие. Верно или неверно: этномедиатор должен сначала сообщить в совет по "
                    "медиации и дождаться его решения, прежде чем обращаться в полицию.</p>"
                ),
                "en": (
                    "<p>A message in a local chat names a time and a place where young men will "
                    "gather “to sort out” a family from another community, and some write that "
                    "they will bring weapons. True or false: the ethnomediator should first "
                    "report to the mediation council and wait for its decision before contacting "
                    "the police.</p>"
                ),
            },
            "answer": False,
            "general_feedback": {
                "kk": (
                    "Бұрыс. Өмірге тікелей қауіп немесе жаппай зорлық-зомбылық қаупі болса, "
                    "бірден полицияның 102 нөміріне немесе шұғыл қызметтердің бірыңғай 112 "
                    "нөміріне қоңырау шалыңыз. Басқа жағдайларда өңіріңізде келісілген тәртіп "
                    "бойынша әкімдікке, Ассамблеяның өңірлік құрылымдарына және медиация кеңесіне "
                    "хабарлаңыз."
                ),
                "ru": (
                    "Неверно. Если есть прямая угроза жизни или массового насилия, сразу звоните "
                    "в полицию по номеру 102 или по единому номеру экстренных служб 112. В "
                    "остальных случаях сообщайте в акимат, региональные структуры Ассамблеи и "
                    "совет по медиации в порядке, согласованном в вашем регионе."
                ),
                "en": (
                    "False. If there is a direct threat to life or of mass violence, call the "
                    "police on 102 or the single emergency number 112 at once. In other cases, "
                    "inform the akimat, the Assembly's regional structures and the mediation "
                    "council, following the procedure agreed in your region."
                ),
            },
        },
        {
            "type": "short_answer",
            "name": "monitoring-log",
            "text": {
                "kk": (
                    "<p>Этномедиатор үш ай бойы өз ауданындағы әр оқиғаны жазып отырады: күні, "
                    "орны, не болғаны, дереккөзі, тексерілген-тексерілмегені және кімге "
                    "хабарлағаны. Бұл қарапайым жазба қалай аталады? Бір-екі сөзбен жауап "
                    "беріңіз.</p>"
                ),
                "ru": (
                    "<p>Три месяца этномедиатор записывает каждый случай в своём районе: дату, "
                    "место, что произошло, источник, проверено ли и кого она проинформировала. "
                    "Как называется такая простая запись? Ответьте одним-двумя словами.</p>"
                ),
                "en": (
                    "<p>For three months an ethnomediator has recorded every incident in her "
                    "district: the date, the place, what happened, the source, whether it was "
                    "checked and whom she informed. What is this simple record called? Answer in "
                    "one or two words.</p>"
                ),
            },
            "answers": {
                "kk": [
                    {
                        "text": "мониторинг журналы",
                        "fraction": 1.0,
                    },
                    {
                        "text": "*мониторинг журнал*",
                        "fraction": 1.0,
                    },
                    {
                        "text": "журнал",
                        "fraction": 0.5,
                    },
                ],
                "ru": [
                    {
                        "text": "журнал мониторинга",
                        "fraction": 1.0,
                    },
                    {
                        "text": "журнал",
                        "fraction": 0.5,
                    },
                ],
                "en": [
                    {
                        "text": "monitoring log",
                        "fraction": 1.0,
                    },
                    {
                        "text": "log",
                        "fraction": 0.5,
                    },
                ],
            },
            "general_feedback": {
                "kk": (
                    "Мониторинг журналы. Мониторинг — дабыл қағылуын күтпей, жүйелі түрде "
                    "бақылау; журнал үрдістерді көруге көмектеседі: бір жазу бұзақылық болуы "
                    "мүмкін, бірақ бір ай ішінде бір шағынауданда болған үш оқиға — дабыл белгісі."
                ),
                "ru": (
                    "Журнал мониторинга. Мониторинг — это систематическое наблюдение, а не "
                    "ожидание тревоги; журнал помогает видеть тенденции: одна надпись может "
                    "оказаться хулиганством, но три случая за месяц в одном микрорайоне — это "
                    "сигнал."
                ),
                "en": (
                    "A monitoring log. Monitoring means watching systematically rather than "
                    "waiting for an alarm; the log helps you see trends: one inscription may be "
                    "hooliganism, but three incidents in one neighbourhood within a month are a "
                    "signal."
                ),
            },
        },
        {
            "type": "matching",
            "name": "stereotype-prejudice-discrimination",
            "text": {
                "kk": "<p>Әр жағдайды ол көрсететін ұғыммен сәйкестендіріңіз.</p>",
                "ru": "<p>Соотнесите каждую ситуацию с понятием, которое она иллюстрирует.</p>",
                "en": "<p>Match each situation with the concept it shows.</p>",
            },
            "pairs": [
                {
                    "prompt": {
                        "kk": "«Олардың бәрі қызба.»",
                        "ru": "«Они все вспыльчивые.»",
                        "en": "“They are all hot-tempered.”",
                    },
                    "answer": {
                        "kk": "Стереотип",
                        "ru": "Стереотип",
                        "en": "Stereotype",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Жаңа көршісімен әлі танысып үлгермей-ақ Айгүл оны шыққан тегіне бола "
                            "жақтырмайды және оған сенбейді"
                        ),
                        "ru": (
                            "Ещё не познакомившись с новой соседкой, Айгуль уже относится к ней с "
                            "неприязнью и недоверием из-за её происхождения"
                        ),
                        "en": (
                            "Before she has even met her new neighbour, Aigul already dislikes "
                            "and distrusts her because of her origin"
                        ),
                    },
                    "answer": {
                        "kk": "Алдын ала теріс көзқарас",
                        "ru": "Предубеждение",
                        "en": "Prejudice",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Базар әкімшілігі саудагерге шыққан тегіне байланысты сауда орнын "
                            "бермейді"
                        ),
                        "ru": (
                            "Администрация рынка отказывает торговцу в месте из-за его "
                            "происхождения"
                        ),
                        "en": (
                            "The market administration refuses a trader a stall because of his "
                            "origin"
                        ),
                    },
                    "answer": {
                        "kk": "Кемсітушілік",
                        "ru": "Дискриминация",
                        "en": "Discrimination",
                    },
                },
                {
                    "prompt": {
                        "kk": (
                            "Бір саудагер таразыдан алдайды, ал жұрт «олардың бәрі алдамшы» дей "
                            "бастайды"
                        ),
                        "ru": (
                            "Один торговец обвешивает покупателей, и люди начинают говорить: «они "
                            "все обманывают»"
                        ),
                        "en": (
                            "One trader gives short weight, and people start saying “they all "
                            "cheat”"
                        ),
                    },
                    "answer": {
                        "kk": "Бір адамнан бүкіл топқа жалпылау",
                        "ru": "Обобщение от одного человека на всю группу",
                        "en": "Generalising from one person to a whole group",
                    },
                },
            ],
            "general_feedback": {
                "kk": (
                    "Стереотип — топ туралы жеңілдетілген, жалпыланған түсінік; алдын ала теріс "
                    "көзқарас — адаммен танысқанға дейін қалыптасқан, эмоциямен астасқан "
                    "стереотип; кемсітушілік — іс-әрекетке айналған теріс көзқарас; бір адамнан "
                    "бүкіл топқа жалпылау (топтық атрибуция қатесі) жеке оқиғаны ұжымдық "
                    "айыптауға айналдырады."
                ),
                "ru": (
                    "Стереотип — упрощённое, обобщённое представление о группе; предубеждение — "
                    "заряженный эмоцией стереотип, сложившийся ещё до знакомства с человеком; "
                    "дискриминация — предубеждение, превратившееся в действие; обобщение от "
                    "одного человека на всю группу (групповая ошибка атрибуции) превращает "
                    "частный случай в коллективное обвинение."
                ),
                "en": (
                    "A stereotype is a simplified, generalised picture of a group; prejudice is a "
                    "stereotype charged with emotion, formed before meeting the person; "
                    "discrimination is prejudice turned into action; generalising from one person "
                    "to the whole group (a group-level attribution error) turns a private "
                    "incident into a collective accusation."
                ),
            },
        },
        {
            "type": "ordering",
            "name": "early-warning-first-steps",
            "text": {
                "kk": (
                    "<p>Ауданыңыздағы мектептің қоршауында қорлайтын жазулар пайда болды, «есеп "
                    "айырысу» туралы әңгіме тарап жүр. Этномедиатордың алғашқы қадамдарын сабақта "
                    "берілген ретпен орналастырыңыз.</p>"
                ),
                "ru": (
                    "<p>На заборе школы в вашем районе появились оскорбительные надписи, ходят "
                    "разговоры о «разборках». Расположите первые шаги этномедиатора в порядке, "
                    "приведённом в уроке.</p>"
                ),
                "en": (
                    "<p>Insulting inscriptions have appeared on the fence of a school in your "
                    "district, and there is talk of a “showdown”. Put the ethnomediator's first "
                    "steps in the order given in the lesson.</p>"
                ),
            },
            "items": [
                {
                    "kk": "Фактілерді өзіңіз тексеру: кім, не, қайда, қашан",
                    "ru": "Проверить факты лично: кто, что, где, когда",
                    "en": "Check the facts in person: who, what, where, when",
                },
                {
                    "kk": (
                        "Зорлық-зомбылық қаупін бағалау; қауіп жоғары болса, алдымен полицияны "
                        "тарту"
                    ),
                    "ru": (
                        "Оценить риск насилия; если он высок, в первую очередь подключить полицию"
                    ),
                    "en": "Assess the risk of violence; if it is high, involve the police first",
                },
                {
                    "kk": "Келісілген байланыстағы адамдарға хабарлау, жалғыз әрекет етпеу",
                    "ru": "Проинформировать согласованные контакты и не действовать в одиночку",
                    "en": "Inform the agreed contacts and do not act alone",
                },
                {
                    "kk": (
                        "Әр тараптың негізгі адамдарымен жеке-жеке кездесіп, бірдеңе ұсынбас "
                        "бұрын оларды тыңдау"
                    ),
                    "ru": (
                        "Встретиться с ключевыми людьми каждой стороны по отдельности и выслушать "
                        "их, прежде чем что-то предлагать"
                    ),
                    "en": (
                        "Meet key people from each side separately and listen to them before "
                        "proposing anything"
                    ),
                },
                {
                    "kk": (
                        "Қоғамдық кеңістікті тыныштандыру: жазуларды өшірту, тексерілген "
                        "ақпаратты жариялау, беделді адамдардың бірлескен үндеуін ұйымдастыру"
                    ),
                    "ru": (
                        "Успокоить публичное пространство: добиться удаления надписей, "
                        "опубликовать проверенную информацию, организовать совместное обращение "
                        "уважаемых людей"
                    ),
                    "en": (
                        "Calm the public space: have the inscriptions removed, publish verified "
                        "information, arrange a joint appeal by respected people"
                    ),
                },
                {
                    "kk": (
                        "Бастапқы дау бойынша диалог форматын ұсынып, бір аптадан және бір айдан "
                        "кейін жағдайға қайта оралу"
                    ),
                    "ru": (
                        "Предложить формат диалога по исходному спору и вернуться к ситуации "
                        "через неделю и через месяц"
                    ),
                    "en": (
                        "Offer a format for dialogue on the original dispute and come back to the "
                        "situation a week and a month later"
                    ),
                },
            ],
            "general_feedback": {
                "kk": (
                    "Алдымен фактілер мен зорлық-зомбылық қаупі, содан кейін келісілген "
                    "байланыстар, одан кейін әр тарапты жеке тыңдау, сосын қоғамдық кеңістікті "
                    "тыныштандыру, ең соңында бастапқы дау бойынша диалог және жағдайға қайта "
                    "оралу. Жиі кездесетін қателіктер: «бәрі анықталғанша» күту, жалғыз әрекет "
                    "ету, көпшілік алдындағы мәлімдемелерде этностарды атау, орындай алмайтын "
                    "уәде беру."
                ),
                "ru": (
                    "Сначала факты и риск насилия, затем согласованные контакты, потом выслушать "
                    "каждую сторону отдельно, затем успокоить публичное пространство и, наконец, "
                    "диалог по исходному спору и возвращение к ситуации. Типичные ошибки: ждать, "
                    "пока «всё прояснится», действовать в одиночку, называть этносы в публичных "
                    "заявлениях, обещать то, чего не можете выполнить."
                ),
                "en": (
                    "First the facts and the risk of violence, then the agreed contacts, then "
                    "listening to each side separately, then calming the public space, and "
                    "finally a dialogue on the original dispute with follow-up. Common mistakes: "
                    "waiting until “everything is clear”, acting alone, naming ethnic groups in "
                    "public statements, promising what you cannot deliver."
                ),
            },
        },
        {
            "type": "essay",
            "name": "case-taxi-fare-rumour",
            "text": {
                "kk": (
                    "<p><strong>Кейс.</strong> Павлодар облысындағы аудан орталығында такси "
                    "жүргізушісі Фарид пен жолаушы Ольга жол ақысы туралы дауласып қалады. Ольга "
                    "жергілікті топқа: «Ол халық бізді үнемі алдайды; мұндай жүргізушілерді "
                    "автовокзалдан қуу керек», — деп жазады. Бір күннің ішінде Фаридтің бүкіл "
                    "этносын қорлайтын жүздеген пікір жиналады, ал басқалар оларға өз балағатымен "
                    "жауап береді. Фаридтің қауымынан бірнеше жүргізуші жолаушылар олардың "
                    "көлігіне отырудан бас тарта бастағанын айтады, ал біреу «жексенбі күні "
                    "автовокзалға жиналайық» деп шақырады. Фарид мүшесі болып табылатын "
                    "этномәдени бірлестіктің жетекшісі сізден кеңес "
                    "сұрайды.</p><p><strong>Тапсырма.</strong> (1) Бұл оқиғадан стереотипті, "
                    "алдын ала теріс көзқарасты және кемсітушілік белгісін табыңыз. (2) Ерте "
                    "ескертудің қандай белгілері бар және қауіп қаншалықты жоғары? (3) Дауды "
                    "нақты мәніне қалай қайтарар едіңіз? (4) Бірлестік жетекшісіне алдағы 48 "
                    "сағатта не істеуге және не істемеуге кеңес берер едіңіз?</p>"
                ),
                "ru": (
                    "<p><strong>Кейс.</strong> В районном центре Павлодарской области таксист "
                    "Фарид и пассажирка Ольга поспорили о плате за поездку. Ольга пишет в местной "
                    "группе: «Эти люди вечно нас обдирают; таких водителей надо гнать с "
                    "автовокзала». За сутки набираются сотни комментариев, оскорбляющих весь "
                    "этнос Фарида, а другие отвечают своими оскорблениями. Несколько водителей из "
                    "общины Фарида рассказывают, что пассажиры стали отказываться садиться в их "
                    "машины, а кто-то призывает «собраться в воскресенье у автовокзала». "
                    "Руководитель этнокультурного объединения, в котором состоит Фарид, просит у "
                    "вас совета.</p><p><strong>Задание.</strong> (1) Найдите в этой истории "
                    "стереотип, предубеждение и признак дискриминации. (2) Какие признаки раннего "
                    "предупреждения здесь есть и насколько высок риск? (3) Как бы вы вернули спор "
                    "к его конкретному предмету? (4) Что бы вы посоветовали руководителю "
                    "объединения сделать и чего не делать в ближайшие 48 часов?</p>"
                ),
                "en": (
                    "<p><strong>Case.</strong> In a district town in Pavlodar region, a taxi "
                    "driver, Farid, and a passenger, Olga, argue about the fare. Olga posts in a "
                    "local group: “Those people always rip us off; drivers like him should be "
                    "driven out of the bus station.” Within a day there are hundreds of comments "
                    "insulting Farid's whole ethnic group, and others reply with insults of their "
                    "own. Several drivers from Farid's community say that passengers have started "
                    "refusing to get into their cars, and someone calls on people to “gather at "
                    "the bus station on Sunday”. The head of the ethnocultural association to "
                    "which Farid belongs asks you for advice.</p><p><strong>Task.</strong> (1) "
                    "Find a stereotype, a prejudice and a sign of discrimination in this story. "
                    "(2) Which early-warning signs are present, and how high is the risk? (3) How "
                    "would you bring the dispute back to its concrete subject? (4) What would you "
                    "advise the head of the association to do, and not to do, in the next 48 "
                    "hours?</p>"
                ),
            },
            "rubric": [
                {
                    "criterion": {
                        "kk": (
                            "Стереотипті («ол халық бізді үнемі алдайды»), алдын ала теріс "
                            "көзқарасты (бүкіл топқа қарсы дұшпандық пікірлер) және "
                            "кемсітушілікті (жолаушылардың жүргізушілерден шыққан тегіне бола бас "
                            "тартуы, оларды қууға шақыру) дұрыс ажыратады."
                        ),
                        "ru": (
                            "Правильно различает стереотип («эти люди вечно нас обдирают»), "
                            "предубеждение (враждебные комментарии обо всей группе) и "
                            "дискриминацию (пассажиры отказываются от водителей из-за их "
                            "происхождения, призыв их выгнать)."
                        ),
                        "en": (
                            "Correctly tells apart the stereotype (“those people always rip us "
                            "off”), the prejudice (hostile comments about the whole group) and "
                            "the discrimination (passengers refusing drivers because of their "
                            "origin, the call to drive them out)."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Ерте ескерту белгілерін (дұшпандық пікірлер, «олардың» көлігінен бас "
                            "тарту, жиналуға шақыру) атайды және жиналуға шақыру болғандықтан "
                            "қауіпті жоғары деп бағалайды; зорлық қаупі болса, алдымен полицияны "
                            "тарту керек екенін және келісілген байланыстарға (әкімдік, "
                            "Ассамблеяның өңірлік құрылымдары, медиация кеңесі) хабарланатынын "
                            "айтады."
                        ),
                        "ru": (
                            "Называет признаки раннего предупреждения (враждебные комментарии, "
                            "отказ садиться в «их» машины, призыв собраться) и оценивает риск как "
                            "высокий из-за призыва собраться; говорит, что при угрозе насилия в "
                            "первую очередь подключают полицию и что информируют согласованные "
                            "контакты (акимат, региональные структуры Ассамблеи, совет по "
                            "медиации)."
                        ),
                        "en": (
                            "Names the early-warning signs (hostile comments, refusals to ride in "
                            "“their” cars, a call to gather) and rates the risk as high because "
                            "of the call to gather; says that the police are involved first if "
                            "there is a threat of violence, and that the agreed contacts (the "
                            "akimat, the Assembly's regional structures, the mediation council) "
                            "are informed."
                        ),
                    },
                    "points": 3,
                },
                {
                    "criterion": {
                        "kk": (
                            "Дауды нақты мәніне қайтарады: Фарид пен Ольга арасындағы бір жол "
                            "ақысы (кім, не, қашан, қандай зиян); ұлтты емес, есімдерді қолданады."
                        ),
                        "ru": (
                            "Возвращает спор к конкретному предмету — плате за одну поездку между "
                            "Фаридом и Ольгой (кто, что, когда, какой ущерб); называет людей по "
                            "именам, а не по национальности."
                        ),
                        "en": (
                            "Brings the dispute back to its concrete subject, one fare between "
                            "Farid and Olga (who, what, when, what damage), using names, not "
                            "nationalities."
                        ),
                    },
                    "points": 2,
                },
                {
                    "criterion": {
                        "kk": (
                            "Алдағы 48 сағатқа орынды кеңес береді: жазбаны таратпау және "
                            "пікірталасқа араласпау; жазба авторымен және топ әкімшісімен тікелей "
                            "сөйлесу; қысқа, тексерілген ақпаратты сенімді адамдар арқылы тарату; "
                            "өз қауымының жастарымен сөйлесу; тараптың өкілі ретінде емес, "
                            "сабырға шақыратын үн ретінде әрекет ету; жалғыз әрекет етпеу және "
                            "орындай алмайтын уәде бермеу."
                        ),
                        "ru": (
                            "Даёт разумные советы на 48 часов: не пересылать пост и не спорить в "
                            "комментариях; говорить напрямую с автором поста и администратором "
                            "группы; распространять короткую проверенную информацию через людей, "
                            "которым доверяют; поговорить с молодёжью своей общины; выступать "
                            "голосом спокойствия, а не представителем стороны; не действовать в "
                            "одиночку и не обещать невыполнимого."
                        ),
                        "en": (
                            "Gives sound advice for the 48 hours: do not forward the post or "
                            "argue in the comments; talk directly to its author and the group "
                            "administrator; get short, verified information out through trusted "
                            "people; talk to the young people of his community; act as a voice of "
                            "calm, not as a representative of a side; do not act alone or promise "
                            "what cannot be delivered."
                        ),
                    },
                    "points": 3,
                },
            ],
            "general_feedback": {
                "kk": (
                    "Жақсы жауап үш ұғымды ажыратады; жиналуға шақыру болғандықтан қауіпті жоғары "
                    "деп бағалап, алдымен полицияны, содан кейін келісілген байланыстарды "
                    "тартады; оқиғаны Фарид пен Ольга арасындағы бір жол ақысына қайтарады; "
                    "бірлестік жетекшісіне өз қауымын сабырға шақыруға, жазба авторымен және топ "
                    "әкімшісімен тікелей сөйлесуге, балағатты қайталамай тексерілген ақпаратты "
                    "таратуға, жалғыз әрекет етпеуге, көпшілік алдында этностарды атамауға және "
                    "орындай алмайтын уәде бермеуге кеңес береді."
                ),
                "ru": (
                    "Хороший ответ различает три понятия; видит высокий риск из-за призыва "
                    "собраться и подключает сначала полицию, затем согласованные контакты; "
                    "возвращает историю к плате за одну поездку между Фаридом и Ольгой; советует "
                    "руководителю объединения успокоить свою общину, поговорить напрямую с "
                    "автором и администратором группы, распространять проверенную информацию, не "
                    "повторяя оскорблений, не действовать в одиночку, не называть этносы публично "
                    "и не обещать того, чего он не сможет выполнить."
                ),
                "en": (
                    "A good answer tells the three concepts apart; sees a high risk because of "
                    "the call to gather and involves the police first, then the agreed contacts; "
                    "brings the story back to one fare between Farid and Olga; and advises the "
                    "head of the association to calm his community, speak directly to the author "
                    "and the group administrator, spread verified information without repeating "
                    "the insults, and avoid acting alone, naming ethnic groups in public or "
                    "promising what he cannot deliver."
                ),
            },
        },
    ],
}
