"""One rule, one function, tested once (STYLE.md practice 11): when work is overdue, a KPI's
status, an NPS verdict by the client's bands; and the screens' and documents' use of them
agreeing on the demo client."""

from datetime import date

import pytest

from csmm_desktop import charts, reports
from csmm_desktop.domain.engagement import COMMITTED_STATUSES, is_overdue, kpi_status
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services import engagement as E
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from tests.pdftext import page_texts


def flat(text: str) -> str:
    return "".join(text.split())


def text_of(path) -> str:
    return flat("".join(page_texts(path)))


# --- overdue ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "due", "as_of", "overdue"),
    [
        ("planned", "2026-01-11", "2026-01-12", True),
        ("in_progress", "2026-01-11", "2026-01-12", True),
        ("approved", "2026-01-11", "2026-01-12", True),  # a CX project the board approved
        ("planned", "2026-01-12", "2026-01-12", False),  # due today: not yet
        ("planned", "2026-01-13", "2026-01-12", False),
        ("done", "2025-01-01", "2026-01-12", False),  # done and dropped: never
        ("dropped", "2025-01-01", "2026-01-12", False),
        ("nominated", "2025-01-01", "2026-01-12", False),  # only a proposed date
        ("planned", "", "2026-01-12", False),  # no due date: never
        ("planned", None, "2026-01-12", False),
        ("planned", "2026-01-11", date(2026, 1, 12), True),  # today, as a date
        ("planned", "2026-01-12", date(2026, 1, 12), False),
    ],
)
def test_overdue(status, due, as_of, overdue):
    assert is_overdue(status, due, as_of) is overdue


def test_overdue_as_of_a_snapshot_or_today():
    """The same action is overdue on today's list and not in its snapshot's documents."""
    snapshot_day, today = "2026-01-12", date(2026, 12, 3)
    assert not is_overdue("planned", "2026-02-16", snapshot_day)
    assert is_overdue("planned", "2026-02-16", today)
    assert {"planned", "in_progress", "approved"} == COMMITTED_STATUSES
    every = set(E.ACTION_STATUSES) | set(X.PROJECT_STATUSES)
    assert every > COMMITTED_STATUSES  # each status is either committed or not, no other


@pytest.mark.usefixtures("demo_db")
def test_the_agenda_lists_as_overdue_what_the_rule_says(db):
    day = "2026-10-12"
    agenda = X.build_agenda(db, DEMO_CLIENT_ID, "project_review", day, "2026-09-28", as_of=True)
    listed = {i.ref_id for i in agenda if i.section == "revisions" and i.ref_id}
    projects = X.list_projects(db, DEMO_CLIENT_ID, open_only=True, as_of=day)
    assert listed == {p.id for p in projects if is_overdue(p.status, p.due_date, day)}
    assert listed  # the demo has one late project then


# --- KPI status: the table and the chart ----------------------------------------------------

CASES = [  # (target, direction, values around the "close" band and the target)
    (100.0, "higher", [89.9, 90.0, 95.0, 99.9, 100.0, 120.0]),
    (100.0, "lower", [110.1, 110.0, 105.0, 100.1, 100.0, 80.0]),
    (0.0, "higher", [-0.1, 0.0, 0.1]),  # target 0: no band, anything below is missed
    (0.0, "lower", [0.1, 0.0, -0.1]),
    (-10.0, "higher", [-11.1, -11.0, -10.0]),
]


def chart_status(fig, x: int) -> str:
    ax = fig.axes[0]
    for gid in ("met", "close", "missed"):
        found = next((ln for ln in ax.get_lines() if ln.get_gid() == gid), None)
        if found is not None and x in list(found.get_xdata()):
            return gid
    return "none"


@pytest.mark.parametrize(("target", "direction", "values"), CASES)
def test_kpi_chart_marks_each_point_with_the_tables_status(target, direction, values):
    points = [(f"Q{n}", v) for n, v in enumerate(values)]
    fig = charts.kpi_trend(points, target, direction == "higher", "", "en")
    table = [kpi_status(v, target, direction) for v in values]
    assert [chart_status(fig, x) for x in range(len(values))] == table
    assert "close" in table or target == 0  # the band is exercised
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert {"Target met", "Target missed"} <= set(legend)
    assert ("Close to target" in legend) == ("close" in table)


@pytest.mark.usefixtures("demo_db")
def test_the_progress_reports_kpi_chart_agrees_with_its_table(db, tmp_path, monkeypatch):
    """The measured defect: First contact resolution at the Measured snapshot (69.5 against
    75) was "Close to target" in the table and "Target missed" in the chart beneath."""
    drawn = {}
    real = charts.kpi_trend

    def spy(points, target, higher, unit, lang, **kw):
        fig = real(points, target, higher, unit, lang, **kw)
        marks = [
            chart_status(fig, x) if v is not None else "no_value"
            for x, (_l, v) in enumerate(points)
        ]
        drawn[kw.get("title")] = marks  # before the report turns the figure into a picture
        return fig

    monkeypatch.setattr(charts, "kpi_trend", spy)
    last = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    reports.write_report(db, last.id, "en", tmp_path / "p.pdf", kind="progress")
    assert drawn
    for kpi in E.list_kpis(db, DEMO_CLIENT_ID):
        if kpi.name not in drawn:
            continue
        table = [p.status for p in E.kpi_trend(db, kpi.id)]
        shown = drawn[kpi.name]
        assert shown == table, kpi.name
    fcr = next(k for k in E.list_kpis(db, DEMO_CLIENT_ID) if k.name.startswith("İlk temasta"))
    assert [p.status for p in E.kpi_trend(db, fcr.id)][2] == "close" == drawn[fcr.name][2]


# --- NPS verdicts by the client's bands ---------------------------------------------------


@pytest.mark.usefixtures("demo_db")
def test_june_2026_has_one_nps_verdict_on_the_board_in_the_handout_and_the_progress_report(
    db, tmp_path, monkeypatch
):
    """The measured defect: the Measured snapshot's +52 was "Great" in the progress report
    (fixed bands, great from +50) and "Good enough" on the CX board (the client's 30 / 70).
    The bands are now worded weak / acceptable / strong (keys bad / good_enough / great)."""
    assert X.nps_bands(db, DEMO_CLIENT_ID) == X.NpsBands(30, 70)
    june = next(p for p in X.nps_trend(db, DEMO_CLIENT_ID) if p.period == "2026-06")
    assert (round(june.nps), june.band) == (52, "good_enough")  # the board

    meeting = next(m for m in X.list_meetings(db, DEMO_CLIENT_ID) if m.date == "2026-07-06")
    handout = text_of(reports.write_board_handout(db, meeting.id, "en", tmp_path / "h.pdf"))
    assert flat("NPS Jun 2026: +52 · Acceptable") in handout

    bands_drawn = []
    real = charts.nps_trend

    def spy(points, bands=(0, 50), lang="en", **kw):
        bands_drawn.append(tuple(bands))
        return real(points, bands, lang, **kw)

    monkeypatch.setattr(charts, "nps_trend", spy)
    last = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    progress = text_of(reports.write_report(db, last.id, "en", tmp_path / "p.pdf", kind="progress"))
    assert bands_drawn == [(30.0, 70.0)]  # the chart's bands are the client's
    summary = progress[progress.index(flat("From the Initial snapshot")) :]
    row = summary[summary.index("Measured29Jun2026") : summary.index("Optimized28Sep2026")]
    assert "+52" in row and "Acceptable" in row and "Strong" not in row
    assert flat("Weak below +30, Acceptable from +30, Strong from +70.") in progress

    measured = clients.list_snapshots(db, DEMO_CLIENT_ID)[2]
    snapshot = text_of(reports.write_report(db, measured.id, "en", tmp_path / "s.pdf"))
    assert flat("By the client's NPS bands, as on the CX board, that is Acceptable.") in snapshot


@pytest.mark.usefixtures("demo_db")
def test_the_dashboards_nps_trend_is_drawn_with_the_clients_bands(db, monkeypatch):
    from csmm_desktop.services.dashboard import load_dashboard

    bands_drawn = []
    real = charts.nps_trend

    def spy(points, bands=(0, 50), lang="en", **kw):
        bands_drawn.append(tuple(bands))
        return real(points, bands, lang, **kw)

    monkeypatch.setattr(charts, "nps_trend", spy)
    load_dashboard(db, DEMO_CLIENT_ID).figure("nps_trend", "tr")
    assert bands_drawn == [(30.0, 70.0)]
