"""Board meetings: the proposed next one (14 days after the last, the other kind, with its
agenda prepared from the data) to record, the past ones with their details, and a handout
of a meeting exported in the background."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop import outputs
from csmm_desktop.domain import dates
from csmm_desktop.forms.ui_cx_meetings_page import Ui_CxMeetingsPage
from csmm_desktop.services import cxboard as cx
from csmm_desktop.services.engagement import is_overdue
from csmm_desktop.views import dialogs, external, formatting, theme
from csmm_desktop.views.cxboard.agenda_sections import grouped
from csmm_desktop.views.cxboard.common import BoardPage, setup_look
from csmm_desktop.views.cxboard.meeting_dialog import CxMeetingDialog
from csmm_desktop.views.cxboard.project_history import meeting_kind
from csmm_desktop.views.language import current_language
from csmm_desktop.views.rows_model import RIGHT, Column
from csmm_desktop.views.writes import describe

if TYPE_CHECKING:
    from sqlite_utils import Database

DATE, KIND, DURATION, DECISIONS = range(4)


def long_date(iso: str) -> str:
    """A meeting's day with its weekday, in the app's date style: Mon 12 Oct 2026 /
    12.10.2026 Pazartesi (domain/dates.py)."""
    return dates.weekday(iso, current_language())


class CxMeetingsPage(BoardPage):
    """The past meetings on the list-page base's model view (views/list_page.py); the
    proposed agenda is a text view, not a list."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.ui = Ui_CxMeetingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._meetings: list[cx.BoardMeeting] = []  # newest first, as stored
        self.proposal: cx.MeetingProposal | None = None
        self._task = None
        font = ui.nextLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.nextLabel.setFont(font)
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.pastSplitter.setStretchFactor(0, 2)
        ui.pastSplitter.setStretchFactor(1, 3)
        self._rows_view(ui.meetingTable, self._columns(), lambda m: m.id)
        setup_look(ui.meetingTable, KIND)
        ui.recordButton.clicked.connect(self.record_meeting)
        ui.editButton.clicked.connect(self.edit_meeting)
        ui.deleteButton.clicked.connect(self.delete_meeting)
        ui.handoutButton.clicked.connect(self.export_handout)
        ui.meetingTable.selectionModel().selectionChanged.connect(self._on_selection)
        self.keys = self._install_keys(
            ui.meetingTable, self.record_meeting, self.edit_meeting, self.delete_meeting
        )
        self._retranslate()

    # --- what is shown -------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(
                lambda: self.tr("Date"), lambda m: formatting.date(m.date), key=lambda m: m.date
            ),
            Column(lambda: self.tr("Kind"), lambda m: meeting_kind(m.kind)),
            Column(
                lambda: self.tr("Length"),
                lambda m: self.tr("%1 min").replace("%1", str(m.duration_min)),
                key=lambda m: m.duration_min,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Decisions"),
                lambda m: str(len(m.decisions)),
                key=lambda m: len(m.decisions),
                align=RIGHT,
            ),
        ]

    def refresh(self, select: str = "") -> None:
        self.stale = False
        keep = select or self.selected_id()
        if self.client_id:
            self._meetings = list(reversed(cx.list_meetings(self.db, self.client_id)))
            self.proposal = cx.next_meeting(self.db, self.client_id)
        else:
            self._meetings, self.proposal = [], None
        self._show_proposal()
        self.model.set_rows(self._meetings)
        self.select_id(keep)
        self._on_selection()

    def _show_proposal(self) -> None:
        p = self.proposal
        self.ui.recordButton.setEnabled(p is not None)
        if p is None:
            for widget in (self.ui.nextLabel, self.ui.focusLabel, self.ui.agendaView):
                widget.clear()
            return
        template = cx.meeting_template(p.kind)
        lang = current_language()
        heading = (
            self.tr("%1 · %2").replace("%1", meeting_kind(p.kind)).replace("%2", long_date(p.date))
        )
        if is_overdue("planned", p.date, date.today()):  # a proposal is still to be held
            heading += " " + self.tr("(overdue)")
        self.ui.nextLabel.setText(heading)
        focus = (
            self.tr("%1 to %2 minutes. %3")
            .replace("%1", str(p.min_minutes))
            .replace("%2", str(p.max_minutes))
            .replace("%3", template.focus.get(lang) or template.focus["en"])
        )
        self.ui.focusLabel.setText(focus)
        self.ui.agendaView.setHtml(self._agenda_html(p.agenda, p.kind))

    def agenda_text(self) -> str:
        """The proposed agenda as plain text (for tests and the clipboard)."""
        return self.ui.agendaView.toPlainText()

    def _agenda_html(self, items, kind: str) -> str:
        lang = current_language()
        parts = []
        for _key, title, section_items in grouped(items, kind, self.tr("Other items")):
            parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(title)}</b></p><ul>")
            parts += [f"<li>{html.escape(i.in_lang(lang))}</li>" for i in section_items]
            parts.append("</ul>")
        return "".join(parts)

    def current_meeting(self) -> cx.BoardMeeting | None:
        return self.selected_row()

    def _on_selection(self, *_args) -> None:
        m = self.current_meeting()
        for button in (self.ui.editButton, self.ui.deleteButton):
            button.setEnabled(m is not None)
        self.ui.handoutButton.setEnabled(m is not None and self._task is None)
        if m is None:
            self.ui.detailView.setHtml(
                ""
                if self._meetings
                else f"<p style='color:{theme.HINT}'>"
                + html.escape(self.tr("No meeting recorded yet: record the proposed one."))
                + "</p>"
            )
            return
        heading = (
            self.tr("%1 · %2 · %3 minutes")
            .replace("%1", long_date(m.date))
            .replace("%2", meeting_kind(m.kind))
            .replace("%3", str(m.duration_min))
        )
        parts = [f"<h3>{html.escape(heading)}</h3>"]
        if m.attendees:
            who, label = html.escape(", ".join(m.attendees)), html.escape(self.tr("Attendees:"))
            parts.append(f"<p><b>{label}</b> {who}</p>")
        if m.decisions:
            decided = html.escape(self.tr("Decisions"))
            parts.append(f"<p style='margin-bottom:2px'><b>{decided}</b></p>")
            parts.append("<ol>" + "".join(f"<li>{html.escape(d)}</li>" for d in m.decisions))
            parts.append("</ol>")
        if m.minutes:
            body = html.escape(m.minutes).replace("\n", "<br>")
            label = html.escape(self.tr("Minutes:"))
            parts.append(f"<p><b>{label}</b> {body}</p>")
        if m.agenda:
            label = html.escape(self.tr("Agenda"))
            parts.append(f"<h4>{label}</h4>")
            parts.append(self._agenda_html(m.agenda, m.kind))
        self.ui.detailView.setHtml("".join(parts))

    # --- writes --------------------------------------------------------------------

    def record_meeting(self) -> None:
        p = self.proposal
        if p is None or not self.client_id:
            return
        added: list[cx.BoardMeeting] = []
        last = self._meetings[0] if self._meetings else None

        def save(values: dict) -> None:
            added.append(cx.record_meeting(self.db, self.client_id, **values))

        def prepare(kind: str, day: str) -> list[cx.AgendaItem]:
            previous = last.date if last else None
            return cx.build_agenda(self.db, self.client_id, kind, day, previous)

        dialog = CxMeetingDialog(
            self,
            proposal=p,
            attendees=last.attendees if last else (),
            prepare=prepare,
            save=save,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self._after_write(added[0].id)

    def edit_meeting(self) -> None:
        chosen = self.current_meeting()
        title = self.tr("Edit board meeting")
        meeting = self._attempt(title, cx.get_meeting, chosen.id) if chosen else None
        if meeting is None:
            return

        def save(values: dict) -> None:
            cx.update_meeting(self.db, meeting.id, **values)

        dialog = CxMeetingDialog(self, meeting=meeting, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(meeting.id)

    def delete_meeting(self) -> None:
        m = self.current_meeting()
        if m is None:
            return
        question = (
            self.tr(
                "Delete the %1 meeting of %2 with its agenda, decisions and minutes? Projects "
                "nominated there stay."
            )
            .replace("%1", meeting_kind(m.kind))
            .replace("%2", formatting.date(m.date))
        )
        self._ask_then_delete(
            self.tr("Delete board meeting"), question, self.tr("Delete"), cx.delete_meeting, m.id
        )

    # --- the handout ---------------------------------------------------------------

    def export_handout(self) -> None:
        m = self.current_meeting()
        if m is None or self._task is not None:
            return
        title = self.tr("Export handout")
        lang = current_language()
        suggested = outputs.file_name(
            [outputs.word("board", lang), dates.day(m.date, lang), meeting_kind(m.kind)], ".pdf"
        )
        path = dialogs.save_file(self, title, suggested, self.tr("PDF document (*.pdf)"))
        if not path:
            return
        from csmm_desktop.views.tasks import run_in_background

        db_file = self.db.execute("PRAGMA database_list").fetchone()[2]
        meeting_id = m.id

        def work(db, progress):
            from csmm_desktop.reports.board_handout import write_board_handout

            write_board_handout(db, meeting_id, lang, path, progress=progress)
            return path

        self._handout_progress(0, "")
        self._task = run_in_background(
            self,
            title,
            work,
            db_file=db_file,
            on_done=self._handout_done,
            on_failed=lambda exc: self._handout_failed(title, exc),
            on_progress=self._handout_progress,
            dialog=False,  # the page's label shows the progress; the board stays usable
        )
        self._on_selection()

    def _handout_progress(self, pct: int, _message: object) -> None:
        self.ui.handoutLabel.setText(
            self.tr("Exporting the handout… %1").replace("%1", formatting.percent(pct / 100))
        )

    def _handout_done(self, path: str) -> None:
        self._task = None
        self.ui.handoutLabel.clear()
        self._on_selection()
        choice = dialogs.choose(
            self,
            self.tr("Export handout"),
            self.tr("The handout was saved as:\n%1").replace("%1", path),
            [self.tr("Open the file"), self.tr("Close")],
        )
        if choice == 0:
            external.show(self, path, self.tr("Export handout"))

    def _handout_failed(self, title: str, exc: object) -> None:
        self._task = None
        self.ui.handoutLabel.clear()
        self._on_selection()
        dialogs.warn(self, title, describe(exc, self.db))

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.keys["add"].setText(self.tr("Record the proposed meeting…"))
        self.keys["edit"].setText(self.tr("Edit meeting…"))
        self.keys["delete"].setText(self.tr("Delete meeting…"))
