"""Enrolment with capacity and waiting lists, attendance hours, practice records, profiles."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from lms import selectors, services
from lms.models import CourseRules, Enrolment, PracticeRecord, TraineeProfile
from lms.validators import iin_check_digit, validate_iin
from tests.factories import (
    CohortFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    trainee,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return curriculum_tree(modules=2, lessons_per_module=1)["course"]


@pytest.fixture
def admin():
    return UserFactory(username="national", groups=["Administrators"])


def test_one_enrolment_per_trainee_and_course(course):
    user = trainee("asel")
    services.enrol(trainee=user, course=course)
    with pytest.raises(services.LmsError):
        services.enrol(trainee=user, course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(trainee=user, course=course)


def test_self_enrolment_is_refused_when_the_course_takes_staff_enrolments_only(course, admin):
    CourseRules.objects.create(course=course, self_enrolment=False)
    user = trainee("bolat")
    with pytest.raises(services.LmsError):
        services.enrol(trainee=user, course=course)
    assert services.enrol(trainee=user, course=course, by=admin).status == "active"


def test_a_full_cohort_puts_trainees_on_its_waiting_list_and_a_withdrawal_moves_them_up(
    course, admin
):
    cohort = CohortFactory(course=course, capacity=2)
    first, second, third = (trainee(f"t{i}") for i in range(3))
    for user in (first, second, third):
        services.enrol(trainee=user, course=course, cohort=cohort)
    statuses = dict(cohort.enrolments.values_list("trainee__username", "status"))
    assert statuses == {"t0": "active", "t1": "active", "t2": "waiting"}
    services.withdraw(enrolment=first.enrolments.get(), by=first)
    assert third.enrolments.get().status == "active"


def test_a_full_cohort_without_a_waiting_list_refuses(course):
    cohort = CohortFactory(course=course, capacity=1, waiting_list=False)
    services.enrol(trainee=trainee("a"), course=course, cohort=cohort)
    with pytest.raises(services.LmsError):
        services.enrol(trainee=trainee("b"), course=course, cohort=cohort)


def test_withdrawn_trainee_can_enrol_again(course):
    user = trainee("dana")
    enrolment = services.enrol(trainee=user, course=course)
    services.withdraw(enrolment=enrolment, by=user)
    assert services.enrol(trainee=user, course=course).status == "active"
    assert user.enrolments.count() == 1


def test_attendance_gives_present_trainees_the_session_hours(course):
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=course, trainers=[trainer])
    morning = SessionFactory(cohort=cohort, academic_hours=Decimal("4"))
    afternoon = SessionFactory(cohort=cohort, academic_hours=Decimal("3"))
    here, away = trainee("here"), trainee("away")
    for user in (here, away):
        services.enrol(trainee=user, course=course, cohort=cohort)
    services.mark_attendance(session=morning, present={here.pk: True, away.pk: False}, by=trainer)
    services.mark_attendance(session=afternoon, present={here.pk: True, away.pk: True}, by=trainer)
    hours = selectors.attended_hours(course_keys=[course.translation_key])
    assert hours[(here.pk, course.translation_key)] == Decimal("7")
    assert hours[(away.pk, course.translation_key)] == Decimal("3")
    # marking again replaces the earlier mark instead of adding to it
    services.mark_attendance(session=morning, present={here.pk: False, away.pk: False}, by=trainer)
    assert selectors.attended_hours(trainee_ids=[here.pk])[(here.pk, course.translation_key)] == 3


def test_only_the_cohorts_trainers_mark_its_attendance(course):
    cohort = CohortFactory(course=course)
    session = SessionFactory(cohort=cohort)
    stranger = UserFactory(username="other-trainer", groups=["Instructors"])
    user = trainee("x")
    services.enrol(trainee=user, course=course, cohort=cohort)
    with pytest.raises(services.LmsError):
        services.mark_attendance(session=session, present={user.pk: True}, by=stranger)


def test_attendance_cannot_mark_someone_outside_the_cohort(course):
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=course, trainers=[trainer])
    session = SessionFactory(cohort=cohort)
    with pytest.raises(services.LmsError):
        services.mark_attendance(session=session, present={trainee("y").pk: True}, by=trainer)


def log_case(user, supervisor, **more) -> PracticeRecord:
    """A co-mediated case that ended in an agreement, logged by `user` for `supervisor`."""
    return services.log_practice(
        trainee=user,
        supervisor=supervisor,
        date=date(2026, 10, 1),
        kind=PracticeRecord.Kind.CO_MEDIATED,
        role=PracticeRecord.Role.CO_MEDIATOR,
        outcome=PracticeRecord.Outcome.AGREEMENT,
        **more,
    )


def test_practice_case_is_confirmed_or_rejected_by_its_supervisor_only():
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    user = trainee("practitioner")
    record = log_case(user, supervisor)
    with pytest.raises(services.LmsError):
        services.review_practice(record=record, by=user, confirm=True)
    with pytest.raises(services.LmsError):  # a rejection says why
        services.review_practice(record=record, by=supervisor, confirm=False)
    record = services.review_practice(record=record, by=supervisor, confirm=True, comment="Жақсы")
    assert record.status == "confirmed" and record.reviewed_at
    with pytest.raises(services.LmsError):
        services.review_practice(record=record, by=supervisor, confirm=False, comment="no")


@pytest.mark.usefixtures("tasks_in_process")
def test_the_supervisor_is_asked_to_review_a_case_and_the_trainee_is_told_the_review(
    mailoutbox, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    supervisor = UserFactory(username="supervisor", email="sup@example.kz", groups=["Instructors"])
    UserProfile.objects.create(user=supervisor, preferred_language="ru")
    user = trainee("practitioner", full_name="Әлия Ғабитқызы Қасымова")
    user.email = "aliya@example.kz"
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        record = log_case(user, supervisor, summary="Екі қауымдастық арасындағы жер дауы")
    [asked] = mailoutbox
    assert asked.to == ["sup@example.kz"] and asked.extra_headers["Content-Language"] == "ru"
    assert (
        "Әлия Ғабитқызы Қасымова" in asked.subject and "/ru/learn/practice/reviews/" in asked.body
    )
    assert "жер дауы" not in asked.body  # the case's summary stays on the site

    with django_capture_on_commit_callbacks(execute=True):
        services.review_practice(
            record=record, by=supervisor, confirm=False, comment="Хаттаманың көшірмесі жоқ"
        )
    told = mailoutbox[1]
    assert told.to == ["aliya@example.kz"] and told.extra_headers["Content-Language"] == "kk"
    assert "расталмады" in told.subject and "Хаттаманың көшірмесі жоқ" in told.body
    assert "/kk/learn/practice/" in told.body
    # each once, whatever runs again
    assert not services.email_practice_to_review(record_id=record.pk)
    assert not services.email_practice_review(record_id=record.pk)
    assert len(mailoutbox) == 2


@pytest.mark.usefixtures("tasks_in_process")
def test_a_confirmed_case_is_told_and_nobody_without_an_address_is_written_to(
    mailoutbox, django_capture_on_commit_callbacks
):
    supervisor = UserFactory(username="supervisor", email="", groups=["Instructors"])
    user = trainee("practitioner")
    user.email = "p@example.kz"
    user.save()
    fields = {"kind": "observed", "role": "observer", "outcome": "consultation"}
    with django_capture_on_commit_callbacks(execute=True):
        record = services.log_practice(
            trainee=user, supervisor=supervisor, date=date(2026, 10, 1), **fields
        )
    assert mailoutbox == []  # the supervisor has no address
    with django_capture_on_commit_callbacks(execute=True):
        services.review_practice(record=record, by=supervisor, confirm=True, comment="Жақсы")
    [told] = mailoutbox
    assert "расталды" in told.subject and "біліктілік" in told.body and "Жақсы" in told.body


def test_practice_case_cannot_be_in_the_future_or_self_confirmed():
    user = trainee("z")
    fields = {"kind": "observed", "role": "observer", "outcome": "consultation"}
    with pytest.raises(services.LmsError):
        services.log_practice(trainee=user, supervisor=user, date=date(2026, 1, 1), **fields)
    with pytest.raises(services.LmsError):
        services.log_practice(
            trainee=user,
            supervisor=UserFactory(username="s"),
            date=date(2099, 1, 1),
            **fields,
        )


# Check digits worked out by hand: sum(digit_i * i) mod 11 for i = 1..11; when that is 10,
# the weights 3..11, 1, 2 instead; when that is 10 too, no IIN has these eleven digits.
@pytest.mark.parametrize("iin", ["900101300017", "880412300011", "000229500018", "900101300811"])
def test_valid_iins_pass(iin):
    validate_iin(iin)


@pytest.mark.parametrize(
    "iin",
    [
        "900101300018",  # wrong check digit
        "90010130001",  # 11 digits
        "9001013000AA",  # letters
        "901301300010",  # month 13
        "900101300800",  # both weighted sums leave 10: no valid number
    ],
)
def test_invalid_iins_are_refused(iin):
    with pytest.raises(ValidationError):
        validate_iin(iin)


def test_eleven_digits_whose_both_sums_leave_ten_have_no_check_digit():
    assert iin_check_digit("90010130080") is None
    assert iin_check_digit("90010130081") == 1


def test_profile_names_must_be_cyrillic_and_latin():
    profile = TraineeProfile(user=trainee("name-check"), full_name="Aliya", full_name_latin="Әлия")
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    assert {"full_name", "full_name_latin"} <= set(error.value.message_dict)


def test_practice_cases_are_not_added_in_the_admin_and_a_review_changed_there_is_dated(client):
    """The admin's add form had neither trainee nor case: saving it was a 500."""
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    record = services.log_practice(
        trainee=trainee("practitioner"),
        supervisor=supervisor,
        date=date(2026, 10, 1),
        kind=PracticeRecord.Kind.OBSERVED,
        role=PracticeRecord.Role.OBSERVER,
        outcome=PracticeRecord.Outcome.CONSULTATION,
    )
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    listing = client.get("/admin/lms/practice-records/")
    assert listing.status_code == 200 and "/admin/lms/practice-records/new/" not in listing.text
    assert client.get("/admin/lms/practice-records/new/").status_code in (302, 403)
    response = client.post("/admin/lms/practice-records/new/", {"status": "confirmed"})
    assert response.status_code in (302, 403) and PracticeRecord.objects.count() == 1

    edit = f"/admin/lms/practice-records/edit/{record.pk}/"
    response = client.post(edit, {"status": "rejected", "review_comment": " "})
    assert response.status_code == 200 and "review_comment" in response.context["form"].errors
    record.refresh_from_db()
    assert record.status == "pending" and record.reviewed_at is None

    response = client.post(
        edit, {"status": "rejected", "review_comment": "Тараптардың аты жазылған"}
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == "rejected" and record.reviewed_at is not None
    client.post(edit, {"status": "pending", "review_comment": ""})
    record.refresh_from_db()
    assert record.status == "pending" and record.reviewed_at is None


@pytest.mark.usefixtures("tasks_in_process")
def test_a_review_corrected_in_the_admin_is_signed_and_told_as_a_correction(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    """Before, a correction in the admin changed the case's status without a word to the
    trainee, who had been told the earlier outcome."""
    from wagtail.models import ModelLogEntry

    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    user = trainee("practitioner")
    user.email = "p@example.kz"
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        record = log_case(user, supervisor)
    with django_capture_on_commit_callbacks(execute=True):
        services.review_practice(record=record, by=supervisor, confirm=False, comment="Хаттама жоқ")
    assert len(mailoutbox) == 2  # the supervisor asked, the trainee told the rejection
    record.refresh_from_db()
    assert record.reviewed_by == supervisor

    # the trainee brought the protocol: staff confirm the case after all
    staff = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(staff)
    edit = f"/admin/lms/practice-records/edit/{record.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {"status": "confirmed", "review_comment": "Хаттама әкелінді"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == "confirmed" and record.reviewed_by == staff
    told = mailoutbox[2]
    assert told.to == ["p@example.kz"] and "расталды" in told.subject
    assert "түзетілді" in told.body and "Түсініктеме: Хаттама әкелінді" in told.body
    assert "Жетекшінің" not in told.body  # the comment is not the supervisor's

    # the comment alone reworded: nobody is told again
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"status": "confirmed", "review_comment": "Хаттама тіркелді"})
    assert len(mailoutbox) == 3

    # back to waiting: undated, unsigned, and its supervisor asked again
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"status": "pending", "review_comment": ""})
    record.refresh_from_db()
    assert record.reviewed_at is None and record.reviewed_by is None
    assert len(mailoutbox) == 4 and mailoutbox[3].to == [supervisor.email]
    edits = ModelLogEntry.objects.filter(object_id=str(record.pk), action="wagtail.edit")
    assert edits.count() == 3 and {entry.user_id for entry in edits} == {staff.pk}

    # the service asks for the permission itself, and for a rejection's reason
    with pytest.raises(services.LmsError):
        services.correct_practice_review(record=record, by=user, status="confirmed")
    with pytest.raises(services.LmsError):
        services.correct_practice_review(record=record, by=staff, status="rejected", comment=" ")
