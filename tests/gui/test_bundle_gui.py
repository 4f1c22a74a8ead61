"""File → Export Client… and File → Import Client… (issue 19)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from csmm_desktop.services import bundle, clients, demo
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import open_store
from csmm_desktop.views import bundle_flow
from csmm_desktop.views.bundle_flow import BundlePreviewDialog, PasswordDialog
from tests.conftest import open_copy


def flow_of(window):
    return window.findChild(bundle_flow.BundleFlow)


def menu_texts(window):
    return [a.text() for a in window.ui.menuFile.actions()]


def answer_password(monkeypatch, password: str | None):
    """PasswordDialog.exec: type `password` (None: untick "encrypt") and press OK, as the
    user would; records whether OK could be pressed."""
    seen = []

    def exec_(dialog):
        if password is None:
            dialog.encrypt.setChecked(False)
        else:
            dialog.password.setText(password)
            dialog.again.setText(password)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(ok.isEnabled())
        return QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(PasswordDialog, "exec", exec_)
    return seen


def answer_preview(monkeypatch, accept: bool = True):
    seen = []

    def exec_(dialog):
        table = dialog.table
        rows = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
            for r in range(table.rowCount())
        }
        seen.append(
            {
                "heading": dialog.heading.text(),
                "summary": dialog.summary.text(),
                "rows": rows,
                "conflicts": dialog.conflicts.text(),
                "import": dialog.import_button.isEnabled(),
            }
        )
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(BundlePreviewDialog, "exec", exec_)
    return seen


def test_every_bundled_table_has_a_name_in_the_preview():
    from csmm_desktop.domain import bundle as rules

    assert set(bundle_flow.TABLE_NAMES) == set(rules.BY_NAME)


def test_menu_has_export_and_import_client(window):
    texts = menu_texts(window)
    assert "Export Client…" in texts and "Import Client…" in texts


def test_export_then_import_into_another_data_folder(
    qtbot, window, db, modal, monkeypatch, tmp_path
):
    demo.add_demo(db)
    window.reload_clients(select=DEMO_CLIENT_ID)
    out = tmp_path / "demo.csmm"
    suggested = []

    def save_file(parent, title, name, filters, **kw):
        suggested.append(name)
        return str(out)

    monkeypatch.setattr(bundle_flow.dialogs, "save_file", save_file)
    typed = answer_password(monkeypatch, "gizli")
    window.findChild(type(flow_of(window).export_action), "actionExportClient").trigger()
    qtbot.waitUntil(lambda: bool(modal.informed), timeout=20000)
    assert typed == [True]
    assert suggested == ["Yıldız Bankası A.Ş. (demo).csmm"]
    assert out.exists() and bundle.is_encrypted(out)
    assert str(out) in modal.informed[0] and not modal.warned

    # the other laptop: an empty data folder with its own window
    other_db = open_store(tmp_path / "other")
    try:
        from csmm_desktop.views.main_window import MainWindow

        other = MainWindow(other_db, tmp_path / "other", window.settings, None)
        qtbot.addWidget(other)
        modal.open_path = str(out)
        previews = answer_preview(monkeypatch)
        modal.informed.clear()
        flow_of(other).import_action.trigger()
        qtbot.waitUntil(lambda: bool(modal.informed) or bool(modal.warned), timeout=20000)
        assert not modal.warned
        assert len(previews) == 1
        shown = previews[0]
        assert "added whole" in shown["heading"] and shown["import"]
        answers = len(other_db.execute("SELECT 1 FROM answers").fetchall())  # the import is stored
        assert shown["rows"]["Answers"][0] == str(answers) and answers > 1000
        assert [c.id for c in clients.list_clients(other_db)] == [DEMO_CLIENT_ID]
        assert other.current_client_id() == DEMO_CLIENT_ID
        assert "Imported" in modal.informed[0]
        other.close()
    finally:
        other_db.close()


def test_import_cancelled_at_the_preview_changes_nothing(
    qtbot, window, db, modal, monkeypatch, tmp_path, demo_template
):
    source = open_copy(demo_template, tmp_path / "src")
    out = bundle.export_bundle(source, DEMO_CLIENT_ID, tmp_path / "d.csmm").path
    source.close()
    modal.open_path = str(out)
    previews = answer_preview(monkeypatch, accept=False)
    flow_of(window).import_action.trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    qtbot.waitUntil(lambda: not flow_of(window).running)
    assert clients.list_clients(db) == []
    assert not modal.informed and not modal.warned


def test_a_bad_bundle_is_one_clear_message(qtbot, window, db, modal, tmp_path):
    bad = tmp_path / "bad.csmm"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    modal.open_path = str(bad)
    flow_of(window).import_action.trigger()
    qtbot.waitUntil(lambda: bool(modal.warned), timeout=20000)
    assert "is damaged or was altered" in modal.warned[0]
    assert clients.list_clients(db) == []
    assert flow_of(window).import_action.isEnabled()


def test_export_password_must_be_typed_twice_alike(qtbot, window):
    dialog = PasswordDialog(window, export=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.password.setText("a")
    dialog.again.setText("b")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.again.setText("a")
    assert ok.isEnabled() and dialog.value() == "a"
    dialog.encrypt.setChecked(False)
    assert ok.isEnabled() and dialog.value() is None


def test_conflicts_are_listed_and_one_is_put_back(qtbot, window, db, modal, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from csmm_desktop.views.bundle_flow import ConflictsDialog

    demo.add_demo(db)
    other = open_store(tmp_path / "other")
    try:
        bundle.import_bundle(
            other, bundle.export_bundle(db, DEMO_CLIENT_ID, tmp_path / "1.csmm").path
        )
        for store, notes, stamp in (
            (db, "burada", "2027-01-01T09:00:00+00:00"),
            (other, "orada", "2027-01-01T12:00:00+00:00"),
        ):
            with store.atomic():
                store.execute(
                    "UPDATE clients SET notes = ?, updated_at = ? WHERE id = ?",
                    [notes, stamp, DEMO_CLIENT_ID],
                )
        back = bundle.export_bundle(other, DEMO_CLIENT_ID, tmp_path / "2.csmm").path
    finally:
        other.close()
    bundle.import_bundle(db, back)
    assert clients.get_client(db, DEMO_CLIENT_ID).notes == "orada"
    window.reload_clients(select=DEMO_CLIENT_ID)
    seen = []

    def exec_(dialog):
        table = dialog.table
        seen.append([table.item(0, c).text() for c in range(table.columnCount())])
        assert not dialog.reverse_button.isEnabled()  # nothing selected yet
        table.selectRow(0)
        qtbot.mouseClick(dialog.reverse_button, Qt.MouseButton.LeftButton)
        seen.append(table.item(0, 3).text())
        return 0

    monkeypatch.setattr(ConflictsDialog, "exec", exec_)
    flow_of(window).conflicts_action.trigger()
    assert seen[0][1] == "Client" and "notes" in seen[0][2] and seen[0][3] == "the file's"
    assert seen[1] == "this laptop's (reversed)"
    assert clients.get_client(db, DEMO_CLIENT_ID).notes == "burada"
    assert not modal.warned
