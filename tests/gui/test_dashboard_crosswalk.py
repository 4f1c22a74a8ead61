"""The dashboard on a client whose snapshots were answered with two form versions: the note
under the charts says what changed, and the charts compare only through the crosswalk."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from csmm_desktop.views.dashboard import DashboardTab
from tests.gui.chart_wait import drawn
from tests.unit.test_crosswalk import two_versions  # noqa: F401 - the fixture


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
    index = combo.findData(snapshot_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def heatmap_rows(dashboard):
    keys = [
        dashboard.ui.chartList.item(i).data(0x0100) for i in range(dashboard.ui.chartList.count())
    ]
    dashboard.ui.chartList.setCurrentRow(keys.index("heatmap"))
    figure = drawn(dashboard.chart)  # built and drawn on the worker
    ax = figure.axes[0]
    return [t.get_text() for t in ax.texts]


def test_the_note_says_the_form_changed_and_what_is_not_compared(db, dashboard, two_versions):  # noqa: F811
    client, a, b = two_versions
    dashboard.set_context(client.id, b.id)
    note = dashboard.formNote
    assert note.isVisible()
    text = note.text()
    assert text.startswith("The form changed between these snapshots:")
    assert "was answered with form version shop-1 (this snapshot: shop-2)" in text
    assert "compared through the crosswalk: 2 of 3 topics, 1 of 2 sections." in text
    assert "Not compared (new, dropped or regrouped questions): 1.1.1." in text
    # the heat map's Initial column has 1.1.2 and 1.2.1 (50.0 each), not 1.1.1 (was 100)
    cells = heatmap_rows(dashboard)
    numbers = sorted(c for c in cells if c[:1].isdigit())
    # shop-2's 1.1.2 counts its question 1.1.2-1 twice (weight 2): 275/3, as in
    # tests/unit/test_crosswalk.py
    assert numbers == ["100.0", "50.0", "50.0", "66.7", "91.7"], cells
    # the first snapshot alone: same form, no note
    pick(dashboard.snapshotPicker, a.id)
    assert not dashboard.formNote.isVisible() and dashboard.formNote.text() == ""
