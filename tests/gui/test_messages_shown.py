"""In a Turkish UI the services' refusals and a report's progress read in Turkish: every
part of them goes through the translation (here a stand-in that marks what it words, so
the test does not wait for the Turkish texts)."""

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QWidget

from csmm_desktop.services import clients, engagement
from csmm_desktop.views.engagement.action_dialog import ActionDialog
from csmm_desktop.views.engagement.actions_tab import ActionsTab
from csmm_desktop.views.engagement.kpi_dialog import KpiDialog
from csmm_desktop.views.engagement.kpis_tab import KpisTab
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.report_dialog import ReportExport
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_text


class MarkingTranslator(QTranslator):
    """Turkish for the catalogue's messages, as far as this test needs: "TR:" + source."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"TR:{source}" if context == "Messages" else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def turkish(qapp):
    manager = LanguageManager(qapp)
    manager.apply("tr")
    marking = MarkingTranslator(qapp)
    qapp.installTranslator(marking)
    qapp.processEvents()  # LanguageChange is posted
    yield
    qapp.removeTranslator(marking)
    manager.apply("en")
    qapp.processEvents()


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    return client, clients.create_snapshot(db, client.id, "planned", "2026-03-23")


def shown(qtbot, widget, acme):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(acme[0].id, acme[1].id)
    return widget


def test_a_kpi_name_taken_is_refused_in_the_ui_language(
    qtbot, db, modal, monkeypatch, acme, turkish
):
    engagement.add_kpi(db, acme[0].id, "FCR", target=80)
    tab = shown(qtbot, KpisTab(db), acme)
    fill_dialog(monkeypatch, KpiDialog, lambda dialog: type_text(dialog.ui.nameEdit, "fcr"))
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    assert modal.warned == ["TR:KPI 'fcr' is already defined for this client."]
    assert [k.name for k in engagement.list_kpis(db, acme[0].id)] == ["FCR"]


def test_a_refused_action_edit_words_its_place_and_field_too(
    qtbot, db, modal, monkeypatch, acme, turkish
):
    action = engagement.add_action(db, acme[0].id, "Geri ara")
    tab = shown(qtbot, ActionsTab(db), acme)
    tab.refresh(action.id)

    def too_long(dialog):
        dialog.ui.ownerEdit.setText("Deniz")
        dialog.ui.feedbackEdit.setPlainText("x" * (engagement.TEXT_MAX + 1))

    fill_dialog(monkeypatch, ActionDialog, too_long)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    [text] = modal.warned
    assert text == (
        f"TR:TR:TR:Action 'Geri ara': TR:the feedback is {engagement.TEXT_MAX + 1} characters "
        f"long; at most {engagement.TEXT_MAX} fit."
    )
    assert engagement.get_action(db, action.id).owner == ""  # nothing was written
    assert len(engagement.action_history(db, action.id)) == 1


def test_a_vanished_row_is_reported_in_the_ui_language(qtbot, db, modal, acme, turkish):
    action = engagement.add_action(db, acme[0].id, "Gone")
    tab = shown(qtbot, ActionsTab(db), acme)
    tab.refresh(action.id)
    engagement.delete_action(db, action.id)  # e.g. from another window
    tab.ui.actionTable.setFocus()
    qtbot.keyClick(tab.ui.actionTable, Qt.Key.Key_Return)  # Enter edits
    assert modal.warned == [f"TR:No TR:action with id '{action.id}'."]


def test_the_report_progress_reads_in_the_ui_language(qtbot, db, modal, acme, tmp_path, turkish):
    parent = QWidget()
    qtbot.addWidget(parent)
    values = {
        "kind": "action-plan",
        "lang": "en",
        "page_size": "a4",
        "out": str(tmp_path / "p.pdf"),
    }
    export = ReportExport(parent, str(db.path), acme[1].id, values)
    labels = []
    export.progressed.connect(lambda *_: labels.append(export.dialog.labelText()))
    with qtbot.waitSignal(export.done, timeout=60000):
        pass
    assert labels and all(label.startswith("TR:") for label in labels), labels
    assert "TR:Reading the data" in labels and "TR:Writing the file" in labels
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
