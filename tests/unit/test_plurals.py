"""Every count takes its noun in the language's plural form: English "1 action" / "3
actions", Turkish "1 aksiyon" / "3 aksiyon" (a noun stays singular after a number). The Qt-free
layers: domain/numbers.py's rule, the reports' texts.tn, the CX board's agenda items, and the
reports as printed."""

import pytest

from csmm_desktop import reports
from csmm_desktop.domain import cxboard
from csmm_desktop.domain.numbers import counted, plural_form
from csmm_desktop.reports.texts import TEXTS, nps_mix, tn
from csmm_desktop.services import assessment, clients
from tests.pdftext import text_of
from tests.sparse import NPS_QUESTION

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


def test_the_plural_rule_of_each_language():
    assert [plural_form(n, "en") for n in (0, 1, 2, 3, 1.5)] == ["other", "one"] + ["other"] * 3
    assert {plural_form(n, "tr") for n in (0, 1, 3)} == {"other"}
    assert counted(1, "en", "action", "actions") == "1 action"
    assert counted(3, "en", "action", "actions") == "3 actions"
    assert counted(1, "tr", "aksiyon") == "1 aksiyon" and counted(3, "tr", "aksiyon") == "3 aksiyon"
    assert counted(57636, "tr", "temas") == "57.636 temas"


@pytest.mark.parametrize(
    ("key", "n", "en", "tr"),
    [
        ("n_actions", 1, "1 action", "1 aksiyon"),
        ("n_actions", 3, "3 actions", "3 aksiyon"),
        ("n_respondents", 1, "1 respondent", "1 katılımcı"),
        ("n_respondents", 3, "3 respondents", "3 katılımcı"),
        ("times", 1, "(1 respondent)", "(1 katılımcı)"),
        ("n_contacts", 1234, "1,234 contacts", "1.234 temas"),
        ("note_nps", 1, "1 client answer", "1 müşteri yanıtı"),
        ("note_nps", 3, "3 client answers", "3 müşteri yanıtı"),
        ("n_points", 1.2, "1 point", "1 puan"),  # the form follows the number as written
    ],
)
def test_report_counts_in_both_languages(key, n, en, tr):
    assert tn("en", key, n) == en and tn("tr", key, n) == tr


def test_every_english_singular_has_its_plural():
    singulars = [k for k in TEXTS["en"] if k.endswith(":one")]
    assert {"n_actions:one", "note_nps:one", "times:one"} <= set(singulars)
    assert all(k.removesuffix(":one") in TEXTS["tr"] for k in singulars)
    assert nps_mix("en", 1, 0, 3) == "1 promoter, 0 passives, 3 detractors"
    assert nps_mix("tr", 1, 0, 3) == "1 destekçi, 0 pasif, 3 kötüleyen"


def test_the_agenda_counts_its_answers_and_contacts():
    assert cxboard.count_text("answers", 1) == {"en": "1 answer", "tr": "1 yanıt"}
    assert cxboard.count_text("promoters", 3) == {"en": "3 promoters", "tr": "3 destekçi"}
    assert cxboard.count_text("contacts", 1234) == {"en": "1,234 contacts", "tr": "1.234 temas"}
    mix = cxboard.item_text(
        "nps_mix",
        total=cxboard.count_text("answers", 1),
        promoters=cxboard.count_text("promoters", 1),
        passives=cxboard.count_text("passives", 0),
        detractors=cxboard.count_text("detractors", 0),
    )
    assert mix["en"] == "1 answer: 1 promoter, 0 passives and 0 detractors"
    assert mix["tr"] == "1 yanıt: 1 destekçi, 0 pasif, 0 kötüleyen"


def _report(db, snapshot_id, lang, path) -> str:
    reports.write_report(db, snapshot_id, lang, path)
    return flat(text_of(path))


@pytest.mark.parametrize("customers", [1, 3])
def test_the_snapshot_report_counts_one_and_three_customers(db, tmp_path, customers):
    client = clients.create_client(db, "Tek Müşteri A.Ş.")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-02-09")
    for _ in range(customers):
        respondent = assessment.add_respondent(db, snap.id, "client")
        assessment.set_answer(db, respondent.id, NPS_QUESTION, "10")
    en = _report(db, snap.id, "en", tmp_path / "en.pdf")
    tr = _report(db, snap.id, "tr", tmp_path / "tr.pdf")
    if customers == 1:
        assert flat("1 client answer · indicative") in en and "1clientanswers" not in en
        assert flat("0 mgmt · 0 staff · 1 client") in en and "1clients" not in en
        assert flat("(1 promoter, 0 passives, 0 detractors)") in en
        assert flat("1 respondent gave") in en
    else:
        assert flat("3 client answers · indicative") in en
        assert flat("(3 promoters, 0 passives, 0 detractors)") in en
        assert flat("3 respondents gave") in en
    assert flat(f"{customers} müşteri yanıtı · gösterge niteliğinde") in tr
    assert flat(f"({customers} destekçi, 0 pasif, 0 kötüleyen)") in tr
    assert flat(f"0 yönetici · 0 çalışan · {customers} müşteri") in tr
    assert flat("09.02.2026") in tr and flat("9 Feb 2026") in en  # one date style each
