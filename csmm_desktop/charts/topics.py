"""Topic charts: the topics × snapshots heatmap and the management/employee perception gap."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from csmm_desktop.charts.style import (
    BLUE,
    INK,
    LEVEL_COLOURS,
    MUTED,
    NO_DATA_GREY,
    ORANGE,
    SMALL_SIZE,
    chars_for,
    fit_legend,
    fmt_number,
    is_missing,
    legend_above,
    level_edges,
    level_names,
    nan_if_none,
    new_figure,
    no_data,
    number_axis,
    style_axes,
    styled,
    tint,
    word,
    wrap,
)

Scores = Mapping[str, "float | None"]
ROW_IN = 0.3  # inches per topic row: 9.5 pt text with air around it


def _section_of(topic_id: str) -> str:
    parts = topic_id.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else topic_id


def _row_labels(topics: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Each topic's id and title, a long title wrapped at spaces onto a second line
    (shortened with "…" at a word boundary only past two lines), never cut mid-word."""
    return [f"{tid}  {wrap(text, width, 2)}" for tid, text in topics]


def _tight_lines(ax: Any) -> None:
    """Two-line row labels take no more than their row and a bit of the air around it."""
    for label in ax.get_yticklabels():
        label.set_linespacing(1.0)


@styled
def topic_heatmap(
    topics: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, Scores]],
    lang: str = "en",
    *,
    thresholds: Mapping[str, float] | None = None,
    title: str | None = None,
    width: float | None = None,
) -> Figure:
    """Topics (rows) × snapshots (columns), each cell coloured by level and showing its score.

    topics: (topic id, translated title) in display order; up to the form's 53 read well.
    columns: (snapshot label, {topic id: score 0-100 or None}).
    Missing cells are grey with "–". The figure grows 0.3 in per row; rows of a new
    section (first two parts of a dotted id) are separated by a line.
    """
    n_rows, n_cols = len(topics), len(columns)
    width_in = width or max(8.0, 5.2 + 1.15 * n_cols)
    fig = new_figure(width_in, 2.3 + ROW_IN * max(n_rows, 3))
    ax = fig.add_subplot()
    style_axes(ax, grid=None)
    if title:
        ax.set_title(title)
    if not n_rows or not n_cols:
        ax.set_xticks([])
        ax.set_yticks([])
        no_data(ax, lang)
        return fig

    edges = level_edges(thresholds)
    colours = [tint(LEVEL_COLOURS[key], 0.5) for key, _lo, _hi in edges]
    cmap = ListedColormap(colours).with_extremes(bad=NO_DATA_GREY)
    norm = BoundaryNorm([lo for _k, lo, _h in edges] + [100.0], cmap.N)
    data = np.array(
        [[nan_if_none(values.get(tid)) for _label, values in columns] for tid, _t in topics]
    )
    ax.pcolormesh(
        np.ma.masked_invalid(np.clip(data, 0, 100)),
        cmap=cmap,
        norm=norm,
        edgecolors="white",
        linewidth=1.5,
        gid="cells",
    )
    for r in range(n_rows):
        for c in range(n_cols):
            value = data[r, c]
            ax.text(
                c + 0.5,
                r + 0.5,
                fmt_number(value, lang),  # "–" for a missing (NaN) cell
                ha="center",
                va="center",
                fontsize=SMALL_SIZE,
                color=MUTED if math.isnan(value) else INK,
                gid="cell",
                in_layout=False,  # inside its cell: never moves the layout, skip measuring it
            )
    for r in range(1, n_rows):
        if _section_of(topics[r][0]) != _section_of(topics[r - 1][0]):
            ax.axhline(r, color=INK, lw=1.2, gid="section-separator")

    ax.set_xlim(0, n_cols)
    ax.set_ylim(n_rows, 0)
    ax.xaxis.tick_top()
    ax.set_xticks(
        [c + 0.5 for c in range(n_cols)],
        [wrap(label, chars_for(1.05), 3) for label, _v in columns],
    )
    ax.set_yticks([r + 0.5 for r in range(n_rows)], _row_labels(topics, 52))
    _tight_lines(ax)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)

    names = level_names(lang)
    handles = [
        Patch(
            color=col, label=f"{names[key]} ({fmt_number(lo, lang, 0)}–{fmt_number(hi, lang, 0)})"
        )
        for col, (key, lo, hi) in zip(colours, edges, strict=True)
    ]
    handles.append(Patch(color=NO_DATA_GREY, label=f"– {word('no_data', lang)}"))
    fit_legend(fig, "outside lower center", 3, handles=handles)
    return fig


@styled
def perception_gap(
    topics: Sequence[tuple[str, str]],
    management: Scores,
    employee: Scores,
    lang: str = "en",
    *,
    title: str | None = None,
    width: float | None = None,
) -> Figure:
    """Diverging bars of management − employee score per topic, zero line in the middle.

    Right of the bars, two columns give both scores. A topic missing either score has no
    bar and a "–". Bars are the patches with gid "gap" in topic order (NaN width if missing).
    """
    n = len(topics)
    fig = new_figure(width or 11.0, 2.2 + 0.36 * max(n, 3))
    ax = fig.add_subplot()
    style_axes(ax, grid="x")
    ax.set_xlabel(word("gap_axis", lang))
    number_axis(ax.xaxis, lang)
    if title:
        ax.set_title(title)
    ax.set_xlim(-10, 10)
    if not n:
        ax.set_yticks([])
        no_data(ax, lang)
        return fig

    gaps = []
    for tid, _text in topics:
        m, e = management.get(tid), employee.get(tid)
        gaps.append(math.nan if is_missing(m) or is_missing(e) else float(m) - float(e))  # type: ignore[arg-type]
    known = [abs(g) for g in gaps if not math.isnan(g)]
    if not known:
        no_data(ax, lang)
    limit = max(10.0, math.ceil(max(known, default=0) * 1.3 / 5) * 5)
    ys = list(range(n))
    colours = [ORANGE if g > 0 else BLUE for g in gaps]
    bars = ax.barh(ys, gaps, height=0.62, color=colours, zorder=2)
    for bar in bars:
        bar.set_gid("gap")
    ax.axvline(0, color=INK, lw=1.2, zorder=3)
    for y, g in zip(ys, gaps, strict=True):
        ax.annotate(
            fmt_number(g, lang, sign=True),
            xy=(0 if math.isnan(g) else g, y),
            xytext=(-5 if g < 0 else 5, 0),
            textcoords="offset points",
            ha="right" if g < 0 else "left",
            va="center",
            fontsize=SMALL_SIZE,
            color=MUTED if math.isnan(g) else INK,
            gid="gap-value",
        )
    ax.set_xlim(-limit, limit)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_yticks(ys, _row_labels(topics, 46))
    _tight_lines(ax)
    ax.tick_params(axis="y", length=0)

    # Both scores as a small table in the right margin, with its header above the plot.
    to_row = ax.get_yaxis_transform()
    table = (
        (80, "management", word("management", lang), management),
        (165, "employee", word("employees", lang), employee),
    )
    for offset, key, header, values in table:
        ax.annotate(
            wrap(header, 11, 2),
            xy=(1, 1),
            xycoords="axes fraction",
            xytext=(offset, 4),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=SMALL_SIZE,
            fontweight="bold",
            annotation_clip=False,
        )
        for y, (tid, _text) in enumerate(topics):
            ax.annotate(
                fmt_number(values.get(tid), lang),
                xy=(1, y),
                xycoords=to_row,
                xytext=(offset, 0),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=SMALL_SIZE,
                annotation_clip=False,
                gid=f"score:{key}",
            )
    legend_above(
        fig,
        [
            Patch(color=ORANGE, label=word("mgmt_higher", lang)),
            Patch(color=BLUE, label=word("staff_higher", lang)),
        ],
        ncols=2,
    )
    return fig
