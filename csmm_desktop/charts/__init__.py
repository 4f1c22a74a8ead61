"""matplotlib Figure builders with no Qt, shared by the windows and the PDF reports.

Every builder takes plain data (ids, translated labels, 0-100 scores or None) and `lang`
("en"/"tr") for the few words a chart draws itself, and returns a
`matplotlib.figure.Figure` (no pyplot): show it with FigureCanvasQTAgg, or turn it into
bytes with `to_png` / `to_svg`, or into pixels for the PDFs with `to_image`.

Importing this package is free; matplotlib loads on the first builder used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_HOMES = {
    "section_comparison": "sections",
    "section_radar": "sections",
    "overall_trend": "sections",
    "topic_heatmap": "topics",
    "perception_gap": "topics",
    "nps_breakdown": "nps",
    "nps_trend": "nps",
    "pareto": "kpi",
    "kpi_trend": "kpi",
    "roadmap_chart": "roadmap",
    "to_image": "export",
    "to_png": "export",
    "to_svg": "export",
}
__all__ = [
    "kpi_trend",
    "nps_breakdown",
    "nps_trend",
    "overall_trend",
    "pareto",
    "roadmap_chart",
    "perception_gap",
    "section_comparison",
    "section_radar",
    "to_image",
    "to_png",
    "to_svg",
    "topic_heatmap",
]

if TYPE_CHECKING:
    from csmm_desktop.charts.export import to_image, to_png, to_svg
    from csmm_desktop.charts.kpi import kpi_trend, pareto
    from csmm_desktop.charts.nps import nps_breakdown, nps_trend
    from csmm_desktop.charts.roadmap import roadmap_chart
    from csmm_desktop.charts.sections import overall_trend, section_comparison, section_radar
    from csmm_desktop.charts.topics import perception_gap, topic_heatmap


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
