"""A write that fails (disk full, data busy, data file gone) is said plainly, keeps what the
user typed, and leaves the screen as the store is."""

import sqlite3

from PySide6.QtCore import QCoreApplication, Qt

from csmm_desktop.config import db_path
from csmm_desktop.services import clients
from csmm_desktop.store import backup
from csmm_desktop.views.client_dialog import ClientDialog
from tests.gui.conftest import fill_dialog
from tests.gui.test_main_window import type_text, visible_clients


def fill_and_keep(monkeypatch, seen):
    """Type into the client dialog and press Save; note what the dialog still shows."""

    def fill(dialog):
        dialog.ui.nameEdit.clear()
        type_text(dialog.ui.nameEdit, "Yeni Ad")
        dialog.ui.notesEdit.setPlainText("uzun not " * 30_000)

    def after(dialog):
        seen.append((dialog.isVisible() or dialog.result(), dialog.ui.nameEdit.text()))

    def exec_(self):
        fill(self)
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QDialogButtonBox

        QTest.mouseClick(
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
        after(self)
        return self.result()

    monkeypatch.setattr(ClientDialog, "exec", exec_)


def fill_disk(db):
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_an_edit_on_a_full_disk_keeps_the_dialog_and_shows_the_stored_name(
    qtbot, window, db, modal, monkeypatch
):
    client = clients.create_client(db, "Eski Ad")
    window.reload_clients(select=client.id)
    fill_disk(db)
    seen = []
    fill_and_keep(monkeypatch, seen)
    window.ui.actionEditClient.trigger()
    assert len(modal.warned) == 1 and "is full" in modal.warned[0]
    assert seen == [(0, "Yeni Ad")]  # not accepted: the dialog kept what was typed
    assert clients.get_client(db, client.id).name == "Eski Ad"
    assert visible_clients(window) == ["Eski Ad"]


def test_a_delete_while_the_data_is_busy_is_refused_and_the_client_stays(
    qtbot, window, db, data_dir, modal
):
    client = clients.create_client(db, "Kalacak")
    window.reload_clients(select=client.id)
    db.execute("PRAGMA busy_timeout = 50")
    holder = sqlite3.connect(db_path(data_dir))
    holder.execute("BEGIN IMMEDIATE")  # another writer (a long import) holds the lock
    try:
        modal.answer = True
        window.ui.clientList.setFocus()
        qtbot.keyClick(window.ui.clientList, Qt.Key.Key_Delete)
    finally:
        holder.rollback()
        holder.close()
    assert "“Kalacak”" in modal.asked[0]
    assert any("busy" in text for text in modal.warned)
    assert [c.name for c in clients.list_clients(db)] == ["Kalacak"]
    assert visible_clients(window) == ["Kalacak"]
    assert window.statusBar().currentMessage() != "Client deleted."


def test_the_data_file_gone_is_said_and_what_is_open_can_be_saved(
    qtbot, window, db, data_dir, modal, monkeypatch, tmp_path
):
    client = clients.create_client(db, "Kurtarılacak Müşteri")
    window.reload_clients(select=client.id)
    path = db_path(data_dir)
    for file in [path, *backup.side_files(path)]:
        file.unlink(missing_ok=True)  # the USB stick pulled out
    rescued = tmp_path / "elsewhere" / "kurtarilan.sqlite"
    rescued.parent.mkdir()
    modal.choice = 0  # "Save a copy…"
    modal.save_path = str(rescued)
    fill_dialog(monkeypatch, ClientDialog, lambda d: type_text(d.ui.nameEdit, "Yeni"))
    window.ui.actionNewClient.trigger()
    assert "no longer there" in modal.warned[0]
    qtbot.waitUntil(lambda: bool(modal.informed), timeout=3000)
    assert len(modal.chosen) == 1 and "no longer there" in modal.chosen[0][0]
    assert str(rescued) in modal.informed[0]
    copy = sqlite3.connect(rescued)
    assert copy.execute("SELECT name FROM clients").fetchall() == [("Kurtarılacak Müşteri",)]
    copy.close()
    # a second failed write says so again, but offers the rescue only once
    fill_dialog(monkeypatch, ClientDialog, lambda d: type_text(d.ui.nameEdit, "Bir daha"))
    window.ui.actionNewClient.trigger()
    QCoreApplication.processEvents()  # the offer would be a zero-delay timer
    assert len(modal.warned) == 2 and len(modal.chosen) == 1
