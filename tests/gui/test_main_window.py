import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from csmm_desktop.messages import UserError
from csmm_desktop.services import clients
from csmm_desktop.services.engagement.findings import add_problem
from csmm_desktop.views.client_dialog import ClientDialog
from csmm_desktop.views.snapshot_dialog import SnapshotDialog
from tests.gui.conftest import fill_dialog


def visible_clients(window):
    model = window.client_filter
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_text(widget, text):
    """Type like a user would; non-ASCII characters go one key event each."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_add_client_through_the_dialog(qtbot, window, db, monkeypatch):
    def fill(dialog):
        type_text(dialog.ui.nameEdit, "Öztürk Sigorta A.Ş.")
        type_text(dialog.ui.sectorEdit, "Sigorta")

    fill_dialog(monkeypatch, ClientDialog, fill)
    qtbot.mouseClick(window.ui.newClientButton, Qt.MouseButton.LeftButton)
    stored = clients.list_clients(db)
    assert [(c.name, c.sector) for c in stored] == [("Öztürk Sigorta A.Ş.", "Sigorta")]
    assert visible_clients(window) == ["Öztürk Sigorta A.Ş."]
    assert window.panel.ui.nameLabel.text() == "Öztürk Sigorta A.Ş."
    assert window.windowTitle().startswith("Öztürk Sigorta A.Ş.")


def test_client_dialog_will_not_save_without_a_name(qtbot, window, db, monkeypatch):
    fill_dialog(monkeypatch, ClientDialog, lambda d: type_text(d.ui.nameEdit, "   "))
    window.ui.actionNewClient.trigger()
    assert clients.list_clients(db) == []


def test_rename_client(qtbot, window, db, monkeypatch):
    client = clients.create_client(db, "Old name")
    window.reload_clients(select=client.id)

    def fill(dialog):
        dialog.ui.nameEdit.clear()
        type_text(dialog.ui.nameEdit, "İstanbul Enerji")

    fill_dialog(monkeypatch, ClientDialog, fill)
    qtbot.keyClick(window.ui.clientList, Qt.Key.Key_F2)
    assert clients.get_client(db, client.id).name == "İstanbul Enerji"
    assert visible_clients(window) == ["İstanbul Enerji"]


def test_delete_client_asks_first(qtbot, window, db, modal):
    keep = clients.create_client(db, "Keep")
    gone = clients.create_client(db, "Gone")
    clients.create_snapshot(db, gone.id, "initial", "2026-01-01")
    window.reload_clients(select=gone.id)

    modal.answer = False
    window.ui.clientList.setFocus()
    qtbot.keyClick(window.ui.clientList, Qt.Key.Key_Delete)
    assert "“Gone” with its 1 snapshot and 0 respondents?" in modal.asked[-1]
    assert len(clients.list_clients(db)) == 2

    modal.answer = True
    window.ui.actionDeleteClient.trigger()
    assert [c.id for c in clients.list_clients(db)] == [keep.id]
    assert visible_clients(window) == ["Keep"]
    assert window.current_client_id() == keep.id


def test_search_is_turkish_aware(qtbot, window, db):
    for name in ("Işık Tekstil", "İzmir Liman", "Çınar Market"):
        clients.create_client(db, name)
    window.reload_clients()
    assert visible_clients(window) == ["Çınar Market", "Işık Tekstil", "İzmir Liman"]
    qtbot.keyClicks(window.ui.searchEdit, "izmir")
    assert visible_clients(window) == ["İzmir Liman"]
    window.ui.searchEdit.clear()
    type_text(window.ui.searchEdit, "ışık")
    assert visible_clients(window) == ["Işık Tekstil"]


def test_search_ignores_accents_both_ways_and_looks_past_the_name(qtbot, window, db):
    gunes = clients.create_client(db, "Güneş Lojistik")
    clients.create_client(db, "Gunes Market")
    other = clients.create_client(db, "Anadolu Sigorta")
    clients.create_snapshot(db, other.id, "initial", "2026-11-20", consultant="Şule Çağlar")
    snap = clients.create_snapshot(db, gunes.id, "initial", "2026-11-20")
    add_problem(db, snap.id, "Kargo takibi yapılamıyor")
    window.reload_clients()

    def search(text):
        window.ui.searchEdit.clear()
        type_text(window.ui.searchEdit, text)
        return visible_clients(window)

    assert search("gunes") == ["Gunes Market", "Güneş Lojistik"]
    assert search("GÜNEŞ") == ["Gunes Market", "Güneş Lojistik"]  # accents typed find both
    assert search("sule caglar") == ["Anadolu Sigorta"]  # the consultant of a snapshot
    assert search("kargo takibi") == ["Güneş Lojistik"]  # a problem's title
    assert search("nothing like it") == []


def test_add_and_delete_snapshot(qtbot, window, db, monkeypatch, modal):
    client = clients.create_client(db, "Acme")
    window.reload_clients(select=client.id)

    def fill(dialog):
        assert dialog.ui.stageCombo.currentData() == "initial"  # the first stage is suggested
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 22))
        type_text(dialog.ui.consultantEdit, "Deniz")

    fill_dialog(monkeypatch, SnapshotDialog, fill)
    qtbot.mouseClick(window.panel.ui.newSnapshotButton, Qt.MouseButton.LeftButton)
    [snap] = clients.list_snapshots(db, client.id)
    assert (snap.stage, snap.date, snap.consultant) == ("initial", "2026-11-22", "Deniz")
    assert window.panel.ui.snapshotTable.model().rowCount() == 1
    assert window.panel.ui.snapshotTable.model().index(0, 0).data() == "Initial"

    def fill_next(dialog):
        assert dialog.ui.stageCombo.currentData() == "planned"  # the next stage
        assert dialog.ui.consultantEdit.text() == "Deniz"  # carried over

    fill_dialog(monkeypatch, SnapshotDialog, fill_next)
    window.ui.actionNewSnapshot.trigger()
    assert [s.stage for s in clients.list_snapshots(db, client.id)] == ["initial", "planned"]

    window.panel.ui.snapshotTable.selectRow(0)
    modal.answer = True
    qtbot.mouseClick(window.panel.ui.deleteSnapshotButton, Qt.MouseButton.LeftButton)
    assert "Delete the Initial snapshot" in modal.asked[-1]
    assert [s.stage for s in clients.list_snapshots(db, client.id)] == ["planned"]
    assert window.panel.ui.snapshotTable.model().rowCount() == 1


def test_demo_client_shows_its_scores(qtbot, window, db):
    qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
    model = window.panel.ui.snapshotTable.model()
    assert model.rowCount() == 4
    assert [model.index(r, 4).data() for r in range(4)] == [
        "Initial",
        "Planned",
        "Measured",
        "Optimized",
    ]
    assert window.panel.ui.respondentTable.model().rowCount() == 35
    assert "Overall score" in window.panel.ui.scoreLabel.text()
    qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
    assert len(clients.list_clients(db)) == 1


def test_window_remembers_geometry_and_last_client(qtbot, make_window, db):
    a = clients.create_client(db, "Alpha")
    b = clients.create_client(db, "Beta")
    first = make_window()
    first.reload_clients(select=b.id)
    first.resize(790, 540)  # the offscreen screen is 800x600
    size = (first.width(), first.height())
    first.close()
    second = make_window()
    assert second.current_client_id() == b.id
    assert (second.width(), second.height()) == size == (790, 540)
    assert a.id != b.id


def test_no_client_shows_the_empty_page(window):
    assert window.ui.rightStack.currentWidget() is window.ui.emptyPage
    assert not window.ui.actionDeleteClient.isEnabled()
    assert QApplication.instance() is not None


def test_new_respondent_defaults_to_the_first_role_then_the_last_used(
    qtbot, window, db, settings, monkeypatch
):
    from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

    client = clients.create_client(db, "Acme")
    clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    window.reload_clients(select=client.id)
    offered = []

    def look_and_cancel(dialog):
        offered.append(dialog.ui.roleCombo.currentData())
        return RespondentDialog.DialogCode.Rejected

    monkeypatch.setattr(RespondentDialog, "exec", look_and_cancel)
    window.new_respondent()  # a fresh installation: management, the form's first role
    settings.setValue("lastRole", "employee")
    window.new_respondent()
    settings.setValue("lastRole", "no-such-role")  # a hand-edited settings file
    window.new_respondent()
    assert offered == ["management", "employee", "management"]


def test_a_new_client_form_is_not_an_error_until_its_name_is_emptied(qtbot):
    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    save = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save)
    assert dialog.ui.errorLabel.text() == "" and not save.isEnabled()
    type_text(dialog.ui.nameEdit, "A")
    assert save.isEnabled()
    dialog.ui.nameEdit.clear()  # typed, then emptied: now it says why Save is off
    assert dialog.ui.errorLabel.text() == "A client needs a name." and not save.isEnabled()


def test_respondent_buttons_act_only_on_a_selected_respondent(qtbot, window, db):
    from csmm_desktop.services import assessment

    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    assessment.add_respondent(db, snap.id, "client", name="Ayşe")
    window.reload_clients(select=client.id)
    panel = window.panel
    panel.ui.snapshotTable.selectRow(0)
    buttons = [
        panel.ui.openRespondentButton,
        panel.ui.editRespondentButton,
        panel.ui.deleteRespondentButton,
    ]
    assert panel.ui.respondentTable.model().rowCount() == 1
    assert [b.isEnabled() for b in buttons] == [False] * 3  # nothing selected yet
    panel.ui.respondentTable.selectRow(0)
    assert [b.isEnabled() for b in buttons] == [True] * 3
    panel.ui.respondentTable.clearSelection()
    assert [b.isEnabled() for b in buttons] == [False] * 3
    assert panel.ui.newRespondentButton.isEnabled()  # a new one needs only the snapshot


def test_a_snapshot_dated_before_an_earlier_stage_asks_first(qtbot, window, db, monkeypatch, modal):
    client = clients.create_client(db, "Acme")
    clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    window.reload_clients(select=client.id)

    def fill(dialog):
        assert dialog.ui.stageCombo.currentData() == "planned"
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 1))  # a slip: before the Initial one

    fill_dialog(monkeypatch, SnapshotDialog, fill)
    modal.answer = False  # "back to the form"
    window.ui.actionNewSnapshot.trigger()
    assert "would come before the Initial snapshot of 22 Nov 2026" in modal.asked[-1]
    assert [s.stage for s in clients.list_snapshots(db, client.id)] == ["initial"]
    modal.answer = True  # "Save anyway": a late record is the consultant's call
    window.ui.actionNewSnapshot.trigger()
    assert [(s.stage, s.date) for s in clients.list_snapshots(db, client.id)] == [
        ("planned", "2026-11-01"),
        ("initial", "2026-11-22"),
    ]


def test_the_status_bar_says_when_the_last_change_was_saved(qtbot, window, db):
    label = window.saved_label
    assert label.text() == ""  # nothing saved yet this session
    client = clients.create_client(db, "Acme")  # any write, from any screen or service
    assert label.text().startswith("Saved ") and label.saved_at is not None
    label.setText("")
    label.saved_at = None
    with pytest.raises(UserError):
        clients.create_client(db, "")  # refused before anything is written
    with pytest.raises(RuntimeError), db.atomic():  # written, then rolled back
        db["clients"].update(client.id, {"name": "Never"})
        raise RuntimeError("a failure half-way")
    assert label.text() == "" and label.saved_at is None
    assert clients.get_client(db, client.id).name == "Acme"
    clients.update_client(db, client.id, name="Acme 2")
    assert label.text().startswith("Saved ")
