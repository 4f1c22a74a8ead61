"""The voice of the customer (issue 17): the consultant's themes on free-text answers are
stored per answer (schema 9, carried in bundles), and the snapshot report groups the open
feedback by them with counts and at most two example quotes, the same text once with its
count, the untagged answers after; in both languages (PDF text)."""

import pytest

from csmm_desktop import reports
from csmm_desktop.domain import bundle
from csmm_desktop.services import clients, voice
from csmm_desktop.services.clients import InputError
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import text_of

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("voice") / "data"
    db = open_copy(demo_template, folder)
    snap = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    answers = voice.open_answers(db, snap.id)
    tags = {}
    for a in answers:
        if a.text.startswith(("Kredi başvurumun", "Para transferi")):
            tags[(a.respondent_id, a.question_id)] = "Bekleme süresi"
        elif a.text.startswith("We need one view"):
            tags[(a.respondent_id, a.question_id)] = "  Tek müşteri   görünümü "
    voice.set_themes(db, tags)
    return db, snap, answers


def test_themes_are_stored_per_answer_and_grouped_with_counts(demo):
    db, snap, answers = demo
    found = voice.voice_of_customer(db, snap.id)
    waits = [a for a in answers if a.text.startswith(("Kredi başvurumun", "Para transferi"))]
    one_view = [a for a in answers if a.text.startswith("We need one view")]
    assert [(t.name, t.count) for t in found.themes] == sorted(
        [("Bekleme süresi", len(waits)), ("Tek müşteri görünümü", len(one_view))],
        key=lambda x: -x[1],
    )
    theme = next(t for t in found.themes if t.name == "Bekleme süresi")
    assert len(theme.examples) == 2  # two distinct texts, each once with its count
    assert sum(q.count for q in theme.examples) == len(waits)
    assert len({q.text for q in theme.examples}) == 2
    untagged = len(answers) - len(waits) - len(one_view)
    assert sum(q.count for q in found.untagged) == untagged
    assert len({q.text for q in found.untagged}) == len(found.untagged)  # each text once
    assert voice.themes_in_use(db, DEMO_CLIENT_ID) == ["Bekleme süresi", "Tek müşteri görünümü"]
    stored = db.execute("SELECT count(*) FROM quote_themes").fetchone()[0]
    assert stored == len(waits) + len(one_view)


def test_a_theme_is_cleared_and_a_missing_answer_refused(demo, tmp_path):
    db, snap, _answers = demo
    first = voice.open_answers(db, snap.id)[0]
    before = voice.voice_of_customer(db, snap.id)
    with pytest.raises(InputError):
        voice.set_theme(db, first.respondent_id, "no-such-question", "X")
    with pytest.raises(InputError):
        voice.set_theme(db, first.respondent_id, first.question_id, "x" * 61)
    assert voice.voice_of_customer(db, snap.id) == before  # nothing half-written
    voice.set_theme(db, first.respondent_id, first.question_id, "Geçici")
    assert any(t.name == "Geçici" for t in voice.voice_of_customer(db, snap.id).themes)
    voice.set_theme(db, first.respondent_id, first.question_id, first.theme)
    assert voice.voice_of_customer(db, snap.id) == before


def test_bundles_carry_the_themes():
    spec = bundle.BY_NAME["quote_themes"]
    assert spec.key == ("respondent_id", "question_id")
    assert bundle.chain(spec)[0] == ("quote_themes", "respondent_id", "respondents")


@pytest.mark.parametrize(
    ("lang", "title", "untagged", "col"),
    [
        ("en", "Open feedback", "Answers not yet given a theme", "Example quotes"),
        ("tr", "Açık uçlu geri bildirimler", "Henüz bir temaya bağlanmamış yanıtlar", "Örnek"),
    ],
)
def test_the_report_prints_themes_counts_and_each_quote_once(
    demo, tmp_path, lang, title, untagged, col
):
    db, snap, _answers = demo
    found = voice.voice_of_customer(db, snap.id)
    out = reports.write_snapshot_report(db, snap.id, lang, tmp_path / f"{lang}.pdf")
    text = text_of(out)
    start = flat(text).rindex(flat(title))
    part = flat(text)[start:]
    part = part[: part.index(flat("Appendix" if lang == "en" else "Ek"))]
    assert flat("Bekleme süresi") in part and flat("Tek müşteri görünümü") in part
    assert flat(col) in part and flat(untagged) in part
    theme = next(t for t in found.themes if t.name == "Bekleme süresi")
    assert flat(f"(×{theme.examples[0].count})") in part
    # the same quote is printed once, not once per respondent
    assert part.count(flat("We need one view of the customer")) == 1
    for quote in found.untagged:
        assert part.count(flat(quote.text)[:30]) == 1
