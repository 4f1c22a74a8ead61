"""Pick KPIs from the bundled suggestions (worded in the UI language) to add to a client."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from csmm_desktop.forms.ui_kpi_suggestions_dialog import Ui_KpiSuggestionsDialog

# The list of suggestions is not re-exported by services.engagement (only one by key).
from csmm_desktop.services.engagement import KPI_DIRECTIONS, fold, suggested_kpis
from csmm_desktop.views import geometry
from csmm_desktop.views.engagement.kpis_status import with_unit
from csmm_desktop.views.language import current_language

KEY_ROLE = Qt.ItemDataRole.UserRole


class KpiSuggestionsDialog(QDialog):
    """Suggestions the client already has (by name, in either language) are shown greyed."""

    def __init__(self, parent: QWidget | None = None, defined_names: list[str] | None = None):
        super().__init__(parent)
        geometry.keep_on_screen(self)  # opens inside the screen
        self.ui = Ui_KpiSuggestionsDialog()
        self.ui.setupUi(self)
        defined = {fold(name) for name in defined_names or []}
        self._taken: set[str] = set()
        for suggestion in suggested_kpis():
            item = QListWidgetItem()
            item.setData(KEY_ROLE, suggestion.key)
            if defined & {fold(text) for text in suggestion.name.values()}:
                self._taken.add(suggestion.key)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.suggestionList.addItem(item)
        self.ui.suggestionList.currentItemChanged.connect(lambda *_a: self._describe())
        self.ui.suggestionList.itemChanged.connect(lambda _item: self._validate())
        self.ui.suggestionList.itemActivated.connect(self._toggle)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        lang = current_language()
        by_key = {s.key: s for s in suggested_kpis()}
        for row in range(self.ui.suggestionList.count()):
            item = self.ui.suggestionList.item(row)
            s = by_key[item.data(KEY_ROLE)]
            unit = s.unit.get(lang) or s.unit["en"]
            target = (
                self.tr("target %1").replace("%1", with_unit(s.target, unit))
                if s.target is not None
                else self.tr("no target")
            )
            text = f"{s.name[lang]} · {KPI_DIRECTIONS[s.direction][lang].lower()} · {target}"
            if s.key in self._taken:
                text += " " + self.tr("(already defined)")
            item.setText(text)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add"))
        self._describe()
        self._validate()

    def _describe(self) -> None:
        item = self.ui.suggestionList.currentItem()
        if item is None:
            self.ui.descriptionLabel.setText(self.tr("Select a KPI to read what it measures."))
            return
        s = next(s for s in suggested_kpis() if s.key == item.data(KEY_ROLE))
        self.ui.descriptionLabel.setText(s.description[current_language()])

    def _toggle(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _validate(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.selected_keys()))

    def selected_keys(self) -> list[str]:
        items = (self.ui.suggestionList.item(r) for r in range(self.ui.suggestionList.count()))
        return [i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def check(self, key: str) -> None:
        """Tick a suggestion (as a click on its box would)."""
        for row in range(self.ui.suggestionList.count()):
            item = self.ui.suggestionList.item(row)
            if item.data(KEY_ROLE) == key and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def critical(self) -> bool:
        return self.ui.criticalCheck.isChecked()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
