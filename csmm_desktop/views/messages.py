"""Messages of the Qt-free layers (csmm_desktop.messages) in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csmm_desktop import messages


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def render(value: messages.Message | BaseException | str) -> str:
    """The text of a Message or an error, translated; any other error as it says itself."""
    return messages.render(value, _translate)
