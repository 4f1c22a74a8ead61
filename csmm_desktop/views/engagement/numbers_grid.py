"""The Numbers tab's grid helpers: the count editor, reading typed or pasted counts and
naming months in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QTableWidget, QTableWidgetItem

from csmm_desktop.views import formatting, theme

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_BACKGROUND = QColor(theme.TOTAL_BACKGROUND)
_GROUPED = re.compile(r"\d{1,3}([.,]\d{3})+")


class CountDelegate(QStyledItemDelegate):
    """Counts are edited as plain digits (the cell shows thousands separators); the
    reason column as text."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        if index.column() == 0:
            editor.setMaxLength(200)
        else:
            pattern = QRegularExpression(r"\d{0,9}")
            editor.setValidator(QRegularExpressionValidator(pattern, editor))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        if index.column() == 0:
            editor.setText(index.data())
        else:
            count = index.data(COUNT_ROLE)
            editor.setText("" if count is None else str(count))
        editor.selectAll()


def parse_count(text: str) -> int | None:
    """A typed or pasted count: digits, thousands separators allowed; None when empty.
    Raises ValueError for anything else (decimals and negatives included)."""
    cleaned = "".join(text.split()).replace(QLocale().groupSeparator(), "")
    if _GROUPED.fullmatch(cleaned):  # 12.500 or 12,500 copied from a sheet in another locale
        cleaned = cleaned.replace(".", "").replace(",", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


def period_label(period: str) -> str:
    """2026-01 → "Jan 2026" / "Ocak 2026", as the reports write a month."""
    return formatting.month(period)


def parse_block(text: str) -> list[list[int | None]]:
    """Rows of counts from a block copied in a spreadsheet (tab-separated lines).
    Raises ValueError with the offending text."""
    lines = text.strip("\r\n").split("\n")
    return [[parse_count(raw) for raw in line.rstrip("\r").split("\t")] for line in lines]


def set_cell(
    grid: QTableWidget, row: int, col: int, value, *, editable=False, total=False, italic=False
) -> None:
    """Show a name (column 0) or a count in a cell, updating the item in place."""
    item = grid.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        grid.setItem(row, col, item)
    if col == 0:
        item.setText(value)
    else:
        item.setText("" if value is None else QLocale().toString(int(value)))
        item.setData(COUNT_ROLE, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    font = QFont(grid.font())
    font.setBold(total)
    font.setItalic(italic)
    item.setFont(font)
    item.setBackground(QBrush(TOTAL_BACKGROUND) if total else QBrush())
