"""What the client dashboard shows, as plain data: each snapshot's scores, the change since
the previous one, and the inputs of every chart. No Qt: the windows and the reports share it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import crosswalk
from csmm_desktop.domain.crosswalk import Comparison
from csmm_desktop.domain.form import Form, load_form
from csmm_desktop.domain.levels import stage_label
from csmm_desktop.domain.scoring import Scores
from csmm_desktop.services import assessment, clients
from csmm_desktop.services.clients import Snapshot

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlite_utils import Database

CHARTS = ("sections", "radar", "trend", "heatmap", "gap", "nps", "nps_trend")


def format_date(iso: str, lang: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}" if lang == "tr" else f"{day}/{month}/{year}"


@dataclass
class SnapshotScores:
    snapshot: Snapshot
    scores: Scores

    def label(self, lang: str) -> str:
        return f"{stage_label(self.snapshot.stage, lang)} {format_date(self.snapshot.date, lang)}"


@dataclass
class Dashboard:
    """A client's snapshots with their scores, oldest first, and the one in focus."""

    history: list[SnapshotScores]
    index: int  # the snapshot in focus
    form: Form
    nps_bands: tuple[float, float] = (0.0, 50.0)  # the client's (services.cxboard.nps)
    # a snapshot chosen to compare with (an index of history): the radar, sections and
    # topics charts and the change show these two; None: the one before and all earlier
    compare: int | None = None

    @property
    def current(self) -> SnapshotScores | None:
        return self.history[self.index] if self.history else None

    @property
    def previous(self) -> SnapshotScores | None:
        if self.compare is not None and 0 <= self.compare < len(self.history):
            return self.history[self.compare]
        return self.history[self.index - 1] if self.index > 0 else None

    def compared(self) -> list[SnapshotScores]:
        """The snapshots a comparing chart shows, oldest first: the one in focus and the
        chosen one, or the one in focus and all before it."""
        if self.compare is not None and 0 <= self.compare < len(self.history):
            return [self.history[i] for i in sorted({self.compare, self.index})]
        return self.history[: self.index + 1]

    def set_compare(self, snapshot_id: str) -> None:
        """Compare with that snapshot ("" or the one in focus: with all earlier ones)."""
        self.compare = None
        for i, item in enumerate(self.history):
            if snapshot_id and item.snapshot.id == snapshot_id and i != self.index:
                self.compare = i

    def change(self) -> float | None:
        """Overall score now minus at the previous snapshot (points)."""
        if self.current is None or self.previous is None:
            return None
        now, before = self.current.scores.overall, self.previous.scores.overall
        return None if now is None or before is None else now - before

    def comparison(self, item: SnapshotScores) -> Comparison:
        """How a snapshot's scores line up with the form of the one in focus (the
        crosswalk's rule, domain/crosswalk.py)."""
        return crosswalk.compare(self.form, load_form(item.scores.form_version))

    def aligned(self, item: SnapshotScores, kind: str) -> dict[str, float | None]:
        """A snapshot's "section" or "topic" scores keyed by the focus form's ids: only
        those the crosswalk makes comparable."""
        values = {"review": item.scores.reviews, "section": item.scores.sections}
        values["topic"] = item.scores.topics
        return self.comparison(item).values(kind, values[kind])

    def form_changes(self) -> list[tuple[SnapshotScores, Comparison]]:
        """The compared snapshots answered with another form version than the one in
        focus, each with its comparison (for the note under the charts)."""
        shown = {id(h): h for h in (*self.compared(), *self.history[: self.index + 1])}
        return [
            (h, self.comparison(h))
            for h in self.history
            if id(h) in shown and h.scores.form_version != self.form.version
        ]

    def extremes(self, n: int = 5) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """(weakest, strongest) topics of the snapshot in focus."""
        if self.current is None:
            return [], []
        ranked = self.current.scores.ranked_topics()
        return ranked[:n], list(reversed(ranked[-n:])) if ranked else []

    def sections(self, lang: str) -> list[tuple[str, str]]:
        return [(s.id, s.title[lang]) for s in self.form.sections.values()]

    def topics(self, lang: str) -> list[tuple[str, str]]:
        return [(t.id, t.title[lang]) for t in self.form.topics.values() if t.weight]

    def figure(self, chart: str, lang: str, size: tuple[float, float] | None = None) -> Figure:
        """The Figure of one dashboard chart, from csmm_desktop.charts; `size` (inches) is the
        canvas it is drawn for (None: the builder's paper size)."""
        from csmm_desktop import charts

        width = size[0] if size else None

        upto = self.history[: self.index + 1]
        compared = self.compared()
        current = self.current
        thresholds = self.form.thresholds
        if chart == "sections":
            return charts.section_comparison(
                self.sections(lang),
                [(h.label(lang), self.aligned(h, "section")) for h in compared],
                lang,
                thresholds=thresholds,
                size=size,
            )
        if chart == "radar":
            previous = self.previous
            return charts.section_radar(
                self.sections(lang),
                current.scores.sections if current else {},
                self.aligned(previous, "section") if previous else None,
                None,
                lang,
                labels=(
                    current.label(lang) if current else None,
                    previous.label(lang) if previous else None,
                    None,
                ),
                size=size,
            )
        if chart == "trend":
            return charts.overall_trend(
                [(h.label(lang), h.scores.overall) for h in upto], thresholds, lang, size=size
            )
        if chart == "heatmap":
            return charts.topic_heatmap(
                self.topics(lang),
                [(h.label(lang), self.aligned(h, "topic")) for h in compared],
                lang,
                thresholds=thresholds,
                width=width,
            )
        if chart == "gap":
            gap_topics = [
                (t, label) for t, label in self.topics(lang) if current and t in current.scores.gaps
            ]
            role = current.scores.role_topics if current else {}
            return charts.perception_gap(
                gap_topics,
                {t: role[t].get("management") for t, _ in gap_topics},
                {t: role[t].get("employee") for t, _ in gap_topics},
                lang,
                width=width,
            )
        if chart == "nps":
            p, s, d = current.scores.nps_counts if current else (0, 0, 0)
            return charts.nps_breakdown(p, s, d, lang, size=size)
        if chart == "nps_trend":
            return charts.nps_trend(
                [(h.label(lang), h.scores.nps) for h in upto],
                self.nps_bands,
                lang=lang,
                size=size,
            )
        raise ValueError(f"unknown chart {chart!r}; expected one of {', '.join(CHARTS)}")


def load_dashboard(db: Database, client_id: str, snapshot_id: str = "") -> Dashboard:
    """Scores of every snapshot of the client; the focus is `snapshot_id` or the latest."""
    snapshots = clients.list_snapshots(db, client_id)
    history = [SnapshotScores(s, assessment.snapshot_scores(db, s.id)) for s in snapshots]
    index = len(history) - 1
    for i, item in enumerate(history):
        if item.snapshot.id == snapshot_id:
            index = i
    form = assessment.snapshot_form(db, history[index].snapshot.id) if history else None
    if form is None:
        from csmm_desktop.domain.form import load_form

        form = load_form()
    from csmm_desktop.services.cxboard.nps import nps_bands

    bands = nps_bands(db, client_id)
    return Dashboard(history, max(index, 0), form, (bands.good_enough_from, bands.great_from))
