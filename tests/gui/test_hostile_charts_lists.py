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
    qtbot, db, demo_db, dashboard, chart_drawn, monkeypatch
):
    """Down, up in the chart list faster than a chart draws: the kept figure of the first
    chart was still being drawn on the worker when it was picked again, and set_figure
    waited on the UI thread for the drawing's end, which only the UI thread could tell:
    the window froze for good."""
    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.ui.chartList.setCurrentRow(1)
    second = chart_drawn(dashboard.chart)  # both kept from here on
    dashboard.ui.chartList.setCurrentRow(0)
    first = chart_drawn(dashboard.chart)
    canvas = dashboard.chart.canvas
    gate = _hold_drawing_of(monkeypatch, first)
    canvas.draw_idle()  # drawn again (a resize, a screen change): on the worker, held
    qtbot.waitUntil(canvas.busy, timeout=5000)
    dashboard.ui.chartList.setCurrentRow(1)
    assert dashboard.chart.figure is second and canvas.busy()
    state, thread = _watchdog(canvas, gate)
    dashboard.ui.chartList.setCurrentRow(0)  # back to the first: its kept figure
    state["stuck"] = False
    thread.join()
    assert not state["deadlock"], "the UI thread waited forever for a drawing"
    assert chart_drawn(dashboard.chart) is first
    assert dashboard.chart.canvas is canvas


def test_an_explicit_draw_while_drawing_does_not_freeze(
    qtbot, db, demo_db, dashboard, chart_drawn, monkeypatch
):
    """canvas.draw() (matplotlib's contract: draw now) while the worker draws waited for
    an end only the UI thread could tell."""
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


def test_a_report_chart_and_a_dashboard_chart_at_once_keep_their_style():
    """A PDF report's chart put into pixels (to_image, its paper rc) while the dashboard's
    builder ran on another worker (styled, the screen rc): rc_context is one global, and
    to_image did not take styled's lock, so the report put the defaults back under the
    builder midway (an unstyled chart) and the builder then left the paper rc behind for
    good."""
    import matplotlib as mpl
    from matplotlib.figure import Figure

    from csmm_desktop.charts import to_image
    from csmm_desktop.charts.style import RC, styled

    before = mpl.rcParams["text.hinting"]
    paper_in, paper_go = threading.Event(), threading.Event()
    screen_in, screen_go = threading.Event(), threading.Event()
    seen = {}

    class HeldFigure(Figure):
        def draw(self, renderer):
            paper_in.set()
            paper_go.wait(10)
            return super().draw(renderer)

    @styled
    def builder():
        screen_in.set()
        screen_go.wait(10)  # the report ends meanwhile, if it could run beside
        seen["labelcolor"] = mpl.rcParams["axes.labelcolor"]
        return Figure()

    held = HeldFigure(figsize=(2, 1))
    held.add_subplot().plot([0, 1], [0, 1])
    report = threading.Thread(target=to_image, args=(held, 72))
    report.start()
    assert paper_in.wait(10)
    screen = threading.Thread(target=builder)
    screen.start()
    screen_in.wait(2)  # the builder starts now only if nothing keeps it out
    paper_go.set()
    report.join(10)
    screen_go.set()
    screen.join(10)
    assert seen["labelcolor"] == RC["axes.labelcolor"]
    assert mpl.rcParams["text.hinting"] == before


def test_copying_a_chart_while_it_is_drawn_does_not_draw_it_twice_at_once(
    qtbot, db, demo_db, dashboard, chart_drawn, monkeypatch
):
    """Copy chart (or Save) right after a resize: the worker was drawing the figure while
    the UI thread drew it again for the clipboard at 200 dpi, the one figure's transforms
    changed under the worker's drawing (matplotlib is not thread-safe)."""
    from matplotlib.figure import Figure

    dashboard.set_context(demo.DEMO_CLIENT_ID, "")
    dashboard.ui.chartList.setCurrentRow(1)
    figure = chart_drawn(dashboard.chart)
    canvas = dashboard.chart.canvas
    gate, draw = threading.Event(), Figure.draw
    main = threading.get_ident()
    drawing = {"now": 0, "most": 0}

    def counted(self, renderer):
        if self is not figure:
            return draw(self, renderer)
        drawing["now"] += 1
        drawing["most"] = max(drawing["most"], drawing["now"])
        try:
            if threading.get_ident() != main:
                gate.wait(10)
            return draw(self, renderer)
        finally:
            drawing["now"] -= 1

    monkeypatch.setattr(Figure, "draw", counted)
    canvas.draw_idle()
    qtbot.waitUntil(canvas.busy, timeout=5000)
    opener = threading.Timer(0.3, gate.set)
    opener.start()
    dashboard.chart.copy()
    opener.join()
    chart_drawn(dashboard.chart)
    assert drawing["most"] == 1
    assert figure.get_dpi() == dashboard.chart.dpi
