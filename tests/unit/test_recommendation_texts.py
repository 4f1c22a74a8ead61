"""The consultant's own wording of a recommendation (issue 17): stored per snapshot in
snapshot_reports.recommendations next to the choice, the old list format still read,
printed on the executive summary in place of the ranking's text, carried by a bundle."""

import json

import pytest

from csmm_desktop import reports
from csmm_desktop.messages import UserError
from csmm_desktop.services import bundle, clients
from csmm_desktop.services import issuer as I
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import open_store
from tests.pdftext import page_text

OURS = "Şube müdürleri her ay ölçüm sonuçlarını ekipleriyle gözden geçirsin."


@pytest.fixture
def snap(db, demo_db):
    return clients.list_snapshots(db, DEMO_CLIENT_ID)[-1].id


def stored(db, snapshot_id):
    row = db.execute(
        "SELECT recommendations FROM snapshot_reports WHERE snapshot_id = ?", [snapshot_id]
    ).fetchone()
    return row[0]


def write_raw(db, snapshot_id, value):
    with db.atomic():
        db.execute(
            "INSERT INTO snapshot_reports (snapshot_id, key_messages, version, recommendations, "
            "updated_at) VALUES (?, '', 1, ?, '2026-12-03T10:00:00Z')",
            [snapshot_id, value],
        )


def test_a_list_stored_before_the_texts_still_reads(db, snap):
    write_raw(db, snap, json.dumps(["2.3.2", "1.1.1"]))
    meta = I.get_report_meta(db, snap)
    assert meta.recommendations == ("2.3.2", "1.1.1") and meta.texts == ()
    assert meta.text_of("2.3.2") == ""


@pytest.mark.parametrize(
    ("raw", "chosen", "texts"),
    [
        ('{"chosen": ["1.1.1"], "texts": {"1.1.1": "Bizim sözümüz"}}', ("1.1.1",), "Bizim sözümüz"),
        ('{"chosen": null, "texts": {"1.1.1": "Bizim sözümüz"}}', None, "Bizim sözümüz"),
        ('{"chosen": 5, "texts": ["x"]}', None, ""),  # damaged: the ranking, its texts
        ('{"texts": {"1.1.1": 7}}', None, ""),
        ("{not json", None, ""),
    ],
)
def test_the_object_format_and_damaged_values(db, snap, raw, chosen, texts):
    write_raw(db, snap, raw)
    meta = I.get_report_meta(db, snap)
    assert meta.recommendations == chosen and meta.text_of("1.1.1") == texts


def test_saving_without_texts_writes_the_list_every_version_reads(db, snap):
    I.save_report_meta(db, snap, recommendations=["2.3.2", "1.1.1"])
    assert json.loads(stored(db, snap)) == ["2.3.2", "1.1.1"]
    I.save_report_meta(db, snap, recommendations=None, texts={"2.3.2": "  "})  # empty: none
    assert stored(db, snap) == ""


def test_texts_are_trimmed_stored_and_read_back(db, snap):
    meta = I.save_report_meta(
        db, snap, recommendations=None, texts={"2.3.2": f"  {OURS}\n", "1.1.1": ""}
    )
    assert meta.texts == (("2.3.2", OURS),)
    assert I.get_report_meta(db, snap) == meta
    assert json.loads(stored(db, snap)) == {"chosen": None, "texts": {"2.3.2": OURS}}


def test_a_text_too_long_is_refused_and_nothing_is_written(db, snap):
    I.save_report_meta(db, snap, key_messages="Önce", texts={"2.3.2": OURS})
    with pytest.raises(UserError) as refused:
        I.save_report_meta(db, snap, key_messages="Sonra", texts={"2.3.2": "x" * 601})
    assert "recommendation on 2.3.2" in refused.value.message and "600" in refused.value.message
    meta = I.get_report_meta(db, snap)
    assert (meta.key_messages, meta.texts) == ("Önce", (("2.3.2", OURS),))


def test_the_summary_prints_the_consultants_text_in_place_of_the_suggestion(db, snap, tmp_path):
    from csmm_desktop.services.engagement import suggest_actions_for_snapshot

    first, second = [s for s in suggest_actions_for_snapshot(db, snap, 6) if s.done is None][:2]
    suggestion = first.actions[0]["en"]
    before = reports.write_report(db, snap, "en", tmp_path / "before.pdf")
    assert "".join(suggestion.split()) in "".join(page_text(before, 1).split())
    I.save_report_meta(db, snap, texts={first.topic_id: OURS})  # the ranking's order kept
    after = reports.write_report(db, snap, "en", tmp_path / "after.pdf")
    page = "".join(page_text(after, 1).split())
    assert f"1{first.topic_id}" in page and "".join(OURS.split()) in page
    assert "".join(suggestion.split()) not in page
    at = page.index(f"1{first.topic_id}")
    assert at < page.index("".join(OURS.split())) < page.index(f"2{second.topic_id}", at)


def test_a_reworded_recommendation_survives_a_bundle_round_trip(db, snap, tmp_path):
    I.save_report_meta(
        db, snap, key_messages="Öz", version=2, recommendations=["2.3.2"], texts={"2.3.2": OURS}
    )
    out = bundle.export_bundle(db, DEMO_CLIENT_ID, tmp_path / "c.csmm").path
    other = open_store(tmp_path / "other")
    try:
        bundle.import_bundle(other, out)
        assert I.get_report_meta(other, snap) == I.get_report_meta(db, snap)
        assert I.get_report_meta(other, snap).text_of("2.3.2") == OURS
    finally:
        other.close()
