"""The import writes all or nothing, in one transaction, once: rollback on a late problem,
two imports at the same time, replacing respondents, and the command line."""

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from csmm_desktop import cli
from csmm_desktop.domain import response_file
from csmm_desktop.domain.response_file import ImportCancelled, ResponseFileError
from csmm_desktop.services import assessment, clients
from csmm_desktop.store import connect

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def snapshot(db):
    client = clients.create_client(db, "Kurum")
    return clients.create_snapshot(db, client.id, "initial", "2026-01-10")


def write(path, rows):
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def many(path, count, last=None):
    rows = ["respondent,role,2.4.9-1,2.4.10-1"] + [f"R{n:05d},client,9,ok" for n in range(count)]
    return write(path, rows + ([last] if last else []))


def counts(db):
    return (
        db.execute("SELECT count(*) FROM respondents").fetchone()[0],
        db.execute("SELECT count(*) FROM answers").fetchone()[0],
    )


class SpyWriter(assessment._ResponseWriter):
    BATCH_ANSWERS = 50
    flushes = 0

    def flush(self):
        if self.answers:
            SpyWriter.flushes += 1
        super().flush()


def test_a_late_bad_row_rolls_back_everything(db, snapshot, tmp_path, monkeypatch):
    kept = assessment.add_respondent(db, snapshot.id, "client", code="earlier")
    assessment.set_answer(db, kept.id, "2.4.9-1", "5")
    monkeypatch.setattr(assessment, "_ResponseWriter", SpyWriter)
    path = many(tmp_path / "r.csv", 2500, last="Z,client,11,")
    with pytest.raises(ResponseFileError, match=r"row 2502, column C \(2.4.9-1\): '11'"):
        assessment.import_responses(db, snapshot.id, path)
    assert SpyWriter.flushes > 10  # rows were written before the bad one was read...
    assert counts(db) == (1, 1)  # ...and rolled back: only what was there before
    assert not db.conn.in_transaction


def test_a_late_syntax_error_rolls_back_everything(db, snapshot, tmp_path, monkeypatch):
    monkeypatch.setattr(assessment, "_ResponseWriter", SpyWriter)
    path = many(tmp_path / "r.csv", 2500, last='Z,client,"9,')
    with pytest.raises(ResponseFileError, match="row 2502: a quoted field is not closed"):
        assessment.import_responses(db, snapshot.id, path)
    assert counts(db) == (0, 0)


def test_cancelling_an_import_rolls_it_back(db, snapshot, tmp_path, monkeypatch):
    monkeypatch.setattr(response_file, "PROGRESS_EVERY", 10)
    monkeypatch.setattr(assessment, "_ResponseWriter", SpyWriter)
    seen = []

    def progress(pct, text):
        seen.append(pct)

    with pytest.raises(ImportCancelled):
        assessment.import_responses(
            db,
            snapshot.id,
            many(tmp_path / "r.csv", 2500),
            progress,
            cancelled=lambda: len(seen) > 100,
        )
    assert counts(db) == (0, 0) and seen == sorted(seen)


def test_the_existing_check_runs_inside_the_write_transaction(db, snapshot, tmp_path):
    """Another connection imports the same rows while this import waits for the write lock:
    when it gets the lock it sees them, and refuses."""
    path = many(tmp_path / "r.csv", 3)
    other = connect(db.path)
    about_to_write = threading.Event()
    outcome = {}

    def run():
        mine = connect(db.path)  # a connection of its own thread, as a worker's
        mine.conn.set_trace_callback(
            lambda sql: about_to_write.set() if sql.startswith("BEGIN IMMEDIATE") else None
        )
        try:
            outcome["ok"] = assessment.import_responses(mine, snapshot.id, path)
        except ResponseFileError as exc:
            outcome["refused"] = exc
        finally:
            mine.close()

    with other.atomic():  # the other import holds the lock...
        assessment.import_responses(other, snapshot.id, path)
        thread = threading.Thread(target=run)
        thread.start()
        assert about_to_write.wait(10)  # ...while this one asks for it
    thread.join(10)
    assert "ok" not in outcome
    assert [str(p) for p in outcome["refused"].problems] == [
        f"row {n + 2}: respondent 'R{n:05d}' already exists in this snapshot" for n in range(3)
    ]
    assert counts(db) == (3, 6)
    other.close()


def test_two_processes_importing_the_same_file_at_once(data_dir, tmp_path):
    db = cli._open(type("A", (), {"data_dir": str(data_dir)}))
    client = clients.create_client(db, "Kurum")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-10")
    db.close()
    path = many(tmp_path / "r.csv", 3000)
    script = (
        "import sys\n"
        "from csmm_desktop.cli import main\n"
        "import csmm_desktop.services.assessment, csmm_desktop.domain.response_file\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["--data-dir", str(data_dir), "import-responses", snap.id, str(path)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:  # both started and loaded: now both go at once
        assert proc.stdout.readline() == "ready\n"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = sorted((p.wait(60), p.stdout.read(), p.stderr.read()) for p in procs)
    (ok, out, _), (refused, _, err) = results
    assert (ok, refused) == (0, 1), results
    assert out.startswith("imported 3000 respondents")
    assert err == (  # one line: the first problems, then how many more
        "csmm-desktop: r.csv was not imported; nothing was changed. "
        "row 2: respondent 'R00000' already exists in this snapshot; "
        "row 3: respondent 'R00001' already exists in this snapshot; "
        "row 4: respondent 'R00002' already exists in this snapshot; … and 2997 more\n"
    )
    db = connect(data_dir / "csmm.sqlite")
    assert counts(db) == (3000, 6000)
    db.close()


def test_replacing_respondents_in_one_transaction(db, snapshot, tmp_path):
    wizard = assessment.add_respondent(db, snapshot.id, "client", name="Ali Veli")
    assessment.set_answer(db, wizard.id, "2.4.9-1", "2")
    first = write(tmp_path / "a.csv", ["respondent,role,2.4.9-1", "C1,client,3", "C2,client,4"])
    assessment.import_responses(db, snapshot.id, first)
    corrected = write(
        tmp_path / "b.csv",
        [
            "respondent,role,2.4.9-1,2.4.10-1",
            "C1,client,9,",
            "Ali  Veli,client,,yes",
            "C3,client,10,",
        ],
    )
    with pytest.raises(ResponseFileError) as info:
        assessment.import_responses(db, snapshot.id, corrected)
    assert [str(p) for p in info.value.problems] == [
        "row 2: respondent 'C1' already exists in this snapshot",
        "row 3: respondent 'Ali Veli' already exists in this snapshot",
    ]
    preview = assessment.check_response_file(db, snapshot.id, corrected)
    assert preview.existing == [(2, "C1"), (3, "Ali Veli")]

    with pytest.raises(ResponseFileError, match="the snapshot changed since the file was checked"):
        assessment.import_responses(db, snapshot.id, corrected, replace=True, expect_replaced=1)
    assert counts(db) == (3, 3)

    parsed = assessment.import_responses(
        db, snapshot.id, corrected, replace=True, expect_replaced=2
    )
    assert (parsed.respondent_count, parsed.replaced) == (3, 2)
    people = {r.label: r.id for r in assessment.list_respondents(db, snapshot.id)}
    assert sorted(people) == ["Ali Veli", "C1", "C2", "C3"]
    assert assessment.answers_of(db, people["C1"]) == {"2.4.9-1": "9"}
    assert assessment.answers_of(db, people["Ali Veli"]) == {"2.4.10-1": "yes"}
    assert assessment.answers_of(db, people["C2"]) == {"2.4.9-1": "4"}  # not in the file: kept
    assert people["C1"] != wizard.id and wizard.id not in people.values()
    assert db.execute(
        "SELECT count(*) FROM answers WHERE respondent_key = "
        "(SELECT key FROM respondents WHERE id = ?)",
        [wizard.id],
    ).fetchone() == (0,)


def run_cli(capsys, data_dir, *args):
    code = cli.main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_replaces_only_when_asked(capsys, data_dir, tmp_path):
    client = run_cli(capsys, data_dir, "new-client", "X")[1].strip()
    snap = run_cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    path = write(tmp_path / "r.csv", ["respondent,role,2.4.9-1", "C1,client,3"])
    assert run_cli(capsys, data_dir, "import-responses", snap, str(path))[0] == 0
    code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(path))
    assert code == 1 and out == ""
    assert err == (
        "csmm-desktop: r.csv was not imported; nothing was changed. "
        "row 2: respondent 'C1' already exists in this snapshot\n"
    )
    code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(path), "--replace")
    assert code == 0 and out == "imported 1 respondents (1 client), 1 answers, replacing 1\n"


def test_the_command_line_on_a_damaged_workbook_and_a_busy_store(
    capsys, data_dir, tmp_path, monkeypatch
):
    client = run_cli(capsys, data_dir, "new-client", "X")[1].strip()
    snap = run_cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    broken = tmp_path / "r.xlsx"
    broken.write_bytes(b"PK\x03\x04 and then nothing a zip needs")
    code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(broken))
    assert code == 1 and "Traceback" not in err
    assert err == (
        "csmm-desktop: r.xlsx was not imported; nothing was changed. the file is not an "
        "Excel workbook (.xlsx), or it is damaged; save it from Excel again as .xlsx or as CSV\n"
    )

    from csmm_desktop.store import open_store

    monkeypatch.setattr(cli, "_open", lambda args: open_store(Path(args.data_dir), busy_ms=100))
    blocker = sqlite3.connect(data_dir / "csmm.sqlite")
    blocker.execute("BEGIN IMMEDIATE")
    try:
        path = write(tmp_path / "r.csv", ["respondent,role,2.4.9-1", "C1,client,3"])
        code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(path))
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 3 and out == ""
    assert err.startswith("csmm-desktop: The data is busy") and len(err.splitlines()) == 1


def test_the_command_line_says_what_is_wrong_on_one_line(capsys, data_dir, tmp_path):
    client = run_cli(capsys, data_dir, "new-client", "X")[1].strip()
    snap = run_cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    rows = ["respondent,role,2.4.9-1", 'C0,client,"9\nand more"']  # a line break in the value
    path = write(tmp_path / "r.csv", rows + [f"C{n},client,{n + 11}" for n in range(1, 25)])
    code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(path))
    assert (code, out) == (1, "")
    assert err == (
        "csmm-desktop: r.csv was not imported; nothing was changed. "
        "row 2, column C (2.4.9-1): '9 and more' is not valid: expected a whole number from "
        "0 to 10 or 'na'; "
        "row 3, column C (2.4.9-1): '12' is not valid: expected a whole number from 0 to 10 or "
        "'na'; "
        "row 4, column C (2.4.9-1): '13' is not valid: expected a whole number from 0 to 10 or "
        "'na'; … and 22 more\n"
    )


def test_one_line_cuts_a_long_quoted_value(tmp_path):
    from csmm_desktop.messages import message

    error = ResponseFileError(
        tmp_path / "r.csv",
        [message("import.bad_choice", where="row 2", value="x" * 1000, expected="a, b")],
    )
    line = error.one_line()
    assert "\n" not in line and len(line) < 400 and line.endswith("x…")
    assert str(error).count("\n") == 1  # str(): the full list, one a line (the log's)


def test_the_command_line_says_which_sheet_it_read(capsys, data_dir, tmp_path):
    from openpyxl import Workbook

    client = run_cli(capsys, data_dir, "new-client", "X")[1].strip()
    snap = run_cli(capsys, data_dir, "new-snapshot", client, "--stage", "initial")[1].strip()
    book = Workbook()
    book.active.title = "responses"
    book.active.append(["respondent", "role", "2.4.9-1"])
    book.active.append(["C1", "client", 9])
    book.create_sheet("more").append(["respondent", "role", "2.4.9-1"])
    book.save(tmp_path / "r.xlsx")
    code, out, err = run_cli(capsys, data_dir, "import-responses", snap, str(tmp_path / "r.xlsx"))
    assert (code, err) == (0, "")
    assert out == (
        "imported 1 respondents (1 client), 1 answers, from the sheet “responses” "
        "(not read: “more”)\n"
    )
