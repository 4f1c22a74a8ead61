"""The crosswalk between form versions: its sheet in the form workbook (both ways, every
problem refused with its place, nothing stored), and snapshots on two versions compared
through it in the progress report, the dashboard, the action effects and `compare`."""

import json

import pytest
from openpyxl import load_workbook

from csmm_desktop.cli import main
from csmm_desktop.domain import crosswalk
from csmm_desktop.domain import form as forms
from csmm_desktop.domain.form_sheet import FormSheetError, from_sheets, to_sheets
from csmm_desktop.services import assessment, clients, form_store
from csmm_desktop.services.dashboard import load_dashboard
from tests.pdftext import page_texts, text_of
from tests.unit.test_form_sheet import as_read, small_form, write_book


def flat(text: str) -> str:
    return " ".join(text.split())


def shop_2_sheets(crosswalk_rows):
    """small_form as version shop-2 with a new question in 1.1.1, the frequency question
    1.1.2-1 split in two (1.1.2-1 and the new 1.1.2-3), and 1.2.1-1 re-worded."""
    sheets = to_sheets(small_form())
    for row in sheets["settings"]:
        if row[0] == "version":
            row[1] = "shop-2"
    header = sheets["questions"][0]

    def question(qid, topic, scale, en, tr):
        row = [""] * len(header)
        for name, value in (
            ("id", qid),
            ("topic", topic),
            ("scale", scale),
            ("label::en", en),
            ("label::tr", tr),
        ):
            row[header.index(name)] = value
        return row

    rows = sheets["questions"]
    at = next(i for i, r in enumerate(rows) if r[0] == "1.1.1-2")
    rows.insert(at + 1, question("1.1.1-3", "1.1.1", "agree5", "Labels are clear.", "Net."))
    at = next(i for i, r in enumerate(rows) if r[0] == "1.1.2-2")
    rows.insert(at + 1, question("1.1.2-3", "1.1.2", "agree5", "Shelves are full.", "Dolu."))
    for r in rows:
        if r[0] == "1.2.1-1":
            r[header.index("label::en")] = "The delivery came when promised."
    sheets["crosswalk"] += crosswalk_rows
    return sheets


ROWS = [
    ["1.1.1-3", "shop-1", "", "new"],
    ["1.1.2-1", "shop-1", "1.1.2-1", "split"],
    ["1.1.2-3", "shop-1", "1.1.2-1", "split"],
    ["1.2.1-1", "shop-1", "1.2.1-1", "reworded"],
]


# --- the sheet, both ways ---------------------------------------------------------------------


def test_a_crosswalk_round_trips_through_the_workbook(db, tmp_path):
    form_store.import_xlsx(db, write_book(tmp_path / "s1.xlsx", to_sheets(small_form())))
    # an edited export of shop-1 becomes shop-2 with its crosswalk
    exported = form_store.export_xlsx("shop-1", tmp_path / "e.xlsx", db)
    book = load_workbook(exported)
    assert "crosswalk" in book.sheetnames
    assert [c.value for c in book["crosswalk"][1]] == [
        "question",
        "earlier_version",
        "earlier",
        "relation",
    ]
    path = write_book(tmp_path / "s2.xlsx", shop_2_sheets([r[:] for r in ROWS]))
    assert form_store.import_xlsx(db, path) == "shop-2"
    stored = json.loads(forms.custom_form_json("shop-2"))
    assert stored["crosswalk"] == [
        {"question": "1.1.1-3", "earlier_version": "shop-1", "earlier": [], "relation": "new"},
        {
            "question": "1.1.2-1",
            "earlier_version": "shop-1",
            "earlier": ["1.1.2-1"],
            "relation": "split",
        },
        {
            "question": "1.1.2-3",
            "earlier_version": "shop-1",
            "earlier": ["1.1.2-1"],
            "relation": "split",
        },
        {
            "question": "1.2.1-1",
            "earlier_version": "shop-1",
            "earlier": ["1.2.1-1"],
            "relation": "reworded",
        },
    ]
    form = forms.load_form("shop-2")
    assert [(r.question, r.relation) for r in form.crosswalk][1] == ("1.1.2-1", "split")
    # exported again and read back: the same form file
    again = form_store.export_xlsx("shop-2", tmp_path / "again.xlsx", db)
    rows = [[c.value for c in r] for r in load_workbook(again)["crosswalk"].iter_rows()]
    assert rows[1:] == [[q or None, v, e or None, rel] for q, v, e, rel in ROWS]
    data = from_sheets(form_store.read_sheets(again), [forms.load_form("shop-1")])
    assert data == stored
    # a form without a crosswalk leaves the sheet empty, and it may be left out
    sheets = to_sheets(small_form("shop-3"))
    assert sheets["crosswalk"] == [["question", "earlier_version", "earlier", "relation"]]
    sheets.pop("crosswalk")
    assert "crosswalk" not in from_sheets(as_read(sheets))


# --- validation -------------------------------------------------------------------------------


def refused(sheets, earlier):
    with pytest.raises(FormSheetError) as caught:
        from_sheets(as_read(sheets), earlier)
    return [str(p) for p in caught.value.problems]


SHOP_1 = forms.parse_form(small_form(), "shop-1")

CASES = [
    (
        "unknown earlier id",
        [["1.2.1-1", "shop-1", "1.2.9-1", "reworded"]],
        "sheet “crosswalk”, row 2, column C (earlier): '1.2.9-1' is not a question of form "
        "version shop-1",
    ),
    (
        "relation not in the list",
        [["1.2.1-1", "shop-1", "1.2.1-1", "renamed"]],
        "sheet “crosswalk”, row 2, column D (relation): 'renamed' is not a relation "
        "(expected one of: same, reworded, moved, split, merged, dropped, new)",
    ),
    (
        "split into one question",
        [["1.1.2-1", "shop-1", "1.1.2-1", "split"]],
        "sheet “crosswalk”, row 2, column C (earlier): the earlier question 1.1.2-1 is split "
        "into one question only",
    ),
    (
        "split from two ids",
        [
            ["1.1.2-1", "shop-1", "1.1.2-1, 1.1.1-1", "split"],
            ["1.1.2-3", "shop-1", "1.1.2-1", "split"],
        ],
        "sheet “crosswalk”, row 2, column C (earlier): the relation split takes exactly one "
        "earlier id (given: 2)",
    ),
    (
        "merged from one id",
        [["1.1.2-1", "shop-1", "1.1.2-1", "merged"]],
        "sheet “crosswalk”, row 2, column C (earlier): the relation merged takes at least two "
        "earlier ids (given: 1)",
    ),
    (
        "new with an earlier id",
        [["1.1.1-3", "shop-1", "1.1.1-1", "new"]],
        "sheet “crosswalk”, row 2, column C (earlier): the relation new takes no earlier id "
        "(given: 1)",
    ),
    (
        "an earlier question mapped twice",
        [
            ["1.1.2-1", "shop-1", "1.1.2-1", "same"],
            ["1.1.2-3", "shop-1", "1.1.2-1", "moved"],
        ],
        "sheet “crosswalk”, row 3, column C (earlier): the earlier question 1.1.2-1 is mapped "
        "again (first in row 2)",
    ),
    (
        "a cycle to itself",
        [["1.2.1-1", "shop-2", "1.2.1-1", "reworded"]],
        "sheet “crosswalk”, row 2, column B (earlier_version): the crosswalk to shop-2 makes a "
        "cycle (shop-2 → shop-2)",
    ),
    (
        "an earlier version not stored",
        [["1.2.1-1", "shop-9", "1.2.1-1", "reworded"]],
        "sheet “crosswalk”, row 2, column B (earlier_version): form version shop-9 is not "
        "stored here (have: shop-1)",
    ),
    (
        "unknown question",
        [["1.3.1-1", "shop-1", "1.2.1-1", "moved"]],
        "sheet “crosswalk”, row 2, column A (question): '1.3.1-1' is not an id on the sheet "
        "“questions”",
    ),
    (
        "a dropped question with a question of this form",
        [["1.2.1-1", "shop-1", "1.2.1-1", "dropped"]],
        "sheet “crosswalk”, row 2, column A (question): a dropped question is not in this form",
    ),
    (
        "a question mapped twice",
        [
            ["1.2.1-1", "shop-1", "1.2.1-1", "reworded"],
            ["1.2.1-1", "shop-1", "1.2.1-2", "moved"],
        ],
        "sheet “crosswalk”, row 3, column A (question): the id '1.2.1-1' appears twice "
        "(first in row 2)",
    ),
]


@pytest.mark.parametrize("what, rows, expected", CASES, ids=[c[0] for c in CASES])
def test_each_crosswalk_problem_is_refused_with_its_place(what, rows, expected):
    found = refused(shop_2_sheets(rows), [SHOP_1])
    assert any(expected in p for p in found), found


def test_a_cycle_through_a_stored_form_is_refused():
    # a form stored from a bundle may name a version not here yet: importing that version
    # with a crosswalk back to it would close a cycle
    data = small_form("shop-0")
    data["crosswalk"] = [
        {
            "question": "1.2.1-1",
            "earlier_version": "shop-2",
            "earlier": ["1.2.1-1"],
            "relation": "same",
        }
    ]
    shop_0 = forms.parse_form(data, "shop-0")
    found = refused(shop_2_sheets([["1.2.1-1", "shop-0", "1.2.1-1", "same"]]), [shop_0])
    assert any(
        "sheet “crosswalk”, row 2, column B (earlier_version): the crosswalk to shop-0 makes a "
        "cycle (shop-2 → shop-0 → shop-2)" in p
        for p in found
    ), found


def test_a_refused_crosswalk_stores_nothing(db, tmp_path):
    form_store.import_xlsx(db, write_book(tmp_path / "s1.xlsx", to_sheets(small_form())))
    bad = shop_2_sheets([["1.2.1-1", "shop-1", "1.2.9-1", "reworded"]])
    with pytest.raises(FormSheetError) as caught:
        form_store.import_xlsx(db, write_book(tmp_path / "bad.xlsx", bad))
    assert "sheet “crosswalk”, row 2, column C (earlier)" in str(caught.value)
    assert [r[0] for r in db.execute("SELECT version FROM forms")] == ["shop-1"]


def test_a_form_file_with_a_broken_crosswalk_is_refused():
    data = small_form("shop-2")
    data["crosswalk"] = [
        {"question": "1.2.1-1", "earlier_version": "shop-1", "earlier": [], "relation": "merged"}
    ]
    with pytest.raises(forms.FormError, match="merged takes at least two earlier ids"):
        forms.parse_form(data, "shop-2")
    data["crosswalk"] = [
        {
            "question": "1.2.1-1",
            "earlier_version": "shop-1",
            "earlier": ["1.2.1-1"],
            "relation": "odd",
        }
    ]
    with pytest.raises(forms.FormError, match="relation 'odd' is not one of"):
        forms.parse_form(data, "shop-2")


# --- the comparison rule ----------------------------------------------------------------------


def shop_2_form():
    data = from_sheets(as_read(shop_2_sheets([r[:] for r in ROWS])), [SHOP_1])
    return forms.parse_form(data, "shop-2")


def test_the_rule_topics_sections_reviews():
    later = shop_2_form()
    found = crosswalk.compare(later, SHOP_1, load={"shop-1": SHOP_1}.get)
    # 1.1.1 has a new question; 1.1.2's split stays inside it; 1.2.1 re-worded
    assert found.topics == {"1.1.2": "1.1.2", "1.2.1": "1.2.1"}
    assert found.topics_left == {"1.1.1": "new"}
    assert found.sections == {"1.2": "1.2"} and found.sections_left == {"1.1": "new"}
    assert found.reviews == {}
    assert found.counts() == {
        "same": 4,
        "reworded": 1,
        "moved": 0,
        "split": 2,
        "merged": 0,
        "new": 1,
        "dropped": 0,
    }
    # the other way round: shop-1's ids, the same pairs
    back = crosswalk.compare(SHOP_1, later, load={"shop-1": SHOP_1, "shop-2": later}.get)
    assert back.topics == {"1.1.2": "1.1.2", "1.2.1": "1.2.1"}
    assert back.topics_left == {"1.1.1": "dropped"}
    # a form of another family with no crosswalk: nothing compared
    other = forms.parse_form({**small_form("bank-1"), "form": "bank"}, "bank-1")
    none = crosswalk.compare(other, SHOP_1, load=lambda v: None)
    assert not none.linked and none.topics == {} and none.values("topic", {"1.1.1": 50}) == {}


def test_a_merge_and_a_move_through_two_steps():
    """shop-1 -> m-2: 1.1.1-1 and 1.1.1-2 merged into one; m-2 -> m-3: 1.2.1-1 moved to a
    new place (its topic keeps its other question)."""
    m2 = small_form("m-2")
    topic = m2["reviews"][0]["sections"][0]["topics"][0]
    topic["questions"] = topic["questions"][:1]
    m2["crosswalk"] = [
        {
            "question": "1.1.1-1",
            "earlier_version": "shop-1",
            "earlier": ["1.1.1-1", "1.1.1-2"],
            "relation": "merged",
        }
    ]
    m2_form = forms.parse_form(m2, "m-2")
    m3 = json.loads(json.dumps(m2))
    m3["version"] = "m-3"
    m3["crosswalk"] = [
        {
            "question": "1.1.1-1",
            "earlier_version": "m-2",
            "earlier": ["1.1.1-1"],
            "relation": "same",
        }
    ]
    m3_form = forms.parse_form(m3, "m-3")
    stored = {"shop-1": SHOP_1, "m-2": m2_form}
    found = crosswalk.compare(m3_form, SHOP_1, load=stored.get)
    assert found.questions["1.1.1-1"] == ("merged", ("1.1.1-1", "1.1.1-2"))
    assert found.topics == {"1.1.1": "1.1.1", "1.1.2": "1.1.2", "1.2.1": "1.2.1"}
    assert found.sections == {"1.1": "1.1", "1.2": "1.2"} and found.reviews == {"1": "1"}


# --- snapshots on two versions ------------------------------------------------------------------


@pytest.fixture
def two_versions(db, tmp_path):
    """A client with an Initial snapshot on shop-1 and a Planned one on shop-2 (made by
    importing an edited export of shop-1), answered so that the numbers are checked by hand."""
    form_store.import_xlsx(db, write_book(tmp_path / "s1.xlsx", to_sheets(small_form())))
    exported = form_store.read_sheets(form_store.export_xlsx("shop-1", tmp_path / "e.xlsx", db))
    edited = {name: [cells for _n, cells, _b in rows] for name, rows in exported.items()}
    sheets = shop_2_sheets([r[:] for r in ROWS])
    edited["settings"] = sheets["settings"]
    edited["questions"] = sheets["questions"]
    edited["crosswalk"] = sheets["crosswalk"]
    assert form_store.import_xlsx(db, write_book(tmp_path / "s2.xlsx", edited)) == "shop-2"
    client = clients.create_client(db, "Mağaza Ltd.")
    a = clients.create_snapshot(db, client.id, "initial", "2026-03-01", form_version="shop-1")
    b = clients.create_snapshot(db, client.id, "planned", "2026-06-01", form_version="shop-2")
    for snap, answers, delivery in (
        (a, {"1.1.1-1": "5", "1.1.1-2": "yes", "1.1.2-1": "3"}, "3"),
        (
            b,
            {"1.1.1-1": "5", "1.1.1-2": "yes", "1.1.1-3": "1", "1.1.2-1": "5", "1.1.2-3": "4"},
            "5",
        ),
    ):
        m = assessment.add_respondent(db, snap.id, "management", "M1")
        for qid, value in answers.items():
            assessment.set_answer(db, m.id, qid, value)
        c = assessment.add_respondent(db, snap.id, "client", "C1")
        assessment.set_answer(db, c.id, "1.2.1-1", delivery)
    return client, a, b


def test_scores_of_the_two_snapshots_by_hand(db, two_versions):
    _client, a, b = two_versions
    first, last = assessment.snapshot_scores(db, a.id), assessment.snapshot_scores(db, b.id)
    # shop-1: 1.1.1 = (100 + 100) / 2; 1.1.2 = frequency 3 -> 50; 1.2.1 = satisfaction 3 -> 50
    assert first.topics == pytest.approx({"1.1.1": 100, "1.1.2": 50, "1.2.1": 50})
    # shop-2: 1.1.1 = (100 + 100 + 0) / 3; 1.1.2 = (100 × 2 + 75 × 1) / 3 (1.1.2-1 keeps
    # its weight 2 of small_form, the new 1.1.2-3 weighs 1: docs/forms.md "Question
    # weights"); 1.2.1 = 5 -> 100
    assert last.topics == pytest.approx({"1.1.1": 200 / 3, "1.1.2": 275 / 3, "1.2.1": 100})
    assert last.sections["1.2"] == pytest.approx(100) and first.sections["1.2"] == pytest.approx(50)


def test_compare_on_the_command_line(capsys, db, two_versions, data_dir):
    _client, a, b = two_versions
    code = main(["--data-dir", str(data_dir), "compare", b.id, a.id, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert (data["reference_form"], data["other_form"], data["linked"]) == (
        "shop-2",
        "shop-1",
        True,
    )
    assert data["topics"]["1.1.2"]["change"] == pytest.approx(275 / 3 - 50)
    assert data["topics"]["1.2.1"]["change"] == pytest.approx(50)
    assert "1.1.1" not in data["topics"] and data["not_compared"]["topics"] == {"1.1.1": "new"}
    assert list(data["sections"]) == ["1.2"] and data["not_compared"]["sections"] == {"1.1": "new"}
    assert data["questions"]["split"] == 2 and data["questions"]["new"] == 1
    # the overall: each form's own, topics weighed by their questions' weights (shop-1:
    # 1.1 = (100 × 2 + 50 × 2) / 4 = 75, (75 + 50) / 2; shop-2: 1.1 = (200/3 × 3 + 275/3 × 3)
    # / 6 = 475/6, (475/6 + 100) / 2)
    assert data["overall"]["other"] == pytest.approx(62.5)
    assert data["overall"]["reference"] == pytest.approx((475 / 6 + 100) / 2)
    code = main(["--data-dir", str(data_dir), "compare", b.id, a.id])
    out, _ = capsys.readouterr()
    assert "topic\t1.1.2\t1.1.2\t91.7\t50.0\t41.7\n" in out
    assert "not compared\ttopic\t1.1.1\tnew\n" in out


def test_the_progress_report_across_two_form_versions_uses_the_crosswalk(
    db, two_versions, tmp_path
):
    from csmm_desktop import reports

    _client, _a, b = two_versions
    out = reports.write_report(db, b.id, "en", tmp_path / "p.pdf", kind="progress")
    pages = [flat(p) for p in page_texts(out)]
    text = " ".join(pages)
    assert (
        "The form changed between these snapshots: Initial 1 Mar 2026 was answered with form "
        "version shop-1, Planned 1 Jun 2026 with form version shop-2." in text
    ), text[:3000]
    assert (
        "Through the crosswalk: 4 questions the same, 1 re-worded, 2 from a split, 1 new." in text
    )
    assert "This report compares 2 of 3 topics and 1 of 2 sections of Initial 1 Mar 2026" in text
    assert "Not compared (shown as –): 1.1.1 Packaging (new questions)." in text
    # the topic table: 1.1.1 has no earlier score, 1.1.2 and 1.2.1 their changes
    topic_page = next(p for p in pages if p.startswith("Topic scores "))
    assert "1.1.1 Packaging – 66.7 –" in topic_page, topic_page
    assert "1.1.2 Display 50.0 91.7 +41.7" in topic_page, topic_page
    assert "1.2.1 Delivery 50.0 100.0 +50.0" in topic_page, topic_page
    tr = reports.write_report(db, b.id, "tr", tmp_path / "p_tr.pdf", kind="progress")
    text_tr = " ".join(flat(p) for p in page_texts(tr))
    assert "Bu anlık durumlar arasında form değişti" in text_tr
    assert "Karşılaştırılmayanlar (– ile gösterilir): 1.1.1 Ambalaj (yeni sorular)." in text_tr


def test_the_dashboard_compares_through_the_crosswalk(db, two_versions):
    client, a, b = two_versions
    board = load_dashboard(db, client.id, b.id)
    first = board.history[0]
    assert board.aligned(first, "topic") == pytest.approx({"1.1.2": 50, "1.2.1": 50})
    assert board.aligned(first, "section") == pytest.approx({"1.2": 50})
    changes = board.form_changes()
    assert [(h.snapshot.id, c.topics_left) for h, c in changes] == [(a.id, {"1.1.1": "new"})]
    board.figure("heatmap", "en")  # drawn with the aligned columns
    same = load_dashboard(db, client.id, a.id)
    assert same.form_changes() == []


def test_action_effects_across_versions_measure_only_compared_topics(db, two_versions):
    from csmm_desktop.services import effect
    from csmm_desktop.services import engagement as E

    client, a, b = two_versions
    for topic in ("1.1.1", "1.2.1"):  # done for the later snapshot
        E.add_action(
            db, client.id, f"Work on {topic}", snapshot_id=b.id, topic_id=topic, status="done"
        )
    found = {e.action.topic_id: e.measures[0] for e in effect.action_effects(db, b.id)}
    assert found["1.1.1"].verdict == effect.UNMEASURED  # not comparable: a new question
    assert found["1.2.1"].change == pytest.approx(50) and found["1.2.1"].verdict == effect.WORKED


def test_the_deck_and_the_snapshot_report_compare_through_the_crosswalk(db, two_versions, tmp_path):
    from pptx import Presentation

    from csmm_desktop import reports
    from csmm_desktop.reports import office

    _client, _a, b = two_versions
    path = office.export(db, b.id, "deck", "en", tmp_path / "d.pptx")
    prs = Presentation(str(path))
    chart = next(s.chart for slide in prs.slides for s in slide.shapes if s.has_chart)
    initial, planned = chart.plots[0].series
    # sections 1.1, 1.2: the Initial snapshot's 1.1 is not compared (a new question in 1.1.1)
    assert list(initial.values) == [None, pytest.approx(50)]
    assert list(planned.values) == [pytest.approx(475 / 6), pytest.approx(100)]
    out = reports.write_report(db, b.id, "en", tmp_path / "s.pdf")
    text = flat(text_of(out, " "))
    # what changed since the Initial snapshot: 1.2 moved; 1.1 is not compared (it would
    # read 75.0 → 79.2 by plain ids)
    assert "1.2 Shipment: +50.0 (50.0 → 100.0)" in text
    assert "1.1 Packaging and display: +4.2" not in text and "75.0 → 79.2" not in text


def test_a_form_file_with_a_crosswalk_matches_the_schema():
    from tests.unit.test_form_schema import SCHEMA, problems

    data = from_sheets(as_read(shop_2_sheets([r[:] for r in ROWS])), [SHOP_1])
    assert problems(data, SCHEMA) == []
    data["crosswalk"][0]["relation"] = "odd"
    data["crosswalk"][1]["colour"] = "blue"
    found = problems(data, SCHEMA)
    assert any("$.crosswalk[0].relation: 'odd' not one of" in p for p in found), found
    assert any("$.crosswalk[1]: unexpected colour" in p for p in found), found


def test_moved_between_topics_regroups_and_a_dropped_row_drops():
    # r-2: 1.1.1-1 moved into topic 1.1.2 (as 1.1.2-3); 1.1.1-2 renumbered 1.1.1-1
    data = small_form("r-2")
    topics = data["reviews"][0]["sections"][0]["topics"]
    moved, kept = topics[0]["questions"]
    topics[0]["questions"] = [{**kept, "id": "1.1.1-1"}]
    topics[1]["questions"].append({**moved, "id": "1.1.2-3"})
    data["crosswalk"] = [
        {
            "question": "1.1.1-1",
            "earlier_version": "shop-1",
            "earlier": ["1.1.1-2"],
            "relation": "same",
        },
        {
            "question": "1.1.2-3",
            "earlier_version": "shop-1",
            "earlier": ["1.1.1-1"],
            "relation": "moved",
        },
    ]
    r2 = forms.parse_form(data, "r-2")
    found = crosswalk.compare(r2, SHOP_1, load={"shop-1": SHOP_1}.get)
    assert found.topics == {"1.2.1": "1.2.1"}
    assert found.topics_left == {"1.1.1": "regrouped", "1.1.2": "regrouped"}
    assert found.sections_left == {"1.1": "new"} and found.sections == {"1.2": "1.2"}
    assert found.questions["1.1.2-3"] == ("moved", ("1.1.1-1",))
    # shop-3: shop-2 without its new 1.1.1-3, said with a dropped row
    later = shop_2_form()
    data = from_sheets(as_read(shop_2_sheets([r[:] for r in ROWS])), [SHOP_1])
    data["version"] = "shop-3"
    data["reviews"][0]["sections"][0]["topics"][0]["questions"].pop()
    data["crosswalk"] = [
        {"earlier_version": "shop-2", "earlier": ["1.1.1-3"], "relation": "dropped"}
    ]
    shop_3 = forms.parse_form(data, "shop-3")
    found = crosswalk.compare(shop_3, later, load={"shop-1": SHOP_1, "shop-2": later}.get)
    assert found.dropped == ("1.1.1-3",) and found.topics_left == {"1.1.1": "dropped"}
    # through both crosswalks back to shop-1: 1.1.1 is the same again, 1.1.2 still split
    back = crosswalk.compare(shop_3, SHOP_1, load={"shop-1": SHOP_1, "shop-2": later}.get)
    assert back.topics == {"1.1.1": "1.1.1", "1.1.2": "1.1.2", "1.2.1": "1.2.1"}
    assert back.reviews == {"1": "1"} and back.counts()["split"] == 2
