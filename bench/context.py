"""What every scenario gets: the bench database (PostgreSQL), seeded to a given size once and
reused; a gunicorn server and Celery workers started and stopped around a measurement; and the
Django ORM in this process, on the same database, for measurements made in-process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
#: where a run writes its results (BENCH_RESULTS: elsewhere, e.g. a full run beside a quick one)
RESULTS = Path(os.environ.get("BENCH_RESULTS") or ROOT / "bench" / "results")
PG = os.environ.get("BENCH_PG", "postgres://root@127.0.0.1:5432")
BROKER = os.environ.get("BENCH_BROKER", "redis://127.0.0.1:6379/13")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
#: the database the run creates and drops (two runs side by side need different ones)
DATABASE = os.environ.get("BENCH_DB", "kelisim_bench")


@dataclass
class BenchContext:
    quick: bool
    database: str = DATABASE
    seeded: tuple[int, int] | None = None
    log: list[str] = field(default_factory=list)

    # --- environment --------------------------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
            "DATABASE_URL": f"{PG}/{self.database}",
            "CELERY_BROKER_URL": BROKER,
            "CELERY_RESULT_BACKEND": BROKER,
            "CELERY_TASK_DEFAULT_QUEUE": "kelisim-bench",
        }

    def say(self, message: str) -> None:
        # UTC: once Django is set up, local time is its TIME_ZONE (Asia/Almaty), which made one
        # log jump five hours in the middle of a run
        line = f"[{time.strftime('%H:%M:%S', time.gmtime())}] {message}"
        self.log.append(line)
        print(line, flush=True)

    def manage(self, *args: str, timeout: float | None = None) -> subprocess.CompletedProcess:
        """Run `manage.py` with the bench settings and database; stops the run if it fails."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )

    def django(self) -> None:
        """Set up Django in this process on the bench database (once)."""
        import django
        from django.conf import settings

        if not settings.configured:
            os.environ.update(self.env)
            django.setup()

    # --- data ---------------------------------------------------------------------------------

    def seed(self, trainees: int, exam_takers: int = 0) -> None:
        """A fresh database with the demo curriculum and `trainees` synthetic trainees; a second
        call with the same sizes reuses what is there."""
        if self.seeded == (trainees, exam_takers):
            return
        self.close_connections()
        subprocess.run(["dropdb", "--if-exists", "--force", *self._pg_args(), self.database])
        started = time.monotonic()
        template = f"{self.database}_demo_{_demo_fingerprint()}"
        if _database_exists(template):
            # migrated with the demo loaded by an earlier run of the same code: a copy
            subprocess.run(
                ["createdb", *self._pg_args(), "-T", template, self.database], check=True
            )
        else:
            subprocess.run(["createdb", *self._pg_args(), self.database], check=True)
            self.manage("migrate", "--noinput")
            # both refuse to create accounts with a published password when DEBUG is off
            self.manage("seed_demo", "--force")
            self._keep_as_template(template)
        self.manage(
            "seed_scale", "--trainees", str(trainees), "--exam-takers", str(exam_takers), "--force"
        )
        self.seeded = (trainees, exam_takers)
        self.say(f"seeded {trainees} trainees in {time.monotonic() - started:.0f} s")
        self.refresh_statuses()

    def refresh_statuses(self) -> None:
        """What the nightly task does after a day's changes: the stored eligibility statuses the
        report reads, judged for whoever has none yet (new trainees of the seed); then the
        planner's statistics."""
        started = time.monotonic()
        self.manage("refresh_eligibility", "--outdated")
        self.say(f"stored the eligibility statuses in {time.monotonic() - started:.0f} s")
        # fresh statistics, as autovacuum would gather them in time: without them the planner
        # guesses from an empty database (the aggregate took 1.4 s instead of 0.1 at 10,000)
        subprocess.run(
            ["vacuumdb", "--analyze-only", "--quiet", *self._pg_args(), self.database],
            check=True,
        )

    def _keep_as_template(self, template: str) -> None:
        """Keep the migrated demo database for the next runs (and drop older ones)."""
        prefix = f"{self.database}_demo_"
        for name in _databases():
            if name.startswith(prefix) and name != template:
                subprocess.run(["dropdb", "--if-exists", *self._pg_args(), name])
        subprocess.run(["createdb", *self._pg_args(), "-T", self.database, template], check=True)

    def close_connections(self) -> None:
        from django.conf import settings

        if settings.configured:
            from django.db import connections

            connections.close_all()

    def _pg_args(self) -> list[str]:
        return ["-h", "127.0.0.1"]

    # --- servers ------------------------------------------------------------------------------

    @contextmanager
    def gunicorn(self, workers: int = 2, threads: int = 4):
        """gunicorn serving the site on 127.0.0.1; yields its base URL."""
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "cms.wsgi",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--worker-class",
                "gthread",
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        base = f"http://127.0.0.1:{PORT}"
        try:
            _wait_for(f"{base}/healthz/", server)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=60)

    @contextmanager
    def celery_workers(self, processes: int = 1):
        """`processes` Celery worker processes (one prefork child each) on the bench queue;
        yields the psutil processes of the children that run tasks."""

        workers = [
            subprocess.Popen(
                [
                    str(BIN / "celery"),
                    "-A",
                    "cms",
                    "worker",
                    "--pool=prefork",
                    "--concurrency=1",
                    "--loglevel=WARNING",
                    "-Q",
                    "kelisim-bench",
                    "-n",
                    f"bench{i}@localhost",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
            )
            for i in range(processes)
        ]
        try:
            deadline = time.monotonic() + 60
            children: list = []
            while time.monotonic() < deadline:
                children = [child for w in workers for child in _pool_children(w.pid)]
                if len(children) >= processes:
                    break
                time.sleep(0.5)
            time.sleep(2)  # the pool connects to the broker
            yield [child for w in workers for child in _pool_children(w.pid)] or children
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.wait(timeout=60)


def _demo_fingerprint() -> str:
    """What the migrated demo database depends on: every migration and the demo's code."""
    import hashlib

    digest = hashlib.sha1()
    sources = [*ROOT.glob("*/migrations/*.py"), *ROOT.glob("cms/demo/**/*")]
    sources += ROOT.glob("*/management/commands/seed_demo.py")
    sources = [path for path in sources if path.is_file() and "__pycache__" not in path.parts]
    for path in sorted(sources):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _databases() -> list[str]:
    listed = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-Atc", "SELECT datname FROM pg_database", "postgres"],
        capture_output=True,
        text=True,
        check=True,
    )
    return listed.stdout.split()


def _database_exists(name: str) -> bool:
    return name in _databases()


def _pool_children(pid: int) -> list:
    """The prefork pool children of a worker: forked, so they run the worker's own command line
    (a short-lived helper the worker starts, such as a `uname` call, does not)."""
    import psutil

    try:
        worker = psutil.Process(pid)
        command = worker.cmdline()
        children = worker.children()
    except psutil.Error:
        return []
    pool = []
    for child in children:
        try:
            if child.cmdline() == command:
                pool.append(child)
        except psutil.Error:
            continue
    return pool


def _wait_for(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped while starting ({process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")
