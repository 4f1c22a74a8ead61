import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from csmm_desktop import __version__
from csmm_desktop.cli import build_parser, main, window_args
from csmm_desktop.services.demo import DEMO_CLIENT_ID

ROOT = Path(__file__).resolve().parents[2]


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_client_and_snapshot_commands(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "new-client", "Çağrı Hizmetleri Ltd.")
    assert code == 0
    client_id = out.strip()
    assert len(client_id) == 36
    code, out, _ = cli(capsys, data_dir, "clients")
    assert out == f"{client_id}\tÇağrı Hizmetleri Ltd.\n"
    code, out, _ = cli(
        capsys,
        data_dir,
        "new-snapshot",
        client_id[:8],
        "--stage",
        "planned",
        "--date",
        "2026-11-22",
    )
    snapshot_id = out.strip()
    code, out, _ = cli(capsys, data_dir, "snapshots", client_id)
    assert out == f"{snapshot_id}\tplanned\t2026-11-22\n"


def test_errors_are_one_line_and_non_zero(capsys, data_dir):
    code, out, err = cli(capsys, data_dir, "snapshots", "nope")
    assert code == 1 and out == ""
    assert err.strip() == "csmm-desktop: No client with id 'nope'."
    code, _, err = cli(capsys, data_dir, "new-client", "   ")
    assert code == 1 and "needs a name" in err
    cli(capsys, data_dir, "new-client", "X")
    client = cli(capsys, data_dir, "clients")[1].split("\t")[0]
    code, _, err = cli(
        capsys, data_dir, "new-snapshot", client, "--stage", "initial", "--date", "2026-02-30"
    )
    assert code == 1 and "does not exist in the calendar" in err


def test_demo_is_idempotent_and_scores_climb_the_levels(capsys, data_dir):
    assert cli(capsys, data_dir, "demo")[1].strip() == DEMO_CLIENT_ID
    assert "already present" in cli(capsys, data_dir, "demo")[1]
    assert cli(capsys, data_dir, "clients")[1].count("\n") == 1
    snapshots = [
        line.split("\t")
        for line in cli(capsys, data_dir, "snapshots", DEMO_CLIENT_ID)[1].splitlines()
    ]
    assert [s[1] for s in snapshots] == ["initial", "planned", "measured", "optimized"]
    levels = []
    for snapshot_id, _stage, _date in snapshots:
        code, out, _ = cli(capsys, data_dir, "scores", snapshot_id, "--json")
        data = json.loads(out)
        assert set(data) == {
            "overall",
            "level",
            "reviews",
            "sections",
            "topics",
            "gaps",
            "coverage",
            "nps",
            "respondents",
            "confidence",
        }
        assert len(data["topics"]) == 53 and len(data["sections"]) == 7
        assert set(data["gaps"]) == {
            "1.2.1",
            "1.2.2",
            "1.2.3",
            "1.2.4.1",
            "1.2.4.2",
            "1.2.4.3",
            "1.2.5",
        }
        assert 0 < data["coverage"] <= 1 and -100 <= data["nps"] <= 100
        levels.append(data["level"])
    assert levels == ["initial", "planned", "measured", "optimized"]


def test_form_json(capsys):
    assert main(["form", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 179
    first = items[0]
    assert first["id"] == "1.1.1-1" and first["section"] == "1.1" and first["topic"] == "1.1.1"
    assert first["roles"] == ["management"] and set(first["text"]) == {"en", "tr"}
    role_worded = next(i for i in items if i["section"] == "1.2")
    assert set(role_worded["text_by_role"]) == {"employee", "management"}


def test_import_responses_command(capsys, data_dir, tmp_path):
    cli(capsys, data_dir, "new-client", "X")
    client = cli(capsys, data_dir, "clients")[1].split("\t")[0]
    snap = cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    good = tmp_path / "r.csv"
    good.write_text("respondent;role;2.4.9-1\nC1;client;10\nC2;client;3\n", encoding="utf-8")
    code, out, _ = cli(capsys, data_dir, "import-responses", snap, str(good))
    assert code == 0 and out.startswith("imported 2 respondents")
    scores = json.loads(cli(capsys, data_dir, "scores", snap, "--json")[1])
    assert scores["nps"] == 0 and scores["respondents"] == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("respondent,role,2.4.9-1\nC3,client,12\n", encoding="utf-8")
    code, out, err = cli(capsys, data_dir, "import-responses", snap, str(bad))
    assert code == 1 and "row 2, column C (2.4.9-1)" in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["--version"], ["-m"]])
def test_module_entry_point(args, tmp_path):
    if args == ["-m"]:
        (tmp_path / "csmm.sqlite").write_bytes(b"garbage" * 100)
        cmd = [sys.executable, "-m", "csmm_desktop", "--data-dir", str(tmp_path), "clients"]
    else:
        cmd = [sys.executable, "-m", "csmm_desktop", "--version"]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if args == ["--version"]:
        assert result.returncode == 0 and result.stdout.strip() == f"csmm-desktop {__version__}"
    else:
        assert result.returncode == 3
        assert len(result.stderr.strip().splitlines()) == 1
        assert "not a CSMM Desktop data file" in result.stderr
        assert (tmp_path / "csmm.sqlite").read_bytes() == b"garbage" * 100


def test_control_characters_in_a_name_are_dropped_not_a_database_error(capsys, data_dir):
    code, out, _ = cli(capsys, data_dir, "new-client", "\x00Acme\x1b[31m Ltd")
    assert code == 0
    assert cli(capsys, data_dir, "clients")[1].endswith("\tAcme[31m Ltd\n")
    code, _, err = cli(capsys, data_dir, "new-client", "\x00\x01")
    assert code == 1 and "needs a name" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke"],
        ["--data-dir", "/tmp/a b"],
        ["--data-dir=/tmp/ç"],
        ["--smoke", "--data-dir", "x", "--data-dir", "y"],
        ["--data-dir", "x", "--smoke"],
    ],
)
def test_opening_the_window_reads_the_arguments_as_argparse_does(argv):
    args = build_parser().parse_args(argv)
    assert args.command is None
    assert window_args(argv) == (args.data_dir, args.smoke)


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--data-dir", "x", "clients"],
        ["--help"],
        ["--version"],
        ["--data", "x"],  # argparse's abbreviations, and its errors, stay argparse's
        ["--data-dir"],
        ["--data-dir", "--smoke"],
        ["--data-dir="],
        ["--smok"],
    ],
)
def test_anything_else_goes_to_argparse(argv):
    assert window_args(argv) is None


def test_a_misspelt_option_is_a_usage_error_not_a_window(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--smoky"])
    assert exit_.value.code == 2
    assert "--smoky" in capsys.readouterr().err


def test_the_window_starts_and_says_so(tmp_path):
    """`--smoke` as CI runs it on the bundle: the first screen paints, the data shows, the
    icon and fonts that load after the first paint are there, and the exit status is 0."""
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    cmd = [sys.executable, "-m", "csmm_desktop", "--data-dir", str(tmp_path), "--smoke"]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke ok: window painted")
