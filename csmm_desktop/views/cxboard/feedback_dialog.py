"""Add or edit an entry of the feedback log (customer calls, e-mails, face to face, survey
comments, mystery shopping, employees) and tick the CX projects it feeds."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from csmm_desktop.forms.ui_cx_feedback_dialog import Ui_CxFeedbackDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, print_check
from csmm_desktop.views.cxboard.common import data_label
from csmm_desktop.views.engagement.base import SaveDialog
from csmm_desktop.views.roles import ID_ROLE


class CxFeedbackDialog(SaveDialog):
    """`save(values)` gets {"when", "source", "text", "project_ids"}; `projects` are the
    client's projects (id → title) that can be ticked."""

    def __init__(
        self,
        parent: QWidget | None,
        entry: cx.FeedbackEntry | None,
        projects: Mapping[str, str],
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxFeedbackDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.textEdit)
        ui = self.ui
        self._editing = entry is not None
        for key in cx.FEEDBACK_SOURCES:
            ui.sourceCombo.addItem("", key)
        linked = set(entry.project_ids) if entry else set()
        for project_id, title in projects.items():
            item = QListWidgetItem(title, ui.projectList)
            item.setData(ID_ROLE, project_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = project_id in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.projectList.setSpacing(2)
        ui.projectsLabel.setVisible(bool(projects))
        ui.projectList.setVisible(bool(projects))
        ui.dateEdit.setDate(QDate.currentDate())
        if entry is not None:
            ui.dateEdit.setDate(QDate.fromString(entry.date, "yyyy-MM-dd"))
            ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(entry.source))
            ui.textEdit.setPlainText(entry.text)
        ui.textEdit.textChanged.connect(self._validate)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def project_ids(self) -> list[str]:
        listing = self.ui.projectList
        return [
            listing.item(i).data(ID_ROLE)
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> dict:
        return {
            "when": self.ui.dateEdit.date().toString("yyyy-MM-dd"),
            "source": self.ui.sourceCombo.currentData(),
            "text": self.ui.textEdit.toPlainText(),
            "project_ids": self.project_ids(),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit feedback") if self._editing else self.tr("New feedback"))
        for i, key in enumerate(cx.FEEDBACK_SOURCES):
            self.ui.sourceCombo.setItemText(i, data_label(cx.FEEDBACK_SOURCES, key))
        formatting.date_edit(self.ui.dateEdit)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.ui.textEdit.toPlainText().strip())
        self.ui.errorLabel.setText("" if ok else self.tr("Write down what was said."))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
