"""The wizard's look: big, readable and calm enough for a projector.

Text sizes are points worked out from the application's font and the wizard's zoom
(Qt style sheets know no relative sizes: `font-size: 150%` is silently ignored), so
workshop mode and Ctrl+plus / Ctrl+minus scale every text of the pages, the answer
buttons with it (their padding and height are in `em`), and the window's frame less.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from csmm_desktop.views import theme

# Okabe-Ito blue (readable for colour-blind viewers and on projectors), vermillion for free
# text that is not saved, orange for the notice bar: views/theme.py
ACCENT, WARNING, AMBER = theme.ACCENT, theme.WARNING, theme.AMBER

ZOOM_MIN, ZOOM_MAX = 0.8, 3.0
ZOOM_STEP = 1.15  # Ctrl+plus: 15 % bigger
NORMAL_ZOOM = 1.0
WORKSHOP_ZOOM = 1.7  # question text and buttons 1.7 × the normal size on a projector

# size of each kind of text, relative to the body text at the zoom; the window's frame
# (its bars, the section list, messages) grows as the square root of the zoom: what the
# room reads are the questions and their answers, and the bars must fit a 1024-px screen
SIZES = {
    "body": 1.0,
    "sectionTitle": 1.5,
    "topicTitle": 1.2,
    "questionText": 1.12,
    "answer": 1.0,
    "thanksTitle": 2.6,
    "thanksText": 1.5,
}
CHROME_POWER = 0.5

# Every widget that shows text is named (a rule for every QWidget would make each paint
# of a page ~60 % slower); a parent's setFont does not reach widgets a style sheet styles.
_QSS = """
QLabel#titleLabel, QProgressBar#overallProgress, QPushButton#workshopButton,
QPushButton#handOverButton, QPushButton#consultantButton, QPushButton#backButton,
QPushButton#unansweredButton, QPushButton#nextButton, QPushButton#finishButton,
QLabel#hintLabel, QLabel#saveNotice, QListWidget#sectionList {{ font-size: {chrome}; }}
QLabel#sectionTitle {{ font-size: {sectionTitle}; font-weight: bold; margin-top: 6px; }}
QLabel#sectionIntro {{ font-size: {body}; color: {intro}; margin-bottom: 8px; }}
QLabel#topicTitle {{ font-size: {topicTitle}; font-weight: bold; margin-top: 14px;
                     border-bottom: 1px solid {border}; padding-bottom: 3px; }}
QLabel#questionId {{ font-size: {body}; color: {question_id}; min-width: 4.5em; }}
QLabel#questionText {{ font-size: {questionText}; }}
QLabel#questionHelp {{ font-size: {body}; color: {hint}; font-style: italic; }}
QLabel#keyHint {{ font-size: {body}; color: {warning}; font-weight: bold; }}
QFrame#question {{ border-left: 4px solid transparent; border-radius: 4px; }}
QFrame#question[current="true"] {{ border-left: 4px solid {accent}; background: {current}; }}
QFrame#question QPlainTextEdit {{ font-size: {body}; }}
QPushButton#answerButton, QPushButton#naButton {{ font-size: {answer};
    min-height: 2.6em; padding: 4px 6px; border: 1px solid {field_border}; border-radius: 5px;
    background: {field}; color: {text}; }}
QPushButton#naButton {{ color: {na_text}; }}
QPushButton#answerButton:hover, QPushButton#naButton:hover {{ border-color: {accent}; }}
QPushButton#answerButton:checked {{ background: {accent}; color: white; border-color: {accent}; }}
QPushButton#naButton:checked {{ background: {hint}; color: white; border-color: {hint}; }}
QPushButton#answerButton[pending="true"], QPushButton#naButton[pending="true"] {{
    border: 2px dashed {accent}; background: {pending}; }}
QPlainTextEdit[saveState="pending"] {{ border: 2px dashed {accent}; }}
QPlainTextEdit[saveState="unsaved"] {{ border: 2px dashed {warning}; background: {unsaved}; }}
QLabel#saveNotice {{ background: {notice}; border: 1px solid {amber}; border-radius: 4px;
                     padding: 6px 10px; color: {text}; }}
QLabel#thanksTitle {{ font-size: {thanksTitle}; font-weight: bold; color: {accent}; }}
QLabel#thanksText {{ font-size: {thanksText}; }}
QLabel#hintLabel {{ color: {wizard_hint}; }}
QListWidget::item {{ padding: 6px 4px; }}
QListWidget::item:selected {{ background: {accent}; color: white; }}
"""


def base_point_size() -> float:
    """The application's body text size in points (what zoom 1.0 means)."""
    app = QApplication.instance()
    font = app.font() if app is not None else QFont()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 0.75 if font.pixelSize() > 0 else 9.0


def clamp_zoom(zoom: float) -> float:
    return round(min(ZOOM_MAX, max(ZOOM_MIN, zoom)), 2)


def wizard_qss(zoom: float = NORMAL_ZOOM, base_pt: float | None = None) -> str:
    """The wizard's style sheet with every text size at `zoom` × the app's font."""
    base = base_pt or base_point_size()
    sizes = {name: f"{base * zoom * factor:.1f}pt" for name, factor in SIZES.items()}
    chrome = f"{base * zoom**CHROME_POWER:.1f}pt"
    return _QSS.format(
        accent=ACCENT,
        warning=WARNING,
        amber=AMBER,
        border=theme.BORDER,
        hint=theme.HINT,
        current=theme.CURRENT_BACKGROUND,
        field_border=theme.FIELD_BORDER,
        field=theme.FIELD,
        text=theme.TEXT,
        na_text=theme.NA_TEXT,
        pending=theme.PENDING_BACKGROUND,
        unsaved=theme.UNSAVED_BACKGROUND,
        notice=theme.NOTICE_BACKGROUND,
        intro=theme.INTRO_TEXT,
        question_id=theme.QUESTION_ID_TEXT,
        wizard_hint=theme.WIZARD_HINT,
        chrome=chrome,
        **sizes,
    )
