"""One model for every long list: plain rows (tuples, dataclasses, any object), columns that
say how a row is shown and sorted, and a filter in front of it. A QTableView on these shows
20,000 rows as fast as 20: a cell's text is made when the view first asks for it (only the
rows on screen, and a sample for the column widths), not for every row up front.

    columns = [
        Column(lambda: tr("Name"), lambda r: r.name),
        Column(lambda: tr("Score"), lambda r: fmt(r.score), key=lambda r: r.score, align=RIGHT),
    ]
    model = RowsModel(columns, row_id=lambda r: r.id)
    rows = show_rows(view, model)      # the view's model: the RowsFilter in front of it
    rows.tests.append(lambda r: r.kind == wanted)   # more conditions; then rows.refilter()
    filter_edit.textChanged.connect(rows.set_text)
    model.set_rows(records)            # once per change of the data (model.fills counts)

Sorting follows table_tools (the QTableWidget lists): a click on a header sorts by that
column, again the other way; numbers and dates in their order (a column's `key`, else its
text read as table_tools reads it), texts in the Turkish alphabet's order, blanks last in
both directions, equal keys in the stored order. The sort is done by the model itself, in
one Python sort (QSortFilterProxyModel's would ask every cell's value through Python for
each of its n·log n comparisons), and kept over a refill: an edit does not undo the
user's order. Selection and the current row follow their rows.

The filter (RowsFilter, a QSortFilterProxyModel) shows the rows that contain every word
typed (accent- and case-insensitive, over the columns' texts) and pass every test of
`tests` (f(row) -> bool: a role or status picked in a combo box...). Ctrl+C (copy_rows)
copies the shown texts, as it does for every table.

Roles: ID_ROLE gives the row's id (`row_id`), SORT_ROLE its column's sort value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView

from csmm_desktop.domain.text import search_fold
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.table_tools import SORT_ROLE, text_key, value_key

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole (plain ints: data() is asked very often)
TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder


@dataclass(frozen=True)
class Column:
    """How one column shows a row: its header (a function, so it follows the language),
    its text, its sort value (None: the text's, read as table_tools reads a cell),
    its alignment (a Qt.AlignmentFlag value, 0 for the style's) and its tooltip."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    key: Callable[[Any], object] | None = None
    align: int = 0
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows shown through `columns`; see the module."""

    def __init__(
        self,
        columns: Sequence[Column],
        row_id: Callable[[Any], object] | None = None,
        parent: Any = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self._rows: list[Any] = []
        self._texts: list[list[str | None]] = []  # made as the view asks
        self._search: list[str | None] = []  # each row's folded text, for the filter
        self.fills = 0  # set_rows calls: a list is filled once per change (tests count)
        self.sort_column = -1  # the user's sort, kept over refills
        self.sort_order = ASCENDING

    # --- the rows ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (in the user's order, if they sorted)."""
        self.fills += 1
        self.beginResetModel()
        self._rows = list(rows)
        self._forget()
        if self.sort_column >= 0:
            self._sort_rows(self.sort_column, self.sort_order)
        self.endResetModel()

    def clear(self) -> None:
        """No rows (while the next ones load); not a fill."""
        self.beginResetModel()
        self._rows = []
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        width = len(self.columns)
        self._texts = [[None] * width for _ in self._rows]
        self._search = [None] * len(self._rows)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, source_row: int) -> Any:
        return self._rows[source_row]

    def find(self, row_id: object) -> int:
        """The source row of the row with this id, -1 if none."""
        if self.row_id is None:
            return -1
        for i, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return i
        return -1

    def replace(self, row_id: object, row: Any) -> bool:
        """Put `row` in place of the row with this id (its texts made again); False if
        there is none."""
        i = self.find(row_id)
        if i < 0:
            return False
        self._rows[i] = row
        self._texts[i] = [None] * len(self.columns)
        self._search[i] = None
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return True

    def refresh_texts(self) -> None:
        """Every text made again (the language changed), headers too."""
        if self._rows:
            self._forget()
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def text(self, source_row: int, column: int) -> str:
        texts = self._texts[source_row]
        made = texts[column]
        if made is None:
            made = texts[column] = self.columns[column].text(self._rows[source_row])
        return made

    def search_text(self, source_row: int) -> str:
        """The row's texts, folded as the filter box folds what is typed."""
        made = self._search[source_row]
        if made is None:
            made = " ".join(self.text(source_row, c) for c in range(len(self.columns)))
            made = self._search[source_row] = search_fold(made)
        return made

    # --- Qt's model ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == DISPLAY:
            return self.text(r, c)
        column = self.columns[c]
        if role == ALIGNMENT:
            return column.align or None
        if role == ID_ROLE:
            return self.row_id(self._rows[r]) if self.row_id is not None else None
        if role == TOOLTIP:
            return column.tooltip(self._rows[r]) if column.tooltip is not None else None
        if role == SORT_ROLE:
            return column.key(self._rows[r]) if column.key is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        shown = role == DISPLAY and orientation == Qt.Orientation.Horizontal
        return self.columns[section].title() if shown and 0 <= section < len(self.columns) else None

    # --- sorting -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        moved = self._sort_rows(column, order)
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(moved[i.row()], i.column()) if i.isValid() else i for i in kept]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort the rows; returns each old row's new place."""
        self.sort_column, self.sort_order = column, order
        key = self.columns[column].key
        if key is not None:
            keys = [value_key(key(row)) for row in self._rows]
        else:
            keys = [text_key(self.text(r, column)) for r in range(len(self._rows))]
        filled = [r for r, k in enumerate(keys) if k[0] != 3]
        blanks = [r for r, k in enumerate(keys) if k[0] == 3]  # last either way, as stored
        # Python's sort is stable: descending by key keeps equal keys in the stored order
        filled.sort(key=keys.__getitem__, reverse=order == DESCENDING)
        new_order = filled + blanks
        self._rows = [self._rows[r] for r in new_order]
        self._texts = [self._texts[r] for r in new_order]
        self._search = [self._search[r] for r in new_order]
        moved = [0] * len(new_order)
        for new, old in enumerate(new_order):
            moved[old] = new
        return moved


class RowsFilter(QSortFilterProxyModel):
    """The rows of a RowsModel that contain the typed words and pass every test."""

    def __init__(self, source: RowsModel, parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.rows_model = source
        self.words: list[str] = []
        self.tests: list[Callable[[Any], bool]] = []

    def set_text(self, text: str) -> None:
        self.words = search_fold(text).split()
        self.refilter()

    def refilter(self) -> None:
        """The tests' conditions changed: filter every row again."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, _parent: QModelIndex | QPersistentModelIndex
    ) -> bool:  # noqa: N802
        source = self.rows_model
        if self.tests:
            row = source._rows[source_row]
            for test in self.tests:
                if not test(row):
                    return False
        if self.words:
            text = source.search_text(source_row)
            return all(word in text for word in self.words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        self.rows_model.sort(column, order)  # the model's own sort; this one keeps its order

    def row_at(self, row: int) -> Any:
        """The row object shown at this row of the filter."""
        return self.rows_model.row(self.mapToSource(self.index(row, 0)).row())

    def shown_rows(self) -> list[Any]:
        return [self.row_at(r) for r in range(self.rowCount())]


def show_rows(view: QTableView, model: RowsModel, width_sample: int = 200) -> RowsFilter:
    """Put `model` behind a RowsFilter into `view`, sorted by a click on a header (again:
    the other way); the columns sized to their contents read from `width_sample` rows
    (and the ones on screen), not from all of them. Returns the filter."""
    rows = RowsFilter(model, view)
    view.setModel(rows)
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)
    header.setResizeContentsPrecision(width_sample)

    def clicked(column: int) -> None:
        same = column == model.sort_column and model.sort_order == ASCENDING
        order = DESCENDING if same else ASCENDING
        rows.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)

    header.sectionClicked.connect(clicked)
    return rows


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents, the last one taking the rest (as the lists)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
