"""Words for the action plan: an action's links and the revisions of its history
(field: old → new), with ids turned into the names a consultant knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from csmm_desktop.services import engagement
from csmm_desktop.services.engagement import ACTION_STATUSES
from csmm_desktop.views import formatting
from csmm_desktop.views.history import change_lines, topic_titles
from csmm_desktop.views.labels import stage_name
from csmm_desktop.views.language import current_language

if TYPE_CHECKING:
    from sqlite_utils import Database

CONTEXT = "ActionHistory"
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ActionHistory", "Title"),
    "owner": QT_TRANSLATE_NOOP("ActionHistory", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("ActionHistory", "Due date"),
    "status": QT_TRANSLATE_NOOP("ActionHistory", "Status"),
    "cycle": QT_TRANSLATE_NOOP("ActionHistory", "Cycle"),
    "topic_id": QT_TRANSLATE_NOOP("ActionHistory", "Topic"),
    "problem_id": QT_TRANSLATE_NOOP("ActionHistory", "Problem"),
    "kpi_id": QT_TRANSLATE_NOOP("ActionHistory", "KPI"),
    "workshop_id": QT_TRANSLATE_NOOP("ActionHistory", "Workshop"),
    "snapshot_id": QT_TRANSLATE_NOOP("ActionHistory", "Snapshot"),
    "note": QT_TRANSLATE_NOOP("ActionHistory", "Note"),
}
KIND_NAMES = {
    "created": QT_TRANSLATE_NOOP("ActionHistory", "Created"),
    "changed": QT_TRANSLATE_NOOP("ActionHistory", "Changed"),
    "feedback": QT_TRANSLATE_NOOP("ActionHistory", "Feedback"),
}


def _named(text: str) -> str:
    """A name from the tables above (marked with QT_TRANSLATE_NOOP) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class Names:
    """Id → name of what an action can link to, looked up once per refresh."""

    topics: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    kpis: dict[str, str] = field(default_factory=dict)
    workshops: dict[str, str] = field(default_factory=dict)
    snapshots: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_client(cls, db: Database, client_id: str) -> Names:
        return cls(
            topics=topic_titles(current_language()),
            problems={p.id: p.title for p in engagement.list_problems(db, client_id)},
            kpis={k.id: k.name for k in engagement.list_kpis(db, client_id)},
            workshops={
                w.id: formatting.date(w.date) for w in engagement.list_workshops(db, client_id)
            },
            snapshots={
                s.id: f"{stage_name(s.stage)} {formatting.date(s.date)}"
                for s in engagement.list_snapshots(db, client_id)
            },
        )

    def value(self, key: str, value: object) -> str:
        """A field's value as shown: names for ids, labels for statuses, local dates."""
        if value is None or value == "":
            return "—"
        lookup = {
            "topic_id": self.topics,
            "problem_id": self.problems,
            "kpi_id": self.kpis,
            "workshop_id": self.workshops,
            "snapshot_id": self.snapshots,
        }.get(key)
        if lookup is not None:
            return lookup.get(str(value), QCoreApplication.translate("ActionHistory", "(deleted)"))
        if key == "status" and value in ACTION_STATUSES:
            return ACTION_STATUSES[value][current_language()]
        if key == "due_date":
            return formatting.date(str(value))
        return str(value)

    def links(self, action: engagement.Action) -> str:
        """What the action is linked to, one item per line."""
        parts = []
        if action.topic_id:
            parts.append(self.value("topic_id", action.topic_id))
        if action.problem_id:
            parts.append(
                QCoreApplication.translate("ActionHistory", "Problem: %1").replace(
                    "%1", self.value("problem_id", action.problem_id)
                )
            )
        if action.kpi_id:
            parts.append(
                QCoreApplication.translate("ActionHistory", "KPI: %1").replace(
                    "%1", self.value("kpi_id", action.kpi_id)
                )
            )
        if action.workshop_id:
            workshop = self.value("workshop_id", action.workshop_id)
            parts.append(
                QCoreApplication.translate("ActionHistory", "Workshop of %1").replace(
                    "%1", workshop
                )
            )
        return "\n".join(parts)


def describe(revision: engagement.ActionRevision, names: Names) -> tuple[str, str]:
    """(what happened, the changes one per line) of a revision."""
    changes = change_lines(revision.kind, revision.changes, FIELD_NAMES, CONTEXT, names.value)
    return _named(KIND_NAMES.get(revision.kind, revision.kind)), changes
