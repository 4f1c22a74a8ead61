"""The Customer Experience board as one client tab (CxBoardTab) with its pages and dialogs."""

from csmm_desktop.views.cxboard.board_tab import CxBoardTab

__all__ = ["CxBoardTab"]
