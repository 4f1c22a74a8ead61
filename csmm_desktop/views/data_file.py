"""The data file itself: restoring a backup (File → Restore from Backup…) and rescuing what
is open when the data file vanished under the running app (a deleted folder, a removed USB
stick)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.config import backup_dir
from csmm_desktop.store import backup
from csmm_desktop.views import dialogs, formatting, geometry
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def kind_name(path: Path) -> str:
    kind = backup.kind_of(path)
    if kind.startswith("pre-migration"):
        return QCoreApplication.translate("RestoreDialog", "Before an upgrade")
    if kind == "auto":
        return QCoreApplication.translate("RestoreDialog", "Automatic (at start)")
    if kind == "manual":
        return QCoreApplication.translate("RestoreDialog", "Made by you")
    if kind == "before-restore":
        return QCoreApplication.translate("RestoreDialog", "Before a restore")
    return kind


def client_count(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def rescued_name() -> str:
    """The name proposed for a rescued copy of the data: "CSMM data – rescued – 3 Dec 2026"."""
    from csmm_desktop import outputs
    from csmm_desktop.domain import dates
    from csmm_desktop.views.language import current_language

    lang = current_language()
    today = dates.written(datetime.now().date(), lang)
    return outputs.file_name(
        [outputs.word("data", lang), outputs.word("rescued", lang), today], ".sqlite"
    )


class RestoreDialog(QDialog):
    """The backups of the data folder, newest first; Restore puts the chosen one back."""

    def __init__(self, parent: QWidget | None, data_dir: Path):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.data_dir = data_dir
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.backups = backup.backups(backup_dir(data_dir))
        self._fill()
        self._retranslate()
        if self.backups:
            self.table.selectRow(0)
        self._update_button()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, path in enumerate(self.backups):
            made = backup.stamp_of(path) or datetime.fromtimestamp(path.stat().st_mtime)
            count = client_count(path)
            cells = (
                formatting.moment(made),
                kind_name(path),
                locale.formattedDataSize(path.stat().st_size),
                "—" if count is None else str(count),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(path))
                self.table.setItem(row, col, item)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro.setText(
            self.tr(
                "Choose the copy to go back to. Your data as it is now is saved as a backup "
                "first (“Before a restore”), so you can come back to it the same way."
            )
            if self.backups
            else self.tr("There is no backup in this data folder yet.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Clients")]
        )
        for row, path in enumerate(self.backups):
            self.table.item(row, 1).setText(kind_name(path))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))

    def _update_button(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.table.selectedItems())
        )

    def selected(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(ID_ROLE)) if items else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def restore_from_backup(window: MainWindow) -> bool:
    """Let the user pick a backup and put it in place of the data file; True if done."""
    from csmm_desktop.store import open_store
    from csmm_desktop.store.db import UI_BUSY_TIMEOUT_MS, restore_backup

    title = QCoreApplication.translate("RestoreDialog", "Restore from backup")
    dialog = RestoreDialog(window, window.data_dir)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
        return False
    source = dialog.selected()
    made = backup.stamp_of(source)
    when = formatting.moment(made) if made else source.name
    question = QCoreApplication.translate(
        "RestoreDialog",
        "Replace all your data with the backup of %1? Open assessment windows are closed "
        "first. Your data as it is now is kept as a backup.",
    ).replace("%1", when)
    if not dialogs.ask(
        window,
        title,
        question,
        confirm=QCoreApplication.translate("RestoreDialog", "Restore"),
        destructive=True,
    ):
        return False
    if not window.close_wizards():
        return False
    try:
        saved = restore_backup(window.data_dir, source, window.db)
    except ERRORS as exc:
        dialogs.warn(window, title, describe(exc, window.db))
        log.error("restore of %s failed", source, exc_info=exc)
        saved = None
        failed = True
    else:
        failed = False
    try:
        db = open_store(window.data_dir, busy_ms=UI_BUSY_TIMEOUT_MS)
    except ERRORS as exc:
        dialogs.warn(window, title, describe(exc))
        return False
    window.replace_store(db)
    if failed:
        return False
    log.info("restored %s (the data before it: %s)", source, saved)
    dialogs.inform(
        window,
        title,
        QCoreApplication.translate(
            "RestoreDialog",
            "The backup of %1 was restored. Your data as it was is kept as the backup %2.",
        )
        .replace("%1", when)
        .replace("%2", saved.name if saved else "—"),
    )
    return True


def offer_rescue(window: MainWindow, error: BaseException) -> None:
    """The data file is gone or replaced: say so once, and offer to save a copy of what the
    app still has open (the connection still reads the file it opened)."""
    from csmm_desktop import outputs

    title = QCoreApplication.translate("RestoreDialog", "Your data file is gone")
    text = (
        describe(error)
        + "\n\n"
        + QCoreApplication.translate(
            "RestoreDialog",
            "Nothing more can be saved until the data file is back. CSMM Desktop can still "
            "save a copy of all the data it has open now: keep it somewhere safe, then put it "
            "back as csmm.sqlite in the data folder (or use --data-dir).",
        )
    )
    choice = dialogs.choose(
        window,
        title,
        text,
        [
            QCoreApplication.translate("RestoreDialog", "Save a copy…"),
            QCoreApplication.translate("RestoreDialog", "Close"),
        ],
    )
    if choice != 0:
        return
    path = dialogs.save_file(
        window,
        QCoreApplication.translate("RestoreDialog", "Save a copy of your data"),
        str(Path.home() / rescued_name()),
        QCoreApplication.translate("RestoreDialog", "CSMM data file (*.sqlite)"),
    )
    if not path:
        return
    try:
        target = outputs.check_target(path, "sqlite", window.data_dir)
        backup.copy_database(window.db, target)
    except ERRORS as exc:
        dialogs.warn(window, title, describe(exc))
        return
    log.info("rescued the open data into %s", target)
    dialogs.inform(
        window,
        title,
        QCoreApplication.translate("RestoreDialog", "All your data was saved to:\n%1").replace(
            "%1", str(target)
        ),
    )
