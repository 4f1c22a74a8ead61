"""Numbers and dates in the report's language, whatever the UI language is.

Turkish: 63,4 · 57.636 · %93 · 22.11.2026 · Kasım 2026. English: 63.4 · 57,636 · 93% ·
22 Nov 2026 · Nov 2026. A missing value prints as an en dash. The numbers are the app's one
rounding (domain/numbers.py) and the dates its one style (domain/dates.py), as on screen.
"""

from __future__ import annotations

from csmm_desktop.domain import dates, numbers
from csmm_desktop.domain.numbers import MINUS as MINUS
from csmm_desktop.domain.numbers import MISSING as MISSING
from csmm_desktop.domain.numbers import integer as integer
from csmm_desktop.domain.numbers import number as number
from csmm_desktop.domain.numbers import percent as percent
from csmm_desktop.domain.numbers import share as share


def score(value: float | None, lang: str) -> str:
    """A 0-100 score with one decimal."""
    return number(value, lang, 1)


def change(value: float | None, lang: str) -> str:
    """A difference in points, signed: +19.9 / −3.2."""
    return number(value, lang, 1, sign=True)


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
    return dates.day(iso, lang)


def month(period: str, lang: str) -> str:
    """A YYYY-MM period: Oct 2025 / Ekim 2025."""
    return dates.month(period, lang)
