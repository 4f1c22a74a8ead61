"""The assessment parts of the snapshot report: score tables per review, section and topic,
the charts, the strongest and weakest topics, and the open feedback quotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, PageBreak

from csmm_desktop.reports import confidence_part, figures
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.styles import level_tint
from csmm_desktop.services import assessment
from csmm_desktop.services.presentation import ScoreLine, ScoreView

if TYPE_CHECKING:
    from csmm_desktop.domain.form import Section
    from csmm_desktop.reports.context import Context


def _bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"


# --- score tables -------------------------------------------------------------------------


def _roles_cell(ctx: Context, line: ScoreLine) -> str:
    """The roles that answer a section, one a line (the n column lines up with them)."""
    return "<br/>".join(markup(ctx.role(r)) for r in line.roles)


def _n_cell(line: ScoreLine) -> str:
    return "<br/>".join(str(n) for _role, n in line.n)


def _level_cell(ctx: Context, line: ScoreLine) -> str:
    if line.not_applicable:
        return small(markup(ctx.t("na_cell")))
    if line.missing and line.kind == "section":
        return small(markup(ctx.t("not_scored")))
    return markup(ctx.stage(line.level))


def review_table(ctx: Context) -> list:
    shown, form, b = confidence_part.view(ctx), ctx.form, ctx.b
    rows: list[list] = []
    fills: list[tuple] = []
    for review in form.reviews:
        line = shown.line("review", review.id)
        fills.append((4, len(rows), level_tint(line.level)))
        rows.append(
            [
                _bold(review.id),
                _bold(ctx.text(review.title)),
                "",
                "",
                confidence_part.score_cell(line, bold=True),
                markup(ctx.stage(line.level)),
            ]
        )
        for section in review.sections:
            line = shown.line("section", section.id)
            fills.append((4, len(rows), level_tint(line.level)))
            rows.append(
                [
                    markup(section.id),
                    markup(ctx.text(section.title)),
                    _roles_cell(ctx, line),
                    _n_cell(line),
                    confidence_part.score_cell(line),
                    _level_cell(ctx, line),
                ]
            )
    fills.append((4, len(rows), level_tint(shown.level)))
    rows.append(
        [
            "",
            _bold(ctx.t("overall_score")),
            "",
            "",
            confidence_part.score_cell(shown.overall, bold=True),
            confidence_part.level_cell(ctx, shown, bold=True),
        ]
    )
    head = [
        ctx.t("col_no"),
        ctx.t("col_review_section"),
        ctx.t("col_answered_by"),
        ctx.t("col_n"),
        f"{ctx.t('col_score')}<br/>{small(markup(ctx.t('col_interval', share=shown.interval_share)))}",
        ctx.t("col_level"),
    ]
    extra = [("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, b.s.body.textColor)]
    table = b.table(
        [markup(h) if i != 4 else h for i, h in enumerate(head)],
        rows,
        [40, None, 92, 24, 66, 96],
        right=(3, 4),
        fills=fills,
        zebra=False,
        extra=extra,
    )
    notes = [
        b.caption(ctx.t(ctx.by_weights("missing_note"))),
        b.caption(_interval_note(ctx, shown)),
    ]
    if shown.left_out:
        notes.append(b.caption(ctx.t("left_out_note", sections=", ".join(shown.left_out))))
    return [b.h2(ctx.t("s_reviews")), table, *notes]


def _interval_note(ctx: Context, shown: ScoreView) -> str:
    return ctx.t("interval_note", share=shown.interval_share)


def topic_table(ctx: Context, section: Section) -> list:
    scores, b = ctx.scores(), ctx.b
    shown = confidence_part.view(ctx)
    two_roles = {"management", "employee"} <= set(section.roles)
    rows: list[list] = []
    fills: list[tuple] = []
    score_col = 6 if two_roles else 4
    for topic in section.topics:
        if not topic.weight:
            continue
        line = shown.line("topic", topic.id)
        row = [markup(topic.id), markup(ctx.text(topic.title)), ctx.weight(topic.weight)]
        if two_roles:
            roles = scores.role_topics.get(topic.id, {})
            n = dict(line.n)
            row += [
                _with_n(ctx.score(roles.get("management")), n.get("management", 0)),
                _with_n(ctx.score(roles.get("employee")), n.get("employee", 0)),
                markup(fmt.change(scores.gaps.get(topic.id), ctx.lang)),
            ]
        else:
            row.append(_n_cell(line))
        row += [
            f"<b>{markup(line.score)}</b>",
            markup(line.interval or fmt.MISSING),
            markup(ctx.stage(line.level)),
        ]
        fills.append((score_col, len(rows), level_tint(line.level)))
        rows.append(row)
    head = [ctx.t("col_no"), ctx.t("col_topic"), ctx.t("col_weight")]
    widths: list[float | None] = [40, None, 40]
    if two_roles:
        head += [ctx.t("col_management"), ctx.t("col_employees"), ctx.t("col_gap")]
        widths += [62, 56, 36]
    else:
        head.append(ctx.t("col_n"))
        widths.append(28)
    head += [ctx.t("col_score"), ctx.t("col_interval", share=shown.interval_share)]
    head.append(ctx.t("col_level"))
    widths += [38, 62, 62 if two_roles else 96]
    right = (2, 3, 4, 5, 6, 7) if two_roles else (2, 3, 4, 5)
    story = [
        b.h2(ctx.section_name(section.id)),
        b.table([markup(h) for h in head], rows, widths, right=right, fills=fills, zebra=False),
    ]
    if two_roles:
        story.append(b.caption(ctx.t("gap_note")))
    return story


def _with_n(score: str, n: int) -> str:
    """A role's score with its respondents: "72.5" over a small "n = 3"."""
    return f"{markup(score)}<br/>{small(f'n = {n}')}"


def score_tables(ctx: Context) -> list:
    b = ctx.b
    if ctx.scores().overall is None:
        return [
            CondPageBreak(b.height * 0.3),
            b.h1(ctx.t("s_scores")),
            b.empty(ctx.t("scores_empty")),
        ]
    story: list = [PageBreak(), b.h1(ctx.t("s_scores")), *review_table(ctx)]
    for section in ctx.form.sections.values():
        if any(t.weight for t in section.topics):  # none: left out for the client whole
            story += topic_table(ctx, section)
    story.append(b.caption(ctx.t("open_topics_note")))
    return story


# --- charts -------------------------------------------------------------------------------


def charts_chapter(ctx: Context, tick: Callable[[int], None]) -> list:
    """The six charts of the snapshot, each with its heading and a caption, two to a page
    where they fit: section bars with the trend, radar with NPS, a heat map per review,
    then the perception gap."""
    b = ctx.b
    snaps = ctx.upto

    def block(key: str, picture: Any, caption: str) -> Any:
        return b.keep(b.h2(ctx.t(key)), picture, b.caption(ctx.t(caption)))

    if all(ctx.scores(s.id).overall is None for s in snaps):
        return [b.h1(ctx.t("s_charts")), b.empty(ctx.t("charts_empty"))]
    story: list = [PageBreak(), b.h1(ctx.t("s_charts"))]
    story.append(block("ch_sections", figures.section_comparison(ctx, snaps), "ch_sections_cap"))
    tick(15)
    story.append(block("ch_trend", figures.overall_trend(ctx, snaps), "ch_trend_cap"))
    tick(25)
    cap = "ch_radar_cap" if ctx.previous else "ch_radar_cap_first"
    story += [PageBreak(), block("ch_radar", figures.radar(ctx), cap)]
    tick(35)
    story.append(block("ch_nps", figures.nps_breakdown(ctx), "ch_nps_cap"))
    tick(40)
    for title, picture in figures.heatmaps(ctx, snaps):
        heading = b.h2(ctx.t("ch_heatmap", review=title))
        story += [PageBreak(), b.keep(heading, picture, b.caption(ctx.t("ch_heatmap_cap")))]
    tick(85)
    gap = figures.perception_gap(ctx)
    if gap is not None:
        story += [PageBreak(), block("ch_gap", gap, "ch_gap_cap")]
    tick(100)
    return story


# --- strongest and weakest ----------------------------------------------------------------


def _quotes(ctx: Context) -> dict[str, list[tuple[str, str, int]]]:
    """Question id -> (role, text, how many gave it) of its free-text answers, in the order
    first given; the same text from several respondents of a role is printed once."""
    questions = [q for q in ctx.form.questions.values() if q.scale.kind == "text"]
    counts: dict[str, dict[tuple[str, str], int]] = {q.id: {} for q in questions}
    for respondent in assessment.list_respondents(ctx.db, ctx.snapshot.id):
        answers = assessment.answers_of(ctx.db, respondent.id)
        for question in questions:
            text = (answers.get(question.id) or "").strip()
            if text and respondent.role in question.roles:
                key = (respondent.role, text)
                counts[question.id][key] = counts[question.id].get(key, 0) + 1
    return {qid: [(r, txt, n) for (r, txt), n in found.items()] for qid, found in counts.items()}


def feedback(ctx: Context) -> list:
    """Every free-text answer of the snapshot, by question and role."""
    b, form = ctx.b, ctx.form
    story: list = [CondPageBreak(b.height * 0.3), b.h1(ctx.t("s_feedback"))]
    quotes = _quotes(ctx)
    if not any(quotes.values()):
        return story + [b.empty(ctx.t("feedback_empty"))]
    story.append(b.p(ctx.t("feedback_intro"), b.s.muted))
    role_order = list(form.role_names)
    for qid, given in quotes.items():
        if not given:
            continue
        question = form.questions[qid]
        roles = sorted({role for role, _t, _n in given}, key=role_order.index)
        block: list = [
            b.h3(ctx.section_name(question.section_id)),
            b.p(f"{qid} · {question.text(ctx.lang, roles[0])}", b.s.muted),
        ]
        for role in roles:
            if len(question.roles) > 1:
                block.append(b.p(ctx.role(role), b.s.quote_role))
            for _role, text, n in (g for g in given if g[0] == role):
                count = f" {small(markup(ctx.tn('times', n)))}" if n > 1 else ""
                block.append(b.rich(f"“{markup(text)}”{count}", b.s.quote))
            story.append(b.keep(*block[:3]) if len(block) > 2 else b.keep(*block))
            story += block[3:]
            block = []
    return story
