"""Site-wide views: search over the curriculum, and the error pages."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the current language."""
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid():
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(form.cleaned_data["q"]), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    return render(
        request, "search/search.html", {"form": form, "results": results, "title": _("Search")}
    )


def page_not_found(request, exception=None):
    """The site's own 404 page, rendered in the request's language."""
    return render(request, "404.html", status=404)


def health(request):
    """A liveness check for load balancers and the benchmarks' baseline: no database, no session."""
    return HttpResponse("ok", content_type="text/plain")
