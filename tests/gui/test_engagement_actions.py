import pytest
from PySide6.QtCore import QDate, Qt

from csmm_desktop.services import clients, engagement
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.action_dialog import ActionDialog
from csmm_desktop.views.engagement.actions_suggestions_dialog import ActionSuggestionsDialog
from csmm_desktop.views.engagement.actions_tab import ActionsTab
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_text


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    return client, clients.create_snapshot(db, client.id, "planned", "2026-03-23")


@pytest.fixture
def make_tab(qtbot, db, modal):
    def make(client_id, snapshot_id):
        widget = ActionsTab(db)
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_context(client_id, snapshot_id)
        return widget

    return make


@pytest.fixture
def tab(make_tab, acme):
    return make_tab(acme[0].id, acme[1].id)


def cell(tab, row, col):
    """The text the action list shows in that cell."""
    return tab.ui.actionTable.model().index(row, col).data()


def titles(tab):
    return [cell(tab, r, 0) for r in range(tab.ui.actionTable.model().rowCount())]


def test_add_an_action_through_the_dialog(qtbot, tab, db, monkeypatch, acme):
    client, snap = acme
    kpi = engagement.add_kpi(db, client.id, "FCR", target=75)
    tab.refresh()

    def fill(dialog):
        assert not dialog.ui.feedbackEdit.isVisibleTo(dialog)  # only when editing
        type_text(dialog.ui.titleEdit, "Şikâyet akışını yeniden tasarlamak")
        type_text(dialog.ui.ownerEdit, "Ayşe Çelik")
        dialog.ui.dueCheck.setChecked(True)
        dialog.ui.dueEdit.setDate(QDate(2026, 5, 15))
        dialog.ui.topicCombo.setCurrentIndex(dialog.ui.topicCombo.findData("2.4.8"))
        dialog.ui.kpiCombo.setCurrentIndex(dialog.ui.kpiCombo.findData(kpi.id))

    fill_dialog(monkeypatch, ActionDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    [action] = engagement.list_actions(db, client.id)
    assert (action.title, action.owner, action.due_date, action.status) == (
        "Şikâyet akışını yeniden tasarlamak",
        "Ayşe Çelik",
        "2026-05-15",
        "planned",
    )
    assert (action.topic_id, action.kpi_id, action.snapshot_id) == ("2.4.8", kpi.id, snap.id)
    assert titles(tab) == ["Şikâyet akışını yeniden tasarlamak"]
    assert cell(tab, 0, 5) == "2.4.8 Customer complaints\nKPI: FCR"
    assert tab.current_action_id() == action.id
    assert [row[0] for row in tab.history_rows()] == ["Created"]


def test_two_edits_with_feedback_keep_both_revisions_in_order(qtbot, tab, db, monkeypatch, acme):
    action = engagement.add_action(db, acme[0].id, "Train the team", owner="Deniz")
    tab.refresh(action.id)

    def start(dialog):
        dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("in_progress"))
        type_text(dialog.ui.feedbackEdit, "Müşteri hemen başlamak istedi")

    fill_dialog(monkeypatch, ActionDialog, start)
    tab.ui.actionTable.setFocus()
    qtbot.keyClick(tab.ui.actionTable, Qt.Key.Key_Return)  # Enter edits

    def postpone(dialog):
        assert dialog.ui.feedbackEdit.toPlainText() == ""  # each edit has its own reason
        dialog.ui.dueCheck.setChecked(True)
        dialog.ui.dueEdit.setDate(QDate(2026, 4, 30))
        type_text(dialog.ui.feedbackEdit, "Budget approved in April")

    fill_dialog(monkeypatch, ActionDialog, postpone)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)

    history = engagement.action_history(db, action.id)
    assert [(r.kind, r.feedback) for r in history] == [
        ("created", ""),
        ("changed", "Müşteri hemen başlamak istedi"),
        ("changed", "Budget approved in April"),
    ]
    assert history[1].changes == {"status": ("planned", "in_progress")}
    assert tab.history_rows() == [  # newest first, old → new
        ("Changed", f"Due date: — → {formatting.date('2026-04-30')}", "Budget approved in April"),
        ("Changed", "Status: Planned → In progress", "Müşteri hemen başlamak istedi"),
        ("Created", "Owner: Deniz\nStatus: Planned\nCycle: 1", ""),
    ]
    assert cell(tab, 0, 3) == "In progress"


def test_filter_by_cycle_and_status(qtbot, tab, db, acme):
    client = acme[0].id
    engagement.add_action(db, client, "Old and done", cycle=1, status="done")
    engagement.add_action(db, client, "Next, planned", cycle=2)
    engagement.add_action(db, client, "Next, started", cycle=2, status="in_progress")
    engagement.add_action(db, client, "Next, dropped", cycle=2, status="dropped")
    tab.refresh()
    assert len(titles(tab)) == 4
    tab.ui.cycleCombo.setCurrentIndex(tab.ui.cycleCombo.findData(2))
    assert titles(tab) == ["Next, planned", "Next, started", "Next, dropped"]
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("open"))
    assert titles(tab) == ["Next, planned", "Next, started"]
    tab.ui.cycleCombo.setCurrentIndex(tab.ui.cycleCombo.findData(0))
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("done"))
    assert titles(tab) == ["Old and done"]
    assert tab.ui.countLabel.text() == "1 of 4 actions shown"


def test_delete_asks_first_and_a_vanished_action_is_reported(qtbot, tab, db, modal, acme):
    keep = engagement.add_action(db, acme[0].id, "Keep")
    gone = engagement.add_action(db, acme[0].id, "Gone")
    tab.refresh(gone.id)
    table = tab.ui.actionTable
    table.setFocus()
    modal.answer = False
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert modal.asked[-1] == "Delete the action “Gone” with its history of 1 revision?"
    assert len(engagement.list_actions(db, acme[0].id)) == 2
    modal.answer = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [a.id for a in engagement.list_actions(db, acme[0].id)] == [keep.id]

    tab.refresh(keep.id)
    engagement.delete_action(db, keep.id)  # e.g. from another window
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert "No action with id" in modal.warned[-1]
    assert titles(tab) == []


def test_a_suggestion_becomes_an_action(qtbot, make_tab, db, demo_db, monkeypatch):
    client_id = DEMO_CLIENT_ID
    initial = clients.list_snapshots(db, client_id)[0]
    tab = make_tab(client_id, initial.id)
    before = len(engagement.list_actions(db, client_id))
    first = engagement.suggest_actions_for_snapshot(db, initial.id)[0]
    seen = {}

    def pick(dialog):
        seen["intro"] = dialog.ui.introLabel.text()
        dialog.check(0)
        type_text(dialog.ui.ownerEdit, "Oğuz")

    fill_dialog(monkeypatch, ActionSuggestionsDialog, pick)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.suggestButton, Qt.MouseButton.LeftButton)
    assert "hold the Initial (" in seen["intro"]
    actions = engagement.list_actions(db, client_id)
    assert len(actions) == before + 1
    added = engagement.get_action(db, tab.current_action_id())
    assert (added.title, added.topic_id, added.owner, added.snapshot_id) == (
        first.actions[0]["en"],
        first.topic_id,
        "Oğuz",
        initial.id,
    )

    def again(dialog):
        seen["first"] = dialog.leaf_texts()[0]
        dialog.check(0)  # greyed now: nothing is ticked

    fill_dialog(monkeypatch, ActionSuggestionsDialog, again)
    tab.ui.suggestButton.click()
    assert seen["first"].endswith("(already in the plan)")
    assert len(engagement.list_actions(db, client_id)) == before + 1


def test_without_a_snapshot_suggestions_wait(qtbot, make_tab, db, acme):
    tab = make_tab(acme[0].id, "")
    assert "Select a snapshot" in tab.ui.contextLabel.text()
    assert not tab.ui.suggestButton.isEnabled()
    assert tab.ui.addButton.isEnabled()

    tab.set_context(acme[0].id, acme[1].id)
    assert tab.ui.suggestButton.isEnabled()
    tab.hide()
    clients.delete_snapshot(db, acme[1].id)  # deleted while the tab was hidden
    tab.show()
    assert "Select a snapshot" in tab.ui.contextLabel.text()


def test_the_history_sorts_by_its_time_both_ways_and_keeps_the_order(qtbot, tab, db, acme):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    action = engagement.add_action(db, acme[0].id, "Train the team")
    other = engagement.add_action(db, acme[0].id, "Call the branches")
    for act in (action, other):
        engagement.add_action_feedback(db, act.id, "Second")
        engagement.add_action_feedback(db, act.id, "Third")
        times = ("2025-12-01T09:00:00", "2026-02-09T09:30:00", "2026-02-09T14:03:00")
        with db.atomic():  # three times apart (the test writes them in the same second)
            for revision, at in zip(engagement.action_history(db, act.id), times, strict=True):
                db.execute("UPDATE action_revisions SET at = ? WHERE id = ?", [at, revision.id])
    tab.refresh(action.id)
    table = tab.ui.historyTable
    assert [row[2] for row in tab.history_rows()] == ["Third", "Second", ""]  # newest first
    header = table.horizontalHeader()

    def click_when():
        x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_when()  # by the time: oldest first, 09:30 before 14:03 on the same day
    assert [row[2] for row in tab.history_rows()] == ["", "Second", "Third"]
    table.selectRow(1)
    click_when()  # again: the other way, the selection following its row
    assert [row[2] for row in tab.history_rows()] == ["Third", "Second", ""]
    assert table.selectionModel().selectedRows()[0].row() == 1
    tab.select_id(other.id)  # another action's history keeps the user's order
    assert [row[2] for row in tab.history_rows()] == ["Third", "Second", ""]
    click_when()
    assert [row[2] for row in tab.history_rows()] == ["", "Second", "Third"]
