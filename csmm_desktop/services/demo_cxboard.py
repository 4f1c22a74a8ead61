"""The demo client's Customer Experience board, from the Measured snapshot on: NPS readings
month by month, notes on contact reasons, three months of bi-weekly meetings alternating
metrics and project review, the feedback log and CX projects with their revisions, from
resources/cxboard/demo_cxboard.json.

Deterministic: ids are uuid5 of fixed names (as in services.demo and demo_engagement) and
every timestamp comes from the Measured snapshot's date, so adding it twice changes nothing
(INSERT OR IGNORE). The contact reasons and KPIs it links to are demo_engagement's; links
to ones that are missing are left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from csmm_desktop.config import resource_path
from csmm_desktop.domain.cxboard import check_nps_counts, encode_changes, nps_from_scores
from csmm_desktop.services.demo_engagement import DemoBuilder

if TYPE_CHECKING:
    from sqlite_utils import Database


def demo_cxboard_spec() -> dict:
    return json.loads(resource_path("cxboard", "demo_cxboard.json").read_text(encoding="utf-8"))


def _month(day: str, offset: int) -> str:
    m0 = int(day[:4]) * 12 + int(day[5:7]) - 1 + offset
    return f"{m0 // 12:04d}-{m0 % 12 + 1:02d}"


class _Board(DemoBuilder):
    """The demo builder, plus the board's meeting days and look-ups of rows that the
    engagement demo may have made."""

    def __init__(self, db: Database, client_id: str, snapshots: Sequence[tuple[str, str, str]]):
        super().__init__(db, client_id, snapshots)
        self.meeting_day: dict[str, int] = {}

    def existing(self, table: str, *name: str | None) -> str | None:
        """The demo id of `name` in `table` if that row is there (None for no name)."""
        if name[-1] is None:
            return None
        row_id = self.id(*name)
        found = self.db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        return row_id if found else None


def _nps(b: _Board, spec: dict, stage: str) -> None:
    from csmm_desktop.services.assessment import snapshot_scores

    b.insert(
        "cx_nps_settings",
        {"client_id": b.client_id, **spec["bands"], "updated_at": b.stamp(stage, 0)},
    )
    for r in spec["nps"]:
        period = _month(b.snap[stage][1], r["month"])
        counts, row = nps_from_scores(r["counts"]), {"source": "survey", "snapshot_id": None}
        row["score_counts"] = json.dumps(r["counts"])
        when = b.stamp(stage, 0) if r["month"] == 0 else f"{_month(period, 1)}-01T09:00:00+00:00"
        if r.get("snapshot") in b.snap:
            promoters, passives, detractors = snapshot_scores(
                b.db, b.snap[r["snapshot"]][0]
            ).nps_counts
            if promoters + passives + detractors:
                counts = check_nps_counts(promoters, passives, detractors)
                row = {"source": "snapshot", "snapshot_id": b.sid(r["snapshot"])}
                row["score_counts"] = ""
                when = b.stamp(r["snapshot"], 0)
        b.insert(
            "cx_nps_readings",
            {
                "id": b.id("cx-nps", period),
                "client_id": b.client_id,
                "period": period,
                **row,
                "promoters": counts.promoters,
                "passives": counts.passives,
                "detractors": counts.detractors,
                "notes": r["notes"],
                "created_at": when,
                "updated_at": when,
            },
        )


def _projects(b: _Board, spec: list[dict], stage: str) -> None:
    for p in spec:
        project_id = b.id("cx-project", p["key"])
        state = {
            "title": p["title"],
            "description": p["description"],
            "source": p["source"],
            "reason_id": b.existing("contact_reasons", "reason", p.get("reason")),
            "feedback_id": b.id("cx-feedback", p["feedback"]) if p.get("feedback") else None,
            "owner": "",
            "status": "nominated",
            "priority": 3,
            "next_steps": "",
            "scope": "",
            "solution": "",
            "due_date": "",
            "topic_id": p.get("topic", ""),
            "kpi_id": b.existing("kpis", "kpi", p.get("kpi")),
            "meeting_id": b.id("cx-meeting", p["meeting"]),
            "nominated_on": b.day(stage, b.meeting_day[p["meeting"]]),
        }
        at = b.stamp(stage, b.meeting_day[p["meeting"]])
        history = [(at, "created", {k: (None, v) for k, v in state.items() if v}, "")]
        for r in p["revisions"]:
            new = dict(r["set"])
            if "due" in new:
                new["due_date"] = b.day(stage, new.pop("due"))
            changes = {k: (state[k], v) for k, v in new.items() if state[k] != v}
            kind = "changed" if changes else "note"
            history.append((b.stamp(stage, r["day"]), kind, changes, r.get("note", "")))
            state.update(new)
        b.insert(
            "cx_projects",
            {
                "id": project_id,
                "client_id": b.client_id,
                **state,
                "created_at": history[0][0],
                "updated_at": history[-1][0],
            },
        )
        for n, (when, kind, changes, note) in enumerate(history):
            b.insert(
                "cx_project_revisions",
                {
                    "id": b.id("cx-revision", p["key"], n),
                    "project_id": project_id,
                    "at": when,
                    "kind": kind,
                    "changes": encode_changes(changes),
                    "note": note,
                },
            )


def add_demo_cxboard(
    db: Database, client_id: str, snapshots: Sequence[tuple[str, str, str]]
) -> None:
    """Add the demo CX board for `client_id`; snapshots: (snapshot id, stage, date).

    Nothing is added without the Measured snapshot (the board starts there). Runs inside
    the caller's transaction when there is one (db.atomic() nests as a savepoint).
    """
    from csmm_desktop.services.cxboard.agenda import build_agenda

    spec = demo_cxboard_spec()
    b = _Board(db, client_id, snapshots)
    stage = spec["from_stage"]
    if stage not in b.snap:
        return
    b.meeting_day.update({m["key"]: m["day"] for m in spec["meetings"]})
    with db.atomic():
        _nps(b, spec, stage)
        for note in spec["reason_notes"]:
            reason_id = b.existing("contact_reasons", "reason", note["reason"])
            if reason_id:
                b.insert(
                    "cx_reason_notes",
                    {
                        "reason_id": reason_id,
                        "emotions": note["emotions"],
                        "pain_points": note["pain_points"],
                        "updated_at": b.stamp(stage, 1),
                    },
                )
        names = spec["attendees"]
        for m in spec["meetings"]:
            b.insert(
                "cx_meetings",
                {
                    "id": b.id("cx-meeting", m["key"]),
                    "client_id": client_id,
                    "date": b.day(stage, m["day"]),
                    "kind": m["kind"],
                    "duration_min": m["minutes"],
                    "attendees": json.dumps([names[a] for a in m["attendees"]], ensure_ascii=False),
                    "decisions": json.dumps(m["decisions"], ensure_ascii=False),
                    "minutes": m["notes"],
                    "created_at": b.stamp(stage, m["day"]),
                    "updated_at": b.stamp(stage, m["day"]),
                },
            )
        for f in spec["feedback"]:
            b.insert(
                "cx_feedback",
                {
                    "id": b.id("cx-feedback", f["key"]),
                    "client_id": client_id,
                    "date": b.day(stage, f["day"]),
                    "source": f["source"],
                    "text": f["text"],
                    "created_at": b.stamp(stage, f["day"]),
                    "updated_at": b.stamp(stage, f["day"]),
                },
            )
        _projects(b, spec["projects"], stage)
        for f in spec["feedback"]:
            for key in f["projects"]:
                b.insert(
                    "cx_project_feedback",
                    {
                        "project_id": b.id("cx-project", key),
                        "feedback_id": b.id("cx-feedback", f["key"]),
                    },
                )
        # The agendas as they were prepared: from what was known before each meeting.
        previous = None
        for m in spec["meetings"]:
            day = b.day(stage, m["day"])
            agenda = build_agenda(db, client_id, m["kind"], day, previous, as_of=True)
            db.execute(
                "UPDATE cx_meetings SET agenda = ? WHERE id = ? AND agenda = '[]'",
                [
                    json.dumps([i.to_json() for i in agenda], ensure_ascii=False),
                    b.id("cx-meeting", m["key"]),
                ],
            )
            previous = day
