"""Run in a child process on a screen of a given size (tests/gui/test_room_fit.py): open
the main window and every dialog as the user would, and say which window does not fit
the screen's available area."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget


def settle(app) -> None:
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def outside(window: QWidget, what: str) -> list[str]:
    """What is wrong with `window` on its screen: bigger than the available area, or
    placed partly outside it (its frame counted)."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    problems = []
    if window.width() > area.width() or window.height() > area.height():
        problems.append(
            f"{what}: {window.width()}×{window.height()} on {area.width()}×{area.height()}"
        )
    if not area.adjusted(-2, -2, 2, 2).contains(window.geometry()):
        problems.append(f"{what}: at {window.geometry().getRect()} outside {area.getRect()}")
    if frame.height() > area.height() + 4 or frame.width() > area.width() + 4:
        problems.append(f"{what}: its frame {frame.getRect()} is bigger than {area.getRect()}")
    return problems


def dialogs_to_try(window, db, client_id: str, tmp: Path):
    """Every dialog of the app, built as its caller builds it (not run: shown)."""
    from csmm_desktop.domain.cxboard import NpsBands
    from csmm_desktop.services import issuer as I
    from csmm_desktop.services import voice as V
    from csmm_desktop.views.bundle_flow import ConflictsDialog, PasswordDialog
    from csmm_desktop.views.client_dialog import ClientDialog
    from csmm_desktop.views.crash_dialog import CrashDialog
    from csmm_desktop.views.cxboard.bands_dialog import CxBandsDialog
    from csmm_desktop.views.cxboard.feedback_dialog import CxFeedbackDialog
    from csmm_desktop.views.cxboard.meeting_dialog import CxMeetingDialog
    from csmm_desktop.views.cxboard.nps_counts_dialog import CxNpsCountsDialog
    from csmm_desktop.views.cxboard.project_dialog import CxProjectDialog
    from csmm_desktop.views.cxboard.project_history import Names
    from csmm_desktop.views.cxboard.reason_note_dialog import CxReasonNoteDialog
    from csmm_desktop.views.data_file import RestoreDialog
    from csmm_desktop.views.engagement.action_dialog import ActionDialog
    from csmm_desktop.views.engagement.actions_suggestions_dialog import ActionSuggestionsDialog
    from csmm_desktop.views.engagement.finding_dialog import FindingDialog
    from csmm_desktop.views.engagement.kpi_dialog import KpiDialog
    from csmm_desktop.views.engagement.kpis_suggestions_dialog import KpiSuggestionsDialog
    from csmm_desktop.views.engagement.workshop_dialog import WorkshopDialog
    from csmm_desktop.views.forms_dialog import FormsDialog
    from csmm_desktop.views.help import ShortcutsDialog
    from csmm_desktop.views.import_dialog import ImportDialog
    from csmm_desktop.views.report_dialog import ReportDialog
    from csmm_desktop.views.report_settings import (
        KeyMessagesDialog,
        ProfileDialog,
        QuoteThemesDialog,
    )
    from csmm_desktop.views.snapshot_dialog import SnapshotDialog
    from csmm_desktop.views.trash_dialog import TrashDialog
    from csmm_desktop.views.wizard.pin_dialog import PinDialog
    from csmm_desktop.views.wizard.respondent_dialog import RespondentDialog

    yield "report", lambda: ReportDialog(window, window.panel.snapshot_file_name, str(tmp))
    yield "import", lambda: _import_dialog(window, ImportDialog, tmp)
    yield "snapshot", lambda: SnapshotDialog(window)
    yield "client", lambda: ClientDialog(window)
    yield "respondent", lambda: RespondentDialog(window)
    yield "kpi", lambda: KpiDialog(window)
    yield "kpi suggestions", lambda: KpiSuggestionsDialog(window)
    yield "action", lambda: ActionDialog(window)
    yield "action suggestions", lambda: ActionSuggestionsDialog(window)
    yield "workshop", lambda: WorkshopDialog(window)
    yield "problem", lambda: FindingDialog(window)
    yield "restore", lambda: RestoreDialog(window, tmp)
    yield "crash", lambda: CrashDialog(window, ("x",), "Traceback\n" * 80)
    yield "pin", lambda: PinDialog(window, "PIN", "Type the PIN.", confirm=True)
    yield "nps bands", lambda: CxBandsDialog(window, NpsBands())
    yield "nps counts", lambda: CxNpsCountsDialog(window, NpsBands())
    yield "cx project", lambda: CxProjectDialog(window, None, Names.of_client(db, client_id))
    yield "cx feedback", lambda: CxFeedbackDialog(window, None, {})
    yield "cx meeting", lambda: CxMeetingDialog(window)
    yield "cx reason note", lambda: CxReasonNoteDialog(window, "Billing", None)
    yield "trash", lambda: TrashDialog(window.db, window, lambda: None)
    yield "forms", lambda: FormsDialog(window, window.db, window.settings)
    yield "shortcuts", lambda: ShortcutsDialog(window)
    yield "profile", lambda: ProfileDialog(window, I.Issuer(name="Danışmanlık A.Ş."))
    candidates = [
        (f"1.{n}", f"1.{n} Şikâyet yönetimi", "Müşteri şikâyetlerinin yönetimi. " * 4)
        for n in range(6)
    ]
    yield "key messages", lambda: KeyMessagesDialog(window, I.ReportMeta(), None, candidates)
    answers = [
        V.OpenAnswer(f"r{n}", f"Katılımcı {n}", "customer", "Q1", "Çok uzun bekledim. " * 9, "")
        for n in range(30)
    ]
    yield "quote themes", lambda: QuoteThemesDialog(window, answers, ["Bekleme"], None, {})
    yield "bundle password", lambda: PasswordDialog(window, export=True)
    yield "bundle conflicts", lambda: ConflictsDialog(window, window.db, client_id)


def _import_dialog(window, dialog_class, tmp: Path):
    """The import dialog of an empty template: what is wrong with it, listed."""
    from csmm_desktop.domain.import_problems import ResponseFileError
    from csmm_desktop.services import assessment

    snapshot_id = window.panel.current_snapshot_id()
    path = assessment.write_template(window.db, snapshot_id, tmp / "template.csv")
    try:
        parsed = assessment.check_response_file(window.db, snapshot_id, path)
    except ResponseFileError as exc:
        return dialog_class(window, str(path), None, exc)
    return dialog_class(window, str(path), parsed, None)


def main() -> None:
    root, data, langs = sys.argv[1], Path(sys.argv[2]), sys.argv[3].split(",")
    sys.path.insert(0, root)
    app = QApplication([])
    from csmm_desktop.app import register_fonts
    from csmm_desktop.services import clients
    from csmm_desktop.store import open_store
    from csmm_desktop.views.language import LanguageManager
    from csmm_desktop.views.main_window import MainWindow

    register_fonts()
    db = open_store(data / "data.sqlite")
    client = clients.create_client(db, "Yıldız Bankası")
    clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    language = LanguageManager(app)
    problems: list[str] = []
    for lang in langs:
        language.apply(lang)
        for start in ("first", "saved too big", "saved unreadable"):
            settings = QSettings(str(data / f"{lang}-{start}.ini"), QSettings.Format.IniFormat)
            if start == "saved too big":  # remembered on a bigger screen
                big = QWidget()
                big.setGeometry(QRect(300, 200, 2400, 1500))
                settings.setValue("geometry", QByteArray(big.saveGeometry()))
            elif start == "saved unreadable":  # Qt cannot restore it: the .ui's 1200 × 780 stays
                settings.setValue("geometry", QByteArray(b"not a geometry"))
            window = MainWindow(db, data, settings, language)
            window.show()
            settle(app)
            window.reload_clients(select=client.id)
            window.panel.ui.snapshotTable.selectRow(0)
            settle(app)
            problems += outside(window, f"{lang} main window ({start})")
            if start == "first":
                for name, make in dialogs_to_try(window, db, client.id, data):
                    dialog = make()
                    dialog.show()
                    settle(app)
                    problems += outside(dialog, f"{lang} {name} dialog")
                    dialog.close()
                    dialog.deleteLater()
            window.close()
            settle(app)
    print(json.dumps(problems))


if __name__ == "__main__":
    main()
