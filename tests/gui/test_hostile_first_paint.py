"""Hostile checks of the start's deferred big-snapshot load (ClientPanel.when_painted)."""

from csmm_desktop.services import clients
from csmm_desktop.views import client_panel
from tests.big_store import add_big_snapshot

N = client_panel.BACKGROUND_FROM


def ids_listed(panel):
    return {r.respondent.snapshot_id for r in panel.respondent_model.rows()}


def big_and_small(db, window, stage):
    """A client with a big snapshot and a small one (`stage`, no respondents), shown before
    the panel's first paint: (the big one's id, the small one's, the panel)."""
    big = add_big_snapshot(db, N)
    cid = clients.get_snapshot(db, big).client_id
    small = clients.create_snapshot(db, cid, stage, "2026-12-01").id
    window.reload_clients(select=cid)
    return big, small, window.panel


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


def test_deleting_the_big_snapshot_before_its_deferred_load_starts(qtbot, window, db, modal):
    big, small, panel = big_and_small(db, window, "initial")
    panel._select_snapshot(big)
    assert panel.current_snapshot_id() == big and panel.loading is not None
    panel.ui.deleteSnapshotButton.click()
    qtbot.wait(client_panel.PAINT_WAIT_MS + 500)
    assert modal.warned == [] and panel.loading is None
    assert panel.current_snapshot_id() == small and panel.respondent_model.rowCount() == 0


def test_a_minimised_window_still_loads_the_big_snapshot(qtbot, window, db):
    s = add_big_snapshot(db, N)
    window.showMinimized()
    panel = window.panel
    window.reload_clients(select=clients.get_snapshot(db, s).client_id)
    qtbot.waitUntil(lambda: panel.respondent_model.rowCount() == N, timeout=5000)


def test_the_snapshot_table_counts_respondents_of_each_snapshot(qtbot, window, db):
    from csmm_desktop.services import assessment

    c = clients.create_client(db, "Counts")
    empty = clients.create_snapshot(db, c.id, "initial", "2026-10-01").id
    two = clients.create_snapshot(db, c.id, "planned", "2026-11-01").id
    for name in ("A", "B"):
        assessment.add_respondent(db, two, "client", name)
    assert assessment.respondent_counts(db, c.id) == {empty: 0, two: 2}
    window.reload_clients(select=c.id)
    table = window.panel.ui.snapshotTable.model()
    assert sorted(table.index(r, 2).data() for r in range(table.rowCount())) == ["0", "2"]


def test_a_refilled_respondent_list_keeps_its_current_row_with_nothing_selected(qtbot, window, db):
    from PySide6.QtCore import QItemSelectionModel

    from csmm_desktop.services import assessment

    c = clients.create_client(db, "Current")
    snap = clients.create_snapshot(db, c.id, "initial", "2026-10-01").id
    ids = [assessment.add_respondent(db, snap, "client", n).id for n in "ABC"]
    window.reload_clients(select=c.id)
    panel = window.panel
    table = panel.ui.respondentTable
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.row_at(r).respondent.id == ids[1])
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.Clear
    )
    assert panel.selected_respondent_ids() == []
    panel.refresh()
    assert panel.selected_respondent_ids() == []
    assert model.row_at(table.currentIndex().row()).respondent.id == ids[1]


def test_the_dashboard_asked_for_before_the_load_starts_shows_the_big_snapshot(qtbot, window, db):
    s = add_big_snapshot(db, N)
    panel = window.panel
    window.reload_clients(select=clients.get_snapshot(db, s).client_id)
    assert panel.loading is not None
    panel.show_screen("dashboard")  # View → Dashboard, before the paint
    qtbot.waitUntil(lambda: panel.loading is None, timeout=5000)
    tabs = panel.ui.tabs
    dashboard = tabs.currentWidget()
    assert tabs.tabText(tabs.currentIndex()) == "Dashboard" and dashboard.isEnabled()
    assert dashboard.data.current.snapshot.id == s


def test_a_delete_and_undo_before_the_load_starts(qtbot, window, db, modal):
    from PySide6.QtCore import Qt

    big, small, panel = big_and_small(db, window, "planned")
    panel._select_snapshot(small)
    assert panel.loading is not None  # the big one's scores, still to come
    panel.ui.deleteSnapshotButton.click()
    assert {r.snap.id for r in panel.snapshot_model.rows()} == {big}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {r.snap.id for r in panel.snapshot_model.rows()} == {big, small}
    qtbot.waitUntil(lambda: panel.loading is None, timeout=5000)
    qtbot.wait(100)
    assert modal.warned == []
    table = panel.ui.snapshotTable.model()
    assert "…" not in [table.index(r, 3).data() for r in range(table.rowCount())]


def test_switching_big_snapshots_before_the_paint_fills_the_list_once(qtbot, window, db):
    from csmm_desktop.services import assessment

    a = add_big_snapshot(db, N)
    cid = clients.get_snapshot(db, a).client_id
    b = clients.create_snapshot(db, cid, "planned", "2026-12-01").id
    for i in range(N + 1):
        assessment.add_respondent(db, b, "client", f"B{i}")
    panel = window.panel
    window.reload_clients(select=cid)
    model = panel.respondent_model
    fills = model.fills
    for sid in (a, b, a, b):
        panel._select_snapshot(sid)
    qtbot.waitUntil(lambda: panel.loading is None, timeout=5000)
    qtbot.wait(client_panel.PAINT_WAIT_MS)
    assert model.rowCount() == N + 1 and ids_listed(panel) == {b}
    assert model.fills == fills + 1


def test_a_search_hiding_the_client_while_it_loads_then_cleared(qtbot, window, db, modal):
    s = add_big_snapshot(db, N)
    panel = window.panel
    window.reload_clients(select=clients.get_snapshot(db, s).client_id)
    assert panel.loading is not None
    qtbot.keyClicks(window.ui.searchEdit, "zzz")
    assert window.ui.rightStack.currentWidget() is not panel and panel.loading is None
    window.ui.searchEdit.clear()
    assert window.ui.rightStack.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.respondent_model.rowCount() == N, timeout=5000)
    assert panel.loading is None and ids_listed(panel) == {s} and modal.warned == []
