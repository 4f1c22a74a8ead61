"""Render every chart with realistic data, in English and Turkish, and time it.

Usage: python benchmarks/charts.py [OUT_DIR]   (default /tmp/charts)
Prints the import cost of matplotlib + charts, then build and PNG time per chart; the PNGs
are left in OUT_DIR for looking at.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from csmm_desktop.domain.form import load_form  # noqa: E402

SNAPSHOTS = [
    ("Initial 12.01.2026", "Başlangıç 12.01.2026", 28.6),
    ("Planned 14.07.2026", "Planlı 14.07.2026", 48.5),
    ("Measured 11.01.2027", "Ölçülebilir 11.01.2027", 66.8),
    ("Optimized 12.07.2027", "Yüksek 12.07.2027", 82.7),
]


def sample(lang: str) -> dict:
    """Scores of four snapshots that climb through the levels, with a few gaps."""
    form = load_form()
    rng = random.Random(7)
    sections = [(s.id, s.title[lang]) for r in form.reviews for s in r.sections]
    topics = [(t.id, t.title[lang]) for t in form.topics.values()]
    columns, series = [], []
    for i, (en, tr, overall) in enumerate(SNAPSHOTS):
        label = en if lang == "en" else tr
        topic_scores = {
            tid: None
            if (i == 0 and n % 11 == 3)
            else max(0.0, min(100.0, overall + rng.gauss(0, 12)))
            for n, (tid, _t) in enumerate(topics)
        }
        section_scores = {
            sid: None
            if (i == 0 and sid == "2.2")
            else max(0.0, min(100, overall + rng.gauss(0, 9)))
            for sid, _t in sections
        }
        columns.append((label, topic_scores))
        series.append((label, section_scores))
    management = {tid: min(100.0, 60 + rng.gauss(8, 10)) for tid, _t in topics}
    employee = {tid: max(0.0, 55 + rng.gauss(0, 10)) for tid, _t in topics}
    employee["1.2.6"] = None
    gap_topics = [(t.id, t.title[lang]) for t in form.sections["1.2"].topics] + [
        (t.id, t.title[lang]) for t in form.sections["1.1"].topics
    ]
    reasons = {
        "en": [
            "Delivery delay",
            "Invoice question",
            "Product defect",
            "Return request",
            "Password / account access",
            "Price complaint",
            "Installation help",
            "Other",
        ],
        "tr": [
            "Teslimat gecikmesi",
            "Fatura sorusu",
            "Ürün kusuru",
            "İade talebi",
            "Şifre / hesap erişimi",
            "Fiyat şikâyeti",
            "Kurulum yardımı",
            "Diğer",
        ],
    }[lang]
    return {
        "sections": sections,
        "series": series,
        "overall": [
            (label, overall)
            for (label, _s), (_e, _t, overall) in zip(series, SNAPSHOTS, strict=True)
        ],
        "topics": topics,
        "columns": columns,
        "gap_topics": gap_topics,
        "management": management,
        "employee": employee,
        "reasons": list(zip(reasons, [412, 268, 190, 151, 88, 47, 31, 12], strict=True)),
    }


def builds(charts, lang: str) -> dict:
    """Chart name -> a function that builds it in `lang`."""
    d = sample(lang)
    labels = [label for label, _s in d["series"]]
    target = {sid: 80.0 for sid, _t in d["sections"]}
    gap = [d["overall"][0], (d["overall"][1][0], None), *d["overall"][2:]]
    nps = list(zip(labels + ["2028"], [-32.0, -4.5, 21.0, None, 57.0], strict=True))
    months = (
        ["Oca", "Şub", "Mar", "Nis", "May", "Haz"]
        if lang == "tr"
        else ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    )
    handle = list(zip(months, [6.8, 5.9, None, 4.6, 3.9, 3.4], strict=True))
    quarters = [("Q1", 71.0), ("Q2", 78.5), ("Q3", 84.2), ("Q4", 91.0)]
    minutes = "dk" if lang == "tr" else "min"
    return {
        "section_comparison": lambda: charts.section_comparison(d["sections"], d["series"], lang),
        "section_comparison_2": lambda: charts.section_comparison(
            d["sections"], d["series"][:2], lang
        ),
        "section_radar": lambda: charts.section_radar(
            d["sections"],
            d["series"][3][1],
            d["series"][0][1],
            target,
            lang,
            labels=(labels[3], labels[0], None),
        ),
        "overall_trend": lambda: charts.overall_trend(d["overall"], None, lang),
        "overall_trend_gap": lambda: charts.overall_trend(gap, None, lang),
        "topic_heatmap": lambda: charts.topic_heatmap(d["topics"], d["columns"], lang),
        "perception_gap": lambda: charts.perception_gap(
            d["gap_topics"], d["management"], d["employee"], lang
        ),
        "nps_breakdown": lambda: charts.nps_breakdown(71, 38, 23, lang),
        "nps_breakdown_small": lambda: charts.nps_breakdown(40, 2, 1, lang),
        "nps_breakdown_empty": lambda: charts.nps_breakdown(0, 0, 0, lang),
        "nps_trend": lambda: charts.nps_trend(nps, lang=lang),
        "pareto": lambda: charts.pareto(d["reasons"], lang),
        "kpi_trend": lambda: charts.kpi_trend(handle, 4.0, False, minutes, lang),
        "kpi_trend_pct": lambda: charts.kpi_trend(quarters, 80.0, True, "%", lang),
    }


def main(out: Path) -> None:
    start = time.perf_counter()
    from csmm_desktop import charts

    charts.to_png  # noqa: B018 - loads matplotlib
    print(f"import matplotlib + charts: {time.perf_counter() - start:.2f} s")
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "tr"):
        for name, build in builds(charts, lang).items():
            t0 = time.perf_counter()
            fig = build()
            t1 = time.perf_counter()
            png = charts.to_png(fig)
            t2 = time.perf_counter()
            (out / f"{name}_{lang}.png").write_bytes(png)
            print(
                f"{name:22} {lang}  build {1000 * (t1 - t0):5.0f} ms  png {1000 * (t2 - t1):5.0f} ms"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out", nargs="?", type=Path, default=Path("/tmp/charts"), help="where the files go"
    )
    main(parser.parse_args().out)
