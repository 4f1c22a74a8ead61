"""Numbers and dates in the UI language's format (22.11.2026, 63,4 in Turkish)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale

from csmm_desktop.domain import numbers
from csmm_desktop.views.language import current_language


def score(value: float | None, digits: int = 1, sign: bool = False) -> str:
    """A number in the UI language, rounded as the charts and reports round it."""
    return "—" if value is None else numbers.number(value, current_language(), digits, sign)


def percent(fraction: float | None) -> str:
    """A 0..1 fraction as a whole percentage: 93% in English, %93 in Turkish."""
    return "—" if fraction is None else numbers.share(fraction, current_language())


def date(iso: str) -> str:
    parsed = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() else iso


def timestamp(iso: str) -> str:
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    parsed = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not parsed.isValid():
        return iso
    return QLocale().toString(parsed.toLocalTime(), QLocale.FormatType.ShortFormat)
