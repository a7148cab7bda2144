"""Trainee and trainer pages: what they show, in every language, in a constant number of queries."""

from datetime import date

import pytest
from django.test import Client

from lms import services
from lms.models import Attendance, TraineeProfile
from tests.factories import (
    CohortFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    region,
    trainee,
)

pytestmark = pytest.mark.django_db


def build(modules: int, trainees: int):
    """A course of `modules` modules, a cohort of `trainees` trainees with some progress."""
    tree = curriculum_tree(modules=modules, lessons_per_module=2)
    trainer = UserFactory(username=f"trainer-{modules}-{trainees}", groups=["Instructors"])
    cohort = CohortFactory(course=tree["course"], trainers=[trainer], capacity=trainees)
    session = SessionFactory(cohort=cohort)
    people = [trainee(f"t-{modules}-{trainees}-{i}") for i in range(trainees)]
    for index, person in enumerate(people):
        services.enrol(trainee=person, course=tree["course"], cohort=cohort)
        for lesson in tree["lessons"][: index % 4]:
            services.record_completion(trainee=person, page=lesson)
    services.mark_attendance(session=session, present={p.pk: True for p in people}, by=trainer)
    return tree, trainer, cohort, session, people


def queries_for(count_queries, user, url):
    client = Client()
    client.force_login(user)
    assert client.get(url).status_code == 200  # warm per-process caches
    return count_queries(lambda: client.get(url))


def test_dashboard_queries_do_not_grow_with_modules_courses_or_sessions(count_queries):
    small = trainee("small")
    large = trainee("large")
    trainer = UserFactory(username="dashboard-trainer", groups=["Instructors"])

    def in_a_cohort(person, course, sessions: int):
        cohort = CohortFactory(course=course, trainers=[trainer])
        services.enrol(trainee=person, course=course, cohort=cohort)
        for day in range(sessions):
            session = SessionFactory(cohort=cohort, date=date(2026, 11, 3 + day))
            services.mark_attendance(session=session, present={person.pk: day % 2 == 0}, by=trainer)

    tree = curriculum_tree(modules=5, lessons_per_module=1)
    in_a_cohort(small, tree["course"], sessions=1)
    for _ in range(4):
        tree = curriculum_tree(modules=12, lessons_per_module=3)
        in_a_cohort(large, tree["course"], sessions=6)
        for lesson in tree["lessons"][:7]:
            services.record_completion(trainee=large, page=lesson)
    assert queries_for(count_queries, small, "/kk/learn/") == queries_for(
        count_queries, large, "/kk/learn/"
    )


def test_progress_matrix_queries_do_not_grow_with_trainees_and_modules(count_queries):
    _, small_trainer, small_cohort, *_ = build(modules=5, trainees=5)
    _, large_trainer, large_cohort, *_ = build(modules=20, trainees=60)
    small = queries_for(count_queries, small_trainer, f"/kk/learn/cohorts/{small_cohort.pk}/")
    large = queries_for(count_queries, large_trainer, f"/kk/learn/cohorts/{large_cohort.pk}/")
    assert small == large


def test_lesson_and_course_pages_for_a_trainee_run_constant_queries(count_queries):
    small_tree = curriculum_tree(modules=2, lessons_per_module=2)
    large_tree = curriculum_tree(modules=20, lessons_per_module=6)
    counts = []
    for tree in (small_tree, large_tree):
        person = trainee(f"reader-{len(tree['lessons'])}")
        services.enrol(trainee=person, course=tree["course"])
        counts.append(
            (
                queries_for(count_queries, person, tree["lessons"][0].get_url()),
                queries_for(count_queries, person, tree["course"].get_url()),
            )
        )
    assert counts[0] == counts[1]


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("kk", "академиялық сағат"), ("ru", "академических часов"), ("en", "academic hours")],
)
def test_dashboard_shows_progress_next_step_and_lock_reason_in_each_language(
    client, language, phrase
):
    tree = curriculum_tree(modules=3, lessons_per_module=2)
    person = trainee("dash")
    services.enrol(trainee=person, course=tree["course"])
    services.complete_lesson(trainee=person, page=tree["lessons"][0])
    client.force_login(person)
    html = client.get(f"/{language}/learn/").content.decode()
    assert tree["course"].title in html
    assert phrase in html
    assert tree["lessons"][1].title in html  # what comes next
    assert html.count(tree["modules"][0].title) >= 2  # its name, and why module 2 waits
    assert 'value="16"' in html  # 2 of 12 academic hours


def test_trainer_marks_attendance_through_the_page(client):
    tree, trainer, cohort, session, people = build(modules=2, trainees=3)
    client.force_login(trainer)
    url = f"/kk/learn/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"present": [people[0].pk]})
    assert response.status_code == 302
    marks = dict(Attendance.objects.filter(session=session).values_list("trainee_id", "present"))
    assert marks == {people[0].pk: True, people[1].pk: False, people[2].pk: False}


def test_matrix_shows_every_trainee_and_module(client):
    tree, trainer, cohort, _, people = build(modules=3, trainees=4)
    client.force_login(trainer)
    html = client.get(f"/kk/learn/cohorts/{cohort.pk}/").content.decode()
    for person in people:
        assert str(person.trainee_profile) in html
    for module in tree["modules"]:
        assert module.title in html


def test_trainee_fills_the_profile_and_gives_consent(client):
    user = UserFactory(username="newcomer", groups=["Trainees"])
    client.force_login(user)
    data = {
        "full_name": "Нұрлан Әбдіұлы",
        "full_name_latin": "Nurlan Abdiuly",
        "date_of_birth": "1979-03-08",
        "iin": "900101300017",
        "phone": "+7 701 111 22 33",
        "region": region("zhambyl").pk,
        "education_level": "higher",
        "mediation_languages": ["kk", "ru"],
    }
    response = client.post("/kk/learn/profile/", data)
    assert response.status_code == 400  # consent is required
    assert not TraineeProfile.objects.filter(user=user).exists()
    response = client.post("/kk/learn/profile/", {**data, "consent": "on"})
    assert response.status_code == 302
    profile = TraineeProfile.objects.get(user=user)
    assert profile.mediation_languages == ["kk", "ru"]
    consent = user.personal_data_consents.get()
    assert consent.recorded_by == user and consent.text_version


def test_a_bad_iin_in_the_profile_gets_a_clear_400(client):
    client.force_login(UserFactory(username="typo", groups=["Trainees"]))
    response = client.post(
        "/en/learn/profile/",
        {"full_name": "Нұрлан Әбдіұлы", "iin": "900101300018", "consent": "on"},
    )
    assert response.status_code == 400
    assert "check digit" in response.content.decode()


def test_trainee_logs_a_case_and_the_supervisor_confirms_it(client):
    supervisor = UserFactory(username="mentor", groups=["Instructors"])
    person = trainee("logger")
    client.force_login(person)
    response = client.post(
        "/kk/learn/practice/",
        {
            "date": "2026-10-01",
            "kind": "co_mediated",
            "role": "co_mediator",
            "outcome": "agreement",
            "summary": "Дүкен иелері арасындағы дау",
            "supervisor": "mentor",
        },
    )
    assert response.status_code == 302
    record = person.practice_records.get()
    client.force_login(supervisor)
    assert "Дүкен иелері" in client.get("/kk/learn/practice/reviews/").content.decode()
    client.post(f"/kk/learn/practice/{record.pk}/review/", {"decision": "confirm"})
    record.refresh_from_db()
    assert record.status == "confirmed"
    assert record.date == date(2026, 10, 1)


def test_self_enrolment_from_the_course_page(client):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    person = trainee("joiner")
    client.force_login(person)
    assert (
        f"/kk/learn/courses/{tree['course'].pk}/enrol/"
        in client.get(tree["course"].get_url()).content.decode()
    )
    response = client.post(f"/kk/learn/courses/{tree['course'].pk}/enrol/")
    assert response.status_code == 302
    assert person.enrolments.get().status == "active"


def test_course_page_offers_no_enrol_button_when_staff_enrol(client):
    from lms.models import CourseRules

    tree = curriculum_tree(modules=1, lessons_per_module=1)
    CourseRules.objects.create(course=tree["course"], self_enrolment=False)
    client.force_login(trainee("hopeful"))
    html = client.get(tree["course"].get_url()).content.decode()
    assert f"/learn/courses/{tree['course'].pk}/enrol/" not in html


def test_a_visitor_registers_as_a_trainee_and_goes_on_to_the_profile(client):
    response = client.post(
        "/kk/learn/register/",
        {
            "username": "zhanar",
            "email": "Zhanar@Example.kz",
            "password1": "Dala-keng-2026!",
            "password2": "Dala-keng-2026!",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/kk/learn/profile/"
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="zhanar")
    assert user.email == "zhanar@example.kz"
    assert user.groups.filter(name="Trainees").exists()
    assert client.get("/kk/learn/profile/").status_code == 200  # logged in


def test_registration_refuses_a_taken_email_with_a_400(client):
    UserFactory(username="first", email="taken@example.kz")
    response = client.post(
        "/en/learn/register/",
        {
            "username": "second",
            "email": "taken@example.kz",
            "password1": "Dala-keng-2026!",
            "password2": "Dala-keng-2026!",
        },
    )
    assert response.status_code == 400
    assert "exists" in response.content.decode()
