"""Layout rules read from the laid-out document (ReportLab's afterFlowable hook): a heading
never ends a page (keepWithNext carries it over with what it heads), in a story built to
put one at the bottom, and in the snapshot report and the blank forms in both languages."""

from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Spacer

from csmm_desktop import reports
from csmm_desktop.reports.blocks import Builder
from csmm_desktop.reports.layout import PageInfo, ReportDoc
from csmm_desktop.reports.styles import Styles
from csmm_desktop.services import clients
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy

HEADINGS = ("h1", "h2", "h3")
EMPTY = ("Spacer", "PageTitle", "NextPageTemplate", "PageBreak", "CondPageBreak", "_ContentsMark")


@pytest.fixture
def laid_out(monkeypatch):
    """(page, flowable) of everything the documents built in the test drew."""
    seen: list = []
    before = ReportDoc.afterFlowable

    def hook(self, flowable):
        seen.append((self.page, flowable))
        return before(self, flowable)

    monkeypatch.setattr(ReportDoc, "afterFlowable", hook)
    return seen


def headings_ending_pages(seen: list) -> list[tuple[int, str]]:
    last: dict = {}
    for page, flowable in seen:
        if type(flowable).__name__ not in EMPTY:
            last[page] = flowable
    return [
        (page, f.getPlainText())
        for page, f in last.items()
        if isinstance(f, Paragraph) and f.style.name in HEADINGS
    ]


def test_a_heading_at_the_bottom_moves_to_the_next_page_with_its_text(laid_out):
    doc = ReportDoc(BytesIO(), PageInfo("en", "T", "C", "1 Jan 2026"), A4, cover=False)
    b = Builder(Styles(), doc.width, doc.height)
    story = [
        Spacer(1, doc.height - 40),
        b.h2("Orphan candidate", toc=False),
        b.p("Its text. " * 60),
    ]
    doc.render(story)
    pages = {f.getPlainText(): page for page, f in laid_out if isinstance(f, Paragraph)}
    assert pages["Orphan candidate"] == 2
    assert not headings_ending_pages(laid_out)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_no_page_of_the_demo_reports_ends_with_a_heading(laid_out, tmp_path, demo_template, lang):
    db = open_copy(demo_template, tmp_path / "data")
    snap = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    for kind in ("snapshot", "blank-form"):
        laid_out.clear()
        reports.write_report(db, snap.id, lang, tmp_path / f"{kind}.pdf", kind=kind)
        assert len({page for page, _f in laid_out}) > 10
        assert headings_ending_pages(laid_out) == [], kind
    db.close()


def test_a_table_never_leaves_one_row_alone_at_the_top_of_a_page(laid_out):
    doc = ReportDoc(BytesIO(), PageInfo("tr", "T", "C", "1 Oca 2026"), A4, cover=False)
    b = Builder(Styles(), doc.width, doc.height)
    rows = [[str(n), f"Satır {n}"] for n in range(12)]
    probe = b.table(["No", "Konu"], rows, [40, None])
    _w, height = probe.wrap(doc.width, doc.height)
    row = probe._rowHeights[-1]
    # room for the header and all rows but the last one: a plain split would put row 11
    # alone on page 2
    story = [Spacer(1, doc.height - height + row / 2), b.table(["No", "Konu"], rows, [40, None])]
    doc.render(story)
    parts = [(page, f) for page, f in laid_out if type(f).__name__ == "Grid"]
    assert [page for page, _f in parts] == [1, 2]
    on_next = parts[1][1]._cellvalues[1:]  # below the repeated header
    cells = [r[1][0] if isinstance(r[1], list | tuple) else r[1] for r in on_next]
    assert [c.getPlainText() for c in cells] == ["Satır 10", "Satır 11"]
