"""KPIs: a client's definitions (from scratch or suggested), their values at each
snapshot, and their status and trend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain.engagement import KPI_DIRECTIONS, kpi_status, suggested_kpi
from csmm_desktop.domain.text import fold
from csmm_desktop.messages import message
from csmm_desktop.services.checks import (
    UNSET,
    _Unset,
    at,
    check_client_snapshot,
    clean_choice,
    clean_number,
    clean_text,
    not_found,
)
from csmm_desktop.services.clients import InputError, get_client, get_snapshot, list_snapshots
from csmm_desktop.services.common import new_id, now

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Kpi:
    id: str
    client_id: str
    name: str
    unit: str
    direction: str  # "higher" or "lower" is better
    target: float | None
    critical: bool
    description: str


@dataclass(frozen=True)
class KpiReading:
    kpi: Kpi
    value: float | None
    status: str  # domain.engagement.kpi_status: met, close, missed, no_target, no_value


@dataclass(frozen=True)
class KpiPoint:
    snapshot_id: str
    stage: str
    date: str
    value: float | None
    status: str


_KPI_COLUMNS = "id, client_id, name, unit, direction, target, critical, description"


def _kpi(row: dict) -> Kpi:
    return Kpi(**{**row, "critical": bool(row["critical"])})


def get_kpi(db: Database, kpi_id: str) -> Kpi:
    row = next(db.query(f"SELECT {_KPI_COLUMNS} FROM kpis WHERE id = ?", [kpi_id]), None)
    if row is None:
        raise not_found(message("noun.kpi"), kpi_id)
    return _kpi(row)


def list_kpis(db: Database, client_id: str, *, critical_only: bool = False) -> list[Kpi]:
    """A client's KPIs, critical ones first."""
    rows = db.query(
        f"SELECT {_KPI_COLUMNS} FROM kpis WHERE client_id = ?"
        + (" AND critical = 1" if critical_only else "")
        + " ORDER BY critical DESC, created_at, rowid",
        [client_id],
    )
    return [_kpi(r) for r in rows]


def _name_of(db: Database, kpi_id: str) -> str:
    """The stored name of a KPI being changed (a new one has none yet: its id)."""
    found = db.execute("SELECT name FROM kpis WHERE id = ?", [kpi_id]).fetchone()
    return found[0] if found else kpi_id


def _kpi_fields(db: Database, client_id: str, kpi_id: str, fields: dict) -> dict:
    out: dict = {}
    if "name" in fields:
        out["name"] = clean_text(
            fields["name"], message("field.kpi_name"), required=True, limit=200, line=True
        )
        for other in list_kpis(db, client_id):
            if other.id != kpi_id and fold(other.name) == fold(out["name"]):
                raise InputError(message("kpi.name_taken", name=out["name"]))
    where = message("where.kpi", name=out.get("name") or _name_of(db, kpi_id))
    if "unit" in fields:
        what = at(where, message("field.unit"))
        out["unit"] = clean_text(fields["unit"], what, limit=40, line=True)
    if "direction" in fields:
        what = at(where, message("field.direction"))
        out["direction"] = clean_choice(fields["direction"], KPI_DIRECTIONS, what)
    if "target" in fields:
        out["target"] = clean_number(fields["target"], at(where, message("field.target")))
    if "critical" in fields:
        out["critical"] = int(bool(fields["critical"]))
    if "description" in fields:
        what = at(where, message("field.description"))
        out["description"] = clean_text(fields["description"], what)
    return out


def add_kpi(
    db: Database,
    client_id: str,
    name: str,
    *,
    unit: str = "",
    direction: str = "higher",
    target: float | str | None = None,
    critical: bool = False,
    description: str = "",
) -> Kpi:
    fields = dict(
        name=name,
        unit=unit,
        direction=direction,
        target=target,
        critical=critical,
        description=description,
    )
    stamp, kpi_id = now(), new_id()
    with db.atomic():
        get_client(db, client_id)
        row = _kpi_fields(db, client_id, kpi_id, fields)
        db.table("kpis").insert(
            {"id": kpi_id, "client_id": client_id, **row, "created_at": stamp, "updated_at": stamp}
        )
    return get_kpi(db, kpi_id)


def add_suggested_kpi(
    db: Database, client_id: str, key: str, *, lang: str = "en", critical: bool = False
) -> Kpi:
    """Define a KPI from resources/engagement/suggested_kpis.json, worded in `lang`."""
    try:
        s = suggested_kpi(key)
    except KeyError:
        raise InputError(message("kpi.no_suggestion", key=key)) from None
    pick = lambda text: text.get(lang) or text["en"]  # noqa: E731
    return add_kpi(
        db,
        client_id,
        pick(s.name),
        unit=pick(s.unit),
        direction=s.direction,
        target=s.target,
        critical=critical,
        description=pick(s.description),
    )


def update_kpi(
    db: Database,
    kpi_id: str,
    *,
    name: str | None = None,
    unit: str | None = None,
    direction: str | None = None,
    target: float | str | None | _Unset = UNSET,
    critical: bool | None = None,
    description: str | None = None,
) -> Kpi:
    """Change a KPI's definition; target=None clears the target."""
    given = dict(name=name, unit=unit, direction=direction, critical=critical)
    given["description"] = description
    fields: dict[str, object] = {k: v for k, v in given.items() if v is not None}
    if target is not UNSET:
        fields["target"] = target
    with db.atomic():
        kpi = get_kpi(db, kpi_id)
        changes = _kpi_fields(db, kpi.client_id, kpi_id, fields)
        if changes:
            db.table("kpis").update(kpi_id, {**changes, "updated_at": now()})
    return get_kpi(db, kpi_id)


def delete_kpi(db: Database, kpi_id: str) -> None:
    """Delete a KPI with its values; actions linked to it keep existing, unlinked."""
    with db.atomic():
        get_kpi(db, kpi_id)
        db.execute("DELETE FROM kpis WHERE id = ?", [kpi_id])


def set_kpi_value(
    db: Database, kpi_id: str, snapshot_id: str, value: float | str | None
) -> float | None:
    """Record (or replace) a KPI's value at a snapshot; None or "" removes it."""
    with db.atomic():
        kpi = get_kpi(db, kpi_id)
        where = message("where.kpi", name=kpi.name)
        check_client_snapshot(db, snapshot_id, kpi.client_id, where)
        number = clean_number(value, at(where, message("field.value")))
        if number is None:
            db.execute(
                "DELETE FROM kpi_values WHERE kpi_id = ? AND snapshot_id = ?", [kpi_id, snapshot_id]
            )
        else:
            db.execute(
                "INSERT INTO kpi_values (kpi_id, snapshot_id, value, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (kpi_id, snapshot_id) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [kpi_id, snapshot_id, number, now()],
            )
    return number


def _values(db: Database, snapshot_id: str) -> dict[str, float]:
    rows = db.execute("SELECT kpi_id, value FROM kpi_values WHERE snapshot_id = ?", [snapshot_id])
    return dict(rows.fetchall())


def kpi_readings(db: Database, snapshot_id: str) -> list[KpiReading]:
    """Every KPI of the snapshot's client with its value there and its status."""
    snap = get_snapshot(db, snapshot_id)
    values = _values(db, snapshot_id)
    return [
        KpiReading(k, values.get(k.id), kpi_status(values.get(k.id), k.target, k.direction))
        for k in list_kpis(db, snap.client_id)
    ]


def kpi_trend(db: Database, kpi_id: str) -> list[KpiPoint]:
    """The KPI at each of the client's snapshots, oldest first (None where not measured)."""
    kpi = get_kpi(db, kpi_id)
    values = dict(
        db.execute(
            "SELECT snapshot_id, value FROM kpi_values WHERE kpi_id = ?", [kpi_id]
        ).fetchall()
    )
    return [
        KpiPoint(
            s.id,
            s.stage,
            s.date,
            values.get(s.id),
            kpi_status(values.get(s.id), kpi.target, kpi.direction),
        )
        for s in list_snapshots(db, kpi.client_id)
    ]
