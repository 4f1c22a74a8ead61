"""The PDF reports: every kind in both languages from the demo client, their text, page
counts and validity, options, atomic writing and the `report` command."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.reports import formats as fmt
from csmm_desktop.reports.texts import ONE, TEXTS
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import engagement as E
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import page_text, page_texts

KINDS = ("snapshot", "progress", "action-plan", "blank-form")
PAGES = {"snapshot": (10, 30), "progress": (8, 25), "action-plan": (1, 5), "blank-form": (15, 35)}
TURKISH_LETTERS = "şğıİöüç"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    """The demo client, with every kind of report written once in each language."""
    folder = tmp_path_factory.mktemp("reports")
    db = open_copy(demo_template, folder / "data")
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    written = {}
    for kind in KINDS:
        # the snapshot report of the first snapshot (its score is 28.6), the others of the last
        snap = snaps[0] if kind == "snapshot" else snaps[-1]
        for lang in ("en", "tr"):
            out = folder / f"{kind}-{lang}.pdf"
            reports.write_report(db, snap.id, lang, out, kind=kind)
            written[kind, lang] = out
    yield db, snaps, written
    db.close()


def text_of(path: Path) -> str:
    return "\n".join(page_texts(path))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_kind_builds_with_a_sensible_page_count(demo, kind, lang):
    path = demo[2][kind, lang]
    assert path.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(path)
    low, high = PAGES[kind]
    assert low <= len(reader.pages) <= high
    last = len(reader.pages)
    footer = f"page {last} of {last}" if lang == "en" else f"sayfa {last} / {last}"
    assert footer in page_text(path, -1)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("+DejaVuSans" in name for name in fonts), fonts  # embedded subsets


def test_turkish_snapshot_report_speaks_turkish(demo):
    db, snaps, written = demo
    text = text_of(written["snapshot", "tr"])
    assert all(letter in text for letter in TURKISH_LETTERS)
    for heading in (
        "İçindekiler",
        "Yönetici özeti",
        "Puan nasıl hesaplanır",
        "Puanlar",
        "Grafikler",
        "Açık uçlu geri bildirimler",
        "Sorunlar",
        "Gereksinimler",
    ):
        assert heading in text, heading
    assert "Aşama kontrol listesi" not in text  # the consultant's, not in client reports
    assert "Executive summary" not in text and "page 2 of" not in text
    overall = assessment.snapshot_scores(db, snaps[0].id).overall
    shown = f"{overall:.1f}".replace(".", ",")
    assert shown == "28,6"
    assert f"Genel puan 100 üzerinden {shown}" in text
    assert "Başlangıç" in text and "12.01.2026" in text
    assert "Yıldız Bankası A.Ş. (demo)" in text
    assert "sayfa 2 /" in text
    assert "Kredi başvurumun durumunu öğrenmek için üç kez aramak zorunda kaldım." in text


def test_english_snapshot_report_speaks_english(demo):
    db, snaps, written = demo
    text = text_of(written["snapshot", "en"])
    for heading in (
        "Contents",
        "Executive summary",
        "How the score is made",
        "Charts",
        "Open feedback",
        "Key performance indicators",
        "Workshops",
    ):
        assert heading in text, heading
    assert "Yönetici özeti" not in text
    overall = assessment.snapshot_scores(db, snaps[0].id).overall
    assert f"The overall score is {overall:.1f} out of 100" in text
    assert "Initial level" in text and "12 Jan 2026" in text
    assert "Yıldız Bankası A.Ş. (demo)" in text and "page 2 of" in text


def test_progress_action_plan_and_forms_show_their_content(demo):
    db, snaps, written = demo
    progress = text_of(written["progress", "tr"])
    assert "Gelişim raporu" in progress and "Yüksek Performans ve Kalite" in progress
    first, last = (assessment.snapshot_scores(db, s.id).overall for s in (snaps[0], snaps[-1]))
    assert f"{first:.1f}".replace(".", ",") in progress
    assert f"{last:.1f}".replace(".", ",") in progress
    plan = text_of(written["action-plan", "en"])
    assert "Action plan" in plan and "Cycle 1" in plan
    for action in E.list_actions(db, DEMO_CLIENT_ID):
        assert flat(action.title) in flat(plan)
    form = text_of(written["blank-form", "tr"])
    assert "Katılımcı kodu" in form and "Geçerli değil / Bilmiyorum" in form
    ids = set(re.findall(r"\b\d\.\d(?:\.\d+)+-\d+\b", form))
    questions = assessment.snapshot_form(db, snaps[-1].id).questions
    assert set(questions) <= ids  # every question id is printed


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_every_report_passes_qpdf_check(demo):
    for path in demo[2].values():
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_an_empty_snapshot_reports_every_part_and_its_export_ticks_prepared(db, tmp_path):
    client = clients.create_client(db, "Boş Müşteri & Ortakları <Ltd>")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22")
    assert not E.stage_checklist(db, snap.id).items[-2].done  # the "report" item
    calls = []
    out = reports.write_snapshot_report(
        db, snap.id, "en", tmp_path / "empty.pdf", progress=lambda p, m: calls.append(p)
    )
    text = text_of(out)
    for line in (
        "No scored answers have been given yet",
        "No topic has a score yet.",
        "No written feedback was given.",
        "No problems are recorded",
        "No contact volumes are recorded",
        "No KPIs are defined",
        "No actions are recorded",
        "No workshops are recorded",
    ):
        assert line in text, line
    assert "Boş Müşteri & Ortakları <Ltd>" in text and "22 Nov 2026" in text

    def prepared():
        return next(i for i in E.stage_checklist(db, snap.id).items if i.key == "report").done

    assert not prepared()  # building only reads; the export ticks, through the service
    assert not E.report_exported(db, snap.id, "action-plan") and not prepared()
    assert E.report_exported(db, snap.id, "snapshot") and prepared()
    assert calls[0] == 0 and calls[-1] == 100 and calls == sorted(calls)


def test_letter_size_and_landscape_action_plan(demo, tmp_path):
    db, snaps, _ = demo
    plan = reports.write_action_plan(db, snaps[-1].id, "tr", tmp_path / "a.pdf", page_size="letter")
    box = PdfReader(plan).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (792, 612)
    form = reports.write_blank_forms(db, snaps[-1].id, "en", tmp_path / "f.pdf", page_size="A4")
    box = PdfReader(form).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)


def test_bad_options_and_failures_write_nothing(demo, tmp_path):
    db, snaps, _ = demo
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"%PDF-1.4 the old report")
    with pytest.raises(ValueError, match="language"):
        reports.write_report(db, snaps[0].id, "de", target)
    with pytest.raises(ValueError, match="Page size"):
        reports.write_report(db, snaps[0].id, "en", target, kind="action-plan", page_size="A3")
    with pytest.raises(ValueError, match="kind"):
        reports.write_report(db, snaps[0].id, "en", target, kind="summary")
    with pytest.raises(Exception, match="No snapshot"):
        reports.write_report(db, "nope", "en", target, kind="action-plan")
    assert target.read_bytes() == b"%PDF-1.4 the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]  # no temporary file left


def test_cli_report_writes_the_file_and_refuses_a_bad_snapshot(capsys, data_dir, tmp_path):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    main(["--data-dir", str(data_dir), "snapshots", DEMO_CLIENT_ID])
    snapshot = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    out = tmp_path / "plan.pdf"
    args = ["--data-dir", str(data_dir), "report", snapshot[:8], "--lang", "tr", "--out"]
    code = main([*args, str(out), "--kind", "action-plan", "--page-size", "letter"])
    printed, err = capsys.readouterr()
    assert code == 0 and err == "" and printed.strip() == str(out)
    assert "Aksiyon planı" in text_of(out)
    code = main(["--data-dir", str(data_dir), "report", "nope", "--lang", "en", "--out", str(out)])
    printed, err = capsys.readouterr()
    assert code == 1 and printed == ""
    assert err.strip() == "csmm-desktop: No snapshot with id 'nope'." and err.count("\n") == 1


def test_both_languages_have_the_same_texts_and_placeholders():
    """English may add a text's singular (key:one, texts.tn); Turkish has one form."""
    names = lambda s: set(re.findall(r"{(\w+)}", s))  # noqa: E731
    singulars = {k for k in TEXTS["en"] if k.endswith(ONE)}
    assert TEXTS["en"].keys() - singulars == TEXTS["tr"].keys()
    assert not any(k.endswith(ONE) for k in TEXTS["tr"])
    for key, english in TEXTS["en"].items():
        if key in singulars:
            assert names(english) <= names(TEXTS["en"][key.removesuffix(ONE)]), key
        else:
            assert names(english) == names(TEXTS["tr"][key]), key


def test_numbers_and_dates_follow_the_report_language():
    assert fmt.score(63.44, "tr") == "63,4" and fmt.score(63.44, "en") == "63.4"
    assert fmt.integer(57636, "tr") == "57.636" and fmt.integer(57636, "en") == "57,636"
    assert fmt.share(0.93, "tr") == "%93" and fmt.share(0.93, "en") == "93%"
    assert fmt.change(-3.21, "en") == "−3.2" and fmt.change(0.04, "tr") == "0,0"
    assert fmt.nps(75, "en") == "+75" and fmt.score(None, "tr") == "–"
    assert fmt.day("2026-11-22", "tr") == "22.11.2026"
    assert fmt.day("2026-11-22", "en") == "22 Nov 2026"
    assert fmt.measured(4.5, "dk", "tr") == "4,5 dk" and fmt.measured(75, "%", "tr") == "%75"
