"""How the lists sort (views/rows_model.py, the one model of every sortable list): a value
a column gives as its key (an ISO date, a number) sorts as such; otherwise the cell's text
is read: a number (63.4, 63,4, %93, 93%) sorts as a number, a date as the app writes it
(9 Feb 2026, 09.02.2026, Feb 2026, Şubat 2026, with a time) in date order, anything else
in the Turkish alphabet's order. Empty cells, dashes and "…" (a number still being
worked out) sort last either way.

Each key is (group, value): numbers and dates (group 0) before texts (1), blanks (3) last."""

from __future__ import annotations

import re

from csmm_desktop.domain.dates import MONTHS
from csmm_desktop.domain.text import search_fold, turkish_sort_key
from csmm_desktop.views.roles import ID_ROLE

SORT_ROLE = ID_ROLE + 7  # a cell's sort value (a model column's key), for tests and tools

_NUMBER = re.compile(r"^[%+−-]?\s*\d+(?:[.,]\d+)?\s*%?$")
# the dates as views/formatting.py writes them: 09.02.2026, 9 Feb 2026, Feb 2026 /
# Şubat 2026, with a time (14:03) after a day
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$")
_NAMED = re.compile(r"^(?:(\d{1,2})\s+)?(\w+)\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$")
_MONTH_NUMBER = {
    search_fold(name): i + 1 for names in MONTHS.values() for i, name in enumerate(names)
}
_EMPTY = ("", "—", "–", "-", "…")  # "…": still being worked out (a big snapshot)


def date_key(text: str) -> float | None:
    """A date's text as a number in date order (yyyymmdd.hhmm), or None if it is none."""
    found = _DOTTED.match(text)
    if found:
        day, month, year, hour, minute = found.groups()
    else:
        found = _NAMED.match(text)
        if not found:
            return None
        day, name, year, hour, minute = found.groups()
        month = _MONTH_NUMBER.get(search_fold(name))
        if month is None:
            return None
        day = day or 0
    clock = int(hour or 0) * 100 + int(minute or 0)
    return int(year) * 10000 + int(month) * 100 + int(day) + clock / 10000


def value_key(value: object) -> tuple:
    """(group, value) of a sort value (a model column's key): numbers first, then texts
    in the Turkish alphabet's order; None and "" last (group 3)."""
    if value is None or value == "":
        return (3, 0)
    if isinstance(value, int | float):
        return (0, float(value))
    return (1, turkish_sort_key(str(value)))


def text_key(text: str) -> tuple:
    """(group, value) of a cell's text: a number or a date as such, blanks and dashes last."""
    text = text.strip()
    if text in _EMPTY:
        return (3, 0)
    if _NUMBER.match(text):
        number = text.replace("%", "").replace("−", "-").replace(",", ".").replace(" ", "")
        try:
            return (0, float(number))
        except ValueError:
            pass
    when = date_key(text)
    if when is not None:
        return (0, when)
    return (1, turkish_sort_key(text))
