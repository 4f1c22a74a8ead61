"""Add or edit a snapshot: stage, date, consultant, notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from csmm_desktop.domain.levels import STAGE_KEYS
from csmm_desktop.forms.ui_snapshot_dialog import Ui_SnapshotDialog
from csmm_desktop.services.clients import Snapshot
from csmm_desktop.views import formatting, print_check
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.save_dialog import SaveDialog


class SnapshotDialog(SaveDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        snapshot: Snapshot | None = None,
        suggested_stage: str = "initial",
        consultant: str = "",
        save: Callable[[dict], object] | None = None,
        check: Callable[[dict], list[str]] | None = None,
    ):
        super().__init__(parent, save, check)
        self.ui = Ui_SnapshotDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.consultantEdit, self.ui.notesEdit)
        self._editing = snapshot is not None
        for key in STAGE_KEYS:
            self.ui.stageCombo.addItem(stage_name(key), key)
        stage = snapshot.stage if snapshot else suggested_stage
        self.ui.stageCombo.setCurrentIndex(STAGE_KEYS.index(stage))
        when = QDate.fromString(snapshot.date, "yyyy-MM-dd") if snapshot else QDate.currentDate()
        formatting.date_edit(self.ui.dateEdit)
        self.ui.dateEdit.setDate(when)
        self.ui.consultantEdit.setText(snapshot.consultant if snapshot else consultant)
        if snapshot:
            self.ui.notesEdit.setPlainText(snapshot.notes)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit snapshot") if self._editing else self.tr("New snapshot"))
        for i, key in enumerate(STAGE_KEYS):
            self.ui.stageCombo.setItemText(i, stage_name(key))

    def values(self) -> dict[str, str]:
        return {
            "stage": self.ui.stageCombo.currentData(),
            "when": self.ui.dateEdit.date().toString("yyyy-MM-dd"),
            "consultant": self.ui.consultantEdit.text(),
            "notes": self.ui.notesEdit.toPlainText(),
        }
