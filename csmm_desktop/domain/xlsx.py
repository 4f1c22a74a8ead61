"""A small streaming reader of Excel workbooks (.xlsx, .xlsm): rows of cell texts, never
silently wrong.

openpyxl's read-only mode trusts the sheet's declared `<dimension>` (rows and columns past
it are not read), reads a formula saved without its value as empty and an error value
(#N/A) as text. This reader reads what the sheet holds, cell by cell ("r" references, so
gaps and columns past any declared dimension are where they are), and tells the caller
about formulas without a saved value, error cells and cells longer than Excel allows
instead of guessing.

Defences: parts are streamed (zipfile + expat, the cells' callbacks in xlsx_cells.py),
their declared and actual unpacked sizes are capped, so is every cell's text while it
streams (a huge cell is counted, never built) and every tag, any DOCTYPE (the door to
entity tricks such as "billion laughs") is refused, a zip holding a part twice is refused,
and every way a damaged file fails is one XlsxError with a Message.

Nothing here imports Qt or openpyxl.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree as ET
from xml.parsers import expat

from csmm_desktop.domain.xlsx_cells import (
    MAX_CELL_CHARS,
    BadCell,
    Row,
    SharedStrings,
    XlsxError,
    sheet_cells,
)
from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message

__all__ = ["MAX_CELL_CHARS", "BadCell", "Sheet", "Workbook", "XlsxError"]

MB = 1024 * 1024
MAX_SHEET_BYTES = 1024 * MB  # a sheet is streamed: this bounds time, not memory
MAX_STRINGS_BYTES = 128 * MB  # the shared strings are held in memory
MAX_SMALL_PART_BYTES = 8 * MB  # workbook, relationships
MAX_TAG_BYTES = 8 * MB  # one tag (or comment) that expat must hold whole
CHUNK = 256 * 1024
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted workbook

_MAIN_NS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # "Strict Open XML"
)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
_WORKSHEET = "/worksheet"
_SHARED_STRINGS = "/sharedStrings"

MESSAGES = catalogue(
    {
        "xlsx.not_a_workbook": QT_TRANSLATE_NOOP(
            "Messages",
            "the file is not an Excel workbook (.xlsx), or it is damaged; save it from "
            "Excel again as .xlsx or as CSV",
        ),
        "xlsx.old_or_encrypted": QT_TRANSLATE_NOOP(
            "Messages",
            "the file is an old Excel workbook (.xls) or one protected with a password; "
            "save it as .xlsx without a password, or as CSV",
        ),
        "xlsx.missing_part": QT_TRANSLATE_NOOP(
            "Messages", "the Excel file is damaged: its part {part} is missing"
        ),
        "xlsx.damaged_part": QT_TRANSLATE_NOOP(
            "Messages", "the Excel file is damaged: its part {part} cannot be read ({detail})"
        ),
        "xlsx.bad_xml": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is damaged: its part {part} is not well-formed (line {line}, "
            "column {column})",
        ),
        "xlsx.doctype": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is refused: its part {part} declares a DOCTYPE (entities), "
            "which Excel never writes",
        ),
        "xlsx.too_big": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is refused: its part {part} unpacks to more than {limit} MB",
        ),
        "xlsx.huge_tag": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is refused: its part {part} holds a tag longer than {limit} MB",
        ),
        "xlsx.part_twice": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file is damaged: it holds its part {part} twice; save it from Excel again",
        ),
        "xlsx.no_sheet": QT_TRANSLATE_NOOP("Messages", "the Excel file has no worksheet"),
        "xlsx.several_sheets": QT_TRANSLATE_NOOP(
            "Messages",
            "the Excel file has data on several sheets ({sheets}): name the sheet to import "
            "“responses”, or delete the other sheets",
        ),
    }
)


@dataclass(frozen=True)
class Sheet:
    name: str
    part: str


class _Doctype(Exception):
    pass


class _RootStarted(Exception):
    pass


def _doctype(*_args: object) -> None:
    raise _Doctype


def _root_started(*_args: object) -> None:
    raise _RootStarted


def _refuse_doctypes(parser: expat.XMLParserType) -> None:
    """A DOCTYPE (or an entity declaration) stops the parse with _Doctype."""
    parser.StartDoctypeDeclHandler = _doctype
    parser.EntityDeclHandler = _doctype


class Workbook:
    """An open workbook: `sheet()` picks the sheet to import, `rows(sheet)` streams it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        with open(self.path, "rb") as fh:  # an OSError is the caller's to word
            magic = fh.read(8)
        if magic.startswith(CFB_MAGIC):
            raise XlsxError(message("xlsx.old_or_encrypted"))
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
            raise XlsxError(message("xlsx.not_a_workbook")) from None
        self.unread: list[str] = []  # other sheets with data (set by sheet())
        try:
            self._names = self._parts()
            self._read_structure()
        except BaseException:
            self.zip.close()
            raise
        self.read_bytes = 0  # of the sheet being streamed (for progress)
        self.total_bytes = 1

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- parts ---------------------------------------------------------------------------

    def _parts(self) -> dict[str, zipfile.ZipInfo]:
        """Name -> entry of the zip's parts; XlsxError if a name is there twice (part
        names compare regardless of case), which no spreadsheet program writes."""
        names: dict[str, zipfile.ZipInfo] = {}
        seen: set[str] = set()
        for info in self.zip.infolist():
            key = info.filename.casefold()
            if key in seen:
                raise XlsxError(message("xlsx.part_twice", part=info.filename))
            seen.add(key)
            names[info.filename] = info
        return names

    def _info(self, part: str, limit: int) -> zipfile.ZipInfo:
        info = self._names.get(part)
        if info is None:
            raise XlsxError(message("xlsx.missing_part", part=part))
        if info.file_size > limit:
            raise XlsxError(message("xlsx.too_big", part=part, limit=limit // MB))
        return info

    def _chunks(self, part: str, limit: int) -> Iterator[bytes]:
        """The unpacked bytes of `part`, counted against `limit` as they come."""
        info = self._info(part, limit)
        self.total_bytes = max(info.file_size, 1)
        self.read_bytes = 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    chunk = fh.read(CHUNK)
                    if not chunk:
                        return
                    self.read_bytes += len(chunk)
                    if self.read_bytes > limit:
                        raise XlsxError(message("xlsx.too_big", part=part, limit=limit // MB))
                    yield chunk
        except XlsxError:
            raise
        except Exception as exc:  # a bad CRC, bad zlib/lzma/bz2 data, an encrypted part...
            raise XlsxError(message("xlsx.damaged_part", part=part, detail=exc)) from None

    def _events(self, part: str, limit: int) -> Iterator:
        """("end", element) of a small `part`, parsed as it is unpacked; a DOCTYPE is
        refused (the probe sees it before ElementTree does)."""
        created = expat.ParserCreate(namespace_separator="}")
        _refuse_doctypes(created)
        created.StartElementHandler = _root_started
        probe: expat.XMLParserType | None = created  # None once it has seen the root
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(("end",))
        try:
            for chunk in self._chunks(part, limit):
                if probe is not None:
                    try:
                        probe.Parse(chunk, False)
                    except _RootStarted:
                        probe = None
                    except _Doctype:
                        raise XlsxError(message("xlsx.doctype", part=part)) from None
                    except expat.ExpatError:
                        probe = None  # the real parser says where
                parser.feed(chunk)
                yield from parser.read_events()
            parser.close()
            yield from parser.read_events()
        except ET.ParseError as exc:
            line, column = exc.position
            raise XlsxError(message("xlsx.bad_xml", part=part, line=line, column=column)) from None
        except (ValueError, LookupError) as exc:  # an encoding expat does not know...
            raise XlsxError(message("xlsx.damaged_part", part=part, detail=exc)) from None

    def _root(self, part: str) -> ET.Element:
        root = None
        for _event, element in self._events(part, MAX_SMALL_PART_BYTES):
            root = element
        assert root is not None  # close() raised otherwise
        return root

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, target part) of the relationships of `part`."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        found = {}
        for rel in self._root(rels):
            if rel.tag != f"{{{_REL_NS}}}Relationship" or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            if target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
            found[rel.get("Id", "")] = (rel.get("Type", ""), target)
        return found

    def _read_structure(self) -> None:
        office = [
            t for kind, t in self._relationships("").values() if kind.endswith(_OFFICE_DOCUMENT)
        ]
        workbook_part = office[0] if office else "xl/workbook.xml"
        workbook = self._root(workbook_part)
        ns = workbook.tag[1:].partition("}")[0] if workbook.tag.startswith("{") else ""
        if ns not in _MAIN_NS:
            raise XlsxError(message("xlsx.not_a_workbook"))
        self.ns = ns
        rels = self._relationships(workbook_part)
        self.sheets: list[Sheet] = []
        for sheet in workbook.iter(f"{{{ns}}}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), "")
            kind, target = rels.get(rid, ("", ""))
            if kind.endswith(_WORKSHEET):  # chart sheets hold no cells
                self.sheets.append(Sheet(sheet.get("name", ""), target))
        if not self.sheets:
            raise XlsxError(message("xlsx.no_sheet"))
        strings = [t for kind, t in rels.values() if kind.endswith(_SHARED_STRINGS)]
        self.strings_part = strings[0] if strings else ""
        self.strings = self._shared_strings(self.strings_part) if strings else []

    def _shared_strings(self, part: str) -> list[str | None]:
        handler = SharedStrings(self.ns)
        for _ in self._stream(part, MAX_STRINGS_BYTES, f"{self.ns}}}sst", handler):
            pass
        return handler.strings

    def _stream(self, part: str, limit: int, root: str, handler: _Handler) -> Iterator[None]:
        """Feed `part` to expat, calling `handler` back, as it is unpacked: yields after
        each chunk. A DOCTYPE is refused, and so are a root element other than `root` and
        a tag (or comment) longer than MAX_TAG_BYTES, which expat would hold whole."""
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.buffer_size = 64 * 1024

        def first(name: str, attrs: dict) -> None:
            if name != root:
                detail = "{" + name if "}" in name else name
                raise XlsxError(message("xlsx.damaged_part", part=part, detail=detail))
            parser.StartElementHandler = handler.start
            handler.start(name, attrs)

        _refuse_doctypes(parser)
        parser.StartElementHandler = first
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.data
        fed = 0
        try:
            for chunk in self._chunks(part, limit):
                parser.Parse(chunk, False)
                fed += len(chunk)
                if fed - parser.CurrentByteIndex > MAX_TAG_BYTES:  # a token still pending
                    raise XlsxError(message("xlsx.huge_tag", part=part, limit=MAX_TAG_BYTES // MB))
                yield
            parser.Parse(b"", True)
        except _Doctype:
            raise XlsxError(message("xlsx.doctype", part=part)) from None
        except expat.ExpatError as exc:
            raise XlsxError(
                message("xlsx.bad_xml", part=part, line=exc.lineno, column=exc.offset)
            ) from None
        except (ValueError, LookupError) as exc:  # an encoding expat does not know...
            raise XlsxError(message("xlsx.damaged_part", part=part, detail=exc)) from None
        yield

    # --- sheets --------------------------------------------------------------------------

    def sheet(self, preferred: str = "responses") -> Sheet | None:
        """The sheet to import: the only one with data; else the one named `preferred`
        (in any case) if it has data. None if no sheet has data; XlsxError naming the sheets
        when several have data and none is named so. `unread` lists the names of the other
        sheets with data (not imported)."""
        with_data = [s for s in self.sheets if self._has_data(s)]
        self.unread = []
        if len(with_data) <= 1:
            return with_data[0] if with_data else None
        named = [s for s in with_data if s.name.casefold() == preferred.casefold()]
        if len(named) == 1:
            self.unread = [s.name for s in with_data if s is not named[0]]
            return named[0]
        names = ", ".join(f"“{s.name}”" for s in with_data)
        raise XlsxError(message("xlsx.several_sheets", sheets=names))

    def _has_data(self, sheet: Sheet) -> bool:
        return any(True for _row in self.rows(sheet))  # stops at the first row with data

    def rows(self, sheet: Sheet) -> Iterator[Row]:
        """(row number, cell texts, bad cells as (column index, BadCell)) of each row that
        has a cell; trailing empty cells are dropped, gaps are "" (xlsx_cells.SheetCells)."""
        handler = sheet_cells(self.ns, sheet.part, self.strings, self.strings_part)
        done = handler.rows
        for _ in self._stream(sheet.part, MAX_SHEET_BYTES, f"{self.ns}}}worksheet", handler):
            if done:
                yield from done
                done.clear()


class _Handler(Protocol):
    def start(self, name: str, attrs: dict) -> None: ...
    def end(self, name: str) -> None: ...
    def data(self, text: str) -> None: ...
