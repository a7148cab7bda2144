"""Bulk issue: one action issues a profile's certificates to everyone eligible in the requester's
scope, as Celery tasks (in-process here; tests/certificates/test_worker.py runs a real worker),
and the admin page follows the progress; work a broker or a worker lost is asked for again."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from certificates import selectors, services
from certificates.models import Certificate, IssueBatch
from lms import emails
from lms.models import StaffScope
from tests.factories import UserFactory, region, trainee

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(adult_profile):
    return adult_profile


def administrator(username="issuer", *, scope_region=None):
    user = UserFactory(username=username, groups=["Administrators"])
    if scope_region is not None:  # a regional administrator: issues in their region only
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="add_certificate"),
            Permission.objects.get(codename="view_traineeprofile"),
        )
        user.groups.clear()
        StaffScope.objects.create(user=user, region=scope_region)
    return user


def adult(username, **profile):
    return trainee(username, date_of_birth=date(1980, 1, 1), **profile)


def run_bulk_issue(capture, profile, by):
    with capture(execute=True):
        batch = services.start_bulk_issue(profile=profile, by=by)
    batch.refresh_from_db()
    return batch


def test_bulk_issue_gives_every_eligible_trainee_one_certificate(
    profile, django_capture_on_commit_callbacks
):
    eligible = [adult(f"adult{i}") for i in range(4)]
    trainee("child", date_of_birth=date(2015, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        already = services.issue_certificate(trainee=eligible[0], profile=profile)

    batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())

    assert batch.total == 3 and batch.prepared_at is not None
    issued = Certificate.objects.filter(batch=batch)
    assert {c.trainee_id for c in issued} == {t.pk for t in eligible[1:]}
    assert all(c.status == "valid" and c.pdf for c in issued)
    assert Certificate.objects.filter(trainee=eligible[0]).get() == already
    progress = selectors.batch_progress(batch)
    assert (progress.total, progress.issued, progress.pending) == (3, 3, 0)
    assert progress.finished and progress.percent == 100


def test_preparing_a_batch_again_creates_nothing_twice(profile, django_capture_on_commit_callbacks):
    for i in range(3):
        adult(f"adult{i}")
    batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())
    IssueBatch.objects.filter(pk=batch.pk).update(prepared_at=None)  # as if the worker died

    again = services.prepare_batch(batch.pk)

    assert again.total == 3
    assert Certificate.objects.count() == 3


def test_a_regional_administrator_issues_only_in_their_region(
    profile, django_capture_on_commit_callbacks
):
    home = adult("home", region=region("turkistan"))
    adult("away", region=region("almaty"))
    issuer = administrator("regional", scope_region=region("turkistan"))

    batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, issuer)

    assert [c.trainee for c in batch.certificates.all()] == [home]


def test_issuing_needs_the_permission(profile, client):
    coordinator = UserFactory(username="coordinator", groups=["Coordinators"])
    with pytest.raises(services.CertificateError):
        services.start_bulk_issue(profile=profile, by=coordinator)
    client.force_login(coordinator)
    response = client.post(reverse("certificates_batches"), {"profile": profile.pk})
    assert response.status_code in (302, 403)  # Wagtail sends a refused user to the dashboard
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    assert not IssueBatch.objects.exists()


def test_the_admin_starts_a_bulk_issue_and_follows_its_progress(
    profile, client, django_capture_on_commit_callbacks
):
    for i in range(2):
        adult(f"adult{i}")
    client.force_login(administrator())
    page = client.get(reverse("certificates_batches"))
    assert page.status_code == 200 and "Медиатор" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("certificates_batches"), {"profile": profile.pk})

    batch = IssueBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates_batch", args=[batch.pk])
    status = client.get(reverse("certificates_batch_json", args=[batch.pk])).json()
    assert status == {
        "prepared": True,
        "total": 2,
        "issued": 2,
        "pending": 0,
        "percent": 100,
        "finished": True,
    }
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert 'value="100"' in page.content.decode()


def test_a_bad_profile_is_a_400_not_a_500(client):
    client.force_login(administrator())
    response = client.post(reverse("certificates_batches"), {"profile": "999999"})
    assert response.status_code == 400
    assert not IssueBatch.objects.exists()


def test_another_administrators_batch_is_not_found(profile, client):
    mine = IssueBatch.objects.create(profile=profile, requested_by=administrator())
    regional = administrator("regional", scope_region=region("turkistan"))
    client.force_login(regional)
    assert client.get(reverse("certificates_batch", args=[mine.pk])).status_code == 404
    assert client.get(reverse("certificates_batch_json", args=[mine.pk])).status_code == 404


def test_the_progress_page_runs_a_fixed_number_of_queries(
    profile, client, count_queries, django_capture_on_commit_callbacks
):
    issuer = administrator()
    client.force_login(issuer)

    def page_queries(n):
        for i in range(n):
            adult(f"adult{n}-{i}")
        batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, issuer)
        return count_queries(lambda: client.get(reverse("certificates_batch", args=[batch.pk])))

    assert page_queries(2) == page_queries(8)


def test_the_eligibility_report_offers_the_bulk_issue_to_its_eligible_count(profile, client):
    for i in range(3):
        adult(f"adult{i}")
    client.force_login(administrator())
    page = client.get(
        reverse("certificates_report"), {"profile": profile.pk}, HTTP_ACCEPT_LANGUAGE="en"
    )
    html = page.content.decode()
    assert "Issue certificates to the 3 eligible trainees" in html
    assert f'action="{reverse("certificates_batches")}"' in html


def lose_the_broker(monkeypatch, *, preparations=False, renders=True, emails=False):
    """Renders (and preparations, e-mails) sent from here on vanish, as tasks do when a broker
    restarts without its queue."""
    from celery import group

    from certificates import tasks

    lost = [
        *([tasks.render_certificate, tasks.render_certificates] if renders else []),
        *([tasks.prepare_batch] if preparations else []),
        *([tasks.email_certificate, tasks.email_certificates] if emails else []),
    ]
    for task in lost:
        monkeypatch.setattr(task, "delay", lambda *args, **kwargs: None)
    if renders:
        monkeypatch.setattr(group, "apply_async", lambda self, *args, **kwargs: group())


def test_renders_a_worker_lost_are_sent_again_after_half_an_hour(
    profile, django_capture_on_commit_callbacks, monkeypatch
):
    people = [adult(f"adult{i}") for i in range(3)]
    with monkeypatch.context() as lost:
        lose_the_broker(lost)
        with django_capture_on_commit_callbacks(execute=True):
            single = services.issue_certificate(trainee=people[0], profile=profile)
        batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())
    pending = Certificate.objects.filter(status="issuing")
    assert pending.count() == 3 and batch.prepared_at is not None

    # within half an hour a render may be queued behind others: nothing is sent twice
    assert services.resend_lost_work().certificates == []
    later = timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        resent = services.resend_lost_work(now=later)
    assert resent.certificates == sorted(c.pk for c in Certificate.objects.all())
    assert single.pk in resent.certificates
    assert not pending.exists()
    assert all(c.pdf for c in Certificate.objects.all())
    # finished: nothing left to send
    assert services.resend_lost_work(now=later + emails.RESEND_AFTER).certificates == []


def test_a_batch_whose_preparation_was_lost_is_prepared_again_and_its_renders_sent(
    profile, django_capture_on_commit_callbacks, monkeypatch
):
    for i in range(2):
        adult(f"adult{i}")
    with monkeypatch.context() as lost:
        lose_the_broker(lost, preparations=True)
        batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())
    assert batch.prepared_at is None and not Certificate.objects.exists()

    later = timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        resent = services.resend_lost_work(now=later)
    assert resent.batches == [batch.pk]
    batch.refresh_from_db()
    assert batch.prepared_at is not None and batch.total == 2
    assert Certificate.objects.filter(batch=batch, status="valid").count() == 2


def test_old_lost_work_is_left_to_an_administrator(
    profile, django_capture_on_commit_callbacks, monkeypatch
):
    with monkeypatch.context() as lost:
        lose_the_broker(lost)
        with django_capture_on_commit_callbacks(execute=True):
            services.issue_certificate(trainee=adult("adult"), profile=profile)
    a_week_on = timezone.now() + timedelta(days=emails.RESEND_DAYS + 1)
    assert services.resend_lost_work(now=a_week_on).certificates == []
    assert Certificate.objects.get().status == "issuing"


def test_a_revoked_certificate_is_not_rendered_again(
    profile, django_capture_on_commit_callbacks, monkeypatch
):
    with monkeypatch.context() as lost:
        lose_the_broker(lost)
        with django_capture_on_commit_callbacks(execute=True):
            certificate = services.issue_certificate(trainee=adult("adult"), profile=profile)
    services.revoke_certificate(certificate=certificate, reason="mistake", by=administrator())
    later = timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)
    assert services.resend_lost_work(now=later).certificates == []


def test_emails_a_worker_lost_are_sent_again_a_few_times_to_holders_with_an_address(
    profile, django_capture_on_commit_callbacks, monkeypatch, mailoutbox
):
    people = [adult(f"adult{i}") for i in range(3)]  # adult0@example.kz...
    people[2].email = ""  # nobody to write to
    people[2].save()
    with monkeypatch.context() as lost:
        lose_the_broker(lost, renders=False, emails=True)
        batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())
    certificates = batch.certificates.order_by("pk")
    assert {c.status for c in certificates} == {"valid"} and mailoutbox == []

    # within half an hour the e-mails may be queued behind the renders: nothing is sent twice
    assert services.resend_lost_work().emails == []
    later = timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        resent = services.resend_lost_work(now=later)
    addressed = [c.pk for c in certificates if c.trainee.email]
    assert resent.emails == addressed
    assert sorted(m.to[0] for m in mailoutbox) == ["adult0@example.kz", "adult1@example.kz"]
    assert services.resend_lost_work(now=later + emails.RESEND_AFTER).emails == []

    # an address the mail server keeps refusing is tried again only so many times
    refused = certificates.get(trainee=people[0])
    Certificate.objects.filter(pk=refused.pk).update(emailed_at=None)
    with monkeypatch.context() as lost:
        lose_the_broker(lost, renders=False, emails=True)
        for _round in range(emails.EMAIL_RESENDS - 1):
            later += emails.RESEND_AFTER
            assert services.resend_lost_work(now=later).emails == [refused.pk]
    later += emails.RESEND_AFTER
    assert services.resend_lost_work(now=later).emails == []
    refused.refresh_from_db()
    assert refused.email_resends == emails.EMAIL_RESENDS


def test_an_address_the_mail_server_refuses_does_not_hold_back_the_others(
    profile, django_capture_on_commit_callbacks, refused_addresses, mailoutbox
):
    people = [adult(f"adult{i}") for i in range(3)]
    refused_addresses.add(people[0].email)  # first in the chunk of e-mails
    batch = run_bulk_issue(django_capture_on_commit_callbacks, profile, administrator())
    assert sorted(m.to[0] for m in mailoutbox) == ["adult1@example.kz", "adult2@example.kz"]
    unsent = batch.certificates.get(trainee=people[0])
    assert unsent.status == "valid" and unsent.emailed_at is None

    # the server takes the address again: the sweep sends that one, and only that one
    refused_addresses.clear()
    later = timezone.now() + emails.RESEND_AFTER + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.resend_lost_work(now=later).emails == [unsent.pk]
    assert [m.to[0] for m in mailoutbox[2:]] == ["adult0@example.kz"]
