"""Help: F1 opens the user guide in the UI's language at the screen in front, Help →
Keyboard Shortcuts lists every key, the first start welcomes, and "Add demo client" is
there only while the demo client is not."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from csmm_desktop.services import assessment, clients
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.views.help import HelpWindow
from csmm_desktop.views.report_dialog import ReportDialog


def activate(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def press_f1(qtbot, window, widget=None):
    """F1 as the user presses it, in `widget` (default: the main window); the guide shown."""
    widget = widget or window
    activate(qtbot, widget.window())
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    guide = window.help.help_window
    assert guide is not None and guide.isVisible()
    return guide


def test_f1_opens_the_guide_in_english_and_in_turkish_after_a_switch(qtbot, make_window, language):
    window = make_window(language)
    guide = press_f1(qtbot, window)
    assert guide.heading() == "Getting started"  # no client yet: the first steps
    assert guide.pageList.currentItem().text() == "Getting started"
    assert guide.backButton.text() == "< Back"

    window.ui.actionTurkish.trigger()
    # the open guide follows the switch: the same page, in Turkish
    qtbot.waitUntil(lambda: guide.heading() == "İlk adımlar")
    assert guide.pageList.item(0).text() == "CSMM Desktop kullanım kılavuzu"
    guide.close()
    guide = press_f1(qtbot, window)
    assert guide.heading() == "İlk adımlar"
    assert "Yeni kurum…" in guide.browser.toPlainText()  # the menu's own Turkish label

    guide.homeButton.click()
    assert guide.heading() == "CSMM Desktop kullanım kılavuzu"
    guide.backButton.click()
    assert guide.heading() == "İlk adımlar"


def test_f1_opens_the_page_of_the_tab_in_front(qtbot, window, db):
    window.add_demo()
    tabs = window.panel.ui.tabs
    for title, page, heading in (
        ("KPIs", "engagement.html#kpis", "The engagement tabs"),
        ("Action plan", "engagement.html#actions", "The engagement tabs"),
        ("Dashboard", "dashboard.html", "The dashboard and presentation mode"),
        ("Snapshots", "getting-started.html#snapshot", "Getting started"),
        ("CX board", "cxboard.html#nps", "The CX board"),
    ):
        [index] = [i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title]
        tabs.setCurrentIndex(index)
        guide = press_f1(qtbot, window)
        assert (guide.page, guide.heading()) == (page, heading), title


def test_f1_in_the_wizard_opens_the_wizard_page_but_not_in_respondent_mode(
    qtbot, window, db, modal
):
    client = clients.create_client(db, "Acme")
    snapshot = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    respondent = assessment.add_respondent(db, snapshot.id, "employee", "Ayşe")
    window.reload_clients(select=client.id)
    wizard = window.open_wizard(respondent.id)
    qtbot.addWidget(wizard)
    guide = press_f1(qtbot, window, wizard)
    assert (guide.page, guide.heading()) == ("wizard.html", "The assessment wizard")
    assert "Hand over to respondent…" in guide.browser.toPlainText()
    guide.close()

    modal.new_pin_value = "2468"
    wizard.hand_over()
    assert wizard.in_respondent_mode
    activate(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    assert not guide.isVisible()  # the respondent finds no way out through the guide


def test_f1_in_the_report_dialog_opens_the_reports_page(qtbot, window, db, monkeypatch):
    client = clients.create_client(db, "Acme")
    clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    window.reload_clients(select=client.id)
    seen = []

    def exec_(dialog):  # as exec() shows it: modal, the main window's keys blocked
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        activate(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        guide = dialog.findChild(HelpWindow)
        seen.append((guide.isVisible(), guide.heading()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    window.ui.actionExportReport.trigger()
    assert seen == [(True, "Reports")]


def test_the_shortcuts_dialog_lists_the_menus_and_the_wizards_keys(qtbot, make_window, language):
    window = make_window(language)
    [action] = [a for a in window.ui.menuHelp.actions() if a.text() == "&Keyboard Shortcuts"]
    action.trigger()
    dialog = window.help.shortcuts
    assert dialog.isVisible()

    def shown():
        table = dialog.table
        return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]

    rows = shown()
    assert ("Main window", "Ctrl+N", "New Client") in rows
    assert ("Main window", "Ctrl+Shift+N", "New Snapshot") in rows
    assert ("Main window", "F1", "User Guide") in rows
    assert ("Assessment wizard", "Ctrl+U", "Next unanswered question") in rows
    assert ("Assessment wizard", "F11", "Workshop mode on / off") in rows
    assert ("Presentation mode", "Esc", "Leave presentation mode") in rows
    assert ("Dashboard", "F5", "Present the charts full screen") in rows

    window.ui.actionTurkish.trigger()
    qtbot.waitUntil(lambda: ("Main window", "Ctrl+N", "New Client") not in shown())
    assert any(keys == "Ctrl+N" and does == "Yeni kurum" for _w, keys, does in shown())


def test_the_welcome_shows_on_a_fresh_settings_file_until_dismissed(qtbot, make_window, settings):
    window = make_window()
    welcome = window.help.welcome
    assert welcome.isVisible()
    assert "Welcome to CSMM Desktop" in welcome.text.text()
    assert "Add demo client" in welcome.text.text()
    welcome.guideButton.click()
    assert window.help.help_window.isVisible()
    window.help.help_window.close()

    qtbot.mouseClick(welcome.dismissButton, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    window.close()

    again = make_window()  # the next start on the same data folder
    assert not again.help.welcome.isVisible()


def test_add_demo_client_is_hidden_while_the_demo_client_is_there(qtbot, window, db, modal):
    assert window.ui.demoButton.isVisible()
    assert window.ui.actionAddDemo.isVisible()

    qtbot.mouseClick(window.ui.demoButton, Qt.MouseButton.LeftButton)
    assert window.current_client_id() == DEMO_CLIENT_ID
    assert not window.ui.demoButton.isVisible()
    assert not window.ui.actionAddDemo.isVisible()
    assert "Add demo client" not in window.help.welcome.text.text()

    modal.answer = True
    window.ui.actionDeleteClient.trigger()
    assert not clients.list_clients(db)
    assert window.ui.demoButton.isVisible()
    assert window.ui.actionAddDemo.isVisible()


def test_the_demo_button_stays_hidden_when_the_app_opens_with_the_demo_client(make_window, db):
    from csmm_desktop.services import demo

    demo.add_demo(db)
    window = make_window()
    assert not window.ui.demoButton.isVisible()
    assert not window.ui.actionAddDemo.isVisible()


def test_find_in_the_guide_selects_the_word_or_says_it_is_not_there(qtbot, window):
    guide = press_f1(qtbot, window)
    activate(qtbot, guide)
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.findEdit.hasFocus()
    qtbot.keyClicks(guide.findEdit, "snapshot")
    qtbot.keyClick(guide.findEdit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText().lower() == "snapshot"
    assert guide.findStatus.text() == ""
    guide.findEdit.setText("zzqx")
    qtbot.keyClick(guide.findEdit, Qt.Key.Key_Return)
    assert guide.findStatus.text() == "Not found"
