"""The response template's note row speaks the language it was saved in, and the import
skips it in either language."""

import csv

import pytest
from openpyxl import load_workbook

from csmm_desktop.domain.csv_table import CsvTable
from csmm_desktop.domain.form import load_form
from csmm_desktop.domain.response_file import template_rows
from csmm_desktop.services import assessment, clients


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-12")


def note_row(lang):
    header, note = template_rows(load_form(), lang=lang)
    return dict(zip(header, note, strict=True))


def test_the_note_row_in_turkish_and_in_english():
    form = load_form()
    kinds = {
        kind: next(q.id for q in form.questions.values() if q.scale.kind == kind)
        for kind in ("ordinal", "nps", "categorical", "text")
    }
    english, turkish = note_row("en"), note_row("tr")
    assert english["respondent"] == "# one row per respondent; this row is ignored"
    assert turkish["respondent"] == "# her katılımcı için bir satır; bu satır okunmaz"
    assert (english[kinds["ordinal"]], turkish[kinds["ordinal"]]) == ("1-5 or na", "1-5 ya da na")
    assert turkish[kinds["nps"]] == "0-10 ya da na"
    assert turkish[kinds["categorical"]] == "yes|partly|no ya da na"  # what the import reads
    assert (english[kinds["text"]], turkish[kinds["text"]]) == ("free text", "serbest metin")
    assert english["role"] == turkish["role"] == "management|employee|client"
    assert note_row("de") == english  # a language without a wording: English


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_turkish_template_imports_back(db, snapshot, tmp_path, suffix):
    path = assessment.write_template(db, snapshot.id, tmp_path / f"şablon{suffix}", "tr")
    first = "1.1.1-1"
    if suffix == ".xlsx":
        book = load_workbook(path)
        assert book.active["A2"].value.startswith("# her katılımcı için bir satır")
        assert book.active["C2"].value == "1-5 ya da na"
        book.active.append(["C-1", "client"])
        book.active.append(["Y-1", "management", "4"])
        book.save(path)
    else:
        with CsvTable(path) as table:
            rows = [cells for _n, cells, _bad in table.rows()]
        assert rows[1][0].startswith("# her katılımcı") and rows[1][2] == "1-5 ya da na"
        width = len(rows[0])
        with open(path, "a", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(
                [
                    ["C-1", "client"] + [""] * (width - 2),
                    ["Y-1", "management", "4"] + [""] * (width - 3),
                ]
            )
    parsed = assessment.import_responses(db, snapshot.id, path)
    # rows 2-4: the notes (answers, roles, question texts); the respondents follow
    assert parsed.respondent_count == 2 and [r.line for r in parsed.sample] == [5, 6]
    manager = next(r for r in assessment.list_respondents(db, snapshot.id) if r.code == "Y-1")
    assert assessment.answers_of(db, manager.id) == {first: "4"}
