"""Action plans: actions in 3-month cycles, their history of revisions and feedback
("dynamic action planning"), and suggested actions for the topics that hold a snapshot back
from the next level (see asof.py for the actions as they stood on a day)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain.engagement import (
    ACTION_STATUSES,
    TopicSuggestion,
    decode_change,
    encode_change,
    suggest_actions,
)
from csmm_desktop.messages import Message, message
from csmm_desktop.services.checks import (
    TITLE_MAX,
    UNSET,
    _Unset,
    apply_changes,
    at,
    check_client_snapshot,
    clean_choice,
    clean_date,
    clean_text,
    clean_topic,
    clean_whole,
    one_row,
)
from csmm_desktop.services.clients import InputError, get_client, get_snapshot
from csmm_desktop.services.common import new_id, now

if TYPE_CHECKING:
    from sqlite_utils import Database

CYCLE_MAX = 99


@dataclass(frozen=True)
class Action:
    id: str
    client_id: str
    snapshot_id: str | None
    title: str
    owner: str
    due_date: str  # YYYY-MM-DD or ""
    status: str  # planned, in_progress, done, dropped
    cycle: int  # the 3-month action-plan cycle
    topic_id: str
    problem_id: str | None
    kpi_id: str | None
    workshop_id: str | None


@dataclass(frozen=True)
class ActionRevision:
    """One entry of an action's history: created / changed (field: old → new) / feedback."""

    id: str
    action_id: str
    at: str
    kind: str  # "created", "changed" or "feedback"
    changes: dict[str, tuple[object, object]]
    feedback: str


_ACTION_FIELDS = (
    "snapshot_id",
    "title",
    "owner",
    "due_date",
    "status",
    "cycle",
    "topic_id",
    "problem_id",
    "kpi_id",
    "workshop_id",
)


def get_action(db: Database, action_id: str) -> Action:
    row = one_row(db, "actions", action_id, message("noun.action"))
    return Action(**{k: row[k] for k in ("id", "client_id", *_ACTION_FIELDS)})


def list_actions(
    db: Database,
    client_id: str,
    *,
    snapshot_id: str | None = None,
    cycle: int | None = None,
    workshop_id: str | None = None,
) -> list[Action]:
    """A client's actions (optionally of one snapshot, cycle or workshop), by cycle and due
    date; actions without a due date come last in their cycle."""
    columns = ", ".join(("id", "client_id", *_ACTION_FIELDS))
    sql = f"SELECT {columns} FROM actions WHERE client_id = ?"
    params: list[object] = [client_id]
    for column, value in (
        ("snapshot_id", snapshot_id),
        ("cycle", cycle),
        ("workshop_id", workshop_id),
    ):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    sql += " ORDER BY cycle, due_date = '', due_date, created_at, rowid"
    return [Action(**row) for row in db.query(sql, params)]


def current_cycle(db: Database, client_id: str) -> int:
    """The highest 3-month cycle a client's actions have reached (1 when none)."""
    found = db.execute("SELECT max(cycle) FROM actions WHERE client_id = ?", [client_id])
    return found.fetchone()[0] or 1


def _check_action(db: Database, client_id: str, fields: dict, where: Message) -> dict:
    out = dict(fields)
    if "title" in out:
        what = at(where, message("field.title"))
        out["title"] = clean_text(out["title"], what, required=True, limit=TITLE_MAX, line=True)
    if "owner" in out:
        what = at(where, message("field.owner"))
        out["owner"] = clean_text(out["owner"], what, limit=200, line=True)
    if "due_date" in out:
        what = at(where, message("field.due_date"))
        out["due_date"] = clean_date(out["due_date"], what, optional=True)
    if "status" in out:
        clean_choice(out["status"], ACTION_STATUSES, at(where, message("field.status")))
    if "cycle" in out:
        clean_whole(out["cycle"], 1, CYCLE_MAX, at(where, message("field.cycle")))
    if "topic_id" in out:
        out["topic_id"] = clean_topic(out["topic_id"], where)
    if out.get("snapshot_id") is not None:
        check_client_snapshot(db, out["snapshot_id"], client_id, where)
    for key, table, noun in (
        ("problem_id", "problems", message("noun.problem")),
        ("kpi_id", "kpis", message("noun.kpi")),
    ):
        linked = out.get(key)
        if linked is not None and one_row(db, table, linked, noun)["client_id"] != client_id:
            raise InputError(message("input.other_client_link", where=where, what=noun))
    if out.get("workshop_id") is not None:
        workshop = one_row(db, "workshops", out["workshop_id"], message("noun.workshop"))
        if get_snapshot(db, workshop["snapshot_id"]).client_id != client_id:
            raise InputError(
                message("input.other_client_link", where=where, what=message("noun.workshop"))
            )
    return out


def _revise(db: Database, action_id: str, kind: str, changes: dict, feedback: str, at: str) -> None:
    db.table("action_revisions").insert(
        {
            "id": new_id(),
            "action_id": action_id,
            "at": at,
            "change": encode_change(kind, changes),
            "feedback": feedback,
        }
    )


def add_action(
    db: Database,
    client_id: str,
    title: str,
    *,
    snapshot_id: str | None = None,
    owner: str = "",
    due_date: str = "",
    status: str = "planned",
    cycle: int | None = None,
    topic_id: str = "",
    problem_id: str | None = None,
    kpi_id: str | None = None,
    workshop_id: str | None = None,
) -> Action:
    """Add an action; its history starts with a "created" revision."""
    fields: dict[str, object] = dict(
        snapshot_id=snapshot_id,
        title=title,
        owner=owner,
        due_date=due_date,
        status=status,
        topic_id=topic_id,
        problem_id=problem_id,
        kpi_id=kpi_id,
        workshop_id=workshop_id,
    )
    stamp, action_id = now(), new_id()
    with db.atomic():
        get_client(db, client_id)
        fields["cycle"] = current_cycle(db, client_id) if cycle is None else cycle
        row = _check_action(db, client_id, fields, message("where.action", title=title))
        db.table("actions").insert(
            {
                "id": action_id,
                "client_id": client_id,
                **row,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        initial = {k: [None, v] for k, v in row.items() if v not in (None, "")}
        _revise(db, action_id, "created", initial, "", stamp)
    return get_action(db, action_id)


def update_action(
    db: Database,
    action_id: str,
    *,
    feedback: str = "",
    title: str | None = None,
    owner: str | None = None,
    due_date: str | None = None,
    status: str | None = None,
    cycle: int | None = None,
    topic_id: str | None = None,
    snapshot_id: str | None | _Unset = UNSET,
    problem_id: str | None | _Unset = UNSET,
    kpi_id: str | None | _Unset = UNSET,
    workshop_id: str | None | _Unset = UNSET,
) -> Action:
    """Change an action; one revision records each changed field (old → new) and the
    feedback that led to it ("dynamic action planning"). Links take None to unlink."""
    given = dict(title=title, owner=owner, due_date=due_date, status=status, cycle=cycle)
    given["topic_id"] = topic_id
    fields: dict[str, object] = {k: v for k, v in given.items() if v is not None}
    links = dict(snapshot_id=snapshot_id, problem_id=problem_id, kpi_id=kpi_id)
    links["workshop_id"] = workshop_id
    fields.update({k: v for k, v in links.items() if v is not UNSET})
    stamp = now()
    with db.atomic():
        action = get_action(db, action_id)
        where = message("where.action", title=action.title)
        feedback = clean_text(feedback, at(where, message("field.feedback")))
        row = _check_action(db, action.client_id, fields, where)
        changes = apply_changes(db, "actions", action_id, action, row, stamp)
        if changes or feedback:
            _revise(db, action_id, "changed" if changes else "feedback", changes, feedback, stamp)
    return get_action(db, action_id)


def add_action_feedback(db: Database, action_id: str, feedback: str) -> None:
    """Record feedback on an action without changing it."""
    with db.atomic():
        action = get_action(db, action_id)
        where = message("where.action", title=action.title)
        text = clean_text(feedback, at(where, message("field.feedback")), required=True)
        _revise(db, action_id, "feedback", {}, text, now())


def action_history(db: Database, action_id: str) -> list[ActionRevision]:
    """Every revision of an action, oldest first."""
    get_action(db, action_id)
    rows = db.query(
        "SELECT id, action_id, at, change, feedback FROM action_revisions WHERE action_id = ? "
        "ORDER BY at, rowid",
        [action_id],
    )
    history = []
    for r in rows:
        kind, fields = decode_change(r["change"])
        history.append(
            ActionRevision(r["id"], r["action_id"], r["at"], kind, fields, r["feedback"])
        )
    return history


def delete_action(db: Database, action_id: str) -> None:
    with db.atomic():
        get_action(db, action_id)
        db.execute("DELETE FROM actions WHERE id = ?", [action_id])


# --- suggestions ------------------------------------------------------------------------


def suggest_actions_for_snapshot(
    db: Database, snapshot_id: str, n: int = 5
) -> list[TopicSuggestion]:
    """Suggested actions for the `n` topics that hold the snapshot back most from the next
    level (see domain suggest_actions), knowing the history as of the snapshot's date: a
    topic with an action done on it, or a requirement on it solved, is marked done."""
    from csmm_desktop.services.assessment import snapshot_form, snapshot_scores
    from csmm_desktop.services.engagement.asof import topics_done_as_of

    scores, form = snapshot_scores(db, snapshot_id), snapshot_form(db, snapshot_id)
    return suggest_actions(scores, form, n, done=topics_done_as_of(db, snapshot_id))
