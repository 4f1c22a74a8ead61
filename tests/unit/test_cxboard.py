"""The Customer Experience board: NPS, top 10 and run-ups, meetings, projects, feedback, demo."""

import pytest

from csmm_desktop.config import db_path
from csmm_desktop.domain import cxboard as rules
from csmm_desktop.domain.form import load_form
from csmm_desktop.services import cxboard as cx
from csmm_desktop.services import engagement as eng
from csmm_desktop.services.assessment import add_respondent, set_answer, snapshot_scores
from csmm_desktop.services.clients import InputError, create_client, create_snapshot, get_client
from csmm_desktop.services.demo_cxboard import add_demo_cxboard
from csmm_desktop.services.demo_engagement import add_demo_engagement
from csmm_desktop.store import connect, migrations, open_store

VOLUMES = {  # reason: (May, June)
    "Kredi başvuru durumu sorgulama": (300, 420),
    "Şifre değişikliği": (500, 520),
    "Limit artırma": (800, 700),
    "Cevapsız çağrıya geri dönüş": (0, 40),
}


@pytest.fixture
def bank(db):
    client = create_client(db, "Yıldız Bankası")
    snap = create_snapshot(db, client.id, "measured", "2026-06-29")
    reasons = {name: eng.add_contact_reason(db, client.id, name).id for name in VOLUMES}
    rows = [
        (period, "phone", reasons[name], counts[i])
        for name, counts in VOLUMES.items()
        for i, period in enumerate(("2026-05", "2026-06"))
    ]
    eng.set_volumes(db, snap.id, rows)
    return client.id, snap.id, reasons


def counts(db):
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: db.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


def test_nps_from_score_counts_by_hand(db, bank):
    client_id, _, _ = bank
    reading = cx.record_survey_nps(db, client_id, "2026-07", [1, 0, 0, 0, 0, 0, 2, 1, 3, 4, 5])
    assert (reading.promoters, reading.passives, reading.detractors) == (9, 4, 3)
    assert reading.total == 16 and reading.nps == pytest.approx(37.5)
    assert reading.source == "survey" and reading.score_counts[6] == 2
    # the month's reading is replaced, not doubled
    again = cx.record_survey_nps(db, client_id, "2026-07", [0] * 9 + [1, 1])
    assert again.id == reading.id and again.nps == 100.0
    assert len(cx.list_nps_readings(db, client_id)) == 1
    before = counts(db)
    for bad, message in (
        ([1] * 10, "11 counts"),
        ([0] * 11, "at least one answer"),
        ([1] * 10 + [-1], "score 10"),
        ([1] * 10 + [1.5], "score 10"),
    ):
        with pytest.raises(InputError, match=message):
            cx.record_survey_nps(db, client_id, "2026-08", bad)
    with pytest.raises(InputError, match="YYYY-MM"):
        cx.record_survey_nps(db, client_id, "2026-13", [1] * 11)
    assert counts(db) == before


def test_nps_from_a_snapshot_equals_the_scores(db, bank):
    client_id, snap_id, _ = bank
    with pytest.raises(InputError, match="no client has answered"):
        cx.record_snapshot_nps(db, snap_id)
    question = next(q for q in load_form().questions_for("client") if q.scale.kind == "nps")
    for value in ("10", "9", "9", "8", "3", "10", "6"):
        set_answer(db, add_respondent(db, snap_id, "client").id, question.id, value)
    reading = cx.record_snapshot_nps(db, snap_id)
    scores = snapshot_scores(db, snap_id)
    assert reading.period == "2026-06" and reading.snapshot_id == snap_id
    assert (reading.promoters, reading.passives, reading.detractors) == scores.nps_counts
    assert reading.nps == pytest.approx(scores.nps) == pytest.approx(100 * (4 - 2) / 7)


def test_bands_and_trend(db, bank):
    client_id, _, _ = bank
    assert cx.nps_bands(db, client_id) == rules.NpsBands(0, 50)
    cases = {-0.1: "bad", 0: "good_enough", 49.9: "good_enough", 50: "great", 100: "great"}
    assert {v: rules.NpsBands().classify(v) for v in cases} == cases
    bands = cx.set_nps_bands(db, client_id, 30, 70)
    assert cx.nps_bands(db, client_id) == bands
    with pytest.raises(InputError, match="must be below"):
        cx.set_nps_bands(db, client_id, 70, 30)
    with pytest.raises(InputError, match="between -100 and 100"):
        cx.set_nps_bands(db, client_id, 0, 150)
    cx.record_survey_nps(db, client_id, "2026-06", [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])  # -50
    cx.record_survey_nps(db, client_id, "2026-07", [0] * 7 + [1, 0, 0, 1])  # 50
    cx.record_survey_nps(db, client_id, "2026-08", [0] * 10 + [1])  # 100
    trend = cx.nps_trend(db, client_id)
    assert [(p.period, p.nps, p.band, p.change) for p in trend] == [
        ("2026-06", -50.0, "bad", None),
        ("2026-07", 50.0, "good_enough", 100.0),
        ("2026-08", 100.0, "great", 50.0),
    ]


def test_top_reasons_and_run_ups(db, bank):
    client_id, _, reasons = bank
    loan, callback = (
        reasons["Kredi başvuru durumu sorgulama"],
        reasons["Cevapsız çağrıya geri dönüş"],
    )
    ups = cx.run_ups(db, client_id)
    assert [(u.reason_id, u.previous, u.current, u.change) for u in ups] == [
        (loan, 300, 420, 120),
        (callback, 0, 40, 40),
        (reasons["Şifre değişikliği"], 500, 520, 20),
    ]
    assert ups[0].pct == pytest.approx(40.0) and ups[1].pct is None  # new since May
    by_pct = cx.run_ups(db, client_id, by="percent")
    assert [u.reason_id for u in by_pct][:2] == [callback, loan]
    top = cx.top_reasons(db, client_id)
    assert [(r.rank, r.name, r.count) for r in top][:2] == [
        (1, "Limit artırma", 700),
        (2, "Şifre değişikliği", 520),
    ]
    assert top[0].previous == 800 and not top[0].run_up and top[2].run_up
    assert "(run-up)" in cx.reason_text(top[2])["en"] and "420" in cx.reason_text(top[2])["tr"]
    trend = {t.reason_id: t.points for t in cx.reason_trends(db, client_id)}
    assert trend[callback] == (("2026-05", 0), ("2026-06", 40))
    note = cx.set_reason_note(db, loan, "Kaygı", "Başvurudan sonra bilgi verilmiyor")
    assert cx.reason_notes(db, client_id) == {loan: note}
    assert cx.set_reason_note(db, loan) is None and not cx.reason_notes(db, client_id)


def test_nominate_a_project_from_a_contact_reason(db, bank):
    client_id, _, reasons = bank
    loan = reasons["Kredi başvuru durumu sorgulama"]
    cx.set_reason_note(db, loan, pain_points="Başvurudan sonra bilgi verilmiyor")
    project = cx.nominate_from_reason(db, loan, lang="tr", owner="Elif Yılmaz", topic_id="2.4.4")
    assert project.title == "Kredi başvuru durumu sorgulama" and project.reason_id == loan
    assert project.status == "nominated" and project.source == "data" and project.open
    assert "420 temas" in project.description and "bilgi verilmiyor" in project.description
    with pytest.raises(InputError, match="not a topic"):
        cx.nominate_from_reason(db, loan, topic_id="9.9")
    other = create_client(db, "Başka Banka")
    with pytest.raises(InputError, match="another client"):
        cx.nominate_project(db, other.id, "X", reason_id=loan)
    entry = cx.add_feedback(db, client_id, "2026-07-02", "mystery_shopping", "Geri dönüş yok")
    from_feedback = cx.nominate_from_feedback(db, entry.id, "Şikâyet yolculuğu")
    assert from_feedback.source == "mystery_shopping"
    assert cx.get_feedback(db, entry.id).project_ids == (from_feedback.id,)
    assert [p.id for p in cx.list_projects(db, client_id)] == [project.id, from_feedback.id]


def test_project_revisions_are_kept_as_history(db, bank):
    client_id, _, _ = bank
    project = cx.nominate_project(db, client_id, "Kredi başvurusu durum bildirimi")
    cx.update_project(
        db, project.id, status="approved", scope="SMS", due_date="2026-09-07", note="Onaylandı"
    )
    cx.update_project(db, project.id, scope="SMS ve mobil bildirim", due_date="2026-09-28")
    cx.add_project_note(db, project.id, "Pilot iki şubede")
    history = cx.project_history(db, project.id)
    assert [h.kind for h in history] == ["created", "changed", "changed", "note"]
    assert history[1].changes["status"] == ("nominated", "approved")
    assert history[1].note == "Onaylandı"
    assert history[2].changes == {
        "scope": ("SMS", "SMS ve mobil bildirim"),
        "due_date": ("2026-09-07", "2026-09-28"),
    }
    assert history[2].aspects == {"scope", "timing"}
    with pytest.raises(InputError, match="status 'finished' is unknown"):
        cx.update_project(db, project.id, status="finished")
    with pytest.raises(InputError, match="priority"):
        cx.update_project(db, project.id, priority=9)
    assert len(cx.project_history(db, project.id)) == 4


def test_meeting_cycle_alternates_with_prepared_agendas(db, bank):
    client_id, _, reasons = bank
    cx.record_survey_nps(db, client_id, "2026-05", [0] * 10 + [1])
    cx.record_survey_nps(db, client_id, "2026-06", [1, 0, 0, 0, 0, 0, 2, 1, 3, 4, 5])
    cx.add_feedback(db, client_id, "2026-07-01", "customer_call", "Üç kez aradım")
    first = cx.next_meeting(db, client_id, today="2026-07-06")
    assert (first.date, first.kind, first.previous_id) == ("2026-07-06", "metrics", None)
    sections = [i.section for i in first.agenda]
    assert sections[:2] == ["nps", "nps"] and sections.count("top10") == 4
    # the board writes numbers as everywhere: signed, a true minus sign (−62, not -62)
    assert first.agenda[0].text["en"] == "NPS Jun 2026: +38 (Acceptable), −62 since May 2026"
    assert (
        first.agenda[0].text["tr"]
        == "NPS Haziran 2026: +38 (Kabul edilebilir), Mayıs 2026 dönemine göre −62"
    )
    assert "Haziran 2026" in first.agenda[0].text["tr"]
    run_ups = [i for i in first.agenda if i.section == "run_ups"]
    assert [i.ref_id for i in run_ups][0] == reasons["Kredi başvuru durumu sorgulama"]
    assert any("Üç kez aradım" in i.text["tr"] for i in first.agenda if i.section == "feedback")
    assert {"analysis", "process_review", "nominations"} <= set(sections)
    metrics = cx.record_meeting(
        db,
        client_id,
        first.date,
        first.kind,
        80,
        attendees="Ayşe Çelik, Oğuz Şahin",
        agenda=first.agenda,
        decisions=["Kredi bildirimi aday gösterildi"],
        minutes="İlk toplantı",
    )
    assert metrics.attendees == ("Ayşe Çelik", "Oğuz Şahin") and metrics.agenda == first.agenda
    project = cx.nominate_from_reason(
        db, reasons["Kredi başvuru durumu sorgulama"], meeting_id=metrics.id
    )
    assert project.nominated_on == "2026-07-06"
    cx.update_project(db, project.id, status="in_progress", next_steps="Pilot", owner="Elif")
    nominee = cx.nominate_project(db, client_id, "Şifre adımları", source="turn_off")
    dropped = cx.nominate_project(db, client_id, "Eski fikir")
    cx.update_project(db, dropped.id, status="dropped")

    second = cx.next_meeting(db, client_id)
    assert (second.date, second.kind, second.previous_id) == (
        "2026-07-20",
        "project_review",
        metrics.id,
    )
    by_section = {}
    for item in second.agenda:
        by_section.setdefault(item.section, []).append(item)
    assert [i.ref_id for i in by_section["projects"]] == [project.id]
    assert "In progress; owner Elif" in by_section["projects"][0].text["en"]
    assert "Next steps: Pilot" in by_section["projects"][0].text["en"]
    assert "Sonraki adımlar: Pilot" in by_section["projects"][0].text["tr"]
    assert by_section["nominations"][0].ref_id == nominee.id
    assert "nps" not in by_section and "Eski fikir" not in str(second.agenda)
    review = cx.record_meeting(db, client_id, second.date, second.kind, agenda=second.agenda)
    assert review.duration_min == 75  # the kind's usual length
    third = cx.next_meeting(db, client_id)
    assert (third.date, third.kind) == ("2026-08-03", "metrics")
    assert [m.id for m in cx.list_meetings(db, client_id)] == [metrics.id, review.id]
    cx.delete_meeting(db, metrics.id)
    assert cx.get_project(db, project.id).meeting_id is None


def test_duration_is_checked_against_the_kind(db, bank):
    client_id, _, _ = bank
    before = counts(db)
    with pytest.raises(InputError, match="Metrics meeting lasts 75 to 90 minutes; 60"):
        cx.record_meeting(db, client_id, "2026-07-06", "metrics", 60)
    with pytest.raises(InputError, match="Project review meeting lasts 60 to 90 minutes; 120"):
        cx.record_meeting(db, client_id, "2026-07-06", "project_review", 120)
    with pytest.raises(InputError, match="kind 'weekly' is unknown"):
        cx.record_meeting(db, client_id, "2026-07-06", "weekly", 60)
    assert counts(db) == before
    meeting = cx.record_meeting(db, client_id, "2026-07-06", "project_review", 60)
    with pytest.raises(InputError, match="2026-07-06: a Metrics meeting lasts 75"):
        cx.update_meeting(db, meeting.id, kind="metrics")  # 60 minutes is too short for it
    changed = cx.update_meeting(db, meeting.id, kind="metrics", duration_min=90)
    assert (changed.kind, changed.duration_min) == ("metrics", 90)


def test_demo_board_is_deterministic_and_idempotent(db):
    client = create_client(db, "Yıldız Bankası A.Ş. (demo)")
    dates = dict(initial="2026-01-12", planned="2026-03-23", measured="2026-06-29")
    dates["optimized"] = "2026-09-28"
    snaps = [(create_snapshot(db, client.id, s, d).id, s, d) for s, d in dates.items()]
    add_demo_engagement(db, client.id, snaps)
    add_demo_cxboard(db, client.id, snaps)
    first = counts(db)
    add_demo_cxboard(db, client.id, snaps)
    assert counts(db) == first
    meetings = cx.list_meetings(db, client.id)
    assert 6 <= len(meetings) <= 7 and meetings[0].date > "2026-06-29"
    assert [m.kind for m in meetings[:4]] == ["metrics", "project_review"] * 2
    assert all(m.agenda and m.decisions and m.minutes and m.attendees for m in meetings)
    nps = [p.nps for p in cx.nps_trend(db, client.id)]
    assert len(nps) >= 3 and nps == sorted(nps)
    projects = cx.list_projects(db, client.id)
    assert 4 <= len(projects) <= 5 and len({p.status for p in projects}) >= 3
    assert any(
        h.aspects & {"scope", "timing"} for p in projects for h in cx.project_history(db, p.id)
    )
    feedback = cx.list_feedback(db, client.id)
    assert 8 <= len(feedback) <= 10 and any(f.source == "mystery_shopping" for f in feedback)
    assert len(cx.reason_notes(db, client.id)) >= 3
    # the proposed next meeting follows the last demo one
    proposal = cx.next_meeting(db, client.id)
    assert proposal.kind == rules.next_kind(meetings[-1].kind)


def test_a_version_2_store_migrates_keeping_its_data(data_dir):
    old = connect(db_path(data_dir), create=True)
    migrations.migrate(old, target=2)
    old["clients"].insert({"id": "c1", "name": "Eski Banka", "created_at": "x", "updated_at": "x"})
    old["contact_reasons"].insert({"id": "r1", "client_id": "c1", "name": "Limit", "position": 1})
    old.close()
    db = open_store(data_dir)
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION >= 3
    assert get_client(db, "c1").name == "Eski Banka"
    assert [r.name for r in eng.list_contact_reasons(db, "c1")] == ["Limit"]
    assert {"cx_meetings", "cx_projects", "cx_nps_readings", "cx_feedback"} <= set(db.table_names())
    project = cx.nominate_from_reason(db, "r1")
    assert project.title == "Limit"
    db.close()
