"""Start-up: time until the first screen is painted, CSMM Desktop vs a bare PySide6 window.

Budget (issue 9): CSMM Desktop <= 1.5 x the bare window on the same machine.
Usage: python benchmarks/startup.py [--bundle dist/csmm-desktop/csmm-desktop] [--runs 7]
Each run is a fresh process timed from launch to exit (paint, then quit), offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 780)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
def painted():
    with open(os.environ["CSMM_TIMINGS_FILE"], "a") as fh:
        fh.write(f"{time.time():.6f}\\n")
    app.quit()
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from launch to each moment the process logged (window painted, data shown)."""
    fd, name = tempfile.mkstemp()
    os.close(fd)
    log = Path(name)
    start = time.time()
    subprocess.run(
        cmd,
        check=True,
        timeout=60,
        env=dict(env, CSMM_TIMINGS_FILE=str(log)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    moments = [float(x) - start for x in log.read_text().split()]
    log.unlink()
    return moments


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", help="path of the built executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    data = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "csmm_desktop", "--data-dir", data, "demo"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "csmm-desktop (venv)": [
            sys.executable,
            "-m",
            "csmm_desktop",
            "--data-dir",
            data,
            "--smoke",
        ],
    }
    if args.bundle:
        commands["csmm-desktop (bundle)"] = [args.bundle, "--data-dir", data, "--smoke"]
    results = {}
    for name, cmd in commands.items():
        timed(cmd, env)  # warm the file cache
        runs = [timed(cmd, env) for _ in range(args.runs)]
        results[name] = [statistics.median(r[i] for r in runs) for i in range(len(runs[0]))]
    bare = results["bare PySide6 window"][0]
    print("from launch to: first paint of the window (and, for the app, its data shown)")
    for name, moments in results.items():
        text = "   ".join(f"{m * 1000:5.0f} ms (x{m / bare:.2f})" for m in moments)
        print(f"{name:24s} {text}")


if __name__ == "__main__":
    main()
