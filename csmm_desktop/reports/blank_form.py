"""Blank printable forms: the questionnaire of each role (management, employee, client) in
the report language, for collecting answers on paper, written for the respondent, not the
consultant: each form is titled for who fills it in ("Customer Experience Survey"), opens
with the issuer's logo and name, what the survey is for, the time it takes (estimated from
its questions), that answers are confidential, and the privacy (KVKK) notice the consultant
keeps in the consultancy profile (a default text when there is none); then the respondent's
code, a tick box per scale value and N/A, or lines to write on. Every question shows its id
(1.1.1-1) so the answers can be matched to the form later. One role, or all three, each
on its own pages with its own title in the header."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak, Paragraph, Table

from csmm_desktop.domain.form import ROLES, role_name
from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.reports.blocks import TickBox, grid, small
from csmm_desktop.reports.common import begin, logo
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.layout import PageTitle, Progress
from csmm_desktop.reports.styles import HEAD_FILL, INK, RULE
from csmm_desktop.reports.texts import t
from csmm_desktop.services.clients import InputError

if TYPE_CHECKING:
    from datetime import date

    from sqlite_utils import Database

    from csmm_desktop.domain.form import Question, Section
    from csmm_desktop.reports.context import Context

MESSAGES = catalogue(
    {
        "blank_form.nothing_asked_role": QT_TRANSLATE_NOOP(
            "Messages",
            "every question for the role {role} is left out for this client (Applicability): "
            "there is no blank form to print",
        ),
        "blank_form.nothing_asked": QT_TRANSLATE_NOOP(
            "Messages",
            "every question is left out for this client (Applicability): there is no blank "
            "form to print",
        ),
    }
)

ID_COL = 50.0  # points: the question id column (2.4.10-1 fits)
BOX_COL = 30.0  # a tick-box column of a 1-5 or yes/partly/no scale
NA_COL = 48.0  # the N/A column
WRITE_LINES = 4  # ruled lines for a free-text answer
# Seconds a respondent needs per question of each kind, and to read the first page: the
# "time needed" of the intro, rounded up to 5 minutes.
SECONDS = {"ordinal": 15, "categorical": 15, "nps": 20, "choice": 20}
SECONDS_TEXT = 60
SECONDS_READING = 120


def form_title(lang: str, role: str) -> str:
    """The form's title for its respondent ("Müşteri Deneyimi Anketi")."""
    return t(lang, f"bf_title_{role}")


def write_blank_forms(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
    roles: Sequence[str] | None = None,
    issued: date | None = None,
) -> Path:
    """Write the blank questionnaire of each role in `roles` (default: all three) for the
    snapshot's form version, one part per role, each starting on a new page."""
    roles = list(roles or ROLES)
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        raise ValueError(f"Unknown role {unknown[0] if unknown else ''!r}; use {', '.join(ROLES)}.")
    # a role whose every question is left out for the client has no form to fill in
    from csmm_desktop.services.assessment import snapshot_form

    form = snapshot_form(db, snapshot_id)
    asked = [r for r in roles if form.questions_for(r)]
    if not asked:
        if len(roles) == 1:
            raise InputError(message("blank_form.nothing_asked_role", role=role_name(roles[0])))
        raise InputError(message("blank_form.nothing_asked"))
    roles = asked
    heading = form_title(lang, roles[0]) if len(roles) == 1 else t(lang, "bf_title_all")
    report = begin(
        db,
        snapshot_id,
        lang,
        page_size,
        lambda ctx: heading,
        progress,
        cover=False,
        extra=t(lang, "bf_code_header"),
        issued=issued,
    )
    ctx = report.ctx
    # the footer gives the day the form is printed, not the date of the data behind it
    report.doc.info = replace(report.doc.info, when=ctx.day(ctx.issued), issued="")
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


def minutes_needed(questions: Sequence[Question]) -> int:
    """The time a respondent needs for `questions`, in minutes rounded up to 5."""
    seconds = SECONDS_READING + sum(SECONDS.get(q.scale.kind, SECONDS_TEXT) for q in questions)
    return max(5, 5 * math.ceil(seconds / 300))


def privacy_notice(ctx: Context) -> str:
    """The consultant's privacy notice, or the default text naming who collects the
    answers and whom to ask."""
    issuer = ctx.issuer
    if issuer.privacy_notice.strip():
        return issuer.privacy_notice
    controller = issuer.name or ctx.client.name
    contact = next((line for line in issuer.contact.splitlines() if line.strip()), "")
    contact = contact or issuer.name or ctx.t("bf_privacy_contact")
    return ctx.t("bf_privacy_default", controller=controller, contact=contact.strip())


def respondent_page(ctx: Context, role: str) -> list:
    b = ctx.b
    title = form_title(ctx.lang, role)
    na = ctx.text(ctx.form.na_label)
    asked = ctx.form.questions_for(role)
    example = next((q.id for q in asked), "1.1.1-1")
    client = ctx.client.name
    story: list = [
        PageTitle(title),
        *logo(ctx),
        b.space(6),
        b.h1(title),
        b.p(client, b.s.cover_client),
    ]
    if ctx.issuer.name:
        story.append(b.p(ctx.t("bf_by", issuer=ctx.issuer.name, client=client), b.s.muted))
    story += [
        b.h2(ctx.t("bf_about"), toc=False),
        b.p(ctx.t(f"bf_purpose_{role}", client=client)),
        b.p(ctx.t("bf_time", minutes=minutes_needed(asked), questions=len(asked))),
        b.p(ctx.t("bf_anonymous")),
        b.h2(ctx.t("bf_privacy"), toc=False),
        b.p(privacy_notice(ctx), b.s.small),
        b.h2(ctx.t("bf_fields"), toc=False),
        _field(ctx, ctx.t("bf_code"), 26),
        _field(ctx, ctx.t("bf_name")),
        _field(ctx, ctx.t("bf_date")),
        b.h2(ctx.t("bf_instructions"), toc=False),
        *b.numbered(
            [ctx.t("bf_i1"), ctx.t("bf_i2", na=na), ctx.t("bf_i3"), ctx.t("bf_i4", example=example)]
        ),
        b.space(6),
        *[b.p(line, b.s.muted) for line in _scales_used(ctx, role)],
        b.space(12),
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
        if not topic.questions:  # left out for the client: not printed
            continue
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
