"""E-mails lost on their way (a broker restarted without its queue, a worker killed past its
retries, an address the mail server refused) are asked for again after half an hour, a few
times at most and within a week; an address refused does not hold back the others'."""

from datetime import timedelta

import pytest
from django.utils import timezone

from lms import emails, selectors, services, tasks
from lms.models import PracticeRecord, ScheduleChange
from tests.factories import UserFactory, trainee
from tests.lms.test_enrolment_and_records import log_case
from tests.lms.test_schedule import cohort_world  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_in_process")]

NOTHING = {"practice_to_review": [], "practice_review": [], "schedule_changes": []}


def lose(monkeypatch, *names):
    """The tasks `names` sent from here on vanish, as they do when a broker restarts."""
    for name in names:
        monkeypatch.setattr(getattr(tasks, name), "delay", lambda *args, **kwargs: None)


def after_half_an_hour():
    return timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)


def test_a_practice_cases_lost_e_mails_are_sent_again_once_each(
    monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    user = trainee("practitioner")
    with monkeypatch.context() as lost:
        lose(lost, "email_practice_to_review")
        with django_capture_on_commit_callbacks(execute=True):
            record = log_case(user, supervisor)
    assert mailoutbox == []

    # within half an hour the task may be queued behind others: not asked for twice
    assert services.resend_lost_emails() == NOTHING
    later = after_half_an_hour()
    assert services.resend_lost_emails(now=later)["practice_to_review"] == [record.pk]
    [asked] = mailoutbox
    assert asked.to == ["supervisor@example.kz"] and "/learn/practice/reviews/" in asked.body
    assert services.resend_lost_emails(now=later) == NOTHING  # sent: nothing owed

    # the review's e-mail to the trainee is due now, counted from nought
    with monkeypatch.context() as lost:
        lose(lost, "email_practice_review")
        with django_capture_on_commit_callbacks(execute=True):
            services.review_practice(record=record, by=supervisor, confirm=True, comment="Жақсы")
    record.refresh_from_db()
    assert record.email_resends == 0 and len(mailoutbox) == 1
    assert services.resend_lost_emails()["practice_review"] == []  # just reviewed
    assert services.resend_lost_emails(now=after_half_an_hour())["practice_review"] == [record.pk]
    told = mailoutbox[1]
    assert told.to == ["practitioner@example.kz"] and "расталды" in told.subject
    assert tasks.resend_lost_emails() == 0 and len(mailoutbox) == 2


def test_a_lost_e_mail_is_asked_for_again_a_few_times_within_a_week_to_an_address(
    monkeypatch, django_capture_on_commit_callbacks
):
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    nobody = UserFactory(username="nobody", email="", groups=["Instructors"])
    with monkeypatch.context() as lost:
        lose(lost, "email_practice_to_review")
        with django_capture_on_commit_callbacks(execute=True):
            record = log_case(trainee("practitioner"), supervisor)
            log_case(trainee("other"), nobody)  # no address: nothing to send
        a_week_on = timezone.now() + timedelta(days=emails.RESEND_DAYS, minutes=1)
        assert services.resend_lost_emails(now=a_week_on) == NOTHING  # old news is left

        later = after_half_an_hour()
        for _round in range(emails.EMAIL_RESENDS):
            assert services.resend_lost_emails(now=later)["practice_to_review"] == [record.pk]
            later += emails.RESEND_AFTER
        assert services.resend_lost_emails(now=later) == NOTHING
    record.refresh_from_db()
    assert record.email_resends == emails.EMAIL_RESENDS and record.supervisor_emailed_at is None

    # staff put the case back to waiting after a review: the request is due again, counted anew
    staff = UserFactory(username="staff", is_superuser=True)
    services.review_practice(record=record, by=supervisor, confirm=True)
    with monkeypatch.context() as lost:
        lose(lost, "email_practice_to_review", "email_practice_review")
        services.correct_practice_review(record=record, by=staff, status="pending")
    assert PracticeRecord.objects.get(pk=record.pk).email_resends == 0


def test_an_address_refused_does_not_hold_back_the_others_and_is_tried_again(
    cohort_world,  # noqa: F811
    refused_addresses,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    cohort, coming = cohort_world["cohort"], cohort_world["coming"]
    aliya, bolat = cohort_world["aliya"], cohort_world["bolat"]
    refused_addresses.add(aliya.email)  # the first of the two, by id
    before = selectors.timetable(cohort.pk)
    coming.date += timedelta(days=1)
    coming.save()
    with django_capture_on_commit_callbacks(execute=True):
        change = services.record_schedule_change(cohort=cohort, before=before, by=None)
    assert [m.to for m in mailoutbox] == [[bolat.email]]
    assert list(change.told.all()) == [bolat]

    # the mail server takes the address again: only the untold is told, once
    refused_addresses.clear()
    assert services.resend_lost_emails()["schedule_changes"] == []
    later = after_half_an_hour()
    assert services.resend_lost_emails(now=later)["schedule_changes"] == [change.pk]
    assert [m.to for m in mailoutbox] == [[bolat.email], [aliya.email]]
    assert "Ауыстырылды" in mailoutbox[1].body
    assert services.resend_lost_emails(now=later)["schedule_changes"] == []


def test_a_schedule_change_is_not_told_again_once_its_sessions_are_past(
    cohort_world,  # noqa: F811
    monkeypatch,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    cohort, coming = cohort_world["cohort"], cohort_world["coming"]
    with monkeypatch.context() as lost:
        lose(lost, "email_schedule_change")
        before = selectors.timetable(cohort.pk)
        coming.date = timezone.localdate() + timedelta(days=1)
        coming.save()
        with django_capture_on_commit_callbacks(execute=True):
            moved = services.record_schedule_change(cohort=cohort, before=before, by=None)
        before = selectors.timetable(cohort.pk)
        cohort.place = "Шымкент, Абай даңғылы 1"
        cohort.save()
        with django_capture_on_commit_callbacks(execute=True):
            place = services.record_schedule_change(cohort=cohort, before=before, by=None)
    assert mailoutbox == [] and ScheduleChange.objects.count() == 2

    # six days on, the session moved (from the fifth day to tomorrow) is past on both days, and
    # so is every session of the new place
    six_days_on = timezone.localdate() + timedelta(days=6)
    monkeypatch.setattr(timezone, "localdate", lambda *args: six_days_on)
    assert services.resend_lost_emails(now=after_half_an_hour())["schedule_changes"] == []
    # with a session to come, the new place is told again; the move still is not
    coming.date = six_days_on + timedelta(days=3)
    coming.save()
    assert services.resend_lost_emails(now=after_half_an_hour())["schedule_changes"] == [place.pk]
    assert len(mailoutbox) == 2 and moved.told.count() == 0


def test_a_lost_session_reminder_is_sent_by_the_evenings_next_run(
    cohort_world,  # noqa: F811
    monkeypatch,
    refused_addresses,
    mailoutbox,
):
    """The evening's runs (18, 19 and 20 o'clock) each ask for the sessions of tomorrow with a
    trainee still to remind, so a task lost at six, or an address refused, gets two more tries
    while the reminder is still of use; nobody is reminded twice."""
    aliya, bolat = cohort_world["aliya"], cohort_world["bolat"]
    session = cohort_world["coming"]
    session.date = timezone.localdate() + timedelta(days=1)
    session.save()
    with monkeypatch.context() as lost:
        lose(lost, "email_session_reminders")
        assert tasks.remind_trainees_of_sessions() == 1
    assert mailoutbox == []

    refused_addresses.add(aliya.email)
    assert tasks.remind_trainees_of_sessions() == 1  # seven o'clock
    assert [m.to for m in mailoutbox] == [[bolat.email]]
    refused_addresses.clear()
    assert tasks.remind_trainees_of_sessions() == 1  # eight o'clock: Aliya only
    assert [m.to for m in mailoutbox] == [[bolat.email], [aliya.email]]
    assert tasks.remind_trainees_of_sessions() == 0  # nobody left: no task
    assert len(mailoutbox) == 2


def test_the_lost_e_mails_are_looked_for_every_ten_minutes(settings):
    from assessments import tasks as assessment_tasks

    schedule = settings.CELERY_BEAT_SCHEDULE
    for name, task in [
        ("resend-lost-lms-emails", tasks.resend_lost_emails),
        ("resend-lost-assessment-emails", assessment_tasks.resend_lost_emails),
    ]:
        assert schedule[name]["task"] == task.name and schedule[name]["schedule"] == 600
