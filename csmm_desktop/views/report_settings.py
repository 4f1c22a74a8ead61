"""What the reports print besides the data: the consultancy profile (Settings → Consultancy
profile…), and per snapshot the key messages and the report's version (Key messages… on the
snapshot's context menu and in the Edit menu). Both dialogs save before they close through
the service (views/save_dialog.py): a refusal keeps the dialog open with what was typed.

`ReportSettings(window)` adds the menu entries to the main window; `attach(panel)` wires the
snapshot's entry once the client panel exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmm_desktop.services import issuer as I
from csmm_desktop.services import voice as V
from csmm_desktop.services.engagement import suggest_actions_for_snapshot
from csmm_desktop.views import dialogs, print_check, theme
from csmm_desktop.views.labels import ROLE_NAMES, role_name
from csmm_desktop.views.language import current_language
from csmm_desktop.views.save_dialog import SaveDialog
from csmm_desktop.views.writes import attempt

if TYPE_CHECKING:
    from csmm_desktop.views.client_panel import ClientPanel


def text(texts: dict[str, str], lang: str) -> str:
    """A bilingual {"en", "tr"} text in `lang`."""
    return texts.get(lang) or texts.get("en") or ""


class _Form:
    """Stands in for a Designer form: SaveDialog calls retranslateUi on a language change."""

    def __init__(self, retranslate: Callable[[], None]) -> None:
        self._retranslate = retranslate
        self.buttonBox: QDialogButtonBox | None = None

    def retranslateUi(self, _dialog: Any) -> None:  # noqa: N802 - Qt's name
        self._retranslate()


class ProfileDialog(SaveDialog):
    """The consultancy profile. values(): name, consultant, contact, confidentiality,
    logo (None: keep the stored one, "": remove it, a path: copy that picture) and the
    blank forms' privacy notice ("": the default text)."""

    def __init__(
        self,
        parent: QWidget | None,
        profile: I.Issuer,
        save: Callable[[dict], object] | None = None,
        has_logo: bool = False,
    ):
        super().__init__(parent, save)
        self.ui = _Form(self._retranslate)
        self.logo: str | None = None
        self._has_logo = has_logo
        self.nameEdit = QLineEdit(profile.name)
        self.consultantEdit = QLineEdit(profile.consultant)
        self.contactEdit = QPlainTextEdit(profile.contact)
        self.contactEdit.setMaximumHeight(70)
        self.confidentialityEdit = QLineEdit(profile.confidentiality)
        self.privacyEdit = QPlainTextEdit(profile.privacy_notice)
        self.privacyEdit.setMaximumHeight(90)
        self.logoLabel = QLabel()
        self.chooseButton = QPushButton()
        self.removeButton = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logoLabel, 1)
        logo_row.addWidget(self.chooseButton)
        logo_row.addWidget(self.removeButton)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        fields = (self.nameEdit, self.consultantEdit, self.contactEdit, self.confidentialityEdit)
        rows = (*fields, logo_row, self.privacyEdit)
        for label, field in zip(self.labels, rows, strict=True):
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ui.buttonBox = self.buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.chooseButton.clicked.connect(self._choose)
        self.removeButton.clicked.connect(self._remove)
        print_check.watch(*fields, self.privacyEdit)
        self.resize(520, 0)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consultancy profile"))
        labels = (
            self.tr("Consultancy"),
            self.tr("Consultant"),
            self.tr("Contact"),
            self.tr("Confidentiality line"),
            self.tr("Logo"),
            self.tr("Privacy notice"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.chooseButton.setText(self.tr("Choose…"))
        self.removeButton.setText(self.tr("Remove"))
        self.privacyEdit.setPlaceholderText(
            self.tr("Empty: the blank forms print a standard KVKK / privacy notice.")
        )
        self.hint.setText(
            self.tr(
                "Printed on the cover, the header and the footer of every report. The logo "
                "(PNG or JPEG) is copied into the data folder. The privacy notice is printed "
                "on the first page of every blank form."
            )
        )
        self._show_logo()

    def _show_logo(self) -> None:
        if self.logo:
            self.logoLabel.setText(self.logo)
        elif self.logo is None and self._has_logo:
            self.logoLabel.setText(self.tr("A logo is stored."))
        else:
            self.logoLabel.setText(self.tr("No logo"))
        self.removeButton.setEnabled(bool(self.logo) or (self.logo is None and self._has_logo))

    def _choose(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo = path
            self._show_logo()

    def _remove(self) -> None:
        self.logo = ""
        self._show_logo()

    def values(self) -> dict:
        return {
            "name": self.nameEdit.text(),
            "consultant": self.consultantEdit.text(),
            "contact": self.contactEdit.toPlainText(),
            "confidentiality": self.confidentialityEdit.text(),
            "logo": self.logo,
            "privacy_notice": self.privacyEdit.toPlainText(),
        }


# Item roles of the recommendation list (plain integers: Qt.ItemDataRole.UserRole is 0x0100)
TOPIC_ROLE = 0x0100  # the topic id
SUGGESTED_ROLE = 0x0102  # the ranking's text
EDITED_ROLE = 0x0103  # the consultant's text ("" for none)
HEADING_ROLE = 0x0104  # topic id and title


class KeyMessagesDialog(SaveDialog):
    """The key messages of a snapshot's report, its recommendations (chosen, ordered and
    reworded) and its version number."""

    def __init__(
        self,
        parent: QWidget | None,
        meta: I.ReportMeta,
        save: Callable[[dict], object] | None = None,
        candidates: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    ):
        """`candidates`: the ranking's recommendations still to do, (topic id, heading,
        suggested text), in rank order; the first I.RECOMMENDATIONS are printed unless the
        consultant chooses. The text printed is the consultant's, where it was edited."""
        super().__init__(parent, save)
        self.ui = _Form(self._retranslate)
        self.candidates = list(candidates)
        self._showing = False
        self.textEdit = QPlainTextEdit(meta.key_messages)
        self.recommendationsLabel = QLabel()
        self.recommendationsLabel.setWordWrap(True)
        self.recommendationList = QListWidget()
        self.upButton = QPushButton()
        self.downButton = QPushButton()
        known = {t for t, _h, _x in self.candidates}
        if meta.recommendations is None:
            order = [t for t, _h, _x in self.candidates]
            chosen = set(order[: I.RECOMMENDATIONS])
        else:
            kept = [t for t in meta.recommendations if t in known]
            order = kept + [t for t, _h, _x in self.candidates if t not in kept]
            chosen = set(kept[: I.RECOMMENDATIONS])  # what the documents print
        from PySide6.QtCore import Qt  # not before the first paint: views/first_screen.py

        rows = {t: (h, x) for t, h, x in self.candidates}
        for topic_id in order:
            heading, suggested = rows[topic_id]
            item = QListWidgetItem()
            item.setData(TOPIC_ROLE, topic_id)
            item.setData(SUGGESTED_ROLE, suggested)
            item.setData(HEADING_ROLE, heading)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = topic_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._set_text(item, heading, meta.text_of(topic_id))
            self.recommendationList.addItem(item)
        self.recommendationList.itemChanged.connect(self._at_most)
        self.limitLabel = QLabel()
        self.limitLabel.setWordWrap(True)
        self.limitLabel.setStyleSheet(f"color: {theme.WARNING};")
        self.limitLabel.hide()
        self.upButton.clicked.connect(lambda: self._move(-1))
        self.downButton.clicked.connect(lambda: self._move(1))
        moves = QVBoxLayout()
        moves.addWidget(self.upButton)
        moves.addWidget(self.downButton)
        moves.addStretch(1)
        ranked = QHBoxLayout()
        ranked.addWidget(self.recommendationList, 1)
        ranked.addLayout(moves)
        self.wordingLabel = QLabel()
        self.wordingLabel.setWordWrap(True)
        self.wordingEdit = QPlainTextEdit()
        self.wordingEdit.setMaximumHeight(70)
        self.resetButton = QPushButton()
        wording = QHBoxLayout()
        wording.addWidget(self.wordingEdit, 1)
        wording.addWidget(self.resetButton)
        self.recommendationList.currentRowChanged.connect(self._show_wording)
        self.wordingEdit.textChanged.connect(self._edited)
        self.resetButton.clicked.connect(self._reset)
        self.versionSpin = QSpinBox()
        self.versionSpin.setRange(1, 999)
        self.versionSpin.setValue(meta.version)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.versionLabel = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.versionLabel)
        row.addWidget(self.versionSpin)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ui.buttonBox = self.buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.textEdit)
        if self.candidates:
            layout.addWidget(self.recommendationsLabel)
            layout.addLayout(ranked)
            layout.addWidget(self.limitLabel)
            layout.addWidget(self.wordingLabel)
            layout.addLayout(wording)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 660 if self.candidates else 380)
        if self.candidates:
            self.recommendationList.setCurrentRow(0)
        self._show_wording()
        print_check.watch(self.textEdit, *([self.wordingEdit] if self.candidates else []))
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Key messages"))
        self.intro.setText(
            self.tr(
                "Your own words for the executive summary of this snapshot's report, in the "
                "report's language (optional; one paragraph per line)."
            )
        )
        self.versionLabel.setText(self.tr("Report version"))
        self.recommendationsLabel.setText(
            self.tr(
                "Recommendations on the summary, in this order (at most %1): tick, untick and "
                "move them; the ranking proposes the first ones."
            ).replace("%1", str(I.RECOMMENDATIONS))
        )
        self.upButton.setText(self.tr("Up"))
        self.downButton.setText(self.tr("Down"))
        self.wordingLabel.setText(
            self.tr(
                "The selected recommendation as the report prints it: reword it if you "
                "like (in the report's language)."
            )
        )
        self.resetButton.setText(self.tr("Reset to suggested text"))
        self.hint.setText(
            self.tr(
                "Printing never changes the version: raise it yourself when you issue a "
                "revised report. Draft or final is chosen when you export."
            )
        )

    def _at_most(self, item: QListWidgetItem) -> None:
        """A tick beyond I.RECOMMENDATIONS is taken back, and the dialog says why: the
        summary prints that many, and the list must not show more as chosen."""
        from PySide6.QtCore import Qt

        if item.checkState() != Qt.CheckState.Checked:
            self.limitLabel.hide()
            return
        items = (self.recommendationList.item(i) for i in range(self.recommendationList.count()))
        if sum(i.checkState() == Qt.CheckState.Checked for i in items) <= I.RECOMMENDATIONS:
            return
        item.setCheckState(Qt.CheckState.Unchecked)
        self.limitLabel.setText(
            self.tr("The summary prints at most %1 recommendations: untick one first.").replace(
                "%1", str(I.RECOMMENDATIONS)
            )
        )
        self.limitLabel.show()

    @staticmethod
    def _set_text(item: QListWidgetItem, heading: str, edited: str) -> None:
        """The item as listed: heading and printed text; italic when it is reworded."""
        item.setData(EDITED_ROLE, edited)
        shown = " ".join((edited or item.data(SUGGESTED_ROLE)).split())
        item.setText(f"{heading} – {shown}")
        item.setToolTip(shown)  # the list may be narrower than the text
        font = item.font()
        font.setItalic(bool(edited))
        item.setFont(font)

    def _show_wording(self, _row: int = -1) -> None:
        item = self.recommendationList.currentItem()
        self._showing = True  # not an edit (the print warning still follows the text)
        self.wordingEdit.setPlainText(
            "" if item is None else item.data(EDITED_ROLE) or item.data(SUGGESTED_ROLE)
        )
        self._showing = False
        self.wordingEdit.setEnabled(item is not None)
        self.resetButton.setEnabled(item is not None and bool(item.data(EDITED_ROLE)))

    def _edited(self) -> None:
        item = self.recommendationList.currentItem()
        if item is None or self._showing:
            return
        typed = self.wordingEdit.toPlainText()
        same = typed.strip() in ("", item.data(SUGGESTED_ROLE).strip())
        self._set_text(item, item.data(HEADING_ROLE), "" if same else typed)
        self.resetButton.setEnabled(not same)

    def _reset(self) -> None:
        item = self.recommendationList.currentItem()
        if item is not None:
            self._set_text(item, item.data(HEADING_ROLE), "")
            self._show_wording()

    def _move(self, step: int) -> None:
        row = self.recommendationList.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.recommendationList.count():
            return
        item = self.recommendationList.takeItem(row)
        self.recommendationList.insertItem(to, item)
        self.recommendationList.setCurrentRow(to)

    def _items(self) -> list[QListWidgetItem]:
        listed = self.recommendationList
        return [listed.item(i) for i in range(listed.count())]

    def chosen(self) -> list[str]:
        from PySide6.QtCore import Qt

        return [
            item.data(TOPIC_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def edited(self) -> dict[str, str]:
        """{topic id: the consultant's text} of the recommendations reworded."""
        return {
            item.data(TOPIC_ROLE): item.data(EDITED_ROLE)
            for item in self._items()
            if item.data(EDITED_ROLE)
        }

    def values(self) -> dict:
        chosen = self.chosen()
        default = [t for t, _h, _x in self.candidates][: I.RECOMMENDATIONS]
        return {
            "key_messages": self.textEdit.toPlainText(),
            "version": self.versionSpin.value(),
            # as the ranking proposes: stored as "the ranking", so it follows new answers
            "recommendations": None if chosen == default else chosen,
            "texts": self.edited(),
        }


class QuoteThemesDialog(SaveDialog):
    """A snapshot's free-text answers, each with a theme field (completion from the themes
    the client's answers already have). values(): {(respondent id, question id): theme}
    of the answers whose theme was changed ("" clears one)."""

    def __init__(
        self,
        parent: QWidget | None,
        answers: list[V.OpenAnswer],
        themes: list[str],
        save: Callable[[dict], object] | None = None,
        roles: dict[str, str] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = _Form(self._retranslate)
        self.answers = list(answers)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.answers), 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        from PySide6.QtCore import Qt  # not at import: views/first_screen.py

        self.completer = QCompleter(themes, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edits: list[QLineEdit] = []
        for row, answer in enumerate(self.answers):
            role = (roles or {}).get(answer.role, answer.role)
            for col, value in enumerate((answer.question_id, role, answer.text)):
                item = QTableWidgetItem(value)
                item.setToolTip(answer.text if col == 2 else f"{answer.respondent} · {role}")
                self.table.setItem(row, col, item)
            edit = QLineEdit(answer.theme)
            edit.setMaxLength(V.THEME_MAX)
            edit.setCompleter(self.completer)
            self.table.setCellWidget(row, 3, edit)
            self.edits.append(edit)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 420)
        self.table.setColumnWidth(3, 180)
        self.table.resizeRowsToContents()
        self.empty = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ui.buttonBox = self.buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table if self.answers else self.empty, 1)
        self.printWarning = print_check.shared(*self.edits)
        layout.addWidget(self.printWarning)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(840, 560)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quote themes"))
        self.intro.setText(
            self.tr(
                'Give the free-text answers a theme (a few words, such as "Waiting times"): '
                "the report groups the open feedback by theme, with counts and example "
                "quotes. Answers left without a theme are listed after the themes."
            )
        )
        self.empty.setText(self.tr("This snapshot has no free-text answers."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Role"), self.tr("Answer"), self.tr("Theme")]
        )

    def values(self) -> dict:
        return {
            (a.respondent_id, a.question_id): edit.text().strip()
            for a, edit in zip(self.answers, self.edits, strict=True)
            if edit.text().strip() != a.theme
        }


class ReportSettings(QObject):
    """The main window's entries for the profile and the key messages."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel: ClientPanel | None = None
        self.menu = QMenu(window.menuBar())
        window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), self.menu)
        self.profileAction = QAction(window)
        self.profileAction.triggered.connect(self.edit_profile)
        self.menu.addAction(self.profileAction)
        self.keyMessagesAction = QAction(window)
        self.keyMessagesAction.setEnabled(False)
        self.keyMessagesAction.triggered.connect(self.edit_key_messages)
        window.ui.menuEdit.insertAction(window.ui.actionDeleteSnapshot, self.keyMessagesAction)
        self.themesAction = QAction(window)
        self.themesAction.setEnabled(False)
        self.themesAction.triggered.connect(self.edit_quote_themes)
        window.ui.menuEdit.insertAction(window.ui.actionDeleteSnapshot, self.themesAction)
        window.installEventFilter(self)
        self._retranslate()

    def attach(self, panel: ClientPanel) -> None:
        self.panel = panel
        panel.ui.snapshotTable.addAction(self.keyMessagesAction)
        panel.ui.snapshotTable.addAction(self.themesAction)
        panel.snapshotSelected.connect(lambda _id: self._update())
        self._update()

    def _update(self) -> None:
        chosen = bool(self.panel and self.panel.current_snapshot_id())
        self.keyMessagesAction.setEnabled(chosen)
        self.themesAction.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Settings"))
        self.profileAction.setText(self.tr("Consultancy profile…"))
        self.keyMessagesAction.setText(self.tr("Key messages…"))
        self.themesAction.setText(self.tr("Quote themes…"))

    def edit_profile(self) -> ProfileDialog | None:
        db = self.window.db
        title = self.tr("Consultancy profile")
        profile = attempt(self.window, title, I.get_issuer, db)
        if profile is None:
            return None
        dialog = ProfileDialog(
            self.window,
            profile,
            save=lambda values: I.save_issuer(db, **values),
            has_logo=I.logo_path(db, profile) is not None,
        )
        dialog.exec()
        return dialog

    def edit_key_messages(self) -> KeyMessagesDialog | None:
        snapshot_id = self.panel.current_snapshot_id() if self.panel else ""
        if not snapshot_id:
            return None
        db = self.window.db
        title = self.tr("Key messages")
        meta = attempt(self.window, title, I.get_report_meta, db, snapshot_id)
        found = meta and attempt(
            self.window, title, suggest_actions_for_snapshot, db, snapshot_id, 6
        )
        if meta is None or found is None:
            return None
        lang = current_language()
        candidates = [
            (s.topic_id, f"{s.topic_id} {text(s.topic_title, lang)}", text(s.actions[0], lang))
            for s in found
            if s.done is None
        ]
        dialog = KeyMessagesDialog(
            self.window,
            meta,
            save=lambda values: I.save_report_meta(db, snapshot_id, **values),
            candidates=candidates,
        )
        dialog.exec()
        return dialog

    def edit_quote_themes(self) -> QuoteThemesDialog | None:
        snapshot_id = self.panel.current_snapshot_id() if self.panel else ""
        if not snapshot_id:
            return None
        db = self.window.db
        title = self.tr("Quote themes")
        answers = attempt(self.window, title, V.open_answers, db, snapshot_id)
        client_id = self.panel.client_id if self.panel else ""
        if answers is None:
            return None
        themes = attempt(self.window, title, V.themes_in_use, db, client_id)
        if themes is None:
            return None
        dialog = QuoteThemesDialog(
            self.window,
            answers,
            themes,
            save=lambda values: V.set_themes(db, values),
            roles={key: role_name(key) for key in ROLE_NAMES},
        )
        dialog.exec()
        return dialog
