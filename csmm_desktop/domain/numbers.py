"""Numbers as the app writes them, in English or Turkish: one rounding for the windows, the
charts and the reports, so a score reads the same on screen and on paper.

Turkish 63,4 · 57.636 · %93; English 63.4 · 57,636 · 93%. Halves round away from zero as
the number is written (62.25 -> 62.3), not as its binary value happens to fall; a missing
value (None, NaN) is an en dash; negatives take a true minus sign (−3.2), and never "−0.0".
`parse` reads numbers back as people type or paste them, in either language.

Counts take their noun in the language's plural form (`plural_form`, `counted`): English
"1 action" / "3 actions"; a Turkish noun stays singular after a number ("3 aksiyon").
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


def _rounded(value: float | Decimal, digits: int) -> Decimal:
    return _exact(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def whole(value: float | Decimal) -> int:
    """The whole number a value is written as (37.5 -> 38, −37.5 -> −38): the same rounding
    as `number(value, lang, 0)`, for sums and differences of the numbers as they read."""
    return int(_rounded(value, 0))


def number(value: float | Decimal | None, lang: str, digits: int = 1, sign: bool = False) -> str:
    """63.4 / 63,4 with thousands separators; `sign` puts + before positive values."""
    if is_missing(value):
        return MISSING
    rounded = _rounded(value, digits)  # type: ignore[arg-type]
    text = f"{abs(rounded):,.{digits}f}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if rounded < 0:
        return MINUS + text
    return "+" + text if sign and rounded > 0 else text


def integer(value: float | Decimal | None, lang: str) -> str:
    """A whole number: 1,234 / 1.234."""
    return number(value, lang, 0)


def weight(value: float, lang: str) -> str:
    """A weight as the form gives it, with no more decimals than it has (up to 3): 2, 1.5 /
    1,5, 0.25 / 0,25."""
    exact = _rounded(value, 3).normalize()
    digits = max(0, -exact.as_tuple().exponent)  # type: ignore[operator]
    return number(value, lang, int(digits))


def signed(value: float | Decimal | None, lang: str, digits: int = 0) -> str:
    """A change, signed: +120 / −35 / 0 (NPS points, contacts)."""
    return number(value, lang, digits, sign=True)


def percent(value: float | Decimal | None, lang: str, digits: int = 0, sign: bool = False) -> str:
    """A 0-100 percentage: 93% in English, %93 in Turkish; with `sign` a change, the sign
    before it all: +12.5% / −3.0%, +%12,5 / −%3,0."""
    text = number(value, lang, digits, sign)
    if text == MISSING:
        return text
    if lang != "tr":
        return f"{text}%"
    head = text[0] if text[0] in ("+", MINUS) else ""
    return f"{head}%{text[len(head) :]}"


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


def plural_form(n: float | Decimal, lang: str) -> str:
    """ "one" or "other": the form of the noun that follows the number `n` as it is written.
    English has "one" for exactly 1 (1 action, but 0 / 3 actions and 1.5 points); Turkish
    keeps the noun singular after any number (1 aksiyon, 3 aksiyon): always "other"."""
    if lang == "en" and not is_missing(n) and _exact(n) == 1:
        return "one"
    return "other"


def counted(n: int, lang: str, one: str, other: str | None = None) -> str:
    """A count with its noun: "1 action" / "3 actions" / "1.234 temas". `one` and `other`
    are the noun's forms in `lang` (Turkish needs one form only)."""
    noun = one if other is None or plural_form(n, lang) == "one" else other
    return f"{number(n, lang, 0)} {noun}"
