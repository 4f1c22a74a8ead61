"""The answer buttons of one question, laid out so the scale always fits its width.

Every button gets the same width (a calm, even scale). A label wraps inside its button
(Qt's buttons never wrap: the layout breaks the lines itself), and when even two lines
per label (three for the options of a choice) do not fit, the buttons reflow into more
rows, balanced (3 + 3 rather than 5 + 1). The layout asks for no more width than its widest word: a page never has to
scroll sideways, in any language, at any window size or zoom.

The layout has a height for each width (like a word-wrapped label), so the page above
it grows taller as it gets narrower. Measurements are cached per font and width: many
questions share a scale, and a page has some 300 buttons.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

MNEMONIC = Qt.TextFlag.TextShowMnemonic
_WRAPS: dict[tuple[str, str, int], tuple[str, int]] = {}  # (font, text, width) -> text, lines
_WIDTHS: dict[tuple[str, str, int], tuple[int, int]] = {}  # (font, text, lines) -> widths
_CACHE_MAX = 50_000


def _cached(cache: dict, key: tuple, make):
    value = cache.get(key)
    if value is None:
        if len(cache) > _CACHE_MAX:
            cache.clear()
        value = cache[key] = make()
    return value


def wrap(text: str, metrics: QFontMetrics, width: int) -> tuple[str, int]:
    """`text` broken into lines of at most `width` px (a word wider stays whole), and
    how many lines that makes. Line breaks already in the text are kept."""
    lines: list[str] = []
    advance = metrics.horizontalAdvance
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if not line or advance(trial) <= width:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return "\n".join(lines), len(lines)


def widths(text: str, metrics: QFontMetrics, lines: int = 2) -> tuple[int, int]:
    """(widest word, the least width at which each paragraph of `text` takes at most
    `lines` lines) in px."""
    advance = metrics.horizontalAdvance
    word = fit = 0
    for paragraph in text.split("\n"):
        word = max(word, *(advance(w) for w in paragraph.split(" ")))
        low, high = word, max(word, advance(paragraph))
        while low < high:  # the narrowest width that wraps to `lines` lines at most
            middle = (low + high) // 2
            if wrap(paragraph, metrics, middle)[1] <= lines:
                high = middle
            else:
                low = middle + 1
        fit = max(fit, low)
    return word, fit


class ScaleLayout(QLayout):
    """Buttons in equal columns, at most `columns` of them in a row; a row is given up
    when a label would need more than `lines` lines. With `last_apart`, the last button
    goes on a row of its own when the others then fit in one row."""

    def __init__(
        self,
        columns: int,
        lines: int = 2,
        last_apart: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.max_columns = max(1, columns)
        self.lines = lines
        # the last button (N/A) goes on a row of its own, at the right, rather than
        # break the scale before it (0-10 stays one row)
        self.last_apart = last_apart
        self._items: list[QLayoutItem] = []
        self._labels: list[str] = []
        self._shown: list[str] = []  # the text each button shows now (wrapped)
        self._measured: tuple | None = None  # (font key, labels) the numbers below are for
        self._word = self._two = self._pad = 0
        self._heights: dict[int, int] = {}  # lines -> button height
        self._twos: list[int] = []  # each label's width on `lines` lines, with the padding
        self._plans: dict[int, tuple] = {}
        self._gap = 6  # between the buttons
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(self._gap)

    # --- the buttons ---------------------------------------------------------------

    def add_button(self, button: QPushButton, label: str = "") -> None:
        self.addWidget(button)
        self._labels[-1] = label

    def set_label(self, index: int, label: str) -> None:
        """The full text of button `index`; the layout shows it wrapped to the width."""
        if self._labels[index] != label:
            self._labels[index] = label
            self._shown[index] = label  # whole until laid out (a page not shown yet)
            self._items[index].widget().setText(label.replace("&", "&&"))
            self.remeasure()

    def label(self, index: int) -> str:
        return self._labels[index]

    # --- QLayout -------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)
        self._labels.append("")
        self._shown.append("")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        del self._labels[index], self._shown[index]
        self._measured = None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._plan(width)[-1] if self._items else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if not self._items:
            return QSize(0, 0)
        self._measure()
        columns = min(self.max_columns, len(self._items))
        width = columns * self._two + (columns - 1) * self._gap
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        if not self._items:
            return QSize(0, 0)
        self._measure()
        return QSize(self._word, self._height(1))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        if not self._items:
            return
        grid, columns, column_width, row_height, height, last, texts, _total = self._plan(
            rect.width()
        )
        gap, left, top, width = self._gap, rect.x(), rect.y(), rect.width()
        for index, item in enumerate(self._items):
            button = item.widget()
            if button is not None and self._shown[index] != texts[index]:
                self._shown[index] = texts[index]
                button.setText(texts[index].replace("&", "&&"))
            if index < grid:
                row, column = divmod(index, columns)
                x = column * (column_width + gap)
                right = width if column == columns - 1 else x + column_width
                place = QRect(left + x, top + row * (row_height + gap), right - x, row_height)
            else:  # the last, apart
                place = QRect(left + last[0], top + height + gap, last[1], last[2])
            item.setGeometry(place)

    # --- measuring -----------------------------------------------------------------

    def _button(self) -> QPushButton:
        return self._items[0].widget()

    def remeasure(self) -> None:
        """The buttons' font or style changed (the question widget says so): measure
        again when next asked."""
        self._measured = None
        self.invalidate()

    def _measure(self) -> None:
        """The widths the labels need in the buttons' font (after the style sheet).
        Kept until the labels, the font or the style change (remeasure)."""
        if self._measured is not None:
            return
        button = self._button()
        button.ensurePolished()
        font = button.font().key()
        key = (font, tuple(self._labels))
        metrics = button.fontMetrics()
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.text = ""
        style = button.style()
        probe = QSize(200, metrics.height())
        self._pad = (
            style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, probe, button).width()
            - probe.width()
        )
        word, self._twos = 0, []
        for label in self._labels:
            w, t = _cached(
                _WIDTHS,
                (font, label, self.lines),
                lambda label=label: widths(label, metrics, self.lines),
            )
            word = max(word, w)
            self._twos.append(t + self._pad)
        self._word, self._two = word + self._pad, max(self._twos)
        self._heights = {}
        self._plans = {}
        self._measured = key
        self._font = font
        self._metrics = metrics
        self._option = option

    def _height(self, lines: int) -> int:
        height = self._heights.get(lines)
        if height is None:
            text = "\n".join(["X"] * lines)
            size = self._metrics.size(MNEMONIC, text)
            height = (
                self._button()
                .style()
                .sizeFromContents(
                    QStyle.ContentsType.CT_PushButton, self._option, size, self._button()
                )
                .height()
            )
            self._heights[lines] = height
        return height

    def columns_for(self, width: int, count: int | None = None, need: int = 0) -> int:
        """How many buttons go in a row at `width`: as many as fit with labels on at most
        `lines` lines, balanced over the rows."""
        self._measure()
        count = len(self._items) if count is None else count
        need, gap = need or self._two, self._gap
        columns = min(self.max_columns, count)
        while columns > 1 and columns * need + (columns - 1) * gap > width:
            columns -= 1
        rows = math.ceil(count / columns)
        return math.ceil(count / rows)

    def _wrapped(self, label: str, room: int) -> tuple[str, int]:
        return _cached(_WRAPS, (self._font, label, room), lambda: wrap(label, self._metrics, room))

    def _plan(self, width: int) -> tuple:
        """How the buttons go at `width`: (buttons in the grid, columns, column width,
        row height, the grid's height, the last button's (x, width, height) when it
        goes apart, every wrapped text, the total height). Kept per width: the page
        asks for the height at several widths."""
        self._measure()
        plan = self._plans.get(width)
        if plan is not None:
            return plan
        count, gap, labels = len(self._items), self._gap, self._labels
        head = count - 1
        head_need = max(self._twos[:head], default=0)
        apart = (
            self.last_apart
            and head > 0
            and self.columns_for(width) < count
            and head * head_need + (head - 1) * gap <= width
        )  # the scale on one row, N/A below it at the right
        grid = head if apart else count
        columns = self.columns_for(width, grid, head_need if apart else 0)
        column_width = max(1, (width - (columns - 1) * gap) // columns)
        room = max(1, column_width - self._pad)
        texts, lines = [], 1
        for label in labels[:grid]:
            text, n = self._wrapped(label, room)
            texts.append(text)
            lines = max(lines, n)
        row_height = self._height(lines)
        rows = math.ceil(grid / columns)
        height = rows * row_height + (rows - 1) * gap
        last = None
        if apart:
            last_width = min(width, max(column_width, self._twos[-1]))
            text, n = self._wrapped(labels[-1], max(1, last_width - self._pad))
            texts.append(text)
            last = (width - last_width, last_width, self._height(n))
        total = height + gap + last[2] if last else height
        plan = (grid, columns, column_width, row_height, height, last, texts, total)
        if len(self._plans) > 64:
            self._plans.clear()
        self._plans[width] = plan
        return plan
