"""Problems and requirements as seen from one snapshot: the open ones carried forward from
earlier snapshots, the ones raised here, and the ones resolved (solved) here."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.services import engagement
from csmm_desktop.views import dialogs, formatting, theme
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.engagement.finding_dialog import FindingDialog, topic_label
from csmm_desktop.views.engagement.findings_close_dialog import FindingsCloseDialog
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("problem", "requirement")
# What each kind calls on the service: add, update, delete, close, reopen, open at, closed at.
_CALLS = {
    "problem": (
        engagement.add_problem,
        engagement.update_problem,
        engagement.delete_problem,
        engagement.resolve_problem,
        engagement.reopen_problem,
        engagement.problems_open_at,
        engagement.problems_resolved_at,
    ),
    "requirement": (
        engagement.add_requirement,
        engagement.update_requirement,
        engagement.delete_requirement,
        engagement.solve_requirement,
        engagement.reopen_requirement,
        engagement.requirements_open_at,
        engagement.requirements_solved_at,
    ),
}


class FindingsTab(ContextTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.kind = "problem"
        self._findings: dict[str, engagement.Finding] = {}
        self._snapshots: dict[str, tuple[str, str]] = {}  # id → ("Planned", "Planned · date")
        self._open_counts: dict[str, int] = {}  # kind → open at the snapshot
        self._build()
        self._retranslate()
        self._show_hint()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self._build_hint_stack()

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        page.setStyleSheet(
            'QPushButton[kindSwitch="true"] { padding: 4px 14px; }'
            f'QPushButton[kindSwitch="true"]:checked {{ background: {theme.ACCENT}; color: white;'
            f" border: 1px solid {theme.ACCENT}; border-radius: 4px; }}"
        )
        self.problemsButton = QPushButton(page)
        self.requirementsButton = QPushButton(page)
        self.kindGroup = QButtonGroup(self)
        for button, kind in (
            (self.problemsButton, "problem"),
            (self.requirementsButton, "requirement"),
        ):
            button.setCheckable(True)
            button.setProperty("kindSwitch", True)
            button.setMinimumHeight(32)
            self.kindGroup.addButton(button)
            button.clicked.connect(lambda _checked=False, k=kind: self.show_kind(k))
            switch.addWidget(button)
        self.problemsButton.setChecked(True)
        switch.addStretch(1)
        layout.addLayout(switch)

        self.tree = QTreeWidget(page)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda item, _col: self.edit_finding())

        self.detailView = QTextBrowser(page)
        self.detailView.setOpenLinks(False)
        self.detailView.setMinimumHeight(80)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detailView)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([1000, 130])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.addButton = QPushButton(page)
        self.editButton = QPushButton(page)
        self.resolveButton = QPushButton(page)
        self.reopenButton = QPushButton(page)
        self.deleteButton = QPushButton(page)
        for button, slot in (
            (self.addButton, self.add_finding),
            (self.editButton, self.edit_finding),
            (self.resolveButton, self.resolve_finding),
            (self.reopenButton, self.reopen_finding),
            (self.deleteButton, self.delete_finding),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if button is self.reopenButton:
                buttons.addStretch(1)
        layout.addLayout(buttons)
        self.stack.addWidget(page)
        self.page = page

        # Enter edits through the tree's itemActivated (above): a group row is no finding
        self.keys = self._install_keys(self.tree, self.add_finding, None, self.delete_finding)

    # --- the contract --------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Problems and requirements")

    def show_kind(self, kind: str) -> None:
        """Show the problems ("problem") or the requirements ("requirement")."""
        if kind not in KINDS:
            return
        self.kind = kind
        (self.problemsButton if kind == "problem" else self.requirementsButton).setChecked(True)
        self._retranslate_buttons()
        self.refresh()

    def current_finding_id(self) -> str:
        items = self.tree.selectedItems()
        return (items[0].data(0, ID_ROLE) or "") if items else ""

    def refresh(self) -> None:
        if not self.snapshot_id:
            self._show_hint()
            return
        try:
            snaps = engagement.list_snapshots(self.db, self.client_id)
            self._snapshots = {
                s.id: (stage_name(s.stage), f"{stage_name(s.stage)} · {formatting.date(s.date)}")
                for s in snaps
            }
            groups = self._groups()
            counts = {k: len(_CALLS[k][5](self.db, self.snapshot_id)) for k in KINDS}
        except (engagement.NotFoundError, KeyError):
            self._show_hint()
            return
        self.stack.setCurrentIndex(1)
        self._open_counts = counts
        self._retranslate_buttons()
        keep = self.current_finding_id()
        self.tree.clear()
        self._findings = {}
        current = None
        for heading, findings in groups:
            group = QTreeWidgetItem(self.tree, [f"{heading} ({len(findings)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for finding in findings:
                self._findings[finding.id] = finding
                item = QTreeWidgetItem(group, self._cells(finding))
                item.setData(0, ID_ROLE, finding.id)
                item.setToolTip(0, finding.description or finding.title)
                item.setToolTip(1, topic_label(finding.topic_id))
                item.setToolTip(3, self._closed_tip(finding))
                if finding.id == keep:
                    current = item
            group.setExpanded(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._fit_columns()
        self._update_buttons()

    # --- what is shown -------------------------------------------------------------

    def _show_hint(self) -> None:
        self.tree.clear()
        self._findings = {}
        self._open_counts = {}
        self._show_hint_page(self.tr("Select a snapshot to see its problems and requirements."))

    def _groups(self) -> list[tuple[str, list[engagement.Finding]]]:
        calls = _CALLS[self.kind]
        carried = calls[5](self.db, self.snapshot_id, carried_only=True)
        carried_ids = {f.id for f in carried}
        raised = [f for f in calls[5](self.db, self.snapshot_id) if f.id not in carried_ids]
        closed = calls[6](self.db, self.snapshot_id)
        if self.kind == "problem":
            headings = (
                self.tr("Open problems carried forward from earlier snapshots"),
                self.tr("Problems raised at this snapshot"),
                self.tr("Problems resolved at this snapshot"),
            )
        else:
            headings = (
                self.tr("Open requirements carried forward from earlier snapshots"),
                self.tr("Requirements raised at this snapshot"),
                self.tr("Requirements solved at this snapshot"),
            )
        return list(zip(headings, (carried, raised, closed), strict=True))

    def _where(self, snapshot_id: str | None) -> str:
        return self._snapshots.get(snapshot_id or "", ("—", "—"))[1]

    def _status(self, finding: engagement.Finding) -> str:
        problem = finding.kind == "problem"
        if finding.closed_snapshot_id == self.snapshot_id:
            return finding.note or (self.tr("Resolved") if problem else self.tr("Solved"))
        if finding.closed_snapshot_id:
            later = self.tr("Resolved later: %1") if problem else self.tr("Solved later: %1")
            stage = self._snapshots.get(finding.closed_snapshot_id, ("—", "—"))[0]
            return later.replace("%1", stage)  # the date is in the tooltip and the details
        return self.tr("Open")

    def _closed_at(self, finding: engagement.Finding) -> str:
        """ "Resolved at Planned · 23/03/2026:" (Solved for a requirement)."""
        text = self.tr("Resolved at %1:") if finding.kind == "problem" else self.tr("Solved at %1:")
        return text.replace("%1", self._where(finding.closed_snapshot_id))

    def _closed_tip(self, finding: engagement.Finding) -> str:
        if not finding.closed_snapshot_id:
            return self._status(finding)
        return f"{self._closed_at(finding)} {finding.note}".strip()

    def _cells(self, finding: engagement.Finding) -> list[str]:
        return [
            finding.title,
            topic_label(finding.topic_id),
            self._where(finding.raised_snapshot_id),
            self._status(finding),
        ]

    def _current(self) -> engagement.Finding | None:
        return self._findings.get(self.current_finding_id())

    def _update_buttons(self) -> None:
        finding = self._current()
        closed_here = finding is not None and finding.closed_snapshot_id == self.snapshot_id
        for button in (self.editButton, self.deleteButton):
            button.setEnabled(finding is not None)
        self.resolveButton.setEnabled(finding is not None and not closed_here)
        self.reopenButton.setEnabled(closed_here)
        self._show_detail(finding)

    def _show_detail(self, finding: engagement.Finding | None) -> None:
        if finding is None:
            hint = html.escape(self.tr("Select a row to read its description."))
            self.detailView.setHtml(f"<p style='color:{theme.HINT}'>{hint}</p>")
            return
        parts = [f"<b>{html.escape(finding.title)}</b>"]
        if finding.topic_id:
            parts.append(f"<i>{html.escape(topic_label(finding.topic_id))}</i>")
        if finding.description:
            parts.append(html.escape(finding.description).replace("\n", "<br>"))
        if finding.closed_snapshot_id:
            note = html.escape(finding.note).replace("\n", "<br>")
            parts.append(f"<b>{html.escape(self._closed_at(finding))}</b> {note}")
        self.detailView.setHtml("<br>".join(parts))

    # --- writing -------------------------------------------------------------------

    def _write(self, heading: str, call, /, *args, **kwargs) -> bool:
        """Run a service write; bad input or a row gone meanwhile becomes a warning."""
        try:
            call(self.db, *args, **kwargs)
        except ERRORS as exc:
            dialogs.warn(self, heading, describe(exc, self.db))
            self.refresh()
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _select(self, finding_id: str) -> None:
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            for row in range(parent.childCount()):
                if parent.child(row).data(0, ID_ROLE) == finding_id:
                    self.tree.setCurrentItem(parent.child(row))
                    return

    def add_finding(self) -> None:
        if not self.snapshot_id:
            return
        dialog = FindingDialog(self, self.kind)
        if dialog.exec() != FindingDialog.DialogCode.Accepted:
            return
        title = dialog.windowTitle()
        try:
            finding = _CALLS[self.kind][0](self.db, self.snapshot_id, **dialog.values())
        except ERRORS as exc:
            dialogs.warn(self, title, describe(exc, self.db))
            return
        self.refresh()
        self._select(finding.id)
        self.changed.emit()

    def edit_finding(self) -> None:
        finding = self._current()
        if finding is None:
            return
        dialog = FindingDialog(self, finding.kind, finding)
        if dialog.exec() != FindingDialog.DialogCode.Accepted:
            return
        self._write(dialog.windowTitle(), _CALLS[finding.kind][1], finding.id, **dialog.values())

    def delete_finding(self) -> None:
        finding = self._current()
        if finding is None:
            return
        if finding.kind == "problem":
            title = self.tr("Delete problem")
            question = self.tr(
                "Delete the problem “%1” from every snapshot? This cannot be undone."
            )
        else:
            title = self.tr("Delete requirement")
            question = self.tr(
                "Delete the requirement “%1” from every snapshot? This cannot be undone."
            )
        question = question.replace("%1", finding.title)
        if dialogs.ask(self, title, question, confirm=self.tr("Delete"), destructive=True):
            self._write(title, _CALLS[finding.kind][2], finding.id)

    def resolve_finding(self) -> None:
        finding = self._current()
        if finding is None or finding.closed_snapshot_id == self.snapshot_id:
            return
        dialog = FindingsCloseDialog(self, finding, self._where(self.snapshot_id))
        if dialog.exec() != FindingsCloseDialog.DialogCode.Accepted:
            return
        call = _CALLS[finding.kind][3]
        if self._write(dialog.windowTitle(), call, finding.id, self.snapshot_id, dialog.note()):
            self._select(finding.id)

    def reopen_finding(self) -> None:
        finding = self._current()
        if finding is None or not finding.closed_snapshot_id:
            return
        if finding.kind == "problem":
            title = self.tr("Reopen problem")
            question = self.tr("Reopen the problem “%1”? Its resolution note is removed.")
        else:
            title = self.tr("Reopen requirement")
            question = self.tr("Reopen the requirement “%1”? Its solution note is removed.")
        question = question.replace("%1", finding.title)
        if dialogs.ask(self, title, question, confirm=self.tr("Reopen")) and self._write(
            title, _CALLS[finding.kind][4], finding.id
        ):
            self._select(finding.id)

    # --- translation ---------------------------------------------------------------

    def _retranslate_buttons(self) -> None:
        counts = self._open_counts
        problems = self.tr("&Problems")
        requirements = self.tr("Re&quirements")
        if counts:
            problems = self.tr("&Problems · %1 open").replace("%1", str(counts["problem"]))
            requirements = self.tr("Re&quirements · %1 open").replace(
                "%1", str(counts["requirement"])
            )
        self.problemsButton.setText(problems)
        self.requirementsButton.setText(requirements)
        problem = self.kind == "problem"
        self.addButton.setText(
            self.tr("&Add problem…") if problem else self.tr("&Add requirement…")
        )
        self.addButton.setToolTip(self.tr("Add one (Insert)"))
        self.resolveButton.setText(
            self.tr("Mark &resolved…") if problem else self.tr("Mark &solved…")
        )
        self.resolveButton.setToolTip(
            self.tr("Mark it resolved at this snapshot, with a note")
            if problem
            else self.tr("Mark it solved at this snapshot, with a note")
        )

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Title"), self.tr("Topic"), self.tr("Raised at"), self.tr("Status")]
        )
        self.editButton.setText(self.tr("Ed&it…"))
        self.editButton.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.reopenButton.setText(self.tr("Re&open"))
        self.deleteButton.setText(self.tr("Dele&te…"))
        self.deleteButton.setToolTip(self.tr("Delete the selected row (Delete)"))
        self._retranslate_buttons()

    def _fit_columns(self) -> None:
        """The title gets the most room at any width; the user may still drag the edges."""
        width = self.tree.viewport().width()
        raised = max(self.tree.sizeHintForColumn(2), 120) + 12
        rest = max(width - raised, 300)
        header = self.tree.header()
        header.resizeSection(0, int(rest * 0.38))
        header.resizeSection(1, int(rest * 0.24))
        header.resizeSection(2, raised)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
