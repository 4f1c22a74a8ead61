"""CX projects: nominated at the board from a source (data, feedback, mystery shopping,
turn-offs, journey deep-dives), taken from nomination to done, with their scope, solution
and timing revisions kept as history (what changed, old → new, and a note)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.messages import Message, message
from csmm_desktop.services.checks import (
    TITLE_MAX,
    UNSET,
    _Unset,
    apply_changes,
    at,
    clean_date,
    clean_text,
    clean_topic,
    clean_whole,
    one_row,
)
from csmm_desktop.services.clients import get_client
from csmm_desktop.services.common import new_id, now
from csmm_desktop.services.cxboard._common import _choice, _owned
from csmm_desktop.services.cxboard.reasons import get_reason_note, reason_text, top_reasons
from csmm_desktop.services.engagement.asof import local_day, next_day

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class CxProject:
    id: str
    client_id: str
    title: str
    description: str
    source: str  # rules.PROJECT_SOURCES
    reason_id: str | None  # the contact reason it came from
    feedback_id: str | None  # the feedback entry it came from
    owner: str
    status: str  # rules.PROJECT_STATUSES
    priority: int  # 1 (highest) .. 5
    next_steps: str
    scope: str
    solution: str
    due_date: str  # YYYY-MM-DD or ""
    topic_id: str  # the form topic it should move
    kpi_id: str | None  # the KPI it should move
    meeting_id: str | None  # the board meeting that nominated it
    nominated_on: str  # YYYY-MM-DD

    @property
    def open(self) -> bool:
        return self.status in rules.OPEN_STATUSES


@dataclass(frozen=True)
class ProjectRevision:
    id: str
    project_id: str
    at: str
    kind: str  # created, changed, note
    changes: dict[str, tuple[object, object]]  # field → (old, new)
    note: str

    @property
    def aspects(self) -> set[str]:
        """What was revised: scope, solution, timing, priority, status, next_steps, details."""
        return {rules.REVISION_ASPECTS.get(f, "details") for f in self.changes}


_FIELDS = (
    "title",
    "description",
    "source",
    "reason_id",
    "feedback_id",
    "owner",
    "status",
    "priority",
    "next_steps",
    "scope",
    "solution",
    "due_date",
    "topic_id",
    "kpi_id",
    "meeting_id",
    "nominated_on",
)
_LINKS = (
    ("reason_id", "contact_reasons", message("noun.contact_reason")),
    ("feedback_id", "cx_feedback", message("noun.feedback")),
    ("kpi_id", "kpis", message("noun.kpi")),
    ("meeting_id", "cx_meetings", message("noun.meeting")),
)
_TEXT_FIELDS = {
    "description": message("field.description"),
    "next_steps": message("field.next_steps"),
    "scope": message("field.scope"),
    "solution": message("field.solution"),
}


def get_project(db: Database, project_id: str) -> CxProject:
    row = one_row(db, "cx_projects", project_id, message("noun.project"))
    return CxProject(**{k: row[k] for k in ("id", "client_id", *_FIELDS)})


def project_history(db: Database, project_id: str) -> list[ProjectRevision]:
    """Every revision of a project, oldest first."""
    get_project(db, project_id)
    rows = db.query(
        "SELECT id, project_id, at, kind, changes, note FROM cx_project_revisions "
        "WHERE project_id = ? ORDER BY at, rowid",
        [project_id],
    )
    return [ProjectRevision(**{**r, "changes": rules.decode_changes(r["changes"])}) for r in rows]


def _as_of(db: Database, project: CxProject, day: str) -> CxProject | None:
    """The project as it stood before `day` (calendar days, as services.engagement.asof
    counts them), or None if it was nominated on or after that day."""
    history = project_history(db, project.id)
    if not history or local_day(history[0].at) >= day:
        return None
    changes = [(local_day(h.at), h.changes) for h in history]
    return CxProject(**rules.state_before(project.__dict__, changes, day))


def list_projects(
    db: Database, client_id: str, *, open_only: bool = False, as_of: str | None = None
) -> list[CxProject]:
    """A client's projects, open ones first, then by priority and nomination date.
    as_of (YYYY-MM-DD): the projects as they stood before that day (from their history),
    as a meeting of that day saw them."""
    columns = ", ".join(("id", "client_id", *_FIELDS))
    rows = db.query(
        f"SELECT {columns} FROM cx_projects WHERE client_id = ? ORDER BY created_at, rowid",
        [client_id],
    )
    found = [CxProject(**r) for r in rows]
    if as_of is not None:
        found = [p for p in (_as_of(db, p, as_of) for p in found) if p is not None]
    if open_only:
        found = [p for p in found if p.open]
    order = list(rules.PROJECT_STATUSES)
    return sorted(
        found, key=lambda p: (not p.open, p.priority, order.index(p.status), p.nominated_on)
    )


def projects_as_of(
    db: Database, client_id: str, day: str, *, open_only: bool = False
) -> list[CxProject]:
    """A client's projects as they stood at the end of `day` (YYYY-MM-DD): nominated by then,
    with the status, owner, due date… their revisions gave them by then."""
    return list_projects(db, client_id, open_only=open_only, as_of=next_day(day))


def _check(db: Database, client_id: str, fields: dict, where: Message) -> dict:
    out = dict(fields)
    if "title" in out:
        what = at(where, message("field.title"))
        out["title"] = clean_text(out["title"], what, required=True, limit=TITLE_MAX, line=True)
    if "owner" in out:
        what = at(where, message("field.owner"))
        out["owner"] = clean_text(out["owner"], what, limit=200, line=True)
    for key, field in _TEXT_FIELDS.items():
        if key in out:
            out[key] = clean_text(out[key], at(where, field))
    if "source" in out:
        _choice(out["source"], rules.PROJECT_SOURCES, where, message("field.source"))
    if "status" in out:
        _choice(out["status"], rules.PROJECT_STATUSES, where, message("field.status"))
    if "priority" in out:
        low, high = min(rules.PRIORITIES), max(rules.PRIORITIES)
        clean_whole(out["priority"], low, high, at(where, message("field.priority")))
    if "due_date" in out:
        what = at(where, message("field.due_date"))
        out["due_date"] = clean_date(out["due_date"], what, optional=True)
    if "nominated_on" in out:
        what = at(where, message("field.nominated_on"))
        out["nominated_on"] = clean_date(out["nominated_on"], what)
    if "topic_id" in out:
        out["topic_id"] = clean_topic(out["topic_id"], where)
    for key, table, noun in _LINKS:
        if out.get(key) is not None:
            _owned(db, table, out[key], noun, client_id, where)
    return out


def _revise(db: Database, project_id: str, kind: str, changes: dict, note: str, at: str) -> None:
    db.table("cx_project_revisions").insert(
        {
            "id": new_id(),
            "project_id": project_id,
            "at": at,
            "kind": kind,
            "changes": rules.encode_changes(changes),
            "note": note,
        }
    )


def nominate_project(
    db: Database,
    client_id: str,
    title: str,
    *,
    source: str = "data",
    description: str = "",
    reason_id: str | None = None,
    feedback_id: str | None = None,
    owner: str = "",
    priority: int = rules.DEFAULT_PRIORITY,
    next_steps: str = "",
    scope: str = "",
    solution: str = "",
    due_date: str = "",
    topic_id: str = "",
    kpi_id: str | None = None,
    meeting_id: str | None = None,
    nominated_on: str | None = None,
) -> CxProject:
    """Nominate a CX project (status "nominated"); its history starts with "created".
    A project nominated from a feedback entry is linked to it in the feedback log too."""
    fields = dict(
        title=title,
        description=description,
        source=source,
        reason_id=reason_id,
        feedback_id=feedback_id,
        owner=owner,
        status="nominated",
        priority=priority,
        next_steps=next_steps,
        scope=scope,
        solution=solution,
        due_date=due_date,
        topic_id=topic_id,
        kpi_id=kpi_id,
        meeting_id=meeting_id,
        nominated_on=nominated_on,
    )
    stamp, project_id = now(), new_id()
    with db.atomic():
        get_client(db, client_id)
        if nominated_on is None:  # the day of the meeting that nominated it, else today
            meeting = (
                one_row(db, "cx_meetings", meeting_id, message("noun.meeting"))
                if meeting_id
                else None
            )
            fields["nominated_on"] = meeting["date"] if meeting else date.today().isoformat()
        row = _check(db, client_id, fields, message("where.project", title=title))
        db.table("cx_projects").insert(
            {
                "id": project_id,
                "client_id": client_id,
                **row,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        _revise(
            db,
            project_id,
            "created",
            {k: (None, v) for k, v in row.items() if v not in (None, "")},
            "",
            stamp,
        )
        if feedback_id is not None:
            db.execute(
                "INSERT OR IGNORE INTO cx_project_feedback (project_id, feedback_id) VALUES (?, ?)",
                [project_id, feedback_id],
            )
    return get_project(db, project_id)


def nominate_from_reason(
    db: Database, reason_id: str, title: str = "", *, lang: str = "en", **fields: object
) -> CxProject:
    """Nominate a project from a contact reason in one call: the title is the reason's name
    unless given, the description (in `lang`) says where the reason stands on the board
    and what the note on it says; source "data" unless given."""
    where = message("where.from_reason")
    _choice(lang, dict.fromkeys(rules.LANGS), where, message("field.language"))
    reason = one_row(db, "contact_reasons", reason_id, message("noun.contact_reason"))
    if not fields.get("description"):
        board = top_reasons(db, reason["client_id"])
        lines = [reason_text(r)[lang] for r in board if r.reason_id == reason_id]
        note = get_reason_note(db, reason_id)
        if note is not None:
            lines += [t for t in (note.emotions, note.pain_points) if t]
        fields["description"] = "\n".join(lines)
    fields.setdefault("source", "data")
    return nominate_project(
        db,
        reason["client_id"],
        title or reason["name"],
        reason_id=reason_id,
        **fields,  # type: ignore[arg-type]
    )


def update_project(
    db: Database,
    project_id: str,
    *,
    note: str = "",
    title: str | None = None,
    description: str | None = None,
    source: str | None = None,
    owner: str | None = None,
    status: str | None = None,
    priority: int | None = None,
    next_steps: str | None = None,
    scope: str | None = None,
    solution: str | None = None,
    due_date: str | None = None,
    topic_id: str | None = None,
    nominated_on: str | None = None,
    reason_id: str | None | _Unset = UNSET,
    feedback_id: str | None | _Unset = UNSET,
    kpi_id: str | None | _Unset = UNSET,
    meeting_id: str | None | _Unset = UNSET,
) -> CxProject:
    """Change a project (status, next steps, scope, solution, timing = due date, priority…);
    one revision records each changed field (old → new) and the note that explains it.
    Links take None to unlink."""
    given: dict[str, object] = dict(
        title=title, description=description, source=source, owner=owner
    )
    given |= dict(status=status, priority=priority, next_steps=next_steps, scope=scope)
    given |= dict(solution=solution, due_date=due_date, topic_id=topic_id)
    given["nominated_on"] = nominated_on
    fields = {k: v for k, v in given.items() if v is not None}
    links = dict(reason_id=reason_id, feedback_id=feedback_id, kpi_id=kpi_id)
    links["meeting_id"] = meeting_id
    fields |= {k: v for k, v in links.items() if v is not UNSET}
    stamp = now()
    with db.atomic():
        project = get_project(db, project_id)
        where = message("where.project", title=project.title)
        note = clean_text(note, at(where, message("field.note")))
        row = _check(db, project.client_id, fields, where)
        changes = apply_changes(db, "cx_projects", project_id, project, row, stamp)
        if changes or note:
            _revise(db, project_id, "changed" if changes else "note", changes, note, stamp)
    return get_project(db, project_id)


def add_project_note(db: Database, project_id: str, note: str) -> None:
    """Record a note on a project (e.g. the board's discussion) without changing it."""
    with db.atomic():
        project = get_project(db, project_id)
        where = message("where.project", title=project.title)
        text = clean_text(note, at(where, message("field.note")), required=True)
        _revise(db, project_id, "note", {}, text, now())


def delete_project(db: Database, project_id: str) -> None:
    """Delete a project with its history; feedback entries stay, no longer linked to it."""
    with db.atomic():
        get_project(db, project_id)
        db.execute("DELETE FROM cx_projects WHERE id = ?", [project_id])
