"""Clients and their snapshots: the use cases behind the client list and the CLI."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from csmm_desktop.domain.text import search_fold, turkish_sort_key, without_controls
from csmm_desktop.messages import Message, UserError, message
from csmm_desktop.services import input_messages  # noqa: F401 - registers the messages
from csmm_desktop.services.common import new_id, now, resolve_id
from csmm_desktop.store.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLIENT_NAME_MAX = 200


class InputError(UserError, ValueError):
    """Something the user typed is not acceptable; the message says what and why."""


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    sector: str = ""
    contacts: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Snapshot:
    id: str
    client_id: str
    stage: str
    date: str
    form_version: str
    consultant: str = ""
    notes: str = ""


def _clean_name(name: str) -> str:
    cleaned = " ".join(without_controls(name, keep="").split())
    if not cleaned:
        raise InputError(message("client.no_name"))
    if len(cleaned) > CLIENT_NAME_MAX:
        raise InputError(message("client.name_too_long", limit=CLIENT_NAME_MAX))
    return cleaned


def list_clients(db: Database) -> list[Client]:
    rows = db.query("SELECT id, name, sector, contacts, notes FROM clients")
    return sorted((Client(**row) for row in rows), key=lambda c: turkish_sort_key(c.name))


# What the client search looks through besides the name and sector: who worked with the
# client and what was written about it (contacts, notes, consultants, problems,
# requirements, actions and their owners, KPIs).
_SEARCHED = """
    SELECT id, name, sector, contacts, notes FROM clients
    UNION ALL SELECT client_id, consultant, notes, NULL, NULL FROM snapshots
    UNION ALL SELECT client_id, title, description, resolution, NULL FROM problems
    UNION ALL SELECT client_id, title, description, solution, NULL FROM requirements
    UNION ALL SELECT client_id, title, owner, NULL, NULL FROM actions
    UNION ALL SELECT client_id, name, description, NULL, NULL FROM kpis
"""


def search_texts(db: Database) -> dict[str, str]:
    """Client id -> the text the client search matches (search_fold: case- and
    accent-insensitive), from one read of the tables above."""
    parts: dict[str, list[str]] = {}
    for row in db.execute(_SEARCHED):
        parts.setdefault(row[0], []).extend(str(v) for v in row[1:] if v)
    return {cid: search_fold(" ".join(texts)) for cid, texts in parts.items()}


def get_client(db: Database, client_id: str) -> Client:
    row = db.execute(
        "SELECT id, name, sector, contacts, notes FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(
            message("id.unknown", what=message("noun.client"), text=repr(client_id))
        )
    return Client(*row)


def find_client(db: Database, text: str) -> Client:
    """A client by full id or unique id prefix."""
    return get_client(db, resolve_id(db, "clients", text, message("noun.client")))


def create_client(
    db: Database,
    name: str,
    sector: str = "",
    contacts: str = "",
    notes: str = "",
    client_id: str | None = None,
) -> Client:
    client = Client(client_id or new_id(), _clean_name(name), sector.strip(), contacts, notes)
    stamp = now()
    with db.atomic():
        db.table("clients").insert({**client.__dict__, "created_at": stamp, "updated_at": stamp})
    return client


def update_client(
    db: Database,
    client_id: str,
    *,
    name: str | None = None,
    sector: str | None = None,
    contacts: str | None = None,
    notes: str | None = None,
) -> Client:
    changes: dict[str, str] = {}
    if name is not None:
        changes["name"] = _clean_name(name)
    for key, value in (("sector", sector), ("contacts", contacts), ("notes", notes)):
        if value is not None:
            changes[key] = value
    with db.atomic():
        get_client(db, client_id)
        if changes:
            db.table("clients").update(client_id, {**changes, "updated_at": now()})
    return get_client(db, client_id)


def rename_client(db: Database, client_id: str, name: str) -> Client:
    return update_client(db, client_id, name=name)


def delete_client(db: Database, client_id: str) -> None:
    """Delete a client with everything that belongs to it (snapshots, answers, plans)."""
    with db.atomic():
        get_client(db, client_id)
        db.execute("DELETE FROM clients WHERE id = ?", [client_id])


def client_summary(db: Database, client_id: str) -> dict[str, int]:
    """How much a delete would remove: shown in the confirmation."""
    snapshots = db.execute(
        "SELECT count(*) FROM snapshots WHERE client_id = ?", [client_id]
    ).fetchone()[0]
    respondents = db.execute(
        "SELECT count(*) FROM respondents r JOIN snapshots s ON s.id = r.snapshot_id "
        "WHERE s.client_id = ?",
        [client_id],
    ).fetchone()[0]
    return {"snapshots": snapshots, "respondents": respondents}


# --- snapshots -------------------------------------------------------------------------


def clean_date(value: str, what: Message | None = None, *, optional: bool = False) -> str:
    """A date written YYYY-MM-DD that exists (`optional`: or empty); `what` names it in
    the message (default: "Date")."""
    what = what or message("field.a_date")
    if not isinstance(value, str):
        raise InputError(message("input.date_not_text", what=what))
    value = value.strip()
    if optional and not value:
        return ""
    if not DATE_RE.match(value):
        raise InputError(message("input.bad_date", what=what, value=value))
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InputError(message("input.no_such_day", what=what, value=value)) from None
    return value


def _check_stage(stage: str) -> str:
    from csmm_desktop.domain.levels import STAGE_KEYS, level  # not at import: `clients` needs none

    stage = stage.strip().lower()
    if stage not in STAGE_KEYS:
        raise InputError(
            message("input.unknown", what=message("field.stage"), value=stage, allowed=STAGE_KEYS)
        )
    return level(stage).key


def snapshot_order_warnings(
    db: Database,
    client_id: str,
    stage: str,
    when: str,
    snapshot_id: str = "",
    day: Callable[[str], str] = str,
) -> list[Message]:
    """What is odd about a snapshot of `stage` dated `when` among the client's others
    (`snapshot_id`, when editing, is left out): the stages follow each other in time, so a
    Planned snapshot dated before the Initial one, or an Initial one after a Measured one,
    is most likely a typing slip. A warning, not a refusal: a consultant may record an
    assessment late. An optimisation round repeats its stage, so equal stages never warn.
    `day` writes a date as the reader reads it (ISO by default)."""
    from csmm_desktop.domain.levels import STAGE_KEYS  # not at import: `clients` needs none

    if stage not in STAGE_KEYS:
        return []
    rank = STAGE_KEYS.index(stage)
    said: list[Message] = []
    for other in list_snapshots(db, client_id):
        if other.id == snapshot_id or other.stage not in STAGE_KEYS:
            continue
        other_rank = STAGE_KEYS.index(other.stage)
        if other_rank < rank and when < other.date:
            code = "snapshot.before_earlier_stage"
        elif other_rank > rank and when > other.date:
            code = "snapshot.after_later_stage"
        else:
            continue
        said.append(
            message(
                code,
                stage=message(f"stage.{stage}"),
                date=day(when),
                other=message(f"stage.{other.stage}"),
                other_date=day(other.date),
            )
        )
    return said


def list_snapshots(db: Database, client_id: str) -> list[Snapshot]:
    rows = db.query(
        "SELECT id, client_id, stage, date, form_version, consultant, notes FROM snapshots "
        "WHERE client_id = ? ORDER BY date, created_at",
        [client_id],
    )
    return [Snapshot(**row) for row in rows]


def get_snapshot(db: Database, snapshot_id: str) -> Snapshot:
    row = db.execute(
        "SELECT id, client_id, stage, date, form_version, consultant, notes FROM snapshots "
        "WHERE id = ?",
        [snapshot_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            message("id.unknown", what=message("noun.snapshot"), text=repr(snapshot_id))
        )
    return Snapshot(*row)


def find_snapshot(db: Database, text: str) -> Snapshot:
    return get_snapshot(db, resolve_id(db, "snapshots", text, message("noun.snapshot")))


def create_snapshot(
    db: Database,
    client_id: str,
    stage: str,
    when: str | None = None,
    consultant: str = "",
    notes: str = "",
    form_version: str | None = None,
    snapshot_id: str | None = None,
) -> Snapshot:
    from csmm_desktop.domain.form import new_snapshot_version

    if form_version is None:
        form_version = new_snapshot_version()
    else:
        from csmm_desktop.services import form_store

        # FormError if there is no such form (re-read: the command line may have imported it)
        form_version = form_store.load(db, form_version).version
    snapshot = Snapshot(
        snapshot_id or new_id(),
        client_id,
        _check_stage(stage),
        clean_date(when or date.today().isoformat()),
        form_version,
        consultant.strip(),
        notes,
    )
    stamp = now()
    with db.atomic():
        get_client(db, client_id)
        db.table("snapshots").insert(
            {**snapshot.__dict__, "created_at": stamp, "updated_at": stamp}
        )
        from csmm_desktop.services import applicability

        applicability.freeze(db, client_id, snapshot.id)  # the client's list, as of now
    return snapshot


def update_snapshot(
    db: Database,
    snapshot_id: str,
    *,
    stage: str | None = None,
    when: str | None = None,
    consultant: str | None = None,
    notes: str | None = None,
) -> Snapshot:
    changes: dict[str, str] = {}
    if stage is not None:
        changes["stage"] = _check_stage(stage)
    if when is not None:
        changes["date"] = clean_date(when)
    if consultant is not None:
        changes["consultant"] = consultant.strip()
    if notes is not None:
        changes["notes"] = notes
    with db.atomic():
        get_snapshot(db, snapshot_id)
        if changes:
            db.table("snapshots").update(snapshot_id, {**changes, "updated_at": now()})
    return get_snapshot(db, snapshot_id)


@dataclass(frozen=True)
class SnapshotDefaults:
    stage: str
    consultant: str


def next_snapshot_defaults(db: Database, client_id: str) -> SnapshotDefaults:
    """What a new snapshot of a client starts with: the stage after its latest snapshot's
    (the first stage for a client without one) and the same consultant."""
    from csmm_desktop.domain.levels import STAGE_KEYS  # not at import: `clients` needs none

    existing = list_snapshots(db, client_id)
    if not existing:
        return SnapshotDefaults(STAGE_KEYS[0], "")
    latest = existing[-1]
    following = min(len(STAGE_KEYS) - 1, STAGE_KEYS.index(latest.stage) + 1)
    return SnapshotDefaults(STAGE_KEYS[following], latest.consultant)


def delete_snapshot(db: Database, snapshot_id: str) -> None:
    with db.atomic():
        get_snapshot(db, snapshot_id)
        db.execute("DELETE FROM snapshots WHERE id = ?", [snapshot_id])


def snapshot_respondent_count(db: Database, snapshot_id: str) -> int:
    return db.execute(
        "SELECT count(*) FROM respondents WHERE snapshot_id = ?", [snapshot_id]
    ).fetchone()[0]
