"""views/tasks.py, the one background-task adapter: its own connection (closed at the end),
the steps' words in the progress dialog, Cancel, and errors logged and told via the seam."""

import logging
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

import csmm_desktop.reports.layout  # noqa: F401 - its catalogue holds report.writing
from csmm_desktop.messages import UserError, message
from csmm_desktop.views.tasks import run_in_background


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_has_its_own_connection_closed_at_the_end(qtbot, parent, db, modal):
    seen, labels, results = [], [], []

    def work(own, progress):
        seen.append(own)
        progress(40, message("report.writing"))
        return own.execute("SELECT count(*) FROM clients").fetchone()[0]

    background = run_in_background(
        parent, "Export", work, db_file=str(db.path), on_done=results.append, label="Starting…"
    )
    background.progressed.connect(lambda *_: labels.append(background.dialog.labelText()))
    with qtbot.waitSignal(background.done, timeout=30000):
        pass
    assert results == [0] and seen[0] is not db
    assert labels == ["Writing the file"]  # the catalogue Message, rendered
    with pytest.raises(sqlite3.ProgrammingError):  # closed once the work ended
        seen[0].execute("SELECT 1")
    assert background.percent == 100 and background.dialog is None
    assert modal.warned == []


def test_a_failure_is_logged_and_told_through_the_modal_seam(qtbot, parent, modal, caplog):
    def work(progress):
        raise RuntimeError("disk on fire")

    caplog.set_level(logging.ERROR)
    background = run_in_background(parent, "Export", work, on_done=lambda _: None)
    with qtbot.waitSignal(background.failed, timeout=30000):
        pass
    assert len(modal.warned) == 1
    assert "background task failed" in caplog.text and "disk on fire" in caplog.text


def test_a_user_error_is_told_in_its_words_and_not_logged(qtbot, parent, modal, caplog):
    def work(progress):
        raise UserError(message("report.writing"))

    caplog.set_level(logging.ERROR)
    background = run_in_background(parent, "Export", work, on_done=lambda _: None)
    with qtbot.waitSignal(background.failed, timeout=30000):
        pass
    assert modal.warned == ["Writing the file"] and "background task failed" not in caplog.text


def test_cancel_asks_the_work_to_stop_and_says_so_until_it_has(qtbot, parent, modal):
    clicked, stopped, done = threading.Event(), [], []

    def work(progress, cancelled):
        progress(10, "")
        assert clicked.wait(30)
        while not cancelled():
            pass
        raise RuntimeError("stopped")

    background = run_in_background(
        parent,
        "Check",
        work,
        on_done=done.append,
        on_cancelled=lambda: stopped.append(True),
        cancellable=True,
        label="Checking…",
    )
    progress = background.dialog
    qtbot.waitUntil(lambda: progress.value() >= 10)
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert progress.isVisible() and progress.labelText() == "Stopping…"
    with qtbot.waitSignal(background.stopped, timeout=30000):
        clicked.set()
    assert stopped == [True] and done == [] and modal.warned == []
    assert background.dialog is None
