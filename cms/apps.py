from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The site that wires the Kelisim apps together."""

    name = "cms"
    verbose_name = _("Kelisim site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the deployment checks; ids out of range through foreign keys
        from . import checks, lookups, mends  # noqa: F401

        mends.apply()  # tampered chooser and child ids: a form error, not a 500
