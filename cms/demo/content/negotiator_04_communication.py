"""Module 4 of the negotiator-ethnomediator course: listening, questions, reframing, emotions."""

MODULE = {
    "slug": "communication",
    "title": {
        "kk": "Коммуникация: белсенді тыңдау, сұрақтар, рефрейминг, эмоциялар",
        "ru": "Коммуникация: активное слушание, вопросы, рефрейминг, эмоции",
        "en": "Communication: active listening, questions, reframing, emotions",
    },
    "summary": {
        "kk": (
            "Келіссөз жүргізушінің негізгі қарым-қатынас дағдылары: адамдар өздерін тыңдағанын "
            "сезінетіндей тыңдау, орынды сұрақ қою, әртүрлі тілдер мен мәдениеттер арасында жұмыс "
            "істеу, айыптауды мүддеге айналдыру және күшті эмоциялармен жұмыс."
        ),
        "ru": (
            "Базовые коммуникативные навыки переговорщика: слушать так, чтобы люди чувствовали, "
            "что их услышали, задавать уместные вопросы, работать на стыке языков и культур, "
            "превращать обвинения в интересы и справляться с сильными эмоциями."
        ),
        "en": (
            "The negotiator's core communication skills: listening so that people feel heard, "
            "asking the right questions, working across languages and cultures, turning "
            "accusations into interests and handling strong emotions."
        ),
    },
    "academic_hours": 10,
    "learning_outcomes": [
        {
            "kk": (
                "Тараптарға олардың тыңдалғанын көрсету және түсінгенін тексеру үшін назар, "
                "перефраз, түйіндеу және нақтылаушы сұрақтарды қолдану."
            ),
            "ru": (
                "Использовать внимание, перефразирование, резюмирование и уточняющие вопросы, "
                "чтобы показать сторонам, что их слышат, и проверить понимание."
            ),
            "en": (
                "Use attention, paraphrase, summary and clarifying questions to show the parties "
                "they are heard and to check understanding."
            ),
        },
        {
            "kk": (
                "Міндетке қарай ашық, жабық, шеңберлі және болжамды сұрақтарды таңдау, аудармашы "
                "арқылы немесе екі тілде құрметпен жұмыс істеу."
            ),
            "ru": (
                "Подбирать открытые, закрытые, циркулярные и гипотетические вопросы под задачу и "
                "уважительно работать через переводчика или на двух языках."
            ),
            "en": (
                "Choose open, closed, circular and hypothetical questions for the task and work "
                "respectfully through an interpreter or in two languages."
            ),
        },
        {
            "kk": (
                "Айыптауларды бейтарап тілде мүдделерге айналдыру және ашуды, өкпені, намыс пен "
                "ұятты мойындау."
            ),
            "ru": (
                "Переформулировать обвинения в интересы нейтральным языком и признавать гнев, "
                "обиду, честь и стыд."
            ),
            "en": (
                "Reframe accusations into interests in neutral language and acknowledge anger, "
                "offence, honour and shame."
            ),
        },
        {
            "kk": (
                "Қашан үзіліс жасау немесе тараптармен жеке кездесу керектігін шешіп, оларды әділ "
                "өткізу."
            ),
            "ru": (
                "Решать, когда нужен перерыв или раздельные встречи со сторонами, и проводить их "
                "справедливо."
            ),
            "en": "Decide when to take a break or meet the parties separately, and do it fairly.",
        },
    ],
    "lessons": [
        {
            "slug": "active-listening-and-questions",
            "title": {
                "kk": "Белсенді тыңдау және сұрақтар",
                "ru": "Активное слушание и вопросы",
                "en": "Active listening and questions",
            },
            "summary": {
                "kk": (
                    "Адамдар өздерін тыңдағанын сезінетіндей қалай тыңдау керек, әр мәдениеттегі "
                    "вербалды емес белгілерді қалай түсіну керек, сұрақтың қай түрін қашан таңдау "
                    "керек және аудармашы арқылы немесе екі тілде қалай жұмыс істеу керек."
                ),
                "ru": (
                    "Как слушать так, чтобы человек почувствовал, что его услышали, как читать "
                    "невербальные сигналы в разных культурах, какой тип вопроса выбрать и как "
                    "работать через переводчика или на двух языках."
                ),
                "en": (
                    "How to listen so that people feel heard, read non-verbal signals across "
                    "cultures, choose the right type of question and work through an interpreter "
                    "or in two languages."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": (
                        "Дау тарапымен әңгімеде назар, перефраз, түйіндеу және нақтылау "
                        "тәсілдерін қолдану."
                    ),
                    "ru": (
                        "Применять внимание, перефразирование, резюмирование и уточнение в "
                        "разговоре со стороной спора."
                    ),
                    "en": (
                        "Use attention, paraphrase, summary and clarifying in a conversation with "
                        "a party to a dispute."
                    ),
                },
                {
                    "kk": (
                        "Мақсатқа қарай ашық, жабық, шеңберлі және болжамды сұрақтарды таңдау, "
                        "айыптайтын және жауапты алдын ала көрсететін сұрақтардан аулақ болу."
                    ),
                    "ru": (
                        "Выбирать открытые, закрытые, циркулярные и гипотетические вопросы под "
                        "цель и избегать обвиняющих и наводящих вопросов."
                    ),
                    "en": (
                        "Choose open, closed, circular and hypothetical questions for a purpose "
                        "and avoid blaming and leading questions."
                    ),
                },
                {
                    "kk": (
                        "Әртүрлі мәдениет пен тіл өкілдеріне, соның ішінде аудармашы арқылы жұмыс "
                        "істегенде, бірдей құрмет көрсету."
                    ),
                    "ru": (
                        "Проявлять равное уважение к представителям разных культур и языков, в "
                        "том числе при работе через переводчика."
                    ),
                    "en": (
                        "Show equal respect across cultures and languages, including when working "
                        "through an interpreter."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Неге алдымен тыңдау керек</h3><p>Этносаралық дауда адамдар "
                            "келіссөзге дайын болып келе бермейді: олар ең алдымен өздерін "
                            "тыңдағанын қалайды. Ауыл базарында отбасым қорланды деп санайтын ер "
                            "адам немесе баласына мектепте тіліне байланысты әділетсіз қарайды "
                            "деп ойлайтын ана оларды біреу шынымен түсінгеніне көзі жетпейінше, "
                            "шешім туралы әңгімеге көшпейді. Белсенді тыңдау шиеленісті басады, "
                            "нақты ақпарат береді және екі тарапқа да сіздің ешкімнің жағын "
                            "баспайтыныңызды көрсетеді.</p><h3>Белсенді тыңдаудың төрт "
                            "элементі</h3><ol><li><strong>Назар.</strong> Телефонды алып қойыңыз, "
                            "сөйлеп отырған адамға бұрылыңыз, сөзін бөлмеңіз және ол сөйлеп "
                            "жатқанда жауабыңызды ойластырмаңыз. Бас изеу немесе «түсінікті» "
                            "деген қысқа белгілер сіздің ұйып тыңдап отырғаныңызды "
                            "көрсетеді.</li><li><strong>Перефраз.</strong> Айтылғанның мәнін өз "
                            "сөзіңізбен, бейтарап түрде қайталаңыз: «Яғни су келісілген уақыттан "
                            "екі күн кеш жетіп, көшеттеріңіз зардап шекті». Сөйлеуші сізді "
                            "растайды немесе түзетеді.</li><li><strong>Түйіндеу.</strong> Ұзақ "
                            "әңгімеден кейін негізгі ойларды жинақтаңыз: «Бәрін дұрыс түсіндім "
                            "бе, тексеріп алайын: біріншіден…, екіншіден…, ал сіз үшін ең "
                            "маңыздысы — …». Түйіндеу эмоцияға толы әңгімені ретке келтіріп, "
                            "келесі тақырыпқа көшуге жол "
                            "ашады.</li><li><strong>Нақтылау.</strong> Бір нәрсе түсініксіз "
                            "болса, егжей-тегжейін сұраңыз: «Чатта нақты не жазылды?», «“Олар "
                            "үнемі” дегенде кімді айтып отырсыз?» Сонда жалпылама айыптаулар "
                            "талқылауға болатын нақты фактілерге "
                            "айналады.</li></ol><p><strong>Жиі кездесетін қателер:</strong> тым "
                            "ерте кеңес беру («Кешірім сұрай салыңыз, бітті»), өз басыңыздан "
                            "өткенді айтып кету, бір жақты сөздермен перефраз жасау («Яғни олар "
                            "сізді алдаған») және түсінбесеңіз де түсінген болып көріну.</p>"
                        ),
                        "ru": (
                            "<h3>Почему сначала нужно слушать</h3><p>В межэтническом споре люди "
                            "редко приходят готовыми к переговорам: прежде всего они хотят, чтобы "
                            "их выслушали. Мужчина, который считает, что его семью оскорбили на "
                            "сельском базаре, или мать, уверенная, что к её ребёнку в школе "
                            "относятся несправедливо из-за языка, не станут обсуждать решения, "
                            "пока не почувствуют, что их действительно поняли. Активное слушание "
                            "снижает напряжение, даёт точную информацию и показывает обеим "
                            "сторонам, что вы ни на чьей стороне.</p><h3>Четыре элемента "
                            "активного слушания</h3><ol><li><strong>Внимание.</strong> Уберите "
                            "телефон, повернитесь к говорящему, не перебивайте и не обдумывайте "
                            "ответ, пока человек говорит. Короткие сигналы — кивок, «понимаю» — "
                            "показывают, что вы следите за "
                            "рассказом.</li><li><strong>Перефразирование.</strong> Передайте суть "
                            "своими нейтральными словами: «То есть вода дошла до ваших участков "
                            "на два дня позже, чем договаривались, и рассада пострадала». "
                            "Говорящий подтвердит или поправит "
                            "вас.</li><li><strong>Резюмирование.</strong> После длинной части "
                            "разговора соберите главное: «Давайте проверю, всё ли я понял: "
                            "во-первых…, во-вторых…, а самое важное для вас — …». Резюме "
                            "упорядочивает эмоциональный рассказ и обозначает переход к следующей "
                            "теме.</li><li><strong>Уточнение.</strong> Если что-то неясно, "
                            "спросите о деталях: «Что именно было написано в чате?», «Когда вы "
                            "говорите „они всегда“, кого вы имеете в виду?» Так общие обвинения "
                            "превращаются в конкретные факты, которые можно "
                            "обсуждать.</li></ol><p><strong>Частые ошибки:</strong> слишком "
                            "ранние советы («Просто извинитесь, и всё»), рассказ о собственном "
                            "опыте, перефразирование оценочными словами («То есть они вас "
                            "обманули») и попытка сделать вид, что вы поняли, когда на самом деле "
                            "не поняли.</p>"
                        ),
                        "en": (
                            "<h3>Why listening comes first</h3><p>In an interethnic dispute "
                            "people rarely arrive ready to negotiate; first of all they want to "
                            "be heard. A man who believes his family was insulted at the village "
                            "market, or a mother who thinks her child is treated unfairly at "
                            "school because of language, will not discuss solutions until they "
                            "feel that someone has really understood them. Active listening "
                            "lowers tension, gives you accurate information and shows both sides "
                            "that you are not taking sides.</p><h3>Four elements of active "
                            "listening</h3><ol><li><strong>Attention.</strong> Put the phone "
                            "away, face the speaker, do not interrupt and do not plan your reply "
                            "while the person is talking. Short signals such as a nod or “I see” "
                            "show that you are following.</li><li><strong>Paraphrase.</strong> "
                            "Restate the essence in your own neutral words: “So the water reached "
                            "your plots two days later than agreed, and the seedlings suffered.” "
                            "The speaker can confirm or correct "
                            "you.</li><li><strong>Summary.</strong> After a longer stretch, pull "
                            "the main points together: “Let me check that I have everything: "
                            "first…, second…, and what matters most to you is…”. A summary brings "
                            "order to an emotional story and marks the move to the next "
                            "topic.</li><li><strong>Clarifying.</strong> Ask for details when "
                            "something is vague: “What exactly was written in the chat?”, “When "
                            "you say ‘they always’, whom do you mean?” In this way general "
                            "accusations become concrete facts that can be "
                            "discussed.</li></ol><p><strong>Common mistakes:</strong> giving "
                            "advice too early (“Just apologise and forget it”), telling your own "
                            "story, paraphrasing with loaded words (“So they cheated you”) and "
                            "pretending to understand when you did not.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Вербалды емес белгілер және мәдени айырмашылықтар</h3><p>Адамдар "
                            "бізді сөзден гөрі дене қалпымыз, дауыс ырғағымыз, үзілістеріміз бен "
                            "ым-ишараларымыз арқылы көбірек түсінеді. Қазақ, орыс, өзбек, ұйғыр, "
                            "корей, неміс, татар және басқа да көптеген этностар қатар өмір "
                            "сүретін Қазақстанда бір белгіні әркім әртүрлі ұғуы мүмкін. Барлық "
                            "салт-дәстүрді білу міндетті емес, бірақ белгілерді байқап, айқын "
                            "қателіктен сақтанып, күмәндансаңыз, сыпайы түрде сұрау "
                            "қажет.</p><ul><li><strong>Көзбе-көз қарау.</strong> Біреулер үшін "
                            "тура қарау — шыншылдықтың белгісі; ал басқалар үшін, мысалы, үлкен "
                            "кісімен сөйлесіп отырған жас адам үшін көзін төмен салу — өтірік "
                            "емес, құрмет белгісі. Адамның шынайылығын тек көзқарасына қарап "
                            "бағаламаңыз.</li><li><strong>Үлкендерге сөз арнау.</strong> Алдымен "
                            "ең үлкен кісімен амандасып, құрмет білдіретін сөздерді қолданыңыз: "
                            "«ақсақал», «аға», «апа», қазақша «Сіз», орысша — аты мен әкесінің "
                            "аты. Әр адамнан оны қалай атағанды жөн көретінін сұраңыз және екі "
                            "тарапқа бірдей құрмет көрсетіңіз.</li><li><strong>Құрмет көрсету "
                            "түрлері.</strong> Кімнің қай жерге отыратыны, шайдың алдымен кімге "
                            "құйылатыны, қол алысу (кейбір адамдар қарсы жыныстағы адаммен қол "
                            "алыспайды; қолды кеудеге қою — жақсы балама). Осындағы қателікті "
                            "бүкіл қауымдастыққа деген құрметсіздік деп қабылдауы "
                            "мүмкін.</li><li><strong>Үнсіздік пен дауыс ырғағы.</strong> Үзіліс "
                            "келісімді емес, ойлануды білдіруі мүмкін; қатты дауыс бір отбасында "
                            "кәдімгі сөйлеу мәнері, ал екіншісінде ашудың белгісі болуы "
                            "мүмкін.</li></ul><p>Өз дене тіліңізді де бақылаңыз: екі тараптан "
                            "бірдей қашықтықта отырыңыз, ашық қалыпта болыңыз, бір тараптың "
                            "әзіліне ғана күлмеңіз және сағатыңызға қарамаңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Невербальные сигналы и культурные различия</h3><p>Многое люди "
                            "считывают не из слов, а из позы, интонации, пауз и жестов. В "
                            "Казахстане, где рядом живут казахи, русские, узбеки, уйгуры, "
                            "корейцы, немцы, татары и многие другие, один и тот же сигнал может "
                            "быть понят по-разному. Знать все обычаи не обязательно, но нужно "
                            "замечать сигналы, избегать явных промахов и, если сомневаетесь, "
                            "уважительно спрашивать.</p><ul><li><strong>Зрительный "
                            "контакт.</strong> Для одних прямой взгляд означает честность; для "
                            "других — например, для молодого человека, который говорит со "
                            "старшим, — опущенные глаза означают уважение, а не ложь. Не судите "
                            "об искренности только по взгляду.</li><li><strong>Обращение к "
                            "старшим.</strong> Первым приветствуйте старшего и используйте "
                            "уважительные формы: «аксакал», «ага», «апа», казахское «Сіз», "
                            "по-русски — имя и отчество. Спросите каждого, как к нему лучше "
                            "обращаться, и проявляйте к обеим сторонам одинаковое "
                            "уважение.</li><li><strong>Формы уважения.</strong> Кто где сидит, "
                            "кому первому наливают чай, рукопожатие (некоторые люди не пожимают "
                            "руку человеку другого пола; рука, приложенная к сердцу, — хорошая "
                            "альтернатива). Промах здесь могут воспринять как неуважение ко всей "
                            "общине.</li><li><strong>Молчание и тон.</strong> Пауза может "
                            "означать раздумье, а не согласие; громкий голос в одной семье — "
                            "обычная манера речи, а в другой — признак гнева.</li></ul><p>Следите "
                            "и за своим языком тела: сидите на одинаковом расстоянии от обеих "
                            "сторон, сохраняйте открытую позу, не смейтесь шуткам только одной "
                            "стороны и не смотрите на часы.</p>"
                        ),
                        "en": (
                            "<h3>Non-verbal signals and cultural differences</h3><p>Much of what "
                            "people take from us comes from posture, tone, pauses and gestures "
                            "rather than words. In Kazakhstan, where Kazakhs, Russians, Uzbeks, "
                            "Uyghurs, Koreans, Germans, Tatars and many other communities live "
                            "side by side, the same signal can be read differently. You do not "
                            "need to know every custom, but you must notice signals, avoid "
                            "obvious blunders and, when unsure, ask "
                            "respectfully.</p><ul><li><strong>Eye contact.</strong> For some "
                            "people a direct look means honesty; for others, for example a young "
                            "person speaking to an elder, lowered eyes are a sign of respect, not "
                            "of lying. Do not judge sincerity by the eyes "
                            "alone.</li><li><strong>Addressing elders.</strong> Greet the eldest "
                            "first and use respectful forms: “aksakal”, “aga”, “apa”, the polite "
                            "Kazakh “Siz”, or first name and patronymic in Russian. Ask each "
                            "person how they prefer to be addressed, and show both sides the same "
                            "level of respect.</li><li><strong>Forms of respect.</strong> Who "
                            "sits where, who is served tea first, handshakes (some people do not "
                            "shake hands with the opposite sex; a hand on the heart is a good "
                            "alternative). A slip here may be read as disrespect to a whole "
                            "community.</li><li><strong>Silence and tone.</strong> A pause may "
                            "mean thinking, not agreement; a loud voice may be ordinary speech in "
                            "one family and a sign of anger in another.</li></ul><p>Watch your "
                            "own body language too: sit at the same distance from both parties, "
                            "keep an open posture, do not laugh at only one party's jokes and do "
                            "not check your watch.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Сұрақтардың түрлері</h3><ul><li><strong>Ашық сұрақтар</strong> "
                            "адамды әңгімелеуге шақырады: «Жиналыста не болды?», «Бұл істе сіз "
                            "үшін ең маңыздысы не?» Оларды әңгіменің басында және мүдделерді "
                            "анықтағанда қолданыңыз.</li><li><strong>Жабық сұрақтарға</strong> "
                            "«иә», «жоқ» немесе бір фактімен жауап беріледі: «Жиналыс сенбі күні "
                            "болды ма?» Олар фактілерді тексеруге және уағдаластықты бекітуге "
                            "ыңғайлы, бірақ қатарынан қойылса, тергеу сияқты "
                            "естіледі.</li><li><strong>Шеңберлі (циркулярлық) сұрақтар</strong> "
                            "адамды жағдайға басқа біреудің көзімен қарауға шақырады: "
                            "«Көршілеріңіз мұны қалай қабылдады деп ойлайсыз?», «Балаңыз бұл "
                            "жанжал туралы не айтар еді?» Олар тарапқа «сіз қателестіңіз» деп "
                            "айтпай-ақ, екінші жақты көруге көмектеседі.</li><li><strong>Болжамды "
                            "(гипотетикалық) сұрақтар</strong> ешкімді міндеттемей-ақ нұсқаларды "
                            "сынап көруге мүмкіндік береді: «Суару кестесі әкімдікте ілініп "
                            "тұрса, сіз үшін не өзгерер еді?»</li></ul><p>Айыптау сияқты "
                            "естілетін «неге» сұрақтарынан («Мұны неге жарияладыңыз?») және "
                            "жауапқа жетелейтін сұрақтардан («Бұл дұрыс болмағанымен келісесіз "
                            "ғой?») аулақ болыңыз. Оның орнына «Мұны жариялауға не түрткі болды?» "
                            "деп сұраңыз.</p><h3>Аудармашы арқылы немесе екі тілде жұмыс "
                            "істеу</h3><p>Көп адам сезімін ана тілінде жеңілірек жеткізеді. "
                            "Кездесудің басында қай тілде немесе қай тілдерде сөйлесетініңізді "
                            "келісіп алыңыз. Аудармашымен жұмыс істегенде:</p><ol><li>екі тарап "
                            "та сенетін, бір тараптың туысы емес адамды таңдаңыз және оған "
                            "құпиялылық пен бейтараптық талаптарын алдын ала "
                            "түсіндіріңіз;</li><li>аудармашыға емес, тарапқа қарата сөйлеңіз және "
                            "сөзі аударылып жатқан адамға қараңыз;</li><li>қысқа сөйлемдермен "
                            "сөйлеп, үзіліс жасаңыз, сонда бәрі, соның ішінде эмоциялы сөздер де "
                            "аударылады;</li><li>тараптан негізгі ойларды өз сөзімен қайталауын "
                            "өтініп, дұрыс түсінгенін тексеріңіз.</li></ol><p>Екі тілде өзіңіз "
                            "жүргізсеңіз, әр тілге бірдей уақыт бөліп, негізгі ойларды екі тілде "
                            "де түйіндеңіз: ешкім «нағыз» әңгіме өзі нашар білетін тілде жүріп "
                            "жатыр деп ойламауы керек.</p>"
                        ),
                        "ru": (
                            "<h3>Виды вопросов</h3><ul><li><strong>Открытые вопросы</strong> "
                            "приглашают к рассказу: «Что произошло на собрании?», «Что для вас "
                            "здесь важнее всего?» Задавайте их в начале разговора и при выяснении "
                            "интересов.</li><li><strong>Закрытые вопросы</strong> предполагают "
                            "ответ «да», «нет» или один факт: «Собрание было в субботу?» Они "
                            "помогают проверить факты и закрепить договорённости, но череда таких "
                            "вопросов звучит как допрос.</li><li><strong>Циркулярные "
                            "вопросы</strong> предлагают взглянуть на ситуацию глазами другого: "
                            "«Как, по-вашему, это восприняли соседи?», «Что сказал бы об этой "
                            "ссоре ваш сын?» Они помогают увидеть другую сторону, не услышав "
                            "упрёка «вы неправы».</li><li><strong>Гипотетические вопросы</strong> "
                            "позволяют проверить варианты без обязательств: «Допустим, график "
                            "полива висел бы в акимате — что изменилось бы для "
                            "вас?»</li></ul><p>Избегайте вопросов «почему», которые звучат как "
                            "обвинение («Почему вы это выложили?»), и наводящих вопросов («Вы же "
                            "согласны, что это было неправильно?»). Спросите лучше: «Что побудило "
                            "вас это опубликовать?»</p><h3>Работа через переводчика или на двух "
                            "языках</h3><p>Многим легче выражать чувства на родном языке. В "
                            "начале встречи договоритесь, на каком языке или языках пойдёт "
                            "разговор. Если работаете с переводчиком:</p><ol><li>выберите "
                            "человека, которому доверяют обе стороны и который не является "
                            "родственником одной из них, и заранее объясните ему требования "
                            "конфиденциальности и нейтральности;</li><li>обращайтесь к стороне, а "
                            "не к переводчику, и смотрите на того, чьи слова "
                            "переводятся;</li><li>говорите короткими фразами и делайте паузы, "
                            "чтобы переводилось всё, включая эмоциональные "
                            "слова;</li><li>проверяйте понимание: попросите сторону пересказать "
                            "ключевые моменты своими словами.</li></ol><p>Если вы сами ведёте "
                            "разговор на двух языках, уделяйте каждому равное время и резюмируйте "
                            "главное на обоих, чтобы никто не чувствовал, что «настоящий» "
                            "разговор идёт на языке, который он знает хуже.</p>"
                        ),
                        "en": (
                            "<h3>Types of questions</h3><ul><li><strong>Open questions</strong> "
                            "invite a story: “What happened at the meeting?”, “What matters most "
                            "to you here?” Use them at the start and when exploring "
                            "interests.</li><li><strong>Closed questions</strong> get “yes”, “no” "
                            "or a single fact: “Was the meeting on Saturday?” They help to check "
                            "facts and confirm agreements, but a string of them sounds like an "
                            "interrogation.</li><li><strong>Circular questions</strong> ask a "
                            "person to look through someone else's eyes: “How do you think your "
                            "neighbours saw this?”, “What would your son say about this quarrel?” "
                            "They help a party see the other side without being told “you are "
                            "wrong”.</li><li><strong>Hypothetical questions</strong> test options "
                            "without commitment: “Suppose the watering schedule were posted at "
                            "the akimat; what would change for you?”</li></ul><p>Avoid “why” "
                            "questions that sound like blame (“Why did you post that?”) and "
                            "leading questions (“You agree it was wrong, don't you?”). Ask "
                            "instead: “What led you to post it?”</p><h3>Working through an "
                            "interpreter or in two languages</h3><p>Many people express feelings "
                            "more easily in their mother tongue. At the start of the meeting, "
                            "agree on the language or languages you will use. When you work with "
                            "an interpreter:</p><ol><li>choose someone both parties trust, not a "
                            "relative of one side, and explain the requirements of "
                            "confidentiality and neutrality to them beforehand;</li><li>speak to "
                            "the party, not to the interpreter, and look at the person whose "
                            "words are being translated;</li><li>use short sentences and pause, "
                            "so that everything is translated, including emotional "
                            "words;</li><li>check understanding by asking the party to restate "
                            "the key points in their own words.</li></ol><p>If you conduct the "
                            "conversation in two languages yourself, give each language equal "
                            "time and summarise the key points in both, so that nobody feels the "
                            "“real” conversation is happening in the language they know less "
                            "well.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Бір үстел басында екі тіл",
                            "ru": "Два языка за одним столом",
                            "en": "Two languages at one table",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Жамбыл облысындағы бір "
                                "ауылда екі көршінің учаскелерінің бойымен өтетін арық үшін дау "
                                "туды. Алпыс жеті жастағы Гүлнар апа негізінен қазақша сөйлейді; "
                                "отбасы бұл ауылда үш буын бойы тұрып келе жатқан қырық бес "
                                "жастағы Виктор орысша сөйлейді, қазақшаны аздап қана түсінеді. "
                                "Виктор қоршауын қайта салғаннан кейін Гүлнар апаның бақшасына су "
                                "жетпей қалды, ал апаның немересі ауылдың WhatsApp тобына "
                                "«кейбіреулер суды тек өздерінікі деп ойлайды» деп жазды. "
                                "Виктордың әйелі ашулы жауап қайтарды, сөйтіп әкім Ассамблеяның "
                                "өңірлік құрылымынан келіссөз жүргізуші жіберуді "
                                "сұрады.</p><p>Келіссөз жүргізуші Ерлан алғашқы кездесуді «бәріне "
                                "түсінікті болсын» деп орыс тілінде өткізді. Ол жұмыстан танитын "
                                "Виктордың қасына отырып, көбіне соған қарап сөйледі. Гүлнар апа "
                                "қазақша сөйлегенде, Ерлан қысқаша ғана аударды: «Су келмей жатыр "
                                "дейді». Содан кейін: «Сонымен, Виктор, қоршау салғанда арықты "
                                "бітеп тастадыңыз ғой, солай ма?» деп сұрады. Виктор қолын "
                                "айқастырып, үнсіз қалды. Гүлнар апаның жауаптары қысқара берді, "
                                "ол көзін төмен салып отырды. Жиырма минуттан кейін Ерлан "
                                "Викторға қоршаудың астынан құбыр төсеуді ұсынды. Екі тарап та "
                                "«ойланып көреміз» деп тарасып кетті.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В селе Жамбылской области возник спор "
                                "между двумя соседями из-за арыка, который проходит вдоль их "
                                "участков. Гульнар апа, 67 лет, говорит в основном по-казахски; "
                                "Виктор, 45 лет, чья семья живёт в селе уже три поколения, "
                                "говорит по-русски и понимает казахский лишь немного. После того "
                                "как Виктор перестроил забор, вода перестала доходить до огорода "
                                "Гульнар апа, а её внук написал в сельской группе WhatsApp: "
                                "«Некоторые думают, что вода принадлежит только им». Жена Виктора "
                                "резко ответила, и аким попросил направить переговорщика из "
                                "региональной структуры Ассамблеи.</p><p>Переговорщик Ерлан "
                                "провёл первую встречу на русском языке, «чтобы всем было "
                                "понятно». Он сел рядом с Виктором, которого знал по работе, и "
                                "смотрел в основном на него. Когда Гульнар апа говорила "
                                "по-казахски, Ерлан переводил коротко: «Говорит, вода не идёт». "
                                "Затем он спросил: «Итак, Виктор, вы перекрыли арык, когда "
                                "ставили забор, верно?» Виктор скрестил руки и замолчал. Ответы "
                                "Гульнар апа становились всё короче, она сидела, опустив глаза. "
                                "Через двадцать минут Ерлан предложил Виктору проложить трубу под "
                                "забором. Обе стороны сказали «подумаем» и разошлись.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Zhambyl region, "
                                "a dispute arose between two neighbours over an irrigation ditch "
                                "that runs along their plots. Gulnar apa, 67, speaks mostly "
                                "Kazakh; Viktor, 45, whose family has lived in the village for "
                                "three generations, speaks Russian and understands only a little "
                                "Kazakh. After Viktor rebuilt his fence, water stopped reaching "
                                "Gulnar apa's garden, and her grandson wrote in the village "
                                "WhatsApp group: “Some people think the water belongs only to "
                                "them.” Viktor's wife answered angrily, and the akim asked the "
                                "regional structure of the Assembly to send a "
                                "negotiator.</p><p>The negotiator, Yerlan, held the first meeting "
                                "in Russian “so that everyone understands”. He sat next to "
                                "Viktor, whom he knew from work, and looked mostly at him. When "
                                "Gulnar apa spoke in Kazakh, Yerlan translated briefly: “She says "
                                "the water isn't coming.” Then he asked: “So, Viktor, you blocked "
                                "the ditch when you put up the fence, right?” Viktor folded his "
                                "arms and fell silent. Gulnar apa's answers grew shorter, and she "
                                "sat with her eyes lowered. After twenty minutes Yerlan suggested "
                                "that Viktor lay a pipe under the fence. Both parties said “we'll "
                                "think about it” and left.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Ерлан әр тараптың қандай вербалды емес белгілерін байқамай "
                                    "қалды және оларды қалай түсінуге болар еді?"
                                ),
                                "ru": (
                                    "Какие невербальные сигналы каждой из сторон пропустил Ерлан "
                                    "и как их можно было понять?"
                                ),
                                "en": (
                                    "Which non-verbal signals from each party did Yerlan miss, "
                                    "and how might they be read?"
                                ),
                            },
                            {
                                "kk": (
                                    "Тілді таңдау, отыру тәртібі және аударма тараптардың әділдік "
                                    "сезіміне қалай әсер етті?"
                                ),
                                "ru": (
                                    "Как выбор языка, рассадка и перевод повлияли на ощущение "
                                    "справедливости у сторон?"
                                ),
                                "en": (
                                    "How did the choice of language, the seating and the "
                                    "translation affect the parties' sense of fairness?"
                                ),
                            },
                            {
                                "kk": (
                                    "Ерланның Викторға қойған сұрағын ашық сұрақ түрінде және "
                                    "бейтарап перефраз түрінде қайта жазыңыз."
                                ),
                                "ru": (
                                    "Перепишите вопрос Ерлана к Виктору в виде открытого вопроса "
                                    "и в виде нейтрального перефразирования."
                                ),
                                "en": (
                                    "Rewrite Yerlan's question to Viktor as an open question and "
                                    "as a neutral paraphrase."
                                ),
                            },
                            {
                                "kk": "Екінші кездесу қадам-қадаммен қалай өтуі керек?",
                                "ru": "Как, шаг за шагом, должна пройти вторая встреча?",
                                "en": "Step by step, how should the second meeting go?",
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Базардағы алғашқы әңгіме",
                            "ru": "Первый разговор на рынке",
                            "en": "A first conversation at the market",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Шымкенттегі бір базарда "
                                "жиырма жылдан бері бір орында жеміс-көкөніс сатып келе жатқан "
                                "Рүстам мен жақында оның көршілес орнына көшкен, киім сататын "
                                "Дана арасында дау шықты: Рүстамның жәшіктері өткелді жауып, "
                                "Дананың сатып алушылары оған жете алмай жүр. Дананың інісі "
                                "Instagram-ға «өз базарымызда қонақ сияқтымыз» деген бейне "
                                "жариялады, ал Рүстамның ұлы түсініктемелерде дөрекі жауап жазды. "
                                "Базар әкімшілігі Ассамблеяның келіссөз жүргізушісінен екі "
                                "тараппен алғашқы әңгіме өткізуді өтінді.</p><p>Келіссөз "
                                "жүргізушінің міндеті: тараптармен амандасып, кездесудің тілін "
                                "келісу (Рүстамға орыс тілі ыңғайлы, Данаға — қазақ тілі, ал "
                                "келіссөз жүргізуші екі тілді де біледі), әр тараптың әңгімесін "
                                "тыңдау, перефраз бен түйіндеуді қолдану және әр түрден кемінде "
                                "бір сұрақ қою: ашық, жабық, шеңберлі және болжамды. Шешім "
                                "іздеудің қажеті жоқ. Ойын 15 минутқа созылады, содан кейін "
                                "бақылаушылар 10 минут кері байланыс береді.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. На одном из рынков Шымкента возник "
                                "спор между Рустамом, который двадцать лет торгует фруктами и "
                                "овощами на одном месте, и Даной, которая продаёт одежду и "
                                "недавно переехала на соседнее место: ящики Рустама загораживают "
                                "проход, и покупатели не могут подойти к Дане. Брат Даны выложил "
                                "в Instagram видео с подписью «На собственном рынке мы как "
                                "гости», а сын Рустама грубо ответил в комментариях. "
                                "Администрация рынка попросила переговорщика Ассамблеи провести "
                                "первый разговор с обеими сторонами.</p><p>Задача переговорщика: "
                                "поприветствовать стороны, договориться о языке встречи (Рустаму "
                                "удобнее русский, Дане — казахский, переговорщик владеет обоими), "
                                "выслушать каждую сторону, использовать перефразирование и "
                                "резюмирование и задать хотя бы по одному вопросу каждого типа: "
                                "открытый, закрытый, циркулярный и гипотетический. Искать решение "
                                "не нужно. Игра длится 15 минут, затем наблюдатели 10 минут дают "
                                "обратную связь.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. At a market in Shymkent a "
                                "dispute has arisen between Rustam, who has sold fruit and "
                                "vegetables at the same spot for twenty years, and Dana, who "
                                "sells clothes and recently moved to the neighbouring spot: "
                                "Rustam's crates block the aisle, and customers cannot reach "
                                "Dana. Dana's brother posted a video on Instagram captioned “At "
                                "our own market we are like guests”, and Rustam's son replied "
                                "rudely in the comments. The market administration asked a "
                                "negotiator of the Assembly to hold a first conversation with "
                                "both sides.</p><p>The negotiator's task: greet the parties, "
                                "agree on the language of the meeting (Rustam is more comfortable "
                                "in Russian, Dana in Kazakh, and the negotiator speaks both), "
                                "listen to each side, use paraphrase and summary, and ask at "
                                "least one question of each type: open, closed, circular and "
                                "hypothetical. There is no need to look for a solution. The "
                                "role-play lasts 15 minutes, followed by 10 minutes of feedback "
                                "from the observers.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Келіссөз жүргізуші",
                                    "ru": "Переговорщик",
                                    "en": "Negotiator",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз Ассамблеяның өңірлік келіссөз жүргізушісісіз және "
                                        "тараптарды жеке танымайсыз. Бұл кездесудің мақсаты — "
                                        "шешім табу емес, екі тараптың да өзін тыңдағанын сезінуі "
                                        "және фактілер мен мүдделерді анықтау."
                                    ),
                                    "ru": (
                                        "Вы региональный переговорщик Ассамблеи и лично не знаете "
                                        "сторон. Цель встречи — не найти решение, а добиться, "
                                        "чтобы обе стороны почувствовали, что их услышали, и "
                                        "прояснить факты и интересы."
                                    ),
                                    "en": (
                                        "You are a regional negotiator of the Assembly and do not "
                                        "know the parties personally. The aim of this meeting is "
                                        "not to find a solution but to make both parties feel "
                                        "heard and to clarify facts and interests."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Рүстам, 58 жаста, сатушы",
                                    "ru": "Рустам, 58 лет, продавец",
                                    "en": "Rustam, 58, trader",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз осы орында жиырма жыл сауда жасап келесіз және жасы "
                                        "үлкен ретінде сізбен бірінші амандасады деп күтесіз. "
                                        "Бейне сізді ренжітті: отбасыңызды бөтен деп атағандай "
                                        "сезінесіз. Қысқа сөйлемдермен сөйлейсіз, сөзіңізді "
                                        "бөлсе, дауысыңыз көтеріледі. Келіссөз жүргізуші "
                                        "сөзіңізді әділ қайталаса, жәшіктеріңіздің кейде өткелде "
                                        "тұратынын мойындайсыз."
                                    ),
                                    "ru": (
                                        "Вы торгуете на этом месте двадцать лет и ожидаете, что с "
                                        "вами, как со старшим, поздороваются первым. Видео вас "
                                        "задело: вам кажется, что вашу семью назвали чужими. Вы "
                                        "говорите короткими фразами и повышаете голос, если вас "
                                        "перебивают. Если переговорщик справедливо перескажет "
                                        "ваши слова, вы признаете, что ваши ящики иногда стоят в "
                                        "проходе."
                                    ),
                                    "en": (
                                        "You have traded at this spot for twenty years and expect "
                                        "to be greeted first, as the elder. The video hurt you: "
                                        "you feel your family has been called strangers. You "
                                        "speak in short sentences and raise your voice if "
                                        "interrupted. If the negotiator restates your words "
                                        "fairly, you admit that your crates sometimes stand in "
                                        "the aisle."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Дана, 32 жаста, сатушы",
                                    "ru": "Дана, 32 года, продавец",
                                    "en": "Dana, 32, trader",
                                },
                                "brief": {
                                    "kk": (
                                        "Сіз бұл орынға үш ай бұрын көштіңіз. Жәшіктерге "
                                        "байланысты сатып алушылар сізге жете алмайды, табысыңыз "
                                        "азайып жатыр. Ініңіздің бейнесі сізге ұнамады, бірақ оны "
                                        "жұрт алдында сынамайсыз. Жасына құрмет ретінде Рүстамға "
                                        "тура қарамайсыз, бұл суық мінез сияқты көрінуі мүмкін. "
                                        "Сіз үшін ең маңызды не екенін сұраса, ашыла бастайсыз."
                                    ),
                                    "ru": (
                                        "Вы переехали на это место три месяца назад. Из-за ящиков "
                                        "покупатели не могут к вам подойти, и вы теряете доход. "
                                        "Видео брата вам не понравилось, но публично критиковать "
                                        "его вы не будете. Из уважения к возрасту Рустама вы не "
                                        "смотрите ему в глаза, и это может выглядеть как "
                                        "холодность. Вы раскрываетесь, если вас спрашивают, что "
                                        "для вас важнее всего."
                                    ),
                                    "en": (
                                        "You moved to this spot three months ago. Because of the "
                                        "crates customers cannot reach you, and you are losing "
                                        "income. You did not like your brother's video, but you "
                                        "will not criticise him in public. Out of respect for "
                                        "Rustam's age you do not look him in the eye, which may "
                                        "look like coldness. You open up if you are asked what "
                                        "matters most to you."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Амандасу мен отыру тәртібі жасқа құрмет көрсетіп, екі "
                                    "тарапқа бірдей орын берді."
                                ),
                                "ru": (
                                    "Приветствие и рассадка показали уважение к возрасту и дали "
                                    "обеим сторонам равное положение."
                                ),
                                "en": (
                                    "The greeting and seating showed respect for age and gave "
                                    "both parties equal standing."
                                ),
                            },
                            {
                                "kk": (
                                    "Кездесудің тілі келісілді, екі тілге де бірдей уақыт бөлінді."
                                ),
                                "ru": (
                                    "Язык встречи был согласован, обоим языкам уделено равное "
                                    "время."
                                ),
                                "en": (
                                    "The language of the meeting was agreed, and both languages "
                                    "got equal time."
                                ),
                            },
                            {
                                "kk": (
                                    "Келіссөз жүргізуші әр тараптың сөзін кемінде бір рет "
                                    "бейтарап сөздермен перефраз жасады."
                                ),
                                "ru": (
                                    "Переговорщик хотя бы раз перефразировал слова каждой стороны "
                                    "нейтральными словами."
                                ),
                                "en": (
                                    "The negotiator paraphrased each party at least once in "
                                    "neutral words."
                                ),
                            },
                            {
                                "kk": (
                                    "Кемінде бір ашық, бір жабық, бір шеңберлі және бір болжамды "
                                    "сұрақ қойылды."
                                ),
                                "ru": (
                                    "Были заданы хотя бы один открытый, один закрытый, один "
                                    "циркулярный и один гипотетический вопрос."
                                ),
                                "en": (
                                    "At least one open, one closed, one circular and one "
                                    "hypothetical question was asked."
                                ),
                            },
                            {
                                "kk": (
                                    "Жаңа тақырыпқа көшер алдында түйіндеу жасалды, кеңес "
                                    "берілмеді."
                                ),
                                "ru": (
                                    "Перед переходом к новой теме было сделано резюме, советы не "
                                    "давались."
                                ),
                                "en": (
                                    "A summary was made before moving to a new topic, and no "
                                    "advice was given."
                                ),
                            },
                            {
                                "kk": (
                                    "Келіссөз жүргізуші тек көзқарасқа немесе дауыс ырғағына "
                                    "қарап қорытынды жасамады."
                                ),
                                "ru": (
                                    "Переговорщик не делал выводов только по взгляду или тону "
                                    "голоса."
                                ),
                                "en": (
                                    "The negotiator did not draw conclusions from eye contact or "
                                    "tone alone."
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
                                "Сізді тыңдамады деп сезінген бір әңгімені еске түсіріңіз. "
                                "Әңгімелесушіңіз нақты не істеді немесе не істемеді? Осы "
                                "сабақтағы қай дағдыны (перефраз, түйіндеу, шеңберлі сұрақ, "
                                "үзіліс) алдағы аптада жаттықтырасыз және қандай жағдайда?"
                            ),
                            "ru": (
                                "Вспомните разговор, в котором вы почувствовали, что вас не "
                                "слушают. Что именно сделал или не сделал ваш собеседник? Какой "
                                "навык из этого занятия (перефразирование, резюме, циркулярный "
                                "вопрос, пауза) вы будете тренировать на следующей неделе и в "
                                "какой ситуации?"
                            ),
                            "en": (
                                "Recall a conversation in which you felt you were not being "
                                "listened to. What exactly did the other person do or fail to do? "
                                "Which skill from this lesson (paraphrase, summary, a circular "
                                "question, a pause) will you practise next week, and in what "
                                "situation?"
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
                                        "Толық назар аударуды көрсететін және перефраз, түйіндеу "
                                        "мен нақтылаушы сұрақтар арқылы түсінгенін тексеретін "
                                        "тыңдау."
                                    ),
                                    "ru": (
                                        "Слушание, которое показывает полное внимание и проверяет "
                                        "понимание через перефразирование, резюме и уточняющие "
                                        "вопросы."
                                    ),
                                    "en": (
                                        "Listening that shows full attention and checks "
                                        "understanding through paraphrase, summary and clarifying "
                                        "questions."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Перефраз",
                                    "ru": "Перефразирование",
                                    "en": "Paraphrase",
                                },
                                "definition": {
                                    "kk": (
                                        "Түсінгенін тексеру үшін адам айтқан сөздің мәнін өз "
                                        "сөзімен, бейтарап түрде қайталау."
                                    ),
                                    "ru": (
                                        "Пересказ сути сказанного своими нейтральными словами, "
                                        "чтобы проверить понимание."
                                    ),
                                    "en": (
                                        "Restating the essence of what a person said in one's own "
                                        "neutral words to check understanding."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Түйіндеу",
                                    "ru": "Резюмирование",
                                    "en": "Summary",
                                },
                                "definition": {
                                    "kk": (
                                        "Әңгіменің ұзақ бөлігіндегі негізгі ойларды қысқаша "
                                        "жинақтау, көбіне жаңа тақырыпқа көшер алдында."
                                    ),
                                    "ru": (
                                        "Краткое обобщение главного из длинной части разговора, "
                                        "обычно перед переходом к новой теме."
                                    ),
                                    "en": (
                                        "A short pulling together of the main points of a longer "
                                        "part of the conversation, usually before moving to a new "
                                        "topic."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Шеңберлі сұрақ",
                                    "ru": "Циркулярный вопрос",
                                    "en": "Circular question",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамнан жағдайға екінші тараптың немесе үшінші біреудің "
                                        "көзімен қарауды сұрайтын сұрақ."
                                    ),
                                    "ru": (
                                        "Вопрос, который предлагает человеку взглянуть на "
                                        "ситуацию глазами другой стороны или третьего лица."
                                    ),
                                    "en": (
                                        "A question that asks a person to see the situation "
                                        "through the eyes of the other party or a third person."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Болжамды сұрақ",
                                    "ru": "Гипотетический вопрос",
                                    "en": "Hypothetical question",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптарға ешбір міндеттемесіз нұсқаны сынап көруге "
                                        "мүмкіндік беретін «егер… болса ше?» деген сұрақ."
                                    ),
                                    "ru": (
                                        "Вопрос вида «а что, если…», который позволяет сторонам "
                                        "проверить вариант, не беря на себя обязательств."
                                    ),
                                    "en": (
                                        "A “what if” question that lets the parties test an "
                                        "option without committing to it."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "reframing-and-emotions",
            "title": {
                "kk": "Рефрейминг және эмоциялармен жұмыс",
                "ru": "Рефрейминг и работа с эмоциями",
                "en": "Reframing and working with emotions",
            },
            "summary": {
                "kk": (
                    "Айыптауды мүддеге және бейтарап тілге қалай айналдыру керек, ашуды, өкпені, "
                    "намыс пен ұятты қалай мойындау керек, шиеленіскен кездесуді қалай сабырға "
                    "келтіру керек және қашан үзіліс жасау немесе тараптармен жеке кездесу керек."
                ),
                "ru": (
                    "Как превращать обвинения в интересы и нейтральный язык, признавать гнев, "
                    "обиду, честь и стыд, успокаивать напряжённую встречу и решать, когда нужен "
                    "перерыв или раздельные встречи со сторонами."
                ),
                "en": (
                    "How to turn accusations into interests and neutral language, acknowledge "
                    "anger, offence, honour and shame, calm a tense meeting and decide when to "
                    "take a break or meet the parties separately."
                ),
            },
            "academic_hours": 5,
            "learning_outcomes": [
                {
                    "kk": (
                        "Айыптауларды, жапсырмалар мен жалпылауларды бейтарап тілде мүдделерге "
                        "айналдырып, қайта тұжырымдауды сөйлеушіден тексеру."
                    ),
                    "ru": (
                        "Переформулировать обвинения, ярлыки и обобщения в интересы нейтральным "
                        "языком и сверять формулировку с говорящим."
                    ),
                    "en": (
                        "Reframe accusations, labels and generalisations into interests in "
                        "neutral language and check the reframe with the speaker."
                    ),
                },
                {
                    "kk": (
                        "Күшті эмоцияларды, соның ішінде өкпені, намыс пен ұятты мойындап, "
                        "ешкімнің жағын баспай сабырға келтіру тәсілдерін қолдану."
                    ),
                    "ru": (
                        "Признавать сильные эмоции, включая обиду, честь и стыд, и применять "
                        "техники успокоения, не вставая ни на чью сторону."
                    ),
                    "en": (
                        "Acknowledge strong emotions, including offence, honour and shame, and "
                        "use calming techniques without taking sides."
                    ),
                },
                {
                    "kk": (
                        "Қашан үзіліс немесе жеке кездесу қажет екенін шешіп, оларды әділ әрі "
                        "құпиялылықты сақтай отырып өткізу."
                    ),
                    "ru": (
                        "Решать, когда нужен перерыв или раздельные встречи, и проводить их "
                        "справедливо и конфиденциально."
                    ),
                    "en": (
                        "Decide when to take a break or hold separate meetings, and conduct them "
                        "fairly and confidentially."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Рефрейминг дегеніміз не</h3><p>Рефрейминг (қайта тұжырымдау) — "
                            "тараптың сөзін мағынасы мен сезімін сақтай отырып, бірақ айыптауды, "
                            "қорлауды және жалпылауды алып тастап, оның артындағы қажеттілік пен "
                            "мүддені көрсететіндей етіп қайта айту. Бұл шындықты жұмсарту да, "
                            "адамды түзету де емес: бұл — ұстанымды екінші тарап қорғанысқа "
                            "көшпей-ақ ести алатын тілге "
                            "аудару.</p><h3>Қадам-қадаммен</h3><ol><li>Сезімді (ашу, қорқыныш, "
                            "өкпе) аңғарып, оны атаңыз.</li><li>Айыптаудың артындағы мүддені "
                            "немесе құндылықты табыңыз: қауіпсіздік, әділдік, құрмет, табыс, "
                            "балалардың болашағы.</li><li>Жапсырмаларды («өтірікшілер», «анау "
                            "біреулер»), жалпылауды («үнемі», «ешқашан») және қажетсіз этникалық "
                            "сілтемелерді алып тастаңыз.</li><li>Өткеннен болашаққа бұрыңыз: не "
                            "дұрыс болмағанынан енді не болуы керектігіне.</li><li>Сөйлеушіден "
                            "тексеріңіз: «Сізді дұрыс түсіндім бе?»</li></ol><h3>Мысалдар: "
                            "айыптаудан мүддеге</h3><ul><li>«Олар суды үнемі бірінші алады, жерді "
                            "тек өздерінікі деп ойлайды» → «Суармалы суды әділ әрі алдын ала "
                            "белгілі тәртіппен алу сіз үшін өте маңызды».</li><li>«Оның балалары "
                            "— бұзақылар, ауламызды қиратып бітті» → «Сіз аулаңыздың қауіпсіз әрі "
                            "таза болғанын, мүлкіңізге құрметпен қарағанын "
                            "қалайсыз».</li><li>«Бұл мектепте орысша сөйлейтініміз үшін "
                            "балаларымызды жақтырмайды» → «Сіз балаңызды мектепте жылы "
                            "қабылдағанын және оның табысқа жете алатын тілде оқығанын "
                            "қалайсыз».</li><li>«Аудандық бөлімде маған тек орысша жауап береді, "
                            "қазақ тілі мемлекеттік тіл емес сияқты» → «Мемлекеттік органдарда "
                            "сізге мемлекеттік тіл — қазақ тілінде қызмет көрсетіліп, құрметпен "
                            "қарағаны сіз үшін маңызды».</li><li>«Тойында түн ортасына дейін "
                            "музыканы қатты қояды, бізбен ешкімнің ісі жоқ» → «Отбасылық "
                            "мерекелер кезінде, әсіресе кеш уақытта, көршілердің демалысы да "
                            "ескерілгенін қалайсыз».</li><li>«Ол бүкіл ауылдың алдында WhatsApp "
                            "тобында анамды қорлады» → «Жазылған сөз отбасыңыздың абыройына тиді, "
                            "сондықтан оның дәл солай көпшілік алдында түзетілуі сіз үшін "
                            "маңызды».</li><li>«Базардың бәрін келімсектер басып алды» → «Сіз "
                            "табысыңызға және көп жылдан бері сауда жасап келе жатқан орныңызды "
                            "сақтап қалуға алаңдайсыз».</li><li>«Онымен ешқашан бір дастарқанға "
                            "отырмаймын» → «Қазір онымен тікелей сөйлесу сізге өте ауыр. Әңгімені "
                            "не мүмкін ететінін бірге ойластырайық».</li></ul><p><strong>Жиі "
                            "кездесетін қателер:</strong> адам өз сөзін танымай қалатындай етіп "
                            "тым көп өзгерту; зорлық-зомбылық қаупін рефрейминг арқылы бүркемелеу "
                            "(ондай қауіпке байыппен қарау керек); тек бір тараптың сөзін қайта "
                            "тұжырымдау. Өз сөзіңізге де осы талапты қойыңыз: тұтас ұлттар туралы "
                            "емес, «екі отбасы», «көршілер» немесе «сатушылар» туралы айтыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Что такое рефрейминг</h3><p>Рефрейминг (переформулирование) — "
                            "это пересказ слов стороны, при котором смысл и чувство сохраняются, "
                            "но обвинение, оскорбление и обобщение убираются, а становится видна "
                            "стоящая за ними потребность или интерес. Это не смягчение правды и "
                            "не исправление человека: это перевод позиции на язык, который другая "
                            "сторона может услышать, не бросаясь защищаться.</p><h3>Шаг за "
                            "шагом</h3><ol><li>Услышьте чувство (гнев, страх, обиду) и назовите "
                            "его.</li><li>Найдите интерес или ценность за обвинением: "
                            "безопасность, справедливость, уважение, доход, будущее "
                            "детей.</li><li>Уберите ярлыки («обманщики», «эти люди»), обобщения "
                            "(«всегда», «никогда») и ненужные упоминания "
                            "национальности.</li><li>Разверните разговор от прошлого к будущему: "
                            "от того, что пошло не так, к тому, что должно происходить "
                            "теперь.</li><li>Сверьтесь с говорящим: «Я правильно вас "
                            "понял?»</li></ol><h3>Примеры: от обвинения к "
                            "интересу</h3><ul><li>«Они всегда берут воду первыми, думают, что "
                            "земля только их» → «Для вас очень важно справедливое и заранее "
                            "известное распределение поливной воды».</li><li>«Её дети — хулиганы, "
                            "весь двор нам разнесли» → «Вам важно, чтобы во дворе было безопасно "
                            "и чисто и чтобы к вашему имуществу относились с "
                            "уважением».</li><li>«В этой школе наших детей не хотят, потому что "
                            "мы говорим по-русски» → «Вам важно, чтобы вашего ребёнка в школе "
                            "принимали доброжелательно и чтобы он учился на языке, на котором "
                            "может добиться успеха».</li><li>«В районном отделе мне отвечают "
                            "только по-русски, как будто казахский — не государственный язык» → "
                            "«Для вас важно, чтобы в государственных органах вас обслуживали на "
                            "государственном, казахском языке и относились к вам с "
                            "уважением».</li><li>«Они до полуночи гоняют музыку на своей свадьбе, "
                            "а до нас никому нет дела» → «Вам хотелось бы, чтобы во время "
                            "семейных торжеств, особенно поздно вечером, учитывали и отдых "
                            "соседей».</li><li>«Он оскорбил мою мать в группе WhatsApp перед всем "
                            "селом» → «Написанное задело достоинство вашей семьи, и для вас "
                            "важно, чтобы это было исправлено так же публично».</li><li>«Приезжие "
                            "захватили весь рынок» → «Вы беспокоитесь о своём доходе и о том, "
                            "чтобы сохранить торговое место, которое у вас уже много "
                            "лет».</li><li>«Я никогда не сяду с ним за один стол» → «Сейчас вам "
                            "очень тяжело говорить с ним напрямую. Давайте подумаем, что сделало "
                            "бы разговор возможным».</li></ul><p><strong>Частые ошибки:</strong> "
                            "переделать слова настолько, что человек их не узнаёт; «замазывать» "
                            "рефреймингом угрозу насилия (к ней нужно относиться серьёзно); "
                            "переформулировать слова только одной стороны. Предъявляйте то же "
                            "требование и к собственной речи: говорите «две семьи», «соседи», "
                            "«продавцы», а не о целых народах.</p>"
                        ),
                        "en": (
                            "<h3>What reframing is</h3><p>Reframing means restating a party's "
                            "words so that the meaning and the feeling are kept, but the blame, "
                            "insult and generalisation are removed and the need or interest "
                            "behind them becomes visible. It is not softening the truth or "
                            "correcting the person; it is translating a position into language "
                            "the other party can hear without rushing to defend "
                            "themselves.</p><h3>Step by step</h3><ol><li>Listen for the feeling "
                            "(anger, fear, offence) and name it.</li><li>Find the interest or "
                            "value behind the accusation: safety, fairness, respect, income, the "
                            "children's future.</li><li>Remove labels (“liars”, “those people”), "
                            "generalisations (“always”, “never”) and unnecessary references to "
                            "nationality.</li><li>Turn the conversation from the past to the "
                            "future: from what went wrong to what should happen "
                            "now.</li><li>Check with the speaker: “Have I understood you "
                            "correctly?”</li></ol><h3>Examples: from accusation to "
                            "interest</h3><ul><li>“They always take the water first; they think "
                            "the land is theirs alone.” → “Fair and predictable access to "
                            "irrigation water matters a great deal to you.”</li><li>“Her kids are "
                            "hooligans, they have wrecked our yard.” → “You want the yard to be "
                            "safe and tidy, and you want your property respected.”</li><li>“At "
                            "this school they don't want our children because we speak Russian.” "
                            "→ “You want your child to be welcomed at school and to study in a "
                            "language in which he can succeed.”</li><li>“At the district office "
                            "they answer me only in Russian, as if Kazakh were not the state "
                            "language.” → “It is important to you to be served in Kazakh, the "
                            "state language, and to be treated with respect by public "
                            "offices.”</li><li>“They blast music until midnight at their wedding, "
                            "and nobody cares about us.” → “During family celebrations, "
                            "especially late in the evening, you would like the neighbours' rest "
                            "to be considered too.”</li><li>“He insulted my mother in the "
                            "WhatsApp group in front of the whole village.” → “What was written "
                            "hurt your family's dignity, and it matters to you that it is put "
                            "right just as publicly.”</li><li>“Newcomers have taken over the "
                            "whole market.” → “You are worried about your income and about "
                            "keeping the trading place you have had for many years.”</li><li>“I "
                            "will never sit at the same table with him.” → “Right now it is very "
                            "hard for you to talk to him directly. Let's think about what would "
                            "make a conversation possible.”</li></ul><p><strong>Common "
                            "mistakes:</strong> changing the words so much that the person no "
                            "longer recognises them; using reframing to paper over a threat of "
                            "violence (which must be taken seriously); reframing only one side's "
                            "words. Hold your own speech to the same standard: talk about “the "
                            "two families”, “the neighbours” or “the traders”, not about whole "
                            "nationalities.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Эмоцияны мойындау</h3><p>Эмоция — «нағыз» әңгіме басталмас бұрын "
                            "алып тастайтын кедергі емес, адамдар үшін не маңызды екенін "
                            "көрсететін ақпарат. Елеусіз қалған сезім күшейе түседі, ал "
                            "мойындалған сезім әдетте басылады. Мойындау келісу дегенді "
                            "білдірмейді: «Осы жазбаға қатты ашуланып отырғаныңызды көріп тұрмын» "
                            "деген сөз екінші тарапқа деген ашудың орынды екенін "
                            "білдірмейді.</p><ul><li><strong>Ашу</strong> көбіне қорқынышты "
                            "немесе жан жарасын жасырады. Адамға сөйлеуге мүмкіндік беріңіз, "
                            "өзіңіз ақырынырақ әрі баяуырақ сөйлеңіз, сезіммен дауласпаңыз, содан "
                            "кейін оның артында не тұрғанын "
                            "сұраңыз.</li><li><strong>Өкпе</strong> әдетте қарым-қатынасқа "
                            "байланысты болады: шақырмады, сәлем бермеді, ақылдаспады. Оны ақша "
                            "емес, мойындау және көбіне ізгі ниет белгісі "
                            "шешеді.</li><li><strong>Намыс пен ұят.</strong> Қазақстандағы "
                            "көптеген отбасылар үшін ар-намыс пен абырой, туыстар мен ауыл "
                            "алдында ұятқа қалу қаупі материалдық шығыннан да ауыр. Жұрт алдында "
                            "келісу «беделін түсіреді» деп санаса, тарап тіпті жақсы ұсыныстан да "
                            "бас тартуы мүмкін. Адамдарға абыройын сақтай отырып келісуге "
                            "мүмкіндік беріңіз: оңаша әңгіме, кімнің кінәлі екенін атамайтын "
                            "тұжырым, құрметті ақсақалдың батасы, бір жақты кешірімнің орнына "
                            "бірлескен мәлімдеме.</li></ul><h3>Сабырға келтіру "
                            "тәсілдері</h3><ol><li>Қарқынды баяулатыңыз: ақырын сөйлеңіз, "
                            "отырыңыз, су немесе шай ұсыныңыз.</li><li>Сезімді атаңыз: «Бұл сізге "
                            "қатты батып тұрғаны көрініп тұр».</li><li>Басында келісілген "
                            "ережелерге оралыңыз: бір уақытта бір адам сөйлейді, қорлауға жол "
                            "берілмейді.</li><li>Әңгімені адамнан мәселеге бұрыңыз: «Қоршауға "
                            "қатысты нақты не болғанын қарап көрейік».</li><li>Нақты келесі "
                            "қадамды ұсыныңыз, сонда адам іс алға жылжып жатқанын "
                            "сезінеді.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Признание эмоций</h3><p>Эмоции — не помеха, которую нужно убрать "
                            "перед «настоящим» разговором, а информация о том, что для людей "
                            "важно. Чувство, которое игнорируют, усиливается; чувство, которое "
                            "признали, обычно стихает. Признать — не значит согласиться: фраза «Я "
                            "вижу, что вы очень рассержены из-за этого поста» не означает, что "
                            "гнев на другую сторону оправдан.</p><ul><li><strong>Гнев</strong> "
                            "часто прикрывает страх или боль. Дайте человеку высказаться, сами "
                            "говорите тише и медленнее, не спорьте с чувствами, а затем спросите, "
                            "что за ними стоит.</li><li><strong>Обида</strong> (по-казахски "
                            "«өкпе») обычно касается отношений: не пригласили, не поздоровались, "
                            "не посоветовались. Её снимают не деньги, а признание и часто жест "
                            "доброй воли.</li><li><strong>Честь и стыд.</strong> Для многих семей "
                            "в Казахстане честь и достоинство, а также страх опозориться перед "
                            "родственниками и селом весят больше, чем материальный ущерб. Сторона "
                            "может отказаться даже от хорошего предложения, если согласиться "
                            "публично значит «потерять лицо». Дайте людям возможность "
                            "согласиться, сохранив лицо: разговор наедине, формулировка, в "
                            "которой не сказано, кто виноват, благословение уважаемого аксакала, "
                            "совместное заявление вместо односторонних "
                            "извинений.</li></ul><h3>Техники успокоения</h3><ol><li>Замедлитесь: "
                            "говорите тихо, присядьте, предложите воды или чаю.</li><li>Назовите "
                            "чувство: «Видно, что для вас это очень больно».</li><li>Вернитесь к "
                            "правилам, принятым в начале: говорит один человек, оскорбления "
                            "недопустимы.</li><li>Переведите разговор с человека на проблему: "
                            "«Давайте посмотрим, что именно произошло с "
                            "забором».</li><li>Предложите конкретный следующий шаг, чтобы человек "
                            "почувствовал, что дело движется.</li></ol>"
                        ),
                        "en": (
                            "<h3>Acknowledging emotions</h3><p>Emotions are not an obstacle to "
                            "clear away before the “real” talk; they are information about what "
                            "matters to people. A feeling that is ignored grows; a feeling that "
                            "is acknowledged usually settles. Acknowledging is not agreeing: “I "
                            "can see that you are very angry about this post” does not mean that "
                            "the anger at the other side is "
                            "justified.</p><ul><li><strong>Anger</strong> often covers fear or "
                            "hurt. Let the person speak, make your own voice quieter and slower, "
                            "do not argue with feelings, and then ask what lies behind "
                            "them.</li><li><strong>Offence</strong> (in Kazakh, “okpe”) is "
                            "usually about the relationship: not invited, not greeted, not "
                            "consulted. It is settled not by money but by recognition, and often "
                            "by a gesture of goodwill.</li><li><strong>Honour and shame.</strong> "
                            "For many families in Kazakhstan, honour and dignity, and the fear of "
                            "being shamed before relatives and the village, weigh more than "
                            "material loss. A party may turn down even a good offer if agreeing "
                            "in public means “losing face”. Give people ways to agree while "
                            "keeping face: a private conversation, wording that does not say who "
                            "was to blame, the blessing of a respected aksakal, a joint statement "
                            "instead of a one-sided apology.</li></ul><h3>Calming "
                            "techniques</h3><ol><li>Slow down: speak quietly, sit down, offer "
                            "water or tea.</li><li>Name the feeling: “I can see this is very "
                            "painful for you.”</li><li>Return to the ground rules agreed at the "
                            "start: one person speaks at a time, no insults.</li><li>Move from "
                            "the person to the problem: “Let's look at what exactly happened with "
                            "the fence.”</li><li>Offer a concrete next step, so that the person "
                            "feels things are moving.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Қашан үзіліс жасау керек</h3><p>Үзіліс — жеңіліс емес, құрал. "
                            "Оны мына жағдайларда жариялаңыз:</p><ul><li>дауыстар көтеріле беріп, "
                            "ескертуден кейін де ережелер сақталмаса;</li><li>тарап жылап отырса, "
                            "шаршаса немесе оған намаз оқу, тамақтану не дәрі ішу қажет "
                            "болса;</li><li>біреу кейін қайтып ала алмайтын сөз, мысалы, екінші "
                            "тараптың ұлтын не дінін қорлайтын сөз айтуға шақ "
                            "тұрса;</li><li>тарапқа жауап бермес бұрын туыстарымен, ақсақалдармен "
                            "немесе өз бірлестігімен ақылдасу керек болса;</li><li>өз "
                            "шыдамыңыздың немесе бейтараптығыңыздың таусылып бара жатқанын "
                            "байқасаңыз.</li></ul><p>Үзілісті бейтарап түрде және екі тарапқа да "
                            "бірдей жариялаңыз: «Он бес минут үзіліс жасап, шай ішіп алайық» "
                            "деңіз, «Сізге сабыр керек» демеңіз. Қашан жалғастыратыныңызды "
                            "айтыңыз және үзіліс кезінде тек бір тараппен әңгімелесіп "
                            "қалмаңыз.</p><h3>Қашан жеке кездесу керек</h3><p>Әр тараппен жеке "
                            "кездесу (оны жиі «кокус» деп атайды) адам екінші тараптың немесе өз "
                            "туыстарының көзінше ашық сөйлей алмағанда, жасырын мәселе (ұят, "
                            "қарыз, отбасының не әлеуметтік желінің қысымы) бар деп күдіктенгенде "
                            "немесе ұсынысты жария айтпас бұрын сынап көргіңіз келгенде "
                            "көмектеседі. Қарапайым ережелерді сақтаңыз:</p><ol><li>Ешкім жасырын "
                            "келісім бар деп күдіктенбеуі үшін екі тараппен де шамамен бірдей "
                            "уақыт кездесіңіз.</li><li>Соңында екінші тарапқа не жеткізуге "
                            "болатынын келісіңіз; қалғанының бәрі құпия болып "
                            "қалады.</li><li>Қорлау сөздерді емес, мүдделер мен ұсыныстарды "
                            "жеткізіңіз.</li><li>Екінші тараптың атынан уәде "
                            "бермеңіз.</li></ol><p>Егер зорлық-зомбылық қаупі немесе қылмыс "
                            "туралы білсеңіз, бірінші орында — қауіпсіздік: бұл келіссөздің "
                            "шеңберінен шығады, сондықтан өз ұйымыңызда қабылданған тәртіп "
                            "бойынша әрекет етіп, полиция сияқты уәкілетті органдарды "
                            "тартыңыз.</p>"
                        ),
                        "ru": (
                            "<h3>Когда нужен перерыв</h3><p>Перерыв — это инструмент, а не "
                            "поражение. Объявляйте его, когда:</p><ul><li>голоса звучат всё "
                            "громче, а правила не соблюдаются даже после "
                            "напоминания;</li><li>сторона плачет, устала или ей нужно совершить "
                            "намаз, поесть или принять лекарство;</li><li>кто-то вот-вот скажет "
                            "то, что потом нельзя будет забрать назад, например оскорбит "
                            "национальность или религию другой стороны;</li><li>стороне нужно "
                            "посоветоваться с родственниками, аксакалами или своим объединением, "
                            "прежде чем ответить;</li><li>вы замечаете, что сами теряете терпение "
                            "или нейтральность.</li></ul><p>Объявляйте перерыв нейтрально и для "
                            "обеих сторон сразу: «Давайте сделаем перерыв на пятнадцать минут и "
                            "выпьем чаю», а не «Вам нужно успокоиться». Скажите, когда "
                            "продолжите, и во время перерыва не оставайтесь беседовать только с "
                            "одной стороной.</p><h3>Когда нужны раздельные "
                            "встречи</h3><p>Отдельная встреча с каждой стороной (её часто "
                            "называют кокусом) помогает, когда человек не может говорить открыто "
                            "при другой стороне или при своих родственниках, когда вы "
                            "подозреваете скрытую проблему (стыд, долг, давление семьи или "
                            "соцсетей) или хотите проверить предложение до того, как оно "
                            "прозвучит открыто. Соблюдайте простые "
                            "правила:</p><ol><li>Встречайтесь с обеими сторонами примерно "
                            "одинаковое время, чтобы никто не заподозрил тайного "
                            "сговора.</li><li>В конце договоритесь, что можно передать другой "
                            "стороне; всё остальное остаётся "
                            "конфиденциальным.</li><li>Передавайте интересы и предложения, а не "
                            "оскорбления.</li><li>Не давайте обещаний от имени другой "
                            "стороны.</li></ol><p>Если вы узнали об угрозе насилия или о "
                            "преступлении, на первом месте безопасность: это выходит за рамки "
                            "переговоров, поэтому действуйте по порядку, принятому в вашей "
                            "организации, и привлекайте компетентные органы, например полицию.</p>"
                        ),
                        "en": (
                            "<h3>When to take a break</h3><p>A break is a tool, not a defeat. "
                            "Call one when:</p><ul><li>voices keep rising and the ground rules "
                            "are not kept even after a reminder;</li><li>a party is in tears or "
                            "exhausted, or needs to pray, eat or take medicine;</li><li>someone "
                            "is about to say something that cannot be taken back, such as an "
                            "insult to the other side's nationality or religion;</li><li>a party "
                            "needs to consult relatives, elders or their association before "
                            "answering;</li><li>you notice that you yourself are losing patience "
                            "or neutrality.</li></ul><p>Announce the break neutrally and for both "
                            "sides at once: “Let's take a fifteen-minute break and have some "
                            "tea”, not “You need to calm down”. Say when you will resume, and "
                            "during the break do not stay talking with only one "
                            "party.</p><h3>When to meet separately</h3><p>A separate meeting with "
                            "each party (often called a caucus) helps when a person cannot speak "
                            "openly in front of the other side or their own relatives, when you "
                            "suspect a hidden issue (shame, debt, pressure from the family or "
                            "from social media), or when you want to test a proposal before it is "
                            "voiced openly. Follow simple rules:</p><ol><li>Meet both parties for "
                            "roughly equal time, so that nobody suspects a secret "
                            "deal.</li><li>At the end, agree what you may pass on to the other "
                            "side; everything else stays confidential.</li><li>Carry interests "
                            "and proposals, not insults.</li><li>Do not make promises on behalf "
                            "of the other party.</li></ol><p>If you learn of a threat of violence "
                            "or of a crime, safety comes first: this goes beyond a negotiation, "
                            "so act according to the procedure adopted in your organisation and "
                            "involve the competent authorities, such as the police.</p>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Той, полиция және ауыл чаты",
                            "ru": "Свадьба, полиция и сельский чат",
                            "en": "The wedding, the police and the village chat",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Түркістан облысындағы бір "
                                "ауылда аталары осы ауылға әлдеқашан қоныстанған Каримовтар "
                                "отбасы ауласында той жасады. Түн ортасына таяу көршісі Арман "
                                "науқас қарт әкесі үшін музыканың дыбысын бәсеңдетуді екі рет "
                                "өтінді; ештеңе өзгермеген соң, ол полиция шақырды, сөйтіп "
                                "полиция қызметкерлері қонақтардың көзінше келді. Келесі күні "
                                "Арманның немере ағасы ауыл чатына «кейбіреулер мұнда қонақ "
                                "екенін ұмытып кеткен сияқты» деп жазды. Күйеу жігіттің ағасы "
                                "Арманның отбасын қорлайтын сөзбен жауап берді. Содан бері екі "
                                "отбасының жігіттері дүкеннің жанында бірнеше рет сөзге келді, ал "
                                "әкім Ассамблеяның өңірлік құрылымынан келіссөз жүргізуші "
                                "сұрады.</p><p>Алғашқы бірлескен кездесуде күйеу жігіттің әкесі "
                                "Бахтияр ака былай дейді: «Мен осы ауылда тудым. Олар ұлымның "
                                "тойына екі жүз қонақтың көзінше полиция әкелді, сосын өз "
                                "үйімізде бізді қонақ деп атады. Ондай адамдармен бір дастарқанға "
                                "отырмаймын». Арман былай дейді: «Әкем ұйықтай алмады. Мен сыпайы "
                                "түрде екі рет өтіндім. Енді оның ұлы бүкіл жұрттың алдында "
                                "отбасымды қорлайды. Бұған кім жауап береді?»</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В одном из сёл Туркестанской области "
                                "семья Каримовых, чьи деды давно обосновались в этом селе, "
                                "справляла во дворе свадьбу. Ближе к полуночи сосед Арман ради "
                                "больного пожилого отца дважды просил сделать музыку тише; когда "
                                "ничего не изменилось, он вызвал полицию, и сотрудники приехали "
                                "на глазах у гостей. На следующий день двоюродный брат Армана "
                                "написал в сельском чате: «Некоторые, похоже, забыли, что они "
                                "здесь гости». Брат жениха ответил оскорблением в адрес семьи "
                                "Армана. С тех пор парни из обеих семей несколько раз ссорились у "
                                "магазина, и аким попросил переговорщика из региональной "
                                "структуры Ассамблеи.</p><p>На первой совместной встрече отец "
                                "жениха Бахтияр ака говорит: «Я родился в этом селе. Они привели "
                                "полицию на свадьбу моего сына на глазах у двухсот гостей, а "
                                "потом назвали нас гостями в нашем собственном доме. С такими "
                                "людьми я за один стол не сяду». Арман говорит: «Мой отец не мог "
                                "уснуть. Я вежливо просил два раза. А теперь его сын оскорбляет "
                                "мою семью перед всеми. Кто за это ответит?»</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Turkistan "
                                "region, the Karimov family, whose grandparents settled in the "
                                "village long ago, held a wedding in their courtyard. Close to "
                                "midnight their neighbour Arman, whose elderly father was ill, "
                                "twice asked them to turn the music down; when nothing changed, "
                                "he called the police, and officers arrived in front of the "
                                "guests. The next day Arman's cousin wrote in the village chat: "
                                "“Some people seem to have forgotten that they are guests here.” "
                                "The groom's brother replied with an insult about Arman's family. "
                                "Since then young men from both families have quarrelled near the "
                                "shop several times, and the akim has asked the regional "
                                "structure of the Assembly for a negotiator.</p><p>At the first "
                                "joint meeting the groom's father, Bakhtiyar aka, says: “I was "
                                "born in this village. They brought the police to my son's "
                                "wedding in front of two hundred guests, and then they called us "
                                "guests in our own home. I will not sit at the same table with "
                                "people like that.” Arman says: “My father could not sleep. I "
                                "asked politely, twice. And now his son insults my family in "
                                "front of everyone. Who will answer for that?”</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Бахтияр ака мен Арманның сөздерінің артында қандай сезімдер "
                                    "мен мүдделер естіледі?"
                                ),
                                "ru": (
                                    "Какие чувства и интересы слышны за словами Бахтияра ака и "
                                    "Армана?"
                                ),
                                "en": (
                                    "What feelings and interests can you hear behind the words of "
                                    "Bakhtiyar aka and Arman?"
                                ),
                            },
                            {
                                "kk": (
                                    "Олардың әрқайсысының сөзін екінші тарап қорғанысқа көшпей-ақ "
                                    "ести алатындай етіп қайта тұжырымдаңыз."
                                ),
                                "ru": (
                                    "Переформулируйте слова каждого из них так, чтобы другая "
                                    "сторона могла их услышать, не бросаясь защищаться."
                                ),
                                "en": (
                                    "Reframe each of their statements so that the other side can "
                                    "hear it without rushing to defend themselves."
                                ),
                            },
                            {
                                "kk": (
                                    "Бұл жағдайда әр отбасы үшін намыс пен ұят нені білдіреді "
                                    "және келіссөз жүргізуші абыройды сақтауға мүмкіндік беретін "
                                    "қандай қадамдар ұсына алады?"
                                ),
                                "ru": (
                                    "Что значат честь и стыд для каждой из семей в этой ситуации "
                                    "и какие шаги, позволяющие сохранить лицо, может предложить "
                                    "переговорщик?"
                                ),
                                "en": (
                                    "What do honour and shame mean for each family here, and what "
                                    "face-saving steps could the negotiator suggest?"
                                ),
                            },
                            {
                                "kk": (
                                    "Сіз бірлескен кездесуді жалғастырар ма едіңіз, үзіліс жасар "
                                    "ма едіңіз, әлде әр тараппен жеке кездесер ме едіңіз? Неге?"
                                ),
                                "ru": (
                                    "Вы бы продолжили совместную встречу, объявили перерыв или "
                                    "встретились с каждой стороной отдельно? Почему?"
                                ),
                                "en": (
                                    "Would you continue the joint meeting, call a break or meet "
                                    "each side separately? Why?"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Арықтағы кезек",
                            "ru": "Очередь на воду",
                            "en": "Taking turns for water",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — ойдан құрастырылған мысал. Алматы облысындағы бір "
                                "ауылда бірнеше шаруа отбасы бір суару арығын ортақ пайдаланып, "
                                "суды кезекпен алады. Биыл жазда су аз болды. Қайрат Әлімжанның "
                                "отбасы түнде кезексіз су жіберетін қақпақты ашты дейді; Әлімжан "
                                "Қайраттың туыстары суды келісілген уақыттан ұзақ ұстайды, ал су "
                                "бөлуші үнемі «өз адамдарына» бүйрегі бұрады дейді. Екеуінің арық "
                                "басында айтысқан бейнесі әлеуметтік желіде тарап, оның астына "
                                "екі қауымдастыққа қарсы ашулы түсініктемелер жазылды. Әкімдік "
                                "пен ақсақалдар кеңесі келіссөз жүргізушіден бірлескен кездесу "
                                "өткізуді өтінді.</p><p>Келіссөз жүргізушінің міндеті: кездесуді "
                                "ашып, ережелерді келісу, әр тарапқа сөз беру, эмоцияларды "
                                "мойындау, кемінде үш айыптауды мүддеге айналдыра қайта "
                                "тұжырымдау және қашан үзіліс немесе жеке кездесу қажет екенін "
                                "шешу. Кездесу 20 минутқа созылады, содан кейін бақылаушылар 10 "
                                "минут кері байланыс береді.</p>"
                            ),
                            "ru": (
                                "<p>Это вымышленный пример. В селе Алматинской области несколько "
                                "фермерских семей пользуются одним оросительным арыком и берут "
                                "воду по очереди. Этим летом воды было мало. Кайрат утверждает, "
                                "что семья Алимжана ночью вне очереди открыла затвор; Алимжан "
                                "говорит, что родственники Кайрата держат воду дольше, чем "
                                "договаривались, а распределитель всегда подыгрывает «своим». "
                                "Видео, где двое мужчин спорят у арыка, разошлось по соцсетям, и "
                                "под ним появились злые комментарии против обеих общин. Акимат и "
                                "совет аксакалов попросили переговорщика провести совместную "
                                "встречу.</p><p>Задача переговорщика: открыть встречу, "
                                "согласовать правила, дать слово каждой стороне, признать эмоции, "
                                "переформулировать не менее трёх обвинений в интересы и решить, "
                                "когда нужен перерыв или раздельные встречи. Встреча длится 20 "
                                "минут, затем наблюдатели 10 минут дают обратную связь.</p>"
                            ),
                            "en": (
                                "<p>This is an invented example. In a village in Almaty region, "
                                "several farming families share one irrigation canal and take "
                                "water in turns. This summer the water was low. Kairat says that "
                                "Alimjan's family opened the gate at night out of turn; Alimjan "
                                "says that Kairat's relatives keep the water longer than agreed "
                                "and that the water distributor always favours “his own”. A video "
                                "of the two men arguing at the canal spread on social media, and "
                                "angry comments against both communities appeared under it. The "
                                "akimat and the council of elders asked a negotiator to hold a "
                                "joint meeting.</p><p>The negotiator's task: open the meeting, "
                                "agree ground rules, give each party the floor, acknowledge "
                                "emotions, reframe at least three accusations into interests and "
                                "decide when a break or separate meetings are needed. The meeting "
                                "lasts 20 minutes, followed by 10 minutes of feedback from the "
                                "observers.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Келіссөз жүргізуші",
                                    "ru": "Переговорщик",
                                    "en": "Negotiator",
                                },
                                "brief": {
                                    "kk": (
                                        "Сізді әкімдік пен ақсақалдар кеңесі шақырды, тараптардың "
                                        "ешқайсысын жеке танымайсыз. Екі тарапқа бірдей құрмет "
                                        "көрсетіңіз, айыптауларды қайта тұжырымдаңыз, қажет болса "
                                        "үзіліс жасаңыз немесе жеке кездесу өткізіңіз."
                                    ),
                                    "ru": (
                                        "Вас пригласили акимат и совет аксакалов, лично вы не "
                                        "знаете ни одну из сторон. Проявляйте к обеим сторонам "
                                        "равное уважение, переформулируйте обвинения, при "
                                        "необходимости объявите перерыв или проведите раздельные "
                                        "встречи."
                                    ),
                                    "en": (
                                        "You were invited by the akimat and the council of elders "
                                        "and know neither party personally. Show both sides equal "
                                        "respect, reframe accusations, and use a break or "
                                        "separate meetings if needed."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Қайрат, 50 жаста, шаруа",
                                    "ru": "Кайрат, 50 лет, фермер",
                                    "en": "Kairat, 50, farmer",
                                },
                                "brief": {
                                    "kk": (
                                        "Қияр өніміңіздің бір бөлігінен айырылдыңыз. Қақпақты "
                                        "түнде ашқанына сенімдісіз. Бейне сізді қаладағы "
                                        "туыстарыңыздың алдында ыңғайсыз жағдайға қалдырды. "
                                        "Кездесуді ашулы бастайсыз; өзіңізді шынымен тыңдағанын "
                                        "сезсеңіз, кесте туралы сөйлесуге дайын боласыз. Жұрт "
                                        "алдында бірінші болып кешірім сұрамайсыз."
                                    ),
                                    "ru": (
                                        "Вы потеряли часть урожая огурцов. Вы уверены, что затвор "
                                        "открыли ночью. Из-за видео вам было неловко перед "
                                        "родственниками в городе. Вы начинаете встречу в гневе; "
                                        "если почувствуете, что вас действительно услышали, "
                                        "будете готовы обсуждать график. Первым публично "
                                        "извиняться вы не станете."
                                    ),
                                    "en": (
                                        "You have lost part of your cucumber crop. You are sure "
                                        "the gate was opened at night. The video embarrassed you "
                                        "in front of your relatives in the city. You start the "
                                        "meeting angry; if you feel genuinely heard, you become "
                                        "ready to discuss a schedule. You will not be the first "
                                        "to apologise in public."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Әлімжан, 55 жаста, шаруа",
                                    "ru": "Алимжан, 55 лет, фермер",
                                    "en": "Alimjan, 55, farmer",
                                },
                                "brief": {
                                    "kk": (
                                        "Отбасыңыз бұл жерде ондаған жыл бойы егін егіп келеді. "
                                        "Сізге әрдайым алдымен сізден күдіктенетіндей сезіледі. "
                                        "Ұлыңыз бір рет кезек біздікі деп ойлап, қақпақты ашып "
                                        "қойған, сіз бұған ұяласыз, бірақ мұны тек жеке кездесуде "
                                        "мойындайсыз. Сіз әділ, жазбаша кесте мен қақпақты "
                                        "бақылайтын бейтарап адамды қалайсыз."
                                    ),
                                    "ru": (
                                        "Ваша семья десятилетиями возделывает здесь землю. Вам "
                                        "кажется, что подозревают всегда в первую очередь вас. "
                                        "Однажды ваш сын открыл затвор, решив, что очередь ваша, "
                                        "и вам за это стыдно, но признаете вы это только на "
                                        "отдельной встрече. Вы хотите справедливый письменный "
                                        "график и нейтрального человека, который отвечает за "
                                        "затвор."
                                    ),
                                    "en": (
                                        "Your family has farmed here for decades. You feel that "
                                        "you are always the first to be suspected. Once your son "
                                        "opened the gate, thinking it was your turn, and you are "
                                        "ashamed of it, but you will admit this only in a "
                                        "separate meeting. You want a fair written schedule and a "
                                        "neutral person in charge of the gate."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Келіссөз жүргізуші басында ережелерді келісіп, үзіліс пен "
                                    "жеке кездесу мүмкіндігін түсіндірді."
                                ),
                                "ru": (
                                    "Переговорщик в начале согласовал правила и объяснил "
                                    "возможность перерыва и раздельных встреч."
                                ),
                                "en": (
                                    "At the start the negotiator agreed ground rules and "
                                    "explained that breaks and separate meetings are possible."
                                ),
                            },
                            {
                                "kk": (
                                    "Екі тараптың да сезімі аталып, мойындалды, бірақ келіссөз "
                                    "жүргізуші айыптаулармен келіспеді."
                                ),
                                "ru": (
                                    "Чувства обеих сторон были названы и признаны, но "
                                    "переговорщик не соглашался с обвинениями."
                                ),
                                "en": (
                                    "The feelings of both parties were named and acknowledged, "
                                    "but the negotiator did not agree with the accusations."
                                ),
                            },
                            {
                                "kk": (
                                    "Кемінде үш айыптау бейтарап тілде мүддеге айналдырылып, "
                                    "сөйлеушіден расталды."
                                ),
                                "ru": (
                                    "Не менее трёх обвинений были переформулированы в интересы "
                                    "нейтральным языком и подтверждены говорящим."
                                ),
                                "en": (
                                    "At least three accusations were reframed into interests in "
                                    "neutral language and confirmed by the speaker."
                                ),
                            },
                            {
                                "kk": (
                                    "Келіссөз жүргізуші этникалық жапсырмаларды қолданбады және "
                                    "қорлау сөздерді қайталамады."
                                ),
                                "ru": (
                                    "Переговорщик не использовал этнических ярлыков и не повторял "
                                    "оскорблений."
                                ),
                                "en": (
                                    "The negotiator used no ethnic labels and did not repeat "
                                    "insults."
                                ),
                            },
                            {
                                "kk": (
                                    "Үзіліс немесе жеке кездесу туралы шешім орынды сәтте "
                                    "қабылданып, бейтарап түрде жарияланды."
                                ),
                                "ru": (
                                    "Решение о перерыве или раздельной встрече было принято в "
                                    "подходящий момент и объявлено нейтрально."
                                ),
                                "en": (
                                    "The decision to take a break or meet separately came at a "
                                    "suitable moment and was announced neutrally."
                                ),
                            },
                            {
                                "kk": (
                                    "Жеке кездесуде екінші тарапқа не жеткізуге болатыны келісілді."
                                ),
                                "ru": (
                                    "На отдельной встрече было согласовано, что можно передать "
                                    "другой стороне."
                                ),
                                "en": (
                                    "In the separate meeting, it was agreed what could be passed "
                                    "on to the other party."
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
                                "Соңғы кезде естіген үш айыптауды (өз қауымдастығыңызда, жұмыста "
                                "немесе әлеуметтік желіде) жазып, әрқайсысын мүддеге айналдыра "
                                "қайта тұжырымдаңыз. Содан кейін ойланыңыз: намыс жеке сіз үшін "
                                "нені білдіреді және тарап өзі ұялатын әрекеті туралы айтқанда, "
                                "бұл сіздің бейтараптығыңызға қалай әсер етуі мүмкін?"
                            ),
                            "ru": (
                                "Запишите три обвинения, которые вы недавно слышали (в своей "
                                "общине, на работе или в соцсетях), и переформулируйте каждое в "
                                "интерес. Затем подумайте: что значит честь лично для вас и как "
                                "это может повлиять на вашу нейтральность, когда сторона "
                                "рассказывает о поступке, за который ей стыдно?"
                            ),
                            "en": (
                                "Write down three accusations you have heard recently (in your "
                                "community, at work or on social media) and reframe each into an "
                                "interest. Then think: what does honour mean to you personally, "
                                "and how might that affect your neutrality when a party tells you "
                                "about something they are ashamed of?"
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
                                    "kk": "Рефрейминг (қайта тұжырымдау)",
                                    "ru": "Рефрейминг (переформулирование)",
                                    "en": "Reframing",
                                },
                                "definition": {
                                    "kk": (
                                        "Тараптың сөзін мағынасы мен сезімін сақтап, бірақ "
                                        "айыптаусыз, жапсырма мен жалпылаусыз, артындағы мүддесін "
                                        "көрсетіп қайта айту."
                                    ),
                                    "ru": (
                                        "Пересказ слов стороны с сохранением смысла и чувства, но "
                                        "без обвинений, ярлыков и обобщений, так, чтобы стал "
                                        "виден стоящий за ними интерес."
                                    ),
                                    "en": (
                                        "Restating a party's words so that meaning and feeling "
                                        "remain, while blame, labels and generalisations are "
                                        "removed and the interest behind them becomes visible."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Эмоцияны мойындау",
                                    "ru": "Признание эмоций",
                                    "en": "Acknowledging emotions",
                                },
                                "definition": {
                                    "kk": (
                                        "Адамның айыптауларымен келіспей-ақ, оның сезімін атап, "
                                        "оны тану."
                                    ),
                                    "ru": (
                                        "Называние и признание чувства человека без согласия с "
                                        "его обвинениями."
                                    ),
                                    "en": (
                                        "Naming and recognising a person's feeling without "
                                        "agreeing with their accusations."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Абыройды сақтау",
                                    "ru": "Сохранение лица",
                                    "en": "Face-saving",
                                },
                                "definition": {
                                    "kk": (
                                        "Әр тарапқа туыстары мен қауымдастық алдында "
                                        "қадір-қасиетін сақтай отырып келісуге мүмкіндік беретін "
                                        "тәсілдер."
                                    ),
                                    "ru": (
                                        "Способы прийти к соглашению, которые позволяют каждой "
                                        "стороне сохранить достоинство перед родственниками и "
                                        "общиной."
                                    ),
                                    "en": (
                                        "Ways of reaching agreement that let each party keep "
                                        "their dignity before relatives and the community."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жеке кездесу (кокус)",
                                    "ru": "Раздельная встреча (кокус)",
                                    "en": "Separate meeting (caucus)",
                                },
                                "definition": {
                                    "kk": (
                                        "Келіссөз барысында келіссөз жүргізуші мен бір тараптың "
                                        "арасында өтетін құпия әңгіме."
                                    ),
                                    "ru": (
                                        "Конфиденциальный разговор переговорщика с одной из "
                                        "сторон в ходе процесса."
                                    ),
                                    "en": (
                                        "A confidential conversation between the negotiator and "
                                        "one party during the process."
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
                                        "Кездесудің басында келісілетін мінез-құлық ережелері, "
                                        "мысалы, кезекпен сөйлеу және бір-бірін қорламау."
                                    ),
                                    "ru": (
                                        "Правила поведения, о которых договариваются в начале "
                                        "встречи, например говорить по очереди и не оскорблять "
                                        "друг друга."
                                    ),
                                    "en": (
                                        "Rules of conduct agreed at the start of a meeting, such "
                                        "as speaking in turn and not insulting each other."
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
