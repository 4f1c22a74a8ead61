from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from csmm_desktop.domain import dates
from csmm_desktop.services import clients, demo, engagement
from csmm_desktop.views.report_dialog import ReportDialog
from tests.pdftext import page_texts


def test_export_a_turkish_report_in_the_background(
    qtbot, make_window, db, demo_db, modal, tmp_path, monkeypatch
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    initial = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[0]
    window.panel.ui.snapshotTable.selectRow(0)
    out = tmp_path / "rapor.pdf"
    seen = {}

    def exec_(dialog):
        seen["file"] = dialog.ui.fileEdit.text()
        dialog.ui.langCombo.setCurrentIndex(dialog.ui.langCombo.findData("tr"))
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    modal.choice = 2  # Close
    export = window.export_report()
    # the name is in the report's language (English here), no underscores
    name = f"Yıldız Bankası A.Ş. (demo) – Initial – {dates.day(initial.date, 'en')}.pdf"
    assert Path(seen["file"]).name == name
    with qtbot.waitSignal(export.done, timeout=60000) as blocker:
        pass
    assert blocker.args == [str(out)]
    assert out.read_bytes()[:5] == b"%PDF-"
    text = "".join(page_texts(out)[:3])
    assert "Yıldız Bankası" in text and "Başlangıç" in text
    assert modal.chosen and modal.chosen[-1][1][0] == "Open the file"
    items = {i.key: i.done for i in engagement.stage_checklist(db, initial.id).items}
    assert items["report"]


def test_export_failure_is_reported_not_raised(
    qtbot, make_window, db, demo_db, modal, tmp_path, monkeypatch
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)

    def exec_(dialog):
        dialog.ui.fileEdit.setText(str(tmp_path / "no" / "such" / "folder" / "r.pdf"))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    export = window.export_report()
    with qtbot.waitSignal(export.failed, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(modal.warned))
    assert not (tmp_path / "no").exists() or not list((tmp_path / "no").rglob("*.pdf"))


def prepared(db, snapshot_id):
    return next(i for i in engagement.stage_checklist(db, snapshot_id).items if i.key == "report")


def export_new_snapshot(make_window, db, tmp_path, monkeypatch, kind="snapshot"):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    window = make_window()
    window.reload_clients(select=client.id)
    window.panel.ui.snapshotTable.selectRow(0)
    out = tmp_path / f"{kind}.pdf"

    def exec_(dialog):
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    return snap, out, window.export_report()


def test_the_export_ticks_report_prepared_once_the_file_is_written(
    qtbot, make_window, db, modal, tmp_path, monkeypatch
):
    modal.choice = 2  # Close
    snap, out, export = export_new_snapshot(make_window, db, tmp_path, monkeypatch)
    assert not prepared(db, snap.id).done
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert out.read_bytes()[:5] == b"%PDF-"
    assert prepared(db, snap.id).done and not modal.warned


def test_an_action_plan_export_does_not_tick(qtbot, make_window, db, modal, tmp_path, monkeypatch):
    modal.choice = 2
    snap, out, export = export_new_snapshot(make_window, db, tmp_path, monkeypatch, "action-plan")
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert out.exists() and not prepared(db, snap.id).done


def test_a_tick_that_cannot_be_stored_is_said_and_the_file_kept(
    qtbot, make_window, db, modal, tmp_path, monkeypatch
):
    import sqlite3

    from csmm_desktop.store.errors import classify

    def busy(*_args):
        raise classify(sqlite3.OperationalError("database is locked"), None)

    monkeypatch.setattr(engagement, "report_exported", busy)
    modal.choice = 2
    snap, out, export = export_new_snapshot(make_window, db, tmp_path, monkeypatch)
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert out.read_bytes()[:5] == b"%PDF-"
    assert modal.warned and "could not be ticked" in modal.warned[-1]
    assert not prepared(db, snap.id).done  # the checklist shows what is stored


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot, make_window, db, demo_db, modal, tmp_path, monkeypatch
):
    import threading

    from csmm_desktop import reports

    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    out = tmp_path / "rapor.pdf"

    def exec_(dialog):
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    clicked = threading.Event()
    real = reports.write_report

    def held(*args, progress, **kwargs):  # the real builder, once Cancel has been clicked
        progress(1, "Reading the data")
        assert clicked.wait(30)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    monkeypatch.setattr(reports, "write_report", held)
    export = window.export_report()
    progress = export.dialog
    assert progress.minimumWidth() > progress.fontMetrics().horizontalAdvance("Export PDF report")
    qtbot.waitUntil(lambda: progress.value() >= 1)
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(export.stopped, timeout=30000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        clicked.set()
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    assert list(tmp_path.glob(".*")) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert modal.chosen == [] and modal.warned == []  # no "done", no error
    assert export.dialog is None and export.over  # the progress is closed
