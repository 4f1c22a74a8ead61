"""The stage checklist of a snapshot: what the seeds ask for at this stage, each item ticked
from the data (automatic) or by hand, each leading to the screen that does it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.services import engagement
from csmm_desktop.views import dialogs, formatting, theme
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.writes import ERRORS, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

KEY_ROLE = Qt.ItemDataRole.UserRole
SCREEN_ROLE = Qt.ItemDataRole.UserRole + 1
AUTO_ROLE = Qt.ItemDataRole.UserRole + 2  # ticked from the data, not by hand
AUTO_GREY = theme.AUTO_MARK


def auto_mark(done: bool, size: int = 16) -> QIcon:
    """An automatic tick: a grey ring, with a grey tick inside once done (not a box to
    click)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    grey = QColor(AUTO_GREY)
    ring = QPen(grey, 1.3, Qt.PenStyle.SolidLine if done else Qt.PenStyle.DotLine)
    painter.setPen(ring)
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 1.5, size / 2 - 1.5)
    if done:
        painter.setPen(QPen(grey, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(
            [
                QPointF(size * 0.28, size * 0.52),
                QPointF(size * 0.44, size * 0.68),
                QPointF(size * 0.72, size * 0.34),
            ]
        )
    painter.end()
    return QIcon(pixmap)


class AutoTickDelegate(QStyledItemDelegate):
    """Automatic items show a grey mark where the hand-ticked ones show a check box."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() != 0 or not index.data(AUTO_ROLE):
            return
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        done = state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        features = QStyleOptionViewItem.ViewItemFeature
        option.features &= ~features.HasCheckIndicator
        option.features |= features.HasDecoration
        option.icon = auto_mark(done)
        option.decorationSize = QSize(16, 16)


class ChecklistTab(ContextTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._checklist: engagement.StageChecklist | None = None
        self._build()
        self._retranslate()
        self._show_hint()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self._build_hint_stack()

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.headingLabel = QLabel(page)
        font = self.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headingLabel.setFont(font)
        top.addWidget(self.headingLabel, 1)
        self.progressLabel = QLabel(page)
        top.addWidget(self.progressLabel)
        self.progressBar = QProgressBar(page)
        self.progressBar.setTextVisible(False)
        self.progressBar.setFixedWidth(180)
        top.addWidget(self.progressBar)
        layout.addLayout(top)

        due_box = QFrame(page)
        due_box.setObjectName("dueBox")
        due_box.setStyleSheet(
            f"QFrame#dueBox {{ border: 1px solid {theme.BORDER}; border-radius: 4px;"
            f" background: {theme.BOX_BACKGROUND}; }}"
        )
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(10, 6, 10, 6)
        due_layout.setSpacing(2)
        self.dueLabel = QLabel(due_box)
        self.dueLabel.setWordWrap(True)
        self.dueLabel.setStyleSheet("font-weight: bold;")
        self.dueTextLabel = QLabel(due_box)
        self.dueTextLabel.setWordWrap(True)
        self.dueTextLabel.setStyleSheet(f"color: {theme.TEXT_SOFT};")
        self.dueStatusLabel = QLabel(due_box)
        self.dueStatusLabel.setWordWrap(True)
        for label in (self.dueLabel, self.dueTextLabel, self.dueStatusLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
            due_layout.addWidget(label)
        layout.addWidget(due_box)

        self.tree = QTreeWidget(page)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegate(AutoTickDelegate(self.tree))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(lambda item, _col: self.go(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_go())
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.explainLabel = QLabel(page)
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setStyleSheet(f"color: {theme.HINT};")
        buttons.addWidget(self.explainLabel, 1)
        self.goButton = QPushButton(page)
        self.goButton.clicked.connect(lambda: self.go(self.tree.currentItem()))
        buttons.addWidget(self.goButton)
        layout.addLayout(buttons)
        self.stack.addWidget(page)

    # --- the contract --------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Checklist")

    def _before_snapshot_change(self) -> None:
        """Another snapshot: start at its first open item."""
        self.tree.blockSignals(True)
        self.tree.clear()
        self.tree.blockSignals(False)

    def refresh(self) -> None:
        if not self.snapshot_id:
            self._show_hint()
            return
        try:
            checklist = engagement.stage_checklist(self.db, self.snapshot_id)
            snaps = engagement.list_snapshots(self.db, self.client_id)
        except engagement.NotFoundError:
            self._show_hint()
            return
        self._checklist = checklist
        self.stack.setCurrentIndex(1)
        keep = self.tree.currentItem().data(0, KEY_ROLE) if self.tree.currentItem() else None
        lang = current_language()
        self.tree.blockSignals(True)
        self.tree.clear()
        for entry in checklist.items:
            item = QTreeWidgetItem(self.tree, ["", "", ""])
            item.setData(0, KEY_ROLE, entry.key)
            item.setData(0, SCREEN_ROLE, entry.screen)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not entry.automatic:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setData(0, AUTO_ROLE, entry.automatic)
            if entry.automatic:  # "Automatically" in grey italics, as its mark
                item.setForeground(1, QColor(AUTO_GREY))
                italic = QFont(self.tree.font())
                italic.setItalic(True)
                item.setFont(1, italic)
            item.setText(0, entry.text.get(lang) or entry.text["en"])
            if entry.key == keep:
                self.tree.setCurrentItem(item)
        self._show_states(checklist)
        self.tree.blockSignals(False)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self._first_open_item())
        self._show_due(checklist, snaps)
        self._update_go()

    # --- what is shown -------------------------------------------------------------

    def _show_hint(self) -> None:
        self._checklist = None
        self.tree.clear()
        self._show_hint_page(self.tr("Select a snapshot to see its stage checklist."))

    def _first_open_item(self) -> QTreeWidgetItem:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.checkState(0) != Qt.CheckState.Checked:
                return item
        return self.tree.topLevelItem(0)

    def _show_states(self, checklist: engagement.StageChecklist) -> None:
        """Check boxes, tooltips and progress, on the rows already there (signals blocked)."""
        rules = engagement.stage_def(checklist.stage)
        for row, entry in enumerate(checklist.items):
            item = self.tree.topLevelItem(row)
            state = Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
            item.setCheckState(0, state)
            spec = rules.item(entry.key)
            tip = self._why(entry, spec.auto if spec else None)
            for col in range(3):
                item.setToolTip(col, tip)
            how = self.tr("Automatically") if entry.automatic else self.tr("By hand")
            item.setText(1, how)
            item.setText(2, "→ " + self._screen_name(entry.screen))
        done, total = checklist.done_count, len(checklist.items)
        self.headingLabel.setText(
            self.tr("Checklist of the %1 stage").replace("%1", stage_name(checklist.stage))
        )
        self.progressLabel.setText(
            self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
        )
        self.progressBar.setRange(0, max(total, 1))
        self.progressBar.setValue(done)

    def _show_due(self, checklist: engagement.StageChecklist, snaps: list) -> None:
        due = checklist.due
        if due.target == "workshop":
            when = self.tr("Next workshop: %1").replace("%1", formatting.date(due.earliest))
        else:
            when = (
                self.tr("Next stage, %1: %2 – %3")
                .replace("%2", formatting.date(due.earliest))
                .replace("%3", formatting.date(due.latest))
                .replace("%1", stage_name(due.target))
            )
        self.dueLabel.setText(when)
        self.dueTextLabel.setText(due.text.get(current_language()) or due.text["en"])
        ids = [s.id for s in snaps]
        here = ids.index(self.snapshot_id) if self.snapshot_id in ids else -1
        later = snaps[here + 1] if 0 <= here < len(snaps) - 1 else None
        if later is not None:
            status = (
                self.tr("Reached: the next snapshot (%1) was taken on %2.")
                .replace("%2", formatting.date(later.date))
                .replace("%1", stage_name(later.stage))
            )
            style = f"color: {theme.REACHED};"
        elif date.today().isoformat() > due.latest:
            status = self.tr("Overdue: no later snapshot has been taken yet.")
            style = f"color: {theme.OVERDUE_TEXT}; font-weight: bold;"
        else:
            status, style = "", ""
        self.dueStatusLabel.setText(status)
        self.dueStatusLabel.setStyleSheet(style)
        self.dueStatusLabel.setVisible(bool(status))

    def _screen_name(self, screen: str) -> str:
        names = {
            "snapshot": self.tr("Snapshot"),
            "problems": self.tr("Problems"),
            "requirements": self.tr("Requirements"),
            "numbers": self.tr("Numbers"),
            "assessment": self.tr("Assessment form"),
            "scores": self.tr("Scores"),
            "actions": self.tr("Actions"),
            "kpis": self.tr("KPIs"),
            "report": self.tr("Report"),
            "workshops": self.tr("Workshops"),
            "roadmap": self.tr("Roadmap"),
            "feedback": self.tr("Feedback"),
        }
        return names.get(screen, screen)

    def _why(self, entry: engagement.ChecklistEntry, rule: str | None) -> str:
        """Why an item is ticked, or what would tick it."""
        if rule is None:
            if entry.done:
                when = formatting.timestamp(entry.done_at) if entry.done_at else "—"
                return self.tr("Ticked by hand on %1.").replace("%1", when)
            return self.tr("Tick this by hand once it is done.")
        if rule == "report" and entry.done:
            when = formatting.timestamp(entry.done_at) if entry.done_at else "—"
            return self.tr("Ticked automatically: the report was prepared on %1.").replace(
                "%1", when
            )
        reasons = {  # rule: (why it is ticked, what ticks it), whole sentences
            "snapshot": (
                self.tr("Ticked automatically: the snapshot exists."),
                self.tr("Ticks itself once the snapshot exists."),
            ),
            "problems_listed": (
                self.tr("Ticked automatically: problems were raised at this snapshot."),
                self.tr("Ticks itself once a problem is raised at this snapshot."),
            ),
            "requirements_listed": (
                self.tr("Ticked automatically: requirements were raised at this snapshot."),
                self.tr("Ticks itself once a requirement is raised at this snapshot."),
            ),
            "problems_reviewed": (
                self.tr(
                    "Ticked automatically: earlier problems were resolved here, "
                    "or none was left open."
                ),
                self.tr(
                    "Ticks itself once a carried-forward problem is marked resolved at this "
                    "snapshot."
                ),
            ),
            "requirements_reviewed": (
                self.tr(
                    "Ticked automatically: earlier requirements were solved here, "
                    "or none was left open."
                ),
                self.tr(
                    "Ticks itself once a carried-forward requirement is marked solved at this "
                    "snapshot."
                ),
            ),
            "numbers": (
                self.tr("Ticked automatically: contact volumes were entered."),
                self.tr("Ticks itself once contact volumes are entered for this snapshot."),
            ),
            "form": (
                self.tr(
                    "Ticked automatically: a respondent has answered at least %1 of their "
                    "questions."
                ),
                self.tr("Ticks itself once a respondent has answered %1 of their questions."),
            ),
            "score": (
                self.tr("Ticked automatically: the overall score can be calculated."),
                self.tr("Ticks itself once the answers give an overall score."),
            ),
            "actions": (
                self.tr("Ticked automatically: actions were defined at this snapshot."),
                self.tr("Ticks itself once an action is defined at this snapshot."),
            ),
            "action_plan": (
                self.tr("Ticked automatically: actions are due within 3 months of the snapshot."),
                self.tr("Ticks itself once an action is due within 3 months of the snapshot."),
            ),
            "kpis": (
                self.tr("Ticked automatically: a critical KPI has a value at this snapshot."),
                self.tr("Ticks itself once a critical KPI has a value at this snapshot."),
            ),
            "workshop": (
                self.tr("Ticked automatically: a workshop was held at this snapshot."),
                self.tr("Ticks itself once a workshop is recorded at this snapshot."),
            ),
            "feedback": (
                self.tr("Ticked automatically: feedback was recorded on an action."),
                self.tr("Ticks itself once feedback is recorded on an action of this snapshot."),
            ),
            "report": ("", self.tr("Ticks itself once the snapshot report is written.")),
        }
        done, todo = reasons.get(rule, (rule, rule))
        share = formatting.percent(engagement.FORM_FILLED_COVERAGE)
        return (done if entry.done else todo).replace("%1", share)

    def _update_go(self) -> None:
        item = self.tree.currentItem()
        self.goButton.setEnabled(item is not None)
        screen = self._screen_name(item.data(0, SCREEN_ROLE)) if item else ""
        self.goButton.setText(
            self.tr("&Go to %1").replace("%1", screen) if item else self.tr("&Go")
        )
        self.goButton.setToolTip(self.tr("Open the screen that does this (Enter)"))

    # --- actions -------------------------------------------------------------------

    def go(self, item: QTreeWidgetItem | None) -> None:
        """Open the screen of an item (double-click, Enter or the Go button)."""
        if item is not None:
            self.navigate.emit(item.data(0, SCREEN_ROLE))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or not self.snapshot_id:
            return
        key = item.data(0, KEY_ROLE)
        done = item.checkState(0) == Qt.CheckState.Checked
        try:
            engagement.set_checklist_item(self.db, self.snapshot_id, key, done)
            checklist = engagement.stage_checklist(self.db, self.snapshot_id)
        except ERRORS as exc:
            dialogs.warn(self, self.tr("Checklist"), describe(exc, self.db))
            checklist = self._checklist
            if checklist is None:
                return
        else:
            self._checklist = checklist
            self.changed.emit()
        # the row stays as it is (it is the one being clicked): only states are updated
        self.tree.blockSignals(True)
        self._show_states(checklist)
        self.tree.blockSignals(False)

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("To do"), self.tr("Ticked"), self.tr("Screen")])
        self.explainLabel.setText(
            self.tr(
                "Automatic items tick themselves from the data; tick the others by hand. "
                "Double-click an item or press Enter to open its screen."
            )
        )
        self._update_go()
