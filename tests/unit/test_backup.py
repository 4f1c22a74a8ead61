"""Backups are kept by age as well as count, never pushed out by copies of nothing, and
put back safely."""

import sqlite3
from datetime import datetime, timedelta

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import clients
from csmm_desktop.store import backup, open_store
from csmm_desktop.store.db import restore_newest_backup

NOW = datetime(2026, 12, 3, 9, 0, 0)


def test_policy_keeps_newest_ten_one_a_day_for_two_weeks_one_a_month_for_a_year():
    # four backups a day, every day for 400 days
    stamps = [NOW - timedelta(days=d, hours=h) for d in range(400) for h in (0, 2, 4, 6)]
    keep = backup.to_keep(stamps, NOW)
    newest = sorted(stamps, reverse=True)[:10]
    assert set(newest) <= keep
    for d in range(15):
        day = (NOW - timedelta(days=d)).date()
        assert any(k.date() == day for k in keep), day
    months = {(k.year, k.month) for k in keep}
    assert len(months) == 12  # Jan..Dec 2026
    assert (2025, 11) not in months
    assert len(keep) < 10 + 15 + 12


def test_twelve_quick_backups_keep_all_of_today(db, data_dir):
    folder = backup_dir(data_dir)
    clients.create_client(db, "A")
    made = [backup.make_backup(db, folder, "auto", NOW + timedelta(minutes=i)) for i in range(12)]
    kept = backup.backups(folder, "auto")
    assert len(kept) == 10 and kept[0] == made[-1] and made[0] not in kept
    assert not list(folder.glob("*.partial"))


def test_old_good_backups_survive_many_restarts(db, data_dir):
    folder = backup_dir(data_dir)
    clients.create_client(db, "Good data")
    last_month = backup.make_backup(db, folder, "auto", NOW - timedelta(days=35))
    for i in range(30):  # a month of starts today
        backup.make_backup(db, folder, "auto", NOW + timedelta(minutes=i))
    assert last_month in backup.backups(folder, "auto")


def test_manual_and_pre_migration_backups_are_never_pruned(db, data_dir):
    folder = backup_dir(data_dir)
    manual = [
        backup.make_backup(db, folder, "manual", NOW - timedelta(days=900 + i)) for i in range(3)
    ]
    for i in range(15):
        backup.make_backup(db, folder, "auto", NOW + timedelta(minutes=i))
    assert all(m.exists() for m in manual)


def test_start_backup_is_skipped_for_an_empty_or_unchanged_store(data_dir):
    folder = backup_dir(data_dir)
    path = db_path(data_dir)
    open_store(data_dir).close()
    assert backup.auto_backup(path, folder) is None  # nothing in it yet
    db = open_store(data_dir)
    clients.create_client(db, "Veri")
    db.close()
    first = backup.auto_backup(path, folder)
    assert first is not None
    assert backup.auto_backup(path, folder) is None  # unchanged since
    db = open_store(data_dir)
    clients.create_client(db, "Daha")
    db.close()
    second = backup.auto_backup(path, folder)
    assert second is not None and second != first
    copy = sqlite3.connect(second)
    assert {r[0] for r in copy.execute("SELECT name FROM clients")} == {"Veri", "Daha"}


def test_start_backup_is_made_again_when_its_last_copy_was_deleted(data_dir):
    folder = backup_dir(data_dir)
    db = open_store(data_dir)
    clients.create_client(db, "Veri")
    db.close()
    first = backup.auto_backup(db_path(data_dir), folder)
    first.unlink()
    assert backup.auto_backup(db_path(data_dir), folder) is not None


def test_leftover_partial_copies_are_cleaned(data_dir):
    folder = backup_dir(data_dir)
    folder.mkdir()
    (folder / "auto-20261203-010101-000000.sqlite.partial").write_bytes(b"half")
    assert [p.name for p in backup.clean_leftovers(folder)] == [
        "auto-20261203-010101-000000.sqlite.partial"
    ]
    assert backup.backups(folder) == []


def test_restore_skips_a_damaged_newest_backup(data_dir):
    folder = backup_dir(data_dir)
    db = open_store(data_dir)
    clients.create_client(db, "Sound copy")
    good = backup.make_backup(db, folder, "auto", NOW - timedelta(hours=1))
    db.close()
    bad = folder / f"auto-{NOW.strftime(backup.STAMP)}.sqlite"
    bad.write_bytes(b"not a database")
    path = db_path(data_dir)
    for side in backup.side_files(path):
        side.unlink(missing_ok=True)
    path.write_bytes(b"garbage")
    used, kept = restore_newest_backup(data_dir)
    assert used == good and kept.read_bytes() == b"garbage"
    restored = open_store(data_dir)
    assert [c.name for c in clients.list_clients(restored)] == ["Sound copy"]
    restored.close()


def test_a_restore_killed_before_its_last_step_is_finished_at_the_next_start(data_dir):
    folder = backup_dir(data_dir)
    db = open_store(data_dir)
    clients.create_client(db, "Geri gelen")
    source = backup.make_backup(db, folder, "manual")
    db.close()
    path = db_path(data_dir)
    restoring = path.with_name(path.name + ".restoring")
    backup.copy_database(source, restoring)  # the copy is whole...
    path.unlink()  # ...the old file was moved away, and then the power went
    db = open_store(data_dir)
    assert [c.name for c in clients.list_clients(db)] == ["Geri gelen"]
    assert not restoring.exists()
    db.close()


def test_a_backup_that_cannot_be_made_names_the_backups_folder(db, data_dir):
    import pytest

    from csmm_desktop.store.errors import StoreWriteError

    folder = backup_dir(data_dir)
    folder.write_text("a file where the backups folder should be")
    with pytest.raises(StoreWriteError, match="The backup could not be made in .*backups"):
        backup.make_backup(db, folder, "manual")


def test_a_backup_is_one_file_that_reading_leaves_alone(db, data_dir):
    from csmm_desktop.store.db import check_readable

    clients.create_client(db, "A")
    made = backup.make_backup(db, backup_dir(data_dir), "manual")
    check_readable(made, full=True)
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
