"""The working lists (action plan, CX projects) show today's state and say so, with the one
overdue rule; the suggestions dialog greys what is already done; the NPS screen gives a month
the verdict the board's handout prints."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from csmm_desktop import reports
from csmm_desktop.services import clients, engagement
from csmm_desktop.services import cxboard as cx
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.views.cxboard import CxBoardTab
from csmm_desktop.views.cxboard.projects_page import DUE as PROJECT_DUE
from csmm_desktop.views.cxboard.projects_page import STATUS as PROJECT_STATUS
from csmm_desktop.views.engagement.actions_suggestions_dialog import ActionSuggestionsDialog
from csmm_desktop.views.engagement.actions_tab import DUE, STATUS, ActionsTab
from tests.gui.conftest import fill_dialog
from tests.pdftext import page_texts

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()


@pytest.fixture
def show(qtbot, db, modal):
    def make(widget_class, client_id, snapshot_id):
        widget = widget_class(db)
        qtbot.addWidget(widget)
        widget.resize(1200, 760)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_context(client_id, snapshot_id)
        return widget

    return make


def column(table, col):
    """The texts a list shows in a column, by its first column's (a QTableWidget's, or
    a model view's)."""
    model = table.model()
    return {model.index(r, 0).data(): model.index(r, col).data() for r in range(model.rowCount())}


def header_text(table, col):
    return table.model().headerData(col, Qt.Orientation.Horizontal)


def test_the_action_plan_shows_todays_statuses_and_overdue_dates(show, db):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    late = engagement.add_action(db, client.id, "Late", snapshot_id=snap.id, due_date=YESTERDAY)
    engagement.add_action(db, client.id, "Due today", due_date=TODAY.isoformat())
    done = engagement.add_action(db, client.id, "Done late", due_date=YESTERDAY)
    engagement.update_action(db, done.id, status="done")
    engagement.update_action(db, late.id, status="in_progress")
    tab = show(ActionsTab, client.id, snap.id)
    table = tab.ui.actionTable
    assert header_text(table, STATUS) == "Status today"
    assert "Statuses and overdue dates here are today's" in tab.ui.contextLabel.text()
    due = column(table, DUE)
    assert due["Late"].endswith("(overdue)")
    assert not due["Due today"].endswith("(overdue)") and not due["Done late"].endswith("(overdue)")
    bold = {  # an overdue date is written bold (and in dark vermillion), the others plain
        table.model().index(r, 0).data(): table.model().index(r, DUE).data(Qt.ItemDataRole.FontRole)
        for r in range(table.model().rowCount())
    }
    assert bold["Late"].bold() and bold["Due today"] is None and bold["Done late"] is None
    assert column(table, STATUS)["Late"] == "In progress"  # today's, not the snapshot's


def test_cx_projects_show_todays_status_and_a_nomination_is_never_late(show, db):
    client = clients.create_client(db, "Acme")
    board = show(CxBoardTab, client.id, "")
    approved = cx.nominate_project(db, client.id, "Approved", due_date=YESTERDAY)
    cx.update_project(db, approved.id, status="approved")
    cx.nominate_project(
        db, client.id, "Only nominated", due_date=YESTERDAY, description="Şube sırası kısalsın"
    )
    board.show_kind("projects")
    page = board.projects_page
    page.refresh()
    table = page.ui.projectTable
    assert header_text(table, PROJECT_STATUS) == "Status today"
    due = column(table, PROJECT_DUE)
    assert due["Approved"].endswith("(overdue)")
    assert "overdue" not in due["Only nominated"]
    model = table.model()
    tips = {
        model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
    }
    assert tips == {"Approved": None, "Only nominated": "Şube sırası kısalsın"}  # the description


def test_suggestions_already_done_are_greyed_with_when(show, db, demo_db, monkeypatch):
    optimized = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    tab = show(ActionsTab, DEMO_CLIENT_ID, optimized.id)
    seen = {}

    def look(dialog):
        tree = dialog.ui.suggestionTree
        seen["why"] = tree.topLevelItem(0).child(0).text(0)
        seen["leaves"] = dialog.leaf_texts()
        for index in range(len(seen["leaves"])):
            dialog.check(index)  # a greyed one cannot be ticked
        seen["picked"] = [title for _topic, title in dialog.selected()]

    fill_dialog(monkeypatch, ActionSuggestionsDialog, look)
    before = len(engagement.list_actions(db, DEMO_CLIENT_ID))
    tab.ui.suggestButton.click()
    assert seen["why"].startswith("5.8 points below the Optimized level (80) × 11 scored")
    done = [t for t in seen["leaves"] if "· Done on 28 Jul 2026: “Temsilci koçluk" in t]
    assert done and not any(t.split(" · ")[0] in seen["picked"] for t in done)
    assert len(seen["picked"]) == len(seen["leaves"]) - len(done)
    assert len(engagement.list_actions(db, DEMO_CLIENT_ID)) == before + len(seen["picked"])


def test_a_months_nps_verdict_is_the_same_on_screen_and_in_the_handout(show, db, demo_db, tmp_path):
    board = show(CxBoardTab, DEMO_CLIENT_ID, "")
    board.show_kind("nps")
    june = next(r for r in cx.list_nps_readings(db, DEMO_CLIENT_ID) if r.period == "2026-06")
    shown = board.nps_page.shown_row(june.id)
    assert shown == {"month": "Jun 2026", "nps": "+52", "band": "Acceptable"}  # bands 30 / 70
    meeting = next(m for m in cx.list_meetings(db, DEMO_CLIENT_ID) if m.date == "2026-07-06")
    out = reports.write_board_handout(db, meeting.id, "en", tmp_path / "h.pdf")
    text = "".join("".join(p.split()) for p in page_texts(out))
    assert f"NPSJun2026:+52·{shown['band'].replace(' ', '')}" in text
