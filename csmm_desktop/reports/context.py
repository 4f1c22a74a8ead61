"""What a report knows while it is built: the client, the snapshot and its history, scores
(worked out once per snapshot), the actions as of the snapshot's date, the client's NPS
bands, the form, the language and the flowable builder. A report only reads."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from csmm_desktop.domain import crosswalk
from csmm_desktop.domain.cxboard import NPS_BANDS, label
from csmm_desktop.domain.levels import level as level_def
from csmm_desktop.domain.numbers import weight as number_weight
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.texts import nps_mix, t, tn
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services import engagement as E
from csmm_desktop.services.issuer import CANDIDATES, Issuer, ReportMeta, get_report_meta

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.domain.crosswalk import Comparison
    from csmm_desktop.domain.cxboard import NpsBands
    from csmm_desktop.domain.engagement import TopicSuggestion
    from csmm_desktop.domain.form import Form
    from csmm_desktop.domain.scoring import Scores
    from csmm_desktop.reports.blocks import Builder
    from csmm_desktop.services.clients import Client, Snapshot
    from csmm_desktop.services.engagement import Action
    from csmm_desktop.services.presentation import Recommendations


@dataclass
class Context:
    db: Database
    lang: str
    client: Client
    snapshot: Snapshot
    form: Form
    history: list[Snapshot]  # the client's snapshots, oldest first, all of them
    _builder: Builder | None = None  # set by reports.common.begin; read through `b`
    issuer: Issuer = field(default_factory=Issuer)  # who issues the document
    issued: str = ""  # the day it is printed (YYYY-MM-DD), not the snapshot's date
    later: int = 0  # snapshots after the one a progress report stops at (left out of it)
    _scores: dict[str, Scores] = field(default_factory=dict)
    _cache: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, db: Database, snapshot_id: str, lang: str) -> Context:
        snapshot = clients.get_snapshot(db, snapshot_id)
        return cls(
            db,
            lang,
            clients.get_client(db, snapshot.client_id),
            snapshot,
            assessment.snapshot_form(db, snapshot_id),
            clients.list_snapshots(db, snapshot.client_id),
        )

    @property
    def b(self) -> Builder:
        """The flowable builder of the report being built (reports.common.begin sets it)."""
        if self._builder is None:
            raise RuntimeError("the report's builder is not set: call reports.common.begin first")
        return self._builder

    @b.setter
    def b(self, builder: Builder) -> None:
        self._builder = builder

    # -- history ---------------------------------------------------------------------------

    @property
    def upto(self) -> list[Snapshot]:
        """The client's snapshots up to and including this one."""
        index = next(i for i, s in enumerate(self.history) if s.id == self.snapshot.id)
        return self.history[: index + 1]

    @property
    def previous(self) -> Snapshot | None:
        upto = self.upto
        return upto[-2] if len(upto) > 1 else None

    def scores(self, snapshot_id: str | None = None) -> Scores:
        sid = snapshot_id or self.snapshot.id
        if sid not in self._scores:
            self._scores[sid] = assessment.snapshot_scores(self.db, sid)
        return self._scores[sid]

    def form_of(self, snapshot_id: str | None = None) -> Form:
        """The form version a snapshot was answered with (this one's: ctx.form)."""
        sid = snapshot_id or self.snapshot.id
        if sid == self.snapshot.id:
            return self.form
        key = f"form:{sid}"
        if key not in self._cache:
            self._cache[key] = assessment.snapshot_form(self.db, sid)
        return self._cache[key]  # type: ignore[return-value]

    def comparison(self, snapshot_id: str, reference: str | None = None) -> Comparison:
        """How a snapshot's scores line up with the ids of the form of `reference` (the
        report's snapshot by default), through the crosswalk (domain/crosswalk.py)."""
        return crosswalk.compare(self.form_of(reference), self.form_of(snapshot_id))

    def aligned(
        self, snapshot_id: str, kind: str, reference: str | None = None
    ) -> dict[str, float | None]:
        """A snapshot's review, section or topic scores keyed by the ids of the reference
        snapshot's form: only those the crosswalk makes comparable."""
        scores = self.scores(snapshot_id)
        values = {"review": scores.reviews, "section": scores.sections, "topic": scores.topics}
        return self.comparison(snapshot_id, reference).values(kind, values[kind])

    def actions(self, snapshot: Snapshot | None = None) -> list[Action]:
        """The client's actions as they stood on the date of `snapshot` (this one by
        default), replayed from their history, that snapshot's own ones included."""
        snap = snapshot or self.snapshot
        key = f"actions:{snap.id}"
        if key not in self._cache:
            self._cache[key] = E.actions_as_of(
                self.db, self.client.id, snap.date, snapshot_id=snap.id
            )
        return self._cache[key]  # type: ignore[return-value]

    def suggestions(self) -> list[TopicSuggestion]:
        """The snapshot's ranked suggestions (services.engagement: gap × weight, done ones
        marked as of its date), CANDIDATES still to do, found once per document."""
        if "suggested" not in self._cache:
            from csmm_desktop.domain.engagement import suggest_actions

            done = E.topics_done_as_of(self.db, self.snapshot.id)
            found = suggest_actions(self.scores(), self.form, CANDIDATES, done=done)
            self._cache["suggested"] = found
        return self._cache["suggested"]  # type: ignore[return-value]

    def report_meta(self) -> ReportMeta:
        """What the consultant added to the snapshot's report (services.issuer)."""
        if "report_meta" not in self._cache:
            self._cache["report_meta"] = get_report_meta(self.db, self.snapshot.id)
        return self._cache["report_meta"]  # type: ignore[return-value]

    def recommendations(self, meta: ReportMeta | None = None) -> Recommendations:
        """The recommendations to print, in their order, with their words: the ranking with
        the consultant's choice and wording (`meta`, the stored one by default) applied by
        services.presentation.recommendations, the one place that decides it."""
        from csmm_desktop.services.presentation import recommendations

        return recommendations(self.suggestions(), meta or self.report_meta())

    def nps_bands(self) -> NpsBands:
        """The client's NPS bands (the CX board's), for every NPS verdict of the report."""
        if "nps_bands" not in self._cache:
            self._cache["nps_bands"] = X.nps_bands(self.db, self.client.id)
        return self._cache["nps_bands"]  # type: ignore[return-value]

    def nps_verdict(self, nps: float | None) -> str:
        """The band of an NPS by the client's bands, in the report language ("" for none)."""
        band = X.nps_band(self.nps_bands(), nps)
        return label(NPS_BANDS, band, self.lang) if band else ""

    def order(self, snapshot_id: str | None) -> int:
        """A snapshot's place in the client's history (-1 for none or unknown)."""
        return next((i for i, s in enumerate(self.history) if s.id == snapshot_id), -1)

    def by_id(self, snapshot_id: str | None) -> Snapshot | None:
        return next((s for s in self.history if s.id == snapshot_id), None)

    # -- words -----------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    def by_weights(self, key: str) -> str:
        """`key`, or its "_weighted" text when the report's form gives a scored question a
        weight other than 1 (docs/forms.md "Question weights"): the words about weights
        stay true of the form the numbers come from."""
        return f"{key}_weighted" if self.form.weighted else key

    def weight(self, value: float) -> str:
        """A weight as the form gives it (2, 1.5 / 1,5)."""
        return number_weight(value, self.lang)

    def tn(self, key: str, n: float, **values: object) -> str:
        """A text about `n` things, in the language's plural form (texts.tn)."""
        return tn(self.lang, key, n, **values)

    def nps_mix(self, promoters: int, passives: int, detractors: int) -> str:
        """ "3 promoters, 1 passive, 2 detractors" / "3 destekçi, 1 pasif, 2 kötüleyen"."""
        return nps_mix(self.lang, promoters, passives, detractors)

    def stage(self, key: str | None) -> str:
        """A level (stage) name in the report language; "–" for none."""
        return level_def(key).label(self.lang) if key else fmt.MISSING

    def level_line(self, key: str | None) -> str:
        """Level 1 · Initial / Seviye 1 · Başlangıç."""
        if not key:
            return fmt.MISSING
        found = level_def(key)
        return self.t("level_n", n=found.number, name=found.label(self.lang))

    def day(self, iso: str | None) -> str:
        return fmt.day(iso, self.lang)

    def score(self, value: float | None) -> str:
        return fmt.score(value, self.lang)

    def label(self, snap: Snapshot) -> str:
        """A snapshot's short name in charts and tables: "Planlı Çalışma 23.03.2026"."""
        return f"{self.stage(snap.stage)} {fmt.day(snap.date, self.lang)}"

    def column_label(self, snap: Snapshot, width: int = 13, lines: int = 3) -> str:
        """label() when it wraps into `lines` of `width` characters (a heat map column),
        else "Seviye 4 28.09.2026": the long level names would push the date out."""
        full = self.label(snap)
        if len(textwrap.wrap(full, width, break_long_words=False)) <= lines:
            return full
        short = self.t("level_short", n=level_def(snap.stage).number)
        return f"{short} {fmt.day(snap.date, self.lang)}"

    def role(self, key: str) -> str:
        names = self.form.role_names.get(key)
        return (names.get(self.lang) or names["en"]) if names else key

    def text(self, texts: dict[str, str] | None) -> str:
        """A bilingual {"en", "tr"} text in the report language."""
        if not texts:
            return ""
        return texts.get(self.lang) or texts.get("en") or ""

    def topic_name(self, topic_id: str) -> str:
        topic = self.form.topics.get(topic_id)
        return f"{topic_id} {self.text(topic.title)}" if topic else topic_id

    def section_name(self, section_id: str) -> str:
        section = self.form.sections.get(section_id)
        return f"{section_id} {self.text(section.title)}" if section else section_id

    def level_range(self, level: str | None) -> str:
        """The score range of a level in words: "from 40 to below 60"."""
        bands = self.bands()
        for key, low, high in bands:
            if key == level:
                lo, hi = fmt.integer(low, self.lang), fmt.integer(high, self.lang)
                if low <= 0:
                    return self.t("range_bottom", high=hi)
                if key == bands[-1][0]:
                    return self.t("range_top", low=lo)
                return self.t("range_middle", low=lo, high=hi)
        return fmt.MISSING

    def bands(self) -> list[tuple[str, float, float]]:
        """(level key, lower edge, upper edge) from the form's thresholds."""
        th = self.form.thresholds
        edges = [0.0, th["planned"], th["measured"], th["optimized"], 100.0]
        keys = ("initial", "planned", "measured", "optimized")
        return [(k, edges[i], edges[i + 1]) for i, k in enumerate(keys)]
