"""Bytes per answer in the store (issue 18: ≤ 60), before and after the migration that keys
answers by an integer respondent key and times them in unix seconds (migration 12).

A store at the version before that step gets a client with one snapshot of N respondents
answering as in benchmarks/bundle.py (70 % customers, 22.5 % employees, 7.5 % management,
5 % of the questions left blank); its size after VACUUM over its answer count is the
"before"; the same file is then migrated as the app does it (open_store: a backup first)
and measured again after VACUUM. Prints both, the ratio, and the migration's time.

Usage: python benchmarks/store_migration.py [--respondents N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.config import db_path  # noqa: E402
from csmm_desktop.domain.form import load_form  # noqa: E402
from csmm_desktop.services.common import now  # noqa: E402
from csmm_desktop.store import connect, migrations, open_store  # noqa: E402

KEYS_STEP = next(v for v, step in migrations.STEPS if step is migrations._v12_respondent_keys)
BEFORE = max(v for v, _step in migrations.STEPS if v < KEYS_STEP)


def old_store(data_dir: Path, respondents: int) -> None:
    """The store at version BEFORE, filled through its own (TEXT-keyed) columns."""
    data_dir.mkdir(parents=True)
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=BEFORE)
    form = load_form()
    rng = random.Random(1)
    pattern = ["client"] * 28 + ["employee"] * 9 + ["management"] * 3
    stamp = now()
    choices = {q.id: [v for v, _ in q.answer_choices()] for q in form.questions.values()}
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'Büyük', ?, ?)",
            [stamp, stamp],
        )
        db.execute(
            "INSERT INTO snapshots (id, client_id, stage, date, form_version, created_at, "
            "updated_at) VALUES ('s', 'c', 'measured', '2026-06-01', ?, ?, ?)",
            [form.version, stamp, stamp],
        )
        people, answers = [], []
        for n in range(respondents):
            role = pattern[n % len(pattern)]
            rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            people.append((rid, "s", role, "", f"R{n:05d}", stamp, stamp))
            for q in form.questions_for(role):
                if rng.random() < 0.05 or q.scale.kind == "text":
                    continue
                answers.append((rid, q.id, rng.choice(choices[q.id]), stamp))
            if len(answers) > 200_000:
                _flush(db, people, answers)
        _flush(db, people, answers)
    db.close()


def _flush(db, people: list, answers: list) -> None:
    db.conn.executemany(
        "INSERT INTO respondents (id, snapshot_id, role, name, code, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    db.conn.executemany(
        "INSERT INTO answers (respondent_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
        answers,
    )
    people.clear()
    answers.clear()


def measured(path: Path) -> tuple[int, int]:
    """(file size after VACUUM, answers)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    finally:
        conn.close()
    return path.stat().st_size, answers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        old_store(data_dir, args.respondents)
        path = db_path(data_dir)
        size_before, answers_before = measured(path)
        t0 = time.perf_counter()
        db = open_store(data_dir)  # migrates, with the pre-migration backup first
        seconds = time.perf_counter() - t0
        assert migrations.user_version(db) == migrations.SCHEMA_VERSION
        db.close()
        size_after, answers_after = measured(path)
        assert answers_after == answers_before, (answers_before, answers_after)
    before = size_before / answers_before
    after = size_after / answers_after
    print(
        f"{args.respondents:,} respondents, {answers_after:,} answers\n"
        f"before (schema v{BEFORE}: uuid text keys, ISO times): "
        f"{size_before / 2**20:.1f} MB, {before:.1f} bytes per answer\n"
        f"after (v{KEYS_STEP}: integer keys, unix seconds): "
        f"{size_after / 2**20:.1f} MB, {after:.1f} bytes per answer\n"
        f"ratio after/before {after / before:.2f}; goal ≤ 60 bytes per answer: "
        f"{'met' if after <= 60 else 'NOT met'}\n"
        f"open_store with the migration (backup, rebuild): {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
