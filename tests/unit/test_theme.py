"""Colours have one home: the Qt-free palette (charts/palette.py), which the charts draw
with, and views/theme.py, which names it for the screens. No screen spells a colour."""

import re
from pathlib import Path

from csmm_desktop.charts import palette, style
from csmm_desktop.views import theme

VIEWS = Path(__file__).resolve().parents[2] / "csmm_desktop" / "views"
# a colour literal; a style sheet's selector (QLabel#name) has a letter before its "#"
HEX = re.compile(r"(?<![A-Za-z0-9_])#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?\b")


def test_no_screen_spells_a_colour_but_the_theme():
    found = [
        f"{path.relative_to(VIEWS)}:{number}: {line.strip()}"
        for path in sorted(VIEWS.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


def test_the_check_finds_a_colour_and_passes_a_selector():
    assert HEX.search("label.setStyleSheet('color: #5a6570;')")
    assert HEX.search('QColor("#a63d00")')
    assert not HEX.search("QLabel#questionHelp { font-size: 9pt; }")
    assert not HEX.search("QFrame#dueBox, QPushButton#addButton")


def test_charts_and_screens_share_one_palette():
    for name in ("BLUE", "ORANGE", "VERMILLION", "BLUISH_GREEN", "INK", "MUTED"):
        assert getattr(style, name) == getattr(palette, name) == getattr(theme, name)
    assert theme.ACCENT == style.BLUE and theme.WARNING == style.VERMILLION


def test_the_board_and_kpi_statuses_look_as_their_charts():
    from csmm_desktop.views.cxboard.common import BAND_LOOK
    from csmm_desktop.views.engagement import kpis_status

    assert BAND_LOOK["bad"][0] == style.VERMILLION
    assert BAND_LOOK["great"][0] == style.BLUISH_GREEN
    assert kpis_status._LOOK["met"][0] == style.BLUISH_GREEN
    assert kpis_status._LOOK["missed"][0] == style.VERMILLION
