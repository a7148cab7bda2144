"""Bulk import of trainees (and their enrolments) from CSV or XLSX.

Every row is checked first and every bad row reported with its reason; only a file without a
single bad row is saved, in one transaction. Importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from curriculum.models import CoursePage

from . import conf
from .models import (
    Cohort,
    EducationLevel,
    Enrolment,
    MediationLanguage,
    Organisation,
    Region,
    TraineeProfile,
)
from .permissions import coordinates
from .services import TRAINEES_GROUP, LmsError, enrol, give_consent

User = get_user_model()

COLUMNS = [
    "email",
    "full_name",
    "full_name_latin",
    "date_of_birth",
    "iin",
    "phone",
    "region",
    "organisations",
    "languages",
    "education_level",
    "course",
    "cohort",
    "consent",
]
REQUIRED = ["email", "full_name"]
YES = {"1", "yes", "y", "true", "да", "иә", "ия"}


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong format, no header, too many rows)."""


@dataclass
class RowProblem:
    line: int
    reason: str


@dataclass
class ParsedRow:
    line: int
    email: str
    profile: dict
    organisations: list[Organisation]
    course: CoursePage | None
    cohort: Cohort | None
    consent: bool


@dataclass
class ImportReport:
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    enrolled: int = 0
    saved: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def read_rows(file: BinaryIO, name: str) -> list[dict[str, str]]:
    """Rows of a CSV or XLSX file as dicts keyed by lower-cased header."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        rows = _read_xlsx(file)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(file)
    else:
        raise ImportFileError(_("Upload a .csv or .xlsx file."))
    if not rows:
        raise ImportFileError(_("The file has no header row."))
    header = [str(h or "").strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(
            _("The header row lacks the columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(columns)s. Known columns: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(COLUMNS)}
        )
    body = [r for r in rows[1:] if any(str(c or "").strip() for c in r)]
    if len(body) > conf.get("IMPORT_MAX_ROWS"):
        raise ImportFileError(
            _("The file has more than %(max)d rows; split it.")
            % {"max": conf.get("IMPORT_MAX_ROWS")}
        )
    return [{h: _cell(r[i]) if i < len(r) else "" for i, h in enumerate(header) if h} for r in body]


def _cell(value) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value if value is not None else "").strip()


def _read_csv(file: BinaryIO) -> list[list[str]]:
    try:
        text = file.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Save the CSV file in UTF-8.")) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(file: BinaryIO) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ImportFileError(_("This is not a readable XLSX file.")) from error
    sheet = workbook.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _parse_date(value: str) -> date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError


class _Lookups:
    """Everything rows refer to, loaded once so checking 500 rows costs a handful of queries."""

    def __init__(self, user):
        regions = list(Region.objects.all())
        self.regions = {}
        for region in regions:
            for name in (region.code, region.name_kk, region.name_ru, region.name_en):
                self.regions[name.lower()] = region
        self.organisations = {}
        for org in Organisation.objects.all():
            for name in (org.name_kk, org.name_ru, org.name_en):
                self.organisations[name.lower()] = org
        self.courses = {c.slug: c for c in CoursePage.objects.filter(locale__language_code="kk")}
        for course in CoursePage.objects.exclude(locale__language_code="kk"):
            self.courses.setdefault(course.slug, course)
        self.cohorts = {(c.course_key, c.title.lower()): c for c in Cohort.objects.all()}
        self.cohorts_by_id = {str(c.pk): c for c in self.cohorts.values()}
        self.languages = {code for code, _label in MediationLanguage.choices}
        self.education = {code for code, _label in EducationLevel.choices}
        self.users = {u.email.lower(): u for u in User.objects.exclude(email="")}
        self.iins = dict(TraineeProfile.objects.exclude(iin="").values_list("iin", "user__email"))
        self.user = user


def check_rows(rows: list[dict[str, str]], *, user) -> ImportReport:
    """Parse and check every row; nothing is written."""
    report = ImportReport()
    lookups = _Lookups(user)
    seen_emails: dict[str, int] = {}
    seen_iins: dict[str, int] = {}
    for index, row in enumerate(rows, start=2):
        reasons: list[str] = []
        email = row.get("email", "").lower()
        try:
            validate_email(email)
        except ValidationError:
            reasons.append(_("“%(value)s” is not an email address.") % {"value": email})
        if email in seen_emails:
            reasons.append(_("The same email is on line %(line)d.") % {"line": seen_emails[email]})
        seen_emails.setdefault(email, index)
        profile = {
            "full_name": row.get("full_name", ""),
            "full_name_latin": row.get("full_name_latin", ""),
        }
        for name in ("phone", "iin"):
            profile[name] = row.get(name, "")
        if row.get("date_of_birth"):
            try:
                profile["date_of_birth"] = _parse_date(row["date_of_birth"])
            except ValueError:
                reasons.append(_("Write the date of birth as YYYY-MM-DD or DD.MM.YYYY."))
        iin = profile["iin"]
        if iin:
            owner = lookups.iins.get(iin)
            if owner is not None and owner.lower() != email:
                reasons.append(_("This IIN belongs to another trainee."))
            if iin in seen_iins:
                reasons.append(_("The same IIN is on line %(line)d.") % {"line": seen_iins[iin]})
            seen_iins.setdefault(iin, index)
        region = None
        if row.get("region"):
            region = lookups.regions.get(row["region"].lower())
            if region is None:
                reasons.append(_("Unknown region “%(value)s”.") % {"value": row["region"]})
        profile["region"] = region
        organisations = []
        for name in _split(row.get("organisations", "")):
            org = lookups.organisations.get(name.lower())
            if org is None:
                reasons.append(_("Unknown organisation “%(value)s”.") % {"value": name})
            else:
                organisations.append(org)
        languages = [code.lower() for code in _split(row.get("languages", ""))]
        bad_languages = [code for code in languages if code not in lookups.languages]
        if bad_languages:
            reasons.append(
                _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(bad_languages)}
            )
        profile["mediation_languages"] = languages
        education = row.get("education_level", "").lower()
        if education and education not in lookups.education:
            reasons.append(_("Unknown education level “%(value)s”.") % {"value": education})
        profile["education_level"] = education
        if not coordinates(lookups.user, region, organisations):  # its scope, read once
            reasons.append(_("This trainee is outside your region or organisation."))
        course = cohort = None
        if row.get("course"):
            course = lookups.courses.get(row["course"])
            if course is None:
                reasons.append(_("Unknown course “%(value)s”.") % {"value": row["course"]})
        if row.get("cohort"):
            if course is None:
                reasons.append(_("A cohort needs a course in the same row."))
            else:
                cohort = lookups.cohorts.get(
                    (course.translation_key, row["cohort"].lower())
                ) or lookups.cohorts_by_id.get(row["cohort"])
                if cohort is None or cohort.course_key != course.translation_key:
                    reasons.append(
                        _("No cohort “%(value)s” of this course.") % {"value": row["cohort"]}
                    )
                    cohort = None
        reasons += _model_errors(profile)
        if reasons:
            report.problems += [RowProblem(line=index, reason=r) for r in reasons]
            continue
        report.rows.append(
            ParsedRow(
                line=index,
                email=email,
                profile=profile,
                organisations=organisations,
                course=course,
                cohort=cohort,
                consent=row.get("consent", "").lower() in YES,
            )
        )
    return report


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]


def _model_errors(profile: dict) -> list[str]:
    """The profile model's own field validators (Cyrillic name, IIN check digit, phone)."""
    candidate = TraineeProfile(**profile)
    try:
        # region and education level were checked against the lookups with clearer messages
        candidate.clean_fields(exclude=["user", "region", "diploma", "education_level"])
    except ValidationError as error:
        return [
            f"{TraineeProfile._meta.get_field(name).verbose_name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        ]
    return []


def import_trainees(file: BinaryIO, name: str, *, user, dry_run: bool = False) -> ImportReport:
    """Check a file and, when every row is good and it is not a dry run, save it all at once."""
    report = check_rows(read_rows(file, name), user=user)
    if not report.ok or dry_run:
        return report
    trainees_group = Group.objects.filter(name=TRAINEES_GROUP).first()
    try:
        with transaction.atomic():
            for row in report.rows:
                _save_row(row, report, by=user, group=trainees_group)
    except LmsError as error:
        report.problems.append(RowProblem(line=row.line, reason=str(error)))
        report.created = report.updated = report.enrolled = 0
        return report
    report.saved = True
    return report


def _save_row(row: ParsedRow, report: ImportReport, *, by, group) -> None:
    user = User.objects.filter(Q(email__iexact=row.email) | Q(username__iexact=row.email)).first()
    if user is None:
        user = User(username=row.email, email=row.email)
        user.set_unusable_password()
        user.save()
        report.created += 1
    profile, created = TraineeProfile.objects.get_or_create(user=user, defaults=row.profile)
    if not created:
        changed = [
            k
            for k, v in row.profile.items()
            if v not in ("", None, []) and getattr(profile, k) != v
        ]
        for name in changed:
            setattr(profile, name, row.profile[name])
        if changed:
            profile.save()
            report.updated += 1
    profile.organisations.add(*row.organisations)
    if group is not None:
        user.groups.add(group)
    if (
        row.consent
        and not user.personal_data_consents.filter(
            text_version=conf.get("CONSENT_TEXT_VERSION")
        ).exists()
    ):
        give_consent(user=user, recorded_by=by)
    if row.course is not None:
        existing = Enrolment.objects.filter(
            trainee=user, course_key=row.course.translation_key
        ).first()
        same_place = (
            existing is not None
            and existing.status != Enrolment.Status.WITHDRAWN
            and (row.cohort is None or existing.cohort_id == row.cohort.pk)
        )
        if not same_place:
            enrol(trainee=user, course=row.course, cohort=row.cohort, by=by)
            report.enrolled += 1
