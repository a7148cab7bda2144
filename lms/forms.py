"""Forms of the trainee pages, the trainer pages and the admin operations."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.db.models import Q
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from . import services
from .models import MediationLanguage, PracticeRecord, TraineeProfile
from .permissions import coordinates, coordinator_scope, trainees_visible_to

User = get_user_model()


class ProfileForm(forms.ModelForm):
    """What a trainee fills in about themselves; verification fields stay with staff."""

    mediation_languages = forms.MultipleChoiceField(
        label=_("Languages of mediation"),
        choices=MediationLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I consent to the processing of my personal data as described above."),
        required=False,
    )

    class Meta:
        model = TraineeProfile
        fields = [
            "full_name",
            "full_name_latin",
            "date_of_birth",
            "iin",
            "phone",
            "region",
            "organisations",
            "education_level",
            "diploma",
            "mediation_languages",
            "session_reminders",
        ]
        widgets = {
            "date_of_birth": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "organisations": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, consent_given: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].initial = consent_given
        if consent_given:
            self.fields["consent"].disabled = True
        self.fields["organisations"].queryset = self.fields[
            "organisations"
        ].queryset.select_related("region")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("consent") and not self.fields["consent"].disabled:
            self.add_error("consent", _("We can keep your profile only with your consent."))
        return cleaned


class RegistrationForm(UserCreationForm):
    """A trainee opens an account; the profile (name for certificates, region) comes next."""

    email = forms.EmailField(label=_("Email"), help_text=_("For password reset and notices."))

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ["username", "email"]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("An account with this email exists; log in or reset its password.")
            )
        return email


class PracticeRecordForm(forms.ModelForm):
    supervisor = forms.CharField(
        label=_("Supervisor's username or email"),
        max_length=150,
        help_text=_("The trainer or mediator who can confirm this case."),
    )

    class Meta:
        model = PracticeRecord
        fields = ["date", "kind", "role", "outcome", "summary"]
        # a date input reads and writes ISO dates, whatever the language's own format
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_supervisor(self):
        value = self.cleaned_data["supervisor"].strip()
        supervisor = User.objects.filter(
            Q(username__iexact=value) | Q(email__iexact=value), is_active=True
        ).first()
        if supervisor is None or not supervisor.has_perm("wagtailadmin.access_admin"):
            raise forms.ValidationError(_("No trainer or mediator with this username or email."))
        return supervisor


class _KeptInScope(WagtailAdminModelForm):
    """A coordinator keeps what they create or move within their region or organisations, by
    the rule their lists use: moved outside, it would drop into another office's list. An edit
    that leaves the scope fields alone is not judged: a coordinator who also trains a cohort of
    another region may open it (`cohorts_visible_to`) and so may save it."""

    out_of_scope = ""
    scope_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._offer_only_the_scope()

    def _offer_only_the_scope(self) -> None:
        """A coordinator of regions alone is offered their regions; of organisations alone,
        their organisations (a one-choice field only: narrowing a trainee's many organisations
        would drop, on save, those outside the scope). What the record holds stays offered."""
        scope = coordinator_scope(self.for_user) if self.for_user is not None else None
        if scope is None:
            return
        regions, organisations = scope
        narrowed = {  # "organisation": a cohort's one; a trainee's are "organisations"
            "region": regions if not organisations else None,
            "organisation": organisations if not regions else None,
        }
        for name, ids in narrowed.items():
            if ids and name in self.fields:
                held = getattr(self.instance, f"{name}_id", None)
                field = self.fields[name]
                field.queryset = field.queryset.filter(Q(pk__in=ids) | Q(pk=held))

    def organisations_of(self, cleaned) -> list:
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        moved = not self.instance.pk or any(f in self.changed_data for f in self.scope_fields)
        region, organisations = cleaned.get("region"), self.organisations_of(cleaned)
        if (
            moved
            and self.for_user is not None
            and not coordinates(self.for_user, region, organisations)
        ):
            raise forms.ValidationError(self.out_of_scope, code="out_of_scope")
        return cleaned


class CohortAdminForm(_KeptInScope):
    out_of_scope = _("Choose a region or an organisation you coordinate.")
    scope_fields = ("region", "organisation")

    def organisations_of(self, cleaned) -> list:
        return [cleaned["organisation"]] if cleaned.get("organisation") else []

    def clean(self):
        cleaned = super().clean()
        # a session with attendance marked stays: its removal is refused with the whole save
        sessions = self.formsets.get("sessions")
        removed = []
        for form in sessions.initial_forms if sessions else []:
            form.is_valid()  # cleans DELETE too where another field is wrong: Django deletes
            if form.cleaned_data.get(DELETION_FIELD_NAME):  # a form so marked unvalidated
                removed.append(form.instance.pk)
        refusal = services.session_removal_refusal(removed) if removed else ""
        if refusal:
            self.add_error(None, refusal)
        return cleaned


class TraineeProfileAdminForm(_KeptInScope):
    out_of_scope = _("Keep the trainee in a region or an organisation you coordinate.")
    scope_fields = ("region", "organisations")

    def organisations_of(self, cleaned) -> list:
        return list(cleaned.get("organisations") or [])


class PracticeReviewAdminForm(forms.ModelForm):
    """Staff correcting a case's review in the admin: a rejection says why, as on the site."""

    class Meta:
        model = PracticeRecord
        fields = ["status", "review_comment"]

    def clean(self):
        cleaned = super().clean()
        refusal = services.review_refusal(
            status=cleaned.get("status"), comment=cleaned.get("review_comment") or ""
        )
        if refusal:
            self.add_error("review_comment", refusal)
        return cleaned


class EnrolTraineeForm(forms.Form):
    """Staff put a trainee of their scope into a cohort."""

    trainee = forms.CharField(label=_("Trainee's username or email"), max_length=150)

    def __init__(self, *args, trainees, **kwargs):
        super().__init__(*args, **kwargs)
        self.trainees = trainees

    def clean_trainee(self):
        value = self.cleaned_data["trainee"].strip()
        trainee = self.trainees.filter(Q(username__iexact=value) | Q(email__iexact=value)).first()
        if trainee is None:
            raise forms.ValidationError(_("No trainee with this username or email in your scope."))
        return trainee


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("confirm", _("Confirm")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )


class _PageChooser(AdminPageChooser):
    """Wagtail's page chooser, without `required` on its hidden input (HTML allows it on no
    hidden input; the form checks the choice on the server)."""

    def use_required_attribute(self, initial) -> bool:
        return False


class OverrideForm(forms.Form):
    trainee = forms.CharField(label=_("Trainee's username or email"), max_length=150)
    page = forms.ModelChoiceField(
        label=_("Module or page to open"), queryset=Page.objects.all(), widget=_PageChooser()
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_trainee(self):
        value = self.cleaned_data["trainee"].strip()
        trainee = (
            trainees_visible_to(self.user)
            .filter(Q(username__iexact=value) | Q(email__iexact=value))
            .first()
        )
        if trainee is None:
            raise forms.ValidationError(_("No trainee with this username or email in your scope."))
        return trainee
