"""Workshop presentation: one dashboard chart at a time, full screen, keyboard driven.

Each slide names the client, the snapshot's date and its assessed level (marked indicative as
the score view says), and draws the dashboard's own chart (csmm_desktop.charts) for the
projector: its text grows with the slide (ChartView's projector scale)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from csmm_desktop.services.dashboard import CHARTS
from csmm_desktop.views import theme
from csmm_desktop.views.chart_view import ChartView

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)


class PresentationWindow(QWidget):
    """→ ↓ Page Down Space: next chart; ← ↑ Page Up Backspace: previous; Home / End: first /
    last; Esc: close. The keys are caught before any part of the slide sees them (an event
    filter on the application while the slides show), so they work wherever the focus is:
    the chart's scroll area and matplotlib's canvas took the arrows and pages before."""

    def __init__(self, dashboard, index: int = 0):
        super().__init__(None, Qt.WindowType.Window)
        self.dashboard = dashboard
        self.index = index
        self.chart_key = CHARTS[index % len(CHARTS)]
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # white slides by the palette: a style sheet would paint the scroll bar of a tall
        # chart (the heat map) white on white too
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor("white"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.INK))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 16)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.subtitle = QLabel()  # client · snapshot date · assessed level
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("slideSubtitle")
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint.setStyleSheet(f"color: {theme.MUTED};")
        self.chart = ChartView(self, projector=True)
        self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.hint)
        self._set_fonts()
        self.moves = {key: +1 for key in NEXT_KEYS} | {key: -1 for key in PREVIOUS_KEYS}
        self._filtering = False
        self._retranslate()
        self.show_index(index)

    def _set_fonts(self) -> None:
        """Title and subtitle sized from the slide's height (a 1080-px slide: ~40 px title)."""
        height = max(self.height(), 600)
        title = QFont(self.font())
        title.setPixelSize(max(24, round(height * 0.036)))
        title.setBold(True)
        self.title.setFont(title)
        subtitle = QFont(self.font())
        subtitle.setPixelSize(max(16, round(height * 0.022)))
        self.subtitle.setFont(subtitle)
        hint = QFont(self.font())
        hint.setPixelSize(max(12, round(height * 0.015)))
        self.hint.setFont(hint)

    def subtitle_text(self) -> str:
        """ "Yıldız Bankası · Snapshot of 12 Jan 2026 · Assessed level: Measured (indicative)"."""
        from csmm_desktop.views import formatting, score_text

        data = self.dashboard.data
        current = data.current if data is not None else None
        parts = [self.dashboard.client_name()]
        if current is not None:
            date = formatting.date(current.snapshot.date)
            parts.append(self.tr("Snapshot of %1").replace("%1", date))
        view = self.dashboard.view
        if view is not None and view.level:
            parts.append(self.tr("Assessed level: %1").replace("%1", score_text.level(view)))
        return " · ".join(part for part in parts if part)

    def show_index(self, index: int) -> None:
        from csmm_desktop.views.dashboard import chart_name
        from csmm_desktop.views.language import current_language

        self.index = index % len(CHARTS)
        key = self.chart_key = CHARTS[self.index]
        self.title.setText(chart_name(key))
        self.subtitle.setText(self.subtitle_text())
        self.setWindowTitle(chart_name(key))
        self.chart.name = key
        data = self.dashboard.data  # a figure of its own: the dashboard's stays on its canvas
        lang = current_language()  # the builder runs on a worker (views/chart_view.py)
        self.chart.set_builder(lambda size: data.figure(key, lang, size))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Move or leave for a slide key (True), or leave the key alone (False)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Right and the like are not slide keys
        key = event.key()
        if key in self.moves:
            self.show_index(self.index + self.moves[key])
        elif key == Qt.Key.Key_Home:
            self.show_index(0)
        elif key == Qt.Key.Key_End:
            self.show_index(len(CHARTS) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            return self.handle_key(event)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def _filter_keys(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._filter_keys(True)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._filter_keys(False)
        super().hideEvent(event)

    def _retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "→ ↓ Page Down Space: next · ← ↑ Page Up Backspace: previous · "
                "Home / End: first / last · Esc: leave"
            )
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._set_fonts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.show_index(self.index)
        super().changeEvent(event)
