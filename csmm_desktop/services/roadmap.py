"""The roadmap: a client's action plan on a time axis, as it stood on a snapshot's date.

Each action becomes a row of spans, one per status it had (planned, in progress…) from the
day it was created to the day it was done or dropped, or to the snapshot's date while it is
still open (then, if its due date is later, a last span "ahead" to it); with its due date,
owner, linked KPI, and for a dropped action the reason recorded with it (the feedback of the
revision that dropped it, else the latest feedback before that).

The 3-month cycles are laid on the same axis: cycle n runs from the client's first snapshot
date plus 3(n−1) months to 3 months later (the cycle an action is planned in is the
consultant's; the axis only shows where the cycles fall). Plain data, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from csmm_desktop.services import clients
from csmm_desktop.services import engagement as E
from csmm_desktop.services.engagement.asof import local_day

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.services.engagement import Action

CYCLE_MONTHS = 3
AHEAD = "ahead"  # the span of an open action from the snapshot's date to its due date


@dataclass(frozen=True)
class Span:
    start: date
    end: date
    status: str  # an action status, or AHEAD


@dataclass(frozen=True)
class RoadmapItem:
    action: Action  # as it stood on the snapshot's date
    spans: tuple[Span, ...]
    due: date | None
    ended: date | None  # the day it was done or dropped (None while open)
    kpi: str  # the linked KPI's name, "" for none
    why_dropped: str  # the reason recorded when it was dropped, "" for none


@dataclass(frozen=True)
class Cycle:
    number: int
    start: date
    end: date  # the next cycle's start


@dataclass(frozen=True)
class Roadmap:
    as_of: date
    items: tuple[RoadmapItem, ...]  # by cycle, then due date (the action plan's order)
    cycles: tuple[Cycle, ...]  # every cycle the items are in, or that the axis crosses

    @property
    def start(self) -> date:
        return min([self.cycles[0].start, *(s.start for i in self.items for s in i.spans)])

    @property
    def end(self) -> date:
        return max([self.cycles[-1].end, *(s.end for i in self.items for s in i.spans)])


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None


def item_of(db: Database, action: Action, as_of: date, kpis: dict[str, str]) -> RoadmapItem:
    """The roadmap row of one action (its state as of `as_of`, from action_history)."""
    history = [r for r in E.action_history(db, action.id) if _day(local_day(r.at)) is not None]
    created = next((r for r in history if r.kind == "created"), None)
    start = _day(local_day(created.at)) if created else as_of
    start = min(start or as_of, as_of)
    status = "planned"
    if created and "status" in created.changes:
        status = str(created.changes["status"][1] or "planned")
    spans: list[Span] = []
    since, ended, why, last_feedback = start, None, "", ""
    for revision in history:
        day = _day(local_day(revision.at))
        if day is None or day > as_of:
            break
        if revision.feedback.strip():
            last_feedback = revision.feedback.strip()
        change = revision.changes.get("status")
        if revision.kind == "created" or not change or change[1] == status:
            continue
        spans.append(Span(since, max(day, since), status))
        status, since = str(change[1]), max(day, since)
        if status in ("done", "dropped"):
            ended = since
            why = last_feedback if status == "dropped" else ""
        else:
            ended = None
    status = action.status  # the replayed state is the reference for the last span
    due = _day(action.due_date)
    if ended is not None and status in ("done", "dropped"):
        spans.append(Span(since, ended, status))
    else:
        ended = None
        spans.append(Span(since, max(as_of, since), status))
        if due is not None and due > as_of:
            spans.append(Span(as_of, due, AHEAD))
    spans = [s for s in spans if s.end > s.start] or [spans[-1]]
    return RoadmapItem(action, tuple(spans), due, ended, kpis.get(action.kpi_id or "", ""), why)


def roadmap(db: Database, snapshot_id: str, actions: list[Action] | None = None) -> Roadmap:
    """The roadmap of the snapshot's client as of its date. `actions`: the actions to show,
    as they stood then (default: those of the snapshot's documents, services.engagement.
    snapshot_actions)."""
    snap = clients.get_snapshot(db, snapshot_id)
    as_of = date.fromisoformat(snap.date)
    if actions is None:
        actions = E.snapshot_actions(db, snapshot_id)
    kpis = {k.id: k.name for k in E.list_kpis(db, snap.client_id)}
    items = tuple(item_of(db, a, as_of, kpis) for a in actions)
    first = date.fromisoformat(clients.list_snapshots(db, snap.client_id)[0].date)
    last_cycle = max([1, *(a.cycle for a in actions)])
    cycles = [
        Cycle(n, add_months(first, 3 * (n - 1)), add_months(first, 3 * n))
        for n in range(1, last_cycle + 1)
    ]
    end = max([as_of, *(s.end for i in items for s in i.spans)])
    while cycles[-1].end < end:  # the axis runs past the last cycle planned
        n = cycles[-1].number + 1
        cycles.append(Cycle(n, cycles[-1].end, add_months(first, 3 * n)))
    return Roadmap(as_of, items, tuple(cycles))
