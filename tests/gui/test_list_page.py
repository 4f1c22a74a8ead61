"""The list-page base (views/list_page.py) under the client tabs and the CX board pages:
the context each kind follows, the keys, and the selection by id."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout

from csmm_desktop.views.cxboard.common import BoardPage
from csmm_desktop.views.engagement.base import ContextTab
from csmm_desktop.views.list_page import ListPage
from csmm_desktop.views.rows_model import Column


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    size: int


ROWS = [Row("a", "Şube", 3), Row("b", "Çağrı", 12), Row("c", "Ödeme", 1)]


def make(qtbot, base, db=None):
    """A page of `base` listing ROWS; it counts its refreshes and its key presses."""

    class Page(base):
        def __init__(self):
            super().__init__(db)
            self.done: list[str] = []
            self.refreshes = 0
            self.table = QTableView(self)
            self.table.setObjectName("rowTable")
            QVBoxLayout(self).addWidget(self.table)
            columns = [
                Column(lambda: "Name", lambda r: r.name),
                Column(lambda: "Size", lambda r: str(r.size), key=lambda r: r.size),
            ]
            self._rows_view(self.table, columns, lambda r: r.id)
            self.keys = self._install_keys(
                self.table,
                lambda: self.done.append("add"),
                lambda: self.done.append("edit " + self.selected_id()),
                lambda: self.done.append("delete " + self.selected_id()),
            )

        def tab_title(self) -> str:
            return "Rows"

        def refresh(self, select: str = "") -> None:
            self.refreshes += 1
            self.model.set_rows(ROWS)
            self.select_id(select or self.selected_id())

    page = Page()
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown(page):
    model = page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_client_tab_refreshes_at_once_a_board_page_when_next_shown(qtbot):
    tab = make(qtbot, ContextTab)
    tab.set_context("client", "")
    assert tab.refreshes == 1 and shown(tab) == ["Şube", "Çağrı", "Ödeme"]
    board = make(qtbot, BoardPage)
    board.set_context("client", "")
    assert board.refreshes == 0 and board.stale  # the board refreshes it when shown
    assert isinstance(tab, ListPage) and isinstance(board, ListPage)


def test_keys_selection_by_id_sorting_and_the_filter_box(qtbot):
    page = make(qtbot, BoardPage)
    page.refresh("b")
    assert page.selected_ids() == ["b"] and page.selected_row() == ROWS[1]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.done == ["edit b", "delete b", "add"]
    assert [a.text() for a in page.table.actions()] == ["", "", ""]  # texts: the page's

    page.model.sort(1)  # by size, as numbers; the selection follows its row
    assert shown(page) == ["Ödeme", "Şube", "Çağrı"] and page.selected_id() == "b"
    page.refresh()  # the user's order and the selection kept over a refill
    assert shown(page) == ["Ödeme", "Şube", "Çağrı"] and page.selected_id() == "b"

    box = page.findChild(type(page.model.filter_edit), "rowTableFilter")
    box.setText("odeme")  # accent- and case-insensitive
    assert shown(page) == ["Ödeme"]
    page.select_id("missing")  # an id not shown: the first row
    assert page.selected_id() == "c"
    page.select_id("missing", default_last=True)
    assert page.selected_id() == "c"
    box.setText("nothing like it")
    page.select_id("a")
    assert page.selected_ids() == [] and page.selected_row() is None


def test_a_column_edited_in_place_hands_the_text_to_the_page(qtbot):
    from tests.gui.engagement_keys import type_into_cell

    page = make(qtbot, BoardPage)
    typed = []
    page.model.columns[1] = Column(
        lambda: "Size",
        lambda r: str(r.size),
        edit=lambda r, text: typed.append((r.id, text)),
        editable=lambda r: r.id != "c",
    )
    page.table.setEditTriggers(page.table.EditTrigger.EditKeyPressed)
    page.refresh()
    model = page.table.model()
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable  # no edit()
    assert not model.flags(model.index(2, 1)) & Qt.ItemFlag.ItemIsEditable  # not editable
    type_into_cell(qtbot, page.table, 1, 1, "40")
    assert typed == [("b", "40")]
