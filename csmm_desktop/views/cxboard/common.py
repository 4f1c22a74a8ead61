"""What the CX board's pages share: the page contract with the board tab (show_project, a
page refreshed when shown; the context, the keyboard, the refresh after a write and the
lists come from views/list_page.py `ListPage`, as for the client tabs), tables set up the
house way, the NPS band look and the data labels in the UI language.

No text is worded here: every tr() stays in the page's own methods, so its strings keep
the page's translation context."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import theme
from csmm_desktop.views.language import current_language
from csmm_desktop.views.list_page import ListPage

if TYPE_CHECKING:
    from sqlite_utils import Database

BAND_ROLE = Qt.ItemDataRole.UserRole + 1  # the band key behind the band's text

# Okabe-Ito colours as in the charts and the KPI status: a shape and a light tint, and the
# band's name is always written next to them, so colour is never the only cue.
BAND_LOOK = {
    "bad": (theme.VERMILLION, theme.VERMILLION_TINT, "cross"),
    "good_enough": (theme.ORANGE, theme.ORANGE_TINT, "triangle"),
    "great": (theme.BLUISH_GREEN, theme.GREEN_TINT, "circle"),
}


def data_label(table: Mapping[str, dict[str, str]], key: str) -> str:
    """A key of the board's tables (statuses, sources, bands) in the UI language."""
    return cx.label(table, key, current_language()) if key in table else key


def band_background(band: str) -> QBrush:
    return QBrush(QColor(BAND_LOOK.get(band, ("", theme.NEUTRAL_TINT, ""))[1]))


@cache
def band_icon(band: str, size: int = 16) -> QIcon:
    """A filled circle (great), triangle (good enough) or cross (bad)."""
    colour, _tint, shape = BAND_LOOK.get(band, (theme.NO_STATUS, "", "circle"))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink, m = QColor(colour), size * 0.12
    if shape == "cross":
        painter.setPen(QPen(ink, size * 0.22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(m * 1.5, m * 1.5), QPointF(size - m * 1.5, size - m * 1.5))
        painter.drawLine(QPointF(size - m * 1.5, m * 1.5), QPointF(m * 1.5, size - m * 1.5))
    elif shape == "triangle":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        points = [QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)]
        painter.drawPolygon(QPolygonF(points))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    painter.end()
    return QIcon(pixmap)


class PaddedDelegate(QStyledItemDelegate):
    """Cells with some room around their text (readable on a projector). The row heights
    count the padding, which a style sheet's item padding would not: wrapped text would be
    cut."""

    PAD_X, PAD_Y = 4, 3

    def _inset(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        inset = QStyleOptionViewItem(option)
        inset.rect = option.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        return inset

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(self._inset(option), index)
        return size + QSize(2 * self.PAD_X, 2 * self.PAD_Y)

    def paint(self, painter, option, index) -> None:
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        style = full.widget.style() if full.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter, full.widget
        )
        super().paint(painter, self._inset(option), index)


def setup_look(table: QTableView, stretch: int) -> None:
    """The board's table look (a ListPage._rows_view's): columns sized
    to their contents, one stretching; rows as tall as their wrapped text, padded."""
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setItemDelegate(PaddedDelegate(table))
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # wrapped text needs its rows measured again once the columns have their width
    again = QTimer(table)
    again.setSingleShot(True)
    again.setInterval(0)
    again.timeout.connect(
        lambda: table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    )
    header.sectionResized.connect(lambda *_: again.start())


def set_widths(table: QTableView, widths: Mapping[int, int]) -> None:
    """Columns of long texts (wrapped) get a set width the user can drag."""
    header = table.horizontalHeader()
    for col, width in widths.items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(col, width)


class BoardPage(ListPage):
    """One sub-tab of the CX board. A subclass gives refresh(select) and _retranslate().

    Unlike a client tab, set_context() does not refresh: the page is marked stale and the
    board refreshes it when it is next shown (views/cxboard/board_tab.py)."""

    show_project = Signal(str)  # asks the board to show this project on the projects page

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.stale = True  # refreshed when next shown

    def _context_set(self) -> None:
        self.stale = True
