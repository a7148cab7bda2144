"""One module per scenario, each with `run(ctx: BenchContext) -> dict` (see bench/report.py)."""
