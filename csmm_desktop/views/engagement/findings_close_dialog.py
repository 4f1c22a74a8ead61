"""Mark a problem resolved (a requirement solved) at a snapshot, with a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.forms.ui_findings_close_dialog import Ui_FindingsCloseDialog
from csmm_desktop.services import engagement
from csmm_desktop.views import geometry, print_check


class FindingsCloseDialog(QDialog):
    """`where` names the snapshot, e.g. "Planned · 22/11/2026"."""

    def __init__(self, parent: QWidget | None, finding: engagement.Finding, where: str):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.finding = finding
        self.where = where
        self.ui = Ui_FindingsCloseDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.noteEdit)
        self.ui.noteEdit.setPlainText(finding.note)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.noteEdit.setFocus()

    def _retranslate(self) -> None:
        problem = self.finding.kind == "problem"
        if problem:
            self.setWindowTitle(self.tr("Mark problem resolved"))
            text = self.tr("“%1” is resolved at the snapshot %2.")
            self.ui.noteLabel.setText(self.tr("How was it &resolved?"))
            confirm = self.tr("Mark &resolved")
        else:
            self.setWindowTitle(self.tr("Mark requirement solved"))
            text = self.tr("“%1” is solved at the snapshot %2.")
            self.ui.noteLabel.setText(self.tr("How was it &solved?"))
            confirm = self.tr("Mark &solved")
        self.ui.findingLabel.setText(
            text.replace("%2", self.where).replace("%1", self.finding.title)
        )  # the user's text last, so a "%2" in it stays as typed
        self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Save).setText(confirm)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()
