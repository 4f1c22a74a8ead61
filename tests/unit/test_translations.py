"""The Turkish translation is complete and in step with the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "csmm_desktop_tr.ts"
PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}")  # Qt's %1 and the catalogue's {name}


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def lupdate() -> str:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(local) if local.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
    return tool


def test_every_message_has_a_finished_turkish_translation():
    found = messages(TS)
    assert len(found) > 100
    problems = []
    for (context, source), translation in found.items():
        kind = translation.get("type")
        forms = translation.findall("numerusform")  # a %n message: one text per plural form
        for text in [f.text or "" for f in forms] if forms else [translation.text or ""]:
            if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                problems.append(f"{context}: {source!r} is not translated")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            elif source.count("&") - source.count("&&") == 1 and text.count("&") != 1:
                problems.append(f"{context}: {source!r} -> {text!r}: needs one & accelerator")
    assert problems == []


def test_no_string_in_the_code_is_missing_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(
        str(p) for p in (ROOT / "csmm_desktop").rglob("*.py") if "forms" not in p.parts
    )
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run(
        [lupdate(), "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(messages(fresh)) - set(messages(TS))
    stale = set(messages(TS)) - set(messages(fresh))
    assert not missing, f"run tools/build_assets.sh lupdate and translate: {sorted(missing)}"
    assert not stale, f"run tools/build_assets.sh lupdate to drop: {sorted(stale)}"


def test_compiled_qm_is_shipped():
    qm = ROOT / "csmm_desktop" / "i18n" / "csmm_desktop_tr.qm"
    assert qm.exists() and qm.stat().st_mtime >= 0 and qm.stat().st_size > 1000
