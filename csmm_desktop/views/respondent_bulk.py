"""Delete or rename several selected respondents at once (the main window's Delete and
Rename when more than one respondent is selected).

The delete runs in the main window's delete path (MainWindow._deleting): one confirmation
naming the count, one step of Edit → Undo, one entry of the Trash keeping them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from csmm_desktop.services import assessment
from csmm_desktop.views import dialogs
from csmm_desktop.views.writes import attempt

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RespondentBulk", text, None, n)


def delete(window: MainWindow, respondent_ids: list[str]) -> None:
    count = len(respondent_ids)
    title = tr("Delete respondents")
    deleting = window._deleting("respondent", title, tr("%n respondent(s)", count))
    question = tr("Delete the %n selected respondent(s) and all their answers?", count)
    if not window._ask_delete(title, question, deleting):
        return
    for respondent_id in respondent_ids:
        wizard = window.wizards.get(respondent_id)
        if wizard is not None and not wizard.close():
            return  # a wizard could not be closed (its pending answers): nothing deleted
        window.wizards.pop(respondent_id, None)
    with deleting:
        attempt(window, title, assessment.delete_respondents, window.db, respondent_ids)
    window._show_stored(window.current_client_id())


def rename(window: MainWindow, respondent_ids: list[str]) -> None:
    """The selected respondents become "prefix 1", "prefix 2", … in the order shown."""
    title = tr("Rename respondents")
    prefix = dialogs.get_text(
        window,
        title,
        tr("Name the %n selected respondent(s) with this text and a number:", len(respondent_ids)),
    )
    if prefix.strip():
        attempt(window, title, assessment.rename_respondents, window.db, respondent_ids, prefix)
    window._show_stored(window.current_client_id())
