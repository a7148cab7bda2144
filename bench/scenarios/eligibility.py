"""Scenario 3, the eligibility report: every default qualification profile evaluated over the whole
population and stored, as the nightly refresh does it (the report reads the stored statuses), at
two population sizes, against one hand-written SQL aggregate over the same tables.

The refresh path is measured, not the engine alone: `certificates.statuses.refresh_statuses`
loads each batch's facts once, judges every profile on them and upserts the statuses. Both sizes
are evaluated on the large seed (part of its trainees, then all of them) so that this scenario
needs no seed of its own after `queries`; the smaller population is the first trainees in the
report's own order (by name), so it is spread over every region.
"""

from __future__ import annotations

import gc
import math
import time
import tracemalloc

from ..context import RESULTS
from ._support import QueryCounter, RssSampler, mib, phase_shares, seed_large, use_django

#: trainees evaluated: (smaller, larger); the larger is the whole large seed
POPULATIONS = {"quick": (2_000, 5_000), "full": (10_000, 100_000)}
#: "no worse than linear": the time ratio may exceed the size ratio by this much
LINEAR_SLACK = 1.1
#: memory "does not grow with the population"
MEMORY_LIMIT = 1.5
#: the full report against the bare aggregate
BASELINE_LIMIT = 3.0
#: pyinstrument's profile of the export, next to the results
PROFILE_FILE = "eligibility_profile.html"


def run(ctx) -> dict:
    seed_large(ctx)  # the seed `queries` left, unless this scenario runs alone
    use_django(ctx)

    from django.contrib.auth import get_user_model

    from certificates.models import QualificationProfile

    admin = get_user_model().objects.get(username="admin")
    profiles = list(QualificationProfile.objects.filter(is_default=True).order_by("pk"))
    smaller, _larger = POPULATIONS["quick" if ctx.quick else "full"]
    measured = []
    for limit in (smaller, None):
        ctx.say(f"eligibility: {limit or 'every'} trainees, {len(profiles)} profiles")
        # profiled at the smaller size only: the shares do not depend on the size
        profile_to = RESULTS / PROFILE_FILE if limit else None
        measured.append(measure(ctx, admin, profiles, limit, profile_to=profile_to))
    return result(ctx, profiles, *measured)


# --- one population ---------------------------------------------------------------------------


def trainee_ids(admin, limit: int | None):
    """The ids the report's export streams for a national administrator (every trainee, by
    name), the first `limit` of them when given."""
    from certificates import reports

    ids = reports.report_trainee_ids(admin)
    return ids[:limit] if limit else ids


def export(profiles, ids, *, on) -> tuple[int, int]:
    """Every profile judged for these trainees and stored, as the nightly refresh does it;
    (trainees, status rows)."""
    from certificates import statuses
    from certificates.reports import BATCH

    judged = statuses.refresh_statuses(ids.iterator(chunk_size=BATCH), profiles, on=on)
    return judged, judged * len(profiles)


def served(profiles, ids, *, on) -> int:
    """The whole report of every profile as the admin page serves it from the stored statuses:
    the counts of each status and every row in the report's order (not only the first page);
    the number of rows read."""
    from certificates import reports

    rows = 0
    for profile in profiles:
        report = reports.eligibility_report(profile, ids, on=on)
        rows += sum(1 for _row in report.statuses.iterator(chunk_size=reports.BATCH))
    return rows


def run_served(profiles, ids, *, on) -> tuple[float, int]:
    """`served`, the faster of two runs (as the baseline)."""
    best, rows = math.inf, 0
    for _ in range(2):
        started = time.perf_counter()
        rows = served(profiles, ids, on=on)
        best = min(best, time.perf_counter() - started)
    return best, rows


def baseline_sql(ids_sql: str | None, ids_params) -> str:
    """One aggregate over the same tables: academic hours attended and exams passed per trainee,
    for every trainee (or those of a subquery)."""
    from assessments.models import Attempt
    from lms.models import Attendance, TraineeProfile

    where = f"WHERE p.user_id IN ({ids_sql})" if ids_sql else ""
    return f"""
        WITH hours AS (
            SELECT trainee_id, SUM(hours) AS hours
            FROM {Attendance._meta.db_table} WHERE present GROUP BY trainee_id
        ), passed AS (
            SELECT trainee_id, COUNT(DISTINCT quiz_key) AS exams
            FROM {Attempt._meta.db_table} WHERE passed GROUP BY trainee_id
        )
        SELECT p.user_id, COALESCE(h.hours, 0), COALESCE(x.exams, 0)
        FROM {TraineeProfile._meta.db_table} p
        LEFT JOIN hours h ON h.trainee_id = p.user_id
        LEFT JOIN passed x ON x.trainee_id = p.user_id
        {where}
    """


def csv_export(profile, ids, *, on, stored: bool) -> tuple[float, int]:
    """The report's CSV export of one profile as an administrator downloads it (every row, the
    requirements not met named), read from the stored statuses or (`stored=False`: before,
    and still while a worker judges) judged again; (seconds, lines)."""
    from certificates import reports

    started = time.perf_counter()
    if stored:
        rows = reports.stored_eligibility_rows(profile, ids, on=on)
    else:
        rows = reports.eligibility_rows(
            profile, ids.iterator(chunk_size=reports.BATCH), on=on, describe_missing=True
        )
    records = (reports.eligibility_record(row) for row in rows)
    lines = sum(1 for _line in reports.stream_csv(reports.ELIGIBILITY_COLUMNS, records))
    return time.perf_counter() - started, lines


def xlsx_export(profile, ids, *, on) -> tuple[float, float, int]:
    """The same rows, from the stored statuses, as the XLSX an administrator downloads, read to
    the end as the server sends it; (seconds to its first byte, seconds in all, bytes)."""
    from certificates import reports
    from lms import exports

    started = time.perf_counter()
    records = (
        reports.eligibility_record(row)
        for row in reports.stored_eligibility_rows(profile, ids, on=on)
    )
    response = exports.xlsx_response(
        reports.xlsx_chunks(reports.ELIGIBILITY_COLUMNS, records, title=profile.slug),
        filename="bench.xlsx",
    )
    first_byte, size = None, 0
    for chunk in response.streaming_content:
        if chunk and first_byte is None:
            first_byte = time.perf_counter() - started
        size += len(chunk)
    return first_byte or 0.0, time.perf_counter() - started, size


def run_baseline(ids) -> tuple[float, int]:
    """The aggregate, fetched in full: the faster of two runs (the first warms the cache the
    report has warmed already)."""
    from django.db import connection

    ids_sql, ids_params = (None, ())
    if ids.query.high_mark is not None:
        ids_sql, ids_params = ids.query.sql_with_params()
    sql = baseline_sql(ids_sql, ids_params)
    best, count = math.inf, 0
    for _ in range(2):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, ids_params)
            count = len(cursor.fetchall())
        best = min(best, time.perf_counter() - started)
    return best, count


def measure(ctx, admin, profiles, limit: int | None, *, profile_to=None) -> dict:
    import psutil
    from django.db import connection
    from django.utils import timezone

    from certificates.reports import BATCH

    on = timezone.localdate()
    ids = trainee_ids(admin, limit)
    population = ids.count()

    # the fixed part: compiling each profile and opening the stream of ids, for nobody (counted
    # the second time, once content types and the like are cached as in the timed run)
    for _warm in range(2):
        fixed = QueryCounter(connection)
        with fixed.counting():
            export(profiles, trainee_ids(admin, None).filter(pk__lt=0), on=on)

    # the timed run: wall time, queries and resident memory, nothing else switched on
    gc.collect()
    counter = QueryCounter(connection)
    with counter.counting(), RssSampler([psutil.Process()], interval=0.1) as rss:
        started = time.perf_counter()
        rows, size = export(profiles, ids, on=on)
        seconds = time.perf_counter() - started
    me = psutil.Process().pid
    rss_growth = rss.peak_rss[me] - rss.start_rss[me]

    # the peak of what the refresh holds at once, in an untimed run under tracemalloc (which
    # slows Python down several times)
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    export(profiles, ids, on=on)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    baseline_seconds, baseline_rows = run_baseline(ids)
    served_seconds, served_rows = run_served(profiles, ids, on=on)
    export_stored, export_lines = csv_export(profiles[0], ids, on=on, stored=True)
    export_live, _lines = csv_export(profiles[0], ids, on=on, stored=False)
    xlsx_first_byte, xlsx_seconds, xlsx_bytes = xlsx_export(profiles[0], ids, on=on)
    breakdown = profile_export(profiles, ids, on=on, html=profile_to) if profile_to else {}
    batches = math.ceil(population / BATCH)
    per_batch = (counter.total - fixed.total) / batches if batches else 0
    ctx.say(
        f"eligibility: {population} trainees in {seconds:.1f} s ({counter.total} queries), "
        f"aggregate {baseline_seconds:.2f} s, tracemalloc peak {mib(peak)} MiB"
    )
    return {
        "population": population,
        "rows": rows,
        "status_rows": size,
        "seconds": seconds,
        "queries": counter.total,
        "fixed_queries": fixed.total,
        "batches": batches,
        "per_batch": per_batch,
        "shapes": len(counter.shapes),
        "peak": peak,
        "rss_growth": rss_growth,
        "baseline_seconds": baseline_seconds,
        "baseline_rows": baseline_rows,
        "served_seconds": served_seconds,
        "served_rows": served_rows,
        "export_stored_seconds": export_stored,
        "export_live_seconds": export_live,
        "export_lines": export_lines,
        "xlsx_first_byte_seconds": xlsx_first_byte,
        "xlsx_seconds": xlsx_seconds,
        "xlsx_bytes": xlsx_bytes,
        "breakdown": breakdown,
    }


#: where the refresh's time goes: (label, function names whose time it is)
PHASES = [
    ("loading the facts (load_facts)", {"load_facts"}),
    ("judging the requirements (CompiledProfile.judge)", {"judge"}),
    ("storing the statuses (bulk upsert)", {"_store"}),
    ("reading the statuses' marks (before each batch's facts)", {"read_marks"}),
]


def profile_export(profiles, ids, *, on, html) -> dict[str, float]:
    """The refresh once more under pyinstrument: its HTML profile written to `html`, and the
    share of the time of each phase."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    export(profiles, ids, on=on)
    profiler.stop()
    html.parent.mkdir(parents=True, exist_ok=True)
    html.write_text(profiler.output_html())
    return phase_shares(profiler, PHASES)


# --- the result -------------------------------------------------------------------------------


def breakdown_note(measured: dict) -> str:
    shares = measured.get("breakdown") or {}
    if not shares:
        return ""
    listed = "; ".join(f"{label} {share:.0%}" for label, share in shares.items())
    return (
        f"Where the refresh's time goes (pyinstrument, {measured['population']:,} trainees, "
        f"every profile; profile in `{PROFILE_FILE}`): {listed}; the rest is the stream of "
        "ids, compiling the profiles and the generators in between."
    )


def baseline_note(met: bool, measured: dict, large: dict) -> str:
    """Why the population evaluation is slower than the aggregate, when it is (`measured` has
    the time's breakdown, `large` the timings the goal compares)."""
    if met:
        return ""
    shares = measured.get("breakdown") or {}
    load, judge = shares.get(PHASES[0][0]), shares.get(PHASES[1][0])
    store = shares.get(PHASES[2][0])
    spent = (
        f" (loading the facts {load:.0%}, judging {judge:.0%} of the time)"
        if load is not None and judge is not None
        else ""
    )
    floor = ""
    if store is not None and large.get("baseline_seconds"):
        stored = store * large["seconds"]
        floor = (
            f" Storing the statuses alone is {store:.0%} of the refresh, about {stored:.0f} s at "
            f"{large['population']:,} trainees, {stored / large['baseline_seconds']:.0f}× the "
            "aggregate by itself: while a status is stored per trainee and profile, no speed of "
            "loading or judging brings the refresh within 3× of an aggregate that stores nothing."
        )
    return (
        "Why the evaluation misses the aggregate: the aggregate adds two columns up inside "
        "PostgreSQL and sends one short row per trainee; the evaluation brings every fact of "
        "every trainee into Python (attendance per course and day, every graded attempt, "
        "practice, documents, flags, registers, elections, certificates) and judges every "
        "requirement of every profile with its explanation, then stores a status per trainee "
        f"and profile{spent}. That work is why the report no longer runs it per page: it runs "
        "nightly and for whoever changed, and the page reads the stored statuses (the goal "
        "above). Closing the rest would take judging the simple requirement types (hours, "
        f"courses, quizzes passed, documents, flags) in SQL and Python only for the others.{floor}"
    )


#: before → after, measured on this machine (quick sizes) when the fix went in
GUARD_NOTE = (
    "Changed after the full run of 2026-11-26 14:03: a status was stored as current even when "
    "the trainee's facts or the profile's requirements changed while the refresh was judging "
    "them (the change stayed hidden until the next night). Now each mark bumps the status's "
    "`marks` and each requirement change its profile's `revision`; a batch reads the marks "
    "before its facts and the revisions before storing, and the upsert writes only where both "
    "are unchanged: 2 more queries a batch (16 → 18), the same statement whatever the batch's "
    "size. Quick runs before → after, same machine, 5,004 trainees: 4,707 → 4,672 "
    "trainees×profiles a second, peak memory 18.3 → 19.0 MiB."
)

EXPORT_NOTE = (
    "Changed on 2026-11-27: the report's CSV and XLSX exports judged the population again "
    "(`eligibility_rows`, every batch's facts loaded and the profile judged, to name the "
    "requirements not met), which at national size outlasts a proxy's read timeout for the "
    "XLSX, sent only once written. A stored status now keeps the ids of its profile's "
    "requirements not met (`missing_ids`), and an export reads the stored statuses as the page "
    'does, judging the population itself only while a worker is judging it. Column "CSV '
    "export of 1 profile\": the first default profile's whole CSV, stored against judged, in "
    "the same run; the tests check that both give the same file."
)


def xlsx_cell(m: dict) -> str:
    """The XLSX export's time in all and to its first byte, and its size."""
    if "xlsx_first_byte_seconds" not in m:  # results from before the export streamed
        return ""
    return (
        f"{m['xlsx_seconds']:.2f} (first byte {m['xlsx_first_byte_seconds']:.2f}, "
        f"{mib(m['xlsx_bytes'])} MiB)"
    )


XLSX_NOTE = (
    'Added on 2026-11-27: the XLSX export of one profile (column "XLSX export"), built from '
    "the stored statuses as the view builds it. A workbook is a zip archive, written in full "
    "before its first byte is sent, so this is the administrator's wait before the download "
    "starts. Changed with it: a row went into the workbook as one openpyxl cell object a value; "
    "now it takes plain values (openpyxl types dates itself) and a cell object only for text that "
    "would be a formula. 20,000 rows of the report's shape, the same machine, three rounds "
    "alternating: 4.43 / 4.77 / 5.05 s → 2.55 / 3.40 / 3.15 s, the cells read back identical "
    "(values, types, number formats). What remains is openpyxl's XML writing. Changed again "
    "after the run of 2026-11-27 05:16 (31.8 s at 100,004 trainees, every second of it before "
    "the first byte; the CSV of the same rows 16.1 s): the workbook is written as it streams, "
    "by the project's own writer (`lms.exports.xlsx_chunks`: the zip archive written front to "
    "back, text as inline strings, numbers, dates and durations typed), not by openpyxl, which "
    "builds the archive only once every row is in. 20,000 rows of the report's shape, same "
    "machine, three rounds: 1.21 / 1.15 / 1.14 s → 0.20 / 0.21 / 0.21 s, the first byte after "
    "0.3 ms; files read back by openpyxl and LibreOffice with the same values, types and "
    "formats."
)

JUDGING_NOTE = (
    "Changed after the run of 2026-11-27 03:05 (79.5 s at 100,004 trainees): the refresh "
    "explained every requirement's outcome (translated, dates formatted), about half of "
    "judging, and stored none of it; it also held each judged status as a model instance and "
    "had each value converted for the driver. Outcomes are now explained when read (a function "
    "kept on the outcome), and the refresh holds tuples, converting only the JSON and date "
    "columns. Same machine and 5,004-trainee data, best of three, before and after alternating "
    "twice: 4.38 → 2.76 s and 5.28 → 3.51 s; judging alone, 4,000 trainees × 4 profiles: "
    "0.72 → 0.27 s."
)

SERVED_NOTE = (
    "Fixed after the run of 2026-11-27 00:57 (the report as served, 3.08 s against an aggregate "
    "of 0.85 s, 3.63×; 2.77× on the machine of the run before): each row of the report was read "
    "as a dict (about 0.5 s for 400,016 rows), and every statement of the report filtered the "
    "trainees through the users joined to their profiles (about 50 ms a statement, 8 of them); "
    "now the rows are plain tuples and the trainees come from the trainee profiles alone. Same "
    "machine and data, the next run: 3.08 → 1.78 s (see the table)."
)

COLLATION_NOTE = (
    "Changed on 2026-11-28 (lms migration 0009): trainees' names sort in the Kazakh "
    "alphabet's order (ICU's \"kk-x-icu\" collation on `full_name`; with the default, "
    'C.UTF-8 here, Ә, Қ, Ұ, І and the other Kazakh letters came after Я, so "Әлия" was last '
    "in every list). The report's rows are in name order, so each profile's read sorts "
    "100,005 names with ICU. Same data and machine, two rounds alternating the column's "
    "collation: the report as served 2.72 and 2.45 s in the Kazakh order against 2.27 and "
    "2.01 s in the default (+0.45 s, about a fifth), its aggregate 0.81, 0.65, 0.74 and 0.80 s. "
    "This machine is slower at Python work than the one of the run before (the same code's "
    "refresh 73.7 s against 51.8 s, one profile's CSV 12.4 s against 7.9 s, while the aggregate "
    "took 0.63 s against 0.53 s): the report met the goal there at 2.30× before this change, "
    "and misses it here by about 0.4 s, of which the Kazakh order is 0.45 s. An index on the "
    "name changes nothing (the planner keeps its hash joins and sort; tried, 0.52 s a profile "
    "either way). The order is kept: it is what administrators read."
)

FIXED_NOTE = (
    "Fixed after the first run of this scenario (2026-11-26, quick sizes, 5,004 trainees, a "
    "busy machine; before → after): the report page judged the whole filtered population on "
    "every request (38 → 64 queries from 200 to 5,000 trainees, 3.2 s), and the full report "
    "judged the four profiles one after another, loading the same facts four times (CSV export "
    "of the four: 16.2 s, 454× the aggregate). Now the engine judges every profile on one load "
    "of a batch's facts (`evaluate_profiles`), the statuses are stored "
    "(`certificates.EligibilityStatus`, refreshed nightly and for whoever's facts changed), and "
    "the page reads them: the population evaluation of the four profiles 16.2 → 9.8 s "
    "(126× the aggregate), the whole report as served 2.11 s → see the table (its counts were "
    "one filtered count per status, each running the certificate subqueries again: 0.40 → "
    "0.013 s per profile once grouped), peak memory 41.9 → 18.3 MiB (the previous batch's "
    "facts were held while the next loaded)."
)


def result(ctx, profiles, small: dict, large: dict) -> dict:
    size_ratio = large["population"] / small["population"]
    time_ratio = large["seconds"] / small["seconds"]
    time_limit = size_ratio * LINEAR_SLACK
    memory_ratio = large["peak"] / small["peak"]
    versus_baseline = large["seconds"] / large["baseline_seconds"]
    served_ratio = large["served_seconds"] / large["baseline_seconds"]
    same_per_batch = (
        small["per_batch"] == large["per_batch"]
        and float(small["per_batch"]).is_integer()
        and small["shapes"] == large["shapes"]
    )
    labels = [f"{m['population']:,}" for m in (small, large)]
    rows = [
        {
            "trainees": m["population"],
            "profiles": len(profiles),
            "refresh s": round(m["seconds"], 2),
            "trainees×profiles /s": round(m["population"] * len(profiles) / m["seconds"]),
            "SQL aggregate s": round(m["baseline_seconds"], 3),
            "refresh / aggregate": round(m["seconds"] / m["baseline_seconds"], 1),
            "served report s": round(m["served_seconds"], 3),
            "served / aggregate": round(m["served_seconds"] / m["baseline_seconds"], 2),
            "CSV export of 1 profile s: stored; judged": (
                f"{m['export_stored_seconds']:.2f}; {m['export_live_seconds']:.2f}"
                if "export_stored_seconds" in m
                else ""
            ),
            "XLSX export of 1 profile s (stored)": xlsx_cell(m),
            "queries": m["queries"],
            "fixed queries": m["fixed_queries"],
            "batches": m["batches"],
            "queries per batch": m["per_batch"],
            "distinct statements": m["shapes"],
            "peak MiB (tracemalloc)": mib(m["peak"]),
            "RSS growth MiB": mib(m["rss_growth"]),
            "statuses stored": m["status_rows"],
        }
        for m in (small, large)
    ]
    return {
        "title": "Eligibility report: every default profile judged and stored (the nightly refresh)",
        "rows": rows,
        "goals": [
            {
                "goal": f"time ratio ≤ size ratio × {LINEAR_SLACK} (no worse than linear)",
                "value": f"{time_ratio:.2f} for {size_ratio:.2f}× the trainees "
                f"(limit {time_limit:.2f})",
                "met": time_ratio <= time_limit,
            },
            {
                "goal": "the same queries per batch of 2,000 trainees (all profiles) at both sizes",
                "value": f"{small['per_batch']:g} and {large['per_batch']:g} per batch, "
                f"{small['shapes']} and {large['shapes']} distinct statements; "
                f"total {small['queries']} and {large['queries']}",
                "met": same_per_batch,
            },
            {
                "goal": f"peak memory at {labels[1]} ≤ {MEMORY_LIMIT}× at {labels[0]} (streamed)",
                "value": f"{mib(small['peak'])} → {mib(large['peak'])} MiB ({memory_ratio:.2f}×)",
                "met": memory_ratio <= MEMORY_LIMIT,
            },
            {
                "goal": f"full report at {labels[1]} ≤ {BASELINE_LIMIT:g}× the SQL aggregate, "
                "as the admin is served it (every profile's counts and every row, read from the "
                "stored statuses)",
                "value": f"{large['served_seconds']:.2f} s vs {large['baseline_seconds']:.2f} s "
                f"({served_ratio:.2f}×)",
                "met": served_ratio <= BASELINE_LIMIT,
            },
            {
                "goal": f"the population evaluation behind it (the nightly refresh) at "
                f"{labels[1]} ≤ {BASELINE_LIMIT:g}× the SQL aggregate",
                "value": f"{large['seconds']:.1f} s vs {large['baseline_seconds']:.2f} s "
                f"({versus_baseline:.1f}×)",
                "met": versus_baseline <= BASELINE_LIMIT,
            },
        ],
        "charts": [
            {
                "file": "eligibility_time.png",
                "title": "Eligibility report, every default profile",
                "ylabel": "seconds (log scale)",
                "yscale": "log",
                "labels": labels,
                "series": {
                    "refresh (4 profiles)": [round(m["seconds"], 2) for m in (small, large)],
                    "served report (4 profiles)": [
                        round(m["served_seconds"], 3) for m in (small, large)
                    ],
                    "SQL aggregate": [round(m["baseline_seconds"], 3) for m in (small, large)],
                },
            },
            {
                "file": "eligibility_memory.png",
                "title": "Peak memory of the refresh (tracemalloc)",
                "ylabel": "MiB",
                "labels": labels,
                "series": {"peak": [mib(m["peak"]) for m in (small, large)]},
            },
        ],
        "notes": [
            note
            for note in [
                "Measured path: `certificates.statuses.refresh_statuses` for the "
                f"{len(profiles)} default profiles over `report_trainee_ids` of a national "
                "administrator streamed with `.iterator(chunk_size=2000)`: each batch's facts "
                "loaded once, judged against every profile, the statuses upserted — what the "
                "nightly task runs and what the report page then reads (the page itself is "
                "measured by `queries`). Both sizes are evaluated on the same seed of "
                f"{large['population']:,} trainees (the smaller is the first "
                f"{small['population']:,} in the report's order), so the tables are equally large.",
                "Queries: the refresh runs a fixed set of statements per batch of 2,000 trainees "
                "(the statuses' marks, the facts once for all profiles, the profiles' revisions, "
                "the upsert) and a few per run (compiling each "
                'profile, the stream of ids). The goal "the same query count at both sizes" is '
                "judged as: the same number of queries per batch and the same distinct statements "
                "at both sizes, the total being fixed + per batch × batches (fixed measured by "
                "running the refresh over nobody). No query is made per trainee.",
                "Memory: the timed run records resident memory sampled every 0.1 s (growth over "
                "the start of the run; freed memory is kept by the allocator, so this understates "
                "the second run); the peak Python allocation is measured by a second, untimed run "
                "under tracemalloc. A batch of 2,000 trainees is what is held at once: a "
                "population smaller than one batch holds less.",
                breakdown_note(small),
                baseline_note(versus_baseline <= BASELINE_LIMIT, small, large),
                FIXED_NOTE,
                GUARD_NOTE,
                SERVED_NOTE,
                EXPORT_NOTE,
                JUDGING_NOTE,
                XLSX_NOTE,
                COLLATION_NOTE,
                "Baseline: one SQL statement (CTEs summing present attendance hours and counting "
                "distinct passed quizzes per trainee, joined to every trainee profile) fetched in "
                "full through the Django connection; the faster of two runs.",
            ]
            if note
        ],
    }
