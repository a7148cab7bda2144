"""Staff screens in the Wagtail admin. Lists and edit forms of trainees and cohorts show only what
the staff member's scope allows; an id typed into the URL outside it gives 404."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.forms import modelform_factory
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from curriculum.admin_views import DeleteView, ModelViewSet

from . import emails, selectors, services
from .forms import CohortAdminForm, PracticeReviewAdminForm, TraineeProfileAdminForm
from .models import Cohort as CohortModel
from .models import (
    CourseRules,
    Organisation,
    PracticeRecord,
    Prerequisite,
    Region,
    ScheduleChange,
    StaffScope,
    TraineeProfile,
)
from .permissions import cohorts_visible_to, schedule_changes_visible_to, trainees_visible_to


class DiplomaVerificationEditView(generic.EditView):
    """Changing a diploma's verification status needs its own permission and records who and
    when."""

    def save_instance(self):
        if "diploma_status" in self.form.changed_data:
            if not self.request.user.has_perm("lms.verify_diploma"):
                raise PermissionDenied
            self.form.instance.diploma_verified_by = self.request.user
            self.form.instance.diploma_verified_at = timezone.now()
        return super().save_instance()


class PracticeReviewEditView(generic.EditView):
    """A review corrected in the admin goes through `services.correct_practice_review`: dated
    and signed, the trainee told the new outcome, a case back to waiting asked of its supervisor
    again. The form has checked what the service would refuse."""

    def save_instance(self):
        record = services.correct_practice_review(
            record=self.object,
            by=self.request.user,
            status=self.form.cleaned_data["status"],
            comment=self.form.cleaned_data["review_comment"],
        )
        log(
            instance=record,
            action="wagtail.edit",
            user=self.request.user,
            content_changed=self.form.has_changed(),
        )
        return record


class CohortEditView(generic.EditView):
    """A save that moves, cancels or adds coming sessions (or gives them a new place) is kept
    as a schedule change, which the cohort's trainees are told by e-mail."""

    @cached_property
    def header_more_buttons(self):
        """And the cohort's schedule changes, for those who may read them."""
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm("lms.view_schedulechange"):
            buttons.append(
                Button(
                    _("Schedule changes"),
                    url=reverse("lms_schedule_changes:index") + f"?cohort={self.object.pk}",
                    icon_name="history",
                    priority=40,
                )
            )
        return buttons

    def save_instance(self):
        before = selectors.timetable(self.object.pk)
        cohort = super().save_instance()
        if services.record_schedule_change(cohort=cohort, before=before, by=self.request.user):
            messages.info(
                self.request,
                _("The trainees of the cohort are told of the changed sessions by e-mail."),
            )
        return cohort


class CohortDeleteView(DeleteView):
    """A cohort with attendance marked is not deleted (its sessions' hours count towards its
    trainees' qualifications): the page says why instead of asking to confirm. One deleted with
    sessions to come has its trainees told that those will not take place."""

    template_name = "lms/admin/cohort_confirm_delete.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.refusal = services.cohort_deletion_refusal(self.object)

    def form_valid(self, form):
        if self.refusal:
            return self.render_to_response(self.get_context_data(), status=409)
        return super().form_valid(form)

    def delete_action(self):
        with transaction.atomic():  # told only if the cohort is gone
            announced = services.announce_cohort_deletion(cohort=self.object, by=self.request.user)
            super().delete_action()
        if announced:
            messages.info(
                self.request,
                _("Its trainees are told by e-mail that its sessions to come will not take place."),
            )


def _scoped_views(scope, edit_view=generic.EditView, delete_view=DeleteView, *, listed=()):
    """Index, edit, delete and inspect views whose queryset passes through `scope(qs, user)`.
    `listed`: the foreign keys the list shows, fetched with the rows instead of one per row."""

    class Index(generic.IndexView):
        def get_base_queryset(self):
            queryset = scope(super().get_base_queryset(), self.request.user)
            return queryset.select_related(*listed) if listed else queryset

    class Edit(edit_view):
        def get_queryset(self):
            return scope(super().get_queryset(), self.request.user)

    class Delete(delete_view):
        def get_queryset(self):
            return scope(super().get_queryset(), self.request.user)

    class Inspect(generic.InspectView):
        # Wagtail's inspect view fetches by id from the model, not through a queryset
        def get_object(self, queryset=None):
            return get_object_or_404(
                scope(self.model._default_manager.all(), self.request.user),
                pk=unquote(str(self.pk)),
            )

    return Index, Edit, Delete, Inspect


def scope_profiles(queryset, user):
    return queryset.filter(user__in=trainees_visible_to(user))


def scope_cohorts(queryset, user):
    return queryset.filter(pk__in=cohorts_visible_to(user).values("pk"))


def scope_practice(queryset, user):
    return queryset.filter(trainee__in=trainees_visible_to(user))


class RegionViewSet(ModelViewSet):
    name = "lms_regions"
    url_prefix = "lms/regions"
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "kind", "code"]
    form_fields = ["code", "kind", "name_kk", "name_ru", "name_en"]
    search_fields = ["name_kk", "name_ru", "name_en", "code"]
    copy_view_enabled = False


class OrganisationViewSet(ModelViewSet):
    name = "lms_organisations"
    url_prefix = "lms/organisations"
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "region"]
    list_filter = ["kind", "region"]
    form_fields = ["kind", "region", "name_kk", "name_ru", "name_en"]
    search_fields = ["name_kk", "name_ru", "name_en"]


class StaffScopeViewSet(ModelViewSet):
    name = "lms_staff_scopes"
    url_prefix = "lms/staff-scopes"
    model = StaffScope
    icon = "key"
    menu_label = _("Staff scopes")
    list_display = ["user", "region", "organisation"]
    form_fields = ["user", "region", "organisation"]
    copy_view_enabled = False


class TraineeProfileViewSet(ModelViewSet):
    name = "lms_trainees"
    url_prefix = "lms/trainees"
    model = TraineeProfile
    icon = "user"
    menu_label = _("Trainees")
    list_display = ["full_name", "full_name_latin", "region", "education_level", "diploma_status"]
    list_filter = ["region", "education_level", "diploma_status", "organisations"]
    search_fields = ["full_name", "full_name_latin", "iin", "user__username"]
    form_fields = [
        "full_name",
        "full_name_latin",
        "date_of_birth",
        "iin",
        "phone",
        "region",
        "organisations",
        "education_level",
        "diploma",
        "diploma_status",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class, edit_view_class, delete_view_class, inspect_view_class = _scoped_views(
        scope_profiles, edit_view=DiplomaVerificationEditView, listed=["region"]
    )

    def get_form_class(self, for_update=False):
        """A new profile is given to a user account; an existing one keeps its account."""
        return modelform_factory(
            self.model,
            form=TraineeProfileAdminForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields if for_update else ["user", *self.form_fields],
        )


class CohortViewSet(ModelViewSet):
    name = "lms_cohorts"
    url_prefix = "lms/cohorts"
    model = CohortModel
    icon = "calendar-alt"
    menu_label = _("Cohorts")
    list_display = ["title", "starts_on", "ends_on", "region", "capacity"]
    list_filter = ["region", "online", "language"]
    search_fields = ["title", "place"]
    edit_handler = ObjectList(CohortModel.panels, base_form_class=CohortAdminForm)
    index_view_class, edit_view_class, delete_view_class, inspect_view_class = _scoped_views(
        scope_cohorts, CohortEditView, CohortDeleteView, listed=["region"]
    )


class PracticeRecordViewSet(ModelViewSet):
    name = "lms_practice_records"
    url_prefix = "lms/practice-records"
    model = PracticeRecord
    icon = "tasks"
    menu_label = _("Practice records")
    list_display = ["trainee", "date", "kind", "outcome", "status", "supervisor"]
    list_filter = ["kind", "outcome", "status"]
    form_fields = ["status", "review_comment"]
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class, edit_view_class, delete_view_class, inspect_view_class = _scoped_views(
        scope_practice, edit_view=PracticeReviewEditView, listed=["trainee", "supervisor"]
    )

    def get_form_class(self, for_update=False):
        return PracticeReviewAdminForm


def scope_schedule_changes(queryset, user):
    return queryset.filter(pk__in=schedule_changes_visible_to(user).values("pk"))


_schedule_change_views = _scoped_views(scope_schedule_changes, listed=["made_by"])
_ScheduleChangeIndex, _ScheduleChangeInspect = _schedule_change_views[0], _schedule_change_views[3]


def _how_many(relation) -> Coalesce:
    """How many users a change's many-to-many `relation` holds (a subquery: two counts joined
    in one query would multiply each other)."""
    through = getattr(ScheduleChange, relation).through
    counted = (
        through.objects.filter(schedulechange=OuterRef("pk"))
        .order_by()
        .values("schedulechange")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class ScheduleChangeIndexView(_ScheduleChangeIndex):
    def get_base_queryset(self):
        """Those of one cohort with ?cohort=<id> (its edit page links here), within scope."""
        queryset = super().get_base_queryset()
        if (cohort := self.request.GET.get("cohort", "")).isdigit():
            queryset = queryset.filter(cohort_id=int(cohort))
        return queryset.annotate(to_count=_how_many("to"), told_count=_how_many("told"))


class ScheduleChangeInspectView(_ScheduleChangeInspect):
    """What a change moved, cancelled or added, as its e-mail said it, and who was told."""

    template_name = "lms/admin/schedule_change_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        recipients = selectors.schedule_change_recipients(self.object, self.request.user)
        made_by = self.object.made_by
        context.update(
            changes=emails.change_lines(self.object),
            trainees=recipients,
            told_count=sum(1 for trainee in recipients if trainee["told"]),
            asked_again=services.schedule_change_asked_again(self.object),
            made_by=made_by and emails.name_of(made_by),
        )
        return context


class ScheduleChangeViewSet(ModelViewSet):
    """Each save that moved, cancelled or added a cohort's sessions to come, as its trainees
    were told it, and who has been told: read only (`ReadOnlyPermissionPolicy`)."""

    name = "lms_schedule_changes"
    url_prefix = "lms/schedule-changes"
    model = ScheduleChange
    icon = "history"
    menu_label = _("Schedule changes")
    list_display = [
        "cohort_label",  # the link to the change
        Column("made_at", label=_("Made at"), accessor="made_at"),
        Column("summary", label=_("What changed"), accessor=lambda change: change.summary()),
        Column("made_by", label=_("Made by"), accessor="made_by"),
        Column(
            "told",
            label=_("Told"),
            accessor=lambda change: (
                _("%(told)d of %(to)d") % {"told": change.told_count, "to": change.to_count}
            ),
        ),
    ]
    search_fields = ["cohort_title"]
    form_fields = ["cohort_title"]  # no one may add or edit one (the policy): never shown
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = ScheduleChangeIndexView
    inspect_view_class = ScheduleChangeInspectView


class CourseRulesViewSet(ModelViewSet):
    name = "lms_course_rules"
    url_prefix = "lms/course-rules"
    model = CourseRules
    icon = "list-ol"
    menu_label = _("Course rules")
    list_display = ["course", "order", "self_enrolment"]
    copy_view_enabled = False


class PrerequisiteViewSet(ModelViewSet):
    name = "lms_prerequisites"
    url_prefix = "lms/prerequisites"
    model = Prerequisite
    icon = "link"
    menu_label = _("Prerequisites")
    list_display = ["page", "required_page"]
    copy_view_enabled = False


class LmsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "user"
    menu_order = 400
    items = (
        TraineeProfileViewSet,
        CohortViewSet,
        ScheduleChangeViewSet,
        PracticeRecordViewSet,
        CourseRulesViewSet,
        PrerequisiteViewSet,
        RegionViewSet,
        OrganisationViewSet,
        StaffScopeViewSet,
    )


lms_viewset_group = LmsViewSetGroup()
