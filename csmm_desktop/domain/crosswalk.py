"""Comparing scores of snapshots answered on different form versions, through the crosswalk.

The ONE place of the comparison rule (docs/forms.md "Comparing across form versions"): the
dashboard's charts, the progress report, the action effects and the command line's
`compare` all ask `compare(reference, other)` and read the other snapshot's scores keyed by
the reference form's ids with `Comparison.values`.

How two versions are linked: the same version is itself; else a chain of crosswalks
(a form's rows name an earlier version) from one to the other, composed question by
question; else, for two versions of one family (the form file's "form"), the questions
with the same id (ids keep their meaning within a family); else nothing is comparable.
In a crosswalk, a question of the newer form that is not listed keeps its id's meaning if
both versions are of one family (else it is new); an older question that no row reaches
and whose id is gone is dropped.

The rule (scored questions only; unscored ones never change a score):
- a topic is compared with the older topic its scored questions come from when they come
  from exactly that topic's scored questions and from no other (same, re-worded or moved
  one to one; split or merged questions too, as long as the whole split or merge stays
  inside the two topics: then the topic, not the question, is compared). A topic with a new
  question, or whose older topic lost one (dropped) or shares questions with another topic,
  is not compared, and the report says so;
- a section is compared when its scored topics are all compared with topics of one older
  section and cover all of that section's scored topics; a review likewise by sections;
- the overall score and the level are each form's own measure on the same 0–100 scale and
  the same level names: they are always shown side by side, with the note that the form
  changed.
No Qt, no store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import Form, FormError, load_form, same_family

if TYPE_CHECKING:
    from csmm_desktop.domain.scoring import Scores

EQUIVALENT = ("same", "reworded", "moved")
REASONS = ("new", "dropped", "regrouped", "unlinked")


@dataclass(frozen=True)
class Comparison:
    """How the scores of a form version `other` line up with those of `reference`."""

    reference: str  # the version whose ids the values are keyed by
    other: str
    linked: bool  # a crosswalk or one family links them (else nothing is compared)
    newer: str = ""  # of the two, the one whose crosswalk leads to the other
    older: str = ""
    # newer-form question -> (relation, older ids); dropped: older ids nothing reaches
    questions: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    dropped: tuple[str, ...] = ()
    # reference id -> other id, for the compared ones only
    topics: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    reviews: dict[str, str] = field(default_factory=dict)
    # scored topics / sections of the reference form not compared: id -> reason (REASONS)
    topics_left: dict[str, str] = field(default_factory=dict)
    sections_left: dict[str, str] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        return self.reference == self.other

    def mapped(self, kind: str, key: str) -> str | None:
        """The other form's id of the reference form's review, section or topic `key`
        (None: not compared); the overall ("") always."""
        if kind == "overall":
            return key
        if self.same:
            return key
        return {"review": self.reviews, "section": self.sections, "topic": self.topics}[kind].get(
            key
        )

    def values(self, kind: str, scores: Mapping[str, float | None]) -> dict[str, float | None]:
        """The other snapshot's scores of `kind` ("review", "section", "topic"), keyed by
        the reference form's ids: only the compared ones."""
        if self.same:
            return dict(scores)
        table = {"review": self.reviews, "section": self.sections, "topic": self.topics}[kind]
        return {ref: scores.get(oth) for ref, oth in table.items()}

    def topics_compared(self) -> list[str]:
        """The reference form's scored topics that are compared."""
        return list(self.topics)

    def counts(self) -> dict[str, int]:
        """How many questions of the newer form have each relation; "dropped": the older
        form's questions that are gone."""
        found = dict.fromkeys(("same", "reworded", "moved", "split", "merged", "new"), 0)
        for relation, _ids in self.questions.values():
            found[relation] = found.get(relation, 0) + 1
        found["dropped"] = len(self.dropped)
        return found

    @property
    def changed(self) -> bool:
        """Whether the form changed at all between the two versions."""
        if self.same:
            return False
        counts = self.counts()
        return not self.linked or any(n for k, n in counts.items() if k != "same")


Loader = Callable[[str], Form | None]  # a version's form; None: not available


def _load(version: str) -> Form | None:
    try:
        return load_form(version)
    except FormError:
        return None


def _path(start: Form, goal: str, load: Loader) -> list[Form] | None:
    """Forms from `start` to the version `goal` along crosswalk rows' earlier versions
    (breadth first; a cycle among stored forms is never followed twice)."""
    queue: list[list[Form]] = [[start]]
    seen = {start.version}
    while queue:
        chain = queue.pop(0)
        for version in dict.fromkeys(r.earlier_version for r in chain[-1].crosswalk):
            if version in seen:
                continue
            seen.add(version)
            form = load(version)
            if form is None:
                continue
            if version == goal:
                return [*chain, form]
            queue.append([*chain, form])
    return None


Step = dict[str, tuple[str, set[str]]]  # newer qid -> (relation, older qids)


def _step(newer: Form, older: Form) -> Step:
    """One crosswalk step: each question of `newer` with its relation and older ids."""
    rows = [r for r in newer.crosswalk if r.earlier_version == older.version]
    family = same_family(newer.family, older.family)
    claimed = {e for r in rows for e in r.earlier}
    out: Step = {}
    listed = {r.question: r for r in rows if r.question}
    for qid in newer.questions:
        row = listed.get(qid)
        if row is not None:
            ids = {e for e in row.earlier if e in older.questions}
            out[qid] = (row.relation if ids or row.relation == "new" else "new", ids)
        elif family and qid in older.questions and qid not in claimed:
            out[qid] = ("same", {qid})
        else:
            out[qid] = ("new", set())
    return out


def _compose(steps: list[Step]) -> Step:
    """Steps newest first composed into one: question -> (relation, oldest ids)."""
    first = steps[0]
    out: Step = {}
    for qid, (relation, ids) in first.items():
        kinds = {relation}
        for step in steps[1:]:
            nxt: set[str] = set()
            for m in ids:
                r, found = step.get(m, ("new", set()))
                kinds.add(r)
                nxt |= found
            ids = nxt
        one = next((k for k in ("moved", "reworded", "same") if k in kinds), "moved")
        out[qid] = (one if kinds <= set(EQUIVALENT) else next(iter(kinds)), ids)
    # the relation from the cardinalities: split / merged where they are many
    reached: dict[str, int] = {}
    for _r, ids in out.values():
        for e in ids:
            reached[e] = reached.get(e, 0) + 1
    for qid, (relation, ids) in out.items():
        if not ids:
            out[qid] = ("new", ids)
        elif len(ids) > 1:
            out[qid] = ("merged", ids)
        elif reached[next(iter(ids))] > 1:
            out[qid] = ("split", ids)
        elif relation not in EQUIVALENT:
            out[qid] = ("moved", ids)
    return out


def _links(newer: Form, older: Form, load: Loader) -> Step | None:
    """The composed crosswalk from `newer` back to `older` (None: no chain leads there)."""
    chain = _path(newer, older.version, load)
    if chain is None:
        return None
    return _compose([_step(a, b) for a, b in zip(chain, chain[1:], strict=False)])


def _match(
    ref: Form, oth: Form, edges: dict[str, set[str]]
) -> tuple[dict[str, str], dict[str, str]]:
    """Topics of `ref` compared with topics of `oth` (edges: ref qid -> oth qids, scored
    questions only) and the reasons of those that are not."""
    back: dict[str, set[str]] = {}
    for q, ids in edges.items():
        for e in ids:
            back.setdefault(e, set()).add(q)
    matched: dict[str, str] = {}
    left: dict[str, str] = {}
    for topic in ref.topics.values():
        scored = [q.id for q in topic.scored_questions]
        if not scored:
            continue
        if any(not edges.get(q) for q in scored):
            left[topic.id] = "new"
            continue
        others = {oth.questions[e].topic_id for q in scored for e in edges[q]}
        if len(others) != 1:
            left[topic.id] = "regrouped"
            continue
        target = oth.topics[others.pop()]
        target_scored = [q.id for q in target.scored_questions]
        if any(not back.get(e) for e in target_scored):
            left[topic.id] = "dropped"
            continue
        if any(ref.questions[q].topic_id != topic.id for e in target_scored for q in back[e]):
            left[topic.id] = "regrouped"
            continue
        matched[topic.id] = target.id
    return matched, left


def _group(
    children: dict[str, str],
    ref_parents: dict[str, list[str]],
    oth_parents: dict[str, list[str]],
    oth_parent_of: dict[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """Parents (sections, reviews) of `ref` compared: every scored child compared into one
    parent of `oth`, which has no other scored child."""
    matched: dict[str, str] = {}
    left: dict[str, str] = {}
    for parent, kids in ref_parents.items():
        if not kids:
            continue
        if any(k not in children for k in kids):
            left[parent] = "new"
            continue
        targets = {oth_parent_of[children[k]] for k in kids}
        if len(targets) != 1:
            left[parent] = "regrouped"
            continue
        target = targets.pop()
        if set(oth_parents[target]) != {children[k] for k in kids}:
            left[parent] = "dropped"
            continue
        matched[parent] = target
    return matched, left


def scored_sections(form: Form) -> list[str]:
    """The form's sections with a scored topic (only those can be compared: a section left
    out whole for the client, or with no scored question, has no score)."""
    return [s.id for s in form.sections.values() if any(t.weight for t in s.topics)]


def _build(ref: Form, oth: Form, load: Loader) -> Comparison:
    if ref.version == oth.version:
        ids = {t.id: t.id for t in ref.topics.values() if t.weight}
        scored = scored_sections(ref)
        return Comparison(
            ref.version,
            oth.version,
            True,
            topics=ids,
            sections={s: s for s in scored},
            reviews={r.id: r.id for r in ref.reviews if any(s.id in scored for s in r.sections)},
        )
    newer, older, step = ref, oth, _links(ref, oth, load)
    if step is None:
        newer, older, step = oth, ref, _links(oth, ref, load)
    if step is None and same_family(ref.family, oth.family):
        newer, older, step = ref, oth, _step(ref, oth)  # no crosswalk: the same ids
    if step is None:
        left = {t.id: "unlinked" for t in ref.topics.values() if t.weight}
        sections = {s.id: "unlinked" for s in ref.sections.values()}
        return Comparison(ref.version, oth.version, False, topics_left=left, sections_left=sections)
    reached = {e for _r, ids in step.values() for e in ids}
    dropped = tuple(q for q in older.questions if q not in reached)

    def scored_edges(a: Form, b: Form, pairs: dict[str, set[str]]) -> dict[str, set[str]]:
        return {
            q: {e for e in ids if b.questions[e].scored}
            for q, ids in pairs.items()
            if a.questions[q].scored
        }

    forward = {q: ids for q, (_r, ids) in step.items()}
    if newer is ref:
        edges = scored_edges(ref, oth, forward)
    else:
        backward: dict[str, set[str]] = {q: set() for q in ref.questions}
        for q, older_ids in forward.items():
            for e in older_ids:
                backward[e].add(q)
        edges = scored_edges(ref, oth, backward)
    topics, topics_left = _match(ref, oth, edges)

    def scored_topics(form: Form) -> dict[str, list[str]]:
        return {s.id: [t.id for t in s.topics if t.weight] for s in form.sections.values()}

    sections, sections_left = _group(
        topics,
        scored_topics(ref),
        scored_topics(oth),
        {t.id: t.section_id for t in oth.topics.values()},
    )
    reviews, _ = _group(
        sections,
        {r.id: [s.id for s in r.sections] for r in ref.reviews},
        {r.id: [s.id for s in r.sections] for r in oth.reviews},
        {s.id: s.review_id for s in oth.sections.values()},
    )
    return Comparison(
        ref.version,
        oth.version,
        True,
        newer.version,
        older.version,
        {q: (r, tuple(sorted(ids))) for q, (r, ids) in step.items()},
        dropped,
        topics,
        sections,
        reviews,
        topics_left,
        sections_left,
    )


_CACHE: dict[tuple[str, str], tuple[Form, Form, Comparison]] = {}


def compare(reference: Form, other: Form, load: Loader | None = None) -> Comparison:
    """How the scores of a snapshot on `other` line up with the ids of `reference`
    (`load`: how to find a version a crosswalk names; default domain.form.load_form)."""
    if load is not None:
        return _build(reference, other, load)
    key = (reference.version, other.version)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is reference and hit[1] is other:
        return hit[2]
    found = _build(reference, other, _load)
    _CACHE[key] = (reference, other, found)
    return found


def clear_cache() -> None:
    """Forget the comparisons made (the store's custom forms changed)."""
    _CACHE.clear()


def comparison_json(comparison: Comparison, reference: Scores, other: Scores) -> dict:
    """The `compare --json` object: the two snapshots' scores side by side where the
    crosswalk compares them (unrounded, 0–100; change = reference − other), what is not
    compared and why, and what changed in the form."""

    def side(kind: str, ref: Mapping[str, float | None], oth: Mapping[str, float | None]):
        table = {"section": comparison.sections, "topic": comparison.topics}[kind]
        if comparison.same:
            table = {k: k for k in ref if kind != "topic" or k in comparison.topics}
        out = {}
        for key, other_id in table.items():
            a, b = ref.get(key), oth.get(other_id)
            change = None if a is None or b is None else a - b
            out[key] = {"other_id": other_id, "reference": a, "other": b, "change": change}
        return out

    overall_change = (
        None
        if reference.overall is None or other.overall is None
        else reference.overall - other.overall
    )
    return {
        "reference_form": comparison.reference,
        "other_form": comparison.other,
        "linked": comparison.linked,
        "form_changed": comparison.changed,
        "questions": comparison.counts() if comparison.linked and not comparison.same else {},
        "overall": {
            "reference": reference.overall,
            "other": other.overall,
            "change": overall_change,
        },
        "sections": side("section", reference.sections, other.sections),
        "topics": side("topic", reference.topics, other.topics),
        "not_compared": {
            "topics": dict(comparison.topics_left),
            "sections": dict(comparison.sections_left),
        },
    }
