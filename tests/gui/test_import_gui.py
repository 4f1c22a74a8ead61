from PySide6.QtWidgets import QDialogButtonBox

from csmm_desktop.services import assessment, clients
from csmm_desktop.views.import_dialog import ImportDialog


def setup(db, window):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-01")
    window.reload_clients(select=client.id)
    return snap


def test_import_shows_a_preview_then_imports(qtbot, window, db, modal, tmp_path, monkeypatch):
    snap = setup(db, window)
    path = tmp_path / "responses.csv"
    path.write_text(
        "respondent;role;2.4.9-1;1.2.1-1\nC1;client;9;\nE1;employee;;4\n", encoding="cp1254"
    )
    modal.open_path = str(path)
    seen = {}

    def exec_(dialog):
        seen["summary"] = dialog.ui.summaryLabel.text()
        seen["rows"] = dialog.ui.previewTable.rowCount()
        seen["ok"] = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.ui.actionImportResponses.trigger()
    assert seen == {"summary": seen["summary"], "rows": 2, "ok": True}
    assert "2 respondents" in seen["summary"] and "2 answers" in seen["summary"]
    table = window.panel.ui.respondentTable
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert len(assessment.list_respondents(db, snap.id)) == 2


def test_bad_file_shows_problems_and_writes_nothing(
    qtbot, window, db, modal, tmp_path, monkeypatch
):
    snap = setup(db, window)
    path = tmp_path / "bad.csv"
    path.write_text("respondent,role,2.4.9-1\nC1,client,99\n", encoding="utf-8")
    modal.open_path = str(path)
    seen = {}

    def exec_(dialog):
        seen["problems"] = dialog.ui.problemsEdit.toPlainText()
        seen["ok"] = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return ImportDialog.DialogCode.Accepted  # even if forced, nothing is imported

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    window.ui.actionImportResponses.trigger()
    assert "row 2, column C (2.4.9-1): '99' is not valid" in seen["problems"]
    assert seen["ok"] is False
    assert assessment.list_respondents(db, snap.id) == []


def test_save_template(window, db, modal, tmp_path):
    setup(db, window)
    modal.save_path = str(tmp_path / "template.xlsx")
    window.ui.actionSaveTemplate.trigger()
    assert (tmp_path / "template.xlsx").stat().st_size > 1000
    assert modal.warned == []
