"""Settings → Forms…: look through, import (refused with places, or stored), export, and
the default form for new snapshots."""

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from csmm_desktop.domain import form as forms
from csmm_desktop.domain.form_sheet import to_sheets
from csmm_desktop.services import clients
from csmm_desktop.views import forms_dialog
from tests.unit.test_form_sheet import cell, small_form


def write_book(path, sheets):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return str(path)


@pytest.fixture
def window(make_window):
    w = make_window()
    forms_dialog.install(w)
    yield w
    forms.set_new_snapshot_default(None)


def labels(dialog):
    return [dialog.versions.item(i).text() for i in range(dialog.versions.count())]


def test_forms_menu_imports_looks_through_exports_and_sets_the_default(
    window, modal, qtbot, tmp_path, db
):
    action = window.forms_settings.action
    assert action.text() == "Forms…" and action in window.report_settings.menu.actions()
    action.trigger()
    dialog = window.forms_settings.dialog
    qtbot.waitExposed(dialog)
    assert labels(dialog) == ["1.0 — Maturity Assessment Form (bundled) · default"]
    assert dialog.tree.topLevelItemCount() == 7  # the bundled form's sections

    bad = to_sheets(small_form())
    cell(bad, "questions", "1.1.1-1", "label::tr", "")
    modal.open_path = write_book(tmp_path / "bad.xlsx", bad)
    qtbot.mouseClick(dialog.importButton, Qt.MouseButton.LeftButton)
    assert "sheet “questions”, row 2, column H (label::tr)" in modal.warned[-1]
    assert db.execute("SELECT count(*) FROM forms").fetchone()[0] == 0
    assert dialog.versions.count() == 1

    modal.open_path = write_book(tmp_path / "shop.xlsx", to_sheets(small_form()))
    qtbot.mouseClick(dialog.importButton, Qt.MouseButton.LeftButton)
    assert modal.informed[-1] == "Form version shop-1 was imported."
    assert labels(dialog)[1] == "shop-1 — Shop form (custom)"
    assert dialog.current_version() == "shop-1"
    sections = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [s.text(0) for s in sections] == ["1.1", "1.2"]
    assert sections[1].child(0).child(1).text(1) == "How did it come? [choice]"

    modal.save_path = str(tmp_path / "out")
    qtbot.mouseClick(dialog.exportButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out.xlsx").exists() and not modal.warned[1:]

    qtbot.mouseClick(dialog.defaultButton, Qt.MouseButton.LeftButton)
    assert window.settings.value("defaultFormVersion") == "shop-1"
    assert labels(dialog)[1].endswith("· default")
    client = clients.create_client(db, "Mağaza")
    assert clients.create_snapshot(db, client.id, "initial").form_version == "shop-1"
    assert (
        clients.create_snapshot(db, client.id, "planned", form_version="1.0").form_version == "1.0"
    )


def test_the_saved_default_is_applied_when_the_menu_is_installed(make_window, settings):
    settings.setValue("defaultFormVersion", "gone-1")  # no longer there: the newest bundled
    w = make_window()
    forms_dialog.install(w)
    try:
        assert forms.new_snapshot_version() == "1.0"
    finally:
        forms.set_new_snapshot_default(None)


def test_a_snapshot_on_a_custom_form_is_answered_in_the_wizard(qtbot, db, modal, tmp_path):
    from csmm_desktop.services import assessment, form_store
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow

    form_store.import_xlsx(db, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
    client = clients.create_client(db, "Mağaza")
    snap = clients.create_snapshot(db, client.id, "initial", form_version="shop-1")
    r = assessment.add_respondent(db, snap.id, "employee")
    wizard = AssessmentWindow(db, r.id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert [s.id for s in wizard.sections] == ["1.1"]
    page = wizard.page(0)
    shown = [w.question.id for w in page.questions]
    assert shown == ["1.1.1-1", "1.1.1-2", "1.1.2-1", "1.1.2-2"]
    assert page.questions[1].question.text("en", "employee") == "Do we recycle?"
    for widget in page.questions:
        if widget.question.scale.kind == "text":
            widget.text_edit.setPlainText("Raflar dolu")
            widget.flush()
        else:
            value = widget.question.answer_choices()[-1][0]
            qtbot.mouseClick(widget.buttons[value], Qt.MouseButton.LeftButton)
    assert assessment.answers_of(db, r.id) == {
        "1.1.1-1": "5",
        "1.1.1-2": "no",
        "1.1.2-1": "5",
        "1.1.2-2": "Raflar dolu",
    }
    scores = assessment.snapshot_scores(db, snap.id)
    assert scores.topics["1.1.2"] == 100.0 and scores.topics["1.1.1"] == 50.0


def test_the_tree_shows_a_forms_crosswalk(window, modal, qtbot, tmp_path, db):
    from csmm_desktop.services import form_store
    from tests.unit.test_crosswalk import ROWS, shop_2_sheets

    form_store.import_xlsx(db, write_book(tmp_path / "s1.xlsx", to_sheets(small_form())))
    form_store.import_xlsx(
        db, write_book(tmp_path / "s2.xlsx", shop_2_sheets([r[:] for r in ROWS]))
    )
    window.forms_settings.action.trigger()
    dialog = window.forms_settings.dialog
    qtbot.waitExposed(dialog)
    dialog.versions.setCurrentRow(2)
    assert dialog.current_version() == "shop-2"
    top = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    assert top.text(0) == "Crosswalk"
    branch = top.child(0)
    assert branch.text(0) == "to form version shop-1"
    rows = [(branch.child(i).text(0), branch.child(i).text(1)) for i in range(branch.childCount())]
    assert rows == [
        ("1.1.1-3", "new"),
        ("1.1.2-1", "split ← 1.1.2-1"),
        ("1.1.2-3", "split ← 1.1.2-1"),
        ("1.2.1-1", "re-worded ← 1.2.1-1"),
    ]
    dialog.versions.setCurrentRow(1)  # shop-1 has none
    last = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    assert last.text(0) == "1.2"


def test_a_long_version_label_wraps_in_the_list_instead_of_being_cut(window, qtbot, db, tmp_path):
    """Found by the hostile test of #21: a custom form exported from the bundled one keeps
    its title, so the list showed "1.0 — Maturity Assessment F" and "bank-1.0 — Maturity
    Assessment" and never "(custom)" or "· default"."""
    data = small_form("bank-1.0")
    data["title"] = {"en": "Maturity Assessment Form for banks", "tr": "Bankalar için form"}
    path = write_book(tmp_path / "bank.xlsx", to_sheets(data))
    from csmm_desktop.services import form_store

    form_store.import_xlsx(db, path)
    window.forms_settings.action.trigger()
    dialog = window.forms_settings.dialog
    qtbot.waitExposed(dialog)
    dialog.resize(820, 560)
    view = dialog.versions
    for i in range(view.count()):
        item = view.item(i)
        rect = view.visualItemRect(item)
        assert rect.right() <= view.viewport().width(), (item.text(), rect)
        assert item.toolTip() == item.text()
    assert not view.horizontalScrollBar().isVisible()
