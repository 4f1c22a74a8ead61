"""Board meetings: bi-weekly, alternating "metrics" (75-90 min) and "project review"
(60-90 min). next_meeting() proposes the date, the kind and a prepared agenda; a meeting
is recorded with its duration (checked against the kind), attendees, agenda, decisions
and minutes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.domain.cxboard import AgendaItem
from csmm_desktop.messages import Message, message
from csmm_desktop.services.checks import TEXT_MAX, at, clean_date, clean_text, one_row
from csmm_desktop.services.clients import InputError, get_client
from csmm_desktop.services.common import new_id, now
from csmm_desktop.services.cxboard._common import _choice, _rule
from csmm_desktop.services.cxboard.agenda import build_agenda

if TYPE_CHECKING:
    from sqlite_utils import Database

AGENDA_MAX_ITEMS = 200


@dataclass(frozen=True)
class BoardMeeting:
    id: str
    client_id: str
    date: str  # YYYY-MM-DD
    kind: str  # "metrics" or "project_review"
    duration_min: int
    attendees: tuple[str, ...]
    agenda: tuple[AgendaItem, ...]
    decisions: tuple[str, ...]
    minutes: str


@dataclass(frozen=True)
class MeetingProposal:
    """What the next meeting should be: its date, kind, planned length and agenda."""

    date: str
    kind: str
    duration_min: int  # the kind's usual length
    min_minutes: int
    max_minutes: int
    agenda: tuple[AgendaItem, ...]
    previous_id: str | None  # the meeting it follows


_COLUMNS = "id, client_id, date, kind, duration_min, attendees, agenda, decisions, minutes"


def _meeting(row: Mapping) -> BoardMeeting:
    return BoardMeeting(
        row["id"],
        row["client_id"],
        row["date"],
        row["kind"],
        row["duration_min"],
        tuple(json.loads(row["attendees"] or "[]")),
        tuple(AgendaItem.from_json(i) for i in json.loads(row["agenda"] or "[]")),
        tuple(json.loads(row["decisions"] or "[]")),
        row["minutes"],
    )


def get_meeting(db: Database, meeting_id: str) -> BoardMeeting:
    return _meeting(one_row(db, "cx_meetings", meeting_id, message("noun.meeting")))


def list_meetings(db: Database, client_id: str) -> list[BoardMeeting]:
    """A client's board meetings, oldest first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM cx_meetings WHERE client_id = ? ORDER BY date, created_at, rowid",
        [client_id],
    )
    return [_meeting(r) for r in rows]


def _lines(values: Iterable[str] | str, what: Callable[[int], Message], *, line: bool) -> list[str]:
    """Non-empty entries in order, each checked (a text is split at line breaks; one-line
    entries, the attendees, also at commas, and each is kept once). `what(n)` names the
    n-th entry in a message."""
    if isinstance(values, str):
        values = values.replace(",", "\n").splitlines() if line else values.splitlines()
    found: list[str] = []
    for n, value in enumerate(values, start=1):
        limit = 200 if line else TEXT_MAX
        cleaned = clean_text(value, what(n), limit=limit, line=line)
        if cleaned and not (line and cleaned in found):
            found.append(cleaned)
    return found


def _agenda_item(item: AgendaItem | Mapping | str, where: Message) -> dict:
    if isinstance(item, str):
        item = AgendaItem("", {"en": item, "tr": item})
    elif isinstance(item, Mapping):
        text = item.get("text")
        if isinstance(text, str):
            item = {**item, "text": {"en": text, "tr": text}}
        item = AgendaItem.from_json(item)
    elif not isinstance(item, AgendaItem):
        raise InputError(message("meeting.bad_agenda_item", where=where, kind=type(item).__name__))
    text = {
        lang: clean_text(
            item.text.get(lang, ""), message("where.in_language", where=where, lang=lang)
        )
        for lang in rules.LANGS
    }
    if not any(text.values()):
        raise InputError(message("input.empty", what=where))
    text = {lang: text[lang] or next(t for t in text.values() if t) for lang in rules.LANGS}
    if len(item.section) > 40 or len(item.ref_kind) > 40 or len(item.ref_id) > 100:
        raise InputError(message("meeting.agenda_reference_too_long", where=where))
    return AgendaItem(item.section, text, item.ref_kind, item.ref_id).to_json()


def _check(fields: dict, where: Message) -> dict:
    out: dict[str, object] = {}
    if fields.get("date") is not None:
        out["date"] = clean_date(fields["date"], at(where, message("field.date")))
    if fields.get("kind") is not None:
        kinds = dict.fromkeys(rules.MEETING_KINDS)
        out["kind"] = _choice(fields["kind"], kinds, where, message("field.kind"))
    if fields.get("attendees") is not None:

        def attendee(n: int) -> Message:
            return message("where.attendee", where=where, n=n)

        attendees = _lines(fields["attendees"], attendee, line=True)
        out["attendees"] = json.dumps(attendees, ensure_ascii=False)
    if fields.get("agenda") is not None:
        items = list(fields["agenda"])
        if len(items) > AGENDA_MAX_ITEMS:
            raise InputError(
                message("meeting.agenda_too_long", where=where, limit=AGENDA_MAX_ITEMS)
            )
        checked = [
            _agenda_item(item, message("where.agenda_item", where=where, n=n))
            for n, item in enumerate(items, 1)
        ]
        out["agenda"] = json.dumps(checked, ensure_ascii=False)
    if fields.get("decisions") is not None:

        def decision(n: int) -> Message:
            return message("where.decision", where=where, n=n)

        decisions = _lines(fields["decisions"], decision, line=False)
        out["decisions"] = json.dumps(decisions, ensure_ascii=False)
    if fields.get("minutes") is not None:
        out["minutes"] = clean_text(fields["minutes"], at(where, message("field.minutes")))
    return out


def _duration(kind: str, minutes: object, where: Message) -> int:
    return _rule(where, rules.check_duration, kind, minutes)


def record_meeting(
    db: Database,
    client_id: str,
    when: str,
    kind: str,
    duration_min: int | None = None,
    *,
    attendees: Iterable[str] | str = (),
    agenda: Iterable[AgendaItem | Mapping | str] = (),
    decisions: Iterable[str] | str = (),
    minutes: str = "",
) -> BoardMeeting:
    """Record a board meeting. The duration must lie within the kind's range (metrics
    75-90, project review 60-90 minutes); None takes the kind's usual length. Agenda items
    are AgendaItems (e.g. from next_meeting), {"section", "text"} dicts or plain texts."""
    where = message("where.meeting", date=when)
    row = _check(
        dict(
            date=when,
            kind=kind,
            attendees=attendees,
            agenda=agenda,
            decisions=decisions,
            minutes=minutes,
        ),
        where,
    )
    if duration_min is None:
        duration_min = rules.meeting_template(kind).default_minutes
    row["duration_min"] = _duration(kind, duration_min, where)
    stamp, meeting_id = now(), new_id()
    with db.atomic():
        get_client(db, client_id)
        db.table("cx_meetings").insert(
            {
                "id": meeting_id,
                "client_id": client_id,
                **row,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return get_meeting(db, meeting_id)


def update_meeting(
    db: Database,
    meeting_id: str,
    *,
    when: str | None = None,
    kind: str | None = None,
    duration_min: int | None = None,
    attendees: Iterable[str] | str | None = None,
    agenda: Iterable[AgendaItem | Mapping | str] | None = None,
    decisions: Iterable[str] | str | None = None,
    minutes: str | None = None,
) -> BoardMeeting:
    """Change a meeting; the duration is checked against the (new) kind."""
    with db.atomic():
        meeting = get_meeting(db, meeting_id)
        where = message("where.meeting", date=meeting.date)
        fields = dict(date=when, kind=kind, attendees=attendees, agenda=agenda)
        row = _check(fields | dict(decisions=decisions, minutes=minutes), where)
        if kind is not None or duration_min is not None:
            new_kind = str(row.get("kind", meeting.kind))
            length = meeting.duration_min if duration_min is None else duration_min
            row["duration_min"] = _duration(new_kind, length, where)
        if row:
            db.table("cx_meetings").update(meeting_id, {**row, "updated_at": now()})
    return get_meeting(db, meeting_id)


def delete_meeting(db: Database, meeting_id: str) -> None:
    """Delete a meeting; projects nominated there stay, no longer linked to it."""
    with db.atomic():
        get_meeting(db, meeting_id)
        db.execute("DELETE FROM cx_meetings WHERE id = ?", [meeting_id])


def next_meeting(db: Database, client_id: str, today: date | str | None = None) -> MeetingProposal:
    """The next board meeting: 14 days after the last one (today for the first), the other
    kind than the last one (the first is a metrics meeting), with a prepared agenda."""
    get_client(db, client_id)
    meetings = list_meetings(db, client_id)
    if meetings:
        last = meetings[-1]
        day = date.fromisoformat(last.date) + timedelta(days=rules.MEETING_INTERVAL_DAYS)
        kind, previous, previous_id = rules.next_kind(last.kind), last.date, last.id
    else:
        if isinstance(today, str):
            today = date.fromisoformat(clean_date(today, message("field.today")))
        day = today or date.today()
        kind, previous, previous_id = rules.FIRST_MEETING_KIND, None, None
    template = rules.meeting_template(kind)
    agenda = build_agenda(db, client_id, kind, day.isoformat(), previous)
    return MeetingProposal(
        day.isoformat(),
        kind,
        template.default_minutes,
        template.min_minutes,
        template.max_minutes,
        tuple(agenda),
        previous_id,
    )
