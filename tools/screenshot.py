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
    parser.add_argument("--wizard", action="store_true", help="also every wizard section")
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
    panel = window.panel
    for index in range(1, panel.ui.tabs.count()):
        panel.ui.tabs.setCurrentIndex(index)
        for _ in range(10):
            app.processEvents()
        tab = panel.ui.tabs.widget(index)
        name = out / f"tab_{type(tab).__name__}_{args.lang}.png"
        window.grab().save(str(name))
        print(name)
        if type(tab).__name__ == "DashboardTab":
            for row in range(1, tab.ui.chartList.count()):
                tab.ui.chartList.setCurrentRow(row)
                for _ in range(10):
                    app.processEvents()
                chart = out / f"dashboard_{tab.current_chart()}_{args.lang}.png"
                tab.grab().save(str(chart))
                print(chart)
            tab.ui.chartList.setCurrentRow(0)
    panel.ui.tabs.setCurrentIndex(0)
    if args.wizard:
        from csmm_desktop.services import assessment, clients

        client = clients.list_clients(db)[0]
        snap = clients.list_snapshots(db, client.id)[0]
        for role in ("management", "employee", "client"):
            fresh = assessment.add_respondent(db, snap.id, role)
            wizard = window.open_wizard(fresh.id)
            wizard.resize(1280, 800)
            for index, section in enumerate(wizard.sections):
                wizard.show_section(index)
                page = wizard.page(index)
                if section.id == "2.4":
                    page.focus_question(len(page.questions) - 2)  # the 0-10 question
                if page.questions:  # answer two so the look of an answer shows
                    choices = page.questions[0].question.answer_choices()
                    page.questions[0].answer(choices[len(choices) // 2][0])
                    if section.id != "2.4":
                        page.focus_question(1)
                for _ in range(5):
                    app.processEvents()
                name = out / f"wizard_{section.id}_{args.lang}.png"
                wizard.grab().save(str(name))
                print(name)
            wizard.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
