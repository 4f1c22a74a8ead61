"""The text of each page of a PDF, read once per distinct file content: reading a report's
pages costs about as much as building it, and several tests of a module read the same
report. Keyed on the file's bytes, so a rewritten file is read anew.

Read with poppler's `pdftotext -raw` (C, ~8x faster than pypdf's pure-Python
extract_text, which was ~15% of the suite's time). `-raw` keeps the content stream's order,
as pypdf does; the two differ only in where they put spaces and line breaks, so compare
across lines with whitespace removed or collapsed. Where pdftotext is not on PATH (a machine
without poppler-utils) the text is pypdf's. Tests that read how text is drawn (position,
font, size: tests/pagefill.py, a column's text) use pypdf's visitors instead."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections import OrderedDict
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

_READ: OrderedDict[tuple[str, bytes], tuple[str, ...]] = OrderedDict()
_KEPT = 64  # files' texts kept (a report's is ~50 kB)


def reader() -> str:
    """'pdftotext' where poppler's is on PATH (looked up at each read, so a test or a run
    with PATH without it reads with pypdf), else 'pypdf'."""
    return "pdftotext" if shutil.which("pdftotext") else "pypdf"


def _pdftotext(data: bytes) -> tuple[str, ...]:
    # one run for the whole file, the PDF on stdin (the very bytes the memo is keyed on);
    # each page's text ends in a form feed, so the last chunk is the empty one after it
    run = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-q", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    chunks = run.stdout.decode("utf-8").split("\f")
    if chunks[-1].strip():
        raise ValueError(f"pdftotext's output does not end in a form feed: {chunks[-1][:80]!r}")
    return tuple(chunks[:-1])


def _pypdf(data: bytes) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def page_texts(path) -> list[str]:
    """The text of each page of the PDF at path, one string a page, from memory where the
    same bytes were read before."""
    data = Path(path).read_bytes()
    engine = reader()
    key = (engine, hashlib.sha256(data).digest())
    if key in _READ:
        _READ.move_to_end(key)
    else:
        _READ[key] = _pdftotext(data) if engine == "pdftotext" else _pypdf(data)
        if len(_READ) > _KEPT:
            _READ.popitem(last=False)
    return list(_READ[key])


def page_text(path, number: int) -> str:
    """The text of one page (0-based, negative from the end, as pypdf's pages[number])."""
    return page_texts(path)[number]


def text_of(path, sep: str = "") -> str:
    """The text of all the PDF's pages, joined by sep."""
    return sep.join(page_texts(path))
