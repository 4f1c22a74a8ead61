"""The wizard's look: big, readable and calm enough for a projector."""

from __future__ import annotations

from PySide6.QtGui import QFont

ACCENT = "#0072B2"  # Okabe-Ito blue: readable for colour-blind viewers and on projectors
WARNING = "#D55E00"  # Okabe-Ito vermillion: free text that is not saved
AMBER = "#E69F00"  # Okabe-Ito orange: the notice bar

WIZARD_QSS = f"""
QLabel#sectionTitle {{ font-size: 150%; font-weight: bold; margin-top: 6px; }}
QLabel#sectionIntro {{ color: #444; margin-bottom: 8px; }}
QLabel#topicTitle {{ font-size: 118%; font-weight: bold; margin-top: 14px;
                     border-bottom: 1px solid #c8d3dc; padding-bottom: 3px; }}
QLabel#questionId {{ color: #777; min-width: 4.5em; }}
QLabel#questionText {{ font-size: 110%; }}
QLabel#questionHelp {{ color: #5a6570; font-style: italic; }}
QFrame#question {{ border-left: 4px solid transparent; border-radius: 4px; }}
QFrame#question[current="true"] {{ border-left: 4px solid {ACCENT}; background: #eef5fb; }}
QPushButton#answerButton, QPushButton#naButton {{
    min-height: 2.6em; padding: 4px 6px; border: 1px solid #9aa7b2; border-radius: 5px;
    background: #ffffff; color: #1d2730; }}
QPushButton#naButton {{ color: #5a6570; }}
QPushButton#answerButton:hover, QPushButton#naButton:hover {{ border-color: {ACCENT}; }}
QPushButton#answerButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#naButton:checked {{ background: #5a6570; color: white; border-color: #5a6570; }}
QPushButton#answerButton[pending="true"], QPushButton#naButton[pending="true"] {{
    border: 2px dashed {ACCENT}; background: #f3f8fc; }}
QPlainTextEdit[saveState="pending"] {{ border: 2px dashed {ACCENT}; }}
QPlainTextEdit[saveState="unsaved"] {{ border: 2px dashed {WARNING}; background: #fff7f2; }}
QLabel#saveNotice {{ background: #fff4d6; border: 1px solid {AMBER}; border-radius: 4px;
                     padding: 6px 10px; color: #1d2730; }}
QListWidget::item {{ padding: 6px 4px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: white; }}
"""


def font_scale(font: QFont, factor: float) -> QFont:
    bigger = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    bigger.setPointSizeF(size * factor)
    return bigger
