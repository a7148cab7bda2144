"""Site search over lessons in the current language; a sitemap of all three languages."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from tests.factories import LessonPageFactory, UserFactory, curriculum_tree, home_page


@pytest.fixture
def indexed_lesson(db):
    """A Kazakh lesson titled "Ақсақалдар кеңесі", in the search index with its tree."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    LessonPageFactory(parent=tree["modules"][0], title="Ақсақалдар кеңесі", slug="aksakal")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
def test_search_finds_a_lesson_by_its_text_in_the_current_language_only(client, indexed_lesson):
    home_page("ru")
    response = client.get("/kk/search/", {"q": "Ақсақалдар"})
    assert response.status_code == 200
    assert "Ақсақалдар кеңесі" in response.content.decode()
    response = client.get("/ru/search/", {"q": "Ақсақалдар"})
    assert "Ақсақалдар кеңесі" not in response.content.decode()


@pytest.mark.django_db
def test_search_with_an_overlong_query_is_a_form_error_not_a_500(client):
    response = client.get("/en/search/", {"q": "x" * 5000})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


@pytest.mark.django_db
def test_sitemap_lists_pages_of_every_language(client):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    ru = Locale.objects.get(language_code="ru")
    home_page("ru")
    copy = tree["programme"].copy_for_translation(ru)
    copy.save_revision().publish()
    xml = client.get("/sitemap.xml").content.decode()
    assert tree["lessons"][0].get_full_url() in xml
    assert copy.get_full_url() in xml
    assert "/ru/" in xml and "/kk/" in xml


# What visitors and bots type: quotes (the query syntax of SQLite's full-text index, the
# embedded default, broke on them: wagtail/wagtail#13227), its operators and punctuation.
AWKWARD_QUERIES = [
    '"',
    '""',
    "'\"<>",
    'a"b',
    '"unfinished phrase',
    '"Ақсақалдар" кеңесі"',
    "don't",
    "-x",
    "x*",
    "^x",
    "NEAR(x y)",
    "title: x",
    "{title} : x",
    "x AND OR NOT",
    "(x",
    "50%",
    "%s %(x)s",
    "\\",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", AWKWARD_QUERIES)
def test_awkward_search_queries_answer_200_on_the_site_and_in_the_admin(
    client, indexed_lesson, query
):
    assert client.get("/kk/search/", {"q": query}).status_code == 200
    client.force_login(UserFactory(username="editor", is_superuser=True, is_staff=True))
    assert client.get("/admin/pages/search/", {"q": query}).status_code == 200
    assert client.get("/admin/pages/", {"q": query}).status_code == 200
    assert client.get("/admin/choose-page/search/", {"q": query}).status_code == 200
    assert client.get("/admin/images/", {"q": query}).status_code == 200


@pytest.mark.django_db
def test_a_quoted_search_still_finds_its_phrase(client, indexed_lesson):
    found = client.get("/kk/search/", {"q": '"Ақсақалдар кеңесі"'}).content.decode()
    assert "Ақсақалдар кеңесі" in found
    found = client.get("/kk/search/", {"q": 'Ақсақалдар"'}).content.decode()
    assert "Ақсақалдар кеңесі" in found


def test_the_search_backend_is_wagtails_own_for_postgresql_and_the_mended_one_for_sqlite():
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = type(get_search_backend())
    if connection.vendor == "sqlite":
        assert backend.__module__ == "cms.sqlite_search"
    else:
        assert backend.__module__.startswith("modelsearch.backends.database.")
