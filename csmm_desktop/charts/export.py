"""Figures to bytes: PNG for ReportLab (through BytesIO) and SVG for vector output."""

from __future__ import annotations

from io import BytesIO

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from csmm_desktop.charts.style import RC


def _save(fig: Figure, fmt: str, **kwargs: object) -> bytes:
    # A figure shown in the window already has a Qt canvas (an Agg subclass): keep it.
    # A plain Figure gets the Agg canvas, so no GUI backend is ever loaded.
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    buffer = BytesIO()
    with mpl.rc_context(RC):
        fig.savefig(buffer, format=fmt, facecolor="white", **kwargs)
    return buffer.getvalue()


def to_png(fig: Figure, dpi: int = 150, compress_level: int = 6) -> bytes:
    """The figure as PNG bytes at `dpi` (150-200 suits a printed A4 page).

    compress_level 1 is for pixels only passed on (the PDFs recompress them anyway): full
    compression costs ~0.05 s a chart for nothing there."""
    return _save(fig, "png", dpi=dpi, pil_kwargs={"compress_level": compress_level})


def to_svg(fig: Figure) -> bytes:
    """The figure as SVG bytes, text drawn as paths so no font is needed to view it."""
    return _save(fig, "svg")
