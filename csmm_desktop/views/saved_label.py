"""The status bar's "Saved 14:03": when the data file last took a change.

The store calls it after each committed transaction (Store.on_commit), so it never says
"saved" for a change that was refused or rolled back, whichever screen made it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from csmm_desktop.views.writes import unwatch


class SavedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.saved_at: datetime | None = None
        self.setObjectName("savedLabel")

    def watch(self, db: object) -> None:
        listeners = getattr(db, "on_commit", None)
        if listeners is not None:
            listeners.append(self.mark_saved)
            self.destroyed.connect(lambda _=None: unwatch(listeners, self.mark_saved))

    def mark_saved(self) -> None:
        self.saved_at = datetime.now()
        self.retranslate()

    def retranslate(self) -> None:
        if self.saved_at is None:
            self.setText("")
            return
        self.setText(
            QCoreApplication.translate("SavedLabel", "Saved %1").replace(
                "%1", self.saved_at.strftime("%H:%M")
            )
        )
        self.setToolTip(
            QCoreApplication.translate(
                "SavedLabel", "The last change was saved to the data file at %1."
            ).replace("%1", self.saved_at.strftime("%H:%M:%S"))
        )
