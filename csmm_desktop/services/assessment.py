"""Respondents, answers, scores and response files of a snapshot."""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import NA, ROLES, AnswerError, Form, role_name
from csmm_desktop.domain.scoring import Scores
from csmm_desktop.messages import message
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import new_id, now

# the one computation of a snapshot's scores: the scoring engine fed by one SQL pass
from csmm_desktop.services.score_sql import snapshot_scores as score
from csmm_desktop.store.errors import NotFoundError
from csmm_desktop.store.keys import RESPONDENT_KEY, next_respondent_key, stamp_seconds

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.domain.response_file import ResponseFile, ResponseRow
    from csmm_desktop.messages import Message

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Respondent:
    id: str
    snapshot_id: str
    role: str
    name: str
    code: str
    updated_at: str

    @property
    def label(self) -> str:
        return self.name or self.code or self.id[:8]


@dataclass(frozen=True)
class RespondentProgress:
    respondent: Respondent
    answered: int  # scored answers given (N/A not counted)
    expected: int  # scored questions of the respondent's role

    @property
    def coverage(self) -> float | None:
        return self.answered / self.expected if self.expected else None

    @property
    def status(self) -> str:
        """not_started (no scored answer yet), in_progress, or finished (all answered)."""
        if self.answered == 0:
            return "not_started"
        return "finished" if self.answered >= self.expected else "in_progress"


def snapshot_form(db: Database, snapshot_id: str) -> Form:
    """The form version the snapshot was answered with, without the questions left out
    for the client when it was made (services/applicability.py): what the wizard asks,
    blank forms print, coverage expects and scoring counts."""
    from csmm_desktop.domain.applicability import tailor
    from csmm_desktop.services.applicability import snapshot_items

    full = full_snapshot_form(db, snapshot_id)
    return tailor(full, snapshot_items(db, snapshot_id))


def full_snapshot_form(db: Database, snapshot_id: str) -> Form:
    """The snapshot's form version whole, every question in it (a response file may hold
    answers to a question left out: they are kept, not counted)."""
    from csmm_desktop.services import form_store

    return form_store.load(db, get_snapshot(db, snapshot_id).form_version)


def list_respondents(db: Database, snapshot_id: str) -> list[Respondent]:
    rows = db.query(
        "SELECT id, snapshot_id, role, name, code, updated_at FROM respondents "
        "WHERE snapshot_id = ? ORDER BY created_at, rowid",
        [snapshot_id],
    )
    return [Respondent(**r) for r in rows]


def respondent_progress(db: Database, snapshot_id: str) -> list[RespondentProgress]:
    """Each respondent of a snapshot with how much of their part they have answered,
    counted by SQLite (one pass over the snapshot's answers, nothing normalised here)."""
    form = snapshot_form(db, snapshot_id)
    return _progress_rows(db, form, "r.snapshot_id = ?", [snapshot_id])


def respondent_coverage(db: Database, respondent_id: str) -> RespondentProgress:
    respondent = get_respondent(db, respondent_id)
    form = snapshot_form(db, respondent.snapshot_id)
    return _progress_rows(db, form, "r.id = ?", [respondent_id])[0]


_SEP = "\x1f"  # between a role and a question id in a scored-question key


def _scored_questions(form: Form) -> list[str]:
    """ "role␟question" of each scored question of each role: an answer counts when its key
    is one of these and it is not N/A (the stored values were checked when written, so
    this counts what Question.normalise would score)."""
    return [
        role + _SEP + q.id for role in form.role_names for q in form.questions_for(role) if q.scored
    ]


def _answered(form: Form) -> tuple[str, list[str], dict[str, int]]:
    """The SQL counting a respondent `r`'s scored answers (and its parameters), and how
    many scored questions each role has: one pass over each respondent's answers, by
    SQLite (the one place to adapt when the answers table's keys change)."""
    keys = _scored_questions(form)
    expected: dict[str, int] = defaultdict(int)
    for key in keys:
        expected[key.split(_SEP, 1)[0]] += 1
    listed = ", ".join("?" * len(keys)) or "NULL"
    sql = (
        "(SELECT count(*) FROM answers a WHERE a.respondent_key = r.key AND a.value <> ? "
        f"AND r.role || '{_SEP}' || a.question_id IN ({listed}))"
    )
    return sql, [NA, *keys], expected


def _progress_rows(db: Database, form: Form, where: str, params: list) -> list[RespondentProgress]:
    """RespondentProgress of the respondents `where` picks (a condition on `r`), in the
    order they were added."""
    answered, counting, expected = _answered(form)
    rows = db.execute(
        f"SELECT r.id, r.snapshot_id, r.role, r.name, r.code, r.updated_at, {answered} "
        f"FROM respondents r WHERE {where} ORDER BY r.created_at, r.rowid",
        [*counting, *params],
    ).fetchall()
    return [RespondentProgress(Respondent(*row[:6]), row[6], expected[row[2]]) for row in rows]


_BEST: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # as _SCORES, for best_coverage


def best_coverage(db: Database, snapshot_id: str) -> float:
    """The largest share of their part any respondent of the snapshot has answered (0 when
    none), without listing them (the checklist's "form filled" asks this); kept until the
    data changes, as the scores are."""
    version = scores_version(db)
    kept = _BEST.get(db, {}).get(snapshot_id) if _weakable(db) else None
    if kept is not None and kept[0] == version:
        return kept[1]
    best = _best_coverage(db, snapshot_id)
    remember_best_coverage(db, snapshot_id, best, version)
    return best


def remember_best_coverage(
    db: Database, snapshot_id: str, best: float, version: tuple[int, int]
) -> bool:
    """Keep a best coverage found elsewhere (a worker listing the respondents: the largest
    RespondentProgress.coverage), as remember_scores keeps scores."""
    if not _weakable(db) or scores_version(db) != version:
        return False
    _keep(_BEST.setdefault(db, {}), snapshot_id, version, best)
    return True


def _best_coverage(db: Database, snapshot_id: str) -> float:
    form = snapshot_form(db, snapshot_id)
    answered, counting, expected = _answered(form)
    rows = db.execute(
        f"SELECT r.role, max({answered}) FROM respondents r WHERE r.snapshot_id = ? "
        "GROUP BY r.role",
        [*counting, snapshot_id],
    ).fetchall()
    return max((most / expected[role] for role, most in rows if expected[role]), default=0.0)


def get_respondent(db: Database, respondent_id: str) -> Respondent:
    row = db.execute(
        "SELECT id, snapshot_id, role, name, code, updated_at FROM respondents WHERE id = ?",
        [respondent_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            message("id.unknown", what=message("noun.respondent"), text=repr(respondent_id))
        )
    return Respondent(*row)


def add_respondent(
    db: Database, snapshot_id: str, role: str, name: str = "", code: str = ""
) -> Respondent:
    if role not in ROLES:
        raise InputError(
            message("input.unknown", what=message("field.role"), value=role, allowed=ROLES)
        )
    stamp = now()
    rid = new_id()
    with db.atomic():
        get_snapshot(db, snapshot_id)
        if not name.strip() and not code.strip():
            count = db.execute(
                "SELECT count(*) FROM respondents WHERE snapshot_id = ?", [snapshot_id]
            ).fetchone()[0]
            code = f"R-{count + 1:03d}"
        db.table("respondents").insert(
            {
                "id": rid,
                "snapshot_id": snapshot_id,
                "role": role,
                "name": name.strip(),
                "code": code.strip(),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return get_respondent(db, rid)


def rename_respondent(db: Database, respondent_id: str, name: str, code: str) -> Respondent:
    with db.atomic():
        get_respondent(db, respondent_id)
        if not name.strip() and not code.strip():
            raise InputError(message("respondent.no_name"))
        db.execute(
            "UPDATE respondents SET name = ?, code = ?, updated_at = ? WHERE id = ?",
            [name.strip(), code.strip(), now(), respondent_id],
        )
    return get_respondent(db, respondent_id)


def delete_respondent(db: Database, respondent_id: str) -> None:
    with db.atomic():
        get_respondent(db, respondent_id)
        db.execute("DELETE FROM respondents WHERE id = ?", [respondent_id])


def delete_respondents(db: Database, respondent_ids: list[str]) -> None:
    """Several respondents in one transaction (one step of Edit → Undo): all or none."""
    with db.atomic():
        for respondent_id in respondent_ids:
            delete_respondent(db, respondent_id)


def rename_respondents(db: Database, respondent_ids: list[str], prefix: str) -> None:
    """The respondents named "prefix 1", "prefix 2", … in the order given (codes kept)."""
    prefix = " ".join(prefix.split())
    if not prefix:
        raise InputError(message("respondent.no_name"))
    with db.atomic():
        for number, respondent_id in enumerate(respondent_ids, start=1):
            respondent = get_respondent(db, respondent_id)
            rename_respondent(db, respondent_id, f"{prefix} {number}", respondent.code)


# The two reads of stored answers (store/keys.py: answers are keyed by respondents.key):
# a snapshot's, for scores and progress, and one respondent's, for the wizard.


def snapshot_answers(db: Database, snapshot_id: str):
    """(respondent id, question id, stored value) of every answer of the snapshot."""
    return db.execute(
        "SELECT r.id, a.question_id, a.value FROM respondents r "
        "JOIN answers a ON a.respondent_key = r.key WHERE r.snapshot_id = ?",
        [snapshot_id],
    )


def answers_of(db: Database, respondent_id: str) -> dict[str, str]:
    return dict(
        db.execute(
            f"SELECT question_id, value FROM answers WHERE respondent_key = {RESPONDENT_KEY}",
            [respondent_id],
        ).fetchall()
    )


def set_answer(db: Database, respondent_id: str, question_id: str, raw: str | None) -> str | None:
    """Save one answer at once (None or '' clears it). Returns the stored value."""
    respondent = get_respondent(db, respondent_id)
    form = snapshot_form(db, respondent.snapshot_id)
    question = form.questions.get(question_id)
    if question is None and question_id in full_snapshot_form(db, respondent.snapshot_id).questions:
        raise InputError(message("answer.not_applicable", question=question_id))
    if question is None:
        raise InputError(message("answer.not_in_form", question=question_id, version=form.version))
    if respondent.role not in question.roles:
        role = role_name(respondent.role)
        raise InputError(message("answer.not_for_role", role=role, question=question_id))
    try:
        value = question.parse(raw)
    except AnswerError as exc:
        invalid = message("answer.invalid", question=question_id, value=raw, expected=exc.msg)
        raise InputError(invalid) from None
    stamp = now()
    with db.atomic():
        if value is None:
            db.execute(
                f"DELETE FROM answers WHERE respondent_key = {RESPONDENT_KEY} AND question_id = ?",
                [respondent_id, question_id],
            )
        else:
            db.execute(
                "INSERT INTO answers (respondent_key, question_id, value, updated_at) "
                f"VALUES ({RESPONDENT_KEY}, ?, ?, ?) ON CONFLICT (respondent_key, question_id) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [respondent_id, question_id, value, stamp_seconds(stamp)],
            )
        db.execute("UPDATE respondents SET updated_at = ? WHERE id = ?", [stamp, respondent_id])
    return value


# Scores computed once per change of the data and shared by every screen, chart and report
# that asks: per connection, keyed by the snapshot and by what tells a change, SQLite's
# data_version (another connection committed: the import's worker, another process) and
# this connection's total_changes (it wrote, even what it rolled back: a recount then).
_SCORES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SCORES_KEPT = 16  # snapshots per connection


def scores_version(db: Database) -> tuple[int, int]:
    """What tells a change of the data on this connection (see _SCORES)."""
    conn = db.conn
    return (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)


def scores_known(db: Database, snapshot_id: str) -> bool:
    """Whether snapshot_scores would answer at once (kept, and the data unchanged)."""
    hit = _SCORES.get(db, {}).get(snapshot_id) if _weakable(db) else None
    return hit is not None and hit[0] == scores_version(db)


def remember_scores(
    db: Database, snapshot_id: str, scores: Scores, version: tuple[int, int]
) -> bool:
    """Keep scores computed elsewhere (a worker's own connection) for this connection, if
    its data has not changed since `version` (read here before the worker started): the
    worker then read what this connection sees. False (nothing kept) if it changed."""
    if not _weakable(db) or scores_version(db) != version:
        return False
    _keep(_SCORES.setdefault(db, {}), snapshot_id, version, scores)
    return True


def _weakable(db: Database) -> bool:
    try:
        weakref.ref(db)
    except TypeError:
        return False
    return True


def _keep(kept: dict, snapshot_id: str, version: tuple[int, int], value: object) -> None:
    """Keep `value` (scores, a best coverage) for the snapshot at `version`: the newest
    _SCORES_KEPT snapshots per connection."""
    kept.pop(snapshot_id, None)
    kept[snapshot_id] = (version, value)
    while len(kept) > _SCORES_KEPT:
        kept.pop(next(iter(kept)))


def respondent_counts(db: Database, client_id: str) -> dict[str, int]:
    """How many respondents each snapshot of the client has (one indexed count)."""
    # a count per snapshot from the index alone: the join and GROUP BY took 35-60 ms for a
    # client with 100,000 respondents, this 6-8 ms (it sits on the start's UI thread)
    return dict(
        db.execute(
            "SELECT s.id, (SELECT count(*) FROM respondents r WHERE r.snapshot_id = s.id) "
            "FROM snapshots s WHERE s.client_id = ?",
            [client_id],
        ).fetchall()
    )


def snapshot_scores(db: Database, snapshot_id: str) -> Scores:
    """The snapshot's scores; the same object until the data changes (never mutate it)."""
    version = scores_version(db)
    try:
        kept = _SCORES.setdefault(db, {})
    except TypeError:  # a connection that cannot be weakly referenced: no sharing
        return _compute_scores(db, snapshot_id)
    hit = kept.get(snapshot_id)
    if hit is not None and hit[0] == version:
        return hit[1]
    scores = _compute_scores(db, snapshot_id)
    _keep(kept, snapshot_id, version, scores)
    return scores


def _compute_scores(db: Database, snapshot_id: str) -> Scores:
    from csmm_desktop.services.score_cache import folder_of

    return score(db.conn, snapshot_id, snapshot_form(db, snapshot_id), folder_of(db))


def _existing_respondents(db: Database, snapshot_id: str) -> dict[str, list[str]]:
    """The snapshot's respondents by the label a response file names them with (their code,
    else their name, cleaned as the file's are) -> their ids."""
    from csmm_desktop.domain.text import clean_line

    found: dict[str, list[str]] = defaultdict(list)
    for rid, name, code in db.execute(
        "SELECT id, name, code FROM respondents WHERE snapshot_id = ?", [snapshot_id]
    ):
        found[clean_line(code or name)].append(rid)
    return found


def _progress_in(progress: Progress | None, start: int, end: int, text: str) -> Progress | None:
    if progress is None:
        return None
    return lambda pct, _msg: progress(start + (end - start) * pct // 100, text)


def check_response_file(
    db: Database,
    snapshot_id: str,
    path: str | Path,
    progress: Progress | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ResponseFile:
    """Read and check a file for a snapshot without writing anything (the preview). The
    respondents it names that are already in the snapshot are listed in `existing`: the
    import refuses them unless asked to replace them. Raises ResponseFileError, or
    ImportCancelled when `cancelled()` turns true."""
    from csmm_desktop.domain.response_file import ResponseReader

    form = full_snapshot_form(db, snapshot_id)  # a left-out question's answers: kept
    left = _left_out_questions(db, snapshot_id, form)
    not_counted = 0
    existing = _existing_respondents(db, snapshot_id)
    with ResponseReader(path, form) as reader:
        step = _progress_in(progress, 0, 100, "Checking the file")
        for row in reader.rows(step, cancelled):
            if row.respondent in existing:
                reader.existing.append((row.line, row.respondent))
            if left:
                not_counted += len(left.intersection(row.answers))
        parsed = reader.result()
        parsed.not_counted = not_counted
        return parsed


def _left_out_questions(db: Database, snapshot_id: str, full: Form) -> frozenset[str]:
    """The questions of the snapshot's form left out for the client."""
    asked = snapshot_form(db, snapshot_id).questions
    return frozenset(q for q in full.questions if q not in asked)


def import_notes(parsed: ResponseFile) -> list[Message]:
    """What the import's summary says besides its counts: the answers kept, not counted."""
    n = parsed.not_counted
    if not n:
        return []
    return [message("import.not_counted_one") if n == 1 else message("import.not_counted", count=n)]


def import_responses(
    db: Database,
    snapshot_id: str,
    path: str | Path,
    progress: Progress | None = None,
    *,
    replace: bool = False,
    expect_replaced: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ResponseFile:
    """Import a response file into a snapshot: every row or none, in one transaction.

    The file is streamed: each row is checked and inserted as it is read, inside one
    `db.atomic()`, and any problem (or a cancel) rolls everything back. Respondents the
    file names that are already in the snapshot are looked up inside that transaction (a
    second import of the same file waits for the first, then sees its rows): they are
    refused, naming the rows, unless `replace`, which deletes them (with their answers)
    and imports them anew. `expect_replaced`: how many the user agreed to replace; a
    different number at import time refuses the file."""
    from csmm_desktop.domain.response_file import ResponseReader
    from csmm_desktop.messages import message

    form = full_snapshot_form(db, snapshot_id)  # a left-out question's answers: kept
    left = _left_out_questions(db, snapshot_id, form)
    not_counted = 0
    with ResponseReader(path, form) as reader:  # a file that cannot be read: no lock taken
        if progress:
            progress(0, "Importing the file")
        step = _progress_in(progress, 0, 95, "Importing the file")
        with db.atomic():
            get_snapshot(db, snapshot_id)
            existing = _existing_respondents(db, snapshot_id)
            writer = _ResponseWriter(db, snapshot_id)
            for row in reader.rows(step, cancelled):
                old = existing.get(row.respondent)
                if old:
                    reader.existing.append((row.line, row.respondent))
                    if not replace:
                        reader.add_problem(
                            message("import.already_exists", row=row.line, value=row.respondent)
                        )
                    elif reader.ok:
                        writer.delete(old)
                if reader.ok:
                    writer.add(row)
                    if left:
                        not_counted += len(left.intersection(row.answers))
            count = len(reader.existing)
            if replace and expect_replaced is not None and count != expect_replaced:
                reader.add_problem(
                    message("import.snapshot_changed", count=count, expected=expect_replaced)
                )
            parsed = reader.result()  # raises when anything was wrong: all is rolled back
            writer.flush()
            parsed.replaced = writer.deleted
            parsed.not_counted = not_counted
    if progress:
        progress(100, "Done")
    return parsed


class _ResponseWriter:
    """Inserts respondents and their answers in batches (inside the caller's transaction)."""

    BATCH_ANSWERS = 20_000

    def __init__(self, db: Database, snapshot_id: str):
        self.conn = db.conn
        self.snapshot_id = snapshot_id
        self.stamp = now()
        self.seconds = stamp_seconds(self.stamp)
        self.key = next_respondent_key(self.conn)  # inside the import's transaction
        self.respondents: list[tuple] = []
        self.answers: list[tuple] = []
        self.doomed: list[tuple[str]] = []
        self.deleted = 0

    def delete(self, respondent_ids: list[str]) -> None:
        """Delete these respondents (their answers go with them) before the next inserts."""
        self.doomed.extend((rid,) for rid in respondent_ids)
        self.deleted += len(respondent_ids)

    def add(self, row: ResponseRow) -> None:
        rid, key = new_id(), self.key
        self.key += 1
        stamp, seconds = self.stamp, self.seconds
        self.respondents.append(
            (key, rid, self.snapshot_id, row.role, "", row.respondent, stamp, stamp)
        )
        answers = row.answers
        self.answers.extend(zip(repeat(key), answers, answers.values(), repeat(seconds)))
        if len(self.answers) >= self.BATCH_ANSWERS:
            self.flush()

    def flush(self) -> None:
        if self.doomed:
            self.conn.executemany("DELETE FROM respondents WHERE id = ?", self.doomed)
            self.doomed = []
        if self.respondents:
            self.conn.executemany(
                "INSERT INTO respondents (key, id, snapshot_id, role, name, code, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                self.respondents,
            )
            self.respondents = []
        if self.answers:
            self.conn.executemany(
                "INSERT INTO answers (respondent_key, question_id, value, updated_at) "
                "VALUES (?, ?, ?, ?)",
                self.answers,
            )
            self.answers = []


def write_template(db: Database, snapshot_id: str, path: str | Path, lang: str = "en") -> Path:
    """An empty response file for the snapshot's form, CSV or XLSX by the file's suffix, that
    says in `lang` what each column asks and who answers it (services/template.py)."""
    from csmm_desktop.services.template import write_template

    return write_template(db, snapshot_id, path, lang)
