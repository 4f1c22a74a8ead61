"""Charts laid out for the room they get (no Qt): long Turkish level names in the band labels
never run into each other, and a legend that would be wider than its figure takes fewer
columns instead of being cut off; on any size, from a short dashboard to a slide."""

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from csmm_desktop import charts
from csmm_desktop.charts.style import fit_wrap

SECTIONS = [("1.1", "Mevcut müşteri hizmetleri stratejileri"), ("1.2", "Kurumsal çalışan")]
SNAPSHOTS = [
    ("Başlangıç 12.01.2026", {"1.1": 36.9, "1.2": 34.5}),
    ("Planlı Çalışma 23.03.2026", {"1.1": 55.5, "1.2": 53.7}),
    ("Ölçülebilir Performans 29.06.2026", {"1.1": 75.9, "1.2": 69.7}),
    ("Yüksek Performans ve Kalite 28.09.2026", {"1.1": 90.2, "1.2": 84.3}),
]
SIZES = [(6.0, 3.4), (7.5, 4.25), (10.6, 4.25), (14.0, 7.0)]


def drawn(fig):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def band_labels(fig, renderer):
    return {
        t.get_gid(): t.get_window_extent(renderer)
        for t in fig.axes[0].texts
        if str(t.get_gid()).startswith("band-label:")
    }


@pytest.mark.parametrize("size", SIZES)
def test_turkish_band_labels_never_overlap(size):
    figures = [
        charts.overall_trend([(label, 60.0) for label, _v in SNAPSHOTS], None, "tr", size=size),
        charts.section_comparison(SECTIONS, SNAPSHOTS, "tr", size=size),
        charts.nps_trend([("Haziran", 40.0), ("Temmuz", 52.0)], (0, 50), "tr", size=size),
    ]
    for fig in figures:
        renderer = drawn(fig)
        labels = band_labels(fig, renderer)
        assert len(labels) >= 3
        names = sorted(labels)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                assert not overlap(labels[a], labels[b]), (size, a, b)
            assert labels[a].x1 <= fig.bbox.x1 + 1  # inside the figure


@pytest.mark.parametrize("size", SIZES)
def test_legends_fit_across_their_figure(size):
    figures = [
        charts.section_comparison(SECTIONS, SNAPSHOTS, "tr", size=size),
        charts.section_radar(
            SECTIONS,
            SNAPSHOTS[3][1],
            SNAPSHOTS[2][1],
            None,
            "tr",
            labels=(SNAPSHOTS[3][0], SNAPSHOTS[2][0], None),
            size=size,
        ),
        charts.nps_breakdown(26, 10, 4, "tr", size=size),
    ]
    for fig in figures:
        renderer = drawn(fig)
        assert fig.legends
        for legend in fig.legends:
            box = legend.get_window_extent(renderer)
            assert box.x0 >= fig.bbox.x0 - 1 and box.x1 <= fig.bbox.x1 + 1, size


def test_a_wide_figure_keeps_its_legend_on_one_row():
    fig = charts.section_comparison(SECTIONS, SNAPSHOTS, "tr", size=(16.0, 6.0))
    drawn(fig)
    assert fig.legends[0]._ncols == 4


def test_fit_wrap_widens_a_label_to_the_lines_it_may_take():
    name = "Yüksek Performans ve Kalite"
    assert fit_wrap(name, 14, 3).count("\n") == 2
    assert fit_wrap(name, 14, 2) == "Yüksek Performans\nve Kalite"
    one = fit_wrap(name, 14, 1)
    assert "\n" not in one and one.endswith("…") and len(one) <= 26
