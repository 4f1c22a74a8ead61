"""The score view (services/presentation.py): one formatting of the scores and their confidence
for the windows, the reports and the command line; the measured defects of SPEC §8 on a sparse
client, in the view, the `scores` text and `scores --json`; the reports' Turkish messages."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from csmm_desktop.cli import main
from csmm_desktop.domain import numbers
from csmm_desktop.domain.confidence import MESSAGES, method_text
from csmm_desktop.messages import CATALOGUE, message
from csmm_desktop.reports.texts import render_message
from csmm_desktop.reports.texts_tr import MESSAGES_TR
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.services.presentation import localised, score_view, sentence
from tests.sparse import add_sparse_client

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sparse(db):
    return add_sparse_client(db)[1]


def view_of(db, snapshot_id, lang="en"):
    scores = assessment.snapshot_scores(db, snapshot_id)
    return scores, score_view(scores, assessment.snapshot_form(db, snapshot_id), lang)


def test_the_view_formats_the_engine_numbers_once(db, demo_db):
    measured = clients.list_snapshots(db, demo.DEMO_CLIENT_ID)[2]
    scores, en = view_of(db, measured.id)
    _, tr = view_of(db, measured.id, "tr")
    conf = scores.confidence
    low, high = conf.overall_ci
    assert en.overall.score == numbers.number(scores.overall, "en", 1) == "66.8"
    assert en.overall.interval == f"{numbers.number(low, 'en')}–{numbers.number(high, 'en')}"
    assert tr.overall.interval == en.overall.interval.replace(".", ",")
    assert (en.level, en.level_indicative, en.reasons) == ("measured", False, ())
    assert en.nps_text == f"+52 ± {conf.nps_moe:.0f}" and tr.nps_text == en.nps_text
    assert (en.interval_share, tr.interval_share) == ("95%", "%95")
    assert en.coverage == "93%" and tr.coverage == "%93"
    assert [(r.role, r.registered) for r in en.roles] == [
        ("management", 3),
        ("employee", 8),
        ("client", 24),
    ]
    section = en.line("section", "1.2")
    assert section.n == (("employee", 8), ("management", 3)) and not section.missing
    assert section.interval == "68.5–71.0"
    assert section.coverage == numbers.share(conf.section_coverage["1.2"], "en") == "93%"
    assert en.line("topic", "1.1.1").n == (("management", 3),)
    assert en.left_out == () and not en.nps_thin


def test_the_sparse_client_is_indicative_with_margins_and_missing_sections(db, sparse):
    scores, view = view_of(db, sparse[0])
    # "One manager answering 24 questions yields 'Assessed level: Measured'"
    assert scores.answered == 24 + 3 and view.level == "measured" and view.level_indicative
    reasons = [str(m) for m in view.reasons]
    assert "Respondents from management: 1, fewer than the 3 wanted." in reasons
    assert "No respondents from employees answered." in reasons
    # "three customers give a bold 'NPS +100'": with its margin, and thin
    assert view.nps_text == "+100 ± 0" and view.nps_answers == 3 and view.nps_thin
    # "sections without any answer silently drop out of the review means"
    assert view.left_out == ("1.2", "2.1", "2.2", "2.3")
    assert [s.id for s in view.sections if s.missing] == list(view.left_out)
    assert "Section 2.1 has no answers and is left out of the score." in reasons
    assert view.overall.interval is None  # a manager alone: no spread to measure
    # "a 3-respondent, 23 %-coverage snapshot prints a confident 'Planned' tile"
    scores, view = view_of(db, sparse[1])
    assert (scores.respondents, view.coverage, view.level) == (3, "23%", "planned")
    assert view.level_indicative and len(view.reasons) == len(scores.confidence.indicative_reasons)


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_scores_text_and_json_say_the_same(capsys, db, data_dir, sparse):
    text = cli(capsys, data_dir, "scores", sparse[0])
    data = json.loads(cli(capsys, data_dir, "scores", sparse[0], "--json"))
    first = text.splitlines()[0]
    assert first.startswith("overall 75.0 (95% interval none)  level measured (indicative)")
    assert "NPS +100 ± 0 (3 answers, indicative)" in first
    assert "respondents 4 (management 1, employee 0, client 3)" in first
    assert "indicative: No respondents from employees answered." in text
    assert "  1.2\t–\tmissing: no answers, left out" in text
    assert "  2.4\t100.0\t[100.0–100.0]\tn client 3" in text
    conf = data["confidence"]
    assert data["level"] == "measured" and conf["level_indicative"] is True
    assert data["nps"] == 100 and conf["nps_moe"] == 0 and conf["overall_ci"] is None
    assert conf["sections_missing"] == ["1.2", "2.1", "2.2", "2.3"]
    assert conf["respondents_by_role"] == {"management": 1, "employee": 0, "client": 3}
    planned = cli(capsys, data_dir, "scores", sparse[1])
    assert "level planned (indicative)  coverage 23%" in planned


def test_numbers_in_messages_follow_the_language_but_ids_do_not():
    rules = load_rules()
    method = localised(method_text(rules), "tr")
    assert method.args["z"] == "1,96" and localised(method_text(rules), "en").args["z"] == "1.96"
    section = localised(message("confidence.reason.section_missing", section="1.2"), "tr")
    assert section.args["section"] == "1.2"
    assert sentence("içinde", "tr") == "İçinde" and sentence("ılık", "tr") == "Ilık"
    assert sentence("management", "en") == "Management" and sentence("", "tr") == ""


def load_rules():
    from csmm_desktop.domain.form import load_form

    return load_form().confidence


def ts_translations() -> dict[str, str]:
    root = ET.parse(ROOT / "translations" / "csmm_desktop_tr.ts").getroot()
    return {
        m.findtext("source"): m.findtext("translation") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Messages"
        for m in context.iter("message")
    }


def test_the_reports_turkish_messages_are_the_windows_translation():
    """One Turkish wording: the reports' copy (texts_tr.MESSAGES_TR) is the .ts translation."""
    assert set(MESSAGES_TR) == set(MESSAGES)
    names = lambda s: sorted(re.findall(r"{(\w+)}", s))  # noqa: E731
    translated = ts_translations()
    for code, turkish in MESSAGES_TR.items():
        assert names(turkish) == names(CATALOGUE[code]), code
        if CATALOGUE[code] in translated:  # a new message is translated by the lead first
            assert turkish == translated[CATALOGUE[code]], f"{code}: copy the .ts translation"


def test_reports_render_messages_in_their_language():
    msg = message(
        "confidence.reason.thin_role",
        role=message("confidence.role.client"),
        count=3,
        minimum=10,
    )
    assert render_message("en", msg) == str(msg)
    turkish = render_message("tr", msg)
    assert turkish.startswith("Yanıt verenler arasında müşteriler grubundan") and "10" in turkish
