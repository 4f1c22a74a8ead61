"""An unexpected error: logged with its traceback, one dialog with the details to copy,
never a storm of dialogs, never an error about the error."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from csmm_desktop import logs
from csmm_desktop.views import crash_dialog
from csmm_desktop.views.crash_dialog import CrashReporter


@pytest.fixture
def reporter(qtbot, data_dir):
    logs.setup(data_dir)
    reporter = CrashReporter().install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_csmm", False)]:
        root.removeHandler(handler)
        handler.close()


def log_text(data_dir) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return logs.log_file(data_dir).read_text(encoding="utf-8")


def fail(text="it broke"):
    raise ZeroDivisionError(text)


def raise_through_the_hook(fn=fail):
    """What Python does with an error nobody caught: hand it to sys.excepthook."""
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_with_its_details(qtbot, reporter, data_dir):
    QTimer.singleShot(0, fail)  # PySide6 hands an error raised in a slot to sys.excepthook
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert "Something went wrong inside CSMM Desktop" in dialog.message.text()
    assert str(logs.log_file(data_dir)) in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "CSMM Desktop 0.1.0" in details and "ZeroDivisionError: it broke" in details
    assert "in fail" in details
    text = log_text(data_dir)
    assert "CRITICAL csmm_desktop.views.crash_dialog" in text
    assert "Traceback" in text and "ZeroDivisionError: it broke" in text


def test_copy_details_puts_them_on_the_clipboard(qtbot, reporter):
    QApplication.clipboard().clear()
    raise_through_the_hook()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    qtbot.mouseClick(reporter.dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ZeroDivisionError: it broke" in QApplication.clipboard().text()
    assert QApplication.clipboard().text() == reporter.dialog.details.toPlainText()


def test_open_log_folder_opens_the_folder_of_the_log(qtbot, reporter, data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(crash_dialog, "open_folder", lambda folder, parent: opened.append(folder))
    raise_through_the_hook()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    qtbot.mouseClick(reporter.dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [logs.log_dir(data_dir)]


def test_a_storm_of_errors_is_one_dialog_and_a_few_tracebacks(qtbot, reporter, data_dir):
    for _ in range(50):
        raise_through_the_hook()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    qtbot.waitUntil(lambda: dialog.more == 49)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, type(dialog))] == [dialog]
    assert "49 more errors happened since" in dialog.more_label.text()
    assert dialog.details.toPlainText().count("ZeroDivisionError: it broke") == 1
    text = log_text(data_dir)
    assert text.count("ZeroDivisionError: it broke") == crash_dialog.LOGGED_IN_FULL
    assert "counted, not logged" in text
    # closed, the same error does not open it again; another one does
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    raise_through_the_hook()
    QApplication.processEvents()
    assert reporter.dialog is None and reporter.counts[next(iter(reporter.dismissed))] == 51
    raise_through_the_hook(lambda: {}["another"])
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert "KeyError: 'another'" in reporter.dialog.details.toPlainText()


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(qtbot, reporter, data_dir):
    thread = threading.Thread(target=fail, args=("in a thread",), name="the-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog.thread() is QApplication.instance().thread()
    assert "Thread: the-worker" in reporter.dialog.details.toPlainText()
    assert "thread the-worker" in log_text(data_dir)


def test_a_failing_reporter_falls_back_to_pythons_hook_once(qtbot, reporter, monkeypatch):
    printed = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *exc_info: printed.append(exc_info[0]))

    def broken(*_args):
        raise RuntimeError("the reporter itself")

    monkeypatch.setattr(crash_dialog, "details", broken)
    raise_through_the_hook()
    assert printed == [ZeroDivisionError, RuntimeError]
    assert reporter.dialogs_off
    QApplication.processEvents()
    assert reporter.dialog is None


def test_a_dialog_that_cannot_be_built_turns_dialogs_off_without_recursing(
    qtbot, reporter, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("no dialog today")

    monkeypatch.setattr(crash_dialog, "CrashDialog", broken)
    raise_through_the_hook()
    qtbot.waitUntil(lambda: reporter.dialogs_off)
    raise_through_the_hook()
    QApplication.processEvents()
    assert reporter.dialog is None


def test_uninstall_puts_the_previous_hooks_back(qtbot):
    before = sys.excepthook, threading.excepthook
    reporter = CrashReporter().install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_failed_task_logs_its_traceback_before_it_says_so(qtbot, reporter, data_dir):
    from csmm_desktop.views.worker import Task, start

    def work(progress):
        fail("in a task")

    logged_first = []
    task = Task(work)
    task.signals.failed.connect(
        lambda exc: logged_first.append("ZeroDivisionError: in a task" in log_text(data_dir))
    )
    with qtbot.waitSignal(task.signals.failed) as failed:
        start(task)
    assert logged_first == [True]
    assert failed.args[0].__traceback__ is not None  # kept on the error too
    assert "ERROR csmm_desktop.views.worker" in log_text(data_dir)
    assert reporter.dialog is None  # a failed task is its caller's to word, not a crash


def test_in_respondent_mode_the_dialog_waits_for_the_consultant(qtbot, reporter):
    from PySide6.QtWidgets import QWidget

    from csmm_desktop.views import dialogs

    respondents_window = QWidget()
    qtbot.addWidget(respondents_window)
    dialogs.hold(respondents_window)
    try:
        raise_through_the_hook()
        raise_through_the_hook(lambda: {}["another"])
        QApplication.processEvents()
        assert reporter.dialog is None and dialogs.held_back() == 1
    finally:
        dialogs.release()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog.more == 1
    details = reporter.dialog.details.toPlainText()
    assert "ZeroDivisionError: it broke" in details and "KeyError: 'another'" in details
