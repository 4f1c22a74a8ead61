"""Export the demo snapshot's Excel workbook and PowerPoint deck, and the workbook of a
20,000-respondent snapshot (the file of benchmarks/import_and_score.py, scaled): time, and
the peak memory of that big export (its answers sheet streams).

Usage: python benchmarks/office_export.py
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.import_and_score import write_file  # noqa: E402
from csmm_desktop.reports.office import export  # noqa: E402
from csmm_desktop.services import assessment, clients, demo  # noqa: E402
from csmm_desktop.store import open_store  # noqa: E402

BIG = 20_000


def timed(call, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    call(*args, **kwargs)
    return time.perf_counter() - t0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_store(folder / "data")
        client_id, _ = demo.add_demo(db)
        snap = clients.list_snapshots(db, client_id)[-1]
        export(db, snap.id, "xlsx", "en", folder / "warm.xlsx")  # imports loaded once
        export(db, snap.id, "deck", "en", folder / "warm.pptx")
        for lang in ("en", "tr"):
            xlsx = timed(export, db, snap.id, "xlsx", lang, folder / f"demo_{lang}.xlsx")
            deck = timed(export, db, snap.id, "deck", lang, folder / f"demo_{lang}.pptx")
            print(f"demo {lang}: workbook {xlsx:.2f} s, deck {deck:.2f} s")
        path = folder / "big.csv"
        write_file(path, BIG)
        big = clients.create_snapshot(db, client_id, "initial", "2027-01-01")
        assessment.import_responses(db, big.id, path)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        seconds = timed(export, db, big.id, "xlsx", "en", folder / "big.xlsx")
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        size = (folder / "big.xlsx").stat().st_size / 1e6
        print(
            f"{BIG:,} respondents: workbook {seconds:.1f} s, {size:.1f} MB, "
            f"peak memory grew {(after - before) / 1024:.0f} MB"
        )
        db.close()


if __name__ == "__main__":
    main()
