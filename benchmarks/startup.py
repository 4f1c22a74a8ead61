"""Start-up: time until the first screen is painted, CSMM Desktop vs a bare PySide6 window.

Budget (issue 9): CSMM Desktop <= 1.5 x the bare window on the same machine.
Usage: python benchmarks/startup.py [--bundle dist/csmm-desktop/csmm-desktop] [--runs 7]
                                    [--variant NAME=DIR ...]
Each run is a fresh process timed from launch to exit (paint, then quit), offscreen.

--variant runs the app from another checkout DIR (a scratch copy with one start-up trick
turned off, say) in the same rounds, so its cost is measured against this checkout's on the
same load: how CONTRIBUTING.md's "Start-up tricks" figures are made.

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
        # in the checkout it runs from: `-m` puts the working folder first on sys.path,
        # before PYTHONPATH, so from this checkout a variant would run this checkout's code
        cwd=env.get("PYTHONPATH") or None,
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


def measure(runs: int = 7, bundle: str | None = None, variants: tuple[str, ...] = ()) -> dict:
    """Medians of `runs` rounds: {command name: [first paint, data shown (the app only)]}
    in seconds, and "bare" (the bare window's first paint), "round" (each command's median
    of its round's own ratio to the bare window), "rounds" (every round's moments).
    `variants` ("NAME=DIR"): the app also from the checkout DIR, in the same rounds."""
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
    envs = {name: env for name in commands}
    for variant in variants:
        name, _, folder = variant.partition("=")
        commands[name] = commands["csmm-desktop (venv)"]
        envs[name] = dict(env, PYTHONPATH=str(Path(folder).resolve()))
    if bundle:
        commands["csmm-desktop (bundle)"] = [bundle, "--data-dir", data, "--smoke"]
        envs["csmm-desktop (bundle)"] = env
    for name, cmd in commands.items():
        timed(cmd, envs[name])  # warm the file cache (and write the app's bytecode)
    # Rounds take each command in turn, so a change in the machine's load between them
    # weighs on all alike; a round's ratios compare runs made moments apart.
    rounds: dict[str, list[list[float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            rounds[name].append(timed(cmd, envs[name]))
    bare_runs = [r[0] for r in rounds["bare PySide6 window"]]
    out: dict = {"bare": statistics.median(bare_runs), "medians": {}, "round": {}}
    out["rounds"] = rounds
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
    parser.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=DIR",
        help="also time the app from the checkout DIR, in the same rounds",
    )
    args = parser.parse_args()
    result = measure(args.runs, args.bundle, tuple(args.variant))
    bare, rounds = result["bare"], result["rounds"]
    print("from launch to: first paint of the window (and, for the app, its data shown)")
    print(f"medians of {args.runs} rounds; 'round' is the median of each round's own ratio")
    for name, medians in result["medians"].items():
        text = "   ".join(f"{m * 1000:5.0f} ms (x{m / bare:.2f})" for m in medians)
        line = f"{name:24s} {text}   round x{result['round'][name]:.2f}"
        if name not in ("bare PySide6 window", "csmm-desktop (venv)"):
            # a variant against this checkout, round by round: what its change costs
            app = rounds["csmm-desktop (venv)"]
            moments = rounds[name]
            diff = statistics.median(r[0] - a[0] for r, a in zip(moments, app, strict=True))
            line += f"   paint vs this checkout {diff * 1000:+.0f} ms (round median)"
        print(line)


if __name__ == "__main__":
    main()
