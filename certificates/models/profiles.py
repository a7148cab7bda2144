"""Qualification profiles and their requirements. A profile is a tree of requirements an
administrator builds in the admin; each requirement type evaluates itself against the facts
known about one trainee, so one trainee and a whole population go through the same rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from polymorphic.models import PolymorphicModel
from wagtail.models import Page

from curriculum.deletion import move_to_translation_or_protect
from lms.models import EducationLevel, MediationLanguage, Organisation, PracticeRecord, Region
from lms.models import TranslatedName as _TranslatedName

from .records import ElectionRecord, ExclusionFlag, RegisterEntry, TraineeDocument

EDUCATION_ORDER = ["", "secondary", "vocational", "higher", "postgraduate"]

# Certificate statuses (certificates.Certificate.Status, which imports this module): a certificate
# that became valid was held, even if it has since expired or been replaced; a revoked one never
# counts, and one still being issued is not held yet.
HELD_STATUSES = ("valid", "expired", "superseded")
IN_FORCE_STATUSES = ("valid", "expired")  # in force on a date if that date is within its validity


@dataclass
class Outcome:
    """Whether a requirement is met, how far along the trainee is, and why, in their language."""

    met: bool
    #: why, as text or as a function giving it: translated and formatted only when read
    #: (`explanation`), since the nightly refresh judges 400,000 checklists and reads none of
    #: them, and a snapshot reads them in the certificate's language, not the judge's
    reason: str | Callable[[], str]
    current: Decimal | None = None
    target: Decimal | None = None
    blocking: bool = False
    children: list[tuple[Requirement, Outcome]] = field(default_factory=list)

    @property
    def explanation(self) -> str:
        return self.reason() if callable(self.reason) else self.reason

    @property
    def percent(self) -> int | None:
        if self.current is None or not self.target:
            return None
        return min(100, int(self.current * 100 / self.target))


class QualificationProfile(_TranslatedName):
    """What it takes to hold a qualification, e.g. "Public mediator (ethnomediator)"."""

    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), default=36, help_text=_("0 means it does not expire.")
    )
    is_default = models.BooleanField(
        _("default profile"),
        default=False,
        help_text=_("Seeded with the platform; administrators may change it."),
    )
    active = models.BooleanField(_("active"), default=True)
    #: bumped whenever a requirement changes (`statuses.mark_profile_stale`): a refresh that
    #: compiled the older requirements stores nothing for this profile
    revision = models.PositiveIntegerField(_("requirements revision"), default=0, editable=False)

    class Meta:
        ordering = ["name_kk"]
        verbose_name = _("qualification profile")
        verbose_name_plural = _("qualification profiles")

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            # only ever bumped by an UPDATE: a form that read the profile before a requirement
            # changed must not write the older revision back
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "revision"
            ]
        super().save(*args, **kwargs)

    def top_requirements(self):
        return self.requirements.filter(parent__isnull=True).order_by("sort_order", "pk")


class Requirement(PolymorphicModel):
    """One condition of a profile; groups hold other requirements."""

    profile = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("profile"),
        on_delete=models.CASCADE,
        related_name="requirements",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        help_text=_("Leave empty for a requirement of the profile itself."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("Shown to trainees instead of the generated description."),
    )

    type_label = _("Requirement")

    class Meta:
        ordering = ["profile", "sort_order", "pk"]
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")

    def __str__(self) -> str:
        return self.label or self.describe()

    def describe(self) -> str:
        """What the requirement asks, in the reader's language."""
        return str(self.type_label)

    def evaluate(self, facts, on: date, *, children=None) -> Outcome:
        """Judge the requirement for one trainee's facts on a date."""
        raise NotImplementedError


# --- groups ---------------------------------------------------------------------------------


class GroupRequirement(Requirement):
    class Meta:
        abstract = True

    def _children(self, facts, on, children):
        return [(child, child.evaluate(facts, on, children=children)) for child in children(self)]


class AllOfRequirement(GroupRequirement):
    type_label = _("All of")

    class Meta:
        verbose_name = _("all of")
        verbose_name_plural = _("“all of” requirements")

    def describe(self):
        return gettext("All of these")

    def evaluate(self, facts, on, *, children=None):
        results = self._children(facts, on, children)
        met = sum(o.met for _r, o in results)
        return Outcome(
            met=met == len(results),
            reason=lambda: (
                gettext("%(met)d of %(total)d met") % {"met": met, "total": len(results)}
            ),
            current=Decimal(met),
            target=Decimal(len(results)),
            children=results,
        )


class AnyOfRequirement(GroupRequirement):
    type_label = _("Any of")

    class Meta:
        verbose_name = _("any of")
        verbose_name_plural = _("“any of” requirements")

    def describe(self):
        return gettext("One of these")

    def evaluate(self, facts, on, *, children=None):
        results = self._children(facts, on, children)
        met = any(o.met for _r, o in results)
        return Outcome(
            met=met,
            reason=lambda: gettext("met") if met else gettext("none met yet"),
            children=results,
        )


class AtLeastRequirement(GroupRequirement):
    type_label = _("At least N of")

    count = models.PositiveSmallIntegerField(_("how many"), validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("at least N of")
        verbose_name_plural = _("“at least N of” requirements")

    def describe(self):
        return gettext("At least %(n)d of these") % {"n": self.count}

    def evaluate(self, facts, on, *, children=None):
        results = self._children(facts, on, children)
        met = sum(o.met for _r, o in results)
        return Outcome(
            met=met >= self.count,
            reason=lambda: gettext("%(met)d of %(n)d needed") % {"met": met, "n": self.count},
            current=Decimal(min(met, self.count)),
            target=Decimal(self.count),
            children=results,
        )


# --- learning ---------------------------------------------------------------------------------


class CourseCompletedRequirement(Requirement):
    type_label = _("Course completed")

    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
    )
    course_key = models.UUIDField(editable=False)
    within_months = models.PositiveSmallIntegerField(
        _("within months"),
        default=0,
        help_text=_("0 means at any time; 36 asks for a course in the last three years."),
    )

    class Meta:
        verbose_name = _("course completed")
        verbose_name_plural = _("“course completed” requirements")

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key
        super().save(*args, **kwargs)

    def describe(self):
        text = gettext("Course “%(course)s” completed") % {"course": self.course.title}
        if self.within_months:
            text += " " + gettext("in the last %(m)d months") % {"m": self.within_months}
        return text

    def evaluate(self, facts, on, *, children=None):
        completed_on = facts.completed_courses.get(self.course_key)
        if not completed_on or completed_on > on:
            return Outcome(False, lambda: gettext("not completed yet"))
        if completed_on < _window_start(on, self.within_months):
            return Outcome(
                False,
                lambda: (
                    gettext("completed on %(date)s, more than %(m)d months ago")
                    % {"date": _day(completed_on), "m": self.within_months}
                ),
            )
        return Outcome(
            True, lambda: gettext("completed on %(date)s") % {"date": _day(completed_on)}
        )


class AcademicHoursRequirement(Requirement):
    """Academic hours attended in seminar sessions, in one course or in all."""

    type_label = _("Academic hours")

    hours = models.DecimalField(_("academic hours"), max_digits=6, decimal_places=1)
    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Leave empty to count every course."),
    )
    course_key = models.UUIDField(editable=False, null=True)

    class Meta:
        verbose_name = _("academic hours")
        verbose_name_plural = _("“academic hours” requirements")

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key if self.course_id else None
        super().save(*args, **kwargs)

    def describe(self):
        if self.course_id:
            return gettext("%(hours)s academic hours in “%(course)s”") % {
                "hours": _number(self.hours),
                "course": self.course.title,
            }
        return gettext("%(hours)s academic hours") % {"hours": _number(self.hours)}

    def evaluate(self, facts, on, *, children=None):
        done = facts.hours.get(self.course_key, Decimal(0))
        return Outcome(
            met=done >= self.hours,
            reason=lambda: (
                gettext("%(done)s of %(total)s academic hours")
                % {"done": _number(done), "total": _number(self.hours)}
            ),
            current=done,
            target=self.hours,
        )


class QuizPassedRequirement(Requirement):
    """A quiz or exam passed with a minimum score, within a number of attempts."""

    type_label = _("Quiz or exam passed")

    quiz = models.ForeignKey(
        Page,
        verbose_name=_("quiz"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
    )
    quiz_key = models.UUIDField(editable=False)
    min_percent = models.DecimalField(_("minimum score (%)"), max_digits=5, decimal_places=2)
    within_attempts = models.PositiveSmallIntegerField(
        _("within attempts"), default=0, help_text=_("0 means any attempt counts.")
    )

    class Meta:
        verbose_name = _("quiz passed")
        verbose_name_plural = _("“quiz passed” requirements")

    def save(self, *args, **kwargs):
        self.quiz_key = self.quiz.translation_key
        super().save(*args, **kwargs)

    def describe(self):
        return gettext("“%(quiz)s”: at least %(percent)s%%") % {
            "quiz": self.quiz.title,
            "percent": _number(self.min_percent),
        }

    def evaluate(self, facts, on, *, children=None):
        attempts = [
            (number, percent)
            for number, percent, finished_on in facts.attempts.get(self.quiz_key, [])
            if finished_on <= on
        ]
        counted = [p for n, p in attempts if not self.within_attempts or n <= self.within_attempts]
        best = max(counted, default=None)
        if best is None:
            return Outcome(False, lambda: gettext("not taken yet"), Decimal(0), self.min_percent)
        return Outcome(
            met=best >= self.min_percent,
            reason=lambda: (
                gettext("best %(best)s%%, %(needed)s%% needed")
                % {"best": _number(best), "needed": _number(self.min_percent)}
            ),
            current=best,
            target=self.min_percent,
        )


class PracticeCasesRequirement(Requirement):
    """Confirmed practice cases of given kinds within a time window."""

    type_label = _("Practice cases")

    count = models.PositiveSmallIntegerField(
        _("number of cases"), validators=[MinValueValidator(1)]
    )
    kinds = models.JSONField(
        _("kinds"),
        default=list,
        blank=True,
        help_text=_("The kinds of case that count. None ticked: any."),
    )
    within_months = models.PositiveSmallIntegerField(
        _("within months"), default=0, help_text=_("0 means at any time.")
    )

    class Meta:
        verbose_name = _("practice cases")
        verbose_name_plural = _("“practice cases” requirements")

    def describe(self):
        kinds = dict(PracticeRecord.Kind.choices)
        names = ", ".join(str(kinds.get(k, k)).lower() for k in self.kinds) or gettext("any kind")
        text = gettext("%(n)d confirmed cases (%(kinds)s)") % {"n": self.count, "kinds": names}
        if self.within_months:
            text += " " + gettext("in the last %(m)d months") % {"m": self.within_months}
        return text

    def evaluate(self, facts, on, *, children=None):
        since = on - relativedelta(months=self.within_months) if self.within_months else date.min
        found = sum(
            1
            for kind, day in facts.practice
            if since <= day <= on and (not self.kinds or kind in self.kinds)
        )
        return Outcome(
            met=found >= self.count,
            reason=lambda: gettext("%(found)d of %(n)d cases") % {"found": found, "n": self.count},
            current=Decimal(min(found, self.count)),
            target=Decimal(self.count),
        )


class PracticalAssessmentRequirement(Requirement):
    """Practical assessments (assessed role-plays) passed: quizzes marked as practical, graded by
    an assessor with a rubric, each passed quiz counting once."""

    type_label = _("Practical assessment passed")

    count = models.PositiveSmallIntegerField(
        _("number of assessments"), default=1, validators=[MinValueValidator(1)]
    )
    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Leave empty to count practical assessments of every course."),
    )
    course_key = models.UUIDField(editable=False, null=True)

    class Meta:
        verbose_name = _("practical assessment passed")
        verbose_name_plural = _("“practical assessment passed” requirements")

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key if self.course_id else None
        super().save(*args, **kwargs)

    def describe(self):
        if self.course_id:
            return ngettext(
                "%(n)d practical assessment passed in “%(course)s”",
                "%(n)d practical assessments passed in “%(course)s”",
                self.count,
            ) % {"n": self.count, "course": self.course.title}
        return ngettext(
            "%(n)d practical assessment passed",
            "%(n)d practical assessments passed",
            self.count,
        ) % {"n": self.count}

    def evaluate(self, facts, on, *, children=None):
        courses = self._quiz_courses() if self.course_key else None
        found = sum(
            1
            for quiz_key, passed_on in facts.practicals.items()
            if passed_on <= on and (courses is None or courses.get(quiz_key) == self.course_key)
        )
        return Outcome(
            met=found >= self.count,
            reason=lambda: (
                ngettext(
                    "%(found)d of %(n)d practical assessment passed",
                    "%(found)d of %(n)d practical assessments passed",
                    self.count,
                )
                % {"found": found, "n": self.count}
            ),
            current=Decimal(min(found, self.count)),
            target=Decimal(self.count),
        )

    def _quiz_courses(self) -> dict:
        """The course of every practical quiz; a compiled profile sets it once for all trainees."""
        courses = getattr(self, "_practical_courses", None)
        if courses is None:
            from ..eligibility import practical_quiz_courses

            courses = self._practical_courses = practical_quiz_courses()
        return courses


class CpdHoursRequirement(Requirement):
    """Renewal through continuing professional development: academic hours attended in the last
    months before the evaluation date. By default it applies only to someone who already held
    the qualification, so a first certificate does not ask for it."""

    type_label = _("CPD hours for renewal")

    hours = models.DecimalField(_("academic hours"), max_digits=6, decimal_places=1)
    within_months = models.PositiveSmallIntegerField(
        _("within months"), default=36, validators=[MinValueValidator(1)]
    )
    only_on_renewal = models.BooleanField(
        _("only on renewal"),
        default=True,
        help_text=_("Ask for it only from someone who held this qualification before."),
    )

    class Meta:
        verbose_name = _("CPD hours for renewal")
        verbose_name_plural = _("“CPD hours for renewal” requirements")

    def describe(self):
        text = gettext("%(hours)s CPD hours in the last %(m)d months") % {
            "hours": _number(self.hours),
            "m": self.within_months,
        }
        if self.only_on_renewal:
            text += " " + gettext("(on renewal)")
        return text

    def evaluate(self, facts, on, *, children=None):
        if self.only_on_renewal and not any(
            profile_id == self.profile_id and status in HELD_STATUSES and issued_on <= on
            for profile_id, status, issued_on, _expires_on in facts.held
        ):
            return Outcome(True, lambda: gettext("not needed for a first certificate"))
        since = _window_start(on, self.within_months)
        done = sum((hours for day, hours in facts.attendance if since <= day <= on), Decimal(0))
        return Outcome(
            met=done >= self.hours,
            reason=lambda: (
                gettext("%(done)s of %(total)s CPD hours in the last %(m)d months")
                % {"done": _number(done), "total": _number(self.hours), "m": self.within_months}
            ),
            current=done,
            target=self.hours,
        )


# --- the person -----------------------------------------------------------------------------


class MinimumAgeRequirement(Requirement):
    type_label = _("Minimum age")

    years = models.PositiveSmallIntegerField(_("years"))

    class Meta:
        verbose_name = _("minimum age")
        verbose_name_plural = _("“minimum age” requirements")

    def describe(self):
        return gettext("At least %(years)d years old") % {"years": self.years}

    def evaluate(self, facts, on, *, children=None):
        if facts.date_of_birth is None:
            return Outcome(False, lambda: gettext("date of birth not given"))
        age = relativedelta(on, facts.date_of_birth).years
        return Outcome(
            met=age >= self.years,
            reason=lambda: gettext("%(age)d years old") % {"age": age},
            current=Decimal(min(age, self.years)),
            target=Decimal(self.years),
        )


class EducationRequirement(Requirement):
    type_label = _("Education level")

    level = models.CharField(_("at least"), max_length=16, choices=EducationLevel)
    verified = models.BooleanField(_("diploma verified by staff"), default=True)

    class Meta:
        verbose_name = _("education level")
        verbose_name_plural = _("“education level” requirements")

    def describe(self):
        text = gettext("Education: %(level)s or above") % {
            "level": self.get_level_display().lower()
        }
        return text + (" " + gettext("(verified diploma)") if self.verified else "")

    def evaluate(self, facts, on, *, children=None):
        have = EDUCATION_ORDER.index(facts.education_level or "")
        if have < EDUCATION_ORDER.index(self.level):
            return Outcome(False, lambda: gettext("education level below what is needed"))
        if self.verified and not facts.diploma_verified:
            return Outcome(False, lambda: gettext("diploma not verified yet"))
        return Outcome(True, lambda: gettext("met"))


class RegisterEntryRequirement(Requirement):
    type_label = _("Register entry")

    register = models.CharField(_("register"), max_length=16, choices=RegisterEntry.Register)

    class Meta:
        verbose_name = _("register entry")
        verbose_name_plural = _("“register entry” requirements")

    def describe(self):
        return gettext("Entered in the %(register)s") % {
            "register": self.get_register_display().lower()
        }

    def evaluate(self, facts, on, *, children=None):
        number = facts.registers.get(self.register)
        if number:
            return Outcome(True, lambda: gettext("entry № %(number)s") % {"number": number})
        return Outcome(False, lambda: gettext("no entry"))


class MembershipRequirement(Requirement):
    type_label = _("Membership")

    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=32, choices=Organisation.Kind
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("“membership” requirements")

    def describe(self):
        return gettext("Member of: %(kind)s") % {
            "kind": self.get_organisation_kind_display().lower()
        }

    def evaluate(self, facts, on, *, children=None):
        met = self.organisation_kind in facts.organisation_kinds
        return Outcome(met, lambda: gettext("member") if met else gettext("not a member"))


class RegionRequirement(Requirement):
    type_label = _("Region")

    regions = models.ManyToManyField(Region, verbose_name=_("regions"), blank=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("“region” requirements")

    def describe(self):
        return gettext("Region recorded")

    def evaluate(self, facts, on, *, children=None):
        allowed = getattr(self, "_region_ids", None)
        if allowed is None:
            allowed = set(self.regions.values_list("pk", flat=True))
        if facts.region_id is None:
            return Outcome(False, lambda: gettext("region not recorded"))
        met = not allowed or facts.region_id in allowed
        return Outcome(met, lambda: gettext("met") if met else gettext("another region"))


class LanguagesRequirement(Requirement):
    type_label = _("Languages of mediation")

    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("The languages that count. None ticked: any."),
    )
    minimum = models.PositiveSmallIntegerField(_("at least how many"), default=1)

    class Meta:
        verbose_name = _("languages of mediation")
        verbose_name_plural = _("“languages of mediation” requirements")

    def describe(self):
        names = dict(MediationLanguage.choices)
        listed = ", ".join(str(names.get(c, c)) for c in self.languages)
        if listed:
            return gettext("Mediates in %(n)d of: %(languages)s") % {
                "n": self.minimum,
                "languages": listed,
            }
        return gettext("Languages of mediation recorded")

    def evaluate(self, facts, on, *, children=None):
        have = facts.languages & set(self.languages) if self.languages else facts.languages
        return Outcome(
            met=len(have) >= self.minimum,
            reason=lambda: gettext("%(n)d recorded") % {"n": len(have)},
            current=Decimal(min(len(have), self.minimum)),
            target=Decimal(self.minimum),
        )


class ElectionRecordRequirement(Requirement):
    """Elected or nominated by an assembly, with the protocol's number and date recorded."""

    type_label = _("Election or nomination")

    kinds = models.JSONField(
        _("kinds"),
        default=list,
        blank=True,
        help_text=_("Which records count. None ticked: either."),
    )
    within_months = models.PositiveSmallIntegerField(
        _("within months"), default=0, help_text=_("0 means at any time.")
    )

    class Meta:
        verbose_name = _("election or nomination")
        verbose_name_plural = _("“election or nomination” requirements")

    def describe(self):
        kinds = set(self.kinds) or {k.value for k in ElectionRecord.Kind}
        if kinds == {ElectionRecord.Kind.ELECTION}:
            text = gettext("Election by an assembly recorded")
        elif kinds == {ElectionRecord.Kind.NOMINATION}:
            text = gettext("Nomination recorded")
        else:
            text = gettext("Election or nomination recorded")
        if self.within_months:
            text += " " + gettext("in the last %(m)d months") % {"m": self.within_months}
        return text

    def evaluate(self, facts, on, *, children=None):
        since = _window_start(on, self.within_months)
        records = sorted(
            (
                (protocol_date, number, term_until)
                for kind, number, protocol_date, term_until in facts.elections
                if (not self.kinds or kind in self.kinds) and protocol_date <= on
            ),
            reverse=True,
        )
        current = [
            (day, number)
            for day, number, term_until in records
            if day >= since and (term_until is None or term_until >= on)
        ]
        if current:
            day, number = current[0]
            return Outcome(
                True,
                lambda: (
                    gettext("protocol № %(number)s of %(date)s")
                    % {"number": number, "date": _day(day)}
                ),
            )
        if not records:
            return Outcome(False, lambda: gettext("not recorded"))
        day, number, term_until = records[0]
        if term_until is not None and term_until < on:
            return Outcome(
                False, lambda: gettext("term ended on %(date)s") % {"date": _day(term_until)}
            )
        return Outcome(
            False,
            lambda: (
                gettext("protocol of %(date)s is older than %(m)d months")
                % {"date": _day(day), "m": self.within_months}
            ),
        )


class QualificationHeldRequirement(Requirement):
    """Another qualification held and valid on the evaluation date (a Mediator trainer must be
    a Professional mediator)."""

    type_label = _("Qualification held")

    qualification = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("qualification"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("qualification held")
        verbose_name_plural = _("“qualification held” requirements")

    def clean(self):
        super().clean()
        if self.profile_id and self.qualification_id and self._leads_back():
            raise ValidationError(
                {
                    "qualification": gettext(
                        "A qualification cannot require itself, directly or through another "
                        "qualification."
                    )
                }
            )

    def _leads_back(self) -> bool:
        """Whether the required qualification is this profile or asks for it in turn: such a
        loop would make every profile on it impossible to reach."""
        edges = defaultdict(set)
        for profile_id, qualification_id in (
            QualificationHeldRequirement.objects.exclude(pk=self.pk)
            .values_list("profile_id", "qualification_id")
            .iterator()
        ):
            edges[profile_id].add(qualification_id)
        seen, todo = set(), [self.qualification_id]
        while todo:
            current = todo.pop()
            if current == self.profile_id:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(edges[current])
        return False

    def describe(self):
        return gettext("Holds a valid “%(qualification)s” qualification") % {
            "qualification": self.qualification.name
        }

    def evaluate(self, facts, on, *, children=None):
        # read from certificates held, not from the other profile's requirements: no recursion
        mine = [
            (status, issued_on, expires_on)
            for profile_id, status, issued_on, expires_on in facts.held
            if profile_id == self.qualification_id and issued_on <= on
        ]
        in_force = [
            expires_on
            for status, _issued_on, expires_on in mine
            if status in IN_FORCE_STATUSES and (expires_on is None or expires_on >= on)
        ]
        if in_force:
            if None in in_force:
                return Outcome(True, lambda: gettext("held"))
            return Outcome(
                True, lambda: gettext("held, valid until %(date)s") % {"date": _day(max(in_force))}
            )
        ended = [
            expires_on
            for status, _issued_on, expires_on in mine
            if status in HELD_STATUSES and expires_on is not None and expires_on < on
        ]
        if ended:
            return Outcome(
                False, lambda: gettext("expired on %(date)s") % {"date": _day(max(ended))}
            )
        return Outcome(False, lambda: gettext("not held"))


class DocumentRequirement(Requirement):
    """A document valid on the evaluation date (it expires on its own)."""

    type_label = _("Valid document")

    kind = models.CharField(_("document"), max_length=32, choices=TraineeDocument.Kind)
    verified = models.BooleanField(_("verified by staff"), default=True)

    class Meta:
        verbose_name = _("valid document")
        verbose_name_plural = _("“valid document” requirements")

    def describe(self):
        return gettext("%(document)s, valid") % {"document": self.get_kind_display()}

    def evaluate(self, facts, on, *, children=None):
        valid = [
            until
            for kind, issued, until, verified in facts.documents
            if kind == self.kind
            and issued <= on
            and (until is None or until >= on)
            and (verified or not self.verified)
        ]
        if not valid:
            return Outcome(False, lambda: gettext("missing or expired"))
        if None in valid:
            return Outcome(True, lambda: gettext("valid"))
        return Outcome(True, lambda: gettext("valid until %(date)s") % {"date": _day(max(valid))})


class NoExclusionRequirement(Requirement):
    """Blocks whoever holds one of the listed flags (a judge, a state servant)."""

    type_label = _("No exclusion")

    kinds = models.JSONField(
        _("flags that block"),
        default=list,
        help_text=_("Any of these keeps a trainee from the qualification."),
    )

    class Meta:
        verbose_name = _("no exclusion")
        verbose_name_plural = _("“no exclusion” requirements")

    def describe(self):
        names = dict(ExclusionFlag.Kind.choices)
        return gettext("Not: %(flags)s") % {
            "flags": ", ".join(str(names.get(k, k)).lower() for k in self.kinds)
        }

    def evaluate(self, facts, on, *, children=None):
        active = {
            kind
            for kind, since, until in facts.flags
            if kind in self.kinds and since <= on and (until is None or until >= on)
        }
        if active:
            names = dict(ExclusionFlag.Kind.choices)
            return Outcome(
                False,
                lambda: (
                    gettext("barred: %(flags)s")
                    % {"flags": ", ".join(str(names[k]) for k in sorted(active))}
                ),
                blocking=True,
            )
        return Outcome(True, lambda: gettext("met"))


def _day(value: date) -> str:
    return date_format(value, "DATE_FORMAT")


def _window_start(on: date, months: int) -> date:
    """The first day of a window of `months` months ending on `on` (0: no window)."""
    return on - relativedelta(months=months) if months else date.min


def _number(value) -> str:
    value = Decimal(value)
    return f"{value:.0f}" if value == value.to_integral() else f"{value.normalize()}"


REQUIREMENT_TYPES = [
    AllOfRequirement,
    AnyOfRequirement,
    AtLeastRequirement,
    CourseCompletedRequirement,
    AcademicHoursRequirement,
    QuizPassedRequirement,
    PracticeCasesRequirement,
    MinimumAgeRequirement,
    EducationRequirement,
    RegisterEntryRequirement,
    MembershipRequirement,
    RegionRequirement,
    LanguagesRequirement,
    DocumentRequirement,
    NoExclusionRequirement,
    PracticalAssessmentRequirement,
    CpdHoursRequirement,
    ElectionRecordRequirement,
    QualificationHeldRequirement,
]
