"""A tampered form in the admin gets its error back, not a 500: a chooser sent something that is
no id, a child edited in line (a cohort's session) sent no id or a wrong one; an image that
Pillow cannot read past its header is refused on upload; and a refused field of a form laid out
without panels is described by its error (cms/mends.py)."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from lms.models import Cohort
from tests.factories import CohortFactory, SessionFactory, UserFactory, curriculum_tree
from tests.html_forms import forms_of

pytestmark = pytest.mark.django_db

NO_IDS = ["x", "'\"<>", "1.5", "99999999999999999999"]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


def _form(client, url: str):
    """The admin form on the page, as a browser would send it unchanged."""
    response = client.get(url)
    assert response.status_code == 200
    (form,) = [
        f
        for f in forms_of(response.text, "http://testserver" + url)
        if f.method == "post" and f.action.endswith(url)
    ]
    return form


@pytest.mark.parametrize("no_id", NO_IDS)
def test_a_chooser_sent_no_id_answers_with_the_forms_error(admin_client, no_id):
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    cohort = CohortFactory(course=course, title="Түркістан")
    url = f"/admin/lms/cohorts/edit/{cohort.pk}/"  # ours: a PageChooserPanel
    response = admin_client.post(url, _form(admin_client, url).data(course=no_id))
    assert response.status_code == 200 and "course" in response.context["form"].errors
    assert Cohort.objects.get().course_id == course.pk

    site = Site.objects.get()  # Wagtail's own: a site's root page
    url = f"/admin/sites/edit/{site.pk}/"
    response = admin_client.post(url, _form(admin_client, url).data(root_page=no_id))
    assert response.status_code == 200 and "root_page" in response.context["form"].errors


@pytest.mark.parametrize("no_id", [*NO_IDS, None])
def test_a_child_sent_no_id_answers_with_the_forms_error_and_saves_nothing(admin_client, no_id):
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    cohort = CohortFactory(course=course, title="Түркістан")
    session = SessionFactory(cohort=cohort, topic="Бірінші күн")
    url = f"/admin/lms/cohorts/edit/{cohort.pk}/"
    form = _form(admin_client, url)
    assert ("sessions-0-id", str(session.pk)) in form.fields
    data = form.data(**{"title": "Өзгерді", "sessions-0-id": no_id})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert response.context["form"].formsets["sessions"].errors[0]
    cohort.refresh_from_db()
    assert cohort.title == "Түркістан" and list(cohort.sessions.all()) == [session]


def _image(format: str) -> bytes:
    """A photo-like image (noise: a JPEG of it is long enough to cut in the middle)."""
    buffer = io.BytesIO()
    PILImage.effect_noise((160, 120), 64).convert("RGB").save(buffer, format)
    return buffer.getvalue()


def test_an_image_pillow_cannot_read_is_refused_on_upload(admin_client):
    upload = SimpleUploadedFile("header-only.png", b"\x89PNG\r\n\x1a\n cut short")  # was a 500
    response = admin_client.post("/admin/images/add/", {"title": "Логотип", "file": upload})
    assert response.status_code == 200 and "file" in response.context["form"].errors
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("logo.png", _image("PNG")),
        ("logo.jpg", _image("JPEG")),
        # cut short past its header: accepted (wagtail/wagtail#1354) and drawn with a blank part
        # (Pillow's LOAD_TRUNCATED_IMAGES, set for every process, not only once WeasyPrint is in)
        ("cut.jpg", _image("JPEG")[:-2000]),
    ],
)
def test_an_image_readable_to_its_size_is_uploaded_and_drawn(admin_client, name, content):
    upload = SimpleUploadedFile(name, content)
    response = admin_client.post("/admin/images/add/", {"title": "Логотип", "file": upload})
    assert response.status_code == 302
    assert get_image_model().objects.get().get_rendition("width-80").width == 80


@pytest.mark.parametrize(
    "url, field",
    [
        ("/admin/lms/staff-scopes/new/", "user"),  # ours: form_fields, no panels
        ("/admin/lms/regions/new/", "kind"),
        ("/admin/login/", "username"),  # Wagtail's own
    ],
)
def test_a_refused_field_is_described_by_its_error(client, admin_client, url, field):
    if url == "/admin/login/":
        client.logout()
    data = _form(client, url).data(**{field: ""})
    text = client.post(url, data).content.decode()
    [described_by] = re.findall(rf'name="{field}"[^>]*aria-describedby="([^"]+)"', text)
    assert 'aria-invalid="true"' in re.search(rf'<[^>]*name="{field}"[^>]*>', text)[0]
    for id_ in described_by.split():
        # the element the field points at holds the error: a screen reader reads it with the field
        element = re.search(rf'id="{id_}"[^>]*>(.*?)</div>', text, re.DOTALL)
        assert element and "error-message" in element[1], (id_, described_by)
