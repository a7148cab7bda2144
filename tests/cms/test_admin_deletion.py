"""The admin's delete screens of every app: an object that records still refer to is kept, and
the screen says which records keep it (409 when the delete is sent anyway), never a server error
or a misleading "permission denied"."""

from datetime import date
from decimal import Decimal

import pytest
from wagtail.users.models import UserProfile

from lms.models import Region
from tests.factories import (
    UserFactory,
    curriculum_tree,
    question_category,
    quiz_page,
    single_choice,
    trainee,
)
from tests.html_checks import problems

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    user = UserFactory(username="boss", is_superuser=True, is_staff=True)
    UserProfile.objects.create(user=user, preferred_language="ru")
    client.force_login(user)
    return client


def test_a_region_with_trainees_is_kept_and_says_why(admin):
    trainee("aliya")
    trainee("bolat")
    region = Region.objects.get(code="turkistan")
    url = f"/admin/lms/regions/delete/{region.pk}/"

    asked = admin.get(url)
    sent = admin.post(url)

    assert asked.status_code == 200 and sent.status_code == 409
    html = sent.content.decode()
    assert "Его нельзя удалить, пока на него ссылаются другие записи." in html
    assert "Профили слушателей: 2" in html
    assert not problems(html)
    assert Region.objects.filter(pk=region.pk).exists()


def test_a_region_nothing_refers_to_is_deleted(admin):
    region = Region.objects.create(code="new", name_kk="Жаңа", name_ru="Новый", name_en="New")
    assert admin.post(f"/admin/lms/regions/delete/{region.pk}/").status_code == 302
    assert not Region.objects.filter(pk=region.pk).exists()


def test_a_question_asked_by_a_quiz_is_kept_and_says_why(admin):
    """Wagtail's own check refused it as "permission denied" (a quiz's question is in its
    reference index); the screen now names the quiz questions that keep it."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    question = single_choice(category=question_category("Bank"))
    quiz_page(tree["modules"][0], questions=[question], pass_mark=Decimal(50))
    url = f"/admin/questions/singlechoicequestion/delete/{question.pk}/"

    response = admin.post(url)

    assert response.status_code == 409
    assert "Вопросы теста: 1" in response.content.decode()
    assert type(question).objects.filter(pk=question.pk).exists()


@pytest.mark.usefixtures("tasks_in_process")
def test_a_certificate_holder_is_kept_and_the_screen_says_to_deactivate_instead(admin):
    from certificates.models import Certificate, MinimumAgeRequirement, QualificationProfile
    from certificates.services import issue_certificate

    holder = trainee("holder", date_of_birth=date(1990, 1, 1))
    profile = QualificationProfile.objects.create(
        slug="adult", name_kk="Медиатор", name_ru="Медиатор", name_en="Mediator"
    )
    MinimumAgeRequirement.objects.create(profile=profile, years=18)
    issue_certificate(trainee=holder, profile=profile)
    url = f"/admin/users/delete/{holder.pk}/"

    asked, sent = admin.get(url), admin.post(url)

    assert asked.status_code == 200 and sent.status_code == 409
    html = sent.content.decode()
    assert "Сертификаты: 1" in html and "Деактивируйте учётную запись" in html
    assert not problems(html)
    assert Certificate.objects.filter(trainee=holder).exists()
    bulk = "/admin/bulk/auth/user/delete/?next=/admin/users/&id=" + str(holder.pk)
    assert admin.post(bulk, {"id": [holder.pk]}).status_code == 409
    nobody = trainee("nobody")
    assert admin.post(f"/admin/users/delete/{nobody.pk}/").status_code == 302
