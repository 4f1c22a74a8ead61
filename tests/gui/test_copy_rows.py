"""Copy out (views/copy_rows.py): Ctrl+C on a table or tree copies the selected rows with
the headers as tab-separated text, so a paste into a spreadsheet lands in cells."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QTreeWidget

from csmm_desktop.services import demo
from csmm_desktop.views import copy_rows
from csmm_desktop.views.dashboard import DashboardTab


def clipboard():
    return QApplication.clipboard().text()


def press_copy(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_the_snapshot_table_copies_the_selected_rows_with_headers(qtbot, make_window, db, demo_db):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    table = window.panel.ui.snapshotTable
    table.setFocus()  # as a click does: the table is equipped as it takes the focus
    qtbot.waitUntil(lambda: bool(table.property("csmmCopyRows")))
    QApplication.clipboard().setText("before")
    table.selectRow(1)
    press_copy(qtbot, table)
    model = table.model()
    columns = range(model.columnCount())
    header = "\t".join(model.headerData(c, Qt.Orientation.Horizontal) for c in columns)
    row = "\t".join(model.index(1, c).data() or "" for c in columns)
    assert clipboard() == f"{header}\n{row}\n"
    assert model.columnCount() > 1 and row.count("\t") == model.columnCount() - 1


def test_several_rows_in_the_order_shown_hidden_columns_left_out(qtbot):
    table = QTableWidget(4, 3)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Konu", "Puan", "Gizli"])
    for r, (name, score) in enumerate(
        [("Şikâyet", "62,5"), ("İade", "70"), ("a\tb", "1"), ("x", "")]
    ):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(score))
        table.setItem(r, 2, QTableWidgetItem("secret"))
    table.setColumnHidden(2, True)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
    copy_rows.equip(table)
    table.show()
    qtbot.waitExposed(table)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(2, 0)).center(),
    )
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        table.visualItemRect(table.item(0, 0)).center(),
    )
    press_copy(qtbot, table)
    assert clipboard() == "Konu\tPuan\nŞikâyet\t62,5\na b\t1\n"


def test_the_score_tree_copies_its_rows(qtbot, db, demo_db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.set_context(demo.DEMO_CLIENT_ID, "")
    tree: QTreeWidget = tab.ui.scoreTree
    copy_rows.equip_all(tab)
    tab.select("section", "2.3")
    item = tree.currentItem()
    assert item is not None
    tree.clearSelection()
    item.setSelected(True)
    press_copy(qtbot, tree)
    header = "\t".join(tree.headerItem().text(c) for c in range(tree.columnCount()))
    row = "\t".join(item.text(c) for c in range(tree.columnCount()))
    assert clipboard() == f"{header}\n{row}\n"
    assert row.startswith("2.3")
