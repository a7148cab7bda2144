"""Module 7 of the negotiator-ethnomediator course: ethnomediation practice."""

MODULE = {
    "slug": "ethnomediation-practice",
    "title": {
        "kk": (
            "Этномедиация тәжірибесі: алдын алу, жедел ден қою, әкімдіктермен, полициямен, "
            "бірлестіктермен, ақсақалдар кеңестерімен жұмыс, дәстүрлі нысандар"
        ),
        "ru": (
            "Практика этномедиации: профилактика, оперативное реагирование, работа с акиматами, "
            "полицией, объединениями, советами аксакалов, традиционные формы"
        ),
        "en": (
            "Ethnomediation practice: prevention, rapid response, work with akimats, police, "
            "associations, aksakal councils, traditional forms"
        ),
    },
    "summary": {
        "kk": (
            "Күнделікті даулардың этносаралық дауға айналмауы үшін не істеу керек, оқиғадан "
            "кейінгі алғашқы сағаттарда қалай әрекет ету керек және еріктілік пен бейтараптықты "
            "сақтай отырып, жергілікті институттармен және татуластырудың дәстүрлі нысандарымен "
            "қалай жұмыс істеу керек."
        ),
        "ru": (
            "Как не дать бытовым спорам стать межэтническими, что делать в первые часы после "
            "инцидента и как работать с местными институтами и традиционными формами примирения, "
            "сохраняя добровольность и нейтральность."
        ),
        "en": (
            "How to keep everyday disputes from becoming interethnic, what to do in the first "
            "hours after an incident, and how to work with local institutions and traditional "
            "forms of reconciliation while keeping voluntariness and neutrality."
        ),
    },
    "academic_hours": 6,
    "learning_outcomes": [
        {
            "kk": (
                "Қауымдастықта алдын алу жұмысын жоспарлау және шиеленістің ерте белгілерін тану."
            ),
            "ru": (
                "Планировать профилактическую работу в общине и распознавать ранние признаки "
                "напряжённости."
            ),
            "en": (
                "Plan prevention work in a community and recognise early warning signs of tension."
            ),
        },
        {
            "kk": (
                "Оқиғаның алғашқы сағаттарында жедел ден қою жоспары бойынша әрекет ету: деректі "
                "қауесеттен ажырату, жетекшілермен кездесу, көпшілікке арналған мәлімдеме "
                "дайындау."
            ),
            "ru": (
                "Действовать по плану оперативного реагирования в первые часы инцидента: "
                "отделять факты от слухов, встречаться с лидерами, готовить публичное заявление."
            ),
            "en": (
                "Act on a rapid-response plan in the first hours of an incident: separate facts "
                "from rumours, meet leaders and prepare a public statement."
            ),
        },
        {
            "kk": (
                "Әкімдіктермен, полициямен, мектептермен, бірлестіктермен, ақсақалдар "
                "кеңестерімен және діни жетекшілермен жұмыс істеу, татуластырудың дәстүрлі "
                "нысандарын этномедиатор рөлінің шегінде қолдану."
            ),
            "ru": (
                "Работать с акиматами, полицией, школами, объединениями, советами аксакалов и "
                "религиозными лидерами и использовать традиционные формы примирения в пределах "
                "роли этномедиатора."
            ),
            "en": (
                "Work with akimats, police, schools, associations, aksakal councils and "
                "religious leaders, and use traditional forms of reconciliation within the "
                "limits of the ethnomediator's role."
            ),
        },
    ],
    "lessons": [
        {
            "slug": "prevention-and-rapid-response",
            "title": {
                "kk": "Алдын алу және жедел ден қою",
                "ru": "Профилактика и оперативное реагирование",
                "en": "Prevention and rapid response",
            },
            "summary": {
                "kk": (
                    "Қарапайым даулардың этносаралық дауға айналуына қалай жол бермеу керек және "
                    "оқиғадан кейінгі алғашқы сағаттарда және келесі апталарда не істеу керек."
                ),
                "ru": (
                    "Как не дать обычным спорам стать межэтническими и что делать в первые часы "
                    "и недели после инцидента."
                ),
                "en": (
                    "How to keep ordinary disputes from becoming interethnic ones, and what to "
                    "do in the first hours and the following weeks after an incident."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Алдын алу жұмысын жоспарлау: диалог алаңдары, ортақ мерекелер және "
                        "жастармен жұмыс."
                    ),
                    "ru": (
                        "Планировать профилактику: диалоговые площадки, общие праздники и работу "
                        "с молодёжью."
                    ),
                    "en": (
                        "Plan prevention work: dialogue platforms, joint holidays and activities "
                        "with young people."
                    ),
                },
                {
                    "kk": (
                        "Жедел ден қою жоспары бойынша әрекет етіп, расталған деректерді "
                        "қауесеттен ажырату."
                    ),
                    "ru": (
                        "Действовать по плану оперативного реагирования и отделять "
                        "подтверждённые факты от слухов."
                    ),
                    "en": (
                        "Follow a rapid-response plan and separate confirmed facts from rumours."
                    ),
                },
                {
                    "kk": (
                        "Оқиғадан кейінгі жұмысты жоспарлап, жиі кездесетін қателіктерден сақтану."
                    ),
                    "ru": (
                        "Планировать последующую работу после инцидента и избегать типичных ошибок."
                    ),
                    "en": "Plan follow-up after an incident and avoid the most common mistakes.",
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Неге алдымен алдын алу керек</h3><p>Кейін «этносаралық» деп "
                            "аталатын қақтығыстардың көбі қарапайым даудан басталады: суармалы "
                            "су үшін ұрыс, футбол матчынан кейінгі жасөспірімдердің төбелесі, "
                            "базардағы орын таласы, кезекте тіл туралы айтылған өткір сөз. Біреу "
                            "оны ұлттық тұрғыдан сипаттап, басқалар соны қайталағанда ғана ол "
                            "этносаралық дауға айналады. Сондықтан этномедиатордың бірінші "
                            "міндеті — қарапайым дауды қарапайым күйінде қалдыру және дағдарыс "
                            "кезінде көмектесетін қарым-қатынасты алдын ала орнату. Оқиғаға "
                            "дейін болмаған сенімді оқиғадан кейінгі алғашқы сағаттарда жасау "
                            "мүмкін емес.</p><h3>Алдын алу жұмысының үш "
                            "бағыты</h3><ul><li><strong>Диалог алаңдары.</strong> Этномәдени "
                            "бірлестік басшыларының, әкімдік өкілінің, учаскелік полиция "
                            "инспекторының, мектеп директорларының, ақсақалдар мен діни "
                            "жетекшілердің тұрақты, мысалы тоқсанына бір рет өтетін кездесуі. "
                            "Күн тәртібі нақты: су кестесі, жолдар, мектептегі орындар, алдағы "
                            "іс-шаралар. Бір-бірінің жүзін және телефон нөмірін бұрыннан білетін "
                            "адамдар қиын сәтте сабырмен сөйлеседі.</li><li><strong>Ортақ "
                            "мерекелер мен бірлескен іс.</strong> Наурыз, 1 мамырдағы Қазақстан "
                            "халқының бірлігі күні, сенбіліктер — әр түрлі ұлт отбасыларына "
                            "концертті тек көріп қана қоймай, бірдеңені бірге дайындауға "
                            "мүмкіндік. Дастарқанға ас әзірлеу немесе балалар алаңын жөндеу "
                            "сияқты ортақ іс адамдарды сахнадағы бағдарламадан гөрі көбірек "
                            "жақындастырады.</li><li><strong>Жастар.</strong> Жігіттер көбіне "
                            "төбелеске бірінші болып қатысады және желіде қауесетті бәрінен "
                            "жылдам таратады. Аралас спорт командалары, пікірсайыс клубтары, "
                            "еріктілер топтары мен мектеп медиациясы қызметтері оларға басқа рөл "
                            "береді. Жастарды тек көрермен ретінде емес, іс-шараны жоспарлауға "
                            "да тартыңыз.</li></ul><h3>Ерте ескерту белгілері</h3><p>Белгілерді "
                            "қарапайым журналға жазып, диалог алаңында талқылаңыз: бір ресурсқа "
                            "(су, жайылым, жер телімі) қатысты қайталанатын шағымдар; жергілікті "
                            "чаттардағы қорлайтын жазбалар мен пікірлер; мектепте немесе спортта "
                            "бір-бірімен араласуды қойған жастар топтары; әкімдіктен кім "
                            "«көбірек алады» деген қауесет; қабырғадағы жазулар; отбасылардың "
                            "көшіп кетуі. Бір белгі әлі дағдарыс емес, бірақ тізімнің өсуі — "
                            "әрекет етуге себеп: қатысы бар адамдарға барып, не болып жатқанын "
                            "сұраңыз және нақты мәселені оны шеше алатын адамдарға "
                            "жеткізіңіз.</p>"
                        ),
                        "ru": (
                            "<h3>Почему профилактика на первом месте</h3><p>Большинство "
                            "конфликтов, которые потом называют «межэтническими», начинаются как "
                            "обычные споры: ссора из-за поливной воды, драка подростков после "
                            "футбольного матча, спор за место на рынке, резкое замечание о языке "
                            "в очереди. Межэтническими они становятся, когда кто-то описывает их "
                            "через национальность, а другие это повторяют. Поэтому первая задача "
                            "этномедиатора — сохранить обычный спор обычным и заранее выстроить "
                            "отношения, которые помогут в кризис. Доверие, которого не было до "
                            "инцидента, невозможно создать в первые часы после него.</p><h3>Три "
                            "направления профилактики</h3><ul><li><strong>Диалоговые "
                            "площадки.</strong> Регулярная встреча, например раз в квартал, "
                            "руководителей этнокультурных объединений, представителя акимата, "
                            "участкового инспектора полиции, директоров школ, аксакалов и "
                            "религиозных лидеров. Повестка практическая: график полива, дороги, "
                            "места в школах, ближайшие мероприятия. Люди, которые уже знают друг "
                            "друга в лицо и по телефону, в трудный момент разговаривают "
                            "спокойно.</li><li><strong>Общие праздники и совместные "
                            "дела.</strong> Наурыз, День единства народа Казахстана 1 мая, "
                            "субботники — возможность для семей разных национальностей не только "
                            "посмотреть концерт, но и подготовить что-то вместе. Общее дело, "
                            "например приготовить угощение для дастархана или отремонтировать "
                            "детскую площадку, сближает больше, чем сценическая "
                            "программа.</li><li><strong>Молодёжь.</strong> Молодые парни часто "
                            "первыми вступают в драки и быстрее всех распространяют слухи в "
                            "сети. Смешанные спортивные команды, дебатные клубы, волонтёрские "
                            "группы и школьные службы медиации дают им другие роли. Привлекайте "
                            "молодёжь к планированию мероприятий, а не только в качестве "
                            "зрителей.</li></ul><h3>Признаки раннего "
                            "предупреждения</h3><p>Ведите простой журнал сигналов и обсуждайте "
                            "его на диалоговой площадке: повторяющиеся жалобы на один и тот же "
                            "ресурс (вода, пастбища, земельные участки); оскорбительные посты и "
                            "комментарии в местных чатах; молодёжные группы, которые перестали "
                            "общаться в школе или в спорте; слухи о том, кто «больше получает» "
                            "от акимата; надписи на стенах; отъезд семей. Один сигнал — ещё не "
                            "кризис, но растущий список — повод действовать: навестите "
                            "причастных людей, спросите, что происходит, и донесите практическую "
                            "проблему до тех, кто может её решить.</p>"
                        ),
                        "en": (
                            "<h3>Why prevention comes first</h3><p>Most conflicts that people "
                            "later call “interethnic” begin as ordinary disputes: a quarrel over "
                            "irrigation water, a fight between teenagers after a football match, "
                            "an argument over a market stall, a sharp remark about language in a "
                            "queue. They become interethnic when someone describes them in "
                            "ethnic terms and others repeat it. The ethnomediator's first task "
                            "is therefore to keep ordinary disputes ordinary, and to build in "
                            "advance the relationships that help when a crisis comes. Trust that "
                            "did not exist before an incident cannot be created in the first "
                            "hours after it.</p><h3>Three directions of prevention "
                            "work</h3><ul><li><strong>Dialogue platforms.</strong> A regular "
                            "meeting, for example once a quarter, of the heads of ethnocultural "
                            "associations, a representative of the akimat, the local police "
                            "inspector, school principals, aksakals and religious leaders. The "
                            "agenda is practical: the irrigation schedule, roads, school places, "
                            "coming events. People who already know each other's faces and phone "
                            "numbers talk calmly when trouble starts.</li><li><strong>Joint "
                            "holidays and shared work.</strong> Nauryz, the Day of Unity of the "
                            "People of Kazakhstan on 1 May and community clean-up days are "
                            "chances for families of different backgrounds to prepare something "
                            "together rather than only watch a concert. A shared task, such as "
                            "cooking for the dastarkhan or repairing a playground, brings people "
                            "closer than a stage programme.</li><li><strong>Youth.</strong> "
                            "Young men are often the first to join a fight and the fastest to "
                            "spread rumours online. Mixed sports teams, debate clubs, volunteer "
                            "groups and school mediation services give them other roles. Involve "
                            "young people in planning events, not only as an "
                            "audience.</li></ul><h3>Early warning signs</h3><p>Keep a simple log "
                            "of signals and discuss it at the dialogue platform: repeated "
                            "complaints about the same resource (water, pasture, land plots); "
                            "insulting posts and comments in local chats; youth groups that stop "
                            "mixing at school or in sport; rumours about who “gets more” from "
                            "the akimat; graffiti; families moving away. One signal is not yet a "
                            "crisis, but a growing list is a reason to act: visit the people "
                            "involved, ask what is happening and bring the practical problem to "
                            "those who can solve it.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Алғашқы сағаттар: жедел ден қою жоспары</h3><p>Төбелестен, "
                            "біреудің жарақат алуынан немесе арандатушы бейнежазбадан кейін "
                            "оқиғаның жергілікті күйінде қалуын не кеңінен таралып кетуін "
                            "алғашқы сағаттар шешеді. Ешкім дайындықсыз, көңіл күйге қарап "
                            "әрекет етпеуі үшін жоспарды алдын ала жасап, әкімдікпен және "
                            "полициямен келісіп қойыңыз.</p><ol><li><strong>Кім кімге "
                            "хабарласады.</strong> Қысқа қоңырау тізімін келісіңіз: этномедиатор "
                            "Ассамблеяның өңірлік медиация кабинетінің үйлестірушісіне, әкімнің "
                            "жауапты орынбасарына және учаскелік полиция инспекторына "
                            "хабарлайды; бірлестік басшылары өз қауымдастығына хабар береді. "
                            "Адамдардың өміріне немесе денсаулығына қауіп төнсе, әрқашан алдымен "
                            "полиция шақырылады.</li><li><strong>Дерек пен қауесетті "
                            "ажырату.</strong> Қысқа деректер парағын жасаңыз: не болды, қай "
                            "жерде, қашан, кім зардап шекті, нені кім растады. Қалғанының бәрін "
                            "«расталмаған» деп белгілеңіз. Адамдарды ұлтымен емес, әрекетімен "
                            "атаңыз: «екі жүргізуші», «бір топ "
                            "жігіт».</li><li><strong>Жетекшілермен кездесу.</strong> Әуелі әр "
                            "тараптың сыйлы адамдарымен жеке-жеке кездесіңіз: тыңдаңыз, "
                            "расталған деректерді айтыңыз, өз адамдарын сабырға шақыруды "
                            "өтініңіз. Эмоция басылған соң оларды бір үстел басына "
                            "жинаңыз.</li><li><strong>Көпшілікке арналған мәлімдеме.</strong> "
                            "Әкімдік пен полиция қазақ және орыс тілдерінде бір келісілген "
                            "мәлімдеме жасайды: тек расталған деректер, ұлттық белгілерсіз, "
                            "сабырға шақыру және тексерілген ақпаратты қайдан алуға болатыны. "
                            "Қауымдастық жетекшілері дәл сол хабарды өз сөзімен "
                            "қайталайды.</li><li><strong>Әлеуметтік желілер.</strong> "
                            "Бейнежазбаларды және расталмаған хабарларды, тіпті айыптау үшін "
                            "болса да, қайта таратпаңыз. Жергілікті WhatsApp және Telegram "
                            "топтарындағы сенімді адамдардан тексерілген ақпаратты жариялауды "
                            "өтініңіз, ал зорлық-зомбылыққа шақыруларды полицияға "
                            "хабарлаңыз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Первые часы: план оперативного реагирования</h3><p>После драки, "
                            "травмы или провокационного видео именно первые часы решают, "
                            "останется ли инцидент местным или разойдётся шире. Подготовьте план "
                            "заранее и согласуйте его с акиматом и полицией, чтобы никому не "
                            "пришлось действовать наугад.</p><ol><li><strong>Кто кому "
                            "звонит.</strong> Согласуйте короткий список звонков: этномедиатор "
                            "сообщает координатору регионального кабинета медиации Ассамблеи, "
                            "ответственному заместителю акима и участковому инспектору полиции; "
                            "руководители объединений информируют свои общины. Если есть угроза "
                            "жизни или здоровью людей, первой всегда вызывают "
                            "полицию.</li><li><strong>Факты и слухи.</strong> Составьте короткую "
                            "справку: что произошло, где, когда, кто пострадал, что подтверждено "
                            "и кем. Всё остальное помечайте как «не подтверждено». Называйте "
                            "людей по действиям («два водителя», «группа парней»), а не по "
                            "национальности.</li><li><strong>Встреча с лидерами.</strong> "
                            "Сначала встретьтесь с уважаемыми людьми каждой стороны по "
                            "отдельности: выслушайте, поделитесь подтверждёнными фактами, "
                            "попросите успокоить своих. Затем, когда эмоции позволят, соберите "
                            "их за одним столом.</li><li><strong>Публичное заявление.</strong> "
                            "Одно согласованное заявление акимата и полиции на казахском и "
                            "русском языках: только подтверждённые факты, без этнических "
                            "ярлыков, призыв к спокойствию и указание, где получать проверенную "
                            "информацию. Лидеры общин повторяют то же сообщение своими "
                            "словами.</li><li><strong>Социальные сети.</strong> Не пересылайте "
                            "видео и неподтверждённые сообщения, даже чтобы их осудить. "
                            "Попросите доверенных участников местных групп в WhatsApp и Telegram "
                            "разместить проверенную информацию, а призывы к насилию передавайте "
                            "в полицию.</li></ol>"
                        ),
                        "en": (
                            "<h3>The first hours: a rapid-response plan</h3><p>After a fight, an "
                            "injury or a provocative video, the first hours decide whether the "
                            "incident stays local or spreads. Prepare the plan in advance and "
                            "agree it with the akimat and the police, so that nobody has to "
                            "improvise.</p><ol><li><strong>Who calls whom.</strong> Agree a "
                            "short call list: the ethnomediator informs the coordinator of the "
                            "Assembly's regional mediation office, the deputy akim responsible "
                            "and the local police inspector; the heads of associations inform "
                            "their own communities. If anyone's life or health is at risk, the "
                            "police are always called first.</li><li><strong>Facts versus "
                            "rumours.</strong> Write a short fact sheet: what happened, where, "
                            "when, who was hurt, what has been confirmed and by whom. Mark "
                            "everything else as “not confirmed”. Describe people by their "
                            "actions (“two drivers”, “a group of young men”), not by their "
                            "ethnicity.</li><li><strong>Meet the leaders.</strong> First meet "
                            "the respected people of each side separately: listen, share the "
                            "confirmed facts, ask them to calm their own people. Then, when "
                            "emotions allow, bring them to one table.</li><li><strong>Public "
                            "statement.</strong> One agreed statement from the akimat and the "
                            "police, in Kazakh and Russian: confirmed facts only, no ethnic "
                            "labels, a call for calm and where to get verified information. "
                            "Community leaders repeat the same message in their own "
                            "words.</li><li><strong>Social media.</strong> Do not forward videos "
                            "or unconfirmed messages, even to condemn them. Ask trusted members "
                            "of local WhatsApp and Telegram groups to post the verified "
                            "information, and pass calls to violence to the police.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Кейінгі жұмыс: тыныштық орнағаннан кейін</h3><p>Жиналған жұрт "
                            "тарағанымен, дағдарыс бітті деген сөз емес. Келесі күнге, келесі "
                            "аптаға және келесі айға байланыстарды жоспарлаңыз: оқиғаға "
                            "қатысқандардың отбасыларына барыңыз, әкімдік пен полиция уәде еткен "
                            "шаралардың орындалғанын тексеріңіз және нақты себепке қайта "
                            "оралыңыз (су кестесі, дау тудырған жер телімі, аялдамадағы жарық). "
                            "Бірнеше аптадан кейін екі қауымдастық бірге дайындаған ортақ "
                            "іс-шара қарым-қатынастың жалғасып жатқанын көрсетеді.</p><h3>Жиі "
                            "кездесетін қателіктер</h3><ul><li>Қауесет бос орынды толтырып "
                            "жатқанда «жағдай анықталғанша» күту.</li><li>Тұрмыстық немесе "
                            "жол-көлік дауын «ұлттар арасындағы қақтығыс» деп "
                            "атау.</li><li>Тергеу барысы туралы полицияның атынан сөйлеу немесе "
                            "қылмыстық іс жабылады деп уәде беру.</li><li>Тек бір тараппен "
                            "немесе өзіңіз жақсы білетін тараппен ғана кездесу.</li><li>Зардап "
                            "шеккен отбасына бармай тұрып, көпшілік алдында суретке "
                            "түсу.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Последующая работа: когда всё успокоилось</h3><p>Кризис не "
                            "заканчивается, когда толпа расходится. Запланируйте контакты на "
                            "следующий день, через неделю и через месяц: навестите семьи "
                            "участников, проверьте, выполнены ли меры, обещанные акиматом и "
                            "полицией, и вернитесь к практической причине (график полива, "
                            "спорный участок, освещение на остановке). Совместное мероприятие "
                            "через несколько недель, подготовленное обеими общинами, показывает, "
                            "что отношения продолжаются.</p><h3>Типичные "
                            "ошибки</h3><ul><li>Ждать, «пока всё прояснится», когда тишину "
                            "заполняют слухи.</li><li>Называть бытовой или дорожный спор "
                            "«конфликтом между национальностями».</li><li>Говорить от имени "
                            "полиции о ходе расследования или обещать, что уголовное дело "
                            "закроют.</li><li>Встречаться только с одной стороной или только с "
                            "той, которую лучше знаете.</li><li>Фотографироваться для публики до "
                            "того, как навестили семью пострадавшего.</li></ul>"
                        ),
                        "en": (
                            "<h3>Follow-up: after the calm</h3><p>The crisis is not over when "
                            "the crowd goes home. Plan contacts for the next day, the next week "
                            "and the next month: visit the families of those involved, check "
                            "whether the measures promised by the akimat and the police were "
                            "carried out, and return to the practical cause (the irrigation "
                            "schedule, a disputed plot, lighting at a bus stop). A joint event a "
                            "few weeks later, prepared by both communities, shows that relations "
                            "go on.</p><h3>Common mistakes</h3><ul><li>Waiting “until things "
                            "become clear” while rumours fill the silence.</li><li>Calling a "
                            "household or traffic dispute “a conflict between "
                            "nationalities”.</li><li>Speaking for the police about the "
                            "investigation, or promising that a criminal case will be "
                            "closed.</li><li>Meeting only one side, or only the side you know "
                            "better.</li><li>Posing for public photos before the injured "
                            "person's family has been visited.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "case_study",
                    "value": {
                        "title": {
                            "kk": "Базардағы төбелестен кейінгі қауесет",
                            "ru": "Слухи после драки на рынке",
                            "en": "Rumours after a market fight",
                        },
                        "scenario": {
                            "kk": (
                                "<p>Бұл — оқу мысалы; есімдер мен жерлер ойдан алынған. Жамбыл "
                                "облысындағы бір аудан орталығының базарында сенбі күні екі "
                                "саудагер, Ерлан мен Рустам, жүк көлігін қоятын орын үшін "
                                "дауласады. Оларға ұлдары қосылып, бір жігіт мұрны сынып, "
                                "ауруханаға түседі. Кешке қарай төбелестің бейнежазбасы "
                                "жергілікті WhatsApp топтарында «Олар біздікілерді ұрды. Ертең "
                                "таңертең бәріміз базарға жиналамыз» деген жазумен тарап кетеді. "
                                "Ерлан мен Рустам әр түрлі этностық қауымдастықтың "
                                "өкілдері.</p><p>Сіз келіссөз жүргізуші-этномедиаторсыз және "
                                "аудандық диалог алаңының мүшесісіз. Кешкі сағат тоғызда бір "
                                "этномәдени бірлестіктің басшысы қоңырау шалады: адамдар одан не "
                                "істеу керегін сұрап жатыр. Учаскелік полиция инспекторы жарақат "
                                "бойынша тексеру басталғанын айтады. Аудан әкімінің орынбасары "
                                "іссапарда, ертең түстен кейін оралады.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример; имена и места вымышлены. В субботу на "
                                "рынке районного центра в Жамбылской области два торговца, Ерлан "
                                "и Рустам, спорят из-за места для грузовой машины. К ним "
                                "присоединяются сыновья, и один парень попадает в больницу со "
                                "сломанным носом. К вечеру видео драки расходится по местным "
                                "группам в WhatsApp с подписью: «Они избили наших. Завтра утром "
                                "все к рынку». Ерлан и Рустам принадлежат к разным этническим "
                                "общинам.</p><p>Вы — переговорщик-этномедиатор и участник "
                                "районной диалоговой площадки. В девять вечера вам звонит "
                                "руководитель одного из этнокультурных объединений: люди "
                                "спрашивают у него, что делать. Участковый инспектор полиции "
                                "сообщает, что по факту травмы начата проверка. Заместитель "
                                "акима района в командировке и вернётся завтра после обеда.</p>"
                            ),
                            "en": (
                                "<p>This is a training example; names and places are invented. "
                                "On Saturday, at the market of a district centre in Zhambyl "
                                "region, two traders, Erlan and Rustam, argue over a parking "
                                "place for a delivery van. Their sons join in, and one young man "
                                "ends up in hospital with a broken nose. By the evening a video "
                                "of the fight is circulating in local WhatsApp groups with the "
                                "caption: “They beat up ours. Everyone to the market tomorrow "
                                "morning.” Erlan and Rustam belong to different ethnic "
                                "communities.</p><p>You are a negotiator-ethnomediator and a "
                                "member of the district dialogue platform. At nine in the "
                                "evening the head of one ethnocultural association calls you: "
                                "people are asking him what to do. The local police inspector "
                                "says that a check into the injury has started. The deputy akim "
                                "of the district is away on a trip and will be back tomorrow "
                                "afternoon.</p>"
                            ),
                        },
                        "questions": [
                            {
                                "kk": (
                                    "Қандай деректер расталған, ал қандай мәлімдемелер қауесет? "
                                    "Жетекшілерге беретіндей қысқа деректер парағын жазыңыз."
                                ),
                                "ru": (
                                    "Какие факты подтверждены, а какие утверждения — слухи? "
                                    "Составьте короткую справку, которую вы передали бы лидерам."
                                ),
                                "en": (
                                    "Which facts are confirmed and which statements are rumours? "
                                    "Write a short fact sheet as you would give it to the "
                                    "leaders."
                                ),
                            },
                            {
                                "kk": (
                                    "Бүгін кешке кімге, қандай ретпен қоңырау шаласыз және "
                                    "әрқайсысынан не істеуді өтінесіз?"
                                ),
                                "ru": (
                                    "Кому вы позвоните сегодня вечером, в каком порядке и о чём "
                                    "попросите каждого?"
                                ),
                                "en": (
                                    "Whom do you call tonight, in what order, and what do you "
                                    "ask each person to do?"
                                ),
                            },
                            {
                                "kk": (
                                    "Полиция мен әкімдік таңертеңге дейін жариялай алатын "
                                    "хабардың үш сөйлемін жазыңыз."
                                ),
                                "ru": (
                                    "Напишите три предложения сообщения, которое полиция и "
                                    "акимат могли бы опубликовать до утра."
                                ),
                                "en": (
                                    "Draft three sentences of a message that the police and the "
                                    "akimat could publish before morning."
                                ),
                            },
                            {
                                "kk": (
                                    "Базардағы негізгі мәселе қайталанбауы үшін келесі аптаға "
                                    "және келесі айға не жоспарлар едіңіз?"
                                ),
                                "ru": (
                                    "Что вы запланировали бы на следующую неделю и следующий "
                                    "месяц, чтобы исходная проблема на рынке не повторилась?"
                                ),
                                "en": (
                                    "What would you plan for the next week and the next month so "
                                    "that the underlying problem at the market does not return?"
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
                                "Өз қалаңызды немесе ауылыңызды ойлаңыз. Қазір қандай диалог "
                                "алаңы немесе тұрақты кездесу бар, онда кім жоқ және оқиғаның "
                                "алғашқы сағатында сізге қажет, бірақ әзірге қолыңызда жоқ "
                                "қандай телефон нөмірлері бар?"
                            ),
                            "ru": (
                                "Подумайте о своём городе или селе. Какая диалоговая площадка "
                                "или регулярная встреча уже существует, кого в ней не хватает и "
                                "чьи номера телефонов понадобятся вам в первый час инцидента, "
                                "хотя сегодня их у вас нет?"
                            ),
                            "en": (
                                "Think of your own town or village. Which dialogue platform or "
                                "regular meeting already exists, who is missing from it, and "
                                "whose phone numbers would you need in the first hour of an "
                                "incident that you do not have today?"
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
                                    "kk": "Алдын алу жұмысы",
                                    "ru": "Профилактическая работа",
                                    "en": "Prevention work",
                                },
                                "definition": {
                                    "kk": (
                                        "Қауымдастықтар арасындағы байланысты нығайтып, нақты "
                                        "мәселелерді қақтығысқа айналмай тұрып шешетін тұрақты, "
                                        "жоспарлы жұмыс."
                                    ),
                                    "ru": (
                                        "Регулярная плановая работа, которая укрепляет связи "
                                        "между общинами и решает практические проблемы до того, "
                                        "как они перерастут в конфликт."
                                    ),
                                    "en": (
                                        "Regular, planned work that builds contact between "
                                        "communities and deals with practical problems before "
                                        "they turn into conflict."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ерте ескерту белгілері",
                                    "ru": "Признаки раннего предупреждения",
                                    "en": "Early warning signs",
                                },
                                "definition": {
                                    "kk": (
                                        "Шиеленістің өсіп келе жатқанын білдіретін белгілер: бір "
                                        "ресурсқа қатысты қайталанатын шағымдар, өшпенді "
                                        "жазбалар, бір-бірінен оқшауланған жастар топтары, "
                                        "әділетсіздік туралы қауесет."
                                    ),
                                    "ru": (
                                        "Сигналы растущей напряжённости: повторяющиеся жалобы на "
                                        "один ресурс, враждебные посты, обособленные молодёжные "
                                        "группы, слухи о несправедливости."
                                    ),
                                    "en": (
                                        "Signals of growing tension: repeated complaints about "
                                        "one resource, hostile posts, youth groups that keep "
                                        "apart, rumours of unfair treatment."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Жедел ден қою жоспары",
                                    "ru": "План оперативного реагирования",
                                    "en": "Rapid-response plan",
                                },
                                "definition": {
                                    "kk": (
                                        "Оқиғаның алғашқы сағаттарында кімге хабар берілетінін, "
                                        "деректерді кім тексеретінін, жетекшілермен кім "
                                        "кездесетінін және көпшілік алдында кім сөйлейтінін "
                                        "белгілейтін, әкімдікпен және полициямен алдын ала "
                                        "келісілген жоспар."
                                    ),
                                    "ru": (
                                        "Заранее согласованный с акиматом и полицией план: кого "
                                        "информируют, кто проверяет факты, кто встречается с "
                                        "лидерами и кто выступает публично в первые часы "
                                        "инцидента."
                                    ),
                                    "en": (
                                        "A plan agreed in advance with the akimat and the police "
                                        "that sets who is informed, who checks facts, who meets "
                                        "leaders and who speaks publicly in the first hours of "
                                        "an incident."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Деректер парағы",
                                    "ru": "Справка о фактах",
                                    "en": "Fact sheet",
                                },
                                "definition": {
                                    "kk": (
                                        "Расталған деректерді дереккөзімен бірге расталмаған "
                                        "ақпараттан бөліп көрсететін қысқа жазба."
                                    ),
                                    "ru": (
                                        "Короткая записка, в которой подтверждённые факты с "
                                        "указанием источника отделены от неподтверждённой "
                                        "информации."
                                    ),
                                    "en": (
                                        "A short note that separates confirmed facts, with their "
                                        "sources, from unconfirmed information."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Диалог алаңы",
                                    "ru": "Диалоговая площадка",
                                    "en": "Dialogue platform",
                                },
                                "definition": {
                                    "kk": (
                                        "Нақты мәселелерді талқылап, сенімді сақтау үшін "
                                        "қауымдастық жетекшілерінің, жергілікті биліктің, "
                                        "полицияның, мектептердің және діни жетекшілердің "
                                        "тұрақты кездесуі."
                                    ),
                                    "ru": (
                                        "Регулярная встреча лидеров общин, местной власти, "
                                        "полиции, школ и религиозных лидеров для обсуждения "
                                        "практических вопросов и поддержания доверия."
                                    ),
                                    "en": (
                                        "A regular meeting of community leaders, local "
                                        "authorities, police, schools and religious leaders to "
                                        "discuss practical issues and keep trust."
                                    ),
                                },
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": "working-with-local-institutions",
            "title": {
                "kk": "Жергілікті институттармен және дәстүрлі нысандармен жұмыс",
                "ru": "Работа с местными институтами и традиционными формами",
                "en": "Working with local institutions and traditional forms",
            },
            "summary": {
                "kk": (
                    "Аудандағы дауда кім не істей алады, ақсақал сөзін, ортақ дастарқанды және "
                    "көпшілік алдында кешірім сұрауды қысымсыз қалай қолдануға болады және "
                    "этномедиатордың рөлі қай жерде аяқталады."
                ),
                "ru": (
                    "Кто в районе что может сделать в споре, как использовать слово аксакала, "
                    "общий дастархан и публичное извинение без давления и где заканчивается роль "
                    "этномедиатора."
                ),
                "en": (
                    "Who in a district can do what in a dispute, how to use the elder's word, "
                    "the shared dastarkhan and a public apology without pressure, and where the "
                    "ethnomediator's role ends."
                ),
            },
            "academic_hours": 3,
            "learning_outcomes": [
                {
                    "kk": (
                        "Әкімдіктер, учаскелік полиция инспекторлары, мектептер, этномәдени "
                        "бірлестіктер, ақсақалдар кеңестері және діни жетекшілер дауда не істей "
                        "алатынын және не істей алмайтынын түсіндіру."
                    ),
                    "ru": (
                        "Объяснять, что могут и чего не могут сделать в споре акиматы, "
                        "участковые инспекторы, школы, этнокультурные объединения, советы "
                        "аксакалов и религиозные лидеры."
                    ),
                    "en": (
                        "Explain what akimats, local police inspectors, schools, ethnocultural "
                        "associations, aksakal councils and religious leaders can and cannot do "
                        "in a dispute."
                    ),
                },
                {
                    "kk": (
                        "Татуластырудың дәстүрлі нысандарын еріктілік пен бейтараптықты сақтай "
                        "отырып қолдану."
                    ),
                    "ru": (
                        "Использовать традиционные формы примирения, сохраняя добровольность и "
                        "нейтральность."
                    ),
                    "en": (
                        "Use traditional forms of reconciliation while keeping voluntariness and "
                        "neutrality."
                    ),
                },
                {
                    "kk": (
                        "Этномедиатор рөлінің шегін және істі басқа маманға қашан беру "
                        "керектігін білу."
                    ),
                    "ru": (
                        "Понимать границы роли этномедиатора и знать, когда передать случай "
                        "другому."
                    ),
                    "en": (
                        "Recognise the limits of the ethnomediator's role and know when to hand "
                        "a case over."
                    ),
                },
            ],
            "body": [
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Кім не істей алады: жергілікті институттар "
                            "картасы</h3><p>Этномедиатор сирек жалғыз жұмыс істейді. Әр дау өз "
                            "өкілеттігі, міндеті мен шегі бар институттарды қозғайды. Күрделі "
                            "іске кіріспес бұрын қарапайым карта сызыңыз: ауданыңызда бұл мәселе "
                            "бойынша шешімді кім қабылдайды, әр қауымдастық кімге сенеді және "
                            "олардың әрқайсысымен кім сөйлесе "
                            "алады.</p><ul><li><strong>Әкімдік.</strong> Даулардың астарындағы "
                            "көптеген нақты мәселелерді шешеді: жер телімдері, суару кестесі, "
                            "жолдар, базарлар, көпшілік іс-шаралары. Оған тек «этносаралық "
                            "шиеленісті» емес, нақты мәселені жеткізіңіз. Әкімдік орын мен "
                            "ресурс бере алады, халықты ақпараттандыра алады, бірақ оның "
                            "қызметкерлері бейтарап медиатор емес, өз міндетін атқаратын "
                            "лауазымды адамдар.</li><li><strong>Учаскелік полиция "
                            "инспекторы.</strong> Қоғамдық тәртіпке, тұрғындардың қауіпсіздігіне "
                            "және құқық бұзушылықтармен жұмысқа жауап береді. Инспекторға "
                            "ертерек хабарлап, байланыста болыңыз, бірақ одан құқық бұзушылықты "
                            "жасыруды немесе «бейресми шешуді» сұрамаңыз және кінәліні анықтау "
                            "сияқты оның жұмысын өзіңіз "
                            "атқармаңыз.</li><li><strong>Мектептер.</strong> Балалар естігенін "
                            "мектепке әкеледі, ал оқушылар арасындағы ұрыс ата-аналарды да "
                            "тартып әкетуі мүмкін. Мектеп директорлары, психологтар және мектеп "
                            "медиациясы қызметтері дауды ерте басып, әр түрлі ұлттың "
                            "ата-аналарын қатыстыра алады.</li><li><strong>Этномәдени "
                            "бірлестіктер.</strong> Өз қауымдастығының тілін, салт-дәстүрін және "
                            "алаңдаушылығын біледі, шешімді адамдар қабылдайтындай етіп "
                            "түсіндіре алады. Тек ең белсендісімен емес, дауға қатысты барлық "
                            "бірлестіктің жетекшілерімен жұмыс "
                            "істеңіз.</li><li><strong>Ақсақалдар кеңестері.</strong> Олардың "
                            "сөзінің, әсіресе ауылда, үлкен моральдық салмағы бар. Кеңес бір "
                            "тараптікі болып көрінбеуі үшін дауға қатысты әр қауымдастықтан "
                            "ақсақалдарды шақырыңыз.</li><li><strong>Діни жетекшілер.</strong> "
                            "Мешіт имамы немесе шіркеу қызметшісі дінге сенушілер құрметтейтін "
                            "сөзбен сабыр мен кешірімге шақыра алады. Әңгімені нақты дау "
                            "төңірегінде ұстаңыз, көршілер арасындағы дауды діни мәселеге "
                            "айналдырмаңыз.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Кто что может: карта местных институтов</h3><p>Этномедиатор "
                            "редко работает в одиночку. Любой спор затрагивает институты со "
                            "своими полномочиями, обязанностями и границами. Перед сложным "
                            "случаем нарисуйте простую карту: кто в вашем районе принимает "
                            "решения по этому вопросу, кому доверяет каждая община и кто может "
                            "говорить с каждой из них.</p><ul><li><strong>Акимат.</strong> "
                            "Решает многие практические вопросы, которые стоят за спорами: "
                            "земельные участки, график полива, дороги, рынки, массовые "
                            "мероприятия. Приносите туда практическую проблему, а не только "
                            "«межэтническую напряжённость». Акимат может дать помещение и "
                            "ресурсы, проинформировать население, но его сотрудники — "
                            "должностные лица, которые исполняют свои обязанности, а не "
                            "нейтральные медиаторы.</li><li><strong>Участковый инспектор "
                            "полиции.</strong> Отвечает за общественный порядок, безопасность "
                            "жителей и работу с правонарушениями. Сообщайте инспектору "
                            "заблаговременно и держите связь, но не просите его скрыть "
                            "правонарушение или «решить всё по-тихому» и не делайте за него его "
                            "работу — не выясняйте сами, кто "
                            "виноват.</li><li><strong>Школы.</strong> Дети приносят в школу то, "
                            "что слышат дома, а ссора между учениками может втянуть и родителей. "
                            "Директора, школьные психологи и школьные службы медиации могут "
                            "погасить спор на раннем этапе и привлечь родителей разных "
                            "национальностей.</li><li><strong>Этнокультурные "
                            "объединения.</strong> Знают язык, обычаи и тревоги своей общины и "
                            "могут объяснить решение так, чтобы люди его приняли. Работайте с "
                            "руководителями всех затронутых объединений, а не только самого "
                            "активного.</li><li><strong>Советы аксакалов.</strong> Их слово "
                            "имеет большой моральный вес, особенно в сёлах. Приглашайте "
                            "старейшин от каждой затронутой общины, чтобы совет не воспринимался "
                            "как совет одной стороны.</li><li><strong>Религиозные "
                            "лидеры.</strong> Имам мечети или священник может призвать к "
                            "спокойствию и прощению словами, которые уважают верующие. Держите "
                            "разговор в рамках практического спора и не превращайте соседский "
                            "спор в религиозный вопрос.</li></ul>"
                        ),
                        "en": (
                            "<h3>Who can do what: a map of local institutions</h3><p>An "
                            "ethnomediator rarely works alone. Every dispute touches "
                            "institutions with their own powers, duties and limits. Before a "
                            "difficult case, draw a simple map: who in your district decides on "
                            "the issue, whom each community trusts, and who can talk to each of "
                            "them.</p><ul><li><strong>Akimat.</strong> Decides many of the "
                            "practical questions behind disputes: land plots, irrigation "
                            "schedules, roads, markets, public events. Bring it the practical "
                            "problem, not only talk of “ethnic tension”. The akimat can provide "
                            "a venue and resources and inform the public, but its staff are "
                            "officials doing their duties, not neutral "
                            "mediators.</li><li><strong>Local police inspector.</strong> "
                            "Responsible for public order, residents' safety and dealing with "
                            "offences. Inform the inspector early and stay in touch, but do not "
                            "ask them to hide an offence or to “settle things quietly”, and do "
                            "not do their job of finding out who is "
                            "guilty.</li><li><strong>Schools.</strong> Children bring to school "
                            "what they hear at home, and a quarrel between pupils can draw in "
                            "their parents. Principals, school psychologists and school "
                            "mediation services can calm a dispute early and involve parents of "
                            "different backgrounds.</li><li><strong>Ethnocultural "
                            "associations.</strong> They know the language, customs and worries "
                            "of their community and can explain a decision in a way people "
                            "accept. Work with the leaders of all the associations concerned, "
                            "not only the most active one.</li><li><strong>Councils of elders "
                            "(aksakals).</strong> Their word carries great moral weight, "
                            "especially in villages. Invite elders from every community "
                            "concerned, so that the council is not seen as belonging to one "
                            "side.</li><li><strong>Religious leaders.</strong> An imam or a "
                            "priest can call for calm and forgiveness in words that believers "
                            "respect. Keep the conversation on the practical dispute, and do not "
                            "turn a quarrel between neighbours into a religious "
                            "question.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Татуластырудың дәстүрлі нысандары</h3><p>Қазақстанда дауды "
                            "сыйлы адамдар мен ортақ рәсімдер арқылы шешудің ұзақ дәстүрі бар. "
                            "Орынды қолданылса, олар келісімге қауым алдында салмақ береді. "
                            "Орынсыз қолданылса, қысымға айналады.</p><ul><li><strong>Сыйлы "
                            "үлкеннің сөзі.</strong> Ақсақал немесе қауымның құрметті анасы "
                            "кездесуді ашып, екі тарапқа көршілік татулықты еске салып, тараптар "
                            "өздері қол жеткізген келісімге бата бере алады. Үлкеннің рөлі — "
                            "шарт қою емес, қолдау көрсету.</li><li><strong>Ортақ "
                            "дастарқан.</strong> Келісімнен кейін бір дастарқан басында отыру "
                            "қарым-қатынастың қалпына келгенін көпшілікке айқын көрсетеді. "
                            "Дастарқан әңгіменің орнын баспай, келісімнің соңғы нүктесі болуы "
                            "керек: мәселе шешілмей тұрып берілген ас зардап шеккен тарапта "
                            "өкпесі жуып-шайылды деген сезім қалдыруы "
                            "мүмкін.</li><li><strong>Көпшілік алдында кешірім сұрау.</strong> "
                            "Көптеген қауымдастықта сыйлы адамдардың алдында шын жүректен "
                            "айтылған кешірім өтемақыдан да маңызды. Оның нысанын екі тараппен "
                            "алдын ала келісіңіз: кім, кімнен, қандай сөзбен, кімнің алдында "
                            "кешірім сұрайды. Мәжбүрлеп сұратылған кешірім адамды қорлап, жаңа "
                            "өкпе тудырады.</li></ul><h3>Еріктілік пен бейтараптықты "
                            "сақтау</h3><p>«Медиация туралы» Заң еріктілік, тараптардың тең "
                            "құқықтылығы, медиатордың тәуелсіздігі мен бейтараптығы және "
                            "құпиялылық сияқты қағидаттарға негізделген. Дәстүрлі нысандар бұл "
                            "қағидаттарды алмастырмай, оларға сай болуы тиіс. Іс "
                            "жүзінде:</p><ol><li>Әр тараптан жеке-жеке сұраңыз: ақсақалдарды, "
                            "діни жетекшіні немесе ортақ дастарқанды қатыстырғысы келе ме және "
                            "қандай рөлде.</li><li>Ақсақалдар мен сыйлы адамдар екі тараптан да "
                            "болсын; тек үлкен ер адамдардың емес, әйелдер мен жастардың да үні "
                            "естілсін.</li><li>Кез келген тарап ұсыныстан бас тарта алатынын "
                            "ашық айтыңыз: «ақсақалдар шешті» деген сөз адамның өзі келіспейтін "
                            "шарттарды қабылдауына негіз емес.</li><li>Көпшілікке не айтылатынын "
                            "және не құпия қалатынын келісіп алыңыз.</li><li>Келісім тараптар "
                            "үшін міндетті болуы керек болса, дәстүрлі рәсіммен қатар оны дауды "
                            "реттеу туралы жазбаша келісіммен ресімдеңіз.</li></ol>"
                        ),
                        "ru": (
                            "<h3>Традиционные формы примирения</h3><p>В Казахстане давно "
                            "существуют традиции улаживать споры через уважаемых людей и общие "
                            "ритуалы. При умелом использовании они придают договорённости вес в "
                            "глазах общины. При неумелом — превращаются в "
                            "давление.</p><ul><li><strong>Слово уважаемого старшего.</strong> "
                            "Аксакал или уважаемая женщина общины может открыть встречу, "
                            "напомнить обеим сторонам о добрососедстве и дать бату, "
                            "благословение, договорённости, которой стороны достигли сами. Роль "
                            "старшего — поддержать, а не диктовать "
                            "условия.</li><li><strong>Общий дастархан.</strong> Сесть за один "
                            "дастархан после договорённости — сильный публичный знак того, что "
                            "отношения восстановлены. Дастархан должен завершать договорённость, "
                            "а не заменять разговор: угощение до того, как вопрос решён, может "
                            "оставить у пострадавшей стороны чувство, что её обиду просто "
                            "замяли.</li><li><strong>Публичное извинение.</strong> Во многих "
                            "общинах искреннее извинение при уважаемых людях значит больше, чем "
                            "компенсация. Заранее согласуйте его форму с обеими сторонами: кто "
                            "извиняется, перед кем, какими словами, в чьём присутствии. "
                            "Вынужденное извинение унижает и рождает новую "
                            "обиду.</li></ul><h3>Как сохранить добровольность и "
                            "нейтральность</h3><p>Закон «О медиации» основан на принципах, среди "
                            "которых добровольность, равноправие сторон, независимость и "
                            "беспристрастность медиатора и конфиденциальность. Традиционные "
                            "формы должны соответствовать этим принципам, а не заменять их. На "
                            "практике:</p><ol><li>Спросите каждую сторону отдельно, хочет ли она "
                            "участия аксакалов, религиозного лидера или общего дастархана и в "
                            "какой роли.</li><li>Следите, чтобы старейшины и уважаемые люди были "
                            "от обеих сторон и чтобы звучали голоса женщин и молодёжи, а не "
                            "только старших мужчин.</li><li>Открыто скажите, что любая сторона "
                            "может отказаться от предложения: «аксакалы решили» — не причина "
                            "принимать условия, с которыми человек не "
                            "согласен.</li><li>Договоритесь, что будет сказано публично, а что "
                            "останется конфиденциальным.</li><li>Если договорённость должна быть "
                            "обязательной для сторон, оформите её, помимо традиционного ритуала, "
                            "письменным соглашением об урегулировании спора.</li></ol>"
                        ),
                        "en": (
                            "<h3>Traditional forms of reconciliation</h3><p>Kazakhstan has long "
                            "traditions of settling disputes through respected people and shared "
                            "rituals. Used well, they give an agreement weight in the eyes of "
                            "the community. Used badly, they turn into "
                            "pressure.</p><ul><li><strong>The respected elder's word.</strong> "
                            "An aksakal or a respected woman of the community can open the "
                            "meeting, remind both sides of good neighbourliness and give a "
                            "blessing (bata) to an agreement the parties have reached "
                            "themselves. The elder's role is to support, not to dictate "
                            "terms.</li><li><strong>Shared meal (dastarkhan).</strong> Sitting "
                            "at one dastarkhan after an agreement is a strong public sign that "
                            "relations are restored. The meal should crown the agreement, not "
                            "replace the conversation: a meal served before the issue is settled "
                            "can leave the injured side feeling that its grievance was “hushed "
                            "up”.</li><li><strong>Public apology.</strong> In many communities a "
                            "sincere apology in front of respected people matters more than "
                            "compensation. Agree its form with both sides in advance: who "
                            "apologises, to whom, in what words and in front of whom. A forced "
                            "apology humiliates and creates a new "
                            "grievance.</li></ul><h3>Keeping voluntariness and "
                            "neutrality</h3><p>The Law “On Mediation” rests on principles that "
                            "include voluntariness, the equality of the parties, the "
                            "independence and impartiality of the mediator, and confidentiality. "
                            "Traditional forms must fit these principles, not replace them. In "
                            "practice:</p><ol><li>Ask each party separately whether they want "
                            "elders, a religious leader or a shared meal to be involved, and in "
                            "what role.</li><li>Make sure elders and respected people come from "
                            "both sides, and that women and young people are heard, not only "
                            "senior men.</li><li>Say openly that any party may refuse a "
                            "proposal: “the elders have decided” is no reason for anyone to "
                            "accept terms they disagree with.</li><li>Agree what will be said in "
                            "public and what stays confidential.</li><li>Where the agreement "
                            "must bind the parties, record it, in addition to the traditional "
                            "ritual, in a written agreement on settling the dispute.</li></ol>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "kk": (
                            "<h3>Этномедиатор рөлінің шегі</h3><p>Рөліңіздің қай жерде "
                            "аяқталатынын білу тараптарды да, өзіңізді де "
                            "қорғайды.</p><ul><li><strong>Сіз тергеуші де, сот та "
                            "емессіз.</strong> Төбелестегі немесе қылмыстағы кінәні анықтау — "
                            "полиция мен соттың ісі. Зорлық-зомбылық немесе қылмыс болған жерде "
                            "алдымен заң әрекет етеді; медиация мен татуласу қатар жүруі мүмкін, "
                            "бірақ заң осындай іс үшін жол беретін шекте "
                            "ғана.</li><li><strong>Жер мен суды сіз бөлмейсіз.</strong> Жер "
                            "телімдері мен суармалы суды уәкілетті органдар бөледі, ал дау "
                            "туындаса, сот шешеді. Сіз тараптарға сұрақтарын дайындауға және "
                            "шешімді қалай орындайтынын келісуге көмектесе аласыз, бірақ "
                            "нәтижеге уәде бере алмайсыз.</li><li><strong>Басқалардың атынан "
                            "кепілдік бермейсіз.</strong> Іс жабылады, рұқсат беріледі немесе "
                            "лауазымды адам жазаланады деп ешқашан уәде "
                            "бермеңіз.</li><li><strong>Лауазымды адам мен медиатор — екі бөлек "
                            "рөл.</strong> Келіссөз жүргізуші дайындығынан өткен әкімдік немесе "
                            "полиция қызметкері бұл дағдыларды өз жұмысында пайдаланады, бірақ "
                            "заң оған медиатор ретінде әрекет етуге рұқсат бермеуі мүмкін. "
                            "Келіссөз жүргізуші ретінде оқудан өту мен медиатор болуға құқылы "
                            "болу — әр түрлі нәрсе.</li><li><strong>Бейтараптығыңызға күмән "
                            "болса, шегініңіз.</strong> Тараптардың біріне туыс болсаңыз, оған "
                            "тәуелді болсаңыз немесе көпшілік алдында бір тарапты жақтап "
                            "қойсаңыз, істі әріптесіңізге беріңіз немесе басқа қауымдастықтан "
                            "шыққан әріптеспен бірлесіп медиация жүргізіңіз.</li></ul>"
                        ),
                        "ru": (
                            "<h3>Границы роли этномедиатора</h3><p>Понимание того, где "
                            "заканчивается ваша роль, защищает и стороны, и вас "
                            "самих.</p><ul><li><strong>Вы не следователь и не судья.</strong> "
                            "Устанавливать вину в драке или преступлении — дело полиции и суда. "
                            "Если было насилие или преступление, сначала действует закон; "
                            "медиация и примирение могут идти параллельно, но только в тех "
                            "пределах, которые закон допускает для такого "
                            "дела.</li><li><strong>Вы не распределяете землю и воду.</strong> "
                            "Земельные участки и поливную воду распределяют уполномоченные "
                            "органы, а в случае спора решает суд. Вы можете помочь сторонам "
                            "подготовить вопросы и договориться, как они будут выполнять "
                            "решение, но не обещать результат.</li><li><strong>Вы не даёте "
                            "гарантий за других.</strong> Никогда не обещайте, что дело закроют, "
                            "разрешение выдадут или должностное лицо "
                            "накажут.</li><li><strong>Должностное лицо и медиатор — разные "
                            "роли.</strong> Сотрудник акимата или полиции, прошедший обучение "
                            "переговорщика, применяет эти навыки в своей работе, но закон может "
                            "не позволять ему выступать медиатором. Пройти обучение "
                            "переговорщика и иметь право быть медиатором — разные "
                            "вещи.</li><li><strong>Отойдите в сторону, если сомневаетесь в своей "
                            "нейтральности.</strong> Если вы родственник одной из сторон, "
                            "зависите от неё или уже публично поддержали одну из сторон, "
                            "передайте случай коллеге или проводите медиацию вместе с "
                            "комедиатором из другой общины.</li></ul>"
                        ),
                        "en": (
                            "<h3>The limits of the ethnomediator's role</h3><p>Knowing where "
                            "your role ends protects both the parties and "
                            "you.</p><ul><li><strong>You are not an investigator or a "
                            "judge.</strong> Establishing guilt for a fight or a crime is the "
                            "job of the police and the courts. Where there has been violence or "
                            "a crime, the law acts first; mediation and reconciliation may run "
                            "alongside, but only within what the law allows for that kind of "
                            "case.</li><li><strong>You do not allocate land or water.</strong> "
                            "Land plots and irrigation water are allocated by the competent "
                            "authorities, and disputes over them are decided by the courts. You "
                            "can help the parties prepare their questions and agree how they "
                            "will carry out a decision, but you cannot promise a "
                            "result.</li><li><strong>You give no guarantees on behalf of "
                            "others.</strong> Never promise that a case will be closed, a permit "
                            "issued or an official punished.</li><li><strong>An official and a "
                            "mediator are different roles.</strong> An akimat or police employee "
                            "who has completed negotiator training uses these skills in their "
                            "work, but the law may not allow them to act as a mediator. Being "
                            "trained as a negotiator and being eligible to act as a mediator are "
                            "different things.</li><li><strong>Step back if your neutrality is "
                            "in doubt.</strong> If you are related to one of the parties, depend "
                            "on them or have already taken a side in public, hand the case to a "
                            "colleague or co-mediate with a colleague from the other "
                            "community.</li></ul>"
                        ),
                    },
                },
                {
                    "type": "role_play",
                    "value": {
                        "title": {
                            "kk": "Арықтағы су кестесі",
                            "ru": "График полива на арыке",
                            "en": "The irrigation schedule on the canal",
                        },
                        "situation": {
                            "kk": (
                                "<p>Бұл — оқу мысалы; есімдер мен жерлер ойдан алынған. "
                                "Түркістан облысындағы бір ауылда жазғы суару кестесі "
                                "өзгертілді. Арықтың төменгі жағындағы фермерлер, олардың көбі "
                                "бір этностық қауымдастықтан, үш апта бойы суды түн ортасында "
                                "ғана алатынын немесе мүлде ала алмайтынын айтады. Өткен аптада "
                                "екі көрші, Мұрат пен Баходир, су бөлгіштің жанында ұрысып, "
                                "бірін-бірі итеріп жіберді; енді ауыл чатында «олар біздің "
                                "суымызды алып жатыр» деген жазбалар шығып жатыр. Ешкім жарақат "
                                "алған жоқ, учаскелік полиция инспекторы екеуімен де "
                                "сөйлесті.</p><p>Ауылдық округ әкімі Ассамблеяның өңірлік "
                                "медиация кабинетінен келіссөз жүргізуші-этномедиатор сұрады. "
                                "Кездесу ауыл мектебінде өтеді. Сыйлы ақсақал мәселені «ескіше "
                                "шешуді» ұсынады: екеуі сол күні кешке дастарқан басында қол "
                                "алысса болды.</p>"
                            ),
                            "ru": (
                                "<p>Это учебный пример; имена и места вымышлены. В одном из сёл "
                                "Туркестанской области изменили летний график полива. Фермеры в "
                                "нижней части арыка, большинство из которых принадлежит к одной "
                                "этнической общине, говорят, что три недели получают воду только "
                                "глубокой ночью или не получают вовсе. На прошлой неделе двое "
                                "соседей, Мурат и Баходир, поссорились у водораспределителя и "
                                "толкнули друг друга; теперь в сельском чате появляются посты "
                                "«они забирают нашу воду». Никто не пострадал, участковый "
                                "инспектор полиции поговорил с обоими.</p><p>Аким сельского "
                                "округа попросил региональный кабинет медиации Ассамблеи "
                                "прислать переговорщика-этномедиатора. Встреча проходит в "
                                "сельской школе. Уважаемый аксакал предлагает решить всё "
                                "«по-старому»: пусть оба сегодня же вечером пожмут друг другу "
                                "руки за дастарханом.</p>"
                            ),
                            "en": (
                                "<p>This is a training example; names and places are invented. "
                                "In a village in Turkistan region the summer irrigation schedule "
                                "has been changed. Farmers at the lower end of the canal, most "
                                "of whom belong to one ethnic community, say that for three "
                                "weeks they have received water only late at night or not at "
                                "all. Last week two neighbours, Murat and Bakhodir, argued at "
                                "the sluice gate and pushed each other; now posts in the village "
                                "chat say “they are taking our water”. Nobody was injured, and "
                                "the local police inspector has spoken to both men.</p><p>The "
                                "akim of the rural district has asked the Assembly's regional "
                                "mediation office for a negotiator-ethnomediator. The meeting "
                                "takes place in the village school. A respected aksakal proposes "
                                "to “settle it the old way”: the two men shake hands at a "
                                "dastarkhan that same evening.</p>"
                            ),
                        },
                        "roles": [
                            {
                                "name": {
                                    "kk": "Этномедиатор",
                                    "ru": "Этномедиатор",
                                    "en": "Ethnomediator",
                                },
                                "brief": {
                                    "kk": (
                                        "Кездесуді дайындап, жүргізіңіз. Әр тараптан кездесуге "
                                        "қатысуға және ақсақал мен дастарқанды тартуға "
                                        "келісетінін жеке-жеке сұраңыз. Назарды ұлтқа емес, су "
                                        "кестесіне аударыңыз. Бейтарап болыңыз және әкімдік әлі "
                                        "шешпеген нәрсеге уәде бермеңіз."
                                    ),
                                    "ru": (
                                        "Подготовьте и проведите встречу. Спросите каждую "
                                        "сторону отдельно, согласна ли она участвовать и "
                                        "привлекать аксакала и дастархан. Переведите внимание с "
                                        "национальности на график полива. Оставайтесь нейтральны "
                                        "и не обещайте того, что акимат ещё не решил."
                                    ),
                                    "en": (
                                        "Prepare and lead the meeting. Ask each party separately "
                                        "whether they agree to take part and to involve the "
                                        "aksakal and a dastarkhan. Move the focus from ethnicity "
                                        "to the irrigation schedule. Stay neutral and do not "
                                        "promise anything the akimat has not decided."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Мұрат, арықтың жоғарғы жағындағы фермер",
                                    "ru": "Мурат, фермер в верхней части арыка",
                                    "en": "Murat, a farmer at the upper end of the canal",
                                },
                                "brief": {
                                    "kk": (
                                        "Сізді су ұрлады деп айыптап жатқандай сезінесіз, бірақ "
                                        "сіз әкімдік жариялаған кестені сақтайсыз. Сөйлесуге "
                                        "дайынсыз, бірақ жасамаған ісіңіз үшін кешірім "
                                        "сұрамайсыз. Сіздің мүддеңіз — әділ әрі түсінікті кесте "
                                        "және ауылдағы абыройыңыз."
                                    ),
                                    "ru": (
                                        "Вы чувствуете, что вас обвиняют в краже воды, хотя вы "
                                        "соблюдаете график, объявленный акиматом. Вы готовы "
                                        "разговаривать, но не будете извиняться за то, чего не "
                                        "делали. Ваши интересы — справедливый и понятный график "
                                        "и доброе имя в селе."
                                    ),
                                    "en": (
                                        "You feel accused of stealing water, although you follow "
                                        "the schedule announced by the akimat. You are ready to "
                                        "talk but will not apologise “for something I didn't "
                                        "do”. Your interests are a fair and clear schedule and "
                                        "your good name in the village."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Баходир, арықтың төменгі жағындағы фермер",
                                    "ru": "Баходир, фермер в нижней части арыка",
                                    "en": "Bakhodir, a farmer at the lower end of the canal",
                                },
                                "brief": {
                                    "kk": (
                                        "Егініңіз қурап барады, отбасыңыздың күнкөрісі өнімге "
                                        "байланысты. Чаттағы жазбаларға ашуланасыз, қорлау "
                                        "тоқтағанын қалайсыз. Қол алысуға келісесіз, бірақ кесте "
                                        "шынымен өзгеріп, оны біреу тексеріп отыратын болса "
                                        "ғана."
                                    ),
                                    "ru": (
                                        "Ваш урожай засыхает, и от него зависит жизнь вашей "
                                        "семьи. Вы злитесь на посты в чате и хотите, чтобы "
                                        "оскорбления прекратились. Вы согласитесь пожать руку, "
                                        "но только если график действительно изменится и кто-то "
                                        "будет следить за его соблюдением."
                                    ),
                                    "en": (
                                        "Your crops are drying out and your family lives on the "
                                        "harvest. You are angry about the posts in the chat and "
                                        "want the insults to stop. You will agree to shake "
                                        "hands, but only if the schedule really changes and "
                                        "someone checks that it is kept."
                                    ),
                                },
                            },
                            {
                                "name": {
                                    "kk": "Жақсылық ата, ақсақал",
                                    "ru": "Жаксылык-ата, аксакал",
                                    "en": "Zhaksylyk-ata, an aksakal",
                                },
                                "brief": {
                                    "kk": (
                                        "Екі отбасын да ондаған жылдан бері білесіз және той "
                                        "маусымы басталғанша оларды тезірек татуластырғыңыз "
                                        "келеді. Дастарқан басында қол алысу жеткілікті деп "
                                        "ойлайсыз. Медиатор сіздің рөліңізді құрметтеп, сізге "
                                        "мәнді міндет берсе, басқа жолмен келісесіз."
                                    ),
                                    "ru": (
                                        "Вы знаете обе семьи десятки лет и хотите помирить их "
                                        "поскорее, до начала сезона свадеб. Вы считаете, что "
                                        "рукопожатия за дастарханом достаточно. Вы согласитесь "
                                        "на другой путь, если медиатор проявит уважение к вашей "
                                        "роли и даст вам значимую задачу."
                                    ),
                                    "en": (
                                        "You have known both families for decades and want to "
                                        "reconcile them quickly, before the wedding season. You "
                                        "think a handshake at the dastarkhan is enough. You will "
                                        "accept another approach if the mediator respects your "
                                        "role and gives you a meaningful task."
                                    ),
                                },
                            },
                        ],
                        "observer_checklist": [
                            {
                                "kk": (
                                    "Медиатор әр тараптан қатысу туралы, ақсақал мен дастарқан "
                                    "туралы жеке-жеке әрі еркін таңдау қалдырып сұрады ма?"
                                ),
                                "ru": (
                                    "Спросил ли медиатор каждую сторону отдельно и без давления "
                                    "об участии, об аксакале и о дастархане?"
                                ),
                                "en": (
                                    "Did the mediator ask each party separately and without "
                                    "pressure about taking part, the aksakal and the dastarkhan?"
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор мәселені ұлттық белгілерсіз, су кестесінің "
                                    "мәселесі ретінде сипаттады ма?"
                                ),
                                "ru": (
                                    "Описал ли медиатор проблему как вопрос графика полива, без "
                                    "этнических ярлыков?"
                                ),
                                "en": (
                                    "Did the mediator describe the problem as an irrigation "
                                    "schedule issue, without ethnic labels?"
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор ақсақалға құрметті рөл беріп, бірақ тараптардың "
                                    "орнына шешім қабылдауына жол бермеді ме?"
                                ),
                                "ru": (
                                    "Дал ли медиатор аксакалу почётную роль, не позволив ему "
                                    "решать за стороны?"
                                ),
                                "en": (
                                    "Did the mediator give the aksakal a respected role without "
                                    "letting him decide for the parties?"
                                ),
                            },
                            {
                                "kk": (
                                    "Екі фермердің мүдделері (әділ кесте, абырой, өнім, "
                                    "қорлаудың тоқтауы) аталды ма?"
                                ),
                                "ru": (
                                    "Были ли названы интересы обоих фермеров (справедливый "
                                    "график, доброе имя, урожай, прекращение оскорблений)?"
                                ),
                                "en": (
                                    "Were the interests of both farmers named (a fair schedule, "
                                    "good name, the harvest, an end to insults)?"
                                ),
                            },
                            {
                                "kk": (
                                    "Медиатор әкімдіктің құзыретіндегі шешімдерге уәде бермей, "
                                    "кесте мәселесін әкімдікке кім жеткізетінін келісті ме?"
                                ),
                                "ru": (
                                    "Избежал ли медиатор обещаний по решениям, которые относятся "
                                    "к акимату, и договорились ли, кто передаст вопрос графика в "
                                    "акимат?"
                                ),
                                "en": (
                                    "Did the mediator avoid promising decisions that belong to "
                                    "the akimat, and agree who will take the schedule question "
                                    "to it?"
                                ),
                            },
                            {
                                "kk": (
                                    "Келесі қадамдар келісілді ме: кім не істейді, қай мерзімге "
                                    "дейін және ауыл чатында не айтылады?"
                                ),
                                "ru": (
                                    "Согласованы ли следующие шаги: кто что делает, в какой срок "
                                    "и что будет сказано в сельском чате?"
                                ),
                                "en": (
                                    "Were next steps agreed: who does what, by when, and what "
                                    "will be said in the village chat?"
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
                                "Отбасыңызда немесе қауымдастығыңызда көрген татуластырудың бір "
                                "дәстүрлі нысанын еске түсіріңіз. Оны барлығына әділ еткен не "
                                "еді және дәл сол рәсім қай кезде тараптардың біріне қысымға "
                                "айналуы мүмкін?"
                            ),
                            "ru": (
                                "Вспомните традиционную форму примирения, которую вы видели в "
                                "своей семье или общине. Что сделало её справедливой для всех и "
                                "в каком случае тот же ритуал мог бы стать давлением на одну из "
                                "сторон?"
                            ),
                            "en": (
                                "Recall a traditional form of reconciliation you have seen in "
                                "your family or community. What made it feel fair to everyone, "
                                "and when could the same ritual turn into pressure on one of the "
                                "parties?"
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
                                    "kk": "Әкімдік",
                                    "ru": "Акимат",
                                    "en": "Akimat",
                                },
                                "definition": {
                                    "kk": (
                                        "Облыстың, қаланың немесе ауданның жергілікті атқарушы "
                                        "органы; жер, жол, базар, көпшілік іс-шаралары сияқты "
                                        "даулардың астарындағы көптеген нақты мәселелерді "
                                        "шешеді."
                                    ),
                                    "ru": (
                                        "Местный исполнительный орган области, города или "
                                        "района; решает многие практические вопросы, стоящие за "
                                        "спорами: землю, дороги, рынки, массовые мероприятия."
                                    ),
                                    "en": (
                                        "The local executive body of a region, city or district; "
                                        "it decides many of the practical questions behind "
                                        "disputes, such as land, roads, markets and public "
                                        "events."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Учаскелік полиция инспекторы",
                                    "ru": "Участковый инспектор полиции",
                                    "en": "Local police inspector",
                                },
                                "definition": {
                                    "kk": (
                                        "Белгілі бір аумақта қоғамдық тәртіп пен тұрғындардың "
                                        "қауіпсіздігіне жауапты полиция қызметкері; "
                                        "зорлық-зомбылық немесе құқық бұзушылық қаупі болғанда "
                                        "алғашқы байланыс."
                                    ),
                                    "ru": (
                                        "Сотрудник полиции, отвечающий за общественный порядок и "
                                        "безопасность жителей на определённом участке; первый "
                                        "контакт при угрозе насилия или правонарушения."
                                    ),
                                    "en": (
                                        "The police officer responsible for public order and "
                                        "residents' safety in a given area; the first contact "
                                        "when there is a risk of violence or an offence."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Ақсақалдар кеңесі",
                                    "ru": "Совет аксакалов",
                                    "en": "Council of elders (aksakals)",
                                },
                                "definition": {
                                    "kk": (
                                        "Сөзі қауымдастықта моральдық беделге ие сыйлы "
                                        "үлкендердің жиыны; этномедиацияда келісімді қолдайды, "
                                        "бірақ оны тараптарға таңбайды."
                                    ),
                                    "ru": (
                                        "Собрание уважаемых старейшин, чьё слово имеет моральный "
                                        "авторитет в общине; в этномедиации поддерживает "
                                        "договорённость, но не навязывает её сторонам."
                                    ),
                                    "en": (
                                        "A gathering of respected elders whose word carries "
                                        "moral authority in the community; in ethnomediation it "
                                        "supports an agreement but does not impose it on the "
                                        "parties."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Дастарқан",
                                    "ru": "Дастархан",
                                    "en": "Dastarkhan",
                                },
                                "definition": {
                                    "kk": (
                                        "Ортақ ас жайылған үстел; келісімге қол жеткізілгеннен "
                                        "кейін бір дастарқан басында отыру қарым-қатынастың "
                                        "қалпына келгенін көпшілікке білдіреді."
                                    ),
                                    "ru": (
                                        "Накрытый стол с общим угощением; совместная трапеза "
                                        "после достигнутой договорённости публично показывает, "
                                        "что отношения восстановлены."
                                    ),
                                    "en": (
                                        "A table laid with a shared meal; sitting at one "
                                        "dastarkhan after an agreement has been reached shows "
                                        "publicly that relations are restored."
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
                                        "Тараптар медиацияға қатысуға, дәстүрлі рәсімдерге және "
                                        "шарттарға тек өз еркімен келіседі және кез келген "
                                        "кезеңде бас тарта алады деген қағидат."
                                    ),
                                    "ru": (
                                        "Принцип, по которому стороны участвуют в медиации, "
                                        "соглашаются на традиционные ритуалы и условия только по "
                                        "своей воле и могут отказаться на любом этапе."
                                    ),
                                    "en": (
                                        "The principle that the parties take part in mediation "
                                        "and agree to traditional rituals and terms only of "
                                        "their own free will, and may withdraw at any stage."
                                    ),
                                },
                            },
                            {
                                "term": {
                                    "kk": "Бейтараптық",
                                    "ru": "Нейтральность",
                                    "en": "Neutrality",
                                },
                                "definition": {
                                    "kk": (
                                        "Медиатор ешбір тараптың, қауымдастықтың немесе "
                                        "институттың жағын ұстамайды және тараптардың орнына "
                                        "шешім қабылдамайды."
                                    ),
                                    "ru": (
                                        "Медиатор не принимает сторону ни одной из сторон, общин "
                                        "или институтов и не решает за стороны."
                                    ),
                                    "en": (
                                        "The mediator does not take the side of any party, "
                                        "community or institution and does not decide for the "
                                        "parties."
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
