"""Files the app writes for the user (reports, templates, chart images, exports): the one
seam that decides whether a target may be written, and writes it whole or not at all.

A target is refused when it is the data file or anything in the data folder, when it is
not a plain file (a folder, a symbolic link, a device, a pipe), or when it exists and is
not a file of the same kind (a .pdf name over a spreadsheet). The file is written to a
hidden temporary file next to the target, synced, and renamed over it, keeping the mode
of the file it replaces. The temporary file is registered in the data folder while it
exists, so one that a kill left behind is removed at the next start (`clean_inflight`).

The names the app proposes for those files come from here too (`file_name`): in the
chosen language, parts joined by an en dash, no underscores, nothing Windows refuses.

No Qt here: the command line and the windows use the same rules.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from csmm_desktop.domain import dates
from csmm_desktop.domain.levels import STAGE_KEYS, stage_label
from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, UserError, catalogue, message

PARTIAL = ".partial"
INFLIGHT_DIR = ".inflight"


class OutputError(UserError):
    """A file the user asked for cannot be written there; nothing was written."""


MESSAGES = catalogue(
    {
        "output.kind.data": QT_TRANSLATE_NOOP("Messages", "CSMM Desktop data"),
        "output.kind.bundle": QT_TRANSLATE_NOOP("Messages", "CSMM Desktop client bundle"),
    }
)


@dataclass(frozen=True)
class Kind:
    name: str | Message  # shown to the user: "PDF", "Excel"...
    suffixes: tuple[str, ...]
    looks_like: Callable[[bytes], bool]  # the first bytes of an existing file


def _text(head: bytes) -> bool:
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return not head.startswith((b"%PDF", b"PK\x03\x04", b"SQLite format 3", b"\x89PNG"))


KINDS: dict[str, Kind] = {
    "pdf": Kind("PDF", (".pdf",), lambda h: h.startswith(b"%PDF-")),
    "xlsx": Kind("Excel", (".xlsx",), lambda h: h.startswith(b"PK\x03\x04")),
    "pptx": Kind("PowerPoint", (".pptx",), lambda h: h.startswith(b"PK\x03\x04")),
    "csv": Kind("CSV", (".csv", ".txt", ".tsv"), _text),
    "png": Kind("PNG", (".png",), lambda h: h.startswith(b"\x89PNG\r\n\x1a\n")),
    "svg": Kind("SVG", (".svg",), lambda h: _text(h) and (b"<svg" in h or b"<?xml" in h)),
    "sqlite": Kind(
        message("output.kind.data"), (".sqlite",), lambda h: h.startswith(b"SQLite format 3\x00")
    ),
    "csmm": Kind(
        message("output.kind.bundle"), (".csmm",), lambda h: h.startswith((b"PK\x03\x04", b"CSMM"))
    ),
}


# --- the names the app proposes -------------------------------------------------------

SEPARATOR = " – "  # between a name's parts: "Yıldız Bankası – Başlangıç – 12.01.2026.pdf"
NAME_MAX = 120  # characters before the suffix: paths on Windows stay short
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')  # what Windows refuses in a file name
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}
# the words a name uses, in each language (the file's, not always the app's)
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "progress": "Progress report",
        "action-plan": "Action plan",
        "blank-form": "Blank forms",
        "template": "Response template",
        "board": "Board meeting",
        "chart": "Chart",
        "kpi_trend": "KPI trend",
        "pareto": "Contact reasons",
        "nps_trend": "NPS trend",
        "data": "CSMM data",
        "rescued": "rescued",
    },
    "tr": {
        "progress": "Gelişim raporu",
        "action-plan": "Aksiyon planı",
        "blank-form": "Boş formlar",
        "template": "Yanıt şablonu",
        "board": "Kurul toplantısı",
        "chart": "Grafik",
        "kpi_trend": "KPI eğilimi",
        "pareto": "Temas nedenleri",
        "nps_trend": "NPS eğilimi",
        "data": "CSMM verileri",
        "rescued": "kurtarılan",
    },
}


def word(key: str, lang: str) -> str:
    """A word for a file name in `lang` ("" for one it has none for, e.g. "snapshot")."""
    return WORDS.get(lang, WORDS["en"]).get(key, "")


def _clean_part(text: str) -> str:
    text = _ILLEGAL.sub(" ", str(text))
    text = re.sub(r"_+", " ", text)  # no underscore runs: "Acme_Ltd" is "Acme Ltd"
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .-–")


def file_name(parts: list[str] | tuple[str, ...], suffix: str, fallback: str = "CSMM") -> str:
    """The file name to propose: the non-empty `parts` cleaned (characters Windows refuses,
    underscores and runs of spaces gone) and joined by an en dash, cut to NAME_MAX
    characters, then `suffix` (".pdf"). A name Windows reserves (CON, NUL...) gets a
    part more; no parts at all give `fallback`."""
    cleaned = [part for part in (_clean_part(p) for p in parts if p) if part]
    stem = SEPARATOR.join(cleaned) or _clean_part(fallback) or "CSMM"
    if len(stem) > NAME_MAX:
        stem = stem[:NAME_MAX].rstrip(" .-–")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"{stem}{SEPARATOR}CSMM"
    return stem + suffix


def snapshot_file_name(
    client: str, stage: str, iso_date: str, lang: str, suffix: str, *more: str
) -> str:
    """A file about one snapshot: "Yıldız Bankası – Başlangıç – 12.01.2026.pdf",
    "Yildiz Bank – Initial – 12 Jan 2026.pdf"; `more` parts after the date."""
    stage_text = stage_label(stage, lang) if stage in STAGE_KEYS else stage
    day = dates.day(iso_date, lang) if iso_date else ""
    return file_name([client, stage_text, day, *more], suffix)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def check_target(path: str | os.PathLike, kind: str, data_dir: Path | None = None) -> Path:
    """The absolute target, if a file of `kind` may be written there; else OutputError."""
    spec = KINDS[kind]
    target = Path(os.path.abspath(os.fspath(path)))
    folder = target.parent
    if data_dir is not None:
        data = Path(os.path.abspath(data_dir))
        real_data = data.resolve()
        if _inside(target, data) or _inside(target.resolve(), real_data):
            raise OutputError(message("output.is_data", path=target, folder=data))
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(
            message("output.cannot_write", path=target, detail=exc.strerror or exc)
        ) from exc
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(message("output.not_regular", path=target))
        if data_dir is not None and _same_as_data_file(target, Path(data_dir)):
            raise OutputError(message("output.is_data", path=target, folder=data_dir))
        if st.st_size:
            try:
                with open(target, "rb") as fh:
                    head = fh.read(512)
            except OSError as exc:
                raise OutputError(
                    message("output.cannot_write", path=target, detail=exc.strerror or exc)
                ) from exc
            if not spec.looks_like(head):
                raise OutputError(message("output.not_same_kind", path=target, kind=spec.name))
    if not folder.is_dir():
        raise OutputError(message("output.no_folder", folder=folder))
    return target


def data_dir_of(db: object) -> Path | None:
    """The data folder of an open store (a Store knows its file)."""
    path = getattr(db, "path", None)
    return Path(path).parent if path else None


def _same_as_data_file(target: Path, data_dir: Path) -> bool:
    """A hard link to the data file elsewhere is still the data file."""
    from csmm_desktop.config import db_path

    with contextlib.suppress(OSError):
        return os.path.samefile(target, db_path(data_dir))
    return False


@contextlib.contextmanager
def atomic_output(
    path: str | os.PathLike, kind: str, data_dir: Path | None = None
) -> Generator[Path, None, None]:
    """Yields a temporary path to write the whole file to; on success it replaces the
    target (checked again just before), on any failure it is removed."""
    target = check_target(path, kind, data_dir)
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=PARTIAL)
    except OSError as exc:
        raise OutputError(
            message("output.cannot_write", path=target, detail=exc.strerror or exc)
        ) from exc
    os.close(fd)
    temp = Path(name)
    entry = _register(temp, data_dir)
    try:
        yield temp
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        check_target(target, kind, data_dir)  # nothing swapped in meanwhile
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(
            message("output.cannot_write", path=target, detail=exc.strerror or exc)
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        if entry is not None:
            entry.unlink(missing_ok=True)


def write_bytes(
    path: str | os.PathLike, data: bytes, kind: str, data_dir: Path | None = None
) -> Path:
    """Write `data` as the file `path` (whole or not at all); returns the target."""
    with atomic_output(path, kind, data_dir) as temp:
        temp.write_bytes(data)
    return Path(os.path.abspath(os.fspath(path)))


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)  # keep the mode of what it replaces
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _register(temp: Path, data_dir: Path | None) -> Path | None:
    if data_dir is None:
        return None
    import uuid  # here: uuid pulls in `platform` (~3.5 ms), which the start does not need

    folder = Path(data_dir) / INFLIGHT_DIR
    entry = folder / f"{uuid.uuid4().hex}.path"
    try:
        folder.mkdir(exist_ok=True)
        entry.write_text(f"{os.getpid()}\n{temp}", encoding="utf-8")
    except OSError:
        return None  # not being able to note it must not stop the user's export
    return entry


def clean_inflight(data_dir: Path) -> list[Path]:
    """Remove the temporary files of writes that never finished (a kill, a power cut)."""
    folder = Path(data_dir) / INFLIGHT_DIR
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.glob("*.path"):
        try:
            pid_text, _, name = entry.read_text(encoding="utf-8").partition("\n")
            pid, temp = int(pid_text), Path(name.strip())
        except (OSError, ValueError):
            entry.unlink(missing_ok=True)
            continue
        if pid != os.getpid() and _alive(pid):
            continue  # another process (a command line export) is still writing it
        # only ever our own temporary files: hidden, .partial, named after a target
        if temp.name.startswith(".") and temp.name.endswith(PARTIAL):
            with contextlib.suppress(OSError):
                if temp.is_file() and not temp.is_symlink():
                    temp.unlink()
                    removed.append(temp)
        entry.unlink(missing_ok=True)
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - no cheap check; a kill there is rare
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
