"""Screenshots of the main screens for looking at them (and for the README).

Usage: python tools/screenshot.py OUT_DIR [--lang en|tr]   (run under Xvfb: xvfb-run -a ...)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from csmm_desktop.app import register_fonts
    from csmm_desktop.services.demo import add_demo
    from csmm_desktop.store import open_store
    from csmm_desktop.views.language import LanguageManager
    from csmm_desktop.views.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    register_fonts()
    data = Path(tempfile.mkdtemp())
    db = open_store(data)
    add_demo(db)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    language = LanguageManager(app)
    language.apply(args.lang)
    window = MainWindow(db, data, settings, language)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / f"main_{args.lang}.png"))
    print(out / f"main_{args.lang}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
