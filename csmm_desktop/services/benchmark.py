"""A snapshot against the consultant's own portfolio: the other clients of the same sector
(the client's sector field, compared without case and extra spaces), each with its latest
scored snapshot on or before this snapshot's date, give the median and quartiles of the
overall and of each section's score. Below MIN_PEERS such clients there is no benchmark:
a handful of scores would say more about those clients than about the sector, and could
be told apart. Peers are never named. No Qt.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from csmm_desktop.services import assessment, clients

if TYPE_CHECKING:
    from sqlite_utils import Database

MIN_PEERS = 5


@dataclass(frozen=True)
class Spread:
    """This client's score against the peers' lower quartile, median and upper quartile."""

    kind: str  # "overall" or "section"
    id: str  # "" for the overall
    this: float | None
    q1: float | None
    median: float | None
    q3: float | None
    peers: int  # peers with this score


@dataclass(frozen=True)
class Benchmark:
    sector: str
    peers: int  # other clients of the sector with a scored snapshot
    rows: list[Spread] = field(default_factory=list)  # empty below MIN_PEERS

    @property
    def shown(self) -> bool:
        return self.peers >= MIN_PEERS


def same_sector(a: str, b: str) -> bool:
    return bool(a.split()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def quartiles(values: list[float]) -> tuple[float, float, float]:
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, median, q3


def portfolio(db: Database, snapshot_id: str) -> Benchmark:
    snap = clients.get_snapshot(db, snapshot_id)
    client = clients.get_client(db, snap.client_id)
    if not client.sector.split():
        return Benchmark("", 0)
    peers = []
    for other in clients.list_clients(db):
        if other.id == client.id or not same_sector(other.sector, client.sector):
            continue
        history = [s for s in clients.list_snapshots(db, other.id) if s.date <= snap.date]
        for candidate in reversed(history):
            scores = assessment.snapshot_scores(db, candidate.id)
            if scores.overall is not None:
                peers.append(scores)
                break
    found = Benchmark(client.sector.strip(), len(peers))
    if not found.shown:
        return found
    this = assessment.snapshot_scores(db, snapshot_id)
    form = assessment.snapshot_form(db, snapshot_id)
    rows = [_spread("overall", "", this.overall, [p.overall for p in peers])]
    for sid in form.sections:
        values = [p.sections.get(sid) for p in peers]
        rows.append(_spread("section", sid, this.sections.get(sid), values))
    return Benchmark(found.sector, found.peers, rows)


def _spread(kind: str, key: str, this: float | None, values: list) -> Spread:
    known = [v for v in values if v is not None]
    if len(known) < MIN_PEERS:
        return Spread(kind, key, this, None, None, None, len(known))
    q1, median, q3 = quartiles(known)
    return Spread(kind, key, this, q1, median, q3, len(known))
