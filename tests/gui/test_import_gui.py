import threading

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from csmm_desktop.domain.response_file import ImportCancelled
from csmm_desktop.messages import CATALOGUE
from csmm_desktop.services import assessment, clients
from csmm_desktop.views import import_flow
from csmm_desktop.views.import_dialog import ImportDialog


def setup(db, window):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    window.reload_clients(select=client.id)
    return snap


def flow_of(window):
    return window.findChild(import_flow.ImportFlow)


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: flow_of(window) is not None and not flow_of(window).running)


def record_dialogs(monkeypatch, answer=ImportDialog.DialogCode.Accepted):
    """Replace ImportDialog.exec: record what the user would see, answer `answer`."""
    seen = []

    def exec_(dialog):
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(
            {
                "summary": dialog.ui.summaryLabel.text(),
                "existing": dialog.ui.existingLabel.text()
                if not dialog.ui.existingLabel.isHidden()
                else "",
                "problems": dialog.ui.problemsEdit.toPlainText(),
                "rows": dialog.ui.previewTable.rowCount(),
                "ok": ok.isEnabled(),
                "ok_text": ok.text(),
            }
        )
        return answer

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return seen


def test_import_shows_a_preview_then_imports(qtbot, window, db, modal, tmp_path, monkeypatch):
    # changed: the preview comes from a worker thread, so the test waits for it
    snap = setup(db, window)
    path = tmp_path / "responses.csv"
    path.write_text(
        "respondent;role;2.4.9-1;1.2.1-1\nC1;client;9;\nE1;employee;;4\n", encoding="cp1254"
    )
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0]["rows"] == 2 and seen[0]["ok"] is True and seen[0]["ok_text"] == "Import"
    assert "2 respondents" in seen[0]["summary"] and "2 answers" in seen[0]["summary"]
    table = window.panel.ui.respondentTable
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=5000)
    assert len(assessment.list_respondents(db, snap.id)) == 2
    wait_idle(qtbot, window)
    assert "Imported 2 respondents." in window.statusBar().currentMessage()


def test_bad_file_shows_problems_and_writes_nothing(
    qtbot, window, db, modal, tmp_path, monkeypatch
):
    snap = setup(db, window)
    path = tmp_path / "bad.csv"
    path.write_text("respondent,role,2.4.9-1\nC1,client,99\n", encoding="utf-8")
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)  # even if forced, nothing is imported
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "row 2, column C (2.4.9-1): '99' is not valid" in seen[0]["problems"]
    assert seen[0]["ok"] is False
    wait_idle(qtbot, window)
    assert len(seen) == 1 and modal.warned == []
    assert assessment.list_respondents(db, snap.id) == []
    assert window.ui.actionImportResponses.isEnabled()


def test_save_template(window, db, modal, tmp_path):
    setup(db, window)
    modal.save_path = str(tmp_path / "template.xlsx")
    window.ui.actionSaveTemplate.trigger()
    assert (tmp_path / "template.xlsx").stat().st_size > 1000
    assert modal.warned == []


def test_import_is_disabled_while_the_file_is_checked_on_a_worker(
    qtbot, window, db, modal, tmp_path, monkeypatch
):
    snap = setup(db, window)
    path = tmp_path / "r.csv"
    path.write_text("respondent,role,2.4.9-1\nC1,client,9\n", encoding="utf-8")
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch, ImportDialog.DialogCode.Rejected)
    gate, calls = threading.Event(), []
    real = assessment.check_response_file

    def check(*args, **kwargs):
        calls.append(threading.current_thread())
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(assessment, "check_response_file", check)
    action, button = window.ui.actionImportResponses, window.panel.ui.importButton
    assert action.isEnabled() and button.isEnabled()
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0] is not threading.main_thread()  # the UI thread never reads the file
    assert not action.isEnabled() and not button.isEnabled()
    window.panel.refresh(select_snapshot=snap.id)  # a selection change re-enables actions...
    assert not action.isEnabled()  # ...but not Import while one runs
    import_flow.import_responses(window)  # a second start (a shortcut, a click) is ignored
    gate.set()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    assert len(calls) == 1
    assert action.isEnabled() and button.isEnabled()
    assert assessment.list_respondents(db, snap.id) == []  # the preview was cancelled


def test_checking_can_be_cancelled(qtbot, window, db, modal, tmp_path, monkeypatch):
    snap = setup(db, window)
    path = tmp_path / "r.csv"
    path.write_text("respondent,role,2.4.9-1\nC1,client,9\n", encoding="utf-8")
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)
    stop = threading.Event()

    def check(db_, snapshot_id, path_, progress=None, *, cancelled):
        while not cancelled():  # a long file, until the user cancels
            assert not stop.wait(0.01)
        raise ImportCancelled

    monkeypatch.setattr(assessment, "check_response_file", check)
    window.ui.actionImportResponses.trigger()
    flow = flow_of(window)
    qtbot.waitUntil(lambda: flow.progress is not None and flow.progress.isVisible())
    assert "Checking r.csv" in flow.progress.labelText()
    cancel = flow.progress.findChild(QPushButton)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    stop.set()
    assert seen == [] and modal.warned == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.ui.actionImportResponses.isEnabled()
    assert assessment.list_respondents(db, snap.id) == []


def write(path, rows):
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_replacing_says_how_many_then_replaces(qtbot, window, db, modal, tmp_path, monkeypatch):
    snap = setup(db, window)
    first = write(tmp_path / "a.csv", ["respondent,role,2.4.9-1", "C1,client,3", "C2,client,4"])
    assessment.import_responses(db, snap.id, first)
    corrected = write(
        tmp_path / "b.csv", ["respondent,role,2.4.9-1", "C1,client,9", "C3,client,10"]
    )
    modal.open_path = str(corrected)

    seen = record_dialogs(monkeypatch, ImportDialog.DialogCode.Rejected)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    assert "1 of these respondents is already in this snapshot. Replacing it" in seen[0]["existing"]
    assert seen[0]["ok_text"] == "Replace 1 and import"
    assert "row 2: C1" in seen[0]["problems"]
    assert sorted(r.label for r in assessment.list_respondents(db, snap.id)) == ["C1", "C2"]

    seen = record_dialogs(monkeypatch, ImportDialog.DialogCode.Accepted)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    people = {r.label: r.id for r in assessment.list_respondents(db, snap.id)}
    assert sorted(people) == ["C1", "C2", "C3"]
    assert assessment.answers_of(db, people["C1"]) == {"2.4.9-1": "9"}
    assert window.panel.ui.respondentTable.model().rowCount() == 3
    assert "Imported 2 respondents. 1 of them was replaced." in window.statusBar().currentMessage()


def test_import_confirmed_after_another_import_is_refused(
    qtbot, window, db, modal, tmp_path, monkeypatch
):
    """Someone else (another window, a command line) imports the same file between the
    preview and the confirmation: the import sees their rows and refuses, naming them."""
    snap = setup(db, window)
    path = write(tmp_path / "r.csv", ["respondent,role,2.4.9-1", "C1,client,9", "C2,client,7"])
    modal.open_path = str(path)
    seen = []

    def exec_(dialog):
        seen.append(dialog.ui.problemsEdit.toPlainText())
        if dialog.parsed is not None:
            assessment.import_responses(db, snap.id, path)  # the other import, meanwhile
            return ImportDialog.DialogCode.Accepted
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2)
    wait_idle(qtbot, window)
    assert "row 2: respondent 'C1' already exists in this snapshot" in seen[1]
    assert "row 3: respondent 'C2' already exists" in seen[1]
    assert len(assessment.list_respondents(db, snap.id)) == 2


class FakeTurkish(QTranslator):
    """Turkish for two import messages (the real ones come with the translation)."""

    WORDS = {
        CATALOGUE["import.at_cell"]: "satır {row}, sütun {column} ({field})",
        CATALOGUE["import.bad_number"]: "{where}: '{value}' geçersiz: {low}-{high} arası bir sayı",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source) if context == "Messages" else None  # None: not ours

    def isEmpty(self):
        return False


@pytest.fixture
def fake_turkish(qapp):
    translator = FakeTurkish()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_problems_are_shown_in_the_ui_language(
    qtbot, window, db, modal, tmp_path, monkeypatch, fake_turkish
):
    setup(db, window)
    path = write(tmp_path / "bad.csv", ["respondent,role,2.4.9-1", "C1,client,99"])
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    assert seen[0]["problems"] == "satır 2, sütun C (2.4.9-1): '99' geçersiz: 0-10 arası bir sayı"
    assert seen[0]["summary"].endswith("Correct the file and try again:")  # not translated


def test_a_damaged_workbook_shows_one_line(qtbot, window, db, modal, tmp_path, monkeypatch):
    snap = setup(db, window)
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a zip's first bytes, then nothing
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    assert seen[0]["problems"] == (
        "the file is not an Excel workbook (.xlsx), or it is damaged; save it from Excel "
        "again as .xlsx or as CSV"
    )
    assert seen[0]["ok"] is False and modal.warned == []
    assert assessment.list_respondents(db, snap.id) == []


def test_the_preview_says_which_sheet_is_read(qtbot, window, db, modal, tmp_path, monkeypatch):
    from openpyxl import Workbook

    snap = setup(db, window)
    book = Workbook()
    book.active.title = "responses"
    book.active.append(["respondent", "role", "2.4.9-1"])
    book.active.append(["C1", "client", 9])
    book.create_sheet("more").append(["C2", "client", 10])  # respondents on another sheet
    book.save(tmp_path / "r.xlsx")
    modal.open_path = str(tmp_path / "r.xlsx")
    seen = record_dialogs(monkeypatch, answer=ImportDialog.DialogCode.Rejected)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    wait_idle(qtbot, window)
    assert seen[0]["summary"].endswith(
        "will be added from " + str(tmp_path / "r.xlsx") + ". Read from the sheet “responses”; "
        "the other sheets (“more”) were not read."
    )
    assert seen[0]["rows"] == 1 and assessment.list_respondents(db, snap.id) == []


def test_answers_to_left_out_questions_are_said_kept_not_counted(
    qtbot, window, db, modal, tmp_path, monkeypatch
):
    from csmm_desktop.services import applicability

    client = clients.create_client(db, "Banka")
    applicability.save(db, client.id, ["2.3.8"])
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    window.reload_clients(select=client.id)
    path = tmp_path / "responses.csv"
    path.write_text(
        "respondent,role,2.3.7-1,2.3.8-1,2.3.8-2\nC1,client,5,1,2\nC2,client,4,3,\n",
        encoding="utf-8",
    )
    modal.open_path = str(path)
    seen = record_dialogs(monkeypatch)
    window.ui.actionImportResponses.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    said = (
        "3 answers are to questions left out for this client: they are kept but not counted "
        "(not expected, not scored)."
    )
    assert said in seen[0]["summary"]
    wait_idle(qtbot, window)
    assert len(assessment.list_respondents(db, snap.id)) == 2
    assert said in window.statusBar().currentMessage()
