"""Respondent mode as a real lock: while a respondent holds the laptop, the window handed
over is the only one on screen, and leaving it needs the consultant's PIN.

- `Kiosk` hides every other top-level window (the main window, other respondents' wizards,
  dialogs, progress dialogs), hides any that shows itself meanwhile, and shows exactly those
  again when the consultant is back (not one that was closed in the meantime). It also
  tells the modal seam (views.dialogs) to hold back the other windows' messages.
- `PinGuard` keeps the PIN as a salted hash, counts wrong tries and, after FREE_TRIES,
  refuses any try for a growing time (2, 4, 8 … s, at most MAX_WAIT_S). Each wrong try is
  logged, never the PIN.
- `RespondentMode` is the hand-over and the way back for one wizard: a new PIN (typed
  twice), the kiosk, the PIN asked once to leave, and the countdown while wrong PINs wait.
  Its texts keep the wizard's translation context ("AssessmentWindow").
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from csmm_desktop.views import dialogs
from csmm_desktop.views.wizard.pin_dialog import PIN_MAX, PIN_MIN, valid_pin

log = logging.getLogger(__name__)

FREE_TRIES = 2  # wrong tries without a wait; the third starts the waits
FIRST_WAIT_S = 2.0
MAX_WAIT_S = 60.0
WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)

_active: set[Kiosk] = set()  # kept alive until they end, even if their window goes first


def end_all() -> None:
    """End every respondent mode still on (tests; a window destroyed ends its own)."""
    for kiosk in list(_active):
        kiosk.leave()


class PinGuard:
    """The consultant's PIN for one hand-over."""

    def __init__(self, pin: str, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._salt = secrets.token_bytes(16)
        self._hash = self._digest(pin)
        self.failures = 0
        self._blocked_until = 0.0

    def _digest(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self._salt, 50_000)

    def wait_left(self) -> float:
        """Seconds before the PIN may be tried again (0: now)."""
        return max(0.0, self._blocked_until - self.clock())

    def check(self, pin: str) -> bool:
        """Is `pin` right? Refused (False, not counted) while a wait runs."""
        if self.wait_left() > 0:
            return False
        if secrets.compare_digest(self._digest(pin), self._hash):
            self.failures = 0
            return True
        self.failures += 1
        wait = 0.0
        if self.failures > FREE_TRIES:
            wait = min(FIRST_WAIT_S * 2 ** (self.failures - FREE_TRIES - 1), MAX_WAIT_S)
            self._blocked_until = self.clock() + wait
        log.warning(
            "Wrong consultant PIN in respondent mode (%d in a row; next try in %.0f s)",
            self.failures,
            wait,
        )
        return False


class Kiosk(QObject):
    """Everything but `window` hidden while it lasts."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.window = window
        self.hidden: list[QWidget] = []
        self.active = False

    def owns(self, widget: QWidget) -> bool:
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def _lockable(self, widget: QWidget) -> bool:
        return (
            isValid(widget)
            and widget.isWindow()
            and widget.windowType() in WINDOW_TYPES
            and not self.owns(widget)
        )

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        _active.add(self)
        self.hidden = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and self._lockable(w)
        ]
        for widget in self.hidden:
            widget.hide()
        dialogs.hold(self.window)
        QApplication.instance().installEventFilter(self)
        self.window.destroyed.connect(self.leave)  # never leave the app locked and hidden

    def leave(self, *_destroyed: object) -> None:
        """Show again what was hidden (and is still open); let the held-back dialogs out."""
        if not self.active:
            return
        self.active = False
        _active.discard(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for widget in self.hidden:
            if isValid(widget):
                widget.show()
        self.hidden = []
        dialogs.release()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Show:
            if obj.isWidgetType() and obj not in self.hidden and self._lockable(obj):
                self.hidden.append(obj)  # shown meanwhile: it waits for the consultant too
                QTimer.singleShot(0, self, self._hide_late)
        elif kind == QEvent.Type.Close and obj in self.hidden:
            self.hidden.remove(obj)  # closed by its own code meanwhile: it stays closed
        return False

    def _hide_late(self) -> None:
        if not self.active:
            return
        for widget in self.hidden:
            if isValid(widget) and widget.isVisible():
                widget.hide()
        self.window.raise_()
        self.window.activateWindow()


def _digits(text: str) -> str:
    return text.replace("%1", str(PIN_MIN)).replace("%2", str(PIN_MAX))


class RespondentMode(QObject):
    """Hand a wizard over to a respondent, and back with the consultant's PIN."""

    changed = Signal(bool)  # on / off
    waiting = Signal(int)  # seconds before the PIN may be tried again (0: it may)

    def __init__(self, window: QWidget, clock: Callable[[], float]):
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.guard: PinGuard | None = None
        self.kiosk: Kiosk | None = None
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)

    @property
    def active(self) -> bool:
        return self.guard is not None

    def hand_over(self) -> bool:
        """Ask a new PIN, then lock the screen to the window. False if not done."""
        if self.active or dialogs.kiosk() is not None:
            return False  # one respondent at a time holds the laptop
        title = QCoreApplication.translate("AssessmentWindow", "Hand over to respondent")
        text = QCoreApplication.translate(
            "AssessmentWindow",
            "Choose a PIN of %1 to %2 digits and type it twice. The respondent will see "
            "only their own questions; the PIN is needed to leave.",
        )
        pin = dialogs.new_pin(self.window, title, _digits(text))
        if not pin:
            return False
        if not valid_pin(pin):
            text = QCoreApplication.translate("AssessmentWindow", "The PIN needs %1 to %2 digits.")
            dialogs.warn(self.window, title, _digits(text))
            return False
        self.guard = PinGuard(pin, self.clock)
        self.kiosk = Kiosk(self.window)
        self.kiosk.enter()
        self.changed.emit(True)
        return True

    def leave(self) -> bool:
        """Ask the PIN (once); True when respondent mode is over (or was not on)."""
        guard = self.guard
        if guard is None:
            return True
        if guard.wait_left() > 0:
            self.tick()  # the countdown shows; no try meanwhile
            return False
        title = QCoreApplication.translate("AssessmentWindow", "Consultant")
        pin = dialogs.get_pin(
            self.window,
            title,
            QCoreApplication.translate(
                "AssessmentWindow", "Enter the consultant's PIN to leave respondent mode."
            ),
        )
        if not pin:
            return False
        if not guard.check(pin):
            text = QCoreApplication.translate("AssessmentWindow", "That PIN is not right.")
            wait = guard.wait_left()
            if wait > 0:
                text += " " + QCoreApplication.translate(
                    "AssessmentWindow", "Wait %1 seconds before the next try."
                ).replace("%1", str(round(wait)))
                self.tick()
                self.countdown.start()
            dialogs.warn(self.window, title, text)
            return False
        self.guard = None
        self.tick()
        kiosk, self.kiosk = self.kiosk, None
        self.changed.emit(False)  # the window is back to normal before the others return
        if kiosk is not None:
            kiosk.leave()
        return True

    def wait_left(self) -> int:
        """Whole seconds before the PIN may be tried again."""
        return int(self.guard.wait_left() + 0.999) if self.guard is not None else 0

    def tick(self) -> None:
        wait = self.wait_left()
        if wait <= 0:
            self.countdown.stop()
        self.waiting.emit(wait)
