"""Home page, programmes and courses of the demo site; modules and lessons live beside this file.

Every user-visible string is a {"kk", "ru", "en"} dict (see FORMAT.md).
"""

HOME = {
    "title": {
        "kk": "Келісім: этномедиаторларды оқыту",
        "ru": "Келісім: обучение этномедиаторов",
        "en": "Kelisim: training ethnomediators",
    },
    "intro": {
        "kk": (
            "<p>Келісім — Қазақстан халқы Ассамблеясының қоғамдық медиаторларын, кәсіби "
            "медиаторларын және келіссөз жүргізуші-этномедиаторларын оқытуға арналған платформа. "
            "Сабақтарды қазақ, орыс немесе ағылшын тілінде, телефоннан да, баяу интернетте де "
            "оқуға болады.</p>"
        ),
        "ru": (
            "<p>Келісім — платформа для обучения общественных и профессиональных медиаторов и "
            "переговорщиков-этномедиаторов Ассамблеи народа Казахстана. Занятия можно проходить "
            "на казахском, русском или английском языке, в том числе с телефона и при медленном "
            "интернете.</p>"
        ),
        "en": (
            "<p>Kelisim trains public mediators, professional mediators and "
            "negotiator-ethnomediators for the Assembly of People of Kazakhstan. Lessons can be "
            "studied in Kazakh, Russian or English, on a phone and over a slow connection.</p>"
        ),
    },
}

PROGRAMMES = [
    {
        "slug": "negotiator-ethnomediator",
        "module_files": [
            "negotiator_01_legal_framework",
            "negotiator_02_conflictology",
            "negotiator_03_interethnic_relations",
            "negotiator_04_communication",
            "negotiator_05_negotiation",
            "negotiator_06_mediation_procedure",
            "negotiator_07_ethnomediation_practice",
            "negotiator_08_ethics",
            "negotiator_09_assessment",
        ],
        "title": {
            "kk": "Келіссөз жүргізуші-этномедиатор бағдарламасы",
            "ru": "Программа «Переговорщик-этномедиатор»",
            "en": "Negotiator-ethnomediator programme",
        },
        "summary": {
            "kk": (
                "Этносаралық дауларды алдын алуға және шешуге үйрететін 72 академиялық сағаттық "
                "бағдарлама; уақыттың шамамен 60 пайызы — тәжірибе."
            ),
            "ru": (
                "Программа на 72 академических часа по предупреждению и урегулированию "
                "межэтнических споров; около 60 процентов времени — практика."
            ),
            "en": (
                "A 72-academic-hour programme in preventing and settling interethnic disputes; "
                "about 60 per cent of the time is practice."
            ),
        },
        "academic_hours": 72,
        "delivery_mode": "blended",
        "target_qualification": {
            "kk": (
                "Келіссөз жүргізуші-этномедиатор (Ассамблея пулы): құзыреттілік куәлігі, "
                "медиатордың заңды мәртебесі емес."
            ),
            "ru": (
                "Переговорщик-этномедиатор (пул Ассамблеи): подтверждение компетенции, "
                "а не правовой статус медиатора."
            ),
            "en": (
                "Negotiator-ethnomediator (Assembly pool): a competency credential, not the "
                "legal status of a mediator."
            ),
        },
        "intro": {
            "kk": (
                "<p>Бағдарлама құқықтық негіздерден басталып, конфликтология, этносаралық "
                "қатынастар, коммуникация, келіссөз және медиация рәсімі арқылы "
                "этномедиация тәжірибесіне және әдепке жетелейді. Соңында қорытынды тест пен "
                "бағаланатын рөлдік ойын өтеді.</p><p>Топтар 10 адамнан аспайды; оқу "
                "бетпе-бет немесе аралас форматта жүреді.</p>"
            ),
            "ru": (
                "<p>Программа ведёт от правовых основ через конфликтологию, межэтнические "
                "отношения, коммуникацию, переговоры и процедуру медиации к практике "
                "этномедиации и этике. В конце — итоговый тест и оцениваемая ролевая игра.</p>"
                "<p>Группы не больше 10 человек; обучение очное или смешанное.</p>"
            ),
            "en": (
                "<p>The programme leads from the legal framework through conflictology, "
                "interethnic relations, communication, negotiation and the mediation procedure "
                "to ethnomediation practice and ethics. It ends with a final test and an "
                "assessed role-play.</p><p>Groups have at most 10 trainees; training is in "
                "person or blended.</p>"
            ),
        },
        "learning_outcomes": [
            {
                "kk": "Этносаралық шиеленістің ерте белгілерін танып, уақтылы әрекет ету.",
                "ru": "Распознавать ранние признаки межэтнической напряжённости и вовремя реагировать.",
                "en": "Recognise early signs of interethnic tension and respond in time.",
            },
            {
                "kk": "Тараптардың ұстанымынан мүддесіне өтетін келіссөз жүргізу.",
                "ru": "Вести переговоры, переходя от позиций сторон к их интересам.",
                "en": "Lead negotiations that move the parties from positions to interests.",
            },
            {
                "kk": "Медиация рәсімін бейтарап әрі құпиялылықты сақтай отырып өткізу.",
                "ru": "Проводить процедуру медиации нейтрально и с соблюдением конфиденциальности.",
                "en": "Conduct a mediation neutrally and confidentially.",
            },
        ],
        "course": {
            "slug": "negotiator-ethnomediator-course",
            "title": {
                "kk": "Келіссөз жүргізуші-этномедиатор курсы",
                "ru": "Курс «Переговорщик-этномедиатор»",
                "en": "Negotiator-ethnomediator course",
            },
            "summary": {
                "kk": "Тоғыз модуль: құқықтан бастап бағаланатын рөлдік ойынға дейін.",
                "ru": "Девять модулей: от права до оцениваемой ролевой игры.",
                "en": "Nine modules: from the law to the assessed role-play.",
            },
            "academic_hours": 72,
            "delivery_mode": "blended",
            "learning_outcomes": [
                {
                    "kk": "Медиация туралы заңның негізгі талаптарын түсіндіру.",
                    "ru": "Объяснять основные требования закона о медиации.",
                    "en": "Explain the main requirements of the law on mediation.",
                },
                {
                    "kk": "Бақылаушы тізімі бойынша бағаланатын рөлдік ойынды өткізу.",
                    "ru": "Провести ролевую игру, оцениваемую по чек-листу наблюдателя.",
                    "en": "Conduct a role-play assessed against an observer checklist.",
                },
            ],
        },
    },
    {
        "slug": "public-mediator",
        "module_files": [
            "foundations_01_what_is_mediation",
            "foundations_02_the_mediation_process",
            "foundations_03_communication_basics",
            "foundations_04_ethnomediation_basics",
            "foundations_05_final_review",
        ],
        "title": {
            "kk": "Қоғамдық медиаторларды даярлау",
            "ru": "Подготовка общественных медиаторов",
            "en": "Public mediator training",
        },
        "summary": {
            "kk": (
                "Жергілікті қоғамдастық сайлаған қоғамдық медиаторларға арналған бастапқы даярлық."
            ),
            "ru": "Начальная подготовка общественных медиаторов, избранных местным сообществом.",
            "en": "Initial training for public mediators elected by their local community.",
        },
        "academic_hours": 36,
        "delivery_mode": "in_person",
        "target_qualification": {
            "kk": "Қоғамдық медиатор (этномедиатор).",
            "ru": "Общественный медиатор (этномедиатор).",
            "en": "Public mediator (ethnomediator).",
        },
        "intro": {
            "kk": (
                "<p>Қоғамдық медиатор қоғамдық негізде жұмыс істейді: көршілер, ауыл "
                "тұрғындары, бірлестіктер арасындағы дауларды татуластыруға көмектеседі. "
                "Курс медиацияның қағидаттары мен рәсімін, коммуникацияны және этномедиация "
                "негіздерін береді.</p>"
            ),
            "ru": (
                "<p>Общественный медиатор работает на общественных началах: помогает "
                "примирить соседей, жителей села, членов объединений. Курс даёт принципы и "
                "процедуру медиации, навыки коммуникации и основы этномедиации.</p>"
            ),
            "en": (
                "<p>A public mediator works on a voluntary basis, helping neighbours, villagers "
                "and members of associations settle their disputes. The course covers the "
                "principles and procedure of mediation, communication and the basics of "
                "ethnomediation.</p>"
            ),
        },
        "learning_outcomes": [
            {
                "kk": "Медиацияның сот пен төрелік тәсілдерден айырмашылығын түсіндіру.",
                "ru": "Объяснять отличие медиации от суда и арбитража.",
                "en": "Explain how mediation differs from court and arbitration.",
            },
            {
                "kk": "Қарапайым тұрмыстық дау бойынша медиация сессиясын өткізу.",
                "ru": "Провести сессию медиации по несложному бытовому спору.",
                "en": "Run a mediation session on a simple everyday dispute.",
            },
        ],
        "course": {
            "slug": "foundations-of-mediation",
            "title": {
                "kk": "Медиация және этномедиация негіздері",
                "ru": "Основы медиации и этномедиации",
                "en": "Foundations of mediation and ethnomediation",
            },
            "summary": {
                "kk": "36 академиялық сағаттық курс; қорытынды тестпен аяқталады.",
                "ru": "Курс на 36 академических часов; завершается итоговым тестом.",
                "en": "A 36-academic-hour course ending with a final test.",
            },
            "academic_hours": 36,
            "delivery_mode": "in_person",
            "learning_outcomes": [
                {
                    "kk": "Медиация қағидаттарын тәжірибеде қолдану.",
                    "ru": "Применять принципы медиации на практике.",
                    "en": "Apply the principles of mediation in practice.",
                },
                {
                    "kk": "Даудың этникалық астарын байқап, оны сезімталдықпен шешу.",
                    "ru": "Замечать этнический подтекст спора и работать с ним деликатно.",
                    "en": "Notice the ethnic undertone of a dispute and handle it with care.",
                },
            ],
        },
    },
]
