"""NPS readings of the CX board: one per client and month, either taken from a snapshot's
client survey (source "snapshot") or entered as counts of each score 0-10 from the client's
own surveys (source "survey"); the client's bands and the trend."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from csmm_desktop.domain.cxboard import (
    NpsBands,
    NpsCounts,
    check_bands,
    check_nps_counts,
    check_score_counts,
    nps_from_scores,
)
from csmm_desktop.messages import message
from csmm_desktop.services.checks import at, clean_text, one_row
from csmm_desktop.services.clients import InputError, get_client, get_snapshot
from csmm_desktop.services.common import new_id, now
from csmm_desktop.services.cxboard._common import _period, _rule

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class NpsReading:
    id: str
    client_id: str
    period: str  # YYYY-MM
    source: str  # "snapshot" or "survey"
    snapshot_id: str | None
    score_counts: tuple[int, ...] | None  # how many answered 0..10 (survey readings)
    promoters: int
    passives: int
    detractors: int
    notes: str

    @property
    def counts(self) -> NpsCounts:
        return NpsCounts(self.promoters, self.passives, self.detractors)

    @property
    def total(self) -> int:
        return self.counts.total

    @property
    def nps(self) -> float:
        return self.counts.nps  # type: ignore[return-value]  # a reading has answers


@dataclass(frozen=True)
class NpsPoint:
    """One month of the trend, with its band and the change since the previous reading."""

    period: str
    nps: float
    band: str  # bad, good_enough, great
    change: float | None
    reading_id: str
    source: str
    total: int


_COLUMNS = (
    "id, client_id, period, source, snapshot_id, score_counts, promoters, passives, "
    "detractors, notes"
)


def _reading(row: dict) -> NpsReading:
    raw = row["score_counts"]
    counts = tuple(json.loads(raw)) if raw else None
    return NpsReading(**{**row, "score_counts": counts})


def get_nps_reading(db: Database, reading_id: str) -> NpsReading:
    one_row(db, "cx_nps_readings", reading_id, message("noun.nps_reading"))
    row = next(db.query(f"SELECT {_COLUMNS} FROM cx_nps_readings WHERE id = ?", [reading_id]))
    return _reading(row)


def list_nps_readings(
    db: Database, client_id: str, until_period: str | None = None
) -> list[NpsReading]:
    """A client's readings by month (up to and including `until_period` when given)."""
    sql, params = f"SELECT {_COLUMNS} FROM cx_nps_readings WHERE client_id = ?", [client_id]
    if until_period:
        sql += " AND period <= ?"
        params.append(until_period)
    return [_reading(r) for r in db.query(sql + " ORDER BY period", params)]


def _save(
    db: Database,
    client_id: str,
    period: str,
    source: str,
    snapshot_id: str | None,
    score_counts: tuple[int, ...] | None,
    counts: NpsCounts,
    notes: str,
) -> str:
    """Insert the month's reading, or replace the one the month already has."""
    row = {
        "source": source,
        "snapshot_id": snapshot_id,
        "score_counts": json.dumps(list(score_counts)) if score_counts else "",
        "promoters": counts.promoters,
        "passives": counts.passives,
        "detractors": counts.detractors,
        "notes": notes,
        "updated_at": now(),
    }
    found = db.execute(
        "SELECT id FROM cx_nps_readings WHERE client_id = ? AND period = ?", [client_id, period]
    ).fetchone()
    if found:
        db.table("cx_nps_readings").update(found[0], row)
        return found[0]
    reading_id = new_id()
    db.table("cx_nps_readings").insert(
        {
            "id": reading_id,
            "client_id": client_id,
            "period": period,
            **row,
            "created_at": row["updated_at"],
        }
    )
    return reading_id


def record_survey_nps(
    db: Database, client_id: str, period: str, counts: list[int], notes: str = ""
) -> NpsReading:
    """Enter a month's NPS from the client's own survey: how many answered 0, 1, … 10.
    Replaces the month's reading if it has one."""
    where = message("where.nps_survey", period=period)
    period = _period(period, where)
    score_counts = _rule(where, check_score_counts, counts)
    notes = clean_text(notes, at(where, message("field.notes")))
    with db.atomic():
        get_client(db, client_id)
        nps = nps_from_scores(score_counts)
        reading_id = _save(db, client_id, period, "survey", None, score_counts, nps, notes)
    return get_nps_reading(db, reading_id)


def record_snapshot_nps(
    db: Database, snapshot_id: str, period: str | None = None, notes: str = ""
) -> NpsReading:
    """Take a month's NPS from a snapshot's client answers (the month of the snapshot's date
    unless `period` says otherwise). Replaces the month's reading if it has one; call again
    to bring it up to date after more answers came in."""
    from csmm_desktop.services.assessment import snapshot_scores

    snap = get_snapshot(db, snapshot_id)
    where = message("where.nps_snapshot", date=snap.date)
    period = _period(snap.date[:7] if period is None else period, where)
    notes = clean_text(notes, at(where, message("field.notes")))
    with db.atomic():
        scores = snapshot_scores(db, snapshot_id)
        if not sum(scores.nps_counts):
            raise InputError(message("nps.no_client_answers", where=where))
        counts = _rule(where, check_nps_counts, *scores.nps_counts)
        reading_id = _save(db, snap.client_id, period, "snapshot", snap.id, None, counts, notes)
    return get_nps_reading(db, reading_id)


def delete_nps_reading(db: Database, reading_id: str) -> None:
    with db.atomic():
        get_nps_reading(db, reading_id)
        db.execute("DELETE FROM cx_nps_readings WHERE id = ?", [reading_id])


def nps_bands(db: Database, client_id: str) -> NpsBands:
    """The client's bands; the defaults (0 and 50) until the consultant sets them."""
    row = db.execute(
        "SELECT good_enough_from, great_from FROM cx_nps_settings WHERE client_id = ?",
        [client_id],
    ).fetchone()
    return NpsBands(*row) if row else NpsBands()


@overload
def nps_band(bands: NpsBands, nps: float) -> str: ...
@overload
def nps_band(bands: NpsBands, nps: float | None) -> str | None: ...
def nps_band(bands: NpsBands, nps: float | None) -> str | None:
    """The verdict on an NPS (bad, good_enough, great) by a client's `bands` (nps_bands);
    None without an NPS. Every NPS verdict the app shows or prints is made here, with the
    client's bands: the board's readings, its agendas and handouts, the reports."""
    return None if nps is None else bands.classify(nps)


def set_nps_bands(
    db: Database, client_id: str, good_enough_from: float, great_from: float
) -> NpsBands:
    """bad < good_enough_from ≤ good enough < great_from ≤ great."""
    bands = _rule(message("where.nps_bands"), check_bands, good_enough_from, great_from)
    with db.atomic():
        get_client(db, client_id)
        db.execute(
            "INSERT INTO cx_nps_settings (client_id, good_enough_from, great_from, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET "
            "good_enough_from = excluded.good_enough_from, great_from = excluded.great_from, "
            "updated_at = excluded.updated_at",
            [client_id, bands.good_enough_from, bands.great_from, now()],
        )
    return bands


def nps_trend(db: Database, client_id: str, until_period: str | None = None) -> list[NpsPoint]:
    """The client's NPS month by month with its band and the change since the reading before."""
    bands = nps_bands(db, client_id)
    points: list[NpsPoint] = []
    for r in list_nps_readings(db, client_id, until_period):
        change = r.nps - points[-1].nps if points else None
        points.append(
            NpsPoint(r.period, r.nps, nps_band(bands, r.nps), change, r.id, r.source, r.total)
        )
    return points
