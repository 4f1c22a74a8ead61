"""The screens' colours by name, in one place. The palette itself (Okabe & Ito, the
status tints) is the Qt-free charts/palette.py, which the charts draw with too; what is
only the screens' (the hint grey, borders, backgrounds) is named here. Plain strings, so
style sheets, HTML and QColor take them alike, and importing this costs nothing at
start-up."""

from csmm_desktop.charts.palette import (
    BLUE,
    BLUISH_GREEN,
    DARK_ORANGE,
    DARK_VERMILLION,
    DARKER_ORANGE,
    GREEN_TINT,
    INK,
    MUTED,
    NEUTRAL_TINT,
    NO_STATUS,
    ORANGE,
    ORANGE_TINT,
    PASSIVE_TINT,
    VERMILLION,
    VERMILLION_TINT,
)

__all__ = [
    "BLUE",
    "BLUISH_GREEN",
    "DARKER_ORANGE",
    "DARK_ORANGE",
    "DARK_VERMILLION",
    "GREEN_TINT",
    "INK",
    "MUTED",
    "NEUTRAL_TINT",
    "NO_STATUS",
    "ORANGE",
    "ORANGE_TINT",
    "PASSIVE_TINT",
    "VERMILLION",
    "VERMILLION_TINT",
]

ACCENT = BLUE  # the wizard's and the switches' accent
WARNING = VERMILLION  # free text that is not saved
AMBER = ORANGE  # the notice bar

HINT = "#5a6570"  # hints and explanations, grey-blue
TEXT = "#1d2730"  # body text on a light field
TEXT_SOFT = "#3d4852"
NA_TEXT = "#4f5a64"  # the N/A button's words
BORDER = "#c8d3dc"  # a box's or a heading's rule
FIELD_BORDER = "#9aa7b2"  # an answer button's edge
FIELD = "#ffffff"
CURRENT_BACKGROUND = "#eef5fb"  # the current question
PENDING_BACKGROUND = "#f3f8fc"  # an answer being saved
UNSAVED_BACKGROUND = "#fff7f2"
NOTICE_BACKGROUND = "#fff4d6"
BOX_BACKGROUND = "#f4f8fb"
TOTAL_BACKGROUND = "#e4ebf1"  # a table's total row
REACHED = "#1b6e3a"  # dark green text: a step reached
OVERDUE_TEXT = "#b00020"  # dark red text: a step overdue
INTRO_TEXT = "#444444"  # the wizard's section introduction
QUESTION_ID_TEXT = "#666666"  # the wizard's question numbers
WIZARD_HINT = "#555555"  # the wizard's hint line
AUTO_MARK = "#6b7680"  # a checklist item that ticks itself: its ring and its words
