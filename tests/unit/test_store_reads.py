"""The Store reads without sqlite-utils (its import and numpy's are not the first screen's)
and writes through sqlite-utils' table API inside its own transaction seam; the undo log
makes its triggers before the first write, not when attached."""

import pytest

from csmm_desktop.config import db_path
from csmm_desktop.services import clients
from csmm_desktop.store import connect
from csmm_desktop.store.errors import StoreBusyError
from csmm_desktop.store.undo import UndoLog
from tests.probe import run_python

PROBE = """
import sys
from pathlib import Path
from csmm_desktop.store import connect
from csmm_desktop.services import assessment, clients
db = connect(Path(sys.argv[1]))
listed = clients.list_clients(db)
for client in listed:
    for snap in clients.list_snapshots(db, client.id):
        assessment.list_respondents(db, snap.id)
    assessment.respondent_counts(db, client.id)
print(len(listed), "sqlite_utils" in sys.modules, "numpy" in sys.modules)
with db.atomic():
    clients.create_client(db, "Yeni Müşteri")
print(len(clients.list_clients(db)), "sqlite_utils" in sys.modules)
"""


def test_reading_needs_no_sqlite_utils_and_the_first_write_brings_it(demo_db, data_dir):
    demo_db.close()
    result = run_python(PROBE, db_path(data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["1 False False", "2 True"]


def test_a_table_write_goes_through_the_stores_transaction(db):
    """sqlite-utils' insert opens its transaction with the Store's atomic(): the checks,
    the refusal while a big file is checked, and the undo log all apply."""
    UndoLog(db)
    db.table("clients").insert(
        {"id": "c1", "name": "Ada", "created_at": "x", "updated_at": "x"}
    )  # no atomic() around it
    assert [c.name for c in clients.list_clients(db)] == ["Ada"]
    assert len(db.undo.undo_steps) == 1
    db.undo.undo()
    assert clients.list_clients(db) == []
    db.write_block = StoreBusyError("still being checked", db.path)
    with pytest.raises(StoreBusyError):
        db["clients"].insert({"id": "c2", "name": "Bo", "created_at": "x", "updated_at": "x"})
    db.write_block = None
    assert clients.list_clients(db) == []


def test_a_nested_block_that_fails_is_undone_alone(db):
    with db.atomic():
        clients.create_client(db, "Kept")
        with pytest.raises(ValueError), db.atomic():
            clients.create_client(db, "Gone")
            raise ValueError("this part fails")
        clients.create_client(db, "Also kept")
    assert sorted(c.name for c in clients.list_clients(db)) == ["Also kept", "Kept"]


def _undo_triggers(db) -> int:
    return db.execute(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo%'"
    ).fetchone()[0]


def test_the_undo_triggers_are_made_before_the_first_write_not_at_attach(data_dir, db):
    UndoLog(db)
    assert _undo_triggers(db) == 0  # attaching costs the start nothing
    clients.create_client(db, "First")
    assert _undo_triggers(db) > 30
    assert len(db.undo.undo_steps) == 1
    db.undo.undo()
    assert clients.list_clients(db) == []
    other = connect(db_path(data_dir))  # a connection of its own: triggers of its own
    try:
        UndoLog(other)
        with pytest.raises(ValueError), other.atomic():
            clients.create_client(other, "Never")
            raise ValueError("the first transaction fails")
        assert _undo_triggers(other) > 30  # made before it began: not rolled back with it
        clients.create_client(other, "Second")
        other.undo.undo()
        assert [c.name for c in clients.list_clients(other)] == []
    finally:
        other.close()
