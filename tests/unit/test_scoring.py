"""Scores worked out by hand (SPEC §4) on a small form."""

import pytest

from csmm_desktop.domain.form import load_form, parse_form
from csmm_desktop.domain.scoring import score


def L(text):
    return {"en": text, "tr": text + " (tr)"}


def q(qid, scale, **extra):
    return {"id": qid, "scale": scale, "text": L(qid), **extra}


def small_form():
    return parse_form(small_form_data())


def small_form_data() -> dict:
    """The small form's file (tests/unit/test_weights.py gives its questions weights)."""
    base = load_form()
    scales = {}
    for key, scale in base.scales.items():
        scales[key] = {
            "label": scale.label,
            "values": [
                {
                    "value": v.value,
                    "label": v.label,
                    **({"score": v.score} if v.score is not None else {}),
                }
                for v in scale.values
            ],
        }
    role_text = {"employee": L("I …"), "management": L("Our staff …")}
    return {
        "version": "0.1",
        "title": L("t"),
        "na_label": L("N/A"),
        "roles": {r: L(r) for r in ("management", "employee", "client")},
        "scoring": {"level_thresholds": {"planned": 40, "measured": 60, "optimized": 80}},
        "scales": scales,
        "reviews": [
            {
                "id": "1",
                "title": L("Internal"),
                "sections": [
                    {
                        "id": "1.1",
                        "title": L("S11"),
                        "roles": ["management"],
                        "topics": [
                            {
                                "id": "1.1.1",
                                "title": L("a"),
                                "questions": [q("1.1.1-1", "agree5"), q("1.1.1-2", "agree5")],
                            },
                            {
                                "id": "1.1.2",
                                "title": L("b"),
                                "questions": [
                                    q("1.1.2-1", "yes_partial_no"),
                                    q("1.1.2-2", "text"),
                                ],
                            },
                        ],
                    },
                    {
                        "id": "1.2",
                        "title": L("S12"),
                        "roles": ["employee", "management"],
                        "topics": [
                            {
                                "id": "1.2.1",
                                "title": L("c"),
                                "questions": [
                                    {"id": "1.2.1-1", "scale": "agree5", "text": role_text},
                                    {"id": "1.2.1-2", "scale": "frequency5", "text": role_text},
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "id": "2",
                "title": L("External"),
                "sections": [
                    {
                        "id": "2.1",
                        "title": L("S21"),
                        "roles": ["client"],
                        "topics": [
                            {
                                "id": "2.1.1",
                                "title": L("d"),
                                "questions": [
                                    q("2.1.1-1", "satisfaction5"),
                                    q("2.1.1-2", "nps11"),
                                ],
                            },
                            {
                                "id": "2.1.2",
                                "title": L("e"),
                                "questions": [
                                    q(
                                        "2.1.2-1",
                                        "choice",
                                        options=[
                                            {"id": "web", "label": L("Web")},
                                            {"id": "phone", "label": L("Phone")},
                                        ],
                                    )
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    }


RESPONDENTS = [
    ("M1", "management"),
    ("M2", "management"),
    ("E1", "employee"),
    ("C1", "client"),
    ("C2", "client"),
    ("C3", "client"),
    ("C4", "client"),
    ("C5", "client"),
]
ANSWERS = {
    "M1": {
        "1.1.1-1": "5",
        "1.1.1-2": "3",
        "1.1.2-1": "partly",
        "1.1.2-2": "Good team",
        "1.2.1-1": "4",
        "1.2.1-2": "na",
    },
    "M2": {"1.1.1-1": "1", "1.1.2-1": "yes", "1.2.1-1": "2", "1.2.1-2": "2"},
    "E1": {"1.2.1-1": "3", "1.2.1-2": "5"},
    "C1": {"2.1.1-1": "5", "2.1.1-2": "10", "2.1.2-1": "web"},
    "C2": {"2.1.1-1": "2", "2.1.1-2": "6"},
    "C3": {"2.1.1-1": "na", "2.1.1-2": "8"},
    "C4": {"2.1.1-2": "9"},
    "C5": {},
}


@pytest.fixture(scope="module")
def scores():
    return score(small_form(), RESPONDENTS, ANSWERS)


def test_topic_scores_by_hand(scores):
    # M1: (1 + .5)/2 = .75; M2: 0 (1.1.1-2 blank) -> (.75 + 0)/2
    assert scores.topics["1.1.1"] == pytest.approx(37.5)
    # partly .5, yes 1 -> .75 ; the text question is not scored
    assert scores.topics["1.1.2"] == pytest.approx(75.0)
    # clients: C1 1.0, C2 (.25+.6)/2=.425, C3 .8 (N/A excluded), C4 .9, C5 nothing
    assert scores.topics["2.1.1"] == pytest.approx((1.0 + 0.425 + 0.8 + 0.9) / 4 * 100)
    assert scores.topics["2.1.2"] is None  # choice only: not scored


def test_two_roles_and_perception_gap(scores):
    # management: M1 .75 (N/A excluded, not zero), M2 (.25+.25)/2 -> .5 ; employee .75
    assert scores.role_topics["1.2.1"] == {
        "employee": pytest.approx(75.0),
        "management": pytest.approx(50.0),
    }
    assert scores.topics["1.2.1"] == pytest.approx(62.5)
    assert scores.gaps == {"1.2.1": pytest.approx(-25.0)}


def test_weighted_sections_reviews_overall_and_level(scores):
    assert scores.sections["1.1"] == pytest.approx((37.5 * 2 + 75.0 * 1) / 3)  # 50.0
    assert scores.sections["1.2"] == pytest.approx(62.5)
    assert scores.reviews["1"] == pytest.approx(56.25)
    assert scores.sections["2.1"] == pytest.approx(78.125)
    assert scores.reviews["2"] == pytest.approx(78.125)
    assert scores.overall == pytest.approx(67.1875)
    assert scores.level == "measured"


def test_coverage_nps_and_counts(scores):
    # expected: 2 managers x 5 scored + 1 employee x 2 + 5 clients x 2 = 22
    # given (N/A and blanks not counted): 4 + 4 + 2 + 2 + 2 + 1 + 1 + 0 = 16
    assert (scores.answered, scores.expected) == (16, 22)
    assert scores.coverage == pytest.approx(16 / 22)
    # 10, 9 promoters; 8 passive; 6 detractor -> (2 - 1) / 4
    assert scores.nps_counts == (2, 1, 1)
    assert scores.nps == pytest.approx(25.0)
    assert scores.respondents == 8
    assert scores.respondents_by_role == {"management": 2, "employee": 1, "client": 5}


def test_explanations_show_what_numbers_are_made_of(scores):
    section = scores.explain("section", "1.1")
    assert section.rule == "weighted_mean_of_topics"
    assert [(p.id, p.value, p.weight) for p in section.parts] == [
        ("1.1.1", pytest.approx(37.5), 2),
        ("1.1.2", pytest.approx(75.0), 1),
    ]
    topic = scores.explain("topic", "1.2.1")
    assert topic.rule == "mean_of_roles"
    assert {p.id: p.count for p in topic.parts} == {"employee": 1, "management": 2}
    assert scores.explain("overall").value == pytest.approx(67.1875)


def test_question_stats(scores):
    stats = scores.questions["1.2.1-2"]
    assert (stats.answered, stats.na) == (2, 1)
    assert stats.mean == pytest.approx((0.25 + 1.0) / 2 * 100)


@pytest.mark.parametrize(
    "overall, level",
    [
        (0, "initial"),
        (39.999, "initial"),
        (40, "planned"),
        (59.99, "planned"),
        (60, "measured"),
        (79.999, "measured"),
        (80, "optimized"),
        (100, "optimized"),
        (None, None),
    ],
)
def test_level_thresholds_exactly(overall, level):
    assert small_form().level_for(overall) == level


def test_nothing_answered_is_undefined_not_zero():
    empty = score(small_form(), [("M1", "management")], {})
    assert empty.overall is None and empty.level is None and empty.nps is None
    assert empty.coverage == 0.0
    assert set(empty.to_json()) == {
        "overall",
        "level",
        "reviews",
        "sections",
        "topics",
        "gaps",
        "coverage",
        "nps",
        "respondents",
        "confidence",
    }
