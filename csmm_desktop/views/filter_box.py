"""The filter box above a list (views/rows_model.py `RowsModel.set_text` does the
filtering): its hint follows the UI language, and `filter_box_above` puts one in a list's
layout. When the words typed hide every row, the empty list says so (`watch`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.views import theme

if TYPE_CHECKING:
    from csmm_desktop.views.rows_model import RowsModel


class FilterEdit(QLineEdit):
    """The filter box: its hint follows the UI language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.empty_hint: QLabel | None = None  # on the list, when the words hide every row
        self._view: QAbstractItemView | None = None
        self._model: RowsModel | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("FilterEdit", "Filter this list…"))
        self._show_empty_hint()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def watch(self, view: QAbstractItemView, model: RowsModel) -> None:
        """Write on the empty `view` that no row contains the words typed, when they hide
        every row of `model` (a list that is empty anyway, or emptied by a page's other
        filters, says nothing here). The hint's label is made the first time it is shown:
        the start's panel has two such lists, and two more widgets to polish."""
        self._view = view
        self._model = model
        model.modelReset.connect(self._show_empty_hint)
        view.viewport().installEventFilter(self)

    def _make_hint(self) -> QLabel:
        hint = self.empty_hint = QLabel(self._view.viewport())
        hint.setObjectName((self.objectName() or "filter") + "Hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        palette = hint.palette()  # not a style sheet: a widget with one is polished slowly
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.HINT))
        hint.setPalette(palette)
        # on a list's viewport (Base behind it) a label draws in the Text role, not this one
        hint.setForegroundRole(QPalette.ColorRole.WindowText)
        hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return hint

    def _show_empty_hint(self) -> None:
        model = self._model
        if model is None:
            return
        hidden_all = bool(model.words) and not model.rowCount() and bool(model.rows())
        hint = self.empty_hint
        if hint is None:
            if not hidden_all:
                return
            hint = self._make_hint()
        if hidden_all:
            text = QCoreApplication.translate("FilterEdit", "No row contains “%1”.")
            hint.setText(text.replace("%1", self.text().strip()))
            hint.setGeometry(hint.parentWidget().rect().adjusted(8, 8, -8, -8))
        hint.setVisible(hidden_all)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Resize and self.empty_hint is not None:
            self.empty_hint.setGeometry(watched.rect().adjusted(8, 8, -8, -8))
        return False


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
