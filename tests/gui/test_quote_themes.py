"""Quote themes… on the snapshot's context menu (next to Key messages…): the consultant
gives free-text answers a theme, with completion from the client's themes, and it is stored."""

from csmm_desktop.services import clients, demo, voice
from csmm_desktop.views.report_settings import QuoteThemesDialog
from tests.gui.conftest import fill_dialog
from tests.gui.test_report_settings import action_named


def test_the_consultant_tags_answers_with_themes(
    qtbot, make_window, db, demo_db, modal, monkeypatch
):
    window = make_window()
    window.reload_clients(select=demo.DEMO_CLIENT_ID)
    window.panel.ui.snapshotTable.selectRow(0)
    snapshot_id = window.panel.current_snapshot_id()
    action = action_named(window, "Quote themes…")
    assert action.isEnabled() and action in window.panel.ui.snapshotTable.actions()
    answers = voice.open_answers(db, snapshot_id)
    snaps = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)
    other = next(s.id for s in snaps if s.id != snapshot_id)
    a = voice.open_answers(db, other)[0]  # another snapshot's theme: offered for completion
    voice.set_theme(db, a.respondent_id, a.question_id, "Bekleme süresi")
    seen = {}

    def fill(dialog):
        assert dialog.table.rowCount() == len(answers)
        assert dialog.table.item(0, 2).text() == answers[0].text
        model = dialog.completer.model()
        seen["themes"] = [model.index(i, 0).data() for i in range(model.rowCount())]
        dialog.edits[0].setText("Tek müşteri görünümü")
        dialog.edits[1].setText("Bekleme süresi")

    fill_dialog(monkeypatch, QuoteThemesDialog, fill)
    action.trigger()
    assert seen["themes"] == ["Bekleme süresi"]
    stored = {
        (x.respondent_id, x.question_id): x.theme for x in voice.open_answers(db, snapshot_id)
    }
    assert stored[(answers[0].respondent_id, answers[0].question_id)] == "Tek müşteri görünümü"
    assert stored[(answers[1].respondent_id, answers[1].question_id)] == "Bekleme süresi"
    assert sum(1 for theme in stored.values() if theme) == 2
