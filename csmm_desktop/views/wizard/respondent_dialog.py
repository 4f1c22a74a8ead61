"""Start a respondent (role, optional name, anonymous code) or rename one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.domain.form import ROLES
from csmm_desktop.forms.ui_respondent_dialog import Ui_RespondentDialog
from csmm_desktop.services.assessment import Respondent
from csmm_desktop.views import geometry
from csmm_desktop.views.labels import role_name


class RespondentDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        respondent: Respondent | None = None,
        role: str = "",
    ):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.ui = Ui_RespondentDialog()
        self.ui.setupUi(self)
        self._editing = respondent is not None
        for key in ROLES:
            self.ui.roleCombo.addItem(role_name(key), key)
        # the role last used, else the form's first (management); a role the settings file
        # holds that the form does not know falls back to it too
        role = respondent.role if respondent else role
        self.ui.roleCombo.setCurrentIndex(ROLES.index(role) if role in ROLES else 0)
        if respondent:
            self.ui.roleCombo.setEnabled(False)  # answers belong to the role's questions
            self.ui.nameEdit.setText(respondent.name)
            self.ui.codeEdit.setText(respondent.code)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Rename respondent") if self._editing else self.tr("New respondent")
        )
        for i, key in enumerate(ROLES):
            self.ui.roleCombo.setItemText(i, role_name(key))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, str]:
        return {
            "role": self.ui.roleCombo.currentData(),
            "name": self.ui.nameEdit.text(),
            "code": self.ui.codeEdit.text(),
        }
