"""The store's scores (one SQL pass, services/score_sql.py) are the scoring engine's: the same
numbers as `score()` on the same answers held in Python, and as SPEC §4 worked out plainly."""

import random

import pytest

from csmm_desktop.domain.form import NA
from csmm_desktop.domain.scoring import CHUNK, score
from csmm_desktop.services import assessment, clients, score_sql
from csmm_desktop.services.common import new_id, now


def _fill(db, respondents: int, seed: int) -> str:
    """A snapshot of every role, with N/A, blanks, partial and empty respondents, free text
    (one holding the very separators the SQL pass uses), a value no question holds and an
    answer to a question of another role, written straight into the store."""
    rng = random.Random(seed)
    client = clients.create_client(db, "Random")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    form = assessment.snapshot_form(db, snap.id)
    stamp = now()
    rows, answers = [], []
    for n in range(respondents):
        rid, role = new_id(), rng.choice(["management", "employee", "client", "client"])
        rows.append((rid, snap.id, role, "", f"R{n}", stamp, stamp))
        share = rng.choice([0.0, 0.2, 0.9, 1.0])  # empty, partial, nearly all, all
        for q in form.questions_for(role):
            if rng.random() > share:
                continue
            if q.scale.kind == "text":
                value = rng.choice(["Daha hızlı", "a\x1eb\x1fc", "x\x1fy"])
            elif rng.random() < 0.1:
                value = NA
            else:
                value = rng.choice([v for v, _ in q.answer_choices()])
            answers.append((rid, q.id, value, stamp))
        if n % 7 == 0:
            other = next(q for q in form.questions.values() if role not in q.roles)
            answers.append((rid, other.id, "3", stamp))  # not a question of this role
        if n % 11 == 0:
            scored = next(q for q in form.questions_for(role) if q.scored)
            answers.append((rid, scored.id, "999", stamp))  # a value the scale does not hold
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO respondents (id, snapshot_id, role, name, code, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.conn.executemany(  # answers under the respondent's integer key (migration 12)
            "INSERT OR REPLACE INTO answers (respondent_key, question_id, value, updated_at)"
            " VALUES ((SELECT key FROM respondents WHERE id = ?), ?, ?, 0)",
            [a[:3] for a in answers],
        )
    return snap.id


def _in_python(db, snap_id: str):
    respondents = db.execute(
        "SELECT id, role FROM respondents WHERE snapshot_id = ?", [snap_id]
    ).fetchall()
    answers: dict[str, dict[str, str]] = {}
    for rid, qid, value in db.execute(
        "SELECT r.id, a.question_id, a.value FROM answers a JOIN respondents r "
        "ON a.respondent_key = r.key "
        "ORDER BY r.id, a.question_id"
    ):
        answers.setdefault(rid, {})[qid] = value
    return respondents, answers


def _plain(form, respondents, answers):
    """SPEC §4 as written, for the headline numbers."""

    def mean(values):
        values = list(values)
        return sum(values) / len(values) if values else None

    per_role: dict = {}
    answered = expected = promoters = detractors = nps_n = 0
    for rid, role in respondents:
        mine = {q.id: q for q in form.questions_for(role)}
        expected += sum(1 for q in mine.values() if q.scored)
        by_topic: dict = {}
        for qid, value in answers.get(rid, {}).items():
            q = mine.get(qid)
            if q is None or not q.scored or value == NA:
                continue
            if value not in [v for v, _ in q.answer_choices()]:
                continue
            answered += 1
            by_topic.setdefault(q.topic_id, []).append(q.normalise(value))
            if q.scale.kind == "nps" and role == "client":
                nps_n += 1
                promoters += int(value) >= form.promoter_min
                detractors += int(value) <= form.detractor_max
        for topic, values in by_topic.items():
            per_role.setdefault((topic, role), []).append(mean(values))
    topics = {}
    for t in form.topics.values():
        roles = form.sections[t.section_id].roles
        topics[t.id] = mean(
            m for r in roles if (m := mean(per_role.get((t.id, r), []))) is not None
        )
    sections = {}
    for s in form.sections.values():
        parts = [
            (topics[t.id], t.weight) for t in s.topics if t.weight and topics[t.id] is not None
        ]
        weight = sum(w for _, w in parts)
        sections[s.id] = sum(v * w for v, w in parts) / weight if weight else None
    reviews = {
        r.id: mean(v for s in r.sections if (v := sections[s.id]) is not None) for r in form.reviews
    }
    overall = mean(v for v in reviews.values() if v is not None)
    pct = {k: None if v is None else v * 100 for k, v in sections.items()}
    return {
        "overall": None if overall is None else overall * 100,
        "sections": pct,
        "coverage": answered / expected if expected else None,
        "nps": (promoters - detractors) * 100 / nps_n if nps_n else None,
    }


def _same(ours, plain):
    assert (ours is None) == (plain is None), (ours, plain)
    assert ours is None or ours == pytest.approx(plain, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("respondents", "seed"), [(0, 1), (1, 2), (40, 3), (CHUNK + 321, 4)])
def test_the_store_pass_gives_the_scoring_engines_numbers(db, respondents, seed):
    snap_id = _fill(db, respondents, seed)
    form = assessment.snapshot_form(db, snap_id)
    from_store = score_sql.snapshot_scores(db.conn, snap_id, form)
    people, answers = _in_python(db, snap_id)
    in_python = score(form, people, answers)

    assert from_store.to_json() == in_python.to_json()  # the very same numbers, not close
    assert from_store.questions == in_python.questions
    assert from_store.role_topics == in_python.role_topics
    assert from_store.role_topic_counts == in_python.role_topic_counts
    assert (from_store.answered, from_store.expected, from_store.nps_counts) == (
        in_python.answered,
        in_python.expected,
        in_python.nps_counts,
    )
    assert from_store.respondents == respondents

    plain = _plain(form, people, answers)
    for key in ("overall", "coverage", "nps"):
        _same(from_store.to_json()[key], plain[key])
    for section, value in plain["sections"].items():
        _same(from_store.sections[section], value)
    if respondents > 1:
        # the free text with the separators in it is counted as the text it is
        counts = [s.counts for s in from_store.questions.values() if "a\x1eb\x1fc" in s.counts]
        assert counts and all(c["a\x1eb\x1fc"] > 0 for c in counts)


def test_the_snapshots_scores_are_the_store_pass(db):
    snap_id = _fill(db, 60, 5)
    form = assessment.snapshot_form(db, snap_id)
    shared = assessment.snapshot_scores(db, snap_id)
    assert shared.to_json() == score_sql.snapshot_scores(db.conn, snap_id, form).to_json()


def _plan(db, snapshot_id: str) -> str:
    query = score_sql.rows_query(db.conn)  # the pass's own SQL
    return " / ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query, [snapshot_id]))


def test_a_small_snapshot_beside_a_big_one_reads_only_its_own_respondents(db):
    """The pass searches the snapshot's respondents in id order (migration 14's index): no
    scan of every respondent of the file, no sort of the answers."""
    big = _fill(db, 60, seed=5)
    client_id = clients.get_snapshot(db, big).client_id
    small = clients.create_snapshot(db, client_id, "planned", "2026-02-01")
    assessment.add_respondent(db, small.id, "employee", "E1")
    plan = _plan(db, small.id)
    assert "SEARCH r USING INDEX respondents_snapshot_id (snapshot_id=?)" in plan, plan
    assert "SCAN r" not in plan and "TEMP B-TREE" not in plan, plan
    assert assessment.snapshot_scores(db, small.id).respondents == 1


def test_a_store_at_version_13_gets_the_index_with_a_backup(data_dir):
    from csmm_desktop.config import backup_dir, db_path
    from csmm_desktop.store import backup, migrations
    from csmm_desktop.store.db import connect

    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=13)
    indexes = {r[1] for r in db.execute("PRAGMA index_list(respondents)")}
    assert score_sql.ORDER_INDEX not in indexes
    client = clients.create_client(db, "Eski")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    before = assessment.snapshot_scores(db, snap.id)  # the id index of a v13 store serves
    migrations.migrate(db, db_path(data_dir), backup_dir(data_dir))
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION >= 14
    assert len(backup.backups(backup_dir(data_dir), "pre-migration-v13")) == 1
    assert score_sql.ORDER_INDEX in {r[1] for r in db.execute("PRAGMA index_list(respondents)")}
    assert score_sql._order_index(db.conn) == score_sql.ORDER_INDEX
    assert assessment.snapshot_scores(db, snap.id).overall == before.overall
    db.close()
