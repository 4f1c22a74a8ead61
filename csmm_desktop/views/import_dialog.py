"""Preview of a response file before it is imported: what will be added (and replaced), or
what is wrong, in the UI's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from csmm_desktop.domain.response_file import ResponseFile, ResponseFileError
from csmm_desktop.forms.ui_import_dialog import Ui_ImportDialog
from csmm_desktop.messages import message
from csmm_desktop.views import geometry
from csmm_desktop.views.labels import role_name
from csmm_desktop.views.messages import render

PREVIEW_ROWS = 200
LISTED_EXISTING = 200


def _fill(template: str, *values: str) -> str:
    """`template` with %1, %2... replaced in one pass (a value holding "%2" stays as it
    is, which chained str.replace calls would not keep)."""

    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return values[n - 1] if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


class ImportDialog(QDialog):
    """Accepted means: import (and, when `replaces` > 0, replace those respondents)."""

    def __init__(
        self,
        parent: QWidget | None,
        path: str,
        parsed: ResponseFile | None = None,
        error: ResponseFileError | None = None,
    ):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.path = path
        self.parsed = parsed
        self.error = error
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill()

    @property
    def replaces(self) -> int:
        """How many respondents already in the snapshot the import will replace."""
        return len(self.parsed.existing) if self.parsed is not None else 0

    def _fill(self) -> None:
        ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setEnabled(self.parsed is not None)
        table = self.ui.previewTable
        if self.parsed is None:
            ok_button.setText(self.tr("Import"))
            self.ui.summaryLabel.setText(
                self.tr(
                    "%1 cannot be imported. Nothing was changed. Correct the file and try again:"
                ).replace("%1", self.path)
            )
            self.ui.problemsEdit.setPlainText(self._problems_text())
            self.ui.existingLabel.hide()
            table.hide()
            return
        counts = self.parsed.count_by_role()
        by_role = ", ".join(f"{role_name(r)}: {n}" for r, n in counts.items() if n)
        summary = _fill(
            self.tr("%1 (%2) with %3 will be added from %4."),
            self.tr("%n respondent(s)", "", self.parsed.respondent_count),
            by_role,
            self.tr("%Ln answer(s)", "", self.parsed.answer_count),
            self.path,
        )
        from csmm_desktop.services import assessment

        notes = [render(n) for n in assessment.import_notes(self.parsed)]  # kept, not counted
        self.ui.summaryLabel.setText(" ".join(filter(None, [summary, self._sheet_text(), *notes])))
        if self.replaces:
            ok_button.setText(self.tr("Replace %1 and import").replace("%1", str(self.replaces)))
            self.ui.existingLabel.setText(
                self.tr(
                    "%n of these respondents are already in this snapshot. Replacing them "
                    "deletes their answers and imports the file's instead; this cannot be "
                    "undone (the automatic backups keep older copies).",
                    "",
                    self.replaces,
                )
            )
            self.ui.problemsEdit.setPlainText(self._existing_text())
        else:
            ok_button.setText(self.tr("Import"))
            self.ui.existingLabel.hide()
            self.ui.problemsEdit.hide()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Respondent"), self.tr("Role"), self.tr("Answers")]
        )
        rows = self.parsed.sample[:PREVIEW_ROWS]
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(
                (str(row.line), row.respondent, role_name(row.role), str(len(row.answers)))
            ):
                table.setItem(i, j, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def _sheet_text(self) -> str:
        """Which sheet of a workbook is read, and which others with data are not."""
        parsed = self.parsed
        if parsed is None or parsed.encoding != "xlsx" or not parsed.sheet:
            return ""
        if not parsed.other_sheets:
            return _fill(self.tr("Read from the sheet “%1”."), parsed.sheet)
        others = ", ".join(f"“{name}”" for name in parsed.other_sheets)
        return _fill(
            self.tr("Read from the sheet “%1”; the other sheets (%2) were not read."),
            parsed.sheet,
            others,
        )

    def _problems_text(self) -> str:
        if self.error is None:
            return ""
        lines = [render(p) for p in self.error.problems]
        if self.error.total > len(lines):
            lines.append(render(message("import.more", count=self.error.total - len(lines))))
        return "\n".join(lines)

    def _existing_text(self) -> str:
        existing = self.parsed.existing
        lines = [
            self.tr("row %1: %2").replace("%1", str(line)).replace("%2", name)
            for line, name in existing[:LISTED_EXISTING]
        ]
        if len(existing) > LISTED_EXISTING:
            lines.append(render(message("import.more", count=len(existing) - LISTED_EXISTING)))
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "parsed"):
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
