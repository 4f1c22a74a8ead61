"""Time and memory of importing big response files, against a plain sqlite3 floor.

For 20,000 and 100,000 respondents (the file of benchmarks/import_and_score.py, scaled),
each import runs in a fresh subprocess that reports its time and its peak RSS growth: the
peak RSS during the import minus the RSS before it. On Linux the peak is VmHWM, reset just
before the import (a child's ru_maxrss starts at its parent's RSS at fork, which would
hide the growth); elsewhere ru_maxrss. The floor inserts the same rows into the same
schema with plain sqlite3: csv.reader, executemany, one transaction, no checks.

Budget: peak RSS growth <= 4 x the file's size at 100,000 respondents.
Usage: python benchmarks/import_memory.py [20000 100000 ...] [--xlsx]
  --xlsx also imports the 20,000-respondent file saved as a workbook (slow to write).
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

BUDGET = 4.0


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _baseline_kb() -> int:
    """RSS now, with the peak reset to it. On Linux a child's ru_maxrss starts at its
    parent's RSS when it forked (it survives exec), so the peak is read from VmHWM, reset
    here (clear_refs 5); elsewhere ru_maxrss is all there is."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    now = _status_kb("VmRSS")
    return now if now is not None else _peak_kb()


def _peak_kb() -> int:
    peak = _status_kb("VmHWM")
    if peak is not None:
        return peak
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS


def child_ours(data_dir: str, snapshot_id: str, path: str) -> dict:
    from csmm_desktop.services import assessment
    from csmm_desktop.store import open_store

    db = open_store(Path(data_dir))
    assessment.snapshot_form(db, snapshot_id)  # the form loaded before the baseline
    before = _baseline_kb()
    t0 = time.perf_counter()
    parsed = assessment.import_responses(db, snapshot_id, path)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "growth_kb": _peak_kb() - before,
        "peak_kb": _peak_kb(),
        "respondents": parsed.respondent_count,
        "answers": parsed.answer_count,
    }


def child_floor(db_file: str, snapshot_id: str, path: str) -> dict:
    """The same rows, inserted the plainest way: no checks, no cleaning, no streaming
    reader of our own."""
    import csv
    import sqlite3
    import uuid

    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    before = _baseline_kb()
    t0 = time.perf_counter()
    stamp = "2026-01-01T00:00:00+00:00"
    seconds = 1767225600  # that time as answers store it (store/keys.py)
    count = answers_total = 0
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        conn.execute("BEGIN IMMEDIATE")
        key = conn.execute("SELECT coalesce(max(key), 0) FROM respondents").fetchone()[0]
        respondents, answers = [], []
        for row in reader:
            rid, key = str(uuid.uuid4()), key + 1
            respondents.append((key, rid, snapshot_id, row[1], "", row[0], stamp, stamp))
            answers.extend(
                (key, header[i], value, seconds) for i, value in enumerate(row[2:], 2) if value
            )
            count += 1
            if len(answers) >= 20_000:
                answers_total += len(answers)
                _floor_flush(conn, respondents, answers)
                respondents, answers = [], []
        answers_total += len(answers)
        _floor_flush(conn, respondents, answers)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "growth_kb": _peak_kb() - before,
        "respondents": count,
        "answers": answers_total,
    }


def _floor_flush(conn, respondents: list, answers: list) -> None:
    conn.executemany(
        "INSERT INTO respondents (key, id, snapshot_id, role, name, code, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        respondents,
    )
    conn.executemany(
        "INSERT INTO answers (respondent_key, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
        answers,
    )


def _fresh_store(folder: Path) -> tuple[Path, Path, str]:
    from csmm_desktop.services import clients
    from csmm_desktop.store import open_store

    data_dir = folder / "data"
    db = open_store(data_dir)
    client = clients.create_client(db, "Benchmark")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    path = db.path
    db.close()
    return data_dir, path, snap.id


def _run_child(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout)


def _to_xlsx(csv_path: Path, xlsx_path: Path) -> None:
    import csv

    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("responses")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.reader(fh)):
            sheet.append([int(v) if n and v.isdigit() else v for v in row])
    book.save(xlsx_path)


def measure(respondents: int, xlsx: bool) -> None:
    from import_and_score import write_file

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "responses.csv"
        write_file(path, respondents)
        files = [("csv", path)]
        if xlsx:
            book = folder / "responses.xlsx"
            _to_xlsx(path, book)
            files.append(("xlsx", book))
        floor_dir = folder / "floor"
        floor_dir.mkdir()
        _d, floor_db, floor_snap = _fresh_store(floor_dir)
        floor = _run_child("floor", str(floor_db), floor_snap, str(path))
        for kind, file in files:
            run = folder / f"ours-{kind}"
            run.mkdir()
            data_dir, _db, snap = _fresh_store(run)
            ours = _run_child("ours", str(data_dir), snap, str(file))
            assert ours["answers"] == floor["answers"], (ours, floor)
            size = file.stat().st_size
            growth = ours["growth_kb"] * 1024
            print(
                f"{respondents:>7,} respondents, {kind}: file {size / 1e6:6.1f} MB, "
                f"{ours['answers']:,} answers\n"
                f"    ours : {ours['seconds']:6.2f} s, peak RSS growth "
                f"{growth / 1e6:6.1f} MB = {growth / size:4.2f} x file (budget {BUDGET:.0f} x), "
                f"peak RSS {ours['peak_kb'] * 1024 / 1e6:.0f} MB\n"
                f"    floor: {floor['seconds']:6.2f} s, peak RSS growth "
                f"{floor['growth_kb'] * 1024 / 1e6:6.1f} MB (plain sqlite3 executemany)\n"
                f"    ratio: time {ours['seconds'] / floor['seconds']:4.2f} x floor, "
                f"memory {ours['growth_kb'] / max(floor['growth_kb'], 1):4.2f} x floor"
            )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        kind, *args = argv[1:]
        result = child_ours(*args) if kind == "ours" else child_floor(*args)
        print(json.dumps(result))
        return
    xlsx = "--xlsx" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [20_000, 100_000]
    for respondents in sizes:
        measure(respondents, xlsx and respondents <= 20_000)


if __name__ == "__main__":
    main(sys.argv[1:])
