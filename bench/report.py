"""Results of a bench run: `results/latest.json`, a Markdown table (`results/latest.md`) and PNG
charts. A scenario's result is a dict:

    title   what was measured
    rows    list of dicts, one table row each (same keys)
    goals   list of {"goal": str, "value": str, "met": bool}
    charts  list of {"file": "x.png", "title": str, "ylabel": str, "labels": [...],
                     "series": {name: [values...]}, "yscale": "log" (optional)}   (grouped bars)
    notes   list of str
"""

from __future__ import annotations

import json
import math
from pathlib import Path


def write(results: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "latest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    for scenario in results["scenarios"].values():
        for chart in scenario.get("charts", []):
            _chart(chart, folder / chart["file"])
    (folder / "latest.md").write_text(markdown(results))


def markdown(results: dict) -> str:
    mode = "quick" if results.get("quick") else "full"
    lines = [
        f"# Kelisim benchmarks ({mode} run, {results['started']})",
        "",
        f"Machine: {results['machine']}",
        "",
        "## Goals",
        "",
        "| scenario | goal | measured | met |",
        "|---|---|---|---|",
    ]
    for name, scenario in results["scenarios"].items():
        for goal in scenario.get("goals", []):
            met = "yes" if goal["met"] else "**no**"
            lines.append(f"| {name} | {goal['goal']} | {goal['value']} | {met} |")
        if "error" in scenario:
            lines.append(f"| {name} | (scenario failed) | see below | **no** |")
    for name, scenario in results["scenarios"].items():
        lines += ["", f"## {scenario.get('title', name)}", ""]
        if "error" in scenario:
            lines += ["```", scenario["error"].strip(), "```"]
            continue
        rows = scenario.get("rows", [])
        if rows:
            keys = list(rows[0])
            lines.append("| " + " | ".join(keys) + " |")
            lines.append("|" + "---|" * len(keys))
            lines += ["| " + " | ".join(_cell(row.get(k)) for k in keys) + " |" for row in rows]
        for chart in scenario.get("charts", []):
            lines += ["", f"![{chart['title']}]({chart['file']})"]
        for note in scenario.get("notes", []):
            lines += ["", note]
    return "\n".join(lines) + "\n"


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return "" if value is None else str(value)


def _chart(chart: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, series = chart["labels"], chart["series"]
    width = 0.8 / max(1, len(series))
    # many bars (the query counts of 45 pages): a wider figure, the labels turned upright
    crowded = len(labels) > 12
    size = (max(7, 0.22 * len(labels)), 4) if crowded else (7, 3.6)
    figure, axes = plt.subplots(figsize=size, dpi=100)
    for index, (name, values) in enumerate(series.items()):
        positions = [i + index * width - 0.4 + width / 2 for i in range(len(labels))]
        axes.bar(positions, values, width, label=name)
    tick_style = {"rotation": 90, "fontsize": "x-small"} if crowded else {}
    axes.set_xticks(range(len(labels)), labels, **tick_style)
    axes.set_ylabel(chart.get("ylabel", ""))
    if chart.get("yscale"):  # "log" where bars differ by orders of magnitude
        axes.set_yscale(chart["yscale"])
    positive = [v for values in series.values() for v in values if v and v > 0]
    if chart.get("yscale") == "log" and positive:
        # bars grow from a power of ten below the smallest, with room above for the legend
        axes.set_ylim(10 ** math.floor(math.log10(min(positive))), max(positive) * 4)
    axes.set_title(chart["title"])
    if len(series) > 1:
        axes.legend(fontsize="small", ncols=min(len(series), 4))
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
