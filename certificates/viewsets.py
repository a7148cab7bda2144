"""Qualification profiles and their requirements in the Wagtail admin: a profile, then one
screen per requirement type; a requirement's "group" puts it inside an all/any/at-least group."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSetGroup

from curriculum.admin_views import ModelViewSet
from lms.models import MediationLanguage, PracticeRecord

from .admin_certificates import CertificateViewSet
from .models import (
    AcademicHoursRequirement,
    AllOfRequirement,
    AnyOfRequirement,
    AtLeastRequirement,
    CourseCompletedRequirement,
    CpdHoursRequirement,
    DocumentRequirement,
    EducationRequirement,
    ElectionRecord,
    ElectionRecordRequirement,
    ExclusionFlag,
    LanguagesRequirement,
    MembershipRequirement,
    MinimumAgeRequirement,
    NoExclusionRequirement,
    PracticalAssessmentRequirement,
    PracticeCasesRequirement,
    QualificationHeldRequirement,
    QualificationProfile,
    QuizPassedRequirement,
    RegionRequirement,
    RegisterEntry,
    RegisterEntryRequirement,
    TraineeDocument,
)
from .template_views import CertificateTemplateViewSet

COMMON = ["profile", "parent", "sort_order", "label"]


class RequirementViewSet(ModelViewSet):
    """A requirement type's screens. A list of codes stored as JSON (the kinds of case that
    count, the languages) is ticked from its choices: typed as JSON, a number or nothing was
    accepted and then failed on saving or describing."""

    ticked: dict = {}  # field name -> choices

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name not in self.ticked:
            return super().formfield_for_dbfield(db_field, **kwargs)
        return forms.MultipleChoiceField(
            label=capfirst(db_field.verbose_name),
            help_text=db_field.help_text,
            choices=self.ticked[db_field.name],
            required=not db_field.blank,
            widget=forms.CheckboxSelectMultiple,
        )


def requirement_viewset(model, fields: list[str], ticked: dict | None = None):
    return type(
        f"{model.__name__}ViewSet",
        (RequirementViewSet,),
        {
            "ticked": ticked or {},
            "model": model,
            "name": f"requirements_{model._meta.model_name}",
            "url_prefix": f"qualifications/{model._meta.model_name}",
            "icon": "tick",
            "menu_label": model.type_label,
            "form_fields": [*COMMON, *fields],
            "list_display": ["__str__", "profile", "parent"],
            "list_filter": ["profile"],
            "copy_view_enabled": False,
        },
    )()


class ProfileViewSet(ModelViewSet):
    model = QualificationProfile
    name = "qualification_profiles"
    url_prefix = "qualifications/profiles"
    icon = "doc-full"
    menu_label = _("Profiles")
    form_fields = [
        "slug",
        "name_kk",
        "name_ru",
        "name_en",
        "description",
        "validity_months",
        "active",
    ]
    list_display = ["name", "slug", "validity_months", "is_default", "active"]
    copy_view_enabled = False


class RecordIndexView(IndexView):
    """A list of trainees' records names each trainee: fetched with the rows, not one by one."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("trainee")


class RecordViewSet(ModelViewSet):
    copy_view_enabled = False
    list_filter = ["kind"]
    index_view_class = RecordIndexView


class QualificationsGroup(ModelViewSetGroup):
    menu_label = _("Qualifications")
    menu_icon = "doc-full"
    menu_order = 440
    items = (
        CertificateViewSet(),
        ProfileViewSet(),
        CertificateTemplateViewSet(),
        requirement_viewset(AllOfRequirement, []),
        requirement_viewset(AnyOfRequirement, []),
        requirement_viewset(AtLeastRequirement, ["count"]),
        requirement_viewset(CourseCompletedRequirement, ["course", "within_months"]),
        requirement_viewset(AcademicHoursRequirement, ["hours", "course"]),
        requirement_viewset(QuizPassedRequirement, ["quiz", "min_percent", "within_attempts"]),
        requirement_viewset(
            PracticeCasesRequirement,
            ["count", "kinds", "within_months"],
            ticked={"kinds": PracticeRecord.Kind.choices},
        ),
        requirement_viewset(MinimumAgeRequirement, ["years"]),
        requirement_viewset(EducationRequirement, ["level", "verified"]),
        requirement_viewset(RegisterEntryRequirement, ["register"]),
        requirement_viewset(MembershipRequirement, ["organisation_kind"]),
        requirement_viewset(RegionRequirement, ["regions"]),
        requirement_viewset(
            LanguagesRequirement,
            ["languages", "minimum"],
            ticked={"languages": MediationLanguage.choices},
        ),
        requirement_viewset(DocumentRequirement, ["kind", "verified"]),
        requirement_viewset(
            NoExclusionRequirement, ["kinds"], ticked={"kinds": ExclusionFlag.Kind.choices}
        ),
        requirement_viewset(PracticalAssessmentRequirement, ["count", "course"]),
        requirement_viewset(CpdHoursRequirement, ["hours", "within_months", "only_on_renewal"]),
        requirement_viewset(
            ElectionRecordRequirement,
            ["kinds", "within_months"],
            ticked={"kinds": ElectionRecord.Kind.choices},
        ),
        requirement_viewset(QualificationHeldRequirement, ["qualification"]),
        type(
            "DocumentViewSet",
            (RecordViewSet,),
            {
                "model": TraineeDocument,
                "name": "trainee_documents",
                "url_prefix": "qualifications/documents",
                "icon": "doc-empty",
                "menu_label": _("Documents"),
                "form_fields": [
                    "trainee",
                    "kind",
                    "reference",
                    "issued_on",
                    "valid_until",
                    "verified",
                    "file",
                ],
                "list_display": ["trainee", "kind", "issued_on", "valid_until", "verified"],
            },
        )(),
        type(
            "RegisterEntryViewSet",
            (RecordViewSet,),
            {
                "model": RegisterEntry,
                "name": "register_entries",
                "url_prefix": "qualifications/register",
                "icon": "list-ul",
                "menu_label": _("Register entries"),
                "form_fields": ["trainee", "register", "number", "entered_on", "removed_on"],
                "list_display": ["trainee", "register", "number", "entered_on"],
                "list_filter": ["register"],
            },
        )(),
        type(
            "ExclusionFlagViewSet",
            (RecordViewSet,),
            {
                "model": ExclusionFlag,
                "name": "exclusion_flags",
                "url_prefix": "qualifications/flags",
                "icon": "warning",
                "menu_label": _("Exclusion flags"),
                "form_fields": ["trainee", "kind", "since", "until", "note"],
                "list_display": ["trainee", "kind", "since", "until"],
            },
        )(),
        type(
            "ElectionRecordViewSet",
            (RecordViewSet,),
            {
                "model": ElectionRecord,
                "name": "election_records",
                "url_prefix": "qualifications/elections",
                "icon": "group",
                "menu_label": _("Elections and nominations"),
                "form_fields": [
                    "trainee",
                    "kind",
                    "body",
                    "protocol_number",
                    "protocol_date",
                    "term_until",
                    "file",
                ],
                "list_display": ["trainee", "kind", "body", "protocol_number", "protocol_date"],
            },
        )(),
    )


qualifications = QualificationsGroup()
