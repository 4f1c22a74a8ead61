"""A client's applicability list belongs to the form family it was made on (schema
version 13): a snapshot on a form of another family does not get it, ids the snapshot's form
lacks are not frozen onto it, and the CLI says so; migration 13 from a store at 12."""

import copy
import json

from csmm_desktop.cli import main
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.services import applicability, assessment, clients, form_store
from csmm_desktop.store import backup, migrations
from csmm_desktop.store.db import connect
from tests.unit.test_form_sheet import bundled_data, small_form


def store_form(db, data):
    """A custom form put in the store as form-import leaves it."""
    with db.atomic():
        db.execute(
            "INSERT INTO forms (version, json, imported_at) VALUES (?, ?, 't')",
            [data["version"], json.dumps(data, ensure_ascii=False)],
        )
    form_store.register(db)
    return data["version"]


def without_topic(version, topic_id, family=None):
    """The bundled form as `version` without one topic (same family unless `family`)."""
    data = copy.deepcopy(bundled_data())
    data["version"] = version
    if family is not None:
        data["form"] = family
    for review in data["reviews"]:
        for section in review["sections"]:
            section["topics"] = [t for t in section["topics"] if t["id"] != topic_id]
    return data


def test_a_list_is_not_frozen_onto_a_snapshot_of_another_family(db):
    store_form(db, small_form())  # family "shop": its 1.1.1-1 is "Packaging protects."
    client = clients.create_client(db, "Banka", sector="Bankacılık")
    saved = applicability.save(db, client.id, ["1.1.1-1", "2.3.8"])
    assert saved.family == "csmm-maturity-assessment"  # made on the bundled form
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="shop-1")
    assert applicability.snapshot_items(db, snap.id) == ()
    assert "1.1.1-1" in assessment.snapshot_form(db, snap.id).questions
    # a snapshot on the bundled form still gets it
    other = clients.create_snapshot(db, client.id, "planned", "2026-03-01", form_version="1.0")
    assert applicability.snapshot_items(db, other.id) == ("1.1.1-1", "2.3.8")
    fitted = applicability.fit(
        form_store.load(db, "shop-1"), applicability.client_applicability(db, client.id)
    )
    assert fitted.items == () and fitted.other_family == "csmm-maturity-assessment"
    assert "made for another form (family 'csmm-maturity-assessment')" in str(
        fitted.notes(form_store.load(db, "shop-1"))[0]
    )


def test_a_list_made_on_a_custom_form_records_its_family(db):
    store_form(db, small_form())
    client = clients.create_client(db, "Mağaza")
    first = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="shop-1")
    assert applicability.save(db, client.id, ["1.1.1-1"]).family == "shop"  # the latest's form
    later = clients.create_snapshot(db, client.id, "planned", "2026-03-01", form_version="shop-1")
    bundled = clients.create_snapshot(db, client.id, "measured", "2026-06-01", form_version="1.0")
    assert applicability.snapshot_items(db, later.id) == ("1.1.1-1",)
    assert applicability.snapshot_items(db, bundled.id) == ()
    assert applicability.snapshot_items(db, first.id) == ()


def test_ids_the_snapshots_form_lacks_are_dropped_from_the_frozen_copy(db):
    store_form(db, without_topic("trim-1.0", "2.3.8"))
    client = clients.create_client(db, "Banka")
    applicability.save(db, client.id, ["2.3.8", "2.4.6-3"], family="csmm-maturity-assessment")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="trim-1.0")
    assert applicability.snapshot_items(db, snap.id) == ("2.4.6-3",)
    # the client's own list keeps every id (for other versions)
    assert applicability.client_applicability(db, client.id).items == ("2.3.8", "2.4.6-3")
    notes = applicability.fit(
        form_store.load(db, "trim-1.0"), applicability.client_applicability(db, client.id)
    ).notes(form_store.load(db, "trim-1.0"))
    assert [str(n) for n in notes] == [
        "Not in form version trim-1.0, so not left out of its snapshots: 2.3.8."
    ]


def test_the_cli_says_the_list_was_made_for_another_form(db, data_dir, capsys):
    store_form(db, small_form())
    client = clients.create_client(db, "Banka")
    applicability.save(db, client.id, ["2.3.8"], family="csmm-maturity-assessment")
    clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="shop-1")
    db.close()
    code = main(["--data-dir", str(data_dir), "applicability", client.id])
    out = capsys.readouterr().out
    assert code == 0
    assert "The client's list was made for another form (family 'csmm-maturity-assessment')" in out
    assert "not for form version shop-1 (family 'shop')" in out
    assert "ids of the client's list: 2.3.8" in out


def test_a_store_at_version_12_migrates_with_a_backup_to_the_bundled_family(data_dir):
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=12)
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'Eski', 't', 't')"
        )
        db.execute(
            "INSERT INTO client_applicability (client_id, not_applicable, preset, updated_at) "
            "VALUES ('c', '[\"2.3.8\"]', 'finance', 't')"
        )
    migrations.migrate(db, db_path(data_dir), backup_dir(data_dir))
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION >= 13
    assert len(backup.backups(backup_dir(data_dir), "pre-migration-v12")) == 1
    stored = applicability.client_applicability(db, "c")
    assert stored.items == ("2.3.8",) and stored.family == "csmm-maturity-assessment"
    with db.atomic():  # run again: no change, no error
        migrations._v13_applicability_family(db)
    db.close()


def test_a_list_made_on_a_form_of_no_family_serves_its_snapshots(db):
    data = small_form("plain-1")
    del data["form"]  # a form of no family
    store_form(db, data)
    client = clients.create_client(db, "Mağaza")
    clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="plain-1")
    assert applicability.save(db, client.id, ["1.1.2"]).family == ""
    later = clients.create_snapshot(db, client.id, "planned", "2026-03-01", form_version="plain-1")
    assert applicability.snapshot_items(db, later.id) == ("1.1.2",)
    bundled = clients.create_snapshot(db, client.id, "measured", "2026-06-01", form_version="1.0")
    assert applicability.snapshot_items(db, bundled.id) == ()


def test_a_bundle_carries_the_lists_family(db, tmp_path):
    from csmm_desktop.services import bundle
    from csmm_desktop.store import open_store

    store_form(db, small_form())
    client = clients.create_client(db, "Mağaza")
    clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="shop-1")
    applicability.save(db, client.id, ["1.1.2"])
    out = bundle.export_bundle(db, client.id, tmp_path / "c.csmm").path
    other = open_store(tmp_path / "other")
    try:
        bundle.import_bundle(other, out)
        stored = applicability.client_applicability(other, client.id)
        assert stored.items == ("1.1.2",) and stored.family == "shop"
        later = clients.create_snapshot(
            other, client.id, "planned", "2026-03-01", form_version="shop-1"
        )
        assert applicability.snapshot_items(other, later.id) == ("1.1.2",)
    finally:
        other.close()
