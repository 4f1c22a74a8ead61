"""A month's NPS from the client's own survey: how many customers answered each score 0-10;
the promoters, passives, detractors, NPS and band show as the counts are typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSpinBox, QWidget

from csmm_desktop.domain import numbers
from csmm_desktop.domain.cxboard import DETRACTOR_MAX, PROMOTER_MIN, SCORE_POINTS
from csmm_desktop.forms.ui_cx_nps_counts_dialog import Ui_CxNpsCountsDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, theme
from csmm_desktop.views.cxboard.common import BAND_LOOK, data_label
from csmm_desktop.views.engagement.base import SaveDialog
from csmm_desktop.views.language import current_language


class CxNpsCountsDialog(SaveDialog):
    """`save(values)` gets {"period", "counts", "notes"}; `taken` lists the months that
    already have a reading (saving replaces it, which the dialog says)."""

    def __init__(
        self,
        parent: QWidget | None,
        bands: cx.NpsBands,
        *,
        period: str = "",
        counts: Sequence[int] | None = None,
        notes: str = "",
        taken: Sequence[str] = (),
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxNpsCountsDialog()
        self.ui.setupUi(self)
        self._bands, self._taken, self._editing = bands, set(taken), counts is not None
        grid = self.ui.scoresGrid
        self.spins: list[QSpinBox] = []
        self._group_labels = [QLabel(self.ui.scoresBox) for _ in range(3)]
        groups = ((0, DETRACTOR_MAX), (DETRACTOR_MAX + 1, PROMOTER_MIN - 1), (PROMOTER_MIN, 10))
        tints = (
            theme.VERMILLION_TINT,
            theme.PASSIVE_TINT,
            theme.GREEN_TINT,
        )  # as the NPS breakdown chart colours them
        for label, (first, last), tint in zip(self._group_labels, groups, tints, strict=True):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"font-weight: bold; background: {tint}; padding: 3px;")
            grid.addWidget(label, 0, first, 1, last - first + 1)
        for score in range(SCORE_POINTS):
            number = QLabel(str(score), self.ui.scoresBox)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin = QSpinBox(self.ui.scoresBox)
            spin.setRange(0, 1_000_000)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setObjectName(f"score{score}Spin")
            spin.valueChanged.connect(self._validate)
            grid.addWidget(number, 1, score)
            grid.addWidget(spin, 2, score)
            self.spins.append(spin)
        for score, value in enumerate(counts or ()):
            self.spins[score].setValue(value)
        month = QDate.fromString(f"{period}-01", "yyyy-MM-dd") if period else QDate()
        self.ui.monthEdit.setDate(month if month.isValid() else QDate.currentDate())
        self.ui.monthEdit.setEnabled(not self._editing)  # a reading belongs to its month
        self.ui.monthEdit.dateChanged.connect(self._validate)
        self.ui.notesEdit.setText(notes)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.resize(self.width(), self.sizeHint().height())

    def period(self) -> str:
        return self.ui.monthEdit.date().toString("yyyy-MM")

    def counts(self) -> list[int]:
        return [spin.value() for spin in self.spins]

    def values(self) -> dict:
        return {"period": self.period(), "counts": self.counts(), "notes": self.ui.notesEdit.text()}

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change survey counts") if self._editing else self.tr("Add survey counts")
        )
        formatting.date_edit(self.ui.monthEdit, month=True)
        for label, text in zip(
            self._group_labels,
            (self.tr("Detractors"), self.tr("Passives"), self.tr("Promoters")),
            strict=True,
        ):
            label.setText(text)
        self._validate()

    def _validate(self) -> None:
        counts = self.counts()
        total = sum(counts)
        problem = "" if total else self.tr("Type how many customers gave each score.")
        summary = ""
        if total:
            split = cx.nps_from_scores(counts)
            nps = split.nps or 0.0
            band = cx.nps_band(self._bands, nps)
            summary = (
                self.tr("%1: %2, %3, %4. NPS %5 (%6).")
                .replace("%1", self.tr("%n answer(s)", "", total))
                .replace("%2", self.tr("%n promoter(s)", "", split.promoters))
                .replace("%3", self.tr("%n passive(s)", "", split.passives))
                .replace("%4", self.tr("%n detractor(s)", "", split.detractors))
                .replace("%5", numbers.signed(nps, current_language()))
                .replace("%6", data_label(cx.NPS_BANDS, band))
            )
            self.ui.summaryLabel.setStyleSheet(
                f"background: {BAND_LOOK[band][1]}; padding: 6px; font-weight: bold;"
            )
        else:
            self.ui.summaryLabel.setStyleSheet("")
        if total and not self._editing and self.period() in self._taken:
            summary += " " + self.tr("This month already has a reading: saving replaces it.")
        self.ui.summaryLabel.setText(summary)
        self.ui.errorLabel.setText(problem)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
