"""The keys of the windows whose keys are not QActions: the wizard, workshop mode,
presentation mode, the dashboard's charts and the lists. One table, read by
Help → Keyboard Shortcuts (views/help.py); the wizard's and presentation's own hints may
read it too.

Each row: (area, keys, joiner, what it does). `keys` are portable key-sequence texts
("Ctrl+U", "PgDown"), shown as QKeySequence prints them; `joiner` joins them (" … " for a
range such as 0 … 9, ", " for alternatives). Texts are translated in the "Keys" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

AREAS = {
    "wizard": QT_TRANSLATE_NOOP("Keys", "Assessment wizard"),
    "workshop": QT_TRANSLATE_NOOP("Keys", "Workshop mode"),
    "dashboard": QT_TRANSLATE_NOOP("Keys", "Dashboard"),
    "presentation": QT_TRANSLATE_NOOP("Keys", "Presentation mode"),
    "lists": QT_TRANSLATE_NOOP("Keys", "Lists and tables"),
}

KEYS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("wizard", ("0", "9"), " … ", QT_TRANSLATE_NOOP("Keys", "Answer the current question")),
    ("wizard", ("N",), ", ", QT_TRANSLATE_NOOP("Keys", "N/A (don't know)")),
    ("wizard", ("+",), ", ", QT_TRANSLATE_NOOP("Keys", "10 on the 0–10 scale")),
    ("wizard", ("Backspace", "Del"), ", ", QT_TRANSLATE_NOOP("Keys", "Clear the answer")),
    ("wizard", ("Up", "Down", "Tab"), ", ", QT_TRANSLATE_NOOP("Keys", "Previous / next question")),
    (
        "wizard",
        ("Return",),
        ", ",
        QT_TRANSLATE_NOOP("Keys", "Go on (with no answer yet: press it twice)"),
    ),
    ("wizard", ("PgDown", "Alt+Right"), ", ", QT_TRANSLATE_NOOP("Keys", "Next section")),
    ("wizard", ("PgUp", "Alt+Left"), ", ", QT_TRANSLATE_NOOP("Keys", "Previous section")),
    ("wizard", ("Ctrl+U",), ", ", QT_TRANSLATE_NOOP("Keys", "Next unanswered question")),
    ("wizard", ("F11",), ", ", QT_TRANSLATE_NOOP("Keys", "Workshop mode on / off")),
    ("workshop", ("Ctrl++",), ", ", QT_TRANSLATE_NOOP("Keys", "Larger text")),
    ("workshop", ("Ctrl+-",), ", ", QT_TRANSLATE_NOOP("Keys", "Smaller text")),
    ("workshop", ("Ctrl+0",), ", ", QT_TRANSLATE_NOOP("Keys", "The mode's own text size")),
    ("workshop", ("Esc",), ", ", QT_TRANSLATE_NOOP("Keys", "Leave workshop mode")),
    ("dashboard", ("F5",), ", ", QT_TRANSLATE_NOOP("Keys", "Present the charts full screen")),
    (
        "dashboard",
        ("Ctrl+S",),
        ", ",
        QT_TRANSLATE_NOOP("Keys", "Save the chart as PNG or SVG (on a chart)"),
    ),
    ("dashboard", ("Ctrl+C",), ", ", QT_TRANSLATE_NOOP("Keys", "Copy the chart (on a chart)")),
    (
        "presentation",
        ("Right", "Space", "PgDown", "Down"),
        ", ",
        QT_TRANSLATE_NOOP("Keys", "Next chart"),
    ),
    (
        "presentation",
        ("Left", "PgUp", "Up", "Backspace"),
        ", ",
        QT_TRANSLATE_NOOP("Keys", "Previous chart"),
    ),
    ("presentation", ("Esc",), ", ", QT_TRANSLATE_NOOP("Keys", "Leave presentation mode")),
    ("lists", ("Ins",), ", ", QT_TRANSLATE_NOOP("Keys", "Add")),
    ("lists", ("Return",), ", ", QT_TRANSLATE_NOOP("Keys", "Edit or open the selected row")),
    ("lists", ("Del",), ", ", QT_TRANSLATE_NOOP("Keys", "Delete the selected row (asks first)")),
    ("lists", ("Ctrl+V",), ", ", QT_TRANSLATE_NOOP("Keys", "Paste counts (Numbers tab)")),
    (
        "lists",
        ("Ctrl+Up", "Ctrl+Down"),
        ", ",
        QT_TRANSLATE_NOOP("Keys", "Move a contact reason up / down (Numbers tab)"),
    ),
)


def key_text(keys: tuple[str, ...], joiner: str = ", ") -> str:
    """The keys as QKeySequence prints them (portable text)."""
    return joiner.join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText) for k in keys
    )


def rows(area: str | None = None) -> list[tuple[str, str, str]]:
    """(area, keys, what it does), translated, for one area or all."""
    return [
        (
            QCoreApplication.translate("Keys", AREAS[where]),
            key_text(keys, joiner),
            QCoreApplication.translate("Keys", does),
        )
        for where, keys, joiner, does in KEYS
        if area is None or where == area
    ]
