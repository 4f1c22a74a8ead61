"""The voice of the customer in the snapshot report: the free-text answers grouped by the
themes the consultant gave them (services/voice.py): each theme with how many answers carry
it and up to two example quotes, a text several respondents gave printed once with its
count ("(×4)"), then the answers not yet given a theme. Without any theme the answers are
printed by question and role, as before (scores_part.feedback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak

from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports import scores_part
from csmm_desktop.reports.blocks import small
from csmm_desktop.reports.fonts import markup
from csmm_desktop.services import voice as V

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.voice import Quote


def quote_text(ctx: Context, quote: Quote) -> str:
    """“text” (×4), as markup."""
    count = f" {small(markup(ctx.t('times_x', n=fmt.integer(quote.count, ctx.lang))))}"
    return f"“{markup(quote.text)}”" + (count if quote.count > 1 else "")


def voice(ctx: Context) -> list:
    found = V.voice_of_customer(ctx.db, ctx.snapshot.id)
    if not found.themes:
        return scores_part.feedback(ctx)
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h1(ctx.t("s_feedback"))]
    tagged = sum(t.count for t in found.themes)
    story.append(
        b.p(
            ctx.t(
                "voice_intro",
                answers=ctx.tn("n_answers", found.answers),
                themes=ctx.tn("n_themes", len(found.themes)),
                tagged=fmt.integer(tagged, ctx.lang),
            ),
            b.s.muted,
        )
    )
    rows = [
        [
            f"<b>{markup(theme.name)}</b>",
            fmt.integer(theme.count, ctx.lang),
            "<br/>".join(quote_text(ctx, q) for q in theme.examples),
        ]
        for theme in found.themes
    ]
    head = [markup(ctx.t(k)) for k in ("col_theme", "col_answers", "col_examples")]
    story.append(b.table(head, rows, [2.4, 1.0, 6.2], right=(1,), zebra=False))
    if found.untagged:
        block: list = [b.h3(ctx.t("voice_untagged"))]
        for quote in found.untagged:
            block.append(b.rich(quote_text(ctx, quote), b.s.quote))
        story += [b.keep(*block[:2]), *block[2:]]
    return story
