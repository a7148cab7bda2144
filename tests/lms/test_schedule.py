"""A cohort's sessions: on a trainee's dashboard with their attendance, as a calendar file that a
phone's calendar reads, reminded of the evening before, changes told to the trainees, and kept
once attendance is marked."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db.models import ProtectedError
from django.utils import timezone, translation
from django.utils.formats import date_format

from lms import emails, selectors, services, tasks
from lms.models import (
    Attendance,
    Cohort,
    Enrolment,
    ScheduleChange,
    StaffScope,
    TraineeProfile,
)
from tests.factories import (
    CohortFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    region,
    trainee,
)
from tests.html_checks import problems
from tests.html_forms import forms_of

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")
# a topic long enough to be folded in the file, in letters of two octets each
LONG_TOPIC = "Этносаралық дауларды шешудегі медиатордың бейтараптығы және оның шекаралары: Қазақстан тәжірибесі"


@pytest.fixture
def cohort_world():
    """A cohort of two trainees with two sessions held (one attended by the first trainee, the
    other missed) and one to come."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=tree["course"], trainers=[trainer], place="Шымкент, Тәуке хан 5")
    today = timezone.localdate()
    held = [
        SessionFactory(cohort=cohort, date=today - timedelta(days=7), topic="Белсенді тыңдау"),
        SessionFactory(cohort=cohort, date=today - timedelta(days=3), topic="Келіссөз"),
    ]
    coming = SessionFactory(
        cohort=cohort,
        date=today + timedelta(days=5),
        starts_at=time(14, 0),
        ends_at=time(17, 30),
        topic=LONG_TOPIC,
    )
    aliya, bolat = trainee("aliya"), trainee("bolat")
    for person in (aliya, bolat):
        services.enrol(trainee=person, course=tree["course"], cohort=cohort)
    services.mark_attendance(session=held[0], present={aliya.pk: True, bolat.pk: False}, by=trainer)
    services.mark_attendance(session=held[1], present={aliya.pk: False, bolat.pk: True}, by=trainer)
    return {
        "cohort": cohort,
        "held": held,
        "coming": coming,
        "trainer": trainer,
        "aliya": aliya,
        "bolat": bolat,
    }


@pytest.mark.parametrize(
    ("language", "next_label", "attended", "missed", "ahead", "hours"),
    [
        ("kk", "Келесі сабақ", "қатысты", "қатыспады", "алда", "өткен 8 академиялық сағаттың 4"),
        ("ru", "Следующее занятие", "присутствовал(а)", "отсутствовал(а)", "предстоит", "4 из 8"),
        ("en", "Next session", "attended", "absent", "upcoming", "4 of the 8 academic hours"),
    ],
)
def test_the_dashboard_shows_the_trainees_sessions_and_their_own_attendance(
    client, cohort_world, language, next_label, attended, missed, ahead, hours
):
    client.force_login(cohort_world["aliya"])
    html = client.get(f"/{language}/learn/").content.decode()
    with translation.override(language):
        day = date_format(cohort_world["coming"].date, "DATE_FORMAT")
    assert f"{next_label}:</strong> {day}, 14:00–17:30 · {LONG_TOPIC}" in html
    assert "Шымкент, Тәуке хан 5" in html
    rows = html.split('<ol class="session-list">')[1].split("</ol>")[0].split("<li>")[1:]
    # Aliya's marks (present, then absent), not Bolat's (the other way round)
    assert [attended in rows[0], missed in rows[1], ahead in rows[2]] == [True, True, True]
    assert hours in html
    assert f'href="/{language}/learn/cohorts/{cohort_world["cohort"].pk}/calendar.ics"' in html


def test_a_cohort_without_sessions_says_so(client):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    cohort = CohortFactory(course=tree["course"])
    person = trainee("early")
    services.enrol(trainee=person, course=tree["course"], cohort=cohort)
    client.force_login(person)
    html = client.get("/en/learn/").content.decode()
    assert "The cohort's sessions are not scheduled yet." in html and "calendar.ics" not in html


def test_the_calendar_file_reads_back_as_the_cohorts_sessions(client, cohort_world):
    cohort = cohort_world["cohort"]
    client.force_login(cohort_world["aliya"])
    url = f"/ru/learn/cohorts/{cohort.pk}/calendar.ics"
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = response.content
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))  # folded, by octets
    calendar = icalendar.Calendar.from_ical(body.decode())
    events = calendar.walk("VEVENT")
    sessions = [*cohort_world["held"], cohort_world["coming"]]
    assert len(events) == 3
    for event, session in zip(events, sessions, strict=True):
        assert event.decoded("DTSTART") == datetime.combine(
            session.date, session.starts_at, tzinfo=ALMATY
        )
        assert event.decoded("DTEND") == datetime.combine(
            session.date, session.ends_at, tzinfo=ALMATY
        )
        assert str(event["SUMMARY"]) == f"{cohort.title}: {session.topic}"  # its comma kept
        assert str(event["LOCATION"]) == "Шымкент, Тәуке хан 5"
        assert str(event["DESCRIPTION"]) == "Академические часы: 4"
    # the same UIDs on every download, so that a calendar updates a moved session in place
    again = icalendar.Calendar.from_ical(client.get(url).content.decode())
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in events]
    assert len({str(e["UID"]) for e in events}) == 3


def test_the_calendar_file_is_for_the_cohorts_trainees_and_staff_only(client, cohort_world):
    cohort = cohort_world["cohort"]
    url = f"/kk/learn/cohorts/{cohort.pk}/calendar.ics"
    assert client.get(url).status_code == 302  # to the login page

    client.force_login(trainee("outsider"))
    assert client.get(url).status_code == 404
    client.force_login(UserFactory(username="other-trainer", groups=["Instructors"]))
    assert client.get(url).status_code == 404  # teaches no cohort of this one
    client.force_login(cohort_world["trainer"])
    assert client.get(url).status_code == 200

    bolat = cohort_world["bolat"]
    client.force_login(bolat)
    assert client.get(url).status_code == 200
    Enrolment.objects.filter(trainee=bolat).update(status=Enrolment.Status.WITHDRAWN)
    assert client.get(url).status_code == 404
    assert client.get("/kk/learn/cohorts/999999/calendar.ics").status_code == 404


@pytest.mark.usefixtures("tasks_in_process")
def test_the_trainees_of_tomorrows_session_are_reminded_once_for_its_date(cohort_world, mailoutbox):
    from wagtail.users.models import UserProfile

    today = timezone.localdate()
    cohort, aliya, bolat = cohort_world["cohort"], cohort_world["aliya"], cohort_world["bolat"]
    tomorrow = SessionFactory(cohort=cohort, date=today + timedelta(days=1), topic="Келіссөз")
    UserProfile.objects.create(user=aliya, preferred_language="ru")
    # on the waiting list: no place in the room, no reminder
    Enrolment.objects.filter(trainee=bolat).update(status=Enrolment.Status.WAITING)

    assert tasks.remind_trainees_of_sessions() == 1  # one session tomorrow
    [message] = mailoutbox
    assert message.to == [aliya.email] and message.extra_headers["Content-Language"] == "ru"
    assert message.subject == f"Завтра в 10:00: занятие группы «{cohort.title}»"
    with translation.override("ru"):
        day = date_format(tomorrow.date, "DATE_FORMAT")
    assert f"собирается завтра, {day}, 10:00–13:00" in message.body
    assert "Место: Шымкент, Тәуке хан 5" in message.body and "Тема: Келіссөз" in message.body
    assert "/ru/learn/" in message.body

    # run again the same evening: nobody twice, and no task asked for
    assert tasks.remind_trainees_of_sessions() == 0 and len(mailoutbox) == 1
    # moved to the day after: reminded again on the evening before its new date
    tomorrow.date = today + timedelta(days=2)
    tomorrow.save()
    assert selectors.sessions_to_remind_of(today=today + timedelta(days=1)) == [tomorrow.pk]
    assert services.email_session_reminders(session_id=tomorrow.pk) == 1
    assert len(mailoutbox) == 2
    # a session already held is reminded of to nobody
    assert services.email_session_reminders(session_id=cohort_world["held"][0].pk) == 0


def test_the_session_reminders_go_out_each_evening_and_are_asked_for_twice_more(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["remind-trainees-of-sessions"]
    assert entry["task"] == tasks.remind_trainees_of_sessions.name
    assert entry["schedule"].hour == {18, 19, 20} and entry["schedule"].minute == {0}


@pytest.mark.usefixtures("tasks_in_process")
def test_a_trainee_turns_the_session_reminders_off_in_their_profile(
    client, cohort_world, mailoutbox
):
    aliya, bolat = cohort_world["aliya"], cohort_world["bolat"]
    session = SessionFactory(
        cohort=cohort_world["cohort"], date=timezone.localdate() + timedelta(days=1)
    )
    client.force_login(aliya)
    url = "http://testserver/kk/learn/profile/"
    [form] = [f for f in forms_of(client.get(url).text, url) if f.action == url]
    assert ("session_reminders", "on") in form.fields  # on unless turned off
    response = client.post("/kk/learn/profile/", form.data(session_reminders=None, consent="on"))
    assert response.status_code == 302
    assert TraineeProfile.objects.get(user=aliya).session_reminders is False
    assert services.email_session_reminders(session_id=session.pk) == 1
    [message] = mailoutbox
    assert message.to == [bolat.email]


def _cohort_form(client, cohort):
    url = f"/admin/lms/cohorts/edit/{cohort.pk}/"
    page = client.get(url).text
    return url, next(
        f
        for f in forms_of(page, "http://testserver" + url)
        if f.method == "post" and f.action.endswith(url)
    )


@pytest.mark.usefixtures("tasks_in_process")
def test_sessions_moved_cancelled_or_added_in_the_admin_are_told_to_the_trainees_once(
    client, cohort_world, mailoutbox, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    today = timezone.localdate()
    cohort, aliya, bolat = cohort_world["cohort"], cohort_world["aliya"], cohort_world["bolat"]
    coming, held = cohort_world["coming"], cohort_world["held"][0]
    UserProfile.objects.create(user=aliya, preferred_language="ru")
    # on the waiting list: no place in the room, not told
    Enrolment.objects.filter(trainee=bolat).update(status=Enrolment.Status.WAITING)
    later = SessionFactory(cohort=cohort, date=today + timedelta(days=12), topic="Қорытынды")
    staff = UserFactory(username="national", groups=["Administrators"])
    client.force_login(staff)
    url, form = _cohort_form(client, cohort)
    row = {value: name.split("-")[1] for name, value in form.fields if name.endswith("-id")}
    new = form.data()["sessions-TOTAL_FORMS"][0]
    moved_to, added = today + timedelta(days=6), today + timedelta(days=9)
    changes = {
        f"sessions-{row[str(coming.pk)]}-date": moved_to.isoformat(),
        f"sessions-{row[str(coming.pk)]}-starts_at": "15:00",
        f"sessions-{row[str(coming.pk)]}-ends_at": "18:30",
        f"sessions-{row[str(later.pk)]}-DELETE": "1",
        f"sessions-{row[str(held.pk)]}-topic": "Белсенді тыңдау, 1-бөлім",  # held: not told
        "sessions-TOTAL_FORMS": str(int(new) + 1),
        f"sessions-{new}-date": added.isoformat(),
        f"sessions-{new}-starts_at": "10:00",
        f"sessions-{new}-ends_at": "13:00",
        f"sessions-{new}-academic_hours": "4",
        f"sessions-{new}-topic": "Рөлдік ойын",
        f"sessions-{new}-id": "",
        f"sessions-{new}-DELETE": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form.data(**changes), follow=True)
    assert response.redirect_chain and response.redirect_chain[-1][1] == 302
    shown = [str(m) for m in response.context["messages"]]
    # in the admin's language: "The trainees of the cohort are told of the changed sessions …"
    assert "Топ тыңдаушыларына сабақтардың өзгергені туралы хат жіберіледі." in shown

    [message] = mailoutbox
    assert message.to == [aliya.email] and message.extra_headers["Content-Language"] == "ru"
    assert message.subject == f"Занятия группы «{cohort.title}» изменились"
    with translation.override("ru"):
        day = {d: date_format(d, "DATE_FORMAT") for d in (coming.date, moved_to, added, later.date)}
    body = message.body
    assert (
        f"Перенесено: {day[coming.date]}, 14:00–17:30"  # the topic once, after the new day
        f" → теперь {day[moved_to]}, 15:00–18:30 ({LONG_TOPIC})"
    ) in body
    assert f"Добавлено: {day[added]}, 10:00–13:00 (Рөлдік ойын)" in body
    assert f"Отменено: {day[later.date]}, 10:00–13:00 (Қорытынды)" in body
    assert body.index("Перенесено") < body.index("Добавлено") < body.index("Отменено")  # by day
    assert "Белсенді" not in body and "/ru/learn/" in body

    change = cohort.schedule_changes.get()
    assert change.made_by == staff and list(change.told.all()) == [aliya]
    assert services.email_schedule_change(change_id=change.pk) == 0  # nobody twice
    # saved again as it is: nothing to tell
    url, form = _cohort_form(client, cohort)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, form.data()).status_code == 302
    assert cohort.schedule_changes.count() == 1 and len(mailoutbox) == 1


@pytest.mark.usefixtures("tasks_in_process")
def test_only_what_changes_a_session_to_come_is_told(
    cohort_world, mailoutbox, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    cohort, coming, held = cohort_world["cohort"], cohort_world["coming"], cohort_world["held"]

    unmarked = SessionFactory(cohort=cohort, date=today - timedelta(days=5))
    before = selectors.timetable(cohort.pk)
    held[0].date -= timedelta(days=1)  # a held session's day corrected
    held[0].save()
    unmarked.delete()  # a held session nobody marked, removed
    SessionFactory(cohort=cohort, date=today - timedelta(days=1))  # recorded once held
    coming.topic, coming.academic_hours = "Жаңа тақырып", 3
    coming.save()
    assert services.record_schedule_change(cohort=cohort, before=before, by=None) is None

    # a new place is told with sessions to come, to each trainee in their language
    before = selectors.timetable(cohort.pk)
    cohort.place = "Шымкент, Абай даңғылы 1"
    cohort.save()
    with django_capture_on_commit_callbacks(execute=True):
        change = services.record_schedule_change(cohort=cohort, before=before, by=None)
    assert change.changes == [
        {"kind": "place", "place": "Шымкент, Абай даңғылы 1", "online": False}
    ]
    assert len(mailoutbox) == 2
    assert "Алдағы сабақтар өтетін орын: Шымкент, Абай даңғылы 1" in mailoutbox[0].body
    before = selectors.timetable(cohort.pk)
    cohort.online = True
    cohort.save()
    change = services.record_schedule_change(cohort=cohort, before=before, by=None)
    assert (
        "Алдағы сабақтар онлайн өтеді."
        in emails.schedule_changed(change, cohort_world["aliya"]).body
    )

    # with no session to come, a new place tells nobody
    coming.date = today - timedelta(days=2)
    coming.save()
    before = selectors.timetable(cohort.pk)
    cohort.online = False
    cohort.save()
    assert services.record_schedule_change(cohort=cohort, before=before, by=None) is None


def test_a_session_with_attendance_marked_is_kept(client, cohort_world):
    cohort, held, coming = cohort_world["cohort"], cohort_world["held"], cohort_world["coming"]
    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    url, form = _cohort_form(client, cohort)
    row = {value: name.split("-")[1] for name, value in form.fields if name.endswith("-id")}
    removed = {f"sessions-{row[str(session.pk)]}-DELETE": "1" for session in held}
    # with another field wrong too: Django removes a form marked so without validating it
    removed[f"sessions-{row[str(held[0].pk)]}-date"] = ""
    response = client.post(url, form.data(title="Өзгерген атау", **removed))
    assert response.status_code == 200
    with translation.override("kk"):
        days = ", ".join(date_format(session.date, "DATE_FORMAT") for session in held)
    # "Attendance is marked for the sessions of …: their hours count for their trainees, …"
    assert response.context["form"].non_field_errors() == [
        f"{days} сабақтарына қатысу белгіленген: олардың сағаттары тыңдаушыларға есептеледі,"
        " сондықтан оларды жою мүмкін емес. Орнына күнін не сағаттарын түзетіңіз."
    ]
    cohort.refresh_from_db()
    assert cohort.title != "Өзгерген атау" and cohort.sessions.count() == 3
    assert Attendance.objects.filter(session__in=held).count() == 4

    # a session without marks goes
    url, form = _cohort_form(client, cohort)
    row = {value: name.split("-")[1] for name, value in form.fields if name.endswith("-id")}
    assert (
        client.post(url, form.data(**{f"sessions-{row[str(coming.pk)]}-DELETE": "1"})).status_code
        == 302
    )
    assert list(cohort.sessions.all()) == held
    # and whatever the screen, the database keeps a marked session
    with pytest.raises(ProtectedError):
        held[0].delete()


def test_a_cohort_with_attendance_marked_is_not_deleted(client, cohort_world):
    cohort = cohort_world["cohort"]
    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    url = f"/admin/lms/cohorts/delete/{cohort.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    # "Attendance is marked for 2 sessions of this cohort: … so the cohort cannot be deleted."
    assert "Бұл топтың 2 сабағына қатысу белгіленген" in page.text
    assert not [f for f in forms_of(page.text, "http://testserver" + url) if f.action.endswith(url)]
    response = client.post(url)
    assert response.status_code == 409 and "Бұл топтың 2 сабағына" in response.text
    assert Cohort.objects.filter(pk=cohort.pk).exists() and Attendance.objects.count() == 4

    # a cohort whose sessions nobody has marked yet is deleted, its trainees kept in the course
    unmarked = CohortFactory(course=cohort.course, title="Жаңа топ")
    SessionFactory(cohort=unmarked, date=timezone.localdate() + timedelta(days=3))
    url = f"/admin/lms/cohorts/delete/{unmarked.pk}/"
    page = client.get(url).text
    assert [f for f in forms_of(page, "http://testserver" + url) if f.action.endswith(url)]
    assert client.post(url).status_code == 302
    assert not Cohort.objects.filter(pk=unmarked.pk).exists()


@pytest.mark.usefixtures("tasks_in_process")
def test_a_cohort_deleted_with_sessions_to_come_tells_its_trainees_they_will_not_take_place(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    cohort = CohortFactory(course=course, title="Шымкент, 3-топ", capacity=1)
    SessionFactory(cohort=cohort, date=today - timedelta(days=3), topic="Кіріспе")  # held
    coming = SessionFactory(cohort=cohort, date=today + timedelta(days=4), topic="Келіссөз")
    seated, waiting = trainee("seated"), trainee("waiting")
    for person in (seated, waiting):  # one place: the second waits
        services.enrol(trainee=person, course=course, cohort=cohort)
    staff = UserFactory(username="national", groups=["Administrators"])
    client.force_login(staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/lms/cohorts/delete/{cohort.pk}/", follow=True)
    assert not Cohort.objects.filter(pk=cohort.pk).exists()
    # in the admin's language: "Its trainees are told by e-mail that its sessions to come …"
    shown = [str(m) for m in response.context["messages"]]
    assert "Оның тыңдаушыларына алдағы сабақтар өтпейтіні туралы хат жіберіледі." in shown

    [message] = mailoutbox  # not the waiting list
    assert message.to == [seated.email] and message.extra_headers["Content-Language"] == "kk"
    assert message.subject == "«Шымкент, 3-топ» тобы жойылды"
    with translation.override("kk"):
        day = date_format(coming.date, "DATE_FORMAT")
    assert "тобыңыз жойылды. Оның алдағы сабақтары өтпейді:" in message.body
    assert f"Өтпейді: {day}, 10:00–13:00 (Келіссөз)" in message.body
    assert "Кіріспе" not in message.body  # held already
    change = ScheduleChange.objects.get()
    assert (change.cohort, change.cohort_title, change.cohort_deleted) == (None, cohort.title, True)
    assert list(change.told.all()) == [seated] and change.made_by == staff
    assert services.email_schedule_change(change_id=change.pk) == 0

    # a cohort with no session to come tells nobody
    quiet = CohortFactory(course=course, title="Бос топ")
    SessionFactory(cohort=quiet, date=today - timedelta(days=1))
    services.enrol(trainee=trainee("another"), course=course, cohort=quiet)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/admin/lms/cohorts/delete/{quiet.pk}/").status_code == 302
    assert len(mailoutbox) == 1 and ScheduleChange.objects.count() == 1


@pytest.mark.usefixtures("tasks_in_process")
def test_staff_read_each_schedule_change_and_who_was_told(
    client, cohort_world, refused_addresses, count_queries, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    cohort, coming = cohort_world["cohort"], cohort_world["coming"]
    aliya, bolat = cohort_world["aliya"], cohort_world["bolat"]
    staff = UserFactory(username="national", first_name="Гүлнар", groups=["Administrators"])
    UserProfile.objects.create(user=staff, preferred_language="ru")
    refused_addresses.add(aliya.email)
    before = selectors.timetable(cohort.pk)
    was = coming.date
    coming.date += timedelta(days=1)
    coming.save()
    SessionFactory(cohort=cohort, date=was + timedelta(days=7), topic="Қорытынды")
    with django_capture_on_commit_callbacks(execute=True):
        change = services.record_schedule_change(cohort=cohort, before=before, by=staff)

    client.force_login(staff)
    listing = client.get("/admin/lms/schedule-changes/")
    assert listing.status_code == 200
    row = re.sub(r"\s+", " ", listing.text)
    assert cohort.title in row and "перенесено: 1, добавлено: 1" in row and "1 из 2" in row
    inspect = f"/admin/lms/schedule-changes/inspect/{change.pk}/"
    assert f'href="{inspect}"' in listing.text
    page = client.get(inspect)
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.text)
    with translation.override("ru"):
        day, new_day = (date_format(d, "DATE_FORMAT") for d in (was, coming.date))
    assert f"Перенесено: {day}, 14:00–17:30 → теперь {new_day}, 14:00–17:30" in text
    assert "Сообщено по электронной почте: 1 из 2 слушателей" in text
    names = [p.full_name for p in TraineeProfile.objects.filter(user__in=[aliya, bolat])]
    assert all(name in page.text for name in names) and "Пока нет" in text and "Гүлнар" in text
    assert aliya.email in text and bolat.email in text  # national staff see every trainee
    assert problems(page.text) == []

    # read only, whatever the staff member's permissions
    root = UserFactory(username="root", is_superuser=True)
    client.force_login(root)
    for url in (
        "/admin/lms/schedule-changes/new/",
        f"/admin/lms/schedule-changes/edit/{change.pk}/",
    ):
        assert client.get(url).status_code in (302, 403, 404)
    delete = client.post(f"/admin/lms/schedule-changes/delete/{change.pk}/")
    assert (
        delete.status_code in (302, 403, 404)
        and ScheduleChange.objects.filter(pk=change.pk).exists()
    )

    # a coordinator of another region neither lists nor opens it; one of the cohort's does
    elsewhere = UserFactory(username="elsewhere", groups=["Coordinators"])
    StaffScope.objects.create(user=elsewhere, region=region("almaty"))
    client.force_login(elsewhere)
    assert cohort.title not in client.get("/admin/lms/schedule-changes/").text
    assert client.get(inspect).status_code == 404
    cohort.region = region("shymkent")
    cohort.save()
    local = UserFactory(username="local", groups=["Coordinators"])
    StaffScope.objects.create(user=local, region=region("shymkent"))
    client.force_login(local)
    page = client.get(inspect).text
    # its trainees are of Turkistan: named, but their addresses are not the coordinator's to see
    names = [p.full_name for p in TraineeProfile.objects.filter(user__in=[aliya, bolat])]
    assert all(name in page for name in names) and aliya.email not in page
    assert bolat.email not in page

    # the cohort's edit page leads to its own changes only
    other = CohortFactory(course=cohort.course, title="Басқа топ", region=region("shymkent"))
    ScheduleChange.objects.create(
        cohort=other, cohort_title=other.title, language="kk", changes=change.changes
    )
    edit = client.get(f"/admin/lms/cohorts/edit/{cohort.pk}/").text
    own = f"/admin/lms/schedule-changes/?cohort={cohort.pk}"
    assert f'href="{own}"' in edit
    listed = client.get(own).text
    assert cohort.title in listed and other.title not in listed
    assert other.title in client.get("/admin/lms/schedule-changes/").text

    # a week on, the sweep of lost e-mails asks for it no more: not sent
    client.force_login(staff)
    ScheduleChange.objects.filter(pk=change.pk).update(made_at=timezone.now() - timedelta(days=8))
    assert "Нет: не отправлено" in client.get(inspect).text

    # the list's queries do not grow with its rows
    few = count_queries(lambda: client.get("/admin/lms/schedule-changes/"))
    for _ in range(4):
        services.record_schedule_change(
            cohort=cohort, before=selectors.timetable(cohort.pk), by=staff
        )
        ScheduleChange.objects.create(
            cohort=cohort, cohort_title=cohort.title, language="kk", changes=change.changes
        ).to.set([aliya, bolat])
    assert count_queries(lambda: client.get("/admin/lms/schedule-changes/")) == few
