"""One truth for the recommendations (issue 17): the executive summary, the report's longer
list of suggested actions and the deck's slide print the consultant's choice, in the chosen
order, in the consultant's words, all through services.presentation.recommendations; a
snapshot without a choice keeps the ranking everywhere."""

import pytest
from pptx import Presentation

from csmm_desktop import reports
from csmm_desktop.domain.engagement import DoneMark, TopicSuggestion
from csmm_desktop.reports.context import Context
from csmm_desktop.reports.office import export
from csmm_desktop.reports.office_texts import w
from csmm_desktop.reports.texts import t
from csmm_desktop.services import clients, demo
from csmm_desktop.services import issuer as I
from csmm_desktop.services.presentation import recommendations
from tests.conftest import open_copy
from tests.pdftext import page_texts

# the reports' text is read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")

OURS = "Şube müdürleri her ay ölçüm sonuçlarını ekipleriyle gözden geçirsin."


def flat(text: str) -> str:
    return "".join(text.split())


def suggestion(topic_id: str, done: bool = False) -> TopicSuggestion:
    mark = DoneMark("action", "2026-02-01", {"en": "done", "tr": "bitti"}) if done else None
    actions = ({"en": f"Do {topic_id}", "tr": f"{topic_id} yap"}, {"en": f"Also {topic_id}"})
    return TopicSuggestion(topic_id, {"en": topic_id}, 30.0, actions, "planned", 40, 2, mark)


RANKING = [
    suggestion("1.1"),
    suggestion("1.2", done=True),
    *map(suggestion, ["2.1", "2.2", "2.3", "2.4", "2.5"]),
]


def ids(rows):
    return [r.topic_id for r in rows]


def test_without_a_choice_the_ranking_as_it_is_and_its_first_five_still_to_do():
    found = recommendations(RANKING, I.ReportMeta())
    assert ids(found.rows) == ids(RANKING) and not found.by_consultant
    assert ids(found.chosen) == ["1.1", "2.1", "2.2", "2.3", "2.4"]  # the done one skipped
    assert [r.summary for r in found.chosen] == [1, 2, 3, 4, 5]
    first = found.rows[0]
    assert first.texts("tr") == ("1.1 yap", "Also 1.1") and first.text("en") == "Do 1.1"


def test_the_choice_comes_first_in_its_order_with_the_consultants_words():
    meta = I.ReportMeta(recommendations=("2.3", "1.1", "9.9", "1.2"), texts=(("2.3", OURS),))
    found = recommendations(RANKING, meta)
    assert found.by_consultant
    assert ids(found.chosen) == ["2.3", "1.1"]  # unknown and done topics are not printed
    assert ids(found.rows) == ["2.3", "1.1", "1.2", "2.1", "2.2", "2.4", "2.5"]
    ours = found.rows[0]
    assert ours.reworded and ours.texts("en") == (OURS,) and ours.text("tr") == OURS
    assert not found.rows[1].reworded and found.rows[1].text("en") == "Do 1.1"
    assert [r.summary for r in found.rows] == [1, 2, 0, 0, 0, 0, 0]


def test_at_most_five_on_the_summary_and_none_when_the_consultant_chose_none():
    every = ("2.5", "2.4", "2.3", "2.2", "2.1", "1.1")
    found = recommendations(RANKING, I.ReportMeta(recommendations=every))
    assert ids(found.chosen) == list(every[:5])
    assert ids(found.rows) == [*every[:5], "1.1", "1.2"]  # the rest by rank
    none = recommendations(RANKING, I.ReportMeta(recommendations=()))
    assert none.chosen == () and none.by_consultant and ids(none.rows) == ids(RANKING)


@pytest.fixture(scope="module")
def store(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("one_truth") / "data"
    db = open_copy(demo_template, folder)
    yield db
    db.close()


@pytest.fixture
def snap(store):
    """The demo's last snapshot (a topic on its ranking done), no choice stored."""
    snap_id = clients.list_snapshots(store, demo.DEMO_CLIENT_ID)[-1].id
    I.save_report_meta(store, snap_id)
    yield snap_id
    I.save_report_meta(store, snap_id)


def ranking(db, snap_id, lang="en"):
    return Context.load(db, snap_id, lang).suggestions()


def pdf_text(path) -> list[str]:
    return [flat(text) for text in page_texts(path)]


def longer_list(pages: list[str], lang: str) -> str:
    """The report from its list of suggested actions on (the heading is not in contents)."""
    text = "".join(pages[2:])
    return text[text.index(flat(t(lang, "s_suggestions"))) :]


def choose(db, snap_id):
    """The third still to do reworded and chosen first, then the first; the others left."""
    open_ = [s for s in ranking(db, snap_id) if s.done is None]
    third, first = open_[2], open_[0]
    I.save_report_meta(
        db, snap_id, recommendations=[third.topic_id, first.topic_id], texts={third.topic_id: OURS}
    )
    return third, first, open_


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_pdf_list_prints_the_choice_first_in_the_consultants_words(store, snap, lang, tmp_path):
    third, first, open_ = choose(store, snap)
    pages = pdf_text(reports.write_report(store, snap, lang, tmp_path / "r.pdf"))
    listed = longer_list(pages, lang)
    at = [listed.index(f"{n}{topic.topic_id}") for n, topic in enumerate((third, first), 1)]
    assert at[0] < listed.index(flat(OURS)) < at[1]
    assert listed.count(flat(t(lang, "on_summary"))) == 2
    assert flat(t(lang, "suggestions_chosen_first")) in listed
    others = [s for s in ranking(store, snap) if s.topic_id not in (third.topic_id, first.topic_id)]
    after = at[1]
    for n, s in enumerate(others, start=3):  # the rest by rank, the done one included
        after = listed.index(f"{n}{s.topic_id}", after)
    everything = "".join(pages)
    for action in third.actions:  # the ranking's words for the reworded topic: nowhere
        assert flat(action[lang]) not in everything
    summary = pages[1]  # the executive summary says the same, in the same order
    assert summary.index(f"1{third.topic_id}") < summary.index(flat(OURS))
    assert summary.index(flat(OURS)) < summary.index(f"2{first.topic_id}")
    assert f"3{open_[1].topic_id}" not in summary


def test_without_a_choice_the_pdf_list_keeps_the_ranking(store, snap, tmp_path):
    found = ranking(store, snap)
    assert any(s.done is not None for s in found)  # the demo's last snapshot has one done
    pages = pdf_text(reports.write_report(store, snap, "en", tmp_path / "r.pdf"))
    listed = longer_list(pages, "en")
    after = 0
    for n, s in enumerate(found, start=1):
        after = listed.index(f"{n}{s.topic_id}", after)
        assert listed.index(flat(s.actions[0]["en"]), after) > after
    assert listed.count(flat(t("en", "on_summary"))) == 5
    assert flat(t("en", "suggestions_chosen_first")) not in listed


def slide_rows(path, lang):
    prs = Presentation(path)
    slides = [s for s in prs.slides if any(x.name == "Title" for x in s.shapes)]
    titles = [next(x.text_frame.text for x in s.shapes if x.name == "Title") for s in slides]
    if w(lang, "d_recommend") not in titles:
        return None, prs
    slide = slides[titles.index(w(lang, "d_recommend"))]
    (table,) = [x.table for x in slide.shapes if x.has_table]
    return [[cell.text for cell in row.cells] for row in list(table.rows)[1:]], prs


def every_text(prs) -> str:
    found = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                found.append(shape.text_frame.text)
            if shape.has_table:
                found += [c.text for row in shape.table.rows for c in row.cells]
    return "\n".join(found)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_deck_shows_the_summarys_choice_order_and_words(store, snap, lang, tmp_path):
    third, first, _open = choose(store, snap)
    rows, prs = slide_rows(export(store, snap, "deck", lang, tmp_path / "d.pptx"), lang)
    ctx = Context.load(store, snap, lang)
    assert [row[:3] for row in rows] == [
        ["1", ctx.topic_name(third.topic_id), ctx.score(third.score)],
        ["2", ctx.topic_name(first.topic_id), ctx.score(first.score)],
    ]
    assert rows[0][3] == OURS and rows[0][4] == ctx.text(third.rationale)
    assert rows[1][3] == "\n".join(f"• {ctx.text(a)}" for a in first.actions)
    shown = every_text(prs)
    for action in third.actions:
        assert action[lang] not in shown


def test_without_a_choice_the_deck_shows_the_rankings_first_five(store, snap, tmp_path):
    rows, _prs = slide_rows(export(store, snap, "deck", "en", tmp_path / "d.pptx"), "en")
    ctx = Context.load(store, snap, "en")
    open_ = [s for s in ctx.suggestions() if s.done is None][:5]
    assert [row[1] for row in rows] == [ctx.topic_name(s.topic_id) for s in open_]
    first_lines = [row[3].split("\n")[0].removeprefix("• ") for row in rows]
    assert first_lines == [s.actions[0]["en"] for s in open_]  # a lone action: no bullet
    assert [r.topic_id for r in ctx.recommendations().chosen] == [s.topic_id for s in open_]


def test_no_recommendation_chosen_no_slide_and_none_on_the_summary(store, snap, tmp_path):
    I.save_report_meta(store, snap, recommendations=[])
    rows, prs = slide_rows(export(store, snap, "deck", "tr", tmp_path / "d.pptx"), "tr")
    assert rows is None and len(prs.slides) == 10  # the eleven less the recommendations
    pages = pdf_text(reports.write_report(store, snap, "tr", tmp_path / "r.pdf"))
    assert flat(t("tr", "recommendations")) not in pages[1]
    assert flat(t("tr", "on_summary")) not in longer_list(pages, "tr")
