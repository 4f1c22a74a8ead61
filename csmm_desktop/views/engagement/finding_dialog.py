"""Add or edit a problem or a requirement: title, touched topic, description."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QWidget

from csmm_desktop.forms.ui_finding_dialog import Ui_FindingDialog
from csmm_desktop.services import engagement
from csmm_desktop.views import geometry, print_check
from csmm_desktop.views.language import current_language


def topic_label(topic_id: str, lang: str | None = None) -> str:
    """ "1.1.3 Measuring the organisation's reputation" (the id alone if the form lacks it)."""
    if not topic_id:
        return ""
    topic = engagement.load_form().topics.get(topic_id)
    if topic is None:
        return topic_id
    lang = lang or current_language()
    return f"{topic_id} {topic.title.get(lang) or topic.title['en']}"


def fill_topic_combo(combo: QComboBox, none_text: str, selected: str = "") -> None:
    """Every topic of the form as "1.1.3 Title", after a "no topic" entry (data "").
    The combo, if editable, finds a topic by any word typed (not only its start)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, "")
    for topic_id in engagement.load_form().topics:
        combo.addItem(topic_label(topic_id), topic_id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    combo.blockSignals(False)
    if combo.isEditable():
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)


def chosen_topic(combo: QComboBox) -> str | None:
    """The topic id the combo shows; "" for none, None when the typed text is no topic."""
    text = combo.currentText().strip()
    if not text or text == combo.itemText(0):
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return combo.itemData(index)
    bare = combo.findData(text)  # a bare topic number such as 1.1.3
    return combo.itemData(bare) if bare > 0 else None


class FindingDialog(QDialog):
    """`kind` is "problem" or "requirement"; `finding` None adds a new one."""

    def __init__(
        self,
        parent: QWidget | None = None,
        kind: str = "problem",
        finding: engagement.Finding | None = None,
    ):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.kind = kind
        self._editing = finding is not None
        self.ui = Ui_FindingDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.titleEdit, self.ui.descriptionEdit)
        self.ui.titleEdit.setMaxLength(engagement.TITLE_MAX)
        self._retranslate()
        fill_topic_combo(
            self.ui.topicCombo, self.tr("(no topic)"), finding.topic_id if finding else ""
        )
        if finding:
            self.ui.titleEdit.setText(finding.title)
            self.ui.descriptionEdit.setPlainText(finding.description)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.textChanged.connect(self._validate)
        self.ui.topicCombo.editTextChanged.connect(self._validate)
        self.ui.topicCombo.currentIndexChanged.connect(self._validate)
        self._validate()

    def _retranslate(self) -> None:
        problem = self.kind == "problem"
        if self._editing:
            title = self.tr("Edit problem") if problem else self.tr("Edit requirement")
        else:
            title = self.tr("New problem") if problem else self.tr("New requirement")
        self.setWindowTitle(title)
        combo = self.ui.topicCombo
        if combo.count():
            combo.setItemText(0, self.tr("(no topic)"))
        for index in range(1, combo.count()):  # topic titles follow the language too
            combo.setItemText(index, topic_label(combo.itemData(index)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _validate(self) -> None:
        if not self.ui.titleEdit.text().strip():
            error = (
                self.tr("A problem needs a title.")
                if self.kind == "problem"
                else self.tr("A requirement needs a title.")
            )
        elif chosen_topic(self.ui.topicCombo) is None:
            error = self.tr("Choose a topic from the list, or leave it empty.")
        else:
            error = ""
        self.ui.errorLabel.setText(error)
        save = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Save)
        save.setEnabled(not error)

    def values(self) -> dict[str, str]:
        return {
            "title": self.ui.titleEdit.text(),
            "description": self.ui.descriptionEdit.toPlainText(),
            "topic_id": chosen_topic(self.ui.topicCombo) or "",
        }
