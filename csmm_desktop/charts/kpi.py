"""Operational charts: the Pareto of contact reasons and a KPI against its target."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from csmm_desktop.charts.style import (
    BASE_SIZE,
    BLUE,
    BLUISH_GREEN,
    GREY,
    INK,
    ORANGE,
    SMALL_SIZE,
    VERMILLION,
    chars_for,
    fmt_number,
    fmt_percent,
    is_missing,
    legend_above,
    margin_labels,
    missing_mark,
    nan_if_none,
    new_figure,
    no_data,
    number_axis,
    style_axes,
    styled,
    word,
    wrap,
)
from csmm_desktop.domain.engagement import KPI_STATUSES, kpi_status
from csmm_desktop.domain.engagement import label as status_label
from csmm_desktop.domain.numbers import measured as fmt_value


@styled
def pareto(
    items: Sequence[tuple[str, int]],
    lang: str = "en",
    *,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Contact reasons: counts as bars, largest first, and the cumulative share as a line.

    The cumulative line (gid "cumulative") is on a second 0-100% axis with a dashed 80% line
    (gid "pareto-80"). No items, or only zero counts, gives a "no data" figure.
    """
    ordered = sorted(items, key=lambda item: -item[1])
    n = len(ordered)
    width_in, height_in = size or (max(8.0, 0.95 * n + 3.0), 5.6)
    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    style_axes(ax)
    ax.set_ylabel(word("count", lang))
    number_axis(ax.yaxis, lang)
    if title:
        ax.set_title(title)
    total = sum(count for _label, count in ordered)
    if not n or total <= 0:
        ax.set_xticks([])
        ax.set_yticks([])
        no_data(ax, lang)
        return fig

    xs = list(range(n))
    counts = [count for _label, count in ordered]
    bars = ax.bar(xs, counts, 0.7, color=BLUE, label=word("count", lang), zorder=2)
    ax.set_ylim(0, max(counts) * 1.12)
    ax.set_xlim(-0.6, n - 0.4)
    slanted = n > 6
    labels = [
        wrap(label, 22 if slanted else chars_for((width_in - 3) / n), 3) for label, _c in ordered
    ]
    ax.set_xticks(
        xs,
        labels,
        rotation=35 if slanted else 0,
        ha="right" if slanted else "center",
        rotation_mode="anchor" if slanted else "default",
    )

    share = ax.twinx()
    share.spines["right"].set_visible(True)
    style_axes(share, grid=None)
    running = 0
    cumulative = []
    for count in counts:
        running += count
        cumulative.append(running * 100.0 / total)
    (line,) = share.plot(
        xs,
        cumulative,
        color=VERMILLION,
        lw=2.2,
        marker="o",
        ms=6,
        label=word("cumulative", lang),
        gid="cumulative",
        zorder=4,
    )
    ref = share.axhline(
        80, color=INK, lw=1, ls=(0, (4, 3)), label=fmt_percent(80, lang), gid="pareto-80"
    )
    # Counts are drawn on the share axes (which is drawn last) with a backing box, so the
    # cumulative line passing through a bar never hides its number.
    for x, count in zip(xs, counts, strict=True):
        inside = count >= max(counts) * 0.15
        share.annotate(
            fmt_number(count, lang, 0),
            xy=(x, count),
            xycoords=ax.transData,
            xytext=(0, -5 if inside else 4),
            textcoords="offset points",
            ha="center",
            va="top" if inside else "bottom",
            fontsize=SMALL_SIZE,
            fontweight="bold" if inside else "normal",
            color="white" if inside else INK,
            bbox={
                "boxstyle": "round,pad=0.15",
                "edgecolor": "none",
                "facecolor": BLUE if inside else "white",
            },
            gid="count",
            zorder=5,
        )
    share.set_ylim(0, 105)
    share.set_yticks(range(0, 101, 20))
    number_axis(share.yaxis, lang, percent=True)
    share.set_ylabel(word("cumulative", lang))
    legend_above(fig, [bars, line, ref], ncols=3)
    return fig


@styled
def kpi_trend(
    points: Sequence[tuple[str, float | None]],
    target: float | None,
    higher_is_better: bool,
    unit: str,
    lang: str = "en",
    *,
    digits: int = 1,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """A KPI per period against its target, each point marked by its status as
    domain.engagement.kpi_status decides it (the KPI tables use the same function): met
    points are green circles, close ones orange triangles, missed ones vermillion crosses
    (shape and colour, so it reads without colour too); the legend names them as the tables
    do (KPI_STATUSES).

    unit: already translated ("min", "%", "" …). Without a target all points are neutral.
    Lines with gid "met", "close", "missed", "unrated" hold those points; the target line is
    "target".
    """
    n = len(points)
    width_in, height_in = size or (max(7.5, 1.2 * n + 3.4), 5.0)
    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    style_axes(ax)
    number_axis(ax.yaxis, lang, percent=unit == "%")
    ax.set_ylabel(unit or word("value", lang))
    if title:
        ax.set_title(title)
    values = [nan_if_none(v) for _label, v in points]
    known = [v for v in values if not math.isnan(v)]
    if not known:
        ax.set_xticks([])
        ax.set_yticks([])
        no_data(ax, lang)
        return fig

    span = known + ([] if target is None else [float(target)])
    low, high = min(span), max(span)
    pad = (high - low) * 0.18 or max(abs(high) * 0.2, 1.0)
    pad = max(pad, (high - low) * 0.22)
    bottom = low - pad
    ax.set_ylim(0.0 if low >= 0 > bottom else bottom, high + pad)
    xs = list(range(n))
    ax.plot(xs, values, color=GREY, lw=2, zorder=2, gid="kpi")
    handles = []
    direction = "higher" if higher_is_better else "lower"
    measured = [x for x, v in zip(xs, values, strict=True) if not math.isnan(v)]
    if target is None:
        groups = [("unrated", BLUE, "o", measured)]
    else:
        status = {x: kpi_status(values[x], target, direction) for x in measured}
        groups = [
            (key, colour, marker, [x for x in measured if status[x] == key])
            for key, colour, marker in (
                ("met", BLUISH_GREEN, "o"),
                ("close", ORANGE, "^"),
                ("missed", VERMILLION, "X"),
            )
        ]
    for gid, colour, marker, where in groups:
        (points_line,) = ax.plot(
            where,
            [values[x] for x in where],
            ls="none",
            marker=marker,
            ms=11,
            color=colour,
            mec="white",
            mew=1.2,
            zorder=4,
            gid=gid,
            label=word("value", lang)
            if gid == "unrated"
            else status_label(KPI_STATUSES, gid, lang),
        )
        if where or gid == "unrated":
            handles.append(points_line)
    for x, (_label, value) in zip(xs, points, strict=True):
        if value is None or is_missing(value):
            missing_mark(ax, x, sum(ax.get_ylim()) / 2, lang)
            continue
        above = target is None or value >= target  # away from the target line
        ax.annotate(
            fmt_value(value, unit, lang, digits),
            xy=(x, value),
            xytext=(0, 10 if above else -12),
            textcoords="offset points",
            ha="center",
            va="bottom" if above else "top",
            fontsize=BASE_SIZE,
            fontweight="bold",
            gid="value",
        )
    if target is not None:
        ax.axhline(target, color=INK, lw=1.4, ls=(0, (5, 3)), zorder=3, gid="target")
        label = f"{word('target', lang)}\n{fmt_value(target, unit, lang, digits)}"
        margin_labels(ax, [("target-label", float(target), label)], width=16, colour=INK)
        handles.append(
            Line2D([], [], color=INK, lw=1.4, ls=(0, (5, 3)), label=word("target", lang))
        )
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_xticks(
        xs, [wrap(label, chars_for((width_in - 3.4) / n + 0.3), 3) for label, _v in points]
    )
    legend_above(fig, handles, ncols=len(handles))
    return fig
