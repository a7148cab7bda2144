"""A tampered form in the admin gets its error back, not a 500: a chooser sent something that is
no id, a child edited in line (a cohort's session) sent no id or a wrong one (cms/mends.py)."""

import pytest
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
