"""Workshops held at a snapshot, and the decisions taken there turned into actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.messages import message
from csmm_desktop.services.checks import at, clean_date, clean_text, not_found
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import new_id, now
from csmm_desktop.services.engagement.actions import Action, add_action

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Workshop:
    id: str
    snapshot_id: str
    date: str
    participants: str
    agenda: str
    notes: str


_WORKSHOP_COLUMNS = "w.id, w.snapshot_id, w.date, w.participants, w.agenda, w.notes"


def get_workshop(db: Database, workshop_id: str) -> Workshop:
    row = next(
        db.query(f"SELECT {_WORKSHOP_COLUMNS} FROM workshops w WHERE w.id = ?", [workshop_id]),
        None,
    )
    if row is None:
        raise not_found(message("noun.workshop"), workshop_id)
    return Workshop(**row)


def list_workshops(db: Database, client_id: str, snapshot_id: str | None = None) -> list[Workshop]:
    """A client's workshops (or one snapshot's), by date."""
    sql = (
        f"SELECT {_WORKSHOP_COLUMNS} FROM workshops w JOIN snapshots s ON s.id = w.snapshot_id "
        "WHERE s.client_id = ?"
    )
    params = [client_id]
    if snapshot_id is not None:
        sql += " AND w.snapshot_id = ?"
        params.append(snapshot_id)
    return [Workshop(**r) for r in db.query(sql + " ORDER BY w.date, w.rowid", params)]


def _workshop_fields(fields: dict) -> dict:
    out = {}
    where = message("where.workshop")
    if fields.get("date") is not None:
        out["date"] = clean_date(fields["date"], at(where, message("field.date")))
    for key, field in (
        ("participants", message("field.participants")),
        ("agenda", message("field.agenda")),
        ("notes", message("field.notes")),
    ):
        if fields.get(key) is not None:
            out[key] = clean_text(fields[key], at(where, field))
    return out


def add_workshop(
    db: Database,
    snapshot_id: str,
    when: str,
    participants: str = "",
    agenda: str = "",
    notes: str = "",
) -> Workshop:
    row = _workshop_fields(dict(date=when, participants=participants, agenda=agenda, notes=notes))
    stamp, workshop_id = now(), new_id()
    with db.atomic():
        get_snapshot(db, snapshot_id)
        db.table("workshops").insert(
            {
                "id": workshop_id,
                "snapshot_id": snapshot_id,
                **row,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return get_workshop(db, workshop_id)


def update_workshop(
    db: Database,
    workshop_id: str,
    *,
    when: str | None = None,
    participants: str | None = None,
    agenda: str | None = None,
    notes: str | None = None,
) -> Workshop:
    row = _workshop_fields(dict(date=when, participants=participants, agenda=agenda, notes=notes))
    with db.atomic():
        get_workshop(db, workshop_id)
        if row:
            db.table("workshops").update(workshop_id, {**row, "updated_at": now()})
    return get_workshop(db, workshop_id)


def delete_workshop(db: Database, workshop_id: str) -> None:
    """Delete a workshop; the actions decided there stay, no longer linked to it."""
    with db.atomic():
        get_workshop(db, workshop_id)
        db.execute("DELETE FROM workshops WHERE id = ?", [workshop_id])


def record_decision(
    db: Database,
    workshop_id: str,
    decision: str,
    *,
    owner: str = "",
    due_date: str = "",
    cycle: int | None = None,
    topic_id: str = "",
) -> Action:
    """Turn a decision taken at a workshop into an action of the workshop's snapshot."""
    workshop = get_workshop(db, workshop_id)
    snap = get_snapshot(db, workshop.snapshot_id)
    if not isinstance(decision, str) or not decision.strip():
        raise InputError(message("workshop.no_decision", date=workshop.date))
    return add_action(
        db,
        snap.client_id,
        decision,
        snapshot_id=snap.id,
        owner=owner,
        due_date=due_date,
        cycle=cycle,
        topic_id=topic_id,
        workshop_id=workshop_id,
    )
