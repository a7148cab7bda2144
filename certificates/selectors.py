"""Reads for qualification pages."""

from .eligibility import Checklist, evaluate_trainee
from .models import QualificationProfile


def my_qualifications(trainee) -> list[Checklist]:
    """The trainee's checklist for every active profile."""
    return evaluate_trainee(trainee, QualificationProfile.objects.filter(active=True))
