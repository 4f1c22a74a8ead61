"""ReportLab builders of the PDF reports (plain Python, no Qt).

Four kinds, each a function (db, snapshot_id, lang, out_path, *, page_size, progress)
that writes the PDF atomically and returns its path:

- write_snapshot_report: one snapshot, with scores, charts, feedback and engagement data;
- write_progress_report: all snapshots of the snapshot's client compared;
- write_action_plan: the client's actions as one printable table, grouped by cycle;
- write_blank_forms: the questionnaire per role, for collecting answers on paper.

Besides them, write_board_handout(db, meeting_id, lang, out_path, *, page_size, progress)
writes the agenda/minutes handout of one CX board meeting (it takes a meeting, not a
snapshot, so it is not one of the KINDS).

Every builder only reads the store, and every document states the situation as of its
snapshot's date. Whoever exports a report (the window, the `report` command) ticks "report
prepared" afterwards with services.engagement.report_exported.

`write_report(..., kind=...)` picks one by its name in KINDS. lang is "en" or "tr" (the
report's own language, independent of the UI), page_size "A4" (default) or "letter",
progress(pct, message) hears about long work. Importing this package is cheap: ReportLab
and matplotlib load when a report is built.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

KINDS: dict[str, tuple[str, str]] = {
    "snapshot": ("snapshot", "write_snapshot_report"),
    "progress": ("progress", "write_progress_report"),
    "action-plan": ("action_plan", "write_action_plan"),
    "blank-form": ("blank_form", "write_blank_forms"),
}
# Builders imported on first use that take something else than a snapshot: name → module.
OTHER_BUILDERS: dict[str, str] = {"write_board_handout": "board_handout"}
__all__ = [
    "KINDS",
    "OTHER_BUILDERS",
    "write_action_plan",
    "write_blank_forms",
    "write_board_handout",
    "write_progress_report",
    "write_report",
    "write_snapshot_report",
]

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.reports.action_plan import write_action_plan
    from csmm_desktop.reports.blank_form import write_blank_forms
    from csmm_desktop.reports.board_handout import write_board_handout
    from csmm_desktop.reports.progress import write_progress_report
    from csmm_desktop.reports.snapshot import write_snapshot_report


def write_report(
    db: Database,
    snapshot_id: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    kind: str = "snapshot",
    page_size: str = "A4",
    progress: Callable[[int, str], None] | None = None,
    **options: Any,
) -> Path:
    """Write the report of `kind` (snapshot, progress, action-plan, blank-form). `options`
    go to the snapshot report (final, with_checklist, issued, bilingual: see
    write_snapshot_report), the action plan (bilingual: Turkish and English side by side)
    and the blank forms (role: one respondent's form; None: all three); the other kinds
    ignore them."""
    if kind not in KINDS:
        raise ValueError(f"Report kind {kind!r} is unknown; use one of: {', '.join(KINDS)}.")
    from csmm_desktop.outputs import check_target, data_dir_of

    check_target(out_path, "pdf", data_dir_of(db))  # before the work, not after it
    module, name = KINDS[kind]
    builder = getattr(import_module(f"{__name__}.{module}"), name)
    role = options.pop("role", None)
    if kind == "snapshot":
        extra = options
    elif kind == "blank-form":
        extra = {"roles": [role] if role else None, "issued": options.get("issued")}
    elif kind == "action-plan":
        extra = {"bilingual": bool(options.get("bilingual"))}
    else:
        extra = {}
    return builder(db, snapshot_id, lang, out_path, page_size=page_size, progress=progress, **extra)


def __getattr__(name: str) -> Any:
    lazy = [*KINDS.values(), *((m, f) for f, m in OTHER_BUILDERS.items())]
    for module, function in lazy:
        if function == name:
            value = getattr(import_module(f"{__name__}.{module}"), name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
