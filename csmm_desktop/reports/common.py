"""Starting and finishing a report: the document, its context, the cover page, and the
atomic write at the end."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak, Spacer

from csmm_desktop.messages import message
from csmm_desktop.outputs import data_dir_of
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.blocks import Builder
from csmm_desktop.reports.context import Context
from csmm_desktop.reports.fonts import markup
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

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Report:
    """A report being built: its context, document, builder and progress callback."""

    ctx: Context
    doc: ReportDoc
    buffer: BytesIO
    progress: Progress

    @property
    def b(self) -> Builder:
        return self.ctx.b  # type: ignore[return-value]

    def finish(self, story: list, out_path: str | os.PathLike) -> Path:
        self.progress(85, message("report.laying_out"))
        self.doc.render(story)
        self.progress(95, message("report.writing"))
        path = write_atomically(out_path, self.buffer.getvalue(), data_dir_of(self.ctx.db))
        self.progress(100, message("report.done"))
        return path


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
) -> Report:
    """Check the options, load the snapshot and set up the document. `title` (a text key,
    or a function of the context) heads every page; the footer's date is the snapshot's,
    or with `latest` the client's latest snapshot's."""
    size = check_options(lang, page_size)
    progress = progress or no_progress
    progress(0, message("report.reading_data"))
    ctx = Context.load(db, snapshot_id, lang)
    heading = title(ctx) if callable(title) else ctx.t(title)
    when = ctx.history[-1].date if latest else ctx.snapshot.date
    info = PageInfo(lang, heading, ctx.client.name, fmt.day(when, lang), extra)
    buffer = BytesIO()
    doc = ReportDoc(buffer, info, size, wide=wide, author=ctx.snapshot.consultant, cover=cover)
    ctx.b = Builder(Styles(), doc.width, doc.height)
    return Report(ctx, doc, buffer, progress)


def cover(ctx: Context, title: str, subtitle: str, facts: Sequence[tuple[str, str]]) -> list:
    """The cover page: the model, the report's title, the client, and label/value facts
    (values are plain text). Ends with a page break into the body pages."""
    b = ctx.b
    s = b.s
    story: list = [
        Spacer(1, 18),
        b.p(ctx.t("kicker"), s.cover_kicker),
        b.p(title, s.cover_title),
        b.p(subtitle, s.cover_subtitle),
        b.p(ctx.client.name, s.cover_client),
    ]
    if ctx.client.sector.strip():
        story.append(b.p(ctx.client.sector, s.muted))
    story += [
        Spacer(1, 22),
        b.facts([(label, markup(value)) for label, value in facts], width=b.width * 0.8),
        Spacer(1, 28),
        b.p(ctx.t("prepared_with"), s.muted),
        start_body(),
        PageBreak(),
    ]
    return story


def consultant(ctx: Context) -> str:
    return ctx.snapshot.consultant.strip() or ctx.t("not_given")
