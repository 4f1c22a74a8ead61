"""Add or edit an action of the plan. When editing, the feedback (the reason for the
change) is saved with the change as one revision of the action's history."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from csmm_desktop.forms.ui_action_dialog import Ui_ActionDialog
from csmm_desktop.services.engagement import ACTION_STATUSES, Action
from csmm_desktop.views import formatting, print_check
from csmm_desktop.views.engagement.base import SaveDialog
from csmm_desktop.views.language import current_language

Choice = tuple[str, str]  # (id, label shown)


class ActionDialog(SaveDialog):
    """`save(values)` stores what was typed; if the services refuse it, the message is
    shown and the dialog stays open with everything as typed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        action: Action | None = None,
        *,
        topics: Sequence[Choice] = (),
        problems: Sequence[Choice] = (),
        kpis: Sequence[Choice] = (),
        cycle: int = 1,
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.titleEdit, self.ui.ownerEdit)
        self._action = action
        ui = self.ui
        for key in ACTION_STATUSES:
            ui.statusCombo.addItem("", key)
        for combo, choices in (
            (ui.topicCombo, topics),
            (ui.problemCombo, problems),
            (ui.kpiCombo, kpis),
        ):
            combo.addItem("", None)  # "none", worded in _retranslate
            for choice_id, label in choices:
                combo.addItem(label, choice_id)
        ui.dueEdit.setDate(QDate.currentDate().addMonths(1))
        ui.cycleSpin.setValue(action.cycle if action else cycle)
        if action:
            ui.titleEdit.setText(action.title)
            ui.ownerEdit.setText(action.owner)
            if action.due_date:
                ui.dueCheck.setChecked(True)
                ui.dueEdit.setDate(QDate.fromString(action.due_date, "yyyy-MM-dd"))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(action.status))
            for combo, value in (
                (ui.topicCombo, action.topic_id or None),
                (ui.problemCombo, action.problem_id),
                (ui.kpiCombo, action.kpi_id),
            ):
                found = combo.findData(value)
                if found < 0:  # linked to something no longer offered: keep it
                    combo.addItem(value, value)
                    found = combo.count() - 1
                combo.setCurrentIndex(found)
        ui.feedbackLabel.setVisible(action is not None)
        ui.feedbackEdit.setVisible(action is not None)
        formatting.optional_date(ui.dueCheck, ui.dueEdit)  # blank while off
        ui.titleEdit.textChanged.connect(self._validate)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        if action is None:  # no feedback field: no empty space where it would be
            self.resize(self.width(), self.sizeHint().height())

    def _retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Edit action") if self._action else self.tr("New action"))
        for i, key in enumerate(ACTION_STATUSES):
            ui.statusCombo.setItemText(i, ACTION_STATUSES[key][current_language()])
        ui.topicCombo.setItemText(0, self.tr("— no topic —"))
        ui.problemCombo.setItemText(0, self.tr("— no problem —"))
        ui.kpiCombo.setItemText(0, self.tr("— no KPI —"))
        formatting.date_edit(ui.dueEdit)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.ui.titleEdit.text().strip())
        self.ui.errorLabel.setText("" if ok else self.tr("An action needs a title."))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> dict:
        ui = self.ui
        values = {
            "title": ui.titleEdit.text(),
            "owner": ui.ownerEdit.text(),
            "due_date": ui.dueEdit.date().toString("yyyy-MM-dd") if ui.dueCheck.isChecked() else "",
            "status": ui.statusCombo.currentData(),
            "cycle": ui.cycleSpin.value(),
            "topic_id": ui.topicCombo.currentData() or "",
            "problem_id": ui.problemCombo.currentData(),
            "kpi_id": ui.kpiCombo.currentData(),
        }
        if self._action is not None:
            values["feedback"] = ui.feedbackEdit.toPlainText()
        return values
