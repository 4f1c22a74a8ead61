"""The action-plan handout: one landscape table of the client's actions up to a snapshot, as
they stood on its date, grouped by their 3-month cycle, with a blank column for notes taken
in the meeting."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import PageBreak

from csmm_desktop.domain.engagement import is_overdue
from csmm_desktop.messages import message
from csmm_desktop.reports import roadmap_part
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
) -> Path:
    """Write the printable action plan of the snapshot's client (landscape): every action
    defined up to this snapshot, grouped by cycle."""
    report = begin(
        db, snapshot_id, lang, page_size, "title_action_plan", progress, wide=True, cover=False
    )
    ctx = report.ctx
    report.progress(20, message("report.reading_actions"))
    story = heading(ctx) + plan_table(ctx)
    report.progress(60, message("report.charts"))
    story += [PageBreak(), *roadmap_part.roadmap(ctx, plan_actions(ctx))]
    return report.finish(story, out_path)


def heading(ctx: Context) -> list:
    b, snap = ctx.b, ctx.snapshot
    return [
        b.p(ctx.t("title_action_plan"), b.s.cover_title),
        b.p(ctx.client.name, b.s.cover_client),
        b.p(ctx.t("ap_subtitle", date=ctx.day(snap.date), stage=ctx.stage(snap.stage))),
        b.p(ctx.t("ap_intro", stage=ctx.stage(snap.stage)), b.s.muted),
        b.space(4),
    ]


def plan_actions(ctx: Context) -> list:
    """The client's actions defined at this snapshot or before (or at none), by cycle, as
    they stood on the snapshot's date."""
    here = ctx.order(ctx.snapshot.id)
    return [a for a in ctx.actions() if ctx.order(a.snapshot_id) <= here]


def plan_table(ctx: Context) -> list:
    b = ctx.b
    actions = plan_actions(ctx)
    if not actions:
        return [b.empty(ctx.t("ap_empty"))]
    problems = {p.id: p.title for p in E.list_problems(ctx.db, ctx.client.id)}
    rows: list[list[str]] = []
    spans, extra, fills = [], [], []
    number = 0
    for cycle in sorted({a.cycle for a in actions}):
        mine = [a for a in actions if a.cycle == cycle]
        header_row = len(rows) + 1  # + the table's header row
        title = ctx.t("ap_cycle", n=cycle, actions=ctx.tn("n_actions", len(mine)))
        rows.append([f"<b>{markup(title)}</b>"] + [""] * 7)
        spans.append((len(rows) - 1, 0, 7))
        extra += [
            ("BACKGROUND", (0, header_row), (-1, header_row), HEAD_FILL),
            ("LINEABOVE", (0, header_row), (-1, header_row), 0.8, b.s.body.textColor),
        ]
        for action in mine:
            number += 1
            cells = action_row(ctx, action, problems)
            if is_overdue(action.status, action.due_date, ctx.snapshot.date):
                cells[2] = f'<font color="#{OVERDUE.hexval()[2:]}"><b>{cells[2]}</b></font>'
            fills.append((4, len(rows), ACTION_FILLS.get(action.status)))
            rows.append([str(number), *cells, ""])
    head = [
        "#",
        *(
            ctx.t(k)
            for k in (
                "col_action",
                "col_owner",
                "col_due",
                "col_status",
                "col_cycle",
                "col_linked",
                "notes",
            )
        ),
    ]
    table = b.table(
        [markup(h) for h in head],
        rows,
        [20, None, 84, 62, 74, 44, 128, 104],
        center=(5,),
        fills=fills,
        spans=spans,
        zebra=False,
        extra=[*extra, ("LINEBEFORE", (7, 0), (7, -1), 0.4, b.s.body.textColor)],
    )
    return [table, b.caption(ctx.t("ap_overdue_note"))]
