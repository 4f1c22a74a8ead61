"""Client tabs built when they are first shown (issue 18).

Building the eight client tabs at once took 0.5–0.9 s of the UI thread at start, on any
store. The client panel puts a `TabSlot` in the tab bar instead: it has the tab's title
(the tab's own translation, so the bar reads the same before and after), the screens it
shows and how to make it. The panel swaps the real tab in the first time the slot is
shown (client_panel.ClientPanel.build_tab), or in idle time after the first paint, one
tab per event-loop turn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class TabSlot(QWidget):
    """Stands in the tab bar for a client tab not built yet."""

    def __init__(
        self,
        make: Callable[[], QWidget],
        screens: tuple[str, ...],
        context: str,
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.make = make
        self.screens = screens
        # the tab's tab_title(): self.tr(title) in the tab's class, i.e. this context
        self._context, self._title = context, title

    def tab_title(self) -> str:
        return QCoreApplication.translate(self._context, self._title)
