"""The Office exports of a snapshot, by kind: the Excel workbook (reports/workbook.py) and
the PowerPoint deck (reports/deck.py). The one entry the command line and the windows use:
a target that exists is replaced only when asked (`force`: the window has asked the user,
the command line was given --force); every other rule of a target is csmm_desktop.outputs'.
No Qt."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.outputs import OutputError, check_target, data_dir_of

if TYPE_CHECKING:
    from sqlite_utils import Database

MESSAGES = catalogue(
    {
        "office.exists": QT_TRANSLATE_NOOP(
            "Messages", "{path} exists already; nothing was written (--force replaces it)"
        ),
    }
)
# kind -> (outputs kind, module, builder)
KINDS = {"xlsx": ("xlsx", "workbook", "write_workbook"), "deck": ("pptx", "deck", "write_deck")}


def export(
    db: Database,
    snapshot_id: str,
    kind: str,
    lang: str,
    out_path: str | os.PathLike,
    *,
    force: bool = False,
    progress: Callable[[int, str], None] | None = None,
) -> Path:
    """Write the snapshot's workbook ("xlsx") or deck ("deck") in `lang`; returns its path.
    OutputError when the target may not be written, or exists and not `force`."""
    from importlib import import_module

    output_kind, module, name = KINDS[kind]
    target = check_target(out_path, output_kind, data_dir_of(db))
    if not force and os.path.lexists(target):
        raise OutputError(message("office.exists", path=target))
    builder = getattr(import_module(f"csmm_desktop.reports.{module}"), name)
    return builder(db, snapshot_id, lang, target, progress=progress)
