"""What the check on opening costs: `open_store` on a big data file (it runs quick_check on
files over FULL_CHECK_MAX_BYTES, integrity_check on smaller ones) against opening the same
file with plain sqlite3 and reading one row, and quick_check alone. Runs alternate; best of N.

Goal (issue 18): quick_check only after an unclean shutdown or on a worker thread, so an
open costs about the baseline.
Usage: python benchmarks/open_check.py [N=100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _ours(data: Path) -> float:
    from csmm_desktop.store import open_store

    start = time.perf_counter()
    db = open_store(data)
    db.execute("SELECT count(*) FROM clients").fetchone()
    seconds = time.perf_counter() - start
    db.close()
    return seconds


def _plain(path: Path, check: bool) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    if check:
        conn.execute("PRAGMA quick_check(1)").fetchall()
    conn.execute("SELECT count(*) FROM clients").fetchone()
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def measure(n: int, runs: int) -> dict:
    from bigstore import store

    from csmm_desktop.store import open_store  # imported before the clock starts

    data, _snap = store(n)
    path = data / "csmm.sqlite"
    open_store(data).close()  # warm the file cache
    ours, plain, check = [], [], []
    for _ in range(runs):
        ours.append(_ours(data))
        plain.append(_plain(path, False))
        check.append(_plain(path, True))
    return {
        "n": n,
        "bytes": path.stat().st_size,
        "ours_s": min(ours),
        "plain_s": min(plain),
        "check_s": min(check) - min(plain),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    r = measure(args.n, args.runs)
    print(
        f"opening a {r['bytes'] / 1e6:.0f} MB data file ({r['n']:,} respondents), "
        f"best of {args.runs}:\n"
        f"  open_store  : {r['ours_s'] * 1000:8.0f} ms\n"
        f"  plain sqlite: {r['plain_s'] * 1000:8.0f} ms\n"
        f"  quick_check alone: {r['check_s'] * 1000:8.0f} ms\n"
        f"  open_store costs {(r['ours_s'] - r['plain_s']) * 1000:.0f} ms over plain sqlite3"
    )


if __name__ == "__main__":
    main()
