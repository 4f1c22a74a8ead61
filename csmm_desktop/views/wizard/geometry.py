"""Where the wizard's window opens, by the rule of views/geometry.py: inside the screen's
available area (a 1024 × 768 laptop, a taskbar, a second screen), at the size and place it
had last time if that still fits; and how wide its section list is."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

from csmm_desktop.views.geometry import fit_geometry  # one rule for every window

PREFERRED = QSize(1100, 760)
KEY = "wizard/geometry"  # in the app's settings
SIDEBAR_MIN, SIDEBAR_MAX = 170, 280  # the section list's width (px): a fifth in between


def place(window: QWidget, settings: QSettings | None) -> None:
    """Put `window` inside its screen's available area, where it was last time if that fits."""
    saved = settings.value(KEY) if settings is not None else None
    available = window.screen().availableGeometry()
    window.setGeometry(
        fit_geometry(available, PREFERRED, saved if isinstance(saved, QRect) else None)
    )


def remember(window: QWidget, settings: QSettings | None) -> None:
    """Keep the window's normal geometry (not full screen) for the next one."""
    if settings is not None:
        full = window.isFullScreen() or window.isMaximized()
        settings.setValue(KEY, window.normalGeometry() if full else window.geometry())


def sidebar_width(total: int) -> int:
    """The section list's share of `total` px: the questions need the rest at 1024 px."""
    return min(SIDEBAR_MAX, max(SIDEBAR_MIN, total // 5))
