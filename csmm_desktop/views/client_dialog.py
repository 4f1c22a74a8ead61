"""Add or edit a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from csmm_desktop.forms.ui_client_dialog import Ui_ClientDialog
from csmm_desktop.services.clients import Client
from csmm_desktop.views import print_check
from csmm_desktop.views.save_dialog import SaveDialog


class ClientDialog(SaveDialog):
    """Save writes the client before the dialog closes (`save(values())`); a refusal keeps
    the dialog open with everything as typed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        client: Client | None = None,
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.nameEdit, self.ui.sectorEdit)
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        if client:
            self.ui.nameEdit.setText(client.name)
            self.ui.sectorEdit.setText(client.sector)
            self.ui.contactsEdit.setPlainText(client.contacts)
            self.ui.notesEdit.setPlainText(client.notes)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.textChanged.connect(self._validate)
        self._touched = bool(client)  # a new, empty form is not an error until typed into
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.ui.nameEdit.text().strip())
        self._touched = self._touched or self.sender() is self.ui.nameEdit
        said = "" if ok or not self._touched else self.tr("A client needs a name.")
        self.ui.errorLabel.setText(said)
        save = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Save)
        save.setEnabled(ok)

    def values(self) -> dict[str, str]:
        return {
            "name": self.ui.nameEdit.text(),
            "sector": self.ui.sectorEdit.text(),
            "contacts": self.ui.contactsEdit.toPlainText(),
            "notes": self.ui.notesEdit.toPlainText(),
        }
