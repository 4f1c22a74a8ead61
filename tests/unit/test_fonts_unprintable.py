"""What the report font cannot draw, found without ReportLab (reports/fonts.unprintable):
the same characters clean() prints as □, cheap enough to check as the user types."""

import pytest

from csmm_desktop.reports import fonts
from tests.probe import run_python


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Şirket مرحبا", "مرحبا"),
        ("Hedef 🚀 🤝 🚀", "🚀🤝"),  # each once, in order
        ("中文 and 中", "中文"),
        ("ş ğ ı İ ö ü ç Ş Ğ Ö Ü Ç â î û", ""),
        ("— € “tırnak” ‘x’ … • → ✓ 😀", ""),  # DejaVu draws these
        ("line\nbreak\r\n\ttab\u00a0nbsp\u200bzero\u00adsoft", ""),  # kept or left out
        ("", ""),
        (None, ""),
    ],
)
def test_unprintable_names_what_the_font_lacks(text, missing):
    assert fonts.unprintable(text) == missing


def test_unprintable_agrees_with_clean_character_by_character():
    codes = [*range(0, 0x3100), *range(0xFB00, 0xFFFF), *range(0x1F300, 0x1FB00)]
    disagree = [
        hex(c)
        for c in codes
        if bool(fonts.unprintable(chr(c)))
        != (fonts.clean(chr(c)) == fonts.PLACEHOLDER and chr(c) != fonts.PLACEHOLDER)
    ]
    assert disagree == []


def test_the_font_files_cmaps_are_what_reportlab_registers():
    assert fonts.drawable() == fonts.register_fonts()
    assert len(fonts.drawable()) > 3000


def test_checking_typed_text_loads_neither_reportlab_nor_matplotlib():
    code = (
        "import sys\n"
        "from csmm_desktop.reports.fonts import unprintable\n"
        "assert unprintable('Şirket مرحبا 🚀') == 'مرحبا🚀'\n"
        "print(sorted(m for m in ('reportlab', 'matplotlib') if m in sys.modules))\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
