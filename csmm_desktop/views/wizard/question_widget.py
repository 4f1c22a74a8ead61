"""One question: its text, help, and its scale as buttons (not a dropdown).

Keyboard: digits answer (1-5; 0-9 and + for 10 on the 0-10 scale; 1-3 for yes/partly/no;
1.. for options), N or 0 is N/A on scales that start at 1, Backspace clears. The page moves
the focus between questions (arrows, Tab) and on Enter.

A click or key only asks for an answer (`answered`); what the widget shows as given is
what the wizard reports stored (`show_value`). An answer waiting for the data to be free
is shown apart (`show_pending`: a dashed outline, "Waiting to be saved…"); free text that
could not be saved stays in its editor, marked, and is tried again on the next change or
flush (`show_refused`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.domain.form import NA, Form, Question

TEXT_SAVE_DELAY_MS = 600
# Enum members looked up once: PySide's enum access costs ~20 us each, and a page of 49
# questions builds some 400 buttons.
NO_FOCUS = Qt.FocusPolicy.NoFocus
EXPANDING = QSizePolicy.Policy.Expanding
PREFERRED = QSizePolicy.Policy.Preferred


class QuestionWidget(QFrame):
    answered = Signal(str, object)  # question id, raw answer (None clears)
    advance = Signal()  # Enter: the page moves on

    def __init__(
        self,
        form: Form,
        question: Question,
        role: str,
        lang: str,
        value: str | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.form = form
        self.question = question
        self.role = role
        self.lang = lang
        self.value = value  # what the store holds
        self.waiting = False  # an answer waits for the data to be free
        self.waiting_value: str | None = None
        self.unsaved = False  # free text that could not be saved (kept in the editor)
        self._tips: dict[str, str] = {}
        self.setObjectName("question")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("current", False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.number_label = QLabel(question.id)
        self.number_label.setObjectName("questionId")
        self.text_label = QLabel()
        self.text_label.setObjectName("questionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setSizePolicy(EXPANDING, PREFERRED)
        head.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.text_label, 1)
        layout.addLayout(head)
        self.help_label = QLabel()
        self.help_label.setObjectName("questionHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.help_label)

        self.group: QButtonGroup | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.text_edit: QPlainTextEdit | None = None
        if question.scale.kind == "text":
            self._build_text(layout)
        else:
            self._build_buttons(layout)
        self.set_texts(lang)  # shows the stored value too

    # --- building ------------------------------------------------------------------

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        choices = list(self.question.answer_choices())
        kind = self.question.scale.kind
        grid = QGridLayout()
        grid.setSpacing(6)
        columns = 4 if kind == "choice" and len(choices) > 4 else len(choices) + 1
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, (value, _label) in enumerate(choices + [(NA, {})]):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(NO_FOCUS)
            button.setObjectName("naButton" if value == NA else "answerButton")
            button.setSizePolicy(EXPANDING, PREFERRED)
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            self.group.addButton(button)
            self.buttons[value] = button
            grid.addWidget(button, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # equal widths: a calm, even scale
        layout.addLayout(grid)

    def _build_text(self, layout: QVBoxLayout) -> None:
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        self.text_edit.setPlainText(self.value or "")
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self._save_text)
        self.text_edit.textChanged.connect(self._text_timer.start)
        self.text_edit.installEventFilter(self)
        layout.addWidget(self.text_edit)
        self.setFocusProxy(self.text_edit)

    def set_texts(self, lang: str) -> None:
        self.lang = lang
        q = self.question
        self.text_label.setText(q.text(lang, self.role))
        self.help_label.setText(q.help.get(lang, q.help["en"]) if q.help else "")
        self.help_label.setVisible(bool(q.help))
        kind = q.scale.kind
        for value, button in self.buttons.items():
            if value == NA:
                button.setText(self.form.na_label.get(lang, self.form.na_label["en"]))
                continue
            label = dict(q.answer_choices())[value].get(lang, "")
            if kind == "nps":
                button.setText(value)
                self._tips[value] = label if label != value else ""
            elif kind == "ordinal":
                button.setText(f"{value}\n{label}")
            else:
                button.setText(label)
        if self.text_edit is not None:
            self.text_edit.setPlaceholderText(
                QCoreApplication.translate(
                    "QuestionWidget", "Write here (optional). It is saved as you type."
                )
            )
        self._apply(polish=False)

    # --- answering -----------------------------------------------------------------

    def show_value(self, value: str | None) -> None:
        """Show a stored answer without saving it again."""
        self.value = value
        self.waiting = self.unsaved = False
        self._apply()

    def show_pending(self, raw: object) -> None:
        """`raw` waits to be saved (the data is busy): shown apart, not as given."""
        self.waiting = True
        self.waiting_value = None if raw is None else str(raw)
        self.unsaved = False
        self._apply()

    def show_refused(self, value: str | None) -> None:
        """The answer was not saved; the store holds `value`. Free text stays typed."""
        self.value = value
        self.waiting = False
        self.unsaved = self.text_edit is not None
        self._apply()

    def _apply(self, polish: bool = True) -> None:
        waiting_tip = QCoreApplication.translate("QuestionWidget", "Waiting to be saved…")
        if self.group is not None:
            marked = self.waiting_value if self.waiting_value is not None else self.value
            self.group.setExclusive(False)
            for key, button in self.buttons.items():
                button.setChecked(key == self.value)
                pending = self.waiting and key == marked
                button.setToolTip(waiting_tip if pending else self._tips.get(key, ""))
                if bool(button.property("pending")) != pending:
                    button.setProperty("pending", pending)
                    if polish:
                        _repolish(button)
            self.group.setExclusive(True)
        if self.text_edit is not None:
            state = "pending" if self.waiting else "unsaved" if self.unsaved else ""
            tip = ""
            if self.waiting:
                tip = waiting_tip
            elif self.unsaved:
                tip = QCoreApplication.translate(
                    "QuestionWidget",
                    "Not saved yet. It is tried again when you type or leave the page.",
                )
            self.text_edit.setToolTip(tip)
            if (self.text_edit.property("saveState") or "") != state:
                self.text_edit.setProperty("saveState", state)
                if polish:
                    _repolish(self.text_edit)

    def _clicked(self, value: str) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.answer(value)

    def answer(self, value: str | None) -> None:
        """Ask for `value` to be saved; the buttons show what is stored until it is."""
        self._apply()  # undo the check Qt gave the clicked button
        self.answered.emit(self.question.id, value)

    def _save_text(self) -> None:
        text = self.text_edit.toPlainText() if self.text_edit else ""
        if (text.strip() or None) != self.value or self.unsaved or self.waiting:
            self.answered.emit(self.question.id, text)

    def flush(self) -> None:
        """Save a pending free-text answer now (leaving the page, closing the window); a
        text that could not be saved is tried again."""
        if self.text_edit is not None and (self._text_timer.isActive() or self.unsaved):
            self._text_timer.stop()
            self._save_text()

    def eventFilter(self, obj, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self._mark_current(False)
        elif obj is self.text_edit and event.type() == QEvent.Type.FocusIn:
            self._mark_current(True)
        return super().eventFilter(obj, event)

    @property
    def is_answered(self) -> bool:
        return self.value is not None

    @property
    def needs_answer(self) -> bool:
        """Free-text questions are optional; every other question wants an answer."""
        return self.question.scale.kind != "text"

    def key_value(self, event: QKeyEvent) -> str | None:
        """The answer a key stands for on this question's scale, if any."""
        text = event.text()
        kind = self.question.scale.kind
        values = [v for v, _ in self.question.answer_choices()]
        if text.lower() == "n" or (text == "0" and kind != "nps"):
            return NA
        if kind == "nps":
            if text == "+":
                return "10"
            return text if text.isdigit() else None
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.group is not None:
            value = self.key_value(event)
            if value is not None:
                self.answer(value)
                return
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.answer(None)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._mark_current(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._mark_current(False)
        super().focusOutEvent(event)

    def _mark_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
