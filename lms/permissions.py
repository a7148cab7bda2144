"""Who may see and manage whom: national staff see everyone; a coordinator sees the trainees and
cohorts of their region or organisation; a trainer manages the cohorts they teach."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Cohort, Enrolment, ScheduleChange, StaffScope

User = get_user_model()


def is_national(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm("lms.view_all_trainees"))


def _scopes(user) -> tuple[set[int], set[int]]:
    """The ids of the regions and of the organisations the user coordinates (cached on them)."""
    if not hasattr(user, "_lms_scopes"):
        rows = StaffScope.objects.filter(user=user).values_list("region_id", "organisation_id")
        user._lms_scopes = (
            {region for region, _ in rows if region},
            {organisation for _, organisation in rows if organisation},
        )
    return user._lms_scopes


def coordinator_scope(user) -> tuple[set[int], set[int]] | None:
    """The ids of the regions and of the organisations a coordinator's scope holds; None for
    national staff, whose scope is everywhere."""
    return None if is_national(user) else _scopes(user)


def trainees_visible_to(user) -> QuerySet:
    """Users whose profile, progress and records `user` may see as staff."""
    if not user.is_authenticated:
        return User.objects.none()
    if is_national(user):
        return User.objects.all()
    regions, organisations = _scopes(user)
    if not (regions or organisations) or not user.has_perm("lms.view_traineeprofile"):
        return User.objects.none()
    return User.objects.filter(
        Q(trainee_profile__region__in=regions) | Q(trainee_profile__organisations__in=organisations)
    ).distinct()


def trainees_taught_or_visible(user) -> QuerySet:
    """Trainees a staff member works with: those of their scope, and those of the cohorts they
    teach (a trainer grades and reads the results of their own groups)."""
    if not user.is_authenticated:
        return User.objects.none()
    if is_national(user):
        return User.objects.all()
    taught = Q(pk__in=trainees_taught_by(user))
    return User.objects.filter(taught | Q(pk__in=trainees_visible_to(user).values("pk")))


def trainees_taught_by(trainer) -> QuerySet:
    """The ids of the trainees enrolled in a cohort `trainer` teaches, as a subquery: whose work
    they grade and whose results they read (a withdrawn trainee's too, handed in before). The
    morning's grading reminder groups the same rule by trainer (`assessments.selectors`)."""
    return Enrolment.objects.filter(cohort__trainers=trainer).values("trainee_id")


def cohorts_visible_to(user) -> QuerySet:
    """Cohorts a staff member runs: all for national staff, their scope's for a coordinator,
    and the ones they teach for a trainer."""
    if not user.is_authenticated:
        return Cohort.objects.none()
    if is_national(user):
        return Cohort.objects.all()
    regions, organisations = _scopes(user)
    scoped = Q(trainers=user)
    if user.has_perm("lms.view_cohort"):
        scoped |= Q(region__in=regions) | Q(organisation__in=organisations)
    return Cohort.objects.filter(scoped).distinct()


def coordinates(user, region, organisations=()) -> bool:
    """Whether a cohort or a trainee of this region or these organisations lies in the user's
    scope, the rule `cohorts_visible_to` and `trainees_visible_to` use (national staff:
    everywhere)."""
    if is_national(user):
        return True
    regions, scoped_organisations = _scopes(user)
    return bool(region and region.pk in regions) or any(
        organisation.pk in scoped_organisations for organisation in organisations
    )


def can_manage_trainee(user, trainee) -> bool:
    return trainees_visible_to(user).filter(pk=trainee.pk).exists()


def can_manage_cohort(user, cohort: Cohort) -> bool:
    return cohorts_visible_to(user).filter(pk=cohort.pk).exists()


class PracticeRecordPermissionPolicy(ModelPermissionPolicy):
    """A practice case is logged on the site by the trainee who took part and confirmed by the
    supervisor they name; no one adds one in the admin, whatever their permissions (the admin's
    form had neither the trainee nor the case, so saving it failed)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        return super().users_with_any_permission(actions) if actions else User.objects.none()


def schedule_changes_visible_to(user) -> QuerySet:
    """The schedule changes of the cohorts `user` runs, and those they made (a cohort they
    deleted included); all for national staff."""
    if not user.is_authenticated:
        return ScheduleChange.objects.none()
    if is_national(user):
        return ScheduleChange.objects.all()
    return ScheduleChange.objects.filter(
        Q(cohort__in=cohorts_visible_to(user).values("pk")) | Q(made_by=user)
    )


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """A record kept as it was made (a schedule change and whom it was told to): staff with
    the view permission read it; no one adds, changes or deletes it in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action == "view"]
        return super().users_with_any_permission(actions) if actions else User.objects.none()
