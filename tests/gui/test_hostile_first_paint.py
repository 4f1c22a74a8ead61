"""Hostile checks of the start's deferred big-snapshot load (ClientPanel.when_painted)."""

from csmm_desktop.services import clients
from csmm_desktop.views import client_panel
from tests.big_store import add_big_snapshot

N = client_panel.BACKGROUND_FROM


def ids_listed(panel):
    return {r.respondent.snapshot_id for r in panel.respondent_model.rows()}


def test_switching_clients_before_the_first_paint_lists_the_last_one(qtbot, window, db):
    a = add_big_snapshot(db, N, client_name="A")
    b = add_big_snapshot(db, N + 5, client_name="B")
    ca, cb = (clients.get_snapshot(db, s).client_id for s in (a, b))
    panel = window.panel
    assert not panel._painted
    for cid in (ca, cb, ca, cb):
        window.reload_clients(select=cid)
    qtbot.waitUntil(lambda: panel.loading is None and panel.respondent_model.rowCount() > 0)
    qtbot.wait(400)
    assert panel.client_id == cb and panel.current_snapshot_id() == b
    assert panel.respondent_model.rowCount() == N + 5
    assert ids_listed(panel) == {b}


def test_a_restored_store_makes_a_new_panel_whose_first_load_starts(
    qtbot, window, db, data_dir, tmp_path
):
    from csmm_desktop.store.db import open_store

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = open_store(other_dir)
    try:
        s = add_big_snapshot(other, N)
        cid = clients.get_snapshot(other, s).client_id
        window.settings.setValue("lastClient", cid)
        window.replace_store(other)
        panel = window.panel
        qtbot.waitUntil(lambda: panel.respondent_model.rowCount() == N, timeout=5000)
        assert panel.loading is None and ids_listed(panel) == {s}
    finally:
        window.close()
        other.close()


def test_closing_the_window_while_the_load_waits_for_the_paint(qtbot, window, db):
    s = add_big_snapshot(db, N)
    panel = window.panel
    window.reload_clients(select=clients.get_snapshot(db, s).client_id)
    assert panel.loading is not None
    window.close()
    qtbot.wait(client_panel.PAINT_WAIT_MS + 300)


def test_deleting_the_only_client_before_its_big_snapshot_loaded_says_nothing(
    qtbot, window, db, modal
):
    """The start selects the last client, whose big snapshot's load waits for the panel's
    first paint; the user deletes that client at once (Delete, confirmed). The load was not
    stopped, started after the delete and told "No snapshot with id …"."""
    s = add_big_snapshot(db, N)
    cid = clients.get_snapshot(db, s).client_id
    panel = window.panel
    window.reload_clients(select=cid)
    assert panel.loading is not None  # waiting for the paint
    window.ui.actionDeleteClient.trigger()
    assert clients.list_clients(db) == [] and window.ui.rightStack.currentWidget() is not panel
    qtbot.wait(client_panel.PAINT_WAIT_MS + 500)
    assert modal.warned == [] and panel.loading is None
