"""Reopening a snapshot's dashboard, warm: the demo's dashboard tab shown for one snapshot,
then another, then the first again; the time of that last switch until it is painted
(`set_context` and the paint it posts), offscreen. Each snapshot was shown once before,
so modules are imported, fonts loaded and the scores computed (they are shared until the
data changes): what is left is the tab's own work.

Baseline: the same switch's floor for this screen, a QTreeWidget filled with as many rows
as the dashboard's score tree holds, plus six labels set, and painted; what any screen
showing those numbers pays. Rounds alternate ours and the baseline; medians of N.
Usage: python benchmarks/dashboard_reopen.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _painted(app, widget) -> None:
    widget.repaint()
    app.processEvents()


def measure(runs: int) -> dict:
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    from csmm_desktop.services import clients, demo
    from csmm_desktop.store import open_store
    from csmm_desktop.views.dashboard import DashboardTab

    app = QApplication.instance() or QApplication([])
    db = open_store(Path(tempfile.mkdtemp()) / "data")
    client_id, _added = demo.add_demo(db)
    first, second = [s.id for s in clients.list_snapshots(db, client_id)][:2]
    tab = DashboardTab(db)
    tab.resize(1280, 800)
    tab.show()
    for snap in (first, second, first, second):  # warm
        tab.set_context(client_id, snap)
        _painted(app, tab)
    rows = sum(1 for _ in _items(tab.ui.scoreTree))

    bare = QWidget()
    layout = QVBoxLayout(bare)
    labels = [QLabel(bare) for _ in range(6)]
    for label in labels:
        layout.addWidget(label)
    tree = QTreeWidget(bare)
    tree.setColumnCount(4)
    layout.addWidget(tree)
    bare.resize(1280, 800)
    bare.show()

    def baseline(tag: str) -> None:
        tree.clear()
        for n in range(rows):
            QTreeWidgetItem(tree, [f"{tag} {n}", f"{n / 3:.1f}", "[40.1, 52.3]", "basis"])
        for n, label in enumerate(labels):
            label.setText(f"{tag} {n}")
        _painted(app, bare)

    ours, floor = [], []
    for run in range(runs):
        tab.set_context(client_id, second)
        _painted(app, tab)
        start = time.perf_counter()
        tab.set_context(client_id, first)
        _painted(app, tab)
        ours.append(time.perf_counter() - start)
        baseline("b")
        start = time.perf_counter()
        baseline(f"a{run}")
        floor.append(time.perf_counter() - start)
    tab.close()
    bare.close()
    db.close()
    return {"ours_s": statistics.median(ours), "floor_s": statistics.median(floor), "rows": rows}


def _items(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    r = measure(runs)
    print(
        f"reopening a snapshot's dashboard (demo, warm), medians of {runs} alternating runs:\n"
        f"  ours    : {r['ours_s'] * 1000:6.0f} ms\n"
        f"  baseline: {r['floor_s'] * 1000:6.0f} ms (a tree of {r['rows']} rows and six labels "
        f"filled and painted)\n"
        f"  ratio: {r['ours_s'] / r['floor_s']:.1f} x"
    )


if __name__ == "__main__":
    main()
