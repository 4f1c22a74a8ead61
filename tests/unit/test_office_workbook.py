"""The Excel workbook of a snapshot (reports/workbook.py, `export-xlsx`): its numbers are the
scores' (`scores --json`), its "responses" sheet imports back into an empty snapshot with the
same scores, client text that looks like a formula stays text, and a target is never
replaced unasked nor written into the data folder."""

import json
import math
import zipfile

import pytest
from openpyxl import load_workbook

from csmm_desktop.cli import main
from csmm_desktop.reports.office_texts import w
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.services import engagement as E
from csmm_desktop.services.presentation import score_view
from csmm_desktop.store import open_store
from tests.conftest import open_copy


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_snapshot(data_dir, demo_template):
    db = open_copy(demo_template, data_dir)
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[-1]
    db.close()
    return snap


def close(a, b):
    """Equal, floats to 12 significant digits: Excel keeps 15 (openpyxl writes no more),
    and a sum over respondents read in another order differs in the last bits."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(close(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12)
    return a == b


def shown(view):
    """What the screen and the paper print of a score view."""
    lines = (view.overall, *view.reviews, *view.sections, *view.topics)
    return [view.level, view.nps_text, view.coverage] + [
        (line.id, line.score, line.interval, line.level, line.n) for line in lines
    ]


def sheet_rows(book, title):
    return list(book[title].iter_rows(values_only=True))


def by_header(rows):
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:] if any(row)]


def test_topic_and_section_scores_are_those_of_scores_json(
    capsys, data_dir, demo_snapshot, tmp_path
):
    out = tmp_path / "demo.xlsx"
    code, printed, err = cli(capsys, data_dir, "export-xlsx", demo_snapshot.id, "--out", str(out))
    assert (code, err) == (0, "") and printed.strip() == str(out)
    scores = json.loads(cli(capsys, data_dir, "scores", demo_snapshot.id, "--json")[1])
    book = load_workbook(out)
    assert book.sheetnames[:5] == ["Summary", "Sections", "Topics", "Questions", "responses"]
    topics = {r["No."]: r["Score"] for r in by_header(sheet_rows(book, "Topics"))}
    expected = {k: v for k, v in scores["topics"].items() if k in topics}
    assert close(topics, expected) and len(topics) > 40
    gaps = {
        r["No."]: r["Gap management − employees"] for r in by_header(sheet_rows(book, "Topics"))
    }
    assert close(gaps, {k: scores["gaps"].get(k) for k in topics})
    sections = {r["No."]: r["Score"] for r in by_header(sheet_rows(book, "Sections"))}
    assert close(sections, scores["sections"])
    cell = book["Topics"]["D2"]
    assert cell.data_type == "n" and cell.number_format == "0.0"
    assert book["Topics"].freeze_panes == "A2" and book["Topics"].auto_filter.ref.startswith("A1:")
    summary = dict(sheet_rows(book, "Summary")[1:])
    assert close(summary["Overall score (0–100)"], scores["overall"])
    assert summary["Respondents"] == scores["respondents"]
    # the questions sheet: every answer counted once
    counted = sum(r["Count"] or 0 for r in by_header(sheet_rows(book, "Questions")))
    db = open_store(data_dir)
    stored = db.execute(
        "SELECT count(*) FROM answers a JOIN respondents r ON r.key = a.respondent_key "
        "WHERE r.snapshot_id = ?",
        [demo_snapshot.id],
    ).fetchone()[0]
    db.close()
    assert counted == stored


def test_the_workbook_imports_back_into_an_empty_snapshot_with_the_same_scores(
    capsys, data_dir, demo_snapshot, tmp_path
):
    out = tmp_path / "demo.xlsx"
    assert cli(capsys, data_dir, "export-xlsx", demo_snapshot.id, "--out", str(out))[0] == 0
    db = open_store(data_dir)
    try:
        client = clients.create_client(db, "Copy")
        empty = clients.create_snapshot(db, client.id, "optimized", demo_snapshot.date)
        parsed = assessment.import_responses(db, empty.id, out)  # the whole workbook
        assert parsed.sheet == "responses"
        before = assessment.snapshot_scores(db, demo_snapshot.id)
        after = assessment.snapshot_scores(db, empty.id)
        assert close(after.to_json(), before.to_json()) and after.overall is not None
        form = assessment.snapshot_form(db, empty.id)
        for lang in ("en", "tr"):
            assert shown(score_view(after, form, lang)) == shown(score_view(before, form, lang))
        count = "SELECT count(*) FROM respondents WHERE snapshot_id = ?"
        assert (
            db.execute(count, [empty.id]).fetchone()
            == db.execute(count, [demo_snapshot.id]).fetchone()
        )
    finally:
        db.close()


TEXT_QUESTION = "2.1.7-1"  # free text, answered by clients
FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]


def test_formula_looking_client_text_stays_text(data_dir, tmp_path):
    from csmm_desktop.reports.office import export

    db = open_store(data_dir)
    try:
        client = clients.create_client(db, FORMULAS[0])
        snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
        E.add_action(db, client.id, FORMULAS[1], snapshot_id=snap.id)
        E.add_problem(db, snap.id, FORMULAS[2])
        rid = assessment.add_respondent(db, snap.id, "client", code=FORMULAS[3]).id
        assessment.set_answer(db, rid, "2.1.2-1", "4")
        assessment.set_answer(db, rid, TEXT_QUESTION, FORMULAS[0])  # on the responses sheet
        heard = []
        out = export(
            db, snap.id, "xlsx", "en", tmp_path / "f.xlsx", progress=lambda p, _m: heard.append(p)
        )
        assert heard[0] == 0 and heard[-1] == 100 and heard == sorted(heard)
        book = load_workbook(out)
        found = {
            c.value: c.data_type
            for ws in book.worksheets
            for row in ws.iter_rows()
            for c in row
            if isinstance(c.value, str)
            and c.value in FORMULAS
            or (isinstance(c.value, str) and FORMULAS[0] in c.value)
        }
        assert set(FORMULAS[1:]) <= set(found) and any(FORMULAS[0] in v for v in found)
        assert set(found.values()) == {"s"}
        with zipfile.ZipFile(out) as zf:
            sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
            assert not any(b"<f>" in zf.read(n) or b"<f " in zf.read(n) for n in sheets)
        # and the respondent's code survives the way back
        again = clients.create_snapshot(db, client.id, "planned", "2026-03-01")
        assessment.import_responses(db, again.id, out)
        (back,) = assessment.list_respondents(db, again.id)
        assert back.code == FORMULAS[3]
        assert assessment.answers_of(db, back.id) == {"2.1.2-1": "4", TEXT_QUESTION: FORMULAS[0]}
    finally:
        db.close()


def test_an_existing_target_needs_force_and_the_data_folder_is_never_one(
    capsys, data_dir, tmp_path
):
    code, out, _ = cli(capsys, data_dir, "new-client", "Acme")
    snap = cli(capsys, data_dir, "new-snapshot", out.strip(), "--stage", "initial")[1].strip()
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"PK\x03\x04 an older workbook")
    code, out, err = cli(capsys, data_dir, "export-xlsx", snap, "--out", str(target))
    assert code == 1 and out == "" and "exists already" in err and "--force" in err
    assert target.read_bytes() == b"PK\x03\x04 an older workbook"
    assert cli(capsys, data_dir, "export-xlsx", snap, "--out", str(target), "--force")[0] == 0
    load_workbook(target)
    code, _, err = cli(capsys, data_dir, "export-xlsx", snap, "--out", str(data_dir / "x.xlsx"))
    assert code == 1 and not (data_dir / "x.xlsx").exists()


def test_an_empty_snapshot_gives_a_workbook_that_says_so(data_dir, tmp_path):
    from csmm_desktop.reports.office import export

    db = open_store(data_dir)
    try:
        client = clients.create_client(db, "Boş Kurum")
        snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
        book = load_workbook(export(db, snap.id, "xlsx", "tr", tmp_path / "boş.xlsx"))
    finally:
        db.close()
    texts = [v for row in book["Özet"].iter_rows(values_only=True) for v in row if v]
    assert w("tr", "empty") in texts
    assert [v for v in sheet_rows(book, "Konular")[-1] if v] == [w("tr", "empty")]
    assert sheet_rows(book, "responses")[0][:2] == ("respondent", "role")


def test_a_turkish_workbook_keeps_its_letters(data_dir, demo_snapshot, tmp_path):
    from csmm_desktop.reports.office import export

    db = open_store(data_dir)
    try:
        book = load_workbook(export(db, demo_snapshot.id, "xlsx", "tr", tmp_path / "tr.xlsx"))
    finally:
        db.close()
    assert book.sheetnames[:4] == ["Özet", "Bölümler", "Konular", "Sorular"]
    text = " ".join(str(v) for row in book["Sorular"].iter_rows(values_only=True) for v in row)
    assert all(letter in text for letter in "çğıöşüİ")
    assert "Kesinlikle katılmıyorum" in text
