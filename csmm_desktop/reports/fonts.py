"""The report font (DejaVu Sans from matplotlib's data folder) and user text made safe for it.

ReportLab's built-in Helvetica draws boxes for ş ğ ı İ, so every report uses DejaVu Sans,
registered once as one family (regular, bold, oblique, bold oblique) and embedded as subsets.

User text (client names, notes, open feedback, titles) goes through `clean()` before it is
printed: control and invisible format characters are left out, and every other character
the font cannot draw in all four faces (Arabic, CJK, most symbols outside DejaVu) is
printed as PLACEHOLDER, never silently deleted; line breaks are kept. The characters so
replaced are noted while a report is built (`track_missing()`): the report says which at
its end and logs a warning (reports/common.py). `markup()` then escapes it for Paragraph
markup, and `fit()` shortens it to one line of a given width for headers and footers.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from collections.abc import Sequence
from contextvars import ContextVar
from functools import lru_cache

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# Characters that end a line (str.splitlines), printed as a line break.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Never printed: control, invisible format (soft hyphen, zero-width and bidi marks),
# surrogate, private-use and unassigned characters.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Invisible: left out without a trace (the others the font lacks become PLACEHOLDER).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})
PLACEHOLDER = "□"  # U+25A1, drawn by all four faces
# The characters replaced by PLACEHOLDER in the report being built (None: not tracked).
_missing: ContextVar[set[str] | None] = ContextVar("missing", default=None)


def track_missing() -> set[str]:
    """Start noting the characters `clean()` replaces (in this thread or task); returns
    the set they are added to."""
    found: set[str] = set()
    _missing.set(found)
    return found


def font_folder() -> str:
    """matplotlib's fonts folder, found without importing matplotlib (0.2 s) when it is
    where matplotlib keeps it (mpl-data next to the package)."""
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    for place in (spec and spec.submodule_search_locations) or ():
        folder = os.path.join(place, "mpl-data", "fonts", "ttf")
        if os.path.isfile(os.path.join(folder, _FILES[REGULAR])):
            return folder
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def _cmap_codes(path: str) -> set[int]:
    """The code points a TrueType font maps to a glyph, read from its 'cmap' table (the
    Windows Unicode subtable: format 12, else format 4), without ReportLab."""
    with open(path, "rb") as f:
        data = f.read()
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = offset
    base = tables[b"cmap"]
    (count,) = struct.unpack_from(">H", data, base + 2)
    subtables = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * i)
        subtables[(platform, encoding)] = base + offset
    codes: set[int] = set()
    if (3, 10) in subtables:  # format 12: groups of consecutive code points
        at = subtables[(3, 10)]
        (groups,) = struct.unpack_from(">I", data, at + 12)
        for g in range(groups):
            start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
            codes.update(c for c in range(start, end + 1) if glyph + c - start)
        return codes
    at = subtables[(3, 1)]  # format 4: segments of the Basic Multilingual Plane
    (twice,) = struct.unpack_from(">H", data, at + 6)
    n = twice // 2
    ends = struct.unpack_from(f">{n}H", data, at + 14)
    starts = struct.unpack_from(f">{n}H", data, at + 16 + twice)
    deltas = struct.unpack_from(f">{n}H", data, at + 16 + 2 * twice)
    ranges_at = at + 16 + 3 * twice
    range_offsets = struct.unpack_from(f">{n}H", data, ranges_at)
    for i in range(n):
        for c in range(starts[i], min(ends[i], 0xFFFE) + 1):
            if range_offsets[i] == 0:
                glyph = (c + deltas[i]) & 0xFFFF
            else:
                where = ranges_at + 2 * i + range_offsets[i] + 2 * (c - starts[i])
                (glyph,) = struct.unpack_from(">H", data, where)
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                codes.add(c)
    return codes


@lru_cache(maxsize=1)
def drawable() -> frozenset[int]:
    """The code points all four faces draw, as register_fonts() finds them, read from the
    font files' cmap tables in a few milliseconds (tests/unit/test_fonts.py compares)."""
    folder = font_folder()
    found = [_cmap_codes(os.path.join(folder, name)) for name in _FILES.values()]
    return frozenset(set.intersection(*found))


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap for a font subset, with characters beyond U+FFFF written
    as UTF-16 surrogate pairs (ReportLab writes 5 hex digits there, which PDF readers
    reject, so emoji that DejaVu draws would vanish from the text layer)."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(
                f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
                for i, v in enumerate(subset)
            ),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans with ReportLab (once); returns the code points all four faces
    can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    folder = font_folder()
    covered: frozenset[int] | None = None
    for name, filename in _FILES.items():
        font = TTFont(name, os.path.join(folder, filename))
        pdfmetrics.registerFont(font)
        codes = frozenset(font.face.charToGlyph)
        covered = codes if covered is None else covered & codes
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    return covered or frozenset()


def printable(ch: str) -> bool:
    """Whether the report font draws `ch` in every face (space and tab count as printable)."""
    if ch in " \t":
        return True
    if unicodedata.category(ch) in _DROPPED_CATEGORIES:
        return False
    return ord(ch) in register_fonts()


def unprintable(text: object) -> str:
    """The characters of `text` the report font cannot draw, each once, in order: those
    `clean()` prints as PLACEHOLDER (Arabic, CJK, many emoji). Line breaks, whitespace and
    the invisible characters clean() leaves out are not among them. Cheap enough for a
    screen to call as the user types: no ReportLab, no matplotlib (see `drawable`)."""
    text = "" if text is None else str(text)
    if text.isascii():  # DejaVu draws all of printable ASCII; the rest is left out
        return ""
    codes = drawable()
    found: dict[str, None] = {}
    for ch in text:
        if ord(ch) in codes or ch in _LINE_BREAKS or ch.isspace():
            continue
        if unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            continue
        found[ch] = None
    return "".join(found)


def clean(text: object) -> str:
    """User text as it will be printed: line breaks kept as "\\n", other whitespace as a
    space, invisible control characters left out, other characters the font lacks as
    PLACEHOLDER (and noted, see track_missing)."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n")
    out = []
    for ch in text:
        if ch in _LINE_BREAKS:
            out.append("\n")
        elif ch.isspace():
            out.append(" ")
        elif printable(ch):
            out.append(ch)
        elif unicodedata.category(ch) not in _INVISIBLE_CATEGORIES:
            out.append(PLACEHOLDER)
            found = _missing.get()
            if found is not None:
                found.add(ch)
    return "".join(out)


def markup(text: object) -> str:
    """User text for a Paragraph: cleaned, with <, > and & escaped and line breaks kept."""
    # xml.sax.saxutils.escape, written out: importing it pulls in urllib.request (65 ms), and
    # the screens import this module for unprintable()
    escaped = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")


def one_line(text: object) -> str:
    return " ".join(clean(text).split())


def fit(text: object, font: str, size: float, width: float) -> str:
    """`text` on one line, shortened with "…" to at most `width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = one_line(text)
    if stringWidth(line, font, size) <= width:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(line[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return line[:low].rstrip() + "…"
