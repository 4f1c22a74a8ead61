"""Small helpers every service uses: ids, timestamps, finding rows by id prefix."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from csmm_desktop.messages import Message, message
from csmm_desktop.store.errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database


def new_id() -> str:
    """A random UUID: unique across laptops, so clients can move between consultants."""
    import uuid  # here: uuid pulls in `platform`, which a reading command does not need

    return str(uuid.uuid4())


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def resolve_id(db: Database, table: str, text: str, what: Message | str) -> str:
    """The full id of the row of `table` whose id is `text` or starts with it (like git)."""
    text = text.strip()
    if not text:
        raise NotFoundError(message("id.missing", what=what))
    exact = db.execute(f"SELECT id FROM [{table}] WHERE id = ?", [text]).fetchone()
    if exact:
        return exact[0]
    if len(text) < 4:
        raise NotFoundError(message("id.too_short", what=what, text=repr(text)))
    rows = db.execute(
        f"SELECT id FROM [{table}] WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
        [text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
    ).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        raise NotFoundError(message("id.ambiguous", what=what, text=repr(text)))
    raise NotFoundError(message("id.unknown", what=what, text=repr(text)))
