"""Section and overall score charts: grouped bars, radar and the overall trend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.figure import Figure
from matplotlib.projections.polar import PolarAxes

from csmm_desktop.charts.style import (
    BASE_SIZE,
    BLUE,
    GREY,
    INK,
    MISSING,
    MUTED,
    ORANGE,
    SERIES,
    SMALL_SIZE,
    chars_for,
    fit_legend,
    fmt_number,
    footnote,
    legend_above,
    level_bands,
    level_edges,
    nan_if_none,
    new_figure,
    no_data,
    style_axes,
    styled,
    text_colour_on,
    trend_line,
    word,
    wrap,
)

Scores = Mapping[str, "float | None"]


@styled
def section_comparison(
    sections: Sequence[tuple[str, str]],
    series: Sequence[tuple[str, Scores]],
    lang: str = "en",
    *,
    thresholds: Mapping[str, float] | None = None,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Grouped bars: one group per section, one bar per snapshot, the value on each bar.

    sections: (section id, translated title) in display order.
    series: (snapshot label, {section id: score 0-100 or None}); up to ~6 read well.
    A missing score draws no bar and a "–" on the axis, never a zero bar.
    Each snapshot is one BarContainer in ``ax.containers`` (NaN height where missing).
    """
    n_sec, n_ser = len(sections), len(series)
    width_in, height_in = size or (max(8.0, 1.5 * n_sec + 2.6), 5.8)
    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    style_axes(ax)
    ax.set_ylim(0, 100)
    ax.set_yticks(range(0, 101, 20))
    ax.set_ylabel(word("score", lang))
    level_bands(ax, thresholds, lang, shade=False)
    if title:
        ax.set_title(title)
    if not n_sec or not n_ser:
        ax.set_xticks([])
        no_data(ax, lang)
        return fig

    group = 0.82
    bar_w = group / n_ser
    vertical = n_ser >= 3
    label_size = SMALL_SIZE if n_ser <= 2 else SMALL_SIZE - (0.5 if n_ser == 3 else 1.5)
    missing = False
    for i, (label, values) in enumerate(series):
        colour = SERIES[i % len(SERIES)]
        xs = [k + (i - (n_ser - 1) / 2) * bar_w for k in range(n_sec)]
        heights = [nan_if_none(values.get(sid)) for sid, _ in sections]
        bars = ax.bar(xs, heights, bar_w * 0.9, color=colour, label=label, zorder=2)
        for x, h in zip(xs, heights, strict=True):
            if math.isnan(h):
                missing = True
                ax.text(
                    x,
                    1,
                    MISSING,
                    ha="center",
                    va="bottom",
                    color=MUTED,
                    fontsize=BASE_SIZE + 2,
                    fontweight="bold",
                    gid="missing",
                )
                continue
            inside = h >= 20 if vertical else h > 92
            ax.text(
                x,
                h - 1.5 if inside else h + 1,
                fmt_number(h, lang),
                ha="center",
                va="top" if inside else "bottom",
                rotation=90 if vertical else 0,
                fontsize=label_size,
                color=text_colour_on(colour) if inside else INK,
                gid="value",
                zorder=3,
            )
        bars.set_label(label)

    group_in = (width_in - 2.6) / n_sec
    # a short figure keeps its plot: fewer lines of section title under each group
    lines = 4 if height_in >= 5.0 else 3 if height_in >= 4.0 else 2
    ax.set_xticks(
        range(n_sec),
        [f"{sid}\n{wrap(text, chars_for(group_in, 10), lines)}" for sid, text in sections],
    )
    ax.set_xlim(-0.5, n_sec - 0.5)
    # one row when the snapshot names fit across the figure, else fewer columns
    legend_above(fig, ncols=min(n_ser, 4))
    if not ax.texts or all(t.get_gid() != "value" for t in ax.texts):
        no_data(ax, lang)
    elif missing:
        footnote(fig, word("missing", lang))
    return fig


def _radar_figure(width_in: float, height_in: float, titled: bool) -> tuple[Figure, Any]:
    """A figure with one square polar axes placed by hand, leaving fixed room for the
    section labels around it (constrained layout mis-measures a polar axes' outer text)."""
    fig = Figure(figsize=(width_in, height_in))
    # a short figure (a dashboard at 150 %) keeps its circle: less room for the labels
    short = height_in < 5.5
    top, bottom, side = (
        (1.0 if short else 1.45) + (0.45 if titled else 0),
        0.75 if short else 1.0,
        2.0,
    )
    d = max(1.0, min(width_in - 2 * side, height_in - top - bottom))
    left = (width_in - d) / 2
    low = bottom + (height_in - top - bottom - d) / 2
    ax = fig.add_axes(
        (left / width_in, low / height_in, d / width_in, d / height_in), projection="polar"
    )
    assert isinstance(ax, PolarAxes)
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(0, 100)
    ax.set_rgrids([20, 40, 60, 80, 100], labels=[])
    ax.grid(color="#DDDDDD", linewidth=0.8)
    ax.spines["polar"].set_color(GREY)
    ax.tick_params(labelsize=SMALL_SIZE)
    return fig, ax


def _polar_label_alignment(angle: float) -> tuple[str, str]:
    """Text alignment for a label at `angle` (clockwise from the top)."""
    x, y = math.sin(angle), math.cos(angle)
    ha = "center" if abs(x) < 0.2 else ("left" if x > 0 else "right")
    va = "center" if abs(y) < 0.3 else ("bottom" if y > 0 else "top")
    return ha, va


@styled
def section_radar(
    sections: Sequence[tuple[str, str]],
    current: Scores,
    previous: Scores | None = None,
    target: Scores | None = None,
    lang: str = "en",
    *,
    labels: tuple[str | None, str | None, str | None] = (None, None, None),
    thresholds: Mapping[str, float] | None = None,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Radar of the sections: current (solid, filled), previous (dashed), target (dotted).

    labels: legend names for (current, previous, target); default "Current/Previous/Target".
    A missing score breaks the outline at that section and is listed in a note underneath.
    Lines carry gid "current", "previous" and "target".
    """
    width_in, height_in = size or (9.0, 8.2)
    fig, ax = _radar_figure(width_in, height_in, bool(title))
    n = len(sections)
    step = math.pi / n if n else math.radians(8)
    for r in (20, 40, 60, 80, 100):
        ax.text(
            step,
            r,
            fmt_number(r, lang, 0),
            fontsize=SMALL_SIZE - 1,
            color=MUTED,
            ha="center",
            va="center",
            zorder=7,
            bbox={
                "boxstyle": "round,pad=0.1",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.75,
            },
        )
    for _key, low, _high in level_edges(thresholds)[1:]:
        ax.plot(
            [t / 90 * math.pi for t in range(181)],
            [low] * 181,
            color=GREY,
            lw=0.9,
            ls=(0, (4, 3)),
            zorder=1,
        )
    if title:
        fig.suptitle(title, y=1 - 0.12 / height_in, va="top")
    if not n:
        ax.set_xticks([])
        no_data(ax, lang)
        return fig

    angles = [2 * math.pi * i / n for i in range(n)]
    ax.set_xticks(angles, [""] * n)
    for angle, (sid, text) in zip(angles, sections, strict=True):
        ha, va = _polar_label_alignment(angle)
        lines = 2 if height_in < 5.5 and abs(math.cos(angle)) > 0.5 else 4
        ax.text(angle, 108, f"{sid}\n{wrap(text, 20, lines)}", ha=ha, va=va, fontsize=SMALL_SIZE)

    names = [word("current", lang), word("previous", lang), word("target", lang)]
    styles = [
        ("current", current, BLUE, "-", "o", 2.6),
        ("previous", previous, ORANGE, "--", "s", 2.0),
        ("target", target, INK, ":", "D", 1.8),
    ]
    notes = []
    for idx in (2, 1, 0):  # draw target first so the current outline is on top
        gid, values, colour, ls, marker, lw = styles[idx]
        if values is None:
            continue
        name = labels[idx] or names[idx]
        rs = [nan_if_none(values.get(sid)) for sid, _ in sections]
        ax.plot(
            angles + angles[:1],
            rs + rs[:1],
            color=colour,
            ls=ls,
            lw=lw,
            marker=marker,
            ms=6,
            label=name,
            gid=gid,
            zorder=3 + (2 - idx),
        )
        if gid == "current" and not any(math.isnan(r) for r in rs):
            ax.fill(angles, rs, color=colour, alpha=0.14, zorder=2)
        gaps = [sid for (sid, _), r in zip(sections, rs, strict=True) if math.isnan(r)]
        if gaps:
            notes.append(f"{name}: {', '.join(gaps)}")
    by_gid = {line.get_gid(): line for line in ax.get_lines()}
    fit_legend(
        fig,
        "upper center",
        3,
        handles=[by_gid[g] for g in ("current", "previous", "target") if g in by_gid],
        bbox_to_anchor=(0.5, 1 - (0.6 if title else 0.1) / height_in),
    )
    if not any(
        ln.get_gid() == "current" and not all(map(math.isnan, ln.get_ydata()))
        for ln in ax.get_lines()
    ):
        no_data(ax, lang)
    if notes:
        note = word("no_data_for", lang).format(items="; ".join(reversed(notes)))
        fig.text(
            0.15 / width_in, 0.12 / height_in, note, fontsize=SMALL_SIZE, color=MUTED, gid="note"
        )
    return fig


@styled
def overall_trend(
    points: Sequence[tuple[str, float | None]],
    thresholds: Mapping[str, float] | None = None,
    lang: str = "en",
    *,
    title: str | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """The overall score per snapshot as a line with markers over the four level bands.

    points: (snapshot label, overall score 0-100 or None) in time order.
    thresholds: level key -> lower edge; defaults to planned 40, measured 60, optimized 80.
    Bands are patches with gid "band:<level>", named in the right margin ("band-label:<level>").
    A missing score leaves a gap in the line and a "no data" note at that snapshot.
    """
    n = len(points)
    width_in, height_in = size or (max(7.5, 1.4 * n + 3.5), 5.2)
    fig = new_figure(width_in, height_in)
    ax = fig.add_subplot()
    style_axes(ax, grid=None)
    ax.set_ylim(0, 100)
    ax.set_yticks([edge for _k, edge, _h in level_edges(thresholds)] + [100])
    ax.set_ylabel(word("overall", lang))
    level_bands(ax, thresholds, lang)
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
        gid="overall",
        marker_colour=BLUE,
        missing_y=50,
        label_below_from=90,
        boxed=True,
    )
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_xticks(
        xs, [wrap(label, chars_for((width_in - 3.5) / n + 0.3), 3) for label, _v in points]
    )
    return fig
