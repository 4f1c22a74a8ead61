"""A warning under the text fields whose text ends up in the PDFs: the report font cannot
draw every character (Arabic, CJK, many emoji), and those it cannot are printed as □
(reports/fonts.py). As the user types, the field's warning names them; it never blocks
saving and nothing typed is changed.

`watch(*fields)` puts a warning under each field (a QLineEdit, QPlainTextEdit or QTextEdit
in a layout); `shared(*fields)` is one warning, for the caller to place, for fields that
sit in no layout of their own (the cells of a table). Which characters: the Qt-free
`reports.fonts.unprintable`, which reads the fonts' character maps without ReportLab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from csmm_desktop.reports.fonts import PLACEHOLDER, unprintable
from csmm_desktop.views import theme

SHOWN = 12  # characters named at most; "…" after them


def text_of(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()  # type: ignore[attr-defined]


def warning_text(chars: str) -> str:
    """The warning for `chars` (the characters the fonts lack), in the UI's language."""
    named = " ".join(chars[:SHOWN]) + (" …" if len(chars) > SHOWN else "")
    said = QCoreApplication.translate(
        "PrintCheck",
        "These characters cannot be printed in PDF reports and will show as %1: %2",
    )
    return said.replace("%1", PLACEHOLDER).replace("%2", named)


class PrintWarning(QLabel):
    """The warning of one or more fields: shown while any of them holds characters the
    PDF font cannot draw (`missing`), hidden otherwise; reworded on a language change."""

    def __init__(self, fields: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = fields
        self.missing = ""
        self.setObjectName("printWarning")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {theme.DARK_VERMILLION};")
        for field in fields:
            field.textChanged.connect(self.refresh)  # type: ignore[attr-defined]
        self.refresh()

    def refresh(self) -> None:
        self.missing = unprintable("".join(text_of(f) for f in self.fields))
        self.setText(warning_text(self.missing) if self.missing else "")
        self.setVisible(bool(self.missing))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _place_under(field: QWidget) -> PrintWarning:
    """A warning placed right under `field`: the field and the warning share a box that
    takes the field's place in its layout (a form's row, a box layout, a grid's cell)."""
    parent = field.parentWidget()
    layout = parent.layout() if parent is not None else None
    box = QWidget(parent)
    if layout is None or layout.replaceWidget(field, box) is None:
        box.deleteLater()
        raise ValueError(f"{field.objectName() or field!r} is in no layout: use shared()")
    stack = QVBoxLayout(box)
    stack.setContentsMargins(0, 0, 0, 0)
    stack.setSpacing(2)
    stack.addWidget(field)
    warning = PrintWarning([field], box)
    stack.addWidget(warning)
    return warning


def watch(*fields: QWidget) -> list[PrintWarning]:
    """Warn under each field when its text holds characters the PDF reports cannot print."""
    return [_place_under(field) for field in fields]


def shared(*fields: QWidget) -> PrintWarning:
    """One warning for fields that sit in no layout of their own (a table's cells): the
    caller places it."""
    return PrintWarning(list(fields))
