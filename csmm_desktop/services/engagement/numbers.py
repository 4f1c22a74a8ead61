"""Numbers: a client's top-10 contact reasons and each snapshot's contact volumes
(month × channel × reason), with totals per channel and a Pareto per reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain.engagement import CHANNELS, MAX_CONTACT_REASONS
from csmm_desktop.domain.text import fold
from csmm_desktop.messages import message
from csmm_desktop.services.checks import (
    PERIOD_RE,
    at,
    check_client_snapshot,
    clean_choice,
    clean_text,
    one_row,
)
from csmm_desktop.services.clients import InputError, get_client, get_snapshot
from csmm_desktop.services.common import new_id

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ContactReason:
    id: str
    client_id: str
    name: str
    position: int  # 1 = most important


@dataclass(frozen=True)
class ContactVolume:
    id: str
    snapshot_id: str
    period: str  # YYYY-MM
    channel: str
    reason_id: str | None  # None: not split by reason
    count: int


@dataclass(frozen=True)
class ReasonTotal:
    reason_id: str
    name: str
    count: int
    share: float  # of the volume with a reason, 0..1
    cumulative: float  # running share, for the Pareto line


@dataclass(frozen=True)
class VolumeTotals:
    total: int
    by_channel: dict[str, int]  # every channel, in CHANNELS order
    by_reason: list[ReasonTotal]  # largest first (a Pareto)
    without_reason: int


def list_contact_reasons(db: Database, client_id: str) -> list[ContactReason]:
    rows = db.query(
        "SELECT id, client_id, name, position FROM contact_reasons WHERE client_id = ? "
        "ORDER BY position, rowid",
        [client_id],
    )
    return [ContactReason(**r) for r in rows]


def _renumber(db: Database, ids: list[str]) -> None:
    for position, reason_id in enumerate(ids, start=1):
        db.execute("UPDATE contact_reasons SET position = ? WHERE id = ?", [position, reason_id])


def _reason_name(db: Database, client_id: str, name: str, skip: str = "") -> str:
    what = message("field.reason_name")
    name = clean_text(name, what, required=True, limit=200, line=True)
    for other in list_contact_reasons(db, client_id):
        if other.id != skip and fold(other.name) == fold(name):
            raise InputError(message("reason.name_taken", name=name))
    return name


def add_contact_reason(db: Database, client_id: str, name: str) -> ContactReason:
    """Add a reason at the end of the client's top-10 list."""
    with db.atomic():
        get_client(db, client_id)
        name = _reason_name(db, client_id, name)
        existing = list_contact_reasons(db, client_id)
        if len(existing) >= MAX_CONTACT_REASONS:
            raise InputError(message("reason.list_full", limit=MAX_CONTACT_REASONS, name=name))
        reason = ContactReason(new_id(), client_id, name, len(existing) + 1)
        db.table("contact_reasons").insert(reason.__dict__)
    return reason


def rename_contact_reason(db: Database, reason_id: str, name: str) -> ContactReason:
    with db.atomic():
        row = one_row(db, "contact_reasons", reason_id, message("noun.contact_reason"))
        name = _reason_name(db, row["client_id"], name, skip=reason_id)
        db.execute("UPDATE contact_reasons SET name = ? WHERE id = ?", [name, reason_id])
    return ContactReason(**{**row, "name": name})


def reorder_contact_reasons(
    db: Database, client_id: str, reason_ids: list[str]
) -> list[ContactReason]:
    """Put the client's reasons in the given order (every reason exactly once)."""
    with db.atomic():
        current = {r.id for r in list_contact_reasons(db, client_id)}
        if set(reason_ids) != current or len(reason_ids) != len(current):
            raise InputError(message("reason.bad_order"))
        _renumber(db, list(reason_ids))
    return list_contact_reasons(db, client_id)


def delete_contact_reason(db: Database, reason_id: str) -> None:
    """Delete a reason and its volumes; the others close the gap."""
    with db.atomic():
        row = one_row(db, "contact_reasons", reason_id, message("noun.contact_reason"))
        db.execute("DELETE FROM contact_reasons WHERE id = ?", [reason_id])
        _renumber(db, [r.id for r in list_contact_reasons(db, row["client_id"])])


def _volume_row(
    db: Database, snapshot_id: str, period: str, channel: str, reason_id: str | None, count: int
) -> tuple:
    where = message("where.volume", period=period, channel=channel)
    period = period.strip() if isinstance(period, str) else ""
    if not PERIOD_RE.match(period):
        raise InputError(message("input.bad_period", where=where, value=period))
    clean_choice(channel, CHANNELS, at(where, message("field.channel")))
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise InputError(message("input.count", what=at(where, message("field.count"))))
    if reason_id is not None:
        reason = one_row(db, "contact_reasons", reason_id, message("noun.contact_reason"))
        check_client_snapshot(db, snapshot_id, reason["client_id"], where)
    return period, channel, reason_id, count


def set_volumes(
    db: Database, snapshot_id: str, rows: list[tuple[str, str, str | None, int]]
) -> int:
    """Set (period, channel, reason id or None, count) cells; every row or none."""
    with db.atomic():
        get_snapshot(db, snapshot_id)
        for row in rows:
            period, channel, reason_id, count = _volume_row(db, snapshot_id, *row)
            found = db.execute(
                "SELECT id FROM contact_volumes WHERE snapshot_id = ? AND period = ? "
                "AND channel = ? AND reason_id IS ?",
                [snapshot_id, period, channel, reason_id],
            ).fetchone()
            if found:
                db.execute("UPDATE contact_volumes SET count = ? WHERE id = ?", [count, found[0]])
            else:
                db.execute(
                    "INSERT INTO contact_volumes (id, snapshot_id, period, channel, reason_id, "
                    "count) VALUES (?, ?, ?, ?, ?, ?)",
                    [new_id(), snapshot_id, period, channel, reason_id, count],
                )
    return len(rows)


def set_volume(
    db: Database, snapshot_id: str, period: str, channel: str, reason_id: str | None, count: int
) -> None:
    """Set one cell: the contacts of a month through a channel for a reason."""
    set_volumes(db, snapshot_id, [(period, channel, reason_id, count)])


def delete_volume(db: Database, volume_id: str) -> None:
    with db.atomic():
        one_row(db, "contact_volumes", volume_id, message("noun.contact_volume"))
        db.execute("DELETE FROM contact_volumes WHERE id = ?", [volume_id])


def list_volumes(db: Database, snapshot_id: str, period: str | None = None) -> list[ContactVolume]:
    sql = "SELECT id, snapshot_id, period, channel, reason_id, count FROM contact_volumes "
    sql += "WHERE snapshot_id = ?"
    params = [snapshot_id]
    if period:
        sql += " AND period = ?"
        params.append(period)
    return [ContactVolume(**r) for r in db.query(sql + " ORDER BY period, rowid", params)]


def volume_periods(db: Database, snapshot_id: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT period FROM contact_volumes WHERE snapshot_id = ? ORDER BY period",
            [snapshot_id],
        )
    ]


def volume_totals(db: Database, snapshot_id: str, period: str | None = None) -> VolumeTotals:
    """Totals per channel and per reason (largest first, with running shares).
    Each row is one cell (month × channel × reason), so the totals add up."""
    snap = get_snapshot(db, snapshot_id)
    volumes = list_volumes(db, snapshot_id, period)
    by_channel = {key: 0 for key in CHANNELS}
    per_reason: dict[str, int] = {}
    for v in volumes:
        by_channel[v.channel] = by_channel.get(v.channel, 0) + v.count
        if v.reason_id is not None:
            per_reason[v.reason_id] = per_reason.get(v.reason_id, 0) + v.count
    reasons = list_contact_reasons(db, snap.client_id)
    with_reason = sum(per_reason.values())
    ranked = sorted(reasons, key=lambda r: (-per_reason.get(r.id, 0), r.position))
    by_reason, running = [], 0
    for r in ranked:
        count = per_reason.get(r.id, 0)
        running += count
        share = count / with_reason if with_reason else 0.0
        by_reason.append(
            ReasonTotal(r.id, r.name, count, share, running / with_reason if with_reason else 0.0)
        )
    total = sum(v.count for v in volumes)
    return VolumeTotals(total, by_channel, by_reason, total - with_reason)
