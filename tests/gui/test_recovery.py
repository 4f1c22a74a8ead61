"""A damaged data file at start: the user is told, offered the newest backup, and the damaged
file is kept byte for byte."""

import hashlib

from csmm_desktop.app import open_with_recovery
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import clients
from csmm_desktop.store import backup, open_store


def damage(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Saved before the damage")
    backup.make_backup(db, backup_dir(data_dir), "auto")
    db.close()
    path = db_path(data_dir)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(b"\x00garbage" * 64)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_declining_the_backup_changes_nothing(qapp, tmp_path, modal):
    before = damage(tmp_path)
    modal.answer = False
    assert open_with_recovery(tmp_path) is None
    assert "damaged" in modal.asked[0] or "not a CSMM" in modal.asked[0]
    assert "Open the newest backup" in modal.asked[0]
    assert hashlib.sha256(db_path(tmp_path).read_bytes()).hexdigest() == before


def test_opening_the_newest_backup(qapp, tmp_path, modal):
    before = damage(tmp_path)
    modal.answer = True
    db = open_with_recovery(tmp_path)
    assert [c.name for c in clients.list_clients(db)] == ["Saved before the damage"]
    [kept] = tmp_path.glob("csmm.damaged-*.sqlite")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before
    assert str(kept) in modal.informed[0]


def test_no_backup_to_offer(qapp, tmp_path, modal):
    db_path(tmp_path).write_bytes(b"garbage" * 64)
    assert open_with_recovery(tmp_path) is None
    assert modal.asked == [] and "no backup" in modal.warned[0]
