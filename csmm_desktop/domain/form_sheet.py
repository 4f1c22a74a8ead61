"""The form as a spreadsheet (an XLSForm-like layout) and back: sheets of plain rows.

`to_sheets(data)` turns a form file's JSON object into sheets (name -> header + rows);
`from_sheets(sheets, earlier)` reads them back into a form file's JSON object, checking
every cell and naming the sheet, row and column of each problem (FormSheetError; nothing
is kept on any problem). docs/forms.md describes the layout.

Nothing here imports Qt, openpyxl or the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from csmm_desktop.domain.form import (
    LANGS,
    NA,
    RELATIONS,
    ROLES,
    SCALE_KINDS,
    TOPIC_ID_RE,
    Form,
    FormError,
    is_app_version,
    parse_form,
    same_family,
)
from csmm_desktop.domain.import_problems import ResponseFileError, column_letter
from csmm_desktop.messages import QT_TRANSLATE_NOOP, Message, catalogue, message

SHEETS = (
    "settings",
    "reviews",
    "sections",
    "topics",
    "questions",
    "choices",
    "scales",
    "scale_values",
    "crosswalk",
)
VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
REVIEW_ID_RE = re.compile(r"^\d+$")
SECTION_ID_RE = re.compile(r"^\d+\.\d+$")
OPTION_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
LEVELS = ("planned", "measured", "optimized")


def _t(name: str) -> list[str]:
    return [f"{name}::{lang}" for lang in LANGS]


COLUMNS: dict[str, list[str]] = {
    "settings": ["key", "value"],
    "reviews": ["id", *_t("title")],
    "sections": ["id", "review", "roles", *_t("title"), *_t("intro")],
    "topics": ["id", "section", "scored", *_t("title")],
    "questions": [
        "id",
        "topic",
        "section",
        "roles",
        "scale",
        "weight",
        *_t("label"),
        *[c for role in ROLES for c in _t(f"label.{role}")],
        *_t("help"),
    ],
    "choices": ["question", "id", *_t("label")],
    "scales": ["scale", "kind", *_t("label")],
    "scale_values": ["scale", "value", "score", *_t("label")],
    "crosswalk": ["question", "earlier_version", "earlier", "relation"],
}
REQUIRED: dict[str, set[str]] = {
    "settings": {"key", "value"},
    "reviews": {"id", *_t("title")},
    "sections": {"id", "review", "roles", *_t("title")},
    "topics": {"id", "section", *_t("title")},
    "questions": {"id", "topic", "scale", *_t("label")},
    "choices": {"question", "id", *_t("label")},
    "scales": {"scale", "kind", *_t("label")},
    "scale_values": {"scale", "value", *_t("label")},
    "crosswalk": {"question", "earlier_version", "earlier", "relation"},
}
OPTIONAL_SHEETS = ("choices", "crosswalk")  # a form may leave them out
# settings keys -> where they live in the form file
TEXT_SETTINGS = ("title", "na_label", *[f"role.{r}" for r in ROLES])
NUMBER_SETTINGS = (
    *[f"level.{k}" for k in LEVELS],
    "nps.promoter_min",
    "nps.detractor_max",
    *[f"confidence.min_respondents.{r}" for r in ROLES],
    "confidence.min_section_coverage",
    "confidence.interval",
)
PLAIN_SETTINGS = ("form", "version", "topic_weight")

MESSAGES = catalogue(
    {
        "formsheet.at_cell": QT_TRANSLATE_NOOP(
            "Messages", "sheet “{sheet}”, row {row}, column {column} ({field})"
        ),
        "formsheet.at_row": QT_TRANSLATE_NOOP("Messages", "sheet “{sheet}”, row {row}"),
        "formsheet.no_sheet": QT_TRANSLATE_NOOP("Messages", "the sheet “{sheet}” is missing"),
        "formsheet.unknown_sheet": QT_TRANSLATE_NOOP(
            "Messages", "the sheet “{sheet}” is not part of a form (expected: {expected})"
        ),
        "formsheet.no_column": QT_TRANSLATE_NOOP(
            "Messages", "sheet “{sheet}”, row {row}: the header has no column “{field}”"
        ),
        "formsheet.unknown_column": QT_TRANSLATE_NOOP(
            "Messages", "{where}: “{field}” is not a column of this sheet (expected: {expected})"
        ),
        "formsheet.column_twice": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the column “{field}” appears twice in the header"
        ),
        "formsheet.empty": QT_TRANSLATE_NOOP("Messages", "{where}: the cell is empty"),
        "formsheet.bad_cell": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the cell cannot be read (a formula or an error value)"
        ),
        "formsheet.bad_id": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a valid id (expected an id like {example})"
        ),
        "formsheet.id_twice": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the id '{value}' appears twice (first in row {first})"
        ),
        "formsheet.unknown_ref": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not an id on the sheet “{target}”"
        ),
        "formsheet.wrong_parent": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' must start with '{parent}.' (the id it belongs to)"
        ),
        "formsheet.section_mismatch": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not the section of topic {topic} ({expected})"
        ),
        "formsheet.unknown_scale": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a scale (expected one of: {expected})"
        ),
        "formsheet.bad_role": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a role (expected some of: {expected})"
        ),
        "formsheet.roles_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the roles '{value}' do not match the roles of section {section} ({expected})",
        ),
        "formsheet.role_text": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: a question worded per role needs the text of each role of its section "
            "({expected}) and no common label",
        ),
        "formsheet.no_text": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the text is missing (every text needs English and Turkish)"
        ),
        "formsheet.not_number": QT_TRANSLATE_NOOP("Messages", "{where}: '{value}' is not a number"),
        "formsheet.weight": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the weight '{value}' must be a number greater than 0"
        ),
        "formsheet.out_of_range": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' must be {expected}"
        ),
        "formsheet.thresholds": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the level thresholds must ascend (planned < measured < optimized, "
            "from 0 to 100): {value}",
        ),
        "formsheet.unknown_setting": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a setting (expected one of: {expected})"
        ),
        "formsheet.setting_twice": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the setting '{value}' appears twice (first in row {first})"
        ),
        "formsheet.no_setting": QT_TRANSLATE_NOOP(
            "Messages", "sheet “settings”: the setting '{value}' is missing"
        ),
        "formsheet.bad_version": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: '{value}' is not a valid version for a custom form (letters, digits, "
            "'.', '-' and '_', up to 40 characters, with at least one letter: numbers only, "
            "such as 1.0, are kept for the app's own forms)",
        ),
        "formsheet.version_taken": QT_TRANSLATE_NOOP(
            "Messages", "{where}: form version {value} already exists; give the form a new version"
        ),
        "formsheet.version_case": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: form version {value} differs from the existing form version {other} only "
            "in upper and lower case; give the form a new version",
        ),
        "formsheet.question_number": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the id must be {expected} (the topic's id and the question's number "
            "in the sheet's order)",
        ),
        "formsheet.topic_unscored": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: topic {topic} has no scored question (a topic of open questions only "
            "says so with 'no' in the column “scored”)",
        ),
        "formsheet.topic_marked_unscored": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: topic {topic} is marked as not scored but has scored questions",
        ),
        "formsheet.empty_parent": QT_TRANSLATE_NOOP(
            "Messages", "{where}: {what} {value} has nothing under it on the sheet “{target}”"
        ),
        "formsheet.no_options": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: choice question {question} needs at least two options on the sheet “choices”",
        ),
        "formsheet.options_not_choice": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: question {question} has the scale {scale}; only choice questions have "
            "options",
        ),
        "formsheet.option_id": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the option id '{value}' must be unique within its question and not 'na'",
        ),
        "formsheet.scale_kind": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the scale {scale} is of kind {expected}, not '{value}'"
        ),
        "formsheet.no_scale": QT_TRANSLATE_NOOP(
            "Messages", "sheet “scales”: the scale {scale} is missing"
        ),
        "formsheet.scale_values": QT_TRANSLATE_NOOP(
            "Messages",
            "sheet “scale_values”: the scale {scale} needs at least two values (a scored scale)",
        ),
        "formsheet.score_needed": QT_TRANSLATE_NOOP(
            "Messages", "{where}: every value of the scale {scale} needs a score from 0 to 1"
        ),
        "formsheet.reused_id": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: question {question} had the {what} '{old}' in form version {version}; "
            "an id keeps its meaning across versions (give this question another id)",
        ),
        "formsheet.cw_relation": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a relation (expected one of: {expected})"
        ),
        "formsheet.cw_count": QT_TRANSLATE_NOOP(
            "Messages", "{where}: the relation {relation} takes {expected} (given: {count})"
        ),
        "formsheet.cw_dropped_question": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: a dropped question is not in this form: leave the column “question” "
            "empty and give the dropped id in “earlier”",
        ),
        "formsheet.cw_no_version": QT_TRANSLATE_NOOP(
            "Messages", "{where}: form version {value} is not stored here (have: {expected})"
        ),
        "formsheet.cw_cycle": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the crosswalk to {value} makes a cycle ({path}): a form can only be "
            "related to versions before it",
        ),
        "formsheet.cw_unknown_earlier": QT_TRANSLATE_NOOP(
            "Messages", "{where}: '{value}' is not a question of form version {version}"
        ),
        "formsheet.cw_earlier_twice": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the earlier question {value} is mapped again (first in row {first}); "
            "only a split maps one earlier question to several",
        ),
        "formsheet.cw_split_one": QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: the earlier question {value} is split into one question only: a split "
            "needs at least two rows with it (or use same, reworded or moved)",
        ),
        "formsheet.word.cw_one": QT_TRANSLATE_NOOP("Messages", "exactly one earlier id"),
        "formsheet.word.cw_none": QT_TRANSLATE_NOOP("Messages", "no earlier id"),
        "formsheet.word.cw_two": QT_TRANSLATE_NOOP("Messages", "at least two earlier ids"),
        "formsheet.invalid": QT_TRANSLATE_NOOP("Messages", "the form is not valid: {detail}"),
        # words the messages above take as arguments
        "formsheet.word.whole_number": QT_TRANSLATE_NOOP("Messages", "a whole number"),
        "formsheet.word.at_least_one": QT_TRANSLATE_NOOP(
            "Messages", "a whole number of at least 1"
        ),
        "formsheet.word.zero_to_one": QT_TRANSLATE_NOOP("Messages", "a number from 0 to 1"),
        "formsheet.word.interval": QT_TRANSLATE_NOOP(
            "Messages", "a number from 0.5 to below 1 (e.g. 0.95)"
        ),
        "formsheet.word.yes_no": QT_TRANSLATE_NOOP("Messages", "yes or no"),
        "formsheet.word.review": QT_TRANSLATE_NOOP("Messages", "review"),
        "formsheet.word.section": QT_TRANSLATE_NOOP("Messages", "section"),
        "formsheet.word.topic": QT_TRANSLATE_NOOP("Messages", "topic"),
        "formsheet.word.scale": QT_TRANSLATE_NOOP("Messages", "scale"),
        "formsheet.word.roles": QT_TRANSLATE_NOOP("Messages", "roles"),
    }
)


class FormSheetError(ResponseFileError):
    """A form workbook that cannot be imported: its problems, each naming where."""


# --- export -----------------------------------------------------------------------------


def _texts(value: dict | None) -> list[str]:
    value = value or {}
    return [value.get(lang, "") for lang in LANGS]


def to_sheets(data: dict) -> dict[str, list[list[Any]]]:
    """The form file's JSON object `data` as sheets: name -> [header, row, ...]."""
    sheets: dict[str, list[list[Any]]] = {name: [list(COLUMNS[name])] for name in SHEETS}
    settings = sheets["settings"]
    if "form" in data:
        settings.append(["form", data["form"]])
    settings.append(["version", data["version"]])
    for lang in LANGS:
        settings.append([f"title::{lang}", data["title"][lang]])
    for lang in LANGS:
        settings.append([f"na_label::{lang}", data["na_label"][lang]])
    for role in ROLES:
        for lang in LANGS:
            settings.append([f"role.{role}::{lang}", data["roles"][role][lang]])
    scoring = data.get("scoring") or {}
    for key in LEVELS:
        settings.append([f"level.{key}", scoring["level_thresholds"][key]])
    if "topic_weight" in scoring:
        settings.append(["topic_weight", scoring["topic_weight"]])
    for key, value in (scoring.get("nps") or {}).items():
        settings.append([f"nps.{key}", value])
    confidence = scoring.get("confidence")
    if confidence is not None:
        for role, n in (confidence.get("min_respondents_per_role") or {}).items():
            settings.append([f"confidence.min_respondents.{role}", n])
        for key in ("min_section_coverage", "interval"):
            if key in confidence:
                settings.append([f"confidence.{key}", confidence[key]])
    for key, spec in data["scales"].items():
        sheets["scales"].append(
            [key, spec.get("kind", SCALE_KINDS.get(key, "")), *_texts(spec["label"])]
        )
        for item in spec.get("values", []):
            sheets["scale_values"].append(
                [key, str(item["value"]), item.get("score"), *_texts(item["label"])]
            )
    for review in data["reviews"]:
        sheets["reviews"].append([review["id"], *_texts(review["title"])])
        for section in review.get("sections", []):
            sheets["sections"].append(
                [
                    section["id"],
                    review["id"],
                    ", ".join(section["roles"]),
                    *_texts(section["title"]),
                    *_texts(section.get("intro")),
                ]
            )
            for topic in section.get("topics", []):
                scored = any(
                    SCALE_KINDS.get(q["scale"]) in ("ordinal", "categorical", "nps")
                    for q in topic.get("questions", [])
                )
                sheets["topics"].append(
                    [topic["id"], section["id"], "" if scored else "no", *_texts(topic["title"])]
                )
                for q in topic.get("questions", []):
                    text = q["text"]
                    by_role = isinstance(text, dict) and bool(set(text) & set(ROLES))
                    role_cells = []
                    for role in ROLES:
                        role_cells += _texts(text.get(role)) if by_role else ["", ""]
                    sheets["questions"].append(
                        [
                            q["id"],
                            topic["id"],
                            section["id"],
                            ", ".join(section["roles"]),
                            q["scale"],
                            q.get("weight"),
                            *(["", ""] if by_role else _texts(text)),
                            *role_cells,
                            *_texts(q.get("help")),
                        ]
                    )
                    for option in q.get("options", []):
                        sheets["choices"].append([q["id"], option["id"], *_texts(option["label"])])
    for row in data.get("crosswalk") or []:
        sheets["crosswalk"].append(
            [
                row.get("question", ""),
                row.get("earlier_version", ""),
                ", ".join(row.get("earlier") or []),
                row.get("relation", ""),
            ]
        )
    return sheets


# --- import -----------------------------------------------------------------------------

SheetRows = list[tuple[int, list[str], list[int]]]  # (row number, cells, bad column indexes)


@dataclass
class _Record:
    sheet: str
    row: int
    cells: dict[str, str]
    columns: dict[str, int]
    bad: set[str] = field(default_factory=set)

    def at(self, name: str) -> Message:
        return message(
            "formsheet.at_cell",
            sheet=self.sheet,
            row=self.row,
            column=column_letter(self.columns[name]) if name in self.columns else "?",
            field=name,
        )

    def where(self) -> Message:
        return message("formsheet.at_row", sheet=self.sheet, row=self.row)

    def get(self, name: str) -> str:
        return self.cells.get(name, "")


class _Reader:
    def __init__(self, sheets: dict[str, SheetRows]):
        self.problems: list[Message] = []
        self.sheets = {name.strip().casefold(): rows for name, rows in sheets.items()}
        for name in sheets:
            if name.strip().casefold() not in SHEETS:
                self.problem("formsheet.unknown_sheet", sheet=name, expected=", ".join(SHEETS))

    def problem(self, code: str, **args: Any) -> None:
        self.problems.append(message(code, **args))

    def records(self, name: str) -> list[_Record]:
        rows = self.sheets.get(name)
        if rows is None:
            if name not in OPTIONAL_SHEETS:  # e.g. a form without choice questions
                self.problem("formsheet.no_sheet", sheet=name)
            return []
        rows = [r for r in rows if any(c.strip() for c in r[1])]
        if not rows:
            return []
        head_row, head, _bad = rows[0]
        columns: dict[str, int] = {}
        for i, cell in enumerate(head):
            title = cell.strip()
            if not title:
                continue
            where = message(
                "formsheet.at_cell",
                sheet=name,
                row=head_row,
                column=column_letter(i),
                field=title,
            )
            if title not in COLUMNS[name]:
                self.problem(
                    "formsheet.unknown_column",
                    where=where,
                    field=title,
                    expected=", ".join(COLUMNS[name]),
                )
            elif title in columns:
                self.problem("formsheet.column_twice", where=where, field=title)
            else:
                columns[title] = i
        missing = [c for c in COLUMNS[name] if c in REQUIRED[name] and c not in columns]
        for title in missing:
            self.problem("formsheet.no_column", sheet=name, row=head_row, field=title)
        if missing:
            return []
        out = []
        for number, cells, bad in rows[1:]:
            values = {title: cells[i] if i < len(cells) else "" for title, i in columns.items()}
            record = _Record(name, number, values, columns)
            for title, i in columns.items():
                if i in bad:
                    record.bad.add(title)
                    self.problem("formsheet.bad_cell", where=record.at(title))
            out.append(record)
        return out

    # --- cells ---

    def required(self, rec: _Record, name: str) -> str | None:
        value = rec.get(name).strip()
        if not value and name not in rec.bad:
            self.problem("formsheet.empty", where=rec.at(name))
        return value or None

    def text(self, rec: _Record, name: str, optional: bool = False) -> dict | None:
        """{"en", "tr"} from the columns name::en and name::tr; None if both are empty and
        `optional`."""
        values = {lang: rec.get(f"{name}::{lang}") for lang in LANGS}
        if optional and not any(v.strip() for v in values.values()):
            return None
        ok = True
        for lang in LANGS:
            if not values[lang].strip():
                self.problem("formsheet.no_text", where=rec.at(f"{name}::{lang}"))
                ok = False
        return values if ok else None

    def number(self, rec: _Record, name: str, value: str | None = None) -> int | float | None:
        value = (rec.get(name) if value is None else value).strip()
        try:
            number = float(value.replace(",", ".")) if value else None
        except ValueError:
            number = None
        if number is None or number != number or number in (float("inf"), float("-inf")):
            self.problem("formsheet.not_number", where=rec.at(name), value=value)
            return None
        return int(number) if number.is_integer() and "." not in value else number

    def unique(self, rec: _Record, value: str, seen: dict[str, int], name: str = "id") -> bool:
        if value in seen:
            self.problem("formsheet.id_twice", where=rec.at(name), value=value, first=seen[value])
            return False
        seen[value] = rec.row
        return True


def _roles(reader: _Reader, rec: _Record, name: str) -> tuple[str, ...] | None:
    raw = rec.get(name)
    # "management, management" is one role (a role twice would be stored twice)
    roles = tuple(dict.fromkeys(r.strip() for r in re.split(r"[,;\s]+", raw) if r.strip()))
    bad = [r for r in roles if r not in ROLES]
    if not roles or bad:
        reader.problem(
            "formsheet.bad_role", where=rec.at(name), value=raw, expected=", ".join(ROLES)
        )
        return None
    return roles


def _settings(reader: _Reader) -> dict:
    known = [
        *PLAIN_SETTINGS,
        *[f"{k}::{lang}" for k in TEXT_SETTINGS for lang in LANGS],
        *NUMBER_SETTINGS,
    ]
    values: dict[str, tuple[str, _Record]] = {}
    seen: dict[str, int] = {}
    for rec in reader.records("settings"):
        key = rec.get("key").strip()
        if not key:
            reader.problem("formsheet.empty", where=rec.at("key"))
            continue
        if key not in known:
            reader.problem(
                "formsheet.unknown_setting",
                where=rec.at("key"),
                value=key,
                expected=", ".join(known),
            )
            continue
        if key in seen:
            reader.problem(
                "formsheet.setting_twice", where=rec.at("key"), value=key, first=seen[key]
            )
            continue
        seen[key] = rec.row
        values[key] = (rec.get("value"), rec)
    out: dict[str, Any] = {}
    for key in ("version", *[f"{k}::{lang}" for k in TEXT_SETTINGS for lang in LANGS]):
        if key not in values:
            reader.problem("formsheet.no_setting", value=key)
        elif not values[key][0].strip():
            reader.problem(
                "formsheet.no_text" if "::" in key else "formsheet.empty",
                where=values[key][1].at("value"),
            )
    if "form" in values and not values["form"][0].strip():  # a family needs a name
        reader.problem("formsheet.empty", where=values["form"][1].at("value"))
    for key in (f"level.{k}" for k in LEVELS):
        if key not in values:
            reader.problem("formsheet.no_setting", value=key)
    for key, (value, rec) in values.items():
        if key in NUMBER_SETTINGS:
            number = reader.number(rec, "value", value)
            if number is None:
                continue
            if key.startswith(("nps.", "confidence.min_respondents.")) and (
                not isinstance(number, int) or number < (1 if "confidence" in key else 0)
            ):
                expected = message(
                    "formsheet.word.at_least_one"
                    if "confidence" in key
                    else "formsheet.word.whole_number"
                )
                reader.problem(
                    "formsheet.out_of_range", where=rec.at("value"), value=value, expected=expected
                )
                continue
            if key == "confidence.min_section_coverage" and not 0 <= number <= 1:
                reader.problem(
                    "formsheet.out_of_range",
                    where=rec.at("value"),
                    value=value,
                    expected=message("formsheet.word.zero_to_one"),
                )
                continue
            if key == "confidence.interval" and not 0.5 <= number < 1:
                reader.problem(
                    "formsheet.out_of_range",
                    where=rec.at("value"),
                    value=value,
                    expected=message("formsheet.word.interval"),
                )
                continue
            out[key] = number
        else:
            out[key] = value if "::" in key else value.strip()
    out["_records"] = {k: rec for k, (_v, rec) in values.items()}
    levels: list[Any] = [out.get(f"level.{k}") for k in LEVELS]
    if all(isinstance(v, (int, float)) for v in levels) and not (
        0 <= levels[0] < levels[1] < levels[2] <= 100
    ):
        reader.problem(
            "formsheet.thresholds",
            where=values["level.optimized"][1].at("value"),
            value=", ".join(f"{k} {v}" for k, v in zip(LEVELS, levels, strict=True)),
        )
    return out


def from_sheets(
    sheets: dict[str, SheetRows],
    earlier: Iterable[Form] = (),
    taken: Iterable[str] = (),
    version: str | None = None,
    source: str = "form.xlsx",
) -> dict:
    """The form file's JSON object the sheets hold, checked; FormSheetError listing every
    problem with its place otherwise. `earlier`: the forms already known (an id keeps its
    scale and roles across those of the same family, the setting "form"); `taken`: versions that exist; `version`: the version to
    give the form instead of the one on the sheet "settings"."""
    reader = _Reader(sheets)
    settings = _settings(reader)
    records = settings.pop("_records")
    if version is not None:
        settings["version"] = version
    v = settings.get("version")
    v_where = (
        records["version"].at("value")
        if "version" in records
        else message("formsheet.no_sheet", sheet="settings")
    )
    if v:
        if not VERSION_RE.match(v) or is_app_version(v):
            reader.problem("formsheet.bad_version", where=v_where, value=v)
        elif v in set(taken):
            reader.problem("formsheet.version_taken", where=v_where, value=v)
        elif any(t.casefold() == v.casefold() for t in taken):  # BANK-1 beside bank-1
            other = next(t for t in taken if t.casefold() == v.casefold())
            reader.problem("formsheet.version_case", where=v_where, value=v, other=other)

    # scales
    scales: dict[str, dict] = {}
    for rec in reader.records("scales"):
        key = reader.required(rec, "scale")
        kind = rec.get("kind").strip()
        label = reader.text(rec, "label")
        if key is None:
            continue
        if key not in SCALE_KINDS:
            reader.problem(
                "formsheet.unknown_scale",
                where=rec.at("scale"),
                value=key,
                expected=", ".join(SCALE_KINDS),
            )
            continue
        if key in scales:
            reader.problem(
                "formsheet.id_twice", where=rec.at("scale"), value=key, first=scales[key]["_row"]
            )
            continue
        if kind != SCALE_KINDS[key]:
            reader.problem(
                "formsheet.scale_kind",
                where=rec.at("kind"),
                scale=key,
                expected=SCALE_KINDS[key],
                value=kind,
            )
        scales[key] = {"_row": rec.row, "kind": SCALE_KINDS[key], "label": label, "values": []}
    for key in SCALE_KINDS:
        if key not in scales and "scales" in reader.sheets:
            reader.problem("formsheet.no_scale", scale=key)
    value_seen: dict[tuple[str, str], int] = {}
    for rec in reader.records("scale_values"):
        key = reader.required(rec, "scale")
        value = reader.required(rec, "value")
        label = reader.text(rec, "label")
        if key is None or value is None:
            continue
        if key not in scales:
            if key not in SCALE_KINDS:
                reader.problem(
                    "formsheet.unknown_scale",
                    where=rec.at("scale"),
                    value=key,
                    expected=", ".join(SCALE_KINDS),
                )
            continue
        if (key, value) in value_seen:
            reader.problem(
                "formsheet.id_twice",
                where=rec.at("value"),
                value=value,
                first=value_seen[key, value],
            )
            continue
        value_seen[key, value] = rec.row
        item: dict[str, Any] = {"value": value, "label": label}
        raw_score = rec.get("score").strip()
        if raw_score:
            score = reader.number(rec, "score")
            if score is not None and not 0 <= score <= 1:
                reader.problem(
                    "formsheet.out_of_range",
                    where=rec.at("score"),
                    value=raw_score,
                    expected=message("formsheet.word.zero_to_one"),
                )
            item["score"] = score
        elif scales[key]["kind"] == "categorical":
            reader.problem("formsheet.score_needed", where=rec.at("score"), scale=key)
        if scales[key]["kind"] in ("ordinal", "nps") and not re.fullmatch(r"-?\d+", value):
            reader.problem("formsheet.not_number", where=rec.at("value"), value=value)
        scales[key]["values"].append(item)
    for key, spec in scales.items():
        if spec["kind"] in ("ordinal", "categorical", "nps") and len(spec["values"]) < 2:
            reader.problem("formsheet.scale_values", scale=key)

    # reviews, sections, topics
    reviews: dict[str, dict] = {}
    seen: dict[str, int] = {}
    for rec in reader.records("reviews"):
        rid = reader.required(rec, "id")
        title = reader.text(rec, "title")
        if rid is None:
            continue
        if not REVIEW_ID_RE.match(rid):
            reader.problem("formsheet.bad_id", where=rec.at("id"), value=rid, example="1")
            continue
        if reader.unique(rec, rid, seen):
            reviews[rid] = {"id": rid, "title": title, "sections": [], "_rec": rec}
    sections: dict[str, dict[str, Any]] = {}
    seen = {}
    for rec in reader.records("sections"):
        sid = reader.required(rec, "id")
        rid = reader.required(rec, "review")
        roles = _roles(reader, rec, "roles")
        title = reader.text(rec, "title")
        intro = reader.text(rec, "intro", optional=True)
        if sid is None or rid is None:
            continue
        if not SECTION_ID_RE.match(sid):
            reader.problem("formsheet.bad_id", where=rec.at("id"), value=sid, example="1.2")
            continue
        if rid not in reviews:
            reader.problem(
                "formsheet.unknown_ref", where=rec.at("review"), value=rid, target="reviews"
            )
            continue
        if not sid.startswith(rid + "."):
            reader.problem("formsheet.wrong_parent", where=rec.at("id"), value=sid, parent=rid)
            continue
        if not reader.unique(rec, sid, seen):
            continue
        section: dict[str, Any] = {"id": sid, "title": title, "roles": list(roles or ())}
        if intro:
            section["intro"] = intro
        section["topics"] = []
        section["_rec"] = rec
        sections[sid] = section
        reviews[rid]["sections"].append(section)
    topics: dict[str, dict[str, Any]] = {}
    seen = {}
    for rec in reader.records("topics"):
        tid = reader.required(rec, "id")
        sid = reader.required(rec, "section")
        title = reader.text(rec, "title")
        if tid is None or sid is None:
            continue
        if not TOPIC_ID_RE.match(tid) or tid.count(".") < 2:
            reader.problem("formsheet.bad_id", where=rec.at("id"), value=tid, example="1.2.3")
            continue
        if sid not in sections:
            reader.problem(
                "formsheet.unknown_ref", where=rec.at("section"), value=sid, target="sections"
            )
            continue
        if not tid.startswith(sid + "."):
            reader.problem("formsheet.wrong_parent", where=rec.at("id"), value=tid, parent=sid)
            continue
        if reader.unique(rec, tid, seen):
            flag = rec.get("scored").strip().casefold()
            if flag not in ("", "yes", "no"):
                reader.problem(
                    "formsheet.out_of_range",
                    where=rec.at("scored"),
                    value=flag,
                    expected=message("formsheet.word.yes_no"),
                )
            topic: dict[str, Any] = {
                "id": tid,
                "title": title,
                "questions": [],
                "_rec": rec,
                "_section": sid,
                "_scored": flag != "no",
            }
            topics[tid] = topic
            sections[sid]["topics"].append(topic)

    # questions
    questions: dict[str, dict[str, Any]] = {}
    seen = {}
    for rec in reader.records("questions"):
        qid = reader.required(rec, "id")
        tid = reader.required(rec, "topic")
        scale = reader.required(rec, "scale")
        if qid is None or tid is None:
            continue
        if not re.fullmatch(r"\d+(\.\d+){2,}-\d+", qid):
            reader.problem("formsheet.bad_id", where=rec.at("id"), value=qid, example="1.2.3-1")
            continue
        if not reader.unique(rec, qid, seen):
            continue
        found = topics.get(tid)
        if found is None:
            reader.problem(
                "formsheet.unknown_ref", where=rec.at("topic"), value=tid, target="topics"
            )
            continue
        topic = found
        section = sections[topic["_section"]]
        expected = f"{tid}-{len(topic['questions']) + 1}"
        if qid != expected:
            reader.problem("formsheet.question_number", where=rec.at("id"), expected=expected)
        given_section = rec.get("section").strip()
        if given_section and given_section != section["id"]:
            reader.problem(
                "formsheet.section_mismatch",
                where=rec.at("section"),
                value=given_section,
                topic=tid,
                expected=section["id"],
            )
        if rec.get("roles").strip():
            roles = _roles(reader, rec, "roles")
            if roles is not None and set(roles) != set(section["roles"]):
                reader.problem(
                    "formsheet.roles_mismatch",
                    where=rec.at("roles"),
                    value=rec.get("roles"),
                    section=section["id"],
                    expected=", ".join(section["roles"]),
                )
        if scale is not None and scale not in scales:
            reader.problem(
                "formsheet.unknown_scale",
                where=rec.at("scale"),
                value=scale,
                expected=", ".join(scales) or ", ".join(SCALE_KINDS),
            )
        role_cols = [r for r in ROLES for lang in LANGS if rec.get(f"label.{r}::{lang}").strip()]
        item = {"id": qid, "scale": scale}
        if role_cols:
            common = any(rec.get(f"label::{lang}").strip() for lang in LANGS)
            if common or set(role_cols) - set(section["roles"]):
                reader.problem(
                    "formsheet.role_text",
                    where=rec.at("label::en"),
                    expected=", ".join(section["roles"]),
                )
            item["text"] = {r: reader.text(rec, f"label.{r}") for r in section["roles"]}
        else:
            item["text"] = reader.text(rec, "label")
        help_text = reader.text(rec, "help", optional=True)
        if help_text:
            item["help"] = help_text
        raw_weight = rec.get("weight").strip()
        if raw_weight:
            weight = reader.number(rec, "weight")
            if weight is not None and weight <= 0:
                reader.problem("formsheet.weight", where=rec.at("weight"), value=raw_weight)
            item["weight"] = weight
        item["_rec"] = rec
        topic["questions"].append(item)
        questions[qid] = item

    # choices
    option_seen: dict[str, set[str]] = {}
    for rec in reader.records("choices"):
        qid = reader.required(rec, "question")
        oid = reader.required(rec, "id")
        label = reader.text(rec, "label")
        if qid is None or oid is None:
            continue
        question = questions.get(qid)
        if question is None:
            reader.problem(
                "formsheet.unknown_ref", where=rec.at("question"), value=qid, target="questions"
            )
            continue
        if question["scale"] in scales and scales[question["scale"]]["kind"] != "choice":
            reader.problem(
                "formsheet.options_not_choice",
                where=rec.at("question"),
                question=qid,
                scale=question["scale"],
            )
            continue
        ids = option_seen.setdefault(qid, set())
        if oid in ids or oid.casefold() == NA or not OPTION_ID_RE.match(oid):
            reader.problem("formsheet.option_id", where=rec.at("id"), value=oid)
            continue
        ids.add(oid)
        question.setdefault("options", []).append({"id": oid, "label": label})

    # what each thing needs under it
    for q in questions.values():
        scale_kind = scales.get(q["scale"] or "", {}).get("kind")
        if scale_kind == "choice" and len(q.get("options", [])) < 2:
            reader.problem("formsheet.no_options", where=q["_rec"].at("scale"), question=q["id"])
    for rid, review in reviews.items():
        if not review["sections"]:
            reader.problem(
                "formsheet.empty_parent",
                where=review["_rec"].at("id"),
                what=message("formsheet.word.review"),
                value=rid,
                target="sections",
            )
    for sid, section in sections.items():
        if not section["topics"]:
            reader.problem(
                "formsheet.empty_parent",
                where=section["_rec"].at("id"),
                what=message("formsheet.word.section"),
                value=sid,
                target="topics",
            )
    for tid, topic in topics.items():
        if not topic["questions"]:
            reader.problem(
                "formsheet.empty_parent",
                where=topic["_rec"].at("id"),
                what=message("formsheet.word.topic"),
                value=tid,
                target="questions",
            )
        else:
            scored = any(
                scales.get(q["scale"] or "", {}).get("kind") in ("ordinal", "categorical", "nps")
                for q in topic["questions"]
            )
            if topic["_scored"] and not scored:
                reader.problem("formsheet.topic_unscored", where=topic["_rec"].at("id"), topic=tid)
            elif scored and not topic["_scored"]:
                reader.problem(
                    "formsheet.topic_marked_unscored", where=topic["_rec"].at("scored"), topic=tid
                )

    # an id keeps its meaning across the versions of a form family (settings "form")
    family = settings.get("form", "")
    for form in earlier:
        if not same_family(form.family, family):
            continue
        for qid, q in questions.items():
            old = form.questions.get(qid)
            if old is None:
                continue
            section = sections[topics[q["_rec"].get("topic").strip()]["_section"]]
            if q["scale"] in scales and old.scale.key != q["scale"]:
                reader.problem(
                    "formsheet.reused_id",
                    where=q["_rec"].at("scale"),
                    question=qid,
                    what=message("formsheet.word.scale"),
                    old=old.scale.key,
                    version=form.version,
                )
            elif set(old.roles) != set(section["roles"]):
                reader.problem(
                    "formsheet.reused_id",
                    where=q["_rec"].at("roles" if "roles" in q["_rec"].columns else "topic"),
                    question=qid,
                    what=message("formsheet.word.roles"),
                    old=", ".join(old.roles),
                    version=form.version,
                )

    crosswalk = _crosswalk(reader, settings.get("version") or "", questions, earlier)

    if reader.problems:
        raise FormSheetError(source, reader.problems)

    data = _assemble(settings, scales, reviews)
    if crosswalk:
        data["crosswalk"] = crosswalk
    try:
        parse_form(data, f"form {data['version']}")
    except FormError as exc:  # a rule the sheet checks above missed: still refused
        raise FormSheetError(source, [message("formsheet.invalid", detail=str(exc))]) from exc
    return data


def _crosswalk(
    reader: _Reader, version: str, questions: dict[str, Any], earlier: Iterable[Form]
) -> list[dict]:
    """The sheet "crosswalk" (optional): one row per question of this form related to an
    earlier version (or per earlier question dropped), each checked with its place."""
    known = {f.version: f for f in earlier}
    rows: list[dict] = []
    mapped: dict[tuple[str, str], int] = {}  # (earlier version, question) -> row
    claimed: dict[tuple[str, str], list[tuple[str, _Record]]] = {}
    for rec in reader.records("crosswalk"):
        qid = rec.get("question").strip()
        relation = reader.required(rec, "relation")
        other = reader.required(rec, "earlier_version")
        if other and other not in known and other.isdigit() and f"{other}.0" in known:
            other += ".0"  # 1.0 typed into a number cell: the cell holds 1
        ids = [e for e in re.split(r"[,;\s]+", rec.get("earlier")) if e]
        if relation is None or other is None:
            continue
        if relation not in RELATIONS:
            reader.problem(
                "formsheet.cw_relation",
                where=rec.at("relation"),
                value=relation,
                expected=", ".join(RELATIONS),
            )
            continue
        if relation == "dropped":
            if qid:
                reader.problem("formsheet.cw_dropped_question", where=rec.at("question"))
                continue
        elif not qid:
            reader.problem("formsheet.empty", where=rec.at("question"))
            continue
        elif qid not in questions:
            reader.problem(
                "formsheet.unknown_ref", where=rec.at("question"), value=qid, target="questions"
            )
            continue
        elif (other, qid) in mapped:
            reader.problem(
                "formsheet.id_twice",
                where=rec.at("question"),
                value=qid,
                first=mapped[other, qid],
            )
            continue
        if qid:
            mapped[other, qid] = rec.row
        expected = (
            "formsheet.word.cw_none"
            if relation == "new"
            else "formsheet.word.cw_two"
            if relation == "merged"
            else "formsheet.word.cw_one"
        )
        count_ok = (
            not ids
            if relation == "new"
            else len(ids) >= 2
            if relation == "merged"
            else len(ids) == 1
        )
        if not count_ok:
            reader.problem(
                "formsheet.cw_count",
                where=rec.at("earlier"),
                relation=relation,
                expected=message(expected),
                count=len(ids),
            )
        if other == version:
            reader.problem(
                "formsheet.cw_cycle",
                where=rec.at("earlier_version"),
                value=other,
                path=f"{version} → {version}",
            )
            continue
        form = known.get(other)
        if form is None:
            reader.problem(
                "formsheet.cw_no_version",
                where=rec.at("earlier_version"),
                value=other,
                expected=", ".join(known) or "–",
            )
            continue
        cycle = _cycle(form, version, known)
        if cycle:
            reader.problem(
                "formsheet.cw_cycle",
                where=rec.at("earlier_version"),
                value=other,
                path=" → ".join([version, *cycle]),
            )
            continue
        bad = [e for e in ids if e not in form.questions]
        for e in bad:
            reader.problem(
                "formsheet.cw_unknown_earlier", where=rec.at("earlier"), value=e, version=other
            )
        if bad or not count_ok:
            continue
        for e in ids:
            claimed.setdefault((other, e), []).append((relation, rec))
        row: dict[str, Any] = {}
        if qid:
            row["question"] = qid
        row["earlier_version"] = other
        row["earlier"] = ids
        row["relation"] = relation
        rows.append(row)
    for (_other, e), uses in claimed.items():
        first = uses[0][1]
        if len(uses) > 1 and any(r != "split" for r, _ in uses):
            for _r, rec in uses[1:]:
                reader.problem(
                    "formsheet.cw_earlier_twice", where=rec.at("earlier"), value=e, first=first.row
                )
        elif uses[0][0] == "split" and len(uses) == 1:
            reader.problem("formsheet.cw_split_one", where=first.at("earlier"), value=e)
    return rows


def _cycle(form: Form, version: str, known: dict[str, Form]) -> list[str]:
    """The versions from `form` back to `version` along the crosswalks of the stored
    forms ([] when none leads there)."""
    queue = [[form.version]]
    seen = {form.version}
    while queue:
        chain = queue.pop(0)
        current = known.get(chain[-1])
        for row in current.crosswalk if current else ():
            if row.earlier_version == version:
                return [*chain, version]
            if row.earlier_version not in seen:
                seen.add(row.earlier_version)
                queue.append([*chain, row.earlier_version])
    return []


def _assemble(settings: dict, scales: dict, reviews: dict) -> dict:
    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if not k.startswith("_")}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    data: dict[str, Any] = {}
    if settings.get("form"):
        data["form"] = settings["form"]
    data["version"] = settings["version"]
    data["title"] = {lang: settings[f"title::{lang}"] for lang in LANGS}
    data["roles"] = {r: {lang: settings[f"role.{r}::{lang}"] for lang in LANGS} for r in ROLES}
    scoring: dict[str, Any] = {
        "level_thresholds": {k: settings[f"level.{k}"] for k in LEVELS},
    }
    if settings.get("topic_weight"):
        scoring["topic_weight"] = settings["topic_weight"]
    nps = {
        k: settings[f"nps.{k}"] for k in ("promoter_min", "detractor_max") if f"nps.{k}" in settings
    }
    if nps:
        scoring["nps"] = nps
    confidence: dict[str, Any] = {}
    per_role = {
        r: settings[f"confidence.min_respondents.{r}"]
        for r in ROLES
        if f"confidence.min_respondents.{r}" in settings
    }
    if per_role:
        confidence["min_respondents_per_role"] = per_role
    for key in ("min_section_coverage", "interval"):
        if f"confidence.{key}" in settings:
            confidence[key] = settings[f"confidence.{key}"]
    if confidence:
        scoring["confidence"] = confidence
    data["scoring"] = scoring
    data["na_label"] = {lang: settings[f"na_label::{lang}"] for lang in LANGS}
    for spec in scales.values():
        if not spec["values"] and spec["kind"] in ("choice", "text"):
            del spec["values"]  # as the form files write them
    data["scales"] = clean(scales)
    data["reviews"] = clean(list(reviews.values()))
    return data
