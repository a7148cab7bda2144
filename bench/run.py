"""`python -m bench.run [--quick] [--only NAME ...]`: run the scenarios, write bench/results/."""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import subprocess
import time
import traceback

from . import report
from .context import RESULTS, BenchContext

SCENARIOS = ["queries", "eligibility", "gating", "exam_day", "certificates"]


def machine() -> str:
    postgres = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-Atc", "show server_version", "postgres"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, PostgreSQL {postgres}, "
        f"{platform.system()} {platform.release()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, under 5 minutes")
    parser.add_argument("--only", nargs="*", choices=SCENARIOS, help="run only these")
    options = parser.parse_args(argv)
    context = BenchContext(quick=options.quick)
    results = {
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "quick": options.quick,
        "machine": machine(),
        "scenarios": {},
    }
    failed = False
    for name in options.only or SCENARIOS:
        context.say(f"scenario {name}")
        started = time.monotonic()
        try:
            module = importlib.import_module(f"bench.scenarios.{name}")
            results["scenarios"][name] = module.run(context)
        except Exception:  # one scenario failing must not lose the others' results
            failed = True
            results["scenarios"][name] = {"title": name, "error": traceback.format_exc()}
            context.say(traceback.format_exc())
        results["scenarios"][name]["seconds"] = round(time.monotonic() - started, 1)
        report.write(results, RESULTS)
    context.say(f"results in {RESULTS / 'latest.md'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
