"""What the window needs after its first paint, imported on a background thread (issue 18).

Two groups, each on a thread of its own, in the order the window needs them:

- FIRST, started once the window has painted (app.run_gui `on_first_paint`): while the
  store opens on a worker and the UI thread waits for it, the client panel's modules
  (`attach_store` spent ~110 ms importing them on the UI thread) and the bundled form.
  Not the late menus' (Help, Export Client, Settings): they are built once the data is on
  screen (MainWindow._after_data_painted), and their ~36 ms of imports here only held
  the GIL from the store's opening.
- LATER, started once the data is painted (`MainWindow._after_data_painted`): matplotlib and the
  chart modules (the first Dashboard view waited ~1 s for them), then the client tabs'
  modules (each tab built in idle time imported its own). Not sooner: a thread importing
  holds the GIL, and the UI thread gets it back only at the switch interval (5 ms) after
  each call that let it go, every SQLite statement among them: the undo log's ~100
  statements at attach took 180-330 ms instead of 10 while matplotlib was being imported. Python's import lock
makes the UI thread, when it needs a module sooner, wait for the same import rather than
import twice. The imports hold the GIL in slices (sys.getswitchinterval, 5 ms), so the UI
thread keeps answering (benchmarks/latency.py).

The threads are not daemons: the interpreter waits for them at exit. A daemon thread still
importing at exit is stopped wherever it is, and one inside a C extension then crashes the
process: on a machine's first start matplotlib builds its font cache (~1.5 s in FreeType
calls), and a quit before it ended (the smoke test, or a user closing at once) died with
SIGSEGV about one time in two (tests/gui/test_startup.py, the first start on a new machine).

Nothing here touches Qt objects: only modules are loaded, and a module imported here must
not make a QObject when imported (its thread would be this one: tests/gui/test_startup.py
checks every module listed). `views/writes.py`, which makes the store's event hub, is
imported by the main window before the first paint.
"""

from __future__ import annotations

import threading

FIRST = (  # attach_store: the panel, the status bar's watchers, the late menus
    "csmm_desktop.services.assessment",
    "csmm_desktop.services.score_sql",
    "csmm_desktop.services.score_cache",  # the first screen's scores, from the last start
    "csmm_desktop.services.form_store",  # a snapshot's form, as scored
    "csmm_desktop.services.applicability",
    "csmm_desktop.views.client_panel",
    "csmm_desktop.views.saved_label",
    "csmm_desktop.views.undo_actions",
    "csmm_desktop.views.copy_rows",
    "csmm_desktop.views.lazy_tabs",
)
LATER = (  # what the dashboard's first chart needs, then the client tabs
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "csmm_desktop.charts.style",
    "csmm_desktop.charts.sections",
    "csmm_desktop.charts.topics",
    "csmm_desktop.charts.nps",
    "matplotlib.backends.backend_qtagg",
    "csmm_desktop.views.chart_view",
    "csmm_desktop.views.dashboard",  # the client tabs (views/lazy_tabs.py CLIENT_TABS)
    "csmm_desktop.views.engagement.checklist_tab",
    "csmm_desktop.views.engagement.findings_tab",
    "csmm_desktop.views.engagement.numbers_tab",
    "csmm_desktop.views.engagement.kpis_tab",
    "csmm_desktop.views.engagement.actions_tab",
    "csmm_desktop.views.engagement.workshops_tab",
    "csmm_desktop.views.cxboard",
)
MODULES = FIRST + LATER
FORM_AFTER = "csmm_desktop.services.score_sql"  # the bundled form is read after this one

_threads: dict[str, threading.Thread] = {}


def start(group: str = "first") -> threading.Thread:
    """Start a group's imports ("first" or "later", once per process each); its thread,
    to join in tests."""
    if group not in _threads:
        names = FIRST if group == "first" else LATER
        thread = threading.Thread(target=_work, args=(names,), name=f"warm-{group}")
        _threads[group] = thread
        thread.start()
    return _threads[group]


def _work(names: tuple[str, ...]) -> None:
    from importlib import import_module

    for name in names:
        try:
            import_module(name)
            if name == FORM_AFTER:
                from csmm_desktop.domain.form import load_form

                load_form()  # parsed once and kept (form._load_bundled)
        except Exception:  # noqa: BLE001 - a warm-up only: the real import reports it
            return
