"""Running a locustfile from a scenario and reading what it measured.

Locust runs as a subprocess: its gevent monkey-patching stays out of the harness, which also
talks to PostgreSQL through Django. The locustfile's `common.dump_statistics` writes each
request name's response-time histogram (locust's own buckets), failures and exceptions to a
JSON file; percentiles are computed here from those histograms, so phases can be merged
exactly instead of averaging percentiles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
LOCUST = Path(sys.executable).parent / "locust"


@dataclass
class Entry:
    """All requests of one name: count, failures, histogram {milliseconds: count}, time span."""

    name: str
    requests: int = 0
    failures: int = 0
    histogram: dict[int, int] = field(default_factory=dict)
    first: float | None = None
    last: float | None = None

    def add(self, other: Entry) -> None:
        self.requests += other.requests
        self.failures += other.failures
        for milliseconds, count in other.histogram.items():
            self.histogram[milliseconds] = self.histogram.get(milliseconds, 0) + count
        firsts = [t for t in (self.first, other.first) if t is not None]
        lasts = [t for t in (self.last, other.last) if t is not None]
        self.first = min(firsts) if firsts else None
        self.last = max(lasts) if lasts else None

    def percentile(self, fraction: float) -> int:
        """Locust's own rule: the response time `fraction` of the requests finished within."""
        total = sum(self.histogram.values())
        if not total:
            return 0
        allowed_above = int(total * fraction)
        seen = 0
        for milliseconds in sorted(self.histogram, reverse=True):
            seen += self.histogram[milliseconds]
            if total - seen <= allowed_above:
                return milliseconds
        return 0

    @property
    def seconds(self) -> float:
        if self.first is None or self.last is None:
            return 0.0
        return max(self.last - self.first, 0.001)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass
class Result:
    """What one locust run measured."""

    entries: dict[str, Entry]
    errors: list[dict]
    exceptions: list[dict]
    log: str = ""

    def entry(self, *names: str) -> Entry:
        """The named entries merged (e.g. one page over several phases)."""
        merged = Entry(name=" + ".join(names))
        for name in names:
            if name in self.entries:
                merged.add(self.entries[name])
        return merged

    def starting(self, prefix: str) -> Entry:
        """Every entry whose name starts with `prefix`, merged."""
        return self.entry(*(name for name in self.entries if name.startswith(prefix)))

    @property
    def failures(self) -> int:
        return sum(e.failures for e in self.entries.values())

    @property
    def exception_count(self) -> int:
        return sum(e["count"] for e in self.exceptions)

    @property
    def total(self) -> Entry:
        return self.entry(*self.entries)

    def top_errors(self, limit: int = 5) -> list[str]:
        ranked = sorted(self.errors, key=lambda e: -e["occurrences"])[:limit]
        lines = [f"{e['occurrences']}× {e['method']} {e['name']}: {e['error']}" for e in ranked]
        lines += [f"{e['count']}× exception: {e['msg']}" for e in self.exceptions[:limit]]
        return lines


class Locust:
    """A headless locust run in the background: `start()`, then `finish()` for the result."""

    def __init__(
        self,
        locustfile: str,
        *,
        host: str,
        users: int,
        spawn_rate: float,
        run_time: float,
        env: dict[str, str],
    ) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="kelisim-locust-"))
        self.out = self.folder / "stats.json"
        self.log = self.folder / "locust.log"
        self.command = [
            str(LOCUST),
            "-f",
            str(FOLDER / locustfile),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(spawn_rate),
            "--run-time",
            f"{int(run_time)}s",
            "--host",
            host,
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--stop-timeout",
            "10",
        ]
        self.env = {**os.environ, **env, "BENCH_LOCUST_OUT": str(self.out)}
        self.timeout = run_time + 120
        self.process: subprocess.Popen | None = None

    def start(self) -> Locust:
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                self.command, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        return self

    def finish(self) -> Result:
        """Wait for the run to end (it ends itself: its users finish, or its run time is up)."""
        assert self.process is not None
        try:
            self.process.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            self.process.wait(timeout=30)
        log = self.log.read_text(errors="replace")
        if not self.out.exists():
            raise RuntimeError(f"locust wrote no statistics; its log ends:\n{log[-3000:]}")
        return read(self.out, log)

    def run(self) -> Result:
        return self.start().finish()


def read(path: Path, log: str = "") -> Result:
    data = json.loads(path.read_text())
    entries: dict[str, Entry] = {}
    for raw in data["entries"]:
        entry = Entry(
            name=raw["name"],
            requests=raw["num_requests"],
            failures=raw["num_failures"],
            histogram={int(k): v for k, v in raw["response_times"].items()},
            first=raw["start_time"] if raw["num_requests"] else None,
            last=raw["last_request_timestamp"],
        )
        entries.setdefault(raw["name"], Entry(name=raw["name"])).add(entry)
    return Result(entries=entries, errors=data["errors"], exceptions=data["exceptions"], log=log)
