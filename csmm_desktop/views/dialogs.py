"""The one seam for modal questions and messages. Tests patch these functions, so no
real exec() runs under test. Views call them as `dialogs.ask(...)`."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask(
    parent: QWidget | None, title: str, text: str, *, confirm: str = "", destructive: bool = False
) -> bool:
    """Yes/no question; the safe answer (No / Cancel) is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    ok = box.addButton(confirm or title, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def get_pin(parent: QWidget | None, title: str, label: str) -> str:
    """A PIN typed without echo; empty when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else ""


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """A message with several buttons; returns the index of the one clicked (-1: closed)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1
