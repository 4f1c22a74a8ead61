"""Store bytes per answer: the data file of a big snapshot (benchmarks/bigstore.py) divided by
its answers, and what the answers table and its respondents take (SQLite's dbstat).

Budget (issue 18): <= 60 bytes per answer (integer respondent keys in answers).
Usage: python benchmarks/store_size.py [N=20000]
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def measure(n: int) -> dict:
    from bigstore import store

    data, _snap = store(n)
    path = data / "csmm.sqlite"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            tables = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
        except sqlite3.Error:  # SQLite built without dbstat
            tables = {}
    finally:
        conn.close()
    size = pages * page
    return {"n": n, "answers": answers, "bytes": size, "tables": tables}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    r = measure(n)
    print(
        f"store of {r['n']:,} respondents: {r['bytes'] / 1e6:.0f} MB, {r['answers']:,} answers, "
        f"{r['bytes'] / r['answers']:.1f} bytes per answer (budget 60)"
    )
    for name, size in sorted(r["tables"].items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {name:32s} {size / 1e6:8.1f} MB  {size / r['answers']:6.1f} bytes per answer")


if __name__ == "__main__":
    main()
