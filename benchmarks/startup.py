"""Start-up: time until the first screen is painted, CSMM Desktop vs a bare PySide6 window.

Budget (issue 9): CSMM Desktop <= 1.5 x the bare window on the same machine.
Usage: python benchmarks/startup.py [--bundle dist/csmm-desktop/csmm-desktop] [--runs 7]
Each run is a fresh process timed from launch to exit (paint, then quit), offscreen.

The app runs as users run it, from compiled bytecode: pip compiles an installed wheel and the
bundle ships .pyc files. PYTHONDONTWRITEBYTECODE is therefore dropped for the runs (the warm-up
run writes the app's __pycache__); with it set, every run would compile the sources again.
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
screen = app.primaryScreen().availableGeometry()  # the size the app's first start takes
window.resize(min(1280, screen.width() - 40), min(800, screen.height() - 40))
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


def measure(runs: int = 7, bundle: str | None = None) -> dict:
    """Medians of `runs` rounds: {command name: [first paint, data shown (the app only)]}
    in seconds, and "bare" (the bare window's first paint), "round" (each command's median
    of its round's own ratio to the bare window)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    if bundle:
        commands["csmm-desktop (bundle)"] = [bundle, "--data-dir", data, "--smoke"]
    for cmd in commands.values():
        timed(cmd, env)  # warm the file cache (and write the app's bytecode)
    # Rounds take each command in turn, so a change in the machine's load between them
    # weighs on all alike; a round's ratios compare runs made moments apart.
    rounds: dict[str, list[list[float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            rounds[name].append(timed(cmd, env))
    bare_runs = [r[0] for r in rounds["bare PySide6 window"]]
    out: dict = {"bare": statistics.median(bare_runs), "medians": {}, "round": {}}
    for name, moments in rounds.items():
        out["medians"][name] = [
            statistics.median(r[i] for r in moments) for i in range(len(moments[0]))
        ]
        out["round"][name] = statistics.median(
            r[0] / b for r, b in zip(moments, bare_runs, strict=True)
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", help="path of the built executable")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    result = measure(args.runs, args.bundle)
    bare = result["bare"]
    print("from launch to: first paint of the window (and, for the app, its data shown)")
    print(f"medians of {args.runs} rounds; 'round' is the median of each round's own ratio")
    for name, medians in result["medians"].items():
        text = "   ".join(f"{m * 1000:5.0f} ms (x{m / bare:.2f})" for m in medians)
        print(f"{name:24s} {text}   round x{result['round'][name]:.2f}")


if __name__ == "__main__":
    main()
