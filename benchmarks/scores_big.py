"""`scores SNAPSHOT --json` on a big snapshot: time and peak RSS, against a plain sqlite3 floor.

Ours: the command itself, a fresh process (`python -m csmm_desktop --data-dir D scores S
--json`). The floor: a fresh `python -c` that reads every answer of the snapshot with
plain sqlite3 (the join of answers and respondents, as a scorer that streams has to) and
adds up the numeric ones per question: no form, no checks, no confidence. Peak RSS is each
child's own (GNU time's maximum resident set size, /usr/bin/time; see `timed`).
Runs alternate ours / floor; the best of N is shown, and the ratio of the bests.

Budget (issue 18): ours <= 1.2 x the floor, peak RSS <= 200 MB, at 100,000 respondents.
Usage: python benchmarks/scores_big.py [N=100000] [--runs 3]
The store is made once and cached (benchmarks/bigstore.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

FLOOR = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
sums, counts = {}, {}
for qid, value in conn.execute(
    "SELECT a.question_id, a.value FROM answers a JOIN respondents r ON r.key = a.respondent_key "
    "WHERE r.snapshot_id = ?", [sys.argv[2]]):
    if value.isdigit():
        sums[qid] = sums.get(qid, 0) + int(value)
        counts[qid] = counts.get(qid, 0) + 1
print(len(sums))
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one run of cmd. The peak is the process's own, from
    /usr/bin/time (GNU time's %M) where it is there; else wait4's ru_maxrss, which on Linux
    also counts what the parent held when it forked (an overestimate)."""
    gnu_time = Path("/usr/bin/time")
    wrapped = [str(gnu_time), "-f", "RSS %M", *cmd] if gnu_time.exists() else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(wrapped, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode() if proc.stderr else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{cmd} failed: {err}")
    lines = [line for line in err.splitlines() if line.startswith("RSS ")]
    kb = int(lines[-1].split()[1]) if lines else usage.ru_maxrss
    return seconds, kb / 1024


def measure(n: int, runs: int) -> dict:
    from bigstore import store

    data, snap = store(n)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours_cmd = [sys.executable, "-m", "csmm_desktop", "--data-dir", str(data), "scores", snap]
    ours_cmd.append("--json")
    floor_cmd = [sys.executable, "-c", FLOOR, str(data / "csmm.sqlite"), snap]
    timed(ours_cmd, env)  # warm the file cache and the bytecode
    ours, floor = [], []
    for _ in range(runs):
        ours.append(timed(ours_cmd, env))
        floor.append(timed(floor_cmd, env))
    best_ours, best_floor = min(ours), min(floor)
    return {
        "n": n,
        "ours_s": best_ours[0],
        "floor_s": best_floor[0],
        "ours_mb": max(r[1] for r in ours),
        "floor_mb": max(r[1] for r in floor),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    r = measure(args.n, args.runs)
    print(
        f"scores --json, {r['n']:,} respondents, best of {args.runs} (alternating):\n"
        f"  ours : {r['ours_s']:6.2f} s, peak RSS {r['ours_mb']:6.0f} MB\n"
        f"  floor: {r['floor_s']:6.2f} s, peak RSS {r['floor_mb']:6.0f} MB (plain sqlite3)\n"
        f"  ratio: {r['ours_s'] / r['floor_s']:.2f} x (budget 1.2 x; RSS budget 200 MB)"
    )


if __name__ == "__main__":
    main()
