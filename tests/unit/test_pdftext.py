"""tests/pdftext.py, the tests' PDF text reader: one string per page, a page without text
included (exactly as many as pypdf and pdfinfo count), the same words from pdftotext and
from the pypdf fallback used where pdftotext is not on PATH, read anew once a file changes."""

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from csmm_desktop.reports import fonts
from tests import pdftext

PAGES = [
    ["Çalışan Anketi · sürüm 3", "Ağırlık = konunun puanlanan sorularının ağırlıklarının toplamı."],
    [],  # a page with no text at all (a full-page chart, say)
    ["Strengths", "Priority gaps", "1.3.1 Demographic knowledge 100.0"],
    ["page 4 of 4"],
]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


def write(path, pages) -> None:
    fonts.register_fonts()
    sheet = canvas.Canvas(str(path))
    for lines in pages:
        sheet.setFont(fonts.REGULAR, 11)
        for n, line in enumerate(lines):
            if n == 1 and line == "Priority gaps":
                sheet.drawString(300, 760, line)  # beside the line before, as a table's cell
            else:
                sheet.drawString(72, 760 - 20 * n, line)
        sheet.showPage()
    sheet.save()


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def no_poppler(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert shutil.which("pdftotext") is None and pdftext.reader() == "pypdf"


def check(path) -> list[str]:
    texts = pdftext.page_texts(path)
    assert len(texts) == len(PdfReader(path).pages) == len(PAGES)
    for text, lines in zip(texts, PAGES, strict=True):
        assert flat(text) == flat("".join(lines))
    assert texts[1].strip() == ""
    assert pdftext.page_text(path, -1) == texts[3] and pdftext.page_text(path, 0) == texts[0]
    assert pdftext.text_of(path, "\n") == "\n".join(texts)
    return texts


@needs_poppler
def test_pdftotext_gives_one_text_per_page(tmp_path):
    path = tmp_path / "a.pdf"
    write(path, PAGES)
    assert pdftext.reader() == "pdftotext"
    texts = check(path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert f"Pages:{len(texts)}" in flat(info.stdout)
    # -raw: the words of a line in the order drawn, one line for one baseline
    assert "Strengths Priority gaps" in texts[2]


def test_without_pdftotext_the_text_is_pypdfs(tmp_path, no_poppler):
    path = tmp_path / "a.pdf"
    write(path, PAGES)
    texts = check(path)
    assert texts == [page.extract_text() for page in PdfReader(path).pages]


@needs_poppler
def test_both_readers_give_the_same_words_and_a_new_file_is_read_anew(tmp_path, monkeypatch):
    path = tmp_path / "a.pdf"
    write(path, PAGES)
    poppler = pdftext.page_texts(path)
    with monkeypatch.context() as m:
        m.setenv("PATH", str(tmp_path / "empty"))
        fallback = pdftext.page_texts(path)
    assert [flat(t) for t in poppler] == [flat(t) for t in fallback]
    assert [" ".join(t.split()) for t in poppler] == [" ".join(t.split()) for t in fallback]
    write(path, [["Another text"]])
    assert pdftext.page_texts(path) == ["Another text\n"]
