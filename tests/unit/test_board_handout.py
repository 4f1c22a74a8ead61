"""The CX board meeting handout: both kinds of meeting in both languages from the demo client,
their text, page count and validity, user text printed as written, and nothing written on
error."""

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from csmm_desktop import reports
from csmm_desktop.reports import board_handout
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.pdftext import page_texts

TITLES = {
    ("metrics", "en"): "CX board — Metrics meeting",
    ("metrics", "tr"): "Müşteri deneyimi kurulu — Metrik toplantısı",
    ("project_review", "en"): "CX board — Project review meeting",
    ("project_review", "tr"): "Müşteri deneyimi kurulu — Proje değerlendirme toplantısı",
}


def flat(text: str) -> str:
    return "".join(text.split())


def text_of(path) -> str:
    return flat("".join(page_texts(path)))


@pytest.fixture
def demo(db, demo_db):
    meetings = X.list_meetings(db, DEMO_CLIENT_ID)
    assert [m.kind for m in meetings] == ["metrics", "project_review"] * 3 + ["metrics"]
    return db, meetings


def last(meetings, kind):
    return [m for m in meetings if m.kind == kind][-1]


@pytest.mark.parametrize("kind", ["metrics", "project_review"])
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_handout_of_a_demo_meeting(demo, tmp_path, kind, lang):
    db, meetings = demo
    meeting = last(meetings, kind)
    out = reports.write_board_handout(db, meeting.id, lang, tmp_path / "handout.pdf")

    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = text_of(out)
    assert flat(TITLES[kind, lang]) in text
    other = "tr" if lang == "en" else "en"
    assert flat(TITLES[kind, other]) not in text
    assert "Yıldız" in text  # the client
    assert all(flat(name) in text for name in meeting.attendees)
    assert flat(meeting.decisions[0]) in text
    assert flat(meeting.minutes) in text
    if lang == "tr":
        # the project review's demo data has no capital İ; the metrics one has "İşlem …"
        assert all(letter in text for letter in "şğıöüç" + ("İ" if kind == "metrics" else ""))
        assert meeting.date[8:] + "." + meeting.date[5:7] + "." + meeting.date[:4] in text
    if kind == "metrics":
        assert "NPS" in text and "+67" in text  # August 2026, the month before the meeting
        top = X.top_reasons(db, DEMO_CLIENT_ID, until_period="2026-08")
        assert all(flat(r.name) in text for r in top)
    else:
        open_projects = X.list_projects(db, DEMO_CLIENT_ID, open_only=True, as_of=meeting.date)
        assert open_projects and all(flat(p.title) in text for p in open_projects)
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts and all("+DejaVuSans" in name for name in fonts), fonts  # embedded, no Helvetica


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_handouts_pass_qpdf_check(demo, tmp_path):
    db, meetings = demo
    for kind in ("metrics", "project_review"):
        out = reports.write_board_handout(db, last(meetings, kind).id, "tr", tmp_path / "h.pdf")
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_user_text_is_printed_as_written(db, tmp_path):
    client = clients.create_client(db, "Ayşe & <Çelik> 😀")
    long_word = "Ş" * 150 + "x" * 40
    lines = "\n".join(f"satır {n} <i>&amp;</i> ğüşıöç İ" for n in range(30))
    meeting = X.record_meeting(
        db,
        client.id,
        "2026-11-22",
        "project_review",
        attendees=["Deniz <Işık> & co"],
        agenda=["Typed <item> & more"],
        decisions=["<b>Not bold</b> & 😀", long_word],
        minutes=lines,
    )
    out = board_handout.write_board_handout(db, meeting.id, "tr", tmp_path / "h.pdf")
    text = text_of(out)
    for written in (client.name, "Deniz <Işık> & co", "Typed <item> & more", long_word, lines):
        assert flat(written) in text
    assert "<b>Notbold</b>&😀" in text
    assert "22.11.2026" in text
    assert len(PdfReader(out).pages) <= 2


def test_bad_meeting_or_options_write_nothing(demo, tmp_path, monkeypatch):
    db, meetings = demo
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "handout.pdf"
    with pytest.raises(X.NotFoundError):
        reports.write_board_handout(db, "no-such-meeting", "en", target)
    assert list(folder.iterdir()) == []
    target.write_bytes(b"%PDF-1.4 before")
    with pytest.raises(ValueError):
        reports.write_board_handout(db, meetings[0].id, "de", target)
    with pytest.raises(ValueError):
        reports.write_board_handout(db, meetings[0].id, "en", target, page_size="A3")
    monkeypatch.setattr(board_handout.ReportDoc, "render", lambda *a: 1 / 0)  # fails mid-build
    with pytest.raises(ZeroDivisionError):
        reports.write_board_handout(db, meetings[0].id, "en", target)
    assert target.read_bytes() == b"%PDF-1.4 before"
    assert list(folder.iterdir()) == [target]  # no temporary file left behind


def test_exported_lazily_from_the_reports_package():
    assert "write_board_handout" in reports.__all__
    assert reports.write_board_handout is board_handout.write_board_handout
