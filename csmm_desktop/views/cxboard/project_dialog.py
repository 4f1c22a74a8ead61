"""Nominate or edit a CX project. When editing, the note (why it changes) is saved with the
change as one revision of the project's history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from csmm_desktop.domain.cxboard import DEFAULT_PRIORITY
from csmm_desktop.forms.ui_cx_project_dialog import Ui_CxProjectDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, print_check
from csmm_desktop.views.cxboard.common import data_label
from csmm_desktop.views.cxboard.project_history import Names
from csmm_desktop.views.engagement.base import SaveDialog


class CxProjectDialog(SaveDialog):
    """`save(values)` stores what was typed; a refusal is shown and the dialog stays open.
    A new project is nominated (its status is "nominated"); `prefill` gives its first values
    (title, source, description…)."""

    def __init__(
        self,
        parent: QWidget | None,
        project: cx.CxProject | None,
        names: Names,
        *,
        prefill: dict | None = None,
        intro: str = "",
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxProjectDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(
            self.ui.titleEdit,
            self.ui.ownerEdit,
            self.ui.descriptionEdit,
            self.ui.scopeEdit,
            self.ui.solutionEdit,
            self.ui.nextStepsEdit,
            self.ui.noteEdit,
        )
        ui = self.ui
        self._project = project
        for key in cx.PROJECT_SOURCES:
            ui.sourceCombo.addItem("", key)
        for key in cx.PROJECT_STATUSES:
            ui.statusCombo.addItem("", key)
        for priority in cx.PRIORITIES:
            ui.priorityCombo.addItem(str(priority), priority)
        for combo, choices in (
            (ui.topicCombo, names.topics),
            (ui.kpiCombo, names.kpis),
            (ui.meetingCombo, names.meetings),
        ):
            combo.addItem("", None)  # "none", worded in _retranslate
            for choice_id, label in choices.items():
                combo.addItem(label, choice_id)
        self._edits = {
            "description": ui.descriptionEdit,
            "scope": ui.scopeEdit,
            "solution": ui.solutionEdit,
            "next_steps": ui.nextStepsEdit,
        }
        values = dict(prefill or {})
        if project is not None:
            values = {k: getattr(project, k) for k in project.__dataclass_fields__}
        ui.titleEdit.setText(values.get("title", ""))
        ui.ownerEdit.setText(values.get("owner", ""))
        for key, edit in self._edits.items():
            edit.setPlainText(values.get(key, ""))
        self._choose(ui.sourceCombo, values.get("source", "data"))
        self._choose(ui.statusCombo, values.get("status", "nominated"))
        self._choose(ui.priorityCombo, values.get("priority", DEFAULT_PRIORITY))
        self._choose(ui.topicCombo, values.get("topic_id") or None)
        self._choose(ui.kpiCombo, values.get("kpi_id"))
        self._choose(ui.meetingCombo, values.get("meeting_id"))
        ui.dueEdit.setDate(QDate.currentDate().addMonths(1))
        if values.get("due_date"):
            ui.dueCheck.setChecked(True)
            ui.dueEdit.setDate(QDate.fromString(values["due_date"], "yyyy-MM-dd"))
        formatting.optional_date(ui.dueCheck, ui.dueEdit)  # blank while off
        ui.statusCombo.setEnabled(project is not None)  # a new project is nominated
        ui.noteLabel.setVisible(project is not None)
        ui.noteEdit.setVisible(project is not None)
        ui.introLabel.setText(intro)
        ui.introLabel.setVisible(bool(intro))
        ui.titleEdit.textChanged.connect(self._validate)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    @staticmethod
    def _choose(combo, value) -> None:
        found = combo.findData(value)
        if found < 0 and value is not None:  # linked to something no longer offered: keep it
            combo.addItem(str(value), value)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))

    def _retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("Edit CX project") if self._project else self.tr("Nominate a CX project")
        )
        for i, key in enumerate(cx.PROJECT_SOURCES):
            ui.sourceCombo.setItemText(i, data_label(cx.PROJECT_SOURCES, key))
        for i, key in enumerate(cx.PROJECT_STATUSES):
            ui.statusCombo.setItemText(i, data_label(cx.PROJECT_STATUSES, key))
        ui.priorityCombo.setItemText(0, self.tr("1 (highest)"))
        ui.priorityCombo.setItemText(len(cx.PRIORITIES) - 1, self.tr("5 (lowest)"))
        ui.topicCombo.setItemText(0, self.tr("— no topic —"))
        ui.kpiCombo.setItemText(0, self.tr("— no KPI —"))
        ui.meetingCombo.setItemText(0, self.tr("— no board meeting —"))
        formatting.date_edit(ui.dueEdit)
        if self._project is None:
            ui.descriptionEdit.setPlaceholderText(
                self.tr("What is wrong for the customer today, and what should change.")
            )
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.ui.titleEdit.text().strip())
        self.ui.errorLabel.setText("" if ok else self.tr("A CX project needs a title."))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> dict:
        ui = self.ui
        values: dict = {
            "title": ui.titleEdit.text(),
            "source": ui.sourceCombo.currentData(),
            "owner": ui.ownerEdit.text(),
            "priority": ui.priorityCombo.currentData(),
            "due_date": ui.dueEdit.date().toString("yyyy-MM-dd") if ui.dueCheck.isChecked() else "",
            "topic_id": ui.topicCombo.currentData() or "",
            "kpi_id": ui.kpiCombo.currentData(),
            "meeting_id": ui.meetingCombo.currentData(),
        }
        values |= {key: edit.toPlainText() for key, edit in self._edits.items()}
        if self._project is not None:
            values["status"] = ui.statusCombo.currentData()
            values["note"] = ui.noteEdit.toPlainText()
        return values
