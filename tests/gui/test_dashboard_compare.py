"""The dashboard's own snapshot picker and its "compare with": the charts show the two."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from csmm_desktop.services import clients, demo
from csmm_desktop.views.dashboard import DashboardTab
from tests.gui.chart_wait import drawn


@pytest.fixture
def dashboard(qtbot, db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    yield tab
    tab.close()
    tab.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pick(combo, snapshot_id):
    """As a user does: the item chosen, then the combo's activated signal."""
    index = combo.findData(snapshot_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def legend(dashboard, chart):
    keys = [
        dashboard.ui.chartList.item(i).data(0x0100) for i in range(dashboard.ui.chartList.count())
    ]
    dashboard.ui.chartList.setCurrentRow(keys.index(chart))
    figure = drawn(dashboard.chart)  # built and drawn on the worker
    legends = list(figure.legends) + [ax.get_legend() for ax in figure.axes]
    texts = [t.get_text() for lg in legends if lg is not None for t in lg.get_texts()]
    return texts, figure


def test_the_picker_starts_at_the_panels_snapshot_and_changes_what_is_shown(db, demo_db, dashboard):
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    dashboard.set_context(demo.DEMO_CLIENT_ID, snaps[1].id)
    picker = dashboard.snapshotPicker
    assert picker.currentData() == snaps[1].id and picker.count() == len(snaps)
    assert dashboard.ui.levelValue.text() == "Planned"
    pick(picker, snaps[0].id)
    assert dashboard.data.current.snapshot.id == snaps[0].id
    assert dashboard.ui.levelValue.text() == "Initial"
    texts, _ = legend(dashboard, "sections")
    assert len(texts) == 1 and "Initial" in texts[0]  # the first has no earlier ones
    # the panel selecting another snapshot: the picker follows it again
    dashboard.set_context(demo.DEMO_CLIENT_ID, snaps[2].id)
    assert picker.currentData() == snaps[2].id


def test_compare_with_shows_the_two_chosen_in_radar_sections_and_topics(db, demo_db, dashboard):
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    last, first = snaps[-1], snaps[0]
    dashboard.set_context(demo.DEMO_CLIENT_ID, last.id)
    texts, _ = legend(dashboard, "sections")
    assert len(texts) == len(snaps)  # by default: this one and all earlier
    pick(dashboard.comparePicker, first.id)
    label = {s.id: s.stage for s in snaps}
    texts, _ = legend(dashboard, "sections")
    assert len(texts) == 2
    assert "Initial" in texts[0] and last.id != first.id
    texts, _ = legend(dashboard, "radar")
    assert len(texts) == 2 and any("Initial" in t for t in texts)
    _, figure = legend(dashboard, "heatmap")
    columns = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert len([c for c in columns if c]) == 2, columns
    assert dashboard.ui.changeNote.text() == "since Initial"
    assert label  # (stages by id, for reading the test)
    # back to all earlier ones
    pick(dashboard.comparePicker, "")
    texts, _ = legend(dashboard, "sections")
    assert len(texts) == len(snaps)
