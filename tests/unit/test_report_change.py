"""The summary's change sentence names the snapshot that has no score: this one (an empty
snapshot after a scored one), the previous one, or both. The measured defect: an empty
snapshot's report said "the previous snapshot has no score" when the previous had one."""

import pytest

from csmm_desktop import reports
from csmm_desktop.reports.context import Context
from csmm_desktop.reports.snapshot import summary_sentences
from csmm_desktop.services import assessment, clients
from tests.pdftext import text_of
from tests.sparse import add_sparse_client

# the reports' text and layout are read here, not their pictures (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("unpainted_charts")


def flat(text: str) -> str:
    return "".join(text.split())


def sentences(db, snapshot_id: str, lang: str = "en") -> list[str]:
    return summary_sentences(Context.load(db, snapshot_id, lang))


def test_an_empty_snapshot_after_a_scored_one_says_it_is_this_one(db, tmp_path):
    client_id, (_first, second) = add_sparse_client(db)
    empty = clients.create_snapshot(db, client_id, "measured", "2026-06-29").id
    said = sentences(db, empty)
    assert said[0] == "No scored answers have been given yet, so there is no score."
    assert said[1] == (
        "The previous snapshot (Planned, 23 Mar 2026) scored 50.0; the change since then "
        "shows once this snapshot has scored answers."
    )
    assert not any("has no score to compare" in s for s in said)
    turkish = sentences(db, empty, "tr")[1]
    assert turkish.startswith("Önceki anlık durumun (Planlı Çalışma, 23.03.2026) puanı 50,0;")
    path = reports.write_report(db, empty, "en", tmp_path / "empty.pdf")
    printed = flat(text_of(path))
    assert flat("scored 50.0; the change since then shows once this snapshot") in printed
    assert "hasnoscoretocomparewith" not in printed


def test_two_empty_snapshots_say_neither_has_a_score(db):
    client = clients.create_client(db, "Boş A.Ş.")
    clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    second = clients.create_snapshot(db, client.id, "planned", "2026-03-23")
    assert sentences(db, second.id)[1] == (
        "Neither this snapshot nor the previous one (Initial, 12 Jan 2026) has a score, so "
        "there is no change to show."
    )


def test_a_scored_snapshot_after_an_empty_one_says_the_previous_has_none(db):
    _client, (first, second) = add_sparse_client(db)
    for respondent in assessment.list_respondents(db, first):
        assessment.delete_respondent(db, respondent.id)
    said = sentences(db, second)
    assert "The previous snapshot (Initial, 12 Jan 2026) has no score to compare with." in said
