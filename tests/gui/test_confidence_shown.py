"""Every score on screen carries its confidence (SPEC §8): the measured defects of a sparse
client, read from the dashboard's tiles and tree and from the snapshot list as a user sees them."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from csmm_desktop.reports.texts import render_message
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.services.presentation import sentence
from csmm_desktop.views.dashboard import DashboardTab
from csmm_desktop.views.language import LanguageManager
from tests.sparse import add_sparse_client


@pytest.fixture
def dashboard(qtbot, db):
    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    return tab


def tree_row(tab, kind, key):
    item = tab.select(kind, key)
    assert item is not None, (kind, key)
    return [item.text(c) for c in range(4)]


def test_the_sparse_client_reads_as_indicative_with_margins_and_gaps(db, dashboard):
    client, (first, second) = add_sparse_client(db)
    dashboard.set_context(client, first)
    ui = dashboard.ui
    # "One manager answering 24 questions yields 'Assessed level: Measured'"
    assert ui.levelValue.text() == "Measured"
    assert ui.levelNote.text() == "indicative: see why below"
    why = ui.levelValue.toolTip()
    assert "Respondents from management: 1, fewer than the 3 wanted." in why
    assert "No respondents from employees answered." in why
    assert ui.confidenceLabel.isVisibleTo(dashboard)
    assert ui.confidenceLabel.text().startswith("The overall score has no interval")
    assert ui.scoreValue.text() == "75.0" and ui.scoreNote.text() == "no interval: a group of one"
    # "three customers give a bold 'NPS +100'"
    assert ui.npsValue.text() == "+100 ± 0" and ui.npsNote.text() == "3 client answers · indicative"
    assert ui.respondentsValue.text() == "4"
    assert ui.respondentsNote.text() == "1 mgmt · 0 staff · 3 clients"
    # "sections without any answer silently drop out of the review means"
    for section in ("1.2", "2.1", "2.2", "2.3"):
        _text, score, interval, basis = tree_row(dashboard, "section", section)
        assert (score, interval) == ("–", "–")
        assert basis == "no answers: not in the score"
    _text, score, interval, basis = tree_row(dashboard, "section", "2.4")
    assert (score, interval) == ("100.0", "100.0–100.0")
    assert basis == "Client (customer) n = 3 · coverage 5%"
    assert ui.scoreTree.headerItem().text(2) == "95% interval"
    tree_row(dashboard, "overall", "")
    assert "Left out (no answers): 1.2, 2.1, 2.2, 2.3" in ui.explainLabel.text()
    assert "No respondents from employees answered." in ui.explainLabel.text()
    # "a 3-respondent, 23 %-coverage snapshot prints a confident 'Planned' tile"
    dashboard.set_context(client, second)
    assert (ui.levelValue.text(), ui.levelNote.text()) == ("Planned", "indicative: see why below")
    assert ui.coverageValue.text() == "23%" and ui.coverageNote.text() == "46 of 198 answers"
    assert ui.npsValue.text() == "–" and ui.npsNote.text() == "no answers"


def test_a_firm_level_has_no_mark_and_shows_its_interval(db, demo_db, dashboard):
    measured = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[2]
    dashboard.set_context(demo.DEMO_CLIENT_ID, measured.id)
    conf = assessment.snapshot_scores(db, measured.id).confidence
    low, high = conf.overall_ci
    ui = dashboard.ui
    assert ui.levelValue.text() == "Measured" and ui.levelNote.text() == ""
    assert ui.levelValue.toolTip() == "" and not ui.confidenceLabel.isVisibleTo(dashboard)
    assert ui.scoreNote.text() == f"95% interval {low:.1f}–{high:.1f}"
    assert (
        ui.npsValue.text() == f"+52 ± {conf.nps_moe:.0f}"
        and ui.npsNote.text() == "21 client answers"
    )
    assert ui.changeCaption.text() == "Change" and ui.changeNote.text() == "since Planned"
    _text, _score, interval, basis = tree_row(dashboard, "section", "1.2")
    low, high = conf.sections_ci["1.2"]
    assert interval == f"{low:.1f}–{high:.1f}"
    assert basis.startswith("Employee n = 8 · Management n = 3 · coverage ")


def test_the_snapshot_list_marks_indicative_levels(qtbot, window, db):
    client, (first, _second) = add_sparse_client(db)
    window.reload_clients(select=client)
    table = window.panel.ui.snapshotTable
    model = table.model()
    tip = Qt.ItemDataRole.ToolTipRole
    levels = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert levels == ["Measured (indicative)", "Planned (indicative)"]
    assert "No respondents from employees answered." in model.index(0, 4).data(tip)
    assert model.index(0, 3).data(tip) == "no interval: a group of one"
    table.selectRow(0)
    label = window.panel.ui.scoreLabel.text()
    assert "assessed level: Measured (indicative)" in label
    assert "NPS +100 ± 0 (3 client answers · indicative)" in label
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == first


def test_in_turkish_the_reasons_read_as_in_the_report(qapp, db, dashboard):
    """One Turkish wording: the screen's reasons are the report's (texts_tr.MESSAGES_TR)."""
    client, (first, _second) = add_sparse_client(db)
    # the windows of earlier tests are closed but not yet deleted: gone before the switch
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    manager = LanguageManager(qapp)
    manager.apply("tr")
    try:
        dashboard.set_context(client, first)
        view = dashboard.view
        assert view.lang == "tr" and dashboard.ui.scoreValue.text() == "75,0"
        tooltip = dashboard.ui.levelValue.toolTip()
        for reason in view.reasons:
            assert sentence(render_message("tr", reason), "tr") in tooltip
        assert "Yanıt verenler arasında yönetim grubundan 1 kişi var" in tooltip
        assert dashboard.ui.scoreTree.headerItem().text(2).startswith("%95")
    finally:
        manager.apply("en")
