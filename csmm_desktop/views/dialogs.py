"""The one seam for modal questions and messages. Tests patch these functions, so no
real exec() runs under test. Views call them as `dialogs.ask(...)`.

Respondent mode (the kiosk): while a respondent holds the laptop, only the window handed
over and the dialogs it opens itself may show anything. What any other window says
meanwhile (a report finished in the background, an import's result) waits:

- inform, warn and choose are queued and shown, in order, once the consultant's PIN is
  back; the caller goes on at once (choose returns -1). A caller that acts on the button
  clicked passes `then=`: it is called with the index when the dialog is really shown.
- ask, open_file, save_file, get_pin and new_pin get the safe answer at once (No, no
  file, no PIN), logged. A question that needs its answer now comes from the moment it
  was asked; asked twenty minutes later, over another context, a Yes would be a guess,
  and No is what every caller already takes as "do nothing". (Pass `then=` to queue one
  instead.)

`gated(kind, show)` is that gate around a function that shows a dialog; the public
functions below are the gated real dialogs, and the tests' recorder is gated the same way,
so the kiosk rules are tested with it.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

QUEUED = ("inform", "warn", "choose")  # shown later; the rest get SAFE at once
SAFE: dict[str, Any] = {
    "ask": False,
    "choose": -1,
    "open_file": "",
    "save_file": "",
    "get_pin": "",
    "new_pin": "",
}


class _Kiosk:
    """Who holds the screen in respondent mode, and what waits for the consultant."""

    def __init__(self) -> None:
        self.owner: QWidget | None = None
        self.queue: list[Callable[[], None]] = []


_kiosk = _Kiosk()


def hold(window: QWidget) -> None:
    """Respondent mode on: from now on only `window` (and what it opens) shows dialogs."""
    _kiosk.owner = window


def release() -> None:
    """Respondent mode off: what waited is shown, in order, at the next event-loop turn
    (the consultant's windows are back first)."""
    _kiosk.owner = None
    queued, _kiosk.queue = _kiosk.queue, []
    if queued:
        QTimer.singleShot(0, lambda: [show() for show in queued])


def kiosk() -> QWidget | None:
    """The window a respondent holds, if any."""
    owner = _kiosk.owner
    if owner is not None and not isValid(owner):  # destroyed without releasing
        _kiosk.owner = None
        return None
    return owner


def held_back() -> int:
    """How many dialogs wait for the consultant."""
    return len(_kiosk.queue)


def reset() -> None:
    """Forget the kiosk and what waited (tests)."""
    _kiosk.owner = None
    _kiosk.queue.clear()


def _is_held_back(parent: QWidget | None) -> bool:
    owner = kiosk()
    if owner is None:
        return False
    widget = parent
    while widget is not None:
        if widget is owner:
            return False
        widget = widget.parentWidget()
    return True


def gated(kind: str, show: Callable[..., Any]) -> Callable[..., Any]:
    """`show(parent, ...)` behind the respondent-mode gate (see the module's text)."""

    @functools.wraps(show)
    def call(parent: QWidget | None, *args: Any, then: Callable[[Any], None] | None = None, **kw):
        if _is_held_back(parent):
            title = args[0] if args else ""
            if kind in QUEUED or then is not None:
                log.info("%s %r held back until respondent mode ends", kind, title)
                _kiosk.queue.append(lambda: _later(call, parent, args, kw, then))
                return SAFE.get(kind)
            log.warning("%s %r refused in respondent mode: safe answer given", kind, title)
            return SAFE.get(kind)
        result = show(parent, *args, **kw)
        if then is not None:
            then(result)
        return result

    return call


def _later(call: Callable[..., Any], parent, args, kw, then) -> None:
    if parent is not None and not isValid(parent):
        parent = None  # its window was closed meanwhile: the message still counts
    call(parent, *args, then=then, **kw)


# --- the real dialogs ------------------------------------------------------------------


def _ask(
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


def _inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


# The file dialogs: QFileDialog's static functions show the platform's own dialog where
# there is one (Windows, macOS, a GTK or KDE desktop), in the system's language; Qt's own
# dialog, used elsewhere, speaks the app's language through Qt's qtbase translation that
# views/language.py installs. Never pass DontUseNativeDialog.
def _open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def _save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def _get_pin(parent: QWidget | None, title: str, label: str) -> str:
    """A PIN (digits) typed without echo; empty when cancelled."""
    from csmm_desktop.views.wizard.pin_dialog import PinDialog

    return PinDialog(parent, title, label, confirm=False).run()


def _new_pin(parent: QWidget | None, title: str, label: str) -> str:
    """A new PIN, typed twice; empty when cancelled."""
    from csmm_desktop.views.wizard.pin_dialog import PinDialog

    return PinDialog(parent, title, label, confirm=True).run()


def _get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str:
    """A line of text; empty when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else ""


def _choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """A message with several buttons; returns the index of the one clicked (-1: closed)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


ask = gated("ask", _ask)
inform = gated("inform", _inform)
warn = gated("warn", _warn)
open_file = gated("open_file", _open_file)
save_file = gated("save_file", _save_file)
get_pin = gated("get_pin", _get_pin)
new_pin = gated("new_pin", _new_pin)
choose = gated("choose", _choose)
get_text = gated("get_text", _get_text)
