"""The action plan: a client's actions in 3-month cycles, filtered by cycle and status,
each with its history of revisions and feedback; suggestions for a snapshot's weakest
topics become actions with one tick."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QWidget

from csmm_desktop.forms.ui_actions_tab import Ui_ActionsTab
from csmm_desktop.services import engagement
from csmm_desktop.services.engagement import ACTION_STATUSES, OPEN_ACTION_STATUSES, is_overdue
from csmm_desktop.views import dialogs, formatting, theme
from csmm_desktop.views.engagement.action_dialog import ActionDialog
from csmm_desktop.views.engagement.actions_history import Names, describe
from csmm_desktop.views.engagement.actions_suggestions_dialog import ActionSuggestionsDialog
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.history import history_columns, shown_rows
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.rows_model import Column
from csmm_desktop.views.writes import ERRORS
from csmm_desktop.views.writes import describe as failure_text

if TYPE_CHECKING:
    from sqlite_utils import Database

TITLE, OWNER, DUE, STATUS, CYCLE, LINKS = range(6)
STATUS_ORDER = tuple(ACTION_STATUSES)  # planned, in progress, done, dropped
OVERDUE = QColor(theme.DARK_VERMILLION)  # dark vermillion: readable on white and on a projector


class ActionsTab(ContextTab):
    """The action plan of a client, as it stands today (a working list: statuses and
    overdue dates are today's; a snapshot's documents show them as of its date); the
    snapshot is needed for suggestions and is linked to new actions."""

    refresh_when_shown = True  # another tab may have changed problems, KPIs or actions

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._names = Names()
        self._today = date.today()
        self.ui = Ui_ActionsTab()
        self.ui.setupUi(self)
        ui = self.ui
        # the actions on the list-page base's model view, and the history under them (a few
        # rows of the selected action: sorted by a header click, no filter box)
        self._rows_view(ui.actionTable, self._columns(), lambda a: a.id)
        self._total = 0  # the client's actions, of which the list shows some
        self.model.modelReset.connect(self._show_count)
        self.history_model = self._rows_view(
            ui.historyTable, self._history_columns(), lambda h: h[0].id, filter_box=False
        )
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 1)
        for table, stretch in ((ui.actionTable, TITLE), (ui.historyTable, 2)):
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setStyleSheet("QTableView::item { padding: 2px 4px; }")  # wrapped lines
        ui.historyTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.actionTable.horizontalHeader().setSectionResizeMode(
            LINKS, QHeaderView.ResizeMode.Stretch
        )

        # the filter row fits a 1024 px window in Turkish: the combos and the count give way
        for combo in (ui.cycleCombo, ui.statusCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        ui.countLabel.setWordWrap(True)
        ui.cycleCombo.currentIndexChanged.connect(lambda _i: self._show_actions())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._show_actions())
        ui.addButton.clicked.connect(self.add_action)
        ui.editButton.clicked.connect(self.edit_action)
        ui.deleteButton.clicked.connect(self.delete_action)
        ui.suggestButton.clicked.connect(self.add_suggested)
        ui.actionTable.selectionModel().selectionChanged.connect(self._on_selection)
        # no Insert: the tab adds with its button or from the suggestions
        self.keys = self._install_keys(ui.actionTable, None, self.edit_action, self.delete_action)
        self._retranslate()
        self.refresh()

    # --- contract with the client panel -------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Action plan")

    def refresh(self, select: str = "") -> None:
        self._forget_missing_snapshot()
        if self.client_id:
            self._names = Names.of_client(self.db, self.client_id)
        self._fill_filters()
        self._show_context()
        self._show_actions(select)

    # --- what is shown -------------------------------------------------------------

    def _fill_filters(self) -> None:
        combo = self.ui.cycleCombo
        keep = combo.currentData()
        last = engagement.current_cycle(self.db, self.client_id) if self.client_id else 1
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All cycles"), 0)
        for cycle in range(1, last + 1):
            combo.addItem(self.tr("Cycle %1").replace("%1", str(cycle)), cycle)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

        combo = self.ui.statusCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statuses"), "")
        combo.addItem(self.tr("Open (planned or in progress)"), "open")
        for key, text in ACTION_STATUSES.items():
            combo.addItem(text[current_language()], key)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _show_context(self) -> None:
        if not self.client_id:
            text = ""
        elif not self.snapshot_id:
            text = self.tr(
                "Select a snapshot to link new actions to it and to see suggested actions for "
                "its weakest topics."
            )
        else:
            snap = engagement.get_snapshot(self.db, self.snapshot_id)
            text = (
                self.tr(
                    "New actions are linked to the %1 snapshot (%2). Every change keeps its "
                    "reason in the action's history."
                )
                .replace("%1", stage_name(snap.stage))
                .replace("%2", formatting.date(snap.date))
            )
            text += " " + self.tr(
                "Statuses and overdue dates here are today's; the snapshot's reports show "
                "them as they stood on its date."
            )
        self.ui.contextLabel.setText(text)
        self.ui.suggestButton.setEnabled(bool(self.snapshot_id))
        self.ui.suggestButton.setToolTip(
            "" if self.snapshot_id else self.tr("Select a snapshot first.")
        )
        self.ui.addButton.setEnabled(bool(self.client_id))

    def _wanted(self, action: engagement.Action) -> bool:
        cycle, status = self.ui.cycleCombo.currentData(), self.ui.statusCombo.currentData()
        if cycle and action.cycle != cycle:
            return False
        if status == "open":
            return action.status in OPEN_ACTION_STATUSES
        return not status or action.status == status

    def _columns(self) -> list[Column]:
        centre = int(Qt.AlignmentFlag.AlignCenter.value)
        return [
            Column(lambda: self.tr("Action"), lambda a: a.title),
            Column(lambda: self.tr("Owner"), lambda a: a.owner or "—"),
            Column(
                lambda: self.tr("Due"),
                self._due_text,
                key=lambda a: a.due_date or None,
                emphasis=lambda a: OVERDUE if self._overdue(a) else None,
            ),
            Column(
                lambda: self.tr("Status today"),
                lambda a: ACTION_STATUSES[a.status][current_language()],
                key=lambda a: STATUS_ORDER.index(a.status),  # as the work goes, not by name
            ),
            Column(
                lambda: self.tr("Cycle"),
                lambda a: str(a.cycle),
                key=lambda a: a.cycle,
                align=centre,
            ),
            Column(lambda: self.tr("Linked to"), self._names_links),
        ]

    def _names_links(self, action: engagement.Action) -> str:
        return self._names.links(action)

    def _overdue(self, action: engagement.Action) -> bool:
        return is_overdue(action.status, action.due_date, self._today)

    def _due_text(self, action: engagement.Action) -> str:
        due = formatting.date(action.due_date) if action.due_date else "—"
        return self.tr("%1 (overdue)").replace("%1", due) if self._overdue(action) else due

    def _show_actions(self, select: str = "") -> None:
        keep = select or self.current_action_id()
        every = engagement.list_actions(self.db, self.client_id) if self.client_id else []
        shown = [a for a in every if self._wanted(a)]
        self._today = date.today()
        self._total = len(every)
        self.model.set_rows(shown)  # the count follows (_show_count), the filter box's too
        self.select_id(keep)  # the kept action, else the first: its history shows at once
        self._on_selection()

    def _show_count(self) -> None:
        """How many actions the list shows (after the combos and the filter box) of all."""
        count = self.tr("%1 of %n action(s) shown", "", self._total)
        self.ui.countLabel.setText(count.replace("%1", str(self.model.rowCount())))

    def current_action_id(self) -> str:
        return self.selected_id()

    def _on_selection(self, *_args) -> None:
        action_id = self.current_action_id()
        self.ui.editButton.setEnabled(bool(action_id))
        self.ui.deleteButton.setEnabled(bool(action_id))
        history = engagement.action_history(self.db, action_id) if action_id else []
        # (revision, what happened, changes), newest first (unless the user sorted)
        rows = [(r, *describe(r, self._names)) for r in reversed(history)]
        self.history_model.set_rows(rows)
        self.ui.historyBox.setEnabled(bool(action_id))

    def _history_columns(self) -> list[Column]:
        headers = (
            lambda: self.tr("When"),
            lambda: self.tr("What"),
            lambda: self.tr("Change"),
            lambda: self.tr("Feedback"),
        )
        return history_columns(headers, lambda revision: revision.feedback)

    def history_rows(self) -> list[tuple[str, str, str]]:
        """(what happened, changes, feedback) of each row of the history, as shown."""
        return shown_rows(self.history_model)

    # --- writes --------------------------------------------------------------------

    def _dialog(self, action: engagement.Action | None, save) -> bool:
        names = self._names
        open_first = sorted(
            engagement.list_problems(self.db, self.client_id), key=lambda p: not p.is_open
        )
        resolved = self.tr("%1 (resolved)")
        problems = [
            (p.id, p.title if p.is_open else resolved.replace("%1", p.title)) for p in open_first
        ]
        dialog = ActionDialog(
            self,
            action,
            topics=list(names.topics.items()),
            problems=problems,
            kpis=list(names.kpis.items()),
            cycle=engagement.current_cycle(self.db, self.client_id),
            save=save,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_action(self) -> None:
        if not self.client_id:
            return
        added: list[engagement.Action] = []

        def save(values: dict) -> None:
            snapshot = self.snapshot_id or None
            added.append(
                engagement.add_action(self.db, self.client_id, snapshot_id=snapshot, **values)
            )

        if self._dialog(None, save) and added:
            self._after_write(added[0].id)

    def edit_action(self) -> None:
        action_id = self.current_action_id()
        title = self.tr("Edit action")
        action = self._attempt(title, engagement.get_action, action_id) if action_id else None
        if action is None:
            return

        def save(values: dict) -> None:
            engagement.update_action(self.db, action_id, **values)

        if self._dialog(action, save):
            self._after_write(action_id)

    def delete_action(self) -> None:
        action_id = self.current_action_id()
        action = self.selected_row()
        if action is None:
            return
        revisions = len(engagement.action_history(self.db, action_id))
        question = self.tr(
            "Delete the action “%1” with its history of %n revision(s)?", "", revisions
        ).replace("%1", action.title)
        title = self.tr("Delete action")
        self._ask_then_delete(
            title, question, self.tr("Delete"), engagement.delete_action, action_id
        )

    def add_suggested(self) -> None:
        if not self.snapshot_id:
            return
        snap = engagement.get_snapshot(self.db, self.snapshot_id)
        dialog = ActionSuggestionsDialog(
            self,
            engagement.suggest_actions_for_snapshot(self.db, self.snapshot_id),
            existing_titles=[a.title for a in engagement.list_actions(self.db, self.client_id)],
            snapshot_label=f"{stage_name(snap.stage)} ({formatting.date(snap.date)})",
            cycle=engagement.current_cycle(self.db, self.client_id),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = []
        try:
            with self.db.atomic():  # the chosen suggestions: all of them or none
                for topic_id, title in dialog.selected():
                    action = engagement.add_action(
                        self.db,
                        self.client_id,
                        title,
                        snapshot_id=self.snapshot_id,
                        topic_id=topic_id,
                        **dialog.options(),
                    )
                    added.append(action.id)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Suggested actions"), failure_text(exc, self.db))
            added = []
        if added:
            self._after_write(added[0])
        else:
            self._refresh_after_failure()

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.keys["edit"].setText(self.tr("Edit action…"))
        self.keys["delete"].setText(self.tr("Delete action…"))
