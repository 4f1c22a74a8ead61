"""Blank printable forms: the questionnaire of each role (management, employee, client) in
the report language, for collecting answers on paper. Each role's part starts with a page
for the respondent code and role; every question shows its id (1.1.1-1) so the answers can
be keyed in or imported later, a tick box per scale value and N/A, or lines to write on."""

from __future__ import annotations

import os
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import PageBreak, Paragraph, Table

from csmm_desktop.domain.form import ROLES, role_name
from csmm_desktop.messages import message
from csmm_desktop.reports.blocks import TickBox, grid, small
from csmm_desktop.reports.common import begin
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.layout import Progress
from csmm_desktop.reports.styles import HEAD_FILL, INK, RULE
from csmm_desktop.reports.texts import t

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.domain.form import Question, Section
    from csmm_desktop.reports.context import Context

ID_COL = 50.0  # points: the question id column (2.4.10-1 fits)
BOX_COL = 30.0  # a tick-box column of a 1-5 or yes/partly/no scale
NA_COL = 48.0  # the N/A column
WRITE_LINES = 4  # ruled lines for a free-text answer


def write_blank_forms(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
    roles: Sequence[str] | None = None,
) -> Path:
    """Write the blank questionnaire of each role in `roles` (default: all three) for the
    snapshot's form version, one part per role."""
    roles = list(roles or ROLES)
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        raise ValueError(f"Unknown role {unknown[0] if unknown else ''!r}; use {', '.join(ROLES)}.")
    report = begin(
        db,
        snapshot_id,
        lang,
        page_size,
        lambda ctx: ctx.text(ctx.form.title),
        progress,
        cover=False,
        extra=t(lang, "bf_code_header"),
    )
    ctx = report.ctx
    story: list = []
    for n, role in enumerate(roles):
        report.progress(
            5 + 75 * n // len(roles), message("report.questions_for", role=role_name(role))
        )
        if n:
            story.append(PageBreak())
        story += respondent_page(ctx, role) + questions(ctx, role)
    return report.finish(story, out_path)


# --- the respondent page ------------------------------------------------------------------


def _field(ctx: Context, label: str, height: float = 22) -> Table:
    b = ctx.b
    return grid(
        [[Paragraph(markup(label), b.s.muted), ""]],
        colWidths=[b.width * 0.3, b.width * 0.5],
        rowHeights=[height],
        hAlign="LEFT",
        style=(
            [
                ("BOX", (1, 0), (1, 0), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        ),
        spaceAfter=6,
    )


def _role_row(ctx: Context, role: str) -> Table:
    b = ctx.b
    cells: list[Any] = [Paragraph(markup(ctx.t("bf_role")), b.s.muted)]
    widths = [b.width * 0.3]
    for key in ROLES:
        cells += [TickBox(10, ticked=key == role), Paragraph(markup(ctx.role(key)), b.s.body)]
        widths += [16, (b.width * 0.7 - 48) / 3]
    return grid(
        [cells],
        colWidths=widths,
        hAlign="LEFT",
        style=([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
        spaceAfter=10,
    )


def _scales_used(ctx: Context, role: str) -> list[str]:
    """A legend line for each answer scale the role's questions use (in form order)."""
    seen: list[str] = []
    for q in ctx.form.questions_for(role):
        if q.scale.kind in ("ordinal", "categorical") and q.scale.key not in seen:
            seen.append(q.scale.key)
    lines = []
    for key in seen:
        scale = ctx.form.scales[key]
        values = " · ".join(f"{v.value} = {ctx.text(v.label)}" for v in scale.values)
        if scale.kind == "categorical":
            values = " · ".join(ctx.text(v.label) for v in scale.values)
        lines.append(f"{ctx.text(scale.label)}: {values}")
    return lines


def respondent_page(ctx: Context, role: str) -> list:
    b, snap = ctx.b, ctx.snapshot
    title = ctx.t("bf_title", form=ctx.text(ctx.form.title), role=ctx.role(role))
    na = ctx.text(ctx.form.na_label)
    example = next((q.id for q in ctx.form.questions_for(role)), "1.1.1-1")
    story: list = [
        b.h1(title),
        b.p(ctx.client.name, b.s.cover_client),
        b.p(f"{ctx.t('snapshot')}: {ctx.label(snap)}", b.s.muted),
        b.space(10),
        b.h2(ctx.t("bf_fields"), toc=False),
        _field(ctx, ctx.t("bf_code"), 26),
        _role_row(ctx, role),
        _field(ctx, ctx.t("bf_name")),
        _field(ctx, ctx.t("bf_date")),
        b.h2(ctx.t("bf_instructions"), toc=False),
        *b.numbered(
            [ctx.t("bf_i1"), ctx.t("bf_i2", na=na), ctx.t("bf_i3"), ctx.t("bf_i4", example=example)]
        ),
        b.space(6),
        *[b.p(line, b.s.muted) for line in _scales_used(ctx, role)],
        b.space(16),
        b.p(ctx.t("bf_office"), b.s.muted),
        PageBreak(),
    ]
    return story


# --- questions ----------------------------------------------------------------------------


def _question_cell(ctx: Context, q: Question, role: str) -> Paragraph:
    html = markup(q.text(ctx.lang, role))
    if q.help:
        html += "<br/>" + small(f"<i>{markup(ctx.text(q.help))}</i>")
    return Paragraph(html, ctx.b.s.cell)


def _id_cell(ctx: Context, q: Question) -> Paragraph:
    return Paragraph(f"<b>{markup(q.id)}</b>", ctx.b.s.cell)


def _style(header_rows: int = 1) -> list[tuple]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (1, -1), "TOP"),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
    ]


def scaled_group(ctx: Context, questions: list[Question], role: str) -> Table:
    """Questions on one 1-5 or yes/partly/no scale: a row each, a tick box per value."""
    b = ctx.b
    scale = questions[0].scale
    values = [v for v, _label in questions[0].answer_choices()]
    if scale.kind == "categorical":
        heads = [ctx.text(label) for _v, label in questions[0].answer_choices()]
    else:
        heads = values
    legend = f"<b>{markup(ctx.text(scale.label))}</b>"
    if scale.kind == "ordinal":
        low, high = questions[0].answer_choices()[0], questions[0].answer_choices()[-1]
        legend += markup(f": {low[0]} = {ctx.text(low[1])} · {high[0]} = {ctx.text(high[1])}")
    head = ["", Paragraph(legend, b.s.tiny_left)] + [Paragraph(markup(h), b.s.tiny) for h in heads]
    head.append(Paragraph(markup(ctx.text(ctx.form.na_label)), b.s.tiny))
    rows = [head] + [
        [_id_cell(ctx, q), _question_cell(ctx, q, role)] + [TickBox() for _ in values + [None]]
        for q in questions
    ]
    col = BOX_COL if scale.kind == "ordinal" else BOX_COL + 8
    text_width = b.width - ID_COL - col * len(values) - NA_COL
    return grid(
        rows,
        colWidths=[ID_COL, text_width] + [col] * len(values) + [NA_COL],
        repeatRows=1,
        style=(_style()),
        hAlign="LEFT",
        spaceAfter=6,
    )


def nps_question(ctx: Context, q: Question, role: str) -> Table:
    """The 0-10 question: the text, then the numbers 0-10 and N/A with a box under each."""
    b = ctx.b
    choices = q.answer_choices()
    cols = len(choices) + 1
    col = (b.width - ID_COL - NA_COL) / (cols - 1)
    numbers = [Paragraph(markup(v), b.s.tiny) for v, _l in choices]
    numbers.append(Paragraph(markup(ctx.text(ctx.form.na_label)), b.s.tiny))
    ends = f"{choices[0][0]} = {ctx.text(choices[0][1])} · {choices[-1][0]} = {ctx.text(choices[-1][1])}"  # noqa: E501
    rows = [
        [_id_cell(ctx, q), _question_cell(ctx, q, role)] + [""] * (cols - 1),
        ["", *numbers],
        ["", *[TickBox() for _ in range(cols)]],
        ["", Paragraph(small(markup(ends)), b.s.cell)] + [""] * (cols - 1),
    ]
    style = [
        ("SPAN", (1, 0), (-1, 0)),
        ("SPAN", (1, 3), (-1, 3)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, 2), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    return grid(
        rows,
        colWidths=[ID_COL] + [col] * (cols - 1) + [NA_COL],
        style=(style),
        hAlign="LEFT",
        spaceAfter=6,
    )


def choice_question(ctx: Context, q: Question, role: str) -> Table:
    """One option to tick out of a list (and N/A), an option per line."""
    b = ctx.b
    options = [ctx.text(label) for _v, label in q.answer_choices()]
    options.append(ctx.text(ctx.form.na_label))
    rows = [[_id_cell(ctx, q), _question_cell(ctx, q, role), ""]]
    rows.append(["", Paragraph(small(markup(ctx.t("bf_choice_hint"))), b.s.cell), ""])
    rows += [["", TickBox(), Paragraph(markup(o), b.s.cell)] for o in options]
    style = [
        ("SPAN", (1, 0), (-1, 0)),
        ("SPAN", (1, 1), (-1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 2), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 2), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    return grid(
        rows,
        colWidths=[ID_COL, 18, b.width - ID_COL - 18],
        style=(style),
        hAlign="LEFT",
        spaceAfter=6,
    )


def text_question(ctx: Context, q: Question, role: str) -> Table:
    """A free-text question with ruled lines to write on."""
    b = ctx.b
    rows = [[_id_cell(ctx, q), _question_cell(ctx, q, role)]] + [["", ""]] * WRITE_LINES
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (1, 1), (1, -1), 0.5, RULE),
    ]
    return grid(
        rows,
        colWidths=[ID_COL, b.width - ID_COL],
        rowHeights=[None] + [20] * WRITE_LINES,
        style=(style),
        hAlign="LEFT",
        spaceAfter=8,
    )


def _topic_blocks(ctx: Context, questions: list[Question], role: str) -> list:
    blocks: list = []
    for _key, group in groupby(questions, key=lambda q: (q.scale.key, q.scale.kind)):
        run = list(group)
        kind = run[0].scale.kind
        if kind in ("ordinal", "categorical"):
            blocks.append(scaled_group(ctx, run, role))
        else:
            maker = {"nps": nps_question, "choice": choice_question}.get(kind, text_question)
            blocks += [maker(ctx, q, role) for q in run]
    return blocks


def _section(ctx: Context, section: Section, role: str) -> list:
    b = ctx.b
    opening: list = [b.h2(ctx.section_name(section.id))]
    if section.intro:
        opening.append(b.p(ctx.text(section.intro), b.s.muted))
    story: list = []
    for topic in section.topics:
        blocks = _topic_blocks(ctx, topic.questions, role)
        heading = b.h3(f"{topic.id} {ctx.text(topic.title)}")
        # the section's heading and intro, the topic's heading and its first questions
        # stay on one page
        story.append(b.keep(*opening, heading, blocks[0]))
        story += blocks[1:]
        opening = []
    return story


def questions(ctx: Context, role: str) -> list:
    story: list = []
    for section in ctx.form.sections_for(role):
        story += _section(ctx, section, role)
    story += [ctx.b.space(12), ctx.b.p(ctx.t("bf_thanks"), ctx.b.s.body)]
    return story
