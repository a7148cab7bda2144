"""Gating overhead: logged-in trainees read a lesson deep in a course and their dashboard, over
and over, while the scenario switches the course's sequential gating on and off.

The scenario writes the current phase ("warmup", "on", "off", "switching", "done") to
BENCH_PHASE_FILE; each request is named "<page> [<phase>]" after the phase read just before it
is sent, so one locust run holds every phase, with the same users, sessions and connections.
A request sent during "switching" may see either setting and is left out of the comparison.
On "done" the run ends.

Environment (set by bench/scenarios/gating.py):
    BENCH_USERNAMES    comma-separated bench accounts allowed to open the lesson with gating on
    BENCH_LESSON_URL   the lesson's path
    BENCH_DASHBOARD_URL
    BENCH_THINK        "low,high" seconds between page views
    BENCH_PHASE_FILE
    BENCH_LOCUST_OUT   where common.py writes the statistics
"""

from __future__ import annotations

import itertools
import os

import gevent
from common import Abort, fire_failure, log_in, request, status
from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

USERNAMES = os.environ.get("BENCH_USERNAMES", "").split(",")
LESSON_URL = os.environ.get("BENCH_LESSON_URL", "/kk/")
DASHBOARD_URL = os.environ.get("BENCH_DASHBOARD_URL", "/kk/learn/")
THINK = tuple(float(s) for s in os.environ.get("BENCH_THINK", "1,3").split(","))
PHASE_FILE = os.environ.get("BENCH_PHASE_FILE", "")

_accounts = itertools.count()  # one account per simulated trainee (gevent switches only at I/O)


def phase() -> str:
    try:
        with open(PHASE_FILE) as file:
            return file.read().strip() or "warmup"
    except OSError:
        return "warmup"


@events.test_start.add_listener
def watch_for_done(environment, **_kwargs) -> None:
    def watch() -> None:
        while phase() != "done":
            gevent.sleep(0.2)
        environment.runner.quit()

    gevent.spawn(watch)


class Reader(FastHttpUser):
    """One bench account, logged in once, reading the lesson and the dashboard at random."""

    wait_time = between(*THINK)

    def on_start(self) -> None:
        number = next(_accounts)
        if number >= len(USERNAMES):
            raise RuntimeError("more locust users than bench accounts")
        try:
            log_in(self.client, USERNAMES[number])
        except Abort:
            raise StopUser from None  # the failed login is counted; this user sends nothing more

    def view(self, path: str, page: str) -> None:
        name = f"{page} [{phase()}]"
        try:
            request(self.client, "GET", path, name, status(200))
        except Abort:
            pass  # counted as a failure; go on reading
        except Exception as error:
            fire_failure(self.environment, f"flow [{phase()}]", error)

    @task
    def lesson(self) -> None:
        self.view(LESSON_URL, "lesson")

    @task
    def dashboard(self) -> None:
        self.view(DASHBOARD_URL, "dashboard")
