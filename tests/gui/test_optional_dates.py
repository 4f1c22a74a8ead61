"""An optional date that is off shows nothing (not "01/01/2000", nor a date that is not
stored); turned on it shows the proposed date, and turned off again it is blank again."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.action_dialog import ActionDialog
from csmm_desktop.views.engagement.workshops_tab import WorkshopsTab


def test_the_action_due_date_is_blank_until_its_box_is_ticked(qtbot):
    dialog = ActionDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    check, edit = dialog.ui.dueCheck, dialog.ui.dueEdit
    assert not check.isChecked() and not edit.isEnabled()
    assert edit.text().strip() == ""  # nothing shown, nothing stored
    assert dialog.values()["due_date"] == ""
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    proposed = QDate.currentDate().addMonths(1)
    assert check.isChecked() and edit.isEnabled()
    assert edit.text() == formatting.date(proposed.toString("yyyy-MM-dd"))
    edit.setDate(QDate(2026, 5, 15))  # the user's date
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    assert edit.text().strip() == "" and dialog.values()["due_date"] == ""
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    assert dialog.values()["due_date"] == "2026-05-15"  # back as the user left it


def test_a_workshop_decisions_due_date_is_blank_until_ticked(qtbot, db, modal):
    from csmm_desktop.services import clients, engagement

    client = clients.create_client(db, "Çınar Market")
    snap = clients.create_snapshot(db, client.id, "measured", "2026-06-29")
    engagement.add_workshop(db, snap.id, "2026-07-02", agenda="KPI")
    tab = WorkshopsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_context(client.id, snap.id)
    assert not tab.dueCheck.isChecked() and tab.dueEdit.text().strip() == ""
    tab.dueCheck.setChecked(True)
    assert tab.dueEdit.text() == formatting.date("2026-08-01")  # proposed: 30 days on
