"""Numbers and dates in the UI language, written as the charts and reports write them: the
app's one rounding (domain/numbers.py) and one date style (domain/dates.py): 63,4 and
09.02.2026 in Turkish, 63.4 and 9 Feb 2026 in English."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime

from csmm_desktop.domain import dates, numbers
from csmm_desktop.views.language import current_language


def score(value: float | None, digits: int = 1, sign: bool = False) -> str:
    """A number in the UI language, rounded as the charts and reports round it."""
    return "—" if value is None else numbers.number(value, current_language(), digits, sign)


def weight(value: float) -> str:
    """A question or topic weight as the form gives it (2, 1.5 / 1,5)."""
    return numbers.weight(value, current_language())


def percent(fraction: float | None) -> str:
    """A 0..1 fraction as a whole percentage: 93% in English, %93 in Turkish."""
    return "—" if fraction is None else numbers.share(fraction, current_language())


def date(iso: str) -> str:
    """A YYYY-MM-DD date: 9 Feb 2026 / 09.02.2026, as the reports write it."""
    return dates.day(iso, current_language()) if iso else iso


def month(period: str) -> str:
    """A YYYY-MM period: Feb 2026 / Şubat 2026, as the reports write it."""
    return dates.month(period, current_language()) if period else period


def date_edit_format() -> str:
    """The display format of a date editor (QDateEdit) in the UI language's date style."""
    return dates.EDIT_FORMATS.get(current_language(), dates.EDIT_FORMATS["en"])


def month_edit_format() -> str:
    """The display format of a month editor in the UI language's month style."""
    return dates.MONTH_EDIT_FORMATS.get(current_language(), dates.MONTH_EDIT_FORMATS["en"])


def date_edit(edit, month: bool = False):
    """Give a QDateEdit the UI language's date (or month) style, and let a date typed
    over its whole text be that date (views/date_typing.py)."""
    from csmm_desktop.views.date_typing import Typing

    edit.setDisplayFormat(month_edit_format() if month else date_edit_format())
    if edit.findChild(Typing) is None:
        edit.installEventFilter(Typing(edit))
    return edit


NO_DATE = (1900, 1, 1)  # an optional date editor's "no date": shown blank


def optional_date(check, edit):
    """A date editor that a check box turns on: off, it is disabled and shows nothing (not
    a date that is not stored); on, it shows the date it had (the proposed one first).
    Returns propose(qdate): the date it shows when next turned on (at once if on)."""
    from PySide6.QtCore import QDate

    blank = QDate(*NO_DATE)
    edit.setMinimumDate(blank)
    edit.setSpecialValueText(" ")  # the minimum (no date) shows as blank
    remembered = {"date": edit.date()}

    def follow(on: bool) -> None:
        if on:
            edit.setDate(remembered["date"])
        else:
            if edit.date() != blank:
                remembered["date"] = edit.date()
            edit.setDate(blank)
        edit.setEnabled(on)

    def propose(when) -> None:
        remembered["date"] = when
        if check.isChecked():
            edit.setDate(when)

    check.toggled.connect(follow)
    follow(check.isChecked())
    return propose


def moment(when: datetime) -> str:
    """A local date and time: 9 Feb 2026 14:03 / 09.02.2026 14:03."""
    return dates.moment(when, current_language())


def timestamp(iso: str) -> str:
    """A stored moment (ISO 8601) in local time: 9 Feb 2026 14:03 / 09.02.2026 14:03."""
    from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

    parsed = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not parsed.isValid():
        return iso
    local = parsed.toLocalTime()
    when, clock = local.date(), local.time()
    text = dates.day(f"{when.year():04d}-{when.month():02d}-{when.day():02d}", current_language())
    return f"{text} {clock.hour():02d}:{clock.minute():02d}"
