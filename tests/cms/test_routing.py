"""Routing a URL to its page from the site's root in two queries (cms.routing), by Wagtail's rules."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from curriculum.models import CoursePage, LessonPage
from tests.factories import LessonPageFactory, curriculum_tree, home_page


def _route(url_path: str, home=None):
    """What Wagtail's serve view routes `url_path` (below the Kazakh home page) to."""
    home = home or home_page()
    components = [part for part in url_path.split("/") if part]
    return home.route(RequestFactory().get(url_path), components)


def _components(page) -> str:
    return page.url_path[len(home_page().url_path) :]


@pytest.mark.django_db
def test_a_page_is_found_in_two_queries_whatever_its_depth():
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    counts = {}
    home = home_page()
    for name, page in [("course", tree["course"]), ("lesson", tree["lessons"][0])]:
        path = _components(page)
        with CaptureQueriesContext(connection) as queries:
            found, args, kwargs = _route(path, home)
        counts[name] = len(queries)
        assert found.pk == page.pk
        assert type(found) is type(page)  # the specific page, as Wagtail gives it
        assert (args, kwargs) == ([], {})
    assert counts == {"course": 2, "lesson": 2}


@pytest.mark.django_db
def test_the_route_finds_what_wagtails_own_route_finds():
    tree = curriculum_tree(modules=2, lessons_per_module=2)
    # the same slug under two modules: each URL finds its own
    twins = [LessonPageFactory(parent=module, slug="intro") for module in tree["modules"]]
    home = home_page()
    for page in [tree["programme"], tree["course"], *tree["modules"], *tree["lessons"], *twins]:
        components = [part for part in _components(page).split("/") if part]
        ours = _route(_components(page))[0]
        wagtails = Page.route(home, RequestFactory().get("/"), components)[0]
        assert ours.pk == wagtails.pk == page.pk


@pytest.mark.django_db
def test_the_parents_on_the_way_are_kept_so_get_parent_needs_no_query():
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    lesson = _route(_components(tree["lessons"][0]))[0]
    with CaptureQueriesContext(connection) as queries:
        module = lesson.get_parent()
        course = module.get_parent()
    assert (module.pk, course.pk) == (tree["modules"][0].pk, tree["course"].pk)
    assert len(queries) == 0


@pytest.mark.django_db
def test_unknown_slugs_and_pages_that_are_not_live_answer_404():
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    lesson = tree["lessons"][0]
    with pytest.raises(Http404):
        _route(_components(tree["modules"][0]) + "no-such-lesson/")
    with pytest.raises(Http404):
        _route("no-such-programme/" + lesson.slug + "/")
    lesson.unpublish()
    with pytest.raises(Http404):
        _route(_components(lesson))


@pytest.mark.django_db
def test_a_draft_page_on_the_way_is_passed_through_as_wagtail_does():
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    module, lesson = tree["modules"][0], tree["lessons"][0]
    Page.objects.filter(pk=module.pk).update(live=False)
    assert _route(_components(lesson))[0].pk == lesson.pk


@pytest.mark.django_db
def test_a_page_type_with_its_own_route_takes_over_where_it_stands(monkeypatch):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    seen = []

    def own_route(self, request, path_components):
        seen.append((self.pk, list(path_components)))
        return Page.route(self, request, path_components)

    monkeypatch.setattr(CoursePage, "route", own_route)
    found = _route(_components(tree["lessons"][0]))[0]
    assert isinstance(found, LessonPage)
    assert seen == [(tree["course"].pk, [tree["modules"][0].slug, tree["lessons"][0].slug])]


@pytest.mark.django_db
def test_a_lesson_is_served_through_the_route(client, django_user_model):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    assert client.get(tree["course"].get_url()).status_code == 200
    assert client.get(tree["course"].get_url() + "no-such-module/").status_code == 404
