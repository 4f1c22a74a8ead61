"""A snapshot's scores kept on disk from one start to the next (issue 18).

The start's first screen shows every snapshot's overall score, level and coverage. Working
them out needs the scoring engine, which is numpy: its import (~70-90 ms) and the tallies
(~10 ms a snapshot) were most of what the demo's data waited for after the window's first
paint. Scores found here are the very object the engine made the last time, read back
(~1 ms): numpy is then first imported after the data is shown, off the UI thread.

A file is named by a digest of everything its numbers are made of, so a file found is
right by construction and nothing ever has to be invalidated:
- the answers exactly as the engine is fed them (services/score_sql.py: each respondent's
  role and answer tokens, in id order);
- the form as the snapshot uses it (its pickle: every question, scale, weight, threshold
  and what was left out for the client);
- the code that makes the numbers (the sources of SCORING_MODULES), the Python and numpy
  versions. Where the sources cannot be read (a bundle ships bytecode), the executable's
  size and time stand for them.
A change to any of them is another name. Only small snapshots are kept (up to
score_sql.CACHED_UP_TO respondents: the ones scored on the UI thread; bigger ones are
scored on a worker anyway), the newest KEPT files.

The files are the data folder's `cache/scores/`: not data, never in a backup or a bundle,
safe to delete. They hold a text question's answers verbatim (its counts per stored value),
so a delete for good (the Trash emptied) removes them all (`clear`). Reading one unpickles only the scoring engine's own dataclasses (`_Loader`),
so a file put there by someone else cannot run code; anything wrong with a file (damaged,
unreadable, another version's) is simply not found, and a file that cannot be written
(a read-only or full disk) is logged and skipped: the scores are then worked out as
before.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.util
import io
import logging
import os
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from csmm_desktop.domain.form import Form, PerForm
from csmm_desktop.domain.scoring import Scores

try:  # hashlib's own blake2b, without hashlib loading OpenSSL (~3 ms, on the start's path)
    from _blake2 import blake2b
except ImportError:  # a Python built without the module
    from hashlib import blake2b

log = logging.getLogger(__name__)

# what a file starts with, then a digest of the pickle after it; another layout is another
# name (2: the digest, so a damaged byte is noticed instead of shown as a number)
FORMAT = b"csmm-scores 2"
KEPT = 200  # files kept: every snapshot of several clients, a few states each
LEFTOVER_AFTER_S = 600  # a `.tmp-` file older than this was left by a killed process
SCORING_MODULES = (  # the code whose output a file holds (and what it imports of ours)
    "csmm_desktop.domain.scoring",
    "csmm_desktop.domain.confidence",
    "csmm_desktop.domain.form",
    "csmm_desktop.domain.applicability",
    "csmm_desktop.domain.text",
    "csmm_desktop.messages",
    "csmm_desktop.services.score_sql",
    "csmm_desktop.services.score_cache",
)
# what a file may hold: the engine's dataclasses (and nothing that could run code)
_ALLOWED_MODULES = (
    "csmm_desktop.domain.scoring",
    "csmm_desktop.domain.confidence",
    "csmm_desktop.domain.form",
    "csmm_desktop.messages",
)

_code: bytes | None = None
_FORMS: PerForm[bytes] = PerForm(kept=32)  # form_digest's
_SAFE_ID = re.compile(r"[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*")  # a snapshot id fit for a file name
_DIGEST = re.compile(r"[0-9a-f]{40}")  # Key.name()


def folder_of(db: Any) -> Path | None:
    """The cache folder of a store's data folder; None for a store without a file (a
    test's in-memory database) and for a read-only look (store/reader.py: the command
    line's reading commands leave the data folder as it was), and once the data file is
    gone."""
    path = getattr(db, "path", None)
    if not isinstance(path, Path) or getattr(db, "read_only", False):
        return None
    if not path.exists():  # the data folder moved or deleted while open: not made again
        return None  # (save's mkdir made it anew, holding nothing but this cache)
    return path.parent / "cache" / "scores"


class Key:
    """The digest of one scoring's inputs, fed as the engine is."""

    def __init__(self, form: Form):
        self._hash = blake2b(FORMAT + code_digest() + form_digest(form), digest_size=20)

    def add(self, roles: list[str], counts: list[int], tokens: list[str]) -> None:
        self._hash.update(repr((roles, counts, tokens)).encode("utf-8", "surrogatepass"))

    def name(self) -> str:
        return self._hash.hexdigest()


def _prefix(snapshot_id: str) -> str:
    """`<snapshot id>-` before a file's digest: only to find a snapshot's older files."""
    return f"{snapshot_id}-" if _SAFE_ID.fullmatch(snapshot_id) else ""


def _path(folder: Path, key: Key, snapshot_id: str) -> Path:
    return folder / f"{_prefix(snapshot_id)}{key.name()}.pickle"


def load(folder: Path, key: Key, form: Form, snapshot_id: str = "") -> Scores | None:
    """The scores kept under `key`, with `form` as theirs; None if there are none (or the
    file cannot be used). A file read is touched: the pruning keeps the files in use."""
    path = _path(folder, key, snapshot_id)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        scores = _Loader(io.BytesIO(unframe(data))).load()
        if not isinstance(scores, Scores):
            raise pickle.UnpicklingError(f"holds a {type(scores).__name__}")
    except Exception as exc:  # noqa: BLE001 - a cache: a file it cannot read is not found
        log.warning("score cache file %s not used: %s", path.name, exc)
        return None
    scores._form = form
    with contextlib.suppress(OSError):  # a read-only folder: nothing to keep it from
        os.utime(path)
    return scores


def save(folder: Path, key: Key, scores: Scores, snapshot_id: str = "") -> None:
    """Keep `scores` under `key` (written whole or not at all). The snapshot's earlier
    files go (each answer saved makes a state of its own: typing in a respondent's answers
    pushed the other snapshots' files out of the newest KEPT), then the oldest beyond
    KEPT."""
    # without its form (the snapshot's own is put back by `load`): the file stays ~20 KB
    bare = dataclasses.replace(scores, _form=None)  # type: ignore[arg-type]
    payload = frame(pickle.dumps(bare, protocol=5))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            path = _path(folder, key, snapshot_id)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        prefix = _prefix(snapshot_id)
        if prefix:  # the snapshot's other states go
            for older in folder.glob(f"{prefix}*.pickle"):
                digest = older.name.removeprefix(prefix).removesuffix(".pickle")
                if older != path and _DIGEST.fullmatch(digest):
                    older.unlink(missing_ok=True)
        _prune(folder)
    except OSError as exc:
        log.info("scores not kept in %s: %s", folder, exc)


def clear(folder: Path | None) -> int:
    """Remove every file kept in `folder` (None: nothing); how many went. For a delete
    "for good" (the Trash emptied): a file holds what its numbers were made of in the
    clear, a text question's answers verbatim (QuestionStats.counts), so without this the
    respondents' comments outlived the delete in cache/scores. A file that cannot be
    removed is logged."""
    if folder is None:
        return 0
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0  # no folder (nothing kept yet), or not a folder
    for entry in entries:
        if not entry.name.endswith(".pickle"):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("score cache file %s not removed: %s", entry.name, exc)
    return removed


def frame(body: bytes) -> bytes:
    """A file's bytes: FORMAT, the digest of `body`, `body` (a pickle)."""
    return FORMAT + b"\n" + _body_digest(body) + b"\n" + body


def unframe(data: bytes) -> bytes:
    """The pickle a file holds, if it is whole: a flipped bit or a byte written wrongly
    (a failing disk, a copy cut short) would otherwise unpickle as another number (a
    float's bytes are any float), shown as the snapshot's. UnpicklingError if not."""
    head = FORMAT + b"\n"
    size = len(_body_digest(b""))
    if not data.startswith(head) or data[len(head) + size : len(head) + size + 1] != b"\n":
        raise pickle.UnpicklingError("not a scores file")
    digest, body = data[len(head) : len(head) + size], data[len(head) + size + 1 :]
    if digest != _body_digest(body):
        raise pickle.UnpicklingError("damaged: its digest does not match")
    return body


def _body_digest(body: bytes) -> bytes:
    return blake2b(body, digest_size=16).hexdigest().encode()


def _prune(folder: Path) -> None:
    """The newest KEPT files stay; so does a file being written (its `.tmp-` name), unless
    it is older than a write can take: a process killed while writing left it."""
    files, stale = [], time.time_ns() - LEFTOVER_AFTER_S * 1_000_000_000
    for entry in os.scandir(folder):
        if not entry.name.endswith(".pickle"):
            continue
        mtime = entry.stat().st_mtime_ns
        if not entry.name.startswith(".tmp-"):
            files.append((mtime, entry.path))
        elif mtime < stale:
            Path(entry.path).unlink(missing_ok=True)
    if len(files) <= KEPT:
        return
    files.sort()
    for _mtime, path in files[: len(files) - KEPT]:
        Path(path).unlink(missing_ok=True)


class _Loader(pickle.Unpickler):
    """Unpickles the scoring engine's dataclasses and plain values only."""

    def find_class(self, module: str, name: str) -> Any:
        if module in _ALLOWED_MODULES:
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a scores file")


def form_digest(form: Form) -> bytes:
    """A digest of everything the form says (once per form object): of its pickle, which
    holds all of it (0.6 ms for the bundled form; its repr took 3.7)."""
    return _FORMS.get(
        form, lambda: blake2b(pickle.dumps(form, protocol=5), digest_size=20).digest()
    )


def code_digest() -> bytes:
    """A digest of the code that makes the numbers, and of Python's and numpy's versions
    (once per process)."""
    global _code
    if _code is None:
        parts = [sys.version.encode(), _numpy_version()]
        for name in SCORING_MODULES:
            parts.append(_source(name))
        _code = blake2b(b"\0".join(parts), digest_size=20).digest()
    return _code


def _source(module: str) -> bytes:
    spec = importlib.util.find_spec(module)
    loader = spec.loader if spec is not None else None
    source = None
    get_source = getattr(loader, "get_source", None)
    if get_source is not None:
        try:
            source = get_source(module)
        except (ImportError, OSError):
            source = None
    if source is not None:
        return source.encode("utf-8", "surrogatepass")
    return _executable()  # a bundle: its build stands for the code it holds


def _executable() -> bytes:
    try:
        st = os.stat(sys.executable)
    except OSError:
        return os.urandom(16)  # nothing to go by: never found again
    return f"{sys.executable}:{st.st_size}:{st.st_mtime_ns}".encode()


def _numpy_version() -> bytes:
    """numpy's version file, read without importing numpy (its import is what is saved)."""
    spec = importlib.util.find_spec("numpy")
    for place in (spec.submodule_search_locations or []) if spec is not None else []:
        try:
            return (Path(place) / "version.py").read_bytes()
        except OSError:
            continue
    return _executable()
