"""The page-fill rule (issue 17): no page under a third full except the cover and the
first page of a top-level part, read from the PDFs' own layout (tests/pagefill.py: the
lowest text or picture drawn in each page's body frame), for the demo's snapshot report,
progress report and action plan in both languages (and bilingual), and a sparse client's;
and the two layout rules behind it, each in a story built to break it."""

from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4

from csmm_desktop import reports
from csmm_desktop.reports.blocks import Builder
from csmm_desktop.reports.layout import PageInfo, ReportDoc
from csmm_desktop.reports.styles import Styles
from csmm_desktop.services import clients
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pagefill import page_fills, underfilled
from tests.pdftext import page_texts
from tests.sparse import add_sparse_client

KINDS = ("snapshot", "progress", "action-plan")
# The rule reads where text and pictures are placed, never a picture's pixels: the charts
# are placed at their real size, not rasterised (conftest.unpainted_charts).
pytestmark = pytest.mark.usefixtures("unpainted_charts")


@pytest.fixture(scope="module")
def store(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("pagefill")
    db = open_copy(demo_template, folder / "data")
    _client, sparse = add_sparse_client(db)
    yield db, folder, clients.list_snapshots(db, DEMO_CLIENT_ID)[-1].id, sparse[-1]
    db.close()


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("who", ["demo", "sparse"])
def test_no_page_is_under_a_third_full_but_covers_and_part_starts(store, who, lang):
    db, folder, demo_snap, sparse_snap = store
    snap = demo_snap if who == "demo" else sparse_snap
    for kind in KINDS:
        path = reports.write_report(db, snap, lang, folder / f"{who}-{kind}-{lang}.pdf", kind=kind)
        fills = page_fills(path)
        assert fills and max(p.fill for p in fills) > 0.3  # measured, not blank
        assert underfilled(fills, cover=kind != "action-plan") == [], (kind, fills)


@pytest.mark.parametrize("kind", ["snapshot", "action-plan"])
def test_the_bilingual_reports_keep_the_rule(store, kind):
    db, folder, demo_snap, _sparse = store
    path = reports.write_report(
        db, demo_snap, "tr", folder / f"bi-{kind}.pdf", kind=kind, bilingual=True
    )
    fills = page_fills(path)
    assert underfilled(fills, cover=kind != "action-plan") == []
    if kind == "snapshot":  # the summary is one page: the contents follow on page 3
        assert fills[1].starts_part and fills[2].starts_part and fills[1].fill > 0.5


def _doc():
    doc = ReportDoc(BytesIO(), PageInfo("tr", "T", "C", "1 Oca 2026"), A4, cover=False)
    return doc, Builder(Styles(), doc.width, doc.height)


def test_a_long_table_never_ends_on_a_page_under_a_third_full(tmp_path):
    doc, b = _doc()
    probe = b.table(["No", "Konu"], [["1", "Satır"]], [40, None])
    probe.wrap(doc.width, doc.height)
    head, row = probe._rowHeights
    per_page = int((doc.height - head) / row)
    # the rows fill a page and two rows more: a plain split leaves two rows on page 2
    rows = [[str(n), f"Satır {n}"] for n in range(per_page + 2)]
    story = [b.table(["No", "Konu"], rows, [40, None])]
    out = tmp_path / "t.pdf"
    doc.filename = BytesIO()
    doc.render(story)
    out.write_bytes(doc.filename.getvalue())
    fills = page_fills(out)
    assert len(fills) == 2 and fills[1].fill >= 1 / 3, fills


def test_a_note_under_a_table_is_never_alone_on_a_page(tmp_path):
    doc, b = _doc()
    probe = b.table(["No", "Konu"], [["1", "Satır"]], [40, None])
    probe.wrap(doc.width, doc.height)
    head, row = probe._rowHeights
    # the table fills the page to its end, its note does not fit under it
    rows = [[str(n), f"Satır {n}"] for n in range(int((doc.height - head) / row))]
    note = "Tablonun notu."
    story = [b.captioned(b.table(["No", "Konu"], rows, [40, None]), b.caption(note))]
    doc.filename = BytesIO()
    doc.render(story)
    out = tmp_path / "n.pdf"
    out.write_bytes(doc.filename.getvalue())
    fills = page_fills(out)
    assert len(fills) == 2 and fills[1].fill >= 1 / 3, fills
    texts = page_texts(out)
    assert note in texts[1] and f"Satır {len(rows) - 1}" in texts[1]
