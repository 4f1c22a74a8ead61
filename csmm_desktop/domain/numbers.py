"""Numbers as the app writes them, in English or Turkish: one rounding for the windows, the
charts and the reports, so a score reads the same on screen and on paper.

Turkish 63,4 · 57.636 · %93; English 63.4 · 57,636 · 93%. Halves round away from zero as
the number is written (62.25 -> 62.3), not as its binary value happens to fall; a missing
value (None, NaN) is an en dash; negatives take a true minus sign (−3.2), and never "−0.0".
`parse` reads numbers back as people type or paste them, in either language.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

MISSING = "–"  # en dash
MINUS = "−"  # U+2212


def _exact(value: float | Decimal) -> Decimal:
    # repr() is the shortest text that reads back as the same float: "62.25", not the
    # binary expansion, so halves are the halves a person sees.
    return value if isinstance(value, Decimal) else Decimal(repr(float(value)))


def is_missing(value: float | Decimal | None) -> bool:
    return value is None or (not isinstance(value, Decimal) and not math.isfinite(value))


def number(value: float | Decimal | None, lang: str, digits: int = 1, sign: bool = False) -> str:
    """63.4 / 63,4 with thousands separators; `sign` puts + before positive values."""
    if is_missing(value):
        return MISSING
    rounded = _exact(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)  # type: ignore[arg-type]
    text = f"{abs(rounded):,.{digits}f}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if rounded < 0:
        return MINUS + text
    return "+" + text if sign and rounded > 0 else text


def percent(value: float | Decimal | None, lang: str, digits: int = 0) -> str:
    """A 0-100 percentage: 93% in English, %93 in Turkish."""
    text = number(value, lang, digits)
    if text == MISSING:
        return text
    return f"%{text}" if lang == "tr" else f"{text}%"


def measured(value: float | None, unit: str, lang: str, digits: int = 1) -> str:
    """A value with its unit: %75 / 75% for a percentage, "4,5 dk" otherwise."""
    unit = unit.strip()
    if unit == "%":
        return percent(value, lang, digits)
    text = number(value, lang, digits)
    return f"{text} {unit}" if unit and text != MISSING else text


def share(fraction: float | None, lang: str, digits: int = 0) -> str:
    """A 0-1 fraction as a percentage (0.145 -> 15%, computed on the written digits)."""
    if is_missing(fraction):
        return MISSING
    return percent(_exact(fraction) * 100, lang, digits)  # type: ignore[arg-type]


def parse(text: str) -> float:
    """A number as a person types it: 12.5, 12,5 (a Turkish decimal comma), −3 (the minus
    sign the reports print, pasted back). ValueError for anything else."""
    return float(text.strip().replace(MINUS, "-").replace(",", "."))
