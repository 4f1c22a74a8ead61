"""Saving the wizard's answers: what is shown as saved is what the store holds.

Each answer is written at once, on the wizard's own connection, which waits at most
BUSY_MS for another writer (the timer's retries do not wait at all): the window never
freezes for long. When another writer (an
import) holds the data longer, the answer is *pending*: shown as waiting, not counted,
and tried again by a timer with a growing pause (RETRY_MS) until it is stored, or fails
for another reason. While answers wait, new answers join the queue without a try of their
own (each try may wait BUSY_MS); a newer answer to the same question replaces the older.

Any other failure (disk full, folder gone or read-only, a refusal of the service) leaves
the value the store holds on screen (read again from the store when it can be) and is
reported: `problem` says whether it is the first of a run, so the window shows one dialog
and then only its notice bar while the trouble lasts; a write that gets through ends the
run. Free-text answers that failed are kept (`unsaved`) for the editor to try again.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from csmm_desktop.messages import UserError
from csmm_desktop.services import assessment
from csmm_desktop.store.errors import StoreBusyError, StoreError, classify
from csmm_desktop.views.writes import ERRORS, describe, store_path

log = logging.getLogger(__name__)

BUSY_MS = 250  # how long a new answer waits for another writer, on the UI thread
RETRY_MS = (250, 500, 1000, 2000)  # pauses between tries of pending answers


def _same(raw: object, value: str | None) -> bool:
    return ((str(raw).strip() if raw is not None else "") or None) == value


class AnswerSaver(QObject):
    stored = Signal(str, object)  # question id, the value stored (None: no answer)
    pending = Signal(str, object)  # question id, the answer waiting for the data
    refused = Signal(str, object, object)  # question id, value the store holds, not saved
    problem = Signal(str, bool)  # what went wrong (in the UI's language), first of a run
    stateChanged = Signal()  # pending answers or the problem changed

    def __init__(
        self, db: Any, respondent_id: str, answers: dict[str, str], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.shared = db
        self.db = self._own_connection(db)
        self.respondent_id = respondent_id
        self.answers = answers  # what the store holds: the dict the window counts
        self.waiting: dict[str, object] = {}  # question id -> answer waiting (busy)
        self.unsaved: dict[str, object] = {}  # question id -> kept answer that failed
        self.problem_text = ""  # the current run of failures, in words ("" if none)
        self._kept: dict[str, bool] = {}  # question id -> keep a failed answer
        self._tries = 0
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)

    @staticmethod
    def _own_connection(db: Any) -> Any:
        """A connection of the wizard's own with a short busy wait; the shared one if the
        file cannot be opened again (its writes then fail and are reported as usual)."""
        path = store_path(db)
        if path is None:
            return db
        from csmm_desktop.store import connect

        try:
            return connect(path, busy_ms=BUSY_MS)
        except ERRORS as exc:
            log.warning("wizard: no own connection to %s (%s); using the shared one", path, exc)
            return db

    def close(self) -> None:
        self._timer.stop()
        if self.db is not self.shared:
            self.db.close()
            self.db = self.shared

    # --- saving --------------------------------------------------------------------

    def save(self, question_id: str, raw: object, *, keep: bool = False) -> None:
        """Store `raw` as the answer to `question_id` (None clears). `keep`: a failed
        answer is kept in `unsaved` (free text stays in its editor)."""
        self.unsaved.pop(question_id, None)
        if self.waiting:
            if question_id in self.waiting and _same(raw, self.answers.get(question_id)):
                del self.waiting[question_id]  # back to what is stored: nothing to wait for
                self.stored.emit(question_id, self.answers.get(question_id))
            else:
                self.waiting[question_id] = raw
                self.pending.emit(question_id, raw)
            self._kept[question_id] = keep
            self._schedule()
            self.stateChanged.emit()
            return
        self._kept[question_id] = keep
        if self._write(question_id, raw) == "busy":
            self._schedule()
        self.stateChanged.emit()

    def retry(self, *, wait: bool = False) -> None:
        """Try the pending answers again (in order); stop at the first still busy. The
        timer's tries do not wait for the lock at all (the timer does the waiting), so the
        window stays responsive however long the other writer takes."""
        if self._writing:
            self._schedule()
            return
        with self._busy_wait(BUSY_MS if wait else 0):
            for question_id, raw in list(self.waiting.items()):
                if self.waiting.get(question_id, self) is not raw:
                    continue  # stored or replaced meanwhile
                if self._write(question_id, raw) == "busy":
                    break
        if self.waiting:
            self._schedule()
        else:
            self._tries = 0
        self.stateChanged.emit()

    def flush(self) -> list[str]:
        """One more try of what waits now; the ids of the answers still not saved."""
        self._timer.stop()
        if self.waiting:
            self.retry(wait=True)
        return self.not_saved()

    def not_saved(self) -> list[str]:
        return list(self.waiting) + [q for q in self.unsaved if q not in self.waiting]

    @contextlib.contextmanager
    def _busy_wait(self, ms: int) -> Iterator[None]:
        """The connection's busy timeout set to `ms` for a while."""
        try:
            before = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
            self.db.execute(f"PRAGMA busy_timeout = {int(ms)}")
        except ERRORS:
            before = None
        try:
            yield
        finally:
            if before is not None:
                with contextlib.suppress(*ERRORS):
                    self.db.execute(f"PRAGMA busy_timeout = {int(before)}")

    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        self._timer.start(RETRY_MS[min(self._tries, len(RETRY_MS) - 1)])
        self._tries += 1

    def _write(self, question_id: str, raw: object) -> str:
        """One try: "stored", "busy" (now pending) or "failed" (reverted, reported)."""
        self._writing = True
        try:
            try:
                value = assessment.set_answer(
                    self.db, self.respondent_id, question_id, None if raw is None else str(raw)
                )
            except ERRORS as exc:
                error = exc if isinstance(exc, UserError) else classify(exc, store_path(self.db))
                if isinstance(error, StoreBusyError):
                    self._wait(question_id, raw)
                    return "busy"
                self._fail(question_id, raw, exc)
                return "failed"
            self.waiting.pop(question_id, None)
            self.unsaved.pop(question_id, None)
            if value is None:
                self.answers.pop(question_id, None)
            else:
                self.answers[question_id] = value
            if self.problem_text:
                log.info("wizard: answers are saved again")
            self.problem_text = ""
            self.stored.emit(question_id, value)
            return "stored"
        finally:
            self._writing = False

    def _wait(self, question_id: str, raw: object) -> None:
        if not self.waiting:
            log.warning("wizard: the data is busy (another writer); answers wait to be saved")
        self.waiting[question_id] = raw
        self.pending.emit(question_id, raw)

    def _fail(self, question_id: str, raw: object, exc: BaseException) -> None:
        self.waiting.pop(question_id, None)
        text = describe(exc, self.db)  # logs a store failure with its traceback
        if not isinstance(exc, StoreError) and isinstance(exc, UserError):
            log.warning("wizard: answer %s refused: %s", question_id, exc)
        kept = self._stored_value(question_id)
        if self._kept.get(question_id):
            self.unsaved[question_id] = raw
        first = not self.problem_text
        self.problem_text = text
        self.refused.emit(question_id, kept, raw)
        self.problem.emit(text, first)

    def _stored_value(self, question_id: str) -> str | None:
        """What the store holds for the question: read again, else the last value known."""
        try:
            value = assessment.answers_of(self.db, self.respondent_id).get(question_id)
        except ERRORS as exc:
            log.warning("wizard: cannot read back %s after a failed write: %s", question_id, exc)
            return self.answers.get(question_id)
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        return value
