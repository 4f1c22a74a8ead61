"""Input checks and row look-ups shared by the engagement and CX board services.

Bad input raises InputError (what is wrong and where), a missing row NotFoundError, each
with a catalogue Message (services/input_messages.py): `what` and `where` are Messages too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from csmm_desktop.domain.form import load_form
from csmm_desktop.domain.numbers import parse
from csmm_desktop.messages import Message, message
from csmm_desktop.services.clients import DATE_RE as DATE_RE
from csmm_desktop.services.clients import InputError, get_snapshot, list_snapshots
from csmm_desktop.services.clients import clean_date as clean_date
from csmm_desktop.services.input_messages import at as at
from csmm_desktop.store.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

PERIOD_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
TITLE_MAX = 300
TEXT_MAX = 20_000


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()  # "leave as it is" for fields where None means "clear"


# --- input checks -----------------------------------------------------------------------


def clean_text(
    value: str,
    what: Message,
    *,
    required: bool = False,
    limit: int = TEXT_MAX,
    line: bool = False,
) -> str:
    """Trimmed text; `line`: also on one line (titles, names: runs of spaces become one).
    `what` names the field in the message ("Action 'Call back': the title")."""
    if not isinstance(value, str):
        raise InputError(message("input.not_text", what=what, kind=type(value).__name__))
    cleaned = " ".join(value.split()) if line else value.strip()
    if required and not cleaned:
        raise InputError(message("input.empty", what=what))
    if len(cleaned) > limit:
        raise InputError(message("input.too_long", what=what, length=len(cleaned), limit=limit))
    return cleaned


def clean_number(value: float | int | str | None, what: Message) -> float | None:
    """A number, or None for empty; a Turkish decimal comma (12,5) and a pasted minus
    sign (−3) are accepted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError(message("input.not_a_number", what=what, value=value))
    try:
        number = parse(value) if isinstance(value, str) else float(value)
    except ValueError:
        raise InputError(message("input.not_a_number", what=what, value=value)) from None
    if not math.isfinite(number):
        raise InputError(message("input.not_finite", what=what))
    return number


def clean_topic(topic_id: str, where: Message) -> str:
    topic_id = (topic_id or "").strip()
    if topic_id and topic_id not in load_form().topics:
        raise InputError(message("input.not_a_topic", where=where, value=topic_id))
    return topic_id


def clean_choice(value: object, allowed: Iterable[str], what: Message) -> str:
    """`value` if it is one of `allowed` (keys: "planned", "metrics"…)."""
    allowed = tuple(allowed)
    if not isinstance(value, str) or value not in allowed:
        raise InputError(message("input.unknown", what=what, value=value, allowed=allowed))
    return value


def clean_whole(value: object, low: int, high: int, what: Message) -> int:
    """A whole number from `low` to `high` (True and 2.0 are not)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(message("input.whole_number", what=what, low=low, high=high))
    return value


def not_found(what: Message, row_id: object) -> NotFoundError:
    """ "No client with id 'x'." (`what`: a noun.* Message)."""
    return NotFoundError(message("id.unknown", what=what, text=repr(row_id)))


def one_row(db: Database, table: str, row_id: str, what: Message) -> dict:
    row = next(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]), None)
    if row is None:
        raise not_found(what, row_id)
    return row


def snapshot_order(db: Database, client_id: str) -> dict[str, int]:
    """Snapshot id → its place in the client's history (by date, then creation)."""
    return {s.id: i for i, s in enumerate(list_snapshots(db, client_id))}


def check_client_snapshot(db: Database, snapshot_id: str, client_id: str, where: Message) -> None:
    if get_snapshot(db, snapshot_id).client_id != client_id:
        raise InputError(message("input.other_client_snapshot", where=where))


def apply_changes(
    db: Database, table: str, row_id: str, current: object, row: dict, stamp: str
) -> dict[str, tuple[object, object]]:
    """Write the fields of `row` that differ from `current` (which has them as attributes)
    and return them as {field: (old, new)}, for the revision that records the change."""
    changes = {k: (getattr(current, k), v) for k, v in row.items() if getattr(current, k) != v}
    if changes:
        db.table(table).update(
            row_id, {**{k: new for k, (_old, new) in changes.items()}, "updated_at": stamp}
        )
    return changes
