"""Files written for the user never land in the data folder, over another kind of file or
through a link, keep the mode of what they replace, and leave no temporary file behind."""

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from csmm_desktop import outputs
from csmm_desktop.cli import main
from csmm_desktop.config import db_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_dir(tmp_path):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data


def first_snapshot(data, capsys):
    capsys.readouterr()
    main(["--data-dir", str(data), "clients"])
    client = capsys.readouterr().out.split()[0]
    main(["--data-dir", str(data), "snapshots", client])
    return capsys.readouterr().out.split()[0]


def test_report_refuses_the_data_file_and_the_data_folder(demo_dir, capsys):
    snapshot = first_snapshot(demo_dir, capsys)
    before = _content(db_path(demo_dir))
    for target in (db_path(demo_dir), demo_dir / "report.pdf", demo_dir / "backups" / "x.pdf"):
        code = main(
            ["--data-dir", str(demo_dir), "report", snapshot, "--lang", "en", "--out", str(target)]
        )
        err = capsys.readouterr().err
        assert code == 1 and "data folder" in err and "Traceback" not in err, err
    # the same data, still an SQLite file (its header's change counter may move when a
    # connection elsewhere in the test run lets SQLite checkpoint the WAL later)
    assert db_path(demo_dir).read_bytes()[:16] == b"SQLite format 3\x00"
    assert _content(db_path(demo_dir)) == before
    assert not (demo_dir / "report.pdf").exists()


def _content(path):
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_report_refuses_a_file_of_another_kind_and_a_link(demo_dir, tmp_path, capsys):
    snapshot = first_snapshot(demo_dir, capsys)
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes, not a PDF")
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    for target, words in ((notes, "is not a PDF"), (link, "not a plain file"), (folder, "plain")):
        code = main(
            ["--data-dir", str(demo_dir), "report", snapshot, "--lang", "tr", "--out", str(target)]
        )
        err = capsys.readouterr().err
        assert code == 1 and words in err, err
    assert notes.read_text() == "my notes, not a PDF"
    assert not (tmp_path / "elsewhere.pdf").exists()


def test_a_hard_link_to_the_data_file_is_still_the_data_file(demo_dir, tmp_path):
    alias = tmp_path / "alias.pdf"
    os.link(db_path(demo_dir), alias)
    with pytest.raises(outputs.OutputError, match="data folder"):
        outputs.check_target(alias, "pdf", demo_dir)


def test_replacing_keeps_the_mode_and_a_new_file_follows_the_umask(tmp_path):
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.4 old")
    old.chmod(0o640)
    outputs.write_bytes(old, b"%PDF-1.7 new", "pdf")
    assert old.read_bytes() == b"%PDF-1.7 new"
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    umask = os.umask(0o022)
    try:
        fresh = outputs.write_bytes(tmp_path / "fresh.pdf", b"%PDF-1.7", "pdf")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.pdf", "old.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    old = tmp_path / "r.pdf"
    old.write_bytes(b"%PDF-1.4 old")
    with pytest.raises(RuntimeError), outputs.atomic_output(old, "pdf") as temp:
        temp.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("the builder failed")
    assert old.read_bytes() == b"%PDF-1.4 old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


KILLED = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from csmm_desktop import outputs
    with outputs.atomic_output(Path(sys.argv[1]), "pdf", Path(sys.argv[2])) as temp:
        temp.write_bytes(b"%PDF-1.4 half")
        print("writing", flush=True)
        time.sleep(60)
""")


def test_a_killed_export_leaves_nothing_after_the_next_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "writer.py"
    script.write_text(KILLED.format(root=str(ROOT)))
    proc = subprocess.Popen(
        [sys.executable, str(script), str(out / "r.pdf"), str(data)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "writing"
    leftovers = list(out.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.endswith(".partial")
    assert outputs.clean_inflight(data) == []  # still being written: left alone
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert outputs.clean_inflight(data) == leftovers
    assert list(out.iterdir()) == []
    assert list((data / outputs.INFLIGHT_DIR).iterdir()) == []


def test_clean_inflight_only_removes_our_own_temporary_files(tmp_path):
    data = tmp_path / "data"
    (data / outputs.INFLIGHT_DIR).mkdir(parents=True)
    precious = tmp_path / "thesis.docx"
    precious.write_text("years of work")
    (data / outputs.INFLIGHT_DIR / "x.path").write_text(f"999999999\n{precious}")
    outputs.clean_inflight(data)
    assert precious.read_text() == "years of work"
