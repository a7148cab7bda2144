"""Learner state: who the trainee is, where they belong, what they study and how far they are.

Records that point at curriculum pages keep the page's `translation_key` next to the page itself:
a lesson completed in Kazakh is completed in Russian and English too, because the three pages are
translations of one another and share that key.
"""

from decimal import Decimal

from django.conf import settings
from django.core.files.storage import storages
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Page

from curriculum.deletion import move_to_translation_or_cascade, move_to_translation_or_protect

from .validators import validate_iin


def private_storage():
    """Where personal documents live: outside MEDIA_URL, served only through checked views."""
    return storages["private"]


class TranslatedName(models.Model):
    """A name given in Kazakh, Russian and English; shown in the reader's language."""

    # on PostgreSQL the regions', organisations' and qualification profiles' sort in the Kazakh
    # alphabet's order (lms.collation): a migration that alters this field must keep its COLLATE
    name_kk = models.CharField(_("name in Kazakh"), max_length=200)
    name_ru = models.CharField(_("name in Russian"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", "") or self.name_kk


class PageRecord(models.Model):
    """A record about a curriculum page. It keeps the page's translation key too, so that what
    holds for the Kazakh page holds for its Russian and English translations."""

    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=move_to_translation_or_cascade,
        related_name="+",
    )
    page_key = models.UUIDField(editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.page_key = self.page.translation_key
        super().save(*args, **kwargs)


class CourseRecord(models.Model):
    """A record about a course (a cohort, an enrolment), keyed by the course's translation key."""

    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
    )
    course_key = models.UUIDField(editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key
        super().save(*args, **kwargs)


class Region(TranslatedName):
    """One of the 17 regions or 3 cities of republican significance."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region")
        CITY = "city", _("City of republican significance")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind, default=Kind.REGION)

    class Meta:
        ordering = ["kind", "name_kk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Organisation(TranslatedName):
    """A body a trainee can belong to: a mediation office, an association, a state body."""

    class Kind(models.TextChoices):
        REGIONAL_OFFICE = "regional_office", _("Regional mediation office")
        ETHNOCULTURAL_ASSOCIATION = "ethnocultural_association", _("Ethnocultural association")
        MEDIATOR_ORGANISATION = "mediator_organisation", _("Organisation of mediators")
        ASSEMBLY_STRUCTURE = "assembly_structure", _("Structure of the Assembly")
        STATE_BODY = "state_body", _("State body")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        help_text=_("Leave empty for a national body."),
    )

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["kind", "name_kk"], name="lms_organisation_unique_name")
        ]


class StaffScope(models.Model):
    """Limits a coordinator to one region or one organisation; staff without one see all only
    when they hold the `view_all_trainees` permission."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        on_delete=models.CASCADE,
        related_name="staff_scopes",
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.CASCADE, null=True, blank=True
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("staff scope")
        verbose_name_plural = _("staff scopes")
        constraints = [
            models.CheckConstraint(
                condition=Q(region__isnull=False, organisation__isnull=True)
                | Q(region__isnull=True, organisation__isnull=False),
                name="lms_staffscope_region_xor_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.region or self.organisation}"


class EducationLevel(models.TextChoices):
    SECONDARY = "secondary", _("Secondary")
    VOCATIONAL = "vocational", _("Technical and vocational")
    HIGHER = "higher", _("Higher")
    POSTGRADUATE = "postgraduate", _("Postgraduate")


class MediationLanguage(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    UZBEK = "uz", _("Uzbek")
    UYGHUR = "ug", _("Uyghur")
    KOREAN = "ko", _("Korean")
    GERMAN = "de", _("German")
    TATAR = "tt", _("Tatar")
    UKRAINIAN = "uk", _("Ukrainian")
    AZERBAIJANI = "az", _("Azerbaijani")
    TURKISH = "tr", _("Turkish")
    KYRGYZ = "ky", _("Kyrgyz")
    TAJIK = "tg", _("Tajik")


class TraineeProfile(models.Model):
    """What a certificate and the registers need to know about a person."""

    class Verification(models.TextChoices):
        NOT_SUBMITTED = "not_submitted", _("Not submitted")
        PENDING = "pending", _("Waiting for verification")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="trainee_profile",
    )
    # on PostgreSQL the column sorts in the Kazakh alphabet's order (migration 0009, ICU's
    # "kk-x-icu"): a migration that alters this field must keep that COLLATE
    full_name = models.CharField(
        _("full name (Cyrillic)"),
        max_length=200,
        help_text=_("Exactly as it must appear on a certificate."),
        validators=[
            RegexValidator(
                r"^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі \-']+$",
                _("Write the name in Cyrillic letters."),
            )
        ],
    )
    full_name_latin = models.CharField(
        _("full name (Latin)"),
        max_length=200,
        blank=True,
        validators=[RegexValidator(r"^[A-Za-z \-']+$", _("Write the name in Latin letters."))],
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    iin = models.CharField(
        _("IIN"),
        max_length=12,
        blank=True,
        validators=[validate_iin],
        help_text=_("Individual identification number: 12 digits. Optional."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^\+?[0-9 ()\-]{7,20}$", _("Enter a phone number."))],
    )
    education_level = models.CharField(
        _("education level"), max_length=16, choices=EducationLevel, blank=True
    )
    diploma = models.FileField(
        _("diploma"),
        upload_to="lms/diplomas/%Y/",
        storage=private_storage,
        blank=True,
        max_length=255,
    )
    diploma_status = models.CharField(
        _("diploma verification"),
        max_length=16,
        choices=Verification,
        default=Verification.NOT_SUBMITTED,
    )
    diploma_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    diploma_verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="trainees",
    )
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), blank=True, related_name="members"
    )
    mediation_languages = models.JSONField(_("languages of mediation"), default=list, blank=True)
    session_reminders = models.BooleanField(
        _("E-mail me the evening before each session of my cohort"), default=True
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("trainee profile")
        verbose_name_plural = _("trainee profiles")
        permissions = [
            ("view_all_trainees", _("Can see trainees of every region and organisation")),
            ("verify_diploma", _("Can verify diplomas")),
            ("import_trainees", _("Can import trainees from a spreadsheet")),
            ("override_gating", _("Can open a locked page for a trainee")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["iin"], condition=~Q(iin=""), name="lms_profile_unique_iin"
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.user.get_username()

    def mediation_language_labels(self) -> list[str]:
        labels = dict(MediationLanguage.choices)
        return [str(labels.get(code, code)) for code in self.mediation_languages]


class PersonalDataConsent(models.Model):
    """A trainee's consent to the processing of personal data: who gave it, when, to which text."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="personal_data_consents",
    )
    text_version = models.CharField(_("version of the consent text"), max_length=32)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text=_("The trainee, or the staff member who recorded a signed paper form."),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("personal-data consent")
        verbose_name_plural = _("personal-data consents")

    def __str__(self) -> str:
        return f"{self.user} ({self.text_version}, {self.given_at:%Y-%m-%d})"


class CourseRules(models.Model):
    """How a course is studied: in sequence or in free order, and whether trainees may enrol
    themselves. Keyed by the course's translation key, so one rule covers every language."""

    class Order(models.TextChoices):
        SEQUENTIAL = "sequential", _("Modules in sequence")
        FREE = "free", _("Free order")

    course = models.OneToOneField(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_cascade,
        related_name="+",
    )
    course_key = models.UUIDField(editable=False, unique=True)
    order = models.CharField(
        _("order of modules"), max_length=16, choices=Order, default=Order.SEQUENTIAL
    )
    self_enrolment = models.BooleanField(_("trainees may enrol themselves"), default=True)

    panels = [
        PageChooserPanel("course", "curriculum.CoursePage"),
        FieldPanel("order"),
        FieldPanel("self_enrolment"),
    ]

    class Meta:
        verbose_name = _("course rules")
        verbose_name_plural = _("course rules")

    def __str__(self) -> str:
        return self.course.title

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key
        super().save(*args, **kwargs)


class Prerequisite(models.Model):
    """An explicit rule: `page` opens only once `required_page` is completed."""

    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=move_to_translation_or_cascade,
        related_name="+",
    )
    page_key = models.UUIDField(editable=False, db_index=True)
    required_page = models.ForeignKey(
        Page,
        verbose_name=_("requires"),
        on_delete=move_to_translation_or_cascade,
        related_name="+",
    )
    required_key = models.UUIDField(editable=False)

    panels = [PageChooserPanel("page"), PageChooserPanel("required_page")]

    class Meta:
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")
        constraints = [
            models.UniqueConstraint(
                fields=["page_key", "required_key"], name="lms_prerequisite_unique"
            ),
            models.CheckConstraint(
                condition=~Q(page_key=models.F("required_key")),
                name="lms_prerequisite_not_itself",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page.title} ← {self.required_page.title}"

    def save(self, *args, **kwargs):
        self.page_key = self.page.translation_key
        self.required_key = self.required_page.translation_key
        super().save(*args, **kwargs)


class Cohort(CourseRecord, ClusterableModel):
    """A run of a course: a seminar group with its dates, place, language and trainers."""

    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online = models.BooleanField(_("online"), default=False)
    language = models.CharField(
        _("language of teaching"), max_length=2, choices=settings.LANGUAGES, default="kk"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cohorts",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organised by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cohorts",
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="+",
        limit_choices_to={"groups__name": "Instructors"},
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=10, validators=[MinValueValidator(1)]
    )
    waiting_list = models.BooleanField(_("keep a waiting list when full"), default=True)

    panels = [
        PageChooserPanel("course", "curriculum.CoursePage"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("online"), FieldPanel("language")],
            heading=_("Where and in which language"),
        ),
        FieldRowPanel([FieldPanel("region"), FieldPanel("organisation")]),
        FieldPanel("trainers"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
        InlinePanel("sessions", heading=_("Sessions"), label=_("session")),
        InlinePanel("release_dates", heading=_("Release dates"), label=_("release date")),
    ]

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="lms_cohort_dates_in_order"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Session(models.Model):
    """One seminar session of a cohort, worth a number of academic hours of attendance."""

    cohort = ParentalKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="sessions"
    )
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    academic_hours = models.DecimalField(
        _("academic hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    topic = models.CharField(_("topic"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("academic_hours"), FieldPanel("topic")]),
    ]

    class Meta:
        ordering = ["date", "starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return f"{self.cohort}: {self.date:%Y-%m-%d} {self.starts_at:%H:%M}"


class ReleaseDate(PageRecord):
    """A page of a course that a cohort may open only from a given moment."""

    cohort = ParentalKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="release_dates"
    )
    opens_at = models.DateTimeField(_("opens at"))

    panels = [PageChooserPanel("page"), FieldPanel("opens_at")]

    class Meta:
        verbose_name = _("release date")
        verbose_name_plural = _("release dates")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "page_key"], name="lms_release_unique")
        ]

    def __str__(self) -> str:
        return f"{self.page.title}: {self.opens_at:%Y-%m-%d %H:%M}"


class Enrolment(CourseRecord):
    """A trainee's place on a course, at most one per trainee and course."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        WAITING = "waiting", _("On the waiting list")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)

    class Meta:
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "course_key"], name="lms_one_enrolment_per_course"
            ),
            models.CheckConstraint(
                condition=Q(status="completed", completed_on__isnull=False)
                | ~Q(status="completed"),
                name="lms_completed_enrolment_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trainee} — {self.course.title}"


class Completion(PageRecord):
    """A trainee completed a curriculum page (a lesson read, a quiz passed)."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")
        constraints = [
            models.UniqueConstraint(fields=["trainee", "page_key"], name="lms_one_completion")
        ]

    def __str__(self) -> str:
        return f"{self.trainee} ✓ {self.page.title}"


class GatingOverride(PageRecord):
    """A page opened for one trainee by staff, with the reason (also in Wagtail's audit log)."""

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="gating_overrides",
    )
    reason = models.TextField(_("reason"))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("gating override")
        verbose_name_plural = _("gating overrides")
        constraints = [
            models.UniqueConstraint(fields=["trainee", "page_key"], name="lms_one_override")
        ]

    def __str__(self) -> str:
        return f"{self.trainee} → {self.page.title}"


class SessionReminder(models.Model):
    """A trainee was reminded by e-mail, the day before, of a session on this date: once per
    session and date, so a session moved to another day is reminded of again."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="+"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    date = models.DateField(_("date of the session"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("session reminder")
        verbose_name_plural = _("session reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "trainee", "date"], name="lms_one_session_reminder"
            )
        ]

    def __str__(self) -> str:
        return f"{self.trainee} @ {self.session}"


class ScheduleChange(models.Model):
    """What staff changed in a cohort's coming sessions in one save (a session moved, cancelled
    or added, a new place), or the cohort deleted with sessions to come. Kept as it was then,
    with the trainees who had a place, so that each is told it once whatever is changed next,
    the cohort itself gone or not."""

    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="schedule_changes",
    )
    cohort_title = models.CharField(_("cohort's title"), max_length=200)
    # the e-mail's language for a trainee who chose none: the cohort's language of teaching
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    cohort_deleted = models.BooleanField(_("cohort deleted"), default=False)
    made_at = models.DateTimeField(_("made at"), auto_now_add=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    # [{"kind": "moved" | "cancelled" | "added", "was": {...}, "now": {...}} | {"kind": "place"}]
    changes = models.JSONField(_("changes"), encoder=DjangoJSONEncoder)
    to = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainees to tell"), related_name="+", blank=True
    )
    told = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainees told"), related_name="+", blank=True
    )
    # how many times the sweep of lost e-mails asked again for those still untold
    email_resends = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-made_at"]
        verbose_name = _("schedule change")
        verbose_name_plural = _("schedule changes")

    def __str__(self) -> str:
        return f"{self.cohort_title} @ {timezone.localtime(self.made_at):%Y-%m-%d %H:%M}"

    def cohort_label(self) -> str:
        return (
            _("%(title)s (deleted)") % {"title": self.cohort_title}
            if self.cohort_deleted
            else self.cohort_title
        )

    cohort_label.short_description = _("Cohort")

    def summary(self) -> str:
        """What it changed in a few words, in the reader's language: "2 moved, 1 cancelled,
        new place"."""
        kinds = [change["kind"] for change in self.changes]
        moved, cancelled, added = (kinds.count(kind) for kind in ("moved", "cancelled", "added"))
        parts = []
        if moved:
            parts.append(ngettext("%(count)d moved", "%(count)d moved", moved) % {"count": moved})
        if cancelled:
            parts.append(
                ngettext("%(count)d cancelled", "%(count)d cancelled", cancelled)
                % {"count": cancelled}
            )
        if added:
            parts.append(ngettext("%(count)d added", "%(count)d added", added) % {"count": added})
        if "place" in kinds:
            parts.append(gettext("new place"))
        summary = ", ".join(parts)
        return (
            gettext("Cohort deleted: %(summary)s") % {"summary": summary}
            if self.cohort_deleted
            else summary
        )


class Attendance(models.Model):
    """Whether a trainee attended a session, and the academic hours it counts for. A session
    with marks is kept (PROTECT): the hours count towards the trainees' qualifications."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.PROTECT, related_name="attendance"
    )
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    present = models.BooleanField(_("present"), default=True)
    hours = models.DecimalField(
        _("academic hours attended"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0"))],
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "trainee"], name="lms_one_attendance_mark")
        ]

    def __str__(self) -> str:
        return f"{self.trainee} @ {self.session}"


class PracticeRecord(models.Model):
    """A case the trainee observed, co-mediated or conducted under supervision. It holds no
    personal data of the parties: only what kind of case it was and how it ended."""

    class Kind(models.TextChoices):
        OBSERVED = "observed", _("Observed")
        CO_MEDIATED = "co_mediated", _("Co-mediated")
        SUPERVISED = "supervised", _("Conducted under supervision")

    class Role(models.TextChoices):
        OBSERVER = "observer", _("Observer")
        CO_MEDIATOR = "co_mediator", _("Co-mediator")
        MEDIATOR = "mediator", _("Mediator")

    class Outcome(models.TextChoices):
        CONSULTATION = "consultation", _("Consultation")
        AGREEMENT = "agreement", _("Mediation agreement")
        NO_AGREEMENT = "no_agreement", _("No agreement")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="practice_records",
    )
    date = models.DateField(_("date of the case"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    role = models.CharField(_("own role"), max_length=16, choices=Role)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome)
    summary = models.TextField(
        _("what happened"),
        blank=True,
        max_length=2000,
        help_text=_("The kind of dispute and what you did. No names or details of the parties."),
    )
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("supervisor"),
        on_delete=models.PROTECT,
        related_name="supervised_practice",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.PENDING)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    # the supervisor, or the staff member who corrected the review in the admin
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    review_comment = models.TextField(_("supervisor's comment"), blank=True)
    created_at = models.DateTimeField(_("logged at"), auto_now_add=True)
    # when the supervisor was asked by e-mail to review the case, and the trainee told the review
    supervisor_emailed_at = models.DateTimeField(
        _("supervisor e-mailed at"), null=True, editable=False
    )
    trainee_emailed_at = models.DateTimeField(_("trainee e-mailed at"), null=True, editable=False)
    # how many times the sweep of lost e-mails asked again for the one due now (a review makes
    # another due, and starts the count again)
    email_resends = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("practice record")
        verbose_name_plural = _("practice records")

    def __str__(self) -> str:
        return f"{self.trainee}: {self.get_kind_display()} {self.date:%Y-%m-%d}"
