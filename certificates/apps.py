from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Qualification profiles, their requirements and who meets them; certificates follow."""

    name = "certificates"
    verbose_name = _("Qualifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401
