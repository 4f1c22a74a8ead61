"""The Maturity Assessment Form: loaded from a versioned JSON file and validated.

The form is data (resources/form/csmm_form_v<version>.json). Each snapshot records the
version it was answered with and is always scored with that version's file, so a newer
form never changes an old snapshot.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from csmm_desktop.config import resource_path
from csmm_desktop.domain.text import fold as _fold
from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, UserError, catalogue, message

T = TypeVar("T")

_message = message  # FormCheck.fail has an argument of that name

LANGS = ("en", "tr")
ROLES = ("management", "employee", "client")
NA = "na"
SCALE_KINDS = {
    "agree5": "ordinal",
    "satisfaction5": "ordinal",
    "frequency5": "ordinal",
    "yes_partial_no": "categorical",
    "nps11": "nps",
    "choice": "choice",
    "text": "text",
}
FILE_RE = re.compile(r"^csmm_form_v(\d+(?:\.\d+)*)\.json$")
# How a question relates to one of an earlier form version (the form file's "crosswalk";
# domain/crosswalk.py compares snapshots through it, docs/forms.md "Crosswalk").
RELATIONS = ("same", "reworded", "moved", "split", "merged", "dropped", "new")
ONE_EARLIER = ("same", "reworded", "moved", "split", "dropped")  # exactly one earlier id
TOPIC_ID_RE = re.compile(r"^\d+(\.\d+)+$")


class FormError(UserError, ValueError):
    """The form file is not valid, or a form version is not there; the message names the
    file and the question (shown in the reader's language: messages.render)."""


MESSAGES = catalogue(
    {
        "form.none_found": QT_TRANSLATE_NOOP("Messages", "No form file found in {folder}."),
        "form.unreadable": QT_TRANSLATE_NOOP("Messages", "{file}: cannot be read: {reason}"),
        "form.bad_json": QT_TRANSLATE_NOOP(
            "Messages", "{file}: not valid JSON at line {line}, column {column}: {reason}"
        ),
        "form.file_version": QT_TRANSLATE_NOOP(
            "Messages", "{file}: says version {version}, its name says {named}"
        ),
        "form.stored_version": QT_TRANSLATE_NOOP("Messages", "form {version}: says version {said}"),
        "form.unknown_version": QT_TRANSLATE_NOOP(
            "Messages",
            "Form version {version} is not available in this installation (have: {have}).",
        ),
        "form.invalid": QT_TRANSLATE_NOOP("Messages", "{source}: {where}: {text}"),
        "answer.expected_number": QT_TRANSLATE_NOOP(
            "Messages", "expected a whole number from {low} to {high} or 'na'"
        ),
        "answer.expected_choice": QT_TRANSLATE_NOOP(
            "Messages", "expected one of: {expected}, or 'na'"
        ),
        "role.management": QT_TRANSLATE_NOOP("Messages", "management"),
        "role.employee": QT_TRANSLATE_NOOP("Messages", "employee"),
        "role.client": QT_TRANSLATE_NOOP("Messages", "customer"),
    }
)


class AnswerError(UserError, ValueError):
    """An answer a question does not accept; the Message says what it expects."""


def role_name(role: str) -> Message | str:
    """A role's name in a message ("management"); an unknown role as it is."""
    if role == "management":
        return message("role.management")
    if role == "employee":
        return message("role.employee")
    if role == "client":
        return message("role.client")
    return role


Text = dict[str, str]  # {"en": ..., "tr": ...}


@dataclass(frozen=True)
class ScaleValue:
    value: str
    label: Text
    score: float | None


@dataclass(frozen=True)
class Scale:
    key: str
    kind: str
    label: Text
    values: tuple[ScaleValue, ...] = ()

    @property
    def scored(self) -> bool:
        return self.kind in ("ordinal", "categorical", "nps")


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class Question:
    id: str
    topic_id: str
    section_id: str
    review_id: str
    number: int
    scale: Scale
    roles: tuple[str, ...]
    text_by_role: dict[str, Text]  # role -> text; "*" for all roles
    help: Text | None = None
    options: tuple[Option, ...] = ()
    # its weight in its topic's scores (form file `weight`, > 0, default 1; docs/forms.md
    # "Question weights"): an int when it is a whole number, so weights of 1 add up to counts
    weight: float = 1

    @property
    def scored(self) -> bool:
        return self.scale.scored

    def text(self, lang: str = "en", role: str | None = None) -> str:
        texts = self.text_by_role.get(role or "") or self.text_by_role.get("*")
        if texts is None:  # role-worded question asked without a role: management wording
            texts = self.text_by_role.get("management") or next(iter(self.text_by_role.values()))
        return texts.get(lang) or texts["en"]

    def answer_choices(self) -> list[tuple[str, Text]]:
        """(stored value, label) of each answer the respondent can give, N/A not included."""
        if self.scale.kind == "choice":
            return [(o.id, o.label) for o in self.options]
        return [(v.value, v.label) for v in self.scale.values]

    def parse(self, raw: object) -> str | None:
        """The stored form of an answer cell, None for not answered. AnswerError (a
        ValueError) if invalid."""
        if raw is None:
            return None
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).strip()
        if not text:
            return None
        kind = self.scale.kind
        if kind == "text":
            return text
        if _fold(text) in ("na", "n/a"):
            return NA
        if kind in ("ordinal", "nps"):
            allowed = [v.value for v in self.scale.values]
            if text not in allowed:
                expected = message("answer.expected_number", low=allowed[0], high=allowed[-1])
                raise AnswerError(expected)
            return text
        choices = self.answer_choices()
        folded = _fold(text)
        for value, label in choices:
            if folded == _fold(value) or any(folded == _fold(s) for s in label.values()):
                return value
        ids = [v for v, _ in choices]
        raise AnswerError(message("answer.expected_choice", expected=ids))

    def normalise(self, stored: str | None) -> float | None:
        """0..1 for a scored answer; None for N/A, blank or unscored questions."""
        if stored is None or stored == NA or not self.scored:
            return None
        kind = self.scale.kind
        if kind == "ordinal":
            low, high = int(self.scale.values[0].value), int(self.scale.values[-1].value)
            return (int(stored) - low) / (high - low)
        if kind == "nps":
            return int(stored) / 10
        for value in self.scale.values:
            if value.value == stored:
                return value.score
        return None


@dataclass(frozen=True)
class CrosswalkRow:
    """One row of a form's crosswalk: how `question` (of this form; "" for a dropped one)
    relates to the questions `earlier` of the form version `earlier_version`."""

    question: str
    earlier_version: str
    earlier: tuple[str, ...]
    relation: str


@dataclass
class Topic:
    id: str
    section_id: str
    title: Text
    questions: list[Question] = field(default_factory=list)

    @property
    def scored_questions(self) -> list[Question]:
        return [q for q in self.questions if q.scored]

    @property
    def weight(self) -> float:
        """The topic's weight in its section: the sum of its scored questions' weights (the
        applicable ones on a tailored form). With every weight 1 (the bundled form) it is
        SPEC §4's number of scored questions; 0 for a topic without one. The one place a
        topic's weight is worked out (scoring, confidence, reports and suggestions use it)."""
        return sum(q.weight for q in self.questions if q.scored)


@dataclass
class Section:
    id: str
    review_id: str
    title: Text
    roles: tuple[str, ...]
    intro: Text | None
    topics: list[Topic] = field(default_factory=list)

    @property
    def questions(self) -> list[Question]:
        return [q for t in self.topics for q in t.questions]


@dataclass
class Review:
    id: str
    title: Text
    sections: list[Section] = field(default_factory=list)


DEFAULT_MIN_RESPONDENTS = {"management": 3, "employee": 5, "client": 10}


@dataclass(frozen=True)
class ConfidenceRules:
    """When a level is only indicative (form file: scoring.confidence)."""

    min_respondents_per_role: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_MIN_RESPONDENTS)
    )
    min_section_coverage: float = 0.5  # answered / expected scored answers, 0..1
    interval: float = 0.95  # confidence level of every interval

    def to_json(self) -> dict:
        return {
            "min_respondents_per_role": dict(self.min_respondents_per_role),
            "min_section_coverage": self.min_section_coverage,
            "interval": self.interval,
        }


@dataclass
class Form:
    version: str
    title: Text
    role_names: dict[str, Text]
    scales: dict[str, Scale]
    thresholds: dict[str, float]  # level key -> minimum overall score (0-100)
    promoter_min: int
    detractor_max: int
    na_label: Text
    reviews: list[Review]
    source: str = ""
    confidence: ConfidenceRules = field(default_factory=ConfidenceRules)
    family: str = ""  # the form file's "form": versions of one family share question ids
    crosswalk: tuple[CrosswalkRow, ...] = ()  # how its questions relate to earlier versions
    # per-client applicability (domain/applicability.tailor): the items (section, topic and
    # question ids) this form was tailored without; () for a form as its file has it
    not_applicable: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.sections = {s.id: s for r in self.reviews for s in r.sections}
        self.topics = {t.id: t for s in self.sections.values() for t in s.topics}
        self.questions = {q.id: q for t in self.topics.values() for q in t.questions}

    @property
    def weighted(self) -> bool:
        """Whether a scored question has a weight other than 1 (reports then say that
        weights apply)."""
        return any(q.weight != 1 for q in self.questions.values() if q.scored)

    def sections_for(self, role: str) -> list[Section]:
        """The sections `role` answers (a tailored form's sections left without questions
        not among them)."""
        return [s for s in self.sections.values() if role in s.roles and s.questions]

    def questions_for(self, role: str) -> list[Question]:
        return [q for s in self.sections_for(role) for q in s.questions]

    def level_for(self, overall: float | None) -> str | None:
        """The assessed level for an overall score 0-100 (thresholds from the form)."""
        if overall is None:
            return None
        reached = "initial"
        for key, minimum in sorted(self.thresholds.items(), key=lambda kv: kv[1]):
            if overall >= minimum:
                reached = key
        return reached


# --- loading and validation -----------------------------------------------------------


class _Checker:
    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, message: str) -> FormError:
        return FormError(_message("form.invalid", source=self.source, where=where, text=message))

    def text(self, value: object, where: str, what: str) -> Text:
        if not isinstance(value, dict):
            raise self.fail(where, f"{what} must be an object with 'en' and 'tr' texts")
        for lang in LANGS:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                raise self.fail(where, f"{what} has no {lang!r} text")
        return {lang: value[lang] for lang in LANGS}


def _load_confidence(raw: object, check: _Checker) -> ConfidenceRules:
    """scoring.confidence; absent (an older form file): the defaults."""
    if raw is None:
        return ConfidenceRules()
    where = "scoring.confidence"
    if not isinstance(raw, dict):
        raise check.fail(where, "must be an object")
    minimum = dict(DEFAULT_MIN_RESPONDENTS)
    given = raw.get("min_respondents_per_role", {})
    if not isinstance(given, dict) or set(given) - set(ROLES):
        raise check.fail(where, f"min_respondents_per_role takes the roles {', '.join(ROLES)}")
    for role, n in given.items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise check.fail(where, f"min_respondents_per_role.{role} must be a whole number >= 1")
        minimum[role] = n
    coverage = raw.get("min_section_coverage", 0.5)
    if isinstance(coverage, bool) or not isinstance(coverage, (int, float)):
        raise check.fail(where, "min_section_coverage must be a number from 0 to 1")
    if not 0 <= coverage <= 1:
        raise check.fail(where, "min_section_coverage must be a number from 0 to 1")
    interval = raw.get("interval", 0.95)
    if isinstance(interval, bool) or not isinstance(interval, (int, float)):
        raise check.fail(where, "interval must be a number between 0.5 and 1 (e.g. 0.95)")
    if not 0.5 <= interval < 1:
        raise check.fail(where, "interval must be a number between 0.5 and 1 (e.g. 0.95)")
    return ConfidenceRules(minimum, float(coverage), float(interval))


def _load_scales(raw: dict, check: _Checker) -> dict[str, Scale]:
    scales: dict[str, Scale] = {}
    for key, kind in SCALE_KINDS.items():
        spec = raw.get(key)
        if not isinstance(spec, dict):
            raise check.fail(f"scale {key}", "missing from 'scales'")
        values = []
        for i, item in enumerate(spec.get("values", [])):
            label = check.text(item.get("label"), f"scale {key}", f"value {i + 1} label")
            values.append(ScaleValue(str(item["value"]), label, item.get("score")))
        if kind in ("ordinal", "nps", "categorical") and len(values) < 2:
            raise check.fail(f"scale {key}", "a scored scale needs at least two values")
        if kind == "categorical" and any(v.score is None for v in values):
            raise check.fail(f"scale {key}", "every value needs a 'score' from 0 to 1")
        scales[key] = Scale(
            key, kind, check.text(spec.get("label"), f"scale {key}", "label"), tuple(values)
        )
    return scales


def _load_question(
    raw: dict,
    topic: Topic,
    section: Section,
    number: int,
    scales: dict[str, Scale],
    check: _Checker,
) -> Question:
    qid = raw.get("id")
    expected = f"{topic.id}-{number}"
    where = f"question {qid or expected}"
    if qid != expected:
        raise check.fail(where, f"id must be {expected!r} (TOPIC-N, numbered in order)")
    scale = scales.get(raw.get("scale", ""))
    if scale is None:
        raise check.fail(
            where, f"unknown scale {raw.get('scale')!r}; expected one of {', '.join(SCALE_KINDS)}"
        )
    text = raw.get("text")
    if isinstance(text, dict) and set(text) & set(ROLES):
        unknown = set(text) - set(section.roles)
        missing = set(section.roles) - set(text)
        if unknown or missing:
            raise check.fail(
                where, f"role-worded text must have exactly the roles {', '.join(section.roles)}"
            )
        by_role = {role: check.text(text[role], where, f"{role} text") for role in section.roles}
    else:
        by_role = {"*": check.text(text, where, "text")}
    help_text = check.text(raw["help"], where, "help") if raw.get("help") else None
    weight = raw.get("weight", 1)
    if (
        isinstance(weight, bool)
        or not isinstance(weight, (int, float))
        or not weight > 0
        or not math.isfinite(weight)
    ):
        raise check.fail(where, "weight must be a number greater than 0")
    weight = int(weight) if float(weight).is_integer() else float(weight)
    options: tuple[Option, ...] = ()
    if scale.kind == "choice":
        raw_options = raw.get("options") or []
        if len(raw_options) < 2:
            raise check.fail(where, "a choice question needs at least two options")
        options = tuple(
            Option(str(o["id"]), check.text(o.get("label"), where, "option label"))
            for o in raw_options
        )
        ids = [o.id for o in options]
        if len(set(ids)) != len(ids) or NA in ids:
            raise check.fail(where, "option ids must be unique and not 'na'")
    elif raw.get("options"):
        raise check.fail(where, f"options are only for choice questions, not {scale.key}")
    return Question(
        qid,
        topic.id,
        section.id,
        section.review_id,
        number,
        scale,
        section.roles,
        by_role,
        help_text,
        options,
        weight,
    )


def crosswalk_problem(row: CrosswalkRow, questions: set[str], version: str) -> str | None:
    """What is wrong with one crosswalk row on its own (None: nothing), in English for a
    FormError; the form workbook checks the same with sheet places (domain/form_sheet.py)."""
    if row.relation not in RELATIONS:
        return f"relation {row.relation!r} is not one of {', '.join(RELATIONS)}"
    if not row.earlier_version:
        return "no earlier version"
    if row.earlier_version == version:
        return "the earlier version is this form's own version (a cycle)"
    if row.relation == "dropped":
        if row.question:
            return "a dropped question has no question of this form"
    elif row.question not in questions:
        return f"{row.question or 'the question'!r} is not a question of this form"
    count = len(row.earlier)
    if row.relation == "new" and count:
        return "a new question has no earlier ids"
    if row.relation in ONE_EARLIER and count != 1:
        return f"{row.relation} takes exactly one earlier id"
    if row.relation == "merged" and count < 2:
        return "merged takes at least two earlier ids"
    return None


def _load_crosswalk(raw: object, version: str, questions: set[str], check: _Checker) -> tuple:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise check.fail("crosswalk", "must be a list of rows")
    rows = []
    seen: set[tuple[str, str]] = set()
    claimed: dict[tuple[str, str], list[str]] = {}
    for n, item in enumerate(raw, start=1):
        where = f"crosswalk row {n}"
        if not isinstance(item, dict):
            raise check.fail(where, "must be an object")
        earlier = item.get("earlier") or []
        if not isinstance(earlier, list) or not all(isinstance(e, str) for e in earlier):
            raise check.fail(where, "earlier must be a list of question ids")
        row = CrosswalkRow(
            str(item.get("question") or ""),
            str(item.get("earlier_version") or ""),
            tuple(earlier),
            str(item.get("relation") or ""),
        )
        problem = crosswalk_problem(row, questions, version)
        if problem:
            raise check.fail(where, problem)
        if row.question:
            if (row.earlier_version, row.question) in seen:
                raise check.fail(where, f"question {row.question} is mapped twice")
            seen.add((row.earlier_version, row.question))
        for e in row.earlier:
            claimed.setdefault((row.earlier_version, e), []).append(row.relation)
        rows.append(row)
    for (_v, e), relations in claimed.items():
        if len(relations) > 1 and set(relations) != {"split"}:
            raise check.fail("crosswalk", f"earlier question {e} is mapped twice (not a split)")
        if relations == ["split"]:
            raise check.fail("crosswalk", f"earlier question {e} is split into one question")
    return tuple(rows)


def same_family(one: str, other: str) -> bool:
    """Whether two form families (the form file's "form") are one: compared case-blind
    (Turkish-aware, domain/text.fold); a blank family is of no family."""
    return bool(one.strip()) and _fold(one) == _fold(other)


def parse_form(data: dict, source: str = "form") -> Form:
    check = _Checker(source)
    if not isinstance(data, dict) or not isinstance(data.get("reviews"), list):
        raise check.fail("top level", "not a form file (no 'reviews' list)")
    version = str(data.get("version", "")).strip()
    if not version:
        raise check.fail("top level", "no 'version'")
    if "form" in data and not str(data["form"] or "").strip():
        raise check.fail("top level", "the form family 'form' is blank")
    scales = _load_scales(data.get("scales") or {}, check)
    scoring = data.get("scoring") or {}
    thresholds = {k: float(v) for k, v in (scoring.get("level_thresholds") or {}).items()}
    if set(thresholds) != {"planned", "measured", "optimized"}:
        raise check.fail("scoring", "level_thresholds needs planned, measured and optimized")
    if not thresholds["planned"] < thresholds["measured"] < thresholds["optimized"]:
        raise check.fail("scoring", "level thresholds must increase")
    nps = scoring.get("nps") or {}
    roles = data.get("roles") or {}
    role_names = {r: check.text(roles.get(r), "roles", f"role {r}") for r in ROLES}
    reviews: list[Review] = []
    seen_topics: set[str] = set()
    for r_raw in data["reviews"]:
        review = Review(
            str(r_raw.get("id")),
            check.text(r_raw.get("title"), f"review {r_raw.get('id')}", "title"),
        )
        for s_raw in r_raw.get("sections", []):
            sid = str(s_raw.get("id"))
            where = f"section {sid}"
            if not sid.startswith(review.id + "."):
                raise check.fail(where, f"section id must start with review id {review.id}.")
            s_roles = tuple(s_raw.get("roles") or ())
            if (
                not s_roles
                or any(r not in ROLES for r in s_roles)
                or len(set(s_roles)) < len(s_roles)
            ):
                raise check.fail(where, f"roles must be some of {', '.join(ROLES)}, each once")
            intro = check.text(s_raw["intro"], where, "intro") if s_raw.get("intro") else None
            section = Section(
                sid, review.id, check.text(s_raw.get("title"), where, "title"), s_roles, intro
            )
            for t_raw in s_raw.get("topics", []):
                tid = str(t_raw.get("id"))
                if not TOPIC_ID_RE.match(tid) or not tid.startswith(sid + "."):
                    raise check.fail(f"topic {tid}", f"topic id must start with {sid}.")
                if tid in seen_topics:
                    raise check.fail(f"topic {tid}", "duplicate topic id")
                seen_topics.add(tid)
                topic = Topic(tid, sid, check.text(t_raw.get("title"), f"topic {tid}", "title"))
                raw_questions = t_raw.get("questions") or []
                if not raw_questions:
                    raise check.fail(f"topic {tid}", "has no questions")
                for n, q_raw in enumerate(raw_questions, start=1):
                    topic.questions.append(_load_question(q_raw, topic, section, n, scales, check))
                section.topics.append(topic)
            review.sections.append(section)
        reviews.append(review)
    return Form(
        version=version,
        title=check.text(data.get("title"), "top level", "title"),
        role_names=role_names,
        scales=scales,
        thresholds=thresholds,
        promoter_min=int(nps.get("promoter_min", 9)),
        detractor_max=int(nps.get("detractor_max", 6)),
        na_label=check.text(data.get("na_label"), "top level", "na_label"),
        reviews=reviews,
        source=source,
        confidence=_load_confidence(scoring.get("confidence"), check),
        family=str(data.get("form", "")),
        crosswalk=_load_crosswalk(
            data.get("crosswalk"),
            version,
            {q.id for r in reviews for s in r.sections for t in s.topics for q in t.questions},
            check,
        ),
    )


def _version_key(version: str) -> tuple:
    """Sort key of a version: numeric parts as numbers ("1.10" after "1.9"), others as text."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\-_]", version)
    )


def available_versions(folder: Path | None = None) -> list[str]:
    """The versions of the form files bundled with the app (resources/form)."""
    folder = folder or resource_path("form")
    found = [m.group(1) for p in folder.glob("csmm_form_v*.json") if (m := FILE_RE.match(p.name))]
    return sorted(found, key=_version_key)


def current_form_version() -> str:
    versions = available_versions()
    if not versions:
        raise FormError(_message("form.none_found", folder=str(resource_path("form"))))
    return versions[-1]


_NEW_SNAPSHOT_DEFAULT: list[str] = []  # the GUI's chosen default (Settings → Forms…)


def set_new_snapshot_default(version: str | None) -> None:
    """The form version new snapshots get when none is named (None: the newest bundled)."""
    _NEW_SNAPSHOT_DEFAULT[:] = [version] if version else []


def new_snapshot_version() -> str:
    """The chosen default if it is still available, else the newest bundled version."""
    if _NEW_SNAPSHOT_DEFAULT and _NEW_SNAPSHOT_DEFAULT[0] in all_versions():
        return _NEW_SNAPSHOT_DEFAULT[0]
    return current_form_version()


def load_form_file(path: Path) -> Form:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FormError(_message("form.unreadable", file=path.name, reason=reason)) from exc
    except json.JSONDecodeError as exc:
        where = {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        raise FormError(_message("form.bad_json", file=path.name, **where)) from exc
    form = parse_form(data, path.name)
    match = FILE_RE.match(path.name)
    if match and match.group(1) != form.version:
        named = match.group(1)
        raise FormError(
            _message("form.file_version", file=path.name, version=form.version, named=named)
        )
    return form


# Custom forms (imported from a spreadsheet, kept in the store's `forms` table): the store
# registers the JSON texts of its forms when it is opened (services/form_store.register),
# so load_form finds them like the bundled files. A bundled version always wins.
_CUSTOM: dict[str, str] = {}


def register_custom_forms(forms: dict[str, str]) -> None:
    """Make the custom forms `forms` (version -> JSON text) the ones load_form finds."""
    _CUSTOM.clear()
    _CUSTOM.update(forms)


def custom_versions() -> list[str]:
    bundled = set(available_versions())
    return sorted((v for v in _CUSTOM if v not in bundled), key=_version_key)


def all_versions() -> list[str]:
    """Bundled then custom versions."""
    return available_versions() + custom_versions()


def is_app_version(version: str) -> bool:
    """Numbers only ("1.0"): kept for the forms the app ships; a custom form's version has
    a word in it ("bank-1.0")."""
    return FILE_RE.match(f"csmm_form_v{version}.json") is not None


class PerForm(Generic[T]):
    """Values made from a form object, kept for the newest `kept` of them. A form is never
    changed once made, so what was made from it stays right while that object lives: it
    is held here, so its id cannot be another form's meanwhile. `also`: what else the value
    was made from (tailor's left-out items)."""

    def __init__(self, kept: int):
        self._values: dict[tuple, tuple[Form, T]] = {}
        self._kept = kept

    def get(self, form: Form, make: Callable[[], T], *also: Hashable) -> T:
        key = (id(form), *also)
        hit = self._values.get(key)
        if hit is not None and hit[0] is form:
            return hit[1]
        value = make()
        self._values[key] = (form, value)
        while len(self._values) > self._kept:
            self._values.pop(next(iter(self._values)))
        return value


@lru_cache(maxsize=64)
def is_bundled(version: str) -> bool:
    """Whether `version` is one of the app's own form files (they never change while it
    runs)."""
    return resource_path("form", f"csmm_form_v{version}.json").exists()


@lru_cache(maxsize=16)
def _parse_custom(version: str, text: str) -> Form:
    form = parse_form(json.loads(text), f"form {version}")
    if form.version != version:
        raise FormError(_message("form.stored_version", version=version, said=form.version))
    return form


def custom_form_json(version: str) -> str | None:
    """The JSON text of a registered custom form, None if there is none."""
    return None if is_bundled(version) else _CUSTOM.get(version)


@lru_cache(maxsize=8)
def _load_bundled(version: str) -> Form:
    return load_form_file(resource_path("form", f"csmm_form_v{version}.json"))


def load_form(version: str | None = None) -> Form:
    """The form of `version` (default: the newest bundled one), validated: a bundled file
    or a registered custom form."""
    version = version or current_form_version()
    if is_bundled(version):
        return _load_bundled(version)
    text = _CUSTOM.get(version)
    if text is None:
        have = ", ".join(all_versions()) or "–"
        raise FormError(_message("form.unknown_version", version=version, have=have))
    return _parse_custom(version, text)
