"""The engagement workflow's rules: stage checklists, next-stage dates, KPI status, when
work is overdue, contact channels and the bundled suggestions (KPIs, actions per topic).

Plain Python, no Qt, no database. The data lives in resources/engagement/*.json and is
checked when loaded, so a broken file fails loudly with the file and entry named.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from csmm_desktop.config import resource_path
from csmm_desktop.domain import dates
from csmm_desktop.domain.levels import STAGE_KEYS, stage_label
from csmm_desktop.domain.numbers import number
from csmm_desktop.domain.numbers import weight as weight_text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from csmm_desktop.domain.form import Form
    from csmm_desktop.domain.scoring import Scores

Text = dict[str, str]  # {"en": ..., "tr": ...}
LANGS = ("en", "tr")

# The screens a checklist item leads to (the views map each key to a page).
SCREENS = (
    "snapshot",
    "problems",
    "requirements",
    "numbers",
    "assessment",
    "scores",
    "actions",
    "kpis",
    "report",
    "workshops",
    "roadmap",
    "feedback",
)
# Rules that tick an item from the store (worked out in services.engagement).
AUTO_RULES = (
    "snapshot",
    "problems_listed",
    "requirements_listed",
    "problems_reviewed",
    "requirements_reviewed",
    "numbers",
    "form",
    "score",
    "actions",
    "action_plan",
    "kpis",
    "workshop",
    "feedback",
    "report",
)

CHANNELS: dict[str, Text] = {
    "phone": {"en": "Phone", "tr": "Telefon"},
    "email": {"en": "E-mail", "tr": "E-posta"},
    "chat": {"en": "Chat", "tr": "Canlı sohbet"},
    "social": {"en": "Social media", "tr": "Sosyal medya"},
    "branch": {"en": "Branch", "tr": "Şube"},
    "other": {"en": "Other", "tr": "Diğer"},
}
ACTION_STATUSES: dict[str, Text] = {
    "planned": {"en": "Planned", "tr": "Planlandı"},
    "in_progress": {"en": "In progress", "tr": "Devam ediyor"},
    "done": {"en": "Done", "tr": "Tamamlandı"},
    "dropped": {"en": "Dropped", "tr": "Vazgeçildi"},
}
# The statuses of an action still to finish ("open"): planned or in progress.
OPEN_ACTION_STATUSES = ("planned", "in_progress")
# Work committed and not finished, whose due date can pass: an open action, a CX project
# approved or in progress. Done and dropped work never is overdue, nor a nominated CX project
# (its due date is only proposed until the board approves it).
COMMITTED_STATUSES = frozenset({*OPEN_ACTION_STATUSES, "approved"})
KPI_DIRECTIONS: dict[str, Text] = {
    "higher": {"en": "Higher is better", "tr": "Yüksek olması iyi"},
    "lower": {"en": "Lower is better", "tr": "Düşük olması iyi"},
}
KPI_STATUSES: dict[str, Text] = {
    "met": {"en": "Target met", "tr": "Hedefe ulaşıldı"},
    "close": {"en": "Close to target", "tr": "Hedefe yakın"},
    "missed": {"en": "Target missed", "tr": "Hedefe ulaşılamadı"},
    "no_target": {"en": "No target", "tr": "Hedef yok"},
    "no_value": {"en": "Not measured", "tr": "Ölçülmedi"},
}
# A value on the wrong side of its target, but by at most this share of |target|, is "close".
KPI_CLOSE_BAND = 0.10
# The 3-month action plan: actions due within this many days of the snapshot.
ACTION_PLAN_DAYS = 92
MAX_CONTACT_REASONS = 10


class EngagementDataError(ValueError):
    """A bundled engagement file is not valid; the message names the file and the entry."""


def label(table: dict[str, Text], key: str, lang: str = "en") -> str:
    """The label of a channel, status, direction... in `lang` (English if missing)."""
    text = table[key]
    return text.get(lang) or text["en"]


# --- KPI status -------------------------------------------------------------------------


def kpi_status(value: float | None, target: float | None, direction: str) -> str:
    """met / close / missed / no_target / no_value.

    - no target → "no_target"; no value → "no_value".
    - met: on the good side of the target or on it (higher: value ≥ target; lower: ≤).
    - close: on the wrong side by at most 10% of |target| (KPI_CLOSE_BAND).
    - missed: further off. A target of 0 has no band (10% of 0 is 0): anything on the
      wrong side of 0 is missed.
    """
    if target is None:
        return "no_target"
    if value is None:
        return "no_value"
    if direction not in KPI_DIRECTIONS:
        raise ValueError(f"unknown KPI direction {direction!r}")
    shortfall = target - value if direction == "higher" else value - target
    if shortfall <= 0:
        return "met"
    if shortfall <= KPI_CLOSE_BAND * abs(target):
        return "close"
    return "missed"


# --- overdue ----------------------------------------------------------------------------


def is_overdue(status: str, due_date: str | None, as_of: date | str) -> bool:
    """Whether work in `status`, due on `due_date` (YYYY-MM-DD; "" or None: no due date), is
    overdue on the day `as_of` (today on a working screen, a snapshot's or a meeting's date
    in its documents): committed and not finished (COMMITTED_STATUSES), and due before that
    day. Due on the day itself is not overdue yet; without a due date nothing is."""
    if not due_date or status not in COMMITTED_STATUSES:
        return False
    day = as_of.isoformat() if isinstance(as_of, date) else str(as_of)
    return due_date[:10] < day[:10]


# --- dates ------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day where it is shorter (31 → 30)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def format_date(iso: str, lang: str = "en") -> str:
    """9 Feb 2026 / 09.02.2026: the app's one date style (domain/dates.py), for the texts
    this module writes."""
    return dates.day(iso, lang)


@dataclass(frozen=True)
class DueWindow:
    """When the next stage (or, after Optimized, the next workshop) is expected."""

    target: str  # a stage key, or "workshop"
    earliest: str  # YYYY-MM-DD
    latest: str
    text: Text


# --- checklists -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItemDef:
    key: str
    text: Text
    screen: str
    auto: str | None  # the rule that ticks it, None when the user ticks it

    @property
    def automatic(self) -> bool:
        return self.auto is not None


@dataclass(frozen=True)
class StageDef:
    stage: str
    items: tuple[ChecklistItemDef, ...]
    next_target: str
    min_days: int
    max_days: int
    months: int
    span: Text

    def item(self, key: str) -> ChecklistItemDef | None:
        return next((i for i in self.items if i.key == key), None)

    def due(self, snapshot_date: str) -> DueWindow:
        start = date.fromisoformat(snapshot_date)
        if self.months:
            earliest = latest = add_months(start, self.months)
        else:
            earliest = start + timedelta(days=self.min_days)
            latest = start + timedelta(days=self.max_days)
        e, la = earliest.isoformat(), latest.isoformat()
        if self.next_target == "workshop":
            text = {
                "en": f"Next workshop due on {format_date(e)} ({self.span['en']}).",
                "tr": f"Bir sonraki atölye çalışması {format_date(e, 'tr')} tarihinde "
                f"({self.span['tr']}).",
            }
        else:
            text = {
                "en": f"{stage_label(self.next_target, 'en')} level expected between "
                f"{format_date(e)} and {format_date(la)} ({self.span['en']}).",
                "tr": f"{stage_label(self.next_target, 'tr')} seviyesine geçiş "
                f"{format_date(e, 'tr')} – {format_date(la, 'tr')} arasında bekleniyor "
                f"({self.span['tr']}).",
            }
        return DueWindow(self.next_target, e, la, text)


def _load_json(name: str) -> dict:
    path = resource_path("engagement", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EngagementDataError(f"{name}: cannot be read: {exc}") from exc


def _text(value: object, where: str) -> Text:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(lang), str) or not value[lang].strip() for lang in LANGS
    ):
        raise EngagementDataError(f"{where}: needs non-empty 'en' and 'tr' texts")
    return {lang: value[lang] for lang in LANGS}


@lru_cache(maxsize=1)
def checklists() -> dict[str, StageDef]:
    """The checklist of each stage, from resources/engagement/checklists.json."""
    raw = _load_json("checklists.json").get("stages") or {}
    if set(raw) != set(STAGE_KEYS):
        raise EngagementDataError(f"checklists.json: needs exactly the stages {STAGE_KEYS}")
    result = {}
    for stage in STAGE_KEYS:
        spec, items, keys = raw[stage], [], set()
        for item in spec.get("items") or []:
            where = f"checklists.json: {stage} item {item.get('key')!r}"
            key, screen, auto = item.get("key"), item.get("screen"), item.get("auto")
            if not key or key in keys:
                raise EngagementDataError(f"{where}: missing or duplicate key")
            if screen not in SCREENS:
                raise EngagementDataError(f"{where}: screen must be one of {SCREENS}")
            if auto is not None and auto not in AUTO_RULES:
                raise EngagementDataError(f"{where}: unknown auto rule {auto!r}")
            keys.add(key)
            items.append(ChecklistItemDef(key, _text(item.get("text"), where), screen, auto))
        nxt = spec.get("next") or {}
        if nxt.get("target") not in (*STAGE_KEYS, "workshop"):
            raise EngagementDataError(f"checklists.json: {stage}: bad next target")
        result[stage] = StageDef(
            stage,
            tuple(items),
            nxt["target"],
            int(nxt.get("min_days", 0)),
            int(nxt.get("max_days", 0)),
            int(nxt.get("months", 0)),
            _text(nxt.get("span"), f"checklists.json: {stage} next span"),
        )
    return result


def stage_def(stage: str) -> StageDef:
    return checklists()[stage]


# --- suggestions ------------------------------------------------------------------------


@dataclass(frozen=True)
class SuggestedKpi:
    key: str
    name: Text
    unit: Text
    direction: str
    target: float | None
    description: Text


@lru_cache(maxsize=1)
def suggested_kpis() -> tuple[SuggestedKpi, ...]:
    found = []
    for raw in _load_json("suggested_kpis.json").get("kpis") or []:
        where = f"suggested_kpis.json: {raw.get('key')!r}"
        if raw.get("direction") not in KPI_DIRECTIONS:
            raise EngagementDataError(f"{where}: direction must be higher or lower")
        target = raw.get("target")
        found.append(
            SuggestedKpi(
                str(raw["key"]),
                _text(raw.get("name"), where),
                {lang: str((raw.get("unit") or {}).get(lang, "")) for lang in LANGS},
                raw["direction"],
                None if target is None else float(target),
                _text(raw.get("description"), where),
            )
        )
    return tuple(found)


def suggested_kpi(key: str) -> SuggestedKpi:
    for kpi in suggested_kpis():
        if kpi.key == key:
            return kpi
    raise KeyError(f"no suggested KPI {key!r}")


@lru_cache(maxsize=1)
def suggested_actions() -> dict[str, tuple[Text, ...]]:
    """Topic id → one or two improvement actions."""
    raw = _load_json("suggested_actions.json").get("topics") or {}
    return {
        topic: tuple(_text(a, f"suggested_actions.json: {topic}") for a in actions)
        for topic, actions in raw.items()
    }


@dataclass(frozen=True)
class DoneMark:
    """Why a topic's suggestions are already taken care of, as of a snapshot: an action on
    the topic done (on `day`), or a requirement on it solved (at the snapshot of `day`)."""

    kind: str  # "action" or "requirement"
    day: str  # YYYY-MM-DD
    title: str  # the action's / the requirement's title
    stage: str = ""  # the snapshot a requirement was solved at

    @property
    def text(self) -> Text:
        en, tr = format_date(self.day), format_date(self.day, "tr")
        if self.kind == "action":
            return {
                "en": f"Done on {en}: “{self.title}”",
                "tr": f"{tr} tarihinde tamamlandı: “{self.title}”",
            }
        stage = {lang: stage_label(self.stage, lang) if self.stage else "" for lang in LANGS}
        return {
            "en": f"Requirement solved at the {stage['en']} snapshot ({en}): “{self.title}”",
            "tr": f"Gereksinim {stage['tr']} aşamasında ({tr}) karşılandı: “{self.title}”",
        }


@dataclass(frozen=True)
class TopicSuggestion:
    """A topic below the next level with its suggested actions, and why it ranks where it
    does: its gap to the next level's threshold × its weight (scored questions)."""

    topic_id: str
    topic_title: Text
    score: float  # 0-100
    actions: tuple[Text, ...]
    target: str = ""  # the level to reach: the one above the assessed level
    target_score: float = 0.0  # that level's threshold
    weight: float = 0  # the topic's weight: its scored questions (the sum of their weights)
    done: DoneMark | None = None  # already taken care of, as of the snapshot
    weighted: bool = False  # the form gives question weights: the weight is not a count

    @property
    def gap(self) -> float:
        """Points below the next level's threshold, from the score as it is printed (one
        decimal), so the printed numbers add up."""
        shown = Decimal(repr(self.score)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return max(0.0, float(Decimal(repr(self.target_score)) - shown))

    @property
    def priority(self) -> float:
        return self.gap * self.weight

    @property
    def rationale(self) -> Text:
        """Why it is suggested, in both languages: the gap, the weight and their product."""
        words = {}
        for lang in LANGS:
            gap, target = number(self.gap, lang), number(self.target_score, lang, 0)
            level, priority = stage_label(self.target, lang), number(self.priority, lang, 0)
            words[lang] = (gap, target, level, priority)
        (gap, target, level, priority), w = words["en"], self.weight
        if self.weighted:
            en = (
                f"{gap} points below the {level} level ({target}) × weight "
                f"{weight_text(w, 'en')} = priority {priority}."
            )
        else:
            en = (
                f"{gap} points below the {level} level ({target}) × {w} scored "
                f"question{'s' if w != 1 else ''} = priority {priority}."
            )
        gap, target, level, priority = words["tr"]
        times = f"ağırlık {weight_text(w, 'tr')}" if self.weighted else f"{w} puanlı soru"
        tr = f"{level} seviyesinin ({target}) {gap} puan altında × {times} = "
        tr += f"öncelik {priority}."
        return {"en": en, "tr": tr}


def next_level(level: str | None) -> str | None:
    """The level above `level` (the top level for the top one); None without a level."""
    if level not in STAGE_KEYS:
        return None
    return STAGE_KEYS[min(STAGE_KEYS.index(level) + 1, len(STAGE_KEYS) - 1)]


def suggest_actions(
    scores: Scores, form: Form, n: int = 5, *, done: dict[str, DoneMark] | None = None
) -> list[TopicSuggestion]:
    """Improvement actions for the `n` topics that hold the client back most from the next
    level (the one above the assessed level; at the top level, staying there): the topics
    below that level's threshold, ranked by gap to it × the topic's weight (its scored
    questions), then by score. `done` (topic id → DoneMark) marks the topics already taken
    care of as of the snapshot: they keep their rank, marked, and do not count in `n`."""
    target = next_level(scores.level)
    if target is None or target not in form.thresholds:
        return []
    threshold, bank, done = form.thresholds[target], suggested_actions(), done or {}
    found = []
    for topic_id, value in scores.ranked_topics():
        topic = form.topics.get(topic_id)
        if topic is None or not bank.get(topic_id) or not topic.weight or value >= threshold:
            continue
        found.append(
            TopicSuggestion(
                topic_id,
                dict(topic.title),
                value,
                bank[topic_id],
                target,
                threshold,
                topic.weight,
                done.get(topic_id),
                form.weighted,
            )
        )
    found.sort(key=lambda s: (-s.priority, s.score, s.topic_id))
    kept, still_to_do = [], 0
    for suggestion in found:
        if still_to_do >= n:
            break
        kept.append(suggestion)
        still_to_do += suggestion.done is None
    return kept


# --- action revisions -------------------------------------------------------------------

REVISION_KINDS = ("created", "changed", "feedback")


def encode_change(kind: str, fields: Mapping[str, tuple[object, object]]) -> str:
    """The `change` column of an action revision: JSON {"kind", "fields": {f: [old, new]}}."""
    if kind not in REVISION_KINDS:
        raise ValueError(f"unknown revision kind {kind!r}")
    payload = {"kind": kind, "fields": {k: list(v) for k, v in fields.items()}}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def decode_change(text: str) -> tuple[str, dict[str, tuple[object, object]]]:
    """(kind, {field: (old, new)}) of a stored revision; unreadable text counts as a note."""
    try:
        payload = json.loads(text or "{}")
        fields = {k: (v[0], v[1]) for k, v in (payload.get("fields") or {}).items()}
        return str(payload.get("kind") or "changed"), fields
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return "changed", {"note": (None, text)}
