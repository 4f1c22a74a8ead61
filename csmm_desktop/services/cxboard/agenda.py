"""A board meeting's prepared agenda, built from the client's data along the kind's template
(resources/cxboard/agendas.json): for a metrics meeting the latest NPS and its change, the
top 10 contact reasons with the run-ups and the feedback since the last meeting; for a
project review every open project with its status and next steps. Each item carries its
text in English and Turkish and points at what it was built from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.domain.cxboard import AgendaItem, item_text, texts
from csmm_desktop.domain.engagement import format_date, is_overdue
from csmm_desktop.domain.numbers import signed, whole
from csmm_desktop.services.cxboard.feedback import list_feedback
from csmm_desktop.services.cxboard.nps import get_nps_reading, nps_trend
from csmm_desktop.services.cxboard.projects import CxProject, list_projects
from csmm_desktop.services.cxboard.reasons import reason_text, run_ups, top_reasons

if TYPE_CHECKING:
    from sqlite_utils import Database

FEEDBACK_ON_FIRST_AGENDA = 5  # the latest entries, when there was no meeting before
FEEDBACK_MAX = 10
FEEDBACK_CHARS = 240


def _month_before(day: str) -> str:
    m0 = int(day[:4]) * 12 + int(day[5:7]) - 2
    return f"{m0 // 12:04d}-{m0 % 12 + 1:02d}"


def _nps(db: Database, client_id: str, until: str | None) -> list[AgendaItem]:
    trend = nps_trend(db, client_id, until)
    if not trend:
        return []
    last = trend[-1]
    values: dict[str, object] = dict(
        period=texts(rules.format_period, last.period),
        nps=texts(signed, last.nps),
        band=rules.NPS_BANDS[last.band],
    )
    key = "nps_first"
    if last.change is not None:
        key = "nps"
        shown = whole(last.nps) - whole(trend[-2].nps)  # as the whole numbers read
        values["change"] = texts(signed, shown)
        values["previous"] = texts(rules.format_period, trend[-2].period)
    reading = get_nps_reading(db, last.reading_id)
    mix = item_text(
        "nps_mix",
        promoters=rules.count_text("promoters", reading.promoters),
        passives=rules.count_text("passives", reading.passives),
        detractors=rules.count_text("detractors", reading.detractors),
        total=rules.count_text("answers", reading.total),
    )
    return [
        AgendaItem("nps", item_text(key, **values), "nps", last.reading_id),
        AgendaItem("nps", mix, "nps", last.reading_id),
    ]


def _run_ups(db: Database, client_id: str, until: str | None) -> list[AgendaItem]:
    return [
        AgendaItem(
            "run_ups",
            item_text(
                "run_up",
                name=u.name,
                change=texts(signed, u.change),
                pct=texts(rules.change_pct, u.pct),
                previous=texts(rules.format_period, u.previous_period),
                period=texts(rules.format_period, u.period),
            ),
            "reason",
            u.reason_id,
        )
        for u in run_ups(db, client_id, until_period=until)[: rules.RUN_UPS_ON_AGENDA]
    ]


def _feedback(
    db: Database, client_id: str, since: str | None, until: str | None
) -> list[AgendaItem]:
    entries = list_feedback(db, client_id, since=since, until=until)
    entries = entries[-(FEEDBACK_ON_FIRST_AGENDA if since is None else FEEDBACK_MAX) :]
    items = []
    for e in entries:
        text = e.text if len(e.text) <= FEEDBACK_CHARS else e.text[: FEEDBACK_CHARS - 1] + "…"
        words = dict(date=texts(format_date, e.date), source=rules.FEEDBACK_SOURCES[e.source])
        items.append(
            AgendaItem("feedback", item_text("feedback", **words, text=text), "feedback", e.id)
        )
    return items


def project_text(p: CxProject) -> rules.Text:
    """A project's line on a project review: status, owner, due date, next steps."""
    text = item_text("project", title=p.title, status=rules.PROJECT_STATUSES[p.status])
    if p.owner:
        text = item_text("owner", text=text, owner=p.owner)
    if p.due_date:
        text = item_text("due", text=text, due=texts(format_date, p.due_date))
    if p.next_steps:
        text = item_text("next_steps", text=text, next_steps=p.next_steps)
    return text


def build_agenda(
    db: Database,
    client_id: str,
    kind: str,
    day: str,
    previous_day: str | None = None,
    *,
    as_of: bool = False,
) -> list[AgendaItem]:
    """The agenda of a `kind` meeting on `day` (YYYY-MM-DD), the previous one having been
    on `previous_day`. as_of: use only what was known before `day` (the months before its
    month, feedback up to it, the projects as they stood), as for a past meeting."""
    template = rules.meeting_template(kind)
    until = _month_before(day) if as_of else None
    projects = list_projects(db, client_id, open_only=True, as_of=day if as_of else None)
    built = {
        "nps": lambda: _nps(db, client_id, until),
        "top10": lambda: [
            AgendaItem("top10", reason_text(r), "reason", r.reason_id)
            for r in top_reasons(db, client_id, until_period=until)
        ],
        "run_ups": lambda: _run_ups(db, client_id, until),
        "feedback": lambda: _feedback(db, client_id, previous_day, day if as_of else None),
        "projects": lambda: [
            AgendaItem("projects", project_text(p), "project", p.id)
            for p in projects
            if p.status != "nominated"
        ],
        "revisions": lambda: [
            AgendaItem(
                "revisions",
                item_text("overdue", title=p.title, due=texts(format_date, p.due_date)),
                "project",
                p.id,
            )
            for p in projects
            if is_overdue(p.status, p.due_date, day)
        ],
        "nominations": lambda: [
            AgendaItem(
                "nominations",
                item_text("nominated", title=p.title, source=rules.PROJECT_SOURCES[p.source]),
                "project",
                p.id,
            )
            for p in projects
            if p.status == "nominated"
        ],
    }
    agenda: list[AgendaItem] = []
    for section in template.sections:
        items = built[section.key]() if section.key in built else []
        if not items and section.empty is not None:
            items = [AgendaItem(section.key, dict(section.empty))]
        if section.standing is not None:
            items.append(AgendaItem(section.key, dict(section.standing)))
        agenda.extend(items)
    return agenda
