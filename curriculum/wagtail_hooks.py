"""Page deletion refused with its reason, instead of a server error, while records keep a page."""

from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from .deletion import records_keeping


def _refusal(request, pages, *, back_url: str, status: int):
    records = records_keeping(pages)
    if not records:
        return None
    return TemplateResponse(
        request,
        "curriculum/admin/page_in_use.html",
        {"pages": pages, "records": sorted(records.items()), "back_url": back_url},
        status=status,
    )


@hooks.register("before_delete_page")
def refuse_to_delete_a_page_in_use(request, page):
    # Asking (GET) is answered with the reason; a delete sent anyway (POST) is a conflict.
    return _refusal(
        request,
        [page],
        back_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        status=409 if request.method == "POST" else 200,
    )


@hooks.register("before_bulk_action")
def refuse_to_bulk_delete_pages_in_use(request, action_type, objects, action_class_instance):
    pages = list(objects)
    if action_type != "delete" or not pages or not all(isinstance(p, Page) for p in pages):
        return None
    back_url = reverse("wagtailadmin_explore", args=[pages[0].get_parent().pk])
    return _refusal(request, pages, back_url=back_url, status=409)
