"""Export a PDF report: which kind, in which language (independent of the UI's), paper size
and file; the work runs in the background with a progress dialog, then offers to open or
print the file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QWidget

from csmm_desktop import outputs
from csmm_desktop.forms.ui_report_dialog import Ui_ReportDialog
from csmm_desktop.views import dialogs, geometry
from csmm_desktop.views.language import current_language
from csmm_desktop.views.tasks import BackgroundTask

if TYPE_CHECKING:
    from csmm_desktop.messages import Message

KINDS = {
    "snapshot": QT_TRANSLATE_NOOP("ReportDialog", "Snapshot report"),
    "progress": QT_TRANSLATE_NOOP("ReportDialog", "Progress report (snapshots up to this one)"),
    "action-plan": QT_TRANSLATE_NOOP("ReportDialog", "Action-plan handout"),
    "blank-form": QT_TRANSLATE_NOOP("ReportDialog", "Blank forms for paper collection"),
}
# The blank forms' respondents: all three (each on its own pages), or one form.
FORM_ROLES = {
    "": QT_TRANSLATE_NOOP("ReportDialog", "Forms for every respondent"),
    "management": QT_TRANSLATE_NOOP("ReportDialog", "Management assessment only"),
    "employee": QT_TRANSLATE_NOOP("ReportDialog", "Employee survey only"),
    "client": QT_TRANSLATE_NOOP("ReportDialog", "Customer experience survey only"),
}
LANGUAGES = (("tr", "Türkçe"), ("en", "English"))
BILINGUAL_KINDS = ("snapshot", "action-plan")  # reports/bilingual.py
PAGES = (("a4", "A4"), ("letter", "Letter"))


class ReportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        naming: Callable[..., str],
        folder: str,
        kind: str = "snapshot",
    ):
        """`naming(lang, suffix, *more)` proposes the file's name (ClientPanel's)."""
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.naming = naming
        self.folder = folder or str(Path.home())
        for key in KINDS:
            self.ui.kindCombo.addItem("", key)
        for code, name in LANGUAGES:
            self.ui.langCombo.addItem(name, code)
        for code, name in PAGES:
            self.ui.pageCombo.addItem(name, code)
        self.ui.kindCombo.setCurrentIndex(list(KINDS).index(kind))
        self.ui.langCombo.setCurrentIndex(0 if current_language() == "tr" else 1)
        self.ui.kindCombo.currentIndexChanged.connect(self._suggest_file)
        self.ui.langCombo.currentIndexChanged.connect(self._suggest_file)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.fileEdit.textChanged.connect(self._validate)
        self._add_options()
        self._retranslate()
        self._suggest_file()

    def _add_options(self) -> None:
        """Draft or final, and the stage checklist for the consultant's file: the snapshot
        report's options, under the form; the blank forms' respondent."""
        self.finalCheck = QCheckBox(self)
        self.checklistCheck = QCheckBox(self)
        self.bilingualCheck = QCheckBox(self)
        self.roleCombo = QComboBox(self)
        for key in FORM_ROLES:
            self.roleCombo.addItem("", key)
        layout = self.layout()
        at = layout.indexOf(self.ui.buttonBox)
        layout.insertWidget(at, self.roleCombo)
        layout.insertWidget(at, self.bilingualCheck)
        layout.insertWidget(at, self.checklistCheck)
        layout.insertWidget(at, self.finalCheck)
        self.ui.kindCombo.currentIndexChanged.connect(self._enable_options)
        self._enable_options()

    def _enable_options(self) -> None:
        snapshot = self.ui.kindCombo.currentData() == "snapshot"
        self.finalCheck.setEnabled(snapshot)
        self.checklistCheck.setEnabled(snapshot)
        self.roleCombo.setEnabled(self.ui.kindCombo.currentData() == "blank-form")
        self.bilingualCheck.setEnabled(self.ui.kindCombo.currentData() in BILINGUAL_KINDS)

    def _retranslate(self) -> None:
        self.finalCheck.setText(self.tr("Final (not a draft); the version is the snapshot's"))
        self.checklistCheck.setText(
            self.tr("Include the stage checklist (for your own file, not the client's)")
        )
        self.bilingualCheck.setText(
            self.tr("Turkish and English side by side (executive summary, action plan)")
        )
        self.bilingualCheck.setToolTip(
            self.tr(
                "For clients with foreign shareholders: the chosen language on the left, the "
                "other on the right. Your key messages print once, as you wrote them."
            )
        )
        for i, key in enumerate(FORM_ROLES):
            text = QCoreApplication.translate("ReportDialog", FORM_ROLES[key])
            self.roleCombo.setItemText(i, text)
        for i, key in enumerate(KINDS):
            self.ui.kindCombo.setItemText(i, QCoreApplication.translate("ReportDialog", KINDS[key]))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.ui.hintLabel.setText(
            self.tr("The report's language is chosen here, whatever the language of the app.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _suggest_file(self) -> None:
        values = self.values()
        lang = values["lang"]
        name = self.naming(lang, ".pdf", outputs.word(values["kind"], lang))
        self.ui.fileEdit.setText(str(Path(self.folder) / name))

    def _browse(self) -> None:
        path = dialogs.save_file(
            self, self.tr("Save report"), self.ui.fileEdit.text(), self.tr("PDF document (*.pdf)")
        )
        if path:
            self.ui.fileEdit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _validate(self) -> None:
        ok = bool(self.ui.fileEdit.text().strip())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> dict:
        kind = self.ui.kindCombo.currentData()
        snapshot = kind == "snapshot"
        blank = kind == "blank-form"
        return {
            "kind": self.ui.kindCombo.currentData(),
            "lang": self.ui.langCombo.currentData(),
            "page_size": self.ui.pageCombo.currentData(),
            "out": self.ui.fileEdit.text().strip(),
            "final": snapshot and self.finalCheck.isChecked(),
            "with_checklist": snapshot and self.checklistCheck.isChecked(),
            "role": self.roleCombo.currentData() if blank else "",
            "bilingual": kind in BILINGUAL_KINDS and self.bilingualCheck.isChecked(),
        }


class ReportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


class ReportExport(BackgroundTask):
    """Builds a report in the background (views/tasks.py: own connection, progress with
    the report's steps, Cancel); tells when done or failed. Once the file is written, ticks
    "report prepared" through the service (the report builders only read): a tick that
    cannot be stored is said, the written file still counts."""

    done = Signal(str)  # the written file
    failed = Signal(str)  # what to tell the user
    stopped = Signal()  # cancelled before anything was written

    def __init__(self, parent: QWidget, db_file: str, snapshot_id: str, values: dict):
        def work(db, progress, cancelled):
            from csmm_desktop.reports.common import WRITING_STEP

            def step(pct: int, what: Message | str) -> None:
                if pct < WRITING_STEP and cancelled():
                    raise ReportCancelled
                progress(pct, what)

            from csmm_desktop import reports
            from csmm_desktop.services.engagement import report_exported
            from csmm_desktop.views.writes import ERRORS

            path = reports.write_report(
                db,
                snapshot_id,
                values["lang"],
                values["out"],
                kind=values["kind"],
                page_size=values["page_size"],
                progress=step,
                final=bool(values.get("final")),
                with_checklist=bool(values.get("with_checklist")),
                bilingual=bool(values.get("bilingual")),
                role=values.get("role") or None,
            )
            try:
                report_exported(db, snapshot_id, values["kind"])
            except ERRORS as exc:  # the file is written; the tick is not
                return path, exc
            return path, None

        # The report is laid out in memory and written at the end in one go (outputs.py):
        # Cancel stops it any time before the writing starts, and nothing is left behind.
        title = QCoreApplication.translate("ReportExport", "Export PDF report")
        super().__init__(
            parent,
            title,
            work,
            db_file=db_file,
            cancellable=True,
            label=QCoreApplication.translate("ReportExport", "Preparing the report…"),
            modal=True,
        )
        self.values = values
        if self.dialog is not None:
            geometry.keep_on_screen(self.dialog)  # opens inside the screen
            # wide enough for its title and its longest step, whatever the language
            advance = self.dialog.fontMetrics().horizontalAdvance(title)
            self.dialog.setMinimumWidth(advance + 240)

    def _finished(self, result: object) -> None:
        self.percent = 100
        self._end()
        _path, tick_failed = result
        if tick_failed is not None:
            from csmm_desktop.views.writes import describe

            text = self.tr(
                "The report was saved, but “report prepared” could not be ticked on the "
                "checklist: %1"
            ).replace("%1", describe(tick_failed))
            dialogs.warn(self.parent(), self.tr("Export PDF report"), text)
        self.done.emit(self.values["out"])

    def _failed(self, exc: BaseException) -> None:
        from csmm_desktop.views.writes import describe

        self._end()
        self.failed.emit(describe(exc))


def print_pdf(parent: QWidget | None, path: str) -> bool:
    """Print a PDF through the system: the print dialog picks the printer, the system's
    spooler (lp on Linux and macOS, the PDF viewer's print verb on Windows) prints it."""
    import shutil
    import subprocess

    if sys.platform == "win32":  # pragma: no cover - Windows only
        import os

        os.startfile(path, "print")  # noqa: S606
        return True
    lp = shutil.which("lp")
    if lp is None:
        dialogs.warn(
            parent,
            QCoreApplication.translate("ReportDialog", "Print"),
            QCoreApplication.translate(
                "ReportDialog",
                "No printing system was found on this computer. Open "
                "the PDF and print it from your PDF viewer.",
            ),
        )
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    command = [lp, "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    result = subprocess.run([*command, path], capture_output=True, text=True)
    if result.returncode != 0:
        dialogs.warn(
            parent,
            QCoreApplication.translate("ReportDialog", "Print"),
            result.stderr.strip() or result.stdout.strip(),
        )
        return False
    return True
