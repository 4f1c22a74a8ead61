"""Does the window keep answering with a big snapshot? An event-loop latency probe (issue 18).

A 10 ms timer on the UI thread notes how late each tick comes: a tick late by 300 ms means
the UI thread could not paint, type or click for 300 ms. The real app (app.run_gui, as a
user starts it, offscreen) opens a store whose client has one snapshot of N respondents
(tests/big_store.py) besides a small one, and goes through:

  launch      from the QApplication until the window is on screen (its imports and build:
              no window to freeze yet; the start-up benchmark measures it as first paint)
  start       from the window on screen until the big snapshot's respondents are listed
              ("data shown", seconds from the process's launch)
  selection   the small snapshot selected, then the big one again until listed
  dashboard   the Dashboard tab shown, then a second to settle
  tabs        every other tab of the client shown in turn, then back to the snapshots

For each phase: the longest block (max lateness of a tick) and the 99th percentile, in ms.
The baseline is a bare PySide6 window running the same probe for as long (what this machine
and Python cost anyway), each round running the bare window and then the app, one after the
other, so a change in the machine's load weighs on both.

Goal (issue 18): no block > 100 ms in any phase; data shown <= 2 s for 20,000 respondents,
<= 6 s for 100,000.

With --blocks, every callback the event loop makes into Python on the UI thread is timed,
and those over 30 ms are printed for each phase (what to fix next; the tracing itself
slows the app, so the table's numbers of such a run are not the ones to quote).

Usage: python benchmarks/latency.py [--sizes 20000 100000] [--runs 3] [--blocks]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# --- the probe (in the child processes) --------------------------------------------------


class Probe:
    """A 10 ms timer noting each tick's lateness under the phase it falls in."""

    def __init__(self, interval_ms: int = 10):
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.phase = "launch"
        self.late: dict[str, list[float]] = {}
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.setdefault(self.phase, []).append(max(0.0, now - self.last - self.interval))
        self.last = now

    def enter(self, phase: str) -> None:
        self._tick()  # what was late so far belongs to the phase before
        self.phase = phase

    def summary(self) -> dict[str, dict[str, float]]:
        out = {}
        for phase, late in self.late.items():
            ordered = sorted(late)
            p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
            out[phase] = {"max_ms": ordered[-1] * 1000, "p99_ms": p99 * 1000, "ticks": len(late)}
        return out


class Watchdog:
    """--blocks: times every Python callback the event loop makes on the UI thread (a slot,
    a timer, an event handler: a call whose caller is the frame running app.exec()), and
    keeps those over 30 ms with the phase they fell in. A block the probe saw that no
    callback explains was Qt's own work (layout, painting) or code before the loop."""

    def __init__(self, probe: Probe, over_s: float = 0.03):
        self.probe, self.over_s = probe, over_s
        self.loop_frame = None
        self.open: dict[int, tuple[float, str]] = {}
        self.slow: list[tuple[str, float, str]] = []
        sys.setprofile(self._event)

    def _event(self, frame, event, arg) -> None:
        if event not in ("call", "return"):
            return
        if self.loop_frame is None:
            if frame.f_code.co_name == "run_gui" and event == "call":
                self.loop_frame = frame
            return
        if frame.f_back is not self.loop_frame:
            return
        key = id(frame)
        if event == "call":
            code = frame.f_code
            where = f"{Path(code.co_filename).name}:{code.co_firstlineno} {code.co_qualname}"
            self.open[key] = (time.perf_counter(), where)
        elif key in self.open:
            began, where = self.open.pop(key)
            took = time.perf_counter() - began
            if took >= self.over_s:
                self.slow.append((self.probe.phase, took * 1000, where))

    def summary(self, top: int = 12) -> dict[str, list[tuple[str, int]]]:
        sys.setprofile(None)
        out: dict[str, list[tuple[str, int]]] = {}
        for phase, ms, where in sorted(self.slow, key=lambda s: -s[1]):
            if len(out.setdefault(phase, [])) < top:
                out[phase].append((where, round(ms)))
        return out


def _steps(run, probe, done):
    """Run `steps` one after another on the event loop: each is (phase, action, ready),
    the next starting when `ready()` is true (polled every 20 ms)."""
    from PySide6.QtCore import QTimer

    pending = list(run)
    poll = QTimer()
    poll.setInterval(20)
    state = {"ready": None}

    def next_step():
        ready = state["ready"]
        if ready is not None and not ready():
            return
        if not pending:
            poll.stop()
            done()
            return
        phase, action, ready = pending.pop(0)
        probe.enter(phase)
        action()
        state["ready"] = ready

    poll.timeout.connect(next_step)
    poll.start()
    return poll


def child_app(folder: str, n: int, blocks: bool = False) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    probe = Probe()
    watchdog = Watchdog(probe) if blocks else None
    result: dict = {"n": n}
    window = {}

    def main_window():
        from csmm_desktop.views.main_window import MainWindow

        if "w" not in window:
            found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
            if found:
                window["w"] = found[0]
        return window.get("w")

    def listed() -> bool:
        w = main_window()
        panel = getattr(w, "panel", None) if w is not None else None
        if panel is None or panel.loading is not None:
            return False
        return panel.respondent_model.rowCount() == n

    def mark_shown() -> bool:
        if listed():
            result.setdefault("data_shown_s", time.perf_counter() - T0)
            return True
        return False

    def select(row: int):
        return lambda: main_window().panel.ui.snapshotTable.selectRow(row)

    def show_tab(index: int):
        return lambda: main_window().panel.ui.tabs.setCurrentIndex(index)

    def settle(seconds: float):
        until = {}

        def ready() -> bool:
            until.setdefault("t", time.perf_counter() + seconds)
            return time.perf_counter() >= until["t"]

        return ready

    def on_screen() -> bool:
        w = main_window()
        return w is not None and w.isVisible()

    steps = [("launch", lambda: None, on_screen), ("start", lambda: None, mark_shown)]
    steps += [("selection", select(0), settle(0.5)), ("selection", select(1), listed)]

    def later_steps():
        tabs = main_window().panel.ui.tabs
        out = [("dashboard", show_tab(1), settle(1.0))]
        out += [("tabs", show_tab(i), settle(0.3)) for i in range(2, tabs.count())]
        out += [("tabs", show_tab(0), settle(0.3))]
        return out

    def finish():
        result["phases"] = probe.summary()
        if watchdog is not None:
            result["blocks"] = watchdog.summary()
        print("RESULT " + json.dumps(result), flush=True)
        app.quit()

    def after_first():
        extra = later_steps()
        holder.append(_steps(extra, probe, finish))

    holder = [_steps(steps, probe, after_first)]
    from csmm_desktop.app import run_gui

    run_gui(folder)


def child_bare(seconds: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    probe = Probe()
    probe.phase = "launch"
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    result: dict = {}

    def painted():
        result["first_paint_s"] = time.perf_counter() - T0

    QTimer.singleShot(0, painted)

    def finish():
        result["phases"] = probe.summary()
        print("RESULT " + json.dumps(result), flush=True)
        app.quit()

    QTimer.singleShot(int(seconds * 1000), finish)
    app.exec()


# --- the runs (in the parent) ------------------------------------------------------------


def make_store(n: int) -> str:
    from PySide6.QtCore import QSettings

    from csmm_desktop.config import settings_path
    from csmm_desktop.services import assessment, clients
    from csmm_desktop.store import open_store
    from tests.big_store import add_big_snapshot

    folder = tempfile.mkdtemp(prefix=f"csmm-latency-{n}-")
    db = open_store(Path(folder))
    big = add_big_snapshot(db, n)
    client_id = clients.get_snapshot(db, big).client_id
    small = clients.create_snapshot(db, client_id, "initial", "2026-01-10")  # listed first
    for i in range(30):
        assessment.add_respondent(db, small.id, "employee", f"E{i}")
    db.close()
    settings = QSettings(str(settings_path(Path(folder))), QSettings.Format.IniFormat)
    settings.setValue("lastClient", client_id)
    settings.setValue("language", "en")
    settings.sync()
    return folder


def run_child(args: list[str], env: dict[str, str], timeout: float = 300) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"no result from {args}: {out.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--blocks", action="store_true", help="sample what blocks the UI")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "bare":
            child_bare(float(rest[0]))
        else:
            child_app(rest[0], int(rest[1]), blocks=len(rest) > 2)
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # as users run it: the wheel and the bundle ship bytecode (benchmarks/startup.py)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print("making the stores…", flush=True)
    stores = {n: make_store(n) for n in args.sizes}
    rows: dict[str, list[dict]] = {}
    for _ in range(args.runs):
        for n, folder in stores.items():
            blocks = ["blocks"] if args.blocks else []
            app = run_child(["--child", "app", folder, str(n), *blocks], env)
            for phase, counts in app.get("blocks", {}).items():
                print(f"\n{n} respondents, {phase}: callbacks of the event loop over 30 ms")
                for where, ms in counts:
                    print(f"  {ms:5d} ms  {where}")
            rows.setdefault(f"app {n}", []).append(app)
            seconds = max(3.0, sum(p["ticks"] for p in app["phases"].values()) * 0.01)
            rows.setdefault(f"bare ({n})", []).append(
                run_child(["--child", "bare", f"{seconds:.1f}"], env)
            )
    print(f"\nlongest block of the UI thread, ms: median of {args.runs} runs (max p99)")
    phases = ["launch", "start", "selection", "dashboard", "tabs"]
    print(f"{'':14s}" + "".join(f"{p:>22s}" for p in phases) + f"{'data shown':>14s}")
    for name, runs in rows.items():
        cells = []
        for phase in phases:
            got = [r["phases"][phase] for r in runs if phase in r["phases"]]
            if not got and name.startswith("bare"):  # the bare window: one idle phase
                got = [r["phases"]["launch"] for r in runs]
            if not got:
                cells.append(f"{'–':>22s}")
                continue
            worst = statistics.median(g["max_ms"] for g in got)
            p99 = statistics.median(g["p99_ms"] for g in got)
            cells.append(f"{worst:>12.0f} ({p99:>5.0f})   ")
        shown = [r.get("data_shown_s") or r.get("first_paint_s") for r in runs]
        what = f"{statistics.median(shown):>10.2f} s" if all(shown) else "–"
        print(f"{name:14s}" + "".join(cells) + f"{what:>14s}")
    print("(bare: the same probe in a bare PySide6 window, idle; its time is its first paint)")


if __name__ == "__main__":
    main()
