"""File → Export Client… and File → Import Client…: client bundles (.csmm) from the main
window (services/bundle.py, docs/bundle-format.md).

Export: choose the file, optionally a password, write it on a worker. Import: choose the
file (its password if it is encrypted), work out the plan on a worker, show it (added,
updated, conflicts), then import on a worker in one transaction. The work runs through
views/tasks.py (its own connection); failures are shown through views/writes.py and
views/dialogs.py.

The two actions are added to the File menu here (`install`), so the main window's own
code and its .ui file stay as they are.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.views import dialogs
from csmm_desktop.views.tasks import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from csmm_desktop.services.bundle import ImportPlan
    from csmm_desktop.views.main_window import MainWindow

SHOW_PROGRESS_AFTER_MS = 400


# --- on the worker --------------------------------------------------------------------------


def _export(client_id: str, path: str, password: str | None):
    def work(db, progress):
        from csmm_desktop.services import bundle

        return bundle.export_bundle(db, client_id, path, password=password, progress=progress)

    return work


def _import(path: str, password: str | None, dry_run: bool, expect: str | None):
    def work(db, progress):
        from csmm_desktop.services import bundle

        return bundle.import_bundle(
            db, path, password=password, dry_run=dry_run, progress=progress, expect_sha256=expect
        )

    return work


# --- the dialogs ------------------------------------------------------------------------------


class PasswordDialog(QDialog):
    """The bundle's password: for an export optional (a box to tick) and typed twice; for
    an import of an encrypted bundle, once."""

    def __init__(self, parent: QWidget | None, *, export: bool):
        super().__init__(parent)
        self.export = export
        self.setWindowTitle(self.tr("Export Client") if export else self.tr("Import Client"))
        layout = QVBoxLayout(self)
        self.encrypt = QCheckBox(self.tr("Encrypt the file with a password"))
        self.encrypt.setChecked(True)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password:"), self.password)
        if export:
            note = QLabel(
                self.tr(
                    "Client data on a USB stick is personal data: encrypt it unless it "
                    "stays on a drive only you can read."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addWidget(self.encrypt)
            form.addRow(self.tr("Again:"), self.again)
            self.encrypt.toggled.connect(self._update)
        else:
            layout.addWidget(QLabel(self.tr("This client file is encrypted. Its password:")))
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        encrypt = self.encrypt.isChecked() or not self.export
        self.password.setEnabled(encrypt)
        self.again.setEnabled(encrypt)
        problem = ""
        if encrypt and not self.password.text():
            problem = self.tr("Type a password.")
        elif encrypt and self.export and self.again.text() != self.password.text():
            problem = self.tr("The two passwords differ.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def value(self) -> str | None:
        """The password, or None for an export without one."""
        if self.export and not self.encrypt.isChecked():
            return None
        return self.password.text()


COLUMNS = ("added", "updated", "conflicts", "kept")
# What each table of a bundle holds, as the preview and the conflict list name it.
TABLE_NAMES = {
    "clients": QT_TRANSLATE_NOOP("BundleTables", "Client"),
    "snapshots": QT_TRANSLATE_NOOP("BundleTables", "Snapshots"),
    "respondents": QT_TRANSLATE_NOOP("BundleTables", "Respondents"),
    "answers": QT_TRANSLATE_NOOP("BundleTables", "Answers"),
    "problems": QT_TRANSLATE_NOOP("BundleTables", "Problems"),
    "requirements": QT_TRANSLATE_NOOP("BundleTables", "Requirements"),
    "contact_reasons": QT_TRANSLATE_NOOP("BundleTables", "Contact reasons"),
    "contact_volumes": QT_TRANSLATE_NOOP("BundleTables", "Contact volumes"),
    "kpis": QT_TRANSLATE_NOOP("BundleTables", "KPIs"),
    "kpi_values": QT_TRANSLATE_NOOP("BundleTables", "KPI values"),
    "workshops": QT_TRANSLATE_NOOP("BundleTables", "Workshops"),
    "actions": QT_TRANSLATE_NOOP("BundleTables", "Actions"),
    "action_revisions": QT_TRANSLATE_NOOP("BundleTables", "Action history"),
    "checklist_items": QT_TRANSLATE_NOOP("BundleTables", "Stage checklist"),
    "cx_nps_settings": QT_TRANSLATE_NOOP("BundleTables", "NPS bands"),
    "cx_nps_readings": QT_TRANSLATE_NOOP("BundleTables", "NPS readings"),
    "cx_reason_notes": QT_TRANSLATE_NOOP("BundleTables", "Contact reason notes"),
    "cx_meetings": QT_TRANSLATE_NOOP("BundleTables", "Board meetings"),
    "cx_feedback": QT_TRANSLATE_NOOP("BundleTables", "Feedback log"),
    "cx_projects": QT_TRANSLATE_NOOP("BundleTables", "CX projects"),
    "cx_project_revisions": QT_TRANSLATE_NOOP("BundleTables", "CX project history"),
    "cx_project_feedback": QT_TRANSLATE_NOOP("BundleTables", "CX project feedback links"),
    "snapshot_reports": QT_TRANSLATE_NOOP("BundleTables", "Report key messages"),
    "quote_themes": QT_TRANSLATE_NOOP("BundleTables", "Themes of open answers"),
    "client_applicability": QT_TRANSLATE_NOOP("BundleTables", "Questions not applicable"),
    "snapshot_applicability": QT_TRANSLATE_NOOP(
        "BundleTables", "Questions not applicable per snapshot"
    ),
}


def table_name(table: str) -> str:
    """A bundle table as the user knows it, in the UI's language."""
    text = TABLE_NAMES.get(table)
    return QCoreApplication.translate("BundleTables", text) if text else table


class BundlePreviewDialog(QDialog):
    """What an import will do: per kind of data, how many rows are added, updated, in
    conflict (and which version the rule keeps), kept; Import or Cancel."""

    def __init__(self, parent: QWidget | None, plan: ImportPlan):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Client"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        total = plan.total()
        if plan.new_client:
            head = self.tr("%1 is not here yet: it will be added whole.")
        else:
            head = self.tr("%1 is here already: the file will be merged into it.")
        self.heading = QLabel(head.replace("%1", plan.client_name))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = QLabel(
            self.tr("Added: %1   Updated: %2   Conflicts: %3   Unchanged: %4")
            .replace("%1", str(total.added))
            .replace("%2", str(total.updated))
            .replace("%3", str(total.conflicts))
            .replace("%4", str(total.unchanged + total.kept))
        )
        layout.addWidget(self.summary)
        self.removed = QLabel()
        if total.removed:
            self.removed.setText(
                self.tr("%n row(s) deleted on this laptop stay deleted.", "", total.removed)
            )
        layout.addWidget(self.removed)
        shown = [
            (t, c) for t, c in plan.tables.items() if c.added or c.updated or c.conflicts or c.kept
        ]
        self.table = QTableWidget(len(shown), 1 + len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Conflicts"),
                self.tr("Kept (changed here)"),
            ]  # fmt: skip
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, counts) in enumerate(shown):
            self.table.setItem(row, 0, QTableWidgetItem(table_name(name)))
            for col, attr in enumerate(COLUMNS, start=1):
                self.table.setItem(row, col, QTableWidgetItem(str(getattr(counts, attr))))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        if plan.conflicts:
            bundle_kept = sum(1 for c in plan.conflicts if c.kept == "bundle")
            self.conflicts.setText(
                self.tr(
                    "Changed on both sides: the newer change wins (the file's in %1, this "
                    "laptop's in %2). Each is logged and can be reversed."
                )
                .replace("%1", str(bundle_kept))
                .replace("%2", str(len(plan.conflicts) - bundle_kept))
            )
        layout.addWidget(self.conflicts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.changes_anything)
        if not plan.changes_anything:
            self.conflicts.setText(self.tr("Everything in the file is here already."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ConflictsDialog(QDialog):
    """The conflicts bundle imports resolved for a client: when, what, which version the
    rule kept; "Put the other version back" reverses the selected one (again: undoes it)."""

    def __init__(self, parent: QWidget | None, db: Any, client_id: str):
        from PySide6.QtWidgets import QAbstractItemView, QPushButton

        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.changed = False
        self.setWindowTitle(self.tr("Conflicts from client files"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "Rows changed both here and in an imported client file. The newer change "
                "was kept; you can put the other version back."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Data"),
                self.tr("Differs in"),
                self.tr("In place"),
                self.tr("File"),
            ]  # fmt: skip
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reverse_button = QPushButton(self.tr("Put the other version back"))
        buttons.addButton(self.reverse_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(buttons)
        self.conflicts: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from csmm_desktop.services.bundle import list_conflicts
        from csmm_desktop.views.writes import ERRORS, describe

        try:
            self.conflicts = list_conflicts(self.db, self.client_id)
        except ERRORS as exc:
            dialogs.warn(self, self.windowTitle(), describe(exc, self.db))
            self.conflicts = []
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            kept = self.tr("this laptop's") if c.kept == "local" else self.tr("the file's")
            if c.reversed_at:
                kept += " " + self.tr("(reversed)")
            cells = (c.at[:16].replace("T", " "), table_name(c.table),
                     ", ".join(c.changed), kept, c.bundle_name)  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not self.conflicts:
            self.note.setText(self.tr("No conflicts: every import merged without one."))
        self._update()

    def _update(self) -> None:
        self.reverse_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def reverse_selected(self) -> None:
        from csmm_desktop.services.bundle import reverse_conflict
        from csmm_desktop.views.writes import attempt

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        if attempt(self, self.windowTitle(), reverse_conflict, self.db, conflict.id) is not None:
            self.changed = True
        self.refresh()
        self.table.selectRow(rows[0].row())


# --- the flow ------------------------------------------------------------------------------


class BundleFlow(QObject):
    """Export and import of client bundles for one main window, one at a time."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None
        self.path = ""
        self.password: str | None = None
        self.export_action = QAction(window)
        self.export_action.setObjectName("actionExportClient")
        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportClient")
        self.export_action.triggered.connect(self.export_client)
        self.import_action.triggered.connect(self.import_client)
        self.conflicts_action = QAction(window)
        self.conflicts_action.setObjectName("actionClientFileConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        menu = window.ui.menuFile
        before = window.ui.actionAddDemo
        menu.insertAction(before, self.export_action)
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.conflicts_action)
        menu.insertSeparator(before)
        self._retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.export_action.setText(self.tr("Export Client…"))
        self.export_action.setStatusTip(
            self.tr("Save the selected client as a file to take to another laptop")
        )
        self.conflicts_action.setText(self.tr("Conflicts from Client Files…"))
        self.import_action.setText(self.tr("Import Client…"))
        self.import_action.setStatusTip(
            self.tr("Add or merge a client from a file made on another laptop")
        )

    @property
    def running(self) -> bool:
        return self.task is not None

    # --- export ------------------------------------------------------------------------------

    def export_client(self) -> None:
        window = self.window
        client_id = window.current_client_id()
        if self.running or window.db is None or not client_id:
            if not client_id and not self.running:
                dialogs.inform(
                    window, self.tr("Export Client"), self.tr("Select a client to export first.")
                )
            return
        name = window.client_model_name(client_id) or "client"
        # what Windows refuses in a name becomes a space (main's outputs.file_name, once
        # merged, says the same in one place)
        stem = " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f_]', " ", name).split()) or "CSMM"
        folder = str(window.settings.value("lastBundleFolder", "") or "")
        suggested = str(Path(folder) / f"{stem}.csmm") if folder else f"{stem}.csmm"
        path = dialogs.save_file(
            window, self.tr("Export Client"), suggested, self.tr("Client files (*.csmm)")
        )
        if not path:
            return
        if not path.lower().endswith(".csmm"):
            path += ".csmm"
        asked = PasswordDialog(window, export=True)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        window.settings.setValue("lastBundleFolder", str(Path(path).parent))
        self.path = path
        self._run(
            _export(client_id, path, asked.value()),
            self.tr("Exporting %1…").replace("%1", name),
            self._exported,
        )

    def _exported(self, result: Any) -> None:
        self._done()
        text = self.tr("Saved %1 (%2 KB).").replace("%1", str(result.path))
        text = text.replace("%2", str(max(1, round(result.size / 1024))))
        self.window.statusBar().showMessage(text, 8000)
        dialogs.inform(self.window, self.tr("Export Client"), text)

    # --- conflicts ---------------------------------------------------------------------------

    def show_conflicts(self) -> ConflictsDialog | None:
        window = self.window
        client_id = window.current_client_id()
        if window.db is None or not client_id:
            dialogs.inform(
                window,
                self.tr("Conflicts from client files"),
                self.tr("Select a client first."),
            )
            return None
        dialog = ConflictsDialog(window, window.db, client_id)
        dialog.exec()
        if dialog.changed:
            from csmm_desktop.views.writes import ERRORS

            with contextlib.suppress(*ERRORS):  # a failure to read was told already
                window.reload_clients(select=client_id)
        return dialog

    # --- import ------------------------------------------------------------------------------

    def import_client(self) -> None:
        from csmm_desktop.services.bundle import is_encrypted

        window = self.window
        if self.running or window.db is None:
            return
        folder = str(window.settings.value("lastBundleFolder", "") or "")
        path = dialogs.open_file(
            window,
            self.tr("Import Client"),
            self.tr("Client files (*.csmm);;All files (*)"),
            folder,
        )
        if not path:
            return
        window.settings.setValue("lastBundleFolder", str(Path(path).parent))
        password = None
        if is_encrypted(path):
            asked = PasswordDialog(window, export=False)
            if asked.exec() != QDialog.DialogCode.Accepted:
                return
            password = asked.value()
        self.path, self.password = path, password
        self._run(
            _import(path, password, True, None),
            self.tr("Checking %1…").replace("%1", Path(path).name),
            self._previewed,
        )

    def _previewed(self, plan: ImportPlan) -> None:
        self._done()
        dialog = BundlePreviewDialog(self.window, plan)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Nothing was imported."), 4000)
            return
        self._run(
            _import(self.path, self.password, False, plan.file_sha256),
            self.tr("Importing %1…").replace("%1", Path(self.path).name),
            self._imported,
        )

    def _imported(self, plan: ImportPlan) -> None:
        self._done()
        self.password = None
        total = plan.total()
        text = (
            self.tr("Imported %1. Added: %2, updated: %3, conflicts: %4.")
            .replace("%1", plan.client_name)
            .replace("%2", str(total.added))
            .replace("%3", str(total.updated))
            .replace("%4", str(total.conflicts))
        )
        self.window.statusBar().showMessage(text, 8000)
        from csmm_desktop.views.writes import ERRORS

        try:
            self.window.reload_clients(select=plan.client_id)
        except ERRORS as exc:  # the import is stored; the list shows it at the next refresh
            self._failed(exc)
            return
        dialogs.inform(self.window, self.tr("Import Client"), text)

    # --- the worker ---------------------------------------------------------------------------

    def _run(self, work, label: str, done) -> None:
        # one transaction: it ends whole or not at all (no Cancel)
        self.import_action.setEnabled(False)
        self.export_action.setEnabled(False)
        self.task = run_in_background(
            self.window,
            self.tr("Client file"),
            work,
            db_file=str(self.window.db.path),
            on_done=done,
            on_failed=self._failed,
            label=label,
            steps=False,  # the label keeps naming the file
            show_after_ms=SHOW_PROGRESS_AFTER_MS,
        )

    def _done(self) -> None:
        self.task = None
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from csmm_desktop.views.writes import describe

        self._done()
        self.password = None
        dialogs.warn(self.window, self.tr("Client file"), describe(exc, self.window.db))


def install(window: MainWindow) -> BundleFlow:
    """Add File → Export Client… and Import Client… to `window` (once)."""
    flow = window.findChild(BundleFlow)
    return flow if flow is not None else BundleFlow(window)
