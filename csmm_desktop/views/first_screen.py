"""What the main window's first screen needs to paint soon: no `Qt` namespace before it.

PySide6 builds its `Qt` namespace, ninety-odd Python enums, in one go the first time
anything names it: about 20 ms, an eighth of a bare Qt window's whole start-up. The first
screen gets by without it, and tests/gui/test_startup.py keeps it so:

- the form takes the splitter's default (horizontal) orientation and centres its empty
  label by style sheet, as `Qt.Orientation` and `Qt.AlignmentFlag` would name it;
- shortcuts are set with `setShortcuts([...])`: `setShortcut(...)`, what uic writes for
  a shortcut in a form, is matched against an overload that takes a `Qt` key;
- item roles are the plain ints of views/roles.py;
- the rest (context-menu policies, the Delete keys) is set when the data is shown.
"""

from __future__ import annotations

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
