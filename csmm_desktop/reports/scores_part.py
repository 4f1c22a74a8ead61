"""The assessment parts of the snapshot report: score tables per review, section and topic,
the charts, the strongest and weakest topics, and the open feedback quotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reportlab.platypus import CondPageBreak, PageBreak

from csmm_desktop.domain.engagement import suggest_actions
from csmm_desktop.reports import figures
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import small
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.styles import level_tint
from csmm_desktop.services import assessment

if TYPE_CHECKING:
    from csmm_desktop.domain.form import Section
    from csmm_desktop.reports.context import Context


def _bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"


# --- score tables -------------------------------------------------------------------------


def review_table(ctx: Context) -> list:
    scores, form, b = ctx.scores(), ctx.form, ctx.b
    rows, fills, bold_rows = [], [], []
    for review in form.reviews:
        value = scores.reviews.get(review.id)
        level = form.level_for(value)
        bold_rows.append(len(rows))
        fills.append((3, len(rows), level_tint(level)))
        rows.append(
            [
                _bold(review.id),
                _bold(ctx.text(review.title)),
                "",
                _bold(ctx.score(value)),
                markup(ctx.stage(level)),
            ]
        )
        for section in review.sections:
            value = scores.sections.get(section.id)
            level = form.level_for(value)
            fills.append((3, len(rows), level_tint(level)))
            rows.append(
                [
                    markup(section.id),
                    markup(ctx.text(section.title)),
                    markup(", ".join(ctx.role(r) for r in section.roles)),
                    markup(ctx.score(value)),
                    markup(ctx.stage(level)),
                ]
            )
    fills.append((3, len(rows), level_tint(scores.level)))
    rows.append(
        [
            "",
            _bold(ctx.t("overall_score")),
            "",
            _bold(ctx.score(scores.overall)),
            _bold(ctx.stage(scores.level)),
        ]
    )
    head = [
        ctx.t("col_no"),
        ctx.t("col_review_section"),
        ctx.t("col_answered_by"),
        ctx.t("col_score"),
        ctx.t("col_level"),
    ]
    extra = [("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, b.s.body.textColor)]
    table = b.table(
        [markup(h) for h in head],
        rows,
        [44, None, 100, 44, 100],
        right=(3,),
        fills=fills,
        zebra=False,
        extra=extra,
    )
    return [b.h2(ctx.t("s_reviews")), table, b.caption(ctx.t("missing_note"))]


def topic_table(ctx: Context, section: Section) -> list:
    scores, form, b = ctx.scores(), ctx.form, ctx.b
    two_roles = {"management", "employee"} <= set(section.roles)
    rows, fills = [], []
    score_col = 6 if two_roles else 3
    for topic in section.topics:
        if not topic.weight:
            continue
        value = scores.topics.get(topic.id)
        level = form.level_for(value)
        row = [markup(topic.id), markup(ctx.text(topic.title)), str(topic.weight)]
        if two_roles:
            roles = scores.role_topics.get(topic.id, {})
            row += [
                markup(ctx.score(roles.get("management"))),
                markup(ctx.score(roles.get("employee"))),
                markup(fmt.change(scores.gaps.get(topic.id), ctx.lang)),
            ]
        row += [_bold(ctx.score(value)), markup(ctx.stage(level))]
        fills.append((score_col, len(rows), level_tint(level)))
        rows.append(row)
    head = [ctx.t("col_no"), ctx.t("col_topic"), ctx.t("col_weight")]
    widths: list[float | None] = [44, None, 48]
    if two_roles:
        head += [ctx.t("col_management"), ctx.t("col_employees"), ctx.t("col_gap")]
        widths += [70, 62, 40]
    head += [ctx.t("col_score"), ctx.t("col_level")]
    widths += [44, 66 if two_roles else 100]
    right = (2, 3, 4, 5, 6) if two_roles else (2, 3)
    story = [
        b.h2(ctx.section_name(section.id)),
        b.table([markup(h) for h in head], rows, widths, right=right, fills=fills, zebra=False),
    ]
    if two_roles:
        story.append(b.caption(ctx.t("gap_note")))
    return story


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


def ranked(ctx: Context, n: int = 5) -> list:
    scores, form, b = ctx.scores(), ctx.form, ctx.b
    story: list = [CondPageBreak(b.height * 0.4), b.h1(ctx.t("s_ranked"))]
    ranked_topics = scores.ranked_topics()
    if not ranked_topics:
        return story + [b.empty(ctx.t("ranked_empty"))]
    count = min(n, (len(ranked_topics) + 1) // 2)
    weakest = ranked_topics[:count]
    strongest = list(reversed(ranked_topics[count:]))[:n]
    suggestions = {s.topic_id: s for s in suggest_actions(scores, form, n=len(weakest) + 5)}

    def rows(items: list[tuple[str, float]], suggest: bool) -> tuple[list, list]:
        out, fills = [], []
        for tid, value in items:
            level = form.level_for(value)
            row = [
                markup(tid),
                markup(ctx.text(form.topics[tid].title)),
                _bold(ctx.score(value)),
                markup(ctx.stage(level)),
            ]
            if suggest:
                found = suggestions.get(tid)
                row.append(markup(ctx.text(found.actions[0])) if found else fmt.MISSING)
            fills.append((2, len(out), level_tint(level)))
            out.append(row)
        return out, fills

    head = [ctx.t("col_no"), ctx.t("col_topic"), ctx.t("col_score"), ctx.t("col_level")]
    if strongest:
        body, fills = rows(strongest, False)
        story += [
            b.h2(ctx.t("strongest"), toc=False),
            b.table(
                [markup(h) for h in head],
                body,
                [0.7, 5.4, 0.9, 2.0],
                right=(2,),
                fills=fills,
                zebra=False,
            ),
        ]
    body, fills = rows(weakest, True)
    story += [
        b.h2(ctx.t("weakest"), toc=False),
        b.table(
            [markup(h) for h in [*head, ctx.t("col_suggestion")]],
            body,
            [0.7, 3.1, 0.9, 1.6, 3.7],
            right=(2,),
            fills=fills,
            zebra=False,
        ),
    ]
    return story


# --- open feedback ------------------------------------------------------------------------


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
                count = f" {small(markup(ctx.t('times', n=n)))}" if n > 1 else ""
                block.append(b.rich(f"“{markup(text)}”{count}", b.s.quote))
            story.append(b.keep(*block[:3]) if len(block) > 2 else b.keep(*block))
            story += block[3:]
            block = []
    return story
