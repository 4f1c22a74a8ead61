"""How the KPIs tab shows a KPI's status (text, shape and a colour-blind-safe colour) and
writes and reads KPI numbers in the UI language (12,5 in Turkish)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from csmm_desktop.domain import numbers
from csmm_desktop.views import theme

# Okabe-Ito colours (as in the charts) for the shapes; light tints behind dark text.
_LOOK = {
    "met": (theme.BLUISH_GREEN, theme.GREEN_TINT, "circle"),
    "close": (theme.ORANGE, theme.ORANGE_TINT, "triangle"),
    "missed": (theme.VERMILLION, theme.VERMILLION_TINT, "cross"),
    "no_target": (theme.NO_STATUS, theme.NEUTRAL_TINT, "ring"),
    "no_value": (theme.NO_STATUS, theme.NEUTRAL_TINT, "ring"),
}
# The words of the domain's KPI_STATUSES, which the reports and the charts print.
STATUS_TEXT = {
    "met": QT_TRANSLATE_NOOP("KpiStatus", "Target met"),
    "close": QT_TRANSLATE_NOOP("KpiStatus", "Close to target"),
    "missed": QT_TRANSLATE_NOOP("KpiStatus", "Target missed"),
    "no_target": QT_TRANSLATE_NOOP("KpiStatus", "No target"),
    "no_value": QT_TRANSLATE_NOOP("KpiStatus", "Not measured"),
}


def status_text(status: str) -> str:
    return QCoreApplication.translate("KpiStatus", STATUS_TEXT.get(status, status))


def status_background(status: str) -> QBrush:
    return QBrush(QColor(_LOOK.get(status, _LOOK["no_value"])[1]))


@cache
def status_icon(status: str, size: int = 16) -> QIcon:
    """A filled circle (met), triangle (close), cross (missed) or ring (none): the shape
    tells the status apart without colour, as the trend chart's markers do."""
    colour, _tint, shape = _LOOK.get(status, _LOOK["no_value"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    m = size * 0.12
    if shape == "circle":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m, size / 2 - m)
    elif shape == "triangle":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        points = [QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)]
        painter.drawPolygon(QPolygonF(points))
    elif shape == "cross":
        painter.setPen(QPen(ink, size * 0.22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(m * 1.5, m * 1.5), QPointF(size - m * 1.5, size - m * 1.5))
        painter.drawLine(QPointF(size - m * 1.5, m * 1.5), QPointF(m * 1.5, size - m * 1.5))
    else:
        painter.setPen(QPen(ink, size * 0.12))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - m * 1.4, size / 2 - m * 1.4)
    painter.end()
    return QIcon(pixmap)


def plain_number(value: float | None) -> str:
    """A KPI number as the user would type it: 76,4 in Turkish, 76.4 in English; no
    thousands separators (so what is shown can be edited as it is) and no trailing zeros."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", 3)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def with_unit(value: float | None, unit: str) -> str:
    """75 % → "75%" in English, "%75" in Turkish (as the charts write it); "6 min"."""
    number = plain_number(value)
    if not number or not unit:
        return number
    if unit == "%":
        return f"%{number}" if QLocale().language() == QLocale.Language.Turkish else f"{number}%"
    return f"{number} {unit}"


def is_number(text: str) -> bool:
    """Whether the services will read `text` as a number (a decimal comma is fine)."""
    try:
        numbers.parse(text)
    except ValueError:
        return False
    return True
