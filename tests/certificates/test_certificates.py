"""Issuing a certificate: the PDF read back (Kazakh name, embedded fonts, QR code to the
verification page), one certificate however often it is issued, private downloads, public
verification with revoked and unknown codes, and a renderer that fetches nothing from outside."""

import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.db import connection
from django.utils import translation
from pypdf import PdfReader

from certificates import services
from certificates.eligibility import evaluate_trainee
from certificates.models import Certificate, MinimumAgeRequirement, QualificationProfile
from certificates.pdf import assets_only_fetcher
from tests.certificates.test_requirements import TODAY
from tests.factories import UserFactory, trainee

pytestmark = pytest.mark.django_db


NAME = "Әлия Ғабитқызы Қасымова-Үмбетова"


@pytest.fixture
def profile(dated_profile):
    return dated_profile


@pytest.fixture
def holder():
    return trainee("holder", full_name=NAME, date_of_birth=date(1980, 5, 17))


@pytest.fixture
def issue(django_capture_on_commit_callbacks):
    """Issue as the admin does: the PDF task runs when the transaction commits (in-process
    without a broker)."""

    def run(holder, profile):
        with django_capture_on_commit_callbacks(execute=True):
            certificate = services.issue_certificate(trainee=holder, profile=profile, on=TODAY)
        certificate.refresh_from_db()
        return certificate

    return run


def test_an_ineligible_trainee_gets_no_certificate(profile):
    young = trainee("young", date_of_birth=date(2015, 1, 1))
    with pytest.raises(services.CertificateError):
        services.issue_certificate(trainee=young, profile=profile)
    assert not Certificate.objects.exists()


def test_the_snapshot_says_what_was_met_in_kazakh_whatever_the_issuers_language(holder, profile):
    """The requirements and their results are recorded in Kazakh, as the certificate's page
    marks them: an administrator working in English issued this one."""
    with translation.override("en"):
        certificate = services.issue_certificate(trainee=holder, profile=profile, on=TODAY)
        [english] = [
            (str(r), o.explanation)
            for r, o in evaluate_trainee(holder, [profile], on=TODAY)[0].outcome.children
        ]
    with translation.override("kk"):
        [kazakh] = [
            (str(r), o.explanation)
            for r, o in evaluate_trainee(holder, [profile], on=TODAY)[0].outcome.children
        ]
    assert kazakh != english
    assert [
        (row["requirement"], row["result"]) for row in certificate.snapshot["requirements"]
    ] == [kazakh]


def test_the_pdf_reads_back_with_the_kazakh_name_embedded_fonts_and_a_working_qr(
    client, holder, profile, tmp_path, issue
):
    certificate = issue(holder, profile)  # tasks run in-process without a broker
    assert certificate.status == "valid" and certificate.serial == "KHA-2026-000001"
    assert certificate.expires_on == date(2028, 11, 26)
    data = certificate.pdf.open("rb").read()
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    text = page.extract_text()
    assert NAME in text, text
    assert "KHA-2026-000001" in text
    path = tmp_path / "certificate.pdf"
    path.write_bytes(data)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
        assert rows and all("yes" in row[-5:-3] or row[-5] == "yes" for row in rows), fonts
        # the bundled faces (named after their @font-face family), not a system font
        assert "Kelisim-Sans" in fonts and "Kelisim-Serif-Bold" in fonts, fonts
    if shutil.which("pdftoppm"):
        import zxingcpp
        from PIL import Image

        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "p")], check=True
        )
        image = Image.open(next(tmp_path.glob("p*.png")))
        codes = zxingcpp.read_barcodes(image)
        assert codes, "no QR code found"
        url = codes[0].text
        assert url == f"http://testserver/verify/{certificate.code}/"
        html = client.get(url.removeprefix("http://testserver"), HTTP_ACCEPT_LANGUAGE="en")
        assert "This certificate is valid." in html.content.decode()


def test_issuing_twice_gives_one_certificate(holder, profile, issue):
    first = issue(holder, profile)
    again = issue(holder, profile)
    assert first.pk == again.pk and Certificate.objects.count() == 1


def test_only_the_holder_downloads_the_pdf(client, holder, profile, issue):
    certificate = issue(holder, profile)
    client.force_login(trainee("someone-else"))
    assert client.get(f"/kk/qualifications/certificates/{certificate.pk}/pdf/").status_code == 404
    client.force_login(holder)
    response = client.get(f"/kk/qualifications/certificates/{certificate.pk}/pdf/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_verification_shows_revoked_certificates_as_revoked_and_leaks_nothing(
    client, holder, profile, issue
):
    certificate = issue(holder, profile)
    admin = UserFactory(username="national", groups=["Administrators"])
    services.revoke_certificate(certificate=certificate, reason="Құжат жалған", by=admin)
    data = client.get(f"/verify/{certificate.code}.json").json()
    assert data["status"] == "revoked" and data["revoked_on"]
    assert data["holder"] == NAME
    assert set(data) == {
        "serial",
        "holder",
        "qualification",
        "issued_on",
        "expires_on",
        "status",
        "revoked_on",
    }
    html = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate was revoked on" in html
    assert "Құжат жалған" not in html  # the reason stays with staff


def test_an_expired_certificate_verifies_as_expired(client, holder, profile, issue):
    certificate = issue(holder, profile)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date(2020, 1, 1))
    assert client.get(f"/verify/{certificate.code}.json").json()["status"] == "expired"


def test_an_unknown_code_is_a_404_not_a_500(client):
    response = client.get("/verify/not-a-real-code/")
    assert response.status_code == 404  # not a redirect to /kk/verify/…
    assert client.get("/verify/not-a-real-code.json").status_code == 404


def test_verification_is_rate_limited(client, settings, holder, profile, issue):
    settings.KELISIM_CERTIFICATES_VERIFY_RATE_PER_MINUTE = 3
    certificate = issue(holder, profile)
    codes = [client.get(f"/verify/{certificate.code}.json").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "http://example.com/x.png", "https://example.com/font.ttf"]
)
def test_the_renderer_fetches_nothing_outside_the_project(url):
    with pytest.raises(ValueError):
        assets_only_fetcher().fetch(url)
    with pytest.raises(ValueError):
        assets_only_fetcher().fetch("kelisim-asset:../../settings.py")
    assert assets_only_fetcher().fetch("kelisim-asset:DejaVuSans.ttf").read(4)


def test_a_web_process_loads_weasyprint_at_its_first_render_only():
    """A web process renders only previews, each in a child process: WeasyPrint (about 22 MiB)
    is not loaded with the site, and Pillow reads a cut image the same before and after."""
    code = (
        "import sys; from PIL import ImageFile; from cms.wsgi import application; "
        "from django.urls import get_resolver; get_resolver().url_patterns; "
        "print('weasyprint' in sys.modules, ImageFile.LOAD_TRUNCATED_IMAGES); "
        "from certificates.pdf import write_pdf; pdf = write_pdf('<p>Әділ Қайрат</p>', ''); "
        "print('weasyprint' in sys.modules, ImageFile.LOAD_TRUNCATED_IMAGES, pdf[:5])"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["False True", "True True b'%PDF-'"]


def test_the_verification_code_carries_at_least_128_bits(holder, profile, issue):
    certificate = issue(holder, profile)
    assert len(certificate.code) >= 22  # 16 random bytes in URL-safe base64


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
@pytest.mark.postgres
def test_simultaneous_issue_requests_give_one_certificate(committed_db):
    from tests.assessments.test_security import run_in_threads

    profile = QualificationProfile.objects.create(
        slug="race", name_kk="Жарыс", name_ru="Гонка", name_en="Race", validity_months=12
    )
    MinimumAgeRequirement.objects.create(profile=profile, years=18)
    person = trainee("racer", full_name=NAME, date_of_birth=date(1980, 1, 1))
    results = run_in_threads(
        5, lambda: services.issue_certificate(trainee=person, profile=profile).pk
    )
    assert len({r for r in results if not isinstance(r, Exception)}) == 1
    assert Certificate.objects.filter(trainee=person).count() == 1


def test_the_commands_report_and_issue_to_everyone_eligible(
    profile, holder, tmp_path, django_capture_on_commit_callbacks
):
    from io import StringIO

    from django.core.management import call_command

    trainee("too-young", date_of_birth=date(2015, 1, 1))
    report = tmp_path / "report.csv"
    call_command("eligibility_report", profile="adult", format="csv", output=str(report))
    rows = report.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("trainee_id,full_name")
    assert sum(",True," in row for row in rows) == 1 and len(rows) == 3
    with django_capture_on_commit_callbacks(execute=True):
        call_command("issue_certificates", profile="adult", all_eligible=True, stdout=StringIO())
        call_command("issue_certificates", profile="adult", all_eligible=True, stdout=StringIO())
    assert list(Certificate.objects.values_list("trainee__username", "status")) == [
        ("holder", "valid")
    ]


@pytest.mark.parametrize(
    ("language", "issued", "valid_until"),
    [
        ("kk", "2026 ж. 28 қараша", "2028 ж. 1 наурыз"),
        ("ru", "28 ноября 2026 г.", "1 марта 2028 г."),
        ("en", "Nov. 28, 2026", "March 1, 2028"),
    ],
)
def test_the_verification_page_gives_dates_as_its_language_writes_them(
    client, holder, profile, issue, language, issued, valid_until
):
    certificate = issue(holder, profile)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=date(2026, 11, 28), expires_on=date(2028, 3, 1)
    )
    html = client.get(
        f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()
    assert f"<dd>{issued}</dd>" in html and f"<dd>{valid_until}</dd>" in html
