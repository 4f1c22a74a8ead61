"""The board's feedback log: direct customer feedback (calls, e-mails, face to face, survey
comments), mystery-shopping findings and employees' observations, each linkable to the CX
projects it feeds, and a project nominated from an entry in one call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.messages import Message, message
from csmm_desktop.services.checks import at, clean_date, clean_text, one_row
from csmm_desktop.services.clients import get_client
from csmm_desktop.services.common import new_id, now
from csmm_desktop.services.cxboard._common import _choice, _owned
from csmm_desktop.services.cxboard.projects import CxProject, get_project, nominate_project

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class FeedbackEntry:
    id: str
    client_id: str
    date: str  # YYYY-MM-DD
    source: str  # rules.FEEDBACK_SOURCES
    text: str
    project_ids: tuple[str, ...]  # the projects it is linked to


def _projects_of(db: Database, feedback_id: str) -> tuple[str, ...]:
    rows = db.execute(
        "SELECT l.project_id FROM cx_project_feedback l JOIN cx_projects p ON p.id = l.project_id "
        "WHERE l.feedback_id = ? ORDER BY p.created_at, p.rowid",
        [feedback_id],
    )
    return tuple(r[0] for r in rows)


def get_feedback(db: Database, feedback_id: str) -> FeedbackEntry:
    row = one_row(db, "cx_feedback", feedback_id, message("noun.feedback"))
    return FeedbackEntry(
        row["id"],
        row["client_id"],
        row["date"],
        row["source"],
        row["text"],
        _projects_of(db, feedback_id),
    )


def list_feedback(
    db: Database,
    client_id: str,
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    project_id: str | None = None,
) -> list[FeedbackEntry]:
    """A client's feedback by date: after `since`, up to and including `until`, of one
    source, or linked to one project."""
    sql = "SELECT f.id, f.client_id, f.date, f.source, f.text FROM cx_feedback f "
    sql += "WHERE f.client_id = ?"
    params: list[object] = [client_id]
    for clause, value in (
        (" AND f.date > ?", since),
        (" AND f.date <= ?", until),
        (" AND f.source = ?", source),
        (
            " AND f.id IN (SELECT feedback_id FROM cx_project_feedback WHERE project_id = ?)",
            project_id,
        ),
    ):
        if value is not None:
            sql += clause
            params.append(value)
    links: dict[str, list[str]] = {}
    for feedback_id, linked in db.execute(
        "SELECT l.feedback_id, l.project_id FROM cx_project_feedback l "
        "JOIN cx_projects p ON p.id = l.project_id WHERE p.client_id = ? "
        "ORDER BY p.created_at, p.rowid",
        [client_id],
    ):
        links.setdefault(feedback_id, []).append(linked)
    rows: list[tuple[str, str, str, str, str]] = db.execute(
        sql + " ORDER BY f.date, f.created_at, f.rowid", params
    ).fetchall()
    return [FeedbackEntry(*r, tuple(links.get(r[0], ()))) for r in rows]


def _fields(fields: dict, where: Message) -> dict:
    out = {}
    if fields.get("date") is not None:
        out["date"] = clean_date(fields["date"], at(where, message("field.date")))
    if fields.get("source") is not None:
        source = message("field.source")
        out["source"] = _choice(fields["source"], rules.FEEDBACK_SOURCES, where, source)
    if fields.get("text") is not None:
        what = at(where, message("field.text"))
        out["text"] = clean_text(fields["text"], what, required=True)
    return out


def _link(db: Database, feedback_id: str, client_id: str, project_id: str, where: Message) -> None:
    _owned(db, "cx_projects", project_id, message("noun.project"), client_id, where)
    db.execute(
        "INSERT OR IGNORE INTO cx_project_feedback (project_id, feedback_id) VALUES (?, ?)",
        [project_id, feedback_id],
    )


def add_feedback(
    db: Database,
    client_id: str,
    when: str,
    source: str,
    text: str,
    project_ids: tuple[str, ...] | list[str] = (),
) -> FeedbackEntry:
    where = message("where.feedback", date=when)
    row = _fields(dict(date=when, source=source, text=text), where)
    stamp, feedback_id = now(), new_id()
    with db.atomic():
        get_client(db, client_id)
        db.table("cx_feedback").insert(
            {
                "id": feedback_id,
                "client_id": client_id,
                **row,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        for project_id in project_ids:
            _link(db, feedback_id, client_id, project_id, where)
    return get_feedback(db, feedback_id)


def update_feedback(
    db: Database,
    feedback_id: str,
    *,
    when: str | None = None,
    source: str | None = None,
    text: str | None = None,
) -> FeedbackEntry:
    with db.atomic():
        entry = get_feedback(db, feedback_id)
        row = _fields(
            dict(date=when, source=source, text=text), message("where.feedback", date=entry.date)
        )
        if row:
            db.table("cx_feedback").update(feedback_id, {**row, "updated_at": now()})
    return get_feedback(db, feedback_id)


def delete_feedback(db: Database, feedback_id: str) -> None:
    """Delete an entry; projects nominated from it stay, no longer linked to it."""
    with db.atomic():
        get_feedback(db, feedback_id)
        db.execute("DELETE FROM cx_feedback WHERE id = ?", [feedback_id])


def link_feedback(db: Database, feedback_id: str, project_id: str) -> FeedbackEntry:
    with db.atomic():
        entry = get_feedback(db, feedback_id)
        where = message("where.feedback", date=entry.date)
        _link(db, feedback_id, entry.client_id, project_id, where)
    return get_feedback(db, feedback_id)


def unlink_feedback(db: Database, feedback_id: str, project_id: str) -> FeedbackEntry:
    with db.atomic():
        get_feedback(db, feedback_id)
        get_project(db, project_id)
        db.execute(
            "DELETE FROM cx_project_feedback WHERE project_id = ? AND feedback_id = ?",
            [project_id, feedback_id],
        )
    return get_feedback(db, feedback_id)


def nominate_from_feedback(
    db: Database, feedback_id: str, title: str, **fields: object
) -> CxProject:
    """Nominate a project from a feedback entry: linked to it, its text as the description
    unless given, the source following the entry's (mystery shopping, employee feedback,
    otherwise customer feedback) unless given."""
    entry = get_feedback(db, feedback_id)
    fields.setdefault("description", entry.text)
    source = rules.FEEDBACK_TO_PROJECT_SOURCE.get(entry.source, "customer_feedback")
    fields.setdefault("source", source)
    return nominate_project(
        db,
        entry.client_id,
        title,
        feedback_id=feedback_id,
        **fields,  # type: ignore[arg-type]
    )
