"""Failures leave a trace: the log file in the data folder, and a command line that tells
its user one line while the traceback goes to the log."""

import errno
import logging
import sqlite3

import pytest

from csmm_desktop import logs
from csmm_desktop.cli import main
from csmm_desktop.config import db_path
from csmm_desktop.services import clients


@pytest.fixture(autouse=True)
def _own_log():
    """Each test sets the log up itself; what it set up goes away after it."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_csmm", False)]:
        root.removeHandler(handler)
        handler.close()


def log_text(data_dir) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    path = logs.log_file(data_dir)
    return path.read_text(encoding="utf-8") if path.exists() else ""


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_log_is_a_file_in_the_data_folder_with_tracebacks(data_dir):
    path = logs.setup(data_dir, what="test")
    assert path == data_dir / "logs" / "csmm.log"
    try:
        raise KeyError("the cause")
    except KeyError:
        logging.getLogger("csmm_desktop.somewhere").exception("it failed")
    text = log_text(data_dir)
    assert "CSMM Desktop" in text and "(test)" in text
    assert "ERROR csmm_desktop.somewhere [MainThread] it failed" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'the cause'" in text
    assert logs.current_file() == path


def test_the_log_rotates_keeping_five_files(data_dir, monkeypatch):
    assert (logs.MAX_BYTES, logs.BACKUP_COUNT) == (1_000_000, 5)
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.setup(data_dir)
    for i in range(200):
        logging.getLogger("csmm_desktop.test").info("line %d %s", i, "x" * 50)
    names = sorted(p.name for p in logs.log_dir(data_dir).iterdir())
    assert names == ["csmm.log"] + [f"csmm.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 2100 for p in logs.log_dir(data_dir).iterdir())
    assert "line 199" in log_text(data_dir)


def test_an_unwritable_log_folder_logs_to_stderr_and_goes_on(data_dir, capsys):
    (data_dir / "logs").write_text("a file where the log folder should be")
    logs.setup(data_dir)
    logging.getLogger("csmm_desktop.test").error("still said")
    err = capsys.readouterr().err
    assert "cannot be written" in err and "still said" in err
    assert logs.current_file() is None
    assert "--- Logging error ---" not in err


def test_the_command_line_logs_nowhere_rather_than_on_its_users_screen(data_dir, capsys):
    (data_dir / "logs").write_text("not a folder")
    db_path(data_dir).write_bytes(b"garbage" * 100)
    code, _, err = cli(capsys, data_dir, "clients")
    assert code == 3 and len(err.splitlines()) == 1 and "Traceback" not in err


def test_a_command_that_fails_on_nothing_leaves_nothing_behind(tmp_path, capsys):
    folder = tmp_path / "never-made"
    assert cli(capsys, folder, "form", "--json")[0] == 0
    assert not folder.exists()


def test_a_store_failure_is_one_line_exit_3_and_its_traceback_is_in_the_log(data_dir, capsys):
    path = db_path(data_dir)
    path.write_bytes(b"garbage" * 100)
    code, out, err = cli(capsys, data_dir, "clients")
    assert (code, out) == (3, "")
    assert err.count("\n") == 1 and err.startswith("csmm-desktop: The file ")
    text = log_text(data_dir)
    assert "clients failed" in text and "NotOurFileError" in text and "Traceback" in text
    assert path.read_bytes() == b"garbage" * 100


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        (sqlite3.OperationalError("disk I/O error"), 3, "could not be written or read"),
        (sqlite3.OperationalError("database or disk is full"), 3, "is full"),
        (sqlite3.OperationalError("database is locked"), 3, "The data is busy"),
        (sqlite3.DatabaseError("database disk image is malformed"), 3, "is damaged"),
        (PermissionError(errno.EACCES, "Permission denied", "{data}/csmm.sqlite"), 3, "may not"),
        (OSError(errno.EROFS, "Read-only file system", "{data}/backups"), 3, "read-only"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "/no/x.csv"), 1, None),
        (RuntimeError("a bug"), 1, "Something went wrong inside CSMM Desktop"),
    ],
)
def test_what_sqlite_and_the_os_raise_is_one_line(
    data_dir, capsys, monkeypatch, raised, code, said
):
    if isinstance(raised, OSError) and raised.filename:
        raised.filename = raised.filename.replace("{data}", str(data_dir))
    cli(capsys, data_dir, "new-client", "Acme")

    def fail(*args, **kwargs):
        raise raised

    monkeypatch.setattr(clients, "list_clients", fail)
    status, out, err = cli(capsys, data_dir, "clients")
    assert (status, out) == (code, "")
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert said is None or said in err, err
    if said is None:
        assert err == "csmm-desktop: /no/x.csv: No such file or directory\n"
    if isinstance(raised, RuntimeError):
        assert str(logs.log_dir(data_dir)) in err
    text = log_text(data_dir)
    assert "clients failed" in text and f"{type(raised).__name__}: " in text
    assert "in fail\n    raise raised" in text  # the whole traceback


def test_refused_input_is_exit_1_and_logged_without_alarm(data_dir, capsys):
    code, _, err = cli(capsys, data_dir, "snapshots", "nope")
    assert code == 1 and err == "csmm-desktop: No client with id 'nope'.\n"
    assert "WARNING csmm_desktop.cli [MainThread] snapshots failed" in log_text(data_dir)
