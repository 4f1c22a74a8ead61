"""The filter box above a list (views/rows_model.py `RowsModel.set_text` does the
filtering): its hint follows the UI language, and `filter_box_above` puts one in a list's
layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class FilterEdit(QLineEdit):
    """The filter box: its hint follows the UI language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("FilterEdit", "Filter this list…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


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
