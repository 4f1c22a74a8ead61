from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from csmm_desktop.services import clients, engagement
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, theme
from csmm_desktop.views.cxboard import CxBoardTab
from csmm_desktop.views.cxboard.common import BAND_ROLE
from csmm_desktop.views.cxboard.meeting_dialog import CxMeetingDialog
from csmm_desktop.views.cxboard.nps_counts_dialog import CxNpsCountsDialog
from csmm_desktop.views.cxboard.nps_page import BAND
from csmm_desktop.views.cxboard.project_dialog import CxProjectDialog
from tests.gui.chart_wait import drawn
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_text

VOLUMES = {  # reason: (May, June)
    "Kredi başvuru durumu sorgulama": (300, 420),
    "Şifre değişikliği": (500, 520),
    "Limit artırma": (800, 700),
}


@pytest.fixture
def bank(db):
    client = clients.create_client(db, "Yıldız Bankası")
    snap = clients.create_snapshot(db, client.id, "measured", "2026-06-29")
    reasons = {name: engagement.add_contact_reason(db, client.id, name).id for name in VOLUMES}
    rows = [
        (period, "phone", reasons[name], counts[i])
        for name, counts in VOLUMES.items()
        for i, period in enumerate(("2026-05", "2026-06"))
    ]
    engagement.set_volumes(db, snap.id, rows)
    return client.id, snap.id, reasons


@pytest.fixture
def tab(qtbot, db, modal, bank):
    widget = CxBoardTab(db)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(bank[0], bank[1])
    return widget


def rows_written(db):
    tables = ("cx_meetings", "cx_projects", "cx_project_revisions", "cx_nps_readings")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_nps_from_survey_counts_shows_the_nps_and_its_band(qtbot, tab, db, monkeypatch, bank):
    tab.show_kind("nps")
    page = tab.nps_page
    assert tab.tab_title() == "CX board" and page.model.rowCount() == 0

    def fill(dialog):
        dialog.ui.monthEdit.setDate(QDate(2026, 7, 1))
        for spin, count in zip(dialog.spins, [1, 0, 0, 0, 0, 0, 2, 1, 3, 4, 5], strict=True):
            spin.setValue(count)
        summary = dialog.ui.summaryLabel.text()
        assert summary.startswith("16 answers: 9 promoters, 4 passives, 3 detractors.")
        assert "NPS +38 (Acceptable)" in summary  # signed, as everywhere

    fill_dialog(monkeypatch, CxNpsCountsDialog, fill)
    page.ui.readingTable.setFocus()
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(page.ui.readingTable, Qt.Key.Key_Insert)  # Insert adds
    [reading] = cx.list_nps_readings(db, bank[0])
    assert (reading.period, reading.promoters, reading.passives, reading.detractors) == (
        "2026-07",
        9,
        4,
        3,
    )
    assert reading.nps == pytest.approx(37.5)
    shown = page.shown_row(reading.id)
    assert shown == {"month": "Jul 2026", "nps": "+38", "band": "Acceptable"}
    band = page.model.index(0, BAND)
    assert band.data(BAND_ROLE) == "good_enough"
    assert not band.data(Qt.ItemDataRole.DecorationRole).isNull()  # the band's shape
    assert band.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(theme.ORANGE_TINT)
    assert page.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()  # the NPS, bold
    assert drawn(page.ui.trendChart) is not None  # the trend is drawn (on the worker)

    cx.set_nps_bands(db, bank[0], 40, 60)  # a stricter client: 38 is weak now
    page.refresh()
    assert page.shown_row(reading.id)["band"] == "Weak"


def test_a_meeting_cycle_through_the_board(qtbot, tab, db, monkeypatch, modal, bank):
    client_id = bank[0]
    project = cx.nominate_project(db, client_id, "Kredi başvurusu durum bildirimi", owner="Elif")
    cx.update_project(db, project.id, status="in_progress", next_steps="Pilot")
    cx.nominate_project(db, client_id, "Eski fikir", source="turn_off")
    tab.show_kind("meetings")
    page = tab.meetings_page
    first = page.proposal
    assert (first.kind, first.date) == ("metrics", date.today().isoformat())
    assert page.ui.nextLabel.text().startswith("Metrics · ")
    assert "Top 10 contact reasons" in page.agenda_text()

    def fill(dialog):
        assert dialog.ui.kindCombo.currentData() == "metrics"
        assert dialog.ui.durationSpin.value() == 90  # the kind's usual length
        dialog.ui.durationSpin.setValue(80)
        type_text(dialog.ui.attendeesEdit, "Ayşe Çelik")
        qtbot.keyClick(dialog.ui.attendeesEdit, Qt.Key.Key_Return)
        type_text(dialog.ui.attendeesEdit, "Oğuz Şahin")
        type_text(dialog.ui.decisionsEdit, "Kredi bildirimi pilotu başlasın")

    fill_dialog(monkeypatch, CxMeetingDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    [meeting] = cx.list_meetings(db, client_id)
    assert (meeting.kind, meeting.duration_min, meeting.attendees) == (
        "metrics",
        80,
        ("Ayşe Çelik", "Oğuz Şahin"),
    )
    assert meeting.decisions == ("Kredi bildirimi pilotu başlasın",)
    assert meeting.agenda == first.agenda  # the prepared agenda, in both languages

    second = page.proposal  # the other kind, two weeks later, about the open projects
    assert second.kind == "project_review"
    assert second.date == (date.fromisoformat(meeting.date) + timedelta(days=14)).isoformat()
    assert page.ui.nextLabel.text().startswith("Project review · ")
    agenda = page.agenda_text()
    assert "Kredi başvurusu durum bildirimi: In progress; owner Elif" in agenda
    assert "Decide on the nominated project Eski fikir" in agenda
    assert page.current_meeting().id == meeting.id
    assert "Kredi bildirimi pilotu başlasın" in page.ui.detailView.toPlainText()
    model = page.ui.meetingTable.model()
    assert [model.index(0, c).data() for c in range(4)] == [
        formatting.date(meeting.date),
        "Metrics",
        "80 min",
        "1",
    ]

    page.ui.meetingTable.setFocus()
    modal.answer = False
    qtbot.keyClick(page.ui.meetingTable, Qt.Key.Key_Delete)  # asks first
    assert "Delete the Metrics meeting of" in modal.asked[-1]
    assert len(cx.list_meetings(db, client_id)) == 1
    modal.answer = True
    qtbot.keyClick(page.ui.meetingTable, Qt.Key.Key_Delete)
    assert cx.list_meetings(db, client_id) == [] and page.proposal.kind == "metrics"


def test_a_bad_duration_is_refused_with_the_services_message(
    qtbot, tab, db, monkeypatch, modal, bank
):
    tab.show_kind("meetings")
    before = rows_written(db)
    seen = {}

    def fill(dialog):
        dialog.ui.durationSpin.setValue(60)
        seen["dialog"] = dialog

    fill_dialog(monkeypatch, CxMeetingDialog, fill)
    tab.meetings_page.ui.meetingTable.setFocus()
    qtbot.keyClick(tab.meetings_page.ui.meetingTable, Qt.Key.Key_Insert)
    assert "a Metrics meeting lasts 75 to 90 minutes; 60 is outside that range" in modal.warned[-1]
    assert not seen["dialog"].result()  # it stays open with what was typed
    assert rows_written(db) == before and cx.list_meetings(db, bank[0]) == []


def test_nominate_a_project_from_a_contact_reason(qtbot, tab, db, monkeypatch, bank):
    client_id, _, reasons = bank
    loan = reasons["Kredi başvuru durumu sorgulama"]
    cx.set_reason_note(db, loan, "Kaygı", "Başvurudan sonra bilgi verilmiyor")
    tab.show_kind("reasons")
    page = tab.reasons_page
    table = page.ui.reasonTable
    model = table.model()
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == ["Limit artırma", "Şifre değişikliği", "Kredi başvuru durumu sorgulama"]
    assert model.index(2, 4).data() == "+120 (+40.0%)" and model.index(2, 5).data() == "▲ Run-up"
    # the run-up written bold in dark vermillion, the others as the style writes them
    assert model.index(2, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, 5).data(Qt.ItemDataRole.ForegroundRole) == QColor(theme.DARK_VERMILLION)
    assert model.index(0, 4).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # a click on Contacts sorts by the count (then the other way)
    header = table.horizontalHeader()
    for order in ([300 + 120, 500 + 20, 700], [700, 520, 420]):
        x = header.sectionPosition(2) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert [r.count for r in page.model.shown_rows()] == order
    header.sectionClicked.emit(0)  # by rank again: the order the test goes on with
    assert page.ui.runUpList.item(0).text().startswith("Kredi başvuru durumu sorgulama: 300 → 420")
    table.selectRow(2)
    assert "Başvurudan sonra bilgi verilmiyor" in page.ui.noteView.toPlainText()

    def fill(dialog):
        assert dialog.ui.titleEdit.text() == "Kredi başvuru durumu sorgulama"
        assert dialog.ui.sourceCombo.currentData() == "data"
        dialog.ui.titleEdit.clear()
        type_text(dialog.ui.titleEdit, "Kredi başvurusu durum bildirimi")
        type_text(dialog.ui.ownerEdit, "Elif Yılmaz")

    fill_dialog(monkeypatch, CxProjectDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(page.ui.nominateButton, Qt.MouseButton.LeftButton)
    [project] = cx.list_projects(db, client_id)
    assert (project.title, project.reason_id, project.source, project.status) == (
        "Kredi başvurusu durum bildirimi",
        loan,
        "data",
        "nominated",
    )
    assert project.owner == "Elif Yılmaz"
    assert "420 contacts" in project.description and "bilgi verilmiyor" in project.description
    assert tab.current_page() is tab.projects_page  # the board shows the new project
    assert tab.projects_page.current_project_id() == project.id


def test_a_project_edit_with_a_note_appears_in_its_history(qtbot, tab, db, monkeypatch, bank):
    project = cx.nominate_project(db, bank[0], "Şifre adımları", source="turn_off")
    tab.show_kind("projects")
    page = tab.projects_page
    assert page.history_rows() == [("Nominated", "Priority: 3\nSource: Turn-off", "")]

    def fill(dialog):
        assert dialog.ui.noteEdit.isVisibleTo(dialog)  # only when editing
        dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("approved"))
        dialog.ui.dueCheck.setChecked(True)
        dialog.ui.dueEdit.setDate(QDate(2026, 9, 28))
        type_text(dialog.ui.scopeEdit, "Mobil uygulama")
        type_text(dialog.ui.noteEdit, "Kurulda onaylandı")

    fill_dialog(monkeypatch, CxProjectDialog, fill)
    page.ui.projectTable.setFocus()
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(page.ui.projectTable, Qt.Key.Key_Return)  # Enter edits
    history = cx.project_history(db, project.id)
    assert [(h.kind, h.note) for h in history] == [
        ("created", ""),
        ("changed", "Kurulda onaylandı"),
    ]
    assert history[1].aspects == {"status", "scope", "timing"}
    assert page.history_rows()[0] == (  # newest first, old → new
        "Revised: scope, timing, status",
        "Status: Nominated → Approved\n"
        f"Due date: — → {formatting.date('2026-09-28')}\n"
        "Scope: — → Mobil uygulama",
        "Kurulda onaylandı",
    )
    model = page.ui.projectTable.model()
    assert model.index(0, 3).data() == "Approved"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # no description


def test_the_handout_is_written_in_the_background(qtbot, tab, db, modal, bank, tmp_path):
    cx.record_meeting(db, bank[0], "2026-07-06", "metrics")
    tab.show_kind("meetings")
    out = tmp_path / "kurul.pdf"
    modal.save_path = str(out)
    modal.choice = 1  # Close
    qtbot.mouseClick(tab.meetings_page.ui.handoutButton, Qt.MouseButton.LeftButton)
    assert tab.meetings_page.ui.handoutLabel.text().startswith("Exporting the handout")
    qtbot.waitUntil(lambda: bool(modal.chosen), timeout=60000)
    assert modal.chosen[-1][0] == f"The handout was saved as:\n{out}"
    assert out.read_bytes()[:5] == b"%PDF-" and modal.warned == []
    assert tab.meetings_page.ui.handoutLabel.text() == ""
    assert tab.meetings_page._task is None


def feedback_texts(page):
    """What the feedback list shows, row by row (date, source, text, projects)."""
    model = page.ui.feedbackTable.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_feedback_log_lists_filters_sorts_copies_and_keys(
    qtbot, tab, db, monkeypatch, modal, bank
):
    from PySide6.QtGui import QGuiApplication

    from csmm_desktop.views.cxboard.feedback_dialog import CxFeedbackDialog

    client_id = bank[0]
    cx.add_feedback(db, client_id, "2026-05-04", "email", "Kart teslimatı gecikti")
    cx.add_feedback(db, client_id, "2026-06-10", "customer_call", "Şube çok kalabalık")
    tab.show_kind("feedback")
    page = tab.feedback_page
    table = page.ui.feedbackTable
    assert feedback_texts(page) == [  # newest first
        ("10 Jun 2026", "Customer call", "Şube çok kalabalık", "—"),
        ("4 May 2026", "E-mail", "Kart teslimatı gecikti", "—"),
    ]
    assert page.ui.countLabel.text() == "2 of 2 entries shown, newest first"
    assert page.current_entry().text == "Şube çok kalabalık"  # the first row, selected
    assert page.ui.editButton.isEnabled()

    # the filter box above the list: accent- and case-insensitive
    box = page.findChild(type(page.model.filter_edit), "feedbackTableFilter")
    type_text(box, "sube")
    assert [row[2] for row in feedback_texts(page)] == ["Şube çok kalabalık"]
    box.clear()

    # a click on the Date header: oldest first (by the date, not its text)
    header = table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + QPoint(header.sectionPosition(0) + 5, 5),
    )
    assert [row[0] for row in feedback_texts(page)] == ["4 May 2026", "10 Jun 2026"]

    # Insert adds (the new entry is selected), the user's order kept over the refill
    def fill(dialog):
        dialog.ui.dateEdit.setDate(QDate(2026, 6, 1))
        dialog.ui.sourceCombo.setCurrentIndex(dialog.ui.sourceCombo.findData("employee"))
        type_text(dialog.ui.textEdit, "Form çok uzun")

    fill_dialog(monkeypatch, CxFeedbackDialog, fill)
    table.setFocus()
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert [row[0] for row in feedback_texts(page)] == ["4 May 2026", "1 Jun 2026", "10 Jun 2026"]
    assert page.current_entry().text == "Form çok uzun"
    assert page.selected_ids() == [page.current_entry().id]

    # Ctrl+C copies the selected row as shown, under the headers
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "Date\tSource\tWhat was said\tProjects\n1 Jun 2026\tEmployee\tForm çok uzun\t—\n"
    )

    # Delete asks first; the row goes, the next one is selected
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert modal.asked[-1].startswith("Delete the feedback of 1 Jun 2026: “Form çok uzun”?")
    assert [e.text for e in cx.list_feedback(db, client_id)] == [
        "Kart teslimatı gecikti",
        "Şube çok kalabalık",
    ]
    assert len(feedback_texts(page)) == 2 and page.current_entry() is not None


def test_the_project_history_sorts_by_its_time_both_ways(qtbot, tab, db, bank):
    project = cx.nominate_project(db, bank[0], "Şifre adımları", source="turn_off")
    cx.add_project_note(db, project.id, "İkinci")
    cx.add_project_note(db, project.id, "Üçüncü")
    times = ("2025-12-01T09:00:00", "2026-02-09T09:30:00", "2026-02-09T14:03:00")
    with db.atomic():  # three times apart (the test writes them in the same second)
        for revision, at in zip(cx.project_history(db, project.id), times, strict=True):
            db.execute("UPDATE cx_project_revisions SET at = ? WHERE id = ?", [at, revision.id])
    tab.show_kind("projects")
    page = tab.projects_page
    page.refresh(project.id)
    assert [row[2] for row in page.history_rows()] == ["Üçüncü", "İkinci", ""]  # newest first
    header = page.ui.historyTable.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [row[2] for row in page.history_rows()] == ["", "İkinci", "Üçüncü"]  # oldest first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [row[2] for row in page.history_rows()] == ["Üçüncü", "İkinci", ""]
