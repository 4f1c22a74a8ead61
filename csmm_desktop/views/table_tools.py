"""What every list table has: sorting by a click on a column's header (numbers and dates
in their own order, not as text) and a filter box above it hiding the rows that do not
contain the typed text (accent- and case-insensitive, as the client search).

A cell may carry its sort value under SORT_ROLE (an ISO date, a number); otherwise its
text is read: a number (63.4, 63,4, %93, 93%) sorts as a number, a date as the app
writes it (9 Feb 2026, 09.02.2026, Feb 2026, Şubat 2026, with a time) in date order,
anything else in the Turkish alphabet's order. Empty cells and dashes sort last either way.

The rows keep their items (and so their ids): code reading the selected item's ID_ROLE
works whatever the order. A refresh refills in the stored order and, once it is done
(the next turn of the event loop), the rows are sorted again by the column the user
chose, so an edit does not undo the user's order."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.domain.dates import MONTHS
from csmm_desktop.domain.text import search_fold, turkish_sort_key
from csmm_desktop.views.roles import ID_ROLE

SORT_ROLE = ID_ROLE + 7  # a cell's sort value, when its text does not sort right

_NUMBER = re.compile(r"^[%+−-]?\s*\d+(?:[.,]\d+)?\s*%?$")
# the dates as views/formatting.py writes them: 09.02.2026, 9 Feb 2026, Feb 2026 /
# Şubat 2026, with a time (14:03) after a day
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$")
_NAMED = re.compile(r"^(?:(\d{1,2})\s+)?(\w+)\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$")
_MONTH_NUMBER = {
    search_fold(name): i + 1 for names in MONTHS.values() for i, name in enumerate(names)
}


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


_EMPTY = ("", "—", "–", "-")


def value_key(value: object) -> tuple:
    """(group, value) of a sort value (SORT_ROLE, a model column's key): numbers first,
    then texts in the Turkish alphabet's order; None and "" last (group 3)."""
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


def sort_key(item: QTableWidgetItem | None) -> tuple:
    """(group, value): numbers before texts, blanks last."""
    if item is None:
        return (3, 0)
    value = item.data(SORT_ROLE)
    if value is not None:
        return value_key(value)
    return text_key(item.text())


class FilterEdit(QLineEdit):
    """The filter box: its hint follows the UI language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("TableTools", "Filter this list…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class TableTools(QObject):
    """Sorting and filtering of one QTableWidget (see the module's text)."""

    def __init__(self, table: QTableWidget):
        super().__init__(table)
        self.table = table
        self.column = -1
        self.order = Qt.SortOrder.AscendingOrder
        self.filter_edit: QLineEdit | None = None
        self.row_tests: list = []  # more conditions a row must meet: f(row) -> bool
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._on_header_clicked)
        # a refill (new rows, new texts) is filtered again once it is done
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._after_refill)
        model = table.model()
        model.rowsInserted.connect(self._refilled)
        model.modelReset.connect(self._refilled)
        model.dataChanged.connect(self._changed)

    def _changed(self, *_args) -> None:
        if self._alive():
            self._again.start()

    def _alive(self) -> bool:
        """False while the table is being destroyed (its model's last signals)."""
        return shiboken6.isValid(self.table) and shiboken6.isValid(self)

    def _refilled(self, *_args) -> None:
        if self._alive():
            self._again.start()

    def _after_refill(self) -> None:
        if not self._alive():
            return
        if 0 <= self.column < self.table.columnCount():
            self.sort(self.column, self.order)  # the user's order again
        self.apply_filter()

    # --- sorting -------------------------------------------------------------------

    def _on_header_clicked(self, column: int) -> None:
        if column == self.column:
            self.order = (
                Qt.SortOrder.DescendingOrder
                if self.order == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            self.order = Qt.SortOrder.AscendingOrder
        self.sort(column, self.order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        table = self.table
        if any(
            table.cellWidget(r, c) is not None
            for r in range(table.rowCount())
            for c in range(table.columnCount())
        ):
            return  # rows made of widgets are not moved
        self._again.stop()
        selected = {id(item) for item in table.selectedItems()}
        current = table.currentItem()
        rows = []
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(table.columnCount())]
            rows.append((sort_key(cells[column]), r, table.isRowHidden(r)))
        descending = order == Qt.SortOrder.DescendingOrder
        # blanks stay last in both directions
        filled = [x for x in rows if x[0][0] != 3]
        blanks = [x for x in rows if x[0][0] == 3]
        if not descending:
            filled.sort(key=lambda x: (x[0], x[1]))
        else:  # a stable descending order: equal keys keep their stored order
            filled.sort(key=lambda x: x[1])
            filled.sort(key=lambda x: x[0], reverse=True)
        ordered = filled + sorted(blanks, key=lambda x: x[1])
        model = table.model()
        blocker = model.blockSignals(True)
        taken = [
            [table.takeItem(r, c) for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        hidden = {r for _key, r, is_hidden in rows if is_hidden}
        with_signals = table.blockSignals(True)
        for new_row, (_key, old_row, _h) in enumerate(ordered):
            for c, item in enumerate(taken[old_row]):
                if item is not None:
                    table.setItem(new_row, c, item)
            table.setRowHidden(new_row, old_row in hidden)
        table.clearSelection()
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None and id(item) in selected:
                    item.setSelected(True)
        if current is not None and table.row(current) >= 0:
            table.setCurrentItem(current, table.selectionModel().SelectionFlag.NoUpdate)
        table.blockSignals(with_signals)
        model.blockSignals(blocker)
        model.layoutChanged.emit()
        self.column, self.order = column, order
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        table.viewport().update()

    # --- filtering -----------------------------------------------------------------

    def add_filter_box(self) -> QLineEdit:
        """A line edit just above the table in its layout (a box layout)."""
        edit = filter_box_above(self.table)
        edit.textChanged.connect(self.apply_filter)
        self.filter_edit = edit
        return edit

    def apply_filter(self) -> None:
        if not self._alive():
            return
        table = self.table
        words = search_fold(self.filter_edit.text()).split() if self.filter_edit else []
        for r in range(table.rowCount()):
            shown = all(test(r) for test in self.row_tests)
            if shown and words:
                text = search_fold(
                    " ".join(
                        (table.item(r, c).text() if table.item(r, c) else "")
                        for c in range(table.columnCount())
                    )
                )
                shown = all(word in text for word in words)
            table.setRowHidden(r, not shown)


def filter_box_above(view: QAbstractItemView) -> FilterEdit:
    """A filter box just above a list in its layout (a box layout or a splitter), named
    after it ("kpiTable" -> "kpiTableFilter"); the list gives up the box's height on a small
    screen. The caller connects its textChanged."""
    parent = view.parentWidget()
    edit = FilterEdit(parent)
    edit.setObjectName((view.objectName() or "table") + "Filter")
    layout = parent.layout() if parent else None
    if isinstance(parent, QSplitter):  # the box and the list share the list's place
        index = parent.indexOf(view)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        parent.insertWidget(index, holder)
        edit.setParent(holder)
        box.addWidget(edit)
        box.addWidget(view)
    elif isinstance(layout, QBoxLayout) and layout.indexOf(view) >= 0:
        layout.insertWidget(layout.indexOf(view), edit)
    view.setMinimumHeight(max(view.minimumSizeHint().height() - 30, 36))
    return edit


def tools(table: QTableWidget) -> TableTools:
    """The table's tools, made on first use."""
    found = table.findChild(TableTools)
    return found if found is not None else TableTools(table)


def sortable(table: QTableWidget, filter_box: bool = True) -> TableTools:
    """Sorting by a header click, and a filter box above the table (for a main list)."""
    made = tools(table)
    if filter_box and made.filter_edit is None:
        made.add_filter_box()
    return made
