"""Numbers and dates in the report's language, whatever the UI language is.

Turkish: 63,4 · 57.636 · %93 · 22.11.2026. English: 63.4 · 57,636 · 93% · 22 Nov 2026.
A missing value prints as an en dash.
"""

from __future__ import annotations

from datetime import date

# The numbers themselves are the app's one rounding (domain/numbers.py), as on screen.
from csmm_desktop.domain import numbers
from csmm_desktop.domain.numbers import MINUS as MINUS
from csmm_desktop.domain.numbers import MISSING as MISSING
from csmm_desktop.domain.numbers import number as number
from csmm_desktop.domain.numbers import percent as percent
from csmm_desktop.domain.numbers import share as share

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "tr": ("Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"),
}


def score(value: float | None, lang: str) -> str:
    """A 0-100 score with one decimal."""
    return number(value, lang, 1)


def change(value: float | None, lang: str) -> str:
    """A difference in points, signed: +19.9 / −3.2."""
    return number(value, lang, 1, sign=True)


def integer(value: float | None, lang: str) -> str:
    return number(value, lang, 0)


def nps(value: float | None, lang: str) -> str:
    """NPS, a whole number from −100 to +100."""
    return number(value, lang, 0, sign=True)


def measured(value: float | None, unit: str, lang: str) -> str:
    """A KPI value with its unit: %75 / 75% for percentages, "4,5 dk" otherwise."""
    if value is None:
        return MISSING
    return numbers.measured(value, unit, lang, 0 if float(value).is_integer() else 1)


def day(iso: str | None, lang: str) -> str:
    """22.11.2026 in Turkish, 22 Nov 2026 in English; text that is no date as it is."""
    if not iso:
        return MISSING
    try:
        when = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    if lang == "tr":
        return f"{when.day:02d}.{when.month:02d}.{when.year}"
    return f"{when.day} {_MONTHS['en'][when.month - 1]} {when.year}"


def month(period: str, lang: str) -> str:
    """A YYYY-MM period: Oct 2025 / Eki 2025."""
    try:
        year, mon = int(period[:4]), int(period[5:7])
        return f"{_MONTHS.get(lang, _MONTHS['en'])[mon - 1]} {year}"
    except (ValueError, IndexError):
        return period
