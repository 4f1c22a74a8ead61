"""The command line's language (`--lang tr|en`): the messages it prints (errors, and the
catalogue messages of its output) rendered with the compiled translations the windows use.

The .qm file is read with QtCore's QTranslator alone: no QApplication, no window, no
widgets. English (the default) needs no Qt at all; cli.py imports this module only for
another language, so the command line stays light.
"""

from __future__ import annotations

from csmm_desktop.config import i18n_path
from csmm_desktop.messages import Translate

LANGUAGES = ("en", "tr")


def translator(lang: str | None) -> Translate | None:
    """translate(context, text) for `lang`, or None for English (or when the compiled
    translations cannot be read: the messages then stay in English)."""
    if not lang or lang == "en":
        return None
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    if not qt.load(str(i18n_path(f"csmm_desktop_{lang}.qm"))):
        return None

    def translate(context: str, text: str) -> str:  # keeps `qt` alive as long as it is used
        return qt.translate(context, text) or text

    return translate
