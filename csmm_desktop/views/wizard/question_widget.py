"""One question: its text, help, and its scale as buttons (not a dropdown).

Keyboard: digits answer (1-5; 0-9 and + for 10 on the 0-10 scale; 1-3 for yes/partly/no;
1.. for options), N or 0 is N/A on scales that start at 1, Backspace clears. Every button
shows its key. A key that is no answer says which keys are (a hint under the buttons);
Enter on a question that wants an answer and has none says so first, and goes on only at
the second Enter. The page moves the focus between questions (arrows, Tab) and on Enter.
The buttons wrap their labels and reflow into rows (scale_layout.py): never wider than
the page.

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
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.domain.form import NA, Form, Question
from csmm_desktop.views import print_check
from csmm_desktop.views.wizard.scale_layout import ScaleLayout

TEXT_SAVE_DELAY_MS = 600
# Enum members looked up once: PySide's enum access costs ~20 us each, and a page of 49
# questions builds some 400 buttons.
NO_FOCUS = Qt.FocusPolicy.NoFocus
EXPANDING = QSizePolicy.Policy.Expanding
PREFERRED = QSizePolicy.Policy.Preferred
FONT_CHANGE = QEvent.Type.FontChange
STYLE_CHANGE = QEvent.Type.StyleChange
CONTROL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class QuestionWidget(QFrame):
    answered = Signal(str, object)  # question id, raw answer (None clears)
    advance = Signal()  # Enter: the page moves on
    focused = Signal()  # the question got the keyboard (the page remembers it)

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
        self.key_hint: QLabel | None = None  # built the first time a hint is needed
        self._enter_said = False  # Enter on it unanswered once: the next Enter goes on
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
        self.scale_layout: ScaleLayout | None = None
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
        columns = 4 if kind == "choice" and len(choices) > 4 else len(choices) + 1
        self.scale_layout = ScaleLayout(
            columns, lines=3 if kind == "choice" else 2, last_apart=kind == "nps"
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value, _label in choices + [(NA, {})]:
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(NO_FOCUS)
            button.setObjectName("naButton" if value == NA else "answerButton")
            button.setSizePolicy(EXPANDING, PREFERRED)
            button.clicked.connect(lambda _c=False, v=value: self._clicked(v))
            self.group.addButton(button)
            self.buttons[value] = button
            self.scale_layout.add_button(button)
        layout.addLayout(self.scale_layout)

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
        print_check.watch(self.text_edit)  # the report quotes the answer: warn of □
        self.setFocusProxy(self.text_edit)

    def set_texts(self, lang: str) -> None:
        self.lang = lang
        q = self.question
        self.text_label.setText(q.text(lang, self.role))
        self.help_label.setText(q.help.get(lang, q.help["en"]) if q.help else "")
        self.help_label.setVisible(bool(q.help))
        kind = q.scale.kind
        labels = dict(q.answer_choices())
        for index, value in enumerate(self.buttons):
            if value == NA:
                text = self.form.na_label.get(lang, self.form.na_label["en"])
            else:
                label = labels[value].get(lang) or labels[value].get("en", "")
                if kind == "nps":
                    text = value
                    self._tips[value] = label if label != value else ""
                elif kind == "ordinal":
                    text = f"{value}\n{label}"
                else:  # yes / partly / no and options: the key in front ("1 Yes")
                    text = f"{index + 1} {label}"
            self.scale_layout.set_label(index, text)
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
        if value is not None:
            self.say("")
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
            self.focused.emit()
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

    def keys_text(self) -> str:
        """Which keys answer this question, in words ("Choose 1–5, N for N/A")."""
        if self.question.scale.kind == "nps":
            return QCoreApplication.translate("QuestionWidget", "Choose 0–10 (+ for 10), N for N/A")
        count = len(self.question.answer_choices())
        return (
            QCoreApplication.translate("QuestionWidget", "Choose %1–%2, N for N/A")
            .replace("%1", "1")
            .replace("%2", str(count))
        )

    def say(self, text: str) -> None:
        """A short hint under the buttons ("" hides it)."""
        if self.key_hint is None:
            if not text:
                return
            self.key_hint = QLabel()
            self.key_hint.setObjectName("keyHint")
            self.key_hint.setWordWrap(True)
            self.key_hint.setTextFormat(Qt.TextFormat.PlainText)
            self.layout().addWidget(self.key_hint)
        self.key_hint.setText(text)
        self.key_hint.setVisible(bool(text))
        if not text:
            self._enter_said = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self.group is not None:
            value = self.key_value(event)
            if value is not None:
                self.answer(value)
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.answer(None)
                return
            text = event.text()
            plain = not event.modifiers() & (CONTROL | ALT)
            if plain and len(text) == 1 and text.isprintable() and not text.isspace():
                self._enter_said = False
                self.say(self.keys_text())  # 7 on a 1-5 scale: say which keys answer
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            unanswered = self.needs_answer and not self.is_answered and not self.waiting
            if unanswered and not self._enter_said:  # never left unanswered without a word
                self.say(
                    QCoreApplication.translate(
                        "QuestionWidget", "No answer yet. Press Enter again to go on without one."
                    )
                )
                self._enter_said = True
                return
            self.say("")
            self.advance.emit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if self.scale_layout is not None and event.type() in (FONT_CHANGE, STYLE_CHANGE):
            self.scale_layout.remeasure()  # the zoom changed: the buttons' font with it
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._mark_current(True)
        self.focused.emit()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._mark_current(False)
        self.say("")
        super().focusOutEvent(event)

    def _mark_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
