"""The engagement workflow: checklists, problems, numbers, KPIs, actions, workshops, demo."""

import pytest

from csmm_desktop.domain import engagement as rules
from csmm_desktop.domain.form import load_form
from csmm_desktop.domain.scoring import score
from csmm_desktop.services import engagement as eng
from csmm_desktop.services.assessment import add_respondent
from csmm_desktop.services.clients import InputError, create_client, create_snapshot
from csmm_desktop.services.demo_engagement import add_demo_engagement


@pytest.fixture
def bank(db):
    client = create_client(db, "Yıldız Bankası")
    s1 = create_snapshot(db, client.id, "initial", "2026-01-12")
    s2 = create_snapshot(db, client.id, "planned", "2026-03-23")
    return client.id, s1.id, s2.id


def counts(db):
    """Rows per table, every table: to show that nothing was written."""
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: db.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


def done(db, snapshot_id):
    return {i.key: i.done for i in eng.stage_checklist(db, snapshot_id).items}


def answer(db, respondent_id, questions, pick):
    rows = [(respondent_id, q.id, pick(q)) for q in questions if q.scored]
    with db.atomic():
        db.conn.executemany(
            "INSERT OR REPLACE INTO answers VALUES "
            "((SELECT key FROM respondents WHERE id = ?), ?, ?, 0)",
            rows,
        )


def test_each_stage_has_the_seed_checklist():
    keys = {stage: [i.key for i in rules.stage_def(stage).items] for stage in rules.checklists()}
    assert keys["initial"][-1] == "roadmap" and "numbers" in keys["initial"]
    assert {"problem_resolutions", "kpis", "action_plan", "feedback"} <= set(keys["planned"])
    assert {"workshop", "optimisation_actions"} <= set(keys["measured"])
    assert keys["optimized"][-1] == "next_workshop"
    for stage in rules.checklists().values():
        for item in stage.items:
            assert item.screen in rules.SCREENS and item.text["tr"] != item.text["en"]


def test_auto_items_follow_the_store(db, bank):
    client_id, s1, _ = bank
    assert done(db, s1) == dict.fromkeys(done(db, s1), False) | {"snapshot": True}
    problem = eng.add_problem(db, s1, "Kanallar entegre değil", topic_id="1.1.1")
    assert done(db, s1)["problems"]
    eng.delete_problem(db, problem.id)
    assert not done(db, s1)["problems"]
    reason = eng.add_contact_reason(db, client_id, "Limit artırma / azaltma")
    eng.set_volume(db, s1, "2026-01", "phone", reason.id, 120)
    eng.add_action(db, client_id, "Omnichannel platform", snapshot_id=s1)
    eng.mark_report_prepared(db, s1)
    eng.set_checklist_item(db, s1, "roadmap", True)
    ticked = done(db, s1)
    assert ticked["numbers"] and ticked["critical_actions"] and ticked["report"]
    assert ticked["roadmap"] and not ticked["form"] and not ticked["score"]
    with pytest.raises(InputError, match="ticks itself"):
        eng.set_checklist_item(db, s1, "numbers", True)
    with pytest.raises(InputError, match="no item"):
        eng.set_checklist_item(db, s1, "workshop", True)
    # one answer gives a score; the form counts once a respondent has answered half
    form = load_form()
    rid = add_respondent(db, s1, "client").id
    answer(db, rid, form.questions_for("client")[:3], lambda q: q.answer_choices()[-1][0])
    assert done(db, s1)["score"] and not done(db, s1)["form"]
    answer(db, rid, form.questions_for("client"), lambda q: q.answer_choices()[-1][0])
    assert done(db, s1)["form"]


def test_planned_items_kpis_plan_and_feedback(db, bank):
    client_id, s1, s2 = bank
    assert done(db, s2)["problem_resolutions"]  # nothing carried forward: nothing to review
    problem = eng.add_problem(db, s1, "Talep geçmişi tutulmuyor")
    assert not done(db, s2)["problem_resolutions"]
    eng.resolve_problem(db, problem.id, s2, "Kayıtlar tutuluyor")
    kpi = eng.add_suggested_kpi(db, client_id, "fcr", lang="tr")
    eng.set_kpi_value(db, kpi.id, s2, 61)
    assert not done(db, s2)["kpis"]  # not critical yet
    eng.update_kpi(db, kpi.id, critical=True)
    action = eng.add_action(db, client_id, "Anket", snapshot_id=s2, due_date="2026-09-30")
    assert not done(db, s2)["action_plan"]  # due beyond 3 months
    eng.update_action(db, action.id, due_date="2026-05-15")
    assert not done(db, s2)["feedback"]
    eng.add_action_feedback(db, action.id, "Yönetim daha erken sonuç istiyor.")
    ticked = done(db, s2)
    assert ticked["problem_resolutions"] and ticked["kpis"]
    assert ticked["action_plan"] and ticked["feedback"]


@pytest.mark.parametrize(
    "stage, when, target, earliest, latest",
    [
        ("initial", "2026-01-12", "planned", "2026-02-09", "2026-03-09"),  # 4-8 weeks
        ("planned", "2026-03-23", "measured", "2026-05-04", "2026-05-18"),  # 6-8 weeks
        ("measured", "2026-06-29", "optimized", "2026-08-24", "2026-09-21"),  # 8-12 weeks
        ("optimized", "2026-09-28", "workshop", "2027-03-28", "2027-03-28"),  # 6 months
        ("optimized", "2026-08-31", "workshop", "2027-02-28", "2027-02-28"),
    ],
)
def test_next_stage_due_dates(db, bank, stage, when, target, earliest, latest):
    due = rules.stage_def(stage).due(when)
    assert (due.target, due.earliest, due.latest) == (target, earliest, latest)
    assert rules.format_date(earliest, "tr") in due.text["tr"]
    assert rules.format_date(latest, "en") in due.text["en"]
    assert eng.next_stage_due(db, bank[1]).earliest == "2026-02-09"


def test_problems_carry_forward_until_resolved(db, bank):
    client_id, s1, s2 = bank
    problem = eng.add_problem(db, s1, "Raporlama elle yapılıyor", "Excel", "1.1.2")
    new = eng.add_problem(db, s2, "Kredi başvuru durumu sorulmuyor")
    assert [p.id for p in eng.problems_open_at(db, s2, carried_only=True)] == [problem.id]
    assert [p.id for p in eng.problems_open_at(db, s1)] == [problem.id]
    eng.resolve_problem(db, problem.id, s2, "Gösterge paneli devrede")
    assert [p.id for p in eng.problems_open_at(db, s2)] == [new.id]
    assert [p.id for p in eng.problems_open_at(db, s1)] == [problem.id]  # history holds
    assert [p.note for p in eng.problems_resolved_at(db, s2)] == ["Gösterge paneli devrede"]
    with pytest.raises(InputError, match="later snapshot"):
        eng.resolve_problem(db, new.id, s1)
    assert eng.reopen_problem(db, problem.id).is_open
    assert len(eng.problems_open_at(db, s2)) == 2


def test_requirements_solved_at_a_later_snapshot(db, bank):
    client_id, s1, s2 = bank
    req = eng.add_requirement(db, s1, "Omnichannel platform", topic_id="1.1.1")
    eng.solve_requirement(db, req.id, s2, "Canlıda")
    assert eng.requirements_open_at(db, s2) == [] and len(eng.requirements_open_at(db, s1)) == 1
    assert eng.requirements_solved_at(db, s2)[0].note == "Canlıda"
    assert done(db, s2)["requirement_solutions"]


def test_top_ten_contact_reasons(db, bank):
    client_id, _, _ = bank
    ids = [eng.add_contact_reason(db, client_id, f"Neden {n}").id for n in range(1, 11)]
    with pytest.raises(InputError, match="10 reasons"):
        eng.add_contact_reason(db, client_id, "Onbirinci")
    with pytest.raises(InputError, match="already"):
        eng.rename_contact_reason(db, ids[0], "NEDEN  2")
    eng.reorder_contact_reasons(db, client_id, ids[::-1])
    assert eng.list_contact_reasons(db, client_id)[0].id == ids[-1]
    eng.delete_contact_reason(db, ids[-1])
    assert [r.position for r in eng.list_contact_reasons(db, client_id)] == list(range(1, 10))


def test_volume_totals_per_channel_and_reason(db, bank):
    client_id, s1, _ = bank
    limit = eng.add_contact_reason(db, client_id, "Limit artırma / azaltma").id
    password = eng.add_contact_reason(db, client_id, "Şifre değişikliği").id
    eng.set_volumes(
        db,
        s1,
        [
            ("2026-01", "phone", limit, 100),
            ("2026-01", "chat", limit, 20),
            ("2026-01", "phone", password, 300),
            ("2026-02", "email", password, 80),
            ("2026-02", "branch", None, 50),
        ],
    )
    eng.set_volume(db, s1, "2026-01", "phone", limit, 200)  # replaces, does not add
    totals = eng.volume_totals(db, s1)
    assert totals.total == 650 and totals.without_reason == 50
    channels = {"phone": 500, "email": 80, "chat": 20, "social": 0, "branch": 50, "other": 0}
    assert totals.by_channel == channels
    assert [(r.reason_id, r.count) for r in totals.by_reason] == [(password, 380), (limit, 220)]
    assert totals.by_reason[-1].cumulative == pytest.approx(1.0)
    assert eng.volume_totals(db, s1, "2026-02").total == 130
    assert eng.volume_periods(db, s1) == ["2026-01", "2026-02"]


@pytest.mark.parametrize(
    "value, target, direction, expected",
    [
        (80, 75, "higher", "met"),
        (75, 75, "higher", "met"),
        (70, 75, "higher", "close"),  # 5 short of 75: within 10%
        (60, 75, "higher", "missed"),
        (5.9, 6, "lower", "met"),
        (6.5, 6, "lower", "close"),
        (8, 6, "lower", "missed"),
        (0, 0, "lower", "met"),
        (1, 0, "lower", "missed"),  # no band around 0
        (-5, 0, "higher", "missed"),
        (-9, -10, "higher", "met"),
        (50, None, "higher", "no_target"),
        (None, 75, "higher", "no_value"),
    ],
)
def test_kpi_status(value, target, direction, expected):
    assert rules.kpi_status(value, target, direction) == expected


def test_kpi_values_and_trend(db, bank):
    client_id, s1, s2 = bank
    kpi = eng.add_kpi(db, client_id, "Çağrı terk oranı", unit="%", direction="lower", target=5)
    eng.set_kpi_value(db, kpi.id, s1, "14,2")
    eng.set_kpi_value(db, kpi.id, s2, 5.4)
    eng.set_kpi_value(db, kpi.id, s2, 4.8)  # upsert
    trend = eng.kpi_trend(db, kpi.id)
    assert [(p.value, p.status) for p in trend] == [(14.2, "missed"), (4.8, "met")]
    eng.update_kpi(db, kpi.id, target=None)
    assert eng.kpi_readings(db, s2)[0].status == "no_target"
    assert len(rules.suggested_kpis()) >= 10


def test_action_changes_keep_their_history(db, bank):
    client_id, s1, _ = bank
    action = eng.add_action(db, client_id, "CRM entegrasyonu", snapshot_id=s1, owner="Emre")
    eng.update_action(db, action.id, status="in_progress", due_date="2026-03-01")
    eng.update_action(db, action.id, due_date="2026-03-15", feedback="Veri eşleştirme uzun sürdü")
    eng.update_action(db, action.id, owner="Emre")  # no change, no revision
    history = eng.action_history(db, action.id)
    assert [h.kind for h in history] == ["created", "changed", "changed"]
    assert history[1].changes == {
        "status": ("planned", "in_progress"),
        "due_date": ("", "2026-03-01"),
    }
    assert history[2].changes == {"due_date": ("2026-03-01", "2026-03-15")}
    assert history[2].feedback == "Veri eşleştirme uzun sürdü"
    assert eng.get_action(db, action.id).due_date == "2026-03-15"


def test_workshop_decision_becomes_an_action(db, bank):
    client_id, _, s2 = bank
    workshop = eng.add_workshop(db, s2, "2026-04-02", "Ayşe, Oğuz", "KPI sonuçları", "Notlar")
    action = eng.record_decision(db, workshop.id, "Vardiya planını\n yeniden düzenlemek")
    assert action.title == "Vardiya planını yeniden düzenlemek"
    assert (action.workshop_id, action.snapshot_id) == (workshop.id, s2)
    assert eng.list_actions(db, client_id, workshop_id=workshop.id) == [action]
    assert done(db, s2).get("workshop") is None  # planned has no workshop item


def test_suggestions_for_the_weakest_topics():
    form = load_form()
    roles = [("m", "management"), ("e", "employee"), ("c", "client")]

    def pick(question):  # 2.4.8 the weakest, 1.2.2 next, every other topic top marks
        values = sorted((v for v, _ in question.answer_choices()), key=question.normalise)
        return values[{"2.4.8": 0, "1.2.2": 1}.get(question.topic_id, -1)]

    answers = {
        rid: {q.id: pick(q) for q in form.questions_for(role) if q.scored} for rid, role in roles
    }
    found = rules.suggest_actions(score(form, roles, answers), form, n=2)
    assert [s.topic_id for s in found] == ["2.4.8", "1.2.2"]
    assert found[0].topic_title["en"] == "Customer complaints" and found[0].actions[0]["tr"]
    bank = rules.suggested_actions()
    scored = {t.id for t in form.topics.values() if t.weight}
    assert scored <= set(bank) and all(1 <= len(a) <= 2 for a in bank.values())


def test_bad_input_is_refused_and_nothing_written(db, bank):
    client_id, s1, s2 = bank
    reason = eng.add_contact_reason(db, client_id, "Limit")
    before = counts(db)
    bad = [
        lambda: eng.add_action(db, client_id, "Plan", snapshot_id=s1, due_date="2026-02-30"),
        lambda: eng.add_action(db, client_id, "Plan", status="waiting"),
        lambda: eng.add_action(db, client_id, "  "),
        lambda: eng.add_problem(db, s1, "Sorun", topic_id="9.9.9"),
        lambda: eng.add_kpi(db, client_id, "NPS", target="yüksek"),
        lambda: eng.add_kpi(db, client_id, "NPS", direction="up"),
        lambda: eng.add_workshop(db, s2, "02.04.2026"),
        lambda: eng.set_volumes(
            db, s1, [("2026-01", "phone", reason.id, 10), ("2026-13", "phone", reason.id, 5)]
        ),
        lambda: eng.set_volume(db, s1, "2026-01", "fax", None, 5),
        lambda: eng.set_volume(db, s1, "2026-01", "phone", None, -1),
    ]
    for call in bad:
        with pytest.raises(InputError) as info:
            call()
        assert str(info.value)
    assert counts(db) == before


def test_demo_engagement_is_idempotent(db):
    client = create_client(db, "Yıldız Bankası A.Ş. (demo)")
    dates = dict(initial="2026-01-12", planned="2026-03-23", measured="2026-06-29")
    dates["optimized"] = "2026-09-28"
    snaps = [(create_snapshot(db, client.id, s, d).id, s, d) for s, d in dates.items()]
    add_demo_engagement(db, client.id, snaps)
    first = counts(db)
    add_demo_engagement(db, client.id, snaps)
    assert counts(db) == first
    assert len(eng.list_contact_reasons(db, client.id)) == 10
    kpis = eng.list_kpis(db, client.id)
    assert 5 <= len(kpis) <= 6 and 2 <= sum(k.critical for k in kpis) <= 3
    initial, planned, measured, optimized = (s[0] for s in snaps)
    assert len(eng.problems_open_at(db, initial)) > len(eng.problems_open_at(db, optimized))
    assert eng.problems_resolved_at(db, planned) and eng.requirements_solved_at(db, measured)
    assert {w.snapshot_id for w in eng.list_workshops(db, client.id)} == {measured, optimized}
    revised = [h for a in eng.list_actions(db, client.id) for h in eng.action_history(db, a.id)]
    assert any(h.feedback and h.kind == "changed" for h in revised)
    for sid in (planned, measured):
        ticked = done(db, sid)
        del ticked["form"], ticked["score"]  # no respondents in this test
        assert all(ticked.values()), ticked
