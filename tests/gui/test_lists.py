"""The lists as a user works them: a click on a column sorts it (numbers and dates in
their order, not their text's), typing in the filter box hides the other rows, the
respondents' role and status filters, and bulk delete (to the Trash, Ctrl+Z) and rename."""

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from csmm_desktop.domain.form import load_form
from csmm_desktop.services import assessment, clients
from csmm_desktop.store.undo import trash_entries
from csmm_desktop.views.roles import ID_ROLE


def click_header(table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def column(table, col):
    """The texts of a column as shown: the view's model's rows (a filter leaves rows out)."""
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def shown(table, col=0):
    return column(table, col)


def answer_all(db, respondent, share=1.0):
    snap = assessment.get_snapshot(db, respondent.snapshot_id)
    questions = [q for q in load_form(snap.form_version).questions_for(respondent.role) if q.scored]
    for q in questions[: max(1, int(len(questions) * share))]:
        assessment.set_answer(db, respondent.id, q.id, q.scale.values[-1].value)


def client_with_snapshots(db, window):
    client = clients.create_client(db, "Güneş Enerji")
    made = []
    # respondents 2, 10 and 9: as text "10" < "2" < "9"; dates as text "1 Mar" < "20 Nov"
    for when, count in (("2026-01-05", 2), ("2025-11-20", 10), ("2026-03-01", 9)):
        snap = clients.create_snapshot(db, client.id, "initial", when)
        for i in range(count):
            assessment.add_respondent(db, snap.id, "employee", f"E{i}")
        made.append(snap)
    window.reload_clients(select=client.id)
    return client, made


def test_a_click_on_a_column_sorts_numbers_and_dates_as_such(qtbot, window, db):
    client_with_snapshots(db, window)
    table = window.panel.ui.snapshotTable
    click_header(table, 2)  # Respondents
    assert column(table, 2) == ["2", "9", "10"]
    click_header(table, 2)  # again: the other way
    assert column(table, 2) == ["10", "9", "2"]
    click_header(table, 1)  # Date
    assert column(table, 1) == ["20 Nov 2025", "5 Jan 2026", "1 Mar 2026"]
    # the selection follows its row: the panel shows the selected snapshot's respondents
    table.selectRow(0)
    assert window.panel.ui.respondentTable.model().rowCount() == 10


def test_typing_in_the_filter_box_hides_the_other_rows(qtbot, window, db):
    client, snaps = client_with_snapshots(db, window)
    table = window.panel.ui.respondentTable
    snap = snaps[0]
    assessment.rename_respondent(db, assessment.list_respondents(db, snap.id)[0].id, "Ayşe", "")
    window.panel.refresh(select_snapshot=snap.id)
    box = window.panel.respondentFilter
    assert box.isVisible()
    QTest.keyClicks(box, "ayse")  # accent- and case-insensitive
    assert shown(table) == ["Ayşe"]
    box.clear()
    assert len(shown(table)) == 2
    snapshot_box = window.findChild(type(box), "snapshotTableFilter")
    QTest.keyClicks(snapshot_box, "nov")
    assert shown(window.panel.ui.snapshotTable, 1) == ["20 Nov 2025"]


def test_respondents_show_a_status_and_filter_by_role_and_status(qtbot, window, db):
    client = clients.create_client(db, "Yıldız")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    fresh = assessment.add_respondent(db, snap.id, "employee", "Fresh")
    half = assessment.add_respondent(db, snap.id, "employee", "Half")
    done = assessment.add_respondent(db, snap.id, "management", "Done")
    answer_all(db, half, 0.5)
    answer_all(db, done)
    window.reload_clients(select=client.id)
    panel = window.panel
    table = panel.ui.respondentTable
    statuses = dict(zip(column(table, 0), column(table, 2), strict=True))
    assert statuses == {"Fresh": "Not started", "Half": "In progress", "Done": "Finished"}
    panel.roleFilter.setCurrentIndex(panel.roleFilter.findData("employee"))
    assert shown(table) == ["Fresh", "Half"]
    panel.statusFilter.setCurrentIndex(panel.statusFilter.findData("in_progress"))
    assert shown(table) == ["Half"]
    panel.roleFilter.setCurrentIndex(0)  # all roles
    panel.statusFilter.setCurrentIndex(panel.statusFilter.findData("finished"))
    assert shown(table) == ["Done"]
    click_header(table, 2)  # by status: not started, in progress, finished
    panel.statusFilter.setCurrentIndex(0)
    assert shown(table) == ["Fresh", "Half", "Done"]
    assert fresh.id  # (the fresh one is shown, not started)


def select_rows(table, rows):
    model = table.selectionModel()
    model.clearSelection()
    for r in rows:
        model.select(
            table.model().index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_bulk_delete_asks_once_goes_to_the_trash_and_ctrl_z_restores(qtbot, window, db, modal):
    client, snaps = client_with_snapshots(db, window)
    window.panel.refresh(select_snapshot=snaps[2].id)  # 9 respondents
    table = window.panel.ui.respondentTable
    select_rows(table, [0, 1, 2])
    assert not window.panel.ui.openRespondentButton.isEnabled()  # open acts on one
    modal.answer = True
    QTest.mouseClick(window.panel.ui.deleteRespondentButton, Qt.MouseButton.LeftButton)
    assert len(modal.asked) == 1 and "3 selected respondent" in modal.asked[0]
    assert len(assessment.list_respondents(db, snaps[2].id)) == 6
    assert table.model().rowCount() == 6
    assert len(trash_entries(db)) == 1  # one entry keeps the three
    window.activateWindow()
    QTest.keySequence(window, QKeySequence("Ctrl+Z"))
    assert len(assessment.list_respondents(db, snaps[2].id)) == 9


def test_bulk_rename_names_the_selected_with_a_prefix_and_number(qtbot, window, db, modal):
    client, snaps = client_with_snapshots(db, window)
    window.panel.refresh(select_snapshot=snaps[0].id)
    table = window.panel.ui.respondentTable
    select_rows(table, [0, 1])
    modal.text_value = "Team"
    QTest.mouseClick(window.panel.ui.editRespondentButton, Qt.MouseButton.LeftButton)
    names = sorted(r.name for r in assessment.list_respondents(db, snaps[0].id))
    assert names == ["Team 1", "Team 2"]


def test_dates_and_months_written_as_text_sort_in_date_order(qtbot):
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    from csmm_desktop.views.filter_box import filter_box_above
    from csmm_desktop.views.rows_model import Column, RowsModel, show_rows
    from csmm_desktop.views.sort_keys import text_key

    page = QWidget()
    qtbot.addWidget(page)
    table = QTableView(page)
    table.setObjectName("table")
    QVBoxLayout(page).addWidget(table)
    # columns without a key: their texts are read (views/sort_keys.py text_key)
    columns = [Column(lambda c=c: f"C{c}", lambda r, c=c: r[c]) for c in range(3)]
    model = show_rows(table, RowsModel(columns, lambda r: r[0]))
    filter_box_above(table).textChanged.connect(model.set_text)
    model.set_rows(
        [
            ("Jun 2026", "09.02.2026", "9 Feb 2026 14:03"),
            ("Sep 2026", "10.01.2026", "9 Feb 2026 09:30"),
            ("Aug 2026", "01.12.2025", "—"),
            ("Jul 2026", "28.02.2026", "12 Jan 2026 10:00"),
        ]
    )
    page.resize(700, 400)
    page.show()
    click_header(table, 0)
    assert column(table, 0) == ["Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026"]
    click_header(table, 1)
    assert column(table, 1) == ["01.12.2025", "10.01.2026", "09.02.2026", "28.02.2026"]
    click_header(table, 2)  # the missing one last
    assert column(table, 2) == ["12 Jan 2026 10:00", "9 Feb 2026 09:30", "9 Feb 2026 14:03", "—"]
    click_header(table, 2)  # descending: the missing one still last
    assert column(table, 2)[0] == "9 Feb 2026 14:03" and column(table, 2)[-1] == "—"
    box = page.findChild(QWidget, "tableFilter")
    assert box is not None
    QTest.keyClicks(box, "feb")
    assert shown(table, 2) == ["9 Feb 2026 14:03", "9 Feb 2026 09:30"]
    assert text_key("Ocak 2026") < text_key("Şubat 2026")  # Turkish month names too


def test_the_users_order_stays_after_a_refresh(qtbot, window, db):
    client, snaps = client_with_snapshots(db, window)
    table = window.panel.ui.snapshotTable
    click_header(table, 2)
    click_header(table, 2)  # respondents, most first
    assert column(table, 2) == ["10", "9", "2"]
    window.panel.refresh()  # e.g. after an edit: refilled in the stored order…
    qtbot.waitUntil(lambda: column(table, 2) == ["10", "9", "2"])  # …and sorted again


def test_the_respondent_list_is_filled_once_per_change(qtbot, window, db, modal):
    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    model = panel.respondent_model
    fills = model.fills
    table = panel.ui.snapshotTable
    first = table.model().index(0, 0)
    rect = table.visualRect(first)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_snapshot_id() == first.data(ID_ROLE) != snaps[2].id
    assert model.fills == fills + 1  # a click on a snapshot: its respondents, once
    panel.refresh()  # after an edit elsewhere
    assert model.fills == fills + 2
    respondents = panel.ui.respondentTable
    count = model.rowCount()
    select_rows(respondents, [0])
    modal.answer = True
    QTest.mouseClick(panel.ui.deleteRespondentButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == count - 1 and model.fills == fills + 3  # shown again, once


def test_the_respondents_sort_filter_copy_and_open_as_a_list_does(qtbot, window, db, monkeypatch):
    from PySide6.QtWidgets import QApplication

    client = clients.create_client(db, "Yıldız")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    for name in ("Zeynep", "Çağrı", "Ali", "Can"):
        assessment.add_respondent(db, snap.id, "employee", name)
    window.reload_clients(select=client.id)
    panel = window.panel
    table = panel.ui.respondentTable
    click_header(table, 0)
    assert column(table, 0) == ["Ali", "Can", "Çağrı", "Zeynep"]  # the Turkish alphabet
    click_header(table, 0)
    assert column(table, 0) == ["Zeynep", "Çağrı", "Can", "Ali"]
    select_rows(table, [1])
    cagri = [r.id for r in assessment.list_respondents(db, snap.id) if r.name == "Çağrı"]
    assert panel.selected_respondent_ids() == cagri
    panel.refresh()  # refilled: the user's order stays
    assert column(table, 0) == ["Zeynep", "Çağrı", "Can", "Ali"]
    QTest.keyClicks(panel.respondentFilter, "ca")  # Can, Çağrı (accents folded)
    assert shown(table) == ["Çağrı", "Can"]
    assert panel.selected_respondent_ids() == cagri  # still selected, as it is still shown
    table.setFocus()
    select_rows(table, [0, 1])
    qtbot.waitUntil(lambda: bool(table.property("csmmCopyRows")))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Respondent", "Role", "Status"]
    assert [line.split("\t")[0] for line in lines[1:]] == ["Çağrı", "Can"]
    opened = []
    monkeypatch.setattr(window, "open_wizard", opened.append)
    rect = table.visualRect(table.model().index(1, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_respondent_ids() == [opened[0]]  # a double click opens it
    qtbot.keyClick(table, Qt.Key.Key_Return)  # and Enter
    assert opened[1] == opened[0]
    assert len(opened) == 2 and opened[0] == panel.current_respondent_id()


def test_the_snapshot_table_keys_move_open_and_delete(qtbot, window, db, modal, monkeypatch):
    from csmm_desktop.views.snapshot_dialog import SnapshotDialog

    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    table = panel.ui.snapshotTable
    assert window.ui.actionEditSnapshot in table.actions()  # its context menu
    click_header(table, 2)  # by respondents: 2 (5 Jan), 9 (1 Mar), 10 (20 Nov)
    panel.refresh(select_snapshot=snaps[0].id)
    assert table.currentIndex().row() == 0 and panel.respondent_model.rowCount() == 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the keyboard moves the selection…
    assert panel.current_snapshot_id() == snaps[2].id
    assert panel.respondent_model.rowCount() == 9  # …and the respondents follow
    assert panel.ui.editSnapshotButton.isEnabled()
    opened = []

    def exec_(dialog):
        opened.append(dialog.ui.dateEdit.date().toString("yyyy-MM-dd"))
        return 0

    monkeypatch.setattr(SnapshotDialog, "exec", exec_)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter opens the selected snapshot
    assert opened == ["2026-03-01"]
    rect = table.visualRect(table.model().index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["2026-03-01", "2025-11-20"]  # a double click opens the row clicked
    assert panel.current_snapshot_id() == snaps[1].id
    modal.answer = False
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Delete asks first
    assert len(modal.asked) == 1 and len(clients.list_snapshots(db, client.id)) == 3
    modal.answer = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.id for s in clients.list_snapshots(db, client.id)] == [snaps[0].id, snaps[2].id]
    assert column(table, 2) == ["2", "9"]  # the user's order stays


def test_a_refresh_keeps_the_order_and_the_selected_snapshot_at_once(qtbot, window, db):
    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    table = panel.ui.snapshotTable
    click_header(table, 1)
    click_header(table, 1)  # by date, newest first: 1 Mar 2026, 5 Jan 2026, 20 Nov 2025
    table.selectRow(2)
    assert panel.current_snapshot_id() == snaps[1].id
    seen = []
    panel.snapshotSelected.connect(seen.append)
    panel.refresh()  # after an edit: no turn of the event loop needed (the model sorts)
    assert column(table, 1) == ["1 Mar 2026", "5 Jan 2026", "20 Nov 2025"]
    assert table.currentIndex().row() == 2 and panel.current_snapshot_id() == snaps[1].id
    assert seen == [snaps[1].id]  # told once
    assert panel.respondent_model.rowCount() == 10


def test_a_filter_hiding_the_selected_snapshot_leaves_none_selected(qtbot, window, db):
    from csmm_desktop.views.filter_box import FilterEdit

    client, snaps = client_with_snapshots(db, window)
    panel = window.panel
    table = panel.ui.snapshotTable
    panel.refresh(select_snapshot=snaps[2].id)  # 1 Mar 2026, 9 respondents
    box = window.findChild(FilterEdit, "snapshotTableFilter")
    QTest.keyClicks(box, "nov")  # only 20 Nov 2025 is shown
    assert column(table, 1) == ["20 Nov 2025"]
    assert panel.current_snapshot_id() == ""  # a hidden snapshot is not edited or deleted
    assert not panel.ui.deleteSnapshotButton.isEnabled()
    assert panel.respondent_model.rowCount() == 0
    table.selectRow(0)
    assert panel.current_snapshot_id() == snaps[1].id
    assert panel.respondent_model.rowCount() == 10
    box.clear()  # every snapshot again: the picked one stays picked
    assert len(column(table, 1)) == 3 and panel.current_snapshot_id() == snaps[1].id
    assert panel.respondent_model.rowCount() == 10
