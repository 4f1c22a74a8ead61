import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from csmm_desktop.services import clients, engagement
from csmm_desktop.views.engagement.numbers_tab import NumbersTab
from csmm_desktop.views.language import LanguageManager
from tests.gui.engagement_keys import type_into_cell, type_text


@pytest.fixture
def acme(db):
    client = clients.create_client(db, "Acme")
    return client, clients.create_snapshot(db, client.id, "initial", "2026-02-10")


@pytest.fixture
def tab(qtbot, db, modal, acme):
    widget = NumbersTab(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(acme[0].id, acme[1].id)
    return widget


def names(db, client_id):
    return [r.name for r in engagement.list_contact_reasons(db, client_id)]


def test_reasons_are_added_renamed_moved_and_deleted(qtbot, tab, db, modal, acme):
    client = acme[0]
    type_text(tab.ui.newReasonEdit, "Fatura itirazı")
    qtbot.mouseClick(tab.ui.addReasonButton, Qt.MouseButton.LeftButton)
    type_text(tab.ui.newReasonEdit, "Şifre sıfırlama")
    qtbot.keyClick(tab.ui.newReasonEdit, Qt.Key.Key_Return)
    assert names(db, client.id) == ["Fatura itirazı", "Şifre sıfırlama"]
    assert tab.ui.volumeTable.item(1, 0).text() == "Şifre sıfırlama"
    assert tab.ui.reasonCountLabel.text().startswith("2 of 10")

    type_into_cell(qtbot, tab.ui.volumeTable, 0, 0, "Fatura itirazı (mobil)")
    assert names(db, client.id)[0] == "Fatura itirazı (mobil)"

    tab.ui.volumeTable.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.ui.downButton, Qt.MouseButton.LeftButton)
    assert names(db, client.id) == ["Şifre sıfırlama", "Fatura itirazı (mobil)"]
    assert tab.current_reason_id() == engagement.list_contact_reasons(db, client.id)[1].id

    modal.answer = False
    tab.ui.volumeTable.setFocus()
    qtbot.keyClick(tab.ui.volumeTable, Qt.Key.Key_Delete)
    assert "“Fatura itirazı (mobil)”" in modal.asked[-1]
    assert len(names(db, client.id)) == 2
    modal.answer = True
    qtbot.keyClick(tab.ui.volumeTable, Qt.Key.Key_Delete)
    assert names(db, client.id) == ["Şifre sıfırlama"]


def test_an_eleventh_reason_is_refused(qtbot, tab, db, modal, acme):
    for i in range(10):
        engagement.add_contact_reason(db, acme[0].id, f"Reason {i + 1}")
    tab.refresh()
    assert "the list is full" in tab.ui.reasonCountLabel.text()
    qtbot.keyClicks(tab.ui.newReasonEdit, "Reason 11")
    qtbot.mouseClick(tab.ui.addReasonButton, Qt.MouseButton.LeftButton)
    assert "already holds 10 contact reasons" in modal.warned[-1]
    assert len(names(db, acme[0].id)) == 10
    assert tab.ui.newReasonEdit.text() == "Reason 11"  # kept, to add after a deletion


def test_typed_volumes_are_stored_and_the_pareto_adds_up(qtbot, tab, db, modal, acme):
    client, snap = acme
    billing = engagement.add_contact_reason(db, client.id, "Billing")
    password = engagement.add_contact_reason(db, client.id, "Password")
    tab.refresh()
    assert tab.current_period() == "2026-01"  # the month before the snapshot, ready to type
    table = tab.ui.volumeTable
    with qtbot.waitSignal(tab.changed):
        type_into_cell(qtbot, table, 0, 1, "120")  # Billing, phone
    type_into_cell(qtbot, table, 0, 3, "30")  # Billing, chat
    type_into_cell(qtbot, table, 1, 1, "450")  # Password, phone
    type_into_cell(qtbot, table, 2, 2, "7")  # not split by reason, e-mail

    stored = {(v.reason_id, v.channel): v.count for v in engagement.list_volumes(db, snap.id)}
    assert stored == {
        (billing.id, "phone"): 120,
        (billing.id, "chat"): 30,
        (password.id, "phone"): 450,
        (None, "email"): 7,
    }
    total_row = table.rowCount() - 1
    assert table.item(total_row, 0).text() == "Total"
    assert table.item(total_row, 1).text() == "570"  # phone
    assert table.item(0, 7).text() == "150"  # Billing across channels
    assert table.item(total_row, 7).text() == "607"
    assert tab.ui.totalLabel.text() == "Total: 607 contacts (7 not split by reason)"
    assert tab.pareto_items == [("Password", 450), ("Billing", 150)]
    totals = engagement.volume_totals(db, snap.id)
    assert sum(n for _name, n in tab.pareto_items) == totals.total - totals.without_reason

    modal.answer = True
    table.setCurrentCell(0, 3)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Clear 1 selected count of " in modal.asked[-1]
    assert (billing.id, "chat") not in {
        (v.reason_id, v.channel) for v in engagement.list_volumes(db, snap.id)
    }
    assert table.item(0, 3).text() == ""


def test_add_a_month_and_paste_a_block(qtbot, tab, db, acme):
    client, snap = acme
    engagement.add_contact_reason(db, client.id, "Billing")
    engagement.add_contact_reason(db, client.id, "Password")
    tab.refresh()
    combo = tab.ui.periodCombo  # the one month control lists the months around the snapshot
    assert not tab.ui.newPeriodEdit.isVisible() and not tab.ui.addPeriodButton.isVisible()
    combo.setCurrentIndex(combo.findData("2026-03"))
    assert tab.current_period() == "2026-03"
    QApplication.clipboard().setText("1.200\t30\n45\t6\n")
    tab.ui.volumeTable.setCurrentCell(0, 1)
    tab.paste_action.trigger()
    volumes = engagement.list_volumes(db, snap.id, "2026-03")
    assert sorted(v.count for v in volumes) == [6, 30, 45, 1200]
    assert engagement.volume_periods(db, snap.id) == ["2026-03"]

    tab.ui.periodCombo.setCurrentIndex(0)  # all months: read-only
    assert not tab.ui.volumeTable.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_without_a_snapshot_only_the_reasons_show(qtbot, tab, db, acme):
    engagement.add_contact_reason(db, acme[0].id, "Billing")
    tab.set_context(acme[0].id, "")
    assert "Select a snapshot" in tab.ui.volumeHintLabel.text()
    assert tab.ui.volumeTable.rowCount() == 1
    assert tab.ui.volumeTable.isColumnHidden(1)
    assert not tab.ui.viewTabs.isTabEnabled(1)


def test_channels_follow_the_language(qtbot, qapp, tab):
    manager = LanguageManager(qapp)
    try:
        manager.apply("tr")
        qtbot.waitUntil(lambda: tab.ui.volumeTable.horizontalHeaderItem(1).text() == "Telefon")
        assert tab.ui.periodCombo.currentText() == "Ocak 2026"
    finally:
        manager.apply("en")
    qtbot.waitUntil(lambda: tab.ui.volumeTable.horizontalHeaderItem(1).text() == "Phone")


def test_one_month_control_lists_the_year_and_marks_the_months_with_counts(qtbot, tab, db, acme):
    client, snap = acme
    reason = engagement.add_contact_reason(db, client.id, "Billing")
    engagement.set_volumes(db, snap.id, [("2025-11", "phone", reason.id, 5)])
    tab.set_context(client.id, "")
    tab.set_context(client.id, snap.id)  # the snapshot chosen again
    combo = tab.ui.periodCombo
    months = [combo.itemData(i) for i in range(1, combo.count())]
    assert months[0] == "2025-02" and months[-1] == "2026-05"  # a year before, a quarter after
    assert tab.current_period() == "2025-11"  # the latest month with counts
    font = combo.itemData(combo.findData("2025-11"), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert combo.itemData(combo.findData("2026-01"), Qt.ItemDataRole.FontRole) is None
    visible = [w for w in tab.findChildren(QDateEdit) if w.isVisible()]
    assert visible == []  # no second month control that could disagree


def test_reasons_are_shown_most_frequent_first_and_stay_put_while_typing(
    qtbot, tab, db, modal, acme
):
    client, snap = acme
    for name in ("Billing", "Password", "Delivery"):
        engagement.add_contact_reason(db, client.id, name)
    tab.refresh()
    assert "the most frequent first" in tab.ui.reasonCountLabel.text()
    table = tab.ui.volumeTable
    reasons = lambda: [table.item(r, 0).text() for r in range(3)]  # noqa: E731
    assert reasons() == ["Billing", "Password", "Delivery"]  # no counts: the client's order
    type_into_cell(qtbot, table, 2, 1, "90")  # Delivery
    type_into_cell(qtbot, table, 1, 1, "40")  # Password
    assert reasons() == ["Billing", "Password", "Delivery"]  # rows do not move while typing
    tab.refresh()  # shown again
    assert reasons() == ["Delivery", "Password", "Billing"]
    assert [r.count for r in engagement.volume_totals(db, snap.id).by_reason] == [90, 40, 0]
    table.setCurrentCell(0, 0)  # the most frequent cannot be moved below a less frequent one
    assert not tab.ui.downButton.isEnabled()
