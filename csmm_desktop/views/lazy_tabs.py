"""Client tabs built when they are first shown (issue 18).

Building the eight client tabs at once took 0.5–0.9 s of the UI thread at start, on any
store. The client panel puts a `TabSlot` in the tab bar instead: it has the tab's title
(the tab's own translation, so the bar reads the same before and after), the screens it
shows and how to make it. The panel swaps the real tab in the first time the slot is
shown (client_panel.ClientPanel.build_tab), or in idle time after the first paint, one
tab per event-loop turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sqlite_utils import Database

    from csmm_desktop.views.client_panel import ClientPanel

# The client tabs after Snapshots: (module, class, its tab_title() as in the class, the
# screens it shows). Built lazily (views/lazy_tabs.py); the titles are the tabs' own
# translations (same context and source), so the tab bar reads the same before and after.
CLIENT_TABS = (
    (
        "csmm_desktop.views.dashboard",
        "DashboardTab",
        QT_TRANSLATE_NOOP("DashboardTab", "Dashboard"),
        ("scores", "dashboard"),
    ),
    (
        "csmm_desktop.views.engagement.checklist_tab",
        "ChecklistTab",
        QT_TRANSLATE_NOOP("ChecklistTab", "Checklist"),
        ("checklist",),
    ),
    (
        "csmm_desktop.views.engagement.findings_tab",
        "FindingsTab",
        QT_TRANSLATE_NOOP("FindingsTab", "Problems and requirements"),
        ("problems", "requirements"),
    ),
    (
        "csmm_desktop.views.engagement.numbers_tab",
        "NumbersTab",
        QT_TRANSLATE_NOOP("NumbersTab", "Numbers"),
        ("numbers",),
    ),
    (
        "csmm_desktop.views.engagement.kpis_tab",
        "KpisTab",
        QT_TRANSLATE_NOOP("KpisTab", "KPIs"),
        ("kpis",),
    ),
    (
        "csmm_desktop.views.engagement.actions_tab",
        "ActionsTab",
        QT_TRANSLATE_NOOP("ActionsTab", "Action plan"),
        ("actions", "roadmap", "feedback"),
    ),
    (
        "csmm_desktop.views.engagement.workshops_tab",
        "WorkshopsTab",
        QT_TRANSLATE_NOOP("WorkshopsTab", "Workshops"),
        ("workshops",),
    ),
    (
        "csmm_desktop.views.cxboard",
        "CxBoardTab",
        QT_TRANSLATE_NOOP("CxBoardTab", "CX board"),
        ("cxboard", "nps", "contact_reasons", "board_meetings", "cx_projects", "cx_feedback"),
    ),
)
# idle building of the tabs not shown yet: one per turn, this far apart (the UI thread
# stays free for input between two; each tab takes a few tens of ms to build)
IDLE_TAB_MS = 150


class TabSlot(QWidget):
    """Stands in the tab bar for a client tab not built yet."""

    def __init__(
        self,
        make: Callable[[], QWidget],
        screens: tuple[str, ...],
        context: str,
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.make = make
        self.screens = screens
        # the tab's tab_title(): self.tr(title) in the tab's class, i.e. this context
        self._context, self._title = context, title

    def tab_title(self) -> str:
        return QCoreApplication.translate(self._context, self._title)


def install(panel: ClientPanel, db: Database) -> None:
    """Put every client tab of CLIENT_TABS in the panel as a slot, built when first shown
    or in idle time after (IDLE_TAB_MS apart)."""
    for module, name, title, screens in CLIENT_TABS:
        panel.add_lazy_tab(lambda m=module, n=name: make_tab(panel, db, m, n), screens, name, title)
    panel.build_later(IDLE_TAB_MS)


def make_tab(panel: ClientPanel, db: Database, module: str, name: str) -> QWidget:
    from importlib import import_module

    tab = getattr(import_module(module), name)(db, panel)
    if name == "DashboardTab":
        tab.draw_first_later = True  # the tab paints before its first chart is drawn
    elif name == "FindingsTab":
        tab.screens_shown = {"problems": "problem", "requirements": "requirement"}
    return tab
