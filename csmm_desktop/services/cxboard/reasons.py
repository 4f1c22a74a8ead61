"""The board's view of the contact reasons: per month the top 10 with their volumes, the
trend per reason, the run-ups between the last two months, and per-reason notes of the
emotions and pain points behind them.

The volumes are the engagement numbers (contact_volumes, summed over channels). A month
entered under more than one snapshot counts once: the latest snapshot's numbers win.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.domain.numbers import signed
from csmm_desktop.messages import message
from csmm_desktop.services.checks import at, clean_text, one_row
from csmm_desktop.services.clients import list_snapshots
from csmm_desktop.services.common import now
from csmm_desktop.services.cxboard._common import _period, _rule
from csmm_desktop.services.engagement.numbers import list_contact_reasons

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class BoardReason:
    """A reason's place in a month's top 10."""

    reason_id: str
    name: str
    rank: int  # 1 = most contacts
    period: str
    count: int
    share: float  # of the month's contacts with a reason, 0..1
    previous_period: str | None
    previous: int | None  # count in the month before (None: no month before)
    run_up: bool  # among the fastest growing (rules.RUN_UPS_ON_AGENDA)

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.count - self.previous

    @property
    def pct(self) -> float | None:
        if self.previous is None:
            return None
        return rules.Growth(self.reason_id, self.previous, self.count).pct


@dataclass(frozen=True)
class ReasonTrend:
    reason_id: str
    name: str
    points: tuple[tuple[str, int], ...]  # (period, count), every month with volumes


@dataclass(frozen=True)
class RunUp:
    reason_id: str
    name: str
    previous_period: str
    period: str
    previous: int
    current: int
    change: int
    pct: float | None  # None: no contacts in the month before (new)


@dataclass(frozen=True)
class ReasonNote:
    reason_id: str
    emotions: str
    pain_points: str
    updated_at: str


def reason_volumes(
    db: Database, client_id: str, until_period: str | None = None
) -> dict[str, dict[str, int]]:
    """Month → reason id → contacts (all channels), oldest month first."""
    place = {s.id: i for i, s in enumerate(list_snapshots(db, client_id))}
    rows = db.execute(
        "SELECT v.snapshot_id, v.period, v.reason_id, sum(v.count) FROM contact_volumes v "
        "JOIN snapshots s ON s.id = v.snapshot_id WHERE s.client_id = ? "
        "AND v.reason_id IS NOT NULL GROUP BY v.snapshot_id, v.period, v.reason_id",
        [client_id],
    ).fetchall()
    latest: dict[str, int] = {}  # month → place of the latest snapshot that has it
    for sid, period, _reason, _count in rows:
        latest[period] = max(latest.get(period, -1), place[sid])
    found: dict[str, dict[str, int]] = {}
    for sid, period, reason_id, count in rows:
        if place[sid] == latest[period] and (until_period is None or period <= until_period):
            found.setdefault(period, {})[reason_id] = count
    return dict(sorted(found.items()))


def board_periods(db: Database, client_id: str) -> list[str]:
    """The months with contact volumes by reason, oldest first."""
    return list(reason_volumes(db, client_id))


def _names(db: Database, client_id: str) -> dict[str, tuple[int, str]]:
    return {r.id: (r.position, r.name) for r in list_contact_reasons(db, client_id)}


def run_ups(
    db: Database, client_id: str, by: str = "absolute", until_period: str | None = None
) -> list[RunUp]:
    """The reasons that grew between the last two months with volumes, fastest first
    (by "absolute" change or by "percent")."""
    volumes = reason_volumes(db, client_id, until_period)
    if len(volumes) < 2:
        return []
    (before, previous), (period, current) = list(volumes.items())[-2:]
    names = _names(db, client_id)
    grown = _rule(message("where.run_ups"), rules.run_ups, previous, current, by)
    return [
        RunUp(g.key, names[g.key][1], before, period, g.previous, g.current, g.change, g.pct)
        for g in grown
        if g.key in names
    ]


def top_reasons(
    db: Database,
    client_id: str,
    period: str | None = None,
    n: int = 10,
    until_period: str | None = None,
) -> list[BoardReason]:
    """A month's (the latest by default) top `n` reasons with contacts, most first."""
    volumes = reason_volumes(db, client_id, until_period)
    if not volumes:
        return []
    months = list(volumes)
    period = months[-1] if period is None else _period(period, message("where.top_reasons"))
    if period not in volumes:
        return []
    before = months[months.index(period) - 1] if months.index(period) else None
    current, previous = volumes[period], volumes.get(before, {}) if before else None
    names = _names(db, client_id)
    grown = rules.run_ups(previous, current) if previous is not None else []
    rising = {g.key for g in [g for g in grown if g.key in names][: rules.RUN_UPS_ON_AGENDA]}
    total = sum(current.values())
    ranked = sorted(
        (rid for rid, count in current.items() if count > 0 and rid in names),
        key=lambda rid: (-current[rid], names[rid][0]),
    )
    return [
        BoardReason(
            rid,
            names[rid][1],
            rank,
            period,
            current[rid],
            current[rid] / total if total else 0.0,
            before,
            None if previous is None else previous.get(rid, 0),
            rid in rising,
        )
        for rank, rid in enumerate(ranked[:n], start=1)
    ]


def reason_text(r: BoardReason) -> rules.Text:
    """The reason's line on the board, in both languages: "3. X: 1,234 contacts in …"."""
    values: dict[str, object] = dict(rank=r.rank, name=r.name)
    values["period"] = rules.texts(rules.format_period, r.period)
    values["count"] = rules.count_text("contacts", r.count)
    if r.previous_period is None:
        text = rules.item_text("reason_first", **values)
    else:
        values["previous"] = rules.texts(rules.format_period, r.previous_period)
        values["change"] = rules.texts(signed, r.change or 0)
        values["pct"] = rules.texts(rules.change_pct, r.pct)
        text = rules.item_text("reason", **values)
    return rules.item_text("run_up_mark", text=text) if r.run_up else text


def reason_trends(db: Database, client_id: str) -> list[ReasonTrend]:
    """Each reason's contacts month by month (0 in a month without any), in list order."""
    volumes = reason_volumes(db, client_id)
    return [
        ReasonTrend(r.id, r.name, tuple((p, v.get(r.id, 0)) for p, v in volumes.items()))
        for r in list_contact_reasons(db, client_id)
    ]


# --- notes: emotions and pain points ------------------------------------------------------


def get_reason_note(db: Database, reason_id: str) -> ReasonNote | None:
    row = next(
        db.query(
            "SELECT reason_id, emotions, pain_points, updated_at FROM cx_reason_notes "
            "WHERE reason_id = ?",
            [reason_id],
        ),
        None,
    )
    return ReasonNote(**row) if row else None


def reason_notes(db: Database, client_id: str) -> dict[str, ReasonNote]:
    """Reason id → its note, for the reasons of the client that have one."""
    rows = db.query(
        "SELECT n.reason_id, n.emotions, n.pain_points, n.updated_at FROM cx_reason_notes n "
        "JOIN contact_reasons r ON r.id = n.reason_id WHERE r.client_id = ? "
        "ORDER BY r.position",
        [client_id],
    )
    return {r["reason_id"]: ReasonNote(**r) for r in rows}


def set_reason_note(
    db: Database, reason_id: str, emotions: str = "", pain_points: str = ""
) -> ReasonNote | None:
    """What customers feel when they contact us for this reason and where it hurts;
    both empty removes the note."""
    with db.atomic():
        reason = one_row(db, "contact_reasons", reason_id, message("noun.contact_reason"))
        where = message("where.reason_note", name=reason["name"])
        emotions = clean_text(emotions, at(where, message("field.emotions")))
        pain_points = clean_text(pain_points, at(where, message("field.pain_points")))
        if not emotions and not pain_points:
            db.execute("DELETE FROM cx_reason_notes WHERE reason_id = ?", [reason_id])
            return None
        db.execute(
            "INSERT INTO cx_reason_notes (reason_id, emotions, pain_points, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (reason_id) DO UPDATE SET "
            "emotions = excluded.emotions, pain_points = excluded.pain_points, "
            "updated_at = excluded.updated_at",
            [reason_id, emotions, pain_points, now()],
        )
    return get_reason_note(db, reason_id)
