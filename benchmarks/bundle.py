"""Export and import of client bundles (issue 19): the demo client and a client with one
20,000-respondent snapshot; time of each step and the size of the bundle.

Usage: python benchmarks/bundle.py [--respondents N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.domain.form import load_form  # noqa: E402
from csmm_desktop.services import assessment, bundle, clients, demo  # noqa: E402
from csmm_desktop.services.common import now  # noqa: E402
from csmm_desktop.store import open_store  # noqa: E402
from csmm_desktop.store.keys import next_respondent_key, stamp_seconds  # noqa: E402


def big_client(db, respondents: int) -> tuple[str, str]:
    """A client with one snapshot of `respondents` respondents answering as in
    benchmarks/import_and_score.py (70 % clients, 22.5 % employees, 7.5 % management)."""
    form = load_form()
    client = clients.create_client(db, "Büyük Müşteri")
    snap = clients.create_snapshot(db, client.id, "measured", "2026-06-01")
    rng = random.Random(1)
    pattern = ["client"] * 28 + ["employee"] * 9 + ["management"] * 3
    stamp = now()
    seconds = stamp_seconds(stamp)
    people, answers = [], []
    with db.atomic():
        key = next_respondent_key(db.conn)  # answers are keyed by it (store/keys.py)
        for n in range(respondents):
            role = pattern[n % len(pattern)]
            rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            people.append((key + n, rid, snap.id, role, "", f"R{n:05d}", stamp, stamp))
            for q in form.questions_for(role):
                if rng.random() < 0.05 or q.scale.kind == "text":
                    continue
                value = rng.choice([v for v, _ in q.answer_choices()])
                answers.append((key + n, q.id, value, seconds))
        db.conn.executemany(
            "INSERT INTO respondents (key, id, snapshot_id, role, name, code, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            people,
        )
        db.conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", answers)
    return client.id, snap.id


def measure(label: str, db_from, client_id: str, folder: Path, password: str | None) -> None:
    out = folder / f"{label}.csmm"
    t0 = time.perf_counter()
    result = bundle.export_bundle(db_from, client_id, out, password=password)
    t_export = time.perf_counter() - t0
    target = open_store(folder / f"{label}-target")
    t0 = time.perf_counter()
    plan = bundle.import_bundle(target, out, password=password)
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = bundle.import_bundle(target, out, password=password)
    t_again = time.perf_counter() - t0
    target.close()
    rows = sum(result.rows.values())
    lock = " encrypted" if password else ""
    print(
        f"{label}{lock}: {rows:,} rows, bundle {result.size / 2**20:.2f} MB; "
        f"export {t_export:.2f} s, import into an empty folder {t_import:.2f} s "
        f"({plan.total().added:,} added), re-import {t_again:.2f} s "
        f"({again.total().unchanged:,} unchanged)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_store(folder / "source")
        demo_id, _ = demo.add_demo(db)
        measure("demo", db, demo_id, folder, None)
        (folder / "enc").mkdir()
        measure("demo", db, demo_id, folder / "enc", "şifre")
        t0 = time.perf_counter()
        big_id, snap_id = big_client(db, args.respondents)
        print(
            f"(made a {args.respondents:,}-respondent client in {time.perf_counter() - t0:.1f} s)"
        )
        measure(f"{args.respondents}-respondents", db, big_id, folder, None)
        scores = assessment.snapshot_scores(db, snap_id).to_json()["overall"]
        print(f"(its overall score {scores})")
        db.close()


if __name__ == "__main__":
    main()
