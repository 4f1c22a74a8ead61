"""What the history tables of actions and CX projects share: the topics by name, a
revision's changes written one per line ("Owner: Ayşe → Oğuz"), and the table's columns."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from csmm_desktop.services import engagement
from csmm_desktop.views import formatting
from csmm_desktop.views.engagement.finding_dialog import topic_label
from csmm_desktop.views.rows_model import Column, RowsModel


def topic_titles(lang: str) -> dict[str, str]:
    """Topic id -> "1.2.3 Title" in `lang` (English where the form has no `lang` title)."""
    return {tid: topic_label(tid, lang) for tid in engagement.load_form().topics}


def change_lines(
    kind: str,
    changes: Mapping[str, tuple[object, object]],
    field_names: Mapping[str, str],
    context: str,
    value: Callable[[str, object], str],
    not_on_creation: Collection[str] = ("title",),
) -> str:
    """A revision's changes, one per line, fields in the order of `field_names` (whose
    texts are marked for translation in `context`): "Field: old → new", or for the
    revision that created the record "Field: value", leaving out `not_on_creation` (shown
    elsewhere in the table). `value(field, raw)` writes a value as the user knows it."""
    order = list(field_names)
    keys = sorted(changes, key=lambda k: order.index(k) if k in order else len(order))
    lines = []
    for key in keys:
        old, new = changes[key]
        label = QCoreApplication.translate(context, field_names.get(key, key))
        if kind != "created":
            lines.append(f"{label}: {value(key, old)} → {value(key, new)}")
        elif key not in not_on_creation:
            lines.append(f"{label}: {value(key, new)}")
    return "\n".join(lines)


def history_columns(headers: Sequence[Callable[[], str]], last_of: Callable) -> list[Column]:
    """The columns of a history row (revision, what happened, changes): When (sorted by the
    stored time, not by its text), What, Change, and a last one showing `last_of(revision)`;
    `headers` are the four headers, translated in the page's own context."""
    when, what, change, last = headers
    return [
        Column(when, lambda h: formatting.timestamp(h[0].at), key=lambda h: h[0].at),
        Column(what, lambda h: h[1]),
        Column(change, lambda h: h[2]),
        Column(last, lambda h: last_of(h[0])),
    ]


def shown_rows(model: RowsModel) -> list[tuple[str, str, str]]:
    """(what happened, changes, last column) of each row of a history table, as shown."""
    return [tuple(model.index(r, c).data() for c in (1, 2, 3)) for r in range(model.rowCount())]
