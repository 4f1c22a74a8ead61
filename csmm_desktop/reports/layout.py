"""Page layout shared by every report: page sizes, the document template (cover page,
header and footer, "page 3 of 12", table of contents, PDF outline), laid out in one pass,
and the atomic write (the PDF is built in memory, then written next to the target and
moved over it, so a failed build leaves nothing half-written).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue
from csmm_desktop.reports.fonts import BOLD, REGULAR, fit, register_fonts
from csmm_desktop.reports.styles import ACCENT, INK, MUTED, RULE
from csmm_desktop.reports.texts import t

Progress = Callable[[int, Message | str], None]
# What a report says it is doing, passed to progress(pct, message): the export's progress
# dialog shows it in the UI's language.
STEPS = catalogue(
    {
        "report.reading_data": QT_TRANSLATE_NOOP("Messages", "Reading the data"),
        "report.scoring": QT_TRANSLATE_NOOP("Messages", "Scoring the snapshots"),
        "report.score_tables": QT_TRANSLATE_NOOP("Messages", "Score tables"),
        "report.charts": QT_TRANSLATE_NOOP("Messages", "Charts"),
        "report.section_scores": QT_TRANSLATE_NOOP("Messages", "Section scores"),
        "report.topic_scores": QT_TRANSLATE_NOOP("Messages", "Topic scores"),
        "report.topics_feedback": QT_TRANSLATE_NOOP("Messages", "Topics and feedback"),
        "report.engagement": QT_TRANSLATE_NOOP("Messages", "Engagement"),
        "report.problems_kpis": QT_TRANSLATE_NOOP("Messages", "Problems and KPIs"),
        "report.reading_actions": QT_TRANSLATE_NOOP("Messages", "Reading the actions"),
        "report.questions_for": QT_TRANSLATE_NOOP("Messages", "Questions for {role}"),
        "report.reading_meeting": QT_TRANSLATE_NOOP("Messages", "Reading the meeting"),
        "report.reading_board": QT_TRANSLATE_NOOP("Messages", "Reading the board's figures"),
        "report.laying_out": QT_TRANSLATE_NOOP("Messages", "Laying out the pages"),
        "report.laying_out_page": QT_TRANSLATE_NOOP("Messages", "Laying out the page"),
        "report.writing": QT_TRANSLATE_NOOP("Messages", "Writing the file"),
        "report.done": QT_TRANSLATE_NOOP("Messages", "Done"),
    }
)
PAGE_SIZES = {"a4": A4, "letter": LETTER}
LANGS = ("en", "tr")


def check_options(lang: str, page_size: str) -> tuple[float, float]:
    """The page size for `page_size`; ValueError for an unknown language or size."""
    if lang not in LANGS:
        raise ValueError(f"Report language {lang!r} is unknown; use en or tr.")
    size = PAGE_SIZES.get(str(page_size).lower())
    if size is None:
        raise ValueError(f"Page size {page_size!r} is unknown; use A4 or letter.")
    return size


def no_progress(pct: int, message: Message | str) -> None:
    """The default progress callback: nothing to report to."""


# --- headings that feed the contents and the PDF outline -------------------------------


class Heading(Paragraph):
    """A heading listed in the contents (level 0 or 1) and in the PDF outline. It never
    splits across pages (headings are one or two lines)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, plain: str) -> None:
        super().__init__(text, style)
        self.toc_level = level
        self.toc_text = plain

    def split(self, avail_width: float, avail_height: float) -> list:
        return []


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str
    page: int
    key: str


# The contents are drawn by the canvas once every page is known, on pages reserved for
# them, so the document is laid out in one pass (multiBuild needed two or three).
TOC_LINE = {0: 18.0, 1: 13.0}  # line height of a level-0 / level-1 entry
TOC_TITLE = 34.0  # the "Contents" title


def toc_pages(levels: list[int], height: float) -> int:
    """How many pages the contents of entries at `levels` take in a frame of `height`."""
    pages, used = 1, TOC_TITLE
    for level in levels:
        step = TOC_LINE[min(level, 1)]
        if used + step > height:
            pages, used = pages + 1, 0.0
        used += step
    return pages


def _headings(story: list) -> list[int]:
    """The levels of the headings in `story`, looking inside KeepTogether groups."""
    found = []
    for flowable in story:
        if isinstance(flowable, Heading):
            found.append(flowable.toc_level)
        elif isinstance(getattr(flowable, "_content", None), list):
            found += _headings(flowable._content)
    return found


class _TocPage(Flowable):
    """An invisible mark on each page reserved for the contents."""

    def __init__(self, first: bool) -> None:
        super().__init__()
        self.first = first

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.first:
            self.canv._toc_first_page = self.canv.getPageNumber()


# --- the document ----------------------------------------------------------------------


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer of every page after the cover say."""

    lang: str
    title: str  # the report's kind, top right
    client: str  # top left
    when: str  # formatted date the data is as of (the snapshot's), bottom right
    extra: str = ""  # printed after the title (the blank form's respondent code field)
    issuer: str = ""  # the consultancy and its confidentiality line, bottom left
    issued: str = ""  # formatted date the document is printed, bottom right
    mark: str = ""  # "DRAFT · version 2", top right after the title


class _Canvas(Canvas):
    """A canvas that holds its pages until the end, so each footer can say "of N" and the
    contents can list the page of every heading."""

    def __init__(self, *args: Any, report: ReportDoc, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._report = report
        self._info = report.info
        self._toc_first_page = 0
        self.page_kind = "body"

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        doc = self._report
        toc = self._toc_lines(doc) if self._held else {}
        for state in self._held:
            self.__dict__.pop("page_title", None)  # not a later page's
            self.__dict__.update(state)
            for line in toc.get(self._pageNumber, ()):
                self._toc_line(doc, *line)
            if self.page_kind == "body":
                self._decorate(total)
            super().showPage()
        super().save()

    # -- contents ------------------------------------------------------------------------

    def _toc_lines(self, doc: ReportDoc) -> dict[int, list]:
        first = self._held[-1].get("_toc_first_page", 0)
        if not first or not doc.toc_entries:
            return {}
        top = doc.bottomMargin + doc.height
        page, y = first, top - TOC_TITLE
        lines: dict[int, list] = {first: [(None, None, top)]}
        for entry in doc.toc_entries:
            step = TOC_LINE[min(entry.level, 1)]
            if y - step < doc.bottomMargin:
                page, y = page + 1, top
            y -= step
            lines.setdefault(page, []).append((entry, step, y))
        return lines

    def _toc_line(self, doc: ReportDoc, entry: TocEntry | None, step: float, y: float) -> None:
        left, right = doc.leftMargin, doc.leftMargin + doc.width
        self.saveState()
        self.setFillColor(ACCENT if entry is None else INK)
        if entry is None:  # the title
            self.setFont(BOLD, 16)
            self.drawString(left, y - 20, t(self._info.lang, "contents"))
            self.restoreState()
            return
        bold = entry.level == 0
        font, size = (BOLD, 10) if bold else (REGULAR, 9)
        indent = 0 if bold else 14
        baseline = y + 3
        number = str(entry.page)
        self.setFont(font, size)
        self.drawRightString(right, baseline, number)
        room = right - left - indent - self.stringWidth(number, font, size) - 24
        text = fit(entry.text, font, size, room)
        self.drawString(left + indent, baseline, text)
        start = left + indent + self.stringWidth(text, font, size) + 6
        end = right - self.stringWidth(number, font, size) - 6
        self.setFillColor(MUTED)
        dot = 4.2
        x, count = end - dot, 0
        while x > start:
            x, count = x - dot, count + 1
        if count:  # the leader: one run of dots 4.2 pt apart, not one text object per dot
            leader = self.beginText(x + dot, baseline)
            leader.setFont(REGULAR, 7)
            leader.setCharSpace(dot - self.stringWidth(".", REGULAR, 7))
            leader.textOut("." * count)
            self.drawText(leader)
        self.linkRect("", entry.key, (left, y, right, y + step), relative=0, thickness=0)
        self.restoreState()

    # -- header and footer ---------------------------------------------------------------

    def _decorate(self, total: int) -> None:
        info = self._info
        width, height = self._pagesize
        left, right = 18 * mm, width - 18 * mm
        top, bottom = height - 11 * mm, 9 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(left, top - 3.2 * mm, right, top - 3.2 * mm)
        self.line(left, bottom + 4.2 * mm, right, bottom + 4.2 * mm)
        self.setFillColor(MUTED)
        heading = getattr(self, "page_title", "") or info.title  # PageTitle sets it
        title = "  ·  ".join(part for part in (heading, info.extra, info.mark) if part)
        title_width = min(self.stringWidth(title, REGULAR, 8), (right - left) * 0.6)
        self.setFont(REGULAR, 8)
        self.drawRightString(right, top, fit(title, REGULAR, 8, title_width))
        self.setFont(BOLD, 8)
        self.drawString(left, top, fit(info.client, BOLD, 8, right - left - title_width - 12))
        self.setFont(REGULAR, 8)
        page = t(info.lang, "page_of", page=self._pageNumber, total=total)
        if info.issued:
            dates = t(info.lang, "footer_dates", when=info.when, issued=info.issued)
        else:
            dates = info.when
        line = f"{dates}  ·  {page}" if dates else page
        line_width = self.stringWidth(line, REGULAR, 8)
        self.drawRightString(right, bottom, line)
        if info.issuer:
            room = right - left - line_width - 12
            self.drawString(left, bottom, fit(info.issuer, REGULAR, 8, room))
        self.restoreState()


class ReportDoc(BaseDocTemplate):
    """A report: an optional cover page, then body pages with header and footer."""

    def __init__(
        self,
        buffer: BytesIO,
        info: PageInfo,
        page_size: tuple[float, float],
        *,
        wide: bool = False,
        author: str = "",
        cover: bool = True,
    ) -> None:
        size = landscape(page_size) if wide else page_size
        register_fonts()
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=19 * mm,
            title=f"{info.title} – {info.client}",
            author=author,
            subject=info.title,
            creator="CSMM Desktop",
            lang="tr-TR" if info.lang == "tr" else "en-GB",
            initialFontName=REGULAR,  # not ReportLab's Helvetica, even unused
            initialFontSize=9.5,
        )
        self.info = info
        # no side padding: the text block is the header's and footer's rules, and a table
        # as wide as the frame (blocks.Builder.table) ends at the right rule, not 6 pt past it
        body = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            id="body",
        )
        cover_frame = Frame(self.leftMargin, 22 * mm, self.width, size[1] - 50 * mm, id="cover")
        templates = [
            PageTemplate("cover", [cover_frame], onPage=_mark("cover")),
            PageTemplate("body", [body], onPage=_mark("body")),
        ]
        self.addPageTemplates(templates if cover else templates[::-1])
        self.toc_entries: list[TocEntry] = []

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (ReportLab's name)
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = f"h{len(self.toc_entries) + 1}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_text, key, level=level, closed=level > 0)
        self.toc_entries.append(TocEntry(level, flowable.toc_text, self.page, key))

    def render(self, story: list) -> None:
        """Lay out and draw `story` in one pass; a contents() mark in it gets its pages."""
        story = list(story)
        for i, flowable in enumerate(story):
            if isinstance(flowable, _ContentsMark):
                pages = toc_pages(_headings(story), self.height)
                reserved: list = []
                for n in range(pages):
                    reserved += [_TocPage(n == 0), PageBreak()]
                story[i : i + 1] = reserved
                break
        self.toc_entries = []
        with _binary_streams():
            self.build(story, canvasmaker=_canvas_maker(self))


class _ContentsMark(Flowable):
    """Where the contents go (replaced by reserved pages when the document is rendered)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write streams as plain binary (no ASCII85): ReportLab encodes ASCII85 in pure Python
    without its optional C accelerator, which made a chart picture cost 0.15 s to embed."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _mark(kind: str) -> Callable[[Canvas, Any], None]:
    def on_page(canvas: Canvas, _doc: Any) -> None:
        canvas.page_kind = kind

    return on_page


def _canvas_maker(doc: ReportDoc) -> Callable[..., _Canvas]:
    def make(*args: Any, **kwargs: Any) -> _Canvas:
        return _Canvas(*args, report=doc, **kwargs)

    return make


class PageTitle(Flowable):
    """Changes the title in the header from the page it is drawn on (a blank form's
    respondent): takes no room."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_title = self.title


def contents() -> Flowable:
    """The table of contents: put it where a page starts; its pages end with a page break."""
    return _ContentsMark()


def start_body() -> NextPageTemplate:
    return NextPageTemplate("body")


# --- writing ---------------------------------------------------------------------------


def write_atomically(
    out_path: str | os.PathLike, data: bytes, data_dir: Path | None = None
) -> Path:
    """Write the PDF `data` as `out_path`, whole or not at all (csmm_desktop.outputs: never
    into the data folder, over a non-PDF file or through a link)."""
    from csmm_desktop import outputs

    return outputs.write_bytes(out_path, data, "pdf", data_dir)
