"""One model for every long list: plain rows (tuples, dataclasses, any object), columns that
say how a row is shown and sorted, and a filter. A QTableView on it shows 20,000 rows as
fast as 20: a cell's text is made when the view first asks for it (the rows on screen,
and a sample for the column widths), not for every row up front.

    columns = [
        Column(lambda: tr("Name"), lambda r: r.name),
        Column(lambda: tr("Score"), lambda r: fmt(r.score), key=lambda r: r.score, align=RIGHT),
    ]
    model = show_rows(view, RowsModel(columns, row_id=lambda r: r.id))
    model.tests.append(lambda r: r.kind == wanted)   # more conditions; then model.refilter()
    filter_edit.textChanged.connect(model.set_text)
    model.set_rows(records)      # once per change of the data (model.fills counts them)
    model.row_at(view.currentIndex().row())           # the record shown on that row

Every sortable list of the app is one of these (on a QTableView). A click on a header
sorts by that column, again the other way; numbers and dates in their order (a column's
`key`, else its text read by views/sort_keys.py), texts in the Turkish alphabet's order,
blanks last in both directions, equal keys in the stored order. The user's order is kept over a refill:
an edit does not undo it. The selection and the current row follow their rows.

The filter shows the rows that contain every word typed (accent- and case-insensitive,
over the columns' texts) and pass every test of `tests` (f(row) -> bool: a role or status
picked in a combo box...); the selected rows that still pass stay selected.

Sorting and filtering are done here, each in one pass of Python over the rows, not by a
QSortFilterProxyModel: that one asks every row (and, sorting, every comparison) through a
call from C++ into Python, which for 20,000 rows blocks the window for most of a second.
Ctrl+C (views/copy_rows.py) copies the shown texts, as for every table. Roles: ID_ROLE
gives the row's id (`row_id`), SORT_ROLE its column's sort value."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView

from csmm_desktop.domain.text import search_fold
from csmm_desktop.views.roles import ID_ROLE
from csmm_desktop.views.sort_keys import SORT_ROLE, text_key, value_key

DISPLAY = 0  # Qt.ItemDataRole.DisplayRole (plain ints: data() is asked very often)
EDIT = 2  # Qt.ItemDataRole.EditRole
TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
FONT = 6  # Qt.ItemDataRole.FontRole
FOREGROUND = 9  # Qt.ItemDataRole.ForegroundRole
ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder


@dataclass(frozen=True)
class Column:
    """How one column shows a row: its header (a function, so it follows the language),
    its text, its sort value (None: the text's, read by views/sort_keys.py text_key),
    its alignment (a Qt.AlignmentFlag value, 0 for the style's), its tooltip, and a
    cell's emphasis: the colour (a QColor or QBrush, None for the style's) in which a
    row's cell is written bold, as a run-up's change is; and any more of a cell's data,
    by role (an icon, a background, a key kept behind the text: {role: value}).
    A column with `edit` is edited in place (where `editable(row)`, if given): the typed
    text goes to edit(row, text); the page stores it and fills the rows again."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    key: Callable[[Any], object] | None = None
    align: int = 0
    tooltip: Callable[[Any], str] | None = None
    emphasis: Callable[[Any], Any] | None = None
    roles: Callable[[Any], Mapping[int, Any]] | None = None
    edit: Callable[[Any, str], None] | None = None
    editable: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows shown through `columns`, sorted and filtered; see the module."""

    def __init__(
        self,
        columns: Sequence[Column],
        row_id: Callable[[Any], object] | None = None,
        parent: Any = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self._all: list[Any] = []  # every row, in the user's order
        self._texts: list[list[str | None] | None] = []  # of each of _all, as the view asks
        self._search: list[str | None] = []  # each row's folded text, for the filter
        self._shown: list[int] = []  # the rows shown: places in _all
        self.fills = 0  # set_rows calls: a list is filled once per change (tests count)
        self.sort_column = -1  # the user's sort, kept over refills
        self.sort_order = ASCENDING
        self.words: list[str] = []  # typed in the filter box, folded
        self.tests: list[Callable[[Any], bool]] = []  # more conditions a shown row meets

    # --- the rows ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (in the user's order, if they sorted; filtered)."""
        self.fills += 1
        self.beginResetModel()
        self._all = list(rows)
        self._forget()
        if self.sort_column >= 0:
            self._sort_rows(self.sort_column, self.sort_order)
        self._shown = self._passing()
        self.endResetModel()

    def clear(self) -> None:
        """No rows (while the next ones load); not a fill."""
        self.beginResetModel()
        self._all, self._shown = [], []
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        self._texts = [None] * len(self._all)
        self._search = [None] * len(self._all)

    def rows(self) -> list[Any]:
        """Every row, shown or filtered out, in the user's order."""
        return list(self._all)

    def row_at(self, row: int) -> Any:
        """The row object shown at this row."""
        return self._all[self._shown[row]]

    def shown_rows(self) -> list[Any]:
        return [self._all[i] for i in self._shown]

    def find(self, row_id: object) -> int:
        """The place in rows() of the row with this id, -1 if none."""
        if self.row_id is None:
            return -1
        for i, row in enumerate(self._all):
            if self.row_id(row) == row_id:
                return i
        return -1

    def replace(self, row_id: object, row: Any) -> bool:
        """Put `row` in place of the row with this id (its texts made again; refilter()
        if it may pass the filter differently now); in a list the user sorted, it takes
        its place in their order (a new score, a new coverage). False if there is none."""
        i = self.find(row_id)
        if i < 0:
            return False
        self._all[i] = row
        self._texts[i] = None
        self._search[i] = None
        if i in self._shown:
            r = self._shown.index(i)
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.columns) - 1))
        if self.sort_column >= 0:
            self.sort(self.sort_column, self.sort_order)
        return True

    def refresh_texts(self) -> None:
        """Every text made again (the language changed), headers too."""
        if self._shown:
            self._forget()
            last = self.index(len(self._shown) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _text(self, i: int, column: int) -> str:
        texts = self._texts[i]
        if texts is None:
            texts = self._texts[i] = [None] * len(self.columns)
        made = texts[column]
        if made is None:
            made = texts[column] = self.columns[column].text(self._all[i])
        return made

    def _search_text(self, i: int) -> str:
        made = self._search[i]
        if made is None:
            made = " ".join(self._text(i, c) for c in range(len(self.columns)))
            made = self._search[i] = search_fold(made)
        return made

    # --- filtering -----------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show only the rows containing every word of `text` (the filter box's)."""
        self.words = search_fold(text).split()
        self.refilter()

    def refilter(self) -> None:
        """The filter's words or tests changed: show the rows that pass now."""
        self.beginResetModel()
        self._shown = self._passing()
        self.endResetModel()

    def _passing(self) -> list[int]:
        """The places of the rows passing every test and containing every word: one pass
        in Python here (a QSortFilterProxyModel would ask each row through a call from
        C++, twice the time, and again after every sort)."""
        rows, tests, words = self._all, self.tests, self.words
        shown = range(len(rows))
        if tests:
            shown = [i for i in shown if all(test(rows[i]) for test in tests)]
        if words:
            search = self._search_text
            shown = [i for i in shown if all(word in search(i) for word in words)]
        return list(shown)

    # --- Qt's model ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, EDIT):
            return self._text(self._shown[index.row()], index.column())
        if role == ALIGNMENT:
            return self.columns[index.column()].align or None
        if role == ID_ROLE and self.row_id is not None:
            return self.row_id(self._all[self._shown[index.row()]])
        if role == TOOLTIP:
            tip = self.columns[index.column()].tooltip
            return tip(self._all[self._shown[index.row()]]) if tip is not None else None
        if role == SORT_ROLE:
            key = self.columns[index.column()].key
            return key(self._all[self._shown[index.row()]]) if key is not None else None
        column = self.columns[index.column()]
        if role in (FOREGROUND, FONT) and column.emphasis is not None:
            colour = column.emphasis(self._all[self._shown[index.row()]])
            if colour is not None:
                return colour if role == FOREGROUND else _bold_font()
        if column.roles is not None:
            return column.roles(self._all[self._shown[index.row()]]).get(role)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            column = self.columns[index.column()]
            if column.edit is not None and (
                column.editable is None or column.editable(self.row_at(index.row()))
            ):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:  # noqa: N802
        """A cell edited in place: the text goes to its column's edit()."""
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.edit is None or role != EDIT:
            return False
        column.edit(self.row_at(index.row()), str(value))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        shown = role == DISPLAY and orientation == Qt.Orientation.Horizontal
        return self.columns[section].title() if shown and 0 <= section < len(self.columns) else None

    # --- sorting -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = [self._shown[i.row()] if i.isValid() else -1 for i in self.persistentIndexList()]
        moved = self._sort_rows(column, order)
        self._shown = self._passing()  # the same rows, in the new order
        place = {i: r for r, i in enumerate(self._shown)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept,
            [
                self.index(place[moved[b]], i.column()) if b >= 0 else i
                for i, b in zip(kept, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort every row; returns each old place's new place."""
        self.sort_column, self.sort_order = column, order
        key = self.columns[column].key
        if key is not None:
            keys = [value_key(key(row)) for row in self._all]
        else:
            keys = [text_key(self._text(i, column)) for i in range(len(self._all))]
        filled = [i for i, k in enumerate(keys) if k[0] != 3]
        blanks = [i for i, k in enumerate(keys) if k[0] == 3]  # last either way, as stored
        # Python's sort is stable: descending by key keeps equal keys in the stored order
        filled.sort(key=keys.__getitem__, reverse=order == DESCENDING)
        new_order = filled + blanks
        self._all = [self._all[i] for i in new_order]
        self._texts = [self._texts[i] for i in new_order]
        self._search = [self._search[i] for i in new_order]
        moved = [0] * len(new_order)
        for new, old in enumerate(new_order):
            moved[old] = new
        return moved


def _bold_font() -> QFont:
    font = QFont()  # the application's font, bold (a view's own font is the app's)
    font.setBold(True)
    return font


class _RowKeys(QObject):
    """Home and End on a list of rows go to its first and last row, as in every list (a
    table's own Home/End go to the first and last cell of the row, which selecting whole
    rows shows as nothing); Ctrl+Home/End and Shift still work as Qt's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QTableView)
            and watched.selectionBehavior() == QTableView.SelectionBehavior.SelectRows
        ):
            rows = QKeyEvent(
                QEvent.Type.KeyPress,
                event.key(),
                event.modifiers() | Qt.KeyboardModifier.ControlModifier,
            )
            QApplication.sendEvent(watched, rows)
            return True
        return False


_row_keys: _RowKeys | None = None  # one for every list, the application's child


def _home_and_end(view: QTableView) -> None:
    global _row_keys
    if _row_keys is None:
        _row_keys = _RowKeys(QApplication.instance())
    view.installEventFilter(_row_keys)


def show_rows(view: QTableView, model: RowsModel, width_sample: int = 40) -> RowsModel:
    """Show `model` in `view`, sorted by a click on a header (again: the other way), Home
    and End going to the first and last row; the columns sized to their contents read
    from `width_sample` rows (and the ones on screen), not from all of them. The selection is kept, by the rows' ids, when the
    rows are filled again or filtered, and so is the current row (where the keyboard goes
    on from); a refill or filter leaving none of the selected rows says so
    (selectionChanged), and selects them again when they are shown again (the filter
    cleared) unless the user chose other rows meanwhile. Returns the model."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)
    header.setResizeContentsPrecision(width_sample)

    def clicked(column: int) -> None:
        same = column == model.sort_column and model.sort_order == ASCENDING
        order = DESCENDING if same else ASCENDING
        model.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)

    header.sectionClicked.connect(clicked)
    _home_and_end(view)
    if model.row_id is not None:
        kept: dict[str, Any] = {}

        def remember() -> None:
            selection = view.selectionModel()
            rows = [i.row() for i in selection.selectedRows()] if selection else []
            kept["ids"] = {model.row_id(model.row_at(r)) for r in rows}
            current = view.currentIndex()
            if current.isValid():  # the keyboard goes on from it (arrows, Home/End, Enter)
                kept["current"] = (model.row_id(model.row_at(current.row())), current.column())
            hidden = kept.pop("hidden", None)
            if hidden is not None and not kept["ids"]:  # nothing chosen since a filter hid
                kept["ids"], kept["current"] = hidden  # the selection: back once shown again

        def restore() -> None:
            ids = kept.pop("ids", None) or set()
            current_id, column = kept.pop("current", (None, 0))
            if not ids and current_id is None:
                return  # nothing to find again (a list of 100,000 filled: ~40 ms not spent)
            selection = view.selectionModel()
            picked = QItemSelection()
            first = -1  # the first row selected again: in sight, as select_id puts a row
            for r, row in enumerate(model.shown_rows()):
                row_id = model.row_id(row)
                if row_id in ids:
                    picked.select(model.index(r, 0), model.index(r, len(model.columns) - 1))
                    first = r if first < 0 else first
                if row_id == current_id:
                    selection.setCurrentIndex(
                        model.index(r, column), QItemSelectionModel.SelectionFlag.NoUpdate
                    )
            if not picked.isEmpty():
                selection.select(picked, QItemSelectionModel.SelectionFlag.Select)
                view.scrollTo(model.index(first, 0))  # a reset scrolled the list to its top
            elif ids:  # every selected row went (filtered out, deleted): Qt's reset cleared
                # the selection without a word, so the page's buttons would still act on it
                selection.selectionChanged.emit(QItemSelection(), QItemSelection())
                kept["hidden"] = (ids, (current_id, column))  # selected again when shown

        model.modelAboutToBeReset.connect(remember)
        model.modelReset.connect(restore)
    return model
