"""A chart on screen: a matplotlib Figure from csmm_desktop.charts on a Qt canvas, with
Save as PNG / SVG and Copy. matplotlib's Qt canvas is imported on first use (~0.6 s).

Off the UI thread (issue 18): a chart's figure is built and drawn by matplotlib on a worker
(views/worker.py), 50-150 ms each that the window spent frozen before. `set_builder(builder)`
shows "Drawing the chart…" and runs `builder(size)` on the worker, so a builder must not
touch the store or any Qt object: it gets what it needs captured (the data, the language),
as every builder here does. The figure then goes on a `_Canvas`, which draws it on the
worker too (on every resize and screen change as well) and paints the last finished
drawing meanwhile: the UI thread only copies pixels. An explicit `canvas.draw()` still
draws at once (matplotlib's contract), after waiting for a drawing under way."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from csmm_desktop.views import dialogs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# Slides: the chart's text scales with the slide's height over this (dashboard = 1).
REFERENCE_HEIGHT = 380  # a 1080-px slide: about 2.3 times the dashboard's text
MIN_SCALE = 1.25
MAX_SCALE = 3.0
KEPT_CANVASES = 6  # drawn canvases kept per view (a warm reopen shows one again)


def chart_file_name(name: str) -> str:
    """The name proposed for a saved chart, in the UI language (outputs.file_name)."""
    from csmm_desktop import outputs
    from csmm_desktop.views.language import current_language

    return outputs.file_name([outputs.word(name, current_language()) or name], ".png")


class ChartView(QWidget):
    """Shows one Figure; right-click (or the actions) to save or copy it."""

    clicked = Signal(float, float)  # data coordinates of a left click on the chart

    screen_dpi = 80
    # logical px: below them the chart scrolls (a plot is never squashed flat); the
    # dashboard asks for more (DASHBOARD_MIN), its charts carry legends and level bands
    min_height = 240
    min_width = 320

    def __init__(self, parent: QWidget | None = None, name: str = "chart", projector=False):
        super().__init__(parent)
        self.name = name
        # On a slide the chart's text, lines and markers grow with the slide: the figure is
        # built for a smaller size in inches and drawn at a higher dpi (see text_scale).
        self.projector = projector
        self.scale = 1.0
        self.figure: Figure | None = None
        self.canvas = None
        # canvases of the last figures shown: a figure shown again is not drawn again
        self._canvases: dict[int, tuple[Figure, object]] = {}
        self._builder: Callable[[tuple[float, float]], Figure] | None = None
        self._cached: Callable[[tuple[float, float]], Figure | None] | None = None
        self._built: Callable[[tuple[float, float], Figure], None] | None = None
        self._request = 0  # the figure asked for last (a late one for an older is dropped)
        self._tasks: dict[int, Any] = {}  # builds under way, kept alive until they report
        self._built_for: tuple[int, int] = (0, 0)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._layout.addWidget(self._scroll)
        self._placeholder = QLabel()
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setWidget(self._placeholder)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(250)
        self._resize_timer.timeout.connect(self._rebuild_if_resized)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.addAction(self.save_action)
        self.addAction(self.copy_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_action.setText(self.tr("Save chart as PNG or SVG…"))
        self.copy_action.setText(self.tr("Copy chart"))
        self._waiting_text = self.tr("Drawing the chart…")
        # a chart being built keeps saying so, in the new language
        self._placeholder.setText(self._waiting_text if self._tasks else self.tr("No chart"))

    def show_waiting(self) -> None:
        """Until the chart is drawn (just after the view is shown): a word in its place."""
        if self.canvas is None:
            self._placeholder.setText(self._waiting_text)

    def text_scale(self) -> float:
        """How much larger than on the dashboard the chart is drawn: 1 in a window; on a slide
        the viewport's logical height over REFERENCE_HEIGHT (a 1080-px projector: about 2)."""
        if not self.projector:
            return 1.0
        height = self._scroll.viewport().height()
        return min(MAX_SCALE, max(MIN_SCALE, height / REFERENCE_HEIGHT))

    @property
    def dpi(self) -> float:
        """Figure dpi on this view, in logical pixels: Qt's canvas multiplies it by the
        screen's devicePixelRatioF itself, so a 150 % screen gets sharper, not smaller text."""
        return self.screen_dpi * self.scale

    def viewport_inches(self) -> tuple[float, float]:
        """The figure size for the view's logical size (never below min_width × min_height,
        beyond which the view scrolls): what a builder lays its labels and legend out for."""
        size = self._scroll.viewport().size()
        width = max(size.width(), self.min_width)
        height = max(size.height(), self.min_height)
        return width / self.dpi, height / self.dpi

    def set_builder(
        self,
        builder: Callable[[tuple[float, float]], Figure],
        cached: Callable[[tuple[float, float]], Figure | None] | None = None,
        built: Callable[[tuple[float, float], Figure], None] | None = None,
    ) -> None:
        """Show what `builder(size in inches)` returns, built for this view's size on a
        worker thread (see the module's text) and built again when the view is resized
        (labels are wrapped for the space they have). `cached(size)`, asked first on the
        UI thread, may give a figure kept from before (shown at once); `built(size,
        figure)` is told of each figure built, on the UI thread, before it is shown."""
        from csmm_desktop.views.worker import Task, start

        self._builder = builder
        self._cached, self._built = cached, built
        self.scale = self.text_scale()
        viewport = self._scroll.viewport().size()
        self._built_for = (viewport.width(), viewport.height())
        size = self.viewport_inches()
        self._request += 1
        request = self._request
        kept = cached(size) if cached is not None else None
        if kept is not None:
            self.set_figure(kept)
            return
        self.show_waiting()
        task = Task(lambda progress: builder(size))
        task.signals.finished.connect(lambda figure: self._figure_built(request, size, figure))
        task.signals.failed.connect(lambda exc: self._build_failed(request, exc))
        self._tasks[request] = start(task)

    def _figure_built(self, request: int, size: tuple[float, float], figure: Figure) -> None:
        self._tasks.pop(request, None)
        if request != self._request or not shiboken6.isValid(self):  # or the view is gone
            return  # another chart or size was asked for since
        if self._built is not None:
            self._built(size, figure)
        self.set_figure(figure)

    def _build_failed(self, request: int, exc: BaseException) -> None:
        self._tasks.pop(request, None)
        if request == self._request and shiboken6.isValid(self):
            log.error("a chart could not be drawn", exc_info=exc)
            self._placeholder.setText(self.tr("The chart could not be drawn."))

    def building(self) -> bool:
        """A figure or a drawing is under way (tests wait for it)."""
        canvas = self.canvas
        return bool(self._tasks) or (canvas is not None and canvas.busy())

    def _rebuild_if_resized(self) -> None:
        viewport = self._scroll.viewport().size()
        old_w, old_h = self._built_for
        if self._builder is None or not self.isVisible():
            return
        if abs(viewport.width() - old_w) > 24 or abs(viewport.height() - old_h) > 24:
            self.set_builder(self._builder, self._cached, self._built)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._resize_timer.start()

    def set_figure(self, figure: Figure) -> None:
        if figure is self.figure and self.canvas is not None:
            return  # shown already, drawn already
        drawing = getattr(figure, "canvas", None)
        if isinstance(drawing, _Canvas):
            drawing.wait()  # shown on another view and being drawn there: not touched meanwhile
        kept = self._canvases.get(id(figure))
        if (
            kept is not None
            and kept[0] is figure
            and figure.canvas is kept[1]  # not drawn on another view since
            and figure.get_dpi() == self.dpi
        ):
            self.figure = figure
            self._show_canvas(kept[1])
            return
        self.figure = figure
        # A lower dpi than paper: the figure's text keeps its size relative to the chart.
        figure.set_dpi(self.dpi)
        # matplotlib's canvas draws at `_original_dpi` × devicePixelRatioF, and keeps the dpi
        # the Figure was made with (100) there: at 150 % the chart came out at 150 dpi on a
        # figure laid out for 120, its text 25 % too big and its legend cut off. The dpi the
        # figure was built for is the one to scale.
        figure._original_dpi = self.dpi
        canvas = _canvas_class()(figure)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        canvas.mpl_connect("button_press_event", self._on_press)
        # a figure taller than the view (the 46-row heat map) scrolls instead of squashing
        natural = int(figure.get_figheight() * self.dpi)
        canvas.setMinimumHeight(natural if natural > self._scroll.viewport().height() else 0)
        wide = int(figure.get_figwidth() * self.dpi)
        canvas.setMinimumWidth(wide if wide > self._scroll.viewport().width() else 0)
        while len(self._canvases) >= KEPT_CANVASES:  # the oldest goes
            _figure, gone = self._canvases.pop(next(iter(self._canvases)))
            if gone is not self.canvas:
                gone.deleteLater()
        self._canvases[id(figure)] = (figure, canvas)
        self._show_canvas(canvas)
        canvas.draw_idle()

    def _show_canvas(self, canvas) -> None:
        old = self._scroll.takeWidget()
        self._scroll.setWidget(canvas)
        if old is not None and old is not self._placeholder and old is not canvas:
            if any(c is old for _f, c in self._canvases.values()):
                old.setParent(self)  # kept for when its figure is shown again
                old.hide()
            else:
                old.deleteLater()
        self.canvas = canvas

    def _on_press(self, event) -> None:
        if event.button == 1 and event.xdata is not None and event.ydata is not None:
            self.clicked.emit(float(event.xdata), float(event.ydata))

    def image_bytes(self, fmt: str = "png") -> bytes:
        from csmm_desktop.charts import to_png, to_svg

        if self.figure is None:
            return b""
        return to_svg(self.figure) if fmt == "svg" else to_png(self.figure, dpi=200)

    def save(self) -> str:
        if self.figure is None:
            return ""
        path = dialogs.save_file(
            self,
            self.tr("Save chart"),
            chart_file_name(self.name),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return ""
        fmt = "svg" if path.lower().endswith(".svg") else "png"
        from csmm_desktop import outputs
        from csmm_desktop.views.writes import ERRORS, describe

        try:
            outputs.write_bytes(
                path, self.image_bytes(fmt), fmt, getattr(self.window(), "data_dir", None)
            )
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Save chart"), describe(exc))
            return ""
        return path

    def copy(self) -> None:
        if self.figure is not None:
            QApplication.clipboard().setImage(QImage.fromData(self.image_bytes("png")))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


_CANVAS: type | None = None


def _canvas_class() -> type:
    """`_Canvas`, made on first use: matplotlib's Qt canvas is imported then."""
    global _CANVAS
    if _CANVAS is None:
        _CANVAS = _make_canvas_class()
    return _CANVAS


class _Canvas:  # the type the isinstance checks use; the real class is made below
    def busy(self) -> bool:  # pragma: no cover - replaced
        return False

    def wait(self) -> None:  # pragma: no cover - replaced
        return None


def _make_canvas_class() -> type:
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from PySide6.QtGui import QPainter, QResizeEvent

    from csmm_desktop.charts.style import BUILDING
    from csmm_desktop.views.worker import Task, start

    def render(figure: Figure, width: int, height: int, dpi: float, free: Any) -> Any:
        try:
            # styled's lock: not beside a Save / Copy of this figure on the UI thread (a
            # draw at 200 dpi), nor beside a report's paper rc (charts/export.py)
            with BUILDING:
                renderer = RendererAgg(width, height, dpi)
                figure.draw(renderer)
            return renderer
        finally:
            free.set()  # told here, on the worker: the UI thread may be waiting for it

    class Canvas(FigureCanvasQTAgg, _Canvas):
        """matplotlib's Qt canvas drawing on a worker (see the module's text). While a
        drawing is under way the figure is the worker's: a resize or a screen change
        waits for it, and then the figure is drawn again for the new size."""

        def __init__(self, figure: Figure):
            self._job: Any = None
            self._done = threading.Event()  # set when the drawing has reached the UI thread
            self._done.set()
            # set by the worker once it no longer touches the figure: what wait() waits for
            # (_done is set on the UI thread, so a wait for it there never ended)
            self._free = threading.Event()
            self._free.set()
            self._again = False  # asked to draw again while drawing
            self._resized: Any = None  # a resize that came while drawing
            self._image: QImage | None = None  # the last finished drawing
            self.drawings = 0  # drawings finished (tests)
            super().__init__(figure)

        def busy(self) -> bool:
            return not self._done.is_set()

        def wait(self) -> None:
            self._free.wait()

        def draw_idle(self) -> None:
            if self.busy():
                self._again = True
            elif not getattr(self, "_draw_pending", False):
                self._draw_pending = True
                QTimer.singleShot(0, self._start)

        def _draw_idle(self) -> None:  # matplotlib's paint-time draw: ours is _start
            self._draw_pending = False

        def _start(self) -> None:
            if not shiboken6.isValid(self):  # deleted before its turn came
                return
            self._draw_pending = False
            if self.busy() or self.figure is None or self.width() <= 0 or self.height() <= 0:
                return
            width, height = self.get_width_height(physical=True)
            dpi = self.figure.dpi
            self._done.clear()
            self._free.clear()
            figure, free = self.figure, self._free
            task = Task(lambda progress: render(figure, width, height, dpi, free))
            task.signals.finished.connect(lambda r: self._drawn(r, width, height, dpi))
            task.signals.failed.connect(self._draw_failed)
            self._job = start(task)

        def _drawn(self, renderer: Any, width: int, height: int, dpi: float) -> None:
            self._job = None
            if not shiboken6.isValid(self):  # the view went while its chart was drawn
                self._done.set()
                return
            self.renderer, self._lastKey = renderer, (width, height, dpi)
            image = QImage(
                bytes(renderer.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888
            )
            image.setDevicePixelRatio(self.device_pixel_ratio)
            self._image = image
            self.drawings += 1
            self._done.set()
            self._after_drawing()
            self.update()

        def _draw_failed(self, exc: BaseException) -> None:
            self._job = None
            log.error("a chart could not be drawn", exc_info=exc)
            self._done.set()
            if shiboken6.isValid(self):
                self._after_drawing()

        def _after_drawing(self) -> None:
            if self._resized is not None:
                size, self._resized = self._resized, None
                self.resizeEvent(QResizeEvent(size, size))  # draws again (draw_idle)
            elif self._again:
                self._again = False
                self.draw_idle()

        def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
            if self.busy():
                self._resized = event.size()
                return
            super().resizeEvent(event)

        def _update_pixel_ratio(self) -> None:
            if self.busy():
                self._resized = self.size()  # the ratio is read again then
                return
            super()._update_pixel_ratio()

        def draw(self) -> None:
            self.wait()
            super().draw()
            width, height = self.get_width_height(physical=True)
            image = QImage(
                bytes(self.renderer.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888
            )
            image.setDevicePixelRatio(self.device_pixel_ratio)
            self._image = image

        def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
            painter = QPainter(self)
            try:
                painter.eraseRect(event.rect())
                if self._image is not None:
                    painter.drawImage(0, 0, self._image)
            finally:
                painter.end()

    return Canvas
