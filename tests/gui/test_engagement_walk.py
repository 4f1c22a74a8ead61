"""A client walked from Initial to Optimized through the main window's screens."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment, clients, engagement
from csmm_desktop.views.engagement.checklist_tab import ChecklistTab
from csmm_desktop.views.engagement.finding_dialog import FindingDialog
from csmm_desktop.views.engagement.findings_close_dialog import FindingsCloseDialog
from csmm_desktop.views.engagement.findings_tab import FindingsTab
from tests.gui.conftest import fill_dialog
from tests.gui.test_engagement_findings import select, shown, type_text

STAGES = (
    ("initial", "2026-01-12"),
    ("planned", "2026-03-23"),
    ("measured", "2026-06-29"),
    ("optimized", "2026-09-28"),
)


def select_snapshot(window, stage):
    table = window.panel.ui.snapshotTable
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == stage.capitalize():
            table.selectRow(row)
            return model.index(row, 0).data(Qt.ItemDataRole.UserRole)
    raise AssertionError(stage)


def current_tab(window, kind):
    tab = window.panel.ui.tabs.currentWidget()
    assert isinstance(tab, kind), type(tab)
    return tab


def test_walk_from_initial_to_optimized(qtbot, make_window, db, monkeypatch):
    client = clients.create_client(db, "Öztürk Sigorta")
    for stage, when in STAGES:
        clients.create_snapshot(db, client.id, stage, when)
    window = make_window()
    window.reload_clients(select=client.id)
    panel = window.panel

    # Initial: the checklist leads to the problems screen, where a problem is listed
    initial = select_snapshot(window, "initial")
    panel.show_screen("checklist")
    checklist = current_tab(window, ChecklistTab)
    assert "Initial" in checklist.headingLabel.text()
    keys = [
        checklist.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(checklist.tree.topLevelItemCount())
    ]
    checklist.tree.setCurrentItem(checklist.tree.topLevelItem(keys.index("problems")))
    QTest.keyClick(checklist.tree, Qt.Key.Key_Return)
    findings = current_tab(window, FindingsTab)

    def fill(dialog):
        type_text(dialog.ui.titleEdit, "Kanallar entegre değil")
        dialog.ui.topicCombo.lineEdit().clear()
        type_text(dialog.ui.topicCombo.lineEdit(), "1.1.1")

    fill_dialog(monkeypatch, FindingDialog, fill)
    findings.add_finding()
    [problem] = engagement.list_problems(db, client.id)
    assert (problem.title, problem.topic_id) == ("Kanallar entegre değil", "1.1.1")

    # the form is filled: its checklist item ticks itself
    respondent = assessment.add_respondent(db, initial, "employee")
    form = assessment.snapshot_form(db, initial)
    for q in form.questions_for("employee"):
        if q.scored:
            assessment.set_answer(db, respondent.id, q.id, q.answer_choices()[0][0])
    panel.refresh(initial)
    panel.show_screen("checklist")
    done = {i.key: i.done for i in engagement.stage_checklist(db, initial).items}
    assert done["form"] and done["problems"]

    # Planned: the problem is carried forward and resolved here
    planned = select_snapshot(window, "planned")
    panel.show_screen("problems")
    findings = current_tab(window, FindingsTab)
    groups = shown(findings)
    assert any(row[0] == "Kanallar entegre değil" for rows in groups.values() for row in rows)
    select(findings, "Kanallar entegre değil")
    fill_dialog(monkeypatch, FindingsCloseDialog, lambda d: type_text(d.ui.noteEdit, "Çözüldü"))
    findings.resolve_finding()
    assert engagement.get_problem(db, problem.id).closed_snapshot_id == planned

    # Measured and Optimized: nothing open is carried any more; the checklists follow
    for stage in ("measured", "optimized"):
        snap = select_snapshot(window, stage)
        assert engagement.problems_open_at(db, snap) == []
        panel.show_screen("checklist")
        checklist = current_tab(window, ChecklistTab)
        assert stage.capitalize() in checklist.headingLabel.text()
