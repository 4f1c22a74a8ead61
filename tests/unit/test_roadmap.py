"""The roadmap (issue 17): the action plan on a time axis by 3-month cycle, from due dates
and status history, with owners, linked KPIs and why a dropped action was dropped; in the
action-plan handout in both languages (PDF text)."""

from datetime import date

import pytest

from csmm_desktop import reports
from csmm_desktop.charts.roadmap import RoadmapAxis, RoadmapRow, roadmap_chart
from csmm_desktop.services import clients, roadmap
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import text_of


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("roadmap") / "data"
    db = open_copy(demo_template, folder)
    return db, clients.list_snapshots(db, DEMO_CLIENT_ID)


def test_spans_follow_the_status_history_as_of_the_snapshot(demo):
    db, snaps = demo
    latest = roadmap.roadmap(db, snaps[-1].id)
    first = date.fromisoformat(snaps[0].date)
    assert [c.number for c in latest.cycles] == [1, 2, 3, 4]
    assert latest.cycles[0].start == first and latest.cycles[1].start == date(2026, 4, 12)
    by_title = {i.action.title: i for i in latest.items}
    omni = next(i for t, i in by_title.items() if t.startswith("Omnichannel"))
    # planned from 13 Jan, in progress from 20 Jan, done on 9 Mar (the demo's revisions)
    assert [(s.start, s.end, s.status) for s in omni.spans] == [
        (date(2026, 1, 13), date(2026, 1, 20), "planned"),
        (date(2026, 1, 20), date(2026, 3, 9), "in_progress"),
    ]
    assert omni.ended == date(2026, 3, 9) and omni.due == date(2026, 3, 9)
    gone = [i for i in latest.items if i.action.status == "dropped"]
    assert len(gone) == 1 and gone[0].why_dropped.startswith("Bütçe onayı alınamadı")
    assert any(i.kpi for i in latest.items)
    for item in latest.items:
        assert all(s.start <= s.end for s in item.spans)
        if item.action.status in ("planned", "in_progress"):
            assert item.ended is None and item.spans[-1].end >= latest.as_of
    # an earlier snapshot's roadmap stops at its date: the dropped action was still open
    earlier = roadmap.roadmap(db, snaps[1].id)
    assert earlier.as_of == date.fromisoformat(snaps[1].date)
    assert not any(i.action.status == "dropped" or i.why_dropped for i in earlier.items)
    assert max(s.end for i in earlier.items for s in i.spans if s.status != "ahead") <= (
        earlier.as_of
    )


def test_the_chart_draws_bars_markers_and_cycles():
    rows = [
        RoadmapRow("1. A", [(date(2026, 1, 1), date(2026, 2, 1), "planned")], date(2026, 2, 5)),
        RoadmapRow(
            "2. B",
            [(date(2026, 1, 5), date(2026, 3, 1), "in_progress")],
            None,
            date(2026, 3, 1),
            "dropped",
        ),
    ]
    cycles = [("Cycle 1", date(2026, 1, 1), date(2026, 4, 1))]
    fig = roadmap_chart(rows, RoadmapAxis(cycles, date(2026, 3, 15), "15 Mar"))
    gids = [a.get_gid() for ax in fig.axes for a in ax.get_children()]
    assert gids.count("span-planned") == 1 and gids.count("span-in_progress") == 1
    assert "due" in gids and "ended-dropped" in gids and "as-of" in gids and "cycle-1" in gids
    empty = roadmap_chart([], RoadmapAxis(cycles, date(2026, 3, 15), "15 Mar"))
    assert "no-data" in [a.get_gid() for ax in empty.axes for a in ax.get_children()]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["Roadmap", "Dropped actions and why", "Why it was dropped", "Dropped on"]),
        ("tr", ["Yol haritası", "Bırakılan aksiyonlar ve nedenleri", "Bırakılma nedeni"]),
    ],
)
def test_the_action_plan_prints_the_roadmap(demo, tmp_path, monkeypatch, lang, words):
    db, snaps = demo
    drawn = []

    def spy(rows, axis, *args, **kw):
        drawn.append((rows, axis))
        return roadmap_chart(rows, axis, *args, **kw)

    monkeypatch.setattr("csmm_desktop.charts.roadmap.roadmap_chart", spy)
    out = reports.write_action_plan(db, snaps[-1].id, lang, tmp_path / f"{lang}.pdf")
    labels = [row.label for rows, _axis in drawn for row in rows]
    assert len(labels) == len(roadmap.roadmap(db, snaps[-1].id).items)
    assert labels[0].startswith("1. ") and labels[-1].startswith(f"{len(labels)}. ")
    assert sum("KPI: " in label for label in labels) >= 3  # linked KPIs named under the title
    assert all("\n" in label for label in labels)  # every demo action has an owner
    cycle_word = "Cycle" if lang == "en" else "Döngü"
    assert [c[0] for c in drawn[0][1].cycles] == [f"{cycle_word} {n}" for n in (1, 2, 3, 4)]
    text = flat(text_of(out))
    for word in words:
        assert flat(word) in text, word
    assert flat("Bütçe onayı alınamadı") in text
    assert flat("Oğuz Şahin") in text
