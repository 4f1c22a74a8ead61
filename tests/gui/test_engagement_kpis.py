import pytest
from PySide6.QtCore import Qt

from csmm_desktop.services import clients, engagement
from csmm_desktop.views.engagement.kpi_dialog import KpiDialog
from csmm_desktop.views.engagement.kpis_status import status_background
from csmm_desktop.views.engagement.kpis_suggestions_dialog import KpiSuggestionsDialog
from csmm_desktop.views.engagement.kpis_tab import STATUS, TARGET, VALUE, KpisTab
from csmm_desktop.views.language import LanguageManager
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_into_cell, type_text


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    return client, clients.create_snapshot(db, client.id, "planned", "2026-03-23")


@pytest.fixture
def tab(qtbot, db, modal, acme):
    widget = KpisTab(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(acme[0].id, acme[1].id)
    return widget


@pytest.fixture
def turkish(qapp, tab):
    manager = LanguageManager(qapp)
    manager.apply("tr")
    qapp.processEvents()  # LanguageChange is posted
    yield manager
    manager.apply("en")
    qapp.processEvents()  # while the store is still open


def row_of(tab, name):
    model = tab.ui.kpiTable.model()
    return next(r for r in range(model.rowCount()) if cell(tab, r, 0) == name)


def cell(tab, row, col):
    """The text the KPI list shows in that cell."""
    return tab.ui.kpiTable.model().index(row, col).data()


def type_value(qtbot, tab, name, text):
    with qtbot.waitSignal(tab.changed):
        type_into_cell(qtbot, tab.ui.kpiTable, row_of(tab, name), VALUE, text)
    row = row_of(tab, name)
    return tab.status_of(tab.ui.kpiTable.model().index(row, 0).data(Qt.ItemDataRole.UserRole))


def test_add_a_kpi_through_the_dialog(qtbot, tab, db, monkeypatch, acme):
    def fill(dialog):
        type_text(dialog.ui.nameEdit, "İlk temasta çözüm")
        type_text(dialog.ui.unitEdit, "%")
        dialog.ui.directionCombo.setCurrentIndex(dialog.ui.directionCombo.findData("higher"))
        type_text(dialog.ui.targetEdit, "75,5")
        dialog.ui.criticalCheck.setChecked(True)

    fill_dialog(monkeypatch, KpiDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    [kpi] = engagement.list_kpis(db, acme[0].id)
    assert (kpi.name, kpi.unit, kpi.direction, kpi.target, kpi.critical) == (
        "İlk temasta çözüm",
        "%",
        "higher",
        75.5,
        True,
    )
    assert cell(tab, 0, TARGET) == "75.5"
    assert cell(tab, 0, STATUS) == "Not measured"


def test_the_dialog_will_not_save_a_target_that_is_not_a_number(qtbot, tab, db, monkeypatch):
    def fill(dialog):
        type_text(dialog.ui.nameEdit, "CSAT")
        type_text(dialog.ui.targetEdit, "high")
        assert "must be a number" in dialog.ui.errorLabel.text()

    fill_dialog(monkeypatch, KpiDialog, fill)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    assert engagement.list_kpis(db, tab.client_id) == []


def test_status_follows_the_target_as_the_value_changes(qtbot, tab, db, acme):
    client, snap = acme
    fcr = engagement.add_kpi(db, client.id, "FCR", unit="%", direction="higher", target=80)
    aht = engagement.add_kpi(db, client.id, "AHT", unit="min", direction="lower", target=6)
    engagement.add_kpi(db, client.id, "NPS", direction="higher")
    tab.refresh()

    assert type_value(qtbot, tab, "FCR", "85") == "met"
    assert type_value(qtbot, tab, "FCR", "80") == "met"  # on the target
    assert type_value(qtbot, tab, "FCR", "75") == "close"  # 5 below, within 10% of 80
    assert type_value(qtbot, tab, "FCR", "60") == "missed"
    assert cell(tab, row_of(tab, "FCR"), STATUS) == "Target missed"
    status = tab.ui.kpiTable.model().index(row_of(tab, "FCR"), STATUS)
    assert status.data(Qt.ItemDataRole.BackgroundRole) == status_background("missed")
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()  # the status's shape

    assert type_value(qtbot, tab, "AHT", "5,5") == "met"  # decimal comma
    assert engagement.kpi_readings(db, snap.id)[1].value == 5.5
    assert type_value(qtbot, tab, "AHT", "6.5") == "close"
    assert type_value(qtbot, tab, "AHT", "−1") == "met"  # a minus sign pasted from a report
    assert engagement.kpi_readings(db, snap.id)[1].value == -1
    assert type_value(qtbot, tab, "AHT", "9") == "missed"
    assert type_value(qtbot, tab, "AHT", "") == "no_value"
    assert cell(tab, row_of(tab, "AHT"), STATUS) == "Not measured"
    assert type_value(qtbot, tab, "NPS", "40") == "no_target"

    values = {r.kpi.id: r.value for r in engagement.kpi_readings(db, snap.id)}
    assert values[fcr.id] == 60 and values[aht.id] is None


def test_a_value_that_is_not_a_number_is_refused(qtbot, tab, db, modal, acme):
    engagement.add_kpi(db, acme[0].id, "FCR", target=80)
    tab.refresh()
    type_into_cell(qtbot, tab.ui.kpiTable, 0, VALUE, "lots")
    qtbot.waitUntil(lambda: bool(modal.warned))
    assert "“lots” is not a number" in modal.warned[-1]
    assert engagement.kpi_readings(db, acme[1].id)[0].value is None
    assert cell(tab, 0, VALUE) == ""


def test_enter_edits_and_delete_deletes(qtbot, tab, db, modal, monkeypatch, acme):
    kpi = engagement.add_kpi(db, acme[0].id, "FCR", target=80)
    tab.refresh()
    fill_dialog(monkeypatch, KpiDialog, lambda d: d.ui.targetEdit.setText("85"))
    table = tab.ui.kpiTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert engagement.get_kpi(db, kpi.id).target == 85

    modal.answer = False
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Delete the KPI “FCR”" in modal.asked[-1]
    assert len(engagement.list_kpis(db, acme[0].id)) == 1
    modal.answer = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert engagement.list_kpis(db, acme[0].id) == []
    assert table.model().rowCount() == 0


def test_suggested_kpis_come_in_the_ui_language(qtbot, tab, db, monkeypatch, acme, turkish):
    engagement.add_suggested_kpi(db, acme[0].id, "aht", lang="en")  # known by its English name
    tab.refresh()
    seen = {}

    def fill(dialog):
        texts = [dialog.ui.suggestionList.item(r).text() for r in range(3)]
        seen["texts"] = texts
        dialog.check("fcr")
        dialog.check("aht")  # already defined: cannot be ticked
        dialog.ui.criticalCheck.setChecked(True)

    fill_dialog(monkeypatch, KpiSuggestionsDialog, fill)
    qtbot.mouseClick(tab.ui.suggestedButton, Qt.MouseButton.LeftButton)
    assert seen["texts"][0].startswith("İlk temasta çözüm oranı")
    assert "Ortalama görüşme süresi" in seen["texts"][1]
    names = {k.name: k.critical for k in engagement.list_kpis(db, acme[0].id)}
    assert names == {"Average handling time": False, "İlk temasta çözüm oranı": True}


def test_without_a_snapshot_the_values_hide(qtbot, tab, db, acme):
    engagement.add_kpi(db, acme[0].id, "FCR", target=80)
    tab.set_context(acme[0].id, "")
    assert "Select a snapshot" in tab.ui.contextLabel.text()
    assert tab.ui.kpiTable.isColumnHidden(VALUE)
    assert tab.ui.kpiTable.model().rowCount() == 1


def test_the_columns_stay_put_when_values_are_typed(qtbot, tab, db, acme):
    engagement.add_kpi(db, acme[0].id, "FCR", unit="%", target=80)
    engagement.add_kpi(db, acme[0].id, "AHT", unit="s", target=300, direction="lower")
    tab.refresh()
    header = tab.ui.kpiTable.horizontalHeader()

    def columns():
        return [(header.sectionPosition(c), header.sectionSize(c)) for c in range(STATUS + 1)]

    before = columns()
    type_value(qtbot, tab, "FCR", "85")
    assert columns() == before
    type_value(qtbot, tab, "AHT", "123456,75")  # a long value, a status of other words
    assert columns() == before
    type_value(qtbot, tab, "FCR", "")
    assert columns() == before
    width = tab.ui.kpiTable.fontMetrics().horizontalAdvance("Close to target")
    assert header.sectionSize(STATUS) > width  # room for every status there is


def test_enter_on_the_name_opens_edit_where_a_stray_key_renames_nothing(
    qtbot, tab, db, monkeypatch, acme
):
    kpi = engagement.add_kpi(db, acme[0].id, "FCR", target=80)
    tab.refresh()
    seen = {}

    def exec_(dialog):  # the real dialog, shown; the user's next keys go where the focus is
        dialog.show()
        qtbot.waitExposed(dialog)
        focus = dialog.focusWidget()
        seen["focus"] = focus
        qtbot.keyClicks(focus, "x")  # a stray key
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(KpiDialog, "exec", exec_)
    table = tab.ui.kpiTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))  # the name
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen["focus"] is not None and not hasattr(seen["focus"], "selectAll")  # no field
    assert engagement.get_kpi(db, kpi.id).name == "FCR"

    # Enter on the value edits the value in place
    table.setCurrentIndex(table.model().index(0, VALUE))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.state() == table.State.EditingState
    assert "focus" in seen and len(seen) == 1
