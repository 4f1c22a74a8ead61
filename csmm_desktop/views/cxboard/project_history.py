"""Words for the CX projects: what a project links to (topic, KPI, meeting, reason, feedback)
by the names a consultant knows, and the revisions of its history (field: old → new, and
which of scope / solution / timing they revise)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from csmm_desktop.services import cxboard as cx
from csmm_desktop.services import engagement
from csmm_desktop.views import formatting
from csmm_desktop.views.cxboard.common import data_label
from csmm_desktop.views.history import change_lines, topic_titles
from csmm_desktop.views.language import current_language

if TYPE_CHECKING:
    from sqlite_utils import Database

CONTEXT = "CxProjectHistory"
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("CxProjectHistory", "Title"),
    "status": QT_TRANSLATE_NOOP("CxProjectHistory", "Status"),
    "priority": QT_TRANSLATE_NOOP("CxProjectHistory", "Priority"),
    "owner": QT_TRANSLATE_NOOP("CxProjectHistory", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("CxProjectHistory", "Due date"),
    "scope": QT_TRANSLATE_NOOP("CxProjectHistory", "Scope"),
    "solution": QT_TRANSLATE_NOOP("CxProjectHistory", "Planned solution"),
    "next_steps": QT_TRANSLATE_NOOP("CxProjectHistory", "Next steps"),
    "source": QT_TRANSLATE_NOOP("CxProjectHistory", "Source"),
    "description": QT_TRANSLATE_NOOP("CxProjectHistory", "Description"),
    "topic_id": QT_TRANSLATE_NOOP("CxProjectHistory", "Topic"),
    "kpi_id": QT_TRANSLATE_NOOP("CxProjectHistory", "KPI"),
    "reason_id": QT_TRANSLATE_NOOP("CxProjectHistory", "Contact reason"),
    "feedback_id": QT_TRANSLATE_NOOP("CxProjectHistory", "Feedback"),
    "meeting_id": QT_TRANSLATE_NOOP("CxProjectHistory", "Nominated at"),
    "nominated_on": QT_TRANSLATE_NOOP("CxProjectHistory", "Nominated on"),
}
KIND_NAMES = {
    "created": QT_TRANSLATE_NOOP("CxProjectHistory", "Nominated"),
    "changed": QT_TRANSLATE_NOOP("CxProjectHistory", "Changed"),
    "note": QT_TRANSLATE_NOOP("CxProjectHistory", "Note"),
}
ASPECT_NAMES = {  # the seed's "scope / solution / timing" revisions, and the rest
    "scope": QT_TRANSLATE_NOOP("CxProjectHistory", "scope"),
    "solution": QT_TRANSLATE_NOOP("CxProjectHistory", "solution"),
    "timing": QT_TRANSLATE_NOOP("CxProjectHistory", "timing"),
    "priority": QT_TRANSLATE_NOOP("CxProjectHistory", "priority"),
    "status": QT_TRANSLATE_NOOP("CxProjectHistory", "status"),
    "next_steps": QT_TRANSLATE_NOOP("CxProjectHistory", "next steps"),
    "details": QT_TRANSLATE_NOOP("CxProjectHistory", "details"),
}
SHORT = 160  # longer texts (a description) are cut in the history table


def _named(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _cut(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


@dataclass
class Names:
    """Id → name of what a project can link to, looked up once per refresh."""

    topics: dict[str, str] = field(default_factory=dict)
    kpis: dict[str, str] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    feedback: dict[str, str] = field(default_factory=dict)
    projects: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_client(cls, db: Database, client_id: str) -> Names:
        meetings = {
            m.id: f"{formatting.date(m.date)} · {data_label(_kinds(), m.kind)}"
            for m in reversed(cx.list_meetings(db, client_id))
        }
        feedback = {
            f.id: f"{formatting.date(f.date)}: {_cut(f.text)}"
            for f in cx.list_feedback(db, client_id)
        }
        return cls(
            topics=topic_titles(current_language()),
            kpis={k.id: k.name for k in engagement.list_kpis(db, client_id)},
            meetings=meetings,
            reasons={r.id: r.name for r in engagement.list_contact_reasons(db, client_id)},
            feedback=feedback,
            projects={p.id: p.title for p in cx.list_projects(db, client_id)},
        )

    def value(self, key: str, value: object) -> str:
        """A field's value as shown: names for ids, labels for keys, local dates."""
        if value is None or value == "":
            return "—"
        lookup = {
            "topic_id": self.topics,
            "kpi_id": self.kpis,
            "meeting_id": self.meetings,
            "reason_id": self.reasons,
            "feedback_id": self.feedback,
        }.get(key)
        if lookup is not None:
            return lookup.get(
                str(value), QCoreApplication.translate("CxProjectHistory", "(deleted)")
            )
        if key == "status":
            return data_label(cx.PROJECT_STATUSES, str(value))
        if key == "source":
            return data_label(cx.PROJECT_SOURCES, str(value))
        if key in ("due_date", "nominated_on"):
            return formatting.date(str(value))
        return _cut(str(value))

    def links(self, project: cx.CxProject) -> str:
        """The topic and KPI a project should move, one per line."""
        parts = []
        if project.topic_id:
            parts.append(self.value("topic_id", project.topic_id))
        if project.kpi_id:
            kpi = QCoreApplication.translate("CxProjectHistory", "KPI: %1")
            parts.append(kpi.replace("%1", self.value("kpi_id", project.kpi_id)))
        return "\n".join(parts)


def _kinds() -> dict[str, dict[str, str]]:
    return {kind: t.label for kind, t in cx.meeting_templates().items()}


def meeting_kind(kind: str) -> str:
    """ "Metrics" / "Project review" in the UI language."""
    return data_label(_kinds(), kind)


def describe(revision: cx.ProjectRevision, names: Names) -> tuple[str, str]:
    """(what happened, the changes one per line) of a revision."""
    # the table shows the title and status; the nomination is the "Nominated" line itself
    shown = ("title", "status", "meeting_id", "nominated_on")
    changes = change_lines(
        revision.kind, revision.changes, FIELD_NAMES, CONTEXT, names.value, shown
    )
    what = _named(KIND_NAMES.get(revision.kind, revision.kind))
    if revision.kind == "changed":
        order = list(ASPECT_NAMES)
        aspects = sorted(revision.aspects, key=lambda a: order.index(a) if a in order else 99)
        revised = ", ".join(_named(ASPECT_NAMES.get(a, a)) for a in aspects)
        what = QCoreApplication.translate("CxProjectHistory", "Revised: %1")
        what = what.replace("%1", revised)
    return what, changes
