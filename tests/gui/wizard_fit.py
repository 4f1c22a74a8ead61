"""What does not fit across a wizard page: shared by the in-process tests and the child
processes that run on a screen of a given size (tests/gui/test_wizard_room.py)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

PADDING = 8  # an answer button's border and padding (style.py): its text needs less room


def settle() -> None:
    """Let the posted layout requests run (layouts are done in the event loop)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def page_overflow(wizard, index: int) -> list[str]:
    """Everything on section page `index` that is wider than the page's viewport."""
    wizard.show_section(index)
    settle()
    page = wizard.page(index)
    body = page.widget()
    view = page.viewport().width()
    section = wizard.sections[index].id
    problems = []
    if page.horizontalScrollBar().maximum() > 0:
        problems.append(f"{section}: scrolls sideways by {page.horizontalScrollBar().maximum()} px")
    if body.width() > view:
        problems.append(f"{section}: the page is {body.width()} px wide in {view} px")
    for widget in page.questions:
        qid = widget.question.id
        right = widget.mapTo(body, QPoint(widget.width(), 0)).x()
        if right > view:
            problems.append(f"{qid}: the question ends at {right} px of {view}")
        for value, button in widget.buttons.items():
            end = button.mapTo(body, QPoint(button.width(), 0)).x()
            if end > view:
                problems.append(f"{qid} {value}: the button ends at {end} px of {view}")
            metrics = button.fontMetrics()
            text = button.text().replace("&&", "&")
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if widest > button.width() - PADDING:
                problems.append(
                    f"{qid} {value}: {text!r} needs {widest} px, the button has {button.width()}"
                )
    return problems


def section_list_cut(wizard) -> list[str]:
    """Section list items too short for their wrapped text (a title or its progress cut)."""
    view = wizard.ui.sectionList
    metrics = view.fontMetrics()
    problems = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        width = min(rect.width(), view.viewport().width())
        room = QRect(0, 0, width - 2 * 4 - 2 * 3, 10_000)  # its padding and text margins
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text()).height()
        if needed > rect.height() - 2 * 6 + 2:
            problems.append(f"section list row {row}: {needed} px of text in {rect.height()}")
    return problems


def wizard_overflow(wizard) -> list[str]:
    """Every page of the wizard, its section list, and the window against its screen."""
    problems = []
    for index in range(len(wizard.sections)):
        problems += page_overflow(wizard, index)
    problems += section_list_cut(wizard)
    screen = wizard.screen().availableGeometry()
    if wizard.minimumSizeHint().width() > screen.width():
        problems.append(
            f"the window needs {wizard.minimumSizeHint().width()} px, the screen has "
            f"{screen.width()}"
        )
    if wizard.width() > screen.width() or wizard.height() > screen.height():
        problems.append(f"the window is {wizard.size()} on a screen of {screen.size()}")
    return problems
