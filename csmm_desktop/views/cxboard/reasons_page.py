"""Contact reasons: a month's top 10 with volumes, change and run-up marks, the run-ups,
and per reason the emotions and pain points behind it; a project nominated from a reason."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from csmm_desktop.domain.cxboard import RUN_UPS_ON_AGENDA, change_pct, format_period
from csmm_desktop.domain.numbers import integer, signed
from csmm_desktop.forms.ui_cx_reasons_page import Ui_CxReasonsPage
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, theme
from csmm_desktop.views.cxboard.common import BoardPage, setup_look
from csmm_desktop.views.cxboard.project_dialog import CxProjectDialog
from csmm_desktop.views.cxboard.project_history import Names
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.rows_model import RIGHT, Column

if TYPE_CHECKING:
    from sqlite_utils import Database

RANK, REASON, CONTACTS, SHARE, CHANGE, RUN_UP, NOTE = range(7)
RISING = QColor(theme.DARK_VERMILLION)  # dark vermillion: readable on white and on a projector


class CxReasonsPage(BoardPage):
    """The month's top 10 on the list-page base's model view (views/list_page.py)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.ui = Ui_CxReasonsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._notes: dict[str, cx.ReasonNote] = {}
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 2)
        ui.bottomSplitter.setStretchFactor(0, 3)
        ui.bottomSplitter.setStretchFactor(1, 2)
        ui.mainSplitter.setSizes([360, 240])
        ui.runUpList.setSpacing(3)
        self._rows_view(ui.reasonTable, self._columns(), lambda r: r.reason_id)
        setup_look(ui.reasonTable, REASON)
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.noteButton.clicked.connect(self.edit_note)
        ui.nominateButton.clicked.connect(self.nominate)
        ui.reasonTable.selectionModel().selectionChanged.connect(self._on_selection)
        ui.runUpList.itemActivated.connect(self._select_run_up)
        ui.runUpList.itemClicked.connect(self._select_run_up)
        self.keys = self._install_keys(
            ui.reasonTable, self.nominate, self.edit_note, self.clear_note
        )
        self._retranslate()

    # --- what is shown -------------------------------------------------------------

    def _columns(self) -> list[Column]:
        def rising(r: cx.BoardReason) -> QColor | None:
            return RISING if r.run_up else None

        return [
            Column(lambda: self.tr("#"), lambda r: str(r.rank), key=lambda r: r.rank, align=RIGHT),
            Column(lambda: self.tr("Contact reason"), lambda r: r.name),
            Column(
                lambda: self.tr("Contacts"),
                lambda r: integer(r.count, current_language()),
                key=lambda r: r.count,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Share"),
                lambda r: formatting.percent(r.share),
                key=lambda r: r.share,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Change"),
                self._change_text,
                key=lambda r: r.change,
                align=RIGHT,
                emphasis=rising,
            ),
            Column(
                lambda: self.tr("Run-up"),
                lambda r: self.tr("▲ Run-up") if r.run_up else "",
                emphasis=rising,
            ),
            Column(
                lambda: self.tr("Note"),
                lambda r: self.tr("Noted") if r.reason_id in self._notes else "",
            ),
        ]

    @staticmethod
    def _change_text(r: cx.BoardReason) -> str:
        if r.previous is None:
            return "—"
        lang = current_language()
        return f"{signed(r.change or 0, lang)} ({change_pct(r.pct, lang)})"

    @property
    def _top(self) -> list[cx.BoardReason]:
        """The month's top 10 shown (in the user's order)."""
        return self.model.rows() if self.model is not None else []

    def refresh(self, select: str = "") -> None:
        self.stale = False
        keep = select or self.selected_id()
        volumes = cx.reason_volumes(self.db, self.client_id) if self.client_id else {}
        period = self._fill_months(list(volumes))
        lang = current_language()
        if period:
            top = cx.top_reasons(self.db, self.client_id, period)
            ups = cx.run_ups(self.db, self.client_id, until_period=period)
        else:
            top, ups = [], []
        self._notes = cx.reason_notes(self.db, self.client_id) if self.client_id else {}
        self.model.set_rows(top)
        self._show_total(period, volumes.get(period, {}), lang)
        self._show_run_ups(ups, lang)
        self.select_id(keep)
        self._on_selection()

    def _fill_months(self, months: list[str]) -> str:
        """The months newest first; the one chosen (the latest at first) is returned."""
        combo = self.ui.monthCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for period in reversed(months):
            combo.addItem(format_period(period, current_language()), period)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        return combo.currentData() or ""

    def _show_total(self, period: str, month: dict[str, int], lang: str) -> None:
        if not period:
            text = self.tr(
                "No contact volumes by reason yet: enter them on the Numbers tab (by month and "
                "reason)."
            )
        else:
            total = sum(month.values())
            text = (
                self.tr("%Ln contact(s) with a reason in %1; the top 10 are %2 of them.", "", total)
                .replace("%1", format_period(period, lang))
                .replace("%2", formatting.percent(sum(r.share for r in self._top)))
            )
            if self._top and self._top[0].previous_period:
                text += " " + self.tr("Change: since %1.").replace(
                    "%1", format_period(self._top[0].previous_period, lang)
                )
        self.ui.totalLabel.setText(text)

    def _show_run_ups(self, ups: list[cx.RunUp], lang: str) -> None:
        listing = self.ui.runUpList
        listing.clear()
        for n, u in enumerate(ups):
            text = (
                self.tr("%1: %2 → %3 (%4, %5)")
                .replace("%1", u.name)
                .replace("%2", integer(u.previous, lang))
                .replace("%3", integer(u.current, lang))
                .replace("%4", signed(u.change, lang))
                .replace("%5", change_pct(u.pct, lang))
            )
            item = QListWidgetItem(text, listing)
            item.setData(ID_ROLE, u.reason_id)
            if n < RUN_UPS_ON_AGENDA:  # the ones marked in the table and put on the agenda
                font = QFont(listing.font())
                font.setBold(True)
                item.setFont(font)
        if not ups:
            item = QListWidgetItem(self.tr("No contact reason grew in this month."), listing)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _select_run_up(self, item: QListWidgetItem) -> None:
        reason_id = item.data(ID_ROLE)
        if any(r.reason_id == reason_id for r in self.model.shown_rows()):
            self.select_id(reason_id)

    def current_reason(self) -> cx.BoardReason | None:
        return self.selected_row()

    def _on_selection(self, *_args) -> None:
        reason = self.current_reason()
        self.ui.noteButton.setEnabled(reason is not None)
        self.ui.nominateButton.setEnabled(reason is not None)
        if reason is None:
            self.ui.noteView.setHtml("")
            return
        note = self._notes.get(reason.reason_id)
        parts = [f"<h3>{html.escape(reason.name)}</h3>"]
        if note is None:
            parts.append(
                f"<p style='color:{theme.HINT}'>"
                + html.escape(
                    self.tr(
                        "No note yet. Press Enter or “Edit note…” to write down what customers "
                        "feel when they contact you for this, and where it hurts."
                    )
                )
                + "</p>"
            )
        else:
            for heading, text in (
                (self.tr("Emotions"), note.emotions),
                (self.tr("Pain points"), note.pain_points),
            ):
                if text:
                    body = html.escape(text).replace("\n", "<br>")
                    parts.append(f"<p><b>{html.escape(heading)}:</b> {body}</p>")
        self.ui.noteView.setHtml("".join(parts))

    # --- writes --------------------------------------------------------------------

    def edit_note(self) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        from csmm_desktop.views.cxboard.reason_note_dialog import CxReasonNoteDialog

        def save(values: dict) -> None:
            cx.set_reason_note(self.db, reason.reason_id, **values)

        note = self._notes.get(reason.reason_id)
        dialog = CxReasonNoteDialog(self, reason.name, note, save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(reason.reason_id)

    def clear_note(self) -> None:
        reason = self.current_reason()
        if reason is None or reason.reason_id not in self._notes:
            return
        question = self.tr("Remove the note on “%1”?").replace("%1", reason.name)
        self._ask_then_delete(
            self.tr("Remove note"),
            question,
            self.tr("Remove"),
            cx.set_reason_note,
            reason.reason_id,
        )

    def nominate(self) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        added: list[cx.CxProject] = []

        def save(values: dict) -> None:
            title = values.pop("title")
            added.append(
                cx.nominate_from_reason(
                    self.db, reason.reason_id, title, lang=current_language(), **values
                )
            )

        dialog = CxProjectDialog(
            self,
            None,
            Names.of_client(self.db, self.client_id),
            prefill={"title": reason.name, "source": "data"},
            intro=self.tr(
                "A project nominated from the contact reason “%1”. Left empty, the description "
                "says where the reason stands on the board and what its note says."
            ).replace("%1", reason.name),
            save=save,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh(reason.reason_id)
            self.changed.emit()
            self.show_project.emit(added[0].id)

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.keys["add"].setText(self.tr("Nominate a project from this reason…"))
        self.keys["edit"].setText(self.tr("Edit note…"))
        self.keys["delete"].setText(self.tr("Remove note…"))
