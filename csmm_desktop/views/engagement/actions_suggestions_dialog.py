"""Pick suggested improvement actions to add to the plan: for the topics that hold a snapshot
back most from the next level, each with why it ranks there, and those already taken care of
(an action on the topic done, a requirement solved, as of the snapshot) greyed with when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from csmm_desktop.forms.ui_action_suggestions_dialog import Ui_ActionSuggestionsDialog
from csmm_desktop.services.engagement import TopicSuggestion, fold
from csmm_desktop.views import formatting, geometry, print_check
from csmm_desktop.views.language import current_language

TEXT_ROLE = Qt.ItemDataRole.UserRole  # the action's {"en", "tr"} texts
GREYED_ROLE = Qt.ItemDataRole.UserRole + 1  # True: already in the plan
DONE_ROLE = Qt.ItemDataRole.UserRole + 2  # the {"en", "tr"} text of why it is done
WHY_ROLE = Qt.ItemDataRole.UserRole + 3  # the branch's rationale line (not an action)


class ActionSuggestionsDialog(QDialog):
    """One branch per topic, in the order of the suggestions (gap to the next level × the
    topic's weight), with the reason as its first line and its suggested actions to tick;
    actions already in the plan (same title, in either language), and those of a topic
    already taken care of, are shown greyed."""

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
        geometry.keep_on_screen(self)  # opens inside the screen
        self.ui = Ui_ActionSuggestionsDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.ownerEdit)
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
            why = QTreeWidgetItem(branch)
            why.setFlags(Qt.ItemFlag.ItemIsEnabled)
            why.setData(0, WHY_ROLE, dict(suggestion.rationale))
            italic = QFont(tree.font())
            italic.setItalic(True)
            why.setFont(0, italic)
            for text in suggestion.actions:
                leaf = QTreeWidgetItem(branch)
                leaf.setData(0, TEXT_ROLE, (suggestion.topic_id, dict(text)))
                if suggestion.done is not None:
                    leaf.setFlags(Qt.ItemFlag.NoItemFlags)
                    leaf.setData(0, DONE_ROLE, dict(suggestion.done.text))
                elif existing & {fold(t) for t in text.values()}:
                    leaf.setFlags(Qt.ItemFlag.NoItemFlags)
                    leaf.setData(0, GREYED_ROLE, True)
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
        branches = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        children = [b.child(j) for b in branches for j in range(b.childCount())]
        return [c for c in children if c.data(0, WHY_ROLE) is None]

    def leaf_texts(self) -> list[str]:
        """The suggested actions' lines as shown, in order (for tests)."""
        return [leaf.text(0) for leaf in self._leaves()]

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
            why = tree.topLevelItem(i).child(0)
            reason = why.data(0, WHY_ROLE)
            why.setText(0, reason.get(lang) or reason["en"])
        for leaf in self._leaves():
            _topic, text = leaf.data(0, TEXT_ROLE)
            label = text.get(lang) or text["en"]
            done = leaf.data(0, DONE_ROLE)
            if done:
                label += " · " + (done.get(lang) or done["en"])
            elif leaf.data(0, GREYED_ROLE):
                label += " " + self.tr("(already in the plan)")
            leaf.setText(0, label)
            leaf.setToolTip(0, label)  # long suggestions are cut to the dialog's width
        if self._suggestions:
            intro = self.tr(
                "Suggested actions for the topics that hold the %1 snapshot back most from "
                "the next level, ranked by the points they lack × their weight. Topics already "
                "taken care of by the snapshot's date are greyed. Tick the ones to add to the "
                "action plan."
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
