"""`seed_demo` builds the trilingual demo curriculum and users, and can run twice. The demo is
seeded once for the module (`demo_database`): a test here that needs an empty database belongs in
test_seed_demo_guard.py."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from curriculum.models import CoursePage, LessonPage, ModulePage, ProgramPage

KAZAKH_ONLY_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


@pytest.mark.django_db
def test_every_seeded_page_has_kk_ru_and_en_versions(seeded):
    kk = Locale.objects.get(language_code="kk")
    for model in (ProgramPage, CoursePage, ModulePage, LessonPage):
        sources = model.objects.filter(locale=kk)
        assert sources.exists()
        for page in sources:
            languages = {
                p.locale.language_code
                for p in page.get_translations(inclusive=True).live().select_related("locale")
            }
            assert languages == {"kk", "ru", "en"}, page.title


@pytest.mark.django_db
def test_demo_has_the_72_hour_programme_with_9_modules_and_the_36_hour_course(seeded):
    kk = Locale.objects.get(language_code="kk")
    negotiator = CoursePage.objects.get(locale=kk, slug="negotiator-ethnomediator-course")
    modules = ModulePage.objects.child_of(negotiator)
    assert modules.count() == 9
    assert negotiator.academic_hours == 72
    assert sum(m.academic_hours for m in modules) == 72
    foundations = CoursePage.objects.get(locale=kk, slug="foundations-of-mediation")
    assert foundations.academic_hours == 36
    assert sum(m.academic_hours for m in ModulePage.objects.child_of(foundations)) == 36
    for module in ModulePage.objects.filter(locale=kk):
        lessons = LessonPage.objects.child_of(module)
        assert lessons.exists(), module.title
        assert sum(lesson.academic_hours for lesson in lessons) == module.academic_hours


@pytest.mark.django_db
def test_seeded_lessons_are_real_text_in_each_language(seeded):
    for language in ("kk", "ru", "en"):
        lessons = LessonPage.objects.filter(locale__language_code=language)
        for lesson in lessons:
            text = " ".join(str(block.render()) for block in lesson.body)
            assert len(text.split()) > 150, (language, lesson.title)
            if language == "kk":
                assert KAZAKH_ONLY_LETTERS & set(text), lesson.title


@pytest.mark.django_db
def test_seed_demo_is_idempotent(seeded):
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("seed_demo", force=True, stdout=StringIO())
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


@pytest.mark.django_db
def test_demo_users_can_log_in_with_the_demo_password(seeded, client):
    for username in ("admin", "instructor", "trainee"):
        assert client.login(username=username, password="kelisim-demo"), username
    assert (
        get_user_model()
        .objects.get(username="instructor")
        .groups.filter(name="Instructors")
        .exists()
    )


@pytest.mark.django_db
def test_demo_has_a_quiz_after_every_module_and_final_exams_in_three_languages(seeded):
    from assessments.models import Question, QuizPage

    for language in ("kk", "ru", "en"):
        quizzes = QuizPage.objects.filter(locale__language_code=language)
        assert quizzes.filter(slug="final-exam").count() == 2
        assert quizzes.exclude(slug="final-exam").count() == 14
        for quiz in quizzes.exclude(slug="final-exam"):
            assert quiz.fixed_questions.count() >= 7
        for exam in quizzes.filter(slug="final-exam"):
            assert exam.draws.count() in (5, 9) and exam.time_limit_minutes
    keys = Question.objects.values_list("translation_key", flat=True).distinct()
    for key in keys[:20]:
        assert set(
            Question.objects.filter(translation_key=key).values_list("language", flat=True)
        ) == {"kk", "ru", "en"}


@pytest.mark.django_db
def test_demo_trainees_have_passed_the_quizzes_of_the_modules_they_finished(seeded):
    from assessments.models import Attempt

    mira = get_user_model().objects.get(username="mira")
    assert mira.enrolments.get().status == "completed"
    assert Attempt.objects.filter(trainee=mira, passed=True).count() == 10


@pytest.mark.django_db
def test_demo_has_a_case_study_waiting_for_the_instructors_grade(seeded, client):
    from assessments.models import Attempt
    from assessments.selectors import grading_queue

    users = get_user_model().objects
    saule = users.get(username="saule")
    waiting = list(grading_queue(users.get(username="instructor")))
    assert [answer.attempt.trainee for answer in waiting] == [saule]
    assert waiting[0].question.get_real_instance().manual
    # she finished the lessons and went no further than that test: the final exam is not open
    attempts = Attempt.objects.filter(trainee=saule)
    assert attempts.filter(quiz__slug="final-exam").count() == 0
    assert attempts.filter(state=Attempt.State.AWAITING_GRADING).get() == waiting[0].attempt
    client.force_login(users.get(username="instructor"))
    assert f"/grading/{waiting[0].pk}/" in client.get("/kk/quiz/grading/").content.decode()


@pytest.mark.django_db
def test_demo_has_an_eligible_trainee_for_the_negotiator_profile(seeded):
    from certificates.eligibility import evaluate_trainee
    from certificates.models import QualificationProfile

    profile = QualificationProfile.objects.get(slug="negotiator-ethnomediator")
    users = get_user_model().objects
    assert evaluate_trainee(users.get(username="mira"), [profile])[0].eligible
    assert not evaluate_trainee(users.get(username="trainee"), [profile])[0].eligible


@pytest.mark.django_db
def test_demo_issues_a_certificate_to_the_trainee_who_finished(seeded):
    from certificates.models import Certificate

    certificates = Certificate.objects.filter(trainee__username="mira")
    certificate = certificates.get(profile__isnull=False)
    assert certificate.profile.slug == "negotiator-ethnomediator"
    assert certificate.serial.startswith("KHA-")
    # and the course she completed gave her its own certificate as the seed committed
    course_certificate = certificates.get(course__isnull=False)
    assert course_certificate.course_id == certificate.trainee.enrolments.get().course_id


@pytest.mark.django_db
def test_demo_has_a_schedule_change_told_to_all_but_one(seeded, client):
    from lms.models import ScheduleChange

    change = ScheduleChange.objects.get()
    seated = change.cohort.enrolments.exclude(status="withdrawn").count()
    assert change.to.count() == seated and change.told.count() == seated - 1
    assert change.made_at.date() < change.cohort.starts_on
    call_command("seed_demo", force=True, stdout=StringIO())
    assert ScheduleChange.objects.get() == change  # seeded once

    client.force_login(get_user_model().objects.get(username="admin"))
    html = client.get(f"/admin/lms/schedule-changes/inspect/{change.pk}/").content.decode()
    assert f"Хатпен хабарланғандар: {seated} тыңдаушының {seated - 1}" in html  # admin's kk
