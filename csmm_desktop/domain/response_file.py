"""Reading and checking response files (CSV or XLSX, one row per respondent).

All or nothing: `read_response_file` either returns every row, checked against the
form, or raises ResponseFileError listing what is wrong, where (row, column) and what
was expected. Nothing here writes anywhere.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from csmm_desktop.domain.form import ROLES, Form
from csmm_desktop.domain.text import fold as _fold

MAX_LISTED_PROBLEMS = 20
COMMENT_PREFIX = "#"  # rows whose respondent cell starts with # are notes (the template's)


class ResponseFileError(ValueError):
    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        shown = problems[:MAX_LISTED_PROBLEMS]
        more = len(problems) - len(shown)
        lines = "\n".join(f"- {p}" for p in shown)
        if more:
            lines += f"\n- … and {more} more"
        super().__init__(f"{Path(path).name} was not imported; nothing was changed.\n{lines}")


@dataclass
class ResponseRow:
    line: int  # the row number in the file (header = 1)
    respondent: str
    role: str
    answers: dict[str, str] = field(default_factory=dict)  # question id -> stored value


@dataclass
class ResponseFile:
    path: str
    encoding: str
    delimiter: str
    columns: list[str]
    rows: list[ResponseRow]

    def count_by_role(self) -> dict[str, int]:
        counts = dict.fromkeys(ROLES, 0)
        for row in self.rows:
            counts[row.role] += 1
        return counts

    @property
    def answer_count(self) -> int:
        return sum(len(r.answers) for r in self.rows)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as the spreadsheet shows it)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), else Windows-1254."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1254", errors="strict"), "cp1254"


def detect_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> tuple[list[list[str]], str, str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ResponseFileError(path, ["this is not a text table (CSV) file"])
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise ResponseFileError(
            path, ["the text encoding is neither UTF-8 nor Windows-1254"]
        ) from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = detect_delimiter(first)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise ResponseFileError(path, [f"the CSV cannot be read: {exc}"]) from None
    return rows, encoding, delimiter


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ResponseFileError(path, [f"the Excel file cannot be read ({exc})"]) from None
    try:
        sheet = workbook.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    for row in rows:  # trailing empty cells are not part of the table in a spreadsheet
        while row and (row[-1] is None or str(row[-1]).strip() == ""):
            row.pop()
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_response_file(path: str | Path, form: Form) -> ResponseFile:
    """Read and check a response file against `form`. Raises ResponseFileError."""
    path = Path(path)
    if not path.is_file():
        raise ResponseFileError(path, ["the file does not exist"])
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows, encoding, delimiter = _read_xlsx(path), "xlsx", ""
    elif suffix in (".csv", ".txt", ".tsv", ""):
        raw_rows, encoding, delimiter = _read_csv(path)
    else:
        raise ResponseFileError(path, [f"'{suffix}' files are not supported; use CSV or XLSX"])
    return check_rows(path, raw_rows, form, encoding, delimiter)


def check_rows(
    path: Path, raw_rows: list[list[object]], form: Form, encoding: str = "", delimiter: str = ""
) -> ResponseFile:
    numbered = [(i + 1, [_cell(c) for c in row]) for i, row in enumerate(raw_rows)]
    numbered = [(n, row) for n, row in numbered if any(row)]
    if not numbered:
        raise ResponseFileError(path, ["the file is empty"])
    header_line, header = numbered[0]
    problems: list[str] = []
    lowered = [h.strip().lower() for h in header]
    if "respondent" not in lowered or "role" not in lowered:
        raise ResponseFileError(
            path,
            [
                f"row {header_line}: the header needs the columns 'respondent' and 'role' "
                "followed by one column per question id (is this a response file?)"
            ],
        )
    resp_col, role_col = lowered.index("respondent"), lowered.index("role")
    question_cols: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        where = f"row {header_line}, column {column_letter(index)}"
        if index in (resp_col, role_col):
            continue
        if not name:
            problems.append(f"{where}: the header cell is empty; expected a question id")
        elif name.lower() in ("respondent", "role"):
            problems.append(f"{where}: '{name}' appears twice in the header")
        elif name not in form.questions:
            problems.append(
                f"{where}: '{name}' is not a question id of form "
                f"version {form.version} (ids look like 1.1.1-1)"
            )
        elif name in seen:
            problems.append(
                f"{where}: question '{name}' appears twice in the header "
                f"(first in column {column_letter(seen[name])})"
            )
        else:
            seen[name] = index
            question_cols[index] = name
    if problems:
        raise ResponseFileError(path, problems)

    rows: list[ResponseRow] = []
    first_seen: dict[str, int] = {}
    width = len(header)
    for line, cells in numbered[1:]:
        respondent = cells[resp_col] if resp_col < len(cells) else ""
        if respondent.startswith(COMMENT_PREFIX):
            continue
        if len(cells) > width or (delimiter and len(cells) != width):
            problems.append(f"row {line}: has {len(cells)} cells but the header has {width}")
            continue
        cells = cells + [""] * (width - len(cells))
        if not respondent:
            problems.append(
                f"row {line}, column {column_letter(resp_col)} (respondent): "
                "empty; every row needs a respondent name or code"
            )
        elif respondent in first_seen:
            problems.append(
                f"row {line}, column {column_letter(resp_col)} (respondent): "
                f"'{respondent}' appears again (first on row {first_seen[respondent]})"
            )
        else:
            first_seen[respondent] = line
        role = _fold(cells[role_col])
        if role not in ROLES:
            problems.append(
                f"row {line}, column {column_letter(role_col)} (role): "
                f"'{cells[role_col]}' is not a role; expected "
                f"{', '.join(ROLES)}"
            )
            continue
        row = ResponseRow(line, respondent, role)
        for index, qid in question_cols.items():
            raw = cells[index]
            if not raw:
                continue
            question = form.questions[qid]
            where = f"row {line}, column {column_letter(index)} ({qid})"
            if role not in question.roles:
                problems.append(
                    f"{where}: a {role} respondent does not answer section "
                    f"{question.section_id} (answered by "
                    f"{', '.join(question.roles)})"
                )
                continue
            try:
                value = question.parse(raw)
            except ValueError as exc:
                problems.append(f"{where}: '{raw}' is not valid: {exc}")
                continue
            if value is not None:
                row.answers[qid] = value
        rows.append(row)
    if problems:
        raise ResponseFileError(path, problems)
    if not rows:
        raise ResponseFileError(path, ["the file has a header but no respondent rows"])
    return ResponseFile(str(path), encoding, delimiter, header, rows)


def template_rows(form: Form, roles: tuple[str, ...] = ROLES) -> list[list[str]]:
    """Header and a note row explaining each column's answers (skipped on import)."""
    questions = [q for q in form.questions.values() if set(q.roles) & set(roles)]
    header = ["respondent", "role"] + [q.id for q in questions]
    note = [f"{COMMENT_PREFIX} one row per respondent; this row is ignored", "|".join(roles)]
    for q in questions:
        kind = q.scale.kind
        if kind == "text":
            note.append("free text")
        elif kind in ("ordinal", "nps"):
            values = q.scale.values
            note.append(f"{values[0].value}-{values[-1].value} or na")
        else:
            note.append("|".join(v for v, _ in q.answer_choices()) + " or na")
    return [header, note]
