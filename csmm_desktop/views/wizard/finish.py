"""What Finish says is missing, in words the reader knows: the consultant reads each
section's title and the first words of its unanswered questions; a respondent reads
only how many are left in each section. Question ids mean nothing to either.

Its texts keep the wizard's translation context ("AssessmentWindow"), spelled out in
each call so that lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csmm_desktop.domain.form import Question, Section

SHOWN_PER_SECTION = 3  # questions named per section; the rest are counted
FIRST_WORDS = 6


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def missing_questions(section: Section, answers: dict[str, str]) -> list[Question]:
    """The questions of `section` that want an answer and have none."""
    return [q for q in section.questions if q.scale.kind != "text" and q.id not in answers]


def summary(
    missing: list[tuple[Section, list[Question]]], lang: str, role: str, respondent: bool
) -> str:
    """The Finish message for the sections with unanswered questions."""
    lines = []
    for section, questions in missing:
        title = section.title.get(lang) or section.title["en"]
        if not respondent:
            title = f"{section.id}  {title}"
        count = str(len(questions))
        lines.append(
            QCoreApplication.translate("AssessmentWindow", "%1: %2 unanswered")
            .replace("%1", title)
            .replace("%2", count)
        )
        if respondent:
            continue
        for question in questions[:SHOWN_PER_SECTION]:
            lines.append(f"    • “{first_words(question.text(lang, role))}”")
        if len(questions) > SHOWN_PER_SECTION:
            more = len(questions) - SHOWN_PER_SECTION
            lines.append(
                "    "
                + QCoreApplication.translate("AssessmentWindow", "and %1 more").replace(
                    "%1", str(more)
                )
            )
    return (
        QCoreApplication.translate("AssessmentWindow", "Some questions have no answer yet:")
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate("AssessmentWindow", "The answers given are already saved.")
    )


def choices() -> list[str]:
    """The Finish message's buttons: the first goes to the first unanswered question."""
    return [
        QCoreApplication.translate("AssessmentWindow", "Go to the first unanswered question"),
        QCoreApplication.translate("AssessmentWindow", "Finish anyway"),
    ]
