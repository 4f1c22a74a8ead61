"""Chart builders drawn from known numbers: what is on the figure, not how it looks."""

import math
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from csmm_desktop import charts
from csmm_desktop.charts.style import fmt_number, fmt_percent, shorten, wrap

SECTIONS = [("1.1", "Kurumsal çalışan stratejisi"), ("1.2", "Bilgi arama"), ("2.1", "Fiyat")]
FIRST = {"1.1": 28.6, "1.2": 63.44, "2.1": None}
SECOND = {"1.1": 48.5, "1.2": 70.0, "2.1": 55.0}
TOPICS = [("1.1.1", "Hizmet stratejisi"), ("1.1.2", "Hizmet kültürü"), ("1.2.1", "Eğitim")]
LEVELS_EN = ["Initial", "Planned", "Measured", "Optimized"]
LEVELS_TR = ["Başlangıç", "Planlı Çalışma", "Ölçülebilir Performans", "Yüksek Performans ve Kalite"]


def texts(fig, gid):
    """Texts with `gid` anywhere on the figure, whitespace (wrapping) folded."""
    found = [t for ax in fig.axes for t in ax.texts] + list(fig.texts)
    return [" ".join(t.get_text().split()) for t in found if t.get_gid() == gid]


def patches(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


def line(ax, gid):
    return next(ln for ln in ax.get_lines() if ln.get_gid() == gid)


def same(values, expected):
    return all(
        (e is None and math.isnan(v)) or v == pytest.approx(e)
        for v, e in zip(values, expected, strict=True)
    )


def test_section_comparison_bars_labels_and_scale():
    fig = charts.section_comparison(SECTIONS, [("Initial", FIRST), ("Planned", SECOND)], "tr")
    ax = fig.axes[0]
    first, second = ax.containers
    assert same([b.get_height() for b in first], [28.6, 63.44, None])
    assert same([b.get_height() for b in second], [48.5, 70.0, 55.0])
    assert [" ".join(t.get_text().split()) for t in ax.get_xticklabels()] == [
        f"{sid} {label}" for sid, label in SECTIONS
    ]
    assert ax.get_ylim() == (0, 100)
    assert sorted(ln.get_ydata()[0] for ln in ax.get_lines()) == [40, 60, 80]
    assert "63,4" in texts(fig, "value") and "28,6" in texts(fig, "value")
    assert texts(fig, "missing") == ["–"]  # the missing 2.1 score is not a zero bar
    assert texts(fig, "band-label:optimized") == ["Yüksek Performans ve Kalite"]


def test_section_comparison_many_snapshots_one_colour_each():
    series = [(f"S{i}", SECOND) for i in range(5)]
    ax = charts.section_comparison(SECTIONS, series, "en").axes[0]
    assert len(ax.containers) == 5
    assert len({c.patches[0].get_facecolor() for c in ax.containers}) == 5
    assert ax.get_figure().legends[0].get_texts()[4].get_text() == "S4"


def test_section_radar_series_and_gaps():
    fig = charts.section_radar(SECTIONS, FIRST, previous=SECOND, target={"1.1": 80}, lang="en")
    ax = fig.axes[0]
    current = line(ax, "current").get_ydata()
    assert same(current, [28.6, 63.44, None, 28.6])  # closed outline, gap at 2.1
    assert same(line(ax, "previous").get_ydata()[:3], [48.5, 70.0, 55.0])
    assert same(line(ax, "target").get_ydata()[:3], [80, None, None])
    assert texts(fig, "note") == ["No data: Current: 2.1; Target: 1.2, 2.1"]


@pytest.mark.parametrize(("lang", "names"), [("en", LEVELS_EN), ("tr", LEVELS_TR)])
def test_overall_trend_bands_and_values(lang, names):
    fig = charts.overall_trend([("A", 28.6), ("B", None), ("C", 82.7)], lang=lang)
    ax = fig.axes[0]
    keys = ["initial", "planned", "measured", "optimized"]
    edges = [
        (b.get_y(), b.get_y() + b.get_height()) for k in keys for b in patches(ax, f"band:{k}")
    ]
    assert edges == [(0, 40), (40, 60), (60, 80), (80, 100)]
    assert [texts(fig, f"band-label:{k}")[0] for k in keys] == names
    assert same(line(ax, "overall").get_ydata(), [28.6, None, 82.7])
    decimal = "," if lang == "tr" else "."
    assert texts(fig, "value") == [f"28{decimal}6", f"82{decimal}7"]
    assert len(texts(fig, "missing")) == 1


def test_overall_trend_custom_thresholds():
    ax = charts.overall_trend([("A", 50.0)], {"planned": 30, "measured": 55, "optimized": 75}).axes[
        0
    ]
    assert [patches(ax, f"band:{k}")[0].get_y() for k in ("planned", "measured", "optimized")] == [
        30,
        55,
        75,
    ]


def test_topic_heatmap_cells_and_growth():
    columns = [("Initial", {"1.1.1": 20.0, "1.1.2": None}), ("Planned", {"1.1.1": 45.5})]
    fig = charts.topic_heatmap(TOPICS, columns, "tr")
    ax = fig.axes[0]
    mesh = ax.collections[0]
    assert mesh.get_array().shape == (3, 2)
    assert int(mesh.get_array().mask.sum()) == 4  # the None and absent cells are grey
    assert texts(fig, "cell") == ["20,0", "45,5", "–", "–", "–", "–"]
    assert [ln.get_ydata()[0] for ln in ax.get_lines() if ln.get_gid() == "section-separator"] == [
        2
    ]
    many = charts.topic_heatmap([(f"1.{i}.1", f"T{i}") for i in range(53)], columns)
    assert many.get_figheight() > fig.get_figheight() + 10


def test_perception_gap_is_management_minus_employee():
    management = {"1.1.1": 70.0, "1.1.2": 40.0, "1.2.1": 50.0}
    employee = {"1.1.1": 57.5, "1.1.2": 55.0, "1.2.1": None}
    fig = charts.perception_gap(TOPICS, management, employee, "tr")
    ax = fig.axes[0]
    assert same([b.get_width() for b in patches(ax, "gap")], [12.5, -15.0, None])
    assert texts(fig, "gap-value") == ["+12,5", "−15,0", "–"]
    assert texts(fig, "score:management") == ["70,0", "40,0", "50,0"]
    assert texts(fig, "score:employee") == ["57,5", "55,0", "–"]


def test_nps_breakdown_fractions_and_title():
    fig = charts.nps_breakdown(promoters=50, passives=30, detractors=20, lang="en")
    ax = fig.axes[0]
    widths = [patches(ax, k)[0].get_width() for k in ("detractors", "passives", "promoters")]
    assert widths == pytest.approx([20, 30, 50])
    assert ax.get_title() == "NPS +30"


def test_nps_breakdown_without_answers():
    fig = charts.nps_breakdown(0, 0, 0, "tr")
    assert texts(fig, "no-data") == ["Henüz NPS yanıtı yok"]
    assert not fig.axes[0].patches


def test_nps_trend_bands():
    fig = charts.nps_trend([("2026", -12.0), ("2027", None), ("2028", 61.0)], lang="tr")
    ax = fig.axes[0]
    spans = [patches(ax, f"band:{k}")[0] for k in ("bad", "good_enough", "great")]
    assert [(p.get_y(), p.get_y() + p.get_height()) for p in spans] == [
        (-100, 0),
        (0, 50),
        (50, 100),
    ]
    assert [texts(fig, f"band-label:{k}")[0] for k in ("bad", "good_enough", "great")] == [
        "Zayıf",
        "Kabul edilebilir",
        "Güçlü",
    ]
    assert texts(fig, "value") == ["−12", "+61"]


def test_pareto_sorted_with_cumulative_share():
    fig = charts.pareto([("Fatura", 10), ("Teslimat", 60), ("İade", 30)], "tr")
    bars_ax, share_ax = fig.axes
    assert [b.get_height() for b in bars_ax.patches] == [60, 30, 10]
    assert [t.get_text() for t in bars_ax.get_xticklabels()] == ["Teslimat", "İade", "Fatura"]
    assert list(line(share_ax, "cumulative").get_ydata()) == pytest.approx([60, 90, 100])
    assert line(share_ax, "pareto-80").get_ydata()[0] == 80


@pytest.mark.parametrize(("higher", "met", "missed"), [(True, [4.5], [3.0]), (False, [3.0], [4.5])])
def test_kpi_trend_marks_met_and_missed(higher, met, missed):
    ax = charts.kpi_trend([("Q1", 3.0), ("Q2", None), ("Q3", 4.5)], 4.0, higher, "dk", "tr").axes[0]
    assert list(line(ax, "met").get_ydata()) == met
    assert list(line(ax, "missed").get_ydata()) == missed
    assert line(ax, "target").get_ydata()[0] == 4.0
    assert "4,5 dk" in texts(ax.figure, "value")


def test_kpi_trend_without_target_and_percent_unit():
    fig = charts.kpi_trend([("Q1", 93.0)], None, True, "%", "tr")
    assert list(line(fig.axes[0], "unrated").get_ydata()) == [93.0]
    assert texts(fig, "value") == ["%93,0"]


EDGE_CASES = {
    "comparison, empty": lambda: charts.section_comparison([], [], "en"),
    "comparison, all none": lambda: charts.section_comparison(SECTIONS, [("A", {})], "tr"),
    "comparison, one snapshot": lambda: charts.section_comparison(SECTIONS, [("A", FIRST)]),
    "radar, empty": lambda: charts.section_radar([], {}),
    "radar, all none": lambda: charts.section_radar(SECTIONS, {}, {}, {}, "tr"),
    "radar, one section": lambda: charts.section_radar(SECTIONS[:1], FIRST),
    "trend, empty": lambda: charts.overall_trend([]),
    "trend, all none": lambda: charts.overall_trend([("A", None), ("B", None)], lang="tr"),
    "trend, one snapshot": lambda: charts.overall_trend([("A", 97.0)]),
    "heatmap, empty": lambda: charts.topic_heatmap([], []),
    "heatmap, all none": lambda: charts.topic_heatmap(TOPICS, [("A", {})], "tr"),
    "gap, empty": lambda: charts.perception_gap([], {}, {}),
    "gap, all none": lambda: charts.perception_gap(TOPICS, {}, {}, "tr"),
    "nps, only passives": lambda: charts.nps_breakdown(0, 5, 0),
    "nps trend, empty": lambda: charts.nps_trend([]),
    "nps trend, all none": lambda: charts.nps_trend([("A", None)], (10, 40), "tr"),
    "pareto, empty": lambda: charts.pareto([]),
    "pareto, zeros": lambda: charts.pareto([("A", 0), ("B", 0)], "tr"),
    "pareto, one": lambda: charts.pareto([("A", 7)]),
    "kpi, empty": lambda: charts.kpi_trend([], 5.0, True, "", "en"),
    "kpi, all none": lambda: charts.kpi_trend([("A", None)], None, False, "min", "tr"),
    "kpi, flat": lambda: charts.kpi_trend([("A", 0.0), ("B", 0.0)], 0.0, True, "", "en"),
}


@pytest.mark.parametrize(("name", "build"), EDGE_CASES.items(), ids=EDGE_CASES.keys())
def test_edge_cases_still_draw(name, build):
    fig = build()
    assert isinstance(fig, Figure)
    assert charts.to_png(fig, dpi=60).startswith(b"\x89PNG")
    if "empty" in name:
        assert texts(fig, "no-data")


def test_image_for_paper_is_the_figure_in_pixels():
    fig = charts.nps_breakdown(6, 2, 2, "tr", size=(4.0, 2.0))
    image = charts.to_image(fig, dpi=50)
    assert (image.mode, image.size) == ("RGB", (200, 100))
    assert image.getpixel((0, 0)) == (255, 255, 255)  # white paper, no transparency
    # The bars are drawn: more than the background and the text's ink colours.
    assert len(image.getcolors(maxcolors=100_000)) > 20


def test_svg_export():
    svg = charts.to_svg(charts.overall_trend([("Başlangıç", 28.6)], lang="tr"))
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg


def test_turkish_numbers_and_labels():
    assert fmt_number(63.44, "tr") == "63,4"
    assert fmt_number(1234.5, "tr") == "1.234,5" and fmt_number(1234.5, "en") == "1,234.5"
    assert fmt_number(-0.04, "en") == "0.0" and fmt_number(None, "tr") == "–"
    assert fmt_percent(80, "tr") == "%80" and fmt_percent(80, "en") == "80%"
    assert shorten("Müşteri hizmetlerinde kurumsal çalışan stratejisi", 24).endswith("…")
    wrapped = wrap("Müşteri hizmetlerinde kurumsal çalışan stratejisi", 18, 2)
    assert len(wrapped.splitlines()) == 2 and wrapped.endswith("…")


def test_no_qt_no_pyplot_and_lazy_import():
    code = (
        "import sys\n"
        "import csmm_desktop.charts as c\n"
        "assert 'matplotlib' not in sys.modules\n"
        "c.to_png(c.nps_breakdown(3, 2, 1))\n"
        "bad = {'PySide6', 'matplotlib.pyplot', 'matplotlib.backends.backend_qtagg'}\n"
        "assert not bad & set(sys.modules), bad & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_long_topic_titles_wrap_at_words_never_cut_mid_word():
    title = "Müşteri deneyimi temas noktalarına ilişkin kurumsal bilgi"  # 57 characters
    fig = charts.topic_heatmap([("1.1.1", title), ("1.1.2", "Kısa")], [("S1", {"1.1.1": 50})])
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "\n" in labels[0] and "…" not in labels[0]
    assert labels[0].replace("\n", " ").split() == ["1.1.1", *title.split()]
    gap = charts.perception_gap([("1.1.1", title)], {"1.1.1": 60}, {"1.1.1": 40}, "tr")
    label = gap.axes[0].get_yticklabels()[0].get_text()
    assert label.replace("\n", " ").split() == ["1.1.1", *title.split()]
    cut = shorten("Mevcut müşteri hizmetleri stratejisinin değerlendirilmesi", 36)
    assert cut == "Mevcut müşteri hizmetleri…"  # at a word, not "strateji…"
