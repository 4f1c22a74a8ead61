"""One look for every chart: Okabe-Ito colours, DejaVu Sans, text sized for a projector.

Also the few words the charts draw themselves (in English and Turkish), number formatting in
the chart's language (63,4 and %80 in Turkish) and label wrapping, so long Turkish titles fit.
"""

from __future__ import annotations

import math
import textwrap
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import matplotlib as mpl
from cycler import cycler
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

# The palette (Okabe & Ito) is charts/palette.py's, shared with the screens (views/theme.py).
from csmm_desktop.charts.palette import BLACK as BLACK
from csmm_desktop.charts.palette import BLUE as BLUE
from csmm_desktop.charts.palette import BLUISH_GREEN as BLUISH_GREEN
from csmm_desktop.charts.palette import GREY as GREY
from csmm_desktop.charts.palette import INK as INK
from csmm_desktop.charts.palette import MUTED as MUTED
from csmm_desktop.charts.palette import NO_DATA_GREY as NO_DATA_GREY
from csmm_desktop.charts.palette import ORANGE as ORANGE
from csmm_desktop.charts.palette import REDDISH_PURPLE as REDDISH_PURPLE
from csmm_desktop.charts.palette import SKY_BLUE as SKY_BLUE
from csmm_desktop.charts.palette import VERMILLION as VERMILLION
from csmm_desktop.charts.palette import YELLOW as YELLOW
from csmm_desktop.domain.cxboard import NPS_BANDS
from csmm_desktop.domain.engagement import KPI_STATUSES
from csmm_desktop.domain.levels import LEVELS

# the app's one way of writing numbers, under the charts' names
from csmm_desktop.domain.numbers import MISSING as MISSING
from csmm_desktop.domain.numbers import is_missing as is_missing
from csmm_desktop.domain.numbers import number as fmt_number
from csmm_desktop.domain.numbers import percent as fmt_percent

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType


SERIES: tuple[str, ...] = (BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, INK)
LEVEL_COLOURS: dict[str, str] = {
    "initial": VERMILLION,
    "planned": ORANGE,
    "measured": SKY_BLUE,
    "optimized": BLUISH_GREEN,
}
DEFAULT_THRESHOLDS: Mapping[str, float] = {"planned": 40.0, "measured": 60.0, "optimized": 80.0}

FONT = "DejaVu Sans"  # ships with matplotlib and has every Turkish letter
BASE_SIZE = 11.0
SMALL_SIZE = 9.5
TITLE_SIZE = 13.5

RC: dict[RcKeyType, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": BASE_SIZE,
    "axes.titlesize": TITLE_SIZE,
    "axes.titleweight": "bold",
    "axes.labelsize": BASE_SIZE,
    "axes.labelcolor": INK,
    "axes.edgecolor": MUTED,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=SERIES),
    "axes.unicode_minus": True,
    "xtick.labelsize": SMALL_SIZE + 0.5,
    "ytick.labelsize": SMALL_SIZE + 0.5,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "legend.fontsize": SMALL_SIZE + 0.5,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "figure.titlesize": TITLE_SIZE,
    "figure.titleweight": "bold",
    "savefig.facecolor": "white",
    "text.color": INK,
    "svg.fonttype": "path",
}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "no_data": "No data",
        "missing": "– = no data",
        "score": "Score (0–100)",
        "overall": "Overall score",
        "current": "Current",
        "previous": "Previous",
        "target": "Target",
        "no_data_for": "No data: {items}",
        "management": "Management",
        "employees": "Employees",
        "gap_axis": "Management score − employee score (points)",
        "mgmt_higher": "Management rates higher",
        "staff_higher": "Employees rate higher",
        "detractors": "Detractors",
        "passives": "Passives",
        "promoters": "Promoters",
        "share": "Share of answers (n = {n})",
        "no_answers": "No NPS answers yet",
        "count": "Contacts",
        "cumulative": "Cumulative %",
        "value": "Value",
    },
    "tr": {
        "no_data": "Veri yok",
        "missing": "– = veri yok",
        "score": "Puan (0–100)",
        "overall": "Genel puan",
        "current": "Güncel",
        "previous": "Önceki",
        "target": "Hedef",
        "no_data_for": "Veri yok: {items}",
        "management": "Yönetim",
        "employees": "Çalışanlar",
        "gap_axis": "Yönetim puanı − çalışan puanı (puan)",
        "mgmt_higher": "Yönetim daha yüksek puanlıyor",
        "staff_higher": "Çalışanlar daha yüksek puanlıyor",
        "detractors": "Kötüleyenler",
        "passives": "Pasifler",
        "promoters": "Destekçiler",
        "share": "Yanıtların payı (n = {n})",
        "no_answers": "Henüz NPS yanıtı yok",
        "count": "Temas sayısı",
        "cumulative": "Kümülatif %",
        "value": "Değer",
    },
}
# The NPS bands and KPI statuses in the words of the table beside the chart and of the
# reports: the domain's one label table each (weak / acceptable / strong; target met...).
for _lang, _words in WORDS.items():
    _words.update({key: text[_lang] for key, text in NPS_BANDS.items()})
    _words.update({key: KPI_STATUSES[key][_lang] for key in ("met", "close", "missed")})

F = TypeVar("F", bound=Callable[..., Figure])


def word(key: str, lang: str) -> str:
    """A fixed chart word in `lang` ("en" or "tr"); unknown languages fall back to English."""
    return WORDS.get(lang, WORDS["en"]).get(key) or WORDS["en"][key]


def level_names(lang: str) -> dict[str, str]:
    """Level key -> level name in `lang`, lowest level first."""
    return {level.key: level.label(lang) for level in LEVELS}


def level_edges(thresholds: Mapping[str, float] | None = None) -> list[tuple[str, float, float]]:
    """(level key, lower edge, upper edge) for the four levels on the 0-100 scale."""
    t = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    edges = [0.0, float(t["planned"]), float(t["measured"]), float(t["optimized"]), 100.0]
    return [(level.key, edges[i], edges[i + 1]) for i, level in enumerate(LEVELS)]


# rc_context sets matplotlib's one global rcParams and puts them back after: two builders
# on two threads at once (a report exported while the dashboard draws, views/chart_view.py)
# would each see the other's put-back midway. One builder at a time, whatever the thread.
BUILDING = threading.RLock()


def styled(builder: F) -> F:
    """Run a builder inside the chart style, so every artist it creates gets the look."""

    @wraps(builder)
    def run(*args: Any, **kwargs: Any) -> Figure:
        with BUILDING, mpl.rc_context(RC):
            return builder(*args, **kwargs)

    return run  # type: ignore[return-value]


def new_figure(width: float, height: float) -> Figure:
    """A Qt-free, pyplot-free figure with constrained layout (nothing gets cut off)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    # Pads in inches; generous, as text measured at 100 dpi grows a little at 150-200 dpi.
    engine = fig.get_layout_engine()
    assert isinstance(engine, ConstrainedLayoutEngine)
    engine.set(w_pad=0.15, h_pad=0.12)
    return fig


def tint(colour: str, amount: float) -> tuple[float, float, float]:
    """`colour` mixed with white: amount 1 is the colour, 0 is white."""
    r, g, b = to_rgb(colour)
    return (1 - amount + amount * r, 1 - amount + amount * g, 1 - amount + amount * b)


def text_colour_on(colour: Any) -> str:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = to_rgb(colour)
    return INK if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def style_axes(ax: Any, grid: str | None = "y") -> None:
    """Tick sizes and a light grid, set on the axes itself so lazily made ticks keep them."""
    ax.tick_params(labelsize=SMALL_SIZE + 0.5, colors=MUTED, labelcolor=INK)
    if grid:
        ax.grid(axis=grid, color="#E4E4E4", linewidth=0.8, zorder=0)
        ax.set_axisbelow(True)


def nan_if_none(value: float | None) -> float:
    return math.nan if is_missing(value) else float(value)  # type: ignore[arg-type]


def fmt_tick(value: float, lang: str) -> str:
    """An axis tick: whole numbers without decimals, others with as few as needed."""
    for digits in (0, 1, 2):
        if abs(value - round(value, digits)) < 1e-9:
            return fmt_number(value, lang, digits)
    return fmt_number(value, lang, 3)


def number_axis(axis: Any, lang: str, percent: bool = False) -> None:
    """Format an axis's ticks in `lang` (decimal comma, Turkish %80)."""
    from matplotlib.ticker import FuncFormatter

    if percent:
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_percent(v, lang)))
    else:
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_tick(v, lang)))


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, ending in "…" when cut: at a space, unless
    the text's first word alone is longer."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: max(1, width - 1)].rstrip()
    space = cut.rfind(" ")
    if space > 0 and text[len(cut)] != " ":  # never mid-word when a word boundary exists
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def wrap(text: str, width: int, max_lines: int = 3) -> str:
    """Wrap on spaces into at most `max_lines` lines; the last line ends in "…" if cut."""
    width = max(4, width)
    lines = textwrap.wrap(" ".join(str(text).split()), width, break_long_words=False)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [shorten(rest, width)]
    lines = [line if len(line) <= width + 3 else shorten(line, width) for line in lines]
    return "\n".join(lines)


def chars_for(inches: float, fontsize: float = SMALL_SIZE) -> int:
    """Roughly how many DejaVu Sans characters of `fontsize` points fit in `inches`."""
    return max(6, int(inches * 72 / (0.58 * fontsize)))


def no_data(ax: Any, lang: str, message: str | None = None) -> None:
    """A clear, centred "no data" message over an empty plot."""
    ax.text(
        0.5,
        0.5,
        message or word("no_data", lang),
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=TITLE_SIZE,
        color=MUTED,
        gid="no-data",
        bbox={"boxstyle": "round,pad=0.6", "facecolor": "white", "edgecolor": NO_DATA_GREY},
    )


def _band_lines(ax: Any, span: float, fontsize: float) -> int:
    """How many lines of `fontsize` points a band `span` data units high holds, on an
    axes whose height is estimated from the figure's (legend, ticks and pads take ~1.9 in)."""
    low, high = sorted(ax.get_ylim())
    plot_in = max(0.8, ax.figure.get_figheight() - 1.9)
    band_pt = abs(span) / max(high - low, 1e-9) * plot_in * 72
    return max(1, int(band_pt // (fontsize * 1.25)))


def fit_wrap(text: str, width: int, lines: int, max_width: int = 26) -> str:
    """`text` wrapped to `width` characters, widened up to `max_width` so it takes at most
    `lines` lines (shortened with "…" if even that is not enough)."""
    for w in range(width, max_width + 1):
        wrapped = wrap(text, w, lines + 1)
        if wrapped.count("\n") < lines:
            return wrapped
    return wrap(text, max_width, lines)


def margin_labels(
    ax: Any,
    labels: Sequence[tuple[str, float, str]],
    width: int = 14,
    colour: str = MUTED,
    spans: Sequence[float] | None = None,
) -> None:
    """Labels in the right margin at data heights: (gid, y, text), wrapped to `width`. With
    `spans` (the data height each label may take), a label gets no more lines than fit in
    its span, so labels of neighbouring bands never run into each other (long Turkish level
    names: "Yüksek Performans ve Kalite" over "Ölçülebilir Performans")."""
    for i, (gid, y, text) in enumerate(labels):
        lines = _band_lines(ax, spans[i], SMALL_SIZE) if spans else 3
        ax.annotate(
            fit_wrap(text, width, min(3, lines)),
            xy=(1, y),
            xycoords=ax.get_yaxis_transform(),
            xytext=(6, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=SMALL_SIZE,
            color=colour,
            gid=gid,
            annotation_clip=False,
        )


def level_bands(
    ax: Any,
    thresholds: Mapping[str, float] | None,
    lang: str,
    shade: bool = True,
    labels: bool = True,
) -> None:
    """The four maturity levels as light horizontal bands (or dashed lines at the thresholds),
    named in the right margin. Band patches have gid "band:<key>", labels "band-label:<key>"."""
    edges = level_edges(thresholds)
    names = level_names(lang)
    for key, low, high in edges:
        if shade:
            ax.axhspan(
                low, high, color=tint(LEVEL_COLOURS[key], 0.2), lw=0, zorder=0, gid=f"band:{key}"
            )
        if low > 0:
            ax.axhline(low, color=GREY, lw=0.9, ls=(0, (4, 3)), zorder=1, gid=f"threshold:{key}")
    if labels:
        margin_labels(
            ax,
            [(f"band-label:{k}", (lo + hi) / 2, names[k]) for k, lo, hi in edges],
            spans=[hi - lo for _k, lo, hi in edges],
        )


def fit_legend(fig: Figure, loc: str, ncols: int, **kw: Any) -> Any:
    """A frameless figure legend at `loc` with at most `ncols` columns, fewer if a row
    would be wider than the figure (measured, not guessed: a legend is never cut off)."""
    ncols = max(1, ncols)
    legend = fig.legend(loc=loc, ncols=ncols, **kw)  # type: ignore[call-overload]  # kw: handles, labels…
    # The private renderer measures the legend before the figure is drawn (no public way).
    renderer = fig._get_renderer()  # type: ignore[attr-defined]
    room = fig.bbox.width - 0.2 * fig.dpi
    while ncols > 1 and legend.get_window_extent(renderer).width > room:
        legend.remove()
        ncols -= 1
        legend = fig.legend(loc=loc, ncols=ncols, **kw)  # type: ignore[call-overload]
    return legend


def legend_above(
    fig: Figure, handles: Sequence[Any] | None = None, ncols: int = 4, **kw: Any
) -> Any:
    """A frameless legend above the plot, inside the figure's layout, in as many columns
    (up to `ncols`) as fit across the figure."""
    if handles is not None:
        kw["handles"] = handles
    return fit_legend(fig, "outside upper center", ncols, **kw)


def footnote(fig: Figure, text: str) -> None:
    """A small grey note under the plot, part of the layout so it never overlaps."""
    label = fig.supxlabel(
        text, fontsize=SMALL_SIZE, color=MUTED, fontweight="normal", x=0.01, ha="left"
    )
    label.set_gid("note")


def missing_mark(ax: Any, x: float, y: float, lang: str) -> None:
    """'No data' written upright at (x, y): a missing value on a line, never a zero."""
    ax.text(
        x,
        y,
        word("no_data", lang),
        ha="center",
        va="center",
        rotation=90,
        color=MUTED,
        fontsize=SMALL_SIZE,
        style="italic",
        gid="missing",
    )


def trend_line(
    ax: Any,
    points: Sequence[tuple[str, float | None]],
    lang: str,
    *,
    gid: str,
    marker_colour: str,
    missing_y: float,
    label_below_from: float,
    digits: int = 1,
    sign: bool = False,
    boxed: bool = False,
) -> list[int]:
    """One value per snapshot as a line with markers and bold value labels (below the point
    when it is at or above `label_below_from`); a missing value is a 'no data' mark at
    `missing_y`, never a zero. Returns the x positions."""
    xs = list(range(len(points)))
    ax.plot(
        xs,
        [nan_if_none(v) for _label, v in points],
        color=INK,
        lw=2.4,
        marker="o",
        ms=9,
        mfc=marker_colour,
        mec="white",
        mew=1.5,
        zorder=4,
        gid=gid,
    )
    box = {"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}
    for x, (_label, value) in zip(xs, points, strict=True):
        if is_missing(value):
            missing_mark(ax, x, missing_y, lang)
            continue
        above = value <= label_below_from  # type: ignore[operator]
        ax.annotate(
            fmt_number(value, lang, digits, sign=sign),
            xy=(x, value),
            xytext=(0, 11 if above else -11),
            textcoords="offset points",
            ha="center",
            va="bottom" if above else "top",
            fontsize=BASE_SIZE,
            fontweight="bold",
            color=INK,
            gid="value",
            **({"bbox": box} if boxed else {}),
        )
    return xs
