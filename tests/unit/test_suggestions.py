"""Suggested actions know the history: ranked by gap to the next level × topic weight with
the reason said in both languages, and a topic already taken care of as of the snapshot (an
action on it done, a requirement on it solved) marked, not offered again."""

import pytest

from csmm_desktop import reports
from csmm_desktop.domain import engagement as rules
from csmm_desktop.domain.form import load_form
from csmm_desktop.domain.scoring import score
from csmm_desktop.services import clients
from csmm_desktop.services import engagement as E
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import text_of

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")

HELP_CENTRE = "Publish a searchable help centre with answers to the 20 most frequent questions."


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("suggestions")
    db = open_copy(demo_template, folder / "data")
    yield db, clients.list_snapshots(db, DEMO_CLIENT_ID), folder
    db.close()


def test_ranked_by_gap_to_the_next_level_times_weight_and_saying_why(demo):
    db, snaps, _ = demo
    initial = snaps[0]  # overall 28.6: Initial, so the next level is Planned (40)
    found = E.suggest_actions_for_snapshot(db, initial.id)
    assert len(found) == 5 and all(s.done is None for s in found)
    assert all(s.target == "planned" and s.target_score == 40 and s.score < 40 for s in found)
    priorities = [s.priority for s in found]
    assert priorities == sorted(priorities, reverse=True)
    first = found[0]
    assert first.priority == pytest.approx((40 - round(first.score, 1)) * first.weight)
    assert first.topic_id == "2.3.6" and first.weight == 19  # not the lowest score: the weight
    assert min(s.score for s in found) < first.score
    assert first.rationale == {
        "en": "13.7 points below the Planned level (40) × 19 scored questions = priority 260.",
        "tr": "Planlı Çalışma seviyesinin (40) 13,7 puan altında × 19 puanlı soru = öncelik 260.",
    }


def test_topics_done_as_of_the_snapshot_are_marked_and_do_not_count(demo):
    db, snaps, _ = demo
    optimized = snaps[-1]  # 28 Sep 2026: at the top level, the topics below its 80
    found = E.suggest_actions_for_snapshot(db, optimized.id)
    assert sum(s.done is None for s in found) == 5
    done = {s.topic_id: s.done for s in found if s.done is not None}
    assert done["1.2.2"].text["en"] == (
        "Done on 28 Jul 2026: “Temsilci koçluk programını yeniden başlatmak (ayda iki oturum)”"
    )
    assert done["1.2.2"].text["tr"].startswith("28.07.2026 tarihinde tamamlandı: “")
    every = {s.topic_id: s for s in E.suggest_actions_for_snapshot(db, optimized.id, n=60)}
    help_centre = every["2.1.3"]  # the knowledge base action done in May, the requirement
    assert help_centre.actions[0]["en"] == HELP_CENTRE  # solved at Measured: the earlier
    assert (help_centre.done.kind, help_centre.done.day) == ("action", "2026-05-06")
    marks = E.topics_done_as_of(db, optimized.id)
    assert marks["1.3.1"].kind == "action"  # CRM: action done 20 Sep, requirement later


def test_what_was_done_later_is_not_known_at_an_earlier_snapshot(demo):
    db, snaps, _ = demo
    assert E.topics_done_as_of(db, snaps[0].id) == {}  # nothing done by 12 Jan 2026
    planned = E.topics_done_as_of(db, snaps[1].id)  # 23 Mar: the Initial actions done
    assert set(planned) == {"2.4.8", "1.2.3", "1.1.1"}  # complaints, forms, omnichannel
    assert "2.1.3" not in planned  # the help centre came in May


def test_a_requirement_solved_marks_its_topic(db):
    client = clients.create_client(db, "Acme")
    s1 = clients.create_snapshot(db, client.id, "initial", "2026-01-12").id
    s2 = clients.create_snapshot(db, client.id, "planned", "2026-03-23").id
    r = E.add_requirement(db, s1, "Help centre", topic_id="2.1.3")
    assert E.topics_done_as_of(db, s1) == {}
    E.solve_requirement(db, r.id, s2, "Live")
    assert E.topics_done_as_of(db, s1) == {}  # solved at a later snapshot
    mark = E.topics_done_as_of(db, s2)["2.1.3"]
    assert mark.text == {
        "en": "Requirement solved at the Planned snapshot (23 Mar 2026): “Help centre”",
        "tr": "Gereksinim Planlı Çalışma aşamasında (23.03.2026) karşılandı: “Help centre”",
    }


def test_the_domain_rule_at_the_top_level_and_with_done_topics():
    form = load_form()
    roles = [("m", "management"), ("e", "employee"), ("c", "client")]

    def pick(question):  # 2.4.8 and 1.2.2 weak, every other topic top marks
        values = sorted((v for v, _ in question.answer_choices()), key=question.normalise)
        return values[{"2.4.8": 0, "1.2.2": 1}.get(question.topic_id, -1)]

    answers = {
        rid: {q.id: pick(q) for q in form.questions_for(role) if q.scored} for rid, role in roles
    }
    scores = score(form, roles, answers)
    assert scores.level == "optimized"  # the top level: its own threshold is the target
    found = rules.suggest_actions(scores, form, n=5)
    assert {s.topic_id for s in found} == {"2.4.8", "1.2.2"}
    assert all(s.target == "optimized" for s in found)
    mark = rules.DoneMark("action", "2026-02-01", "Complaint rules")
    marked = rules.suggest_actions(scores, form, n=1, done={found[0].topic_id: mark})
    assert [s.topic_id for s in marked] == [s.topic_id for s in found]  # done: kept, not counted
    assert marked[0].done == mark and marked[1].done is None
    assert rules.next_level(None) is None and rules.next_level("initial") == "planned"


def test_the_demo_report_no_longer_offers_the_delivered_help_centre(demo):
    """The measured defect: the Optimized snapshot's report suggested a help centre that its
    action plan shows as delivered (May 2026) and its requirements list as solved."""
    db, snaps, folder = demo
    out = reports.write_report(db, snaps[-1].id, "en", folder / "opt.pdf")
    text = flat(text_of(out))
    assert flat(HELP_CENTRE) not in text
    assert flat("Suggested actions") in text
    assert flat("✓ Done on 28 Jul 2026") in text  # the coaching, done, marked
    assert flat("5.8 points below the Optimized level (80) × 11 scored questions") in text
