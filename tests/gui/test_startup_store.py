"""The start after the first paint: the store opens on a worker, the data shows, the
start-up backup follows on a worker; nothing leaves the window stuck, and a read-only
folder or a full disk is said as what it is."""

import errno
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from csmm_desktop import app, logs
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import clients
from csmm_desktop.store import backup, open_store
from csmm_desktop.views.main_window import MainWindow
from csmm_desktop.views.startup import StartupFlow
from tests.conftest import open_copy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def start(qtbot, data_dir, settings, modal):
    """The window as app.run_gui builds it, and its start-up (what it would exit with is
    recorded)."""

    def make(**kwargs):
        window = MainWindow(None, data_dir, settings)
        qtbot.addWidget(window)
        window.show()
        flow = StartupFlow(window, data_dir, exit=exits.append, **kwargs)
        return window, flow

    exits: list[int] = []
    make.exits = exits
    yield make
    QThreadPool.globalInstance().waitForDone()  # no worker of this test outlives it
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_csmm", False)]:
        root.removeHandler(handler)
        handler.close()


def with_demo(data_dir, template):
    """The data folder as open_store + add_demo leave it (a copy of the demo store)."""
    open_copy(template, data_dir).close()


def shown(window) -> list[str]:
    model = window.client_model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_the_store_opens_on_a_worker_the_data_shows_then_the_backup(
    qtbot, start, data_dir, demo_template, monkeypatch
):
    with_demo(data_dir, demo_template)
    events = []
    real_open, real_backup = app.open_data_file, backup.auto_backup

    def opening(*args, **kwargs):
        events.append(("open", threading.current_thread() is threading.main_thread()))
        return real_open(*args, **kwargs)

    def backing_up(*args, **kwargs):
        events.append(("backup", threading.current_thread() is threading.main_thread()))
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(app, "open_data_file", opening)
    monkeypatch.setattr(backup, "auto_backup", backing_up)
    window, flow = start()
    real_attach = window.attach_store
    monkeypatch.setattr(
        window, "attach_store", lambda db: (events.append(("shown", True)), real_attach(db))
    )
    assert not window.ui.centralwidget.isEnabled()  # "Opening your data…"
    flow.open()
    qtbot.waitUntil(lambda: flow.backup_made is not None)
    assert events == [("open", False), ("shown", True), ("backup", False)]
    assert shown(window) == ["Yıldız Bankası A.Ş. (demo)"]
    assert window.ui.centralwidget.isEnabled() and window.db_opened is window.db
    assert flow.backup_made in backup.backups(backup_dir(data_dir), "auto")
    assert start.exits == [] and window.statusBar().currentMessage() == ""


def test_an_unclean_end_gets_the_full_check(qtbot, start, data_dir, demo_template, monkeypatch):
    from csmm_desktop.store import db as store_db

    with_demo(data_dir, demo_template)
    checks = []
    real_check = store_db.check_readable
    monkeypatch.setattr(
        store_db,
        "check_readable",
        lambda path, *, full=None, info=None: (
            checks.append(full),
            real_check(path, full=full, info=info),
        )[1],
    )
    window, flow = start(full_check=True)
    flow.open()
    qtbot.waitUntil(lambda: window.db is not None)
    assert checks == [True]


def test_what_a_crash_left_is_removed_and_nothing_else(qtbot, start, data_dir, demo_template):
    with_demo(data_dir, demo_template)
    folder = backup_dir(data_dir)
    folder.mkdir()
    left = [
        folder / "auto-20260101-000000-000000.sqlite.partial",
        folder / "last-auto.json.partial",
        data_dir / "csmm.sqlite.restoring",
        data_dir / "csmm.sqlite.restoring.partial",
        data_dir / "csmm.sqlite.restoring.partial-journal",
    ]
    kept = [data_dir / "notes.partial", data_dir / "csmm.sqlite.restoring-copy"]
    for path in left + kept:
        path.write_bytes(b"half")
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: window.db is not None)
    assert [p for p in left if p.exists()] == []
    assert all(p.read_bytes() == b"half" for p in kept)


def test_a_failed_backup_is_a_notice_and_the_window_goes_on(
    qtbot, start, data_dir, demo_template, monkeypatch
):
    with_demo(data_dir, demo_template)

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "auto_backup", disk_full)
    logs.setup(data_dir)
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: flow.notice != "")
    message = window.statusBar().currentMessage()
    assert message.startswith("The start-up backup could not be made: The disk that holds")
    assert "is full" in message
    assert window.ui.centralwidget.isEnabled() and shown(window)
    assert start.exits == []
    log_text = logs.log_file(data_dir).read_text(encoding="utf-8")
    assert "the start-up backup could not be made" in log_text
    assert "No space left on device" in log_text  # the worker's traceback


def damage(data_dir):
    db = open_store(data_dir)
    clients.create_client(db, "Saved before the damage")
    backup.make_backup(db, backup_dir(data_dir), "auto")
    db.close()
    path = db_path(data_dir)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    path.write_bytes(b"\x00garbage" * 64)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_file_offers_the_newest_backup_and_opens_it(qtbot, start, data_dir, modal):
    before = damage(data_dir)
    modal.answer = True
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: window.db is not None)
    assert "Open the newest backup" in modal.asked[0]
    assert shown(window) == ["Saved before the damage"]
    [kept] = data_dir.glob("csmm.damaged-*.sqlite")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before
    assert str(kept) in modal.informed[0]
    assert start.exits == []


def test_declining_the_backup_leaves_the_app_and_the_file(qtbot, start, data_dir, modal):
    before = damage(data_dir)
    modal.answer = False
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: start.exits == [1])
    assert window.db is None
    assert hashlib.sha256(db_path(data_dir).read_bytes()).hexdigest() == before


@pytest.mark.parametrize("answer", [False, True])
def test_the_icon_is_set_before_a_file_that_cannot_open_is_said(
    qtbot, start, data_dir, modal, answer
):
    """The icon and the fonts wait for the data's first paint: a start that showed no data
    (a damaged file, the backup declined; or the data shown after a restore) set them never
    or only after the dialogs (the app's icon missing from them and from the task bar)."""
    damage(data_dir)
    late: list[tuple[int, int]] = []  # (dialogs asked, warned) when the icon was set
    modal.answer = answer
    window, flow = start(after_data=lambda: late.append((len(modal.asked), len(modal.warned))))
    flow.open()
    if answer:
        qtbot.waitUntil(lambda: window.db is not None)
    else:
        qtbot.waitUntil(lambda: start.exits == [1])
    assert "Open the newest backup" in modal.asked[0]
    assert late == [(0, 0)]  # once, before the first dialog


def test_a_newer_file_is_said_and_the_app_leaves(qtbot, start, data_dir, modal):
    db = open_store(data_dir)
    with db.atomic(), db.writes_allowed():
        db.execute("PRAGMA user_version = 999")
    db.close()
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: start.exits == [1])
    assert modal.asked == [] and "newer CSMM Desktop" in modal.warned[0]


def test_a_broken_install_is_said_not_a_window_stuck_on_opening(
    qtbot, start, data_dir, modal, monkeypatch
):
    window, flow = start()

    def missing(_db):
        raise ModuleNotFoundError("No module named 'csmm_desktop.views.cxboard'")

    monkeypatch.setattr(window, "attach_store", missing)
    flow.open()
    qtbot.waitUntil(lambda: start.exits == [1])
    assert modal.warned[0].startswith(
        "Something went wrong inside CSMM Desktop (ModuleNotFoundError: No module named"
    )
    assert str(logs.log_dir(data_dir)) in modal.warned[0]


def test_help_open_log_folder(qtbot, start, data_dir, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    logs.setup(data_dir)
    window, _flow = start()
    window.ui.actionOpenLogFolder.trigger()
    assert [url.toLocalFile() for url in opened] == [str(logs.log_dir(data_dir))]
    assert logs.log_dir(data_dir).is_dir()


def test_smoke_waits_as_long_as_it_is_told(monkeypatch):
    monkeypatch.delenv(app.SMOKE_LIMIT_ENV, raising=False)
    assert app.smoke_limit() == 180
    monkeypatch.setenv(app.SMOKE_LIMIT_ENV, "600")
    assert app.smoke_limit() == 600
    monkeypatch.setenv(app.SMOKE_LIMIT_ENV, "soon")
    assert app.smoke_limit() == 180


# --- the app as started from the command line -------------------------------------------

SLOW_START = """
import sys, time
from csmm_desktop import app
from csmm_desktop.cli import main
real = app.open_data_file
def slow(*args, **kwargs):  # a big store's check, in short
    time.sleep(float(sys.argv[2]))
    return real(*args, **kwargs)
app.open_data_file = slow
sys.exit(main(["--data-dir", sys.argv[1], "--smoke"]))
"""


def smoke(data_dir, delay="0", limit="", script=SLOW_START, env=None):
    env = {k: v for k, v in (env or os.environ).items() if k != "DISPLAY"}
    if limit:
        env[app.SMOKE_LIMIT_ENV] = limit
    return subprocess.run(
        [sys.executable, "-c", script, str(data_dir), delay],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_smoke_waits_for_data_that_shows_late_and_says_when(data_dir):
    result = smoke(data_dir, delay="1.5", limit="60")
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert result.stdout.startswith("smoke ok: window painted")
    assert int(words[words.index("shown") + 1]) >= 1500


def test_smoke_gives_up_at_its_limit(data_dir):
    result = smoke(data_dir, delay="30", limit="0.5")
    assert result.returncode == 2
    assert "the first screen did not show its data within 0.5 s" in result.stderr


def test_an_unclean_end_is_noticed_and_a_clean_one_leaves_an_empty_lock(data_dir, demo_template):
    with_demo(data_dir, demo_template)
    (data_dir / "csmm.lock").write_text("4242")
    result = smoke(data_dir)
    assert result.returncode == 0, result.stderr
    text = logs.log_file(data_dir).read_text(encoding="utf-8")
    assert "(pid 4242) did not end cleanly" in text and "(full check)" in text
    assert (data_dir / "csmm.lock").read_bytes() == b""


HARD_CRASH = """
import ctypes, sys
from csmm_desktop import app
from csmm_desktop.views import startup
startup.StartupFlow.open = lambda self: ctypes.string_at(0)  # a fault in C, as Qt's can be
sys.exit(app.run_gui(sys.argv[1], smoke=True))
"""


def no_core_dump():
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def test_a_hard_crash_leaves_its_traceback_and_the_next_start_checks_fully(data_dir, demo_template):
    with_demo(data_dir, demo_template)
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    crashed = subprocess.run(
        [sys.executable, "-c", HARD_CRASH, str(data_dir)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        preexec_fn=no_core_dump,
    )
    assert crashed.returncode < 0  # killed by the signal
    faults = (logs.log_dir(data_dir) / logs.FAULTS_FILENAME).read_text(encoding="utf-8")
    assert "Segmentation fault" in faults and "in <lambda>" in faults
    assert (data_dir / "csmm.lock").read_text() != ""
    result = smoke(data_dir)
    assert result.returncode == 0, result.stderr
    text = logs.log_file(data_dir).read_text(encoding="utf-8")
    assert "did not end cleanly" in text and "(full check)" in text


FIRST_PAINT = """
import sys
import PySide6.QtCore as QtCore
from csmm_desktop import app
real = app.FirstPaint
def watched(widget):
    watch = real(widget)
    watch.painted.connect(lambda: print("Qt at first paint:", "Qt" in QtCore.__dict__))
    return watch
app.FirstPaint = watched
sys.exit(app.run_gui(sys.argv[1], smoke=True))
"""


def test_the_real_start_paints_before_naming_the_qt_namespace(data_dir):
    """tests/gui/test_startup.py checks the window; this, what run_gui adds before the
    paint (the log, the crash reporter, the lock, the start-up flow)."""
    result = smoke(data_dir, script=FIRST_PAINT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Qt at first paint: False"


# --- a real read-only medium and a real full disk (a tmpfs in a mount namespace) ---------


def _can_mount() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k none /mnt || exit 1"],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs unshare -m and mount (root)")


def on_tmpfs(tmp_path, then: str) -> dict[str, tuple[int, str, str]]:
    """After a demo store was made on a fresh 4 MB tmpfs at $M, run `then` (sh), whose
    `csmm NAME ARGS…` runs the app; returns each run's (exit status, stdout, stderr)."""
    mount, out = tmp_path / "medium", tmp_path / "out"
    mount.mkdir()
    out.mkdir()
    py = sys.executable
    script = f"""
M={mount}
mount -t tmpfs -o size=4m none "$M" || exit 99
{py} -m csmm_desktop --data-dir "$M/data" demo > /dev/null || exit 98
csmm() {{
    name=$1; shift
    {py} -m csmm_desktop --data-dir "$M/data" "$@" > {out}/$name.out 2> {out}/$name.err
    echo $? > {out}/$name.rc
}}
{then}
"""
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script], cwd=ROOT, env=env, timeout=120, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return {
        rc.stem: (
            int(rc.read_text()),
            rc.with_suffix(".out").read_text(encoding="utf-8"),
            rc.with_suffix(".err").read_text(encoding="utf-8"),
        )
        for rc in out.glob("*.rc")
    }


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


@needs_mount
def test_a_read_only_medium_is_said_as_read_only_never_damaged(tmp_path):
    runs = on_tmpfs(tmp_path, 'mount -o remount,ro "$M"\ncsmm smoke --smoke\ncsmm cli clients')
    said = "csmm-desktop: The data folder {} is read-only".format(tmp_path / "medium" / "data")
    code, _out, err = runs["smoke"]
    assert code == 1 and last_line(err).startswith(said), err
    assert "damaged" not in err
    code, out, err = runs["cli"]
    assert (code, out) == (3, "") and err.startswith(said) and err.count("\n") == 1, err


@needs_mount
def test_a_full_disk_is_said_as_full_never_damaged(tmp_path):
    runs = on_tmpfs(
        tmp_path,
        'dd if=/dev/zero of="$M/filler" bs=4k 2> /dev/null\n'
        "csmm smoke --smoke\ncsmm cli clients\ncsmm write new-client X",
    )
    said = "csmm-desktop: The disk that holds {} is full".format(tmp_path / "medium" / "data")
    code, _out, err = runs["smoke"]
    assert code == 1 and said in err and "damaged" not in err, err
    for name in ("cli", "write"):
        code, out, err = runs[name]
        assert (code, out) == (3, "") and err.startswith(said) and err.count("\n") == 1, err


def _damage_an_index(path):
    import sqlite3

    raw = sqlite3.connect(path)
    raw.isolation_level = None
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX snapshots_client ON snapshots(stage)' "
        "WHERE name = 'snapshots_client'"
    )
    raw.close()


def test_a_big_file_is_fully_checked_after_the_data_shows_and_writes_wait_for_it(
    qtbot, start, data_dir, demo_template, modal, monkeypatch
):
    from csmm_desktop.store import db as store_db
    from csmm_desktop.store.errors import CorruptStoreError, StoreBusyError

    with_demo(data_dir, demo_template)
    monkeypatch.setattr(store_db, "FULL_CHECK_MAX_BYTES", 1000)  # the demo is "big" now
    release = threading.Event()
    real_check = store_db.check_readable

    def slow_full_check(path, *, full=None, info=None):
        if full:
            release.wait(10)
        return real_check(path, full=full, info=info)

    monkeypatch.setattr(store_db, "check_readable", slow_full_check)
    window, flow = start()
    flow.open()
    qtbot.waitUntil(lambda: window.db is not None and shown(window) != [])
    with pytest.raises(StoreBusyError, match="still being checked"):
        clients.create_client(window.db, "Too early")
    release.set()
    qtbot.waitUntil(lambda: window.db.write_block is None and flow.backup_made is not None)
    clients.create_client(window.db, "Now")  # sound: writes go on

    # the same with damage quick_check cannot see: writes stay refused, and it is said
    window.db.close()
    _damage_an_index(db_path(data_dir))
    window2, flow2 = start()
    flow2.open()
    qtbot.waitUntil(lambda: bool(modal.warned), timeout=10000)
    assert "damaged" in modal.warned[0] and "Restore from Backup" in modal.warned[0]
    with pytest.raises(CorruptStoreError):
        clients.create_client(window2.db, "Into damage")
    window2.db.close()
