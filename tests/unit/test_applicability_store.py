"""Per-client applicability in the store: migration 11 from an older store, frozen onto each
snapshot at creation, the scores memo keyed on it, bundles carry it, the wizard's write, the
response file, the report's appendix and the blank forms."""

import json

import pytest

from csmm_desktop import reports
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import applicability, assessment, bundle, clients
from csmm_desktop.services.clients import InputError
from csmm_desktop.store import backup, migrations, open_store
from csmm_desktop.store.db import connect
from tests.pdftext import page_texts

# The reports' text is read here, never a chart's pixels (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def answer_all(db, snapshot_id, role, code, value="4"):
    person = assessment.add_respondent(db, snapshot_id, role, code=code)
    form = assessment.snapshot_form(db, snapshot_id)
    for q in form.questions_for(role):
        if q.scale.kind in ("ordinal", "nps"):
            assessment.set_answer(db, person.id, q.id, value)
    return person


@pytest.fixture
def shop(db):
    client = clients.create_client(db, "Mağaza", sector="Perakende")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    answer_all(db, snap.id, "client", "C-1", "4")
    return client, snap


def test_a_store_at_version_10_migrates_with_a_backup_and_keeps_its_scores(data_dir):
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=10)
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'Eski', 't', 't')"
        )
        db.execute(
            "INSERT INTO snapshots (id, client_id, stage, date, form_version, created_at, "
            "updated_at) VALUES ('s', 'c', 'initial', '2026-01-01', '1.0', 't', 't')"
        )
        db.execute(
            "INSERT INTO respondents (id, snapshot_id, role, created_at, updated_at) "
            "VALUES ('r', 's', 'client', 't', 't')"
        )
        db.execute(
            "INSERT INTO answers VALUES ('r', '2.3.8-1', '5', 't'), ('r', '2.3.7-1', '1', 't')"
        )
    migrations.migrate(db, db_path(data_dir), backup_dir(data_dir))
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION >= 11
    assert len(backup.backups(backup_dir(data_dir), "pre-migration-v10")) == 1
    # the old snapshot has every question: 2.3.7 = 0 and 2.3.8 = 100 both count
    assert applicability.snapshot_items(db, "s") == ()
    scores = assessment.snapshot_scores(db, "s")
    # section 2.3 = (2.3.7: 0 × 3 scored questions + 2.3.8: 100 × 2) / 5 = 40
    assert scores.topics["2.3.8"] == 100.0 and scores.sections["2.3"] == pytest.approx(40.0)
    with db.atomic():  # run again (a store given it twice): no change, no error
        migrations._v11_applicability(db)
    db.close()


def test_frozen_at_creation_and_the_memo_keys_on_it(db, shop, monkeypatch):
    client, first = shop
    before = assessment.snapshot_scores(db, first.id)
    applicability.save(db, client.id, ["2.3.8", "2.4.6-3"])
    # the client's list changed, the older snapshot did not
    assert applicability.snapshot_items(db, first.id) == ()
    assert assessment.snapshot_scores(db, first.id).expected == before.expected
    later = clients.create_snapshot(db, client.id, "planned", "2026-04-01")
    assert applicability.snapshot_items(db, later.id) == ("2.3.8", "2.4.6-3")
    assert "2.3.8-1" not in assessment.snapshot_form(db, later.id).questions

    calls = []
    real = assessment.score
    monkeypatch.setattr(assessment, "score", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = assessment.snapshot_scores(db, first.id)
    assert assessment.snapshot_scores(db, first.id) is again and len(calls) == 1
    # applied to the older snapshot on purpose: its numbers are worked out again
    applicability.save(db, client.id, ["2.3.8"], snapshot_ids=[first.id])
    changed = assessment.snapshot_scores(db, first.id)
    assert len(calls) == 2 and changed.expected == before.expected - 2
    assert changed.answered == before.answered - 2 and changed.not_applicable == ("2.3.8",)
    assert "section_missing:2.3" not in changed.confidence.indicative_reasons


def test_the_wizard_cannot_answer_a_left_out_question_and_a_file_keeps_it(db, shop, tmp_path):
    client, snap = shop
    applicability.save(db, client.id, ["2.3.8"], snapshot_ids=[snap.id])
    person = assessment.list_respondents(db, snap.id)[0]
    with pytest.raises(InputError) as info:
        assessment.set_answer(db, person.id, "2.3.8-1", "5")
    assert str(info.value) == "2.3.8-1 is marked not applicable to this client's snapshot."
    # a response file with the column imports; the answer is stored, not counted
    path = tmp_path / "r.csv"
    path.write_text("respondent,role,2.3.7-1,2.3.8-1\nC-2,client,5,1\n", encoding="utf-8")
    before = assessment.snapshot_scores(db, snap.id)
    assessment.import_responses(db, snap.id, path)
    after = assessment.snapshot_scores(db, snap.id)
    assert after.answered == before.answered + 1  # 2.3.7-1 only
    assert after.topics["2.3.8"] is None
    stored = db.execute("SELECT count(*) FROM answers WHERE question_id = '2.3.8-1'").fetchone()
    assert stored[0] == 2  # C-1's, given before it was left out, and C-2's: both kept
    # the template has no column for it
    template = assessment.write_template(db, snap.id, tmp_path / "t.csv")
    header = template.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "2.3.7-1" in header and "2.3.8-1" not in header


def test_a_section_left_out_whole_shows_as_not_applicable_not_missing(db, shop, tmp_path):
    from csmm_desktop.cli import scores_text
    from csmm_desktop.services.presentation import score_view

    client, snap = shop
    applicability.save(db, client.id, ["2.3"], snapshot_ids=[snap.id])
    scores = assessment.snapshot_scores(db, snap.id)
    view = score_view(scores, assessment.snapshot_form(db, snap.id), "en")
    line = view.line("section", "2.3")
    assert line.not_applicable and not line.missing and line.score == "–"
    assert not view.line("section", "2.2").not_applicable and "2.3" not in view.left_out
    text = scores_text(view)
    assert "  2.3\t–\tnot applicable to the client, left out" in text
    assert "section 2.3" not in text.lower()  # no "Section 2.3 has no answers" reason
    pdf = text_of(reports.write_report(db, snap.id, "en", tmp_path / "r.pdf"))
    assert "2.3 Purchasing experience Client (customer) 0 – – not applicable" in pdf
    assert "2.3 Purchasing experience No. Topic" not in pdf  # no empty topic table
    assert "Section 2.3 Purchasing experience: all of it (49 questions)" in pdf


def test_unknown_ids_and_presets_are_refused_and_nothing_is_stored(db, shop):
    client, _snap = shop
    form = applicability.form_for(db, client.id)
    with pytest.raises(InputError, match="'9.9' is not a section, topic or question"):
        applicability.check_items(form, ["2.3.8", "9.9"])
    with pytest.raises(InputError, match="no sector preset 'bakery'"):
        applicability.apply_preset(db, client.id, "bakery")
    other = clients.create_client(db, "Başka")
    other_snap = clients.create_snapshot(db, other.id, "initial")
    with pytest.raises(InputError, match="not a snapshot of Mağaza"):
        applicability.save(db, client.id, ["2.3.8"], snapshot_ids=[other_snap.id])
    assert db.execute("SELECT count(*) FROM client_applicability").fetchone()[0] == 0
    assert applicability.apply_preset(db, client.id, "retail").items == ("2.4.2", "2.4.6")


def test_a_bundle_carries_the_lists_and_the_scores_agree(db, shop, tmp_path):
    client, snap = shop
    applicability.save(db, client.id, ["2.3.8", "2.4.7"], preset="", snapshot_ids=[snap.id])
    later = clients.create_snapshot(db, client.id, "planned", "2026-04-01")
    answer_all(db, later.id, "client", "C-9", "2")
    out = bundle.export_bundle(db, client.id, tmp_path / "c.csmm").path
    other = open_store(tmp_path / "other")
    try:
        bundle.import_bundle(other, out)
        assert applicability.client_applicability(other, client.id).items == ("2.3.8", "2.4.7")
        for s in (snap, later):
            assert applicability.snapshot_items(other, s.id) == ("2.3.8", "2.4.7")
            assert (
                assessment.snapshot_scores(other, s.id).to_json()
                == assessment.snapshot_scores(db, s.id).to_json()
            )
        # a one-snapshot bundle (the respondents' laptop) carries the snapshot's list too
        one = bundle.export_bundle(db, client.id, tmp_path / "s.csmm", snapshot_id=later.id)
        third = open_store(tmp_path / "third")
        try:
            bundle.import_bundle(third, one.path)
            assert applicability.snapshot_items(third, later.id) == ("2.3.8", "2.4.7")
            assert "2.4.7-1" not in assessment.snapshot_form(third, later.id).questions
        finally:
            third.close()
    finally:
        other.close()


def text_of(path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


@pytest.mark.parametrize(
    "lang, title, line",
    [
        ("en", "Left out for this client", "Topic 2.3.8 Shipment: all of it (2 questions)"),
        ("tr", "Bu kurum için dışarıda bırakılanlar", "Konu 2.3.8 Teslimat: tamamı (2 soru)"),
    ],
)
def test_the_report_says_what_was_left_out_and_blank_forms_leave_it_out(
    db, shop, tmp_path, lang, title, line
):
    client, snap = shop
    applicability.save(db, client.id, ["2.3.8", "2.3.6-13"], snapshot_ids=[snap.id])
    text = text_of(reports.write_report(db, snap.id, lang, tmp_path / "r.pdf"))
    assert title in text and line in text and "2.3.6-13" in text
    fact = {"en": "Left out for the client 3 questions (appendix A)", "tr": "Kurum için dışarıda"}
    assert fact[lang] in text  # on the cover
    blank = text_of(
        reports.write_report(
            db, snap.id, lang, tmp_path / "b.pdf", kind="blank-form", role="client"
        )
    )
    assert "2.3.7-1" in blank and "2.3.8-1" not in blank and "2.3.6-13" not in blank


def test_a_snapshot_without_a_list_reports_no_such_part(db, shop, tmp_path):
    _client, snap = shop
    text = text_of(reports.write_report(db, snap.id, "en", tmp_path / "r.pdf"))
    assert "Left out for this client" not in text


def test_a_damaged_stored_list_is_refused_plainly(db, shop):
    client, snap = shop
    with db.atomic():
        db.execute(
            "INSERT INTO snapshot_applicability VALUES (?, ?, 't')", [snap.id, json.dumps({"a": 1})]
        )
    with pytest.raises(InputError, match="damaged"):
        assessment.snapshot_form(db, snap.id)


def test_a_progress_report_keeps_a_topic_an_older_snapshot_scored(db, shop, tmp_path):
    client, first = shop  # every question applies to the first: 2.3.8 Shipment is scored
    applicability.save(db, client.id, ["2.3.8"])
    later = clients.create_snapshot(db, client.id, "planned", "2026-04-01")
    answer_all(db, later.id, "client", "C-2", "5")
    assert assessment.snapshot_scores(db, later.id).topics["2.3.8"] is None
    text = text_of(reports.write_report(db, later.id, "en", tmp_path / "p.pdf", kind="progress"))
    assert "2.3.8 Shipment" in text


def test_the_import_says_how_many_answers_are_kept_not_counted(
    db, shop, tmp_path, capsys, data_dir
):
    from csmm_desktop.cli import main

    client, snap = shop
    applicability.save(db, client.id, ["2.3.8"], snapshot_ids=[snap.id])
    path = tmp_path / "r.csv"
    path.write_text("respondent,role,2.3.7-1,2.3.8-1\nC-2,client,5,1\n", encoding="utf-8")
    assert assessment.check_response_file(db, snap.id, path).not_counted == 1
    parsed = assessment.import_responses(db, snap.id, path)
    assert parsed.not_counted == 1
    assert [str(n) for n in assessment.import_notes(parsed)] == [
        "1 answer is to a question left out for this client: it is kept but not counted "
        "(not expected, not scored)."
    ]
    other = tmp_path / "o.csv"
    other.write_text("respondent,role,2.3.7-1\nC-3,client,5\n", encoding="utf-8")
    assert assessment.import_notes(assessment.import_responses(db, snap.id, other)) == []
    more = tmp_path / "m.csv"
    more.write_text("respondent,role,2.3.8-1,2.3.8-2\nC-4,client,5,na\n", encoding="utf-8")
    db.close()
    args = ["--data-dir", str(data_dir), "import-responses", snap.id, str(more)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "imported 1 respondents" in out
    assert "2 answers are to questions left out for this client: they are kept but not " in out
