"""The voice of the customer: a snapshot's free-text answers and the themes the consultant
gives them (table `quote_themes`, schema 9: one theme per answer, kept with the respondent).

`open_answers` lists the answers with their theme (the tagging dialog); `set_theme` stores
or clears one; `themes_in_use` names the client's themes (the dialog's completion);
`voice_of_customer` groups a snapshot's answers for the report: each theme with how many
answers carry it and up to EXAMPLES example quotes, the same text given by several
respondents once with its count, then the answers without a theme. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.services import assessment
from csmm_desktop.services.checks import clean_text
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import now

if TYPE_CHECKING:
    from sqlite_utils import Database

EXAMPLES = 2  # example quotes printed per theme
THEME_MAX = 60  # characters of a theme's name

catalogue(
    {
        "field.theme": QT_TRANSLATE_NOOP("Messages", "The theme"),
        "voice.no_answer": QT_TRANSLATE_NOOP(
            "Messages", "There is no free-text answer to question {question} of this respondent."
        ),
    }
)


@dataclass(frozen=True)
class OpenAnswer:
    respondent_id: str
    respondent: str  # the respondent's label (name or code)
    role: str
    question_id: str
    text: str
    theme: str  # "" when untagged


@dataclass(frozen=True)
class Quote:
    text: str
    count: int  # respondents who gave this very text (printed once: "(×4)")
    question_id: str = ""
    role: str = ""


@dataclass(frozen=True)
class Theme:
    name: str
    count: int  # answers tagged with it
    examples: tuple[Quote, ...]  # the most given first, at most EXAMPLES


@dataclass(frozen=True)
class Voice:
    themes: tuple[Theme, ...]  # most answers first, then by name
    untagged: tuple[Quote, ...]  # in the order first given, identical texts once
    answers: int  # free-text answers in all

    @property
    def empty(self) -> bool:
        return self.answers == 0


def _themes_of(db: Database, snapshot_id: str) -> dict[tuple[str, str], str]:
    rows = db.execute(
        "SELECT q.respondent_id, q.question_id, q.theme FROM quote_themes q "
        "JOIN respondents r ON r.id = q.respondent_id WHERE r.snapshot_id = ?",
        [snapshot_id],
    ).fetchall()
    return {(r, q): theme for r, q, theme in rows}


def open_answers(db: Database, snapshot_id: str) -> list[OpenAnswer]:
    """The snapshot's free-text answers (the form's text questions, the roles that are
    asked them), by question in the form's order, then respondent, with their theme."""
    form = assessment.snapshot_form(db, snapshot_id)
    questions = [q for q in form.questions.values() if q.scale.kind == "text"]
    themes = _themes_of(db, snapshot_id)
    found: list[OpenAnswer] = []
    respondents = assessment.list_respondents(db, snapshot_id)
    answers = {r.id: assessment.answers_of(db, r.id) for r in respondents}
    for question in questions:
        for r in respondents:
            text = (answers[r.id].get(question.id) or "").strip()
            if text and r.role in question.roles:
                theme = themes.get((r.id, question.id), "")
                found.append(OpenAnswer(r.id, r.label, r.role, question.id, text, theme))
    return found


def set_theme(db: Database, respondent_id: str, question_id: str, theme: str) -> str:
    """Give the answer a theme ("" clears it); returns the theme as stored (one line,
    trimmed). Refused when the respondent has no such free-text answer."""
    cleaned = clean_text(theme, message("field.theme"), limit=THEME_MAX, line=True)
    with db.atomic():
        respondent = assessment.get_respondent(db, respondent_id)
        text = (assessment.answers_of(db, respondent_id).get(question_id) or "").strip()
        if not text:
            raise InputError(message("voice.no_answer", question=question_id))
        get_snapshot(db, respondent.snapshot_id)
        if cleaned:
            db.execute(
                "INSERT INTO quote_themes (respondent_id, question_id, theme, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (respondent_id, question_id) DO UPDATE SET "
                "theme = excluded.theme, updated_at = excluded.updated_at",
                [respondent_id, question_id, cleaned, now()],
            )
        else:
            db.execute(
                "DELETE FROM quote_themes WHERE respondent_id = ? AND question_id = ?",
                [respondent_id, question_id],
            )
    return cleaned


def set_themes(db: Database, themes: dict[tuple[str, str], str]) -> None:
    """Several answers' themes ((respondent id, question id) -> theme) in one transaction."""
    with db.atomic():
        for (respondent_id, question_id), theme in themes.items():
            set_theme(db, respondent_id, question_id, theme)


def themes_in_use(db: Database, client_id: str) -> list[str]:
    """The themes given to any answer of the client's snapshots, by name."""
    rows = db.execute(
        "SELECT DISTINCT q.theme FROM quote_themes q JOIN respondents r ON r.id = "
        "q.respondent_id JOIN snapshots s ON s.id = r.snapshot_id WHERE s.client_id = ?",
        [client_id],
    ).fetchall()
    return sorted((r[0] for r in rows), key=str.casefold)


def _quotes(answers: list[OpenAnswer]) -> list[Quote]:
    counts: dict[str, list] = {}
    for a in answers:
        key = " ".join(a.text.split()).casefold()
        if key in counts:
            counts[key][1] += 1
        else:
            counts[key] = [a, 1]
    return [Quote(a.text, n, a.question_id, a.role) for a, n in counts.values()]


def group(answers: list[OpenAnswer]) -> Voice:
    """The answers grouped by theme (see the module docstring)."""
    by_theme: dict[str, list[OpenAnswer]] = {}
    for a in answers:
        if a.theme:
            by_theme.setdefault(a.theme, []).append(a)
    themes = []
    for name, mine in by_theme.items():
        quotes = sorted(_quotes(mine), key=lambda q: -q.count)  # stable: first given first
        themes.append(Theme(name, len(mine), tuple(quotes[:EXAMPLES])))
    themes.sort(key=lambda t: (-t.count, t.name.casefold()))
    untagged = _quotes([a for a in answers if not a.theme])
    return Voice(tuple(themes), tuple(untagged), len(answers))


def voice_of_customer(db: Database, snapshot_id: str) -> Voice:
    return group(open_answers(db, snapshot_id))
