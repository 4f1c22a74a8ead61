"""The bilingual option (issue 17): the executive summary and the action plan in Turkish
and English side by side on one page, the report's language on the left; the numbers the
same in both columns, each written in its language's style; the consultant's key messages
once, as written; the same store gives the same report; the `--bilingual` command line
option. Read from the PDFs (tests/pdftext.py; where text is drawn: pypdf, pdftotext -bbox)."""

import re
import shutil
import subprocess
from html import unescape

import pytest
from pypdf import PdfReader

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.reports import action_plan
from csmm_desktop.reports.context import Context
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import issuer as I
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.services.presentation import score_view
from tests.conftest import open_copy
from tests.pdftext import page_texts

# Only the reports' text and where it is drawn are read here, never a chart's pixels.
pytestmark = pytest.mark.usefixtures("unpainted_charts")
KEY_MESSAGES = "Hizmet kültürü güçlü.\nSıradaki adım: ölçüm."
# one decimal, not part of a date (28.09.2026) or a topic id (1.2.3)
DECIMAL = re.compile(r"(?<![\d.,])\d+[.,]\d(?!\d|[.,]\d)")


def flat(text: str) -> str:
    return "".join(text.split())


def columns_of(path, page: int) -> tuple[str, str]:
    """The text of a page's left and right halves (by where each piece is drawn)."""
    sheet = PdfReader(path).pages[page]
    middle = float(sheet.mediabox.width) / 2
    left: list[str] = []
    right: list[str] = []

    def visit(text, cm, tm, _font, _size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        (left if x < middle else right).append(text)

    sheet.extract_text(visitor_text=visit)
    return "".join(left), "".join(right)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("bilingual")
    db = open_copy(demo_template, folder / "data")
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    I.save_report_meta(db, snaps[-1].id, key_messages=KEY_MESSAGES)
    written = {}
    for kind in ("snapshot", "action-plan"):
        for lang in ("tr", "en"):
            path = folder / f"{kind}-{lang}.pdf"
            reports.write_report(db, snaps[-1].id, lang, path, kind=kind, bilingual=True)
            written[kind, lang] = path
    yield db, snaps, written
    db.close()


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_summary_has_both_languages_on_page_two_and_the_same_numbers(demo, lang):
    db, snaps, written = demo
    path = written["snapshot", lang]
    page = flat(page_texts(path)[1])
    for words in (
        ("Yönetici özeti", "Executive summary"),
        ("Güçlü yönler", "Strengths"),
        ("Öncelikli açıklar", "Priority gaps"),
        ("Öncelikli öneriler", "Priority recommendations"),
        ("Ne değişti", "What changed"),
        ("Ana mesajlar", "Key messages"),
    ):
        for word in words:
            assert flat(word) in page, word
    scores = assessment.snapshot_scores(db, snaps[-1].id)
    form = assessment.snapshot_form(db, snaps[-1].id)
    for view_lang in ("tr", "en"):
        assert flat(score_view(scores, form, view_lang).overall.score) in page
    # the consultant's words once, as written, not translated
    assert page.count(flat("Hizmet kültürü güçlü.")) == 1
    # the report's language on the left; the numbers the same on both sides
    left, right = columns_of(path, 1)
    first, second = (left, right) if lang == "tr" else (right, left)
    assert flat("Güçlü yönler") in flat(first) and flat("Strengths") in flat(second)
    tr_numbers = sorted(n.replace(",", ".") for n in DECIMAL.findall(first))
    en_numbers = sorted(DECIMAL.findall(second))
    assert len(en_numbers) > 20 and tr_numbers == en_numbers
    assert "," not in "".join(DECIMAL.findall(second))  # English decimals: 82.7, not 82,7
    # the rest of the report is in its one language
    rest = flat("".join(page_texts(path)[3:]))
    assert (flat("Strongest topics") in rest) == (lang == "en")


WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
)
MM = 72 / 25.4
MARGIN = 18 * MM  # reports/layout.py: the text block's left and right margins
BODY = (20 * MM, 19 * MM)  # and the body frame's top and bottom margins (no header, footer)


def words_by_page(path) -> list[list[tuple[float, float, str, float]]]:
    """For each page, (left, right, word, top) of every word drawn on it (poppler's
    pdftotext -bbox, one run for the whole document; top measured from the page's top
    edge)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = html.split("<page ")[1:]
    return [
        [(float(a), float(b), unescape(w), float(y)) for a, y, b, w in WORD.findall(page)]
        for page in pages
    ]


def words_of(path, page: int) -> list[tuple[float, float, str, float]]:
    """words_by_page() of one page (1-based)."""
    return words_by_page(path)[page - 1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_both_columns_fit_their_half_of_the_page(demo, lang):
    """No word of a column runs past its half (Turkish is the longer) or the text block:
    only the texts set across both columns (the title, the key messages) cross the
    middle."""
    _db, _snaps, written = demo
    path = written["snapshot", lang]
    box = PdfReader(path).pages[1].mediabox
    width, height = float(box.width), float(box.height)
    middle = width / 2
    found = words_of(path, 2)
    assert len(found) > 300
    across = " ".join(("Yönetici özeti · Executive summary", KEY_MESSAGES))
    across += " Ana mesajlar · Key messages Danışmanın yazdığı gibi, tek dilde."
    across += " As the consultant wrote them, in one language."
    allowed = set(across.split())
    body = [(left, right, w) for left, right, w, top in found if BODY[0] < top < height - BODY[1]]
    crossing = {w for left, right, w in body if left < middle - 2 and right > middle + 2}
    assert crossing and crossing <= allowed, crossing - allowed
    assert all(left >= MARGIN - 1 and right <= width - MARGIN + 1 for left, right, *_ in found)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is not installed")
def test_every_word_of_the_reports_is_inside_the_text_block(demo):
    """The body frame has no side padding: a table as wide as the frame ends at the rule of
    the header and footer, not 6 pt beyond it (every page, both kinds)."""
    _db, _snaps, written = demo
    for kind in ("snapshot", "action-plan"):
        path = written[kind, "tr"]
        pages = PdfReader(path).pages
        width = float(pages[0].mediabox.width)
        words = words_by_page(path)
        assert len(words) == len(pages)
        for n in range(1, len(pages) + 1):
            outside = [
                (n, w)
                for left, right, w, _top in words[n - 1]
                if left < MARGIN - 1 or right > width - MARGIN + 1
            ]
            assert outside == [], (kind, outside)


def test_the_action_plan_has_both_languages_and_the_actions_once(demo):
    db, snaps, written = demo
    ctx = Context.load(db, snaps[-1].id, "tr")
    titles = [a.title for a in action_plan.plan_actions(ctx)]
    assert titles
    for lang in ("tr", "en"):
        pages = page_texts(written["action-plan", lang])
        first = flat(pages[0])
        for word in ("Aksiyon planı", "Action plan", "Sorumlu", "Owner", "Tamamlandı", "Done"):
            assert flat(word) in first, word
        assert flat("28.09.2026") in first and flat("28 Sep 2026") in first
        text = flat("".join(pages[:3]))  # the plan's table
        for title in titles:
            assert text.count(flat(title)) == 1, title
        assert any(flat("Yol haritası · Roadmap") in flat(p) for p in pages) or any(
            flat("Roadmap · Yol haritası") in flat(p) for p in pages
        )


def test_the_same_store_gives_the_same_bilingual_report(demo, tmp_path):
    db, snaps, written = demo
    for kind in ("snapshot", "action-plan"):
        again = reports.write_report(
            db, snaps[-1].id, "tr", tmp_path / f"{kind}.pdf", kind=kind, bilingual=True
        )
        assert page_texts(again) == page_texts(written[kind, "tr"])


def test_the_cli_bilingual_option(capsys, data_dir, tmp_path):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    main(["--data-dir", str(data_dir), "snapshots", DEMO_CLIENT_ID])
    snapshot = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    out = tmp_path / "b.pdf"
    args = ["--data-dir", str(data_dir), "report", snapshot[:8], "--lang", "en"]
    assert main([*args, "--out", str(out), "--bilingual"]) == 0
    page = flat(page_texts(out)[1])
    assert flat("Executive summary · Yönetici özeti") in page
    plain = tmp_path / "p.pdf"
    assert main([*args, "--out", str(plain)]) == 0
    assert flat("Yönetici özeti") not in flat(page_texts(plain)[1])
