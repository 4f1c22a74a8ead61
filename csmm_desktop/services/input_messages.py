"""What the services say when they refuse input or cannot find a row, as catalogue Messages
(csmm_desktop.messages): a stable code, an English template, named arguments, rendered in
the reader's language by whoever shows it.

A refusal names what it is about, and that is a Message too, so a translation words it:
a place (`where.*`: "Action 'Call back'") and a field (`field.*`: "the title"), joined by
`at(where, field)` ("Action 'Call back': the title"); the things a look-up or a link is
about are `noun.*` ("client", "KPI"). What the user typed stays as typed.

The checks shared by every service (checks.py clean_text / clean_number / clean_date, the
choices, periods and links) use the `input.*` codes; each service's own rules have codes
named after it (`client.*`, `kpi.*`, `meeting.*`…). Nothing here imports Qt.
"""

from __future__ import annotations

from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue, message

MESSAGES = catalogue(
    {
        # --- the shared checks ---------------------------------------------------------
        "input.at": QT_TRANSLATE_NOOP("Messages", "{where}: {field}"),
        "input.not_text": QT_TRANSLATE_NOOP("Messages", "{what} must be text, not {kind}."),
        "input.empty": QT_TRANSLATE_NOOP("Messages", "{what} is empty."),
        "input.too_long": QT_TRANSLATE_NOOP(
            "Messages", "{what} is {length} characters long; at most {limit} fit."
        ),
        "input.not_a_number": QT_TRANSLATE_NOOP("Messages", "{what} '{value}' is not a number."),
        "input.not_finite": QT_TRANSLATE_NOOP("Messages", "{what} must be a finite number."),
        "input.date_not_text": QT_TRANSLATE_NOOP(
            "Messages", "{what} must be a date written YYYY-MM-DD."
        ),
        "input.bad_date": QT_TRANSLATE_NOOP(
            "Messages", "{what} '{value}' is not a date in the form YYYY-MM-DD."
        ),
        "input.no_such_day": QT_TRANSLATE_NOOP(
            "Messages", "{what} '{value}' does not exist in the calendar."
        ),
        "input.bad_period": QT_TRANSLATE_NOOP(
            "Messages", "{where}: period '{value}' must be a month written YYYY-MM."
        ),
        "input.unknown": QT_TRANSLATE_NOOP(
            "Messages", "{what} '{value}' is unknown; use one of: {allowed}."
        ),
        "input.whole_number": QT_TRANSLATE_NOOP(
            "Messages", "{what} must be a whole number from {low} to {high}."
        ),
        "input.count": QT_TRANSLATE_NOOP("Messages", "{what} must be a whole number of 0 or more."),
        "input.not_a_topic": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a topic of the assessment form."
        ),
        "input.other_client_snapshot": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the snapshot belongs to another client."
        ),
        "input.other_client_link": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the linked {what} belongs to another client."
        ),
        "input.rule": QT_TRANSLATE_NOOP("Messages", "{where}: {problem}."),
        # --- fields (after "where: ") and names standing alone ---------------------------
        "field.title": QT_TRANSLATE_NOOP("Messages", "the title"),
        "field.owner": QT_TRANSLATE_NOOP("Messages", "the owner"),
        "field.due_date": QT_TRANSLATE_NOOP("Messages", "the due date"),
        "field.status": QT_TRANSLATE_NOOP("Messages", "status"),
        "field.cycle": QT_TRANSLATE_NOOP("Messages", "the cycle"),
        "field.unit": QT_TRANSLATE_NOOP("Messages", "the unit"),
        "field.direction": QT_TRANSLATE_NOOP("Messages", "direction"),
        "field.target": QT_TRANSLATE_NOOP("Messages", "the target"),
        "field.value": QT_TRANSLATE_NOOP("Messages", "the value"),
        "field.description": QT_TRANSLATE_NOOP("Messages", "the description"),
        "field.feedback": QT_TRANSLATE_NOOP("Messages", "the feedback"),
        "field.note": QT_TRANSLATE_NOOP("Messages", "the note"),
        "field.notes": QT_TRANSLATE_NOOP("Messages", "the notes"),
        "field.resolution": QT_TRANSLATE_NOOP("Messages", "the resolution note"),
        "field.solution_note": QT_TRANSLATE_NOOP("Messages", "the solution note"),
        "field.date": QT_TRANSLATE_NOOP("Messages", "the date"),
        "field.participants": QT_TRANSLATE_NOOP("Messages", "the participants"),
        "field.agenda": QT_TRANSLATE_NOOP("Messages", "the agenda"),
        "field.minutes": QT_TRANSLATE_NOOP("Messages", "the minutes"),
        "field.kind": QT_TRANSLATE_NOOP("Messages", "kind"),
        "field.source": QT_TRANSLATE_NOOP("Messages", "source"),
        "field.language": QT_TRANSLATE_NOOP("Messages", "language"),
        "field.channel": QT_TRANSLATE_NOOP("Messages", "channel"),
        "field.count": QT_TRANSLATE_NOOP("Messages", "the count"),
        "field.priority": QT_TRANSLATE_NOOP("Messages", "the priority"),
        "field.next_steps": QT_TRANSLATE_NOOP("Messages", "the next steps"),
        "field.scope": QT_TRANSLATE_NOOP("Messages", "the scope"),
        "field.solution": QT_TRANSLATE_NOOP("Messages", "the solution"),
        "field.nominated_on": QT_TRANSLATE_NOOP("Messages", "the nomination date"),
        "field.text": QT_TRANSLATE_NOOP("Messages", "the text"),
        "field.emotions": QT_TRANSLATE_NOOP("Messages", "the emotions"),
        "field.pain_points": QT_TRANSLATE_NOOP("Messages", "the pain points"),
        "field.stage": QT_TRANSLATE_NOOP("Messages", "Stage"),
        "field.role": QT_TRANSLATE_NOOP("Messages", "Role"),
        "field.a_date": QT_TRANSLATE_NOOP("Messages", "Date"),
        "field.today": QT_TRANSLATE_NOOP("Messages", "Today's date"),
        "field.kpi_name": QT_TRANSLATE_NOOP("Messages", "A KPI's name"),
        "field.reason_name": QT_TRANSLATE_NOOP("Messages", "A contact reason's name"),
        # --- the things looked up or linked ----------------------------------------------
        "noun.client": QT_TRANSLATE_NOOP("Messages", "client"),
        "noun.snapshot": QT_TRANSLATE_NOOP("Messages", "snapshot"),
        "noun.respondent": QT_TRANSLATE_NOOP("Messages", "respondent"),
        "noun.action": QT_TRANSLATE_NOOP("Messages", "action"),
        "noun.kpi": QT_TRANSLATE_NOOP("Messages", "KPI"),
        "noun.problem": QT_TRANSLATE_NOOP("Messages", "problem"),
        "noun.requirement": QT_TRANSLATE_NOOP("Messages", "requirement"),
        "noun.workshop": QT_TRANSLATE_NOOP("Messages", "workshop"),
        "noun.contact_reason": QT_TRANSLATE_NOOP("Messages", "contact reason"),
        "noun.contact_volume": QT_TRANSLATE_NOOP("Messages", "contact volume"),
        "noun.nps_reading": QT_TRANSLATE_NOOP("Messages", "NPS reading"),
        "noun.feedback": QT_TRANSLATE_NOOP("Messages", "feedback entry"),
        "noun.meeting": QT_TRANSLATE_NOOP("Messages", "board meeting"),
        "noun.project": QT_TRANSLATE_NOOP("Messages", "CX project"),
        # --- places ----------------------------------------------------------------------
        "where.action": QT_TRANSLATE_NOOP("Messages", "Action '{title}'"),
        "where.kpi": QT_TRANSLATE_NOOP("Messages", "KPI '{name}'"),
        "where.new_problem": QT_TRANSLATE_NOOP("Messages", "The new problem"),
        "where.new_requirement": QT_TRANSLATE_NOOP("Messages", "The new requirement"),
        "where.problem": QT_TRANSLATE_NOOP("Messages", "Problem '{title}'"),
        "where.requirement": QT_TRANSLATE_NOOP("Messages", "Requirement '{title}'"),
        "where.volume": QT_TRANSLATE_NOOP("Messages", "Contact volume ({period}, {channel})"),
        "where.workshop": QT_TRANSLATE_NOOP("Messages", "The workshop"),
        "where.nps_survey": QT_TRANSLATE_NOOP("Messages", "NPS reading of {period}"),
        "where.nps_snapshot": QT_TRANSLATE_NOOP(
            "Messages", "NPS reading from the snapshot of {date}"
        ),
        "where.nps_bands": QT_TRANSLATE_NOOP("Messages", "The NPS bands"),
        "where.run_ups": QT_TRANSLATE_NOOP("Messages", "Run-ups"),
        "where.top_reasons": QT_TRANSLATE_NOOP("Messages", "Top contact reasons"),
        "where.meeting": QT_TRANSLATE_NOOP("Messages", "Board meeting of {date}"),
        "where.attendee": QT_TRANSLATE_NOOP("Messages", "{where}: attendee {n}"),
        "where.decision": QT_TRANSLATE_NOOP("Messages", "{where}: decision {n}"),
        "where.agenda_item": QT_TRANSLATE_NOOP("Messages", "{where}: agenda item {n}"),
        "where.in_language": QT_TRANSLATE_NOOP("Messages", "{where} ({lang})"),
        "where.project": QT_TRANSLATE_NOOP("Messages", "CX project '{title}'"),
        "where.feedback": QT_TRANSLATE_NOOP("Messages", "Feedback of {date}"),
        "where.reason_note": QT_TRANSLATE_NOOP("Messages", "The note on contact reason '{name}'"),
        "where.from_reason": QT_TRANSLATE_NOOP("Messages", "Nominating from a contact reason"),
        # --- the stages, named in a message ---------------------------------------------
        "stage.initial": QT_TRANSLATE_NOOP("Messages", "Initial"),
        "stage.planned": QT_TRANSLATE_NOOP("Messages", "Planned"),
        "stage.measured": QT_TRANSLATE_NOOP("Messages", "Measured"),
        "stage.optimized": QT_TRANSLATE_NOOP("Messages", "Optimized"),
        # --- each service's own rules ----------------------------------------------------
        "snapshot.before_earlier_stage": QT_TRANSLATE_NOOP(
            "Messages",
            "A {stage} snapshot dated {date} would come before the {other} snapshot of "
            "{other_date}, an earlier stage.",
        ),
        "snapshot.after_later_stage": QT_TRANSLATE_NOOP(
            "Messages",
            "A {stage} snapshot dated {date} would come after the {other} snapshot of "
            "{other_date}, a later stage.",
        ),
        "client.no_name": QT_TRANSLATE_NOOP("Messages", "A client needs a name."),
        "client.name_too_long": QT_TRANSLATE_NOOP(
            "Messages", "A client name can be at most {limit} characters long."
        ),
        "respondent.no_name": QT_TRANSLATE_NOOP("Messages", "A respondent needs a name or a code."),
        "answer.not_in_form": QT_TRANSLATE_NOOP(
            "Messages", "{question} is not a question of form version {version}."
        ),
        "answer.not_applicable": QT_TRANSLATE_NOOP(
            "Messages", "{question} is marked not applicable to this client's snapshot."
        ),
        "import.not_counted": QT_TRANSLATE_NOOP(
            "Messages",
            "{count} answers are to questions left out for this client: they are kept but "
            "not counted (not expected, not scored).",
        ),
        "import.not_counted_one": QT_TRANSLATE_NOOP(
            "Messages",
            "1 answer is to a question left out for this client: it is kept but not counted "
            "(not expected, not scored).",
        ),
        "answer.not_for_role": QT_TRANSLATE_NOOP(
            "Messages", "A {role} respondent does not answer {question}."
        ),
        "answer.invalid": QT_TRANSLATE_NOOP(
            "Messages", "{question}: '{value}' is not valid: {expected}."
        ),
        "kpi.name_taken": QT_TRANSLATE_NOOP(
            "Messages", "KPI '{name}' is already defined for this client."
        ),
        "kpi.no_suggestion": QT_TRANSLATE_NOOP("Messages", "There is no suggested KPI '{key}'."),
        "checklist.no_item": QT_TRANSLATE_NOOP(
            "Messages", "The checklist of the stage {stage} has no item '{key}'."
        ),
        "checklist.automatic": QT_TRANSLATE_NOOP(
            "Messages",
            "Checklist item '{key}' ticks itself from the data; open its screen instead.",
        ),
        "finding.problem_too_early": QT_TRANSLATE_NOOP(
            "Messages",
            "{where} was raised at a later snapshot; it cannot be resolved at an earlier one.",
        ),
        "finding.requirement_too_early": QT_TRANSLATE_NOOP(
            "Messages",
            "{where} was raised at a later snapshot; it cannot be solved at an earlier one.",
        ),
        "reason.name_taken": QT_TRANSLATE_NOOP(
            "Messages", "Contact reason '{name}' is already in the list."
        ),
        "reason.list_full": QT_TRANSLATE_NOOP(
            "Messages",
            "The top contact reasons list already has {limit} reasons; delete or rename one "
            "before adding '{name}'.",
        ),
        "reason.bad_order": QT_TRANSLATE_NOOP(
            "Messages", "The new order must list each of the client's reasons once."
        ),
        "workshop.no_decision": QT_TRANSLATE_NOOP(
            "Messages", "The decision of the workshop of {date} is empty."
        ),
        "nps.no_client_answers": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: no client has answered the recommend question (0-10) yet; enter the "
            "counts of the client's own survey instead.",
        ),
        "meeting.bad_agenda_item": QT_TRANSLATE_NOOP(
            "Messages", "{where} must be text or an agenda item, not {kind}."
        ),
        "meeting.agenda_reference_too_long": QT_TRANSLATE_NOOP(
            "Messages", "{where}: its section or reference is too long."
        ),
        "meeting.agenda_too_long": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the agenda has more than {limit} items."
        ),
    }
)


def at(where: Message, field: Message) -> Message:
    """A field of a place: "Action 'Call back': the title"."""
    return message("input.at", where=where, field=field)
