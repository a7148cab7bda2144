"""Log in, log out and reset a forgotten password, in the visitor's language."""

import re

import pytest
from django.core import mail

from tests.factories import PASSWORD, UserFactory


@pytest.mark.django_db
def test_login_and_logout(client):
    user = UserFactory(username="aigul")
    page = client.get("/ru/accounts/login/")
    assert 'for="id_username"' in page.content.decode()  # labelled fields
    response = client.post("/ru/accounts/login/", {"username": "aigul", "password": PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    assert "Выйти" in client.get("/ru/").content.decode()
    response = client.post("/ru/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_wrong_password_is_refused_with_a_message_in_kazakh(client):
    UserFactory(username="aigul")
    response = client.post("/kk/accounts/login/", {"username": "aigul", "password": "nope"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_password_reset_by_email(client):
    UserFactory(username="aigul", email="aigul@example.kz")
    response = client.post("/kk/accounts/password_reset/", {"email": "aigul@example.kz"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/kk/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_url = form.redirect_chain[-1][0]
    new = "жаңа-құпия-сөз-2026"
    response = client.post(set_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    assert client.login(username="aigul", password=new)


@pytest.mark.django_db
def test_password_reset_for_unknown_address_reveals_nothing(client):
    response = client.post("/en/accounts/password_reset/", {"email": "nobody@example.kz"})
    assert response.status_code == 302
    assert len(mail.outbox) == 0
