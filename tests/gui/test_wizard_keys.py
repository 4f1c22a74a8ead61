"""Answering by keyboard has no traps: a key that is no answer says which keys are, Enter
does not silently leave a question unanswered, every button shows its key, and a click on
the page or its scrollbar does not take the keys away from the questions."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csmm_desktop.services import assessment, clients
from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-01")


def open_wizard(qtbot, db, snapshot, role):
    r = assessment.add_respondent(db, snapshot.id, role)
    wizard = AssessmentWindow(db, r.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard, r


def key(k, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(QApplication.focusWidget(), k, modifier)


def shown(label) -> str:
    return label.text() if label is not None and label.isVisibleTo(label.window()) else ""


def test_a_key_that_is_no_answer_says_which_keys_are(qtbot, db, snapshot):
    wizard, r = open_wizard(qtbot, db, snapshot, "client")
    page = wizard.page(0)
    page.focus_question(1)
    widget = page.questions[1]  # 1-5
    key(Qt.Key.Key_7)
    assert assessment.answers_of(db, r.id) == {}
    assert shown(widget.key_hint) == "Choose 1–5, N for N/A"
    key(Qt.Key.Key_4)
    assert assessment.answers_of(db, r.id) == {widget.question.id: "4"}
    assert shown(widget.key_hint) == ""  # answered: the hint goes


def test_enter_on_an_unanswered_question_asks_for_a_second_enter(qtbot, db, snapshot):
    wizard, r = open_wizard(qtbot, db, snapshot, "client")
    page = wizard.page(0)
    page.focus_question(0)
    key(Qt.Key.Key_Return)
    assert page.current_index() == 0  # not moved on silently
    assert "Enter again" in shown(page.questions[0].key_hint)
    key(Qt.Key.Key_Return)  # the consultant insists
    assert page.current_index() == 1
    key(Qt.Key.Key_3)
    key(Qt.Key.Key_Return)  # answered: Enter goes on at once
    assert page.current_index() == 2


def test_every_button_shows_its_key(qtbot, db, snapshot):
    wizard, _r = open_wizard(qtbot, db, snapshot, "management")
    wizard.resize(1366, 768)
    texts = {}
    for index in range(len(wizard.sections)):
        for widget in wizard.page(index).questions:
            for value, button in widget.buttons.items():
                texts.setdefault(widget.question.scale.key, {})[value] = button.text()
    one_line = {v: t.replace("\n", " ") for v, t in texts["yes_partial_no"].items()}
    assert [one_line[v] for v in ("yes", "partly", "no")] == ["1 Yes", "2 Partly", "3 No"]
    assert texts["agree5"]["1"].replace("\n", " ") == "1 Strongly disagree"
    client, _ = open_wizard(qtbot, db, snapshot, "client")
    choice = next(w for w in client.page(0).questions if w.question.scale.kind == "choice")
    labels = [b.text().replace("\n", " ") for v, b in choice.buttons.items() if v != "na"]
    assert all(label.startswith(f"{n} ") for n, label in enumerate(labels, 1)), labels


def test_a_click_on_the_page_or_its_scrollbar_keeps_the_keys(qtbot, db, snapshot):
    wizard, r = open_wizard(qtbot, db, snapshot, "client")
    wizard.show_section(2)  # the long page: it scrolls
    page = wizard.page(2)
    page.focus_question(1)
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    bar = page.verticalScrollBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 5))
    key(Qt.Key.Key_2)
    widget = page.questions[1]
    assert assessment.answers_of(db, r.id) == {
        widget.question.id: widget.question.answer_choices()[1][0]
    }
    qtbot.mouseClick(page.title_label, Qt.MouseButton.LeftButton)  # the page's heading
    key(Qt.Key.Key_5)
    assert assessment.answers_of(db, r.id)[widget.question.id] == "5"
    qtbot.mouseClick(wizard.ui.workshopButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.ui.workshopButton, Qt.MouseButton.LeftButton)
    QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_1)
    assert assessment.answers_of(db, r.id)[widget.question.id] == "1"
