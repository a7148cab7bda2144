"""Training statistics by region or by organisation, the figures a national or regional office
watches: how many trainees, who enrolled in and who completed a course in a year, the academic
hours attended, the certificates issued, and who holds each qualification today.

Within the viewer's scope (`reports.report_trainee_ids`), in a fixed number of queries whatever
the population: one aggregate per figure grouped in the database, and one more per figure for
the total, since a trainee of two organisations counts in each but once in the total."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Min, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.models import Attendance, Enrolment, Organisation, Region, TraineeProfile

from . import reports
from .models import Certificate, QualificationProfile

# what the rows are: the trainee profile's field each grouping reads
GROUPINGS = {"region": "region", "organisation": "organisations"}
GROUPING_CHOICES = [("region", _("By region")), ("organisation", _("By organisation"))]
# from an enrolment, an attendance mark or a certificate to its trainee's profile
TO_PROFILE = "trainee__trainee_profile__"
# the Kazakh Cyrillic alphabet in its order (Russian's is the same without the Kazakh letters):
# in code-point order Ә, Қ, Ұ... would come after Я
ALPHABET = {
    letter: place for place, letter in enumerate("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")
}


@dataclass(slots=True)
class StatisticsRow:
    """The figures of one region or organisation (or of none, or of everyone: the total)."""

    label: str
    trainees: int = 0
    enrolled: int = 0
    completed: int = 0
    hours: Decimal = Decimal(0)
    issued: int = 0
    holders: dict[int, int] = field(default_factory=dict)  # a profile's id: its holders


@dataclass(slots=True)
class Statistics:
    by: str
    year: int | None  # None: all years
    on: date  # the day "holders" are counted on
    profiles: list[QualificationProfile]
    rows: list[StatisticsRow]
    total: StatisticsRow


def first_year() -> int:
    """The year of the first enrolment (this year when there is none): where the years a
    report may ask for begin."""
    first = Enrolment.objects.aggregate(first=Min("enrolled_at"))["first"]
    return timezone.localtime(first).year if first else timezone.localdate().year


def for_viewer(
    user, *, by: str = "region", year: int | None = None, on: date | None = None
) -> Statistics:
    """The figures of the trainees `user` may see, a row per region (or per organisation),
    for `year` (None: all years), holders counted on `on` (today)."""
    on = on or timezone.localdate()
    group = GROUPINGS[by]
    visible = reports.report_trainee_ids(user).order_by()
    profiles = list(QualificationProfile.objects.filter(active=True).order_by("name_kk", "pk"))
    in_year = (lambda name: Q(**{f"{name}__year": year})) if year else (lambda name: Q())

    enrolments = Enrolment.objects.filter(trainee__in=visible)
    issued = Certificate.objects.filter(trainee__in=visible).exclude(
        status=Certificate.Status.ISSUING
    )
    holding = Certificate.objects.filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=on),
        trainee__in=visible,
        status=Certificate.Status.VALID,
        profile__in=profiles,
    )
    figures = {  # name: (rows, the path to the trainee's profile, the aggregate)
        "trainees": (TraineeProfile.objects.filter(user__in=visible), "", Count("pk")),
        "enrolled": (
            enrolments.filter(in_year("enrolled_at")),
            TO_PROFILE,
            Count("trainee", distinct=True),
        ),
        "completed": (
            enrolments.filter(in_year("completed_on"), completed_on__isnull=False),
            TO_PROFILE,
            Count("pk"),
        ),
        "hours": (
            Attendance.objects.filter(in_year("session__date"), trainee__in=visible, present=True),
            TO_PROFILE,
            Sum("hours"),
        ),
        "issued": (issued.filter(in_year("issued_on")), TO_PROFILE, Count("pk")),
    }
    rows: dict[int | None, StatisticsRow] = {}
    total = StatisticsRow(label=str(_("All trainees")))
    for name, (queryset, path, aggregate) in figures.items():
        for key, value in _grouped(queryset, path + group, aggregate):
            setattr(rows.setdefault(key, StatisticsRow(label="")), name, value or 0)
        setattr(total, name, queryset.aggregate(value=aggregate)["value"] or 0)
    for key, profile_id, value in _grouped(
        holding, TO_PROFILE + group, Count("trainee", distinct=True), "profile"
    ):
        rows.setdefault(key, StatisticsRow(label="")).holders[profile_id] = value
    total.holders = dict(
        holding.values_list("profile").annotate(n=Count("trainee", distinct=True)).order_by()
    )
    _label(rows, by)
    return Statistics(
        by=by,
        year=year,
        on=on,
        profiles=profiles,
        # in the alphabet's order, the row of those with none last
        rows=[
            row
            for _key, row in sorted(
                rows.items(), key=lambda item: (item[0] is None, alphabetical(item[1].label))
            )
        ],
        total=total,
    )


def alphabetical(name: str) -> list[int]:
    """A sort key that puts Kazakh and Russian names in alphabetical order (Latin ones after,
    in their own order)."""
    return [ALPHABET.get(letter, len(ALPHABET) + ord(letter)) for letter in name.casefold()]


def _grouped(queryset: QuerySet, key: str, aggregate, *more: str):
    """(key, *more, value) for each group of `queryset`, one query."""
    return queryset.values_list(key, *more).annotate(value=aggregate).order_by()


def _label(rows: dict[int | None, StatisticsRow], by: str) -> None:
    """Each row named in the reader's language (one query); the row of none says so."""
    model = Region if by == "region" else Organisation
    names = {item.pk: item.name for item in model.objects.filter(pk__in=[k for k in rows if k])}
    for key, row in rows.items():
        if key is None:
            row.label = str(_("No region") if by == "region" else _("No organisation"))
        else:
            row.label = names[key]


def columns(statistics: Statistics) -> list[tuple[str, str]]:
    """The headings of the table and of its exports (the year is in the caption and in the
    file's name)."""
    return [
        ("label", str(_("Region") if statistics.by == "region" else _("Organisation"))),
        ("trainees", str(_("Trainees"))),
        ("enrolled", str(_("Enrolled in a course"))),
        ("completed", str(_("Courses completed"))),
        ("hours", str(_("Academic hours attended"))),
        ("issued", str(_("Certificates issued"))),
        *(
            (f"holders-{profile.pk}", str(_("Holders: %(name)s") % {"name": profile.name}))
            for profile in statistics.profiles
        ),
    ]


def records(statistics: Statistics) -> list[list]:
    """The rows, the total last, as the exports write them."""
    return [
        [
            row.label,
            row.trainees,
            row.enrolled,
            row.completed,
            Decimal(row.hours).quantize(Decimal("0.1")),  # as each database sums them alike
            row.issued,
            *(row.holders.get(profile.pk, 0) for profile in statistics.profiles),
        ]
        for row in [*statistics.rows, statistics.total]
    ]
