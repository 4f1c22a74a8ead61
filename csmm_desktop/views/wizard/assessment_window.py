"""The assessment wizard window for one respondent.

One page per section the respondent's role answers (wrapped to any width, never scrolling
sideways); every answer is written to the store the moment it is given; reopening resumes
at the first unanswered question. The window opens inside its screen (geometry.py).
Workshop mode (full screen, larger text: zoom.py, Ctrl+plus / Ctrl+minus / Ctrl+0) is for
answering together on a projector; respondent mode hands the laptop to a respondent: every
other window is hidden, other windows' messages wait, and leaving needs the consultant's
PIN (kiosk.py); a respondent who finishes sees a thank-you screen until the PIN.

Saving goes through an AnswerSaver (saver.py): a question shows as answered, and counts,
only once the store holds the answer; a failed write is said (one dialog, then the notice
bar while it lasts); an answer waiting for a busy store is shown apart and retried.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from csmm_desktop.domain.form import Form
from csmm_desktop.forms.ui_assessment_window import Ui_AssessmentWindow
from csmm_desktop.services import assessment, clients
from csmm_desktop.views import dialogs
from csmm_desktop.views.labels import role_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.saved_label import SavedLabel
from csmm_desktop.views.wizard import finish as finishing
from csmm_desktop.views.wizard import geometry, section_list
from csmm_desktop.views.wizard.kiosk import RespondentMode
from csmm_desktop.views.wizard.question_widget import QuestionWidget
from csmm_desktop.views.wizard.saver import AnswerSaver
from csmm_desktop.views.wizard.section_page import SectionPage
from csmm_desktop.views.wizard.style import wizard_qss
from csmm_desktop.views.wizard.zoom import Zoom

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)


class AssessmentWindow(QWidget):
    answerSaved = Signal(str, str)  # snapshot id, respondent id
    respondentModeChanged = Signal(bool)

    def __init__(
        self,
        db: Database,
        respondent_id: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.settings = settings  # the app's: the zoom and the window's place (None: not kept)
        self.zoom = Zoom(settings)
        self.respondent = assessment.get_respondent(db, respondent_id)
        self.snapshot = clients.get_snapshot(db, self.respondent.snapshot_id)
        self.form: Form = assessment.snapshot_form(db, self.snapshot.id)
        self.answers = assessment.answers_of(db, respondent_id)
        self.sections = self.form.sections_for(self.respondent.role)
        self.lang = current_language()
        self.pages: dict[int, SectionPage] = {}
        self.widgets: dict[str, QuestionWidget] = {}
        self.clock = time.monotonic  # the PIN's waits (tests pass their own)
        self.ui = Ui_AssessmentWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._zoom_shown = self.zoom.value(False)
        self.setStyleSheet(wizard_qss(self._zoom_shown))
        self.saver = AnswerSaver(db, respondent_id, self.answers, self)
        self.saver.stored.connect(self._on_stored)
        self.saver.pending.connect(self._on_pending)
        self.saver.refused.connect(self._on_refused)
        self.saver.problem.connect(self._on_problem)
        self.saver.stateChanged.connect(self._update_notice)
        self.notice = self.ui.saveNotice  # what is not saved, while it lasts
        self.notice.hide()
        self.saved_label = SavedLabel(self)  # "Saved 14:03": when an answer was last stored
        self.ui.topBar.insertWidget(1, self.saved_label)
        self.saved_label.watch(self.saver.db)  # the saver's own connection
        self.ui.screens.setCurrentWidget(self.ui.answerScreen)
        self.respondent_mode = RespondentMode(self, lambda: self.clock())
        self.respondent_mode.changed.connect(self._on_respondent_mode)
        self.respondent_mode.waiting.connect(self._show_wait)
        section_list.install(self.ui.sectionList)
        self.ui.sectionList.setVisible(len(self.sections) > 1)  # one section: all room to it
        for _ in self.sections:
            self.ui.sectionList.addItem(QListWidgetItem())
            self.ui.pages.addWidget(QWidget())  # placeholder until first shown
        self.nothing_asked: QLabel | None = None  # every question of the role left out
        if not self.sections:
            self.nothing_asked = QLabel(self.ui.pages)
            self.nothing_asked.setObjectName("nothingAsked")
            self.nothing_asked.setWordWrap(True)
            self.nothing_asked.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.ui.pages.addWidget(self.nothing_asked)
            self.ui.pages.setCurrentWidget(self.nothing_asked)
        self.ui.splitter.setStretchFactor(1, 4)
        self._sidebar_moved = False  # the consultant dragged it: the window keeps it
        self.ui.splitter.splitterMoved.connect(lambda *_: setattr(self, "_sidebar_moved", True))
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
            (QKeySequence(Qt.Key.Key_F11), self._toggle_workshop),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go(+1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go(-1)),
            (QKeySequence("Alt+Right"), lambda: self.go(+1)),
            (QKeySequence("Alt+Left"), lambda: self.go(-1)),
            (QKeySequence("Ctrl+U"), self.next_unanswered),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), lambda: self.change_zoom(+1)),
            (QKeySequence("Ctrl+="), lambda: self.change_zoom(+1)),  # + is Shift+= in the US
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), lambda: self.change_zoom(-1)),
            (QKeySequence("Ctrl+0"), lambda: self.change_zoom(0)),
        ):
            QShortcut(keys, self, activated=slot)
        self._retranslate()
        geometry.place(self, self.settings)
        self.resume()
        # The other pages are built while the user reads the first: one per event-loop
        # turn, so a switch later only shows a ready page.
        QTimer.singleShot(0, self, self._prebuild_next)

    def _prebuild_next(self) -> None:
        for index in range(len(self.sections)):
            if index not in self.pages:
                self.page(index)
                QTimer.singleShot(0, self, self._prebuild_next)
                return

    # --- pages ---------------------------------------------------------------------

    def page(self, index: int) -> SectionPage:
        """The page of section `index`, built the first time it is needed."""
        if index not in self.pages:
            page = SectionPage(
                self.form, self.sections[index], self.respondent.role, self.lang, self.answers
            )
            page.answered.connect(self.save_answer)
            for widget in page.questions:
                self.widgets[widget.question.id] = widget
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
        if not 0 <= index < len(self.sections) or self.thanking:
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
        if self.thanking:
            return  # the respondent is done: only the consultant's PIN leaves
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
        return [q.id for q in finishing.missing_questions(self.sections[index], self.answers)]

    def next_unanswered(self) -> None:
        if self.thanking:
            return
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

    @property
    def write_db(self):
        """The connection the wizard writes with (its own, short busy wait)."""
        return self.saver.db

    def save_answer(self, question_id: str, raw: object) -> None:
        widget = self.widgets.get(question_id)
        keep = widget is not None and widget.text_edit is not None
        self.saver.save(question_id, raw, keep=keep)

    def _on_stored(self, question_id: str, value: object) -> None:
        widget = self.widgets.get(question_id)
        if widget is not None:
            widget.show_value(value)
        self._refresh_progress()
        self.answerSaved.emit(self.snapshot.id, self.respondent.id)

    def _on_pending(self, question_id: str, raw: object) -> None:
        widget = self.widgets.get(question_id)
        if widget is not None:
            widget.show_pending(raw)

    def _on_refused(self, question_id: str, value: object, _raw: object) -> None:
        widget = self.widgets.get(question_id)
        if widget is not None:
            widget.show_refused(value)
        self._refresh_progress()

    def _on_problem(self, text: str, first: bool) -> None:
        self._update_notice()
        if first:  # one dialog for a run of failures; then the notice bar says it
            dialogs.warn(self, self.tr("Answer not saved"), text)

    def _update_notice(self) -> None:
        lines = []
        if self.saver.problem_text:
            lines.append(
                self.tr("Not saved: %1 The questions show what is saved.").replace(
                    "%1", self.saver.problem_text
                )
            )
        if self.saver.waiting:
            lines.append(
                self.tr(
                    "Answers waiting to be saved: %1. The data is busy (another part of the "
                    "app or another program is writing); they are saved as soon as it is free."
                ).replace("%1", str(len(self.saver.waiting)))
            )
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def _not_saved_text(self, ids: list[str]) -> str:
        shown = ", ".join(ids[:8]) + (" …" if len(ids) > 8 else "")
        reason = self.saver.problem_text or self.tr(
            "The data is busy: another part of the app or another program is writing."
        )
        return self.tr("These answers are not saved: %1").replace("%1", shown) + "\n\n" + reason

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
        if self.thanking:
            return
        page = self.pages.get(self.current_index())
        if page is not None:
            page.flush()
        left = self.saver.flush()
        if left:
            text = (
                self._not_saved_text(left)
                + "\n\n"
                + self.tr("They are tried again in a moment; finish when they are saved.")
            )
            dialogs.warn(self, self.tr("Finish"), text)
            return
        missing = [
            (index, section, questions)
            for index, section in enumerate(self.sections)
            if (questions := finishing.missing_questions(section, self.answers))
        ]
        respondent = self.in_respondent_mode
        if not missing:
            if respondent:
                self.show_thanks()
                return
            dialogs.inform(
                self, self.tr("Finished"), self.tr("Every question is answered. Thank you!")
            )
            self.close()
            return
        text = finishing.summary(
            [(section, questions) for _i, section, questions in missing],
            self.lang,
            self.respondent.role,
            respondent,
        )
        if dialogs.choose(self, self.tr("Finish"), text, finishing.choices()) == 1:
            if respondent:
                self.show_thanks()
            else:
                self.close()
        else:  # go to the first unanswered question (also when the message is closed)
            self.show_section(missing[0][0], "unanswered")

    @property
    def thanking(self) -> bool:
        """The respondent finished: the thank-you screen waits for the consultant."""
        return self.ui.screens.currentWidget() is self.ui.thanksScreen

    def show_thanks(self) -> None:
        self.ui.screens.setCurrentWidget(self.ui.thanksScreen)
        self.ui.thanksScreen.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- modes ---------------------------------------------------------------------

    def _toggle_workshop(self) -> None:
        if not self.in_respondent_mode:  # F11 does nothing while a respondent holds it
            self.ui.workshopButton.toggle()

    def set_workshop_mode(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        elif not self.in_respondent_mode:
            self.showNormal()
        self._apply_zoom()
        self._retranslate()

    def change_zoom(self, step: int) -> None:
        """Ctrl+plus (+1), Ctrl+minus (-1), Ctrl+0 (0): the text size of the mode on."""
        self.zoom.change(self.ui.workshopButton.isChecked(), step)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        zoom = self.zoom.value(self.ui.workshopButton.isChecked())
        if zoom != self._zoom_shown:
            self._zoom_shown = zoom
            self.setStyleSheet(wizard_qss(zoom))
            page = self.pages.get(self.current_index())
            if page is not None and page.last is not None:
                QTimer.singleShot(0, page, lambda p=page: p.ensureWidgetVisible(p.last, 0, 40))

    @property
    def in_respondent_mode(self) -> bool:
        return self.respondent_mode.active

    def hand_over(self) -> None:
        self.respondent_mode.hand_over()

    def leave_respondent_mode(self) -> bool:
        return self.respondent_mode.leave()

    def _on_respondent_mode(self, on: bool) -> None:
        self.ui.handOverButton.setVisible(not on)
        self.ui.consultantButton.setVisible(on)
        self.ui.workshopButton.setVisible(not on)  # no workshop mode for a respondent
        if on:
            self.showFullScreen()
            self.raise_()
            self.activateWindow()
        else:
            self.ui.screens.setCurrentWidget(self.ui.answerScreen)  # the consultant is back
            if not self.ui.workshopButton.isChecked():
                self.showNormal()
        self._retranslate()
        self.respondentModeChanged.emit(on)

    def _show_wait(self, seconds: int) -> None:
        """The consultant's button while wrong PINs make it wait: a countdown."""
        button = self.ui.consultantButton
        button.setEnabled(seconds <= 0)
        if seconds > 0:
            button.setText(self.tr("Consultant… (wait %1 s)").replace("%1", str(seconds)))
        else:
            button.setText(self.tr("Consultant…"))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The section list takes a fifth of the width (the questions need the rest on a
        1024-px screen) until the consultant drags it."""
        super().resizeEvent(event)
        if not self._sidebar_moved:
            width = self.ui.splitter.width()
            side = geometry.sidebar_width(width)
            self.ui.splitter.blockSignals(True)
            self.ui.splitter.setSizes([side, max(1, width - side)])
            self.ui.splitter.blockSignals(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            if self.ui.workshopButton.isChecked() and not self.in_respondent_mode:
                self.ui.workshopButton.setChecked(False)
            return  # Escape never closes the wizard by accident
        if self.thanking:
            return  # nothing to answer on the thank-you screen
        page = self.pages.get(self.current_index())
        if event.text() and page is not None and page.take_key(event):
            return  # an answer key while a button of the window had the focus
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.in_respondent_mode and not self.leave_respondent_mode():
            event.ignore()
            return
        for page in self.pages.values():
            page.flush()
        left = self.saver.flush()
        if left:
            text = (
                self._not_saved_text(left)
                + "\n\n"
                + self.tr(
                    "Close anyway and lose them? Keep the window open and they are tried again."
                )
            )
            if not dialogs.ask(
                self, self.tr("Answers not saved"), text, confirm=self.tr("Close without them")
            ):
                event.ignore()
                return
            log.warning("wizard closed with answers not saved: %s", ", ".join(left))
        geometry.remember(self, self.settings)
        self.saver.close()
        super().closeEvent(event)

    # --- language ------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.saved_label.retranslate()
        who = self.respondent.label
        self.setWindowTitle(
            self.tr("Assessment: %1 · %2")
            .replace("%1", who)
            .replace("%2", role_name(self.respondent.role))
        )
        self.ui.titleLabel.setText(self.windowTitle())
        if self.nothing_asked is not None:
            self.nothing_asked.setText(
                self.tr(
                    "Nothing is asked of this respondent: every question for the role %1 is "
                    "left out for this client (Edit → Applicability…)."
                ).replace("%1", role_name(self.respondent.role))
            )
        if self.in_respondent_mode:  # no workshop mode (F11) while a respondent holds it
            hint = self.tr("Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on")
        elif self.ui.workshopButton.isChecked():
            hint = self.tr(
                "Keys: digits answer · N = N/A · Enter goes on · Ctrl+plus / Ctrl+minus text "
                "size · Esc leaves workshop mode"
            )
        else:
            hint = self.tr(
                "Keys: digits answer · N = N/A · ↑ ↓ or Tab move · Enter goes on · F11 workshop mode"
            )
        self.ui.hintLabel.setText(hint)
        self._refresh_progress()
        self._update_notice()
        if self.respondent_mode.wait_left() > 0:
            self.respondent_mode.tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.lang = current_language()
            for page in self.pages.values():
                page.set_texts(self.lang)
            self._retranslate()
        super().changeEvent(event)
