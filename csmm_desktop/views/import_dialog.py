"""Preview of a response file before it is imported: what will be added, or what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from csmm_desktop.domain.response_file import ResponseFile, ResponseFileError
from csmm_desktop.forms.ui_import_dialog import Ui_ImportDialog
from csmm_desktop.views.labels import role_name

PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        path: str,
        parsed: ResponseFile | None = None,
        error: ResponseFileError | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.path = path
        self.parsed = parsed
        self.error = error
        self._fill()

    def _fill(self) -> None:
        ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Import"))
        ok_button.setEnabled(self.parsed is not None)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        table = self.ui.previewTable
        if self.parsed is None:
            self.ui.summaryLabel.setText(
                self.tr(
                    "%1 cannot be imported. Nothing was changed. Correct the file and try again:"
                ).replace("%1", self.path)
            )
            self.ui.problemsEdit.setPlainText("\n".join(self.error.problems if self.error else []))
            table.hide()
            return
        self.ui.problemsEdit.hide()
        counts = self.parsed.count_by_role()
        by_role = ", ".join(f"{role_name(r)}: {n}" for r, n in counts.items() if n)
        self.ui.summaryLabel.setText(
            self.tr("%1 respondents (%2) with %3 answers will be added from %4.")
            .replace("%1", str(len(self.parsed.rows)))
            .replace("%2", by_role)
            .replace("%3", str(self.parsed.answer_count))
            .replace("%4", self.path)
        )
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Respondent"), self.tr("Role"), self.tr("Answers")]
        )
        rows = self.parsed.rows[:PREVIEW_ROWS]
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(
                (str(row.line), row.respondent, role_name(row.role), str(len(row.answers)))
            ):
                table.setItem(i, j, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
