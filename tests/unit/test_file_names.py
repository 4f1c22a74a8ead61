"""The names the app proposes for the files it writes: the chosen language, parts joined
by an en dash, no underscores, nothing Windows refuses (outputs.file_name)."""

import pytest

from csmm_desktop import outputs


def test_a_report_is_named_in_its_language():
    tr = outputs.snapshot_file_name("Yıldız Bankası", "initial", "2026-01-12", "tr", ".pdf")
    assert tr == "Yıldız Bankası – Başlangıç – 12.01.2026.pdf"
    en = outputs.snapshot_file_name("Yildiz Bank", "initial", "2026-01-12", "en", ".pdf")
    assert en == "Yildiz Bank – Initial – 12 Jan 2026.pdf"
    progress = outputs.word("progress", "tr")
    named = outputs.snapshot_file_name("Acme", "measured", "2026-03-01", "tr", ".pdf", progress)
    assert named == "Acme – Ölçülebilir Performans – 01.03.2026 – Gelişim raporu.pdf"
    assert outputs.word("snapshot", "en") == ""  # the snapshot report needs no word


@pytest.mark.parametrize(
    "client, expected",
    [
        ('A/B: "Co" <Ltd>?', "A B Co Ltd"),
        ("Acme__Ltd___Şti", "Acme Ltd Şti"),
        ("back\\slash|pipe*star", "back slash pipe star"),
        ("tab\tand\nnewline", "tab and newline"),
        ("  dots at the end...", "dots at the end"),
    ],
)
def test_characters_windows_refuses_and_underscores_go(client, expected):
    name = outputs.file_name([client, "x"], ".pdf")
    assert name == f"{expected} – x.pdf"
    assert not set('<>:"/\\|?*_\t\n') & set(name)


def test_reserved_empty_and_long_names():
    assert outputs.file_name(["CON"], ".pdf") != "CON.pdf"
    assert outputs.file_name(["nul"], ".txt").lower() != "nul.txt"
    assert outputs.file_name([], ".png") == "CSMM.png"
    assert outputs.file_name(["", "  ", "___"], ".png") == "CSMM.png"
    long = outputs.file_name(["x" * 500], ".pdf")
    assert len(long) <= outputs.NAME_MAX + len(".pdf") and long.endswith(".pdf")


def test_a_date_that_is_no_date_stays_as_written_and_none_is_left_out():
    assert outputs.snapshot_file_name("A", "initial", "", "en", ".xlsx") == "A – Initial.xlsx"
    assert outputs.snapshot_file_name("A", "odd", "soon", "en", ".xlsx") == "A – odd – soon.xlsx"


def test_every_chart_has_a_name_in_both_languages():
    for chart in ("chart", "kpi_trend", "pareto", "nps_trend"):
        for lang in ("en", "tr"):
            name = outputs.file_name([outputs.word(chart, lang)], ".png")
            assert "_" not in name and name != ".png" and name != "CSMM.png", (chart, lang)
    assert outputs.word("pareto", "tr") == "Temas nedenleri"
