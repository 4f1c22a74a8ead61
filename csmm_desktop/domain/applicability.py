"""Per-client applicability: the sections, topics and questions of the form that do not apply
to a client (docs/forms.md, "Per-client applicability"). Plain Python: no Qt, no database.

What is stored is a list of *items*: section ids ("2.3"), topic ids ("2.3.3") and question
ids ("2.3.6-13"), each one meaning "this, and all under it, does not apply". Ids are the
form family's (stable across its versions), so one list serves every version; an item a form
does not have is ignored for that form.

A snapshot is answered and scored with its form *tailored* to its items (`tailor`): the
same reviews, sections and topics (so every score keeps its key), without the questions left
out. Everything downstream (the wizard, blank forms, the response template, coverage, scoring
and its confidence, reports) works from that form, so a question left out is not asked, not
printed, not expected and not scored, by one rule.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from csmm_desktop.config import resource_path
from csmm_desktop.domain.form import Form, PerForm, Review, Section, Topic
from csmm_desktop.domain.text import search_fold

PRESETS_FILE = ("form", "sector_presets.json")


@dataclass(frozen=True)
class Preset:
    id: str
    label: dict[str, str]  # {"en", "tr"}
    match: tuple[str, ...]  # folded word parts that pick it from a client's sector
    items: tuple[str, ...]


@lru_cache(maxsize=1)
def presets() -> tuple[Preset, ...]:
    """The bundled sector presets (resources/form/sector_presets.json), in file order."""
    data = json.loads(resource_path(*PRESETS_FILE).read_text(encoding="utf-8"))
    return tuple(
        Preset(
            str(p["id"]),
            {"en": p["label"]["en"], "tr": p["label"]["tr"]},
            tuple(search_fold(m) for m in p.get("match", [])),
            tuple(str(i) for i in p.get("not_applicable", [])),
        )
        for p in data["presets"]
    )


def preset(preset_id: str) -> Preset | None:
    return next((p for p in presets() if p.id == preset_id), None)


def preset_for_sector(sector: str) -> Preset | None:
    """The preset a client's sector field names ("Bankacılık / Banking" → finance): the
    first preset one of whose match words is in the folded sector; None if none is."""
    folded = search_fold(sector or "")
    if not folded:
        return None
    return next((p for p in presets() if any(m and m in folded for m in p.match)), None)


def expand(form: Form, items: Iterable[str]) -> frozenset[str]:
    """The ids of the questions of `form` that `items` leave out."""
    out: set[str] = set()
    for item in items:
        if item in form.questions:
            out.add(item)
        elif item in form.topics:
            out.update(q.id for q in form.topics[item].questions)
        elif item in form.sections:
            out.update(q.id for q in form.sections[item].questions)
    return frozenset(out)


def known(form: Form, item: str) -> bool:
    """Whether `item` is a section, topic or question id of `form`."""
    return item in form.questions or item in form.topics or item in form.sections


def compact(form: Form, question_ids: Iterable[str]) -> tuple[str, ...]:
    """The shortest item list that leaves out exactly `question_ids` of `form`, in form
    order: a whole section as its id, a whole topic as its id, else the questions."""
    left = set(question_ids) & set(form.questions)
    out: list[str] = []
    for section in form.sections.values():
        ids = [q.id for q in section.questions]
        if ids and all(q in left for q in ids):
            out.append(section.id)
            continue
        for topic in section.topics:
            tids = [q.id for q in topic.questions]
            if tids and all(q in left for q in tids):
                out.append(topic.id)
            else:
                out += [q for q in tids if q in left]
    return tuple(out)


def merge(form: Form, question_ids: Iterable[str], previous: Iterable[str]) -> tuple[str, ...]:
    """The items to store when the consultant left out `question_ids` of `form`: those,
    compacted, then the previous items `form` does not know (kept for other form versions)."""
    kept = [i for i in dict.fromkeys(previous) if not known(form, i)]
    return compact(form, question_ids) + tuple(kept)


@dataclass(frozen=True)
class LeftOut:
    """One line of "what was left out": a whole section, a whole topic or one question."""

    kind: str  # "section", "topic", "question"
    id: str
    title: dict[str, str]  # the section's or topic's title, the question's text
    questions: int  # questions it takes out


def left_out(full: Form, items: Iterable[str]) -> list[LeftOut]:
    """What `items` leave out of `full` (the form as bundled), in form order, each thing
    once at its highest level."""
    lines = []
    for item in compact(full, expand(full, items)):
        if item in full.sections:
            s = full.sections[item]
            lines.append(LeftOut("section", item, s.title, len(s.questions)))
        elif item in full.topics:
            t = full.topics[item]
            lines.append(LeftOut("topic", item, t.title, len(t.questions)))
        else:
            q = full.questions[item]
            text = q.text_by_role.get("*") or next(iter(q.text_by_role.values()))
            lines.append(LeftOut("question", item, text, 1))
    return lines


_TAILORED: PerForm[Form] = PerForm(kept=32)


def tailor(form: Form, items: Iterable[str]) -> Form:
    """`form` without the questions `items` leave out: the same reviews, sections and
    topics (a topic or section may be left with no question: it then has no score and
    weighs nothing), `not_applicable` set to the items that apply to it. No item of the
    form: `form` itself."""
    removed = expand(form, items)
    if not removed:
        return form
    return _TAILORED.get(form, lambda: _tailored(form, removed), removed)


def _tailored(form: Form, removed: frozenset[str]) -> Form:
    reviews = []
    for review in form.reviews:
        sections = []
        for s in review.sections:
            topics = [
                Topic(t.id, t.section_id, t.title, [q for q in t.questions if q.id not in removed])
                for t in s.topics
            ]
            sections.append(Section(s.id, s.review_id, s.title, s.roles, s.intro, topics))
        reviews.append(Review(review.id, review.title, sections))
    return replace(form, reviews=reviews, not_applicable=compact(form, removed))
