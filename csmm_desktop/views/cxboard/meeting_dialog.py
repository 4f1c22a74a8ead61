"""Record or edit a board meeting: date, kind, duration (the services check it against the
kind: metrics 75-90, project review 60-90 minutes), attendees, the agenda by section
(prepared from the data, each item editable), decisions and minutes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidget, QTreeWidgetItem, QWidget

from csmm_desktop.forms.ui_cx_meeting_dialog import Ui_CxMeetingDialog
from csmm_desktop.services import cxboard as cx
from csmm_desktop.views import formatting, print_check
from csmm_desktop.views.cxboard.agenda_sections import section_titles
from csmm_desktop.views.cxboard.project_history import meeting_kind
from csmm_desktop.views.engagement.base import SaveDialog
from csmm_desktop.views.language import current_language

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the AgendaItem a row was built from (None: typed)
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # its text as first shown, to see an edit
Prepare = Callable[[str, str], Sequence[cx.AgendaItem]]  # (kind, YYYY-MM-DD) → agenda


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the tree's width (QTreeView does not measure
    wrapped text itself); the tree lays its rows out again when its width changes."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree
        again = QTimer(tree)
        again.setSingleShot(True)
        again.timeout.connect(tree.doItemsLayout)
        tree.header().sectionResized.connect(lambda *_: again.start(0))

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        depth = 1 if index.parent().isValid() else 0
        width = max(self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 8, 80)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        bounds = QRect(0, 0, width, 100_000)
        text = index.data() or ""
        height = QFontMetrics(font).boundingRect(bounds, Qt.TextFlag.TextWordWrap, text).height()
        return QSize(width, height + 6)


class CxMeetingDialog(SaveDialog):
    """Recording: `proposal` gives the date, kind, length and agenda, `attendees` the usual
    ones and `prepare` builds the agenda again for another kind or date. Editing: `meeting`.
    `save(values)` gets when, kind, duration_min, attendees, agenda, decisions, minutes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        meeting: cx.BoardMeeting | None = None,
        proposal: cx.MeetingProposal | None = None,
        attendees: Sequence[str] = (),
        prepare: Prepare | None = None,
        save: Callable[[dict], object] | None = None,
    ):
        super().__init__(parent, save)
        self.ui = Ui_CxMeetingDialog()
        self.ui.setupUi(self)
        # what they hold is printed in the PDFs: warn of what the font cannot draw
        print_check.watch(self.ui.attendeesEdit, self.ui.decisionsEdit, self.ui.minutesEdit)
        ui = self.ui
        self._editing = meeting is not None
        self._prepare = prepare
        for kind in cx.MEETING_KINDS:
            ui.kindCombo.addItem("", kind)
        ui.agendaTree.setItemDelegate(WrapDelegate(ui.agendaTree))
        source = meeting or proposal
        kind = source.kind if source else cx.MEETING_KINDS[0]
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        self._kind = kind
        day = QDate.fromString(source.date, "yyyy-MM-dd") if source else QDate.currentDate()
        ui.dateEdit.setDate(day)
        ui.durationSpin.setValue(
            source.duration_min if source else cx.meeting_template(kind).default_minutes
        )
        ui.attendeesEdit.setPlainText("\n".join(meeting.attendees if meeting else attendees))
        if meeting is not None:
            ui.decisionsEdit.setPlainText("\n".join(meeting.decisions))
            ui.minutesEdit.setPlainText(meeting.minutes)
        self._fill_agenda(list(source.agenda) if source else [])
        ui.prepareButton.setVisible(prepare is not None)
        ui.kindCombo.currentIndexChanged.connect(self._on_kind)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.removeItemButton.clicked.connect(self.remove_item)
        ui.prepareButton.clicked.connect(self.prepare_again)
        ui.agendaTree.itemSelectionChanged.connect(self._on_agenda_selection)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self._on_agenda_selection()

    # --- the agenda ----------------------------------------------------------------

    def _fill_agenda(self, items: Sequence[cx.AgendaItem]) -> None:
        tree = self.ui.agendaTree
        tree.clear()
        lang = current_language()
        titles = section_titles(self._kind)
        kind_sections = [s.key for s in cx.meeting_template(self._kind).sections]
        used = {i.section for i in items}
        keys = [k for k in titles if k in kind_sections or k in used] + [""]
        self._sections: dict[str, QTreeWidgetItem] = {}
        bold = QFont(tree.font())
        bold.setBold(True)
        for key in keys:
            head = QTreeWidgetItem(tree, [titles.get(key) or self.tr("Other items")])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            head.setData(0, ITEM_ROLE, key)
            self._sections[key] = head
        for item in items:
            head = self._sections.get(item.section if item.section in titles else "")
            self._add_child(head, item.in_lang(lang), item)
        tree.expandAll()

    def _add_child(self, head: QTreeWidgetItem, text: str, item: cx.AgendaItem | None):
        child = QTreeWidgetItem(head, [text])
        child.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )
        child.setData(0, ITEM_ROLE, item)
        child.setData(0, SHOWN_ROLE, text)
        child.setToolTip(0, text)
        return child

    def agenda(self) -> list[cx.AgendaItem]:
        """The items in order: unchanged ones as prepared (both languages and what they
        point at), changed or typed ones with the text as typed."""
        found = []
        for key, head in self._sections.items():
            for n in range(head.childCount()):
                child = head.child(n)
                text = child.text(0).strip()
                original = child.data(0, ITEM_ROLE)
                if not text:
                    continue
                if original is not None and text == child.data(0, SHOWN_ROLE):
                    found.append(original)
                else:
                    ref = (original.ref_kind, original.ref_id) if original else ("", "")
                    found.append(cx.AgendaItem(key, {"en": text, "tr": text}, *ref))
        return found

    def _on_agenda_selection(self) -> None:
        items = self.ui.agendaTree.selectedItems()
        self.ui.removeItemButton.setEnabled(bool(items) and items[0].parent() is not None)

    def add_item(self) -> None:
        items = self.ui.agendaTree.selectedItems()
        head = self._sections[""]
        if items:
            head = items[0].parent() or items[0]
        child = self._add_child(head, self.tr("New item"), None)
        head.setExpanded(True)
        self.ui.agendaTree.setCurrentItem(child)
        self.ui.agendaTree.editItem(child, 0)

    def remove_item(self) -> None:
        items = self.ui.agendaTree.selectedItems()
        if items and items[0].parent() is not None:
            items[0].parent().removeChild(items[0])

    def prepare_again(self) -> None:
        if self._prepare is not None:
            day = self.ui.dateEdit.date().toString("yyyy-MM-dd")
            self._fill_agenda(self._prepare(self._kind, day))

    def _on_kind(self) -> None:
        old, self._kind = self._kind, self.ui.kindCombo.currentData()
        if self.ui.durationSpin.value() == cx.meeting_template(old).default_minutes:
            self.ui.durationSpin.setValue(cx.meeting_template(self._kind).default_minutes)
        self._fill_agenda(self.agenda())
        self._show_duration_hint()

    # --- values and words ----------------------------------------------------------

    def values(self) -> dict:
        ui = self.ui

        def lines(text: str) -> list[str]:
            return [line.strip() for line in text.splitlines() if line.strip()]

        return {
            "when": ui.dateEdit.date().toString("yyyy-MM-dd"),
            "kind": ui.kindCombo.currentData(),
            "duration_min": ui.durationSpin.value(),
            "attendees": lines(ui.attendeesEdit.toPlainText()),
            "agenda": self.agenda(),
            "decisions": lines(ui.decisionsEdit.toPlainText()),
            "minutes": ui.minutesEdit.toPlainText(),
        }

    def _show_duration_hint(self) -> None:
        t = cx.meeting_template(self._kind)
        self.ui.durationHint.setText(
            self.tr("%1 meetings last %2 to %3 minutes.")
            .replace("%1", meeting_kind(self._kind))
            .replace("%2", str(t.min_minutes))
            .replace("%3", str(t.max_minutes))
        )

    def _retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("Edit board meeting") if self._editing else self.tr("Record board meeting")
        )
        for i, kind in enumerate(cx.MEETING_KINDS):
            ui.kindCombo.setItemText(i, meeting_kind(kind))
        ui.durationSpin.setSuffix(self.tr(" min"))
        formatting.date_edit(ui.dateEdit)
        titles = section_titles(self._kind)
        for key, head in self._sections.items():
            head.setText(0, titles.get(key) or self.tr("Other items"))
        self._show_duration_hint()
