"""Deleting a page or a user in the admin: refused with its reason, instead of a server error,
while records keep it."""

from django.contrib.auth import get_user_model
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page

from .deletion import records_keeping


def _deactivate_instead() -> str:
    return _(
        "Deactivate the account instead: the person can no longer sign in, and their "
        "certificates and records stay."
    )


def _refusal(request, objects, *, template: str, status: int, **context):
    records = records_keeping(objects)
    if not records:
        return None
    return TemplateResponse(
        request,
        template,
        {"records": sorted(records.items()), **context},
        status=status,
    )


def _asked_or_sent(request) -> int:
    # Asking (GET) is answered with the reason; a delete sent anyway (POST) is a conflict.
    return 409 if request.method == "POST" else 200


@hooks.register("before_delete_page")
def refuse_to_delete_a_page_in_use(request, page):
    return _refusal(
        request,
        [page],
        template="curriculum/admin/page_in_use.html",
        status=_asked_or_sent(request),
        pages=[page],
        back_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


@hooks.register("before_delete_user")
def refuse_to_delete_a_user_kept_by_records(request, user):
    """A certificate's holder, a practice case's supervisor: their certificates must stay
    verifiable and their cases reviewed."""
    return _refusal(
        request,
        [user],
        template="curriculum/admin/object_kept.html",
        status=_asked_or_sent(request),
        subtitle=get_user_display_name(user),
        hint=_deactivate_instead(),
        back_url=reverse("wagtailusers_users:index"),
    )


@hooks.register("before_bulk_action")
def refuse_to_bulk_delete_what_records_keep(request, action_type, objects, action_class_instance):
    objects = list(objects)
    if action_type != "delete" or not objects:
        return None
    if all(isinstance(obj, Page) for obj in objects):
        back_url = reverse("wagtailadmin_explore", args=[objects[0].get_parent().pk])
        return _refusal(
            request,
            objects,
            template="curriculum/admin/page_in_use.html",
            status=409,
            pages=objects,
            back_url=back_url,
        )
    if all(isinstance(obj, get_user_model()) for obj in objects):
        return _refusal(
            request,
            objects,
            template="curriculum/admin/object_kept.html",
            status=409,
            subtitle=ngettext("%(count)d user", "%(count)d users", len(objects))
            % {"count": len(objects)},
            hint=_deactivate_instead(),
            back_url=reverse("wagtailusers_users:index"),
        )
    return None
