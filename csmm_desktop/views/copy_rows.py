"""Copy out: Ctrl+C on any table or tree of the app copies its selected rows, with the column
headers, as tab-separated text, so a paste into Excel or LibreOffice lands in cells.

One event filter serves every QTableView / QTreeView (QTableWidget, QTreeWidget, the score
tree): `install(app)` equips each one the first time it takes the keyboard focus (which it
has whenever Ctrl+C reaches it), so tables built later, in any window or dialog, get it too,
without each screen wiring it. `equip(view)` equips one at once. The text is what the cells
show; a tab or a line break inside a cell becomes a space, so every row stays one line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QTreeView, QWidget

_EQUIPPED = "csmmCopyRows"
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\u2029": " ", "\u2028": " "})


def _clean(value: object) -> str:
    return "" if value is None else str(value).translate(_SPACES).strip()


def _columns(view: QAbstractItemView) -> list[int]:
    """The model's columns as the view shows them: visible ones, in their visual order."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    count = model.columnCount(view.rootIndex())
    shown = [c for c in range(count) if not header.isSectionHidden(c)]
    return sorted(shown, key=header.visualIndex)


def _tree_rows(view: QTreeView, parent: QModelIndex) -> list[QModelIndex]:
    """Every row of a tree, depth first, as it is shown (the first column's indexes)."""
    model = view.model()
    out: list[QModelIndex] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index)
        out += _tree_rows(view, index)
    return out


def _key(index: QModelIndex) -> tuple:
    """A row's place: its parent's place (trees) and its row number."""
    parent = index.parent()
    return (_key(parent) if parent.isValid() else None, index.row())


def selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The selected rows (their first column's indexes) in the order the view shows them;
    the current row when none is selected."""
    selection = view.selectionModel()
    if selection is None:
        return []
    picked = {_key(i) for i in selection.selectedIndexes()}
    if not picked and view.currentIndex().isValid():
        picked = {_key(view.currentIndex())}
    if not picked:
        return []
    if isinstance(view, QTreeView):
        return [i for i in _tree_rows(view, view.rootIndex()) if _key(i) in picked]
    model, header = view.model(), view.verticalHeader()
    rows = sorted({row for _parent, row in picked}, key=header.visualIndex)
    return [model.index(r, 0, view.rootIndex()) for r in rows if not view.isRowHidden(r)]


def rows_text(view: QAbstractItemView) -> str:
    """The selected rows with the headers, tab-separated, one line each ("" for none)."""
    model = view.model()
    if model is None:
        return ""
    rows = selected_rows(view)
    if not rows:
        return ""
    columns = _columns(view)
    orientation = Qt.Orientation.Horizontal
    lines = ["\t".join(_clean(model.headerData(c, orientation)) for c in columns)]
    for first in rows:
        lines.append(
            "\t".join(_clean(model.index(first.row(), c, first.parent()).data()) for c in columns)
        )
    return "\n".join(lines) + "\n"


class _CopyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            watched, QAbstractItemView
        ):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # the table's Ctrl+C, not a window shortcut's
                    return True
                text = rows_text(watched)
                if text:
                    QGuiApplication.clipboard().setText(text)
                return True
        return False


_filter: _CopyFilter | None = None


def equip(view: QWidget) -> None:
    """Give one table or tree the Ctrl+C of the module (once)."""
    global _filter
    if not isinstance(view, (QTableView, QTreeView)) or view.property(_EQUIPPED):
        return
    if _filter is None:
        _filter = _CopyFilter(QApplication.instance())
    view.installEventFilter(_filter)
    view.setProperty(_EQUIPPED, True)


def equip_all(widget: QWidget) -> None:
    """Equip every table and tree inside `widget` now."""
    for view in widget.findChildren(QAbstractItemView):
        equip(view)


def _on_focus(_old: QWidget | None, new: QWidget | None) -> None:
    while new is not None:  # the focus may be on an editor or the viewport inside the view
        if isinstance(new, (QTableView, QTreeView)):
            equip(new)
            return
        new = new.parentWidget()


def install(app: QApplication | None = None) -> None:
    """Equip every table and tree of the app as it first takes the focus (idempotent)."""
    app = app or QApplication.instance()
    if app is None or app.property(_EQUIPPED):
        return
    app.setProperty(_EQUIPPED, True)
    app.focusChanged.connect(_on_focus)
