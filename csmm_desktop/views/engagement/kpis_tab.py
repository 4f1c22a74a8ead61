"""KPIs: the client's KPI definitions, each KPI's value at the selected snapshot with its
status against the target, and the selected KPI's trend across snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from csmm_desktop.forms.ui_kpis_tab import Ui_KpisTab
from csmm_desktop.services import engagement
from csmm_desktop.services.engagement import KPI_DIRECTIONS
from csmm_desktop.views import dialogs, formatting
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.engagement.kpi_dialog import KpiDialog
from csmm_desktop.views.engagement.kpis_status import (
    STATUS_TEXT,
    is_number,
    plain_number,
    status_background,
    status_icon,
    status_text,
    with_unit,
)
from csmm_desktop.views.engagement.kpis_suggestions_dialog import KpiSuggestionsDialog
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.rows_model import FONT, RIGHT, Column
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME, CRITICAL, UNIT, DIRECTION, TARGET, VALUE, STATUS = range(7)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status key behind its text
STATUS_ORDER = tuple(STATUS_TEXT)  # met, close, missed, no target, not measured


@dataclass(frozen=True)
class KpiRow:
    """A KPI as the list shows it: with its value and status at the snapshot."""

    kpi: engagement.Kpi
    value: float | None = None
    status: str = "no_value"


class KpisTab(ContextTab):
    """KPI definitions (client), values and status (snapshot), trend (across snapshots)."""

    refresh_when_shown = True  # another tab may have changed the data; the chart waits too

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._kpis: list[engagement.Kpi] = []
        self._drawn: tuple | None = None
        self.ui = Ui_KpisTab()
        self.ui.setupUi(self)
        ui = self.ui
        self._bold = QFont(ui.kpiTable.font())
        self._bold.setBold(True)
        self._rows_view(ui.kpiTable, self._columns(), lambda r: r.kpi.id)
        ui.trendChart.name = "kpi_trend"
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 1)
        table = ui.kpiTable
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # widths set once for the KPIs and the language shown (_size_columns), then the
        # user's: a value typed in does not move the columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self._sized_for: tuple | None = None

        ui.addButton.clicked.connect(self.add_kpi)
        ui.suggestedButton.clicked.connect(self.add_suggested)
        ui.editButton.clicked.connect(self.edit_kpi)
        ui.deleteButton.clicked.connect(self.delete_kpi)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.activated.connect(self._on_activated)
        # Enter is _on_activated's (a value edits in place); no Insert: two ways to add
        self.keys = self._install_keys(
            table, None, self.edit_kpi, self.delete_kpi, edit_on_enter=False
        )
        self._retranslate()
        self.refresh()

    # --- contract with the client panel -------------------------------------------

    def tab_title(self) -> str:
        return self.tr("KPIs")

    def _columns(self) -> list[Column]:
        def bold_if_critical(r: KpiRow) -> dict:
            return {FONT: self._bold} if r.kpi.critical else {}

        return [
            Column(lambda: self.tr("KPI"), lambda r: r.kpi.name, roles=bold_if_critical),
            Column(
                lambda: self.tr("Critical"),
                lambda r: self.tr("Critical") if r.kpi.critical else "",
                roles=bold_if_critical,
            ),
            Column(lambda: self.tr("Unit"), lambda r: r.kpi.unit),
            Column(
                lambda: self.tr("Direction"),
                lambda r: KPI_DIRECTIONS[r.kpi.direction][current_language()],
            ),
            Column(
                lambda: self.tr("Target"),
                lambda r: plain_number(r.kpi.target) or "—",
                key=lambda r: r.kpi.target,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Value"),
                lambda r: plain_number(r.value),
                key=lambda r: r.value,
                align=RIGHT,
                tooltip=lambda _r: (
                    self.tr("Type the value measured at this snapshot.")
                    if self.snapshot_id
                    else None
                ),
                edit=self._on_value_edited,
                editable=lambda _r: bool(self.snapshot_id),
            ),
            Column(
                lambda: self.tr("Status"),
                lambda r: status_text(r.status),
                key=lambda r: STATUS_ORDER.index(r.status),  # met … not measured, not by name
                roles=lambda r: {
                    1: status_icon(r.status),  # Qt.ItemDataRole.DecorationRole
                    8: status_background(r.status),  # Qt.ItemDataRole.BackgroundRole
                    STATUS_ROLE: r.status,
                },
            ),
        ]

    def refresh(self, select: str = "") -> None:
        self._forget_missing_snapshot()
        keep = select or self.current_kpi_id()
        column = self.ui.kpiTable.currentIndex().column()
        if self.snapshot_id:
            readings = engagement.kpi_readings(self.db, self.snapshot_id)
            self._kpis = [r.kpi for r in readings]
        else:
            self._kpis = engagement.list_kpis(self.db, self.client_id) if self.client_id else []
            readings = []
        values = {r.kpi.id: (r.value, r.status) for r in readings}
        table = self.ui.kpiTable
        self.model.set_rows([KpiRow(k, *values.get(k.id, (None, "no_value"))) for k in self._kpis])
        for col in (VALUE, STATUS):
            table.setColumnHidden(col, not self.snapshot_id)
        self._size_columns()
        self._show_context()
        self.select_id(keep)
        current = table.currentIndex()
        if current.isValid():  # the same cell as before, so typing goes on in the Value column
            table.setCurrentIndex(self.model.index(current.row(), max(column, 0)))
        self._on_selection()
        self.ui.addButton.setEnabled(bool(self.client_id))
        self.ui.suggestedButton.setEnabled(bool(self.client_id))

    def _size_columns(self) -> None:
        """Each column as wide as the widest thing it can show (any value, any status),
        set when the KPIs or the language change, never because a value was typed."""
        key = (current_language(), tuple((k.id, k.unit, k.target) for k in self._kpis))
        if key == self._sized_for:
            return
        self._sized_for = key
        table = self.ui.kpiTable
        header = table.horizontalHeader()
        bold = QFont(table.font())
        bold.setBold(True)
        metrics, header_metrics = QFontMetrics(bold), QFontMetrics(header.font())
        lang = current_language()
        samples = {
            CRITICAL: [self.tr("Critical")],
            UNIT: [k.unit for k in self._kpis],
            DIRECTION: [KPI_DIRECTIONS[d][lang] for d in KPI_DIRECTIONS],
            TARGET: [plain_number(k.target) or "—" for k in self._kpis],
            VALUE: ["-000 000,00"],
            STATUS: [status_text(s) for s in STATUS_TEXT],
        }
        for col, texts in samples.items():
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            width = max(
                [header_metrics.horizontalAdvance(title) + 16]
                + [metrics.horizontalAdvance(text) for text in texts]
            )
            extra = 28 + 20 if col == STATUS else 24  # the cell's padding (and the icon)
            header.resizeSection(col, width + extra)

    def _show_context(self) -> None:
        if not self.client_id:
            text = ""
        elif not self.snapshot_id:
            text = self.tr("Select a snapshot to enter the KPIs' values and see their status.")
        else:
            snap = engagement.get_snapshot(self.db, self.snapshot_id)
            text = (
                self.tr(
                    "Values measured at the %1 snapshot (%2): type a value in the Value column "
                    "(12,5 or 12.5); the status follows the target."
                )
                .replace("%1", stage_name(snap.stage))
                .replace("%2", formatting.date(snap.date))
            )
        if self.client_id and not self._kpis:
            text += " " + self.tr("No KPIs yet: add one, or start from the suggested KPIs.")
        self.ui.contextLabel.setText(text.strip())

    def current_kpi_id(self) -> str:
        return self.selected_id()

    def status_of(self, kpi_id: str) -> str:
        """The status shown for a KPI ("met", "close", ... as the services name it)."""
        row = next((r for r in self.model.shown_rows() if r.kpi.id == kpi_id), None)
        return row.status if row is not None else ""

    # --- writes --------------------------------------------------------------------

    def add_kpi(self) -> None:
        if not self.client_id:
            return
        added: list[engagement.Kpi] = []

        def save(values: dict) -> None:
            added.append(engagement.add_kpi(self.db, self.client_id, **values))

        if KpiDialog(self, save=save).exec() == QDialog.DialogCode.Accepted and added:
            self._after_write(added[0].id)

    def edit_kpi(self, safe_focus: bool = False) -> None:
        kpi_id = self.current_kpi_id()
        kpi = self._attempt(self.tr("Edit KPI"), engagement.get_kpi, kpi_id) if kpi_id else None
        if kpi is None:
            return

        def save(values: dict) -> None:
            engagement.update_kpi(self.db, kpi_id, **values)

        dialog = KpiDialog(self, kpi, save=save, safe_focus=safe_focus)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(kpi_id)

    def add_suggested(self) -> None:
        if not self.client_id:
            return
        dialog = KpiSuggestionsDialog(self, [k.name for k in self._kpis])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = []
        try:
            with self.db.atomic():  # the chosen KPIs: all of them or none
                for key in dialog.selected_keys():
                    kpi = engagement.add_suggested_kpi(
                        self.db,
                        self.client_id,
                        key,
                        lang=current_language(),
                        critical=dialog.critical(),
                    )
                    added.append(kpi.id)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Add suggested KPI"), describe(exc, self.db))
            added = []
        if added:
            self._after_write(added[0])
        else:
            self._refresh_after_failure()

    def delete_kpi(self) -> None:
        kpi_id = self.current_kpi_id()
        kpi = next((k for k in self._kpis if k.id == kpi_id), None)
        if kpi is None:
            return
        question = self.tr(
            "Delete the KPI “%1” with its values at every snapshot? Actions linked to it stay, "
            "without the link."
        ).replace("%1", kpi.name)
        self._ask_then_delete(
            self.tr("Delete KPI"), question, self.tr("Delete"), engagement.delete_kpi, kpi_id
        )

    def _on_value_edited(self, row: KpiRow, text: str) -> None:
        if not self.snapshot_id:
            return
        # Stored once the edit is over: filling the list again inside the model's setData
        # would reset it under the editor Qt is still closing.
        kpi_id, text = row.kpi.id, text.strip()
        QTimer.singleShot(0, lambda: self._store_value(kpi_id, text))

    def _store_value(self, kpi_id: str, text: str) -> None:
        if text and not is_number(text):
            dialogs.warn(
                self,
                self.tr("KPI value"),
                self.tr("“%1” is not a number. Type for example 12,5 or 12.5.").replace("%1", text),
            )
            self.refresh(kpi_id)
            return
        try:
            engagement.set_kpi_value(self.db, kpi_id, self.snapshot_id, text or None)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("KPI value"), describe(exc, self.db))
        self._after_write(kpi_id)

    # --- selection, keyboard, trend -------------------------------------------------

    def _on_activated(self, index) -> None:
        """Enter on the value edits it in place; anywhere else it opens the KPI."""
        if index.column() == VALUE and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.ui.kpiTable.edit(index)
        else:  # the dialog opens with no field taking the next key (no stray rename)
            self.edit_kpi(safe_focus=True)

    def _on_selection(self, *_args) -> None:
        has = bool(self.current_kpi_id())
        for widget in (self.ui.editButton, self.ui.deleteButton):
            widget.setEnabled(has)
        self._show_trend()

    def _show_trend(self) -> None:
        kpi = next((k for k in self._kpis if k.id == self.current_kpi_id()), None)
        self.ui.trendBox.setVisible(kpi is not None)
        if kpi is None:
            return
        lang = current_language()
        about = [KPI_DIRECTIONS[kpi.direction][lang].lower()]
        if kpi.target is not None:
            about.append(self.tr("target %1").replace("%1", with_unit(kpi.target, kpi.unit)))
        if kpi.critical:
            about.append(self.tr("critical"))
        text = f"{kpi.name} ({', '.join(about)})"
        self.ui.descriptionLabel.setText(f"{text}. {kpi.description}" if kpi.description else text)
        points = tuple(
            (f"{stage_name(p.stage)} {formatting.date(p.date)}", p.value)
            for p in engagement.kpi_trend(self.db, kpi.id)
        )
        key = (kpi, points, lang)
        if key == self._drawn or not self.ui.trendChart.isVisible():
            return
        from csmm_desktop import charts

        self._drawn = key
        self.ui.trendChart.set_builder(
            lambda size: charts.kpi_trend(
                points,
                kpi.target,
                kpi.direction == "higher",
                kpi.unit,
                lang,
                title=kpi.name,
                size=size,
            )
        )

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self._sized_for = None  # the words' widths change with the language
        if self.model.rowCount():
            self._size_columns()
        self.keys["edit"].setText(self.tr("Edit KPI…"))
        self.keys["delete"].setText(self.tr("Delete KPI…"))
