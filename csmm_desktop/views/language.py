"""The UI language: our translations plus Qt's own (dialog buttons), switched live."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from csmm_desktop.config import i18n_path

LANGUAGES = ("en", "tr")
SHORTCUT_RE = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|[A-Z0-9]|Del|Delete|Ins|Insert|Esc)")
STRETCH_ENV = "CSMM_STRETCH"  # e.g. CSMM_STRETCH=1.4: every UI text 40 % longer (debugging)


class StretchTranslator(QTranslator):
    """Debug aid: makes every translated text longer, to find labels that would cut off
    longer wording (Turkish often runs 20-40 % longer than English). Placeholders and
    accelerators are kept; the padding goes at the end of the text."""

    def __init__(self, inner: QTranslator | None, factor: float, parent: QObject | None = None):
        super().__init__(parent)
        self.inner = inner
        self.factor = factor

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        text = ""
        if self.inner is not None:
            text = self.inner.translate(context, source, disambiguation, n)
        text = text or source
        if not text or SHORTCUT_RE.fullmatch(text):
            return text  # shortcuts ("Ctrl+N", "F5", "Shift+F2") stay shortcuts
        extra = max(1, round(len(text) * (self.factor - 1)))
        return text + " " + "ğ" * extra

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class KeyNames(QTranslator):
    """Shortcuts as Turkish keyboards print them: "Ctrl+N", "Shift+F2". Qt's Turkish file
    names the keys in words ("Kontrol+N", "Üst Karakter+F2") wherever a shortcut is shown
    (menus, tooltips: QKeySequence.toString(NativeText) asks the "QShortcut" context);
    installed last, this one is asked first and keeps those names as the keys say."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return source if context == "QShortcut" else None  # None: not ours, ask the next

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _stretch_factor() -> float:
    import os

    try:
        return float(os.environ.get(STRETCH_ENV, "1") or 1)
    except ValueError:
        return 1.0


def system_language() -> str:
    """The first start follows the system locale; anything but Turkish means English."""
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


class LanguageManager(QObject):
    """Installs and swaps translators. Installing them sends LanguageChange to every
    widget, which retranslates itself. English has a translator too: the source texts are
    English, but a count's noun needs its plural forms ("1 action" / "3 actions"), which
    only a translation file gives (csmm_desktop_en.qm holds the plural messages only)."""

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
        ours = QTranslator(self)
        ours.setObjectName("ours")
        if ours.load(str(i18n_path(f"csmm_desktop_{lang}.qm"))):
            self._translators.append(ours)
        if lang != "en":
            qt_own = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # the bundle carries Qt's file next to ours; an installed PySide6 has it in Qt's
            if qt_own.load(f"qtbase_{lang}", str(i18n_path())) or qt_own.load(
                f"qtbase_{lang}", qt_dir
            ):
                self._translators.append(qt_own)
        factor = _stretch_factor()
        if factor > 1:
            ours = next((t for t in self._translators if t.objectName() == "ours"), None)
            self._translators.append(StretchTranslator(ours, factor, self))
        if lang != "en":
            self._translators.append(KeyNames(self))  # installed last: asked first
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
