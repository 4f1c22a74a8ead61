"""The scores kept on disk between starts (services/score_cache.py): found only for the very
answers, form and code they were made from, never stale, never trusted blindly."""

import dataclasses
import logging
import os
import pickle
import pickletools
import struct

import pytest

from csmm_desktop.config import db_path
from csmm_desktop.domain import scoring
from csmm_desktop.domain.applicability import tailor
from csmm_desktop.services import assessment, score_cache, score_sql
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import connect


def _snapshots(db):
    return [
        r[0] for r in db.execute("SELECT id FROM snapshots WHERE client_id = ?", [DEMO_CLIENT_ID])
    ]


def _uncached(db, snapshot_id):
    """The engine's own numbers, straight from the answers (no cache folder)."""
    return score_sql.snapshot_scores(
        db.conn, snapshot_id, assessment.snapshot_form(db, snapshot_id)
    )


def _files(data_dir):
    folder = data_dir / "cache" / "scores"
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.glob("*.pickle") if not p.name.startswith(".tmp-"))


def test_a_later_start_reads_the_very_scores_the_engine_made(demo_db, data_dir, monkeypatch):
    made = {sid: assessment.snapshot_scores(demo_db, sid) for sid in _snapshots(demo_db)}
    assert len(_files(data_dir)) == len(made) == 4
    again = connect(db_path(data_dir))  # as the next start's window does
    try:
        monkeypatch.setattr(scoring.Tally, "__init__", lambda *a: pytest.fail("scored again"))
        for sid, scores in made.items():
            kept = assessment.snapshot_scores(again, sid)
            assert kept == scores and kept is not scores  # every number, the form too
            assert kept.explain("overall") == scores.explain("overall")  # uses the form
            assert kept.not_applicable == scores.not_applicable
    finally:
        again.close()


def test_changed_answers_are_scored_again_and_never_read_stale(demo_db, data_dir):
    sid = _snapshots(demo_db)[0]
    before = assessment.snapshot_scores(demo_db, sid)
    rid, qid, value = demo_db.execute(
        "SELECT r.id, a.question_id, a.value FROM respondents r "
        "JOIN answers a ON a.respondent_key = r.key WHERE r.snapshot_id = ? "
        "AND a.value IN ('1', '2') LIMIT 1",
        [sid],
    ).fetchone()
    assessment.set_answer(demo_db, rid, qid, "5")
    fresh = connect(db_path(data_dir))
    try:
        after = assessment.snapshot_scores(fresh, sid)
        assert after == _uncached(fresh, sid)
        assert after.overall != before.overall
        assert after.questions[qid].counts != before.questions[qid].counts
        assert [name.startswith(f"{sid}-") for name in _files(data_dir)] == [True]
        assessment.set_answer(fresh, rid, qid, value)  # back as it was
        again = connect(db_path(data_dir))
        try:
            assert assessment.snapshot_scores(again, sid) == before
        finally:
            again.close()
    finally:
        fresh.close()
    assert len(_files(data_dir)) == 1  # a snapshot keeps its newest state only


def test_answers_typed_in_keep_the_other_snapshots_files(demo_db, data_dir, monkeypatch):
    """Each answer saved is a state of its own: typing in a respondent's answers must not
    push the other snapshots' files out of the newest KEPT."""
    monkeypatch.setattr(score_cache, "KEPT", 4)
    first, *others = _snapshots(demo_db)
    for sid in others:
        assessment.snapshot_scores(demo_db, sid)
    rid, qids = demo_db.execute(
        "SELECT r.id, group_concat(a.question_id) FROM respondents r "
        "JOIN answers a ON a.respondent_key = r.key WHERE r.snapshot_id = ? GROUP BY r.id",
        [first],
    ).fetchone()
    for qid in qids.split(",")[:12]:  # twelve answers changed, the scores looked at each time
        assessment.set_answer(demo_db, rid, qid, None)
        assessment.snapshot_scores(demo_db, first)
    names = _files(data_dir)
    assert len(names) == 4 and sum(n.startswith(f"{first}-") for n in names) == 1
    monkeypatch.setattr(scoring.Tally, "__init__", lambda *a: pytest.fail("scored again"))
    later = connect(db_path(data_dir))  # the next start: every snapshot from its file
    try:
        for sid in others:
            assert assessment.snapshot_scores(later, sid) is not None
    finally:
        later.close()


def test_the_form_as_tailored_and_the_code_are_in_the_name(demo_db, monkeypatch):
    sid = _snapshots(demo_db)[0]
    form = assessment.snapshot_form(demo_db, sid)
    question = next(iter(form.questions))
    tailored = tailor(form, [question])
    assert score_cache.form_digest(tailored) != score_cache.form_digest(form)

    def name(the_form):
        key = score_cache.Key(the_form)
        key.add(["employee"], [1], [question + scoring.SEP + "3"])
        return key.name()

    before = name(form)
    assert name(tailored) != before
    real = score_cache._source

    def edited(module):  # the scoring code as another version of the app has it
        return real(module) + (b"\n# edited" if module.endswith(".confidence") else b"")

    monkeypatch.setattr(score_cache, "_source", edited)
    assert name(form) == before  # the code's digest is made once per process
    monkeypatch.setattr(score_cache, "_code", None)
    assert name(form) != before


def test_a_damaged_file_is_passed_over_and_the_snapshot_scored(
    demo_db, data_dir, caplog, monkeypatch
):
    sid = _snapshots(demo_db)[0]
    scores = assessment.snapshot_scores(demo_db, sid)
    [name] = _files(data_dir)
    path = data_dir / "cache" / "scores" / name
    path.write_bytes(path.read_bytes()[:200])  # cut short, as a full disk might leave it
    fresh = connect(db_path(data_dir))
    try:
        with caplog.at_level(logging.WARNING, logger="csmm_desktop.services.score_cache"):
            assert assessment.snapshot_scores(fresh, sid) == scores
        assert f"score cache file {name} not used" in caplog.text
    finally:
        fresh.close()
    # written again, whole: the start after reads it without scoring
    monkeypatch.setattr(scoring.Tally, "__init__", lambda *a: pytest.fail("scored again"))
    third = connect(db_path(data_dir))
    try:
        assert assessment.snapshot_scores(third, sid) == scores
    finally:
        third.close()


def _first_float(body: bytes) -> int:
    """Where the pickle `body` holds its first float's eight bytes (the overall score)."""
    return next(pos + 1 for op, _arg, pos in pickletools.genops(body) if op.name == "BINFLOAT")


@pytest.mark.parametrize("bit", [0x01, 0x80])  # a float's last mantissa bit, its sign
def test_a_flipped_bit_is_noticed_and_never_shown_as_a_number(demo_db, data_dir, caplog, bit):
    """A byte of a file gone wrong (a failing disk or stick, a bad copy) unpickled as well
    as ever: the overall score came out 5421519.3 (an exponent bit) or a hair off, and the
    snapshot table showed it. The file's digest tells, and the answers are scored again."""
    sid = _snapshots(demo_db)[0]
    scores = assessment.snapshot_scores(demo_db, sid)
    [name] = _files(data_dir)
    path = data_dir / "cache" / "scores" / name
    data = bytearray(path.read_bytes())
    start = len(data) - len(pickle.dumps(dataclasses.replace(scores, _form=None), protocol=5))
    at = start + _first_float(bytes(data[start:]))
    assert struct.unpack(">d", data[at : at + 8])[0] == scores.overall  # that float
    data[at + (7 if bit == 0x01 else 0)] ^= bit
    path.write_bytes(bytes(data))
    fresh = connect(db_path(data_dir))
    try:
        with caplog.at_level(logging.WARNING, logger="csmm_desktop.services.score_cache"):
            again = assessment.snapshot_scores(fresh, sid)
        assert again.overall == scores.overall
        assert again == _uncached(fresh, sid)
        assert f"score cache file {name} not used: damaged" in caplog.text
    finally:
        fresh.close()


class _Planted:
    """A pickle that would make a folder when loaded: what someone else's file could do."""

    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        return (os.mkdir, (str(self.target),))


def test_a_planted_file_cannot_run_code(demo_db, data_dir, tmp_path, caplog):
    sid = _snapshots(demo_db)[0]
    scores = assessment.snapshot_scores(demo_db, sid)
    [name] = _files(data_dir)
    target = tmp_path / "planted"
    path = data_dir / "cache" / "scores" / name
    # framed as the app frames its own (its digest is no secret): only the loader stops it
    path.write_bytes(score_cache.frame(pickle.dumps(_Planted(target))))
    fresh = connect(db_path(data_dir))
    try:
        with caplog.at_level(logging.WARNING, logger="csmm_desktop.services.score_cache"):
            assert assessment.snapshot_scores(fresh, sid) == scores
    finally:
        fresh.close()
    assert not target.exists()
    assert "posix.mkdir is not allowed" in caplog.text or "os.mkdir is not allowed" in caplog.text


def test_a_folder_that_cannot_be_written_leaves_the_scores_as_they_are(demo_db, data_dir):
    (data_dir / "cache").write_text("not a folder")  # mkdir of cache/scores fails
    sid = _snapshots(demo_db)[0]
    assert assessment.snapshot_scores(demo_db, sid) == _uncached(demo_db, sid)
    assert (data_dir / "cache").read_text() == "not a folder"


def test_a_big_snapshot_is_scored_as_it_is_read_and_not_kept(demo_db, data_dir, monkeypatch):
    monkeypatch.setattr(score_sql, "CHUNK", 3)  # "big": more than two chunks of three
    monkeypatch.setattr(score_sql, "CACHED_UP_TO", 6)
    sid = _snapshots(demo_db)[0]
    [(size,)] = demo_db.execute("SELECT count(*) FROM respondents WHERE snapshot_id = ?", [sid])
    assert size > 6
    scores = assessment.snapshot_scores(demo_db, sid)
    assert _files(data_dir) == []
    assert scores == _uncached(demo_db, sid)  # in chunks of the same size: the same sums


def test_only_the_newest_files_are_kept(demo_db, data_dir, monkeypatch):
    monkeypatch.setattr(score_cache, "KEPT", 2)
    for sid in _snapshots(demo_db):
        assessment.snapshot_scores(demo_db, sid)
    assert len(_files(data_dir)) == 2


def test_a_file_a_killed_process_was_writing_is_cleared_later(demo_db, data_dir):
    folder = data_dir / "cache" / "scores"
    folder.mkdir(parents=True)
    left, writing = folder / ".tmp-left.pickle", folder / ".tmp-writing.pickle"
    left.write_bytes(b"half")
    writing.write_bytes(b"half")
    hour_ago = left.stat().st_mtime - 3600
    os.utime(left, (hour_ago, hour_ago))
    assessment.snapshot_scores(demo_db, _snapshots(demo_db)[0])
    assert not left.exists()  # left by a kill: cleared at the next save
    assert writing.exists()  # maybe another process's, still being written
    assert len(_files(data_dir)) == 1


def test_a_store_without_a_file_keeps_nothing():
    from sqlite_utils import Database

    assert score_cache.folder_of(Database(memory=True)) is None


def test_clear_removes_the_kept_files_and_nothing_else(demo_db, data_dir):
    for sid in _snapshots(demo_db):
        assessment.snapshot_scores(demo_db, sid)
    folder = data_dir / "cache" / "scores"
    (folder / "notes.txt").write_text("someone's own file")
    assert score_cache.clear(folder) == 4
    assert _files(data_dir) == [] and (folder / "notes.txt").exists()
    assert score_cache.clear(folder) == 0
    assert score_cache.clear(None) == 0  # a store without a file
    (data_dir / "elsewhere").write_text("a file, not a folder")
    assert score_cache.clear(data_dir / "elsewhere") == 0
    assert score_cache.clear(data_dir / "missing") == 0


def test_a_data_folder_gone_while_open_is_not_made_again(demo_db, data_dir):
    """The folder moved or deleted while the window reads on (its connection still open):
    scoring a snapshot made the folder anew, holding only cache/scores."""
    import shutil

    sid = _snapshots(demo_db)[0]
    expected = _uncached(demo_db, sid)
    shutil.rmtree(data_dir)
    assert assessment.snapshot_scores(demo_db, sid) == expected
    assert not data_dir.exists()
