"""Question weights (docs/forms.md "Question weights"): a respondent's topic score is the
weighted mean of their answers, a topic weighs the sum of its scored questions' weights,
coverage stays a count; worked out by hand, the same through the store's SQL pass, weights
of 1 give SPEC §4's numbers, and a custom form's weights from a workbook reach `scores
--json` and the report's method appendix."""

import copy
import json
import math
import random
import statistics

import pytest

from csmm_desktop.cli import main
from csmm_desktop.domain import applicability as rules
from csmm_desktop.domain.confidence import t_quantile
from csmm_desktop.domain.form import FormError, parse_form
from csmm_desktop.domain.form_sheet import to_sheets
from csmm_desktop.domain.scoring import score
from csmm_desktop.services import assessment, clients, demo, form_store, score_sql
from csmm_desktop.store import open_store
from tests.unit.test_form_sheet import small_form as shop_form
from tests.unit.test_form_sheet import write_book
from tests.unit.test_score_sql import _fill, _in_python
from tests.unit.test_scoring import small_form, small_form_data

# The small form of test_scoring.py, with weights (the text question's weight counts nowhere):
#   1.1 (management)  1.1.1 [1.1.1-1 agree5 ×3, 1.1.1-2 agree5 ×1]
#                     1.1.2 [1.1.2-1 yes/partly/no ×2, 1.1.2-2 text ×5]
#   1.2 (employee, management)  1.2.1 [1.2.1-1 agree5 ×1, 1.2.1-2 frequency5 ×0.5]
#   2.1 (client)      2.1.1 [2.1.1-1 satisfaction5 ×2, 2.1.1-2 nps11 ×1]   2.1.2 [choice]
WEIGHTS = {"1.1.1-1": 3, "1.1.2-1": 2, "1.1.2-2": 5, "1.2.1-2": 0.5, "2.1.1-1": 2}
RESPONDENTS = [("M1", "management"), ("E1", "employee"), ("C1", "client")]
ANSWERS = {
    # 5 → 1, 3 → 0.5, no → 0, 4 → 0.75; 1.2.1-2 not answered
    "M1": {"1.1.1-1": "5", "1.1.1-2": "3", "1.1.2-1": "no", "1.1.2-2": "Fine", "1.2.1-1": "4"},
    # 2 → 0.25, always (5) → 1
    "E1": {"1.2.1-1": "2", "1.2.1-2": "5"},
    # 4 → 0.75, 10 → 1.0
    "C1": {"2.1.1-1": "4", "2.1.1-2": "10"},
}


def weighted_data(weights=WEIGHTS) -> dict:
    data = small_form_data()
    for review in data["reviews"]:
        for section in review["sections"]:
            for topic in section["topics"]:
                for question in topic["questions"]:
                    if question["id"] in weights:
                        question["weight"] = weights[question["id"]]
    return data


def test_the_hand_worked_case_with_weights():
    form = parse_form(weighted_data())
    assert form.weighted and not small_form().weighted
    assert [form.topics[t].weight for t in ("1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2")] == [
        4,  # 3 + 1
        2,  # the text question is not scored: its weight 5 counts nowhere
        1.5,  # 1 + 0.5
        3,  # 2 + 1
        0,  # choice only: not scored
    ]
    got = score(form, RESPONDENTS, ANSWERS)
    # topic 1.1.1: M1 (1 × 3 + 0.5 × 1) ÷ (3 + 1) = 3.5 ÷ 4 = 0.875 → 87.5
    assert got.topics["1.1.1"] == pytest.approx(87.5)
    # topic 1.1.2: M1 no (0 × 2) ÷ 2 = 0
    assert got.topics["1.1.2"] == pytest.approx(0.0)
    # section 1.1 = (87.5 × 4 + 0 × 2) ÷ 6 = 58.333…
    assert got.sections["1.1"] == pytest.approx(350 / 6)
    # topic 1.2.1: management M1 answered 1.2.1-1 only: 0.75 × 1 ÷ 1 = 75 (the weights of
    # the answered questions only); employee E1 (0.25 × 1 + 1 × 0.5) ÷ 1.5 = 0.5 → 50;
    # topic = (75 + 50) ÷ 2 = 62.5, gap 75 − 50 = 25; section 1.2 = 62.5
    assert got.role_topics["1.2.1"] == {
        "management": pytest.approx(75.0),
        "employee": pytest.approx(50.0),
    }
    assert got.topics["1.2.1"] == pytest.approx(62.5) and got.gaps["1.2.1"] == pytest.approx(25)
    assert got.sections["1.2"] == pytest.approx(62.5)
    # review 1 = (58.333… + 62.5) ÷ 2 = 60.4166…
    assert got.reviews["1"] == pytest.approx((350 / 6 + 62.5) / 2)
    # topic 2.1.1: C1 (0.75 × 2 + 1 × 1) ÷ 3 = 2.5 ÷ 3 → 83.333… = section 2.1 = review 2
    assert got.sections["2.1"] == pytest.approx(250 / 3) and got.reviews["2"] == got.sections["2.1"]
    # overall = (60.4166… + 83.333…) ÷ 2 = 71.875 → measured
    assert got.overall == pytest.approx(71.875) and got.level == "measured"
    # coverage stays a count: expected M1 5 + E1 2 + C1 2 = 9, given 4 + 2 + 2 = 8
    assert (got.answered, got.expected) == (8, 9) and got.coverage == pytest.approx(8 / 9)
    # per question figures and the NPS are unweighted: one promoter of one answer
    assert got.questions["1.1.1-1"].mean == pytest.approx(100.0) and got.nps == 100.0
    # the section's explanation carries the topic weights
    parts = [(p.id, p.value, p.weight) for p in got.explain("section", "1.1").parts]
    assert parts == [("1.1.1", pytest.approx(87.5), 4), ("1.1.2", pytest.approx(0.0), 2)]

    # the same answers without weights (SPEC §4 as written): a different number
    plain = score(small_form(), RESPONDENTS, ANSWERS)
    # 1.1 = (75 × 2 + 0 × 1) ÷ 3 = 50; 1.2.1 = (75 + (0.25 + 1) ÷ 2 → 62.5) ÷ 2 = 68.75;
    # review 1 = (50 + 68.75) ÷ 2 = 59.375; 2.1 = 87.5; overall = 73.4375
    assert plain.overall == pytest.approx(73.4375)
    assert (plain.answered, plain.expected) == (8, 9)


def test_a_topic_weighs_its_applicable_questions_weights():
    form = parse_form(weighted_data())
    tailored = rules.tailor(form, ["1.1.1-1"])
    # topic 1.1.1 keeps 1.1.1-2 (weight 1): M1 0.5 → 50; section 1.1 = (50 × 1 + 0 × 2) ÷ 3
    assert tailored.topics["1.1.1"].weight == 1
    got = score(tailored, RESPONDENTS, ANSWERS)
    assert got.sections["1.1"] == pytest.approx(50 / 3)
    assert (got.answered, got.expected) == (7, 8)


def test_weights_of_one_are_spec_four_to_the_last_bit():
    data = weighted_data({q: 1 for q in small_form().questions})
    ones = parse_form(data)
    assert not ones.weighted
    assert score(ones, RESPONDENTS, ANSWERS).to_json() == (
        score(small_form(), RESPONDENTS, ANSWERS).to_json()
    )
    # the same weight everywhere is the same as none: a mean is a mean
    twos = score(parse_form(weighted_data({q: 2.5 for q in small_form().questions})), *CASE)
    plain = score(small_form(), *CASE)
    assert twos.overall == pytest.approx(plain.overall, rel=1e-12)
    assert twos.sections == pytest.approx(plain.sections, rel=1e-12)


CASE = (RESPONDENTS, ANSWERS)

# The demo's overall scores as the engine gave them before question weights (commit
# 3233a64), by stage: the bundled form has no weights, so they must not move by a bit.
DEMO_OVERALL = {
    "initial": 28.570811700114422,
    "planned": 48.52621048927398,
    "measured": 66.83978717527175,
    "optimized": 82.72581983443717,
}


def test_the_bundled_form_on_the_demo_scores_as_before(db, demo_db):
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    form = assessment.snapshot_form(db, snaps[0].id)
    assert not form.weighted
    assert all(q.weight == 1 for q in form.questions.values())
    assert {s.stage: assessment.snapshot_scores(db, s.id).overall for s in snaps} == DEMO_OVERALL
    # and a copy of the form with every weight written out as 1 gives the very same numbers
    data = copy.deepcopy(form_store.form_data(form.version))
    for review in data["reviews"]:
        for section in review["sections"]:
            for topic in section["topics"]:
                for question in topic["questions"]:
                    question["weight"] = 1
    ones = parse_form(data)
    for snap in snaps:
        people, answers = _in_python(db, snap.id)
        assert score(ones, people, answers).to_json() == (
            assessment.snapshot_scores(db, snap.id).to_json()
        )


def _weighted_store(db, seed: int, respondents: int) -> tuple[str, object]:
    """A random store (test_score_sql's) on a copy of the bundled form with random weights."""
    rng = random.Random(seed)
    data = copy.deepcopy(form_store.form_data("1.0"))
    data["version"] = f"weighted-{seed}"
    for review in data["reviews"]:
        for section in review["sections"]:
            for topic in section["topics"]:
                for question in topic["questions"]:
                    question["weight"] = rng.choice([0.25, 0.5, 1, 1.5, 2, 3, 7.125])
    with db.atomic():
        db.execute(
            "INSERT INTO forms (version, json, imported_at) VALUES (?, ?, ?)",
            [data["version"], json.dumps(data), "2026-12-03T00:00:00"],
        )
    form_store.register(db)
    from csmm_desktop.domain import form as forms

    forms.set_new_snapshot_default(data["version"])
    try:
        snap_id = _fill(db, respondents, seed)
    finally:
        forms.set_new_snapshot_default(None)
    form = assessment.snapshot_form(db, snap_id)
    assert form.version == data["version"] and form.weighted
    return snap_id, form


@pytest.mark.parametrize(("respondents", "seed"), [(40, 7), (1321, 8)])
def test_the_sql_pass_and_python_agree_on_a_weighted_store(db, respondents, seed):
    snap_id, form = _weighted_store(db, seed, respondents)
    from_store = score_sql.snapshot_scores(db.conn, snap_id, form)
    people, answers = _in_python(db, snap_id)
    in_python = score(form, people, answers)
    assert from_store.to_json() == in_python.to_json()  # the very same numbers
    assert from_store.role_topics == in_python.role_topics
    # and both are the rule as written, worked out plainly for the sections
    plain = _plain_sections(form, people, answers)
    for section, value in plain.items():
        assert (from_store.sections[section] is None) == (value is None)
        if value is not None:
            assert from_store.sections[section] == pytest.approx(value * 100, rel=1e-12)
    # the unweighted form on the same answers differs: the weights count
    bundled = score(_bundled(), people, answers)
    assert bundled.overall != pytest.approx(from_store.overall, rel=1e-9)


def _bundled():
    from csmm_desktop.domain.form import load_form

    return load_form("1.0")


def _plain_sections(form, respondents, answers):
    """Sections by docs/forms.md "Question weights", plainly, one respondent at a time."""
    per_role: dict = {}
    for rid, role in respondents:
        mine = {q.id: q for q in form.questions_for(role)}
        by_topic: dict = {}
        for qid, value in answers.get(rid, {}).items():
            q = mine.get(qid)
            if q is None or not q.scored or value not in [v for v, _ in q.answer_choices()]:
                continue
            by_topic.setdefault(q.topic_id, []).append((q.normalise(value), q.weight))
        for topic, pairs in by_topic.items():
            mean = sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
            per_role.setdefault((topic, role), []).append(mean)
    out = {}
    for s in form.sections.values():
        parts = []
        for t in s.topics:
            means = [
                statistics.fmean(per_role[(t.id, r)]) for r in s.roles if (t.id, r) in per_role
            ]
            if t.weight and means:
                parts.append((statistics.fmean(means), t.weight))
        total = sum(w for _, w in parts)
        out[s.id] = sum(v * w for v, w in parts) / total if total else None
    return out


def test_the_interval_is_of_the_weighted_score():
    form = parse_form(weighted_data())
    people = [("M1", "management"), ("M2", "management"), ("M3", "management")]
    answers = {
        "M1": {"1.1.1-1": "5", "1.1.1-2": "3"},  # (1 × 3 + 0.5 × 1) ÷ 4 = 0.875
        "M2": {"1.1.1-1": "1", "1.1.1-2": "5"},  # (0 × 3 + 1 × 1) ÷ 4 = 0.25
        "M3": {"1.1.1-1": "4"},  # 0.75 × 3 ÷ 3 = 0.75
    }
    got = score(form, people, answers)
    own = [0.875, 0.25, 0.75]
    mean = statistics.fmean(own)  # 0.625
    assert got.topics["1.1.1"] == pytest.approx(mean * 100)
    # a mean of 3 respondents: mean ± t(0.975, 2 df) × s ÷ √3, s their standard deviation
    half = t_quantile(0.95, 2) * statistics.stdev(own) / math.sqrt(3) * 100
    low, high = got.confidence.topics_ci["1.1.1"]
    assert low == pytest.approx(max(0.0, mean * 100 - half))
    assert high == pytest.approx(min(100.0, mean * 100 + half))
    # each respondent's own section 1.1 score weighs their topics by the topic weights:
    # M1 (87.5 × 4) ÷ 4 = 87.5 (1.1.2 not answered), M2 25, M3 75 → median 75
    assert got.confidence.spread_sections["1.1"].median == pytest.approx(75.0)


@pytest.mark.parametrize("bad", [0, -1, "2", True, float("inf"), float("nan")])
def test_a_weight_not_a_positive_number_is_refused(bad):
    data = weighted_data({"1.1.1-1": bad})
    with pytest.raises(FormError, match="question 1.1.1-1: weight must be a number greater"):
        parse_form(data)


# --- a custom form with weights, from a workbook to `scores --json` and the report ---------


def weighted_shop():
    """test_form_sheet's shop form with weights: 1.1.1-1 ×3 (1.1.2-1 ×2 is its own), and
    1.2.1-1 ×1.5 (written as a decimal in the workbook)."""
    data = shop_form("shop-w")
    topics = data["reviews"][0]["sections"]
    topics[0]["topics"][0]["questions"][0]["weight"] = 3
    topics[1]["topics"][0]["questions"][0]["weight"] = 1.5
    return data


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_custom_form_with_weights_from_a_workbook_is_scored_by_the_cli(
    capsys, data_dir, tmp_path
):
    path = write_book(tmp_path / "shop.xlsx", to_sheets(weighted_shop()))
    code, out, err = cli(capsys, data_dir, "form-import", str(path))
    assert (code, out) == (0, "shop-w\n"), err
    _, client_id, _ = cli(capsys, data_dir, "new-client", "Mağaza Ltd.")
    code, snap_id, err = cli(
        capsys,
        data_dir,
        "new-snapshot",
        client_id.strip(),
        "--stage",
        "initial",
        "--form",
        "shop-w",
    )
    assert code == 0, err
    snap_id = snap_id.strip()
    db = open_store(data_dir)
    try:
        form = assessment.snapshot_form(db, snap_id)
        weights = {q.id: q.weight for q in form.questions.values()}
        assert (weights["1.1.1-1"], weights["1.1.1-2"], weights["1.1.2-1"]) == (3, 1, 2)
        assert weights["1.2.1-1"] == 1.5
        # answered as the wizard does: manager 5 (1.0), partly (0.5), 3 (0.5);
        # employee 2 (0.25), 1.1.1-2 left blank, 5 (1.0); customer 4 (0.75)
        for role, given in (
            ("management", {"1.1.1-1": "5", "1.1.1-2": "partly", "1.1.2-1": "3"}),
            ("employee", {"1.1.1-1": "2", "1.1.2-1": "5"}),
            ("client", {"1.2.1-1": "4", "1.2.1-2": "post"}),
        ):
            person = assessment.add_respondent(db, snap_id, role, role[0].upper() + "1")
            for qid, value in given.items():
                assessment.set_answer(db, person.id, qid, value)
    finally:
        db.close()
    code, out, err = cli(capsys, data_dir, "scores", snap_id, "--json")
    assert code == 0, err
    data = json.loads(out)
    partly = next(v.score for v in form.scales["yes_partial_no"].values if v.value == "partly")
    assert partly == 0.5
    # topic 1.1.1: manager (1 × 3 + 0.5 × 1) ÷ 4 = 87.5; employee 0.25 × 3 ÷ 3 = 25 (only
    # the answered question's weight); topic (87.5 + 25) ÷ 2 = 56.25, gap 62.5
    assert data["topics"]["1.1.1"] == pytest.approx(56.25)
    assert data["gaps"]["1.1.1"] == pytest.approx(62.5)
    # topic 1.1.2: manager 50, employee 100 → 75 (the text question is not scored)
    assert data["topics"]["1.1.2"] == pytest.approx(75.0)
    # section 1.1 = (56.25 × 4 + 75 × 2) ÷ 6 = 375 ÷ 6 = 62.5; section 1.2 = 75
    assert data["sections"] == {"1.1": pytest.approx(62.5), "1.2": pytest.approx(75.0)}
    # review 1 = overall = (62.5 + 75) ÷ 2 = 68.75; unweighted it would be
    # ((68.75 × 2 + 75 × 1) ÷ 3 + 75) ÷ 2 = 72.9166…
    assert data["overall"] == pytest.approx(68.75) and data["level"] == "measured"
    # coverage counts answers: expected 3 + 3 + 1 (the choice is not scored), given 6
    assert data["coverage"] == pytest.approx(6 / 7)


def _method_words(db, snap_id, lang):
    from csmm_desktop.reports.context import Context
    from csmm_desktop.reports.snapshot import method_rules, weights_text, worked_example

    ctx = Context.load(db, snap_id, lang)
    return ctx, method_rules(ctx), worked_example(ctx), weights_text(ctx)


def test_the_method_appendix_says_weights_apply_in_both_languages(db, tmp_path):
    version = form_store.import_xlsx(
        db, write_book(tmp_path / "s.xlsx", to_sheets(weighted_shop()))
    )
    client = clients.create_client(db, "Mağaza Ltd.")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-01", form_version=version)
    manager = assessment.add_respondent(db, snap.id, "management", "Ayşe")
    for qid, value in {"1.1.1-1": "5", "1.1.1-2": "partly", "1.1.2-1": "3"}.items():
        assessment.set_answer(db, manager.id, qid, value)

    ctx, rules_en, example_en, weights_en = _method_words(db, snap.id, "en")
    assert "weighted mean" in rules_en[1] and "sum of the weights" in rules_en[3]
    assert weights_en.startswith("This form gives its questions weights")
    assert "weight 3: 1.1.1-1; weight 2: 1.1.2-1; weight 1.5: 1.2.1-1" in weights_en
    # manager: 1.1.1 = (1 × 3 + 0.5) ÷ 4 = 87.5, 1.1.2 = 50; 1.1 = (87.5 × 4 + 50 × 2) ÷ 6 = 75
    assert "Section 1.1 = topic scores weighted by their questions' weights = " in example_en[2]
    assert "(87.5 × 4 + 50.0 × 2) ÷ 6 = 75.0" in example_en[2]
    _, rules_tr, example_tr, weights_tr = _method_words(db, snap.id, "tr")
    assert "ağırlıklı ortalamasıdır" in rules_tr[1] and "ağırlıklarının toplamı" in rules_tr[3]
    assert "ağırlık 3: 1.1.1-1; ağırlık 2: 1.1.2-1; ağırlık 1,5: 1.2.1-1" in weights_tr
    assert "(87,5 × 4 + 50,0 × 2) ÷ 6 = 75,0" in example_tr[2]

    # a snapshot on the bundled form keeps SPEC's words (no weights)
    plain_snap = clients.create_snapshot(db, client.id, "planned", "2026-11-02")
    plain = assessment.add_respondent(db, plain_snap.id, "management", "Ali")
    assessment.set_answer(db, plain.id, "1.1.1-1", "4")
    _, rules_plain, example_plain, _ = _method_words(db, plain_snap.id, "en")
    assert "number of scored questions" in rules_plain[3] and "weighted mean" not in rules_plain[1]
    assert any("weighted by scored questions" in line for line in example_plain)

    # and the printed report says so (its text layer, Turkish)
    from csmm_desktop import reports
    from tests.pdftext import page_texts

    out = reports.write_report(db, snap.id, "tr", tmp_path / "r.pdf")
    text = "".join("".join(p.split()) for p in page_texts(out))
    assert "Buformsorularınaağırlıkverir" in text
    assert "Ağırlık=konununpuanlanansorularınınağırlıklarınıntoplamı." in text


def test_suggestions_rank_by_the_topic_weight_and_say_it_is_a_weight():
    from csmm_desktop.domain.engagement import TopicSuggestion, suggest_actions

    form = parse_form(weighted_data())
    got = score(form, RESPONDENTS, ANSWERS)  # overall 71.875: measured, next optimized (80)
    found = {s.topic_id: s for s in suggest_actions(got, form, n=10)}
    # 1.1.2 = 0 weighing 2: (80 − 0) × 2 = 160; 1.2.1 = 62.5 weighing 1.5: 17.5 × 1.5 = 26.25
    assert found["1.1.2"].weight == 2 and found["1.1.2"].priority == pytest.approx(160)
    assert found["1.2.1"].weight == 1.5 and found["1.2.1"].priority == pytest.approx(26.25)
    assert found["1.2.1"].rationale == {
        "en": "17.5 points below the Optimized level (80) × weight 1.5 = priority 26.",
        "tr": "Yüksek Performans ve Kalite seviyesinin (80) 17,5 puan altında × ağırlık 1,5 = öncelik 26.",
    }
    # a form without weights keeps the count of scored questions
    plain = TopicSuggestion("1.1.2", {"en": "b", "tr": "b"}, 0.0, (), "optimized", 80.0, 1)
    assert plain.rationale["en"].endswith("× 1 scored question = priority 80.")
