"""A big snapshot made fast, for the tests and benchmarks of issue 18: N respondents with a
few answers each, written in one transaction by the import's batch writer (plain
executemany inserts, services/assessment.py), so it follows the answers table's schema."""

from __future__ import annotations

import random

from csmm_desktop.domain.form import NA, load_form
from csmm_desktop.domain.response_file import ResponseRow
from csmm_desktop.services import assessment, clients

ROLES = ["client"] * 28 + ["employee"] * 9 + ["management"] * 3  # as benchmarks/ mix them


def add_big_snapshot(db, n: int, answers_each: int = 3, client_name: str = "Büyük Banka") -> str:
    """A new client with one snapshot of `n` respondents, each with `answers_each` (≥ 2)
    scored answers, the first now and then N/A, but every tenth with none (not started);
    returns the snapshot's id."""
    client = clients.create_client(db, client_name)
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-20")
    form = load_form(snap.form_version)
    rng = random.Random(18)
    scored = {
        role: [
            (q.id, [v for v, _ in q.answer_choices()]) for q in form.questions_for(role) if q.scored
        ]
        for role in form.role_names
    }
    with db.atomic():
        writer = assessment._ResponseWriter(db, snap.id)
        for i in range(n):
            role = ROLES[i % len(ROLES)]
            given = {}
            if i % 10:  # every tenth has not started
                picked = rng.sample(scored[role], answers_each)
                for k, (qid, values) in enumerate(picked):  # an N/A first, now and then
                    given[qid] = NA if k == 0 and rng.random() < 0.1 else rng.choice(values)
            writer.add(ResponseRow(i + 2, f"R-{i + 1:06d}", role, given))
        writer.flush()
    return snap.id
