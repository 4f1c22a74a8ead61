"""Help: the user guide in a window of its own, the keyboard shortcuts, the first-start
welcome, and "Add demo client" only while the demo client is not there.

- The guide is HTML under resources/guide/<lang>/ (found with config.resource_path, so a
  checkout, an installed wheel and the bundle all have it), shown in a non-modal window in
  the UI's language; it follows a language switch. F1 opens it at the page of the window in
  front (`context_page`): the main window's current client tab, the wizard, presentation
  mode, the report dialog.
- Help → Keyboard Shortcuts lists the main window's menu actions with their shortcuts and
  the keys of views/keys.py.
- `install(window)` adds all of it to the main window once its store is open; nothing here
  is on the first screen (views/first_screen.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.config import resource_path
from csmm_desktop.views import keys
from csmm_desktop.views.language import current_language
from csmm_desktop.views.roles import ID_ROLE

PAGES = (
    "index",
    "getting-started",
    "wizard",
    "dashboard",
    "engagement",
    "cxboard",
    "reports",
    "data",
    "command-line",
    "glossary",
)
HOME = "index.html"
WELCOME_KEY = "welcomeDismissed"

# the client tabs (by class: no import of the tabs here) and the CX board's pages
TAB_PAGES = {
    "DashboardTab": "dashboard.html",
    "ChecklistTab": "engagement.html#checklist",
    "FindingsTab": "engagement.html#findings",
    "NumbersTab": "engagement.html#numbers",
    "KpisTab": "engagement.html#kpis",
    "ActionsTab": "engagement.html#actions",
    "WorkshopsTab": "engagement.html#workshops",
    "CxBoardTab": "cxboard.html",
}
BOARD_PAGES = {
    "CxNpsPage": "cxboard.html#nps",
    "CxReasonsPage": "cxboard.html#reasons",
    "CxMeetingsPage": "cxboard.html#meetings",
    "CxProjectsPage": "cxboard.html#projects",
    "CxFeedbackPage": "cxboard.html#feedback",
}
WINDOW_PAGES = {
    "AssessmentWindow": "wizard.html",
    "PresentationWindow": "dashboard.html#present",
    "ReportDialog": "reports.html",
    "RestoreDialog": "data.html#restore",
}


def guide_dir(lang: str | None = None) -> Path:
    lang = lang or current_language()
    return resource_path("guide", lang if lang in ("en", "tr") else "en")


def page_title(path: Path) -> str:
    """A page's <title>, for the page list."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return path.stem
    found = re.search(r"<title>(.*?)</title>", text, re.S)
    return found.group(1).strip() if found else path.stem


def context_page(widget: QWidget | None) -> str:
    """The guide's page (and anchor) of the window `widget` is in."""
    window = widget.window() if widget is not None else None
    if window is None:
        return HOME
    name = type(window).__name__
    if name == "AssessmentWindow":
        workshop = getattr(getattr(window, "ui", None), "workshopButton", None)
        return "wizard.html#workshop" if workshop and workshop.isChecked() else "wizard.html"
    if name in WINDOW_PAGES:
        return WINDOW_PAGES[name]
    panel = getattr(window, "panel", None)
    stack = getattr(getattr(window, "ui", None), "rightStack", None)
    if stack is None:
        return HOME  # another window (the shortcuts, a dialog of its own): the contents
    if panel is None or stack.currentWidget() is not panel:
        return "getting-started.html"
    tab = panel.ui.tabs.currentWidget()
    tab_name = type(tab).__name__
    if tab_name == "CxBoardTab" and hasattr(tab, "current_page"):
        page = BOARD_PAGES.get(type(tab.current_page()).__name__)
        if page:
            return page
    return TAB_PAGES.get(tab_name, "getting-started.html#snapshot")


class HelpWindow(QWidget):
    """The guide: a page list, the page, Back / Forward / Home and find-in-page (Ctrl+F)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.page = HOME  # "page.html#anchor", the same in either language
        self.lang = ""

        self.backButton = QPushButton(self)
        self.forwardButton = QPushButton(self)
        self.homeButton = QPushButton(self)
        self.findEdit = QLineEdit(self)
        self.findEdit.setClearButtonEnabled(True)
        self.findEdit.setMinimumWidth(240)
        self.findStatus = QLabel(self)
        bar = QHBoxLayout()
        for button in (self.backButton, self.forwardButton, self.homeButton):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.findStatus)
        bar.addWidget(self.findEdit)

        self.pageList = QListWidget(self)
        self.pageList.setWordWrap(True)  # long titles wrap, in Turkish too
        self.pageList.setSpacing(2)
        self.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pageList)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 650])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.backButton.clicked.connect(self.browser.backward)
        self.forwardButton.clicked.connect(self.browser.forward)
        self.homeButton.clicked.connect(lambda: self.show_page(HOME))
        self.browser.backwardAvailable.connect(self.backButton.setEnabled)
        self.browser.forwardAvailable.connect(self.forwardButton.setEnabled)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.pageList.itemActivated.connect(self._on_item)
        self.pageList.itemClicked.connect(self._on_item)
        self.findEdit.returnPressed.connect(self.find_next)
        self.findEdit.textChanged.connect(lambda _t: self.findStatus.clear())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, activated=self.find_next)
        QShortcut(QKeySequence("Shift+Return"), self.findEdit, activated=self.find_previous)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.browser.backward
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Forward), self, activated=self.browser.forward
        )
        self.backButton.setEnabled(False)
        self.forwardButton.setEnabled(False)
        self.resize(900, 640)
        self._retranslate()

    # --- pages ---------------------------------------------------------------------

    def show_page(self, page: str = HOME) -> None:
        """Show `page` ("engagement.html#kpis") in the UI's language now."""
        lang = current_language()
        if lang != self.lang:
            self._load_language(lang)
        name, _, anchor = page.partition("#")
        path = guide_dir(lang) / (name or HOME)
        if not path.is_file():
            path = guide_dir(lang) / HOME
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def _load_language(self, lang: str) -> None:
        self.lang = lang
        folder = guide_dir(lang)
        self.browser.setSearchPaths([str(folder)])
        self.browser.clearHistory()
        self.pageList.clear()
        for name in PAGES:
            item = QListWidgetItem(page_title(folder / f"{name}.html"))
            item.setData(ID_ROLE, f"{name}.html")
            self.pageList.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.show_page(item.data(ID_ROLE))

    def _on_source_changed(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).name or HOME
        self.page = name + (f"#{url.fragment()}" if url.fragment() else "")
        for row in range(self.pageList.count()):
            item = self.pageList.item(row)
            if item.data(ID_ROLE) == name:
                self.pageList.blockSignals(True)
                self.pageList.setCurrentItem(item)
                self.pageList.blockSignals(False)
        self.setWindowTitle(self.browser.documentTitle() or self.tr("User Guide"))

    def heading(self) -> str:
        """The page's first heading (what the user reads first)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                return block.text()
            block = block.next()
        return ""

    # --- find in page --------------------------------------------------------------

    def focus_find(self) -> None:
        self.findEdit.setFocus()
        self.findEdit.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        needle = self.findEdit.text()
        if not needle:
            return False
        found = self.browser.find(needle, flags)
        if not found:  # wrap around once
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(needle, flags)
        self.findStatus.setText("" if found else self.tr("Not found"))
        return found

    # --- language ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.lang and current_language() != self.lang:
                self.show_page(self.page)  # the same page, in the other language
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.backButton.setText(self.tr("< Back"))
        self.forwardButton.setText(self.tr("Forward >"))
        self.homeButton.setText(self.tr("Contents"))
        self.findEdit.setPlaceholderText(self.tr("Find in page (Ctrl+F)"))
        if not self.browser.documentTitle():
            self.setWindowTitle(self.tr("User Guide"))


class ShortcutsDialog(QDialog):
    """Every shortcut: the main window's menu actions, then the keys of views/keys.py.
    Not modal (it is a reference to keep open)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self._retranslate()

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, keys, what it does) as shown."""
        where = self.tr("Main window")
        listed = [(where, keys_, text) for text, keys_ in menu_shortcuts(self.window_)]
        return listed + keys.rows()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def plain(text: str) -> str:
    """A menu text without its accelerator and ellipsis: "&New Client…" → "New Client"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(text, keys) of every action in the window's menus that has a shortcut."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if id(action) in seen:
                continue
            seen.add(id(action))
            if action.menu() is not None:
                walk(action.menu().actions())
                continue
            shortcuts = [s for s in action.shortcuts() if not s.isEmpty()]
            if shortcuts and action.text():
                texts = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in shortcuts]
                found.append((plain(action.text()), ", ".join(texts)))

    walk(window.menuBar().actions())
    return found


class Welcome(QFrame):
    """The first start on a data folder: what to do first. Dismissed once, remembered."""

    def __init__(self, parent: QWidget, settings: QSettings, open_guide, demo_here):
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.settings = settings
        self.demo_here = demo_here
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.guideButton = QPushButton(self)
        self.dismissButton = QPushButton(self)
        self.guideButton.clicked.connect(open_guide)
        self.dismissButton.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.guideButton)
        buttons.addWidget(self.dismissButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()
        self.setVisible(not self.dismissed(settings))

    @staticmethod
    def dismissed(settings: QSettings) -> bool:
        return str(settings.value(WELCOME_KEY, "false")).lower() == "true"

    def dismiss(self) -> None:
        self.settings.setValue(WELCOME_KEY, True)
        self.settings.sync()
        self.hide()

    def retranslate(self) -> None:
        first = (
            self.tr(
                "To begin, add your first client: <b>New client…</b> (Ctrl+N). "
                "The demo client in the list shows a finished engagement to look around in."
            )
            if self.demo_here()
            else self.tr(
                "To begin, add your first client: <b>New client…</b> (Ctrl+N), or look "
                "around a finished engagement first: <b>Add demo client</b>."
            )
        )
        self.text.setText(
            "<h3>"
            + self.tr("Welcome to CSMM Desktop")
            + "</h3><p>"
            + first
            + "</p><p>"
            + self.tr(
                "Then take a snapshot, add respondents or import their answers, and export "
                "the report. Press F1 at any time for the user guide, opened at the screen "
                "you are on."
            )
            + "</p>"
        )
        self.guideButton.setText(self.tr("Open the user guide"))
        self.dismissButton.setText(self.tr("Dismiss"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Help(QObject):
    """The main window's Help: its menu actions, the guide window, the welcome, and the
    demo client's menu entry and button."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window_ = window
        self.help_window: HelpWindow | None = None
        self.shortcuts: ShortcutsDialog | None = None
        ui = window.ui
        self.guideAction = QAction(window)
        self.guideAction.setObjectName("actionUserGuide")
        self.guideAction.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        # F1 in the wizard and presentation mode too; a modal dialog has its own (attach)
        self.guideAction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guideAction.triggered.connect(self.open_context)
        self.shortcutsAction = QAction(window)
        self.shortcutsAction.setObjectName("actionShortcuts")
        self.shortcutsAction.triggered.connect(self.show_shortcuts)
        first = ui.menuHelp.actions()[0] if ui.menuHelp.actions() else None
        ui.menuHelp.insertAction(first, self.guideAction)
        ui.menuHelp.insertAction(first, self.shortcutsAction)
        ui.menuHelp.insertSeparator(first)
        window.addAction(self.guideAction)
        ui.menuHelp.installEventFilter(self)  # its LanguageChange retranslates the actions

        # on the empty page (no client selected), above its "Select a client…" line
        self.welcome = Welcome(ui.emptyPage, window.settings, self.open_guide, self.demo_here)
        ui.emptyLayout.insertWidget(0, self.welcome)

        model = window.client_model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_demo)
        self.retranslate()
        self.update_demo()

    # --- the demo client -----------------------------------------------------------

    def demo_here(self) -> bool:
        from csmm_desktop.services.demo import DEMO_CLIENT_ID

        model = self.window_.client_model
        return any(
            model.item(row).data(ID_ROLE) == DEMO_CLIENT_ID for row in range(model.rowCount())
        )

    def update_demo(self, *_args) -> None:
        here = self.demo_here()
        self.window_.ui.actionAddDemo.setVisible(not here)
        self.window_.ui.demoButton.setVisible(not here)
        self.welcome.retranslate()

    # --- the guide -----------------------------------------------------------------

    def open_context(self) -> HelpWindow | None:
        """F1: the guide at the page of the window in front."""
        active = QApplication.activeWindow() or self.window_
        if active is self.help_window:
            active.raise_()
            return active
        if getattr(active, "in_respondent_mode", False):
            return None  # the respondent holds the laptop: no way out through the guide
        return self.open_guide(context_page(active))

    def open_guide(self, page: str = HOME) -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(self.window_)
        self.help_window.show_page(page or HOME)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.window_)
        else:
            self.shortcuts._retranslate()
        self.shortcuts.show()
        self.shortcuts.raise_()
        return self.shortcuts

    # --- language ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.guideAction.setText(self.tr("&User Guide"))
        self.shortcutsAction.setText(self.tr("&Keyboard Shortcuts"))


def install(window: QMainWindow) -> Help:
    """Help for the main window, once (a restored backup opens the store again)."""
    existing = getattr(window, "help", None)
    if isinstance(existing, Help):
        return existing
    window.help = Help(window)
    return window.help


def attach(dialog: QWidget, page: str) -> None:
    """F1 in a modal dialog: the guide at `page`, in a window of the dialog's own (a
    window outside a running modal dialog takes no clicks)."""

    def show() -> None:
        guide = dialog.findChild(HelpWindow) or HelpWindow(dialog)
        guide.show_page(page)
        guide.show()
        guide.raise_()

    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog, activated=show)
