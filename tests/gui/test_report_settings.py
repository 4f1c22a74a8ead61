"""The consultancy profile (Settings menu) and a snapshot's key messages and version (its
context menu) are saved through the services and printed by the report the export dialog
writes, draft or final, with or without the checklist."""

import pytest
from PIL import Image

from csmm_desktop.services import clients, demo
from csmm_desktop.services import issuer as I
from csmm_desktop.views.report_dialog import ReportDialog
from csmm_desktop.views.report_settings import KeyMessagesDialog, ProfileDialog
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_text
from tests.pdftext import page_text, page_texts

# The reports' text is read here, never a chart's pixels (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def action_named(window, text):
    found = [a for a in window.findChildren(type(window.ui.actionQuit)) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def test_the_profile_is_saved_from_the_settings_menu_with_its_logo(
    window, db, data_dir, modal, monkeypatch, tmp_path
):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 20), (200, 10, 10)).save(logo)
    modal.open_path = str(logo)

    def fill(dialog):
        dialog.nameEdit.setText("Ölçüt Danışmanlık")
        dialog.consultantEdit.setText("Deniz Işık")
        dialog.contactEdit.setPlainText("deniz@olcut.example")
        dialog.confidentialityEdit.setText("Gizli")
        dialog.privacyEdit.setPlainText("KVKK: yanıtlar yalnızca\ntoplu olarak işlenir.")
        dialog.chooseButton.click()

    fill_dialog(monkeypatch, ProfileDialog, fill)
    titles = [m.title() for m in window.menuBar().findChildren(type(window.ui.menuHelp))]
    assert "&Settings" in titles
    action_named(window, "Consultancy profile…").trigger()
    stored = I.get_issuer(db)
    assert (stored.name, stored.consultant, stored.contact, stored.confidentiality) == (
        "Ölçüt Danışmanlık",
        "Deniz Işık",
        "deniz@olcut.example",
        "Gizli",
    )
    assert stored.privacy_notice == "KVKK: yanıtlar yalnızca\ntoplu olarak işlenir."
    assert (data_dir / stored.logo).read_bytes() == logo.read_bytes() and not modal.warned


def test_a_bad_logo_is_refused_and_nothing_is_stored(window, db, modal, monkeypatch, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_text("no picture")
    modal.open_path = str(bad)
    results = []

    def fill(dialog):
        dialog.nameEdit.setText("Ölçüt")
        dialog.chooseButton.click()
        results.append(dialog)

    fill_dialog(monkeypatch, ProfileDialog, fill)
    window.report_settings.edit_profile()
    assert modal.warned and "logo.png" in modal.warned[-1]
    assert results[0].result() != ProfileDialog.DialogCode.Accepted  # stays open as typed
    assert I.get_issuer(db) == I.Issuer()


def test_key_messages_and_version_are_printed_final_on_request(
    qtbot, make_window, db, demo_db, modal, monkeypatch, tmp_path
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot_id = window.panel.current_snapshot_id()
    action = action_named(window, "Key messages…")
    assert action.isEnabled() and action in window.panel.ui.snapshotTable.actions()

    def fill(dialog):
        dialog.textEdit.setPlainText("Hizmet kültürü güçlü; ölçüm eksik.")
        dialog.versionSpin.setValue(3)

    fill_dialog(monkeypatch, KeyMessagesDialog, fill)
    action.trigger()
    assert I.get_report_meta(db, snapshot_id) == I.ReportMeta(
        "Hizmet kültürü güçlü; ölçüm eksik.", 3
    )
    out = tmp_path / "final.pdf"

    def exec_(dialog):
        assert dialog.finalCheck.isEnabled() and not dialog.finalCheck.isChecked()
        dialog.ui.langCombo.setCurrentIndex(dialog.ui.langCombo.findData("tr"))
        dialog.finalCheck.setChecked(True)
        dialog.checklistCheck.setChecked(True)
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    modal.choice = 2
    export = window.export_report()
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    pages = page_texts(out)
    assert "Nihai · sürüm 3" in pages[0]
    assert "Hizmet kültürü güçlü; ölçüm eksik." in pages[1]
    assert "Aşama kontrol listesi" in "".join(pages)
    assert I.get_report_meta(db, snapshot_id).version == 3  # printing changed nothing
    assert clients.get_snapshot(db, snapshot_id)


def test_the_options_are_off_for_other_kinds(qtbot):
    dialog = ReportDialog(None, lambda lang, suffix, *more: "x" + suffix, "/tmp", "action-plan")
    qtbot.addWidget(dialog)
    assert not dialog.finalCheck.isEnabled() and not dialog.checklistCheck.isEnabled()
    dialog.finalCheck.setChecked(True)
    assert dialog.values()["final"] is False


def test_the_consultant_chooses_and_orders_the_recommendations(
    make_window, db, demo_db, modal, monkeypatch, tmp_path
):
    from csmm_desktop import reports

    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot_id = window.panel.current_snapshot_id()
    seen = {}

    def fill(dialog):
        listed = dialog.recommendationList
        seen["ids"] = [listed.item(i).data(256) for i in range(listed.count())]
        assert len(seen["ids"]) == 6 and len(dialog.chosen()) == 5  # the ranking's first five
        listed.item(0).setCheckState(listed.item(0).checkState().Unchecked)  # drop the first
        listed.setCurrentRow(2)
        dialog.upButton.click()  # the third goes up to second place
        listed.item(5).setCheckState(listed.item(5).checkState().Checked)  # the sixth, too

    fill_dialog(monkeypatch, KeyMessagesDialog, fill)
    action_named(window, "Key messages…").trigger()
    ids = seen["ids"]
    expected = (ids[2], ids[1], ids[3], ids[4], ids[5])
    assert I.get_report_meta(db, snapshot_id).recommendations == expected
    page = reports.write_report(db, snapshot_id, "en", tmp_path / "r.pdf")
    text = "".join(page_text(page, 1).split())
    at = [text.index(f"{n}{tid}") for n, tid in enumerate(expected, start=1)]
    assert at == sorted(at) and f"1{ids[0]}" not in text


def test_the_role_option_is_for_blank_forms_only(qtbot):
    dialog = ReportDialog(None, lambda lang, suffix, *more: "x" + suffix, "/tmp", "blank-form")
    qtbot.addWidget(dialog)
    combo = dialog.roleCombo
    assert combo.isEnabled() and dialog.values()["role"] == ""  # every respondent's form
    assert combo.currentText() == "Forms for every respondent"
    combo.setCurrentIndex(combo.findData("client"))
    assert combo.currentText() == "Customer experience survey only"
    assert dialog.values()["role"] == "client"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("snapshot"))
    assert not combo.isEnabled() and dialog.values()["role"] == ""


def test_the_consultant_rewords_a_recommendation_resets_another_and_undoes(
    make_window, db, demo_db, modal, monkeypatch, tmp_path
):
    from csmm_desktop import reports

    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot_id = window.panel.current_snapshot_id()
    seen = {}
    ours = "Şube müdürleri her ay ölçüm sonuçlarını ekipleriyle gözden geçirsin."

    def fill(dialog):
        listed, edit = dialog.recommendationList, dialog.wordingEdit
        seen["ids"] = [listed.item(i).data(256) for i in range(listed.count())]
        listed.setCurrentRow(1)
        seen["suggested"] = edit.toPlainText()
        assert seen["suggested"] and not dialog.resetButton.isEnabled()
        edit.selectAll()
        type_text(edit, ours)
        assert ours in listed.item(1).text() and listed.item(1).font().italic()
        assert dialog.resetButton.isEnabled()
        listed.setCurrentRow(0)  # another: its own suggested text shown
        assert edit.toPlainText() != ours
        edit.setPlainText("Kısa süreli bir deneme")
        dialog.resetButton.click()  # back to the suggestion
        assert not listed.item(0).font().italic() and not dialog.resetButton.isEnabled()
        listed.setCurrentRow(1)
        assert edit.toPlainText() == ours  # the edit is kept while moving about
        dialog.upButton.click()  # the reworded one goes first

    fill_dialog(monkeypatch, KeyMessagesDialog, fill)
    action_named(window, "Key messages…").trigger()
    ids = seen["ids"]
    meta = I.get_report_meta(db, snapshot_id)
    assert meta.texts == ((ids[1], ours),)
    assert meta.recommendations == (ids[1], ids[0], *ids[2:5])
    page = reports.write_report(db, snapshot_id, "tr", tmp_path / "r.pdf")
    text = "".join(page_text(page, 1).split())
    assert f"1{ids[1]}" in text and "".join(ours.split()) in text
    assert text.index("".join(ours.split())) < text.index(f"2{ids[0]}")  # in first place
    assert "".join(seen["suggested"].split()) not in text

    # opened again: the reworded text is shown, italic, and can be reset
    def reset(dialog):
        listed = dialog.recommendationList
        assert listed.item(0).data(256) == ids[1] and listed.item(0).font().italic()
        assert dialog.wordingEdit.toPlainText() == ours
        dialog.resetButton.click()
        assert dialog.wordingEdit.toPlainText() == seen["suggested"]

    fill_dialog(monkeypatch, KeyMessagesDialog, reset)
    action_named(window, "Key messages…").trigger()
    assert I.get_report_meta(db, snapshot_id).texts == ()
    window.undo_actions.undo_action.trigger()  # the reset undone: the consultant's words back
    assert I.get_report_meta(db, snapshot_id).texts == ((ids[1], ours),)
    assert not modal.warned


def test_a_reworded_recommendation_too_long_is_refused_and_the_dialog_keeps_it(
    make_window, db, demo_db, modal, monkeypatch
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot_id = window.panel.current_snapshot_id()
    long = "çok " * 200
    kept = []

    def fill(dialog):
        dialog.wordingEdit.setPlainText(long)
        kept.append(dialog)

    fill_dialog(monkeypatch, KeyMessagesDialog, fill)
    action_named(window, "Key messages…").trigger()
    assert modal.warned and "600" in modal.warned[-1]
    assert kept[0].result() != KeyMessagesDialog.DialogCode.Accepted
    assert kept[0].wordingEdit.toPlainText() == long  # as typed
    assert I.get_report_meta(db, snapshot_id) == I.ReportMeta()


def test_the_bilingual_option_prints_both_languages_side_by_side(
    qtbot, make_window, db, demo_db, modal, monkeypatch, tmp_path
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    out = tmp_path / "plan.pdf"
    seen = {}

    def exec_(dialog):
        check = dialog.bilingualCheck
        assert check.text() == "Turkish and English side by side (executive summary, action plan)"
        kinds = dialog.ui.kindCombo
        kinds.setCurrentIndex(kinds.findData("progress"))
        check.setChecked(True)
        seen["progress"] = (check.isEnabled(), dialog.values()["bilingual"])
        kinds.setCurrentIndex(kinds.findData("action-plan"))
        seen["plan"] = (check.isEnabled(), dialog.values()["bilingual"])
        dialog.ui.langCombo.setCurrentIndex(dialog.ui.langCombo.findData("en"))
        dialog.ui.fileEdit.setText(str(out))
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    modal.choice = 2
    export = window.export_report()
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert seen == {"progress": (False, False), "plan": (True, True)}
    first = "".join(page_text(out, 0).split())
    assert "Actionplan" in first and "Aksiyonplanı" in first
    assert first.index("Owner") < first.index("Sorumlu")  # the chosen language first


def test_a_sixth_recommendation_cannot_be_ticked_while_five_are(qtbot):
    """The summary prints at most five: a sixth tick is taken back and the dialog says so;
    once one is unticked, another can be ticked."""
    from PySide6.QtCore import Qt

    candidates = [(f"1.{n}", f"1.{n} Konu", f"Öneri {n}") for n in range(1, 8)]
    dialog = KeyMessagesDialog(None, I.ReportMeta(), None, candidates)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = dialog.recommendationList
    ticks = lambda: [listed.item(i).checkState() == Qt.CheckState.Checked for i in range(7)]  # noqa: E731
    assert ticks() == [True] * 5 + [False] * 2 and dialog.limitLabel.isHidden()
    listed.item(5).setCheckState(Qt.CheckState.Checked)
    assert ticks() == [True] * 5 + [False] * 2
    assert not dialog.limitLabel.isHidden() and "at most 5" in dialog.limitLabel.text()
    listed.item(0).setCheckState(Qt.CheckState.Unchecked)
    listed.item(5).setCheckState(Qt.CheckState.Checked)
    assert ticks() == [False, True, True, True, True, True, False]
    assert dialog.values()["recommendations"] == ["1.2", "1.3", "1.4", "1.5", "1.6"]
