"""How sure a snapshot's scores are (SPEC §8 "every score carries its confidence").

Worked out once, here, from the same respondent topic scores the scoring engine averages;
screens, reports and `scores --json` only show it. No Qt.

The interval: a stratified t-interval from a linearisation (delta method)
-------------------------------------------------------------------------
Every score of SPEC §4 is a fixed linear combination of *role topic means*
R[h, t] = mean of the respondent topic scores of role h for topic t (a topic answered by two
roles is the mean of the two; a section weighs its topics by their weights, `Topic.weight`;
reviews and the overall are plain means), the combination fixed by which parts have a score.
Question weights (docs/forms.md "Question weights") are constants of the form: they are
already inside each respondent topic score s[i, t] (the weighted mean of the respondent's
answers, as scoring.Tally makes it) and in the topic weights, so the interval is the
interval of the weighted score that is printed, by the same formula; nothing here is
weighted again. Coverage (per section, for the indicative mark) counts answers: unweighted.
Each
role topic mean is a ratio (sum of scores / number of respondents who answered), so a
respondent i of role h moves it by z[i, t] = (s[i, t] - R[h, t]) / D[h, t] (D: respondents
of h with a score for t). For a score X = sum c[h, t] R[h, t], respondent i's share is
u[i] = sum_t c[h, t] z[i, t]. The roles are separate samples (strata: sections are answered
by different roles, and the overall combines the reviews), so

    var(X) = sum over roles h of  n_h / (n_h - 1) * sum_{i in h} u[i]^2,

n_h = respondents of h who have a score in X. For one topic of one role this is exactly the
textbook s^2 / n of a mean. The interval is X +/- t(q, df) * sqrt(var(X)), t with
Satterthwaite's degrees of freedom, df = var^2 / sum_h (v_h^2 / (n_h - 1)), rounded down
(conservative), q = (1 + interval) / 2, then limited to 0..100 (gaps: -100..100).

Why not a bootstrap: this is the same every time by construction (no seed; respondents are
taken in id order, so their order does not matter), costs one pass over the respondent topic
scores (linear up to 100,000 respondents), is honest at this app's small groups (3 managers:
t with 2 df is wide; a bootstrap of 3 is too narrow and lumpy), and no resample can make a
topic vanish and change the formula. It assumes near-normal scores: hence the thin-role rule.

Undefined (None): a score without a value, or one that draws on a role with a single
respondent (no spread can be measured from one person). A one-respondent snapshot has no
interval and its level is indicative. Every respondent giving the same answers gives a
zero-width interval (and the thin-role rule still applies).

NPS margin of error: with p = promoters / n and d = detractors / n,
var = (p + d - (p - d)^2) / n and MoE = z * sqrt(var) * 100 points (z = 1.96 for 95 %); the
standard error of a difference of two proportions of one sample. None when n = 0.

Indicative level (rules from the form file, scoring.confidence): the level's interval crosses
a level threshold (or cannot be worked out), a role has fewer answering respondents than
min_respondents_per_role (none at all: missing), a section has no answers, or a section's
coverage is below min_section_coverage. Reasons are codes ("interval_crosses_threshold",
"interval_undefined", "missing_role:client", "thin_role:client", "section_missing:2.1",
"low_coverage:2.1"); `reason_messages()` words them.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import ConfidenceRules, Form
from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue, message

if TYPE_CHECKING:
    import numpy as np

METHOD = "stratified_t_interval"
Interval = tuple[float, float]

MESSAGES = catalogue(
    {
        "confidence.method": QT_TRANSLATE_NOOP(
            "Messages",
            "Each score has a {interval} % confidence interval: if the survey were repeated "
            "many times with other people from the same groups, {interval} out of 100 such "
            "ranges would hold the true score. It comes from how much the "
            "respondents' own scores differ, worked out separately for management, "
            "employees and customers and combined the same way as the score (a t-interval with "
            "Satterthwaite's degrees of freedom, kept within 0–100). A group with only one "
            "respondent gives no interval. The NPS margin of error is {z} × √((p + d − (p − "
            "d)²) ÷ n) × 100 points, where p and d are the shares of promoters and "
            "detractors among the n answers. A level is marked indicative when its interval "
            "crosses a level threshold or cannot be worked out, when a section has no answers "
            "or less than {coverage} % of its expected answers, or when fewer than "
            "{management} managers, {employee} employees or {client} customers answered.",
        ),
        "confidence.role.management": QT_TRANSLATE_NOOP("Messages", "management"),
        "confidence.role.employee": QT_TRANSLATE_NOOP("Messages", "employees"),
        "confidence.role.client": QT_TRANSLATE_NOOP("Messages", "customers"),
        "confidence.reason.interval_crosses_threshold": QT_TRANSLATE_NOOP(
            "Messages", "The interval of the overall score crosses a level threshold."
        ),
        "confidence.reason.interval_undefined": QT_TRANSLATE_NOOP(
            "Messages",
            "The overall score has no interval: a group it uses has only one respondent.",
        ),
        "confidence.reason.missing_role": QT_TRANSLATE_NOOP(
            "Messages", "No respondents from {role} answered."
        ),
        "confidence.reason.thin_role": QT_TRANSLATE_NOOP(
            "Messages", "Respondents from {role}: {count}, fewer than the {minimum} wanted."
        ),
        "confidence.reason.section_missing": QT_TRANSLATE_NOOP(
            "Messages", "Section {section} has no answers and is left out of the score."
        ),
        "confidence.reason.low_coverage": QT_TRANSLATE_NOOP(
            "Messages",
            "Section {section} has {coverage} % of its expected answers "
            "(at least {minimum} % wanted).",
        ),
    }
)


def method_text(rules: ConfidenceRules) -> Message:
    """How the intervals and the indicative mark are made, with the form's numbers
    (`str()` is English; views and reports render it in their language)."""
    minimum = rules.min_respondents_per_role
    return message(
        "confidence.method",
        interval=_percent(rules.interval),
        z=f"{z_value(rules.interval):.2f}",
        coverage=_percent(rules.min_section_coverage),
        management=minimum.get("management", 0),
        employee=minimum.get("employee", 0),
        client=minimum.get("client", 0),
    )


def _percent(share: float) -> str:
    return f"{share * 100:g}"


@dataclass(frozen=True)
class Spread:
    """The spread of respondent-level scores (0-100): each respondent's own score worked out
    from their answers alone with the §4 formula (question and topic weights included). sd
    and quartiles None where undefined."""

    n: int
    sd: float | None
    q1: float | None
    median: float | None
    q3: float | None

    @property
    def iqr(self) -> float | None:
        return None if self.q1 is None or self.q3 is None else self.q3 - self.q1

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Confidence:
    rules: ConfidenceRules
    overall_ci: Interval | None
    reviews_ci: dict[str, Interval | None]
    sections_ci: dict[str, Interval | None]
    topics_ci: dict[str, Interval | None]
    gaps_ci: dict[str, Interval | None]
    nps_moe: float | None  # points
    level_indicative: bool
    indicative_reasons: tuple[str, ...]
    respondents_by_role: dict[str, int]  # registered
    answering_by_role: dict[str, int]  # with at least one scored answer
    sections_n: dict[str, dict[str, int]]  # section -> role -> respondents with a score
    section_coverage: dict[str, float | None]  # 0..1
    sections_missing: tuple[str, ...]
    spread_overall: Spread
    spread_by_role: dict[str, Spread]
    spread_sections: dict[str, Spread]
    method: str = METHOD

    def method_text(self) -> Message:
        return method_text(self.rules)

    def reason_messages(self) -> list[Message]:
        """The indicative reasons, worded."""
        out = []
        for code in self.indicative_reasons:
            kind, _, key = code.partition(":")
            if kind in ("missing_role", "thin_role"):
                role = message(f"confidence.role.{key}")
                out.append(
                    message(
                        f"confidence.reason.{kind}",
                        role=role,
                        count=self.answering_by_role.get(key, 0),
                        minimum=self.rules.min_respondents_per_role.get(key, 0),
                    )
                )
            elif kind == "low_coverage":
                out.append(
                    message(
                        "confidence.reason.low_coverage",
                        section=key,
                        coverage=f"{(self.section_coverage.get(key) or 0) * 100:.0f}",
                        minimum=_percent(self.rules.min_section_coverage),
                    )
                )
            elif kind == "section_missing":
                out.append(message("confidence.reason.section_missing", section=key))
            else:
                out.append(message(f"confidence.reason.{kind}"))
        return out

    def to_json(self) -> dict:
        def ci(value: Interval | None) -> list[float] | None:
            return None if value is None else [value[0], value[1]]

        return {
            "method": self.method,
            "interval": self.rules.interval,
            "overall_ci": ci(self.overall_ci),
            "reviews_ci": {k: ci(v) for k, v in self.reviews_ci.items()},
            "sections_ci": {k: ci(v) for k, v in self.sections_ci.items()},
            "topics_ci": {k: ci(v) for k, v in self.topics_ci.items()},
            "gaps_ci": {k: ci(v) for k, v in self.gaps_ci.items()},
            "nps_moe": self.nps_moe,
            "level_indicative": self.level_indicative,
            "indicative_reasons": list(self.indicative_reasons),
            "respondents_by_role": dict(self.respondents_by_role),
            "answering_by_role": dict(self.answering_by_role),
            "sections_n": {k: dict(v) for k, v in self.sections_n.items()},
            "section_coverage": dict(self.section_coverage),
            "sections_missing": list(self.sections_missing),
            "spread": {
                "overall": self.spread_overall.to_json(),
                "roles": {k: v.to_json() for k, v in self.spread_by_role.items()},
                "sections": {k: v.to_json() for k, v in self.spread_sections.items()},
            },
            "rules": self.rules.to_json(),
        }


# --- small statistics ------------------------------------------------------------------


def z_value(interval: float) -> float:
    """The two-sided normal quantile: 1.95996… for 0.95."""
    return NormalDist().inv_cdf((1 + interval) / 2)


def nps_margin(
    promoters: int, passives: int, detractors: int, interval: float = 0.95
) -> float | None:
    """The NPS margin of error in points; None without answers."""
    n = promoters + passives + detractors
    if n == 0:
        return None
    p, d = promoters / n, detractors / n
    var = max(0.0, p + d - (p - d) ** 2) / n
    return z_value(interval) * math.sqrt(var) * 100.0


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, eps = 1e-300, 1e-15
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + aa / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < eps:
            break
    return h


def _betai(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


@lru_cache(maxsize=512)
def t_quantile(interval: float, df: int) -> float:
    """The two-sided Student t quantile (12.706 for 0.95 and 1 df, 2.228 for 10 df)."""
    alpha = 1.0 - interval
    if df >= 1000:  # Cornish-Fisher expansion (Abramowitz & Stegun 26.7.5): < 1e-9 here
        z = z_value(interval)
        g1 = (z**3 + z) / 4
        g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
        g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
        return z + g1 / df + g2 / df**2 + g3 / df**3

    def tail(t: float) -> float:  # P(|T| > t)
        return _betai(df / 2.0, 0.5, df / (df + t * t))

    low, high = 0.0, 2.0
    while tail(high) > alpha:
        low, high = high, high * 2.0
    for _ in range(100):
        mid = (low + high) / 2.0
        if tail(mid) > alpha:
            low = mid
        else:
            high = mid
        if high - low < 1e-12 * high:
            break
    return (low + high) / 2.0


def _interval(
    point: float | None,
    v: Sequence[float],
    n: Sequence[int],
    interval: float,
    bounds: tuple[float, float] = (0.0, 100.0),
) -> Interval | None:
    """point (0..1) +/- t * sqrt(sum v) on 0..100; v, n: per role variance part and
    respondents (roles with none left out). None if undefined."""
    if point is None or not n or any(k < 2 for k in n):
        return None
    total = sum(v)
    x = point * 100.0
    if total > 0:
        df = total * total / sum(vh * vh / (k - 1) for vh, k in zip(v, n, strict=True))
        half = t_quantile(interval, max(1, math.floor(df + 1e-9))) * math.sqrt(total) * 100.0
    else:
        half = 0.0
    low, high = bounds
    return (min(x, max(low, x - half)), max(x, min(high, x + half)))


def _spread(values: np.ndarray) -> Spread:
    import numpy as np

    n = int(values.size)
    if n == 0:
        return Spread(0, None, None, None, None)
    ordered = np.sort(values)
    q1, median, q3 = (_quantile(ordered, p) * 100.0 for p in (0.25, 0.5, 0.75))
    sd = float(np.std(values, ddof=1)) * 100.0 if n > 1 else None
    return Spread(n, sd, q1, median, q3)


def _quantile(ordered: np.ndarray, p: float) -> float:
    """np.percentile's default ("linear") quantile of sorted values, to the last bit (its
    formula, interpolated from the nearer end): np.percentile imports numpy.ma, ~47 ms on
    the UI thread the first time a snapshot is scored."""
    h = (ordered.size - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, ordered.size - 1)
    a, b, t = float(ordered[lo]), float(ordered[hi]), h - lo
    return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t


# --- the whole snapshot ------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """What the scoring engine hands over. Scores are 0..1 (scoring's internal scale).

    entries: one per (respondent, topic) with a respondent topic score: the respondent's index
    in `roles` (respondents in id order), the topic's index in form.topics, and the score."""

    roles: Sequence[str]
    entry_respondent: Sequence[int] | np.ndarray
    entry_topic: Sequence[int] | np.ndarray
    entry_score: Sequence[float] | np.ndarray
    topics: Mapping[str, float | None]
    gaps: Mapping[str, float | None]
    sections: Mapping[str, float | None]
    reviews: Mapping[str, float | None]
    overall: float | None
    level: str | None
    nps_counts: tuple[int, int, int]
    question_answered: Mapping[str, int]


def assess(form: Form, sample: Sample) -> Confidence:
    """The confidence of every score of a snapshot (see the module docstring)."""
    import numpy as np

    rules = form.confidence
    role_ids = list(dict.fromkeys([*form.role_names, *sample.roles]))
    rix = {r: i for i, r in enumerate(role_ids)}
    topic_ids, section_ids = list(form.topics), list(form.sections)
    n, nr, nt, ns = len(sample.roles), len(role_ids), len(topic_ids), len(section_ids)
    sec_of_topic = np.array(
        [section_ids.index(form.topics[t].section_id) for t in topic_ids], dtype=np.intc
    )
    weight = np.array([form.topics[t].weight for t in topic_ids], dtype=float)
    # 32-bit indexes: a big snapshot has millions of entries, and each index array below
    # is one of them long (sizes stay far below 2**31: respondents x sections, roles x topics)
    resp_role = np.fromiter((rix[r] for r in sample.roles), dtype=np.intc, count=n)
    e_r = np.asarray(sample.entry_respondent).astype(np.intc, copy=False)
    e_t = np.asarray(sample.entry_topic).astype(np.intc, copy=False)
    e_s = np.asarray(sample.entry_score, dtype=float)
    ht = resp_role[e_r] * nt + e_t  # the entry's (role, topic) cell
    cell = e_r * ns + sec_of_topic[e_t]  # the entry's (respondent, section) cell

    # per role and topic: respondents D, mean R, each entry's z, and n/(n-1) * sum z^2
    count = _sum(ht, None, nr * nt).reshape(nr, nt)
    mean = _ratio(_sum(ht, e_s, nr * nt).reshape(nr, nt), count)
    z = (e_s - mean.ravel()[ht]) / count.ravel()[ht]
    var_ht = _ratio(_sum(ht, z * z, nr * nt).reshape(nr, nt) * count, count - 1)
    # how each role topic mean enters its topic and its section (the §4 structure)
    defined = count > 0
    role_weight = defined / np.maximum(defined.sum(axis=0), 1)  # a topic: mean of its roles
    scored_weight = weight * (defined.any(axis=0) & (weight > 0))
    topic_coef = _ratio(scored_weight, _sum(sec_of_topic, scored_weight, ns)[sec_of_topic])

    interval = rules.interval
    topics_ci = {
        tid: _interval(
            sample.topics.get(tid),
            *_by_role(var_ht[:, j] * role_weight[:, j] ** 2, count[:, j]),
            interval,
        )
        for j, tid in enumerate(topic_ids)
    }
    pick = [rix["management"], rix["employee"]]
    gaps_ci = {
        tid: _interval(gap, *_by_role(var_ht[pick, j], count[pick, j]), interval, (-100.0, 100.0))
        for tid, gap in sample.gaps.items()
        for j in [topic_ids.index(tid)]
    }

    # each respondent's share u in each section score; reviews and the overall mix them
    share = _sum(cell, role_weight.ravel()[ht] * topic_coef[e_t] * z, n * ns).reshape(n, ns)
    in_section = _sum(cell, None, n * ns).reshape(n, ns) > 0
    mixes = [np.eye(ns)[c] for c in range(ns)]
    for review in form.reviews:
        cols = [
            section_ids.index(s.id) for s in review.sections if sample.sections[s.id] is not None
        ]
        mix = np.zeros(ns)
        mix[cols] = 1.0 / len(cols) if cols else 0.0
        mixes.append(mix)
    scored = [
        m for m, r in zip(mixes[ns:], form.reviews, strict=True) if sample.reviews[r.id] is not None
    ]
    mixes.append(sum(scored) / len(scored) if scored else np.zeros(ns))
    points = [sample.sections[s] for s in section_ids]
    points += [sample.reviews[r.id] for r in form.reviews] + [sample.overall]
    cis = []
    for point, mix in zip(points, mixes, strict=True):
        u = (share * mix).sum(axis=1)
        k = _sum(resp_role, (in_section & (mix > 0)).any(axis=1), nr)
        v = _ratio(_sum(resp_role, u * u, nr) * k, k - 1)
        cis.append(_interval(point, *_by_role(v, k), interval))

    registered = dict.fromkeys(role_ids, 0)
    for role in sample.roles:
        registered[role] += 1
    answering_n = _sum(resp_role, _sum(e_r, None, n) > 0, nr)
    answering = {r: int(answering_n[rix[r]]) for r in role_ids}
    sections_n, coverage = {}, {}
    for c, sid in enumerate(section_ids):
        section = form.sections[sid]
        by = _sum(resp_role, in_section[:, c], nr)
        sections_n[sid] = {r: int(by[rix[r]]) for r in section.roles}
        questions = [q.id for q in section.questions if q.scored]
        expected = sum(registered.get(r, 0) for r in section.roles) * len(questions)
        given = sum(sample.question_answered.get(q, 0) for q in questions)
        coverage[sid] = given / expected if expected else None
    # a section without a scored question (all of it left out for the client) is not missing
    missing = tuple(
        s
        for s in section_ids
        if sample.sections[s] is None and any(t.weight for t in form.sections[s].topics)
    )

    # each respondent's own section scores, their own review and overall (the spread)
    own_w = _sum(cell, weight[e_t], n * ns).reshape(n, ns)
    own = _ratio(_sum(cell, weight[e_t] * e_s, n * ns).reshape(n, ns), own_w)
    has = own_w > 0
    review_sum, reviews_had = np.zeros(n), np.zeros(n)
    for review in form.reviews:
        cols = [section_ids.index(s.id) for s in review.sections]
        review_sum += _ratio(own[:, cols].sum(axis=1), has[:, cols].sum(axis=1).astype(float))
        reviews_had += has[:, cols].any(axis=1)
    own_overall = _ratio(review_sum, reviews_had)
    got = reviews_had > 0

    overall_ci = cis[-1]
    reasons = _reasons(form, sample, overall_ci, answering, coverage, missing)
    return Confidence(
        rules=rules,
        overall_ci=overall_ci,
        reviews_ci={r.id: ci for r, ci in zip(form.reviews, cis[ns:-1], strict=True)},
        sections_ci=dict(zip(section_ids, cis[:ns], strict=True)),
        topics_ci=topics_ci,
        gaps_ci=gaps_ci,
        nps_moe=nps_margin(*sample.nps_counts, interval=interval),
        level_indicative=sample.level is not None and bool(reasons),
        indicative_reasons=reasons,
        respondents_by_role=registered,
        answering_by_role=answering,
        sections_n=sections_n,
        section_coverage=coverage,
        sections_missing=missing,
        spread_overall=_spread(own_overall[got]),
        spread_by_role={r: _spread(own_overall[got & (resp_role == rix[r])]) for r in role_ids},
        spread_sections={sid: _spread(own[has[:, c], c]) for c, sid in enumerate(section_ids)},
    )


def _sum(index: np.ndarray, weights: np.ndarray | None, size: int) -> np.ndarray:
    """np.bincount as floats (an empty snapshot's bincount is of integers)."""
    import numpy as np

    return np.bincount(index, weights, size).astype(float, copy=False)


def _ratio(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    """top / bottom, 0 where bottom is not positive."""
    import numpy as np

    return np.divide(top, bottom, out=np.zeros(np.shape(top)), where=bottom > 0)


def _by_role(v: np.ndarray, k: np.ndarray) -> tuple[list[float], list[int]]:
    """The variance parts and respondent counts of the roles that have respondents."""
    keep = k > 0
    return [float(x) for x in v[keep]], [int(x) for x in k[keep]]


def _reasons(
    form: Form,
    sample: Sample,
    overall_ci: Interval | None,
    answering: Mapping[str, int],
    coverage: Mapping[str, float | None],
    missing: Sequence[str],
) -> tuple[str, ...]:
    rules = form.confidence
    reasons = []
    if sample.overall is not None:
        if overall_ci is None:
            reasons.append("interval_undefined")
        elif form.level_for(overall_ci[0]) != form.level_for(overall_ci[1]):
            reasons.append("interval_crosses_threshold")
    asked = (s for s in form.sections.values() if any(t.weight for t in s.topics))
    for role in dict.fromkeys(r for s in asked for r in s.roles):
        got, minimum = answering.get(role, 0), rules.min_respondents_per_role.get(role, 1)
        if got == 0:
            reasons.append(f"missing_role:{role}")
        elif got < minimum:
            reasons.append(f"thin_role:{role}")
    reasons += [f"section_missing:{s}" for s in missing]
    for sid, share in coverage.items():
        if sid not in missing and share is not None and share < rules.min_section_coverage:
            reasons.append(f"low_coverage:{sid}")
    return tuple(reasons)
