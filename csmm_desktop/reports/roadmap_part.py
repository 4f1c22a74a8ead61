"""The roadmap in the action-plan handout (and the snapshot report): the action plan on a
time axis by 3-month cycle (services/roadmap.py, charts/roadmap.py), the actions numbered as
in the plan's table, each with its owner and linked KPI; then the dropped actions with the
reason recorded when they were dropped. As of the snapshot's date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, PageBreak

from csmm_desktop.domain.engagement import ACTION_STATUSES, label
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.bilingual import both
from csmm_desktop.reports.blocks import titled
from csmm_desktop.reports.fonts import markup, one_line
from csmm_desktop.services import roadmap as R

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.engagement import Action

ROWS_PER_CHART = 15  # actions a chart holds on a landscape page
TITLE_CHARS = 48


def _user(text: str) -> str:
    return one_line(text).replace("$", r"\$")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _row_label(ctx: Context, number: int, item: R.RoadmapItem) -> str:
    a = item.action
    second = [x for x in (a.owner.strip(), item.kpi and ctx.t("rm_kpi", kpi=item.kpi)) if x]
    lines = [f"{number}. {_short(a.title, TITLE_CHARS)}"]
    if second:
        lines.append(_short(" · ".join(second), TITLE_CHARS + 4))
    return "\n".join(_user(line) for line in lines)


def _chunks(items: list[tuple[int, R.RoadmapItem]]) -> list[list[tuple[int, R.RoadmapItem]]]:
    """Rows per chart: whole cycles together while they fit, a long cycle split."""
    out: list[list] = [[]]
    for cycle in sorted({i.action.cycle for _n, i in items}):
        mine = [(n, i) for n, i in items if i.action.cycle == cycle]
        if out[-1] and len(out[-1]) + len(mine) > ROWS_PER_CHART:
            out.append([])
        for row in mine:
            if len(out[-1]) >= ROWS_PER_CHART:
                out.append([])
            out[-1].append(row)
    return [chunk for chunk in out if chunk]


def roadmap(
    ctx: Context, actions: list[Action], *, heading: str = "h1", other: Context | None = None
) -> list:
    """The roadmap of `actions` (as they stood on the snapshot's date; numbered in this
    order, as the plan's table numbers them). With `other` (the bilingual option), its
    title, intro and notes also in the other language (the chart's words stay the
    report's)."""
    b = ctx.b

    def said(key: str, **values: object) -> list[str]:
        return [c.t(key, **values) for c in (ctx, other) if c is not None]

    title = (b.h1 if heading == "h1" else b.h2)(" · ".join(said("rm_title")))
    if not actions:
        return [title, b.empty(" · ".join(said("ap_empty")))]
    from csmm_desktop.charts.roadmap import RoadmapAxis, RoadmapRow, roadmap_chart  # matplotlib

    found = R.roadmap(ctx.db, ctx.snapshot.id, actions)
    words = {k: label(ACTION_STATUSES, k, ctx.lang) for k in ACTION_STATUSES}
    words.update(ahead=ctx.t("rm_ahead"), due=ctx.t("col_due"))
    cycles = [(ctx.t("cycle_n", n=c.number), c.start, c.end) for c in found.cycles]
    ticks = [(c.start, ctx.day(c.start.isoformat())) for c in found.cycles]
    chart_axis = RoadmapAxis(
        cycles,
        found.as_of,
        ctx.day(found.as_of.isoformat()),
        ticks,
        found.start,
        found.end,
        words,
    )
    numbered = list(enumerate(found.items, start=1))
    story: list = [title, *(b.p(text, b.s.muted) for text in said("rm_intro"))]
    # the first chart fits under the title and intro, with room for its captions
    above = sum(
        f.wrap(b.width, b.height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story
    )
    room = b.height - above - 24 * len(said("rm_caption", date=""))
    for k, chunk in enumerate(_chunks(numbered)):
        rows = [
            RoadmapRow(
                _row_label(ctx, n, item),
                [(s.start, s.end, s.status) for s in item.spans],
                item.due,
                item.ended,
                item.action.status,
            )
            for n, item in chunk
        ]
        if k:
            story.append(PageBreak())
        chart = b.drawn(
            roadmap_chart,
            rows,
            chart_axis,
            ctx.lang,
            width=11.0,
            max_height=min(b.height * 0.86, room),
        )
        story.append(chart)
    for c in (ctx, other):
        if c is not None:
            story.append(b.caption(c.t("rm_caption", date=c.day(found.as_of.isoformat()))))
    story += dropped(ctx, numbered, other)
    return story


def dropped(
    ctx: Context, numbered: list[tuple[int, R.RoadmapItem]], other: Context | None = None
) -> list:
    b = ctx.b
    gone = [(n, i) for n, i in numbered if i.action.status == "dropped"]
    if not gone:
        return []
    rows = [
        [
            str(n),
            titled(i.action.title),
            markup(i.action.owner or fmt.MISSING),
            markup(ctx.day(i.ended.isoformat()) if i.ended else fmt.MISSING),
            markup(i.why_dropped or ctx.t("rm_no_reason")),
        ]
        for n, i in gone
    ]
    keys = ("col_action", "col_owner", "rm_dropped_on", "rm_why")
    if other is None:
        head = ["#", *(markup(ctx.t(k)) for k in keys)]
        title = ctx.t("rm_dropped")
    else:
        head = ["#", *(both(ctx.t(k), other.t(k)) for k in keys)]
        title = f"{ctx.t('rm_dropped')} · {other.t('rm_dropped')}"
    return [
        CondPageBreak(b.height * 0.2),
        b.h2(title, toc=False),
        b.table(head, rows, [0.3, 3.2, 1.3, 1.1, 4.0]),
    ]
