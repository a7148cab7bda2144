"""Every curriculum page type renders in every language, in a constant number of queries."""

import pytest
from django.test import Client

from tests.factories import (
    KAZAKH_SAMPLE,
    UserFactory,
    curriculum_tree,
    home_page,
    translate_tree,
)

LANGUAGES = ["kk", "ru", "en"]


def pages_of(tree):
    return {
        "programme": tree["programme"],
        "course": tree["course"],
        "module": tree["modules"][0],
        "lesson": tree["lessons"][-1],
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_language(reader, language):
    tree = curriculum_tree(modules=2, lessons_per_module=2)
    if language != "kk":
        tree = translate_tree(tree, language)
    for kind, page in {"home": home_page(language), **pages_of(tree)}.items():
        response = reader.get(page.specific.get_url())
        assert response.status_code == 200, kind
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, kind
        assert page.title in html, kind
        assert page.specific.get_url().startswith(f"/{language}/"), kind
    lesson_html = reader.get(tree["lessons"][-1].get_url()).content.decode()
    assert KAZAKH_SAMPLE in lesson_html  # the factory body: every Kazakh-only letter survives


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["programme", "course", "module", "lesson", "home"])
def test_page_queries_do_not_grow_with_the_number_of_lessons(count_queries, kind):
    instructor = UserFactory(username="reader", groups=["Instructors"])
    small = curriculum_tree(modules=2, lessons_per_module=2)
    large = curriculum_tree(modules=8, lessons_per_module=6)
    counts = []
    for tree in (small, large):
        page = home_page() if kind == "home" else pages_of(tree)[kind]
        url = page.get_url()
        client = Client()
        client.force_login(instructor)
        client.get(url)  # warm caches that live for the process (content types, site root paths)
        client = Client()
        client.force_login(instructor)
        counts.append(count_queries(lambda url=url, client=client: client.get(url)))
    assert counts[0] == counts[1], f"{kind}: {counts[0]} queries small vs {counts[1]} large"


@pytest.mark.django_db
def test_lesson_links_to_previous_and_next_lesson_across_modules(reader):
    client = reader
    tree = curriculum_tree(modules=2, lessons_per_module=1)
    first, second = tree["lessons"]
    html = client.get(second.get_url()).content.decode()
    assert f'href="{first.get_url()}" rel="prev"' in html
    assert 'rel="next"' not in html
    html = client.get(first.get_url()).content.decode()
    assert f'href="{second.get_url()}" rel="next"' in html


@pytest.mark.django_db
def test_unpublished_lesson_is_not_listed_and_not_served(client):
    tree = curriculum_tree(modules=1, lessons_per_module=2)
    hidden = tree["lessons"][1]
    url = hidden.get_url()
    hidden.unpublish()
    assert hidden.title not in client.get(tree["modules"][0].get_url()).content.decode()
    assert client.get(url).status_code == 404
