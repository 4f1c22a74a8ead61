"""Screenshots of every screen, for looking at all of them in minutes.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/screenshots.py --out DIR \
        [--sizes 1024x768,1366x768,1920x1080,1920x1080@1.5] [--lang en,tr] [--stretch]

A fresh data folder with the demo client (services/demo.py) is made for each screen size, and
each size is rendered in a process of its own: the screen (Qt's offscreen platform with a
screen of that size) and the scale factor (QT_SCALE_FACTOR, "@1.5") are fixed when Qt starts.
Into DIR/<size>-<lang>[-stretch]/ go, numbered in the order a user meets them:

    main-<tab>.png                  the main window on each client tab
    dashboard-<chart>.png           the dashboard with each of its charts
    cxboard-<page>.png              each page of the CX board
    presentation-<n>-<chart>.png    each slide of presentation mode (F5)
    wizard-<role>-<section>.png     each wizard page of each role; -workshop: workshop mode
    respondent-*.png                respondent mode: a page and the thank-you screen
    dialog-<where>-<Class>.png      the main dialogs (caught at exec(), then cancelled)

--stretch makes every text 40 % longer (CSMM_STRETCH=1.4), to find what a longer wording cuts.
The main window is opened as the app opens it; one larger than the screen is shrunk to the
screen's available area (and said so on stderr) so the rest of the screens stay comparable.
Windows larger than the screen are listed on stderr. Exit status 1 if a screen could not be
rendered (each such screen is named on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = "1024x768,1366x768,1920x1080,1920x1080@1.5"
SIZE_RE = re.compile(r"^(\d+)x(\d+)(?:@(\d+(?:\.\d+)?))?$")
STRETCH = "1.4"
ROLES = ("management", "employee", "client")
PIN = "2468"


def parse_size(text: str) -> tuple[int, int, str]:
    match = SIZE_RE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size {text!r}: expected WIDTHxHEIGHT[@SCALE]")
    width, height, scale = match.groups()
    return int(width), int(height), scale or "1"


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--sizes", default=SIZES, help=f"comma-separated (default {SIZES})")
    parser.add_argument("--lang", default="en,tr", help="comma-separated: en, tr")
    parser.add_argument("--stretch", action="store_true", help="every text 40 %% longer")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated groups: main, dashboard, "
        "cxboard, presentation, wizard, respondent, dialogs (default: all)",
    )
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)  # one size, in-process
    args = parser.parse_args(argv)
    args.size_list = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    args.langs = [lang.strip() for lang in args.lang.split(",") if lang.strip()]
    for lang in args.langs:
        if lang not in ("en", "tr"):
            parser.error(f"--lang {lang!r}: expected en or tr")
    return args


def size_name(width: int, height: int, scale: str) -> str:
    return f"{width}x{height}" + ("" if scale in ("1", "1.0") else f"@{scale}")


# --- the parent: one child process per screen size --------------------------------------


def run_sizes(args: argparse.Namespace) -> int:
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for width, height, scale in args.size_list:
        name = size_name(width, height, scale)
        with tempfile.TemporaryDirectory(prefix="csmm-shots-") as temp:
            screens = {
                "screens": [
                    {
                        "name": name,
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                    }
                ]
            }
            config = Path(temp) / "screens.json"
            config.write_text(json.dumps(screens), encoding="utf-8")
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "QT_SCALE_FACTOR": scale,
                "PYTHONPATH": os.pathsep.join(
                    [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
                ),
                "HOME": temp,  # nothing of the user's settings or data is read or written
                "XDG_CONFIG_HOME": temp,
                "XDG_DATA_HOME": temp,
            }
            env.pop("QT_AUTO_SCREEN_SCALE_FACTOR", None)
            if args.stretch:
                env["CSMM_STRETCH"] = STRETCH
            else:
                env.pop("CSMM_STRETCH", None)
            command = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--out",
                str(out),
                "--lang",
                ",".join(args.langs),
                "--child",
                name,
                "--only",
                args.only,
            ]
            if args.stretch:
                command.append("--stretch")
            print(f"{name}: rendering {', '.join(args.langs)}", file=sys.stderr, flush=True)
            result = subprocess.run(command, env=env, cwd=temp, check=False)
            failed += result.returncode != 0
    return 1 if failed else 0


# --- the child: every screen at one size -----------------------------------------------


class Shooter:
    """Renders the screens of one language into one folder."""

    def __init__(self, app, folder: Path, db, data_dir: Path, settings, language, only):
        self.app = app
        self.folder = folder
        self.db = db
        self.data_dir = data_dir
        self.settings = settings
        self.language = language
        self.only = only
        self.count = 0
        self.errors: list[str] = []
        self.too_big: list[str] = []  # windows larger than the screen (said, not an error)
        self.dialog_name = ""
        self.window = None

    # helpers

    def settle(self, ms: int = 60) -> None:
        from PySide6.QtTest import QTest

        for _ in range(3):
            self.app.processEvents()
        QTest.qWait(ms)
        self.app.processEvents()

    def save(self, widget, name: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:03d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        area = widget.screen().availableGeometry()
        if widget.isWindow() and (widget.width() > area.width() or widget.height() > area.height()):
            self.too_big.append(
                f"{path.name}: {type(widget).__name__} is {widget.width()}x{widget.height()}, "
                f"the screen has {area.width()}x{area.height()}"
            )
        return path

    def step(self, what: str, call, *args) -> None:
        try:
            call(*args)
        except Exception:  # noqa: BLE001 - a tool: name the screen, go on with the others
            self.errors.append(f"{self.folder.name}: {what}: {traceback.format_exc(limit=4)}")

    def wanted(self, group: str) -> bool:
        return not self.only or group in self.only

    def fit(self, widget) -> None:
        """Inside the screen's available area, as a window manager would keep it."""
        area = widget.screen().availableGeometry()
        if widget.width() > area.width() or widget.height() > area.height():
            print(
                f"{self.folder.name}: {type(widget).__name__} opened "
                f"{widget.width()}x{widget.height()} on {area.width()}x{area.height()}: shrunk",
                file=sys.stderr,
            )
            widget.resize(min(widget.width(), area.width()), min(widget.height(), area.height()))
        widget.move(area.topLeft())

    # the screens

    def run(self) -> None:
        from csmm_desktop.services import demo
        from csmm_desktop.views.main_window import MainWindow

        window = MainWindow(self.db, self.data_dir, self.settings, self.language)
        self.window = window
        window.show()
        self.fit(window)
        window.reload_clients(select=demo.DEMO_CLIENT_ID)
        self.settle(300)
        panel = window.panel
        if self.wanted("main"):
            self.step("main tabs", self.main_tabs)
        tab = self.tab("DashboardTab")
        if self.wanted("dashboard"):
            self.step("dashboard", self.dashboard, tab)
        if self.wanted("presentation"):
            self.step("presentation", self.presentation, tab)
        if self.wanted("cxboard"):
            self.step("cx board", self.cxboard)
        if self.wanted("dialogs"):
            self.step("dialogs", self.dialogs)
        panel.ui.tabs.setCurrentIndex(0)
        if self.wanted("wizard") or self.wanted("respondent"):
            for role in ROLES:
                self.step(f"wizard {role}", self.wizard, role)
        window.close()

    def tab(self, class_name: str):
        tabs = self.window.panel.ui.tabs
        for i in range(tabs.count()):
            if type(tabs.widget(i)).__name__ == class_name:
                return tabs.widget(i)
        raise LookupError(class_name)

    def tab_key(self, widget) -> str:
        return re.sub(r"^Cx|Tab$|Page$", "", type(widget).__name__).lower() or "tab"

    def main_tabs(self) -> None:
        tabs = self.window.panel.ui.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            self.settle(350 if i else 60)  # charts draw after their resize timer
            key = "snapshots" if i == 0 else self.tab_key(tabs.widget(i))
            self.save(self.window, f"main-{key}")

    def dashboard(self, tab) -> None:
        self.window.panel.ui.tabs.setCurrentWidget(tab)
        for row in range(tab.ui.chartList.count()):
            tab.ui.chartList.setCurrentRow(row)
            self.settle(350)
            self.save(self.window, f"dashboard-{tab.current_chart()}")
        tab.ui.chartList.setCurrentRow(0)

    def presentation(self, tab) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.window.panel.ui.tabs.setCurrentWidget(tab)
        tab.ui.chartList.setCurrentRow(0)
        self.settle()
        tab.present()
        slides = tab._presentation
        self.settle(400)
        try:
            for n in range(tab.ui.chartList.count()):
                self.save(slides, f"presentation-{n + 1}-{slides.chart_key}")
                QTest.keyClick(slides, Qt.Key.Key_Right)
                self.settle(400)
        finally:
            slides.close()
            self.settle()

    def cxboard(self) -> None:
        board = self.tab("CxBoardTab")
        self.window.panel.ui.tabs.setCurrentWidget(board)
        for i in range(board.pageTabs.count()):
            board.pageTabs.setCurrentIndex(i)
            self.settle(300)
            page = board.pageTabs.widget(i)
            self.save(self.window, f"cxboard-{self.tab_key(page)}")
        board.pageTabs.setCurrentIndex(0)

    # dialogs: every QDialog.exec() is caught, grabbed and cancelled

    def shoot_dialog(self, dialog) -> int:
        from PySide6.QtWidgets import QDialog

        dialog.show()
        self.settle(80)
        name = f"dialog-{self.dialog_name}-{type(dialog).__name__}"
        self.save(dialog, name)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    def dialogs(self) -> None:
        from PySide6.QtWidgets import QPushButton

        ui = self.window.ui
        tabs = self.window.panel.ui.tabs
        tabs.setCurrentIndex(0)
        self.settle()
        for where, action in (
            ("new-client", ui.actionNewClient),
            ("edit-client", ui.actionEditClient),
            ("new-snapshot", ui.actionNewSnapshot),
            ("edit-snapshot", ui.actionEditSnapshot),
            ("report", ui.actionExportReport),
        ):
            self.dialog_name = where
            self.step(f"dialog {where}", action.trigger)
        self.dialog_name = "new-respondent"
        self.step("dialog new-respondent", self.window.new_respondent)
        self.step("dialog import", self.import_dialog)
        names = (
            "addButton",
            "recordButton",
            "bandsButton",
            "noteButton",
            "suggestButton",
            "suggestedButton",
            "snapshotButton",
        )
        for i in range(1, tabs.count()):
            tabs.setCurrentIndex(i)
            self.settle(200)
            tab = tabs.widget(i)
            pages = [tab]
            if hasattr(tab, "pageTabs"):
                pages = [tab.pageTabs.widget(j) for j in range(tab.pageTabs.count())]
            for j, page in enumerate(pages):
                if page is not tab:
                    tab.pageTabs.setCurrentIndex(j)
                    self.settle(200)
                for name in names:
                    button = getattr(page, name, None) or getattr(
                        getattr(page, "ui", None), name, None
                    )
                    if (
                        isinstance(button, QPushButton)
                        and button.isVisible()
                        and button.isEnabled()
                    ):
                        key = self.tab_key(page)
                        self.dialog_name = f"{key}-{name.removesuffix('Button')}"
                        self.step(f"dialog {self.dialog_name}", button.click)
                        self.settle()
        tabs.setCurrentIndex(0)

    def import_dialog(self) -> None:
        from csmm_desktop.services import assessment

        self.window.panel.ui.tabs.setCurrentIndex(0)
        # the snapshot's own template (outside the data folder): a real preview
        source = self.data_dir.parent / f"{self.data_dir.name}-responses.csv"
        assessment.write_template(self.db, self.window.panel.current_snapshot_id(), source)
        self.dialog_name = "import"
        patch_dialog("open_file", lambda *a, **k: str(source))
        try:
            self.window.import_responses()
            self.settle(800)
        finally:
            patch_dialog("open_file", lambda *a, **k: "")

    # the wizard and respondent mode

    def wizard(self, role: str) -> None:
        from csmm_desktop.services import assessment, clients, demo
        from csmm_desktop.views.wizard import kiosk

        snap = clients.list_snapshots(self.db, demo.DEMO_CLIENT_ID)[-1]
        respondent = assessment.add_respondent(self.db, snap.id, role)
        wizard = self.window.open_wizard(respondent.id)
        self.settle(200)
        self.fit(wizard)
        self.settle(200)
        try:
            if self.wanted("wizard"):
                for index, section in enumerate(wizard.sections):
                    wizard.show_section(index)
                    page = wizard.page(index)
                    if page.questions:  # one answered, so the look of an answer shows
                        choices = page.questions[0].question.answer_choices()
                        if choices:
                            page.questions[0].answer(choices[len(choices) // 2][0])
                    self.settle(150)
                    self.save(wizard, f"wizard-{role}-{section.id}")
                wizard.show_section(0)
                wizard.ui.workshopButton.setChecked(True)
                self.settle(400)
                self.save(wizard, f"wizard-{role}-{wizard.sections[0].id}-workshop")
                wizard.ui.workshopButton.setChecked(False)
                self.settle(200)
            if self.wanted("respondent") and role == "client":
                wizard.show_section(0)
                wizard.hand_over()
                self.settle(400)
                self.save(wizard, "respondent-page")
                if hasattr(wizard, "show_thanks"):
                    wizard.show_thanks()
                    self.settle(200)
                    self.save(wizard, "respondent-thanks")
        finally:
            kiosk.end_all()
            self.settle()
            wizard.close()
            self.settle()


def patch_dialog(kind: str, show) -> None:
    from csmm_desktop.views import dialogs

    setattr(dialogs, kind, dialogs.gated(kind, show))


def run_child(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from csmm_desktop.app import register_fonts
    from csmm_desktop.services.demo import add_demo
    from csmm_desktop.store import open_store
    from csmm_desktop.views.language import LanguageManager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts()
    # No modal ever waits for a click: questions are answered no, PINs are given.
    for kind, show in (
        ("ask", lambda *a, **k: False),
        ("warn", lambda *a, **k: None),
        ("inform", lambda *a, **k: None),
        ("choose", lambda *a, **k: -1),
        ("open_file", lambda *a, **k: ""),
        ("save_file", lambda *a, **k: ""),
        ("get_pin", lambda *a, **k: PIN),
        ("new_pin", lambda *a, **k: PIN),
    ):
        patch_dialog(kind, show)
    shooter_of: list[Shooter] = []
    QDialog.exec = lambda self: shooter_of[-1].shoot_dialog(self)  # type: ignore[method-assign]
    out = Path(args.out)
    only = {g.strip() for g in args.only.split(",") if g.strip()}
    errors: list[str] = []
    total = 0
    for lang in args.langs:
        data = Path(tempfile.mkdtemp(prefix="csmm-shots-data-"))
        db = open_store(data)
        add_demo(db)
        settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        language = LanguageManager(app)
        language.apply(lang)
        folder = out / (f"{args.child}-{lang}" + ("-stretch" if args.stretch else ""))
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()
        shooter = Shooter(app, folder, db, data, settings, language, only)
        shooter_of.append(shooter)
        shooter.step("screens", shooter.run)
        errors += shooter.errors
        for line in shooter.too_big:
            print(f"{folder.name}: larger than the screen: {line}", file=sys.stderr)
        total += shooter.count
        print(f"{folder}: {shooter.count} screenshots", file=sys.stderr, flush=True)
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors or not total else 0


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.child:
        return run_child(args)
    return run_sizes(args)


if __name__ == "__main__":
    raise SystemExit(main())
