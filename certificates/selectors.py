"""Reads for qualification pages."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet

from lms.permissions import is_national

from .eligibility import Checklist, evaluate_trainee
from .models import Certificate, IssueBatch, QualificationProfile


def my_qualifications(trainee) -> list[Checklist]:
    """The trainee's checklist for every active profile."""
    return evaluate_trainee(trainee, QualificationProfile.objects.filter(active=True))


@dataclass(frozen=True)
class BatchProgress:
    """How far a bulk issue has come: certificates created, rendered, still being rendered."""

    prepared: bool
    total: int
    issued: int
    pending: int

    @property
    def finished(self) -> bool:
        return self.prepared and self.pending == 0

    @property
    def percent(self) -> int:
        if not self.prepared:
            return 0
        return 100 if not self.total else int(self.issued * 100 / self.total)


def batch_progress(batch: IssueBatch) -> BatchProgress:
    """A bulk issue's progress in one query, read from its certificates' states."""
    counts = dict(
        batch.certificates.values("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return BatchProgress(
        prepared=batch.prepared_at is not None,
        total=sum(counts.values()),
        issued=sum(n for status, n in counts.items() if status != Certificate.Status.ISSUING),
        pending=counts.get(Certificate.Status.ISSUING, 0),
    )


def batches_visible_to(user) -> QuerySet[IssueBatch]:
    """Bulk issues a staff member may follow: all for national staff, their own otherwise."""
    batches = IssueBatch.objects.select_related("profile", "requested_by")
    return batches if is_national(user) else batches.filter(requested_by=user)
