"""Trainees, Instructors and Administrators: instructors write and submit, administrators publish."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow

from curriculum.models import CoursePage
from tests.factories import ProgramPageFactory, UserFactory, home_page


@pytest.mark.django_db
def test_the_three_groups_exist_with_their_permissions():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Trainees",
        "Instructors",
        "Administrators",
    }
    trainee = UserFactory(groups=["Trainees"])
    instructor = UserFactory(groups=["Instructors"])
    administrator = UserFactory(groups=["Administrators"])
    assert not trainee.has_perm("wagtailadmin.access_admin")
    assert instructor.has_perm("wagtailadmin.access_admin")
    assert instructor.has_perm("wagtail_localize.submit_translation")
    home = home_page()
    assert not home.permissions_for_user(trainee).can_edit()
    assert home.permissions_for_user(instructor).can_add_subpage()
    assert not home.permissions_for_user(instructor).can_publish()
    assert home.permissions_for_user(administrator).can_publish()


@pytest.mark.django_db
def test_trainee_cannot_open_the_admin(client):
    client.force_login(UserFactory(groups=["Trainees"]))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_instructor_writes_a_course_and_submits_it_administrator_publishes(client):
    instructor = UserFactory(groups=["Instructors"])
    administrator = UserFactory(groups=["Administrators"])
    programme = ProgramPageFactory()
    client.force_login(instructor)
    response = client.post(
        f"/admin/pages/add/curriculum/coursepage/{programme.pk}/",
        {
            "title": "Медиация негіздері",
            "slug": "mediation-basics",
            "summary": "Курс",
            "academic_hours": "36",
            "learning_outcomes-count": "0",
            "intro": json.dumps({"blocks": [], "entityMap": {}}),
            "delivery_mode": "in_person",
            "target_qualification": "",
            "action-submit": "Submit to Publishing",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="mediation-basics")
    assert not course.live
    state = course.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow == Workflow.objects.get(
        name="Publishing: instructor submits, administrator publishes"
    )

    task_state = state.current_task_state
    task = task_state.task.specific
    assert "approve" not in [a[0] for a in task.get_actions(course, instructor)]
    assert "approve" in [a[0] for a in task.get_actions(course, administrator)]
    task.on_action(task_state, administrator, "approve")
    course.refresh_from_db()
    assert course.live
    assert Page.objects.get(pk=course.pk).live


@pytest.mark.django_db
def test_instructor_submits_a_page_for_translation_with_wagtail_localize(client):
    from django.urls import reverse
    from wagtail.models import Locale

    from tests.factories import home_page

    instructor = UserFactory(groups=["Instructors"])
    programme = ProgramPageFactory(title="Бағдарлама")
    for language in ("ru", "en"):
        home_page(language)
    ru = Locale.objects.get(language_code="ru")
    client.force_login(instructor)
    url = reverse("wagtail_localize:submit_page_translation", args=[programme.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [ru.pk]})
    assert response.status_code == 302
    translation = programme.get_translation(ru)
    assert translation.title == "Бағдарлама"  # synced from the source until translated
