"""Deleting a page in the admin: records that hold for every translation of the page move to a
translation that is kept; a page whose records would have none left is refused with the reason,
never a server error."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from assessments import services as assessment_services
from assessments.models import Attempt
from certificates.models import QualificationProfile, QuizPassedRequirement
from lms import gating
from lms import services as lms_services
from lms.models import (
    Cohort,
    Completion,
    CourseRules,
    Enrolment,
    GatingOverride,
    Prerequisite,
    ReleaseDate,
)
from tests.factories import (
    CohortFactory,
    UserFactory,
    curriculum_tree,
    home_page,
    quiz_page,
    single_choice,
    trainee,
    translate_tree,
)
from tests.html_checks import problems

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", is_superuser=True, is_staff=True)
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    return client


def delete(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def translated_quiz(quiz, language: str):
    copy = quiz.copy_for_translation(Locale.objects.get(language_code=language))
    copy.save_revision().publish()
    return copy


@pytest.fixture
def world():
    """A course in Kazakh and Russian; a trainee who studied in Russian: a lesson read, a quiz
    taken, a cohort, a release date, a prerequisite and an override, all on the Russian pages."""
    kk = curriculum_tree(modules=2, lessons_per_module=1)
    questions = [single_choice(name=f"q{i}") for i in range(2)]
    kk_quiz = quiz_page(kk["modules"][0], questions=questions, pass_mark=Decimal(50))
    ru = translate_tree(kk, "ru")
    ru_quiz = translated_quiz(kk_quiz, "ru")
    learner = trainee("learner")
    cohort = CohortFactory(course=ru["course"])
    lms_services.enrol(trainee=learner, course=ru["course"], cohort=cohort)
    lms_services.record_completion(trainee=learner, page=ru["lessons"][0])
    attempt = assessment_services.start_attempt(trainee=learner, quiz=ru_quiz)
    CourseRules.objects.create(course=ru["course"], order=CourseRules.Order.FREE)
    ReleaseDate.objects.create(cohort=cohort, page=ru["modules"][1], opens_at=timezone.now())
    Prerequisite.objects.create(page=ru["lessons"][1], required_page=ru["lessons"][0])
    GatingOverride.objects.create(
        trainee=learner, page=ru["lessons"][1], reason="Болезнь", granted_by=learner
    )
    profile = QualificationProfile.objects.create(
        slug="public", name_kk="Медиатор", name_ru="Медиатор", name_en="Mediator"
    )
    QuizPassedRequirement.objects.create(profile=profile, quiz=ru_quiz, min_percent=50)
    return {
        "kk": kk,
        "ru": ru,
        "kk_quiz": kk_quiz,
        "ru_quiz": ru_quiz,
        "learner": learner,
        "cohort": cohort,
        "attempt": attempt,
    }


def test_deleting_a_translation_moves_its_records_to_the_kept_one(editor, world):
    kk, ru, learner = world["kk"], world["ru"], world["learner"]
    before = gating.course_progress(learner, kk["course"])

    # asking first moves nothing: the check is a dry run
    assert (
        editor.get(reverse("wagtailadmin_pages:delete", args=[ru["course"].pk])).status_code == 200
    )
    assert Completion.objects.get().page_id == ru["lessons"][0].pk

    response = delete(editor, ru["course"])

    assert response.status_code == 302
    assert not Page.objects.filter(pk=ru["course"].pk).exists()
    assert Completion.objects.get().page_id == kk["lessons"][0].pk
    assert Cohort.objects.get().course_id == kk["course"].pk
    assert Enrolment.objects.get().course_id == kk["course"].pk
    assert Attempt.objects.get().quiz_id == world["kk_quiz"].pk
    assert CourseRules.objects.get().course_id == kk["course"].pk
    assert ReleaseDate.objects.get().page_id == kk["modules"][1].pk
    prerequisite = Prerequisite.objects.get()
    assert (prerequisite.page_id, prerequisite.required_page_id) == (
        kk["lessons"][1].pk,
        kk["lessons"][0].pk,
    )
    assert GatingOverride.objects.get().page_id == kk["lessons"][1].pk
    assert QuizPassedRequirement.objects.get().quiz_id == world["kk_quiz"].pk
    after = gating.course_progress(learner, kk["course"])
    assert [p.status for p in after.pages] == [p.status for p in before.pages]
    assert after.hours_completed == before.hours_completed == Decimal(2)


def test_a_lesson_with_no_translation_left_takes_its_completions_along(editor, world):
    """Its own rule (cascade) applies once no translation keeps the records."""
    delete(editor, world["ru"]["lessons"][0])
    assert Completion.objects.get().page_id == world["kk"]["lessons"][0].pk

    assert delete(editor, world["kk"]["lessons"][0]).status_code == 302

    assert not Completion.objects.exists()
    assert not Prerequisite.objects.exists()


def test_a_course_whose_records_would_have_no_translation_is_refused_with_the_reason(editor, world):
    delete(editor, world["ru"]["course"])
    course = world["kk"]["course"]

    page = editor.get(reverse("wagtailadmin_pages:delete", args=[course.pk]))
    response = delete(editor, course)

    assert page.status_code == 200
    assert response.status_code == 409
    html = response.content.decode()
    assert "This page cannot be deleted" in html
    for kind in ("Cohorts: 1", "Enrolments: 1", "Attempts: 1", "“quiz passed” requirements: 1"):
        assert kind in html, kind
    assert "unpublish it instead" in html
    assert not problems(html)
    assert Page.objects.filter(pk=course.pk).exists()
    assert Completion.objects.get().page_id == world["kk"]["lessons"][0].pk
    assert Page.objects.get(pk=course.pk).get_descendant_count() == 5

    UserProfile.objects.filter(user__username="editor").update(preferred_language="ru")
    html = editor.get(reverse("wagtailadmin_pages:delete", args=[course.pk])).content.decode()
    assert "Эту страницу нельзя удалить" in html
    assert "Группы: 1" in html
    assert "Требования «тест сдан»: 1" in html


def test_a_bulk_delete_of_pages_in_use_is_refused_with_the_reason(editor, world):
    delete(editor, world["ru"]["course"])
    course = world["kk"]["course"]
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={course.pk}&next=/admin/"
    )

    response = editor.post(url, {"confirm_site_name": "", "id": [course.pk]})

    assert response.status_code == 409
    assert "This page cannot be deleted" in response.content.decode()
    assert Page.objects.filter(pk=course.pk).exists()


def test_records_move_to_a_translation_rather_than_to_an_alias(editor):
    """An alias (a page in another locale showing the source's content) is taken only when no
    translation is left, on every database (PostgreSQL sorts a missing alias_of last)."""
    kk = curriculum_tree(modules=1, lessons_per_module=1)
    english = Locale.objects.get(language_code="en")
    parent = home_page("en")
    for key in ("programme", "course", "modules"):
        pages = kk[key] if isinstance(kk[key], list) else [kk[key]]
        for page in pages:
            parent = page.copy_for_translation(english)
            parent.save_revision().publish()
    lesson = kk["lessons"][0]
    alias = lesson.create_alias(parent=parent, update_locale=english, reset_translation_key=False)
    russian = translate_tree(kk, "ru")["lessons"][0]
    assert alias.pk < russian.pk and alias.translation_key == lesson.translation_key
    learner = trainee("learner")
    lms_services.record_completion(trainee=learner, page=lesson)

    assert delete(editor, lesson).status_code == 302

    assert Completion.objects.get().page_id == russian.pk
