from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The site that wires the Kelisim apps together."""

    name = "cms"
    verbose_name = _("Kelisim site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
