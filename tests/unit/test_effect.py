"""What changed, with effect (issue 17): each action done between the previous snapshot and
this one with a linked topic or KPI, judged by the change measured at this snapshot
("worked" beyond the documented thresholds, "no visible effect", "worse"); in the snapshot
report's what changed and its own section, and in the progress report, both languages."""

from dataclasses import replace

import pytest

from csmm_desktop import reports
from csmm_desktop.services import assessment, clients, effect
from csmm_desktop.services import engagement as E
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import page_texts, text_of

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_thresholds_decide_the_verdict():
    assert effect.topic_measure("1.1", 50.0, 55.04).verdict == effect.NONE  # +5.0: not more
    assert effect.topic_measure("1.1", 50.0, 55.2).verdict == effect.WORKED
    assert effect.topic_measure("1.1", 50.0, 44.8).verdict == effect.WORSE
    assert effect.topic_measure("1.1", None, 44.8).verdict == effect.UNMEASURED
    kpi = E.Kpi("k", "c", "Abandon rate", "%", "lower", 5.0, True, "")
    assert effect.kpi_measure(kpi, 10.0, 9.0).verdict == effect.WORKED  # lower is better, −10%
    assert effect.kpi_measure(kpi, 10.0, 9.6).verdict == effect.NONE  # −4%
    assert effect.kpi_measure(kpi, 10.0, 11.0).verdict == effect.WORSE
    up = replace(kpi, direction="higher")
    assert effect.kpi_measure(up, 10.0, 11.0).verdict == effect.WORKED
    assert effect.kpi_measure(up, 0.0, 1.0).verdict == effect.WORKED  # against the target
    assert effect.kpi_measure(up, 10.0, None).verdict == effect.UNMEASURED


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("effect")
    db = open_copy(demo_template, folder / "data")
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    before = assessment.snapshot_scores(db, snaps[-2].id).topics
    after = assessment.snapshot_scores(db, snaps[-1].id).topics
    moves = {
        t: round(after[t], 1) - round(before[t], 1)
        for t in after
        if after[t] is not None and before.get(t) is not None
    }
    flat_topic = min(moves, key=lambda t: abs(moves[t]))
    # a KPI that got worse (higher is better, 80 -> 70) and one that barely moved
    worse = E.add_kpi(db, DEMO_CLIENT_ID, "İlk arama çözümü", unit="%", target=85)
    still = E.add_kpi(db, DEMO_CLIENT_ID, "Bekleme (sn)", direction="lower", target=30)
    for kpi, old, new in ((worse, 80, 70), (still, 40, 39)):
        E.set_kpi_value(db, kpi.id, snaps[-2].id, old)
        E.set_kpi_value(db, kpi.id, snaps[-1].id, new)
    # done for the latest snapshot: recorded later, shown as first recorded (done)
    for title, kpi in (("Geri düşen KPI", worse), ("Yerinde sayan KPI", still)):
        E.add_action(
            db,
            DEMO_CLIENT_ID,
            title,
            snapshot_id=snaps[-1].id,
            status="done",
            owner="Ece Kara",
            topic_id=flat_topic,
            kpi_id=kpi.id,
            cycle=3,
        )
    return db, snaps, folder, moves[flat_topic]


def test_actions_done_since_the_previous_snapshot_are_judged(demo):
    db, snaps, _folder, topic_move = demo
    found = {e.action.title: e for e in effect.action_effects(db, snaps[-1].id)}
    # the KPI decides when measured at both snapshots, whatever the topic did
    assert found["Geri düşen KPI"].verdict == effect.WORSE
    assert found["Yerinde sayan KPI"].verdict == effect.NONE  # −2.5%: within 5%
    topic = found["Geri düşen KPI"].measures[0]
    assert topic.kind == "topic" and topic.change == round(topic_move, 1)
    vardiya = next(e for t, e in found.items() if t.startswith("Vardiya planını"))
    kinds = [m.kind for m in vardiya.measures]
    assert kinds == ["topic", "kpi"] and vardiya.verdict == effect.WORKED  # abandon rate fell
    # done before the previous snapshot: judged there, not here
    assert not any(t.startswith("Omnichannel") for t in found)
    assert effect.action_effects(db, snaps[0].id) == []
    assert effect.tally(found.values())[effect.WORSE] == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            {
                "title": "Effect of the actions done",
                "sentence": "Effect of the 7 actions done with a linked topic or KPI, measured "
                "at this snapshot: 5 worked, 1 no visible effect, 1 worse.",
                "worse": "worse",
                "method": "Worked: the topic's score rose by more than 5.0 points",
                "period": "From Planned 23 Mar 2026 to Measured 29 Jun 2026",
            },
        ),
        (
            "tr",
            {
                "title": "Tamamlanan aksiyonların etkisi",
                "sentence": "Bu anlık durumda ölçülen etki (konuya ya da KPI'ya bağlı 7 "
                "tamamlanan aksiyon): 5 işe yaradı, 1 görünür etkisi yok, 1 kötüleşti.",
                "worse": "kötüleşti",
                "method": "İşe yaradı: konu puanı 5,0 puandan fazla yükseldi",
                "period": "Planlı Çalışma 23.03.2026 → Ölçülebilir Performans 29.06.2026",
            },
        ),
    ],
)
def test_the_reports_show_the_effect(demo, lang, words):
    db, snaps, folder, _move = demo
    out = reports.write_snapshot_report(db, snaps[-1].id, lang, folder / f"s{lang}.pdf")
    pages = [flat(p) for p in page_texts(out)]
    assert flat(words["sentence"]) in pages[1]  # the executive summary's what changed
    text = "".join(pages)
    part = text[text.rindex(flat(words["title"])) :]
    assert flat("Geri düşen KPI") in part and flat(words["worse"]) in part
    assert flat(words["method"]) in part
    progress = reports.write_report(
        db, snaps[-1].id, lang, folder / f"p{lang}.pdf", kind="progress"
    )
    ptext = flat(text_of(progress))
    assert flat(words["title"]) in ptext and flat(words["period"]) in ptext
    assert flat("Geri düşen KPI") in ptext
