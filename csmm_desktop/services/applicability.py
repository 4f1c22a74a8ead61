"""Per-client applicability: which sections, topics and questions of the form do not apply to
a client, the sector presets, and the list each snapshot was frozen with (docs/forms.md,
"Per-client applicability"; the rules are domain/applicability.py).

The client's list (table `client_applicability`) is what its next snapshots get: creating a
snapshot copies it onto the snapshot (`snapshot_applicability`, in the same transaction), and
from then on the snapshot keeps its own list, so a later change for the client never changes
an older snapshot's questions, scores or reports. The consultant may also apply a change to
chosen snapshots on purpose (`save(..., snapshot_ids=…)`). A snapshot without a row (every
snapshot made before schema version 11) has all its questions.

Ids mean something only within a form family (the form file's "form"), so the client's list
records the family it was made on (schema version 13): a snapshot on a form of another
family starts with every question applicable, and ids its form does not have are not frozen
onto it (`fit`; the dialog and the CLI say so).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from csmm_desktop.domain import applicability as rules
from csmm_desktop.domain.form import Form, new_snapshot_version, same_family
from csmm_desktop.messages import QT_TRANSLATE_NOOP, catalogue, message
from csmm_desktop.services.clients import InputError, get_client, get_snapshot, list_snapshots
from csmm_desktop.services.common import now

if TYPE_CHECKING:
    from sqlite_utils import Database

MESSAGES = catalogue(
    {
        "applicability.unknown_item": QT_TRANSLATE_NOOP(
            "Messages",
            "'{item}' is not a section, topic or question of form version {version}.",
        ),
        "applicability.unknown_preset": QT_TRANSLATE_NOOP(
            "Messages", "There is no sector preset '{preset}'; the presets are: {presets}."
        ),
        "applicability.snapshot_of_other_client": QT_TRANSLATE_NOOP(
            "Messages", "Snapshot {snapshot} is not a snapshot of {client}."
        ),
        "applicability.no_client": QT_TRANSLATE_NOOP(
            "Messages", "Name the client (applicability CLIENT), or ask for --presets."
        ),
        "applicability.stored_damaged": QT_TRANSLATE_NOOP(
            "Messages",
            "The list of questions not applicable to {what} is damaged in the data file.",
        ),
        "applicability.other_family": QT_TRANSLATE_NOOP(
            "Messages",
            "The client's list was made for another form (family '{family}'), not for form "
            "version {version} (family '{form_family}'): snapshots on this form start with "
            "every question applicable.",
        ),
        "applicability.dropped_items": QT_TRANSLATE_NOOP(
            "Messages",
            "Not in form version {version}, so not left out of its snapshots: {items}.",
        ),
    }
)


@dataclass(frozen=True)
class ClientApplicability:
    client_id: str
    items: tuple[str, ...]  # section, topic and question ids that do not apply
    preset: str  # the sector preset last applied ('' for none)
    updated_at: str  # '' when never set
    family: str = ""  # the form family the list was made on (its ids are that family's)


@dataclass(frozen=True)
class Fit:
    """The client's list as a snapshot on `form` gets it (`fit`)."""

    items: tuple[str, ...]  # what is frozen onto the snapshot
    other_family: str  # the list's family when it is not the form's ('' when it is)
    dropped: tuple[str, ...]  # ids of the list the form does not have

    def notes(self, form: Form) -> list:
        """Messages saying what of the client's list the form does not get."""
        out = []
        if self.other_family:
            out.append(
                message(
                    "applicability.other_family",
                    family=self.other_family,
                    version=form.version,
                    form_family=form.family,
                )
            )
        if self.dropped:
            out.append(
                message(
                    "applicability.dropped_items",
                    version=form.version,
                    items=", ".join(self.dropped),
                )
            )
        return out


def fit(form: Form, stored: ClientApplicability) -> Fit:
    """What of the client's list applies to a snapshot on `form`: nothing when the list was
    made for another form family, else its ids that `form` has."""
    if not stored.items:
        return Fit((), "", ())
    # two forms of no family (no "form" in their files): the ids are taken as they are
    blank = not stored.family.strip() and not form.family.strip()
    if not blank and not same_family(stored.family, form.family):
        return Fit((), stored.family or "?", ())
    kept = tuple(i for i in stored.items if rules.known(form, i))
    return Fit(kept, "", tuple(i for i in stored.items if i not in kept))


def _items(text: str, what: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
        raise InputError(message("applicability.stored_damaged", what=what))
    return tuple(value)


def client_applicability(db: Database, client_id: str) -> ClientApplicability:
    """The client's list (empty if never set)."""
    client = get_client(db, client_id)
    row = db.execute(
        "SELECT not_applicable, preset, updated_at, form_family FROM client_applicability "
        "WHERE client_id = ?",
        [client_id],
    ).fetchone()
    if row is None:
        return ClientApplicability(client_id, (), "", "")
    return ClientApplicability(client_id, _items(row[0], client.name), row[1], row[2], row[3])


def snapshot_items(db: Database, snapshot_id: str) -> tuple[str, ...]:
    """The items the snapshot was frozen with (() for none: every question applies)."""
    row = db.execute(
        "SELECT not_applicable FROM snapshot_applicability WHERE snapshot_id = ?", [snapshot_id]
    ).fetchone()
    return _items(row[0], snapshot_id) if row else ()


def form_for(db: Database, client_id: str, snapshot_id: str = "") -> Form:
    """The form the client's list is edited on: the snapshot's, else that of the client's
    latest snapshot, else the one new snapshots get."""
    from csmm_desktop.services import form_store

    if snapshot_id:
        return form_store.load(db, get_snapshot(db, snapshot_id).form_version)
    snaps = list_snapshots(db, client_id)
    return form_store.load(db, snaps[-1].form_version if snaps else new_snapshot_version())


def check_items(form: Form, items: Iterable[str]) -> tuple[str, ...]:
    """`items` without repeats, each a section, topic or question id of `form`; InputError
    naming the first that is not."""
    out = tuple(dict.fromkeys(i.strip() for i in items if i.strip()))
    for item in out:
        if not rules.known(form, item):
            raise InputError(message("applicability.unknown_item", item=item, version=form.version))
    return out


def preset_items(preset_id: str) -> rules.Preset:
    found = rules.preset(preset_id)
    if found is None:
        names = ", ".join(p.id for p in rules.presets())
        raise InputError(message("applicability.unknown_preset", preset=preset_id, presets=names))
    return found


def save(
    db: Database,
    client_id: str,
    items: Sequence[str],
    *,
    preset: str = "",
    snapshot_ids: Sequence[str] = (),
    family: str | None = None,
) -> ClientApplicability:
    """Store the client's list (`items`: ids, as domain/applicability.compact/merge give
    them, of the form family `family`: by default that of `form_for(client)`) and, on
    purpose, the same list for the snapshots `snapshot_ids` of the client; in one
    transaction."""
    stamp = now()
    text = json.dumps(list(dict.fromkeys(items)), ensure_ascii=False)
    with db.atomic():
        client = get_client(db, client_id)
        if family is None:
            family = form_for(db, client_id).family
        if preset:
            preset_items(preset)
        for sid in snapshot_ids:
            if get_snapshot(db, sid).client_id != client_id:
                raise InputError(
                    message(
                        "applicability.snapshot_of_other_client", snapshot=sid, client=client.name
                    )
                )
        db.execute(
            "INSERT INTO client_applicability "
            "(client_id, not_applicable, preset, updated_at, form_family) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET "
            "not_applicable = excluded.not_applicable, preset = excluded.preset, "
            "updated_at = excluded.updated_at, form_family = excluded.form_family",
            [client_id, text, preset, stamp, family],
        )
        for sid in snapshot_ids:
            _store_snapshot(db, sid, text, stamp)
    return client_applicability(db, client_id)


def _store_snapshot(db: Database, snapshot_id: str, text: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO snapshot_applicability (snapshot_id, not_applicable, updated_at) "
        "VALUES (?, ?, ?) ON CONFLICT (snapshot_id) DO UPDATE SET "
        "not_applicable = excluded.not_applicable, updated_at = excluded.updated_at",
        [snapshot_id, text, stamp],
    )


def freeze(db: Database, client_id: str, snapshot_id: str) -> None:
    """Give a new snapshot the client's list as it is now (inside the caller's
    transaction): only when the list was made for the snapshot's form family, and only the
    ids its form has (`fit`); nothing when the client has none."""
    stored = client_applicability(db, client_id)
    if not stored.items:
        return
    from csmm_desktop.services import form_store

    kept = fit(form_store.load(db, get_snapshot(db, snapshot_id).form_version), stored).items
    if kept:
        _store_snapshot(db, snapshot_id, json.dumps(list(kept), ensure_ascii=False), now())


def apply_preset(
    db: Database, client_id: str, preset_id: str, *, snapshot_ids: Sequence[str] = ()
) -> ClientApplicability:
    """Replace the client's list with a sector preset."""
    found = preset_items(preset_id)
    return save(db, client_id, found.items, preset=found.id, snapshot_ids=snapshot_ids)


def left_out(db: Database, snapshot_id: str) -> list[rules.LeftOut]:
    """What is left out of a snapshot, in form order (for reports and the CLI)."""
    items = snapshot_items(db, snapshot_id)
    if not items:
        return []
    from csmm_desktop.services import form_store

    return rules.left_out(form_store.load(db, get_snapshot(db, snapshot_id).form_version), items)
