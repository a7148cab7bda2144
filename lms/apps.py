from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """Learner state and the rules of progression: profiles, cohorts, progress, gating."""

    name = "lms"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import PracticeRecord, ScheduleChange
        from .permissions import PracticeRecordPermissionPolicy, ReadOnlyPermissionPolicy

        register_permission_policy(
            PracticeRecord, policy=PracticeRecordPermissionPolicy(PracticeRecord)
        )
        register_permission_policy(ScheduleChange, policy=ReadOnlyPermissionPolicy(ScheduleChange))
