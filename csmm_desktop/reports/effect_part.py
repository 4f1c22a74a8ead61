"""The effect of the actions done (services/effect.py): for each action done between a
snapshot and the one before it with a linked topic or KPI, the change measured at the later
snapshot, "worked / no visible effect / worse". A sentence in the executive summary's "what
changed", a section of the snapshot report, and one table per period in the progress
report. Scores and actions are the context's (worked out once per report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak

from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small, titled
from csmm_desktop.reports.fonts import markup
from csmm_desktop.services import effect as F
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.clients import Snapshot
    from csmm_desktop.services.effect import Effect, Measure

VERDICT_FILLS = {
    F.WORKED: colors.HexColor("#CDEBDD"),
    F.WORSE: colors.HexColor("#F6D0BC"),
    F.NONE: colors.HexColor("#EFEFEF"),
}


def effects_at(ctx: Context, snap: Snapshot, previous: Snapshot) -> list[Effect]:
    """The effects, measured at `snap`, of the actions done since `previous`."""
    key = f"effects:{previous.id}:{snap.id}"
    if key not in ctx._cache:
        kpis = {k.id: k for k in E.list_kpis(ctx.db, ctx.client.id)}
        ctx._cache[key] = F.effects(
            F.done_between(ctx.actions(previous), ctx.actions(snap)),
            ctx.aligned(previous.id, "topic", reference=snap.id),
            ctx.scores(snap.id).topics,
            kpis,
            F.kpi_values(ctx.db, previous.id),
            F.kpi_values(ctx.db, snap.id),
        )
    return ctx._cache[key]  # type: ignore[return-value]


def verdict_word(ctx: Context, verdict: str) -> str:
    return ctx.t(f"ef_{verdict}")


def summary_sentence(ctx: Context) -> str:
    """One sentence for the executive summary ("" for a first snapshot or none to judge)."""
    previous = ctx.previous
    if previous is None:
        return ""
    found = effects_at(ctx, ctx.snapshot, previous)
    if not found:
        return ""
    counts = F.tally(found)
    parts = [
        f"{fmt.integer(counts[v], ctx.lang)} {verdict_word(ctx, v)}"
        for v in F.VERDICTS
        if counts[v]
    ]
    return ctx.t(
        "ef_sentence", actions=ctx.tn("n_actions_linked", len(found)), tally=", ".join(parts)
    )


def _measure_text(ctx: Context, m: Measure, kpis: dict) -> tuple[str, str]:
    """(what was measured, before → after (change))."""
    lang = ctx.lang
    if m.kind == "topic":
        title = ctx.topic_name(m.key).removeprefix(m.key).strip()
        what = markup(m.key) + (f"<br/>{small(markup(title))}" if title else "")
        if m.change is None:
            return what, fmt.MISSING
        values = f"{ctx.score(m.before)} → {ctx.score(m.after)} ({fmt.change(m.change, lang)})"
        return what, markup(values)
    kpi = kpis[m.key]
    what = f"{markup(ctx.t('rm_kpi', kpi=kpi.name))}"
    before = fmt.measured(m.before, kpi.unit, lang)
    after = fmt.measured(m.after, kpi.unit, lang)
    return what, markup(f"{before} → {after}")


def _short_name(ctx: Context, m: Measure, kpis: dict) -> str:
    return m.key if m.kind == "topic" else "KPI"


def table(ctx: Context, found: list[Effect]):
    kpis = {k.id: k for k in E.list_kpis(ctx.db, ctx.client.id)}
    rows: list[list] = []
    fills: list[tuple] = []
    for n, e in enumerate(found, start=1):
        measured = [_measure_text(ctx, m, kpis) for m in e.measures]
        fills.append((4, len(rows), VERDICT_FILLS.get(e.verdict)))
        owner = e.action.owner.strip()
        rows.append(
            [
                str(n),
                titled(e.action.title, owner),
                "<br/>".join(w for w, _v in measured),
                "<br/>".join(
                    v if len(measured) == 1 else f"{markup(_short_name(ctx, m, kpis))}: {v}"
                    for m, (_w, v) in zip(e.measures, measured, strict=True)
                ),
                f"<b>{markup(verdict_word(ctx, e.verdict))}</b>",
            ]
        )
    head = [
        markup(h)
        for h in ("#", *(ctx.t(k) for k in ("col_action", "ef_linked", "ef_change", "ef_effect")))
    ]
    return ctx.b.table(head, rows, [0.35, 3.4, 2.3, 2.7, 1.3], fills=fills, zebra=False)


def method_note(ctx: Context) -> str:
    return ctx.t(
        "ef_method",
        points=fmt.score(F.TOPIC_POINTS, ctx.lang),
        share=fmt.integer(round(F.KPI_SHARE * 100), ctx.lang),
    )


def section(ctx: Context) -> list:
    """The snapshot report's section (nothing for a client's first snapshot)."""
    previous = ctx.previous
    if previous is None:
        return []
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h1(ctx.t("ef_title"))]
    story.append(
        b.p(ctx.t("ef_intro", stage=ctx.stage(previous.stage), date=ctx.day(previous.date)))
    )
    found = effects_at(ctx, ctx.snapshot, previous)
    if not found:
        return story + [b.empty(ctx.t("ef_none"))]
    return story + [table(ctx, found), b.caption(method_note(ctx))]


def progress_periods(ctx: Context) -> list:
    """The progress report's part: one table per period between two snapshots."""
    b, snaps = ctx.b, ctx.history
    if len(snaps) < 2:
        return []
    story: list = [CondPageBreak(b.height * 0.3), b.h2(ctx.t("ef_title"))]
    any_found = False
    for previous, snap in zip(snaps, snaps[1:], strict=False):
        found = effects_at(ctx, snap, previous)
        title = ctx.t("ef_period", old=ctx.label(previous), new=ctx.label(snap))
        if not found:
            story.append(b.keep(b.h3(title), b.empty(ctx.t("ef_none"))))
            continue
        any_found = True
        story += [b.h3(title), table(ctx, found)]
    if any_found:
        story.append(b.caption(method_note(ctx)))
    return story
