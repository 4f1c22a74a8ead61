"""Edit → Applicability…: untick a topic by keyboard, the wizard no longer asks it, the store
holds it; the sector preset; a refused save is said and nothing is stored."""

import json

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest

from csmm_desktop.services import applicability, assessment, clients
from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


@pytest.fixture
def bank(db):
    client = clients.create_client(db, "Güneş Bankası", sector="Bankacılık")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    return client, snap


def open_dialog(window, qtbot, client_id):
    window.reload_clients(select=client_id)
    window.panel.ui.snapshotTable.selectRow(0)
    window.ui.menuEdit.aboutToShow.emit()  # the user opens the Edit menu
    window.applicability_menu.action.trigger()
    dialog = window.applicability_menu.dialog
    qtbot.waitExposed(dialog)
    return dialog


def stored_items(db, table, key, value):
    row = db.execute(f"SELECT not_applicable FROM {table} WHERE {key} = ?", [value]).fetchone()
    return json.loads(row[0]) if row else None


def test_untick_a_topic_and_the_wizard_no_longer_asks_it(window, qtbot, db, bank, modal):
    client, snap = bank
    action = window.applicability_menu.action
    assert action.text() == "A&pplicability…" and action in window.ui.menuEdit.actions()
    assert action in window.ui.clientList.actions()  # the client list's context menu
    window.ui.clientList.clearSelection()
    window.ui.clientList.setCurrentIndex(window.ui.clientList.model().index(-1, 0))
    window.ui.menuEdit.aboutToShow.emit()
    assert not action.isEnabled()  # no client: nothing to edit
    dialog = open_dialog(window, qtbot, client.id)
    # the client list's context menu event (not sent: the real menu would open modally)
    action.setEnabled(False)  # as the Edit menu left it when no client was selected
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), QPoint(1, 1))
    assert window.applicability_menu.eventFilter(window.ui.clientList, menu) is False
    assert action.isEnabled()  # a client is selected: the context menu offers it
    assert dialog.summary.text() == (
        "Every question applies. Left out of the selected snapshot now: 0."
    )
    assert dialog.snapshotBox.isVisible() and dialog.snapshotBox.isChecked()  # no answers yet

    # keyboard only: go to topic 2.3.8 Shipment and press Space
    topic = dialog.item("2.3.8")
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(topic)
    QTest.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert topic.checkState(0) == Qt.CheckState.Unchecked
    assert [topic.child(i).checkState(0) for i in range(topic.childCount())] == [
        Qt.CheckState.Unchecked
    ] * 2
    assert dialog.item("2.3").checkState(0) == Qt.CheckState.PartiallyChecked
    assert dialog.summary.text().startswith("Questions left out for this client: 2. ")

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.LeftButton)
    assert not modal.warned
    assert stored_items(db, "client_applicability", "client_id", client.id) == ["2.3.8"]
    assert stored_items(db, "snapshot_applicability", "snapshot_id", snap.id) == ["2.3.8"]

    respondent = assessment.add_respondent(db, snap.id, "client", code="C-1")
    wizard = AssessmentWindow(db, respondent.id)
    qtbot.addWidget(wizard)
    section = next(i for i, s in enumerate(wizard.sections) if s.id == "2.3")
    asked = [w.question.id for w in wizard.page(section).questions]
    assert "2.3.7-1" in asked and not {"2.3.8-1", "2.3.8-2"} & set(asked)
    topics = [topic.id for _label, topic in wizard.page(section).topic_labels]
    assert "2.3.8" not in topics
    wizard.close()


def test_sector_preset_and_a_later_snapshot(window, qtbot, db, bank, modal):
    client, first = bank
    assessment.add_respondent(db, first.id, "client")  # answers exist: not changed unasked
    dialog = open_dialog(window, qtbot, client.id)
    assert dialog.presetCombo.currentData() == "finance"  # from "Bankacılık"
    assert not dialog.snapshotBox.isChecked()
    qtbot.mouseClick(dialog.presetButton, Qt.LeftButton)
    assert dialog.item("2.4.7").checkState(0) == Qt.CheckState.Unchecked  # Recycling
    assert dialog.item("2.3.3-1").checkState(0) == Qt.CheckState.Unchecked  # Packaging
    assert dialog.item("2.3.2").checkState(0) == Qt.CheckState.Checked
    dialog.save()
    saved = applicability.client_applicability(db, client.id)
    assert saved.preset == "finance" and "2.4.7" in saved.items
    assert applicability.snapshot_items(db, first.id) == ()  # the older snapshot keeps all
    undo = window.undo_actions.undo_action
    window.undo_actions.update()
    assert undo.text() == "&Undo Applicability “Güneş Bankası”"
    later = clients.create_snapshot(db, client.id, "planned", "2026-04-01")
    assert applicability.snapshot_items(db, later.id) == saved.items  # frozen at creation


def test_edit_undo_takes_the_change_back(window, qtbot, db, bank, modal):
    client, snap = bank
    dialog = open_dialog(window, qtbot, client.id)
    dialog.item("2.4").setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.save() and applicability.snapshot_items(db, snap.id) == ("2.4",)
    window.undo_actions.update()
    window.undo_actions.undo_action.trigger()
    assert applicability.client_applicability(db, client.id).items == ()
    assert applicability.snapshot_items(db, snap.id) == ()


def test_a_refused_save_is_said_and_nothing_is_stored(window, qtbot, db, bank, modal, monkeypatch):
    client, _snap = bank
    dialog = open_dialog(window, qtbot, client.id)
    dialog.item("1.1.1").setCheckState(0, Qt.CheckState.Unchecked)
    clients.delete_client(db, client.id)  # gone meanwhile (another window, the CLI)
    assert dialog.save() is False
    assert modal.warned and dialog.isVisible()
    assert db.execute("SELECT count(*) FROM client_applicability").fetchone()[0] == 0


@pytest.fixture
def dashboard(qtbot, db):
    from csmm_desktop.views.dashboard import DashboardTab

    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    yield tab
    tab.close()  # gone before its store closes, as in tests/gui/test_dashboard.py
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_dashboard_shows_a_section_left_out_as_not_applicable(db, demo_db, dashboard):
    from csmm_desktop.services import demo

    snap = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[-1]
    applicability.save(db, demo.DEMO_CLIENT_ID, ["2.3", "2.4.9-1"], snapshot_ids=[snap.id])
    dashboard.set_context(demo.DEMO_CLIENT_ID, snap.id)
    assert dashboard.ui.npsValue.text() == "–"  # the NPS question is left out
    rows = {}
    items = [dashboard.ui.scoreTree.topLevelItem(0)]
    while items:
        item = items.pop()
        rows[item.text(0).split()[0]] = item
        items += [item.child(i) for i in range(item.childCount())]
    assert rows["2.3"].text(3) == "not applicable to this client"
    assert "2.3.1" not in rows and "2.4.9" not in rows and "2.4.8" in rows


def test_a_respondent_whose_role_has_nothing_left_says_so_in_the_wizard(qtbot, db, modal):
    """Found by the hostile test of #21: every management section left out, a manager's
    wizard was an empty page with "0 of 0 answered" and no word why."""
    client = clients.create_client(db, "Belediye", sector="KAMU")
    applicability.save(db, client.id, ["1.1", "1.2", "1.3"])  # every management section
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    respondent = assessment.add_respondent(db, snap.id, "management")
    wizard = AssessmentWindow(db, respondent.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    note = wizard.findChild(type(wizard.ui.titleLabel), "nothingAsked")
    assert note is not None and note.isVisible()
    assert note.text() == (
        "Nothing is asked of this respondent: every question for the role Management is left "
        "out for this client (Edit → Applicability…)."
    )
    assert wizard.ui.pages.currentWidget() is note


def test_unticking_a_section_counts_without_walking_the_tree_per_question(
    window, qtbot, db, bank, modal, monkeypatch
):
    """Found by the hostile test of #21: each question a section's box unticked walked the
    whole tree again for the summary (a 5,000-question custom form hung the dialog)."""
    client, _snap = bank
    dialog = open_dialog(window, qtbot, client.id)
    walks = []
    real = dialog.question_items
    monkeypatch.setattr(dialog, "question_items", lambda: walks.append(1) or real())
    section = dialog.item("2.3")
    section.setCheckState(0, Qt.CheckState.Unchecked)  # the user's click on its box
    assert len(walks) <= 1
    assert dialog.summary.text().startswith("Questions left out for this client: 49.")
    dialog.item("2.3.8-1").setCheckState(0, Qt.CheckState.Checked)
    assert dialog.summary.text().startswith("Questions left out for this client: 48.")
    assert len(dialog.left_out()) == 48
    dialog.reject()


def test_a_list_of_another_form_family_is_said_and_not_shown(window, qtbot, db, modal):
    from tests.unit.test_applicability_family import store_form
    from tests.unit.test_form_sheet import small_form

    store_form(db, small_form())  # family "shop"
    client = clients.create_client(db, "Banka", sector="Bankacılık")
    applicability.save(db, client.id, ["1.1.1-1"], family="csmm-maturity-assessment")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="shop-1")
    dialog = open_dialog(window, qtbot, client.id)
    assert dialog.form.version == "shop-1"
    assert dialog.note.isVisible()
    assert "made for another form (family 'csmm-maturity-assessment')" in dialog.note.text()
    # the bundled form's 1.1.1-1 is not this form's: it is ticked (applies)
    assert dialog.item("1.1.1-1").checkState(0) == Qt.CheckState.Checked
    assert applicability.snapshot_items(db, snap.id) == ()
    dialog.item("1.1.2").setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.save()
    stored = applicability.client_applicability(db, client.id)
    assert stored.family == "shop" and stored.items == ("1.1.2",)  # the other family's id gone


def test_the_preset_shown_says_edited_after_a_manual_change(window, qtbot, db, bank, modal):
    from csmm_desktop.domain import applicability as rules

    client, _snap = bank
    name = rules.preset("finance").label["en"]
    dialog = open_dialog(window, qtbot, client.id)
    assert "Sector preset" not in dialog.summary.text()  # none applied yet
    qtbot.mouseClick(dialog.presetButton, Qt.LeftButton)
    assert f"Sector preset: {name}." in dialog.summary.text()
    dialog.item("2.3.2-1").setCheckState(0, Qt.CheckState.Unchecked)  # by hand
    assert f"Sector preset: {name} (edited)." in dialog.summary.text()
    dialog.item("2.3.2-1").setCheckState(0, Qt.CheckState.Checked)  # back as the preset has it
    assert f"Sector preset: {name}." in dialog.summary.text()
    dialog.item("2.4.7").setCheckState(0, Qt.CheckState.Checked)
    assert dialog.save()
    again = open_dialog(window, qtbot, client.id)  # the stored list is not the preset's now
    assert f"Sector preset: {name} (edited)." in again.summary.text()
