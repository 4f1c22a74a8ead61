"""Translatable names of the model's constant keys (stages, roles) for the UI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STAGE_NAMES = {
    "initial": QT_TRANSLATE_NOOP("Labels", "Initial"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "measured": QT_TRANSLATE_NOOP("Labels", "Measured"),
    "optimized": QT_TRANSLATE_NOOP("Labels", "Optimized"),
}
ROLE_NAMES = {
    "management": QT_TRANSLATE_NOOP("Labels", "Management"),
    "employee": QT_TRANSLATE_NOOP("Labels", "Employee"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client (customer)"),
}


def stage_name(key: str | None) -> str:
    if not key:
        return "—"
    return QCoreApplication.translate("Labels", STAGE_NAMES.get(key, key))


def role_name(key: str) -> str:
    return QCoreApplication.translate("Labels", ROLE_NAMES.get(key, key))
