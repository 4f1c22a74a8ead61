"""The dashboard's "how this number was made" on a form with question weights (docs/forms.md
"Question weights"): the rule says weights apply and the parts carry the topic weights."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from csmm_desktop.domain.form_sheet import to_sheets
from csmm_desktop.services import assessment, clients, form_store
from csmm_desktop.views.dashboard import DashboardTab
from tests.unit.test_form_sheet import write_book
from tests.unit.test_weights import weighted_shop


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


def test_the_explanation_of_a_weighted_section_says_weights_apply(dashboard, db, tmp_path):
    version = form_store.import_xlsx(
        db, write_book(tmp_path / "s.xlsx", to_sheets(weighted_shop()))
    )
    client = clients.create_client(db, "Mağaza Ltd.")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-01", form_version=version)
    manager = assessment.add_respondent(db, snap.id, "management", "Ayşe")
    for qid, value in {"1.1.1-1": "5", "1.1.1-2": "partly", "1.1.2-1": "3"}.items():
        assessment.set_answer(db, manager.id, qid, value)
    dashboard.set_context(client.id, snap.id)
    dashboard.select("section", "1.1")
    text = dashboard.ui.explainLabel.text()
    # 1.1.1 = (1 × 3 + 0.5 × 1) ÷ 4 = 87.5 weighing 3 + 1; 1.1.2 = 50 weighing 2
    assert "each weighted by the sum of its scored questions' weights" in text, text
    assert "1.1.1 87.5 ×4" in text and "1.1.2 50.0 ×2" in text, text
    dashboard.select("section", "1.2")  # one question weighing 1.5, as the form has it
    assert "1.2.1 — ×1.5" in dashboard.ui.explainLabel.text(), dashboard.ui.explainLabel.text()
