"""What `import sqlite_utils` costs (it pulls in numpy): a fresh `python -c 'import
sqlite_utils'` against a fresh `python -c pass`, runs alternating, medians of N. Whether the
first screen waits for it shows in benchmarks/startup.py (first paint against a bare window).

Goal (issue 18): sqlite-utils and numpy off the path to the first screen.
Usage: python benchmarks/import_cost.py [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - start


def measure(runs: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    once("import sqlite_utils", env)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(once("import sqlite_utils", env))
        bare.append(once("pass", env))
    return {"import_s": statistics.median(ours) - statistics.median(bare), "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    r = measure(parser.parse_args().runs)
    print(
        f"import sqlite_utils: {r['import_s'] * 1000:.0f} ms over a bare interpreter "
        f"(medians of {r['runs']} alternating runs)"
    )


if __name__ == "__main__":
    main()
