from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from csmm_desktop.services import clients
from csmm_desktop.views.snapshot_dialog import SnapshotDialog


def test_switching_language_live(qtbot, make_window, db, language, settings):
    client = clients.create_client(db, "Kurum")
    clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    window = make_window(language)
    window.reload_clients(select=client.id)
    model = window.panel.ui.snapshotTable.model()
    horizontal = Qt.Orientation.Horizontal

    assert window.ui.menuFile.title() == "&File"
    assert model.headerData(0, horizontal) == "Stage"
    assert model.index(0, 1).data() == "22 Nov 2026"  # as the reports write a date

    window.ui.actionTurkish.trigger()
    assert settings.value("language") == "tr"
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Dosya")  # LanguageChange is posted
    assert window.ui.clientsHeading.text() == "Kurumlar"
    assert model.headerData(0, horizontal) == "Aşama"
    assert model.index(0, 0).data() == "Başlangıç"
    assert model.index(0, 1).data() == "22.11.2026"

    dialog = SnapshotDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Yeni anlık durum"
    assert dialog.ui.stageCombo.itemText(3) == "Yüksek Performans ve Kalite"
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "İptal"  # Qt's own strings (qtbase_tr) too

    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert model.index(0, 0).data() == "Initial"
    assert dialog.windowTitle() == "New snapshot"  # open dialogs follow the switch
    assert QApplication.instance() is not None and QDate.currentDate().isValid()


def test_stretch_mode_lengthens_every_text(language, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setenv("CSMM_STRETCH", "1.5")
    language.apply("tr")
    text = QCoreApplication.translate("MainWindow", "&File")
    assert text.startswith("&Dosya ") and text.endswith("ğğğ")
    assert QCoreApplication.translate("MainWindow", "Ctrl+N") == "Ctrl+N"
    monkeypatch.delenv("CSMM_STRETCH")
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
