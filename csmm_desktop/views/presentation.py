"""Workshop presentation: one dashboard chart at a time, full screen, keyboard driven."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from csmm_desktop.services.dashboard import CHARTS
from csmm_desktop.views.chart_view import ChartView


class PresentationWindow(QWidget):
    """→ / Space / Page Down: next chart; ← / Page Up: previous; Esc: close."""

    def __init__(self, dashboard, index: int = 0):
        super().__init__(None, Qt.WindowType.Window)
        self.dashboard = dashboard
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("← → change chart · Esc closes"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart = ChartView(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.hint)
        self.show_index(index)

    def show_index(self, index: int) -> None:
        from csmm_desktop.views.dashboard import chart_name

        self.index = index % len(CHARTS)
        key = CHARTS[self.index]
        self.title.setText(chart_name(key))
        self.setWindowTitle(chart_name(key))
        self.chart.set_builder(lambda size: self.dashboard.figure(key, size))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.show_index(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.show_index(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
