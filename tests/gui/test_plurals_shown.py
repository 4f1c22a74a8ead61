"""What the windows say about counts, numbers and dates, switched live between English and
Turkish: "1 snapshot" / "3 snapshots" / "1 anlık durum", the CX board's NPS with a true minus
sign (−67, as the reports write it), and the reports' date style (9 Feb 2026 / 09.02.2026)."""

import pytest
from PySide6.QtCore import QCoreApplication

from csmm_desktop.domain import dates
from csmm_desktop.reports import formats
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting
from csmm_desktop.views.cxboard import CxBoardTab
from csmm_desktop.views.score_text import Scores


def test_counts_take_their_plural_and_follow_a_live_switch(qtbot, make_window, db, modal, language):
    one = clients.create_client(db, "Bir")
    clients.create_snapshot(db, one.id, "initial", "2026-01-12")
    three = clients.create_client(db, "Üç")
    for stage, day in (
        ("initial", "2026-01-12"),
        ("planned", "2026-03-23"),
        ("measured", "2026-06-29"),
    ):
        snap = clients.create_snapshot(db, three.id, stage, day)
        assessment.add_respondent(db, snap.id, "client")
    window = make_window(language)
    modal.answer = False  # nothing is deleted

    def asked(client) -> str:
        window.reload_clients(select=client.id)
        window.ui.actionDeleteClient.trigger()
        return modal.asked[-1]

    assert "“Bir” with its 1 snapshot and 0 respondents?" in asked(one)
    assert "“Üç” with its 3 snapshots and 3 respondents?" in asked(three)
    scores = Scores()
    assert scores.client_answers(1) == "1 client answer"
    assert scores.roles(1, 2, 3) == "1 mgmt · 2 staff · 3 clients"

    window.ui.actionTurkish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")
    assert "“Bir” kurumu, 1 anlık durum ve 0 katılımcı ile birlikte silinsin mi?" in asked(one)
    assert "“Üç” kurumu, 3 anlık durum ve 3 katılımcı ile birlikte silinsin mi?" in asked(three)
    assert scores.client_answers(1) == "1 müşteri yanıtı"
    assert scores.client_answers(3) == "3 müşteri yanıtı"
    total = QCoreApplication.translate("NumbersTab", "Total: %Ln contact(s)", "", 57636)
    assert total == "Toplam: 57.636 temas"

    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert "“Bir” with its 1 snapshot and 0 respondents?" in asked(one)
    assert QCoreApplication.translate("NumbersTab", "Total: %Ln contact(s)", "", 1) == (
        "Total: 1 contact"
    )
    assert modal.asked and len(clients.list_clients(db)) == 2


def test_the_board_writes_a_negative_nps_with_a_true_minus(qtbot, db, modal, language):
    client = clients.create_client(db, "Eksi")
    reading = cx.record_survey_nps(db, client.id, "2026-07", [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    board = CxBoardTab(db)
    qtbot.addWidget(board)
    board.show()
    board.set_context(client.id, "")
    board.show_kind("nps")
    shown = board.nps_page.shown_row(reading.id)
    assert shown == {"month": "Jul 2026", "nps": "−67", "band": "Weak"}  # U+2212, not "-"
    assert "-" not in shown["nps"]
    language.apply("tr")
    qtbot.waitUntil(lambda: board.nps_page.shown_row(reading.id)["band"] == "Zayıf")
    assert board.nps_page.shown_row(reading.id) == {
        "month": "Temmuz 2026",
        "nps": "−67",
        "band": "Zayıf",
    }


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_screen_writes_dates_as_the_reports_do(language, lang):
    language.apply(lang)
    for iso in ("2026-02-09", "2026-11-22"):
        assert formatting.date(iso) == formats.day(iso, lang)
    assert formatting.month("2026-02") == formats.month("2026-02", lang)
    assert formatting.date("2026-02-09") == {"en": "9 Feb 2026", "tr": "09.02.2026"}[lang]
    assert formatting.month("2026-02") == {"en": "Feb 2026", "tr": "Şubat 2026"}[lang]
    assert formatting.date_edit_format() == dates.EDIT_FORMATS[lang]
