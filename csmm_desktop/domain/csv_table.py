"""Streaming a text table (CSV, or Excel's tab-separated "Unicode text") row by row.

The encoding is worked out before the first row is read: a BOM (UTF-8, UTF-16) says it;
otherwise the whole file is scanned (cheap: bytes are decoded and dropped). UTF-8 it is
when it holds a valid UTF-8 multi-byte sequence (Windows-1254 text practically never
does) or no byte past ASCII; Windows-1254 (Turkish Excel's "CSV") only when it holds bytes
that are not UTF-8 and no valid multi-byte sequence at all. A file that holds both (a row
typed in another encoding) is read as UTF-8 and each row holding bytes that are not is
refused by its number (`bad_text`), never turned into mojibake. The delimiter is the one the first line
has most of (; , or tab). Memory stays bounded whatever the file: a field may be at most
MAX_FIELD_CHARS long (the csv module's limit, which also stops an unclosed quote from
swallowing the file) and a line at most MAX_LINE_CHARS.

Every way a file fails to read is a CsvError naming the row (the record, as a spreadsheet
numbers it). Nothing here imports Qt.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue, message

MAX_FIELD_CHARS = 32_767  # Excel's limit for a cell: no real answer is longer
MAX_LINE_CHARS = 4 * 1024 * 1024
SNIFF_BYTES = 4096
PREPASS_CHUNK = 1024 * 1024
READ_CHUNK = 64 * 1024
# control bytes no text table holds (tab, line breaks, form feed and ESC are not counted)
BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1254": "Windows-1254",
}

MESSAGES = catalogue(
    {
        "csv.not_text": QT_TRANSLATE_NOOP("Messages", "this is not a text table (CSV) file"),
        "csv.bad_encoding": QT_TRANSLATE_NOOP(
            "Messages", "the text encoding is neither UTF-8, UTF-16 nor Windows-1254"
        ),
        "csv.bad_text": QT_TRANSLATE_NOOP(
            "Messages",
            "row {row}: the text is not valid {encoding} (the file mixes text encodings?)",
        ),
        "csv.unclosed_quote": QT_TRANSLATE_NOOP(
            "Messages",
            'row {row}: a quoted field is not closed (a " is missing); the file ends inside it',
        ),
        "csv.bad_quote": QT_TRANSLATE_NOOP(
            "Messages",
            'row {row}: a " inside a field must be doubled (""), or the field quoted as a whole',
        ),
        "csv.field_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            'row {row}: a field is longer than {limit} characters; is a quote (") not '
            "closed on this row?",
        ),
        "csv.line_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "row {row}: the line is longer than {limit} characters; is this a response file?",
        ),
        "csv.syntax": QT_TRANSLATE_NOOP("Messages", "row {row}: the CSV cannot be read ({detail})"),
    }
)


class CsvError(Exception):
    """The file cannot be read (further) as a text table; `msg` says why and where."""

    def __init__(self, msg: Message):
        super().__init__(str(msg))
        self.msg = msg


def detect_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def detect_encoding(path: Path) -> str:
    """The encoding the file is written in (codec name), or CsvError. "utf-8" also for a
    file that mixes UTF-8 with bytes that are not (its rows holding them are refused)."""
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        binary = len(head) - len(head.translate(None, BINARY_BYTES))
        if binary > max(8, len(head) // 100):  # a few stray NULs are cleaned, not refused
            raise CsvError(message("csv.not_text"))
        if _is_utf8(fh, head):
            return "utf-8"
        fh.seek(0)
        return "utf-8" if _has_utf8_sequence(fh) else "cp1254"


def _is_utf8(fh: BinaryIO, head: bytes) -> bool:
    """Whether the whole file (from `head` on) decodes as UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = head
    try:
        while chunk:
            # (an ASCII chunk needs no decoding, unless a character was split before it)
            if not chunk.isascii() or decoder.getstate()[0]:
                decoder.decode(chunk)
            chunk = fh.read(PREPASS_CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _has_utf8_sequence(fh: BinaryIO) -> bool:
    """Whether the file holds valid UTF-8 multi-byte sequences that read as the letters
    and signs a Turkish or English text has (ç ğ ı İ ö ş ü, é, “ ” – €...): then it is a
    UTF-8 file with a few bytes that are not (bytes that are not UTF-8 become lone
    surrogates, U+DC80-U+DCFF). A Windows-1254 file can hold such a sequence by chance
    ("Ğ’" is the bytes of a Cyrillic letter in UTF-8): those read as other scripts, and
    while they are the majority the file is Windows-1254."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    likely = unlikely = 0
    while True:
        chunk = fh.read(PREPASS_CHUNK)
        final = not chunk
        if final or not chunk.isascii() or decoder.getstate()[0]:
            for char in _MULTIBYTE.findall(decoder.decode(chunk, final=final)):
                if _LIKELY.match(char):
                    likely += 1
                else:
                    unlikely += 1
        if final:
            return likely > unlikely


_MULTIBYTE = re.compile("[^\\x00-\\x7f\\udc80-\\udcff]")
_LIKELY = re.compile("[\\u00a0-\\u017f\\u2010-\\u206f\\u20ac\\u2122]")


class CsvTable:
    """An open text table: `rows()` yields (row number, cells, whether it holds bytes
    that are not in the encoding) for every record."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.encoding = detect_encoding(self.path)
        self.total_bytes = max(self.path.stat().st_size, 1)
        self._raw = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        self._text: io.TextIOWrapper | None = None
        if self.encoding == "utf-16":  # a line break byte may be half a character
            self._text = io.TextIOWrapper(self._raw, encoding="utf-16", newline="")
        self._codec = "utf-8" if self.encoding.startswith("utf-8") else self.encoding
        self._ready: deque[bytes] = deque()
        self._tail = b""
        self._lines_read = 0
        self._row = 0  # records read so far
        self._line_bad = False  # the last line read held bytes not in the encoding
        self._record_bad = False  # so did a line of the record being read
        self._pending: list[tuple[str, bool]] = []
        try:
            first = ""
            while not first.strip():
                line = self._readline()
                if not line:
                    break
                self._pending.append((line, self._line_bad))
                first = line
            self.delimiter = detect_delimiter(first)
        except BaseException:
            self.close()
            raise

    @property
    def encoding_name(self) -> str:
        """The encoding as people name it ("Windows-1254")."""
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def read_bytes(self) -> int:
        with contextlib.suppress(OSError, ValueError):
            return self._raw.tell()
        return 0

    def close(self) -> None:
        (self._text or self._raw).close()

    def __enter__(self) -> CsvTable:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _too_long(self) -> CsvError:
        return CsvError(message("csv.line_too_long", row=self._row + 1, limit=MAX_LINE_CHARS))

    def _bad_text(self) -> CsvError:
        return CsvError(message("csv.bad_text", row=self._row + 1, encoding=self.encoding_name))

    def _next_bytes(self) -> bytes:
        """The next physical line (CR, LF or CR LF kept at its end), b"" at the end."""
        while not self._ready:
            data = self._raw.read(READ_CHUNK)
            if not data:
                line, self._tail = self._tail, b""
                return line
            lines = (self._tail + data).splitlines(keepends=True)
            self._tail = b"" if lines[-1].endswith(b"\n") else lines.pop()  # (or half CR LF)
            if len(self._tail) > MAX_LINE_CHARS:
                raise self._too_long()
            self._ready.extend(lines)
        return self._ready.popleft()

    def _readline(self) -> str:
        """The next line as text, decoded on its own so that an error names its row: a
        line holding bytes that are not in the encoding sets `_line_bad` (and is decoded
        with replacement characters, which nobody stores: its row is refused)."""
        self._line_bad = False
        if self._text is not None:
            try:
                line = self._text.readline(MAX_LINE_CHARS + 1)
            except UnicodeDecodeError:
                raise self._bad_text() from None
        else:
            data = self._next_bytes()
            if self._lines_read == 0 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
            self._lines_read += 1
            try:
                line = data.decode(self._codec)
            except UnicodeDecodeError:
                line = data.decode(self._codec, errors="replace")
                self._line_bad = True
        if len(line) > MAX_LINE_CHARS:
            raise self._too_long()
        if "\x00" in line:  # the csv module of Python 3.10 refuses NUL; nobody means one
            line = line.replace("\x00", "")
        return line

    def _lines(self) -> Iterator[str]:
        """The lines, for csv.reader, which asks for the next one only while its record
        is not complete: a bad line's flag is its record's."""
        for line, bad in self._pending:
            self._record_bad = self._record_bad or bad
            yield line
        self._pending = []
        while line := self._readline():
            self._record_bad = self._record_bad or self._line_bad
            yield line

    def rows(self) -> Iterator[tuple[int, list[str], bool]]:
        """(row number, cells, whether the row holds bytes that are not in the file's
        encoding: its cells are then not to be trusted) for every record."""
        previous = csv.field_size_limit(MAX_FIELD_CHARS)
        try:
            reader = csv.reader(self._lines(), delimiter=self.delimiter, strict=True)
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise CsvError(_csv_problem(exc, self._row + 1)) from None
                self._row += 1
                bad, self._record_bad = self._record_bad, False
                yield self._row, cells, bad
        finally:
            csv.field_size_limit(previous)


def _csv_problem(exc: csv.Error, row: int) -> Message:
    text = str(exc)
    if "unexpected end of data" in text:
        return message("csv.unclosed_quote", row=row)
    if "field larger than field limit" in text:
        return message("csv.field_too_long", row=row, limit=f"{MAX_FIELD_CHARS:,}")
    if "expected after" in text:
        return message("csv.bad_quote", row=row)
    return message("csv.syntax", row=row, detail=text)
