"""A snapshot's answers read for the scoring engine in one SQL pass, in bounded memory.

The scoring engine (domain/scoring.py) is the one definition of every number; this only
feeds its `Tally` the snapshot's answers. SQLite hands over one row per respondent (in id
order, the order the engine scores in) holding the respondent's answers as tokens
"question id US value" joined with RS (group_concat, in the answers' key order), a chunk
of respondents at a time: no Python object per answer, and never all of a big snapshot's
answers in memory at once. A value that itself holds an RS (free text can hold anything)
would split wrongly: the token count tells, and that respondent's answers are then read
one by one.

The SQL is all here (`respondent_rows`, `_answers_of`); answers are under the respondent's
integer key (migration 12, store/keys.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from csmm_desktop.domain.form import Form
from csmm_desktop.domain.scoring import CHUNK, SEP, Scores, Tally

RS = "\x1e"  # between a respondent's tokens
assert len(SEP) == 1 and SEP != RS


# Snapshots up to this many respondents are scored on the UI thread (views/client_panel.py
# BACKGROUND_FROM) and kept in the score cache; their chunks are held until it is asked.
CACHED_UP_TO = 2 * CHUNK

ORDER_INDEX = "respondents_snapshot_id"  # (snapshot_id, id): migration 14


def _order_index(conn: sqlite3.Connection) -> str | None:
    """The index giving a snapshot's respondents in id order (migration 14); on a store
    without it, the unique index on respondents(id)."""
    names = {row[1]: row for row in conn.execute("PRAGMA index_list(respondents)").fetchall()}
    if ORDER_INDEX in names:
        return ORDER_INDEX
    for name, row in names.items():
        if row[2] and [c[2] for c in conn.execute(f'PRAGMA index_info("{name}")')] == ["id"]:
            return name
    return None


def rows_query(conn: sqlite3.Connection) -> str:
    """The SQL of `respondent_rows` (one parameter: the snapshot's id)."""
    index = _order_index(conn)
    indexed = f'INDEXED BY "{index}"' if index else ""
    return f"""SELECT r.role, count(a.question_id),
                   group_concat(a.question_id || char(31) || a.value, char(30)), r.id
            FROM respondents r {indexed}
            LEFT JOIN answers a ON a.respondent_key = r.key
            WHERE r.snapshot_id = ?
            GROUP BY r.id
            ORDER BY r.id"""


def respondent_rows(conn: sqlite3.Connection, snapshot_id: str) -> sqlite3.Cursor:
    """(role, answer count, tokens or None, id) of each respondent of the snapshot, in id
    order. The scan goes through the (snapshot_id, id) index, so the rows come grouped and
    in order without a sort of every answer, and only the snapshot's respondents are read."""
    return conn.execute(rows_query(conn), [snapshot_id])


def _answers_of(conn: sqlite3.Connection, respondent_id: str) -> list[str]:
    rows = conn.execute(
        "SELECT a.question_id, a.value FROM respondents r JOIN answers a ON a.respondent_key = r.key "
        "WHERE r.id = ? ORDER BY a.question_id",
        [respondent_id],
    )
    return [qid + SEP + value for qid, value in rows]


def snapshot_scores(
    conn: sqlite3.Connection, snapshot_id: str, form: Form, cache: Path | None = None
) -> Scores:
    """The snapshot's scores (uncached: services.assessment.snapshot_scores shares them).
    With a `cache` folder, a small snapshot's (up to CACHED_UP_TO respondents) are looked
    up there first and kept there once worked out (services/score_cache.py)."""
    from csmm_desktop.services import score_cache

    held: list[tuple[list[str], list[int], list[str]]] = []  # a small snapshot's chunks
    tally = None
    rows = respondent_rows(conn, snapshot_id)
    while chunk := rows.fetchmany(CHUNK):
        part = _chunk(conn, chunk)
        if cache is not None and tally is None and len(held) * CHUNK < CACHED_UP_TO:
            held.append(part)
            continue
        if tally is None:  # a big one: scored as it is read, in bounded memory
            tally = Tally(form)
            for earlier in held:
                tally.add(*earlier)
            held = []
        tally.add(*part)
    if tally is not None:
        return tally.scores()
    if cache is None:  # no rows at all
        return _tallied(form, held)
    key = score_cache.Key(form)
    for part in held:
        key.add(*part)
    found = score_cache.load(cache, key, form, snapshot_id)
    if found is not None:
        return found
    scores = _tallied(form, held)
    score_cache.save(cache, key, scores, snapshot_id)
    return scores


def _tallied(form: Form, parts: list[tuple[list[str], list[int], list[str]]]) -> Scores:
    tally = Tally(form)
    for part in parts:
        tally.add(*part)
    return tally.scores()


def _chunk(conn: sqlite3.Connection, chunk: list) -> tuple[list[str], list[int], list[str]]:
    """A chunk of `respondent_rows` as the engine takes it: roles, answer counts, tokens."""
    roles = [row[0] for row in chunk]
    counts = [row[1] for row in chunk]
    joined = [row[2] for row in chunk if row[1]]
    tokens = RS.join(joined).split(RS) if joined else []
    if len(tokens) != sum(counts):  # a value holding an RS: read those one by one
        tokens = []
        for _role, count, text, rid in chunk:
            if count:
                mine = text.split(RS)
                tokens.extend(mine if len(mine) == count else _answers_of(conn, rid))
    return roles, counts, tokens
