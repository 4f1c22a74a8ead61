import copy
import json

import pytest

from csmm_desktop.config import resource_path
from csmm_desktop.domain.form import FormError, load_form, parse_form

# The seed's outline (seed 004), with 1.2.4.3 Rewarding = 9 (SPEC §3).
SEED_COUNTS = {
    "1.1.1": 5,
    "1.1.2": 3,
    "1.1.3": 2,
    "1.1.4": 2,
    "1.1.5": 1,
    "1.1.6": 5,
    "1.1.7": 3,
    "1.1.8": 1,
    "1.2.1": 2,
    "1.2.2": 5,
    "1.2.3": 4,
    "1.2.4.1": 2,
    "1.2.4.2": 4,
    "1.2.4.3": 9,
    "1.2.5": 1,
    "1.2.6": 1,
    "1.3.1": 9,
    "1.3.2": 2,
    "1.3.3": 6,
    "1.3.4": 3,
    "1.3.5": 4,
    "1.3.6": 3,
    "1.3.7": 1,
    "2.1.1": 1,
    "2.1.2": 9,
    "2.1.3": 1,
    "2.1.4": 3,
    "2.1.5": 3,
    "2.1.6": 1,
    "2.1.7": 1,
    "2.2.1": 5,
    "2.2.2": 2,
    "2.2.3": 3,
    "2.2.4": 1,
    "2.3.1": 5,
    "2.3.2": 11,
    "2.3.3": 2,
    "2.3.4": 3,
    "2.3.5": 3,
    "2.3.6": 19,
    "2.3.7": 3,
    "2.3.8": 2,
    "2.3.9": 1,
    "2.4.1": 1,
    "2.4.2": 4,
    "2.4.3": 2,
    "2.4.4": 2,
    "2.4.5": 1,
    "2.4.6": 4,
    "2.4.7": 1,
    "2.4.8": 5,
    "2.4.9": 1,
    "2.4.10": 1,
}
ROLES = {
    "1.1": ("management",),
    "1.2": ("employee", "management"),
    "1.3": ("management",),
    "2.1": ("client",),
    "2.2": ("client",),
    "2.3": ("client",),
    "2.4": ("client",),
}


def raw_form():
    path = resource_path("form", f"csmm_form_v{load_form().version}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_form_matches_the_seed_outline():
    form = load_form()
    assert len(form.questions) == 179
    assert len(form.topics) == 53
    assert {t.id: len(t.questions) for t in form.topics.values()} == SEED_COUNTS
    assert {s.id: s.roles for s in form.sections.values()} == ROLES
    assert [r.id for r in form.reviews] == ["1", "2"]


def test_every_text_is_bilingual_and_ids_are_topic_n():
    form = load_form()
    for q in form.questions.values():
        assert q.id == f"{q.topic_id}-{q.number}"
        for role in q.roles:
            for lang in ("en", "tr"):
                assert q.text(lang, role).strip(), q.id
        assert q.text("tr", q.roles[0]) != q.text("en", q.roles[0]), q.id
    turkish = "".join(q.text("tr", q.roles[0]) for q in form.questions.values())
    assert all(ch in turkish for ch in "şğıİöüç")


def test_section_1_2_is_worded_per_role_and_each_section_ends_with_open_feedback():
    form = load_form()
    for q in form.sections["1.2"].questions:
        assert q.text("en", "employee") != q.text("en", "management")
    for section in form.sections.values():
        last = section.topics[-1]
        assert [q.scale.key for q in last.questions] == ["text"]


def test_client_survey_has_a_likelihood_to_recommend_question():
    form = load_form()
    nps = [q for q in form.questions_for("client") if q.scale.key == "nps11"]
    assert nps and "recommend" in nps[0].text("en").lower()


def test_validation_errors_name_the_question():
    data = raw_form()
    bad = copy.deepcopy(data)
    bad["reviews"][0]["sections"][0]["topics"][0]["questions"][1]["scale"] = "agree7"
    with pytest.raises(FormError, match=r"question 1\.1\.1-2: unknown scale 'agree7'"):
        parse_form(bad, "test.json")
    bad = copy.deepcopy(data)
    del bad["reviews"][1]["sections"][0]["topics"][1]["questions"][0]["text"]["tr"]
    with pytest.raises(FormError, match=r"question 2\.1\.2-1: text has no 'tr' text"):
        parse_form(bad, "test.json")
    bad = copy.deepcopy(data)
    bad["reviews"][0]["sections"][0]["topics"][0]["questions"][2]["id"] = "1.1.1-9"
    with pytest.raises(FormError, match=r"1\.1\.1-9: id must be '1\.1\.1-3'"):
        parse_form(bad, "test.json")


def test_thresholds_come_from_the_form():
    data = raw_form()
    data["scoring"]["level_thresholds"] = {"planned": 30, "measured": 50, "optimized": 70}
    form = parse_form(data)
    assert form.level_for(69.9) == "measured"
    assert form.level_for(70) == "optimized"
