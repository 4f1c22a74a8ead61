"""The Customer Experience board's rules (seed 002): NPS from score counts and its bands,
run-ups of contact reasons, the bi-weekly meetings and their agenda templates, CX project
statuses and sources, the feedback log's sources, and the wording of numbers in EN/TR.

Plain Python, no Qt, no database. The agenda templates live in resources/cxboard/agendas.json
and are checked when loaded, so a broken file fails loudly with the file and entry named.
Input checks raise ValueError with a message that says what is wrong; the services add where.
"""

from __future__ import annotations

import json
import math
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from csmm_desktop.config import resource_path
from csmm_desktop.domain.engagement import format_date

Text = dict[str, str]  # {"en": ..., "tr": ...}
LANGS = ("en", "tr")

# --- NPS ---------------------------------------------------------------------------------

SCORE_POINTS = 11  # answers 0..10 to "how likely are you to recommend us"
PROMOTER_MIN = 9  # 9-10: promoters (the seed's "ambassadors")
DETRACTOR_MAX = 6  # 0-6: detractors; 7-8 passives
DEFAULT_GOOD_ENOUGH_FROM = 0.0
DEFAULT_GREAT_FROM = 50.0

NPS_SOURCES: dict[str, Text] = {
    "snapshot": {"en": "Assessment snapshot", "tr": "Değerlendirme"},
    "survey": {"en": "Client survey", "tr": "Müşteri anketi"},
}
NPS_BANDS: dict[str, Text] = {
    "bad": {"en": "Bad", "tr": "Kötü"},
    "good_enough": {"en": "Good enough", "tr": "Yeterli"},
    "great": {"en": "Great", "tr": "Harika"},
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


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a whole number of 0 or more, not {value!r}")
    return value


def check_score_counts(counts: Sequence[int]) -> tuple[int, ...]:
    """Eleven counts (how many answered 0, 1, … 10), each ≥ 0, at least one answer."""
    if isinstance(counts, (str, bytes)) or not isinstance(counts, Sequence):
        raise ValueError("the counts must be a list of 11 numbers (scores 0 to 10)")
    if len(counts) != SCORE_POINTS:
        raise ValueError(f"there must be 11 counts (scores 0 to 10), not {len(counts)}")
    checked = tuple(_count(c, f"the count of score {i}") for i, c in enumerate(counts))
    if not sum(checked):
        raise ValueError("at least one answer is needed; every count is 0")
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
        _count(promoters, "the number of promoters"),
        _count(passives, "the number of passives"),
        _count(detractors, "the number of detractors"),
    )
    if not counts.total:
        raise ValueError("at least one answer is needed")
    return counts


@dataclass(frozen=True)
class NpsBands:
    """bad < good_enough_from ≤ good enough < great_from ≤ great (set per client)."""

    good_enough_from: float = DEFAULT_GOOD_ENOUGH_FROM
    great_from: float = DEFAULT_GREAT_FROM

    def classify(self, nps: float) -> str:
        if nps < self.good_enough_from:
            return "bad"
        return "great" if nps >= self.great_from else "good_enough"


def check_bands(good_enough_from: float, great_from: float) -> NpsBands:
    values = []
    for value, what in ((good_enough_from, "good enough from"), (great_from, "great from")):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"the band limit '{what}' must be a number, not {value!r}")
        if not math.isfinite(value) or not -100 <= value <= 100:
            raise ValueError(f"the band limit '{what}' must lie between -100 and 100")
        values.append(float(value))
    if values[0] >= values[1]:
        raise ValueError(
            f"'good enough from' ({values[0]:g}) must be below 'great from' ({values[1]:g})"
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
        raise ValueError(f"run-ups are sorted by 'absolute' or 'percent', not {by!r}")
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
) -> dict[str, object]:
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


@lru_cache(maxsize=1)
def _templates() -> tuple[dict[str, MeetingTemplate], dict[str, Text]]:
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
    return templates, formats


def meeting_templates() -> dict[str, MeetingTemplate]:
    return _templates()[0]


def meeting_template(kind: str) -> MeetingTemplate:
    found = meeting_templates().get(kind)
    if found is None:
        raise ValueError(f"the meeting kind must be one of {', '.join(MEETING_KINDS)}")
    return found


def next_kind(last_kind: str | None) -> str:
    """Meetings alternate metrics / project review; the first one is a metrics meeting."""
    if last_kind not in MEETING_KINDS:
        return FIRST_MEETING_KIND
    return MEETING_KINDS[(MEETING_KINDS.index(last_kind) + 1) % len(MEETING_KINDS)]


def check_duration(kind: str, minutes: int) -> int:
    t = meeting_template(kind)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"the duration must be a whole number of minutes, not {minutes!r}")
    if not t.min_minutes <= minutes <= t.max_minutes:
        raise ValueError(
            f"a {t.label['en']} meeting lasts {t.min_minutes} to {t.max_minutes} minutes; "
            f"{minutes} is outside that range"
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


def round_half_away(value: float) -> int:
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def format_int(value: int, lang: str = "en") -> str:
    """1,234 / 1.234"""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "tr" else text


def format_signed(value: float, lang: str = "en") -> str:
    """+120 / -35 (whole numbers, NPS points or contacts)."""
    number = round_half_away(value)
    return ("+" if number > 0 else "") + format_int(number, lang)


def format_pct(value: float | None, lang: str = "en") -> str:
    """+12.5% / +%12,5 ("new" when there was nothing to compare with)."""
    if value is None:
        return item_text("new")[lang]
    sign = "+" if value > 0 else "-" if value < 0 else ""
    number = f"{abs(value):.1f}"
    return f"{sign}%{number.replace('.', ',')}" if lang == "tr" else f"{sign}{number}%"


def format_period(period: str, lang: str = "en") -> str:
    """2026-08 → Aug 2026 / Ağustos 2026."""
    return format_date(f"{period}-01", lang).split(" ", 1)[1]


def texts(fn: Callable[..., str], *args: object) -> Text:
    """{"en": fn(*args, "en"), "tr": fn(*args, "tr")}: a value for item_text()."""
    return {lang: fn(*args, lang) for lang in LANGS}
