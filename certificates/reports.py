"""Reads behind the staff reports on qualifications: who in a viewer's scope meets a profile, who
holds its certificate, and the rows of their CSV and XLSX exports.

A status comes out of the eligibility engine, which is too slow to run over a whole population
on every page. So the report page reads the statuses the engine stored (`EligibilityStatus`, kept
current by `statuses`), filtered, counted and paginated in the database, with the certificate
part read live: a fixed number of queries whatever the population. The exports stream the
population through the engine itself (`evaluate_population`), since they also say what each
trainee is missing; whatever a row shows beyond the checklist (certificate, name, region,
organisations) is loaded a batch at a time, so their queries grow with the number of batches,
never with the number of trainees.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice
from typing import Any

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms import exports
from lms.models import Organisation, Region, TraineeProfile
from lms.permissions import is_national, trainees_visible_to

from .eligibility import BATCH, evaluate_population
from .models import (
    Certificate,
    EligibilityStatus,
    QualificationProfile,
    RegisterEntry,
    Requirement,
)

#: how far ahead "expiring" looks unless the viewer says otherwise
DEFAULT_EXPIRING_DAYS = 90

# --- statuses ---------------------------------------------------------------------------------

ELIGIBLE = "eligible"
CERTIFIED = "certified"
MISSING_ONE = "missing_one"
NOT_ELIGIBLE = "not_eligible"
BLOCKED = "blocked"
EXPIRING = "expiring"

#: the report's status filter; a trainee may match several (a blocked holder is both blocked and
#: certified), so the counts at the top of the report overlap
STATUS_FILTERS = [
    (ELIGIBLE, _("Eligible, not yet certified")),
    (CERTIFIED, _("Certified")),
    (MISSING_ONE, _("Missing exactly one requirement")),
    (NOT_ELIGIBLE, _("Not eligible")),
    (BLOCKED, _("Blocked by an exclusion")),
    (EXPIRING, _("Certificate expiring soon")),
]

#: the one status a row shows, the most pressing first
ROW_STATUSES = [
    (BLOCKED, _("Blocked")),
    (EXPIRING, _("Certificate expiring")),
    (CERTIFIED, _("Certified")),
    (ELIGIBLE, _("Eligible")),
    (NOT_ELIGIBLE, _("Not eligible")),
]

# certificates a report shows next to a trainee: current ones and those that ran out
SHOWN_CERTIFICATE_STATUSES = (
    Certificate.Status.ISSUING,
    Certificate.Status.VALID,
    Certificate.Status.EXPIRED,
)


@dataclass(frozen=True, slots=True)
class CertificateSummary:
    """The certificate of a profile a report row shows: enough to tell valid from expired."""

    serial: str
    status: str
    issued_on: date
    expires_on: date | None

    def is_current(self, on: date) -> bool:
        """Valid and not past its expiry date on `on` (an "expired" status never is)."""
        return self.status == Certificate.Status.VALID and (
            self.expires_on is None or self.expires_on >= on
        )


@dataclass(slots=True)
class Person:
    """Who a row is about, as staff read it (never the IIN)."""

    full_name: str = ""
    region: Region | None = None
    organisations: list[Organisation] = field(default_factory=list)

    @property
    def region_code(self) -> str:
        return self.region.code if self.region else ""

    @property
    def organisation_names(self) -> str:
        return "; ".join(str(organisation) for organisation in self.organisations)


@dataclass(slots=True)
class EligibilityRow:
    """One trainee of the eligibility report: their checklist in short, the statuses they match,
    their certificate of the profile and, once loaded, who they are."""

    trainee_id: int
    eligible: bool
    blocked: bool
    missing: int
    statuses: frozenset[str]
    certificate: CertificateSummary | None = None
    person: Person | None = None
    #: what is not met yet, in the reader's language; filled only for the exports
    missing_requirements: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return next(code for code, _label in ROW_STATUSES if code in self.statuses)

    @property
    def status_label(self) -> str:
        return str(dict(ROW_STATUSES)[self.status])

    @property
    def certificate_state(self) -> str:
        """Why the certificate shown is not a current one (being issued, expired); empty when
        it is current or there is none."""
        if self.certificate is None or CERTIFIED in self.statuses:
            return ""
        if self.certificate.status == Certificate.Status.ISSUING:
            return str(Certificate.Status.ISSUING.label)
        return str(Certificate.Status.EXPIRED.label)


def row_statuses(
    *,
    eligible: bool,
    blocked: bool,
    missing: int,
    certificate: CertificateSummary | None,
    on: date,
    expiring_days: int,
) -> frozenset[str]:
    """Every status filter a trainee matches on `on`."""
    certified = certificate is not None and certificate.is_current(on)
    expiring = bool(
        certified
        and certificate.expires_on
        and certificate.expires_on <= on + timedelta(days=expiring_days)
    )
    return standing_statuses(
        eligible=eligible,
        blocked=blocked,
        missing_one=missing == 1,
        certified=certified,
        expiring=expiring,
    )


def standing_statuses(
    *, eligible: bool, blocked: bool, missing_one: bool, certified: bool, expiring: bool
) -> frozenset[str]:
    """The status filters of a checklist's outcome and a certificate's standing: the rules,
    once (`STATUS_CONDITIONS` says the same in SQL)."""
    statuses = set()
    if certified:
        statuses.add(CERTIFIED)
        if expiring:
            statuses.add(EXPIRING)
    if eligible and not certified:
        statuses.add(ELIGIBLE)
    if not eligible:
        statuses.add(NOT_ELIGIBLE)
        if missing_one:
            statuses.add(MISSING_ONE)
    if blocked:
        statuses.add(BLOCKED)
    return frozenset(statuses)


# --- who is in the report ---------------------------------------------------------------------


def default_profile() -> QualificationProfile | None:
    """The profile a report opens on: the first active one (any one when none is active)."""
    return QualificationProfile.objects.order_by("-active", "name_kk", "pk").first()


def report_trainee_ids(
    user,
    *,
    region: Region | None = None,
    organisation: Organisation | None = None,
) -> QuerySet:
    """User ids of the trainees (users with a trainee profile) `user` may see as staff, in a
    region and a member of an organisation when given, ordered by name: one query when read.
    Read from the trainee profiles alone: as the subquery of every report statement it is one
    table to scan, not the users joined to their profiles."""
    trainees = TraineeProfile.objects.all()
    if not is_national(user):  # national staff see everyone: no subquery to join
        trainees = trainees.filter(user__in=trainees_visible_to(user).values("pk"))
    if region is not None:
        trainees = trainees.filter(region=region)
    if organisation is not None:
        # one row per trainee: a profile belongs to an organisation at most once
        trainees = trainees.filter(organisations=organisation)
    return trainees.order_by("full_name", "user_id").values_list("user_id", flat=True)


def certificate_summaries(
    profile: QualificationProfile, trainee_ids: Iterable[int], *, on: date | None = None
) -> dict[int, CertificateSummary]:
    """Per trainee, their newest current or expired certificate of `profile`, in one query."""
    found: dict[int, tuple[tuple, CertificateSummary]] = {}
    rows = Certificate.objects.filter(
        profile=profile, trainee_id__in=list(trainee_ids), status__in=SHOWN_CERTIFICATE_STATUSES
    ).values_list("pk", "trainee_id", "serial", "status", "issued_on", "expires_on")
    on = on or timezone.localdate()
    for pk, trainee_id, serial, status, issued_on, expires_on in rows:
        summary = CertificateSummary(serial, status, issued_on, expires_on)
        # a current certificate wins, the one lasting longest (as the report's "expiring" reads
        # it), then one being issued over one that ran out, then the newest
        rank = (
            summary.is_current(on),
            status != Certificate.Status.EXPIRED,
            expires_on or date.max,
            issued_on,
            pk,
        )
        if trainee_id not in found or rank > found[trainee_id][0]:
            found[trainee_id] = (rank, summary)
    return {trainee_id: summary for trainee_id, (_rank, summary) in found.items()}


def people(trainee_ids: Iterable[int]) -> dict[int, Person]:
    """Name, region and organisations of these trainees, in four queries however many: plain
    values, and each region and organisation once (an export is up to 100,000 people, and a
    model instance with its related manager per person was most of its time)."""
    profiles = TraineeProfile.objects.filter(user_id__in=list(trainee_ids))
    rows = list(profiles.values_list("pk", "user_id", "full_name", "region_id"))
    memberships = TraineeProfile.organisations.through.objects.filter(
        traineeprofile__in=profiles
    ).values_list("traineeprofile_id", "organisation_id")
    member_of: dict[int, list[int]] = {}
    for profile_id, organisation_id in memberships:
        member_of.setdefault(profile_id, []).append(organisation_id)
    organisations = {
        organisation.pk: organisation
        for organisation in Organisation.objects.filter(
            pk__in=memberships.values("organisation_id")
        )
    }
    regions = {
        region.pk: region for region in Region.objects.filter(pk__in=profiles.values("region_id"))
    }
    return {
        user_id: Person(
            full_name=full_name,
            region=regions.get(region_id),
            organisations=sorted(
                (organisations[pk] for pk in member_of.get(profile_id, ()) if pk in organisations),
                key=str,
            ),
        )
        for profile_id, user_id, full_name, region_id in rows
    }


def attach_people(rows: list[EligibilityRow]) -> list[EligibilityRow]:
    """Fill in who each row is about (a page or a batch at once)."""
    found = people(row.trainee_id for row in rows)
    for row in rows:
        row.person = found.get(row.trainee_id, Person())
    return rows


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def eligibility_rows(
    profile: QualificationProfile,
    trainee_ids: Iterable[int] | None = None,
    *,
    on: date | None = None,
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    status: str = "",
    with_people: bool = True,
    describe_missing: bool = False,
) -> Iterator[EligibilityRow]:
    """The eligibility of these trainees (every trainee when None) for `profile`, streamed in the
    order given, keeping only those matching `status` when one is given. Certificates, and
    people when asked, are loaded a batch at a time, so memory and queries stay flat."""
    on = on or timezone.localdate()
    checklists = evaluate_population(profile, trainee_ids, on=on)
    # the same batch size as the engine's: one batch of certificates per batch of facts
    for chunk in _chunks(checklists, BATCH):
        certificates = certificate_summaries(profile, (c.trainee_id for c in chunk), on=on)
        rows = []
        for checklist in chunk:
            certificate = certificates.get(checklist.trainee_id)
            missing = checklist.missing
            statuses = row_statuses(
                eligible=checklist.eligible,
                blocked=checklist.blocked,
                missing=missing,
                certificate=certificate,
                on=on,
                expiring_days=expiring_days,
            )
            if status and status not in statuses:
                continue
            rows.append(
                EligibilityRow(
                    trainee_id=checklist.trainee_id,
                    eligible=checklist.eligible,
                    blocked=checklist.blocked,
                    missing=missing,
                    statuses=statuses,
                    certificate=certificate,
                    missing_requirements=[
                        str(requirement)
                        for requirement, outcome in checklist.outcome.children
                        if not outcome.met
                    ]
                    if describe_missing
                    else [],
                )
            )
        if with_people and rows:
            attach_people(rows)
        yield from rows


def stored_statuses(
    profile: QualificationProfile, trainee_ids: QuerySet, *, on: date, expiring_days: int
) -> QuerySet:
    """The stored statuses of these trainees for `profile`, with whether each holds a current
    certificate (`certified`) and one that lasts beyond the expiring window (`lasting`): read
    live, since issuing, revoking and expiry change them without judging anyone again."""
    current = Certificate.objects.filter(profile=profile, status=Certificate.Status.VALID).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=on)
    )
    lasting = current.filter(
        Q(expires_on__isnull=True) | Q(expires_on__gt=on + timedelta(days=expiring_days))
    )
    judged = EligibilityStatus.objects.filter(evaluated_on__isnull=False)  # not marks alone
    return judged.filter(profile=profile, trainee_id__in=trainee_ids).annotate(
        # `IN (uncorrelated subquery)`, hashed once; an EXISTS looked up each status's
        # certificates (the counts at 100,004 trainees: 0.10-0.12 -> 0.08-0.09 s a profile)
        certified=ExpressionWrapper(
            Q(trainee_id__in=current.values("trainee_id")), output_field=BooleanField()
        ),
        lasting=ExpressionWrapper(
            Q(trainee_id__in=lasting.values("trainee_id")), output_field=BooleanField()
        ),
    )


#: each status filter as a condition on `stored_statuses`, by the rules of `standing_statuses`
STATUS_CONDITIONS = {
    ELIGIBLE: Q(eligible=True, certified=False),
    CERTIFIED: Q(certified=True),
    MISSING_ONE: Q(eligible=False, missing=1),
    NOT_ELIGIBLE: Q(eligible=False),
    BLOCKED: Q(blocked=True),
    EXPIRING: Q(certified=True, lasting=False),
}


@dataclass
class EligibilityReport:
    """How many trainees of the filtered population match each status, and the query of the
    matching statuses in the report's order, to be paginated (`page_rows` builds a page)."""

    statuses: QuerySet
    total: int
    counts: dict[str, int]


def eligibility_report(
    profile: QualificationProfile,
    trainee_ids: QuerySet,
    *,
    status: str = "",
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    on: date | None = None,
) -> EligibilityReport:
    """The report over the stored statuses of `trainee_ids` (a query of user ids): the counts in
    one query, the rows left to the page. Bring the statuses up to date first
    (`statuses.bring_up_to_date`); a trainee without a judged status is not counted."""
    on = on or timezone.localdate()
    stored = stored_statuses(profile, trainee_ids, on=on, expiring_days=expiring_days)
    # one row per combination of what decides a status, each subquery run once per trainee
    # (counting with a filter per status would run the certificate subqueries once per status)
    combinations = (
        stored.annotate(missing_one=ExpressionWrapper(Q(missing=1), BooleanField()))
        .values("eligible", "blocked", "missing_one", "certified", "lasting")
        .annotate(trainees=Count("pk"))
        .order_by()
    )
    counts = dict.fromkeys(STATUS_CONDITIONS, 0)
    total = 0
    for combination in combinations:
        trainees = combination.pop("trainees")
        total += trainees
        lasting = combination.pop("lasting")
        for code in standing_statuses(**combination, expiring=not lasting):
            counts[code] += trainees
    return EligibilityReport(
        # plain tuples: a whole report is 100,000 rows a profile, and a dict each took a sixth of it
        statuses=_in_report_order(stored, status).values_list(
            "trainee_id", "eligible", "blocked", "missing"
        ),
        total=total,
        counts=counts,
    )


def _in_report_order(stored: QuerySet, status: str) -> QuerySet:
    """The stored statuses matching `status` (all when empty), by the trainees' names."""
    matching = stored.filter(STATUS_CONDITIONS[status]) if status else stored
    return matching.order_by("trainee__trainee_profile__full_name", "trainee_id")


def requirement_names(profile: QualificationProfile) -> dict[int, str]:
    """The profile's top-level requirements by id, as a checklist names them (in the active
    language): what `EligibilityStatus.missing_ids` refers to."""
    return {
        requirement.pk: str(requirement)
        for requirement in Requirement.objects.filter(profile=profile, parent__isnull=True)
    }


def stored_eligibility_rows(
    profile: QualificationProfile,
    trainee_ids: QuerySet,
    *,
    on: date,
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    status: str = "",
) -> Iterator[EligibilityRow]:
    """The rows of the exports read from the stored statuses (bring them up to date first:
    `statuses.bring_up_to_date`), a batch at a time and in the report's order, each naming the
    requirements not met: what `eligibility_rows(..., describe_missing=True)` gives by judging
    the population again, which took most of a minute at 100,000 trainees."""
    names = requirement_names(profile)
    stored = stored_statuses(profile, trainee_ids, on=on, expiring_days=expiring_days)
    statuses = _in_report_order(stored, status).values_list(
        "trainee_id", "eligible", "blocked", "missing", "missing_ids"
    )
    for chunk in _chunks(statuses.iterator(chunk_size=BATCH), BATCH):
        yield from page_rows(
            profile, chunk, on=on, expiring_days=expiring_days, requirement_names=names
        )


def page_rows(
    profile: QualificationProfile,
    statuses: Iterable[tuple],
    *,
    on: date,
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    requirement_names: dict[int, str] | None = None,
) -> list[EligibilityRow]:
    """The rows of one page of `EligibilityReport.statuses`, with their certificates and people
    (three queries for the page). For the exports each status carries a fifth item, the ids of
    the requirements not met, named from `requirement_names`."""
    statuses = list(statuses)
    certificates = certificate_summaries(profile, (stored[0] for stored in statuses), on=on)
    names = requirement_names or {}
    rows = []
    for trainee_id, eligible, blocked, missing, *exported in statuses:
        certificate = certificates.get(trainee_id)
        missing_ids = exported[0] if exported else ()
        rows.append(
            EligibilityRow(
                trainee_id=trainee_id,
                eligible=eligible,
                blocked=blocked,
                missing=missing,
                statuses=row_statuses(
                    eligible=eligible,
                    blocked=blocked,
                    missing=missing,
                    certificate=certificate,
                    on=on,
                    expiring_days=expiring_days,
                ),
                certificate=certificate,
                missing_requirements=[names[pk] for pk in missing_ids if pk in names],
            )
        )
    return attach_people(rows)


# --- holders ----------------------------------------------------------------------------------


HOLDER_FIELDS = (
    "pk",
    "trainee_id",
    "trainee__username",
    "trainee__trainee_profile__full_name",
    "trainee__trainee_profile__region_id",
    "serial",
    "issued_on",
    "expires_on",
)


def current_holders(
    user,
    profile: QualificationProfile,
    *,
    region: Region | None = None,
    organisation: Organisation | None = None,
    on: date | None = None,
) -> QuerySet[dict]:
    """Certificates of `profile` valid and not expired on `on`, of the trainees `user` may see,
    as plain rows ordered by the holder's name, in one query."""
    on = on or timezone.localdate()
    return (
        Certificate.objects.filter(
            profile=profile,
            status=Certificate.Status.VALID,
            trainee_id__in=report_trainee_ids(user, region=region, organisation=organisation),
        )
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=on))
        .order_by("trainee__trainee_profile__full_name", "serial", "pk")
        .values(*HOLDER_FIELDS)
    )


@dataclass(slots=True)
class HolderRow:
    """One holder as the register of mediators wants them."""

    trainee_id: int
    full_name: str
    region: Region | None
    serial: str
    issued_on: date
    expires_on: date | None
    register_entries: list[RegisterEntry] = field(default_factory=list)

    @property
    def register_numbers(self) -> str:
        return "; ".join(str(entry) for entry in self.register_entries)


def holder_rows(rows: Iterable[dict]) -> Iterator[HolderRow]:
    """Rows of `current_holders` with their regions and register entries, loaded a batch (or
    a page) at a time."""
    regions: dict[int, Region] | None = None
    for chunk in _chunks(rows, BATCH):
        if regions is None:
            regions = Region.objects.in_bulk()
        entries: dict[int, list[RegisterEntry]] = {}
        for entry in RegisterEntry.objects.filter(
            trainee_id__in={row["trainee_id"] for row in chunk}, removed_on__isnull=True
        ).order_by("register", "entered_on", "pk"):
            entries.setdefault(entry.trainee_id, []).append(entry)
        for row in chunk:
            yield HolderRow(
                trainee_id=row["trainee_id"],
                full_name=row["trainee__trainee_profile__full_name"] or row["trainee__username"],
                region=regions.get(row["trainee__trainee_profile__region_id"]),
                serial=row["serial"],
                issued_on=row["issued_on"],
                expires_on=row["expires_on"],
                register_entries=entries.get(row["trainee_id"], []),
            )


# --- exports ----------------------------------------------------------------------------------

#: the columns of the eligibility export (the IIN is personal and stays out)
ELIGIBILITY_COLUMNS = (
    ("trainee_id", _("Trainee id")),
    ("full_name", _("Full name")),
    ("region", _("Region")),
    ("organisations", _("Organisations")),
    ("status", _("Status")),
    ("missing", _("Requirements not met")),
    ("serial", _("Certificate")),
    ("expires_on", _("Expires on")),
)

HOLDER_COLUMNS = (
    ("full_name", _("Full name")),
    ("region", _("Region")),
    ("serial", _("Certificate")),
    ("issued_on", _("Issued on")),
    ("expires_on", _("Expires on")),
    ("register", _("Register entry")),
)


def eligibility_record(row: EligibilityRow) -> list[Any]:
    """A row of the eligibility export, in the order of `ELIGIBILITY_COLUMNS`."""
    person = row.person or Person()
    certificate = row.certificate
    return [
        row.trainee_id,
        person.full_name,
        str(person.region) if person.region else "",
        person.organisation_names,
        row.status_label,
        "; ".join(row.missing_requirements),
        certificate.serial if certificate else "",
        certificate.expires_on if certificate else None,
    ]


def holder_record(row: HolderRow) -> list[Any]:
    """A row of the register export, in the order of `HOLDER_COLUMNS`."""
    return [
        row.full_name,
        str(row.region) if row.region else "",
        row.serial,
        row.issued_on,
        row.expires_on,
        row.register_numbers,
    ]


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return exports.safe_csv_text(value)
    return str(value)


def stream_csv(columns, records: Iterable[list[Any]]) -> Iterator[str]:
    """CSV lines for a streamed response, headings included, made as they are read (in the
    language of the request that asked: `exports.csv_response`)."""
    headings = [str(heading) for _key, heading in columns]
    rows = ([_csv_cell(value) for value in record] for record in records)
    yield from exports.csv_lines(headings, rows)


def xlsx_chunks(columns, records: Iterable[list[Any]], *, title: str) -> Iterator[bytes]:
    """A one-sheet workbook of `records`, written as it streams: dates stay dates, text that
    looks like a formula stays text."""
    return exports.xlsx_chunks([heading for _key, heading in columns], records, title=title)
