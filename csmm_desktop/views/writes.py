"""Writing to the store from a screen: the one seam that turns whatever a write raised into
a message the user reads.

What the services refuse (bad input, a row deleted elsewhere meanwhile) and what the store
or the OS refuses (database locked, disk full, folder read-only or gone) is shown, never
raised, and the screen then shows what is stored now: nothing is left looking saved that
is not. Every failure of the store is logged with its traceback.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from csmm_desktop.messages import UserError
from csmm_desktop.store.errors import StoreError, StoreGoneError, classify
from csmm_desktop.views import dialogs
from csmm_desktop.views.messages import render

log = logging.getLogger(__name__)

# What a screen shows as a message instead of raising: the refusals of the services (a
# UserError: InputError, NotFoundError, ResponseFileError...), and what SQLite and the OS
# raise when the data file cannot be written or read.
ERRORS = (UserError, sqlite3.Error, OSError)


class StoreEvents(QObject):
    """Tells the main window that the data file itself is in trouble (gone, replaced), so
    it can offer to save what is open before anything more is lost."""

    storeGone = Signal(object)  # the StoreError


events = StoreEvents()


def unwatch(listeners: list, listener: object) -> None:
    """Take a widget's listener off a store's `on_commit` list (when the widget goes)."""
    with contextlib.suppress(ValueError):  # not there (any more)
        listeners.remove(listener)


def store_path(db: Any) -> Path | None:
    path = getattr(db, "path", None)
    return Path(path) if path else None


def as_user_error(exc: BaseException, db: Any = None) -> UserError:
    """`exc` as a UserError (store failures classified, and logged with their traceback)."""
    if isinstance(exc, StoreError) or not isinstance(exc, UserError):
        error = classify(exc, store_path(db)) if not isinstance(exc, UserError) else exc
        log.error("store failure: %s", error.message, exc_info=exc)
        if isinstance(error, StoreGoneError):
            events.storeGone.emit(error)
        return error
    return exc


def describe(exc: BaseException, db: Any = None) -> str:
    """What to tell the user about a failed write (in the UI's language)."""
    return render(as_user_error(exc, db))


def attempt(parent: Any, title: str, call: Callable[..., Any], /, *args: Any, **kw: Any) -> Any:
    """call(*args, **kw); on a failure the message is shown and None is returned."""
    try:
        return call(*args, **kw)
    except ERRORS as exc:
        dialogs.warn(parent, title, describe(exc, getattr(parent, "db", None)))
        return None


def succeeded(parent: Any, title: str, call: Callable[..., Any], /, *args: Any, **kw: Any) -> bool:
    """call(*args, **kw) for its effect: True if it was done, False once the failure is shown."""
    try:
        call(*args, **kw)
    except ERRORS as exc:
        dialogs.warn(parent, title, describe(exc, getattr(parent, "db", None)))
        return False
    return True


class StoreWrites:
    """For a screen (a QWidget) with `db`, `refresh()` and a `changed` signal."""

    def _attempt(self, title: str, call: Callable[..., Any], /, *args: Any, **kw: Any) -> Any:
        """call(self.db, *args, **kw), or None once the refusal is shown and the screen
        refreshed."""
        try:
            return call(self.db, *args, **kw)
        except ERRORS as exc:
            dialogs.warn(self, title, describe(exc, self.db))
            self._refresh_after_failure()
            return None

    def _ask_then_delete(
        self, title: str, question: str, confirm: str, call: Callable[..., Any], /, *args: Any
    ) -> None:
        """Ask, then call(self.db, *args); a refusal is shown. Either way the screen shows
        what is stored now and tells whoever listens to `changed`."""
        if not dialogs.ask(self, title, question, confirm=confirm, destructive=True):
            return
        try:
            call(self.db, *args)
        except ERRORS as exc:
            dialogs.warn(self, title, describe(exc, self.db))
        self._refresh_after_failure()
        self.changed.emit()

    def _refresh_after_failure(self) -> None:
        """Show what is stored now; if even reading fails, say so once (never raise)."""
        try:
            self.refresh()
        except ERRORS as exc:
            log.error("refresh after a failed write failed too", exc_info=exc)
