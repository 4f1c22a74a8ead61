"""Respondent progress counted by SQLite agrees with the form's own rule (Question.normalise
on the role's scored questions), and scores computed on another connection are kept for
this one only when its data did not change meanwhile."""

import pytest

from csmm_desktop.domain.form import NA
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.store import connect


def by_the_form(db, respondent):
    """The count the old Python loop made: the role's scored questions with a scored answer."""
    form = assessment.snapshot_form(db, respondent.snapshot_id)
    given = assessment.answers_of(db, respondent.id)
    scored = [q for q in form.questions_for(respondent.role) if q.scored]
    return sum(1 for q in scored if q.normalise(given.get(q.id)) is not None), len(scored)


@pytest.mark.usefixtures("demo_db")  # answers of every kind: scored, N/A, free text, unanswered
def test_sql_counts_agree_with_the_forms_rule(db):
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    snap = snaps[0]
    form = assessment.snapshot_form(db, snap.id)
    someone = assessment.add_respondent(db, snap.id, "employee", "Mixed")
    questions = form.questions_for("employee")
    scored = [q for q in questions if q.scored]
    text = next(q for q in questions if not q.scored)
    assessment.set_answer(db, someone.id, scored[0].id, scored[0].scale.values[0].value)
    assessment.set_answer(db, someone.id, scored[1].id, NA)  # N/A: not answered
    assessment.set_answer(db, someone.id, text.id, "Kargo geç geldi")  # not scored
    for snapshot in snaps:
        progress = assessment.respondent_progress(db, snapshot.id)
        people = assessment.list_respondents(db, snapshot.id)
        assert [p.respondent for p in progress] == people  # all, in the order added
        for item in progress:
            assert (item.answered, item.expected) == by_the_form(db, item.respondent)
            single = assessment.respondent_coverage(db, item.respondent.id)
            assert (single.answered, single.expected) == (item.answered, item.expected)
    mixed = assessment.respondent_coverage(db, someone.id)
    assert mixed.answered == 1 and mixed.status == "in_progress"
    assert {p.status for p in assessment.respondent_progress(db, snap.id)} >= {"in_progress"}


@pytest.mark.usefixtures("demo_db")
def test_scores_from_another_connection_are_kept_only_for_unchanged_data(db):
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    version = assessment.scores_version(db)
    other = connect(db.path)  # a worker's own connection
    try:
        scores = assessment.snapshot_scores(other, snap.id)
        assert not assessment.scores_known(db, snap.id)
        assert assessment.remember_scores(db, snap.id, scores, version)
        assert assessment.scores_known(db, snap.id)
        assert assessment.snapshot_scores(db, snap.id) is scores  # shared, not recomputed
        with other.atomic():  # another connection writes: what it scored may be stale
            other.execute("UPDATE clients SET name = 'Renamed' WHERE id = ?", [snap.client_id])
        assert not assessment.scores_known(db, snap.id)
        assert not assessment.remember_scores(db, snap.id, scores, version)
        assert assessment.snapshot_scores(db, snap.id) is not scores
    finally:
        other.close()


@pytest.mark.usefixtures("demo_db")
def test_the_best_coverage_is_the_largest_share_answered(db):
    for snap in clients.list_snapshots(db, demo.DEMO_CLIENT_ID):
        shares = [p.coverage or 0 for p in assessment.respondent_progress(db, snap.id)]
        assert assessment.best_coverage(db, snap.id) == max(shares, default=0.0)
    empty = clients.create_snapshot(db, demo.DEMO_CLIENT_ID, "optimized", "2027-06-01")
    assert assessment.best_coverage(db, empty.id) == 0.0
    someone = assessment.add_respondent(db, empty.id, "employee", "A")  # a change: asked again
    form = assessment.snapshot_form(db, empty.id)
    question = next(q for q in form.questions_for("employee") if q.scored)
    assessment.set_answer(db, someone.id, question.id, question.scale.values[0].value)
    expected = assessment.respondent_coverage(db, someone.id).coverage
    assert assessment.best_coverage(db, empty.id) == expected > 0
    version = assessment.scores_version(db)
    assert assessment.remember_best_coverage(db, empty.id, 0.75, version)  # from a worker
    assert assessment.best_coverage(db, empty.id) == 0.75
