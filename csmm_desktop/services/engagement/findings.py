"""Problems and requirements: raised at one snapshot, closed (resolved / solved) at the
same or a later one, and carried forward while open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.messages import Message, message
from csmm_desktop.services.checks import (
    TITLE_MAX,
    at,
    check_client_snapshot,
    clean_text,
    clean_topic,
    one_row,
    snapshot_order,
)
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import new_id, now

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Finding:
    """A problem or a requirement, raised at one snapshot and closed (resolved / solved)
    at the same or a later one."""

    id: str
    kind: str  # "problem" or "requirement"
    client_id: str
    title: str
    description: str
    topic_id: str
    raised_snapshot_id: str | None
    closed_snapshot_id: str | None  # resolved (problems) / solved (requirements) at
    note: str  # the resolution / solution note

    @property
    def is_open(self) -> bool:
        return self.closed_snapshot_id is None


_KINDS = {
    "problem": ("problems", "resolved_snapshot_id", "resolution"),
    "requirement": ("requirements", "solved_snapshot_id", "solution"),
}
# what the messages call a problem / a requirement: the noun, a new one, its closing note
_WORDS = {
    "problem": (message("noun.problem"), message("where.new_problem"), message("field.resolution")),
    "requirement": (
        message("noun.requirement"),
        message("where.new_requirement"),
        message("field.solution_note"),
    ),
}


def _titled(kind: str, title: str) -> Message:
    """ "Problem 'Long waits'" / "Requirement 'CRM link'"."""
    if kind == "problem":
        return message("where.problem", title=title)
    return message("where.requirement", title=title)


def _finding(kind: str, row: dict) -> Finding:
    _table, closed, note = _KINDS[kind]
    return Finding(
        row["id"],
        kind,
        row["client_id"],
        row["title"],
        row["description"],
        row["topic_id"],
        row["raised_snapshot_id"],
        row[closed],
        row[note],
    )


def _get_finding(db: Database, kind: str, finding_id: str) -> Finding:
    return _finding(kind, one_row(db, _KINDS[kind][0], finding_id, _WORDS[kind][0]))


def _list_findings(db: Database, kind: str, client_id: str) -> list[Finding]:
    order = snapshot_order(db, client_id)
    rows = db.query(
        f"SELECT * FROM {_KINDS[kind][0]} WHERE client_id = ? ORDER BY created_at, rowid",
        [client_id],
    )
    found = [_finding(kind, r) for r in rows]
    return sorted(found, key=lambda f: order.get(f.raised_snapshot_id or "", -1))


def _add_finding(
    db: Database, kind: str, snapshot_id: str, title: str, description: str, topic_id: str
) -> Finding:
    where = _WORDS[kind][1]
    title = clean_text(
        title, at(where, message("field.title")), required=True, limit=TITLE_MAX, line=True
    )
    where = _titled(kind, title)
    row = {
        "id": new_id(),
        "title": title,
        "description": clean_text(description, at(where, message("field.description"))),
        "topic_id": clean_topic(topic_id, where),
        "raised_snapshot_id": snapshot_id,
    }
    stamp = now()
    with db.atomic():
        row["client_id"] = get_snapshot(db, snapshot_id).client_id
        db.table(_KINDS[kind][0]).insert({**row, "created_at": stamp, "updated_at": stamp})
    return _get_finding(db, kind, row["id"])


def _update_finding(
    db: Database,
    kind: str,
    finding_id: str,
    title: str | None,
    description: str | None,
    topic_id: str | None,
) -> Finding:
    changes: dict[str, str] = {}
    with db.atomic():
        where = _titled(kind, _get_finding(db, kind, finding_id).title)
        if title is not None:
            changes["title"] = clean_text(
                title, at(where, message("field.title")), required=True, limit=TITLE_MAX, line=True
            )
        if description is not None:
            what = at(where, message("field.description"))
            changes["description"] = clean_text(description, what)
        if topic_id is not None:
            changes["topic_id"] = clean_topic(topic_id, where)
        if changes:
            db.table(_KINDS[kind][0]).update(finding_id, {**changes, "updated_at": now()})
    return _get_finding(db, kind, finding_id)


def _close_finding(
    db: Database, kind: str, finding_id: str, snapshot_id: str | None, note: str
) -> Finding:
    table, closed_col, note_col = _KINDS[kind]
    with db.atomic():
        finding = _get_finding(db, kind, finding_id)
        where = _titled(kind, finding.title)
        note = clean_text(note, at(where, _WORDS[kind][2]))
        if snapshot_id is not None:
            check_client_snapshot(db, snapshot_id, finding.client_id, where)
            order = snapshot_order(db, finding.client_id)
            if order.get(finding.raised_snapshot_id or "", -1) > order[snapshot_id]:
                if kind == "problem":
                    raise InputError(message("finding.problem_too_early", where=where))
                raise InputError(message("finding.requirement_too_early", where=where))
        db.table(table).update(
            finding_id,
            {
                closed_col: snapshot_id,
                note_col: note if snapshot_id else "",
                "updated_at": now(),
            },
        )
    return _get_finding(db, kind, finding_id)


def _delete_finding(db: Database, kind: str, finding_id: str) -> None:
    with db.atomic():
        _get_finding(db, kind, finding_id)
        db.execute(f"DELETE FROM {_KINDS[kind][0]} WHERE id = ?", [finding_id])


def _open_at(db: Database, kind: str, snapshot_id: str, carried_only: bool) -> list[Finding]:
    snap = get_snapshot(db, snapshot_id)
    order = snapshot_order(db, snap.client_id)
    here = order[snapshot_id]
    found = []
    for f in _list_findings(db, kind, snap.client_id):
        raised = order.get(f.raised_snapshot_id or "", -1)
        closed = order.get(f.closed_snapshot_id or "")
        if raised > here or (carried_only and raised == here):
            continue
        if closed is None or closed > here:
            found.append(f)
    return found


def _closed_at(db: Database, kind: str, snapshot_id: str) -> list[Finding]:
    snap = get_snapshot(db, snapshot_id)
    return [
        f for f in _list_findings(db, kind, snap.client_id) if f.closed_snapshot_id == snapshot_id
    ]


def add_problem(
    db: Database, snapshot_id: str, title: str, description: str = "", topic_id: str = ""
) -> Finding:
    return _add_finding(db, "problem", snapshot_id, title, description, topic_id)


def update_problem(
    db: Database,
    problem_id: str,
    *,
    title: str | None = None,
    description: str | None = None,
    topic_id: str | None = None,
) -> Finding:
    return _update_finding(db, "problem", problem_id, title, description, topic_id)


def delete_problem(db: Database, problem_id: str) -> None:
    _delete_finding(db, "problem", problem_id)


def get_problem(db: Database, problem_id: str) -> Finding:
    return _get_finding(db, "problem", problem_id)


def list_problems(db: Database, client_id: str) -> list[Finding]:
    """All of a client's problems, in the order they were raised."""
    return _list_findings(db, "problem", client_id)


def resolve_problem(db: Database, problem_id: str, snapshot_id: str, note: str = "") -> Finding:
    """Mark a problem resolved at a snapshot (the same one or a later one)."""
    return _close_finding(db, "problem", problem_id, snapshot_id, note)


def reopen_problem(db: Database, problem_id: str) -> Finding:
    return _close_finding(db, "problem", problem_id, None, "")


def problems_open_at(
    db: Database, snapshot_id: str, *, carried_only: bool = False
) -> list[Finding]:
    """Problems open at a snapshot: raised there or earlier, not resolved by then.
    carried_only: only those raised at earlier snapshots (carried forward)."""
    return _open_at(db, "problem", snapshot_id, carried_only)


def problems_resolved_at(db: Database, snapshot_id: str) -> list[Finding]:
    return _closed_at(db, "problem", snapshot_id)


def add_requirement(
    db: Database, snapshot_id: str, title: str, description: str = "", topic_id: str = ""
) -> Finding:
    return _add_finding(db, "requirement", snapshot_id, title, description, topic_id)


def update_requirement(
    db: Database,
    requirement_id: str,
    *,
    title: str | None = None,
    description: str | None = None,
    topic_id: str | None = None,
) -> Finding:
    return _update_finding(db, "requirement", requirement_id, title, description, topic_id)


def delete_requirement(db: Database, requirement_id: str) -> None:
    _delete_finding(db, "requirement", requirement_id)


def get_requirement(db: Database, requirement_id: str) -> Finding:
    return _get_finding(db, "requirement", requirement_id)


def list_requirements(db: Database, client_id: str) -> list[Finding]:
    return _list_findings(db, "requirement", client_id)


def solve_requirement(
    db: Database, requirement_id: str, snapshot_id: str, note: str = ""
) -> Finding:
    """Mark a requirement solved at a snapshot (the same one or a later one)."""
    return _close_finding(db, "requirement", requirement_id, snapshot_id, note)


def reopen_requirement(db: Database, requirement_id: str) -> Finding:
    return _close_finding(db, "requirement", requirement_id, None, "")


def requirements_open_at(
    db: Database, snapshot_id: str, *, carried_only: bool = False
) -> list[Finding]:
    return _open_at(db, "requirement", snapshot_id, carried_only)


def requirements_solved_at(db: Database, snapshot_id: str) -> list[Finding]:
    return _closed_at(db, "requirement", snapshot_id)
