"""The client dashboard: the assessed level, the scores and their change, the charts, and a
drill-down from the overall score to the answers behind each question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem, QWidget

from csmm_desktop.forms.ui_dashboard import Ui_Dashboard
from csmm_desktop.services.dashboard import CHARTS, Dashboard, load_dashboard
from csmm_desktop.views import formatting
from csmm_desktop.views.chart_view import ChartView
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.language import current_language

if TYPE_CHECKING:
    from sqlite_utils import Database

KEY_ROLE = Qt.ItemDataRole.UserRole
CHART_NAMES = {
    "sections": QT_TRANSLATE_NOOP("Dashboard", "Sections by snapshot"),
    "radar": QT_TRANSLATE_NOOP("Dashboard", "Radar of the sections"),
    "trend": QT_TRANSLATE_NOOP("Dashboard", "Overall score and levels"),
    "heatmap": QT_TRANSLATE_NOOP("Dashboard", "Topic heat map"),
    "gap": QT_TRANSLATE_NOOP("Dashboard", "Management vs employees"),
    "nps": QT_TRANSLATE_NOOP("Dashboard", "Net Promoter Score"),
    "nps_trend": QT_TRANSLATE_NOOP("Dashboard", "NPS over time"),
}
RULES = {
    "mean_of_reviews": QT_TRANSLATE_NOOP("Dashboard", "Overall = plain mean of the review scores."),
    "mean_of_sections": QT_TRANSLATE_NOOP(
        "Dashboard", "Review = plain mean of its section scores."
    ),
    "weighted_mean_of_topics": QT_TRANSLATE_NOOP(
        "Dashboard",
        "Section = mean of its topic scores, each weighted by its number of scored questions.",
    ),
    "mean_of_roles": QT_TRANSLATE_NOOP(
        "Dashboard",
        "Topic = mean of the management and the employee scores; gap = management − employee.",
    ),
    "mean_of_respondents": QT_TRANSLATE_NOOP(
        "Dashboard", "Topic = mean of each respondent's mean answer (N/A and blanks left out)."
    ),
}


def chart_name(key: str) -> str:
    return QCoreApplication.translate("Dashboard", CHART_NAMES[key])


class DashboardTab(ContextTab):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.data: Dashboard | None = None
        self._figures: dict[tuple[str, str, int], object] = {}
        self.ui = Ui_Dashboard()
        self.ui.setupUi(self)
        self.chart = ChartView(self, "chart")
        self.ui.chartHostLayout.addWidget(self.chart)
        for key in CHARTS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            self.ui.chartList.addItem(item)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        for name in ("level", "score", "change", "coverage", "nps", "respondents"):
            getattr(self.ui, f"{name}Value").setFont(big)
        self.ui.chartList.currentRowChanged.connect(lambda _row: self.show_chart())
        self.ui.scoreTree.currentItemChanged.connect(self._explain)
        self.ui.weakestList.itemActivated.connect(self._select_topic_item)
        self.ui.strongestList.itemActivated.connect(self._select_topic_item)
        self.ui.presentButton.clicked.connect(self.present)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.present)
        self.chart.clicked.connect(self._chart_clicked)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([560, 220])
        self.ui.chartList.setMaximumWidth(210)
        self.ui.presentButton.setMaximumWidth(210)
        self.ui.scoreTree.setColumnWidth(0, 380)
        self.ui.scoreTree.setColumnWidth(1, 70)
        self._retranslate()

    def tab_title(self) -> str:
        return self.tr("Dashboard")

    # --- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        self._figures.clear()
        if not self.client_id:
            return
        self.data = load_dashboard(self.db, self.client_id, self.snapshot_id)
        self._show_cards()
        self._fill_tree()
        self._fill_extremes()
        if self.ui.chartList.currentRow() < 0:
            self.ui.chartList.setCurrentRow(0)
        elif self.isVisible():
            self.show_chart()

    def _show_cards(self) -> None:
        ui, data = self.ui, self.data
        current = data.current if data else None
        scores = current.scores if current else None
        ui.levelValue.setText(stage_name(scores.level) if scores else "—")
        ui.scoreValue.setText(formatting.score(scores.overall) if scores else "—")
        change = data.change() if data else None
        ui.changeValue.setText("—" if change is None else formatting.score(change, sign=True))
        ui.coverageValue.setText(formatting.percent(scores.coverage) if scores else "—")
        ui.npsValue.setText(formatting.score(scores.nps, 0, sign=True) if scores else "—")
        ui.respondentsValue.setText(str(scores.respondents) if scores else "0")
        if data and data.previous is not None:
            ui.changeCaption.setText(
                self.tr("Change since %1").replace("%1", stage_name(data.previous.snapshot.stage))
            )
        else:
            ui.changeCaption.setText(self.tr("Change since previous"))

    def _fill_tree(self) -> None:
        tree = self.ui.scoreTree
        tree.clear()
        data = self.data
        if not data or data.current is None:
            return
        lang = current_language()
        scores = data.current.scores
        form = data.form
        overall = QTreeWidgetItem(
            [self.tr("Overall"), formatting.score(scores.overall), stage_name(scores.level)]
        )
        overall.setData(0, KEY_ROLE, ("overall", ""))
        tree.addTopLevelItem(overall)
        for review in form.reviews:
            r_item = self._row(
                overall,
                ("review", review.id),
                f"{review.id}  {review.title[lang]}",
                scores.reviews[review.id],
                "",
            )
            for section in review.sections:
                roles = ", ".join(role_name(r) for r in section.roles)
                s_item = self._row(
                    r_item,
                    ("section", section.id),
                    f"{section.id}  {section.title[lang]}",
                    scores.sections[section.id],
                    roles,
                )
                for topic in section.topics:
                    basis = self._topic_basis(scores, topic.id, section.roles)
                    t_item = self._row(
                        s_item,
                        ("topic", topic.id),
                        f"{topic.id}  {topic.title[lang]}",
                        scores.topics[topic.id],
                        basis,
                    )
                    for q in topic.questions:
                        stats = scores.questions[q.id]
                        self._row(
                            t_item,
                            ("question", q.id),
                            f"{q.id}  {q.text(lang, section.roles[0])}",
                            stats.mean,
                            self._answers_basis(q, stats, lang),
                        )
        overall.setExpanded(True)
        for i in range(overall.childCount()):
            overall.child(i).setExpanded(True)

    def _row(self, parent, key, text, value, basis) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, formatting.score(value), basis])
        item.setData(0, KEY_ROLE, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, text)
        parent.addChild(item)
        return item

    def _topic_basis(self, scores, topic_id: str, roles) -> str:
        parts = []
        for role in roles:
            value = scores.role_topics[topic_id].get(role)
            count = scores.role_topic_counts[topic_id].get(role, 0)
            parts.append(
                self.tr("%1 %2 (%3 respondents)")
                .replace("%1", role_name(role))
                .replace("%2", formatting.score(value))
                .replace("%3", str(count))
            )
        return "; ".join(parts)

    def _answers_basis(self, question, stats, lang: str) -> str:
        if not stats.counts:
            return self.tr("no answers")
        labels = dict(question.answer_choices())
        parts = []
        for value, count in sorted(stats.counts.items()):
            if value == "na":
                parts.append(self.tr("N/A: %1").replace("%1", str(count)))
            elif question.scale.kind == "text":
                parts.append(self.tr("%1 comments").replace("%1", str(count)))
                break
            else:
                label = labels.get(value, {}).get(lang, value)
                short = value if question.scale.kind in ("ordinal", "nps") else label
                parts.append(f"{short}: {count}")
        return " · ".join(parts)

    def _fill_extremes(self) -> None:
        data = self.data
        lang = current_language()
        weakest, strongest = data.extremes() if data else ([], [])
        for widget, items in ((self.ui.weakestList, weakest), (self.ui.strongestList, strongest)):
            widget.clear()
            for topic_id, value in items:
                title = data.form.topics[topic_id].title[lang]
                item = QListWidgetItem(f"{formatting.score(value)}  {topic_id}  {title}")
                item.setData(KEY_ROLE, topic_id)
                item.setToolTip(title)
                widget.addItem(item)

    # --- charts --------------------------------------------------------------------

    def current_chart(self) -> str:
        item = self.ui.chartList.currentItem()
        return item.data(KEY_ROLE) if item else CHARTS[0]

    def figure(self, chart: str, size: tuple[float, float] | None = None):
        lang = current_language()
        rounded = (round(size[0], 1), round(size[1], 1)) if size else None
        key = (chart, lang, self.data.index if self.data else -1, rounded)
        if key not in self._figures:
            self._figures[key] = self.data.figure(chart, lang, size)
        return self._figures[key]

    def show_chart(self) -> None:
        if self.data is None:
            return
        chart = self.current_chart()
        self.chart.name = chart
        self.chart.set_builder(lambda size: self.figure(chart, size))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.data is not None and self.chart.figure is None:
            self.show_chart()  # charts are drawn when first seen, not at start

    def present(self) -> None:
        if self.data is None:
            return
        from csmm_desktop.views.presentation import PresentationWindow

        self._presentation = PresentationWindow(self, CHARTS.index(self.current_chart()))
        self._presentation.showFullScreen()

    # --- drill-down ----------------------------------------------------------------

    def select(self, kind: str, key: str) -> QTreeWidgetItem | None:
        """Select the tree row of a section or topic (and show how it was made)."""
        tree = self.ui.scoreTree
        for item in self._walk(tree.invisibleRootItem()):
            if item.data(0, KEY_ROLE) == (kind, key):
                parent = item.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()
                item.setExpanded(True)
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
                return item
        return None

    def _walk(self, item):
        for i in range(item.childCount()):
            child = item.child(i)
            yield child
            yield from self._walk(child)

    def _select_topic_item(self, item: QListWidgetItem) -> None:
        self.select("topic", item.data(KEY_ROLE))

    def _chart_clicked(self, x: float, y: float) -> None:
        """A click on a section's bars or a heat-map row drills down to it: the nearest tick
        label of the chart's category axis names the section or topic ("2.3 …")."""
        figure = self.chart.figure
        chart = self.current_chart()
        if figure is None or not figure.axes or chart not in ("sections", "heatmap"):
            return
        ax = figure.axes[0]
        if chart == "sections":
            ticks, labels, where, kind = ax.get_xticks(), ax.get_xticklabels(), x, "section"
        else:
            ticks, labels, where, kind = ax.get_yticks(), ax.get_yticklabels(), y, "topic"
        if len(ticks) == 0:
            return
        nearest = min(range(len(ticks)), key=lambda i: abs(ticks[i] - where))
        if abs(ticks[nearest] - where) <= 0.6:
            text = labels[nearest].get_text().split()
            if text:
                self.select(kind, text[0])

    def _explain(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None or self.data is None or self.data.current is None:
            self.ui.explainLabel.clear()
            return
        kind, key = item.data(0, KEY_ROLE)
        scores = self.data.current.scores
        if kind == "question":
            self.ui.explainLabel.setText(
                self.tr(
                    "%1: %2 answers with a score, %3 N/A. Each answer is turned into 0–100 "
                    "(1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10)."
                )
                .replace("%1", key)
                .replace("%2", str(scores.questions[key].answered))
                .replace("%3", str(scores.questions[key].na))
            )
            return
        explanation = scores.explain(kind, key)
        rule = QCoreApplication.translate("Dashboard", RULES.get(explanation.rule, ""))
        parts = []
        for part in explanation.parts:
            text = f"{part.id} {formatting.score(part.value)}"
            if part.kind == "topic":
                text += " ×" + str(part.weight)
            elif part.kind == "role":
                text = f"{role_name(part.id)} {formatting.score(part.value)} (n={part.count})"
            parts.append(text)
        self.ui.explainLabel.setText(f"{rule}\n{'; '.join(parts)}")

    # --- language ------------------------------------------------------------------

    def _retranslate(self) -> None:
        for i in range(self.ui.chartList.count()):
            item = self.ui.chartList.item(i)
            item.setText(chart_name(item.data(KEY_ROLE)))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate()
        if self.client_id:
            self.refresh()
