"""Who issues the reports, and what each snapshot's report adds to the data.

The consultancy profile (name, consultant, contact, a confidentiality line, an optional
logo, and the privacy notice of the blank forms, schema 8) is one row of the `issuer` table
in the data file (schema 5), not a settings file:
a backup, a restore or a data folder carried to another laptop carries it along with the
clients it signs for, and it is written in the same transaction as everything else. The
logo is copied into the data folder (the file the consultant picked may move or vanish);
the row names the copy.

Per snapshot, the report's key messages (the consultant's own words for the executive
summary, optional), the recommendations chosen for it (with the consultant's rewording of
some) and its version number are in `snapshot_reports`. Printing never
changes them: a report is marked draft or final when it is printed (`--final`, a check box
in the export dialog), and the version changes only when the consultant sets it, so
printing a final twice gives the same document and a revised final is a deliberate
"version 2". No Qt.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.outputs import data_dir_of
from csmm_desktop.services.checks import clean_text
from csmm_desktop.services.clients import InputError, get_snapshot
from csmm_desktop.services.common import now

if TYPE_CHECKING:
    from sqlite_utils import Database

MESSAGES = catalogue(
    {
        "field.issuer_name": QT_TRANSLATE_NOOP("Messages", "The consultancy's name"),
        "field.issuer_consultant": QT_TRANSLATE_NOOP("Messages", "The consultant"),
        "field.issuer_contact": QT_TRANSLATE_NOOP("Messages", "The contact"),
        "field.issuer_confidentiality": QT_TRANSLATE_NOOP("Messages", "The confidentiality line"),
        "field.issuer_privacy": QT_TRANSLATE_NOOP("Messages", "The privacy notice"),
        "field.key_messages": QT_TRANSLATE_NOOP("Messages", "The key messages text"),
        "field.recommendation": QT_TRANSLATE_NOOP(
            "Messages", "The text of the recommendation on {topic}"
        ),
        "issuer.logo_kind": QT_TRANSLATE_NOOP(
            "Messages", "The logo {file} is not a PNG or JPEG image."
        ),
        "issuer.logo_unreadable": QT_TRANSLATE_NOOP(
            "Messages", "The logo {file} cannot be read as an image: {reason}"
        ),
        "issuer.logo_too_big": QT_TRANSLATE_NOOP(
            "Messages", "The logo {file} is {size} MB; at most {limit} MB fit."
        ),
        "issuer.no_folder": QT_TRANSLATE_NOOP(
            "Messages", "A logo needs a data folder to be copied into."
        ),
        "report.bad_version": QT_TRANSLATE_NOOP(
            "Messages", "The report's version must be a whole number from 1 to 999."
        ),
    }
)
LOGO_KINDS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
LOGO_MAX_MB = 5
LINE_MAX = 200
RECOMMENDATIONS = 5  # printed on the executive summary, at most
CANDIDATES = 6  # topics the ranking proposes (reports/ranked_part.py prints them all)
KEY_MESSAGES_MAX = 2000
RECOMMENDATION_MAX = 600  # one recommendation's text as the consultant words it
PRIVACY_MAX = 3000  # the privacy notice: a paragraph or three on the blank form's first page


@dataclass(frozen=True)
class Issuer:
    name: str = ""
    consultant: str = ""
    contact: str = ""
    confidentiality: str = ""
    logo: str = ""  # file name of the copy in the data folder; "" for none
    privacy_notice: str = ""  # printed on the blank forms; "" for the report's default text

    @property
    def empty(self) -> bool:
        return not (self.name or self.consultant or self.contact or self.confidentiality)


@dataclass(frozen=True)
class ReportMeta:
    """What a snapshot's report adds: the key messages, the version number, the
    recommendations the consultant chose for the summary (topic ids, in order; None: the
    ranking as it is) and the texts the consultant wrote for some of them instead of the
    ranking's suggestion ((topic id, text) pairs, sorted by topic id)."""

    key_messages: str = ""
    version: int = 1
    recommendations: tuple[str, ...] | None = None
    texts: tuple[tuple[str, str], ...] = ()

    def text_of(self, topic_id: str) -> str:
        """The consultant's text for the topic's recommendation; "" for the suggested one."""
        return dict(self.texts).get(topic_id, "")


def get_issuer(db: Database) -> Issuer:
    row = db.execute(
        "SELECT name, consultant, contact, confidentiality, logo, privacy_notice FROM issuer "
        "WHERE id = 1"
    ).fetchone()
    return Issuer(*row) if row else Issuer()


def logo_path(db: Database, issuer: Issuer | None = None) -> Path | None:
    """The logo's copy in the data folder, if there is one and it is still there."""
    issuer = issuer or get_issuer(db)
    folder = data_dir_of(db)
    if not issuer.logo or folder is None:
        return None
    path = folder / issuer.logo
    return path if path.is_file() else None


def _copy_logo(db: Database, source: str) -> str:
    """Check the picture and copy it into the data folder (written whole, then moved in
    place); returns the copy's file name."""
    src = Path(source)
    kind = LOGO_KINDS.get(src.suffix.lower())
    if kind is None:
        raise InputError(message("issuer.logo_kind", file=src.name))
    folder = data_dir_of(db)
    if folder is None:
        raise InputError(message("issuer.no_folder"))
    data = src.read_bytes()
    size = len(data) / 1_000_000
    if size > LOGO_MAX_MB:
        raise InputError(
            message("issuer.logo_too_big", file=src.name, size=f"{size:.1f}", limit=LOGO_MAX_MB)
        )
    from io import BytesIO

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(data)) as image:
            if image.format != kind:
                raise InputError(message("issuer.logo_kind", file=src.name))
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(message("issuer.logo_unreadable", file=src.name, reason=exc)) from None
    name = f"issuer-logo-{hashlib.sha256(data).hexdigest()[:12]}{src.suffix.lower()}"
    target = folder / name
    if not target.exists():
        partial = folder / f".{name}.partial"
        partial.write_bytes(data)
        os.replace(partial, target)
    return name


def save_issuer(
    db: Database,
    *,
    name: str = "",
    consultant: str = "",
    contact: str = "",
    confidentiality: str = "",
    logo: str | None = None,
    privacy_notice: str | None = None,
) -> Issuer:
    """Store the consultancy profile. `logo`: None keeps the current one, "" removes it,
    a path copies that PNG or JPEG into the data folder. `privacy_notice`: None keeps the
    stored one, "" prints the default text."""
    values = {
        "name": clean_text(name, message("field.issuer_name"), limit=LINE_MAX, line=True),
        "consultant": clean_text(
            consultant, message("field.issuer_consultant"), limit=LINE_MAX, line=True
        ),
        "contact": clean_text(contact, message("field.issuer_contact"), limit=LINE_MAX),
        "confidentiality": clean_text(
            confidentiality, message("field.issuer_confidentiality"), limit=LINE_MAX, line=True
        ),
    }
    before = get_issuer(db)
    values["privacy_notice"] = (
        before.privacy_notice
        if privacy_notice is None
        else clean_text(privacy_notice, message("field.issuer_privacy"), limit=PRIVACY_MAX)
    )
    if logo is None:
        values["logo"] = before.logo
    elif not logo.strip():
        values["logo"] = ""
    else:
        values["logo"] = _copy_logo(db, logo)
    with db.atomic():
        db.execute(
            "INSERT INTO issuer (id, name, consultant, contact, confidentiality, logo, "
            "privacy_notice, updated_at) VALUES (1, :name, :consultant, :contact, "
            ":confidentiality, :logo, :privacy_notice, :at) ON CONFLICT (id) DO UPDATE SET "
            "name = :name, consultant = :consultant, contact = :contact, "
            "confidentiality = :confidentiality, logo = :logo, "
            "privacy_notice = :privacy_notice, updated_at = :at",
            {**values, "at": now()},
        )
    folder = data_dir_of(db)
    if before.logo and before.logo != values["logo"] and folder is not None:
        (folder / before.logo).unlink(missing_ok=True)  # the old copy, once nothing names it
    return Issuer(**values)


def _read_recommendations(
    stored: str,
) -> tuple[tuple[str, ...] | None, tuple[tuple[str, str], ...]]:
    """snapshot_reports.recommendations: "" (the ranking as it is), a JSON list of topic
    ids (the choice, in order; what migration 5 and every later save without edited texts
    write), or a JSON object {"chosen": list or null, "texts": {topic id: text}} when the
    consultant rewrote some. Anything else (written by hand, damaged): the ranking as it
    is, the suggested texts."""
    if not stored:
        return None, ()
    try:
        found = json.loads(stored)
    except ValueError:
        return None, ()
    texts: tuple[tuple[str, str], ...] = ()
    if isinstance(found, dict):
        written = found.get("texts")
        if isinstance(written, dict):
            texts = tuple(
                sorted((str(t), x) for t, x in written.items() if isinstance(x, str) and x)
            )
        found = found.get("chosen")
    chosen = tuple(str(t) for t in found) if isinstance(found, list) else None
    return chosen, texts


def get_report_meta(db: Database, snapshot_id: str) -> ReportMeta:
    row = db.execute(
        "SELECT key_messages, version, recommendations FROM snapshot_reports WHERE snapshot_id = ?",
        [snapshot_id],
    ).fetchone()
    if row is None:
        return ReportMeta()
    chosen, texts = _read_recommendations(row[2])
    return ReportMeta(row[0], row[1], chosen, texts)


def save_report_meta(
    db: Database,
    snapshot_id: str,
    *,
    key_messages: str = "",
    version: int = 1,
    recommendations: list[str] | tuple[str, ...] | None = None,
    texts: Mapping[str, str] | None = None,
) -> ReportMeta:
    """Store the key messages, version number, chosen recommendations (topic ids in
    the order to print; None: the ranking as it is) and the consultant's own texts for
    some recommendations ({topic id: text}; an empty text: the suggested one) of a
    snapshot's report."""
    get_snapshot(db, snapshot_id)  # a clear message if it was deleted meanwhile
    text = clean_text(key_messages, message("field.key_messages"), limit=KEY_MESSAGES_MAX)
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 999:
        raise InputError(message("report.bad_version"))
    chosen = None if recommendations is None else tuple(dict.fromkeys(map(str, recommendations)))
    written = {}
    for topic_id, value in (texts or {}).items():
        what = message("field.recommendation", topic=topic_id)
        cleaned = clean_text(value, what, limit=RECOMMENDATION_MAX)
        if cleaned:
            written[str(topic_id)] = cleaned
    edited = tuple(sorted(written.items()))
    if edited:  # older versions read this as the ranking as it is, with its texts
        listed = None if chosen is None else list(chosen)
        stored = json.dumps({"chosen": listed, "texts": dict(edited)}, ensure_ascii=False)
    else:  # the list every version reads
        stored = "" if chosen is None else json.dumps(list(chosen))
    with db.atomic():
        db.execute(
            "INSERT INTO snapshot_reports (snapshot_id, key_messages, version, "
            "recommendations, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (snapshot_id) "
            "DO UPDATE SET key_messages = excluded.key_messages, version = excluded.version, "
            "recommendations = excluded.recommendations, updated_at = excluded.updated_at",
            [snapshot_id, text, version, stored, now()],
        )
    return ReportMeta(text, version, chosen, edited)
