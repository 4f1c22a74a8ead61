"""Messages the Qt-free layers (store, domain, services) give the user: a code, a template
and its arguments, rendered in the reader's language by whoever shows it.

The templates are marked with `QT_TRANSLATE_NOOP("Messages", ...)` so Qt Linguist's
lupdate collects them into translations/csmm_desktop_tr.ts; a window renders a message with
`views.messages.render` (QCoreApplication.translate), the command line in English. A
template names its arguments in braces ("The folder {folder} is read-only."); a translation
keeps the same names.

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "Messages"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Marks `text` for translation in `context` (read by lupdate), returns it unchanged."""
    return text


class Message:
    """A template with its arguments; `str()` is the English text."""

    __slots__ = ("code", "template", "args")

    def __init__(self, code: str, template: str, /, **args: Any):
        self.code = code
        self.template = template
        self.args = args

    def render(self, translate: Translate | None = None) -> str:
        template = translate(CONTEXT, self.template) if translate else self.template
        template = template or self.template
        values = {key: _text(value, translate) for key, value in self.args.items()}
        try:
            return template.format_map(_Defaults(values))
        except (ValueError, IndexError):  # a broken translation: the English text instead
            return self.template.format_map(_Defaults(values))

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.args) == (other.code, other.args)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(map(str, self.args.items())))))


class _Defaults(dict):
    def __missing__(self, key: str) -> str:  # a translation naming an unknown argument
        return "{" + key + "}"


def _text(value: Any, translate: Translate | None) -> str:
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v, translate) for v in value)
    return str(value)


class UserError(Exception):
    """An error whose text is fit to show a user as it is: one Message (or, for code not
    yet moved to the catalogue, a plain English string)."""

    def __init__(self, message: Message | str, **extra: Any):
        self.msg = (
            message if isinstance(message, Message) else Message("text", "{text}", text=message)
        )
        super().__init__(str(self.msg))
        for key, value in extra.items():
            setattr(self, key, value)

    @property
    def message(self) -> str:
        """The English text (the command line and the log use it)."""
        return str(self.msg)

    @property
    def code(self) -> str:
        return self.msg.code

    def render(self, translate: Translate | None = None) -> str:
        return self.msg.render(translate)


def message(code: str, /, **args: Any) -> Message:
    """The catalogue's message `code` with its arguments."""
    return Message(code, CATALOGUE[code], **args)


def catalogue(entries: Mapping[str, str]) -> Mapping[str, str]:
    """Add a module's own messages (code -> template marked with QT_TRANSLATE_NOOP) to the
    catalogue; a code may be defined once only. Returns `entries`."""
    for code, template in entries.items():
        if CATALOGUE.get(code, template) != template:
            raise ValueError(f"message code {code!r} is defined twice")
        CATALOGUE[code] = template
    return entries


def render(value: Message | BaseException | str, translate: Translate | None = None) -> str:
    """Text of a Message, a UserError (in the reader's language), or any other error."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, UserError):
        return value.render(translate)
    return str(value)


# --- the catalogue ------------------------------------------------------------------------
# code -> English template. Codes are stable (tests and the log use them); templates may be
# reworded (the translation then needs a look).

CATALOGUE: dict[str, str] = {
    # the data file and its folder
    "store.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The data folder {folder} is read-only: nothing can be saved there. "
        "Use a folder you can write to (--data-dir), or make this one writable.",
    ),
    "store.no_permission": QT_TRANSLATE_NOOP(
        "Messages",
        "CSMM Desktop may not write in the data folder {folder} (permission denied).",
    ),
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk that holds {folder} is full: the change was not saved. "
        "Free some space, then try again.",
    ),
    "store.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The data is busy: another part of CSMM Desktop (an import?) or another program is "
        "writing to it. The change was not saved; try again in a moment.",
    ),
    "store.gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} is no longer there: was its folder deleted, or the USB stick "
        "removed? The change was not saved.",
    ),
    "store.replaced": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} was replaced by another program while CSMM Desktop had it "
        "open. The change was not saved; close the app and open it again.",
    ),
    "store.io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} could not be written or read ({detail}). The change was not "
        "saved. Is the disk or USB stick still connected?",
    ),
    "store.cannot_create_folder": QT_TRANSLATE_NOOP(
        "Messages", "The data folder {folder} cannot be created: {detail}."
    ),
    "store.cannot_read": QT_TRANSLATE_NOOP(
        "Messages", "The data file {path} cannot be read: {detail}."
    ),
    "store.not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is not a CSMM Desktop data file (it belongs to another program, or "
        "it is damaged). It was left untouched.",
    ),
    "store.damaged": QT_TRANSLATE_NOOP(
        "Messages", "The data file {path} is damaged ({detail}). It was left untouched."
    ),
    "store.empty_with_backups": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} is empty, although backups of it exist: it may have been "
        "damaged. It was left untouched.",
    ),
    "store.missing_with_backups": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} is missing, although backups of it exist in {folder}: it may "
        "have been moved or deleted.",
    ),
    "store.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} was written by a newer CSMM Desktop (data version {found}; "
        "this app knows up to {known}). Please update the app. The file was left untouched.",
    ),
    "store.locked_by_window": QT_TRANSLATE_NOOP(
        "Messages",
        "CSMM Desktop is already open with this data folder ({folder}). Switch to that "
        "window, or close it first.",
    ),
    "store.cannot_use_folder": QT_TRANSLATE_NOOP(
        "Messages", "The data folder {folder} cannot be used: {detail}."
    ),
    "store.dangling_link": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file {path} is a link to {target}, which does not exist (is a disk or USB "
        "stick not connected?).",
    ),
    "store.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Another program has the data file {path} open. Close it (another CSMM Desktop "
        "command, a database viewer), then try again. Nothing was changed.",
    ),
    "store.checking": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file is still being checked for damage (it is large). The change was not "
        "saved; try again in a moment.",
    ),
    "store.no_backup": QT_TRANSLATE_NOOP("Messages", "There is no backup in {folder}."),
    "store.backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be made in {folder}: {detail}."
    ),
    # files the app writes (reports, templates, exports)
    "output.is_data": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is in the data folder ({folder}), which only CSMM Desktop's own files may "
        "use. Choose another place for the file.",
    ),
    "output.not_regular": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a plain file (a folder, a link or a device): nothing was written. "
        "Choose another file name.",
    ),
    "output.not_same_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} already exists and is not a {kind} file: it was not replaced. Choose "
        "another file name.",
    ),
    "output.no_folder": QT_TRANSLATE_NOOP("Messages", "The folder {folder} does not exist."),
    "output.cannot_write": QT_TRANSLATE_NOOP("Messages", "{path} could not be written: {detail}."),
    # the command line
    "cli.output_failed": QT_TRANSLATE_NOOP(
        "Messages", "The output could not be written ({detail}); nothing was changed by that."
    ),
    "id.too_short": QT_TRANSLATE_NOOP(
        "Messages", "No {what} has the id {text}; give at least 4 characters of an id."
    ),
    "id.ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "More than one {what} id starts with {text}; give more of it."
    ),
    "id.unknown": QT_TRANSLATE_NOOP("Messages", "No {what} with id {text}."),
    "id.missing": QT_TRANSLATE_NOOP("Messages", "No {what} id given."),
    # anything else
    "internal": QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong inside CSMM Desktop ({detail}). Nothing half-done was saved. "
        "The details are in the log file in {folder}.",
    ),
}
