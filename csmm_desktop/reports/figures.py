"""The charts of the reports: data from the store turned into csmm_desktop.charts figures,
then into pictures sized for the page. Figures are drawn a little larger than they are
printed (about 0.8×), so their text prints at 8–9 pt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from csmm_desktop import charts
from csmm_desktop.reports.blocks import Picture
from csmm_desktop.reports.fonts import one_line

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.clients import Snapshot
    from csmm_desktop.services.engagement import Kpi, KpiPoint, VolumeTotals

TOPIC_CHART_WIDTH = 8.2  # inches: the heat map and gap charts, printed about 0.83×


def _user(text: str) -> str:
    """User text for a chart label: one line, only characters the font has, and "$" kept
    literal (matplotlib reads text between two "$" as mathtext, and may fail on it)."""
    return one_line(text).replace("$", r"\$")


def _sections(ctx: Context) -> list[tuple[str, str]]:
    return [(s.id, ctx.text(s.title)) for r in ctx.form.reviews for s in r.sections]


def section_comparison(ctx: Context, snaps: Sequence[Snapshot]) -> Picture:
    series = [(ctx.label(s), ctx.aligned(s.id, "section")) for s in snaps]
    return ctx.b.drawn(
        charts.section_comparison,
        _sections(ctx),
        series,
        ctx.lang,
        thresholds=ctx.form.thresholds,
        size=(8.6, 5.4),
        max_height=ctx.b.height * 0.42,
    )


def radar(ctx: Context) -> Picture:
    previous = ctx.previous
    return ctx.b.drawn(
        charts.section_radar,
        _sections(ctx),
        ctx.scores().sections,
        ctx.aligned(previous.id, "section") if previous else None,
        lang=ctx.lang,
        labels=(
            ctx.label(ctx.snapshot),
            ctx.label(previous) if previous else None,
            None,
        ),
        thresholds=ctx.form.thresholds,
        size=(8.4, 7.4),
        max_height=ctx.b.height * 0.56,
    )


def overall_trend(ctx: Context, snaps: Sequence[Snapshot]) -> Picture:
    points = [(ctx.label(s), ctx.scores(s.id).overall) for s in snaps]
    width = max(7.8, 1.3 * len(points) + 3.6)
    return ctx.b.drawn(
        charts.overall_trend,
        points,
        ctx.form.thresholds,
        ctx.lang,
        size=(width, 4.8),
        max_height=ctx.b.height * 0.36,
    )


def heatmaps(ctx: Context, snaps: Sequence[Snapshot]) -> list[tuple[str, Picture]]:
    """One heat map per review (title, picture): the 46 scored topics do not fit one page."""
    found = []
    columns_all = [(ctx.column_label(s), ctx.aligned(s.id, "topic")) for s in snaps]
    for review in ctx.form.reviews:
        topics = [
            (topic.id, ctx.text(topic.title))
            for section in review.sections
            for topic in section.topics
            if topic.weight or any(col.get(topic.id) is not None for _l, col in columns_all)
        ]  # a topic left out for the client now, scored by an older snapshot: still shown
        if not topics:
            continue
        picture = ctx.b.drawn(
            charts.topic_heatmap,
            topics,
            columns_all,
            ctx.lang,
            thresholds=ctx.form.thresholds,
            width=max(TOPIC_CHART_WIDTH, 5.6 + 0.9 * len(snaps)),
            max_height=ctx.b.height - 64,
        )
        found.append((ctx.text(review.title), picture))
    return found


def perception_gap(ctx: Context) -> Picture | None:
    """The management − employee gap of the topics both roles answer (None if none)."""
    scores = ctx.scores()
    topics = [(tid, ctx.text(ctx.form.topics[tid].title)) for tid in scores.gaps]
    if not topics:
        return None
    management = {tid: scores.role_topics[tid].get("management") for tid, _ in topics}
    employee = {tid: scores.role_topics[tid].get("employee") for tid, _ in topics}
    return ctx.b.drawn(
        charts.perception_gap,
        topics,
        management,
        employee,
        ctx.lang,
        width=9.0,
        max_height=ctx.b.height * 0.5,
    )


def nps_breakdown(ctx: Context) -> Picture:
    promoters, passives, detractors = ctx.scores().nps_counts
    return ctx.b.drawn(
        charts.nps_breakdown, promoters, passives, detractors, ctx.lang, size=(8.4, 3.0)
    )


def nps_trend(ctx: Context, snaps: Sequence[Snapshot]) -> Picture:
    """The NPS of each snapshot over the client's bands (the CX board's, ctx.nps_bands)."""
    points = [(ctx.label(s), ctx.scores(s.id).nps) for s in snaps]
    width = max(7.8, 1.3 * len(points) + 3.4)
    bands = ctx.nps_bands()
    limits = (bands.good_enough_from, bands.great_from)
    return ctx.b.drawn(
        charts.nps_trend,
        points,
        limits,
        ctx.lang,
        size=(width, 4.4),
        max_height=ctx.b.height * 0.42,
    )


def pareto(ctx: Context, totals: VolumeTotals) -> Picture:
    items = [(_user(r.name), r.count) for r in totals.by_reason if r.count > 0]
    return ctx.b.drawn(
        charts.pareto, items, ctx.lang, size=(9.2, 5.6), max_height=ctx.b.height * 0.46
    )


def kpi_trend(ctx: Context, kpi: Kpi, points: Sequence[KpiPoint]) -> Picture:
    series = [
        (ctx.label(snap), p.value) for p in points if (snap := ctx.by_id(p.snapshot_id)) is not None
    ]
    return ctx.b.drawn(
        charts.kpi_trend,
        series,
        kpi.target,
        kpi.direction == "higher",
        kpi.unit,
        ctx.lang,
        title=_user(kpi.name),
        size=(max(7.8, 1.3 * len(series) + 3.6), 3.9),
        max_height=ctx.b.height * 0.31,
    )
