"""Add or edit a KPI definition: name, unit, direction, target, critical, description."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from csmm_desktop.forms.ui_kpi_dialog import Ui_KpiDialog
from csmm_desktop.services.engagement import KPI_DIRECTIONS, Kpi
from csmm_desktop.views import print_check
from csmm_desktop.views.engagement.base import SaveDialog
from csmm_desktop.views.engagement.kpis_status import is_number, plain_number
from csmm_desktop.views.language import current_language


class KpiDialog(SaveDialog):
    """`save(values)` stores what was typed; if it refuses (InputError), the message is shown
    and the dialog stays open with the text as typed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        kpi: Kpi | None = None,
        save: Callable[[dict], object] | None = None,
        safe_focus: bool = False,
    ):
        """`safe_focus`: opened by a key (Enter on the table), the focus starts on Cancel,
        not in the name with its text selected, where the next key would replace it."""
        super().__init__(parent, save)
        self._safe_focus = safe_focus
        self.ui = Ui_KpiDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.nameEdit, self.ui.unitEdit, self.ui.descriptionEdit)
        self._editing = kpi is not None
        for key in KPI_DIRECTIONS:
            self.ui.directionCombo.addItem("", key)
        if kpi:
            self.ui.nameEdit.setText(kpi.name)
            self.ui.unitEdit.setText(kpi.unit)
            self.ui.directionCombo.setCurrentIndex(self.ui.directionCombo.findData(kpi.direction))
            self.ui.targetEdit.setText(plain_number(kpi.target))
            self.ui.criticalCheck.setChecked(kpi.critical)
            self.ui.descriptionEdit.setPlainText(kpi.description)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.textChanged.connect(self._validate)
        self.ui.targetEdit.textChanged.connect(self._validate)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._safe_focus:
            self.ui.nameEdit.deselect()
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit KPI") if self._editing else self.tr("New KPI"))
        for i, key in enumerate(KPI_DIRECTIONS):
            self.ui.directionCombo.setItemText(i, KPI_DIRECTIONS[key][current_language()])
        self._validate()

    def _validate(self) -> None:
        target = self.ui.targetEdit.text().strip()
        problem = ""
        if not self.ui.nameEdit.text().strip():
            problem = self.tr("A KPI needs a name.")
        elif target and not is_number(target):
            problem = self.tr("The target must be a number, such as 75 or 4,5.")
        self.ui.errorLabel.setText(problem)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def values(self) -> dict:
        return {
            "name": self.ui.nameEdit.text(),
            "unit": self.ui.unitEdit.text(),
            "direction": self.ui.directionCombo.currentData(),
            "target": self.ui.targetEdit.text().strip() or None,
            "critical": self.ui.criticalCheck.isChecked(),
            "description": self.ui.descriptionEdit.toPlainText(),
        }
