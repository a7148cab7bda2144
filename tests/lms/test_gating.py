"""The gating engine: sequential and free order, prerequisites, release dates, overrides, and the
server refusing a locked page."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import PageLogEntry

from curriculum.models import CoursePage
from lms import gating, services
from lms.models import CourseRules, Prerequisite, ReleaseDate
from tests.factories import (
    CohortFactory,
    UserFactory,
    curriculum_tree,
    home_page,
    trainee,
    translate_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return curriculum_tree(modules=3, lessons_per_module=2)


@pytest.fixture
def learner(tree):
    user = trainee("aigerim")
    services.enrol(trainee=user, course=tree["course"])
    return user


def statuses(progress):
    return [module.status for module in progress.modules]


def complete_module(user, tree, index):
    for lesson in tree["lessons"][index * 2 : index * 2 + 2]:
        services.complete_lesson(trainee=user, page=lesson)


def test_sequential_course_opens_only_the_first_module(tree, learner):
    progress = gating.course_progress(learner, tree["course"])
    assert statuses(progress) == ["open", "locked", "locked"]
    second = progress.modules[1]
    assert tree["modules"][0].title in second.reason
    assert tree["modules"][1].title in second.reason


def test_completing_a_module_opens_the_next_one_only(tree, learner):
    complete_module(learner, tree, 0)
    progress = gating.course_progress(learner, tree["course"])
    assert statuses(progress) == ["completed", "open", "locked"]
    assert progress.next_page.page.pk == tree["lessons"][2].pk


def test_half_a_module_keeps_the_next_module_locked(tree, learner):
    services.complete_lesson(trainee=learner, page=tree["lessons"][0])
    assert statuses(gating.course_progress(learner, tree["course"])) == ["open", "locked", "locked"]


def test_free_order_course_opens_every_module(tree, learner):
    CourseRules.objects.create(course=tree["course"], order=CourseRules.Order.FREE)
    assert statuses(gating.course_progress(learner, tree["course"])) == ["open", "open", "open"]


def test_a_trainee_not_enrolled_has_every_module_locked_with_the_reason(tree):
    outsider = trainee("outsider")
    with translation.override("en"):
        progress = gating.course_progress(outsider, tree["course"])
    assert statuses(progress) == ["locked", "locked", "locked"]
    assert progress.modules[0].reason == "Enrol in this course to open its modules."


def test_explicit_prerequisite_locks_a_page_until_its_requirement_is_done(tree, learner):
    CourseRules.objects.create(course=tree["course"], order=CourseRules.Order.FREE)
    Prerequisite.objects.create(page=tree["lessons"][5], required_page=tree["lessons"][0])
    allowed, reason = gating.page_access(learner, tree["lessons"][5])
    assert not allowed and tree["lessons"][0].title in reason
    services.complete_lesson(trainee=learner, page=tree["lessons"][0])
    assert gating.page_access(learner, tree["lessons"][5]) == (True, "")


def test_release_date_keeps_a_module_closed_for_the_cohort_until_it_comes(tree):
    cohort = CohortFactory(course=tree["course"])
    user = trainee("cohort-member")
    services.enrol(trainee=user, course=tree["course"], cohort=cohort)
    CourseRules.objects.create(course=tree["course"], order=CourseRules.Order.FREE)
    opens_at = timezone.now() + timedelta(days=2)
    ReleaseDate.objects.create(cohort=cohort, page=tree["modules"][1], opens_at=opens_at)
    progress = gating.course_progress(user, tree["course"])
    assert statuses(progress) == ["open", "locked", "open"]
    later = gating.course_progress(user, tree["course"], now=opens_at + timedelta(minutes=1))
    assert statuses(later) == ["open", "open", "open"]
    # another trainee without the cohort is not bound by the cohort's calendar
    solo = trainee("solo")
    services.enrol(trainee=solo, course=tree["course"])
    assert statuses(gating.course_progress(solo, tree["course"])) == ["open", "open", "open"]


def test_staff_override_opens_a_locked_module_and_is_in_the_audit_log(tree, learner):
    admin = UserFactory(username="national", groups=["Administrators"])
    services.grant_override(
        trainee=learner, page=tree["modules"][2], reason="Сертификат бар", by=admin
    )
    assert statuses(gating.course_progress(learner, tree["course"])) == ["open", "locked", "open"]
    entry = PageLogEntry.objects.get(action="lms.gating_override", page=tree["modules"][2])
    assert entry.user == admin
    assert entry.data["reason"] == "Сертификат бар"
    assert entry.data["trainee_id"] == learner.pk


def test_override_needs_a_reason_and_the_permission(tree, learner):
    admin = UserFactory(username="national", groups=["Administrators"])
    with pytest.raises(services.LmsError):
        services.grant_override(trainee=learner, page=tree["modules"][2], reason=" ", by=admin)
    instructor = UserFactory(username="teacher", groups=["Instructors"])
    with pytest.raises(services.LmsError):
        services.grant_override(
            trainee=learner, page=tree["modules"][2], reason="why", by=instructor
        )


def test_completion_in_one_language_counts_in_every_language(tree, learner):
    russian = translate_tree(tree, "ru")
    services.complete_lesson(trainee=learner, page=russian["lessons"][0])
    services.complete_lesson(trainee=learner, page=tree["lessons"][1])
    assert statuses(gating.course_progress(learner, russian["course"])) == [
        "completed",
        "open",
        "locked",
    ]


def test_a_course_completed_after_midnight_in_the_site_time_zone_is_dated_that_day(tree, learner):
    """The completion is stored in UTC; the course's date is the site's day (Asia/Almaty, UTC+5),
    which had already turned when UTC still said the 26th."""
    moment = datetime(2026, 11, 26, 20, 30, tzinfo=UTC)
    for lesson in tree["lessons"]:
        services.record_completion(trainee=learner, page=lesson, when=moment)
    assert learner.enrolments.get().completed_on == date(2026, 11, 27)


def test_completing_every_page_completes_the_course_with_its_date(tree, learner):
    for index in range(3):
        complete_module(learner, tree, index)
    enrolment = learner.enrolments.get()
    assert enrolment.status == "completed"
    assert enrolment.completed_on == timezone.localdate()
    progress = gating.course_progress(learner, tree["course"])
    assert progress.completed and progress.percent == 100


def test_progress_is_measured_in_academic_hours(tree, learner):
    services.complete_lesson(trainee=learner, page=tree["lessons"][0])
    progress = gating.course_progress(learner, tree["course"])
    assert progress.hours_total == 12  # six lessons of 2 academic hours
    assert progress.hours_completed == 2
    assert progress.percent == 16


def test_marking_a_locked_lesson_done_is_refused(tree, learner):
    with pytest.raises(services.LmsError):
        services.complete_lesson(trainee=learner, page=tree["lessons"][4])


def test_record_completion_is_idempotent(tree, learner):
    first = services.record_completion(trainee=learner, page=tree["lessons"][0])
    again = services.record_completion(trainee=learner, page=tree["lessons"][0])
    assert first.pk == again.pk


class TestTheServerRefusesLockedPages:
    def test_locked_lesson_url_returns_403_with_the_reason(self, client, tree, learner):
        client.force_login(learner)
        response = client.get(tree["lessons"][2].get_url())
        assert response.status_code == 403
        html = response.content.decode()
        assert tree["modules"][0].title in html

    def test_open_lesson_is_served(self, client, tree, learner):
        client.force_login(learner)
        assert client.get(tree["lessons"][0].get_url()).status_code == 200

    def test_anonymous_visitor_is_sent_to_log_in(self, client, tree):
        response = client.get(tree["lessons"][0].get_url())
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_course_and_module_outlines_stay_public(self, client, tree):
        assert client.get(tree["course"].get_url()).status_code == 200
        assert client.get(tree["modules"][1].get_url()).status_code == 200

    def test_posting_done_for_a_locked_lesson_is_refused(self, client, tree, learner):
        client.force_login(learner)
        response = client.post(f"/kk/learn/pages/{tree['lessons'][4].pk}/done/")
        assert response.status_code == 403
        assert not learner.completions.exists()

    def test_mark_done_moves_on_to_the_next_lesson(self, client, tree, learner):
        client.force_login(learner)
        response = client.post(
            f"/kk/learn/pages/{tree['lessons'][0].pk}/done/",
            {"next_page": tree["lessons"][1].pk},
        )
        assert response.status_code == 302
        assert response["Location"] == tree["lessons"][1].get_url()
        assert learner.completions.count() == 1


def test_the_course_of_a_routed_page_is_read_from_its_parents_without_a_query(tree):
    lesson = tree["lessons"][3]
    home = home_page()
    components = [part for part in lesson.url_path[len(home.url_path) :].split("/") if part]
    routed = home.route(RequestFactory().get("/"), components)[0]
    with CaptureQueriesContext(connection) as queries:
        course = gating.course_of(routed)
    assert len(queries) == 0
    assert isinstance(course, CoursePage)
    assert (course.pk, course.title, course.path) == (
        tree["course"].pk,
        tree["course"].title,
        tree["course"].path,
    )
    # a page loaded on its own asks the database, and finds the same course
    assert gating.course_of(type(lesson).objects.get(pk=lesson.pk)).pk == tree["course"].pk
    assert gating.course_of(tree["programme"]) is None
    # a routed page outside any course: its parents up to the site's root say so, no query
    programme_path = tree["programme"].url_path[len(home.url_path) :]
    programme = home.route(RequestFactory().get("/"), [programme_path.strip("/")])[0]
    with CaptureQueriesContext(connection) as queries:
        assert gating.course_of(programme) is None
    assert len(queries) == 0
