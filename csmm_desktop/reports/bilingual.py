"""The bilingual option (issue 17): the executive summary and the action plan in Turkish and
English side by side, for clients with foreign shareholders. The report's own language is
the left column, the other one the right.

Each column is the same part rendered by the same code with a twin of the report's
context (twin): the other language's texts and number and date formats, the same engine
scores, actions and rankings (the twin shares the context's caches, so nothing is worked
out twice: the numbers are the presentation model's, only written in each language's
style) and a builder as wide as the column, with smaller type (the summary's is made
smaller still, down to MIN_SCALE, until its page holds both columns; Turkish is the longer).
The columns are set part by part as the rows of one table (columns), so each part of one
language stands beside the same part of the other; a part that does not fit moves to the
next page whole. Text written by people (the consultant's key messages, action titles,
owners) prints once, as written: it has one language. In the action plan's table the
words of each cell (headings, statuses, dates, topic titles) print in both languages, the
report's first, beside the actions' own texts printed once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

from csmm_desktop.reports.blocks import Builder, grid, small
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.styles import RULE, Styles
from csmm_desktop.reports.texts import t

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.issuer import ReportMeta

OTHER = {"tr": "en", "en": "tr"}
GAP = 14.0  # points between the columns (a thin rule in the middle)
TYPE_SCALE = 0.86  # the columns' type, against the one-language report's
MIN_SCALE = 0.72  # the smallest it gets to fit a page (body text 6.8 pt)
_SCALED = ("fontSize", "leading", "spaceBefore", "spaceAfter", "leftIndent", "bulletIndent")


def compact(scale: float = TYPE_SCALE) -> Styles:
    """The report's styles with every size scaled by `scale`."""
    found = Styles()
    for style in vars(found).values():
        if isinstance(style, ParagraphStyle):
            for name in _SCALED:
                setattr(style, name, getattr(style, name) * scale)
            style.bulletFontSize = style.fontSize
    return found


def column_width(ctx: Context) -> float:
    return (ctx.b.width - GAP) / 2


def pair(ctx: Context, scale: float = TYPE_SCALE) -> tuple[Context, Context]:
    """(the report's language, the other) contexts, each with a column-wide builder. They
    share the report context's scores and caches (dataclasses.replace keeps the dicts)."""
    b = ctx.b
    styles = compact(scale)
    width = column_width(ctx)
    left = replace(ctx, _builder=Builder(styles, width, b.height))
    right = replace(ctx, lang=OTHER[ctx.lang], _builder=Builder(styles, width, b.height))
    return left, right


Side = list  # the flowables of one column
Row = tuple[Side, Side] | Side


def columns(ctx: Context, rows: Sequence[Row]) -> list:
    """One table of `rows`: a pair (report language, other language) of flowable lists is
    set side by side with a thin rule between them; a plain list of flowables is set across
    both columns (text in one language). Rows with nothing in them are left out."""
    width = column_width(ctx)
    data: list[list] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in rows:
        if isinstance(row, tuple):
            one, other = row
            if not one and not other:
                continue
            data.append([one or "", "", "", other or ""])
            n = len(data) - 1
            commands.append(("LINEAFTER", (1, n), (1, n), 0.4, RULE))
        elif row:
            data.append([row, "", "", ""])
            n = len(data) - 1
            commands.append(("SPAN", (0, n), (3, n)))
    if not data:
        return []
    widths = [width, GAP / 2, GAP / 2, width]
    table = grid(data, colWidths=widths, style=commands, splitInRow=1, hAlign="LEFT")
    table.whole_rows = True  # a part moves to the next page whole (both languages together)
    return [table]


def wide(ctx: Context, twins: tuple[Context, Context]) -> Context:
    """The report's context with a builder across both columns, in the columns' type."""
    return replace(ctx, _builder=Builder(twins[0].b.s, ctx.b.width, ctx.b.height))


# --- the executive summary ---------------------------------------------------------------


def executive_summary(
    ctx: Context, cards_of: Callable[[Context], list[tuple]], meta: ReportMeta
) -> list:
    """The snapshot report's executive summary in both languages on one page (ends with a
    page break); `cards_of(ctx)` gives a context's key-figure cards. The consultant's key
    messages print once, across both columns, as written. The type is made smaller, down
    to MIN_SCALE, until the page holds both columns; beyond, a part goes to the next page
    whole."""
    heading = ctx.b.h1(both_line(ctx, "s_summary"))
    _w, used = heading.wrap(ctx.b.width, ctx.b.height)
    # the frame's own padding (6 pt above and below) and a little slack are not for text
    room = ctx.b.height - 16 - used - heading.getSpaceBefore() - heading.getSpaceAfter()
    scale = TYPE_SCALE
    while True:
        body = columns(ctx, _summary_rows(ctx, cards_of, meta, pair(ctx, scale)))
        height = sum(f.wrap(ctx.b.width, ctx.b.height)[1] for f in body)
        if height <= room or scale <= MIN_SCALE:
            return [heading, *body, PageBreak()]
        # smaller type gives shorter lines and fewer of them: the height goes roughly with
        # the scale's square, so the next try is near the fit (then a step at a time)
        guess = scale * (room / height) ** 0.5
        scale = max(MIN_SCALE, min(scale - 0.02, round(guess, 3)))


def _summary_rows(
    ctx: Context,
    cards_of: Callable[[Context], list[tuple]],
    meta: ReportMeta,
    twins: tuple[Context, Context],
) -> list[Row]:
    from csmm_desktop.reports import summary_part

    left, right = twins
    rows: list[Row] = [
        (
            summary_part.headline(left, cards_of(left)),
            summary_part.headline(right, cards_of(right)),
        )
    ]
    if meta.key_messages.strip():
        across = wide(ctx, twins)
        title = both_line(ctx, "key_messages")
        story = summary_part.key_messages(across, meta, title)
        story.insert(1, across.b.p(both_line(ctx, "bi_as_written"), across.b.s.muted))
        rows.append(story)
    sides = summary_part.body_parts(left, meta), summary_part.body_parts(right, meta)
    return rows + list(zip(*sides, strict=True))


def both(first: str, second: str) -> str:
    """Plain texts in both languages as cell markup: the report's language, then the other
    one smaller on a second line."""
    return f"{markup(first)}<br/>{small(markup(second))}"


def both_line(ctx: Context, key: str, **values: object) -> str:
    """A label in both languages on one line: "Yönetici özeti · Executive summary"."""
    return f"{ctx.t(key, **values)} · {t(OTHER[ctx.lang], key, **values)}"
