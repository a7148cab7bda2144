"""Stored eligibility statuses (`EligibilityStatus`): the engine writes them, changes to a
trainee's facts mark them stale, and the eligibility report reads them.

A status is current when it was judged for today and nothing changed since. Everything is judged
again every night (dates move: a document runs out, a course falls out of its window); between
nights, whatever a trainee does (attendance, a graded attempt, a completed course, a document, a
certificate...) marks their statuses stale, and the next report page that covers them judges
them again: up to one batch in the request itself, more in a worker.

A judgment must not hide a change it did not see: each mark bumps the status's `marks`, a batch
reads them before loading its facts, and a status is stored only if its `marks` are still what was
read (else it stays stale, to be judged again). A trainee never judged has no status to mark: the
mark makes one, stale and never judged (`evaluated_on` empty), to hold it. Likewise a requirement
that changes bumps its profile's `revision`, and a refresh that compiled an older one stores
nothing for that profile.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections, router, transaction
from django.db.models import Count, F, QuerySet
from django.utils import timezone

from lms.models import TraineeProfile

from .eligibility import BATCH, all_trainee_ids, evaluate_profiles
from .models import EligibilityStatus, QualificationProfile

#: a report page judges at most this many outdated trainees itself; more go to a worker
INLINE_LIMIT = BATCH
#: only one full refresh is queued at a time; this long at most, should a worker die with it
REFRESH_LOCK = "certificates:refresh-eligibility"
REFRESH_LOCK_SECONDS = 60 * 60

#: what a refresh writes over a stored status (`marks` is only ever bumped, by the marks)
STORED_FIELDS = ["eligible", "blocked", "missing", "missing_ids", "evaluated_on", "stale"]
#: a judged status as the refresh holds it until stored: a tuple of these fields, in this order
#: (a model instance each was a tenth of the refresh)
ROW_FIELDS = ["trainee", "profile", *STORED_FIELDS, "marks"]
#: the only fields whose values the database adapters need converted first
CONVERTED_TYPES = {"JSONField", "DateField"}


def refresh_statuses(
    trainee_ids: Iterable[int] | None = None,
    profiles: Sequence[QualificationProfile] | None = None,
    *,
    on: date | None = None,
) -> int:
    """Judge these trainees (everyone when None) against these profiles (every profile when
    None) and store the results, a batch at a time; returns how many trainees were judged."""
    on = on or timezone.localdate()
    if profiles is None:
        profiles = list(QualificationProfile.objects.order_by("pk"))
    if not profiles:
        return 0
    # read with the profiles, before their requirements are compiled
    compiled = {profile.pk: profile.revision for profile in profiles}
    judged = 0
    rows: dict[int, list[tuple]] = {profile.pk: [] for profile in profiles}
    marks: dict[tuple[int, int], int] = {}

    def read_marks(batch: list[int]) -> None:
        # before the batch's facts are loaded: a mark made after this is a change they may miss
        marks.clear()
        for trainee_id, profile_id, count in EligibilityStatus.objects.filter(
            trainee_id__in=batch
        ).values_list("trainee_id", "profile_id", "marks"):
            marks[trainee_id, profile_id] = count

    for trainee_id, checklists in evaluate_profiles(
        profiles, trainee_ids, on=on, before_load=read_marks
    ):
        judged += 1
        for checklist in checklists:
            profile_id = checklist.profile.pk
            missing_ids = [
                requirement.pk
                for requirement, outcome in checklist.outcome.children
                if not outcome.met
            ]
            rows[profile_id].append(
                (
                    trainee_id,
                    profile_id,
                    checklist.eligible,
                    checklist.blocked,
                    len(missing_ids),
                    missing_ids,
                    on,
                    False,
                    marks.get((trainee_id, profile_id), 0),
                )
            )
        if judged % BATCH == 0:
            _store(rows, compiled)
    _store(rows, compiled)
    return judged


def _store(rows: dict[int, list[tuple]], compiled: dict[int, int]) -> None:
    """Upsert what was judged, one statement per profile (a batch of trainees each), and empty
    the lists for the next batch. A profile whose requirements changed since they were compiled
    (`compiled`: its revision then) stores nothing: its statuses were marked stale. One
    transaction, holding the profiles' revisions (`_locked_revisions`) until it commits."""
    pending = [pk for pk, profile_rows in rows.items() if profile_rows]
    if not pending:
        return
    with transaction.atomic(using=router.db_for_write(EligibilityStatus)):
        revisions = _locked_revisions(pending)
        for profile_id in pending:
            if revisions.get(profile_id) == compiled[profile_id]:
                _upsert(rows[profile_id])
    for profile_id in pending:
        rows[profile_id].clear()


def _locked_revisions(profile_ids: list[int]) -> dict[int, int]:
    """These profiles' revisions, and on PostgreSQL a share lock on their rows until the
    statuses are stored: a requirement change bumps the revision first, so it either committed
    before this read (and nothing is stored) or waits until the statuses are, and then marks
    them stale. Refreshes share the lock. SQLite has no row locks: there a requirement change
    committed between the read and the writes makes them fail ("database is locked")."""
    revisions = QualificationProfile.objects.filter(pk__in=profile_ids).values_list(
        "pk", "revision"
    )
    connection = connections[revisions.db]
    if connection.vendor != "postgresql":
        return dict(revisions)
    sql, params = revisions.order_by("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} FOR SHARE", params)
        return dict(cursor.fetchall())


def _upsert(rows: list[tuple]) -> None:
    """Insert these statuses (tuples of `ROW_FIELDS`), or write them over the stored ones whose
    `marks` are still those the judgment read: a status marked since keeps its mark (and its old
    result) for the next refresh. `bulk_create(update_conflicts=True)` cannot make the update
    conditional, hence the statement as text, sent as bulk_create sends it: on PostgreSQL one
    array a column (UNNEST), the same statement for any number of rows; elsewhere rows of
    values."""
    meta = EligibilityStatus._meta
    connection = connections[router.db_for_write(EligibilityStatus)]
    quote = connection.ops.quote_name
    fields = [meta.get_field(name) for name in ROW_FIELDS]
    table = quote(meta.db_table)
    marks = quote(meta.get_field("marks").column)
    upsert = (
        f"INSERT INTO {table} ({', '.join(quote(field.column) for field in fields)}) {{rows}} "
        f"ON CONFLICT ({quote(meta.get_field('trainee').column)}, "
        f"{quote(meta.get_field('profile').column)}) DO UPDATE SET "
        + ", ".join(
            f"{quote(column)} = excluded.{quote(column)}"
            for column in (meta.get_field(name).column for name in STORED_FIELDS)
        )
        + f" WHERE {table}.{marks} = excluded.{marks}"
    )

    columns = [
        [field.get_db_prep_save(value, connection) for value in column]
        if field.get_internal_type() in CONVERTED_TYPES
        else list(column)
        for field, column in zip(fields, zip(*rows, strict=True), strict=True)
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            arrays = ", ".join(f"%s::{field.db_type(connection)}[]" for field in fields)
            cursor.execute(upsert.format(rows=f"SELECT * FROM UNNEST({arrays})"), columns)
            return
        per_statement = (connection.features.max_query_params or 999) // len(fields)
        row_sql = f"({', '.join(['%s'] * len(fields))})"
        values = [value for row in zip(*columns, strict=True) for value in row]
        for start in range(0, len(rows), per_statement):
            count = min(per_statement, len(rows) - start)
            cursor.execute(
                upsert.format(rows=f"VALUES {', '.join([row_sql] * count)}"),
                values[start * len(fields) : (start + count) * len(fields)],
            )


def outdated_trainee_ids(
    trainee_ids: QuerySet, profile: QualificationProfile | None = None, *, on: date
) -> QuerySet:
    """Those of `trainee_ids` (a query of user ids) whose status for `profile` (for any profile
    when None) is missing, stale or judged before `on`: their ids, in order."""
    current = EligibilityStatus.objects.filter(stale=False, evaluated_on=on)
    trainee_ids = get_user_model().objects.filter(pk__in=trainee_ids).values_list("pk", flat=True)
    if profile is not None:
        return trainee_ids.exclude(
            pk__in=current.filter(profile=profile).values("trainee_id")
        ).order_by("pk")
    # current for every profile: as many current rows as there are profiles
    complete = (
        current.values("trainee_id")
        .order_by()
        .annotate(rows=Count("pk"))
        .filter(rows=QualificationProfile.objects.count())
        .values("trainee_id")
    )
    return trainee_ids.exclude(pk__in=complete).order_by("pk")


def bring_up_to_date(
    trainee_ids: QuerySet, profile: QualificationProfile, *, on: date | None = None
) -> int:
    """Make the statuses of these trainees for `profile` current before a report reads them:
    up to `INLINE_LIMIT` are judged here (against every profile: the facts are the same), more
    are handed to a worker. Returns how many are still being judged (0 when all are current)."""
    on = on or timezone.localdate()
    outdated = list(
        outdated_trainee_ids(trainee_ids, profile, on=on).values_list("pk", flat=True)[
            : INLINE_LIMIT + 1
        ]
    )
    if not outdated:
        return 0
    if len(outdated) <= INLINE_LIMIT:
        refresh_statuses(outdated, on=on)
        return 0
    queue_refresh()
    return outdated_trainee_ids(trainee_ids, profile, on=on).count()


def queue_refresh() -> bool:
    """Ask a worker to judge everyone outdated, unless such a refresh is already queued."""
    from . import tasks

    if not cache.add(REFRESH_LOCK, True, REFRESH_LOCK_SECONDS):
        return False
    tasks.refresh_eligibility.delay(only_outdated=True)
    return True


def refresh_everyone(*, only_outdated: bool = False, on: date | None = None) -> int:
    """The nightly job (and the worker's side of `queue_refresh`): judge every trainee, or only
    those with an outdated status, against every profile; returns how many were judged."""
    on = on or timezone.localdate()
    try:
        if not only_outdated:
            return refresh_statuses(all_trainee_ids(), on=on)
        trainees = (
            get_user_model()
            .objects.filter(trainee_profile__isnull=False)
            .values_list("pk", flat=True)
        )
        judged = 0
        # a batch at a time, asking again each time: whoever turns stale meanwhile is included
        for _round in range(trainees.count() // BATCH + 2):
            batch = list(outdated_trainee_ids(trainees, on=on).values_list("pk", flat=True)[:BATCH])
            if not batch:
                break
            judged += refresh_statuses(batch, on=on)
        return judged
    finally:
        cache.delete(REFRESH_LOCK)


def mark_stale(trainee_ids: Iterable[int]) -> int:
    """Facts of these trainees changed: their statuses need judging again. Marked even when
    already stale: a refresh judging them now read the facts before this change. A trainee not
    judged yet gets a status that only holds the mark (never judged: no `evaluated_on`, left out
    of the reports), or a first refresh that read their facts before this change would store
    its judgment as current. One statement (an upsert), as the mark was one UPDATE before."""
    ids = sorted({pk for pk in trainee_ids if pk is not None})
    if not ids:
        return 0
    status, trainee, profile = (
        EligibilityStatus._meta,
        TraineeProfile._meta,
        QualificationProfile._meta,
    )
    connection = connections[router.db_for_write(EligibilityStatus)]
    quote = connection.ops.quote_name

    def column(meta, name: str) -> str:
        return quote(meta.get_field(name).column)

    table, user, marks = quote(status.db_table), column(trainee, "user"), column(status, "marks")
    inserted = ["trainee", "profile", "eligible", "blocked", "missing", "missing_ids", "stale"]
    upsert = (
        f"INSERT INTO {table} ({', '.join(column(status, name) for name in inserted)}, {marks}) "
        f"SELECT t.{user}, p.{column(profile, 'id')}, %s, %s, 0, %s, %s, 1 "
        f"FROM {quote(trainee.db_table)} t CROSS JOIN {quote(profile.db_table)} p "
        f"WHERE t.{user} IN ({', '.join(['%s'] * len(ids))}) "
        f"ON CONFLICT ({column(status, 'trainee')}, {column(status, 'profile')}) "
        f"DO UPDATE SET {column(status, 'stale')} = %s, {marks} = {table}.{marks} + 1"
    )
    no_ids = status.get_field("missing_ids").get_db_prep_save([], connection)
    with connection.cursor() as cursor:
        cursor.execute(upsert, [False, False, no_ids, True, *ids, True])
        return cursor.rowcount


def mark_profile_stale(profile_id: int) -> int:
    """A profile's requirements changed: everyone's status for it needs judging again, and a
    refresh running on the older requirements must not store what it judged (`revision`). The
    revision first: once bumped, a refresh storing meanwhile has committed (`_locked_revisions`)."""
    with transaction.atomic(using=router.db_for_write(EligibilityStatus)):
        QualificationProfile.objects.filter(pk=profile_id).update(revision=F("revision") + 1)
        return EligibilityStatus.objects.filter(profile_id=profile_id, stale=False).update(
            stale=True
        )
