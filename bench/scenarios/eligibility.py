"""Scenario 3, the eligibility report: every default qualification profile evaluated over the whole
population the way the report's CSV export does it, at two population sizes, against one
hand-written SQL aggregate over the same tables.

The export path is measured, not the engine alone: `certificates.reports.eligibility_rows` with
the missing requirements described, `eligibility_record` and `stream_csv`, written to a sink that
only counts bytes. Both sizes are evaluated on the large seed (part of its trainees, then all of
them) so that this scenario needs no seed of its own after `queries`; the smaller population is
the first trainees in the report's own order (by name), so it is spread over every region.
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
    """The CSV export of every profile's eligibility report into a null sink, as the admin's
    export streams it; (rows, bytes)."""
    from django.utils import translation

    from certificates import reports

    rows = size = 0
    with translation.override("kk"):
        for profile in profiles:
            records = (
                reports.eligibility_record(row)
                for row in reports.eligibility_rows(
                    profile,
                    ids.iterator(chunk_size=reports.BATCH),
                    on=on,
                    describe_missing=True,
                )
            )
            for line in reports.stream_csv(reports.ELIGIBILITY_COLUMNS, records):
                rows += 1
                size += len(line.encode())
    return rows - len(profiles), size  # less each file's heading


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

    # the peak of what the export holds at once, in an untimed run under tracemalloc (which
    # slows Python down several times): one profile, the one with the most requirements, since
    # the profiles are evaluated one after another and nothing is carried from one to the next
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    export([heaviest(profiles)], ids, on=on)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    baseline_seconds, baseline_rows = run_baseline(ids)
    breakdown = (
        profile_export([heaviest(profiles)], ids, on=on, html=profile_to) if profile_to else {}
    )
    batches = math.ceil(population / BATCH) * len(profiles)
    per_batch = (counter.total - fixed.total) / batches if batches else 0
    ctx.say(
        f"eligibility: {population} trainees in {seconds:.1f} s ({counter.total} queries), "
        f"aggregate {baseline_seconds:.2f} s, tracemalloc peak {mib(peak)} MiB"
    )
    return {
        "population": population,
        "rows": rows,
        "csv_bytes": size,
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
        "breakdown": breakdown,
    }


def heaviest(profiles):
    from certificates.models import Requirement

    counts = {p.pk: Requirement.objects.filter(profile=p).count() for p in profiles}
    return max(profiles, key=lambda p: (counts[p.pk], -p.pk))


#: where the export's time goes: (label, function names whose time it is)
PHASES = [
    ("loading the facts (load_facts)", {"load_facts"}),
    ("judging the requirements (CompiledProfile.judge)", {"judge"}),
    ("names, regions, organisations (people)", {"people"}),
    ("certificates (certificate_summaries)", {"certificate_summaries"}),
    ("describing what is missing (Requirement.__str__)", {"__str__"}),
    ("CSV rows (eligibility_record, stream_csv)", {"eligibility_record", "writerow"}),
]


def profile_export(profiles, ids, *, on, html) -> dict[str, float]:
    """The export once more under pyinstrument: its HTML profile written to `html`, and the
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
        f"Where the export's time goes (pyinstrument, {measured['population']:,} trainees, "
        f"the heaviest profile; profile in `{PROFILE_FILE}`): {listed}; the rest is the "
        "stream of ids and the generators in between."
    )


def baseline_note(met: bool, large: dict) -> str:
    """Why the report is slower than the aggregate, when it is, and what would close the gap."""
    if met:
        return ""
    load = (large.get("breakdown") or {}).get(PHASES[0][0])
    return (
        "Why the report misses the aggregate: the aggregate adds two columns up inside "
        "PostgreSQL and sends one short row per trainee; the report brings every fact of "
        "every trainee into Python (attendance per day, every attempt, practice, documents, "
        "flags, elections, certificates) and judges each requirement of each profile with "
        "its translated explanation, and it does so once per profile: the four profiles load "
        "the same facts four times"
        + (f" (loading is {load:.0%} of the time)" if load is not None else "")
        + ". Remedies, in the order of their gain: load each batch's facts once and judge "
        "every profile on them (the export asks for all profiles of the same trainees); in "
        "`load_facts`, let PostgreSQL give the local date of an attempt (`TruncDate` with the "
        "site's time zone) instead of `timezone.localtime` per row, and read the people with "
        "`values_list` instead of model instances with a prefetch; keep each requirement's "
        "label per language in `CompiledProfile` instead of `str()` per trainee. Together "
        "these leave the Python judgement itself, which an aggregate does not do: the 3× "
        "goal would need the simple requirements (hours, courses, quizzes passed) judged in "
        "SQL, with Python only for the rest."
    )


def result(ctx, profiles, small: dict, large: dict) -> dict:
    size_ratio = large["population"] / small["population"]
    time_ratio = large["seconds"] / small["seconds"]
    time_limit = size_ratio * LINEAR_SLACK
    memory_ratio = large["peak"] / small["peak"]
    versus_baseline = large["seconds"] / large["baseline_seconds"]
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
            "report s": round(m["seconds"], 2),
            "trainees×profiles /s": round(m["population"] * len(profiles) / m["seconds"]),
            "SQL aggregate s": round(m["baseline_seconds"], 3),
            "report / aggregate": round(m["seconds"] / m["baseline_seconds"], 1),
            "queries": m["queries"],
            "fixed queries": m["fixed_queries"],
            "batches": m["batches"],
            "queries per batch": m["per_batch"],
            "distinct statements": m["shapes"],
            "peak MiB (tracemalloc)": mib(m["peak"]),
            "RSS growth MiB": mib(m["rss_growth"]),
            "CSV MiB": mib(m["csv_bytes"]),
        }
        for m in (small, large)
    ]
    return {
        "title": "Eligibility report: the CSV export of every default profile",
        "rows": rows,
        "goals": [
            {
                "goal": f"time ratio ≤ size ratio × {LINEAR_SLACK} (no worse than linear)",
                "value": f"{time_ratio:.2f} for {size_ratio:.2f}× the trainees "
                f"(limit {time_limit:.2f})",
                "met": time_ratio <= time_limit,
            },
            {
                "goal": "the same queries per batch of 2,000 trainees at both sizes",
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
                "goal": f"full report at {labels[1]} ≤ {BASELINE_LIMIT:g}× the SQL aggregate",
                "value": f"{large['seconds']:.1f} s vs {large['baseline_seconds']:.2f} s "
                f"({versus_baseline:.1f}×)",
                "met": versus_baseline <= BASELINE_LIMIT,
            },
        ],
        "charts": [
            {
                "file": "eligibility_time.png",
                "title": "Eligibility report, every default profile",
                "ylabel": "seconds",
                "labels": labels,
                "series": {
                    "CSV export (4 profiles)": [round(m["seconds"], 2) for m in (small, large)],
                    "SQL aggregate": [round(m["baseline_seconds"], 3) for m in (small, large)],
                },
            },
            {
                "file": "eligibility_memory.png",
                "title": "Peak memory of the export (tracemalloc)",
                "ylabel": "MiB",
                "labels": labels,
                "series": {"peak": [mib(m["peak"]) for m in (small, large)]},
            },
        ],
        "notes": [
            note
            for note in [
                "Measured path: `certificates.reports.eligibility_rows` (describing what is missing) "
                "→ `eligibility_record` → `stream_csv`, into a sink that counts bytes, for each of "
                f"the {len(profiles)} profiles in turn, over `report_trainee_ids` of a national "
                "administrator streamed with `.iterator(chunk_size=2000)` — what the admin's CSV "
                "export runs. Both sizes are evaluated on the same seed of "
                f"{large['population']:,} trainees (the smaller is the first "
                f"{small['population']:,} in the report's order), so the tables are equally large.",
                "Queries: the engine runs a fixed set of statements per batch of 2,000 trainees "
                "(the facts, the certificates and the people of that batch) and a few per profile "
                '(compiling its requirements, the stream of ids). The goal "the same query count '
                'at both sizes" is judged as: the same number of queries per batch and the same '
                "distinct statements at both sizes, the total being fixed + per batch × batches "
                "(fixed measured by running the export over nobody). No query is made per "
                "trainee.",
                "Memory: the timed run records resident memory sampled every 0.1 s (growth over "
                "the start of the run; freed memory is kept by the allocator, so this understates "
                "the second run); the peak Python allocation is measured by a second, untimed run "
                "under tracemalloc of the profile with the most requirements (profiles are "
                "evaluated one after another and share nothing, so the peak of all four is the "
                "peak of one). A batch of 2,000 trainees is what is held at once: a population "
                "smaller than one batch holds less.",
                breakdown_note(small),
                baseline_note(versus_baseline <= BASELINE_LIMIT, small),
                "Baseline: one SQL statement (CTEs summing present attendance hours and counting "
                "distinct passed quizzes per trainee, joined to every trainee profile) fetched in "
                "full through the Django connection; the faster of two runs.",
            ]
            if note
        ],
    }
