"""Undo, redo and the Trash (store/undo.py) on a real store with the demo client."""

import pytest

from csmm_desktop.messages import UserError
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.store import connect, open_store
from csmm_desktop.store.undo import UndoError, UndoLog, empty_trash, restore, trash_entries


def dump(db):
    """Every row of every table but the Trash, sorted: what 'the same data' means."""
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'trash' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(map(repr, db.conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


@pytest.fixture
def db(demo_db):
    """The demo store (tmp_path / "data"), its undo log started after the demo was added."""
    UndoLog(demo_db)
    return demo_db


def test_undo_a_delete_brings_back_every_row_and_redo_deletes_again(db):
    before = dump(db)
    with db.undo.labelled("Delete client", trash="client"):
        clients.delete_client(db, demo.DEMO_CLIENT_ID)
    assert clients.list_clients(db) == []
    assert [e.kind for e in trash_entries(db)] == ["client"]
    step = db.undo.undo()
    assert step.label == "Delete client"
    assert dump(db) == before  # snapshots, respondents, answers, actions with history…
    assert trash_entries(db) == []  # undone: not in the Trash any more
    db.undo.redo()
    assert clients.list_clients(db) == []
    assert [e.label for e in trash_entries(db)] == ["Delete client"]  # redone: back in it
    db.undo.undo()
    assert dump(db) == before


def test_edits_undo_in_reverse_order_and_a_new_change_ends_redo(db):
    with db.undo.labelled("Edit client"):
        clients.update_client(db, demo.DEMO_CLIENT_ID, name="First")
    with db.undo.labelled("Edit client"):
        clients.update_client(db, demo.DEMO_CLIENT_ID, name="Second")
    db.undo.undo()
    assert clients.get_client(db, demo.DEMO_CLIENT_ID).name == "First"
    assert db.undo.can_redo()
    clients.update_client(db, demo.DEMO_CLIENT_ID, name="Third")  # a new change
    assert not db.undo.can_redo()
    db.undo.undo()
    db.undo.undo()
    assert clients.get_client(db, demo.DEMO_CLIENT_ID).name == "Yıldız Bankası A.Ş. (demo)"


def test_a_refused_or_rolled_back_change_is_no_step(db):
    steps = len(db.undo.undo_steps)
    with pytest.raises(UserError):
        clients.create_client(db, "")
    with pytest.raises(RuntimeError), db.atomic():
        db["clients"].update(demo.DEMO_CLIENT_ID, {"name": "Never"})
        raise RuntimeError("half-way")
    assert len(db.undo.undo_steps) == steps


def test_a_change_by_another_connection_stops_undo_and_changes_nothing(db):
    with db.undo.labelled("New client"):
        mine = clients.create_client(db, "Mine")
    other = connect(db.path)
    try:
        snap = clients.create_snapshot(other, mine.id, "initial", "2026-11-01")
    finally:
        other.close()
    before = dump(db)
    with pytest.raises(UndoError, match="changed meanwhile"):
        db.undo.undo()  # would delete the client and, with it, the other's snapshot
    assert dump(db) == before and clients.get_snapshot(db, snap.id)
    assert not db.undo.can_undo()


def test_the_trash_restores_after_a_restart_and_empties_for_good(db, tmp_path):
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[1]
    respondents = len(assessment.list_respondents(db, snap.id))
    before = dump(db)
    with db.undo.labelled("Delete snapshot", trash="snapshot"):
        clients.delete_snapshot(db, snap.id)
    path = db.path
    db.close()
    again = open_store(path.parent)  # the next day: no undo log, the Trash remains
    try:
        (entry,) = trash_entries(again)
        assert entry.kind == "snapshot" and entry.statements > respondents
        restore(again, entry.id)
        assert dump(again) == before and trash_entries(again) == []
        clients.delete_client(again, demo.DEMO_CLIENT_ID)  # not through the Trash
        assert empty_trash(again) == 0
    finally:
        again.close()


def test_a_restore_that_cannot_fit_changes_nothing(db):
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    with db.undo.labelled("Delete snapshot", trash="snapshot"):
        clients.delete_snapshot(db, snap.id)
    (entry,) = trash_entries(db)
    clients.delete_client(db, demo.DEMO_CLIENT_ID)  # its client is gone for good
    before = dump(db)
    with pytest.raises(UndoError, match="what it belonged to is gone"):
        restore(db, entry.id)
    assert dump(db) == before and [e.id for e in trash_entries(db)] == [entry.id]


def test_an_unlogged_change_ends_undo(db):
    with db.undo.labelled("Edit client"):
        clients.update_client(db, demo.DEMO_CLIENT_ID, name="First")
    with db.undo.unlogged():
        clients.update_client(db, demo.DEMO_CLIENT_ID, name="Big")
    assert not db.undo.can_undo()
    assert db.conn.execute("SELECT count(*) FROM temp.undo_log").fetchone()[0] == 0


def test_undoing_a_restore_puts_it_back_in_the_trash(db):
    before_delete = dump(db)
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    with db.undo.labelled("Delete snapshot", trash="snapshot"):
        clients.delete_snapshot(db, snap.id)
    deleted = dump(db)
    (entry,) = trash_entries(db)
    restore(db, entry.id)
    assert dump(db) == before_delete and trash_entries(db) == []
    db.undo.undo()  # the restore taken back: deleted again, and in the Trash again
    assert dump(db) == deleted
    (again,) = trash_entries(db)
    restore(db, again.id)
    assert dump(db) == before_delete
