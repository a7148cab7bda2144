"""Module 3 of the public mediator foundations course: listening, asking, hard conversations."""

MODULE = {
    "slug": "communication-basics",
    "title": {
        "kk": "Қарым-қатынас негіздері: тыңдау, сұрау, қиын әңгімелер",
        "ru": "Основы коммуникации: слушать, спрашивать, вести трудный разговор",
        "en": "Communication basics: listening, asking, difficult conversations",
    },
    "summary": {
        "kk": (
            "Қоғамдық медиатордың күнделікті қарым-қатынас дағдылары: адамдар өздерін "
            "тыңдағанын сезінетіндей тыңдау, қарапайым сұрақтар қою және қызу әңгімені "
            "қауіпсіз әрі пайдалы арнада ұстау."
        ),
        "ru": (
            "Повседневные навыки общения общественного медиатора: слушать так, чтобы люди "
            "чувствовали, что их услышали, задавать простые вопросы и удерживать горячий "
            "разговор в безопасном и полезном русле."
        ),
        "en": (
            "The everyday communication skills of a public mediator: listening so that people "
            "feel heard, asking simple questions and keeping a heated conversation safe and "
            "useful."
        ),
    },
    "academic_hours": 8,
    "learning_outcomes": [
        {
            "kk": ("Тараптың сөзін өз сөзімен қайталап, түйіндеп, оған тыңдалғанын көрсету."),
            "ru": (
                "Показывать стороне, что её услышали: пересказывать её слова своими словами "
                "и подводить итог."
            ),
            "en": (
                "Show a party that they have been heard by repeating their words in one's own "
                "words and summarising."
            ),
        },
        {
            "kk": (
                "Қарапайым ашық сұрақтар қою және сөзді бөлуден, ақыл айтудан, сынаудан сақтану."
            ),
            "ru": (
                "Задавать простые открытые вопросы и не перебивать, не советовать, не осуждать."
            ),
            "en": "Ask simple open questions and avoid interrupting, advising and judging.",
        },
        {
            "kk": (
                "Ашуланған, жылаған немесе үндемей отырған тараппен сабыр сақтап сөйлесу, "
                "айыптауды қажеттілікке айналдыру және қажет болса, сессияны қауіпсіз тоқтату."
            ),
            "ru": (
                "Сохранять спокойствие с рассерженной, плачущей или молчащей стороной, "
                "переводить обвинения в потребности и при необходимости безопасно остановить "
                "сессию."
            ),
            "en": (
                "Stay calm with an angry, tearful or silent party, turn blame into needs and "
                "stop a session safely when necessary."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "listening-and-asking",
            "title": {
                "kk": "Тыңдау және сұрақ қою",
                "ru": "Слушать и спрашивать",
                "en": "Listening and asking",
            },
            "summary": {
                "kk": (
                    "Адам өзін тыңдағанын сезінетіндей қалай тыңдау, оның сөзін өз сөзіңмен "
                    "қайталау, түйіндеу және қарапайым ашық сұрақ қою; үлкендерге және басқа "
                    "тілде сөйлейтіндерге құрметпен қалай сөз арнау."
                ),
                "ru": (
                    "Как слушать так, чтобы человек почувствовал, что его услышали, "
                    "пересказывать его слова своими словами, подводить итог и задавать простые "
                    "открытые вопросы; как уважительно обращаться к старшим и к людям, "
                    "говорящим на другом языке."
                ),
                "en": (
                    "How to listen so that people feel heard, repeat their words in your own "
                    "words, summarise and ask simple open questions, and how to address elders "
                    "and speakers of other languages with respect."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Тараппен әңгімеде зейінді үнсіздікті, өз сөзімен қайталауды және "
                        "түйіндеуді қолдану."
                    ),
                    "ru": (
                        "Использовать внимательное молчание, пересказ своими словами и "
                        "подведение итога в разговоре со стороной."
                    ),
                    "en": (
                        "Use attentive silence, repeating in one's own words and summarising in "
                        "a conversation with a party."
                    ),
                },
                {
                    "kk": (
                        "Қарапайым ашық сұрақтар қою және әңгімені тежейтін әдеттерді — сөзді "
                        "бөлуді, ақыл айтуды, сынауды — тану."
                    ),
                    "ru": (
                        "Задавать простые открытые вопросы и распознавать привычки, которые "
                        "останавливают разговор: перебивание, советы, осуждение."
                    ),
                    "en": (
                        "Ask simple open questions and recognise the habits that stop people "
                        "talking: interrupting, advising, judging."
                    ),
                },
                {
                    "kk": (
                        "Үлкендерге және басқа тілде сөйлейтіндерге құрметпен сөз арнап, "
                        "бәрінің түсінгенін тексеру."
                    ),
                    "ru": (
                        "Уважительно обращаться к старшим и к людям, говорящим на другом языке, "
                        "и проверять, что все понимают друг друга."
                    ),
                    "en": (
                        "Address elders and speakers of another language respectfully and check "
                        "that everyone understands."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Неліктен алдымен тыңдау керек</h3>"
                            "<p>Қоғамдық медиаторға келген адамдар өз дауы туралы әдетте "
                            "апталап айтып жүреді: көршілерге, туыстарға, аялдамада, ауылдың "
                            "WhatsApp тобында. Бірақ оларды шын ықыласпен тыңдаған адам сирек "
                            "болады. Шешім іздеуге дайын болмас бұрын әр тарап өз әңгімесін "
                            "толық тыңдап, байыппен қабылдағанын сезінуі керек. Жақсы тыңдай "
                            "алатын медиатор кез келген ақылды дәлелден гөрі дау қызуын тезірек "
                            "басады.</p>"
                            "<p>Тыңдау — жай үндемей отыру емес. Бұл көзге көрінетін белгілері "
                            "бар белсенді дағды. Тарап сіздің тыңдап отырғаныңызды "
                            "жорамалдамай, <strong>көруі</strong> керек.</p>"
                            "<h3>Адам өзін тыңдағанын сезінетіндей қалай тыңдау керек</h3>"
                            "<ul>"
                            "<li><strong>Бар назарыңызды беріңіз.</strong> Телефонды алып "
                            "қойыңыз, сөйлеп отырған адамға бұрылыңыз, оның жасы мен әдетіне "
                            "сай байсалды қараңыз: кейбір үлкендер мен әйелдер "
                            "тесіле қарағанды ұнатпайды.</li>"
                            "<li><strong>Назардың қысқа белгілерін қолданыңыз:</strong> бас "
                            "изеу, «иә», «түсінемін», «жалғастырыңыз».</li>"
                            "<li><strong>Үзіліске жол беріңіз.</strong> Адам сөзін аяқтаған "
                            "соң екі-үш секунд күтіңіз. Ең маңызды сөз көбіне үнсіздіктен кейін "
                            "айтылады.</li>"
                            "<li><strong>Тұтас сөйлемді емес, негізгі сөздерді жазыңыз.</strong> "
                            "Басында не үшін жазып отырғаныңызды және жазбаның сізде ғана "
                            "қалатынын түсіндіріңіз.</li>"
                            "<li><strong>Фактіні ғана емес, сезім мен қажеттілікті де "
                            "естіңіз.</strong> «Ол жүк көлігін күнде менің қақпамның алдына "
                            "қояды» деген сөздің артында жедел жәрдем көлігі өте алмай қалады "
                            "деген алаңдаушылық жатуы мүмкін.</li>"
                            "</ul>"
                        ),
                        "ru": (
                            "<h3>Почему сначала нужно слушать</h3>"
                            "<p>Люди, которые приходят к общественному медиатору, обычно "
                            "неделями рассказывают о своём споре: соседям, родственникам, на "
                            "остановке, в сельском чате в WhatsApp. Но по-настоящему их почти "
                            "никто не слушал. Прежде чем искать решение, каждая сторона должна "
                            "почувствовать, что её историю выслушали до конца и отнеслись к ней "
                            "всерьёз. Медиатор, который умеет слушать, снижает накал спора "
                            "быстрее, чем любой умный довод.</p>"
                            "<p>Слушать — не значит просто молчать. Это активный навык с "
                            "видимыми признаками. Сторона должна <strong>видеть</strong>, что вы "
                            "слушаете, а не догадываться об этом.</p>"
                            "<h3>Как слушать, чтобы человек почувствовал, что его услышали</h3>"
                            "<ul>"
                            "<li><strong>Отдайте всё внимание.</strong> Уберите телефон, "
                            "повернитесь к говорящему, смотрите спокойно и так, как принято для "
                            "его возраста и привычек: некоторым старшим и женщинам неприятен "
                            "пристальный взгляд.</li>"
                            "<li><strong>Используйте короткие знаки внимания:</strong> кивок, "
                            "«да», «понимаю», «продолжайте».</li>"
                            "<li><strong>Выдерживайте паузы.</strong> Когда человек закончил, "
                            "подождите две-три секунды. Самое важное часто звучит после "
                            "паузы.</li>"
                            "<li><strong>Записывайте ключевые слова, а не целые фразы.</strong> "
                            "В начале объясните, зачем вы делаете записи и что они останутся "
                            "только у вас.</li>"
                            "<li><strong>Слышьте не только факты, но и чувства и "
                            "потребности.</strong> За словами «он каждый день ставит грузовик у "
                            "моих ворот» может стоять тревога, что не проедет скорая "
                            "помощь.</li>"
                            "</ul>"
                        ),
                        "en": (
                            "<h3>Why listening comes first</h3>"
                            "<p>People who come to a public mediator have usually been talking "
                            "about their dispute for weeks: to neighbours, to relatives, at the "
                            "bus stop, in the village WhatsApp group. Yet almost nobody has "
                            "really listened to them. Before anyone is ready to look for a "
                            "solution, each side needs to feel that their story has been heard "
                            "in full and taken seriously. A mediator who listens well cools a "
                            "dispute faster than any clever argument.</p>"
                            "<p>Listening is not just staying quiet. It is an active skill with "
                            "visible signs. The party must <strong>see</strong> that you are "
                            "listening, not guess it.</p>"
                            "<h3>How to listen so that people feel heard</h3>"
                            "<ul>"
                            "<li><strong>Give your whole attention.</strong> Put your phone "
                            "away, turn towards the speaker and keep a calm gaze that suits "
                            "their age and habits: some elders and some women dislike being "
                            "stared at.</li>"
                            '<li><strong>Use short signs of attention:</strong> a nod, "yes", '
                            '"I see", "go on".</li>'
                            "<li><strong>Allow pauses.</strong> When the person has finished, "
                            "wait two or three seconds. The most important thing often comes "
                            "after the pause.</li>"
                            "<li><strong>Note key words, not whole sentences.</strong> At the "
                            "start, explain why you take notes and that the notes stay with "
                            "you.</li>"
                            "<li><strong>Hear feelings and needs, not only facts.</strong> "
                            'Behind "he parks his truck at my gate every day" there may be the '
                            "worry that an ambulance could not get through.</li>"
                            "</ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Өз сөзіңізбен қайталау</h3>"
                            "<p>Өз сөзіңізбен қайталау (перефраз) — сөйлеушінің айтқанының "
                            "негізгі мәнін қысқа әрі байсалдырақ сөзбен, өз пікіріңізді "
                            "қоспай, оның өзіне қайтару. Бұл үш нәрсе береді: адам өзін "
                            "тыңдағанын көреді, сіз қате түсінсеңіз, оны түзетуге мүмкіндік "
                            "алады, ал әңгімеден ең өткір сөздер алынып тасталады.</p>"
                            "<p><em>Мысал.</em> Шымкент базарындағы саудагер Сәуле: «Ол "
                            "дүңгіршегін әдейі менің алдыма қойды, тауарымды ешкім көрмесін "
                            "деп! Бір ай бойы осылай істеп жүр!» Медиатор: «Яғни бір айдан бері "
                            "сіздің дүңгіршегіңіз оның дүңгіршегінің тасасында қалып, сатып "
                            "алушыларыңыз азайған. Бұл сізді алаңдатады». Байқаңыз: медиатор "
                            "«әдейі» деген сөзді қайталамайды, өйткені ниеті әлі белгісіз, "
                            "бірақ фактіні, мерзімді және сезімді сақтайды.</p>"
                            "<p>Пайдалы бастамалар: «Егер дұрыс түсінсем...», «Яғни сіз үшін ең "
                            "бастысы...», «Сіздің айтып отырғаныңыз...». Бір-екі сөйлеммен "
                            "шектеліңіз, содан кейін тоқтап, адамның растауын немесе "
                            "түзетуін күтіңіз.</p>"
                            "<h3>Түйіндеу</h3>"
                            "<p>Түйіндеу бірнеше ойды бір жерге жинайды: әдетте адам әңгімесін "
                            "аяқтағанда, үзіліс алдында немесе келесі тақырыпқа өтерде. Жақсы "
                            "түйіндеу екі тарапқа да әділ: бір тараптың сөзін түйіндесеңіз, "
                            "екіншісінікін де шамалас көлемде әрі сондай үнмен түйіндеңіз. "
                            "Мысал: «Бәрін дұрыс түсіндім бе, тексеріп алайын. Сізді үш нәрсе "
                            "мазалайды: арықтағы су учаскеңізге бұрынғыдан кеш жетеді, жаңа "
                            "кесте туралы сізге ешкім айтпаған және шешім сіздің көшеңізбен "
                            "ақылдаспай қабылданды деп ойлайсыз. Бір нәрсені ұмытып кеткен "
                            "жоқпын ба?»</p>"
                        ),
                        "ru": (
                            "<h3>Пересказ своими словами</h3>"
                            "<p>Пересказ своими словами (перефразирование) — это коротко "
                            "вернуть говорящему главный смысл сказанного, более спокойными "
                            "словами и без собственной оценки. Он даёт три вещи: человек видит, "
                            "что его услышали, может поправить вас, если вы поняли неверно, а "
                            "из разговора уходят самые резкие слова.</p>"
                            "<p><em>Пример.</em> Сауле, торговка на рынке в Шымкенте: «Он "
                            "нарочно поставил свой прилавок прямо перед моим, чтобы никто не "
                            "видел мой товар! Уже месяц так делает!» Медиатор: «То есть уже "
                            "месяц ваш прилавок закрыт его прилавком, и покупателей стало "
                            "меньше. Это вас тревожит». Обратите внимание: медиатор не "
                            "повторяет слово «нарочно», ведь намерение пока неизвестно, но "
                            "сохраняет факт, срок и чувство.</p>"
                            "<p>Полезные начала фраз: «Если я правильно понял...», «То есть для "
                            "вас главное...», «Вы говорите о том, что...». Ограничьтесь одной-"
                            "двумя фразами, затем остановитесь и дайте человеку подтвердить или "
                            "поправить вас.</p>"
                            "<h3>Подведение итога</h3>"
                            "<p>Итог собирает вместе несколько мыслей: обычно когда человек "
                            "закончил рассказ, перед перерывом или перед переходом к следующей "
                            "теме. Хороший итог справедлив к обеим сторонам: подвели итог "
                            "словам одной стороны — сделайте то же для другой, примерно так же "
                            "подробно и тем же тоном. Пример: «Давайте проверю, всё ли я понял. "
                            "Вас беспокоят три вещи: вода по арыку доходит до вашего участка "
                            "позже, чем раньше, о новом графике вам никто не сказал, и вы "
                            "считаете, что решение приняли, не посоветовавшись с вашей улицей. "
                            "Я ничего не упустил?»</p>"
                        ),
                        "en": (
                            "<h3>Repeating in your own words</h3>"
                            "<p>Repeating in your own words (paraphrasing) means briefly giving "
                            "back to the speaker the main point of what they said, in calmer "
                            "words and without your own opinion. It does three things: the "
                            "person sees that they were heard, they can correct you if you "
                            "misunderstood, and the sharpest words drop out of the "
                            "conversation.</p>"
                            '<p><em>Example.</em> Saule, a trader at a market in Shymkent: "He '
                            "put his stall right in front of mine on purpose, so nobody sees my "
                            'goods! He has been doing it for a month!" Mediator: "So for a '
                            "month now your stall has been hidden behind his, and you have had "
                            'fewer customers. That worries you." Notice that the mediator does '
                            'not repeat "on purpose", because the intention is not yet known, '
                            "but keeps the fact, the time and the feeling.</p>"
                            '<p>Useful openings: "If I understood you correctly...", "So for '
                            'you the main thing is...", "You are saying that...". Keep it to '
                            "one or two sentences, then stop and let the person confirm or "
                            "correct you.</p>"
                            "<h3>Summarising</h3>"
                            "<p>A summary gathers several points together, usually when a "
                            "person has finished their story, before a break or before moving "
                            "to the next topic. A good summary is fair to both sides: if you "
                            "summarise for one party, do the same for the other, at similar "
                            'length and in the same tone. Example: "Let me check that I have '
                            "understood everything. Three things worry you: the water in the "
                            "irrigation ditch reaches your plot later than before, nobody told "
                            "you about the new schedule, and you feel the decision was made "
                            'without asking your street. Have I missed anything?"</p>'
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қарапайым ашық сұрақтар</h3>"
                            "<p>Ашық сұраққа «иә» немесе «жоқ» деп жауап беруге болмайды: ол "
                            "адамды әңгімелеп беруге шақырады. Мұндай сұрақтар «не», «қалай», "
                            "«айтып беріңізші» деген сөздерден басталады: «Сол кеші не болды?», "
                            "«Бұл жағдай отбасыңызға қалай әсер етіп жүр?», «Нені өзгерткіңіз "
                            "келеді?», «Мұнда сіз үшін ең маңыздысы не?» Жабық сұрақ "
                            "(«Әкімдікке бардыңыз ба?») фактіні тексеруге пайдалы, бірақ тек "
                            "жабық сұрақтардан тұратын әңгіме тергеу сияқты сезіледі. «Неге?» "
                            "деген сұрақпен абай болыңыз: «Неге олай істедіңіз?» айыптау сияқты "
                            "естіледі. Оның орнына: «Сізді бұл шешімге не әкелді?» деп "
                            "сұраңыз.</p>"
                            "<h3>Не істемеу керек</h3>"
                            "<ol>"
                            "<li><strong>Сөзді бөлу.</strong> Әңгіме ұзақ болса да, адамға "
                            "ойын аяқтауға мүмкіндік беріңіз. Тоқтату қажет болса, рұқсат "
                            "сұраңыз: «Осы маңызды ойды жоғалтып алмас үшін сізді бір сәтке "
                            "тоқтатуыма бола ма?»</li>"
                            "<li><strong>Ақыл айту.</strong> «Мен сіздің орныңызда болсам...» "
                            "деген сөз шешімді тараптардың қолынан алады. Қоғамдық медиатор "
                            "адамдарға өз шешімін табуға көмектеседі.</li>"
                            "<li><strong>Сынау.</strong> «Сіз олай демеуіңіз керек еді» деген "
                            "сөз, тіпті ауыр күрсіну мен қабақ шыту да тарапқа сіздің біреудің "
                            "жағына шыққаныңызды білдіреді.</li>"
                            "<li><strong>Өз басыңыздан өткенді айту.</strong> «Менің көршіммен "
                            "де дәл осындай болған...» деген сөз назарды өзіңізге "
                            "аударады.</li>"
                            "<li><strong>Асығыс жұбату.</strong> «Уайымдамаңыз, бұл түк емес» "
                            "деген сөзден кейін адам мәселесін ешкім байыпқа алмады деп "
                            "сезінеді.</li>"
                            "</ol>"
                            "<h3>Үлкендерге және басқа тілде сөйлейтіндерге құрмет</h3>"
                            "<p>Қазақстанда жасы үлкенді сыйлау — барлық қауымдастықтағы берік "
                            "құндылық. Алдымен үлкен кісімен амандасыңыз, оған «Сіз» деп, "
                            "әдетке қарай аты-жөнімен немесе «ата», «апа», «аға» деп сөз "
                            "арнаңыз. Үлкен кісіні асықтырмай сөйлетіп, келгені үшін алғыс "
                            "айтыңыз. Бірақ құрмет үлкен кісі бәрі үшін шешеді дегенді "
                            "білдірмейді: жасы кіші тарапқа да сонша уақыт беріп, оның сөзін де "
                            "сондай салмақпен қабылдаңыз.</p>"
                            "<p>Басында әр тараптан қай тілде сөйлегісі келетінін сұраңыз: "
                            "қазақша, орысша немесе басқа тілде. Тараптар әртүрлі тілде "
                            "сөйлесе, қалай жұмыс істейтініңізді келісіп алыңыз: медиатор "
                            "немесе екі тарап та сенетін бейтарап аудармашы негізгі ойларды екі "
                            "тілде қайталайды. Бір тараптың туысын аудармашы етпеңіз. Қысқа "
                            "сөйлеммен сөйлеңіз, аударуға қиын әзіл мен мақал-мәтелден аулақ "
                            "болыңыз, түсінікті тексеріңіз: «Бәріне анық болу үшін мұны екінші "
                            "тілде де қайталайын». Ешқашан біреудің акцентіне немесе тілдегі "
                            "қатесіне күлмеңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Простые открытые вопросы</h3>"
                            "<p>На открытый вопрос нельзя ответить «да» или «нет»: он "
                            "приглашает человека рассказать. Такие вопросы начинаются со слов "
                            "«что», «как», «расскажите»: «Что произошло в тот вечер?», «Как это "
                            "сказывается на вашей семье?», «Что бы вы хотели изменить?», «Что "
                            "для вас здесь самое важное?» Закрытый вопрос («Вы ходили в "
                            "акимат?») полезен, чтобы проверить факт, но разговор из одних "
                            "закрытых вопросов похож на допрос. Осторожнее с вопросом «почему»: "
                            "«Почему вы так сделали?» звучит как обвинение. Спросите иначе: "
                            "«Что привело вас к такому решению?»</p>"
                            "<h3>Чего не делать</h3>"
                            "<ol>"
                            "<li><strong>Перебивать.</strong> Даже если рассказ длинный, дайте "
                            "человеку закончить мысль. Если остановить всё же нужно, спросите "
                            "разрешения: «Можно я остановлю вас на минуту, чтобы не потерять "
                            "эту важную мысль?»</li>"
                            "<li><strong>Советовать.</strong> «Я бы на вашем месте...» забирает "
                            "решение у сторон. Общественный медиатор помогает людям найти их "
                            "собственное решение.</li>"
                            "<li><strong>Осуждать.</strong> Фраза «Зря вы так сказали», даже "
                            "тяжёлый вздох или нахмуренные брови показывают стороне, что вы "
                            "встали на чью-то сторону.</li>"
                            "<li><strong>Рассказывать о себе.</strong> «У меня с соседом было "
                            "точно так же...» переводит внимание на вас.</li>"
                            "<li><strong>Торопиться утешать.</strong> После слов «Не "
                            "переживайте, это ерунда» человек чувствует, что его проблему не "
                            "приняли всерьёз.</li>"
                            "</ol>"
                            "<h3>Уважение к старшим и к людям, говорящим на другом языке</h3>"
                            "<p>Уважение к старшим — прочная ценность во всех общинах "
                            "Казахстана. Сначала поздоровайтесь со старшим, обращайтесь на "
                            "«вы», по имени-отчеству или, где так принято, «ата», «апа», «аға». "
                            "Дайте старшему говорить не торопясь и поблагодарите за то, что он "
                            "пришёл. Но уважение не означает, что старший решает за всех: "
                            "младшей стороне дайте столько же времени и отнеситесь к её словам "
                            "с тем же вниманием.</p>"
                            "<p>В начале спросите каждую сторону, на каком языке ей удобнее "
                            "говорить: на казахском, русском или другом. Если стороны говорят "
                            "на разных языках, договоритесь, как вы будете работать: медиатор "
                            "или нейтральный переводчик, которому доверяют обе стороны, "
                            "повторяет главное на двух языках. Не делайте переводчиком "
                            "родственника одной из сторон. Говорите короткими фразами, "
                            "избегайте шуток и поговорок, которые трудно перевести, проверяйте "
                            "понимание: «Повторю это и на втором языке, чтобы всем было ясно». "
                            "Никогда не смейтесь над чужим акцентом или ошибкой в языке.</p>"
                        ),
                        "en": (
                            "<h3>Simple open questions</h3>"
                            '<p>An open question cannot be answered with "yes" or "no": it '
                            "invites the person to tell their story. Such questions start with "
                            '"what", "how" or "tell me": "What happened that evening?", '
                            '"How is this affecting your family?", "What would you like to '
                            'change?", "What matters most to you here?" A closed question '
                            '("Did you go to the akimat?") is useful to check a fact, but a '
                            "conversation made only of closed questions feels like an "
                            'interrogation. Be careful with "why": "Why did you do that?" '
                            'sounds like an accusation. Ask instead: "What led you to that '
                            'decision?"</p>'
                            "<h3>What not to do</h3>"
                            "<ol>"
                            "<li><strong>Interrupting.</strong> Even if the story is long, let "
                            "the person finish the thought. If you must stop them, ask "
                            "permission: \"May I stop you for a moment so that I don't lose "
                            'this important point?"</li>'
                            '<li><strong>Advising.</strong> "If I were you, I would..." takes '
                            "the decision away from the parties. A public mediator helps people "
                            "find their own solution.</li>"
                            '<li><strong>Judging.</strong> "You shouldn\'t have said that", or '
                            "even a heavy sigh or a frown, tells a party that you have taken "
                            "sides.</li>"
                            '<li><strong>Telling your own story.</strong> "The same thing '
                            'happened with my neighbour..." turns the attention to you.</li>'
                            "<li><strong>Hurrying to comfort.</strong> After \"Don't worry, "
                            "it's nothing\" a person feels that their problem was not taken "
                            "seriously.</li>"
                            "</ol>"
                            "<h3>Respect for elders and across languages</h3>"
                            "<p>Respect for age is a strong value in every community in "
                            "Kazakhstan. Greet the elder first, use the polite form of "
                            '"you", and address them by name and patronymic or, where that is '
                            'the custom, as "ata", "apa" or "aga". Let the elder speak '
                            "without hurrying them and thank them for coming. But respect does "
                            "not mean that the elder decides for everyone: give the younger "
                            "party the same time and treat their words with the same "
                            "weight.</p>"
                            "<p>At the start, ask each party which language they prefer: "
                            "Kazakh, Russian or another. If the parties speak different "
                            "languages, agree how you will work: the mediator, or a neutral "
                            "interpreter whom both sides trust, repeats the main points in both "
                            "languages. Do not use a relative of one party as the interpreter. "
                            "Speak in short sentences, avoid jokes and sayings that are hard to "
                            'translate, and check understanding: "Let me repeat this in the other '
                            "language, so that it is clear to everyone.\" Never laugh at someone's "
                            "accent or a mistake in language.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Арықтағы су және үнсіз кеткен ақсақал",
                            "ru": "Вода в арыке и аксакал, который ушёл молча",
                            "en": "Water in the ditch and the elder who left in silence",
                        },
                        "scenario": {
                            "kk": (
                                "<p><em>Ойдан алынған мысал.</em> Түркістан облысының бір "
                                "ауылында бақшаларға су арықпен, ауыл тұрғындары бекіткен "
                                "кесте бойынша келеді. 38 жастағы Рүстем мен оның 74 жастағы "
                                "әкесі Ахмад ата қоғамдық медиатор Гүлнараға келді. Олардың "
                                "айтуынша, көршісі Болат түнде арықты бөгеп тастайды, сондықтан "
                                "ең ыстық апталарда олардың учаскесі сусыз қалады. Ахмад ата "
                                "өзбекше және қазақша сөйлейді, орысшаны нашар түсінеді; "
                                "Гүлнара әдетте орыс тілінде жұмыс істейді.</p>"
                                "<p>Кездесу кезінде Гүлнара телефонға екі рет жауап берді. "
                                "Рүстем арықты күзетіп өткізген түндері туралы айта бастағанда, "
                                "ол сөзін бөліп: «Биыл жазда судан бәрі қиналып жүр», — деді. "
                                "Ол негізінен Рүстеммен орысша сөйлесті, ал Ахмад ата бірнеше "
                                "рет қазақша асықпай бірдеңе айтпақ болды. Соңында Гүлнара: "
                                "«Болатқа өздеріңіз барып сөйлесіңіздер, көршісіздер ғой», — "
                                "деп кеңес берді. Ахмад ата орнынан тұрып, салқын ғана алғыс "
                                "айтты да, шығып кетті. Бір аптадан кейін Рүстем ауылдың "
                                "чатына «медиатор Болаттың жағында» деп жазды.</p>"
                            ),
                            "ru": (
                                "<p><em>Вымышленный пример.</em> В одном селе Туркестанской "
                                "области вода для огородов идёт по арыку по графику, который "
                                "утвердили сами жители. 38-летний Рустам и его 74-летний отец "
                                "Ахмад-ата пришли к общественному медиатору Гульнаре. По их "
                                "словам, сосед Болат по ночам перекрывает арык, и в самые "
                                "жаркие недели их участок остаётся без воды. Ахмад-ата говорит "
                                "по-узбекски и по-казахски, по-русски понимает плохо; Гульнара "
                                "обычно работает на русском языке.</p>"
                                "<p>Во время встречи Гульнара дважды ответила на телефонные "
                                "звонки. Когда Рустам начал рассказывать о ночах, которые он "
                                "провёл, карауля арык, она перебила: «Этим летом с водой у "
                                "всех трудно». Она говорила в основном с Рустамом по-русски, а "
                                "Ахмад-ата несколько раз пытался неторопливо сказать что-то "
                                "по-казахски. В конце Гульнара посоветовала: «Сходите к Болату "
                                "и поговорите сами, вы же соседи». Ахмад-ата встал, сдержанно "
                                "поблагодарил и ушёл. Через неделю Рустам написал в сельском "
                                "чате, что «медиатор на стороне Болата».</p>"
                            ),
                            "en": (
                                "<p><em>An invented example.</em> In a village in Turkistan "
                                "region, water for the gardens comes along an irrigation ditch "
                                "by a schedule the villagers agreed themselves. Rustam, 38, and "
                                "his father Akhmad-ata, 74, came to the public mediator "
                                "Gulnara. They say that their neighbour Bolat blocks the ditch "
                                "at night, so in the hottest weeks their plot is left without "
                                "water. Akhmad-ata speaks Uzbek and Kazakh and understands "
                                "little Russian; Gulnara usually works in Russian.</p>"
                                "<p>During the meeting Gulnara answered her phone twice. When "
                                "Rustam began to describe the nights he had spent guarding the "
                                'ditch, she interrupted: "Everyone has trouble with water this '
                                'summer." She spoke mostly to Rustam, in Russian, while '
                                "Akhmad-ata tried several times to say something slowly in "
                                'Kazakh. At the end Gulnara advised: "Just go and talk to Bolat '
                                'yourselves, you are neighbours." Akhmad-ata stood up, thanked '
                                "her coolly and left. A week later Rustam wrote in the village "
                                'chat that "the mediator is on Bolat\'s side".</p>'
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Гүлнара тыңдауда қандай қателіктер жіберді және олардың "
                                    "әрқайсысы Рүстем мен әкесіне қалай әсер етті?"
                                ),
                                "ru": (
                                    "Какие ошибки слушания допустила Гульнара и как каждая "
                                    "из них повлияла на Рустама и его отца?"
                                ),
                                "en": (
                                    "Which listening mistakes did Gulnara make, and how did "
                                    "each of them affect Rustam and his father?"
                                ),
                            },
                            {
                                "kk": (
                                    "Гүлнара Болатты кінәлі деп атамай, Рүстемнің шағымын өз "
                                    "сөзімен қалай қайталап, кейін қалай түйіндей алар еді?"
                                ),
                                "ru": (
                                    "Как Гульнара могла бы пересказать жалобу Рустама своими "
                                    "словами и подвести итог, не называя Болата виновным?"
                                ),
                                "en": (
                                    "How could Gulnara have repeated Rustam's complaint in her "
                                    "own words and summarised it without calling Bolat guilty?"
                                ),
                            },
                            {
                                "kk": (
                                    "Гүлнара Ахмад атаға қоя алатын үш қарапайым ашық сұрақ "
                                    "жазыңыз."
                                ),
                                "ru": (
                                    "Сформулируйте три простых открытых вопроса, которые "
                                    "Гульнара могла бы задать Ахмад-ата."
                                ),
                                "en": (
                                    "Write three simple open questions that Gulnara could have "
                                    "asked Akhmad-ata."
                                ),
                            },
                            {
                                "kk": (
                                    "Рүстемге де тең назар аудара отырып, ол әңгіменің тілін "
                                    "қалай келісіп, ақсақалға құрметін қалай көрсетуі керек еді?"
                                ),
                                "ru": (
                                    "Как ей следовало договориться о языке разговора и "
                                    "проявить уважение к аксакалу, уделяя при этом Рустаму "
                                    "столько же внимания?"
                                ),
                                "en": (
                                    "How should she have agreed on the language of the "
                                    "conversation and shown respect to the elder, while giving "
                                    "Rustam equal attention?"
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
                                "Өзіңізді шын тыңдағанын сезінген бір әңгімені және "
                                "тыңдамағанын сезінген бір әңгімені еске түсіріңіз. Екінші "
                                "адам нақты не істеді, не істемеді? Сөзді бөлу, ақыл айту, "
                                "сынау әдеттерінің қайсысын өзіңізден байқайсыз және осы аптада "
                                "нені жаттықтырасыз?"
                            ),
                            "ru": (
                                "Вспомните один разговор, в котором вы почувствовали, что вас "
                                "действительно услышали, и один, в котором не услышали. Что "
                                "именно делал или не делал собеседник? Какую из привычек — "
                                "перебивать, советовать, осуждать — вы замечаете за собой и что "
                                "будете тренировать на этой неделе?"
                            ),
                            "en": (
                                "Recall one conversation in which you felt truly heard and one "
                                "in which you did not. What exactly did the other person do or "
                                "not do? Which of the habits of interrupting, advising and "
                                "judging do you notice in yourself, and what will you practise "
                                "this week?"
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
                                    "kk": "Белсенді тыңдау",
                                    "ru": "Активное слушание",
                                    "en": "Active listening",
                                },
                                "definition": {
                                    "kk": (
                                        "Сөйлеушіге бар назарды беріп, оны тыңдағаныңызды "
                                        "көрінетін белгілермен, қайталау және түйіндеу арқылы "
                                        "көрсету."
                                    ),
                                    "ru": (
                                        "Слушание с полным вниманием к говорящему, когда вы "
                                        "показываете видимыми знаками, пересказом и итогом, "
                                        "что слышите его."
                                    ),
                                    "en": (
                                        "Listening with full attention and showing it through "
                                        "visible signs, repeating and summarising."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Өз сөзімен қайталау (перефраз)",
                                    "ru": "Пересказ своими словами (перефразирование)",
                                    "en": "Repeating in one's own words (paraphrase)",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамның айтқанының негізгі мәнін қысқа, байсалды "
                                        "сөзбен, өз бағаңызды қоспай қайтару."
                                    ),
                                    "ru": (
                                        "Краткое возвращение говорящему главного смысла его "
                                        "слов спокойными словами и без своей оценки."
                                    ),
                                    "en": (
                                        "Briefly giving back the main point of what a person "
                                        "said, in calm words and without your own judgement."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Түйіндеу",
                                    "ru": "Подведение итога (резюмирование)",
                                    "en": "Summarising",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың бірнеше негізгі ойын бір жерге жинап, "
                                        "дұрыс түсінгеніңізді тексеру."
                                    ),
                                    "ru": (
                                        "Сведение вместе нескольких главных мыслей стороны с "
                                        "проверкой, правильно ли вы их поняли."
                                    ),
                                    "en": (
                                        "Gathering a party's main points together and checking "
                                        "that you have understood them correctly."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ашық сұрақ",
                                    "ru": "Открытый вопрос",
                                    "en": "Open question",
                                },
                                "definition": {
                                    "kk": (
                                        "«Иә» немесе «жоқ» деп жауап беруге болмайтын, адамды "
                                        "әңгімелеуге шақыратын сұрақ."
                                    ),
                                    "ru": (
                                        "Вопрос, на который нельзя ответить «да» или «нет»; "
                                        "он приглашает человека рассказать."
                                    ),
                                    "en": (
                                        "A question that cannot be answered with yes or no and "
                                        "invites the person to tell their story."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жабық сұрақ",
                                    "ru": "Закрытый вопрос",
                                    "en": "Closed question",
                                },
                                "definition": {
                                    "kk": (
                                        "«Иә», «жоқ» немесе бір сөзбен жауап берілетін сұрақ; "
                                        "фактіні тексеруге ыңғайлы."
                                    ),
                                    "ru": (
                                        "Вопрос, на который отвечают «да», «нет» или одним "
                                        "словом; удобен для проверки факта."
                                    ),
                                    "en": (
                                        "A question answered with yes, no or a single word; "
                                        "useful to check a fact."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "difficult-conversations",
            "title": {
                "kk": "Қиын әңгімелер",
                "ru": "Трудные разговоры",
                "en": "Difficult conversations",
            },
            "summary": {
                "kk": (
                    "Ашуланған немесе жылаған тараппен, қорлайтын сөздермен, үнсіздікпен және "
                    "тарапқа ерген туыстармен қалай жұмыс істеу; айыптауды қажеттілікке "
                    "айналдыру, өз сабырыңызды сақтау және сессияны қауіпсіз тоқтату."
                ),
                "ru": (
                    "Как работать с рассерженной или плачущей стороной, оскорблениями, "
                    "молчанием и родственниками, пришедшими вместе со стороной; как переводить "
                    "обвинения в потребности, сохранять спокойствие и безопасно остановить "
                    "сессию."
                ),
                "en": (
                    "How to work with angry or tearful parties, insults, silence and relatives "
                    "who come along; how to turn blame into needs, keep calm yourself and stop "
                    "a session safely."
                ),
            },
            "academic_hours": 4,
            "learning_outcomes": [
                {
                    "kk": (
                        "Ашуға, көз жасына, қорлайтын сөздерге және үнсіздікке сабырмен әрі "
                        "ешкімнің жағына шықпай жауап беру."
                    ),
                    "ru": (
                        "Спокойно и беспристрастно реагировать на гнев, слёзы, оскорбления и "
                        "молчание."
                    ),
                    "en": (
                        "Respond to anger, tears, insults and silence calmly and without taking "
                        "sides."
                    ),
                },
                {
                    "kk": (
                        "Туыстардың рөлін келісу және қарапайым рефрейминг арқылы айыптайтын "
                        "сөздерді қажеттілікке айналдыру."
                    ),
                    "ru": (
                        "Договариваться о роли родственников и с помощью простого рефрейминга "
                        "переводить обвинения в потребности."
                    ),
                    "en": (
                        "Agree on the role of relatives and turn blaming statements into needs "
                        "with simple reframing."
                    ),
                },
                {
                    "kk": (
                        "Сессияны қашан үзу немесе тоқтату керектігін танып, мұны қауіпсіз жасау."
                    ),
                    "ru": (
                        "Понимать, когда сессию нужно прервать или остановить, и делать это "
                        "безопасно."
                    ),
                    "en": "Recognise when a session must be paused or stopped, and do it safely.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Эмоция — даудың бір бөлігі</h3>"
                            "<p>Екі ауланың арасындағы қоршау туралы дау, бүкіл көшені түні бойы "
                            "ұйықтатпаған той немесе мектеп оқушыларының төбелесі бөлмеге күшті "
                            "сезімдер алып келеді: ашу, өкпе, қорқыныш, ұят. Эмоция — алып "
                            "тастау керек кедергі емес. Ол адам үшін не маңызды екенін "
                            "көрсетеді. Медиатордың міндеті — сезімге тыйым салу емес, оның "
                            "әңгімені бұзып жібермеуін қадағалау.</p>"
                            "<h3>Ашуланған тарап</h3>"
                            "<ul>"
                            "<li>Жауап ретінде дауысыңызды көтермеңіз. Тараптан баяуырақ әрі "
                            "ақырынырақ сөйлеңіз.</li>"
                            "<li>Сезімді бағаламай атаңыз: «Бұл сізді қатты ашуландырып "
                            "тұрғанын көріп отырмын».</li>"
                            "<li>Оның артында не тұрғанын мойындаңыз: «Сіз үшін отбасыңызға "
                            "құрметпен қарау маңызды».</li>"
                            "<li>Рәсімге қайта оралыңыз: «Ештеңені жіберіп алмас үшін бәрін "
                            "ретімен қарастырайық».</li>"
                            "</ul>"
                            "<p>«Тынышталыңыз» деген сөзден аулақ болыңыз: ол көбіне сөгіс "
                            "сияқты естіліп, ашуды күшейте түседі.</p>"
                            "<h3>Жылаған тарап</h3>"
                            "<p>Асықпаңыз және ештеңе болмағандай түр көрсетпеңіз. Су мен "
                            "майлық ұсынып, үнсіз күтіңіз де: «Асықпаңыз, уақытымыз жетеді», — "
                            "деңіз. Адам қаласа, қысқа үзіліс жариялаңыз. Екінші тарап бұл "
                            "сәтті қысым жасауға немесе мазақ етуге пайдаланбауын "
                            "қадағалаңыз.</p>"
                            "<h3>Қорлайтын сөздер</h3>"
                            "<p>Қорлайтын сөздерді, әсіресе адамның ұлтына, тіліне немесе дініне "
                            "қатыстыларын, дереу, бірақ сабырмен, айқайламай тоқтату керек. "
                            "Басында келісілген кездесу ережелерін еске салыңыз: «Біз бір-"
                            "бірімізді қорламай сөйлесуге келістік. Екеуіңізден де осыны "
                            "сақтауды сұраймын». Содан кейін сөздің артында не тұрғанын "
                            "сұраңыз: «Сіздің қатты ренжігеніңізді естіп отырмын. Нақты не "
                            "болды?» Өз сөзіңізбен қайталағанда қорлайтын сөзді ешқашан "
                            "қайталамаңыз. Тарап қорлауын жалғастырса, үзіліс жариялап, онымен "
                            "жеке сөйлесіңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Эмоции — часть спора</h3>"
                            "<p>Спор о заборе на меже, свадьба, из-за которой вся улица не "
                            "спала до утра, или драка школьников приносят в комнату сильные "
                            "чувства: гнев, обиду, страх, стыд. Эмоции — не помеха, от которой "
                            "нужно избавиться. Они показывают, что важно для человека. Задача "
                            "медиатора — не запрещать чувства, а не дать им разрушить "
                            "разговор.</p>"
                            "<h3>Рассерженная сторона</h3>"
                            "<ul>"
                            "<li>Не повышайте голос в ответ. Говорите медленнее и тише, чем "
                            "сторона.</li>"
                            "<li>Назовите чувство, не оценивая его: «Я вижу, что это вас очень "
                            "злит».</li>"
                            "<li>Признайте то, что за ним стоит: «Для вас важно, чтобы к вашей "
                            "семье относились с уважением».</li>"
                            "<li>Вернитесь к процессу: «Давайте разберём всё по порядку, чтобы "
                            "ничего не упустить».</li>"
                            "</ul>"
                            "<p>Избегайте слова «успокойтесь»: обычно оно звучит как упрёк и "
                            "только усиливает гнев.</p>"
                            "<h3>Сторона в слезах</h3>"
                            "<p>Не торопитесь и не делайте вид, что ничего не происходит. "
                            "Предложите воды и салфетку, помолчите и скажите: «Не спешите, у "
                            "нас есть время». Если человек хочет, объявите короткий перерыв. "
                            "Следите, чтобы другая сторона не использовала этот момент для "
                            "давления или насмешки.</p>"
                            "<h3>Оскорбления</h3>"
                            "<p>Оскорбления, особенно касающиеся национальности, языка или веры "
                            "человека, нужно остановить сразу — спокойно и без крика. Напомните "
                            "о правилах встречи, принятых в начале: «Мы договорились говорить "
                            "без оскорблений. Прошу вас обоих это соблюдать». Затем спросите о "
                            "том, что стоит за словами: «Я слышу, что вас это сильно задело. "
                            "Что именно произошло?» Пересказывая, никогда не повторяйте "
                            "оскорбление. Если сторона продолжает оскорблять, объявите перерыв "
                            "и поговорите с ней отдельно.</p>"
                        ),
                        "en": (
                            "<h3>Emotions are part of the dispute</h3>"
                            "<p>A dispute about a boundary fence, a wedding that kept the whole "
                            "street awake or a fight between schoolchildren brings strong "
                            "feelings into the room: anger, hurt, fear, shame. Emotions are not "
                            "an obstacle to remove. They show what matters to the person. The "
                            "mediator's task is not to forbid feelings but to keep them from "
                            "wrecking the conversation.</p>"
                            "<h3>An angry party</h3>"
                            "<ul>"
                            "<li>Do not raise your voice in reply. Speak more slowly and more "
                            "quietly than the party.</li>"
                            '<li>Name the feeling without judging it: "I can see this makes '
                            'you very angry."</li>'
                            '<li>Acknowledge what lies behind it: "It matters to you that your '
                            'family is treated with respect."</li>'
                            "<li>Return to the process: \"Let's go through it step by step so "
                            'that nothing is missed."</li>'
                            "</ul>"
                            '<p>Avoid the words "calm down": they usually sound like a '
                            "reproach and only make the anger stronger.</p>"
                            "<h3>A party in tears</h3>"
                            "<p>Do not hurry and do not pretend that nothing is happening. "
                            'Offer water and a tissue, wait quietly and say: "Take your time, '
                            'we are in no hurry." If the person wants it, call a short break. '
                            "Make sure the other party does not use the moment to press or "
                            "mock.</p>"
                            "<h3>Insults</h3>"
                            "<p>Insults, especially about a person's nationality, language or "
                            "religion, must be stopped at once, calmly and without shouting. "
                            'Refer to the ground rules agreed at the start: "We agreed to '
                            'speak without insults. I ask both of you to keep to that." Then '
                            'ask about what stands behind the words: "I can hear that this '
                            'hurt you deeply. What exactly happened?" Never repeat an insult '
                            "when you paraphrase. If a party keeps insulting, call a break and "
                            "talk with them separately.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Үнсіздік</h3>"
                            "<p>Үнсіздік түрлі нәрсені білдіруі мүмкін: адам ойланып отыр, "
                            "үлкен кісінің немесе лауазымды адамның алдында қысылады, кездесу "
                            "жүріп жатқан тілді жетік білмейді, қорқады немесе наразылығын "
                            "осылай білдіреді. Әр үзілісті толтыруға асықпаңыз. Жұмсақ ашық "
                            "сұрақ қойыңыз: «Тағы не қосқыңыз келеді?» Тілді тексеріңіз: «Ана "
                            "тіліңізде сөйлеу сізге оңайырақ болар ма?» Адам әлі де үндемесе, "
                            "жеке әңгіме ұсыныңыз: көп адам медиатормен оңаша қалғанда "
                            "еркінірек сөйлейді. Ешқашан «Неге үндемейсіз?» деп қыспаңыз және "
                            "үнсіздікті келісім деп қабылдамаңыз.</p>"
                            "<h3>Туыстарын ертіп келген тарап</h3>"
                            "<p>Қазақстанда отбасылық мәселе көбіне бүкіл әулеттің ісі "
                            "саналады, сондықтан тарап ағасын, нағашысын немесе әулеттің "
                            "ақсақалын ертіп келуі мүмкін. Туыстар қолдау көрсете алады, бірақ "
                            "тараптың орнына сөйлеп, шиеленісті күшейтіп, екі көршінің "
                            "ұрысын екі әулеттің, тіпті екі қауымдастықтың дауына айналдырып "
                            "жіберуі де мүмкін. Күнделікті тұрмыстық дау «ұлтаралық» болып "
                            "көріне бастауы дәл осылай болады.</p>"
                            "<ol>"
                            "<li>Туыстармен құрметпен амандасып, жанашырлықтары үшін алғыс "
                            "айтыңыз.</li>"
                            "<li>Тараптар кім екенін қарапайым түсіндіріңіз: шешім қабылдайтын "
                            "және келісімге қол қоятын адамдар.</li>"
                            "<li>Туыстардың рөлін келісіңіз: сыртта күтеді, үнсіз қолдаушы "
                            "ретінде отырады немесе тараптың келісімімен бір рет сөз алады. "
                            "Олардың қатысуына екінші тарап та келісуі керек; оған да дәл "
                            "сондай құқық ұсыныңыз.</li>"
                            "<li>Туыс әңгімені өз қолына ала берсе, үзіліс жариялап, тараптан "
                            "оңаша сұраңыз: «Дәл осыны өзіңіз айтқыңыз келе ме?»</li>"
                            "</ol>"
                        ),
                        "ru": (
                            "<h3>Молчание</h3>"
                            "<p>Молчание может означать многое: человек думает, стесняется "
                            "старшего или должностного лица, плохо владеет языком встречи, "
                            "боится или так выражает протест. Не спешите заполнять каждую "
                            "паузу. Задайте мягкий открытый вопрос: «Что бы вы хотели "
                            "добавить?» Проверьте язык: «Может быть, вам легче говорить на "
                            "родном языке?» Если человек по-прежнему молчит, предложите "
                            "поговорить отдельно: многие свободнее говорят наедине с "
                            "медиатором. Никогда не давите вопросом «Почему вы молчите?» и не "
                            "принимайте молчание за согласие.</p>"
                            "<h3>Сторона пришла с родственниками</h3>"
                            "<p>В Казахстане семейное дело часто считается делом всей родни, и "
                            "сторона может прийти с братом, дядей или старшим в роду. "
                            "Родственники могут поддержать, но могут и говорить вместо стороны, "
                            "накалять обстановку и превратить ссору двух соседей в спор двух "
                            "семей или даже двух общин. Именно так бытовой спор начинает "
                            "выглядеть «межнациональным».</p>"
                            "<ol>"
                            "<li>Уважительно поздоровайтесь с родственниками и поблагодарите их "
                            "за участие.</li>"
                            "<li>Просто объясните, кто здесь стороны: те, кто принимает решение "
                            "и подписывает соглашение.</li>"
                            "<li>Договоритесь о роли родственников: подождать снаружи, "
                            "присутствовать как молчаливая поддержка или один раз высказаться с "
                            "согласия стороны. Их присутствие должна одобрить и другая сторона; "
                            "предложите ей такое же право.</li>"
                            "<li>Если родственник всё время берёт разговор на себя, объявите "
                            "перерыв и спросите сторону наедине: «Вы сами хотите сказать именно "
                            "это?»</li>"
                            "</ol>"
                        ),
                        "en": (
                            "<h3>Silence</h3>"
                            "<p>Silence can mean many things: the person is thinking, feels shy "
                            "in front of an elder or an official, does not speak the language "
                            "of the meeting well, is afraid, or is protesting. Do not rush to "
                            'fill every pause. Ask a soft open question: "What would you like '
                            'to add?" Check the language: "Would it be easier for you to '
                            'speak in your native language?" If the person stays silent, offer '
                            "a separate conversation: many people speak more freely alone with "
                            'the mediator. Never press with "Why are you silent?", and do not '
                            "take silence for agreement.</p>"
                            "<h3>A party who brings relatives</h3>"
                            "<p>In Kazakhstan a family matter is often seen as the business of "
                            "the whole kin, so a party may come with a brother, an uncle or the "
                            "family's elder. Relatives can give support, but they can also "
                            "speak instead of the party, raise the tension and turn a quarrel "
                            "between two neighbours into a dispute between two families, or "
                            "even two communities. That is exactly how an everyday dispute "
                            'starts to look "interethnic".</p>'
                            "<ol>"
                            "<li>Greet the relatives respectfully and thank them for their "
                            "concern.</li>"
                            "<li>Explain simply who the parties are: the people who make the "
                            "decision and sign the agreement.</li>"
                            "<li>Agree on the relatives' role: they wait outside, sit in as "
                            "quiet support, or speak once with the party's consent. The other "
                            "side must also agree to their presence; offer it the same "
                            "right.</li>"
                            "<li>If a relative keeps taking over, call a break and ask the "
                            'party alone: "Is this what you yourself want to say?"</li>'
                            "</ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Айыптауды қажеттілікке айналдыру</h3>"
                            "<p>Рефрейминг — сол мәселені басқа сөзбен айтып, оны кінәлі "
                            "адамға емес, қажеттілікке бағыттау. Фактілер қалады, шабуыл "
                            "кетеді.</p>"
                            "<ul>"
                            "<li>Айтылғаны: «Олардың балалары бұзақы, тереземді сындырды!» "
                            "Рефрейминг: «Сізге үйіңіздің қауіпсіз болуы және зиянның орны "
                            "толуы керек».</li>"
                            "<li>Айтылғаны: «Бұл мектепте біздің тілімізді ешкім сыйламайды!» "
                            "Рефрейминг: «Сіз үшін мектепте балаңыздың тіліне құрметпен "
                            "қарағаны маңызды».</li>"
                            "<li>Айтылғаны: «Ол чатта біздің отбасымыз туралы өтірік таратып "
                            "жүр!» Рефрейминг: «Сіз жалған әңгімелердің тоқтағанын және "
                            "отбасыңыздың абыройы қалпына келгенін қалайсыз».</li>"
                            "<li>Айтылғаны: «Олар әрдайым өз үлесінен көп су алады!» "
                            "Рефрейминг: «Сізге бәрі сақтайтын анық әрі әділ суару кестесі "
                            "керек».</li>"
                            "</ul>"
                            "<p>Әр рефреймингті тараппен тексеріңіз: «Дұрыс түсіндім бе?» "
                            "«Жоқ» десе, қайта сұраңыз; өз нұсқаңызды таңбаңыз.</p>"
                            "<h3>Өз сабырыңызды сақтау</h3>"
                            "<p>Баяу тыныс алыңыз, орныңызда нық отырыңыз, дауысыңызды бір "
                            "қалыпта ұстаңыз. Ашу сізге емес, жағдайға бағытталғанын есте "
                            "сақтаңыз. Дауысы қатты шыққан тарапты басу үшін ғана онымен "
                            "келіспеңіз. Мүмкіндігінше тәжірибелі қоғамдық медиатормен жұптасып "
                            "жұмыс істеңіз.</p>"
                            "<h3>Сессияны қауіпсіз тоқтату</h3>"
                            "<p>«Медиация туралы» Заң бойынша медиация ерікті: кез келген тарап "
                            "оны жалғастырудан бас тарта алады. Ал қауіпті болып кеткен "
                            "кездесуді ешбір медиатор жалғастырмауы керек. Мына жағдайларда "
                            "сессияны үзіңіз немесе тоқтатыңыз:</p>"
                            "<ul>"
                            "<li>қоқан-лоқы, күш көрсету немесе қару болса, не сыртта адамдар "
                            "жинала бастаса;</li>"
                            "<li>тарап мас болса немесе ойлай алмайтындай қатты толқыса;</li>"
                            "<li>ескертуден кейін де қорлау тоқтамаса;</li>"
                            "<li>отбасылық зорлық-зомбылықтың немесе қылмыстың белгілерін "
                            "естісеңіз: мұндай істерді қоғамдық медиатор шешпейді.</li>"
                            "</ul>"
                            "<p>Үзілісті ешкімді кінәламай, сабырмен жариялаңыз. Тараптарды "
                            "әртүрлі уақытта шығарыңыз және оларды бір-бірімен оңаша "
                            "қалдырмаңыз. Біреуге қауіп төнсе, полицияға 102 немесе бірыңғай "
                            "112 нөміріне хабарласыңыз. Кейін сессияның тоқтатылғанын жазып "
                            "қойыңыз, бірақ құпия айтылған сөздерді жазбаңыз; үйлестірушіңізге "
                            "хабарлаңыз және қауіпсіз болса, жаңа күн ұсыныңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Как перевести обвинение в потребность</h3>"
                            "<p>Рефрейминг — это сказать о той же проблеме другими словами, "
                            "чтобы она указывала на потребность, а не на виновного. Факты "
                            "остаются, нападение уходит.</p>"
                            "<ul>"
                            "<li>Сказано: «Их дети — хулиганы, разбили мне окно!» Рефрейминг: "
                            "«Вам нужно, чтобы дом был в безопасности, а ущерб был "
                            "возмещён».</li>"
                            "<li>Сказано: «В этой школе никто не уважает наш язык!» Рефрейминг: "
                            "«Для вас важно, чтобы в школе с уважением относились к языку "
                            "вашего ребёнка».</li>"
                            "<li>Сказано: «Он распускает в чате враньё о нашей семье!» "
                            "Рефрейминг: «Вы хотите, чтобы ложные слухи прекратились, а доброе "
                            "имя вашей семьи было восстановлено».</li>"
                            "<li>Сказано: «Они всегда берут воды больше, чем им положено!» "
                            "Рефрейминг: «Вам нужен понятный и справедливый график полива, "
                            "который соблюдают все».</li>"
                            "</ul>"
                            "<p>Проверяйте каждый рефрейминг у стороны: «Я правильно понял?» "
                            "Если человек говорит «нет», спросите снова и не навязывайте свою "
                            "версию.</p>"
                            "<h3>Сохранять спокойствие самому</h3>"
                            "<p>Дышите медленно, сидите устойчиво, говорите ровным голосом. "
                            "Помните, что гнев направлен на ситуацию, а не на вас. Не "
                            "соглашайтесь с более громкой стороной только ради того, чтобы её "
                            "утихомирить. По возможности работайте в паре с более опытным "
                            "общественным медиатором.</p>"
                            "<h3>Как безопасно остановить сессию</h3>"
                            "<p>По Закону «О медиации» медиация добровольна: любая сторона может "
                            "отказаться от её продолжения. А встречу, которая стала опасной, не "
                            "должен продолжать ни один медиатор. Прервите или остановите "
                            "сессию, если:</p>"
                            "<ul>"
                            "<li>звучат угрозы, есть насилие или оружие либо снаружи собирается "
                            "толпа;</li>"
                            "<li>сторона пьяна или так взволнована, что не может "
                            "рассуждать;</li>"
                            "<li>оскорбления продолжаются после предупреждения;</li>"
                            "<li>вы слышите признаки семейно-бытового насилия или преступления: "
                            "такие дела общественный медиатор не урегулирует.</li>"
                            "</ul>"
                            "<p>Объявите перерыв спокойно и никого не обвиняя. Отпустите "
                            "стороны в разное время и не оставляйте их наедине друг с другом. "
                            "Если кому-то грозит опасность, звоните в полицию по номеру 102 "
                            "или по единому номеру 112. После этого отметьте, что сессия была "
                            "остановлена, не записывая сказанного конфиденциально, сообщите "
                            "координатору и, если это безопасно, предложите новую дату.</p>"
                        ),
                        "en": (
                            "<h3>Turning blame into needs</h3>"
                            "<p>Reframing means putting the same problem into other words so "
                            "that it points to a need rather than to a guilty person. The facts "
                            "stay; the attack goes.</p>"
                            "<ul>"
                            '<li>Said: "Their children are hooligans, they broke my window!" '
                            'Reframed: "You need your home to be safe and the damage to be '
                            'put right."</li>'
                            '<li>Said: "At this school nobody respects our language!" '
                            "Reframed: \"It is important to you that your child's language is "
                            'treated with respect at school."</li>'
                            '<li>Said: "He spreads lies about our family in the chat!" '
                            "Reframed: \"You want the false stories to stop and your family's "
                            'good name to be restored."</li>'
                            '<li>Said: "They always take more water than their share!" '
                            'Reframed: "You need a clear and fair watering schedule that '
                            'everyone keeps."</li>'
                            "</ul>"
                            '<p>Check every reframe with the party: "Have I got that right?" '
                            "If they say no, ask again and do not insist on your version.</p>"
                            "<h3>Keeping calm yourself</h3>"
                            "<p>Breathe slowly, sit steadily and keep your voice even. "
                            "Remember that the anger is aimed at the situation, not at you. Do "
                            "not agree with the louder party just to quieten them. Where you "
                            "can, work in a pair with a more experienced public mediator.</p>"
                            "<h3>Stopping a session safely</h3>"
                            '<p>Under the Law "On Mediation", mediation is voluntary: any '
                            "party may refuse to continue it. And no mediator should continue "
                            "a meeting that has become unsafe. Pause or stop the session "
                            "if:</p>"
                            "<ul>"
                            "<li>there are threats, violence or a weapon, or a crowd is "
                            "gathering outside;</li>"
                            "<li>a party is drunk or too upset to think;</li>"
                            "<li>insults continue after a warning;</li>"
                            "<li>you hear signs of domestic violence or a crime: such matters "
                            "are not for a public mediator to settle.</li>"
                            "</ul>"
                            "<p>Announce the break calmly and without blaming anyone. Let the "
                            "parties leave at different times and do not leave them alone "
                            "together. If anyone is in danger, call the police on 102 or the "
                            "single emergency number 112. Afterwards, note that the session "
                            "was stopped without recording what was said in confidence, tell "
                            "your coordinator and, if it is safe, offer a new date.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Мектептегі кездесу",
                            "ru": "Встреча в школе",
                            "en": "The meeting at the school",
                        },
                        "scenario": {
                            "kk": (
                                "<p><em>Ойдан алынған мысал.</em> Қостанай облысының бір аудан "
                                "орталығында тоғызыншы сынып оқушылары Данияр мен Артём "
                                "сабақтан кейін төбелесіп қалды. Төбелестің видеосы әлеуметтік "
                                "желілерде «қай жақтың балалары» бастағаны туралы пікірлермен "
                                "тарап кетті. Мектеп қоғамдық медиатор Әйгерімнен екі "
                                "отбасымен сабақтан кейін сыныпта кездесуді сұрады. Артёмның "
                                "әкесі Виктор екі інісімен келді, Даниярдың анасы Жанар жалғыз "
                                "келді. Виктордан арақтың иісі шығып тұрды, ол дауыстап "
                                "сөйледі.</p>"
                                "<p>Он минуттан кейін інілерінің бірі Даниярдың ұлты туралы "
                                "қорлайтын сөз айтты; Жанар жылап жіберді. Видеоны көрген "
                                "бірнеше ата-ана дәлізге жинала бастады. Әйгерім «бастаған "
                                "істі аяқтау керек» деп ойлап, сессияны жалғастыра берді және "
                                "Жанардан тынышталуын өтінді.</p>"
                            ),
                            "ru": (
                                "<p><em>Вымышленный пример.</em> В одном районном центре "
                                "Костанайской области девятиклассники Данияр и Артём подрались "
                                "после уроков. Видео драки разошлось по соцсетям с "
                                "комментариями о том, «чьи» начали первыми. Школа попросила "
                                "общественного медиатора Айгерим встретиться с обеими семьями "
                                "в классе после уроков. Отец Артёма Виктор пришёл с двумя "
                                "младшими братьями, мать Данияра Жанар пришла одна. От Виктора "
                                "пахло спиртным, он говорил на повышенных тонах.</p>"
                                "<p>Через десять минут один из братьев оскорбительно "
                                "высказался о национальности Данияра; Жанар расплакалась. В "
                                "коридоре начали собираться родители, видевшие ролик. Айгерим "
                                "решила, что «начатое нужно довести до конца», продолжила "
                                "сессию и попросила Жанар успокоиться.</p>"
                            ),
                            "en": (
                                "<p><em>An invented example.</em> In a district centre in "
                                "Kostanay region, two ninth-graders, Daniyar and Artyom, had a "
                                "fight after school. A video of the fight spread on social "
                                "media with comments about whose lot had started it. The school "
                                "asked the public mediator Aigerim to meet both families in a "
                                "classroom after lessons. Artyom's father Viktor came with his "
                                "two younger brothers; Daniyar's mother Zhanar came alone. "
                                "Viktor smelled of alcohol and spoke loudly.</p>"
                                "<p>Ten minutes in, one of the brothers said something "
                                "insulting about Daniyar's nationality, and Zhanar burst into "
                                "tears. Parents who had seen the video began to gather in the "
                                'corridor. Aigerim decided that "what we started must be '
                                'finished", carried on with the session and asked Zhanar to '
                                "calm down.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Әйгерім сессияны қай сәттерде үзуі немесе тоқтатуы керек "
                                    "еді және неліктен?"
                                ),
                                "ru": (
                                    "В какие моменты Айгерим следовало прервать или "
                                    "остановить сессию и почему?"
                                ),
                                "en": (
                                    "At which moments should Aigerim have paused or stopped "
                                    "the session, and why?"
                                ),
                            },
                            {
                                "kk": (
                                    "Ешкімді кінәламай үзіліс жариялау үшін ол не айта алар еді?"
                                ),
                                "ru": (
                                    "Что она могла бы сказать, чтобы объявить перерыв, никого "
                                    "не обвиняя?"
                                ),
                                "en": (
                                    "What could she have said to announce a break without "
                                    "blaming anyone?"
                                ),
                            },
                            {
                                "kk": (
                                    "Виктордың інілерінің рөлі басында қалай келісілуі керек "
                                    "еді және Жанар үшін не әділ болар еді?"
                                ),
                                "ru": (
                                    "Как следовало в начале договориться о роли братьев "
                                    "Виктора и что было бы справедливо по отношению к Жанар?"
                                ),
                                "en": (
                                    "How should the role of Viktor's brothers have been agreed "
                                    "at the start, and what would have been fair to Zhanar?"
                                ),
                            },
                            {
                                "kk": (
                                    "Сессия тоқтатылғаннан кейін тараптармен, желідегі "
                                    "видеоға байланысты және Әйгерімнің үйлестірушісімен не "
                                    "істеу керек?"
                                ),
                                "ru": (
                                    "Что нужно сделать после остановки сессии: со сторонами, "
                                    "в связи с роликом в сети и с координатором Айгерим?"
                                ),
                                "en": (
                                    "What should happen after the session is stopped: with "
                                    "the parties, about the video online and with Aigerim's "
                                    "coordinator?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Тыныш көшедегі той",
                            "ru": "Свадьба на тихой улице",
                            "en": "A wedding on a quiet street",
                        },
                        "situation": {
                            "kk": (
                                "<p><em>Жаттығуға арналған ойдан алынған мысал.</em> Алматы "
                                "маңындағы бір ауылда 45 жастағы Марат ұлының үйлену тойын "
                                "ауласындағы шатырда өткізді. Музыка түнгі сағат екіге дейін "
                                "тоқтамады. Жалғыз тұратын 62 жастағы зейнеткер мұғалім, "
                                "көршісі Наталья полиция шақырды. Полиция келіп, музыка "
                                "тоқтады, ал бір қонақ мұны видеоға түсіріп алды. Видео ауыл "
                                "чатында «салт-дәстүрімізді сыйламайтын көршілер» және "
                                "«көшені өз меншігі санайтындар» деген дөрекі пікірлермен "
                                "тарап кетті. Екі отбасы да өзін қорланған сезінеді.</p>"
                                "<p>Наталья қоғамдық медиатордан кездесу өткізуді сұрады. "
                                "Марат келісті, бірақ әулетте беделді нағашы ағасы Серікті "
                                "ертіп келді. Кездесу ауылдағы медиация кабинетінде өтеді. "
                                "Ойын 20 минутқа созылады, содан кейін бақылаушылар пікірін "
                                "айтады.</p>"
                            ),
                            "ru": (
                                "<p><em>Вымышленный пример для тренировки.</em> В одном "
                                "пригородном селе под Алматы 45-летний Марат праздновал "
                                "свадьбу сына в шатре у себя во дворе. Музыка не смолкала до "
                                "двух часов ночи. Соседка Наталья, 62-летняя учительница на "
                                "пенсии, которая живёт одна, вызвала полицию. Полиция приехала, "
                                "музыка стихла, а один из гостей снял всё на видео. Ролик "
                                "разошёлся по сельскому чату с грубыми комментариями про "
                                "«соседей, которые не уважают наши традиции» и «людей, которые "
                                "считают улицу своей». Обе семьи чувствуют себя "
                                "униженными.</p>"
                                "<p>Наталья попросила общественного медиатора о встрече. Марат "
                                "согласился, но пришёл с дядей Сериком, которого уважают в "
                                "семье. Встреча проходит в сельском кабинете медиации. Игра "
                                "длится 20 минут, затем наблюдатели дают обратную связь.</p>"
                            ),
                            "en": (
                                "<p><em>An invented example for practice.</em> In a village "
                                "near Almaty, Marat, 45, held his son's wedding in a tent in "
                                "his yard. The music went on until two in the morning. His "
                                "neighbour Natalya, 62, a retired teacher who lives alone, "
                                "called the police. The police came, the music stopped, and a "
                                "guest filmed the visit. The video went round the village chat "
                                "with rude comments about \"neighbours who don't respect our "
                                'traditions" and "people who think they own the street". '
                                "Both families feel humiliated.</p>"
                                "<p>Natalya asked the public mediator for a meeting. Marat "
                                "agreed but came with his uncle Serik, who is respected in the "
                                "family. The meeting takes place in the village mediation "
                                "office. The role-play lasts 20 minutes; then the observers "
                                "give feedback.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Қоғамдық медиатор",
                                    "ru": "Общественный медиатор",
                                    "en": "Public mediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Кездесуді ашып, екі тараппен кездесу ережелерін және "
                                        "Серіктің рөлін келісіңіз. Тыңдаңыз, сезімдерді "
                                        "атаңыз, қорлауды сабырмен тоқтатыңыз, кемінде екі "
                                        "айыптауды қажеттілікке айналдырып, әділ түйіндеңіз. "
                                        "Қажет болса, үзіліс жасаңыз немесе тараппен жеке "
                                        "сөйлесіңіз."
                                    ),
                                    "ru": (
                                        "Откройте встречу, договоритесь с обеими сторонами о "
                                        "правилах и о роли Серика. Слушайте, называйте "
                                        "чувства, спокойно останавливайте оскорбления, "
                                        "переведите не меньше двух обвинений в потребности и "
                                        "справедливо подведите итог. При необходимости "
                                        "объявите перерыв или поговорите со стороной "
                                        "отдельно."
                                    ),
                                    "en": (
                                        "Open the meeting and agree the ground rules and "
                                        "Serik's role with both parties. Listen, name "
                                        "feelings, stop insults calmly, reframe at least two "
                                        "blaming statements into needs and summarise fairly. "
                                        "If needed, call a break or talk with a party "
                                        "separately."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Марат",
                                    "ru": "Марат",
                                    "en": "Marat",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз тойыңызды мақтан тұтасыз және қонақтардың "
                                        "көзінше үйіңізге полиция келгеніне ұяласыз. Видеоға "
                                        "ашуланасыз. Басында қатқыл сөйлеп, нағашыңызға сіз "
                                        "үшін сөйлеуге мүмкіндік бересіз. Шын мәнінде сіз "
                                        "абыройдың қалпына келгенін және көршілік қатынасты "
                                        "сақтағыңыз келеді: Натальямен 15 жыл қатар тұрып "
                                        "келесіз."
                                    ),
                                    "ru": (
                                        "Вы гордитесь свадьбой, и вам стыдно, что полиция "
                                        "приехала к вашему дому на глазах у гостей. Видео вас "
                                        "злит. Сначала вы говорите резко и позволяете дяде "
                                        "говорить за вас. На самом деле вы хотите вернуть "
                                        "уважение и сохранить добрососедские отношения: вы "
                                        "15 лет живёте рядом с Натальей."
                                    ),
                                    "en": (
                                        "You are proud of the wedding and ashamed that the "
                                        "police came to your home in front of the guests. The "
                                        "video makes you angry. At first you speak sharply "
                                        "and let your uncle talk for you. Deep down you want "
                                        "respect restored and to stay good neighbours: you "
                                        "have lived next to Natalya for 15 years."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Серік, Мараттың нағашысы",
                                    "ru": "Серик, дядя Марата",
                                    "en": "Serik, Marat's uncle",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз әулеттің абыройын қорғауға келдіңіз. Сөзді бөліп, "
                                        "Мараттың орнына сөйлей бересіз, бір рет «ондайлар» "
                                        "туралы өткір сөз айтып қаласыз. Медиатор сізге "
                                        "құрметпен сөз арнап, рөліңізді түсіндірсе, үнсіз "
                                        "отыруға келісесіз."
                                    ),
                                    "ru": (
                                        "Вы пришли защитить честь семьи. Вы перебиваете и "
                                        "говорите вместо Марата, а однажды резко "
                                        "высказываетесь о «таких, как она». Если медиатор "
                                        "уважительно обратится к вам и объяснит вашу роль, вы "
                                        "согласитесь сидеть молча."
                                    ),
                                    "en": (
                                        "You have come to defend the family's honour. You "
                                        "interrupt and speak for Marat, and once you say "
                                        'something sharp about "people like her". If the '
                                        "mediator addresses you respectfully and explains "
                                        "your role, you agree to sit quietly."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Наталья",
                                    "ru": "Наталья",
                                    "en": "Natalya",
                                },
                                "brief": {
                                    "kk": (
                                        "Қан қысымыңыз жоғары, сол түні ұйықтай алмадыңыз; "
                                        "қонақтардан музыканы бәсеңдетуді екі рет өтінгеннен "
                                        "кейін ғана полиция шақырдыңыз. Видеоны сіз түсірген "
                                        "жоқсыз, өзіңіз туралы пікірлерге қатты ренжідіңіз. "
                                        "Басында көзіңізге жас аласыз, кейін ашуланасыз. Сіз "
                                        "тыныш ұйықтағыңыз келеді және үлкен той-томалақ "
                                        "туралы алдын ала ескертілгенін қалайсыз."
                                    ),
                                    "ru": (
                                        "У вас высокое давление, в ту ночь вы не могли "
                                        "уснуть; полицию вы вызвали только после того, как "
                                        "дважды попросили гостей сделать музыку тише. Видео "
                                        "снимали не вы, и комментарии о вас вас сильно "
                                        "задели. Сначала вы плачете, потом сердитесь. Вы "
                                        "хотите спокойно спать и чтобы о больших праздниках "
                                        "вас предупреждали заранее."
                                    ),
                                    "en": (
                                        "You have high blood pressure and could not sleep "
                                        "that night; you called the police only after asking "
                                        "the guests twice to turn the music down. You did not "
                                        "film the video, and the comments about you hurt you "
                                        "badly. At first you are in tears, then angry. You "
                                        "want to be able to sleep and to be warned about big "
                                        "celebrations in advance."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор бәрімен амандасып, екі тараппен кездесу "
                                    "ережелерін және Серіктің рөлін келісті."
                                ),
                                "ru": (
                                    "Медиатор поздоровался со всеми и договорился с обеими "
                                    "сторонами о правилах встречи и о роли Серика."
                                ),
                                "en": (
                                    "The mediator greeted everyone and agreed the ground rules "
                                    "and Serik's role with both parties."
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор сезімдерді (ашу, өкпе, көз жасы) бағаламай "
                                    "атады және «тынышталыңыз» демеді."
                                ),
                                "ru": (
                                    "Медиатор называл чувства (гнев, обиду, слёзы), не "
                                    "оценивая их, и не говорил «успокойтесь»."
                                ),
                                "en": (
                                    "The mediator named feelings (anger, hurt, tears) without "
                                    'judging them and did not say "calm down".'
                                ),
                            },
                            {
                                "kk": (
                                    "Қорлайтын сөздер кездесу ережелеріне сілтеме жасалып, "
                                    "сабырмен тоқтатылды және қайталанбады."
                                ),
                                "ru": (
                                    "Оскорбления были спокойно остановлены со ссылкой на "
                                    "правила встречи и не повторялись медиатором."
                                ),
                                "en": (
                                    "Insults were stopped calmly with reference to the ground "
                                    "rules and were not repeated by the mediator."
                                ),
                            },
                            {
                                "kk": (
                                    "Кемінде екі айыптау қажеттілікке айналдырылып, тараппен "
                                    "тексерілді."
                                ),
                                "ru": (
                                    "Не меньше двух обвинений были переведены в потребности "
                                    "и проверены у стороны."
                                ),
                                "en": (
                                    "At least two blaming statements were reframed into needs "
                                    "and checked with the party."
                                ),
                            },
                            {
                                "kk": (
                                    "Екі тарап та шамалас уақыт алды және әрқайсысының сөзі "
                                    "әділ түйінделді."
                                ),
                                "ru": (
                                    "Обе стороны получили сопоставимое время, и итог по "
                                    "каждой был справедливым."
                                ),
                                "en": (
                                    "Both parties had comparable time and each received a "
                                    "fair summary."
                                ),
                            },
                            {
                                "kk": (
                                    "Шиеленіс күшейгенде медиатор үзіліс немесе жеке әңгіме "
                                    "қолданды және ешкімнің жағына шықпады."
                                ),
                                "ru": (
                                    "Когда напряжение росло, медиатор использовал перерыв "
                                    "или отдельный разговор и не встал ни на чью сторону."
                                ),
                                "en": (
                                    "When tension rose, the mediator used a break or a "
                                    "separate talk and did not take sides."
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
                                "Біреу сізге соңғы рет айқайлаған немесе сізді әділетсіз "
                                "айыптаған сәтті еске түсіріңіз. Денеңізде не сезіндіңіз және "
                                "не істедіңіз? Өзіңіз жұмыс істейтін тілдерде тараптың сезімін "
                                "атайтын екі сөйлемді және үзілісті сабырмен жариялайтын бір "
                                "сөйлемді жазып қойыңыз."
                            ),
                            "ru": (
                                "Вспомните, когда на вас в последний раз кричали или "
                                "несправедливо вас обвиняли. Что вы почувствовали в теле и "
                                "что сделали? Запишите на языках, на которых вы работаете, две "
                                "фразы, чтобы назвать чувство стороны, и одну фразу, чтобы "
                                "спокойно объявить перерыв."
                            ),
                            "en": (
                                "Remember the last time someone shouted at you or accused you "
                                "unfairly. What did you feel in your body, and what did you "
                                "do? In the languages you work in, write down two phrases for "
                                "naming a party's feeling and one phrase for calmly announcing "
                                "a break."
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
                                    "kk": "Рефрейминг",
                                    "ru": "Рефрейминг",
                                    "en": "Reframing",
                                },
                                "definition": {
                                    "kk": (
                                        "Айыптайтын сөзді екінші тараптың кінәсіне емес, "
                                        "сөйлеушінің қажеттілігіне бағыттайтын жаңа сөзбен "
                                        "айту."
                                    ),
                                    "ru": (
                                        "Пересказ обвинения новыми словами, которые указывают "
                                        "не на вину другой стороны, а на потребность "
                                        "говорящего."
                                    ),
                                    "en": (
                                        "Putting a blaming statement into new words that point "
                                        "to the speaker's need instead of the other party's "
                                        "guilt."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Қажеттілік",
                                    "ru": "Потребность",
                                    "en": "Need",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамның сөзінің артында тұрған шын қажеті: "
                                        "қауіпсіздік, құрмет, тыныш ұйқы, суға әділ қол "
                                        "жеткізу, абырой."
                                    ),
                                    "ru": (
                                        "То, что действительно нужно человеку за его словами: "
                                        "безопасность, уважение, спокойный сон, справедливый "
                                        "доступ к воде, доброе имя."
                                    ),
                                    "en": (
                                        "What a person really needs behind their words: "
                                        "safety, respect, a quiet night's sleep, fair access "
                                        "to water, a good name."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Кездесу ережелері",
                                    "ru": "Правила встречи",
                                    "en": "Ground rules",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптар басында келісетін ережелер, мысалы, кезекпен "
                                        "және қорламай сөйлеу; медиатор оларды кез келген "
                                        "сәтте еске сала алады."
                                    ),
                                    "ru": (
                                        "Правила, о которых стороны договариваются в начале, "
                                        "например говорить по очереди и без оскорблений; "
                                        "медиатор может напомнить о них в любой момент."
                                    ),
                                    "en": (
                                        "Rules the parties agree at the start, such as "
                                        "speaking in turn and without insults; the mediator "
                                        "can refer to them at any moment."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жеке кездесу",
                                    "ru": "Отдельная встреча",
                                    "en": "Separate meeting",
                                },
                                "definition": {
                                    "kk": (
                                        "Шиеленіс күшейгенде немесе тарап еркін сөйлей "
                                        "алмағанда медиатордың бір тараппен құпия әңгімесі."
                                    ),
                                    "ru": (
                                        "Конфиденциальный разговор медиатора с одной стороной, "
                                        "когда напряжение высоко или сторона не может "
                                        "говорить свободно."
                                    ),
                                    "en": (
                                        "A confidential talk between the mediator and one "
                                        "party when tension is high or a party cannot speak "
                                        "freely."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Үзіліс",
                                    "ru": "Перерыв",
                                    "en": "Break",
                                },
                                "definition": {
                                    "kk": (
                                        "Эмоция басылуы үшін немесе адамдардың қауіпсіздігі "
                                        "үшін медиатор жариялайтын қысқа тоқтау."
                                    ),
                                    "ru": (
                                        "Короткая пауза, которую объявляет медиатор, чтобы "
                                        "улеглись эмоции или чтобы обеспечить безопасность "
                                        "людей."
                                    ),
                                    "en": (
                                        "A short pause called by the mediator to let emotions "
                                        "settle or to keep people safe."
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
