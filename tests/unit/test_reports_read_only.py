"""Reports never write to the store: building any of them leaves the database as it was;
whoever exports one (the `report` command here, the window in tests/gui) ticks "report
prepared" afterwards, through the service."""

import pytest

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services import engagement as E
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import open_store

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def dump(db) -> str:
    return "\n".join(db.conn.iterdump())


def test_building_every_report_kind_leaves_the_database_unchanged(db, demo_db, tmp_path):
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    before, changes = dump(db), db.conn.total_changes
    for kind in reports.KINDS:
        for snap in (snaps[0], snaps[-1]) if kind == "snapshot" else (snaps[-1],):
            reports.write_report(
                db, snap.id, "en", tmp_path / f"{kind}-{snap.stage}.pdf", kind=kind
            )
    for meeting in X.list_meetings(db, DEMO_CLIENT_ID)[:2]:
        reports.write_board_handout(db, meeting.id, "tr", tmp_path / f"{meeting.kind}.pdf")
    assert len(list(tmp_path.glob("*.pdf"))) == len(reports.KINDS) + 1 + 2
    assert db.conn.total_changes == changes  # not a row written, not even the same value
    assert dump(db) == before


def prepared(data_dir, snapshot_id: str) -> bool:
    db = open_store(data_dir)
    try:
        items = E.stage_checklist(db, snapshot_id).items
        return next(i for i in items if i.key == "report").done
    finally:
        db.close()


def run(capsys, *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0 and err == "", err
    return out.strip()


def test_the_report_command_ticks_report_prepared_once_the_file_is_written(
    capsys, data_dir, tmp_path
):
    at = ("--data-dir", str(data_dir))
    client = run(capsys, *at, "new-client", "Acme")
    snap = run(capsys, *at, "new-snapshot", client, "--stage", "initial", "--date", "2026-11-22")
    assert not prepared(data_dir, snap)

    plan = tmp_path / "plan.pdf"
    assert run(
        capsys, *at, "report", snap, "--lang", "en", "--out", str(plan), "--kind", "action-plan"
    ) == str(plan)
    assert not prepared(data_dir, snap)  # only the snapshot report is the one asked for

    bad = tmp_path / "no" / "such" / "r.pdf"
    assert main([*at, "report", snap, "--lang", "en", "--out", str(bad)]) != 0
    capsys.readouterr()
    assert not prepared(data_dir, snap)  # nothing written, nothing ticked

    out = tmp_path / "report.pdf"
    assert run(capsys, *at, "report", snap, "--lang", "tr", "--out", str(out)) == str(out)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert prepared(data_dir, snap)


@pytest.mark.parametrize("kind", ["progress", "blank-form"])
def test_other_kinds_do_not_tick(db, kind):
    client = clients.create_client(db, "Acme")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    assert E.report_exported(db, snap.id, kind) is False
    assert not next(i for i in E.stage_checklist(db, snap.id).items if i.key == "report").done
