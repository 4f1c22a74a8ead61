"""The app's colours, Qt-free and matplotlib-free: the charts draw with them
(charts/style.py) and the screens name them through views/theme.py, so a status, a level
or an NPS band looks the same on paper, in a chart and in a table."""

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
INK = "#222222"
MUTED = "#5A5A5A"
GREY = "#9A9A9A"
NO_DATA_GREY = "#DADADA"

# Light tints behind a status's text (a cell, a badge), and the grey of "no status".
VERMILLION_TINT = "#f8dcc8"
ORANGE_TINT = "#fbeccb"
GREEN_TINT = "#d5efe6"
NEUTRAL_TINT = "#ececec"
PASSIVE_TINT = "#e4e4e4"  # the NPS breakdown's passives
NO_STATUS = "#6b6b6b"

# Dark shades readable as text on white and on a projector.
DARK_VERMILLION = "#a63d00"  # overdue, rising
DARK_ORANGE = "#a04f00"  # indicative scores
DARKER_ORANGE = "#8a3b00"  # a full list
