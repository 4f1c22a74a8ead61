"""Overview / NPS: the client's readings month by month with their band, the trend over
the client's bands, survey counts typed in or an NPS taken from the selected snapshot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.domain import numbers
from csmm_desktop.domain.cxboard import format_period
from csmm_desktop.forms.ui_cx_nps_page import Ui_CxNpsPage
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import dialogs, formatting
from csmm_desktop.views.cxboard.bands_dialog import CxBandsDialog
from csmm_desktop.views.cxboard.common import (
    BAND_ROLE,
    BoardPage,
    band_background,
    band_icon,
    data_label,
    set_widths,
    setup_look,
)
from csmm_desktop.views.cxboard.nps_counts_dialog import CxNpsCountsDialog
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.rows_model import FONT, RIGHT, Column

if TYPE_CHECKING:
    from sqlite_utils import Database

MONTH, NPS, BAND, ANSWERS, SOURCE, NOTES = range(6)


def nps_text(value: float) -> str:
    """The NPS as the board reads it, as everywhere: a signed whole number (37.5 → +38,
    −62 with a true minus sign)."""
    return numbers.signed(value, current_language())


class CxNpsPage(BoardPage):
    """The readings on the list-page base's model view (views/list_page.py), each band with
    its shape, tint and name."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.ui = Ui_CxNpsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._readings: list[cx.NpsReading] = []  # month by month, as stored
        self._bands = cx.NpsBands()
        self._stages: dict[str, str] = {}  # snapshot id: stage, for a reading taken from one
        self._bold = QFont()
        self._drawn: tuple | None = None
        ui.trendChart.name = "nps_trend"
        ui.mainSplitter.setStretchFactor(0, 2)
        ui.mainSplitter.setStretchFactor(1, 3)
        ui.mainSplitter.setSizes([270, 330])  # the chart gets the room the rows do not need
        self._rows_view(ui.readingTable, self._columns(), lambda r: r.id)
        setup_look(ui.readingTable, NOTES)
        set_widths(ui.readingTable, {ANSWERS: 230, SOURCE: 170})
        ui.addButton.clicked.connect(self.add_counts)
        ui.snapshotButton.clicked.connect(self.from_snapshot)
        ui.editButton.clicked.connect(self.edit_reading)
        ui.deleteButton.clicked.connect(self.delete_reading)
        ui.bandsButton.clicked.connect(self.edit_bands)
        ui.readingTable.selectionModel().selectionChanged.connect(self._on_selection)
        self.keys = self._install_keys(
            ui.readingTable, self.add_counts, self.edit_reading, self.delete_reading
        )
        self._retranslate()

    # --- what is shown -------------------------------------------------------------

    def _columns(self) -> list[Column]:
        decoration, background = 1, 8  # Qt.ItemDataRole.DecorationRole, BackgroundRole

        def band_look(r: cx.NpsReading) -> dict:
            band = self._band(r)
            return {
                decoration: band_icon(band),
                background: band_background(band),
                BAND_ROLE: band,
            }

        return [
            Column(
                lambda: self.tr("Month"),
                lambda r: format_period(r.period, current_language()),
                key=lambda r: r.period,
            ),
            Column(
                lambda: self.tr("NPS"),
                lambda r: nps_text(r.nps),
                key=lambda r: r.nps,
                align=RIGHT,
                roles=lambda _r: {FONT: self._bold},
            ),
            Column(
                lambda: self.tr("Band"),
                lambda r: data_label(cx.NPS_BANDS, self._band(r)),
                key=lambda r: r.nps,  # the bands in their order
                roles=band_look,
            ),
            Column(lambda: self.tr("Answers"), self._mix_text),
            Column(lambda: self.tr("Source"), self._source_text),
            Column(lambda: self.tr("Notes"), lambda r: r.notes, tooltip=lambda r: r.notes),
        ]

    def _band(self, r: cx.NpsReading) -> str:
        return cx.nps_band(self._bands, r.nps)

    def _mix_text(self, r: cx.NpsReading) -> str:
        return (
            self.tr("%1: %2, %3, %4")
            .replace("%1", self.tr("%n answer(s)", "", r.total))
            .replace("%2", self.tr("%n promoter(s)", "", r.promoters))
            .replace("%3", self.tr("%n passive(s)", "", r.passives))
            .replace("%4", self.tr("%n detractor(s)", "", r.detractors))
        )

    def _source_text(self, r: cx.NpsReading) -> str:
        if r.source == "snapshot" and r.snapshot_id in self._stages:
            return self.tr("%1 snapshot").replace("%1", stage_name(self._stages[r.snapshot_id]))
        return data_label(cx.NPS_SOURCES, r.source)

    def refresh(self, select: str = "") -> None:
        self.stale = False
        keep = select or self.selected_id()
        self._readings = cx.list_nps_readings(self.db, self.client_id) if self.client_id else []
        bands = cx.nps_bands(self.db, self.client_id) if self.client_id else cx.NpsBands()
        self._bands = bands
        self._stages = (
            {s.id: s.stage for s in clients.list_snapshots(self.db, self.client_id)}
            if self.client_id
            else {}
        )
        self._bold = QFont(self.ui.readingTable.font())
        self._bold.setBold(True)
        self.model.set_rows(self._readings)
        self.select_id(keep, default_last=True)
        self._show_context(bands)
        self._on_selection()
        self._show_chart(bands)

    def _show_context(self, bands: cx.NpsBands) -> None:
        limits = (
            self.tr("Bands: weak below %1, acceptable from %1, strong from %2.")
            .replace("%1", nps_text(bands.good_enough_from))
            .replace("%2", nps_text(bands.great_from))
        )
        snap = self._snapshot()
        if snap is None:
            more = self.tr("Select a snapshot to take the NPS of its client answers.")
        else:
            more = (
                self.tr(
                    "“From snapshot” takes the NPS of the client answers of the %1 snapshot (%2)."
                )
                .replace("%1", stage_name(snap.stage))
                .replace("%2", formatting.date(snap.date))
            )
        if self.client_id and not self._readings:
            more += " " + self.tr(
                "No reading yet: add the counts of the client's own survey, or take a snapshot's."
            )
        self.ui.contextLabel.setText(f"{limits} {more}")
        self.ui.snapshotButton.setEnabled(snap is not None)
        self.ui.snapshotButton.setToolTip("" if snap else self.tr("Select a snapshot first."))
        self.ui.addButton.setEnabled(bool(self.client_id))
        self.ui.bandsButton.setEnabled(bool(self.client_id))

    def _snapshot(self):
        if not self.snapshot_id:
            return None
        try:
            return clients.get_snapshot(self.db, self.snapshot_id)
        except cx.NotFoundError:
            return None

    def _on_selection(self, *_args) -> None:
        has = bool(self.selected_id())
        self.ui.editButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)

    def _show_chart(self, bands: cx.NpsBands) -> None:
        lang = current_language()
        points = tuple((format_period(r.period, lang), r.nps) for r in self._readings)
        limits = (bands.good_enough_from, bands.great_from)
        title = self.tr("NPS by month")
        key = (points, limits, lang, title)
        if key == self._drawn or not self.ui.trendChart.isVisible():
            return
        from csmm_desktop import charts

        self._drawn = key
        self.ui.trendChart.set_builder(
            lambda size: charts.nps_trend(points, limits, lang, title=title, size=size)
        )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.stale and self.client_id:  # the chart waits until it can be seen
            self._show_chart(cx.nps_bands(self.db, self.client_id))

    def shown_row(self, reading_id: str) -> dict[str, str]:
        """Month, NPS and band of a reading as the table shows them (for tests)."""
        model = self.model
        for row in range(model.rowCount()):
            if model.index(row, MONTH).data(ID_ROLE) == reading_id:
                return {
                    "month": model.index(row, MONTH).data(),
                    "nps": model.index(row, NPS).data(),
                    "band": model.index(row, BAND).data(),
                }
        return {}

    # --- writes --------------------------------------------------------------------

    def _current(self) -> cx.NpsReading | None:
        return self.selected_row()

    def add_counts(self) -> None:
        if not self.client_id:
            return
        saved: list[cx.NpsReading] = []

        def save(values: dict) -> None:
            saved.append(cx.record_survey_nps(self.db, self.client_id, **values))

        dialog = CxNpsCountsDialog(
            self,
            cx.nps_bands(self.db, self.client_id),
            taken=[r.period for r in self._readings],
            save=save,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and saved:
            self._after_write(saved[0].id)

    def edit_reading(self) -> None:
        reading = self._current()
        if reading is None:
            return
        if reading.source == "snapshot":
            question = self.tr(
                "Take the NPS of %1 again from the snapshot's client answers (answers added "
                "since then count too)?"
            ).replace("%1", format_period(reading.period, current_language()))
            title = self.tr("Update from the snapshot")
            if dialogs.ask(self, title, question, confirm=self.tr("Update")):
                done = self._attempt(
                    title,
                    cx.record_snapshot_nps,
                    reading.snapshot_id or "",
                    reading.period,
                    reading.notes,
                )
                if done is not None:
                    self._after_write(done.id)
            return

        def save(values: dict) -> None:
            cx.record_survey_nps(self.db, self.client_id, **values)

        dialog = CxNpsCountsDialog(
            self,
            cx.nps_bands(self.db, self.client_id),
            period=reading.period,
            counts=reading.score_counts or (),
            notes=reading.notes,
            save=save,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write(reading.id)

    def from_snapshot(self) -> None:
        snap = self._snapshot()
        if snap is None:
            return
        title = self.tr("NPS from the snapshot")
        period = snap.date[:7]
        old = next((r for r in self._readings if r.period == period), None)
        if old is not None:
            question = (
                self.tr(
                    "%1 already has an NPS reading (%2). Replace it with the NPS of the %3 "
                    "snapshot's client answers?"
                )
                .replace("%1", format_period(period, current_language()))
                .replace("%2", nps_text(old.nps))
                .replace("%3", stage_name(snap.stage))
            )
            if not dialogs.ask(self, title, question, confirm=self.tr("Replace")):
                return
        done = self._attempt(title, cx.record_snapshot_nps, snap.id)
        if done is not None:
            self._after_write(done.id)

    def delete_reading(self) -> None:
        reading = self._current()
        if reading is None:
            return
        question = (
            self.tr("Delete the NPS reading of %1 (NPS %2)?")
            .replace("%1", format_period(reading.period, current_language()))
            .replace("%2", nps_text(reading.nps))
        )
        self._ask_then_delete(
            self.tr("Delete NPS reading"),
            question,
            self.tr("Delete"),
            cx.delete_nps_reading,
            reading.id,
        )

    def edit_bands(self) -> None:
        if not self.client_id:
            return

        def save(values: dict) -> None:
            cx.set_nps_bands(self.db, self.client_id, **values)

        dialog = CxBandsDialog(self, cx.nps_bands(self.db, self.client_id), save=save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_write()

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.keys["add"].setText(self.tr("Add survey counts…"))
        self.keys["edit"].setText(self.tr("Change reading…"))
        self.keys["delete"].setText(self.tr("Delete reading…"))
        self._drawn = None  # the chart's words follow the language
