"""The progress report: a client's snapshots compared, level by level (overall and NPS
trends, section and topic scores per snapshot, problems and requirements over time, KPI
trends and actions per cycle), from the first snapshot up to the chosen one: a progress
report of an earlier snapshot stops at it (later snapshots, findings raised or closed
after it and KPI values measured after it are left out; actions stand as on its date)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, PageBreak

from csmm_desktop.domain import crosswalk
from csmm_desktop.domain.cxboard import NPS_BANDS
from csmm_desktop.domain.engagement import ACTION_STATUSES, label
from csmm_desktop.messages import message
from csmm_desktop.reports import confidence_part, effect_part, figures
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small, titled
from csmm_desktop.reports.common import begin, consultant, cover
from csmm_desktop.reports.engagement_part import ACTION_FILLS, STATUS_FILLS, topic_cell
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.layout import Progress, contents
from csmm_desktop.reports.styles import HEAD_FILL, level_tint
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.clients import Snapshot

MAX_TABLE_SNAPSHOTS = 5  # columns of snapshots a portrait table holds
SNAP_COL = 58.0  # points


def write_progress_report(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write the progress report of the snapshot's client: its snapshots up to this one
    compared (with a single one it says plainly that there is nothing to compare yet)."""
    report = begin(db, snapshot_id, lang, page_size, "title_progress", progress)
    ctx = report.ctx
    ctx.later = len(ctx.history) - len(ctx.upto)  # later snapshots, left out
    ctx.history = ctx.upto  # the report stops at the chosen snapshot
    snaps = ctx.history
    for n, snap in enumerate(snaps):
        report.progress(2 + 8 * n // len(snaps), message("report.scoring"))
        ctx.scores(snap.id)
    story = [*_cover(ctx), contents(), *summary(ctx)]
    report.progress(15, message("report.charts"))
    story += trends(ctx)
    report.progress(35, message("report.section_scores"))
    story += sections(ctx)
    report.progress(50, message("report.topic_scores"))
    story += topics(ctx)
    report.progress(70, message("report.problems_kpis"))
    story += findings(ctx) + kpis(ctx) + actions(ctx)
    return report.finish(story, out_path)


def _table_snaps(snaps: list[Snapshot]) -> list[Snapshot]:
    """The snapshots a table shows: all, or the first and the latest ones when many."""
    if len(snaps) <= MAX_TABLE_SNAPSHOTS:
        return snaps
    return [snaps[0], *snaps[-(MAX_TABLE_SNAPSHOTS - 1) :]]


def _snap_heads(ctx: Context, snaps: list[Snapshot]) -> list:
    """Column headers naming snapshots, in a narrow header style."""
    return [ctx.b.cell(markup(ctx.column_label(s, 11)), ctx.b.s.head_narrow) for s in snaps]


def _change(ctx: Context, first: float | None, last: float | None) -> str:
    if first is None or last is None:
        return fmt.MISSING
    return fmt.change(round(round(last, 1) - round(first, 1), 1), ctx.lang)


def _cover(ctx: Context) -> list:
    snaps = ctx.history
    latest = ctx.scores(snaps[-1].id)
    facts = [
        (ctx.t("client"), ctx.client.name),
        (ctx.t("col_snapshot"), "\n".join(ctx.label(s) for s in snaps)),
        (ctx.t("consultant"), consultant(ctx)),
        (
            ctx.t("overall_score"),
            f"{ctx.score(latest.overall)} ({ctx.level_line(latest.level)})"
            + (f" · {ctx.t('indicative')}" if latest.confidence.level_indicative else "")
            if latest.overall is not None
            else fmt.MISSING,
        ),
    ]
    subtitle = ctx.tn(
        "progress_subtitle",
        len(snaps),
        first=ctx.day(snaps[0].date),
        last=ctx.day(snaps[-1].date),
    )
    return cover(ctx, ctx.t("title_progress"), subtitle, facts)


# --- summary and trends -------------------------------------------------------------------


def summary(ctx: Context) -> list:
    b, lang, snaps = ctx.b, ctx.lang, ctx.history
    story: list = [b.h1(ctx.t("p_summary"))]
    first, last = ctx.scores(snaps[0].id), ctx.scores(snaps[-1].id)
    if ctx.later:
        story.append(
            b.p(
                ctx.tn(
                    "p_stops_at",
                    ctx.later,
                    stage=ctx.stage(snaps[-1].stage),
                    date=ctx.day(snaps[-1].date),
                ),
                b.s.box,
            )
        )
    if len(snaps) == 1:
        story.append(b.p(ctx.t("p_sum_first" if ctx.later else "p_sum_one"), b.s.box))
    elif first.overall is not None and last.overall is not None:
        story.append(
            b.p(
                ctx.t(
                    "p_sum_text",
                    first_stage=ctx.stage(snaps[0].stage),
                    first_date=ctx.day(snaps[0].date),
                    last_stage=ctx.stage(snaps[-1].stage),
                    last_date=ctx.day(snaps[-1].date),
                    old=ctx.score(first.overall),
                    new=ctx.score(last.overall),
                    delta=_change(ctx, first.overall, last.overall),
                    old_level=ctx.stage(first.level),
                    new_level=ctx.stage(last.level),
                )
            )
        )
    story += form_changes(ctx)
    story += narrative(ctx)
    rows: list[list] = []
    fills: list[tuple] = []
    before = None
    for snap in snaps:
        s = ctx.scores(snap.id)
        shown = confidence_part.view(ctx, snap.id)
        fills.append((2, len(rows), level_tint(s.level)))
        rows.append(
            [
                markup(ctx.stage(snap.stage)),
                markup(ctx.day(snap.date)),
                confidence_part.score_cell(shown.overall, bold=True),
                confidence_part.level_cell(ctx, shown),
                markup(_change(ctx, before, s.overall) if before is not None else fmt.MISSING),
                markup(shown.nps_text) + _verdict(ctx, s.nps),
                markup(shown.coverage),
                fmt.integer(shown.respondents, lang),
            ]
        )
        before = s.overall
    head = [
        "col_snapshot",
        "date",
        "overall_score",
        "col_level",
        "col_change",
        "fig_nps",
        "fig_coverage",
        "fig_respondents",
    ]
    table = b.table(
        [markup(ctx.t(h)) for h in head],
        rows,
        [None, 58, 50, 76, 46, 54, 58, 72],
        right=(2, 4, 5, 6, 7),
        fills=fills,
        zebra=False,
    )
    share = confidence_part.view(ctx).interval_share
    story.append(b.captioned(table, b.caption(ctx.t("p_interval_note", share=share))))
    return story


def form_changes(ctx: Context) -> list:
    """What changed in the form where two snapshots in a row were answered with different
    form versions, and what this report compares through the crosswalk (the rule:
    domain/crosswalk.py)."""
    b, snaps = ctx.b, ctx.history
    story: list = []
    for before, after in zip(snaps, snaps[1:], strict=False):
        old, new = ctx.form_of(before.id), ctx.form_of(after.id)
        if old.version == new.version:
            continue
        step = ctx.comparison(before.id, reference=after.id)
        lines = [
            ctx.t(
                "p_cw_changed",
                old_snap=ctx.label(before),
                new_snap=ctx.label(after),
                old=old.version,
                new=new.version,
            )
        ]
        if step.linked:
            counts = step.counts()
            parts = [ctx.tn(f"n_cw_{k}", n) for k, n in counts.items() if n]
            lines.append(ctx.t("p_cw_counts", parts=", ".join(parts)))
        # what this report's tables compare: against the form of its own snapshot
        shown = ctx.comparison(before.id)
        if not shown.linked:
            lines.append(ctx.t("p_cw_unlinked", old=old.version))
        else:
            topics = sum(1 for t in ctx.form.topics.values() if t.weight)
            lines.append(
                ctx.t(
                    "p_cw_compared",
                    snap=ctx.label(before),
                    topics=fmt.integer(len(shown.topics_compared()), ctx.lang),
                    all_topics=fmt.integer(topics, ctx.lang),
                    sections=fmt.integer(len(shown.sections), ctx.lang),
                    all_sections=fmt.integer(len(crosswalk.scored_sections(ctx.form)), ctx.lang),
                )
            )
            left = [
                f"{ctx.topic_name(tid)} ({ctx.t('cw_' + why)})"
                for tid, why in shown.topics_left.items()
            ]
            if left:
                lines.append(ctx.t("p_cw_left", items="; ".join(left)))
        lines.append(ctx.t("p_cw_overall"))
        story.append(b.p(" ".join(markup(line) for line in lines), b.s.box))
    return story


NARRATIVE_TOPICS = 3


def narrative(ctx: Context) -> list:
    """What moved the score and what lags, first snapshot to last: the topics that rose
    most with the actions done and problems or requirements closed on them by the last
    snapshot, and the topics that rose least or fell. Nothing with a single snapshot."""
    b, snaps = ctx.b, ctx.history
    if len(snaps) < 2:
        return []
    last = ctx.scores(snaps[-1].id)
    moves = []
    earlier = ctx.aligned(snaps[0].id, "topic")  # through the crosswalk: comparable only
    for tid, now in last.topics.items():
        before = earlier.get(tid)
        if now is None or before is None:
            continue
        moves.append((round(round(now, 1) - round(before, 1), 1), tid))
    if not moves:
        return []
    moves.sort(key=lambda m: (-m[0], m[1]))
    risers = [m for m in moves if m[0] > 0][:NARRATIVE_TOPICS]
    done = [a for a in ctx.actions(snaps[-1]) if a.status == "done"]
    closed = [
        f for f in _known(ctx, "problem") + _known(ctx, "requirement") if f.closed_snapshot_id
    ]
    story: list = []
    if risers:
        items = []
        for delta, tid in risers:
            why = [a.title for a in done if a.topic_id == tid]
            why += [f.title for f in closed if f.topic_id == tid]
            text = f"{ctx.topic_name(tid)} ({fmt.change(delta, ctx.lang)})"
            if why:
                what = "; ".join(list(dict.fromkeys(why))[:3])
                text += " – " + ctx.t("p_because", what=what)
            items.append(text)
        story += [b.h3(ctx.t("p_moved")), *b.bullets(items)]
    risen = {tid for _d, tid in risers}
    laggards = [m for m in reversed(moves) if m[1] not in risen][:NARRATIVE_TOPICS]
    if laggards:
        items = [f"{ctx.topic_name(tid)} ({fmt.change(d, ctx.lang)})" for d, tid in laggards]
        story += [b.h3(ctx.t("p_lags")), *b.bullets(items)]
    return story


def _verdict(ctx: Context, nps: float | None) -> str:
    """The NPS's band by the client's bands, under the number (as the CX board words it)."""
    verdict = ctx.nps_verdict(nps)
    return f"<br/>{small(markup(verdict))}" if verdict else ""


def _bands_note(ctx: Context) -> str:
    bands = ctx.nps_bands()
    words = {k: label(NPS_BANDS, k, ctx.lang) for k in NPS_BANDS}
    low, high = (fmt.nps(v, ctx.lang) for v in (bands.good_enough_from, bands.great_from))
    return ctx.t("p_nps_cap", low=low, high=high, **words)


def trends(ctx: Context) -> list:
    b, snaps = ctx.b, ctx.history
    trend = figures.overall_trend(ctx, snaps)
    nps = figures.nps_trend(ctx, snaps)
    return [
        b.keep(b.h2(ctx.t("ch_trend")), trend, b.caption(ctx.t("ch_trend_cap"))),
        PageBreak(),
        b.keep(b.h2(ctx.t("p_nps")), nps, b.caption(_bands_note(ctx))),
    ]


# --- scores per snapshot ------------------------------------------------------------------


def _score_table(ctx: Context, rows_spec: list[tuple[str, str, str, bool]]) -> object:
    """rows_spec: (id, title, kind, bold) with kind review / section / topic / overall."""
    b, snaps = ctx.b, _table_snaps(ctx.history)
    # sections and reviews print their interval under the score; topics only the score
    views = {s.id: confidence_part.view(ctx, s.id) for s in snaps}
    rows: list[list] = []
    fills: list[tuple] = []
    for rid, title, kind, bold in rows_spec:
        values = []
        for snap in snaps:
            if kind == "overall":
                values.append(ctx.scores(snap.id).overall)
            else:  # keyed by the report's form: only what the crosswalk compares
                values.append(ctx.aligned(snap.id, kind).get(rid))
        wrap = (lambda x: f"<b>{x}</b>") if bold else (lambda x: x)
        row = [wrap(markup(rid)), wrap(markup(title))]
        for col, value in enumerate(values):
            fills.append((2 + col, len(rows), level_tint(ctx.form.level_for(value), 0.22)))
            mapped = ctx.comparison(snaps[col].id).mapped(kind, rid)
            if kind == "topic" or mapped is None:
                row.append(wrap(ctx.score(value)))
            else:
                line = views[snaps[col].id].line(kind, mapped)
                row.append(confidence_part.score_cell(line, bold))
        row.append(wrap(markup(_change(ctx, values[0], values[-1]))))
        rows.append(row)
    head = [markup(ctx.t("col_no")), "", *_snap_heads(ctx, snaps), markup(ctx.t("col_change"))]
    widths = [44, None] + [SNAP_COL] * len(snaps) + [46]
    right = tuple(range(2, len(head)))
    return b.table(head, rows, widths, right=right, fills=fills, zebra=False)


def sections(ctx: Context) -> list:
    b = ctx.b
    spec = []
    for review in ctx.form.reviews:
        spec.append((review.id, ctx.text(review.title), "review", True))
        spec += [(s.id, ctx.text(s.title), "section", False) for s in review.sections]
    spec.append(("", ctx.t("overall_score"), "overall", True))
    chart = figures.section_comparison(ctx, ctx.history)
    return [
        CondPageBreak(b.height * 0.55),
        b.h1(ctx.t("p_scores")),
        b.keep(b.h2(ctx.t("ch_sections")), chart, b.caption(ctx.t("ch_sections_cap_all"))),
        b.h2(ctx.t("s_reviews")),
        b.captioned(
            _score_table(ctx, spec),
            b.caption(ctx.t("p_topics_cap")),
            *_crosswalk_caption(ctx),
            b.caption(ctx.t("p_interval_note", share=confidence_part.view(ctx).interval_share)),
        ),
    ]


def _crosswalk_caption(ctx: Context) -> list:
    """Under a score table whose snapshots are on more than one form version."""
    if all(ctx.form_of(s.id).version == ctx.form.version for s in ctx.history):
        return []
    return [ctx.b.caption(ctx.t("p_cw_cap"))]


def topics(ctx: Context) -> list:
    b = ctx.b
    story: list = []
    for title, picture in figures.heatmaps(ctx, ctx.history):
        heading = b.h2(ctx.t("ch_heatmap", review=title))
        story += [PageBreak(), b.keep(heading, picture, b.caption(ctx.t("ch_heatmap_cap")))]
    spec = [
        (t.id, ctx.text(t.title), "topic", False)
        for t in ctx.form.topics.values()
        if t.weight  # or left out for the client now but scored by an older snapshot
        or any(ctx.scores(s.id).topics.get(t.id) is not None for s in ctx.history)
    ]
    return [
        PageBreak(),
        b.h1(ctx.t("p_topics")),
        b.captioned(
            _score_table(ctx, spec), b.caption(ctx.t("p_topics_cap")), *_crosswalk_caption(ctx)
        ),
        *story,
    ]


# --- problems, requirements, KPIs, actions ------------------------------------------------


def _known(ctx: Context, kind: str) -> list:
    """The client's problems or requirements raised by the report's last snapshot (or at
    none), closed only where closed by then."""
    items = (E.list_problems if kind == "problem" else E.list_requirements)(ctx.db, ctx.client.id)
    found = []
    for f in items:
        if f.raised_snapshot_id and ctx.order(f.raised_snapshot_id) < 0:
            continue  # raised at a later snapshot
        if f.closed_snapshot_id and ctx.order(f.closed_snapshot_id) < 0:
            f = replace(f, closed_snapshot_id=None)  # closed later: open here
        found.append(f)
    return found


def _count_table(ctx: Context) -> object:
    db, b = ctx.db, ctx.b
    rows = []
    problems = _known(ctx, "problem")
    requirements = _known(ctx, "requirement")
    for snap in ctx.history:
        rows.append(
            [
                markup(ctx.label(snap)),
                str(sum(1 for p in problems if p.raised_snapshot_id == snap.id)),
                str(len(E.problems_resolved_at(db, snap.id))),
                str(len(E.problems_open_at(db, snap.id))),
                str(sum(1 for r in requirements if r.raised_snapshot_id == snap.id)),
                str(len(E.requirements_solved_at(db, snap.id))),
                str(len(E.requirements_open_at(db, snap.id))),
            ]
        )
    head = [
        ctx.t("col_snapshot"),
        ctx.t("col_raised_here"),
        ctx.t("col_resolved_here"),
        ctx.t("col_open_after"),
        ctx.t("col_raised_here"),
        ctx.t("col_solved_here"),
        ctx.t("col_open_after"),
    ]
    top = ["", ctx.t("s_problems"), "", "", ctx.t("s_requirements"), "", ""]
    extra = [
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (4, 0), (6, 0)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"),
        ("LINEBEFORE", (4, 0), (4, -1), 0.6, b.s.body.textColor),
    ]
    rows.insert(0, [markup(h) for h in head])
    return b.table(
        [f"<b>{markup(h)}</b>" for h in top],
        rows,
        [None, 54, 54, 54, 54, 54, 54],
        right=(1, 2, 3, 4, 5, 6),
        zebra=False,
        extra=[*extra, ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL)],
    )


def _finding_list(ctx: Context, kind: str) -> object:
    items = _known(ctx, kind)
    rows: list[list] = []
    fills: list[tuple] = []
    for n, f in enumerate(items, start=1):
        closed = ctx.by_id(f.closed_snapshot_id)
        status = markup(ctx.label(closed)) if closed else f"<b>{markup(ctx.t('open'))}</b>"
        if closed is not None:
            fills.append((4, len(rows), ACTION_FILLS["done"]))
        raised = ctx.by_id(f.raised_snapshot_id)
        rows.append(
            [
                str(n),
                titled(f.title),
                topic_cell(ctx, f.topic_id),
                markup(ctx.label(raised) if raised else fmt.MISSING),
                status,
            ]
        )
    head = [
        "#",
        ctx.t("col_problem" if kind == "problem" else "col_requirement"),
        ctx.t("col_topic"),
        ctx.t("col_raised"),
        ctx.t("col_resolved_here" if kind == "problem" else "col_solved_here"),
    ]
    return ctx.b.table([markup(h) for h in head], rows, [22, None, 80, 96, 96], fills=fills)


def findings(ctx: Context) -> list:
    b = ctx.b
    story: list = [PageBreak(), b.h1(ctx.t("p_findings"))]
    has_any = _known(ctx, "problem") or _known(ctx, "requirement")
    if not has_any:
        return story + [b.empty(ctx.t("findings_empty"))]
    story.append(_count_table(ctx))
    if _known(ctx, "problem"):
        story += [b.h2(ctx.t("p_problem_list")), _finding_list(ctx, "problem")]
    if _known(ctx, "requirement"):
        story += [b.h2(ctx.t("p_requirement_list")), _finding_list(ctx, "requirement")]
    return story


def kpis(ctx: Context) -> list:
    b, lang = ctx.b, ctx.lang
    story: list = [CondPageBreak(b.height * 0.3), b.h1(ctx.t("p_kpis"))]
    found = E.list_kpis(ctx.db, ctx.client.id)
    if not found:
        return story + [b.empty(ctx.t("kpis_empty"))]
    snaps = _table_snaps(ctx.history)
    rows: list[list] = []
    fills: list[tuple] = []
    trends_of = {}
    for kpi in found:
        points = [p for p in E.kpi_trend(ctx.db, kpi.id) if ctx.order(p.snapshot_id) >= 0]
        trends_of[kpi.id] = points
        by_snap = {p.snapshot_id: p for p in points}
        target = fmt.measured(kpi.target, kpi.unit, lang)
        row = [titled(kpi.name, f"{ctx.t('col_target')}: {target}")]
        for col, snap in enumerate(snaps):
            point = by_snap.get(snap.id)
            fills.append((1 + col, len(rows), STATUS_FILLS.get(point.status) if point else None))
            row.append(markup(fmt.measured(point.value if point else None, kpi.unit, lang)))
        rows.append(row)
    head = [markup(ctx.t("col_kpi")), *_snap_heads(ctx, snaps)]
    widths = [None] + [SNAP_COL] * len(snaps)
    story.append(
        b.table(head, rows, widths, right=tuple(range(1, len(head))), fills=fills, zebra=False)
    )
    charted = [k for k in found if k.critical and any(p.value is not None for p in trends_of[k.id])]
    for n, kpi in enumerate(charted[:6]):
        heading = b.h2(ctx.t("p_kpi_charts"), toc=False) if n == 0 else None
        story.append(b.keep(heading, figures.kpi_trend(ctx, kpi, trends_of[kpi.id]), b.space(6)))
    return story


def actions(ctx: Context) -> list:
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.25), b.h1(ctx.t("p_actions"))]
    latest = ctx.history[-1]  # the report's own date
    found = ctx.actions(latest)
    if not found:
        return story + [b.empty(ctx.t("ap_empty"))]
    rows = []
    for cycle in sorted({a.cycle for a in found}):
        mine = [a for a in found if a.cycle == cycle]
        counts = [sum(1 for a in mine if a.status == key) for key in ACTION_STATUSES]
        rows.append([markup(ctx.t("cycle_n", n=cycle)), *map(str, counts), f"<b>{len(mine)}</b>"])
    head = [ctx.t("col_cycle")] + [label(ACTION_STATUSES, k, ctx.lang) for k in ACTION_STATUSES]
    head.append(ctx.t("total"))
    story.append(
        b.table(
            [markup(h) for h in head],
            rows,
            [None, 70, 70, 70, 70, 60],
            right=(1, 2, 3, 4, 5),
            width=b.width,
        )
    )
    story.append(b.caption(ctx.t("p_actions_note", date=ctx.day(latest.date))))
    return story + effect_part.progress_periods(ctx)
