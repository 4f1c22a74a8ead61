"""Per-client applicability (docs/forms.md): a question left out is not expected in the
coverage and not scored, worked out by hand; the rule's pieces; presets."""

import pytest

from csmm_desktop.domain import applicability as rules
from csmm_desktop.domain.form import load_form
from csmm_desktop.domain.scoring import score
from tests.unit.test_scoring import small_form

# The small form of test_scoring.py:
#   1.1 (management)  1.1.1 [1.1.1-1 agree5, 1.1.1-2 agree5]   1.1.2 [1.1.2-1 yes/partly/no,
#                     1.1.2-2 text]
#   1.2 (employee, management)  1.2.1 [1.2.1-1 agree5, 1.2.1-2 frequency5]
#   2.1 (client)      2.1.1 [2.1.1-1 satisfaction5, 2.1.1-2 nps11]   2.1.2 [2.1.2-1 choice]
RESPONDENTS = [("M1", "management"), ("C1", "client")]
ANSWERS = {
    # 5 → 1, 3 → 0.5, no → 0, 4 → 0.75; 1.2.1-2 not answered
    "M1": {"1.1.1-1": "5", "1.1.1-2": "3", "1.1.2-1": "no", "1.2.1-1": "4"},
    # 4 → 0.75, 10 → 1.0
    "C1": {"2.1.1-1": "4", "2.1.1-2": "10"},
}


def test_the_hand_worked_case_with_and_without_the_left_out_questions():
    form = small_form()
    full = score(form, RESPONDENTS, ANSWERS)
    # Every question applies:
    #   topic 1.1.1 = (1 + 0.5) / 2 = 75 (weight 2); topic 1.1.2 = 0 (weight 1)
    #   section 1.1 = (75 × 2 + 0 × 1) / 3 = 50
    #   topic 1.2.1 = management's (0.75) = 75; section 1.2 = 75
    #   review 1 = (50 + 75) / 2 = 62.5; topic 2.1.1 = (0.75 + 1) / 2 = 87.5 = section 2.1
    #   = review 2; overall = (62.5 + 87.5) / 2 = 75 → measured
    #   coverage: expected M1 5 (1.1.1-1, 1.1.1-2, 1.1.2-1, 1.2.1-1, 1.2.1-2) + C1 2 = 7;
    #   answered 4 + 2 = 6 → 6/7
    assert full.sections == pytest.approx({"1.1": 50.0, "1.2": 75.0, "2.1": 87.5})
    assert full.overall == pytest.approx(75.0) and full.level == "measured"
    assert (full.answered, full.expected) == (6, 7)

    # Topic 1.1.2 and question 1.2.1-2 do not apply to the client:
    tailored = rules.tailor(form, ["1.1.2", "1.2.1-2"])
    left = score(tailored, RESPONDENTS, ANSWERS)
    #   topic 1.1.2 has no question left: no score, weight 0 → section 1.1 = 75 × 2 / 2 = 75
    #   (M1's "no" to 1.1.2-1 stays stored but counts nowhere)
    #   topic 1.2.1 = 75 (weight 1 now); section 1.2 = 75; review 1 = (75 + 75) / 2 = 75
    #   overall = (75 + 87.5) / 2 = 81.25 → optimized
    #   coverage: expected M1 3 (1.1.1-1, 1.1.1-2, 1.2.1-1) + C1 2 = 5; answered 3 + 2 = 5 → 1
    assert left.topics["1.1.2"] is None and tailored.topics["1.1.2"].weight == 0
    assert left.sections == pytest.approx({"1.1": 75.0, "1.2": 75.0, "2.1": 87.5})
    assert left.reviews == pytest.approx({"1": 75.0, "2": 87.5})
    assert left.overall == pytest.approx(81.25) and left.level == "optimized"
    assert (left.answered, left.expected, left.coverage) == (5, 5, 1.0)
    assert left.not_applicable == ("1.1.2", "1.2.1-2")
    assert "1.1.2-1" not in left.questions
    # a topic left out is not a part of its section's number, nor "left out for no answers"
    assert [p.id for p in left.explain("section", "1.1").parts] == ["1.1.1"]
    assert left.explain("section", "1.1").left_out == ()
    assert "section_missing:1.1" not in left.confidence.indicative_reasons


def test_a_section_left_out_whole_is_in_no_mean_and_not_missing():
    form = small_form()
    left = score(rules.tailor(form, ["2.1"]), RESPONDENTS, ANSWERS)
    #   review 2 has no section with a scored question: no score; overall = review 1 = 62.5
    #   (60 to below 80: measured)
    #   expected: M1 5, C1 0 → 4 / 5; NPS has no answer
    assert left.sections["2.1"] is None and left.reviews["2"] is None
    assert left.overall == pytest.approx(62.5) and left.level == "measured"
    assert (left.answered, left.expected) == (4, 5) and left.nps is None
    assert left.left_out == () and [p.id for p in left.explain("review", "2").parts] == []
    reasons = left.confidence.indicative_reasons
    assert "section_missing:2.1" not in reasons and "missing_role:client" not in reasons
    assert left.respondents_by_role == {"management": 1, "client": 1}


def test_tailor_keeps_every_key_and_only_drops_questions():
    form = small_form()
    assert rules.tailor(form, []) is form and rules.tailor(form, ["9.9"]) is form
    tailored = rules.tailor(form, ["1.1.2", "1.2.1-2", "no-such"])
    assert rules.tailor(form, ["1.2.1-2", "1.1.2"]) is tailored  # the same list: cached
    assert list(tailored.topics) == list(form.topics)
    assert list(tailored.sections) == list(form.sections)
    assert set(form.questions) - set(tailored.questions) == {"1.1.2-1", "1.1.2-2", "1.2.1-2"}
    assert [s.id for s in rules.tailor(form, ["2.1"]).sections_for("client")] == []
    assert form.not_applicable == () and "1.1.2-1" in form.questions  # the original is intact


def test_expand_compact_merge_and_left_out():
    form = load_form()
    assert rules.expand(form, ["2.3.8"]) == {"2.3.8-1", "2.3.8-2"}
    assert len(rules.expand(form, ["2.2"])) == 11
    everything_in_2_2 = rules.expand(form, ["2.2"])
    assert rules.compact(form, everything_in_2_2 | {"2.3.8-1", "2.3.8-2", "2.3.6-13"}) == (
        "2.2",
        "2.3.6-13",
        "2.3.8",
    )
    # an item this form does not know is kept for the others
    assert rules.merge(form, {"2.4.7-1"}, ["2.3.3", "9.1.1-1"]) == ("2.4.7", "9.1.1-1")
    lines = rules.left_out(form, ["2.4.7", "2.3.6-13"])
    assert [(line.kind, line.id, line.questions) for line in lines] == [
        ("question", "2.3.6-13", 1),
        ("topic", "2.4.7", 1),
    ]
    assert lines[1].title["tr"] and lines[1].title["en"] == "Recycling"


@pytest.mark.parametrize(
    "sector, preset",
    [
        ("Bankacılık / Banking", "finance"),
        ("SİGORTA", "finance"),
        ("Belediye hizmetleri", "public"),
        ("E-ticaret", "retail"),
        ("Otomotiv üretimi", "manufacturing"),
        ("Danışmanlık", None),
        ("", None),
    ],
)
def test_the_preset_follows_the_sector(sector, preset):
    found = rules.preset_for_sector(sector)
    assert (found.id if found else None) == preset


def test_every_preset_names_only_ids_of_the_bundled_form():
    form = load_form()
    for p in rules.presets():
        assert p.items and all(rules.known(form, i) for i in p.items), p.id
        assert p.label["en"] and p.label["tr"]
    bank = rules.preset("finance")
    assert {"2.3.3", "2.3.8", "2.4.7"} <= set(bank.items)  # packaging, shipment, recycling
