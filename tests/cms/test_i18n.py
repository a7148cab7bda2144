"""Language prefixes, Accept-Language, the switcher and the site's own 404 page."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

from tests.factories import curriculum_tree, translate_tree


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "prefix"),
    [("ru", "/ru/"), ("en-GB,en;q=0.9", "/en/"), ("kk", "/kk/"), ("de", "/kk/")],
)
def test_root_redirects_to_the_browsers_language_or_kazakh(client, accept, prefix):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == prefix


@pytest.mark.django_db
def test_language_switcher_links_to_the_translation_of_the_same_page(reader):
    client = reader
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    lesson = tree["lessons"][0]
    copies = {language: translate_tree(tree, language)["lessons"][0] for language in ("ru", "en")}
    html = client.get(lesson.get_url()).content.decode()
    assert f'href="{copies["ru"].get_url()}" lang="ru"' in html
    assert f'href="{copies["en"].get_url()}" lang="en"' in html
    assert 'lang="kk" hreflang="kk" aria-current="true"' in html


@pytest.mark.django_db
def test_switcher_falls_back_to_the_home_page_when_a_page_is_not_translated(reader):
    client = reader
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    html = client.get(tree["lessons"][0].get_url()).content.decode()
    assert 'href="/ru/" lang="ru"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "accept", "phrase"),
    [
        ("/kk/no-such-page/", "en", "Бет табылмады"),
        ("/ru/no-such-page/", "en", "Страница не найдена"),
        ("/en/no-such-page/", "ru", "Page not found"),
        ("/en/search/../../etc/passwd", "ru", "Page not found"),
        ("/xx/no-such-language/", "ru", "Страница не найдена"),
        ("/ru/99999999/", "kk", "Страница не найдена"),
        ("/documents/99999/missing.pdf", "en", "Page not found"),
    ],
)
def test_missing_pages_get_the_sites_own_404_in_the_right_language(client, path, accept, phrase):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert phrase in html
    assert 'class="site-header"' in html  # our base template, not a bare server page


@pytest.mark.django_db
def test_bad_page_id_in_the_admin_is_a_404_not_a_500(admin_client):
    for path in ("/admin/pages/99999999/edit/", "/admin/pages/abc/edit/", "/admin/pages/-1/"):
        response = admin_client.get(path, HTTP_ACCEPT_LANGUAGE="ru", follow=True)
        assert response.status_code == 404, path
        assert "Страница не найдена" in response.content.decode(), path


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/no-such-screen/", "/verify/no-such-code/"])
def test_a_missing_address_without_a_language_is_a_404_where_it_was_asked(admin_client, path):
    response = admin_client.get(path, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 404  # not a redirect to /kk/…
    assert response["Content-Language"] == "ru"


def test_the_health_check_answers_without_the_database(client):
    response = client.get("/healthz/")  # no django_db mark: any query would fail the test
    assert response.status_code == 200 and response.content == b"ok"


@pytest.mark.parametrize(
    ("language", "long_date", "moment", "short_date", "decimal"),
    [
        ("kk", "2026 ж. 28 қараша", "2026 ж. 1 мамыр, 14:30", "28.11.2026", "9,52"),
        ("ru", "28 ноября 2026 г.", "1 мая 2026 г. 14:30", "28.11.2026", "9,52"),
        ("en", "Nov. 28, 2026", "May 1, 2026, 2:30 p.m.", "11/28/2026", "9.52"),
    ],
)
def test_dates_and_numbers_are_written_as_each_language_writes_them(
    language, long_date, moment, short_date, decimal
):
    """Django ships no Kazakh formats: without ours a Kazakh page read "Қар. 28, 2026" (the
    American order) and "9.52"."""
    template = Template(
        '{{ day|date:"DATE_FORMAT" }}|{{ moment|date:"DATETIME_FORMAT" }}|'
        '{{ day|date:"SHORT_DATE_FORMAT" }}|{{ share|floatformat:"-2" }}'
    )
    context = Context(
        {
            "day": date(2026, 11, 28),
            "moment": datetime(2026, 5, 1, 14, 30),
            "share": Decimal("9.52"),
        }
    )
    with translation.override(language):
        assert template.render(context).split("|") == [long_date, moment, short_date, decimal]


def test_a_kazakh_date_is_read_as_written_and_a_date_input_keeps_iso():
    """A form reads "28.11.2026" in Kazakh as it does in Russian. A browser's date input only
    takes 2026-11-28, whatever the page's language, so the practice form's writes that."""
    from lms.forms import PracticeRecordForm

    with translation.override("kk"):
        assert forms.DateField().clean("28.11.2026") == date(2026, 11, 28)
        assert forms.DateField().clean("2026-11-28") == date(2026, 11, 28)
        field = PracticeRecordForm(initial={"date": date(2026, 11, 28)})["date"]
        assert 'value="2026-11-28"' in str(field)
