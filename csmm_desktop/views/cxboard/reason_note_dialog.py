"""The note on a contact reason: the emotions behind it and the pain points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from csmm_desktop.forms.ui_cx_reason_note_dialog import Ui_CxReasonNoteDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import print_check
from csmm_desktop.views.engagement.base import SaveDialog


class CxReasonNoteDialog(SaveDialog):
    """`save(values)` gets {"emotions", "pain_points"}; both empty removes the note."""

    def __init__(
        self,
        parent: QWidget | None,
        reason_name: str,
        note: cx.ReasonNote | None,
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxReasonNoteDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.emotionsEdit, self.ui.painEdit)
        self._name = reason_name
        font = self.ui.reasonLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.reasonLabel.setFont(font)
        self.ui.reasonLabel.setText(reason_name)
        if note is not None:
            self.ui.emotionsEdit.setPlainText(note.emotions)
            self.ui.painEdit.setPlainText(note.pain_points)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def values(self) -> dict:
        return {
            "emotions": self.ui.emotionsEdit.toPlainText(),
            "pain_points": self.ui.painEdit.toPlainText(),
        }

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Note on “%1”").replace("%1", self._name))
