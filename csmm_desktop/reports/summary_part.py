"""The executive summary of the snapshot report: one page, first after the cover, for the
client's managing director. The level and what it means, with its confidence; the
consultant's key messages; three strengths and three priority gaps; three to five
prioritised recommendations (the suggestion ranking, which knows what is done and solved,
as the consultant chose, ordered and worded them: services.presentation.recommendations,
which the longer list and the deck follow too), with the owner and quarter of the open
actions on their topics; and
what changed since the previous snapshot. Every score is the presentation model's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak

from csmm_desktop.domain.engagement import OPEN_ACTION_STATUSES, next_level
from csmm_desktop.reports import confidence_part, effect_part
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import grid
from csmm_desktop.reports.fonts import markup
from csmm_desktop.reports.styles import RULE, level_tint
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.issuer import ReportMeta

STRENGTHS = 3
GAPS = 3
MOVERS = 3
NARROW = 300.0  # points: a frame this narrow is a column of the bilingual summary


def points(now: float, before: float) -> float:
    """A change as the difference of the scores as printed (one decimal), so the printed
    numbers add up: 48.5 − 28.6 = 19.9, not the 20.0 the unrounded scores give."""
    return round(round(now, 1) - round(before, 1), 1)


def executive_summary(ctx: Context, cards: list[tuple], meta: ReportMeta) -> list:
    """The page (ends with a page break). `cards`: the summary's key-figure cards."""
    story: list = [ctx.b.h1(ctx.t("s_summary")), *headline(ctx, cards)]
    story += key_messages(ctx, meta)
    for part in body_parts(ctx, meta):
        story += part
    return [*story, PageBreak()]


def headline(ctx: Context, cards: list[tuple]) -> list:
    """The first three key-figure cards and the level with what it means."""
    return [ctx.b.figures(cards[:3]), *_level(ctx)]


def key_messages(ctx: Context, meta: ReportMeta, title: str | None = None) -> list:
    """The consultant's key messages, as written (in whichever language they were)."""
    b = ctx.b
    if not meta.key_messages.strip():
        return []
    story: list = [b.h3(title or ctx.t("key_messages"))]
    return story + [b.p(part.strip(), b.s.box) for part in meta.key_messages.split("\n") if part]


def body_parts(ctx: Context, meta: ReportMeta) -> list[list]:
    """The parts after the key messages, each a list of flowables (a bilingual summary
    sets each part of one language beside the same part of the other)."""
    parts = [_strengths_and_gaps(ctx), _recommendations(ctx, meta), _changes(ctx)]
    return [part for part in parts if part]


def _level(ctx: Context) -> list:
    b, scores = ctx.b, ctx.scores()
    if scores.overall is None:
        return [b.p(ctx.t("sum_no_score"))]
    view = confidence_part.view(ctx)
    said = ctx.t(
        "sum_score_indicative" if view.level_indicative else "sum_score",
        score=view.overall.score,
        level=ctx.stage(view.level),
        range=ctx.level_range(view.level),
    )
    meaning = ctx.t("level_means", meaning=ctx.t(f"meaning_{view.level}"))
    return [b.p(f"{said} {meaning}")]


def _strengths_and_gaps(ctx: Context) -> list:
    b, scores = ctx.b, ctx.scores()
    ranked = scores.ranked_topics()  # weakest first, as the ranked part orders them
    if not ranked:
        return []
    view = confidence_part.view(ctx)
    shown = {line.id: line.score for line in view.topics}
    strong = list(reversed(ranked))[:STRENGTHS]
    left = [
        f"{markup(ctx.topic_name(tid))}<br/>{b.small(markup(shown.get(tid, ctx.score(v))))}"
        for tid, v in strong
    ]
    right = []
    for s in ctx.suggestions()[:GAPS]:
        key = "gap_at_top" if s.target == scores.level else "gap_line"
        note = ctx.t(
            key,
            score=shown.get(s.topic_id, ctx.score(s.score)),
            gap=fmt.score(s.gap, ctx.lang),
            level=ctx.stage(s.target),
        )
        right.append(f"{markup(ctx.topic_name(s.topic_id))}<br/>{b.small(markup(note))}")
    if not right:  # no next level to reach: the weakest topics stand for the gaps
        right = [
            f"{markup(ctx.topic_name(tid))}<br/>{b.small(markup(shown.get(tid, ctx.score(v))))}"
            for tid, v in ranked[:GAPS]
        ]
    rows = [
        [
            b.cell(f"<b>{markup(ctx.t('strengths'))}</b>"),
            "",
            b.cell(f"<b>{markup(ctx.t('priority_gaps'))}</b>"),
        ]
    ]
    for i in range(max(len(left), len(right))):
        rows.append(
            [
                b.cell(left[i] if i < len(left) else ""),
                "",
                b.cell(right[i] if i < len(right) else ""),
            ]
        )
    half = (b.width - 10) / 2
    strong_fill = level_tint("measured", 0.18)
    gap_fill = level_tint("initial", 0.18)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (0, -1), 0.4, RULE),
        ("LINEBELOW", (2, 0), (2, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, 0), strong_fill),
        ("BACKGROUND", (2, 0), (2, 0), gap_fill),
    ]
    return [grid(rows, colWidths=[half, 10, half], style=style, spaceAfter=8, spaceBefore=4)]


def _quarter(ctx: Context, due: str) -> str:
    if len(due) < 7:
        return ""
    year, month = due[:4], int(due[5:7])
    return ctx.t("quarter", q=(month - 1) // 3 + 1, year=year)


def _owners(ctx: Context, topic_id: str) -> str:
    """Owner and quarter of the open actions on the topic as of the snapshot's date."""
    found = []
    for action in ctx.actions():
        if action.topic_id != topic_id or action.status not in OPEN_ACTION_STATUSES:
            continue
        text = " · ".join(x for x in (action.owner.strip(), _quarter(ctx, action.due_date)) if x)
        if text and text not in found:
            found.append(text)
    return "<br/>".join(markup(x) for x in found[:2]) or fmt.MISSING


def _recommendations(ctx: Context, meta: ReportMeta) -> list:
    b = ctx.b
    story: list = [b.h3(ctx.t("recommendations"))]
    if next_level(ctx.scores().level) is None:
        return story + [b.empty(ctx.t("suggestions_none"))]
    found = ctx.recommendations(meta)  # chosen, ordered and worded in one place
    chosen = found.chosen
    if not chosen and found.by_consultant:
        return []  # the consultant chose to print none
    if not chosen:
        return story + [b.empty(ctx.t("no_recommendations"))]
    rows = []
    narrow = b.width < NARROW  # a column of the bilingual summary: the topic heads the text
    for n, r in enumerate(chosen, start=1):
        s = r.suggestion
        said = r.text(ctx.lang)  # the consultant's words, or the ranking's first action
        text = markup(said) + "<br/>" + b.small(markup(ctx.text(s.rationale)))
        topic = markup(ctx.topic_name(s.topic_id))
        if narrow:
            text = f"<b>{topic}</b><br/>{text}"
        rows.append([str(n), topic, text, _owners(ctx, s.topic_id)])
    keys = ["col_no", "col_topic", "col_recommendation", "col_owner_quarter"]
    widths = [0.55, 2.4, 4.9, 1.7]
    if all(row[3] == fmt.MISSING for row in rows):  # no open action on these topics yet
        rows, keys, widths = [row[:3] for row in rows], keys[:3], [0.55, 2.6, 6.4]
    if narrow:
        rows, keys = [[row[0], *row[2:]] for row in rows], [keys[0], *keys[2:]]
        widths = [1.0, *widths[2:]]  # room for "No."
    head = [markup(ctx.t(k)) for k in keys]
    return story + [b.table(head, rows, widths, zebra=False)]


def _changes(ctx: Context) -> list:
    b = ctx.b
    story: list = [b.h3(ctx.t("what_changed")), b.p(change_sentence(ctx))]
    previous = ctx.previous
    if previous is None:
        return story
    now = confidence_part.view(ctx)
    before = confidence_part.view(ctx, previous.id)
    # the previous snapshot's sections keyed by this form's ids: through the crosswalk
    comparison = ctx.comparison(previous.id)
    earlier = {line.id: line for line in before.sections}
    moves = []
    for line in now.sections:
        mapped = comparison.mapped("section", line.id)
        old = earlier.get(mapped) if mapped is not None else None
        if old is None or old.value is None or line.value is None:
            continue
        delta = points(line.value, old.value)
        if abs(delta) >= 0.05:
            moves.append((abs(delta), line.id, delta, old.score, line.score))
    moves.sort(key=lambda m: (-m[0], m[1]))
    story += _done_since(ctx, previous)
    effect = effect_part.summary_sentence(ctx)
    if effect:
        story.append(b.p(effect))
    if not moves:
        return story + [b.p(ctx.t("no_movers"), b.s.muted)]
    lines = [
        ctx.t(
            "mover",
            section=ctx.section_name(sid),
            change=fmt.change(delta, ctx.lang),
            old=old,
            new=new,
        )
        for _a, sid, delta, old, new in moves[:MOVERS]
    ]
    return story + b.bullets(lines)


def _done_since(ctx: Context, previous) -> list:
    """How many actions were done and findings closed since the previous snapshot."""
    done_before = {a.id for a in ctx.actions(previous) if a.status == "done"}
    actions = [a for a in ctx.actions() if a.status == "done" and a.id not in done_before]
    here = ctx.snapshot.id
    closed = [
        f
        for f in E.list_problems(ctx.db, ctx.client.id) + E.list_requirements(ctx.db, ctx.client.id)
        if f.closed_snapshot_id == here
    ]
    if not actions and not closed:
        return []
    text = ctx.t(
        "since_done",
        actions=ctx.tn("n_actions_done", len(actions)),
        findings=ctx.tn("n_findings_closed", len(closed)),
    )
    return [ctx.b.p(text)]


def change_sentence(ctx: Context) -> str:
    """The overall score's change since the previous snapshot, in a sentence."""
    previous = ctx.previous
    if previous is None:
        return ctx.t("sum_first")
    before, now = ctx.scores(previous.id).overall, ctx.scores().overall
    where = {"stage": ctx.stage(previous.stage), "date": ctx.day(previous.date)}
    if now is None:  # this snapshot has no score (yet): say so, whatever the previous one has
        if before is None:
            return ctx.t("sum_both_unscored", **where)
        return ctx.t("sum_this_unscored", old=ctx.score(before), **where)
    if before is None:
        return ctx.t("sum_prev_unscored", **where)
    delta = points(now, before)
    if abs(delta) < 0.05:
        return ctx.t("sum_change_same", **where)
    key = "sum_change_up" if delta > 0 else "sum_change_down"
    return ctx.t(
        key,
        delta=fmt.score(abs(delta), ctx.lang),
        old=ctx.score(before),
        new=ctx.score(now),
        **where,
    )
