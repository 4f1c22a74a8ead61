"""The UI language: our translations plus Qt's own (dialog buttons), switched live."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from csmm_desktop.config import i18n_path

LANGUAGES = ("en", "tr")


def system_language() -> str:
    """The first start follows the system locale; anything but Turkish means English."""
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


class LanguageManager(QObject):
    """Installs and swaps translators. Installing them sends LanguageChange to every
    widget, which retranslates itself."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []  # keep references, or Qt drops them
        self.current = "en"

    def apply(self, lang: str) -> str:
        lang = lang if lang in LANGUAGES else "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if lang != "en":
            ours = QTranslator(self)
            if ours.load(str(i18n_path(f"csmm_desktop_{lang}.qm"))):
                self._translators.append(ours)
            qt_own = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # the bundle carries Qt's file next to ours; an installed PySide6 has it in Qt's
            if qt_own.load(f"qtbase_{lang}", str(i18n_path())) or qt_own.load(
                f"qtbase_{lang}", qt_dir
            ):
                self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
            if lang == "tr"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.current = lang
        return lang


def current_language() -> str:
    """The UI language now ("tr" or "en"), for texts that live in data (the form)."""
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"
