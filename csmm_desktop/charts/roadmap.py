"""The roadmap chart: an action plan as a Gantt-like chart on a time axis cut into the
3-month cycles. Plain data in (`RoadmapRow`s with their labels already in the reader's
language, day numbers as `datetime.date`), a Figure out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from csmm_desktop.charts.style import (
    BLUE,
    BLUISH_GREEN,
    GREY,
    INK,
    MUTED,
    SMALL_SIZE,
    VERMILLION,
    legend_above,
    new_figure,
    no_data,
    style_axes,
    styled,
    tint,
)

# Status colours (Okabe-Ito); "ahead" is the open action's time still to its due date.
STATUS_COLOURS: dict[str, str] = {
    "planned": GREY,
    "in_progress": BLUE,
    "done": BLUISH_GREEN,
    "dropped": VERMILLION,
    "ahead": "#FFFFFF",
}
ROW_HEIGHT = 0.44  # inches per action


@dataclass(frozen=True)
class RoadmapRow:
    label: str  # the action, one or two lines (title, owner · KPI)
    spans: Sequence[tuple[date, date, str]]  # (start, end, status)
    due: date | None = None
    ended: date | None = None  # done or dropped on
    status: str = "planned"


@dataclass(frozen=True)
class RoadmapAxis:
    cycles: Sequence[tuple[str, date, date]]  # (label, start, end)
    as_of: date
    as_of_label: str
    ticks: Sequence[tuple[date, str]] = ()
    start: date | None = None  # the axis's ends (default: the cycles' and spans')
    end: date | None = None
    words: Mapping[str, str] = field(default_factory=dict)  # status -> legend word; "due"


def _x(day: date) -> float:
    return float(day.toordinal())


@styled
def roadmap_chart(
    rows: Sequence[RoadmapRow],
    axis: RoadmapAxis,
    lang: str = "en",
    *,
    width: float = 11.0,
) -> Figure:
    """One row per action, top to bottom in the given order: a bar per status span, a
    diamond at the due date, a tick (done) or cross (dropped) where it ended; the cycles as
    alternating bands named along the top; a dashed line at the snapshot's date.
    Artists carry gids: "span-<status>", "due", "ended-<status>", "as-of", "cycle-<n>"."""
    n = len(rows)
    fig = new_figure(width, max(2.6, ROW_HEIGHT * n + 1.7))
    ax = fig.add_subplot()
    style_axes(ax, grid=None)
    if not n:
        ax.set_xticks([])
        ax.set_yticks([])
        no_data(ax, lang)
        return fig
    start = min([_x(c[1]) for c in axis.cycles] + [_x(s[0]) for r in rows for s in r.spans])
    end = max([_x(c[2]) for c in axis.cycles] + [_x(s[1]) for r in rows for s in r.spans])
    start = _x(axis.start) if axis.start else start
    end = _x(axis.end) if axis.end else end
    for k, (label, c_start, c_end) in enumerate(axis.cycles):
        ax.axvspan(_x(c_start), _x(c_end), color="#F1F1F1" if k % 2 == 0 else "#FFFFFF", zorder=0)
        ax.text(
            (_x(c_start) + _x(c_end)) / 2,
            -0.75,
            label,
            ha="center",
            va="bottom",
            fontsize=SMALL_SIZE,
            color=MUTED,
            gid=f"cycle-{k + 1}",
            clip_on=True,
        )
    for y, row in enumerate(rows):
        for s_start, s_end, status in row.spans:
            colour = STATUS_COLOURS.get(status, GREY)
            ax.barh(
                y,
                max(_x(s_end) - _x(s_start), 1.0),
                left=_x(s_start),
                height=0.5,
                color=tint(colour, 0.85) if status != "ahead" else colour,
                edgecolor=GREY if status == "ahead" else colour,
                linestyle=(0, (3, 2)) if status == "ahead" else "-",
                linewidth=0.8,
                zorder=2,
                gid=f"span-{status}",
            )
        if row.due is not None:
            ax.plot(_x(row.due), y, marker="D", ms=5, color=INK, zorder=4, gid="due")
        if row.ended is not None and row.status in ("done", "dropped"):
            mark = "P" if row.status == "done" else "X"
            colour = STATUS_COLOURS[row.status]
            ax.plot(
                _x(row.ended),
                y,
                marker=mark,
                ms=7,
                color=colour,
                mec="white",
                mew=0.6,
                zorder=5,
                gid=f"ended-{row.status}",
            )
    ax.axvline(_x(axis.as_of), color=VERMILLION, lw=1.2, ls=(0, (4, 3)), zorder=3, gid="as-of")
    ax.text(
        _x(axis.as_of),
        -0.32,
        f" {axis.as_of_label}",
        color=VERMILLION,
        fontsize=SMALL_SIZE - 1,
        va="bottom",
        ha="left",
        zorder=6,
    )
    ax.set_ylim(n - 0.4, -1.25)
    pad = (end - start) * 0.01
    ax.set_xlim(start - pad, end + pad)
    ax.set_yticks(range(n), [row.label for row in rows], fontsize=SMALL_SIZE)
    ticks = axis.ticks or [(c[1], c[0]) for c in axis.cycles]
    ax.set_xticks([_x(d) for d, _l in ticks], [label for _d, label in ticks])
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    words = axis.words
    handles: list[Artist] = [
        Patch(facecolor=tint(STATUS_COLOURS[k], 0.85), edgecolor=STATUS_COLOURS[k], label=words[k])
        for k in ("planned", "in_progress")
        if k in words
    ]
    handles.append(
        Patch(
            facecolor="white", edgecolor=GREY, linestyle=(0, (3, 2)), label=words.get("ahead", "")
        )
    )
    for key, mark in (("done", "P"), ("dropped", "X")):
        handles.append(
            Line2D(
                [],
                [],
                ls="",
                marker=mark,
                ms=7,
                color=STATUS_COLOURS[key],
                label=words.get(key, key),
            )
        )
    handles.append(Line2D([], [], ls="", marker="D", ms=5, color=INK, label=words.get("due", "")))
    legend_above(fig, handles, ncols=6, fontsize=SMALL_SIZE)
    return fig
