"""One rounding and one way of writing numbers for the windows, the charts and the reports."""

import math
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from csmm_desktop.charts import style
from csmm_desktop.domain.numbers import MISSING, number, parse, percent, share
from csmm_desktop.reports import formats
from csmm_desktop.views import formatting


@pytest.mark.parametrize(
    ("value", "digits", "en", "tr"),
    [
        (63.4, 1, "63.4", "63,4"),
        (62.25, 1, "62.3", "62,3"),  # a half rounds up, though 62.25 is exact in binary
        (62.35, 1, "62.4", "62,4"),  # ... and though 62.35 is 62.34999... in binary
        (0.05, 1, "0.1", "0,1"),
        (-2.25, 1, "−2.3", "−2,3"),  # away from zero, with a true minus sign
        (-0.04, 1, "0.0", "0,0"),  # no "−0.0"
        (57636, 0, "57,636", "57.636"),
        (1234567.891, 2, "1,234,567.89", "1.234.567,89"),
        (99.95, 1, "100.0", "100,0"),
        (12.5, 0, "13", "13"),
    ],
)
def test_numbers_in_both_languages(value, digits, en, tr):
    assert number(value, "en", digits) == en
    assert number(value, "tr", digits) == tr


def test_missing_signs_and_percentages():
    assert number(None, "tr") == number(math.nan, "en") == number(math.inf, "en") == MISSING
    assert number(19.94, "en", sign=True) == "+19.9"
    assert number(0.0, "en", sign=True) == "0.0"
    assert number(-3.2, "tr", sign=True) == "−3,2"
    assert percent(93.0, "en") == "93%" and percent(93.0, "tr") == "%93"
    assert percent(None, "tr") == MISSING
    assert share(0.145, "en") == "15%"  # the written 14.5, not 14.499999... from 0.145 * 100
    assert share(0.928, "tr", 1) == "%92,8"


def test_the_cx_board_writes_numbers_as_everywhere():
    """The board's own formatters (a hyphen for minus: "-62") are gone: one writing."""
    from csmm_desktop.domain import cxboard
    from csmm_desktop.domain.numbers import integer, signed, whole

    assert not hasattr(cxboard, "format_signed") and not hasattr(cxboard, "round_half_away")
    assert signed(-62, "en") == "−62" and signed(38, "tr") == "+38" and signed(0, "en") == "0"
    assert integer(1234, "en") == "1,234" and integer(1234, "tr") == "1.234"
    assert whole(37.5) == 38 and whole(-37.5) == -38 and whole(2.5) == 3  # as it is written
    assert percent(12.54, "en", 1, sign=True) == "+12.5%"
    assert percent(-3.0, "tr", 1, sign=True) == "−%3,0" and percent(12.5, "tr", 1, True) == "+%12,5"
    assert cxboard.change_pct(-14.3, "en") == "−14.3%" and cxboard.change_pct(None, "tr") == "yeni"


@contextmanager
def ui_locale(lang):
    """The UI language as LanguageManager sets it: the default QLocale."""
    before = QLocale()
    QLocale.setDefault(
        QLocale(QLocale.Language.Turkish if lang == "tr" else QLocale.Language.English)
    )
    try:
        yield
    finally:
        QLocale.setDefault(before)


@given(
    value=st.floats(min_value=-1000, max_value=1000, allow_nan=False)
    | st.integers(-1000, 1000).map(lambda n: n / 100 + 0.005),  # exact-looking halves
    digits=st.integers(0, 2),
)
def test_screen_charts_and_paper_write_every_number_alike(value, digits):
    for lang in ("en", "tr"):
        with ui_locale(lang):
            on_screen = formatting.score(value, digits)
            assert formatting.percent(value / 1000) == formats.share(value / 1000, lang)
        assert on_screen == style.fmt_number(value, lang, digits)
        assert on_screen == formats.number(value, lang, digits)


@pytest.mark.parametrize(
    ("text", "value"), [("12.5", 12.5), (" 12,5 ", 12.5), ("−3,2", -3.2), ("-3", -3.0), ("0", 0.0)]
)
def test_numbers_read_back_as_typed_or_pasted_from_a_report(text, value):
    assert parse(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1.234,5", "12,5%", "--3"])
def test_what_is_no_number_is_refused(text):
    with pytest.raises(ValueError):
        parse(text)


@given(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from(["en", "tr"]), st.integers(0, 3))
def test_a_number_as_written_reads_back_within_half_its_last_digit(value, lang, digits):
    written = number(value, lang, digits)
    thousands = "," if lang == "en" else "."
    assert abs(parse(written.replace(thousands, "")) - value) <= 0.5 * 10**-digits + 1e-9
