"""One word per concept, in both languages, on screen, on the charts and on paper: the KPI
statuses (hedefe ulaşıldı / ulaşılamadı), the NPS bands (weak / acceptable / strong), coverage
(yanıt kapsamı), contacts (temas), the client organisation (kurum), Hizmet içgörüsü."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from csmm_desktop import charts, reports
from csmm_desktop.charts.style import word
from csmm_desktop.domain.cxboard import NPS_BANDS
from csmm_desktop.domain.engagement import KPI_STATUSES
from csmm_desktop.domain.form import load_form
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.conftest import open_copy
from tests.pdftext import text_of

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "csmm_desktop_tr.ts"
# Old wordings of the same concepts, which no Turkish text may use any more.
RETIRED = re.compile(
    r"hedef tuttu|hedef tutmadı|hedefin gerisinde|istihbarat|yanıt oranı|fotoğraf|"
    r"\bbaşvuru(lar|ları)?\b|başvuru (nedeni|hacmi|sayısı)|bitiş tarihi|\bharika\b|"
    r"\bdönem(ler)? ?%|tüm dönemler|aylık dönem",
    re.IGNORECASE,
)


def flat(text: str) -> str:
    return "".join(text.split())


def ts_translations() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            forms = message.find("translation").findall("numerusform")
            text = " | ".join(f.text or "" for f in forms) or message.findtext("translation")
            found[(context.findtext("name"), message.findtext("source"))] = text or ""
    return found


@pytest.fixture(scope="module")
def printed(tmp_path_factory, demo_template):
    """The demo's Measured snapshot report, progress report and a board handout."""
    folder = tmp_path_factory.mktemp("wording")
    db = open_copy(demo_template, folder / "data")
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    meeting = next(m for m in X.list_meetings(db, DEMO_CLIENT_ID) if m.date == "2026-07-06")
    out = {}
    for lang in ("en", "tr"):
        for name, write in (
            ("snapshot", lambda p, lang=lang: reports.write_report(db, snaps[2].id, lang, p)),
            (
                "progress",
                lambda p, lang=lang: reports.write_report(
                    db, snaps[-1].id, lang, p, kind="progress"
                ),
            ),
            ("handout", lambda p, lang=lang: reports.write_board_handout(db, meeting.id, lang, p)),
        ):
            path = write(folder / f"{name}-{lang}.pdf")
            out[name, lang] = flat(text_of(path))
    db.close()
    return out


def test_the_turkish_report_says_kapsam_ulasildi_icgoru_and_kurum(printed):
    text = printed["snapshot", "tr"]
    assert flat("Yanıt kapsamı = 2.554 ÷ 2.745 yanıt = %93,0") in text
    assert flat("(yanıt kapsamı %93)") in text and "Yanıtoranı" not in text
    assert flat("Hizmet içgörüsü uygulamaları") in text and "istihbarat" not in text
    assert flat("Hedefe ulaşılamadı") in text and flat("Hedefe yakın") in text
    # the report's own words (the evidence appendix quotes the form's questions as written)
    words = text.rsplit(flat("Ek B · Kanıt"), 1)[0]
    assert "tuttu" not in words and "gerisinde" not in words
    verdict = "Kurumun NPS bantlarına göre (müşteri deneyimi kurulundaki gibi) bu sonuç: "
    assert flat(verdict + "Kabul edilebilir.") in text
    assert flat("Nisan 2026 – Mayıs 2026 döneminde (2 ay) toplam 48.064 temas.") in text


def test_the_bands_are_weak_acceptable_strong_in_both_languages(printed):
    assert (
        flat("Weak below +30, Acceptable from +30, Strong from +70.") in printed["progress", "en"]
    )
    caption = "+30 altı Zayıf, +30 ve üzeri Kabul edilebilir, +70 ve üzeri Güçlü."
    assert flat(caption) in printed["progress", "tr"]
    assert flat("NPS Jun 2026: +52 · Acceptable") in printed["handout", "en"]
    assert flat("NPS Haziran 2026: +52 · Kabul edilebilir") in printed["handout", "tr"]
    assert {k: v["en"] for k, v in NPS_BANDS.items()} == {
        "bad": "Weak",
        "good_enough": "Acceptable",
        "great": "Strong",
    }
    assert [NPS_BANDS[k]["tr"] for k in ("bad", "good_enough", "great")] == [
        "Zayıf",
        "Kabul edilebilir",
        "Güçlü",
    ]


def test_the_charts_use_the_tables_words():
    for lang in ("en", "tr"):
        for key in ("met", "close", "missed"):
            assert word(key, lang) == KPI_STATUSES[key][lang]
        for key, text in NPS_BANDS.items():
            assert word(key, lang) == text[lang]
    fig = charts.pareto([("Fatura", 10), ("Teslimat", 60)], "tr")
    assert fig.axes[0].get_ylabel() == "Temas sayısı"
    assert KPI_STATUSES["met"]["tr"] == "Hedefe ulaşıldı"
    assert KPI_STATUSES["missed"]["tr"] == "Hedefe ulaşılamadı"
    assert KPI_STATUSES["close"]["tr"] == "Hedefe yakın"


def test_the_screen_s_turkish_is_the_reports():
    found = ts_translations()
    for key in ("met", "close", "missed"):  # the KPI table beside the trend chart
        source = KPI_STATUSES[key]["en"]
        assert found[("KpiStatus", source)] == KPI_STATUSES[key]["tr"], source
    assert found[("KpiStatus", "Not measured")] == KPI_STATUSES["no_value"]["tr"]
    assert found[("ClientPanel", "Coverage")] == found[("Dashboard", "Coverage")] == "Yanıt kapsamı"
    assert found[("CxBoardTab", "Contact reasons")] == "Temas nedenleri"
    assert found[("ActionsTab", "Cycle %1")] == "Döngü %1"  # the reports' "Döngü {n}"
    assert found[("ActionsTab", "Due")] == "Hedef tarih"  # the reports' "col_due"
    bands = found[("CxNpsPage", "Bands: weak below %1, acceptable from %1, strong from %2.")]
    assert bands == "Bantlar: %1 altı zayıf, %1 ve üstü kabul edilebilir, %2 ve üstü güçlü."
    topic = next(t for t in load_form().topics.values() if t.title["en"].startswith("Service int"))
    assert topic.title["tr"] == "Hizmet içgörüsü uygulamaları"


def test_no_turkish_text_keeps_a_retired_wording():
    texts = list(ts_translations().items())
    for path in (
        "csmm_desktop/reports/texts_tr.py",
        "csmm_desktop/charts/style.py",
        "csmm_desktop/domain/engagement.py",
        "csmm_desktop/domain/cxboard.py",
        "resources/cxboard/agendas.json",
        "resources/engagement/checklists.json",
    ):
        texts += [((path, n), line) for n, line in enumerate((ROOT / path).read_text().split("\n"))]
    assert [(where, text) for where, text in texts if RETIRED.search(text)] == []
