"""Edit → Applicability…: which sections, topics and questions of the form apply to the
selected client (docs/forms.md, "Per-client applicability").

The form is a tree with a check box on every section, topic and question (ticked: it
applies); a section's or topic's box ticks or clears all under it, and shows partly ticked
when some do. "Apply sector preset" sets the tree to a bundled preset (chosen from the
client's sector). Saving stores the client's list, which its next snapshots get; ticking
"Use it for the selected snapshot too" also changes that snapshot (its questions, coverage,
scores and reports). Keyboard: ↑ ↓ move, ← → fold and unfold, Space ticks or clears, Tab
goes to the preset and the buttons. Every write goes through writes.attempt; the dialog is
shown without exec() (window-modal), like Settings → Forms….
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.domain import applicability as rules
from csmm_desktop.services import applicability, assessment, clients
from csmm_desktop.views import formatting
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.messages import render
from csmm_desktop.views.writes import attempt

KEY_ROLE = Qt.ItemDataRole.UserRole  # ("section" | "topic" | "question", id)


def _text(texts: dict[str, str] | None, lang: str) -> str:
    texts = texts or {}
    return texts.get(lang) or texts.get("en") or ""


class ApplicabilityDialog(QDialog):
    saved = Signal(str, str)  # client id, snapshot id ('' when only the client's list)

    def __init__(self, parent: QWidget | None, db: Any, client_id: str, snapshot_id: str = ""):
        super().__init__(parent)
        self.setObjectName("applicabilityDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.db = db
        self.client = clients.get_client(db, client_id)
        self.snapshot = clients.get_snapshot(db, snapshot_id) if snapshot_id else None
        self.form = applicability.form_for(db, client_id, snapshot_id)
        self.stored = applicability.client_applicability(db, client_id)
        # the client's list as this form gets it: nothing when made for another form family
        self.fit = applicability.fit(self.form, self.stored)
        self.preset_id = self.stored.preset
        self.snapshot_items = applicability.snapshot_items(db, snapshot_id) if snapshot_id else ()
        self.resize(860, 620)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.presetLabel = QLabel(self)
        self.presetCombo = QComboBox(self)
        self.presetCombo.setObjectName("presetCombo")
        self.presetLabel.setBuddy(self.presetCombo)
        self.presetButton = QPushButton(self)
        self.presetButton.setObjectName("applyPresetButton")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("applicabilityTree")
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.summary.setObjectName("applicabilitySummary")
        self.summary.setWordWrap(True)
        self.note = QLabel(self)  # what of the client's list this form does not get
        self.note.setObjectName("applicabilityNote")
        self.note.setWordWrap(True)
        self.snapshotBox = QCheckBox(self)
        self.snapshotBox.setObjectName("applyToSnapshot")
        self.snapshotBox.setVisible(self.snapshot is not None)
        if self.snapshot is not None:  # nothing answered yet: nothing scored would change
            self.snapshotBox.setChecked(not assessment.list_respondents(db, self.snapshot.id))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        presets = QHBoxLayout()
        presets.addWidget(self.presetLabel)
        presets.addWidget(self.presetCombo, 1)
        presets.addWidget(self.presetButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(presets)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.snapshotBox)
        layout.addWidget(self.buttons)
        self.presetButton.clicked.connect(self.apply_preset)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # the unticked questions, kept up to date change by change: ticking a section of
        # thousands of questions changes each of them (a full count each time hung the app)
        self._unticked: set[str] = set()
        self.tree.itemChanged.connect(self._on_item_changed)
        self._fill_tree()
        self.retranslate()
        self.tree.setFocus()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    # --- what is shown ---

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Applicability: %1").replace("%1", self.client.name))
        sector = self.client.sector or self.tr("no sector given")
        self.heading.setText(
            self.tr(
                "Untick what does not apply to %1 (sector: %2). What is unticked is not asked "
                "in the wizard, not printed on blank forms, not expected in the coverage and not "
                "scored; the report lists it. New snapshots of the client get this list; older "
                "snapshots keep theirs. Form version %3."
            )
            .replace("%1", self.client.name)
            .replace("%2", sector)
            .replace("%3", self.form.version)
        )
        self.presetLabel.setText(self.tr("Sector &preset:"))
        self.presetButton.setText(self.tr("&Apply sector preset"))
        self.tree.setHeaderLabels([self.tr("Id"), self.tr("Section, topic or question")])
        if self.snapshot is not None:
            label = f"{stage_name(self.snapshot.stage)} {formatting.date(self.snapshot.date)}"
            self.snapshotBox.setText(
                self.tr(
                    "&Use it for the selected snapshot too (%1): its questions, coverage, "
                    "scores and reports change"
                ).replace("%1", label)
            )
        self._fill_presets(lang)
        notes = [render(n) for n in self.fit.notes(self.form)]
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_presets(self, lang: str) -> None:
        chosen = self.presetCombo.currentData() if self.presetCombo.count() else None
        if chosen is None:
            found = rules.preset(self.preset_id) or rules.preset_for_sector(self.client.sector)
            chosen = found.id if found else ""
        self.presetCombo.blockSignals(True)
        self.presetCombo.clear()
        for preset in rules.presets():
            self.presetCombo.addItem(_text(preset.label, lang), preset.id)
        index = self.presetCombo.findData(chosen)
        self.presetCombo.setCurrentIndex(max(0, index))
        self.presetCombo.blockSignals(False)

    def _fill_tree(self) -> None:
        lang = current_language()
        removed = rules.expand(self.form, self.fit.items)
        self.tree.blockSignals(True)
        self.tree.clear()
        box = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        for section in self.form.sections.values():
            roles = ", ".join(_text(self.form.role_names[r], lang) for r in section.roles)
            s_item = QTreeWidgetItem(
                self.tree, [section.id, f"{_text(section.title, lang)} ({roles})"]
            )
            s_item.setData(0, KEY_ROLE, ("section", section.id))
            s_item.setFlags(s_item.flags() | box | Qt.ItemFlag.ItemIsAutoTristate)
            for topic in section.topics:
                t_item = QTreeWidgetItem(s_item, [topic.id, _text(topic.title, lang)])
                t_item.setData(0, KEY_ROLE, ("topic", topic.id))
                t_item.setFlags(t_item.flags() | box | Qt.ItemFlag.ItemIsAutoTristate)
                for q in topic.questions:
                    q_item = QTreeWidgetItem(t_item, [q.id, q.text(lang, section.roles[0])])
                    q_item.setData(0, KEY_ROLE, ("question", q.id))
                    q_item.setFlags(q_item.flags() | box)
                    q_item.setToolTip(1, q.text(lang, section.roles[0]))
                    state = Qt.CheckState.Unchecked if q.id in removed else Qt.CheckState.Checked
                    q_item.setCheckState(0, state)
        self.tree.blockSignals(False)
        self._recount()

    def question_items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, KEY_ROLE)[0] == "question":
                found.append(item)
            iterator += 1
        return found

    def item(self, item_id: str) -> QTreeWidgetItem | None:
        """The tree's row of a section, topic or question id."""
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            if iterator.value().data(0, KEY_ROLE)[1] == item_id:
                return iterator.value()
            iterator += 1
        return None

    def left_out(self) -> list[str]:
        """The question ids unticked now."""
        return [
            i.data(0, KEY_ROLE)[1]
            for i in self.question_items()
            if i.checkState(0) != Qt.CheckState.Checked
        ]

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if not key or key[0] != "question":
            return  # a section's or topic's box follows its questions'
        if item.checkState(0) == Qt.CheckState.Checked:
            self._unticked.discard(key[1])
        else:
            self._unticked.add(key[1])
        self._update_summary()

    def _recount(self) -> None:
        """The unticked questions counted afresh (after a change made without signals)."""
        self._unticked = set(self.left_out())

    def _update_summary(self) -> None:
        count = len(self._unticked)
        text = (
            self.tr("Questions left out for this client: %1.").replace("%1", str(count))
            if count
            else self.tr("Every question applies.")
        )
        preset = rules.preset(self.preset_id) if self.preset_id else None
        if preset is not None:  # the preset last applied, and whether the tree still is it
            name = _text(preset.label, current_language())
            if self._unticked == self._preset_questions(preset):
                text += " " + self.tr("Sector preset: %1.").replace("%1", name)
            else:
                text += " " + self.tr("Sector preset: %1 (edited).").replace("%1", name)
        if self.snapshot is not None:  # what the snapshot holds now, before any Save
            now = len(rules.expand(self.form, self.snapshot_items))
            text += " " + self.tr("Left out of the selected snapshot now: %1.").replace(
                "%1", str(now)
            )
        self.summary.setText(text)

    def _preset_questions(self, preset: rules.Preset) -> set[str]:
        """The questions of this form a preset leaves out (worked out once per preset)."""
        cache = self.__dict__.setdefault("_preset_cache", {})
        if preset.id not in cache:
            cache[preset.id] = set(rules.expand(self.form, preset.items))
        return cache[preset.id]

    # --- actions ---

    def apply_preset(self) -> None:
        """Set the tree to the chosen preset (stored only on Save)."""
        found = rules.preset(self.presetCombo.currentData() or "")
        if found is None:
            return
        removed = rules.expand(self.form, found.items)
        self.tree.blockSignals(True)
        for item in self.question_items():
            left = item.data(0, KEY_ROLE)[1] in removed
            item.setCheckState(0, Qt.CheckState.Unchecked if left else Qt.CheckState.Checked)
        self.tree.blockSignals(False)
        self._recount()
        self.tree.viewport().update()
        self.preset_id = found.id
        self._update_summary()

    def save(self) -> bool:
        # ids of another family mean something else here: they are not kept
        kept = () if self.fit.other_family else self.stored.items
        items = rules.merge(self.form, self.left_out(), kept)
        snapshots = [self.snapshot.id] if self.snapshot and self.snapshotBox.isChecked() else []
        title = self.tr("Applicability")
        log = getattr(self.db, "undo", None)  # Edit → Undo names the step
        step = log.labelled(f"{title} “{self.client.name}”") if log else contextlib.nullcontext()
        with step:
            done = attempt(
                self,
                title,
                applicability.save,
                self.db,
                self.client.id,
                items,
                preset=self.preset_id,
                snapshot_ids=snapshots,
                family=self.form.family,
            )
        if done is None:
            return False
        self.saved.emit(self.client.id, snapshots[0] if snapshots else "")
        self.accept()
        return True


class ApplicabilityMenu(QObject):
    """The Edit menu's (and the client list's) Applicability… entry."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ApplicabilityDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionApplicability")
        self.action.triggered.connect(self.open)
        menu = window.ui.menuEdit
        actions = menu.actions()
        after = actions.index(window.ui.actionDeleteClient) + 1
        menu.insertAction(actions[after] if after < len(actions) else None, self.action)
        window.ui.clientList.addAction(self.action)
        menu.aboutToShow.connect(self._update)  # enabled with a client selected
        window.ui.clientList.installEventFilter(self)  # its context menu, likewise
        window.installEventFilter(self)
        self._retranslate()

    def _update(self) -> None:
        self.action.setEnabled(bool(self.window.current_client_id()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.ContextMenu:
            self._update()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("A&pplicability…"))

    def open(self) -> ApplicabilityDialog | None:
        window = self.window
        client_id = window.current_client_id() if window.db is not None else ""
        if not client_id:
            return None
        snapshot_id = window.panel.current_snapshot_id() if window.panel is not None else ""
        dialog = attempt(
            window,
            self.tr("Applicability"),
            ApplicabilityDialog,
            window,
            window.db,
            client_id,
            snapshot_id,
        )
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda cid, sid: window._show_stored(cid, sid))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog


def install(window: Any) -> ApplicabilityMenu:
    """Edit → Applicability…; call once the window's menus exist."""
    window.applicability_menu = ApplicabilityMenu(window)
    return window.applicability_menu
