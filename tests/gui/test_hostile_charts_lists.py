"""Hostile tests: charts built and drawn on a worker, lists on RowsModel, used as a hurried
user would (switching fast, coming back, saving at once)."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from csmm_desktop.services import demo
from csmm_desktop.views.dashboard import DashboardTab


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


def _hold_drawing_of(monkeypatch, figure):
    """Figure.draw of `figure` on a worker waits for the returned gate to open."""
    from matplotlib.figure import Figure

    gate = threading.Event()
    draw = Figure.draw
    main = threading.get_ident()

    def held(self, renderer):
        if self is figure and threading.get_ident() != main:
            gate.wait(10)
        return draw(self, renderer)

    monkeypatch.setattr(Figure, "draw", held)
    return gate


def _watchdog(canvas, gate):
    """Opens the gate soon; if the UI thread is still stuck in a wait 10 s later (a
    deadlock: the drawing's end is only told on the UI thread), frees it and says so."""
    state = {"stuck": True, "deadlock": False}

    def watch():
        gate.set()
        for _ in range(100):
            if not state["stuck"]:
                return
            threading.Event().wait(0.1)
        state["deadlock"] = True
        for name in ("_done", "_free"):
            event = getattr(canvas, name, None)
            if event is not None:
                event.set()

    thread = threading.Timer(0.3, watch)
    thread.start()
    return state, thread


def test_coming_back_to_a_chart_still_drawing_does_not_freeze(
    qtbot, db, dashboard, chart_drawn, monkeypatch
):
    """Down, up in the chart list faster than a chart draws: the kept figure of the first
    chart was still being drawn on the worker when it was picked again, and set_figure
    waited on the UI thread for the drawing's end, which only the UI thread could tell:
    the window froze for good."""
    demo.add_demo(db)
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.ui.chartList.setCurrentRow(0)
    first = chart_drawn(dashboard.chart)
    canvas = dashboard.chart.canvas
    gate = _hold_drawing_of(monkeypatch, first)
    canvas.draw_idle()  # drawn again (a resize, a screen change): on the worker, held
    qtbot.waitUntil(canvas.busy, timeout=5000)
    dashboard.ui.chartList.setCurrentRow(1)
    qtbot.waitUntil(lambda: dashboard.chart.figure is not first, timeout=10000)
    assert canvas.busy()
    state, thread = _watchdog(canvas, gate)
    dashboard.ui.chartList.setCurrentRow(0)  # back to the first: its kept figure
    state["stuck"] = False
    thread.join()
    assert not state["deadlock"], "the UI thread waited forever for a drawing"
    assert chart_drawn(dashboard.chart) is first
    assert dashboard.chart.canvas is canvas


def test_an_explicit_draw_while_drawing_does_not_freeze(
    qtbot, db, dashboard, chart_drawn, monkeypatch
):
    """canvas.draw() (matplotlib's contract: draw now) while the worker draws waited for
    an end only the UI thread could tell."""
    demo.add_demo(db)
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.ui.chartList.setCurrentRow(1)
    figure = chart_drawn(dashboard.chart)
    canvas = dashboard.chart.canvas
    gate = _hold_drawing_of(monkeypatch, figure)
    canvas.draw_idle()
    qtbot.waitUntil(canvas.busy, timeout=5000)
    state, thread = _watchdog(canvas, gate)
    canvas.draw()
    state["stuck"] = False
    thread.join()
    assert not state["deadlock"], "the UI thread waited forever for a drawing"
    chart_drawn(dashboard.chart)
    assert canvas._image is not None
