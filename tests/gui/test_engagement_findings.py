import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import clients, engagement
from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.finding_dialog import FindingDialog
from csmm_desktop.views.engagement.findings_close_dialog import FindingsCloseDialog
from csmm_desktop.views.engagement.findings_tab import FindingsTab
from csmm_desktop.views.language import LanguageManager
from tests.gui.conftest import fill_dialog


def type_text(widget, text):
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def walk(db):
    """A client walked from Initial to Planned to Measured."""
    client = clients.create_client(db, "Öztürk Sigorta")
    snaps = [
        clients.create_snapshot(db, client.id, stage, when)
        for stage, when in (
            ("initial", "2026-01-12"),
            ("planned", "2026-03-23"),
            ("measured", "2026-06-29"),
        )
    ]
    return client.id, [s.id for s in snaps]


@pytest.fixture
def tab(qtbot, db, modal):
    widget = FindingsTab(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def shown(tab):
    """{group heading: [(title, topic, status), ...]} as the user sees it."""
    groups = {}
    for g in range(tab.tree.topLevelItemCount()):
        group = tab.tree.topLevelItem(g)
        rows = [group.child(r) for r in range(group.childCount())]
        groups[group.text(0)] = [(r.text(0), r.text(1), r.text(2), r.text(3)) for r in rows]
    return groups


def select(tab, title):
    for g in range(tab.tree.topLevelItemCount()):
        group = tab.tree.topLevelItem(g)
        for r in range(group.childCount()):
            if group.child(r).text(0) == title:
                tab.tree.setCurrentItem(group.child(r))
                tab.tree.setFocus()
                return
    raise AssertionError(f"{title!r} is not shown")


def test_no_snapshot_shows_a_hint(tab, walk):
    tab.set_context(walk[0], "")
    assert tab.stack.currentIndex() == 0
    assert "Select a snapshot" in tab.hintLabel.text()
    assert tab.tab_title() == "Problems and requirements"


def test_problem_carried_forward_resolved_and_gone(qtbot, tab, db, walk, monkeypatch):
    client_id, (initial, planned, measured) = walk
    tab.set_context(client_id, initial)

    def fill(dialog):
        type_text(dialog.ui.titleEdit, "Şikâyetler kayıt altına alınmıyor")
        dialog.ui.topicCombo.lineEdit().clear()
        type_text(dialog.ui.topicCombo.lineEdit(), "1.1.3")
        type_text(dialog.ui.descriptionEdit, "Çağrılar kaydedilmiyor.")

    fill_dialog(monkeypatch, FindingDialog, fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.addButton, Qt.MouseButton.LeftButton)
    [problem] = engagement.list_problems(db, client_id)
    assert (problem.title, problem.topic_id, problem.raised_snapshot_id) == (
        "Şikâyetler kayıt altına alınmıyor",
        "1.1.3",
        initial,
    )
    label = "1.1.3 Measuring the organisation's reputation"
    raised = "Initial · " + formatting.date("2026-01-12")
    assert shown(tab)["Problems raised at this snapshot (1)"] == [
        ("Şikâyetler kayıt altına alınmıyor", label, raised, "Open")
    ]

    tab.set_context(client_id, planned)
    assert shown(tab)["Open problems carried forward from earlier snapshots (1)"] == [
        ("Şikâyetler kayıt altına alınmıyor", label, raised, "Open")
    ]
    select(tab, "Şikâyetler kayıt altına alınmıyor")
    assert "Çağrılar kaydedilmiyor." in tab.detailView.toPlainText()
    fill_dialog(monkeypatch, FindingsCloseDialog, lambda d: type_text(d.ui.noteEdit, "Çözüldü"))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.resolveButton, Qt.MouseButton.LeftButton)
    stored = engagement.get_problem(db, problem.id)
    assert (stored.closed_snapshot_id, stored.note) == (planned, "Çözüldü")
    assert shown(tab)["Problems resolved at this snapshot (1)"] == [
        ("Şikâyetler kayıt altına alınmıyor", label, raised, "Çözüldü")
    ]
    assert tab.problemsButton.text() == "&Problems · 0 open"

    tab.set_context(client_id, initial)  # seen from Initial it was open, resolved later
    assert shown(tab)["Problems raised at this snapshot (1)"][0][3].startswith("Resolved later")

    tab.set_context(client_id, measured)
    assert all(rows == [] for rows in shown(tab).values())
    assert engagement.problems_open_at(db, measured) == []


def test_requirement_edit_delete_solve_reopen(qtbot, tab, db, walk, monkeypatch, modal):
    client_id, (initial, planned, _measured) = walk
    req = engagement.add_requirement(db, initial, "CRM integration", topic_id="1.3.1")
    tab.set_context(client_id, planned)
    qtbot.mouseClick(tab.requirementsButton, Qt.MouseButton.LeftButton)
    assert tab.addButton.text() == "&Add requirement…"
    select(tab, "CRM integration")

    def rename(dialog):
        assert dialog.ui.topicCombo.currentData() == "1.3.1"
        dialog.ui.titleEdit.clear()
        type_text(dialog.ui.titleEdit, "CRM entegrasyonu")

    fill_dialog(monkeypatch, FindingDialog, rename)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)  # Enter edits
    assert engagement.get_requirement(db, req.id).title == "CRM entegrasyonu"

    fill_dialog(monkeypatch, FindingsCloseDialog, lambda d: type_text(d.ui.noteEdit, "Live"))
    select(tab, "CRM entegrasyonu")
    tab.resolveButton.click()
    assert engagement.get_requirement(db, req.id).closed_snapshot_id == planned
    assert tab.reopenButton.isEnabled()
    tab.reopenButton.click()
    assert "Reopen the requirement “CRM entegrasyonu”" in modal.asked[-1]
    assert engagement.get_requirement(db, req.id).is_open

    select(tab, "CRM entegrasyonu")
    modal.answer = False
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert "Delete the requirement “CRM entegrasyonu”" in modal.asked[-1]
    assert len(engagement.list_requirements(db, client_id)) == 1
    modal.answer = True
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert engagement.list_requirements(db, client_id) == []
    assert all(rows == [] for rows in shown(tab).values())


def test_bad_input_warns_and_writes_nothing(qtbot, tab, db, walk, monkeypatch, modal):
    client_id, (initial, _planned, _measured) = walk
    tab.set_context(client_id, initial)

    def too_long(dialog):
        type_text(dialog.ui.titleEdit, "Long")
        dialog.ui.descriptionEdit.setPlainText("x" * (engagement.TEXT_MAX + 1))

    fill_dialog(monkeypatch, FindingDialog, too_long)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)  # Insert adds
    assert "characters long" in modal.warned[-1]
    assert engagement.list_problems(db, client_id) == []

    def unknown_topic(dialog):
        type_text(dialog.ui.titleEdit, "Title")
        dialog.ui.topicCombo.lineEdit().clear()
        type_text(dialog.ui.topicCombo.lineEdit(), "no such topic")
        assert "Choose a topic" in dialog.ui.errorLabel.text()

    fill_dialog(monkeypatch, FindingDialog, unknown_topic)
    tab.addButton.click()  # Save stays disabled: nothing happens
    assert engagement.list_problems(db, client_id) == []


def test_topics_follow_the_language(qtbot, qapp, tab, db, walk):
    client_id, (initial, _planned, _measured) = walk
    engagement.add_problem(db, initial, "Itibar", topic_id="1.1.3")
    tab.set_context(client_id, initial)
    manager = LanguageManager(qapp)
    try:
        manager.apply("tr")
        qtbot.waitUntil(lambda: "Kurum itibarının ölçülmesi" in str(shown(tab)))
        assert "Başlangıç · 12.01.2026" in str(shown(tab))
    finally:
        manager.apply("en")
    qtbot.waitUntil(lambda: "Measuring the organisation's reputation" in str(shown(tab)))
