import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from csmm_desktop.views import dialogs
from csmm_desktop.views.language import LanguageManager
from csmm_desktop.views.main_window import MainWindow
from csmm_desktop.views.wizard import kiosk


class DialogRecorder:
    """Stands in for every modal message: records what the user would have seen. It is
    put behind the seam's respondent-mode gate like the real dialogs (dialogs.gated)."""

    def __init__(self):
        self.asked: list[str] = []
        self.warned: list[str] = []
        self.informed: list[str] = []
        self.answer = True
        self.chosen: list[tuple[str, list[str]]] = []
        self.choice = -1
        self.open_path = ""
        self.save_path = ""
        self.pins: list[str] = []  # what get_pin returns, in turn ("" once used up)
        self.pin_prompts: list[str] = []
        self.new_pin_value = ""  # what new_pin (a PIN typed twice) returns
        self.text_value = ""  # what get_text (a line typed) returns
        self.text_prompts: list[str] = []

    def ask(self, parent, title, text, **kwargs):
        self.asked.append(text)
        return self.answer

    def warn(self, parent, title, text):
        self.warned.append(text)

    def inform(self, parent, title, text):
        self.informed.append(text)

    def choose(self, parent, title, text, options):
        self.chosen.append((text, options))
        return self.choice

    def get_pin(self, parent, title, label):
        self.pin_prompts.append(label)
        return self.pins.pop(0) if self.pins else ""

    def new_pin(self, parent, title, label):
        self.pin_prompts.append(label)
        return self.new_pin_value

    def get_text(self, parent, title, label, text=""):
        self.text_prompts.append(label)
        return self.text_value


@pytest.fixture
def modal(monkeypatch):
    recorder = DialogRecorder()
    for kind, show in (
        ("ask", recorder.ask),
        ("warn", recorder.warn),
        ("inform", recorder.inform),
        ("choose", recorder.choose),
        ("open_file", lambda *a, **k: recorder.open_path),
        ("save_file", lambda *a, **k: recorder.save_path),
        ("get_pin", recorder.get_pin),
        ("new_pin", recorder.new_pin),
        ("get_text", recorder.get_text),
    ):
        monkeypatch.setattr(dialogs, kind, dialogs.gated(kind, show))
    yield recorder
    kiosk.end_all()  # a test that ended in respondent mode leaves no window hidden
    dialogs.reset()


@pytest.fixture(autouse=True)
def widgets_gone_after_the_test(qapp):
    """The widgets a test made are deleted when it ends, after pytest-qt closed them:
    deleteLater alone waits for the next event loop, in whichever test runs next, and a
    widget still alive there would answer that test's language switch from a store
    already closed (it did, once the workers took files in another order)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The language the app starts in when none is chosen, installed as run_gui installs
    it: English, whose translator gives the counts their plural forms ("1 snapshot")."""
    manager = LanguageManager(qapp)
    manager.apply("en")
    return manager


@pytest.fixture
def language(qapp):
    """A language manager of the test's own, in English, to switch live (back to English
    after the test)."""
    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture
def settings(data_dir):
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, db, data_dir, settings, modal):
    def make(language=None):
        window = MainWindow(db, data_dir, settings, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def fill_dialog(monkeypatch, dialog_class, fill):
    """Replace exec() of a dialog class: `fill(dialog)` types into the real dialog, then it
    is accepted the way the user's click on Save would."""

    def exec_(self):
        fill(self)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)  # nothing happens if disabled
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


@pytest.fixture
def chart_drawn():
    """`chart_drawn(view)`: wait until the chart view's figure is built and drawn on the
    worker (views/chart_view.py) and shown; returns the figure (tests/gui/chart_wait.py)."""
    from tests.gui.chart_wait import drawn

    return drawn
