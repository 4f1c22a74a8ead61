"""The snapshot report: cover (with the issuer and the draft/final mark), a one-page
executive summary, the scores at a glance, score tables, charts, strongest and weakest
topics with the suggested actions, the benchmark against the portfolio, open feedback, the
engagement parts (the stage checklist only on request: it is the consultant's), and the
appendices: how the score is made, and the evidence (answers per question and role)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak

from csmm_desktop.messages import message
from csmm_desktop.reports import bilingual as bilingual_part
from csmm_desktop.reports import (
    confidence_part,
    effect_part,
    engagement_part,
    evidence_part,
    ranked_part,
    scores_part,
    summary_part,
    voice_part,
)
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.common import begin, consultant, cover
from csmm_desktop.reports.layout import Progress, contents
from csmm_desktop.reports.styles import level_tint
from csmm_desktop.reports.texts import t
from csmm_desktop.services.issuer import get_report_meta

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.context import Context


def write_snapshot_report(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
    final: bool = False,
    with_checklist: bool = False,
    issued: date | None = None,
    bilingual: bool = False,
) -> Path:
    """Write the report of one snapshot as a PDF at `out_path`; returns the path written.
    `final` marks it final (default: draft), with the snapshot's report version
    (services.issuer: printing changes nothing stored); `with_checklist` adds the stage
    checklist, the consultant's own to-do list, for the consultant's file; `issued` is
    the issue date (default today); `bilingual` sets the executive summary in Turkish
    and English side by side (reports/bilingual.py). It only reads the store: whoever
    exports it ticks "report prepared" on the snapshot's checklist
    (services.engagement.report_exported)."""
    meta = get_report_meta(db, snapshot_id)
    mark = t(lang, "mark_final" if final else "mark_draft", v=meta.version)
    report = begin(
        db, snapshot_id, lang, page_size, "title_snapshot", progress, mark=mark, issued=issued
    )
    ctx = report.ctx
    ctx._cache["report_meta"] = meta  # the longer list of suggestions reads the same choice
    cards = _cards(ctx)
    if bilingual:
        first_page = bilingual_part.executive_summary(ctx, _cards, meta)
    else:
        first_page = summary_part.executive_summary(ctx, cards, meta)
    story = [*_cover(ctx, mark), *first_page]
    story += [contents(), *summary(ctx, cards)]  # page 2 is the summary, then the contents
    report.progress(10, message("report.score_tables"))
    story += scores_part.score_tables(ctx)
    report.progress(20, message("report.charts"))
    story += scores_part.charts_chapter(
        ctx, lambda pct: report.progress(20 + pct // 2, message("report.charts"))
    )
    report.progress(70, message("report.topics_feedback"))
    story += ranked_part.ranked(ctx) + effect_part.section(ctx)
    story += evidence_part.benchmark(ctx) + voice_part.voice(ctx)
    report.progress(75, message("report.engagement"))
    story += engagement_part.snapshot_parts(ctx, with_checklist=with_checklist)
    story += method(ctx, ctx.t("appendix", letter="A", title=ctx.t("s_method")))
    story += evidence_part.evidence(ctx, ctx.t("appendix", letter="B", title=ctx.t("s_evidence")))
    return report.finish(story, out_path)


def _cover(ctx: Context, mark: str) -> list:
    scores = ctx.scores()
    snap = ctx.snapshot
    overall = ""
    if scores.overall is not None:
        overall = f"{ctx.score(scores.overall)} ({ctx.level_line(scores.level)})"
        if scores.confidence.level_indicative:
            overall += f" · {ctx.t('indicative')}"
    facts = [
        (ctx.t("client"), ctx.client.name),
        (ctx.t("stage"), ctx.level_line(snap.stage)),
        (ctx.t("snapshot_date"), ctx.day(snap.date)),
        (ctx.t("consultant"), consultant(ctx)),
        (ctx.t("overall_score"), overall or fmt.MISSING),
        (ctx.t("form_version"), snap.form_version),
    ]
    from csmm_desktop.services import applicability

    left = sum(line.questions for line in applicability.left_out(ctx.db, snap.id))
    if left:  # the list is in the method appendix
        facts.append((ctx.t("na_fact"), ctx.t("na_fact_value", n=left, letter="A")))
    subtitle = ctx.t("cover_subtitle", date=ctx.day(snap.date), stage=ctx.stage(snap.stage))
    return cover(ctx, ctx.t("title_snapshot"), subtitle, facts, mark)


# --- executive summary --------------------------------------------------------------------


def _cards(ctx: Context) -> list[tuple]:
    scores, lang = ctx.scores(), ctx.lang
    shown = confidence_part.view(ctx)
    previous = ctx.previous
    change, change_note = fmt.MISSING, ctx.t("note_first")
    if previous is not None:
        change_note = ctx.t(
            "note_change_vs", stage=ctx.stage(previous.stage), date=ctx.day(previous.date)
        )
        before = ctx.scores(previous.id).overall
        if before is not None and scores.overall is not None:
            change = fmt.change(summary_part.points(scores.overall, before), lang)
    level_note = fmt.MISSING
    if scores.level:
        band = next(b for b in ctx.bands() if b[0] == scores.level)
        level_note = ctx.t(
            "note_range", low=fmt.integer(band[1], lang), high=fmt.integer(band[2], lang)
        )
    tint = level_tint(scores.level, 0.22)
    return [
        (
            ctx.t("overall_score"),
            shown.overall.score,
            confidence_part.interval_note(ctx, shown),
            tint,
        ),
        (ctx.t("assessed_level"), confidence_part.level_text(ctx, shown), level_note, tint),
        (ctx.t("fig_change"), change, change_note, None),
        (ctx.t("fig_nps"), shown.nps_text, confidence_part.nps_note(ctx, shown), None),
        (
            ctx.t("fig_coverage"),
            shown.coverage,
            ctx.t("note_coverage", answered=shown.answered, expected=shown.expected),
            None,
        ),
        (
            ctx.t("fig_respondents"),
            fmt.integer(shown.respondents, lang),
            confidence_part.respondents_text(ctx, shown),
            None,
        ),
    ]


def summary_sentences(ctx: Context) -> list[str]:
    scores, lang = ctx.scores(), ctx.lang
    if scores.overall is None:
        return [ctx.t("sum_no_score"), summary_part.change_sentence(ctx)]
    view = confidence_part.view(ctx)
    found = [
        ctx.t(
            "sum_score_indicative" if view.level_indicative else "sum_score",
            score=ctx.score(scores.overall),
            level=ctx.stage(scores.level),
            range=ctx.level_range(scores.level),
        ),
        ctx.t(
            "sum_stage_same" if scores.level == ctx.snapshot.stage else "sum_stage_differs",
            stage=ctx.stage(ctx.snapshot.stage),
            level=ctx.stage(scores.level),
        ),
        summary_part.change_sentence(ctx),
    ]
    sections = [(sid, v) for sid, v in scores.sections.items() if v is not None]
    if len(sections) > 1:
        best = max(sections, key=lambda sv: sv[1])
        worst = min(sections, key=lambda sv: sv[1])
        found.append(
            ctx.t(
                "sum_sections",
                best=ctx.section_name(best[0]),
                best_score=ctx.score(best[1]),
                worst=ctx.section_name(worst[0]),
                worst_score=ctx.score(worst[1]),
            )
        )
    gaps = [(tid, g) for tid, g in scores.gaps.items() if g is not None and abs(g) >= 0.05]
    if gaps:
        tid, gap = max(gaps, key=lambda tg: abs(tg[1]))
        found.append(
            ctx.t(
                "sum_gap",
                topic=ctx.topic_name(tid),
                gap=fmt.score(abs(gap), lang),
                direction=ctx.t("gap_higher" if gap > 0 else "gap_lower"),
            )
        )
    if scores.nps is not None:
        p, pa, d = scores.nps_counts
        found.append(
            ctx.t(
                "sum_nps_thin" if view.nps_thin else "sum_nps",
                nps=view.nps_text,
                answers=ctx.tn("n_client_answers", p + pa + d),
                mix=ctx.nps_mix(p, pa, d),
            )
        )
        if not view.nps_thin:  # a verdict on a handful of answers would claim too much
            found.append(ctx.t("sum_nps_band", band=ctx.nps_verdict(scores.nps)))
    found.append(
        ctx.t(
            "sum_coverage",
            respondents=ctx.tn("n_respondents", scores.respondents),
            answered=fmt.integer(scores.answered, lang),
            expected=fmt.integer(scores.expected, lang),
            coverage=fmt.share(scores.coverage, lang),
        )
    )
    return found


def summary(ctx: Context, cards: list[tuple]) -> list:
    """The scores at a glance, after the executive summary: the other key figures, why the
    level is indicative, the summary's sentences and the snapshot's notes."""
    b = ctx.b
    story: list = [b.h1(ctx.t("s_glance")), b.figures(cards[3:])]
    story += confidence_part.reasons(ctx)
    story += [b.p(sentence) for sentence in summary_sentences(ctx)]
    if ctx.snapshot.notes.strip():
        story += [b.h3(ctx.t("snapshot_notes")), b.p(ctx.snapshot.notes.strip())]
    return story


# --- how the score is made ----------------------------------------------------------------


def _bands_text(ctx: Context) -> str:
    return "; ".join(f"{ctx.level_range(key)}: {ctx.stage(key)}" for key, _l, _h in ctx.bands())


def _mean_formula(ctx: Context, values: list[float]) -> str:
    terms = " + ".join(ctx.score(v) for v in values)
    return f"({terms}) ÷ {len(values)}" if len(values) > 1 else terms


def worked_example(ctx: Context) -> list[str]:
    """The overall, its reviews, one section and one gap topic, level, NPS and coverage."""
    scores, form, lang = ctx.scores(), ctx.form, ctx.lang
    if scores.overall is None:
        return [ctx.t("ex_none")]
    lines = []
    overall = scores.explain("overall")
    known = [p.value for p in overall.parts if p.value is not None]
    lines.append(
        ctx.t("ex_overall", formula=_mean_formula(ctx, known), value=ctx.score(overall.value))
    )
    for review in form.reviews:
        exp = scores.explain("review", review.id)
        values = [p.value for p in exp.parts if p.value is not None]
        if values:
            lines.append(
                ctx.t(
                    "ex_review",
                    id=review.id,
                    formula=_mean_formula(ctx, values),
                    value=ctx.score(exp.value),
                )
            )
    for section in form.sections.values():
        exp = scores.explain("section", section.id)
        parts = [p for p in exp.parts if p.value is not None]
        if parts:
            terms = " + ".join(f"{ctx.score(p.value)} × {ctx.weight(p.weight)}" for p in parts)
            formula = f"({terms}) ÷ {ctx.weight(sum(p.weight for p in parts))}"
            key = ctx.by_weights("ex_section")
            lines.append(ctx.t(key, id=section.id, formula=formula, value=ctx.score(exp.value)))
            break
    for tid, gap in scores.gaps.items():
        if gap is None:
            continue
        by_role = {p.id: p for p in scores.explain("topic", tid).parts}
        m, e = by_role["management"], by_role["employee"]
        lines.append(
            ctx.t(
                "ex_topic",
                id=tid,
                m=ctx.score(m.value),
                mn=ctx.tn("n_respondents", m.count),
                e=ctx.score(e.value),
                en=ctx.tn("n_respondents", e.count),
                value=ctx.score(scores.topics[tid]),
                gap=fmt.change(gap, lang),
            )
        )
        break
    lines.append(
        ctx.t(
            "ex_level",
            value=ctx.score(scores.overall),
            range=ctx.level_range(scores.level),
            level=ctx.stage(scores.level),
        )
    )
    p, pa, d = scores.nps_counts
    if scores.nps is not None:
        lines.append(
            ctx.t(
                "ex_nps",
                p=ctx.tn("n_promoters", p),
                d=ctx.tn("n_detractors", d),
                n=ctx.tn("n_answers", p + pa + d),
                value=fmt.nps(scores.nps, lang),
            )
        )
    lines.append(
        ctx.t(
            "ex_coverage",
            answered=fmt.integer(scores.answered, lang),
            expected=fmt.integer(scores.expected, lang),
            value=fmt.share(scores.coverage, lang, 1),
        )
    )
    return lines


def method(ctx: Context, title: str) -> list:
    """How the score is made (an appendix: `title` is its numbered heading)."""
    b = ctx.b
    story: list = [CondPageBreak(b.height * 0.3), b.h1(title), b.p(ctx.t("method_intro"))]
    story += b.numbered(method_rules(ctx))
    if ctx.form.weighted:
        story.append(b.p(weights_text(ctx)))
    story += left_out(ctx)
    story.append(b.h2(ctx.t("method_example"), toc=False))
    story += b.bullets(worked_example(ctx))
    story += confidence_part.method(ctx)
    return story


def method_rules(ctx: Context) -> list[str]:
    """The numbered rules of SPEC §4 as the report words them (rules 2 and 4 say that
    question weights apply when the form gives any)."""
    rules = [
        ctx.t(ctx.by_weights(f"method_{n}") if n in (2, 4) else f"method_{n}") for n in range(1, 7)
    ]
    return rules + [ctx.t("method_7", bands=_bands_text(ctx)), ctx.t("method_8")]


def weights_text(ctx: Context) -> str:
    """Which scored questions weigh other than 1, grouped by weight, heaviest first."""
    groups: dict[float, list[str]] = {}
    for q in ctx.form.questions.values():
        if q.scored and q.weight != 1:
            groups.setdefault(q.weight, []).append(q.id)
    weights = "; ".join(
        ctx.t("method_weight_group", weight=ctx.weight(w), questions=", ".join(ids))
        for w, ids in sorted(groups.items(), key=lambda kv: -kv[0])
    )
    return ctx.t("method_weights", weights=weights)


def left_out_lines(ctx: Context) -> list[str]:
    """What was left out of the snapshot for the client, a line each, in form order."""
    from csmm_desktop.services import applicability

    lines = []
    for line in applicability.left_out(ctx.db, ctx.snapshot.id):
        questions = ctx.tn("n_questions", line.questions)
        title = ctx.text(line.title)
        lines.append(ctx.t(f"na_{line.kind}", id=line.id, title=title, questions=questions))
    return lines


def left_out(ctx: Context) -> list:
    """The paragraph and list of the questions left out for the client (none: nothing)."""
    from csmm_desktop.services import applicability

    items = applicability.left_out(ctx.db, ctx.snapshot.id)
    if not items:
        return []
    b = ctx.b
    count = sum(i.questions for i in items)
    intro = ctx.tn(ctx.by_weights("na_intro"), count, client=ctx.client.name)
    return [b.h2(ctx.t("na_title"), toc=False), b.p(intro), *b.bullets(left_out_lines(ctx))]
