"""Factories for users and curriculum pages; pages are added under a parent in the page tree."""

import datetime
import json
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from curriculum.models import CoursePage, LessonPage, ModulePage, ProgramPage

PASSWORD = "correct-horse-battery"
# Every letter of the Kazakh alphabet that Russian lacks.
KAZAKH_SAMPLE = "Белсенді тыңдау: Әділет, Ғылым, Қоғам, Өңір, Ұлт, Үміт, Һижра, Іс."


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.kz")
    first_name = "Айгүл"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if names:
            self.groups.add(*Group.objects.filter(name__in=names))
        self.save()


def home_page(language: str = "kk") -> Page:
    """The site's home page in a language (the Kazakh one is created by migrations)."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if language == home.locale.language_code:
        return home
    locale = Locale.objects.get(language_code=language)
    translated = home.get_translation_or_none(locale)
    if translated is None:
        translated = home.copy_for_translation(locale)
        translated.save_revision().publish()
    return translated.specific


class PageFactory(factory.Factory):
    """Builds a page and adds it under `parent`, published."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Бет {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    academic_hours = Decimal("2")
    summary = "Қысқаша мазмұны"

    @classmethod
    def _create(cls, model_class, parent=None, **kwargs):
        page = model_class(**kwargs)
        (parent or home_page()).add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


class ProgramPageFactory(PageFactory):
    class Meta:
        model = ProgramPage

    academic_hours = Decimal("72")


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    academic_hours = Decimal("72")


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    academic_hours = Decimal("8")


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    body = factory.LazyFunction(
        lambda: json.dumps(
            [
                {"type": "text", "value": f"<p>{KAZAKH_SAMPLE}</p>"},
                {"type": "reflection", "value": {"prompt": "Өз тәжірибеңізді еске түсіріңіз."}},
            ]
        )
    )


def curriculum_tree(modules: int = 2, lessons_per_module: int = 2, parent: Page | None = None):
    """A programme with one course of `modules` modules of `lessons_per_module` lessons each."""
    programme = ProgramPageFactory(parent=parent)
    course = CoursePageFactory(parent=programme)
    module_pages, lesson_pages = [], []
    for _ in range(modules):
        module = ModulePageFactory(parent=course)
        module_pages.append(module)
        lesson_pages += [LessonPageFactory(parent=module) for _ in range(lessons_per_module)]
    return {
        "programme": programme,
        "course": course,
        "modules": module_pages,
        "lessons": lesson_pages,
    }


def translate_tree(tree: dict, language: str) -> dict:
    """Copy a `curriculum_tree` into another locale, published, keeping its shape."""
    locale = Locale.objects.get(language_code=language)
    home_page(language)

    def copy(page):
        translated = page.copy_for_translation(locale)
        translated.save_revision().publish()
        return translated

    return {
        "programme": copy(tree["programme"]),
        "course": copy(tree["course"]),
        "modules": [copy(module) for module in tree["modules"]],
        "lessons": [copy(lesson) for lesson in tree["lessons"]],
    }


# --- lms -------------------------------------------------------------------------------------


def region(code: str = "turkistan"):
    """One of the regions the lms migration seeds."""
    from lms.models import Region

    return Region.objects.get(code=code)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lms.Organisation"
        django_get_or_create = ("kind", "name_kk")

    kind = "ethnocultural_association"
    name_kk = factory.Sequence(lambda n: f"Достық бірлестігі {n}")
    name_ru = factory.Sequence(lambda n: f"Объединение «Дружба» {n}")
    name_en = factory.Sequence(lambda n: f"Friendship association {n}")
    region = factory.LazyFunction(region)


TRAINEE_NAMES = [
    "Әлия Сәрсенқызы",
    "Бекзат Нұрланұлы",
    "Гүлнар Оспанова",
    "Дәурен Қасымов",
    "Ерлан Төлеуұлы",
    "Жанар Әбенова",
    "Зарина Ғалымқызы",
    "Ілияс Сейітов",
    "Мария Ким",
    "Ольга Шмидт",
    "Рустам Юлдашев",
    "Үміт Һашимова",
]


class TraineeProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lms.TraineeProfile"

    user = factory.SubFactory(UserFactory, groups=["Trainees"])
    full_name = factory.Sequence(
        lambda n: (
            f"{TRAINEE_NAMES[n % len(TRAINEE_NAMES)]} {chr(0x410 + n // len(TRAINEE_NAMES) % 32)}"
        )
    )
    full_name_latin = "Aliya Sarsenkyzy"
    region = factory.LazyFunction(region)


def trainee(username: str | None = None, **profile):
    """A user in the Trainees group with a profile; returns the user."""
    user = UserFactory(**({"username": username} if username else {}), groups=["Trainees"])
    TraineeProfileFactory(user=user, **profile)
    return user


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lms.Cohort"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Түркістан, {n}-топ")
    starts_on = datetime.date(2026, 11, 2)
    ends_on = datetime.date(2026, 11, 20)
    place = "Түркістан"
    region = factory.LazyFunction(region)
    capacity = 10

    @factory.post_generation
    def trainers(self, create, users, **kwargs):
        if users:
            self.trainers.set(users)
            self.save()


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "lms.Session"

    cohort = factory.SubFactory(CohortFactory)
    date = datetime.date(2026, 11, 3)
    starts_at = datetime.time(10, 0)
    ends_at = datetime.time(13, 0)
    academic_hours = Decimal("4")
    topic = "Белсенді тыңдау"


# --- assessments (core) ----------------------------------------------------------------------


def question_category(path: str = "Mediation/Law"):
    from assessments.models import QuestionCategory

    return QuestionCategory.get_or_create_path(path)


def single_choice(name: str = "principle", right: str = "a", language: str = "kk", **fields):
    """A single-choice question with options a (right by default), b and c."""
    from assessments.models import SingleChoiceQuestion

    options = [
        {"id": key, "text": f"Нұсқа {key}", "fraction": 1 if key == right else 0, "feedback": ""}
        for key in ("a", "b", "c")
    ]
    question = SingleChoiceQuestion(
        category=fields.pop("category", None) or question_category(),
        name=name,
        text=f"<p>{KAZAKH_SAMPLE}</p>",
        options=options,
        language=language,
        **fields,
    )
    question.save()
    return question


def quiz_page(module, *, questions=(), **fields):
    """A published quiz under `module` asking `questions` (each worth its default mark)."""
    from assessments.models import QuizPage, QuizQuestion

    defaults = {"title": "Модуль тесті", "slug": f"quiz-{module.pk}", "shuffle_questions": False}
    quiz = QuizPage(**{**defaults, **fields})
    module.add_child(instance=quiz)
    for index, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=index)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


# --- assessments (Moodle interop) ------------------------------------------------------------

# A 1×1 PNG, for embedded images in imported and exported question files.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6364f8cfc0f01f0005000201a5c2d1b50000000049454e44ae426082"
)


def bank_image(content: bytes = TINY_PNG) -> str:
    """An image stored where the importers keep them; returns its URL."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = f"assessments/images/{hashlib.sha1(content, usedforsecurity=False).hexdigest()}.png"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(content))
    return default_storage.url(name)


def question_of_every_type(category, *, language: str = "kk") -> list:
    """One saved question of each type, with feedback, negative fractions, tags and an image."""
    from assessments import models
    from assessments.interop.common import default_rubric

    image = bank_image()
    common = {"category": category, "language": language, "general_feedback": "<p>Жалпы</p>"}

    def option(text, fraction, feedback=""):
        return {
            "id": models.new_part_id(),
            "text": text,
            "fraction": fraction,
            "feedback": feedback,
        }

    questions = [
        models.SingleChoiceQuestion(
            name="Бір жауап",
            text=f'<p>{KAZAKH_SAMPLE}</p><p><img src="{image}" alt="сурет"></p>',
            options=[option("Иә", 1, "Дұрыс"), option("Жоқ", 0), option("<b>Мүмкін</b>", -0.5)],
            shuffle_options=False,
            default_mark=Decimal("2.50"),
            **common,
        ),
        models.MultipleChoiceQuestion(
            name="Бірнеше жауап",
            text="<p>Қайсысы?</p>",
            options=[
                option("a", 0.5),
                option("b", 0.5),
                option("c", -0.3333333, "Қате"),
            ],
            **common,
        ),
        models.TrueFalseQuestion(
            name="Ақиқат",
            text="<p>Медиатор бейтарап.</p>",
            answer=True,
            feedback_true="Дұрыс",
            feedback_false="Қате",
            **common,
        ),
        models.ShortAnswerQuestion(
            name="Қысқа жауап",
            text="<p>Елорда?</p>",
            answers=[
                {"text": "Астана", "fraction": 1, "feedback": ""},
                {"text": "Ақ*", "fraction": 0.5, "feedback": "Жартылай"},
            ],
            case_sensitive=True,
            **common,
        ),
        models.NumericQuestion(
            name="Сан",
            text="<p>Неше?</p>",
            answers=[
                {"value": 3.5, "tolerance": 0.5, "fraction": 1, "feedback": ""},
                {"value": 10, "tolerance": 0, "fraction": 0.25, "feedback": "Жақын"},
            ],
            **common,
        ),
        models.MatchingQuestion(
            name="Сәйкестендіру",
            text="<p>Сәйкестендіріңіз.</p>",
            pairs=[
                {"id": models.new_part_id(), "prompt": "Медиация", "answer": "Келісім"},
                {"id": models.new_part_id(), "prompt": f'<img src="{image}">', "answer": "Сурет"},
            ],
            **common,
        ),
        models.OrderingQuestion(
            name="Реттеу",
            text="<p>Ретімен қойыңыз.</p>",
            items=[{"id": models.new_part_id(), "text": t} for t in ("Бір", "Екі", "Үш")],
            **common,
        ),
        models.EssayQuestion(
            name="Эссе",
            text="<p>Жағдаятты талдаңыз.</p>",
            grader_info="Негізгі ойлар",
            # the rubric an import gives an essay (Moodle's formats carry none), so a round trip
            # through Moodle XML keeps it
            rubric=default_rubric("kk"),
            **common,
        ),
        models.DescriptionQuestion(
            name="Сипаттама", text="<p>Мәтін.</p>", default_mark=Decimal("0"), **common
        ),
    ]
    for question in questions:
        question.save()
    questions[0].tags.add("құқық", "негіздер")
    questions[0].save()
    return questions
