"""The cells of a workbook as its XML streams by: expat callbacks for a worksheet and for
the shared strings (xlsx.py opens the parts and feeds them).

Every cell's text is bounded while it streams: a cell may hold at most MAX_CELL_CHARS
characters (Excel's own limit), and a longer one is counted, never built: it becomes a
BadCell("too_long") naming the cell, whatever its size in the file. A row may hold at most
MAX_ROW_CHARS characters in all. Excel's escapes of characters XML cannot hold
(`_x000D_` for a carriage return, `_x005F_` for a literal "_") are decoded as Excel does.

Nothing here imports Qt or openpyxl.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue, message

MAX_CELL_CHARS = 32_767  # Excel's limit for a cell (the CSV reader's too)
MAX_ROW_CHARS = 4 * 1024 * 1024  # the CSV reader's MAX_LINE_CHARS
MAX_SHARED_STRINGS = 2_000_000
MAX_COLUMNS = 16_384  # Excel's last column, XFD
MAX_ROWS = 1_048_576
# "_x005F_" is 7 characters for 1: past 7 x the limit, no decoding brings a text back under
_MAX_RAW_CHARS = 7 * MAX_CELL_CHARS
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")

MESSAGES = catalogue(
    {
        "xlsx.too_many_strings": QT_TRANSLATE_NOOP(
            "Messages", "the Excel file is refused: it holds more than {limit} different texts"
        ),
        "xlsx.bad_reference": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is damaged: {part} names a cell '{ref}' that cannot exist",
        ),
        "xlsx.bad_string_index": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is damaged: {part} refers to text number {index}, which "
            "{strings} does not hold",
        ),
        "xlsx.row_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "row {row}: its cells hold more than {limit} characters in all; is this a "
            "response file?",
        ),
    }
)


class XlsxError(Exception):
    """The workbook cannot be read: `msg` says why, in words for the user."""

    def __init__(self, msg: Message):
        super().__init__(str(msg))
        self.msg = msg


@dataclass(frozen=True)
class BadCell:
    """A cell whose value cannot be known: a formula saved without its value ("formula"),
    an error value such as #N/A ("error", with the value), or a text longer than Excel
    allows ("too_long")."""

    kind: str
    value: str = ""


Row = tuple[int, list[str], list[tuple[int, BadCell]]]


def unescape(text: str) -> str:
    """Excel's `_xHHHH_` escapes decoded, in one pass left to right as Excel reads them:
    "_x000D_" is a carriage return, "_x005F_x000D_" the literal text "_x000D_"."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


class SharedStrings:
    """expat callbacks for xl/sharedStrings.xml: `strings` gets one text per <si>, or None
    for one longer than MAX_CELL_CHARS (counted as it comes, never built: a cell that
    refers to it is a BadCell)."""

    def __init__(self, ns: str):
        self.si_tag, self.t_tag, self.rph_tag = f"{ns}}}si", f"{ns}}}t", f"{ns}}}rPh"
        self.strings: list[str | None] = []
        self.parts: list[str] | None = None  # the <t> texts of the <si> being read
        self.pieces: list[str] | None = None  # of the <t> being read, or None
        self.length = 0  # characters of the <si> so far, before unescaping
        self.too_long = False
        self.phonetic = 0  # inside <rPh> (phonetic runs are not part of the text)

    def start(self, name: str, _attrs: dict) -> None:
        if name == self.t_tag:
            if self.parts is not None and not self.phonetic:
                self.pieces = []
        elif name == self.si_tag:
            self.parts, self.length, self.too_long = [], 0, False
        elif name == self.rph_tag:
            self.phonetic += 1

    def data(self, text: str) -> None:
        pieces = self.pieces
        if pieces is None or self.too_long:
            return
        self.length += len(text)
        if self.length > _MAX_RAW_CHARS:
            self.too_long = True
            pieces.clear()
        else:
            pieces.append(text)

    def end(self, name: str) -> None:
        if name == self.t_tag:
            if self.pieces is not None and self.parts is not None:
                self.parts.append(unescape("".join(self.pieces)))
            self.pieces = None
        elif name == self.si_tag:
            if self.parts is None:
                return
            text = "".join(self.parts)
            self.parts = None
            too_long = self.too_long or len(text) > MAX_CELL_CHARS
            self.strings.append(None if too_long else text)
            if len(self.strings) > MAX_SHARED_STRINGS:
                raise XlsxError(message("xlsx.too_many_strings", limit=MAX_SHARED_STRINGS))
        elif name == self.rph_tag:
            self.phonetic -= 1


@dataclass
class SheetCells:
    """expat callbacks for a worksheet (`start`, `end`, `data`): each row that has a cell
    is appended to `rows` as (row number, cell texts, bad cells as (column index,
    BadCell)); trailing empty cells are dropped, gaps are "". Cells are placed by their
    "r" reference (a cell without one follows the one before), so gaps and columns past
    any declared dimension are where they are. Made by `sheet_cells`."""

    start: Callable[[str, dict], None]
    end: Callable[[str], None]
    data: Callable[[str], None]
    rows: list[Row]


def sheet_cells(ns: str, part: str, strings: list[str | None], strings_part: str) -> SheetCells:
    """The callbacks that read the worksheet `part` (see SheetCells). Closures, not
    methods: expat calls them a few times per cell, and a closure's state is the cheapest
    to reach from Python."""
    ROW, C, V, F = f"{ns}}}row", f"{ns}}}c", f"{ns}}}v", f"{ns}}}f"
    IS, T, RPH = f"{ns}}}is", f"{ns}}}t", f"{ns}}}rPh"
    strings_part = strings_part or "xl/sharedStrings.xml"
    rows: list[Row] = []
    columns: dict[str, int] = {}
    last_row = 0
    cells: list[str] | None = None  # of the row being read, or None
    bad: list[tuple[int, BadCell]] = []
    row_chars = 0
    in_cell = False
    ref: str | None = None  # of the cell being read
    kind: str | None = None
    value: str | None = None
    formula = False
    inline: list[str] | None = None
    phonetic = 0
    pieces: list[str] | None = None  # of the <v> or <t> being read, or None
    piece_tag = ""
    length = 0  # characters of the cell so far, before unescaping
    too_long = False

    def start(name: str, attrs: dict) -> None:
        nonlocal in_cell, ref, kind, value, formula, inline, phonetic, pieces, piece_tag
        nonlocal length, too_long
        if in_cell:
            if name == V or (name == T and inline is not None and not phonetic):
                pieces, piece_tag = [], name
            elif name == IS:
                inline = []
            elif name == F:
                formula = True
            elif name == RPH:
                phonetic += 1
        elif name == C:
            if cells is not None:  # (a cell outside a row is no cell)
                in_cell = True
                ref, kind = attrs.get("r"), attrs.get("t")
                value, formula, inline, length, too_long = None, False, None, 0, False
        elif name == ROW:
            start_row(attrs.get("r"))

    def data(text: str) -> None:
        nonlocal length, too_long
        if pieces is None or too_long:
            return
        length += len(text)
        if length > _MAX_RAW_CHARS:  # counted, never built
            too_long = True
            pieces.clear()
        else:
            pieces.append(text)

    def end(name: str) -> None:
        nonlocal in_cell, value, phonetic, pieces
        if pieces is not None and name == piece_tag:
            text = "".join(pieces)
            pieces = None
            if name == V:
                value = text
            elif inline is not None:
                inline.append(unescape(text))
        elif name == C:
            if in_cell:
                in_cell = False
                end_cell()
        elif name == ROW:
            end_row()
        elif name == RPH and in_cell:
            phonetic -= 1

    def start_row(number_text: str | None) -> None:
        nonlocal last_row, cells, bad, row_chars
        number = last_row + 1 if number_text is None else _row_number(number_text, part)
        if number <= last_row:
            raise XlsxError(message("xlsx.bad_reference", part=part, ref=number_text))
        last_row = number
        cells, bad, row_chars = [], [], 0

    def end_row() -> None:
        nonlocal cells
        done, cells = cells, None
        if done is None:
            return
        while done and not done[-1].strip():
            done.pop()
        if done or bad:
            rows.append((last_row, done, bad))

    def end_cell() -> None:
        nonlocal row_chars
        assert cells is not None
        if ref is None:
            index = len(cells)
        else:
            letters = ref.rstrip("0123456789")
            known = columns.get(letters)
            if known is None:
                known = columns[letters] = _column_index(letters, ref, part)
            index = known
        if index < len(cells):
            raise XlsxError(message("xlsx.bad_reference", part=part, ref=ref))
        if value is None and inline is None and not formula and not too_long:
            if ref is None:  # an empty cell: a gap, which one without "r" still takes
                cells.append("")
            return
        text = None if too_long else cell_text(index)
        if text is None or len(text) > MAX_CELL_CHARS:  # counted, never built or kept
            bad.append((index, BadCell("too_long")))
            text = ""
        row_chars += len(text)
        if row_chars > MAX_ROW_CHARS:
            limit = f"{MAX_ROW_CHARS:,}"
            raise XlsxError(message("xlsx.row_too_long", row=last_row, limit=limit))
        if index > len(cells):
            cells.extend([""] * (index - len(cells)))
        cells.append(text)

    def cell_text(index: int) -> str | None:
        """The cell's text; None for a shared string too long to be kept."""
        if kind == "inlineStr":
            return "".join(inline or ())
        if value is None or (value == "" and formula and kind != "str"):
            if formula:
                bad.append((index, BadCell("formula")))
            return ""
        if kind is None or kind == "n":
            return _number(value)
        if kind == "s":
            try:
                return strings[int(value)]
            except (ValueError, IndexError):
                raise XlsxError(
                    message("xlsx.bad_string_index", part=part, index=value, strings=strings_part)
                ) from None
        if kind == "e":
            bad.append((index, BadCell("error", value)))
            return ""
        if kind == "b":
            return "TRUE" if value.strip() == "1" else "FALSE"
        if kind == "str":  # a formula's text
            return unescape(value)
        return value  # "d" (an ISO date)

    return SheetCells(start, end, data, rows)


def _number(text: str) -> str:
    """A number cell as a person reads it: 5.0 and 5 are "5"; 4.5 is "4.5"."""
    if text.isdigit():
        return text
    try:
        number = float(text)
    except ValueError:
        return text.strip()
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def _row_number(ref: str, part: str) -> int:
    if not ref.isdigit() or not 1 <= int(ref) <= MAX_ROWS:
        raise XlsxError(message("xlsx.bad_reference", part=part, ref=ref))
    return int(ref)


def _column_index(letters: str, ref: str, part: str) -> int:
    """0 for A, 25 for Z, 26 for AA."""
    if not (0 < len(letters) <= 3 and letters.isascii() and letters.isalpha()):
        raise XlsxError(message("xlsx.bad_reference", part=part, ref=ref))
    if not letters.isupper():
        raise XlsxError(message("xlsx.bad_reference", part=part, ref=ref))
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    if index > MAX_COLUMNS:
        raise XlsxError(message("xlsx.bad_reference", part=part, ref=ref))
    return index - 1
