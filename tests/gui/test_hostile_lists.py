"""The sortable lists attacked as a consultant works them (views/rows_model.py under the
client tabs, the CX board and the snapshot table): the keyboard after typing in a filter
(arrows, Home/End, Enter), a filter hiding the selected row or every row, the counts above
a filtered list, the snapshot label when nothing is selected, a row written or deleted in
a sorted or filtered list, and the orders of stages, statuses and numbered names."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import clients, engagement
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import theme
from csmm_desktop.views.cxboard import CxBoardTab
from csmm_desktop.views.engagement.action_dialog import ActionDialog
from csmm_desktop.views.engagement.actions_tab import ActionsTab
from csmm_desktop.views.filter_box import FilterEdit
from tests.gui.test_lists import click_header, client_with_snapshots, column


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "planned", "2026-03-23")
    return client, snap


def shown_tab(qtbot, widget, client, snap):
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(client.id, snap.id)
    return widget


@pytest.fixture
def actions(qtbot, db, modal, acme):
    client, snap = acme
    made = [
        engagement.add_action(db, client.id, f"Task {c}", owner=o)
        for c, o in zip("ABCD", ("Şule", "Çağrı", "Ülkü", "Öz"), strict=True)
    ]
    return shown_tab(qtbot, ActionsTab(db), client, snap), made


def selected_titles(tab):
    return [tab.selected_row().title] if tab.selected_row() is not None else []


def test_the_arrows_go_on_from_the_selected_row_after_typing_a_filter(qtbot, actions, monkeypatch):
    tab, made = actions
    table = tab.ui.actionTable
    tab.select_id(made[2].id)  # Task C, the third row
    tab.model.filter_edit.setText("task")  # every row still shown, C still selected
    assert selected_titles(tab) == ["Task C"]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the next row, not the first one
    assert selected_titles(tab) == ["Task D"]
    tab.model.filter_edit.setText("tas")
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert selected_titles(tab) == ["Task C"]
    click_header(table, 1)  # by owner, Turkish order: Çağrı, Öz, Şule, Ülkü
    assert column(table, 1) == ["Çağrı", "Öz", "Şule", "Ülkü"]
    tab.model.filter_edit.setText("task")
    qtbot.keyClick(table, Qt.Key.Key_Up)  # C (Ülkü) is last: Up goes to A (Şule)
    assert selected_titles(tab) == ["Task A"]
    opened = []
    monkeypatch.setattr(ActionDialog, "exec", lambda d: opened.append(d.ui.titleEdit.text()))
    tab.model.filter_edit.setText("Task")
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter still opens the selected row
    assert opened == ["Task A"]


def test_a_filter_hiding_the_selected_action_leaves_nothing_to_edit_or_delete(
    qtbot, actions, db, modal
):
    tab, made = actions
    tab.select_id(made[0].id)  # Task A, its history under the list
    assert tab.ui.editButton.isEnabled() and tab.history_model.rowCount() == 1
    tab.model.filter_edit.setText("Task B")  # A is hidden
    assert tab.selected_ids() == []
    assert not tab.ui.editButton.isEnabled() and not tab.ui.deleteButton.isEnabled()
    assert tab.history_model.rowCount() == 0  # not the hidden action's history
    assert not tab.ui.historyBox.isEnabled()
    tab.ui.actionTable.setFocus()
    qtbot.keyClick(tab.ui.actionTable, Qt.Key.Key_Delete)
    assert modal.asked == [] and len(engagement.list_actions(db, made[0].client_id)) == 4
    # the filter cleared: A is selected again, with its history, where the keyboard goes on
    tab.model.filter_edit.clear()
    assert selected_titles(tab) == ["Task A"] and tab.ui.editButton.isEnabled()
    assert tab.history_model.rowCount() == 1
    assert tab.ui.actionTable.currentIndex().row() == tab.model.find(made[0].id)


def test_the_count_above_a_list_counts_the_rows_the_filter_box_leaves(qtbot, actions):
    tab, made = actions
    assert tab.ui.countLabel.text() == "4 of 4 actions shown"
    tab.model.filter_edit.setText("Task B")
    assert tab.ui.countLabel.text() == "1 of 4 actions shown"
    tab.model.filter_edit.clear()
    assert tab.ui.countLabel.text() == "4 of 4 actions shown"


def test_the_board_counts_count_the_filtered_rows_and_the_order_told_is_true(
    qtbot, db, modal, acme
):
    client, snap = acme
    for day, text in (("2026-05-02", "Slow answer"), ("2026-05-09", "Kind staff")):
        cx.add_feedback(db, client.id, day, "email", text)
    for title in ("Queue screen", "Callback"):
        cx.nominate_project(db, client.id, title)
    board = shown_tab(qtbot, CxBoardTab(db), client, snap)
    board.show_kind("projects")
    page = board.projects_page
    page.model.filter_edit.setText("queue")
    assert page.ui.countLabel.text() == "1 of 2 projects shown"
    board.show_kind("feedback")
    page = board.feedback_page
    assert page.ui.countLabel.text() == "2 of 2 entries shown, newest first"
    page.model.filter_edit.setText("kind")
    assert page.ui.countLabel.text() == "1 of 2 entries shown, newest first"
    page.model.filter_edit.clear()
    click_header(page.ui.feedbackTable, 0)  # by date: oldest first
    assert column(page.ui.feedbackTable, 2) == ["Slow answer", "Kind staff"]
    assert page.ui.countLabel.text() == "2 of 2 entries shown"  # not "newest first"


def test_the_snapshot_label_says_what_the_filter_did(qtbot, make_window, db, english):
    window = make_window(english)
    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    box = window.findChild(FilterEdit, "snapshotTableFilter")
    selected = panel.current_snapshot_id()
    assert selected == snaps[-1].id  # the newest, 1 Mar 2026
    QTest.keyClicks(box, "nov")  # the selected snapshot (1 Mar 2026) is hidden
    assert panel.current_snapshot_id() == ""
    label = panel.ui.scoreLabel.text()
    assert "Add a snapshot" not in label and "Select a snapshot" in label
    box.setText("zzz")  # every snapshot hidden
    assert panel.ui.scoreLabel.text() == "The filter hides every snapshot."
    window.ui.actionTurkish.trigger()
    try:
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")
        assert panel.ui.scoreLabel.text() == "Filtre tüm anlık durumları gizliyor."
    finally:
        english.apply("en")
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    box.clear()  # all shown again: the snapshot the filter hid is selected again
    assert panel.current_snapshot_id() == selected
    assert "Select a snapshot" not in panel.ui.scoreLabel.text()
    QTest.keyClicks(box, "nov")
    panel.ui.snapshotTable.selectRow(0)  # another one chosen while it is hidden
    chosen = panel.current_snapshot_id()
    assert chosen and chosen != selected
    box.clear()  # the user's choice stands
    assert panel.current_snapshot_id() == chosen
    for snap in snaps:
        clients.delete_snapshot(db, snap.id)
    panel.refresh()
    assert panel.ui.scoreLabel.text() == "Add a snapshot to record an assessment."


def test_the_stages_and_levels_sort_in_their_maturity_order_in_either_language(
    qtbot, demo_db, make_window, english
):
    from csmm_desktop.services import demo

    window = make_window(english)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    table = window.panel.ui.snapshotTable
    click_header(table, 0)  # Stage: the maturity order, not the alphabet's
    assert column(table, 0) == ["Initial", "Planned", "Measured", "Optimized"]
    click_header(table, 4)
    click_header(table, 4)  # Assessed level, highest first
    assert column(table, 4) == ["Optimized", "Measured", "Planned", "Initial"]
    click_header(table, 0)
    table.selectRow(1)  # Planned
    picked = window.panel.current_snapshot_id()
    window.ui.actionTurkish.trigger()
    try:
        qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")
        assert column(table, 0) == [
            "Başlangıç",
            "Planlı Çalışma",
            "Ölçülebilir Performans",
            "Yüksek Performans ve Kalite",
        ]
        assert window.panel.current_snapshot_id() == picked
    finally:
        english.apply("en")
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")


def test_respondents_named_with_a_number_sort_in_number_order(qtbot, window, db):
    from csmm_desktop.services import assessment

    client = clients.create_client(db, "Kâzım Öz Gıda")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    for n in (3, 12, 1, 10, 2):  # as a bulk rename writes them: "Şube 1" … "Şube 12"
        assessment.add_respondent(db, snap.id, "employee", f"Şube {n}")
    assessment.add_respondent(db, snap.id, "employee", "Şube Müdürü")
    window.reload_clients(select=client.id)
    table = window.panel.ui.respondentTable
    click_header(table, 0)
    assert column(table, 0) == [
        "Şube 1",
        "Şube 2",
        "Şube 3",
        "Şube 10",
        "Şube 12",
        "Şube Müdürü",
    ]


def test_a_row_added_while_the_filter_hides_it_is_shown_and_selected(
    qtbot, actions, monkeypatch, db
):
    from tests.gui.conftest import fill_dialog
    from tests.gui.engagement_keys import type_text

    tab, made = actions
    tab.model.filter_edit.setText("Task B")

    def fill(dialog):
        type_text(dialog.ui.titleEdit, "Call the branches")

    fill_dialog(monkeypatch, ActionDialog, fill)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    [added] = [a for a in engagement.list_actions(db, made[0].client_id) if a not in made]
    assert tab.selected_ids() == [added.id]  # in sight: the filter box gave way
    assert tab.model.filter_edit.text() == "" and tab.model.rowCount() == 5


def test_a_snapshot_added_while_the_filter_hides_it_is_shown_and_selected(
    qtbot, window, db, monkeypatch
):
    from PySide6.QtCore import QDate

    from csmm_desktop.views.snapshot_dialog import SnapshotDialog
    from tests.gui.conftest import fill_dialog

    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    box = window.findChild(FilterEdit, "snapshotTableFilter")
    box.setText("nov")
    fill_dialog(monkeypatch, SnapshotDialog, lambda d: d.ui.dateEdit.setDate(QDate(2026, 6, 1)))
    qtbot.mouseClick(panel.ui.newSnapshotButton, Qt.MouseButton.LeftButton)
    [added] = [s for s in clients.list_snapshots(db, client.id) if s not in snaps]
    assert panel.current_snapshot_id() == added.id  # the new one, shown and selected
    assert box.text() == "" and len(column(panel.ui.snapshotTable, 1)) == 4
    assert panel.respondent_model.rowCount() == 0 and "Overall score" in panel.ui.scoreLabel.text()


def test_an_emptied_list_says_the_filter_words_hide_every_row(qtbot, actions, english):
    tab, made = actions
    box = tab.model.filter_edit
    assert box.empty_hint is None  # made when first needed
    box.setText("Task")  # rows still shown: nothing to say
    assert box.empty_hint is None
    box.setText("  zzz ")
    hint = box.empty_hint
    assert hint.isVisible() and hint.text() == "No row contains “zzz”."
    assert hint.palette().color(hint.foregroundRole()).name() == theme.HINT.lower()  # grey
    assert hint.geometry().intersects(tab.ui.actionTable.viewport().rect())
    english.apply("tr")
    try:
        qtbot.waitUntil(lambda: box.placeholderText() == "Bu listeyi süz…")
        assert hint.isVisible() and hint.text() == "“zzz” içeren satır yok."
    finally:
        english.apply("en")
    qtbot.waitUntil(lambda: hint.text() == "No row contains “zzz”.")
    box.setText("Task")
    assert not hint.isVisible()
    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findData("done"))
    assert tab.model.rowCount() == 0 and not hint.isVisible()  # the combo's doing, not words'


def test_a_respondent_answering_takes_its_place_in_the_sorted_list(qtbot, window, db):
    from csmm_desktop.services import assessment
    from tests.gui.test_lists import answer_all

    client = clients.create_client(db, "Güneş Enerji")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    people = [assessment.add_respondent(db, snap.id, "employee", n) for n in ("Ada", "Can", "Ece")]
    answer_all(db, people[1], 0.5)
    answer_all(db, people[2], 0.3)
    window.reload_clients(select=client.id)
    panel = window.panel
    table = panel.ui.respondentTable
    click_header(table, 3)  # by coverage: Ada (none), Ece, Can
    assert column(table, 0) == ["Ada", "Ece", "Can"]
    table.selectRow(0)
    answer_all(db, people[0])  # Ada answers everything in her assessment window
    panel.refresh_snapshot_scores(snap.id, people[0].id)  # what each saved answer does
    assert column(table, 0) == ["Ece", "Can", "Ada"]  # still sorted by coverage
    assert panel.selected_respondent_ids() == [people[0].id]  # and still selected


def test_statuses_sort_in_their_working_order_in_either_language(qtbot, db, modal, acme, english):
    client, snap = acme
    for title, status in (("A", "done"), ("B", "dropped"), ("C", "planned"), ("D", "in_progress")):
        action = engagement.add_action(db, client.id, title)
        engagement.update_action(db, action.id, status=status)
    tab = shown_tab(qtbot, ActionsTab(db), client, snap)
    click_header(tab.ui.actionTable, 3)  # Status today: as the work goes, not by name
    assert column(tab.ui.actionTable, 3) == ["Planned", "In progress", "Done", "Dropped"]
    english.apply("tr")
    try:
        qtbot.waitUntil(lambda: column(tab.ui.actionTable, 3)[0] == "Planlandı")
        assert column(tab.ui.actionTable, 0) == ["C", "D", "A", "B"]
    finally:
        english.apply("en")
    for title, status in (("Done one", "done"), ("New one", "nominated"), ("Going", "approved")):
        project = cx.nominate_project(db, client.id, title)
        cx.update_project(db, project.id, status=status, note="board")
    board = shown_tab(qtbot, CxBoardTab(db), client, snap)
    board.show_kind("projects")
    page = board.projects_page
    page.ui.filterCombo.setCurrentIndex(page.ui.filterCombo.findData("all"))
    click_header(page.ui.projectTable, 3)
    assert column(page.ui.projectTable, 3) == ["Nominated", "Approved", "Done"]


def test_home_and_end_go_to_the_first_and_last_row_as_the_user_sees_them(
    qtbot, window, db, actions
):
    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    table = panel.ui.snapshotTable
    click_header(table, 2)  # by respondents: 2 (5 Jan), 9 (1 Mar), 10 (20 Nov)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert panel.current_snapshot_id() == snaps[0].id
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert panel.current_snapshot_id() == snaps[1].id
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_snapshot_id() == snaps[0].id  # Ctrl+Home as before
    tab, made = actions  # a list page: the same keys
    view = tab.ui.actionTable
    click_header(view, 1)  # by owner: Çağrı (B), Öz (D), Şule (A), Ülkü (C)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert selected_titles(tab) == ["Task C"]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert selected_titles(tab) == ["Task B"]


def test_after_a_delete_the_row_that_took_its_place_is_selected(qtbot, actions, db, modal):
    tab, made = actions
    table = tab.ui.actionTable
    click_header(table, 1)  # by owner: Çağrı (B), Öz (D), Şule (A), Ülkü (C)
    tab.select_id(made[3].id)  # Öz, the second row
    table.setFocus()
    modal.answer = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert column(table, 1) == ["Çağrı", "Şule", "Ülkü"]  # the order stays
    assert selected_titles(tab) == ["Task A"]  # the next row, not the first
    qtbot.keyClick(table, Qt.Key.Key_End)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the last row: the one above it
    assert selected_titles(tab) == ["Task A"]
    assert len(engagement.list_actions(db, made[0].client_id)) == 2


def test_a_snapshot_selected_again_after_the_filter_is_cleared_is_in_sight(
    qtbot, make_window, db, demo_db, english
):
    """A reset scrolls a list to its top: the newest snapshot, selected again once the
    filter is cleared, was left cut off under the table's edge (three rows high at
    1024×768)."""
    from csmm_desktop.services import demo

    window = make_window(english)  # the demo's four snapshots, the newest selected
    window.resize(1366, 768)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    panel, table = window.panel, window.panel.ui.snapshotTable
    newest = panel.current_snapshot_id()

    def in_sight() -> bool:
        row = [r.snap.id for r in panel.snapshot_model.shown_rows()].index(newest)
        return (
            table.viewport().rect().contains(table.visualRect(panel.snapshot_model.index(row, 0)))
        )

    qtbot.waitUntil(in_sight)  # once laid out
    box = window.findChild(FilterEdit, "snapshotTableFilter")
    QTest.keyClicks(box, "zzz")  # every snapshot hidden, the newest (selected) with them
    assert panel.current_snapshot_id() == ""
    qtbot.wait(200)  # the emptied table laid out: scrolled to its top
    box.clear()
    qtbot.wait(200)  # the table laid out again
    assert panel.current_snapshot_id() == newest and in_sight()
