"""The action-plan handout: one landscape table of the client's actions up to a snapshot, as
they stood on its date, grouped by their 3-month cycle, with a blank column for notes taken
in the meeting."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, PageBreak

from csmm_desktop.domain.engagement import is_overdue
from csmm_desktop.messages import message
from csmm_desktop.reports import bilingual as bilingual_part
from csmm_desktop.reports import roadmap_part
from csmm_desktop.reports.bilingual import both
from csmm_desktop.reports.blocks import small, titled
from csmm_desktop.reports.common import begin
from csmm_desktop.reports.engagement_part import ACTION_FILLS, action_row
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.layout import Progress
from csmm_desktop.reports.styles import HEAD_FILL
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.context import Context

OVERDUE = colors.HexColor("#B03A00")


def write_action_plan(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
    bilingual: bool = False,
) -> Path:
    """Write the printable action plan of the snapshot's client (landscape): every action
    defined up to this snapshot, grouped by cycle. `bilingual`: its words in Turkish and
    English side by side (reports/bilingual.py; the actions' own texts print once)."""
    report = begin(
        db, snapshot_id, lang, page_size, "title_action_plan", progress, wide=True, cover=False
    )
    ctx = report.ctx
    other = bilingual_part.pair(ctx)[1] if bilingual else None
    report.progress(20, message("report.reading_actions"))
    story = heading(ctx, other) + plan_table(ctx, other)
    report.progress(60, message("report.charts"))
    # the roadmap starts a page, unless it is one line (no actions): then it follows the plan
    story += [PageBreak() if plan_actions(ctx) else CondPageBreak(ctx.b.height * 0.2)]
    story += roadmap_part.roadmap(ctx, plan_actions(ctx), other=other)
    return report.finish(story, out_path)


def heading(ctx: Context, other: Context | None = None) -> list:
    """The plan's title, client, date and intro; with `other`, the words in both languages
    side by side and the client's name across."""
    b = ctx.b

    def words(c: Context) -> list:
        snap = c.snapshot
        return [
            c.b.p(c.t("title_action_plan"), b.s.cover_title),
            c.b.p(c.t("ap_subtitle", date=c.day(snap.date), stage=c.stage(snap.stage))),
            c.b.p(c.t("ap_intro", stage=c.stage(snap.stage)), b.s.muted),
        ]

    if other is None:
        title, *rest = words(ctx)
        return [title, b.p(ctx.client.name, b.s.cover_client), *rest, b.space(4)]
    mine = replace(ctx, _builder=other.b)
    name = [b.p(ctx.client.name, b.s.cover_client)]
    return [*bilingual_part.columns(ctx, [(words(mine), words(other)), name]), b.space(2)]


def plan_actions(ctx: Context) -> list:
    """The client's actions defined at this snapshot or before (or at none), by cycle, as
    they stood on the snapshot's date."""
    here = ctx.order(ctx.snapshot.id)
    return [a for a in ctx.actions() if ctx.order(a.snapshot_id) <= here]


def plan_table(ctx: Context, other: Context | None = None) -> list:
    """The table of the plan's actions by cycle; with `other` (the bilingual option) each
    label, status and date in both languages, the report's first."""
    b = ctx.b
    actions = plan_actions(ctx)
    if not actions:
        return [b.empty(_both_plain(ctx, other, "ap_empty"))]
    problems = {p.id: p.title for p in E.list_problems(ctx.db, ctx.client.id)}
    rows: list[list[str]] = []
    spans, extra, fills = [], [], []
    number = 0
    for cycle in sorted({a.cycle for a in actions}):
        mine = [a for a in actions if a.cycle == cycle]
        header_row = len(rows) + 1  # + the table's header row

        def title(c: Context, mine: list = mine, cycle: int = cycle) -> str:
            return c.t("ap_cycle", n=cycle, actions=c.tn("n_actions", len(mine)))

        text = f"<b>{markup(title(ctx))}</b>"
        if other is not None:
            text += f"  ·  {markup(title(other))}"
        rows.append([text] + [""] * 7)
        spans.append((len(rows) - 1, 0, 7))
        extra += [
            ("BACKGROUND", (0, header_row), (-1, header_row), HEAD_FILL),
            ("LINEABOVE", (0, header_row), (-1, header_row), 0.8, b.s.body.textColor),
        ]
        for action in mine:
            number += 1
            cells = action_row(ctx, action, problems)
            if other is not None:
                cells = _with_other(ctx, other, cells, action, problems)
            if is_overdue(action.status, action.due_date, ctx.snapshot.date):
                cells[2] = f'<font color="#{OVERDUE.hexval()[2:]}"><b>{cells[2]}</b></font>'
            fills.append((4, len(rows), ACTION_FILLS.get(action.status)))
            rows.append([str(number), *cells, ""])
    keys = ("col_action", "col_owner", "col_due", "col_status", "col_cycle", "col_linked", "notes")
    if other is None:
        head = ["#", *(markup(ctx.t(k)) for k in keys)]
    else:
        head = ["#", *(both(ctx.t(k), other.t(k)) for k in keys)]
    table = b.table(
        head,
        rows,
        [20, None, 84, 62, 74, 44, 128, 104],
        center=(5,),
        fills=fills,
        spans=spans,
        zebra=False,
        extra=[*extra, ("LINEBEFORE", (7, 0), (7, -1), 0.4, b.s.body.textColor)],
    )
    notes = [b.caption(ctx.t("ap_overdue_note"))]
    if other is not None:
        notes.append(b.caption(other.t("ap_overdue_note")))
    return [table, *notes]


def _with_other(
    ctx: Context, other: Context, cells: list[str], action, problems: dict[str, str]
) -> list:
    """A row's cells with the other language's words under the report's: the problem
    label, due date, status and linked topic's title (the action's own texts and the
    problem's title print once)."""
    theirs = action_row(other, action, problems)
    title, owner, due, status, cycle, linked = cells
    if action.problem_id in problems:
        label = f"{ctx.t('problem_word')} · {other.t('problem_word')}"
        title = titled(action.title, f"{label}: {problems[action.problem_id]}")
    if due != theirs[2]:
        due += f"<br/>{small(theirs[2])}"
    status += f"<br/>{small(theirs[3])}"
    if "<br/>" in theirs[5]:
        linked += "<br/>" + theirs[5].split("<br/>", 1)[1]  # the topic's title, small
    return [title, owner, due, status, cycle, linked]


def _both_plain(ctx: Context, other: Context | None, key: str) -> str:
    return ctx.t(key) if other is None else f"{ctx.t(key)} · {other.t(key)}"
