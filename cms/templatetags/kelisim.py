"""Template tags of the site: the language switcher, the summary of a refused form."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every language.

    On a Wagtail page each link goes to that page's live translation (one query); a language
    without a translation falls back to that language's home. Elsewhere the current URL is
    re-reversed with the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    urls = {}
    if isinstance(page, Page) and page.pk:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            urls[translated.locale.language_code] = translated.get_url(request)
    path = request.get_full_path() if request else "/"
    links = []
    for code, name in settings.LANGUAGES:
        url = urls.get(code)
        if url is None:
            url = translate_url(path, code) if not urls else f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"languages": links}


@register.inclusion_tag("includes/error_summary.html")
def error_summary(form):
    """The errors of a refused form's fields, each linked to its field, for the top of the page
    (nothing for a form without them; its own errors stay beside the fields too)."""
    fields = []
    if getattr(form, "errors", None):
        fields = [field for field in form.visible_fields() if field.errors]
    return {"fields": fields}
