"""File → Export → Excel Workbook… / PowerPoint Deck…: the file is built on a worker, an
existing file is replaced only once the user agreed, a refusal is shown, not raised."""

from openpyxl import load_workbook

from csmm_desktop.services import demo


def menu_texts(window):
    return [a.text() for a in window.ui.menuFile.actions()]


def open_demo(window, db):
    demo.add_demo(db)
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)


def test_the_export_menu_sits_after_the_pdf_report(make_window):
    window = make_window()
    texts = menu_texts(window)
    index = texts.index(window.ui.actionExportReport.text())
    assert texts[index + 1] == "E&xport"
    menu = window.export_menu
    menu.update_actions()  # no snapshot selected: nothing to export
    assert [a.text() for a in menu.actions()] == ["Excel Workbook…", "PowerPoint Deck…"]
    assert not menu.workbook.isEnabled() and not menu.deck.isEnabled()


def test_export_a_workbook_from_the_menu(qtbot, make_window, db, modal, tmp_path):
    window = make_window()
    open_demo(window, db)
    window.export_menu.update_actions()
    assert window.export_menu.workbook.isEnabled()
    out = tmp_path / "kitap"  # the suffix is added
    modal.save_path = str(out)
    modal.choice = 1  # Close
    with qtbot.waitSignal(window.export_menu.workbook.triggered, timeout=1000):
        window.export_menu.workbook.trigger()
    job = window._office_export
    qtbot.waitUntil(lambda: bool(modal.chosen), timeout=60000)
    assert modal.asked == [] and modal.warned == []
    written = tmp_path / "kitap.xlsx"
    assert modal.chosen[-1] == (f"The file was saved as:\n{written}", ["Open the file", "Close"])
    assert "responses" in load_workbook(written).sheetnames
    assert job.percent == 100 and job.dialog is None  # done, its progress closed


def test_an_existing_file_is_replaced_only_when_the_user_agrees(
    qtbot, make_window, db, modal, tmp_path
):
    window = make_window()
    open_demo(window, db)
    out = tmp_path / "old.xlsx"
    out.write_bytes(b"PK\x03\x04 kept")
    modal.save_path = str(out)
    modal.answer = False
    from csmm_desktop.views.office_export import export

    assert export(window, "xlsx") is None
    assert modal.asked == [f"{out} exists already. Replace it?"]
    assert out.read_bytes() == b"PK\x03\x04 kept"
    modal.answer = True
    job = export(window, "xlsx")
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    assert load_workbook(out).sheetnames[0] == "Summary"


def test_a_refused_target_is_shown(qtbot, make_window, db, modal, data_dir):
    window = make_window()
    open_demo(window, db)
    modal.save_path = str(data_dir / "inside.xlsx")
    from csmm_desktop.views.office_export import export

    job = export(window, "xlsx")
    with qtbot.waitSignal(job.failed, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(modal.warned))
    assert "data" in modal.warned[0] and not (data_dir / "inside.xlsx").exists()


def test_export_a_deck_from_the_menu(qtbot, make_window, db, modal, tmp_path):
    from pptx import Presentation

    window = make_window()
    open_demo(window, db)
    modal.save_path = str(tmp_path / "deste.pptx")
    modal.choice = 1  # Close
    window.export_menu.deck.trigger()
    job = window._office_export
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    assert len(Presentation(tmp_path / "deste.pptx").slides) == 11
    assert modal.warned == []
