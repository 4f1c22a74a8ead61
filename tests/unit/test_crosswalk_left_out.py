"""A section with no scored topic (everything of it left out for the client) is not counted
as compared, neither in the comparison nor in the progress report's "compares … of …"."""

from csmm_desktop import reports
from csmm_desktop.domain import applicability as rules
from csmm_desktop.domain import crosswalk
from csmm_desktop.domain import form as forms
from csmm_desktop.services import applicability, clients
from tests.unit.test_applicability_family import store_form, without_topic
from tests.unit.test_applicability_store import answer_all, text_of


def test_a_section_left_out_whole_is_not_compared():
    full = forms.load_form("1.0")
    tailored = rules.tailor(full, ["2.3"])
    found = crosswalk.compare(tailored, full)
    assert "2.3" not in found.sections and "2.2" in found.sections
    assert "2.3" not in crosswalk.scored_sections(tailored)
    nothing = rules.tailor(full, list(full.sections))
    found = crosswalk.compare(nothing, full)
    assert found.topics == {} and found.sections == {} and found.reviews == {}
    assert crosswalk.scored_sections(nothing) == []


def test_the_progress_report_counts_no_section_of_a_form_with_everything_left_out(db, tmp_path):
    store_form(db, without_topic("trim-1.0", "2.3.8"))
    client = clients.create_client(db, "Mağaza")
    first = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="1.0")
    answer_all(db, first.id, "client", "C-1", "4")
    second = clients.create_snapshot(
        db, client.id, "planned", "2026-03-01", form_version="trim-1.0"
    )
    answer_all(db, second.id, "client", "C-2", "4")
    form = forms.load_form("1.0")
    applicability.save(db, client.id, list(form.sections), family=form.family)
    last = clients.create_snapshot(db, client.id, "measured", "2026-06-01", form_version="1.0")
    text = text_of(reports.write_report(db, last.id, "en", tmp_path / "p.pdf", kind="progress"))
    assert "compares 0 of 0 topics and 0 of 0 sections" in text, text
    assert "sections of" in text and f"of {len(form.sections)} sections" not in text
