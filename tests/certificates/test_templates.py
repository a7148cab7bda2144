"""Certificate templates and course certificates: which template a certificate is printed with,
a course completion certificate issued when the course is completed (hours, titles, PDF), the
admin form that refuses a broken template, and the PDF preview (permissions, errors, a time
limit, nothing fetched from outside, the logo and the signatories)."""

import io
import threading
from datetime import date
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image as PillowImage
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from certificates import rendering, services
from certificates.models import (
    Certificate,
    CertificateTemplate,
)
from lms import services as lms
from tests.factories import (
    CohortFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    trainee,
    translate_tree,
)

pytestmark = pytest.mark.django_db

NAME = "Нұрлан Әбілқасымұлы Үсенов"
TITLE_KK = "Медиация және этномедиация негіздері"
TITLE_RU = "Основы медиации и этномедиации"
TITLE_EN = "Foundations of mediation and ethnomediation"
PREVIEW = "/admin/qualifications/templates/preview/"
ADD = "/admin/qualifications/templates/new/"


def pdf_text(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def pdf_images(data: bytes) -> list:
    return list(PdfReader(io.BytesIO(data)).pages[0].images)


def retitle(page, title):
    page.title = title
    page.save_revision().publish()
    return page


@pytest.fixture
def course():
    """A course of one module with two lessons, in kk, ru and en, each with its own title."""
    tree = curriculum_tree(modules=1, lessons_per_module=2)
    retitle(tree["course"], TITLE_KK)
    retitle(translate_tree(tree, "ru")["course"], TITLE_RU)
    retitle(translate_tree(tree, "en")["course"], TITLE_EN)
    return tree


@pytest.fixture
def profile(adult_profile):
    return adult_profile


@pytest.fixture
def administrator(client):
    user = UserFactory(username="national-admin", groups=["Administrators"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


def complete(person, tree, capture):
    """The trainee completes every lesson, as lms records it; callbacks run as on commit."""
    with capture(execute=True):
        for lesson in tree["lessons"]:
            lms.record_completion(trainee=person, page=lesson)


# --- which template ---------------------------------------------------------------------------


def test_a_certificate_takes_its_own_template_then_its_languages_then_the_built_in_one(
    profile, course
):
    russian_course = course["course"].get_translation(Locale.objects.get(language_code="ru"))
    for_profile = Certificate(profile=profile, language="kk-ru")
    for_course = Certificate(course=course["course"], language="kk-ru")

    assert rendering.template_for(for_profile).html == rendering.DEFAULT_HTML
    assert rendering.template_for(for_course).html == rendering.COURSE_HTML

    CertificateTemplate.objects.create(name="ru only", language="ru", html="ru")
    general = CertificateTemplate.objects.create(name="general", language="kk-ru", html="general")
    assert rendering.template_for(for_profile) == general
    assert rendering.template_for(for_course) == general

    own = CertificateTemplate.objects.create(
        name="profile", profile=profile, language="kk-ru", html="own"
    )
    # set on the Russian page of the course: its translations are the same course
    course_own = CertificateTemplate.objects.create(
        name="course", course=russian_course, language="kk-ru", html="course"
    )
    CertificateTemplate.objects.create(name="profile en", profile=profile, language="en", html="x")
    assert rendering.template_for(for_profile) == own
    assert rendering.template_for(for_course) == course_own
    assert rendering.template_for(Certificate(profile=profile, language="ru")).name == "ru only"


# --- course completion certificates ----------------------------------------------------------


def test_completing_a_course_issues_its_certificate_with_hours_titles_and_a_pdf(
    course, django_capture_on_commit_callbacks
):
    person = trainee("asel", full_name=NAME)
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=course["course"], trainers=[trainer])
    lms.enrol(trainee=person, course=course["course"], cohort=cohort)
    for day in (3, 4):
        session = SessionFactory(
            cohort=cohort, date=date(2026, 11, day), academic_hours=Decimal("35")
        )
        lms.mark_attendance(session=session, present={person.pk: True}, by=trainer)

    complete(person, course, django_capture_on_commit_callbacks)

    certificate = Certificate.objects.get(trainee=person)
    assert certificate.course_id == course["course"].pk and certificate.profile_id is None
    assert certificate.status == "valid" and certificate.expires_on is None
    snapshot = certificate.snapshot
    assert snapshot["hours"] == "70"  # attended, not "7E+1"
    assert (snapshot["title_kk"], snapshot["title_ru"], snapshot["title_en"]) == (
        TITLE_KK,
        TITLE_RU,
        TITLE_EN,
    )
    assert snapshot["holder"] == NAME and snapshot["completed_on"]
    text = pdf_text(certificate.pdf.open("rb").read())
    for expected in (NAME, TITLE_KK, TITLE_RU, "Курсты аяқтағаны туралы сертификат", "70"):
        assert expected in text, (expected, text)
    # the same certificate however often it is asked for
    again = services.issue_course_certificate(trainee=person, course=course["course"])
    assert again.pk == certificate.pk and Certificate.objects.count() == 1


def test_a_course_without_attendance_states_its_nominal_hours(
    course, django_capture_on_commit_callbacks
):
    person = trainee("solo")
    lms.enrol(trainee=person, course=course["course"])
    complete(person, course, django_capture_on_commit_callbacks)
    assert Certificate.objects.get(trainee=person).snapshot["hours"] == "72"


def test_no_course_certificate_when_the_setting_is_off_or_the_course_is_not_completed(
    course, settings, django_capture_on_commit_callbacks
):
    settings.KELISIM_CERTIFICATES_COURSE_CERTIFICATES = False
    person = trainee("off")
    lms.enrol(trainee=person, course=course["course"])
    complete(person, course, django_capture_on_commit_callbacks)
    assert not Certificate.objects.exists()

    learner = trainee("halfway")
    lms.enrol(trainee=learner, course=course["course"])
    with pytest.raises(services.CertificateError):
        services.issue_course_certificate(trainee=learner, course=course["course"])
    assert not Certificate.objects.exists()


def test_the_holder_and_the_public_see_the_course_title_in_their_language(
    client, course, django_capture_on_commit_callbacks, count_queries
):
    person = trainee("reader-of-titles", full_name=NAME)
    lms.enrol(trainee=person, course=course["course"])
    complete(person, course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(trainee=person)

    client.force_login(person)
    with translation.override("ru"):
        page = client.get("/ru/qualifications/certificates/").content.decode()
    assert TITLE_RU in page and TITLE_KK not in page
    data = client.get(f"/verify/{certificate.code}.json").json()
    assert data["qualification"] == {"kk": TITLE_KK, "ru": TITLE_RU, "en": TITLE_EN}
    html = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert TITLE_EN in html and "Course completed" in html

    # the holder's list costs the same with one certificate as with several
    one = count_queries(lambda: client.get("/kk/qualifications/certificates/"))
    for _ in range(3):
        other = curriculum_tree(modules=1, lessons_per_module=1)
        lms.enrol(trainee=person, course=other["course"])
        complete(person, other, django_capture_on_commit_callbacks)
    assert Certificate.objects.filter(trainee=person).count() == 4
    assert count_queries(lambda: client.get("/kk/qualifications/certificates/")) == one


# --- the admin form ---------------------------------------------------------------------------


def form_data(**fields):
    return {
        "name": "Шаблон",
        "language": "kk-ru",
        "html": rendering.DEFAULT_HTML,
        "css": "",
        "signatories": "",
        **fields,
    }


def test_the_add_form_starts_from_the_built_in_layout(client, administrator):
    page = client.get(ADD).content.decode()
    assert "СЕРТИФИКАТ" in page and "certificate.serial" in page
    assert f'formaction="{PREVIEW}"' in page
    assert "Курсты аяқтағаны" in client.get(ADD + "?layout=course").content.decode()


def test_the_admin_form_refuses_a_broken_template_and_a_template_for_both(
    client, administrator, profile, course
):
    response = client.post(ADD, form_data(html="<p>{% if %}</p>"))
    assert response.status_code == 200
    assert "The template has an error on line 1" in response.content.decode()

    response = client.post(ADD, form_data(profile=profile.pk, course=course["course"].pk))
    assert response.status_code == 200
    assert "not both" in response.content.decode()
    assert not CertificateTemplate.objects.exists()

    response = client.post(ADD, form_data(course=course["course"].pk, html=rendering.COURSE_HTML))
    assert response.status_code == 302
    assert CertificateTemplate.objects.get().course_id == course["course"].pk


# --- the preview ------------------------------------------------------------------------------


def preview_data(**fields):
    return {"html": rendering.DEFAULT_HTML, "css": "", "language": "kk-ru", **fields}


def test_the_preview_is_a_pdf_of_a_sample_for_those_who_may_edit_templates(
    client, administrator, monkeypatch, tmp_path
):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the temporary folder of the render's process
    response = client.post(PREVIEW, preview_data())
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert rendering.SAMPLE_HOLDER in pdf_text(response.content)

    course_sample = client.post(
        PREVIEW, preview_data(html=rendering.COURSE_HTML, preview_sample="course")
    )
    text = pdf_text(course_sample.content)
    assert "Курсты аяқтағаны" in text and "этномедиация негіздері" in text
    # each render's process removed the copies of the fonts WeasyPrint made (1.8 MiB a preview)
    assert not list(tmp_path.glob("weasyprint-*"))

    client.force_login(UserFactory(username="instructor", groups=["Instructors"]))
    assert client.post(PREVIEW, preview_data()).status_code == 403
    client.logout()
    assert client.post(PREVIEW, preview_data()).status_code == 302  # to the admin's login


def test_a_broken_template_or_a_slow_render_gives_a_readable_400(client, administrator, settings):
    response = client.post(PREVIEW, preview_data(html="<p>\n{% for %}</p>"))
    assert response.status_code == 400
    assert "line 2" in response.content.decode()

    response = client.post(PREVIEW, preview_data(html="{% include 'base.html' %}"))
    assert response.status_code == 400  # no loader reaches the project's templates

    settings.KELISIM_CERTIFICATES_PREVIEW_SECONDS = 0.01
    response = client.post(PREVIEW, preview_data())
    assert response.status_code == 400
    assert "took longer than" in response.content.decode()


@pytest.fixture
def web_server():
    """A local web server that counts the requests it gets."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def png(tmp_path=None, size=(60, 40)) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (11, 83, 148)).save(buffer, "PNG")
    if tmp_path is not None:
        (tmp_path / "secret.png").write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_the_preview_fetches_nothing_from_files_or_the_network(
    client, administrator, tmp_path, web_server
):
    address, hits = web_server
    png(tmp_path)
    html = (
        f'<img src="file://{tmp_path}/secret.png" alt="">'
        f'<img src="{address}/logo.png" alt=""><img src="file:///etc/passwd" alt="">'
        "<p>{{ snapshot.holder }}</p>"
    )
    css = (
        f'@import url("{address}/style.css"); '
        f'body {{ background: url("file://{tmp_path}/secret.png"); }} '
        f'p {{ background: url("{address}/background.png"); }}'
    )
    response = client.post(PREVIEW, preview_data(html=html, css=css))
    assert response.status_code == 200
    assert rendering.SAMPLE_HOLDER in pdf_text(response.content)
    assert pdf_images(response.content) == []
    assert hits == []


@pytest.fixture
def logo():
    return get_image_model().objects.create(
        title="Ассамблея логотипі", file=ImageFile(io.BytesIO(png()), name="logo.png")
    )


SIGNATORIES = "Ерлан Қарин, Төраға орынбасары\nАйгүл Смағұлова, Хатшылық меңгерушісі"


def test_the_logo_and_the_signatories_appear_in_the_preview(client, administrator, logo):
    response = client.post(PREVIEW, preview_data(logo=logo.pk, signatories=SIGNATORIES))
    assert response.status_code == 200
    assert len(pdf_images(response.content)) == 1
    text = pdf_text(response.content)
    for expected in ("Ерлан Қарин", "Төраға орынбасары", "Айгүл Смағұлова"):
        assert expected in text, (expected, text)


def test_an_issued_certificate_uses_its_template_with_logo_and_signatories(
    profile, logo, django_capture_on_commit_callbacks
):
    CertificateTemplate.objects.create(
        name="Ресми",
        profile=profile,
        html=rendering.DEFAULT_HTML,
        logo=logo,
        signatories=SIGNATORIES,
    )
    person = trainee("official", full_name=NAME, date_of_birth=date(1980, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue_certificate(trainee=person, profile=profile)
    certificate.refresh_from_db()
    data = certificate.pdf.open("rb").read()
    assert len(pdf_images(data)) == 1
    assert "Хатшылық меңгерушісі" in pdf_text(data)


def test_signatory_lines_are_parsed_into_names_and_positions():
    assert rendering.parse_signatories("А. Б., Төраға, Астана\n\nВ. Г.\n") == [
        {"name": "А. Б.", "position": "Төраға, Астана"},
        {"name": "В. Г.", "position": ""},
    ]
