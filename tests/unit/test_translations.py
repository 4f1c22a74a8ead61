"""The translations are complete and in step with the code: Turkish for every message,
English for the plural ones (the source text is English, but "%n action(s)" needs its
"1 action" / "3 actions" forms)."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "csmm_desktop_tr.ts"
TS_EN = ROOT / "translations" / "csmm_desktop_en.ts"
PLACEHOLDER = re.compile(r"%\d+|%L?n|\{[a-z_]+\}")  # Qt's %1, %n / %Ln and the catalogue's {name}
FORMS = {"tr": 1, "en": 2}  # plural forms: a Turkish noun stays singular after a number


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def lupdate() -> str:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    return tool


def problems_of(path: Path, lang: str) -> list[str]:
    problems = []
    for (context, source), message in messages(path).items():
        translation = message.find("translation")
        kind = translation.get("type")
        forms = translation.findall("numerusform")  # a %n message: one text per plural form
        if message.get("numerus") == "yes" and len(forms) != FORMS[lang]:
            problems.append(f"{context}: {source!r} needs {FORMS[lang]} plural forms")
        for text in [f.text or "" for f in forms] if forms else [translation.text or ""]:
            if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            elif source.count("&") - source.count("&&") == 1 and text.count("&") != 1:
                problems.append(f"{context}: {source!r} -> {text!r}: needs one & accelerator")
    return problems


def test_every_message_has_a_finished_turkish_translation():
    assert len(messages(TS)) > 100
    assert problems_of(TS, "tr") == []


def test_every_message_is_under_the_class_that_looks_it_up():
    """lupdate files a `tr(...)` it cannot place in a class (an alias `tr = self.tr`, a
    module's own tr() wrapper) under no context, where no lookup ever finds it: Edit →
    Undo / Redo / Trash stayed English in Turkish."""
    nameless = sorted(s for (c, s) in messages(TS) if not c)
    assert nameless == [], "use self.tr(...) in the class, or QCoreApplication.translate"


def test_every_plural_message_has_both_english_forms():
    found = messages(TS_EN)
    assert found and all(m.get("numerus") == "yes" for m in found.values())
    assert problems_of(TS_EN, "en") == []
    for (context, source), message in found.items():
        one, other = (f.text for f in message.find("translation").findall("numerusform"))
        assert one != other, f"{context}: {source!r}: the singular is the plural"
        assert "(s)" not in one + other, f"{context}: {source!r}: a form keeps the (s)"


def test_the_english_plurals_are_the_turkish_file_s_plurals():
    plural_tr = {key for key, m in messages(TS).items() if m.get("numerus") == "yes"}
    assert plural_tr == set(messages(TS_EN)), "run tools/build_assets.sh lupdate"


def _fresh(tmp_path: Path, ts: Path, *options: str) -> set[tuple[str, str]]:
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    sources = sorted(
        str(p) for p in (ROOT / "csmm_desktop").rglob("*.py") if "forms" not in p.parts
    )
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run(
        [lupdate(), "-no-obsolete", *options, *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    return set(messages(fresh))


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path):
    fresh = _fresh(tmp_path, TS)
    missing = fresh - set(messages(TS))
    stale = set(messages(TS)) - fresh
    assert not missing, f"run tools/build_assets.sh lupdate and translate: {sorted(missing)}"
    assert not stale, f"run tools/build_assets.sh lupdate to drop: {sorted(stale)}"


def test_no_plural_in_the_code_is_missing_from_the_english_ts(tmp_path):
    fresh = _fresh(tmp_path, TS_EN, "-pluralonly")
    assert fresh == set(messages(TS_EN)), "run tools/build_assets.sh lupdate and translate"


def test_compiled_qm_is_shipped():
    for lang, least in (("tr", 1000), ("en", 100)):
        qm = ROOT / "csmm_desktop" / "i18n" / f"csmm_desktop_{lang}.qm"
        assert qm.exists() and qm.stat().st_size > least
