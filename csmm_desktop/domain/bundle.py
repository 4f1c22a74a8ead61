"""The pure rules of a client bundle (.csmm, docs/bundle-format.md): which tables hold a
client's data and how each row is found, what a part may be named, the fingerprint of a
row, and how an import decides between the row here and the row in the bundle.

No database, no files, no Qt here: services/bundle.py does the reading and writing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

FORMAT = "csmm-client-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA_FOLDER = "data/"
FORMS_FOLDER = "forms/"

# An encrypted bundle: MAGIC, then one byte each for the header version, log2(n), r and p
# of scrypt, then the salt and the AES-GCM nonce, then the ciphertext of the whole zip
# (with its 16-byte tag). The header is the AEAD's associated data: altering it fails too.
MAGIC = b"CSMM-ENC"
ENC_VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
SCRYPT_LOG2_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + NONCE_BYTES

# What an import reads at most: one part (uncompressed) and the whole file. A part over
# the limit is refused before it is read (a zip bomb states a small size and is stopped by
# zipfile at that size).
MAX_PART_BYTES = 2 * 1024**3
MAX_BUNDLE_BYTES = 2 * 1024**3 - 64  # AES-GCM in `cryptography` takes < 2 GiB at once


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]  # the primary key
    parent: tuple[str, str] | None  # (column, table) leading towards the client
    stamp: str | None  # the column that says when the row last changed, if any


def _t(name: str, key: tuple[str, ...], parent: tuple[str, str] | None, stamp: str | None):
    return TableSpec(name, key, parent, stamp)


ID = ("id",)
# Every table holding a client's data, parents before children (the order rows are
# written in). tests/unit/test_bundle.py checks this against the schema: a new table
# keyed to a client that is not listed here fails it. Keys and columns are as bundles
# carry them: the store keeps answers under respondents.key and in unix seconds
# (migration 12), and services/bundle.py maps them (_STORED, LOCAL_ONLY).
TABLES: tuple[TableSpec, ...] = (
    _t("clients", ID, None, "updated_at"),
    _t("snapshots", ID, ("client_id", "clients"), "updated_at"),
    _t("respondents", ID, ("snapshot_id", "snapshots"), "updated_at"),
    _t("answers", ("respondent_id", "question_id"), ("respondent_id", "respondents"), "updated_at"),
    _t("problems", ID, ("client_id", "clients"), "updated_at"),
    _t("requirements", ID, ("client_id", "clients"), "updated_at"),
    _t("contact_reasons", ID, ("client_id", "clients"), None),
    _t("contact_volumes", ID, ("snapshot_id", "snapshots"), None),
    _t("kpis", ID, ("client_id", "clients"), "updated_at"),
    _t("kpi_values", ("kpi_id", "snapshot_id"), ("kpi_id", "kpis"), "updated_at"),
    _t("workshops", ID, ("snapshot_id", "snapshots"), "updated_at"),
    _t("actions", ID, ("client_id", "clients"), "updated_at"),
    _t("action_revisions", ID, ("action_id", "actions"), "at"),
    # the consultant's theme of a free-text answer (migration 9)
    _t(
        "quote_themes",
        ("respondent_id", "question_id"),
        ("respondent_id", "respondents"),
        "updated_at",
    ),
    _t("checklist_items", ("snapshot_id", "item"), ("snapshot_id", "snapshots"), "done_at"),
    # the snapshot report's key messages, chosen recommendations and version (migration 5)
    _t("snapshot_reports", ("snapshot_id",), ("snapshot_id", "snapshots"), "updated_at"),
    # per-client applicability and the list each snapshot was frozen with (migration 11)
    _t("client_applicability", ("client_id",), ("client_id", "clients"), "updated_at"),
    _t("snapshot_applicability", ("snapshot_id",), ("snapshot_id", "snapshots"), "updated_at"),
    _t("cx_nps_settings", ("client_id",), ("client_id", "clients"), "updated_at"),
    _t("cx_nps_readings", ID, ("client_id", "clients"), "updated_at"),
    _t("cx_reason_notes", ("reason_id",), ("reason_id", "contact_reasons"), "updated_at"),
    _t("cx_meetings", ID, ("client_id", "clients"), "updated_at"),
    _t("cx_feedback", ID, ("client_id", "clients"), "updated_at"),
    _t("cx_projects", ID, ("client_id", "clients"), "updated_at"),
    _t("cx_project_revisions", ID, ("project_id", "cx_projects"), "at"),
    _t(
        "cx_project_feedback",
        ("project_id", "feedback_id"),
        ("project_id", "cx_projects"),
        None,
    ),
)
BY_NAME = {spec.name: spec for spec in TABLES}
# A one-snapshot bundle: the client row, the snapshot, its respondents and their answers,
# and the questions left out of it (so the other laptop asks and scores the same ones).
SNAPSHOT_TABLES = ("clients", "snapshots", "snapshot_applicability", "respondents", "answers")
# Tables of the store that are not a client's data and never travel ("trash": deleted
# records kept apart from any client; "issuer": this installation's consultancy profile).
NOT_BUNDLED = frozenset(
    {"installation", "bundle_sync", "bundle_conflicts", "trash", "issuer", "forms"}
)  # forms: a bundle carries the forms its snapshots use as files (forms/)


def chain(spec: TableSpec) -> list[tuple[str, str, str]]:
    """(table, column, parent table) from `spec` up to the client, e.g. answers →
    respondents → snapshots → clients."""
    out = []
    current = spec
    while current.parent is not None:
        column, parent = current.parent
        out.append((current.name, column, parent))
        current = BY_NAME[parent]
    return out


def part_name(table: str) -> str:
    return f"{DATA_FOLDER}{table}.jsonl"


def form_part(version: str) -> str:
    return f"{FORMS_FOLDER}csmm_form_v{version}.json"


_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")


def safe_member(name: str) -> bool:
    """Whether a zip entry's name stays inside the bundle: relative, forward slashes, no
    `..`, no drive letter, nothing but plain characters."""
    if not name or len(name) > 200 or not _SAFE_NAME.match(name):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # built once: fast


def canonical(values: list | tuple) -> bytes:
    """A row's values as a JSON array without spaces, UTF-8 as is."""
    return _ENCODER.encode(list(values)).encode()


def row_hash(values: list | tuple) -> int:
    """A row's fingerprint (its values in column order): the first 8 bytes of SHA-256 of
    canonical(values), as a signed 64-bit integer (what SQLite stores)."""
    return hash_bytes(canonical(values))


def hash_bytes(data: bytes) -> int:
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big", signed=True)


def line_hash(line: str) -> int:
    """The fingerprint of a part's row from its line as written (`[values…,base]`): the
    values' JSON is the line up to its last comma (the base, a number or null, has none).
    Equal to row_hash(values) for a line written canonically, as export writes them."""
    return hash_bytes((line[: line.rindex(",")] + "]").encode())


def key_text(values: tuple) -> str:
    """A row's key (the values of its primary key columns, all text) as one string: what
    bundle_sync stores. Never shown; the conflict log keeps the key as JSON (key_json)."""
    return str(values[0]) if len(values) == 1 else "\x1f".join(map(str, values))


def key_json(values: tuple) -> str:
    return _ENCODER.encode(list(values))


# What an import does with one row of the bundle.
ADDED, UPDATED, UNCHANGED, KEPT, CONFLICT = "added", "updated", "unchanged", "kept", "conflict"
REMOVED = "removed"  # deleted here since it was exchanged: it stays deleted


def decide(
    local: int | None, incoming: int, bases: tuple[int | None, ...], had: bool = False
) -> str:
    """`local`, `incoming`: the fingerprints of the row here (None: not here) and in the
    bundle; `bases`: the versions both sides are known to have shared (the bundle's base:
    what its maker last exchanged; ours: what we last received); `had`: this installation
    held the row once (it sent or received it in a bundle).

    Not here → added, unless we had it and the bundle still has a shared version: then we
    deleted it, and it stays deleted (removed). The same → unchanged. Here still as shared
    → the bundle changed it: updated. The bundle still as shared → only we changed it:
    kept (nothing to do). Else both changed it since they last shared it (or they never
    shared it): a conflict."""
    if local is None:
        return REMOVED if had and incoming in bases else ADDED
    if local == incoming:
        return UNCHANGED
    if local in bases:
        return UPDATED
    if incoming in bases:
        return KEPT
    return CONFLICT


def newer_wins(local_stamp: object, bundle_stamp: object) -> str:
    """The conflict rule: the version changed later (its updated_at, or `at` / `done_at`
    where a table has no updated_at) wins; "bundle" only when its time is strictly later,
    so a tie, or a row without a time on either side, keeps what is here ("local")."""
    if not isinstance(bundle_stamp, str) or not bundle_stamp:
        return "local"
    if not isinstance(local_stamp, str) or not local_stamp or bundle_stamp > local_stamp:
        return "bundle"
    return "local"


def version_key(text: str) -> tuple[int, ...]:
    """'0.1.0' → (0, 1, 0); what is not a number counts as 0."""
    out = []
    for part in str(text).split("."):
        digits = re.match(r"\d+", part)
        out.append(int(digits.group()) if digits else 0)
    return tuple(out)
