"""The response template people hand out: an empty response file (CSV or XLSX) that says
what each column asks, who answers it and what may be typed, and imports back as it is.

Rows of the sheet "responses" (and of the CSV): the header (respondent, role, question ids:
the import format), then note rows the import skips (their first cell starts with "#"):
the answers each column takes (domain/response_file.template_rows), the roles that answer
it, and the question's text in the chosen language. The workbook also has a drop-down list
on every answer cell (the scale's values and na) and on the role cell, and an Instructions
sheet. Nothing here writes to the store; no Qt."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import NA, ROLES, Form, Question
from csmm_desktop.domain.response_file import template_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

SHEET = "responses"
VALIDATED_ROWS = 5000  # the rows below the notes that get the drop-down lists
_EXCEL_LIST_MAX = 255  # an inline list's formula; longer lists go to the hidden sheet

# key -> (English, Turkish)
WORDS: dict[str, tuple[str, str]] = {
    "answered_by": ("# answered by", "# yanıtlayan"),
    "question": ("# question", "# soru"),
    "instructions": ("Instructions", "Açıklamalar"),
    "lists": ("lists", "listeler"),
    "title": ("Response template — form {version}", "Yanıt şablonu — form {version}"),
    "intro": (
        "Fill in one row per respondent on the sheet “responses”, below the rows that start "
        "with #, then import the file (File → Import responses). Keep the sheet's name and "
        "its first row as they are.",
        "“responses” sayfasında # ile başlayan satırların altına her katılımcı için bir satır "
        "doldurun, sonra dosyayı içe aktarın (Dosya → Yanıtları içe aktar). Sayfanın adını "
        "ve ilk satırını olduğu gibi bırakın.",
    ),
    "respondent": (
        "respondent: a code or a name, a different one on every row.",
        "respondent: her satırda farklı bir kod ya da ad.",
    ),
    "role": (
        "role: management, employee or client. The row “# answered by” names the roles that "
        "answer each column; leave the other columns of the row empty.",
        "role: management (yönetim), employee (çalışan) ya da client (müşteri). “# yanıtlayan” "
        "satırı her sütunu hangi rollerin yanıtladığını gösterir; satırın diğer sütunlarını "
        "boş bırakın.",
    ),
    "answers": (
        "Answers: pick one from the cell's drop-down list; na means not applicable; an empty "
        "cell is not answered. Rows whose first cell starts with # are not read.",
        "Yanıtlar: hücrenin açılır listesinden birini seçin; na geçerli değil demektir; boş "
        "hücre yanıtlanmamış sayılır. İlk hücresi # ile başlayan satırlar okunmaz.",
    ),
    "columns": ("The columns", "Sütunlar"),
    "c_column": ("Column", "Sütun"),
    "c_roles": ("Answered by", "Yanıtlayan"),
    "c_answers": ("Answers", "Yanıtlar"),
    "c_question": ("Question", "Soru"),
    "bad_title": ("Not in the list", "Listede yok"),
    "bad_answer": (
        "Pick an answer from the list (na: not applicable), or leave the cell empty.",
        "Listeden bir yanıt seçin (na: geçerli değil) ya da hücreyi boş bırakın.",
    ),
}


def word(lang: str, key: str, **values: object) -> str:
    en, tr = WORDS[key]
    text = tr if lang == "tr" else en
    return text.format(**values) if values else text


def _role_name(form: Form, role: str, lang: str) -> str:
    names = form.role_names.get(role) or {}
    return names.get(lang) or names.get("en") or role


def question_text(form: Form, q: Question, lang: str) -> str:
    """The question as its respondents read it; worded per role: each role's wording."""
    if "*" in q.text_by_role or len(q.roles) == 1:
        return q.text(lang, q.roles[0])
    return " | ".join(f"{_role_name(form, r, lang)}: {q.text(lang, r)}" for r in q.roles)


def choices(q: Question) -> list[str]:
    """What an answer cell of `q` takes, as typed (empty for free text)."""
    if q.scale.kind == "text":
        return []
    return [value for value, _label in q.answer_choices()] + [NA]


def template_table(form: Form, lang: str, roles: tuple[str, ...] = ROLES) -> list[list[str]]:
    """Header, then the note rows: answers (template_rows), roles, question texts."""
    header, answers = template_rows(form, roles, lang)
    questions = [form.questions[qid] for qid in header[2:]]
    by = [word(lang, "answered_by"), ""] + [
        ", ".join(f"{r} ({_role_name(form, r, lang)})" for r in q.roles) for q in questions
    ]
    texts = [word(lang, "question"), ""] + [question_text(form, q, lang) for q in questions]
    return [header, answers, by, texts]


def _write_csv(rows: list[list[str]], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)


def _write_workbook(form: Form, rows: list[list[str]], path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    note_font = Font(italic=True, color="555555")
    note_fill = PatternFill("solid", fgColor="F2F2F2")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c, value)
            cell.data_type = "s"  # never a formula, whatever a text starts with
            if r == 1:
                cell.font = Font(bold=True)
            else:
                cell.font, cell.fill = note_font, note_fill
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"C{len(rows) + 1}"
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 14
    sheet.row_dimensions[len(rows)].height = 120  # the question texts
    first, last = len(rows) + 1, len(rows) + VALIDATED_ROWS
    lists = None
    by_choices: dict[tuple[str, ...], DataValidation] = {}

    def validation(values: list[str]) -> DataValidation:
        nonlocal lists
        key = tuple(values)
        if key in by_choices:
            return by_choices[key]
        inline = '"' + ",".join(values) + '"'
        if len(inline) > _EXCEL_LIST_MAX:  # a long list: its values on a hidden sheet
            if lists is None:
                lists = book.create_sheet(word(lang, "lists"))
                lists.sheet_state = "hidden"
            column = len(by_choices) + 1
            for i, value in enumerate(values, start=1):
                lists.cell(i, column, value).data_type = "s"
            letter = get_column_letter(column)
            inline = f"'{lists.title}'!${letter}$1:${letter}${len(values)}"
        dv = DataValidation(
            type="list",
            formula1=inline,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=word(lang, "bad_title"),
            error=word(lang, "bad_answer"),
        )
        sheet.add_data_validation(dv)
        by_choices[key] = dv
        return dv

    validation(list(ROLES)).add(f"B{first}:B{last}")
    for c, qid in enumerate(rows[0][2:], start=3):
        letter = get_column_letter(c)
        sheet.column_dimensions[letter].width = 24
        values = choices(form.questions[qid])
        if values:
            validation(values).add(f"{letter}{first}:{letter}{last}")
    _instructions(book.create_sheet(word(lang, "instructions"), 1), form, rows, lang)
    book.active = 0
    book.save(path)


def _instructions(sheet, form: Form, rows: list[list[str]], lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def put(r: int, values: list[str], font=None) -> None:
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(r, c, value)
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if font is not None:
                cell.font = font

    put(1, [word(lang, "title", version=form.version)], Font(bold=True, size=14))
    r = 3
    for key in ("intro", "respondent", "role", "answers"):
        put(r, [word(lang, key)])
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        sheet.row_dimensions[r].height = 45
        r += 1
    r += 1
    put(r, [word(lang, "columns")], Font(bold=True))
    r += 1
    head = r
    put(
        r,
        [word(lang, k) for k in ("c_column", "c_roles", "c_answers", "c_question")],
        Font(bold=True),
    )
    header, answers, by, texts = rows
    for c in range(2, len(header)):
        r += 1
        put(r, [f"{get_column_letter(c + 1)}: {header[c]}", by[c], answers[c], texts[c]])
    for letter, width in (("A", 22), ("B", 30), ("C", 28), ("D", 90)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{head + 1}"


def write_template(db: Database, snapshot_id: str, path: str | Path, lang: str = "en") -> Path:
    """The snapshot's template at `path`, written whole or not at all (never into the data
    folder, never over another kind of file: csmm_desktop.outputs)."""
    from csmm_desktop import outputs
    from csmm_desktop.services.assessment import snapshot_form

    path = Path(path)
    kind = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
    form = snapshot_form(db, snapshot_id)
    with outputs.atomic_output(path, kind, outputs.data_dir_of(db)) as temp:
        rows = template_table(form, lang)
        if kind == "xlsx":
            _write_workbook(form, rows, temp, lang)
        else:
            _write_csv(rows, temp)
    return path
