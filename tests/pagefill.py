"""How full each page of a PDF is, read from the PDF itself (pypdf): the lowest text
baseline or picture drawn in the body frame of each page, and whether the page starts a
top-level part (its topmost body text is set at heading-1 size or larger).

The body frame is reports/layout.py's: 20 mm below the top edge to 19 mm above the bottom;
the header and footer lines drawn outside it are not counted."""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4
TOP_MARGIN, BOTTOM_MARGIN = 20 * MM, 19 * MM
H1_SIZE = 15.5  # reports/styles.py: h1 is 16 pt, the cover title 26 pt; body text ≤ 12 pt


@dataclass(frozen=True)
class PageFill:
    page: int  # 1-based
    fill: float  # share of the body frame's height down to the lowest drawn content
    starts_part: bool  # the topmost body text is a heading 1 (or a title)
    top_text: str


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _page_fill(number: int, page) -> PageFill:
    height = float(page.mediabox.height)
    top, bottom = height - TOP_MARGIN, BOTTOM_MARGIN
    lowest = [top]
    texts: list[tuple[float, float, str]] = []  # (y, size, text)

    def on_text(text, cm, tm, _font, size):
        if not text.strip():
            return
        m = _mult(list(tm), list(cm))
        if bottom - 2 <= m[5] <= top + 2:
            scale = (m[2] ** 2 + m[3] ** 2) ** 0.5
            texts.append((m[5], size * scale, text.strip()))

    def on_op(op, args, cm, _tm):
        if op == b"Do":  # a picture: its box is the current matrix's unit square
            y = cm[5] + min(0.0, cm[3])
            if bottom - 2 <= y <= top + 2:
                lowest.append(y)

    page.extract_text(visitor_text=on_text, visitor_operand_before=on_op)
    low = min([*lowest, *(y for y, _s, _t in texts)])
    first = max(texts, default=(0.0, 0.0, ""))
    return PageFill(number, (top - low) / (top - bottom), first[1] >= H1_SIZE, first[2][:60])


def page_fills(path) -> list[PageFill]:
    return [_page_fill(n, page) for n, page in enumerate(PdfReader(path).pages, start=1)]


def underfilled(path_or_fills, cover: bool = True) -> list[PageFill]:
    """Pages under a third full that are neither the cover nor a part's first page, of a
    PDF or of its page_fills() already read (reading a report's pages takes a second)."""
    fills = path_or_fills if isinstance(path_or_fills, list) else page_fills(path_or_fills)
    return [
        p for p in fills if p.fill < 1 / 3 and not p.starts_part and not (cover and p.page == 1)
    ]
