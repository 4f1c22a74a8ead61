"""Numbers: the client's top contact reasons and, for a snapshot, its contact volumes per
month, channel and reason, with totals and a Pareto chart of the reasons.

One grid does both: its rows are the reasons (renamed in place, ranked by the row numbers)
and its columns the channels of the chosen month. The Pareto chart has a page of its own,
so on a projector it gets the whole tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from csmm_desktop.forms.ui_numbers_tab import Ui_NumbersTab
from csmm_desktop.services import engagement
from csmm_desktop.services.engagement import CHANNELS, MAX_CONTACT_REASONS
from csmm_desktop.views import dialogs, theme
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.engagement.numbers_grid import (
    CountDelegate,
    parse_block,
    parse_count,
    period_label,
    set_cell,
)
from csmm_desktop.views.language import current_language
from csmm_desktop.views.list_page import key_action
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

CHANNEL_KEYS = tuple(CHANNELS)
TOTAL_COLUMN = len(CHANNEL_KEYS) + 1


class NumbersTab(ContextTab):
    """Top contact reasons (client) and contact volumes (snapshot) with a Pareto chart."""

    refresh_when_shown = True  # another tab may have changed the data meanwhile

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.pareto_items: list[tuple[str, int]] = []
        self._reasons: list[engagement.ContactReason] = []
        self._rows: list[str | None] = []  # reason ids, then None: "not split by reason"
        self._volume_ids: dict[tuple[str | None, str], str] = {}
        self._extra_periods: set[str] = set()  # months listed though no count is stored
        self._drawn: tuple | None = None
        self._filling = False
        self.ui = Ui_NumbersTab()
        self.ui.setupUi(self)
        ui = self.ui
        ui.paretoChart.name = "pareto"
        grid = ui.volumeTable
        self._delegate = CountDelegate(grid)  # keep a reference, or its overrides are lost
        grid.setItemDelegate(self._delegate)
        grid.setColumnCount(TOTAL_COLUMN + 1)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(64)
        rows = grid.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(grid.fontMetrics().height() + 10)

        ui.addReasonButton.clicked.connect(self.add_reason)
        ui.newReasonEdit.returnPressed.connect(self.add_reason)
        ui.renameReasonButton.clicked.connect(self.rename_reason)
        ui.upButton.clicked.connect(lambda: self.move_reason(-1))
        ui.downButton.clicked.connect(lambda: self.move_reason(1))
        ui.deleteReasonButton.clicked.connect(self.delete_reason)
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self._show_volumes())
        ui.addPeriodButton.clicked.connect(self.add_period)
        ui.viewTabs.currentChanged.connect(lambda _i: self._show_volumes())
        grid.itemChanged.connect(self._on_item_edited)
        grid.itemActivated.connect(self._edit_cell)
        grid.currentCellChanged.connect(lambda *_a: self._update_buttons())

        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self._delete_key)
        self.paste_action = self._action(QKeySequence.StandardKey.Paste, self.paste)
        self.up_action = self._action(QKeySequence("Ctrl+Up"), lambda: self.move_reason(-1))
        self.down_action = self._action(QKeySequence("Ctrl+Down"), lambda: self.move_reason(1))
        self._retranslate()
        self.refresh()

    def _action(self, keys, slot) -> QAction:
        """A key of the counts grid (and an entry of its context menu)."""
        return key_action(self.ui.volumeTable, keys, slot, self.ui.volumeTable)

    # --- contract with the client panel -------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Numbers")

    def _before_snapshot_change(self) -> None:
        self._extra_periods.clear()

    def refresh(self) -> None:
        self._forget_missing_snapshot()
        self._reasons = (
            engagement.list_contact_reasons(self.db, self.client_id) if self.client_id else []
        )
        self._sort_by_frequency()
        self._fill_periods()
        self._show_volumes()

    # --- contact reasons -----------------------------------------------------------

    def current_reason_id(self) -> str:
        row = self.ui.volumeTable.currentRow()
        return self._reasons[row].id if 0 <= row < len(self._reasons) else ""

    def _select_reason(self, reason_id: str) -> None:
        ids = [r.id for r in self._reasons]
        if reason_id in ids:
            self.ui.volumeTable.setCurrentCell(ids.index(reason_id), 0)

    def _show_reason_count(self) -> None:
        full = len(self._reasons) >= MAX_CONTACT_REASONS
        text = (
            self.tr("%1 of %2 contact reasons: the list is full. Delete one to add another.")
            if full
            else self.tr("%1 of %2 contact reasons, the most frequent first.")
        )
        label = self.ui.reasonCountLabel
        label.setText(
            text.replace("%1", str(len(self._reasons))).replace("%2", str(MAX_CONTACT_REASONS))
        )
        label.setStyleSheet(f"color: {theme.DARKER_ORANGE}; font-weight: bold;" if full else "")
        for widget in (self.ui.newReasonEdit, self.ui.addReasonButton):
            widget.setEnabled(bool(self.client_id))

    def _sort_by_frequency(self) -> None:
        """The reasons most frequent first (the snapshot's contacts, all months), as the
        hint says; the client's own order among equals (all of them before any count).
        Sorted when the tab is filled, not as counts are typed: rows never move under
        the cursor."""
        self._frequency: dict[str, int] = {}
        if self.snapshot_id and self._reasons:
            totals = engagement.volume_totals(self.db, self.snapshot_id)
            self._frequency = {r.reason_id: r.count for r in totals.by_reason}
        rank = {r.id: i for i, r in enumerate(self._reasons)}
        self._reasons.sort(key=lambda r: (-self._frequency.get(r.id, 0), rank[r.id]))

    def _can_move(self, row: int, step: int) -> bool:
        """Moving a reason changes the order only among reasons as frequent as it."""
        other = row + step
        if not (0 <= row < len(self._reasons) and 0 <= other < len(self._reasons)):
            return False
        count = self._frequency.get
        return count(self._reasons[row].id, 0) == count(self._reasons[other].id, 0)

    def _update_buttons(self) -> None:
        row = self.ui.volumeTable.currentRow() if self.current_reason_id() else -1
        self.ui.renameReasonButton.setEnabled(row >= 0)
        self.ui.deleteReasonButton.setEnabled(row >= 0)
        self.ui.upButton.setEnabled(self._can_move(row, -1))
        self.ui.downButton.setEnabled(self._can_move(row, 1))

    def add_reason(self) -> None:
        name = self.ui.newReasonEdit.text().strip()
        if not self.client_id or not name:
            self.ui.newReasonEdit.setFocus()
            return
        if len(self._reasons) >= MAX_CONTACT_REASONS:
            dialogs.warn(
                self,
                self.tr("Add contact reason"),
                self.tr(
                    "The list already holds %1 contact reasons, the most it can. "
                    "Delete or rename one before adding “%2”."
                )
                .replace("%1", str(MAX_CONTACT_REASONS))
                .replace("%2", name),
            )
            return
        try:
            reason = engagement.add_contact_reason(self.db, self.client_id, name)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Add contact reason"), describe(exc, self.db))
            return
        self.ui.newReasonEdit.clear()
        self._after_write(reason.id)

    def rename_reason(self) -> None:
        row = self.ui.volumeTable.currentRow()
        if self.current_reason_id():
            self.ui.volumeTable.setFocus()
            self.ui.volumeTable.editItem(self.ui.volumeTable.item(row, 0))

    def move_reason(self, step: int) -> None:
        reason_id = self.current_reason_id()
        ids = [r.id for r in self._reasons]
        row = ids.index(reason_id) if reason_id else -1
        if row < 0 or not self._can_move(row, step):
            return
        ids[row], ids[row + step] = ids[row + step], ids[row]
        try:
            engagement.reorder_contact_reasons(self.db, self.client_id, ids)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Move contact reason"), describe(exc, self.db))
        self._after_write(reason_id)

    def delete_reason(self) -> None:
        reason_id = self.current_reason_id()
        if not reason_id:
            return
        reason = next(r for r in self._reasons if r.id == reason_id)
        contacts = sum(
            v.count
            for snap in engagement.list_snapshots(self.db, self.client_id)
            for v in engagement.list_volumes(self.db, snap.id)
            if v.reason_id == reason_id
        )
        question = self.tr("Delete the contact reason “%1”?").replace("%1", reason.name)
        if contacts:
            question += " " + self.tr(
                "The %Ln contact(s) recorded for it in all snapshots are deleted with it.",
                "",
                contacts,
            )
        title = self.tr("Delete contact reason")
        self._ask_then_delete(
            title, question, self.tr("Delete"), engagement.delete_contact_reason, reason_id
        )

    def _after_write(self, select_reason: str = "") -> None:
        self.refresh()
        if select_reason:
            self._select_reason(select_reason)
        self.changed.emit()

    # --- months --------------------------------------------------------------------

    def current_period(self) -> str:
        """The month shown in the grid, "" for all months together (read-only)."""
        return self.ui.periodCombo.currentData() or ""

    def _fill_periods(self, select: str | None = None) -> None:
        """The one month control: all months added up, then every month from a year
        before the snapshot to a quarter after it (and any other month holding counts);
        the months holding counts in bold. It opens on the latest month with counts, or
        on the month before the snapshot, ready to type into."""
        combo = self.ui.periodCombo
        keep = self.current_period() if select is None else select
        stored = engagement.volume_periods(self.db, self.snapshot_id) if self.snapshot_id else []
        periods = sorted(set(stored) | self._extra_periods | set(self._months_around()))
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All months"), "")
        bold = QFont(combo.font())
        bold.setBold(True)
        for period in periods:
            combo.addItem(period_label(period), period)
            if period in stored:
                combo.setItemData(combo.count() - 1, bold, Qt.ItemDataRole.FontRole)
        default = max(stored) if stored else self._month_before_snapshot()
        found = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(found if found >= 0 else max(combo.findData(default), 0))
        combo.blockSignals(False)
        for widget in (combo, self.ui.periodLabel):
            widget.setVisible(bool(self.snapshot_id))
        for widget in (self.ui.newPeriodEdit, self.ui.addPeriodButton):
            widget.hide()  # one month control: the list above holds every month to type into

    def _months_around(self) -> list[str]:
        if not self.snapshot_id:
            return []
        snap = engagement.get_snapshot(self.db, self.snapshot_id)
        month = QDate.fromString(snap.date, "yyyy-MM-dd")
        month = QDate(month.year(), month.month(), 1)
        return [month.addMonths(n).toString("yyyy-MM") for n in range(-12, 4)]

    def _month_before_snapshot(self) -> str:
        if not self.snapshot_id:
            return QDate.currentDate().toString("yyyy-MM")
        snap = engagement.get_snapshot(self.db, self.snapshot_id)
        return QDate.fromString(snap.date, "yyyy-MM-dd").addMonths(-1).toString("yyyy-MM")

    def add_period(self, period: str = "") -> None:
        """Show `period` (YYYY-MM), listed from now on, ready to type into."""
        period = period or self.ui.newPeriodEdit.date().toString("yyyy-MM")
        self._extra_periods.add(period)
        self._fill_periods(select=period)
        self._show_volumes()
        self.ui.volumeTable.setFocus()
        self.ui.volumeTable.setCurrentCell(0, 1)

    # --- the grid ------------------------------------------------------------------

    def _show_volumes(self) -> None:
        ui = self.ui
        period = self.current_period()
        has_snapshot = bool(self.snapshot_id)
        ui.viewTabs.setTabEnabled(1, has_snapshot)
        ui.totalLabel.setVisible(has_snapshot)
        self._show_reason_count()
        if not has_snapshot:
            ui.volumeHintLabel.setText(
                self.tr("Select a snapshot to see and enter its contact volumes.")
            )
            self._fill_grid(period, {})
            self._update_buttons()
            return
        if period:
            hint = self.tr(
                "Type the contacts of %1 per channel and reason. Delete clears the selected "
                "counts; Ctrl+V pastes counts copied from a spreadsheet."
            ).replace("%1", period_label(period))
        else:
            hint = self.tr("All months added up, read-only: choose a month to type its counts.")
        if not self._reasons:
            hint += " " + self.tr("Add the top contact reasons below to split counts by reason.")
        ui.volumeHintLabel.setText(hint)
        counts: dict[tuple[str | None, str], int] = {}
        self._volume_ids = {}
        for v in engagement.list_volumes(self.db, self.snapshot_id, period or None):
            counts[(v.reason_id, v.channel)] = counts.get((v.reason_id, v.channel), 0) + v.count
            self._volume_ids[(v.reason_id, v.channel)] = v.id
        self._fill_grid(period, counts)
        self._update_buttons()
        totals = engagement.volume_totals(self.db, self.snapshot_id, period or None)
        text = self.tr("Total: %Ln contact(s)", "", totals.total)
        if totals.without_reason:
            text += " " + self.tr("(%1 not split by reason)").replace(
                "%1", QLocale().toString(totals.without_reason)
            )
        ui.totalLabel.setText(text)
        items = [(r.name, r.count) for r in totals.by_reason if r.count > 0]
        when = period_label(period) if period else self.tr("all months")
        self._draw_pareto(items, self.tr("Contact reasons, %1").replace("%1", when))

    def _fill_grid(self, period: str, counts: dict[tuple[str | None, str], int]) -> None:
        """Rows: the reasons, "not split by reason" and the totals (the last two only with
        a snapshot). Items are updated in place, so an edit in progress stays valid."""
        grid = self.ui.volumeTable
        with_numbers = bool(self.snapshot_id)
        self._rows = [r.id for r in self._reasons] + ([None] if with_numbers else [])
        names = [r.name for r in self._reasons] + [self.tr("Not split by reason")]
        self._filling = True
        grid.setRowCount(len(self._rows) + (1 if with_numbers else 0))
        for col in range(1, TOTAL_COLUMN + 1):
            grid.setColumnHidden(col, not with_numbers)
        grid.setVerticalHeaderLabels([str(i) for i in range(1, len(self._reasons) + 1)] + ["", ""])
        sums = dict.fromkeys(CHANNEL_KEYS, 0)
        for row, reason_id in enumerate(self._rows):
            is_reason = row < len(self._reasons)
            set_cell(grid, row, 0, names[row], editable=is_reason, italic=not is_reason)
            for col, channel in enumerate(CHANNEL_KEYS, start=1):
                count = counts.get((reason_id, channel))
                sums[channel] += count or 0
                set_cell(grid, row, col, count, editable=bool(period))
            row_total = sum(counts.get((reason_id, ch), 0) for ch in CHANNEL_KEYS)
            set_cell(grid, row, TOTAL_COLUMN, row_total, total=True)
        if with_numbers:
            last = len(self._rows)
            set_cell(grid, last, 0, self.tr("Total"), total=True)
            for col, channel in enumerate(CHANNEL_KEYS, start=1):
                set_cell(grid, last, col, sums[channel], total=True)
            set_cell(grid, last, TOTAL_COLUMN, sum(sums.values()), total=True)
        self._filling = False

    def _cell_key(self, row: int, col: int) -> tuple[str | None, str] | None:
        """(reason id or None, channel) of a count cell, None for names and totals."""
        if not self.current_period() or not 1 <= col <= len(CHANNEL_KEYS):
            return None
        if not 0 <= row < len(self._rows):
            return None
        return self._rows[row], CHANNEL_KEYS[col - 1]

    def _edit_cell(self, item: QTableWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.ui.volumeTable.editItem(item)

    def _on_item_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, col = item.row(), item.column()
        if col == 0 and row < len(self._reasons):
            reason_id = self._reasons[row].id
            try:
                engagement.rename_contact_reason(self.db, reason_id, item.text())
            except ERRORS as exc:
                dialogs.warn(self, self.tr("Rename contact reason"), describe(exc, self.db))
            self._after_write(reason_id)
            return
        key = self._cell_key(row, col)
        if key is None:
            return
        try:
            count = parse_count(item.text())
        except ValueError:
            dialogs.warn(
                self,
                self.tr("Contact volumes"),
                self.tr("“%1” is not a whole number of contacts.").replace("%1", item.text()),
            )
            self._show_volumes()
            return
        self._write({key: count})

    def _write(self, cells: dict[tuple[str | None, str], int | None]) -> None:
        """Store counts (None clears a cell), then show the new totals and chart."""
        period = self.current_period()
        rows = [(period, ch, rid, n) for (rid, ch), n in cells.items() if n is not None]
        gone = [
            self._volume_ids[k] for k, n in cells.items() if n is None and k in self._volume_ids
        ]
        try:
            with self.db.atomic():  # the pasted or typed cells: all of them or none
                engagement.set_volumes(self.db, self.snapshot_id, rows)
                for volume_id in gone:
                    engagement.delete_volume(self.db, volume_id)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Contact volumes"), describe(exc, self.db))
        self._extra_periods.add(period)  # stays listed even when its last count is cleared
        self._show_volumes()
        self.changed.emit()

    def _delete_key(self) -> None:
        """Delete on a reason's name deletes the reason; on counts it clears them."""
        if self.ui.volumeTable.currentColumn() == 0:
            self.delete_reason()
        else:
            self.clear_counts()

    def clear_counts(self) -> None:
        cells = {
            key: None
            for item in self.ui.volumeTable.selectedItems()
            if (key := self._cell_key(item.row(), item.column())) in self._volume_ids
        }
        if not cells:
            return
        question = self.tr("Clear %n selected count(s) of %1?", "", len(cells))
        question = question.replace("%1", period_label(self.current_period()))
        if dialogs.ask(
            self, self.tr("Clear counts"), question, confirm=self.tr("Clear"), destructive=True
        ):
            self._write(cells)

    def paste(self) -> None:
        """Paste a block of counts (tab-separated, as spreadsheets copy it) at the current
        cell; what falls outside the channel columns is left out."""
        grid = self.ui.volumeTable
        text = QApplication.clipboard().text()
        if not text or not self.current_period():
            return
        top, left = max(grid.currentRow(), 0), max(grid.currentColumn(), 1)
        try:
            block = parse_block(text)
        except ValueError as exc:
            dialogs.warn(
                self,
                self.tr("Paste counts"),
                self.tr("“%1” is not a whole number of contacts; nothing was pasted.").replace(
                    "%1", str(exc)
                ),
            )
            return
        cells = {
            key: count
            for r, line in enumerate(block)
            for c, count in enumerate(line)
            if (key := self._cell_key(top + r, left + c)) is not None
        }
        if cells:
            self._write(cells)

    # --- chart ---------------------------------------------------------------------

    def _draw_pareto(self, items: list[tuple[str, int]], title: str) -> None:
        """Drawn only when shown (and changed): matplotlib is not needed before that."""
        self.pareto_items = items
        key = (tuple(items), title, current_language())
        if key == self._drawn or not self.ui.paretoChart.isVisible():
            return
        from csmm_desktop import charts

        self._drawn = key
        lang = current_language()
        self.ui.paretoChart.set_builder(
            lambda size: charts.pareto(items, lang, title=title, size=size)
        )

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        labels = [self.tr("Contact reason")]
        labels += [CHANNELS[key][current_language()] for key in CHANNEL_KEYS]
        labels.append(self.tr("Total"))
        self.ui.volumeTable.setHorizontalHeaderLabels(labels)
        self.delete_action.setText(self.tr("Delete reason or clear counts…"))
        self.paste_action.setText(self.tr("Paste counts"))
        self.up_action.setText(self.tr("Move reason up"))
        self.down_action.setText(self.tr("Move reason down"))
