"""The engagement as it stood on a day, for the documents of a snapshot (SPEC §8: a document
states the situation as of its own date).

An action's owner, due date, status, cycle… are replayed from its revisions: the changes
made after the day are undone, newest first. An action is there on a day if it was created
by the end of that day, or if it was created later *for the snapshot whose documents these
are* (a stage defines its actions in the days after its snapshot's date): then it shows as
first recorded, never with its later progress. Days are the computer's calendar days (a
change stored at 22:30 UTC on the 12th counts on the 13th in Istanbul).

Problems and requirements are open or closed by snapshot (findings.problems_open_at …), KPI
values belong to a snapshot and NPS readings to a month: those need no replay.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from csmm_desktop.domain.cxboard import state_before
from csmm_desktop.domain.engagement import DoneMark, decode_change
from csmm_desktop.services.checks import snapshot_order
from csmm_desktop.services.clients import get_snapshot, list_snapshots
from csmm_desktop.services.engagement.actions import Action, list_actions
from csmm_desktop.services.engagement.findings import list_requirements

if TYPE_CHECKING:
    from sqlite_utils import Database


def local_day(stamp: str) -> str:
    """The calendar day (YYYY-MM-DD, this computer's time zone) of a stored timestamp."""
    try:
        return datetime.fromisoformat(stamp).astimezone().date().isoformat()
    except (TypeError, ValueError):
        return str(stamp)[:10]


def next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _revisions(db: Database, client_id: str) -> dict[str, list[tuple[str, str, dict]]]:
    """Action id → its revisions (local day, kind, {field: (old, new)}), oldest first."""
    rows = db.execute(
        "SELECT r.action_id, r.at, r.change FROM action_revisions r "
        "JOIN actions a ON a.id = r.action_id WHERE a.client_id = ? ORDER BY r.at, r.rowid",
        [client_id],
    )
    found: dict[str, list[tuple[str, str, dict]]] = {}
    for action_id, at, change in rows:
        kind, fields = decode_change(change)
        found.setdefault(action_id, []).append((local_day(at), kind, fields))
    return found


def _replayed(
    db: Database, client_id: str, day: str, snapshot_id: str | None
) -> list[tuple[Action, str]]:
    """(the action as of the end of `day`, the day it was done or "") for each action there
    on that day, in the order of list_actions (cycle, due date, creation) as of the day."""
    history = _revisions(db, client_id)
    created = dict(
        db.execute("SELECT id, created_at FROM actions WHERE client_id = ?", [client_id])
    )
    until = next_day(day)
    found = []
    for position, action in enumerate(list_actions(db, client_id)):
        revisions = history.get(action.id, [])
        changes = [(when, fields) for when, kind, fields in revisions if kind != "created"]
        state = Action(**state_before(action.__dict__, changes, until))
        born = local_day(created.get(action.id) or "")
        if born > day and not (snapshot_id and state.snapshot_id == snapshot_id):
            continue
        done_on = ""
        if state.status == "done":
            set_done = [
                when
                for when, _kind, fields in revisions
                if when <= day and (fields.get("status") or (None, None))[1] == "done"
            ]
            done_on = set_done[-1] if set_done else born
        found.append(((created.get(action.id) or "", position), state, done_on))
    found.sort(key=lambda f: (f[1].cycle, f[1].due_date == "", f[1].due_date, f[0]))
    return [(state, done_on) for _made, state, done_on in found]


def actions_as_of(
    db: Database, client_id: str, day: str, *, snapshot_id: str | None = None
) -> list[Action]:
    """A client's actions as they stood at the end of `day` (YYYY-MM-DD), replayed from their
    revisions: those created by then, plus, with `snapshot_id`, those created later for that
    snapshot (as first recorded). Ordered as list_actions orders them, by their state then."""
    return [action for action, _done_on in _replayed(db, client_id, day, snapshot_id)]


def snapshot_actions(db: Database, snapshot_id: str) -> list[Action]:
    """The actions of a snapshot's documents: as of its date, its own included."""
    snap = get_snapshot(db, snapshot_id)
    return actions_as_of(db, snap.client_id, snap.date, snapshot_id=snap.id)


def topics_done_as_of(db: Database, snapshot_id: str) -> dict[str, DoneMark]:
    """Topic id → why it is already taken care of as of the snapshot: an action on it done by
    the snapshot's date, or a requirement on it solved at this snapshot or an earlier one
    (the earlier of the two when both)."""
    snap = get_snapshot(db, snapshot_id)
    marks: dict[str, DoneMark] = {}

    def keep(topic_id: str, mark: DoneMark) -> None:
        if topic_id and (topic_id not in marks or mark.day < marks[topic_id].day):
            marks[topic_id] = mark

    for action, done_on in _replayed(db, snap.client_id, snap.date, snap.id):
        if action.status == "done":
            keep(action.topic_id, DoneMark("action", done_on, action.title))
    order = snapshot_order(db, snap.client_id)
    snaps = {s.id: s for s in list_snapshots(db, snap.client_id)}
    for requirement in list_requirements(db, snap.client_id):
        solved = snaps.get(requirement.closed_snapshot_id or "")
        if solved is not None and order[solved.id] <= order[snap.id]:
            mark = DoneMark("requirement", solved.date, requirement.title, solved.stage)
            keep(requirement.topic_id, mark)
    return marks
