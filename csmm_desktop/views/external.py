"""Files and folders opened with the system's programs (the PDF viewer, the file manager).

`QDesktopServices.openUrl` says only whether it worked; when no program is registered for
the file (a bare Linux desktop, a PDF with no viewer) the user is told so, with the path to
open by hand, instead of a click that does nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from csmm_desktop.views import dialogs


def show(parent: QWidget | None, path: str | Path, title: str) -> bool:
    """Open `path` (a file, or a folder in the file manager); warn when nothing opens it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    text = QCoreApplication.translate(
        "External",
        "No program on this computer is set up to open %1.\nOpen it from the file manager instead.",
    ).replace("%1", str(path))
    dialogs.warn(parent, title, text)
    return False
