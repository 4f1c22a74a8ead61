"""The form family (the form file's "form") is compared case-blind everywhere, and a blank
one is refused: in the workbook's settings sheet with its place, and in the form file."""

import copy

import pytest

from csmm_desktop.domain import crosswalk
from csmm_desktop.domain import form as forms
from csmm_desktop.domain.form_sheet import to_sheets
from csmm_desktop.services import applicability, clients
from tests.unit.test_applicability_family import store_form
from tests.unit.test_form_sheet import bundled_data, cell, refused, setting, small_form


@pytest.fixture
def sheets():
    return to_sheets(small_form())


def test_an_id_reused_in_a_family_spelt_in_capitals_is_still_checked(sheets):
    earlier = forms.parse_form(small_form("shop-0"), "shop-0")  # family "shop"
    setting(sheets, "form", "SHOP")
    cell(sheets, "questions", "1.1.1-1", "scale", "satisfaction5")
    found = refused(sheets, earlier=[earlier])
    assert any("question 1.1.1-1 had the scale 'agree5'" in p for p in found), found


def test_versions_of_one_family_in_other_case_compare_by_shared_ids():
    one = forms.parse_form(small_form("shop-1"), "shop-1")
    data = small_form("shop-2")
    data["form"] = "Shop"
    two = forms.parse_form(data, "shop-2")
    found = crosswalk.compare(two, one, lambda v: {"shop-1": one, "shop-2": two}.get(v))
    assert found.linked
    assert set(found.topics) == {"1.1.1", "1.1.2", "1.2.1"}
    turkish = copy.deepcopy(data)
    turkish["form"] = "İSHOP"  # Turkish capital dotted I folds to i
    plain = small_form("ishop-1")
    plain["form"] = "ishop"
    assert forms.same_family(turkish["form"], plain["form"])


def test_an_applicability_list_follows_its_family_in_any_case(db):
    data = copy.deepcopy(bundled_data())
    data["version"] = "caps-1.0"
    data["form"] = "CSMM-Maturity-Assessment"
    store_form(db, data)
    client = clients.create_client(db, "Banka")
    applicability.save(db, client.id, ["2.3.8"], family="csmm-maturity-assessment")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05", form_version="caps-1.0")
    assert applicability.snapshot_items(db, snap.id) == ("2.3.8",)


def test_a_blank_family_is_refused_with_its_place(sheets):
    setting(sheets, "form", "  ")
    found = refused(sheets)
    assert any(
        "sheet “settings”, row 2, column B (value): the cell is empty" in p for p in found
    ), found


def test_a_form_file_with_a_blank_family_is_refused():
    data = small_form()
    data["form"] = " "
    with pytest.raises(forms.FormError) as caught:
        forms.parse_form(data, "shop.json")
    assert "the form family 'form' is blank" in str(caught.value)
    del data["form"]  # no family at all: still a form (of no family)
    assert forms.parse_form(data, "shop.json").family == ""
