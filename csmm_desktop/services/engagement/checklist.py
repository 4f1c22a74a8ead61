"""The stage checklist of a snapshot (items ticked from the data or by hand), the next
stage's due dates, and the "report prepared" tick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from csmm_desktop.domain.engagement import (
    ACTION_PLAN_DAYS,
    DueWindow,
    decode_change,
    stage_def,
)
from csmm_desktop.messages import message
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import now
from csmm_desktop.services.engagement.findings import (
    problems_open_at,
    problems_resolved_at,
    requirements_open_at,
    requirements_solved_at,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ChecklistEntry:
    key: str
    text: dict[str, str]  # {"en", "tr"}
    screen: str  # the screen that does it (domain.engagement.SCREENS)
    automatic: bool  # ticked from the store; the user ticks the others
    done: bool
    done_at: str | None  # when a manual item (or the report) was ticked


@dataclass(frozen=True)
class StageChecklist:
    snapshot_id: str
    stage: str
    items: list[ChecklistEntry]
    due: DueWindow  # when the next stage (after Optimized: the next workshop) is expected

    @property
    def done_count(self) -> int:
        return sum(1 for i in self.items if i.done)

    @property
    def complete(self) -> bool:
        return self.done_count == len(self.items)


FORM_FILLED_COVERAGE = 0.5


def _count(db: Database, sql: str, params: list) -> int:
    return db.execute(sql, params).fetchone()[0]


def _auto_done(db: Database, rule: str, snapshot_id: str, cache: dict) -> bool:
    """Whether an automatic item is done. The rules:

    snapshot: the snapshot exists. problems_listed / requirements_listed: at least one was
    raised at this snapshot. problems_reviewed / requirements_reviewed: at least one was
    resolved (solved) here, or none was carried forward open (nothing to review).
    numbers: at least one contact volume. form: at least one respondent has answered half
    or more of their scored questions (FORM_FILLED_COVERAGE), so a respondent who only
    opened the form does not count. score: the overall score is defined. actions: at least
    one action of this snapshot. action_plan: at least one action of this snapshot due
    within 3 months (ACTION_PLAN_DAYS) of its date. kpis: at least one critical KPI has a
    value here. workshop: at least one workshop. feedback: at least one change or feedback
    revision with feedback text on an action of this snapshot. report: ticked once the
    snapshot's report was exported (report_exported(), called by the export, not the builder).
    """
    snap = get_snapshot(db, snapshot_id)
    sid = [snapshot_id]
    if rule == "snapshot":
        return True
    if rule in ("problems_listed", "requirements_listed"):
        table = "problems" if rule == "problems_listed" else "requirements"
        return _count(db, f"SELECT count(*) FROM {table} WHERE raised_snapshot_id = ?", sid) > 0
    if rule == "problems_reviewed":
        return bool(problems_resolved_at(db, snapshot_id)) or not problems_open_at(
            db, snapshot_id, carried_only=True
        )
    if rule == "requirements_reviewed":
        return bool(requirements_solved_at(db, snapshot_id)) or not requirements_open_at(
            db, snapshot_id, carried_only=True
        )
    if rule == "numbers":
        return _count(db, "SELECT count(*) FROM contact_volumes WHERE snapshot_id = ?", sid) > 0
    if rule == "form":
        from csmm_desktop.services.assessment import best_coverage

        return best_coverage(db, snapshot_id) >= FORM_FILLED_COVERAGE
    if rule == "score":
        if "scores" not in cache:
            from csmm_desktop.services.assessment import snapshot_scores

            cache["scores"] = snapshot_scores(db, snapshot_id)
        return cache["scores"].overall is not None
    if rule == "actions":
        return _count(db, "SELECT count(*) FROM actions WHERE snapshot_id = ?", sid) > 0
    if rule == "action_plan":
        until = (date.fromisoformat(snap.date) + timedelta(days=ACTION_PLAN_DAYS)).isoformat()
        sql = "SELECT count(*) FROM actions WHERE snapshot_id = ? AND due_date != ''"
        return _count(db, sql + " AND due_date <= ?", [snapshot_id, until]) > 0
    if rule == "kpis":
        sql = "SELECT count(*) FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id "
        return _count(db, sql + "WHERE v.snapshot_id = ? AND k.critical = 1", sid) > 0
    if rule == "workshop":
        return _count(db, "SELECT count(*) FROM workshops WHERE snapshot_id = ?", sid) > 0
    if rule == "feedback":
        rows = db.execute(
            "SELECT r.change FROM action_revisions r JOIN actions a ON a.id = r.action_id "
            "WHERE a.snapshot_id = ? AND r.feedback != ''",
            sid,
        )
        return any(decode_change(change)[0] != "created" for (change,) in rows)
    if rule == "report":
        return bool(cache["manual"].get("report", (False, None))[0])
    raise ValueError(f"unknown checklist rule {rule!r}")


def stage_checklist(db: Database, snapshot_id: str) -> StageChecklist:
    """The checklist of the snapshot's stage with what is done, and the next due dates."""
    snap = get_snapshot(db, snapshot_id)
    spec = stage_def(snap.stage)
    rows = db.execute(
        "SELECT item, done, done_at FROM checklist_items WHERE snapshot_id = ?", [snapshot_id]
    )
    cache: dict = {"manual": {item: (bool(done), at) for item, done, at in rows}}
    items = []
    for item in spec.items:
        ticked, at = cache["manual"].get(item.key, (False, None))
        if item.automatic:
            ticked = _auto_done(db, item.auto or "", snapshot_id, cache)
            at = at if item.auto == "report" and ticked else None
        items.append(
            ChecklistEntry(item.key, dict(item.text), item.screen, item.automatic, ticked, at)
        )
    return StageChecklist(snapshot_id, snap.stage, items, spec.due(snap.date))


def next_stage_due(db: Database, snapshot_id: str) -> DueWindow:
    """Earliest and latest date of the next stage (after Optimized: the next workshop)."""
    snap = get_snapshot(db, snapshot_id)
    return stage_def(snap.stage).due(snap.date)


def _tick(db: Database, snapshot_id: str, key: str, done: bool) -> None:
    db.execute(
        "INSERT INTO checklist_items (snapshot_id, item, done, done_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (snapshot_id, item) DO UPDATE SET done = excluded.done, "
        "done_at = excluded.done_at",
        [snapshot_id, key, int(done), now() if done else None],
    )


def set_checklist_item(db: Database, snapshot_id: str, key: str, done: bool) -> None:
    """Tick or untick a manual item of the snapshot's checklist."""
    with db.atomic():
        snap = get_snapshot(db, snapshot_id)
        item = stage_def(snap.stage).item(key)
        if item is None:
            raise InputError(message("checklist.no_item", stage=snap.stage, key=key))
        if item.automatic:
            raise InputError(message("checklist.automatic", key=key))
        _tick(db, snapshot_id, key, done)


def mark_report_prepared(db: Database, snapshot_id: str, prepared: bool = True) -> None:
    """Tick (or untick) "report prepared" on the snapshot's checklist."""
    with db.atomic():
        get_snapshot(db, snapshot_id)
        _tick(db, snapshot_id, "report", prepared)


# The report kinds whose export is the report the checklist asks for.
PREPARED_BY = ("snapshot",)


def report_exported(db: Database, snapshot_id: str, kind: str = "snapshot") -> bool:
    """Once a report of the snapshot has been written, by whoever exported it (the window's
    export, the `report` command; the report builders only read): a snapshot report ticks
    "report prepared". Returns whether it ticked."""
    if kind not in PREPARED_BY:
        return False
    mark_report_prepared(db, snapshot_id)
    return True
