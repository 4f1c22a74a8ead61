"""Respondent mode is a real lock: only the handed-over wizard is on screen, the other
windows' messages wait for the consultant, and the PIN (digits, typed twice when set)
slows down wrong guesses."""

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog

from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.views import dialogs
from csmm_desktop.views.report_dialog import ReportDialog
from csmm_desktop.views.wizard.pin_dialog import PinDialog

PIN = "2468"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-01")


@pytest.fixture
def window(make_window, snapshot):
    window = make_window()
    window.reload_clients(select=snapshot.client_id)
    return window


def wizard_of(window, db, snapshot, role="client"):
    return window.open_wizard(assessment.add_respondent(db, snapshot.id, role).id)


def hand_over(qtbot, wizard, modal):
    modal.new_pin_value = PIN
    qtbot.mouseClick(wizard.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert wizard.in_respondent_mode


def leave(qtbot, wizard, modal, pin=PIN):
    modal.pins = [pin]
    qtbot.mouseClick(wizard.ui.consultantButton, Qt.MouseButton.LeftButton)


def test_every_other_window_is_hidden_then_exactly_those_come_back(
    qtbot, window, db, snapshot, modal
):
    mine = wizard_of(window, db, snapshot)
    other = wizard_of(window, db, snapshot, "employee")  # another respondent's wizard
    progress = QProgressDialog(window)  # a background job's progress
    progress.show()
    finishing = QDialog(window)
    finishing.show()
    for w in (mine, other, progress, finishing):
        qtbot.waitExposed(w)
    hand_over(qtbot, mine, modal)
    assert mine.isVisible() and mine.isFullScreen()
    assert not any(w.isVisible() for w in (window, other, progress, finishing))
    late = QDialog(window)  # a window that shows itself meanwhile is put away too
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    finishing.close()  # closed by its own code meanwhile: it stays closed
    leave(qtbot, mine, modal)
    assert not mine.in_respondent_mode and not mine.isFullScreen()
    assert all(w.isVisible() for w in (window, other, progress, late))
    assert not finishing.isVisible()
    assert dialogs.kiosk() is None


def test_other_windows_messages_wait_for_the_pin(qtbot, window, db, snapshot, modal, tmp_path):
    mine = wizard_of(window, db, snapshot)
    hand_over(qtbot, mine, modal)
    dialogs.inform(window, "Back up now", "A copy of all your data was saved.")
    dialogs.warn(None, "Import responses", "Row 3 is not valid.")
    assert dialogs.ask(window, "Delete client", "Delete?", confirm="Delete") is False
    assert modal.informed == [] and modal.warned == [] and modal.asked == []
    assert dialogs.held_back() == 2
    mine.finish()  # the kiosk's own questions are shown at once
    assert len(modal.chosen) == 1 and "no answer yet" in modal.chosen[0][0]
    leave(qtbot, mine, modal)
    qtbot.waitUntil(lambda: bool(modal.warned))
    assert modal.informed == ["A copy of all your data was saved."]
    assert modal.warned == ["Row 3 is not valid."] and modal.asked == []


def test_a_finished_report_waits_and_can_still_be_opened(
    qtbot, make_window, db, demo_db, modal, tmp_path, monkeypatch
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    mine = wizard_of(window, db, snapshot)
    out = tmp_path / "report.pdf"

    def exec_(dialog):
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    opened = []
    monkeypatch.setattr(
        "csmm_desktop.views.external.show", lambda parent, path, title: opened.append(str(path))
    )
    modal.choice = 0  # "Open the file"
    export = window.export_report()  # runs in the background, its progress on screen
    mine.raise_()
    mine.activateWindow()
    progress = export.dialog
    hand_over(qtbot, mine, modal)
    assert not progress.isVisible() and not window.isVisible()
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert out.exists() and modal.chosen == [] and opened == []  # nothing over the kiosk
    assert export.dialog is None  # the finished progress is closed for good
    leave(qtbot, mine, modal)
    qtbot.waitUntil(lambda: bool(modal.chosen))
    assert modal.chosen[0][1][0] == "Open the file" and opened == [str(out)]
    assert window.isVisible() and export.dialog is None  # the finished progress stays shut
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_wrong_pins_make_the_next_try_wait_longer(qtbot, window, db, snapshot, modal, caplog):
    mine = wizard_of(window, db, snapshot)
    clock = Clock()
    mine.clock = clock
    hand_over(qtbot, mine, modal)
    caplog.set_level(logging.WARNING)
    button = mine.ui.consultantButton
    for pin in ("1111", "2222"):
        leave(qtbot, mine, modal, pin)
        assert modal.warned[-1] == "That PIN is not right." and button.isEnabled()
    leave(qtbot, mine, modal, "3333")  # the third wrong PIN: a wait of 2 s
    assert "Wait 2 seconds" in modal.warned[-1]
    assert not button.isEnabled() and button.text() == "Consultant… (wait 2 s)"
    prompts = len(modal.pin_prompts)
    modal.pins = [PIN]
    mine.close()  # Alt+F4 during the wait: no PIN asked, still locked
    QTest.keyClick(mine, Qt.Key.Key_Escape)
    assert len(modal.pin_prompts) == prompts and mine.isVisible() and mine.in_respondent_mode
    clock.now += 1.2
    mine.respondent_mode.countdown.timeout.emit()
    assert button.text() == "Consultant… (wait 1 s)" and not button.isEnabled()
    clock.now += 1.0
    mine.respondent_mode.countdown.timeout.emit()
    assert button.isEnabled() and button.text() == "Consultant…"
    leave(qtbot, mine, modal, "4444")  # the fourth: 4 s
    assert "Wait 4 seconds" in modal.warned[-1] and not button.isEnabled()
    clock.now += 4.0
    mine.respondent_mode.countdown.timeout.emit()
    leave(qtbot, mine, modal)  # the right PIN, asked once
    assert not mine.in_respondent_mode and window.isVisible()
    assert len(modal.pin_prompts) == prompts + 2
    failures = [r for r in caplog.records if "Wrong consultant PIN" in r.getMessage()]
    assert [r.levelno for r in failures] == [logging.WARNING] * 4
    assert not any(p in r.getMessage() for r in caplog.records for p in ("1111", "3333", PIN))


def test_the_pin_dialog_takes_digits_typed_twice(qtbot):
    dialog = PinDialog(None, "Hand over", "Choose a PIN.", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.pinEdit, "12ab3-4")
    assert dialog.pinEdit.text() == "1234" and not ok.isEnabled()
    qtbot.keyClicks(dialog.againEdit, "1235")
    assert not ok.isEnabled() and dialog.hintLabel.text() == "The two PINs are not the same."
    QTest.keyClick(dialog.againEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.againEdit, "4")
    assert ok.isEnabled() and dialog.pin() == "1234"
    dialog.pinEdit.clear()
    qtbot.keyClicks(dialog.pinEdit, "123")
    assert not ok.isEnabled() and dialog.pin() == ""
    assert dialog.hintLabel.text() == "4 to 12 digits."
    qtbot.keyClicks(dialog.pinEdit, "4567890123456")
    assert dialog.pinEdit.text() == "123456789012"  # 12 at most
    entry = PinDialog(None, "Consultant", "Enter the PIN.", confirm=False)
    qtbot.addWidget(entry)
    assert not entry.againEdit.isVisibleTo(entry)
    qtbot.keyClicks(entry.pinEdit, "9876")
    assert entry.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_pin_that_is_not_digits_is_refused(qtbot, window, db, snapshot, modal):
    mine = wizard_of(window, db, snapshot)
    modal.new_pin_value = "12ab"
    qtbot.mouseClick(mine.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert not mine.in_respondent_mode and window.isVisible()
    assert modal.warned == ["The PIN needs 4 to 12 digits."]


def test_no_workshop_key_while_a_respondent_holds_it(qtbot, window, db, snapshot, modal):
    mine = wizard_of(window, db, snapshot)
    assert "F11" in mine.ui.hintLabel.text()
    hand_over(qtbot, mine, modal)
    assert "F11" not in mine.ui.hintLabel.text()
    QTest.keyClick(mine, Qt.Key.Key_F11)
    assert not mine.ui.workshopButton.isChecked() and mine.isFullScreen()
    leave(qtbot, mine, modal)
    assert "F11" in mine.ui.hintLabel.text()


def test_a_kiosk_window_destroyed_gives_the_windows_back(qtbot, window, db, snapshot, modal):
    mine = wizard_of(window, db, snapshot)
    hand_over(qtbot, mine, modal)
    dialogs.inform(window, "Back up now", "Saved.")
    assert not window.isVisible()
    mine.deleteLater()  # never leave the consultant locked out of the app
    qtbot.waitUntil(window.isVisible)
    qtbot.waitUntil(lambda: modal.informed == ["Saved."])
    assert dialogs.kiosk() is None
