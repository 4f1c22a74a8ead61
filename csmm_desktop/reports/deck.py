"""The editable PowerPoint deck of a snapshot (python-pptx), for the consultant to restyle
and present: 16:9, native charts (their data editable in PowerPoint) and native tables, not
pictures.

Slides: the title (client, snapshot, date), the executive summary (level, change, NPS, the
strongest and weakest topics), the level and its confidence, section scores by
snapshot (clustered columns), the topic heat map (tables whose cells are filled by level,
a slide per 16 topics), management vs employees (clustered bars), NPS (a doughnut of
promoters, passives and detractors), the recommendations (the PDF executive summary's:
chosen, ordered and worded by the consultant, services.presentation.recommendations) and
the roadmap (the open actions, soonest due first). An empty
snapshot gives the title and a slide that says so.

The numbers are the presentation model's (services/presentation.py) and the scores'; the
words are reports/office_texts.py's and the form's. Nothing here writes to the store; no Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmm_desktop.reports.office_texts import w
from csmm_desktop.reports.texts import render_message

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.presentation import ScoreView

Progress = Callable[[int, str], None]
WIDTH_IN, HEIGHT_IN = 13.333, 7.5  # 16:9
MARGIN_IN = 0.5
HEAT_ROWS = 16  # topics per heat map slide
MAX_GAP_TOPICS = 20
ROADMAP_ROWS = 10  # open actions on the roadmap slide, the soonest due first
INK = "222222"
MUTED = "5A5A5A"
ACCENT = "0072B2"
# colour-blind safe (charts/style.py's palette): promoters, passives, detractors
NPS_FILLS = ("009E73", "9A9A9A", "D55E00")


def write_deck(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    progress: Progress | None = None,
) -> Path:
    """Write the snapshot's deck (see the module) to `out_path`; returns its path.
    OutputError when the target may not be written (csmm_desktop.outputs)."""
    from pptx import Presentation
    from pptx.util import Inches

    from csmm_desktop import outputs
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.presentation import score_view

    data_dir = outputs.data_dir_of(db)
    outputs.check_target(out_path, "pptx", data_dir)

    def step(pct: int) -> None:
        if progress is not None:
            progress(pct, "")

    step(0)
    ctx = Context.load(db, snapshot_id, lang)
    view = score_view(ctx.scores(), ctx.form, lang)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(WIDTH_IN), Inches(HEIGHT_IN)
    deck = _Deck(prs, ctx)
    deck.title_slide()
    if not view.scored:
        deck.empty_slide()
    else:
        deck.summary_slide(view)
        deck.level_slide(view)
        step(20)
        deck.sections_slide()
        step(40)
        deck.heat_slides(view)
        step(60)
        deck.gap_slide()
        deck.nps_slide(view)
        step(80)
        deck.recommendations_slide()
        deck.roadmap_slide()
    with outputs.atomic_output(out_path, "pptx", data_dir) as temp:
        prs.save(str(temp))
    step(100)
    return Path(os.path.abspath(os.fspath(out_path)))


def _rgb(hex_colour: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def tint(hex_colour: str, amount: float = 0.35) -> str:
    """A light fill of a colour (as reports/styles.py level_tint mixes it with white)."""
    c = hex_colour.lstrip("#")
    parts = [int(c[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - amount * (255 - v)):02X}" for v in parts)


class _Deck:
    def __init__(self, prs: Any, ctx: Context):
        self.prs, self.ctx, self.lang = prs, ctx, ctx.lang

    # --- building blocks ----------------------------------------------------------------

    def slide(self, title: str) -> Any:
        from pptx.util import Inches, Pt

        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])  # blank
        box = slide.shapes.add_textbox(
            Inches(MARGIN_IN), Inches(0.3), Inches(WIDTH_IN - 2 * MARGIN_IN), Inches(0.8)
        )
        box.name = "Title"
        para = box.text_frame.paragraphs[0]
        para.text = title
        para.font.size, para.font.bold = Pt(28), True
        para.font.color.rgb = _rgb(INK)
        return slide

    def text(
        self,
        slide: Any,
        lines: Sequence[str | tuple[str, int, bool, str]],
        x: float,
        y: float,
        width: float,
        height: float,
    ) -> Any:
        """A text box; each line a text, or (text, size, bold, colour)."""
        from pptx.util import Inches, Pt

        box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            text, size, bold, colour = line if isinstance(line, tuple) else (line, 18, False, INK)
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = text
            para.font.size, para.font.bold = Pt(size), bold
            para.font.color.rgb = _rgb(colour)
            para.space_after = Pt(6)
        return box

    def chart(self, slide: Any, kind: Any, data: Any, y: float = 1.2) -> Any:
        from pptx.enum.chart import XL_LEGEND_POSITION
        from pptx.util import Inches, Pt

        frame = slide.shapes.add_chart(
            kind,
            Inches(MARGIN_IN),
            Inches(y),
            Inches(WIDTH_IN - 2 * MARGIN_IN),
            Inches(HEIGHT_IN - y - 0.4),
            data,
        )
        chart = frame.chart
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.font.size = Pt(12)
        return chart

    def score_axis(self, chart: Any) -> None:
        axis = chart.value_axis
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0, 100, 20
        axis.has_major_gridlines = True
        axis.tick_labels.number_format, axis.tick_labels.number_format_is_linked = "0", False

    def colour_series(self, chart: Any) -> None:
        from csmm_desktop.charts.style import SERIES

        for i, series in enumerate(chart.plots[0].series):
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _rgb(SERIES[i % len(SERIES)])

    # --- the slides ---------------------------------------------------------------------

    def title_slide(self) -> None:
        from pptx.util import Inches

        ctx = self.ctx
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])
        band = slide.shapes.add_shape(1, 0, Inches(2.3), self.prs.slide_width, Inches(0.12))
        band.fill.solid()
        band.fill.fore_color.rgb = _rgb(ACCENT)
        band.line.fill.background()
        snap = ctx.snapshot
        lines: list = [
            (ctx.client.name, 40, True, INK),
            (
                w(self.lang, "d_subtitle", snapshot=ctx.stage(snap.stage), date=ctx.day(snap.date)),
                24,
                False,
                MUTED,
            ),
        ]
        self.text(slide, lines, MARGIN_IN + 0.3, 2.6, WIDTH_IN - 2 * MARGIN_IN - 0.6, 2.0)
        # the issuer (Settings → Consultancy profile), as on the PDF's cover: who prepared it
        from csmm_desktop.services import issuer as issuers

        who = issuers.get_issuer(ctx.db)
        foot = [t for t in (who.name, who.consultant or snap.consultant, who.contact) if t]
        foot.append(w(self.lang, "d_prepared", date=ctx.day(dt.date.today().isoformat())))
        if who.confidentiality:
            foot.append(who.confidentiality)
        self.text(slide, [(t, 16, False, MUTED) for t in foot], MARGIN_IN + 0.3, 5.0, 9, 1.9)
        logo = issuers.logo_path(ctx.db, who)
        if logo is not None:  # top right, 1 inch high, its own width
            slide.shapes.add_picture(
                str(logo),
                self.prs.slide_width - Inches(MARGIN_IN + 2.4),
                Inches(0.5),
                height=Inches(1.0),
            )

    def empty_slide(self) -> None:
        slide = self.slide(w(self.lang, "d_level"))
        self.text(slide, [w(self.lang, "d_empty")], MARGIN_IN, 1.5, WIDTH_IN - 2 * MARGIN_IN, 2)

    def summary_slide(self, view: ScoreView) -> None:
        from csmm_desktop.reports import formats as fmt

        ctx, lang = self.ctx, self.lang
        slide = self.slide(w(lang, "d_summary"))
        lines: list = [
            (
                w(lang, "d_level_line", level=ctx.level_line(view.level), score=view.overall.score),
                24,
                True,
                ACCENT,
            )
        ]
        previous = ctx.previous
        if previous is not None:
            before, after = ctx.scores(previous.id).overall, ctx.scores().overall
            if before is not None and after is not None:
                change = fmt.change(after - before, lang)
                lines.append(
                    (
                        w(lang, "d_change", change=change, previous=ctx.label(previous)),
                        18,
                        False,
                        MUTED,
                    )
                )
        if view.nps_answers:
            lines.append((w(lang, "d_nps_value", nps=view.nps_text), 18, False, INK))
        self.text(slide, lines, MARGIN_IN, 1.2, WIDTH_IN - 2 * MARGIN_IN, 1.8)
        ranked = ctx.scores().ranked_topics()
        count = min(3, (len(ranked) + 1) // 2)
        columns = (
            ("d_strongest", list(reversed(ranked[count:]))[:3]),
            ("d_weakest", ranked[:count]),
        )
        half = (WIDTH_IN - 2 * MARGIN_IN) / 2
        for i, (key, topics) in enumerate(columns):
            rows: list = [(w(lang, key), 20, True, INK)]
            rows += [(f"{ctx.score(v)}  {ctx.topic_name(t)}", 16, False, INK) for t, v in topics]
            self.text(slide, rows, MARGIN_IN + i * half, 3.3, half - 0.2, 3.5)

    def level_slide(self, view: ScoreView) -> None:
        ctx, lang = self.ctx, self.lang
        slide = self.slide(w(lang, "d_level"))
        lines: list = [
            (
                w(lang, "d_level_line", level=ctx.level_line(view.level), score=view.overall.score),
                32,
                True,
                ACCENT,
            ),
        ]
        if view.overall.interval:
            lines.append(
                w(lang, "d_interval", share=view.interval_share, interval=view.overall.interval)
            )
        lines.append(w(lang, "d_coverage", coverage=view.coverage, n=view.respondents))
        if view.level_indicative:
            lines.append((w(lang, "d_indicative"), 18, True, INK))
            lines += [(f"• {render_message(lang, r)}", 16, False, MUTED) for r in view.reasons]
        else:
            lines.append((w(lang, "d_confident"), 18, False, MUTED))
        self.text(slide, lines, MARGIN_IN, 1.4, WIDTH_IN - 2 * MARGIN_IN, 5.5)

    def sections_slide(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE

        ctx = self.ctx
        slide = self.slide(w(self.lang, "d_sections"))
        data = CategoryChartData(number_format="0.0")
        sections = list(ctx.form.sections.values())
        data.categories = [_short(f"{s.id} {ctx.text(s.title)}", 34) for s in sections]
        for snap in ctx.upto:  # through the crosswalk where the form versions differ
            aligned = ctx.aligned(snap.id, "section")
            data.add_series(ctx.label(snap), [aligned.get(s.id) for s in sections])
        chart = self.chart(slide, XL_CHART_TYPE.COLUMN_CLUSTERED, data)
        self.score_axis(chart)
        self.colour_series(chart)

    def heat_slides(self, view: ScoreView) -> None:
        from pptx.util import Inches

        from csmm_desktop.charts.style import LEVEL_COLOURS

        ctx, lang = self.ctx, self.lang
        snaps = ctx.upto[-4:]  # the latest four snapshots side by side
        topics = [line.id for line in view.topics]
        values = {s.id: ctx.aligned(s.id, "topic") for s in snaps}  # through the crosswalk
        for start in range(0, len(topics), HEAT_ROWS):
            chunk = topics[start : start + HEAT_ROWS]
            title = w(lang, "d_heat")
            if len(topics) > HEAT_ROWS:
                title += f" ({start + 1}–{start + len(chunk)})"
            slide = self.slide(title)
            rows, cols = len(chunk) + 1, len(snaps) + 1
            first_col = WIDTH_IN - 2 * MARGIN_IN - 1.9 * len(snaps)
            shape = slide.shapes.add_table(
                rows,
                cols,
                Inches(MARGIN_IN),
                Inches(1.2),
                Inches(WIDTH_IN - 2 * MARGIN_IN),
                Inches(0.33 * rows),
            )
            shape.name = "Heat map"
            table = shape.table
            table.columns[0].width = Inches(first_col)
            for c in range(1, cols):
                table.columns[c].width = Inches(1.9)
            header = [w(lang, "c_topic"), *(ctx.label(s) for s in snaps)]
            for c, text in enumerate(header):
                _cell(table.cell(0, c), text, 11, bold=True)
            for r, tid in enumerate(chunk, start=1):
                _cell(table.cell(r, 0), _short(ctx.topic_name(tid), 70), 10)
                for c, snap in enumerate(snaps, start=1):
                    value = values[snap.id].get(tid)
                    level = ctx.form.level_for(value)
                    fill = tint(LEVEL_COLOURS[level]) if level in LEVEL_COLOURS else "F2F2F2"
                    _cell(table.cell(r, c), ctx.score(value), 10, fill=fill, right=True)
            for row in table.rows:
                row.height = Inches(0.33)

    def gap_slide(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE

        ctx, lang = self.ctx, self.lang
        scores = ctx.scores()
        slide = self.slide(w(lang, "d_gap"))
        both = [
            (tid, m, e)
            for tid, by in scores.role_topics.items()
            if (m := by.get("management")) is not None and (e := by.get("employee")) is not None
        ]
        if not both:
            self.text(slide, [w(lang, "d_gap_none")], MARGIN_IN, 1.5, 10, 1)
            return
        both.sort(key=lambda t: -abs(t[1] - t[2]))
        both = sorted(both[:MAX_GAP_TOPICS], key=lambda t: _order(ctx, t[0]), reverse=True)
        data = CategoryChartData(number_format="0.0")
        data.categories = [_short(ctx.topic_name(t[0]), 45) for t in both]
        data.add_series(ctx.role("management"), [t[1] for t in both])
        data.add_series(ctx.role("employee"), [t[2] for t in both])
        chart = self.chart(slide, XL_CHART_TYPE.BAR_CLUSTERED, data)
        self.score_axis(chart)
        self.colour_series(chart)

    def nps_slide(self, view: ScoreView) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Inches, Pt

        lang = self.lang
        slide = self.slide(w(lang, "d_nps"))
        counts = self.ctx.scores().nps_counts
        if not sum(counts):
            self.text(slide, [w(lang, "d_nps_none")], MARGIN_IN, 1.5, 10, 1)
            return
        lines: list = [(w(lang, "d_nps_value", nps=view.nps_text), 40, True, ACCENT)]
        verdict = self.ctx.nps_verdict(self.ctx.scores().nps)
        if verdict:
            lines.append((verdict, 20, False, MUTED))
        lines.append((self.ctx.nps_mix(*counts), 16, False, MUTED))
        self.text(slide, lines, MARGIN_IN, 1.6, 5.2, 4)
        data = CategoryChartData(number_format="0")
        data.categories = [w(lang, k) for k in ("d_promoters", "d_passives", "d_detractors")]
        data.add_series(w(lang, "k_nps_answers"), counts)
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.DOUGHNUT, Inches(6.0), Inches(1.2), Inches(6.8), Inches(5.8), data
        )
        chart = frame.chart
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
        chart.font.size = Pt(14)
        plot = chart.plots[0]
        plot.has_data_labels = True
        plot.data_labels.number_format, plot.data_labels.number_format_is_linked = "0", False
        for point, fill in zip(plot.series[0].points, NPS_FILLS, strict=False):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(fill)

    def recommendations_slide(self) -> None:
        """The executive summary's recommendations: those the consultant chose, in the
        order chosen, in the consultant's words where reworded; without a choice the
        ranking's first still to do (services.presentation.recommendations, as the PDF).
        No slide when the consultant chose to print none."""
        from pptx.util import Inches

        ctx, lang = self.ctx, self.lang
        found = ctx.recommendations()
        chosen = found.chosen
        if not chosen and found.by_consultant:
            return  # the consultant chose to print none, as the PDF summary prints none
        slide = self.slide(w(lang, "d_recommend"))
        if not chosen:
            self.text(slide, [w(lang, "d_recommend_none")], MARGIN_IN, 1.5, 10, 1)
            return
        rows = len(chosen) + 1
        shape = slide.shapes.add_table(
            rows,
            5,
            Inches(MARGIN_IN),
            Inches(1.2),
            Inches(WIDTH_IN - 2 * MARGIN_IN),
            Inches(0.6 * rows),
        )
        shape.name = "Recommendations"
        table = shape.table
        for c, width in enumerate((0.7, 2.8, 0.9, 5.5, 2.43)):
            table.columns[c].width = Inches(width)
        head = [
            w(lang, "c_id"),
            w(lang, "c_topic"),
            w(lang, "c_score"),
            w(lang, "c_action"),
            w(lang, "d_priority"),
        ]
        for c, text in enumerate(head):
            _cell(table.cell(0, c), text, 12, bold=True)
        for r, rec in enumerate(chosen, start=1):
            s, said = rec.suggestion, rec.texts(lang)
            actions = said[0] if len(said) == 1 else "\n".join(f"• {x}" for x in said)
            _cell(table.cell(r, 0), str(r), 11, right=True)
            _cell(table.cell(r, 1), ctx.topic_name(s.topic_id), 11)
            _cell(table.cell(r, 2), ctx.score(s.score), 11, right=True)
            _cell(table.cell(r, 3), actions, 10)
            _cell(table.cell(r, 4), ctx.text(s.rationale), 9)

    def roadmap_slide(self) -> None:
        from pptx.util import Inches

        from csmm_desktop.domain.engagement import ACTION_STATUSES, OPEN_ACTION_STATUSES, label

        ctx, lang = self.ctx, self.lang
        slide = self.slide(w(lang, "d_roadmap"))
        open_ = [a for a in ctx.actions() if a.status in OPEN_ACTION_STATUSES]
        open_.sort(key=lambda a: (a.due_date or "9999", a.title))
        if not open_:
            self.text(slide, [w(lang, "d_roadmap_none")], MARGIN_IN, 1.5, 10, 1)
            return
        shown = open_[:ROADMAP_ROWS]
        rows = len(shown) + 1
        shape = slide.shapes.add_table(
            rows,
            5,
            Inches(MARGIN_IN),
            Inches(1.2),
            Inches(WIDTH_IN - 2 * MARGIN_IN),
            Inches(0.45 * rows),
        )
        shape.name = "Roadmap"
        table = shape.table
        for c, width in enumerate((5.0, 2.0, 1.5, 1.6, 2.23)):
            table.columns[c].width = Inches(width)
        head = [w(lang, k) for k in ("c_action", "c_owner", "c_due", "c_status", "c_topic")]
        for c, text in enumerate(head):
            _cell(table.cell(0, c), text, 12, bold=True)
        for r, a in enumerate(shown, start=1):
            values = (
                a.title,
                a.owner,
                ctx.day(a.due_date) if a.due_date else "",
                label(ACTION_STATUSES, a.status, lang),
                _short(ctx.topic_name(a.topic_id), 32) if a.topic_id else "",
            )
            for c, text in enumerate(values):
                _cell(table.cell(r, c), text, 11)
        if len(open_) > len(shown):
            more = w(lang, "d_more", n=len(open_) - len(shown))
            self.text(slide, [(more, 14, False, MUTED)], MARGIN_IN, 1.3 + 0.45 * rows, 6, 0.5)


def _cell(
    cell: Any,
    text: str,
    size: int,
    *,
    bold: bool = False,
    fill: str | None = None,
    right: bool = False,
) -> None:
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    cell.text = text
    for para in cell.text_frame.paragraphs:
        para.font.size, para.font.bold = Pt(size), bold
        if not bold:
            para.font.color.rgb = _rgb(INK)
        if right:
            para.alignment = PP_ALIGN.RIGHT
    if fill is not None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(fill)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _order(ctx: Context, topic_id: str) -> int:
    topics = list(ctx.form.topics)
    return topics.index(topic_id) if topic_id in topics else len(topics)
