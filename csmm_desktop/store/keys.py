"""How answers are stored (migration 12, issue #18): under their respondent's integer key,
their time in unix seconds, so an answer takes a few dozen bytes instead of a hundred.

A respondent's identity stays its uuid (`respondents.id`): bundles, the UI, the command
line and the Trash's labels name respondents by it. Only the storage key of `answers` is
`respondents.key`, an INTEGER PRIMARY KEY AUTOINCREMENT: stable (VACUUM keeps it, and a
key is never given out twice, so a record in the Trash can always come back under its
own). A query joining answers to respondents reads

    SELECT r.id, a.question_id, a.value FROM answers a
    JOIN respondents r ON r.key = a.respondent_key WHERE r.snapshot_id = ?

and one about a respondent known by its uuid uses `RESPONDENT_KEY` (one primary key
look-up). `answers.updated_at` is an INTEGER (unix seconds, UTC); `stamp_seconds` and the
SQL fragments convert from and to the ISO text the rest of the data uses (and bundles
carry: docs/bundle-format.md).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

# The key of the respondent whose uuid is the one parameter (NULL if there is none).
RESPONDENT_KEY = "(SELECT key FROM respondents WHERE id = ?)"
# ISO text ("2026-12-03T14:20:00+00:00", any offset, fractions dropped) -> unix seconds;
# text SQLite cannot read as a time gives 0 (the earliest: it never wins a conflict).
SQL_SECONDS = "coalesce(CAST(strftime('%s', {}) AS INTEGER), 0)"
# unix seconds -> ISO text as services.common.now() writes it (to the second, UTC).
SQL_ISO = "strftime('%Y-%m-%dT%H:%M:%S+00:00', {}, 'unixepoch')"


def stamp_seconds(stamp: str) -> int:
    """An ISO time (services.common.now()) as unix seconds, for answers.updated_at."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return 0
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return int(when.timestamp())


def next_respondent_key(conn: sqlite3.Connection) -> int:
    """The first key free for a new respondent: above every key there is and ever was
    (sqlite_sequence). Valid inside the write transaction that asks, for the rows it
    inserts with keys counted up from it (an import gives its answers their keys at once)."""
    row = conn.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'respondents'), 0), "
        "coalesce((SELECT max(key) FROM respondents), 0))"
    ).fetchone()
    return int(row[0]) + 1
