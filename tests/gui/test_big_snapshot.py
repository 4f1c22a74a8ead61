"""A 20,000-respondent snapshot opens with the window answering (issue 18): it is scored
and listed on the worker while a timer on the UI thread keeps ticking, the list is filled
once, and the scores the worker computed are the ones every tab then shows."""

import threading

from PySide6.QtCore import QTimer

from csmm_desktop.services import assessment, clients
from csmm_desktop.views import client_panel
from tests.big_store import add_big_snapshot


def tab_named(panel, title):
    tabs = panel.ui.tabs
    return next(tabs.widget(i) for i in range(tabs.count()) if tabs.tabText(i) == title)


def test_a_20000_respondent_snapshot_loads_while_the_window_answers(qtbot, window, db, monkeypatch):
    snapshot_id = add_big_snapshot(db, 20_000)
    client_id = clients.get_snapshot(db, snapshot_id).client_id
    computed = []
    compute = assessment._compute_scores
    monkeypatch.setattr(
        assessment, "_compute_scores", lambda d, s: computed.append(s) or compute(d, s)
    )
    best_asked = []
    best = assessment._best_coverage
    monkeypatch.setattr(
        assessment, "_best_coverage", lambda d, s: best_asked.append(s) or best(d, s)
    )
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(window.panel.loading is not None))
    timer.start()
    panel = window.panel

    window.reload_clients(select=client_id)
    # back at once: the snapshot is being scored and listed on the worker
    assert panel.loading is not None and panel.loadProgress.isVisible()
    model = panel.respondent_model
    assert model.rowCount() == 0 and "Loading 20000 respondents" in panel.ui.scoreLabel.text()
    assert panel.ui.snapshotTable.model().index(0, 3).data() == "…"  # its score: still to come
    assert not tab_named(panel, "Dashboard").isEnabled()  # the tabs wait for the scores
    qtbot.waitUntil(lambda: model.rowCount() == 20_000, timeout=120_000)
    timer.stop()

    # The UI thread answered the timer all through the load, not only before and after:
    # a frozen window (the load on the UI thread) would have ticked while loading never.
    assert ticks.count(True) >= 3, ticks
    assert panel.respondent_model.rowCount() == 20_000 and model.fills == 1
    assert panel.ui.snapshotTable.model().index(0, 3).data() not in ("…", "—")
    assert "Overall score" in panel.ui.scoreLabel.text() and not panel.loadProgress.isVisible()
    # scored once, on the worker; the Dashboard shows those scores without scoring again
    assert computed == [snapshot_id]
    panel.ui.tabs.setCurrentWidget(tab_named(panel, "Dashboard"))
    dashboard = tab_named(panel, "Dashboard")  # built when shown (views/lazy_tabs.py)
    assert dashboard.isEnabled() and dashboard.data.current.snapshot.id == snapshot_id
    assert computed == [snapshot_id]
    # the checklist's "form filled" from the list the worker made, not a count again
    panel.ui.tabs.setCurrentWidget(tab_named(panel, "Checklist"))
    assert best_asked == [] and computed == [snapshot_id]
    # the filters work on the big list too
    panel.statusFilter.setCurrentIndex(panel.statusFilter.findData("not_started"))
    assert panel.respondent_model.rowCount() == 2_000  # every tenth has no answer
    assert {p.status for p in panel.respondent_model.shown_rows()} == {"not_started"}


def test_a_newer_selection_drops_the_older_load(qtbot, window, db, monkeypatch):
    """Selecting another snapshot while one loads: the older load, even when it ends
    last, is not shown."""
    monkeypatch.setattr(client_panel, "BACKGROUND_FROM", 3)  # small ones on the worker too
    client = clients.create_client(db, "Acme")
    first = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    second = clients.create_snapshot(db, client.id, "planned", "2026-03-05")
    for snap, count in ((first, 3), (second, 4)):
        for i in range(count):
            assessment.add_respondent(db, snap.id, "employee", f"{snap.stage} {i}")
    entered, release, older_ended = threading.Event(), threading.Event(), threading.Event()
    listing = assessment.respondent_progress

    def slow_for_the_older(own_db, snapshot_id):
        if snapshot_id == second.id:
            entered.set()
            release.wait(30)  # the older load ends after the newer one
            try:
                return listing(own_db, snapshot_id)
            finally:
                older_ended.set()
        return listing(own_db, snapshot_id)

    monkeypatch.setattr(assessment, "respondent_progress", slow_for_the_older)
    window.reload_clients(select=client.id)  # the latest selected: it starts loading
    panel = window.panel
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    panel.refresh(select_snapshot=first.id)  # and, while it lists, another
    model = panel.respondent_model
    qtbot.waitUntil(lambda: panel.loading is None and model.rowCount() > 0, timeout=30_000)
    release.set()
    qtbot.waitUntil(older_ended.is_set, timeout=30_000)
    qtbot.wait(100)  # what the older load sends back arrives on the UI thread
    assert [p.respondent.name for p in model.rows()] == [f"initial {i}" for i in range(3)]
    assert panel.current_snapshot_id() == first.id and model.fills == 1


def test_an_answer_in_a_big_snapshot_updates_its_row_on_the_worker(qtbot, window, db, monkeypatch):
    """After an answer (the wizard's answerSaved): the snapshot is scored again and that
    respondent's row follows, without filling the list again."""
    monkeypatch.setattr(client_panel, "BACKGROUND_FROM", 3)
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    people = [assessment.add_respondent(db, snap.id, "employee", f"E{i}") for i in range(3)]
    window.reload_clients(select=client.id)
    panel = window.panel
    model = panel.respondent_model
    qtbot.waitUntil(lambda: panel.loading is None and model.rowCount() == 3, timeout=30_000)
    assert panel.ui.snapshotTable.model().index(0, 3).data() == "–"  # no answer: no score
    form = assessment.snapshot_form(db, snap.id)
    question = next(q for q in form.questions_for("employee") if q.scored)
    assessment.set_answer(db, people[1].id, question.id, question.scale.values[-1].value)
    fills = model.fills
    window._on_answer_saved(snap.id, people[1].id)  # as the wizard tells it
    qtbot.waitUntil(lambda: model.row_at(1).answered == 1, timeout=30_000)
    qtbot.waitUntil(lambda: panel.loading is None)
    assert model.fills == fills and panel.ui.snapshotTable.model().index(0, 3).data() == "100.0"
    assert [model.index(1, c).data() for c in (0, 2)] == ["E1", "In progress"]


def test_the_first_load_waits_for_the_panels_first_paint(qtbot, window, db, monkeypatch):
    """At start the big snapshot's worker and matplotlib's import began while the panel
    made its first layout and paint: hundreds of short Python calls (models, event
    filters), each waiting for the GIL the worker held, froze the UI 150-400 ms
    (benchmarks/latency.py). The load now starts once that paint is done."""
    from PySide6.QtCore import QEvent, QObject

    from csmm_desktop.views import tasks

    snapshot_id = add_big_snapshot(db, client_panel.BACKGROUND_FROM)
    client_id = clients.get_snapshot(db, snapshot_id).client_id
    panel = window.panel
    assert not panel._painted  # the window opened on "no client": the panel never showed
    order = []

    class Paints(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    paints = Paints(panel)
    panel.installEventFilter(paints)
    start = tasks.start
    monkeypatch.setattr(tasks, "start", lambda task: order.append("load") or start(task))

    window.reload_clients(select=client_id)
    assert panel.loading is not None and order == []  # asked for, not started yet
    qtbot.waitUntil(lambda: panel.respondent_model.rowCount() == client_panel.BACKGROUND_FROM)
    assert order == ["paint", "load"]
    # once painted, a load starts at once (selecting a snapshot waits for nothing)
    panel.refresh()
    assert order == ["paint", "load", "load"]


def test_work_waiting_for_a_paint_that_does_not_come_runs_anyway(qtbot, window, monkeypatch):
    """A panel asked to wait while it is not shown (a minimised window, another page in
    front) runs the work after PAINT_WAIT_MS; with no window on screen, at once."""
    monkeypatch.setattr(client_panel, "PAINT_WAIT_MS", 50)
    panel = window.panel
    assert not panel.isVisible() and not panel._painted
    ran = []
    panel.when_painted(lambda: ran.append("late"))
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["late"], timeout=2000)
    assert panel._painted  # nothing waits any more
    panel.when_painted(lambda: ran.append("now"))
    assert ran == ["late", "now"]
    window.hide()
    hidden = client_panel.ClientPanel(window.db)
    qtbot.addWidget(hidden)
    hidden.when_painted(lambda: ran.append("hidden"))
    assert ran == ["late", "now", "hidden"]


def test_the_late_menus_are_built_before_the_first_big_load_starts(
    qtbot, db, data_dir, settings, monkeypatch
):
    """The late menus' imports on the UI thread while the big snapshot's worker held the
    GIL made the start's longest block 137 ms at 20,000 respondents (benchmarks/latency.py):
    at the data's paint they come first, then the load."""
    from csmm_desktop.views import tasks
    from csmm_desktop.views.main_window import MainWindow

    snapshot_id = add_big_snapshot(db, client_panel.BACKGROUND_FROM)
    settings.setValue("lastClient", clients.get_snapshot(db, snapshot_id).client_id)
    window = MainWindow(None, data_dir, settings, None)  # as app.run_gui: shown, then the store
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    order = []
    late = window._after_data_painted
    monkeypatch.setattr(window, "_after_data_painted", lambda: order.append("late") or late())
    start = tasks.start
    monkeypatch.setattr(tasks, "start", lambda task: order.append("load") or start(task))
    window.attach_store(db)
    assert order == []  # both wait for the panel's paint
    qtbot.waitUntil(
        lambda: window.panel.respondent_model.rowCount() == client_panel.BACKGROUND_FROM
    )
    assert order == ["late", "load"]
    assert window.report_settings is not None and window.export_menu is not None
