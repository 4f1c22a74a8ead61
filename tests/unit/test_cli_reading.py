"""The command line's reading commands read a current store on a read-only connection,
without sqlite-utils; anything else takes the full way (store/reader.py)."""

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csmm_desktop.cli import main, reading_args
from csmm_desktop.config import db_path
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.store import connect, migrations, open_store
from csmm_desktop.store.reader import open_reader
from tests.conftest import open_copy

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_dir(data_dir, demo_template):
    db = open_copy(demo_template, data_dir)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return data_dir


def test_clients_reads_without_sqlite_utils_and_writes_nothing(demo_dir):
    before = digest(db_path(demo_dir))
    probe = (
        "import sys\n"
        "from csmm_desktop.cli import main\n"
        f"code = main(['--data-dir', {str(demo_dir)!r}, 'clients'])\n"
        "print('heavy:', sorted(m for m in ('sqlite_utils', 'numpy', 'logging.handlers')"
        " if m in sys.modules), code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == f"{demo.DEMO_CLIENT_ID}\tYıldız Bankası A.Ş. (demo)"
    assert lines[-1] == "heavy: [] 0"
    assert digest(db_path(demo_dir)) == before
    assert not (demo_dir / "logs").exists()  # nothing logged: no log file made


def test_an_older_store_takes_the_full_way_and_is_migrated(capsys, data_dir):
    old = connect(db_path(data_dir), create=True)
    migrations.migrate(old, target=1)
    old["clients"].insert({"id": "c1", "name": "Eski", "created_at": "x", "updated_at": "x"})
    old.close()
    assert open_reader(data_dir) is None
    assert main(["--data-dir", str(data_dir), "clients"]) == 0
    assert capsys.readouterr().out == "c1\tEski\n"
    assert open_reader(data_dir) is not None  # migrated: the next read is the light one


def test_a_missing_store_is_made_the_full_way(capsys, tmp_path):
    folder = tmp_path / "new"
    assert open_reader(folder) is None
    assert main(["--data-dir", str(folder), "clients"]) == 0
    assert capsys.readouterr().out == ""
    assert open_reader(folder) is not None


def test_scores_read_lightly_are_the_stores_scores(capsys, demo_dir):
    db = open_store(demo_dir)
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    expected = {s.id: assessment.snapshot_scores(db, s.id).to_json() for s in snaps}
    db.close()
    shutil.rmtree(demo_dir / "cache")  # the window's score cache (services/score_cache.py)
    for snap_id, numbers in expected.items():
        assert main(["--data-dir", str(demo_dir), "scores", snap_id, "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(numbers))
    assert not (demo_dir / "cache").exists()  # a reading command writes nothing there


def test_a_read_that_fails_is_one_line_and_logged(capsys, demo_dir):
    assert main(["--data-dir", str(demo_dir), "snapshots", "nothing-like-it"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    log = (demo_dir / "logs" / "csmm.log").read_text(encoding="utf-8")
    assert "snapshots failed" in log and "Traceback" in log


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["clients"], (None, "en")),
        (["--data-dir", "/x", "clients"], ("/x", "en")),
        (["--data-dir=/x", "--lang", "tr", "clients"], ("/x", "tr")),
        (["clients", "--lang=tr"], (None, "tr")),
        (["clients", "extra"], None),
        (["--lang", "de", "clients"], None),
        (["--data-dir", "clients"], None),
        (["--data-dir=", "clients"], None),
        (["--help"], None),
        (["snapshots", "x"], None),
    ],
)
def test_the_small_command_is_read_without_argparse_only_when_plain(argv, expected):
    args = reading_args(argv)
    if expected is None:
        assert args is None
    else:
        assert (args.command, args.data_dir, args.ui_lang) == ("clients", *expected)
