"""What the client tabs add to views/list_page.py `ListPage` (the context, the keys, the
refresh after a write, the lists, shared with the CX board's pages): the contract with the
client panel (tab_title, navigate), a snapshot deleted elsewhere, the "Select a snapshot"
hint page, and following a language switch even while hidden; and the add/edit dialogs
that save before they close.

No text is worded here: every tr() stays in the subclass's own methods, so its strings
keep the subclass's translation context."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout

from csmm_desktop.services import engagement
from csmm_desktop.views import theme
from csmm_desktop.views.list_page import ListPage
from csmm_desktop.views.save_dialog import SaveDialog as SaveDialog  # the tabs' dialogs


class ContextTab(ListPage):
    """A screen of the client panel that follows the selected client and snapshot.

    A subclass gives tab_title() and refresh(), and sets its own texts in _retranslate().
    Unlike a CX board page, set_context() refreshes at once (ListPage's default)."""

    navigate = Signal(str)  # it asks for another screen ("actions", "kpis", …)

    # Refreshed whenever shown (another tab may have changed the data meanwhile); while
    # hidden it skips the refresh after a language switch and catches up when shown.
    refresh_when_shown = False

    # --- the contract with the client panel ----------------------------------------

    def tab_title(self) -> str:
        raise NotImplementedError

    def _forget_missing_snapshot(self) -> None:
        """A snapshot deleted elsewhere meanwhile: show the client without it."""
        if self.snapshot_id:
            try:
                engagement.get_snapshot(self.db, self.snapshot_id)
            except engagement.NotFoundError:
                self.snapshot_id = ""

    # --- the hint page -------------------------------------------------------------

    def _build_hint_stack(self) -> None:
        """A stack filling the tab: page 0 is a centred grey hint (hintLabel), the tab adds
        its own page as page 1."""
        self.stack = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.stack)
        self.hintLabel = QLabel(self)
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setStyleSheet(f"color: {theme.HINT}; font-size: 120%;")
        self.stack.addWidget(self.hintLabel)

    def _show_hint_page(self, text: str) -> None:
        self.hintLabel.setText(text)
        self.stack.setCurrentIndex(0)

    # --- language ------------------------------------------------------------------

    def retranslate(self) -> None:
        """After a language switch: the texts (ListPage), then the data shown (stage names,
        dates, numbers and statuses follow the language)."""
        super().retranslate()
        if self.isVisible():
            self.refresh()
        else:  # a hidden tab (or a closed one) words its data when it is next shown
            self._words_stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.refresh_when_shown or getattr(self, "_words_stale", False):
            self._words_stale = False
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
