import csv
import io

import pytest
from openpyxl import Workbook

from csmm_desktop.domain.response_file import ResponseFileError
from csmm_desktop.services import assessment, clients


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Müşteri A.Ş.")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-10")


HEADER = ["respondent", "role", "1.1.1-1", "1.1.1-2", "1.2.1-1", "2.1.1-1", "2.4.9-1", "1.1.8-1"]
GOOD = [
    ["Şükrü Öztürk", "management", "5", "na", "4", "", "", "İyi bir ekip; çağrı ağır"],
    ["E-01", "employee", "", "", "2", "", "", ""],
    ["Müşteri 1", "client", "", "", "", "website", "9", ""],
]


def write_csv(path, rows, delimiter=",", encoding="utf-8"):
    """As a spreadsheet saves it: fields with the delimiter in them are quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def counts(db):
    return (
        db.execute("SELECT count(*) FROM respondents").fetchone()[0],
        db.execute("SELECT count(*) FROM answers").fetchone()[0],
    )


@pytest.mark.parametrize(
    "delimiter, encoding", [(",", "utf-8"), (";", "utf-8"), (",", "utf-8-sig"), (";", "cp1254")]
)
def test_import_real_world_encodings(db, snapshot, tmp_path, delimiter, encoding):
    path = write_csv(tmp_path / "r.csv", [HEADER] + GOOD, delimiter, encoding)
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert parsed.delimiter == delimiter
    assert counts(db) == (3, 7)
    names = {r.label for r in assessment.list_respondents(db, snapshot.id)}
    assert names == {"Şükrü Öztürk", "E-01", "Müşteri 1"}
    text = db.execute("SELECT value FROM answers WHERE question_id = '1.1.8-1'").fetchone()[0]
    assert text == "İyi bir ekip; çağrı ağır"  # semicolon inside a field survives
    assert (
        db.execute("SELECT value FROM answers WHERE question_id = '1.1.1-2'").fetchone()[0] == "na"
    )


def test_import_xlsx_with_numbers_as_numbers(db, snapshot, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["M-1", "management", 5, "partly", 4.0, None, None, None])
    ws.append(["# a note row", "ignored"])
    ws.append(["C-1", "client", None, None, None, "phone", 10, None])
    wb.save(tmp_path / "r.xlsx")
    parsed = assessment.import_responses(db, snapshot.id, tmp_path / "r.xlsx")
    assert parsed.respondent_count == 2
    scores = assessment.snapshot_scores(db, snapshot.id)
    assert scores.respondents == 2
    assert scores.nps == 100.0


@pytest.mark.parametrize(
    "rows, message",
    [
        (
            [HEADER[:2] + ["9.9.9-1"], ["a", "client", "1"]],
            r"row 1, column C: '9\.9\.9-1' is not a question id",
        ),
        (
            [HEADER, ["a", "management", "7", "", "", "", "", ""]],
            r"row 2, column C \(1\.1\.1-1\): '7' is not valid: expected a whole number from 1 to 5",
        ),
        (
            [HEADER, ["a", "manager", "", "", "", "", "", ""]],
            r"row 2, column B \(role\): 'manager' is not a role",
        ),
        (
            [HEADER, ["a", "employee", "4", "", "", "", "", ""]],
            r"row 2, column C \(1\.1\.1-1\): the role employee does not answer section 1\.1",
        ),
        (
            [HEADER, ["a", "client", "", "", "", "", "11", ""]],
            r"column G \(2\.4\.9-1\): '11' is not valid: expected a whole number from 0 to 10",
        ),
        ([HEADER, ["a", "management", "yes", "", "", "", "", ""]], r"'yes' is not valid"),
        (
            [HEADER, ["a", "management", "", "maybe", "", "", "", ""]],
            r"column D \(1\.1\.1-2\): 'maybe' is not valid: expected one of: yes, partly, no",
        ),
        (
            [HEADER] + GOOD + [["Müşteri 1", "client", "", "", "", "", "3", ""]],
            r"row 5, column A \(respondent\): 'Müşteri 1' appears again \(first on row 4\)",
        ),
        ([HEADER, ["a", "management", "5"]], r"row 2: has 3 cells but the header has 8"),
        (
            [HEADER, ["", "management", "5", "", "", "", "", ""]],
            r"row 2, column A \(respondent\): empty",
        ),
        ([HEADER + ["1.1.1-1"], GOOD[0] + ["4"]], r"column I: question '1\.1\.1-1' appears twice"),
        (
            [["name", "age"], ["x", "3"]],
            r"row 1: the header needs the columns 'respondent' and 'role'",
        ),
        ([HEADER], r"has a header but no respondent rows"),
        ([], r"the file is empty"),
    ],
)
def test_bad_files_are_refused_whole_with_row_and_column(db, snapshot, tmp_path, rows, message):
    path = write_csv(tmp_path / "bad.csv", [HEADER] + GOOD)  # a good file first...
    assessment.import_responses(db, snapshot.id, path)
    before = counts(db)
    other = clients.create_snapshot(db, snapshot.client_id, "planned", "2026-03-01")
    bad = tmp_path / "bad2.csv"
    if rows:
        write_csv(bad, rows)
    else:
        bad.write_bytes(b"")
    with pytest.raises(ResponseFileError, match=message) as info:
        assessment.import_responses(db, other.id, bad)
    assert "nothing was changed" in str(info.value)
    assert counts(db) == before  # ...and nothing of the bad one is written


def test_every_problem_is_listed_not_just_the_first(db, snapshot, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            HEADER,
            ["a", "management", "9", "", "", "", "", ""],
            ["b", "boss", "", "", "", "", "", ""],
        ],
    )
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, path)
    assert len(info.value.problems) == 2


def test_non_tabular_and_unsupported_files(db, snapshot, tmp_path):
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ResponseFileError, match="not a text table"):
        assessment.import_responses(db, snapshot.id, png)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ResponseFileError, match="not an Excel workbook"):
        assessment.import_responses(db, snapshot.id, fake)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(ResponseFileError, match="not supported"):
        assessment.import_responses(db, snapshot.id, pdf)
    assert counts(db) == (0, 0)


def test_respondent_already_in_snapshot_is_refused(db, snapshot, tmp_path):
    path = write_csv(tmp_path / "r.csv", [HEADER] + GOOD)
    assessment.import_responses(db, snapshot.id, path)
    with pytest.raises(ResponseFileError, match="already exists in this snapshot"):
        assessment.import_responses(db, snapshot.id, path)
    assert counts(db) == (3, 7)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_round_trips(db, snapshot, tmp_path, suffix):
    path = assessment.write_template(db, snapshot.id, tmp_path / f"t{suffix}")
    with pytest.raises(ResponseFileError, match="no respondent rows"):
        assessment.check_response_file(db, snapshot.id, path)  # only the note row
    from csmm_desktop.domain.csv_table import CsvTable
    from csmm_desktop.domain.xlsx import Workbook

    if suffix == ".xlsx":
        with Workbook(path) as book:
            rows = [cells for _n, cells, _bad in book.rows(book.sheet())]
    else:
        with CsvTable(path) as table:
            rows = [cells for _n, cells, _bad in table.rows()]
    assert rows[0][:3] == ["respondent", "role", "1.1.1-1"]
    assert len(rows[0]) == 2 + 179
    assert str(rows[1][2]) == "1-5 or na"


def test_wizard_style_answers_are_validated(db, snapshot):
    r = assessment.add_respondent(db, snapshot.id, "employee")
    assert r.code == "R-001"
    assert assessment.set_answer(db, r.id, "1.2.1-1", "4") == "4"
    assert assessment.set_answer(db, r.id, "1.2.1-1", "NA") == "na"
    assert assessment.set_answer(db, r.id, "1.2.1-1", "") is None
    assert assessment.answers_of(db, r.id) == {}
    with pytest.raises(ValueError, match="does not answer"):
        assessment.set_answer(db, r.id, "2.1.2-1", "4")


def test_a_respondent_in_the_snapshot_is_found_whatever_invisible_characters(
    db, snapshot, tmp_path
):
    """The "already in this snapshot" lookup cleans stored labels as the file's are: one
    typed with a zero-width space in the wizard, or imported before they were cleaned."""
    assessment.add_respondent(db, snapshot.id, "client", code="Ali\u200b")
    path = write_csv(tmp_path / "r.csv", [HEADER, ["Ali", "client", "", "", "", "", "9", ""]])
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, path)
    assert [str(p) for p in info.value.problems] == [
        "row 2: respondent 'Ali' already exists in this snapshot"
    ]
    assert counts(db) == (1, 0)


def test_a_hash_respondent_with_a_role_is_refused_not_dropped(db, snapshot, tmp_path):
    rows = [HEADER] + GOOD + [["#2", "client", "", "", "", "phone", "9", ""]]
    rows += [[" #note", "Employee", "", "", "", "", "", ""], ["# a note", "x", "", "", "", ""]]
    path = write_csv(tmp_path / "r.csv", rows)
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, path)
    assert [str(p) for p in info.value.problems] == [
        "row 5: respondent '#2' starts with #, which marks a note row, yet the row has a "
        "role: rename the respondent or delete the row",
        "row 6: respondent '#note' starts with #, which marks a note row, yet the row has a "
        "role: rename the respondent or delete the row",
    ]
    assert counts(db) == (0, 0)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_filled_in_template_imports_past_its_note_row(db, snapshot, tmp_path, suffix):
    from openpyxl import load_workbook

    path = assessment.write_template(db, snapshot.id, tmp_path / f"t{suffix}")
    if suffix == ".xlsx":
        book = load_workbook(path)
        book.active.append(["C-1", "client"])
        book.save(path)
    else:
        with open(path, "a", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerow(["C-1", "client"] + [""] * 179)
    parsed = assessment.import_responses(db, snapshot.id, path)
    # rows 2-4 are the notes (answers, roles, question texts: services/template.py)
    assert parsed.respondent_count == 1 and [r.line for r in parsed.sample] == [5]


def test_a_folder_a_pipe_or_a_device_is_named_for_what_it_is(db, snapshot, tmp_path):
    import os

    def problem(path):
        with pytest.raises(ResponseFileError) as info:
            assessment.import_responses(db, snapshot.id, path)
        assert len(info.value.problems) == 1
        return str(info.value.problems[0])

    assert problem(tmp_path / "nope.csv") == "the file does not exist"
    assert problem(tmp_path) == "it is a folder, not a file"
    if hasattr(os, "mkfifo"):  # a pipe nobody writes to: opening it would wait for ever
        os.mkfifo(tmp_path / "pipe.csv")
        assert problem(tmp_path / "pipe.csv") == "it is not a regular file (a device or a pipe)"
    if os.path.exists("/dev/zero"):
        assert problem("/dev/zero") == "it is not a regular file (a device or a pipe)"
    assert counts(db) == (0, 0)
