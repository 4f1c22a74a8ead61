"""A chart on screen: a matplotlib Figure from csmm_desktop.charts on a Qt canvas, with
Save as PNG / SVG and Copy. matplotlib's Qt canvas is imported on first use (~0.6 s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from csmm_desktop.views import dialogs

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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
        self._placeholder.setText(self.tr("No chart"))
        self._waiting_text = self.tr("Drawing the chart…")

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

    def set_builder(self, builder: Callable[[tuple[float, float]], Figure]) -> None:
        """Draw what `builder(size in inches)` returns, built for this view's size and built
        again when the view is resized (labels are wrapped for the space they have)."""
        self._builder = builder
        self.scale = self.text_scale()
        viewport = self._scroll.viewport().size()
        self._built_for = (viewport.width(), viewport.height())
        self.set_figure(builder(self.viewport_inches()))

    def _rebuild_if_resized(self) -> None:
        viewport = self._scroll.viewport().size()
        old_w, old_h = self._built_for
        if self._builder is None or not self.isVisible():
            return
        if abs(viewport.width() - old_w) > 24 or abs(viewport.height() - old_h) > 24:
            self.set_builder(self._builder)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._resize_timer.start()

    def set_figure(self, figure: Figure) -> None:
        if figure is self.figure and self.canvas is not None:
            return  # shown already, drawn already
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
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.figure = figure
        # A lower dpi than paper: the figure's text keeps its size relative to the chart.
        figure.set_dpi(self.dpi)
        # matplotlib's canvas draws at `_original_dpi` × devicePixelRatioF, and keeps the dpi
        # the Figure was made with (100) there: at 150 % the chart came out at 150 dpi on a
        # figure laid out for 120, its text 25 % too big and its legend cut off. The dpi the
        # figure was built for is the one to scale.
        figure._original_dpi = self.dpi
        canvas = FigureCanvasQTAgg(figure)
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
