"""The reports print every score with its confidence (SPEC §8): the sparse client's snapshot
report in both languages (its text), its score tables and method text, and the progress
report's table."""

import pytest

from csmm_desktop import reports
from csmm_desktop.store import open_store
from tests.pdftext import page_texts
from tests.sparse import add_sparse_client

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("confidence")
    db = open_store(folder / "data")
    _client, (first, second) = add_sparse_client(db)
    out = {}
    for lang in ("en", "tr"):
        for name, snap, kind in (("initial", first, "snapshot"), ("progress", second, "progress")):
            path = folder / f"{name}-{lang}.pdf"
            reports.write_report(db, snap, lang, path, kind=kind)
            out[name, lang] = page_texts(path)
    db.close()
    return out


def summary_page(pages, heading):
    """The executive summary's page and the scores at a glance (the summary cards are split
    between them)."""
    glance = {"Executive summary": "Scores at a glance", "Yönetici özeti": "Puanlara genel bakış"}
    first = next(p for p in pages[1:] if p.lstrip().startswith(heading))
    return first + next(p for p in pages[1:] if p.lstrip().startswith(glance[heading]))


def test_the_summary_cards_say_indicative_with_the_margin_and_why(written):
    page = flat(summary_page(written["initial", "en"], "Executive summary"))
    # "One manager answering 24 questions yields 'Assessed level: Measured'"
    assert flat("Assessed level Measured (indicative) 60–80 points") in page
    assert flat("Overall score 75.0 out of 100 · no interval: a group of one") in page
    # "three customers give a bold 'NPS +100'"
    assert flat("NPS +100 ± 0 3 client answers · indicative") in page
    assert flat("Respondents 4 1 mgmt · 0 staff · 3 clients") in page
    assert flat("Why the level is only indicative") in page
    # "sections without any answer silently drop out of the review means"
    for section in ("1.2", "2.1", "2.2", "2.3"):
        assert flat(f"Section {section} has no answers and is left out of the score.") in page
    assert flat("Respondents from management: 1, fewer than the 3 wanted.") in page


def test_the_turkish_summary_speaks_turkish_and_keeps_section_ids(written):
    page = flat(summary_page(written["initial", "tr"], "Yönetici özeti"))
    assert flat("Değerlendirilen seviye Ölçülebilir Performans (gösterge niteliğinde)") in page
    assert flat("NPS +100 ± 0 3 müşteri yanıtı · gösterge niteliğinde") in page
    assert flat("Seviye neden yalnızca gösterge niteliğinde") in page
    assert (
        flat("Yanıt verenler arasında yönetim grubundan 1 kişi var; en az 3 kişi gerekir.") in page
    )
    assert flat("1.2 bölümünde hiç yanıt yok; bu bölüm puana katılmadı.") in page
    assert "1,2bölümünde" not in page  # an id is not a number


def test_score_tables_show_intervals_n_and_missing_sections(written):
    text = flat("\n".join(written["initial", "en"]))
    assert flat("Score 95% interval") in text and flat("Answered by n") in text
    assert flat("1.2 Corporate employee strategy in customer service") in text
    assert text.count(flat("no answers: left out")) >= 4  # 1.2, 2.1, 2.2, 2.3
    assert flat("Sections without any answer (1.2, 2.1, 2.2, 2.3) are left out") in text
    assert flat("2.4 Post-purchase experience Client (customer) 3 100.0 100.0–100.0") in text


def test_the_method_text_explains_the_confidence(written):
    english = flat("\n".join(written["initial", "en"]))
    assert flat("How sure the scores are") in english
    assert flat("Each score has a 95 % confidence interval") in english
    assert flat("The NPS margin of error is 1.96 × √((p + d − (p − d)²) ÷ n)") in english
    assert flat("NPS margin of error: ± 0 points over 3 answers, so NPS +100 ± 0") in english
    turkish = flat("\n".join(written["initial", "tr"]))
    assert flat("Her puanın %95 güven aralığı vardır") in turkish
    assert flat("NPS hata payı 1,96 × √((p + d − (p − d)²) ÷ n)") in turkish


def test_the_progress_table_marks_indicative_levels(written):
    text = flat("\n".join(written["progress", "en"]))
    assert flat("Measured indicative") in text and flat("Planned indicative") in text
    assert flat("+100 ± 0") in text
    assert flat("Under each score: its 95% confidence interval") in text
    turkish = flat("\n".join(written["progress", "tr"]))
    assert flat("Planlı Çalışma gösterge niteliğinde") in turkish


def test_the_summary_of_thin_data_does_not_sound_certain(tmp_path):
    """The sentences under the cards: an indicative level is said to be only indicative,
    the NPS of three customers comes with its margin and no verdict."""

    from csmm_desktop import reports
    from csmm_desktop.store import open_store
    from tests.sparse import add_sparse_client

    db = open_store(tmp_path / "data")
    _client, snapshots = add_sparse_client(db)
    for lang, indicative, thin in (
        ("en", "so the level is only indicative", "too few to read much into"),
        ("tr", "seviye yalnızca gösterge niteliğinde", "fazla sonuç çıkarmamak"),
    ):
        out = reports.write_report(db, snapshots[0], lang, tmp_path / f"s-{lang}.pdf")
        text = " ".join(" ".join(p.split()) for p in page_texts(out))
        assert indicative in text and thin in text
        assert "places the customer service at the" not in text
        assert "that is Great" not in text and "bu sonuç: Güçlü" not in text
    db.close()
