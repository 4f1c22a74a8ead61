"""File → Restore from Backup…: pick a backup, the data as it is now is kept as a backup,
the window shows the restored data, and the restore can be undone the same way."""

from datetime import datetime, timedelta

from csmm_desktop.config import backup_dir
from csmm_desktop.services import clients
from csmm_desktop.store import backup
from csmm_desktop.views.data_file import RestoreDialog
from tests.gui.test_main_window import visible_clients


def choose_backup(monkeypatch, pick):
    """RestoreDialog.exec(): select the row whose backup `pick(paths)` names, press Restore."""
    shown = []

    def exec_(self):
        shown.append([self.table.item(r, 1).text() for r in range(self.table.rowCount())])
        row = self.backups.index(pick(self.backups))
        self.table.selectRow(row)
        self.accept()
        return self.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    return shown


def test_restore_a_backup_and_undo_it(qtbot, window, db, data_dir, modal, monkeypatch):
    first = clients.create_client(db, "Önceki müşteri")
    older = backup.make_backup(db, backup_dir(data_dir), "manual", datetime.now() - timedelta(1))
    clients.create_client(db, "Sonraki müşteri")
    window.reload_clients(select=first.id)
    assert visible_clients(window) == ["Önceki müşteri", "Sonraki müşteri"]

    shown = choose_backup(monkeypatch, lambda paths: older)
    modal.answer = True
    assert window.restore_backup()
    assert shown == [["Made by you"]]
    assert "Open assessment windows are closed first" in modal.asked[0]
    assert visible_clients(window) == ["Önceki müşteri"]
    assert [c.name for c in clients.list_clients(window.db)] == ["Önceki müşteri"]
    [kept] = backup.backups(backup_dir(data_dir), "before-restore")
    assert kept.name in modal.informed[0]
    # the panel works on the new store: a write lands in it
    clients.create_client(window.db, "Üçüncü")
    window.reload_clients()
    assert "Üçüncü" in visible_clients(window)

    choose_backup(monkeypatch, lambda paths: kept)
    assert window.restore_backup()
    assert visible_clients(window) == ["Önceki müşteri", "Sonraki müşteri"]


def test_declining_changes_nothing(qtbot, window, db, data_dir, modal, monkeypatch):
    clients.create_client(db, "A")
    older = backup.make_backup(db, backup_dir(data_dir), "manual")
    clients.create_client(db, "B")
    choose_backup(monkeypatch, lambda paths: older)
    modal.answer = False
    assert not window.restore_backup()
    assert [c.name for c in clients.list_clients(window.db)] == ["A", "B"]
    assert window.db is db
    assert backup.backups(backup_dir(data_dir), "before-restore") == []


def test_a_damaged_backup_is_refused_and_the_data_stays(
    qtbot, window, db, data_dir, modal, monkeypatch
):
    clients.create_client(db, "Kalır")
    bad = backup_dir(data_dir) / f"manual-{datetime.now().strftime(backup.STAMP)}.sqlite"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    choose_backup(monkeypatch, lambda paths: bad)
    modal.answer = True
    assert not window.restore_backup()
    assert modal.warned and ("damaged" in modal.warned[0] or "not a CSMM" in modal.warned[0])
    assert [c.name for c in clients.list_clients(window.db)] == ["Kalır"]
    assert visible_clients(window) == ["Kalır"]
