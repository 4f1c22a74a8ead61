"""The scoring engine of SPEC §4. Plain Python: no Qt, no database.

Question weights (docs/forms.md "Question weights"): a respondent's topic score is the mean
of their normalised answers weighted by the answered questions' weights, and a topic weighs
in its section the sum of its scored questions' weights (`Topic.weight`). Every weight 1 is
SPEC §4 as written. Coverage and the per-question statistics stay counts (unweighted).

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
from itertools import repeat

from csmm_desktop.domain.confidence import Confidence, Sample, assess
from csmm_desktop.domain.form import NA, Form, PerForm


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
    def weighted(self) -> bool:
        """Whether the form gives a scored question a weight other than 1."""
        return self._form.weighted

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


# --- the computation ------------------------------------------------------------------
#
# Every number of SPEC §4 depends on two things only: how many times each stored value
# was given to each question (per role: N/A, scored values, NPS points) and each
# respondent's topic scores (the mean of their normalised answers to a topic, weighted by
# the questions' weights when the form gives any: docs/forms.md "Question weights"). `Tally`
# works both out from answers fed to it a chunk of respondents at a time, as *tokens*
# "question id US value" (US = \x1f), with numpy and never a Python loop per answer, so
# a snapshot of 100,000 respondents is scored in bounded memory: `score()` below feeds it
# from Python dicts, services/score_sql.py from one SQL pass over the store. Both feed the
# same tokens in the same order, so the two give the very same numbers.

SEP = "\x1f"  # between a token's question id and its value
CHUNK = 1000  # respondents per chunk (bounds the memory): their sums are added in this order


class Plan:
    """A form's answers as integer codes: one per (question, stored value) a question can
    hold (its choices and N/A; free text has none), with what each code means. Read
    only once made: `of` shares one per form (the start scored four snapshots of one form,
    building it four times, ~4 ms each)."""

    @classmethod
    def of(cls, form: Form) -> Plan:
        return _PLANS.get(form, lambda: cls(form))

    def __init__(self, form: Form):
        import numpy as np

        self.form = form
        self.qids = list(form.questions)
        q_index = {q: i for i, q in enumerate(self.qids)}
        self.q_index = q_index
        self.topic_ids = list(form.topics)
        topic_index = {t: i for i, t in enumerate(self.topic_ids)}
        self.roles = list(form.role_names)
        self.role_index = {r: i for i, r in enumerate(self.roles)}
        nq = len(self.qids)
        self.q_topic = np.array(
            [topic_index[form.questions[q].topic_id] for q in self.qids], dtype=np.intp
        )
        # each question's weight in its respondent topic scores (1 unless the form says)
        self.q_weight = np.array([form.questions[q].weight for q in self.qids], dtype=float)
        self.in_role = np.zeros((len(self.roles) + 1, nq), dtype=bool)  # last row: no role
        self.role_questions: list[frozenset[str]] = []
        self.expected: list[int] = []
        for r, role in enumerate(self.roles):
            questions = form.questions_for(role)
            self.in_role[r, [q_index[q.id] for q in questions]] = True
            self.role_questions.append(frozenset(q.id for q in questions))
            self.expected.append(sum(1 for q in questions if q.scored))
        self.role_questions.append(frozenset())
        self.expected.append(0)
        self.token: dict[str, int] = {}
        code_q: list[int] = []
        values: list[str] = []
        norm: list[float] = []
        nps: list[int] = []
        for qi, qid in enumerate(self.qids):
            question = form.questions[qid]
            choices = [] if question.scale.kind == "text" else question.answer_choices()
            for value in [NA, *(v for v, _label in choices)]:
                self.token[qid + SEP + value] = len(code_q)
                code_q.append(qi)
                values.append(value)
                scored = question.normalise(value) if question.scored else None
                norm.append(np.nan if scored is None else scored)
                kind = 0
                if scored is not None and question.scale.kind == "nps":
                    points = int(value)
                    kind = (
                        1
                        if points >= form.promoter_min
                        else 3
                        if points <= form.detractor_max
                        else 2
                    )
                nps.append(kind)
        self.code_q = np.array(code_q, dtype=np.intp)
        self.code_value = values
        self.code_norm = np.array(norm, dtype=float)
        self.code_scored = ~np.isnan(self.code_norm)
        self.code_na = np.array([v == NA for v in values], dtype=bool)
        self.code_nps = np.array(nps, dtype=np.intp)
        self.client = self.role_index.get("client", -1)


_PLANS: PerForm[Plan] = PerForm(kept=16)  # forms come and go (custom, tailored ones)


class Tally:
    """What the scores are made from, added up a chunk of respondents at a time (respondents
    in id order across the chunks)."""

    def __init__(self, form: Form):
        import numpy as np

        self.plan = plan = Plan.of(form)
        self.roles: list[str] = []  # each respondent's role, in id order
        self.code_counts = np.zeros(len(plan.code_q), dtype=np.int64)
        self.nps_counts = np.zeros(4, dtype=np.int64)
        self.q_sum = np.zeros(len(plan.qids))
        self.other: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        # each respondent topic score: the respondent's index, the topic's index, the score;
        # compact arrays grown chunk by chunk (a big snapshot has millions of them)
        self.e_resp, self.e_topic, self.e_score = array("i"), array("i"), array("d")
        self.expected = 0

    def add(self, roles: list[str], counts: list[int], tokens: list[str]) -> None:
        """One chunk: the respondents' roles, how many tokens each has, and their tokens in
        that order."""
        import numpy as np

        plan = self.plan
        first = len(self.roles)
        self.roles.extend(roles)
        k, nt = len(roles), len(plan.topic_ids)
        unknown_role = len(plan.roles)
        role_ix = np.fromiter(
            (plan.role_index.get(r, unknown_role) for r in roles), dtype=np.intp, count=k
        )
        self.expected += int(np.asarray(plan.expected)[role_ix].sum()) if k else 0
        n = len(tokens)
        codes = np.fromiter(map(plan.token.get, tokens, repeat(-1)), dtype=np.intp, count=n)
        who = np.repeat(np.arange(k, dtype=np.intp), counts)
        unknown = np.flatnonzero(codes < 0)
        if unknown.size:  # free text, and values no question holds
            for i in unknown.tolist():
                qid, _sep, value = tokens[i].partition(SEP)
                if qid in plan.role_questions[role_ix[who[i]]]:
                    self.other[qid][value] += 1
        known = codes >= 0
        codes, who = codes[known], who[known]
        qi = plan.code_q[codes]
        mine = plan.in_role[role_ix[who], qi]  # not a question of their role: left out
        codes, who, qi = codes[mine], who[mine], qi[mine]
        self.code_counts += np.bincount(codes, minlength=len(plan.code_q))
        scored = plan.code_scored[codes]
        codes, who, qi = codes[scored], who[scored], qi[scored]
        norm = plan.code_norm[codes]
        self.q_sum += np.bincount(qi, norm, len(plan.qids))
        if plan.client >= 0:
            client = role_ix[who] == plan.client
            self.nps_counts += np.bincount(plan.code_nps[codes[client]], minlength=4)
        # each respondent topic score: the weighted mean of their normalised answers, the
        # weights those of the questions answered (all 1: the plain mean, to the last bit,
        # since x × 1.0 and the float sum of n ones are exact)
        cell = who * nt + plan.q_topic[qi]
        weight = plan.q_weight[qi]
        total = np.bincount(cell, norm * weight, k * nt)
        given = np.bincount(cell, weight, k * nt)
        has = np.flatnonzero(given)  # weights are > 0: what has a weight has an answer
        self.e_resp.frombytes((has // nt + first).astype(np.intc).tobytes())
        self.e_topic.frombytes((has % nt).astype(np.intc).tobytes())
        self.e_score.frombytes((total[has] / given[has]).tobytes())

    def scores(self) -> Scores:
        return _scores(self)


def score(
    form: Form, respondents: Iterable[tuple[str, str]], answers: Mapping[str, Mapping[str, str]]
) -> Scores:
    """Score a snapshot.

    respondents: (respondent id, role) pairs.
    answers: respondent id -> {question id: stored value}; blanks are simply absent.
    """
    respondents = sorted(respondents, key=lambda r: (str(r[0]), str(r[1])))
    tally = Tally(form)
    for start in range(0, len(respondents), CHUNK):
        chunk = respondents[start : start + CHUNK]
        counts: list[int] = []
        tokens: list[str] = []
        for rid, _role in chunk:
            given = answers.get(rid, {})
            counts.append(len(given))
            tokens.extend(qid + SEP + value for qid, value in given.items())
        tally.add([role for _rid, role in chunk], counts, tokens)
    return tally.scores()


def _scores(tally: Tally) -> Scores:
    import numpy as np

    plan, form = tally.plan, tally.plan.form
    roles = tally.roles
    nr, nt = len(plan.roles) + 1, len(plan.topic_ids)
    by_role: dict[str, int] = defaultdict(int)
    for role in roles:
        by_role[role] += 1
    e_resp = np.frombuffer(tally.e_resp, dtype=np.intc)
    e_topic = np.frombuffer(tally.e_topic, dtype=np.intc)
    e_score = np.frombuffer(tally.e_score, dtype=float)
    unknown_role = len(plan.roles)
    resp_role = np.fromiter(
        (plan.role_index.get(r, unknown_role) for r in roles), dtype=np.intp, count=len(roles)
    )
    cell = resp_role[e_resp] * nt + e_topic
    role_total = np.bincount(cell, e_score, nr * nt).reshape(nr, nt)
    role_given = np.bincount(cell, minlength=nr * nt).reshape(nr, nt)
    del cell

    topics: dict[str, float | None] = {}
    role_scores: dict[str, dict[str, float | None]] = {}
    role_counts: dict[str, dict[str, int]] = {}
    gaps: dict[str, float | None] = {}
    for j, topic in enumerate(form.topics.values()):
        roles_of = form.sections[topic.section_id].roles
        scores_of, counts_of = {}, {}
        for r in roles_of:
            h = plan.role_index.get(r, unknown_role)
            given = int(role_given[h, j])
            counts_of[r] = given
            scores_of[r] = float(role_total[h, j]) / given if given else None
        role_scores[topic.id], role_counts[topic.id] = scores_of, counts_of
        topics[topic.id] = _mean(v for v in scores_of.values() if v is not None)
        if len(roles_of) > 1 and {"management", "employee"} <= set(roles_of) and topic.weight:
            m, e = scores_of["management"], scores_of["employee"]
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

    counts = tally.code_counts
    q_counts: dict[str, dict[str, int]] = {q: {} for q in plan.qids}
    for code in np.flatnonzero(counts).tolist():
        q_counts[plan.qids[plan.code_q[code]]][plan.code_value[code]] = int(counts[code])
    for qid, values in tally.other.items():
        q_counts[qid].update(values)
    q_na = np.bincount(plan.code_q[plan.code_na], counts[plan.code_na], len(plan.qids))
    q_answered = np.bincount(
        plan.code_q[plan.code_scored], counts[plan.code_scored], len(plan.qids)
    ).astype(np.int64)
    answered = int(q_answered.sum())
    question_answered = {q: int(q_answered[i]) for i, q in enumerate(plan.qids)}
    _none, promoters, passives, detractors = (int(x) for x in tally.nps_counts)
    nps_total = promoters + passives + detractors
    overall_pct = _pct(overall)
    level = form.level_for(overall_pct)
    confidence = assess(
        form,
        Sample(
            roles=roles,
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
            question_answered=question_answered,
        ),
    )
    expected = tally.expected
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
        respondents=len(roles),
        respondents_by_role=dict(by_role),
        questions={
            qid: QuestionStats(
                question_answered[qid],
                int(q_na[i]),
                _pct(float(tally.q_sum[i]) / question_answered[qid])
                if question_answered[qid]
                else None,
                q_counts[qid],
            )
            for i, qid in enumerate(plan.qids)
        },
        _form=form,
        confidence=confidence,
        left_out=confidence.sections_missing,
    )
