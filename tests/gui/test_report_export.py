from pypdf import PdfReader

from csmm_desktop.services import clients, demo, engagement
from csmm_desktop.views.report_dialog import ReportDialog


def test_export_a_turkish_report_in_the_background(
    qtbot, make_window, db, modal, tmp_path, monkeypatch
):
    demo.add_demo(db)
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
    assert seen["file"].endswith("_snapshot_en.pdf") and "initial" in seen["file"]
    with qtbot.waitSignal(export.done, timeout=60000) as blocker:
        pass
    assert blocker.args == [str(out)]
    assert out.read_bytes()[:5] == b"%PDF-"
    text = "".join(page.extract_text() for page in PdfReader(out).pages[:3])
    assert "Yıldız Bankası" in text and "Başlangıç" in text
    assert modal.chosen and modal.chosen[-1][1][0] == "Open the file"
    items = {i.key: i.done for i in engagement.stage_checklist(db, initial.id).items}
    assert items["report"]


def test_export_failure_is_reported_not_raised(
    qtbot, make_window, db, modal, tmp_path, monkeypatch
):
    demo.add_demo(db)
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
