"""Writing to the store from a screen: what the services refuse (bad input, a row deleted
elsewhere meanwhile) is shown to the user, never raised, and the screen then shows what is
stored now."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from csmm_desktop.services.clients import InputError
from csmm_desktop.store.errors import NotFoundError
from csmm_desktop.views import dialogs

ERRORS = (InputError, NotFoundError)  # the refusals a screen shows as a message


class StoreWrites:
    """For a screen (a QWidget) with `db`, `refresh()` and a `changed` signal."""

    def _attempt(self, title: str, call: Callable[..., Any], /, *args: Any, **kw: Any) -> Any:
        """call(self.db, *args, **kw), or None once the refusal is shown and the screen
        refreshed."""
        try:
            return call(self.db, *args, **kw)
        except ERRORS as exc:
            dialogs.warn(self, title, str(exc))
            self.refresh()
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
            dialogs.warn(self, title, str(exc))
        self.refresh()
        self.changed.emit()
