"""The first screen as the app starts it: what it holds, and what it leaves for later."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from csmm_desktop.views.roles import ID_ROLE, SEARCH_ROLE
from tests.probe import run_python

# The window as app.run_gui builds it (no store yet), reporting at its first paint whether
# PySide6's `Qt` namespace was built, then naming `Qt` to show the check can tell.
FIRST_PAINT = """
import sys
from pathlib import Path
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from csmm_desktop.app import FirstPaint
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.main_window import MainWindow

app = QApplication([])
language = LanguageManager(app)
language.apply(sys.argv[1])
settings = QtCore.QSettings(sys.argv[2], QtCore.QSettings.Format.IniFormat)
window = MainWindow(None, Path(sys.argv[3]), settings, language)
LATE = ("csmm_desktop.services.assessment", "csmm_desktop.domain.scoring")

def painted():
    print("at first paint:", "Qt" in QtCore.__dict__, window.ui.emptyLabel.text())
    print("scoring at first paint:", [m for m in LATE if m in sys.modules])
    QtCore.Qt.AlignmentFlag.AlignCenter
    print("after naming it:", "Qt" in QtCore.__dict__)
    app.quit()

watch = FirstPaint(window)
watch.painted.connect(painted)
window.show()
app.exec()
"""


@pytest.mark.parametrize(("lang", "opening"), [("en", "Opening your data"), ("tr", "Veriler")])
def test_the_first_screen_paints_without_the_qt_namespace(tmp_path, lang, opening):
    """Building PySide6's `Qt` namespace costs ~20 ms before the first paint (see
    views/first_screen.py); a `Qt.` name in the first screen's code brings it back."""
    result = run_python(FIRST_PAINT, lang, tmp_path / "s.ini", tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("at first paint: False " + opening), lines
    # the scoring engine and the assessment service (~25 ms in-process) come on the
    # warm-import thread after the paint (CONTRIBUTING.md, "Start-up tricks")
    assert lines[1] == "scoring at first paint: []", lines
    assert lines[2] == "after naming it: True"


# The window's modules as they are at the first paint, then warm_imports' list imported on its
# thread as app.run_gui does: every QObject then alive must belong to the UI thread (a
# QObject made while a module is imported on that thread would live there, and its signals
# would never arrive). A module making one is written in to show the check can tell.
WARM = """
import gc, sys, threading
from pathlib import Path
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from csmm_desktop.views.main_window import MainWindow
from csmm_desktop.views import warm_imports

app = QApplication([])
if sys.argv[1] == "bad":
    Path(sys.argv[2], "warm_bad.py").write_text(
        "from PySide6.QtCore import QObject\\nhub = QObject()\\n", encoding="utf-8"
    )
    sys.path.insert(0, sys.argv[2])
    warm_imports.LATER = (*warm_imports.LATER, "warm_bad")
    warm_imports.MODULES = warm_imports.FIRST + warm_imports.LATER
before = set(sys.modules)
warm_imports.start("first").join(120)
warm_imports.start("later").join(120)
main = app.thread()
others = [o for o in gc.get_objects() if isinstance(o, QtCore.QObject) and o.thread() is not main]
imported = [m for m in warm_imports.MODULES if m in sys.modules]
print(len(set(sys.modules) - before), len(imported), len(warm_imports.MODULES))
print("elsewhere:", len(others))
"""


@pytest.mark.parametrize("case", ["as_shipped", "bad"])
def test_the_warm_imports_make_no_qobject_on_their_thread(tmp_path, case):
    result = run_python(WARM, case, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    imported, listed, modules = result.stdout.splitlines()[0].split()
    assert int(imported) > 100 and listed == modules  # the threads imported their lists
    expected = "elsewhere: 0" if case == "as_shipped" else "elsewhere: 1"
    assert result.stdout.splitlines()[1] == expected, result.stdout


def test_the_first_screen_looks_as_designed(window):
    ui = window.ui
    assert ui.splitter.orientation() == Qt.Orientation.Horizontal
    assert ui.emptyLabel.alignment() == Qt.AlignmentFlag.AlignCenter
    assert ui.clientList.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    shortcuts = {
        ui.actionNewClient: "Ctrl+N",
        ui.actionNewSnapshot: "Ctrl+Shift+N",
        ui.actionImportResponses: "Ctrl+I",
        ui.actionExportReport: "Ctrl+E",
        ui.actionQuit: QKeySequence(QKeySequence.StandardKey.Quit).toString(),
        ui.actionEditClient: "F2",
        ui.actionEditSnapshot: "Shift+F2",
        ui.actionFind: "Ctrl+F",
    }
    assert {a.shortcut().toString() for a in shortcuts} == set(shortcuts.values())
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys, action.objectName()


def test_the_roles_are_qts_user_roles():
    assert Qt.ItemDataRole.UserRole == ID_ROLE
    assert Qt.ItemDataRole.UserRole + 1 == SEARCH_ROLE


def test_the_first_start_fits_the_screen_and_later_ones_remember(make_window, window):
    screen = window.screen().availableGeometry()
    assert window.width() == min(1280, screen.width() - 40)
    assert window.height() == min(800, screen.height() - 40)
    # the client list takes 230 px at most, the rest is for the client's nine tabs
    left, right = window.ui.splitter.sizes()
    assert window.ui.clientSide.minimumSizeHint().width() <= left <= 230 < right
    window.resize(750, 600)
    window.ui.splitter.setSizes([130, 600])
    window.close()  # saves geometry and splitter
    again = make_window()
    assert (again.width(), again.height()) == (750, 600)
    assert again.ui.splitter.sizes() == window.ui.splitter.sizes()


def test_a_quit_while_matplotlib_builds_its_font_cache_exits_cleanly(tmp_path):
    """The first start on a new machine: matplotlib has no font cache yet and builds it on
    the warm-import thread (FreeType calls, ~1.5 s), and the app quits at once (the smoke
    test, or a user closing the window). A daemon thread was stopped inside FreeType at
    exit: SIGSEGV one run in two, and no cache written, so the next start paid again."""
    cache = tmp_path / "mpl"
    cache.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(MPLCONFIGDIR=str(cache), QT_QPA_PLATFORM="offscreen")
    code = (
        "from csmm_desktop.views import warm_imports\n"
        "warm_imports.start('first'); warm_imports.start('later')\n"
        "raise SystemExit(0)  # the app leaving while they import\n"
    )
    result = run_python(code, env=env, timeout=120)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert list(cache.glob("fontlist-*.json")), "the font cache was not written before exit"
