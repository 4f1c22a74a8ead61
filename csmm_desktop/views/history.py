"""What the history tables of actions and CX projects share: the topics by name, and a
revision's changes written one per line ("Owner: Ayşe → Oğuz")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QCoreApplication

from csmm_desktop.services import engagement
from csmm_desktop.views.engagement.finding_dialog import topic_label


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
