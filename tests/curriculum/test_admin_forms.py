"""The Wagtail admin can edit every curriculum page type and add each allowed child."""

import pytest

from curriculum.models import LessonPage
from tests.factories import curriculum_tree


@pytest.mark.django_db
def test_admin_edit_and_add_forms_render_for_every_page_type(admin_client):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    pages = [tree["programme"], tree["course"], tree["modules"][0], tree["lessons"][0]]
    for page in pages:
        assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
    for parent, child in [
        (tree["programme"], "coursepage"),
        (tree["course"], "modulepage"),
        (tree["modules"][0], "lessonpage"),
    ]:
        url = f"/admin/pages/add/curriculum/{child}/{parent.pk}/"
        assert admin_client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_admin_refuses_a_lesson_directly_under_a_course(admin_client):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    url = f"/admin/pages/add/curriculum/lessonpage/{tree['course'].pk}/"
    response = admin_client.post(url, {"title": "Сабақ", "slug": "stray", "action-publish": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"  # Wagtail refuses with a message, saves nothing
    assert not LessonPage.objects.filter(slug="stray").exists()
