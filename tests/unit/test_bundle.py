"""Client bundles (issue 19): export, import and merge, conflicts, bad bundles."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from csmm_desktop.cli import main
from csmm_desktop.config import backup_dir, db_path
from csmm_desktop.domain import bundle as rules
from csmm_desktop.services import assessment, bundle, clients, cxboard, engagement
from csmm_desktop.services.bundle import BundleError
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import backup, migrations, open_store
from csmm_desktop.store.db import connect
from tests.unit.bundle_tools import client_dump, dump, edit_rows, read_zip, write_zip


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop(tmp_path):
    """A second data folder (another laptop), opened lazily."""
    opened = []

    def make(name: str):
        db = open_store(tmp_path / name)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


# demo_db (tests/conftest.py): the data folder's store with the demo client in it


def at(db, sql, params=()):
    """A change made by hand (a fixed time, so which side is newer is known)."""
    with db.atomic():
        db.execute(sql, list(params))


def first_respondent(db, snapshot_id):
    return assessment.list_respondents(db, snapshot_id)[0]


# --- the format -----------------------------------------------------------------------------


def test_every_table_of_a_client_is_bundled(db):
    """A table added to the schema is bundled (listed in domain/bundle.TABLES) or named as
    not a client's (NOT_BUNDLED): otherwise this fails. Each listed table's key and its
    way to the client are those of the schema."""
    tables = {
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert tables - rules.NOT_BUNDLED == set(rules.BY_NAME)

    for spec in rules.TABLES:
        info = db.execute(f"PRAGMA table_info([{spec.name}])").fetchall()
        pk = tuple(
            bundle.bundle_column(spec.name, r[1]) for r in sorted(info, key=lambda r: r[5]) if r[5]
        )
        if set(pk) <= bundle.LOCAL_ONLY.get(spec.name, set()):
            # a key of the store's own (respondents.key): the bundle's key is unique too
            unique = [
                [c[2] for c in db.execute(f"PRAGMA index_info([{ix[1]}])")]
                for ix in db.execute(f"PRAGMA index_list([{spec.name}])")
                if ix[2]
            ]
            assert list(spec.key) in unique, spec.name
        else:
            assert pk == spec.key, spec.name
        if spec.parent:
            fks = {
                (bundle.bundle_column(spec.name, fk[3]), fk[2])
                for fk in db.execute(f"PRAGMA foreign_key_list([{spec.name}])")
            }
            assert spec.parent in fks, spec.name
        # every table a row links to travels before it
        order = [s.name for s in rules.TABLES]
        for fk in db.execute(f"PRAGMA foreign_key_list([{spec.name}])"):
            assert order.index(fk[2]) < order.index(spec.name), (spec.name, fk[2])


def test_a_store_at_version_4_gets_the_bundle_tables_with_a_backup_first(data_dir):
    db = connect(db_path(data_dir), create=True)
    migrations.migrate(db, target=4)
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) VALUES ('c', 'Eski', 't', 't')"
        )
    migrations.migrate(db, db_path(data_dir), backup_dir(data_dir))
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION  # through 6 (and on)
    assert len(bundle.installation_id(db)) == 32
    assert db.execute("SELECT name FROM clients").fetchall() == [("Eski",)]
    assert len(backup.backups(backup_dir(data_dir), "pre-migration-v4")) == 1
    # run again (a store that reached a later version first is given it so): no change
    installation = bundle.installation_id(db)
    with db.atomic():
        migrations._v6_bundles(db)
    assert db.execute("SELECT id FROM installation").fetchall() == [(installation,)]
    db.close()


def test_manifest_names_versions_forms_and_checksums(demo_db, tmp_path):
    out = tmp_path / "demo.csmm"
    result = bundle.export_bundle(demo_db, DEMO_CLIENT_ID, out)
    manifest, parts = read_zip(out)
    assert manifest["format"] == rules.FORMAT and manifest["format_version"] == 1
    assert manifest["schema_version"] == migrations.SCHEMA_VERSION
    assert manifest["installation_id"] == bundle.installation_id(demo_db)
    assert manifest["forms"] == {"1.0": "forms/csmm_form_v1.0.json"}
    assert set(parts) == set(manifest["parts"])
    assert manifest["parts"]["data/answers.jsonl"]["rows"] == result.rows["answers"] > 1000
    assert set(manifest["tables"]) == set(rules.BY_NAME)


# --- round trip -----------------------------------------------------------------------------


def engagement_lists(db, client_id):
    snaps = clients.list_snapshots(db, client_id)
    return {
        "actions": engagement.list_actions(db, client_id),
        "problems": engagement.list_problems(db, client_id),
        "requirements": engagement.list_requirements(db, client_id),
        "kpis": engagement.list_kpis(db, client_id),
        "workshops": engagement.list_workshops(db, client_id),
        "reasons": engagement.list_contact_reasons(db, client_id),
        "volumes": [engagement.list_volumes(db, s.id) for s in snaps],
        "meetings": cxboard.list_meetings(db, client_id),
        "projects": cxboard.list_projects(db, client_id),
        "feedback": cxboard.list_feedback(db, client_id),
        "nps": cxboard.list_nps_readings(db, client_id),
    }


def test_round_trip_into_an_empty_data_folder(capsys, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    cli(capsys, first, "demo")
    out = tmp_path / "demo.csmm"
    code, text, err = cli(capsys, first, "export", DEMO_CLIENT_ID[:8], "--out", str(out))
    assert code == 0, err
    code, text, err = cli(capsys, second, "import", str(out))
    assert code == 0, err
    assert "new client" in text and "0 conflicts" in text
    code, snaps, _ = cli(capsys, first, "snapshots", DEMO_CLIENT_ID)
    assert cli(capsys, second, "snapshots", DEMO_CLIENT_ID)[1] == snaps
    for line in snaps.splitlines():
        sid = line.split("\t")[0]
        mine = cli(capsys, first, "scores", sid, "--json")[1]
        assert json.loads(mine)["overall"] is not None
        assert cli(capsys, second, "scores", sid, "--json")[1] == mine
    a, b = open_store(first), open_store(second)
    try:
        assert engagement_lists(b, DEMO_CLIENT_ID) == engagement_lists(a, DEMO_CLIENT_ID)
        assert client_dump(b) == client_dump(a)
    finally:
        a.close()
        b.close()


def test_dry_run_says_what_and_writes_nothing(demo_db, laptop, tmp_path):
    out = bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "d.csmm").path
    other = laptop("b")
    before = dump(other)
    plan = bundle.import_bundle(other, out, dry_run=True)
    assert plan.new_client and plan.dry_run
    assert plan.tables["answers"].added == len(client_dump(demo_db)["answers"])
    assert dump(other) == before


def test_reimporting_the_same_bundle_changes_nothing(demo_db, laptop, tmp_path):
    out = bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "d.csmm").path
    other = laptop("b")
    bundle.import_bundle(other, out)
    before = dump(other)  # bundle_sync and the conflict log too
    plan = bundle.import_bundle(other, out)
    assert not plan.changes_anything
    assert plan.total().unchanged == sum(plan.tables[t].unchanged for t in plan.tables) > 0
    assert dump(other) == before
    # and into the laptop it came from: everything unchanged
    assert not bundle.import_bundle(demo_db, out).changes_anything


def test_encrypted_bundle(demo_db, laptop, tmp_path):
    out = bundle.export_bundle(
        demo_db, DEMO_CLIENT_ID, tmp_path / "d.csmm", password="gizli şifre"
    ).path
    data = out.read_bytes()
    assert data.startswith(rules.MAGIC) and b"manifest" not in data
    assert "Yıldız".encode() not in data
    other = laptop("b")
    with pytest.raises(BundleError) as info:
        bundle.import_bundle(other, out)
    assert info.value.code == "bundle.needs_password"
    with pytest.raises(BundleError) as info:
        bundle.import_bundle(other, out, password="yanlış")
    assert info.value.code == "bundle.wrong_password"
    assert clients.list_clients(other) == []
    decomposed = "gizli s\u0327ifre"  # the same password as typed on another system
    assert decomposed != "gizli şifre"
    bundle.import_bundle(other, out, password=decomposed)
    assert client_dump(other) == client_dump(demo_db)


def test_encrypted_bundle_on_the_command_line(capsys, tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    cli(capsys, first, "demo")
    out = tmp_path / "d.csmm"
    monkeypatch.setenv("CSMM_BUNDLE_PASSWORD", "parola")
    assert cli(capsys, first, "export", DEMO_CLIENT_ID, "--out", str(out), "--password")[0] == 0
    monkeypatch.setenv("CSMM_BUNDLE_PASSWORD", "başka")
    code, text, err = cli(capsys, second, "import", str(out), "--password")
    assert code == 1 and text == ""
    assert err.count("\n") == 1 and "password does not open" in err
    monkeypatch.setenv("CSMM_BUNDLE_PASSWORD", "parola")
    code, text, err = cli(capsys, second, "import", str(out), "--password")
    assert code == 0 and "new client" in text


# --- merging ----------------------------------------------------------------------------------


def test_two_laptops_merge_with_a_conflict(demo_db, laptop, tmp_path):
    a = demo_db
    b = laptop("b")
    bundle.import_bundle(b, bundle.export_bundle(a, DEMO_CLIENT_ID, tmp_path / "1.csmm").path)
    snap = clients.list_snapshots(a, DEMO_CLIENT_ID)[-1]
    resp = first_respondent(a, snap.id)
    action = engagement.list_actions(a, DEMO_CLIENT_ID)[0]
    kpi = engagement.list_kpis(a, DEMO_CLIENT_ID)[0]
    problem = engagement.list_problems(a, DEMO_CLIENT_ID)[0]
    # both laptops rename the same respondent: B later; both retitle the problem: A later
    at(a, "UPDATE respondents SET name = 'A adı', updated_at = ? WHERE id = ?",
       ["2027-01-01T10:00:00+00:00", resp.id])  # fmt: skip
    at(b, "UPDATE respondents SET name = 'B adı', updated_at = ? WHERE id = ?",
       ["2027-01-01T11:00:00+00:00", resp.id])  # fmt: skip
    at(a, "UPDATE problems SET title = 'A başlık', updated_at = ? WHERE id = ?",
       ["2027-01-02T10:00:00+00:00", problem.id])  # fmt: skip
    at(b, "UPDATE problems SET title = 'B başlık', updated_at = ? WHERE id = ?",
       ["2027-01-01T10:00:00+00:00", problem.id])  # fmt: skip
    # both answer the same question of that respondent differently: A later
    qid, value = next(iter(assessment.answers_of(a, resp.id).items()))
    at(a, "UPDATE answers SET value = ?, updated_at = strftime('%s', ?) WHERE respondent_key = "
       "(SELECT key FROM respondents WHERE id = ?) AND question_id = ?",
       [value + "a", "2027-01-03T10:00:00+00:00", resp.id, qid])  # fmt: skip
    at(b, "UPDATE answers SET value = ?, updated_at = strftime('%s', ?) WHERE respondent_key = "
       "(SELECT key FROM respondents WHERE id = ?) AND question_id = ?",
       [value + "b", "2027-01-03T09:00:00+00:00", resp.id, qid])  # fmt: skip
    # only B changes the action; only A the KPI; B adds a respondent with answers
    engagement.update_action(b, action.id, title="Yalnız B")
    engagement.update_kpi(a, kpi.id, name="Yalnız A")
    new = assessment.add_respondent(b, snap.id, "employee", "Yeni")
    form = assessment.snapshot_form(b, snap.id)
    question = next(q for q in form.questions_for("employee") if q.scored)
    assessment.set_answer(b, new.id, question.id, question.answer_choices()[-1][0])

    back = bundle.export_bundle(b, DEMO_CLIENT_ID, tmp_path / "2.csmm").path
    preview = bundle.preview_bundle(a, back)
    plan = bundle.import_bundle(a, back)
    assert (preview.total(), preview.conflicts) == (plan.total(), plan.conflicts)
    assert not plan.new_client
    assert plan.tables["respondents"].added == 1 and plan.tables["answers"].added == 1
    assert plan.tables["actions"].updated == 1
    assert plan.tables["kpis"].kept == 1 and plan.tables["kpis"].updated == 0
    kept = {(c.table, c.kept) for c in plan.conflicts}
    assert kept == {("respondents", "bundle"), ("problems", "local"), ("answers", "local")}
    assert assessment.answers_of(a, resp.id)[qid] == value + "a"
    assert assessment.get_respondent(a, resp.id).name == "B adı"  # newer: B's
    assert engagement.list_problems(a, DEMO_CLIENT_ID)[0].title == "A başlık"  # newer: A's
    assert engagement.list_actions(a, DEMO_CLIENT_ID)[0].title == "Yalnız B"
    assert engagement.list_kpis(a, DEMO_CLIENT_ID)[0].name == "Yalnız A"
    assert assessment.answers_of(a, new.id) == assessment.answers_of(b, new.id)

    log = {c.table: c for c in bundle.list_conflicts(a, DEMO_CLIENT_ID)}
    assert set(log) == {"respondents", "problems", "answers"}
    assert log["answers"].bundle_row["value"] == value + "b"
    conflict = log["respondents"]
    assert conflict.local_row["name"] == "A adı" and conflict.bundle_row["name"] == "B adı"
    assert "name" in conflict.changed

    # the consultant reverses it: A's name is back; reversing again gives B's
    reversed_ = bundle.reverse_conflict(a, conflict.id)
    assert reversed_.kept == "local" and reversed_.reversed_at
    assert assessment.get_respondent(a, resp.id).name == "A adı"
    # importing the same bundle again changes nothing, and logs no new conflict
    before = dump(a)
    again = bundle.import_bundle(a, back)
    assert not again.changes_anything and dump(a) == before
    assert bundle.reverse_conflict(a, conflict.id).kept == "bundle"
    assert assessment.get_respondent(a, resp.id).name == "B adı"


def test_a_row_deleted_here_stays_deleted(demo_db, laptop, tmp_path):
    """Deleted on this laptop after the bundle's rows were exchanged: a bundle that still
    holds them unchanged does not bring them back; one that changed them does."""
    a, b = demo_db, laptop("b")
    bundle.import_bundle(b, bundle.export_bundle(a, DEMO_CLIENT_ID, tmp_path / "1.csmm").path)
    snap = clients.list_snapshots(a, DEMO_CLIENT_ID)[-1]
    gone, stays = assessment.list_respondents(a, snap.id)[:2]
    gone_answers = len(assessment.answers_of(a, gone.id))
    linked = next(x for x in engagement.list_actions(a, DEMO_CLIENT_ID) if x.problem_id)
    problems = {p.id: p for p in engagement.list_problems(a, DEMO_CLIENT_ID)}
    other_problem = next(pid for pid in problems if pid != linked.problem_id)
    assessment.delete_respondent(a, gone.id)
    engagement.delete_problem(a, linked.problem_id)  # its action's link is cleared here
    engagement.delete_problem(a, other_problem)
    # B: answers on for another respondent, retitles the second problem and the action
    engagement.update_problem(b, other_problem, title="B değiştirdi")
    at(b, "UPDATE actions SET title = 'B başlık', updated_at = ? WHERE id = ?",
       ["2030-01-01T00:00:00+00:00", linked.id])  # fmt: skip
    form = assessment.snapshot_form(b, snap.id)
    question = next(
        q for q in form.questions_for(stays.role)
        if q.scored and q.id not in assessment.answers_of(b, stays.id)
    )  # fmt: skip
    assessment.set_answer(b, stays.id, question.id, question.answer_choices()[0][0])
    back = bundle.export_bundle(b, DEMO_CLIENT_ID, tmp_path / "2.csmm").path
    plan = bundle.import_bundle(a, back)
    assert plan.tables["respondents"].removed == 1
    assert plan.tables["answers"].removed == gone_answers
    assert plan.tables["answers"].added == 1
    ids = {r.id for r in assessment.list_respondents(a, snap.id)}
    assert gone.id not in ids and stays.id in ids
    titles = {p.id: p.title for p in engagement.list_problems(a, DEMO_CLIENT_ID)}
    assert linked.problem_id not in titles  # unchanged there: stays deleted
    assert titles[other_problem] == "B değiştirdi"  # changed there: back
    action = next(x for x in engagement.list_actions(a, DEMO_CLIENT_ID) if x.id == linked.id)
    assert action.title == "B başlık" and action.problem_id is None
    before = dump(a)
    assert not bundle.import_bundle(a, back).changes_anything
    assert dump(a) == before


def test_conflicts_on_the_command_line(capsys, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    cli(capsys, first, "demo")
    one, two = tmp_path / "1.csmm", tmp_path / "2.csmm"
    cli(capsys, first, "export", DEMO_CLIENT_ID, "--out", str(one))
    cli(capsys, second, "import", str(one))
    for folder, stamp in (
        (first, "2027-01-01T09:00:00+00:00"),
        (second, "2027-01-01T12:00:00+00:00"),
    ):
        db = open_store(folder)
        at(db, "UPDATE clients SET notes = ?, updated_at = ? WHERE id = ?",
           [folder.name, stamp, DEMO_CLIENT_ID])  # fmt: skip
        db.close()
    cli(capsys, second, "export", DEMO_CLIENT_ID, "--out", str(two))
    code, text, _ = cli(capsys, first, "import", str(two), "--dry-run")
    assert code == 0 and "1 conflicts" in text and "conflict clients" in text
    assert cli(capsys, first, "conflicts", DEMO_CLIENT_ID)[1] == ""  # a dry run logs nothing
    cli(capsys, first, "import", str(two))
    code, text, _ = cli(capsys, first, "conflicts", DEMO_CLIENT_ID)
    assert code == 0 and text.count("\n") == 1 and "kept bundle" in text
    conflict_id = text.split("\t")[0]
    other = cli(capsys, first, "new-client", "Başka")[1].strip()
    code, _, err = cli(capsys, first, "conflicts", other, "--reverse", conflict_id)
    assert code == 1 and "No conflict with id" in err  # not that client's
    code, text, _ = cli(capsys, first, "conflicts", DEMO_CLIENT_ID, "--reverse", conflict_id[:8])
    assert code == 0 and "local version now in place" in text
    db = open_store(first)
    assert clients.get_client(db, DEMO_CLIENT_ID).notes == "a"
    db.close()


def test_respondent_laptop_path(demo_db, laptop, tmp_path):
    """One snapshot goes to a second laptop, answers are collected there, they come back:
    the first laptop's scores are then those of all answers together."""
    a = demo_db
    snap = clients.list_snapshots(a, DEMO_CLIENT_ID)[-1]
    before = assessment.snapshot_scores(a, snap.id).to_json()
    out = bundle.export_bundle(a, DEMO_CLIENT_ID, tmp_path / "s.csmm", snapshot_id=snap.id).path
    manifest, _ = read_zip(out)
    assert manifest["scope"] == "snapshot" and manifest["tables"] == list(rules.SNAPSHOT_TABLES)
    b = laptop("b")
    plan = bundle.import_bundle(b, out)
    assert plan.new_client and [s.id for s in clients.list_snapshots(b, DEMO_CLIENT_ID)] == [
        snap.id
    ]
    form = assessment.snapshot_form(b, snap.id)
    for n in range(5):
        person = assessment.add_respondent(b, snap.id, "client", code=f"L2-{n}")
        for q in form.questions_for("client"):
            if q.scored and q.answer_choices():
                assessment.set_answer(b, person.id, q.id, q.answer_choices()[n % 2][0])
    together = assessment.snapshot_scores(b, snap.id).to_json()
    assert together != before
    back = bundle.export_bundle(b, DEMO_CLIENT_ID, tmp_path / "back.csmm", snapshot_id=snap.id)
    plan = bundle.import_bundle(a, back.path)
    assert plan.tables["respondents"].added == 5 and plan.conflicts == []
    assert assessment.snapshot_scores(a, snap.id).to_json() == together
    # the rest of the client on the first laptop is untouched
    assert len(clients.list_snapshots(a, DEMO_CLIENT_ID)) == 4


# --- bad bundles --------------------------------------------------------------------------------


@pytest.fixture
def demo_bundle(demo_db, tmp_path) -> Path:
    return bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "demo.csmm").path


def refused(db, path, code, **kw):
    before = dump(db)
    with pytest.raises(BundleError) as info:
        bundle.import_bundle(db, path, **kw)
    assert info.value.code == code, info.value.message
    assert "\n" not in info.value.message
    assert dump(db) == before
    return info.value


def test_truncated_bundle(demo_bundle, laptop):
    data = demo_bundle.read_bytes()
    demo_bundle.write_bytes(data[: len(data) // 2])
    refused(laptop("b"), demo_bundle, "bundle.damaged")


def test_altered_part_fails_its_checksum(demo_bundle, laptop, tmp_path):
    manifest, parts = read_zip(demo_bundle)
    parts["data/answers.jsonl"] = parts["data/answers.jsonl"].replace(b'"5"', b'"1"', 1)
    bad = write_zip(tmp_path / "bad.csmm", manifest, parts, fix_checksums=False)
    error = refused(laptop("b"), bad, "bundle.damaged")
    assert "checksum" in error.message


def test_altered_encrypted_bundle(demo_db, laptop, tmp_path):
    out = bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "e.csmm", password="p")
    data = bytearray(out.path.read_bytes())
    data[len(data) // 2] ^= 1
    out.path.write_bytes(bytes(data))
    refused(laptop("b"), out.path, "bundle.wrong_password", password="p")


@pytest.mark.parametrize(
    "key,value",
    [("format_version", 2), ("schema_version", 99), ("app_version", "99.0")],
)
def test_bundle_from_a_newer_app(demo_bundle, laptop, tmp_path, key, value):
    manifest, parts = read_zip(demo_bundle)
    manifest[key] = value
    error = refused(
        laptop("b"), write_zip(tmp_path / "new.csmm", manifest, parts), "bundle.too_new"
    )
    assert "newer CSMM Desktop" in error.message


def test_newer_column_is_refused(demo_bundle, laptop, tmp_path):
    manifest, parts = read_zip(demo_bundle)
    lines = parts["data/clients.jsonl"].decode().splitlines()
    head = json.loads(lines[0])
    head["columns"].append("future")
    row = json.loads(lines[1])
    parts["data/clients.jsonl"] = (
        json.dumps(head) + "\n" + json.dumps(row[:-1] + ["x", row[-1]]) + "\n"
    ).encode()
    error = refused(
        laptop("b"), write_zip(tmp_path / "col.csmm", manifest, parts), "bundle.too_new_data"
    )
    assert "clients.future" in error.message
    manifest, parts = read_zip(demo_bundle)
    manifest["tables"].append("future_table")
    parts["data/future_table.jsonl"] = b'{"table": "future_table", "columns": []}\n'
    refused(laptop("c"), write_zip(tmp_path / "t.csmm", manifest, parts), "bundle.too_new_data")


def test_form_version_this_app_lacks(demo_bundle, laptop, tmp_path):
    manifest, parts = read_zip(demo_bundle)
    # not carried: a snapshot names form 9.9, the bundle has no such form
    parts["data/snapshots.jsonl"] = edit_rows(
        parts["data/snapshots.jsonl"], lambda v: [*v[:4], "9.9", *v[5:]]
    )
    error = refused(
        laptop("b"), write_zip(tmp_path / "f.csmm", manifest, parts), "bundle.form_unknown"
    )
    assert "9.9" in error.message
    # carried: the bundle holds form 9.9, which this app cannot use either
    manifest, parts = read_zip(demo_bundle)
    parts["forms/csmm_form_v9.9.json"] = parts.pop("forms/csmm_form_v1.0.json")
    del manifest["parts"]["forms/csmm_form_v1.0.json"]
    manifest["forms"] = {"9.9": "forms/csmm_form_v9.9.json"}
    refused(laptop("c"), write_zip(tmp_path / "g.csmm", manifest, parts), "bundle.form_unknown")


def test_ids_colliding_with_another_client(demo_db, demo_bundle, tmp_path):
    """A bundle of another client whose snapshot has the id of one of the demo's."""
    other = clients.create_client(demo_db, "Başka")
    clients.create_snapshot(demo_db, other.id, "initial", "2026-01-01")
    out = bundle.export_bundle(demo_db, other.id, tmp_path / "o.csmm").path
    demo_snapshot = clients.list_snapshots(demo_db, DEMO_CLIENT_ID)[0].id
    clients.delete_client(demo_db, other.id)
    manifest, parts = read_zip(out)
    parts["data/snapshots.jsonl"] = edit_rows(
        parts["data/snapshots.jsonl"], lambda v: [demo_snapshot, *v[1:]]
    )
    error = refused(demo_db, write_zip(tmp_path / "x.csmm", manifest, parts), "bundle.id_collision")
    assert demo_snapshot in error.message


def test_rows_pointing_into_another_client(demo_db, tmp_path):
    """Answers in a bundle given to a respondent of another client are refused."""
    other = clients.create_client(demo_db, "Başka")
    snap = clients.create_snapshot(demo_db, other.id, "initial", "2026-01-01")
    person = assessment.add_respondent(demo_db, snap.id, "client")
    form = assessment.snapshot_form(demo_db, snap.id)
    q = next(q for q in form.questions_for("client") if q.scored)
    assessment.set_answer(demo_db, person.id, q.id, q.answer_choices()[0][0])
    out = bundle.export_bundle(demo_db, other.id, tmp_path / "o.csmm").path
    victim = first_respondent(demo_db, clients.list_snapshots(demo_db, DEMO_CLIENT_ID)[0].id)
    manifest, parts = read_zip(out)
    parts["data/answers.jsonl"] = edit_rows(
        parts["data/answers.jsonl"], lambda v: [victim.id, "zz.new", *v[2:]]
    )
    refused(demo_db, write_zip(tmp_path / "x.csmm", manifest, parts), "bundle.foreign_link")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "data/../../evil", "C:/evil", "a\\b"])
def test_paths_leaving_the_bundle(demo_bundle, laptop, tmp_path, name):
    manifest, parts = read_zip(demo_bundle)
    parts[name] = b"x"
    bad = tmp_path / "p.csmm"
    with zipfile.ZipFile(bad, "w") as zf:
        for part, data in parts.items():
            zf.writestr(part, data)
        zf.writestr(rules.MANIFEST, json.dumps(manifest))
    error = refused(laptop("b"), bad, "bundle.unsafe_path")
    assert repr(name) in error.message


def test_oversized_part(demo_bundle, laptop, monkeypatch):
    monkeypatch.setattr(rules, "MAX_PART_BYTES", 100_000)
    error = refused(laptop("b"), demo_bundle, "bundle.part_too_big")
    assert "data/answers.jsonl" in error.message


def test_a_file_replaced_after_its_preview_is_refused(demo_db, laptop, tmp_path):
    out = bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "d.csmm").path
    b = laptop("b")
    plan = bundle.preview_bundle(b, out)
    # a sync tool writes a newer copy meanwhile
    bundle.export_bundle(demo_db, DEMO_CLIENT_ID, out, password="p")
    refused(b, out, "bundle.changed_since_preview", password="p", expect_sha256=plan.file_sha256)
    bundle.export_bundle(demo_db, DEMO_CLIENT_ID, out)
    plan = bundle.preview_bundle(b, out)
    assert bundle.import_bundle(b, out, expect_sha256=plan.file_sha256).new_client


def test_not_a_zip_and_no_manifest(demo_bundle, laptop, tmp_path):
    b = laptop("b")
    text = tmp_path / "notes.csmm"
    text.write_text("merhaba", encoding="utf-8")
    refused(b, text, "bundle.not_a_bundle")
    _manifest, parts = read_zip(demo_bundle)
    refused(b, write_zip(tmp_path / "m.csmm", None, parts), "bundle.no_manifest")
    refused(b, tmp_path / "absent.csmm", "bundle.cannot_read")


def test_a_unique_rule_broken_by_the_merge_is_refused_whole(demo_db, laptop, tmp_path):
    """Both laptops record an NPS reading for the same new period (two ids): the merge
    cannot hold both; it is refused, and nothing of it is stored."""
    b = laptop("b")
    bundle.import_bundle(b, bundle.export_bundle(demo_db, DEMO_CLIENT_ID, tmp_path / "1.csmm").path)
    for db in (demo_db, b):
        cxboard.record_survey_nps(db, DEMO_CLIENT_ID, "2030-01", [1] * 11)
    assessment.add_respondent(b, clients.list_snapshots(b, DEMO_CLIENT_ID)[0].id, "client")
    out = bundle.export_bundle(b, DEMO_CLIENT_ID, tmp_path / "2.csmm").path
    error = refused(demo_db, out, "bundle.bad_row")
    assert "cx_nps_readings" in error.message


def test_a_value_sqlite_cannot_hold_is_refused(demo_bundle, laptop, tmp_path):
    manifest, parts = read_zip(demo_bundle)
    parts["data/kpi_values.jsonl"] = edit_rows(
        parts["data/kpi_values.jsonl"], lambda v: [*v[:2], 10**30, *v[3:]]
    )
    error = refused(
        laptop("b"), write_zip(tmp_path / "big.csmm", manifest, parts), "bundle.bad_row"
    )
    assert "kpi_values" in error.message


def test_export_refuses_a_snapshot_of_another_client(demo_db, tmp_path):
    other = clients.create_client(demo_db, "Başka")
    snap = clients.list_snapshots(demo_db, DEMO_CLIENT_ID)[0]
    with pytest.raises(BundleError) as info:
        bundle.export_bundle(demo_db, other.id, tmp_path / "x.csmm", snapshot_id=snap.id)
    assert info.value.code == "bundle.snapshot_not_of_client"
    assert not (tmp_path / "x.csmm").exists()


def test_decide_rules():
    assert rules.decide(None, 1, (None, None)) == rules.ADDED
    assert rules.decide(1, 1, (None, None)) == rules.UNCHANGED
    assert rules.decide(1, 2, (1, None)) == rules.UPDATED
    assert rules.decide(1, 2, (None, 1)) == rules.UPDATED
    assert rules.decide(3, 2, (2, None)) == rules.KEPT
    assert rules.decide(3, 2, (1, None)) == rules.CONFLICT
    assert rules.decide(3, 2, (None, None)) == rules.CONFLICT
    assert rules.newer_wins("2027-01-01", "2027-01-02") == "bundle"
    assert rules.newer_wins("2027-01-02", "2027-01-01") == "local"
    assert rules.newer_wins("2027-01-01", "2027-01-01") == "local"
    assert rules.newer_wins(None, None) == "local"
    assert not rules.safe_member("../x") and not rules.safe_member("/x")
    assert rules.safe_member("data/answers.jsonl")


def test_sqlite_file_is_not_a_bundle(db, laptop):
    path = db_path(Path(db.path).parent)
    assert sqlite3.connect(path).execute("SELECT 1").fetchone() == (1,)
    refused(laptop("b"), path, "bundle.not_a_bundle")
