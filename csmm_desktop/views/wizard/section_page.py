"""One wizard page: a section's intro, its topics with their titles, and their questions.

The page wraps to its width and never scrolls sideways (the content follows the
viewport's width; the answer buttons reflow, see scale_layout.py). It never takes the
keyboard itself: a click on its scrollbar or between the questions leaves the keys with
the current question, and a key that reaches the page anyway goes to the question that
had the keyboard last.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from csmm_desktop.domain.form import Form, Section
from csmm_desktop.views.wizard.question_widget import QuestionWidget


class SectionPage(QScrollArea):
    answered = Signal(str, object)  # question id, raw answer
    finished = Signal()  # Enter on the last question

    def __init__(
        self,
        form: Form,
        section: Section,
        role: str,
        lang: str,
        answers: dict[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.form = form
        self.section = section
        self.role = role
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on it keeps the question's keys
        # always there: the width of the content never jumps, and the page is laid out
        # once (with "as needed" Qt tries the height at every width the bar could take)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.last: QuestionWidget | None = None  # the question that had the keys last
        body = QWidget()
        body.setObjectName("sectionBody")
        body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 24)
        layout.setSpacing(8)
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.intro_label = QLabel()
        self.intro_label.setObjectName("sectionIntro")
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        self.topic_labels: list[tuple[QLabel, object]] = []
        self.questions: list[QuestionWidget] = []
        for topic in section.topics:
            if not topic.questions:  # left out for the client: not asked
                continue
            label = QLabel()
            label.setObjectName("topicTitle")
            label.setWordWrap(True)
            layout.addWidget(label)
            self.topic_labels.append((label, topic))
            for question in topic.questions:
                widget = QuestionWidget(form, question, role, lang, answers.get(question.id))
                widget.answered.connect(self.answered)
                widget.advance.connect(lambda w=widget: self.focus_next(w))
                widget.focused.connect(lambda w=widget: self._remember(w))
                layout.addWidget(widget)
                self.questions.append(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_texts(lang)

    def set_texts(self, lang: str) -> None:
        self.title_label.setText(f"{self.section.id}  {self.section.title[lang]}")
        intro = self.section.intro
        self.intro_label.setText(intro[lang] if intro else "")
        self.intro_label.setVisible(bool(intro))
        for label, topic in self.topic_labels:
            label.setText(f"{topic.id}  {topic.title[lang]}")
        for widget in self.questions:
            widget.set_texts(lang)

    # --- navigation ----------------------------------------------------------------

    def focus_question(self, index: int) -> None:
        if not self.questions:
            return
        index = max(0, min(index, len(self.questions) - 1))
        widget = self.questions[index]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(widget, 0, 40)

    def _remember(self, widget: QuestionWidget) -> None:
        self.last = widget

    def take_key(self, event: QKeyEvent) -> bool:
        """Answer keys that reached the page (no question has the keyboard): they go to
        the question last current. True if taken."""
        target = self.last or (self.questions[0] if self.questions else None)
        if target is None or self.current_index() >= 0 or not target.isVisible():
            return False
        if target.group is None and event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target.setFocus(Qt.FocusReason.OtherFocusReason)  # free text: give it the keys
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.keyPressEvent(event)
        return True

    def current_index(self) -> int:
        for i, widget in enumerate(self.questions):
            if widget.hasFocus() or (widget.focusProxy() and widget.focusProxy().hasFocus()):
                return i
        return -1

    def focus_next(self, widget: QuestionWidget | None = None) -> None:
        index = self.questions.index(widget) if widget else self.current_index()
        if index >= len(self.questions) - 1:
            self.finished.emit()
        else:
            self.focus_question(index + 1)

    def focus_first_unanswered(self) -> bool:
        for i, widget in enumerate(self.questions):
            if widget.needs_answer and not widget.is_answered:
                self.focus_question(i)
                return True
        return False

    def unanswered(self) -> list[str]:
        return [w.question.id for w in self.questions if w.needs_answer and not w.is_answered]

    def progress(self) -> tuple[int, int]:
        needed = [w for w in self.questions if w.needs_answer]
        return sum(1 for w in needed if w.is_answered), len(needed)

    def flush(self) -> None:
        for widget in self.questions:
            widget.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        index = self.current_index()
        if key == Qt.Key.Key_Down and index >= 0:
            self.focus_question(index + 1)
        elif key == Qt.Key.Key_Up and index >= 0:
            self.focus_question(index - 1)
        elif index < 0 and event.text() and self.take_key(event):
            pass
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab / Shift+Tab move between questions and stay on the page."""
        index = self.current_index()
        if index < 0:
            return super().focusNextPrevChild(forward)
        target = index + (1 if forward else -1)
        if 0 <= target < len(self.questions):
            self.focus_question(target)
            return True
        return super().focusNextPrevChild(forward)
