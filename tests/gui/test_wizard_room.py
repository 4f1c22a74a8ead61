"""The wizard in the room: pages wrap to any window (never scroll sideways), workshop mode
scales everything for a projector with a zoom that is remembered, and the window opens
inside the screen it is on."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest

from csmm_desktop.services import assessment, clients
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.wizard.assessment_window import AssessmentWindow
from csmm_desktop.views.wizard.geometry import fit_geometry
from tests.gui.wizard_fit import settle, wizard_overflow

ROOT = Path(__file__).resolve().parents[2]
ROLES = ("management", "employee", "client")


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Acme")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-01")


@pytest.fixture
def turkish_stretched(qapp, monkeypatch):
    monkeypatch.setenv("CSMM_STRETCH", "1.4")
    manager = LanguageManager(qapp)
    manager.apply("tr")
    yield manager
    monkeypatch.delenv("CSMM_STRETCH")
    manager.apply("en")


def open_wizard(qtbot, db, respondent_id, settings=None):
    wizard = AssessmentWindow(db, respondent_id, settings=settings)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def question_px(wizard) -> int:
    return wizard.page(wizard.current_index()).questions[0].text_label.fontInfo().pixelSize()


def button_px(wizard) -> int:
    widget = wizard.page(wizard.current_index()).questions[0]
    return next(iter(widget.buttons.values())).fontInfo().pixelSize()


def test_turkish_pages_wrap_at_1024_wide(qtbot, db, snapshot, turkish_stretched):
    for role in ROLES:
        wizard = open_wizard(qtbot, db, assessment.add_respondent(db, snapshot.id, role).id)
        assert wizard.page(0).questions[0].buttons["na"].text().startswith("Geçerli")
        for size in (QSize(1024, 768), QSize(800, 600)):
            wizard.resize(size)
            settle()
            problems = [p for p in wizard_overflow(wizard) if "screen" not in p]
            assert problems == [], (role, size)
        page = wizard.page(0)
        assert page.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        wizard.close()


def test_scale_buttons_reflow_into_rows_rather_than_force_width(qtbot, db, snapshot):
    wizard = open_wizard(qtbot, db, assessment.add_respondent(db, snapshot.id, "client").id)
    wizard.resize(1024, 768)
    settle()
    widget = wizard.page(0).questions[1]  # 1-5 and N/A
    rows = {b.y() for b in widget.buttons.values()}
    assert len(rows) == 1  # wide enough: one row
    wizard.resize(520, 700)
    settle()
    assert {b.y() for b in widget.buttons.values()} != rows  # narrow: more rows
    assert wizard_overflow(wizard) == [] or all("screen" in p for p in wizard_overflow(wizard))


def test_workshop_mode_scales_the_text_and_the_zoom_is_remembered(
    qtbot, make_window, db, snapshot, settings
):
    window = make_window()
    window.reload_clients(select=snapshot.client_id)
    wizard = window.open_wizard(assessment.add_respondent(db, snapshot.id, "client").id)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # its keys need the active window
    assert wizard.settings is settings  # the main window hands over its settings
    normal_text, normal_button = question_px(wizard), button_px(wizard)
    title = wizard.page(0).title_label.fontInfo().pixelSize()
    assert title > normal_text  # the section title is bigger than a question
    QTest.keyClick(wizard, Qt.Key.Key_F11)
    assert wizard.isFullScreen() and wizard.ui.workshopButton.isChecked()
    workshop_text = question_px(wizard)
    assert workshop_text >= 1.6 * normal_text
    assert button_px(wizard) >= 1.6 * normal_button
    assert wizard.page(0).title_label.fontInfo().pixelSize() >= 1.6 * title
    QTest.keyClick(wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = question_px(wizard)
    assert bigger > workshop_text
    QTest.keyClick(wizard, Qt.Key.Key_F11)  # back to normal: the normal size
    assert not wizard.isFullScreen() and question_px(wizard) == normal_text
    wizard.close()
    settle()
    again = window.open_wizard(assessment.add_respondent(db, snapshot.id, "employee").id)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.ui.workshopButton.setChecked(True)
    assert question_px(again) == bigger  # the consultant's zoom, remembered
    QTest.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert question_px(again) == workshop_text  # Ctrl+0: the workshop's own size again
    QTest.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert question_px(again) < workshop_text
    again.ui.workshopButton.setChecked(False)
    QTest.keyClick(again, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert question_px(again) > normal_text  # the normal mode has a zoom of its own
    assert settings.value("wizard/zoom") is not None


def test_the_window_fits_the_screen_and_remembers_its_place(qtbot, db, snapshot, settings):
    laptop = QRect(0, 0, 1024, 728)  # 1024 × 768 less a taskbar
    placed = fit_geometry(laptop, QSize(1100, 760))
    assert laptop.contains(placed) and placed.width() > 900 and placed.height() > 600
    wide = QRect(0, 0, 1920, 1040)
    centred = fit_geometry(wide, QSize(1100, 760))
    assert centred.size() == QSize(1100, 760) and centred.center().x() in range(955, 966)
    saved = QRect(1500, 900, 1200, 900)  # saved on a bigger screen, or partly off it
    assert laptop.contains(fit_geometry(laptop, QSize(1100, 760), saved))
    second = QRect(1920, 0, 1280, 1024)  # a second screen on the right
    assert second.contains(fit_geometry(second, QSize(1100, 760), QRect(2000, 50, 900, 700)))
    assert fit_geometry(second, QSize(1100, 760), QRect(2000, 50, 900, 700)).topLeft().x() == 2000

    r = assessment.add_respondent(db, snapshot.id, "client")
    wizard = open_wizard(qtbot, db, r.id, settings)
    available = wizard.screen().availableGeometry()
    assert available.contains(wizard.geometry())
    wizard.setGeometry(QRect(40, 50, 700, 520))
    wizard.close()
    again = open_wizard(qtbot, db, r.id, settings)
    assert again.geometry() == QRect(40, 50, 700, 520)


CHILD = textwrap.dedent("""
    import json, os, sys
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from csmm_desktop.app import register_fonts
    from csmm_desktop.services import assessment, clients
    from csmm_desktop.store import open_store
    from csmm_desktop.views.language import LanguageManager
    from csmm_desktop.views.wizard.assessment_window import AssessmentWindow
    from tests.gui.wizard_fit import settle, wizard_overflow
    app = QApplication([])
    register_fonts()
    db = open_store(Path(sys.argv[2]))
    snapshot = clients.create_snapshot(db, clients.create_client(db, "Acme").id, "initial")
    problems = []
    language = LanguageManager(app)
    for lang in sys.argv[3].split(","):
        language.apply(lang)
        for role in ("management", "employee", "client"):
            for workshop in (False, True):
                r = assessment.add_respondent(db, snapshot.id, role)
                wizard = AssessmentWindow(db, r.id)
                wizard.show()
                wizard.ui.workshopButton.setChecked(workshop)
                settle()
                where = f"{lang} {role} {'workshop' if workshop else 'normal'}: "
                problems += [where + p for p in wizard_overflow(wizard)]
                wizard.close()
    print(json.dumps(problems))
""")


@pytest.mark.parametrize(
    "width, height, scale, stretch, langs",
    [(1024, 768, "1", "1.4", "tr"), (1920, 1080, "1.5", "1", "tr,en"), (1366, 768, "1", "1", "en")],
)
def test_every_page_fits_a_real_screen(tmp_path, width, height, scale, stretch, langs):
    screens = {"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]}
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    data = tmp_path / "data"
    data.mkdir()
    env = {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "CSMM_STRETCH": stretch,
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT), str(data), langs],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
