"""Where windows open: inside the available area of the screen they are on (a 1024 × 768
laptop, a taskbar, 150 % scaling, a second screen), at the size and place they had last
time if that still fits, else at their preferred size shrunk to fit and centred.

One rule for every window: the main window, the wizard (views/wizard/geometry.py) and
every dialog (`keep_on_screen`, which fits a dialog each time it is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

FRAME = QMargins(0, 30, 0, 0)  # room for the window's title bar (the frame is not ours)


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


def available(window: QWidget) -> QRect:
    """The available area of the screen `window` is on (or will open on)."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 728)


def fit_to_screen(window: QWidget) -> QRect:
    """Move and shrink `window` (not full screen, not maximized) into its screen's
    available area; returns the geometry it has then."""
    if window.isFullScreen() or window.isMaximized():
        return window.geometry()
    area = available(window)
    fitted = fit_geometry(area, window.size(), window.geometry())
    if fitted != window.geometry():
        window.setGeometry(fitted)
    return window.geometry()


def restore(window: QWidget, settings: QSettings | None, key: str, preferred: QSize) -> None:
    """Open `window` where it was last time (its size kept), clamped to the screen; the
    first time at `preferred`, shrunk to fit and centred."""
    saved = settings.value(key) if settings is not None else None
    if isinstance(saved, QRect):
        window.setGeometry(fit_geometry(available(window), preferred, saved))
        return
    if isinstance(saved, (QByteArray, bytes)) and window.restoreGeometry(QByteArray(saved)):
        fit_to_screen(window)
        return
    window.setGeometry(fit_geometry(available(window), preferred))


def remember(window: QWidget, settings: QSettings | None, key: str) -> None:
    """Keep the window's geometry (Qt's own record: its normal size and whether it was
    maximized) for the next time."""
    if settings is not None:
        settings.setValue(key, window.saveGeometry())


class _OnScreen(QObject):
    """Fits its parent window into the screen each time the window is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            _fit_shown(watched)
        return False


def _fit_shown(window: QWidget) -> None:
    """A window about to show: one placed by the code is moved and shrunk into the screen;
    one not placed yet (a dialog, which Qt centres on its parent after this, keeping it on
    the screen) is only shrunk to fit."""
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    if window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        fit_to_screen(window)
        return
    area = available(window).marginsRemoved(FRAME)
    size = window.size().boundedTo(area.size())
    if size != window.size():
        window.resize(size)


def keep_on_screen(window: QWidget) -> QWidget:
    """Every time `window` (a dialog) is shown, it opens inside the screen's available
    area, shrunk if its Designer size is bigger than the screen."""
    if window.findChild(_OnScreen, "onScreen") is None:
        guard = _OnScreen(window)
        guard.setObjectName("onScreen")
        window.installEventFilter(guard)
    return window
