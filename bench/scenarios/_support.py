"""What the in-process scenarios (queries, eligibility, certificates) share: sizes chosen so a full
run seeds as rarely as possible, Django made safe to reuse after a reseed, a cheap query counter
and a memory sampler."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from contextlib import contextmanager

#: `queries` seeds SMALL, measures, then seeds LARGE and measures; `eligibility` then reuses the
#: LARGE seed (evaluating part of it, and all of it), and so do `exam_day` (the large seed
#: includes its exam takers) and `certificates`: two seeds for the whole run. SMALL is big
#: enough for every admin list to have rows (a list that is empty skips its queries), so
#: growth means more queries for more data; a query per listed row, which a full first page
#: already shows at SMALL, is caught by `queries` counting repeated statements.
SIZES = {"quick": (200, 5_000), "full": (200, 100_000)}


def sizes(ctx) -> tuple[int, int]:
    """(small, large) trainee counts for this run."""
    return SIZES["quick" if ctx.quick else "full"]


def exam_takers(ctx) -> int:
    """The exam takers `exam_day` asks for, so that it can reuse the large seed."""
    try:
        from .exam_day import SIZES as EXAM_SIZES

        return EXAM_SIZES["quick" if ctx.quick else "full"][1]
    except (ImportError, KeyError, IndexError):
        return 0


def seed_large(ctx) -> None:
    """The large seed. After `queries`' small one it is grown in place: `seed_scale` adds only
    the trainees still missing (trainee i is the same person whatever the total), which gives
    the same population as a fresh seed without migrating and loading the demo again (about
    100 s of a quick run's five minutes)."""
    large, takers = sizes(ctx)[1], exam_takers(ctx)
    if ctx.seeded == (large, takers):
        return
    if ctx.seeded != (sizes(ctx)[0], 0):
        ctx.seed(large, takers)
        return
    started = time.monotonic()
    ctx.close_connections()
    ctx.manage("seed_scale", "--trainees", str(large), "--exam-takers", str(takers), "--force")
    ctx.seeded = (large, takers)
    ctx.say(f"grew the seed to {large} trainees in {time.monotonic() - started:.0f} s")
    ctx.refresh_statuses()


def use_django(ctx) -> None:
    """Django in this process on the bench database, with nothing remembered from a database
    that a reseed has since replaced (content type ids, Wagtail's site root paths in the cache,
    an open connection to the dropped database)."""
    ctx.django()
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.db import connections

    connections.close_all()
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()


def seed_at_least(ctx, trainees: int) -> None:
    """Reuse whatever population an earlier scenario left when it is big enough (seeding is the
    slow part of a run); seed one when this scenario runs alone."""
    if ctx.seeded is None or ctx.seeded[0] < trainees:
        ctx.seed(trainees)


# --- counting queries -------------------------------------------------------------------------

_LITERALS = [
    (re.compile(r"'(?:[^']|'')*'"), "?"),
    (re.compile(r"%s(?:\s*,\s*%s)*"), "?"),
    (re.compile(r"\b\d+(?:\.\d+)?\b"), "?"),
    (re.compile(r"\(\s*\?(?:\s*,\s*\?)*\s*\)"), "(…)"),
    (re.compile(r"\s+"), " "),
]


def shape(sql: str) -> str:
    """A statement with its literals and IN lists folded, so the same query for another trainee
    or another batch has the same shape."""
    for pattern, replacement in _LITERALS:
        sql = pattern.sub(replacement, sql)
    return sql.strip()


class QueryCounter:
    """Counts the statements run on a connection, by shape, keeping one example of each.

    An `execute_wrapper` rather than `CaptureQueriesContext`: the latter keeps every statement
    with its parameters (IN lists of 2,000 ids per batch), which at 100,000 trainees is tens of
    megabytes that would show up in the memory being measured."""

    def __init__(self, connection):
        self.connection = connection
        self.total = 0
        self.shapes: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def __call__(self, execute, sql, params, many, context):
        self.total += 1
        key = shape(sql)
        self.shapes[key] += 1
        if key not in self.examples:
            self.examples[key] = sql if len(sql) < 600 else sql[:600] + " …"
        return execute(sql, params, many, context)

    @contextmanager
    def counting(self):
        with self.connection.execute_wrapper(self):
            yield self


# --- memory -----------------------------------------------------------------------------------


class RssSampler:
    """The peak resident set size of some processes, sampled in a thread every `interval`
    seconds while the block runs (a process that ends keeps its last peak); with `uss`, also
    their unique and proportional set sizes (slower to read: /proc/<pid>/smaps).

    With `children_of`, the processes given are parents (Celery workers' main processes) and
    what is sampled is whatever children each has at the time, under the parent's pid: a pool
    that replaces its child keeps being measured.

    USS and PSS are read every `uss_interval` seconds only (and at the start and the end):
    reading smaps walks the process's page tables, about 5 ms of CPU for a worker, which taken
    every 0.25 s from two busy workers on two CPUs slowed what was measured."""

    def __init__(
        self,
        processes,
        interval: float = 0.5,
        uss: bool = False,
        children_of=False,
        uss_interval: float = 2.0,
    ):
        self.processes = list(processes)
        self.interval = interval
        self.uss = uss
        self.uss_interval = uss_interval
        self._uss_read_at = float("-inf")
        self.children_of = children_of
        self.peak_rss: dict[int, int] = {p.pid: 0 for p in self.processes}
        self.peak_uss: dict[int, int] = {p.pid: 0 for p in self.processes}
        self.peak_pss: dict[int, int] = {p.pid: 0 for p in self.processes}
        self.start_rss: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _measured(self):
        import psutil

        for process in self.processes:
            if not self.children_of:
                yield process.pid, process
                continue
            try:
                children = process.children()
            except psutil.Error:
                continue
            for child in children:
                yield process.pid, child

    def _sample(self, final: bool = False) -> None:
        import psutil

        full = self.uss and (final or time.monotonic() >= self._uss_read_at + self.uss_interval)
        if full:
            self._uss_read_at = time.monotonic()
        for key, process in self._measured():
            try:
                if full:
                    info = process.memory_full_info()
                    self.peak_uss[key] = max(self.peak_uss[key], info.uss)
                    self.peak_pss[key] = max(self.peak_pss[key], info.pss)
                else:
                    info = process.memory_info()
                self.peak_rss[key] = max(self.peak_rss[key], info.rss)
            except psutil.Error:  # it ended (a pool replaces a child): keep what was seen
                continue

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self):
        self._sample()
        self.start_rss = dict(self.peak_rss)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._sample(final=True)


MIB = 1024 * 1024


def mib(value: float) -> float:
    return round(value / MIB, 1)


def timed(func, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - started, result


def phase_shares(profiler, phases: list[tuple[str, set[str]]]) -> dict[str, float]:
    """The share of a pyinstrument profile's time spent in each phase, a phase being the
    outermost calls of some functions (by name)."""
    root = profiler.last_session.root_frame()
    spent = dict.fromkeys((label for label, _names in phases), 0.0)

    def walk(frame, inside: bool) -> None:
        for label, names in phases:
            if not inside and frame.function in names:
                spent[label] += frame.time
                inside = True
                break
        for child in frame.children:
            walk(child, inside)

    if root is not None:
        walk(root, False)
    total = (root.time if root is not None else 0) or 1
    return {label: seconds / total for label, seconds in spent.items()}
