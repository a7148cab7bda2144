"""Exam day: each simulated trainee is one bench account that logs in, opens the timed quiz,
starts it, answers every question the way the attempt page's script does (one autosave per
answered question, the whole form each time), submits, and sees the result.

Requests are named after the step ("login page", "login", "quiz page", "start", "attempt page",
"autosave", "submit", "review"); every redirect is a request of its own, so "start" and
"submit" measure the POST alone. Right before each of them the same trainee requests the
trivial `/healthz/` view, named "trivial before <step>": the baseline gets as many requests as
the exam, and each step can be compared with the trivial view at the same moments, under the
same load (a submit with the quiet end of the exam, not with the crowded start).

Environment (set by bench/scenarios/exam_day.py):
    BENCH_QUIZ_URL       the quiz page's path
    BENCH_USERS          number of trainees (the locust user count); the run ends when all finish
    BENCH_FIRST_USER     number of the first bench account (bench-000000 is 0)
    BENCH_THINK          "low,high" seconds of thought before each answer
    BENCH_LOCUST_OUT     where common.py writes the statistics
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re

import gevent
from common import Abort, csrf_token, fire_failure, log_in, request, status
from locust import constant, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser
from urllib3 import encode_multipart_formdata

QUIZ_URL = os.environ.get("BENCH_QUIZ_URL", "/kk/bench-exam/")
USERS = int(os.environ.get("BENCH_USERS", "1"))
FIRST = int(os.environ.get("BENCH_FIRST_USER", "0"))
THINK = tuple(float(s) for s in os.environ.get("BENCH_THINK", "30,90").split(","))

START_FORM = re.compile(r'action="([^"]*/quiz/\d+/start/)"')
SAVE_URL = re.compile(r'data-save-url="([^"]+)"')
RADIO = re.compile(r'<input type="radio" name="(q\d+)" value="([^"]+)"')

# Each locust user takes the next account: gevent switches only at I/O, so `next()` on a shared
# counter never hands one account to two simulated trainees.
_accounts = itertools.count(FIRST)
_finished = 0


def _finish(environment) -> None:
    """Count a trainee as done; when the last one is, end the run (on quitting,
    `common.dump_statistics` writes what was measured)."""
    global _finished
    _finished += 1
    if _finished >= USERS and environment.runner is not None:
        gevent.spawn_later(0.5, environment.runner.quit)


class Trainee(FastHttpUser):
    """One bench account sitting the exam once, from the login page to the review."""

    wait_time = constant(0)
    # a browser waits minutes for a slow page; locust's default of 60 s would count a slow
    # answer as an error
    connection_timeout = 300.0
    network_timeout = 300.0

    def on_start(self) -> None:
        self.username = f"bench-{next(_accounts):06d}"

    def trivial(self, step: str) -> None:
        request(self.client, "GET", "/healthz/", f"trivial before {step}", status(200))

    def step(self, method: str, path: str, name: str, check, **kwargs):
        self.trivial(name)
        return request(self.client, method, path, name, check, **kwargs)

    @task
    def take_the_exam(self) -> None:
        try:
            self.exam()
        except Abort:
            pass  # the failed request is counted already
        except Exception as error:  # a bug in the flow or a page it cannot read: an error too
            fire_failure(self.environment, "flow", error)
        finally:
            _finish(self.environment)
        raise StopUser

    def exam(self) -> None:
        log_in(self.client, self.username, before=self.trivial)
        quiz = self.step("GET", QUIZ_URL, "quiz page", status(200))
        start_url = START_FORM.search(quiz.text)
        if start_url is None:
            raise Abort("the quiz page offers no start button")
        started = self.step(
            "POST",
            start_url.group(1),
            "start",
            status(302, location="/quiz/attempts/"),
            data={"csrfmiddlewaretoken": csrf_token(quiz.text)},
        )
        page = self.step("GET", started.headers["Location"], "attempt page", status(200))
        token = csrf_token(page.text)
        save_url = SAVE_URL.search(page.text).group(1)
        options: dict[str, list[str]] = {}
        for name, value in RADIO.findall(page.text):
            options.setdefault(name, []).append(value)
        questions = sorted(options, key=lambda name: int(name[1:]))
        chosen: dict[str, str] = {}
        for name in questions:
            gevent.sleep(random.uniform(*THINK))
            chosen[name] = random.choice(options[name])
            # the page's script posts the whole form (FormData) after each change
            body, content_type = encode_multipart_formdata(
                [("csrfmiddlewaretoken", token), *chosen.items()]
            )
            self.step(
                "POST",
                save_url,
                "autosave",
                _saved,
                data=body,
                headers={
                    "Content-Type": content_type,
                    "Accept": "application/json",
                    "X-Requested-With": "fetch",
                },
            )
        # the Submit button posts the plain form with `submit`
        submitted = self.step(
            "POST",
            save_url,
            "submit",
            status(302, location="/review/"),
            data={"csrfmiddlewaretoken": token, **chosen, "submit": "1"},
        )
        self.step("GET", submitted.headers["Location"], "review", status(200))


def _saved(response) -> str:
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    try:
        saved = json.loads(response.text).get("saved")
    except ValueError:
        return "not JSON"
    return "" if saved else f"not saved: {response.text[:200]}"
