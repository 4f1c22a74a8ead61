"""What the main window's first screen uses so that PySide6's `Qt` namespace is not built
before it paints (why, and what it gains: CONTRIBUTING.md, "Start-up tricks"). The form
takes the splitter's default orientation and centres its empty label by style sheet; the
context-menu policies and Delete keys are set when the data is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QWidget


class Splitter(QSplitter):
    """QSplitter for forms on the first screen: uic writes QSplitter(parent), which PySide6
    tries against QSplitter(Qt.Orientation, parent) first; a keyword parent skips that."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)


def set_shortcut(action: QAction, keys: str | QKeySequence.StandardKey) -> None:
    """The action's shortcut, portable text ("Ctrl+Shift+N") or a standard key."""
    if isinstance(keys, str):
        action.setShortcuts([QKeySequence(keys)])
    else:
        action.setShortcuts(keys)


class FirstPaint(QObject):
    """An event filter on `widget` whose `painted` is emitted once, after the widget's first
    paint has finished (app.run_gui's first screen, the client panel's first data)."""

    painted = Signal()

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after the paint has finished
        return False
