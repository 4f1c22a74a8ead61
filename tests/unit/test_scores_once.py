"""Scores are computed once per change of the data and shared by whoever asks."""

import pytest

from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.store import connect


@pytest.fixture
def counted(demo_db, monkeypatch):
    db = demo_db
    calls = []
    real = assessment.score

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(assessment, "score", counting)
    yield db, calls


def test_asking_twice_computes_once_and_a_change_recomputes(counted):
    db, calls = counted
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    first = assessment.snapshot_scores(db, snap.id)
    assert assessment.snapshot_scores(db, snap.id) is first and len(calls) == 1
    respondent = assessment.list_respondents(db, snap.id)[0]
    question = next(
        q.id
        for q in assessment.snapshot_form(db, snap.id).questions_for(respondent.role)
        if q.scored
    )
    assessment.set_answer(db, respondent.id, question, "na")  # this connection writes
    again = assessment.snapshot_scores(db, snap.id)
    assert len(calls) == 2 and again is not first
    assert assessment.snapshot_scores(db, snap.id) is again and len(calls) == 2


def test_a_commit_by_another_connection_recomputes(counted):
    db, calls = counted
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    before = assessment.snapshot_scores(db, snap.id)
    other = connect(db.path)  # as the import's worker or another process would
    try:
        respondent = assessment.list_respondents(other, snap.id)[0]
        assessment.delete_respondent(other, respondent.id)
    finally:
        other.close()
    after = assessment.snapshot_scores(db, snap.id)
    assert len(calls) == 2
    assert sum(after.respondents_by_role.values()) == sum(before.respondents_by_role.values()) - 1


def test_each_snapshot_keeps_its_own(counted):
    db, calls = counted
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    for snap in snaps * 2:
        assessment.snapshot_scores(db, snap.id)
    assert len(calls) == len(snaps)
