"""Waiting for a chart: views/chart_view.py builds and draws figures on a worker thread."""

import time

from PySide6.QtCore import QCoreApplication


def drawn(view, timeout_s: float = 15.0):
    """Run the event loop until the view's figure is built, drawn and shown; the figure."""
    deadline = time.monotonic() + timeout_s
    while (
        view.building() or view.figure is None or view.canvas is None or view.canvas.drawings == 0
    ):
        if time.monotonic() > deadline:
            raise AssertionError(f"the chart {view.name!r} was not drawn in {timeout_s:g} s")
        QCoreApplication.processEvents()
        time.sleep(0.002)
    return view.figure
