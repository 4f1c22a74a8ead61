"""Big response files and stores for the benchmarks, made once and cached under /tmp.

`response_file(n)`: the CSV of benchmarks/import_and_score.py with n respondents.
`store(n)`: a data folder holding one client with one snapshot into which that file was
imported (by our import), and the snapshot's id. Both are kept in
/tmp/csmm-bench/<schema version>/<n>/ (a 100,000-respondent store takes a minute or more to
make), so the other scripts and benchmarks/table.py reuse them; delete the folder to make
them anew. The stores are only ever read by the benchmarks that use them.
Usage: python benchmarks/bigstore.py N ...   (makes them and prints where they are)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CACHE = Path(os.environ.get("CSMM_BENCH_CACHE", "/tmp/csmm-bench"))


def _folder(n: int) -> Path:
    from csmm_desktop.store.migrations import SCHEMA_VERSION

    folder = CACHE / f"v{SCHEMA_VERSION}" / str(n)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def response_file(n: int) -> Path:
    """The n-respondent CSV (made once)."""
    from import_and_score import write_file

    path = CACHE / f"responses-{n}.csv"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        write_file(partial, n)
        partial.replace(path)
    return path


def store(n: int) -> tuple[Path, str]:
    """(data folder, snapshot id) of a store holding the n-respondent file, made once."""
    folder = _folder(n)
    done = folder / "snapshot.json"
    if done.exists():
        return folder / "data", json.loads(done.read_text())["snapshot"]
    import shutil

    from csmm_desktop.services import assessment, clients
    from csmm_desktop.store import open_store

    data = folder / "data"
    shutil.rmtree(data, ignore_errors=True)
    db = open_store(data)
    client = clients.create_client(db, "Benchmark")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    assessment.import_responses(db, snap.id, response_file(n))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    done.write_text(json.dumps({"snapshot": snap.id}))
    return data, snap.id


def main() -> None:
    for arg in sys.argv[1:]:
        data, snap = store(int(arg))
        print(f"{arg}: {data} snapshot {snap}")


if __name__ == "__main__":
    main()
