"""A progress report of an earlier snapshot stops at it (issue 17): only the snapshots up to
the chosen one, findings and KPI values as of it, actions as on its date; the first
snapshot alone says plainly there is nothing to compare; in both languages (PDF text)."""

import pytest

from csmm_desktop import reports
from csmm_desktop.services import clients
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import page_texts

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("upto")
    db = open_copy(demo_template, folder / "data")
    return db, clients.list_snapshots(db, DEMO_CLIENT_ID), folder


def text_of(path) -> str:
    return flat("".join(page_texts(path)))


@pytest.mark.parametrize(
    ("lang", "stops", "first", "dates"),
    [
        (
            "en",
            "This report stops at the Measured snapshot of 29 Jun 2026, as chosen: "
            "the later snapshot, and what was raised, closed or measured after it, are left out.",
            "The chosen snapshot is the client's first: there is nothing to compare yet.",
            ("29 Jun 2026", "28 Sep 2026"),
        ),
        (
            "tr",
            "anlık durumunda biter: sonraki 1 anlık durum ve ondan sonra tespit edilen, "
            "kapatılan ya da ölçülenler dahil edilmedi.",
            "Seçilen anlık durum kurumun ilk anlık durumudur: henüz karşılaştırılacak bir şey yok.",
            ("29.06.2026", "28.09.2026"),
        ),
    ],
)
def test_a_progress_report_of_an_earlier_snapshot_stops_at_it(demo, lang, stops, first, dates):
    db, snaps, folder = demo
    third = reports.write_report(db, snaps[2].id, lang, folder / f"3{lang}.pdf", kind="progress")
    text = text_of(third)
    assert flat(stops) in text
    assert flat(dates[0]) in text and flat(dates[1]) not in text  # nothing of 28 Sep
    latest = text_of(
        reports.write_report(db, snaps[-1].id, lang, folder / f"4{lang}.pdf", kind="progress")
    )
    assert flat(dates[1]) in latest and flat(stops)[:20] not in latest
    one = text_of(
        reports.write_report(db, snaps[0].id, lang, folder / f"1{lang}.pdf", kind="progress")
    )
    assert flat(first) in one
    assert flat(dates[0]) not in one


def test_the_findings_and_kpis_stop_at_the_chosen_snapshot(demo):
    db, snaps, folder = demo
    text = text_of(reports.write_report(db, snaps[2].id, "en", folder / "f.pdf", kind="progress"))
    # the branch-handover problem was raised at the fourth snapshot: not there yet
    assert flat("Şubeden aktarılan taleplerde bilgi eksik") not in text
    resolved = flat("Tekil müşteri görünümü yok")
    assert resolved in text
    part = text[text.index(resolved) :][:200]
    assert flat("Open") in part  # resolved only later
