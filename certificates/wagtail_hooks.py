"""certificates in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .viewsets import qualifications


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.revoke", _("Revoke"), _("Revoked"))


@hooks.register("register_admin_viewset")
def register_qualifications():
    return qualifications
