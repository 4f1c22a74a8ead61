"""Time the demo client's snapshot report in each language, with where the time goes.

Budget: <= 3 s per report. Usage: python benchmarks/report.py [OUT_DIR]  (default
/tmp/reports). The first report also pays for importing ReportLab and matplotlib (shown on
its own line); then each snapshot of the demo is reported in English and Turkish. The
charts' share is measured by building the same report once more with them stubbed out.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.services import clients  # noqa: E402
from csmm_desktop.services.demo import DEMO_CLIENT_ID, add_demo  # noqa: E402
from csmm_desktop.store import open_store  # noqa: E402

BUDGET = 3.0
RUNS = 3  # each report is timed this many times: the best shows the cost, the median the noise


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder))
        add_demo(db)
        snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)

        start = time.perf_counter()
        from csmm_desktop import charts, reports
        from csmm_desktop.reports import blocks, layout  # noqa: F401 - loads ReportLab

        charts.to_png(charts.nps_breakdown(1, 1, 1))  # loads matplotlib and its font cache
        print(f"import ReportLab + matplotlib: {time.perf_counter() - start:.2f} s")

        worst = 0.0
        for snap in snaps:
            for lang in ("en", "tr"):
                path = out / f"snapshot_{snap.stage}_{lang}.pdf"
                walls, cpus = [], []
                for _ in range(RUNS):
                    w0, c0 = time.perf_counter(), time.process_time()
                    reports.write_snapshot_report(db, snap.id, lang, path)
                    walls.append(time.perf_counter() - w0)
                    cpus.append(time.process_time() - c0)
                best = min(walls)
                worst = max(worst, best)
                flag = "" if best <= BUDGET else "  over budget"
                print(
                    f"snapshot report  {snap.stage:9} {lang}  best {best:4.2f} s  "
                    f"median {statistics.median(walls):4.2f} s  cpu {min(cpus):4.2f} s{flag}"
                )

        # The same report without rendering charts: what the layout and PDF cost alone.
        real_chart = blocks.Builder.chart
        tiny = charts.to_image(charts.nps_breakdown(0, 0, 0, size=(1, 1)), dpi=20)
        blocks.Builder.chart = lambda self, fig, **kw: blocks.Picture(tiny, 9, 9)
        try:
            t0 = time.perf_counter()
            reports.write_snapshot_report(db, snaps[-1].id, "tr", out / "no_charts.pdf")
            took = time.perf_counter() - t0
            print(f"  the last one again, charts not rendered: {took:.2f} s")
        finally:
            blocks.Builder.chart = real_chart
        print(f"slowest (best of {RUNS}): {worst:.2f} s (budget {BUDGET:.1f} s)")
        db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out", nargs="?", type=Path, default=Path("/tmp/reports"), help="where the files go"
    )
    main(parser.parse_args().out)
