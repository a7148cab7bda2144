"""A bulk issue renders its certificates in chunks, one task for several PDFs: each certificate
still committed on its own, one failure losing none of the others, a repeat changing nothing.
The tasks run in-process here; tests/certificates/test_worker.py runs real workers."""

import logging
import re
import shutil
import subprocess
from datetime import date

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certificates import rendering, services, tasks
from certificates.models import Certificate
from certificates.pdf import write_pdf
from tests.factories import UserFactory, trainee

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(adult_profile):
    return adult_profile


def issued(profile, n: int) -> list[int]:
    """`n` certificates being issued (no render sent), as a bulk issue creates them."""
    return [
        services.issue_certificate(
            trainee=trainee(f"adult{i}", date_of_birth=date(1980, 1, 1)),
            profile=profile,
            render=False,
        ).pk
        for i in range(n)
    ]


def statuses(ids: list[int]) -> list[str]:
    by_pk = dict(Certificate.objects.filter(pk__in=ids).values_list("pk", "status"))
    return [by_pk[pk] for pk in ids]


@pytest.fixture
def failing(monkeypatch):
    """Make rendering fail for chosen certificates: {certificate id: [errors to raise, in
    turn]}; once a list is used up that certificate renders."""
    plan: dict[int, list[Exception]] = {}
    render_pdf = services.render_pdf

    def flaky(certificate, **kwargs):
        if plan.get(certificate.pk):
            raise plan[certificate.pk].pop(0)
        return render_pdf(certificate, **kwargs)

    monkeypatch.setattr(services, "render_pdf", flaky)
    return plan


@pytest.fixture
def chunks_run(monkeypatch):
    """The certificate ids each `render_chunk` call was given, in order."""
    calls: list[list[int]] = []
    render_chunk = services.render_chunk

    def recording(*, certificate_ids, **kwargs):
        calls.append(list(certificate_ids))
        return render_chunk(certificate_ids=certificate_ids, **kwargs)

    monkeypatch.setattr(services, "render_chunk", recording)
    return calls


def test_a_bulk_issue_sends_its_renders_in_chunks(
    profile, monkeypatch, chunks_run, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(services, "RENDER_CHUNK", 4)
    for i in range(10):
        trainee(f"adult{i}", date_of_birth=date(1980, 1, 1))
    issuer = UserFactory(username="issuer", groups=["Administrators"])

    with django_capture_on_commit_callbacks(execute=True):
        batch = services.start_bulk_issue(profile=profile, by=issuer)

    assert [len(ids) for ids in chunks_run] == [4, 4, 2]
    assert sorted(pk for ids in chunks_run for pk in ids) == sorted(
        batch.certificates.values_list("pk", flat=True)
    )
    assert set(batch.certificates.values_list("status", flat=True)) == {"valid"}


def test_a_chunk_looks_its_template_up_once(profile):
    def template_queries(ids):
        with CaptureQueriesContext(connection) as queries:
            rendered = services.render_chunk(certificate_ids=ids)
        assert rendered.done == ids
        return sum("certificates_certificatetemplate" in q["sql"] for q in queries)

    ids = issued(profile, 5)
    assert template_queries(ids[:1]) == template_queries(ids[1:]) > 0


def test_one_certificate_failing_loses_none_of_the_others(profile, failing):
    ids = issued(profile, 3)
    failing[ids[1]] = [rendering.RenderError("the template is broken")]

    # the task fails with the error, as `render_certificate` would (in-process: raised here)
    with pytest.raises(rendering.RenderError):
        tasks.render_certificates.apply(args=[ids])

    assert statuses(ids) == ["valid", "issuing", "valid"]
    assert not Certificate.objects.get(pk=ids[1]).pdf


def test_a_file_system_error_is_retried_for_that_certificate_only(profile, failing, chunks_run):
    ids = issued(profile, 3)
    failing[ids[2]] = [OSError("disk full")]

    # throw=False: run as a worker would, the retry applied in turn instead of raised here
    result = tasks.render_certificates.apply(args=[ids], throw=False)

    assert result.successful()
    assert chunks_run == [ids, [ids[2]]]
    assert statuses(ids) == ["valid", "valid", "valid"]


def test_the_time_limit_stops_the_chunk_and_sends_the_rest_again(profile, failing, chunks_run):
    ids = issued(profile, 4)
    failing[ids[1]] = [SoftTimeLimitExceeded()]

    tasks.render_certificates.apply(args=[ids], throw=False)

    # the one that ran out of time fails as `render_certificate` would; the rest are rendered
    assert chunks_run == [ids, ids[2:]]
    assert statuses(ids) == ["valid", "issuing", "valid", "valid"]


def test_rendering_a_chunk_again_changes_nothing(profile, chunks_run):
    ids = issued(profile, 3)
    tasks.render_certificates.apply(args=[ids]).get()
    files = dict(Certificate.objects.filter(pk__in=ids).values_list("pk", "pdf"))

    assert tasks.render_certificates.apply(args=[ids]).get() == 3

    assert dict(Certificate.objects.filter(pk__in=ids).values_list("pk", "pdf")) == files
    assert statuses(ids) == ["valid", "valid", "valid"]


PDF_STORAGE = Certificate._meta.get_field("pdf").storage


@pytest.fixture
def files_written(monkeypatch):
    """The names of the PDF files written, in order."""
    written: list[str] = []
    save = PDF_STORAGE.save

    def recording(name, content, **kwargs):
        written.append(save(name, content, **kwargs))
        return written[-1]

    monkeypatch.setattr(PDF_STORAGE, "save", recording)
    return written


def test_a_certificate_revoked_while_it_renders_stays_revoked_and_leaves_no_file(
    profile, monkeypatch, files_written
):
    """The render holds no lock: a revocation that lands meanwhile wins, and the PDF made for
    nothing is deleted."""
    [pk] = issued(profile, 1)
    render_pdf = services.render_pdf

    def revoked_meanwhile(certificate, **kwargs):
        Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.REVOKED)
        return render_pdf(certificate, **kwargs)

    monkeypatch.setattr(services, "render_pdf", revoked_meanwhile)

    certificate = services.render_and_store(pk)

    assert certificate.status == Certificate.Status.REVOKED and not certificate.pdf
    assert Certificate.objects.get(pk=pk).status == Certificate.Status.REVOKED
    [written] = files_written
    assert not PDF_STORAGE.exists(written)


def test_a_second_delivery_rendering_alongside_keeps_the_first_pdf(
    profile, monkeypatch, files_written
):
    """Two workers rendering the same certificate (a task delivered again while the first still
    runs): the first to finish makes it valid, the other's file is deleted."""
    [pk] = issued(profile, 1)
    render_pdf = services.render_pdf
    first = {}

    def finished_by_the_other_meanwhile(certificate, **kwargs):
        if not first:  # the other delivery renders and stores it while this one renders
            monkeypatch.setattr(services, "render_pdf", render_pdf)
            first["certificate"] = services.render_and_store(certificate.pk)
        return render_pdf(certificate, **kwargs)

    monkeypatch.setattr(services, "render_pdf", finished_by_the_other_meanwhile)

    certificate = services.render_and_store(pk)

    kept = first["certificate"].pdf.name
    assert certificate.status == Certificate.Status.VALID and certificate.pdf.name == kept
    assert Certificate.objects.get(pk=pk).pdf.name == kept
    [other] = [name for name in files_written if name != kept]
    assert PDF_STORAGE.exists(kept) and not PDF_STORAGE.exists(other)


def test_rendering_marks_the_holders_eligibility_stale(profile):
    """A valid certificate is a fact requirements read: one render, or a chunk, marks its holders
    stale (the chunk with one UPDATE)."""
    from certificates import statuses
    from certificates.models import EligibilityStatus

    ids = issued(profile, 4)
    holders = list(Certificate.objects.filter(pk__in=ids).values_list("trainee_id", flat=True))
    statuses.refresh_statuses(holders)
    assert not EligibilityStatus.objects.filter(trainee_id__in=holders, stale=True).exists()

    services.render_and_store(ids[0])
    with CaptureQueriesContext(connection) as queries:
        services.render_chunk(certificate_ids=ids[1:])

    stale = EligibilityStatus.objects.filter(trainee_id__in=holders, stale=True)
    assert set(stale.values_list("trainee_id", flat=True)) == set(holders)
    assert not EligibilityStatus.objects.filter(trainee_id__in=holders, stale=False).exists()
    marking = [q for q in queries if "certificates_eligibilitystatus" in q["sql"]]
    assert len(marking) == 1


def test_a_chunk_runs_one_query_a_certificate_beyond_a_fixed_few(profile):
    """Read together, each made valid by one UPDATE: the chunk's queries grow by one a
    certificate (the e-mail task is sent after the test's transaction, so not here)."""

    def queries_for(ids):
        with CaptureQueriesContext(connection) as queries:
            rendered = services.render_chunk(certificate_ids=ids)
        assert rendered.done == ids
        return len(queries)

    ids = issued(profile, 9)
    queries_for(ids[:1])  # the first render of the test
    assert queries_for(ids[1:3]) + 4 == queries_for(ids[3:])


@pytest.fixture
def email_tasks(monkeypatch):
    """The certificate ids of each `email_certificates` task sent (then run in-process)."""
    sent: list[list[int]] = []
    delay = tasks.email_certificates.delay

    def recording(certificate_ids):
        sent.append(list(certificate_ids))
        return delay(certificate_ids)

    monkeypatch.setattr(tasks.email_certificates, "delay", recording)
    monkeypatch.setattr(tasks.email_certificate, "delay", lambda pk: pytest.fail("one by one"))
    return sent


def test_a_chunk_emails_its_holders_in_one_task_after_the_renders_commit(
    profile, email_tasks, mailoutbox, django_capture_on_commit_callbacks
):
    ids = issued(profile, 3)
    with django_capture_on_commit_callbacks(execute=True):
        rendered = services.render_chunk(certificate_ids=ids)
        assert email_tasks == []  # not before the commits

    assert rendered.done == ids
    assert email_tasks == [ids]
    holders = Certificate.objects.filter(pk__in=ids).values_list("trainee__email", flat=True)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(holders)
    assert all(m.attachments[0][1].startswith(b"%PDF") for m in mailoutbox)

    # the chunk again (a redelivered task): the e-mails are sent for again, nobody gets two
    with django_capture_on_commit_callbacks(execute=True):
        services.render_chunk(certificate_ids=ids)
    assert email_tasks == [ids, ids]
    assert len(mailoutbox) == 3


def test_a_chunk_emails_only_the_certificates_that_rendered(
    profile, failing, email_tasks, django_capture_on_commit_callbacks
):
    ids = issued(profile, 3)
    failing[ids[0]] = [rendering.RenderError("the template is broken")]
    with django_capture_on_commit_callbacks(execute=True):
        services.render_chunk(certificate_ids=ids)
    assert email_tasks == [ids[1:]]


@pytest.fixture
def mail_failing(monkeypatch):
    """Make sending fail for chosen certificates: {certificate id: [errors, in turn]}."""
    plan: dict[int, list[Exception]] = {}
    certificate_issued = services.emails.certificate_issued

    def flaky(certificate):
        message = certificate_issued(certificate)
        if plan.get(certificate.pk):
            error = plan[certificate.pk].pop(0)

            def send(*args, **kwargs):
                raise error

            message.send = send
        return message

    monkeypatch.setattr(services.emails, "certificate_issued", flaky)
    return plan


def test_a_mail_server_failure_retries_from_that_certificate_on(
    profile, mail_failing, email_tasks, mailoutbox, monkeypatch
):
    ids = issued(profile, 3)
    services.render_chunk(certificate_ids=ids)  # no e-mails: the test's transaction is open
    mail_failing[ids[1]] = [OSError("connection refused")]
    retried = []
    retry = tasks.email_certificates.retry

    def recording(*args, **kwargs):
        retried.append(kwargs["args"][0])
        return retry(*args, **kwargs)

    monkeypatch.setattr(tasks.email_certificates, "retry", recording)

    result = tasks.email_certificates.apply(args=[ids], throw=False)

    assert result.successful()
    assert retried == [ids[1:]]
    assert len(mailoutbox) == 3
    assert Certificate.objects.filter(pk__in=ids, emailed_at__isnull=True).count() == 0


def test_one_email_failing_otherwise_loses_none_of_the_others(profile, mail_failing, mailoutbox):
    ids = issued(profile, 3)
    services.render_chunk(certificate_ids=ids)
    mail_failing[ids[0]] = [ValueError("a broken template")]

    with pytest.raises(ValueError):
        tasks.email_certificates.apply(args=[ids])

    assert len(mailoutbox) == 2
    emailed = Certificate.objects.filter(pk__in=ids, emailed_at__isnull=False)
    assert sorted(emailed.values_list("pk", flat=True)) == ids[1:]


def test_rendering_writes_nothing_to_wagtails_reference_index(profile, client):
    """A worker that has loaded the admin's viewsets (which register their models with the
    reference index) still renders without indexing the certificate: it was about 3 ms of
    queries a PDF, for references the foreign keys protect already."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get("/admin/qualifications/certificates/").status_code == 200
    ids = issued(profile, 2)
    with CaptureQueriesContext(connection) as queries:
        services.render_chunk(certificate_ids=ids)

    assert statuses(ids) == ["valid", "valid"]
    assert not ReferenceIndex.is_indexed(Certificate)
    assert not any("wagtailcore_referenceindex" in q["sql"] for q in queries)
    certificate_type = ContentType.objects.get_for_model(Certificate)
    assert not ReferenceIndex.objects.filter(base_content_type=certificate_type).exists()


def verification_urls(n: int) -> list[str]:
    from certificates.models.certificates import new_code

    return [f"https://kelisim.example.kz/verify/{new_code()}/" for _ in range(n)]


def test_qr_svg_draws_exactly_the_dark_modules():
    """The SVG's path, read back run by run, covers the encoder's dark modules and nothing else,
    inside a square one module wider on each side."""
    [url] = verification_urls(1)
    width, modules = rendering.qr_modules(url)
    svg = rendering.qr_svg(url, border=1)

    assert f'viewBox="0 0 {width + 2} {width + 2}"' in svg
    [path] = re.findall(r' d="([^"]*)"', svg)
    runs = re.findall(r"M(\d+) (\d+)\.5h(\d+)", path)  # a line through the middle of a row
    assert "".join(f"M{x} {y}.5h{n}" for x, y, n in runs) == path
    drawn = {(int(x) - 1 + i, int(y) - 1) for x, y, n in runs for i in range(int(n))}
    dark = {(i % width, i // width) for i, value in enumerate(modules) if value == 0}
    assert drawn == dark
    assert 0 < len(dark) < width * width


def test_qr_codes_read_back():
    """Verification URLs of random codes, drawn at about the size a certificate prints them at
    150 dpi (5 pixels a module, a quiet zone of 4), all read back by zxing, error correction M."""
    import zxingcpp
    from PIL import Image

    for url in verification_urls(40):
        width, modules = rendering.qr_modules(url)
        image = Image.new("L", (width + 8, width + 8), 255)
        image.paste(Image.frombytes("L", (width, width), modules), (4, 4))
        image = image.resize(((width + 8) * 5, (width + 8) * 5), Image.NEAREST)
        [code] = zxingcpp.read_barcodes(image)
        assert code.text == url
        assert code.ec_level == "M"


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs pdftoppm (poppler-utils)")
def test_qr_codes_in_a_pdf_read_back(tmp_path):
    """The same, as the certificate prints them: the SVG in a PDF, 30 mm wide, read at 150 dpi."""
    import zxingcpp
    from PIL import Image

    urls = verification_urls(24)
    images = "".join(f'<img src="{rendering.qr_data_uri(url)}">' for url in urls)
    css = "@page { size: A4; margin: 10mm; } img { width: 30mm; height: 30mm; margin: 6mm; }"
    path = tmp_path / "codes.pdf"
    path.write_bytes(write_pdf(f"<body>{images}</body>", css))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "p")], check=True)

    read = {
        code.text
        for page in sorted(tmp_path.glob("p*.png"))
        for code in zxingcpp.read_barcodes(Image.open(page))
    }
    assert read == set(urls)


def test_a_chunk_logs_no_progress_lines_of_weasyprint(profile, caplog):
    """WeasyPrint logs seven lines a PDF at INFO: a bulk issue of thousands would bury the
    workers' logs (its warnings still show)."""
    ids = issued(profile, 2)
    with caplog.at_level(logging.INFO):
        rendered = services.render_chunk(certificate_ids=ids)
    assert sorted(rendered.done) == sorted(ids)
    assert [record.getMessage() for record in caplog.records if "weasyprint" in record.name] == []
