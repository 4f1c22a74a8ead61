"""The snapshot report as a deliverable (issue 17): the issuer on the cover and every page,
the issue date apart from the snapshot's, the draft/final mark with the snapshot's version,
the one-page executive summary on page 2 with the consultant's key messages, the checklist
only on request, the evidence appendix's counts, the benchmark, in both languages (PDF text)."""

import statistics
from datetime import date

import pytest
from PIL import Image

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.services import assessment, clients, evidence
from csmm_desktop.services import engagement as E
from csmm_desktop.services import issuer as I
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import open_store
from tests.conftest import open_copy
from tests.pdftext import page_texts

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")

ISSUED = date(2026, 12, 3)


def pages_of(path) -> list[str]:
    return page_texts(path)


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("deliverable")
    db = open_copy(demo_template, folder / "data")
    logo = folder / "logo.png"
    Image.new("RGB", (120, 40), (11, 90, 140)).save(logo)
    I.save_issuer(
        db,
        name="Ölçüt Danışmanlık",
        consultant="Deniz Işık",
        contact="deniz@olcut.example\n+90 212 000 00 00",
        confidentiality="Gizli – yalnızca Yıldız Bankası içindir",
        logo=str(logo),
    )
    snaps = clients.list_snapshots(db, DEMO_CLIENT_ID)
    I.save_report_meta(
        db, snaps[-1].id, key_messages="Hizmet kültürü güçlü.\nSıradaki adım: ölçüm.", version=2
    )
    # an open action on the first recommendation's topic: its owner and quarter are printed
    E.add_action(
        db,
        DEMO_CLIENT_ID,
        "Hizmet standartları",
        snapshot_id=snaps[-1].id,
        owner="Ayşe Çelik",
        due_date="2026-11-15",
        topic_id="2.3.2",
    )
    written = {}
    for lang in ("en", "tr"):
        path = folder / f"last-{lang}.pdf"
        reports.write_report(db, snaps[-1].id, lang, path, issued=ISSUED)
        written[lang] = pages_of(path)
    yield db, snaps, written, folder
    db.close()


def test_the_issuer_is_on_the_cover_and_every_page_and_the_tool_is_not(demo):
    db, _snaps, written, folder = demo
    stored = I.get_issuer(db)
    assert stored.logo.startswith("issuer-logo-") and (folder / "data" / stored.logo).is_file()
    for lang, draft, issued in (
        ("en", "DRAFT · version 2", "3 Dec 2026"),
        ("tr", "TASLAK · sürüm 2", "03.12.2026"),
    ):
        pages = written[lang]
        cover = pages[0]
        assert "Ölçüt Danışmanlık" in cover and "deniz@olcut.example" in cover
        assert "Gizli – yalnızca Yıldız Bankası içindir" in cover and draft in cover
        assert issued in cover and "CSMM Desktop" not in "".join(pages)
        for page in pages[1:]:
            assert "Ölçüt Danışmanlık" in page and flat(draft) in flat(page)
            assert flat(issued) in flat(page)
    assert flat("data as of 28 Sep 2026 · issued 3 Dec 2026") in flat(written["en"][1])
    assert flat("veri tarihi 28.09.2026 · düzenlenme 03.12.2026") in flat(written["tr"][1])


def test_final_marks_the_stored_version_and_printing_changes_nothing(demo, tmp_path):
    db, snaps, _written, _folder = demo
    before = I.get_report_meta(db, snaps[-1].id)
    path = reports.write_report(db, snaps[-1].id, "en", tmp_path / "f.pdf", final=True)
    assert "Final · version 2" in pages_of(path)[0]
    assert I.get_report_meta(db, snaps[-1].id) == before
    plain = reports.write_report(db, snaps[0].id, "tr", tmp_path / "d.pdf")
    assert "TASLAK · sürüm 1" in pages_of(plain)[0]  # no row yet: version 1, draft


def test_page_two_is_the_executive_summary_in_both_languages(demo):
    db, snaps, written, _folder = demo
    view_score = f"{assessment.snapshot_scores(db, snaps[-1].id).overall:.1f}"
    en, tr = flat(written["en"][1]), flat(written["tr"][1])
    assert en.startswith("Executivesummary") and tr.startswith("Yöneticiözeti")
    for part in (
        "What this means:",
        "Key messages",
        "Strengths",
        "Priority gaps",
        "Priority recommendations",
        "What changed",
        "Since the previous snapshot",
    ):
        assert flat(part) in en, part
    for part in (
        "Bunun anlamı:",
        "Ana mesajlar",
        "Hizmet kültürü güçlü.",
        "Güçlü yönler",
        "Öncelikli açıklar",
        "Öncelikli öneriler",
        "Ne değişti",
    ):
        assert flat(part) in tr, part
    assert flat(f"The overall score is {view_score} out of 100") in en
    assert "×" in en  # each recommendation's rationale line: gap × weight = priority
    assert flat("1 2.3.2 Company staff") in en
    assert flat("Owner · due") in en and flat("Ayşe Çelik · Q4 2026") in en
    assert flat("Sorumlu · termin") in tr and flat("Ayşe Çelik · 2026 Ç4") in tr
    assert flat("2.1 Seeking information: +19.3 (54.5 → 73.8)") in en  # the biggest mover
    # done between 29 Jun and 28 Sep 2026: 1.2.2, 2.4.8, 1.2.4.2, 2.4.3 and 1.3.1's actions
    closed = [
        f
        for f in E.list_problems(db, DEMO_CLIENT_ID) + E.list_requirements(db, DEMO_CLIENT_ID)
        if f.closed_snapshot_id == snaps[-1].id
    ]
    assert closed
    said = (
        f"Since then, 5 actions were done and {len(closed)} problems or requirements were closed."
    )
    assert flat(said) in en
    assert flat(f"O tarihten bu yana 5 aksiyon tamamlandı; {len(closed)} sorun ya da") in tr
    # the method is an appendix now, after the body
    found = [i for i, p in enumerate(written["en"]) if "Appendix A · How the score" in p]
    assert found[0] == 2 and found[-1] > len(written["en"]) // 2  # in the contents, then last


def test_the_same_store_gives_the_same_report(demo, tmp_path):
    db, snaps, written, _folder = demo
    again = reports.write_report(db, snaps[-1].id, "en", tmp_path / "again.pdf", issued=ISSUED)
    assert pages_of(again) == written["en"]


def test_the_checklist_is_left_out_unless_asked_for(demo, tmp_path):
    db, snaps, written, _folder = demo
    assert "Stage checklist" not in "".join(written["en"])
    assert "Aşama kontrol listesi" not in "".join(written["tr"])
    for lang, heading in (("en", "Stage checklist"), ("tr", "Aşama kontrol listesi")):
        path = reports.write_report(
            db, snaps[-1].id, lang, tmp_path / f"c{lang}.pdf", with_checklist=True
        )
        assert heading in "".join(pages_of(path))


def test_the_evidence_counts_are_the_answers_counted_by_hand(demo):
    db, snaps, written, _folder = demo
    snap = snaps[-1].id
    form = assessment.snapshot_form(db, snap)
    role_of = dict(db.execute("SELECT id, role FROM respondents WHERE snapshot_id = ?", [snap]))
    by_hand: dict[tuple[str, str], list[str]] = {}
    for rid, qid, value in db.execute(
        "SELECT r.id, a.question_id, a.value FROM answers a "
        "JOIN respondents r ON r.key = a.respondent_key"
    ):
        if rid in role_of:
            by_hand.setdefault((qid, role_of[rid]), []).append(value)
    found = evidence.distributions(db, snap, form)
    assert found
    for d in found:
        values = by_hand[d.question_id, d.role]
        assert d.counts == tuple(values.count(p) for p in "12345")
        assert d.na == values.count("na") and d.n == len(values)
    text = flat("".join(written["en"]))
    assert flat("Appendix B · Evidence") in text
    first = found[0]
    counts = "".join(str(c) if c else "·" for c in first.counts)
    row = f"{form.role_names[first.role]['en']}{counts}{first.na_share('en')}{first.n}"
    assert flat(row) in text
    tr = flat("".join(written["tr"]))
    assert flat("Ek B · Kanıt") in tr and flat("G.D.") in tr


def _scored_client(db, name, sector, value):
    client = clients.create_client(db, name, sector=sector)
    snap = clients.create_snapshot(db, client.id, "initial", "2026-05-01")
    respondent = assessment.add_respondent(db, snap.id, "client")
    assessment.set_answer(db, respondent.id, "2.1.2-1", value)
    return snap


def test_the_benchmark_needs_five_peers_of_the_sector(tmp_path):
    db = open_store(tmp_path / "data")
    this = _scored_client(db, "Bu Kurum", "Perakende", "4")
    for n in range(4):
        _scored_client(db, f"Peer {n}", " perakende ", str(1 + n))
    _scored_client(db, "Other sector", "Bankacılık", "5")
    few = pages_of(reports.write_report(db, this.id, "en", tmp_path / "few.pdf"))
    assert flat("No benchmark is shown: fewer than 5 other clients") in flat("".join(few))
    few_tr = pages_of(reports.write_report(db, this.id, "tr", tmp_path / "few_tr.pdf"))
    assert flat("Karşılaştırma gösterilmiyor") in flat("".join(few_tr))
    _scored_client(db, "Peer 5", "Perakende", "5")
    peers = [
        assessment.snapshot_scores(db, s.id).overall
        for c in clients.list_clients(db)
        if c.name.startswith("Peer")
        for s in clients.list_snapshots(db, c.id)
    ]
    text = flat("".join(pages_of(reports.write_report(db, this.id, "en", tmp_path / "b.pdf"))))
    assert flat("the other 5 clients of the sector “Perakende”") in text
    assert "Peer" not in text and "Other sector" not in text  # anonymised
    median = f"{statistics.median(peers):.1f}"
    assert flat(f"Overall score {assessment.snapshot_scores(db, this.id).overall:.1f}") in text
    assert median in text
    db.close()


def test_the_cli_prints_final_and_the_checklist(capsys, data_dir, tmp_path):
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    main(["--data-dir", str(data_dir), "snapshots", DEMO_CLIENT_ID])
    snapshot = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    out = tmp_path / "r.pdf"
    args = ["--data-dir", str(data_dir), "report", snapshot[:8], "--lang", "en", "--out", str(out)]
    assert main([*args, "--final", "--with-checklist"]) == 0
    text = "".join(pages_of(out))
    assert "Final · version 1" in text and "Stage checklist" in text


def test_bad_profile_input_is_refused_with_a_message(tmp_path):
    db = open_store(tmp_path / "data")
    snap = _scored_client(db, "X", "", "3")
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    with pytest.raises(I.InputError) as info:
        I.save_issuer(db, name="A", logo=str(bad))
    assert info.value.code == "issuer.logo_unreadable" and "logo.png" in info.value.message
    with pytest.raises(I.InputError) as info:
        I.save_issuer(db, name="A", logo=str(tmp_path / "logo.gif"))
    assert info.value.code == "issuer.logo_kind"
    assert I.get_issuer(db) == I.Issuer()  # nothing half-written
    with pytest.raises(I.InputError):
        I.save_report_meta(db, snap.id, version=0)
    assert I.get_report_meta(db, snap.id) == I.ReportMeta()
    db.close()


def test_the_progress_report_opens_with_what_moved_it_and_what_lags(demo, tmp_path):
    db, snaps, _written, _folder = demo
    first, last = (assessment.snapshot_scores(db, s.id) for s in (snaps[0], snaps[-1]))
    rises = sorted(
        (
            (round(round(last.topics[t], 1) - round(v, 1), 1), t)
            for t, v in first.topics.items()
            if v is not None and last.topics.get(t) is not None
        ),
        key=lambda m: (-m[0], m[1]),
    )
    top_delta, top = rises[0]
    for lang, moved, lags in (
        ("en", "What moved it", "What lags"),
        ("tr", "İlerlemeyi ne sağladı", "Geride kalanlar"),
    ):
        path = reports.write_report(
            db, snaps[-1].id, lang, tmp_path / f"p{lang}.pdf", kind="progress"
        )
        summary = flat(pages_of(path)[2])
        assert flat(moved) in summary and flat(lags) in summary
        sign = f"+{top_delta:.1f}" if lang == "en" else f"+{top_delta:.1f}".replace(".", ",")
        assert flat(f"{top}") in summary and flat(f"({sign})") in summary
    assert flat("done or solved on this topic:") in flat("".join(pages_of(tmp_path / "pen.pdf")))
    one = clients.create_client(db, "Tek Anlık Durum")
    snap = clients.create_snapshot(db, one.id, "initial", "2026-11-22")
    text = flat(
        "".join(
            pages_of(reports.write_report(db, snap.id, "en", tmp_path / "o.pdf", kind="progress"))
        )
    )
    assert flat("There is only one snapshot so far") in text and "Whatmovedit" not in text


def test_every_body_table_is_as_wide_as_the_text_block(demo, tmp_path, monkeypatch):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    db, snaps, _written, _folder = demo
    drawn = []
    draw = Table.drawOn

    def record(self, canvas, x, y, _sW=0):
        drawn.append((canvas.getPageNumber(), self._width))
        return draw(self, canvas, x, y, _sW)

    monkeypatch.setattr(Table, "drawOn", record)
    text_block = A4[0] - 2 * 18 * mm
    for kind, options in (("snapshot", {"with_checklist": True}), ("progress", {})):
        drawn.clear()
        reports.write_report(db, snaps[-1].id, "tr", tmp_path / f"{kind}.pdf", kind=kind, **options)
        body = [width for page, width in drawn if page > 1]  # the cover's facts are narrower
        assert len(body) > 5
        assert all(abs(width - text_block) < 0.5 for width in body), sorted(set(body))


def test_recommendations_the_consultant_dropped_are_not_printed(demo, tmp_path):
    db, snaps, _written, _folder = demo
    snap = snaps[1].id
    path = reports.write_report(db, snap, "tr", tmp_path / "all.pdf")
    assert flat("Öncelikli öneriler") in flat(pages_of(path)[1])
    I.save_report_meta(db, snap, recommendations=[])
    assert I.get_report_meta(db, snap).recommendations == ()
    path = reports.write_report(db, snap, "tr", tmp_path / "none.pdf")
    assert flat("Öncelikli öneriler") not in flat(pages_of(path)[1])
    I.save_report_meta(db, snap, recommendations=None)
    assert I.get_report_meta(db, snap).recommendations is None
