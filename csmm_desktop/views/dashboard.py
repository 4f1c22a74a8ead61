"""The client dashboard: the assessed level, the scores and their change, the charts, and a
drill-down from the overall score to the answers behind each question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from csmm_desktop.domain import crosswalk, numbers
from csmm_desktop.forms.ui_dashboard import Ui_Dashboard
from csmm_desktop.services.dashboard import CHARTS, Dashboard, load_dashboard
from csmm_desktop.services.presentation import MISSING, ScoreView, score_view
from csmm_desktop.views import formatting, score_text
from csmm_desktop.views.chart_view import ChartView
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.language import current_language

if TYPE_CHECKING:
    from sqlite_utils import Database

KEY_ROLE = Qt.ItemDataRole.UserRole
CHART_MIN = (420, 340)  # logical px: the chart scrolls rather than squash its plot below it
KEPT_FIGURES = 16  # drawn figures kept (a few snapshots × charts × sizes)
SHOWN_REASONS = 1  # under the tiles; all of them in the level's tooltip and the Overall row
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
    # the form gives question weights (docs/forms.md "Question weights")
    "weighted_mean_of_topics:weighted": QT_TRANSLATE_NOOP(
        "Dashboard",
        "Section = mean of its topic scores, each weighted by the sum of its scored "
        "questions' weights.",
    ),
    "mean_of_respondents:weighted": QT_TRANSLATE_NOOP(
        "Dashboard",
        "Topic = mean of each respondent's weighted mean answer (weighted by the questions' "
        "weights; N/A and blanks left out).",
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
    # In the main window (lazy_tabs.make_tab): the first chart is drawn an event-loop
    # turn after the tab shows its numbers, so the tab paints before matplotlib draws.
    draw_first_later = False

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.data: Dashboard | None = None
        self.view: ScoreView | None = None  # the scores in focus, as shown
        # drawn figures, kept while the data, the snapshots shown, the language and the
        # size are the same: a warm reopen of a snapshot draws nothing (figure())
        self._figures: dict[tuple, object] = {}
        self.figures_built = 0  # how many figures were drawn (tests count them)
        self.ui = Ui_Dashboard()
        self.ui.setupUi(self)
        self.chart = ChartView(self, "chart")
        self.chart.min_width, self.chart.min_height = CHART_MIN
        self.ui.chartHostLayout.addWidget(self.chart)
        # under the chart: what changed in the form when the snapshots compared were answered
        # with other form versions (compared through the crosswalk, domain/crosswalk.py)
        self.formNote = QLabel(self)
        self.formNote.setObjectName("formNote")
        self.formNote.setWordWrap(True)
        self.formNote.setTextFormat(Qt.TextFormat.PlainText)
        self.formNote.setStyleSheet(f"color: {score_text.INDICATIVE_COLOUR};")
        self.formNote.hide()
        self.ui.chartHostLayout.addWidget(self.formNote)
        self._build_pickers()
        for key in CHARTS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            self.ui.chartList.addItem(item)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        note = QFont(self.font())
        note.setPointSizeF(note.pointSizeF() * 0.9)
        for column, name in enumerate(
            ("level", "score", "change", "coverage", "nps", "respondents")
        ):
            getattr(self.ui, f"{name}Value").setFont(big)
            getattr(self.ui, f"{name}Note").setFont(note)
            # tiles of a fixed share whose notes wrap: a long Turkish level name ("Yüksek
            # Performans ve Kalite") takes two lines instead of squeezing the others to six
            self.ui.cardsLayout.setColumnStretch(column, 2 if name == "level" else 1)
        self.ui.levelValue.setWordWrap(True)
        self.ui.confidenceLabel.setFont(note)
        self.ui.cardsLayout.setContentsMargins(8, 4, 8, 4)
        self.ui.cardsLayout.setVerticalSpacing(2)
        self.ui.levelNote.setStyleSheet(f"color: {score_text.INDICATIVE_COLOUR};")
        self.ui.confidenceLabel.setStyleSheet(f"color: {score_text.INDICATIVE_COLOUR};")
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
        self._splitter_moved = False  # until the user drags it, the charts keep their room
        self.ui.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        self.ui.splitter.installEventFilter(self)
        self.ui.detailLayout.setStretch(0, 3)  # the score tree before the topic lists
        self.ui.detailLayout.setStretch(1, 2)
        for widget in (self.ui.weakestList, self.ui.strongestList, self.ui.scoreTree):
            widget.setMinimumHeight(48)  # they scroll; the charts above need the height more
        self.ui.scoreTree.installEventFilter(self)
        self.ui.chartList.setMaximumWidth(210)
        # long (Turkish) chart names wrap instead of hiding behind a sideways scroll bar
        self.ui.chartList.setWordWrap(True)
        self.ui.chartList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.presentButton.setMaximumWidth(210)
        # the score and interval columns as wide as their header and numbers (never cut, in
        # any language); the item's name takes half of the rest, what it is made from the end
        header = self.ui.scoreTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.scoreTree.setColumnWidth(0, 330)
        self._retranslate()

    def tab_title(self) -> str:
        return self.tr("Dashboard")

    # --- which snapshots it shows ----------------------------------------------------

    def _build_pickers(self) -> None:
        """Above the chart list: the snapshot shown (the panel's selection until another is
        picked here) and the one to compare it with (all earlier ones by default)."""
        self._picked = ""  # a snapshot chosen here; "" follows the panel's selection
        self._compare = ""  # the snapshot compared with; "" the earlier ones
        self.snapshotCaption = QLabel(self)
        self.snapshotPicker = QComboBox(self)
        self.snapshotPicker.setObjectName("snapshotPicker")
        self.compareCaption = QLabel(self)
        self.comparePicker = QComboBox(self)
        self.comparePicker.setObjectName("comparePicker")
        self.snapshotCaption.setBuddy(self.snapshotPicker)
        self.compareCaption.setBuddy(self.comparePicker)
        # one row over the chart: it takes no height the chart list would not take anyway
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.snapshotCaption,
            self.snapshotPicker,
            self.compareCaption,
            self.comparePicker,
        ):
            row.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        self.ui.chartHostLayout.insertLayout(0, row)
        for combo in (self.snapshotPicker, self.comparePicker):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.snapshotPicker.activated.connect(self._on_picked)
        self.comparePicker.activated.connect(self._on_compare)

    def _on_picked(self, _index: int) -> None:
        self._picked = self.snapshotPicker.currentData() or ""
        if self._compare == self._picked:
            self._compare = ""
        self.refresh()

    def _on_compare(self, _index: int) -> None:
        self._compare = self.comparePicker.currentData() or ""
        self.refresh()

    def _before_snapshot_change(self) -> None:
        self._picked = self._compare = ""  # the panel chose another: show that one

    def _fill_pickers(self) -> None:
        data = self.data
        history = data.history if data else []
        lang = current_language()
        shown = data.current.snapshot.id if data and data.current else ""
        for combo, first, keep in (
            (self.snapshotPicker, None, shown),
            (self.comparePicker, self.tr("All earlier snapshots"), self._compare),
        ):
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, "")
            for item in history:
                if combo is self.comparePicker and item.snapshot.id == shown:
                    continue
                combo.addItem(item.label(lang), item.snapshot.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.setEnabled(combo.count() > 1)
            combo.blockSignals(False)

    # --- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.client_id:
            return
        self.data = load_dashboard(self.db, self.client_id, self._picked or self.snapshot_id)
        self.data.set_compare(self._compare)
        if self.data.compare is None:
            self._compare = ""  # (deleted meanwhile, or now the one shown)
        self._fill_pickers()
        current = self.data.current
        self.view = (
            score_view(current.scores, self.data.form, current_language()) if current else None
        )
        self._show_cards()
        self._show_form_note()
        self._fill_tree()
        self._fill_extremes()
        if self.ui.chartList.currentRow() < 0:
            was_blocked = self.ui.chartList.blockSignals(True)  # drawn just below
            self.ui.chartList.setCurrentRow(0)
            self.ui.chartList.blockSignals(was_blocked)
        self._draw_when_shown()

    def _draw_when_shown(self) -> None:
        """The chart for the data now: hidden, when next shown (showEvent); the first one
        after the tab has painted its numbers (_draw_if_shown); later ones at once (kept
        figures: a warm reopen draws nothing, figure())."""
        if not self.isVisible():
            return
        if self.chart.figure is None and self.draw_first_later:
            self.chart.show_waiting()
            QTimer.singleShot(0, self._draw_if_shown)
        else:
            self.show_chart()

    def _show_cards(self) -> None:
        ui, data, view = self.ui, self.data, self.view
        if view is None:
            for name in ("level", "score", "change", "coverage", "nps"):
                getattr(ui, f"{name}Value").setText(MISSING)
            ui.respondentsValue.setText("0")
            for name in ("level", "score", "change", "coverage", "nps", "respondents"):
                getattr(ui, f"{name}Note").clear()
            ui.confidenceLabel.hide()
            return
        ui.levelValue.setText(stage_name(view.level))
        ui.levelNote.setText(self.tr("indicative: see why below") if view.level_indicative else "")
        why = score_text.reasons_tooltip(view)
        for widget in (ui.levelCaption, ui.levelValue, ui.levelNote):
            widget.setToolTip(why)
        ui.scoreValue.setText(view.overall.score)
        ui.scoreNote.setText(score_text.interval(view, view.overall))
        change = data.change() if data else None
        ui.changeValue.setText(numbers.number(change, view.lang, 1, sign=True))
        ui.coverageValue.setText(view.coverage)
        ui.coverageNote.setText(
            self.tr("%1 of %2 answers").replace("%1", view.answered).replace("%2", view.expected)
        )
        ui.npsValue.setText(score_text.nps(view))
        ui.npsNote.setText(score_text.nps_note(view))
        ui.respondentsValue.setText(str(view.respondents))
        ui.respondentsNote.setText(score_text.roles_note(view))
        reasons = score_text.reasons(view)
        line = " ".join(reasons[:SHOWN_REASONS])
        if len(reasons) > SHOWN_REASONS:
            more = str(len(reasons) - SHOWN_REASONS)
            line += " " + self.tr("(%1 more: point at the level, or select Overall below)").replace(
                "%1", more
            )
        ui.confidenceLabel.setText(line)
        ui.confidenceLabel.setToolTip(why)
        ui.confidenceLabel.setVisible(view.level_indicative)
        # "Change" over "since Planned": the caption stays as short as the others' so the
        # tiles share the width (a long caption made the level and score tiles wrap)
        if data and data.previous is not None:
            since = stage_name(data.previous.snapshot.stage)
            ui.changeNote.setText(self.tr("since %1").replace("%1", since))
        else:
            ui.changeNote.setText(self.tr("first snapshot"))

    def _show_form_note(self) -> None:
        """ "The form changed between these snapshots: …" when a compared snapshot was
        answered with another form version (hidden otherwise)."""
        changes = self.data.form_changes() if self.data else []
        if not changes:
            self.formNote.clear()
            self.formNote.hide()
            return
        lang = current_language()
        form = self.data.form
        topics = str(sum(1 for t in form.topics.values() if t.weight))
        parts = [self.tr("The form changed between these snapshots:")]
        for item, comparison in changes:
            values = {
                "%1": item.label(lang),
                "%2": item.scores.form_version,
                "%3": form.version,
                "%4": str(len(comparison.topics_compared())),
                "%5": topics,
                "%6": str(len(comparison.sections)),
                "%7": str(len(crosswalk.scored_sections(form))),
            }
            if comparison.linked:
                text = self.tr(
                    "%1 was answered with form version %2 (this snapshot: %3); compared "
                    "through the crosswalk: %4 of %5 topics, %6 of %7 sections."
                )
            else:
                text = self.tr(
                    "%1 was answered with form version %2, which no crosswalk links to this "
                    "snapshot's form (%3): its topics and sections are not compared."
                )
            for key in ("%7", "%6", "%5", "%4", "%3", "%2", "%1"):
                text = text.replace(key, values[key])
            parts.append(text)
            if comparison.linked and comparison.topics_left:
                left = ", ".join(comparison.topics_left)
                parts.append(
                    self.tr("Not compared (new, dropped or regrouped questions): %1.").replace(
                        "%1", left
                    )
                )
        parts.append(self.tr("The overall score and the level are each form's own."))
        self.formNote.setText(" ".join(parts))
        self.formNote.show()

    def _fill_tree(self) -> None:
        tree = self.ui.scoreTree
        tree.clear()
        data, view = self.data, self.view
        if not data or data.current is None or view is None:
            return
        lang = current_language()
        scores = data.current.scores
        form = data.form
        self._tree_header()
        overall = QTreeWidgetItem(
            [
                self.tr("Overall"),
                view.overall.score,
                view.overall.interval or MISSING,
                score_text.level(view),
            ]
        )
        overall.setData(0, KEY_ROLE, ("overall", ""))
        overall.setToolTip(3, score_text.reasons_tooltip(view))
        tree.addTopLevelItem(overall)
        for review in form.reviews:
            line = view.line("review", review.id)
            r_item = self._row(
                overall, ("review", review.id), f"{review.id}  {review.title[lang]}", line, ""
            )
            for section in review.sections:
                line = view.line("section", section.id)
                s_item = self._row(
                    r_item,
                    ("section", section.id),
                    f"{section.id}  {section.title[lang]}",
                    line,
                    score_text.section_basis(view, line),
                )
                for topic in section.topics:
                    if not topic.questions:  # left out for the client
                        continue
                    basis = self._topic_basis(scores, topic.id, section.roles)
                    text = f"{topic.id}  {topic.title[lang]}"
                    if topic.weight:
                        line = view.line("topic", topic.id)
                        t_item = self._row(s_item, ("topic", topic.id), text, line, basis)
                    else:  # open feedback: no score
                        t_item = self._item(s_item, ("topic", topic.id), text, MISSING, "", basis)
                    for q in topic.questions:
                        stats = scores.questions[q.id]
                        self._item(
                            t_item,
                            ("question", q.id),
                            f"{q.id}  {q.text(lang, section.roles[0])}",
                            numbers.number(stats.mean, lang, 1),
                            "",
                            self._answers_basis(q, stats, lang),
                        )
        overall.setExpanded(True)
        for i in range(overall.childCount()):
            overall.child(i).setExpanded(True)

    def _row(self, parent, key, text, line, basis) -> QTreeWidgetItem:
        """A review, section or topic: its score and interval from the score view."""
        item = self._item(parent, key, text, line.score, line.interval or MISSING, basis)
        if not line.missing:
            item.setToolTip(2, score_text.interval(self.view, line))
        return item

    def _item(self, parent, key, text, score, interval, basis) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, score, interval, basis])
        item.setData(0, KEY_ROLE, key)
        for column in (1, 2):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        item.setToolTip(0, text)
        item.setToolTip(3, basis)
        parent.addChild(item)
        return item

    def _topic_basis(self, scores, topic_id: str, roles) -> str:
        parts = []
        for role in roles:
            value = scores.role_topics[topic_id].get(role)
            count = scores.role_topic_counts[topic_id].get(role, 0)
            parts.append(
                self.tr("%1 %2 (%n respondent(s))", "", count)
                .replace("%1", role_name(role))
                .replace("%2", formatting.score(value))
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
                parts.append(self.tr("%n comment(s)", "", count))
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

    def _figure_key(self, chart: str, size: tuple[float, float] | None) -> tuple:
        """What a drawn figure depends on: the data (assessment.scores_version), the
        snapshots shown, the language and the size."""
        from csmm_desktop.services import assessment

        rounded = (round(size[0], 1), round(size[1], 1)) if size else None
        shown = self.data.current.snapshot.id if self.data and self.data.current else ""
        index = (self.data.index, self.data.compare) if self.data else -1
        version = assessment.scores_version(self.db)
        return (chart, current_language(), self.client_id, shown, index, version, rounded)

    def _keep(self, key: tuple, figure) -> None:
        if len(self._figures) >= KEPT_FIGURES:  # the oldest goes
            self._figures.pop(next(iter(self._figures)))
        self._figures[key] = figure
        self.figures_built += 1

    def figure(self, chart: str, size: tuple[float, float] | None = None):
        """The chart's Figure for the data as it is now, built here and now: drawn again only
        when the data, the snapshots shown, the language or the size changed."""
        key = self._figure_key(chart, size)
        figure = self._figures.get(key)
        if figure is None:
            figure = self.data.figure(chart, current_language(), size)
            self._keep(key, figure)
        return figure

    def show_chart(self) -> None:
        """The chart picked, from the kept figures or built and drawn on a worker
        (views/chart_view.py): the builder gets the data and the language captured."""
        if self.data is None:
            return
        chart = self.current_chart()
        data, lang = self.data, current_language()
        keys: dict[tuple[float, float], tuple] = {}

        def cached(size):
            keys[size] = self._figure_key(chart, size)
            figure = self._figures.get(keys[size])
            if figure is not None:
                self.chart.name = chart  # the name Save proposes: the chart on screen's
            return figure

        def built(size, figure) -> None:
            self._keep(keys.pop(size), figure)
            self.chart.name = chart

        self.chart.set_builder(lambda size: data.figure(chart, lang, size), cached, built)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            if watched is self.ui.splitter:
                self._share_height()
            elif watched is self.ui.scoreTree:
                self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """The item column takes two thirds of the tree beside the two number columns."""
        tree = self.ui.scoreTree
        numbers_width = tree.columnWidth(1) + tree.columnWidth(2)
        room = tree.viewport().width() - numbers_width
        tree.setColumnWidth(0, max(140, round(room * 0.65)))

    def _share_height(self) -> None:
        """The chart gets ~62 % of the height and at least its minimum plot height (a short
        window at 150 % left a 130-px plot); the score tree keeps what is left (≥ 120 px)."""
        if self._splitter_moved:
            return
        total = self.ui.splitter.height() - self.ui.splitter.handleWidth()
        if total <= 0:
            return
        chart = max(round(total * 0.62), CHART_MIN[1] + 8)
        chart = min(chart, max(total - 120, round(total * 0.5)))
        self.ui.splitter.setSizes([chart, total - chart])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.data is not None and self.chart.figure is None:
            # charts are drawn when first seen, not at start; and after the tab has
            # painted (the numbers and the tree first, "Drawing the chart…" where it goes)
            self.chart.show_waiting()
            QTimer.singleShot(0, self._draw_if_shown)

    def _draw_if_shown(self) -> None:
        if self.isVisible() and self.data is not None and self.chart.figure is None:
            self.show_chart()

    def client_name(self) -> str:
        """The client's name, for the slides ("" if it cannot be read)."""
        from csmm_desktop.services import clients
        from csmm_desktop.views.writes import ERRORS

        if not self.client_id:
            return ""
        try:
            return clients.get_client(self.db, self.client_id).name
        except ERRORS:
            return ""

    def present(self) -> None:
        if self.data is None:
            return
        from csmm_desktop.views.presentation import PresentationWindow

        self._presentation = PresentationWindow(self, CHARTS.index(self.current_chart()))
        self._presentation.setScreen(self.screen())  # where the app is (a projector: there)
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
                    "%1: %n answer(s) with a score, %2 N/A. Each answer is turned into 0–100 "
                    "(1–5 scales: (value − 1) / 4; yes / partly / no: 1 / 0.5 / 0; 0–10: value / 10).",
                    "",
                    scores.questions[key].answered,
                )
                .replace("%1", key)
                .replace("%2", str(scores.questions[key].na))
            )
            return
        explanation = scores.explain(kind, key)
        rule_key = explanation.rule
        if scores.weighted and f"{rule_key}:weighted" in RULES:
            rule_key += ":weighted"
        rule = QCoreApplication.translate("Dashboard", RULES.get(rule_key, ""))
        parts = []
        for part in explanation.parts:
            text = f"{part.id} {formatting.score(part.value)}"
            if part.kind == "topic":
                text += " ×" + formatting.weight(part.weight)
            elif part.kind == "role":
                text = f"{role_name(part.id)} {formatting.score(part.value)} (n={part.count})"
            parts.append(text)
        text = f"{rule}\n{'; '.join(parts)}"
        if explanation.left_out:
            text += "\n" + self.tr("Left out (no answers): %1").replace(
                "%1", ", ".join(explanation.left_out)
            )
        if kind == "overall" and self.view is not None and self.view.level_indicative:
            text += "\n" + score_text.reasons_tooltip(self.view)
        self.ui.explainLabel.setText(text)

    # --- language ------------------------------------------------------------------

    def _tree_header(self) -> None:
        if self.view is not None:
            share = self.view.interval_share
            self.ui.scoreTree.headerItem().setText(2, self.tr("%1 interval").replace("%1", share))

    def _retranslate(self) -> None:
        self._tree_header()
        self.snapshotCaption.setText(self.tr("&Snapshot shown:"))
        self.compareCaption.setText(self.tr("&Compare with:"))
        for i in range(self.ui.chartList.count()):
            item = self.ui.chartList.item(i)
            item.setText(chart_name(item.data(KEY_ROLE)))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate()
        if not self.client_id:
            return
        if self.isVisible():
            self.refresh()
        else:  # as every client tab: a hidden (or closed) one is worded when next shown
            self._words_stale = True
