"""Charts in the room: presentation mode's keys move the slides wherever the focus is, each
slide names the client, the snapshot's date and its level, its chart is drawn for the
projector; the dashboard's charts keep a real plot and their legend at any size and at 150 %
scaling; the Turkish dashboard's band labels and score tree hold with longer texts; the
screenshot tool writes its PNGs."""

import json
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import clients, demo
from csmm_desktop.services.dashboard import CHARTS
from csmm_desktop.views import formatting
from csmm_desktop.views.dashboard import DashboardTab
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.presentation import NEXT_KEYS, PREVIOUS_KEYS
from tests.gui.chart_wait import drawn
from tests.sparse import add_sparse_client

ROOT = Path(__file__).resolve().parents[2]
LAST = len(CHARTS) - 1


@pytest.fixture
def dashboard(qtbot, db, demo_db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_context(demo.DEMO_CLIENT_ID, "")
    yield tab
    # gone before its store closes: a language change after the test must not reach it
    tab.close()
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def present(qtbot, tab, size=(1600, 900)):
    tab.present()
    slides = tab._presentation
    slides.showNormal()  # a known slide size, whatever the test screen is
    slides.resize(*size)
    qtbot.waitExposed(slides)
    qtbot.waitUntil(lambda: slides.chart._scroll.viewport().height() > size[1] * 0.6)
    slides.chart.set_builder(slides.chart._builder)  # drawn for the size now, not in 250 ms
    drawn(slides.chart)  # built and drawn on the worker (views/chart_view.py)
    return slides


def text_px(view) -> list[float]:
    """The pixel size of every text drawn in the view's figure (points × logical dpi / 72)."""
    figure = drawn(view)
    return sorted(
        t.get_fontsize() * view.dpi / 72
        for t in figure.findobj(Text)
        if t.get_text().strip() and t.get_visible()
    )


def test_every_key_moves_the_slides_wherever_the_focus_is(qtbot, dashboard):
    slides = present(qtbot, dashboard)
    # the worst place for the focus: the chart's canvas, which takes keys for matplotlib
    # (each slide has a canvas of its own: the target is looked up for every key)
    targets = {
        "window": lambda: slides,
        "canvas": lambda: drawn(slides.chart) and slides.chart.canvas,  # the slide's, drawn
        "scroll area": lambda: slides.chart._scroll.viewport(),
    }
    for keys, step in ((NEXT_KEYS, +1), (PREVIOUS_KEYS, -1)):
        for key in keys:
            for name, target in targets.items():
                before = slides.index
                QTest.keyClick(target(), key)
                assert slides.index == (before + step) % len(CHARTS), (key, name)
    drawn(slides.chart)
    QTest.keyClick(slides.chart.canvas, Qt.Key.Key_End)
    assert slides.index == LAST and slides.chart_key == CHARTS[LAST]
    drawn(slides.chart)
    QTest.keyClick(slides.chart.canvas, Qt.Key.Key_Home)
    assert slides.index == 0 and slides.title.text() == "Sections by snapshot"
    QTest.keyClick(slides, Qt.Key.Key_Left)
    assert slides.index == LAST  # wraps around
    for word in ("Page Down", "Page Up", "Home", "End", "Space", "Backspace", "Esc", "→", "↑"):
        assert word in slides.hint.text()
    drawn(slides.chart)
    QTest.keyClick(slides.chart.canvas, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not slides.isVisible())


def test_a_slide_names_the_client_the_date_and_the_level(qtbot, db, dashboard):
    slides = present(qtbot, dashboard)
    latest = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[-1]
    for _ in range(len(CHARTS)):
        text = slides.subtitle.text()
        assert text.startswith(clients.get_client(db, demo.DEMO_CLIENT_ID).name)
        assert f"Snapshot of {formatting.date(latest.date)}" in text
        assert text.endswith("Assessed level: Optimized")
        QTest.keyClick(slides, Qt.Key.Key_Right)
    slides.close()

    client_id, (_first, planned) = add_sparse_client(db)
    dashboard.set_context(client_id, planned)
    assert dashboard.view.level_indicative
    slides = present(qtbot, dashboard)
    assert slides.subtitle.text().startswith("Seyrek Veri Ltd. · Snapshot of 23 Mar 2026")
    assert slides.subtitle.text().endswith("Assessed level: Planned (indicative)")
    slides.close()


def test_slide_charts_are_drawn_for_the_projector(qtbot, dashboard):
    on_dashboard = {}
    for row, key in enumerate(CHARTS):
        dashboard.ui.chartList.setCurrentRow(row)
        on_dashboard[key] = text_px(dashboard.chart)
    dashboard.ui.chartList.setCurrentRow(0)
    slides = present(qtbot, dashboard, (1600, 900))
    assert slides.chart.scale >= 1.8  # from the slide's height: ~720 px of chart
    for key in CHARTS:
        assert slides.chart_key == key
        dash, slide = on_dashboard[key], text_px(slides.chart)
        assert min(slide) >= 1.8 * min(dash) and max(slide) >= 1.8 * max(dash), key
        assert min(slide) >= 14, key  # no 8-9 px text on a projector
        QTest.keyClick(slides, Qt.Key.Key_Right)
    small = present(qtbot, dashboard, (1024, 600))
    assert 1.25 <= small.chart.scale < slides.chart.scale  # the text follows the slide's size
    small.close()
    slides.close()


def plot_and_legends(view):
    """(height of the plot in logical px, [(legend box, figure box)]) after a real draw."""
    drawn(view)
    view.canvas.draw()
    figure = view.figure
    ratio = view.canvas.device_pixel_ratio
    renderer = figure.canvas.get_renderer()
    plot = figure.axes[0].get_window_extent(renderer).height / ratio
    legends = [(legend.get_window_extent(renderer), figure.bbox) for legend in figure.legends]
    return plot, legends


@pytest.mark.parametrize("size", [(820, 560), (1800, 1000)])
def test_dashboard_charts_keep_a_plot_and_their_legend_at_any_size(qtbot, dashboard, size):
    dashboard.resize(*size)
    qtbot.waitUntil(lambda: dashboard.width() == size[0])
    QTest.qWait(1)
    for row, key in enumerate(CHARTS):
        dashboard.ui.chartList.setCurrentRow(row)
        dashboard.chart.set_builder(dashboard.chart._builder)  # for this size
        plot, legends = plot_and_legends(dashboard.chart)
        assert plot >= 170, (key, plot)  # a 130-px plot was the defect at 150 %
        for legend, figure in legends:
            assert legend.x0 >= figure.x0 - 1 and legend.x1 <= figure.x1 + 1, key
            assert legend.y0 >= figure.y0 - 1 and legend.y1 <= figure.y1 + 1, key


CHILD_150 = textwrap.dedent("""
    import json, sys, tempfile
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from csmm_desktop.store import open_store
    from csmm_desktop.services import demo
    from csmm_desktop.services.dashboard import CHARTS
    from csmm_desktop.views.dashboard import DashboardTab
    from tests.gui.chart_wait import drawn
    db = open_store(Path(tempfile.mkdtemp()))
    demo.add_demo(db)
    tab = DashboardTab(db)
    tab.resize(1180, 600)  # what a 1920x1080 screen at 150 % leaves the dashboard
    tab.show()
    tab.set_context(demo.DEMO_CLIENT_ID, "")
    QTest.qWait(50)
    found = {"ratio": tab.devicePixelRatioF()}
    for row, key in enumerate(CHARTS):
        tab.ui.chartList.setCurrentRow(row)
        view = tab.chart
        view.set_builder(view._builder)
        drawn(view)  # built and drawn on the worker
        view.canvas.draw()
        fig = view.figure
        renderer = fig.canvas.get_renderer()
        ratio = view.canvas.device_pixel_ratio
        found[key] = {
            "dpi": fig.dpi / ratio,
            "view_dpi": view.dpi,
            "width": fig.bbox.width / ratio,
            "canvas": view.canvas.width(),
            "plot": fig.axes[0].get_window_extent(renderer).height / ratio,
            "legends": [
                [lg.get_window_extent(renderer).x0, lg.get_window_extent(renderer).x1,
                 fig.bbox.x0, fig.bbox.x1]
                for lg in fig.legends
            ],
        }
    print(json.dumps(found))
""")


def test_dashboard_charts_at_150_percent(tmp_path):
    """At 150 % the canvas drew at 150 dpi a figure laid out for 120: text 25 % too big,
    legends cut. Now the figure is as wide as its canvas and drawn at the view's dpi."""
    script = tmp_path / "child.py"
    script.write_text(CHILD_150)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "1.5",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found.pop("ratio") == 1.5
    for key, chart in found.items():
        assert chart["dpi"] == pytest.approx(chart["view_dpi"]), key
        if key not in ("heatmap", "gap"):  # naturally wider figures scroll
            assert chart["width"] == pytest.approx(chart["canvas"], abs=2), key
        assert chart["plot"] >= 170, key
        for x0, x1, fig_x0, fig_x1 in chart["legends"]:
            assert x0 >= fig_x0 - 1 and x1 <= fig_x1 + 1, key


@pytest.fixture
def turkish_stretched(qapp, monkeypatch):
    monkeypatch.setenv("CSMM_STRETCH", "1.4")
    manager = LanguageManager(qapp)
    manager.apply("tr")
    yield manager
    monkeypatch.delenv("CSMM_STRETCH")
    manager.apply("en")


def overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_turkish_dashboard_holds_with_longer_texts(qtbot, turkish_stretched, dashboard):
    dashboard.resize(1090, 640)  # the dashboard of a 1366x768 main window
    qtbot.waitUntil(lambda: dashboard.width() == 1090)
    dashboard.retranslate()
    for row, key in ((0, "sections"), (2, "trend")):
        dashboard.ui.chartList.setCurrentRow(row)
        view = dashboard.chart
        view.set_builder(view._builder)
        drawn(view)
        view.canvas.draw()
        renderer = view.figure.canvas.get_renderer()
        labels = {
            t.get_gid(): t.get_window_extent(renderer)
            for t in view.figure.axes[0].texts
            if str(t.get_gid()).startswith("band-label:")
        }
        assert "Yüksek Performans" in next(
            t.get_text() for t in view.figure.axes[0].texts if t.get_gid() == "band-label:optimized"
        )
        names = sorted(labels)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                assert not overlaps(labels[a], labels[b]), (key, a, b)
    tree = dashboard.ui.scoreTree
    header = tree.header()
    metrics = tree.fontMetrics()
    for column in (1, 2):  # the score and the interval: header and numbers never cut
        title = tree.headerItem().text(column)
        assert "ğ" in title  # the stretch translator is on
        widest = max(
            metrics.horizontalAdvance(item.text(column))
            for item in (tree.topLevelItem(0), tree.topLevelItem(0).child(0))
        )
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= widest
    assert header.sectionSize(0) >= 200
    # the level tile wraps rather than squeezing the others
    assert dashboard.ui.levelValue.wordWrap()
    assert dashboard.ui.cards.height() < 200


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


SHOTS_TEST = "test_the_screenshot_tool_writes_the_screens"


@pytest.fixture(scope="module", autouse=True)
def screenshot_run(request, tmp_path_factory):
    """The screenshot tool, started when this module starts: it spends most of its ~17 s
    waiting for screens to settle, which the module's other tests fill; its test (the last
    one) then reads what it wrote. Not started where that test is not run."""
    if not any(item.name == SHOTS_TEST for item in request.session.items):
        yield None
        return
    home = tmp_path_factory.mktemp("shots")
    out = home / "shots"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        str(ROOT / "tools" / "screenshots.py"),
        "--out",
        str(out),
        "--sizes",
        "1024x768",
        "--lang",
        "en",
        "--only",
        "presentation,dialogs",
    ]
    errors = home / "stderr.txt"  # a file, not a pipe: nobody reads while it runs
    with errors.open("w") as stderr:
        child = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=home
        )
    yield child, out, errors
    if child.poll() is None:  # its test did not run to the end
        child.kill()
        child.wait()


def test_the_screenshot_tool_writes_the_screens(screenshot_run):
    child, out, errors = screenshot_run
    try:
        returncode = child.wait(timeout=240)
    except subprocess.TimeoutExpired:
        child.kill()
        raise
    assert returncode == 0, errors.read_text(errors="replace")[-3000:]
    folder = out / "1024x768-en"
    names = sorted(p.name for p in folder.glob("*.png"))
    slides = [n for n in names if "-presentation-" in n]
    assert len(slides) == len(CHARTS) and slides[0].endswith("presentation-1-sections.png")
    assert all(png_size(folder / n) == (1024, 768) for n in slides)  # full screen
    assert any(n.endswith("dialog-new-client-ClientDialog.png") for n in names)
    assert any(n.endswith("dialog-report-ReportDialog.png") for n in names)
