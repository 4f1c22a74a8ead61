"""A bundle import killed (kill -9) just before it commits leaves nothing half-merged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from csmm_desktop.config import db_path
from csmm_desktop.services import bundle
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import check_readable, open_store
from tests.conftest import open_copy
from tests.unit.bundle_tools import dump

ROOT = Path(__file__).resolve().parents[2]


def test_kill_during_import_leaves_nothing(tmp_path, demo_template):
    source = open_copy(demo_template, tmp_path / "a")
    out = bundle.export_bundle(source, DEMO_CLIENT_ID, tmp_path / "demo.csmm").path
    source.close()
    target = tmp_path / "b"
    db = open_store(target)
    before = dump(db)
    db.close()

    marker = tmp_path / "paused"
    env = {**os.environ, bundle.PAUSE_ENV: str(marker), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "csmm_desktop", "--data-dir", str(target), "import", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # wait until every row is written inside the transaction (or the import ended)
        deadline = time.monotonic() + 50
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), proc.communicate(timeout=5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    check_readable(db_path(target), full=True)
    db = open_store(target)
    try:
        assert dump(db) == before
    finally:
        db.close()
