"""The main window's snapshot and respondent commands: new/edit snapshot (the stage and
consultant proposed by services/clients.next_snapshot_defaults), import, the response
template, new/open/rename respondent and their wizards. Bound as MainWindow methods (same
names); texts keep the "MainWindow" translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from csmm_desktop.services import clients
from csmm_desktop.views import dialogs, formatting
from csmm_desktop.views.language import current_language
from csmm_desktop.views.messages import render
from csmm_desktop.views.writes import attempt, succeeded

if TYPE_CHECKING:
    from csmm_desktop.views.main_window import MainWindow
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow


def new_snapshot(self: MainWindow) -> None:
    from csmm_desktop.views.snapshot_dialog import SnapshotDialog

    client_id = self.current_client_id()
    if not client_id:
        return
    title = QCoreApplication.translate("MainWindow", "New snapshot")
    proposal = attempt(self, title, clients.next_snapshot_defaults, self.db, client_id)
    if proposal is None:
        return self._show_stored(client_id)
    dialog = SnapshotDialog(
        self,
        suggested_stage=proposal.stage,
        consultant=proposal.consultant,
        save=lambda values: clients.create_snapshot(self.db, client_id, **values),
        check=lambda values: self._snapshot_order(client_id, values),
    )
    if dialog.exec() != SnapshotDialog.DialogCode.Accepted:
        return
    self._show_stored(client_id, dialog.saved.id)


def _snapshot_order(
    self: MainWindow, client_id: str, values: dict, snapshot_id: str = ""
) -> list[str]:
    """Warnings when the stage and the date do not follow the client's other snapshots."""
    warnings = clients.snapshot_order_warnings(
        self.db, client_id, values["stage"], values["when"], snapshot_id, formatting.date
    )
    return [render(w) for w in warnings]


def edit_snapshot(self: MainWindow) -> None:
    from csmm_desktop.views.snapshot_dialog import SnapshotDialog

    snapshot_id = self.panel.current_snapshot_id()
    if not snapshot_id:
        return
    snap = attempt(
        self,
        QCoreApplication.translate("MainWindow", "Edit snapshot"),
        clients.get_snapshot,
        self.db,
        snapshot_id,
    )
    if snap is not None:
        dialog = SnapshotDialog(
            self,
            snap,
            save=lambda values: clients.update_snapshot(self.db, snapshot_id, **values),
            check=lambda values: self._snapshot_order(snap.client_id, values, snapshot_id),
        )
        dialog.exec()
    self._show_stored(self.current_client_id(), snapshot_id)


def import_responses(self: MainWindow) -> None:
    from csmm_desktop.views import import_flow  # check on a worker, preview, import

    import_flow.import_responses(self)


def save_template(self: MainWindow) -> None:
    from csmm_desktop.services import assessment  # after the first paint: CONTRIBUTING

    snapshot_id = self.panel.current_snapshot_id()
    if not snapshot_id:
        return
    from csmm_desktop import outputs

    lang = current_language()  # the template's words are the app's language
    path = dialogs.save_file(
        self,
        QCoreApplication.translate("MainWindow", "Save response template"),
        self.panel.snapshot_file_name(lang, ".xlsx", outputs.word("template", lang)),
        QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx);;CSV (*.csv)"),
    )
    if not path:
        return
    if not succeeded(
        self,
        QCoreApplication.translate("MainWindow", "Save response template"),
        assessment.write_template,
        self.db,
        snapshot_id,
        path,
        current_language(),
    ):
        return
    self.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Template saved to %1").replace("%1", path), 6000
    )


def new_respondent(self: MainWindow) -> None:
    from csmm_desktop.services import assessment  # after the first paint: CONTRIBUTING
    from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

    snapshot_id = self.panel.current_snapshot_id()
    if not snapshot_id:
        return
    last_role = str(self.settings.value("lastRole", "") or "")
    dialog = RespondentDialog(self, role=last_role)
    respondent = None
    while respondent is None:  # a refused write shows the dialog again, as typed
        if dialog.exec() != RespondentDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        respondent = attempt(
            self,
            QCoreApplication.translate("MainWindow", "New respondent"),
            assessment.add_respondent,
            self.db,
            snapshot_id,
            **values,
        )
    self.settings.setValue("lastRole", values["role"])
    self._show_stored(self.current_client_id(), snapshot_id)
    self.open_wizard(respondent.id)


def open_respondent(self: MainWindow) -> None:
    respondent_id = self.panel.current_respondent_id()
    if respondent_id:
        self.open_wizard(respondent_id)


def open_wizard(self: MainWindow, respondent_id: str) -> AssessmentWindow:
    """The wizard of one respondent; one window per respondent."""
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow

    existing = self.wizards.get(respondent_id)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    wizard = AssessmentWindow(self.db, respondent_id, self, settings=self.settings)
    wizard.answerSaved.connect(self._on_answer_saved)
    wizard.respondentModeChanged.connect(lambda on: self.setVisible(not on))
    wizard.destroyed.connect(lambda _obj=None, rid=respondent_id: self._wizard_gone(rid))
    self.wizards[respondent_id] = wizard
    if self.undo_actions is not None:
        self.undo_actions.update()  # Undo waits while an assessment window is open
    wizard.show()
    return wizard


def _wizard_gone(self: MainWindow, respondent_id: str) -> None:
    self.wizards.pop(respondent_id, None)
    if self.undo_actions is not None:
        self.undo_actions.update()


def _on_answer_saved(self: MainWindow, snapshot_id: str, respondent_id: str) -> None:
    """Scores follow every answer wherever they are shown (coalesced: quick answers in a
    row cost one refresh)."""
    self._pending_refresh = (snapshot_id, respondent_id)
    self._refresh_timer.start()


def _refresh_after_answers(self: MainWindow) -> None:
    if self._pending_refresh and self.panel.client_id:
        self.panel.refresh_snapshot_scores(*self._pending_refresh)
    self._pending_refresh = None


def rename_respondent(self: MainWindow) -> None:
    from csmm_desktop.services import assessment  # after the first paint: CONTRIBUTING
    from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

    if len(self.panel.selected_respondent_ids()) > 1:  # several: views/respondent_bulk.py
        from csmm_desktop.views import respondent_bulk

        return respondent_bulk.rename(self, self.panel.selected_respondent_ids())
    respondent_id = self.panel.current_respondent_id()
    if not respondent_id:
        return
    title = QCoreApplication.translate("MainWindow", "Rename respondent")
    respondent = attempt(self, title, assessment.get_respondent, self.db, respondent_id)
    if respondent is not None:
        dialog = RespondentDialog(self, respondent)
        while dialog.exec() == RespondentDialog.DialogCode.Accepted:
            values = dialog.values()
            renamed = attempt(
                self,
                title,
                assessment.rename_respondent,
                self.db,
                respondent_id,
                values["name"],
                values["code"],
            )
            if renamed is not None:
                break
    self._show_stored(self.current_client_id())
