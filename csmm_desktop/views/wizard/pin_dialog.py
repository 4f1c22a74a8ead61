"""The consultant's PIN: digits only, 4 to 12 of them; a new PIN is typed twice.

Built in code: two password fields, a validator that lets only ASCII digits in, and an OK
button that is enabled only when the PIN is long enough (and both fields match).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.views import geometry

PIN_MIN = 4
PIN_MAX = 12


def valid_pin(pin: str) -> bool:
    return PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()


class PinDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, label: str, *, confirm: bool):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.confirm = confirm
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        form = QFormLayout()
        self.pinEdit = self._field()
        self.againEdit = self._field()
        self.pinLabel = QLabel()
        self.againLabel = QLabel()
        form.addRow(self.pinLabel, self.pinEdit)
        if confirm:
            form.addRow(self.againLabel, self.againEdit)
        else:
            self.againEdit.hide()
            self.againLabel.hide()
        layout.addLayout(form)
        self.hintLabel = QLabel()
        self.hintLabel.setObjectName("pinHint")
        self.hintLabel.setWordWrap(True)
        layout.addWidget(self.hintLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.pinEdit.textChanged.connect(self._validate)
        self.againEdit.textChanged.connect(self._validate)
        self._retranslate()
        self._validate()

    def _field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(PIN_MAX)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), edit))
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        return edit

    def _retranslate(self) -> None:
        self.pinLabel.setText(self.tr("PIN:"))
        self.againLabel.setText(self.tr("PIN again:"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _validate(self) -> None:
        pin = self.pinEdit.text()
        hint = ""
        ok = valid_pin(pin)
        if not ok:
            hint = (
                self.tr("%1 to %2 digits.").replace("%1", str(PIN_MIN)).replace("%2", str(PIN_MAX))
            )
        elif self.confirm and self.againEdit.text() != pin:
            ok = False
            if len(self.againEdit.text()) >= len(pin):  # not while it is being typed
                hint = self.tr("The two PINs are not the same.")
        self.hintLabel.setText(hint)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def pin(self) -> str:
        """The PIN typed, if it is acceptable (else empty)."""
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return self.pinEdit.text() if ok else ""

    def run(self) -> str:
        """exec(); the PIN, or empty when cancelled."""
        return self.pin() if self.exec() == QDialog.DialogCode.Accepted else ""
