"""The client tabs are built when first shown, or in idle time after (views/lazy_tabs.py),
and the dashboard keeps what it drew while nothing it shows changed (issue 18)."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.views import lazy_tabs, main_window
from csmm_desktop.views.dashboard import DashboardTab
from csmm_desktop.views.engagement.findings_tab import FindingsTab
from csmm_desktop.views.engagement.kpis_tab import KpisTab
from csmm_desktop.views.lazy_tabs import TabSlot


@pytest.fixture(autouse=True)
def windows_gone(db):
    """The windows go before their store closes: a later test's language switch must not
    reach their tabs."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, main_window.MainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def no_idle_build(monkeypatch):
    """The tabs are built only when shown (no idle building during the test)."""
    monkeypatch.setattr(lazy_tabs, "IDLE_TAB_MS", 10**8)


def titles(panel):
    tabs = panel.ui.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_a_tab_is_built_when_first_shown(qtbot, no_idle_build, make_window, db, demo_db):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    panel, tabs = window.panel, window.panel.ui.tabs
    assert [type(t) for t in panel.context_tabs] == [TabSlot] * 8  # none built at start
    assert panel.tabs_built == 0
    before = titles(panel)
    assert before[1:4] == ["Dashboard", "Checklist", "Problems and requirements"]

    tabs.setCurrentIndex(1)  # as a click on the tab does
    dashboard = tabs.currentWidget()
    assert isinstance(dashboard, DashboardTab) and panel.context_tabs[0] is dashboard
    assert panel.tabs_built == 1 and titles(panel) == before and tabs.currentIndex() == 1
    # it follows the selection like any tab: the panel's snapshot is shown
    assert dashboard.data.current.snapshot.id == panel.current_snapshot_id()
    assert [type(t) for t in panel.context_tabs[1:]] == [TabSlot] * 7

    # Ctrl+Tab goes to the next tab, which is built as it is shown
    QTest.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2 and type(tabs.currentWidget()).__name__ == "ChecklistTab"
    assert panel.tabs_built == 2

    # a tab asking for another screen (navigate) reaches a tab not built yet
    panel.show_screen("requirements")
    findings = tabs.currentWidget()
    assert isinstance(findings, FindingsTab) and panel.tabs_built == 3
    assert findings.screens_shown["requirements"] == "requirement"
    panel.context_tabs[1].navigate.emit("kpis")  # the checklist's link to the KPIs
    assert isinstance(tabs.currentWidget(), KpisTab) and titles(panel) == before


def test_the_other_tabs_are_built_in_idle_time(qtbot, window):
    panel = window.panel
    qtbot.waitUntil(lambda: panel.tabs_built == 8, timeout=20_000)
    assert not any(isinstance(t, TabSlot) for t in panel.context_tabs)
    assert panel.ui.tabs.currentWidget() is panel.ui.snapshotsTab  # the user's tab stays


def test_tab_titles_are_the_tabs_own_in_each_language(
    qtbot, no_idle_build, make_window, db, language
):
    window = make_window(language)
    panel = window.panel
    english = titles(panel)
    window.ui.actionTurkish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")
    turkish = titles(panel)
    assert turkish[1] == "Gösterge paneli"  # the tab's own translation, before it is built
    assert "Dashboard" not in turkish and "Checklist" not in turkish
    built = panel.build_all_tabs()  # the test helper: every tab built now
    assert not any(isinstance(t, TabSlot) for t in built)
    assert titles(panel) == turkish == [turkish[0]] + [t.tab_title() for t in built]
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert titles(panel) == english


def test_the_trash_and_undo_refresh_reach_built_and_unbuilt_tabs(qtbot, no_idle_build, window, db):
    demo.add_demo(db)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    panel = window.panel
    panel.ui.tabs.setCurrentIndex(1)
    dashboard = panel.ui.tabs.currentWidget()
    window._after_undo()  # what Undo, Redo and the Trash's restore call
    assert panel.ui.tabs.currentWidget() is dashboard
    assert dashboard.data.current.snapshot.id == panel.current_snapshot_id()
    assert isinstance(panel.context_tabs[4], TabSlot)  # still waiting to be shown


@pytest.fixture
def dashboard(qtbot, db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    yield tab
    tab.close()
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_warm_reopen_draws_nothing_again(qtbot, db, demo_db, dashboard, language, chart_drawn):
    first, second = [s.id for s in clients.list_snapshots(db, demo.DEMO_CLIENT_ID)][:2]
    dashboard.set_context(demo.DEMO_CLIENT_ID, first)
    chart_drawn(dashboard.chart)
    dashboard.set_context(demo.DEMO_CLIENT_ID, second)
    chart_drawn(dashboard.chart)
    drawn = dashboard.figures_built
    assert drawn >= 2
    dashboard.set_context(demo.DEMO_CLIENT_ID, first)
    shown_first = dashboard.chart.figure  # kept: shown at once, not built on the worker
    assert not dashboard.chart.building()
    dashboard.set_context(demo.DEMO_CLIENT_ID, second)
    dashboard.set_context(demo.DEMO_CLIENT_ID, first)
    assert dashboard.figures_built == drawn  # both seen before: nothing drawn
    assert dashboard.chart.figure is shown_first

    # the data changed: drawn again, with the new data
    assessment.add_respondent(db, first, "employee", "New one")
    dashboard.set_context(demo.DEMO_CLIENT_ID, first)
    chart_drawn(dashboard.chart)
    assert dashboard.figures_built == drawn + 1 and dashboard.chart.figure is not shown_first

    # another language: drawn again (the chart's own words)
    drawn = dashboard.figures_built
    language.apply("tr")
    qtbot.waitUntil(lambda: dashboard.figures_built == drawn + 1)
    language.apply("en")
    qtbot.waitUntil(lambda: dashboard.figures_built >= drawn + 1)


def test_the_first_chart_is_drawn_after_the_tab_is_shown(qtbot, db, demo_db):
    first = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0].id
    tab = DashboardTab(db)
    tab.draw_first_later = True  # as the main window builds it
    qtbot.addWidget(tab)
    tab.set_context(demo.DEMO_CLIENT_ID, first)  # hidden: nothing drawn
    assert tab.figures_built == 0
    tab.show()
    qtbot.waitUntil(lambda: tab.chart.figure is not None)  # drawn when shown
    assert tab.figures_built == 1
    other = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[1].id
    tab.close()
    tab = DashboardTab(db)
    tab.draw_first_later = True
    qtbot.addWidget(tab)
    tab.show()
    tab.set_context(demo.DEMO_CLIENT_ID, other)  # shown, then given its data (the panel)
    # shown first with the numbers and a word where the chart goes; drawn a turn later
    assert tab.chart.figure is None and tab.ui.scoreValue.text() not in ("", "—")
    qtbot.waitUntil(lambda: tab.chart.figure is not None)
    assert tab.figures_built == 1
    tab.close()
