"""The right side of the main window: one client's snapshots and respondents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QWidget,
)

from csmm_desktop.domain.levels import STAGE_KEYS
from csmm_desktop.forms.ui_client_panel import Ui_ClientPanel
from csmm_desktop.services import assessment, clients, presentation
from csmm_desktop.views import copy_rows, formatting, score_text
from csmm_desktop.views.filter_box import FilterEdit, filter_box_above
from csmm_desktop.views.first_screen import FirstPaint
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.lazy_tabs import TabSlot
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.rows_model import RIGHT, Column, RowsModel, show_rows

STATUSES = ("not_started", "in_progress", "finished")  # a respondent's, in this order
# the respondent table's columns
R_NAME, R_ROLE, R_STATUS, R_COVERAGE, R_CHANGED = range(5)
# A snapshot with this many respondents is scored and listed on the worker (views/tasks.py)
# while the window goes on answering; a smaller one at once, as it takes a few ms.
BACKGROUND_FROM = 2000
# The longest wait for the panel's first paint (when_painted): a minimised window paints not
PAINT_WAIT_MS = 300

if TYPE_CHECKING:
    from sqlite_utils import Database


class _Stopped(Exception):
    """A load given up for a newer one (the worker stops at its next look)."""


@dataclass(frozen=True)
class SnapshotRow:
    """A row of the snapshot table: the snapshot, its respondents, (text, tooltip) of each
    column (ClientPanel._snapshot_cells), and the level its score falls in (None: no
    score, or not scored yet)."""

    snap: Any
    size: int
    cells: tuple[tuple[str, str], ...]
    level: str | None = None


def maturity(stage: str | None) -> int | None:
    """A stage's (or a level's) place among the maturity levels, to sort by: Initial,
    Planned, Measured, Optimized in either language, not in their names' order."""
    return STAGE_KEYS.index(stage) if stage in STAGE_KEYS else None


class ClientPanel(QWidget):
    """Shows a client; asks the main window (through signals) for anything modal."""

    snapshotSelected = Signal(str)  # snapshot id, "" for none
    snapshotActivated = Signal(str)
    screenRequested = Signal(str)  # a screen key no tab shows (e.g. "report")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.client_id = ""
        self.ui = Ui_ClientPanel()
        self.ui.setupUi(self)
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self._filling = False  # refresh() is refilling the snapshots: it tells once, after
        self._told = ""  # the snapshot the panel last showed (_on_snapshot_selection)
        self._build_snapshot_list()
        self._build_respondent_filters()
        for table in (self.ui.snapshotTable, self.ui.respondentTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(40)  # room for the filter boxes on a small screen
        self.ui.respondentTable.selectionModel().selectionChanged.connect(
            self._on_respondent_selection
        )
        self._on_respondent_selection()
        self.ui.snapshotSplitter.setStretchFactor(0, 2)
        self.ui.snapshotSplitter.setStretchFactor(1, 3)
        self.context_tabs: list[QWidget] = []  # a lazy_tabs.TabSlot until first shown
        self.tabs_built = 0  # how many slots were built (tests)
        self._idle_delay = 0
        self._stale: set[int] = set()
        self._sizes: dict[str, int] = {}  # respondents per snapshot of the client
        self._views: dict[str, tuple] = {}  # snapshot -> (scores, language, its ScoreView)
        self.loading = None  # the BackgroundTask scoring and listing a big snapshot
        self._loads = 0  # how many were started: a late result of an older one is dropped
        self.loadProgress = QProgressBar(self.ui.respondentsBox)
        self.loadProgress.setObjectName("loadProgress")
        self.loadProgress.setRange(0, 100)
        self.loadProgress.hide()
        layout = self.ui.respondentsLayout
        layout.insertWidget(layout.indexOf(self.ui.respondentTable), self.loadProgress)
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)
        # Work started as the panel first shows its data waits for that paint (when_painted)
        self._painted = False
        self._until_painted: list[Callable[[], None]] = []
        FirstPaint(self).painted.connect(self._first_painted)
        self._retranslate()

    def when_painted(self, call: Callable[[], None]) -> None:
        """Call `call` once the panel has painted for the first time: now if it has, or if
        its window is not on screen; else after that paint (or PAINT_WAIT_MS, if none
        comes). A worker started sooner (the start's big snapshot, matplotlib's import)
        takes the GIL from the hundreds of short Python calls that the panel's first layout
        and paint make (models, event filters), each of which then waits for it: the UI
        thread stood still 150-400 ms at start (CONTRIBUTING.md, "Big snapshots")."""
        if self._painted or not self.window().isVisible():
            call()
            return
        if not self._until_painted:
            QTimer.singleShot(PAINT_WAIT_MS, self, self._first_painted)
        self._until_painted.append(call)

    def _first_painted(self) -> None:
        self._painted = True
        calls, self._until_painted = self._until_painted, []
        for call in calls:
            call()

    def _build_snapshot_list(self) -> None:
        """The snapshots (SnapshotRow rows, views/rows_model.py) with a filter box above
        them; the selected one drives the respondents, the tabs and the main window."""
        table = self.ui.snapshotTable
        self.snapshot_model = RowsModel(self._snapshot_columns(), lambda r: r.snap.id, table)
        show_rows(table, self.snapshot_model)
        box = self.snapshotFilter = filter_box_above(table)
        box.textChanged.connect(self.snapshot_model.set_text)
        box.watch(table, self.snapshot_model)
        copy_rows.equip(table)
        table.selectionModel().selectionChanged.connect(self._on_snapshot_selection_changed)
        # a filter hiding the selected snapshot (or showing it again) changes what is shown
        self.snapshot_model.modelReset.connect(self._on_snapshot_selection_changed)
        table.activated.connect(lambda index: self.snapshotActivated.emit(index.data(ID_ROLE)))

    def _snapshot_columns(self) -> list[Column]:
        """How a snapshot's row is shown and sorted: the date in date order, the
        respondents as a number, the score and the coverage as their numbers."""

        def cell(col: int, **more) -> Column:
            return Column(
                titles[col],
                lambda r: r.cells[col][0],
                tooltip=lambda r: r.cells[col][1] or None,
                **more,
            )

        titles = [
            lambda: self.tr("Stage"),
            lambda: self.tr("Date"),
            lambda: self.tr("Respondents"),
            lambda: self.tr("Score"),
            lambda: self.tr("Assessed level"),
            lambda: self.tr("Coverage"),
            lambda: self.tr("Consultant"),
        ]
        return [
            cell(0, key=lambda r: maturity(r.snap.stage)),
            cell(1, key=lambda r: r.snap.date),  # the date's order, not its text's
            cell(2, key=lambda r: r.size, align=RIGHT),
            cell(3, align=RIGHT),
            cell(4, key=lambda r: maturity(r.level)),
            cell(5, align=RIGHT),
            cell(6),
        ]

    def _on_snapshot_selection_changed(self, *_args) -> None:
        """The user picked another snapshot, or the filter hid (or showed) the picked
        one; refresh() tells once itself, after its refill."""
        if self._filling:
            return
        if self.current_snapshot_id() != self._told:
            self._on_snapshot_selection()
        elif not self._told:  # still none selected: the filter may hide them all now
            self.ui.scoreLabel.setText(self._none_selected_text())

    def _build_respondent_filters(self) -> None:
        """The respondents (RespondentProgress rows, views/rows_model.py), and above them a
        text filter, a role and a status to show only."""
        table = self.ui.respondentTable
        self.respondent_model = RowsModel(self._respondent_columns(), lambda p: p.respondent.id)
        show_rows(table, self.respondent_model)
        row = QHBoxLayout()
        self.respondentFilter = FilterEdit(self.ui.respondentsBox)
        self.respondentFilter.setObjectName("respondentTableFilter")
        self.respondentFilter.textChanged.connect(self.respondent_model.set_text)
        self.respondentFilter.watch(table, self.respondent_model)
        self.roleFilter = QComboBox(self.ui.respondentsBox)
        self.roleFilter.setObjectName("roleFilter")
        self.statusFilter = QComboBox(self.ui.respondentsBox)
        self.statusFilter.setObjectName("statusFilter")
        for combo in (self.roleFilter, self.statusFilter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._on_respondent_filter)
            row.addWidget(combo)
        row.insertWidget(0, self.respondentFilter, 1)
        layout = self.ui.respondentsLayout
        layout.insertLayout(layout.indexOf(table), row)

    def _picked_filters(self) -> None:
        """The role and the status picked become the list's test (none for "all": no
        call per row)."""
        role, status = self.roleFilter.currentData() or "", self.statusFilter.currentData() or ""

        def wanted(progress) -> bool:
            if role and progress.respondent.role != role:
                return False
            return not status or progress.status == status

        self.respondent_model.tests = [wanted] if role or status else []

    def _on_respondent_filter(self) -> None:
        self._picked_filters()
        self.respondent_model.refilter()

    def _respondent_columns(self) -> list[Column]:
        """How a respondent's row (a RespondentProgress) is shown and sorted."""
        return [
            Column(lambda: self.tr("Respondent"), lambda p: p.respondent.label),
            Column(lambda: self.tr("Role"), lambda p: role_name(p.respondent.role)),
            Column(
                lambda: self.tr("Status"),
                lambda p: self.status_name(p.status),
                key=lambda p: STATUSES.index(p.status),
            ),
            Column(
                lambda: self.tr("Coverage"),
                lambda p: formatting.percent(p.coverage),
                key=lambda p: p.coverage,
                align=RIGHT,
            ),
            Column(
                lambda: self.tr("Last change"),
                lambda p: formatting.timestamp(p.respondent.updated_at),
                key=lambda p: p.respondent.updated_at,
            ),
        ]

    def _fill_filter_combos(self, roles: list[str]) -> None:
        """The roles of the snapshot's form, and the statuses, each after "all"."""
        for combo, first, keys, name in (
            (self.roleFilter, self.tr("All roles"), roles, role_name),
            (self.statusFilter, self.tr("All statuses"), list(STATUSES), self.status_name),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for key in keys:
                combo.addItem(name(key), key)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
            combo.blockSignals(False)
        self._picked_filters()

    def status_name(self, status: str) -> str:
        return {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "finished": self.tr("Finished"),
        }.get(status, status)

    # --- the screens of a client, as tabs ------------------------------------------

    def add_context_tab(self, tab: QWidget, screens: tuple[str, ...] = ()) -> None:
        """A screen that follows the selected client and snapshot (set_context), tells when
        it changed data (changed) and may ask for another screen (navigate). `tab` may be a
        lazy_tabs.TabSlot: the tab is then built when first shown (build_tab)."""
        tab.screens = screens
        self.context_tabs.append(tab)
        self.ui.tabs.addTab(tab, tab.tab_title())
        if not isinstance(tab, TabSlot):
            self._wire_tab(tab)

    def add_lazy_tab(
        self,
        make: Callable[[], QWidget],
        screens: tuple[str, ...],
        context: str,
        title: str,
    ) -> None:
        """A client tab built the first time it is shown (or in idle time, build_later):
        `make()` returns it; `title` is its tab_title() source in the `context` class."""
        self.add_context_tab(TabSlot(make, screens, context, title, self), screens)

    def _wire_tab(self, tab: QWidget) -> None:
        tab.changed.connect(lambda t=tab: self._on_tab_data_changed(t))
        tab.navigate.connect(self.show_screen)

    def build_tab(self, tab: QWidget | int) -> QWidget:
        """The real tab of a context tab (a slot or its index), built now if it is not
        yet, in the slot's place; the current tab stays the current one."""
        i = tab if isinstance(tab, int) else self.context_tabs.index(tab)
        slot = self.context_tabs[i]
        if not isinstance(slot, TabSlot):
            return slot
        built = slot.make()
        built.screens = slot.screens
        built.setEnabled(slot.isEnabled())
        self.context_tabs[i] = built
        tabs = self.ui.tabs
        index, current = tabs.indexOf(slot), tabs.currentIndex()
        was_blocked = tabs.blockSignals(True)  # the same tab stays current: nothing to tell
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, built, built.tab_title())
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(was_blocked)
        slot.deleteLater()
        self._wire_tab(built)
        self.tabs_built += 1
        return built

    def build_all_tabs(self) -> list[QWidget]:
        """Every context tab built (tests reaching into the tabs; idle building)."""
        return [self.build_tab(i) for i in range(len(self.context_tabs))]

    def build_later(self, delay_ms: int = 0) -> None:
        """Build the tabs not built yet in idle time, one per event-loop turn, after
        `delay_ms`; never while a big snapshot loads (its result comes first)."""
        self._idle_delay = delay_ms
        QTimer.singleShot(delay_ms, self._build_next)

    def _build_next(self) -> None:
        waiting = [i for i, t in enumerate(self.context_tabs) if isinstance(t, TabSlot)]
        if not waiting:
            return
        if self.loading is None:
            self.build_tab(waiting[0])
            if len(waiting) == 1:
                return
        # while a big snapshot loads, look again now and then (no busy turns)
        QTimer.singleShot(self._idle_delay if self.loading is None else 200, self._build_next)

    def show_screen(self, screen: str) -> None:
        if screen in ("snapshot", "assessment"):
            self.ui.tabs.setCurrentWidget(self.ui.snapshotsTab)
            return
        for i, tab in enumerate(self.context_tabs):
            if screen in tab.screens:
                self.ui.tabs.setCurrentWidget(tab)
                tab = self.build_tab(i)  # shown: built (if it was a slot)
                kind = getattr(tab, "screens_shown", {}).get(screen)
                if kind:
                    tab.show_kind(kind)  # e.g. the requirements half of the findings
                return
        self.screenRequested.emit(screen)

    def _update_context_tabs(self) -> None:
        """The visible tab follows at once; the others when they are next shown. While a
        big snapshot loads they wait (greyed), then follow with its scores kept."""
        self._stale = set(range(len(self.context_tabs)))
        for tab in self.context_tabs:
            tab.setEnabled(self.loading is None)
        self._on_tab_changed(self.ui.tabs.currentIndex())

    def _on_tab_changed(self, _index: int) -> None:
        if self.loading is not None:
            return  # after the load (_loaded)
        current = self.ui.tabs.currentWidget()
        if isinstance(current, TabSlot):  # shown for the first time: built now
            current = self.build_tab(current)
        for i, tab in enumerate(self.context_tabs):
            if tab is current and i in self._stale:
                self._stale.discard(i)
                tab.set_context(self.client_id, self.current_snapshot_id())

    def _on_tab_data_changed(self, source: QWidget) -> None:
        keep = self.current_snapshot_id()
        self.refresh(keep)  # scores, checklist ticks and counts may follow
        self._stale = {i for i, tab in enumerate(self.context_tabs) if tab is not source}

    # --- what is shown -------------------------------------------------------------

    def set_client(self, client_id: str, select_snapshot: str = "") -> None:
        if client_id != self.client_id:
            self._views.clear()
        self.client_id = client_id
        self.refresh(select_snapshot)

    def forget_client(self) -> None:
        """No client is shown (the last one deleted, the search hides them all): a load
        still waiting or running stops, or it would tell of a snapshot that is gone."""
        self.client_id = ""
        self._stop_loading()

    def refresh(self, select_snapshot: str = "") -> None:
        if not self.client_id:
            return
        client = clients.get_client(self.db, self.client_id)
        self.ui.nameLabel.setText(client.name)
        details = " · ".join(p for p in (client.sector, client.contacts.replace("\n", "; ")) if p)
        self.ui.detailsLabel.setText(details)
        self.ui.detailsLabel.setVisible(bool(details))
        keep = select_snapshot or self.current_snapshot_id()
        snapshots = clients.list_snapshots(self.db, self.client_id)
        self._sizes = assessment.respondent_counts(self.db, self.client_id)
        rows = []
        for snap in snapshots:
            # a big snapshot not scored yet: its numbers come from the worker (_load)
            view = None if self._needs_scores(snap.id) else self._view(snap.id)
            size = self._sizes.get(snap.id, 0)
            rows.append(self._snapshot_row(snap, view, size))
        ids = {snap.id for snap in snapshots}
        wanted = keep if keep in ids else (snapshots[-1].id if snapshots else "")
        self._filling = True  # told once, just below
        try:
            model = self.snapshot_model
            model.set_rows(rows)  # in the user's order, if they sorted
            if select_snapshot == wanted and wanted not in {r.snap.id for r in model.shown_rows()}:
                self.snapshotFilter.clear()  # the one asked for (new, edited) stays in sight
            self._select_snapshot(wanted)
        finally:
            self._filling = False
        self._on_snapshot_selection()

    def _select_snapshot(self, snapshot_id: str) -> None:
        """Select (and make current) the snapshot's row, wherever it is shown; none if
        it is filtered out."""
        table, model = self.ui.snapshotTable, self.snapshot_model
        shown = [row.snap.id for row in model.shown_rows()]
        if snapshot_id not in shown:
            table.clearSelection()
            return
        index = model.index(shown.index(snapshot_id), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        table.selectionModel().setCurrentIndex(index, flags)
        table.scrollTo(index)

    def _view(self, snapshot_id: str):
        """The snapshot's scores as shown (services/presentation.py), in the UI language;
        made again only when the scores are (assessment.snapshot_scores keeps them)."""
        scores = assessment.snapshot_scores(self.db, snapshot_id)
        lang = current_language()
        kept = self._views.get(snapshot_id)
        if kept is not None and kept[0] is scores and kept[1] == lang:
            return kept[2]
        form = assessment.snapshot_form(self.db, snapshot_id)
        view = presentation.score_view(scores, form, lang)
        self._views[snapshot_id] = (scores, lang, view)
        return view

    def _big(self, snapshot_id: str) -> bool:
        return self._sizes.get(snapshot_id, 0) >= BACKGROUND_FROM

    def _needs_scores(self, snapshot_id: str) -> bool:
        """A big snapshot whose scores are not kept for the data as it is now."""
        return self._big(snapshot_id) and not assessment.scores_known(self.db, snapshot_id)

    @classmethod
    def _snapshot_row(cls, snap, view, size: int) -> SnapshotRow:
        level = view.level if view is not None else None
        return SnapshotRow(snap, size, cls._snapshot_cells(snap, view, size), level)

    @staticmethod
    def _snapshot_cells(snap, view, size: int = 0) -> tuple[tuple[str, str], ...]:
        """(text, tooltip) of each column of a snapshot's row; without a view (being
        scored on the worker) its numbers are "…"."""
        if view is None:
            waiting = ("…", "")
            return (
                (stage_name(snap.stage), ""),
                (formatting.date(snap.date), ""),
                (str(size), ""),
                waiting,
                waiting,
                waiting,
                (snap.consultant, ""),
            )
        return (
            (stage_name(snap.stage), ""),
            (formatting.date(snap.date), ""),
            (str(view.respondents), score_text.roles_note(view)),
            (view.overall.score, score_text.interval(view, view.overall)),
            (score_text.level(view), score_text.reasons_tooltip(view)),
            (view.coverage, ""),
            (snap.consultant, ""),
        )

    def _show_score_label(self, view) -> None:
        interval = score_text.interval(view, view.overall)
        self.ui.scoreLabel.setText(
            self.tr("Overall score %1 (%2) · assessed level: %3 · coverage %4 · NPS %5 (%6)")
            .replace("%1", view.overall.score)
            .replace("%2", interval or "–")
            .replace("%3", score_text.level(view))
            .replace("%4", view.coverage)
            .replace("%5", score_text.nps(view))
            .replace("%6", score_text.nps_note(view))
        )
        self.ui.scoreLabel.setToolTip(score_text.reasons_tooltip(view))

    def current_snapshot_id(self) -> str:
        selection = self.ui.snapshotTable.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.snapshot_model.row_at(rows[0].row()).snap.id if rows else ""

    def refresh_snapshot_scores(self, snapshot_id: str, respondent_id: str) -> None:
        """After answers changed: only that snapshot's numbers and that respondent's row."""
        if self._big(snapshot_id) or self.loading is not None:
            # scored again on the worker, that respondent's row with it
            self._load(self.current_snapshot_id(), respondent=respondent_id)
            return
        self._show_snapshot_row(snapshot_id, self._view(snapshot_id))
        if self.respondent_model.find(respondent_id) >= 0:
            progress = assessment.respondent_coverage(self.db, respondent_id)
            self.respondent_model.replace(respondent_id, progress)
            self.respondent_model.refilter()  # its status may be filtered out now
            return
        if snapshot_id == self.current_snapshot_id():
            self._show_respondents(snapshot_id)  # a respondent this table did not show yet

    def _show_snapshot_row(self, snapshot_id: str, view) -> None:
        """A snapshot's numbers in its row (and the label above the respondents)."""
        model = self.snapshot_model
        if model.find(snapshot_id) < 0:
            return
        snap = clients.get_snapshot(self.db, snapshot_id)
        size = self._sizes.get(snapshot_id, 0)
        model.replace(snapshot_id, self._snapshot_row(snap, view, size))  # sorted, if sorted
        if snapshot_id == self.current_snapshot_id():
            self._show_score_label(view)

    def current_respondent_id(self) -> str:
        ids = self.selected_respondent_ids()
        return ids[0] if ids else ""

    def selected_respondent_ids(self) -> list[str]:
        """The selected respondents (shown rows only), top to bottom as shown."""
        model = self.respondent_model
        picked = self.ui.respondentTable.selectionModel().selectedRows()
        return [model.row_at(r).respondent.id for r in sorted(i.row() for i in picked)]

    def _on_respondent_selection(self) -> None:
        """Open acts on one selected respondent, rename and delete on the selected ones:
        off when there is none."""
        count = len(self.selected_respondent_ids())
        self.ui.openRespondentButton.setEnabled(count == 1)
        for button in (self.ui.editRespondentButton, self.ui.deleteRespondentButton):
            button.setEnabled(count > 0)

    def _on_snapshot_selection(self) -> None:
        snapshot_id = self.current_snapshot_id()
        self._told = snapshot_id
        has = bool(snapshot_id)
        for widget in (
            self.ui.editSnapshotButton,
            self.ui.deleteSnapshotButton,
            self.ui.respondentsBox,
        ):
            widget.setEnabled(has)
        self._show_respondents(snapshot_id)
        self._update_context_tabs()
        self.snapshotSelected.emit(snapshot_id)

    def _show_respondents(self, snapshot_id: str) -> None:
        self._stop_loading()
        if not snapshot_id:
            self.respondent_model.set_rows([])
            self._on_respondent_selection()  # emptied: nothing is selected, whatever was
            self.ui.scoreLabel.setText(self._none_selected_text())
            self.ui.scoreLabel.setToolTip("")
            return
        if self._big(snapshot_id) or any(self._needs_scores(s) for s in self._sizes):
            self._load(snapshot_id)
            return
        self._show_score_label(self._view(snapshot_id))
        progress = assessment.respondent_progress(self.db, snapshot_id)
        form = assessment.snapshot_form(self.db, snapshot_id)
        self._fill_filter_combos(list(form.role_names))
        self.respondent_model.set_rows(progress)
        self._on_respondent_selection()

    def _none_selected_text(self) -> str:
        """Why no snapshot is shown: the client has none, the filter box hides them all,
        or none of those shown is selected (the filter hid the selected one)."""
        if not self.snapshot_model.rows():
            return self.tr("Add a snapshot to record an assessment.")
        if not self.snapshot_model.rowCount():
            return self.tr("The filter hides every snapshot.")
        return self.tr("Select a snapshot to see its respondents and scores.")

    # --- a big snapshot, on the worker ---------------------------------------------

    def _load(self, snapshot_id: str, respondent: str = "") -> None:
        """On the worker: score the client's big snapshots not scored for the data as it
        is now, and list the respondents of `snapshot_id` if it is big (after an answer,
        only `respondent`'s row, unless the list is still to fill); then show them. The
        UI thread goes on answering meanwhile. The scores are kept for this window's
        connection, so every tab shows them without scoring again (remember_scores)."""
        from csmm_desktop.views.tasks import run_in_background

        filling = self.loading is not None or not self.respondent_model.rowCount()
        self._stop_loading()
        listed = snapshot_id if self._big(snapshot_id) and (filling or not respondent) else ""
        to_score = [s for s in self._sizes if self._needs_scores(s)]
        if snapshot_id in to_score:  # the selected first
            to_score = [snapshot_id] + [s for s in to_score if s != snapshot_id]
        version = assessment.scores_version(self.db)
        lang = current_language()
        self._loads += 1
        number = self._loads

        def work(db, progress, cancelled):
            steps = len(to_score) + bool(listed) + bool(respondent)
            scored, rows, row, best = {}, None, None, 0.0
            for i, sid in enumerate(to_score):
                if cancelled():
                    raise _Stopped
                progress(100 * i // steps, "")
                scores = assessment.snapshot_scores(db, sid)
                form = assessment.snapshot_form(db, sid)
                scored[sid] = (scores, presentation.score_view(scores, form, lang))
            if listed and not cancelled():
                progress(100 * len(to_score) // steps, "")
                rows = assessment.respondent_progress(db, listed)
                best = max((p.coverage or 0.0 for p in rows), default=0.0)  # not on the UI
            if respondent and not cancelled():
                row = assessment.respondent_coverage(db, respondent)
            if cancelled():
                raise _Stopped
            return scored, rows, row, best

        if listed:
            self.respondent_model.clear()
            self._on_respondent_selection()
            self.ui.scoreLabel.setText(
                self.tr("Loading %1 respondents…").replace("%1", str(self._sizes[listed]))
            )
            self.loadProgress.setValue(0)
            self.loadProgress.show()
        self.loading = run_in_background(
            self,
            self.tr("Loading the snapshot"),
            work,
            db_file=str(self.db.path),
            cancellable=True,
            dialog=False,
            start_with=self.when_painted,
            on_done=lambda result: self._loaded(number, version, lang, snapshot_id, result),
            on_failed=lambda exc: self._load_failed(number, exc),
            on_progress=lambda pct, _msg: self.loadProgress.setValue(pct),
        )
        for ended in (self.loading.done, self.loading.failed, self.loading.stopped):
            ended.connect(self.loading.deleteLater)
        self._update_context_tabs()  # they wait for the scores

    def _stop_loading(self) -> None:
        if self.loading is not None:
            self.loading.cancel()
            self.loading = None
        self.loadProgress.hide()

    def _loaded(self, number: int, version, lang: str, snapshot_id: str, result) -> None:
        if number != self._loads or self.loading is None:
            return  # another selection (or refresh) came since: its load shows
        self.loading = None
        self.loadProgress.hide()
        scored, rows, row, best = result
        form = assessment.snapshot_form(self.db, snapshot_id)
        for sid, (scores, view) in scored.items():
            if assessment.remember_scores(self.db, sid, scores, version):
                self._views[sid] = (scores, lang, view)
            self._show_snapshot_row(sid, view)
        if snapshot_id not in scored:
            self._show_score_label(self._view(snapshot_id))
        if rows is not None:
            assessment.remember_best_coverage(self.db, snapshot_id, best, version)
            self._fill_filter_combos(list(form.role_names))
            self.respondent_model.set_rows(rows)
            self._on_respondent_selection()
        if row is not None and self.respondent_model.replace(row.respondent.id, row):
            self.respondent_model.refilter()
        self._update_context_tabs()

    def _load_failed(self, number: int, exc: BaseException) -> None:
        if number != self._loads:
            return
        from csmm_desktop.views.tasks import warn_failed

        self._stop_loading()
        self._update_context_tabs()
        warn_failed(self, self.tr("Loading the snapshot"))(exc)

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        for tab in getattr(self, "context_tabs", ()):
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(tab), tab.tab_title())
        for model in (
            getattr(self, "snapshot_model", None),
            getattr(self, "respondent_model", None),
        ):
            if model is not None:
                model.refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.isVisible():
                self.refresh()  # stage names and number formats follow the language
        super().changeEvent(event)

    def add_table_action(self, table_name: str, action: QAction) -> None:
        getattr(self.ui, table_name).addAction(action)

    @staticmethod
    def delete_shortcut() -> QKeySequence:
        return QKeySequence(QKeySequence.StandardKey.Delete)

    def snapshot_file_name(self, lang: str, suffix: str, *more: str) -> str:
        """The name to propose for a file about the selected snapshot, in `lang`:
        "Yıldız Bankası – Başlangıç – 12.01.2026.pdf" (outputs.file_name's rules)."""
        from csmm_desktop import outputs

        snapshot_id = self.current_snapshot_id()
        if not snapshot_id:
            return outputs.file_name(list(more), suffix)
        snap = clients.get_snapshot(self.db, snapshot_id)
        client = clients.get_client(self.db, snap.client_id)
        return outputs.snapshot_file_name(client.name, snap.stage, snap.date, lang, suffix, *more)
