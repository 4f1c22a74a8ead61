"""A document states the situation as of its own date (SPEC §8): actions and CX projects
replayed from their revisions to a day, and the demo's reports printing them so."""

import re
import time

import pytest

from csmm_desktop import reports
from csmm_desktop.services import clients
from csmm_desktop.services import cxboard as X
from csmm_desktop.services import engagement as E
from csmm_desktop.services.cxboard import projects as project_service
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.services.engagement import actions as action_service
from tests.conftest import open_copy
from tests.pdftext import page_texts

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


def text_of(path) -> str:
    return "\n".join(page_texts(path))


@pytest.fixture
def clock(monkeypatch):
    """Stamps revisions with the times given to clock.at(...), as if made then."""

    class Clock:
        stamp = "2026-01-01T09:00:00+00:00"

        def at(self, stamp: str) -> None:
            self.stamp = stamp

    found = Clock()
    for module in (action_service, project_service):
        monkeypatch.setattr(module, "now", lambda: found.stamp)
    return found


@pytest.fixture
def bank(db):
    client = clients.create_client(db, "Yıldız Bankası")
    s1 = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    s2 = clients.create_snapshot(db, client.id, "planned", "2026-03-23")
    return client.id, s1.id, s2.id


def state(actions):
    return {a.title: (a.status, a.owner, a.due_date, a.cycle) for a in actions}


def test_actions_are_replayed_to_the_end_of_a_day(db, bank, clock):
    client_id, s1, s2 = bank
    clock.at("2026-01-10T09:00:00+00:00")
    a = E.add_action(
        db, client_id, "Omnichannel", snapshot_id=s1, owner="Oğuz", due_date="2026-02-23"
    )
    clock.at("2026-01-12T17:00:00+00:00")  # on the snapshot's day: counts
    E.update_action(db, a.id, status="in_progress")
    clock.at("2026-01-13T09:00:00+00:00")  # the day after: does not
    E.update_action(db, a.id, owner="Deniz", due_date="2026-03-09", feedback="API late")
    clock.at("2026-03-09T09:00:00+00:00")
    E.update_action(db, a.id, status="done", cycle=2)
    clock.at("2026-02-01T09:00:00+00:00")
    E.add_action(db, client_id, "Unlinked, later", owner="Selin", cycle=1)

    assert state(E.actions_as_of(db, client_id, "2026-01-11")) == {
        "Omnichannel": ("planned", "Oğuz", "2026-02-23", 1)
    }
    assert state(E.actions_as_of(db, client_id, "2026-01-12")) == {
        "Omnichannel": ("in_progress", "Oğuz", "2026-02-23", 1)
    }
    assert state(E.actions_as_of(db, client_id, "2026-03-23")) == {
        "Omnichannel": ("done", "Deniz", "2026-03-09", 2),
        "Unlinked, later": ("planned", "Selin", "", 1),
    }
    assert E.actions_as_of(db, client_id, "2026-01-09") == []  # not created yet
    now = E.get_action(db, a.id)
    assert (now.status, now.owner, now.cycle) == ("done", "Deniz", 2)  # the store keeps today's


def test_a_snapshots_own_actions_defined_after_its_date_show_as_first_recorded(db, bank, clock):
    client_id, s1, s2 = bank
    clock.at("2026-01-14T09:00:00+00:00")  # two days after the Initial snapshot
    mine = E.add_action(db, client_id, "Defined at Initial", snapshot_id=s1, due_date="2026-02-16")
    clock.at("2026-01-20T09:00:00+00:00")
    E.update_action(db, mine.id, status="in_progress")
    clock.at("2026-02-16T09:00:00+00:00")
    E.update_action(db, mine.id, status="done")
    clock.at("2026-04-01T09:00:00+00:00")
    E.add_action(db, client_id, "Defined at Planned", snapshot_id=s2)

    of_initial = E.actions_as_of(db, client_id, "2026-01-12", snapshot_id=s1)
    assert state(of_initial) == {"Defined at Initial": ("planned", "", "2026-02-16", 1)}
    assert E.snapshot_actions(db, s1) == of_initial
    assert E.actions_as_of(db, client_id, "2026-01-12") == []  # no snapshot: not there yet
    of_planned = state(E.snapshot_actions(db, s2))
    assert of_planned == {
        "Defined at Initial": ("done", "", "2026-02-16", 1),
        "Defined at Planned": ("planned", "", "", 1),
    }


def test_changes_made_in_the_same_second_are_undone_in_order(db, bank, clock):
    client_id, s1, _s2 = bank
    clock.at("2026-01-10T09:00:00+00:00")
    a = E.add_action(db, client_id, "Twice", snapshot_id=s1)
    clock.at("2026-02-01T09:00:00+00:00")
    E.update_action(db, a.id, status="in_progress")
    E.update_action(db, a.id, status="done")  # the same stamp
    assert [x.status for x in E.actions_as_of(db, client_id, "2026-01-31")] == ["planned"]


def test_days_are_the_computers_calendar_days(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Istanbul")
    time.tzset()
    try:
        assert E.local_day("2026-01-12T22:30:00+00:00") == "2026-01-13"  # 01:30 in Istanbul
        assert E.local_day("2026-01-12T20:30:00+00:00") == "2026-01-12"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_cx_projects_as_of_a_day(db, bank, clock):
    client_id = bank[0]
    clock.at("2026-07-06T09:00:00+00:00")
    p = X.nominate_project(db, client_id, "Status by SMS", due_date="2026-09-01")
    clock.at("2026-07-20T09:00:00+00:00")
    X.update_project(db, p.id, status="approved", owner="Elif")
    clock.at("2026-09-07T09:00:00+00:00")
    X.update_project(db, p.id, status="done")

    def seen(projects):
        return [(x.status, x.owner) for x in projects]

    assert X.projects_as_of(db, client_id, "2026-07-05") == []
    assert seen(X.projects_as_of(db, client_id, "2026-07-19")) == [("nominated", "")]
    assert seen(X.projects_as_of(db, client_id, "2026-07-20")) == [("approved", "Elif")]
    assert seen(X.projects_as_of(db, client_id, "2026-09-07")) == [("done", "Elif")]
    # a meeting sees them as they stood before its day
    assert seen(X.list_projects(db, client_id, as_of="2026-07-20")) == [("nominated", "")]
    assert seen(X.list_projects(db, client_id, as_of="2026-07-21")) == [("approved", "Elif")]


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):

    folder = tmp_path_factory.mktemp("asof")
    db = open_copy(demo_template, folder / "data")
    yield db, clients.list_snapshots(db, DEMO_CLIENT_ID), folder
    db.close()


def test_the_initial_action_plan_prints_the_plan_as_of_12_jan_2026(demo):
    """The measured defect: the Initial snapshot's handout said "As of 12 Jan 2026" and
    printed as Done the actions finished in February to May, with their later due dates."""
    db, snaps, folder = demo
    initial = snaps[0]
    out = reports.write_report(db, initial.id, "en", folder / "plan.pdf", kind="action-plan")
    text = text_of(out)
    assert "As of 12 Jan 2026" in text
    words = {label["en"] for label in E.ACTION_STATUSES.values()}
    # every status word in the text, in order (a table's row is one line in pdftotext's
    # text, each cell one in pypdf's, so whole words are looked for, not whole lines)
    label = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")
    statuses = label.findall(" ".join(text.split()))
    assert statuses == ["Planned"] * 4  # was: Done × 4
    assert "Cycle 1 · 4 actions" in text and "Cycle 2" not in text  # one moved later
    assert "23 Feb 2026" in text and "12 May 2026" not in text  # the due dates then
    assert [a.status for a in E.actions_as_of(db, DEMO_CLIENT_ID, initial.date)] == []


def test_the_initial_snapshot_report_prints_its_actions_as_of_its_date(demo):
    db, snaps, folder = demo
    initial = snaps[0]
    out = reports.write_report(db, initial.id, "tr", folder / "snap.pdf", kind="snapshot")
    text = text_of(out)
    part = text[text.index("Bu anlık durumda belirlenen aksiyonlar") :]
    part = part[: part.index("Atölye çalışmaları")]
    assert "Tamamlandı" not in part and part.count("Planlandı") == 4
    as_of = "Sorumlular, hedef tarihler ve durumlar anlık durum tarihi olan 12.01.2026 itibarıyla."
    assert flat(as_of) in flat(text)


def test_the_progress_report_counts_the_actions_as_of_its_date(demo):
    db, snaps, folder = demo
    out = reports.write_report(db, snaps[-1].id, "en", folder / "progress.pdf", kind="progress")
    text = flat(text_of(out))
    assert flat("by their status as of 28 Sep 2026, the date of the last snapshot in") in text
    # cycle 4: the branch-handover template went in progress on 10 Oct, after that date
    assert flat("Cycle 4 3 0 0 0 3") in text
