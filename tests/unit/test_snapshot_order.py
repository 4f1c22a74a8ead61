"""A snapshot's stage and date are checked against the client's other snapshots."""

import pytest

from csmm_desktop.services import clients
from csmm_desktop.store import open_store


@pytest.fixture
def db(tmp_path):
    store = open_store(tmp_path / "data")
    yield store
    store.close()


def test_stages_out_of_date_order_warn_and_equal_stages_do_not(db):
    client = clients.create_client(db, "Acme")
    initial = clients.create_snapshot(db, client.id, "initial", "2026-01-12")
    clients.create_snapshot(db, client.id, "measured", "2026-06-29")

    def said(stage, when, snapshot_id=""):
        warnings = clients.snapshot_order_warnings(db, client.id, stage, when, snapshot_id)
        return [str(w) for w in warnings]

    assert said("planned", "2026-03-23") == []  # between the two: as it should be
    assert said("planned", "2026-01-05") == [
        "A Planned snapshot dated 2026-01-05 would come before the Initial snapshot of "
        "2026-01-12, an earlier stage."
    ]
    assert said("planned", "2026-07-01") == [
        "A Planned snapshot dated 2026-07-01 would come after the Measured snapshot of "
        "2026-06-29, a later stage."
    ]
    assert said("measured", "2026-12-01") == []  # a stage may repeat (optimisation rounds)
    # editing the Initial snapshot itself: its own date is not compared with itself
    assert said("initial", "2026-02-01", initial.id) == []
    assert len(said("optimized", "2026-01-01")) == 2  # before both earlier stages


def test_the_dates_are_written_as_the_reader_reads_them(db):
    client = clients.create_client(db, "Acme")
    clients.create_snapshot(db, client.id, "planned", "2026-03-23")
    (warning,) = clients.snapshot_order_warnings(
        db, client.id, "measured", "2026-02-01", day=lambda iso: f"<{iso}>"
    )
    assert "<2026-02-01>" in str(warning) and "<2026-03-23>" in str(warning)
