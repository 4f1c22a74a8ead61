"""`csmm-desktop applicability`: list, preset (by id or by sector), set, per snapshot, and
refusals on one line with nothing stored."""

from csmm_desktop.cli import main
from csmm_desktop.services import applicability, clients
from csmm_desktop.store import open_store


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_preset_set_and_snapshot(capsys, data_dir):
    db = open_store(data_dir)
    client = clients.create_client(db, "Kent Belediyesi", sector="Belediye")
    first = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
    db.close()

    assert cli(capsys, data_dir, "applicability", client.id) == (0, "every question applies\n", "")
    code, out, _ = cli(capsys, data_dir, "applicability", "--presets")
    assert code == 0 and out.splitlines()[0].startswith("finance\tBanking, finance and insurance")

    code, out, _ = cli(capsys, data_dir, "applicability", client.id, "--preset", "Belediye")
    assert code == 0 and "2.2.2\ttopic\tDiscounts\t2\n" in out  # the public sector's preset
    code, out, _ = cli(
        capsys, data_dir, "applicability", client.id, "--set", "2.3.8, 2.4.7-1", "--snapshot",
        first.id,
    )  # fmt: skip
    assert (code, out) == (0, "2.3.8\ttopic\tShipment\t2\n2.4.7\ttopic\tRecycling\t1\n")
    code, out, _ = cli(capsys, data_dir, "applicability", client.id, "--set", "")
    assert out == "every question applies\n"
    code, out, _ = cli(capsys, data_dir, "applicability", client.id, "--snapshot", first.id)
    assert out.startswith("2.3.8\ttopic")  # the snapshot keeps the list it was given

    db = open_store(data_dir)
    try:
        assert applicability.client_applicability(db, client.id).items == ()
        assert applicability.snapshot_items(db, first.id) == ("2.3.8", "2.4.7")
    finally:
        db.close()


def test_refusals_are_one_line_and_store_nothing(capsys, data_dir):
    db = open_store(data_dir)
    client = clients.create_client(db, "Acme")
    db.close()
    for args, said in (
        (("--set", "2.3.8,9.9"), "'9.9' is not a section, topic or question of form version 1.0"),
        (("--preset", "bakery"), "no sector preset 'bakery'; the presets are: finance, public"),
    ):
        code, out, err = cli(capsys, data_dir, "applicability", client.id, *args)
        assert code == 1 and out == "" and said in err and err.count("\n") == 1
    code, _out, err = cli(capsys, data_dir, "applicability")
    assert code == 1 and "Name the client" in err
    db = open_store(data_dir)
    try:
        assert db.execute("SELECT count(*) FROM client_applicability").fetchone()[0] == 0
    finally:
        db.close()
