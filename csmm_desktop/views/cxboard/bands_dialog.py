"""The client's NPS bands: where "acceptable" and where "strong" start (below acceptable
is weak); stored as good_enough_from and great_from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from csmm_desktop.forms.ui_cx_bands_dialog import Ui_CxBandsDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views.engagement.base import SaveDialog


class CxBandsDialog(SaveDialog):
    """`save(values)` gets {"good_enough_from", "great_from"}."""

    def __init__(
        self,
        parent: QWidget | None,
        bands: cx.NpsBands,
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxBandsDialog()
        self.ui.setupUi(self)
        self.ui.goodSpin.setValue(bands.good_enough_from)
        self.ui.greatSpin.setValue(bands.great_from)
        self.ui.goodSpin.valueChanged.connect(self._validate)
        self.ui.greatSpin.valueChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def values(self) -> dict:
        return {
            "good_enough_from": self.ui.goodSpin.value(),
            "great_from": self.ui.greatSpin.value(),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("NPS bands"))
        self._validate()

    def _validate(self) -> None:
        ok = self.ui.goodSpin.value() < self.ui.greatSpin.value()
        self.ui.errorLabel.setText("" if ok else self.tr("“Acceptable” must start below “strong”."))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
