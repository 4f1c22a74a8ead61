"""`import-responses` of a big CSV: time against the plain sqlite3 floor, runs interleaved.

Each run imports the cached file (benchmarks/bigstore.py) into a fresh store, in a fresh
process: ours through assessment.import_responses (check + write, one transaction), the
floor the plainest insert of the same rows into the same schema (csv.reader, executemany,
one transaction, no checks: benchmarks/import_memory.py's child_floor). Ours and the floor
alternate; the best of N of each is shown, and their ratio.

Budget (issue 18): ours <= 1.3 x the floor at 100,000 respondents.
Usage: python benchmarks/import_big.py [N=100000] [--runs 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def measure(n: int, runs: int) -> dict:
    from bigstore import response_file
    from import_memory import _fresh_store, _run_child

    path = response_file(n)
    ours, floor = [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "floor").mkdir()
            (folder / "ours").mkdir()
            _d, floor_db, floor_snap = _fresh_store(folder / "floor")
            data_dir, _db, snap = _fresh_store(folder / "ours")
            pair = [
                ("ours", ("ours", str(data_dir), snap, str(path))),
                ("floor", ("floor", str(floor_db), floor_snap, str(path))),
            ]
            for name, child in pair if run % 2 == 0 else reversed(pair):
                (ours if name == "ours" else floor).append(_run_child(*child))
    assert ours[0]["answers"] == floor[0]["answers"], (ours[0], floor[0])
    return {
        "n": n,
        "answers": ours[0]["answers"],
        "size": path.stat().st_size,
        "ours_s": min(r["seconds"] for r in ours),
        "floor_s": min(r["seconds"] for r in floor),
        "ours_mb": max(r["peak_kb"] for r in ours) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    r = measure(args.n, args.runs)
    print(
        f"import-responses, {r['n']:,} respondents ({r['answers']:,} answers, "
        f"{r['size'] / 1e6:.0f} MB CSV), best of {args.runs} (alternating):\n"
        f"  ours : {r['ours_s']:6.2f} s (peak RSS {r['ours_mb']:.0f} MB)\n"
        f"  floor: {r['floor_s']:6.2f} s (plain sqlite3 executemany, no checks)\n"
        f"  ratio: {r['ours_s'] / r['floor_s']:.2f} x (budget 1.3 x)"
    )


if __name__ == "__main__":
    main()
