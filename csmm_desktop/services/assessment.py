"""Respondents, answers, scores and response files of a snapshot."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import ROLES, Form, load_form
from csmm_desktop.domain.scoring import Scores, score
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import new_id, now
from csmm_desktop.store.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.domain.response_file import ResponseFile

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


def snapshot_form(db: Database, snapshot_id: str) -> Form:
    """The form version the snapshot was answered with."""
    return load_form(get_snapshot(db, snapshot_id).form_version)


def list_respondents(db: Database, snapshot_id: str) -> list[Respondent]:
    rows = db.query(
        "SELECT id, snapshot_id, role, name, code, updated_at FROM respondents "
        "WHERE snapshot_id = ? ORDER BY created_at, rowid",
        [snapshot_id],
    )
    return [Respondent(**r) for r in rows]


def respondent_progress(db: Database, snapshot_id: str) -> list[RespondentProgress]:
    """Each respondent of a snapshot with how much of their part they have answered."""
    form = snapshot_form(db, snapshot_id)
    answered: dict[str, int] = defaultdict(int)
    for rid, qid, value in db.execute(
        "SELECT a.respondent_id, a.question_id, a.value FROM answers a "
        "JOIN respondents r ON r.id = a.respondent_id WHERE r.snapshot_id = ?",
        [snapshot_id],
    ):
        question = form.questions.get(qid)
        if question is not None and question.normalise(value) is not None:
            answered[rid] += 1
    expected = {
        role: sum(1 for q in form.questions_for(role) if q.scored) for role in form.role_names
    }
    return [
        RespondentProgress(r, answered[r.id], expected.get(r.role, 0))
        for r in list_respondents(db, snapshot_id)
    ]


def respondent_coverage(db: Database, respondent_id: str) -> RespondentProgress:
    respondent = get_respondent(db, respondent_id)
    form = snapshot_form(db, respondent.snapshot_id)
    given = answers_of(db, respondent_id)
    scored = [q for q in form.questions_for(respondent.role) if q.scored]
    answered = sum(1 for q in scored if q.normalise(given.get(q.id)) is not None)
    return RespondentProgress(respondent, answered, len(scored))


def get_respondent(db: Database, respondent_id: str) -> Respondent:
    row = db.execute(
        "SELECT id, snapshot_id, role, name, code, updated_at FROM respondents WHERE id = ?",
        [respondent_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No respondent with id {respondent_id!r}.")
    return Respondent(*row)


def add_respondent(
    db: Database, snapshot_id: str, role: str, name: str = "", code: str = ""
) -> Respondent:
    if role not in ROLES:
        raise InputError(f"Role {role!r} is unknown; use one of: {', '.join(ROLES)}.")
    stamp = now()
    rid = new_id()
    with db.atomic():
        get_snapshot(db, snapshot_id)
        if not name.strip() and not code.strip():
            count = db.execute(
                "SELECT count(*) FROM respondents WHERE snapshot_id = ?", [snapshot_id]
            ).fetchone()[0]
            code = f"R-{count + 1:03d}"
        db["respondents"].insert(
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
            raise InputError("A respondent needs a name or a code.")
        db["respondents"].update(
            respondent_id, {"name": name.strip(), "code": code.strip(), "updated_at": now()}
        )
    return get_respondent(db, respondent_id)


def delete_respondent(db: Database, respondent_id: str) -> None:
    with db.atomic():
        get_respondent(db, respondent_id)
        db.execute("DELETE FROM respondents WHERE id = ?", [respondent_id])


def answers_of(db: Database, respondent_id: str) -> dict[str, str]:
    return dict(
        db.execute(
            "SELECT question_id, value FROM answers WHERE respondent_id = ?", [respondent_id]
        ).fetchall()
    )


def set_answer(db: Database, respondent_id: str, question_id: str, raw: str | None) -> str | None:
    """Save one answer at once (None or '' clears it). Returns the stored value."""
    respondent = get_respondent(db, respondent_id)
    form = snapshot_form(db, respondent.snapshot_id)
    question = form.questions.get(question_id)
    if question is None:
        raise InputError(f"{question_id} is not a question of form version {form.version}.")
    if respondent.role not in question.roles:
        raise InputError(f"A {respondent.role} respondent does not answer {question_id}.")
    try:
        value = question.parse(raw)
    except ValueError as exc:
        raise InputError(f"{question_id}: {raw!r} is not valid: {exc}.") from None
    stamp = now()
    with db.atomic():
        if value is None:
            db.execute(
                "DELETE FROM answers WHERE respondent_id = ? AND question_id = ?",
                [respondent_id, question_id],
            )
        else:
            db.execute(
                "INSERT INTO answers (respondent_id, question_id, value, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (respondent_id, question_id) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [respondent_id, question_id, value, stamp],
            )
        db.execute("UPDATE respondents SET updated_at = ? WHERE id = ?", [stamp, respondent_id])
    return value


def snapshot_scores(db: Database, snapshot_id: str) -> Scores:
    form = snapshot_form(db, snapshot_id)
    respondents = db.execute(
        "SELECT id, role FROM respondents WHERE snapshot_id = ?", [snapshot_id]
    ).fetchall()
    answers: dict[str, dict[str, str]] = defaultdict(dict)
    for rid, qid, value in db.execute(
        "SELECT a.respondent_id, a.question_id, a.value FROM answers a "
        "JOIN respondents r ON r.id = a.respondent_id WHERE r.snapshot_id = ?",
        [snapshot_id],
    ):
        answers[rid][qid] = value
    return score(form, respondents, answers)


def check_response_file(db: Database, snapshot_id: str, path: str | Path) -> ResponseFile:
    """Read and check a file for a snapshot without writing anything (the preview)."""
    from csmm_desktop.domain.response_file import ResponseFileError, read_response_file

    form = snapshot_form(db, snapshot_id)
    parsed = read_response_file(path, form)
    existing = {
        (code or name): True
        for name, code in db.execute(
            "SELECT name, code FROM respondents WHERE snapshot_id = ?", [snapshot_id]
        )
    }
    clashes = [
        f"row {row.line}: respondent '{row.respondent}' already exists in this snapshot"
        for row in parsed.rows
        if row.respondent in existing
    ]
    if clashes:
        raise ResponseFileError(path, clashes)
    return parsed


def import_responses(
    db: Database, snapshot_id: str, path: str | Path, progress: Progress | None = None
) -> ResponseFile:
    """Import a response file into a snapshot: every row or none."""
    progress = progress or (lambda pct, msg: None)
    progress(0, "Checking the file")
    parsed = check_response_file(db, snapshot_id, path)
    progress(40, "Saving the answers")
    stamp = now()
    respondent_rows = []
    answer_rows = []
    for row in parsed.rows:
        rid = new_id()
        respondent_rows.append((rid, snapshot_id, row.role, "", row.respondent, stamp, stamp))
        answer_rows.extend((rid, qid, value, stamp) for qid, value in row.answers.items())
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO respondents (id, snapshot_id, role, name, code, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            respondent_rows,
        )
        db.conn.executemany(
            "INSERT INTO answers (respondent_id, question_id, value, updated_at) "
            "VALUES (?, ?, ?, ?)",
            answer_rows,
        )
    progress(100, "Done")
    return parsed


def write_template(db: Database, snapshot_id: str, path: str | Path) -> Path:
    """An empty response file for the snapshot's form: CSV or XLSX by the file's suffix."""
    from csmm_desktop.domain.response_file import template_rows

    path = Path(path)
    rows = template_rows(snapshot_form(db, snapshot_id))
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "responses"
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "C2"
        workbook.save(path)
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
    return path
