"""A certificate's life after issue: reissue (a corrected copy with a new number, valid until the
same date), revocation and reissue from the admin (scoped, permission-checked, POST only),
expiry by the nightly task and renewal afterwards, expiry reminders, and the e-mail to the
holder when the certificate is ready."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from certificates import services, tasks
from certificates.models import Certificate
from lms.models import StaffScope, TraineeProfile
from tests.factories import UserFactory, region, trainee

pytestmark = pytest.mark.django_db

ADMIN = "/admin/qualifications/certificates/"
NAME = "Әлия Ғабитқызы Қасымова"
CORRECTED = "Әлия Ғабитқызы Қасымова-Үмбетова"


@pytest.fixture
def profile(dated_profile):
    return dated_profile


@pytest.fixture
def holder():
    return trainee("holder", full_name=NAME, date_of_birth=date(1980, 5, 17))


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """Run a service as a request would: its on-commit tasks (render, e-mail) run after it."""

    def run(service, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = service(**kwargs)
        result.refresh_from_db()
        return result

    return run


@pytest.fixture
def issued(committing, holder, profile):
    return committing(services.issue_certificate, trainee=holder, profile=profile)


def national_admin(username="national"):
    user = UserFactory(username=username, groups=["Administrators"])
    return speaks_english(user)


def speaks_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    return user


def coordinator(area="turkistan", *, change=True):
    """A regional coordinator who may see (and with `change`, revoke and reissue) certificates."""
    user = UserFactory(username=f"coordinator-{area}", groups=["Coordinators"])
    StaffScope.objects.create(user=user, region=region(area))
    codenames = ["view_certificate", *(["change_certificate"] if change else [])]
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="certificates", codename__in=codenames)
    )
    return speaks_english(user)


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_not_found(response):
    """A 404, which Django's LocaleMiddleware turns into a redirect to the same address with a
    language prefix (where the site's pages answer 404 too)."""
    path = response.wsgi_request.path
    assert response.status_code == 404 or (
        response.status_code == 302 and response["Location"] == f"/kk{path}"
    ), (response.status_code, response.get("Location"))


def current(trainee_user, profile):
    return Certificate.objects.filter(
        trainee=trainee_user, profile=profile, status__in=("issuing", "valid")
    )


def plain_certificate(number: int, profile, area="turkistan") -> Certificate:
    """A valid certificate row without a PDF (for listings: rendering is tested elsewhere)."""
    person = trainee(f"person{number}", region=region(area))
    return Certificate.objects.create(
        trainee=person,
        profile=profile,
        serial=f"KHA-2026-{number:06d}",
        status="valid",
        expires_on=date(2028, 1, 1),
        snapshot={"holder": person.trainee_profile.full_name, "title_kk": profile.name_kk},
    )


# --- reissue ---------------------------------------------------------------------------------


def test_a_reissue_supersedes_the_old_certificate_with_a_new_number_and_the_same_expiry(
    client, holder, profile, issued, committing
):
    TraineeProfile.objects.filter(user=holder).update(full_name=CORRECTED)

    new = committing(
        services.reissue_certificate,
        certificate=issued,
        reason="Тегі қате жазылған",
        by=national_admin(),
    )

    issued.refresh_from_db()
    assert issued.status == "superseded" and issued.superseded_by == new
    assert new.status == "valid" and new.pdf
    assert new.serial != issued.serial and new.code != issued.code
    assert new.expires_on == issued.expires_on  # a correction does not extend validity
    assert new.issued_on == timezone.localdate()
    assert new.snapshot["holder"] == CORRECTED and issued.snapshot["holder"] == NAME
    assert new.snapshot["requirements"] == issued.snapshot["requirements"]
    assert list(current(holder, profile)) == [new]

    old = client.get(f"/verify/{issued.code}.json").json()
    assert old["status"] == "superseded" and old["holder"] == NAME
    page = client.get(f"/verify/{issued.code}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate was replaced by a newer one on" in page
    assert new.serial not in page and new.code not in page  # nothing about the replacement
    assert client.get(f"/verify/{new.code}.json").json()["status"] == "valid"


def test_the_database_keeps_one_current_certificate_per_holder_and_profile(holder, profile, issued):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            trainee=holder, profile=profile, serial="KHA-2026-999999", status="valid"
        )


def test_reissuing_a_revoked_certificate_is_refused_with_a_reason(holder, profile, issued):
    admin = national_admin()
    services.revoke_certificate(certificate=issued, reason="Құжат жалған", by=admin)
    with (
        translation.override("en"),
        pytest.raises(services.CertificateError, match="Only a valid certificate"),
    ):
        services.reissue_certificate(certificate=issued, reason="Аты түзетілді", by=admin)
    assert Certificate.objects.filter(trainee=holder).count() == 1


def test_a_reissue_needs_a_reason_and_the_permission(holder, profile, issued):
    with pytest.raises(services.CertificateError):
        services.reissue_certificate(certificate=issued, reason="  ", by=national_admin())
    with pytest.raises(services.CertificateError):
        services.reissue_certificate(certificate=issued, reason="x", by=coordinator(change=False))
    issued.refresh_from_db()
    assert issued.status == "valid"


# --- the admin -------------------------------------------------------------------------------


def test_a_coordinator_sees_only_the_certificates_of_their_region(client, profile):
    home = plain_certificate(1, profile, area="turkistan")
    away = plain_certificate(2, profile, area="almaty")
    client.force_login(coordinator("turkistan"))

    listing = client.get(ADMIN)
    assert listing.status_code == 200
    assert home.serial in listing.content.decode()
    assert away.serial not in listing.content.decode()
    assert client.get(f"{ADMIN}inspect/{home.pk}/").status_code == 200
    assert_not_found(client.get(f"{ADMIN}inspect/{away.pk}/"))
    for action in ("revoke", "reissue"):
        assert_not_found(client.post(f"{ADMIN}{action}/{away.pk}/", {f"{action}-reason": "Сынақ"}))
    away.refresh_from_db()
    assert away.status == "valid"


def test_the_list_shows_expired_for_a_valid_certificate_past_its_date(client, profile):
    certificate = plain_certificate(1, profile)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date(2020, 1, 1))
    client.force_login(national_admin())
    html = client.get(ADMIN).content.decode()
    assert "Expired" in html
    only_expired = client.get(ADMIN, {"status": "expired"}).content.decode()
    assert certificate.serial in only_expired
    assert certificate.serial not in client.get(ADMIN, {"status": "valid"}).content.decode()


def test_the_list_is_searchable_by_serial(client, profile):
    wanted, other = plain_certificate(1, profile), plain_certificate(2, profile)
    client.force_login(national_admin())
    html = client.get(ADMIN, {"q": wanted.serial}).content.decode()
    assert wanted.serial in html and other.serial not in html


def test_the_list_runs_the_same_number_of_queries_for_3_and_12_certificates(
    client, profile, count_queries
):
    client.force_login(coordinator("turkistan"))

    def page():
        response = client.get(ADMIN)
        assert response.status_code == 200

    for number in range(3):
        plain_certificate(number, profile)
    page()  # warm caches (content types, site) once
    few = count_queries(page)
    for number in range(3, 12):
        plain_certificate(number, profile)
    many = count_queries(page)
    assert "KHA-2026-000011" in client.get(ADMIN).content.decode()
    assert few == many, (few, many)


def test_the_inspect_page_shows_the_snapshot_the_history_and_the_actions(
    client, holder, profile, issued
):
    admin = national_admin()
    new = services.reissue_certificate(certificate=issued, reason="Аты түзетілді", by=admin)
    client.force_login(admin)
    html = client.get(f"{ADMIN}inspect/{issued.pk}/").content.decode()
    assert NAME in html and "Аты түзетілді" in html and new.serial in html
    assert "Reissued" in html
    assert 'action="/admin/qualifications/certificates/revoke/' in html  # still revocable
    assert 'action="/admin/qualifications/certificates/reissue/' not in html  # no longer valid


def test_revoke_and_reissue_from_the_admin_are_post_only(
    client, holder, profile, issued, django_capture_on_commit_callbacks
):
    client.force_login(national_admin())
    for action in ("revoke", "reissue"):
        assert client.get(f"{ADMIN}{action}/{issued.pk}/").status_code == 405
    issued.refresh_from_db()
    assert issued.status == "valid"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}reissue/{issued.pk}/", {"reissue-reason": "Аты түзетілді"})
    new = Certificate.objects.get(supersedes=issued)
    assert response.status_code == 302 and response["Location"] == f"{ADMIN}inspect/{new.pk}/"
    assert any("was replaced by" in message for message in messages_of(response))
    new.refresh_from_db()
    assert new.status == "valid"

    response = client.post(f"{ADMIN}revoke/{new.pk}/", {"revoke-reason": "Құжат жалған"})
    assert response.status_code == 302
    new.refresh_from_db()
    assert new.status == "revoked" and new.revocation_reason == "Құжат жалған"


def test_admin_refusals_come_back_as_messages_not_errors(client, holder, profile, issued):
    client.force_login(national_admin())
    response = client.post(f"{ADMIN}revoke/{issued.pk}/", {"revoke-reason": ""})
    assert response.status_code == 302 and messages_of(response)
    issued.refresh_from_db()
    assert issued.status == "valid"

    client.post(f"{ADMIN}revoke/{issued.pk}/", {"revoke-reason": "Құжат жалған"})
    response = client.post(f"{ADMIN}reissue/{issued.pk}/", {"reissue-reason": "Аты түзетілді"})
    assert response.status_code == 302
    assert any("Only a valid certificate" in message for message in messages_of(response))
    assert not Certificate.objects.filter(supersedes=issued).exists()
    assert_not_found(client.post(f"{ADMIN}revoke/999999/", {"revoke-reason": "x"}))


def test_a_user_without_the_change_permission_gets_403(client, holder, profile, issued):
    client.force_login(coordinator("turkistan", change=False))
    assert client.get(f"{ADMIN}inspect/{issued.pk}/").status_code == 200  # may look
    for action in ("revoke", "reissue"):
        response = client.post(f"{ADMIN}{action}/{issued.pk}/", {f"{action}-reason": "Сынақ"})
        assert response.status_code == 403, action
    issued.refresh_from_db()
    assert issued.status == "valid" and not Certificate.objects.filter(supersedes=issued).exists()


# --- expiry and renewal ----------------------------------------------------------------------


def test_the_expiry_task_marks_expired_and_the_holder_can_then_be_issued_a_renewal(
    client, holder, profile, issued, committing
):
    day_after = issued.expires_on + timedelta(days=1)
    assert services.expire_certificates(today=issued.expires_on) == 0  # valid on its last day
    assert services.expire_certificates(today=day_after) == 1
    assert services.expire_certificates(today=day_after) == 0  # a repeat changes nothing
    issued.refresh_from_db()
    assert issued.status == "expired"
    assert client.get(f"/verify/{issued.code}.json").json()["status"] == "expired"

    renewed = committing(services.issue_certificate, trainee=holder, profile=profile, on=day_after)
    assert renewed.pk != issued.pk and renewed.status == "valid"
    assert renewed.expires_on == date(day_after.year + 2, day_after.month, day_after.day)


def test_the_daily_tasks_are_scheduled(settings):
    tasks_run = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "certificates.expire_certificates",
        "certificates.send_expiry_reminders",
        "certificates.resend_lost_work",
    } <= tasks_run
    assert tasks.expire_certificates.name == "certificates.expire_certificates"
    assert tasks.resend_lost_work.name == "certificates.resend_lost_work"
    # the statuses are judged for the new day soon after it starts, after the expiry
    schedule = settings.CELERY_BEAT_SCHEDULE
    expire, refresh = (
        schedule[name]["schedule"] for name in ("expire-certificates", "refresh-eligibility")
    )
    assert expire.hour == refresh.hour == {0}
    assert max(expire.minute) < min(refresh.minute) <= 15


# --- reminders -------------------------------------------------------------------------------


def test_an_expiry_reminder_is_sent_once_within_the_window(holder, profile, issued, mailoutbox):
    mailoutbox.clear()  # the e-mail of the issue itself
    expires = issued.expires_on
    assert services.send_expiry_reminders(today=expires - timedelta(days=61)) == 0
    assert services.send_expiry_reminders(today=expires - timedelta(days=30)) == 1
    assert services.send_expiry_reminders(today=expires - timedelta(days=30)) == 0
    assert services.send_expiry_reminders(today=expires - timedelta(days=29)) == 0
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [holder.email]
    assert "http://testserver/kk/qualifications/" in message.body  # the renewal checklist
    assert issued.serial in message.body
    issued.refresh_from_db()
    assert issued.reminded_on == expires - timedelta(days=30)


def test_the_reminder_window_follows_the_setting(settings, holder, profile, issued, mailoutbox):
    settings.KELISIM_CERTIFICATES_REMIND_DAYS = 10
    mailoutbox.clear()
    assert services.send_expiry_reminders(today=issued.expires_on - timedelta(days=30)) == 0
    assert tasks.send_expiry_reminders.apply().get() == 0  # today: far from the expiry date
    assert services.send_expiry_reminders(today=issued.expires_on - timedelta(days=5)) == 1


def test_a_reissue_does_not_remind_the_holder_twice(holder, profile, issued, committing):
    expires = issued.expires_on
    assert services.send_expiry_reminders(today=expires - timedelta(days=30)) == 1
    committing(services.reissue_certificate, certificate=issued, reason="Аты", by=national_admin())
    assert services.send_expiry_reminders(today=expires - timedelta(days=20)) == 0


# --- the e-mail on issue ---------------------------------------------------------------------


def test_the_holder_is_emailed_once_with_the_pdf_and_the_verification_link(
    holder, profile, issued, mailoutbox
):
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [holder.email]
    assert issued.serial in message.subject
    assert f"http://testserver/verify/{issued.code}/" in message.body
    assert "http://testserver/kk/qualifications/certificates/" in message.body
    assert issued.snapshot["title_kk"] in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == f"{issued.serial}.pdf" and mimetype == "application/pdf"
    assert content.startswith(b"%PDF")
    assert issued.emailed_at is not None

    assert services.email_certificate(certificate_id=issued.pk) is False  # a repeat
    tasks.email_certificate.apply(args=[issued.pk]).get()
    tasks.render_certificate.apply(args=[issued.pk]).get()
    assert len(mailoutbox) == 1


def test_the_email_is_in_the_holders_language(profile, committing, mailoutbox):
    person = trainee("russian", full_name=NAME, date_of_birth=date(1980, 5, 17))
    chosen = UserProfile.get_for_user(person)
    chosen.preferred_language = "ru"
    chosen.save()
    certificate = committing(services.issue_certificate, trainee=person, profile=profile)
    [message] = mailoutbox
    assert message.extra_headers["Content-Language"] == "ru"
    assert "http://testserver/ru/qualifications/certificates/" in message.body
    assert certificate.snapshot["title_ru"] in message.body


def test_a_holder_without_an_email_address_gets_nothing_and_nothing_fails(
    profile, committing, mailoutbox
):
    person = trainee("offline", date_of_birth=date(1980, 5, 17))
    type(person).objects.filter(pk=person.pk).update(email="")
    certificate = committing(services.issue_certificate, trainee=person, profile=profile)
    assert certificate.status == "valid" and certificate.emailed_at is None
    assert mailoutbox == []


# --- e-mailing a certificate again -----------------------------------------------------------


def test_staff_email_a_certificate_again_to_the_holders_current_address(
    client, holder, profile, issued, mailoutbox, django_capture_on_commit_callbacks
):
    first_sent = issued.emailed_at - services.EMAIL_AGAIN_AFTER  # not a moment ago
    Certificate.objects.filter(pk=issued.pk).update(emailed_at=first_sent)
    type(holder).objects.filter(pk=holder.pk).update(email="new-address@example.kz")
    client.force_login(national_admin())
    html = client.get(f"{ADMIN}inspect/{issued.pk}/").content.decode()
    assert f'action="{ADMIN}email-again/{issued.pk}/"' in html
    assert "at new-address@example.kz" in html  # staff see where it goes

    assert client.get(f"{ADMIN}email-again/{issued.pk}/").status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}email-again/{issued.pk}/")
    assert response.status_code == 302 and response["Location"] == f"{ADMIN}inspect/{issued.pk}/"
    assert messages_of(response) == [
        f"Certificate {issued.serial} is being e-mailed to new-address@example.kz."
    ]
    assert [message.to for message in mailoutbox] == [
        [holder.email],
        ["new-address@example.kz"],
    ]
    again = mailoutbox[1]
    assert issued.serial in again.subject and again.attachments[0][2] == "application/pdf"
    issued.refresh_from_db()
    assert issued.emailed_at > first_sent
    # in the history, with the address and who asked
    html = client.get(f"{ADMIN}inspect/{issued.pk}/").content.decode()
    assert "E-mailed to the holder again: new-address@example.kz" in html

    # the task repeated (a redelivery) sends nothing more, nor does a second click
    tasks.email_certificate.apply(args=[issued.pk]).get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}email-again/{issued.pk}/")
    assert messages_of(response) == ["The certificate was e-mailed a moment ago."]
    assert len(mailoutbox) == 2


def test_emailing_again_is_refused_for_a_certificate_not_valid_or_a_holder_without_an_address(
    client, holder, profile, issued, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    staff = national_admin()
    client.force_login(staff)
    Certificate.objects.filter(pk=issued.pk).update(expires_on=date(2020, 1, 1))  # past its date
    html = client.get(f"{ADMIN}inspect/{issued.pk}/").content.decode()
    assert "email-again/" not in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}email-again/{issued.pk}/")
    assert messages_of(response) == ["Only a valid certificate can be e-mailed."]

    Certificate.objects.filter(pk=issued.pk).update(expires_on=date(2099, 1, 1))
    type(holder).objects.filter(pk=holder.pk).update(email="")
    assert "email-again/" not in client.get(f"{ADMIN}inspect/{issued.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}email-again/{issued.pk}/")
    assert messages_of(response) == ["The holder has no e-mail address."]
    assert mailoutbox == []
    issued.refresh_from_db()
    assert issued.emailed_at is not None  # nothing half-done: still marked as sent


def test_emailing_again_needs_the_permission_and_the_scope(
    client, profile, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(services, "_enqueue_email", sent.append)
    in_scope = plain_certificate(1, profile, "turkistan")
    elsewhere = plain_certificate(2, profile, "pavlodar")

    staff = coordinator("turkistan")
    client.force_login(staff)
    assert_not_found(client.post(f"{ADMIN}email-again/{elsewhere.pk}/"))
    assert_not_found(client.post(f"{ADMIN}email-again/999999/"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{ADMIN}email-again/{in_scope.pk}/")
    assert sent == [in_scope.pk]

    staff.user_permissions.remove(Permission.objects.get(codename="change_certificate"))
    html = client.get(f"{ADMIN}inspect/{in_scope.pk}/").content.decode()
    assert "email-again/" not in html  # may look, not act
    assert client.post(f"{ADMIN}email-again/{in_scope.pk}/").status_code == 403
    with pytest.raises(services.CertificateError):
        services.email_again(certificate=in_scope, by=staff)
    assert sent == [in_scope.pk]
