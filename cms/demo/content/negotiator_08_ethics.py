"""Module 8 of the negotiator-ethnomediator course: ethics, neutrality, professional standards."""

MODULE = {
    "slug": "ethics",
    "title": {
        "kk": "Әдеп, бейтараптық, кәсіби стандарттар",
        "ru": "Этика, нейтральность, профессиональные стандарты",
        "en": "Ethics, neutrality, professional standards",
    },
    "summary": {
        "kk": (
            "Этномедиатор тараптардың сенімін қалай сақтайды: бейтараптық пен алаламаушылық, "
            "мүдделер қақтығысы, құпиялылық, сыйлықтар, жазбалар және өз күшін қорғау."
        ),
        "ru": (
            "Как этномедиатор сохраняет доверие сторон: нейтральность и беспристрастность, "
            "конфликт интересов, конфиденциальность, подарки, записи и забота о себе."
        ),
        "en": (
            "How an ethnomediator keeps the parties' trust: neutrality and impartiality, "
            "conflicts of interest, confidentiality, gifts, records and looking after yourself."
        ),
    },
    "academic_hours": 4,
    "learning_outcomes": [
        {
            "kk": (
                "Өз мүдделер қақтығысын анықтап, оны тараптарға ашып айту немесе істен "
                "өздігінен бас тарту."
            ),
            "ru": (
                "Выявлять собственный конфликт интересов, раскрывать его сторонам или "
                "заявлять самоотвод."
            ),
            "en": (
                "Identify your own conflicts of interest and disclose them to the parties or "
                "withdraw from the case."
            ),
        },
        {
            "kk": (
                "Тараптардың мүмкіндіктері тең болмаған жағдайда рәсімді теңестіріп, "
                "біржақты болмау."
            ),
            "ru": (
                "Выравнивать процедуру при неравенстве сил сторон, не становясь на чью-либо "
                "сторону."
            ),
            "en": (
                "Balance the process when the parties are unequal in power without taking sides."
            ),
        },
        {
            "kk": (
                "Құпиялылық, сыйлықтар, жазбалар және біліктілікті арттыру бойынша кәсіби "
                "стандарттарды күнделікті жұмыста қолдану."
            ),
            "ru": (
                "Применять в повседневной работе профессиональные стандарты: "
                "конфиденциальность, подарки, записи, повышение квалификации."
            ),
            "en": (
                "Apply professional standards on confidentiality, gifts, records and "
                "qualification upgrade in everyday work."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "neutrality-and-impartiality",
            "title": {
                "kk": "Бейтараптық және алаламаушылық",
                "ru": "Нейтральность и беспристрастность",
                "en": "Neutrality and impartiality",
            },
            "summary": {
                "kk": (
                    "Бейтараптық пен алаламаушылықтың мәні, мүдделер қақтығысын ашып айту және "
                    "істен бас тарту, тараптардың теңсіздігі мен өз алдын ала көзқарастарымыз."
                ),
                "ru": (
                    "Что такое нейтральность и беспристрастность, как раскрыть конфликт "
                    "интересов или взять самоотвод, как работать с неравенством сил и "
                    "собственными предубеждениями."
                ),
                "en": (
                    "What neutrality and impartiality mean, how to disclose a conflict of "
                    "interest or withdraw, and how to handle power imbalance and your own biases."
                ),
            },
            "academic_hours": 2,
            "learning_outcomes": [
                {
                    "kk": (
                        "Туыстық, этностық және жұмыс байланыстарынан туатын мүдделер "
                        "қақтығысын тану."
                    ),
                    "ru": (
                        "Распознавать конфликт интересов, вызванный родственными, этническими "
                        "и служебными связями."
                    ),
                    "en": (
                        "Recognise conflicts of interest arising from family, ethnic and work ties."
                    ),
                },
                {
                    "kk": (
                        "Байланысты тараптарға қарапайым сөзбен ашып айтып, олардың келісімін "
                        "сұрау немесе істен бас тарту."
                    ),
                    "ru": (
                        "Простыми словами раскрыть связь сторонам и получить их согласие "
                        "или взять самоотвод."
                    ),
                    "en": (
                        "Disclose a tie to the parties in plain words and obtain their consent, "
                        "or withdraw."
                    ),
                },
                {
                    "kk": (
                        "Әлсіз тарапты жақтамай, рәсімдегі теңсіздікті азайтатын тәсілдерді "
                        "қолдану."
                    ),
                    "ru": (
                        "Использовать приёмы, уменьшающие неравенство в процедуре, не "
                        "защищая более слабую сторону."
                    ),
                    "en": (
                        "Use techniques that reduce inequality in the process without "
                        "advocating for the weaker party."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Этномедиатордың екі уәдесі</h3>"
                            "<p>Тараптар сізбен бір үстелге отыруға келіскенде, сізге екі "
                            "нәрседе сенеді. <strong>Бейтараптық</strong> — даудың нәтижесіне "
                            "мүдделі болмау: тараптар қандай шешім таңдаса да, сіз ештеңе "
                            "ұтпайсыз да, жоғалтпайсыз да, әрі «дұрыс шешім» туралы өз "
                            "пікіріңізді таңбайсыз. <strong>Алаламаушылық</strong> — рәсім "
                            "барысында тараптарға бірдей қарау: бірдей назар, бірдей уақыт, "
                            "бірдей ақпарат, бірдей құрмет. «Медиация туралы» Заң медиатордың "
                            "тәуелсіздігі мен бейтараптығын еріктілікпен, тараптардың тең "
                            "құқықтығымен, медиация рәсіміне араласуға жол бермеумен және "
                            "құпиялылықпен қатар медиацияның қағидаттарына жатқызады.</p>"
                            "<p>Бейтараптық — немқұрайлылық емес. Ауылдағы татулық сізге шын "
                            "жүректен қымбат болуы мүмкін, бірақ кім ақ, кім қара екенін сіз "
                            "шешпейсіз. Этносаралық дауда тараптар әрбір ұсақ белгіні ұлттық "
                            "тұрғыдан бағалайды, сондықтан алаламаушылық ішкі сезім ғана емес, "
                            "көзге көрінетін әрекет болуы керек:</p>"
                            "<ul>"
                            "<li>екі тарапты да бірдей сәлеммен, бірдей ілтипатпен қарсы "
                            "алыңыз;</li>"
                            "<li>кездесу тілін басында келісіп алыңыз; тараптың бірі тілді нашар "
                            "білсе, бір жақпен ғана басқа тілге ауыспай, аудармашы "
                            "қарастырыңыз;</li>"
                            "<li>бейтарап орын таңдаңыз: татуластыру кабинеті, мектеп залы, "
                            "кітапхана — бір тараптың үйі, дүкені немесе ғибадат үйі емес;</li>"
                            "<li>әр тарапқа сөйлеуге тең уақыт беріп, екеуінің де сөзін бірдей "
                            "ықыласпен түйіндеңіз;</li>"
                            "<li>құжаттар мен ақпаратты екі тарапқа бір мезгілде беріңіз.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Два обещания этномедиатора</h3>"
                            "<p>Соглашаясь сесть с вами за один стол, стороны доверяют вам в "
                            "двух вещах. <strong>Нейтральность</strong> — это отсутствие "
                            "заинтересованности в исходе: какое бы решение ни выбрали стороны, "
                            "вы ничего не выигрываете и не теряете и не навязываете своё "
                            "представление о «правильном» решении. "
                            "<strong>Беспристрастность</strong> — это равное отношение к "
                            "сторонам в ходе процедуры: одинаковое внимание, время, информация "
                            "и уважение. Закон «О медиации» относит независимость и "
                            "беспристрастность медиатора к принципам медиации наряду с "
                            "добровольностью, равноправием сторон, недопустимостью "
                            "вмешательства в процедуру медиации и конфиденциальностью.</p>"
                            "<p>Нейтральность — не равнодушие. Мир в селе может быть вам очень "
                            "дорог, но решать, кто прав, а кто виноват, не вам. В межэтническом "
                            "споре стороны толкуют каждую мелочь через этническую призму, "
                            "поэтому беспристрастность должна быть не только внутренним "
                            "чувством, но и видимым поведением:</p>"
                            "<ul>"
                            "<li>приветствуйте обе стороны одинаково, с одинаковым "
                            "уважением;</li>"
                            "<li>договоритесь о языке встречи в самом начале; если одна сторона "
                            "плохо владеет языком, пригласите переводчика, а не переходите на "
                            "другой язык только с одной стороной;</li>"
                            "<li>выбирайте нейтральное место: кабинет примирения, зал школы, "
                            "библиотеку — но не дом, магазин или молитвенный дом одной из "
                            "сторон;</li>"
                            "<li>давайте каждой стороне равное время и резюмируйте слова обеих "
                            "с одинаковой тщательностью;</li>"
                            "<li>передавайте документы и информацию обеим сторонам "
                            "одновременно.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Two promises the ethnomediator makes</h3>"
                            "<p>When the parties agree to sit down with you, they trust you in "
                            "two ways. <strong>Neutrality</strong> means you have no stake in "
                            "the outcome: whatever the parties choose, you gain or lose nothing, "
                            "and you do not push your own idea of the 'right' solution. "
                            "<strong>Impartiality</strong> means you treat the parties equally "
                            "during the process: the same attention, time, information and "
                            "respect. The Law 'On Mediation' counts the independence and "
                            "impartiality of the mediator among the principles of mediation, "
                            "together with voluntariness, equality of the parties, "
                            "non-interference in the mediation procedure and "
                            "confidentiality.</p>"
                            "<p>Neutrality is not indifference. Peace in the village may matter "
                            "a great deal to you, but it is not for you to decide who is right "
                            "and who is wrong. In an interethnic dispute the parties read every "
                            "small detail through an ethnic lens, so impartiality must be "
                            "visible behaviour, not only an inner feeling:</p>"
                            "<ul>"
                            "<li>greet both parties in the same way and with the same "
                            "respect;</li>"
                            "<li>agree on the language of the meeting at the very start; if one "
                            "party is less fluent, bring in an interpreter rather than switching "
                            "languages with one side only;</li>"
                            "<li>choose a neutral place: a reconciliation room, a school hall, a "
                            "library, not the home, shop or house of worship of one party;</li>"
                            "<li>give each party equal time and summarise both with the same "
                            "care;</li>"
                            "<li>share documents and information with both parties at the same "
                            "time.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Мүдделер қақтығысы: туыстар, өз қауымың, жұмыс беруші</h3>"
                            "<p>Мүдделер қақтығысы — сіз бен тараптардың бірі немесе дау "
                            "нысаны арасындағы, шешіміңізге әсер етуі немесе сырттағы адамды "
                            "сіздің әділдігіңізге күмәндандыруы мүмкін кез келген байланыс. "
                            "«Медиация туралы» Заң нәтижеге тікелей немесе жанама мүдделі "
                            "адамның медиатор болуына жол бермейді. Шағын ауылда бәрі дерлік "
                            "бір-біріне ағайын, құда, көрші немесе сыныптас, сондықтан мұндай "
                            "байланыстар жиі кездеседі:</p>"
                            "<ul>"
                            "<li><strong>Туыстар мен құдалар</strong>: тарап — немере "
                            "ағаңыз, ұлыңыздың қайын атасы, үлкен әулетіңіздің мүшесі.</li>"
                            "<li><strong>Өз этностық тобыңыз</strong>: тараппен бір қауымнан "
                            "болудың өзі мүдделер қақтығысы емес, бірақ екінші тарап оны солай "
                            "қабылдауы мүмкін. Ал сол қауымның этномәдени бірлестігінде "
                            "лауазым атқарсаңыз, бұл — нақты байланыс.</li>"
                            "<li><strong>Жұмыс берушіңіз</strong>: сіз дауға қатысы бар "
                            "немесе онымен байланысты мәселені (мысалы, жерді жалға беруді) "
                            "шешетін әкімдікте, мектепте немесе шаруашылықта істейсіз.</li>"
                            "<li><strong>Ақша мен көмек</strong>: ортақ кәсіп, қарыз, тарап "
                            "сіздің жеріңізді жалға алады.</li>"
                            "<li><strong>Бұрынғы рөліңіз</strong>: бір тарапқа бұрын кеңес "
                            "бергенсіз немесе дау туралы әлеуметтік желіде пікір "
                            "жазғансыз.</li>"
                            "</ul>"
                            "<p>Есте сақтаңыз: мемлекеттік қызметші бұл оқудан өте алады, "
                            "бірақ оқу оған медиатор ретінде әрекет ету құқығын өздігінен "
                            "бермейді.</p>"
                            "<h3>Ашып айту, сұрау, шешу</h3>"
                            "<ol>"
                            "<li>Алғашқы кездесуге дейін тараптардың аты-жөні мен дау нысанын "
                            "өз байланыстарыңызбен салыстырыңыз.</li>"
                            "<li>Байланысты екі тарапқа бірге, қарапайым сөзбен айтыңыз: "
                            "«Бастамас бұрын білгеніңіз жөн: Марат — әйелімнің немере "
                            "інісі».</li>"
                            "<li>Әр тараптан жұмысты жалғастыруға келісетінін сұраңыз; "
                            "«жоқ» деуге, оның ішінде оңаша айтуға шынайы мүмкіндік беріңіз. "
                            "Келісімді жазбаңызға түсіріңіз.</li>"
                            "<li>Байланыс тікелей болса, тараптың бірі қарсы болса немесе өзіңіз "
                            "әділ бола алмайтыныңызды сезсеңіз, істен өздігінен бас тартып, "
                            "оны әріптесіңізге немесе медиация кабинетіне беріңіз.</li>"
                            "</ol>"
                            "<p>Этносаралық дауда <strong>бірлескен медиация</strong> пайдалы: "
                            "әр түрлі қауымнан шыққан екі медиатор бірге жұмыс істейді, "
                            "сонда әр тарап үстел басынан өзі сенетін адамды көреді.</p>"
                        ),
                        "ru": (
                            "<h3>Конфликт интересов: родственники, своя община, "
                            "работодатель</h3>"
                            "<p>Конфликт интересов — любая связь между вами и одной из сторон "
                            "или предметом спора, которая может повлиять на ваше суждение или "
                            "заставить разумного человека в нём усомниться. Закон «О "
                            "медиации» не допускает, чтобы медиатором был человек, прямо или "
                            "косвенно заинтересованный в результате. В небольшом селе почти "
                            "все друг другу родственники, сваты, соседи или одноклассники, "
                            "поэтому такие связи встречаются часто:</p>"
                            "<ul>"
                            "<li><strong>Родственники и сваты</strong>: сторона — ваш "
                            "двоюродный брат, тесть вашего сына, член вашей большой "
                            "семьи.</li>"
                            "<li><strong>Своя этническая группа</strong>: принадлежность к "
                            "одной общине со стороной сама по себе не конфликт интересов, но "
                            "другая сторона может воспринять её именно так. А если вы "
                            "занимаете должность в этнокультурном объединении этой общины, "
                            "это уже реальная связь.</li>"
                            "<li><strong>Работодатель</strong>: вы работаете в акимате, школе "
                            "или хозяйстве, которое участвует в споре или решает связанный с "
                            "ним вопрос, например об аренде земли.</li>"
                            "<li><strong>Деньги и услуги</strong>: общий бизнес, долг, сторона "
                            "арендует вашу землю.</li>"
                            "<li><strong>Прежняя роль</strong>: вы уже консультировали одну "
                            "сторону или высказывались о споре в социальных сетях.</li>"
                            "</ul>"
                            "<p>Помните: государственный служащий может пройти это обучение, "
                            "но само обучение не даёт ему права выступать медиатором.</p>"
                            "<h3>Раскрыть, спросить, решить</h3>"
                            "<ol>"
                            "<li>До первой встречи сверьте имена сторон и предмет спора со "
                            "своими связями.</li>"
                            "<li>Сообщите о связи обеим сторонам вместе, простыми словами: "
                            "«Прежде чем начать, вам следует знать: Марат — двоюродный брат "
                            "моей жены».</li>"
                            "<li>Спросите каждую сторону, согласна ли она продолжать; дайте "
                            "реальную возможность сказать «нет», в том числе наедине. "
                            "Зафиксируйте согласие в своих записях.</li>"
                            "<li>Если связь прямая, если одна из сторон возражает или вы сами "
                            "чувствуете, что не сможете остаться беспристрастным, возьмите "
                            "самоотвод и передайте дело коллеге или в кабинет медиации.</li>"
                            "</ol>"
                            "<p>В межэтническом споре полезна <strong>комедиация</strong>: два "
                            "медиатора из разных общин работают вместе, и каждая сторона видит "
                            "за столом человека, которому доверяет.</p>"
                        ),
                        "en": (
                            "<h3>Conflicts of interest: relatives, your own community, your "
                            "employer</h3>"
                            "<p>A conflict of interest is any link between you and a party, or "
                            "the subject of the dispute, that could affect your judgement or "
                            "make a reasonable person doubt it. The Law 'On Mediation' does not "
                            "allow a person with a direct or indirect interest in the outcome "
                            "to act as mediator. In a small village almost everyone is a "
                            "relative, an in-law, a neighbour or a former classmate, so such "
                            "links are common:</p>"
                            "<ul>"
                            "<li><strong>Relatives and in-laws</strong>: a party is your "
                            "cousin, your son's father-in-law, a member of your extended "
                            "family.</li>"
                            "<li><strong>Your own ethnic group</strong>: belonging to the same "
                            "community as a party is not in itself a conflict of interest, but "
                            "the other party may see it as one. Holding office in that "
                            "community's ethnocultural association, however, is a real "
                            "tie.</li>"
                            "<li><strong>Your employer</strong>: you work for an akimat, a "
                            "school or a farm that is involved in the dispute or decides a "
                            "related question, such as a land lease.</li>"
                            "<li><strong>Money and favours</strong>: a shared business, a debt, "
                            "a party who rents your land.</li>"
                            "<li><strong>An earlier role</strong>: you have already advised one "
                            "party or commented on the dispute on social media.</li>"
                            "</ul>"
                            "<p>Remember: a civil servant may take this training, but the "
                            "training itself does not give them the right to act as a "
                            "mediator.</p>"
                            "<h3>Disclose, ask, decide</h3>"
                            "<ol>"
                            "<li>Before the first meeting, check the parties' names and the "
                            "subject of the dispute against your own ties.</li>"
                            "<li>Tell both parties together about the tie, in plain words: "
                            "'Before we start, you should know that Marat is my wife's "
                            "cousin.'</li>"
                            "<li>Ask each party whether they agree to continue; give them a "
                            "real chance to say no, including in private. Record the consent "
                            "in your notes.</li>"
                            "<li>If the tie is direct, if a party objects, or if you feel you "
                            "cannot stay impartial, withdraw and hand the case to a colleague "
                            "or to the mediation office.</li>"
                            "</ol>"
                            "<p>In an interethnic dispute <strong>co-mediation</strong> helps: "
                            "two mediators from different communities work together, and each "
                            "party sees someone they trust at the table.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Мүмкіндіктер теңсіздігі</h3>"
                            "<p>Тараптар үстелге сирек тең болып келеді. Біреуі жергілікті "
                            "көпшілікке жатады, кездесу тілінде еркін сөйлейді, лауазымы бар, "
                            "жер немесе су сорғысы соның қолында; екіншісі — жаңадан көшіп "
                            "келген, жалға алушы, жас әйел немесе жұмысынан айырылудан "
                            "қорқатын адам. Тең емес тараптарға дәл бірдей қарасаңыз, әлсізі "
                            "үндемей қалады, ал үнсіздікпен жасалған келісім ұзаққа "
                            "бармайды.</p>"
                            "<p>Сіздің міндетіңіз — нәтижені емес, рәсімді теңестіру. Әлсіз "
                            "тараптың адвокаты болмайсыз, бірақ екеуінің де толық қатысуын "
                            "қамтамасыз етесіз:</p>"
                            "<ul>"
                            "<li>аудармашы ұсынып, «Түсінікті ме?» деп емес, ашық сұрақтармен "
                            "түсінгенін тексеріңіз;</li>"
                            "<li>тарап еркін сөйлей алатын жеке кездесулер өткізіңіз;</li>"
                            "<li>ойлануға және отбасымен, заңгермен кеңесуге уақыт беріңіз; екі "
                            "тарап келіссе, сенімді адам қасында отыра алады;</li>"
                            "<li>ереже белгілеңіз: сөзді бөлмеу, дауыс көтермеу, ешкімнің "
                            "ұлтына қатысты сөз айтпау;</li>"
                            "<li>бәріне тым тез келісетін тарапқа ерекше назар аударыңыз.</li>"
                            "</ul>"
                            "<p>Егер тарапты қорқытып жатса немесе еркін шешім қабылдау "
                            "мүмкін болмаса, медиацияны тоқтатып, тарапқа құқығын қорғаудың "
                            "басқа жолдарын түсіндіріңіз.</p>"
                            "<h3>Өз алдын ала көзқарастарымыз</h3>"
                            "<p>Әркімде балалық шақтан, жаңалықтардан, әлеуметтік желілерден "
                            "қалған стереотиптер бар. Олар байқатпай әсер етеді: өзіңізше "
                            "сөйлейтін тарап «ақылдырақ» көрінеді, адамдармен кездеспей жатып "
                            "WhatsApp тобындағы өсекке сенесіз, үлкен кісі міндетті түрде дұрыс "
                            "деп ойлайсыз. Әр кездесуден кейін естіген деректеріңізді өз "
                            "түсіндірмеңізден бөліп жазыңыз және өзіңізге сұрақ қойыңыз: тарап "
                            "басқа қауымнан болса, мен дәл осылай әрекет етер ме едім? "
                            "Бірлескен медиатордан немесе супервизордан шынайы пікір "
                            "сұраңыз.</p>"
                            "<p><strong>Жиі кездесетін қателер:</strong> «ешкім байқамас» деп "
                            "шағын байланысты жасыру; «басқа ешкім көмектеспейді» деп туысының "
                            "ісін алу; бір тараптың қасына отыру немесе екінші тарап түсінбейтін "
                            "тілде әзілдеу; рәсімді теңестірудің орнына әлсіз тарапты ашық "
                            "жақтау.</p>"
                        ),
                        "ru": (
                            "<h3>Неравенство сил</h3>"
                            "<p>Стороны редко приходят за стол равными. Одна принадлежит к "
                            "местному большинству, свободно говорит на языке встречи, занимает "
                            "должность, владеет землёй или водяным насосом; другая — недавние "
                            "переселенцы, арендатор, молодая женщина или человек, который "
                            "боится потерять работу. Если обращаться с неравными сторонами "
                            "совершенно одинаково, слабая сторона промолчит, а соглашение, "
                            "заключённое в молчании, долго не живёт.</p>"
                            "<p>Ваша задача — выровнять процедуру, а не результат. Вы не "
                            "становитесь адвокатом слабой стороны, но обеспечиваете полноценное "
                            "участие обеих:</p>"
                            "<ul>"
                            "<li>предложите переводчика и проверяйте понимание открытыми "
                            "вопросами, а не вопросом «Понятно?»;</li>"
                            "<li>проводите отдельные встречи, где сторона может говорить "
                            "свободно;</li>"
                            "<li>дайте время подумать и посоветоваться с семьёй или юристом; "
                            "при согласии обеих сторон рядом может быть доверенное лицо;</li>"
                            "<li>установите правила: не перебивать, не повышать голос, не "
                            "говорить ничего о чьей-либо национальности;</li>"
                            "<li>обращайте особое внимание на сторону, которая слишком быстро "
                            "соглашается со всем.</li>"
                            "</ul>"
                            "<p>Если стороне угрожают или свободное решение невозможно, "
                            "прекратите медиацию и расскажите стороне о других способах "
                            "защиты её прав.</p>"
                            "<h3>Собственные предубеждения</h3>"
                            "<p>У каждого есть стереотипы из детства, новостей и социальных "
                            "сетей. Они действуют незаметно: сторона, которая говорит как вы, "
                            "кажется «разумнее», вы верите слуху из WhatsApp-группы ещё до "
                            "встречи с людьми, считаете, что старший непременно прав. После "
                            "каждой встречи записывайте отдельно услышанные факты и свои "
                            "толкования и спрашивайте себя: поступил бы я так же, если бы "
                            "сторона была из другой общины? Просите комедиатора или "
                            "супервизора о честной обратной связи.</p>"
                            "<p><strong>Типичные ошибки:</strong> скрыть мелкую связь в надежде, "
                            "что никто не заметит; взять дело родственника, «потому что больше "
                            "некому помочь»; сесть рядом с одной стороной или шутить на языке, "
                            "которого не понимает другая; открыто защищать слабую сторону "
                            "вместо того, чтобы выравнивать процедуру.</p>"
                        ),
                        "en": (
                            "<h3>Power imbalance</h3>"
                            "<p>Parties rarely come to the table as equals. One belongs to the "
                            "local majority, speaks the language of the meeting fluently, holds "
                            "an official post, or owns the land or the water pump; the other is "
                            "a newcomer, a tenant, a young woman or someone afraid of losing "
                            "their job. If you treat unequal parties in exactly the same way, "
                            "the weaker one will stay silent, and an agreement reached in "
                            "silence does not last.</p>"
                            "<p>Your task is to balance the process, not the outcome. You do not "
                            "become the weaker party's advocate, but you make sure both can take "
                            "part fully:</p>"
                            "<ul>"
                            "<li>offer an interpreter and check understanding with open "
                            "questions, not with 'Is that clear?';</li>"
                            "<li>hold separate meetings where a party can speak freely;</li>"
                            "<li>give time to think and to consult family or a lawyer; if both "
                            "parties agree, a trusted person may sit beside a party;</li>"
                            "<li>set ground rules: no interrupting, no raised voices, no remarks "
                            "about anyone's nationality;</li>"
                            "<li>pay special attention to a party who agrees to everything too "
                            "quickly.</li>"
                            "</ul>"
                            "<p>If a party is being threatened or a free decision is impossible, "
                            "stop the mediation and tell the party about other ways to protect "
                            "their rights.</p>"
                            "<h3>Your own biases</h3>"
                            "<p>Everyone carries stereotypes from childhood, the news and social "
                            "media. They work quietly: the party who speaks like you seems more "
                            "'reasonable', you believe a rumour from a WhatsApp group before you "
                            "have met the people, you assume the elder must be right. After "
                            "each meeting, write down the facts you heard separately from your "
                            "own interpretations, and ask yourself: would I act the same way if "
                            "this party came from another community? Ask your co-mediator or "
                            "supervisor for honest feedback.</p>"
                            "<p><strong>Common mistakes:</strong> hiding a small tie in the hope "
                            "that nobody will notice; taking a relative's case 'because nobody "
                            "else will help'; sitting next to one party or joking in a language "
                            "the other does not understand; openly defending the weaker party "
                            "instead of balancing the process.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Су кезегі және құда",
                            "ru": "График полива и родня",
                            "en": "A watering schedule and an in-law",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Жамбыл облысындағы бір ауылда көрші екі үй "
                                "бір арықтан су алады. Ерлан Рустамның отбасы түнде кезексіз су "
                                "қақпасын ашады дейді; Рустам Ерланның туыстары су кестесін өз "
                                "қолдарына алып, оның бақшасы сусыз қалғанын айтады. Екі отбасы "
                                "әр түрлі этностық қауымнан, ал олардың ұрысының бейнежазбасы "
                                "қорлайтын пікірлермен бірге ауыл чатына тарап кетті.</p>"
                                "<p>Ауылдық округ әкімі ауылда тұратын қоғамдық медиатор "
                                "Айгүлден көмек сұрайды. Айгүл су кестесін бекітетін жергілікті "
                                "су пайдаланушылар кооперативінде есепші болып істейді. Оның "
                                "үстіне, қызы Ерланның жиеніне тұрмысқа шыққан. Рустамның "
                                "отбасы бұны білмейді; Айгүл мұны алыс туыстық деп санайды, әрі "
                                "маңайда оқудан өткен басқа медиатор жоқ.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. В одном селе Жамбылской области два "
                                "соседних двора берут воду из одного арыка. Ерлан говорит, что "
                                "семья Рустама по ночам открывает шлюз вне очереди; Рустам "
                                "говорит, что родственники Ерлана прибрали график полива к рукам "
                                "и его огород остаётся без воды. Семьи принадлежат к разным "
                                "этническим общинам, а видео их ссоры с оскорбительными "
                                "комментариями разошлось по сельскому чату.</p>"
                                "<p>Аким сельского округа просит о помощи Айгуль — общественного "
                                "медиатора, которая живёт в этом селе. Айгуль работает "
                                "бухгалтером в местном кооперативе водопользователей, который "
                                "утверждает график полива. Кроме того, её дочь замужем за "
                                "племянником Ерлана. Семья Рустама об этом не знает; Айгуль "
                                "считает это дальним родством, к тому же других обученных "
                                "медиаторов поблизости нет.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. In a village in Zhambyl region, "
                                "two neighbouring households take water from the same irrigation "
                                "ditch. Yerlan says that Rustam's family opens the sluice out of "
                                "turn at night; Rustam says that Yerlan's relatives have taken "
                                "over the watering schedule and his garden is left dry. The "
                                "families belong to different ethnic communities, and a video of "
                                "their quarrel with insulting comments has spread through the "
                                "village chat.</p>"
                                "<p>The rural akim asks Aigul, a public mediator who lives in the "
                                "village, for help. Aigul works as an accountant for the local "
                                "water users' cooperative, which approves the watering schedule. "
                                "Besides, her daughter is married to Yerlan's nephew. Rustam's "
                                "family does not know this; Aigul considers it a distant tie, "
                                "and there is no other trained mediator nearby.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Айгүлдің қай байланыстары мүдделер қақтығысы болып "
                                    "табылады және қайсысы күрделірек? Неге?"
                                ),
                                "ru": (
                                    "Какие связи Айгуль создают конфликт интересов и какая из "
                                    "них серьёзнее? Почему?"
                                ),
                                "en": (
                                    "Which of Aigul's ties are conflicts of interest, and which "
                                    "one is more serious? Why?"
                                ),
                            },
                            {
                                "kk": (
                                    "Айгүл байланыстарын ашып айтып, жұмысты жалғастыруы керек "
                                    "пе, әлде істен бас тартуы керек пе? Екі отбасына нақты не "
                                    "айтуы тиіс?"
                                ),
                                "ru": (
                                    "Должна ли Айгуль раскрыть свои связи и продолжить или "
                                    "взять самоотвод? Что именно ей сказать обеим семьям?"
                                ),
                                "en": (
                                    "Should Aigul disclose her ties and continue, or withdraw? "
                                    "What exactly should she say to both families?"
                                ),
                            },
                            {
                                "kk": (
                                    "Егер ол бас тартса, медиацияға қатыспай-ақ ауылға қалай "
                                    "көмектесе алады?"
                                ),
                                "ru": (
                                    "Если она возьмёт самоотвод, как она может помочь селу, не "
                                    "участвуя в медиации?"
                                ),
                                "en": (
                                    "If she withdraws, how can she still help the village "
                                    "without taking part in the mediation?"
                                ),
                            },
                            {
                                "kk": (
                                    "Ауыл чатындағы бейнежазба медиацияға қалай әсер етуі "
                                    "мүмкін және медиатор бұған қатысты не істеуі керек?"
                                ),
                                "ru": (
                                    "Как видео в сельском чате может повлиять на медиацию и "
                                    "что с этим делать медиатору?"
                                ),
                                "en": (
                                    "How could the video in the village chat affect the "
                                    "mediation, and what should the mediator do about it?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Алғашқы кездесуде байланысты ашып айту",
                            "ru": "Раскрыть связь на первой встрече",
                            "en": "Disclosing a tie at the first meeting",
                        },
                        "situation": {
                            "kk": (
                                "<p>Қостанай облысының бір аудан орталығында тоғызыншы "
                                "сыныптың екі оқушысы сабақтан кейін төбелесіп қалды. "
                                "Төбелестің бейнежазбасы интернетке ұлдардың ұлтына қатысты "
                                "пікірлермен бірге жарияланып, ата-аналар бір-бірін айыптап "
                                "жатыр. Мектеп директоры екі отбасымен кездесу өткізу үшін "
                                "жергілікті этномәдени бірлестіктен келіссөз "
                                "жүргізуші-этномедиаторды шақырды.</p>"
                                "<p>Медиатор Светлана мектепке келгенде үш жыл бұрын ұлдардың "
                                "бірі Даниярға математикадан жеке сабақ бергенін және оның "
                                "анасын жақсы танитынын түсінеді. Кездесу мектеп "
                                "кітапханасында басталғалы тұр.</p>"
                            ),
                            "ru": (
                                "<p>В одном районном центре Костанайской области двое "
                                "девятиклассников подрались после уроков. Видео драки выложили в "
                                "интернет с комментариями о национальности мальчиков, и родители "
                                "обвиняют друг друга. Директор школы пригласил "
                                "переговорщика-этномедиатора из местного этнокультурного "
                                "объединения провести встречу с обеими семьями.</p>"
                                "<p>Придя в школу, медиатор Светлана понимает, что три года "
                                "назад занималась с одним из мальчиков, Данияром, математикой и "
                                "хорошо знает его мать. Встреча вот-вот начнётся в школьной "
                                "библиотеке.</p>"
                            ),
                            "en": (
                                "<p>In a district town in Kostanay region, two ninth-grade boys "
                                "had a fight after school. A video of the fight was posted online "
                                "with comments about the boys' nationalities, and the parents are "
                                "accusing each other. The school director has invited a "
                                "negotiator-ethnomediator from the local ethnocultural "
                                "association to hold a meeting with both families.</p>"
                                "<p>On arrival, the mediator, Svetlana, realises that three years "
                                "ago she tutored one of the boys, Daniyar, in mathematics, and "
                                "that she knows his mother well. The meeting is about to start "
                                "in the school library.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Медиатор (Светлана)",
                                    "ru": "Медиатор (Светлана)",
                                    "en": "Mediator (Svetlana)",
                                },
                                "brief": {
                                    "kk": (
                                        "Кездесуді ашып, Даниярдың отбасымен бұрынғы "
                                        "байланысыңызды қысқа әрі анық айтыңыз, оның нені "
                                        "білдіретінін түсіндіріп, екі отбасынан жұмысты "
                                        "жалғастыруға келісетінін сұраңыз. Олар бас тартса, оны "
                                        "сабырмен қабылдап, басқа жол ұсыныңыз."
                                    ),
                                    "ru": (
                                        "Откройте встречу, коротко и ясно сообщите о своей "
                                        "прежней связи с семьёй Данияра, объясните, что это "
                                        "значит, и спросите обе семьи, согласны ли они "
                                        "продолжать. Если они откажутся, спокойно примите это и "
                                        "предложите другой вариант."
                                    ),
                                    "en": (
                                        "Open the meeting, briefly and clearly disclose your "
                                        "earlier tie to Daniyar's family, explain what it means "
                                        "and ask both families whether they agree to continue. "
                                        "If they say no, accept it calmly and propose an "
                                        "alternative."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Даниярдың анасы (Гүлнара)",
                                    "ru": "Мать Данияра (Гульнара)",
                                    "en": "Daniyar's mother (Gulnara)",
                                },
                                "brief": {
                                    "kk": (
                                        "Таныс адамды көргеніңізге қуанып, медиатормен бәрінің "
                                        "көзінше жылы амандасасыз. Екінші отбасы интернеттегі "
                                        "пікірлер үшін жұрт алдында кешірім сұрағанын "
                                        "қалайсыз."
                                    ),
                                    "ru": (
                                        "Вы рады видеть знакомое лицо и при всех тепло "
                                        "здороваетесь с медиатором. Вы хотите, чтобы другая "
                                        "семья публично извинилась за комментарии в интернете."
                                    ),
                                    "en": (
                                        "You are glad to see a familiar face and greet the "
                                        "mediator warmly in front of everyone. You want the "
                                        "other family to apologise publicly for the comments "
                                        "online."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Артёмның әкесі (Виктор)",
                                    "ru": "Отец Артёма (Виктор)",
                                    "en": "Artyom's father (Viktor)",
                                },
                                "brief": {
                                    "kk": (
                                        "Бүкіл мектеп екінші отбасын жақтайды деп "
                                        "күдіктенесіз. Жеке сабақ туралы естігенде өткір "
                                        "сұрақтар қойып, алғашында басқа медиатор талап "
                                        "етесіз."
                                    ),
                                    "ru": (
                                        "Вы подозреваете, что вся школа на стороне другой "
                                        "семьи. Услышав о репетиторстве, вы задаёте острые "
                                        "вопросы и сначала требуете другого медиатора."
                                    ),
                                    "en": (
                                        "You suspect that the whole school is on the other "
                                        "family's side. When you hear about the tutoring, you "
                                        "ask sharp questions and at first demand a different "
                                        "mediator."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Директордың орынбасары (Әсел)",
                                    "ru": "Заместитель директора (Асель)",
                                    "en": "Deputy director (Asel)",
                                },
                                "brief": {
                                    "kk": (
                                        "Аудандық білім бөлімі естігенше істі тез жапқыңыз "
                                        "келеді, сондықтан отбасыларды «қол алысып, "
                                        "ұмытыңыздар» деп асықтырасыз."
                                    ),
                                    "ru": (
                                        "Вы хотите быстро закрыть вопрос, пока не узнал "
                                        "районный отдел образования, и торопите семьи: "
                                        "«Пожмите руки и забудьте»."
                                    ),
                                    "en": (
                                        "You want the matter closed quickly, before the district "
                                        "education department hears about it, so you press the "
                                        "families to 'shake hands and forget it'."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор дауды талқылауға дейін байланысты екі отбасына "
                                    "бірге, қарапайым сөзбен айтты."
                                ),
                                "ru": (
                                    "Медиатор сообщил о связи до обсуждения спора, простыми "
                                    "словами, обеим семьям вместе."
                                ),
                                "en": (
                                    "The mediator disclosed the tie before any discussion of the "
                                    "dispute, in plain words, to both families together."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор әр отбасынан келісім сұрап, қарсылық білдіруге, "
                                    "оның ішінде оңаша айтуға шынайы мүмкіндік берді."
                                ),
                                "ru": (
                                    "Медиатор спросил согласия каждой семьи и дал реальную "
                                    "возможность возразить, в том числе наедине."
                                ),
                                "en": (
                                    "The mediator asked each family for consent and gave a real "
                                    "chance to object, including in private."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор Гүлнараның жылы сөзіне сыпайы жауап берді, бірақ "
                                    "бұл оны жақтағандай көрінбеді."
                                ),
                                "ru": (
                                    "Медиатор вежливо ответил на теплоту Гульнары, но так, "
                                    "чтобы это не выглядело расположением к ней."
                                ),
                                "en": (
                                    "The mediator responded politely to Gulnara's warmth, but "
                                    "in a way that did not look like favour."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор директор орынбасарының қысымына мектепті "
                                    "жақтамай және отбасыларды асықтырмай жауап берді."
                                ),
                                "ru": (
                                    "Медиатор справился с давлением заместителя директора, не "
                                    "встав на сторону школы и не торопя семьи."
                                ),
                                "en": (
                                    "The mediator handled the deputy director's pressure without "
                                    "taking the school's side or hurrying the families."
                                ),
                            },
                            {
                                "kk": (
                                    "Виктор қарсы болғанда, медиатор нақты балама ұсынды: басқа "
                                    "медиатор немесе бірлескен медиация."
                                ),
                                "ru": (
                                    "Когда Виктор возразил, медиатор предложил конкретную "
                                    "альтернативу: другого медиатора или комедиацию."
                                ),
                                "en": (
                                    "When Viktor objected, the mediator offered a concrete "
                                    "alternative: another mediator or co-mediation."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу тілі, отыру орны және сөйлеу уақыты отбасылар "
                                    "арасында тең болды."
                                ),
                                "ru": (
                                    "Язык, рассадка и время на высказывание были равными для "
                                    "обеих семей."
                                ),
                                "en": (
                                    "Language, seating and speaking time were balanced between "
                                    "the families."
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
                                "Өз ауылыңызды, ауданыңызды немесе қауымыңызды ойлаңыз. "
                                "Дауларында жалғыз өзіңіз медиатор бола алмайтын үш адамды "
                                "немесе ұйымды атап, себебін түсіндіріңіз. Содан кейін осындай "
                                "байланысты ашып айту үшін тараптарға шын айтатын екі-үш "
                                "сөйлеміңізді жазыңыз."
                            ),
                            "ru": (
                                "Подумайте о своём селе, районе или общине. Назовите трёх людей "
                                "или три организации, в чьих спорах вам не следует быть "
                                "медиатором в одиночку, и объясните почему. Затем запишите "
                                "две-три фразы, которыми вы на самом деле сообщили бы сторонам о "
                                "такой связи."
                            ),
                            "en": (
                                "Think of your own village, district or community. Name three "
                                "people or organisations whose disputes you should not mediate "
                                "alone, and explain why. Then write down the two or three "
                                "sentences you would actually say to the parties to disclose "
                                "such a tie."
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
                                    "kk": "Бейтараптық",
                                    "ru": "Нейтральность",
                                    "en": "Neutrality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатордың даудың нәтижесіне мүдделі болмауы және "
                                        "тараптарға өз шешімін таңбауы."
                                    ),
                                    "ru": (
                                        "Отсутствие у медиатора заинтересованности в исходе "
                                        "спора и отказ навязывать сторонам своё решение."
                                    ),
                                    "en": (
                                        "The mediator has no stake in the outcome of the "
                                        "dispute and does not impose their own solution."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Алаламаушылық",
                                    "ru": "Беспристрастность",
                                    "en": "Impartiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Рәсім бойы тараптарға бірдей қарау: назар, уақыт, "
                                        "ақпарат және құрмет тең бөлінеді."
                                    ),
                                    "ru": (
                                        "Равное отношение к сторонам на протяжении всей "
                                        "процедуры: внимание, время, информация и уважение."
                                    ),
                                    "en": (
                                        "Equal treatment of the parties throughout the process: "
                                        "attention, time, information and respect."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мүдделер қақтығысы",
                                    "ru": "Конфликт интересов",
                                    "en": "Conflict of interest",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатордың шешіміне әсер етуі немесе тараптарды оның "
                                        "әділдігіне күмәндандыруы мүмкін туыстық, этностық, "
                                        "жұмыс немесе қаржылық байланыс."
                                    ),
                                    "ru": (
                                        "Родственная, этническая, служебная или финансовая "
                                        "связь, которая может повлиять на суждение медиатора "
                                        "или вызвать у сторон сомнения в нём."
                                    ),
                                    "en": (
                                        "A family, ethnic, work or financial tie that could "
                                        "affect the mediator's judgement or make the parties "
                                        "doubt it."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Байланысты ашып айту",
                                    "ru": "Раскрытие связи",
                                    "en": "Disclosure",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар жұмысты жалғастыру-жалғастырмауды өздері "
                                        "шешуі үшін байланыс туралы екеуіне де алдын ала немесе "
                                        "ол анықталған сәтте айту."
                                    ),
                                    "ru": (
                                        "Сообщение обеим сторонам о связи заранее или сразу, "
                                        "как только она обнаружилась, чтобы они сами решили, "
                                        "продолжать ли работу."
                                    ),
                                    "en": (
                                        "Telling both parties about a tie in advance, or as soon "
                                        "as it appears, so that they can decide whether to "
                                        "continue."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Өздігінен бас тарту",
                                    "ru": "Самоотвод",
                                    "en": "Withdrawal (recusal)",
                                },
                                "definition": {
                                    "kk": (
                                        "Мүдделер қақтығысына байланысты медиатордың істен "
                                        "шығып, оны әріптесіне беру туралы шешімі."
                                    ),
                                    "ru": (
                                        "Решение медиатора выйти из дела из-за конфликта "
                                        "интересов и передать его коллеге."
                                    ),
                                    "en": (
                                        "The mediator's decision to step out of a case because "
                                        "of a conflict of interest and hand it to a colleague."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Мүмкіндіктер теңсіздігі",
                                    "ru": "Неравенство сил",
                                    "en": "Power imbalance",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың мәртебесі, тілі, ресурстары немесе "
                                        "қауіпсіздігі жағынан айырмашылығы; ол әлсіз тараптың "
                                        "еркін қатысуын шектейді."
                                    ),
                                    "ru": (
                                        "Различие сторон по статусу, языку, ресурсам или "
                                        "безопасности, которое ограничивает свободное участие "
                                        "более слабой стороны."
                                    ),
                                    "en": (
                                        "A difference between the parties in status, language, "
                                        "resources or safety that limits the weaker party's "
                                        "free participation."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "professional-standards",
            "title": {
                "kk": "Кәсіби стандарттар",
                "ru": "Профессиональные стандарты",
                "en": "Professional standards",
            },
            "summary": {
                "kk": (
                    "Күнделікті жұмыстағы құпиялылық, өз құзыретің туралы шындық, тараптарға "
                    "қысым жасамау, сыйлықтар, дербес деректерсіз жазбалар, үздіксіз даму, "
                    "супервизия және кәсіби күйіп қалу."
                ),
                "ru": (
                    "Конфиденциальность в повседневной работе, честность о своей компетентности, "
                    "отсутствие давления на стороны, подарки, записи без персональных данных, "
                    "постоянное развитие, супервизия и выгорание."
                ),
                "en": (
                    "Confidentiality in everyday practice, honesty about your competence, no "
                    "pressure on the parties, gifts, records without personal data, continuing "
                    "development, supervision and burnout."
                ),
            },
            "academic_hours": 2,
            "learning_outcomes": [
                {
                    "kk": (
                        "Тараптарға құпиялылық пен оның шектерін түсіндіріп, оны күнделікті "
                        "ауыл өмірінде сақтау."
                    ),
                    "ru": (
                        "Объяснять сторонам конфиденциальность и её границы и соблюдать её в "
                        "повседневной жизни села."
                    ),
                    "en": (
                        "Explain confidentiality and its limits to the parties and keep it in "
                        "everyday village life."
                    ),
                },
                {
                    "kk": (
                        "Қонақжайлық пен сыйлықтарға қатысты дұрыс шешім қабылдап, іс "
                        "жазбаларын дербес деректерсіз жүргізу."
                    ),
                    "ru": (
                        "Правильно решать вопросы гостеприимства и подарков и вести записи о "
                        "делах без персональных данных."
                    ),
                    "en": (
                        "Make sound decisions about hospitality and gifts and keep case records "
                        "without personal data."
                    ),
                },
                {
                    "kk": (
                        "Өз кәсіби дамуын жоспарлап, супервизияны пайдалану және күйіп "
                        "қалудың алғашқы белгілерін тану."
                    ),
                    "ru": (
                        "Планировать своё профессиональное развитие, пользоваться супервизией "
                        "и распознавать ранние признаки выгорания."
                    ),
                    "en": (
                        "Plan your own professional development, use supervision and recognise "
                        "early signs of burnout."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Құпиялылық іс жүзінде</h3>"
                            "<p>«Медиация туралы» Заң бойынша құпиялылық — медиация "
                            "қағидаттарының бірі: рәсім барысында айтылған нәрсе тараптардың "
                            "келісімінсіз басқаларға берілмейді. Ауылда немесе шағын қалада "
                            "қауіп көбіне ресми ақпарат таралуынан емес, күнделікті әңгімеден "
                            "туады: тойда, базарда, отбасылық чатта, жұма намазынан кейін. "
                            "Абайсыз айтылған бір сөйлем дауды қайта тұтатып, аудандағы барлық "
                            "медиаторларға деген сенімді жоюы мүмкін.</p>"
                            "<ul>"
                            "<li>Алғашқы кездесуде не құпия болатынын және сыртқа не "
                            "айтылатынын түсіндіріңіз, мысалы, тек келісімге қол жеткізілгені "
                            "туралы дерек.</li>"
                            "<li>Тарап жеке кездесуде айтқан сөз, ол рұқсат бермейінше, сізде "
                            "қалады. Тікелей сұраңыз: «Екінші тарапқа осының қайсысын айтуыма "
                            "болады?»</li>"
                            "<li>Істерді үйде, жиындарда немесе көпшілік орында телефонмен "
                            "талқыламаңыз, аты-жөнсіз болса да әлеуметтік желіге жазбаңыз: "
                            "ауылда бәрі бұл оқиғаны бірден таниды.</li>"
                            "<li>Әкім, полиция қызметкері, журналист немесе бірлестік жетекшісі "
                            "«Олар не деді?» деп сұраса, тараптар жария етуге келіскен нәрсені "
                            "ғана айтыңыз.</li>"
                            "<li>Шектеулерді басында түсіндіріңіз: біреудің өміріне не "
                            "денсаулығына қауіп төнгенін немесе бала қауіпте екенін білсеңіз, "
                            "оны жасыра алмайсыз. Мұндай жағдайдағы ұйымыңыздың тәртібін алдын "
                            "ала біліп алыңыз.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Конфиденциальность на практике</h3>"
                            "<p>По Закону «О медиации» конфиденциальность — один из принципов "
                            "медиации: сказанное в ходе процедуры не передаётся другим без "
                            "согласия сторон. В селе или небольшом городе главный риск — редко "
                            "официальная утечка. Чаще это обычные разговоры: на тое, на базаре, "
                            "в семейном чате, после пятничной молитвы. Одна неосторожная фраза "
                            "может заново разжечь конфликт и подорвать доверие ко всем "
                            "медиаторам района.</p>"
                            "<ul>"
                            "<li>На первой встрече объясните, что останется конфиденциальным и "
                            "что будет сообщено вовне, например только сам факт достижения "
                            "соглашения.</li>"
                            "<li>Сказанное стороной на отдельной встрече остаётся у вас, пока "
                            "она не разрешит это передать. Спросите прямо: «Что из этого я могу "
                            "сказать другой стороне?»</li>"
                            "<li>Не обсуждайте дела дома, на застольях или по телефону в людных "
                            "местах и не пишите о них в соцсетях даже без имён: в селе все сразу "
                            "узнают историю.</li>"
                            "<li>Когда аким, сотрудник полиции, журналист или руководитель "
                            "объединения спрашивает «Что они сказали?», сообщайте только то, что "
                            "стороны согласились сделать публичным.</li>"
                            "<li>Объясните границы в самом начале: если вы узнаёте об угрозе "
                            "чьей-то жизни или здоровью либо о том, что ребёнок в опасности, вы "
                            "не можете это скрывать. Заранее узнайте порядок действий своей "
                            "организации в таких случаях.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Confidentiality in practice</h3>"
                            "<p>Under the Law 'On Mediation', confidentiality is one of the "
                            "principles of mediation: what is said during the procedure is not "
                            "passed on without the parties' consent. In a village or a small "
                            "town the main risk is rarely a formal leak. More often it is "
                            "everyday talk: at a toi, at the bazaar, in a family chat, after "
                            "Friday prayers. One careless sentence can reignite the conflict "
                            "and destroy trust in every mediator in the district.</p>"
                            "<ul>"
                            "<li>At the first meeting, explain what will stay confidential and "
                            "what will be shared outside, for example only the fact that an "
                            "agreement was reached.</li>"
                            "<li>What a party tells you in a separate meeting stays with you "
                            "until they allow you to pass it on. Ask directly: 'Which of this may "
                            "I tell the other side?'</li>"
                            "<li>Do not discuss cases at home, at gatherings or on the phone in "
                            "crowded places, and do not post about them even without names: in "
                            "a village everyone recognises the story at once.</li>"
                            "<li>When an akim, a police officer, a journalist or an association "
                            "leader asks 'What did they say?', share only what the parties "
                            "agreed to make public.</li>"
                            "<li>Explain the limits at the very start: if you learn of a threat "
                            "to someone's life or health, or that a child is in danger, you "
                            "cannot keep it secret. Find out your organisation's procedure for "
                            "such cases in advance.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Өз құзыретіңіз туралы шындықты айту</h3>"
                            "<p>Не істей алатыныңызды және не істей алмайтыныңызды ашық "
                            "айтыңыз. Этномедиатор тараптарға сөйлесуге және келісуге "
                            "көмектеседі; ол судья да, заңгер де, жерге орналастырушы да емес. "
                            "Егер дау жер учаскесінің шекарасына, құқық белгілейтін құжаттарға "
                            "немесе ықтимал қылмысқа байланысты болса, тараптарға маман керек "
                            "екенін айтыңыз және бір тарапқа заң кеңесін бермеңіз. Ешқашан "
                            "нәтижеге уәде бермеңіз («әкімдік жерді сізге міндетті түрде "
                            "береді»). Іс тәжірибеңізден асып кетсе, мысалы, зорлық-зомбылыққа "
                            "қатысты болса немесе бірнеше ауылды қамтыса, бірлескен медиатор "
                            "сұраңыз немесе істі тәжірибелірек әріптесіңізге беріңіз.</p>"
                            "<h3>Тараптарға қысым жасамау</h3>"
                            "<p>Медиация — ерікті, шешімді тараптар қабылдайды. Қысым көбіне "
                            "жақсы ниеттен туады және былай естіледі: «Ақсақалдар шешіп қойды», "
                            "«Бүкіл ауылды масқара қыласыз», «Әкім бүгін қол қойылуын күтіп "
                            "отыр». Қысыммен қол қойылған келісім алғашқы мүмкіндікте бұзылады. "
                            "Тараптарға ойлануға және отбасымен немесе заңгермен кеңесуге уақыт "
                            "беріңіз, келісімнің әр жолын өз тілінде түсінгеніне көз жеткізіңіз "
                            "және рәсімнің кез келген кезеңінде одан шығуға болатынын еске "
                            "салыңыз.</p>"
                            "<h3>Сыйлықтар мен қонақжайлық</h3>"
                            "<p>Қонақжайлық — мәдениетіміздің бөлігі: үйге барғанда ұсынылған "
                            "шай, нан, дастарқан басындағы орын пара емес, одан бас тарту "
                            "ренжітуі мүмкін. Ал ақша, қымбат сыйлық, қызмет немесе көмек "
                            "уәдесі — басқа нәрсе, әсіресе іс басталғанға дейін немесе жүріп "
                            "жатқанда. Қарапайым ереже: екінші тараптың көзінше алуға "
                            "ұялмайтын нәрсені ғана алыңыз. Тарап қоймай қолқаласа, алғыс "
                            "айтып, жұмысыңыз екі тарап сізге сенгенде ғана мүмкін екенін "
                            "түсіндіріңіз. Іс аяқталғаннан кейін ұйымыңыздың ережесін "
                            "ұстаныңыз және ұсынылған кез келген сыйлық туралы үйлестірушіге "
                            "хабарлаңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Честно о своей компетентности</h3>"
                            "<p>Прямо говорите, что вы можете и чего не можете. Этномедиатор "
                            "помогает сторонам говорить и договариваться; он не судья, не юрист "
                            "и не землеустроитель. Если спор касается границ земельного участка, "
                            "правоустанавливающих документов или возможного преступления, "
                            "скажите сторонам, что им нужен специалист, и не давайте "
                            "юридических советов одной стороне. Никогда не обещайте результат "
                            "(«акимат обязательно выделит вам участок»). Если дело выходит за "
                            "пределы вашего опыта, например связано с насилием или затрагивает "
                            "несколько сёл, попросите комедиатора или передайте дело более "
                            "опытному коллеге.</p>"
                            "<h3>Никакого давления на стороны</h3>"
                            "<p>Медиация добровольна, и решение принимают стороны. Давление "
                            "часто исходит из добрых побуждений и звучит так: «Аксакалы уже всё "
                            "решили», «Вы опозорите всё село», «Аким ждёт подписи сегодня». "
                            "Соглашение, подписанное под давлением, нарушают при первой "
                            "возможности. Дайте сторонам время подумать и посоветоваться с "
                            "семьёй или юристом, убедитесь, что они понимают каждую строку "
                            "соглашения на своём языке, и напомните, что из процедуры можно "
                            "выйти на любом этапе.</p>"
                            "<h3>Подарки и гостеприимство</h3>"
                            "<p>Гостеприимство — часть нашей культуры: чай, хлеб и место за "
                            "дастарханом во время визита — не взятка, а отказ может обидеть. "
                            "Деньги, ценные подарки, услуги и обещания помощи — другое дело, "
                            "особенно до начала или во время работы по делу. Простое правило: "
                            "принимайте только то, что не постеснялись бы принять на глазах у "
                            "другой стороны. Если сторона настаивает, поблагодарите и объясните, "
                            "что ваша работа возможна, только пока вам доверяют обе стороны. "
                            "После завершения дела следуйте правилам своей организации и "
                            "сообщайте координатору о любом предложенном подарке.</p>"
                        ),
                        "en": (
                            "<h3>Honesty about your competence</h3>"
                            "<p>Say plainly what you can and cannot do. An ethnomediator helps "
                            "the parties talk and agree; you are not a judge, a lawyer or a "
                            "land surveyor. If the dispute turns on the boundaries of a land "
                            "plot, title documents or a possible crime, tell the parties that "
                            "they need a specialist, and do not give legal advice to one side. "
                            "Never promise an outcome ('the akimat will certainly give you the "
                            "plot'). If a case goes beyond your experience, for example it "
                            "involves violence or several villages, ask for a co-mediator or "
                            "hand it to a more experienced colleague.</p>"
                            "<h3>No pressure on the parties</h3>"
                            "<p>Mediation is voluntary, and the parties make the decision. "
                            "Pressure is often well meant and sounds like this: 'The aksakals "
                            "have already decided', 'You will shame the whole village', 'The "
                            "akim expects a signature today'. An agreement signed under pressure "
                            "is broken at the first opportunity. Give the parties time to think "
                            "and to consult their family or a lawyer, make sure they understand "
                            "every line of the agreement in their own language, and remind them "
                            "that they may leave the procedure at any stage.</p>"
                            "<h3>Gifts and hospitality</h3>"
                            "<p>Hospitality is part of our culture: tea, bread and a place at "
                            "the dastarkhan during a visit are not a bribe, and refusing them "
                            "can offend. Money, valuable gifts, services and promises of favours "
                            "are a different matter, especially before or during a case. A "
                            "simple rule: accept only what you would not be embarrassed to "
                            "accept in front of the other party. If a party insists, thank them "
                            "and explain that your work is possible only while both sides trust "
                            "you. After the case, follow your organisation's rules and tell your "
                            "coordinator about any gift offered.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Дербес деректерсіз жазбалар</h3>"
                            "<p>Ұйымыңызға есеп керек: қанша іс, қандай түрі, нәтижесі қандай. "
                            "Мұндай есепке дербес деректер қажет емес, ал «Дербес деректер және "
                            "оларды қорғау туралы» Заң оларға мұқият қарауды талап етеді. "
                            "Күнін, ауданын, дау түрін (жер, су, көршілер, мектеп, әлеуметтік "
                            "желі), қатысушылар санын, рәсімнің қай кезеңге жеткенін, нәтижесін "
                            "және кейінгі қадамдарды жазыңыз. Аты-жөнді, ЖСН-ді, мекенжайды, "
                            "телефон нөмірлерін жазбаңыз; даудың этносаралық сипатын жеке "
                            "адамдардың ұлты арқылы емес, жалпы сөзбен («екі қауым») "
                            "сипаттаңыз. Жұмыс жазбаларын бөлек әрі қауіпсіз сақтаңыз, іс "
                            "жабылғаннан кейін ұйымыңыздың ережесіне сай жобаларын жойыңыз және "
                            "қол қойылған келісімнің суретін мессенджер арқылы "
                            "жібермеңіз.</p>"
                            "<h3>Үздіксіз даму, супервизия және әріптестер қолдауы</h3>"
                            "<p>Тәжірибесіз дағды әлсірейді. Келіссөз жүргізуші-этномедиатор "
                            "куәлігі біліктілікті арттыру сағаттары арқылы жаңартылып отырады; "
                            "қазіргі талапты өз профиліңізден тексеріңіз. Ресми сағаттардан "
                            "бөлек, күрделі істерді супервизормен немесе тәжірибелі медиатормен "
                            "талқылаңыз, медиация кабинетінде әріптестеріңізбен кездесіп, "
                            "істерді иесіздендірілген түрде қарастырыңыз. Супервизия — тексеру "
                            "емес, өз қателеріңіз бен алдын ала көзқарастарыңызды байқауға "
                            "арналған қауіпсіз орта.</p>"
                            "<h3>Кәсіби күйіп қалу</h3>"
                            "<p>Этномедиатор ашуды, қайғыны, қорқынышты жиі өз көршілерінен "
                            "естиді, одан кез келген уақытта көмек сұрайды. Қауіпті белгілер: "
                            "үнемі шаршау, тараптарға ашулану, «олар ешқашан өзгермейді» деген "
                            "сенімсіздік, ұйқының бұзылуы, қоңырауларға жауап бергің келмеуі. "
                            "Хабарласуға болатын уақытты белгілеңіз, бірнеше ауыр істі қатар "
                            "алмаңыз, қиын кездесуден кейін оны әріптесіңізбен талқылаңыз және "
                            "қажет болса, үзіліс сұраңыз. Қалжыраған медиатор бейтарап бола "
                            "алмайды.</p>"
                        ),
                        "ru": (
                            "<h3>Записи без персональных данных</h3>"
                            "<p>Вашей организации нужны отчёты: сколько дел, какого рода, с "
                            "каким результатом. Для таких отчётов персональные данные не нужны, "
                            "а Закон «О персональных данных и их защите» требует бережного "
                            "обращения с ними. Записывайте дату, район, вид спора (земля, вода, "
                            "соседи, школа, социальные сети), число участников, достигнутый "
                            "этап, результат и дальнейшие шаги. Не вносите имена, ИИН, адреса и "
                            "номера телефонов; межэтнический характер спора описывайте в общих "
                            "словах («две общины»), а не через национальность конкретных людей. "
                            "Рабочие записи храните отдельно и надёжно, после закрытия дела "
                            "уничтожайте черновики по правилам своей организации и не "
                            "пересылайте фотографии подписанных соглашений через "
                            "мессенджеры.</p>"
                            "<h3>Постоянное развитие, супервизия и поддержка коллег</h3>"
                            "<p>Без практики навыки слабеют. Подтверждение квалификации "
                            "переговорщика-этномедиатора продлевается за счёт регулярных часов "
                            "повышения квалификации; актуальное требование проверьте в своём "
                            "профиле. Помимо формальных часов, обсуждайте трудные дела с "
                            "супервизором или опытным медиатором и встречайтесь с коллегами в "
                            "кабинете медиации, чтобы разбирать дела в обезличенном виде. "
                            "Супервизия — не проверка, а безопасное место, где можно заметить "
                            "собственные ошибки и предубеждения.</p>"
                            "<h3>Выгорание</h3>"
                            "<p>Этномедиатор слышит гнев, горе и страх, часто от собственных "
                            "соседей, и к нему обращаются за помощью в любое время. Тревожные "
                            "признаки: постоянная усталость, раздражение на стороны, цинизм "
                            "(«они никогда не изменятся»), плохой сон, желание не отвечать на "
                            "звонки. Определите часы, когда вы доступны, не берите несколько "
                            "тяжёлых дел одновременно, после трудной встречи проговорите её с "
                            "коллегой и просите перерыв, когда он нужен. Измотанный медиатор не "
                            "может оставаться нейтральным.</p>"
                        ),
                        "en": (
                            "<h3>Records without personal data</h3>"
                            "<p>Your organisation needs reports: how many cases, of what kind, "
                            "with what result. Such reports do not need personal data, and the "
                            "Law 'On Personal Data and Their Protection' requires care with it. "
                            "Record the date, district, type of dispute (land, water, "
                            "neighbours, school, social media), number of participants, stage "
                            "reached, outcome and next steps. Leave out names, IIN, addresses "
                            "and phone numbers; describe the interethnic side of the dispute in "
                            "general terms ('two communities'), not through the ethnicity of "
                            "particular people. Keep working notes separately and securely, "
                            "destroy drafts after the case is closed according to your "
                            "organisation's rules, and do not send photos of signed agreements "
                            "through messengers.</p>"
                            "<h3>Continuing development, supervision and peer support</h3>"
                            "<p>Skills weaken without practice. The negotiator-ethnomediator "
                            "credential is renewed through regular qualification upgrade hours; "
                            "check the current requirement in your profile. Beyond formal hours, "
                            "discuss difficult cases with a supervisor or an experienced "
                            "mediator, and meet colleagues at the mediation office to review "
                            "cases in anonymised form. Supervision is not an inspection: it is a "
                            "safe place to notice your own mistakes and biases.</p>"
                            "<h3>Burnout</h3>"
                            "<p>Ethnomediators hear anger, grief and fear, often from their own "
                            "neighbours, and are asked for help at any hour. Warning signs are "
                            "constant tiredness, irritation with the parties, cynicism ('they "
                            "will never change'), poor sleep and not wanting to answer calls. "
                            "Set the hours when you can be reached, do not take several hard "
                            "cases at once, talk a difficult meeting through with a colleague "
                            "afterwards, and ask for a break when you need one. An exhausted "
                            "mediator cannot stay neutral.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Қошқар, конверт және чаттағы сурет",
                            "ru": "Баран, конверт и фото в чате",
                            "en": "A ram, an envelope and a photo in the chat",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы. Алматы облысының бір аудан орталығында әр "
                                "түрлі этностық қауымнан шыққан екі отбасының базарда көрші "
                                "сауда орындары бар. Ұлдары төбелескеннен кейін сауда орнының "
                                "шекарасы туралы дау интернеттегі қорлауға ұласты. Қоғамдық "
                                "медиатор Бақыт бірлескен медиатормен бірге оларға шекара мен "
                                "өзара кешірім туралы келісуге көмектесті.</p>"
                                "<p>Құрбан айт қарсаңында бір отбасының әкесі Бақытқа қошқар "
                                "мен «жанармайға» деп конверт әкеледі. Сол күні жергілікті "
                                "этномәдени бірлестіктің жетекшісі қоңырау шалып, «есеп үшін» "
                                "отбасылардың бір-бірі туралы нақты не айтқанын сұрайды. Кейін "
                                "Бақыт бірлескен медиатордың қол қойылған келісімнің суретін "
                                "аты-жөндер мен қолдар көрініп тұрған күйі медиаторлардың ортақ "
                                "чатына салғанын байқайды.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример. В одном районном центре Алматинской "
                                "области у двух семей из разных этнических общин соседние "
                                "торговые места на базаре. После драки их сыновей спор о "
                                "границах мест перерос в оскорбления в интернете. Общественный "
                                "медиатор Бахыт вместе с комедиатором помог семьям договориться "
                                "о границах и о взаимных извинениях.</p>"
                                "<p>Накануне Курбан айта отец одной из семей привозит Бахыту "
                                "барана и конверт «на бензин». В тот же день руководитель "
                                "местного этнокультурного объединения звонит и спрашивает, что "
                                "именно семьи говорили друг о друге, — «для отчёта». А затем "
                                "Бахыт обнаруживает, что комедиатор выложил в общий чат "
                                "медиаторов фото подписанного соглашения, на котором видны имена "
                                "и подписи.</p>"
                            ),
                            "en": (
                                "<p>This is a training example. In a district town in Almaty "
                                "region, two families from different ethnic communities have "
                                "neighbouring stalls at the bazaar. After their sons had a "
                                "fight, a quarrel over the stall boundary turned into insults "
                                "online. Public mediator Bakhyt and a co-mediator helped the "
                                "families agree on the boundary and on mutual apologies.</p>"
                                "<p>On the eve of Kurban Ait, the father of one family brings "
                                "Bakhyt a ram and an envelope 'for petrol'. The same day, the "
                                "head of a local ethnocultural association phones and asks what "
                                "exactly the families said about each other, 'for a report'. "
                                "Then Bakhyt discovers that his co-mediator has posted a photo "
                                "of the signed agreement, with names and signatures visible, in "
                                "a mediators' group chat.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Бақыт отбасын ренжітпей, қошқар мен конвертке қалай жауап "
                                    "беруі керек?"
                                ),
                                "ru": "Как Бахыту ответить на барана и конверт, не обидев семью?",
                                "en": (
                                    "How should Bakhyt respond to the ram and the envelope "
                                    "without offending the family?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бірлестік жетекшісіне ол не айта алады және не құпия "
                                    "қалуы тиіс?"
                                ),
                                "ru": (
                                    "Что он может сообщить руководителю объединения, а что "
                                    "должно остаться конфиденциальным?"
                                ),
                                "en": (
                                    "What may he tell the head of the association, and what "
                                    "must stay confidential?"
                                ),
                            },
                            {
                                "kk": (
                                    "Чаттағы суретке қатысты қазір не істеу керек және "
                                    "болашақта мұның алдын алу үшін қандай ереже қажет?"
                                ),
                                "ru": (
                                    "Что нужно сделать с фото в чате сейчас и какое правило "
                                    "предотвратит такое в будущем?"
                                ),
                                "en": (
                                    "What should be done about the photo in the chat now, and "
                                    "what rule would prevent this in future?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бақыт осы жағдайлардың қайсысын супервизияда талқылауы "
                                    "керек және неге?"
                                ),
                                "ru": (
                                    "Какие из этих ситуаций Бахыту стоит вынести на "
                                    "супервизию и почему?"
                                ),
                                "en": (
                                    "Which of these situations should Bakhyt bring to "
                                    "supervision, and why?"
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
                                "Осы сабақтағы стандарттардың қайсысын өз ортаңызда сақтау сізге "
                                "ең қиын болады: құпиялылық, сыйлықтан бас тарту, тараптарға "
                                "қысым жасамау ма, әлде өзіңізді күйіп қалудан қорғау ма? Ол "
                                "сынға түсуі мүмкін жағдайды сипаттап, алдағы айда жасайтын бір "
                                "нақты қадамыңызды жазыңыз."
                            ),
                            "ru": (
                                "Какой стандарт из этого занятия вам будет труднее всего "
                                "соблюдать в своём окружении: конфиденциальность, отказ от "
                                "подарков, отсутствие давления на стороны или защиту себя от "
                                "выгорания? Опишите ситуацию, в которой он может подвергнуться "
                                "испытанию, и один конкретный шаг, который вы сделаете в "
                                "ближайший месяц."
                            ),
                            "en": (
                                "Which standard from this lesson will be hardest for you to keep "
                                "in your own community: confidentiality, declining gifts, not "
                                "pressing the parties, or protecting yourself from burnout? "
                                "Describe a situation in which it could be tested, and one "
                                "concrete step you will take in the coming month."
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
                                    "kk": "Құпиялылық",
                                    "ru": "Конфиденциальность",
                                    "en": "Confidentiality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиация қағидаты: рәсімдегі ақпарат басында "
                                        "түсіндірілген шектеулерді ескере отырып, тараптардың "
                                        "келісімінсіз ешкімге берілмейді."
                                    ),
                                    "ru": (
                                        "Принцип медиации: сведения из процедуры не передаются "
                                        "без согласия сторон, с учётом границ, объяснённых в "
                                        "начале."
                                    ),
                                    "en": (
                                        "A principle of mediation: information from the "
                                        "procedure is not passed on without the parties' "
                                        "consent, within limits explained at the start."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Еріктілік",
                                    "ru": "Добровольность",
                                    "en": "Voluntariness",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар медиацияға өз еркімен қатысады, келісімді өз "
                                        "еркімен қабылдайды және кез келген кезеңде рәсімнен "
                                        "шыға алады."
                                    ),
                                    "ru": (
                                        "Стороны участвуют в медиации и принимают соглашение по "
                                        "своей воле и могут выйти из процедуры на любом этапе."
                                    ),
                                    "en": (
                                        "The parties take part in mediation and accept an "
                                        "agreement of their own free will, and may leave the "
                                        "procedure at any stage."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Иесіздендірілген жазба",
                                    "ru": "Обезличенная запись",
                                    "en": "Anonymised record",
                                },
                                "definition": {
                                    "kk": (
                                        "Нақты адамды анықтауға болмайтын іс жазбасы: онда "
                                        "аты-жөн, ЖСН, мекенжай және телефон нөмірі жоқ."
                                    ),
                                    "ru": (
                                        "Запись о деле, по которой нельзя установить конкретного "
                                        "человека: без имён, ИИН, адресов и номеров телефонов."
                                    ),
                                    "en": (
                                        "A case record from which no particular person can be "
                                        "identified: no names, IIN, addresses or phone numbers."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Біліктілікті арттыру",
                                    "ru": "Повышение квалификации",
                                    "en": "Qualification upgrade (CPD)",
                                },
                                "definition": {
                                    "kk": (
                                        "Сертификат алғаннан кейінгі тұрақты оқу; ол "
                                        "медиатордың дағдылары мен куәлігін өзекті күйде "
                                        "ұстайды."
                                    ),
                                    "ru": (
                                        "Регулярное обучение после сертификации, которое "
                                        "поддерживает навыки медиатора и действие его "
                                        "квалификации."
                                    ),
                                    "en": (
                                        "Regular training after certification that keeps a "
                                        "mediator's skills and credential up to date."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Супервизия",
                                    "ru": "Супервизия",
                                    "en": "Supervision",
                                },
                                "definition": {
                                    "kk": (
                                        "Тәжірибені жетілдіру, қателер мен алдын ала "
                                        "көзқарастарды байқау үшін өз істерін тәжірибелі "
                                        "әріптеспен құпия талқылау."
                                    ),
                                    "ru": (
                                        "Конфиденциальное обсуждение своих дел с опытным "
                                        "коллегой, чтобы улучшать практику и замечать ошибки и "
                                        "предубеждения."
                                    ),
                                    "en": (
                                        "A confidential discussion of your cases with an "
                                        "experienced colleague to improve your practice and "
                                        "notice mistakes and biases."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кәсіби күйіп қалу",
                                    "ru": "Профессиональное выгорание",
                                    "en": "Burnout",
                                },
                                "definition": {
                                    "kk": (
                                        "Жанжалдармен ұзақ жұмыс істеуден болатын эмоциялық "
                                        "және физикалық қалжырау; ол медиатордың бейтараптығын "
                                        "әлсіретеді."
                                    ),
                                    "ru": (
                                        "Эмоциональное и физическое истощение от долгой работы "
                                        "с конфликтами, которое подрывает нейтральность "
                                        "медиатора."
                                    ),
                                    "en": (
                                        "Emotional and physical exhaustion from long work with "
                                        "conflicts, which undermines a mediator's neutrality."
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
