"""Reading and checking response files (CSV or XLSX, one row per respondent), streaming.

`ResponseReader` reads a file row by row and checks each row against the form as it comes:
`rows()` yields the respondents that are right, and every problem (what is wrong, where:
row and column, and what was expected) is collected as a Message. The caller (the import
service) writes what it is given inside one transaction and, at the end, `result()` either
sums the file up or raises ResponseFileError listing the problems, so nothing of a wrong
file is kept. Memory stays bounded whatever the file's size: rows are not kept, only
their number, the respondents' codes (to find one given twice) and a sample for a preview.

Nothing here writes anywhere, and nothing imports Qt. The problems' words are in
import_problems.py.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from csmm_desktop.domain.csv_table import CsvError, CsvTable
from csmm_desktop.domain.form import NA, ROLES, Form, Question
from csmm_desktop.domain.import_problems import (
    MAX_LISTED_PROBLEMS,
    ImportCancelled,
    ResponseFileError,
    column_letter,
)
from csmm_desktop.domain.text import clean_line, clean_text, is_visible
from csmm_desktop.domain.text import fold as _fold
from csmm_desktop.domain.xlsx import MAX_CELL_CHARS, BadCell, Workbook, XlsxError
from csmm_desktop.messages import Message, message

MAX_KEPT_PROBLEMS = 1000  # more are counted, not kept
MAX_RESPONDENT_CHARS = 200
MAX_REMEMBERED_SPELLINGS = 200  # a question's answers spelt otherwise than its ids
PREVIEW_ROWS = 200
PROGRESS_EVERY = 500  # rows
COMMENT_PREFIX = "#"  # rows whose respondent cell starts with # are notes (the template's)
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv", "")
_NA_SPELLINGS = ("na", "NA", "Na", "n/a", "N/A", "N/a")

Progress = Callable[[int, str], None]

__all__ = [
    "MAX_LISTED_PROBLEMS",
    "ImportCancelled",
    "ResponseFile",
    "ResponseFileError",
    "ResponseReader",
    "ResponseRow",
    "column_letter",
    "read_response_file",
    "template_rows",
]


@dataclass
class ResponseRow:
    line: int  # the row number in the file (header = 1)
    respondent: str
    role: str
    answers: dict[str, str] = field(default_factory=dict)  # question id -> stored value


@dataclass
class ResponseFile:
    """What a checked (or imported) file holds: counts, and its first rows for a preview."""

    path: str
    encoding: str  # "xlsx" for a workbook
    delimiter: str
    sheet: str
    columns: list[str]
    sample: list[ResponseRow]  # the first PREVIEW_ROWS respondents
    respondent_count: int
    answer_count: int
    by_role: dict[str, int]
    existing: list[tuple[int, str]] = field(default_factory=list)  # (row, respondent)
    replaced: int = 0  # respondents of the snapshot deleted and imported anew
    other_sheets: list[str] = field(default_factory=list)  # with data, not read (XLSX)
    # answers to questions left out for the client (docs/forms.md): kept, not counted
    not_counted: int = 0

    def count_by_role(self) -> dict[str, int]:
        return dict(self.by_role)


def _accepted(question: Question) -> dict[str, str]:
    """Cell text -> stored value for the spellings a person usually types (exact match:
    no per-cell folding); anything else goes the slow way (`_parse`)."""
    table = dict.fromkeys(_NA_SPELLINGS, NA)
    table[""] = ""  # an empty cell: not answered (what lets _Columns look a row up at once)
    by_label = question.scale.kind not in ("ordinal", "nps")  # numbers are typed as numbers
    for value, label in question.answer_choices():  # the first that matches wins, as in parse
        table.setdefault(value, value)
        if by_label:
            for text in label.values():
                table.setdefault(text, value)
    return table


def _getter(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    if len(indexes) == 1:
        only = indexes[0]
        return lambda cells: (cells[only],)
    return itemgetter(*indexes) if indexes else lambda _cells: ()


class _Columns:
    """One role's columns, for reading a row's answers without a Python step per cell:
        the cells taken at once, each looked up in its question's accepted spellings (the
        same dicts the slow way fills), free text cleaned. `answers` gives None when any cell
        is not spelt as accepted (None: not in its spellings, where an empty cell is "", or
    free text that cleans to nothing): the row then takes
        the slow way, cell by cell, which words its problems."""

    def __init__(
        self,
        answered: list[tuple[int, str, dict[str, str], bool]],
        not_answered: list[tuple[int, Question]],
    ):
        self.take = _getter([i for i, _q, _a, _t in answered])
        self.qids = [q for _i, q, _a, _t in answered]
        self.accepted = [a for _i, _q, a, _t in answered]
        self.text = [n for n, (_i, _q, _a, text) in enumerate(answered) if text]
        self.unasked = _getter([i for i, _q in not_answered])

    def answers(self, cells: list[str]) -> dict[str, str] | None:
        raws = self.take(cells)
        values: list[str | None] = list(map(dict.get, self.accepted, raws))  # "" if empty
        for n in self.text:
            raw = raws[n]
            values[n] = (clean_text(raw) or None) if raw else ""
        if None in values:
            return None
        return dict(compress(zip(self.qids, values, strict=True), values))  # type: ignore[arg-type]

    def any_unasked(self, cells: list[str]) -> bool:
        return any(self.unasked(cells))


class ResponseReader:
    """Reads and checks one response file against `form`, row by row (see the module)."""

    def __init__(self, path: str | Path, form: Form, *, sample_size: int = PREVIEW_ROWS):
        self.path = Path(path)
        self.form = form
        self.sample_size = sample_size
        self.problems: list[Message] = []
        self.problem_count = 0
        self.existing: list[tuple[int, str]] = []
        self._table: CsvTable | Workbook | None = None
        self._rows: Iterator[tuple[int, list[str], list[tuple[int, BadCell]]]] | None = None
        self.encoding = self.delimiter = self.sheet = ""
        self.other_sheets: list[str] = []
        self.columns: list[str] = []
        self._header_seen = False
        self._field_names: dict[int, str] = {}
        self._sample: list[ResponseRow] = []
        self._count = 0
        self._answers = 0
        self._by_role = dict.fromkeys(ROLES, 0)
        self._first_seen: dict[str, int] = {}
        self._accepted: dict[str, dict[str, str]] = {}

    # --- problems ------------------------------------------------------------------------

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add_problem(self, msg: Message) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(msg)

    def _problem(self, code: str, **args: Any) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(message(code, **args))

    def _cell_problem(self, code: str, row: int, index: int, **args: Any) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(message(code, where=self._where(row, index), **args))

    def _where(self, row: int, index: int) -> Message:
        name = self._field_names.get(index) if self._header_seen else None
        if name:
            return message("import.at_cell", row=row, column=column_letter(index), field=name)
        return message("import.at_column", row=row, column=column_letter(index))

    def _refuse(self, code: str, **args: Any) -> ResponseFileError:
        return ResponseFileError(self.path, [message(code, **args)])

    # --- opening -------------------------------------------------------------------------

    def open(self) -> ResponseReader:
        """Open the file and read what it is (encoding, sheet); ResponseFileError if it
        cannot be read at all."""
        if self._table is not None:
            return self
        path = self.path
        self._check_kind()
        suffix = path.suffix.lower()
        try:
            if suffix in XLSX_SUFFIXES:
                workbook = Workbook(path)
                self._table = workbook
                sheet = workbook.sheet()
                self.encoding, self.sheet = "xlsx", sheet.name if sheet else ""
                self.other_sheets = list(workbook.unread)
                self._rows = workbook.rows(sheet) if sheet else iter(())
            elif suffix in TEXT_SUFFIXES:
                table = CsvTable(path)
                self._table = table
                self.encoding, self.delimiter = table.encoding, table.delimiter
                self._rows = _csv_rows(table)
            else:
                raise self._refuse("import.unsupported", suffix=suffix)
        except (XlsxError, CsvError) as exc:
            self.close()
            raise ResponseFileError(path, [exc.msg]) from None
        except OSError as exc:
            self.close()
            raise self._refuse("import.cannot_read", detail=exc.strerror or exc) from None
        except BaseException:
            self.close()
            raise
        return self

    def _check_kind(self) -> None:
        """ResponseFileError unless the path is a regular file (os.stat opens nothing: a
        pipe would block the first read, a device never end)."""
        try:
            mode = os.stat(self.path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            raise self._refuse("import.no_file") from None
        except OSError as exc:
            raise self._refuse("import.cannot_read", detail=exc.strerror or exc) from None
        except ValueError:  # a NUL in the name
            raise self._refuse("import.no_file") from None
        if stat.S_ISDIR(mode):
            raise self._refuse("import.is_folder")
        if not stat.S_ISREG(mode):
            raise self._refuse("import.not_regular")

    def close(self) -> None:
        if self._table is not None:
            self._table.close()

    def __enter__(self) -> ResponseReader:
        return self.open()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fraction_read(self) -> float:
        table = self._table
        return min(1.0, table.read_bytes / table.total_bytes) if table else 0.0

    # --- reading -------------------------------------------------------------------------

    def rows(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Iterator[ResponseRow]:
        """Each right respondent row, in file order; problems are collected as they are met
        (a file that cannot be read further ends the rows)."""
        self.open()
        assert self._rows is not None
        since = 0
        try:
            for number, cells, bad in self._rows:
                since += 1
                if since >= PROGRESS_EVERY:
                    since = 0
                    if cancelled is not None and cancelled():
                        raise ImportCancelled
                    if progress is not None:
                        progress(int(100 * self.fraction_read()), "")
                if not self._header_seen:
                    if self._header(number, cells, bad):
                        continue
                    return  # a wrong header: the rows cannot be understood
                row = self._check(number, cells, bad)
                if row is not None:
                    yield row
        except (XlsxError, CsvError) as exc:
            self.add_problem(exc.msg)
        except OSError as exc:
            self._problem("import.cannot_read", detail=exc.strerror or exc)

    def result(self) -> ResponseFile:
        """What the file held; ResponseFileError if anything was wrong with it."""
        if self.ok and not self._header_seen:
            self._problem("import.empty")
        elif self.ok and not self._count:
            self._problem("import.no_rows")
        if not self.ok:
            raise ResponseFileError(self.path, self.problems, self.problem_count)
        return ResponseFile(
            str(self.path),
            self.encoding,
            self.delimiter,
            self.sheet,
            self.columns,
            self._sample,
            self._count,
            self._answers,
            dict(self._by_role),
            list(self.existing),
            other_sheets=list(self.other_sheets),
        )

    def _bad_cells(self, number: int, bad: list[tuple[int, BadCell]]) -> None:
        for index, cell in bad:
            if cell.kind == "error":
                self._cell_problem("import.error_value", number, index, value=cell.value)
            elif cell.kind == "too_long":
                limit = f"{MAX_CELL_CHARS:,}"
                self._cell_problem("import.cell_too_long", number, index, limit=limit)
            elif cell.kind == "text":
                self._problem("csv.bad_text", row=number, encoding=cell.value)
            else:
                self._cell_problem("import.formula", number, index)

    def _header(self, number: int, cells: list[str], bad: list[tuple[int, BadCell]]) -> bool:
        """Read the header row; False (with the problems) if it is not a response file's."""
        header = [clean_line(c) for c in cells]
        if not any(header) and not bad:
            return True  # an empty line before the header
        self._header_seen = True
        self.columns = header
        if bad:
            self._bad_cells(number, bad)
            return False
        lowered = [h.lower() for h in header]
        if "respondent" not in lowered or "role" not in lowered:
            self._problem("import.no_header", row=number)
            return False
        self._resp_col, self._role_col = lowered.index("respondent"), lowered.index("role")
        self._field_names = {self._resp_col: "respondent", self._role_col: "role"}
        seen: dict[str, int] = {}
        questions = self.form.questions
        columns: list[tuple[int, Question]] = []
        for index, name in enumerate(header):
            if index in (self._resp_col, self._role_col):
                continue
            where = message("import.at_column", row=number, column=column_letter(index))
            if not name:
                self._problem("import.header_empty", where=where)
            elif name.lower() in ("respondent", "role"):
                self._problem("import.header_twice", where=where, name=name)
            elif name not in questions:
                self._problem(
                    "import.unknown_question", where=where, name=name, version=self.form.version
                )
            elif name in seen:
                first = column_letter(seen[name])
                self._problem("import.question_twice", where=where, name=name, first=first)
            else:
                seen[name] = index
                self._field_names[index] = name
                columns.append((index, questions[name]))
        if not self.ok:
            return False
        self._width = len(header)
        self._strict_width = self.encoding != "xlsx"  # a CSV row has every cell
        # per role: the columns it answers (index, id, accepted spellings, free text?) and
        # the ones it must leave empty
        self._answered: dict[str, list[tuple[int, str, dict[str, str], bool]]] = {}
        self._not_answered: dict[str, list[tuple[int, Question]]] = {}
        self._accepted = {q.id: _accepted(q) for _i, q in columns}
        for role in ROLES:
            self._answered[role] = [
                (i, q.id, self._accepted[q.id], q.scale.kind == "text")
                for i, q in columns
                if role in q.roles
            ]
            self._not_answered[role] = [(i, q) for i, q in columns if role not in q.roles]
        self._roles = {role: role for role in ROLES}
        # the same, for taking a row's cells at once (C-level: itemgetter, map, compress)
        self._fast = {
            role: _Columns(self._answered[role], self._not_answered[role]) for role in ROLES
        }
        return True

    def _check(
        self, number: int, cells: list[str], bad: list[tuple[int, BadCell]]
    ) -> ResponseRow | None:
        """The row as a respondent, or None (a note, an empty row, or problems noted)."""
        resp_col = self._resp_col
        raw_respondent = cells[resp_col] if resp_col < len(cells) else ""
        respondent = clean_line(raw_respondent) if raw_respondent else ""
        if bad:  # before the note rule: an error value is no note
            self._bad_cells(number, bad)
            return None
        if respondent.startswith(COMMENT_PREFIX):
            raw_role = cells[self._role_col] if self._role_col < len(cells) else ""
            if self._role(raw_role) in self._answered:  # a respondent, not a note
                self._problem("import.note_with_role", row=number, value=respondent)
            return None
        if not respondent and not "".join(cells).strip():
            return None  # an empty row
        width = self._width
        count = len(cells)
        if count > width or (self._strict_width and count != width):
            self._problem("import.cell_count", row=number, count=count, width=width)
            return None
        if count < width:
            cells = cells + [""] * (width - count)
        before = self.problem_count
        if not raw_respondent.strip():
            self._cell_problem("import.respondent_empty", number, resp_col)
        elif not respondent or not is_visible(respondent):
            self._cell_problem("import.respondent_invisible", number, resp_col)
        elif len(respondent) > MAX_RESPONDENT_CHARS:
            self._cell_problem(
                "import.respondent_too_long", number, resp_col, limit=MAX_RESPONDENT_CHARS
            )
        elif respondent in self._first_seen:
            first = self._first_seen[respondent]
            self._cell_problem(
                "import.respondent_again", number, resp_col, value=respondent, first=first
            )
        else:
            self._first_seen[respondent] = number
        raw_role = cells[self._role_col]
        role = self._role(raw_role)
        if role not in self._answered:
            self._cell_problem(
                "import.bad_role",
                number,
                self._role_col,
                value=clean_line(raw_role),
                expected=", ".join(ROLES),
            )
            return None
        fast = self._fast[role]
        answers = fast.answers(cells)
        if answers is None:  # a cell not spelt as usual: the slow way, cell by cell
            answers = {}
            for index, qid, accepted, free_text in self._answered[role]:
                raw = cells[index]
                if not raw:
                    continue
                if free_text:
                    value = clean_text(raw)
                else:
                    value = accepted.get(raw) or self._parse(number, index, raw) or ""
                if value:
                    answers[qid] = value
        for index, question in self._not_answered[role] if fast.any_unasked(cells) else ():
            raw = cells[index]
            if raw and clean_text(raw):
                self._cell_problem(
                    "import.not_answered_by",
                    number,
                    index,
                    role=role,
                    section=question.section_id,
                    roles=", ".join(question.roles),
                )
        if self.problem_count != before:
            return None
        row = ResponseRow(number, respondent, role, answers)
        self._count += 1
        self._answers += len(answers)
        self._by_role[role] += 1
        if len(self._sample) < self.sample_size:
            self._sample.append(row)
        return row

    def _role(self, raw: str) -> str:
        """The role a role cell names (a role of ROLES when it is one)."""
        return self._roles.get(raw) or _fold(clean_line(raw))

    def _parse(self, number: int, index: int, raw: str) -> str | None:
        """The slow way for a cell not spelt as expected: cleaned, folded, or a problem. A
        spelling found right is remembered, so a column of "Yes" costs one fold, not one a
        cell."""
        qid = self._field_names[index]
        accepted = self._accepted[qid]
        value = self._spelling(qid, accepted, clean_text(raw), number, index)
        if value and len(accepted) < MAX_REMEMBERED_SPELLINGS:
            accepted[raw] = value
        return value

    def _spelling(
        self, qid: str, accepted: dict[str, str], text: str, number: int, index: int
    ) -> str | None:
        if not text:
            return None
        if text in accepted:
            return accepted[text]
        folded = _fold(text)
        if folded in ("na", "n/a"):
            return NA
        question = self.form.questions[qid]
        choices = question.answer_choices()
        if question.scale.kind in ("ordinal", "nps"):
            self._cell_problem(
                "import.bad_number",
                number,
                index,
                value=text,
                low=choices[0][0],
                high=choices[-1][0],
            )
            return None
        for value, label in choices:
            if folded == _fold(value) or any(folded == _fold(s) for s in label.values()):
                return value
        expected = ", ".join(v for v, _ in choices)
        self._cell_problem("import.bad_choice", number, index, value=text, expected=expected)
        return None


def _csv_rows(table: CsvTable) -> Iterator[tuple[int, list[str], list[tuple[int, BadCell]]]]:
    """A text table's rows as a workbook's: a row holding bytes that are not in the
    file's encoding is a bad cell (its text cannot be trusted)."""
    for number, cells, undecodable in table.rows():
        yield number, cells, [(0, BadCell("text", table.encoding_name))] if undecodable else []


def read_response_file(path: str | Path, form: Form) -> ResponseFile:
    """Read and check a whole file against `form` (nothing is written). Raises
    ResponseFileError."""
    with ResponseReader(path, form) as reader:
        for _row in reader.rows():
            pass
        return reader.result()


# The template's note row, in the language it is written in (the importer skips the row in
# either: its first cell starts with COMMENT_PREFIX; "na" is what the importer reads).
TEMPLATE_NOTES = {
    "en": ("one row per respondent; this row is ignored", "free text", "{answers} or na"),
    "tr": ("her katılımcı için bir satır; bu satır okunmaz", "serbest metin", "{answers} ya da na"),
}


def template_rows(form: Form, roles: tuple[str, ...] = ROLES, lang: str = "en") -> list[list[str]]:
    """Header and a note row explaining each column's answers in `lang` (skipped on
    import)."""
    intro, free_text, or_na = TEMPLATE_NOTES.get(lang, TEMPLATE_NOTES["en"])
    questions = [q for q in form.questions.values() if set(q.roles) & set(roles)]
    header = ["respondent", "role"] + [q.id for q in questions]
    note = [f"{COMMENT_PREFIX} {intro}", "|".join(roles)]
    for q in questions:
        kind = q.scale.kind
        if kind == "text":
            note.append(free_text)
        elif kind in ("ordinal", "nps"):
            values = q.scale.values
            note.append(or_na.format(answers=f"{values[0].value}-{values[-1].value}"))
        else:
            note.append(or_na.format(answers="|".join(v for v, _ in q.answer_choices())))
    return [header, note]
