import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.views import formatting
from csmm_desktop.views.dashboard import DashboardTab


@pytest.fixture
def dashboard(qtbot, db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    yield tab
    # gone before its store closes: a later test's language switch must not reach it
    tab.close()
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def snapshots(db):
    return clients.list_snapshots(db, demo.DEMO_CLIENT_ID)


def test_cards_show_the_engine_numbers_and_the_change(db, demo_db, dashboard):
    snaps = snapshots(db)
    dashboard.set_context(demo.DEMO_CLIENT_ID, snaps[1].id)  # Planned
    now = assessment.snapshot_scores(db, snaps[1].id)
    before = assessment.snapshot_scores(db, snaps[0].id)
    ui = dashboard.ui
    assert ui.levelValue.text() == "Planned"
    assert ui.scoreValue.text() == f"{now.overall:.1f}"
    assert ui.changeValue.text() == f"+{now.overall - before.overall:.1f}"
    assert ui.changeCaption.text() == "Change" and ui.changeNote.text() == "since Initial"
    margin = now.confidence.nps_moe
    assert now.nps < 0 and ui.npsValue.text() == f"−{abs(now.nps):.0f} ± {margin:.0f}"  # a true −
    assert ui.respondentsValue.text() == "35"
    weakest = [ui.weakestList.item(i).text() for i in range(ui.weakestList.count())]
    topic, value = now.ranked_topics()[0]
    assert weakest[0].startswith(f"{formatting.score(value)}  {topic}")


def test_every_chart_draws_and_drills_down(qtbot, db, demo_db, dashboard, chart_drawn):
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    for row in range(dashboard.ui.chartList.count()):
        dashboard.ui.chartList.setCurrentRow(row)
        assert dashboard.chart.figure is None or dashboard.chart.building()  # on the worker
        chart_drawn(dashboard.chart)
        assert dashboard.chart.name == dashboard.current_chart()
    dashboard.ui.chartList.setCurrentRow(0)  # sections by snapshot
    chart_drawn(dashboard.chart)
    dashboard.chart.clicked.emit(5.1, 40.0)  # on the bars of the sixth section
    item = dashboard.ui.scoreTree.currentItem()
    assert item.data(0, Qt.ItemDataRole.UserRole) == ("section", "2.3")
    assert "weighted by its number of scored questions" in dashboard.ui.explainLabel.text()
    dashboard.ui.chartList.setCurrentRow(3)  # heat map: a click on a row opens its topic
    ax = chart_drawn(dashboard.chart).axes[0]
    ticks = {
        t.get_text().split()[0]: pos
        for t, pos in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)
    }
    dashboard.chart.clicked.emit(0.0, float(ticks["2.1.3"]))
    assert dashboard.ui.scoreTree.currentItem().data(0, Qt.ItemDataRole.UserRole) == (
        "topic",
        "2.1.3",
    )
    dashboard.select("question", "2.4.9-1")
    assert "2.4.9-1: " in dashboard.ui.explainLabel.text()


def test_topic_basis_shows_both_roles_and_respondents(db, demo_db, dashboard):
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    item = dashboard.select("topic", "1.2.1")
    assert "Management" in item.text(3) and "(8 respondents)" in item.text(3)
    assert "gap = management − employee" in dashboard.ui.explainLabel.text()


def test_one_empty_snapshot_still_draws(db, dashboard, chart_drawn):
    client = clients.create_client(db, "Yeni Kurum")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    dashboard.set_context(client.id, snap.id)
    assert dashboard.ui.scoreValue.text() == "–" and dashboard.ui.changeValue.text() == "–"
    assert dashboard.ui.levelValue.text() == "—" and not dashboard.ui.levelNote.text()
    for row in range(dashboard.ui.chartList.count()):
        dashboard.ui.chartList.setCurrentRow(row)
        assert chart_drawn(dashboard.chart) is not None


def test_presentation_and_saving_a_chart(
    qtbot, db, demo_db, dashboard, modal, tmp_path, chart_drawn
):
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.present()
    window = dashboard._presentation  # deletes itself when closed
    assert window.index == 0
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert window.index == 1 and window.title.text() == "Radar of the sections"
    QTest.keyClick(window, Qt.Key.Key_Left)
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.index == 6  # wraps to the last chart
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    modal.save_path = str(tmp_path / "chart.png")
    chart_drawn(dashboard.chart)
    assert dashboard.chart.save() == modal.save_path
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_charts_are_built_and_drawn_off_the_ui_thread(
    qtbot, db, demo_db, dashboard, chart_drawn, monkeypatch
):
    """matplotlib's 50-150 ms per chart froze the window; now the figure is built and drawn
    on a worker (views/chart_view.py) and the UI thread only shows the finished pixels."""
    import threading

    from matplotlib.figure import Figure

    from csmm_desktop.services.dashboard import Dashboard

    threads = {"built": set(), "drawn": set()}
    build, draw = Dashboard.figure, Figure.draw

    def built(self, *args, **kwargs):
        threads["built"].add(threading.get_ident())
        return build(self, *args, **kwargs)

    def drawn(self, renderer):
        threads["drawn"].add(threading.get_ident())
        return draw(self, renderer)

    monkeypatch.setattr(Dashboard, "figure", built)
    monkeypatch.setattr(Figure, "draw", drawn)
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    for row in (1, 3):  # the radar, the heat map
        dashboard.ui.chartList.setCurrentRow(row)
        figure = chart_drawn(dashboard.chart)
        assert figure.axes and dashboard.chart.canvas._image is not None
    main = threading.get_ident()
    assert threads["built"] and main not in threads["built"]
    assert threads["drawn"] and main not in threads["drawn"]
    # a resize draws again (a new figure for the new size, 250 ms after), on the worker too
    threads["drawn"].clear()
    old = dashboard.chart.canvas
    dashboard.resize(900, 700)
    qtbot.waitUntil(lambda: dashboard.chart.canvas is not old, timeout=10000)
    chart_drawn(dashboard.chart)
    assert threads["drawn"] and main not in threads["drawn"]


def test_save_names_the_chart_on_screen_while_the_next_is_drawn(
    db, demo_db, dashboard, chart_drawn
):
    """Picking another chart leaves the one on screen (and Save's name for it) until the
    new one is drawn; the placeholder keeps saying it is drawing across a language switch."""
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.ui.chartList.setCurrentRow(0)
    chart_drawn(dashboard.chart)
    assert dashboard.chart.name == "sections"
    dashboard.ui.chartList.setCurrentRow(3)  # the heat map, built on the worker
    assert dashboard.chart.building() and dashboard.chart.name == "sections"
    dashboard.chart.retranslate()  # as a language switch does
    assert dashboard.chart._placeholder.text() == "Drawing the chart…"
    chart_drawn(dashboard.chart)
    assert dashboard.chart.name == "heatmap"
