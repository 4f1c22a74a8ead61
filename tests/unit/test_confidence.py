"""The confidence of the scores (domain/confidence.py), worked out by hand on the small form
of test_scoring: intervals, NPS margin of error, the indicative level and what is left out."""

import dataclasses
import json
import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csmm_desktop.domain.confidence import method_text, nps_margin, t_quantile
from csmm_desktop.domain.form import ConfidenceRules, FormError, load_form, parse_form
from csmm_desktop.domain.scoring import score
from tests.unit.test_scoring import small_form

FORM = small_form()  # sections 1.1 (management), 1.2 (employee + management), 2.1 (client)
LOOSE = dataclasses.replace(  # every role is "enough" with 2, coverage never too low
    FORM, confidence=ConfidenceRules({"management": 2, "employee": 2, "client": 2}, 0.0, 0.95)
)


def respondents(**roles):
    """respondents(management=["M1"], client=["C1", "C2"]) -> [(id, role), ...]"""
    return [(rid, role) for role, ids in roles.items() for rid in ids]


def test_t_quantiles_match_the_tables():
    table = {1: 12.7062, 2: 4.3027, 3: 3.1824, 5: 2.5706, 10: 2.2281, 30: 2.0423, 1000: 1.9623}
    for df, t in table.items():
        assert t_quantile(0.95, df) == pytest.approx(t, abs=1e-4)
    assert t_quantile(0.90, 5) == pytest.approx(2.0150, abs=1e-4)
    assert t_quantile(0.95, 10**6) == pytest.approx(1.95996, abs=1e-5)


def test_nps_margin_of_error_by_hand():
    # 10 answers: 5 promoters, 3 passives, 2 detractors. p = .5, d = .2
    # var = (p + d - (p - d)^2) / n = (.7 - .09) / 10 = .061 ; sqrt = .246982
    # MoE = 1.959964 * .246982 * 100 = 48.41 points
    assert nps_margin(5, 3, 2) == pytest.approx(48.407, abs=1e-3)
    assert nps_margin(0, 0, 0) is None
    assert nps_margin(4, 0, 0) == 0.0  # everyone a promoter: no spread at all
    # the same through score(): ten clients answering only the 0-10 question
    points = ["10", "9", "9", "10", "9", "7", "8", "8", "3", "6"]
    people = respondents(client=[f"C{i}" for i in range(10)])
    answers = {f"C{i}": {"2.1.1-2": p} for i, p in enumerate(points)}
    scores = score(FORM, people, answers)
    assert scores.nps == pytest.approx(30.0)
    assert scores.confidence.nps_moe == pytest.approx(48.407, abs=1e-3)
    assert scores.to_json()["confidence"]["nps_moe"] == scores.confidence.nps_moe


def test_one_topic_of_one_role_is_the_textbook_t_interval():
    # six clients answer only 2.1.1-1 (satisfaction 1-5): 4 4 3 3 5 4
    # scores .75 .75 .5 .5 1 .75, mean .708333 (section 2.1 = its one scored topic)
    # squared deviations sum .177083; s^2 = .177083 / 5 = .0354167; SE = sqrt(s^2 / 6) = .0768295
    # t(.975, 5 df) = 2.570582 -> half width .197496 -> [51.08, 90.58]
    values = ["4", "4", "3", "3", "5", "4"]
    people = respondents(client=[f"C{i}" for i in range(6)])
    answers = {f"C{i}": {"2.1.1-1": v} for i, v in enumerate(values)}
    conf = score(FORM, people, answers).confidence
    low, high = conf.topics_ci["2.1.1"]
    assert (low, high) == (pytest.approx(51.0837, abs=1e-3), pytest.approx(90.5830, abs=1e-3))
    assert conf.sections_ci["2.1"] == conf.topics_ci["2.1.1"] == conf.reviews_ci["2"]
    assert conf.sections_n["2.1"] == {"client": 6}
    # respondent-level spread: sd = sqrt(.0354167) = 18.82 points; quartiles .5625 .75 .75
    spread = conf.spread_sections["2.1"]
    assert spread.n == 6 and spread.sd == pytest.approx(18.8193, abs=1e-3)
    assert (spread.q1, spread.median, spread.q3) == pytest.approx((56.25, 75.0, 75.0))


def test_a_section_interval_is_t_times_the_spread_of_respondent_section_scores():
    # complete answers: each respondent's own 1.1 score is the same weighted mean, so the
    # section's standard error is exactly sd / sqrt(n) (the linearisation is exact here)
    rows = [("5", "4", "yes"), ("3", "3", "partly"), ("4", "2", "no"), ("2", "5", "yes")]
    people = respondents(management=["M1", "M2", "M3", "M4"])
    answers = {
        f"M{i + 1}": {"1.1.1-1": a, "1.1.1-2": b, "1.1.2-1": c} for i, (a, b, c) in enumerate(rows)
    }
    scores = score(FORM, people, answers)
    spread = scores.confidence.spread_sections["1.1"]
    half = t_quantile(0.95, 3) * spread.sd / math.sqrt(4)
    low, high = scores.confidence.sections_ci["1.1"]
    assert low == pytest.approx(max(0.0, scores.sections["1.1"] - half))
    assert high == pytest.approx(min(100.0, scores.sections["1.1"] + half))


def _full_snapshot(managers, employees, clients):
    """Respondents of all three roles with their answers given as lists of 1-5 values."""
    people, answers = [], {}
    for i, v in enumerate(managers):
        people.append((f"M{i}", "management"))
        answers[f"M{i}"] = {
            "1.1.1-1": v,
            "1.1.1-2": v,
            "1.1.2-1": "yes" if int(v) >= 4 else "partly",
            "1.2.1-1": v,
            "1.2.1-2": v,
        }
    for i, v in enumerate(employees):
        people.append((f"E{i}", "employee"))
        answers[f"E{i}"] = {"1.2.1-1": v, "1.2.1-2": v}
    for i, v in enumerate(clients):
        people.append((f"C{i}", "client"))
        answers[f"C{i}"] = {"2.1.1-1": v}
    return people, answers


def test_an_interval_across_a_threshold_makes_the_level_indicative():
    # everyone answers 4 or 3 (.75 or .5): sections 66.7, 62.5, 62.5 -> overall 63.54,
    # "measured", but only 4 managers and 4 employees: the interval [53.7, 73.4] holds 60
    half_and_half = ["4", "3", "4", "3"]
    people, answers = _full_snapshot(half_and_half, half_and_half, half_and_half * 2 + ["4", "3"])
    scores = score(LOOSE, people, answers)
    assert scores.overall == pytest.approx(63.5417, abs=1e-4) and scores.level == "measured"
    conf = scores.confidence
    low, high = conf.overall_ci
    assert (low, high) == (pytest.approx(53.72, abs=0.01), pytest.approx(73.36, abs=0.01))
    # clients alone (review 2): .625 +/- t(9) * sqrt(.0173611 / 10) = .625 +/- .09426
    assert conf.reviews_ci["2"] == (
        pytest.approx(53.074, abs=1e-3),
        pytest.approx(71.926, abs=1e-3),
    )
    assert conf.indicative_reasons == ("interval_crosses_threshold",)
    assert conf.level_indicative is True
    assert scores.to_json()["confidence"]["level_indicative"] is True
    assert "crosses a level threshold" in str(conf.reason_messages()[0])
    # the same people agreeing with each other: a narrow interval inside one level
    people, answers = _full_snapshot(["5", "5"], ["5", "5", "5"], ["5", "5", "5", "5"])
    firm = score(LOOSE, people, answers).confidence
    assert firm.overall_ci == (100.0, 100.0)  # no spread at all: zero width
    assert firm.indicative_reasons == () and firm.level_indicative is False


def test_a_missing_role_is_named_and_its_sections_are_left_out():
    people, answers = _full_snapshot(["5", "3"], ["4", "4"], [])
    scores = score(LOOSE, people, answers)
    conf = scores.confidence
    # SPEC §4 arithmetic unchanged: the overall is review 1 alone ...
    assert scores.reviews["2"] is None and scores.overall == pytest.approx(scores.reviews["1"])
    # ... and it says what it left out
    assert conf.sections_missing == ("2.1",) and scores.left_out == ("2.1",)
    assert scores.explain("overall").left_out == ("2.1",)
    assert scores.explain("review", "2").left_out == ("2.1",)
    assert scores.explain("review", "1").left_out == ()
    assert conf.level_indicative is True
    assert "missing_role:client" in conf.indicative_reasons
    assert "section_missing:2.1" in conf.indicative_reasons
    assert conf.sections_ci["2.1"] is None and conf.reviews_ci["2"] is None
    assert conf.respondents_by_role == {"management": 2, "employee": 2, "client": 0}
    data = scores.to_json()["confidence"]
    assert data["sections_missing"] == ["2.1"] and data["sections_ci"]["2.1"] is None
    texts = [str(m) for m in conf.reason_messages()]
    assert "No respondents from customers answered." in texts
    assert "Section 2.1 has no answers and is left out of the score." in texts


def test_a_section_without_scored_answers_is_left_out_of_its_section():
    people, answers = _full_snapshot(["5", "3"], ["4", "4"], ["4", "2"])
    for rid in ("M0", "M1"):
        del answers[rid]["1.1.2-1"]  # topic 1.1.2 now has no answer at all
    scores = score(LOOSE, people, answers)
    assert scores.explain("section", "1.1").left_out == ("1.1.2",)
    assert scores.confidence.topics_ci["1.1.2"] is None


def test_thin_roles_and_low_coverage_come_from_the_form_rules():
    # the form's defaults: 3 managers, 5 employees, 10 clients, coverage 50 %
    people, answers = _full_snapshot(["5", "3", "4"], ["4", "4", "5", "3", "4"], ["4", "2"])
    people += [(f"X{i}", "client") for i in range(3)]  # registered, answered nothing
    conf = score(FORM, people, answers).confidence
    assert conf.answering_by_role == {"management": 3, "employee": 5, "client": 2}
    assert conf.respondents_by_role["client"] == 5
    assert conf.section_coverage["2.1"] == pytest.approx(2 / 10)  # 2 answers of 5 x 2 expected
    assert "thin_role:client" in conf.indicative_reasons
    assert "thin_role:management" not in conf.indicative_reasons
    assert "low_coverage:2.1" in conf.indicative_reasons
    texts = [str(m) for m in conf.reason_messages()]
    assert "Respondents from customers: 2, fewer than the 10 wanted." in texts
    assert "Section 2.1 has 20 % of its expected answers (at least 50 % wanted)." in texts


def test_one_respondent_has_no_interval_and_an_indicative_level():
    scores = score(FORM, [("M1", "management")], {"M1": {"1.1.1-1": "4", "1.1.1-2": "5"}})
    conf = scores.confidence
    assert scores.overall == pytest.approx(87.5) and scores.level == "optimized"
    assert conf.overall_ci is None and conf.sections_ci["1.1"] is None
    assert conf.level_indicative is True
    assert conf.indicative_reasons[0] == "interval_undefined"
    assert conf.spread_overall.n == 1 and conf.spread_overall.sd is None
    assert conf.spread_overall.median == pytest.approx(87.5)
    assert scores.to_json()["confidence"]["overall_ci"] is None


def _random_snapshot(seed, n=80):
    form = load_form()
    rng = random.Random(seed)
    people, answers = [], {}
    for i in range(n):
        role = rng.choice(["management", "employee", "client", "client"])
        people.append((f"R{i:03d}", role))
        answers[f"R{i:03d}"] = {
            q.id: rng.choice([v for v, _ in q.answer_choices()] + ["na"])
            for q in form.questions_for(role)
            if q.answer_choices() and rng.random() < 0.9
        }
    return form, people, answers


def test_the_same_data_gives_the_same_numbers_in_any_order():
    form, people, answers = _random_snapshot(7)
    first = json.dumps(score(form, people, answers).to_json(), sort_keys=True)
    again = json.dumps(score(form, people, answers).to_json(), sort_keys=True)
    shuffled = people[:]
    random.Random(3).shuffle(shuffled)
    reordered = {rid: answers[rid] for rid, _ in reversed(shuffled)}
    other = json.dumps(score(form, shuffled, reordered).to_json(), sort_keys=True)
    assert first == again == other
    assert json.loads(first)["confidence"]["overall_ci"] is not None


def test_the_json_keeps_every_key_and_adds_the_confidence():
    form, people, answers = _random_snapshot(11)
    data = score(form, people, answers).to_json()
    old = {"overall", "level", "reviews", "sections", "topics", "gaps", "coverage", "nps"}
    assert set(data) == old | {"respondents", "confidence"}
    assert {
        "overall_ci",
        "sections_ci",
        "nps_moe",
        "level_indicative",
        "respondents_by_role",
        "sections_n",
        "sections_missing",
        "indicative_reasons",
        "section_coverage",
        "spread",
    } <= set(data["confidence"])
    assert set(data["confidence"]["sections_ci"]) == set(data["sections"])
    assert set(data["confidence"]["sections_n"]["1.2"]) == {"employee", "management"}
    json.dumps(data, allow_nan=False)  # no NaN or infinity anywhere


def test_the_method_text_names_the_rules():
    text = str(method_text(load_form().confidence))
    assert str(score(FORM, [], {}).confidence.method_text()) == text  # the same defaults
    for part in ("95 %", "3 managers", "5 employees", "10 customers", "50 %", "1.96"):
        assert part in text


def test_the_form_file_holds_the_rules_and_they_are_checked():
    rules = load_form().confidence
    assert rules.min_respondents_per_role == {"management": 3, "employee": 5, "client": 10}
    assert (rules.min_section_coverage, rules.interval) == (0.5, 0.95)
    assert small_form().confidence == ConfidenceRules()  # no block: the same defaults
    raw = json.loads(_form_path().read_text(encoding="utf-8"))
    for bad in (
        {"min_respondents_per_role": {"boss": 1}},
        {"min_respondents_per_role": {"client": 0}},
        {"min_section_coverage": 1.5},
        {"interval": 1},
        "strict",
    ):
        raw["scoring"]["confidence"] = bad
        with pytest.raises(FormError, match="scoring.confidence"):
            parse_form(raw, "x.json")
    raw["scoring"]["confidence"] = {"interval": 0.9, "min_respondents_per_role": {"client": 30}}
    parsed = parse_form(raw, "x.json").confidence
    assert parsed.interval == 0.9 and parsed.min_respondents_per_role["client"] == 30
    assert parsed.min_respondents_per_role["management"] == 3


def _form_path():
    from csmm_desktop.config import resource_path

    return resource_path("form", "csmm_form_v1.0.json")


VALUES = {
    "1.1.1-1": ["1", "2", "3", "4", "5", "na"],
    "1.1.1-2": ["1", "3", "5", "na"],
    "1.1.2-1": ["yes", "partly", "no", "na"],
    "1.2.1-1": ["1", "2", "3", "4", "5", "na"],
    "1.2.1-2": ["1", "5", "na"],
    "2.1.1-1": ["1", "2", "3", "4", "5", "na"],
    "2.1.1-2": ["0", "5", "6", "7", "8", "9", "10", "na"],
}
ROLE_OF = {"1.1": ("management",), "1.2": ("employee", "management"), "2.1": ("client",)}


@st.composite
def snapshots(draw):
    people, answers = [], {}
    for i in range(draw(st.integers(0, 12))):
        role = draw(st.sampled_from(["management", "employee", "client"]))
        rid = f"R{i}"
        people.append((rid, role))
        answers[rid] = {
            qid: draw(st.sampled_from(values))
            for qid, values in VALUES.items()
            if role in ROLE_OF[qid[:3]] and draw(st.booleans())
        }
    return people, answers


def _inside(point, ci, low=0.0, high=100.0):
    if point is None:
        return ci is None
    return ci is None or low <= ci[0] <= point <= ci[1] <= high


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots(), st.randoms(use_true_random=False))
def test_every_interval_holds_its_score_and_stays_on_the_scale(snapshot, rng):
    people, answers = snapshot
    scores = score(FORM, people, answers)
    conf = scores.confidence
    assert _inside(scores.overall, conf.overall_ci)
    for kind in ("reviews", "sections", "topics"):
        for key, point in getattr(scores, kind).items():
            assert _inside(point, getattr(conf, kind + "_ci")[key]), (kind, key)
    for key, gap in scores.gaps.items():
        assert _inside(gap, conf.gaps_ci[key], -100.0, 100.0)
    assert conf.nps_moe is None if scores.nps is None else conf.nps_moe >= 0
    assert conf.level_indicative is (scores.level is not None and bool(conf.indicative_reasons))
    assert set(conf.sections_missing) == {k for k, v in scores.sections.items() if v is None}
    shuffled = people[:]
    rng.shuffle(shuffled)
    assert score(FORM, shuffled, answers).to_json() == scores.to_json()


def test_the_quartiles_are_numpys_to_the_last_bit():
    """confidence._quantile stands in for np.percentile (which imports numpy.ma, ~47 ms)."""
    import numpy as np

    from csmm_desktop.domain.confidence import _quantile

    rng = np.random.default_rng(7)
    for size in [*range(1, 40), 101, 997]:
        for values in (rng.random(size), rng.integers(0, 5, size) / 4.0):
            ordered = np.sort(values)
            expected = np.percentile(values, [25, 50, 75])
            assert [_quantile(ordered, p) for p in (0.25, 0.5, 0.75)] == list(expected)
