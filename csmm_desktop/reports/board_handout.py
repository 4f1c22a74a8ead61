"""The board-meeting handout: one page (two at most) for a Customer Experience board meeting
(seed 002), to hand out as its agenda and keep as its minutes.

The client and the meeting's title, date, kind and length, the attendees; the agenda by
section, with the figures a section is about printed in it (for a metrics meeting the NPS
line, the top 10 contact reasons and the run-ups; for a project review the open projects
with status and next steps), as they stood before the meeting, as its agenda was prepared
(services.cxboard.build_agenda with as_of); then the decisions, the minutes, and the next
meeting. In English or Turkish, whatever the UI language; written atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from csmm_desktop.domain import cxboard as rules
from csmm_desktop.domain import numbers
from csmm_desktop.domain.engagement import is_overdue
from csmm_desktop.messages import message
from csmm_desktop.outputs import check_target, data_dir_of
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.action_plan import OVERDUE
from csmm_desktop.reports.blocks import Builder, grid, small, titled
from csmm_desktop.reports.fonts import BOLD, REGULAR, clean, markup
from csmm_desktop.reports.layout import (
    PageInfo,
    Progress,
    ReportDoc,
    check_options,
    no_progress,
    write_atomically,
)
from csmm_desktop.reports.styles import ACCENT, HEAD_FILL, RULE, Styles
from csmm_desktop.reports.texts import nps_mix, t, tn
from csmm_desktop.services import cxboard as X
from csmm_desktop.services.clients import get_client

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.services.clients import Client

BAND_COLOURS = {"bad": "#D55E00", "good_enough": "#5A5A5A", "great": "#007A5A"}  # weak … strong
RUN_UP_FILL = colors.HexColor("#FCEBDD")
RUN_UP_INK = "#B03A00"
FRAME_PADDING = 6.0  # reportlab.platypus.Frame's default padding


def write_board_handout(
    db: Database,
    meeting_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    progress: Progress | None = None,
) -> Path:
    """Write the handout of the board meeting `meeting_id` in `lang` ("en" or "tr") on
    `page_size` paper ("A4" or "letter"). A missing meeting raises NotFoundError and an
    unknown language or size ValueError, and nothing is written."""
    size = check_options(lang, page_size)
    check_target(out_path, "pdf", data_dir_of(db))  # before the work, not after it
    progress = progress or no_progress
    progress(0, message("report.reading_meeting"))
    meeting = X.get_meeting(db, meeting_id)
    client = get_client(db, meeting.client_id)
    title = t(lang, "bh_title", kind=t(lang, f"bh_kind_{meeting.kind}"))
    buffer = BytesIO()
    info = PageInfo(lang, title, client.name, fmt.day(meeting.date, lang))
    doc = ReportDoc(buffer, info, size, cover=False)
    # Tables as wide as the text: the body frame keeps ReportLab's 6 pt padding each side.
    builder = Builder(Styles(), doc.width - 2 * FRAME_PADDING, doc.height)
    h = _Handout(db, lang, meeting, client, builder)
    progress(20, message("report.reading_board"))
    story = [
        *h.heading(title),
        *h.agenda(),
        *h.decisions(),
        *h.minutes(),
    ]
    progress(70, message("report.laying_out_page"))
    doc.render(story)
    progress(90, message("report.writing"))
    path = write_atomically(out_path, buffer.getvalue(), data_dir_of(db))
    progress(100, message("report.done"))
    return path


def _month_before(day: str) -> str:
    """The month before the one of `day` (YYYY-MM-DD): the last one known at a meeting."""
    m0 = int(day[:4]) * 12 + int(day[5:7]) - 2
    return f"{m0 // 12:04d}-{m0 % 12 + 1:02d}"


# The board's numbers as the CX board screen and the agenda write them (domain/numbers.py):
# +12 / −62 with a true minus sign, +14.3% / +%14,3 ("new" when there was nothing before).
_signed = numbers.signed
_signed_pct = rules.change_pct


@dataclass
class _Handout:
    db: Database
    lang: str
    meeting: X.BoardMeeting
    client: Client
    b: Builder
    st: dict[str, ParagraphStyle] = field(init=False)

    def t(self, key: str, **values: object) -> str:
        return t(self.lang, key, **values)

    @property
    def until(self) -> str:
        return _month_before(self.meeting.date)

    def __post_init__(self) -> None:
        """The handout's tighter variants of the report styles (it aims at one page)."""
        s = self.b.s
        self.st = {
            "client": ParagraphStyle("bh_client", s.cover_kicker, fontName=BOLD, spaceAfter=1),
            "title": ParagraphStyle(
                "bh_title", s.cover_title, fontSize=19, leading=23, spaceAfter=2
            ),
            "when": ParagraphStyle("bh_when", s.body, fontSize=10.5, leading=14, spaceAfter=2),
            "h2": ParagraphStyle("bh_h2", s.h2, spaceBefore=7, spaceAfter=2),
            "h3": ParagraphStyle(
                "bh_h3", s.h3, fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=1.5
            ),
            "text": ParagraphStyle("bh_text", s.body, fontSize=9, leading=11.5, spaceAfter=2),
            "item": ParagraphStyle(
                "bh_item", s.bullet, fontSize=9, leading=11.5, spaceAfter=1, leftIndent=13
            ),
        }

    def h2(self, text: str) -> Paragraph:
        return self.b.rich(markup(text), self.st["h2"])

    def items(self, texts: list[str], numbered: bool = False) -> list[Paragraph]:
        """User texts as a bulleted (or numbered) list."""
        return [
            Paragraph(markup(text), self.st["item"], bulletText=f"{n}." if numbered else "•")
            for n, text in enumerate(texts, start=1)
        ]

    # -- the top: who, when, how long -----------------------------------------------------

    def heading(self, title: str) -> list:
        b, m, st = self.b, self.meeting, self.st
        template = rules.meeting_template(m.kind)
        length = self.t("bh_minutes_n", n=m.duration_min)
        usual = self.t("bh_usual", low=template.min_minutes, high=template.max_minutes)
        when = f"<b>{markup(fmt.day(m.date, self.lang))}</b>  ·  {markup(length)} "
        return [
            b.p(self.client.name, st["client"]),
            b.p(title, st["title"]),
            b.rich(when + small(markup(f"({usual})")), st["when"]),
            *self.attendees(),
        ]

    def attendees(self) -> list:
        b, names = self.b, self.meeting.attendees
        if not names:
            return [self.h2(self.t("bh_attendees_none")), b.empty(self.t("bh_no_attendees"))]
        head = self.h2(self.t("bh_attendees", n=len(names)))
        half = (len(names) + 1) // 2
        columns = (names[:half], names[half:])
        rows = [
            [b.cell(f"• {markup(c[i])}") if i < len(c) else "" for c in columns]
            for i in range(half)
        ]
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        style += [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        return [head, grid(rows, colWidths=[b.width / 2] * 2, style=style, hAlign="LEFT")]

    # -- the agenda, with the figures of its sections ---------------------------------------

    def agenda(self) -> list:
        b, kind = self.b, self.meeting.kind
        template = rules.meeting_template(kind)
        figures = {
            "metrics": {"nps": self.nps, "top10": self.reasons, "run_ups": self.run_ups},
            "project_review": {"projects": self.projects},
        }[kind]
        groups: dict[str, list[rules.AgendaItem]] = {}
        for item in self.meeting.agenda:
            groups.setdefault(item.section, []).append(item)
        keys = [s.key for s in template.sections if s.key in groups or s.key in figures]
        keys += [k for k in groups if template.section(k) is None]
        note = small(markup(self.t(f"bh_as_of_{kind}")))
        heading = f'{markup(self.t("bh_agenda"))}  <font name="{REGULAR}">{note}</font>'
        story: list = [b.rich(heading, self.st["h2"])]
        for number, key in enumerate(keys, start=1):
            section = template.section(key)
            story.append(b.p(f"{number}. {self._section_title(key)}", self.st["h3"]))
            items = groups.get(key, [])
            if key in figures:
                story += figures[key]()
                empty = section.empty if section else None
                items = [i for i in items if not i.ref_kind and i.text != empty]
            story += self.items([i.in_lang(self.lang) for i in items])
        if not any(k not in figures for k in keys):
            story.append(b.empty(self.t("bh_no_agenda")))
        return story

    def _section_title(self, key: str) -> str:
        for template in rules.meeting_templates().values():
            section = template.section(key)
            if section is not None:
                return section.title[self.lang]
        return self.t("bh_other_items")

    def nps(self) -> list:
        b, lang = self.b, self.lang
        trend = X.nps_trend(self.db, self.client.id, self.until)
        if not trend:
            return [b.empty(self.t("bh_no_nps"))]
        last = trend[-1]
        value = numbers.whole(last.nps)
        band = rules.label(rules.NPS_BANDS, last.band, lang)
        line = (
            f"<b>NPS {markup(fmt.month(last.period, lang))}: "
            f'<font size="13">{markup(fmt.nps(value, lang))}</font></b>'
            f'  ·  <font color="{BAND_COLOURS[last.band]}"><b>{markup(band)}</b></font>  ·  '
        )
        if len(trend) > 1:
            change = value - numbers.whole(trend[-2].nps)  # as the numbers read
            previous = fmt.month(trend[-2].period, lang)
            line += markup(self.t("bh_nps_since", change=_signed(change, lang), previous=previous))
        else:
            line += markup(self.t("bh_nps_first"))
        reading = X.get_nps_reading(self.db, last.reading_id)
        mix = self.t(
            "bh_nps_mix",
            total=tn(lang, "n_answers", reading.total),
            mix=nps_mix(lang, reading.promoters, reading.passives, reading.detractors),
        )
        return [b.rich(line, self.st["text"]), b.p(mix, b.s.muted)]

    def reasons(self) -> list:
        b, lang = self.b, self.lang
        found = X.top_reasons(self.db, self.client.id, until_period=self.until)
        if not found:
            return [b.empty(self.t("bh_no_reasons"))]
        rows, fills = [], []
        for n, r in enumerate(found):
            before, change, pct = fmt.MISSING, fmt.MISSING, fmt.MISSING
            if r.previous is not None:
                before = fmt.integer(r.previous, lang)
                change, pct = _signed(r.change or 0, lang), _signed_pct(r.pct, lang)
            mark = ""
            if r.run_up:
                mark = f'<font color="{RUN_UP_INK}"><b>▲ {markup(self.t("bh_run_up"))}</b></font>'
                fills += [(c, n, RUN_UP_FILL) for c in range(7)]
            count = fmt.integer(r.count, lang)
            rows.append([str(r.rank), markup(r.name), before, count, change, pct, mark])
        previous = found[0].previous_period
        months = [fmt.month(p, lang) if p else "" for p in (previous, found[0].period)]
        head = ["#", self.t("col_reason"), *months, self.t("col_change"), "%", ""]
        table = b.table(
            [markup(h) for h in head],
            rows,
            [22, None, 54, 54, 50, 52, 76],
            right=(0, 2, 3, 4, 5),
            fills=fills,
            extra=[("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
        )
        table.spaceAfter = 2
        return [table]

    def run_ups(self) -> list:
        b, lang = self.b, self.lang
        ups = X.run_ups(self.db, self.client.id, until_period=self.until)
        if not ups:
            compared = len(X.reason_volumes(self.db, self.client.id, self.until)) > 1
            return [b.empty(self.t("bh_no_run_ups" if compared else "bh_no_compare"))]
        ups = ups[: rules.RUN_UPS_ON_AGENDA]
        previous, period = fmt.month(ups[0].previous_period, lang), fmt.month(ups[0].period, lang)
        lead = self.t("bh_run_ups", previous=previous, period=period)
        items = [
            f"{markup(u.name)} <b>{_signed(u.change, lang)}</b> ({_signed_pct(u.pct, lang)})"
            for u in ups
        ]
        mark = f'<font color="{RUN_UP_INK}">▲</font> '
        line = small(markup(lead)) + " " + "  ·  ".join(mark + i for i in items)
        return [b.rich(line, self.st["text"])]

    def projects(self) -> list:
        b, lang, day = self.b, self.lang, self.meeting.date
        found = X.list_projects(self.db, self.client.id, open_only=True, as_of=day)
        if not found:
            return [b.empty(self.t("bh_no_projects"))]
        rows, overdue = [], False
        for p in found:
            source = rules.label(rules.PROJECT_SOURCES, p.source, lang)
            detail = f"{source} · {self.t('bh_priority', n=p.priority)}"
            due = markup(fmt.day(p.due_date, lang)) if p.due_date else fmt.MISSING
            if is_overdue(p.status, p.due_date, day):
                due, overdue = f'<font color="#{OVERDUE.hexval()[2:]}"><b>{due}</b></font>', True
            rows.append(
                [
                    titled(p.title, detail),
                    markup(rules.label(rules.PROJECT_STATUSES, p.status, lang)),
                    markup(p.owner) or fmt.MISSING,
                    due,
                    markup(p.next_steps) or fmt.MISSING,
                ]
            )
        head = [self.t(k) for k in ("bh_col_project", "col_status", "col_owner", "col_due")]
        head.append(self.t("bh_col_next_steps"))
        table = b.table([markup(h) for h in head], rows, [None, 68, 74, 66, 140])
        return [table, b.caption(self.t("bh_overdue_note"))] if overdue else [table]

    # -- after the meeting ------------------------------------------------------------------

    def decisions(self) -> list:
        b, found = self.b, self.meeting.decisions
        body = self.items(list(found), numbered=True)
        return [self.h2(self.t("bh_decisions")), *(body or [b.empty(self.t("bh_no_decisions"))])]

    def minutes(self) -> list:
        """The minutes line by line (blank lines kept), then the next meeting, which stays
        on the page of the minutes' last line rather than standing alone."""
        b, text = self.b, clean(self.meeting.minutes)
        lines = text.strip("\n").split("\n") if text.strip() else []
        style = ParagraphStyle("bh_line", self.st["text"], spaceAfter=0)
        body = [b.rich(markup(line) or "&#160;", style) for line in lines]
        body = body or [b.empty(self.t("bh_no_minutes"))]
        heading, ending = self.h2(self.t("bh_minutes")), self.next_meeting()
        if len(body) == 1:  # a heading's keepWithNext does not hold before a KeepTogether
            return [b.keep(heading, body[0], *ending)]
        return [heading, *body[:-1], b.keep(body[-1], *ending)]

    def next_meeting(self) -> list:
        """The meeting recorded after this one, or else the proposed one (14 days on, the
        other kind)."""
        b, lang = self.b, self.lang
        meetings = X.list_meetings(self.db, self.client.id)
        index = next(i for i, m in enumerate(meetings) if m.id == self.meeting.id)
        if index + 1 < len(meetings):
            later = meetings[index + 1]
            label, day, kind = self.t("bh_next"), later.date, later.kind
            length = self.t("bh_minutes_n", n=later.duration_min)
        else:
            proposal = X.next_meeting(self.db, self.client.id)
            label, day, kind = self.t("bh_next_proposed"), proposal.date, proposal.kind
            length = self.t("bh_range", low=proposal.min_minutes, high=proposal.max_minutes)
        text = " · ".join((fmt.day(day, lang), self.t(f"bh_kind_{kind}"), length))
        cell = b.rich(
            f'<font color="#{ACCENT.hexval()[2:]}"><b>{markup(label)}:</b></font> '
            f"<b>{markup(text)}</b>",
            b.s.body,
        )
        style = [
            ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        return [b.space(7), grid([[cell]], colWidths=[b.width], style=style, hAlign="LEFT")]
