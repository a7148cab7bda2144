"""What the locustfiles share: logging a bench trainee in the way a browser does, checking each
response so a wrong page counts as an error rather than a fast success, and a dump of the raw
statistics (response-time histograms, failures, exceptions) for the scenario to read.

Imported by the locustfiles only (locust puts their folder on `sys.path`): it imports locust
and gevent, which the harness process must never load.
"""

from __future__ import annotations

import json
import os
import re

from locust import events
from locust.runners import Runner

PASSWORD = os.environ.get("BENCH_PASSWORD", "bench-password")
LOGIN_URL = os.environ.get("BENCH_LOGIN_URL", "/kk/accounts/login/")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Abort(Exception):
    """A step failed (already counted as a failed request); the simulated trainee stops."""


def csrf_token(html: str) -> str:
    found = CSRF.search(html)
    if found is None:
        raise Abort("no CSRF token in the page")
    return found.group(1)


def request(client, method: str, path: str, name: str, check, **kwargs):
    """One request, not following redirects (each hop is measured under its own name), marked
    failed when `check(response)` returns a problem; a failure aborts the trainee's flow."""
    with client.request(
        method, path, name=name, catch_response=True, allow_redirects=False, **kwargs
    ) as response:
        problem = check(response)
        if problem:
            response.failure(problem)
        else:
            response.success()
    if problem:
        raise Abort(problem)
    return response


def status(expected: int, *, location: str = ""):
    """A check: the response has this status (and a redirect goes to an address containing
    `location`)."""

    def check(response) -> str:
        if response.status_code != expected:
            return f"HTTP {response.status_code}, expected {expected}"
        if location and location not in (response.headers.get("Location") or ""):
            return f"redirected to {response.headers.get('Location')!r}, expected {location!r}"
        return ""

    return check


def log_in(client, username: str, before=None) -> None:
    """The login form: GET it for the CSRF token, POST the credentials, expect a redirect away
    from the login page. `before(name)` is called before each request (the trivial baseline)."""
    if before:
        before("login page")
    page = request(client, "GET", LOGIN_URL, "login page", status(200))
    if before:
        before("login")
    request(
        client,
        "POST",
        LOGIN_URL,
        "login",
        _logged_in,
        data={
            "csrfmiddlewaretoken": csrf_token(page.text),
            "username": username,
            "password": PASSWORD,
        },
        headers={"Referer": client.base_url + LOGIN_URL},
    )


def _logged_in(response) -> str:
    if response.status_code != 302 or "/accounts/login" in (response.headers.get("Location") or ""):
        return f"login refused (HTTP {response.status_code})"
    return ""


def fire_failure(environment, name: str, error: Exception) -> None:
    """Count an unexpected error in a flow as a failed request of its own."""
    environment.events.request.fire(
        request_type="FLOW",
        name=name,
        response_time=0,
        response_length=0,
        exception=error,
        context={},
    )


@events.quitting.add_listener
def dump_statistics(environment, **_kwargs) -> None:
    """Write every request name's histogram, failures and the exceptions to BENCH_LOCUST_OUT,
    so the scenario computes its percentiles and merges phases from the raw data."""
    path = os.environ.get("BENCH_LOCUST_OUT")
    runner: Runner | None = environment.runner
    if not path or runner is None:
        return
    stats = runner.stats
    data = {
        "entries": [
            {
                "name": entry.name,
                "method": entry.method,
                "num_requests": entry.num_requests,
                "num_failures": entry.num_failures,
                "start_time": entry.start_time,
                "last_request_timestamp": entry.last_request_timestamp,
                "total_response_time": entry.total_response_time,
                "total_content_length": entry.total_content_length,
                "response_times": {str(k): v for k, v in entry.response_times.items()},
            }
            for entry in stats.entries.values()
        ],
        "errors": [
            {
                "name": e.name,
                "method": e.method,
                "error": str(e.error),
                "occurrences": e.occurrences,
            }
            for e in stats.errors.values()
        ],
        "exceptions": [
            {"count": e["count"], "msg": e["msg"], "traceback": e["traceback"]}
            for e in runner.exceptions.values()
        ],
    }
    with open(path, "w") as file:
        json.dump(data, file)
