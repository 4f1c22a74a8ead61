"""The warning under the fields whose text is printed in the PDFs (views/print_check.py):
typed Arabic or an emoji the font lacks is named as it is typed, Turkish raises none, and
the warning never stops the text from being saved as typed."""

import pytest
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from csmm_desktop.domain.form import load_form
from csmm_desktop.services import clients, voice
from csmm_desktop.services import issuer as I
from csmm_desktop.views import print_check
from csmm_desktop.views.client_dialog import ClientDialog
from csmm_desktop.views.report_settings import KeyMessagesDialog, ProfileDialog, QuoteThemesDialog
from csmm_desktop.views.wizard.question_widget import QuestionWidget
from tests.gui.conftest import fill_dialog
from tests.gui.engagement_keys import type_text

TURKISH = "ş ğ ı İ ö ü ç Ş Ğ Ö Ü Ç"


def shown(dialog) -> list[str]:
    """The texts of the print warnings the dialog shows (visible once it is)."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel, "printWarning")
        if label.isVisibleTo(dialog)
    ]


def warning_of(field) -> QLabel:
    """The warning placed right under `field` (in the same box)."""
    found = [
        w
        for w in field.parentWidget().findChildren(QLabel, "printWarning")
        if w.parent() is field.parentWidget()
    ]
    assert len(found) == 1
    return found[0]


def test_the_client_dialog_names_arabic_and_an_emoji_and_saves_them_as_typed(
    window, db, modal, monkeypatch
):
    seen = {}

    def fill(dialog):
        type_text(dialog.ui.nameEdit, "Şirket مرحبا")
        type_text(dialog.ui.sectorEdit, "Bankacılık 🤝")
        seen["warnings"] = shown(dialog)
        seen["name"] = warning_of(dialog.ui.nameEdit).text()

    fill_dialog(monkeypatch, ClientDialog, fill)
    window.ui.actionNewClient.trigger()
    assert seen["name"] == (
        "These characters cannot be printed in PDF reports and will show as □: م ر ح ب ا"
    )
    assert len(seen["warnings"]) == 2 and seen["warnings"][1].endswith(": 🤝")
    stored = clients.list_clients(db)
    assert [(c.name, c.sector) for c in stored] == [("Şirket مرحبا", "Bankacılık 🤝")]
    assert not modal.warned


def test_turkish_raises_no_warning_and_the_warning_goes_with_the_characters(qtbot):
    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.nameEdit, TURKISH)
    type_text(dialog.ui.sectorEdit, "Sigortacılık — “hızlı” €")
    assert shown(dialog) == []
    type_text(dialog.ui.nameEdit, " 中")
    label = warning_of(dialog.ui.nameEdit)
    assert label.isVisible() and label.text().endswith(": 中")
    dialog.ui.nameEdit.setText(TURKISH)
    assert not label.isVisible() and shown(dialog) == []
    assert dialog.values()["name"] == TURKISH


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_each_kind_of_text_field_is_watched_in_its_layout(qtbot, kind):
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    field = kind()
    form.addRow("Başlık", field)
    print_check.watch(field)
    page.show()
    type_text(field, "Merhaba 🚀 " + "".join(chr(0x0627 + i) for i in range(14)))
    label = warning_of(field)
    assert label.isVisible() and form.rowCount() == 1
    named = label.text().split(": ", 1)[1]
    assert named.startswith("🚀 ا") and named.endswith(" …")  # twelve named at most
    assert len(named.split()) == print_check.SHOWN + 1


def test_a_field_in_no_layout_needs_a_label_of_its_own(qtbot):
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    edits = [QLineEdit(), QLineEdit()]
    for row, edit in enumerate(edits):
        table.setCellWidget(row, 0, edit)
    with pytest.raises(ValueError):
        print_check.watch(edits[0])
    warning = print_check.shared(*edits)
    edits[0].setText("مرحبا")
    edits[1].setText("🤝")
    assert warning.missing == "مرحبا🤝"
    edits[0].setText("Bekleme süresi")
    assert warning.text().endswith(": 🤝") and not warning.isHidden()
    edits[1].clear()
    assert warning.isHidden() and warning.text() == ""


def test_key_messages_and_a_reworded_recommendation_warn_and_keep_the_text(qtbot):
    meta = I.ReportMeta("Özet")
    dialog = KeyMessagesDialog(None, meta, candidates=[("1.1.1", "1.1.1 Strateji", "Öneri")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert shown(dialog) == []
    dialog.textEdit.moveCursor(dialog.textEdit.textCursor().MoveOperation.End)
    type_text(dialog.textEdit, " 🤝")
    dialog.wordingEdit.selectAll()
    type_text(dialog.wordingEdit, "Öneri مرحبا")
    assert [w.split(": ", 1)[1] for w in shown(dialog)] == ["🤝", "م ر ح ب ا"]
    values = dialog.values()
    assert values["key_messages"] == "Özet 🤝" and values["texts"] == {"1.1.1": "Öneri مرحبا"}


def test_a_stored_wording_warns_when_its_recommendation_is_selected(qtbot):
    meta = I.ReportMeta("", 1, None, (("2.2.2", "Her ay gözden geçirin 🤝"),))
    candidates = [("1.1.1", "1.1.1 Strateji", "Öneri"), ("2.2.2", "2.2.2 Ölçüm", "Ölçün")]
    dialog = KeyMessagesDialog(None, meta, candidates=candidates)
    qtbot.addWidget(dialog)
    dialog.show()
    assert shown(dialog) == []  # the first is selected: the ranking's text
    dialog.recommendationList.setCurrentRow(1)
    assert [w.split(": ", 1)[1] for w in shown(dialog)] == ["🤝"]
    dialog.recommendationList.setCurrentRow(0)
    assert shown(dialog) == [] and dialog.edited() == {"2.2.2": "Her ay gözden geçirin 🤝"}


def test_the_profile_and_the_quote_themes_warn(qtbot):
    profile = ProfileDialog(None, I.Issuer(name="Ölçüt"))
    qtbot.addWidget(profile)
    profile.show()
    type_text(profile.privacyEdit, "KVKK 🤝")
    type_text(profile.confidentialityEdit, TURKISH)
    assert [w.split(": ", 1)[1] for w in shown(profile)] == ["🤝"]
    assert profile.values()["privacy_notice"] == "KVKK 🤝"
    answers = [voice.OpenAnswer("r1", "R1", "client", "1.1.8-1", "Uzun bekledim", "")]
    themes = QuoteThemesDialog(None, answers, [])
    qtbot.addWidget(themes)
    themes.show()
    type_text(themes.edits[0], "Bekleme 中")
    assert themes.printWarning.isVisible() and themes.printWarning.text().endswith(": 中")
    assert themes.values() == {("r1", "1.1.8-1"): "Bekleme 中"}


def test_a_free_text_answer_in_the_wizard_warns(qtbot):
    form = load_form()
    question = next(q for q in form.questions.values() if q.scale.kind == "text")
    widget = QuestionWidget(form, question, question.roles[0], "tr", "")
    qtbot.addWidget(widget)
    widget.show()
    type_text(widget.text_edit, "Çok iyi 🤝")
    label = warning_of(widget.text_edit)
    assert label.isVisible() and label.text().endswith(": 🤝")
    assert widget.text_edit.toPlainText() == "Çok iyi 🤝"


def test_a_workshop_decision_warns_and_the_engagement_dialogs_have_their_warnings(qtbot, db, modal):
    from csmm_desktop.views.engagement.finding_dialog import FindingDialog
    from csmm_desktop.views.engagement.workshops_tab import WorkshopsTab

    tab = WorkshopsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.decisionEdit.setText("Karar 中")  # the box is off until a workshop is selected
    tab.ownerEdit.setText(TURKISH)
    box = tab.decisionsBox
    assert warning_of(tab.decisionEdit).isVisibleTo(box)
    assert not warning_of(tab.ownerEdit).isVisibleTo(box)
    dialog = FindingDialog(None, "problem")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.descriptionEdit, "Bekleme 🤝")
    assert [w.split(": ", 1)[1] for w in shown(dialog)] == ["🤝"]
