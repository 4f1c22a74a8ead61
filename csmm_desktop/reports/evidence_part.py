"""The snapshot report's benchmark against the portfolio (services/benchmark.py) and its
appendix of evidence: per question and role the distribution of answers
(services/evidence.py), as compact tables of plain cells (cheap to lay out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak

from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import TAIL, grid
from csmm_desktop.reports.fonts import BOLD, REGULAR, fit, markup
from csmm_desktop.reports.styles import RULE, ZEBRA
from csmm_desktop.services import benchmark as B
from csmm_desktop.services import evidence as V

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context


def benchmark(ctx: Context) -> list:
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h1(ctx.t("s_benchmark"))]
    found = B.portfolio(ctx.db, ctx.snapshot.id)
    if not found.sector:
        return story + [b.p(ctx.t("benchmark_no_sector"), b.s.empty)]
    if not found.shown:
        return story + [b.p(ctx.t("benchmark_none", n=found.peers), b.s.empty)]
    story.append(b.p(ctx.t("benchmark_intro", n=found.peers, sector=found.sector), b.s.muted))
    head = [
        markup(ctx.t(k)) for k in ("col_item", "col_this_client", "col_q1", "col_median", "col_q3")
    ]
    rows = []
    for row in found.rows:
        name = ctx.t("overall_score") if row.kind == "overall" else ctx.section_name(row.id)
        bold = row.kind == "overall"
        cells = [row.this, row.q1, row.median, row.q3]
        text = [markup(ctx.score(v)) for v in cells]
        if bold:
            text = [f"<b>{x}</b>" for x in text]
        rows.append([f"<b>{markup(name)}</b>" if bold else markup(name), *text])
    table = b.table(head, rows, [4.6, 1.2, 1.0, 1.0, 1.0], right=(1, 2, 3, 4))
    return story + [table]


def evidence(ctx: Context, title: str) -> list:
    """The appendix: `title` is its numbered heading."""
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h1(title), b.p(ctx.t("evidence_intro"))]
    found = V.distributions(ctx.db, ctx.snapshot.id, ctx.form)
    if not found:
        return story + [b.empty(ctx.t("evidence_empty"))]
    head = [
        ctx.t("col_question"),
        ctx.t("col_role"),
        *V.POINTS,
        ctx.t("col_na"),
        ctx.t("col_n"),
    ]
    number = 22.0
    widths = [0.0, 58.0, *([number] * 5), 30.0, number]
    widths[0] = b.width - sum(widths)
    room = widths[0] - 6
    rows: list[list] = [head]
    for d in found:  # plain one-line cells: hundreds of rows lay out in a blink
        question = ctx.form.questions[d.question_id]
        text = fit(f"{d.question_id}  {question.text(ctx.lang, d.role)}", REGULAR, 7, room)
        counts = [fmt.integer(c, ctx.lang) if c else "·" for c in d.counts]
        rows.append(
            [text, ctx.role(d.role), *counts, d.na_share(ctx.lang), fmt.integer(d.n, ctx.lang)]
        )
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("LEADING", (0, 0), (-1, -1), 8.4),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        *(("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows), 2)),
    ]
    table = grid(rows, colWidths=widths, style=style, repeatRows=1)
    table.min_tail = b.height * TAIL  # its last page a third full at least (page-fill rule)
    return story + [table]
