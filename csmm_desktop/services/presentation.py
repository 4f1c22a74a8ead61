"""A snapshot's scores as they are shown: one presentation model (STYLE.md practice 11).

`score_view(scores, form, lang)` is made once from the engine's `Scores` and its confidence
(domain/confidence.py): every number already written in the reader's language with the app's
one rounding (domain/numbers.py), every flag and every reason decided. The dashboard, the
snapshot list, the PDF reports and the command line's text output render this; none of them
rounds, compares or picks a reason again, so the screen, the paper and `scores --json` agree.

The words around the numbers ("indicative", "95% interval") are the renderer's: views translate
them with Qt, reports take them from reports/texts_*.py. The reasons are catalogue Messages
(csmm_desktop.messages) whose number arguments are already in the reader's language.
No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import numbers
from csmm_desktop.messages import Message

if TYPE_CHECKING:
    from collections.abc import Sequence

    from csmm_desktop.domain.confidence import Interval
    from csmm_desktop.domain.engagement import TopicSuggestion
    from csmm_desktop.domain.form import Form
    from csmm_desktop.domain.scoring import Scores
    from csmm_desktop.services.issuer import ReportMeta

MISSING = numbers.MISSING
PLUS_MINUS = "±"
RANGE = "–"  # en dash between the ends of an interval: 53.7–73.4
_DECIMAL = re.compile(r"-?\d+\.\d+")
# The arguments domain/confidence.py writes as numbers ("1.96"); others, such as a section's
# id ("1.2"), are names and stay as they are.
_NUMBER_ARGS = frozenset({"z", "interval", "coverage", "minimum", "count"})


@dataclass(frozen=True)
class ScoreLine:
    """One score (the overall, a review, a section or a topic) as it is shown."""

    kind: str  # "overall", "review", "section", "topic"
    id: str  # "" for the overall
    value: float | None  # 0-100, unrounded: for colours only, never printed
    score: str  # "63.4" / "63,4"; "–" without a score
    interval: str | None  # "53.7–73.4"; None when it cannot be worked out
    level: str | None  # the level the score falls in (form thresholds)
    n: tuple[tuple[str, int], ...] = ()  # (role, respondents with a score), the form's order
    coverage: str | None = None  # sections: "23%" of the expected scored answers
    missing: bool = False  # no score: left out of its review and of the overall
    # a section (or review) none of whose questions apply to the client (docs/forms.md):
    # no score either, but not for want of answers, so not `missing`
    not_applicable: bool = False

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(role for role, _n in self.n)


@dataclass(frozen=True)
class RoleCount:
    role: str
    registered: int  # respondents of the role in the snapshot (JSON respondents_by_role)
    answering: int  # of whom gave at least one scored answer
    minimum: int  # wanted by the form's confidence rules

    @property
    def thin(self) -> bool:
        return self.answering < self.minimum


@dataclass(frozen=True)
class ScoreView:
    """A snapshot's score view in one language (see the module docstring)."""

    lang: str
    interval_share: str  # the intervals' confidence level: "95%" / "%95"
    overall: ScoreLine
    level: str | None
    level_indicative: bool
    reasons: tuple[Message, ...]  # why the level is indicative (empty when it is not)
    coverage: str  # "23%"
    answered: str  # scored answers given: "1.234"
    expected: str  # scored answers expected
    nps: str  # "+52"; "–" without answers
    nps_margin: str | None  # "18" (points); None without answers
    nps_text: str  # "+52 ± 18"; "–" without answers
    nps_answers: int
    nps_thin: bool  # fewer NPS answers than the clients the form's rules want
    respondents: int
    roles: tuple[RoleCount, ...]
    reviews: tuple[ScoreLine, ...]
    sections: tuple[ScoreLine, ...]
    topics: tuple[ScoreLine, ...]
    left_out: tuple[str, ...]  # sections without a score: not in their review or the overall
    method: Message  # how the intervals and the indicative mark are made

    @property
    def scored(self) -> bool:
        return self.overall.value is not None

    def line(self, kind: str, key: str = "") -> ScoreLine:
        """The line of a review, section or topic (or the overall)."""
        if kind == "overall":
            return self.overall
        lines = {"review": self.reviews, "section": self.sections, "topic": self.topics}[kind]
        return next(line for line in lines if line.id == key)

    def role_count(self, role: str) -> RoleCount:
        found = next((r for r in self.roles if r.role == role), None)
        return found or RoleCount(role, 0, 0, 0)


def interval_text(ci: Interval | None, lang: str) -> str | None:
    """An interval as shown: 53.7–73.4 (one decimal, the reader's language)."""
    if ci is None:
        return None
    low, high = (numbers.number(v, lang, 1) for v in ci)
    return f"{low}{RANGE}{high}"


def nps_text(nps: float | None, margin: float | None, lang: str) -> str:
    """NPS with its margin of error: "+52 ± 18" ("–" without answers)."""
    if nps is None:
        return MISSING
    text = numbers.number(nps, lang, 0, sign=True)
    if margin is None:
        return text
    return f"{text} {PLUS_MINUS} {numbers.number(margin, lang, 0)}"


def sentence(text: str, lang: str) -> str:
    """The text with a capital first letter, as a sentence starts ("yönetim grubundan…" ->
    "Yönetim grubundan…"; Turkish i -> İ): a message may begin with a name it was given."""
    if not text:
        return text
    first = text[0]
    if lang == "tr" and first in "iı":
        first = "İ" if first == "i" else "I"
    return first.upper() + text[1:]


def localised(msg: Message, lang: str) -> Message:
    """The message with its number arguments ("1.96") written in `lang` ("1,96"); nested
    messages too. The template is untouched (each renderer translates it)."""
    args = {}
    for key, value in msg.args.items():
        if isinstance(value, Message):
            value = localised(value, lang)
        elif key in _NUMBER_ARGS and isinstance(value, str) and _DECIMAL.fullmatch(value):
            digits = len(value.partition(".")[2])
            value = numbers.number(float(value), lang, digits)
        args[key] = value
    return Message(msg.code, msg.template, **args)


def score_view(scores: Scores, form: Form, lang: str) -> ScoreView:
    """The view of a snapshot's scores in `lang` ("en" or "tr")."""
    conf = scores.confidence
    rules = conf.rules

    def line(kind, key, value, ci, n=(), coverage=None, applies=True) -> ScoreLine:
        return ScoreLine(
            kind,
            key,
            value,
            numbers.number(value, lang, 1),
            interval_text(ci, lang),
            form.level_for(value),
            tuple(n),
            coverage,
            value is None and applies,
            not applies,
        )

    def applies(section) -> bool:
        return any(t.weight for t in section.topics)

    sections = tuple(
        line(
            "section",
            s.id,
            scores.sections.get(s.id),
            conf.sections_ci.get(s.id),
            ((r, conf.sections_n.get(s.id, {}).get(r, 0)) for r in s.roles),
            numbers.share(conf.section_coverage.get(s.id), lang),
            applies(s),
        )
        for s in form.sections.values()
    )
    reviews = tuple(
        line(
            "review",
            r.id,
            scores.reviews.get(r.id),
            conf.reviews_ci.get(r.id),
            applies=any(applies(s) for s in r.sections),
        )
        for r in form.reviews
    )
    topics = tuple(
        line(
            "topic",
            t.id,
            scores.topics.get(t.id),
            conf.topics_ci.get(t.id),
            (
                (r, scores.role_topic_counts.get(t.id, {}).get(r, 0))
                for r in form.sections[t.section_id].roles
            ),
        )
        for t in form.topics.values()
        if t.weight
    )
    roles = tuple(
        RoleCount(
            role,
            conf.respondents_by_role.get(role, 0),
            conf.answering_by_role.get(role, 0),
            rules.min_respondents_per_role.get(role, 0),
        )
        for role in form.role_names
    )
    overall = line(
        "overall",
        "",
        scores.overall,
        conf.overall_ci,
        ((r.role, r.answering) for r in roles),
        numbers.share(scores.coverage, lang),
    )
    nps_answers = sum(scores.nps_counts)
    reasons = conf.reason_messages() if conf.level_indicative else []
    return ScoreView(
        lang=lang,
        interval_share=numbers.share(rules.interval, lang),
        overall=overall,
        level=scores.level,
        level_indicative=conf.level_indicative,
        reasons=tuple(localised(m, lang) for m in reasons),
        coverage=numbers.share(scores.coverage, lang),
        answered=numbers.number(scores.answered, lang, 0),
        expected=numbers.number(scores.expected, lang, 0),
        nps=numbers.number(scores.nps, lang, 0, sign=True),
        nps_margin=None if conf.nps_moe is None else numbers.number(conf.nps_moe, lang, 0),
        nps_text=nps_text(scores.nps, conf.nps_moe, lang),
        nps_answers=nps_answers,
        nps_thin=0 < nps_answers < rules.min_respondents_per_role.get("client", 0),
        respondents=scores.respondents,
        roles=roles,
        reviews=reviews,
        sections=sections,
        topics=topics,
        left_out=tuple(scores.left_out),
        method=localised(conf.method_text(), lang),
    )


# --- recommendations ----------------------------------------------------------------------


@dataclass(frozen=True)
class Recommendation:
    """One topic of the ranking as the documents print it: the ranking's suggestion (its
    score, gap, rationale, done mark) with the consultant's own words for it, if any."""

    suggestion: TopicSuggestion
    wording: str = ""  # the consultant's text (in the language it was written); "" for none
    summary: int = 0  # its number on the executive summary (1, 2, …); 0 when not there

    @property
    def topic_id(self) -> str:
        return self.suggestion.topic_id

    @property
    def reworded(self) -> bool:
        return bool(self.wording)

    def texts(self, lang: str) -> tuple[str, ...]:
        """What to do, as printed: the consultant's words as the one text, or else the
        ranking's suggested actions in `lang` (English when a text has no `lang`)."""
        if self.wording:
            return (self.wording,)
        return tuple(a.get(lang) or a.get("en") or "" for a in self.suggestion.actions)

    def text(self, lang: str) -> str:
        """The first of texts(): the one line of the executive summary and the deck."""
        found = self.texts(lang)
        return found[0] if found else ""


@dataclass(frozen=True)
class Recommendations:
    """The ranking with the consultant's choice applied (see `recommendations`)."""

    rows: tuple[Recommendation, ...]  # every topic of the ranking, in the order to print
    by_consultant: bool  # the consultant chose (possibly none); False: the ranking as it is

    @property
    def chosen(self) -> tuple[Recommendation, ...]:
        """Those of the executive summary (and the deck), in their order there."""
        return tuple(sorted((r for r in self.rows if r.summary), key=lambda r: r.summary))


def recommendations(
    ranking: Sequence[TopicSuggestion], meta: ReportMeta, limit: int | None = None
) -> Recommendations:
    """Which recommendations, in what order, with what words: the one place that decides
    it for the executive summary (reports/summary_part.py), the longer list of suggested
    actions (reports/ranked_part.py) and the deck's slide (reports/deck.py).

    `ranking`: the snapshot's suggestions (domain suggest_actions, done ones marked), in
    rank order; `meta`: the consultant's choice and wording (services.issuer.ReportMeta).
    The summary's are the topics the consultant chose (meta.recommendations, in that order),
    of those still to do in the ranking, at most `limit` (issuer.RECOMMENDATIONS unless
    said); without a choice, the first
    `limit` still to do. A reworded topic is printed with the consultant's text instead of
    the ranking's, wherever it is printed. The rows: without a choice, the ranking as it
    is; with one, the chosen first in the chosen order (numbered as on the summary), then
    the others in rank order, done ones included, so a reader finds the summary's list at
    the top of the longer one."""
    if limit is None:  # services.issuer: its import (~8 ms) is not the first screen's
        from csmm_desktop.services.issuer import RECOMMENDATIONS as limit
    open_ones = [s for s in ranking if s.done is None]
    if meta.recommendations is None:
        picked = [s.topic_id for s in open_ones[:limit]]
    else:
        known = {s.topic_id for s in open_ones}
        picked = [t for t in dict.fromkeys(meta.recommendations) if t in known][:limit]
    number = {topic_id: n for n, topic_id in enumerate(picked, start=1)}
    rows = [Recommendation(s, meta.text_of(s.topic_id), number.get(s.topic_id, 0)) for s in ranking]
    if meta.recommendations is not None:  # sorted() is stable: the rest keeps its rank
        rows.sort(key=lambda r: r.summary or len(picked) + 1)
    return Recommendations(tuple(rows), meta.recommendations is not None)
