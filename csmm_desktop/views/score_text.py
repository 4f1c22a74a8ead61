"""The words the windows put around a score view (services/presentation.py): the indicative
mark, the interval, the reasons. The numbers come formatted from the view; only the words are
translated here, in the "Scores" context."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from csmm_desktop.views import theme
from csmm_desktop.views.labels import role_name, stage_name
from csmm_desktop.views.messages import render

if TYPE_CHECKING:
    from csmm_desktop.services.presentation import ScoreLine, ScoreView

INDICATIVE_COLOUR = theme.DARK_ORANGE  # dark orange: readable on white and on a projector


class Scores(QObject):
    """The "Scores" texts with a count, in their plural forms. They are self.tr() calls of
    a class named after the context: lupdate's Python reader marks self.tr("%n …", "", n)
    as a plural message, but not a QCoreApplication.translate() whose count is a variable."""

    def client_answers(self, n: int) -> str:
        return self.tr("%n client answer(s)", "", n)

    def roles(self, management: int, employees: int, clients: int) -> str:
        return (
            self.tr("%1 mgmt · %2 staff · %n client(s)", "", clients)
            .replace("%1", str(management))
            .replace("%2", str(employees))
        )


@cache
def _scores() -> Scores:
    """Made on first use (on the UI thread), not on import: the module may be imported on
    views/warm_imports.py's thread, and a QObject lives on the thread that made it."""
    return Scores()


def level(view: ScoreView) -> str:
    """ "Planned (indicative)" / "Planned" / "—"."""
    name = stage_name(view.level)
    return (
        QCoreApplication.translate("Scores", "%1 (indicative)").replace("%1", name)
        if view.level_indicative
        else name
    )


def interval(view: ScoreView, line: ScoreLine) -> str:
    """ "95% interval 53.7–73.4"; "no interval" for a score it cannot be worked out for;
    "" for no score."""
    if line.missing or line.not_applicable:
        return ""
    if line.interval is None:
        return QCoreApplication.translate("Scores", "no interval: a group of one")
    return (
        QCoreApplication.translate("Scores", "%1 interval %2")
        .replace("%1", view.interval_share)
        .replace("%2", line.interval)
    )


def reasons(view: ScoreView) -> list[str]:
    """Why the level is indicative, one sentence each, in the UI language."""
    from csmm_desktop.services.presentation import sentence

    return [sentence(render(m), view.lang) for m in view.reasons]


def reasons_tooltip(view: ScoreView) -> str:
    """A tooltip for an indicative level: a heading and the reasons; "" when it is firm."""
    if not view.level_indicative:
        return ""
    lines = [
        QCoreApplication.translate(
            "Scores", "Indicative level: the data is too thin or too close to a threshold."
        )
    ]
    lines += [f"• {text}" for text in reasons(view)]
    return "\n".join(lines)


def nps(view: ScoreView) -> str:
    """ "+52 ± 18"."""
    return view.nps_text


def nps_note(view: ScoreView) -> str:
    if not view.nps_answers:
        return QCoreApplication.translate("Scores", "no answers")
    text = _scores().client_answers(view.nps_answers)
    return (
        QCoreApplication.translate("Scores", "%1 · indicative").replace("%1", text)
        if view.nps_thin
        else text
    )


def roles_note(view: ScoreView) -> str:
    """ "3 mgmt · 8 staff · 24 clients" (registered respondents)."""
    return _scores().roles(
        view.role_count("management").registered,
        view.role_count("employee").registered,
        view.role_count("client").registered,
    )


def section_basis(view: ScoreView, line: ScoreLine) -> str:
    """What a section's score rests on: "Management n = 3 · Employee n = 8 · coverage 52%",
    or that it has no answers and is left out."""
    if line.not_applicable:
        return QCoreApplication.translate("Scores", "not applicable to this client")
    if line.missing:
        return QCoreApplication.translate("Scores", "no answers: not in the score")
    parts = [f"{role_name(role)} n = {n}" for role, n in line.n]
    if line.coverage:
        parts.append(
            QCoreApplication.translate("Scores", "coverage %1").replace("%1", line.coverage)
        )
    return " · ".join(parts)
