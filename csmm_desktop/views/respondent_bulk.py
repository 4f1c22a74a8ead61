"""Delete or rename several selected respondents at once (the main window's Delete and
Rename when more than one respondent is selected).

The delete runs in the main window's delete path (MainWindow._deleting): one confirmation
naming the count, one step of Edit → Undo, one entry of the Trash keeping them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from csmm_desktop.services import assessment
from csmm_desktop.views import dialogs
from csmm_desktop.views.writes import attempt

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow


class RespondentBulk(QObject):
    """The texts, as self.tr of this class: lupdate files a text (and reads its %n forms)
    under a class only from its self.tr. Those of a module-level tr() wrapper went under
    no context, where this context's lookups never found them: Turkish showed English and
    English "3 respondent(s)"."""

    def deleting(self, n: int) -> tuple[str, str, str]:
        return (
            self.tr("Delete respondents"),
            self.tr("%n respondent(s)", "", n),
            self.tr("Delete the %n selected respondent(s) and all their answers?", "", n),
        )

    def renaming(self, n: int) -> tuple[str, str]:
        return (
            self.tr("Rename respondents"),
            self.tr("Name the %n selected respondent(s) with this text and a number:", "", n),
        )


def delete(window: MainWindow, respondent_ids: list[str]) -> None:
    title, what, question = RespondentBulk().deleting(len(respondent_ids))
    deleting = window._deleting("respondent", title, what)
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
    title, label = RespondentBulk().renaming(len(respondent_ids))
    prefix = dialogs.get_text(window, title, label)
    if prefix.strip():
        attempt(window, title, assessment.rename_respondents, window.db, respondent_ids, prefix)
    window._show_stored(window.current_client_id())
