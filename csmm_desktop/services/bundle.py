"""Client bundles (.csmm): move a client, or one snapshot of it, between laptops and merge
what was collected elsewhere. The format is in docs/bundle-format.md; the pure rules
(tables, fingerprints, the merge decision) in domain/bundle.py.

- `export_bundle` writes a client (or one snapshot) as a zip, encrypted with a password
  if one is given (AES-256-GCM, key from scrypt).
- `open_bundle` reads and checks one: every refusal is one catalogue message and nothing
  is written.
- `import_bundle` merges it: a plan (added / updated / kept / conflicts / unchanged) is
  worked out and, unless it is a dry run, applied in one transaction (Store.atomic).
  Conflicts are resolved by `newer_wins` and logged in bundle_conflicts, where
  `reverse_conflict` puts the other version back.

No Qt here.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmm_desktop import __version__
from csmm_desktop.domain import bundle as rules
from csmm_desktop.messages import QT_TRANSLATE_NOOP, UserError, catalogue, message
from csmm_desktop.services.common import new_id, now, resolve_id
from csmm_desktop.store.errors import NotFoundError
from csmm_desktop.store.keys import RESPONDENT_KEY, SQL_ISO, SQL_SECONDS

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int, Any], None]
# Tests set this to a file name: an import then writes that file just before it commits
# and waits, so a test can kill it there (tests/unit/test_bundle_kill.py).
PAUSE_ENV = "CSMM_TEST_PAUSE_BEFORE_COMMIT"
BATCH = 2000

MESSAGES = catalogue(
    {
        "bundle.not_a_bundle": QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a CSMM Desktop client file (.csmm). Nothing was changed."
        ),
        "bundle.damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} is damaged or was altered ({detail}): it was not imported. "
            "Nothing was changed; ask for the file again.",
        ),
        "bundle.cannot_read": QT_TRANSLATE_NOOP(
            "Messages", "The client file {path} cannot be read: {detail}. Nothing was changed."
        ),
        "bundle.no_manifest": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} has no manifest (manifest.json): it is not a complete client "
            "file. Nothing was changed.",
        ),
        "bundle.unsafe_path": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} holds an entry named {name}, whose path leads out of the "
            "file's own folder: it was refused. Nothing was changed.",
        ),
        "bundle.part_too_big": QT_TRANSLATE_NOOP(
            "Messages",
            "The part {name} of the client file {path} is larger than {limit} MB, more than a "
            "client's data can be: it was refused. Nothing was changed.",
        ),
        "bundle.too_big": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} is larger than {limit} MB: it was refused. Nothing was changed.",
        ),
        "bundle.too_new": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} was made by a newer CSMM Desktop ({what} {found}; this app "
            "knows up to {known}). Please update the app. Nothing was changed.",
        ),
        "bundle.too_new_data": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} holds data this app does not know ({what}): it was made by a "
            "newer CSMM Desktop. Please update the app. Nothing was changed.",
        ),
        "bundle.what.format": QT_TRANSLATE_NOOP("Messages", "file format"),
        "bundle.what.schema": QT_TRANSLATE_NOOP("Messages", "data version"),
        "bundle.what.app": QT_TRANSLATE_NOOP("Messages", "app version"),
        "bundle.what.encryption": QT_TRANSLATE_NOOP("Messages", "encryption version"),
        "bundle.form_unknown": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} uses form version {version}, which this app does not have "
            "(it has {have}). Please update the app. Nothing was changed.",
        ),
        "bundle.form_differs": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} uses the custom form {version}, and this app has another "
            "form under that name. Nothing was changed.",
        ),
        "bundle.needs_password": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} is encrypted: give its password. Nothing was changed.",
        ),
        "bundle.wrong_password": QT_TRANSLATE_NOOP(
            "Messages",
            "The password does not open the client file {path} (or the file was altered). "
            "Nothing was changed.",
        ),
        "bundle.empty_password": QT_TRANSLATE_NOOP("Messages", "The password is empty."),
        "bundle.passwords_differ": QT_TRANSLATE_NOOP(
            "Messages", "The two passwords differ. Nothing was written."
        ),
        "bundle.id_collision": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} has a row of {table} with the id {key}, which here belongs to "
            "another client: it was refused. Nothing was changed.",
        ),
        "bundle.foreign_link": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} has a row of {table} ({key}) whose {column} points to {value}, "
            "which is not part of this client: it was refused. Nothing was changed.",
        ),
        "bundle.bad_row": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} has a row of {table} that cannot be stored ({detail}): it was "
            "refused. Nothing was changed.",
        ),
        "bundle.changed_since_preview": QT_TRANSLATE_NOOP(
            "Messages",
            "The client file {path} changed after it was checked (a newer copy?): it was not "
            "imported. Nothing was changed; import it again to see what it holds now.",
        ),
        "bundle.snapshot_not_of_client": QT_TRANSLATE_NOOP(
            "Messages", "The snapshot {snapshot} is not one of the client {client}'s."
        ),
        "bundle.progress_export": QT_TRANSLATE_NOOP("Messages", "Writing {table}…"),
        "bundle.progress_check": QT_TRANSLATE_NOOP("Messages", "Checking the client file…"),
        "bundle.progress_merge": QT_TRANSLATE_NOOP("Messages", "Merging {table}…"),
        "noun.conflict": QT_TRANSLATE_NOOP("Messages", "conflict"),
    }
)


class BundleError(UserError):
    """A bundle that cannot be read or merged; nothing was changed."""


# --- a table as bundles see it ------------------------------------------------------------


@dataclass(frozen=True)
class _Stored:
    """A column a bundle carries that the store keeps otherwise (store/keys.py)."""

    column: str  # the store's column
    read: str  # SQL giving the bundle's value from the store's row ({t}: the row's alias)
    write: str  # SQL giving the store's value from one parameter: the bundle's value
    join: str = ""  # the parent's column `column` holds (its key), where not its id


# Answers are stored under the respondent's integer key and timed in unix seconds
# (migration 12); a bundle carries the respondent's uuid and the ISO time, as ever, so
# bundles, their fingerprints and the conflict log are what they were.
_STORED = {
    ("answers", "respondent_id"): _Stored(
        "respondent_key",
        "(SELECT id FROM respondents WHERE key = {t}.respondent_key)",
        RESPONDENT_KEY,
        join="key",
    ),
    ("answers", "updated_at"): _Stored(
        "updated_at", SQL_ISO.format("{t}.updated_at"), SQL_SECONDS.format("?")
    ),
}
_BUNDLED_AS = {(table, s.column): column for (table, column), s in _STORED.items()}
# The store's own columns, which never travel: a respondent's key is this store's.
LOCAL_ONLY = {"respondents": frozenset({"key"})}


def bundle_column(table: str, column: str) -> str:
    """The bundle's name of the store's `column` of `table`."""
    return _BUNDLED_AS.get((table, column), column)


def _columns(db: Database, table: str) -> list[str]:
    """The table's columns as bundles carry them."""
    hidden = LOCAL_ONLY.get(table, frozenset())
    return [
        bundle_column(table, row[1])
        for row in db.execute(f"PRAGMA table_info([{table}])")
        if row[1] not in hidden
    ]


def _read(table: str, column: str, alias: str = "t0") -> str:
    stored = _STORED.get((table, column))
    return stored.read.format(t=alias) if stored else f"{alias}.[{column}]"


def _stored(table: str, column: str) -> str:
    stored = _STORED.get((table, column))
    return f"[{stored.column}]" if stored else f"[{column}]"


def _value(table: str, column: str) -> str:
    stored = _STORED.get((table, column))
    return stored.write if stored else "?"


def _match(table: str, columns) -> str:
    """WHERE … of the store's row whose bundle `columns` (a key) are the parameters."""
    return " AND ".join(f"{_stored(table, c)} = {_value(table, c)}" for c in columns)


def table_rows(db: Database, table: str):
    """Every row of `table` as a bundle carries it (its columns, then the rows)."""
    columns = _columns(db, table)
    select = ", ".join(_read(table, c) for c in columns)
    return columns, db.execute(f"SELECT {select} FROM [{table}] t0")


# --- reading a client's rows --------------------------------------------------------------


def _scope_sql(spec: rules.TableSpec, select: str, snapshot_id: str | None) -> tuple[str, str]:
    """(SELECT `select` FROM … JOIN …, WHERE …) over the client's rows of `spec` (as t0;
    one parameter: the client id, or the snapshot id for a one-snapshot scope)."""
    if spec.name == "clients":
        return f"SELECT {select} FROM clients t0", "t0.id = ?"
    if snapshot_id is not None and spec.name == "snapshots":
        return f"SELECT {select} FROM snapshots t0", "t0.id = ?"
    joins: list[str] = []
    alias = "t0"
    for n, (_table, column, parent) in enumerate(rules.chain(spec)):
        if parent == "clients" or (snapshot_id is not None and parent == "snapshots"):
            return (
                f"SELECT {select} FROM [{spec.name}] t0 {' '.join(joins)}",
                f"{alias}.[{column}] = ?",
            )
        nxt = f"t{n + 1}"
        stored = _STORED.get((_table, column))
        on = (
            f"{alias}.[{stored.column}] = {nxt}.[{stored.join}]"
            if stored and stored.join
            else f"{alias}.[{column}] = {nxt}.id"
        )
        joins.append(f"JOIN [{parent}] {nxt} ON {on}")
        alias = nxt
    raise AssertionError(spec.name)  # every chain ends at clients


def _rows(db: Database, spec, columns, client_id: str, snapshot_id: str | None):
    """The client's rows of `spec` (only those of the snapshot `snapshot_id`, if given;
    the client row itself either way)."""
    head, where = _scope_sql(spec, ", ".join(_read(spec.name, c) for c in columns), snapshot_id)
    scope = snapshot_id if snapshot_id is not None and spec.name != "clients" else client_id
    return db.execute(f"{head} WHERE {where}", [scope])


def installation_id(db: Database) -> str:
    row = db.execute("SELECT id FROM installation LIMIT 1").fetchone()
    return row[0] if row else ""


# --- export ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    rows: dict[str, int]
    encrypted: bool


def export_bundle(
    db: Database,
    client_id: str,
    out: str | os.PathLike,
    *,
    snapshot_id: str | None = None,
    password: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the client `client_id` (or only its snapshot `snapshot_id`) as the bundle
    `out`, whole or not at all (outputs.write_bytes). Only reads the store."""
    from csmm_desktop import outputs
    from csmm_desktop.config import resource_path
    from csmm_desktop.domain.form import custom_form_json
    from csmm_desktop.services import clients

    client = clients.get_client(db, client_id)
    if snapshot_id is not None:
        snap = clients.get_snapshot(db, snapshot_id)
        if snap.client_id != client.id:
            raise BundleError(
                message("bundle.snapshot_not_of_client", snapshot=snapshot_id, client=client.name)
            )
    if password is not None and not password:
        raise BundleError(message("bundle.empty_password"))
    outputs.check_target(out, "csmm", outputs.data_dir_of(db))  # refused before the work
    names = rules.SNAPSHOT_TABLES if snapshot_id else [s.name for s in rules.TABLES]
    specs = [rules.BY_NAME[n] for n in names]
    parts: dict[str, dict] = {}
    counts: dict[str, int] = {}
    forms: set[str] = set()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for n, spec in enumerate(specs):
            if progress:
                progress(
                    int(90 * n / len(specs)), message("bundle.progress_export", table=spec.name)
                )
            columns = _columns(db, spec.name)
            key_at = [columns.index(k) for k in spec.key]
            form_at = columns.index("form_version") if spec.name == "snapshots" else None
            bases = dict(
                db.execute(
                    "SELECT row_key, hash FROM bundle_sync WHERE table_name = ?", [spec.name]
                )
            )
            digest, size, rows = hashlib.sha256(), 0, 0
            name = rules.part_name(spec.name)
            with zf.open(name, "w", force_zip64=True) as fh:
                head = json.dumps({"table": spec.name, "columns": columns}).encode() + b"\n"
                chunk = [head]
                cursor = _rows(db, spec, columns, client.id, snapshot_id)
                for row in cursor:
                    base = bases.get(rules.key_text(tuple(row[i] for i in key_at)))
                    chunk.append(rules.canonical([*row, base]) + b"\n")
                    rows += 1
                    if form_at is not None:
                        forms.add(row[form_at])
                    if len(chunk) >= BATCH:
                        data = b"".join(chunk)
                        fh.write(data)
                        digest.update(data)
                        size += len(data)
                        chunk = []
                data = b"".join(chunk)
                fh.write(data)
                digest.update(data)
                size += len(data)
            parts[name] = {"sha256": digest.hexdigest(), "size": size, "rows": rows}
            counts[spec.name] = rows
        form_parts = {}
        for version in sorted(forms):
            custom = custom_form_json(version)  # a custom form travels as its file too
            data = (
                custom.encode("utf-8")
                if custom is not None
                else resource_path("form", f"csmm_form_v{version}.json").read_bytes()
            )
            name = rules.form_part(version)
            zf.writestr(name, data)
            parts[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            form_parts[version] = name
        from csmm_desktop.store.migrations import SCHEMA_VERSION

        manifest = {
            "format": rules.FORMAT,
            "format_version": rules.FORMAT_VERSION,
            "app": "CSMM Desktop",
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "created_at": now(),
            "installation_id": installation_id(db),
            "client": {"id": client.id, "name": client.name},
            "scope": "snapshot" if snapshot_id else "client",
            "snapshot_id": snapshot_id,
            "tables": list(names),
            "forms": form_parts,
            "parts": parts,
        }
        zf.writestr(rules.MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    data = buffer.getvalue()
    if password:
        data = encrypt(data, password)
    if progress:
        progress(95, message("bundle.progress_export", table=Path(out).name))
    path = outputs.write_bytes(out, data, "csmm", outputs.data_dir_of(db))
    _record_sent(db, specs, client.id, snapshot_id)
    return ExportResult(path, len(data), counts, bool(password))


def _record_sent(db: Database, specs, client_id: str, snapshot_id: str | None) -> None:
    """Note that this installation had each row it sent (bundle_sync, hash NULL where it
    never received one): a later import then knows a row missing here was deleted here.
    The bundle is written already; a store that refuses the note (read-only, busy) only
    loses that knowledge, so it is logged, not raised."""
    import logging

    from csmm_desktop.store.errors import STORE_FAILURES, StoreError

    try:
        with db.atomic():
            for spec in specs:
                key = " || char(31) || ".join(_read(spec.name, k) for k in spec.key)
                head, where = _scope_sql(spec, f"?, {key}, NULL", snapshot_id)
                scope = snapshot_id if snapshot_id and spec.name != "clients" else client_id
                db.execute(
                    f"INSERT INTO bundle_sync (table_name, row_key, hash) {head} "
                    f"WHERE {where} ON CONFLICT (table_name, row_key) DO NOTHING",
                    [spec.name, scope],
                )
    except (StoreError, *STORE_FAILURES) as exc:
        logging.getLogger(__name__).warning("what the export sent was not noted: %s", exc)


# --- encryption -----------------------------------------------------------------------------


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # NFC: "ş" typed on one OS as one character and on another as s + cedilla is one password
    text = unicodedata.normalize("NFC", password)
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(text.encode())


def encrypt(data: bytes, password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(rules.SALT_BYTES), os.urandom(rules.NONCE_BYTES)
    header = (
        rules.MAGIC
        + bytes([rules.ENC_VERSION, rules.SCRYPT_LOG2_N, rules.SCRYPT_R, rules.SCRYPT_P])
        + salt
        + nonce
    )
    key = _key(password, salt, rules.SCRYPT_LOG2_N, rules.SCRYPT_R, rules.SCRYPT_P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt(data: bytes, password: str, path: Path) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < rules.HEADER_BYTES + 16:
        raise BundleError(message("bundle.damaged", path=path, detail="too short"))
    header = data[: rules.HEADER_BYTES]
    version, log2_n, r, p = header[8:12]
    if version > rules.ENC_VERSION:
        raise BundleError(
            message(
                "bundle.too_new",
                path=path,
                what="encryption",
                found=version,
                known=rules.ENC_VERSION,
            )
        )
    # A header asking for more than this app ever writes is refused, not obeyed: scrypt's
    # memory is 128·n·r bytes.
    if not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise BundleError(message("bundle.damaged", path=path, detail="encryption header"))
    salt = header[12 : 12 + rules.SALT_BYTES]
    nonce = header[12 + rules.SALT_BYTES :]
    key = _key(password, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, data[rules.HEADER_BYTES :], header)
    except InvalidTag:
        raise BundleError(message("bundle.wrong_password", path=path)) from None


def is_encrypted(path: str | os.PathLike) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(rules.MAGIC)) == rules.MAGIC
    except OSError:
        return False


# --- reading a bundle ---------------------------------------------------------------------


_SCALARS = (str, int, float)


@dataclass
class Bundle:
    path: Path
    manifest: dict
    zf: zipfile.ZipFile
    sha256: str = ""  # of the file as read (encrypted or not)
    new_forms: dict[str, str] = field(default_factory=dict)  # custom forms not here yet

    @property
    def client_id(self) -> str:
        return self.manifest["client"]["id"]

    @property
    def client_name(self) -> str:
        return self.manifest["client"]["name"]

    def tables(self) -> list[rules.TableSpec]:
        listed = set(self.manifest["tables"])
        return [spec for spec in rules.TABLES if spec.name in listed]

    def rows(self, table: str) -> tuple[list[str], Iterator[tuple[list, int | None, int]]]:
        """The part's columns, and its rows: values in column order, their base, their
        fingerprint."""
        fh = self.zf.open(rules.part_name(table))
        head = _json_line(fh.readline(), self, table)
        if not isinstance(head, dict) or head.get("table") != table:
            raise self.damaged(f"{table}: header")
        columns = head.get("columns")
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise self.damaged(f"{table}: columns")
        width = len(columns) + 1

        def read() -> Iterator[tuple[list, int | None, int]]:
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="\n")
            with text:
                for line in text:
                    values = _json_line(line, self, table)
                    if not isinstance(values, list) or len(values) != width:
                        raise self.damaged(f"{table}: a row of the wrong shape")
                    base = values.pop()
                    if base is not None and type(base) is not int:
                        raise self.damaged(f"{table}: a row's base")
                    # only plain values: a list or an object shows as a second [ or a {
                    if (line.count("[") != 1 or "{" in line) and not all(
                        v is None or type(v) in _SCALARS for v in values
                    ):
                        raise self.damaged(f"{table}: a value that is not text or a number")
                    yield values, base, rules.line_hash(line)

        return columns, read()

    def damaged(self, detail: str) -> BundleError:
        return BundleError(message("bundle.damaged", path=self.path, detail=detail))


_DECODER = json.JSONDecoder()


def _json_line(line: str | bytes, bundle: Bundle, table: str):
    try:
        return _DECODER.decode(line if isinstance(line, str) else line.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError too
        raise bundle.damaged(f"{table}: not JSON") from None


def open_bundle(
    path: str | os.PathLike, password: str | None = None, progress: Progress | None = None
) -> Bundle:
    """Read the bundle at `path` and check all of it (manifest, versions, names, sizes,
    checksums, forms); a BundleError names the first thing wrong."""
    from csmm_desktop.domain.form import all_versions, custom_form_json, is_app_version
    from csmm_desktop.store.migrations import SCHEMA_VERSION

    path = Path(path)
    if progress:
        progress(1, message("bundle.progress_check"))
    try:
        size = path.stat().st_size
        if size > rules.MAX_BUNDLE_BYTES:
            raise BundleError(
                message("bundle.too_big", path=path, limit=rules.MAX_BUNDLE_BYTES // 2**20)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            message("bundle.cannot_read", path=path, detail=exc.strerror or str(exc))
        ) from exc
    file_sha256 = hashlib.sha256(data).hexdigest()
    if data.startswith(rules.MAGIC):
        if not password:
            raise BundleError(message("bundle.needs_password", path=path))
        data = decrypt(data, password, path)
    if not data.startswith(b"PK"):
        raise BundleError(message("bundle.not_a_bundle", path=path))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise BundleError(message("bundle.damaged", path=path, detail=str(exc))) from exc
    names = [info.filename for info in infos]
    for name in names:
        if not rules.safe_member(name):
            raise BundleError(message("bundle.unsafe_path", path=path, name=repr(name)))
    if len(set(names)) != len(names):
        raise BundleError(message("bundle.damaged", path=path, detail="a name twice"))
    if rules.MANIFEST not in names:
        raise BundleError(message("bundle.no_manifest", path=path))
    bundle = Bundle(path, {}, zf, file_sha256)
    manifest = _read_manifest(bundle)
    bundle.manifest = manifest
    if manifest.get("format") != rules.FORMAT:
        raise BundleError(message("bundle.not_a_bundle", path=path))
    for what, found, known in (
        ("format", manifest.get("format_version"), rules.FORMAT_VERSION),
        ("schema", manifest.get("schema_version"), SCHEMA_VERSION),
    ):
        if not isinstance(found, int):
            raise bundle.damaged(f"manifest: {what}")
        if found > known:
            raise BundleError(
                message(
                    "bundle.too_new",
                    path=path,
                    what=message(f"bundle.what.{what}"),
                    found=found,
                    known=known,
                )
            )
    app_version = str(manifest.get("app_version", ""))
    if rules.version_key(app_version) > rules.version_key(__version__):
        raise BundleError(
            message(
                "bundle.too_new",
                path=path,
                what=message("bundle.what.app"),
                found=app_version,
                known=__version__,
            )
        )
    _check_shape(bundle)
    parts = manifest["parts"]
    by_name = {info.filename: info for info in infos}
    for name in names:
        if name != rules.MANIFEST and name not in parts:
            raise bundle.damaged(f"{name}: not in the manifest")
    for n, (name, entry) in enumerate(parts.items()):
        info = by_name.get(name)
        if info is None:
            raise bundle.damaged(f"{name}: missing")
        limit = rules.MAX_PART_BYTES
        if info.file_size > limit or entry["size"] > limit:
            raise BundleError(
                message("bundle.part_too_big", path=path, name=name, limit=limit // 2**20)
            )
        if info.file_size != entry["size"]:
            raise bundle.damaged(f"{name}: size")
        if progress:
            progress(2 + int(18 * n / max(1, len(parts))), message("bundle.progress_check"))
        digest = hashlib.sha256()
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
            # RuntimeError: an entry a zip tool encrypted, or (NotImplementedError, one of
            # them) a compression this Python cannot read
            raise bundle.damaged(f"{name}: {exc}") from exc
        if digest.hexdigest() != entry["sha256"]:
            raise bundle.damaged(f"{name}: checksum")
    have = all_versions()
    for version, part in manifest["forms"].items():
        if version not in have and part in parts and not is_app_version(version):
            # a custom form (imported from a spreadsheet) the bundle carries: kept if valid
            bundle.new_forms[version] = _custom_form(bundle, version, part)
        elif not is_app_version(version) and part in parts:
            # a custom form of that name here already: it must be the same form
            local = custom_form_json(version)
            carried = _custom_form(bundle, version, part)
            if local is not None and json.loads(local) != json.loads(carried):
                raise BundleError(message("bundle.form_differs", path=path, version=version))
        elif version not in have:
            raise BundleError(
                message(
                    "bundle.form_unknown",
                    path=path,
                    version=version,
                    have=", ".join(have) or "—",
                )
            )
    return bundle


def _custom_form(bundle: Bundle, version: str, part: str) -> str:
    """The JSON text of a custom form the bundle carries, checked as a form file."""
    from csmm_desktop.domain.form import FormError, parse_form

    try:
        text = bundle.zf.read(part).decode("utf-8")
        form = parse_form(json.loads(text), part)
    except (FormError, ValueError, KeyError) as exc:
        raise bundle.damaged(f"{part}: {exc}") from exc
    if form.version != version:
        raise bundle.damaged(f"{part}: says version {form.version}")
    return text


def _read_manifest(bundle: Bundle) -> dict:
    info = bundle.zf.getinfo(rules.MANIFEST)
    if info.file_size > 16 * 2**20:
        raise BundleError(
            message("bundle.part_too_big", path=bundle.path, name=rules.MANIFEST, limit=16)
        )
    try:
        manifest = json.loads(bundle.zf.read(info))
    except (zipfile.BadZipFile, EOFError, ValueError, RuntimeError) as exc:
        raise bundle.damaged(f"manifest: {exc}") from exc
    if not isinstance(manifest, dict):
        raise bundle.damaged("manifest")
    return manifest


def _check_shape(bundle: Bundle) -> None:
    """The manifest's entries have the types the rest relies on."""
    m = bundle.manifest
    try:
        ok = (
            isinstance(m["client"]["id"], str)
            and isinstance(m["client"]["name"], str)
            and isinstance(m["tables"], list)
            and isinstance(m["forms"], dict)
            and isinstance(m["parts"], dict)
            and all(
                isinstance(e, dict) and isinstance(e["sha256"], str) and isinstance(e["size"], int)
                for e in m["parts"].values()
            )
        )
    except (KeyError, TypeError):
        ok = False
    if not ok:
        raise bundle.damaged("manifest: entries")

    for table in m["tables"]:
        if table not in rules.BY_NAME:
            raise BundleError(message("bundle.too_new_data", path=bundle.path, what=table))
        if rules.part_name(table) not in m["parts"]:
            raise bundle.damaged(f"{table}: no part")
    if "clients" not in m["tables"]:
        raise bundle.damaged("no client")


# --- import ---------------------------------------------------------------------------------


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    kept: int = 0
    conflicts: int = 0
    unchanged: int = 0
    removed: int = 0  # deleted here since exchanged: stay deleted

    def add(self, decision: str) -> None:
        name = "conflicts" if decision == rules.CONFLICT else decision
        setattr(self, name, getattr(self, name) + 1)


@dataclass(frozen=True)
class ConflictItem:
    table: str
    key: str
    kept: str  # "local" or "bundle"
    local_changed: str | None
    bundle_changed: str | None


@dataclass
class ImportPlan:
    """What an import does (or did): per table, how many rows are added, updated (taken
    from the bundle), kept (changed here only), in conflict, unchanged."""

    path: Path
    client_id: str
    client_name: str
    new_client: bool
    scope: str
    dry_run: bool
    tables: dict[str, Counts] = field(default_factory=dict)
    conflicts: list[ConflictItem] = field(default_factory=list)
    file_sha256: str = ""

    def total(self) -> Counts:
        out = Counts()
        for counts in self.tables.values():
            for name in ("added", "updated", "kept", "conflicts", "unchanged", "removed"):
                setattr(out, name, getattr(out, name) + getattr(counts, name))
        return out

    @property
    def changes_anything(self) -> bool:
        t = self.total()
        return bool(t.added or t.updated or t.conflicts)


def import_bundle(
    db: Database,
    path: str | os.PathLike,
    *,
    password: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    expect_sha256: str | None = None,
) -> ImportPlan:
    """Merge the bundle at `path` into the store: all of it in one transaction, or nothing
    (any refusal is a BundleError). `dry_run`: work out the plan only. `expect_sha256`:
    the file previewed (plan.file_sha256); one replaced since (a sync tool wrote a newer
    copy) is refused, so what is imported is what was shown."""
    bundle = open_bundle(path, password, progress)
    if expect_sha256 is not None and bundle.sha256 != expect_sha256:
        raise BundleError(message("bundle.changed_since_preview", path=bundle.path))
    if dry_run:
        return _merge(db, bundle, write=False, progress=progress)
    with db.atomic():
        plan = _merge(db, bundle, write=True, progress=progress)
        _pause_for_tests()
    return plan


def preview_bundle(
    db: Database, path: str | os.PathLike, password: str | None = None, progress=None
) -> ImportPlan:
    return import_bundle(db, path, password=password, dry_run=True, progress=progress)


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if not marker:
        return
    Path(marker).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(120)


def _merge(db: Database, bundle: Bundle, *, write: bool, progress: Progress | None) -> ImportPlan:
    path = bundle.path
    client_id = bundle.client_id
    here = db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone()
    plan = ImportPlan(
        path,
        client_id,
        bundle.client_name,
        here is None,
        str(bundle.manifest.get("scope", "client")),
        not write,
        file_sha256=bundle.sha256,
    )
    specs = bundle.tables()
    total_rows = sum(
        bundle.manifest["parts"][rules.part_name(s.name)].get("rows", 0) for s in specs
    )
    done = 0
    known_ids: dict[str, set] = {}  # this client's ids per table: here and in the bundle
    removed: dict[str, set] = {}  # ids deleted here since exchanged: they stay deleted
    revived: dict[str, set] = {}  # ids deleted here that come back (changed there since)
    stamp_now = now()
    from csmm_desktop.domain.form import all_versions, register_custom_forms

    forms = set(all_versions()) | set(bundle.new_forms)
    if write and bundle.new_forms:
        for version, text in bundle.new_forms.items():
            db.execute(
                "INSERT INTO forms (version, json, imported_at) VALUES (?, ?, ?)",
                [version, text, stamp_now],
            )
        register_custom_forms(dict(db.execute("SELECT version, json FROM forms")))
    for spec in specs:
        if progress:
            progress(
                20 + int(78 * done / max(1, total_rows)),
                message("bundle.progress_merge", table=spec.name),
            )
        columns, rows = bundle.rows(spec.name)
        local_columns = _columns(db, spec.name)
        extra = [c for c in columns if c not in local_columns]
        if extra:
            raise BundleError(
                message("bundle.too_new_data", path=path, what=f"{spec.name}.{extra[0]}")
            )
        if len(set(columns)) != len(columns):
            raise bundle.damaged(f"{spec.name}: a column twice")
        missing = [k for k in spec.key if k not in columns]
        if missing or (spec.parent and spec.parent[0] not in columns):
            raise bundle.damaged(f"{spec.name}: key columns")
        key_at = [columns.index(k) for k in spec.key]
        stamp_at = columns.index(spec.stamp) if spec.stamp in columns else None
        links = _links(db, spec, columns)
        parent_at = columns.index(spec.parent[0]) if spec.parent else None
        parent_table = spec.parent[1] if spec.parent else ""
        gone = removed.setdefault(spec.name, set())
        back = revived.setdefault(spec.name, set())
        local: dict[str, tuple[int, Any]] = {}
        ids = known_ids.setdefault(spec.name, set()) if spec.key == ("id",) else None
        if not plan.new_client:
            for row in _rows(db, spec, columns, client_id, None):
                key = rules.key_text(tuple(row[i] for i in key_at))
                local[key] = (rules.row_hash(row), row[stamp_at] if stamp_at is not None else None)
                if ids is not None:
                    ids.add(row[key_at[0]])
        sync = dict(
            db.execute("SELECT row_key, hash FROM bundle_sync WHERE table_name = ?", [spec.name])
        )
        counts = plan.tables.setdefault(spec.name, Counts())
        batch: list[tuple[str, list, int, str, str]] = []
        client_at = columns.index("client_id") if "client_id" in columns else None
        form_at = columns.index("form_version") if spec.name == "snapshots" else None

        def flush(batch=batch, spec=spec, columns=columns, key_at=key_at, sync=sync) -> None:
            _check_new_ids(
                db, bundle, spec, columns, key_at, [b for b in batch if b[3] == rules.ADDED]
            )
            if write:
                _write(db, bundle, spec, columns, key_at, batch, sync, stamp_now)
            batch.clear()

        for values, base, digest in rows:
            key_values = tuple(values[i] for i in key_at)
            if any(v is None for v in key_values):
                raise bundle.damaged(f"{spec.name}: a row without its key")
            if spec.name == "clients" and key_values != (client_id,):
                raise bundle.damaged("clients: another client")
            key = rules.key_text(key_values)
            mine = local.get(key)
            decision = rules.decide(
                None if mine is None else mine[0], digest, (base, sync.get(key)), key in sync
            )
            if form_at is not None and values[form_at] not in forms:
                raise BundleError(
                    message(
                        "bundle.form_unknown",
                        path=path,
                        version=values[form_at],
                        have=", ".join(sorted(forms)) or "—",
                    )
                )
            if client_at is not None and values[client_at] != client_id:
                raise BundleError(
                    message(
                        "bundle.foreign_link",
                        path=path,
                        table=spec.name,
                        key=rules.key_json(key_values),
                        column="client_id",
                        value=values[client_at],
                    )
                )
            stored = values  # what is written: a link to a row deleted here is cleared
            for column, at, target, cascade in links:
                value = values[at]
                if value is None:
                    continue
                if value not in known_ids.get(target, ()):
                    raise BundleError(
                        message(
                            "bundle.foreign_link",
                            path=path,
                            table=spec.name,
                            key=rules.key_json(key_values),
                            column=column,
                            value=value,
                        )
                    )
                if value in removed.get(target, ()):
                    if cascade or at == parent_at:  # as the deletion here did
                        decision = rules.REMOVED
                    else:
                        stored = list(stored) if stored is values else stored
                        stored[at] = None
            if (
                decision == rules.REMOVED
                and parent_at is not None
                and values[parent_at] in revived.get(parent_table, ())
            ):
                decision = rules.ADDED  # its parent comes back (changed there): it does too
            if ids is not None:
                ids.add(key_values[0])
                if decision == rules.REMOVED:
                    gone.add(key_values[0])
                elif decision == rules.ADDED and key in sync:
                    back.add(key_values[0])
            kept = ""
            if decision == rules.CONFLICT:
                assert mine is not None  # a conflict is between a local row and the bundle's
                local_stamp = mine[1]
                bundle_stamp = values[stamp_at] if stamp_at is not None else None
                kept = rules.newer_wins(local_stamp, bundle_stamp)
                plan.conflicts.append(
                    ConflictItem(
                        spec.name, rules.key_json(key_values), kept, local_stamp, bundle_stamp
                    )
                )
            counts.add(decision)
            batch.append((key, stored, digest, decision, kept))
            done += 1
            if len(batch) >= BATCH:
                flush()
        flush()
    return plan


def _links(
    db: Database, spec: rules.TableSpec, columns: list[str]
) -> list[tuple[str, int, str, bool]]:
    """(column, its place, table, ON DELETE CASCADE) of every link from `spec` to another
    table of a client's data: each must point to a row of this client (here or in the
    bundle)."""
    out = []
    for fk in db.execute(f"PRAGMA foreign_key_list([{spec.name}])").fetchall():
        target, column, on_delete = fk[2], bundle_column(spec.name, fk[3]), fk[6]
        if target in rules.BY_NAME and target != "clients" and column in columns:
            out.append((column, columns.index(column), target, on_delete.upper() == "CASCADE"))
    return out


def _check_new_ids(db, bundle: Bundle, spec, columns, key_at, added) -> None:
    """Rows the bundle adds must not have the id of a row of another client here."""
    if not added or (spec.key != ("id",) and spec.parent and spec.parent[0] in spec.key):
        return  # a key holding its parent's id: the parent was checked
    at = key_at[0]
    ids = [values[at] for _key, values, *_ in added]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        col = spec.key[0]
        hit = db.execute(
            f"SELECT [{col}] FROM [{spec.name}] WHERE [{col}] IN ({marks}) LIMIT 1", chunk
        ).fetchone()
        if hit:
            raise BundleError(
                message(
                    "bundle.id_collision",
                    path=bundle.path,
                    table=spec.name,
                    key=hit[0],
                )
            )


def _write(db, bundle: Bundle, spec, columns, key_at, batch, sync, stamp_now) -> None:
    import sqlite3

    inserts = [values for _k, values, _d, decision, _kept in batch if decision == rules.ADDED]
    updates = [
        values
        for _k, values, _d, decision, kept in batch
        if decision == rules.UPDATED or (decision == rules.CONFLICT and kept == "bundle")
    ]
    table = spec.name
    cols = ", ".join(_stored(table, c) for c in columns)
    marks = ", ".join(_value(table, c) for c in columns)
    others = [i for i in range(len(columns)) if i not in key_at]
    try:
        # conflicts first: the version here is read before it is replaced
        for _key, values, _digest, decision, kept in batch:
            if decision == rules.CONFLICT:
                _log_conflict(db, bundle, spec, columns, key_at, values, kept, stamp_now)
        if inserts:
            db.conn.executemany(f"INSERT INTO [{spec.name}] ({cols}) VALUES ({marks})", inserts)
        if updates and others:
            sets = ", ".join(
                f"{_stored(table, columns[i])} = {_value(table, columns[i])}" for i in others
            )
            where = _match(table, [columns[i] for i in key_at])
            db.conn.executemany(
                f"UPDATE [{spec.name}] SET {sets} WHERE {where}",
                [[v[i] for i in others] + [v[i] for i in key_at] for v in updates],
            )
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, OverflowError) as exc:
        # a rule of the schema broken, or a value SQLite cannot hold (an integer too big)
        raise BundleError(
            message("bundle.bad_row", path=bundle.path, table=spec.name, detail=str(exc))
        ) from exc
    seen = [(spec.name, key, digest) for key, _v, digest, *_ in batch if sync.get(key) != digest]
    if seen:
        db.conn.executemany(
            "INSERT INTO bundle_sync (table_name, row_key, hash) VALUES (?, ?, ?) "
            "ON CONFLICT (table_name, row_key) DO UPDATE SET hash = excluded.hash",
            seen,
        )


def _log_conflict(db, bundle: Bundle, spec, columns, key_at, values, kept, stamp_now) -> None:
    where = _match(spec.name, [columns[i] for i in key_at])
    cols = ", ".join(_read(spec.name, c) for c in columns)
    row = db.execute(
        f"SELECT {cols} FROM [{spec.name}] t0 WHERE {where}", [values[i] for i in key_at]
    ).fetchone()
    db.conn.execute(
        "INSERT INTO bundle_conflicts (id, client_id, table_name, row_key, local_row, "
        "bundle_row, kept, bundle_name, bundle_installation, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            bundle.client_id,
            spec.name,
            rules.key_json(tuple(values[i] for i in key_at)),
            json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False),
            json.dumps(dict(zip(columns, values, strict=True)), ensure_ascii=False),
            kept,
            bundle.path.name,
            str(bundle.manifest.get("installation_id", "")),
            stamp_now,
        ],
    )


# --- the conflict log -------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    id: str
    client_id: str
    table: str
    key: list
    local_row: dict
    bundle_row: dict
    kept: str  # which version is in the store now: "local" (what was here) or "bundle"
    bundle_name: str
    at: str
    reversed_at: str | None

    @property
    def changed(self) -> list[str]:
        """The columns in which the two versions differ."""
        return [c for c in self.bundle_row if self.bundle_row.get(c) != self.local_row.get(c)]


def _conflict(row) -> Conflict:
    return Conflict(
        row[0],
        row[1],
        row[2],
        json.loads(row[3]),
        json.loads(row[4]),
        json.loads(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
    )


_CONFLICT_COLUMNS = (
    "id, client_id, table_name, row_key, local_row, bundle_row, kept, bundle_name, at, reversed_at"
)


def list_conflicts(db: Database, client_id: str) -> list[Conflict]:
    """The conflicts imports resolved for a client, newest first."""
    rows = db.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM bundle_conflicts WHERE client_id = ? "
        "ORDER BY at DESC, table_name, row_key",
        [client_id],
    )
    return [_conflict(r) for r in rows]


def get_conflict(db: Database, conflict_id: str) -> Conflict:
    row = db.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM bundle_conflicts WHERE id = ?", [conflict_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(
            message("id.unknown", what=message("noun.conflict"), text=repr(conflict_id))
        )
    return _conflict(row)


def find_conflict(db: Database, text: str) -> Conflict:
    return get_conflict(db, resolve_id(db, "bundle_conflicts", text, message("noun.conflict")))


def reverse_conflict(db: Database, conflict_id: str) -> Conflict:
    """Put the other version of a conflict's row in the store (the one the rule did not
    keep); reversing again puts the rule's choice back. One transaction."""
    conflict = get_conflict(db, conflict_id)
    spec = rules.BY_NAME[conflict.table]
    kept = "local" if conflict.kept == "bundle" else "bundle"
    version = conflict.local_row if kept == "local" else conflict.bundle_row
    local_columns = _columns(db, spec.name)
    columns = [c for c in version if c in local_columns]
    others = [c for c in columns if c not in spec.key]
    table = spec.name
    with db.atomic():
        where = _match(table, spec.key)
        key = [version[k] for k in spec.key]
        exists = db.execute(f"SELECT 1 FROM [{table}] WHERE {where}", key).fetchone()
        if exists:
            if others:
                sets = ", ".join(f"{_stored(table, c)} = {_value(table, c)}" for c in others)
                db.execute(
                    f"UPDATE [{table}] SET {sets} WHERE {where}",
                    [version[c] for c in others] + key,
                )
        else:
            cols = ", ".join(_stored(table, c) for c in columns)
            marks = ", ".join(_value(table, c) for c in columns)
            db.execute(
                f"INSERT INTO [{table}] ({cols}) VALUES ({marks})", [version[c] for c in columns]
            )
        db.execute(
            "UPDATE bundle_conflicts SET kept = ?, reversed_at = ? WHERE id = ?",
            [kept, None if conflict.reversed_at else now(), conflict.id],
        )
    return get_conflict(db, conflict.id)
