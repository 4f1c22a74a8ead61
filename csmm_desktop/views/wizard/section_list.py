"""The section list's items are as tall as their wrapped text: a long Turkish title and its
"3 of 21 answered" line are never cut off or elided, at any width or zoom.

Qt's list view measures an item as if its text never wrapped (it knows no width then),
so it gives a wrapped title too few lines; this delegate measures at the list's width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

ITEM_PADDING = 2 * 4 + 2  # QListWidget::item's padding left and right (style.py), and 2


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        measured = QStyleOptionViewItem(option)
        width = self.view.viewport().width()
        # valid: the style wraps the text to its width; the item's padding (style.py) is
        # added around it after the text is measured, so it is left out here
        measured.rect = QRect(0, 0, max(1, width - ITEM_PADDING), 1)
        size = super().sizeHint(measured, index)
        return QSize(min(size.width(), width), size.height())


def install(view: QListView) -> WrappingDelegate:
    delegate = WrappingDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
