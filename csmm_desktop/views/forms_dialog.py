"""Settings → Forms…: the form versions (bundled and custom), each one's sections, topics
and questions in a tree; import a form workbook, export a version as one, and choose the
version new snapshots get (kept in QSettings "defaultFormVersion").

`install(window)` adds the entry to the main window's Settings menu (made by
views/report_settings.py) and applies the saved default. The dialog is modeless; every
message and file dialog goes through views/dialogs.py, every write through writes.attempt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.domain import form as forms
from csmm_desktop.services import form_store
from csmm_desktop.views import dialogs
from csmm_desktop.views.language import current_language
from csmm_desktop.views.writes import attempt

SETTING = "defaultFormVersion"


# the crosswalk's relations as the tree shows them (domain/form.py RELATIONS)
RELATION_NAMES = {
    "same": QT_TRANSLATE_NOOP("FormsDialog", "same"),
    "reworded": QT_TRANSLATE_NOOP("FormsDialog", "re-worded"),
    "moved": QT_TRANSLATE_NOOP("FormsDialog", "moved"),
    "split": QT_TRANSLATE_NOOP("FormsDialog", "split"),
    "merged": QT_TRANSLATE_NOOP("FormsDialog", "merged"),
    "dropped": QT_TRANSLATE_NOOP("FormsDialog", "dropped"),
    "new": QT_TRANSLATE_NOOP("FormsDialog", "new"),
}


def relation_name(relation: str) -> str:
    found = RELATION_NAMES.get(relation)
    return QCoreApplication.translate("FormsDialog", found) if found else relation


def _text(texts: dict[str, str] | None, lang: str) -> str:
    texts = texts or {}
    return texts.get(lang) or texts.get("en") or ""


def apply_default(settings: Any) -> None:
    """The saved default form version, for new snapshots (an unknown one: the newest)."""
    forms.set_new_snapshot_default(str(settings.value(SETTING, "") or "") or None)


class FormsDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Any, settings: Any) -> None:
        super().__init__(parent)
        self.setObjectName("formsDialog")
        self.db = db
        self.settings = settings
        self.resize(820, 560)
        self.versions = QListWidget(self)
        self.versions.setObjectName("formVersions")
        # versions of one title differ only after it (custom, default): wrap, never cut
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("formTree")
        self.tree.setColumnCount(2)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.importButton = QPushButton(self)
        self.exportButton = QPushButton(self)
        self.defaultButton = QPushButton(self)
        self.closeButton = QPushButton(self)
        left = QVBoxLayout()
        left.addWidget(self.versions)
        left.addWidget(self.note)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.tree, 3)
        buttons = QHBoxLayout()
        for b in (self.importButton, self.exportButton, self.defaultButton):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.versions.currentItemChanged.connect(lambda *_: self.show_form())
        self.importButton.clicked.connect(self.import_form)
        self.exportButton.clicked.connect(self.export_form)
        self.defaultButton.clicked.connect(self.make_default)
        self.closeButton.clicked.connect(self.close)
        self.retranslate()
        self.reload()

    # --- what is shown ---

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forms"))
        self.tree.setHeaderLabels([self.tr("Id"), self.tr("Text")])
        self.importButton.setText(self.tr("Import…"))
        self.exportButton.setText(self.tr("Export…"))
        self.defaultButton.setText(self.tr("Use for new snapshots"))
        self.closeButton.setText(self.tr("Close"))
        self.note.setText(
            self.tr(
                "A snapshot keeps the form version it was created with. Import a workbook "
                "exported here, edited, with a new version in its sheet “settings”."
            )
        )
        if self.versions.count():
            self.reload(self.current_version())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_version(self) -> str:
        item = self.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def reload(self, select: str = "") -> None:
        infos = attempt(self, self.tr("Forms"), form_store.list_forms, self.db) or []
        default = forms.new_snapshot_version()
        self.versions.blockSignals(True)
        self.versions.clear()
        lang = current_language()
        for info in infos:
            kind = self.tr("custom") if info.custom else self.tr("bundled")
            label = f"{info.version} — {_text(info.title, lang)} ({kind})"
            if info.version == default:
                label += " · " + self.tr("default")
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, info.version)
            self.versions.addItem(item)
            if info.version == (select or default):
                self.versions.setCurrentItem(item)
        self.versions.blockSignals(False)
        self.show_form()

    def show_form(self) -> None:
        self.tree.clear()
        version = self.current_version()
        self.exportButton.setEnabled(bool(version))
        self.defaultButton.setEnabled(bool(version))
        if not version:
            return
        form = attempt(self, self.tr("Forms"), forms.load_form, version)
        if form is None:
            return
        lang = current_language()
        for section in form.sections.values():
            roles = ", ".join(_text(form.role_names[r], lang) for r in section.roles)
            s_item = QTreeWidgetItem(
                self.tree, [section.id, f"{_text(section.title, lang)} ({roles})"]
            )
            for topic in section.topics:
                t_item = QTreeWidgetItem(s_item, [topic.id, _text(topic.title, lang)])
                for q in topic.questions:
                    QTreeWidgetItem(t_item, [q.id, f"{q.text(lang)} [{q.scale.key}]"])
        self._show_crosswalk(form)
        self.tree.resizeColumnToContents(0)

    def _show_crosswalk(self, form: forms.Form) -> None:
        """After the sections: how the form's questions relate to earlier versions, one
        branch per earlier version ("1.1.2-3  split ← 1.1.2-1")."""
        if not form.crosswalk:
            return
        top = QTreeWidgetItem(self.tree, [self.tr("Crosswalk"), ""])
        top.setData(0, Qt.ItemDataRole.UserRole, "crosswalk")
        branches: dict[str, QTreeWidgetItem] = {}
        for row in form.crosswalk:
            branch = branches.get(row.earlier_version)
            if branch is None:
                text = self.tr("to form version %1").replace("%1", row.earlier_version)
                branch = branches[row.earlier_version] = QTreeWidgetItem(top, [text, ""])
            earlier = ", ".join(row.earlier)
            what = relation_name(row.relation) + (f" ← {earlier}" if earlier else "")
            QTreeWidgetItem(branch, [row.question or "–", what])

    # --- actions ---

    def import_form(self) -> str | None:
        title = self.tr("Import form")
        path = dialogs.open_file(self, title, self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        version = attempt(self, title, form_store.import_xlsx, self.db, path)
        if version is None:
            return None
        self.reload(version)
        dialogs.inform(self, title, self.tr("Form version %1 was imported.").replace("%1", version))
        return version

    def export_form(self) -> str | None:
        version = self.current_version()
        if not version:
            return None
        title = self.tr("Export form")
        path = dialogs.save_file(
            self, title, f"csmm_form_{version}.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        written = attempt(self, title, form_store.export_xlsx, version, path, self.db)
        return str(written) if written is not None else None

    def make_default(self) -> None:
        version = self.current_version()
        if not version:
            return
        self.settings.setValue(SETTING, version)
        forms.set_new_snapshot_default(version)
        self.reload(version)


class FormsSettings(QObject):
    """The Settings menu's Forms… entry."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: FormsDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionForms")
        self.action.triggered.connect(self.open)
        window.report_settings.menu.addAction(self.action)
        window.installEventFilter(self)
        apply_default(window.settings)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Forms…"))

    def open(self) -> FormsDialog | None:
        if self.window.db is None:
            return None
        if self.dialog is None or self.dialog.db is not self.window.db:
            self.dialog = FormsDialog(self.window, self.window.db, self.window.settings)
        else:
            self.dialog.reload(self.dialog.current_version())
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


def install(window: Any) -> FormsSettings:
    """Settings → Forms…; call once the window's Settings menu exists."""
    window.forms_settings = FormsSettings(window)
    return window.forms_settings
