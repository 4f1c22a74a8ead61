"""Pick suggested improvement actions for a snapshot's weakest topics to add to the plan."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from csmm_desktop.forms.ui_action_suggestions_dialog import Ui_ActionSuggestionsDialog
from csmm_desktop.services.engagement import TopicSuggestion, fold
from csmm_desktop.views import formatting
from csmm_desktop.views.language import current_language

TEXT_ROLE = Qt.ItemDataRole.UserRole  # the action's {"en", "tr"} texts


class ActionSuggestionsDialog(QDialog):
    """One branch per weak topic (weakest first) with its suggested actions to tick;
    actions already in the plan (same title, in either language) are shown greyed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        suggestions: Sequence[TopicSuggestion] = (),
        *,
        existing_titles: Sequence[str] = (),
        snapshot_label: str = "",
        cycle: int = 1,
    ):
        super().__init__(parent)
        self.ui = Ui_ActionSuggestionsDialog()
        self.ui.setupUi(self)
        self._suggestions = list(suggestions)
        self._snapshot_label = snapshot_label
        existing = {fold(t) for t in existing_titles}
        tree = self.ui.suggestionTree
        for suggestion in self._suggestions:
            branch = QTreeWidgetItem(tree)
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(tree.font())
            font.setBold(True)
            branch.setFont(0, font)
            for text in suggestion.actions:
                leaf = QTreeWidgetItem(branch)
                leaf.setData(0, TEXT_ROLE, (suggestion.topic_id, dict(text)))
                if existing & {fold(t) for t in text.values()}:
                    leaf.setFlags(Qt.ItemFlag.NoItemFlags)
                    leaf.setData(0, Qt.ItemDataRole.UserRole + 1, True)
                else:
                    leaf.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    leaf.setCheckState(0, Qt.CheckState.Unchecked)
        tree.expandAll()
        self.ui.cycleSpin.setValue(cycle)
        tree.itemChanged.connect(lambda *_a: self._validate())
        tree.itemActivated.connect(self._toggle)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _leaves(self) -> list[QTreeWidgetItem]:
        tree = self.ui.suggestionTree
        branches = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [b.child(j) for b in branches for j in range(b.childCount())]

    def _retranslate(self) -> None:
        lang = current_language()
        tree = self.ui.suggestionTree
        for i, suggestion in enumerate(self._suggestions):
            tree.topLevelItem(i).setText(
                0,
                self.tr("%1 %2 · score %3")
                .replace("%1", suggestion.topic_id)
                .replace("%2", suggestion.topic_title.get(lang) or suggestion.topic_title["en"])
                .replace("%3", formatting.score(suggestion.score)),
            )
        for leaf in self._leaves():
            _topic, text = leaf.data(0, TEXT_ROLE)
            label = text.get(lang) or text["en"]
            if leaf.data(0, Qt.ItemDataRole.UserRole + 1):
                label += " " + self.tr("(already in the plan)")
            leaf.setText(0, label)
            leaf.setToolTip(0, label)  # long suggestions are cut to the dialog's width
        if self._suggestions:
            intro = self.tr(
                "Suggested actions for the weakest topics of the %1 snapshot, weakest first. "
                "Tick the ones to add to the action plan."
            ).replace("%1", self._snapshot_label)
        else:
            intro = self.tr(
                "No suggestions yet: they come from the scores of the snapshot's assessment."
            )
        self.ui.introLabel.setText(intro)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add"))
        self._validate()

    def _toggle(self, item: QTreeWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _validate(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.selected()))

    def check(self, index: int) -> None:
        """Tick the index-th suggested action (in the order shown), as a click would."""
        leaf = self._leaves()[index]
        if leaf.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            leaf.setCheckState(0, Qt.CheckState.Checked)

    def selected(self) -> list[tuple[str, str]]:
        """(topic id, title in the UI language) of each ticked action."""
        lang = current_language()
        found = []
        for leaf in self._leaves():
            if leaf.checkState(0) == Qt.CheckState.Checked:
                topic_id, text = leaf.data(0, TEXT_ROLE)
                found.append((topic_id, text.get(lang) or text["en"]))
        return found

    def options(self) -> dict:
        return {"owner": self.ui.ownerEdit.text(), "cycle": self.ui.cycleSpin.value()}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
