"""Automatic checklist ticks look automatic: a grey mark, not a check box to click."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from csmm_desktop.services import clients, engagement
from csmm_desktop.views.engagement.checklist_tab import KEY_ROLE, ChecklistTab


def drawn(tab, key):
    """How the row's first cell is drawn (the delegate's style option)."""
    tree = tab.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, KEY_ROLE) == key:
            index = tree.indexFromItem(item, 0)
            option = QStyleOptionViewItem()
            tree.itemDelegate().initStyleOption(option, index)
            return item, option
    raise AssertionError(key)


def test_automatic_items_show_a_grey_mark_and_hand_ones_a_check_box(qtbot, db, modal):
    client = clients.create_client(db, "Işık Enerji")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    tab = ChecklistTab(db)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    tab.set_context(client.id, snap.id)
    features = QStyleOptionViewItem.ViewItemFeature
    for key in ("snapshot", "problems"):  # automatic: done, and not yet
        item, option = drawn(tab, key)
        assert not option.features & features.HasCheckIndicator
        assert option.features & features.HasDecoration and not option.icon.isNull()
        assert item.text(1) == "Automatically" and item.font(1).italic()
    _item, done_option = drawn(tab, "snapshot")
    done_mark = done_option.icon.pixmap(16, 16).toImage()
    _item, open_option = drawn(tab, "problems")
    open_mark = open_option.icon.pixmap(16, 16).toImage()
    assert done_mark != open_mark  # ticked and not ticked look different
    item, option = drawn(tab, "roadmap")  # by hand: a check box
    assert option.features & features.HasCheckIndicator
    # a click where the check box would be does not tick an automatic item
    rect = tab.tree.visualItemRect(drawn(tab, "problems")[0])
    QTest.mouseClick(
        tab.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert not engagement.stage_checklist(db, snap.id).items[1].done
