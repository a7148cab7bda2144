"""Module 5 of the negotiator-ethnomediator course: negotiation, multi-party and crisis talks."""

MODULE = {
    "slug": "negotiation",
    "title": {
        "kk": "Келіссөз: мүдделер мен ұстанымдар, баламалар, көпжақты және дағдарыстық келіссөз",
        "ru": (
            "Переговоры: интересы и позиции, альтернативы, многосторонние и кризисные переговоры"
        ),
        "en": (
            "Negotiation: interests and positions, alternatives, multi-party and crisis negotiation"
        ),
    },
    "summary": {
        "kk": (
            "Тараптарды ұстанымнан мүддеге қалай бұру, баламаларды қалай бағалау және тараптар "
            "көп болғанда немесе жұрт жиналғанда жағдайды қалай бақылауда ұстау туралы модуль."
        ),
        "ru": (
            "Как переводить стороны от позиций к интересам, взвешивать альтернативы и сохранять "
            "управляемость ситуации, когда сторон много или собралась толпа."
        ),
        "en": (
            "How to move parties from positions to interests, weigh alternatives, and keep "
            "control of the situation when many parties are involved or a crowd has gathered."
        ),
    },
    "academic_hours": 12,
    "learning_outcomes": [
        {
            "kk": (
                "Қағидатты келіссөздің төрт ережесін тұрмыстық және этносаралық дауларда қолдану."
            ),
            "ru": (
                "Применять четыре правила принципиальных переговоров в бытовых и межэтнических "
                "спорах."
            ),
            "en": (
                "Apply the four rules of principled negotiation to everyday and interethnic "
                "disputes."
            ),
        },
        {
            "kk": (
                "Келісімнің берік болатын-болмайтынын бағалау үшін BATNA мен кету нүктесін "
                "пайдалану."
            ),
            "ru": "Использовать НАОС и точку отказа, чтобы оценить, будет ли соглашение прочным.",
            "en": "Use BATNA and the reservation point to judge whether an agreement will last.",
        },
        {
            "kk": (
                "Көпжақты келіссөзді ұйымдастыру: өкілдердің өкілеттігі, күн тәртібі, коалициялар."
            ),
            "ru": (
                "Организовывать многосторонние переговоры: полномочия представителей, повестка, "
                "коалиции."
            ),
            "en": (
                "Organise a multi-party negotiation: representatives' mandates, the agenda, "
                "coalitions."
            ),
        },
        {
            "kk": (
                "Шиеленісті жағдайда полициямен және әкімдікпен бірге қауіпсіз әрекет етіп, дауды "
                "ресми медиацияға беру."
            ),
            "ru": (
                "Безопасно действовать в острой ситуации вместе с полицией и акиматом и "
                "передавать спор в формальную медиацию."
            ),
            "en": (
                "Act safely in an acute situation together with the police and the akimat, and "
                "hand the dispute over to formal mediation."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "interests-and-alternatives",
            "title": {
                "kk": "Мүдделер мен баламалар",
                "ru": "Интересы и альтернативы",
                "en": "Interests and alternatives",
            },
            "summary": {
                "kk": (
                    "Қағидатты келіссөз, BATNA мен кету нүктесі және ортақ суару арығы туралы дау "
                    "мысалында нұсқаларды қадам-қадаммен іздеу."
                ),
                "ru": (
                    "Принципиальные переговоры, НАОС и точка отказа, пошаговый поиск вариантов на "
                    "примере спора об общем оросительном канале."
                ),
                "en": (
                    "Principled negotiation, BATNA and the reservation point, and step-by-step "
                    "generation of options, with a worked example about a shared irrigation canal."
                ),
            },
            "academic_hours": 6,
            "learning_outcomes": [
                {
                    "kk": "Ұстанымды мүддеден ажыратып, мүддені ашатын сұрақтар қою.",
                    "ru": (
                        "Отличать позиции от интересов и задавать вопросы, раскрывающие интересы."
                    ),
                    "en": (
                        "Tell positions from interests and ask questions that bring interests to "
                        "light."
                    ),
                },
                {
                    "kk": "Әр тарапқа өз BATNA-сы мен кету нүктесін шынайы бағалауға көмектесу.",
                    "ru": "Помогать каждой стороне реалистично оценить свою НАОС и точку отказа.",
                    "en": "Help each party assess its BATNA and reservation point realistically.",
                },
                {
                    "kk": (
                        "Нұсқаларды жүйелі түрде іздестіруді жүргізіп, оларды объективті "
                        "өлшемдермен тексеру."
                    ),
                    "ru": (
                        "Проводить структурированный поиск вариантов и проверять их объективными "
                        "критериями."
                    ),
                    "en": (
                        "Lead a structured search for options and test them against objective "
                        "criteria."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қағидатты келіссөз: төрт ереже</h3><p>Этномедиаторға келетін "
                            "даулардың көбі <strong>ұстанымдардың</strong> қақтығысы түрінде "
                            "көрінеді: «базардағы бұл орын менікі», «су алдымен біздің көшеге "
                            "келуі керек», «мектептегі концерт тек біздің күнімізде өтуі тиіс». "
                            "Ұстаным — тараптың талап ететін нәрсесі. <strong>Мүдде</strong> — "
                            "оның неге мұны талап ететіні: табыс, қауіпсіздік, құрмет, мойындалу, "
                            "өз қауымының алдында беделін түсіріп алудан қорқу. Ұстанымдар әдетте "
                            "бірін-бірі жоққа шығарады, ал мүдделер көбіне үйлесе "
                            "алады.</p><p>Гарвард келіссөз жобасында әзірленген қағидатты "
                            "келіссөз әдісі төрт ережеге сүйенеді:</p><ol><li><strong>Адамды "
                            "мәселеден бөліп қараңыз.</strong> Екінші тарапты мәселенің өзі емес, "
                            "ортақ мәселені бірге шешетін серіктес ретінде қабылдаңыз. "
                            "Этномедиацияда бұл ереженің маңызы екі есе: екі көршінің ренжісі екі "
                            "халықтың араздығына айналмауы керек. Қоршау, су немесе шу туралы "
                            "айтыңыз, бірақ ешқашан «олар» туралы "
                            "айтпаңыз.</li><li><strong>Ұстанымға емес, мүддеге назар "
                            "аударыңыз.</strong> «Бұл сіз үшін неге маңызды?», «Сізді ең көп не "
                            "алаңдатады?», «Келісу үшін сізге не қажет?» деп сұраңыз. Көршінің "
                            "дәмханасын кешкі сағат онда жабуды талап етудің астарында иесіне "
                            "деген өшпенділік емес, таңертеңгі ерте ауысым алдында ұйықтап алу "
                            "тілегі жатуы мүмкін.</li><li><strong>Өзара тиімді нұсқаларды ойлап "
                            "табыңыз.</strong> Шешім қабылдамас бұрын таңдауды кеңейтіңіз. Екі "
                            "нұсқа келіссөзді арқан тартысқа айналдырады, ал сегіз-он нұсқа "
                            "тараптарға олардың бөліктерін біріктіруге мүмкіндік "
                            "береді.</li><li><strong>Объективті өлшемдерді талап етіңіз.</strong> "
                            "Ешбір тарап өз қалауынша өзгерте алмайтын өлшемдерге келісіңіз: жер "
                            "учаскесінің жоспары, ауылдық округте бекітілген суару кестесі, "
                            "базардағы жалға беру ережелері, санитариялық нормалар, ауылдың "
                            "қалыптасқан дәстүрі. Өлшем тарапқа жеңіліп қалғандай көрінбей "
                            "келісуге мүмкіндік береді.</li></ol><p>Мүдделер материалдық (ақша, "
                            "жер, су), рәсімдік (тыңдалу, сөз кезегінің әділ тәртібі) және "
                            "психологиялық (құрмет, қадір-қасиет, бір қауымға тиесілілік) болады. "
                            "Этномедиацияда көбіне психологиялық мүдделер шешуші рөл атқарады: өз "
                            "халқы қорланды деп санайтын адам қорлау мойындалмайынша ең жомарт "
                            "ұсынысты да қабылдамайды.</p>"
                        ),
                        "ru": (
                            "<h3>Принципиальные переговоры: четыре правила</h3><p>Большинство "
                            "споров приходит к этномедиатору как столкновение "
                            "<strong>позиций</strong>: «это место на рынке моё», «вода должна "
                            "сначала идти на нашу улицу», «школьный концерт надо проводить только "
                            "в наш день». Позиция — это то, чего сторона требует. "
                            "<strong>Интерес</strong> — это то, почему она этого требует: доход, "
                            "безопасность, уважение, признание, страх потерять лицо перед своей "
                            "общиной. Позиции обычно исключают друг друга, интересы — нередко "
                            "нет.</p><p>Принципиальные переговоры — метод, разработанный в "
                            "Гарвардском переговорном проекте, — опираются на четыре "
                            "правила:</p><ol><li><strong>Отделяйте людей от проблемы.</strong> "
                            "Относитесь к другой стороне как к партнёру, который вместе с вами "
                            "решает общую задачу, а не как к самой проблеме. В этномедиации это "
                            "правило важно вдвойне: ссора двух соседей не должна превратиться в "
                            "ссору двух народов. Говорите о заборе, воде или шуме, но никогда о "
                            "«них».</li><li><strong>Сосредоточьтесь на интересах, а не на "
                            "позициях.</strong> Спрашивайте: «Почему это для вас важно?», «Что "
                            "вас больше всего беспокоит?», «Что вам нужно, чтобы согласиться?» За "
                            "требованием закрывать соседнее кафе в десять вечера может стоять "
                            "желание выспаться перед ранней сменой, а вовсе не неприязнь к "
                            "владельцу.</li><li><strong>Придумывайте взаимовыгодные "
                            "варианты.</strong> Расширьте выбор, прежде чем принимать решение. "
                            "Два варианта превращают переговоры в перетягивание каната; восемь "
                            "или десять позволяют сторонам комбинировать их "
                            "части.</li><li><strong>Настаивайте на объективных "
                            "критериях.</strong> Договоритесь о мерках, которые не может по "
                            "своему желанию изменить ни одна из сторон: план земельного участка, "
                            "график полива, утверждённый в сельском округе, правила аренды на "
                            "рынке, санитарные нормы, сложившийся обычай села. Критерий позволяет "
                            "стороне согласиться и не выглядеть уступившей.</li></ol><p>Интересы "
                            "бывают материальными (деньги, земля, вода), процедурными (быть "
                            "выслушанным, справедливый порядок выступлений) и психологическими "
                            "(уважение, достоинство, принадлежность к общине). В этномедиации "
                            "решающими часто оказываются именно психологические: человек, который "
                            "считает, что оскорбили его народ, не примет даже щедрого "
                            "предложения, пока оскорбление не будет признано.</p>"
                        ),
                        "en": (
                            "<h3>Principled negotiation: four rules</h3><p>Most disputes reach an "
                            'ethnomediator as a clash of <strong>positions</strong>: "this stall '
                            'is mine", "the water must come to our street first", "the school '
                            'concert should be held only on our day". A position is what a party '
                            "demands. An <strong>interest</strong> is why it demands it: income, "
                            "safety, respect, recognition, the fear of losing face before its own "
                            "community. Positions usually exclude each other; interests often do "
                            "not.</p><p>Principled negotiation, the method developed at the "
                            "Harvard Negotiation Project, rests on four "
                            "rules:</p><ol><li><strong>Separate the people from the "
                            "problem.</strong> Treat the other side as a partner working on a "
                            "shared problem, not as the problem itself. In ethnomediation this "
                            "rule matters twice over: a quarrel between two neighbours must not "
                            "turn into a quarrel between two peoples. Talk about the fence, the "
                            'water or the noise, never about "them".</li><li><strong>Focus on '
                            'interests, not positions.</strong> Ask: "Why is this important to '
                            'you?", "What worries you most?", "What would you need in order '
                            "to agree?\" Behind a demand to close a neighbour's café at ten in "
                            "the evening there may be a wish to sleep before an early shift, not "
                            "hostility towards the owner.</li><li><strong>Invent options for "
                            "mutual gain.</strong> Widen the choice before deciding. Two options "
                            "turn the talks into a tug of war; eight or ten allow the parties to "
                            "combine parts of them.</li><li><strong>Insist on objective "
                            "criteria.</strong> Agree on standards that neither side can change "
                            "at will: the land plot plan, the watering schedule approved in the "
                            "rural district, the market's rental rules, sanitary norms, the "
                            "settled custom of the village. A criterion lets a party agree "
                            "without looking as if it gave in.</li></ol><p>Interests can be "
                            "material (money, land, water), procedural (being heard, a fair order "
                            "of speaking) or psychological (respect, dignity, belonging to a "
                            "community). In ethnomediation the psychological ones are often "
                            "decisive: a man who feels that his people were insulted will not "
                            "accept even a generous offer until the insult is acknowledged.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Баламалар: BATNA және кету нүктесі</h3><p>Әр тарап ұсынылған "
                            "келісімді келісім болмаған жағдайда не болатынымен іштей "
                            "салыстырады. <strong>BATNA</strong> (келісілген шешімнің ең жақсы "
                            "баламасы) — тараптың екінші тарапсыз-ақ қолынан келетін ең жақсы "
                            "шынайы әрекет жолы: сотқа жүгіну, әкімдікке шағымдану, учаскені "
                            "сату, келесі маусымды күту. <strong>Кету нүктесі</strong> — тарап "
                            "әлі де келісетін ең тиімсіз шарттар; одан төмен болса, тарап "
                            "келіссөзден шығады. Парасатты тарап кету нүктесін өз BATNA-сына "
                            "қарап белгілейді.</p><p>Бұл келіссөз жүргізуші-этномедиатор үшін "
                            "неге маңызды:</p><ul><li>Адамдар өз баламаларын жиі асыра бағалайды. "
                            "«Сот бәрін бізге береді» немесе «әкім бізді қолдайды» деген ой — жиі "
                            "кездесетін елес. Жеке әңгімеде жұмсақ түрде шындықпен салыстыру "
                            "көмектеседі: «Сотқа барсаңыз, қанша уақыт кетеді? Қаншаға түседі? "
                            "Осы уақыт бойы көршілеріңізбен қатар қалай "
                            "тұрасыз?»</li><li>Баламасы әлсіз тарап өзін тығырыққа тірелгендей "
                            "сезініп, кейін өзі бұзатын құжатқа қол қоюы мүмкін. Келісім әр тарап "
                            "оны өз BATNA-сынан жақсы деп есептегенде ғана берік "
                            "болады.</li><li>Тараптардың кету нүктелері қиылысатын жерде "
                            "<em>ықтимал келісім аймағы</em> жатыр. Сіздің міндетіңіз — "
                            "тараптарға соны табуға көмектесу, оларды әділ нәтиже туралы өз "
                            "түсінігіңізге қарай тарту емес.</li></ul><p>Екі мызғымас ереже бар: "
                            "баламаларды ешқашан қорқыту құралы ретінде қолданбаңыз "
                            "(«келіспесеңіз, сізбен полиция айналысады») және бір тараптың кету "
                            "нүктесін екінші тарапқа ешқашан ашпаңыз. Тараптың сізге оңаша "
                            "айтқаны, ол өзі рұқсат бермейінше, басқаларға жеткізілмейді.</p>"
                        ),
                        "ru": (
                            "<h3>Альтернативы: НАОС и точка отказа</h3><p>Каждая сторона про себя "
                            "сравнивает предлагаемое соглашение с тем, что будет, если соглашения "
                            "не будет. <strong>НАОС</strong> (наилучшая альтернатива обсуждаемому "
                            "соглашению, по-английски BATNA) — это лучший реалистичный способ "
                            "действий, который есть у стороны без участия другой: обратиться в "
                            "суд, пожаловаться в акимат, продать участок, подождать следующего "
                            "сезона. <strong>Точка отказа</strong> — наименее выгодные условия, "
                            "на которые сторона ещё согласится; ниже неё сторона выходит из "
                            "переговоров. Разумная сторона определяет точку отказа, глядя на свою "
                            "НАОС.</p><p>Почему это важно для "
                            "переговорщика-этномедиатора:</p><ul><li>Люди часто переоценивают "
                            "свои альтернативы. «Суд присудит нам всё» или «аким нас поддержит» — "
                            "распространённые иллюзии. Помогает мягкая проверка реальностью в "
                            "личной беседе: «Если вы пойдёте в суд, сколько времени это займёт? "
                            "Во что обойдётся? Как вы будете жить рядом с соседями всё это "
                            "время?»</li><li>Сторона со слабой альтернативой может почувствовать "
                            "себя загнанной в угол и подписать то, что потом сама нарушит. "
                            "Соглашение долговечно, только если каждая сторона считает его лучше "
                            "своей НАОС.</li><li>Там, где точки отказа сторон пересекаются, лежит "
                            "<em>зона возможного соглашения</em>. Ваша задача — помочь сторонам "
                            "найти её, а не тянуть их к вашему собственному представлению о "
                            "справедливом итоге.</li></ul><p>Два твёрдых правила: никогда не "
                            "используйте альтернативы как угрозу («не согласитесь — с вами "
                            "разберётся полиция») и никогда не раскрывайте точку отказа одной "
                            "стороны другой. То, что сторона сказала вам наедине, не передаётся "
                            "другим без её разрешения.</p>"
                        ),
                        "en": (
                            "<h3>Alternatives: BATNA and the reservation point</h3><p>Every party "
                            "quietly compares a proposed agreement with what will happen if there "
                            "is no agreement. The <strong>BATNA</strong> (best alternative to a "
                            "negotiated agreement) is the best realistic course of action a party "
                            "has without the other side: going to court, complaining to the "
                            "akimat, selling the plot, waiting for the next season. The "
                            "<strong>reservation point</strong> is the least favourable deal a "
                            "party will still accept; below it, the party walks away. A sensible "
                            "party sets its reservation point by looking at its BATNA.</p><p>Why "
                            "this matters to a negotiator-ethnomediator:</p><ul><li>People often "
                            'overestimate their alternatives. "The court will give us '
                            'everything" or "the akim will support us" are common illusions. A '
                            'gentle reality check in a private conversation helps: "If you go to '
                            "court, how long will it take? What will it cost? How will you live "
                            'next to your neighbours in the meantime?"</li><li>A party with a '
                            "weak alternative may feel cornered and sign something it will later "
                            "break itself. An agreement lasts only if each side sees it as better "
                            "than its own BATNA.</li><li>Where the reservation points of the "
                            "parties overlap there is a <em>zone of possible agreement</em>. Your "
                            "task is to help the parties find it, not to pull them towards your "
                            "own idea of a fair result.</li></ul><p>Two firm rules: never use "
                            'alternatives as threats ("if you do not agree, the police will deal '
                            "with you\"), and never reveal one party's reservation point to the "
                            "other. What a party tells you in private is not passed on without "
                            "its permission.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Нұсқалар іздеу: мысалды талдау</h3><p>Нұсқалар бөлек кезеңде бір "
                            "айқын ереже бойынша ізделеді: алдымен ойлап табамыз, содан кейін "
                            "бағалаймыз. Қадам-қадаммен:</p><ol><li>Әр тараптың мүдделерін "
                            "бейтарап сөздермен қысқаша тұжырымдап, бәріне көрінетін етіп "
                            "жазыңыз.</li><li>Екі тараптан да мүдделердің <em>екі</em> тізіміне "
                            "де жауап беретін нұсқаларды ұсынуды сұраңыз; бұл кезеңде ешқандай "
                            "сын айтылмайды.</li><li>Түрлендірулер қосыңыз: уақыты (сынақ "
                            "мерзімі), орны, көлемі, кезектілігі және жұмысты кім атқаратыны "
                            "бойынша.</li><li>Нұсқаларды объективті өлшемдермен тексеріп, әр "
                            "тараптың BATNA-сымен салыстырыңыз.</li><li>Ең күшті бөліктерді бір "
                            "топтамаға біріктіріп, тексеріңіз: «Бұл шешім сізге тиімді болуы үшін "
                            "не қажет?»</li></ol><p><strong>Мысалды талдау (ойдан "
                            "алынған).</strong> Түркістан облысындағы бір ауылда қазақ және өзбек "
                            "отбасылары бір суару арығының бойында тұрады. Жыл сайын жазда "
                            "арықтың жоғарғы жағындағы фермерлер мен төменгі көшедегі отбасылар "
                            "ұрсысады. Төменгі көше: «Дүйсенбі мен бейсенбі күндері шлюздеріңізді "
                            "жабыңыздар», — дейді. Жоғарыдағы фермерлер: «Арықты тазалауға біз "
                            "ақша төледік, сондықтан су алдымен біздікі», — деп жауап береді. "
                            "Келіссөз жүргізуші Әйгерім әр тараппен жеке-жеке кездеседі. Төменгі "
                            "көшеге ең ыстық апталарда үй маңындағы бақшаларына жететін су және "
                            "шлюз басындағы түнгі ұрыс-керістің тоқтауы қажет. Жоғарыдағы "
                            "фермерлерге шешуші апталарда қауын-қарбыз егістігіне су және "
                            "жұмсаған ақшаларының мойындалуы керек. Тараптар бірге нұсқалар "
                            "тізімін жасайды: су пайдаланушылар кооперативімен келісілген және "
                            "ауыл чатында жарияланған суару кезегінің кестесі; келесі жылғы "
                            "тазалауға екі көше де ақша салатын ортақ қор; шлюз басында әр "
                            "тараптан бір адамнан түнгі кезекшілік; төменгі көшеге қосымша құбыр. "
                            "Өлшем — ауылға бекітілген су көлемі. Жоғарыдағы фермерлер өз "
                            "BATNA-сы, яғни ауданға шағымдану, айларға созылатынын және артық су "
                            "бермейтінін көреді. Тараптар бір маусымға арналған сынақ келісіміне "
                            "қол қойып, қыркүйекте қайта кездесуге уағдаласады.</p><p><strong>Жиі "
                            "кездесетін қателер:</strong> не жұмыс істейтіні туралы емес, кімнің "
                            "дұрыс екені туралы дауласу; өз шешіміңізді тым ерте ұсыну; ұлт "
                            "туралы әңгіменің мүдделер туралы әңгімені ығыстыруына жол беру; бір "
                            "тарап тек қорыққандықтан немесе шаршағандықтан қабылдаған келісімді "
                            "бекіту.</p>"
                        ),
                        "ru": (
                            "<h3>Поиск вариантов: разбор примера</h3><p>Варианты ищут на "
                            "отдельном этапе по одному чёткому правилу: сначала придумываем, "
                            "потом оцениваем. Шаг за шагом:</p><ol><li>Кратко изложите интересы "
                            "каждой стороны нейтральными словами и запишите их так, чтобы всем "
                            "было видно.</li><li>Попросите обе стороны предложить варианты, "
                            "которые отвечают <em>обоим</em> спискам интересов; на этом этапе "
                            "никакой критики.</li><li>Добавьте вариации: по времени (пробный "
                            "срок), по месту, по объёму, по очерёдности, по тому, кто выполняет "
                            "работу.</li><li>Проверьте варианты объективными критериями и "
                            "сравните с НАОС каждой стороны.</li><li>Соберите самые сильные части "
                            "в один пакет и проверьте его: «Что нужно, чтобы это решение вас "
                            "устроило?»</li></ol><p><strong>Разбор примера "
                            "(вымышленного).</strong> В селе Туркестанской области казахские и "
                            "узбекские семьи живут вдоль одного оросительного канала. Каждое лето "
                            "фермеры в верхней части канала и семьи с нижней улицы ссорятся. "
                            "Нижняя улица говорит: «Закрывайте свои шлюзы по понедельникам и "
                            "четвергам». Фермеры сверху отвечают: «Мы заплатили за очистку "
                            "канала, значит, вода в первую очередь наша». Переговорщик Айгерим "
                            "встречается с каждой стороной отдельно. Нижней улице нужно "
                            "достаточно воды для огородов в самые жаркие недели и конец ночным "
                            "ссорам у шлюза. Верхним фермерам нужна вода для бахчи в решающие "
                            "недели и признание потраченных ими денег. Вместе стороны составляют "
                            "список вариантов: график очерёдности полива, согласованный с "
                            "кооперативом водопользователей и опубликованный в сельском чате; "
                            "общий фонд на очистку в следующем году, в который вносят деньги обе "
                            "улицы; ночное дежурство у шлюза по одному человеку от каждой "
                            "стороны; дополнительная труба на нижнюю улицу. Критерий — объём "
                            "воды, утверждённый для села. Верхние фермеры видят, что их НАОС, "
                            "жалоба в район, растянется на месяцы и не даст лишней воды. Стороны "
                            "подписывают соглашение на пробный сезон и договариваются встретиться "
                            "снова в сентябре.</p><p><strong>Типичные ошибки:</strong> спорить о "
                            "том, кто прав, а не о том, что сработает; слишком рано предлагать "
                            "собственное решение; позволять разговору о национальности вытеснить "
                            "разговор об интересах; закреплять соглашение, которое одна сторона "
                            "приняла только из страха или усталости.</p>"
                        ),
                        "en": (
                            "<h3>Generating options: a worked example</h3><p>Options are "
                            "generated in a separate step with one clear rule: first invent, then "
                            "evaluate. Step by step:</p><ol><li>Summarise the interests of each "
                            "side in neutral words and write them where everyone can see "
                            "them.</li><li>Ask both parties to propose options that meet "
                            "<em>both</em> lists of interests; no criticism at this "
                            "stage.</li><li>Add variations: by time (a trial period), by place, "
                            "by amount, by sequence, by who does the work.</li><li>Test the "
                            "options against objective criteria and compare them with each "
                            "party's BATNA.</li><li>Combine the strongest parts into one package "
                            'and check it: "What is needed for this to work for '
                            'you?"</li></ol><p><strong>Worked example (invented).</strong> In a '
                            "village in Turkistan region, Kazakh and Uzbek families live along "
                            "the same irrigation canal. Every summer the farmers on the upper "
                            "part of the canal and the families on the lower street quarrel. The "
                            'lower street says: "Close your sluices on Mondays and Thursdays." '
                            'The upper farmers answer: "We paid for cleaning the canal, so the '
                            'water is ours first." The negotiator, Aigerim, meets each side '
                            "separately. The lower street needs enough water for kitchen gardens "
                            "in the hottest weeks and an end to night quarrels at the sluice. The "
                            "upper farmers need water for their melon fields in the critical "
                            "weeks and recognition of the money they spent. Together the parties "
                            "list options: a rotation schedule agreed with the water users' "
                            "cooperative and posted in the village chat; a shared fund for next "
                            "year's cleaning to which both streets contribute; night duty at the "
                            "sluice by one person from each side; an extra pipe to the lower "
                            "street. The criterion is the volume of water approved for the "
                            "village. The upper farmers see that their BATNA, a complaint to the "
                            "district, would drag on for months and bring no extra water. Both "
                            "sides sign a one-season trial agreement and agree to meet again in "
                            "September.</p><p><strong>Common mistakes:</strong> arguing about who "
                            "is right instead of what will work; offering your own solution too "
                            "early; letting talk about nationality push out talk about interests; "
                            "closing an agreement that one side accepted only out of fear or "
                            "fatigue.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Базардағы орын",
                            "ru": "Место на базаре",
                            "en": "A stall at the bazaar",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Шымкенттегі жабық базар жөндеуден шыққан соң, әкімшілік сауда "
                                "орындарын қайта бөлді. Он екі жыл бойы дәмдеуіш сатып келе "
                                "жатқан Гүлнараны кіреберістен артқы есік жанындағы бұрышқа "
                                "ауыстырды. Оның бұрынғы орны бір жылдық жалдау ақысын алдын ала "
                                "төлеген кептірілген жеміс сатушы жас жігіт Рустамға тиді. "
                                "Гүлнара «Рустамның адамдары» жақсы орындарды таныс арқылы алды "
                                "дейді. Осы сөз айтылған дауыстық хабарлама саудагерлердің "
                                "WhatsApp тобына тарап, бір тәулік ішінде шамамен ұлтына қарай "
                                "бөлінген екі топ сатушы бір-бірімен амандасуды "
                                "қойды.</p><p>Гүлнара бұрынғы орнын қайтаруды талап етеді. Рустам "
                                "көнбейді және оны ауыстырса, сотқа баратынын айтады. Базар "
                                "директоры этномәдени бірлестіктің жергілікті филиалынан көмек "
                                "сұрайды, ал сізді келіссөз жүргізуші-этномедиатор ретінде "
                                "шақырады. Базар ережелері бойынша орындарды әкімшілік жазбаша "
                                "жалдау шарттары негізінде бөледі.</p>"
                            ),
                            "ru": (
                                "<p>После ремонта крытого рынка в Шымкенте администрация "
                                "перераспределила торговые места. Гульнару, которая двенадцать "
                                "лет торгует специями, перевели от входа в угол у заднего выхода. "
                                "Её прежнее место досталось Рустаму, молодому продавцу "
                                "сухофруктов, который заплатил аренду за год вперёд. Гульнара "
                                "говорит, что «люди Рустама» получили лучшие места по знакомству. "
                                "Голосовое сообщение с этим утверждением разошлось по "
                                "WhatsApp-группе торговцев, и за сутки две группы продавцов, "
                                "разделившиеся примерно по национальному признаку, перестали "
                                "здороваться друг с другом.</p><p>Гульнара требует вернуть ей "
                                "прежнее место. Рустам отказывается и говорит, что пойдёт в суд, "
                                "если его переведут. Директор рынка просит о помощи местный "
                                "филиал этнокультурного объединения, а вас приглашают как "
                                "переговорщика-этномедиатора. По правилам рынка места "
                                "распределяет администрация на основании письменных договоров "
                                "аренды.</p>"
                            ),
                            "en": (
                                "<p>After the renovation of an indoor market in Shymkent, the "
                                "administration redistributed the trading places. Gulnara, who "
                                "has sold spices for twelve years, was moved from the entrance to "
                                "a corner near the back door. Her former place went to Rustam, a "
                                "young dried-fruit trader who had paid a year's rent in advance. "
                                'Gulnara says that "Rustam\'s people" got the best places '
                                "through connections. A voice message with this claim spread "
                                "through the traders' WhatsApp group, and within a day two groups "
                                "of traders, divided roughly along ethnic lines, stopped greeting "
                                "each other.</p><p>Gulnara demands her old place back. Rustam "
                                "refuses and says he will go to court if he is moved. The market "
                                "director asks the local branch of an ethnocultural association "
                                "for help, and you are invited as a negotiator-ethnomediator. "
                                "Under the market's rules, places are allocated by the "
                                "administration on the basis of written lease agreements.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Гүлнара мен Рустамның ұстанымдарының астарында қандай "
                                    "мүдделер жатуы мүмкін? Әрқайсысы үшін кемінде екеуін, соның "
                                    "ішінде материалдық емес мүдделерді атаңыз."
                                ),
                                "ru": (
                                    "Какие интересы могут стоять за позициями Гульнары и Рустама? "
                                    "Назовите не меньше двух для каждого, включая нематериальные."
                                ),
                                "en": (
                                    "What interests might lie behind Gulnara's and Rustam's "
                                    "positions? Name at least two for each, including "
                                    "non-material ones."
                                ),
                            },
                            {
                                "kk": (
                                    "Әр тараптың BATNA-сы қандай және ол қаншалықты шынайы? Мұны "
                                    "олармен оңаша әңгімеде қалай тексерер едіңіз?"
                                ),
                                "ru": (
                                    "Какова НАОС каждой стороны и насколько она реалистична? Как "
                                    "бы вы проверили это с каждым из них наедине?"
                                ),
                                "en": (
                                    "What is each party's BATNA, and how realistic is it? How "
                                    "would you check this with each of them in private?"
                                ),
                            },
                            {
                                "kk": (
                                    "Тараптар қандай объективті өлшемдерді қолдана алады және "
                                    "өзара тиімді қандай нұсқаларды атай аласыз?"
                                ),
                                "ru": (
                                    "Какие объективные критерии могут использовать стороны и "
                                    "какие взаимовыгодные варианты вы можете назвать?"
                                ),
                                "en": (
                                    "Which objective criteria could the parties use, and what "
                                    "options for mutual gain can you list?"
                                ),
                            },
                            {
                                "kk": (
                                    "Дауды ұлтаралық дауға айналдырмай, саудагерлер чатындағы "
                                    "дауыстық хабарламаға қалай жауап берер едіңіз?"
                                ),
                                "ru": (
                                    "Как бы вы отреагировали на голосовое сообщение в чате "
                                    "торговцев, не превращая спор в межнациональный?"
                                ),
                                "en": (
                                    "How would you respond to the voice message in the traders' "
                                    "chat without turning the dispute into an ethnic one?"
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
                                "Өз ортаңызда адамдар ұстанымдар төңірегінде дауласқан бір "
                                "жағдайды еске түсіріңіз. Сол ұстанымдардың астарында қандай "
                                "мүдделер болды, әр тараптың нақты баламасы қандай еді және өзара "
                                "тиімді қандай нұсқа назардан тыс қалуы мүмкін?"
                            ),
                            "ru": (
                                "Вспомните спор в вашем окружении, где люди спорили о позициях. "
                                "Какие интересы стояли за этими позициями, какой была реальная "
                                "альтернатива каждой стороны и какой взаимовыгодный вариант, "
                                "возможно, упустили?"
                            ),
                            "en": (
                                "Recall a dispute in your community where people argued over "
                                "positions. What interests stood behind those positions, what was "
                                "each side's real alternative, and which option for mutual gain "
                                "might have been missed?"
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
                                    "kk": "Ұстаным",
                                    "ru": "Позиция",
                                    "en": "Position",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың ашық айтқан талабы; ол алдын ала таңдап қойған "
                                        "жалғыз шешім."
                                    ),
                                    "ru": (
                                        "Открыто заявленное требование стороны; единственное "
                                        "решение, которое она уже выбрала."
                                    ),
                                    "en": (
                                        "What a party openly demands; the single solution it has "
                                        "already chosen."
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
                                        "Ұстанымның астындағы қажеттілік, алаңдаушылық немесе "
                                        "қорқыныш: тараптың өз талабын неге қалайтыны."
                                    ),
                                    "ru": (
                                        "Потребность, забота или опасение, стоящие за позицией: "
                                        "почему сторона хочет того, чего требует."
                                    ),
                                    "en": (
                                        "The need, concern or fear behind a position: why a party "
                                        "wants what it demands."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "BATNA (келісілген шешімнің ең жақсы баламасы)",
                                    "ru": "НАОС (BATNA)",
                                    "en": "BATNA",
                                },
                                "definition": {
                                    "kk": (
                                        "Келіссөз сәтсіз аяқталса, тараптың қолынан келетін ең "
                                        "жақсы шынайы әрекет жолы."
                                    ),
                                    "ru": (
                                        "Наилучшая альтернатива обсуждаемому соглашению: лучший "
                                        "реалистичный путь стороны, если переговоры не удадутся."
                                    ),
                                    "en": (
                                        "Best alternative to a negotiated agreement: the best "
                                        "realistic course of action a party has if the talks fail."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кету нүктесі",
                                    "ru": "Точка отказа",
                                    "en": "Reservation point",
                                },
                                "definition": {
                                    "kk": (
                                        "Тарап әлі де келісетін ең тиімсіз шарттар; одан төмен "
                                        "болса, тарап келіссөзден шығады."
                                    ),
                                    "ru": (
                                        "Наименее выгодные условия, на которые сторона ещё "
                                        "согласится; ниже них она выходит из переговоров."
                                    ),
                                    "en": (
                                        "The least favourable terms a party will still accept; "
                                        "below them it leaves the talks."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Объективті өлшем",
                                    "ru": "Объективный критерий",
                                    "en": "Objective criterion",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың еркіне тәуелсіз, нұсқаларды бағалауға "
                                        "қолданылатын өлшем: жоспар, норма, кесте немесе "
                                        "әдет-ғұрып."
                                    ),
                                    "ru": (
                                        "Мерка, не зависящая от воли сторон, по которой оценивают "
                                        "варианты: план, норма, график или обычай."
                                    ),
                                    "en": (
                                        "A standard independent of the parties' will, used to "
                                        "judge options: a plan, a norm, a schedule or a custom."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ықтимал келісім аймағы",
                                    "ru": "Зона возможного соглашения",
                                    "en": "Zone of possible agreement",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптардың кету нүктелері қиылысатын, бәріне қолайлы "
                                        "шарттар ауқымы."
                                    ),
                                    "ru": (
                                        "Диапазон условий, приемлемых для всех сторон, где их "
                                        "точки отказа пересекаются."
                                    ),
                                    "en": (
                                        "The range of terms acceptable to all parties, where "
                                        "their reservation points overlap."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "multi-party-and-crisis-negotiation",
            "title": {
                "kk": "Көпжақты және дағдарыстық келіссөз",
                "ru": "Многосторонние и кризисные переговоры",
                "en": "Multi-party and crisis negotiation",
            },
            "summary": {
                "kk": (
                    "Тараптар көп болғанда өкілдермен, коалициялармен және күн тәртібімен жұмыс; "
                    "жұрт жиналғанда қауіпсіз әрекет ету; дауды ресми медиацияға беру."
                ),
                "ru": (
                    "Работа с представителями, коалициями и повесткой, когда сторон много; "
                    "безопасные действия, когда собирается толпа; передача спора в формальную "
                    "медиацию."
                ),
                "en": (
                    "Working with representatives, coalitions and the agenda when many parties "
                    "are involved, acting safely when a crowd gathers, and handing the dispute "
                    "over to formal mediation."
                ),
            },
            "academic_hours": 6,
            "learning_outcomes": [
                {
                    "kk": (
                        "Өкілдердің легитимділігі мен өкілеттігін тексеріп, көпжақты кездесудің "
                        "бейтарап күн тәртібін құру."
                    ),
                    "ru": (
                        "Проверять легитимность и полномочия представителей и составлять "
                        "нейтральную повестку многосторонней встречи."
                    ),
                    "en": (
                        "Check the legitimacy and mandate of representatives and build a neutral "
                        "agenda for a multi-party meeting."
                    ),
                },
                {
                    "kk": (
                        "Шиеленісті жағдайда полициямен және әкімдікпен үйлесімді әрекет ету: "
                        "қауіпсіздік, бір дауыс, сабырға шақыру, уақыт ұту."
                    ),
                    "ru": (
                        "Действовать в острой ситуации согласованно с полицией и акиматом: "
                        "безопасность, один голос, успокоение, выигрыш времени."
                    ),
                    "en": (
                        "Act in an acute situation in coordination with the police and the "
                        "akimat: safety, one voice, calming, buying time."
                    ),
                },
                {
                    "kk": "Негізгі дауды ерікті медиация рәсіміне беруді жоспарлау.",
                    "ru": (
                        "Планировать передачу основного спора в добровольную процедуру медиации."
                    ),
                    "en": (
                        "Plan the handover of the underlying dispute to a voluntary mediation "
                        "procedure."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Тараптар көп: кім кімнің атынан сөйлейді</h3><p>Қауымдар "
                            "арасындағы даудың екі ғана айқын тарапы сирек болады. Аудан "
                            "орталығындағы спорт алаңы үшін шыққан дауға екі көшенің тұрғындары, "
                            "мектеп, этномәдени бірлестіктің жергілікті филиалы, ақсақалдар "
                            "кеңесі, сол жерде футбол ойнайтын жастар, учаскеге құрылыс салғысы "
                            "келетін кәсіпкер және ауылдық округ әкімдігі қатысуы мүмкін. Алдымен "
                            "қатысушылардың картасын жасаңыз: мәселе кімге қатысты, шешімді кім "
                            "қабылдайды, кім тосқауыл қоя алады, кім басқаларға ықпал "
                            "етеді.</p><p>Үлкен топтар үстел басына толық отыра алмайды, олар "
                            "<strong>өкілдер</strong> арқылы әрекет етеді. Мәселенің мәніне "
                            "көшпес бұрын әр өкілге қатысты үш нәрсені "
                            "тексеріңіз:</p><ul><li><strong>Легитимділігі:</strong> бұл адамды "
                            "кім таңдады және топ оны мойындай ма? Ақсақалдың беделі зор, бірақ "
                            "дау ортасында жүрген жас жігіттер оны өз өкілі деп санамауы мүмкін. "
                            "Бірлестік төрағасы оның мүшелерінің атынан сөйлейді, сол ұлттың "
                            "әрбір адамының атынан емес.</li><li><strong>Өкілеттігі:</strong> бұл "
                            "адам бірден неге келісе алады, ал нені топқа апарып талқылауы керек? "
                            "Мұны ашық сұраңыз және кездесулер арасында кеңесуге уақыт "
                            "қалдырыңыз.</li><li><strong>Есеп беруі:</strong> өкіл келісімді өз "
                            "адамдарына беделін түсірмей түсіндіре алуы тиіс. Оған өз ортасында "
                            "қорғай алатын тұжырымдарды табуға "
                            "көмектесіңіз.</li></ul><p>Әкімдікке ерекше назар аудару керек. Ол "
                            "бейтарап бақылаушы емес: жерге билік етеді, рұқсат береді және "
                            "қоғамдық тәртіпке жауап береді, сондықтан көбіне әрі тарап, әрі "
                            "ресурс көзі болады. Оның өкілін «бәрін реттеп беретін» төреші "
                            "ретінде емес, міндеттері айқын қатысушы ретінде "
                            "шақырыңыз.</p><p>Көпжақты келіссөзде <strong>коалициялар</strong> "
                            "тез құрылады. Кейбірі пайдалы (барлық ата-ана мектеп ауласының "
                            "қауіпсіз болғанын қалайды), ал кейбірі қауіпті, әсіресе ұлттық белгі "
                            "бойынша құрылып, кез келген мәселені «біз оларға қарсы» дегенге "
                            "айналдыратын топ. Бұл қатерді азайтыңыз: топтардың бәрін "
                            "біріктіретін мәселелерді атаңыз, бірегейлікке қатысты мәселелерде "
                            "көпшілік дауыспен шешуден аулақ болыңыз және әр тармақ бойынша ортақ "
                            "келісімге қол жеткізіңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Много сторон: кто говорит от чьего имени</h3><p>Споры между "
                            "общинами редко имеют две аккуратные стороны. Конфликт из-за "
                            "спортивной площадки в районном центре может затрагивать жителей двух "
                            "улиц, школу, местный филиал этнокультурного объединения, совет "
                            "старейшин, молодёжь, которая играет там в футбол, предпринимателя, "
                            "желающего застроить участок, и акимат сельского округа. Начните с "
                            "карты участников: кого это касается, кто принимает решения, кто "
                            "может заблокировать, кто влияет на других.</p><p>Большие группы не "
                            "могут сесть за стол целиком; они действуют через "
                            "<strong>представителей</strong>. До переговоров по существу "
                            "проверьте у каждого представителя три "
                            "вещи:</p><ul><li><strong>Легитимность:</strong> кто выбрал этого "
                            "человека и признаёт ли его группа? Аксакал пользуется большим "
                            "уважением, но молодые люди, оказавшиеся в центре конфликта, могут не "
                            "считать его своим представителем. Председатель объединения говорит "
                            "от имени его членов, а не автоматически от имени каждого человека "
                            "этой национальности.</li><li><strong>Полномочия:</strong> на что "
                            "этот человек может согласиться сразу, а что должен отнести на "
                            "обсуждение в группу? Спросите об этом открыто и заложите время на "
                            "консультации между "
                            "встречами.</li><li><strong>Подотчётность:</strong> представитель "
                            "должен суметь объяснить соглашение своим людям, не потеряв лица. "
                            "Помогите ему найти формулировки, которые он сможет отстоять в своей "
                            "среде.</li></ul><p>Особого внимания заслуживает акимат. Он не "
                            "нейтральный наблюдатель: распоряжается землёй, выдаёт разрешения и "
                            "отвечает за общественный порядок, поэтому часто бывает одновременно "
                            "стороной и источником ресурсов. Приглашайте его представителя как "
                            "участника с понятными обязанностями, а не как судью, который «всех "
                            "рассудит».</p><p>В многосторонних переговорах быстро складываются "
                            "<strong>коалиции</strong>. Одни полезны (все родители хотят, чтобы "
                            "школьный двор был безопасным), другие опасны, особенно блок, "
                            "сложившийся по национальному признаку и превращающий любой вопрос в "
                            "«мы против них». Снижайте этот риск: называйте вопросы, которые "
                            "объединяют людей поверх групп, избегайте голосования большинством по "
                            "вопросам идентичности и добивайтесь общего согласия по каждому "
                            "пункту.</p>"
                        ),
                        "en": (
                            "<h3>Many parties: who speaks for whom</h3><p>Disputes between "
                            "communities rarely have two neat sides. A quarrel over a sports "
                            "ground in a district centre may involve the residents of two "
                            "streets, the school, the local branch of an ethnocultural "
                            "association, a council of elders, the young people who play football "
                            "there, a businessman who wants to build on the site and the akimat "
                            "of the rural district. Start by mapping them: who is affected, who "
                            "decides, who can block, who influences others.</p><p>Large groups "
                            "cannot sit at the table in full; they act through "
                            "<strong>representatives</strong>. Before talks on substance, check "
                            "three things about each "
                            "representative:</p><ul><li><strong>Legitimacy:</strong> who chose "
                            "this person, and does the group accept them? An aksakal enjoys great "
                            "respect, but the young men at the centre of the conflict may not see "
                            "him as their representative. The chair of an association speaks for "
                            "its members, not automatically for every person of that "
                            "ethnicity.</li><li><strong>Mandate:</strong> what can this person "
                            "agree to on the spot, and what must they take back to the group? Ask "
                            "openly and allow time for consultation between "
                            "meetings.</li><li><strong>Accountability:</strong> a representative "
                            "must be able to explain the agreement to their own people without "
                            "losing face. Help them find wording they can defend among their "
                            "own.</li></ul><p>The akimat deserves special attention. It is not a "
                            "neutral observer: it manages land, issues permits and answers for "
                            "public order, so it is often both a party and a source of resources. "
                            "Invite its representative as a participant with clear "
                            'responsibilities, not as a judge who will "sort everyone '
                            'out".</p><p><strong>Coalitions</strong> form quickly in multi-party '
                            "talks. Some are useful (all parents want a safe school yard); others "
                            "are dangerous, especially a bloc that forms along ethnic lines and "
                            'turns every question into "us against them". Reduce this risk: '
                            "name issues that cut across groups, avoid majority votes on "
                            "questions of identity and seek general agreement on each point.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Күн тәртібі мен ережелер</h3><p>Көпжақты келіссөзде күн "
                            "тәртібінің өзі келіссөз тақырыбына айналады. Мәселенің мәнін "
                            "талқыламас бұрын оны келісіп алыңыз және мына қадамдарды "
                            "орындаңыз:</p><ol><li>Ортақ кездесуге дейін әр тараптың мәселелерін "
                            "жеке әңгімелерде жинаңыз.</li><li>Әр мәселені бейтарап атаңыз: "
                            "«олардың жастары біздің алаңды басып алды» емес, «спорт алаңын кешкі "
                            "уақытта пайдалану».</li><li>Алдымен шұғыл қауіпсіздік мәселелерін, "
                            "содан кейін келісімге келу ықтималдығы жоғары мәселені қойыңыз, "
                            "сонда топ алғашқы нәтижені сезінеді; ең қиын мәселелерді сенім "
                            "нығайған кезге қалдырыңыз.</li><li>Ережелерге уағдаласыңыз: бір "
                            "жүргізуші, бір мезетте бір адам сөйлейді, сөз уақыты шектеулі, "
                            "ешкімнің ұлтына, тіліне, дініне немесе тегіне тіл тигізілмейді; "
                            "сондай-ақ кездесуден кейін әлеуметтік желілерде не жариялауға "
                            "болатынын келісіңіз.</li><li>Кездесу тілін анықтаңыз. Егер "
                            "қатысушылардың бірі қазақша, бірі орысша сөйлесе, ешкім шет қалмауы "
                            "үшін аударма ұйымдастырыңыз немесе екі тілді де меңгерген "
                            "жүргізушіні шақырыңыз.</li><li>Шешімдердің бір жазбаша мәтінін "
                            "жүргізіп, оны ашық түзетіңіз: бірнеше бәсекелес нұсқаның орнына бір "
                            "жоба біртіндеп жетілдіріледі.</li></ol><p>Отырғызу тәртібі де "
                            "маңызды. Топтарды екі команда сияқты бір-біріне қарама-қарсы "
                            "отырғызбаңыз; оларды араластырыңыз немесе орындықтарды шеңбер етіп "
                            "қойыңыз, ал жүргізушіні бәріне көрінетін жерге отырғызыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Повестка и правила</h3><p>В многосторонних переговорах сама "
                            "повестка становится предметом переговоров. Согласуйте её до "
                            "обсуждения существа и действуйте по шагам:</p><ol><li>Соберите "
                            "вопросы от каждой стороны в отдельных беседах до общей "
                            "встречи.</li><li>Назовите каждый вопрос нейтрально: «использование "
                            "спортивной площадки по вечерам», а не «их молодёжь захватила наше "
                            "поле».</li><li>Поставьте первыми срочные вопросы безопасности, затем "
                            "вопрос, по которому согласие вероятно, чтобы группа почувствовала "
                            "первый успех; самые трудные вопросы оставьте на то время, когда "
                            "окрепнет доверие.</li><li>Договоритесь о правилах: один ведущий, "
                            "говорит один человек, время выступлений ограничено, никаких "
                            "оскорблений по поводу национальности, языка, веры или происхождения; "
                            "договоритесь и о том, что можно публиковать в соцсетях после "
                            "встречи.</li><li>Определите язык встречи. Если одни участники "
                            "говорят по-казахски, а другие по-русски, организуйте перевод или "
                            "пригласите ведущего, владеющего обоими языками, чтобы никто не "
                            "чувствовал себя исключённым.</li><li>Ведите один письменный текст "
                            "решений и правьте его открыто: вместо нескольких конкурирующих "
                            "версий один и тот же проект улучшается шаг за "
                            "шагом.</li></ol><p>Важна и рассадка. Не сажайте группы друг напротив "
                            "друга, как две команды; перемешайте их или поставьте стулья кругом, "
                            "а ведущего посадите так, чтобы его видели все.</p>"
                        ),
                        "en": (
                            "<h3>Agenda and ground rules</h3><p>In multi-party talks the agenda "
                            "itself becomes a subject of negotiation. Agree on it before "
                            "discussing substance, and work step by step:</p><ol><li>Collect the "
                            "issues from every party in separate conversations before the joint "
                            'meeting.</li><li>Name each issue neutrally: "use of the sports '
                            'ground in the evenings", not "their youth have taken over our '
                            'field".</li><li>Put urgent safety questions first, then an issue on '
                            "which agreement is likely, so that the group feels early progress; "
                            "leave the hardest questions until trust has grown.</li><li>Agree on "
                            "ground rules: one chair, one speaker at a time, limited speaking "
                            "time, no insults about anyone's nationality, language, faith or "
                            "origin; agree also on what may be posted on social media after the "
                            "meeting.</li><li>Decide on the language of the meeting. If some "
                            "participants speak Kazakh and others Russian, arrange interpretation "
                            "or invite a chair who speaks both, so that no one feels left "
                            "out.</li><li>Keep one written text of decisions and revise it "
                            "openly: instead of several competing versions, the same draft is "
                            "improved step by step.</li></ol><p>Seating matters too. Do not seat "
                            "the groups facing each other like two teams; mix them or set the "
                            "chairs in a circle, and place the chair of the meeting where "
                            "everyone can see them.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Дағдарыстық келіссөз: жұрт жиналғанда</h3><p>Кейде дайындалуға "
                            "уақыт болмайды. Төбелестен, жол-көлік оқиғасынан немесе әлеуметтік "
                            "желідегі өсектен кейін адамдар бір үйдің, дәмхананың немесе әкімдік "
                            "ғимаратының алдына жиналады, ал шиеленіс бірнеше минут ішінде "
                            "зорлық-зомбылыққа ұласуы мүмкін. Мұндағы мақсат — дауды шешу емес, "
                            "адамдардың қауіпсіздігін сақтау және дауды кейін шешуге жағдай "
                            "жасау.</p><ol><li><strong>Ең алдымен қауіпсіздік.</strong> Қоғамдық "
                            "тәртіп — полицияның міндеті. Жиналған жұрттың ортасына жалғыз "
                            "кірмеңіз, төбелесіп жатқандардың арасына тұрмаңыз және шығатын жолды "
                            "біліп жүріңіз. Оқиға орнындағы полицияның аға қызметкеріне "
                            "келгеніңізді хабарлап, өз рөліңізді келісіңіз.</li><li><strong>Бір "
                            "дауыс.</strong> Полициямен және әкімдікпен жұртқа кім сөйлейтінін "
                            "және не айтылатынын келісіңіз. Шенеуніктердің, ақсақалдардың және "
                            "белсенділердің бір-біріне қайшы мәлімдемелері өсекті "
                            "өршітеді.</li><li><strong>Алдымен сабыр, содан кейін "
                            "мазмұн.</strong> Баяу және ақырын сөйлеңіз, сезімдерді мойындаңыз "
                            "(«Ашуланып, балаларыңызға алаңдап тұрғаныңызды көріп тұрмын»), "
                            "фактілер туралы дауласпаңыз және өсекті, тіпті оны егжей-тегжейлі "
                            "теріске шығару үшін болса да, ешқашан "
                            "қайталамаңыз.</li><li><strong>Жиналған жұрттан өкілдерге "
                            "көшу.</strong> Адамдардан бірнеше өкіл, әдетте үштен беске дейін, "
                            "сайлауды сұраңыз да, оларды көшеден алыстау бөлмеге шақырыңыз. "
                            "Бірнеше адаммен әңгімені басқаруға болады, ал тобырмен әңгімені "
                            "басқару мүмкін емес.</li><li><strong>Уақыт ұтыңыз.</strong> Нақты "
                            "келесі қадамды ұсыныңыз: «Әкімнің орынбасары ертең сағат онда "
                            "мектепте өкілдеріңізбен кездеседі». Уақыт эмоцияны басады, бірақ "
                            "уәде шынайы болған жағдайда ғана.</li><li><strong>Тек өзіңізге "
                            "байланысты нәрсеге уәде беріңіз.</strong> Қамауға алуды, қызметтен "
                            "босатуды немесе сот шешімін ешқашан уәде етпеңіз. Өзіңіз жеке не "
                            "істейтініңізді және қай мерзімге дейін істейтініңізді "
                            "айтыңыз.</li><li><strong>Өсекке тексерілген фактілермен жауап "
                            "беріңіз.</strong> Қауым жетекшілері мен бірлестік төрағаларынан өз "
                            "чаттарында ресми органдар растаған ақпараты бар қысқа әрі сабырлы "
                            "хабарламалар жариялауды сұраңыз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Кризисные переговоры: когда собирается толпа</h3><p>Иногда "
                            "времени на подготовку нет. После драки, ДТП или слуха в соцсетях "
                            "люди собираются у дома, кафе или здания акимата, и напряжение за "
                            "считанные минуты может перейти в насилие. Здесь цель — не решить "
                            "спор, а сохранить людей в безопасности и создать условия, чтобы "
                            "решить его позже.</p><ol><li><strong>Безопасность прежде "
                            "всего.</strong> Общественный порядок — дело полиции. Не входите в "
                            "толпу в одиночку, не вставайте между дерущимися и знайте, где выход. "
                            "Сообщите о своём прибытии старшему сотруднику полиции на месте и "
                            "согласуйте с ним свою роль.</li><li><strong>Один голос.</strong> "
                            "Договоритесь с полицией и акиматом, кто обращается к людям и что "
                            "будет сказано. Противоречивые заявления чиновников, старейшин и "
                            "активистов подпитывают слухи.</li><li><strong>Сначала спокойствие, "
                            "потом содержание.</strong> Говорите медленно и негромко, признавайте "
                            "чувства («Я вижу, что вы злитесь и тревожитесь за своих детей»), не "
                            "спорьте о фактах и никогда не повторяйте слух, даже чтобы подробно "
                            "его опровергнуть.</li><li><strong>От толпы к "
                            "представителям.</strong> Попросите людей выбрать нескольких "
                            "представителей, обычно от трёх до пяти, и пригласите их в помещение "
                            "подальше от улицы. Разговором с несколькими людьми можно управлять, "
                            "разговором с толпой — нет.</li><li><strong>Выигрывайте "
                            "время.</strong> Предложите конкретный следующий шаг: «Заместитель "
                            "акима встретится с вашими представителями завтра в десять в школе». "
                            "Время снижает накал, но только если обещание "
                            "настоящее.</li><li><strong>Обещайте только то, что зависит от "
                            "вас.</strong> Никогда не обещайте арестов, увольнений или судебных "
                            "решений. Говорите, что вы сделаете лично и к какому "
                            "сроку.</li><li><strong>Отвечайте на слухи проверенными "
                            "фактами.</strong> Попросите лидеров общин и председателей "
                            "объединений разместить в своих чатах короткие спокойные сообщения с "
                            "информацией, подтверждённой официальными органами.</li></ol>"
                        ),
                        "en": (
                            "<h3>Crisis negotiation: when a crowd gathers</h3><p>Sometimes there "
                            "is no time to prepare. After a fight, a road accident or a rumour on "
                            "social media, people gather outside a house, a café or the akimat "
                            "building, and tension can turn into violence within minutes. Here "
                            "the aim is not to settle the dispute but to keep people safe and to "
                            "create the conditions for settling it "
                            "later.</p><ol><li><strong>Safety first.</strong> Public order is the "
                            "job of the police. Do not go into a crowd alone, do not stand "
                            "between people who are fighting, and know where the way out is. Tell "
                            "the senior police officer on site that you have arrived and agree on "
                            "your role with them.</li><li><strong>One voice.</strong> Agree with "
                            "the police and the akimat on who speaks to the people and what will "
                            "be said. Contradictory statements from officials, elders and "
                            "activists fuel rumours.</li><li><strong>Calm first, content "
                            'later.</strong> Speak slowly and quietly, acknowledge feelings ("I '
                            'can see that you are angry and worried about your children"), do '
                            "not argue about facts, and never repeat a rumour, even to refute it "
                            "in detail.</li><li><strong>From a crowd to representatives.</strong> "
                            "Ask the people to choose a few representatives, usually three to "
                            "five, and invite them into a room away from the street. A "
                            "conversation with a few people can be managed; a conversation with a "
                            "crowd cannot.</li><li><strong>Buy time.</strong> Offer a concrete "
                            'next step: "The deputy akim will meet your representatives at the '
                            'school tomorrow at ten." Time lowers the heat, but only if the '
                            "promise is real.</li><li><strong>Promise only what depends on "
                            "you.</strong> Never promise arrests, dismissals or court decisions. "
                            "Say what you will do personally and by when.</li><li><strong>Answer "
                            "rumours with checked facts.</strong> Ask community leaders and "
                            "association chairs to post short, calm messages in their chats with "
                            "information confirmed by official bodies.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Дағдарыстан кейін: ресми медиацияға беру</h3><p>Көше "
                            "тынышталғанымен, даудың өзі шешілмей қалады. Камера алдында асығыс "
                            "қол алысу әлі келісім емес. Істі беруді "
                            "жоспарлаңыз:</p><ul><li>Дағдарыс кезінде не уәде етілгенін, оны кім "
                            "бергенін және қай мерзімге дейін орындалатынын жазып алыңыз, "
                            "орындалуын қадағалаңыз.</li><li>Полиция мен сотқа қатысты "
                            "мәселелерді (зорлық-зомбылық, мүлікке зиян келтіру, қорқыту) "
                            "қарым-қатынас пен даудың өзінен ажыратыңыз; соңғыларымен медиация "
                            "заңда белгіленген шекте айналыса алады.</li><li>«Медиация туралы» "
                            "Заң бойынша медиация ерікті: әр тарап оған келісуі тиіс. Әр тарапқа "
                            "рәсімді, құпиялылықты және медиатордың рөлін түсіндіріңіз, ешкімге "
                            "қысым жасамаңыз.</li><li>Барлық тарап қабылдай алатын медиаторды "
                            "ұсыныңыз. Егер дағдарыс кезінде сізді бір топтың қасында көрген "
                            "болса, істі әріптесіңізге — қоғамдық немесе кәсіби медиаторға, "
                            "мысалы, медиация кабинеті арқылы беру дұрысырақ.</li><li>Өкілдермен "
                            "байланысты үзбеңіз және келесі кездесулерге уағдаласыңыз, сонда "
                            "келесі өсек қауымды дайынсыз күйде таппайды.</li></ul><p><strong>Жиі "
                            "кездесетін қателер:</strong> ашуға булыққан жұртпен даудың мәнін "
                            "талқылауға тырысу; полицияның немесе әкімнің атынан олардың "
                            "келісімінсіз сөйлеу; тұтас бір этникалық топты кінәлі деп жариялау; "
                            "басқалар орындауы тиіс нәрсеге уәде беру; жұрт үйлеріне тарасымен "
                            "дауды ұмыту.</p>"
                        ),
                        "ru": (
                            "<h3>После кризиса: передача в формальную медиацию</h3><p>Когда на "
                            "улице становится спокойно, сам спор остаётся. Быстрое рукопожатие "
                            "перед камерами — ещё не соглашение. Спланируйте передачу "
                            "дела:</p><ul><li>Запишите, что было обещано во время кризиса, кем и "
                            "к какому сроку, и проследите за выполнением.</li><li>Отделите то, "
                            "что относится к полиции и суду (насилие, повреждение имущества, "
                            "угрозы), от отношений и самого спора, которыми может заниматься "
                            "медиация в пределах, установленных законом.</li><li>По Закону «О "
                            "медиации» медиация добровольна: каждая сторона должна на неё "
                            "согласиться. Объясните каждой стороне процедуру, конфиденциальность "
                            "и роль медиатора и ни на кого не давите.</li><li>Предложите "
                            "медиатора, которого примут все стороны. Если во время кризиса вас "
                            "видели рядом с одной из групп, разумнее передать дело коллеге — "
                            "общественному или профессиональному медиатору, например через "
                            "кабинет медиации.</li><li>Поддерживайте связь с представителями и "
                            "договоритесь о последующих встречах, чтобы следующий слух не застал "
                            "общину врасплох.</li></ul><p><strong>Типичные ошибки:</strong> "
                            "пытаться обсуждать существо спора с разгневанной толпой; говорить от "
                            "имени полиции или акима без их согласия; объявлять виновной целую "
                            "этническую группу; обещать то, что должны выполнить другие; забывать "
                            "о споре, как только люди разошлись по домам.</p>"
                        ),
                        "en": (
                            "<h3>After the crisis: handing over to formal mediation</h3><p>Once "
                            "the street is calm, the dispute itself remains. A quick handshake in "
                            "front of cameras is not an agreement. Plan the "
                            "handover:</p><ul><li>Write down what was promised during the crisis, "
                            "by whom and by what date, and make sure it is done.</li><li>Separate "
                            "what belongs to the police and the courts (violence, damage to "
                            "property, threats) from the relationship and the dispute itself, "
                            "which mediation can address within the limits set by "
                            'law.</li><li>Under the Law "On Mediation", mediation is voluntary: '
                            "each party has to agree to it. Explain the procedure, "
                            "confidentiality and the mediator's role to each side, and put "
                            "pressure on no one.</li><li>Propose a mediator whom all sides can "
                            "accept. If you were seen standing next to one group during the "
                            "crisis, it is wiser to pass the case to a colleague, a public or "
                            "professional mediator, for example through a mediation "
                            "office.</li><li>Stay in touch with the representatives and agree on "
                            "follow-up meetings, so that the next rumour does not catch the "
                            "community unprepared.</li></ul><p><strong>Common mistakes:</strong> "
                            "trying to negotiate the substance with an angry crowd; speaking on "
                            "behalf of the police or the akim without their consent; declaring a "
                            "whole ethnic group guilty; promising what others have to deliver; "
                            "forgetting the dispute as soon as people have gone home.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Матчтан кейінгі бейнежазба",
                            "ru": "Видео после матча",
                            "en": "A video after the match",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Жамбыл облысындағы бір аудан орталығында сенбі күні кешке "
                                "көрші көшелердің жігіттерінен құралған екі команда арасындағы "
                                "әуесқой футбол матчынан кейін төбелес шықты. Бір ойыншының қолы "
                                "сынып, ол ауруханаға жеткізілді. Бір сағаттан соң Instagram-да "
                                "төбелестің қысқа бейнежазбасы «олар біздің балаларға шабуыл "
                                "жасады», ал жараланған жігіт «комада жатыр» деген жазумен "
                                "жарияланды. Бірнеше WhatsApp тобында «барып, есеп айырысайық» "
                                "деген шақырулар пайда болды.</p><p>Кешкі сағат тоғызға қарай "
                                "ойыншылардың бірінің отбасына тиесілі дәмхананың алдына алпысқа "
                                "жуық адам, негізінен жас жігіттер, жиналды. Оқиға орнында екі "
                                "полиция қызметкері бар, тағы бір патруль келе жатыр. Аудан "
                                "әкімінің орынбасары екі қауымға да таныс келіссөз "
                                "жүргізуші-этномедиатор ретінде сізге қоңырау шалып, келуіңізді "
                                "өтінді. Жолда сіз ауруханадан жараланған ойыншының есі орнында "
                                "екенін және жағдайы қауіпті емес екенін білесіз.</p>"
                            ),
                            "ru": (
                                "<p>В субботу вечером в районном центре Жамбылской области после "
                                "любительского футбольного матча между командами парней с "
                                "соседних улиц началась драка. Одного игрока увезли в больницу с "
                                "переломом руки. Через час в Instagram появилось короткое видео "
                                "драки с подписью о том, что «они напали на наших ребят», а "
                                "пострадавший парень «в коме». В нескольких WhatsApp-группах "
                                "появились призывы «пойти и разобраться».</p><p>К девяти вечера "
                                "около шестидесяти человек, в основном молодые мужчины, собрались "
                                "у кафе, принадлежащего семье одного из игроков. На месте двое "
                                "полицейских, ещё один наряд в пути. Заместитель акима района "
                                "позвонил вам — переговорщику-этномедиатору, которого знают в "
                                "обеих общинах, — и попросил приехать. По дороге вы узнаёте из "
                                "больницы, что пострадавший в сознании и его состоянию ничто не "
                                "угрожает.</p>"
                            ),
                            "en": (
                                "<p>On a Saturday evening in a district centre in Zhambyl region, "
                                "a fight broke out after an amateur football match between two "
                                "teams of young men from neighbouring streets. One player was "
                                "taken to hospital with a broken arm. Within an hour, a short "
                                "video of the fight appeared on Instagram with a caption claiming "
                                'that "they attacked our boys" and that the injured young man '
                                'was "in a coma". Messages in several WhatsApp groups called on '
                                'people to "go and settle the score".</p><p>By nine in the '
                                "evening, about sixty people, mostly young men, had gathered "
                                "outside a café owned by the family of one of the players. Two "
                                "police officers are on site, and another patrol is on its way. "
                                "The deputy akim of the district has called you, a "
                                "negotiator-ethnomediator known to both communities, and asked "
                                "you to come. On the way you learn from the hospital that the "
                                "injured player is conscious and his condition is not "
                                "dangerous.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Келген бетте алғашқы үш әрекетіңіз қандай болады және қандай "
                                    "ретпен?"
                                ),
                                "ru": (
                                    "Каковы ваши первые три действия по прибытии и в каком порядке?"
                                ),
                                "en": (
                                    "What are your first three actions on arrival, and in what "
                                    "order?"
                                ),
                            },
                            {
                                "kk": (
                                    "«Бір дауысты» кіммен келісер едіңіз және дәмхана алдындағы "
                                    "адамдарға нақты не айтар едіңіз?"
                                ),
                                "ru": (
                                    "С кем вы согласуете «один голос» и что именно скажете людям "
                                    "у кафе?"
                                ),
                                "en": (
                                    'With whom would you agree on "one voice", and what exactly '
                                    "would you say to the people outside the café?"
                                ),
                            },
                            {
                                "kk": (
                                    "Бір тараптың жағын ұстағандай көрінбей, ауруханадан алған "
                                    "мәліметті қалай пайдаланар едіңіз?"
                                ),
                                "ru": (
                                    "Как вы используете сведения из больницы, чтобы не показаться "
                                    "человеком, принявшим чью-то сторону?"
                                ),
                                "en": (
                                    "How would you use the information from the hospital without "
                                    "appearing to take sides?"
                                ),
                            },
                            {
                                "kk": (
                                    "Дау ресми медиацияға берілуі үшін алдағы бір аптада не "
                                    "істелуі керек?"
                                ),
                                "ru": (
                                    "Что должно произойти в ближайшую неделю, чтобы спор был "
                                    "передан в формальную медиацию?"
                                ),
                                "en": (
                                    "What should happen during the next week so that the dispute "
                                    "is handed over to formal mediation?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Келесі күнгі кездесу",
                            "ru": "Встреча на следующий день",
                            "en": "The meeting the day after",
                        },
                        "situation": {
                            "kk": (
                                "<p>Дәмхана алдындағы оқиғаның ертеңіне (жоғарыдағы кейсті "
                                "қараңыз) аудан әкімінің орынбасары кездесу өткізу үшін мектептің "
                                "мәжіліс залын таңертеңгі сағат онға ұсынды. Әр тарап өз "
                                "өкілдерін таңдады. Жараланған ойыншы ауруханадан шықты; полиция "
                                "төбелес бойынша тергеп-тексеру бастады, сондықтан бұл мәселе "
                                "кездесуде талқыланбайды. Кездесудің міндеті — күн тәртібін "
                                "келісу, ауданда тыныштықты қалпына келтіру және екі көше "
                                "арасындағы негізгі дауды, соның ішінде футбол алаңын пайдалану "
                                "мәселесін, медиацияға қалай беретінін шешу.</p><p>Жаттығу "
                                "уақыты: 25 минут кездесу және 15 минут кері байланыс. Қалған "
                                "тыңдаушылар бақылаушы болады.</p>"
                            ),
                            "ru": (
                                "<p>На следующий день после происшествия у кафе (см. кейс выше) "
                                "заместитель акима района предложил для встречи актовый зал школы "
                                "на десять утра. Каждая сторона выбрала представителей. "
                                "Пострадавшего игрока выписали из больницы; полиция начала "
                                "расследование по факту драки, поэтому этот вопрос на встрече не "
                                "обсуждается. Задача встречи — согласовать повестку, восстановить "
                                "спокойствие в районе и решить, как основной спор между двумя "
                                "улицами, включая использование футбольного поля, будет передан в "
                                "медиацию.</p><p>Время упражнения: 25 минут встречи и 15 минут "
                                "обратной связи. Остальные слушатели выступают наблюдателями.</p>"
                            ),
                            "en": (
                                "<p>The day after the incident outside the café (see the case "
                                "study above), the deputy akim of the district has offered the "
                                "school's assembly hall for a meeting at ten in the morning. Each "
                                "side has chosen its representatives. The injured player has left "
                                "hospital; the police have opened an investigation into the "
                                "fight, so that question is not on the table. The task of the "
                                "meeting is to agree on an agenda, restore calm in the district "
                                "and decide how the underlying dispute between the two streets, "
                                "including the use of the football ground, will be handed over to "
                                "mediation.</p><p>Time for the exercise: 25 minutes of meeting "
                                "and 15 minutes of feedback. The other trainees act as "
                                "observers.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Келіссөз жүргізуші-этномедиатор (кездесу жүргізушісі)",
                                    "ru": "Переговорщик-этномедиатор (ведущий)",
                                    "en": "Negotiator-ethnomediator (chair)",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз кездесуді жүргізесіз. Ережелерден бастаңыз, "
                                        "мәселелерді жинаңыз, бейтарап күн тәртібін келісіңіз "
                                        "және әр өкілдің өкілеттігін тексеріңіз. Төбелеске кім "
                                        "кінәлі екенін талқыламаңыз. Мақсат — келесі қадамдардың "
                                        "жазбаша тізімі және тараптардың медиацияға келісімі."
                                    ),
                                    "ru": (
                                        "Вы ведёте встречу. Начните с правил, соберите вопросы, "
                                        "согласуйте нейтральную повестку и проверьте полномочия "
                                        "каждого представителя. Не обсуждайте, кто виноват в "
                                        "драке. Цель — письменный список следующих шагов и "
                                        "согласие сторон на медиацию."
                                    ),
                                    "en": (
                                        "You chair the meeting. Open with ground rules, collect "
                                        "the issues, agree on a neutral agenda and check each "
                                        "representative's mandate. Do not discuss who is to blame "
                                        "for the fight. Aim for a written list of next steps and "
                                        "the parties' consent to mediation."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Бірінші көшенің ақсақалы",
                                    "ru": "Аксакал с первой улицы",
                                    "en": "Aksakal from the first street",
                                },
                                "brief": {
                                    "kk": (
                                        "Сізді сыйлайды, сіз татулықты қалайсыз, бірақ жараланған "
                                        "жігіттің ашулы туыстары сізге қысым жасап отыр. Көпшілік "
                                        "алдында кешірім сұралуын қалайсыз. Бірлескен мәлімдемеге "
                                        "келісе аласыз, бірақ алдымен отбасымен кеңесуіңіз керек; "
                                        "өкілеттігіңіз туралы сұраса, мұны айтасыз."
                                    ),
                                    "ru": (
                                        "Вас уважают, и вы хотите мира, но на вас давят "
                                        "разгневанные родственники пострадавшего парня. Вы хотите "
                                        "публичного извинения. Вы можете согласиться на "
                                        "совместное заявление, но сначала должны посоветоваться с "
                                        "семьёй; если вас спросят о ваших полномочиях, вы скажете "
                                        "об этом."
                                    ),
                                    "en": (
                                        "You are respected and want peace, but the angry "
                                        "relatives of the injured young man are pressing you. You "
                                        "want a public apology. You can agree to a joint "
                                        "statement, but you must first consult the family; if "
                                        "asked about your mandate, you will say so."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Этномәдени бірлестіктің жергілікті филиалының төрағасы",
                                    "ru": (
                                        "Председатель местного филиала этнокультурного объединения"
                                    ),
                                    "en": (
                                        "Chair of the local branch of an ethnocultural association"
                                    ),
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз екінші көшедегі бірлестік мүшелерінің атынан "
                                        "сөйлейсіз. Бірнеше жігіттің ісі үшін әлеуметтік "
                                        "желілерде бүкіл қауымды кінәлап жатқаны сізді "
                                        "алаңдатады. Бейнежазбаға қойылған жалған жазудың "
                                        "көпшілік алдында теріске шығарылуын қалайсыз. "
                                        "Мүшелеріңізден бейнежазбаны таратуды тоқтатуды сұрауға "
                                        "дайынсыз."
                                    ),
                                    "ru": (
                                        "Вы говорите от имени членов объединения со второй улицы. "
                                        "Вас тревожит, что в соцсетях всю общину обвиняют в том, "
                                        "что сделали несколько парней. Вы хотите, чтобы ложную "
                                        "подпись к видео публично опровергли. Вы готовы попросить "
                                        "членов объединения перестать распространять видео."
                                    ),
                                    "en": (
                                        "You speak for the association's members on the second "
                                        "street. You are worried that the whole community is "
                                        "being blamed on social media for what a few young men "
                                        "did. You want the false caption on the video to be "
                                        "publicly corrected. You are ready to ask your members to "
                                        "stop sharing the video."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Аудан әкімінің орынбасары",
                                    "ru": "Заместитель акима района",
                                    "en": "Deputy akim of the district",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз тыныштықтың тез орнағанын қалайсыз және шешімді "
                                        "өзіңіз жариялай салғыңыз келеді. Футбол алаңын кесте "
                                        "бойынша пайдалануды және аралас командалардан құралған "
                                        "жастар турнирін ұсына аласыз, бірақ тергеп-тексеру "
                                        "туралы ештеңе уәде ете алмайсыз. Жүргізуші сұраса, "
                                        "төреші емес, қатысушы болуға келісесіз."
                                    ),
                                    "ru": (
                                        "Вы хотите быстро добиться спокойствия, и у вас есть "
                                        "соблазн самому объявить решение. Вы можете предложить "
                                        "пользование футбольным полем по графику и молодёжный "
                                        "турнир со смешанными командами, но ничего не можете "
                                        "обещать по расследованию. Если ведущий попросит, вы "
                                        "соглашаетесь быть участником, а не судьёй."
                                    ),
                                    "en": (
                                        "You want calm quickly and are tempted to announce a "
                                        "decision yourself. You can offer use of the football "
                                        "ground on a schedule and a youth tournament with mixed "
                                        "teams, but you cannot promise anything about the "
                                        "investigation. If the chair asks, you agree to act as a "
                                        "participant, not a judge."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Жүргізуші кездесуді ережелерден, соның ішінде әлеуметтік "
                                    "желідегі жарияланымдар туралы ережеден бастады."
                                ),
                                "ru": (
                                    "Ведущий начал с правил, включая правило о публикациях в "
                                    "соцсетях."
                                ),
                                "en": (
                                    "The chair opened with ground rules, including a rule on "
                                    "social media posts."
                                ),
                            },
                            {
                                "kk": (
                                    "Жүргізуші әр өкілдің өкілеттігін тексеріп, кеңесуге уақыт "
                                    "берді."
                                ),
                                "ru": (
                                    "Ведущий проверил полномочия каждого представителя и дал "
                                    "время на консультации."
                                ),
                                "en": (
                                    "The chair checked each representative's mandate and allowed "
                                    "time for consultation."
                                ),
                            },
                            {
                                "kk": (
                                    "Мәселелер ұлтқа немесе кінәға сілтеме жасалмай, бейтарап "
                                    "аталды."
                                ),
                                "ru": (
                                    "Вопросы названы нейтрально, без ссылок на национальность или "
                                    "вину."
                                ),
                                "en": (
                                    "Issues were named neutrally, without references to "
                                    "nationality or guilt."
                                ),
                            },
                            {
                                "kk": (
                                    "Тергеп-тексеру кездесу аясынан тыс қалды, ешкім өзіне "
                                    "байланысты емес нәрсеге уәде бермеді."
                                ),
                                "ru": (
                                    "Расследование осталось за рамками встречи, и никто не обещал "
                                    "того, что от него не зависит."
                                ),
                                "en": (
                                    "The investigation was kept off the table, and no one "
                                    "promised what they do not control."
                                ),
                            },
                            {
                                "kk": (
                                    "Жүргізуші ашық сұрақтар арқылы тараптарды талаптардан "
                                    "мүдделерге бұрды."
                                ),
                                "ru": (
                                    "Ведущий открытыми вопросами переводил стороны от требований "
                                    "к интересам."
                                ),
                                "en": (
                                    "The chair used open questions to move the parties from "
                                    "demands to interests."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесу келесі қадамдардың жазбаша тізімімен және "
                                    "тараптардың келісімімен дауды медиацияға беру туралы айқын "
                                    "ұсыныспен аяқталды."
                                ),
                                "ru": (
                                    "Встреча завершилась письменным списком следующих шагов и "
                                    "ясным предложением передать спор в медиацию с согласия "
                                    "сторон."
                                ),
                                "en": (
                                    "The meeting ended with a written list of next steps and a "
                                    "clear proposal to hand the dispute to mediation with the "
                                    "parties' consent."
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
                                "Дағдарыс кезінде ауданыңызда қауым атынан сөйлеуді кімнен "
                                "сұрайтынын ойлаңыз. Кімнің шын мәнінде өкілеттігі бар, жастар "
                                "кімге құлақ асады және ештеңе болмай тұрып полиция мен әкімдікте "
                                "кіммен «бір дауыс» туралы алдын ала келісу керек?"
                            ),
                            "ru": (
                                "Подумайте, кого в вашем районе попросили бы говорить от имени "
                                "общины во время кризиса. У кого действительно есть полномочия, "
                                "кого послушает молодёжь и с кем в полиции и акимате стоит "
                                "заранее, пока ничего не случилось, договориться об «одном "
                                "голосе»?"
                            ),
                            "en": (
                                "Think about whom people in your district would ask to speak for "
                                "their community in a crisis. Who truly has a mandate, whom would "
                                "young people listen to, and with whom in the police and the "
                                'akimat should you agree on "one voice" in advance, before '
                                "anything happens?"
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
                                    "kk": "Өкілдің өкілеттігі",
                                    "ru": "Полномочия представителя",
                                    "en": "Representative's mandate",
                                },
                                "definition": {
                                    "kk": (
                                        "Өкілдің топпен қайта кеңеспей-ақ оның атынан міндеттеме "
                                        "ала алатын шегі."
                                    ),
                                    "ru": (
                                        "Пределы, в которых представитель может брать "
                                        "обязательства от имени группы, не советуясь с ней "
                                        "повторно."
                                    ),
                                    "en": (
                                        "The limits within which a representative may commit the "
                                        "group without consulting it again."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Коалиция",
                                    "ru": "Коалиция",
                                    "en": "Coalition",
                                },
                                "definition": {
                                    "kk": (
                                        "Ортақ ұстанымын немесе мүддесін күшейту үшін келіссөзде "
                                        "бірге әрекет ететін тараптар тобы."
                                    ),
                                    "ru": (
                                        "Группа сторон, действующих в переговорах сообща, чтобы "
                                        "усилить общую позицию или интерес."
                                    ),
                                    "en": (
                                        "A group of parties that act together in negotiations to "
                                        "strengthen a shared position or interest."
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
                                        "Талқыланатын мәселелердің келісілген тізімі мен реті; әр "
                                        "мәселе бейтарап сөзбен аталады."
                                    ),
                                    "ru": (
                                        "Согласованный перечень и порядок вопросов для "
                                        "обсуждения, каждый из которых назван нейтрально."
                                    ),
                                    "en": (
                                        "The agreed list and order of the issues to be discussed, "
                                        "each named in neutral words."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Дағдарыстық келіссөз",
                                    "ru": "Кризисные переговоры",
                                    "en": "Crisis negotiation",
                                },
                                "definition": {
                                    "kk": (
                                        "Шиеленіс ушыққан кезде жүргізілетін келіссөз; оның "
                                        "алғашқы мақсаты — дауды шешу емес, қауіпсіздік пен "
                                        "шиеленісті бәсеңдету."
                                    ),
                                    "ru": (
                                        "Переговоры в условиях острой напряжённости, когда первая "
                                        "цель — безопасность и деэскалация, а не урегулирование "
                                        "спора."
                                    ),
                                    "en": (
                                        "Talks held under acute tension, when the first aim is "
                                        "safety and de-escalation rather than settling the "
                                        "dispute."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бір дауыс",
                                    "ru": "Один голос",
                                    "en": "One voice",
                                },
                                "definition": {
                                    "kk": (
                                        "Дағдарыс кезінде жұрт алдында кім сөйлейтіні және не "
                                        "айтылатыны туралы полиция, әкімдік пен қауым "
                                        "жетекшілерінің уағдаластығы."
                                    ),
                                    "ru": (
                                        "Договорённость полиции, акимата и лидеров общин о том, "
                                        "кто публично выступает во время кризиса и что говорится."
                                    ),
                                    "en": (
                                        "An agreement among the police, the akimat and community "
                                        "leaders on who speaks publicly in a crisis and what is "
                                        "said."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Медиацияға беру",
                                    "ru": "Передача в медиацию",
                                    "en": "Handover to mediation",
                                },
                                "definition": {
                                    "kk": (
                                        "Дағдарыстан кейін негізгі дауды барлық тарапқа қолайлы "
                                        "медиатормен ерікті медиация рәсіміне көшіру."
                                    ),
                                    "ru": (
                                        "Перевод основного спора после кризиса в добровольную "
                                        "процедуру медиации с медиатором, приемлемым для всех "
                                        "сторон."
                                    ),
                                    "en": (
                                        "Moving the underlying dispute, after a crisis, into a "
                                        "voluntary mediation procedure with a mediator acceptable "
                                        "to all parties."
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
