"""Net Promoter Score charts: the answer breakdown of one snapshot and the NPS over time."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from csmm_desktop.charts.style import (
    BASE_SIZE,
    BLUISH_GREEN,
    GREY,
    INK,
    VERMILLION,
    chars_for,
    fit_legend,
    fmt_number,
    fmt_percent,
    margin_labels,
    new_figure,
    no_data,
    number_axis,
    style_axes,
    styled,
    text_colour_on,
    tint,
    trend_line,
    word,
    wrap,
)

PASSIVE_GREY = "#B4B4B4"


def nps_value(promoters: int, passives: int, detractors: int) -> float | None:
    """(promoters − detractors) / all answers × 100, or None without answers."""
    total = promoters + passives + detractors
    return (promoters - detractors) * 100.0 / total if total else None


@styled
def nps_breakdown(
    promoters: int,
    passives: int,
    detractors: int,
    lang: str = "en",
    *,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """One 100% stacked bar: detractors, passives, promoters; the NPS number is the title.

    Segments are patches with gid "detractors", "passives", "promoters" whose widths are
    the shares in percent. No answers gives a figure that says so instead of a bar.
    title: text put before the NPS number (e.g. a snapshot name).
    """
    fig = new_figure(*(size or (8.5, 3.4)))
    ax = fig.add_subplot()
    style_axes(ax, grid=None)
    total = promoters + passives + detractors
    score = nps_value(promoters, passives, detractors)
    heading = f"NPS {fmt_number(score, lang, 0, sign=True)}"
    ax.set_title(f"{title} · {heading}" if title else heading, fontsize=BASE_SIZE + 5, pad=12)
    if not total:
        ax.set_axis_off()
        no_data(ax, lang, word("no_answers", lang))
        return fig

    left = 0.0
    handles = []
    parts = (
        ("detractors", detractors, VERMILLION),
        ("passives", passives, PASSIVE_GREY),
        ("promoters", promoters, BLUISH_GREEN),
    )
    for key, count, colour in parts:
        share = count * 100.0 / total
        (bar,) = ax.barh(
            0, share, left=left, height=0.6, color=colour, edgecolor="white", linewidth=1.5, gid=key
        )
        bar.set_label(
            f"{word(key, lang)}: {fmt_percent(share, lang)} ({fmt_number(count, lang, 0)})"
        )
        handles.append(bar)
        if share >= 7:
            ax.text(
                left + share / 2,
                0,
                fmt_percent(share, lang),
                ha="center",
                va="center",
                fontsize=BASE_SIZE + 1,
                fontweight="bold",
                color=text_colour_on(colour),
            )
        left += share
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xticks(range(0, 101, 20))
    number_axis(ax.xaxis, lang, percent=True)
    ax.set_xlabel(word("share", lang).format(n=fmt_number(total, lang, 0)))
    fit_legend(fig, "outside lower center", 3, handles=handles)
    return fig


@styled
def nps_trend(
    points: Sequence[tuple[str, float | None]],
    bands: tuple[float, float] = (0, 50),
    lang: str = "en",
    *,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """NPS (−100..100) per snapshot over "bad / good enough / great" bands.

    bands: the NPS where "good enough" and "great" start. Band patches have gid
    "band:bad", "band:good_enough", "band:great". None leaves a gap and a "no data" note.
    """
    n = len(points)
    width_in, height_in = size or (max(7.5, 1.4 * n + 3.2), 5.0)
    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    style_axes(ax, grid=None)
    low, high = bands
    ax.set_ylim(-100, 100)
    ax.set_yticks(sorted({-100, -50, 0, 50, 100, low, high}))
    number_axis(ax.yaxis, lang)
    ax.set_ylabel("NPS")
    zones = (
        ("bad", -100, low, VERMILLION),
        ("good_enough", low, high, GREY),
        ("great", high, 100, BLUISH_GREEN),
    )
    for key, y0, y1, colour in zones:
        ax.axhspan(y0, y1, color=tint(colour, 0.18), lw=0, zorder=0, gid=f"band:{key}")
    for edge in (low, high):
        ax.axhline(edge, color=GREY, lw=0.9, ls=(0, (4, 3)), zorder=1)
    margin_labels(
        ax,
        [(f"band-label:{k}", (y0 + y1) / 2, word(k, lang)) for k, y0, y1, _c in zones],
        width=12,
        spans=[y1 - y0 for _k, y0, y1, _c in zones],
    )
    if title:
        ax.set_title(title)
    if not n:
        ax.set_xticks([])
        no_data(ax, lang)
        return fig

    xs = trend_line(
        ax,
        points,
        lang,
        gid="nps",
        marker_colour=INK,
        missing_y=0,
        label_below_from=82,
        digits=0,
        sign=True,
    )
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_xticks(
        xs, [wrap(label, chars_for((width_in - 3.2) / n + 0.3), 3) for label, _v in points]
    )
    return fig
