"""kill -9 in the middle of large writes: nothing committed is lost, nothing half-done."""

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from csmm_desktop.store import check_readable, open_store

ROOT = Path(__file__).resolve().parents[2]
ROWS = 5000

CHILD = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(ROOT)!r})
    from pathlib import Path
    from csmm_desktop.store import open_store
    db = open_store(Path(sys.argv[1]))
    batch = db.execute("SELECT count(*) FROM clients").fetchone()[0]
    while True:
        with db.atomic():
            db["clients"].insert({{"id": f"c{{batch}}", "name": f"batch {{batch}}",
                                  "created_at": "t", "updated_at": "t"}})
            db["snapshots"].insert({{"id": f"s{{batch}}", "client_id": f"c{{batch}}",
                "stage": "initial", "date": "2026-01-01", "form_version": "1.0",
                "created_at": "t", "updated_at": "t"}})
            key = db["respondents"].insert({{"id": f"r{{batch}}", "snapshot_id": f"s{{batch}}",
                "role": "client", "created_at": "t", "updated_at": "t"}}).last_rowid
            for i in range({ROWS}):
                db.execute("INSERT INTO answers VALUES (?, ?, ?, ?)",
                           [key, f"q{{i}}", str(i % 5 + 1), 0])
        print("committed", batch, flush=True)
        batch += 1
""")


def test_kill_9_during_writes_leaves_whole_batches(tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(CHILD)
    data = tmp_path / "data"
    rng = random.Random(7)
    committed = -1
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(data)], stdout=subprocess.PIPE, text=True
        )
        target = committed + 2 + rng.randint(0, 2)
        for line in proc.stdout:
            committed = max(committed, int(line.split()[1]))
            if committed >= target:
                break
        assert proc.poll() is None, "the writer stopped by itself"
        os.kill(proc.pid, signal.SIGKILL)  # somewhere inside the next batch
        proc.wait()
        proc.stdout.close()

        check_readable(data / "csmm.sqlite")
        db = open_store(data)
        counts = dict(
            db.execute(
                "SELECT r.id, count(*) FROM answers a JOIN respondents r "
                "ON r.key = a.respondent_key GROUP BY r.id"
            ).fetchall()
        )
        clients = db.execute("SELECT count(*) FROM clients").fetchone()[0]
        db.close()
        # every batch that said "committed" is there, and each batch is all or nothing
        assert all(f"r{b}" in counts for b in range(committed + 1))
        assert set(counts.values()) == {ROWS}
        assert clients == len(counts)
        committed = clients - 1  # the next run continues after what is stored
