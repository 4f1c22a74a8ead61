"""The strongest and weakest topics of the snapshot report, and the suggested actions: for
the topics that hold the client back most from the next level, ranked by gap × weight with
the reason printed, and those already taken care of by the snapshot's date marked (an action
on the topic done, a requirement on it solved), as services.engagement decides them; the
consultant's choice and wording for the executive summary applied as
services.presentation.recommendations decides (see `suggestions`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak

from csmm_desktop.domain.engagement import next_level
from csmm_desktop.reports.blocks import small
from csmm_desktop.reports.engagement_part import ACTION_FILLS, topic_cell
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.styles import level_tint

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context


def ranked(ctx: Context, n: int = 5) -> list:
    """The `n` strongest and weakest topics by score, then the suggested actions."""
    scores, form, b = ctx.scores(), ctx.form, ctx.b
    story: list = [CondPageBreak(b.height * 0.4), b.h1(ctx.t("s_ranked"))]
    ranked_topics = scores.ranked_topics()
    if not ranked_topics:
        return story + [b.empty(ctx.t("ranked_empty"))]
    count = min(n, (len(ranked_topics) + 1) // 2)
    weakest = ranked_topics[:count]
    strongest = list(reversed(ranked_topics[count:]))[:n]
    head = [markup(ctx.t(k)) for k in ("col_no", "col_topic", "col_score", "col_level")]
    for key, items in (("strongest", strongest), ("weakest", weakest)):
        if not items:
            continue
        rows: list[list] = []
        fills: list[tuple] = []
        for tid, value in items:
            level = form.level_for(value)
            fills.append((2, len(rows), level_tint(level)))
            rows.append(
                [
                    markup(tid),
                    markup(ctx.text(form.topics[tid].title)),
                    f"<b>{markup(ctx.score(value))}</b>",
                    markup(ctx.stage(level)),
                ]
            )
        table = b.table(head, rows, [0.7, 5.4, 0.9, 2.0], right=(2,), fills=fills, zebra=False)
        story += [b.h2(ctx.t(key), toc=False), table]
    return story + suggestions(ctx)


def suggestions(ctx: Context) -> list:
    """The suggested actions: every topic of the ranking (ctx.suggestions), as
    services.presentation.recommendations orders and words them for the whole document.
    Without the consultant's choice, the ranking's order; with one, the executive
    summary's recommendations first, in the order chosen (numbered as there), then the
    other topics by rank. The summary's are marked; a topic the consultant reworded shows
    the consultant's words instead of the ranking's suggested actions."""
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h2(ctx.t("s_suggestions"), toc=False)]
    target = next_level(ctx.scores().level)
    if target is None:
        return story + [b.empty(ctx.t("suggestions_none"))]
    found = ctx.recommendations()
    if not found.rows:
        return story + [b.empty(ctx.t("suggestions_empty", level=ctx.stage(target)))]
    key = "suggestions_intro_top" if target == ctx.scores().level else "suggestions_intro"
    key = ctx.by_weights(key)
    intro = ctx.t(key, level=ctx.stage(target), date=ctx.day(ctx.snapshot.date))
    if found.by_consultant and found.chosen:
        intro += " " + ctx.t("suggestions_chosen_first")
    rows: list[list] = []
    fills: list[tuple] = []
    for n, r in enumerate(found.rows, start=1):
        s, said = r.suggestion, r.texts(ctx.lang)
        bullet = "• " if len(said) > 1 else ""
        text = "<br/>".join(bullet + markup(x) for x in said)
        if r.summary:
            text += "<br/>" + small(f"<b>{markup(ctx.t('on_summary'))}</b>")
        if s.done is not None:
            text += "<br/>" + small(f"<b>✓ {markup(ctx.text(s.done.text))}</b>")
            fills.append((3, len(rows), ACTION_FILLS["done"]))
        text += "<br/>" + small(markup(ctx.text(s.rationale)))
        rows.append([str(n), topic_cell(ctx, s.topic_id), markup(ctx.score(s.score)), text])
    head = [markup(ctx.t(k)) for k in ("col_no", "col_topic", "col_score", "col_suggestion")]
    table = b.table(head, rows, [0.5, 2.6, 0.8, 5.6], right=(2,), fills=fills, zebra=False)
    return story + [b.p(intro, b.s.muted), table]
