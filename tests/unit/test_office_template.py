"""The response template people hand out (services/template.py): question texts in the
chosen language, who answers each column, a drop-down on every answer and role cell, an
Instructions sheet; filled in as people would, it imports as it is."""

import csv

import pytest
from openpyxl import load_workbook

from csmm_desktop.domain.form import NA, load_form
from csmm_desktop.services import assessment, clients
from csmm_desktop.services.template import choices


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-12")


def answer_for(question, n):
    """A valid answer for each question, varied by row, as a person picks from the list."""
    values = choices(question)
    if not values:
        return f"Serbest metin {n}: çok iyi"
    return values[n % len(values)]


def filled_rows(form, header, roles=("management", "employee", "client")):
    rows, expected = [], {}
    for n, role in enumerate(roles, start=1):
        code = f"{role[0].upper()}-{n}"
        row = [code, role]
        expected[code] = {}
        for qid in header[2:]:
            q = form.questions[qid]
            if role in q.roles:
                value = answer_for(q, n)
                row.append(int(value) if value.isdigit() else value)
                expected[code][qid] = value
            else:
                row.append(None)
        rows.append(row)
    return rows, expected


def stored(db, snapshot_id):
    return {
        r.code: assessment.answers_of(db, r.id)
        for r in assessment.list_respondents(db, snapshot_id)
    }


def test_the_xlsx_template_tells_each_column_and_imports_when_filled(db, snapshot, tmp_path):
    form = load_form()
    path = assessment.write_template(db, snapshot.id, tmp_path / "şablon.xlsx", "tr")
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["responses", "Açıklamalar"]
    sheet = book["responses"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["respondent", "role"] and len(header) == 2 + len(form.questions)
    by_column = dict(zip(header, zip(*rows[1:4], strict=True), strict=True))
    first = form.questions["1.1.1-1"]
    answers, roles, text = by_column["1.1.1-1"]
    assert answers == "1-5 ya da na" and roles == "management (Yönetim)"
    assert text == first.text("tr")
    assert all(letter in " ".join(str(v) for v in rows[3] if v) for letter in "çğıöşüİ")
    assert all(str(r[0]).startswith("#") for r in rows[1:4])
    # a drop-down on the role cells and on every answer cell but free text
    lists = {}
    for dv in sheet.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            lists[rng.coord.split(":")[0].rstrip("0123456789")] = dv.formula1
    assert lists["B"] == '"management,employee,client"'
    from openpyxl.utils import get_column_letter

    for index, qid in enumerate(header[2:], start=3):
        q = form.questions[qid]
        letter = get_column_letter(index)
        if q.scale.kind == "text":
            assert letter not in lists
        else:
            assert lists[letter] == '"' + ",".join(choices(q)) + '"', qid
            assert choices(q)[-1] == NA
    assert lists[get_column_letter(3)] == '"1,2,3,4,5,na"'
    nps = next(q for q in form.questions.values() if q.scale.kind == "nps")
    assert lists[get_column_letter(header.index(nps.id) + 1)] == '"0,1,2,3,4,5,6,7,8,9,10,na"'
    instructions = " ".join(
        str(v) for row in book["Açıklamalar"].iter_rows(values_only=True) for v in row if v
    )
    assert "Dosya → Yanıtları içe aktar" in instructions and first.text("tr") in instructions
    # filled in as people would: one row per respondent below the notes
    filled, expected = filled_rows(form, header)
    for row in filled:
        sheet.append(row)
    book.save(path)
    parsed = assessment.import_responses(db, snapshot.id, path)
    assert parsed.respondent_count == 3 and parsed.sheet == "responses"
    assert stored(db, snapshot.id) == expected
    assert sum(len(v) for v in expected.values()) == parsed.answer_count > 150


def test_the_csv_template_carries_the_same_notes_and_imports_when_filled(db, snapshot, tmp_path):
    form = load_form()
    path = assessment.write_template(db, snapshot.id, tmp_path / "template.csv", "en")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert [r[0] for r in rows[1:4]] == [
        "# one row per respondent; this row is ignored",
        "# answered by",
        "# question",
    ]
    col = header.index("1.2.1-1")
    assert rows[2][col] == "employee (Employee), management (Management)" or rows[2][col] == (
        "management (Management), employee (Employee)"
    )
    assert "Management:" in rows[3][col] and "Employee:" in rows[3][col]
    filled, expected = filled_rows(form, header)
    with open(path, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in row] for row in filled])
    assessment.import_responses(db, snapshot.id, path)
    assert stored(db, snapshot.id) == expected
