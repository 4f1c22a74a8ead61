"""Typing helpers shared by the engagement tab tests."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


def type_text(widget, text):
    """Type like a user would; non-ASCII characters go one key event each."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def type_into_cell(qtbot, table, row, col, text):
    """F2 on a cell, replace its text, Enter; returns once the editor has closed."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))  # a QTableWidget or a model view
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    if text:
        type_text(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
