"""Finish: what is missing is said in words the reader knows, and a respondent who
finishes sees a thank-you screen that only the consultant's PIN leaves."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from csmm_desktop.services import assessment, clients

PIN = "2468"


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-01")


@pytest.fixture
def wizard(qtbot, make_window, db, snapshot):
    window = make_window()
    window.reload_clients(select=snapshot.client_id)
    r = assessment.add_respondent(db, snapshot.id, "client")
    yield window.open_wizard(r.id)
    # the main window refreshes the scores a moment after the last answer: not after the
    # test's database is closed
    timer = window._refresh_timer
    qtbot.waitUntil(lambda: not isValid(timer) or not timer.isActive())


def hand_over(qtbot, wizard, modal):
    modal.new_pin_value = PIN
    qtbot.mouseClick(wizard.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert wizard.in_respondent_mode


def answer_all(wizard):
    for index in range(len(wizard.sections)):
        for widget in wizard.page(index).questions:
            if widget.needs_answer:
                widget.answer(widget.question.answer_choices()[0][0])


def test_the_consultant_reads_section_titles_and_questions(qtbot, wizard, modal):
    modal.choice = 0  # go to the first unanswered question
    wizard.finish()
    text, options = modal.chosen[-1]
    assert "2.3 Satın alma" not in text  # the app is in English
    assert "2.3  Purchasing experience: 48 unanswered" in text
    first = wizard.page(0).questions[0].question.text("en", "client")
    assert " ".join(first.split()[:4]) in text
    assert "2.1.1-1" not in text  # no question ids
    assert options == ["Go to the first unanswered question", "Finish anyway"]
    assert wizard.isVisible() and wizard.current_index() == 0
    assert wizard.page(0).questions[0].hasFocus()


def test_a_respondent_sees_counts_then_thanks_until_the_pin(qtbot, wizard, modal):
    hand_over(qtbot, wizard, modal)
    wizard.page(0).questions[1].answer("3")
    modal.choice = 0
    wizard.finish()
    text, options = modal.chosen[-1]
    assert "Seeking information: 17 unanswered" in text and "2.1" not in text
    assert "Where did you" not in text  # counts only, for a respondent
    assert options[0] == "Go to the first unanswered question"
    assert wizard.ui.screens.currentWidget() is wizard.ui.answerScreen
    assert wizard.page(0).questions[0].hasFocus()
    answer_all(wizard)
    qtbot.mouseClick(wizard.ui.finishButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.screens.currentWidget() is wizard.ui.thanksScreen
    assert wizard.ui.thanksTitle.text() == "Thank you!"
    assert "hand the laptop back to the consultant" in wizard.ui.thanksText.text()
    assert not wizard.ui.sectionList.isVisible() and not wizard.ui.backButton.isVisible()
    for keys in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_1):
        QTest.keyClick(wizard, keys, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(wizard, keys)
    assert wizard.ui.screens.currentWidget() is wizard.ui.thanksScreen
    modal.pins = ["1111"]  # a wrong PIN: the thanks stay
    qtbot.mouseClick(wizard.ui.consultantButton, Qt.MouseButton.LeftButton)
    assert wizard.in_respondent_mode and wizard.ui.screens.currentWidget() is wizard.ui.thanksScreen
    modal.pins = [PIN]
    qtbot.mouseClick(wizard.ui.consultantButton, Qt.MouseButton.LeftButton)
    assert not wizard.in_respondent_mode
    assert wizard.ui.screens.currentWidget() is wizard.ui.answerScreen
    assert wizard.isVisible()  # the consultant sees the answers and closes it


def test_finish_anyway_in_respondent_mode_thanks_too(qtbot, wizard, modal):
    hand_over(qtbot, wizard, modal)
    modal.choice = 1  # finish anyway
    wizard.finish()
    assert wizard.ui.screens.currentWidget() is wizard.ui.thanksScreen
    assert wizard.isVisible() and wizard.in_respondent_mode
