"""A small command (`clients` on the demo store) against a bare `python -c 'import sqlite3; ...'`.

Each run is a fresh process, from launch to exit; ours and the floor alternate, and the
medians of N runs are compared. The floor opens the same file with plain sqlite3 and prints
the same two columns. Bytecode is written on the warm-up run (PYTHONDONTWRITEBYTECODE is
dropped, as in benchmarks/startup.py): users run compiled bytecode.

Budget (issue 18): ours <= 3 x the floor. To see where ours goes:
    python -X importtime -m csmm_desktop --data-dir DIR clients
Usage: python benchmarks/cli_small.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "for row in conn.execute('SELECT id, name FROM clients ORDER BY name'):\n"
    "    print(*row, sep='\\t')\n"
)


def once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    data = Path(tempfile.mkdtemp()) / "data"
    app = [sys.executable, "-m", "csmm_desktop", "--data-dir", str(data)]
    subprocess.run([*app, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    ours_cmd = [*app, "clients"]
    floor_cmd = [sys.executable, "-c", FLOOR, str(data / "csmm.sqlite")]
    once(ours_cmd, env)
    once(floor_cmd, env)
    ours, floor = [], []
    for _ in range(runs):
        ours.append(once(ours_cmd, env))
        floor.append(once(floor_cmd, env))
    return {"ours": statistics.median(ours), "floor": statistics.median(floor), "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    r = measure(parser.parse_args().runs)
    print(
        f"`clients` on the demo store, medians of {r['runs']} alternating runs:\n"
        f"  ours : {r['ours'] * 1000:6.1f} ms\n"
        f"  floor: {r['floor'] * 1000:6.1f} ms (python -c 'import sqlite3; ...')\n"
        f"  ratio: {r['ours'] / r['floor']:.2f} x (budget 3 x)"
    )


if __name__ == "__main__":
    main()
