"""The wizard never shows as saved what the store does not hold: a failed write (disk full,
data file gone, store busy) leaves the question showing the stored value, the progress
counting stored answers only, and one message; a busy store makes answers wait, shown
apart, until they are stored."""

import sqlite3

import pytest
from PySide6.QtCore import Qt

from csmm_desktop.services import assessment, clients
from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


@pytest.fixture
def respondent(db):
    client = clients.create_client(db, "Acme")
    snapshot = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    return assessment.add_respondent(db, snapshot.id, "employee")  # 27 scored questions


@pytest.fixture
def wizard(qtbot, db, respondent, modal):
    window = AssessmentWindow(db, respondent.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored(db, respondent):
    return assessment.answers_of(db, respondent.id)


def scored(wizard):
    return [w for w in wizard.page(0).questions if w.needs_answer]


def click(qtbot, widget, value):
    qtbot.mouseClick(widget.buttons[value], Qt.MouseButton.LeftButton)


def checked(widget):
    return [key for key, button in widget.buttons.items() if button.isChecked()]


def fail_writes(monkeypatch, wizard, error):
    """The wizard's connection refuses every write with `error` (what SQLite raises)."""
    conn = wizard.write_db
    real = conn.execute

    def execute(sql, *args, **kwargs):
        if sql.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            raise error
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(conn, "execute", execute)
    return lambda: monkeypatch.setattr(conn, "execute", real)


def section_text(wizard):
    return wizard.ui.sectionList.item(0).text()


def test_a_full_disk_shows_nothing_as_saved_and_says_so_once(
    qtbot, monkeypatch, db, respondent, wizard, modal
):
    questions = scored(wizard)
    click(qtbot, questions[0], "1")  # stored before the disk fills
    assert stored(db, respondent) == {questions[0].question.id: "1"}
    heal = fail_writes(monkeypatch, wizard, sqlite3.OperationalError("database or disk is full"))
    click(qtbot, questions[0], "5")
    for widget in questions[1:15]:
        click(qtbot, widget, "4")
    assert stored(db, respondent) == {questions[0].question.id: "1"}
    assert checked(questions[0]) == ["1"]  # what the store holds, not the click
    assert all(checked(w) == [] for w in questions[1:15])
    assert wizard.ui.overallProgress.value() == 1
    assert wizard.ui.overallProgress.text() == "1 of 27 answered"
    assert "1 of 27 answered" in section_text(wizard)
    assert len(modal.warned) == 1 and "is full" in modal.warned[0]  # one dialog for 15 clicks
    assert wizard.notice.isVisible() and "is full" in wizard.notice.text()
    heal()  # space freed: the next answer is stored and the notice goes
    click(qtbot, questions[1], "4")
    assert stored(db, respondent)[questions[1].question.id] == "4"
    assert checked(questions[1]) == ["4"] and wizard.ui.overallProgress.value() == 2
    assert not wizard.notice.isVisible() and len(modal.warned) == 1


def test_a_deleted_data_file_reverts_the_answer(qtbot, db, data_dir, respondent, wizard, modal):
    widget = scored(wizard)[0]
    (data_dir / "csmm.sqlite").unlink()
    click(qtbot, widget, "3")
    assert checked(widget) == [] and wizard.ui.overallProgress.value() == 0
    assert len(modal.warned) == 1 and "no longer there" in modal.warned[0]
    assert stored(db, respondent) == {}  # the open connection still reads the old file


def test_free_text_that_failed_stays_typed_and_is_tried_again(
    qtbot, monkeypatch, db, respondent, wizard, modal
):
    widget = next(w for w in wizard.page(0).questions if w.text_edit is not None)
    heal = fail_writes(monkeypatch, wizard, sqlite3.OperationalError("database or disk is full"))
    widget.text_edit.setPlainText("More training")
    widget.flush()
    assert widget.text_edit.toPlainText() == "More training"  # not lost
    assert widget.text_edit.property("saveState") == "unsaved"
    assert "Not saved yet" in widget.text_edit.toolTip()
    assert stored(db, respondent) == {} and len(modal.warned) == 1
    heal()
    widget.flush()  # leaving the page tries again, though the text did not change
    assert stored(db, respondent) == {widget.question.id: "More training"}
    assert widget.text_edit.property("saveState") == ""


def test_a_busy_store_makes_answers_wait_then_stores_them(
    qtbot, monkeypatch, db, respondent, wizard, modal
):
    questions = scored(wizard)
    busy = {"left": 3}
    real = assessment.set_answer

    def set_answer(*args):
        if busy["left"]:
            busy["left"] -= 1
            raise sqlite3.OperationalError("database is locked")
        return real(*args)

    monkeypatch.setattr(assessment, "set_answer", set_answer)
    click(qtbot, questions[0], "2")
    button = questions[0].buttons["2"]
    assert checked(questions[0]) == [] and button.property("pending") is True
    assert button.toolTip() == "Waiting to be saved…"
    assert wizard.ui.overallProgress.value() == 0 and "0 of 27" in section_text(wizard)
    assert "waiting to be saved: 1" in wizard.notice.text() and stored(db, respondent) == {}
    qtbot.waitUntil(lambda: stored(db, respondent) == {questions[0].question.id: "2"})
    assert checked(questions[0]) == ["2"] and not button.property("pending")
    assert wizard.ui.overallProgress.value() == 1 and not wizard.notice.isVisible()
    assert modal.warned == []  # waiting politely is not an error


def test_a_real_lock_held_by_another_writer(qtbot, db, data_dir, respondent, wizard, modal):
    questions = scored(wizard)
    other = sqlite3.connect(data_dir / "csmm.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import holds the write lock
    try:
        click(qtbot, questions[0], "1")
        click(qtbot, questions[1], "2")
        click(qtbot, questions[0], "5")  # a newer click replaces the waiting one
        assert wizard.saver.waiting == {
            questions[0].question.id: "5",
            questions[1].question.id: "2",
        }
        assert checked(questions[0]) == [] and questions[0].buttons["5"].property("pending")
        assert not questions[0].buttons["1"].property("pending")
        assert wizard.ui.overallProgress.value() == 0 and stored(db, respondent) == {}
    finally:
        other.execute("ROLLBACK")
        other.close()
    expected = {questions[0].question.id: "5", questions[1].question.id: "2"}
    qtbot.waitUntil(lambda: stored(db, respondent) == expected)
    assert checked(questions[0]) == ["5"] and checked(questions[1]) == ["2"]
    assert wizard.ui.overallProgress.value() == 2 and modal.warned == []


def test_a_failure_while_waiting_reverts_and_reports(
    qtbot, monkeypatch, db, respondent, wizard, modal
):
    widget = scored(wizard)[0]
    errors = [sqlite3.OperationalError("database is locked")]
    monkeypatch.setattr(assessment, "set_answer", lambda *a: (_ for _ in ()).throw(errors[0]))
    click(qtbot, widget, "3")
    assert widget.buttons["3"].property("pending")
    errors[0] = sqlite3.OperationalError("attempt to write a readonly database")
    qtbot.waitUntil(lambda: bool(modal.warned))
    assert "read-only" in modal.warned[0] and not wizard.saver.waiting
    assert checked(widget) == [] and not widget.buttons["3"].property("pending")
    assert stored(db, respondent) == {}


def test_closing_with_a_waiting_answer_asks_and_says_which(
    qtbot, db, data_dir, respondent, wizard, modal
):
    widget = scored(wizard)[0]
    other = sqlite3.connect(data_dir / "csmm.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    click(qtbot, widget, "4")
    modal.answer = False  # keep the window open
    wizard.close()
    assert wizard.isVisible()
    assert widget.question.id in modal.asked[-1] and "not saved" in modal.asked[-1]
    other.execute("ROLLBACK")
    other.close()
    wizard.close()  # the last try gets through: nothing more to ask
    assert len(modal.asked) == 1 and not wizard.isVisible()
    assert stored(db, respondent) == {widget.question.id: "4"}


def test_the_wizard_says_when_the_last_answer_was_saved(
    qtbot, monkeypatch, db, respondent, wizard, modal
):
    questions = scored(wizard)
    assert wizard.saved_label.text() == ""
    heal = fail_writes(monkeypatch, wizard, sqlite3.OperationalError("database or disk is full"))
    click(qtbot, questions[0], "4")  # refused: nothing says "saved"
    assert wizard.saved_label.text() == ""
    heal()
    click(qtbot, questions[0], "4")
    assert wizard.saved_label.text().startswith("Saved ")
