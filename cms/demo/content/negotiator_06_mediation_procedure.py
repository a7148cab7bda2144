"""Module 6 of the negotiator-ethnomediator course: the mediation procedure."""

MODULE = {
    "slug": "mediation-procedure",
    "title": {
        "kk": "Медиация рәсімі: кезеңдер, бірлескен медиация, құпиялылық, келісімді рәсімдеу",
        "ru": "Процедура медиации: этапы, ко-медиация, конфиденциальность, составление соглашений",
        "en": "Mediation procedure: stages, co-mediation, confidentiality, drafting agreements",
    },
    "summary": {
        "kk": (
            "Модуль медиацияны дайындықтан аяқтауға дейін кезең-кезеңімен көрсетеді және екі "
            "медиатор болып жұмыс істеуге, құпиялылықты сақтауға, тараптар орындай алатын келісім "
            "жазуға үйретеді."
        ),
        "ru": (
            "Модуль проводит через медиацию от подготовки до завершения и учит работать в паре "
            "медиаторов, соблюдать конфиденциальность и составлять соглашения, которые стороны "
            "смогут выполнить."
        ),
        "en": (
            "The module walks through a mediation from preparation to closing and shows how to "
            "work as a pair of mediators, protect confidentiality and write an agreement the "
            "parties can keep."
        ),
    },
    "academic_hours": 10,
    "learning_outcomes": [
        {
            "kk": (
                "Медиацияны медиация туралы шарттан бастап аяқтауға дейін барлық кезеңдері "
                "бойынша жүргізу."
            ),
            "ru": "Проводить медиацию через все этапы — от договора о медиации до завершения.",
            "en": (
                "Conduct a mediation through all its stages, from the agreement to mediate to "
                "closing."
            ),
        },
        {
            "kk": "Рөлдер мен тілдер анық бөлінген бірлескен медиацияда жұмыс істеу.",
            "ru": "Работать в ко-медиации с чётким распределением ролей и языков.",
            "en": "Work in co-mediation with a clear division of roles and languages.",
        },
        {
            "kk": "Құпиялылықты сақтау және оның шектерін тараптарға түсіндіру.",
            "ru": "Соблюдать конфиденциальность и объяснять сторонам её пределы.",
            "en": "Keep confidentiality and explain its limits to the parties.",
        },
        {
            "kk": (
                "Нақты, тексеруге болатын, тараптардың тілінде жазылған келісім жобасын дайындау "
                "және келісім болмаған жағдайда медиацияны дұрыс аяқтау."
            ),
            "ru": (
                "Составлять конкретное, проверяемое письменное соглашение на языке сторон и "
                "правильно завершать медиацию, если соглашения нет."
            ),
            "en": (
                "Draft a written agreement that is specific, checkable and in the parties' "
                "language, and close a mediation properly when there is no agreement."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "stages-of-mediation",
            "title": {
                "kk": "Медиация кезеңдері",
                "ru": "Этапы медиации",
                "en": "Stages of mediation",
            },
            "summary": {
                "kk": (
                    "Дайындық пен медиация туралы шарттан бастап аяқтауға дейінгі медиацияның "
                    "сегіз кезеңі, әр кезеңнің тәсілдері мен жиі кездесетін қателер."
                ),
                "ru": (
                    "Восемь этапов медиации — от подготовки и договора о медиации до завершения — "
                    "с приёмами и типичными ошибками."
                ),
                "en": (
                    "The eight stages of a mediation, from preparation and the agreement to "
                    "mediate to closing, with techniques and common mistakes."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": "Медиация кезеңдерін және әр кезеңдегі медиатордың міндетін атау.",
                    "ru": "Называть этапы медиации и задачу медиатора на каждом из них.",
                    "en": "Name the stages of mediation and the mediator's task at each.",
                },
                {
                    "kk": (
                        "Тараптарды дайындау, медиация туралы шарт жасасу және кіріспе сөз айту."
                    ),
                    "ru": (
                        "Готовить стороны, заключать договор о медиации и произносить "
                        "вступительное слово."
                    ),
                    "en": (
                        "Prepare the parties, conclude an agreement to mediate and give an "
                        "opening statement."
                    ),
                },
                {
                    "kk": (
                        "Тараптарды ұстанымнан мүддеге бағыттап, қажет болса жеке кездесуді "
                        "пайдалана отырып, нұсқаларды олармен бірге тексеру."
                    ),
                    "ru": (
                        "Переводить стороны от позиций к интересам и вместе проверять варианты, "
                        "при необходимости используя раздельную встречу."
                    ),
                    "en": (
                        "Move the parties from positions to interests and test options with them, "
                        "using a caucus when needed."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Рәсім не үшін керек</h3><p>Медиация — жай достық әңгіме де, сот "
                            "та емес. Бұл құрылымы бар сөйлесу: медиатор процеске жауап береді, "
                            "ал нәтижеге тараптардың өздері жауап береді. Төменде сипатталған "
                            "кезеңдер ашуланған немесе қорқып отырған адамдарға түсінікті жол "
                            "ұсынады: әркім келесі қадамды біледі, әркімге сөз беріледі, ешкімді "
                            "шешімге мәжбүрлемейді. Кезеңдердің ретін икемдеуге болады, бірақ "
                            "аттап кеткен кезең кейін әдетте көбірек уақыт алады.</p><h3>1-кезең. "
                            "Дайындық және медиация туралы шарт</h3><p>Тараптар бір үстелге "
                            "отырмас бұрын этномедиатор:</p><ul><li>әр тараппен жеке сөйлесіп, "
                            "дау медиацияға жарамды ма екенін тексереді: зорлық-зомбылық жалғасып "
                            "жатқан жоқ па, тараптар өздері шешім қабылдай ала ма, дау негізінен "
                            "кездесуге келмейтін адамдарға қатысты емес пе;</li><li>медиация "
                            "қағидаттарын түсіндіреді: еріктілік, тараптардың тең құқылығы, "
                            "медиатордың тәуелсіздігі мен бейтараптығы, медиация рәсіміне "
                            "араласуға жол бермеу, құпиялылық;</li><li>кім қатысатынын, қай тілде "
                            "немесе тілдерде, қай жерде және қашан өтетінін келіседі. Орын "
                            "бейтарап болғаны жөн: әкімдіктегі бөлме «билік жағы» болып көрінуі "
                            "мүмкін, мешіт не шіркеу бір қауымның аумағы сияқты сезілуі мүмкін; "
                            "мектеп залы, кітапхана немесе татуластыру кабинеті жиі "
                            "қолайлырақ;</li><li>медиация туралы шарт жасасады. «Медиация туралы» "
                            "Заң бойынша ол жазбаша нысанда жасалады; онда әдетте тараптар, "
                            "медиатор, даудың мәні, медиация тілі, рәсімнің тәртібі мен "
                            "құпиялылық шарттары көрсетіледі.</li></ul><h3>2-кезең. Медиатордың "
                            "кіріспе сөзі</h3><p>Алғашқы минуттар бүкіл кездесудің көңіл күйін "
                            "анықтайды. Медиатор әркімді атымен қарсы алып, келгені үшін алғыс "
                            "айтады және өз рөлін түсіндіреді: «Мен төреші емеспін, шешім "
                            "шығармаймын; сіздерге сөйлесуге және өз шешімдеріңізді табуға "
                            "көмектесемін». Содан кейін қағидаттарды қайталап, қарапайым ережелер "
                            "ұсынады: бір мезгілде бір адам сөйлейді, балағат сөз айтылмайды, "
                            "телефондар дыбыссыз режимде, кез келген тарап үзіліс сұрай алады. Әр "
                            "тараптан осы ережелермен келісетінін ауызша растауды сұрайды. Ауылда "
                            "шай құю сияқты қонақжайлық белгісі көмектесуі мүмкін, тек екі "
                            "тарапқа бірдей құрмет көрсетіңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Зачем нужна процедура</h3><p>Медиация — не дружеская беседа и не "
                            "суд. Это структурированный разговор: медиатор отвечает за процесс, а "
                            "стороны — за результат. Этапы, описанные ниже, дают рассерженным или "
                            "напуганным людям понятный путь: каждый знает, что будет дальше, "
                            "каждому дают слово, никого не подталкивают к решению. Порядок этапов "
                            "можно менять, но пропущенный этап потом обычно отнимает больше "
                            "времени.</p><h3>Этап 1. Подготовка и договор о "
                            "медиации</h3><p>Прежде чем стороны сядут за один стол, "
                            "этномедиатор:</p><ul><li>встречается с каждой стороной отдельно и "
                            "проверяет, подходит ли спор для медиации: не продолжается ли "
                            "насилие, способны ли стороны сами принимать решения, не касается ли "
                            "спор в основном людей, которые на встречу не "
                            "придут;</li><li>объясняет принципы медиации: добровольность, "
                            "равноправие сторон, независимость и беспристрастность медиатора, "
                            "недопустимость вмешательства в процедуру медиации, "
                            "конфиденциальность;</li><li>договаривается, кто будет участвовать, "
                            "на каком языке или языках, где и когда. Место должно быть "
                            "нейтральным: кабинет в акимате может восприниматься как «сторона "
                            "власти», мечеть или церковь — как территория одной общины; школьный "
                            "зал, библиотека или кабинет примирения часто подходят "
                            "лучше;</li><li>заключает договор о медиации. По Закону «О медиации» "
                            "он заключается в письменной форме; в нём обычно указываются стороны, "
                            "медиатор, предмет спора, язык медиации, порядок процедуры и условия "
                            "конфиденциальности.</li></ul><h3>Этап 2. Вступительное слово "
                            "медиатора</h3><p>Первые минуты задают тон всей встрече. Медиатор "
                            "приветствует каждого по имени, благодарит за то, что пришли, и "
                            "объясняет свою роль: «Я не сужу и не принимаю решений; я помогаю вам "
                            "говорить друг с другом и найти собственное решение». Затем он "
                            "повторяет принципы и предлагает простые правила: говорит один "
                            "человек, без оскорблений, телефоны на беззвучном режиме, любая "
                            "сторона может попросить перерыв. Каждую сторону просят вслух "
                            "подтвердить согласие с правилами. В селе может помочь жест "
                            "гостеприимства, например чай, но уважение нужно проявлять к обеим "
                            "сторонам одинаково.</p>"
                        ),
                        "en": (
                            "<h3>Why a procedure matters</h3><p>Mediation is neither a friendly "
                            "chat nor a trial. It is a structured conversation: the mediator is "
                            "responsible for the process, and the parties are responsible for the "
                            "outcome. The stages below give people who are angry or frightened a "
                            "predictable path: everyone knows what comes next, everyone gets a "
                            "turn, and nobody is pushed into a decision. The order can be "
                            "adapted, but a skipped stage usually costs more time "
                            "later.</p><h3>Stage 1. Preparation and the agreement to "
                            "mediate</h3><p>Before the parties sit at one table, the "
                            "ethnomediator:</p><ul><li>talks to each party separately and checks "
                            "whether the dispute is suitable for mediation: is there ongoing "
                            "violence, can the parties make decisions for themselves, does the "
                            "dispute mainly concern people who will not attend;</li><li>explains "
                            "the principles of mediation: voluntary participation, equality of "
                            "the parties, the mediator's independence and impartiality, no "
                            "interference in the mediation procedure, and "
                            "confidentiality;</li><li>agrees who will take part, in which "
                            "language or languages, where and when. The place should be neutral: "
                            "a room in the akimat may look like “the authorities' side”, and a "
                            "mosque or a church may feel like one community's ground; a school "
                            "hall, a library or a reconciliation room often works "
                            "better;</li><li>concludes the agreement to mediate. Under the Law "
                            "“On Mediation” it is made in writing; it usually records the "
                            "parties, the mediator, the subject of the dispute, the language of "
                            "mediation, the procedure and the confidentiality "
                            "terms.</li></ul><h3>Stage 2. The opening statement</h3><p>The first "
                            "minutes set the tone for the whole meeting. The mediator greets "
                            "everyone by name, thanks them for coming and explains his or her "
                            "role: “I do not judge and I do not decide; I help you talk to each "
                            "other and find your own solution.” Then the mediator repeats the "
                            "principles and proposes simple ground rules: one person speaks at a "
                            "time, no insults, phones on silent, any party may ask for a break. "
                            "Each party is asked to confirm aloud that it accepts the rules. In a "
                            "village a gesture of hospitality such as tea can help, but show the "
                            "same respect to both sides.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>3-кезең. Тараптардың әңгімесі</h3><p>Әр тарап болған жайды өз "
                            "сөзімен, бөлінбей айтып береді. Әдетте медиацияға өтініш берген "
                            "тарап бастайды, бірақ екінші тарап өзін «екінші орында» сезінбеуі "
                            "үшін мұның себебін түсіндіріңіз. Медиатор белсенді тыңдайды, "
                            "фактілерді де, сезімдерді де қорытып айтады («Сізден ешкім сұрамай "
                            "тұрып бейне таратылғаны сізге ауыр тиген екен») және қорытындының "
                            "дұрыстығын сөйлеушінің өзінен сұрап нақтылайды. Екінші тарап тыңдап "
                            "отырады; оған сөзді бөлудің орнына ойларын жазып алуды "
                            "ұсыныңыз.</p><h3>4-кезең. Мәселелерді анықтау</h3><p>Әңгімелерден "
                            "медиатор шешілуге тиіс мәселелердің бейтарап тізімін, яғни күн "
                            "тәртібін құрады. Сөз таңдау маңызды: «Серіктің заңсыз қоршауы» емес, "
                            "«екі учаскенің шекарасы қай жерден өтеді және оны қалай "
                            "белгілейміз». Күн тәртібін кездесу тілінде немесе тілдерінде "
                            "флипчартқа жазып, қарау ретін тараптармен келісіңіз. Алдымен "
                            "оңайырақ мәселеден бастаған дұрыс: шағын табыс тараптарға сенім "
                            "береді.</p><h3>5-кезең. Мүдделерді зерттеу</h3><p>Ұстаным — адамның "
                            "талап етіп отырғаны, ал мүдде — оның неге соны талап ететіні. Ашық "
                            "сұрақтар қойыңыз: «Бұл жерде сіз үшін ең маңыздысы не?», «Сізді не "
                            "алаңдатады?», «Отбасыңыз үшін жақсы нәтиже қандай болар еді?». "
                            "Этносаралық дауларда мүдде тек ақша мен жерге ғана емес, құрметке, "
                            "өз тілі мен салт-дәстүрінің мойындалуына, балалардың қауіпсіздігіне, "
                            "ауылдағы беделге де байланысты болады. Ортақ мүдделерді дауыстап "
                            "атаңыз: екі отбасы да көшеде тыныштық болғанын қалайды, екеуі де "
                            "балалары бір мектепке төбелессіз барғанын қалайды.</p>"
                        ),
                        "ru": (
                            "<h3>Этап 3. Рассказы сторон</h3><p>Каждая сторона своими словами и "
                            "без перебиваний рассказывает, что произошло. Обычно начинает "
                            "сторона, обратившаяся за медиацией, но объясните причину, чтобы "
                            "другая сторона не почувствовала себя «второй». Медиатор активно "
                            "слушает, резюмирует и факты, и чувства («Вас задело, что видео "
                            "разошлось прежде, чем кто-то спросил вас») и сверяет резюме с самим "
                            "говорящим. Другая сторона слушает; предложите ей записывать свои "
                            "мысли вместо того, чтобы перебивать.</p><h3>Этап 4. Определение "
                            "вопросов</h3><p>Из рассказов медиатор составляет нейтральный список "
                            "вопросов, которые нужно решить, — повестку. Формулировка важна: не "
                            "«незаконный забор Серика», а «где проходит граница между двумя "
                            "участками и как её обозначить». Запишите повестку на флипчарте на "
                            "языке или языках встречи и согласуйте со сторонами порядок. Лучше "
                            "начать с более простого вопроса: маленький успех придаёт сторонам "
                            "уверенности.</p><h3>Этап 5. Исследование интересов</h3><p>Позиция — "
                            "это то, чего человек требует, интерес — то, почему он этого требует. "
                            "Задавайте открытые вопросы: «Что для вас здесь самое важное?», «Что "
                            "вас беспокоит?», «Каким был бы хороший результат для вашей семьи?». "
                            "В межэтнических спорах интересы касаются не только денег или земли, "
                            "но и уважения, признания своего языка и традиций, безопасности "
                            "детей, репутации в селе. Называйте общие интересы вслух: обе семьи "
                            "хотят спокойствия на улице, обе хотят, чтобы дети ходили в одну "
                            "школу без драк.</p>"
                        ),
                        "en": (
                            "<h3>Stage 3. The parties' stories</h3><p>Each party tells what "
                            "happened in its own words, without interruption. Usually the party "
                            "that asked for mediation begins, but explain why, so that the other "
                            "side does not feel “second”. The mediator listens actively, "
                            "summarises both facts and feelings (“It hurt you that the video was "
                            "shared before anyone asked you”) and checks the summary with the "
                            "speaker. The other party listens; suggest that it writes down its "
                            "points instead of interrupting.</p><h3>Stage 4. Identifying the "
                            "issues</h3><p>From the stories the mediator draws up a neutral list "
                            "of questions to be solved: the agenda. Wording matters: not “Serik's "
                            "illegal fence” but “where the boundary between the two plots runs "
                            "and how to mark it”. Write the agenda on a flipchart in the language "
                            "or languages of the meeting and agree the order with the parties. It "
                            "is better to start with an easier issue: a small success gives the "
                            "parties confidence.</p><h3>Stage 5. Exploring interests</h3><p>A "
                            "position is what a person demands; an interest is why he or she "
                            "demands it. Ask open questions: “What matters most to you here?”, "
                            "“What worries you?”, “What would a good result look like for your "
                            "family?” In interethnic disputes interests are not only about money "
                            "or land but also about respect, recognition of one's language and "
                            "traditions, children's safety and reputation in the village. Name "
                            "shared interests aloud: both families want calm on the street, and "
                            "both want their children to go to the same school without fights.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>6-кезең. Жеке кездесулер (кокус)</h3><p>Эмоция тым күшейгенде, "
                            "тарап маңызды бір нәрсені айтпай отырғандай көрінгенде немесе бір "
                            "нұсқаны оңаша тексеру қажет болғанда медиатор әр тараппен жеке "
                            "кездесе алады. Екі тараппен де кездесіп, оларға шамамен бірдей уақыт "
                            "бөліңіз, сонда ешкім «құпия одақ» бар деп күдіктенбейді. Ортақ "
                            "кездесуге оралмас бұрын: «Әңгімеміздің қай бөлігін екінші тарапқа "
                            "айтуға болады, ал қайсысы екеуміздің арамызда қалады?» деп сұраңыз "
                            "және жауапты құрметтеңіз.</p><h3>7-кезең. Нұсқаларды іздеу және "
                            "тексеру</h3><p>Алдымен ешбірін сынамай, мүмкіндігінше көп идея "
                            "жинаңыз; содан кейін әр идеяны бірге тексеріңіз. Бұл шынымен "
                            "орындала ма? Нақты кім, не істейді және қай мерзімге дейін? "
                            "Орындалмаса не болады? Оны бөлмедегі адамдар ғана емес, кеңірек "
                            "қауым да қабылдай ма? Егер тарапқа шешім қабылдамас бұрын отбасымен "
                            "немесе ақсақалдармен ақылдасу керек болса, бүгін қол қойғызуға "
                            "асықпай, оған уақыт беріңіз.</p><h3>8-кезең. Аяқтау</h3><p>Не "
                            "келісілгенін және не ашық қалғанын қорытып айтыңыз, келісімді "
                            "жазбаша рәсімдеңіз (мұны 2-сабақ көрсетеді) немесе келесі қадамдарды "
                            "келісіңіз, тараптарға еңбегі үшін алғыс айтып, олармен қашан және "
                            "қалай хабарласатыныңызды уағдаласыңыз.</p><h3>Жиі кездесетін "
                            "қателер</h3><ul><li>Тараптарды дайындықсыз бір бөлмеге жинау — "
                            "бірінші кездесу айқай-шуға айналады.</li><li>Себебін түсіндірмей, "
                            "сөзді алдымен жасы үлкен немесе көпшілік топтағы тарапқа "
                            "беру.</li><li>Өз шешіміңізді тым ерте ұсыну — тараптар оны "
                            "өздерінікі деп сезінбейді.</li><li>Эмоцияларды елемей, бірден "
                            "«фактілерге» көшу.</li><li>Екі тараптың келісімінсіз туыстарды, "
                            "көрермендерді немесе блогерлерді бөлмеге кіргізу.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Этап 6. Раздельные встречи (кокус)</h3><p>Медиатор может "
                            "встретиться с каждой стороной наедине, когда эмоции слишком сильны, "
                            "когда кажется, что сторона умалчивает о чём-то важном, или чтобы без "
                            "свидетелей проверить вариант. Встречайтесь с обеими сторонами и "
                            "уделяйте им примерно равное время, чтобы никто не заподозрил тайного "
                            "союза. Перед возвращением к общей встрече спросите: «Что из нашего "
                            "разговора я могу передать другой стороне, а что останется между "
                            "нами?» — и уважайте ответ.</p><h3>Этап 7. Поиск и проверка "
                            "вариантов</h3><p>Сначала соберите как можно больше идей, не оценивая "
                            "их; затем вместе проверьте каждую. Реально ли это выполнить? Кто "
                            "именно, что и к какому сроку сделает? Что будет, если не сделает? "
                            "Примет ли это более широкое сообщество, а не только люди в комнате? "
                            "Если стороне нужно посоветоваться с семьёй или аксакалами, дайте ей "
                            "это время, а не добивайтесь подписи сегодня.</p><h3>Этап 8. "
                            "Завершение</h3><p>Подведите итог: что согласовано и что остаётся "
                            "открытым; оформите соглашение письменно (как это сделать, показано в "
                            "занятии 2) или договоритесь о следующих шагах; поблагодарите стороны "
                            "за работу и условьтесь, когда и как вы с ними "
                            "свяжетесь.</p><h3>Типичные ошибки</h3><ul><li>Собрать стороны вместе "
                            "без подготовки — первая встреча превращается в крик.</li><li>Без "
                            "объяснений первым дать слово старшему по возрасту или стороне из "
                            "группы большинства.</li><li>Слишком рано предложить своё решение — "
                            "стороны не почувствуют его своим.</li><li>Проскочить эмоции и сразу "
                            "перейти к «фактам».</li><li>Пустить в комнату родственников, зевак "
                            "или блогеров без согласия обеих сторон.</li></ul>"
                        ),
                        "en": (
                            "<h3>Stage 6. Separate meetings (caucus)</h3><p>The mediator may meet "
                            "each party alone when emotions are too high, when a party seems to "
                            "be holding back something important, or to test an option in "
                            "private. Meet both parties and give them roughly equal time, so that "
                            "nobody suspects a secret alliance. Before returning to the joint "
                            "session ask: “What from our conversation may I share with the other "
                            "side, and what stays between us?” Then respect the "
                            "answer.</p><h3>Stage 7. Generating and testing options</h3><p>First "
                            "collect as many ideas as possible without judging them; then test "
                            "each one together. Can it really be done? Who exactly will do what, "
                            "and by when? What happens if it is not done? Will the wider "
                            "community accept it, not only the people in the room? If a party "
                            "needs to consult its family or elders before deciding, give it that "
                            "time rather than pressing for a signature today.</p><h3>Stage 8. "
                            "Closing</h3><p>Summarise what has been agreed and what remains open; "
                            "put the agreement in writing (lesson 2 shows how) or agree on next "
                            "steps; thank the parties for their work and arrange when and how you "
                            "will check in with them.</p><h3>Common mistakes</h3><ul><li>Bringing "
                            "the parties together without preparation, so that the first meeting "
                            "turns into a shouting match.</li><li>Giving the floor first to the "
                            "elder or to the majority-group party without explaining "
                            "why.</li><li>Offering your own solution too early: the parties will "
                            "not feel it is theirs.</li><li>Rushing past emotions straight to "
                            "“the facts”.</li><li>Letting relatives, onlookers or bloggers into "
                            "the room without the consent of both parties.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Арықтағы кезек",
                            "ru": "Очередь на арыке",
                            "en": "Turns on the irrigation canal",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Түркістан облысындағы бір ауылда әр шілдеде "
                                "басты суару арығындағы су азаяды. Ауылдың жоғарғы бөлігіндегі "
                                "отбасылар, көбі қазақтар, бақшаларын бірінші суарады; төменгі "
                                "көшедегі отбасылар, олардың көбі өзбектер, екі апта бойы суды "
                                "әрең көріп жүргенін, қызанақтары қурап жатқанын "
                                "айтады.</p><p>Өткен жексенбіде төменгі көшеден бір жігіт ауылдың "
                                "WhatsApp тобына жабылып тұрған су қақпасының бейнесін «Әдейі "
                                "істеп отыр» деген жазумен салды. Бір сағатта қазақ, өзбек және "
                                "орыс тілдерінде ондаған ашулы пікір жазылды. Кешке дүкеннің "
                                "жанында екі көшенің жасөспірімдері төбелесіп қалды. Әкім "
                                "Қазақстан халқы Ассамблеясымен жұмыс істейтін қоғамдық медиатор "
                                "Гүлнараға көмек сұрап жүгінді.</p><p>Гүлнара ең беделді екі "
                                "кісіге телефон соқты. Жоғарғы жақтан Бақыт аға бейне өшіріліп, "
                                "оның авторы кешірім сұрағаннан кейін ғана келетіндерін айтты. "
                                "Төменгі көшеден Рустам ака жоғарғы жақ алдымен артық су алғанын "
                                "мойындаса ғана көршілері келетінін айтты. Су кезегін әдетте "
                                "ауылдың мирабы бөледі, бірақ онымен әлі ешкім сөйлескен жоқ.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. В одном селе Туркестанской области каждый "
                                "июль в главном арыке не хватает воды. Семьи из верхней части "
                                "села, в основном казахи, поливают огороды первыми; семьи с "
                                "нижней улицы, многие из которых узбеки, говорят, что уже две "
                                "недели вода к ним почти не доходит и помидоры сохнут.</p><p>В "
                                "прошлое воскресенье парень с нижней улицы выложил в сельскую "
                                "группу WhatsApp видео перекрытого шлюза с подписью «Они делают "
                                "это специально». За час появились десятки гневных комментариев "
                                "на казахском, узбекском и русском языках. Вечером у магазина "
                                "подрались подростки с обеих улиц. Аким попросил о помощи "
                                "Гульнару — общественного медиатора, работающего с Ассамблеей "
                                "народа Казахстана.</p><p>Гульнара позвонила двум самым уважаемым "
                                "людям. Бахыт-ага из верхней части сказал, что они придут, только "
                                "когда видео удалят, а его автор извинится. Рустам-ака с нижней "
                                "улицы сказал, что соседи придут, только если верхние сначала "
                                "признают, что брали лишнюю воду. Очерёдность полива обычно "
                                "распределяет сельский мираб, но с ним ещё никто не говорил.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. In a village in Turkistan region "
                                "the main irrigation canal runs low every July. Families in the "
                                "upper part of the village, most of them Kazakh, water their "
                                "gardens first; families on the lower street, many of them Uzbek, "
                                "say that for two weeks the water has barely reached them and "
                                "their tomatoes are drying out.</p><p>Last Sunday a young man "
                                "from the lower street posted a video of a closed sluice gate in "
                                "the village WhatsApp group with the caption “They do it on "
                                "purpose”. Within an hour there were dozens of angry comments in "
                                "Kazakh, Uzbek and Russian. In the evening teenagers from both "
                                "streets got into a fight near the shop. The akim asked Gulnara, "
                                "a public mediator who works with the Assembly of People of "
                                "Kazakhstan, for help.</p><p>Gulnara phoned the two most "
                                "respected men. Bakhyt-aga from the upper part said they would "
                                "come only after the video is deleted and its author apologises. "
                                "Rustam-aka from the lower street said his neighbours would come "
                                "only if the upper side first admits taking more than its share "
                                "of water. The watering turns are usually set by the village "
                                "mirab, the water master, but nobody has talked to him yet.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Ортақ кездесуге дейін Гүлнара қалай дайындалуы керек және "
                                    "екі ақсақалдан басқа тағы кіммен сөйлесуі қажет?"
                                ),
                                "ru": (
                                    "Как Гульнаре подготовиться до общей встречи и с кем ещё, "
                                    "кроме двух аксакалов, ей нужно поговорить?"
                                ),
                                "en": (
                                    "How should Gulnara prepare before any joint meeting, and "
                                    "whom else, besides the two elders, does she need to talk to?"
                                ),
                            },
                            {
                                "kk": (
                                    "Екі алғышартты жоққа шығармай да, кездесудің шарты ретінде "
                                    "қабылдамай да, оларға қалай жауап беруге болады?"
                                ),
                                "ru": (
                                    "Как ответить на оба предварительных условия, не отвергая их, "
                                    "но и не принимая как условия встречи?"
                                ),
                                "en": (
                                    "How can she respond to the two preconditions without "
                                    "rejecting them, but also without accepting them as "
                                    "conditions for meeting?"
                                ),
                            },
                            {
                                "kk": (
                                    "Күн тәртібіне екі-үш мәселені ешбір көшені айыптамай, "
                                    "бейтарап сөздермен тұжырымдаңыз."
                                ),
                                "ru": (
                                    "Сформулируйте два-три вопроса для повестки нейтрально, не "
                                    "обвиняя ни одну из улиц."
                                ),
                                "en": (
                                    "Word two or three issues for the agenda neutrally, without "
                                    "blaming either street."
                                ),
                            },
                            {
                                "kk": (
                                    "Мойындау мен кешірім сұрау талаптарының артында қандай "
                                    "мүдделер болуы мүмкін және жеке кездесу қай сәтте "
                                    "көмектеседі?"
                                ),
                                "ru": (
                                    "Какие интересы могут стоять за требованиями признания и "
                                    "извинения и в какой момент поможет раздельная встреча?"
                                ),
                                "en": (
                                    "What interests may lie behind the demands for an admission "
                                    "and for an apology, and at what point would a caucus help?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "prompt": {
                            "kk": (
                                "Өз қауымыңызда (көршілер, базар, мектеп) біреу шешуге тырысқан "
                                "бір дауды еске түсіріңіз. Сегіз кезеңнің қайсысы орындалды, "
                                "қайсысы аттап кетілді? Соның салдарынан не болды және медиатор "
                                "ретінде сіз нені басқаша істер едіңіз?"
                            ),
                            "ru": (
                                "Вспомните спор в вашем сообществе (соседи, рынок, школа), "
                                "который кто-то пытался урегулировать. Какие из восьми этапов "
                                "были пройдены, а какие пропущены? К чему это привело и что бы вы "
                                "как медиатор сделали иначе?"
                            ),
                            "en": (
                                "Recall a dispute in your community (neighbours, a market, a "
                                "school) that someone tried to settle. Which of the eight stages "
                                "were followed and which were skipped? What happened as a result, "
                                "and what would you do differently as a mediator?"
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {
                                    "kk": "Медиация туралы шарт",
                                    "ru": "Договор о медиации",
                                    "en": "Agreement to mediate",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар мен медиатордың медиация жүргізу туралы жазбаша "
                                        "шарты; онда әдетте даудың мәні, медиация тілі, рәсім "
                                        "тәртібі және құпиялылық шарттары көрсетіледі."
                                    ),
                                    "ru": (
                                        "Письменный договор сторон и медиатора о проведении "
                                        "медиации; в нём обычно указываются предмет спора, язык "
                                        "медиации, порядок процедуры и условия конфиденциальности."
                                    ),
                                    "en": (
                                        "A written agreement between the parties and the mediator "
                                        "to hold a mediation; it usually records the subject of "
                                        "the dispute, the language, the procedure and the "
                                        "confidentiality terms."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиатордың кіріспе сөзі",
                                    "ru": "Вступительное слово медиатора",
                                    "en": "Opening statement",
                                },
                                "definition": {
                                    "kk": (
                                        "Ортақ кездесудің басында медиатордың өз рөлін, медиация "
                                        "қағидаттарын және тараптар қабылдайтын ережелерді "
                                        "түсіндіруі."
                                    ),
                                    "ru": (
                                        "Вступление медиатора в начале общей встречи: его роль, "
                                        "принципы медиации и правила, которые принимают стороны."
                                    ),
                                    "en": (
                                        "The mediator's introduction at the start of the joint "
                                        "session: his or her role, the principles of mediation "
                                        "and the ground rules the parties accept."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Күн тәртібі",
                                    "ru": "Повестка",
                                    "en": "Agenda",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар талқылайтын мәселелердің келісілген ретпен, "
                                        "бейтарап сөздермен жазылған тізімі."
                                    ),
                                    "ru": (
                                        "Нейтрально сформулированный список вопросов, над "
                                        "которыми работают стороны, в согласованном порядке."
                                    ),
                                    "en": (
                                        "A neutrally worded list of the issues the parties will "
                                        "work on, in an agreed order."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мүдде",
                                    "ru": "Интерес",
                                    "en": "Interest",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың ұстанымының артындағы қажеттілік, алаңдаушылық "
                                        "немесе құндылық: ол талап етіп отырған нәрсені неге "
                                        "талап ететіні."
                                    ),
                                    "ru": (
                                        "Потребность, опасение или ценность за позицией стороны: "
                                        "почему она требует того, что требует."
                                    ),
                                    "en": (
                                        "The need, worry or value behind a party's position: why "
                                        "the party demands what it demands."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жеке кездесу (кокус)",
                                    "ru": "Раздельная встреча (кокус)",
                                    "en": "Caucus",
                                },
                                "definition": {
                                    "kk": (
                                        "Рәсім барысында медиатордың бір тараппен оңаша, құпия "
                                        "кездесуі."
                                    ),
                                    "ru": (
                                        "Конфиденциальная встреча медиатора с одной из сторон в "
                                        "ходе процедуры."
                                    ),
                                    "en": (
                                        "A confidential meeting of the mediator with one party "
                                        "during the procedure."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Шындыққа тексеру",
                                    "ru": "Проверка реальностью",
                                    "en": "Reality testing",
                                },
                                "definition": {
                                    "kk": (
                                        "Нұсқаны «орындауға бола ма, кім не істейді және қашанға "
                                        "дейін, орындалмаса не болады» деген сияқты сұрақтармен "
                                        "тексеру."
                                    ),
                                    "ru": (
                                        "Проверка варианта вопросами: выполнимо ли это, кто что "
                                        "делает и к какому сроку, что будет, если не сделать."
                                    ),
                                    "en": (
                                        "Checking an option with questions such as: can it be "
                                        "done, who does what by when, and what happens if it is "
                                        "not done."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "co-mediation-confidentiality-agreements",
            "title": {
                "kk": "Бірлескен медиация, құпиялылық және келісімдер",
                "ru": "Ко-медиация, конфиденциальность и соглашения",
                "en": "Co-mediation, confidentiality and agreements",
            },
            "summary": {
                "kk": (
                    "Екі медиатор жұмысты қалай бөліседі, құпиялылық нені қорғайды және қай жерде "
                    "шектеледі, тараптар орындай алатын келісім қалай жазылады, келісімсіз "
                    "аяқталған медиация қалай жабылады."
                ),
                "ru": (
                    "Как два медиатора делят работу, что защищает конфиденциальность и где её "
                    "пределы, как составить соглашение, которое стороны смогут выполнить, и как "
                    "завершить медиацию без соглашения."
                ),
                "en": (
                    "How two mediators share the work, what confidentiality protects and where it "
                    "ends, how to write an agreement the parties can keep, and how to close a "
                    "mediation that ends without one."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": "Рөлдер мен тілдер анық бөлінген бірлескен медиацияны жоспарлау.",
                    "ru": "Планировать ко-медиацию с чётким распределением ролей и языков.",
                    "en": "Plan a co-mediation with a clear division of roles and languages.",
                },
                {
                    "kk": "Тараптарға құпиялылық пен оның шектерін қарапайым тілмен түсіндіру.",
                    "ru": "Простыми словами объяснять сторонам конфиденциальность и её пределы.",
                    "en": "Explain confidentiality and its limits to the parties in simple words.",
                },
                {
                    "kk": (
                        "Нақты, тексеруге болатын және тараптардың тілінде жазылған келісім "
                        "жобасын дайындау."
                    ),
                    "ru": (
                        "Составлять письменное соглашение — конкретное, проверяемое и на языке "
                        "сторон."
                    ),
                    "en": (
                        "Draft a written agreement that is specific, checkable and in the "
                        "parties' language."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Бірлескен медиация: бір бөлмеде екі медиатор</h3><p>Бірлескен "
                            "медиацияда (ко-медиацияда) рәсімді екі медиатор бірге жүргізеді. "
                            "Этносаралық дауларда бұл көбіне ең тиімді формат. Медиаторлар "
                            "әртүрлі этникалық ортадан шыққан болса немесе екеуі бірге "
                            "тараптардың барлық тілін білсе, әр тарап үстел басында өз сөзін де, "
                            "салтын да түсінетін адамды көреді, ал медиаторлардың өзі әртүрлі "
                            "ортадан шыққан адамдар бір команда болып жұмыс істей алатынын "
                            "көрсетеді. Бірлескен медиация үлкен топтармен, қатты эмоциямен және "
                            "ұзақ кездесулермен жұмыс істегенде де көмектеседі; жаңа "
                            "медиаторларды үйретудің әдеттегі жолы да осы: тәжірибелі медиатор "
                            "жаңадан келген әріптесімен бірге жұмыс істейді.</p><p>Бәрінен "
                            "маңызды бір ереже бар: әріптес-медиатор «өз» қауымының өкілі емес. "
                            "Орыс тілінде сөйлейтін медиатор орыс тілді отбасының адвокаты емес, "
                            "қазақ тілінде сөйлейтін медиатор қазақ отбасын қорғамайды. Екеуі де "
                            "екі тарапқа бірдей бейтарап және мұны кіріспе сөзде ашық "
                            "айтады.</p><h3>Рөлдерді бөлу</h3><ul><li>Кездесуге дейін кім "
                            "ашатынын, әр кезеңді кім жүргізетінін, флипчартқа кім жазатынын, "
                            "уақыт пен дене тілін кім қадағалайтынын келісіңіз.</li><li>Жиі "
                            "қолданылатын үлгі: бір медиатор әңгімені жүргізеді, екіншісі "
                            "бақылап, қорытып айтады және жетекші тұйыққа тірелгенде көмекке "
                            "келеді; екеуі де тең көрінуі үшін кезеңнен кезеңге рөл ауыстырып "
                            "отырыңыз.</li><li>Қысқа кеңесу үшін белгі келісіп алыңыз, мысалы: "
                            "«Бес минут үзіліс жасайық».</li><li>Аударма: медиатордың бірі "
                            "аударса, айтылғанды қысқартпай және мағынасын өзгертпей, толық әрі "
                            "бейтарап аударады. Аударма көп болса, құпиялылықты сақтауға "
                            "міндеттеме беретін бейтарап аудармашы шақырыңыз.</li><li>Тараптардың "
                            "көзінше әріптесіңізбен ешқашан дауласпаңыз; келіспеушілікті үзіліс "
                            "кезінде талқылаңыз. Әр кездесуден кейін қысқаша талдау жасаңыз: не "
                            "жақсы шықты, келесі жолы нені өзгерту керек.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Ко-медиация: два медиатора в одной комнате</h3><p>При "
                            "ко-медиации процедуру ведут два медиатора вместе. В межэтнических "
                            "спорах это часто самый сильный формат. Если медиаторы принадлежат к "
                            "разным этническим группам или вдвоём владеют всеми языками сторон, "
                            "каждая сторона видит за столом человека, который понимает и её "
                            "слова, и её обычаи, а сама пара показывает, что люди разного "
                            "происхождения могут работать одной командой. Ко-медиация помогает и "
                            "при работе с большими группами, сильными эмоциями и долгими "
                            "встречами; это также обычный способ обучения новичков: опытный "
                            "медиатор работает вместе с начинающим.</p><p>Одно правило важнее "
                            "всех остальных: ко-медиатор — не представитель «своей» общины. "
                            "Русскоязычный медиатор — не адвокат русскоязычной семьи, а "
                            "казахоязычный не защищает казахскую семью. Оба беспристрастны к "
                            "обеим сторонам и прямо говорят об этом во вступительном "
                            "слове.</p><h3>Распределение ролей</h3><ul><li>До встречи "
                            "договоритесь, кто открывает, кто ведёт каждый этап, кто пишет на "
                            "флипчарте, кто следит за временем и языком "
                            "тела.</li><li>Распространённая схема: один медиатор ведёт разговор, "
                            "другой наблюдает, резюмирует и подключается, когда ведущий застрял; "
                            "меняйтесь ролями от этапа к этапу, чтобы стороны видели в вас "
                            "равных.</li><li>Договоритесь о сигнале для короткой консультации, "
                            "например: «Давайте сделаем перерыв на пять минут».</li><li>Перевод: "
                            "если один из медиаторов переводит, он переводит полностью и "
                            "нейтрально, не сокращая и не меняя смысла сказанного. Если "
                            "переводить нужно много, пригласите нейтрального переводчика, который "
                            "тоже обязуется соблюдать конфиденциальность.</li><li>Никогда не "
                            "спорьте с коллегой при сторонах; разногласия обсуждайте в перерыве. "
                            "После каждой встречи проводите короткий разбор: что получилось, что "
                            "изменить в следующий раз.</li></ul>"
                        ),
                        "en": (
                            "<h3>Co-mediation: two mediators in one room</h3><p>In co-mediation "
                            "two mediators lead the procedure together. In interethnic disputes "
                            "this is often the strongest format. If the mediators come from "
                            "different ethnic backgrounds, or between them speak all the parties' "
                            "languages, each side sees someone at the table who understands both "
                            "its words and its customs, and the pair itself shows that people of "
                            "different backgrounds can work as one team. Co-mediation also helps "
                            "with large groups, strong emotions and long sessions, and it is the "
                            "usual way to train newcomers: an experienced mediator works "
                            "alongside a new one.</p><p>One rule comes before all others: a "
                            "co-mediator is not the representative of “his” or “her” community. A "
                            "Russian-speaking mediator is not the advocate of the "
                            "Russian-speaking family, and a Kazakh-speaking mediator does not "
                            "defend the Kazakh family. Both are impartial towards both parties, "
                            "and they say so in the opening statement.</p><h3>Dividing the "
                            "roles</h3><ul><li>Agree before the session who opens, who leads each "
                            "stage, who writes on the flipchart, and who keeps time and watches "
                            "body language.</li><li>A common pattern: one mediator leads the "
                            "conversation while the other observes, summarises and steps in when "
                            "the lead gets stuck; swap roles from stage to stage so that the "
                            "parties see you as equals.</li><li>Agree on a signal for a short "
                            "consultation, for example “Let us take a five-minute "
                            "break.”</li><li>Interpreting: if one mediator interprets, he or she "
                            "translates fully and neutrally, without shortening or changing the "
                            "meaning of what was said. If a lot needs interpreting, invite a "
                            "neutral interpreter who also commits to "
                            "confidentiality.</li><li>Never argue with your co-mediator in front "
                            "of the parties; discuss disagreements during a break. After every "
                            "session hold a short debrief: what worked, and what to change next "
                            "time.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Құпиялылық және оның шектері</h3><p>Құпиялылық — «Медиация "
                            "туралы» Заңда бекітілген медиация қағидаттарының бірі. Медиатор "
                            "тараптардың келісімінсіз рәсім барысында белгілі болған мәліметтерді "
                            "жария етпейді, ал заң медиаторды осы мәліметтер бойынша куә ретінде "
                            "жауап алудан да қорғайды, заңның өзінде көзделген жағдайларды "
                            "қоспағанда. Құпиялылық тарапқа ертең бүкіл ауыл естиді деп қорықпай, "
                            "«мен де қателестім» деп айтуға мүмкіндік "
                            "береді.</p><ul><li>Құпиялылық шарттарын медиация туралы шартқа "
                            "жазыңыз: мысалы, тараптар отбасына нәтижені айта алады, бірақ екінші "
                            "тараптың не айтқанын айтпайды.</li><li>Жазбаларыңызды қауіпсіз "
                            "сақтап, рәсім аяқталған соң ұйымыңыздың ережелеріне сай жойыңыз; "
                            "флипчартты суретке түсіріп, топтық чатқа ешқашан "
                            "жібермеңіз.</li><li>Жеке кездесуде айтылған нәрсе сол тарап рұқсат "
                            "етпейінше құпия қалады.</li><li>Ассамблеяға немесе әкімдікке "
                            "берілетін есепте тек рәсімнің өткені және оның нәтижесі тараптармен "
                            "келісілген түрде, жеке мәліметтерсіз "
                            "көрсетіледі.</li><li>Тараптардың жазбаша келісімінсіз «бүгін оларды "
                            "татуластырдық» деген жазба, сторис не сурет "
                            "жарияламаңыз.</li></ul><p><strong>Шектері.</strong> Құпиялылық "
                            "шексіз емес, сондықтан медиатор оны шексіз деп ешқашан уәде бермеуі "
                            "керек. Мәліметтер барлық тараптың келісімімен және заңда көзделген "
                            "жағдайларда ашылуы мүмкін. Егер медиация барысында біреудің өміріне "
                            "немесе денсаулығына нақты қауіп төніп тұрғанын білсеңіз, адамдардың "
                            "қауіпсіздігі бірінші орында: кездесуді тоқтатып, не істеу керегін "
                            "үйлестірушіңізбен ақылдасыңыз. Бұл шектерді мәселе туындаған сәтте "
                            "емес, басында түсіндіріңіз. Сонымен қатар тараптардың өздері "
                            "нәтижені жария етуді шешуі мүмкін, мысалы, әлеуметтік желідегі "
                            "қауесетті басатын бірлескен мәлімдеме жасау арқылы.</p>"
                        ),
                        "ru": (
                            "<h3>Конфиденциальность и её пределы</h3><p>Конфиденциальность — один "
                            "из принципов медиации, закреплённых в Законе «О медиации». Без "
                            "согласия сторон медиатор не разглашает сведения, ставшие ему "
                            "известными в ходе процедуры, а закон также защищает медиатора от "
                            "допроса в качестве свидетеля об этих сведениях, за исключением "
                            "случаев, предусмотренных законом. Именно конфиденциальность "
                            "позволяет стороне сказать «я тоже был неправ», не боясь, что завтра "
                            "об этом узнает всё село.</p><ul><li>Впишите условия "
                            "конфиденциальности в договор о медиации: например, стороны могут "
                            "рассказать семьям о результате, но не о том, что говорила другая "
                            "сторона.</li><li>Храните записи надёжно и уничтожайте их после "
                            "процедуры по правилам вашей организации; никогда не фотографируйте "
                            "флипчарт для группового чата.</li><li>Сказанное стороной на "
                            "раздельной встрече остаётся тайной, пока эта сторона не разрешит его "
                            "передать.</li><li>В отчёте для Ассамблеи или акимата указываются "
                            "только факт проведения процедуры и её результат в согласованной со "
                            "сторонами форме, без личных подробностей.</li><li>Никаких постов, "
                            "сторис и фото «сегодня мы их помирили» без письменного согласия "
                            "сторон.</li></ul><p><strong>Пределы.</strong> Конфиденциальность не "
                            "абсолютна, и медиатор никогда не должен обещать обратного. Сведения "
                            "могут быть раскрыты с согласия всех сторон и в случаях, "
                            "предусмотренных законом. Если в ходе медиации вы узнали о реальной "
                            "угрозе чьей-либо жизни или здоровью, безопасность людей на первом "
                            "месте: остановите встречу и посоветуйтесь с координатором, как "
                            "действовать. Объясняйте эти пределы в начале, а не в момент, когда "
                            "проблема уже возникла. Наконец, стороны сами могут решить сделать "
                            "результат публичным, например выступить с совместным заявлением, "
                            "которое успокоит слухи в социальных сетях.</p>"
                        ),
                        "en": (
                            "<h3>Confidentiality and its limits</h3><p>Confidentiality is one of "
                            "the principles of mediation set out in the Law “On Mediation”. "
                            "Without the parties' consent the mediator does not disclose "
                            "information that became known during the procedure, and the law also "
                            "protects the mediator from being questioned as a witness about it, "
                            "except in cases provided by law. Confidentiality is what allows a "
                            "party to say “I was wrong too” without fearing that the whole "
                            "village will hear it tomorrow.</p><ul><li>Write the confidentiality "
                            "terms into the agreement to mediate: for example, the parties may "
                            "tell their families the result but not what the other side "
                            "said.</li><li>Keep your notes safe and dispose of them after the "
                            "procedure according to the rules of your organisation; never "
                            "photograph the flipchart for a group chat.</li><li>What a party said "
                            "in a caucus stays private unless that party allows you to share "
                            "it.</li><li>A report to the Assembly or the akimat contains only the "
                            "fact that the procedure took place and its result, in a form agreed "
                            "with the parties, without personal details.</li><li>No posts, "
                            "stories or photos saying “today we reconciled them” without the "
                            "parties' written consent.</li></ul><p><strong>Limits.</strong> "
                            "Confidentiality is not absolute, and a mediator must never promise "
                            "that it is. Information may be disclosed with the consent of all "
                            "parties and in cases provided by law. If during a mediation you "
                            "learn of a real threat to someone's life or health, people's safety "
                            "comes first: stop the session and consult your coordinator on what "
                            "to do. Explain these limits at the start, not at the moment the "
                            "problem appears. Finally, the parties themselves may decide to make "
                            "the result public, for example with a joint statement that calms "
                            "rumours on social media.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Медиация нәтижесінде келісім жазу</h3><p>«Медиация туралы» Заң "
                            "бойынша дауды (жанжалды) реттеу туралы келісім — тараптардың "
                            "медиация нәтижесінде қол жеткізген жазбаша келісімі. Бұл тараптардың "
                            "құжаты: медиатор оны тұжырымдауға көмектеседі, бірақ өз шарттарын "
                            "қоспайды. Орындалатын келісім алты сұраққа жауап "
                            "береді:</p><ol><li><strong>Кім?</strong> Тараптардың толық аты-жөні "
                            "және әр тармақты нақты кім орындайтыны: «төменгі көше» емес, аты "
                            "аталған адамдар.</li><li><strong>Не?</strong> Тілек емес, нақты "
                            "әрекет. «Тату тұрамыз» емес, «Арман мен Дилшод арықты бірге "
                            "тазалайды».</li><li><strong>Қашан?</strong> Күні, мерзімі, кестесі "
                            "(мысалы, су кезегі апта күндері "
                            "бойынша).</li><li><strong>Қалай?</strong> Әр қадам қалай "
                            "орындалатыны және мәселе туындаса тараптар не істейтіні: чатқа "
                            "жазбай, алдымен бір-біріне немесе медиаторға "
                            "хабарласады.</li><li><strong>Тексеруге бола ма?</strong> Әр тармақ "
                            "бойынша кез келген адам «орындалды» немесе «орындалмады» деп айта "
                            "алады.</li><li><strong>Қай тілде?</strong> Тараптар жақсы түсінетін "
                            "тілде немесе тілдерде. Екі нұсқа болса, олардың мазмұны бірдей "
                            "екенін тексеріп, қол қоюдан бұрын мәтінді дауыстап "
                            "оқыңыз.</li></ol><p>Келісім жазбаша нысанда жасалып, оған тараптар "
                            "қол қояды; әр тарап бір данасын алады. Үстел басында болмаған "
                            "адамдарға, мысалы, әкімдікке немесе мектеп директорына міндет "
                            "жүктемеңіз: оны бірлескен өтініш ретінде жазыңыз. Айыптайтын "
                            "сөздерден аулақ болыңыз; кешірім сұрау тармағы тарап оны өз еркімен "
                            "ұсынса ғана жазылады. Соттан тыс жасалған келісімді тараптар өз "
                            "еркімен орындайды, сондықтан оның ең жақсы кепілі — "
                            "шынайылығы.</p><h3>Медиация келісімсіз аяқталғанда</h3><p>Медиация "
                            "келісімсіз де аяқталуы мүмкін: тарап рәсімнен бас тартады, бұл — "
                            "оның құқығы; медиатор жалғастыру мағынасыз немесе зиянды "
                            "болғандықтан рәсімді тоқтатады, мысалы, кездесу қоқан-лоққыға "
                            "пайдаланылса немесе медиатор бейтараптығын сақтай алмаса; немесе "
                            "келісілген мерзім өтіп кетеді. Адамдар сабыр тауып, бірін-бірі "
                            "жақсырақ түсінсе, бұл сәтсіздік емес; кейбір мәселелер бойынша "
                            "ішінара келісім де нәтиже болып саналады. Рәсімді дұрыс аяқтаңыз: "
                            "тараптарға алғыс айтыңыз, қол жеткізілгенді қорытыңыз, құпиялылықты "
                            "еске салыңыз, басқа жолдарды, мысалы, сотты, әкімдікті немесе "
                            "ақсақалдар кеңесін түсіндіріңіз және медиацияға қайта оралу "
                            "мүмкіндігін ашық қалдырыңыз. Қауымға кімнің «бас тартқанын» ешқашан "
                            "айтпаңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Составление соглашения</h3><p>По Закону «О медиации» соглашение "
                            "об урегулировании спора (конфликта) — это письменное соглашение, "
                            "которого стороны достигли в результате медиации. Это документ "
                            "сторон: медиатор помогает его сформулировать, но не добавляет "
                            "собственных условий. Работающее соглашение отвечает на шесть "
                            "вопросов:</p><ol><li><strong>Кто?</strong> Полные имена сторон и кто "
                            "именно выполняет каждый пункт: не «нижняя улица», а названные по "
                            "имени люди.</li><li><strong>Что?</strong> Конкретные действия, а не "
                            "пожелания. Не «будем жить дружно», а «Арман и Дильшод вместе чистят "
                            "арык».</li><li><strong>Когда?</strong> Даты, сроки, график "
                            "(например, очерёдность полива по дням "
                            "недели).</li><li><strong>Как?</strong> Как выполняется каждый шаг и "
                            "что стороны делают, если возникла проблема: сначала звонят друг "
                            "другу или медиатору, а не пишут в чат.</li><li><strong>Можно ли "
                            "проверить?</strong> По каждому пункту любой может сказать "
                            "«выполнено» или «не выполнено».</li><li><strong>На каком "
                            "языке?</strong> На языке или языках, которые стороны хорошо "
                            "понимают. Если версий две, проверьте, что они совпадают, и перед "
                            "подписанием прочитайте текст вслух.</li></ol><p>Соглашение "
                            "составляется в письменной форме и подписывается сторонами; каждая "
                            "получает экземпляр. Не возлагайте обязанности на тех, кого не было "
                            "за столом, например на акимат или директора школы: оформите это как "
                            "совместную просьбу. Избегайте обвиняющих слов; извинение может стать "
                            "пунктом, только если сторона предлагает его добровольно. Соглашение, "
                            "заключённое вне суда, стороны исполняют добровольно, поэтому его "
                            "лучшая гарантия — реалистичность.</p><h3>Когда медиация завершается "
                            "без соглашения</h3><p>Медиация может закончиться и без соглашения: "
                            "сторона отказывается от продолжения, и это её право; медиатор "
                            "прекращает процедуру, потому что продолжать бессмысленно или вредно, "
                            "например если встречу используют для угроз или медиатор больше не "
                            "может сохранять беспристрастность; либо истекает согласованный срок. "
                            "Это не провал, если люди уходят спокойнее и лучше понимают друг "
                            "друга; частичные договорённости по отдельным вопросам — тоже "
                            "результат. Завершите правильно: поблагодарите стороны, подведите "
                            "итог достигнутого, напомните о конфиденциальности, объясните другие "
                            "возможности — суд, акимат, совет аксакалов — и оставьте дверь "
                            "открытой для возвращения к медиации. Никогда не рассказывайте "
                            "сообществу, кто «отказался».</p>"
                        ),
                        "en": (
                            "<h3>Drafting the agreement</h3><p>Under the Law “On Mediation”, the "
                            "agreement on the settlement of a dispute (conflict) is the written "
                            "agreement the parties reach as a result of mediation. It is the "
                            "parties' document: the mediator helps to word it but does not add "
                            "conditions of his or her own. A workable agreement answers six "
                            "questions:</p><ol><li><strong>Who?</strong> The full names of the "
                            "parties, and who exactly carries out each point: not “the lower "
                            "street” but named people.</li><li><strong>What?</strong> Concrete "
                            "actions, not wishes. Not “we will live in friendship” but “Arman and "
                            "Dilshod clear the canal together”.</li><li><strong>When?</strong> "
                            "Dates, deadlines, a schedule (for example, watering turns by day of "
                            "the week).</li><li><strong>How?</strong> How each step is done, and "
                            "what the parties do if a problem comes up: first they call each "
                            "other or the mediator instead of posting in the "
                            "chat.</li><li><strong>Can it be checked?</strong> For every point "
                            "anyone can say “done” or “not done”.</li><li><strong>In which "
                            "language?</strong> The language or languages the parties understand "
                            "well. If there are two versions, check that they say the same thing, "
                            "and read the text aloud before signing.</li></ol><p>The agreement is "
                            "made in writing and signed by the parties; each party receives a "
                            "copy. Do not write obligations for people who were not at the table, "
                            "such as the akimat or the school principal: phrase them as a joint "
                            "request. Avoid words of blame; an apology can be a point only if the "
                            "party offers it freely. An agreement reached out of court is "
                            "performed by the parties voluntarily, so its realism is its best "
                            "guarantee.</p><h3>When mediation ends without agreement</h3><p>A "
                            "mediation can also end without an agreement: a party withdraws, "
                            "which is its right; the mediator ends the procedure because "
                            "continuing is pointless or harmful, for example when the session is "
                            "used for threats or the mediator can no longer stay impartial; or "
                            "the agreed time runs out. This is not a failure if people leave "
                            "calmer and understand each other better; partial agreements on some "
                            "issues are also a result. Close properly: thank the parties, "
                            "summarise what was achieved, remind them of confidentiality, explain "
                            "the other ways open to them, such as the court, the akimat or a "
                            "council of elders, and leave the door open for a return to "
                            "mediation. Never tell the community who “refused”.</p>"
                        ),
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Сабақтан кейінгі төбелес: екі тілдегі бірлескен медиация",
                            "ru": "Драка после уроков: ко-медиация на двух языках",
                            "en": "A fight after school: co-mediation in two languages",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Павлодар облысындағы бір аудан орталығында "
                                "жетінші сыныптың екі оқушысы, Данияр мен Максим, футбол ойыны "
                                "кезіндегі дауластан кейін мектептің артында төбелесті. Сыныптасы "
                                "төбелесті телефонға түсіріп алды, бейне әлеуметтік желіде тарап "
                                "кетті, ал оның астында қазақтарды да, орыстарды да қорлайтын "
                                "пікірлер пайда болды. Мектеп директоры жергілікті медиация "
                                "кабинетінен көмек сұрады. Екі ата-ана мектеп кітапханасында "
                                "кездесуге келісті.</p><p>Кездесуді екі әріптес-медиатор "
                                "жүргізеді: бірі негізінен қазақ тілінде, екіншісі негізінен орыс "
                                "тілінде жұмыс істейді. Тапсырма: кіріспе сөз айту, екі ата-ананы "
                                "тыңдау, мәселелерді келісу және уақыт жетсе, келісімнің "
                                "тексеруге болатын екі-үш тармағын жазу. Ұзақтығы — 30 минут, "
                                "содан кейін 10 минут кері байланыс.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. В районном центре Павлодарской области "
                                "двое семиклассников, Данияр и Максим, подрались за школой после "
                                "ссоры во время футбола. Одноклассник снял драку на телефон, "
                                "видео разошлось по социальным сетям, а под ним появились "
                                "комментарии, оскорбляющие и казахов, и русских. Директор школы "
                                "обратился за помощью в местный кабинет медиации. Оба родителя "
                                "согласились встретиться в школьной библиотеке.</p><p>Встречу "
                                "ведут два ко-медиатора: один работает в основном на казахском, "
                                "другой — в основном на русском языке. Задача: произнести "
                                "вступительное слово, выслушать обоих родителей, согласовать "
                                "вопросы и, если хватит времени, записать два-три проверяемых "
                                "пункта соглашения. Продолжительность — 30 минут, затем 10 минут "
                                "обратной связи.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. In a district centre in Pavlodar "
                                "region, two seventh-graders, Daniyar and Maxim, fought behind "
                                "the school after an argument during a football game. A classmate "
                                "filmed the fight on his phone, the video spread on social media, "
                                "and comments insulting both Kazakhs and Russians appeared under "
                                "it. The school principal asked the local mediation office for "
                                "help. Both parents agreed to meet in the school "
                                "library.</p><p>Two co-mediators lead the meeting: one works "
                                "mainly in Kazakh, the other mainly in Russian. The task: give "
                                "the opening statement, hear both parents, agree on the issues "
                                "and, if time allows, write down two or three checkable points of "
                                "an agreement. Duration: 30 minutes, followed by 10 minutes of "
                                "feedback.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "1-медиатор (бірінші жартысын жүргізеді)",
                                    "ru": "Ко-медиатор 1 (ведёт первую половину)",
                                    "en": "Co-mediator 1 (leads the first half)",
                                },
                                "brief": {
                                    "kk": (
                                        "Кездесуді қазақ және орыс тілдерінде ашасыз, екі "
                                        "медиаторды екі отбасына да бейтарап адамдар ретінде "
                                        "таныстырасыз, құпиялылық пен оның шектерін түсіндіресіз, "
                                        "ережелерді келісесіз және ата-аналардың әңгімесін "
                                        "жүргізесіз. Содан кейін мәселелер мен нұсқаларды "
                                        "талқылауды әріптесіңізге бересіз."
                                    ),
                                    "ru": (
                                        "Вы открываете встречу на казахском и русском языках, "
                                        "представляете обоих медиаторов как беспристрастных к "
                                        "обеим семьям, объясняете конфиденциальность и её "
                                        "пределы, согласуете правила и ведёте рассказы родителей. "
                                        "Затем передаёте коллеге ведение работы с вопросами и "
                                        "вариантами."
                                    ),
                                    "en": (
                                        "You open the meeting in Kazakh and Russian, introduce "
                                        "both mediators as impartial towards both families, "
                                        "explain confidentiality and its limits, agree the ground "
                                        "rules and lead the parents' stories. Then you hand the "
                                        "lead to your colleague for the issues and options."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "2-медиатор (екінші жартысын жүргізеді)",
                                    "ru": "Ко-медиатор 2 (ведёт вторую половину)",
                                    "en": "Co-mediator 2 (leads the second half)",
                                },
                                "brief": {
                                    "kk": (
                                        "Флипчартқа жазасыз, айтылғанды орыс және қазақ "
                                        "тілдерінде қорытасыз, уақыт пен эмоцияны қадағалайсыз, "
                                        "күн тәртібінен бастап кездесуді жүргізесіз. Егер ата-ана "
                                        "тек «өз» медиаторымен сөйлессе, әріптесіңізді әңгімеге "
                                        "ептеп қосыңыз."
                                    ),
                                    "ru": (
                                        "Вы пишете на флипчарте, резюмируете по-русски и "
                                        "по-казахски, следите за временем и эмоциями и ведёте "
                                        "встречу, начиная с повестки. Если родитель обращается "
                                        "только к «своему» медиатору, мягко включите коллегу в "
                                        "разговор."
                                    ),
                                    "en": (
                                        "You keep the flipchart, summarise in Russian and Kazakh, "
                                        "watch the time and the emotions, and lead the meeting "
                                        "from the agenda onwards. If a parent speaks only to "
                                        "“their” mediator, gently bring your colleague into the "
                                        "conversation."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Айгерім, Даниярдың анасы",
                                    "ru": "Айгерим, мама Данияра",
                                    "en": "Aigerim, Daniyar's mother",
                                },
                                "brief": {
                                    "kk": (
                                        "Ұлыңызды пікірлерде қорлағанына және бейненің әлі желіде "
                                        "тұрғанына ренжулісіз. Бейненің өшірілуін және екінші "
                                        "баланың кешірім сұрауын қалайсыз. Медиаторлармен қазақша "
                                        "сөйлесесіз, бірақ орысша түсінесіз. Іштей бірінші болып "
                                        "сіздің ұлыңыз ұрғанын білесіз."
                                    ),
                                    "ru": (
                                        "Вы расстроены тем, что вашего сына оскорбляли в "
                                        "комментариях, а видео всё ещё в сети. Вы хотите, чтобы "
                                        "видео удалили, а другой мальчик извинился. С медиаторами "
                                        "вы говорите по-казахски, но понимаете по-русски. Про "
                                        "себя вы знаете, что первым ударил ваш сын."
                                    ),
                                    "en": (
                                        "You are upset that your son was insulted in the comments "
                                        "and that the video is still online. You want the video "
                                        "removed and the other boy to apologise. You speak Kazakh "
                                        "with the mediators but understand Russian. Privately you "
                                        "know that your son threw the first punch."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Виктор, Максимнің әкесі",
                                    "ru": "Виктор, папа Максима",
                                    "en": "Viktor, Maxim's father",
                                },
                                "brief": {
                                    "kk": (
                                        "Ұлыңыздың көзінің асты көгерген, сіз полицияға бару "
                                        "туралы ойлап жүрсіз. Мектеп әрқашан «көпшіліктің» жағын "
                                        "алады деп ойлайсыз. Сізді шын алаңдатып отырғаны — "
                                        "Максимнің енді мектепке барудан қорқатыны. Орысша "
                                        "сөйлейсіз."
                                    ),
                                    "ru": (
                                        "У вашего сына синяк под глазом, и вы думаете обратиться "
                                        "в полицию. Вам кажется, что школа всегда встаёт на "
                                        "сторону «большинства». На самом деле больше всего вас "
                                        "беспокоит, что Максим теперь боится ходить в школу. Вы "
                                        "говорите по-русски."
                                    ),
                                    "en": (
                                        "Your son has a bruise under his eye, and you are "
                                        "thinking of going to the police. You feel that the "
                                        "school always takes the side of “the majority”. What "
                                        "really worries you is that Maxim is now afraid to go to "
                                        "school. You speak Russian."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Екі медиатор да өздерін бір топтың өкілі ретінде емес, екі "
                                    "отбасына да бейтарап адамдар ретінде таныстырды."
                                ),
                                "ru": (
                                    "Оба медиатора представились беспристрастными к обеим семьям, "
                                    "а не представителями одной группы."
                                ),
                                "en": (
                                    "Both mediators presented themselves as impartial towards "
                                    "both families, not as representatives of one group."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиаторлардың рөлдері анық болды, жетекшілік бір-біріне "
                                    "бірқалыпты берілді, олар ата-аналардың көзінше бір-біріне "
                                    "қайшы келмеді."
                                ),
                                "ru": (
                                    "Роли ко-медиаторов были понятны, ведение передавалось "
                                    "плавно, и они не противоречили друг другу при родителях."
                                ),
                                "en": (
                                    "The co-mediators' roles were clear, the lead passed "
                                    "smoothly, and they did not contradict each other in front of "
                                    "the parents."
                                ),
                            },
                            {
                                "kk": (
                                    "Екі тіл де құрметпен қолданылды, ата-ана айтқан сөздің "
                                    "ешбірі аудармада жоғалған не қысқарған жоқ."
                                ),
                                "ru": (
                                    "Оба языка использовались уважительно, ничего из сказанного "
                                    "родителями не потерялось и не сократилось при переводе."
                                ),
                                "en": (
                                    "Both languages were used with respect, and nothing a parent "
                                    "said was lost or shortened in interpretation."
                                ),
                            },
                            {
                                "kk": (
                                    "Құпиялылық пен оның шектері кездесудің басында түсіндірілді."
                                ),
                                "ru": (
                                    "Конфиденциальность и её пределы были объяснены в начале "
                                    "встречи."
                                ),
                                "en": (
                                    "Confidentiality and its limits were explained at the start "
                                    "of the meeting."
                                ),
                            },
                            {
                                "kk": (
                                    "Мәселелер ешбір баланы да, ешбір қауымды да айыптамай, "
                                    "бейтарап тұжырымдалды."
                                ),
                                "ru": (
                                    "Вопросы были сформулированы нейтрально, без обвинений в "
                                    "адрес кого-либо из мальчиков или какой-либо общины."
                                ),
                                "en": (
                                    "The issues were worded neutrally, without blaming either boy "
                                    "or either community."
                                ),
                            },
                            {
                                "kk": (
                                    "Келісім жобасының тармақтары кім, не және қашанға дейін "
                                    "істейтінін көрсетеді, әрқайсысын тексеруге болады."
                                ),
                                "ru": (
                                    "В проекте пунктов указано, кто, что и к какому сроку делает, "
                                    "и каждый пункт можно проверить."
                                ),
                                "en": (
                                    "The draft points say who does what and by when, and each of "
                                    "them can be checked."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Алғашқы кездесуден кейінгі сұрақтар",
                            "ru": "Вопросы после первой встречи",
                            "en": "Questions after the first session",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Алматы облысындағы бір аудан орталығының "
                                "базарында екі саудагер, Ерлан мен Фарид, кіреберіс жанындағы "
                                "сауда орны үшін ұрысып қалды. Әлеуметтік желіде «бір ұлттың "
                                "саудагерлерін базардан ығыстырып жатыр» деген жазба шығып, "
                                "шиеленіс күшейді. Екі әріптес-медиатор, Ольга мен Нұрлан, екі "
                                "саудагермен алғашқы кездесу өткізді. Ол ілгерілеумен аяқталды, "
                                "бірақ келісім әлі жоқ; келесі кездесу үш күннен кейін.</p><p>Осы "
                                "үш күнде төрт жағдай болады. Мессенджердегі жергілікті "
                                "жаңалықтар арнасы Ольгадан сұхбат сұрайды: «Олар не айтты? Кім "
                                "кінәлі?» Әкімнің орынбасары «іске тігу үшін» толық жазбаша есеп "
                                "сұрайды. Ерлан кездесу соңында түсірілген екі саудагердің қол "
                                "алысқан суретін жариялағысы келеді. Ал Нұрлан жеке кездесуде "
                                "Фаридпен бірге келген немере ағасының: «Бұл нәтиже бермесе, "
                                "сенбіде біздің жігіттер өздері шешеді», — дегенін есіне "
                                "алады.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. На рынке районного центра Алматинской "
                                "области двое торговцев, Ерлан и Фарид, поссорились из-за "
                                "торгового места у входа. В социальных сетях появился пост о том, "
                                "что «торговцев одной национальности выживают с рынка», и "
                                "напряжение выросло. Два ко-медиатора, Ольга и Нурлан, провели "
                                "первую встречу с обоими торговцами. Она закончилась "
                                "продвижением, но соглашения пока нет; следующая встреча через "
                                "три дня.</p><p>За эти три дня происходят четыре вещи. Местный "
                                "новостной канал в мессенджере просит у Ольги интервью: «Что они "
                                "говорили? Кто виноват?» Заместитель акима просит подробный "
                                "письменный отчёт «для дела». Ерлан хочет выложить фото "
                                "рукопожатия двух торговцев, сделанное в конце встречи. А Нурлан "
                                "вспоминает, что на раздельной встрече двоюродный брат Фарида, "
                                "пришедший вместе с ним, сказал: «Если это не сработает, в "
                                "субботу наши ребята сами разберутся».</p>"
                            ),
                            "en": (
                                "<p>This is a training example. At a market in a district centre "
                                "in Almaty region, two traders, Yerlan and Farid, quarrelled over "
                                "a stall place near the entrance. A social media post claimed "
                                "that “traders of one nationality are being pushed out of the "
                                "market”, and tension grew. Two co-mediators, Olga and Nurlan, "
                                "held a first session with both traders. It ended with progress "
                                "but no agreement yet; the next meeting is in three "
                                "days.</p><p>During those three days four things happen. A local "
                                "news channel in a messenger asks Olga for an interview: “What "
                                "did they say? Who is to blame?” The deputy akim asks for a "
                                "detailed written report “for the file”. Yerlan wants to post a "
                                "photo of the two traders shaking hands, taken at the end of the "
                                "session. And Nurlan remembers that in a caucus Farid's cousin, "
                                "who came with him, said: “If this does not work, our lads will "
                                "sort it out themselves on Saturday.”</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Ольга жаңалықтар арнасына не айта алады және нені айтпауы "
                                    "керек?"
                                ),
                                "ru": (
                                    "Что Ольга может сказать новостному каналу и чего говорить "
                                    "нельзя?"
                                ),
                                "en": (
                                    "What can Olga tell the news channel, and what must she not "
                                    "say?"
                                ),
                            },
                            {
                                "kk": (
                                    "Әкім орынбасарына берілетін есепте не болуы мүмкін және мұны "
                                    "кім шешеді?"
                                ),
                                "ru": (
                                    "Что может содержать отчёт для заместителя акима и кто это "
                                    "решает?"
                                ),
                                "en": (
                                    "What may the report to the deputy akim contain, and who "
                                    "decides that?"
                                ),
                            },
                            {
                                "kk": (
                                    "Құпиялылық пен оның шектерін ескере отырып, "
                                    "әріптес-медиаторлар жеке кездесуде естіген сөзге қатысты "
                                    "қалай әрекет етуі керек?"
                                ),
                                "ru": (
                                    "Как ко-медиаторам поступить со словами, услышанными на "
                                    "раздельной встрече, с учётом конфиденциальности и её "
                                    "пределов?"
                                ),
                                "en": (
                                    "How should the co-mediators act on the words heard in the "
                                    "caucus, given confidentiality and its limits?"
                                ),
                            },
                            {
                                "kk": (
                                    "Қандай жағдайда сурет немесе бірлескен мәлімдеме қауесетті "
                                    "өршітпей, басуға көмектесуі мүмкін?"
                                ),
                                "ru": (
                                    "При каких условиях фото или совместное заявление помогут "
                                    "успокоить слухи, а не разжечь их?"
                                ),
                                "en": (
                                    "Under what conditions could the photo or a joint statement "
                                    "calm the rumours rather than inflame them?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "prompt": {
                            "kk": (
                                "Басқа этникалық қауымнан шыққан немесе сіз білмейтін тілде "
                                "сөйлейтін, бірге медиация жүргізе алатын бір әріптесіңізді "
                                "ойлаңыз. Рөлдерді қалай бөлер едіңіз және тілдер, құпиялылық, "
                                "екеуіңіздің араңыздағы келіспеушіліктер туралы алдын ала не "
                                "келісер едіңіз? Үш тармақ жазыңыз."
                            ),
                            "ru": (
                                "Подумайте о коллеге из другой этнической общины или говорящем на "
                                "языке, которым вы не владеете, с кем вы могли бы вести "
                                "ко-медиацию. Как бы вы распределили роли и о чём заранее "
                                "договорились бы насчёт языков, конфиденциальности и разногласий "
                                "между вами? Запишите три пункта."
                            ),
                            "en": (
                                "Think of a colleague from another ethnic community, or one who "
                                "speaks a language you do not, with whom you could co-mediate. "
                                "How would you divide the roles, and what would you agree in "
                                "advance about languages, confidentiality and disagreements "
                                "between the two of you? Write down three points."
                            ),
                        },
                    },
                },
                {
                    "type": "glossary",
                    "value": {
                        "terms": [
                            {
                                "term": {
                                    "kk": "Бірлескен медиация (ко-медиация)",
                                    "ru": "Ко-медиация",
                                    "en": "Co-mediation",
                                },
                                "definition": {
                                    "kk": (
                                        "Рөлдері алдын ала бөлінген екі медиатордың бірге "
                                        "жүргізетін медиациясы; медиаторлар көбіне екеуі бірге "
                                        "тараптардың тілдері мен мәдени ортасын қамтитындай етіп "
                                        "таңдалады."
                                    ),
                                    "ru": (
                                        "Медиация, которую совместно ведут два медиатора с "
                                        "заранее распределёнными ролями; их часто подбирают так, "
                                        "чтобы вдвоём они охватывали языки и культурную среду "
                                        "сторон."
                                    ),
                                    "en": (
                                        "A mediation led jointly by two mediators with an agreed "
                                        "division of roles; they are often chosen so that between "
                                        "them they cover the parties' languages and cultural "
                                        "backgrounds."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Құпиялылық",
                                    "ru": "Конфиденциальность",
                                    "en": "Confidentiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиация қағидаты: рәсім барысында белгілі болған "
                                        "мәліметтер заңда көзделген жағдайларды қоспағанда, "
                                        "тараптардың келісімінсіз жария етілмейді."
                                    ),
                                    "ru": (
                                        "Принцип медиации: сведения, ставшие известными в ходе "
                                        "процедуры, не разглашаются без согласия сторон, кроме "
                                        "случаев, предусмотренных законом."
                                    ),
                                    "en": (
                                        "A principle of mediation: information that became known "
                                        "during the procedure is not disclosed without the "
                                        "parties' consent, except in cases provided by law."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Дауды (жанжалды) реттеу туралы келісім",
                                    "ru": "Соглашение об урегулировании спора (конфликта)",
                                    "en": "Agreement on the settlement of a dispute (conflict)",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың медиация нәтижесінде қол жеткізген жазбаша "
                                        "келісімі; оған тараптар қол қояды, ал соттан тыс "
                                        "жасалса, тараптар оны өз еркімен орындайды."
                                    ),
                                    "ru": (
                                        "Письменное соглашение, которого стороны достигли в "
                                        "результате медиации; его подписывают стороны, а если оно "
                                        "заключено вне суда, его исполняют добровольно."
                                    ),
                                    "en": (
                                        "The written agreement the parties reach as a result of "
                                        "mediation; it is signed by the parties and, when reached "
                                        "out of court, performed voluntarily."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиацияны тоқтату",
                                    "ru": "Прекращение медиации",
                                    "en": "Termination of mediation",
                                },
                                "definition": {
                                    "kk": (
                                        "Рәсімнің аяқталуы: келісімге қол қою арқылы немесе "
                                        "келісімсіз, яғни тарап бас тартқанда, медиатор рәсімді "
                                        "тоқтатқанда немесе келісілген мерзім өткенде."
                                    ),
                                    "ru": (
                                        "Окончание процедуры: подписанием соглашения или без него "
                                        "— когда сторона отказывается, медиатор прекращает "
                                        "процедуру или истекает согласованный срок."
                                    ),
                                    "en": (
                                        "The end of the procedure: with a signed agreement, or "
                                        "without one when a party withdraws, the mediator ends "
                                        "the procedure or the agreed time runs out."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Талдау (дебрифинг)",
                                    "ru": "Разбор (дебрифинг)",
                                    "en": "Debrief",
                                },
                                "definition": {
                                    "kk": (
                                        "Кездесуден кейін әріптес-медиаторлардың не жақсы шыққаны "
                                        "және нені өзгерту керегі туралы қысқа әңгімесі; оған да "
                                        "құпиялылық талаптары қолданылады."
                                    ),
                                    "ru": (
                                        "Короткий разговор ко-медиаторов после встречи о том, что "
                                        "получилось и что изменить; на него тоже распространяется "
                                        "конфиденциальность."
                                    ),
                                    "en": (
                                        "A short conversation between co-mediators after a "
                                        "session about what worked and what to change; it is also "
                                        "covered by confidentiality."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
