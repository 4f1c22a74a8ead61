import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import clients, engagement
from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.workshop_dialog import WorkshopDialog
from csmm_desktop.views.engagement.workshops_tab import WorkshopsTab
from tests.gui.conftest import fill_dialog


def type_text(widget, text):
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Çınar Market")
    snap = clients.create_snapshot(db, client.id, "measured", "2026-06-29")
    return client.id, snap.id


@pytest.fixture
def tab(qtbot, db, modal, snapshot):
    widget = WorkshopsTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    widget.set_context(*snapshot)
    return widget


def rows(tree):
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_no_snapshot_shows_a_hint(tab, snapshot):
    tab.set_context(snapshot[0], "")
    assert tab.stack.currentIndex() == 0
    assert "Select a snapshot" in tab.hintLabel.text()
    assert tab.tab_title() == "Workshops"


def test_add_workshop_through_the_dialog(qtbot, tab, db, snapshot, monkeypatch):
    assert "No workshop at this snapshot yet" in tab.detailView.toPlainText()
    assert not tab.decisionsBox.isEnabled()

    def fill(dialog):
        dialog.ui.dateEdit.setDate(QDate(2026, 7, 2))
        type_text(dialog.ui.participantsEdit, "Ayşe Çelik, Oğuz Şahin")
        type_text(dialog.ui.agendaEdit, "KPI sonuçları")
        type_text(dialog.ui.notesEdit, "Bütçe onaylandı.")

    fill_dialog(monkeypatch, WorkshopDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.addButton, Qt.MouseButton.LeftButton)
    [stored] = engagement.list_workshops(db, snapshot[0], snapshot[1])
    assert (stored.date, stored.participants, stored.agenda, stored.notes) == (
        "2026-07-02",
        "Ayşe Çelik, Oğuz Şahin",
        "KPI sonuçları",
        "Bütçe onaylandı.",
    )
    assert rows(tab.workshopTree) == [[formatting.date("2026-07-02"), "KPI sonuçları", "0"]]
    assert "Ayşe Çelik, Oğuz Şahin" in tab.detailView.toPlainText()
    assert tab.decisionsBox.isEnabled()


def test_decision_becomes_an_action(qtbot, tab, db, snapshot):
    client_id, snapshot_id = snapshot
    workshop = engagement.add_workshop(db, snapshot_id, "2026-07-02", agenda="KPI")
    tab.refresh()
    type_text(tab.decisionEdit, "Koçluk programını yeniden başlatmak")
    type_text(tab.ownerEdit, "Zeynep Arslan")
    tab.dueCheck.setChecked(True)
    tab.dueEdit.setDate(QDate(2026, 7, 29))
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.ownerEdit, Qt.Key.Key_Return)
    [action] = engagement.list_actions(db, client_id)
    assert (action.title, action.owner, action.due_date) == (
        "Koçluk programını yeniden başlatmak",
        "Zeynep Arslan",
        "2026-07-29",
    )
    assert (action.workshop_id, action.snapshot_id, action.status) == (
        workshop.id,
        snapshot_id,
        "planned",
    )
    assert rows(tab.decisionTree) == [
        [action.title, "Zeynep Arslan", formatting.date("2026-07-29"), "Planned"]
    ]
    assert tab.decisionEdit.text() == "" and tab.workshopTree.topLevelItem(0).text(2) == "1"

    with qtbot.assertNotEmitted(tab.changed):  # an empty decision records nothing
        qtbot.keyClick(tab.decisionEdit, Qt.Key.Key_Return)
    assert len(engagement.list_actions(db, client_id)) == 1

    with qtbot.waitSignal(tab.navigate) as nav:
        tab.decisionTree.setCurrentItem(tab.decisionTree.topLevelItem(0))
        qtbot.keyClick(tab.decisionTree, Qt.Key.Key_Return)
    assert nav.args == ["actions"]


def test_edit_with_enter_and_bad_input_warns(qtbot, tab, db, snapshot, monkeypatch, modal):
    workshop = engagement.add_workshop(db, snapshot[1], "2026-07-02", notes="old")
    tab.refresh()

    def edit(dialog):
        assert dialog.ui.notesEdit.toPlainText() == "old"
        dialog.ui.notesEdit.clear()
        type_text(dialog.ui.notesEdit, "yeni not")

    fill_dialog(monkeypatch, WorkshopDialog, edit)
    tab.workshopTree.setFocus()
    qtbot.keyClick(tab.workshopTree, Qt.Key.Key_Return)
    assert engagement.get_workshop(db, workshop.id).notes == "yeni not"

    def too_long(dialog):
        dialog.ui.notesEdit.setPlainText("x" * (engagement.TEXT_MAX + 1))

    fill_dialog(monkeypatch, WorkshopDialog, too_long)
    tab.editButton.click()
    assert "characters long" in modal.warned[-1]
    assert engagement.get_workshop(db, workshop.id).notes == "yeni not"


def test_delete_workshop_asks_and_keeps_its_actions(qtbot, tab, db, snapshot, modal):
    client_id, snapshot_id = snapshot
    workshop = engagement.add_workshop(db, snapshot_id, "2026-07-02")
    engagement.record_decision(db, workshop.id, "Self servis")
    tab.refresh()
    tab.workshopTree.setFocus()

    modal.answer = False
    qtbot.keyClick(tab.workshopTree, Qt.Key.Key_Delete)
    assert "The 1 action decided there stays, no longer linked" in modal.asked[-1]
    assert len(engagement.list_workshops(db, client_id)) == 1

    modal.answer = True
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.workshopTree, Qt.Key.Key_Delete)
    assert engagement.list_workshops(db, client_id) == []
    [action] = engagement.list_actions(db, client_id)
    assert action.title == "Self servis" and action.workshop_id is None
    assert rows(tab.workshopTree) == []
