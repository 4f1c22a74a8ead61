"""Dates as the app writes them, in English or Turkish: one style per language for the
windows, the reports, the board handout and the texts the app builds (agenda items, due
windows), so no document mixes "9.02.2026", "09/02/2026" and "9 Şubat 2026".

A day: 9 Feb 2026 in English, 09.02.2026 in Turkish. A month: Feb 2026 / Şubat 2026.
A moment: the day and the time, 9 Feb 2026 14:03 / 09.02.2026 14:03.
Text that is no date is written as it is; no date at all is an en dash.
"""

from __future__ import annotations

from datetime import date, datetime

from csmm_desktop.domain.numbers import MISSING

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}
# The same styles for Qt's date editors (QDateEdit.setDisplayFormat).
EDIT_FORMATS = {"en": "d MMM yyyy", "tr": "dd.MM.yyyy"}
MONTH_EDIT_FORMATS = {"en": "MMM yyyy", "tr": "MMMM yyyy"}


def _months(lang: str) -> tuple[str, ...]:
    return MONTHS.get(lang, MONTHS["en"])


def written(when: date, lang: str) -> str:
    """A date object in `lang`'s style: 9 Feb 2026 / 09.02.2026."""
    if lang == "tr":
        return f"{when.day:02d}.{when.month:02d}.{when.year}"
    return f"{when.day} {_months(lang)[when.month - 1]} {when.year}"


def day(iso: str | None, lang: str) -> str:
    """A YYYY-MM-DD date (a longer ISO text is cut to its date): 9 Feb 2026 / 09.02.2026."""
    if not iso:
        return MISSING
    try:
        return written(date.fromisoformat(str(iso)[:10]), lang)
    except ValueError:
        return str(iso)


def weekday(iso: str, lang: str) -> str:
    """A day with its weekday, for a meeting to come: Mon 12 Oct 2026 / 12.10.2026 Pazartesi."""
    try:
        when = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    name = WEEKDAYS.get(lang, WEEKDAYS["en"])[when.weekday()]
    return f"{written(when, lang)} {name}" if lang == "tr" else f"{name} {written(when, lang)}"


def month(period: str | None, lang: str) -> str:
    """A YYYY-MM period (or a date in it): Feb 2026 / Şubat 2026."""
    if not period:
        return MISSING
    try:
        year, mon = int(period[:4]), int(period[5:7])
    except ValueError:
        return str(period)
    return f"{_months(lang)[mon - 1]} {year}" if 1 <= mon <= 12 else str(period)


def moment(when: datetime, lang: str) -> str:
    """A date and time: 9 Feb 2026 14:03 / 09.02.2026 14:03."""
    return f"{written(when.date(), lang)} {when:%H:%M}"
