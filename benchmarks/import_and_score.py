"""Import a 2,000-respondent response file into a fresh store and score it.

Budget (issue 3): import <= 3 s, scores <= 0.5 s. Usage: python benchmarks/import_and_score.py
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.domain.form import load_form  # noqa: E402
from csmm_desktop.services import assessment, clients  # noqa: E402
from csmm_desktop.store import open_store  # noqa: E402

RESPONDENTS = 2000


def write_file(path: Path, respondents: int = RESPONDENTS) -> int:
    """A realistic response file: 70 % clients, 22.5 % employees, 7.5 % management."""
    form = load_form()
    questions = list(form.questions.values())
    rng = random.Random(1)
    pattern = ["client"] * 28 + ["employee"] * 9 + ["management"] * 3
    roles = [pattern[n % len(pattern)] for n in range(respondents)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["respondent", "role"] + [q.id for q in questions])
        for n, role in enumerate(roles, start=1):
            row = [f"R{n:05d}", role]
            for q in questions:
                if role not in q.roles or rng.random() < 0.05:
                    row.append("")
                elif q.scale.kind == "text":
                    row.append("Daha hızlı yanıt verilmesini isterim" if rng.random() < 0.2 else "")
                elif rng.random() < 0.03:
                    row.append("na")
                else:
                    row.append(rng.choice([v for v, _ in q.answer_choices()]))
            out.writerow(row)
    return len(roles)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "responses.csv"
        write_file(path)
        db = open_store(folder / "data")
        client = clients.create_client(db, "Benchmark")
        snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
        t0 = time.perf_counter()
        parsed = assessment.import_responses(db, snap.id, path)
        t_import = time.perf_counter() - t0
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            scores = assessment.snapshot_scores(db, snap.id)
            runs.append(time.perf_counter() - t0)
        print(
            f"file: {path.stat().st_size / 1e6:.1f} MB, {parsed.respondent_count} respondents, "
            f"{parsed.answer_count} answers"
        )
        print(f"import (check + write, one transaction): {t_import:.2f} s  (budget 3 s)")
        print(f"scores: best {min(runs):.3f} s, median {sorted(runs)[2]:.3f} s  (budget 0.5 s)")
        print(
            f"overall {scores.overall:.1f}, level {scores.level}, "
            f"coverage {scores.coverage:.3f}, NPS {scores.nps:.0f}"
        )


if __name__ == "__main__":
    main()
