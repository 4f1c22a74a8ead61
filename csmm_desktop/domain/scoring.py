"""The scoring engine of SPEC §4. Plain Python: no Qt, no database.

Input: the form, the respondents (id, role) and their stored answers.
Output: a `Scores` object whose every number can say what it was made from.
Internally scores are 0..1; everything exposed is on the 0-100 scale, unrounded.
Each score's confidence (intervals, margins, respondents per role, coverage, the indicative
mark) is worked out once, in `confidence.assess`, from the same respondent topic scores.
Respondents are scored in id order, so the order they come in never changes a number.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from csmm_desktop.domain.confidence import Confidence, Sample, assess
from csmm_desktop.domain.form import NA, Form


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def _pct(value: float | None) -> float | None:
    return None if value is None else value * 100.0


@dataclass(frozen=True)
class Part:
    """One ingredient of a number: what it is, its value (0-100), and its weight."""

    kind: str  # "respondent", "role", "topic", "section", "review"
    id: str
    value: float | None
    weight: float = 1.0
    count: int = 0  # respondents (for role parts) or answers (for respondent parts)


@dataclass(frozen=True)
class Explanation:
    """How a number was made: the rule (a key the UI and reports word) and its parts.
    left_out: the ids of parts that have no score and so are not in the number (sections
    for the overall and a review, topics for a section)."""

    value: float | None
    rule: str
    parts: tuple[Part, ...]
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionStats:
    answered: int  # scored answers given (N/A not counted)
    na: int
    mean: float | None  # 0-100
    counts: dict[str, int]  # stored value -> count (N/A included)


@dataclass
class Scores:
    form_version: str
    overall: float | None
    level: str | None
    reviews: dict[str, float | None]
    sections: dict[str, float | None]
    topics: dict[str, float | None]
    role_topics: dict[str, dict[str, float | None]]  # topic -> role -> score
    role_topic_counts: dict[str, dict[str, int]]  # topic -> role -> respondents scored
    gaps: dict[str, float | None]
    coverage: float | None
    answered: int
    expected: int
    nps: float | None
    nps_counts: tuple[int, int, int]  # promoters, passives, detractors
    respondents: int
    respondents_by_role: dict[str, int]
    questions: dict[str, QuestionStats]
    _form: Form = field(repr=False)
    confidence: Confidence = field(repr=False)
    left_out: tuple[str, ...] = ()  # sections without a score: not in their review or overall

    def to_json(self) -> dict:
        """The `scores --json` object of SPEC §7."""
        return {
            "overall": self.overall,
            "level": self.level,
            "reviews": self.reviews,
            "sections": self.sections,
            "topics": self.topics,
            "gaps": self.gaps,
            "coverage": self.coverage,
            "nps": self.nps,
            "respondents": self.respondents,
            "confidence": self.confidence.to_json(),
        }

    @property
    def not_applicable(self) -> tuple[str, ...]:
        """The items (section, topic, question ids) left out for the client: not asked, not
        expected, not scored (domain/applicability.py)."""
        return self._form.not_applicable

    def ranked_topics(self) -> list[tuple[str, float]]:
        """Topics with a score, weakest first."""
        scored = [(t, s) for t, s in self.topics.items() if s is not None]
        return sorted(scored, key=lambda ts: (ts[1], ts[0]))

    def explain(self, kind: str, key: str = "") -> Explanation:
        """What a number was made from. kind: overall, review, section, topic, gap, nps,
        coverage, level."""
        form = self._form
        if kind == "overall":
            parts = tuple(Part("review", r, v) for r, v in self.reviews.items())
            return Explanation(self.overall, "mean_of_reviews", parts, self.left_out)
        if kind == "level":
            parts = tuple(
                Part("threshold", k, v)
                for k, v in sorted(form.thresholds.items(), key=lambda kv: kv[1])
            )
            return Explanation(self.overall, "level_thresholds", parts)
        if kind == "review":
            review = next(r for r in form.reviews if r.id == key)
            parts = tuple(
                Part("section", s.id, self.sections[s.id])
                for s in review.sections
                if any(t.weight for t in s.topics)  # a section left out for the client: not
            )
            left_out = tuple(p.id for p in parts if p.value is None)
            return Explanation(self.reviews[key], "mean_of_sections", parts, left_out)
        if kind == "section":
            parts = tuple(
                Part("topic", t.id, self.topics[t.id], t.weight)
                for t in form.sections[key].topics
                if t.weight
            )
            left_out = tuple(p.id for p in parts if p.value is None)
            return Explanation(self.sections[key], "weighted_mean_of_topics", parts, left_out)
        if kind == "topic":
            topic = form.topics[key]
            roles = form.sections[topic.section_id].roles
            parts = tuple(
                Part(
                    "role",
                    role,
                    self.role_topics[key].get(role),
                    count=self.role_topic_counts[key].get(role, 0),
                )
                for role in roles
            )
            rule = "mean_of_roles" if len(roles) > 1 else "mean_of_respondents"
            return Explanation(self.topics[key], rule, parts)
        if kind == "gap":
            parts = tuple(
                Part("role", role, self.role_topics[key].get(role))
                for role in ("management", "employee")
            )
            return Explanation(self.gaps.get(key), "management_minus_employee", parts)
        if kind == "nps":
            promoters, passives, detractors = self.nps_counts
            return Explanation(
                self.nps,
                "promoters_minus_detractors",
                (
                    Part("promoters", "promoters", None, count=promoters),
                    Part("passives", "passives", None, count=passives),
                    Part("detractors", "detractors", None, count=detractors),
                ),
            )
        if kind == "coverage":
            return Explanation(
                self.coverage,
                "answered_over_expected",
                (
                    Part("answered", "answered", None, count=self.answered),
                    Part("expected", "expected", None, count=self.expected),
                ),
            )
        raise KeyError(f"nothing to explain for {kind!r}")


def score(
    form: Form, respondents: Iterable[tuple[str, str]], answers: Mapping[str, Mapping[str, str]]
) -> Scores:
    """Score a snapshot.

    respondents: (respondent id, role) pairs.
    answers: respondent id -> {question id: stored value}; blanks are simply absent.
    """
    respondents = sorted(respondents, key=lambda r: (str(r[0]), str(r[1])))
    by_role: dict[str, int] = defaultdict(int)
    # role -> topic index -> list of respondent topic scores (0..1)
    topic_ids = list(form.topics)
    per_role: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in topic_ids])
    q_sum: dict[str, float] = defaultdict(float)
    q_answered: dict[str, int] = defaultdict(int)
    q_na: dict[str, int] = defaultdict(int)
    q_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    answered = expected = 0
    # one entry per respondent topic score, for the confidence: respondent index, topic index
    e_resp, e_topic, e_score = array("l"), array("l"), array("d")
    topic_index = {t: i for i, t in enumerate(topic_ids)}
    promoters = passives = detractors = 0
    # Per role, each question's topic and a value -> normalised score table, worked out once:
    # a snapshot can have thousands of respondents and this loop is the hot path.
    plans: dict[str, tuple[dict[str, tuple[int, dict[str, float | None], bool]], int]] = {}
    for role in form.role_names:
        table: dict[str, tuple[int, dict[str, float | None], bool]] = {}
        for question in form.questions_for(role):
            lookup: dict[str, float | None] = {}
            if question.scored:
                for value, _label in question.answer_choices():
                    lookup[value] = question.normalise(value)
            table[question.id] = (
                topic_index[question.topic_id],
                lookup,
                question.scale.kind == "nps",
            )
        plans[role] = (table, sum(1 for t in table.values() if t[1]))

    for index, (rid, role) in enumerate(respondents):
        by_role[role] += 1
        plan = plans.get(role)
        if plan is None:
            continue
        table, scored_count = plan
        expected += scored_count
        role_lists = per_role[role]
        topic_values: dict[int, list[float]] = defaultdict(list)
        for qid, value in answers.get(rid, {}).items():
            entry = table.get(qid)
            if entry is None:
                continue  # not a question of this role (or of this form version)
            q_counts[qid][value] += 1
            if value == NA:
                q_na[qid] += 1
                continue
            slot, lookup, is_nps = entry
            normalised = lookup.get(value)
            if normalised is None:
                continue  # unscored (text, choice)
            answered += 1
            q_sum[qid] += normalised
            q_answered[qid] += 1
            topic_values[slot].append(normalised)
            if is_nps and role == "client":
                points = int(value)
                if points >= form.promoter_min:
                    promoters += 1
                elif points <= form.detractor_max:
                    detractors += 1
                else:
                    passives += 1
        for slot, values in topic_values.items():
            mean = sum(values) / len(values)
            role_lists[slot].append(mean)
            e_resp.append(index)
            e_topic.append(slot)
            e_score.append(mean)

    topics: dict[str, float | None] = {}
    role_scores: dict[str, dict[str, float | None]] = {}
    role_counts: dict[str, dict[str, int]] = {}
    gaps: dict[str, float | None] = {}
    for j, topic in enumerate(form.topics.values()):
        roles = form.sections[topic.section_id].roles
        role_scores[topic.id] = {r: _mean(per_role[r][j]) for r in roles}
        role_counts[topic.id] = {r: len(per_role[r][j]) for r in roles}
        topics[topic.id] = _mean(v for v in role_scores[topic.id].values() if v is not None)
        if len(roles) > 1 and {"management", "employee"} <= set(roles) and topic.weight:
            m, e = role_scores[topic.id]["management"], role_scores[topic.id]["employee"]
            gaps[topic.id] = None if m is None or e is None else m - e

    sections: dict[str, float | None] = {}
    for section in form.sections.values():
        weighted = [
            (score, t.weight)
            for t in section.topics
            if t.weight and (score := topics[t.id]) is not None
        ]
        total = sum(w for _, w in weighted)
        sections[section.id] = sum(s * w for s, w in weighted) / total if total else None
    reviews = {
        r.id: _mean(v for s in r.sections if (v := sections[s.id]) is not None)
        for r in form.reviews
    }
    overall = _mean(v for v in reviews.values() if v is not None)
    nps_total = promoters + passives + detractors
    overall_pct = _pct(overall)
    level = form.level_for(overall_pct)
    confidence = assess(
        form,
        Sample(
            roles=[role for _rid, role in respondents],
            entry_respondent=e_resp,
            entry_topic=e_topic,
            entry_score=e_score,
            topics=topics,
            gaps=gaps,
            sections=sections,
            reviews=reviews,
            overall=overall,
            level=level,
            nps_counts=(promoters, passives, detractors),
            question_answered=q_answered,
        ),
    )
    return Scores(
        form_version=form.version,
        overall=overall_pct,
        level=level,
        reviews={k: _pct(v) for k, v in reviews.items()},
        sections={k: _pct(v) for k, v in sections.items()},
        topics={k: _pct(v) for k, v in topics.items()},
        role_topics={t: {r: _pct(v) for r, v in rs.items()} for t, rs in role_scores.items()},
        role_topic_counts=role_counts,
        gaps={k: _pct(v) for k, v in gaps.items()},
        coverage=answered / expected if expected else None,
        answered=answered,
        expected=expected,
        nps=(promoters - detractors) * 100.0 / nps_total if nps_total else None,
        nps_counts=(promoters, passives, detractors),
        respondents=len(respondents),
        respondents_by_role=dict(by_role),
        questions={
            q.id: QuestionStats(
                q_answered[q.id],
                q_na[q.id],
                _pct(q_sum[q.id] / q_answered[q.id]) if q_answered[q.id] else None,
                dict(q_counts[q.id]),
            )
            for q in form.questions.values()
        },
        _form=form,
        confidence=confidence,
        left_out=confidence.sections_missing,
    )
