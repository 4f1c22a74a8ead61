"""How sure a snapshot's scores are, as the reports print it: the summary cards' notes, why
a level is only indicative, and the method paragraph. Everything comes from the one score
view (services/presentation.py); the words from reports/texts_*.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.texts import render_message
from csmm_desktop.services.presentation import ScoreLine, ScoreView, score_view, sentence

if TYPE_CHECKING:
    from csmm_desktop.messages import Message
    from csmm_desktop.reports.context import Context


def view(ctx: Context, snapshot_id: str | None = None) -> ScoreView:
    """The score view of a snapshot (default: the report's) in the report language, on
    the form that snapshot was answered with."""
    return score_view(ctx.scores(snapshot_id), ctx.form_of(snapshot_id), ctx.lang)


def message(ctx: Context, msg: Message) -> str:
    return sentence(render_message(ctx.lang, msg), ctx.lang)


def level_text(ctx: Context, shown: ScoreView) -> str:
    """ "Planned (indicative)" / "Planned" / "–"."""
    name = ctx.stage(shown.level)
    return ctx.t("level_indicative", level=name) if shown.level_indicative else name


def level_cell(ctx: Context, shown: ScoreView, bold: bool = False) -> str:
    """A table cell of the level, the indicative mark on a second, smaller line."""
    name = markup(ctx.stage(shown.level))
    name = f"<b>{name}</b>" if bold else name
    if not shown.level_indicative:
        return name
    return f"{name}<br/>{small(markup(ctx.t('indicative')))}"


def score_cell(line: ScoreLine, bold: bool = False) -> str:
    """A score with its interval on a second, smaller line (none when it has no score)."""
    text = f"<b>{markup(line.score)}</b>" if bold else markup(line.score)
    if line.missing:
        return text
    return f"{text}<br/>{small(markup(line.interval or fmt.MISSING))}"


def respondents_text(ctx: Context, shown: ScoreView) -> str:
    """ "3 mgmt · 8 staff · 24 clients" (registered respondents)."""
    return ctx.t(
        "note_respondents",
        m=shown.role_count("management").registered,
        e=shown.role_count("employee").registered,
        clients=ctx.tn("n_clients", shown.role_count("client").registered),
    )


# --- the summary --------------------------------------------------------------------------


def interval_note(ctx: Context, shown: ScoreView) -> str:
    """The overall card's note: "out of 100 · 95% interval 53.7–73.4"."""
    if not shown.scored:
        return ctx.t("note_of_100")
    if shown.overall.interval is None:
        extra = ctx.t("note_no_interval")
    else:
        extra = ctx.t("note_interval", share=shown.interval_share, interval=shown.overall.interval)
    return f"{ctx.t('note_of_100')} · {extra}"


def nps_note(ctx: Context, shown: ScoreView) -> str:
    key = "note_nps_thin" if shown.nps_thin else "note_nps"
    return ctx.tn(key, shown.nps_answers)


def reasons(ctx: Context) -> list:
    """Under the summary cards: why the level is only indicative (nothing when it is not)."""
    shown, b = view(ctx), ctx.b
    if not shown.level_indicative:
        return []
    return [
        b.h3(ctx.t("conf_why")),
        *b.bullets([message(ctx, m) for m in shown.reasons], b.s.small),
        b.space(6),
    ]


# --- the method ---------------------------------------------------------------------------


def method(ctx: Context) -> list:
    """The confidence paragraph of "How the score is made", with this snapshot's numbers."""
    shown, b = view(ctx), ctx.b
    story: list = [b.h2(ctx.t("method_confidence"), toc=False), b.p(message(ctx, shown.method))]
    lines = []
    if shown.scored:
        key = "ex_no_interval" if shown.overall.interval is None else "ex_interval"
        lines.append(
            ctx.t(
                key,
                share=shown.interval_share,
                interval=shown.overall.interval,
                respondents=respondents_text(ctx, shown),
            )
        )
    moe = ctx.scores().confidence.nps_moe  # shown.nps_margin is it, formatted
    if shown.nps_margin is not None and moe is not None:
        lines.append(
            ctx.t(
                "ex_nps_moe",
                moe=ctx.tn("n_points", moe),
                n=ctx.tn("n_answers", shown.nps_answers),
                nps=shown.nps_text,
            )
        )
    return story + b.bullets(lines)
