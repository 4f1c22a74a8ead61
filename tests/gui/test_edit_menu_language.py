"""Edit → Undo / Redo / Trash and the several-respondents Delete and Rename speak the UI's
language: their texts were filed by lupdate under no context (a `tr = self.tr` alias, a
module's tr() wrapper), where the lookups never found them. Turkish showed "&Undo",
"&Trash…", "Delete respondents"; English asked about "3 selected respondent(s)"."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment
from tests.gui.test_lists import client_with_snapshots, select_rows


def edit_menu(window) -> list[str]:
    menu = window.ui.menuEdit
    menu.aboutToShow.emit()  # as when the user opens it
    return [a.text() for a in menu.actions() if a.text()]


def test_undo_redo_and_trash_follow_the_language(qtbot, make_window, db, language):
    window = make_window(language)
    assert edit_menu(window)[:2] == ["&Undo", "&Redo"]
    window.ui.actionTurkish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")
    texts = edit_menu(window)
    assert texts[:2] == ["&Geri al", "&Yinele"]
    assert texts[-1] == "&Çöp kutusu…"
    client, snaps = client_with_snapshots(db, window)
    with window.db.undo.labelled("Yeni"):
        assessment.add_respondent(window.db, snaps[0].id, "employee", "Yeni")
    assert edit_menu(window)[0] == "&Geri al: Yeni"  # the step named after it
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert edit_menu(window)[0] == "&Undo Yeni"
    assert edit_menu(window)[-1] == "&Trash…"


@pytest.mark.parametrize(
    ("lang", "question", "label"),
    [
        (
            "en",
            "Delete the 3 selected respondents and all their answers?",
            "Name the 3 selected respondents with this text and a number:",
        ),
        (
            "tr",
            "Seçili 3 katılımcı ve tüm yanıtları silinsin mi?",
            "Seçili 3 katılımcıyı bu metin ve bir numarayla adlandır:",
        ),
    ],
)
def test_several_respondents_are_asked_about_in_the_language(
    qtbot, make_window, db, modal, language, lang, question, label
):
    language.apply(lang)
    window = make_window(language)
    client, snaps = client_with_snapshots(db, window)
    window.panel.refresh(select_snapshot=snaps[2].id)  # 9 respondents
    table = window.panel.ui.respondentTable
    select_rows(table, [0, 1, 2])
    modal.answer = False  # nothing is deleted
    QTest.mouseClick(window.panel.ui.deleteRespondentButton, Qt.MouseButton.LeftButton)
    assert len(modal.asked) == 1 and question in modal.asked[0]
    modal.text_value = ""  # nothing is renamed
    QTest.mouseClick(window.panel.ui.editRespondentButton, Qt.MouseButton.LeftButton)
    assert modal.text_prompts == [label]
    assert len(assessment.list_respondents(db, snaps[2].id)) == 9
