"""Opening the SQLite store safely, and the one seam every write goes through.

- `inspect(path)` reads what a file is without changing a byte of it: ours, another
  program's, newer than this app, damaged.
- `connect(path)` gives a `Store` with the pragmas every connection needs: reads are
  plain sqlite3, sqlite-utils' table API is there from the first write (below). Its `atomic()` is the only way to write: it checks that the data file
  is still the one that was opened (a deleted folder or a removed USB stick is noticed at
  the next write, not at exit), takes the write lock up front (BEGIN IMMEDIATE, so a
  writer waits for another one instead of failing at once), and words what SQLite and the
  OS raise as a StoreError. Writes outside it are refused (an authorizer), so no code path
  can write around the checks.
- `open_store(data_dir)` adds what an application start needs: refuse what must not be
  touched, check, migrate (with a backup first).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.messages import message
from csmm_desktop.store import backup, migrations
from csmm_desktop.store.errors import (
    STORE_FAILURES,
    CorruptStoreError,
    NotOurFileError,
    StoreBusyError,
    StoreError,
    StoreFullError,
    StoreGoneError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUnavailableError,
    classify,
)
from csmm_desktop.store.reader import Reads
from csmm_desktop.store.undo import UndoLog

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlite_utils import Database

    _Tables = Database  # to a type checker a Store is a sqlite-utils Database
else:
    _Tables = object

BUSY_TIMEOUT_MS = 5000
# The window's own connection waits less: a click must not freeze the window for seconds
# while an import holds the write lock; it says "busy" instead (the wizard retries).
UI_BUSY_TIMEOUT_MS = 750
# A full integrity_check finds damage quick_check misses (index order), at about 4× its
# cost: files up to this size get it at every start, bigger ones after an unclean end.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
CORE_TABLES = {"clients", "snapshots", "respondents", "answers"}

_WRITE_ACTIONS = {
    sqlite3.SQLITE_INSERT,
    sqlite3.SQLITE_UPDATE,
    sqlite3.SQLITE_DELETE,
    sqlite3.SQLITE_CREATE_TABLE,
    sqlite3.SQLITE_CREATE_INDEX,
    sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_VIEW,
    sqlite3.SQLITE_DROP_TABLE,
    sqlite3.SQLITE_DROP_INDEX,
    sqlite3.SQLITE_DROP_TRIGGER,
    sqlite3.SQLITE_DROP_VIEW,
    sqlite3.SQLITE_ALTER_TABLE,
}


class Store(Reads, _Tables):
    """The data file's connection, whose writes all go through `atomic()`.

    Reads are plain sqlite3 (`execute`, `query`: store/reader.py `Reads`), as sqlite-utils'
    Database has them but without its import. Its table API (`table()`, `db[name]`, and any
    other of its methods) is made on first use, on the same connection. Importing
    sqlite-utils costs ~60 ms and pulls in numpy (~70-90 ms more): the start's first
    screen only reads, and the demo's data was shown at 3.96x a bare window's paint
    without it instead of 4.67x (issue 18; CONTRIBUTING.md, "Start-up tricks")."""

    path: Path
    # Answered here, not by sqlite-utils: a look for a name the Store does not have goes
    # to its Database (__getattr__), which imports it.
    read_only = False  # a window's or a command's store, written through atomic()

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self._tables: Database | None = None
        self._savepoints = 0  # nested atomic() blocks so far (their savepoints' names)
        self.path = path
        self._writing = False
        self._identity = _identity(path)
        # Set while writes must not happen: a big file's full check still runs on a worker
        # (a StoreBusyError, which screens retry), or it found damage (a CorruptStoreError).
        self.write_block: StoreError | None = None
        # called after each committed transaction (the window's "Saved 14:03"); a listener
        # that fails is logged, never undoes or hides the commit
        self.on_commit: list[Callable[[], None]] = []
        self.undo: UndoLog | None = None  # the window's Undo/Redo (store/undo.py), if on
        conn.set_authorizer(self._authorize)

    # --- reads, and sqlite-utils on first use -------------------------------------------

    def table_api(self) -> Database:
        """sqlite-utils' Database on this connection, made (and imported) on first use.
        `connect` already set what its constructor would (recursive triggers)."""
        if self._tables is None:
            from sqlite_utils import Database

            tables = Database(self.conn, recursive_triggers=False, execute_plugins=False)
            # its tables' writes (insert, update...) open their transaction with atomic():
            # this Store's, with its checks, undo log and authorizer, as when a Store was one
            tables.atomic = self.atomic  # type: ignore[method-assign]
            self._tables = tables
        return self._tables

    def table(self, table_name: str, **kwargs: Any):
        return self.table_api().table(table_name, **kwargs)

    def __getitem__(self, table_name: str):
        return self.table_api()[table_name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never sqlite-utils' internals (nor a half-made Store's)
            raise AttributeError(name)
        return getattr(self.table_api(), name)

    @contextlib.contextmanager
    def ensure_autocommit_on(self) -> Generator[None, None, None]:
        """No implicit transactions by sqlite3 for the block (PRAGMA journal_mode)."""
        if self.conn.in_transaction:
            raise sqlite3.OperationalError("ensure_autocommit_on inside a transaction")
        old = self.conn.isolation_level
        try:
            self.conn.isolation_level = None
            yield
        finally:
            self.conn.isolation_level = old

    def _authorize(self, action: int, _arg1, _arg2, dbname, _trigger) -> int:
        if action in _WRITE_ACTIONS and not self._writing and dbname != "temp":
            return sqlite3.SQLITE_DENY  # a write that went around atomic(): a bug
        return sqlite3.SQLITE_OK

    def check_present(self) -> None:
        """Raise StoreGoneError if the data file was deleted or replaced since it was opened."""
        try:
            now = _identity(self.path, missing_ok=False)
        except OSError as exc:
            raise StoreGoneError(message("store.gone", path=self.path), self.path) from exc
        if self._identity is not None and now != self._identity:
            raise StoreGoneError(message("store.replaced", path=self.path), self.path)

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction (a savepoint when nested): all of it is stored, or none."""
        if self.conn.in_transaction:
            with self._savepoint():
                yield self
            return
        block = self.write_block
        if block is not None:
            raise type(block)(block.msg, self.path)
        self.check_present()
        try:
            if self.undo is not None:
                self.undo.ready()  # its triggers, made before the transaction (store/undo.py)
            self.conn.execute("BEGIN IMMEDIATE")
        except STORE_FAILURES as exc:
            raise classify(exc, self.path) from exc
        self._writing = True
        committed = False
        trash_id = ""
        try:
            if self.undo is not None:
                self.undo.begin()
            yield self
            if self.undo is not None:
                trash_id = self.undo.before_commit()
        except BaseException as exc:
            self._writing = False
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if self.undo is not None:
                with contextlib.suppress(sqlite3.Error):
                    self.undo.rolled_back()
            if isinstance(exc, STORE_FAILURES) and not isinstance(exc, sqlite3.IntegrityError):
                raise classify(exc, self.path) from exc
            raise
        try:
            # The file may have gone while the transaction ran (a long import, the folder
            # deleted, the stick pulled out): then nothing is reported as stored.
            self.check_present()
            self.conn.execute("COMMIT")
            committed = True
        except StoreGoneError:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        except STORE_FAILURES as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise classify(exc, self.path) from exc
        finally:
            self._writing = False
        if committed and self.undo is not None:
            try:
                self.undo.committed(trash_id)
            except sqlite3.Error:  # the undo log is a convenience: it never fails a commit
                log.exception("the undo log could not record a step")
                with contextlib.suppress(sqlite3.Error):
                    self.undo.forget()
        if committed:
            for listener in list(self.on_commit):
                try:
                    listener()
                except Exception:  # noqa: BLE001 - a listener never turns a commit into an error
                    log.exception("a commit listener failed")

    @contextlib.contextmanager
    def _savepoint(self) -> Generator[None, None, None]:
        """A nested atomic(): undone alone if it fails, unless the failure already ended
        the whole transaction (a RAISE(ROLLBACK) trigger)."""
        self._savepoints += 1
        name = f"csmm_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextlib.contextmanager
    def writes_allowed(self) -> Generator[None, None, None]:
        """For the few statements that must run outside a transaction (VACUUM)."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False


def _identity(path: Path, missing_ok: bool = True) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if missing_ok:
            return None
        raise
    return (st.st_dev, st.st_ino)


def connect(
    path: str | Path,
    *,
    busy_ms: int = BUSY_TIMEOUT_MS,
    create: bool = False,
    info: FileInfo | None = None,
) -> Store:
    """Open the database at `path` with the pragmas every connection needs.

    A file that is another program's, or newer than this app, is refused before anything
    is written to it (inspect). A missing or empty file is made a new store only with
    `create` (open_store decides that, knowing the backups): a worker or a window that
    opens its own connection to a data file that vanished must not put an empty one in
    its place. `info`: what `inspect` said of the file a moment ago (open_store)."""
    path = Path(path)
    info = info or inspect(path)
    if info.kind in ("missing", "empty") and not create:
        raise StoreGoneError(message("store.gone", path=path), path)
    if info.kind == "foreign":
        raise NotOurFileError(message("store.not_ours", path=path), path)
    if info.kind == "too_new":
        raise StoreTooNewError(
            message(
                "store.too_new",
                path=path,
                found=info.user_version,
                known=migrations.SCHEMA_VERSION,
            ),
            path,
        )
    try:
        conn = sqlite3.connect(str(path), timeout=busy_ms / 1000)
        db = Store(conn, path)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
        db.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed answer survives the laptop losing power, not only a crash.
        db.execute("PRAGMA synchronous = FULL")
    except STORE_FAILURES as exc:
        raise classify(exc, path) from exc
    if db._identity is None:
        db._identity = _identity(path)
    return db


# --- what a file is, read without writing ---------------------------------------------


@dataclass(frozen=True)
class FileInfo:
    kind: str  # "missing", "empty", "csmm", "foreign", "too_new", "damaged"
    user_version: int = 0
    size: int = 0
    detail: str = ""


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def inspect(path: Path) -> FileInfo:
    """What the file at `path` is, from its header and schema, read-only. Raises
    CorruptStoreError when it cannot even be read."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if path.is_symlink():
            raise StoreUnavailableError(
                message("store.dangling_link", path=path, target=os.readlink(path)), path
            ) from None
        return FileInfo("missing")
    except OSError as exc:
        raise CorruptStoreError(
            message("store.cannot_read", path=path, detail=exc.strerror or exc), path
        ) from exc
    if size == 0:
        return FileInfo("empty")
    try:
        header = read_header(path)
    except OSError as exc:
        raise CorruptStoreError(
            message("store.cannot_read", path=path, detail=exc.strerror or exc), path
        ) from exc
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return FileInfo("foreign", size=size, detail="not a SQLite file")
    user_version, application_id = struct.unpack(">i4xi", header[60:72])
    if application_id not in (0, migrations.APPLICATION_ID):
        return FileInfo("foreign", user_version, size, "another program's application id")
    header_too_new = user_version > migrations.SCHEMA_VERSION
    # The header can lag behind a write-ahead log that was not checkpointed: ask SQLite.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # the folder or disk refused (read-only, full)
        if header_too_new:
            return FileInfo("too_new", user_version, size)
        raise classify(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        if header_too_new:
            return FileInfo("too_new", user_version, size)
        return FileInfo("damaged", size=size, detail=str(exc))
    if application_id not in (0, migrations.APPLICATION_ID):
        return FileInfo("foreign", user_version, size, "another program's application id")
    if application_id == 0 and tables and not tables >= CORE_TABLES:
        return FileInfo("foreign", user_version, size, "tables of another program")
    if application_id == 0 and not tables and user_version:
        return FileInfo("foreign", user_version, size, "a version but no tables: not ours")
    if user_version > migrations.SCHEMA_VERSION:
        return FileInfo("too_new", user_version, size)
    return FileInfo("csmm", user_version, size)


def check_readable(path: Path, *, full: bool | None = None, info: FileInfo | None = None) -> None:
    """Raise a StoreError unless `path` is a sound CSMM data file (or an empty one). Never
    writes to it. `full`: run integrity_check instead of quick_check (default: when the
    file is small enough for it to be quick). `info`: what `inspect` said a moment ago."""
    info = info or inspect(path)
    if info.kind in ("missing", "empty"):
        return
    if info.kind == "foreign":
        raise NotOurFileError(message("store.not_ours", path=path), path)
    if info.kind == "too_new":
        raise StoreTooNewError(
            message(
                "store.too_new",
                path=path,
                found=info.user_version,
                known=migrations.SCHEMA_VERSION,
            ),
            path,
        )
    if info.kind == "damaged":
        raise CorruptStoreError(message("store.damaged", path=path, detail=info.detail), path)
    if full is None:
        full = info.size <= FULL_CHECK_MAX_BYTES
    check = "integrity_check(1)" if full else "quick_check(1)"
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute(f"PRAGMA {check}").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:  # the folder or disk refused (read-only, full)
        raise classify(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptStoreError(message("store.damaged", path=path, detail=exc), path) from exc
    if rows != [("ok",)]:
        detail = rows[0][0] if rows else "no answer"
        raise CorruptStoreError(message("store.damaged", path=path, detail=detail), path)


# --- opening a data folder --------------------------------------------------------------


def prepare_folder(data_dir: Path) -> Path:
    """Create the data folder if needed; returns the data file's path."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        error = classify(exc, db_path(data_dir))
        if not isinstance(error, (StoreFullError, StoreReadOnlyError)):
            error = StoreUnavailableError(
                message("store.cannot_create_folder", folder=data_dir, detail=exc.strerror or exc),
                data_dir,
            )
        raise error from exc
    return db_path(data_dir)


def open_store(
    data_dir: Path,
    *,
    full_check: bool | None = None,
    busy_ms: int = BUSY_TIMEOUT_MS,
) -> Store:
    """Open the store of a data folder, creating, checking and migrating it as needed.

    A missing or empty data file while backups exist is refused as damaged (never
    silently replaced by an empty one); a foreign, newer or damaged file is refused with
    its bytes unchanged. `full_check`: integrity_check rather than quick_check (default:
    for files small enough); pass True after an unclean shutdown."""
    path = prepare_folder(data_dir)
    clean_leftovers(data_dir)
    info = inspect(path)
    if info.kind in ("missing", "empty") and backup.backups(backup_dir(data_dir)):
        code = (
            "store.missing_with_backups" if info.kind == "missing" else "store.empty_with_backups"
        )
        raise CorruptStoreError(message(code, path=path, folder=backup_dir(data_dir)), path)
    check_readable(path, full=full_check, info=info)  # one look at the file, not three
    db = connect(path, busy_ms=busy_ms, create=True, info=info)
    try:
        migrations.migrate(db, path, backup_dir(data_dir))
        _register_forms(db)
    except StoreError:
        db.close()
        raise
    except STORE_FAILURES as exc:
        db.close()
        raise classify(exc, path) from exc
    return db


def _register_forms(db: Store) -> None:
    """The store's custom forms, where load_form finds them (services/form_store.py)."""
    from csmm_desktop.domain.form import register_custom_forms

    register_custom_forms(dict(db.execute("SELECT version, json FROM forms")))


def clean_leftovers(data_dir: Path) -> list[Path]:
    """What a kill or a power cut left half-written: backup copies, a restore in progress,
    exports the app was writing elsewhere (csmm_desktop.outputs). Only files of those exact
    names, in the app's own folders; a restore that stopped just before its last step (the
    old file moved away, the whole copy next to it) is finished instead. Returns what was
    removed; a folder that refuses (read-only) leaves them, and open_store says why."""
    from csmm_desktop import outputs

    removed: list[Path] = []
    path = db_path(data_dir)
    restoring = path.with_name(path.name + ".restoring")
    try:
        removed += backup.clean_leftovers(backup_dir(data_dir))
        removed += outputs.clean_inflight(data_dir)
        partial = restoring.with_name(restoring.name + backup.PARTIAL)
        if restoring.is_file() and not path.exists():
            os.replace(restoring, path)
            log.warning("finished a restore that had stopped before its last step")
        for leftover in (
            restoring,
            partial,
            *backup.side_files(restoring),
            *backup.side_files(partial),
        ):
            if leftover.is_file():
                leftover.unlink()
                removed.append(leftover)
    except OSError as exc:
        log.warning("the leftovers of a crash could not be removed: %s", exc)
    if removed:
        log.info("removed what a crash left: %s", ", ".join(p.name for p in removed))
    return removed


def newest_backup(data_dir: Path) -> Path | None:
    """The newest backup that is sound (damaged ones are passed over): the one a recovery
    offers, and then puts in place."""
    for candidate in backup.backups(backup_dir(data_dir)):
        try:
            check_readable(candidate)
        except StoreError:
            continue
        return candidate
    return None


def restore_newest_backup(data_dir: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put `source` (by default the newest sound backup) in place of a damaged or missing
    data file; returns (backup used, where the damaged file was kept)."""
    source = source or newest_backup(data_dir)
    if source is None:
        raise StoreUnavailableError(
            message("store.no_backup", folder=backup_dir(data_dir)), data_dir
        )
    check_readable(source)
    return source, backup.restore(data_dir, source)


def restore_backup(data_dir: Path, source: Path, current: Store | None) -> Path | None:
    """Put the backup `source` in place of the data file, as the user asked (File → Restore
    from Backup). The current data is first saved as a before-restore backup (returned), so
    the restore itself can be undone the same way; `current` is closed. Refused, with
    nothing changed, when the backup is not sound or another program has the file open."""
    check_readable(source, full=True)
    path = db_path(data_dir)
    saved = None
    if current is not None:
        saved = backup.make_backup(current, backup_dir(data_dir), "before-restore")
        current.close()
    if not _alone_with(path):
        raise StoreBusyError(message("store.in_use", path=path), path)
    backup.restore(data_dir, source, keep=False)
    return saved


def _alone_with(path: Path) -> bool:
    """True if no other connection has the data file open. Leaving WAL mode needs the
    file to itself (SQLite refuses while another connection uses the log); the file is
    about to be replaced, so its journal mode no longer matters."""
    if not path.exists():
        return True
    try:
        conn = sqlite3.connect(str(path), timeout=0.2)
        try:
            conn.isolation_level = None
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return mode == "delete"
