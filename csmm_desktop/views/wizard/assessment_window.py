"""The assessment wizard window for one respondent.

One page per section the respondent's role answers; every answer is written to the store
the moment it is given; reopening resumes at the first unanswered question. Workshop mode
(full screen, larger text) is for answering together on a projector; respondent mode hands
the laptop to a respondent and needs the consultant's PIN to leave.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from csmm_desktop.domain.form import Form
from csmm_desktop.forms.ui_assessment_window import Ui_AssessmentWindow
from csmm_desktop.services import assessment, clients
from csmm_desktop.services.clients import InputError
from csmm_desktop.views import dialogs
from csmm_desktop.views.labels import role_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.wizard.section_page import SectionPage
from csmm_desktop.views.wizard.style import WIZARD_QSS, font_scale

if TYPE_CHECKING:
    from sqlite_utils import Database

WORKSHOP_SCALE = 1.45


class AssessmentWindow(QWidget):
    answerSaved = Signal(str, str)  # snapshot id, respondent id
    respondentModeChanged = Signal(bool)

    def __init__(self, db: Database, respondent_id: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.respondent = assessment.get_respondent(db, respondent_id)
        self.snapshot = clients.get_snapshot(db, self.respondent.snapshot_id)
        self.form: Form = assessment.snapshot_form(db, self.snapshot.id)
        self.answers = assessment.answers_of(db, respondent_id)
        self.sections = self.form.sections_for(self.respondent.role)
        self.lang = current_language()
        self.pages: dict[int, SectionPage] = {}
        self._pin_hash: bytes | None = None
        self._salt = secrets.token_bytes(16)
        self.ui = Ui_AssessmentWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(WIZARD_QSS)
        self._base_font = self.font()
        for _ in self.sections:
            self.ui.sectionList.addItem(QListWidgetItem())
            self.ui.pages.addWidget(QWidget())  # placeholder until first shown
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([260, 840])
        self.ui.sectionList.currentRowChanged.connect(self.show_section)
        self.ui.backButton.clicked.connect(lambda: self.go(-1))
        self.ui.nextButton.clicked.connect(lambda: self.go(+1))
        self.ui.unansweredButton.clicked.connect(self.next_unanswered)
        self.ui.finishButton.clicked.connect(self.finish)
        self.ui.workshopButton.toggled.connect(self.set_workshop_mode)
        self.ui.handOverButton.clicked.connect(self.hand_over)
        self.ui.consultantButton.clicked.connect(self.leave_respondent_mode)
        self.ui.consultantButton.hide()
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F11), self.ui.workshopButton.toggle),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go(+1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go(-1)),
            (QKeySequence("Alt+Right"), lambda: self.go(+1)),
            (QKeySequence("Alt+Left"), lambda: self.go(-1)),
            (QKeySequence("Ctrl+U"), self.next_unanswered),
        ):
            QShortcut(keys, self, activated=slot)
        self._retranslate()
        self.resize(1100, 760)
        self.resume()
        # The other pages are built while the user reads the first: one per event-loop
        # turn, so a switch later only shows a ready page.
        QTimer.singleShot(0, self._prebuild_next)

    def _prebuild_next(self) -> None:
        for index in range(len(self.sections)):
            if index not in self.pages:
                self.page(index)
                QTimer.singleShot(0, self._prebuild_next)
                return

    # --- pages ---------------------------------------------------------------------

    def page(self, index: int) -> SectionPage:
        """The page of section `index`, built the first time it is needed."""
        if index not in self.pages:
            page = SectionPage(
                self.form, self.sections[index], self.respondent.role, self.lang, self.answers
            )
            page.answered.connect(self.save_answer)
            page.finished.connect(lambda: self.go(+1))
            placeholder = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[index] = page
        return self.pages[index]

    def current_index(self) -> int:
        return self.ui.pages.currentIndex()

    def show_section(self, index: int, focus: str = "first") -> None:
        if not 0 <= index < len(self.sections):
            return
        previous = self.pages.get(self.current_index())
        if previous is not None:
            previous.flush()
        page = self.page(index)
        self.ui.pages.setCurrentIndex(index)
        if self.ui.sectionList.currentRow() != index:
            self.ui.sectionList.blockSignals(True)
            self.ui.sectionList.setCurrentRow(index)
            self.ui.sectionList.blockSignals(False)
        if focus == "unanswered" and page.focus_first_unanswered():
            pass
        elif focus in ("first", "unanswered"):
            page.focus_question(0)
        elif focus == "last":
            page.focus_question(len(page.questions) - 1)
        self._update_buttons()

    def go(self, step: int) -> None:
        target = self.current_index() + step
        if 0 <= target < len(self.sections):
            self.show_section(target, "first" if step > 0 else "last")
        elif target >= len(self.sections):
            self.finish()

    def resume(self) -> None:
        """Open where the respondent stopped: the first section with something unanswered."""
        for index, _section in enumerate(self.sections):
            if self.missing(index):
                self.show_section(index, "unanswered")
                break
        else:
            self.show_section(0)
        self._refresh_progress()

    def missing(self, index: int) -> list[str]:
        section = self.sections[index]
        return [
            q.id for q in section.questions if q.scale.kind != "text" and q.id not in self.answers
        ]

    def next_unanswered(self) -> None:
        count = len(self.sections)
        start = self.current_index()
        page = self.pages.get(start)
        if page is not None:
            here = page.current_index()
            for i in range(here + 1, len(page.questions)):
                widget = page.questions[i]
                if widget.needs_answer and not widget.is_answered:
                    page.focus_question(i)
                    return
        for offset in range(1, count + 1):
            index = (start + offset) % count
            if self.missing(index):
                self.show_section(index, "unanswered")
                return
        self.ui.hintLabel.setText(self.tr("Every question is answered."))

    # --- saving --------------------------------------------------------------------

    def save_answer(self, question_id: str, raw: object) -> None:
        try:
            value = assessment.set_answer(
                self.db, self.respondent.id, question_id, None if raw is None else str(raw)
            )
        except InputError as exc:
            dialogs.warn(self, self.tr("Answer not saved"), str(exc))
            return
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        self._refresh_progress()
        self.answerSaved.emit(self.snapshot.id, self.respondent.id)

    def _refresh_progress(self) -> None:
        total = answered = 0
        for index, section in enumerate(self.sections):
            needed = [q for q in section.questions if q.scale.kind != "text"]
            done = sum(1 for q in needed if q.id in self.answers)
            total += len(needed)
            answered += done
            item = self.ui.sectionList.item(index)
            mark = "✓ " if done == len(needed) else ""
            item.setText(
                f"{mark}{section.id}  {section.title[self.lang]}\n"
                + self.tr("%1 of %2 answered")
                .replace("%1", str(done))
                .replace("%2", str(len(needed)))
            )
        self.ui.overallProgress.setMaximum(max(total, 1))
        self.ui.overallProgress.setValue(answered)
        self.ui.overallProgress.setFormat(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(total))
        )

    def _update_buttons(self) -> None:
        index = self.current_index()
        last = index == len(self.sections) - 1
        self.ui.backButton.setEnabled(index > 0)
        self.ui.nextButton.setVisible(not last)
        self.ui.finishButton.setDefault(last)

    def finish(self) -> None:
        page = self.pages.get(self.current_index())
        if page is not None:
            page.flush()
        missing = {self.sections[i].id: self.missing(i) for i in range(len(self.sections))}
        missing = {k: v for k, v in missing.items() if v}
        if not missing:
            dialogs.inform(
                self, self.tr("Finished"), self.tr("Every question is answered. Thank you!")
            )
            if self._pin_hash is None:
                self.close()
            return
        lines = [
            self.tr("%1: %2 unanswered (%3)")
            .replace("%1", sid)
            .replace("%2", str(len(ids)))
            .replace("%3", ", ".join(ids[:6]) + (" …" if len(ids) > 6 else ""))
            for sid, ids in missing.items()
        ]
        text = (
            self.tr("Some questions have no answer yet:")
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Answers are already saved. Finish anyway?")
        )
        if dialogs.ask(self, self.tr("Finish"), text, confirm=self.tr("Finish anyway")):
            if self._pin_hash is None:
                self.close()
        else:
            first = next(iter(missing))
            self.show_section([s.id for s in self.sections].index(first), "unanswered")

    # --- modes ---------------------------------------------------------------------

    def set_workshop_mode(self, on: bool) -> None:
        font = self._base_font
        if on:
            font = font_scale(self._base_font, WORKSHOP_SCALE)
            self.showFullScreen()
        elif self._pin_hash is None:
            self.showNormal()
        self.setFont(font)

    @property
    def in_respondent_mode(self) -> bool:
        return self._pin_hash is not None

    def _hash(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self._salt, 50_000)

    def hand_over(self) -> None:
        pin = dialogs.get_pin(
            self,
            self.tr("Hand over to respondent"),
            self.tr(
                "Choose a PIN of at least 4 digits. The respondent will see only their own "
                "questions; the PIN is needed to leave."
            ),
        )
        if not pin:
            return
        if len(pin) < 4:
            dialogs.warn(
                self,
                self.tr("Hand over to respondent"),
                self.tr("The PIN needs at least 4 characters."),
            )
            return
        self._pin_hash = self._hash(pin)
        self.ui.handOverButton.hide()
        self.ui.consultantButton.show()
        self.ui.workshopButton.setEnabled(False)
        self.showFullScreen()
        self.respondentModeChanged.emit(True)

    def leave_respondent_mode(self) -> bool:
        if self._pin_hash is None:
            return True
        pin = dialogs.get_pin(
            self,
            self.tr("Consultant"),
            self.tr("Enter the consultant's PIN to leave respondent mode."),
        )
        if not pin:
            return False
        if not secrets.compare_digest(self._hash(pin), self._pin_hash):
            dialogs.warn(self, self.tr("Consultant"), self.tr("That PIN is not right."))
            return False
        self._pin_hash = None
        self.ui.handOverButton.show()
        self.ui.consultantButton.hide()
        self.ui.workshopButton.setEnabled(True)
        if not self.ui.workshopButton.isChecked():
            self.showNormal()
        self.respondentModeChanged.emit(False)
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            if self.ui.workshopButton.isChecked() and not self.in_respondent_mode:
                self.ui.workshopButton.setChecked(False)
            return  # Escape never closes the wizard by accident
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.in_respondent_mode and not self.leave_respondent_mode():
            event.ignore()
            return
        for page in self.pages.values():
            page.flush()
        super().closeEvent(event)

    # --- language ------------------------------------------------------------------

    def _retranslate(self) -> None:
        who = self.respondent.label
        self.setWindowTitle(
            self.tr("Assessment: %1 (%2)")
            .replace("%1", who)
            .replace("%2", role_name(self.respondent.role))
        )
        self.ui.titleLabel.setText(self.windowTitle())
        self.ui.hintLabel.setText(
            self.tr(
                "Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on · F11 workshop mode"
            )
        )
        self._refresh_progress()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.lang = current_language()
            for page in self.pages.values():
                page.set_texts(self.lang)
            self._retranslate()
        super().changeEvent(event)
