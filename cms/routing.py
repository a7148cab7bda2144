"""Finding the page a URL asks for in two queries, however deep it is.

Wagtail's `Page.route` walks the tree one level at a time: at each level a query for the child
with the next slug and another for its specific row, so a quiz six levels down costs a dozen
queries (about 6 ms here) before the page does anything. Every course page a trainee opens pays
it, so the site's root page routes in one query for the whole chain and one for the found page's
specific row, with the same rules: a draft page on the way is passed through, the page itself must
be live, and a page type with its own `route` (a routable page) takes over from where it stands.
"""

from __future__ import annotations

from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def route_in_one_query(top: Page, request, path_components: list[str]) -> RouteResult:
    """The page below `top` at `path_components` (slugs), as `Page.route` would find it."""
    wanted = len(path_components)
    chain = Page.objects.filter(
        path__startswith=top.path,
        depth__gt=top.depth,
        depth__lte=top.depth + wanted,
        slug__in=set(path_components),
    )
    # slugs are unique among siblings, so a page is known by its parent's path and its slug
    by_place = {(page.path[: -Page.steplen], page.slug): page for page in chain}
    page = top
    for index, slug in enumerate(path_components):
        child = by_place.get((page.path, slug))
        if child is None:
            raise Http404
        child._cached_parent_obj = page  # as Page.route does: get_parent() needs no query
        page = child
        if _routes_itself(child):
            return child.specific.route(request, path_components[index + 1 :])
    if not page.live:
        raise Http404
    return RouteResult(page.specific)


def _routes_itself(page: Page) -> bool:
    """Whether the page's type routes differently from a plain page (e.g. a routable page)."""
    page_class = page.specific_class
    return page_class is not None and page_class.route is not Page.route
