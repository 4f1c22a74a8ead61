"""What the actions did: for each action done between two snapshots with a linked topic or
KPI, the change measured at the later one.

A topic "worked" when its score rose by more than TOPIC_POINTS points (0-100 scale) from
the earlier snapshot to the later one, is "worse" when it fell by more than that, and shows
"no visible effect" in between. 5 points is about the smallest change a snapshot of the
usual size tells apart from noise (a topic's 95% interval is typically ±4-8 points) and a
quarter of a level band (20 points). The change is the difference of the scores as printed
(one decimal), so the printed numbers add up.

A KPI "worked" when it moved the right way (its direction: higher or lower is better) by
more than KPI_SHARE of its earlier value (of its target when the earlier value is 0), is
"worse" when it moved the wrong way by more than that, "no visible effect" in between;
"not measured" when either value is missing. An action with both a topic and a KPI has a
measure for each and its verdict is the KPI's when measured (the KPI is what it was meant
to move), else the topic's. Across form versions a topic is measured only where the
crosswalk makes it comparable (domain/crosswalk.py); else it is "not measured".

`effects(...)` works on plain data (the reports pass what they already hold);
`action_effects(db, snapshot_id)` reads it for a snapshot and the one before it. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import crosswalk
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import engagement as E

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.services.engagement import Action, Kpi

TOPIC_POINTS = 5.0
KPI_SHARE = 0.05
WORKED, NONE, WORSE, UNMEASURED = "worked", "no_effect", "worse", "not_measured"
VERDICTS = (WORKED, NONE, WORSE, UNMEASURED)


@dataclass(frozen=True)
class Measure:
    kind: str  # "topic" or "kpi"
    key: str  # the topic id or the KPI id
    before: float | None
    after: float | None
    change: float | None  # after − before (topics: as printed, one decimal)
    verdict: str  # one of VERDICTS


@dataclass(frozen=True)
class Effect:
    action: Action
    measures: tuple[Measure, ...]  # the topic's first, then the KPI's

    @property
    def verdict(self) -> str:
        kpi = next((m for m in self.measures if m.kind == "kpi"), None)
        if kpi is not None and kpi.verdict != UNMEASURED:
            return kpi.verdict
        topic = next((m for m in self.measures if m.kind == "topic"), None)
        return topic.verdict if topic is not None else UNMEASURED


def topic_measure(topic_id: str, before: float | None, after: float | None) -> Measure:
    if before is None or after is None:
        return Measure("topic", topic_id, before, after, None, UNMEASURED)
    change = round(round(after, 1) - round(before, 1), 1)
    verdict = WORKED if change > TOPIC_POINTS else WORSE if change < -TOPIC_POINTS else NONE
    return Measure("topic", topic_id, before, after, change, verdict)


def kpi_measure(kpi: Kpi, before: float | None, after: float | None) -> Measure:
    if before is None or after is None:
        return Measure("kpi", kpi.id, before, after, None, UNMEASURED)
    change = after - before
    base = abs(before) or abs(kpi.target or 0.0)
    better = change if kpi.direction == "higher" else -change
    if base == 0:
        verdict = WORKED if better > 0 else WORSE if better < 0 else NONE
    else:
        share = better / base
        verdict = WORKED if share > KPI_SHARE else WORSE if share < -KPI_SHARE else NONE
    return Measure("kpi", kpi.id, before, after, change, verdict)


def done_between(before: Sequence[Action], now: Sequence[Action]) -> list[Action]:
    """The actions done in `now` (a list as of the later date) and not in `before`."""
    done_before = {a.id for a in before if a.status == "done"}
    return [a for a in now if a.status == "done" and a.id not in done_before]


def effects(
    done: Sequence[Action],
    topics_before: Mapping[str, float | None],
    topics_after: Mapping[str, float | None],
    kpis: Mapping[str, Kpi],
    kpi_before: Mapping[str, float | None],
    kpi_after: Mapping[str, float | None],
) -> list[Effect]:
    """The effect of each done action with a linked topic or KPI (in the given order)."""
    found = []
    for action in done:
        measures = []
        if action.topic_id:
            measures.append(
                topic_measure(
                    action.topic_id,
                    topics_before.get(action.topic_id),
                    topics_after.get(action.topic_id),
                )
            )
        kpi = kpis.get(action.kpi_id or "")
        if kpi is not None:
            measures.append(kpi_measure(kpi, kpi_before.get(kpi.id), kpi_after.get(kpi.id)))
        if measures:
            found.append(Effect(action, tuple(measures)))
    return found


def kpi_values(db: Database, snapshot_id: str) -> dict[str, float | None]:
    return {r.kpi.id: r.value for r in E.kpi_readings(db, snapshot_id)}


def action_effects(db: Database, snapshot_id: str) -> list[Effect]:
    """The effect, measured at this snapshot, of the actions done since the previous one
    (none for a client's first snapshot)."""
    snap = clients.get_snapshot(db, snapshot_id)
    history = clients.list_snapshots(db, snap.client_id)
    index = next(i for i, s in enumerate(history) if s.id == snapshot_id)
    if index == 0:
        return []
    previous = history[index - 1]
    done = done_between(E.snapshot_actions(db, previous.id), E.snapshot_actions(db, snapshot_id))
    kpis = {k.id: k for k in E.list_kpis(db, snap.client_id)}
    # the earlier topics keyed by this snapshot's form: only those the crosswalk compares
    before = crosswalk.compare(
        assessment.snapshot_form(db, snapshot_id), assessment.snapshot_form(db, previous.id)
    ).values("topic", assessment.snapshot_scores(db, previous.id).topics)
    return effects(
        done,
        before,
        assessment.snapshot_scores(db, snapshot_id).topics,
        kpis,
        kpi_values(db, previous.id),
        kpi_values(db, snapshot_id),
    )


def tally(found: Sequence[Effect]) -> dict[str, int]:
    """How many effects have each verdict."""
    counts = dict.fromkeys(VERDICTS, 0)
    for effect in found:
        counts[effect.verdict] += 1
    return counts
