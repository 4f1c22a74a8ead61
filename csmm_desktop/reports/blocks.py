"""Small building blocks of the report pages: headings, paragraphs of user text, tables with
one look, key-figure cards, chart images and tick boxes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from csmm_desktop.reports.fonts import BOLD, REGULAR, markup, one_line
from csmm_desktop.reports.layout import Heading
from csmm_desktop.reports.styles import HEAD_FILL, INK, MUTED, RULE, ZEBRA, Styles

if TYPE_CHECKING:
    from PIL.Image import Image

Cell = Any  # a str (ready markup), a Flowable, or a list of flowables
# The least height of a long table's last part, as a share of the frame: a page it ends is a
# third full at least, with room for the last row's padding (the page-fill rule, issue 17).
TAIL = 0.35
_MUTED_HEX = MUTED.hexval()[2:]


SMALL_SIZE = 7.3  # points: secondary text in a cell
CELL_SIZE = 8.3  # styles.py: the cells' type, beside which SMALL_SIZE is set


def small(text: str, size: float = SMALL_SIZE) -> str:
    """Secondary text in a cell (already escaped markup)."""
    return f'<font size="{size:g}" color="#{_MUTED_HEX}">{text}</font>'


def titled(title: str, detail: str = "") -> str:
    """A bold title with an optional smaller line of detail, both user text."""
    html = f"<b>{markup(title)}</b>"
    return html + (f"<br/>{small(markup(detail))}" if detail.strip() else "")


class Grid(Table):
    """A Table that never leaves one body row alone at the top of the next page: when a
    split would, the row before it goes along (the header repeats above them). With
    `whole_rows`, a row moves to the next page whole rather than splitting, unless it is
    the first one (taller than a page, it must split)."""

    splitInRow: int  # noqa: N815 - ReportLab's attribute (set by Table.__init__)
    whole_rows = False
    min_tail = 0.0  # the least height of its part on the next page (Builder.table: a third)

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803 (ReportLab's)
        parts = self._split(availWidth, availHeight)
        if len(parts) != 2 or not self.min_tail:
            return self._mark(parts)
        _w, rest = parts[1].wrap(availWidth, self.min_tail * 4)
        short = self.min_tail - rest
        if short <= 0:
            return self._mark(parts)
        # the last part would leave its page under a third full: more rows go with it, as
        # long as two body rows stay on this page (the page-fill rule, issue 17)
        moved = self._split(availWidth, availHeight - short)
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if len(moved) == 2 and moved[0]._nrows - head >= 2:
            first, rest = self._mark(moved)
            return [first, FrameBreak(), rest]  # not the rest in the room left on this page
        return self._mark(parts)

    def _mark(self, parts: list) -> list:
        for part in parts:
            part.min_tail, part.whole_rows = self.min_tail, self.whole_rows
        return parts

    def _split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        if self.whole_rows and self.splitInRow:
            self.splitInRow = 0
            try:
                parts = super().split(availWidth, availHeight)
            finally:
                self.splitInRow = 1
            if len(parts) == 2:
                for part in parts:
                    part.whole_rows = True
                return parts
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first, rest = parts
        lone = rest._nrows - head == 1 and self._nrows - head >= 3
        if not lone or first._nrows - head < 2:
            return parts
        last = self._rowHeights[first._nrows - 1]
        moved = super().split(availWidth, availHeight - last - 0.01)
        return moved if len(moved) == 2 else parts


def grid(data: list, colWidths: Sequence[float], style: Sequence[tuple] = (), **kw: Any) -> Table:  # noqa: N803
    """A Table whose plain-text cells use the report font (ReportLab's default: Helvetica),
    never splitting off a lone row (Grid)."""
    commands = [("FONTNAME", (0, 0), (-1, -1), REGULAR), *style]
    return Grid(data, colWidths=colWidths, style=TableStyle(commands), **kw)


class Builder:
    """Flowable factory bound to the styles and the frame width of one document."""

    def __init__(self, styles: Styles, width: float, height: float) -> None:
        self.s = styles
        self.width = width
        self.height = height

    # -- text -----------------------------------------------------------------------------

    def h1(self, text: str) -> Heading:
        return Heading(markup(text), self.s.h1, 0, one_line(text))

    def h2(self, text: str, toc: bool = True) -> Paragraph:
        """A second-level heading; toc=False keeps it out of the contents."""
        if not toc:
            return Paragraph(markup(text), self.s.h2)
        return Heading(markup(text), self.s.h2, 1, one_line(text))

    def h3(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.s.h3)

    def p(self, text: str, style: Any = None) -> Paragraph:
        """A paragraph of plain text (any user text is safe here)."""
        return Paragraph(markup(text), style or self.s.para)

    def rich(self, html: str, style: Any = None) -> Paragraph:
        """A paragraph of ready markup: escape user parts with fonts.markup first."""
        return Paragraph(html, style or self.s.para)

    def empty(self, text: str) -> Paragraph:
        """The one line an empty part prints."""
        return Paragraph(markup(text), self.s.empty)

    def caption(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.s.caption)

    def bullets(self, items: Sequence[str], style: Any = None) -> list[Paragraph]:
        return [Paragraph(markup(i), style or self.s.bullet, bulletText="•") for i in items]

    def numbered(self, items: Sequence[str]) -> list[Paragraph]:
        return [
            Paragraph(markup(text), self.s.bullet, bulletText=f"{n}.")
            for n, text in enumerate(items, start=1)
        ]

    def small(self, text: str) -> str:
        """Secondary text in a cell (escaped markup) in this builder's type size."""
        return small(text, round(SMALL_SIZE * self.s.cell.fontSize / CELL_SIZE, 2))

    def space(self, height: float = 6) -> Spacer:
        return Spacer(1, height)

    # -- tables ---------------------------------------------------------------------------

    def cell(self, value: Cell, style: Any = None) -> Any:
        if isinstance(value, str):
            return Paragraph(value, style or self.s.cell)
        return value

    def table(
        self,
        head: Sequence[Cell] | None,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float | None],
        *,
        right: Sequence[int] = (),
        center: Sequence[int] = (),
        fills: Sequence[tuple[int, int, colors.Color | None]] = (),
        spans: Sequence[tuple[int, int, int]] = (),
        zebra: bool = True,
        extra: Sequence[tuple] = (),
        width: float | None = None,
    ) -> Table:
        """A table over `width` (default: the frame) with columns in `widths` proportions,
        or in points when one width is None (that column takes the rest).

        Cells are ready markup (escape user text with fonts.markup) or flowables; columns
        in `right` / `center` are aligned so. fills: (column, body row, colour) cell fills.
        spans: (body row, first column, last column) merged into one cell.
        A header row repeats on every page; a tall row may split across pages.
        """
        full = width or self.width
        given = [w for w in widths if w is not None]
        if len(given) < len(widths):
            rest = full - sum(given)
            col_widths = [rest if w is None else w for w in widths]
        else:
            col_widths = [full * w / sum(given) for w in given]

        def styled(i: int, value: Cell, head_row: bool) -> Any:
            if head_row:
                style = self.s.head_right if i in right else self.s.head
                style = self.s.head_center if i in center else style
            else:
                style = self.s.cell_right if i in right else self.s.cell
                style = self.s.cell_center if i in center else style
            return self.cell(value, style)

        data = []
        if head is not None:
            data.append([styled(i, v, True) for i, v in enumerate(head)])
        data += [[styled(i, v, False) for i, v in enumerate(row)] for row in rows]
        first = 1 if head is not None else 0
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, first), (-1, -1), 0.4, RULE),
        ]
        if head is not None:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ]
        if zebra:
            for r in range(first + 1, len(data), 2):
                commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        for col, row, colour in fills:
            if colour is not None:
                commands.append(("BACKGROUND", (col, row + first), (col, row + first), colour))
        for row, c0, c1 in spans:
            commands.append(("SPAN", (c0, row + first), (c1, row + first)))
        commands += list(extra)
        table = grid(
            data,
            colWidths=col_widths,
            repeatRows=first,
            style=commands,
            hAlign="LEFT",
            splitInRow=1,
            spaceAfter=8,
        )
        table.min_tail = self.height * TAIL
        return table

    def captioned(self, table: Table, *notes: Flowable) -> Captioned:
        """`table` with the notes printed under it kept with its last rows."""
        return Captioned(table, list(notes))

    def facts(self, pairs: Sequence[tuple[str, str]], width: float | None = None) -> Table:
        """Label / value lines (the cover's details): labels muted, values as given markup."""
        rows = [
            [Paragraph(markup(label), self.s.muted), Paragraph(value, self.s.body)]
            for label, value in pairs
        ]
        return grid(
            rows,
            colWidths=[(width or self.width) * 0.3, (width or self.width) * 0.7],
            hAlign="LEFT",
            style=(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            ),
            splitInRow=1,
        )

    def figures(self, cards: Sequence[tuple[str, str, str, colors.Color | None]]) -> Table:
        """A row of key-figure cards: (label, value, note, fill); long values print smaller."""
        gap = 5.0
        col = (self.width - gap * (len(cards) - 1)) / len(cards)
        cells = [
            [
                Paragraph(markup(label), self.s.figure_label),
                Paragraph(markup(value), self._figure_style(value, col - 16)),
                Paragraph(markup(note), self.s.figure_note),
            ]
            for label, value, note, _fill in cards
        ]
        widths: list[float] = []
        row: list[Any] = []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 7 if col > 100 else 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7 if col > 100 else 4),
        ]
        for i, (card, (_l, _v, _n, fill)) in enumerate(zip(cells, cards, strict=True)):
            if i:
                widths.append(gap)
                row.append("")
            widths.append(col)
            row.append(card)
            c = 2 * i
            commands.append(("BOX", (c, 0), (c, 0), 0.6, RULE))
            commands.append(("BACKGROUND", (c, 0), (c, 0), fill or colors.white))
        return grid([row], colWidths=widths, style=(commands), spaceAfter=10)

    def _figure_style(self, value: str, room: float) -> Any:
        """The card value's style: large for a short value, smaller for a long one, and
        smaller still where its longest word would not fit the card (never broken)."""
        style = self.s.figure_value if len(value) <= 8 else self.s.figure_value_small
        longest = max(value.split() or [""], key=lambda w: stringWidth(w, BOLD, 1))
        need = stringWidth(longest, BOLD, style.fontSize)
        if need <= room:
            return style
        size = style.fontSize * room / need
        return ParagraphStyle(f"{style.name}_fit", style, fontSize=size, leading=size * 1.25)

    # -- pictures -------------------------------------------------------------------------

    def chart(self, fig: Any, *, max_height: float | None = None, dpi: int = 150) -> Picture:
        """A matplotlib figure as a picture, as wide as the frame allows (at most
        `max_height` tall), with `dpi` pixels per printed inch."""
        from csmm_desktop.charts import to_image

        w_in, h_in = fig.get_size_inches()
        limit = max_height or self.height * 0.62
        scale = min(self.width / (w_in * 72), limit / (h_in * 72))
        # Figures are drawn larger than printed (their text then prints at 8-9 pt), so
        # fewer pixels per figure inch give `dpi` on paper.
        image = to_image(fig, dpi=max(72, round(dpi * scale)))
        fig.clear()
        return Picture(image, w_in * 72 * scale, h_in * 72 * scale)

    def drawn(
        self,
        build: Callable[..., Any],
        *args: Any,
        max_height: float | None = None,
        dpi: int = 150,
        **kwargs: Any,
    ) -> Picture:
        """The chart `build(*args, **kwargs)` as a picture (see chart), drawn only when this
        process has not drawn the same builder with the same data into the same room before
        (reports/pictures.py)."""
        from csmm_desktop.reports.pictures import PICTURES

        key = PICTURES.key(build, args, kwargs, (max_height, dpi, self.width, self.height))
        found = PICTURES.get(key) if key is not None else None
        if found is not None:
            return Picture(*found)
        picture = self.chart(build(*args, **kwargs), max_height=max_height, dpi=dpi)
        if key is not None:
            PICTURES.put(key, picture.image, picture.width, picture.height)
        return picture

    def keep(self, *flowables: Any) -> KeepTogether:
        return KeepTogether([f for f in flowables if f is not None])


class Captioned(Flowable):
    """A table and the notes under it: when the notes do not fit under its last row, rows
    go to the next page with them, so a note never stands alone at the top of a page."""

    def __init__(self, table: Table, notes: list[Flowable]) -> None:
        super().__init__()
        self.table, self.notes = table, notes
        self._table_h = 0.0
        self._note_hs: list[float] = []

    def _gap(self, note: Flowable) -> float:
        return max(note.getSpaceBefore(), 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, self._table_h = self.table.wrap(avail_width, avail_height)
        self._note_hs = [n.wrap(avail_width, avail_height)[1] for n in self.notes]
        below = self.table.getSpaceAfter()
        for note, height in zip(self.notes, self._note_hs, strict=True):
            below += self._gap(note) + height + note.getSpaceAfter()
        self._below = below
        self.width, self.height = width, self._table_h + below
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.table.getSpaceBefore()

    def split(self, avail_width: float, avail_height: float) -> list:
        self.wrap(avail_width, avail_height)
        if self.height < self.table.min_tail:
            return []  # short: it goes to the next page whole, the page it leaves is full
        for room in (avail_height - self._below, avail_height):
            parts = self.table.split(avail_width, room)
            if len(parts) >= 2:  # the table's parts (a frame break between them)
                return [*parts[:-1], Captioned(parts[-1], self.notes)]
        return []

    def draw(self) -> None:
        y = self.height - self._table_h
        self.table.drawOn(self.canv, 0, y)
        y -= self.table.getSpaceAfter()
        for note, height in zip(self.notes, self._note_hs, strict=True):
            y -= self._gap(note) + height
            note.drawOn(self.canv, 0, y)
            y -= note.getSpaceAfter()


class Picture(Flowable):
    """A PIL image (charts.to_image) drawn at a fixed size, centred; read once however many
    passes the build takes."""

    def __init__(self, image: Image, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.reader = ImageReader(image)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height)


class TickBox(Flowable):
    """An empty square to tick on paper (or ticked, for the role a form is printed for)."""

    def __init__(self, size: float = 8.5, ticked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.ticked = ticked
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s)
        if self.ticked:
            c.setLineWidth(1.2)
            c.line(s * 0.18, s * 0.5, s * 0.42, s * 0.2)
            c.line(s * 0.42, s * 0.2, s * 0.85, s * 0.85)
