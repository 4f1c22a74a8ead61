"""Starting and finishing a report: the document, its context, the cover page, and the
atomic write at the end."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Image, PageBreak, Spacer

from csmm_desktop.messages import message
from csmm_desktop.outputs import data_dir_of
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import Builder
from csmm_desktop.reports.context import Context
from csmm_desktop.reports.fonts import PLACEHOLDER, markup, track_missing
from csmm_desktop.reports.layout import (
    PageInfo,
    Progress,
    ReportDoc,
    check_options,
    no_progress,
    start_body,
    write_atomically,
)
from csmm_desktop.reports.styles import Styles
from csmm_desktop.services.issuer import get_issuer, logo_path

if TYPE_CHECKING:
    from sqlite_utils import Database


WRITING_STEP = 95  # the progress step at which the file is written: no cancel after it


@dataclass
class Report:
    """A report being built: its context, document, builder and progress callback."""

    ctx: Context
    doc: ReportDoc
    buffer: BytesIO
    progress: Progress
    missing: set[str] = field(default_factory=set)  # characters printed as PLACEHOLDER

    @property
    def b(self) -> Builder:
        return self.ctx.b

    def finish(self, story: list, out_path: str | os.PathLike) -> Path:
        if self.missing:  # said at the end, never silently dropped
            story = [*story, *self.missing_note()]
        self.progress(85, message("report.laying_out"))
        self.doc.render(story)
        self.progress(WRITING_STEP, message("report.writing"))
        path = write_atomically(out_path, self.buffer.getvalue(), data_dir_of(self.ctx.db))
        self.progress(100, message("report.done"))
        return path

    def missing_note(self) -> list:
        """A line naming the characters the font cannot draw (code points, the characters
        themselves cannot be printed), and a warning in the log."""
        codes = [f"U+{ord(ch):04X}" for ch in sorted(self.missing)]
        shown = ", ".join(codes[:MISSING_SHOWN]) + (" …" if len(codes) > MISSING_SHOWN else "")
        logging.getLogger(__name__).warning(
            "%d characters the report font cannot draw were printed as %s: %s",
            len(codes),
            PLACEHOLDER,
            shown,
        )
        b = self.b
        text = self.ctx.t("unprintable", placeholder=PLACEHOLDER, chars=shown)
        return [b.space(10), b.p(text, b.s.muted)]


MISSING_SHOWN = 20  # code points named in the note at the end


def begin(
    db: Database,
    snapshot_id: str,
    lang: str,
    page_size: str,
    title: str | Callable[[Context], str],
    progress: Progress | None,
    *,
    wide: bool = False,
    latest: bool = False,
    extra: str = "",
    cover: bool = True,
    mark: str = "",
    issued: date | None = None,
) -> Report:
    """Check the options, load the snapshot and set up the document. `title` (a text key,
    or a function of the context) heads every page, with `mark` (draft/final) after it;
    the footer gives the date the data is as of (the snapshot's, or with `latest` the
    client's latest snapshot's), the issue date (`issued`, default today) and the issuer."""
    size = check_options(lang, page_size)
    progress = progress or no_progress
    progress(0, message("report.reading_data"))
    ctx = Context.load(db, snapshot_id, lang)
    ctx.issuer = get_issuer(db)
    ctx.issued = (issued or date.today()).isoformat()
    heading = title(ctx) if callable(title) else ctx.t(title)
    when = ctx.history[-1].date if latest else ctx.snapshot.date
    issuer = "  ·  ".join(p for p in (ctx.issuer.name, ctx.issuer.confidentiality) if p)
    info = PageInfo(
        lang,
        heading,
        ctx.client.name,
        fmt.day(when, lang),
        extra,
        issuer=issuer,
        issued=fmt.day(ctx.issued, lang),
        mark=mark,
    )
    buffer = BytesIO()
    doc = ReportDoc(buffer, info, size, wide=wide, author=ctx.snapshot.consultant, cover=cover)
    ctx.b = Builder(Styles(), doc.width, doc.height)
    return Report(ctx, doc, buffer, progress, track_missing())


def cover(
    ctx: Context, title: str, subtitle: str, facts: Sequence[tuple[str, str]], mark: str = ""
) -> list:
    """The cover page: the issuer's logo, the model, the report's title, the client, the
    draft/final `mark`, label/value facts (values are plain text) with the issue date, and
    who issues it with the confidentiality line. Ends with a page break into the body."""
    b = ctx.b
    s = b.s
    issuer = ctx.issuer
    story: list = [*logo(ctx), Spacer(1, 18)]
    story += [
        b.p(ctx.t("kicker"), s.cover_kicker),
        b.p(title, s.cover_title),
        b.p(subtitle, s.cover_subtitle),
        b.p(ctx.client.name, s.cover_client),
    ]
    if ctx.client.sector.strip():
        story.append(b.p(ctx.client.sector, s.muted))
    if mark:
        story.append(b.p(mark, s.cover_mark))
    facts = [*facts, (ctx.t("issue_date"), ctx.day(ctx.issued))]
    story += [
        Spacer(1, 22),
        b.facts([(label, markup(value)) for label, value in facts], width=b.width * 0.8),
        Spacer(1, 28),
    ]
    if issuer.name or issuer.contact:
        story.append(b.p(ctx.t("issued_by"), s.muted))
        if issuer.name:
            story.append(b.p(issuer.name, s.h3))
        lines = [issuer.consultant, *issuer.contact.splitlines()]
        story.append(b.rich("<br/>".join(markup(x) for x in lines if x.strip()), s.body))
    if issuer.confidentiality:
        story += [Spacer(1, 14), b.p(issuer.confidentiality, s.muted)]
    story += [start_body(), PageBreak()]
    return story


def logo(ctx: Context) -> list:
    """The issuer's logo at most 45 × 20 mm, top left; nothing if there is none or its copy
    cannot be read (the report still prints)."""
    path = logo_path(ctx.db, ctx.issuer)
    if path is None:
        return []
    try:
        from reportlab.lib.utils import ImageReader

        w, h = ImageReader(str(path)).getSize()
    except OSError:
        return []
    scale = min(45 * 72 / 25.4 / w, 20 * 72 / 25.4 / h)
    image = Image(str(path), w * scale, h * scale)
    image.hAlign = "LEFT"
    return [image]


def consultant(ctx: Context) -> str:
    """The snapshot's consultant, else the issuer's."""
    return ctx.snapshot.consultant.strip() or ctx.issuer.consultant or ctx.t("not_given")
