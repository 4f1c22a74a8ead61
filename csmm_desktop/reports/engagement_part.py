"""The engagement parts of the snapshot report: problems, requirements, numbers, KPIs,
actions, workshops and the stage checklist with the next stage's due window. All of it as
of the snapshot: findings open or closed by then, KPI values at it, actions as they stood
on its date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak

from csmm_desktop.domain.engagement import (
    ACTION_STATUSES,
    CHANNELS,
    KPI_DIRECTIONS,
    KPI_STATUSES,
    OPEN_ACTION_STATUSES,
    label,
)
from csmm_desktop.domain.levels import STAGE_KEYS
from csmm_desktop.reports import figures
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small, titled
from csmm_desktop.reports.fonts import markup
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.engagement import Action, Finding

STATUS_FILLS = {
    "met": colors.HexColor("#CDEBDD"),
    "close": colors.HexColor("#FBE7BF"),
    "missed": colors.HexColor("#F6D0BC"),
}
ACTION_FILLS = {
    "done": colors.HexColor("#CDEBDD"),
    "in_progress": colors.HexColor("#DCEBF7"),
    "dropped": colors.HexColor("#E4E4E4"),
}


def _section(ctx: Context, key: str) -> list:
    return [CondPageBreak(ctx.b.height * 0.25), ctx.b.h1(ctx.t(key))]


def topic_cell(ctx: Context, topic_id: str) -> str:
    if not topic_id:
        return fmt.MISSING
    topic = ctx.form.topics.get(topic_id)
    title = ctx.text(topic.title) if topic else ""
    return markup(topic_id) + (f"<br/>{small(markup(title))}" if title else "")


def where(ctx: Context, snapshot_id: str | None) -> str:
    """'Planned, 23 Mar 2026' for a snapshot of the client."""
    snap = ctx.by_id(snapshot_id)
    if snap is None:
        return fmt.MISSING
    return f"{ctx.stage(snap.stage)}, {ctx.day(snap.date)}"


# --- problems and requirements ------------------------------------------------------------


def findings_table(ctx: Context, items: list[Finding], kind: str):
    rows: list[list] = []
    fills: list[tuple] = []
    done_key = "resolved_at" if kind == "problem" else "solved_at"
    here = ctx.order(ctx.snapshot.id)
    for n, f in enumerate(items, start=1):
        # As of this snapshot: closed at a later one means still open here.
        if f.closed_snapshot_id and ctx.order(f.closed_snapshot_id) <= here:
            snap = ctx.by_id(f.closed_snapshot_id)
            status = markup(
                ctx.t(
                    done_key,
                    stage=ctx.stage(snap.stage) if snap else fmt.MISSING,
                    date=ctx.day(snap.date) if snap else fmt.MISSING,
                )
            )
            if f.note.strip():
                status += "<br/>" + small(markup(f.note))
            fills.append((4, len(rows), ACTION_FILLS["done"]))
        else:
            status = f"<b>{markup(ctx.t('open'))}</b>"
        rows.append(
            [
                str(n),
                titled(f.title, f.description),
                topic_cell(ctx, f.topic_id),
                markup(where(ctx, f.raised_snapshot_id)),
                status,
            ]
        )
    head = [
        "#",
        ctx.t("col_problem" if kind == "problem" else "col_requirement"),
        ctx.t("col_topic"),
        ctx.t("col_raised"),
        ctx.t("col_status"),
    ]
    return ctx.b.table([markup(h) for h in head], rows, [0.35, 4.6, 1.45, 1.45, 2.15], fills=fills)


def findings(ctx: Context, kind: str) -> list:
    sid = ctx.snapshot.id
    if kind == "problem":
        items = E.problems_open_at(ctx.db, sid) + E.problems_resolved_at(ctx.db, sid)
        keys = ("s_problems", "problems_intro", "problems_empty")
    else:
        items = E.requirements_open_at(ctx.db, sid) + E.requirements_solved_at(ctx.db, sid)
        keys = ("s_requirements", "requirements_intro", "requirements_empty")
    story = _section(ctx, keys[0])
    if not items:
        return story + [ctx.b.empty(ctx.t(keys[2]))]
    items.sort(key=lambda f: (ctx.order(f.raised_snapshot_id), f.closed_snapshot_id is not None))
    return story + [ctx.b.p(ctx.t(keys[1]), ctx.b.s.muted), findings_table(ctx, items, kind)]


# --- numbers ------------------------------------------------------------------------------


def numbers(ctx: Context) -> list:
    b, lang, sid = ctx.b, ctx.lang, ctx.snapshot.id
    story = _section(ctx, "s_numbers")
    totals = E.volume_totals(ctx.db, sid)
    if totals.total <= 0:
        return story + [b.empty(ctx.t("numbers_empty"))]
    periods = E.volume_periods(ctx.db, sid)
    story.append(
        b.p(
            ctx.t(
                "numbers_intro",
                total=ctx.tn("n_contacts", totals.total),
                first=fmt.month(periods[0], lang),
                last=fmt.month(periods[-1], lang),
                months=ctx.tn("n_months", len(periods)),
            )
        )
    )
    rows = [
        [
            markup(label(CHANNELS, key, lang) if key in CHANNELS else key),
            fmt.integer(count, lang),
            fmt.share(count / totals.total, lang),
        ]
        for key, count in totals.by_channel.items()
        if count
    ]
    rows.append(
        [
            f"<b>{markup(ctx.t('total'))}</b>",
            f"<b>{fmt.integer(totals.total, lang)}</b>",
            fmt.share(1.0, lang),
        ]
    )
    head = [ctx.t("col_channel"), ctx.t("col_contacts"), ctx.t("col_share")]
    # as wide as the text block, like every table (the layout rule of issue 17)
    story.append(b.table([markup(h) for h in head], rows, [5.0, 1.4, 1.2], right=(1, 2)))
    if any(r.count for r in totals.by_reason):
        story.append(
            b.keep(
                b.h2(ctx.t("ch_pareto"), toc=False),
                figures.pareto(ctx, totals),
                b.caption(ctx.t("ch_pareto_cap")),
            )
        )
        rows = [
            [
                str(n),
                markup(r.name),
                fmt.integer(r.count, lang),
                fmt.share(r.share, lang, 1),
                fmt.share(r.cumulative, lang, 1),
            ]
            for n, r in enumerate(totals.by_reason, start=1)
        ]
        if totals.without_reason:
            rows.append(
                [
                    "",
                    markup(ctx.t("without_reason")),
                    fmt.integer(totals.without_reason, lang),
                    "",
                    "",
                ]
            )
        head = [
            "#",
            ctx.t("col_reason"),
            ctx.t("col_contacts"),
            ctx.t("col_share"),
            ctx.t("col_cumulative"),
        ]
        story.append(
            b.table([markup(h) for h in head], rows, [0.4, 4.6, 1.3, 1.1, 1.3], right=(2, 3, 4))
        )
    return story


# --- KPIs ---------------------------------------------------------------------------------


def kpis(ctx: Context) -> list:
    b, lang = ctx.b, ctx.lang
    story = _section(ctx, "s_kpis")
    readings = E.kpi_readings(ctx.db, ctx.snapshot.id)
    if not readings:
        return story + [b.empty(ctx.t("kpis_empty"))]
    rows: list[list] = []
    fills: list[tuple] = []
    for r in readings:
        k = r.kpi
        name = titled(k.name, k.description)
        if k.critical:
            name = f"{name}<br/>{small('<b>' + markup(ctx.t('critical')) + '</b>')}"
        fills.append((4, len(rows), STATUS_FILLS.get(r.status)))
        rows.append(
            [
                name,
                markup(label(KPI_DIRECTIONS, k.direction, lang)),
                markup(fmt.measured(k.target, k.unit, lang)),
                f"<b>{markup(fmt.measured(r.value, k.unit, lang))}</b>",
                markup(label(KPI_STATUSES, r.status, lang)),
            ]
        )
    head = [
        ctx.t("col_kpi"),
        ctx.t("col_direction"),
        ctx.t("col_target"),
        ctx.t("col_value"),
        ctx.t("col_status"),
    ]
    return story + [
        b.table([markup(h) for h in head], rows, [None, 76, 52, 52, 82], right=(2, 3), fills=fills)
    ]


# --- actions ------------------------------------------------------------------------------


def action_row(ctx: Context, action: Action, problems: dict[str, str]) -> list[str]:
    detail = ""
    if action.problem_id and action.problem_id in problems:
        detail = ctx.t("problem_ref", title=problems[action.problem_id])
    status = (
        label(ACTION_STATUSES, action.status, ctx.lang)
        if action.status in ACTION_STATUSES
        else action.status
    )
    return [
        titled(action.title, detail),
        markup(action.owner or fmt.MISSING),
        markup(ctx.day(action.due_date) if action.due_date else fmt.MISSING),
        markup(status),
        str(action.cycle),
        topic_cell(ctx, action.topic_id),
    ]


ACTION_HEAD = ("col_action", "col_owner", "col_due", "col_status", "col_cycle", "col_linked")


def actions_table(ctx: Context, actions: list[Action], problems: dict[str, str]):
    rows = [action_row(ctx, a, problems) for a in actions]
    fills = [(3, i, ACTION_FILLS.get(a.status)) for i, a in enumerate(actions)]
    head = [markup(ctx.t(k)) for k in ACTION_HEAD]
    return ctx.b.table(head, rows, [None, 74, 64, 70, 44, 100], center=(4,), fills=fills)


def actions(ctx: Context) -> list:
    """The snapshot's actions and those still open from earlier ones, as they stood on the
    snapshot's date (ctx.actions: replayed from their history)."""
    b, sid = ctx.b, ctx.snapshot.id
    story = _section(ctx, "s_actions")
    problems = {p.id: p.title for p in E.list_problems(ctx.db, ctx.client.id)}
    every, now = ctx.actions(), ctx.order(sid)
    here = [a for a in every if a.snapshot_id == sid]
    earlier = [
        a
        for a in every
        if a.snapshot_id != sid
        and ctx.order(a.snapshot_id) < now
        and a.status in OPEN_ACTION_STATUSES
    ]
    if not here and not earlier:
        return story + [b.empty(ctx.t("actions_empty"))]
    story.append(b.p(ctx.t("status_as_of", date=ctx.day(ctx.snapshot.date)), b.s.muted))
    story.append(b.h2(ctx.t("actions_here"), toc=False))
    story.append(actions_table(ctx, here, problems) if here else b.empty(ctx.t("actions_empty")))
    if earlier:
        story += [b.h2(ctx.t("actions_earlier"), toc=False), actions_table(ctx, earlier, problems)]
    return story


# --- workshops ----------------------------------------------------------------------------


def workshops(ctx: Context) -> list:
    b = ctx.b
    story = _section(ctx, "s_workshops")
    found = E.list_workshops(ctx.db, ctx.client.id, ctx.snapshot.id)
    if not found:
        return story + [b.empty(ctx.t("workshops_empty"))]
    for w in found:
        decided = [a for a in ctx.actions() if a.workshop_id == w.id]
        pairs = [
            (ctx.t("participants"), markup(w.participants or fmt.MISSING)),
            (ctx.t("agenda"), markup(w.agenda or fmt.MISSING)),
            (ctx.t("notes"), markup(w.notes or fmt.MISSING)),
        ]
        if decided:
            pairs.append((ctx.t("decided"), "<br/>".join(f"• {markup(a.title)}" for a in decided)))
        heading = b.h2(ctx.t("workshop_on", date=ctx.day(w.date)), toc=False)
        story += [heading, b.facts(pairs), b.space(8)]
    return story


# --- checklist ----------------------------------------------------------------------------


def checklist(ctx: Context) -> list:
    b = ctx.b
    story = _section(ctx, "s_checklist")
    cl = E.stage_checklist(ctx.db, ctx.snapshot.id)
    # This document is the report the checklist asks for.
    done = [item.done or item.key == "report" for item in cl.items]
    heading = ctx.t("checklist_this", stage=ctx.stage(cl.stage), done=sum(done), total=len(done))
    story.append(b.h2(heading, toc=False))
    rows = [
        [
            ("✓ " if ok else "☐ ") + markup(ctx.t("done" if ok else "open")),
            markup(ctx.text(item.text)),
        ]
        for item, ok in zip(cl.items, done, strict=True)
    ]
    fills = [(0, i, ACTION_FILLS["done"] if ok else None) for i, ok in enumerate(done)]
    head = [markup(ctx.t("col_status")), markup(ctx.t("col_step"))]
    story.append(b.table(head, rows, [1.6, 8.0], fills=fills, zebra=False))
    target = cl.due.target
    next_heading = ctx.t("next_stage", stage=ctx.stage(target)) if target in STAGE_KEYS else None
    story.append(b.h2(next_heading or ctx.t("next_workshop"), toc=False))
    story.append(b.p(ctx.text(cl.due.text)))
    next_stage = target if target in STAGE_KEYS else cl.stage
    items = E.stage_def(next_stage).items
    story.append(b.p(ctx.t("next_intro"), b.s.body_tight))
    story += [b.rich("☐ " + markup(ctx.text(i.text)), b.s.bullet) for i in items]
    return story


def snapshot_parts(ctx: Context, *, with_checklist: bool = False) -> list:
    """The engagement parts; the stage checklist (the consultant's to-do list, not the
    client's) only `with_checklist`, for the consultant's file."""
    return (
        findings(ctx, "problem")
        + findings(ctx, "requirement")
        + numbers(ctx)
        + kpis(ctx)
        + actions(ctx)
        + workshops(ctx)
        + (checklist(ctx) if with_checklist else [])
    )
