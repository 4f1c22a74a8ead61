"""The problems a response file can have, as Messages (code, English template, arguments),
and the error that carries them: the import's own vocabulary, rendered in the reader's
language by whoever shows it (views.messages.render) and in English on the command line.

Locations are messages too ("row 3, column D (1.1.1-2)"), so a translation words them.
Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, UserError, catalogue, message

MAX_LISTED_PROBLEMS = 20  # in the English summary (str())
ONE_LINE_PROBLEMS = 3  # in the one-line summary (the command line)
ONE_LINE_PROBLEM_CHARS = 300  # a problem quoting a long cell is cut there, on one line

MESSAGES = catalogue(
    {
        "import.refused": QT_TRANSLATE_NOOP(
            "Messages", "{file} was not imported; nothing was changed."
        ),
        "import.more": QT_TRANSLATE_NOOP("Messages", "… and {count} more"),
        "import.at_cell": QT_TRANSLATE_NOOP("Messages", "row {row}, column {column} ({field})"),
        "import.at_column": QT_TRANSLATE_NOOP("Messages", "row {row}, column {column}"),
        "import.no_file": QT_TRANSLATE_NOOP("Messages", "the file does not exist"),
        "import.is_folder": QT_TRANSLATE_NOOP("Messages", "it is a folder, not a file"),
        "import.not_regular": QT_TRANSLATE_NOOP(
            "Messages", "it is not a regular file (a device or a pipe)"
        ),
        "import.cannot_read": QT_TRANSLATE_NOOP("Messages", "the file cannot be read: {detail}"),
        "import.unsupported": QT_TRANSLATE_NOOP(
            "Messages", "'{suffix}' files are not supported; use CSV or XLSX"
        ),
        "import.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
        "import.no_rows": QT_TRANSLATE_NOOP(
            "Messages", "the file has a header but no respondent rows"
        ),
        "import.no_header": QT_TRANSLATE_NOOP(
            "Messages",
            "row {row}: the header needs the columns 'respondent' and 'role' followed by one "
            "column per question id (is this a response file?)",
        ),
        "import.header_empty": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the header cell is empty; expected a question id"
        ),
        "import.header_twice": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{name}' appears twice in the header"
        ),
        "import.unknown_question": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: '{name}' is not a question id of form version {version} "
            "(ids look like 1.1.1-1)",
        ),
        "import.question_twice": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: question '{name}' appears twice in the header (first in column {first})",
        ),
        "import.formula": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: a formula saved without its value; open the file in Excel and save "
            "it again, or paste the values instead of the formulas",
        ),
        "import.error_value": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the cell holds the Excel error {value}; correct it or empty it"
        ),
        "import.cell_too_long": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the cell holds more than {limit} characters (Excel's own limit for a cell)",
        ),
        "import.note_with_role": QT_TRANSLATE_NOOP(
            "Messages",
            "row {row}: respondent '{value}' starts with #, which marks a note row, yet the "
            "row has a role: rename the respondent or delete the row",
        ),
        "import.cell_count": QT_TRANSLATE_NOOP(
            "Messages", "row {row}: has {count} cells but the header has {width}"
        ),
        "import.respondent_empty": QT_TRANSLATE_NOOP(
            "Messages", "{where}: empty; every row needs a respondent name or code"
        ),
        "import.respondent_invisible": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the respondent has no visible character (only spaces, invisible or "
            "formatting characters)",
        ),
        "import.respondent_too_long": QT_TRANSLATE_NOOP(
            "Messages", "{where}: a respondent name or code can be at most {limit} characters"
        ),
        "import.respondent_again": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' appears again (first on row {first})"
        ),
        "import.bad_role": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a role; expected {expected}"
        ),
        "import.not_answered_by": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the role {role} does not answer section {section} (its roles: {roles})",
        ),
        "import.bad_number": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: '{value}' is not valid: expected a whole number from {low} to {high} or 'na'",
        ),
        "import.bad_choice": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not valid: expected one of: {expected}, or 'na'"
        ),
        "import.already_exists": QT_TRANSLATE_NOOP(
            "Messages", "row {row}: respondent '{value}' already exists in this snapshot"
        ),
        "import.snapshot_changed": QT_TRANSLATE_NOOP(
            "Messages",
            "the snapshot changed since the file was checked: {count} of its respondents "
            "are in it now, not {expected}; check the file again",
        ),
    }
)


class ResponseFileError(UserError):
    """A response file that cannot be imported: `problems` (Messages) say what is wrong
    and where; `total` counts them all (only the first MAX_KEPT_PROBLEMS are kept).
    str() is the English summary, listing up to MAX_LISTED_PROBLEMS, one a line;
    `one_line()` (and `message`, which the command line prints) names the first few on one
    line."""

    def __init__(self, path: Path | str, problems: Sequence[Message | str], total: int = 0):
        self.path = str(path)
        self.problems = [
            p if isinstance(p, Message) else Message("text", "{text}", text=p) for p in problems
        ]
        self.total = max(total, len(self.problems))
        super().__init__(message("import.refused", file=Path(path).name or str(path)))
        self.args = (self.render(),)

    def render(self, translate: Any = None, limit: int = MAX_LISTED_PROBLEMS) -> str:
        shown = self.problems[:limit]
        lines = [self.msg.render(translate)]
        lines += [f"- {p.render(translate)}" for p in shown]
        if self.total > len(shown):
            lines.append(
                f"- {message('import.more', count=self.total - len(shown)).render(translate)}"
            )
        return "\n".join(lines)

    def one_line(self, translate: Any = None, limit: int = ONE_LINE_PROBLEMS) -> str:
        """The summary and the first `limit` problems on one line, joined with "; "
        (line breaks a problem quotes from a cell become spaces)."""
        shown = [_on_one_line(p.render(translate)) for p in self.problems[:limit]]
        if self.total > len(shown):
            shown.append(message("import.more", count=self.total - len(shown)).render(translate))
        return " ".join([self.msg.render(translate), "; ".join(shown)]).strip()

    @property
    def message(self) -> str:
        """One line of English (the command line and the log use it)."""
        return self.one_line()

    def __str__(self) -> str:
        return self.render()


def _on_one_line(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > ONE_LINE_PROBLEM_CHARS:
        text = text[: ONE_LINE_PROBLEM_CHARS - 1] + "…"
    return text


class ImportCancelled(Exception):
    """The user stopped the check (or the import) of a file; nothing was changed."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as the spreadsheet shows it)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
