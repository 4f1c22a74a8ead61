"""The Excel workbook of a snapshot: the presentation model (services/presentation.py) and
the snapshot's data as sheets, for consultants who work on in Excel.

Sheets: Summary, Sections, Topics, Questions (answer distributions), "responses" (the raw
answers in the import format, so the sheet, and the whole workbook, imports back as it is),
KPIs, Actions, Action history, Problems, Requirements. Scores are numbers (with number
formats), never texts; the texts are in the workbook's language; every header row is
frozen and filtered. Written in openpyxl's write-only mode (a big snapshot streams) and
atomically through csmm_desktop.outputs.

Client text is never a formula: every text cell is written as a string cell (`text_cell`),
so "=HYPERLINK(...)", "+cmd" or "@SUM(...)" shows as typed in Excel and LibreOffice.

Nothing here writes to the store, and nothing imports Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmm_desktop.domain.engagement import ACTION_STATUSES, KPI_DIRECTIONS, KPI_STATUSES, label
from csmm_desktop.domain.form import NA
from csmm_desktop.reports.office_texts import w
from csmm_desktop.reports.texts import render_message

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.context import Context

Progress = Callable[[int, str], None]
RESPONSES_SHEET = "responses"  # the import's preferred sheet (domain/xlsx.py Workbook.sheet)
MAX_CELL = 32_767  # Excel's longest cell text
SCORE = "0.0"
SHARE = "0%"
WHOLE = "0"
DAY = "yyyy-mm-dd"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0
_MIN_WIDTH, _MAX_WIDTH = 6, 60
TICK_ROWS = 500  # a progress report every so many streamed rows


# --- cells ---------------------------------------------------------------------------------


def safe_text(value: object) -> str:
    """A text as a cell may hold it: no XML-illegal control characters, at most MAX_CELL."""
    return _ILLEGAL.sub("", str(value))[:MAX_CELL]


class Formatted:
    """A value with its own number format (the summary's rows differ one from the next)."""

    def __init__(self, value: Any, number_format: str):
        self.value, self.number_format = value, number_format

    def __str__(self) -> str:
        return str(self.value)


class Sheet:
    """One write-only sheet: a bold frozen, filtered header, typed cells, widths by content.

    Rows are buffered only to measure the widths (capped), then streamed."""

    def __init__(self, book: Any, title: str, header: Sequence[str], widths: dict | None = None):
        self.ws = book.create_sheet(safe_title(title))
        self.header = [str(h) for h in header]
        self.rows: list[list[Any]] = []
        self.widths = [max(_MIN_WIDTH, len(h) + 2) for h in self.header]
        self.fixed = widths or {}
        self.formats: dict[int, str] = {}
        self.stream: Iterator[list] | None = None  # rows written as they come (no widths)
        self.count = 0  # the streamed rows' number
        self.filtered = True  # an auto filter on the header (not on a sheet of key/value rows)

    def fmt(self, **by_column: str) -> Sheet:
        """Number formats by column index name: fmt(c3="0.0")."""
        for key, value in by_column.items():
            self.formats[int(key[1:])] = value
        return self

    def add(self, row: Iterable[Any]) -> None:
        row = list(row)
        for i, value in enumerate(row):
            if i < len(self.widths) and value is not None:
                size = len(str(value)) if not isinstance(value, float) else 6
                self.widths[i] = min(_MAX_WIDTH, max(self.widths[i], size + 2))
        self.rows.append(row)

    def write(self, bold: Any, note: str = "", tick: Callable[[float], None] | None = None) -> None:
        """Write the sheet; `tick(share done)` hears about a streamed sheet's rows."""
        from openpyxl.utils import get_column_letter

        ws = self.ws
        for i, width in enumerate(self.widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = self.fixed.get(i, width)
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"  # printed (or made a PDF): the header on every page,
        ws.page_setup.orientation = "landscape"  # the columns side by side on one page wide
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if self.header and self.filtered:
            last = get_column_letter(len(self.header))
            count = self.count if self.stream is not None else len(self.rows)
            ws.auto_filter.ref = f"A1:{last}{max(1, count + 1)}"
        ws.append([text_cell(ws, h, font=bold) for h in self.header])
        if self.stream is not None:
            for n, row in enumerate(self.stream, start=1):
                ws.append([text_cell(ws, v) if needs_cell(v) else v for v in row])
                if tick is not None and n % TICK_ROWS == 0:
                    tick(n / max(1, self.count))
        for row in self.rows:
            ws.append([self._cell(i, v) for i, v in enumerate(row)])
        if note:
            ws.append([])
            ws.append([text_cell(ws, note)])

    def _cell(self, index: int, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, Formatted):
            if value.value is None:
                return None
            from openpyxl.styles import Alignment

            cell = WriteOnlyCell(self.ws, value=value.value)
            cell.number_format = value.number_format
            cell.alignment = Alignment(horizontal="left")  # in a column of texts
            return cell
        if value is None:
            return None
        if isinstance(value, str):
            return text_cell(self.ws, value)
        cell = WriteOnlyCell(self.ws, value=value)
        if index in self.formats:
            cell.number_format = self.formats[index]
        elif isinstance(value, dt.date):
            cell.number_format = DAY
        return cell


def needs_cell(value: Any) -> bool:
    """Whether openpyxl would not write `value` as the text it is: a text starting with "="
    (made a formula), holding characters XML forbids, or longer than a cell holds."""
    return isinstance(value, str) and (
        value[:1] == "=" or len(value) > MAX_CELL or _ILLEGAL.search(value) is not None
    )


def text_cell(ws: Any, value: object, font: Any = None) -> Any:
    """A string cell, whatever the text looks like (never a formula: openpyxl makes any
    text starting with "=" one)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=safe_text(value))
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def safe_title(title: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\, at most 31 characters."""
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31]


def as_day(iso: str | None) -> dt.date | str | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso


# --- the responses sheet --------------------------------------------------------------------


def response_rows(db: Database, snapshot_id: str, form: Any) -> tuple[list[str], Iterator[list]]:
    """(header, rows) of the snapshot's answers in the import format: respondent, role,
    then one column per question of the form; ordinal and NPS answers as numbers, the
    others as their stored values ("yes", "na", an option's id, free text). The rows are
    read from the store as they are written (one respondent at a time)."""
    from csmm_desktop.domain.text import clean_line

    questions = list(form.questions.values())
    header = ["respondent", "role"] + [q.id for q in questions]
    numeric = {q.id for q in questions if q.scale.kind in ("ordinal", "nps")}
    roles_of = {q.id: q.roles for q in questions}

    def rows() -> Iterator[list]:
        seen: Counter[str] = Counter()
        cursor = db.execute(
            "SELECT r.id, r.role, r.name, r.code, a.question_id, a.value FROM respondents r "
            "LEFT JOIN answers a ON a.respondent_key = r.key WHERE r.snapshot_id = ? "
            "ORDER BY r.created_at, r.rowid",
            [snapshot_id],
        )
        for (rid, role, name, code), answers in groupby(cursor, key=lambda t: t[:4]):
            label_ = clean_line(code or name) or rid[:8]
            seen[label_] += 1
            if seen[label_] > 1:  # the importer wants every respondent once
                label_ = f"{label_} ({seen[label_]})"
            given: dict[str, Any] = {}
            for *_r, qid, value in answers:
                if qid is None or role not in roles_of.get(qid, ()):
                    continue
                if qid in numeric and value != NA and value.lstrip("-").isdigit():
                    value = int(value)
                given[qid] = value
            yield [label_, role, *(given.get(q.id) for q in questions)]

    return header, rows()


# --- the workbook ---------------------------------------------------------------------------


def write_workbook(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    progress: Progress | None = None,
) -> Path:
    """Write the snapshot's workbook (see the module) to `out_path`; returns its path.
    OutputError when the target may not be written (csmm_desktop.outputs)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from csmm_desktop import outputs
    from csmm_desktop.reports.context import Context
    from csmm_desktop.services.presentation import score_view

    data_dir = outputs.data_dir_of(db)
    outputs.check_target(out_path, "xlsx", data_dir)  # before the work, not after it

    def step(pct: int) -> None:
        if progress is not None:
            progress(pct, "")

    step(0)
    ctx = Context.load(db, snapshot_id, lang)
    view = score_view(ctx.scores(), ctx.form, lang)
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    step(5)
    sheets = [
        _summary(book, ctx, view),
        _sections(book, ctx, view),
        _topics(book, ctx, view),
    ]
    step(10)
    sheets.append(_questions(book, ctx))
    step(15)
    sheets.append(_responses(book, ctx))
    step(18)
    sheets += [_kpis(book, ctx), *_actions(book, ctx), *_findings(book, ctx)]
    step(20)
    for sheet, note in sheets:  # the answers sheet streams: it is most of a big workbook
        sheet.write(bold, note, lambda done: step(20 + int(75 * done)))
    with outputs.atomic_output(out_path, "xlsx", data_dir) as temp:
        book.save(temp)
    step(100)
    return Path(os.path.abspath(os.fspath(out_path)))


def _summary(book: Any, ctx: Context, view: Any) -> tuple[Sheet, str]:
    lang = ctx.lang
    sheet = Sheet(book, w(lang, "sh_summary"), ["", ""], widths={0: 34, 1: 60})
    sheet.filtered = False
    snap = ctx.snapshot
    rows: list[tuple[str, Any, str | None]] = [
        (w(lang, "k_client"), ctx.client.name, None),
        (w(lang, "k_snapshot"), ctx.stage(snap.stage), None),
        (w(lang, "k_date"), as_day(snap.date), DAY),
        (w(lang, "k_consultant"), snap.consultant or None, None),
        (w(lang, "k_form"), ctx.form.version, None),
        (w(lang, "k_exported"), dt.date.today(), DAY),
    ]
    if not view.scored:
        rows.append((w(lang, "k_overall"), w(lang, "empty"), None))
    else:
        rows += [
            (w(lang, "k_overall"), view.overall.value, SCORE),
            (w(lang, "k_interval", share=view.interval_share), view.overall.interval, None),
            (w(lang, "k_level"), ctx.stage(view.level), None),
            (w(lang, "k_indicative"), w(lang, "yes" if view.level_indicative else "no"), None),
        ]
        for reason in view.reasons:
            rows.append((w(lang, "k_why"), render_message(lang, reason), None))
    scores = ctx.scores()
    rows += [
        (w(lang, "k_coverage"), scores.coverage, SHARE),
        (w(lang, "k_answered"), scores.answered, WHOLE),
        (w(lang, "k_expected"), scores.expected, WHOLE),
        (w(lang, "k_nps"), scores.nps, WHOLE),
        (w(lang, "k_nps_margin"), scores.confidence.nps_moe, WHOLE),
        (w(lang, "k_nps_answers"), view.nps_answers, WHOLE),
        (w(lang, "k_respondents"), view.respondents, WHOLE),
    ]
    for role in view.roles:
        rows.append(
            (w(lang, "k_respondents_role", role=ctx.role(role.role)), role.registered, WHOLE)
        )
    if view.left_out:
        rows.append((w(lang, "k_left_out"), ", ".join(view.left_out), None))
    sheet.header = [w(lang, "title", client=ctx.client.name), ""]
    for key, value, number_format in rows:
        sheet.add([key, Formatted(value, number_format) if number_format else value])
    return sheet, w(lang, "responses_note")


def _role_columns(ctx: Context, roles: Sequence[str]) -> list[str]:
    return [w(ctx.lang, "c_n_role", role=ctx.role(r)) for r in roles]


def _sections(book: Any, ctx: Context, view: Any) -> tuple[Sheet, str]:
    lang, form = ctx.lang, ctx.form
    conf = ctx.scores().confidence
    roles = list(form.role_names)
    header = [w(lang, k) for k in ("c_id", "c_review", "c_section", "c_score", "c_level")]
    header += [w(lang, "c_low"), w(lang, "c_high"), w(lang, "c_coverage")]
    header += _role_columns(ctx, roles)
    sheet = Sheet(book, w(lang, "sh_sections"), header).fmt(c3=SCORE, c5=SCORE, c6=SCORE, c7=SHARE)
    for line in view.sections:
        section = form.sections[line.id]
        low, high = conf.sections_ci.get(line.id) or (None, None)
        n = dict(line.n)
        sheet.add(
            [
                line.id,
                ctx.text(next(r.title for r in form.reviews if r.id == section.review_id)),
                ctx.text(section.title),
                line.value,
                ctx.stage(line.level) if line.level else None,
                low,
                high,
                conf.section_coverage.get(line.id),
                *(n.get(r) for r in roles),
            ]
        )
    return sheet, "" if view.scored else w(lang, "empty")


def _topics(book: Any, ctx: Context, view: Any) -> tuple[Sheet, str]:
    lang, form, scores = ctx.lang, ctx.form, ctx.scores()
    conf = scores.confidence
    roles = list(form.role_names)
    header = [w(lang, k) for k in ("c_id", "c_section", "c_topic", "c_score", "c_level")]
    header += [w(lang, "c_low"), w(lang, "c_high"), w(lang, "c_gap")]
    header += _role_columns(ctx, roles)
    sheet = Sheet(book, w(lang, "sh_topics"), header).fmt(
        c3=SCORE, c5=SCORE, c6=SCORE, c7="+0.0;-0.0;0.0"
    )
    for line in view.topics:
        topic = form.topics[line.id]
        low, high = conf.topics_ci.get(line.id) or (None, None)
        n = dict(line.n)
        sheet.add(
            [
                line.id,
                topic.section_id,
                ctx.text(topic.title),
                line.value,
                ctx.stage(line.level) if line.level else None,
                low,
                high,
                scores.gaps.get(line.id),
                *(n.get(r) for r in roles),
            ]
        )
    return sheet, "" if view.scored else w(lang, "empty")


def _questions(book: Any, ctx: Context) -> tuple[Sheet, str]:
    """One row per question and answer: how many respondents gave it, and their share."""
    lang, form = ctx.lang, ctx.form
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for qid, value, n in ctx.db.execute(
        "SELECT a.question_id, a.value, count(*) FROM answers a "
        "JOIN respondents r ON r.key = a.respondent_key WHERE r.snapshot_id = ? "
        "GROUP BY a.question_id, a.value",
        [ctx.snapshot.id],
    ):
        counts[qid][value] += n
    header = [
        w(lang, k)
        for k in ("c_question", "c_topic", "c_text", "c_roles", "c_answer", "c_label", "c_count")
    ]
    header.append(w(lang, "c_share"))
    sheet = Sheet(book, w(lang, "sh_questions"), header, widths={2: 60}).fmt(c6=WHOLE, c7=SHARE)
    na_label = ctx.text(form.na_label)
    for q in form.questions.values():
        given = counts.get(q.id, Counter())
        roles = ", ".join(ctx.role(r) for r in q.roles)
        text = q.text(lang)
        if q.scale.kind == "text":
            sheet.add(
                [
                    q.id,
                    q.topic_id,
                    text,
                    roles,
                    None,
                    w(lang, "free_text"),
                    sum(given.values()),
                    None,
                ]
            )
            continue
        total = sum(given.values())
        for value, texts in [*q.answer_choices(), (NA, {"en": na_label, "tr": na_label})]:
            n = given.get(value, 0)
            shown: Any = int(value) if value.isdigit() else value
            sheet.add(
                [
                    q.id,
                    q.topic_id,
                    text,
                    roles,
                    shown,
                    ctx.text(texts),
                    n,
                    n / total if total else None,
                ]
            )
    return sheet, ""


def _responses(book: Any, ctx: Context) -> tuple[Sheet, str]:
    """Streamed when the workbook is saved: a big snapshot is never held in memory."""
    header, rows = response_rows(ctx.db, ctx.snapshot.id, ctx.form)
    count = ctx.db.execute(
        "SELECT count(*) FROM respondents WHERE snapshot_id = ?", [ctx.snapshot.id]
    ).fetchone()[0]
    sheet = Sheet(book, RESPONSES_SHEET, header, widths={0: 16, 1: 13})
    sheet.widths = [12] * len(header)
    sheet.stream, sheet.count = rows, count
    return sheet, ""


def _kpis(book: Any, ctx: Context) -> tuple[Sheet, str]:
    from csmm_desktop.services import engagement as E

    lang = ctx.lang
    keys = ("c_name", "c_unit", "c_direction", "c_target", "c_value", "c_status", "c_critical")
    header = [w(lang, k) for k in (*keys, "c_description")]
    sheet = Sheet(book, w(lang, "sh_kpis"), header).fmt(c3="0.##", c4="0.##")
    readings = E.kpi_readings(ctx.db, ctx.snapshot.id)
    for r in readings:
        k = r.kpi
        sheet.add(
            [
                k.name,
                k.unit or None,
                label(KPI_DIRECTIONS, k.direction, lang),
                k.target,
                r.value,
                label(KPI_STATUSES, r.status, lang),
                w(lang, "yes" if k.critical else "no"),
                k.description or None,
            ]
        )
    return sheet, "" if readings else w(lang, "none_rows")


def _actions(book: Any, ctx: Context) -> list[tuple[Sheet, str]]:
    from csmm_desktop.services import engagement as E

    lang = ctx.lang
    header = [
        w(lang, k) for k in ("c_action", "c_owner", "c_due", "c_status", "c_cycle", "c_topic")
    ]
    actions = ctx.actions()
    sheet = Sheet(book, w(lang, "sh_actions"), header).fmt(c4=WHOLE)
    history_header = [w(lang, k) for k in ("c_action", "c_at", "c_kind", "c_changes", "c_feedback")]
    history = Sheet(book, w(lang, "sh_history"), history_header, widths={3: 60, 4: 60})
    day = ctx.snapshot.date
    for a in actions:
        sheet.add(
            [
                a.title,
                a.owner or None,
                as_day(a.due_date),
                label(ACTION_STATUSES, a.status, lang),
                a.cycle,
                ctx.topic_name(a.topic_id) if a.topic_id else None,
            ]
        )
        for rev in E.action_history(ctx.db, a.id):
            when = E.local_day(rev.at)
            if when > day and a.snapshot_id != ctx.snapshot.id:
                continue  # after the snapshot's date: not part of its situation
            changes = "; ".join(
                f"{w(lang, _FIELDS[field])}: {_change(ctx, field, old)} → {_change(ctx, field, new)}"
                for field, (old, new) in rev.changes.items()
                if field in _FIELDS
            )
            history.add(
                [
                    a.title,
                    as_day(when),
                    w(lang, f"h_{rev.kind}"),
                    changes or None,
                    rev.feedback or None,
                ]
            )
    none = "" if actions else w(lang, "none_rows")
    return [(sheet, none), (history, none)]


# the fields of an action's history shown (ids of the linked rows are not for reading)
_FIELDS = {
    "title": "c_action",
    "owner": "c_owner",
    "due_date": "c_due",
    "status": "c_status",
    "cycle": "c_cycle",
    "topic_id": "c_topic",
}


def _change(ctx: Context, field: str, value: object) -> str:
    if value is None or value == "":
        return "–"
    if field == "status" and value in ACTION_STATUSES:
        return label(ACTION_STATUSES, str(value), ctx.lang)
    if field == "due_date":
        return ctx.day(str(value))
    return str(value)


def _findings(book: Any, ctx: Context) -> list[tuple[Sheet, str]]:
    from csmm_desktop.services import engagement as E

    lang = ctx.lang
    here = ctx.order(ctx.snapshot.id)
    out = []
    for key, found in (
        ("sh_problems", E.list_problems(ctx.db, ctx.client.id)),
        ("sh_requirements", E.list_requirements(ctx.db, ctx.client.id)),
    ):
        header = [
            w(lang, k)
            for k in (
                "c_title",
                "c_description",
                "c_topic",
                "c_raised",
                "c_closed",
                "c_open",
                "c_note",
            )
        ]
        sheet = Sheet(book, w(lang, key), header, widths={1: 50, 6: 50})
        for f in found:
            if f.raised_snapshot_id and ctx.order(f.raised_snapshot_id) > here:
                continue  # raised after this snapshot
            closed = f.closed_snapshot_id and 0 <= ctx.order(f.closed_snapshot_id) <= here
            raised = ctx.by_id(f.raised_snapshot_id)
            closed_at = ctx.by_id(f.closed_snapshot_id) if closed else None
            sheet.add(
                [
                    f.title,
                    f.description or None,
                    ctx.topic_name(f.topic_id) if f.topic_id else None,
                    ctx.label(raised) if raised else None,
                    ctx.label(closed_at) if closed_at else None,
                    w(lang, "no" if closed else "yes"),
                    (f.note or None) if closed else None,
                ]
            )
        out.append((sheet, "" if sheet.rows else w(lang, "none_rows")))
    return out
