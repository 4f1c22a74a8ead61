"""The Customer Experience board's rules (seed 002): NPS from score counts and its bands,
run-ups of contact reasons, the bi-weekly meetings and their agenda templates, CX project
statuses and sources, the feedback log's sources, and the wording of numbers in EN/TR.

Plain Python, no Qt, no database. The agenda templates live in resources/cxboard/agendas.json
and are checked when loaded, so a broken file fails loudly with the file and entry named.
Input checks raise CxRuleError (a ValueError) with a catalogue Message that says what is
wrong; the services add where.
"""

from __future__ import annotations

import json
import math
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from csmm_desktop.config import resource_path
from csmm_desktop.domain import dates, numbers
from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, UserError, catalogue, message

Text = dict[str, str]  # {"en": ..., "tr": ...}
LANGS = ("en", "tr")

# --- NPS ---------------------------------------------------------------------------------

SCORE_POINTS = 11  # answers 0..10 to "how likely are you to recommend us"
PROMOTER_MIN = 9  # 9-10: promoters (the seed's "ambassadors")
DETRACTOR_MAX = 6  # 0-6: detractors; 7-8 passives
DEFAULT_GOOD_ENOUGH_FROM = 0.0
DEFAULT_GREAT_FROM = 50.0

NPS_SOURCES: dict[str, Text] = {
    "snapshot": {"en": "Assessment snapshot", "tr": "Anlık durum değerlendirmesi"},
    "survey": {"en": "Client survey", "tr": "Müşteri anketi"},
}
# The bands' stored keys (and the settings' columns good_enough_from, great_from) keep their
# first names; the words are Weak / Acceptable / Strong.
NPS_BANDS: dict[str, Text] = {
    "bad": {"en": "Weak", "tr": "Zayıf"},
    "good_enough": {"en": "Acceptable", "tr": "Kabul edilebilir"},
    "great": {"en": "Strong", "tr": "Güçlü"},
}


@dataclass(frozen=True)
class NpsCounts:
    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        """% promoters − % detractors, −100..100 (None without answers)."""
        total = self.total
        return (self.promoters - self.detractors) * 100.0 / total if total else None


MESSAGES = catalogue(
    {
        "cx.count": QT_TRANSLATE_NOOP(
            "Messages", "{what} must be a whole number of 0 or more, not {value}"
        ),
        "cx.count_of_score": QT_TRANSLATE_NOOP("Messages", "the count of score {score}"),
        "cx.promoters": QT_TRANSLATE_NOOP("Messages", "the number of promoters"),
        "cx.passives": QT_TRANSLATE_NOOP("Messages", "the number of passives"),
        "cx.detractors": QT_TRANSLATE_NOOP("Messages", "the number of detractors"),
        "cx.counts_not_a_list": QT_TRANSLATE_NOOP(
            "Messages", "the counts must be a list of {points} numbers (scores 0 to 10)"
        ),
        "cx.counts_length": QT_TRANSLATE_NOOP(
            "Messages", "there must be {points} counts (scores 0 to 10), not {count}"
        ),
        "cx.all_counts_zero": QT_TRANSLATE_NOOP(
            "Messages", "at least one answer is needed; every count is 0"
        ),
        "cx.no_answers": QT_TRANSLATE_NOOP("Messages", "at least one answer is needed"),
        "cx.band_good_enough_from": QT_TRANSLATE_NOOP("Messages", "acceptable from"),
        "cx.band_great_from": QT_TRANSLATE_NOOP("Messages", "strong from"),
        "cx.band_not_a_number": QT_TRANSLATE_NOOP(
            "Messages", "the band limit '{band}' must be a number, not {value}"
        ),
        "cx.band_out_of_range": QT_TRANSLATE_NOOP(
            "Messages", "the band limit '{band}' must lie between -100 and 100"
        ),
        "cx.bands_order": QT_TRANSLATE_NOOP(
            "Messages", "'{low_band}' ({low}) must be below '{high_band}' ({high})"
        ),
        "cx.run_ups_order": QT_TRANSLATE_NOOP(
            "Messages", "run-ups are sorted by 'absolute' or 'percent', not '{value}'"
        ),
        "cx.unknown_kind": QT_TRANSLATE_NOOP("Messages", "the meeting kind must be one of {kinds}"),
        "cx.kind_metrics": QT_TRANSLATE_NOOP("Messages", "Metrics"),
        "cx.kind_project_review": QT_TRANSLATE_NOOP("Messages", "Project review"),
        "cx.duration_not_whole": QT_TRANSLATE_NOOP(
            "Messages", "the duration must be a whole number of minutes, not {value}"
        ),
        "cx.duration_out_of_range": QT_TRANSLATE_NOOP(
            "Messages",
            "a {kind} meeting lasts {low} to {high} minutes; {minutes} is outside that range",
        ),
    }
)


class CxRuleError(UserError, ValueError):
    """A board rule the input breaks; the Message says which (the services add where)."""


def _count(value: object, what: Message) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CxRuleError(message("cx.count", what=what, value=repr(value)))
    return value


def check_score_counts(counts: Sequence[int]) -> tuple[int, ...]:
    """Eleven counts (how many answered 0, 1, … 10), each ≥ 0, at least one answer."""
    if isinstance(counts, (str, bytes)) or not isinstance(counts, Sequence):
        raise CxRuleError(message("cx.counts_not_a_list", points=SCORE_POINTS))
    if len(counts) != SCORE_POINTS:
        raise CxRuleError(message("cx.counts_length", points=SCORE_POINTS, count=len(counts)))
    checked = tuple(_count(c, message("cx.count_of_score", score=i)) for i, c in enumerate(counts))
    if not sum(checked):
        raise CxRuleError(message("cx.all_counts_zero"))
    return checked


def nps_from_scores(counts: Sequence[int]) -> NpsCounts:
    """Promoters, passives and detractors from the counts of each score 0..10."""
    checked = check_score_counts(counts)
    return NpsCounts(
        sum(checked[PROMOTER_MIN:]),
        sum(checked[DETRACTOR_MAX + 1 : PROMOTER_MIN]),
        sum(checked[: DETRACTOR_MAX + 1]),
    )


def check_nps_counts(promoters: int, passives: int, detractors: int) -> NpsCounts:
    counts = NpsCounts(
        _count(promoters, message("cx.promoters")),
        _count(passives, message("cx.passives")),
        _count(detractors, message("cx.detractors")),
    )
    if not counts.total:
        raise CxRuleError(message("cx.no_answers"))
    return counts


@dataclass(frozen=True)
class NpsBands:
    """weak ("bad") < good_enough_from ≤ acceptable ("good_enough") < great_from ≤ strong
    ("great"), set per client."""

    good_enough_from: float = DEFAULT_GOOD_ENOUGH_FROM
    great_from: float = DEFAULT_GREAT_FROM

    def classify(self, nps: float) -> str:
        if nps < self.good_enough_from:
            return "bad"
        return "great" if nps >= self.great_from else "good_enough"


def check_bands(good_enough_from: float, great_from: float) -> NpsBands:
    values = []
    names = (message("cx.band_good_enough_from"), message("cx.band_great_from"))
    for value, band in zip((good_enough_from, great_from), names, strict=True):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise CxRuleError(message("cx.band_not_a_number", band=band, value=repr(value)))
        if not math.isfinite(value) or not -100 <= value <= 100:
            raise CxRuleError(message("cx.band_out_of_range", band=band))
        values.append(float(value))
    if values[0] >= values[1]:
        low, high = (f"{v:g}" for v in values)
        raise CxRuleError(
            message("cx.bands_order", low_band=names[0], low=low, high_band=names[1], high=high)
        )
    return NpsBands(*values)


# --- contact reasons: run-ups ------------------------------------------------------------

RUN_UPS_ON_AGENDA = 3


@dataclass(frozen=True)
class Growth:
    key: str
    previous: int
    current: int

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def pct(self) -> float | None:
        """Change in % of the previous count; None when there was none before (new)."""
        return self.change * 100.0 / self.previous if self.previous else None


def run_ups(
    previous: Mapping[str, int], current: Mapping[str, int], by: str = "absolute"
) -> list[Growth]:
    """The keys that grew from `previous` to `current`, fastest first: by absolute change
    (then %), or by % change (then absolute; a key new since `previous` counts as fastest)."""
    if by not in ("absolute", "percent"):
        raise CxRuleError(message("cx.run_ups_order", value=by))
    grown = [
        Growth(k, previous.get(k, 0), current.get(k, 0))
        for k in {*previous, *current}
        if current.get(k, 0) > previous.get(k, 0)
    ]

    def pct(g: Growth) -> float:
        return math.inf if g.pct is None else g.pct

    if by == "absolute":
        return sorted(grown, key=lambda g: (-g.change, -pct(g), g.key))
    return sorted(grown, key=lambda g: (-pct(g), -g.change, g.key))


# --- CX projects and feedback ------------------------------------------------------------

PROJECT_STATUSES: dict[str, Text] = {
    "nominated": {"en": "Nominated", "tr": "Aday"},
    "approved": {"en": "Approved", "tr": "Onaylandı"},
    "in_progress": {"en": "In progress", "tr": "Devam ediyor"},
    "done": {"en": "Done", "tr": "Tamamlandı"},
    "dropped": {"en": "Dropped", "tr": "Vazgeçildi"},
}
OPEN_STATUSES = ("nominated", "approved", "in_progress")
PROJECT_SOURCES: dict[str, Text] = {
    "data": {"en": "Data analysis", "tr": "Veri analizi"},
    "customer_feedback": {"en": "Customer feedback", "tr": "Müşteri geri bildirimi"},
    "employee_feedback": {"en": "Employee feedback", "tr": "Çalışan geri bildirimi"},
    "mystery_shopping": {"en": "Mystery shopping", "tr": "Gizli müşteri"},
    "turn_off": {"en": "Turn-off", "tr": "Müşteriyi soğutan deneyim"},
    "journey_deep_dive": {
        "en": "Customer journey deep-dive",
        "tr": "Müşteri yolculuğu derinlemesine inceleme",
    },
}
FEEDBACK_SOURCES: dict[str, Text] = {
    "customer_call": {"en": "Customer call", "tr": "Müşteri görüşmesi"},
    "email": {"en": "E-mail", "tr": "E-posta"},
    "face_to_face": {"en": "Face to face", "tr": "Yüz yüze"},
    "survey_comment": {"en": "Survey comment", "tr": "Anket yorumu"},
    "mystery_shopping": {"en": "Mystery shopping", "tr": "Gizli müşteri"},
    "employee": {"en": "Employee", "tr": "Çalışan"},
}
# The project source a nomination from a feedback entry gets by default.
FEEDBACK_TO_PROJECT_SOURCE = {
    "mystery_shopping": "mystery_shopping",
    "employee": "employee_feedback",
}
PRIORITIES = range(1, 6)  # 1 = highest
DEFAULT_PRIORITY = 3
# What a project revision revised, by field: the seed's "scope / solution / timing".
REVISION_ASPECTS = {
    "scope": "scope",
    "solution": "solution",
    "due_date": "timing",
    "priority": "priority",
    "status": "status",
    "next_steps": "next_steps",
}
REVISION_KINDS = ("created", "changed", "note")


def label(table: Mapping[str, Text], key: str, lang: str = "en") -> str:
    text = table[key]
    return text.get(lang) or text["en"]


def encode_changes(changes: Mapping[str, tuple[object, object]]) -> str:
    return json.dumps({k: list(v) for k, v in changes.items()}, ensure_ascii=False, sort_keys=True)


def decode_changes(text: str) -> dict[str, tuple[object, object]]:
    try:
        return {k: (v[0], v[1]) for k, v in (json.loads(text or "{}") or {}).items()}
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return {"note": (None, text)}


def state_before(
    current: Mapping[str, object],
    revisions: Sequence[tuple[str, Mapping[str, tuple[object, object]]]],
    at: str,
) -> dict[str, Any]:  # Any: each field keeps the type the row's dataclass gives it
    """The fields as they were before `at`: undo, newest first, the changes of the
    revisions (timestamp, {field: (old, new)}) made at or after `at`. Revisions with the
    same timestamp are undone in the reverse of the order given (the order they were made)."""
    state = dict(current)
    for when, changes in reversed(sorted(revisions, key=lambda r: r[0])):
        if when < at:
            break
        for name, (old, _new) in changes.items():
            if name in state:
                state[name] = old
    return state


# --- board meetings and agendas ----------------------------------------------------------

MEETING_INTERVAL_DAYS = 14  # bi-weekly
FIRST_MEETING_KIND = "metrics"
MEETING_KINDS = ("metrics", "project_review")  # alternating, in this order
# Sections whose items the app builds from the client's data; the others carry only
# their standing item.
DATA_SECTIONS = ("nps", "top10", "run_ups", "feedback", "projects", "revisions", "nominations")
ITEM_FORMATS = (
    "nps",
    "nps_first",
    "nps_mix",
    "reason",
    "reason_first",
    "run_up_mark",
    "run_up",
    "new",
    "feedback",
    "project",
    "owner",
    "due",
    "next_steps",
    "overdue",
    "nominated",
)
# Counts an agenda item writes with their noun, in each language's plural forms.
COUNT_NOUNS = ("answers", "promoters", "passives", "detractors", "contacts")


class CxBoardDataError(ValueError):
    """The bundled agenda file is not valid; the message names the file and the entry."""


@dataclass(frozen=True)
class AgendaSection:
    key: str
    title: Text
    standing: Text | None  # an item every agenda of the kind carries
    empty: Text | None  # the item when a data section has nothing to show


@dataclass(frozen=True)
class MeetingTemplate:
    kind: str
    label: Text
    focus: Text
    min_minutes: int
    max_minutes: int
    default_minutes: int
    sections: tuple[AgendaSection, ...]

    def section(self, key: str) -> AgendaSection | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass(frozen=True)
class AgendaItem:
    """One item of a meeting's agenda, in both languages; `ref_kind`/`ref_id` point at what
    it was built from ("nps", "reason", "project", "feedback"; "" for a typed item)."""

    section: str
    text: Text
    ref_kind: str = ""
    ref_id: str = ""

    def in_lang(self, lang: str = "en") -> str:
        return self.text.get(lang) or self.text.get("en") or ""

    def to_json(self) -> dict:
        return {
            "section": self.section,
            "text": dict(self.text),
            "ref_kind": self.ref_kind,
            "ref_id": self.ref_id,
        }

    @classmethod
    def from_json(cls, raw: Mapping) -> AgendaItem:
        text = raw.get("text") or {}
        return cls(
            str(raw.get("section") or ""),
            {lang: str(text.get(lang) or "") for lang in LANGS},
            str(raw.get("ref_kind") or ""),
            str(raw.get("ref_id") or ""),
        )


def _text(value: object, where: str) -> Text:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(lang), str) or not value[lang].strip() for lang in LANGS
    ):
        raise CxBoardDataError(f"{where}: needs non-empty 'en' and 'tr' texts")
    return {lang: value[lang] for lang in LANGS}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _load() -> dict:
    path = resource_path("cxboard", "agendas.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CxBoardDataError(f"agendas.json: cannot be read: {exc}") from exc


def _count_forms(raw: object, key: str) -> dict[str, dict[str, str]]:
    """A count's noun forms: {"en": {"one": "{n} answer", "other": "{n} answers"}, "tr":
    {"other": "{n} yanıt"}}; every language needs "other", and each form the {n}."""
    where = f"agendas.json: count {key!r}"
    if not isinstance(raw, dict):
        raise CxBoardDataError(f"{where}: needs the forms of 'en' and 'tr'")
    found = {}
    for lang in LANGS:
        forms = raw.get(lang)
        if not isinstance(forms, dict) or not isinstance(forms.get("other"), str):
            raise CxBoardDataError(f"{where}: needs an 'other' form in {lang!r}")
        if set(forms) - {"one", "other"} or any(
            not isinstance(f, str) or _placeholders(f) != {"n"} for f in forms.values()
        ):
            raise CxBoardDataError(f"{where}: forms are 'one' and 'other', each with {{n}}")
        found[lang] = dict(forms)
    return found


@lru_cache(maxsize=1)
def _templates() -> tuple[
    dict[str, MeetingTemplate], dict[str, Text], dict[str, dict[str, dict[str, str]]]
]:
    raw = _load()
    kinds = raw.get("kinds") or {}
    if set(kinds) != set(MEETING_KINDS):
        raise CxBoardDataError(f"agendas.json: needs exactly the kinds {MEETING_KINDS}")
    templates = {}
    for kind in MEETING_KINDS:
        spec, where = kinds[kind], f"agendas.json: {kind}"
        minutes = spec.get("minutes") or {}
        low, high = int(minutes.get("min", 0)), int(minutes.get("max", 0))
        default = int(minutes.get("default", high))
        if not 0 < low <= default <= high:
            raise CxBoardDataError(f"{where}: minutes need 0 < min ≤ default ≤ max")
        sections, keys = [], set()
        for s in spec.get("sections") or []:
            key, at = s.get("key"), f"{where} section {s.get('key')!r}"
            if not key or key in keys:
                raise CxBoardDataError(f"{at}: missing or duplicate key")
            standing = _text(s["standing"], f"{at} standing") if "standing" in s else None
            empty = _text(s["empty"], f"{at} empty") if "empty" in s else None
            if key not in DATA_SECTIONS and standing is None:
                raise CxBoardDataError(f"{at}: a section without data needs a standing item")
            keys.add(key)
            sections.append(AgendaSection(key, _text(s.get("title"), at), standing, empty))
        templates[kind] = MeetingTemplate(
            kind,
            _text(spec.get("label"), f"{where} label"),
            _text(spec.get("focus"), f"{where} focus"),
            low,
            high,
            default,
            tuple(sections),
        )
    formats = {}
    for key in ITEM_FORMATS:
        text = _text((raw.get("items") or {}).get(key), f"agendas.json: item {key!r}")
        if _placeholders(text["en"]) != _placeholders(text["tr"]):
            raise CxBoardDataError(f"agendas.json: item {key!r}: EN and TR placeholders differ")
        formats[key] = text
    counts = {key: _count_forms((raw.get("counts") or {}).get(key), key) for key in COUNT_NOUNS}
    return templates, formats, counts


def meeting_templates() -> dict[str, MeetingTemplate]:
    return _templates()[0]


def meeting_template(kind: str) -> MeetingTemplate:
    found = meeting_templates().get(kind)
    if found is None:
        raise CxRuleError(message("cx.unknown_kind", kinds=MEETING_KINDS))
    return found


def next_kind(last_kind: str | None) -> str:
    """Meetings alternate metrics / project review; the first one is a metrics meeting."""
    if last_kind not in MEETING_KINDS:
        return FIRST_MEETING_KIND
    return MEETING_KINDS[(MEETING_KINDS.index(last_kind) + 1) % len(MEETING_KINDS)]


def check_duration(kind: str, minutes: int) -> int:
    t = meeting_template(kind)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise CxRuleError(message("cx.duration_not_whole", value=repr(minutes)))
    if not t.min_minutes <= minutes <= t.max_minutes:
        name = (
            message("cx.kind_metrics") if kind == "metrics" else message("cx.kind_project_review")
        )
        raise CxRuleError(
            message(
                "cx.duration_out_of_range",
                kind=name,
                low=t.min_minutes,
                high=t.max_minutes,
                minutes=minutes,
            )
        )
    return minutes


def item_text(key: str, **values: object) -> Text:
    """An agenda item's text in both languages from the template `key`; a value given as
    {"en": ..., "tr": ...} is taken per language."""
    fmt = _templates()[1][key]
    return {
        lang: fmt[lang].format(
            **{k: (v.get(lang, "") if isinstance(v, Mapping) else v) for k, v in values.items()}
        )
        for lang in LANGS
    }


# --- wording of numbers ------------------------------------------------------------------
# The numbers themselves are written by domain/numbers.py (as everywhere: 1.234, −62, +%12,5).


def change_pct(value: float | None, lang: str = "en") -> str:
    """A change in % of the count before: +12.5% / +%12,5; "new" when there was none."""
    if value is None:
        return item_text("new")[lang]
    return numbers.percent(value, lang, 1, sign=True)


def format_period(period: str, lang: str = "en") -> str:
    """2026-08 → Aug 2026 / Ağustos 2026 (domain/dates.py)."""
    return dates.month(period, lang)


def count_text(key: str, n: int) -> Text:
    """A count with its noun in both languages, from agendas.json's "counts": {"en": "1
    answer", "tr": "1 yanıt"}; {"en": "3 answers", ...}. A value for item_text()."""
    forms = _templates()[2][key]
    return {
        lang: forms[lang]
        .get(numbers.plural_form(n, lang), forms[lang]["other"])
        .format(n=numbers.number(n, lang, 0))
        for lang in LANGS
    }


def texts(fn: Callable[..., str], *args: object) -> Text:
    """{"en": fn(*args, "en"), "tr": fn(*args, "tr")}: a value for item_text()."""
    return {lang: fn(*args, lang) for lang in LANGS}
