"""Any text a user types (client name, snapshot notes, open feedback, problem titles) is
printed as written and never breaks a report: property-based, with hypothesis.

The charts are stubbed out here (their text is ours, and they are slow); the text under
test goes through the real layout, fonts and PDF writer.
"""

import os
import unicodedata

import matplotlib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from csmm_desktop import charts, reports
from csmm_desktop.domain.text import without_controls
from csmm_desktop.reports import blocks
from csmm_desktop.reports.pictures import PICTURES
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import engagement as E
from csmm_desktop.store import open_store
from tests.pdftext import text_of

FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
FOLDER = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
# Characters all four DejaVu Sans faces draw, read straight from the font files.
DRAWN = frozenset.intersection(
    *(frozenset(TTFont(f"t{n}", os.path.join(FOLDER, f"{n}.ttf")).face.charToGlyph) for n in FACES)
)
RTL = {"R", "AL", "AN"}  # printed in typing order (no bidi reordering): see visible()
TINY_IMAGE = charts.to_image(__import__("matplotlib.figure").figure.Figure((0.1, 0.1)), dpi=50)


def visible(text: str) -> str:
    """What of `text` the PDF's text layer should hold: characters DejaVu Sans has, the
    others as the placeholder □ (never left out), without whitespace and invisible control
    characters."""

    def shown(ch: str) -> str:
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Cc", "Cf"):
            return ""
        drawn = category not in ("Cs", "Co", "Cn") and ord(ch) in DRAWN
        return ch if drawn else "□"

    return unicodedata.normalize("NFC", "".join(shown(ch) for ch in text))


def pdf_text(path) -> str:
    text = text_of(path)
    return unicodedata.normalize("NFC", "".join(text.split()))


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A small client: one snapshot, one client respondent, one problem; charts stubbed."""
    folder = tmp_path_factory.mktemp("text")
    db = open_store(folder / "data")
    client = clients.create_client(db, "Placeholder")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22", consultant="Deniz Işık")
    respondent = assessment.add_respondent(db, snap.id, "client")
    assessment.set_answer(db, respondent.id, "2.1.2-1", "4")
    problem = E.add_problem(db, snap.id, "Placeholder problem")
    patch = pytest.MonkeyPatch()
    for name in charts.__all__:
        if name not in ("to_png", "to_svg"):
            patch.setattr(charts, name, lambda *a, **k: None, raising=False)
    patch.setattr(blocks.Builder, "chart", lambda self, fig, **k: blocks.Picture(TINY_IMAGE, 9, 9))
    PICTURES.clear()  # no stub picture is left for a real builder (reports/pictures.py)
    yield db, client, snap, respondent, problem, folder
    PICTURES.clear()
    patch.undo()
    db.close()


LONG_WORD = "Ş" * 250 + "x" * 250
MANY_LINES = "\n".join(f"satır {n} <i>&amp;</i> ğüşıöç İ" for n in range(30))
# Any text at all, and text made mostly of what reports meet: Turkish letters, markup
# characters, quotes, emoji, dollar signs (mathtext in charts), tabs and line breaks.
texts = st.text(min_size=1, max_size=700) | st.text(
    alphabet="abcçdefgğhıijklmnoöprsştuüvyzİIŞĞÜÖÇ0123456789 <>&\"'/;=$\\{}\n\t😀🎉€–…",
    min_size=1,
    max_size=700,
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts, lang=st.sampled_from(["en", "tr"]))
@example(text="<b>Bold & \"quoted\" 'text'</b> &amp; <br/> <para>", lang="tr")
@example(text="Emoji 😀👍🏽 and 中文 and \x00\x1b control", lang="en")
@example(text=LONG_WORD, lang="tr")
@example(text=MANY_LINES, lang="en")
@example(text="Price $5 to $10 \\frac{", lang="en")
def test_user_text_is_printed_as_written(setup, text, lang):
    db, client, snap, respondent, problem, folder = setup
    name = " ".join(without_controls(text, keep="").split())[:200] or "X"  # as names are kept
    title = " ".join(text.split())[:300] or "Y"
    name = clients.update_client(db, client.id, name=name).name
    clients.update_snapshot(db, snap.id, notes=text)
    assessment.set_answer(db, respondent.id, "2.4.10-1", text if text.strip() else "Z")
    E.update_problem(db, problem.id, title=title)
    stored_answer = assessment.answers_of(db, respondent.id)["2.4.10-1"]
    stored_notes = clients.get_snapshot(db, snap.id).notes

    out = reports.write_snapshot_report(db, snap.id, lang, folder / "report.pdf")

    printed = pdf_text(out)
    for given_text in (name, stored_notes, stored_answer, title):
        if any(unicodedata.bidirectional(ch) in RTL for ch in given_text):
            continue  # right-to-left text is drawn in typing order, and read back reversed
        assert visible(given_text) in printed


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_keeps_the_other_reports_valid(setup, text):
    db, client, snap, _respondent, problem, folder = setup
    clients.update_client(
        db, client.id, name=" ".join(without_controls(text, keep="").split())[:200] or "X"
    )
    E.update_problem(db, problem.id, title=" ".join(text.split())[:300] or "Y")
    E.add_action(db, client.id, " ".join(text.split())[:300] or "A", owner=text[:200])
    for kind in ("progress", "action-plan", "blank-form"):
        out = reports.write_report(db, snap.id, "tr", folder / f"{kind}.pdf", kind=kind)
        assert PdfReader(out).pages
