"""The add/edit dialogs that save before they close: if the write is refused (bad input,
the disk full, the data busy...), the message is shown and the dialog stays open with
everything as typed, so nothing the user wrote vanishes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QWidget

from csmm_desktop.views import dialogs, geometry
from csmm_desktop.views.writes import ERRORS, describe


class SaveDialog(QDialog):
    """An add/edit dialog built from a Designer form (self.ui, plus _retranslate() for the
    texts set in code). Save runs `save(values())` before the dialog closes; its result is
    kept as `saved`."""

    ui: Any

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[dict], object] | None = None,
        check: Callable[[dict], list[str]] | None = None,
    ):
        super().__init__(parent)
        geometry.keep_on_screen(self)
        self._save = save
        self._check = check  # warnings worth a second look before saving (not refusals)
        self.saved: object = None

    def values(self) -> dict:
        raise NotImplementedError

    def _retranslate(self) -> None:
        """Texts set in code; a subclass with such texts words them here."""

    def accept(self) -> None:
        if self._check is not None:
            try:
                warnings = self._check(self.values())
            except ERRORS:
                warnings = []  # the save says what is wrong
            if warnings and not dialogs.ask(
                self,
                self.windowTitle(),
                "\n\n".join(warnings),
                confirm=QCoreApplication.translate("SaveDialog", "Save anyway"),
            ):
                return  # back to the form, everything as typed
        if self._save is not None:
            try:
                self.saved = self._save(self.values())
            except ERRORS as exc:
                dialogs.warn(self, self.windowTitle(), describe(exc))
                return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
