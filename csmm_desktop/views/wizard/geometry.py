"""Where the wizard's window opens: inside the screen's available area (a 1024 × 768
laptop, a taskbar, a second screen), at the size and place it had last time if that
still fits; and how wide its section list is."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1100, 760)
FRAME = QMargins(0, 30, 0, 0)  # room for the window's title bar (the frame is not ours)
KEY = "wizard/geometry"  # in the app's settings
SIDEBAR_MIN, SIDEBAR_MAX = 170, 280  # the section list's width (px): a fifth in between


def fit_geometry(available: QRect, preferred: QSize, saved: QRect | None = None) -> QRect:
    """The window's geometry inside `available`: `saved` (the last one) moved and shrunk
    to fit, or else `preferred` (shrunk to fit) centred."""
    room = available.marginsRemoved(FRAME)
    if room.width() <= 0 or room.height() <= 0:
        room = QRect(available)
    if saved is not None and saved.isValid() and saved.width() > 0 and saved.height() > 0:
        size = saved.size().boundedTo(room.size())
        x = min(max(saved.x(), room.left()), room.right() + 1 - size.width())
        y = min(max(saved.y(), room.top()), room.bottom() + 1 - size.height())
        return QRect(x, y, size.width(), size.height())
    size = preferred.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(room.center())
    return rect


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
