"""A certificate whose PDF fails for a reason of its own (here a broken template): each failure
is counted on it with its message and kept in its history; the resend task sends it again only
so many times; staff then find it as "PDF failed", read the error and, once the cause is put
right, render it again. Errors that pass (the disk, the task's time limit) are not counted."""

from datetime import date, timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth.models import Permission
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from certificates import services, tasks
from certificates.admin_certificates import status_label
from certificates.models import (
    Certificate,
    CertificateTemplate,
    MinimumAgeRequirement,
    QualificationProfile,
)
from certificates.rendering import RenderError
from lms import emails
from tests.certificates.test_lifecycle import (
    ADMIN,
    assert_not_found,
    coordinator,
    messages_of,
    national_admin,
)
from tests.factories import region, trainee

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(adult_profile):
    return adult_profile


@pytest.fixture
def broken_template(profile):
    """The profile's own template, with a tag left unfinished."""
    return CertificateTemplate.objects.create(
        name="broken", profile=profile, language="kk-ru", html="<p>{% if %}</p>"
    )


def being_issued(profile, username="holder", area="turkistan") -> Certificate:
    """A certificate being issued whose render has not run yet."""
    holder = trainee(username, date_of_birth=date(1980, 1, 1), region=region(area))
    return services.issue_certificate(trainee=holder, profile=profile, render=False)


def failed_renders(certificate) -> list[str]:
    return list(
        ModelLogEntry.objects.filter(
            object_id=str(certificate.pk), action="certificates.render_failed"
        )
        .order_by("pk")
        .values_list("data__reason", flat=True)
    )


def test_each_failed_render_is_counted_with_its_message_and_kept_in_the_history(
    profile, broken_template
):
    certificate = being_issued(profile)
    for attempt in (1, 2):
        with pytest.raises(RenderError) as raised:
            tasks.render_certificate.apply(args=[certificate.pk])
        certificate.refresh_from_db()
        assert (certificate.status, certificate.render_failures) == ("issuing", attempt)
    assert certificate.render_error == str(raised.value) and "if" in certificate.render_error
    assert not certificate.pdf
    assert failed_renders(certificate) == [certificate.render_error] * 2

    # put right: the render succeeds, the error goes, the count stays as history
    broken_template.delete()
    tasks.render_certificate.apply(args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.status == "valid" and certificate.pdf
    assert (certificate.render_failures, certificate.render_error) == (2, "")


def test_a_failing_certificate_in_a_chunk_is_counted_and_the_others_are_not(
    profile, broken_template
):
    other_profile = QualificationProfile.objects.create(
        slug="other", name_kk="Басқа", name_ru="Другой", name_en="Other"
    )
    MinimumAgeRequirement.objects.create(profile=other_profile, years=18)
    ids = [being_issued(profile).pk, being_issued(other_profile, "second").pk]
    with pytest.raises(RenderError):
        tasks.render_certificates.apply(args=[ids])
    failures = dict(Certificate.objects.values_list("pk", "render_failures"))
    assert failures == {ids[0]: 1, ids[1]: 0}
    assert Certificate.objects.get(pk=ids[1]).status == "valid"


@pytest.mark.parametrize(
    "error, stop_on",
    [(OSError("disk full"), ()), (SoftTimeLimitExceeded(), (SoftTimeLimitExceeded,))],
    ids=["the disk", "the chunk's time limit"],
)
def test_errors_that_pass_are_not_counted(profile, monkeypatch, error, stop_on):
    certificate = being_issued(profile)

    def fails(*args, **kwargs):
        raise error

    monkeypatch.setattr(services, "render_pdf", fails)
    rendered = services.render_chunk(certificate_ids=[certificate.pk], stop_on=stop_on)
    assert rendered.failed == {certificate.pk: error}
    certificate.refresh_from_db()
    assert (certificate.render_failures, certificate.render_error) == (0, "")
    assert failed_renders(certificate) == []


def test_the_resend_task_gives_up_on_a_pdf_that_keeps_failing(
    profile, broken_template, django_capture_on_commit_callbacks, caplog
):
    certificate = being_issued(profile)
    now = timezone.now()
    for attempt in range(1, services.RENDER_ATTEMPTS + 1):
        now += emails.RESEND_AFTER + timedelta(minutes=1)
        with pytest.raises(RenderError), django_capture_on_commit_callbacks(execute=True):
            assert services.resend_lost_work(now=now).certificates == [certificate.pk]
        certificate.refresh_from_db()
        assert certificate.render_failures == attempt
    assert "no longer sent again" in caplog.text
    now += emails.RESEND_AFTER + timedelta(minutes=1)
    assert services.resend_lost_work(now=now).certificates == []
    certificate.refresh_from_db()
    assert certificate.status == "issuing"


def test_staff_find_the_failed_pdf_read_its_error_and_render_it_again(
    client, profile, broken_template, django_capture_on_commit_callbacks
):
    failed = being_issued(profile)
    for _attempt in range(services.RENDER_ATTEMPTS):
        with pytest.raises(RenderError):
            tasks.render_certificate.apply(args=[failed.pk])
    waiting = being_issued(profile, "waiting")  # its render is merely queued
    failed.refresh_from_db()
    client.force_login(national_admin())

    listed = client.get(ADMIN, {"status": "pdf_failed"})
    assert failed.serial in listed.content.decode()
    assert waiting.serial not in listed.content.decode()
    with translation.override("en"):
        assert (status_label(failed), status_label(waiting)) == ("PDF failed", "Being issued")

    html = client.get(f"{ADMIN}inspect/{failed.pk}/").content.decode()
    assert f"Its PDF failed {services.RENDER_ATTEMPTS} times." in html
    assert "It is no longer rendered again on its own." in html
    assert failed.render_error.replace('"', "&quot;") in html
    assert f'action="{ADMIN}render-again/{failed.pk}/"' in html

    broken_template.html = "<p>{{ holder }}</p>"
    broken_template.save()
    assert client.get(f"{ADMIN}render-again/{failed.pk}/").status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}render-again/{failed.pk}/")
    assert response.status_code == 302 and response["Location"] == f"{ADMIN}inspect/{failed.pk}/"
    assert any("is being rendered again" in message for message in messages_of(response))
    failed.refresh_from_db()
    assert failed.status == "valid" and failed.pdf and failed.render_error == ""
    assert ModelLogEntry.objects.filter(
        object_id=str(failed.pk), action="certificates.render_again"
    ).exists()
    # now valid: nothing to render, said as a message, and the action is gone
    response = client.post(f"{ADMIN}render-again/{failed.pk}/")
    assert response.status_code == 302
    assert any("being issued can be rendered" in message for message in messages_of(response))
    html = client.get(f"{ADMIN}inspect/{failed.pk}/").content.decode()
    assert "render-again/" not in html and "Its PDF failed" not in html


def test_rendering_again_needs_the_permission_and_the_scope(
    client, profile, broken_template, monkeypatch
):
    sent = []
    monkeypatch.setattr(services, "_enqueue_render", sent.append)
    in_scope = being_issued(profile, "here", "turkistan")
    elsewhere = being_issued(profile, "there", "pavlodar")

    staff = coordinator("turkistan")
    client.force_login(staff)
    assert_not_found(client.post(f"{ADMIN}render-again/{elsewhere.pk}/"))
    assert_not_found(client.post(f"{ADMIN}render-again/999999/"))

    staff.user_permissions.remove(Permission.objects.get(codename="change_certificate"))
    html = client.get(f"{ADMIN}inspect/{in_scope.pk}/").content.decode()
    assert "render-again/" not in html  # may look, not act
    assert client.post(f"{ADMIN}render-again/{in_scope.pk}/").status_code == 403
    assert sent == []


def test_rendering_again_gives_the_resend_task_its_attempts_back(
    profile, broken_template, django_capture_on_commit_callbacks, monkeypatch
):
    """An administrator's render that is lost on its way (a worker killed) is sent again like
    any other, though the certificate had been given up on before."""
    certificate = being_issued(profile)
    for _attempt in range(services.RENDER_ATTEMPTS):
        with pytest.raises(RenderError):
            tasks.render_certificate.apply(args=[certificate.pk])
    errors = failed_renders(certificate)
    assert len(errors) == services.RENDER_ATTEMPTS

    lost = []
    monkeypatch.setattr(services, "_enqueue_render", lost.append)
    with django_capture_on_commit_callbacks(execute=True):
        services.render_again(certificate=certificate, by=national_admin())
    assert lost == [certificate.pk]
    certificate.refresh_from_db()
    assert (certificate.render_failures, certificate.render_error) == (0, "")
    assert failed_renders(certificate) == errors  # the history keeps every failure

    later = timezone.now() + emails.RESEND_AFTER + timedelta(minutes=1)
    sent = []
    monkeypatch.setattr(services, "send_renders", sent.append)
    assert services.resend_lost_work(now=later).certificates == [certificate.pk]
    assert sent == [[certificate.pk]]
