"""The main window's deletes (client, snapshot, respondent) and what each runs in: an
undoable step that Edit → Undo names and the Trash keeps, or, past the undo log's limit,
an unlogged one the user is told about first. Bound as MainWindow methods (same names);
texts keep the "MainWindow" translation context."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from csmm_desktop.services import clients
from csmm_desktop.views import dialogs, formatting
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.writes import attempt, succeeded

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow


class _Deleting(NamedTuple):
    context: contextlib.AbstractContextManager
    undoable: bool

    def __enter__(self) -> None:
        self.context.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.context.__exit__(*exc)


def _deleting(self: MainWindow, kind: str, title: str, what: str, **under: str) -> _Deleting:
    """What a delete of `kind` runs in: a step Edit → Undo names and the Trash keeps;
    one with more answers than the undo log holds runs unlogged (and says so first)."""
    from csmm_desktop.store.undo import LOG_LIMIT, answers_under

    log = getattr(self.db, "undo", None)
    if log is None:
        return _Deleting(contextlib.nullcontext(), False)
    answers = attempt(self, title, answers_under, self.db, **under) if under else 0
    if answers is None or answers > LOG_LIMIT:
        return _Deleting(log.unlogged(), False)
    return _Deleting(log.labelled(f"{title} “{what}”", trash=kind), True)


def _ask_delete(self: MainWindow, title: str, question: str, deleting: _Deleting) -> bool:
    """The one confirmation of every delete: the question, then whether Undo and the Trash
    can bring it back; "Delete" as the destructive button."""
    if deleting.undoable:
        note = QCoreApplication.translate(
            "MainWindow", "Edit → Undo brings it back, and so does Edit → Trash later."
        )
    else:
        note = QCoreApplication.translate(
            "MainWindow", "This cannot be undone (the automatic backups keep older copies)."
        )
    confirm = QCoreApplication.translate("MainWindow", "Delete")
    return dialogs.ask(self, title, f"{question} {note}", confirm=confirm, destructive=True)


def delete_client(self: MainWindow) -> None:
    client_id = self.current_client_id()
    if not client_id:
        return
    title = QCoreApplication.translate("MainWindow", "Delete client")
    client = attempt(self, title, clients.get_client, self.db, client_id)
    counts = client and attempt(self, title, clients.client_summary, self.db, client_id)
    if not counts:
        return self._show_stored(client_id)
    deleting = self._deleting("client", title, client.name, client_id=client_id)
    question = (
        QCoreApplication.translate("MainWindow", "Delete the client “%1” with its %2 and %3?")
        .replace("%2", self._counted("snapshots", counts["snapshots"]))
        .replace("%3", self._counted("respondents", counts["respondents"]))
        .replace("%1", client.name)
    )
    if not self._ask_delete(title, question, deleting):
        return
    row = self.ui.clientList.currentIndex().row()
    with deleting:
        done = succeeded(self, title, clients.delete_client, self.db, client_id)
    if not done:
        return self._show_stored(client_id)
    self.reload_clients(select="-")
    if self.client_filter.rowCount():
        row = min(row, self.client_filter.rowCount() - 1)
        self.ui.clientList.setCurrentIndex(self.client_filter.index(row, 0))
    self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Client deleted."), 4000)


def delete_snapshot(self: MainWindow) -> None:
    snapshot_id = self.panel.current_snapshot_id()
    if not snapshot_id:
        return
    title = QCoreApplication.translate("MainWindow", "Delete snapshot")
    snap = attempt(self, title, clients.get_snapshot, self.db, snapshot_id)
    count = snap and attempt(self, title, clients.snapshot_respondent_count, self.db, snapshot_id)
    if count is None or snap is None:
        return self._show_stored(self.current_client_id())
    what = f"{stage_name(snap.stage)} · {formatting.date(snap.date)}"
    deleting = self._deleting("snapshot", title, what, snapshot_id=snapshot_id)
    question = (
        self._counted("delete snapshot", count)
        .replace("%1", stage_name(snap.stage))
        .replace("%2", formatting.date(snap.date))
    )
    if not self._ask_delete(title, question, deleting):
        return
    with deleting:
        attempt(self, title, clients.delete_snapshot, self.db, snapshot_id)
    self._show_stored(self.current_client_id())


def delete_respondent(self: MainWindow) -> None:
    from csmm_desktop.services import assessment  # after the first paint: CONTRIBUTING

    if len(self.panel.selected_respondent_ids()) > 1:  # several: views/respondent_bulk.py
        from csmm_desktop.views import respondent_bulk

        return respondent_bulk.delete(self, self.panel.selected_respondent_ids())
    respondent_id = self.panel.current_respondent_id()
    if not respondent_id:
        return
    title = QCoreApplication.translate("MainWindow", "Delete respondent")
    respondent = attempt(self, title, assessment.get_respondent, self.db, respondent_id)
    if respondent is None:
        return self._show_stored(self.current_client_id())
    deleting = self._deleting("respondent", title, respondent.label)
    question = QCoreApplication.translate(
        "MainWindow", "Delete the respondent “%1” and all their answers?"
    ).replace("%1", respondent.label)
    if not self._ask_delete(title, question, deleting):
        return
    wizard = self.wizards.get(respondent_id)
    if wizard is not None and not wizard.close():
        return  # the wizard could not be closed (its pending answers): nothing deleted
    self.wizards.pop(respondent_id, None)
    with deleting:
        attempt(self, title, assessment.delete_respondent, self.db, respondent_id)
    self._show_stored(self.current_client_id())
