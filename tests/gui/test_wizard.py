import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment, clients
from csmm_desktop.views.wizard.assessment_window import AssessmentWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-01")


def open_wizard(qtbot, db, respondent_id):
    wizard = AssessmentWindow(db, respondent_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # keyboard focus needs the active window
    return wizard


def stored(db, respondent_id):
    return assessment.answers_of(db, respondent_id)


def test_pages_follow_the_role(qtbot, db, snapshot):
    for role, sections in (
        ("management", ["1.1", "1.2", "1.3"]),
        ("employee", ["1.2"]),
        ("client", ["2.1", "2.2", "2.3", "2.4"]),
    ):
        r = assessment.add_respondent(db, snapshot.id, role)
        wizard = open_wizard(qtbot, db, r.id)
        assert [s.id for s in wizard.sections] == sections
        assert wizard.ui.sectionList.count() == len(sections)


def test_answer_a_section_by_mouse_saving_each_answer(qtbot, db, snapshot):
    r = assessment.add_respondent(db, snapshot.id, "employee")
    wizard = open_wizard(qtbot, db, r.id)
    page = wizard.page(0)
    expected = {}
    for widget in page.questions:
        q = widget.question
        if q.scale.kind == "text":
            widget.text_edit.setPlainText("Daha çok eğitim; İyi bir ekip")
            widget.flush()
            expected[q.id] = "Daha çok eğitim; İyi bir ekip"
        else:
            value = q.answer_choices()[-1][0]
            qtbot.mouseClick(widget.buttons[value], Qt.MouseButton.LeftButton)
            expected[q.id] = value
        assert stored(db, r.id) == expected  # saved the moment it was given
    assert page.unanswered() == []
    assert wizard.ui.overallProgress.value() == wizard.ui.overallProgress.maximum() == 27
    assert wizard.ui.sectionList.item(0).text().startswith("✓")
    scores = assessment.snapshot_scores(db, snapshot.id)
    assert scores.topics["1.2.1"] == 100.0 and scores.coverage == 1.0


def test_answer_a_section_by_keyboard(qtbot, db, snapshot):
    r = assessment.add_respondent(db, snapshot.id, "client")
    wizard = open_wizard(qtbot, db, r.id)
    wizard.show_section(2)  # 2.3, the largest: 49 questions
    page = wizard.page(2)
    assert len(page.questions) == 49
    page.focus_question(0)
    for n, widget in enumerate(page.questions):
        assert page.current_index() == n
        q = widget.question
        focused = QApplicationFocus.get()
        if q.scale.kind == "text":
            for ch in "Teşekkürler":
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    focused,
                    Qt.Key.Key_unknown,
                    ch,
                    Qt.KeyboardModifier.NoModifier,
                )
            widget.flush()
        else:
            QTest.keyClick(focused, Qt.Key.Key_2)
            assert stored(db, r.id)[q.id] == q.answer_choices()[1][0]
        if n < 48:
            QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_Return)
    answers = stored(db, r.id)
    assert len(answers) == 49 and answers[page.questions[-1].question.id] == "Teşekkürler"
    # N/A, clearing, Up and Tab
    page.focus_question(3)
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_N)
    assert stored(db, r.id)[page.questions[3].question.id] == "na"
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_Backspace)
    assert page.questions[3].question.id not in stored(db, r.id)
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_Up)
    assert page.current_index() == 2
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_Tab)
    assert page.current_index() == 3
    page.focus_question(0)
    wizard.next_unanswered()
    assert page.current_index() == 3  # the one just cleared
    wizard.next_unanswered()
    assert wizard.current_index() == 3  # then on to the next section with gaps (2.4)


def test_nps_keys(qtbot, db, snapshot):
    r = assessment.add_respondent(db, snapshot.id, "client")
    wizard = open_wizard(qtbot, db, r.id)
    wizard.show_section(3)
    page = wizard.page(3)
    index = next(i for i, w in enumerate(page.questions) if w.question.scale.key == "nps11")
    page.focus_question(index)
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_0)
    assert stored(db, r.id)["2.4.9-1"] == "0"  # 0 is a score here, not N/A
    QTest.keyClick(QApplicationFocus.get(), Qt.Key.Key_Plus)
    assert stored(db, r.id)["2.4.9-1"] == "10"


def test_finish_lists_what_is_missing(qtbot, db, snapshot, modal):
    r = assessment.add_respondent(db, snapshot.id, "employee")
    wizard = open_wizard(qtbot, db, r.id)
    modal.choice = 0  # go to the first unanswered question
    wizard.finish()
    text, _options = modal.chosen[-1]
    assert "1.2  " in text and ": 27 unanswered" in text and "1.2.1-1" not in text
    assert wizard.isVisible()


CHILD = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt
    from csmm_desktop.store import open_store
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow
    app = QApplication([])
    db = open_store(Path(sys.argv[2]))
    wizard = AssessmentWindow(db, sys.argv[3])
    wizard.show()
    page = wizard.page(0)
    for widget in page.questions[:7]:
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_1)
    os.kill(os.getpid(), signal.SIGKILL)  # the laptop dies
""")


def test_killed_then_reopened_resumes_where_it_stopped(qtbot, db, data_dir, snapshot):
    r = assessment.add_respondent(db, snapshot.id, "management")
    script = data_dir.parent / "child.py"
    script.write_text(CHILD)
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(data_dir), r.id],
        capture_output=True,
        text=True,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    answers = stored(db, r.id)
    assert len(answers) == 7 and set(answers.values()) == {"1", "yes"}
    wizard = open_wizard(qtbot, db, r.id)
    page = wizard.page(0)
    assert wizard.current_index() == 0
    assert page.questions[7].hasFocus()  # the first unanswered question
    assert [w.value for w in page.questions[:7]] == [
        answers[w.question.id] for w in page.questions[:7]
    ]
    assert os.path.exists(data_dir / "csmm.sqlite")


def test_respondent_mode_needs_the_pin(qtbot, make_window, db, snapshot, modal):
    window = make_window()
    window.reload_clients(select=snapshot.client_id)
    r = assessment.add_respondent(db, snapshot.id, "client")
    wizard = window.open_wizard(r.id)
    modal.new_pin_value = "2468"
    modal.pins = ["1111", "2468"]
    qtbot.mouseClick(wizard.ui.handOverButton, Qt.MouseButton.LeftButton)
    assert wizard.in_respondent_mode and not window.isVisible()
    assert wizard.isFullScreen() and wizard.ui.consultantButton.isVisible()
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.close()  # wrong PIN: stays locked
    assert wizard.isVisible() and wizard.in_respondent_mode
    assert modal.warned[-1] == "That PIN is not right."
    qtbot.mouseClick(wizard.ui.consultantButton, Qt.MouseButton.LeftButton)  # right PIN
    assert not wizard.in_respondent_mode and window.isVisible()


class QApplicationFocus:
    @staticmethod
    def get():
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()
