"""Each trainee's standing against each profile as the engine last judged it.

A status only comes out of the eligibility engine, which reads every fact of a trainee. The
report lists, filters and counts a whole population, so it reads these stored results instead of
judging everyone on every page; the engine writes them (nightly for everyone, at once for anyone
whose facts changed) and the certificate part of a status is always read live.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .profiles import QualificationProfile


class EligibilityStatus(models.Model):
    """One trainee against one profile on `evaluated_on`. A row is current when it was judged
    today and no fact of the trainee (nor the profile's requirements) changed since: `stale`."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="eligibility_statuses",
    )
    profile = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("qualification"),
        on_delete=models.CASCADE,
        related_name="statuses",
    )
    eligible = models.BooleanField(_("eligible"))
    blocked = models.BooleanField(_("blocked by an exclusion"))
    missing = models.PositiveSmallIntegerField(_("requirements not met"))
    #: which of the profile's top-level requirements those are (their ids): the exports name
    #: them without judging the population again
    missing_ids = models.JSONField(_("requirements not met (ids)"), default=list, editable=False)
    #: empty while the status only holds marks made before the trainee was ever judged
    #: (`statuses.mark_stale`): such a status is judged before any report reads it, and no
    #: report counts it
    evaluated_on = models.DateField(_("judged for the date"), null=True)
    stale = models.BooleanField(_("facts changed since"), default=False)
    #: bumped by every mark: a refresh stores its judgment only if no mark came after its read
    marks = models.PositiveIntegerField(_("changes marked"), default=0, editable=False)

    class Meta:
        verbose_name = _("eligibility status")
        verbose_name_plural = _("eligibility statuses")
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "profile"], name="certificates_status_one_per_profile"
            )
        ]
        indexes = [models.Index(fields=["profile", "stale", "evaluated_on"])]

    def __str__(self) -> str:
        return f"{self.trainee_id} / {self.profile_id}"
