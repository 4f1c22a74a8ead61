"""Ready for the room: every window opens inside the screen (1024 × 768, 1920 × 1080 at
150 %), Qt's own texts are Turkish with shortcuts as Turkish keyboards print them, and
a date typed over a date field is that date."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QStyleOptionMenuItem, QWidget

from csmm_desktop.views import geometry
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.snapshot_dialog import SnapshotDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def turkish(qapp):
    manager = LanguageManager(qapp)
    manager.apply("tr")
    yield manager
    manager.apply("en")


@pytest.mark.parametrize(
    "width, height, scale", [(1024, 768, "1"), (1920, 1080, "1.5")], ids=["1024x768", "150%"]
)
def test_every_window_opens_inside_a_real_screen(tmp_path, width, height, scale):
    """The main window (first start, and a size remembered on a bigger screen) and every
    dialog, in Turkish and English, on a screen of that size (tests/gui/screen_fit.py)."""
    config = tmp_path / "screens.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen]}))
    data = tmp_path / "data"
    data.mkdir()
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "gui" / "screen_fit.py"),
            str(ROOT),
            str(data),
            "tr,en",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_a_window_bigger_than_the_screen_is_shrunk_into_it(qtbot):
    laptop = QRect(0, 0, 1024, 728)
    big = geometry.fit_geometry(laptop, QSize(1280, 800))
    assert laptop.contains(big) and big.width() == 1024
    saved = geometry.fit_geometry(laptop, QSize(1280, 800), QRect(600, 500, 900, 600))
    assert laptop.contains(saved) and saved.size() == QSize(900, 600)  # its size kept

    dialog = QWidget(None, Qt.WindowType.Dialog)
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    dialog.resize(area.width() + 300, area.height() + 200)  # a Designer size too big
    geometry.keep_on_screen(dialog)
    dialog.show()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()


def test_the_main_window_keeps_its_size_and_stays_on_the_screen(make_window, settings):
    window = make_window()
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())
    window.setGeometry(QRect(area.x() + 10, area.y() + 40, 760, 540))
    window.close()
    again = make_window()
    assert again.size() == QSize(760, 540)  # remembered
    off = QWidget()
    off.setGeometry(QRect(area.right() - 100, area.bottom() - 50, 3000, 2000))  # too big, off
    settings.setValue("geometry", QByteArray(off.saveGeometry()))
    third = make_window()
    assert area.adjusted(-2, -2, 2, 2).contains(third.geometry())


def test_qt_dialogs_speak_turkish_and_shortcuts_read_ctrl_and_shift(qtbot, turkish):
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+N").toString(native) == "Ctrl+N"
    assert QKeySequence("Shift+F2").toString(native) == "Shift+F2"
    assert QKeySequence("Ctrl+Alt+Del").toString(native) == "Ctrl+Alt+Del"


def test_the_turkish_menus_show_ctrl_not_kontrol(make_window, turkish):
    window = make_window(turkish)
    shown = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.shortcut().isEmpty():
                continue
            option = QStyleOptionMenuItem()
            menu.initStyleOption(option, action)
            shown.append(option.text.split("\t")[-1])
    assert shown, "no menu item has a shortcut"
    assert any(text.startswith("Ctrl+") for text in shown)
    assert not [t for t in shown if "Kontrol" in t or "Üst Karakter" in t], shown


def type_date(qtbot, edit, text):
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    qtbot.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    "typed, day",
    [
        ("12.01.2026", "2026-01-12"),
        ("31.12.2026", "2026-12-31"),  # typed over a day of November (30 days)
        ("3.2.2026", "2026-02-03"),
        ("29.02.2028", "2028-02-29"),
        ("12012026", "2026-01-12"),
    ],
)
def test_a_date_typed_over_the_turkish_snapshot_date_is_that_date(qtbot, turkish, typed, day):
    dialog = SnapshotDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setDate(QDate(2025, 11, 23))
    type_date(qtbot, dialog.ui.dateEdit, typed)
    assert dialog.values()["when"] == day


@pytest.mark.parametrize(
    "typed, day",
    [("12 Jan 2026", "2026-01-12"), ("31 dec 2026", "2026-12-31"), ("3 Feb 2027", "2027-02-03")],
)
def test_a_date_typed_over_the_english_snapshot_date_is_that_date(qtbot, typed, day):
    dialog = SnapshotDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setDate(QDate(2025, 11, 23))
    type_date(qtbot, dialog.ui.dateEdit, typed)
    assert dialog.values()["when"] == day


def date_dialogs():
    from csmm_desktop.domain.cxboard import NpsBands
    from csmm_desktop.views.cxboard.feedback_dialog import CxFeedbackDialog
    from csmm_desktop.views.cxboard.nps_counts_dialog import CxNpsCountsDialog
    from csmm_desktop.views.engagement.action_dialog import ActionDialog
    from csmm_desktop.views.engagement.workshop_dialog import WorkshopDialog

    return {
        "workshop": lambda: WorkshopDialog(None),
        "action": lambda: ActionDialog(None),
        "feedback": lambda: CxFeedbackDialog(None, None, {}),
        "nps counts": lambda: CxNpsCountsDialog(None, NpsBands()),
    }


@pytest.mark.parametrize("name", ["workshop", "action", "feedback", "nps counts"])
def test_every_date_field_takes_a_typed_date(qtbot, turkish, name):
    from PySide6.QtWidgets import QDateEdit

    dialog = date_dialogs()[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    if hasattr(dialog.ui, "dueCheck"):
        dialog.ui.dueCheck.setChecked(True)  # a due date, then typed
    edits = [e for e in dialog.findChildren(QDateEdit) if e.isVisible()]
    assert edits, name
    for edit in edits:
        edit.setDate(QDate(2025, 11, 23))
        month_only = "d" not in edit.displayFormat()
        type_date(qtbot, edit, "Mart 2026" if month_only else "31.03.2026")
        expected = QDate(2026, 3, 1 if month_only else 31)
        got = edit.date()
        assert (got.year(), got.month()) == (2026, 3), (name, edit.text())
        if not month_only:
            assert got == expected, (name, edit.text())
