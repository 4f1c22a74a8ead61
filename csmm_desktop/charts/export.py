"""Figures out of matplotlib: pixels for the PDF reports, PNG and SVG files for the user."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from csmm_desktop.charts.style import BUILDING, RC

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType
    from PIL.Image import Image

# On paper (150 dpi and more) FreeType's hinting buys nothing visible, and rendering glyphs
# unhinted at their own size is about a tenth of a report's time cheaper.
PAPER_RC: dict[RcKeyType, Any] = {**RC, "text.hinting": "no_hinting"}


def _save(fig: Figure, fmt: str, **kwargs: Any) -> bytes:
    # A figure shown in the window already has a Qt canvas (an Agg subclass): keep it.
    # A plain Figure gets the Agg canvas, so no GUI backend is ever loaded.
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    buffer = BytesIO()
    # styled's lock: rc_context is one global a builder on a worker is using meanwhile
    with BUILDING, mpl.rc_context(RC):
        fig.savefig(buffer, format=fmt, facecolor="white", **kwargs)
    return buffer.getvalue()


def to_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes at `dpi`, for a file the user saves or copies."""
    return _save(fig, "png", dpi=dpi)


def to_svg(fig: Figure) -> bytes:
    """The figure as SVG bytes, text drawn as paths so no font is needed to view it."""
    return _save(fig, "svg")


def to_image(fig: Figure, dpi: int = 150) -> Image:
    """The figure's pixels at `dpi` as an RGB PIL image, for ReportLab to place on paper.

    Nothing is encoded: a PNG would be compressed here only to be decoded again by
    ReportLab, which compresses the pixels once more for the PDF. For a plain Figure (one
    not shown in a window, whose dpi belongs to the screen)."""
    from PIL import Image as PilImage

    canvas = FigureCanvasAgg(fig)
    with BUILDING, mpl.rc_context(PAPER_RC):  # see _save
        fig.set_dpi(dpi)
        canvas.draw()
    rgba = canvas.buffer_rgba()
    width, height = canvas.get_width_height(physical=True)
    return PilImage.frombuffer("RGBA", (width, height), rgba, "raw", "RGBA", 0, 1).convert("RGB")
