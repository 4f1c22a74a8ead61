"""The editable PowerPoint deck (reports/deck.py, `report --kind deck`): 16:9, its slides,
native charts (no pictures) whose data are the scores, native tables, Turkish intact."""

import math

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from csmm_desktop.cli import main
from csmm_desktop.reports.office_texts import w
from csmm_desktop.services import assessment, clients, demo
from csmm_desktop.services.presentation import score_view
from csmm_desktop.store import open_store


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


# demo_db (tests/conftest.py): the data folder's store with the demo client in it


def texts(slide):
    found = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            found.append(shape.text_frame.text)
        if shape.has_table:
            found += [cell.text for row in shape.table.rows for cell in row.cells]
    return found


def title(slide):
    return next(s.text_frame.text for s in slide.shapes if s.name == "Title")


def charts(prs):
    return [s.chart for slide in prs.slides for s in slide.shapes if s.has_chart]


def same(values, expected):
    return len(values) == len(expected) and all(
        (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))
        for a, b in zip(values, expected, strict=True)
    )


def test_the_deck_has_its_slides_and_native_charts_of_the_scores(
    capsys, data_dir, demo_db, tmp_path
):
    history = clients.list_snapshots(demo_db, demo.DEMO_CLIENT_ID)
    snap = history[-1]
    out = tmp_path / "deste.pptx"
    code, printed, err = cli(
        capsys, data_dir, "report", snap.id, "--kind", "deck", "--lang", "tr", "--out", str(out)
    )
    assert (code, err) == (0, "") and printed.strip() == str(out)
    prs = Presentation(out)
    assert (prs.slide_width, prs.slide_height) == (Inches(13.333), Inches(7.5))
    titles = [title(s) for s in list(prs.slides)[1:]]
    assert titles == [
        w("tr", "d_summary"),
        w("tr", "d_level"),
        w("tr", "d_sections"),
        *(f"{w('tr', 'd_heat')} ({r})" for r in ("1–16", "17–32", "33–45")),
        w("tr", "d_gap"),
        w("tr", "d_nps"),
        w("tr", "d_recommend"),
        w("tr", "d_roadmap"),
    ]
    pictures = [
        s for slide in prs.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert pictures == []
    sections_chart, gap_chart, nps_chart = charts(prs)
    form = assessment.snapshot_form(demo_db, snap.id)
    # section scores by snapshot: a series per snapshot, a category per section
    plot = sections_chart.plots[0]
    assert len(list(plot.categories)) == len(form.sections)
    assert len(plot.series) == len(history)
    for series, past in zip(plot.series, history, strict=True):
        scores = assessment.snapshot_scores(demo_db, past.id)
        assert same(list(series.values), [scores.sections[s] for s in form.sections])
    # management vs employees: the role scores of the topics both answer
    scores = assessment.snapshot_scores(demo_db, snap.id)
    gap_plot = gap_chart.plots[0]
    names = [s.name for s in gap_plot.series]
    assert names == ["Yönetim", "Çalışan"]
    topics = [c.split(" ")[0] for c in gap_plot.categories]
    for series, role in zip(gap_plot.series, ("management", "employee"), strict=True):
        assert same(list(series.values), [scores.role_topics[t][role] for t in topics])
    assert list(nps_chart.plots[0].series[0].values) == list(scores.nps_counts)
    # the heat map: the scores as the presentation model writes them, in the last column
    view = score_view(scores, form, "tr")
    heat = [s.table for slide in list(prs.slides)[4:7] for s in slide.shapes if s.has_table]
    shown = [list(row.cells)[-1].text for table in heat for row in list(table.rows)[1:]]
    assert shown == [line.score for line in view.topics]
    # the roadmap: the actions open as of the snapshot, the soonest due first
    from csmm_desktop.reports.context import Context

    ctx = Context.load(demo_db, snap.id, "tr")
    open_actions = sorted(
        (a for a in ctx.actions() if a.status in ("planned", "in_progress")),
        key=lambda a: (a.due_date or "9999", a.title),
    )
    (roadmap,) = [s.table for s in list(prs.slides)[-1].shapes if s.has_table]
    listed = [list(row.cells)[0].text for row in list(roadmap.rows)[1:]]
    assert listed == [a.title for a in open_actions][:10] and listed
    weakest, _value = scores.ranked_topics()[0]
    assert any(weakest in t for t in texts(list(prs.slides)[1]))
    everything = " ".join(t for slide in prs.slides for t in texts(slide))
    assert all(letter in everything for letter in "çğıöşüİ")
    assert "Yıldız Bankası" in everything and view.nps_text in everything


def test_an_existing_deck_needs_force(capsys, data_dir, demo_db, tmp_path):
    snap = clients.list_snapshots(demo_db, demo.DEMO_CLIENT_ID)[0]
    out = tmp_path / "old.pptx"
    out.write_bytes(b"PK\x03\x04 old")
    args = ("report", snap.id, "--kind", "deck", "--lang", "en", "--out", str(out))
    code, _, err = cli(capsys, data_dir, *args)
    assert code == 1 and "--force" in err and out.read_bytes() == b"PK\x03\x04 old"
    assert cli(capsys, data_dir, *args, "--force")[0] == 0
    assert len(Presentation(out).slides) == 11


def test_an_empty_snapshot_gives_a_deck_that_says_so(data_dir, tmp_path):
    from csmm_desktop.reports.office import export

    db = open_store(data_dir)
    try:
        client = clients.create_client(db, "Boş Kurum")
        snap = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
        prs = Presentation(export(db, snap.id, "deck", "tr", tmp_path / "boş.pptx"))
    finally:
        db.close()
    slides = list(prs.slides)
    assert len(slides) == 2 and any("Boş Kurum" in t for t in texts(slides[0]))
    assert w("tr", "d_empty") in texts(slides[1])


def test_the_exports_only_read(demo_db, tmp_path):
    from csmm_desktop.reports.office import export

    snap = clients.list_snapshots(demo_db, demo.DEMO_CLIENT_ID)[-1]
    before = "\n".join(demo_db.conn.iterdump())
    changes = demo_db.conn.total_changes
    export(demo_db, snap.id, "deck", "en", tmp_path / "d.pptx")
    export(demo_db, snap.id, "xlsx", "tr", tmp_path / "w.xlsx")
    assert demo_db.conn.total_changes == changes
    assert "\n".join(demo_db.conn.iterdump()) == before


def test_the_title_slide_names_the_issuer_with_its_logo(capsys, data_dir, demo_db, tmp_path):
    from PIL import Image

    from csmm_desktop.services import issuer

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "#0b5394").save(logo)
    issuer.save_issuer(
        demo_db,
        name="Güneş Danışmanlık",
        consultant="Şule Çağlar",
        contact="sule@gunes.example",
        confidentiality="Gizlidir — yalnızca kurum içi",
        logo=str(logo),
    )
    snap = clients.list_snapshots(demo_db, demo.DEMO_CLIENT_ID)[0]
    out = tmp_path / "deste.pptx"
    code, _printed, err = cli(
        capsys, data_dir, "report", snap.id, "--kind", "deck", "--lang", "tr", "--out", str(out)
    )
    assert (code, err) == (0, "")
    first = Presentation(out).slides[0]
    words = " ".join(texts(first))
    for part in ("Güneş Danışmanlık", "Şule Çağlar", "sule@gunes.example", "Gizlidir"):
        assert part in words
    pictures = [s for s in first.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1 and pictures[0].height == Inches(1.0)
