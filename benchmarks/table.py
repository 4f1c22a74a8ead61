"""Issue 18's "Measured today" table, measured now: one row per benchmark, as Markdown.

Each row comes from its own script (run alone for details): startup.py, import_cost.py,
latency.py (the GUI rows, when it is there), scores_big.py, import_big.py, cli_small.py,
store_size.py, open_check.py, dashboard_reopen.py. Every script runs ours and its
baseline alternately in the same run and reports the best or the median of N.
The big stores and files are made once and cached under /tmp (benchmarks/bigstore.py):
the first full run spends minutes making the 100,000-respondent store.

Usage: python benchmarks/table.py [--quick]
  --quick  20,000 respondents instead of 100,000 and fewer runs (a few minutes once the
           stores are cached)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def rows(quick: bool) -> list[tuple[str, str, str, str]]:
    """(what, ours, baseline, goal) for each row."""
    n = 20_000 if quick else 100_000
    runs = 1 if quick else 2
    out = []

    import startup

    s = startup.measure(3 if quick else 7)
    bare = s["bare"]
    paint, shown = s["medians"]["csmm-desktop (venv)"][:2]
    out.append(
        (
            "data shown at start, demo",
            f"{_ms(shown)}, {shown / bare:.1f}× a bare window (first paint {paint / bare:.2f}×)",
            f"bare window {_ms(bare)}",
            "first paint ≤ 1.3×, data shown ≤ 2.5×",
        )
    )

    import import_cost

    c = import_cost.measure(5 if quick else 11)
    out.append(
        ("`import sqlite_utils` (pulls numpy)", _ms(c["import_s"]), "–", "off the first screen")
    )

    try:
        import latency  # the GUI rows (benchmarks/latency.py): another helper's
    except ImportError:
        latency = None
    if latency is not None and hasattr(latency, "table_rows"):
        out.extend(latency.table_rows(quick))
    else:
        out.append(
            (
                "data shown, 20,000 / 100,000 respondents",
                "see benchmarks/latency.py",
                "–",
                "≤ 2 s / ≤ 6 s",
            )
        )

    import scores_big

    r = scores_big.measure(n, runs + 1)
    out.append(
        (
            f"`scores --json` {n // 1000}k: time / peak RSS",
            f"{_ms(r['ours_s'])} ({r['ours_s'] / r['floor_s']:.2f}×) / {r['ours_mb']:.0f} MB",
            f"{_ms(r['floor_s'])} / {r['floor_mb']:.0f} MB",
            "≤ 1.2× / ≤ 200 MB",
        )
    )

    import import_big

    r = import_big.measure(n, runs)
    out.append(
        (
            f"import {n // 1000}k: time",
            f"{_ms(r['ours_s'])} ({r['ours_s'] / r['floor_s']:.2f}×)",
            _ms(r["floor_s"]),
            "≤ 1.3×",
        )
    )

    import cli_small

    r = cli_small.measure(7 if quick else 15)
    out.append(
        (
            "small CLI command (`clients`)",
            f"{_ms(r['ours'])} ({r['ours'] / r['floor']:.1f}×)",
            _ms(r["floor"]),
            "≤ 3×",
        )
    )

    import store_size

    r = store_size.measure(n)
    out.append(
        ("store size per answer", f"{r['bytes'] / r['answers']:.0f} bytes", "–", "≤ 60 bytes")
    )

    import open_check

    r = open_check.measure(n, runs + 1)
    out.append(
        (
            f"open (check included), {r['bytes'] / 1e6:.0f} MB file",
            _ms(r["ours_s"]),
            f"plain open {_ms(r['plain_s'])}; quick_check alone {_ms(r['check_s'])}",
            "quick_check only after an unclean end or on a worker",
        )
    )

    import dashboard_reopen

    r = dashboard_reopen.measure(5 if quick else 9)
    out.append(
        (
            "reopening a snapshot's dashboard, warm",
            f"{_ms(r['ours_s'])} ({r['ours_s'] / r['floor_s']:.1f}×)",
            f"{_ms(r['floor_s'])} (a {r['rows']}-row tree and six labels)",
            "–",
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="20,000 respondents, fewer runs")
    args = parser.parse_args()
    table = rows(args.quick)
    print("| what | ours | floor or baseline | goal |")
    print("| --- | --- | --- | --- |")
    for row in table:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
