import pytest
from PySide6.QtCore import Qt

from csmm_desktop.services import assessment, clients, engagement
from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.checklist_tab import KEY_ROLE, ChecklistTab
from csmm_desktop.views.language import LanguageManager


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Işık Enerji")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    return client.id, snap.id


@pytest.fixture
def tab(qtbot, db, modal, snapshot):
    widget = ChecklistTab(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.set_context(*snapshot)
    return widget


def row(tab, key):
    for i in range(tab.tree.topLevelItemCount()):
        item = tab.tree.topLevelItem(i)
        if item.data(0, KEY_ROLE) == key:
            return item
    raise AssertionError(f"no checklist item {key!r}")


def ticked(tab, key):
    return row(tab, key).checkState(0) == Qt.CheckState.Checked


def press(qtbot, tab, key, qt_key):
    tab.tree.setCurrentItem(row(tab, key))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, qt_key)


def test_no_snapshot_shows_a_hint(tab, snapshot):
    tab.set_context(snapshot[0], "")
    assert tab.stack.currentIndex() == 0
    assert "Select a snapshot" in tab.hintLabel.text()
    assert tab.tab_title() == "Checklist"


def test_shows_items_progress_and_due_window(tab):
    assert tab.tree.topLevelItemCount() == 9
    assert row(tab, "problems").text(0) == "List the problems"
    assert ticked(tab, "snapshot") and not ticked(tab, "problems")
    assert tab.progressLabel.text() == "1 of 9 done"
    assert tab.headingLabel.text() == "Checklist of the Initial stage"
    # Initial → Planned in 4–8 weeks
    start, end = formatting.date("2026-02-09"), formatting.date("2026-03-09")
    assert tab.dueLabel.text() == f"Next stage, Planned: {start} – {end}"
    assert "(4–8 weeks)" in tab.dueTextLabel.text()
    assert row(tab, "problems").toolTip(0).startswith("Ticks itself once a problem is raised")
    assert tab.tree.currentItem() is row(tab, "problems")  # the first item still to do


def test_form_item_ticks_itself_after_answers(qtbot, tab, db, snapshot):
    assert not ticked(tab, "form")
    assert "50%" in row(tab, "form").toolTip(0)
    respondent = assessment.add_respondent(db, snapshot[1], "management")
    form = assessment.snapshot_form(db, snapshot[1])
    scored = [q for q in form.questions_for("management") if q.scored]
    for question in scored[: len(scored) // 2 + 1]:
        assessment.set_answer(db, respondent.id, question.id, question.answer_choices()[0][0])
    tab.refresh()
    assert ticked(tab, "form") and ticked(tab, "score")
    assert row(tab, "form").toolTip(0).startswith("Ticked automatically")
    assert tab.progressLabel.text() == "3 of 9 done"


def test_automatic_items_cannot_be_ticked_by_hand(qtbot, tab, db, snapshot):
    with qtbot.assertNotEmitted(tab.changed):
        press(qtbot, tab, "problems", Qt.Key.Key_Space)
    assert not ticked(tab, "problems")
    assert row(tab, "problems").text(1) == "Automatically"
    assert not engagement.stage_checklist(db, snapshot[1]).items[1].done


def test_manual_item_toggles(qtbot, tab, db, snapshot):
    assert row(tab, "roadmap").text(1) == "By hand"
    with qtbot.waitSignal(tab.changed):
        press(qtbot, tab, "roadmap", Qt.Key.Key_Space)
    stored = {i.key: i for i in engagement.stage_checklist(db, snapshot[1]).items}
    assert stored["roadmap"].done and stored["roadmap"].done_at
    assert ticked(tab, "roadmap")
    assert tab.progressLabel.text() == "2 of 9 done"
    assert row(tab, "roadmap").toolTip(0).startswith("Ticked by hand on")
    with qtbot.waitSignal(tab.changed):
        press(qtbot, tab, "roadmap", Qt.Key.Key_Space)
    assert not engagement.stage_checklist(db, snapshot[1]).items[-1].done
    assert tab.progressLabel.text() == "1 of 9 done"


def test_activating_an_item_navigates(qtbot, tab):
    with qtbot.waitSignal(tab.navigate) as enter:
        press(qtbot, tab, "numbers", Qt.Key.Key_Return)
    assert enter.args == ["numbers"]

    tab.tree.setCurrentItem(row(tab, "form"))
    assert tab.goButton.text() == "&Go to Assessment form"
    with qtbot.waitSignal(tab.navigate) as go:
        qtbot.mouseClick(tab.goButton, Qt.MouseButton.LeftButton)
    assert go.args == ["assessment"]

    item = row(tab, "critical_actions")
    rect = tab.tree.visualItemRect(item)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.navigate) as double:
        qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double.args == ["actions"]


def test_texts_follow_the_language(qtbot, qapp, tab):
    manager = LanguageManager(qapp)
    try:
        manager.apply("tr")
        qtbot.waitUntil(lambda: row(tab, "problems").text(0) == "Sorunları listeleyin")
        assert "4–8 hafta" in tab.dueTextLabel.text()
        assert "Planlı Çalışma" in tab.dueLabel.text()
        assert "09.02.2026 – 09.03.2026" in tab.dueLabel.text()  # the reports' date style
    finally:
        manager.apply("en")
    qtbot.waitUntil(lambda: row(tab, "problems").text(0) == "List the problems")
