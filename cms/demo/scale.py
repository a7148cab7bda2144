"""A synthetic national-scale population on top of the demo, for benchmarks (issue 6): trainees
with Kazakh and Russian names spread over the 20 regions, their associations, cohorts, sessions,
enrolments, completions, attendance, practice, graded attempts, documents, register entries,
exclusion flags, election records and certificates; and, on request, an exam-day quiz that the
first trainees can start at once.

Fast because nothing is written row by row: every table is filled in bulk (COPY on PostgreSQL,
`bulk_create` in batches elsewhere), without save() or signals, with one password hash shared by
every trainee, a chunk of trainees per transaction.

Deterministic: trainee `i` draws everything from a generator seeded by (seed, i), so
`bench-000042` is the same person whatever N is. That also makes a second run cheap and safe:
trainees that exist are left alone (their rows were written in the same transaction as their
account), so the same N adds nothing, and a larger N adds only trainees N_old..N_new-1, who join
the cohorts that are already there. A smaller N removes nothing. The dates follow the day of the
run (the last three years), so eligibility windows such as "in the last 12 months" hold.
"""

from __future__ import annotations

import functools
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import ROUND_FLOOR, Decimal
from uuid import UUID

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, models, transaction
from django.utils import timezone
from wagtail.models import Page

from assessments.models import Attempt, QuizDraw, QuizPage, QuizQuestion, SingleChoiceQuestion
from certificates.models import (
    Certificate,
    ElectionRecord,
    ExclusionFlag,
    QualificationProfile,
    RegisterEntry,
    TraineeDocument,
    new_code,
)
from cms.demo import loader, quizzes
from curriculum.models import CoursePage, ModulePage
from lms import conf as lms_conf
from lms import gating
from lms.models import (
    Attendance,
    Cohort,
    Completion,
    CourseRules,
    Enrolment,
    Organisation,
    PersonalDataConsent,
    PracticeRecord,
    Region,
    ScheduleChange,
    Session,
    TraineeProfile,
)
from lms.selectors import kept_session
from lms.validators import iin_check_digit

PASSWORD = "bench-password"
USERNAME = "bench-{:06d}"
MAX_TRAINEES = 1_000_000  # six digits in the username
CHUNK = 5000  # trainees written per transaction
BATCH = 5000  # rows per INSERT
COHORT_BLOCK = 10_000  # trainees whose enrolments share one set of cohorts
MONTHS = 36  # cohorts ran over the last three years
TRAINERS_PER_REGION = 2
GROUP_LETTERS = "АБВГДЕЖЗ"  # parallel groups of a region in the same month

# the demo courses trainees study, and the qualification each course leads to
COURSES = {
    "negotiator-ethnomediator-course": "negotiator-ethnomediator",
    "foundations-of-mediation": "public-mediator",
}

EXAM = {
    "course": {
        "slug": "bench-exam-day",
        "title": {"kk": "Емтихан күні", "ru": "День экзамена", "en": "Exam day"},
        "summary": {
            "kk": "Көп тыңдаушы бір уақытта тапсыратын емтихан (жүктеме сынағы).",
            "ru": "Экзамен, который сдают одновременно сотни слушателей (нагрузочный тест).",
            "en": "An exam hundreds of trainees sit at the same time (load test).",
        },
    },
    "module": {
        "slug": "exam",
        "title": {"kk": "Қорытынды емтихан", "ru": "Итоговый экзамен", "en": "Final examination"},
    },
    "quiz": {
        "slug": "bench-exam",
        "title": {"kk": "Емтихан күні", "ru": "Экзамен", "en": "Exam day"},
        "intro": {
            "kk": "<p>20 сұрақ, 60 минут. Жауаптар жазылған сайын сақталады.</p>",
            "ru": "<p>20 вопросов, 60 минут. Ответы сохраняются по мере ввода.</p>",
            "en": "<p>20 questions, 60 minutes. Answers are saved as you go.</p>",
        },
        "rules": {
            "pass_mark": Decimal(70),
            "max_attempts": 0,
            "cooldown_minutes": 0,
            "time_limit_minutes": 60,
        },
    },
    "questions": 20,
    "cohort": "Емтихан күні · bench",
}

# --- people -----------------------------------------------------------------------------------

# region code: weight (the three cities and Turkistan Region are the largest)
REGION_WEIGHTS = {
    "almaty": 12,
    "astana": 9,
    "shymkent": 7,
    "turkistan": 10,
    "almaty-region": 5,
    "zhambyl": 4,
    "karaganda": 4,
    "east-kazakhstan": 3.5,
    "aktobe": 3.5,
    "kyzylorda": 3.5,
    "atyrau": 3,
    "mangystau": 3,
    "west-kazakhstan": 3,
    "kostanay": 3,
    "pavlodar": 3,
    "akmola": 3,
    "north-kazakhstan": 2.5,
    "abai": 2.5,
    "zhetysu": 2.5,
    "ulytau": 1.5,
}

KAZAKH_MEN = [
    "Нұрлан", "Ерлан", "Асқар", "Дәулет", "Бауыржан", "Ғалым", "Мұрат", "Қанат", "Серік",
    "Талғат", "Жанболат", "Әлихан", "Ілияс", "Өмірзақ", "Ұлан", "Үсен", "Шаһмардан", "Ербол",
    "Айдос", "Нұрсұлтан",
]  # fmt: skip
KAZAKH_WOMEN = [
    "Айгүл", "Гүлнар", "Әсел", "Қарлығаш", "Сәуле", "Динара", "Мәдина", "Ұлжан", "Гүлмира",
    "Айжан", "Ақбота", "Іңкәр", "Үміт", "Жұлдыз", "Әйгерім", "Назгүл", "Шаһида", "Ақмарал",
    "Нұргүл", "Жанар",
]  # fmt: skip
KAZAKH_SURNAMES = [
    "Жұмабаев", "Сәрсенбаев", "Қасымов", "Әбдірахманов", "Нұрғалиев", "Төлеуов", "Ұлықбеков",
    "Үсенов", "Ғабдуллин", "Оспанов", "Мұхаметжанов", "Ысқақов", "Шәріпов", "Мәһмүтов",
    "Бекмұхамбетов", "Құдайбергенов", "Өтегенов", "Ізбасаров", "Байжанов", "Серікбаев",
]  # fmt: skip
OTHER_MEN = [
    "Дмитрий", "Сергей", "Александр", "Андрей", "Виктор", "Игорь", "Олег", "Евгений",
    "Владимир", "Руслан", "Тимур", "Артём",
]  # fmt: skip
OTHER_WOMEN = [
    "Ольга", "Наталья", "Елена", "Ирина", "Татьяна", "Светлана", "Анна", "Мария", "Юлия",
    "Марина", "Алёна", "Виктория",
]  # fmt: skip
# surname: an extra language of mediation its bearer often has
OTHER_SURNAMES = {
    "Иванов": "", "Ковалёв": "", "Петров": "", "Смирнов": "", "Юсупов": "uz", "Рахимов": "uz",
    "Хасанов": "ug", "Масимов": "ug", "Мамедов": "az", "Алиев": "az", "Ким": "ko", "Пак": "ko",
    "Ли": "ko", "Цой": "ko", "Шмидт": "de", "Вебер": "de", "Шевченко": "uk", "Бондаренко": "uk",
    "Хабибуллин": "tt", "Сафин": "tt",
}  # fmt: skip
RUSSIAN_PATRONYMICS = {
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Александр": ("Александрович", "Александровна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Олег": ("Олегович", "Олеговна"),
    "Игорь": ("Игоревич", "Игоревна"),
}
LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

ETHNIC_GROUPS = [
    # kk, ru, en
    ("өзбек", "Узбекское", "Uzbek"),
    ("ұйғыр", "Уйгурское", "Uyghur"),
    ("корей", "Корейское", "Korean"),
    ("неміс", "Немецкое", "German"),
    ("татар", "Татарское", "Tatar"),
    ("украин", "Украинское", "Ukrainian"),
    ("әзербайжан", "Азербайджанское", "Azerbaijani"),
    ("түрік", "Турецкое", "Turkish"),
    ("орыс", "Русское", "Russian"),
    ("дүнген", "Дунганское", "Dungan"),
    ("шешен", "Чеченское", "Chechen"),
    ("поляк", "Польское", "Polish"),
    ("белорус", "Белорусское", "Belarusian"),
    ("тәжік", "Таджикское", "Tajik"),
    ("қырғыз", "Кыргызское", "Kyrgyz"),
    ("грек", "Греческое", "Greek"),
    ("күрд", "Курдское", "Kurdish"),
    ("башқұрт", "Башкирское", "Bashkir"),
    ("армян", "Армянское", "Armenian"),
    ("еврей", "Еврейское", "Jewish"),
]
ASSOCIATIONS_PER_REGION = 10  # 200 over the 20 regions

KAZAKH_MONTHS = [
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
    "қазан", "қараша", "желтоқсан",
]  # fmt: skip
PRACTICE_SUMMARIES = [
    "Көршілер арасындағы жер учаскесінің шекарасы туралы дау.",
    "Базардағы сауда орны үшін екі отбасы арасындағы жанжал.",
    "Мектептегі оқушылар арасындағы ұлтаралық қақтығыс; ата-аналармен кездесу.",
    "Спор соседей о порядке полива; стороны договорились о графике.",
    "Конфликт в многоквартирном доме из-за шума; проведена консультация.",
    "Спор между арендатором и владельцем помещения этнокультурного центра.",
]
ROLE_OF_KIND = {
    PracticeRecord.Kind.OBSERVED: PracticeRecord.Role.OBSERVER,
    PracticeRecord.Kind.CO_MEDIATED: PracticeRecord.Role.CO_MEDIATOR,
    PracticeRecord.Kind.SUPERVISED: PracticeRecord.Role.MEDIATOR,
}


class ScaleError(Exception):
    """The population cannot be built on this database (the demo is missing, a bad size)."""


@dataclass
class Summary:
    """What a run did: rows created per table, how long it took, and the exam-day quiz."""

    created: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0
    exam_url: str = ""


# --- the curriculum trainees study ------------------------------------------------------------


@dataclass
class QuizInfo:
    key: UUID
    pages: dict[str, int]
    pass_mark: Decimal
    max_score: Decimal
    max_attempts: int
    time_limit: int


@dataclass
class LessonInfo:
    key: UUID
    pages: dict[str, int]


@dataclass
class ModuleInfo:
    title: str
    hours: Decimal
    lessons: list[LessonInfo]
    quizzes: list[QuizInfo]


@dataclass
class CourseInfo:
    slug: str
    page_id: int
    key: UUID
    title: str
    profile: QualificationProfile | None
    modules: list[ModuleInfo]


def load_courses() -> list[CourseInfo]:
    """The demo courses with their modules, lessons and quizzes, each page with its id in every
    language, in a handful of queries."""
    courses = list(
        CoursePage.objects.filter(locale__language_code="kk", slug__in=COURSES).order_by("path")
    )
    if len(courses) != len(COURSES):
        raise ScaleError("The demo courses are missing: run `manage.py seed_demo` first.")
    pages = gating.outline(courses)
    keys = {p.translation_key for p in pages}
    translations: dict = defaultdict(dict)
    for key, language, pk in Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "pk"
    ):
        translations[key][language] = pk
    quiz_pages = [p for p in pages if isinstance(p, QuizPage)]
    max_scores = _max_scores(quiz_pages)
    profiles = {p.slug: p for p in QualificationProfile.objects.filter(slug__in=COURSES.values())}
    result = []
    for course in courses:
        modules: list[ModuleInfo] = []
        for page in pages:
            if not page.path.startswith(course.path) or page.pk == course.pk:
                continue
            if page.depth == course.depth + 1:
                modules.append(ModuleInfo(page.title, page.academic_hours or Decimal(4), [], []))
            elif isinstance(page, QuizPage):
                modules[-1].quizzes.append(
                    QuizInfo(
                        key=page.translation_key,
                        pages=translations[page.translation_key],
                        pass_mark=page.pass_mark,
                        max_score=max_scores[page.pk],
                        max_attempts=page.max_attempts,
                        time_limit=page.time_limit_minutes,
                    )
                )
            else:
                modules[-1].lessons.append(
                    LessonInfo(page.translation_key, translations[page.translation_key])
                )
        result.append(
            CourseInfo(
                slug=course.slug,
                page_id=course.pk,
                key=course.translation_key,
                title=course.title,
                profile=profiles.get(COURSES[course.slug]),
                modules=modules,
            )
        )
    return result


def _max_scores(quiz_pages: list[QuizPage]) -> dict[int, Decimal]:
    """What an attempt at each quiz is out of: its fixed questions' marks and its random draws
    (drawn questions count their default mark, 1 in the demo bank)."""
    totals = {q.pk: Decimal(0) for q in quiz_pages}
    for quiz_id, mark, default_mark in QuizQuestion.objects.filter(quiz__in=totals).values_list(
        "quiz_id", "mark", "question__default_mark"
    ):
        totals[quiz_id] += mark if mark is not None else default_mark
    for quiz_id, count, mark in QuizDraw.objects.filter(quiz__in=totals).values_list(
        "quiz_id", "count", "mark"
    ):
        totals[quiz_id] += count * (mark if mark is not None else Decimal(1))
    return totals


# --- shared rows: trainers, associations, cohorts ---------------------------------------------


@dataclass
class World:
    """Everything the trainees point at, loaded or created once per run."""

    today: date
    seed: int
    password: str
    regions: list[Region]
    region_weights: list[float]
    courses: list[CourseInfo]
    trainees_group: Group
    admin_id: int | None
    trainers: dict[int, list[int]]  # region id: trainer user ids
    associations: dict[int, list[int]]  # region id: association ids
    offices: dict[int, int]  # region id: regional mediation office id
    profiles: dict[str, QualificationProfile]
    national: list[int] = field(default_factory=list)  # an association of each region
    cohorts: dict[tuple, int] = field(default_factory=dict)  # (course key, title): cohort id
    sessions: dict[int, list[tuple[int, date, Decimal]]] = field(default_factory=dict)
    created: Counter = field(default_factory=Counter)


def prepare_world(*, seed: int, today: date) -> World:
    """The demo's courses, regions and groups, and the trainers and organisations bench
    trainees share (created on the first run)."""
    User = get_user_model()
    regions = list(Region.objects.order_by("code"))  # by code: the same people on any database
    if not regions:
        raise ScaleError("No regions: run `manage.py migrate` first.")
    trainees_group = Group.objects.filter(name="Trainees").first()
    instructors = Group.objects.filter(name="Instructors").first()
    if trainees_group is None or instructors is None:
        raise ScaleError("The Trainees and Instructors groups are missing: run migrate first.")
    admin = User.objects.filter(username="admin").first()
    world = World(
        today=today,
        seed=seed,
        password=make_password(PASSWORD),
        regions=regions,
        region_weights=[REGION_WEIGHTS.get(r.code, 3) for r in regions],
        courses=load_courses(),
        trainees_group=trainees_group,
        admin_id=admin.pk if admin else None,
        trainers={},
        associations={},
        offices={},
        profiles={p.slug: p for p in QualificationProfile.objects.all()},
    )
    _prepare_trainers(world, instructors)
    _prepare_organisations(world)
    return world


def _prepare_trainers(world: World, instructors: Group) -> None:
    """Two trainers per region: they teach its cohorts, mark attendance and supervise practice."""
    User = get_user_model()
    wanted = {
        f"bench-trainer-{region.code}-{n}": region
        for region in world.regions
        for n in range(1, TRAINERS_PER_REGION + 1)
    }
    existing = set(User.objects.filter(username__in=wanted).values_list("username", flat=True))
    new = [
        User(
            username=username,
            email=f"{username}@example.kz",
            password=world.password,
            first_name="Тренер",
            last_name=region.name_kk,
        )
        for username, region in wanted.items()
        if username not in existing
    ]
    _insert(world.created, User, new)
    ids = dict(User.objects.filter(username__in=wanted).values_list("username", "pk"))
    _insert(
        world.created,
        User.groups.through,
        [User.groups.through(user_id=ids[u.username], group_id=instructors.pk) for u in new],
    )
    for username, region in wanted.items():
        world.trainers.setdefault(region.pk, []).append(ids[username])


def _prepare_organisations(world: World) -> None:
    """A regional mediation office per region (where the demo has none) and ten ethnocultural
    associations in each region."""
    offices = dict(
        Organisation.objects.filter(kind=Organisation.Kind.REGIONAL_OFFICE, region__isnull=False)
        .order_by("-pk")
        .values_list("region_id", "pk")
    )
    associations = []
    new_offices = []
    for index, region in enumerate(world.regions):
        if region.pk not in offices:
            new_offices.append(
                Organisation(
                    kind=Organisation.Kind.REGIONAL_OFFICE,
                    region=region,
                    name_kk=f"{region.name_kk}: медиация кабинеті",
                    name_ru=f"{region.name_ru}: кабинет медиации",
                    name_en=f"{region.name_en} mediation office",
                )
            )
        for n in range(ASSOCIATIONS_PER_REGION):
            kk, ru, en = ETHNIC_GROUPS[(index * 3 + n) % len(ETHNIC_GROUPS)]
            associations.append(
                Organisation(
                    kind=Organisation.Kind.ETHNOCULTURAL_ASSOCIATION,
                    region=region,
                    name_kk=f"{region.name_kk}: {kk} этномәдени бірлестігі",
                    name_ru=f"{ru} этнокультурное объединение ({region.name_ru})",
                    name_en=f"{en} ethnocultural association, {region.name_en}",
                )
            )
    existing = set(
        Organisation.objects.filter(
            name_kk__in=[o.name_kk for o in [*associations, *new_offices]]
        ).values_list("kind", "name_kk")
    )
    _insert(
        world.created,
        Organisation,
        [o for o in [*associations, *new_offices] if (o.kind, o.name_kk) not in existing],
    )
    for kind, region_id, pk in Organisation.objects.filter(
        name_kk__in=[o.name_kk for o in [*associations, *new_offices]]
    ).values_list("kind", "region_id", "pk"):
        if kind == Organisation.Kind.REGIONAL_OFFICE:
            world.offices[region_id] = pk
        else:
            world.associations.setdefault(region_id, []).append(pk)
    for region_id, pk in offices.items():
        world.offices.setdefault(region_id, pk)
    for ids in world.associations.values():
        ids.sort()
    world.national = sorted(ids[0] for ids in world.associations.values() if ids)


@dataclass(frozen=True)
class CohortKey:
    """Which cohort an enrolment belongs to: cohorts are per course, region and month, a
    block of 10,000 trainees shares one set, so they stay seminar-sized as N grows, and the
    larger regions run parallel groups."""

    course: int  # index into World.courses
    region: int  # index into World.regions
    month: int  # months before the current one
    block: int
    group: int  # one of the region's parallel groups


@functools.cache
def _cohort_start(today: date, month: int, region: int) -> date:
    first = (today.replace(day=1) - relativedelta(months=month)) + timedelta(days=2 + region % 9)
    return min(first, today - timedelta(days=14))  # its sessions are over by now


def _cohort_title(world: World, key: CohortKey, starts_on: date) -> str:
    region = world.regions[key.region]
    month = KAZAKH_MONTHS[starts_on.month - 1]
    return (
        f"{region.name_kk}, {starts_on.year} жылғы {starts_on.day} {month}"
        f" · {key.block + 1}{GROUP_LETTERS[key.group]}-топ · bench"
    )


def ensure_cohorts(world: World, keys: Iterable[CohortKey]) -> None:
    """The cohorts (with trainers and one session per module) for these keys, found by title or
    created."""
    wanted = {}
    for key in set(keys):
        starts_on = _cohort_start(world.today, key.month, key.region)
        course = world.courses[key.course]
        title = _cohort_title(world, key, starts_on)
        if (course.key, title) not in world.cohorts:
            wanted[(course.key, title)] = (key, starts_on)
    if not wanted:
        return
    found = []
    for course_key, title, pk in Cohort.objects.filter(
        title__in={title for _key, title in wanted}
    ).values_list("course_key", "title", "pk"):
        if (course_key, title) in wanted:  # made by an earlier run
            world.cohorts[(course_key, title)] = pk
            del wanted[(course_key, title)]
            found.append(pk)
    _load_sessions(world, found)
    new = []
    for (course_key, title), (key, starts_on) in sorted(wanted.items(), key=lambda w: w[0][1]):
        course = world.courses[key.course]
        region = world.regions[key.region]
        new.append(
            Cohort(
                course_id=course.page_id,
                course_key=course_key,
                title=title,
                starts_on=starts_on,
                ends_on=starts_on + timedelta(days=len(course.modules) - 1),
                place=f"{region.name_kk}, Достық үйі",
                language="kk" if key.month % 3 else "ru",
                region=region,
                organisation_id=world.offices.get(region.pk),
                capacity=40,
            )
        )
    _insert(world.created, Cohort, new)
    created = {
        (course_key, title): pk
        for course_key, title, pk in Cohort.objects.filter(
            title__in=[c.title for c in new]
        ).values_list("course_key", "title", "pk")
        if (course_key, title) in wanted  # the other course's cohort may bear the same title
    }
    world.cohorts.update(created)
    trainers, sessions = [], []
    for cohort in new:
        pk = created[(cohort.course_key, cohort.title)]
        for trainer_id in world.trainers.get(cohort.region_id, []):
            trainers.append({"cohort_id": pk, "user_id": trainer_id})
        course = next(c for c in world.courses if c.key == cohort.course_key)
        for index, module in enumerate(course.modules):
            sessions.append(
                {
                    "cohort_id": pk,
                    "date": cohort.starts_on + timedelta(days=index),
                    "starts_at": clock(9, 30),
                    "ends_at": clock(17, 0) if module.hours > 6 else clock(14, 0),
                    "academic_hours": module.hours,
                    "topic": module.title,
                }
            )
    write_rows(world.created, Cohort.trainers.through, trainers)
    write_rows(world.created, Session, sessions)
    _load_sessions(world, list(created.values()))


def _load_sessions(world: World, cohort_ids: list[int]) -> None:
    for cohort_id in cohort_ids:
        world.sessions[cohort_id] = []
    for cohort_id, pk, day, hours in (
        Session.objects.filter(cohort_id__in=cohort_ids)
        .order_by("cohort_id", "date", "pk")
        .values_list("cohort_id", "pk", "date", "academic_hours")
    ):
        world.sessions.setdefault(cohort_id, []).append((pk, day, hours))


def ensure_schedule_changes(world: World) -> None:
    """One schedule change for each bench cohort that has none: its last session moved a day
    on, kept as its trainees with a place were told it, one in ten of them still untold (an
    address the mail server refused), so that staff's list of changes and their pages have rows
    at scale."""
    todo = sorted(
        set(world.cohorts.values())
        - set(ScheduleChange.objects.values_list("cohort_id", flat=True).distinct())
    )
    if not todo:
        return
    last = {}  # cohort id: its last session, as a schedule change keeps one
    for cohort_id, day, starts, ends, topic in (
        Session.objects.filter(cohort_id__in=todo)
        .order_by("cohort_id", "date")
        .values_list("cohort_id", "date", "starts_at", "ends_at", "topic")
    ):
        last[cohort_id] = (day, starts, ends, topic)

    cohorts = Cohort.objects.filter(pk__in=last).values_list("pk", "title", "language")
    _insert(
        world.created,
        ScheduleChange,
        [
            ScheduleChange(
                cohort_id=pk,
                cohort_title=title,
                language=language,
                made_by_id=world.admin_id,
                changes=[
                    {
                        "kind": "moved",
                        "was": kept_session(*last[pk]),
                        "now": kept_session(last[pk][0] + timedelta(days=1), *last[pk][1:]),
                    }
                ],
            )
            for pk, title, language in cohorts
        ],
    )
    changes = dict(ScheduleChange.objects.filter(cohort_id__in=last).values_list("cohort_id", "pk"))
    seated = Enrolment.objects.filter(
        cohort_id__in=changes, status__in=[Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED]
    ).order_by("cohort_id", "trainee_id")
    to = [
        {"schedulechange_id": changes[cohort_id], "user_id": trainee_id}
        for cohort_id, trainee_id in seated.values_list("cohort_id", "trainee_id")
    ]
    write_rows(world.created, ScheduleChange.to.through, to)
    told = [row for index, row in enumerate(to) if index % 10]
    write_rows(world.created, ScheduleChange.told.through, told)


def _cohort_sessions(world: World, cohort_id: int) -> list[tuple[int, date, Decimal]]:
    if cohort_id not in world.sessions:
        _load_sessions(world, [cohort_id])
    return world.sessions.get(cohort_id, [])


# --- one trainee ------------------------------------------------------------------------------


@dataclass
class StudyPlan:
    """A trainee's enrolment in one course: where they are and how far they got."""

    course: int
    cohort: CohortKey
    status: str
    modules_done: int  # modules whose lessons and quizzes are all completed
    lessons_more: int  # lessons completed in the next module
    presence: float  # chance of attending each session
    completed_on: date | None = None


@dataclass
class TraineePlan:
    index: int
    rng: random.Random
    kazakh: bool
    woman: bool
    first_name: str
    last_name: str
    full_name: str
    date_of_birth: date
    region: int
    language: str  # the language they study in
    track: str  # general, public or professional
    studies: list[StudyPlan]


def plan_trainee(world: World, index: int) -> TraineePlan:
    """Who trainee `index` is and what they study, drawn from their own generator."""
    rng = random.Random(world.seed * MAX_TRAINEES + index)
    kazakh = rng.random() < 0.65
    woman = rng.random() < 0.55
    if kazakh:
        first = rng.choice(KAZAKH_WOMEN if woman else KAZAKH_MEN)
        surname = rng.choice(KAZAKH_SURNAMES)
        if woman:
            surname += "а"
        father = rng.choice(KAZAKH_MEN)
        patronymic = father + ("қызы" if woman else "ұлы") if rng.random() < 0.5 else ""
        full = " ".join(filter(None, [first, patronymic, surname]))
    else:
        first = rng.choice(OTHER_WOMEN if woman else OTHER_MEN)
        surname = rng.choice(list(OTHER_SURNAMES))
        if woman and surname.endswith(("ов", "ев", "ёв", "ин")):
            surname += "а"
        father = rng.choice(list(RUSSIAN_PATRONYMICS))
        patronymic = RUSSIAN_PATRONYMICS[father][woman] if rng.random() < 0.6 else ""
        full = " ".join(filter(None, [surname, first, patronymic]))
    track = rng.choices(["general", "public", "professional"], [90, 5, 5])[0]
    oldest, youngest = date(1960, 1, 1), date(2004, 12, 31)
    if track == "public":  # public mediators are at least 40
        youngest = date(1984, 12, 31)
    # the birthday's day number agrees with index // 10,000 modulo 100, so that with the IIN's
    # serial (index % 10,000) no two trainees can share an IIN
    span = (youngest - oldest).days // 100
    born = oldest + timedelta(days=rng.randrange(span) * 100 + (index // 10_000) % 100)
    region = rng.choices(range(len(world.regions)), world.region_weights)[0]
    language = ("kk" if rng.random() < 0.8 else "ru") if kazakh else "ru"
    if rng.random() < 0.03:
        language = "en"
    plan = TraineePlan(
        index=index,
        rng=rng,
        kazakh=kazakh,
        woman=woman,
        first_name=first,
        last_name=surname,
        full_name=full,
        date_of_birth=born,
        region=region,
        language=language,
        track=track,
        studies=[],
    )
    plan.studies = _plan_studies(world, plan)
    return plan


def _plan_studies(world: World, plan: TraineePlan) -> list[StudyPlan]:
    rng = plan.rng
    slugs = [course.slug for course in world.courses]
    negotiator = slugs.index("negotiator-ethnomediator-course")
    foundations = slugs.index("foundations-of-mediation")
    if plan.track == "public":
        chosen = [foundations] + ([negotiator] if rng.random() < 0.3 else [])
    elif plan.track == "professional":
        chosen = [negotiator, foundations]
    else:
        r = rng.random()
        chosen = (
            [negotiator]
            if r < 0.5
            else [foundations]
            if r < 0.75
            else [negotiator, foundations]
            if r < 0.95
            else []
        )
    block = plan.index // COHORT_BLOCK
    groups = max(1, round(world.region_weights[plan.region] / 3))  # 4 in Almaty, 1 in Ulytau
    studies = []
    for course_index in chosen:
        course = world.courses[course_index]
        modules = len(course.modules)
        r = rng.random()
        completed_chance = 0.6 if plan.track != "general" else 0.35
        if r < completed_chance:
            status, done, more = Enrolment.Status.COMPLETED, modules, 0
            month = rng.randrange(1, MONTHS)
        elif r < completed_chance + 0.05:
            status, done = Enrolment.Status.WITHDRAWN, rng.randrange(0, 3)
            more = rng.randrange(0, 2)
            month = rng.randrange(0, MONTHS)
        else:
            # still studying: recent cohorts more often than old ones
            status, done = Enrolment.Status.ACTIVE, rng.randrange(0, modules)
            more = rng.randrange(0, len(course.modules[done].lessons) + 1)
            month = min(int(rng.expovariate(1 / 6)), MONTHS - 1)
        studies.append(
            StudyPlan(
                course=course_index,
                cohort=CohortKey(course_index, plan.region, month, block, rng.randrange(groups)),
                status=status,
                modules_done=done,
                lessons_more=more,
                presence=0.93 if status == Enrolment.Status.COMPLETED else 0.8,
            )
        )
    return studies


def latin(name: str) -> str:
    """A Latin spelling of a Cyrillic name, for the certificate's second line."""
    words = []
    for word in name.split(" "):
        letters = "".join(LATIN.get(c, c) for c in word.lower())
        words.append(letters[:1].upper() + letters[1:])
    return " ".join(words)


def _iin(plan: TraineePlan) -> str:
    born = plan.date_of_birth
    century = (3 if born.year < 2000 else 5) + plan.woman
    first = f"{born:%y%m%d}{century}{plan.index % 10_000:04d}"
    check = iin_check_digit(first)
    return "" if check is None else f"{first}{check}"


def _moment(day: date, hour: int, minute: int = 0) -> datetime:
    # the zone itself rather than make_aware(), which looks the active zone up on every call
    return datetime.combine(day, clock(hour, minute), tzinfo=timezone.get_default_timezone())


def _score(rng: random.Random, quiz: QuizInfo, *, passed: bool) -> tuple[Decimal, Decimal]:
    """Marks and per cent of a graded attempt that passes or fails the quiz's pass mark, computed
    the way grading computes them."""
    top = quiz.max_score
    if not top:
        return Decimal(0), Decimal(100)
    if passed:
        wanted = Decimal(rng.uniform(float(quiz.pass_mark), 100))
    else:
        wanted = Decimal(rng.uniform(25, float(quiz.pass_mark) - 1))
    score = (wanted * top / 100).to_integral_value(rounding=ROUND_FLOOR)
    while True:
        percent = (score * 100 / top).quantize(Decimal("0.01"))
        if (percent >= quiz.pass_mark) == passed or score in (0, top):
            return score, percent
        score += 1 if passed else -1


# --- writing ----------------------------------------------------------------------------------


def _insert(created: Counter, model: type[models.Model], objects: list, **options) -> None:
    """Model instances with `bulk_create` (for the few shared rows)."""
    if objects:
        model.objects.bulk_create(objects, batch_size=BATCH, **options)
        created[model._meta.db_table] += len(objects)


def write_rows(created: Counter, model: type[models.Model], rows: list[dict]) -> None:
    """Plain rows (field attname: value; missing fields take their defaults): COPY on
    PostgreSQL, which is several times faster than INSERT and skips building model instances;
    `bulk_create` elsewhere. Like `bulk_create`, neither calls save() or sends signals."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        _copy(model, rows)
    else:
        model.objects.bulk_create([model(**row) for row in rows], batch_size=BATCH)
    created[model._meta.db_table] += len(rows)


def _copy(model: type[models.Model], rows: list[dict]) -> None:
    from psycopg.types.json import Jsonb

    now = timezone.now()
    fields = [
        f
        for f in model._meta.concrete_fields
        if not (f.primary_key and isinstance(f, models.AutoField))
    ]
    defaults = {
        f.attname: now
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
        # evaluated once per table: every field whose default must differ per row is given
        else f.get_default()
        for f in fields
    }
    json = [index for index, f in enumerate(fields) if isinstance(f, models.JSONField)]
    quote = connection.ops.quote_name
    sql = (
        f"COPY {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
        "FROM STDIN"
    )
    names = [f.attname for f in fields]
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            values = [row.get(name, defaults[name]) for name in names]
            for index in json:
                values[index] = Jsonb(values[index])
            copy.write_row(values)


class Rows:
    """Rows of every table for one chunk of trainees, written table by table at the end."""

    def __init__(self):
        self.tables: dict[type[models.Model], list[dict]] = defaultdict(list)
        self.memberships: list[tuple[int, int]] = []  # (user id, organisation id)

    def add(self, model: type[models.Model], **values) -> None:
        self.tables[model].append(values)

    def write(self, created: Counter, order: list[type[models.Model]]) -> None:
        for model in order:
            write_rows(created, model, self.tables.pop(model, []))
        if self.tables:
            raise AssertionError(f"rows left unwritten: {list(self.tables)}")


def seed_chunk(world: World, indices: list[int]) -> int:
    """Write the trainees with these indices that do not exist yet, with all their records, in
    one transaction; returns how many existed already."""
    User = get_user_model()
    usernames = {USERNAME.format(i): i for i in indices}
    existing = set(User.objects.filter(username__in=usernames).values_list("username", flat=True))
    plans = [plan_trainee(world, i) for u, i in usernames.items() if u not in existing]
    if not plans:
        return len(existing)
    ensure_cohorts(world, [s.cohort for p in plans for s in p.studies])
    joined = {p.index: _moment(world.today - timedelta(days=30 * MONTHS + 60), 10) for p in plans}
    for plan in plans:
        if plan.studies:
            first = min(
                _cohort_start(world.today, s.cohort.month, plan.region) for s in plan.studies
            )
            joined[plan.index] = _moment(first - timedelta(days=plan.rng.randrange(7, 40)), 11)
    write_rows(
        world.created,
        User,
        [
            {
                "username": USERNAME.format(p.index),
                "email": f"{USERNAME.format(p.index)}@example.kz",
                "password": world.password,
                "first_name": p.first_name,
                "last_name": p.last_name,
                "date_joined": joined[p.index],
            }
            for p in plans
        ],
    )
    ids = dict(
        User.objects.filter(username__in=[USERNAME.format(p.index) for p in plans]).values_list(
            "username", "pk"
        )
    )
    rows = Rows()
    for plan in plans:
        user_id = ids[USERNAME.format(plan.index)]
        rows.add(User.groups.through, user_id=user_id, group_id=world.trainees_group.pk)
        _profile(world, plan, user_id, rows)
        rows.add(
            PersonalDataConsent,
            user_id=user_id,
            text_version=lms_conf.get("CONSENT_TEXT_VERSION"),
            given_at=joined[plan.index],
            recorded_by_id=user_id,
        )
        for study in plan.studies:
            _study(world, plan, study, user_id, rows)
        _practice(world, plan, user_id, rows)
        _records(world, plan, user_id, rows)
    rows.write(
        world.created,
        [
            User.groups.through,
            TraineeProfile,
            PersonalDataConsent,
            Enrolment,
            Attendance,
            Completion,
            Attempt,
            PracticeRecord,
            TraineeDocument,
            RegisterEntry,
            ExclusionFlag,
            ElectionRecord,
            Certificate,
        ],
    )
    profile_ids = dict(
        TraineeProfile.objects.filter(user_id__in=ids.values()).values_list("user_id", "pk")
    )
    write_rows(
        world.created,
        TraineeProfile.organisations.through,
        [
            {"traineeprofile_id": profile_ids[user_id], "organisation_id": org_id}
            for user_id, org_id in rows.memberships
        ],
    )
    return len(existing)


def _profile(world: World, plan: TraineePlan, user_id: int, rows: Rows) -> None:
    rng = plan.rng
    region = world.regions[plan.region]
    if plan.track == "professional":
        education = rng.choices(["higher", "postgraduate"], [80, 20])[0]
    else:
        education = rng.choices(
            ["secondary", "vocational", "higher", "postgraduate"], [10, 20, 60, 10]
        )[0]
    verified = rng.random() < (0.9 if plan.track == "professional" else 0.6)
    status = (
        TraineeProfile.Verification.VERIFIED
        if verified
        else rng.choice(
            [TraineeProfile.Verification.NOT_SUBMITTED] * 6
            + [TraineeProfile.Verification.PENDING] * 3
            + [TraineeProfile.Verification.REJECTED]
        )
    )
    languages = ["kk", "ru"] if plan.kazakh else ["ru"]
    if plan.kazakh and rng.random() < 0.3:
        languages = ["kk"]
    if not plan.kazakh:
        extra = OTHER_SURNAMES.get(plan.last_name.removesuffix("а"), "")
        if extra and rng.random() < 0.6:
            languages.append(extra)
        if rng.random() < 0.3:
            languages.insert(0, "kk")
    if rng.random() < 0.05:
        languages.append("en")
    rows.add(
        TraineeProfile,
        user_id=user_id,
        full_name=plan.full_name,
        full_name_latin=latin(plan.full_name),
        date_of_birth=plan.date_of_birth,
        iin=_iin(plan) if rng.random() < 0.7 else "",
        phone=f"+7 7{rng.randrange(0, 80):02d} {rng.randrange(100, 1000)} "
        f"{rng.randrange(10, 100)} {rng.randrange(10, 100)}"
        if rng.random() < 0.8
        else "",
        education_level=education,
        diploma_status=status,
        diploma_verified_by_id=world.admin_id if verified else None,
        diploma_verified_at=_moment(world.today - timedelta(days=rng.randrange(30, 900)), 12)
        if verified
        else None,
        region_id=region.pk,
        mediation_languages=languages,
    )
    count = rng.choices([0, 1, 2], [35, 45, 20])[0]
    local = world.associations.get(region.pk, [])
    chosen = set()
    for _n in range(count):
        pool = local if local and rng.random() < 0.85 else world.national
        if pool:
            chosen.add(rng.choice(pool))
    rows.memberships.extend((user_id, pk) for pk in sorted(chosen))


def _study(world: World, plan: TraineePlan, study: StudyPlan, user_id: int, rows: Rows) -> None:
    """An enrolment with its attendance, completed pages and graded attempts."""
    rng = plan.rng
    course = world.courses[study.course]
    starts_on = _cohort_start(world.today, study.cohort.month, plan.region)
    cohort_id = world.cohorts[(course.key, _cohort_title(world, study.cohort, starts_on))]
    sessions = _cohort_sessions(world, cohort_id)
    trainer = rng.choice(world.trainers[world.regions[plan.region].pk])
    finished_on = None
    for index, module in enumerate(course.modules):
        if index > study.modules_done:
            break
        day = sessions[index][1] if index < len(sessions) else starts_on
        lessons = module.lessons if index < study.modules_done else []
        if index == study.modules_done:
            lessons = module.lessons[: study.lessons_more]
        for number, lesson in enumerate(lessons):
            rows.add(
                Completion,
                trainee_id=user_id,
                page_id=lesson.pages.get(plan.language) or lesson.pages["kk"],
                page_key=lesson.key,
                completed_at=_moment(day, 10 + number * 2, rng.randrange(60)),
            )
        if index < study.modules_done:
            for quiz in module.quizzes:
                # a final exam may fall on a later day than the module's session
                sat_on = day + timedelta(
                    days=rng.choice([0, 0, 0, 1, 3, 7]) if quiz.max_attempts else 0
                )
                sat_on = min(sat_on, world.today)
                _attempts(world, plan, quiz, user_id, sat_on, rows, passed=True)
                finished_on = max(finished_on or sat_on, sat_on)
        elif len(lessons) == len(module.lessons) and module.quizzes and rng.random() < 0.4:
            # read the module's lessons, tried its quiz and has not passed it yet
            _attempts(world, plan, module.quizzes[0], user_id, day, rows, passed=False)
    completed_on = None
    if study.status == Enrolment.Status.COMPLETED:
        completed_on = study.completed_on = finished_on or starts_on
    rows.add(
        Enrolment,
        trainee_id=user_id,
        course_id=course.page_id,
        course_key=course.key,
        cohort_id=cohort_id,
        status=study.status,
        enrolled_at=_moment(starts_on - timedelta(days=rng.randrange(3, 30)), 15),
        enrolled_by_id=world.admin_id if rng.random() < 0.5 else user_id,
        completed_on=completed_on,
    )
    attended = len(sessions)
    if study.status == Enrolment.Status.WITHDRAWN:
        attended = min(len(sessions), study.modules_done + 1)
    for session_id, day, hours in sessions[:attended]:
        if day > world.today:
            break
        present = rng.random() < study.presence
        rows.add(
            Attendance,
            session_id=session_id,
            trainee_id=user_id,
            present=present,
            hours=hours if present else Decimal(0),
            marked_by_id=trainer,
        )


def _attempts(
    world: World,
    plan: TraineePlan,
    quiz: QuizInfo,
    user_id: int,
    day: date,
    rows: Rows,
    *,
    passed: bool,
) -> None:
    """1-3 graded attempts at a quiz; when `passed`, the last one passes and the page is
    completed (as grading records it)."""
    rng = plan.rng
    limit = quiz.max_attempts or 3
    count = min(limit, rng.choices([1, 2, 3], [70, 22, 8])[0])
    page_id = quiz.pages.get(plan.language) or quiz.pages["kk"]
    language = plan.language if plan.language in quiz.pages else "kk"
    started = _moment(day, 15, rng.randrange(60))
    for number in range(1, count + 1):
        passes = passed and number == count
        score, percent = _score(rng, quiz, passed=passes)
        took = timedelta(minutes=rng.randrange(4, max(5, quiz.time_limit or 25)))
        rows.add(
            Attempt,
            quiz_id=page_id,
            quiz_key=quiz.key,
            trainee_id=user_id,
            number=number,
            state=Attempt.State.GRADED,
            language=language,
            seed=rng.getrandbits(48),
            started_at=started,
            deadline=started + timedelta(minutes=quiz.time_limit) if quiz.time_limit else None,
            submitted_at=started + took,
            graded_at=started + took,
            score=score,
            max_score=quiz.max_score,
            percent=percent,
            passed=percent >= quiz.pass_mark,
        )
        if passes:
            rows.add(
                Completion,
                trainee_id=user_id,
                page_id=page_id,
                page_key=quiz.key,
                completed_at=started + took,
            )
        started += took + timedelta(minutes=rng.randrange(10, 90))


def _practice(world: World, plan: TraineePlan, user_id: int, rows: Rows) -> None:
    """0-5 cases; those who finished a course have more of them, mostly observed or
    co-mediated, four in five confirmed."""
    rng = plan.rng
    finished = any(s.status == Enrolment.Status.COMPLETED for s in plan.studies)
    weights = [10, 15, 25, 25, 15, 10] if finished else [45, 25, 15, 8, 5, 2]
    count = rng.choices(range(6), weights)[0]
    supervisor = rng.choice(world.trainers[world.regions[plan.region].pk])
    for _n in range(count):
        kind = rng.choices(list(ROLE_OF_KIND), [50, 35, 15])[0]
        day = world.today - timedelta(days=int(rng.triangular(1, 900, 60)))
        status = rng.choices(
            [
                PracticeRecord.Status.CONFIRMED,
                PracticeRecord.Status.PENDING,
                PracticeRecord.Status.REJECTED,
            ],
            [80, 12, 8],
        )[0]
        reviewed = status != PracticeRecord.Status.PENDING
        rows.add(
            PracticeRecord,
            trainee_id=user_id,
            date=day,
            kind=kind,
            role=ROLE_OF_KIND[kind],
            outcome=rng.choices(list(PracticeRecord.Outcome), [39, 55, 6])[0],
            summary=rng.choice(PRACTICE_SUMMARIES),
            supervisor_id=supervisor,
            status=status,
            reviewed_at=_moment(min(day + timedelta(days=3), world.today), 16)
            if reviewed
            else None,
            review_comment="Жазба толық емес." if status == PracticeRecord.Status.REJECTED else "",
        )


def _records(world: World, plan: TraineePlan, user_id: int, rows: Rows) -> None:
    """Documents, register entries, exclusion flags, election records and certificates."""
    rng = plan.rng
    today = world.today
    public, professional = plan.track == "public", plan.track == "professional"
    for kind, chance, months in (
        (TraineeDocument.Kind.MEDICAL, 0.85 if public else 0.3, 12),
        (TraineeDocument.Kind.CRIMINAL_RECORD, 0.2, 6),
        (TraineeDocument.Kind.LEGAL_CAPACITY, 0.1, 0),
    ):
        if rng.random() < chance:
            issued = today - timedelta(days=rng.randrange(5, 540 if months else 1500))
            rows.add(
                TraineeDocument,
                trainee_id=user_id,
                kind=kind,
                reference=f"№ {rng.randrange(10_000, 1_000_000)}",
                issued_on=issued,
                valid_until=issued + relativedelta(months=months) if months else None,
                verified=rng.random() < 0.8,
            )
    register = None
    if (public and rng.random() < 0.75) or (professional and rng.random() < 0.9):
        register = RegisterEntry.Register.PUBLIC if public else RegisterEntry.Register.PROFESSIONAL
    elif not public and not professional and rng.random() < 0.012:
        register = rng.choice(list(RegisterEntry.Register))
    if register:
        entered = today - timedelta(days=rng.randrange(10, 1500))
        rows.add(
            RegisterEntry,
            trainee_id=user_id,
            register=register,
            number=f"{entered.year}-{plan.index:06d}",
            entered_on=entered,
            removed_on=entered + timedelta(days=rng.randrange(1, 365))
            if rng.random() < 0.04
            else None,
        )
    if rng.random() < 0.01:
        rows.add(
            ExclusionFlag,
            trainee_id=user_id,
            kind=rng.choice(list(ExclusionFlag.Kind)),
            since=today - timedelta(days=rng.randrange(30, 3000)),
            note="bench",
        )
    if (public and rng.random() < 0.85) or (not public and rng.random() < 0.01):
        protocol = today - timedelta(days=rng.randrange(30, 1400))
        region = world.regions[plan.region]
        rows.add(
            ElectionRecord,
            trainee_id=user_id,
            kind=ElectionRecord.Kind.ELECTION
            if rng.random() < 0.8
            else ElectionRecord.Kind.NOMINATION,
            body=f"{region.name_kk}: жергілікті қоғамдастық жиналысы",
            protocol_number=str(rng.randrange(1, 60)),
            protocol_date=protocol,
            term_until=protocol + relativedelta(years=3) if rng.random() < 0.4 else None,
        )
    _certificates(world, plan, user_id, rows, register)


def _certificates(
    world: World, plan: TraineePlan, user_id: int, rows: Rows, register: str | None
) -> None:
    """About one trainee in twenty holds a certificate: some of those who completed a course
    hold its qualification, and half the professional mediators in the register hold theirs."""
    rng = plan.rng
    today = world.today
    held: list[tuple[QualificationProfile, date]] = []
    for study in plan.studies:
        course = world.courses[study.course]
        if study.completed_on and course.profile is not None:
            chance = 0.4 if plan.track == "public" else 0.05
            if rng.random() < chance:
                issued = min(study.completed_on + timedelta(days=rng.randrange(7, 60)), today)
                held.append((course.profile, issued))
    professional = world.profiles.get("professional-mediator")
    if register == RegisterEntry.Register.PROFESSIONAL and professional and rng.random() < 0.5:
        held.append((professional, today - timedelta(days=rng.randrange(7, 365 * 3))))
    for n, (profile, issued) in enumerate(held):
        expires = None
        if profile.validity_months:
            expires = issued + relativedelta(months=profile.validity_months)
        status = Certificate.Status.VALID
        if expires and expires < world.today:
            status = Certificate.Status.EXPIRED
        revoked = rng.random() < 0.04
        if revoked:
            status = Certificate.Status.REVOKED
        rows.add(
            Certificate,
            trainee_id=user_id,
            profile_id=profile.pk,
            serial=f"BENCH-{issued.year}-{plan.index:06d}-{n + 1}",
            code=new_code(),
            status=status,
            issued_on=issued,
            expires_on=expires,
            issued_by_id=world.admin_id,
            revoked_on=min(issued + timedelta(days=rng.randrange(1, 200)), today)
            if revoked
            else None,
            revocation_reason="Құжаттар жарамсыз деп танылды." if revoked else "",
            emailed_at=_moment(issued, 12),
            snapshot={
                "holder": plan.full_name,
                "holder_latin": latin(plan.full_name),
                "profile": profile.slug,
                "title_kk": profile.name_kk,
                "title_ru": profile.name_ru,
                "title_en": profile.name_en,
                "hours": "",
                "requirements": [],
            },
        )


# --- the exam day -----------------------------------------------------------------------------


def _upsert_page(parent: Page, model: type[Page], slug: str, fields: Callable[[str], dict]):
    """A page in Kazakh with its Russian and English translations, created or brought up to
    date (as `seed_demo` writes the demo curriculum)."""
    source = loader.upsert_child(parent, model, slug, fields("kk"))
    for language in ("ru", "en"):
        loader.upsert_translation(source, language, fields(language))
    return source


def prepare_exam(world: World, takers: int) -> QuizPage:
    """The exam-day quiz (20 single-choice questions, 60 minutes, unlimited attempts) alone in
    a course of its own, and the first `takers` bench trainees enrolled in its current cohort,
    so that each of them may start it at once. A course of its own, because a page added to a
    demo course would leave every module after it locked for trainees who never took it."""
    User = get_user_model()
    negotiator = CoursePage.objects.get(
        locale__language_code="kk", slug="negotiator-ethnomediator-course"
    )
    programme = negotiator.get_parent()
    course_data, module_data, quiz_data = EXAM["course"], EXAM["module"], EXAM["quiz"]

    def course_fields(language: str) -> dict:
        return {
            "title": course_data["title"][language],
            "summary": course_data["summary"][language],
            "academic_hours": Decimal(2),
            "learning_outcomes": "[]",
            "intro": "",
            "delivery_mode": "in_person",
            "target_qualification": "",
        }

    def module_fields(language: str) -> dict:
        return {
            "title": module_data["title"][language],
            "summary": "",
            "academic_hours": Decimal(2),
            "learning_outcomes": "[]",
        }

    course = _upsert_page(programme, CoursePage, course_data["slug"], course_fields)
    module = _upsert_page(course, ModulePage, module_data["slug"], module_fields)
    title, intro, rules = quiz_data["title"], quiz_data["intro"], quiz_data["rules"]
    quiz = quizzes._upsert_quiz(module, quiz_data["slug"], title, intro, rules)
    questions = [
        q.pk
        for q in SingleChoiceQuestion.objects.filter(language="kk", is_current=True).order_by(
            "category__path", "name", "pk"
        )
        if len(q.options) == 4
    ][: EXAM["questions"]]
    if len(questions) < EXAM["questions"]:
        raise ScaleError("The demo question bank has fewer than 20 four-option questions.")
    if list(quiz.fixed_questions.order_by("sort_order").values_list("question_id", flat=True)) != (
        questions
    ):
        quiz.fixed_questions.all().delete()
        QuizQuestion.objects.bulk_create(
            QuizQuestion(quiz=quiz, question_id=pk, sort_order=index)
            for index, pk in enumerate(questions)
        )
    quizzes._translate(quiz, title, intro, rules)
    CourseRules.objects.get_or_create(
        course=course,
        defaults={"order": CourseRules.Order.FREE, "self_enrolment": False},
    )

    cohort = Cohort.objects.filter(course_key=course.translation_key, title=EXAM["cohort"]).first()
    if cohort is None:
        cohort = Cohort(course=course, title=EXAM["cohort"], starts_on=world.today)
        world.created[Cohort._meta.db_table] += 1
    cohort.starts_on = min(cohort.starts_on, world.today)
    cohort.ends_on = max(world.today + timedelta(days=1), cohort.starts_on)
    cohort.place = "Астана, «Бейбітшілік және келісім сарайы»"
    cohort.capacity = max(cohort.capacity, takers)
    cohort.save()
    instructor = User.objects.filter(username="instructor").first()
    if instructor is not None:
        cohort.trainers.add(instructor)
        cohort.save()  # a ParentalManyToManyField is written when its cluster is saved

    ids = list(
        User.objects.filter(username__in=[USERNAME.format(i) for i in range(takers)])
        .order_by("username")
        .values_list("pk", flat=True)
    )
    if len(ids) < takers:
        raise ScaleError(f"Only {len(ids)} bench trainees exist; seed them before the exam.")
    enrolled = set(
        Enrolment.objects.filter(trainee_id__in=ids, course_key=course.translation_key).values_list(
            "trainee_id", flat=True
        )
    )
    _insert(
        world.created,
        Enrolment,
        [
            Enrolment(
                trainee_id=pk,
                course=course,
                course_key=course.translation_key,
                cohort=cohort,
                status=Enrolment.Status.ACTIVE,
                enrolled_by_id=world.admin_id,
            )
            for pk in ids
            if pk not in enrolled
        ],
        ignore_conflicts=True,
    )
    _check_takers(quiz, ids)
    return quiz


def _check_takers(quiz: QuizPage, ids: list[int]) -> None:
    """A few takers (first, middle, last) may start the exam now, as the start button asks."""
    from assessments.services import start_refusal

    User = get_user_model()
    for pk in sorted({ids[0], ids[len(ids) // 2], ids[-1]}):
        reason = start_refusal(User.objects.get(pk=pk), quiz)
        if reason:
            raise ScaleError(f"Exam taker {pk} cannot start the exam: {reason}")


# --- the run ----------------------------------------------------------------------------------


def seed_scale(
    *,
    trainees: int,
    exam_takers: int = 0,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int, float], None] | None = None,
) -> Summary:
    """Build (or complete) a population of `trainees` bench trainees, CHUNK trainees per
    transaction, then the exam day for the first `exam_takers` of them."""
    if not 0 <= trainees <= MAX_TRAINEES:
        raise ScaleError(f"--trainees must be between 0 and {MAX_TRAINEES}.")
    if not 0 <= exam_takers <= trainees:
        raise ScaleError("--exam-takers must be between 0 and --trainees.")
    started = time.monotonic()
    summary = Summary()
    with transaction.atomic():
        world = prepare_world(seed=seed, today=today or timezone.localdate())
    for first in range(0, trainees, CHUNK):
        with transaction.atomic():
            summary.skipped += seed_chunk(world, list(range(first, min(first + CHUNK, trainees))))
        if progress is not None:
            progress(min(first + CHUNK, trainees), trainees, time.monotonic() - started)
    with transaction.atomic():
        ensure_schedule_changes(world)
    if exam_takers:
        with transaction.atomic():
            quiz = prepare_exam(world, exam_takers)
        summary.exam_url = quiz.get_url() or quiz.url_path
    summary.created = world.created
    summary.seconds = time.monotonic() - started
    return summary
