"""What the window needs after its first paint, imported on a background thread (issue 18).

Once the window has painted (app.run_gui `on_first_paint`), the store opens on a worker and
the UI thread waits for it. Meanwhile this thread imports what showing the data needs
next, in the order it is needed: the client panel and the late menus' modules
(`attach_store`, ~110 ms of imports on the UI thread before), the bundled form, then
matplotlib and the chart modules (the first Dashboard view waited ~1 s for them), then the
client tabs' modules (each tab built in idle time imported its own). Python's import lock
makes the UI thread, when it needs a module sooner, wait for the same import rather than
import twice. The imports hold the GIL in slices (sys.getswitchinterval, 5 ms), so the UI
thread keeps answering (benchmarks/latency.py).

Nothing here touches Qt objects: only modules are loaded, and a module imported here must
not make a QObject when imported (its thread would be this one: tests/gui/test_startup.py
checks every module listed). `views/writes.py`, which makes the store's event hub, is
imported by the main window before the first paint.
"""

from __future__ import annotations

import threading

# in the order the window needs them
MODULES = (
    # attach_store: the panel, the status bar's watchers, the late menus
    "csmm_desktop.services.assessment",
    "csmm_desktop.services.score_sql",
    "csmm_desktop.views.client_panel",
    "csmm_desktop.views.saved_label",
    "csmm_desktop.views.undo_actions",
    "csmm_desktop.views.copy_rows",
    "csmm_desktop.views.office_export",
    "csmm_desktop.views.help",
    "csmm_desktop.views.bundle_flow",
    "csmm_desktop.views.report_settings",
    "csmm_desktop.views.forms_dialog",
    "csmm_desktop.views.applicability_dialog",
    "csmm_desktop.views.lazy_tabs",
    # what the dashboard's first chart needs
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "csmm_desktop.charts.style",
    "csmm_desktop.charts.sections",
    "csmm_desktop.charts.topics",
    "csmm_desktop.charts.nps",
    "matplotlib.backends.backend_qtagg",
    "csmm_desktop.views.chart_view",
    # the client tabs, built in idle time (views/lazy_tabs.py CLIENT_TABS)
    "csmm_desktop.views.dashboard",
    "csmm_desktop.views.engagement.checklist_tab",
    "csmm_desktop.views.engagement.findings_tab",
    "csmm_desktop.views.engagement.numbers_tab",
    "csmm_desktop.views.engagement.kpis_tab",
    "csmm_desktop.views.engagement.actions_tab",
    "csmm_desktop.views.engagement.workshops_tab",
    "csmm_desktop.views.cxboard",
)
FORM_AFTER = "csmm_desktop.services.score_sql"  # the bundled form is read after this one

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
            if name == FORM_AFTER:
                from csmm_desktop.domain.form import load_form

                load_form()  # parsed once and kept (form._load_bundled)
        except Exception:  # noqa: BLE001 - a warm-up only: the real import reports it
            return
