"""matplotlib imported on a background thread once the window has painted (issue 18).

The first Dashboard view waited ~1 s on the UI thread for `import matplotlib` and its Qt
canvas. Started when the store is attached (after the first paint, app.run_gui), a
thread imports them meanwhile; Python's import lock makes a tab that needs them sooner
wait for the same import rather than import twice. The import holds the GIL in slices
(sys.getswitchinterval, 5 ms), so the UI thread keeps answering (benchmarks/latency.py).
Nothing here touches Qt objects: only modules are loaded.
"""

from __future__ import annotations

import threading

# what the dashboard's first chart needs, in import order
MODULES = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "csmm_desktop.charts.style",
    "csmm_desktop.charts.sections",
    "csmm_desktop.charts.topics",
    "csmm_desktop.charts.nps",
    "matplotlib.backends.backend_qtagg",
)

_thread: threading.Thread | None = None


def start() -> threading.Thread:
    """Start the imports (once per process); the thread, to join in tests."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_work, name="warm-imports", daemon=True)
        _thread.start()
    return _thread


def _work() -> None:
    from importlib import import_module

    for name in MODULES:
        try:
            import_module(name)
        except Exception:  # noqa: BLE001 - a warm-up only: the real import reports it
            return
