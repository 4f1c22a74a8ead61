"""The demo's start as users run it: its data shown without sqlite-utils or numpy once the
scores of the last start are kept (issue 18), with the very numbers the engine gives."""

from pathlib import Path

from csmm_desktop.services import assessment
from tests.probe import run_python

# run_gui --smoke, telling at the moment the data is shown what was imported and what the
# snapshot table says
PROBE = """
import gc, sys
from csmm_desktop import app
from csmm_desktop.views import startup

opened = startup.StartupFlow._opened

def probe(self, path):
    opened(self, path)
    table = self.window.panel.snapshot_model
    scores = [table.data(table.index(row, 3)) for row in range(table.rowCount())]
    heavy = [m for m in ("sqlite_utils", "numpy", "matplotlib") if m in sys.modules]
    print("heavy:", heavy, "scores:", scores, flush=True)
    print("collecting garbage while the data is shown:", gc.isenabled(), flush=True)
    self.window.panel.when_painted(lambda: print("after its paint:", gc.isenabled()))

startup.StartupFlow._opened = probe
code = app.run_gui(sys.argv[1], smoke=True)
print("after run_gui:", gc.isenabled())
sys.exit(code)
"""


def _start(folder: Path) -> str:
    result = run_python(PROBE, folder, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # no garbage collection while the start shows the data (app.run_gui), on again after
    start = lines.index("collecting garbage while the data is shown: False")
    after = [line for line in lines[start + 1 :] if not line.startswith("smoke ok")]
    assert after == ["after its paint: True", "after run_gui: True"], lines
    return next(line for line in lines if line.startswith("heavy:"))


def test_the_second_start_shows_the_kept_scores_without_the_heavy_imports(demo_db, data_dir):
    shown = [
        assessment.snapshot_scores(demo_db, sid).overall
        for (sid,) in demo_db.execute("SELECT id FROM snapshots ORDER BY date, rowid")
    ]
    demo_db.close()
    for kept in (data_dir / "cache").glob("scores/*.pickle"):
        kept.unlink()  # as after the demo is made: nothing scored yet
    first = _start(data_dir)
    assert first.startswith("heavy: ['numpy'] scores:"), first  # scored, on the UI thread
    second = _start(data_dir)
    assert second.startswith("heavy: [] scores:"), second
    assert first.split("scores:")[1] == second.split("scores:")[1]
    assert len(list((data_dir / "cache").glob("scores/*.pickle"))) == 4
    cells = second.split("scores:")[1]
    for value in shown:  # the engine's own numbers, as the table writes them
        assert f"'{value:.1f}'" in cells, (value, cells)
