"""One truth (SPEC §8): for random small snapshots, the dashboard's tiles, the snapshot report's
summary cards and `scores --json` show the same overall score (as rounded for display), level,
indicative mark, interval and NPS with its margin of error."""

import contextlib
import io
import json
import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.domain import numbers
from csmm_desktop.domain.levels import level as level_def
from csmm_desktop.services import assessment, clients
from csmm_desktop.views.dashboard import DashboardTab
from tests.pdftext import page_texts

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")

ROLES = ("management", "employee", "client")
MOST = (4, 6, 12)  # respondents per role: around the form's minimums (3, 5, 10)


@st.composite
def small_snapshots(draw):
    """Per role up to MOST respondents, each answering a random share of their scored
    questions with random values (N/A included); at least one respondent."""
    counts = draw(st.tuples(*(st.integers(0, n) for n in MOST)).filter(lambda c: sum(c) > 0))
    share = draw(st.sampled_from([0.15, 0.4, 0.9]))
    seed = draw(st.integers(0, 10**6))
    return dict(zip(ROLES, counts, strict=True)), share, seed


def add_snapshot(db, roles, share, seed):
    rng = random.Random(seed)
    client = clients.create_client(db, f"Örnek {seed}")
    snap = clients.create_snapshot(db, client.id, "planned", "2026-03-23")
    form = assessment.snapshot_form(db, snap.id)
    for role, count in roles.items():
        questions = [q for q in form.questions_for(role) if q.scored]
        for _ in range(count):
            respondent = assessment.add_respondent(db, snap.id, role)
            for q in questions:
                if rng.random() < share:
                    values = [v for v, _label in q.answer_choices()] + ["na"]
                    assessment.set_answer(db, respondent.id, q.id, rng.choice(values))
    return client.id, snap.id


def scores_json(data_dir, snapshot_id):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--data-dir", str(data_dir), "scores", snapshot_id, "--json"]) == 0
    return json.loads(out.getvalue())


def flat(text: str) -> str:
    return "".join(text.split())


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(snapshot=small_snapshots())
@example(snapshot=({"management": 3, "employee": 5, "client": 10}, 0.9, 1))  # a firm level
@example(snapshot=({"management": 3, "employee": 5, "client": 10}, 0.9, 3))  # across 40
@example(snapshot=({"management": 1, "employee": 0, "client": 0}, 0.4, 7))  # no interval
def test_screen_paper_and_json_agree(qtbot, db, data_dir, tmp_path, snapshot):
    roles, share, seed = snapshot
    client, snap = add_snapshot(db, roles, share, seed)
    data = scores_json(data_dir, snap)
    conf = data["confidence"]
    # what every place must show, worked out here from the JSON alone
    score = numbers.number(data["overall"], "en", 1)
    ci = conf["overall_ci"]
    interval = None if ci is None else "–".join(numbers.number(v, "en", 1) for v in ci)
    level = level_def(data["level"]).label("en") if data["level"] else "—"
    nps = numbers.number(data["nps"], "en", 0, sign=True)
    if conf["nps_moe"] is not None:
        nps += " ± " + numbers.number(conf["nps_moe"], "en", 0)
    indicative = conf["level_indicative"]
    assert indicative is (data["level"] is not None and bool(conf["indicative_reasons"]))

    tab = DashboardTab(db)
    qtbot.addWidget(tab)
    tab.set_context(client, snap)
    ui = tab.ui
    assert ui.scoreValue.text() == score
    if data["overall"] is None:
        assert ui.scoreNote.text() == ""
    elif interval is None:
        assert ui.scoreNote.text() == "no interval: a group of one"
    else:
        assert ui.scoreNote.text() == f"95% interval {interval}"
    assert ui.levelValue.text() == level
    assert (ui.levelNote.text() == "indicative: see why below") is indicative
    assert ui.npsValue.text() == nps

    path = tmp_path / f"report-{seed}.pdf"
    reports.write_report(db, snap, "en", path, kind="snapshot")
    sheets = page_texts(path)
    glance = next(text for text in sheets if text.lstrip().startswith("Scores at a glance"))
    page = flat(sheets[1] + glance)  # cover, summary (contents), at a glance
    assert flat(f"Overall score {score} out of 100") in page
    if data["overall"] is not None:
        note = "no interval: a group of one" if interval is None else f"95% interval {interval}"
        assert flat(f"out of 100 · {note}") in page
        shown = f"{level} (indicative)" if indicative else level
        assert flat(f"Assessed level {shown}") in page
    assert ("(indicative)" in page) is indicative
    assert flat(f"NPS {nps}") in page
