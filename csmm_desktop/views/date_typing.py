"""Date fields that take a typed date: select all, type "12.01.2026" (or "12 Jan 2026" in
English) and that is the date.

Qt's date editor types into one section at a time. With the whole text selected, the
first keys went into whichever section held the cursor (the day was lost), and a
separator typed after a section that had just filled itself ("12" then ".") jumped one
section too far, so the month went into the year. Here a key typed over the whole text
starts at the first section, and a separator right after a section moved on by itself
is taken as already typed. And what was typed over the whole text is read as a whole
date once it is one, so 31.12 typed over a day in November is the 31st, not the 30th.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

SEPARATORS = set(".-/ ,")


class Typing(QObject):
    """The event filter on one date editor (its parent): formatting.date_edit installs it."""

    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit)
        self._moved_on = False  # the last digit filled its section and moved to the next
        self._typed: str | None = None  # what was typed since the whole text was selected

    def eventFilter(self, edit: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(edit, QDateTimeEdit):
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        text = key.text()
        plain = not key.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if not text or not text.isprintable() or not plain:
            self._moved_on = False
            self._typed = None
            return False
        line = edit.lineEdit()
        if line.hasSelectedText() and len(line.selectedText()) >= len(line.text()):
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.sectionAt(0))
            self._moved_on = False
            self._typed = ""
        if self._typed is not None:
            self._typed += text
        if text in SEPARATORS and self._moved_on:
            self._moved_on = False
            return True  # the section moved on by itself: this separator is typed already
        before = edit.currentSectionIndex()
        edit.event(event)  # let the editor take the key now, to see where it went
        self._moved_on = text not in SEPARATORS and edit.currentSectionIndex() != before
        whole = typed_date(self._typed or "", edit.displayFormat())
        if whole is not None and whole != edit.date():
            edit.setDate(whole)
        return True


def typed_date(text: str, display_format: str) -> QDate | None:
    """`text` read as a whole date in the editor's style (day and month with or without
    their leading zero, a month's name short or long), or None while it is not one yet."""
    text = text.strip()
    if len(text) < 6 or not text[-4:].isdigit():
        return None
    short = re.sub(r"(?<!M)MM(?!M)", "M", re.sub(r"(?<!d)dd(?!d)", "d", display_format))
    named = re.sub(r"(?<!M)MMM(?!M)", "MMMM", display_format)
    locale = QLocale()
    for fmt in dict.fromkeys((display_format, short, named, "ddMMyyyy")):
        parsed = locale.toDate(text, fmt)
        if parsed.isValid() and parsed.year() >= 1900:
            return parsed
    return None
