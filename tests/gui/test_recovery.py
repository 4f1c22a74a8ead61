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


def with_backup(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Saved in the backup")
    made = backup.make_backup(db, backup_dir(data_dir), "auto")
    db.close()
    return made


def test_a_missing_data_file_with_backups_offers_the_newest(qapp, tmp_path, modal):
    made = with_backup(tmp_path)
    db_path(tmp_path).unlink()
    modal.answer = False
    assert open_with_recovery(tmp_path) is None
    assert "is missing" in modal.asked[0] and made.name in modal.asked[0]
    assert "damaged file is kept" not in modal.asked[0]
    assert not db_path(tmp_path).exists()  # declined: nothing was put there
    modal.answer = True
    db = open_with_recovery(tmp_path)
    assert [c.name for c in clients.list_clients(db)] == ["Saved in the backup"]
    assert modal.informed == [f"The backup {made.name} was put in place and opened."]


def test_a_damaged_newest_backup_is_passed_over_and_the_one_used_is_named(qapp, tmp_path, modal):
    good = with_backup(tmp_path)
    bad = good.with_name("auto-29991231-235959-000000.sqlite")  # newer, and damaged
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    db_path(tmp_path).write_bytes(b"garbage" * 64)
    modal.answer = True
    db = open_with_recovery(tmp_path)
    assert good.name in modal.asked[0] and bad.name not in modal.asked[0]
    assert [c.name for c in clients.list_clients(db)] == ["Saved in the backup"]
    assert good.name in modal.informed[0]
    db.close()


def test_an_empty_data_file_with_backups_is_kept_and_the_backup_opened(qapp, tmp_path, modal):
    with_backup(tmp_path)
    path = db_path(tmp_path)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(b"")
    modal.answer = True
    db = open_with_recovery(tmp_path)
    assert "is empty" in modal.asked[0] and "damaged file is kept" in modal.asked[0]
    assert [c.name for c in clients.list_clients(db)] == ["Saved in the backup"]
    [kept] = tmp_path.glob("csmm.damaged-*.sqlite")
    assert kept.read_bytes() == b"" and str(kept) in modal.informed[0]


def test_a_newer_data_file_is_refused_without_offering_a_backup(qapp, tmp_path, modal):
    with_backup(tmp_path)
    db = open_store(tmp_path)
    with db.atomic(), db.writes_allowed():
        db.execute("PRAGMA user_version = 999")
    db.close()
    before = hashlib.sha256(db_path(tmp_path).read_bytes()).hexdigest()
    assert open_with_recovery(tmp_path) is None
    assert modal.asked == [] and "newer CSMM Desktop" in modal.warned[0]
    assert hashlib.sha256(db_path(tmp_path).read_bytes()).hexdigest() == before
