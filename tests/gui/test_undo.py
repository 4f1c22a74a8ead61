"""Edit → Undo / Redo and Edit → Trash, as a user works them."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.store.undo import trash_entries
from csmm_desktop.views.trash_dialog import TrashDialog


def rows(db):
    return {
        t: db.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in ("clients", "snapshots", "respondents", "answers", "actions", "action_revisions")
    }


def press(window, keys):
    QTest.keySequence(window, QKeySequence(keys))


def test_delete_a_client_then_ctrl_z_brings_it_back_whole(qtbot, window, db, modal):
    demo.add_demo(db)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    before = rows(db)
    modal.answer = True
    window.ui.actionDeleteClient.trigger()
    assert "Edit → Undo brings it back" in modal.asked[-1]
    assert clients.list_clients(db) == [] and rows(db)["answers"] == 0
    undo = window.undo_actions.undo_action
    assert undo.isEnabled() and "Delete client" in undo.text()
    window.activateWindow()
    press(window, "Ctrl+Z")
    assert rows(db) == before
    assert [c.id for c in clients.list_clients(db)] == [demo.DEMO_CLIENT_ID]
    assert window.current_client_id() == "" or window.client_filter.rowCount() == 1
    assert "Undone" in window.statusBar().currentMessage()
    assert trash_entries(db) == []
    press(window, "Ctrl+Shift+Z")  # redo: deleted again, and in the Trash
    assert clients.list_clients(db) == [] and len(trash_entries(db)) == 1


def test_the_trash_restores_a_deleted_snapshot(qtbot, window, db, modal, monkeypatch):
    demo.add_demo(db)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    respondents = len(assessment.list_respondents(db, snap.id))
    modal.answer = True
    window.ui.actionDeleteSnapshot.trigger()
    assert len(clients.list_snapshots(db, demo.DEMO_CLIENT_ID)) == 3
    seen = {}

    def exec_(dialog):  # the user selects the entry and clicks Restore
        dialog.show()
        seen["rows"] = dialog.table.rowCount()
        seen["label"] = dialog.table.item(0, 0).text()
        assert not dialog.restore_button.isEnabled()
        # (selectRow would read the keyboard's modifiers, which QTest may leave "held")
        dialog.table.selectionModel().select(
            dialog.table.model().index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        seen["chosen"] = len(dialog.selected())
        dialog.restore_button.click()
        seen["after"] = dialog.table.rowCount()
        return 0

    monkeypatch.setattr(TrashDialog, "exec", exec_)
    window.undo_actions.trash_action.trigger()
    assert modal.warned == []
    assert seen == {"rows": 1, "label": seen["label"], "chosen": 1, "after": 0}
    assert "Delete snapshot" in seen["label"] and "Initial" in seen["label"]
    assert len(assessment.list_respondents(db, snap.id)) == respondents
    assert window.panel.ui.snapshotTable.model().rowCount() == 4  # the screen shows it again


def test_empty_trash_asks_then_deletes_for_good(qtbot, window, db, modal):
    client = clients.create_client(db, "Acme")
    window.reload_clients(select=client.id)
    modal.answer = True
    window.ui.actionDeleteClient.trigger()
    dialog = TrashDialog(db, window, after=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    modal.answer = False
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert len(trash_entries(db)) == 1 and "for good" in modal.asked[-1]
    modal.answer = True
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert trash_entries(db) == [] and dialog.table.rowCount() == 0


def test_undo_waits_while_an_assessment_window_is_open(qtbot, window, db):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    respondent = assessment.add_respondent(db, snap.id, "client", name="Ayşe")
    window.reload_clients(select=client.id)
    undo = window.undo_actions.undo_action
    window.undo_actions.update()
    assert undo.isEnabled()
    wizard = window.open_wizard(respondent.id)
    assert not undo.isEnabled() and "Close the assessment windows" in undo.toolTip()
    wizard.close()  # it deletes itself on close
    qtbot.waitUntil(lambda: not window.wizards)
    assert undo.isEnabled()


def test_deleted_for_good_leaves_no_answer_text_in_the_score_cache(
    qtbot, window, db, modal, data_dir
):
    """The score cache's files hold a text question's answers verbatim (the counts of each
    stored value): a client deleted and the Trash emptied still had its respondents'
    comments readable in cache/scores."""
    demo.add_demo(db)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)  # the window scores its snapshots
    [(comment,)] = db.execute(
        "SELECT a.value FROM answers a WHERE a.value LIKE '%Kadıköy branch%' LIMIT 1"
    ).fetchall()
    kept = data_dir / "cache" / "scores"

    def holding() -> list[str]:
        return [p.name for p in kept.glob("*.pickle") if comment.encode() in p.read_bytes()]

    assert holding()  # as the start after finds them
    modal.answer = True
    window.ui.actionDeleteClient.trigger()
    assert holding()  # in the Trash: it can come back, and so can its scores
    dialog = TrashDialog(db, window, after=lambda: None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert trash_entries(db) == []
    assert holding() == []
