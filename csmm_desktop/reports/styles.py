"""The look of the reports: colours, level tints and the paragraph styles (DejaVu Sans)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from csmm_desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5A5A5A")
ACCENT = colors.HexColor("#0B5A8C")
RULE = colors.HexColor("#C5CFD8")
HEAD_FILL = colors.HexColor("#E6EDF3")
ZEBRA = colors.HexColor("#F6F8FA")
# The level colours of the charts (charts.style.LEVEL_COLOURS, Okabe-Ito), as light tints.
LEVEL_COLOURS = {
    "initial": "#D55E00",
    "planned": "#E69F00",
    "measured": "#56B4E9",
    "optimized": "#009E73",
}


def level_tint(level: str | None, amount: float = 0.28) -> colors.Color | None:
    """A light fill for a cell scored at `level` (None: no fill)."""
    if level not in LEVEL_COLOURS:
        return None
    c = colors.HexColor(LEVEL_COLOURS[level])

    def mix(v: float) -> float:
        return 1 - amount + amount * v

    return colors.Color(mix(c.red), mix(c.green), mix(c.blue))


def _style(name: str, parent: ParagraphStyle | None = None, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent, **kw)


class Styles:
    """The paragraph styles of the reports."""

    def __init__(self) -> None:
        register_fonts()
        base = _style(
            "body",
            fontName=REGULAR,
            bulletFontName=REGULAR,
            fontSize=9.5,
            leading=13.2,
            textColor=INK,
        )
        self.body = base
        self.body_tight = _style("body_tight", base, spaceAfter=2)
        self.para = _style("para", base, spaceAfter=6)
        self.small = _style("small", base, fontSize=8, leading=10.4)
        self.muted = _style("muted", self.small, textColor=MUTED, spaceAfter=4)
        self.empty = _style("empty", base, textColor=MUTED, fontName=ITALIC, spaceAfter=6)
        self.caption = _style(
            "caption", self.small, textColor=MUTED, fontName=ITALIC, spaceBefore=2, spaceAfter=8
        )
        self.quote = _style("quote", base, fontName=ITALIC, leftIndent=12, spaceBefore=2)
        self.quote_by = _style("quote_by", self.small, leftIndent=12, textColor=MUTED)
        self.quote_role = _style(
            "quote_role", self.small, fontName=BOLD, textColor=MUTED, spaceBefore=4
        )
        self.bullet = _style("bullet", base, leftIndent=14, bulletIndent=3, spaceAfter=3)
        heading = {"fontName": BOLD, "textColor": ACCENT, "keepWithNext": 1}
        self.h1 = _style(
            "h1", base, fontSize=16, leading=20, spaceBefore=4, spaceAfter=10, **heading
        )
        self.h2 = _style(
            "h2", base, fontSize=12, leading=15, spaceBefore=12, spaceAfter=5, **heading
        )
        self.h3 = _style(
            "h3",
            base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.cell = _style("cell", base, fontSize=8.3, leading=10.4)
        self.cell_right = _style("cell_right", self.cell, alignment=TA_RIGHT)
        self.cell_center = _style("cell_center", self.cell, alignment=TA_CENTER)
        self.head = _style("head", self.cell, fontName=BOLD)
        self.head_right = _style("head_right", self.head, alignment=TA_RIGHT)
        self.head_center = _style("head_center", self.head, alignment=TA_CENTER)
        self.head_narrow = _style(
            "head_narrow", self.head, fontSize=7.3, leading=9, alignment=TA_RIGHT
        )
        self.tiny = _style("tiny", base, fontSize=6.6, leading=7.8, alignment=TA_CENTER)
        self.tiny_left = _style("tiny_left", self.tiny, fontSize=7, leading=8.6, alignment=TA_LEFT)
        self.figure_label = _style("figure_label", self.small, textColor=MUTED, alignment=TA_CENTER)
        self.figure_value = _style(
            "figure_value", base, fontName=BOLD, fontSize=17, leading=21, alignment=TA_CENTER
        )
        self.figure_value_small = _style(
            "figure_value_small", self.figure_value, fontSize=12, leading=15
        )
        self.figure_note = _style(
            "figure_note",
            self.small,
            fontSize=7.2,
            leading=9,
            textColor=MUTED,
            alignment=TA_CENTER,
        )
        self.cover_kicker = _style(
            "cover_kicker", base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=6
        )
        self.cover_title = _style(
            "cover_title",
            base,
            fontName=BOLD,
            fontSize=26,
            leading=31,
            textColor=ACCENT,
            spaceAfter=10,
        )
        self.cover_subtitle = _style("cover_subtitle", base, fontSize=13, leading=17, spaceAfter=26)
        self.cover_client = _style(
            "cover_client", base, fontName=BOLD, fontSize=19, leading=24, spaceAfter=4
        )
        self.cover_mark = _style(
            "cover_mark",
            base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
        )
        self.box = _style("box", base, spaceAfter=3)
