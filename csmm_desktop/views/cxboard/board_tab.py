"""The Customer Experience board of a client (seed 002) as one client tab with five pages:
NPS, contact reasons, board meetings, CX projects and the feedback log.

The board is per client; the selected snapshot matters only for "From snapshot" on the NPS
page. A page is refreshed when it is shown; after one page writes, the others catch up
when they are next shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from csmm_desktop.views.cxboard.common import BoardPage
from csmm_desktop.views.cxboard.feedback_page import CxFeedbackPage
from csmm_desktop.views.cxboard.meetings_page import CxMeetingsPage
from csmm_desktop.views.cxboard.nps_page import CxNpsPage
from csmm_desktop.views.cxboard.projects_page import CxProjectsPage
from csmm_desktop.views.cxboard.reasons_page import CxReasonsPage
from csmm_desktop.views.engagement.base import ContextTab

if TYPE_CHECKING:
    from sqlite_utils import Database

PAGES = ("nps", "reasons", "meetings", "projects", "feedback")


class CxBoardTab(ContextTab):
    """NPS, contact reasons, meetings, projects and feedback of the selected client."""

    refresh_when_shown = True  # the numbers, KPIs and snapshots may change on other tabs
    # screen keys (ClientPanel.show_screen) → the page they open
    screens_shown = {
        "cxboard": "nps",
        "nps": "nps",
        "contact_reasons": "reasons",
        "board_meetings": "meetings",
        "cx_projects": "projects",
        "cx_feedback": "feedback",
    }

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._build_hint_stack()
        self.pageTabs = QTabWidget(self)
        self.pageTabs.setDocumentMode(True)
        self.nps_page = CxNpsPage(db, self.pageTabs)
        self.reasons_page = CxReasonsPage(db, self.pageTabs)
        self.meetings_page = CxMeetingsPage(db, self.pageTabs)
        self.projects_page = CxProjectsPage(db, self.pageTabs)
        self.feedback_page = CxFeedbackPage(db, self.pageTabs)
        self.pages: dict[str, BoardPage] = dict(
            zip(
                PAGES,
                (
                    self.nps_page,
                    self.reasons_page,
                    self.meetings_page,
                    self.projects_page,
                    self.feedback_page,
                ),
                strict=True,
            )
        )
        for page in self.pages.values():
            self.pageTabs.addTab(page, "")
            page.changed.connect(lambda p=page: self._on_page_changed(p))
            page.show_project.connect(self.show_project)
        self.pageTabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.stack.addWidget(self.pageTabs)
        self._retranslate()
        self.refresh()

    # --- contract with the client panel -------------------------------------------

    def tab_title(self) -> str:
        return self.tr("CX board")

    def refresh(self) -> None:
        self._forget_missing_snapshot()
        if not self.client_id:
            self._show_hint_page(self.tr("Select a client to see its Customer Experience board."))
            return
        self.stack.setCurrentIndex(1)
        for page in self.pages.values():
            page.set_context(self.client_id, self.snapshot_id)  # each catches up when shown
        self._refresh_current()

    def show_kind(self, key: str) -> None:
        """Show one page: "nps", "reasons", "meetings", "projects" or "feedback"."""
        self.pageTabs.setCurrentWidget(self.pages.get(key, self.nps_page))

    def current_page(self) -> BoardPage:
        return self.pageTabs.currentWidget()

    # --- pages -----------------------------------------------------------------------

    def _refresh_current(self) -> None:
        page = self.pageTabs.currentWidget()
        if page is not None and page.stale and self.client_id:
            page.refresh()

    def _on_page_changed(self, source: BoardPage) -> None:
        for page in self.pages.values():
            if page is not source:
                page.stale = True
        self.changed.emit()

    def show_project(self, project_id: str) -> None:
        """Open the projects page on a project (after a nomination on another page)."""
        self.pageTabs.setCurrentWidget(self.projects_page)
        self.projects_page.refresh(project_id)

    # --- translation ---------------------------------------------------------------

    def _retranslate(self) -> None:
        titles = (
            self.tr("Overview / NPS"),
            self.tr("Contact reasons"),
            self.tr("Meetings"),
            self.tr("Projects"),
            self.tr("Feedback log"),
        )
        for index, title in enumerate(titles):
            self.pageTabs.setTabText(index, title)
        for page in self.pages.values():
            page.retranslate()
            page.stale = True
