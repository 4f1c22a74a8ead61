"""Add or edit a workshop: date, participants, agenda, notes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.forms.ui_workshop_dialog import Ui_WorkshopDialog
from csmm_desktop.services import engagement
from csmm_desktop.views import formatting, geometry, print_check


class WorkshopDialog(QDialog):
    """`workshop` None adds a new one, dated `default_date` (YYYY-MM-DD; today if empty)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        workshop: engagement.Workshop | None = None,
        default_date: str = "",
    ):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self._editing = workshop is not None
        self.ui = Ui_WorkshopDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.participantsEdit, self.ui.agendaEdit, self.ui.notesEdit)
        when = workshop.date if workshop else default_date
        parsed = QDate.fromString(when, "yyyy-MM-dd")
        formatting.date_edit(self.ui.dateEdit)
        self.ui.dateEdit.setDate(parsed if parsed.isValid() else QDate.currentDate())
        if workshop:
            self.ui.participantsEdit.setPlainText(workshop.participants)
            self.ui.agendaEdit.setPlainText(workshop.agenda)
            self.ui.notesEdit.setPlainText(workshop.notes)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit workshop") if self._editing else self.tr("New workshop"))
        self.ui.participantsEdit.setPlaceholderText(self.tr("Names and roles, one per line"))
        self.ui.agendaEdit.setPlaceholderText(self.tr("What the workshop is about"))
        self.ui.notesEdit.setPlaceholderText(self.tr("What was found and agreed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, str]:
        return {
            "when": self.ui.dateEdit.date().toString("yyyy-MM-dd"),
            "participants": self.ui.participantsEdit.toPlainText(),
            "agenda": self.ui.agendaEdit.toPlainText(),
            "notes": self.ui.notesEdit.toPlainText(),
        }
