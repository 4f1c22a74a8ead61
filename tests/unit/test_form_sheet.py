"""Custom forms: the form workbook (export, import, validation with places), the store of
custom forms, choosing a form for a snapshot, and a snapshot answered on a custom form."""

import copy
import json
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from csmm_desktop.cli import main
from csmm_desktop.config import resource_path
from csmm_desktop.domain import form as forms
from csmm_desktop.domain.form_sheet import FormSheetError, from_sheets, to_sheets
from csmm_desktop.services import assessment, clients, form_store
from csmm_desktop.store import open_store


def bundled_data():
    return json.loads(resource_path("form", "csmm_form_v1.0.json").read_text(encoding="utf-8"))


def as_read(sheets):
    """Sheets as the XLSX reader gives them: row numbers and cell texts."""

    def text(v):
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    return {
        name: [(i, [text(v) for v in row], []) for i, row in enumerate(rows, start=1)]
        for name, rows in sheets.items()
    }


def write_book(path, sheets):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def small_form(version="shop-1"):
    """2 reviews' worth of structure in small: 2 sections, 3 topics, 6 questions."""
    data = copy.deepcopy(bundled_data())
    data["version"] = version
    data["form"] = "shop"
    data["title"] = {"en": "Shop form", "tr": "Mağaza formu"}

    def t(en, tr):
        return {"en": en, "tr": tr}

    data["reviews"] = [
        {
            "id": "1",
            "title": t("Inside", "İçeride"),
            "sections": [
                {
                    "id": "1.1",
                    "title": t("Packaging and display", "Ambalaj ve teşhir"),
                    "roles": ["management", "employee"],
                    "topics": [
                        {
                            "id": "1.1.1",
                            "title": t("Packaging", "Ambalaj"),
                            "questions": [
                                {
                                    "id": "1.1.1-1",
                                    "scale": "agree5",
                                    "text": t("Packaging protects.", "Ambalaj korur."),
                                },
                                {
                                    "id": "1.1.1-2",
                                    "scale": "yes_partial_no",
                                    "text": {
                                        "management": t(
                                            "Do you recycle?", "Geri dönüştürüyor musunuz?"
                                        ),
                                        "employee": t("Do we recycle?", "Geri dönüştürüyor muyuz?"),
                                    },
                                    "help": t("Paper and plastic.", "Kağıt ve plastik."),
                                },
                            ],
                        },
                        {
                            "id": "1.1.2",
                            "title": t("Display", "Teşhir"),
                            "questions": [
                                {
                                    "id": "1.1.2-1",
                                    "scale": "frequency5",
                                    "text": t("Shelves are tidy.", "Raflar düzenli."),
                                    "weight": 2,
                                },
                                {
                                    "id": "1.1.2-2",
                                    "scale": "text",
                                    "text": t("Anything else?", "Başka?"),
                                },
                            ],
                        },
                    ],
                },
                {
                    "id": "1.2",
                    "title": t("Shipment", "Sevkiyat"),
                    "roles": ["client"],
                    "topics": [
                        {
                            "id": "1.2.1",
                            "title": t("Delivery", "Teslimat"),
                            "questions": [
                                {
                                    "id": "1.2.1-1",
                                    "scale": "satisfaction5",
                                    "text": t("Delivery was on time.", "Teslimat zamanındaydı."),
                                },
                                {
                                    "id": "1.2.1-2",
                                    "scale": "choice",
                                    "text": t("How did it come?", "Nasıl geldi?"),
                                    "options": [
                                        {"id": "courier", "label": t("Courier", "Kurye")},
                                        {"id": "post", "label": t("Post", "Posta")},
                                    ],
                                },
                            ],
                        }
                    ],
                },
            ],
        }
    ]
    return data


# --- export and import -------------------------------------------------------------------


def test_bundled_form_exported_and_imported_back_is_the_same_form(db, tmp_path):
    path = form_store.export_xlsx("1.0", tmp_path / "form.xlsx", db)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [
        "settings",
        "reviews",
        "sections",
        "topics",
        "questions",
        "choices",
        "scales",
        "scale_values",
        "crosswalk",
    ]
    header = next(book["questions"].iter_rows(values_only=True))
    assert {"id", "section", "topic", "roles", "scale", "weight", "label::en", "label::tr"} <= set(
        header
    )
    assert "help::tr" in header
    book.close()
    version = form_store.import_xlsx(db, path, version="copy-1.0")
    assert version == "copy-1.0"
    stored = json.loads(db.execute("SELECT json FROM forms").fetchone()[0])
    original = bundled_data()
    assert stored["version"] == "copy-1.0"
    assert {**stored, "version": "1.0"} == original  # the JSON, nothing lost or added
    imported = forms.load_form("copy-1.0")
    bundled = forms.load_form("1.0")
    assert imported.questions == bundled.questions  # the parsed models too
    assert imported.sections.keys() == bundled.sections.keys()
    assert imported.scales == bundled.scales and imported.thresholds == bundled.thresholds
    assert imported.confidence == bundled.confidence and imported.role_names == bundled.role_names


def test_small_custom_form_round_trip_keeps_weights_role_texts_and_options(db, tmp_path):
    data = small_form()
    path = write_book(tmp_path / "shop.xlsx", to_sheets(data))
    assert form_store.import_xlsx(db, path) == "shop-1"
    assert json.loads(forms.custom_form_json("shop-1")) == data


# --- validation ---------------------------------------------------------------------------


def refused(sheets, **kwargs):
    with pytest.raises(FormSheetError) as caught:
        from_sheets(as_read(sheets), **kwargs)
    return [str(p) for p in caught.value.problems]


def row_of(sheets, name, first_cell):
    rows = sheets[name]
    return next(i for i, row in enumerate(rows) if row[0] == first_cell)


def cell(sheets, name, first_cell, column, value):
    rows = sheets[name]
    rows[row_of(sheets, name, first_cell)][rows[0].index(column)] = value


def setting(sheets, key, value):
    cell(sheets, "settings", key, "value", value)


@pytest.fixture
def sheets():
    return to_sheets(small_form())


def test_a_valid_small_form_passes(sheets):
    data = from_sheets(as_read(sheets), earlier=[forms.load_form("1.0")], taken=["1.0"])
    assert data == small_form()


CASES = [
    # (what, change, expected text)
    (
        "duplicate id",
        lambda s: s["topics"].append(["1.1.1", "1.1", "", "Again", "Yine"]),
        "sheet “topics”, row 5, column A (id): the id '1.1.1' appears twice (first in row 2)",
    ),
    (
        "malformed id",
        lambda s: cell(s, "sections", "1.2", "id", "1-2"),
        "sheet “sections”, row 3, column A (id): '1-2' is not a valid id",
    ),
    (
        "question not numbered",
        lambda s: cell(s, "questions", "1.1.1-2", "id", "1.1.1-5"),
        "sheet “questions”, row 3, column A (id): the id must be 1.1.1-2",
    ),
    (
        "unknown scale",
        lambda s: cell(s, "questions", "1.1.1-1", "scale", "stars"),
        "sheet “questions”, row 2, column E (scale): 'stars' is not a scale",
    ),
    (
        "roles not of the section",
        lambda s: cell(s, "questions", "1.2.1-1", "roles", "management"),
        "sheet “questions”, row 6, column D (roles): the roles 'management' do not match "
        "the roles of section 1.2 (client)",
    ),
    (
        "not a role",
        lambda s: cell(s, "sections", "1.1", "roles", "management, boss"),
        "sheet “sections”, row 2, column C (roles): 'management, boss' is not a role",
    ),
    (
        "missing Turkish",
        lambda s: cell(s, "questions", "1.1.1-1", "label::tr", ""),
        "sheet “questions”, row 2, column H (label::tr): the text is missing",
    ),
    (
        "missing English",
        lambda s: cell(s, "topics", "1.1.2", "title::en", "  "),
        "sheet “topics”, row 3, column D (title::en): the text is missing",
    ),
    (
        "missing role text",
        lambda s: cell(s, "questions", "1.1.1-2", "label.employee::tr", ""),
        "sheet “questions”, row 3, column L (label.employee::tr): the text is missing",
    ),
    (
        "weight zero",
        lambda s: cell(s, "questions", "1.1.2-1", "weight", 0),
        "sheet “questions”, row 4, column F (weight): the weight '0' must be a number greater than 0",
    ),
    (
        "weight negative",
        lambda s: cell(s, "questions", "1.1.2-1", "weight", -1.5),
        "the weight '-1.5' must be a number greater than 0",
    ),
    (
        "thresholds not ascending",
        lambda s: setting(s, "level.measured", 85),
        "sheet “settings”, row 16, column B (value): the level thresholds must ascend "
        "(planned < measured < optimized, from 0 to 100): planned 40, measured 85, optimized 80",
    ),
    (
        "topic without scored questions",
        lambda s: cell(s, "questions", "1.1.2-1", "scale", "text"),
        "sheet “topics”, row 3, column A (id): topic 1.1.2 has no scored question",
    ),
    (
        "choice without options",
        lambda s: s.__setitem__("choices", s["choices"][:1]),
        "sheet “questions”, row 7, column E (scale): choice question 1.2.1-2 needs at least "
        "two options",
    ),
    (
        "options on a question that is not a choice",
        lambda s: s["choices"].append(["1.2.1-1", "yes", "Yes", "Evet"]),
        "sheet “choices”, row 4, column A (question): question 1.2.1-1 has the scale satisfaction5",
    ),
    (
        "unknown topic",
        lambda s: cell(s, "questions", "1.2.1-1", "topic", "1.2.9"),
        "sheet “questions”, row 6, column B (topic): '1.2.9' is not an id on the sheet “topics”",
    ),
    (
        "categorical value without score",
        lambda s: cell(s, "scale_values", "yes_partial_no", "score", None),
        "column C (score): every value of the scale yes_partial_no needs a score",
    ),
    (
        "version numbers only",
        lambda s: setting(s, "version", "2.0"),
        "sheet “settings”, row 3, column B (value): '2.0' is not a valid version",
    ),
    (
        "a sheet missing",
        lambda s: s.pop("scales"),
        "the sheet “scales” is missing",
    ),
    (
        "unknown column",
        lambda s: s["topics"][0].append("colour"),
        "sheet “topics”, row 1, column F (colour): “colour” is not a column of this sheet",
    ),
]


@pytest.mark.parametrize("what, change, expected", CASES, ids=[c[0] for c in CASES])
def test_each_problem_is_refused_with_its_place(sheets, what, change, expected):
    change(sheets)
    found = refused(sheets)
    assert any(expected in p for p in found), found


def test_an_id_reused_with_another_scale_or_roles_than_an_earlier_version(sheets):
    earlier = forms.parse_form(small_form("shop-0"), "shop-0")
    cell(sheets, "questions", "1.1.1-1", "scale", "satisfaction5")
    found = refused(sheets, earlier=[earlier])
    assert any(
        "sheet “questions”, row 2, column E (scale): question 1.1.1-1 had the scale 'agree5' "
        "in form version shop-0" in p
        for p in found
    ), found
    other = to_sheets(small_form())
    cell(other, "sections", "1.2", "roles", "employee")
    for q in ("1.2.1-1", "1.2.1-2"):
        cell(other, "questions", q, "roles", "employee")
    found = refused(other, earlier=[earlier])
    assert any(
        "sheet “questions”, row 6, column D (roles): question 1.2.1-1 had the roles 'client'" in p
        for p in found
    ), found


def test_a_version_that_exists_is_refused(sheets):
    found = refused(sheets, taken=["shop-1"])
    assert any("form version shop-1 already exists" in p for p in found), found


def test_a_refused_workbook_stores_nothing_and_the_cli_names_the_place(capsys, data_dir, tmp_path):
    sheets = to_sheets(small_form())
    cell(sheets, "questions", "1.1.2-1", "weight", -2)
    path = write_book(tmp_path / "bad.xlsx", sheets)
    code = main(["--data-dir", str(data_dir), "form-import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "bad.xlsx was not imported; nothing was changed." in err
    assert "sheet “questions”, row 4, column F (weight)" in err
    db = open_store(data_dir)
    try:
        assert db.execute("SELECT count(*) FROM forms").fetchone()[0] == 0
    finally:
        db.close()


def test_not_a_workbook_is_refused(db, tmp_path):
    path = tmp_path / "form.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(FormSheetError):
        form_store.import_xlsx(db, path)
    with pytest.raises(FormSheetError) as caught:
        form_store.import_xlsx(db, tmp_path / "form.csv")
    assert "Excel workbook (.xlsx)" in str(caught.value)
    assert db.execute("SELECT count(*) FROM forms").fetchone()[0] == 0


# --- choosing a form; old snapshots keep theirs ----------------------------------------------


def cli(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_list_new_snapshot_form_and_old_snapshots_keep_their_form(capsys, data_dir, tmp_path):
    code, out, _ = cli(capsys, data_dir, "forms")
    assert code == 0 and out.startswith("1.0\tMaturity Assessment Form\t179 questions\tbundled\n")
    _, client_id, _ = cli(capsys, data_dir, "new-client", "Banka A.Ş.")
    client_id = client_id.strip()
    _, old_snap, _ = cli(capsys, data_dir, "new-snapshot", client_id, "--stage", "initial")
    old_snap = old_snap.strip()
    db = open_store(data_dir)
    try:
        resp = assessment.add_respondent(db, old_snap, "management", "M1")
        assessment.set_answer(db, resp.id, "1.1.1-1", "4")
        before = assessment.snapshot_scores(db, old_snap).to_json()
    finally:
        db.close()

    path = write_book(tmp_path / "shop.xlsx", to_sheets(small_form()))
    code, out, err = cli(capsys, data_dir, "form-import", str(path), "--check")
    assert (code, out) == (0, "shop-1\tvalid, not stored\n"), err
    code, out, err = cli(capsys, data_dir, "form-import", str(path))
    assert (code, out) == (0, "shop-1\n"), err
    code, out, _ = cli(capsys, data_dir, "forms")
    lines = out.splitlines()
    assert lines[0].startswith("1.0\t") and lines[1].startswith("shop-1\tShop form\t6 questions\t")
    assert "custom, imported 20" in lines[1]
    code, out, _ = cli(capsys, data_dir, "form", "--version", "shop-1")
    assert out.endswith("6 questions, form version shop-1\n")
    code, out, err = cli(capsys, data_dir, "form-import", str(path))
    assert code == 1 and "form version shop-1 already exists" in err

    code, new_snap, err = cli(
        capsys, data_dir, "new-snapshot", client_id, "--stage", "planned", "--form", "shop-1"
    )
    assert code == 0, err
    code, _, err = cli(
        capsys, data_dir, "new-snapshot", client_id, "--stage", "planned", "--form", "nope-1"
    )
    assert code == 1 and "nope-1 is not available" in err
    db = open_store(data_dir)
    try:
        assert clients.get_snapshot(db, new_snap.strip()).form_version == "shop-1"
        assert assessment.snapshot_form(db, new_snap.strip()).version == "shop-1"
        assert clients.get_snapshot(db, old_snap).form_version == "1.0"
        assert assessment.snapshot_form(db, old_snap).version == "1.0"
        assert assessment.snapshot_scores(db, old_snap).to_json() == before
        assert len(clients.list_snapshots(db, client_id)) == 2
    finally:
        db.close()


def test_export_of_a_custom_form_and_unknown_version(capsys, data_dir, tmp_path):
    db = open_store(data_dir)
    try:
        form_store.import_xlsx(db, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
    finally:
        db.close()
    code, out, err = cli(
        capsys, data_dir, "form-export", "shop-1", "--out", str(tmp_path / "o.xlsx")
    )
    assert code == 0, err
    again = from_sheets(as_read_book(tmp_path / "o.xlsx"))
    assert again == small_form()
    code, _, err = cli(capsys, data_dir, "form-export", "9.9", "--out", str(tmp_path / "x.xlsx"))
    assert code == 1 and "Form version 9.9 is not available" in err
    assert not (tmp_path / "x.xlsx").exists()


def as_read_book(path):
    return form_store.read_sheets(path)


# --- a snapshot on a custom form, end to end ------------------------------------------------


def test_a_snapshot_on_a_custom_form_is_answered_scored_imported_and_printed(db, tmp_path):
    version = form_store.import_xlsx(db, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
    client = clients.create_client(db, "Mağaza Ltd.")
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-01", form_version=version)
    form = assessment.snapshot_form(db, snap.id)
    assert len(form.sections) == 2 and len(form.topics) == 3 and len(form.questions) == 6

    # answered as the wizard does
    manager = assessment.add_respondent(db, snap.id, "management", "Ayşe")
    assessment.set_answer(db, manager.id, "1.1.1-1", "5")  # agree5: 100
    assessment.set_answer(db, manager.id, "1.1.1-2", "yes")
    assessment.set_answer(db, manager.id, "1.1.2-1", "3")  # frequency5: 50
    assessment.set_answer(db, manager.id, "1.1.2-2", "Vitrin güzel")
    with pytest.raises(clients.InputError):
        assessment.set_answer(db, manager.id, "1.1.2-1", "9")

    # imported from a response file
    rows = [
        ["respondent", "role", "1.2.1-1", "1.2.1-2"],
        ["C-1", "client", "4", "courier"],
        ["C-2", "client", "2", "post"],
    ]
    path = tmp_path / "responses.csv"
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    parsed = assessment.import_responses(db, snap.id, path)
    assert parsed.respondent_count == 2

    scores = assessment.snapshot_scores(db, snap.id)
    data = scores.to_json()
    assert scores.form_version == "shop-1" and data["overall"] is not None
    # management alone: topic 1.1.1 = (100 + yes) / 2, topic 1.1.2 = 50 (the text is unscored)
    yes = next(v.score for v in form.scales["yes_partial_no"].values if v.value == "yes")
    assert scores.topics["1.1.1"] == pytest.approx((100 + 100 * yes) / 2)
    assert scores.topics["1.1.2"] == pytest.approx(50)
    # clients: satisfaction 4 -> 75, 2 -> 25
    assert scores.topics["1.2.1"] == pytest.approx(50)

    from csmm_desktop import reports

    out = reports.write_report(db, snap.id, "tr", tmp_path / "r.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    blank = reports.write_report(db, snap.id, "en", tmp_path / "b.pdf", kind="blank-form")
    assert blank.read_bytes().startswith(b"%PDF")


def test_store_reopened_finds_custom_forms_and_bundled_path_still_works(data_dir, tmp_path):
    db = open_store(data_dir)
    try:
        form_store.import_xlsx(db, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
    finally:
        db.close()
    forms.register_custom_forms({})
    with pytest.raises(forms.FormError):
        forms.load_form("shop-1")
    db = open_store(data_dir)
    try:
        assert forms.load_form("shop-1").title["tr"] == "Mağaza formu"
        assert forms.load_form().version == "1.0"  # the newest bundled one stays the default
        assert forms.all_versions() == ["1.0", "shop-1"]
        assert [i.version for i in form_store.list_forms(db)] == ["1.0", "shop-1"]
    finally:
        db.close()


# --- bundles carry custom forms --------------------------------------------------------------


def test_a_bundle_carries_its_custom_form_to_another_laptop(tmp_path):
    from csmm_desktop.services import bundle

    here = open_store(tmp_path / "here")
    try:
        version = form_store.import_xlsx(
            here, write_book(tmp_path / "s.xlsx", to_sheets(small_form()))
        )
        client = clients.create_client(here, "Mağaza Ltd.")
        snap = clients.create_snapshot(here, client.id, "initial", form_version=version)
        resp = assessment.add_respondent(here, snap.id, "client", "C-1")
        assessment.set_answer(here, resp.id, "1.2.1-1", "5")
        expected = assessment.snapshot_scores(here, snap.id).to_json()
        bundle.export_bundle(here, client.id, tmp_path / "c.csmm")
    finally:
        here.close()
    parts = zipfile.ZipFile(tmp_path / "c.csmm").namelist()
    assert "forms/csmm_form_vshop-1.json" in parts

    there = open_store(tmp_path / "there")
    try:
        assert forms.all_versions() == ["1.0"]
        plan = bundle.preview_bundle(there, tmp_path / "c.csmm")  # a dry run stores no form
        assert plan.dry_run
        assert there.execute("SELECT count(*) FROM forms").fetchone()[0] == 0
        bundle.import_bundle(there, tmp_path / "c.csmm")
        assert [i.version for i in form_store.list_forms(there)] == ["1.0", "shop-1"]
        assert assessment.snapshot_scores(there, snap.id).to_json() == expected
        bundle.import_bundle(there, tmp_path / "c.csmm")  # again: the form is there already
        assert there.execute("SELECT count(*) FROM forms").fetchone()[0] == 1
    finally:
        there.close()


def test_migration_10_adds_the_forms_table(db):
    from csmm_desktop.store import migrations

    assert migrations.user_version(db) == migrations.SCHEMA_VERSION
    columns = [r[1] for r in db.execute("PRAGMA table_info(forms)")]
    assert columns == ["version", "json", "imported_at"]


def test_a_bundle_whose_custom_form_differs_from_the_one_here_is_refused(tmp_path):
    from csmm_desktop.services import bundle

    here = open_store(tmp_path / "here")
    try:
        form_store.import_xlsx(here, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
        client = clients.create_client(here, "Mağaza Ltd.")
        clients.create_snapshot(here, client.id, "initial", form_version="shop-1")
        bundle.export_bundle(here, client.id, tmp_path / "c.csmm")
    finally:
        here.close()
    there = open_store(tmp_path / "there")
    try:
        other = to_sheets(small_form())
        cell(other, "topics", "1.1.1", "title::en", "Wrapping")
        form_store.import_xlsx(there, write_book(tmp_path / "o.xlsx", other))
        with pytest.raises(bundle.BundleError) as caught:
            bundle.import_bundle(there, tmp_path / "c.csmm")
        assert caught.value.code == "bundle.form_differs"
        assert there.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    finally:
        there.close()


# --- found by the hostile test of #21 ------------------------------------------------------


def test_a_form_imported_by_another_process_while_the_store_is_open_is_found(data_dir, tmp_path):
    """The app has the store open; the command line imports a form and makes a snapshot on
    it: the app's snapshot_form, applicability and new snapshots find it (not "not
    available")."""
    app_db = open_store(data_dir)
    try:
        client = clients.create_client(app_db, "Mağaza")
        cli_db = open_store(data_dir)  # another process: its own connection and registry
        try:
            form_store.import_xlsx(cli_db, write_book(tmp_path / "s.xlsx", to_sheets(small_form())))
            snap = clients.create_snapshot(cli_db, client.id, "initial", form_version="shop-1")
        finally:
            cli_db.close()
        forms.register_custom_forms({})  # what the app's process knew: no shop-1
        assert assessment.snapshot_form(app_db, snap.id).version == "shop-1"
        forms.register_custom_forms({})
        from csmm_desktop.services import applicability

        assert applicability.form_for(app_db, client.id).version == "shop-1"
        forms.register_custom_forms({})
        other = clients.create_snapshot(app_db, client.id, "planned", form_version="shop-1")
        assert other.form_version == "shop-1"
        with pytest.raises(forms.FormError):  # still refused when it is nowhere
            clients.create_snapshot(app_db, client.id, "planned", form_version="shop-9")
    finally:
        app_db.close()


def test_a_version_differing_only_in_case_from_one_stored_is_refused(sheets):
    setting(sheets, "version", "SHOP-1")
    found = refused(sheets, taken=["1.0", "shop-1"])
    assert found == [
        "sheet “settings”, row 3, column B (value): form version SHOP-1 differs from the "
        "existing form version shop-1 only in upper and lower case; give the form a new version"
    ], found


def test_a_crosswalk_to_version_1_0_typed_as_a_number_finds_it(sheets):
    """Excel keeps 1.0 typed into a cell as the number 1: the reader gives "1"."""
    sheets["crosswalk"].append(["1.1.1-1", 1.0, "1.1.1-1", "reworded"])
    data = from_sheets(as_read(sheets), [forms.load_form("1.0")], taken=["1.0"])
    assert data["crosswalk"] == [
        {
            "question": "1.1.1-1",
            "earlier_version": "1.0",
            "earlier": ["1.1.1-1"],
            "relation": "reworded",
        }
    ]
    sheets["crosswalk"][-1][1] = 2.0  # no version 2.0 here: still refused, as typed
    assert any("form version 2 is not stored here" in p for p in refused(sheets, taken=["1.0"]))


def test_a_role_given_twice_is_one_role(sheets):
    """ "management, management" in the column roles was stored as the section's roles
    twice (docs/form.schema.json: uniqueItems); a form file saying so is refused."""
    cell(sheets, "sections", "1.1", "roles", "management; employee, management,")
    data = from_sheets(as_read(sheets), taken=["1.0"])
    assert data["reviews"][0]["sections"][0]["roles"] == ["management", "employee"]
    data["reviews"][0]["sections"][0]["roles"] = ["management", "employee", "employee"]
    with pytest.raises(forms.FormError, match="each once"):
        forms.parse_form(data)
