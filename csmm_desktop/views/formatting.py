"""Numbers and dates in the UI language's format (22.11.2026, 63,4 in Turkish)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale


def score(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", digits)


def percent(fraction: float | None) -> str:
    """A 0..1 fraction as a whole percentage: 93% in English, %93 in Turkish."""
    if fraction is None:
        return "—"
    number = score(fraction * 100, 0)
    return f"%{number}" if QLocale().language() == QLocale.Language.Turkish else f"{number}%"


def date(iso: str) -> str:
    parsed = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(parsed, QLocale.FormatType.ShortFormat) if parsed.isValid() else iso


def timestamp(iso: str) -> str:
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    parsed = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not parsed.isValid():
        return iso
    return QLocale().toString(parsed.toLocalTime(), QLocale.FormatType.ShortFormat)
