"""The demo client's engagement: problems, requirements, numbers, KPIs, actions with their
history, workshops and checklist ticks, from resources/engagement/demo_engagement.json.

Deterministic: ids are uuid5 of fixed names (as in services.demo) and every timestamp
comes from a snapshot's date, so adding it twice changes nothing (INSERT OR IGNORE).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from csmm_desktop.config import resource_path
from csmm_desktop.domain.engagement import CHANNELS, encode_change
from csmm_desktop.services.demo import DEMO_NAMESPACE

if TYPE_CHECKING:
    from sqlite_utils import Database


def demo_engagement_spec() -> dict:
    path = resource_path("engagement", "demo_engagement.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _months_before(day: str, count: int) -> list[str]:
    """The `count` whole months before the month of `day`, oldest first (YYYY-MM)."""
    year, month = int(day[:4]), int(day[5:7])
    found = []
    for back in range(count, 0, -1):
        m0 = year * 12 + month - 1 - back
        found.append(f"{m0 // 12:04d}-{m0 % 12 + 1:02d}")
    return found


class DemoBuilder:
    """Ids, days and inserts of the demo's rows (days: offsets from a snapshot's date). Ids
    are uuid5 of names, so a later part of the demo (the CX board) finds the rows by name."""

    def __init__(self, db: Database, client_id: str, snapshots: Sequence[tuple[str, str, str]]):
        self.db = db
        self.client_id = client_id
        self.snap = {stage: (sid, when) for sid, stage, when in snapshots}

    def id(self, *parts: object) -> str:
        return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(map(str, (self.client_id, *parts)))))

    def day(self, stage: str, offset: int) -> str:
        return (date.fromisoformat(self.snap[stage][1]) + timedelta(days=offset)).isoformat()

    def stamp(self, stage: str, offset: int) -> str:
        return f"{self.day(stage, offset)}T09:00:00+00:00"

    def sid(self, stage: str | None) -> str | None:
        return self.snap[stage][0] if stage in self.snap else None

    def insert(self, table: str, row: dict) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(
            f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", list(row.values())
        )


def _findings(b: DemoBuilder, spec: list[dict], table: str, closed: str, note: str) -> set[str]:
    added = set()
    for item in spec:
        if item["raised"] not in b.snap:
            continue
        closed_sid = b.sid(item.get(closed))
        stamp = b.stamp(item["raised"], 0)
        b.insert(
            table,
            {
                "id": b.id(table, item["key"]),
                "client_id": b.client_id,
                "raised_snapshot_id": b.sid(item["raised"]),
                "title": item["title"],
                "description": item.get("description", ""),
                "topic_id": item.get("topic", ""),
                f"{closed}_snapshot_id": closed_sid,
                note: item.get("note", "") if closed_sid else "",
                "created_at": stamp,
                "updated_at": b.stamp(item[closed], 0) if closed_sid else stamp,
            },
        )
        added.add(item["key"])
    return added


def _numbers(b: DemoBuilder, spec: dict) -> None:
    for position, reason in enumerate(spec["contact_reasons"], start=1):
        b.insert(
            "contact_reasons",
            {
                "id": b.id("reason", reason["key"]),
                "client_id": b.client_id,
                "name": reason["name"],
                "position": position,
            },
        )
    for stage, (sid, when) in b.snap.items():
        mix = spec["channel_mix"][stage]
        rng = random.Random(f"demo-volumes-{stage}")
        for period in _months_before(when, spec["months_per_snapshot"]):
            for reason in spec["contact_reasons"]:
                monthly = reason["monthly"] * reason["trend"][stage] * rng.uniform(0.94, 1.06)
                for channel in CHANNELS:
                    b.insert(
                        "contact_volumes",
                        {
                            "id": b.id("volume", stage, period, reason["key"], channel),
                            "snapshot_id": sid,
                            "period": period,
                            "channel": channel,
                            "reason_id": b.id("reason", reason["key"]),
                            "count": round(monthly * mix[channel] * rng.uniform(0.9, 1.1)),
                        },
                    )


def _kpis(b: DemoBuilder, spec: list[dict]) -> None:
    first = next(iter(b.snap))
    for kpi in spec:
        kpi_id = b.id("kpi", kpi["key"])
        b.insert(
            "kpis",
            {
                "id": kpi_id,
                "client_id": b.client_id,
                "name": kpi["name"],
                "unit": kpi["unit"],
                "direction": kpi["direction"],
                "target": kpi["target"],
                "critical": int(kpi["critical"]),
                "description": kpi["description"],
                "created_at": b.stamp(first, 0),
                "updated_at": b.stamp(first, 0),
            },
        )
        for stage, value in kpi["values"].items():
            if stage in b.snap:
                b.insert(
                    "kpi_values",
                    {
                        "kpi_id": kpi_id,
                        "snapshot_id": b.sid(stage),
                        "value": value,
                        "updated_at": b.stamp(stage, 1),
                    },
                )


def _workshops(b: DemoBuilder, spec: list[dict]) -> set[str]:
    added = set()
    for w in spec:
        if w["stage"] not in b.snap:
            continue
        b.insert(
            "workshops",
            {
                "id": b.id("workshop", w["key"]),
                "snapshot_id": b.sid(w["stage"]),
                "date": b.day(w["stage"], w["day"]),
                "participants": w["participants"],
                "agenda": w["agenda"],
                "notes": w["notes"],
                "created_at": b.stamp(w["stage"], w["day"]),
                "updated_at": b.stamp(w["stage"], w["day"]),
            },
        )
        added.add(w["key"])
    return added


def _actions(b: DemoBuilder, spec: list[dict], linked: dict[str, set[str]]) -> None:
    for a in spec:
        stage = a["stage"]
        if stage not in b.snap:
            continue
        action_id = b.id("action", a["key"])
        state = {
            "snapshot_id": b.sid(stage),
            "title": a["title"],
            "owner": a.get("owner", ""),
            "due_date": b.day(stage, a["due"]) if "due" in a else "",
            "status": "planned",
            "cycle": a["cycle"],
            "topic_id": a.get("topic", ""),
            "problem_id": b.id("problems", a["problem"])
            if a.get("problem") in linked["problem"]
            else None,
            "kpi_id": b.id("kpi", a["kpi"]) if a.get("kpi") else None,
            "workshop_id": b.id("workshop", a["workshop"])
            if a.get("workshop") in linked["workshop"]
            else None,
        }
        revisions = [
            (
                b.stamp(stage, a["day"]),
                "created",
                {k: (None, v) for k, v in state.items() if v not in (None, "")},
                "",
            )
        ]
        for r in a["revisions"]:
            new = dict(r["set"])
            if "due" in new:
                new["due_date"] = b.day(stage, new.pop("due"))
            changes = {k: (state[k], v) for k, v in new.items() if state[k] != v}
            kind = "changed" if changes else "feedback"
            revisions.append((b.stamp(stage, r["day"]), kind, changes, r.get("feedback", "")))
            state.update(new)
        b.insert(
            "actions",
            {
                "id": action_id,
                "client_id": b.client_id,
                **state,
                "created_at": revisions[0][0],
                "updated_at": revisions[-1][0],
            },
        )
        for n, (at, kind, changes, feedback) in enumerate(revisions):
            b.insert(
                "action_revisions",
                {
                    "id": b.id("revision", a["key"], n),
                    "action_id": action_id,
                    "at": at,
                    "change": encode_change(kind, changes),
                    "feedback": feedback,
                },
            )


def add_demo_engagement(
    db: Database, client_id: str, snapshots: Sequence[tuple[str, str, str]]
) -> None:
    """Add the demo engagement for `client_id`; snapshots: (snapshot id, stage, date).

    Stages missing from `snapshots` are skipped with what belongs to them. Runs inside
    the caller's transaction when there is one (db.atomic() nests as a savepoint).
    """
    spec = demo_engagement_spec()
    b = DemoBuilder(db, client_id, snapshots)
    if not b.snap:
        return
    with db.atomic():
        linked = {
            "problem": _findings(b, spec["problems"], "problems", "resolved", "resolution"),
            "workshop": _workshops(b, spec["workshops"]),
        }
        _findings(b, spec["requirements"], "requirements", "solved", "solution")
        _numbers(b, spec)
        _kpis(b, spec["kpis"])
        _actions(b, spec["actions"], linked)
        for stage, (sid, _when) in b.snap.items():
            ticks = {"report": spec["report_day"], **spec["manual_ticks"].get(stage, {})}
            for item, offset in ticks.items():
                b.insert(
                    "checklist_items",
                    {
                        "snapshot_id": sid,
                        "item": item,
                        "done": 1,
                        "done_at": b.stamp(stage, offset),
                    },
                )
