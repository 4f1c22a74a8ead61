"""The blank forms are written for the respondent (issue 17): titled for who fills them in,
one role or all three (each from a new page, with its own title in the header), an intro
with the purpose, the time needed and confidentiality, the consultant's privacy (KVKK)
notice or a default one, the issuer's name, and none of the consultant's words."""

from datetime import date

import pytest

from csmm_desktop import reports
from csmm_desktop.cli import main
from csmm_desktop.reports.blank_form import minutes_needed
from csmm_desktop.services import assessment, clients
from csmm_desktop.services import issuer as I
from csmm_desktop.services.demo import DEMO_CLIENT_ID
from csmm_desktop.store import migrations, open_store
from tests.conftest import open_copy
from tests.pdftext import page_texts

TITLES = {
    "en": {
        "management": "Management Assessment",
        "employee": "Employee Survey",
        "client": "Customer Experience Survey",
    },
    "tr": {
        "management": "Yönetim Değerlendirmesi",
        "employee": "Çalışan Anketi",
        "client": "Müşteri Deneyimi Anketi",
    },
}
JARGON = ("snapshot", "anlık durum", "key in", "import", "aktar", "Maturity Assessment Form")


def pages_of(path) -> list[str]:
    return page_texts(path)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("forms")
    db = open_copy(demo_template, folder / "data")
    yield db, clients.list_snapshots(db, DEMO_CLIENT_ID)[-1], folder
    db.close()


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_each_role_has_its_own_form_titled_for_the_respondent(demo, lang):
    db, snap, folder = demo
    form = assessment.snapshot_form(db, snap.id)
    for role, title in TITLES[lang].items():
        out = reports.write_report(
            db, snap.id, lang, folder / f"{role}-{lang}.pdf", kind="blank-form", role=role
        )
        pages = pages_of(out)
        first = flat(pages[0])
        assert first.startswith(title) and all(title in p for p in pages)  # the header, too
        others = [t for r, t in TITLES[lang].items() if r != role]
        assert not any(other in flat(p) for p in pages for other in others)
        asked = form.questions_for(role)
        time = {"en": f"about {minutes_needed(asked)} minutes ({len(asked)} questions)"}
        time["tr"] = f"yaklaşık {minutes_needed(asked)} dakika ({len(asked)} soru)"
        assert time[lang] in first
        assert ("KVKK" in first) and ("6698" in first)  # the default privacy notice
        text = flat("\n".join(pages))
        for word in JARGON:
            assert word.lower() not in text.lower(), (role, word)
        ids = {q.id for q in asked}
        assert all(q in text for q in ids)  # every question's id, to match answers later


def test_all_roles_start_on_new_pages_with_their_titles_in_the_header(demo):
    db, snap, folder = demo
    out = reports.write_report(db, snap.id, "tr", folder / "all.pdf", kind="blank-form")
    pages = pages_of(out)
    starts = {
        role: next(i for i, p in enumerate(pages) if flat(p).startswith(title))
        for role, title in TITLES["tr"].items()
    }
    assert starts["management"] == 0 < starts["employee"] < starts["client"]
    for role, start in starts.items():
        after = [s for s in starts.values() if s > start]
        end = min(after) if after else len(pages)
        header = TITLES["tr"][role] + " · Kod:"
        assert all(header in flat(p) for p in pages[start:end]), role


def test_the_consultants_privacy_notice_and_name_are_printed(demo, tmp_path):
    db, snap, _folder = demo
    I.save_issuer(
        db,
        name="Ölçüt Danışmanlık",
        contact="kvkk@olcut.example",
        privacy_notice="Veri sorumlusu: Ölçüt Danışmanlık.\nBaşvuru: kvkk@olcut.example",
    )
    try:
        issued = date(2026, 12, 3)
        for lang, by in (
            ("tr", "Bu çalışma Yıldız Bankası A.Ş. (demo) adına Ölçüt Danışmanlık"),
            ("en", "Conducted by Ölçüt Danışmanlık for Yıldız Bankası A.Ş. (demo)."),
        ):
            out = reports.write_blank_forms(
                db, snap.id, lang, tmp_path / f"{lang}.pdf", roles=["employee"], issued=issued
            )
            first = flat(pages_of(out)[0])
            assert by in first
            assert "Veri sorumlusu: Ölçüt Danışmanlık. Başvuru: kvkk@olcut.example" in first
            assert "6698" not in first  # the consultant's text replaces the default
        assert "03.12.2026" in first.replace("3 Dec 2026", "03.12.2026")
        I.save_issuer(db, name="Ölçüt Danışmanlık", privacy_notice="")  # back to the default
        out = reports.write_blank_forms(db, snap.id, "en", tmp_path / "d.pdf", roles=["client"])
        first = flat(pages_of(out)[0])
        assert "collected by Ölçüt Danışmanlık" in first and "6698" in first
    finally:
        I.save_issuer(db)


def test_the_notice_is_kept_when_other_fields_are_saved_and_migration_8_adds_it(tmp_path):
    db = open_store(tmp_path / "data")
    assert migrations.user_version(db) == migrations.SCHEMA_VERSION >= 8
    I.save_issuer(db, name="A", privacy_notice="  Kendi metnimiz.  ")
    assert I.get_issuer(db).privacy_notice == "Kendi metnimiz."
    I.save_issuer(db, name="B")  # None keeps it
    assert I.get_issuer(db) == I.Issuer(name="B", privacy_notice="Kendi metnimiz.")
    with pytest.raises(clients.InputError):
        I.save_issuer(db, privacy_notice="x" * (I.PRIVACY_MAX + 1))
    assert I.get_issuer(db).name == "B"
    db.close()


def test_a_store_at_version_7_gets_the_column_with_its_profile_kept(tmp_path):
    from csmm_desktop.store.db import connect

    db = connect(tmp_path / "old.db", create=True)
    migrations.migrate(db, target=7)
    with db.atomic():
        db.execute(
            "INSERT INTO issuer (id, name, updated_at) VALUES (1, 'Eski Danışmanlık', '2026-01-01')"
        )
    assert migrations.migrate(db) == 7
    assert I.get_issuer(db) == I.Issuer(name="Eski Danışmanlık")
    db.close()


def test_the_cli_writes_one_roles_form(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    db = open_store(tmp_path / "data")
    snap = clients.list_snapshots(db, DEMO_CLIENT_ID)[-1]
    db.close()
    out = tmp_path / "musteri.pdf"
    capsys.readouterr()
    code = main(
        ["--data-dir", data, "report", snap.id, "--lang", "tr", "--out", str(out),
         "--kind", "blank-form", "--role", "client"]
    )  # fmt: skip
    assert code == 0 and str(out) in capsys.readouterr().out
    pages = pages_of(out)
    assert flat(pages[0]).startswith("Müşteri Deneyimi Anketi")
    assert not any("Çalışan Anketi" in p for p in pages)


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "Some characters could not be printed and are shown as □: U+0627, U+4E2D."),
        ("tr", "Bazı karakterler yazdırılamadı ve □ olarak gösterildi: U+0627, U+4E2D."),
    ],
)
def test_text_the_font_cannot_draw_is_shown_as_a_placeholder_and_said(tmp_path, caplog, lang, note):
    db = open_store(tmp_path / "data")
    client = clients.create_client(db, "Şirket ا 中 Ltd")  # Arabic alef, a CJK character
    snap = clients.create_snapshot(db, client.id, "initial", "2026-11-22", notes="Not 中")
    with caplog.at_level("WARNING"):
        for kind in ("snapshot", "blank-form"):
            out = reports.write_report(db, snap.id, lang, tmp_path / f"{kind}.pdf", kind=kind)
            text = flat("\n".join(pages_of(out)))
            assert "Şirket □ □ Ltd" in text
            assert flat(note) in text
    assert "U+0627, U+4E2D" in caplog.text
    plain = clients.create_client(db, "Şirket Ltd")
    snap = clients.create_snapshot(db, plain.id, "initial", "2026-11-22")
    out = reports.write_report(db, snap.id, lang, tmp_path / "plain.pdf", kind="blank-form")
    assert "□" not in "".join(pages_of(out)) and "U+" not in "".join(pages_of(out))
    db.close()


def test_a_role_with_every_question_left_out_gets_no_blank_form(tmp_path):
    """Found by the hostile test of #21: the management sections left out, the blank forms
    printed a management questionnaire of 0 questions ("about 5 minutes (0 questions)")."""
    from csmm_desktop.messages import UserError
    from csmm_desktop.services import applicability

    db = open_store(tmp_path / "data")
    try:
        client = clients.create_client(db, "Belediye")
        # every management section (and so every employee one: 1.2 is theirs together)
        applicability.save(db, client.id, ["1.1", "1.2", "1.3"])
        snap = clients.create_snapshot(db, client.id, "initial", "2026-01-05")
        out = reports.write_report(db, snap.id, "en", tmp_path / "all.pdf", kind="blank-form")
        text = flat(" ".join(pages_of(out)))
        assert TITLES["en"]["client"] in text and "(0 questions)" not in text
        assert TITLES["en"]["management"] not in text and TITLES["en"]["employee"] not in text
        with pytest.raises(UserError) as caught:
            reports.write_report(
                db, snap.id, "en", tmp_path / "m.pdf", kind="blank-form", role="management"
            )
        assert str(caught.value.msg) == (
            "every question for the role management is left out for this client "
            "(Applicability): there is no blank form to print"
        )
        assert not (tmp_path / "m.pdf").exists()
        every = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"]
        applicability.save(db, client.id, every, snapshot_ids=[snap.id])
        with pytest.raises(UserError) as caught:
            reports.write_report(db, snap.id, "en", tmp_path / "n.pdf", kind="blank-form")
        assert "every question is left out for this client" in str(caught.value.msg)
    finally:
        db.close()
